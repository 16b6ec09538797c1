"""The recovery key: 20 random bytes written as Crockford base32.

Shown once, as 8 groups of 4 characters plus one group of 4 check
characters, e.g. ``K7QX-9M2D-....-....-....-....-....-....-C4HF``. Reading
it back ignores case, spaces and dashes, and takes the letters people confuse
with digits (O, I, L) as the digits. The check group means a typo is reported
as a typo, before the vault is even looked at.
"""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

from dime_desktop.errors import WrongRecoveryKey

KEY_BYTES = 20
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUP = 4
DATA_CHARS = KEY_BYTES * 8 // 5  # 32
CHECK_CHARS = 4
TOTAL_CHARS = DATA_CHARS + CHECK_CHARS  # 36

_CONFUSABLE = {"O": "0", "I": "1", "L": "1"}
_VALUES = {c: i for i, c in enumerate(ALPHABET)}
_IGNORED = set(" -\t\n\r\u00a0\u2010\u2011\u2012\u2013\u2014\u2212_.")


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _encode_int(value: int, chars: int) -> str:
    out = []
    for _ in range(chars):
        out.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(out))


def _check(key: bytes) -> str:
    """The 4 check characters: two linear ones (every single mistyped
    character and every swap of two neighbours is always caught) and two
    from a hash (anything else is caught with odds of about a million to 1)."""
    values = [_VALUES[c] for c in _encode_int(int.from_bytes(key, "big"), DATA_CHARS)]
    plain = sum(values) % 32
    weighted = sum((i + 1) * v for i, v in enumerate(values)) % 32
    digest = hashlib.sha256(b"dime-recovery-key-check/v1\x00" + key).digest()
    hashed = int.from_bytes(digest[:2], "big") >> 6  # 10 bits
    return ALPHABET[plain] + ALPHABET[weighted] + _encode_int(hashed, 2)


def format_key(key: bytes) -> str:
    """``XXXX-XXXX-...`` (9 groups of 4: 8 of key, 1 check group)."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a recovery key is {KEY_BYTES} bytes")
    text = _encode_int(int.from_bytes(key, "big"), DATA_CHARS) + _check(key)
    return "-".join(text[i : i + GROUP] for i in range(0, TOTAL_CHARS, GROUP))


def parse_key(text: str, *, path: Path | None = None) -> bytes:
    """The 20 key bytes from what the user typed; :class:`WrongRecoveryKey`
    with a plain sentence if it is not a well-formed recovery key."""
    where = path
    chars: list[str] = []
    for ch in text.upper():
        if ch in _IGNORED:
            continue
        ch = _CONFUSABLE.get(ch, ch)
        if ch not in _VALUES:
            raise WrongRecoveryKey(
                f'The recovery key contains "{ch}", which is not used in recovery keys; '
                "check what you typed.",
                where,
            )
        chars.append(ch)
    if len(chars) != TOTAL_CHARS:
        raise WrongRecoveryKey(
            f"The recovery key has {len(chars)} letters and digits, but a recovery key has "
            f"{TOTAL_CHARS} (9 groups of 4); check what you typed.",
            where,
        )
    value = 0
    for ch in chars[:DATA_CHARS]:
        value = (value << 5) | _VALUES[ch]
    key = value.to_bytes(KEY_BYTES, "big")
    if "".join(chars[DATA_CHARS:]) != _check(key):
        raise WrongRecoveryKey(
            "The recovery key is mistyped: its last group does not match the others; "
            "check each group of 4 characters.",
            where,
        )
    return key

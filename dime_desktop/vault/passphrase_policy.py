"""Rules for a new passphrase (NIST SP 800-63B rev. 4).

* At least ``MIN_LENGTH`` characters, counted as Unicode code points after
  NFKC normalisation (the same form that is hashed). Any character is
  allowed, spaces included; there are no composition rules (no "must contain
  a digit").
* Not a commonly used password or phrase (``resources/passwords/
  common-passwords.txt``, compared case-insensitively), and not one
  character repeated.
* When a confirmation is given, it must be the same passphrase.

``check_passphrase`` returns reason codes; ``reason_text`` gives an English
sentence for each (the GUI translates the codes itself).
"""

from __future__ import annotations

import functools
import unicodedata

from dime_desktop.paths import resource_path
from dime_desktop.vault.kdf import normalize_passphrase

MIN_LENGTH = 15

EMPTY = "empty"
TOO_SHORT = "too_short"
TOO_COMMON = "too_common"
MISMATCH = "mismatch"

REASONS = (EMPTY, TOO_SHORT, TOO_COMMON, MISMATCH)

_TEXTS = {
    EMPTY: "No passphrase was given.",
    TOO_SHORT: "The passphrase is too short: use at least {min_length} characters, "
    "for example several words.",
    TOO_COMMON: "The passphrase is too common or too easy to guess; choose other words.",
    MISMATCH: "The two passphrases are not the same.",
}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list, case-folded (one entry a line; # starts a comment)."""
    path = resource_path("passwords", "common-passwords.txt")
    entries: set[str] = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            entry = line.rstrip("\n")
            if entry and not entry.startswith("#"):
                entries.add(_fold(entry))
    return frozenset(entries)


def length(passphrase: str) -> int:
    """Length as the policy counts it: code points after NFKC."""
    return len(normalize_passphrase(passphrase))


def is_common(passphrase: str) -> bool:
    folded = _fold(passphrase).strip()
    if len(set(folded)) <= 1:
        return True  # "aaaaaaaaaaaaaaa", or only spaces
    squeezed = "".join(folded.split())
    if len(set(squeezed)) <= 1:
        return True
    for unit in range(2, 5):  # "abababab...", "123123123..."
        if len(squeezed) > unit and squeezed == (squeezed[:unit] * len(squeezed))[: len(squeezed)]:
            return True
    words = common_passwords()
    return folded in words or squeezed in words or " ".join(folded.split()) in words


def check_passphrase(passphrase: str, confirm: str | None = None) -> list[str]:
    """Reason codes why ``passphrase`` cannot be used ([] = fine)."""
    reasons: list[str] = []
    if passphrase == "":
        reasons.append(EMPTY)
    else:
        if length(passphrase) < MIN_LENGTH:
            reasons.append(TOO_SHORT)
        if is_common(passphrase):
            reasons.append(TOO_COMMON)
    if confirm is not None and normalize_passphrase(confirm) != normalize_passphrase(passphrase):
        reasons.append(MISMATCH)
    return reasons


def reason_text(reason: str) -> str:
    """One English sentence for a reason code (for the command line)."""
    text = _TEXTS.get(reason)
    if text is None:
        return f"The passphrase was refused ({reason.replace('_', ' ')})."
    return text.format(min_length=MIN_LENGTH)


def explain(reasons: list[str]) -> str:
    """All reasons as one message."""
    return " ".join(reason_text(r) for r in reasons)

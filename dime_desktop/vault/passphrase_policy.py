"""Rules for a new passphrase (NIST SP 800-63B rev. 4).

* At least ``MIN_LENGTH`` characters, counted as Unicode code points after
  NFKC normalisation (the same form that is hashed). Any character is
  allowed, spaces included; there are no composition rules (no "must contain
  a digit").
* Not a commonly used password or phrase (``resources/passwords/
  common-passwords.txt``, compared case-insensitively), and not one
  character repeated.
* Not built from the service's own names (DiMe, Diskrimineringshjelpen,
  Meglingsbenken, ...): with those names, digits and punctuation taken out,
  fewer than ``MIN_LENGTH`` letters would be left. Someone who knows where the
  laptop comes from tries these first.
* Not the published demo passphrase (``dime demo`` prints it, the demo's
  unlock screen shows it), however it is spaced or capitalised; only the
  throwaway demo vaults may use it.
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
SERVICE_NAME = "service_name"
DEMO = "demo_passphrase"

REASONS = (EMPTY, TOO_SHORT, TOO_COMMON, MISMATCH, SERVICE_NAME, DEMO)

#: Names an attacker who knows the service tries first (case-folded; the
#: longest are taken out first). Kept in sync with the demo passphrase.
SERVICE_WORDS = (
    "diskrimineringshjelpen",
    "diskrimineringshjelp",
    "diskriminering",
    "meglingsbenken",
    "meglingsbenk",
    "megling",
    "dimedesktop",
    "desktop",
    "dime",
    "oslo",
)

_TEXTS = {
    EMPTY: "No passphrase was given.",
    TOO_SHORT: "The passphrase is too short: use at least {min_length} characters, "
    "for example several words.",
    TOO_COMMON: "The passphrase is too common or too easy to guess; choose other words.",
    MISMATCH: "The two passphrases are not the same.",
    SERVICE_NAME: "The passphrase is made of the service's own names (such as DiMe, "
    "Diskrimineringshjelpen or Meglingsbenken), which are guessed first; add words "
    "of your own.",
    DEMO: "This is the published passphrase of the demo vault; choose your own.",
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


def _letters(text: str) -> str:
    return "".join(ch for ch in _fold(text) if ch.isalpha())


def is_demo_passphrase(passphrase: str) -> bool:
    from dime_desktop.demo.generator import DEMO_PASSPHRASE

    return _letters(passphrase) == _letters(DEMO_PASSPHRASE) and bool(_letters(passphrase))


def is_service_names(passphrase: str) -> bool:
    """Built from the service's own names: with them (and everything that is
    not a letter) taken out, fewer than MIN_LENGTH letters are left."""
    letters = _letters(passphrase)
    rest = letters
    for word in sorted(SERVICE_WORDS, key=len, reverse=True):
        rest = rest.replace(word, "")
    return rest != letters and len(rest) < MIN_LENGTH


def check_passphrase(
    passphrase: str, confirm: str | None = None, *, allow_demo: bool = False
) -> list[str]:
    """Reason codes why ``passphrase`` cannot be used ([] = fine).
    ``allow_demo`` lets the throwaway demo vaults use the demo passphrase."""
    reasons: list[str] = []
    if passphrase == "":
        reasons.append(EMPTY)
    else:
        if length(passphrase) < MIN_LENGTH:
            reasons.append(TOO_SHORT)
        if is_common(passphrase):
            reasons.append(TOO_COMMON)
        if not allow_demo and is_demo_passphrase(passphrase):
            reasons.append(DEMO)
        elif TOO_COMMON not in reasons and is_service_names(passphrase):
            reasons.append(SERVICE_NAME)
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

"""The vault's identity for handover, and the public key files colleagues swap.

A vault's identity is two key pairs made on first use and kept inside the
encrypted vault (``storage/identity.py``):

* an **age X25519** identity: bundles for this vault are encrypted to its
  recipient (``age1…``), with the age format (https://age-encryption.org/v1),
  by ``pyrage``;
* an **Ed25519** signing key (``cryptography``): what this vault sends is
  signed with it.

The **fingerprint** names both public keys at once: the SHA-256 of
``"dime-identity/1\\n" + age_recipient + "\\n" + base64(ed25519 public key)``,
its first 100 bits as 20 Crockford base32 characters in five groups of four
(``K7QX-9M2D-ABCD-EFGH-JKMN``), to read out on the phone or compare in person.

A **public key file** (``dime identity --out FILE``) is JSON::

    {"format": "dime-identity/1", "age_recipient": "age1…",
     "signing_key": "<base64 of the 32-byte Ed25519 public key>",
     "fingerprint": "K7QX-…", "office": "…"}

The fingerprint in the file is only a convenience: it is always computed again
from the two keys, and a file whose stated fingerprint differs is refused.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from pyrage import x25519

from dime_desktop.errors import FingerprintMismatch, IdentityFileInvalid, OutputFileError
from dime_desktop.fileio import atomic_write_bytes

IDENTITY_FORMAT = "dime-identity/1"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32, as the recovery key
FINGERPRINT_CHARS = 20
GROUP = 4
_CONFUSABLE = {"O": "0", "I": "1", "L": "1"}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def fingerprint_of(age_recipient: str, signing_key: bytes) -> str:
    """The short code two people compare (see the module docstring)."""
    digest = hashlib.sha256(
        f"{IDENTITY_FORMAT}\n{age_recipient}\n{_b64(signing_key)}".encode("ascii")
    ).digest()
    value = int.from_bytes(digest, "big") >> (256 - 5 * FINGERPRINT_CHARS)
    chars = []
    for _ in range(FINGERPRINT_CHARS):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + GROUP] for i in range(0, FINGERPRINT_CHARS, GROUP))


def normalise_fingerprint(text: str) -> str:
    """What a person typed, as a fingerprint: case, spaces and dashes ignored,
    O/I/L read as 0/1/1. Not checked for length here."""
    plain = "".join(c for c in text.upper() if c.isalnum())
    plain = "".join(_CONFUSABLE.get(c, c) for c in plain)
    return "-".join(plain[i : i + GROUP] for i in range(0, len(plain), GROUP))


@dataclass(frozen=True)
class PublicIdentity:
    """A vault's public keys (its own, or a colleague's from a key file)."""

    age_recipient: str
    signing_key: bytes  # 32 bytes, Ed25519
    office: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.age_recipient, self.signing_key)

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_key).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True

    def recipient(self) -> x25519.Recipient:
        return x25519.Recipient.from_str(self.age_recipient)

    def to_dict(self) -> dict[str, str]:
        return {
            "format": IDENTITY_FORMAT,
            "age_recipient": self.age_recipient,
            "signing_key": _b64(self.signing_key),
            "fingerprint": self.fingerprint,
            "office": self.office,
        }

    @classmethod
    def from_dict(cls, doc: Any) -> PublicIdentity:
        """ValueError with a short English reason when ``doc`` is not one."""
        if not isinstance(doc, dict) or doc.get("format") != IDENTITY_FORMAT:
            raise ValueError(f'it does not say "format": "{IDENTITY_FORMAT}"')
        recipient = doc.get("age_recipient")
        key_text = doc.get("signing_key")
        if not isinstance(recipient, str) or not isinstance(key_text, str):
            raise ValueError("the age recipient or the signing key is missing")
        try:
            x25519.Recipient.from_str(recipient)
        except Exception:  # pyrage.RecipientError
            raise ValueError("the age recipient is not an X25519 recipient (age1…)") from None
        try:
            key = _unb64(key_text)
            Ed25519PublicKey.from_public_bytes(key)
        except ValueError:
            raise ValueError("the signing key is not a base64 Ed25519 public key") from None
        office = doc.get("office", "")
        identity = cls(recipient, key, office if isinstance(office, str) else "")
        stated = doc.get("fingerprint")
        if stated is not None and stated != identity.fingerprint:
            raise ValueError(
                f"its fingerprint {stated} is not the one of its keys ({identity.fingerprint})"
            )
        return identity


@dataclass(frozen=True)
class VaultIdentity:
    """The vault's own key pairs (secret; only ever inside the vault)."""

    age_secret: str  # "AGE-SECRET-KEY-1…"
    signing_secret: bytes  # 32 bytes, Ed25519 private key
    created_at: str = ""

    @classmethod
    def generate(cls, created_at: str = "") -> VaultIdentity:
        age = x25519.Identity.generate()
        signing = Ed25519PrivateKey.generate()
        from cryptography.hazmat.primitives import serialization

        raw = signing.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return cls(str(age), raw, created_at)

    def age_identity(self) -> x25519.Identity:
        return x25519.Identity.from_str(self.age_secret)

    def public(self, office: str = "") -> PublicIdentity:
        from cryptography.hazmat.primitives import serialization

        pub = (
            Ed25519PrivateKey.from_private_bytes(self.signing_secret)
            .public_key()
            .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        )
        return PublicIdentity(str(self.age_identity().to_public()), pub, office)

    @property
    def fingerprint(self) -> str:
        return self.public().fingerprint

    def sign(self, data: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_secret).sign(data)


@dataclass(frozen=True)
class Contact:
    """A colleague's vault this vault trusts."""

    name: str
    office: str
    identity: PublicIdentity
    verified_on: date
    id: int | None = None

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint

    def label(self) -> str:
        """``Åsa Berg (Meglingsbenken Oslo)``."""
        return f"{self.name} ({self.office})" if self.office else self.name


def write_public_identity(identity: PublicIdentity, out: Path) -> None:
    """The public key file (0600 like every file the program writes; it holds
    no secret, so it may be mailed or put on a stick)."""
    data = (json.dumps(identity.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        atomic_write_bytes(Path(out), data)
    except OSError as exc:
        raise OutputFileError(Path(out), exc.strerror or str(exc)) from None


def read_public_identity(path: Path) -> PublicIdentity:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IdentityFileInvalid(path, "the file does not exist") from None
    except OSError as exc:
        raise IdentityFileInvalid(path, exc.strerror or str(exc)) from None
    if len(raw) > 64 * 1024:
        raise IdentityFileInvalid(path, "it is far too large")
    try:
        doc = json.loads(raw.decode("utf-8"))
        return PublicIdentity.from_dict(doc)
    except UnicodeDecodeError:
        raise IdentityFileInvalid(path, "it is not text") from None
    except json.JSONDecodeError:
        raise IdentityFileInvalid(path, "it is not JSON") from None
    except ValueError as exc:
        raise IdentityFileInvalid(path, str(exc)) from None


def check_typed_fingerprint(typed: str, identity: PublicIdentity) -> None:
    """FingerprintMismatch unless ``typed`` is the identity's fingerprint."""
    if normalise_fingerprint(typed) != identity.fingerprint:
        raise FingerprintMismatch(typed.strip(), identity.fingerprint)

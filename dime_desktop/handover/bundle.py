"""The signed file format shared by handover bundles and office counts.

A file is a ZIP archive (stored, not compressed) holding exactly:

``header.json``
    UTF-8 JSON: ``format`` (``dime-handover/1`` or ``dime-office-counts/1``),
    ``id`` (random hex), ``made_at`` (UTC, ISO 8601), ``sequence`` (the
    sender's counter: a later file has a larger number), ``sender`` (the
    sender's public identity, as in a public key file), ``recipient`` (the
    fingerprint of the vault it is for; none for office counts) and ``files``:
    for every other entry its ``size`` and ``sha256``.
``header.sig``
    the Ed25519 signature of the sender's signing key over the exact bytes of
    ``header.json``, in base64.
``payload.age`` (a bundle) or ``payload.json`` (office counts)
    a bundle's content, encrypted with age v1 (https://age-encryption.org/v1)
    to the recipient's X25519 recipient; office counts are signed, not
    encrypted (they are numbers, and the coordinator reads them).
``README.txt``
    a plain sentence saying what the file is (and that a bundle holds
    personal data, encrypted).

So the signature covers the header, and the header covers every other byte
(SHA-256): nothing can be cut off or changed without the check failing.
age authenticates its own payload too (HMAC over its header, ChaCha20-Poly1305
chunks with a last-chunk flag, so a cut-short payload is found). The
decrypted payload repeats the id, the sender's and the recipient's
fingerprints; a payload moved into another header (someone re-signing a
bundle they cannot read) does not match and is refused.
"""

from __future__ import annotations

import hashlib
import io
import json
import secrets
import zipfile
from base64 import b64decode, b64encode
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyrage

from dime_desktop.errors import (
    BundleDamaged,
    BundleForAnotherVault,
    BundleNotABundle,
    BundleSignatureInvalid,
)
from dime_desktop.handover.identity import PublicIdentity, VaultIdentity

HANDOVER_FORMAT = "dime-handover/1"
COUNTS_FORMAT = "dime-office-counts/1"
HEADER = "header.json"
SIGNATURE = "header.sig"
PAYLOAD_AGE = "payload.age"
PAYLOAD_JSON = "payload.json"
README = "README.txt"
MAX_HEADER = 256 * 1024
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # no clock in the archive's own entries

README_TEXT = {
    HANDOVER_FORMAT: (
        "DiMe Desktop handover bundle (dime-handover/1).\n"
        "It holds personal data, encrypted (age, X25519) to one vault, and signed "
        "(Ed25519) by the vault that sent it.\n"
        "Open it with DiMe Desktop: Handover -> Import a bundle, or dime handover import.\n"
        "DiMe Desktop: overføringsfil. Den inneholder personopplysninger, kryptert til ett "
        "hvelv.\n"
    ),
    COUNTS_FORMAT: (
        "DiMe Desktop office counts (dime-office-counts/1): one year's counts of one "
        "office, exact (not suppressed), signed (Ed25519). No case text, no references.\n"
    ),
}


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_id() -> str:
    return secrets.token_hex(16)


@dataclass(frozen=True)
class Opened:
    """A file whose signature and checksums held."""

    header: dict[str, Any]
    sender: PublicIdentity
    payload: bytes  # decrypted (bundle) or as it is (office counts)

    @property
    def id(self) -> str:
        return str(self.header["id"])

    @property
    def sequence(self) -> int:
        return int(self.header["sequence"])

    @property
    def made_at(self) -> str:
        return str(self.header["made_at"])


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _entry(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    zf.writestr(info, data)


def seal(
    fmt: str,
    payload: bytes,
    sender: VaultIdentity,
    *,
    recipient: PublicIdentity | None,
    sequence: int,
    file_id: str | None = None,
    made_at: str | None = None,
    office: str = "",
    extra: dict[str, Any] | None = None,
) -> bytes:
    """The bytes of a signed file; ``payload`` is encrypted to ``recipient``
    when one is given (a bundle), else stored as it is (office counts)."""
    if recipient is not None:
        body = pyrage.encrypt(payload, [recipient.recipient()])
        body_name = PAYLOAD_AGE
    else:
        body = payload
        body_name = PAYLOAD_JSON
    readme = README_TEXT.get(fmt, "DiMe Desktop file.\n").encode("utf-8")
    header: dict[str, Any] = {
        "format": fmt,
        "id": file_id or new_id(),
        "made_at": made_at or now_utc(),
        "sequence": sequence,
        "sender": sender.public(office).to_dict(),
        "recipient": recipient.fingerprint if recipient is not None else None,
        "files": {
            body_name: {"size": len(body), "sha256": _sha(body)},
            README: {"size": len(readme), "sha256": _sha(readme)},
        },
        **(extra or {}),
    }
    header_bytes = json.dumps(header, ensure_ascii=False, indent=1, sort_keys=True).encode()
    signature = b64encode(sender.sign(header_bytes)) + b"\n"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        _entry(zf, HEADER, header_bytes)
        _entry(zf, SIGNATURE, signature)
        _entry(zf, body_name, body)
        _entry(zf, README, readme)
    return out.getvalue()


def _read_entries(path: Path, data: bytes, what: str) -> dict[str, bytes]:
    if not data.startswith(b"PK\x03\x04"):
        raise BundleNotABundle(path, f"The file is not a DiMe {what}.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            if len(names) != len(set(names)) or len(names) > 8:
                raise zipfile.BadZipFile("unexpected entries")
            return {n: zf.read(n) for n in names}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise BundleDamaged(
            path, f"The {what} is damaged: it was cut short or changed after it was made."
        ) from None


def open_signed(
    path: Path,
    data: bytes,
    fmt: str,
    *,
    own: VaultIdentity | None,
) -> tuple[dict[str, Any], PublicIdentity, dict[str, bytes]]:
    """Header, sender and entries of a file whose signature and checksums
    hold. Raises BundleNotABundle, BundleDamaged, BundleForAnotherVault,
    BundleSignatureInvalid — before anything is decrypted."""
    what = "handover bundle" if fmt == HANDOVER_FORMAT else "file of office counts"
    damaged = BundleDamaged(
        path, f"The {what} is damaged: it was cut short or changed after it was made."
    )
    entries = _read_entries(path, data, what)
    header_bytes = entries.get(HEADER)
    sig_text = entries.get(SIGNATURE)
    if header_bytes is None or sig_text is None or len(header_bytes) > MAX_HEADER:
        raise damaged
    try:
        header = json.loads(header_bytes.decode("utf-8"))
        signature = b64decode(sig_text.strip(), validate=True)
    except (ValueError, UnicodeDecodeError):
        raise damaged from None
    if not isinstance(header, dict):
        raise damaged
    if header.get("format") != fmt:
        other = header.get("format")
        if other in (HANDOVER_FORMAT, COUNTS_FORMAT):
            raise BundleNotABundle(path, f"The file is a {other} file, not a DiMe {what}.")
        raise damaged
    try:
        sender = PublicIdentity.from_dict(header.get("sender"))
        int(header["sequence"])
        str(header["id"])
        files = header["files"]
        if not isinstance(files, dict):
            raise ValueError
    except (ValueError, KeyError, TypeError):
        raise damaged from None
    if fmt == HANDOVER_FORMAT:
        own_fp = own.fingerprint if own is not None else None
        if header.get("recipient") != own_fp:
            raise BundleForAnotherVault(
                path,
                "The bundle was made for another vault (its key is "
                f"{header.get('recipient')}); only that vault can open it.",
                str(header.get("recipient") or ""),
            )
    if not sender.verify(signature, header_bytes):
        raise BundleSignatureInvalid(
            path,
            f"The signature of the {what} does not match its sender's key "
            f"({sender.fingerprint}): it was changed, or not made by that vault.",
            sender.fingerprint,
        )
    if set(entries) != {HEADER, SIGNATURE, *files}:
        raise damaged
    for name, facts in files.items():
        body = entries[name]
        if not isinstance(facts, dict) or facts.get("sha256") != _sha(body):
            raise damaged
        if facts.get("size") != len(body):
            raise damaged
    return header, sender, entries


def decrypt_payload(path: Path, entries: dict[str, bytes], own: VaultIdentity) -> bytes:
    """The bundle's payload, decrypted with this vault's age identity."""
    try:
        plain: bytes = pyrage.decrypt(entries[PAYLOAD_AGE], [own.age_identity()])
        return plain
    except KeyError:
        raise BundleDamaged(
            path, "The handover bundle is damaged: its encrypted content is missing."
        ) from None
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise BundleForAnotherVault(
                path, "The bundle was encrypted for another vault; this vault cannot open it."
            ) from None
        raise BundleDamaged(
            path, "The handover bundle is damaged: its encrypted content does not decrypt."
        ) from None

"""``vault-keys.json``: the database key, wrapped (encrypted) twice.

The database key is 32 random bytes. It is never stored as it is: the file
holds it encrypted with AES-256-GCM

* under a key derived from the passphrase (Argon2id, parameters and salt
  stored with the wrap), and
* under a key derived from the recovery key (HKDF-SHA256; the recovery key is
  random, so no slow derivation is needed).

The associated data of each wrap binds the vault id and the kind of wrap, so
wraps cannot be swapped between vaults or roles. A failed GCM tag therefore
means "wrong passphrase / recovery key"; to tell that apart from a damaged
file, every part of the file carries a SHA-256 checksum (not a secret: it
only detects accidental damage), checked before any decryption.

The header also names the database file the key belongs to: the random salt
SQLCipher keeps in the first 16 bytes of ``vault.db`` (``database_salt``, not
a secret). A key file beside another vault's database is told apart from a
damaged one before any passphrase is tried, and replacing the key file is the
one step that commits a key rotation or a restore (see ``vault.py``). Key
files written before this field existed simply lack it; it is added at their
next unlock.

The file is replaced atomically (:mod:`dime_desktop.fileio`), mode 0600.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from dime_desktop.errors import VaultDamaged
from dime_desktop.fileio import atomic_write_bytes
from dime_desktop.vault.kdf import SALT_LENGTH, KdfParams, derive_key

KEYS_FILE = "vault-keys.json"
FORMAT = "dime-vault-keys"
VERSION = 1
DB_KEY_BYTES = 32
NONCE_BYTES = 12
KEY_CHECK_BYTES = 16
PASSPHRASE = "passphrase"
RECOVERY = "recovery"
_MAX_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Wrap:
    """One encrypted copy of the database key."""

    kind: str  # PASSPHRASE or RECOVERY
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    kdf: KdfParams | None = None  # for PASSPHRASE


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    created: str
    key_check: bytes
    wraps: dict[str, Wrap]
    # Wraps whose checksum failed: kind -> the stored record, written back as
    # it was (we cannot repair it without the secret it was made from).
    damaged: dict[str, Any] = field(default_factory=dict)
    # The first 16 bytes of the database file this key opens (None: not known yet).
    database_salt: bytes | None = None

    def with_wrap(self, wrap: Wrap) -> KeyFile:
        wraps = dict(self.wraps)
        wraps[wrap.kind] = wrap
        damaged = {k: v for k, v in self.damaged.items() if k != wrap.kind}
        return KeyFile(
            self.vault_id, self.created, self.key_check, wraps, damaged, self.database_salt
        )

    def with_database_salt(self, salt: bytes | None) -> KeyFile:
        return KeyFile(
            self.vault_id, self.created, self.key_check, dict(self.wraps), self.damaged, salt
        )


# --- crypto -------------------------------------------------------------------


def associated_data(vault_id: str, kind: str) -> bytes:
    return b"dime-vault-key/v1\x00" + vault_id.encode("utf-8") + b"\x00" + kind.encode("ascii")


def key_check(db_key: bytes, vault_id: str) -> bytes:
    """A value that tells whether a key is this vault's key, without revealing it."""
    mac = hmac.new(db_key, b"dime-key-check/v1\x00" + vault_id.encode("utf-8"), hashlib.sha256)
    return mac.digest()[:KEY_CHECK_BYTES]


def matches(kf: KeyFile, db_key: bytes) -> bool:
    return len(db_key) == DB_KEY_BYTES and hmac.compare_digest(
        key_check(db_key, kf.vault_id), kf.key_check
    )


def _recovery_wrap_key(recovery_key: bytes, salt: bytes, vault_id: str) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=salt,
        info=b"dime-vault-recovery-wrap/v1\x00" + vault_id.encode("utf-8"),
    )
    return hkdf.derive(recovery_key)


def _seal(wrap_key: bytes, db_key: bytes, vault_id: str, kind: str) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(wrap_key).encrypt(nonce, db_key, associated_data(vault_id, kind))


def _open(wrap_key: bytes, wrap: Wrap, vault_id: str) -> bytes | None:
    try:
        key = AESGCM(wrap_key).decrypt(
            wrap.nonce, wrap.ciphertext, associated_data(vault_id, wrap.kind)
        )
    except InvalidTag:
        return None
    return key


def wrap_with_passphrase(db_key: bytes, passphrase: str, vault_id: str, kdf: KdfParams) -> Wrap:
    salt = os.urandom(SALT_LENGTH)
    nonce, ct = _seal(derive_key(passphrase, salt, kdf), db_key, vault_id, PASSPHRASE)
    return Wrap(PASSPHRASE, salt, nonce, ct, kdf)


def wrap_with_recovery_key(db_key: bytes, recovery_key: bytes, vault_id: str) -> Wrap:
    salt = os.urandom(SALT_LENGTH)
    wrap_key = _recovery_wrap_key(recovery_key, salt, vault_id)
    nonce, ct = _seal(wrap_key, db_key, vault_id, RECOVERY)
    return Wrap(RECOVERY, salt, nonce, ct)


def passphrase_wrap_key(wrap: Wrap, passphrase: str) -> bytes:
    """The Argon2id key that opens a passphrase wrap (the slow step)."""
    assert wrap.kdf is not None
    return derive_key(passphrase, wrap.salt, wrap.kdf)


def recovery_wrap_key(wrap: Wrap, recovery_key: bytes, vault_id: str) -> bytes:
    return _recovery_wrap_key(recovery_key, wrap.salt, vault_id)


def open_wrap(wrap_key: bytes, wrap: Wrap, vault_id: str) -> bytes | None:
    """The database key from ``wrap`` with an already derived wrapping key."""
    return _open(wrap_key, wrap, vault_id)


def rewrap(wrap_key: bytes, like: Wrap, db_key: bytes, vault_id: str) -> Wrap:
    """``db_key`` wrapped with the same wrapping key (same salt and cost
    parameters) as ``like``, with a fresh nonce: a new database key keeps the
    same passphrase or recovery key without asking for it again."""
    nonce, ct = _seal(wrap_key, db_key, vault_id, like.kind)
    return Wrap(like.kind, like.salt, nonce, ct, like.kdf)


def new_passphrase_wrap(
    db_key: bytes, passphrase: str, vault_id: str, kdf: KdfParams
) -> tuple[Wrap, bytes]:
    """A new passphrase wrap and its wrapping key (kept while unlocked)."""
    salt = os.urandom(SALT_LENGTH)
    wrap_key = derive_key(passphrase, salt, kdf)
    nonce, ct = _seal(wrap_key, db_key, vault_id, PASSPHRASE)
    return Wrap(PASSPHRASE, salt, nonce, ct, kdf), wrap_key


def new_recovery_wrap(db_key: bytes, recovery_key: bytes, vault_id: str) -> tuple[Wrap, bytes]:
    salt = os.urandom(SALT_LENGTH)
    wrap_key = _recovery_wrap_key(recovery_key, salt, vault_id)
    nonce, ct = _seal(wrap_key, db_key, vault_id, RECOVERY)
    return Wrap(RECOVERY, salt, nonce, ct), wrap_key


def unwrap_with_passphrase(kf: KeyFile, passphrase: str) -> bytes | None:
    """The database key, or None if the passphrase is not this vault's.
    The caller checks first that the passphrase wrap is not damaged."""
    wrap = kf.wraps[PASSPHRASE]
    assert wrap.kdf is not None
    return _open(derive_key(passphrase, wrap.salt, wrap.kdf), wrap, kf.vault_id)


def unwrap_with_recovery_key(kf: KeyFile, recovery_key: bytes) -> bytes | None:
    wrap = kf.wraps[RECOVERY]
    return _open(_recovery_wrap_key(recovery_key, wrap.salt, kf.vault_id), wrap, kf.vault_id)


def new_key_file(
    vault_id: str, db_key: bytes, wraps: list[Wrap], database_salt: bytes | None = None
) -> KeyFile:
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return KeyFile(
        vault_id,
        created,
        key_check(db_key, vault_id),
        {w.kind: w for w in wraps},
        {},
        database_salt,
    )


# --- the file -----------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not a base64 string")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _digest(record: dict[str, Any]) -> str:
    body = {k: v for k, v in record.items() if k != "sha256"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _wrap_record(wrap: Wrap, vault_id: str) -> dict[str, Any]:
    record: dict[str, Any] = {
        "vault_id": vault_id,
        "kind": wrap.kind,
        "cipher": "aes-256-gcm",
        "salt": _b64(wrap.salt),
        "nonce": _b64(wrap.nonce),
        "ciphertext": _b64(wrap.ciphertext),
    }
    if wrap.kdf is not None:
        record["kdf"] = {
            "algorithm": "argon2id",
            "version": 19,
            "time_cost": wrap.kdf.time_cost,
            "memory_cost_kib": wrap.kdf.memory_cost_kib,
            "parallelism": wrap.kdf.parallelism,
        }
    else:
        record["kdf"] = {"algorithm": "hkdf-sha256"}
    record["sha256"] = _digest(record)
    return record


def to_bytes(kf: KeyFile) -> bytes:
    header: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": kf.vault_id,
        "created": kf.created,
        "key_check": _b64(kf.key_check),
    }
    if kf.database_salt is not None:
        header["database_salt"] = kf.database_salt.hex()
    header["sha256"] = _digest(header)
    wraps: dict[str, Any] = dict(kf.damaged)
    for kind, wrap in kf.wraps.items():
        wraps[kind] = _wrap_record(wrap, kf.vault_id)
    doc = {"header": header, "wraps": wraps}
    return (json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=True) + "\n").encode("ascii")


def _damaged(path: Path, what: str) -> VaultDamaged:
    return VaultDamaged(
        f"The key file {path} is damaged ({what}); the vault cannot be opened without it. "
        "Restore it from a backup copy of the vault folder.",
        path,
    )


def _parse_wrap(kind: str, record: Any, vault_id: str) -> Wrap:
    if not isinstance(record, dict) or record.get("sha256") != _digest(record):
        raise ValueError("checksum does not match")
    if record.get("vault_id") != vault_id or record.get("kind") != kind:
        raise ValueError("belongs to another vault")
    if record.get("cipher") != "aes-256-gcm":
        raise ValueError("unknown cipher")
    kdf_rec = record.get("kdf")
    if not isinstance(kdf_rec, dict):
        raise ValueError("no key derivation")
    kdf: KdfParams | None = None
    if kind == PASSPHRASE:
        if kdf_rec.get("algorithm") != "argon2id" or kdf_rec.get("version") != 19:
            raise ValueError("unknown key derivation")
        values = [kdf_rec.get(k) for k in ("time_cost", "memory_cost_kib", "parallelism")]
        if not all(type(v) is int for v in values):
            raise ValueError("bad key derivation parameters")
        kdf = KdfParams(*values)  # type: ignore[arg-type]
        if kdf.problems():
            raise ValueError("; ".join(kdf.problems()))
    elif kdf_rec.get("algorithm") != "hkdf-sha256":
        raise ValueError("unknown key derivation")
    salt = _unb64(record.get("salt"))
    nonce = _unb64(record.get("nonce"))
    ciphertext = _unb64(record.get("ciphertext"))
    if len(nonce) != NONCE_BYTES or len(ciphertext) != DB_KEY_BYTES + 16 or len(salt) < 16:
        raise ValueError("wrong sizes")
    return Wrap(kind, salt, nonce, ciphertext, kdf)


def from_bytes(data: bytes, path: Path) -> KeyFile:
    """Parse and check the file; :class:`VaultDamaged` (naming ``path``) if
    the file as a whole is unusable. A damaged single wrap is listed in
    ``KeyFile.damaged`` instead, so the other one can still be used."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _damaged(path, f"not readable JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise _damaged(path, "unexpected contents")
    header = doc.get("header")
    wraps_doc = doc.get("wraps")
    if not isinstance(header, dict) or not isinstance(wraps_doc, dict):
        raise _damaged(path, "parts are missing")
    if header.get("sha256") != _digest(header):
        raise _damaged(path, "its header does not match its checksum")
    if header.get("format") != FORMAT:
        raise _damaged(path, "it is not a DiMe key file")
    if header.get("version") != VERSION:
        raise _damaged(path, f"unknown key file version {header.get('version')!r}")
    vault_id = header.get("vault_id")
    created = header.get("created")
    if not isinstance(vault_id, str) or not vault_id or not isinstance(created, str):
        raise _damaged(path, "the vault id is missing")
    try:
        check = _unb64(header.get("key_check"))
    except (ValueError, binascii.Error):
        raise _damaged(path, "the key check is unreadable") from None
    salt_text = header.get("database_salt")
    database_salt: bytes | None = None
    if salt_text is not None:
        try:
            database_salt = bytes.fromhex(str(salt_text))
        except ValueError:
            raise _damaged(path, "the database salt is unreadable") from None
        if len(database_salt) != 16:
            raise _damaged(path, "the database salt has the wrong size")
    wraps: dict[str, Wrap] = {}
    damaged: dict[str, Any] = {}
    for kind in (PASSPHRASE, RECOVERY):
        record = wraps_doc.get(kind)
        if record is None:
            damaged[kind] = None
            continue
        try:
            wraps[kind] = _parse_wrap(kind, record, vault_id)
        except (ValueError, TypeError, binascii.Error):
            damaged[kind] = record
    if not wraps:
        raise _damaged(path, "both the passphrase and the recovery entries are damaged")
    return KeyFile(
        vault_id,
        created,
        check,
        wraps,
        {k: v for k, v in damaged.items() if v is not None},
        database_salt,
    )


def load(path: Path) -> KeyFile:
    """Read (only read) and check ``path``."""
    try:
        with open(path, "rb") as f:
            data = f.read(_MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _damaged(path, "the file is missing") from None
    except OSError as exc:
        raise VaultDamaged(
            f"The key file {path} cannot be read: {exc.strerror or exc}.", path
        ) from None
    if len(data) > _MAX_FILE_BYTES:
        raise _damaged(path, "it is far too large")
    return from_bytes(data, path)


def save(path: Path, kf: KeyFile) -> None:
    """Replace ``path`` atomically (mode 0600)."""
    atomic_write_bytes(path, to_bytes(kf), 0o600)


def missing_wrap_problem(path: Path, kind: str) -> VaultDamaged:
    if kind == PASSPHRASE:
        return VaultDamaged(
            f"The passphrase entry in the key file {path} is damaged; "
            "the vault can still be opened with the recovery key.",
            path,
        )
    return VaultDamaged(
        f"The recovery key entry in the key file {path} is damaged; "
        "open the vault with the passphrase and make a new recovery key.",
        path,
    )

"""'Remember on this device': the database key in the OS keychain.

The unwrapped database key (hex) is stored with :mod:`keyring` under the
service ``"DiMe Desktop"`` and the vault id as user name. Only a real OS
keychain is used (macOS Keychain, Windows Credential Manager, Secret
Service): the ``fail`` backend, backends with priority below 1 and any
``keyrings.alt`` backend (they keep secrets in plain or weakly protected
files) count as "no keychain". Nothing is ever written anywhere else.
"""

from __future__ import annotations

import keyring
import keyring.backends.fail
import keyring.errors
from keyring.backend import KeyringBackend

from dime_desktop.errors import KeychainUnavailable

SERVICE = "DiMe Desktop"

_UNAVAILABLE = (
    "This computer has no working keychain, so the vault cannot be remembered here; "
    "use the passphrase."
)


def _is_unsafe(backend: KeyringBackend) -> bool:
    if isinstance(backend, keyring.backends.fail.Keyring):
        return True
    if type(backend).__module__.startswith("keyrings.alt"):
        return True
    try:
        priority = float(backend.priority)
    except Exception:
        return True
    if priority < 1:
        return True
    children = getattr(backend, "backends", None)
    if isinstance(children, list | tuple):
        if not children:
            return True
        return any(
            isinstance(b, KeyringBackend) and type(b).__module__.startswith("keyrings.alt")
            for b in children
        )
    return False


def _backend() -> KeyringBackend | None:
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if _is_unsafe(backend):
        return None
    return backend


def keychain_available() -> bool:
    """Whether this computer has a keychain the vault key may be kept in."""
    return _backend() is not None


def store_key(vault_id: str, key: bytes) -> None:
    """Raises :class:`KeychainUnavailable` if the keychain cannot take it."""
    backend = _backend()
    if backend is None:
        raise KeychainUnavailable(_UNAVAILABLE)
    try:
        backend.set_password(SERVICE, vault_id, key.hex())
    except Exception as exc:  # KeyringError, D-Bus errors, locked keychain...
        raise KeychainUnavailable(
            f"The keychain of this computer refused to store the vault key ({type(exc).__name__}); "
            "use the passphrase."
        ) from None


def load_key(vault_id: str) -> bytes | None:
    """The remembered key, or None (nothing remembered, no keychain, or an error)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        stored = backend.get_password(SERVICE, vault_id)
    except Exception:
        return None
    if not stored:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        return None


def forget_key(vault_id: str) -> None:
    """Remove the remembered key. Nothing remembered is fine; a keychain that
    cannot be reached raises :class:`KeychainUnavailable`."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, vault_id)
    except keyring.errors.PasswordDeleteError:
        return
    except Exception as exc:
        raise KeychainUnavailable(
            f"The keychain of this computer could not be reached to forget the vault key "
            f"({type(exc).__name__})."
        ) from None


def is_remembered(vault_id: str) -> bool:
    return load_key(vault_id) is not None

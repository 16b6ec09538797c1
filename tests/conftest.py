"""Suite-wide test set-up.

* Qt runs offscreen (set before anything imports Qt; without it pytest aborts
  on a machine with no display), on one 1366×768 screen at 96 dpi
  (``offscreen-1366x768.json``): the laptop the issues measure layouts on,
  not the offscreen platform's default 800×600.
* The OS keychain is replaced by an in-memory keyring backend.
* Any attempt to open a network connection fails the test: the program never
  talks to a network.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={Path(__file__).with_name('offscreen-1366x768.json')}"
)
os.environ.setdefault("QT_SCALE_FACTOR", "1")
os.environ.pop("DIME_VAULT", None)

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A keychain that lives only in this process's memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class NetworkAttempt(AssertionError):
    pass


_INET = {socket.AF_INET, socket.AF_INET6}


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail the test on any attempt to reach a network (IPv4/IPv6 sockets,
    name look-ups). Local Unix sockets stay allowed."""
    attempts: list[str] = []

    def refuse(what: str) -> Any:
        attempts.append(what)
        raise NetworkAttempt(f"the program tried to use the network: {what}")

    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: Any) -> Any:
        if self.family in _INET:
            return refuse(f"connect {address!r}")
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        if self.family in _INET:
            return refuse(f"connect_ex {address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(
        socket, "create_connection", lambda *a, **k: refuse(f"create_connection {a!r}")
    )
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: refuse(f"getaddrinfo {a!r}"))
    monkeypatch.setattr(socket, "gethostbyname", lambda *a, **k: refuse(f"gethostbyname {a!r}"))
    yield attempts
    assert not attempts, f"network use: {attempts}"


@pytest.fixture
def fast_kdf() -> Any:
    """Cheap Argon2id parameters so tests do not spend a second per unlock."""
    from dime_desktop.vault.kdf import KdfParams

    return KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


PASSPHRASE = "korrekt hest batteri stift 2019"


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault(vault_dir: Path, fast_kdf: Any) -> Iterator[Any]:
    """A real, freshly created, unlocked encrypted vault on disk."""
    from dime_desktop.vault import Vault

    created = Vault.create(vault_dir, PASSPHRASE, kdf=fast_kdf)
    yield created.vault
    created.vault.close()

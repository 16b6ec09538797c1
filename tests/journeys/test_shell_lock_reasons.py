"""The app locks when the operating system says the computer goes to sleep or
the session is locked (issue 9 §3, over D-Bus as logind and screen savers say
it on Linux), and the unlock screen says why it locked.

The buses here are a private ``dbus-daemon`` of the test (a Unix socket in the
test's folder), so nothing of the computer's own session is touched."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from dime_desktop.ui.shell.session_events import (
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    LOGIN1_SESSION,
    SessionWatcher,
)
from tests.journeys.person import Person

PASSPHRASE = "låses når lokket lukkes på kafeen"


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[str]:
    """The address of a private message bus."""
    exe = shutil.which("dbus-daemon")
    if exe is None:
        pytest.skip("dbus-daemon is not installed (scripts/setup.sh installs it)")
    process = subprocess.Popen(
        [exe, "--session", "--nofork", "--print-address", f"--address=unix:path={tmp_path}/bus"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    yield address
    process.terminate()
    process.wait(10)


def _connect(address: str) -> QDBusConnection:
    connection = QDBusConnection.connectToBus(address, f"dime-test-{uuid.uuid4().hex}")
    assert connection.isConnected()
    return connection


def _signal(connection: QDBusConnection, path: str, interface: str, name: str, *args: Any) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert connection.send(message)


def test_sleep_and_session_lock_from_the_os_lock_the_app_and_say_why(
    launch: Any, person: Person, tmp_path: Path, fast_kdf: Any, bus: str
) -> None:
    from dime_desktop.vault import Vault

    Vault.create(tmp_path / "hvelv", PASSPHRASE, kdf=fast_kdf).vault.close()
    watcher = SessionWatcher(system_bus=_connect(bus), session_bus=_connect(bus))
    assert "login1 PrepareForSleep" in watcher.watching
    assert "org.freedesktop.ScreenSaver ActiveChanged" in watcher.watching
    os_side = _connect(bus)
    running = launch("--vault", str(tmp_path / "hvelv"), session_watcher=watcher)

    def unlock() -> None:
        person.wait_for("Lås opp")
        person.type("Passordfrase", PASSPHRASE)
        person.press("Return")
        person.wait_until(lambda: running.controller.state == "unlocked")

    unlock()
    _signal(os_side, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    person.wait_for("Lås opp")
    assert "Låst fordi datamaskinen gikk i dvale." in person.text_on_screen()

    unlock()
    # waking up (false) is no reason to lock: the screen saver after it is the reason
    _signal(os_side, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False)
    _signal(os_side, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
            "ActiveChanged", True)  # fmt: skip
    person.wait_for("Lås opp")
    assert running.controller.lock_reason == "session"
    assert "Låst fordi økten ble låst." in person.text_on_screen()

    unlock()
    _signal(os_side, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", False)
    _signal(os_side, "/org/freedesktop/login1/session/_31", LOGIN1_SESSION, "Lock")
    person.wait_for("Lås opp")
    assert running.controller.lock_reason == "session"

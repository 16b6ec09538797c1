"""Lock when the operating system says the computer goes to sleep or the
session is locked.

Focus loss is NOT such a sign (``QGuiApplication.applicationStateChanged``
fires whenever another window is clicked), so the app does not lock on it.
What is covered, per system:

* **Linux (and BSDs) with D-Bus**: on the system bus, logind's
  ``org.freedesktop.login1.Manager.PrepareForSleep(true)`` (suspend and
  hibernate) and ``org.freedesktop.login1.Session.Lock`` (``loginctl
  lock-session``, what screen lockers are told); on the session bus,
  ``ActiveChanged(true)`` of ``org.freedesktop.ScreenSaver`` (KDE, Xfce, most
  others) and ``org.gnome.ScreenSaver`` (GNOME). A bus that is not there (a
  container, a minimal window manager) is skipped without a word.
* **Windows and macOS**: no OS signal is watched yet. The idle lock counts
  the wall clock there (``ui/shell/idle.py``), so a computer that slept longer
  than the idle minutes locks at the first touch after waking.

``locked(reason)`` is emitted with ``"sleep"`` or ``"session"``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import SLOT, QObject, Signal, Slot

REASON_SLEEP = "sleep"
REASON_SESSION = "session"

LOGIN1_SERVICE = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
SCREENSAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")


class SessionWatcher(QObject):
    """Turns the OS's "going to sleep" and "session locked" into ``locked(reason)``.

    ``system_bus`` / ``session_bus`` are ``QDBusConnection`` objects; by default
    the real buses (tests pass connections to a private bus)."""

    locked = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system_bus: object | None = None,
        session_bus: object | None = None,
    ) -> None:
        super().__init__(parent)
        self.watching: list[str] = []  # what is connected, for the About box and tests
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt without D-Bus (Windows, macOS builds)
            return
        system = system_bus if system_bus is not None else _bus(QDBusConnection.systemBus)
        session = session_bus if session_bus is not None else _bus(QDBusConnection.sessionBus)
        if system is not None and system.isConnected():  # type: ignore[attr-defined]
            if system.connect(  # type: ignore[attr-defined]
                "", "", LOGIN1_MANAGER, "PrepareForSleep", self, SLOT("_prepare_for_sleep(bool)")
            ):
                self.watching.append("login1 PrepareForSleep")
            if system.connect(  # type: ignore[attr-defined]
                "", _own_session_path(system), LOGIN1_SESSION, "Lock", self, SLOT("_lock()")
            ):
                self.watching.append("login1 Session.Lock")
        if session is not None and session.isConnected():  # type: ignore[attr-defined]
            for interface in SCREENSAVER_INTERFACES:
                if session.connect(  # type: ignore[attr-defined]
                    "", "", interface, "ActiveChanged", self, SLOT("_screensaver(bool)")
                ):
                    self.watching.append(f"{interface} ActiveChanged")

    @Slot(bool)
    def _prepare_for_sleep(self, going: bool) -> None:
        if going:
            self.locked.emit(REASON_SLEEP)

    @Slot()
    def _lock(self) -> None:
        self.locked.emit(REASON_SESSION)

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.locked.emit(REASON_SESSION)


def _bus(get: object) -> object | None:
    """A bus connection, or None where there is none (no address, no daemon)."""
    if os.name == "nt":
        return None
    try:
        bus = get()  # type: ignore[operator]
    except Exception:
        return None
    return bus if bus.isConnected() else None


def _own_session_path(system: object) -> str:
    """This process's logind session object, or "" (any session) if logind is
    not reachable: a lock of any session of this computer then locks the app,
    which errs on the safe side."""
    try:
        from PySide6.QtDBus import QDBusInterface, QDBusObjectPath

        manager = QDBusInterface(LOGIN1_SERVICE, LOGIN1_PATH, LOGIN1_MANAGER, system)  # type: ignore[arg-type]
        if not manager.isValid():
            return ""
        reply = manager.call("GetSessionByPID", os.getpid())
        values = reply.arguments()
        if values and isinstance(values[0], QDBusObjectPath):
            return str(values[0].path())
        if values and isinstance(values[0], str) and values[0].startswith("/"):
            return values[0]
    except Exception:
        return ""
    return ""

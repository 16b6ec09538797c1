"""Lock the app after a time without use, counted by a clock that keeps going
while the computer sleeps.

An application-wide event filter notes the time of every key press, mouse
press, mouse move, wheel or touch. A one-second tick compares that time with
the clock; when ``timeout_ms`` have passed, ``timed_out`` is emitted (the
controller then locks). The filter lets every event through, except the first
input after the time is up (a key pressed on waking goes nowhere: the app
locks instead).

Why not a single-shot ``QTimer`` of ``timeout_ms``: Qt's timers count a
monotonic clock that stops while a laptop sleeps, so a laptop closed for an
hour would wake up unlocked and lock only minutes later. The clock here is
``CLOCK_BOOTTIME`` on Linux (counts sleep, never jumps) and the wall clock
elsewhere; a clock that goes backwards (the user set the time) restarts the
count instead of never locking. The watcher also checks at once when the app
becomes active again, which is the first thing that happens after a wake.

Tests give the watcher a clock they can advance (``clock=``), so the minutes
from the settings reach a real, tested timer.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

Clock = Callable[[], float]  # seconds

#: How often the watcher looks at the clock.
CHECK_INTERVAL_MS = 1000

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


def wall_clock() -> float:
    """Seconds of a clock that counts the time the computer was asleep."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.time()


class IdleWatcher(QObject):
    """Emit ``timed_out`` after ``timeout_ms`` without user input while started."""

    timed_out = Signal()

    def __init__(
        self, timeout_ms: int, parent: QObject | None = None, *, clock: Clock | None = None
    ) -> None:
        super().__init__(parent)
        self._clock: Clock = clock or wall_clock
        self._timeout_ms = max(1, int(timeout_ms))
        self._last_input = self._clock()
        self._active = False
        self._tick = QTimer(self)
        self._tick.setInterval(CHECK_INTERVAL_MS)
        self._tick.setTimerType(Qt.TimerType.CoarseTimer)
        self._tick.timeout.connect(self.check)
        self._installed = False
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    @staticmethod
    def minutes_to_ms(minutes: int) -> int:
        return int(minutes) * 60_000

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """A new time; it counts from the last input, as the old one did."""
        self._timeout_ms = max(1, int(timeout_ms))
        self.check()

    def is_active(self) -> bool:
        return self._active

    def idle_ms(self) -> int:
        """How long there has been no input (0 if the clock went backwards)."""
        return max(0, round((self._clock() - self._last_input) * 1000))

    def remaining_ms(self) -> int:
        return max(0, self._timeout_ms - self.idle_ms())

    def start(self) -> None:
        """Begin watching (after unlock); the time counts from now."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._last_input = self._clock()
        self._active = True
        self._tick.start()

    def stop(self) -> None:
        """Stop watching (while locked there is nothing to protect)."""
        self._active = False
        self._tick.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def poke(self) -> None:
        """Count as user activity."""
        self._last_input = self._clock()

    def check(self) -> None:
        """Look at the clock now; emits ``timed_out`` when the time is up."""
        if not self._active:
            return
        now = self._clock()
        if now < self._last_input:  # the clock was set back: count from now
            self._last_input = now
        if (now - self._last_input) * 1000 >= self._timeout_ms:
            self.stop()
            self.timed_out.emit()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()  # after a wake the app is activated first: lock before use

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _INPUT_EVENTS:
            now = self._clock()
            if (now - self._last_input) * 1000 >= self._timeout_ms:
                # the first touch after a long sleep locks (and goes nowhere)
                self.stop()
                self.timed_out.emit()
                return True
            self._last_input = now
        return False

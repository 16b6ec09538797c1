"""The daily backup while the app stays unlocked (issue 9, section 2).

One :class:`DailyBackups` lives for one unlocked session: the app controller
makes it at unlock and stops it at lock and quit. It is not part of the
Backups screen, which is built only when first shown (and again after every
lock), so a session that never opens that screen still gets its daily backup.

A one-second tick compares the clock with the time the next backup is due
(kept in memory: nothing is read from disk on a tick). The first check comes
a minute after unlock, so the first screen never waits for a backup. When it
is time, :func:`backups.daily_due` reads the backups' status file (another
backup — by hand, on the last lock — may have made one meanwhile) and, if a
backup is due, :func:`backups.back_up` runs on the task helper, marked as work
a lock waits for (the vault is never closed under it). Never two backups at
once: no daily one starts while another backup of the session runs (the
Backups screen registers its own work with :meth:`also_busy_when`), and the
screen's buttons wait while the daily one runs (``started``/``finished``).
A failed attempt is tried again an hour later (and reported in the status
file, as every backup failure is).

The clock is the wall clock in UTC (it counts the time a laptop sleeps, and
the backups' times are wall-clock times). Tests give their own (``now=``, the
way the idle lock takes ``clock=``), so a day passes without waiting for it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from dime_desktop.errors import DimeError
from dime_desktop.ui.common.tasks import Task
from dime_desktop.vault import backups

Now = Callable[[], datetime]  # an aware datetime (UTC)

#: How often the time is compared (in memory only).
CHECK_INTERVAL_MS = 1000
#: No backup in the first minute after unlock (the first screen comes first).
FIRST_CHECK_AFTER = timedelta(minutes=1)
#: A failed daily backup is tried again after this.
RETRY_AFTER = timedelta(hours=1)
DAILY = timedelta(hours=backups.DAILY_HOURS)


def utc_now() -> datetime:
    return datetime.now(UTC)


class DailyBackups(QObject):
    """Make the vault's daily backup while it stays unlocked (see the module)."""

    started = Signal()
    finished = Signal(object)  # the BackupRun, or the exception it raised

    def __init__(self, vault: Any, parent: QObject | None = None, *, now: Now | None = None):
        super().__init__(parent)
        self._vault = vault
        self.now: Now = now or utc_now
        self._next: datetime | None = None
        self._seen: datetime | None = None
        self._task: Task[Any] | None = None
        self._others: list[Callable[[], bool]] = []
        self._active = False
        self._tick = QTimer(self)
        self._tick.setInterval(CHECK_INTERVAL_MS)
        self._tick.setTimerType(Qt.TimerType.CoarseTimer)
        self._tick.timeout.connect(self.check)
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    @property
    def running(self) -> bool:
        """A daily backup is being made now."""
        return self._task is not None and self._task.running

    def is_active(self) -> bool:
        return self._active

    def also_busy_when(self, busy: Callable[[], bool]) -> None:
        """Another backup of this session may run (``busy()`` says when): no
        daily one starts meanwhile."""
        self._others.append(busy)

    def start(self) -> None:
        """Begin (at unlock): the first check a minute from now."""
        now = self.now()
        self._seen = now
        self._next = now + FIRST_CHECK_AFTER
        self._active = True
        self._tick.start()

    def stop(self) -> None:
        """End (at lock or quit): nothing new starts; a backup under way ends
        on its worker (the lock waits for it) and is not reported."""
        self._active = False
        self._tick.stop()

    def check(self) -> None:
        """Look at the clock now; starts the daily backup when one is due."""
        if not self._active or self.running or self._next is None:
            return
        now = self.now()
        if self._seen is not None and now < self._seen:  # the clock was set back
            self._next = min(self._next, now + FIRST_CHECK_AFTER)
        self._seen = now
        if now < self._next or any(busy() for busy in self._others):
            return
        vault = self._vault
        if vault is None or not getattr(vault, "is_open", False):
            return
        try:
            due = backups.daily_due(vault, now)
        except (OSError, DimeError):
            due = True  # an unreadable status file: a backup is the safe answer
        if not due:
            # made meanwhile (by hand, on a lock): a day after the newest one
            newest = None
            with contextlib.suppress(OSError, DimeError):
                newest = backups.last_verified(vault.path)
            soonest = now + FIRST_CHECK_AFTER
            self._next = max(newest + DAILY, soonest) if newest is not None else soonest
            return
        self._next = now + RETRY_AFTER  # until the backup says otherwise
        self._task = (
            Task(lambda: backups.back_up(vault, label="daily", now=now))
            .success(self._done)
            .failure(self._failed)
            .before_vault_closes()
        )
        self._task.run()
        self.started.emit()

    def _done(self, run: backups.BackupRun) -> None:
        self._task = None
        if run.made and not run.failures:
            self._next = max(b.made for b in run.made) + DAILY
        if self._active:
            self.finished.emit(run)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        if self._active:
            self.finished.emit(exc)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()  # after a wake: a day may have passed

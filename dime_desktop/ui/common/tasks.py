"""The one background-task helper (in the style of Anki's ``QueryOp``).

Slow work (the unlock KDF, creating a vault, imports, searches in a large
vault) runs on a ``QThreadPool`` worker; the result or the exception comes
back to the main thread through a queued signal, where the callbacks run.
``fn`` must never touch a widget.

    Task(lambda: Vault.unlock(path, passphrase)) \\
        .success(self._unlocked) \\
        .failure(self._failed) \\
        .with_progress(self, self.tr("Opening the vault…")) \\
        .run()

or ``run_task(parent, fn, success=..., failure=..., progress_label=...)``.

A task keeps itself alive (a module-level set of running tasks) until its
callbacks have run, so callers need not hold a reference.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

# Tasks between run() and the end of their callbacks; holds the Python
# objects (signals, runnable, dialog) so nothing is collected mid-flight.
_RUNNING: set[Task[Any]] = set()

# Tasks whose work must end before the vault may close (a key rotation): the
# lock's close waits for them on its worker (``wait_for_vault_work``).
_VAULT_WORK: set[Task[Any]] = set()
_VAULT_WORK_LOCK = threading.Lock()

# The progress dialog appears only when work takes longer than this.
PROGRESS_DELAY_MS = 300


class _Relay(QObject):
    """Lives on the main thread; the worker emits, Qt queues to here."""

    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Task owns it
        self._fn = fn
        self._relay = relay
        self.ended = threading.Event()  # set when fn has returned or raised

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered, never lost
            self.ended.set()
            self._relay.failed.emit(exc)
        else:
            self.ended.set()
            self._relay.finished.emit(result)


def _default_failure(exc: BaseException) -> None:
    raise exc


class Task(Generic[T]):
    """Run ``fn`` in the background; deliver its result or exception on the main thread."""

    def __init__(self, fn: Callable[[], T], *, pool: QThreadPool | None = None) -> None:
        self._fn = fn
        self._pool = pool or QThreadPool.globalInstance()
        self._on_success: Callable[[T], Any] = lambda _result: None
        self._on_failure: Callable[[BaseException], Any] = _default_failure
        self._progress_parent: QWidget | None = None
        self._progress_label = ""
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self._relay: _Relay | None = None
        self._runnable: _Runnable | None = None
        self._done = False

    # --- configuration (chainable) ----------------------------------------
    def success(self, callback: Callable[[T], Any]) -> Task[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> Task[T]:
        self._on_failure = callback
        return self

    def with_progress(self, parent: QWidget | None, label: str) -> Task[T]:
        """Show a busy indicator (window-modal) if the work takes a moment."""
        self._progress_parent = parent
        self._progress_label = label
        return self

    def before_vault_closes(self) -> Task[T]:
        """This task's work must end before the vault closes: a lock (or quit)
        that comes meanwhile waits for it on its own worker
        (:func:`wait_for_vault_work`) instead of closing the vault under it."""
        with _VAULT_WORK_LOCK:
            _VAULT_WORK.add(self)
        return self

    @property
    def running(self) -> bool:
        return self._relay is not None and not self._done

    def wait(self, timeout: float | None = None) -> bool:
        """Block until ``fn`` has returned or raised (True), or ``timeout``
        seconds passed (False). Only for the very end of the program (a quit
        that must not lose a backup): the callbacks run later, on the event
        loop, if there still is one."""
        runnable = self._runnable
        if runnable is None:
            return True
        return runnable.ended.wait(timeout)

    @property
    def work_done(self) -> bool:
        """``fn`` has returned or raised (its callbacks may still be queued)."""
        return self._runnable is not None and self._runnable.ended.is_set()

    # --- running ------------------------------------------------------------
    def run(self) -> Task[T]:
        if self._relay is not None:
            raise RuntimeError("a Task runs only once")
        relay = _Relay()
        # Queued: the slot runs on the relay's (main) thread even when the
        # worker emits before we return from here.
        relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._relay = relay
        if self._progress_label:
            self._timer = QTimer()
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_progress)
            self._timer.start(PROGRESS_DELAY_MS)
        _RUNNING.add(self)
        self._runnable = _Runnable(self._fn, relay)
        self._pool.start(self._runnable)
        return self

    def _show_progress(self) -> None:
        if self._done:
            return
        dialog = QProgressDialog(self._progress_parent)
        dialog.setLabelText(self._progress_label)
        dialog.setRange(0, 0)  # busy indicator: KDFs and queries have no steps
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAccessibleName(self._progress_label)
        dialog.setWindowTitle(self._progress_label)
        dialog.show()
        self._dialog = dialog

    def _cleanup(self) -> None:
        self._done = True
        if self._timer is not None:
            self._timer.stop()
            self._timer.deleteLater()
            self._timer = None
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None

    def _finished(self, result: Any) -> None:
        self._cleanup()
        try:
            self._on_success(result)
        finally:
            self._release()

    def _failed(self, exc: BaseException) -> None:
        self._cleanup()
        try:
            self._on_failure(exc)
        finally:
            self._release()

    def _release(self) -> None:
        if self._relay is not None:
            self._relay.deleteLater()
        _RUNNING.discard(self)
        with _VAULT_WORK_LOCK:
            _VAULT_WORK.discard(self)


def run_task(
    parent: QWidget | None,
    fn: Callable[[], T],
    *,
    success: Callable[[T], Any] | None = None,
    failure: Callable[[BaseException], Any] | None = None,
    progress_label: str = "",
) -> Task[T]:
    """Function form of :class:`Task`."""
    task: Task[T] = Task(fn)
    if success is not None:
        task.success(success)
    if failure is not None:
        task.failure(failure)
    if progress_label:
        task.with_progress(parent, progress_label)
    return task.run()


def running_tasks() -> int:
    """How many tasks have not yet delivered (for tests and for a clean quit)."""
    return len(_RUNNING)


def wait_for_vault_work(timeout: float | None = None) -> bool:
    """Block until the work of every task marked :meth:`Task.before_vault_closes`
    has ended (for the worker that closes the vault; never on the GUI thread
    while such work runs). False if ``timeout`` seconds passed first."""
    with _VAULT_WORK_LOCK:
        tasks = list(_VAULT_WORK)
    return all(task.wait(timeout) for task in tasks)

"""The app: ``dime-desktop [--demo] [--vault PATH] [--lang nb|en]``.

:class:`AppController` decides what is on screen: first run (no vault at the
path), the unlock screen, or the main window. Locking keeps unsaved forms, clears
and closes every window that could hold personal data, clears the clipboard
and the PRIMARY selection, closes the vault and leaves only the unlock
screen, centred, which says why it locked:

* ``"user"`` – Ctrl+L, File → Lock, the toolbar (the main window's ``lock_requested``);
* ``"idle"`` – no input for the settings' idle minutes (``ui/shell/idle.py``,
  counted by a clock that keeps going while the computer sleeps);
* ``"sleep"`` / ``"session"`` – the OS said the computer goes to sleep or the
  session was locked (``ui/shell/session_events.py``).

The vault folder is the one the app was started with (``--vault``, the
settings, the default) and stays so across locks; only a folder chosen in the
settings dialog or on the unlock screen replaces it.

``--lang`` sets the language of this session only; it is not stored
(``AppSettings.use_language_for_session``).

The keychain (when the adviser chose "remember on this device") is tried
only when the app starts – never after a lock, so a lock always needs the
passphrase.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import signal
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QToolBar, QToolTip, QWidget

from dime_desktop import APP_NAME, APP_ORG, __version__
from dime_desktop.demo.generator import DEMO_PASSPHRASE
from dime_desktop.memory import release_frozen, return_free_memory
from dime_desktop.paths import default_vault_path, translations_dir
from dime_desktop.ui.common.dialogs import bring_forward, forget_folder
from dime_desktop.ui.common.tasks import Task, wait_for_vault_work
from dime_desktop.ui.shell.first_run import FirstRunWidget
from dime_desktop.ui.shell.idle import Clock, IdleWatcher
from dime_desktop.ui.shell.session_events import SessionWatcher
from dime_desktop.ui.shell.settings import LANGUAGES, AppSettings
from dime_desktop.ui.shell.unlock import UnlockWidget

if TYPE_CHECKING:
    from dime_desktop.ui.backups.daily import DailyBackups, Now

# After a lock, when the closed windows have been deleted (deferred deletes).
RETURN_MEMORY_AFTER_LOCK_MS = 500
# After the first screen (unlock or first run) has been drawn.
PRELOAD_AFTER_MS = 100


def _preload_main_window() -> None:
    """Import the main window and its screens' code (no vault, no data; the
    screens built when first shown too), then
    move everything loaded so far out of the garbage collector's way
    (``gc.freeze``: modules, classes and functions live as long as the app);
    a full collection then takes ~8 ms instead of ~50 ms, a stall the list
    would otherwise show now and then while scrolling (issue 14)."""
    import gc

    import dime_desktop.ui.backups.backups_view
    import dime_desktop.ui.backups.daily
    import dime_desktop.ui.handover.handover_view
    import dime_desktop.ui.mediation.mediation_view
    import dime_desktop.ui.outreach.outreach_view
    import dime_desktop.ui.privacy.log_view
    import dime_desktop.ui.privacy.retention_view
    import dime_desktop.ui.shell.main_window
    import dime_desktop.ui.stats.statistics_view  # noqa: F401 (with reportlab: 0.4 s)

    gc.collect()
    gc.freeze()


def _after_lock_memory() -> None:
    release_frozen()
    return_free_memory()


DEMO_CASES = 400

LOCK_USER = "user"
LOCK_IDLE = "idle"
LOCK_SLEEP = "sleep"
LOCK_SESSION = "session"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load ``dime_<lang>.qm`` and Qt's own texts (file dialog, print dialog,
    standard buttons, edit menus) in ``language``; keep the result alive.

    Qt's own ``qtbase_<lang>.qm`` comes from PySide6's translations folder when
    the wheel ships it (it has none for bokmål, ``nb``); ours,
    ``i18n/qtbase_<lang>.qm``, is installed after it and wins where both have a
    text."""
    installed: list[QTranslator] = []
    QLocale.setDefault(
        QLocale(
            QLocale.Language.NorwegianBokmal if language == "nb" else QLocale.Language.English,
            QLocale.Country.Norway,
        )
    )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"qtbase_{language}", qt_dir),
        (f"qtbase_{language}", str(translations_dir())),
        (f"dime_{language}", str(translations_dir())),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def lock_reason_text(reason: str, idle_minutes: int) -> str:
    """What the unlock screen says about why the app locked."""
    if reason == LOCK_IDLE:
        if idle_minutes == 1:
            return QCoreApplication.translate("App", "Locked after 1 minute without use.")
        return QCoreApplication.translate("App", "Locked after {n} minutes without use.").format(
            n=idle_minutes
        )
    if reason == LOCK_SLEEP:
        return QCoreApplication.translate("App", "Locked because the computer went to sleep.")
    if reason == LOCK_SESSION:
        return QCoreApplication.translate("App", "Locked because the session was locked.")
    if reason == LOCK_USER:
        return QCoreApplication.translate("App", "Locked by you.")
    return ""


def centre_on_screen(widget: QWidget, near: QWidget | None = None) -> None:
    """Put a window in the middle of the screen (the one ``near`` is on)."""
    screen = (near.screen() if near is not None else None) or widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:
        return
    widget.adjustSize()
    frame = widget.frameGeometry()
    frame.moveCenter(screen.availableGeometry().center())
    widget.move(frame.topLeft())


def clear_clipboard() -> None:
    """Empty the clipboard and, where there is one (X11), the PRIMARY selection."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


class AppController(QObject):
    """Shows first run, unlock or the main window; locks on request, when idle,
    or when the OS says so."""

    state_changed = Signal(str)  # "first_run", "locked", "unlocked"

    def __init__(
        self,
        settings: AppSettings,
        vault_path: Path,
        *,
        kdf: Any = None,
        clock: Clock | None = None,
        now: Now | None = None,
        session_watcher: SessionWatcher | None = None,
        demo: bool = False,
        unlock_hint: str = "",
        explicit_path: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.vault_path = Path(vault_path)
        self._kdf = kdf
        self.demo = demo
        self._explicit_path = explicit_path
        self._unlock_hint = unlock_hint
        self._next_vault_path: Path | None = None
        self.vault: Any = None
        self.main_window: Any = None
        self.unlock_screen: UnlockWidget | None = None
        self.first_run: FirstRunWidget | None = None
        self.state = ""
        self.lock_reason = ""
        # the vault closing on a worker after a lock or quit (its backup), and
        # the error of the last backup on close, said after the next unlock
        self.closing_task: Task[Any] | None = None
        self._closing_backup = False
        self._close_error: BaseException | None = None
        self._quit_when_closed = False
        self._closing_starts = False
        self.closing_window: QWidget | None = None
        self._stopped = False
        self.idle = IdleWatcher(self._idle_timeout_ms(), self, clock=clock)
        self.idle.timed_out.connect(lambda: self.lock(LOCK_IDLE))
        # the daily backup of one unlocked session (made at unlock, stopped at lock)
        self._now = now
        self.daily_backups: DailyBackups | None = None
        self.session = session_watcher if session_watcher is not None else SessionWatcher(self)
        self.session.setParent(self)
        self.session.locked.connect(self.lock)

    # --- start ---------------------------------------------------------------------
    def start(self, *, try_keychain: bool = True) -> None:
        from dime_desktop.vault import Vault

        # The main window's code is loaded while the passphrase is typed (and
        # the key derived), not after the unlock (issue 14: a quarter of a
        # second of the first screen).
        QTimer.singleShot(PRELOAD_AFTER_MS, _preload_main_window)
        if Vault.exists(self.vault_path):
            if try_keychain and self.settings.remember_on_device:
                self._try_keychain()
            else:
                self.show_unlock()
        elif self.settings.vault_path == self.vault_path:
            # a vault was used here before and is gone (unplugged disk, moved folder)
            self.show_unlock()
            assert self.unlock_screen is not None
            self.unlock_screen.show_missing()
        else:
            self.show_first_run()

    def _try_keychain(self) -> None:
        from dime_desktop.vault import Vault

        path = self.vault_path
        self._set_state("locked")
        actor = self.settings.adviser_name
        Task(lambda: Vault.unlock_from_keychain(path, actor=actor)).success(
            self._from_keychain
        ).failure(self._keychain_failed).run()

    def _from_keychain(self, vault: Any) -> None:
        if vault is None:
            self.show_unlock()
        else:
            self.open_main_window(vault)

    def _keychain_failed(self, exc: BaseException) -> None:
        self.show_unlock()
        assert self.unlock_screen is not None
        self.unlock_screen.show_error(exc)

    # --- screens -------------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def show_first_run(self, path: Path | None = None) -> None:
        if path is not None:
            self.vault_path = Path(path)
        screen = FirstRunWidget(self.vault_path, language=self.settings.language, kdf=self._kdf)
        screen.finished.connect(self._created)
        previous = self.unlock_screen
        self.first_run = screen
        self.unlock_screen = None
        screen.show()
        centre_on_screen(screen, previous)
        if previous is not None:
            previous.stop_waiting()
            previous.close()
            previous.deleteLater()
        self._set_state("first_run")

    def _created(self, vault: Any) -> None:
        # the first vault of this computer becomes its default; a vault made
        # with --vault elsewhere does not replace the one the settings name
        if self.settings.vault_path is None or not self._explicit_path:
            self.settings.vault_path = self.vault_path
            self.settings.sync()
        self.open_main_window(vault)

    def show_unlock(self, reason: str = "") -> UnlockWidget:
        self.lock_reason = reason
        screen = UnlockWidget(
            self.vault_path,
            remember_default=self.settings.remember_on_device,
            kdf=self._kdf,
            hint=self._unlock_hint,
            reason=lock_reason_text(reason, self.settings.idle_minutes),
            adviser=self.settings.adviser_name,
        )
        screen.unlocked.connect(self.open_main_window)
        screen.create_requested.connect(self.show_first_run)
        screen.path_changed.connect(self._path_changed)
        screen.quit_requested.connect(self._quit_after_closing)
        if self.closing_task is not None or self._closing_starts:
            screen.set_closing(backup=self._closing_backup)
        old = self.unlock_screen
        self.unlock_screen = screen
        screen.show()
        centre_on_screen(screen, self.main_window or old)
        bring_forward(screen)
        screen.passphrase.setFocus()
        if old is not None:
            old.stop_waiting()
            old.close()
            old.deleteLater()
        self._set_state("locked")
        return screen

    def _path_changed(self, path: Path) -> None:
        from dime_desktop.vault import Vault

        self.vault_path = Path(path)
        if Vault.exists(self.vault_path):
            self.settings.vault_path = self.vault_path
            self.settings.sync()
        elif self.unlock_screen is not None:
            self.unlock_screen.show_missing()

    def open_main_window(self, vault: Any) -> None:
        from dime_desktop.ui.backups.daily import DailyBackups
        from dime_desktop.ui.shell.main_window import MainWindow

        self.vault = vault
        if self.unlock_screen is not None:
            self.settings.remember_on_device = self.unlock_screen.remember.isChecked()
            self.settings.adviser_name = self.unlock_screen.adviser_name()
        elif self.first_run is not None and self.settings.adviser_name:
            vault.actor = self.settings.adviser_name
        self._stop_daily_backups()
        self.daily_backups = DailyBackups(vault, now=self._now)
        window = MainWindow(vault, self.settings, kdf=self._kdf, daily_backups=self.daily_backups)
        if self.demo:
            add_demo_banner(window)
        window.lock_requested.connect(lambda: self.lock(LOCK_USER))
        window.settings_applied.connect(self.apply_settings)
        window.vault_path_chosen.connect(self._vault_path_chosen)
        window.closed.connect(self.quit)
        self.main_window = window
        window.show_on_screen()
        window.restore_unsaved_forms()
        window.show_first_screen()
        self._show_vault_notices(window, vault)
        # the screens before it go away only now (the app never has no window)
        for screen in (self.unlock_screen, self.first_run):
            if screen is not None:
                screen.close()
                screen.deleteLater()
        self.unlock_screen = None
        self.first_run = None
        self.idle.set_timeout_ms(self._idle_timeout_ms())
        self.idle.start()
        self.daily_backups.start()
        self._set_state("unlocked")

    def _stop_daily_backups(self) -> None:
        """No daily backup starts any more (one under way ends on its worker,
        and the vault's close waits for it)."""
        if self.daily_backups is not None:
            self.daily_backups.stop()
            self.daily_backups = None

    def _idle_timeout_ms(self) -> int:
        """The settings' minutes (read at each unlock and after the settings dialog)."""
        return IdleWatcher.minutes_to_ms(self.settings.idle_minutes)

    def apply_settings(self) -> None:
        """After the settings dialog: the new idle time counts from the last input."""
        self.idle.set_timeout_ms(self._idle_timeout_ms())

    def _vault_path_chosen(self, path: Path) -> None:
        if not self.demo:
            self._next_vault_path = Path(path)

    def _show_vault_notices(self, window: Any, vault: Any) -> None:
        """Once after an unlock: what the vault did on its own (``Vault.notices``)
        and a failed automatic backup (of the last lock, or of an earlier run
        as the backups' status file says)."""
        from dime_desktop.ui.common.error_text import error_text, notice_text
        from dime_desktop.ui.vault_care.dialogs import unseen_recovery_key
        from dime_desktop.vault import backups

        texts = [notice_text(n) for n in list(getattr(vault, "notices", []) or [])]
        if unseen_recovery_key(vault.path):
            texts.append(
                QCoreApplication.translate(
                    "App",
                    "The app locked while a new recovery key was on screen, before it was "
                    "marked as written down. The old recovery key no longer works: make a new "
                    "one now (Tools → New recovery key) and write it down.",
                )
            )
        failure = ""
        with contextlib.suppress(Exception):
            failure = backups.last_failure(vault.path)
        error, self._close_error = self._close_error, None
        if failure or error is not None:
            detail = (
                "\n" + error_text(error)
                if error is not None
                else QCoreApplication.translate(
                    "App", "Open Backups and choose Back up now to make one."
                )
            )
            texts.append(
                QCoreApplication.translate(
                    "App", "The last automatic backup failed; the earlier backups were kept."
                )
                + " "
                + detail
            )
        if texts:
            window.show_vault_notices(texts)

    # --- lock ------------------------------------------------------------------------
    def lock(self, reason: str = LOCK_USER) -> None:
        """At once: the lock screen, every other window hidden, unsaved forms
        kept, everything personal cleared and closed. Then the vault closes
        (its backup) on a worker while the lock screen says so; an unlock
        typed meanwhile waits for it. Ctrl+L, the idle lock and the OS's
        sleep/session lock all come here."""
        if self.state != "unlocked":
            return
        self.idle.stop()
        self._stop_daily_backups()
        window = self.main_window
        vault = self.vault
        if window is not None:
            for signal_ in (window.closed, window.lock_requested):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal_.disconnect()
            with contextlib.suppress(Exception):
                window.remember_place()
        if self._next_vault_path is not None:
            self.vault_path, self._next_vault_path = self._next_vault_path, None
        backup = False
        if vault is not None:
            from dime_desktop.vault import backups

            with contextlib.suppress(Exception):
                backup = bool(backups.due_on_close(vault))
        self._closing_backup = backup
        # the unlock screen first (so hiding the rest never quits the app), then
        # nothing personal stays on screen, whatever comes after
        if vault is not None:
            self._closing_starts = True  # the new lock screen says so from the start
        try:
            screen = self.show_unlock(reason)
        finally:
            self._closing_starts = False
        QToolTip.hideText()
        for widget in QApplication.topLevelWidgets():
            if widget is not screen and not screen.isAncestorOf(widget) and widget.isVisible():
                widget.hide()
        if window is not None:
            for method in (window.save_unsaved_forms, window.clear_personal_data):
                try:
                    method()
                except Exception as exc:  # the lock must happen anyway
                    print(
                        f"dime-desktop: {method.__name__} failed on lock: {type(exc).__name__}",
                        file=sys.stderr,
                    )
        clear_clipboard()
        forget_folder()  # the next file dialog starts in Documents, not in a client's folder
        for widget in QApplication.topLevelWidgets():
            if widget is screen or screen.isAncestorOf(widget):
                continue
            if widget.isVisible() or widget is window:
                widget.close()
            if widget.parent() is None and widget is not screen:
                widget.hide()
                widget.deleteLater()
        self.main_window = None
        self.vault = None
        if vault is not None:
            self._close_vault(vault)
        # once the closed windows are deleted: what a long list froze out of
        # the collector is collected, and the freed page cache and widgets go
        # back to the system before the next unlock's key derivation (issue 14)
        QTimer.singleShot(RETURN_MEMORY_AFTER_LOCK_MS, _after_lock_memory)

    def _close_vault(self, vault: Any) -> None:
        """Close ``vault`` (and make its backup) on a worker."""

        def work() -> BaseException | None:
            wait_for_vault_work()  # a key rotation under way ends first
            vault.close()
            error: BaseException | None = vault.last_backup_error
            return error

        task: Task[BaseException | None] = Task(work)
        self.closing_task = task
        task.success(lambda error: self._vault_closed(task, error)).failure(
            lambda exc: self._vault_closed(task, exc)
        ).run()

    def _vault_closed(self, task: Task[Any], error: BaseException | None) -> None:
        if self._stopped or task is not self.closing_task:
            return  # the program ended meanwhile (shutdown waited for it)
        self.closing_task = None
        if error is not None:
            self._close_error = error
        screen = self.unlock_screen
        if screen is not None:
            screen.closing_finished(error, backup=self._closing_backup)
        if self._quit_when_closed:
            self._finish_quit()

    def _quit_after_closing(self) -> None:
        """The lock screen was closed while the backup runs: quit after it."""
        if self._stopped:
            return
        self._quit_when_closed = True
        if self.unlock_screen is not None:
            self.unlock_screen.show_quitting()
        if self.closing_task is None:
            self._finish_quit()

    def quit(self) -> None:
        """The main window was closed (File → Quit, Ctrl+Q, the window's close
        button): unsaved forms kept, then the vault closes (its backup) on a
        worker while a small window says so; the program ends after it."""
        if self.state == "quit":
            return
        self.idle.stop()
        self._stop_daily_backups()
        window, self.main_window = self.main_window, None
        if window is not None:
            with contextlib.suppress(Exception):
                window.save_unsaved_forms()
        vault, self.vault = self.vault, None
        if vault is not None and getattr(vault, "is_open", False):
            from dime_desktop.vault import backups

            backup = False
            with contextlib.suppress(Exception):
                backup = bool(backups.due_on_close(vault))
            self._quit_when_closed = True
            self.closing_window = ClosingWindow(backup=backup)
            self.closing_window.show()
            centre_on_screen(self.closing_window, window)
            self._close_vault(vault)
            return
        if self.closing_task is not None:
            self._quit_after_closing()
            return
        self._finish_quit()

    def _finish_quit(self) -> None:
        self.shutdown()
        self._set_state("quit")
        QCoreApplication.quit()

    def shutdown(self) -> None:
        """On quit: unsaved forms kept, vault closed; a backup under way is
        waited for (the program must not end in the middle of it)."""
        self.idle.stop()
        self._stop_daily_backups()
        if self.main_window is not None:
            with contextlib.suppress(Exception):
                self.main_window.save_unsaved_forms()
        if self.first_run is not None:
            self.first_run.discard()
        if self.unlock_screen is not None:
            self.unlock_screen.stop_waiting()
            self.unlock_screen.discard()
        task = self.closing_task
        if task is not None and not task.work_done:
            print("dime-desktop: waiting for the backup of the vault to finish…", file=sys.stderr)
            task.wait()
        if self.vault is not None:
            wait_for_vault_work()  # a key rotation under way ends first
            self.vault.close()
            self.vault = None
        self._stopped = True
        self.closing_task = None
        if self.closing_window is not None:
            self.closing_window.hide()
            self.closing_window.deleteLater()
            self.closing_window = None


class ClosingWindow(QWidget):
    """Says that DiMe Desktop ends when the vault's backup is done (after Quit)."""

    def __init__(self, *, backup: bool) -> None:
        super().__init__()
        from PySide6.QtWidgets import QProgressBar, QVBoxLayout

        self.setObjectName("Closing")
        self.setWindowTitle(QCoreApplication.translate("App", "Closing"))
        text = (
            QCoreApplication.translate(
                "App", "A backup of the vault is being made; DiMe Desktop closes when it is done."
            )
            if backup
            else QCoreApplication.translate("App", "Closing the vault…")
        )
        self.note = QLabel(text)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(QCoreApplication.translate("App", "Closing"))
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setAccessibleName(QCoreApplication.translate("App", "Backup under way"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(bar)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def closeEvent(self, event: Any) -> None:
        event.ignore()  # the program ends by itself when the backup is done


def add_demo_banner(window: QWidget) -> None:
    """A yellow strip saying the data are synthetic."""
    banner = QLabel(QCoreApplication.translate("App", "Demo – synthetic data"))
    banner.setObjectName("demoBanner")
    banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
    banner.setStyleSheet(
        "QLabel#demoBanner { background: #fff3b0; color: #3d3200;"
        " padding: 4px; font-weight: bold; }"
    )
    banner.setAccessibleName(QCoreApplication.translate("App", "Demo – synthetic data"))
    add_tool_bar = getattr(window, "addToolBar", None)
    if add_tool_bar is not None:
        bar = QToolBar(QCoreApplication.translate("App", "Demo"))
        bar.setObjectName("demoBar")
        bar.setMovable(False)
        bar.addWidget(banner)
        banner.setSizePolicy(
            banner.sizePolicy().Policy.Expanding, banner.sizePolicy().Policy.Preferred
        )
        add_tool_bar(Qt.ToolBarArea.TopToolBarArea, bar)


def make_demo_vault(count: int = DEMO_CASES, *, kdf: Any = None) -> tuple[Any, Path]:
    """A throwaway vault with synthetic cases in a temp folder; (vault, folder)."""
    from dime_desktop.demo.generator import create_demo_vault
    from dime_desktop.vault import Vault

    folder = Path(tempfile.mkdtemp(prefix="dime-demo-"))
    path = folder / "vault"
    try:
        result = create_demo_vault(path, DEMO_PASSPHRASE, count, kdf=kdf)
        vault = getattr(result, "vault", result)
        if vault is None or not hasattr(vault, "close"):
            vault = Vault.unlock(path, DEMO_PASSPHRASE)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return vault, folder


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dime-desktop", description=APP_NAME)
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway vault with synthetic cases"
    )
    parser.add_argument(
        "--vault", type=Path, help="the vault folder (default: settings or the user data folder)"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="user interface language (nb or en)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # for scripts/package.sh: show the first screen, say which, and quit
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def make_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    QCoreApplication.setOrganizationName(APP_ORG)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(list(argv))
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    return app


@dataclass
class RunningApp:
    """What :func:`start_app` set up; :meth:`stop` takes it down again."""

    controller: AppController
    translators: list[QTranslator]
    demo_folder: Path | None = None

    def stop(self) -> None:
        """Drafts saved, vault closed, windows gone, translators removed, demo deleted."""
        self.controller.shutdown()
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        self.translators = []
        if self.demo_folder is not None:
            shutil.rmtree(self.demo_folder, ignore_errors=True)
            self.demo_folder = None


def start_app(
    argv: Sequence[str],
    settings: AppSettings | None = None,
    *,
    kdf: Any = None,
    clock: Clock | None = None,
    now: Now | None = None,
    session_watcher: SessionWatcher | None = None,
) -> RunningApp:
    """Everything ``dime-desktop ARGS`` does before the event loop: translators,
    the controller, the first screen. ``main()`` and the journey tests both start
    the app here (``kdf`` lets tests make cheap vaults on the first-run screen;
    ``clock`` (the idle lock's), ``now`` (the daily backup's) and
    ``session_watcher`` let them move time on and send the OS's sleep and
    lock signals)."""
    args = parse_args(argv)
    app = make_application([sys.argv[0]])
    forget_folder()  # a new session's file dialogs start in Documents
    settings = settings if settings is not None else AppSettings()
    settings.use_language_for_session(args.lang)  # this session only; not stored
    translators = install_translators(app, settings.language)
    common: dict[str, Any] = {
        "kdf": kdf,
        "clock": clock,
        "now": now,
        "session_watcher": session_watcher,
    }
    if args.demo:
        vault, demo_folder = make_demo_vault(kdf=kdf)
        controller = AppController(
            settings,
            vault.path,
            demo=True,
            explicit_path=True,
            unlock_hint=QCoreApplication.translate("App", "Demo passphrase: {passphrase}").format(
                passphrase=DEMO_PASSPHRASE
            ),
            **common,
        )
        running = RunningApp(controller, translators, demo_folder)
        controller.open_main_window(vault)
        return running
    path = args.vault or settings.vault_path or default_vault_path()
    controller = AppController(settings, path, explicit_path=args.vault is not None, **common)
    controller.start()
    return RunningApp(controller, translators)


def smoke_test_report(running: RunningApp) -> str:
    """One line naming the first screen (for scripts/package.sh)."""
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    titles = ", ".join(sorted(w.objectName() or type(w).__name__ for w in shown))
    return f"smoke test: {running.controller.state or 'starting'}; windows: {titles}"


def main(argv: Sequence[str] | None = None) -> int:
    from dime_desktop.hardening import harden_process

    harden_process()  # before any passphrase is typed or key unwrapped
    from dime_desktop.ui.shell.crash_log import enable_crash_log

    enable_crash_log()  # a crash says where (core dumps are off)
    args = sys.argv[1:] if argv is None else list(argv)
    running = start_app(args)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.aboutToQuit.connect(running.controller.shutdown)
    # Ctrl+C / SIGTERM quit cleanly (unsaved forms kept, vault closed, demo removed);
    # the timer lets Python's signal handlers run inside Qt's event loop.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_args: app.quit())
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(500)
    if parse_args(args).smoke_test:

        def report() -> None:
            print(smoke_test_report(running), flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    try:
        return app.exec()
    finally:
        running.stop()


if __name__ == "__main__":
    sys.exit(main())

"""The app: ``dime-desktop [--demo] [--vault PATH] [--lang nb|en]``.

:class:`AppController` decides what is on screen: first run (no vault at the
path), the unlock screen, or the main window. Locking (Ctrl+L / toolbar, the
main window's ``lock_requested``; or the idle timer) saves drafts, clears
and closes every window that could hold personal data, closes the vault and
leaves only the unlock screen.

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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QToolBar, QToolTip, QWidget

from dime_desktop import APP_NAME, APP_ORG, __version__
from dime_desktop.demo.generator import DEMO_PASSPHRASE
from dime_desktop.paths import default_vault_path, translations_dir
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.shell.first_run import FirstRunWidget
from dime_desktop.ui.shell.idle import IdleWatcher
from dime_desktop.ui.shell.settings import LANGUAGES, AppSettings
from dime_desktop.ui.shell.unlock import UnlockWidget

DEMO_CASES = 400

MainWindowFactory = Callable[[Any, AppSettings], QWidget]


def default_main_window(vault: Any, settings: AppSettings) -> QWidget:
    from dime_desktop.ui.shell.main_window import MainWindow

    window: QWidget = MainWindow(vault, settings)
    return window


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load ``dime_<lang>.qm`` and Qt's own ``qtbase_<lang>.qm``; keep the result alive."""
    installed: list[QTranslator] = []
    QLocale.setDefault(
        QLocale(
            QLocale.Language.NorwegianBokmal if language == "nb" else QLocale.Language.English,
            QLocale.Country.Norway,
        )
    )
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"dime_{language}", str(translations_dir())),
        (f"qtbase_{language}", qt_dir),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class AppController(QObject):
    """Shows first run, unlock or the main window; locks on request or when idle."""

    state_changed = Signal(str)  # "first_run", "locked", "unlocked"

    def __init__(
        self,
        settings: AppSettings,
        vault_path: Path,
        *,
        kdf: Any = None,
        idle_timeout_ms: int | None = None,
        main_window_factory: MainWindowFactory | None = None,
        demo: bool = False,
        unlock_hint: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.vault_path = Path(vault_path)
        self._kdf = kdf
        self._factory = main_window_factory or default_main_window
        self.demo = demo
        self._unlock_hint = unlock_hint
        self.vault: Any = None
        self.main_window: Any = None
        self.unlock_screen: UnlockWidget | None = None
        self.first_run: FirstRunWidget | None = None
        self.state = ""
        self._idle_override = idle_timeout_ms
        self.idle = IdleWatcher(self._idle_timeout_ms(), self)
        self.idle.timed_out.connect(self.lock)

    # --- start ---------------------------------------------------------------------
    def start(self, *, try_keychain: bool = True) -> None:
        from dime_desktop.vault import Vault

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
        Task(lambda: Vault.unlock_from_keychain(path)).success(self._from_keychain).failure(
            self._keychain_failed
        ).run()

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
        if previous is not None:
            previous.close()
            previous.deleteLater()
        self._set_state("first_run")

    def _created(self, vault: Any) -> None:
        self.settings.vault_path = self.vault_path
        self.settings.sync()
        self.open_main_window(vault)

    def show_unlock(self) -> UnlockWidget:
        screen = UnlockWidget(
            self.vault_path,
            remember_default=self.settings.remember_on_device,
            kdf=self._kdf,
            hint=self._unlock_hint,
        )
        screen.unlocked.connect(self.open_main_window)
        screen.create_requested.connect(self.show_first_run)
        screen.path_changed.connect(self._path_changed)
        old = self.unlock_screen
        self.unlock_screen = screen
        screen.show()
        screen.activateWindow()
        screen.passphrase.setFocus()
        if old is not None:
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
        self.vault = vault
        if self.unlock_screen is not None:
            self.settings.remember_on_device = self.unlock_screen.remember.isChecked()
        window = self._factory(vault, self.settings)
        if self.demo:
            add_demo_banner(window)
        lock_requested = getattr(window, "lock_requested", None)
        if lock_requested is not None:
            lock_requested.connect(self.lock)
        self.main_window = window
        window.show()
        restore = getattr(window, "restore_drafts", None)
        if restore is not None:
            restore()
        # the screens before it go away only now (the app never has no window)
        for screen in (self.unlock_screen, self.first_run):
            if screen is not None:
                screen.close()
                screen.deleteLater()
        self.unlock_screen = None
        self.first_run = None
        self.idle.set_timeout_ms(self._idle_timeout_ms())
        self.idle.start()
        self._set_state("unlocked")

    def _idle_timeout_ms(self) -> int:
        """The injected timeout (tests) or the settings' minutes (read at each unlock)."""
        if self._idle_override is not None:
            return self._idle_override
        return IdleWatcher.minutes_to_ms(self.settings.idle_minutes)

    def apply_settings(self) -> None:
        """After the settings dialog: a new idle time counts from now."""
        self.idle.set_timeout_ms(self._idle_timeout_ms())

    # --- lock ------------------------------------------------------------------------
    def lock(self) -> None:
        """Save drafts, clear and close everything personal, close the vault."""
        if self.state != "unlocked":
            return
        self.idle.stop()
        window = self.main_window
        if window is not None:
            for method in ("save_drafts", "clear_personal_data"):
                fn = getattr(window, method, None)
                if fn is not None:
                    try:
                        fn()
                    except Exception as exc:  # the lock must happen anyway
                        print(
                            f"dime-desktop: {method} failed on lock: {type(exc).__name__}",
                            file=sys.stderr,
                        )
        if self.settings.vault_path is not None and not self.demo:
            self.vault_path = self.settings.vault_path  # changed in the settings dialog
        # the unlock screen first, so closing the rest never quits the app
        screen = self.show_unlock()
        QToolTip.hideText()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        for widget in QApplication.topLevelWidgets():
            if widget is screen or screen.isAncestorOf(widget):
                continue
            if widget.isVisible() or widget is window:
                widget.close()
            if widget.parent() is None and widget is not screen:
                widget.hide()
                widget.deleteLater()
        self.main_window = None
        if self.vault is not None:
            try:
                self.vault.close()
            finally:
                self.vault = None

    def shutdown(self) -> None:
        """On quit: drafts saved, vault closed."""
        self.idle.stop()
        if self.main_window is not None:
            fn = getattr(self.main_window, "save_drafts", None)
            if fn is not None:
                with contextlib.suppress(Exception):
                    fn()
        if self.first_run is not None:
            self.first_run.discard()
        if self.unlock_screen is not None:
            self.unlock_screen.discard()
        if self.vault is not None:
            self.vault.close()
            self.vault = None


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
    title = window.windowTitle()
    window.setWindowTitle(f"{title} – {banner.text()}" if title else banner.text())


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
    argv: Sequence[str], settings: AppSettings | None = None, *, kdf: Any = None
) -> RunningApp:
    """Everything ``dime-desktop ARGS`` does before the event loop: translators,
    the controller, the first screen. ``main()`` and the journey tests both start
    the app here (``kdf`` lets tests make cheap vaults on the first-run screen)."""
    args = parse_args(argv)
    app = make_application([sys.argv[0]])
    settings = settings if settings is not None else AppSettings()
    language = args.lang or settings.language
    translators = install_translators(app, language)
    if args.demo:
        vault, demo_folder = make_demo_vault(kdf=kdf)
        controller = AppController(
            settings,
            vault.path,
            kdf=kdf,
            demo=True,
            unlock_hint=QCoreApplication.translate("App", "Demo passphrase: {passphrase}").format(
                passphrase=DEMO_PASSPHRASE
            ),
        )
        running = RunningApp(controller, translators, demo_folder)
        controller.open_main_window(vault)
        return running
    path = args.vault or settings.vault_path or default_vault_path()
    controller = AppController(settings, path, kdf=kdf)
    controller.start()
    return RunningApp(controller, translators)


def main(argv: Sequence[str] | None = None) -> int:
    from dime_desktop.hardening import harden_process

    harden_process()  # before any passphrase is typed or key unwrapped
    running = start_app(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.aboutToQuit.connect(running.controller.shutdown)
    # Ctrl+C / SIGTERM quit cleanly (drafts saved, vault closed, demo removed);
    # the timer lets Python's signal handlers run inside Qt's event loop.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_args: app.quit())
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(500)
    try:
        return app.exec()
    finally:
        running.stop()


if __name__ == "__main__":
    sys.exit(main())

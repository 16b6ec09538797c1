#!/usr/bin/env python3
"""Take a screenshot of every screen of DiMe Desktop, in nb and en.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR
    # or under Xvfb:  Xvfb :99 & DISPLAY=:99 QT_QPA_PLATFORM=xcb ... scripts/screenshots.py OUT_DIR

Uses throwaway vaults in a temp folder (the demo vault's synthetic cases, fast
KDF), so no real data ever appears. The app is started as ``dime-desktop --vault
PATH --lang LANG`` (``start_app``), unlocked, and every screen of the navigation,
an open case on each tab, the evidence viewer, a draft, a new case's intake, a
mediation record on each step, every dialog of the menus and the lock are shot
as the whole 1366×768 screen (every visible window where it is).
Files: ``OUT_DIR/<lang>/<nn>-<screen>.png`` and the first-run/unlock states
``OUT_DIR/first-run/<lang>/<nn>-<state>.png``.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DIME_VAULT", None)

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from dime_desktop import errors  # noqa: E402
from dime_desktop.ui.shell.app import DEMO_PASSPHRASE, install_translators, make_application  # noqa: E402
from dime_desktop.ui.shell.settings import AppSettings  # noqa: E402

PASSPHRASE = "korrekt hest batteri stift 2019"


def fast_kdf() -> Any:
    from dime_desktop.vault.kdf import KdfParams

    return KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)


class Shooter:
    def __init__(self, out: Path, lang: str, work: Path) -> None:
        self.out = out / lang
        self.out.mkdir(parents=True, exist_ok=True)
        self.lang = lang
        self.work = work
        self.n = 0
        self.settings = AppSettings(
            QSettings(str(work / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
        )
        self.settings.language = lang
        self._demo: Any = None

    def shoot(self, name: str, widget: QWidget, size: tuple[int, int] | None = None) -> None:
        if size is not None:
            widget.resize(*size)
        else:
            widget.adjustSize()
        widget.show()
        for _ in range(5):
            QApplication.processEvents()
        self.n += 1
        path = self.out / f"{self.n:02d}-{name}.png"
        widget.grab().save(str(path))
        print(f"  {path.relative_to(self.out.parent)}")

    def close(self, widget: QWidget) -> None:
        widget.close()
        widget.deleteLater()
        QApplication.processEvents()


def shell_screens(s: Shooter) -> None:
    from dime_desktop.ui.shell.first_run import FirstRunWidget
    from dime_desktop.ui.shell.settings import SettingsDialog
    from dime_desktop.ui.shell.unlock import UnlockWidget
    from dime_desktop.vault import Vault

    size = (640, 560)
    new_path = s.work / f"new-{s.lang}"
    first = FirstRunWidget(new_path, language=s.lang, kdf=fast_kdf())
    s.shoot("first-run", first, size)
    first.pair.first.setText("kort")
    s.shoot("first-run-refused", first, size)
    first.pair.first.setText("blå fjord under grønn himmel 42")
    first.pair.second.setText("blå fjord under grønn")
    s.shoot("first-run-mismatch", first, size)
    first.pair.second.setText("blå fjord under grønn himmel 42")
    s.shoot("first-run-ok", first, size)
    created = Vault.create(new_path, "blå fjord under grønn himmel 42", kdf=fast_kdf())
    first._created(created)
    s.shoot("first-run-recovery-key", first, size)
    first.confirm.setChecked(True)
    s.shoot("first-run-recovery-key-confirmed", first, size)
    first.discard()
    s.close(first)

    locked_path = new_path
    unlock = UnlockWidget(locked_path, kdf=fast_kdf())
    s.shoot("unlock", unlock, size)
    unlock.passphrase.setText("feil")
    unlock.show_error(errors.WrongPassphrase("wrong", locked_path))
    s.shoot("unlock-wrong-passphrase", unlock, size)
    unlock.show_error(errors.VaultDamaged("damaged", locked_path / "vault.db"))
    s.shoot("unlock-damaged", unlock, size)
    unlock.show_error(errors.VaultMissing("missing", s.work / "borte"))
    s.shoot("unlock-missing", unlock, size)
    unlock.show_recovery()
    s.shoot("unlock-recovery-key", unlock, size)
    unlock.recovery_key.setText("AAAA-BBBB")
    unlock.show_error(errors.WrongRecoveryKey("wrong", locked_path))
    s.shoot("unlock-recovery-key-wrong", unlock, size)
    unlock.clear_message()
    unlock.pages.setCurrentIndex(2)
    unlock.new_pair.first.setText("ny passordfrase som er lang nok")
    s.shoot("unlock-new-passphrase", unlock, size)
    s.close(unlock)

    demo_unlock = UnlockWidget(
        locked_path,
        hint=QCoreApplication.translate("App", "Demo passphrase: {passphrase}").format(
            passphrase=DEMO_PASSPHRASE
        ),
    )
    s.shoot("unlock-demo", demo_unlock, size)
    s.close(demo_unlock)

    dialog = SettingsDialog(s.settings, locked_path)
    s.shoot("settings", dialog)
    s.close(dialog)


# --- the running app, as a person meets it ----------------------------------------

SCREEN = (1366, 768)


def settle(ms: int = 250, *, timeout_ms: int = 20_000) -> None:
    """Let the app paint and finish its background work (at least ``ms``)."""
    from dime_desktop.ui.common.tasks import running_tasks

    start = time.monotonic()
    while True:
        QApplication.processEvents()
        waited = (time.monotonic() - start) * 1000
        if waited >= ms and running_tasks() == 0:
            return
        if waited >= timeout_ms:
            print(f"  (still busy after {timeout_ms} ms)")
            return
        time.sleep(0.02)


def wait_until(condition: Callable[[], bool], timeout_ms: int = 20_000) -> bool:
    start = time.monotonic()
    while not condition():
        QApplication.processEvents()
        if (time.monotonic() - start) * 1000 > timeout_ms:
            return False
        time.sleep(0.02)
    return True


def slug(text: str) -> str:
    text = re.sub(r"&(.)", r"\1", text).strip().rstrip(".…:").lower()
    text = text.translate(str.maketrans("æøåé", "eoae"))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


class ScreenShooter:
    """Screenshots of the whole screen (1366×768) as a person sees it: every
    visible window painted where it is, the active one on top."""

    def __init__(self, out: Path, lang: str) -> None:
        self.out = out / lang
        self.out.mkdir(parents=True, exist_ok=True)
        self.n = 0
        self.files: list[Path] = []

    def shoot(self, name: str) -> Path:
        settle()
        screen = QPixmap(*SCREEN)
        screen.fill(QColor("#4a5560"))
        painter = QPainter(screen)
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
        active = QApplication.activeModalWidget() or QApplication.activeWindow()
        windows.sort(key=lambda w: (w is active, isinstance(w, QDialog) or w.isModal()))
        for window in windows:
            if type(window).__name__ in ("QMenu", "QToolTip", "QTipLabel"):
                continue
            painter.drawPixmap(window.geometry().topLeft(), window.grab())
        painter.end()
        self.n += 1
        path = self.out / f"{self.n:02d}-{name}.png"
        screen.save(str(path))
        self.files.append(path)
        print(f"  {path.relative_to(self.out.parent)}")
        return path


def _new_windows(before: set[int]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]


def _close_new(before: set[int]) -> None:
    for w in _new_windows(before):
        if isinstance(w, QDialog):
            w.reject()
        w.close()
    settle(50)


def app_screens(out: Path, lang: str, work: Path) -> None:
    """Start the real app on a demo vault (``start_app``, as ``dime-desktop
    --vault PATH --lang LANG``), unlock it, and shoot every screen of the
    navigation, an open case on each of its tabs, the evidence viewer, a
    draft, a new case's intake, a mediation record on each of its steps, the
    dialogs of the menus, and the lock."""
    from dime_desktop.demo.generator import create_demo_vault
    from dime_desktop.ui.shell.app import start_app

    shots = ScreenShooter(out, lang)
    path = work / f"demo-{lang}" / "vault"
    create_demo_vault(path, DEMO_PASSPHRASE, 400, kdf=fast_kdf()).vault.close()
    settings = AppSettings(QSettings(str(work / f"app-{lang}.ini"), QSettings.Format.IniFormat))
    settings.discreet_default = False  # the names are made up; screens show them
    settings.adviser_name = "Jonas Testrud"
    running = start_app(["--vault", str(path), "--lang", lang], settings, kdf=fast_kdf())
    try:
        _drive(running, shots)
    finally:
        running.stop()
        settle(50)


def _drive(running: Any, shots: ScreenShooter) -> None:
    from PySide6.QtWidgets import QMenuBar, QTabWidget

    controller = running.controller
    unlock = controller.unlock_screen
    unlock.move(SCREEN[0] // 2 - unlock.width() // 2, SCREEN[1] // 2 - unlock.height() // 2)
    shots.shoot("unlock")
    unlock.passphrase.setText(DEMO_PASSPHRASE)
    unlock.unlock()
    if not wait_until(lambda: controller.state == "unlocked"):
        raise RuntimeError("the demo vault did not unlock")
    window = controller.main_window
    window.setGeometry(0, 0, *SCREEN)
    settle(400)
    shots.shoot("first-screen")

    # every screen of the navigation
    nav = window.navigation
    titles = [nav.item(i).text() for i in range(nav.count())]
    for row, title in enumerate(titles):
        nav.setCurrentRow(row)
        settle(400)
        shots.shoot(f"screen-{slug(title)}")
        if row == 0:
            window.set_discreet(True)
            shots.shoot(f"screen-{slug(title)}-discreet")
            window.set_discreet(False)
    nav.setCurrentRow(0)

    # an open case (the one with evidence and drafts), on each of its tabs
    vault = controller.vault
    case = next(
        (c for c in vault.cases.iter_cases() if c.id and vault.evidence.list_for_case(c.id)),
        None,
    )
    if case is not None and case.id is not None:
        form = window.open_case(case.id)
        settle(300)
        if form is not None:
            for i in range(form.tabs.count()):
                form.tabs.setCurrentIndex(i)
                shots.shoot(f"case-tab-{i + 1}-{slug(form.tabs.tabText(i))}")
            _evidence_and_draft(form, shots)
            form.tabs.setCurrentIndex(0)

    # a new case: the intake conversation
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    new = window.new_case()
    settle(300)
    intake = getattr(new, "intake_panel", None)
    if intake is not None:
        new.tabs.setCurrentWidget(intake)
        shots.shoot("new-case-intake")
    new.tabs.setCurrentIndex(0)
    shots.shoot("new-case")
    _close_new(before)

    # mediation records: an agreement and one under way, each step
    records = list(vault.mediation.iter_records())
    chosen = [r for r in records if r.terms and r.is_closed][:1]
    chosen += [r for r in records if not r.is_closed][:1]
    for record in chosen:
        screen = window.mediation_view.open_case(record.case_id)
        settle(300)
        if screen is None:
            continue
        tabs = screen.findChild(QTabWidget)
        tabs = getattr(screen, "tabs", tabs)
        state = "closed" if record.is_closed else "open"
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            shots.shoot(f"mediation-{state}-{i + 1}-{slug(tabs.tabText(i))}")

    # the dialogs of the menus: whatever an item opens (with the case in front,
    # so that the items about one case are enabled too)
    if case is not None and case.id is not None:
        form = window.open_case(case.id)
        settle(200)
    bar = window.findChild(QMenuBar)
    for top in bar.actions():
        menu = top.menu()
        if menu is None:
            continue
        for action in menu.actions():
            text = action.text()
            dialog_item = text.endswith("…") or menu is bar.actions()[-1].menu()  # Help
            if not dialog_item or not action.isEnabled() or action.menu() is not None:
                continue
            before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
            action.trigger()
            settle(400)
            opened = _new_windows(before)
            for w in opened:
                if w.x() < 0 or w.y() < 0 or w.x() + w.width() > SCREEN[0]:
                    w.move(
                        max(0, (SCREEN[0] - w.width()) // 2), max(0, (SCREEN[1] - w.height()) // 2)
                    )
            if opened:
                shots.shoot(f"menu-{slug(top.text())}-{slug(text)}")
            _close_new(before)
            if controller.state != "unlocked":
                return

    # the lock, and the unlock screen that says why
    controller.lock("user")
    settle(300)
    screen = controller.unlock_screen
    screen.move(SCREEN[0] // 2 - screen.width() // 2, SCREEN[1] // 2 - screen.height() // 2)
    shots.shoot("locked")


def _evidence_and_draft(form: Any, shots: ScreenShooter) -> None:
    for panel in getattr(form, "extra_tabs", []):
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        form.tabs.setCurrentWidget(panel)
        settle(200)
        table = getattr(panel, "table", None)
        if table is None or table.model() is None or table.model().rowCount() == 0:
            continue
        table.selectRow(0)
        settle(100)
        name = type(panel).__name__
        if hasattr(panel, "view_selected"):
            shots.shoot("case-evidence-selected")
            viewer = panel.view_selected()
            settle(400)
            if viewer is not None:
                viewer.move(260, 60)
                shots.shoot("evidence-viewer")
        elif hasattr(panel, "open_selected"):
            editor = panel.open_selected()
            settle(400)
            if editor is not None:
                editor.setGeometry(120, 20, 1100, 740)
                shots.shoot("draft-editor")
        else:
            print(f"  (no viewer for {name})")
        _close_new(before)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--lang", choices=["nb", "en"], action="append")
    args = parser.parse_args(argv)
    app = make_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="dime-shots-") as tmp:
        for lang in args.lang or ["nb", "en"]:
            print(f"{lang}:")
            translators = install_translators(app, lang)
            shooter = Shooter(args.out / "first-run", lang, Path(tmp))
            shell_screens(shooter)
            for translator in translators:
                app.removeTranslator(translator)
            app_screens(args.out, lang, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())

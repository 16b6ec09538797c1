#!/usr/bin/env python3
"""Take a screenshot of every screen of DiMe Desktop, in nb and en.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR
    # or under Xvfb:  Xvfb :99 & DISPLAY=:99 QT_QPA_PLATFORM=xcb ... scripts/screenshots.py OUT_DIR

Uses throwaway vaults in a temp folder (synthetic demo cases, fast KDF), so no
real data ever appears. Screens that are not written yet are skipped with a note.
Files: ``OUT_DIR/<lang>/<nn>-<screen>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("DIME_VAULT", None)

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

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

    def demo_vault(self) -> Any:
        if self._demo is None or not self._demo.is_open:
            from dime_desktop.demo.generator import create_demo_vault
            from dime_desktop.vault import Vault

            path = self.work / f"demo-{self.lang}"
            if Vault.exists(path):
                self._demo = Vault.unlock(path, PASSPHRASE)
            else:
                self._demo = create_demo_vault(path, PASSPHRASE, 120, kdf=fast_kdf()).vault
        return self._demo

    def optional(self, name: str, make: Callable[[], None]) -> None:
        try:
            make()
        except ImportError as exc:
            print(f"  skipped {name}: not written yet ({exc.name})")
        except Exception:
            print(f"  FAILED {name}:")
            traceback.print_exc()


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


def app_screens(s: Shooter) -> None:
    def main_window() -> None:
        from dime_desktop.ui.shell.app import add_demo_banner
        from dime_desktop.ui.shell.main_window import MainWindow

        vault = s.demo_vault()
        for discreet in (True, False):
            s.settings.discreet_default = discreet
            window = MainWindow(vault, s.settings)
            setter = getattr(window, "set_discreet", None)
            if setter is not None:
                setter(discreet)
            s.shoot(
                "main-window-discreet" if discreet else "main-window-names", window, (1200, 760)
            )
            window.clear_personal_data()
            s.close(window)
        s.settings.discreet_default = True
        window = MainWindow(vault, s.settings)
        add_demo_banner(window)
        s.shoot("main-window-demo", window, (1200, 760))
        window.clear_personal_data()
        s.close(window)

    def case_form() -> None:
        from dime_desktop.ui.cases.case_form import CaseForm

        vault = s.demo_vault()
        form = CaseForm(vault, s.settings)
        s.shoot("case-form-new", form, (900, 800))
        s.close(form)
        rows = vault.cases.list_rows(limit=1)
        if rows:
            case = vault.cases.get(rows[0].reference)
            form = CaseForm(vault, s.settings)
            loader = getattr(form, "load_case", None) or getattr(form, "load", None)
            if loader is not None:
                loader(case)
                s.shoot("case-form-existing", form, (900, 800))
            s.close(form)

    def view(view_class: Callable[..., QWidget], name: str) -> Callable[[], None]:
        def make() -> None:
            widget = view_class(s.demo_vault(), s.settings)
            s.shoot(name, widget, (1000, 720))
            s.close(widget)

        return make

    s.optional("main window", main_window)
    s.optional("case form", case_form)
    from dime_desktop.ui.outreach.outreach_view import OutreachView
    from dime_desktop.ui.stats.statistics_view import StatisticsView

    s.optional("statistics", view(StatisticsView, "statistics"))
    s.optional("outreach", view(OutreachView, "outreach"))
    s.optional("intake panel", view("intake_panel", "IntakePanel", "intake-panel"))


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
            shooter = Shooter(args.out, lang, Path(tmp))
            shell_screens(shooter)
            app_screens(shooter)
            if shooter._demo is not None:
                shooter._demo.close()
            for translator in translators:
                app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())

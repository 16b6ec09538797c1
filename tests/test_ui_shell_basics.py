"""The shell's building blocks: task helper, error texts, settings, idle watcher."""

from __future__ import annotations

import inspect
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt, QThread
from PySide6.QtWidgets import QLineEdit, QWidget

from dime_desktop import errors
from dime_desktop.ui.common.error_text import error_text, passphrase_reason_text
from dime_desktop.ui.common.tasks import Task, run_task, running_tasks
from dime_desktop.ui.shell.idle import IdleWatcher
from dime_desktop.ui.shell.settings import AppSettings, SettingsDialog
from tests.journeys.person import Clock

pytestmark = pytest.mark.gui


# --- task helper -------------------------------------------------------------


def test_task_success_runs_fn_off_main_thread_and_callback_on_main(qtbot: Any) -> None:
    seen: dict[str, Any] = {}
    main = threading.get_ident()

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["callback_on_gui_thread"] = (
            QThread.currentThread() is QCoreApplication.instance().thread()
        )  # type: ignore[union-attr]

    Task(work).success(done).run()
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] != main
    assert seen["callback_on_gui_thread"] is True
    qtbot.waitUntil(lambda: running_tasks() == 0)


def test_task_failure_delivers_the_exception_on_main_thread(qtbot: Any) -> None:
    caught: list[BaseException] = []
    threads: list[bool] = []

    def boom() -> None:
        raise errors.WrongPassphrase("nope", Path("/x"))

    def failed(exc: BaseException) -> None:
        threads.append(threading.current_thread() is threading.main_thread())
        caught.append(exc)

    run_task(None, boom, success=lambda _r: pytest.fail("no success"), failure=failed)
    qtbot.waitUntil(lambda: bool(caught))
    assert isinstance(caught[0], errors.WrongPassphrase)
    assert threads == [True]


def test_task_with_progress_shows_busy_dialog_for_slow_work(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    gate = threading.Event()
    results: list[str] = []
    task = Task(lambda: gate.wait(10) and "ok").success(results.append)
    task.with_progress(parent, "Arbeider…").run()
    from PySide6.QtWidgets import QProgressDialog

    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QProgressDialog) and w.isVisible()
            for w in parent.findChildren(QProgressDialog)
        )
    )
    assert task.running
    gate.set()
    qtbot.waitUntil(lambda: results == ["ok"])
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in parent.findChildren(QProgressDialog)))
    assert not task.running


def test_task_runs_only_once(qtbot: Any) -> None:
    out: list[int] = []
    task = Task(lambda: 1).success(out.append).run()
    with pytest.raises(RuntimeError):
        task.run()
    qtbot.waitUntil(lambda: out == [1])


# --- error texts -------------------------------------------------------------


def _all_subclasses(cls: type) -> list[type]:
    result = []
    for sub in cls.__subclasses__():
        result.append(sub)
        result.extend(_all_subclasses(sub))
    return result


def _instance(cls: type) -> BaseException:
    """Build an instance of any DimeError subclass with plausible arguments."""
    samples: dict[str, Any] = {
        "message": "english core text",
        "path": Path("/tmp/hvelv"),
        "reasons": ["too_short", "mismatch"],
        "reference": "DH-2024-007",
        "problems": [errors.FieldProblem("opened", "invalid_date", "32.13.2024")],
        "file": Path("/tmp/register.csv"),
        "entry": "areas.json#3",
        "problem": "broken",
        "found": 9,
        "supported": 1,
        "activity_id": 3,
        "value": 0,
        "minimum": 1,
        "maximum": 10,
        "stage": "ready",
    }
    if cls is errors.ImportFailed:
        return errors.ImportFailed(
            Path("/tmp/register.csv"),
            [errors.ImportProblem(3, "status", "Ferdig?", "unknown value")],
        )
    params = [
        p
        for p in inspect.signature(cls.__init__).parameters.values()
        if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]
    kwargs = {p.name: samples[p.name] for p in params if p.default is p.empty or p.name in samples}
    return cls(**kwargs)  # type: ignore[no-any-return]


GENERIC = error_text(RuntimeError("x"))


@pytest.mark.parametrize("cls", _all_subclasses(errors.DimeError), ids=lambda c: c.__name__)
def test_every_dime_error_has_its_own_text(cls: type, qapp: Any) -> None:
    exc = _instance(cls)
    text = error_text(exc)
    assert text.strip()
    assert text != GENERIC
    assert "english core text" not in text, "core English text must not leak"
    assert "Traceback" not in text


def test_error_texts_are_distinct_per_class(qapp: Any) -> None:
    texts = {cls.__name__: error_text(_instance(cls)) for cls in _all_subclasses(errors.DimeError)}
    assert len(set(texts.values())) == len(texts), texts


def test_import_failed_lists_every_problem(qapp: Any) -> None:
    problems = [errors.ImportProblem(i, "area", f"x{i}", "unknown value") for i in range(2, 6)]
    text = error_text(errors.ImportFailed(Path("/tmp/gammelt.csv"), problems))
    assert "gammelt.csv" in text
    for i in range(2, 6):
        assert f"x{i}" in text
    assert "Fix these 4 problems in the file" in text  # no "problem(s)"
    one = error_text(errors.ImportFailed(Path("/tmp/gammelt.csv"), problems[:1]))
    assert "Fix this problem in the file" in one and "(s)" not in one


def test_passphrase_rejected_names_each_reason(qapp: Any) -> None:
    text = error_text(errors.PassphraseRejected("m", ["too_short", "too_common", "mismatch"]))
    for code in ("too_short", "too_common", "mismatch"):
        assert passphrase_reason_text(code) in text


def test_damaged_vault_points_to_backups_and_not_to_starting_over(qapp: Any) -> None:
    text = error_text(errors.VaultDamaged("m", Path("/data/hvelv")))
    assert "backups" in text
    assert "/data/hvelv" in text


def test_unexpected_exception_gets_calm_generic_text(qapp: Any) -> None:
    text = error_text(KeyError("secret internal detail"))
    assert "secret internal detail" not in text
    assert text


# --- settings -----------------------------------------------------------------


def test_settings_round_trip(tmp_path: Path, qapp: Any) -> None:
    ini = tmp_path / "settings.ini"
    settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    assert settings.language == "nb"
    assert settings.idle_minutes == 5
    assert settings.discreet_default is True
    assert settings.vault_path is None
    assert settings.suppression_threshold == 3
    settings.language = "en"
    settings.idle_minutes = 12
    settings.discreet_default = False
    settings.vault_path = tmp_path / "hvelv æøå"
    settings.suppression_threshold = 5
    settings.sync()
    again = AppSettings.from_file(ini)
    assert again.language == "en"
    assert again.idle_minutes == 12
    assert again.discreet_default is False
    assert again.vault_path == tmp_path / "hvelv æøå"
    assert again.suppression_threshold == 5
    with pytest.raises(ValueError):
        again.language = "de"


def test_settings_tolerate_garbage(tmp_path: Path, qapp: Any) -> None:
    ini = tmp_path / "s.ini"
    ini.write_text("[ui]\nlanguage=xx\n[security]\nidle_minutes=banana\ndiscreet_default=maybe\n")
    settings = AppSettings.from_file(ini)
    assert settings.language == "nb"
    assert settings.idle_minutes == 5
    assert settings.discreet_default is True


def test_settings_dialog_applies(tmp_path: Path, qtbot: Any) -> None:
    settings = AppSettings.from_file(tmp_path / "s.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.idle.setValue(9)
    dialog.discreet.setChecked(False)
    dialog.vault_path.setText(str(tmp_path / "annet"))
    dialog.accept()
    assert settings.language == "en"
    assert settings.idle_minutes == 9
    assert settings.discreet_default is False
    assert settings.vault_path == tmp_path / "annet"
    for widget in dialog.findChildren(QLineEdit):
        if widget.objectName() != "qt_spinbox_lineedit":
            assert widget.accessibleName()


# --- idle watcher --------------------------------------------------------------


def _watcher(qtbot: Any, minutes: int) -> tuple[IdleWatcher, Clock, list[bool]]:
    clock = Clock()
    watcher = IdleWatcher(IdleWatcher.minutes_to_ms(minutes), clock=clock)
    fired: list[bool] = []
    watcher.timed_out.connect(lambda: fired.append(True))
    watcher.start()
    return watcher, clock, fired


def test_idle_watcher_times_out_after_the_minutes_on_its_clock(qtbot: Any) -> None:
    watcher, clock, fired = _watcher(qtbot, 5)
    clock.advance(minutes=4, seconds=59)
    watcher.check()
    assert fired == [] and watcher.is_active()
    assert watcher.remaining_ms() == 1000
    clock.advance(seconds=1)
    # the watcher's own one-second tick notices, no call needed
    with qtbot.waitSignal(watcher.timed_out, timeout=5000):
        pass
    assert not watcher.is_active()


def test_idle_watcher_input_restarts_the_count(qtbot: Any) -> None:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    watcher, clock, fired = _watcher(qtbot, 5)
    clock.advance(minutes=4)
    qtbot.keyClicks(widget, "a")
    clock.advance(minutes=4)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    clock.advance(minutes=4)
    watcher.check()
    assert fired == []
    clock.advance(minutes=1)
    watcher.check()
    assert fired == [True]
    assert not watcher.is_active()


def test_first_input_after_a_long_sleep_locks_and_goes_nowhere(qtbot: Any) -> None:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    widget.setFocus()
    _, clock, fired = _watcher(qtbot, 5)
    clock.advance(minutes=90)  # the lid was closed; no tick ran meanwhile
    qtbot.keyClicks(widget, "x")
    assert fired == [True]
    assert widget.text() == ""


def test_a_clock_set_back_restarts_the_count_instead_of_never_locking(qtbot: Any) -> None:
    watcher, clock, fired = _watcher(qtbot, 5)
    clock.advance(minutes=-60)
    watcher.check()
    assert fired == []
    clock.advance(minutes=5)
    watcher.check()
    assert fired == [True]


def test_a_new_timeout_counts_from_the_last_input(qtbot: Any) -> None:
    watcher, clock, fired = _watcher(qtbot, 10)
    clock.advance(minutes=3)
    watcher.set_timeout_ms(IdleWatcher.minutes_to_ms(2))  # the settings dialog
    assert fired == [True]


def test_the_idle_clock_counts_the_time_asleep() -> None:
    import time

    from dime_desktop.ui.shell.idle import wall_clock

    if hasattr(time, "CLOCK_BOOTTIME"):  # Linux: counts suspend, never jumps
        assert abs(wall_clock() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 1
    else:
        assert abs(wall_clock() - time.time()) < 1


def test_lang_for_the_session_is_not_stored(tmp_path: Path, qapp: Any) -> None:
    ini = tmp_path / "s.ini"
    settings = AppSettings.from_file(ini)
    settings.use_language_for_session("en")
    assert settings.language == "en"  # what every screen and document reads
    assert settings.stored_language == "nb"
    settings.sync()
    assert AppSettings.from_file(ini).language == "nb"
    with pytest.raises(ValueError):
        settings.use_language_for_session("de")


def test_settings_dialog_shows_and_sets_the_stored_language_and_the_threshold(
    tmp_path: Path, qtbot: Any
) -> None:
    settings = AppSettings.from_file(tmp_path / "s.ini")
    settings.use_language_for_session("en")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "nb"  # the computer's language, not --lang
    dialog.threshold.setValue(6)
    with qtbot.waitSignal(dialog.applied):
        dialog.accept()
    assert settings.suppression_threshold == 6
    assert settings.stored_language == "nb"


def test_qt_has_no_bokmal_texts_so_the_app_brings_its_own(qapp: Any) -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from dime_desktop.paths import translations_dir

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = QTranslator()
    assert ours.load("qtbase_nb", str(translations_dir())), "run scripts/setup.sh"
    assert ours.translate("QPlatformTheme", "Cancel") == "Avbryt"
    assert ours.translate("QFileDialog", "File &name:") == "Fil&navn:"
    if (qt_dir / "qtbase_nb.qm").exists():  # a Qt that ships bokmål: ours still wins
        pytest.skip("this Qt ships qtbase_nb.qm")
    assert (qt_dir / "qtbase_da.qm").exists()  # the folder is the one we think it is


def test_a_lock_empties_the_primary_selection_on_a_real_x11_display(tmp_path: Path) -> None:
    """The offscreen platform has no PRIMARY selection; X11 has (xvfb-run)."""
    import shutil
    import subprocess
    import sys

    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.skip("xvfb-run is not installed (scripts/setup.sh installs it)")
    script = tmp_path / "primary.py"
    script.write_text(
        "from PySide6.QtGui import QClipboard\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from dime_desktop.ui.shell.app import clear_clipboard\n"
        "board = app.clipboard()\n"
        "assert board.supportsSelection()\n"
        "board.setText('Åse Markørsen', QClipboard.Mode.Selection)\n"
        "board.setText('Åse Markørsen', QClipboard.Mode.Clipboard)\n"
        "app.processEvents()\n"
        "assert board.text(QClipboard.Mode.Selection) == 'Åse Markørsen'\n"
        "clear_clipboard()\n"
        "app.processEvents()\n"
        "print(repr(board.text(QClipboard.Mode.Selection)), repr(board.text()))\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in __import__("os").environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    done = subprocess.run(
        [xvfb_run, "-a", sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "'' ''"

"""Journeys: one person's real errand, from the app's real entry, by keys and clicks.

* ``launch("--vault", str(path), "--lang", "en")`` starts the app exactly as
  ``dime-desktop ARGS`` does (``ui.shell.app.start_app``) on a settings file of
  its own; the only thing a test changes is the cost of the key derivation of
  vaults made on the first-run screen (``fast_kdf``), never a timeout or a screen.
* ``person`` finds widgets by accessible name or visible text and uses them
  (``tests/journeys/person.py``); a journey never calls a form's methods.
* Everything the app started is stopped after the test (vault closed, windows
  gone, translators removed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.journeys.person import Clock, DayClock, Person

pytestmark = pytest.mark.gui


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "journeys" in item.path.parts:
            item.add_marker(pytest.mark.gui)
            # the offscreen platform says this whenever a window's minimum size
            # changes, a window is raised or a menu opens (it has no window manager)
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    r"This plugin does not support "
                    r"(propagateSizeHints\(\)|raise\(\)|grabbing the (keyboard|mouse))"
                )
            )


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    """A fresh settings file (as on a computer where the app never ran)."""
    return tmp_path / "settings" / "DiMe Desktop.ini"


@pytest.fixture
def app_settings(settings_path: Path) -> Any:
    from dime_desktop.ui.shell.settings import AppSettings

    settings_path.parent.mkdir(parents=True, exist_ok=True)
    return AppSettings.from_file(settings_path)


@pytest.fixture
def person(qtbot: Any) -> Person:
    return Person(qtbot)


@pytest.fixture
def clock() -> Clock:
    """The clock of the app's idle lock: time passes only when a test says so
    (``clock.advance(minutes=5)``), so the settings' minutes are really tested."""
    return Clock()


@pytest.fixture
def day_clock() -> DayClock:
    """The app's wall clock for the daily backup: real time, and a day more
    whenever a test says so (``day_clock.advance(hours=25)``)."""
    return DayClock()


@pytest.fixture
def launch(
    qtbot: Any, app_settings: Any, fast_kdf: Any, clock: Clock, day_clock: DayClock
) -> Iterator[Callable[..., Any]]:
    """``launch(*argv, settings=None, **start_app_options)`` → the running app (``RunningApp``)."""
    from dime_desktop.ui.shell.app import start_app

    running: list[Any] = []

    def start(*argv: str, settings: Any = None, **options: Any) -> Any:
        options.setdefault("clock", clock)
        options.setdefault("now", day_clock)
        app = start_app(
            list(argv),
            settings if settings is not None else app_settings,
            kdf=fast_kdf,
            **options,
        )
        running.append(app)
        return app

    yield start
    for app in reversed(running):
        app.stop()


@pytest.fixture
def existing_vault(tmp_path: Path, passphrase: str, fast_kdf: Any) -> Path:
    """A vault made earlier on this computer (closed), for journeys that start at unlock."""
    from dime_desktop.vault import Vault

    path = tmp_path / "vault"
    Vault.create(path, passphrase, kdf=fast_kdf).vault.close()
    return path

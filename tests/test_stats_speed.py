"""Issue 14: a year's counts are cached until the vault changes (any write,
through any repository), and the statistics screen counts a large year on the
worker thread without showing a stale year; real encrypted vaults."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case, CaseGround, Mediation
from dime_desktop.demo.generator import generate_demo_cases


def _case(year: int, **kw: Any) -> Case:
    return Case(opened=date(year, 3, 1), area="work", grounds=[CaseGround("age")], **kw)


def test_a_year_is_counted_again_after_any_write(vault: Any) -> None:
    stats = vault.statistics
    vault.cases.add_many([_case(2020) for _ in range(3)])
    first = stats.year_counts(2020)
    assert first.cases == 3 and first.by_ground == {"age": 3}
    first.by_ground["age"] = 99  # the caller's copy, not the cache
    again = stats.year_counts(2020)
    assert again.by_ground == {"age": 3}
    saved = vault.cases.add(_case(2020, mediation=Mediation(referred=True)))
    after_add = stats.year_counts(2020)
    assert after_add.cases == 4 and after_add.mediation.referred == 1
    saved.grounds = [CaseGround("religion"), CaseGround("age")]
    saved.incident_types = ["harassment", "hate_speech"]
    saved = vault.cases.update(saved)
    after_update = stats.year_counts(2020)
    assert after_update.by_ground_combination == {"age": 3, "age+religion": 1}
    assert after_update.by_incident_type == {"harassment": 1, "hate_speech": 1}
    assert after_update.unrecorded["by_incident_type"] == 3
    vault.cases.delete(saved.id)
    assert stats.year_counts(2020).cases == 3
    # a write through another repository counts too (here: only the settings)
    stamp_before = stats._cache[2020][0]
    vault.settings.set("x", "y")
    stats.year_counts(2020)
    assert stats._cache[2020][0] != stamp_before


def test_a_write_by_another_connection_is_seen(tmp_path: Path) -> None:
    import os

    from dime_desktop.storage.cases import CaseRepository
    from dime_desktop.storage.database import Database
    from dime_desktop.storage.statistics import StatisticsQueries

    path, key = tmp_path / "v.db", os.urandom(32)
    Database.create(path, key).close()
    a, b = Database.open(path, key), Database.open(path, key)
    try:
        stats = StatisticsQueries(a)
        assert stats.year_counts(2021).cases == 0
        CaseRepository(b).add(_case(2021))
        assert stats.year_counts(2021).cases == 1  # data_version changed
    finally:
        a.close()
        b.close()


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    from dime_desktop.ui.shell.settings import AppSettings

    s = AppSettings.from_file(tmp_path / "settings.ini")
    s.language = "en"
    return s


@pytest.mark.gui
def test_a_large_year_is_counted_on_the_worker(
    qtbot: Any, vault: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dime_desktop.ui.common.tasks import running_tasks
    from dime_desktop.ui.stats import statistics_view
    from dime_desktop.ui.stats.statistics_view import StatisticsView

    vault.cases.add_many(generate_demo_cases(120, seed=5, years=(2019, 2020)))
    monkeypatch.setattr(statistics_view, "SYNC_CASES", 10)  # every year is "large" here
    view = StatisticsView(vault, settings)
    qtbot.addWidget(view)
    assert view.summary_label.text() == "Counting…"  # newest year, on the worker
    assert running_tasks() > 0
    qtbot.waitUntil(lambda: view.stats is not None)
    assert view.stats.year == 2020 and view.table_list.count() > 0
    expected = vault.statistics.year_counts(2019).cases
    view.load_year(2019)
    view.load_year(2020)  # a newer choice before the first arrives
    view.load_year(2019)
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert view.stats.year == 2019 and view.stats.current.cases == expected
    assert view.current_year() == 2019
    view.load_year(2020)
    view.clear()  # a lock while counting: nothing comes back afterwards
    qtbot.waitUntil(lambda: running_tasks() == 0)
    assert view.stats is None and view.table_list.count() == 0

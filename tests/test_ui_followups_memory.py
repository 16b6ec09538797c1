"""Issue 14: a long "What is due" list, read on the worker, is frozen out of
the garbage collector's full walks once shown (memory.py), so a full
collection while the list is scrolled does not walk it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from dime_desktop.cases import Case, FollowUp

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _thawed() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_a_long_due_list_is_out_of_the_collectors_walks(
    qtbot: Any, vault: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from dime_desktop.ui.followups import due_view
    from dime_desktop.ui.shell.settings import AppSettings

    today = date(2026, 12, 1)
    vault.cases.add_many(
        [
            Case(
                opened=date(2026, 11, 1),
                area="work",
                follow_ups=[FollowUp(today - timedelta(days=n % 5), f"ring {n}")],
            )
            for n in range(12)
        ]
    )
    monkeypatch.setattr(due_view, "SYNC_ROWS", 5)  # 12 is "long": read on the worker
    view = due_view.DueView(
        vault, AppSettings.from_file(tmp_path / "settings.ini"), today=lambda: today
    )
    qtbot.addWidget(view)
    view.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() == 12)
    item = view.model.item(0)
    walked = {id(o) for o in gc.get_objects()}
    assert id(item) not in walked
    assert gc.get_freeze_count() > 0

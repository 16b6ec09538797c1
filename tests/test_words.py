"""English counts in words (issue 8: never "case(s)")."""

from __future__ import annotations

from dime_desktop.words import counted


def test_one_and_many() -> None:
    assert counted(1, "case") == "1 case"
    assert counted(0, "case") == "0 cases"
    assert counted(120, "case") == "120 cases"
    assert counted(1, "journal entry", "journal entries") == "1 journal entry"
    assert counted(2, "journal entry", "journal entries") == "2 journal entries"

"""Importing registers into a real encrypted vault: all or nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import CaseFilter
from dime_desktop.errors import ImportFailed, InputFileError
from dime_desktop.importing import import_register

DATA = Path(__file__).parent / "data"


def test_import_stores_every_case(vault: Any) -> None:
    report = import_register(vault, DATA / "register_comma.csv")
    assert report.read == 3 and report.added == 3 and report.skipped == []
    assert vault.cases.count() == 3
    stored = vault.cases.get("DH-2019-002")
    assert stored.area == "housing"
    assert stored.ground_codes() == ["ethnicity"]
    assert stored.grounds[0].perceived and not stored.grounds[0].assessed
    assert stored.mediation.referred and stored.mediation.outcome == "agreement"
    assert stored.closed == date(2019, 3, 20)
    # the row without a reference got one of its year
    refs = {c.reference for c in vault.cases.iter_cases(CaseFilter(year=2019))}
    assert len(refs) == 3 and all(r.startswith("DH-2019-") for r in refs)


def test_bad_file_stores_nothing(vault: Any) -> None:
    import_register(vault, DATA / "register_semicolon_bom.csv")
    before = vault.cases.count()
    with pytest.raises(ImportFailed) as info:
        import_register(vault, DATA / "register_bad.csv")
    assert len(info.value.problems) == 10
    assert vault.cases.count() == before == 2


def test_unreadable_file_stores_nothing(vault: Any) -> None:
    with pytest.raises(InputFileError):
        import_register(vault, DATA / "register_latin1.csv")
    assert vault.cases.count() == 0


def test_reference_already_in_vault_is_an_error_naming_the_lines(vault: Any) -> None:
    import_register(vault, DATA / "register_semicolon_bom.csv")  # DH-2018-010, -011
    path = Path(vault.path).parent / "again.csv"
    path.write_text(
        "reference,opened,area\n"
        "DH-2018-012,2018-12-05,work\n"
        "DH-2018-011,2018-12-01,work\n"
        "DH-2018-010,2018-11-05,work\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportFailed) as info:
        import_register(vault, path)
    assert [(p.line, p.column, p.value) for p in info.value.problems] == [
        (3, "reference", "DH-2018-011"),
        (4, "reference", "DH-2018-010"),
    ]
    assert "already in the vault" in str(info.value)
    assert vault.cases.count() == 2  # DH-2018-012 was not stored either

    report = import_register(vault, path, skip_existing=True)
    assert report.added == 1
    assert sorted(report.skipped) == ["DH-2018-010", "DH-2018-011"]
    assert vault.cases.count() == 3
    assert vault.cases.get("DH-2018-012").area == "work"
    assert vault.cases.get("DH-2018-010").area == "nightlife"  # not overwritten

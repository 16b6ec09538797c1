"""Statistics of a vault of known composition: every count, the JSON shape,
combinations, year boundaries, the previous-year column, exports, the PDF."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case, CaseGround, Client, Mediation
from dime_desktop.outreach.model import OutreachActivity
from dime_desktop.stats.export import export_rows, to_csv, to_xlsx, write_export
from dime_desktop.stats.tables import build_tables, publish_all, year_statistics


def _case(
    opened: str,
    area: str,
    grounds: list[str],
    channel: str | None = "phone",
    incidents: list[str] | None = None,
    track: str = "civil",
    mediation: Mediation | None = None,
    client: Client | None = None,
) -> Case:
    return Case(
        opened=date.fromisoformat(opened),
        area=area,
        channel=channel,
        grounds=[CaseGround(g) for g in grounds],
        incident_types=incidents or [],
        track=track,
        mediation=mediation or Mediation(),
        client=client,
        summary="Personal summary that must never reach the statistics",
    )


KNOWN_CASES = [
    # 2018: the previous year
    _case("2018-02-01", "work", ["ethnicity"], incidents=["harassment"]),
    _case("2018-06-01", "work", ["ethnicity"], incidents=["harassment"]),
    _case("2018-12-31", "housing", ["religion"], incidents=["harassment"]),
    # 2019
    _case(
        "2019-01-01",
        "work",
        ["ethnicity", "religion"],
        "phone",
        ["direct_discrimination", "harassment"],
        "civil",
        Mediation(True, "goods_services", "agreement"),
        Client(name="Kari Nordmann", consent_to_store=True),
    ),
    _case("2019-03-05", "work", ["ethnicity"], "email", ["direct_discrimination"]),
    _case(
        "2019-04-10",
        "housing",
        ["religion", "ethnicity"],
        "phone",
        ["harassment"],
        "criminal",
        Mediation(True, None, None),
    ),
    _case(
        "2019-05-20", "housing", ["sexual_orientation"], "drop_in", ["hate_speech"], "criminal"
    ),  # anonymous contact: no client
    _case(
        "2019-12-31",
        "online",
        ["sexual_orientation", "gender_identity"],
        None,
        [],
        "unclear",
        Mediation(True, "online", "resolved_before_meeting"),
    ),
    _case("2019-07-07", "nightlife", [], "phone", ["other"]),
    _case("2019-08-01", "work", ["ethnicity"], "email", ["direct_discrimination"]),
    _case("2019-09-01", "work", ["ethnicity"], "email", ["direct_discrimination"]),
    # 2020
    _case("2020-01-01", "housing", ["age"], "phone", ["harassment"]),
]

EXPECTED_2019: dict[str, Any] = {
    "year": 2019,
    "cases": 8,
    "by_area": {"work": 4, "housing": 2, "nightlife": 1, "online": 1},
    "by_ground": {"ethnicity": 5, "religion": 2, "sexual_orientation": 2, "gender_identity": 1},
    "by_ground_combination": {
        "ethnicity": 3,
        "sexual_orientation": 1,
        "ethnicity+religion": 2,
        "gender_identity+sexual_orientation": 1,
    },
    "by_channel": {"phone": 3, "email": 3, "drop_in": 1},
    "by_incident_type": {
        "direct_discrimination": 4,
        "harassment": 2,
        "hate_speech": 1,
        "other": 1,
    },
    "by_track": {"civil": 5, "criminal": 2, "unclear": 1},
    "mediation": {
        "referred": 3,
        "by_area": {"housing": 1, "goods_services": 1, "online": 1},
        "by_ground": {
            "ethnicity": 2,
            "religion": 2,
            "sexual_orientation": 1,
            "gender_identity": 1,
        },
        "by_ground_combination": {"ethnicity+religion": 2, "gender_identity+sexual_orientation": 1},
        "outcomes": {"resolved_before_meeting": 1, "agreement": 1},
        # referrals without a mediation record: read off their outcomes
        "stages": {"talk_held": 2, "ready": 1, "meeting_held": 1, "agreement": 1},
    },
}


@pytest.fixture
def svault(vault: Any) -> Any:
    """The real encrypted vault on disk (fixture ``vault`` of tests/conftest.py)."""
    return vault


@pytest.fixture
def known(svault: Any) -> Any:
    svault.cases.add_many(KNOWN_CASES)
    svault.outreach.add(
        OutreachActivity(
            date(2019, 6, 25), "course", "Hvordan gjenkjenne diskriminering", "Pride Oslo", 15, True
        )
    )
    svault.outreach.add(
        OutreachActivity(
            date(2019, 9, 3), "talk", "Innlegg om hatkriminalitet", "CP-foreningen", 50
        )
    )
    svault.outreach.add(OutreachActivity(date(2020, 1, 2), "stand", "Stand", "Melafestivalen"))
    return svault


def test_every_count_of_2019(known: Any) -> None:
    assert known.statistics.year_counts(2019).to_json() == EXPECTED_2019


def test_json_key_order_is_reference_order(known: Any) -> None:
    got = known.statistics.year_counts(2019).to_json()
    assert list(got) == list(EXPECTED_2019)
    for key in ("by_area", "by_ground", "by_ground_combination", "by_channel"):
        assert list(got[key]) == list(EXPECTED_2019[key])


def test_year_boundaries(known: Any) -> None:
    y2018 = known.statistics.year_counts(2018).to_json()
    assert y2018["cases"] == 3  # 2018-12-31 counts in 2018
    assert y2018["by_area"] == {"work": 2, "housing": 1}
    y2020 = known.statistics.year_counts(2020).to_json()
    assert y2020["cases"] == 1  # 2020-01-01 counts in 2020
    assert y2020["by_ground_combination"] == {"age": 1}
    assert y2020["mediation"] == {
        "referred": 0,
        "by_area": {},
        "by_ground": {},
        "by_ground_combination": {},
        "outcomes": {},
        "stages": {},
    }
    assert known.statistics.year_counts(2017).to_json()["cases"] == 0
    assert known.cases.years() == [2020, 2019, 2018]


def test_unrecorded_rows_make_tables_add_up(known: Any) -> None:
    c = known.statistics.year_counts(2019)
    assert c.unrecorded == {"by_channel": 1, "by_ground_combination": 1, "by_incident_type": 1}
    assert c.mediation.unrecorded == {"outcomes": 1}
    tables = build_tables(year_statistics(known.statistics, 2019))
    for t in tables:
        if t.spec.partition:
            assert sum(r.count for r in t.rows) == t.total, t.key


def test_previous_year_column(known: Any) -> None:
    stats = year_statistics(known.statistics, 2019)
    assert stats.previous is not None
    area = next(t for t in build_tables(stats) if t.key == "by_area")
    assert [(r.code, r.count, r.previous) for r in area.rows] == [
        ("work", 4, 2),
        ("housing", 2, 1),
        ("nightlife", 1, 0),
        ("online", 1, 0),
    ]
    assert area.previous_total == 3
    # 2018 has no previous year with data: no column
    s2018 = year_statistics(known.statistics, 2018)
    assert s2018.previous is None
    assert all(r.previous is None for t in build_tables(s2018) for r in t.rows)


def test_no_personal_data_in_statistics(known: Any) -> None:
    text = json.dumps(known.statistics.year_counts(2019).to_json())
    text += repr(build_tables(year_statistics(known.statistics, 2019)))
    assert "Kari" not in text and "summary" not in text.lower() and "DH-" not in text


def test_published_tables_hide_small_counts(known: Any) -> None:
    pub = publish_all(build_tables(year_statistics(known.statistics, 2019)), 3)
    area = pub["by_area"]
    # work 4 shown; housing 2, nightlife 1, online 1 are primary: 2+1+1 = 4 = 8-4,
    # each hidden cell in 1..2 with sum 4: not determined
    assert [r.count for r in area.rows] == ["4", "<3", "<3", "<3"]
    assert area.total == "8"
    assert [r.previous for r in area.rows] == ["<3", "<3", "0", "0"]
    # mediation: 3 referrals, three cells of 1: hiding cannot protect them with the
    # total shown, and the total is a key figure, so the table is left out
    m_area = pub["mediation.by_area"]
    assert m_area.omitted
    assert m_area.total == "3"


def test_csv_and_xlsx_exports_are_suppressed(known: Any, tmp_path: Path) -> None:
    stats = year_statistics(known.statistics, 2019)
    write_export(tmp_path / "s.csv", stats, lang="en")
    text = (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert ["Cases by area of society"] in rows
    assert ["Working life", "4", "2"] not in rows  # previous year 2 is hidden
    assert ["Working life", "4", "<3"] in rows
    assert ["Housing and neighbour disputes", "<3", "<3"] in rows
    assert ["Cases", "8", "3"] in rows
    write_export(tmp_path / "s.xlsx", stats, lang="nb")
    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "s.xlsx")
    ws = wb["Saker etter samfunnsområde"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert ["Arbeidsliv", 4, "<3"] in values
    assert ["Antall saker", 8, 3] in values
    exact = export_rows(stats, lang="en", threshold=None)
    assert ["Housing and neighbour disputes", 2, 1] in exact[0][1]
    assert to_csv(exact).startswith("\ufeff".encode())
    assert to_xlsx(exact)[:2] == b"PK"


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_pdf_holds_labels_and_numbers(known: Any) -> None:
    from dime_desktop.documents.yearly_report import yearly_report_pdf

    text = _pdf_text(yearly_report_pdf(known, 2019, lang="nb", made_on=date(2020, 1, 15)))
    for label in (
        "Årsstatistikk 2019",
        "Saker etter samfunnsområde",
        "Arbeidsliv",
        "Bolig og nabokonflikter",
        "Meglingsbenken",
        "Utadrettet arbeid",
        "Pride Oslo",
        "ca. 15",
        "Om tallene",
        "Side 1",
        "15.01.2020",  # the footer date, as bokmål writes it
    ):
        assert label in text, label
    assert "<3" in text
    assert "Kari" not in text and "Personal summary" not in text
    exact = _pdf_text(yearly_report_pdf(known, 2019, lang="en", threshold=None))
    assert "Statistics 2019" in exact and "Working life" in exact
    assert "Other combinations" not in exact  # the exact edition is not merged
    assert "<3" not in exact
    assert "Housing and neighbour disputes" in exact


def test_report_function_writes_file_with_threshold(known: Any, tmp_path: Path) -> None:
    from dime_desktop.cli.stats_commands import report, stats_json, stats_text

    out = tmp_path / "r.pdf"
    report(known, 2019, out, lang="en", threshold=5)
    text = _pdf_text(out.read_bytes())
    assert "<5" in text
    assert stats_json(known, 2019) == EXPECTED_2019
    table = stats_text(known, 2019)
    assert "Working life" in table and "by area" in table


def test_outreach_repository(known: Any) -> None:
    from dime_desktop.errors import OutreachInvalid, OutreachNotFound

    items = known.outreach.list(2019)
    assert [a.title for a in items] == [
        "Hvordan gjenkjenne diskriminering",
        "Innlegg om hatkriminalitet",
    ]
    assert items[0].participants == 15 and items[0].participants_approx
    assert len(known.outreach.list()) == 3
    a = items[1]
    a.participants = 60
    assert known.outreach.update(a).participants == 60
    known.outreach.delete(a.id)
    with pytest.raises(OutreachNotFound):
        known.outreach.get(a.id)
    with pytest.raises(OutreachInvalid) as exc:
        known.outreach.add(OutreachActivity(date(2019, 1, 1), "lecture", " "))
    assert {p.field for p in exc.value.problems} == {"kind", "title"}
    assert known.outreach.years() == [2020, 2019]

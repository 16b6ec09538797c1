"""``dime stats``, ``dime report`` and ``dime outreach``, run in-process against a
real vault on disk filled through ``dime import`` with a register of known
composition."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cli.main import main

HEADER = (
    "reference,opened,channel,area,grounds,incident_types,track,summary,"
    "mediation,mediation_area,mediation_outcome,closed\n"
)
# Codes and Norwegian labels mixed, as in a real register; two cases on the
# year boundaries that must not count for 2019.
ROWS = [
    "DH-2018-001,2018-12-31,phone,housing,religion,harassment,civil,Privat tekst,nei,,,",
    "DH-2019-001,2019-01-01,Telefon,Arbeidsliv,Etnisitet;Religion,"
    "direct_discrimination;harassment,civil,Kari Nordmann ble nektet jobb,ja,goods_services,"
    "agreement,",
    "DH-2019-002,2019-03-05,email,work,ethnicity,direct_discrimination,civil,Privat tekst,nei,,,",
    "DH-2019-003,2019-04-10,phone,housing,religion;ethnicity,harassment,criminal,"
    "Privat tekst,ja,,,",
    "DH-2019-004,2019-12-31,drop_in,online,sexual_orientation,hate_speech,unclear,"
    "Privat tekst,nei,,,",
    "DH-2020-001,2020-01-01,phone,work,age,harassment,civil,Privat tekst,nei,,,",
]

EXPECTED_2019: dict[str, Any] = {
    "year": 2019,
    "cases": 4,
    "by_area": {"work": 2, "housing": 1, "online": 1},
    "by_ground": {"ethnicity": 3, "religion": 2, "sexual_orientation": 1},
    "by_ground_combination": {"ethnicity": 1, "ethnicity+religion": 2, "sexual_orientation": 1},
    "by_channel": {"phone": 2, "email": 1, "drop_in": 1},
    "by_incident_type": {"direct_discrimination": 2, "harassment": 2, "hate_speech": 1},
    "by_track": {"civil": 2, "criminal": 1, "unclear": 1},
    "mediation": {
        "referred": 2,
        "by_area": {"goods_services": 1, "housing": 1},
        "by_ground": {"ethnicity": 2, "religion": 2},
        "by_ground_combination": {"ethnicity+religion": 2},
        "outcomes": {"agreement": 1},
        # an earlier register has no mediation records: how far the referrals got
        # is read off their outcomes ("agreement": a meeting and an agreement)
        "stages": {"talk_held": 1, "ready": 1, "meeting_held": 1, "agreement": 1},
    },
}

TOP_KEYS = [
    "year",
    "cases",
    "by_area",
    "by_ground",
    "by_ground_combination",
    "by_channel",
    "by_incident_type",
    "by_track",
    "mediation",
]
MEDIATION_KEYS = [
    "referred",
    "by_area",
    "by_ground",
    "by_ground_combination",
    "outcomes",
    "stages",
]


@pytest.fixture
def dime(tmp_path: Path, vault_dir: Path, passphrase: str, fast_kdf: Any, monkeypatch: Any) -> Any:
    """``dime(*args)`` with --vault and --passphrase-file; returns the exit code."""
    pass_file = tmp_path / "passphrase.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))

    def run(*args: str) -> int:
        return main(
            [*args, "--vault", str(vault_dir), "--passphrase-file", str(pass_file)], kdf=fast_kdf
        )

    return run


@pytest.fixture
def known(dime: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    assert dime("init") == 0
    register = tmp_path / "register.csv"
    register.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    assert dime("import", str(register)) == 0
    assert "Imported 6 cases" in capsys.readouterr().out
    return dime


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def test_stats_json_exact_shape_and_counts(known: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert known("stats", "--year", "2019", "--json") == 0
    out, err = capsys.readouterr()
    assert err == ""
    data = json.loads(out)
    assert list(data) == TOP_KEYS
    assert list(data["mediation"]) == MEDIATION_KEYS
    assert data == EXPECTED_2019
    # Codes only, no personal data.
    assert "Kari" not in out and "Privat" not in out and "DH-" not in out


def test_stats_json_year_boundaries_and_empty_year(
    known: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert known("stats", "--year", "2018", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cases"] == 1 and data["by_area"] == {"housing": 1}
    assert known("stats", "--year", "2020", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cases"] == 1 and data["by_ground"] == {"age": 1}
    assert known("stats", "--year", "2017", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == TOP_KEYS and data["cases"] == 0 and data["by_area"] == {}
    assert data["mediation"]["referred"] == 0


def test_stats_table(known: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert known("stats", "--year", "2019") == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Statistics 2019: 4 cases, 2 sent to mediation"
    # Headings are the report's table titles, not internal keys.
    assert "Cases by area of society" in lines
    assert "Mediation cases by outcome" in lines
    assert not any(line.startswith("mediation.") or line.startswith("by ") for line in lines)
    area = lines.index("Cases by area of society")
    assert lines[area + 1].split() == ["2019", "2018"]
    assert lines[area + 2].split() == ["Working", "life", "2", "0"]
    assert lines[area + 3].split() == ["Housing", "and", "neighbour", "disputes", "1", "1"]
    assert lines[area + 5].split() == ["Total", "4", "1"]
    outcome = lines.index("Mediation cases by outcome")
    assert lines[outcome + 2].split() == ["Mediated", "–", "agreement", "1", "0"]
    assert lines[outcome + 3].split() == ["Not", "recorded", "1", "0"]
    assert "Kari" not in out and "DH-" not in out

    assert known("stats", "--year", "2020") == 0
    assert capsys.readouterr().out.startswith("Statistics 2020: 1 case, 0 sent to mediation")


def test_stats_for_a_year_without_cases(known: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert known("stats", "--year", "2005") == 0
    out = capsys.readouterr().out
    assert "0 cases" in out and "no cases opened this year" in out


def test_report_suppressed_and_exact(
    known: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert known("report", "--year", "2019", "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == f"Wrote {out}"
    assert out.read_bytes()[:4] == b"%PDF"
    text = _pdf_text(out)
    assert "Årsstatistikk 2019" in text and "Arbeidsliv" in text
    assert "<3" in text  # every 2019 cell is small
    assert "Kari" not in text and "Privat" not in text

    exact = tmp_path / "exact.pdf"
    assert known("report", "--year", "2019", "--out", str(exact), "--no-suppress") == 0
    text = _pdf_text(exact)
    assert "<3" not in text
    # The mediation combination ethnicity+religion: 2 cases, printed as is.
    assert "Etnisitet + Religion" in text

    en = tmp_path / "en.pdf"
    assert known("report", "--year", "2019", "--out", str(en), "--lang", "en") == 0
    assert "Statistics 2019" in _pdf_text(en)


def test_report_to_a_folder_is_a_clear_error(
    known: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert known("report", "--year", "2019", "--out", str(tmp_path)) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.startswith("dime: ") and "folder" in err


def test_outreach_add_and_list(
    known: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--date", "2019-06-25", "--kind", "Kurs", "--title", "Gjenkjenne diskriminering"]
    assert (
        known("outreach", "add", *args, "--audience", "Pride Oslo", "--participants", "ca. 15") == 0
    )
    assert known("outreach", "add", *args[:4], "--title", "Stand", "--kind", "stand") == 0
    assert known("outreach", "add", "--date", "2020-01-02", "--kind", "talk", "--title", "X") == 0
    out = capsys.readouterr().out
    assert out.count("Logged activity") == 3

    assert known("outreach", "list", "--year", "2019", "--json") == 0
    items = json.loads(capsys.readouterr().out)
    assert [(a["date"], a["kind"], a["title"]) for a in items] == [
        ("2019-06-25", "course", "Gjenkjenne diskriminering"),
        ("2019-06-25", "stand", "Stand"),
    ]
    assert items[0]["participants"] == 15 and items[0]["participants_approx"] is True
    assert items[0]["audience"] == "Pride Oslo"
    assert items[1]["participants"] is None

    assert known("outreach", "list") == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3
    assert "ca. 15" in lines[0] and "Course" in lines[0] and "(Pride Oslo)" in lines[0]

    assert known("outreach", "list", "--year", "2005") == 0
    assert "No outreach activities logged." in capsys.readouterr().out

    # The outreach section of the report holds the logged activity.
    pdf = tmp_path / "r.pdf"
    assert known("report", "--year", "2019", "--out", str(pdf), "--no-suppress") == 0
    text = _pdf_text(pdf)
    assert "Gjenkjenne diskriminering" in text and "ca. 15" in text and "Pride Oslo" in text


def test_outreach_add_rejects_bad_input(known: Any, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["outreach", "add", "--date", "2019-06-25", "--title", "T"]
    assert known(*base, "--kind", "lecture") != 0
    assert capsys.readouterr().err.startswith("dime: ")
    assert known(*base, "--kind", "talk", "--participants", "many") != 0
    assert "not a number of participants" in capsys.readouterr().err
    assert known(*base, "--kind", "talk", "--participants", "-4") != 0
    assert capsys.readouterr().err.startswith("dime: ")
    assert known("outreach", "add", "--date", "25.06.2019", "--kind", "talk", "--title", "T") != 0
    assert "not a date" in capsys.readouterr().err
    assert known("outreach", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_outreach_year_before_or_after_list(known: Any, capsys: pytest.CaptureFixture[str]) -> None:
    for when in ("2019-06-25", "2020-02-01"):
        assert known("outreach", "add", "--date", when, "--kind", "talk", "--title", when) == 0
    capsys.readouterr()
    for args in (("outreach", "--year", "2019", "list"), ("outreach", "list", "--year", "2019")):
        assert known(*args, "--json") == 0
        assert [a["date"] for a in json.loads(capsys.readouterr().out)] == ["2019-06-25"], args
    assert known("outreach", "--year", "2020") == 0
    assert "2020-02-01" in capsys.readouterr().out


def test_report_into_a_missing_folder_fails_before_the_passphrase(
    vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    """The output path is checked first: no passphrase is asked for (stdin is
    empty, no passphrase file) and no vault is opened."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    out = tmp_path / "missing-folder" / "report.pdf"
    assert main(["report", "--vault", str(vault_dir), "--year", "2019", "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "passphrase" not in err.lower()
    assert f"the folder {out.parent} does not exist" in err

"""Reading register files (CSV/XLSX) into cases: no vault needed here."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from dime_desktop.cases.model import STATUS_CLOSED, STATUS_OPEN
from dime_desktop.errors import ImportFailed, ImportProblem, InputFileError
from dime_desktop.importing import read_register
from dime_desktop.importing.register import parse_date, parse_yes_no

DATA = Path(__file__).parent / "data"


def write(tmp_path: Path, text: str, name: str = "register.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def write_xlsx(tmp_path: Path, rows: list[list[object]], name: str = "register.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def problems_of(path: Path) -> list[tuple[int, str, str]]:
    with pytest.raises(ImportFailed) as info:
        read_register(path)
    return [(p.line, p.column, p.value) for p in info.value.problems]


# --- good files ----------------------------------------------------------------


def test_comma_csv_with_labels_aliases_quotes_and_blank_lines() -> None:
    cases = read_register(DATA / "register_comma.csv")
    assert [c.reference for c in cases] == ["DH-2019-001", "DH-2019-002", None]
    first, second, third = cases
    assert first.opened == date(2019, 1, 7)
    assert first.channel == "phone"  # label "Telefon"
    assert first.area == "work"  # label "Arbeidsliv"
    assert first.ground_codes() == ["ethnicity", "religion"]
    assert first.incident_types == ["direct_discrimination"]  # alias
    assert first.track == "civil"
    assert first.summary == 'Nektet jobbintervju, fikk beskjed om "kulturell passform"'
    assert first.status == STATUS_CLOSED and first.closed == date(2019, 2, 1)
    assert not first.mediation.referred

    assert second.channel == "email"  # alias "e-post" in another case
    assert second.area == "housing"  # the code itself
    assert second.ground_codes() == ["ethnicity"]  # alias "hudfarge"
    assert second.incident_types == ["harassment", "hate_speech"]  # code + English label
    assert second.track == "criminal"  # alias "Straff"
    assert second.mediation.referred
    assert second.mediation.area == "housing"
    assert second.mediation.outcome == "agreement"
    assert second.closed == date(2019, 3, 20)  # Norwegian date

    assert third.area == "welfare"  # "NAV"
    assert third.status == STATUS_OPEN and third.closed is None
    assert third.track == "unclear"
    assert third.channel is None


def test_imported_grounds_are_perceived_not_assessed() -> None:
    for case in read_register(DATA / "register_comma.csv"):
        for ground in case.grounds:
            assert ground.perceived is True
            assert ground.assessed is False
            assert ground.by_association is False


def test_semicolon_csv_with_bom_and_messy_header() -> None:
    raw = (DATA / "register_semicolon_bom.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    cases = read_register(DATA / "register_semicolon_bom.csv")
    assert [c.reference for c in cases] == ["DH-2018-010", "DH-2018-011"]
    assert cases[0].opened == date(2018, 11, 5)
    assert cases[0].area == "nightlife"
    assert cases[0].ground_codes() == ["sexual_orientation", "gender_identity"]
    assert cases[1].opened == date(2018, 12, 1)  # D.M.YYYY
    assert cases[1].area == "education"
    assert cases[1].mediation.referred  # "J"


def test_values_are_case_insensitive(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "OPENED,AREA,Grounds,Channel,TRACK\n"
        "2019-05-01,ARBEIDSLIV,ETNISITET;religion;Kjønnsidentitet,TELEFON,sivil\n"
        "2019-05-02,workplace,  Skin Colour ; SEXUAL ORIENTATION ,skeiv kafé,BOTH\n",
    )
    first, second = read_register(path)
    assert first.area == "work"
    assert first.ground_codes() == ["ethnicity", "religion", "gender_identity"]
    assert first.channel == "phone"
    assert first.track == "civil"
    assert second.area == "work"
    assert second.ground_codes() == ["ethnicity", "sexual_orientation"]
    assert second.channel == "drop_in"
    assert second.track == "both"


def test_two_names_of_one_ground_count_once(tmp_path: Path) -> None:
    path = write(tmp_path, "opened,area,grounds\n2019-01-01,work,Etnisitet;hudfarge;språk\n")
    (case,) = read_register(path)
    assert case.ground_codes() == ["ethnicity"]


def test_quoted_newline_keeps_line_numbers_right(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'opened,area,summary\n2019-01-01,work,"first line\nsecond line"\n2019-01-02,Mars,x\n',
    )
    assert problems_of(path) == [(4, "area", "Mars")]


def test_header_only_gives_no_cases(tmp_path: Path) -> None:
    assert read_register(write(tmp_path, "opened,area\n")) == []


def test_xlsx_with_date_cells_numbers_and_blank_rows(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path,
        [
            [" Reference", "Opened", "AREA", "grounds", "Mediation", "mediation_area", "closed"],
            ["DH-2017-004", datetime(2017, 3, 4), "Uteliv", "Religion;Alder", 1, "Uteliv", None],
            [None, None, None, None, None, None, None],
            [None, "12.06.2017", "Helse", "disability", 0, None, date(2017, 7, 1)],
        ],
    )
    first, second = read_register(path)
    assert first.reference == "DH-2017-004"
    assert first.opened == date(2017, 3, 4)
    assert first.area == "nightlife"
    assert first.ground_codes() == ["religion", "age"]
    assert first.mediation.referred and first.mediation.area == "nightlife"
    assert second.opened == date(2017, 6, 12)
    assert second.closed == date(2017, 7, 1)
    assert second.status == STATUS_CLOSED
    assert not second.mediation.referred


def test_xlsx_problems_use_sheet_row_numbers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path,
        [
            ["opened", "area"],
            [datetime(2019, 1, 1), "work"],
            [None, None],
            [datetime(2019, 1, 2), "Månelanding"],
        ],
    )
    assert problems_of(path) == [(4, "area", "Månelanding")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ja", True),
        ("Nei", False),
        ("YES", True),
        ("no", False),
        ("j", True),
        ("N", False),
        ("y", True),
        ("true", True),
        ("False", False),
        ("1", True),
        ("0", False),
        ("", False),
        (None, False),
        ("kanskje", None),
        ("2", None),
    ],
)
def test_yes_no(text: str | None, expected: bool | None) -> None:
    assert parse_yes_no(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-03-05", date(2019, 3, 5)),
        ("05.03.2019", date(2019, 3, 5)),
        ("5.3.2019", date(2019, 3, 5)),
        (" 29.02.2020 ", date(2020, 2, 29)),
        ("29.02.2019", None),
        ("2019-13-01", None),
        ("05/03/2019", None),
        ("5.3.19", None),
        ("20190305", None),
        ("i går", None),
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


# --- bad rows --------------------------------------------------------------------


def test_every_bad_row_is_listed_with_line_column_and_value() -> None:
    assert problems_of(DATA / "register_bad.csv") == [
        (2, "area", "Månelanding"),
        (3, "reference", "DH-19-1"),
        (3, "opened", "31.02.2019"),
        (3, "grounds", "Tulleground"),
        (3, "mediation", "kanskje"),
        (4, "mediation_area", "housing"),
        (4, "closed", "2019-02-01"),
        (5, "opened", ""),
        (5, "area", ""),
        (5, "reference", "DH-2019-001"),
    ]


def test_problem_message_reads_well() -> None:
    with pytest.raises(ImportFailed) as info:
        read_register(DATA / "register_bad.csv")
    message = str(info.value)
    assert message.startswith("Nothing was imported from register_bad.csv: 10 problems:")
    assert 'line 2, area: unknown value "Månelanding"' in message
    assert "line 5, reference: duplicate reference (also on line 2)" in message
    assert info.value.file == DATA / "register_bad.csv"


def test_mediation_outcome_without_mediation_is_an_error(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "opened,area,mediation_outcome\n2019-01-01,work,Enighet\n",
    )
    assert problems_of(path) == [(2, "mediation_outcome", "Enighet")]


def test_unknown_incident_type_and_channel(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "opened,area,incident_types,channel,track\n2019-01-01,work,harassment;slag,brevdue,sivil\n",
    )
    assert problems_of(path) == [(2, "channel", "brevdue"), (2, "incident_types", "slag")]


def test_value_in_column_without_name(tmp_path: Path) -> None:
    path = write(tmp_path, "opened,area\n2019-01-01,work,extra\n")
    with pytest.raises(ImportFailed) as info:
        read_register(path)
    assert info.value.problems == [
        ImportProblem(2, "", "extra", "a value in a column with no name")
    ]


# --- bad headers -----------------------------------------------------------------


def test_unknown_columns_are_named() -> None:
    with pytest.raises(ImportFailed) as info:
        read_register(DATA / "register_unknown_column.csv")
    assert [(p.line, p.value) for p in info.value.problems] == [
        (1, "Klient navn"),
        (1, "Farge"),
    ]
    assert 'unknown column "Klient navn"' in str(info.value)


def test_missing_required_column() -> None:
    with pytest.raises(ImportFailed) as info:
        read_register(DATA / "register_missing_column.csv")
    assert [(p.line, p.value) for p in info.value.problems] == [(1, "area")]
    assert 'the required column "area" is missing' in str(info.value)


def test_column_twice(tmp_path: Path) -> None:
    path = write(tmp_path, "opened,area,Area\n2019-01-01,work,work\n")
    with pytest.raises(ImportFailed) as info:
        read_register(path)
    assert 'the column "area" appears twice' in str(info.value)


# --- unreadable files ------------------------------------------------------------


def test_not_utf8_names_line_and_byte() -> None:
    with pytest.raises(InputFileError) as info:
        read_register(DATA / "register_latin1.csv")
    assert "not UTF-8" in str(info.value)
    assert "line 3" in str(info.value)
    assert "byte 59" in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="does not exist"):
        read_register(tmp_path / "nope.csv")


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="empty"):
        read_register(write(tmp_path, "\n\n"))


def test_text_named_xlsx_is_not_a_real_xlsx(tmp_path: Path) -> None:
    path = write(tmp_path, "opened,area\n2019-01-01,work\n", name="register.xlsx")
    with pytest.raises(InputFileError, match="not a real XLSX"):
        read_register(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    with pytest.raises(InputFileError, match="not a readable XLSX"):
        read_register(path)


def test_truncated_xlsx(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path, [["opened", "area"], ["2019-01-01", "work"]])
    data = good.read_bytes()
    bad = tmp_path / "cut.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputFileError):
        read_register(bad)


def test_old_xls(tmp_path: Path) -> None:
    path = tmp_path / "register.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(InputFileError, match=r"old Excel \(.xls\)"):
        read_register(path)


def test_rows_in_register_is_about_the_rows_of_cases(tmp_path: Path) -> None:
    """What the import dialog's bar counts against: the lines after the header
    of a CSV file, the rows of an XLSX sheet after its header."""
    from openpyxl import Workbook

    from dime_desktop.ui.vault_care.core_calls import rows_in_register

    assert rows_in_register(DATA / "register_semicolon_bom.csv") == 2
    no_last_newline = tmp_path / "a.csv"
    no_last_newline.write_bytes(b"Reference;Opened\nDH-2019-001;01.02.2019")
    assert rows_in_register(no_last_newline) == 1
    book = Workbook()
    for row in (["Reference", "Opened"], ["DH-2019-001", "01.02.2019"], ["DH-2019-002", "x"]):
        book.active.append(row)
    book.save(tmp_path / "b.xlsx")
    assert rows_in_register(tmp_path / "b.xlsx") == 2
    assert rows_in_register(tmp_path / "missing.csv") is None

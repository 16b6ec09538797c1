"""Bounded import (issue 9, finding 8): the file is read once, as a stream,
with limits on size, rows, lines and columns; errors are listed up to 50 with
a count; a CSV cut off inside its last record is refused; duplicate
references name both lines; ``import_cases`` stores all or nothing; the CLI
reads the file once and looks up every reference at once."""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from dime_desktop.errors import ImportFailed, ImportProblem, InputFileError
from dime_desktop.importing import import_cases, import_register, read_register
from dime_desktop.importing import register as register_module

HEADER = "reference,opened,area,summary,closed\n"


def write(tmp_path: Path, text: str, name: str = "register.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def good_rows(n: int, start: int = 1) -> str:
    return "".join(
        f"DH-2019-{i:03d},2019-01-{1 + i % 28:02d},work,x,\n" for i in range(start, n + start)
    )


# --- cut-off files --------------------------------------------------------------


def test_csv_cut_inside_a_quoted_field_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER + good_rows(2) + 'DH-2019-099,2019-02-01,work,"Nabo sa ""kom deg"", og så',
    )
    with pytest.raises(InputFileError) as info:
        read_register(path)
    assert "line 4" in str(info.value)
    assert "cut off" in str(info.value)


def test_a_quoted_field_opened_on_an_early_line_and_never_closed_names_that_line(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, HEADER + 'DH-2019-001,2019-01-01,work,"one\ntwo\nthree\n')
    with pytest.raises(InputFileError, match=r"line 2: .*quoted field"):
        read_register(path)


def test_last_line_with_fewer_fields_and_no_line_ending_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + good_rows(2) + "DH-2019-050,2019-02-01,wo")
    with pytest.raises(InputFileError, match=r"line 4: the last line has 3 of the 5 columns"):
        read_register(path)


def test_a_complete_last_line_without_a_line_ending_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + good_rows(2) + "DH-2019-050,2019-02-01,work,y,2019-03-01")
    cases = read_register(path)
    assert [c.reference for c in cases][-1] == "DH-2019-050"
    assert cases[-1].closed is not None


def test_short_lines_with_a_line_ending_are_read_as_before(tmp_path: Path) -> None:
    (case,) = read_register(write(tmp_path, HEADER + "DH-2019-001,2019-01-01,work\n"))
    assert case.area == "work" and case.summary == ""


def test_old_mac_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"opened,area\r2019-01-01,work\r2019-01-02,housing\r")
    assert [c.area for c in read_register(path)] == ["work", "housing"]


# --- errors: the first 50 and a count -------------------------------------------


def test_problems_are_listed_up_to_50_then_counted(tmp_path: Path) -> None:
    rows = "".join(f"2019-01-01,Mars{i}\n" for i in range(1000))
    with pytest.raises(ImportFailed) as info:
        read_register(write(tmp_path, "opened,area\n" + rows))
    exc = info.value
    assert len(exc.problems) == 50 and exc.total == 1000
    assert [p.value for p in exc.problems[:2]] == ["Mars0", "Mars1"]
    text = str(exc)
    assert text.startswith("Nothing was imported from register.csv: 1000 problems:")
    assert text.endswith("... and 950 more")
    assert len(text.splitlines()) == 52


def test_gui_text_counts_every_problem(qapp: Any) -> None:
    from dime_desktop.ui.common.error_text import error_text

    problems = [ImportProblem(i, "area", f"x{i}", "unknown value") for i in range(2, 52)]
    text = error_text(ImportFailed(Path("/tmp/gammelt.csv"), problems, total=700))
    assert "700" in text and "650" in text  # "... and 650 more"
    assert "x51" in text


def test_duplicate_references_name_both_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "reference,opened,area\n"
        "DH-2019-001,2019-01-01,work\n"
        "DH-2019-002,2019-01-01,work\n"
        "dh-2019-001,2019-01-02,work\n"
        "DH-2019-0002,2019-01-03,work\n",
    )
    with pytest.raises(ImportFailed) as info:
        read_register(path)
    messages = [str(p) for p in info.value.problems]
    assert messages == [
        'line 4, reference: duplicate reference (also on line 2) "DH-2019-001"',
        'line 5, reference: duplicate reference (also on line 3, as DH-2019-002) "DH-2019-0002"',
    ]


# --- limits -----------------------------------------------------------------------


def test_more_rows_than_the_limit_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(register_module, "MAX_ROWS", 10)
    assert len(read_register(write(tmp_path, HEADER + good_rows(10)))) == 10
    blank = "\n" * 50  # blank lines are not rows of cases
    assert len(read_register(write(tmp_path, HEADER + blank + good_rows(10)))) == 10
    with pytest.raises(InputFileError, match=r"more than 10 rows of cases; import it in parts"):
        read_register(write(tmp_path, HEADER + good_rows(11)))


def test_a_file_larger_than_the_limit_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(register_module, "MAX_FILE_BYTES", 1000)
    path = write(tmp_path, HEADER + good_rows(40))
    assert path.stat().st_size > 1000
    with pytest.raises(InputFileError, match="larger than"):
        read_register(path)


def test_a_line_longer_than_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(register_module, "MAX_LINE_BYTES", 100)
    monkeypatch.setattr(register_module, "_CHUNK", 64)  # the line spans several reads
    path = write(tmp_path, HEADER + good_rows(2) + "2019-01-01,work," + "x" * 200 + "\n")
    with pytest.raises(InputFileError, match="line 4 is longer than"):
        read_register(path)


def test_the_default_limits_fit_300000_cases() -> None:
    assert register_module.MAX_ROWS >= 300_000
    # a case of a real register (a few hundred characters) takes well under 700 bytes
    assert register_module.MAX_FILE_BYTES >= 300_000 * 700


def test_a_csv_value_after_the_last_read_column_is_a_problem(tmp_path: Path) -> None:
    far = "," * 150 + "stray"
    path = write(tmp_path, "opened,area\n2019-01-01,work" + far + "\n")
    with pytest.raises(ImportFailed) as info:
        read_register(path)
    assert [(p.line, p.value) for p in info.value.problems] == [(2, "stray")]


# --- XLSX that claims or holds much more than it is -----------------------------


def _xlsx(tmp_path: Path, rows: list[list[object]], name: str = "r.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def _rewrite_sheet(path: Path, pattern: bytes, replacement: bytes) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                content, n = re.subn(pattern, replacement, content)
                assert n, "pattern not found"
            dst.writestr(info, content)
    path.write_bytes(data.getvalue())


class _Budget:
    """Counts the cells the reader converts; more than ``limit`` fails at once."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
        self.calls = 0
        real = register_module._xlsx_cell

        def counted(value: object) -> Any:
            self.calls += 1
            assert self.calls <= limit, "the reader walks cells the sheet does not have"
            return real(value)

        monkeypatch.setattr(register_module, "_xlsx_cell", counted)


@pytest.mark.parametrize("sparse", [True, False], ids=["openpyxl-parser", "public-rows"])
def test_xlsx_whose_dimension_claims_the_whole_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sparse: bool
) -> None:
    """A sheet of 200 rows whose <dimension> says A1:XFD1048576 made the old
    reader pad every row to 16,384 cells and add a million empty rows."""
    if not sparse:
        monkeypatch.setattr(register_module, "_sparse_sheet_rows", lambda *_a: None)
    path = _xlsx(tmp_path, [["opened", "area"]] + [["2019-01-01", "work"]] * 200)
    _rewrite_sheet(path, rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>')
    budget = _Budget(monkeypatch, 10 * 201)
    assert len(read_register(path)) == 200
    assert budget.calls <= 2 * 201


@pytest.mark.parametrize("sparse", [True, False], ids=["openpyxl-parser", "public-rows"])
def test_xlsx_value_far_right_is_reported_without_walking_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sparse: bool
) -> None:
    if not sparse:
        monkeypatch.setattr(register_module, "_sparse_sheet_rows", lambda *_a: None)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["opened", "area"])
    for r in range(2, 40):
        ws.cell(r, 1, "2019-01-01")
        ws.cell(r, 2, "work")
    ws.cell(7, 16384, "stray")  # column XFD
    path = tmp_path / "wide.xlsx"
    wb.save(path)
    budget = _Budget(monkeypatch, 10_000)
    with pytest.raises(ImportFailed) as info:
        read_register(path)
    assert [(p.line, p.value) for p in info.value.problems] == [(7, "stray")]
    assert "after column 100" in str(info.value)
    assert budget.calls < 10_000


def test_xlsx_rows_after_excels_last_row_are_refused(tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [["opened", "area"], ["2019-01-01", "work"]])
    _rewrite_sheet(path, rb'<row r="2"', b'<row r="2000000"')
    _rewrite_sheet(path, rb'r="A2"', b'r="A2000000"')
    _rewrite_sheet(path, rb'r="B2"', b'r="B2000000"')
    with pytest.raises(InputFileError, match="after row 1,048,576"):
        read_register(path)


def test_xlsx_that_unpacks_beyond_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _xlsx(tmp_path, [["opened", "area"], ["2019-01-01", "work"]])
    monkeypatch.setattr(register_module, "MAX_UNPACKED_BYTES", 2000)
    with pytest.raises(InputFileError, match="unpacks to more than"):
        read_register(path)


# --- progress -------------------------------------------------------------------


def test_progress_is_told_every_few_hundred_rows(tmp_path: Path) -> None:
    seen: list[int] = []
    cases = read_register(write(tmp_path, HEADER + good_rows(1200)), progress=seen.append)
    assert len(cases) == 1200
    assert seen == [500, 1000, 1200]


def test_progress_for_xlsx(tmp_path: Path) -> None:
    path = _xlsx(tmp_path, [["opened", "area"]] + [["2019-01-01", "work"]] * 501)
    seen: list[int] = []
    read_register(path, progress=seen.append)
    assert seen == [500, 501]


# --- import_cases ------------------------------------------------------------------


def test_import_cases_names_the_lines_of_references_already_stored(
    vault: Any, tmp_path: Path
) -> None:
    import_register(vault, write(tmp_path, HEADER + good_rows(3)))
    cases = read_register(write(tmp_path, HEADER + good_rows(4, start=3), name="more.csv"))
    with pytest.raises(ImportFailed) as info:
        import_cases(vault, cases)
    assert [(p.line, p.value) for p in info.value.problems] == [(2, "DH-2019-003")]
    assert "more.csv" in str(info.value)
    assert vault.cases.count() == 3  # nothing of the second file
    report = import_cases(vault, cases, skip_existing=True)
    assert (report.read, report.added, report.skipped) == (4, 3, ["DH-2019-003"])
    assert vault.cases.count() == 6


def test_import_cases_takes_any_list_of_cases(vault: Any, tmp_path: Path) -> None:
    cases = list(read_register(write(tmp_path, HEADER + good_rows(2))))
    report = import_cases(vault, cases)
    assert report.added == 2 and report.file is None
    with pytest.raises(ImportFailed) as info:
        import_cases(vault, cases[1:])
    assert [(p.line, p.value) for p in info.value.problems] == [(1, "DH-2019-002")]


def test_import_is_all_or_nothing(vault: Any, tmp_path: Path) -> None:
    from dime_desktop.errors import DuplicateReference

    cases = read_register(write(tmp_path, HEADER + good_rows(5)))
    vault.cases.add(cases[4])  # stored "behind the import's back" after the check
    real = vault.cases.existing_references
    vault.cases.existing_references = lambda refs: set()  # type: ignore[method-assign]
    try:
        with pytest.raises(DuplicateReference):
            import_cases(vault, cases)
    finally:
        vault.cases.existing_references = real  # type: ignore[method-assign]
    assert vault.cases.count() == 1


# --- the command line ------------------------------------------------------------


def test_dime_import_reads_the_file_once_and_asks_the_vault_once(
    tmp_path: Path,
    vault_dir: Path,
    passphrase: str,
    fast_kdf: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dime_desktop.cli.main import main
    from dime_desktop.storage.cases import CaseRepository
    from dime_desktop.vault import Vault

    Vault.create(vault_dir, passphrase, kdf=fast_kdf).vault.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    path = write(tmp_path, HEADER + good_rows(30))
    opened: list[Path] = []
    real_open = register_module._open

    def counting_open(p: Path) -> Any:
        opened.append(p)
        return real_open(p)

    asked: list[int] = []
    real_existing = CaseRepository.existing_references

    def counting_existing(self: CaseRepository, refs: Any) -> set[str]:
        refs = list(refs)
        asked.append(len(refs))
        return real_existing(self, refs)

    monkeypatch.setattr(register_module, "_open", counting_open)
    monkeypatch.setattr(CaseRepository, "existing_references", counting_existing)
    args = ["import", str(path), "--vault", str(vault_dir), "--passphrase-file", str(pass_file)]
    assert main(args, kdf=fast_kdf) == 0
    assert opened == [path]
    assert asked == [30]

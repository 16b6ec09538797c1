"""Import of earlier case registers from CSV or XLSX files.

The file has a header row naming its columns (case-insensitive, trimmed):

    reference, opened, channel, area, grounds, incident_types, track, summary,
    mediation, mediation_area, mediation_outcome, closed

Only ``opened`` and ``area`` are required. A value may be a code, a label or an
alias of the reference data (case-insensitive); ``grounds`` and
``incident_types`` take several values separated by ``;``.

Import is all-or-nothing: every problem of every row is collected and reported
together (:class:`~dime_desktop.errors.ImportFailed`) before anything is stored.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dime_desktop.cases.model import (
    STATUS_CLOSED,
    STATUS_OPEN,
    Case,
    CaseGround,
    Mediation,
    parse_reference,
    validate_case,
)
from dime_desktop.errors import ImportFailed, ImportProblem, InputFileError
from dime_desktop.reference import ReferenceData, ReferenceList, default_reference

if TYPE_CHECKING:
    from dime_desktop.vault import Vault

COLUMNS = (
    "reference",
    "opened",
    "channel",
    "area",
    "grounds",
    "incident_types",
    "track",
    "summary",
    "mediation",
    "mediation_area",
    "mediation_outcome",
    "closed",
)
REQUIRED_COLUMNS = ("opened", "area")
LIST_SEPARATOR = ";"

_TRUE = frozenset({"ja", "j", "yes", "y", "true", "1"})
_FALSE = frozenset({"nei", "n", "no", "false", "0", ""})

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .xls
_XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})

# A cell value: text from CSV, or what openpyxl gives for an XLSX cell.
CellValue = str | date | None


@dataclass(frozen=True)
class ImportReport:
    """What an import did: ``read`` rows with a case, ``added`` stored,
    ``skipped`` references that were already in the vault."""

    file: Path
    read: int
    added: int
    skipped: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Row:
    line: int
    values: list[CellValue]


@dataclass(frozen=True)
class _Table:
    header_line: int
    header: list[CellValue]
    rows: list[_Row]


# --- reading the file --------------------------------------------------------


def _read_table(path: Path) -> _Table:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(path, "the file does not exist") from None
    except IsADirectoryError:
        raise InputFileError(path, "this is a folder, not a file") from None
    except PermissionError:
        raise InputFileError(path, "permission denied when reading the file") from None
    except OSError as exc:
        raise InputFileError(path, f"cannot read the file ({exc.strerror or exc})") from None

    if data.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, data)
    if data.startswith(_OLE_MAGIC):
        raise InputFileError(
            path, "this is an old Excel (.xls) file; save it as .xlsx or as UTF-8 CSV"
        )
    if path.suffix.lower() in _XLSX_SUFFIXES:
        raise InputFileError(path, "this is not a real XLSX file (it is not an Excel workbook)")
    return _read_csv(path, data)


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputFileError(
            path,
            f"the file is not UTF-8 text (line {line}, byte {exc.start + 1}: "
            f"0x{data[exc.start]:02X}); save it as UTF-8 CSV",
        ) from None


def _sniff_delimiter(first_line: str) -> str:
    """Comma or semicolon, whichever the header line uses (outside quotes)."""
    counts = {",": 0, ";": 0}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return ";" if counts[";"] > counts[","] else ","


def _read_csv(path: Path, data: bytes) -> _Table:
    text = _decode(path, data)
    if "\x00" in text:
        raise InputFileError(path, "this is not a text file (it contains NUL bytes)")
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), None)
    if first is None:
        raise InputFileError(path, "the file is empty (it needs a header row)")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(first))
    header: list[CellValue] | None = None
    header_line = 0
    rows: list[_Row] = []
    previous_end = 0
    try:
        for record in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header, header_line = list(record), start
            else:
                rows.append(_Row(start, list(record)))
    except csv.Error as exc:
        raise InputFileError(
            path, f"line {reader.line_num}: the CSV cannot be read ({exc})"
        ) from None
    assert header is not None  # there is a non-blank line
    return _Table(header_line, header, rows)


def _xlsx_cell(value: object) -> CellValue:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path, data: bytes) -> _Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (BadZipFile, KeyError...)
        raise InputFileError(
            path, f"this is not a readable XLSX workbook ({type(exc).__name__})"
        ) from None
    try:
        if not workbook.worksheets:
            raise InputFileError(path, "the workbook has no sheets")
        sheet = workbook.worksheets[0]
        header: list[CellValue] | None = None
        header_line = 0
        rows: list[_Row] = []
        for number, raw in enumerate(sheet.iter_rows(values_only=True), start=1):
            values = [_xlsx_cell(v) for v in raw]
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            if header is None:
                header, header_line = values, number
            else:
                rows.append(_Row(number, values))
    except InputFileError:
        raise
    except Exception as exc:  # a damaged sheet inside a valid zip
        raise InputFileError(
            path, f"the first sheet cannot be read ({type(exc).__name__})"
        ) from None
    finally:
        workbook.close()
    if header is None:
        raise InputFileError(path, "the first sheet is empty (it needs a header row)")
    return _Table(header_line, header, rows)


# --- header ------------------------------------------------------------------


def _header_columns(table: _Table) -> tuple[list[str | None], list[ImportProblem]]:
    """Column name per position (None for an unnamed, ignored column) and problems."""
    problems: list[ImportProblem] = []
    names: list[str | None] = []
    seen: set[str] = set()
    line = table.header_line
    for cell in table.header:
        raw = "" if cell is None else str(cell)
        name = raw.strip().casefold()
        if not name:
            names.append(None)
            continue
        if name not in COLUMNS:
            problems.append(
                ImportProblem(
                    line,
                    "",
                    raw.strip(),
                    f'unknown column "{raw.strip()}" (known columns: {", ".join(COLUMNS)})',
                )
            )
            names.append(None)
            continue
        if name in seen:
            problems.append(ImportProblem(line, "", name, f'the column "{name}" appears twice'))
        seen.add(name)
        names.append(name)
    for required in REQUIRED_COLUMNS:
        if required not in seen:
            problems.append(
                ImportProblem(line, "", required, f'the required column "{required}" is missing')
            )
    return names, problems


# --- values ------------------------------------------------------------------


def _text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return value.strip()


def parse_date(value: CellValue) -> date | None:
    """A date from an XLSX date cell, ISO ``YYYY-MM-DD`` or Norwegian
    ``DD.MM.YYYY`` (also ``D.M.YYYY``); None if it is neither."""
    if isinstance(value, date):
        return value
    text = _text(value)
    try:
        if "." in text:
            parts = text.split(".")
            if len(parts) == 3 and len(parts[2]) == 4 and all(p.isdigit() for p in parts):
                return date(int(parts[2]), int(parts[1]), int(parts[0]))
            return None
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        return None
    return None


def parse_yes_no(value: CellValue) -> bool | None:
    """ja/nei, yes/no, j/n, y/n, true/false, 1/0 (empty is no); None if neither."""
    text = _text(value).casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


class _RowParser:
    """Turns one row into a Case, collecting every problem on the way."""

    def __init__(self, ref: ReferenceData, line: int, values: dict[str, CellValue]) -> None:
        self.ref = ref
        self.line = line
        self.values = values
        self.problems: list[ImportProblem] = []

    def problem(self, column: str, value: str, text: str) -> None:
        self.problems.append(ImportProblem(self.line, column, value, text))

    def text(self, column: str) -> str:
        return _text(self.values.get(column))

    def date_of(self, column: str, *, required: bool = False) -> date | None:
        value = self.values.get(column)
        text = _text(value)
        if not text:
            if required:
                self.problem(column, text, "missing value")
            return None
        parsed = parse_date(value)
        if parsed is None:
            self.problem(column, text, "not a date (use YYYY-MM-DD or DD.MM.YYYY)")
        return parsed

    def code_of(self, column: str, codes: ReferenceList, *, required: bool = False) -> str | None:
        text = self.text(column)
        if not text:
            if required:
                self.problem(column, text, "missing value")
            return None
        code = codes.resolve(text)
        if code is None:
            self.problem(column, text, "unknown value")
        return code

    def codes_of(self, column: str, codes: ReferenceList) -> list[str]:
        result: list[str] = []
        for part in self.text(column).split(LIST_SEPARATOR):
            part = part.strip()
            if not part:
                continue
            code = codes.resolve(part)
            if code is None:
                self.problem(column, part, "unknown value")
            elif code not in result:
                result.append(code)
        return result

    def parse(self) -> Case | None:
        ref = self.ref
        reference: str | None = self.text("reference").upper() or None
        if reference is not None and parse_reference(reference) is None:
            self.problem("reference", self.text("reference"), "not a reference like DH-2019-001")
        opened = self.date_of("opened", required=True)
        closed = self.date_of("closed")
        area = self.code_of("area", ref.areas, required=True)
        channel = self.code_of("channel", ref.channels)
        track = self.code_of("track", ref.tracks) or "unclear"
        grounds = self.codes_of("grounds", ref.grounds)
        incident_types = self.codes_of("incident_types", ref.incident_types)
        referred = parse_yes_no(self.values.get("mediation"))
        if referred is None:
            self.problem("mediation", self.text("mediation"), "not yes or no (use ja or nei)")
        mediation_area = self.code_of("mediation_area", ref.areas)
        mediation_outcome = self.code_of("mediation_outcome", ref.mediation_outcomes)
        if referred is False:
            for column in ("mediation_area", "mediation_outcome"):
                if self.text(column):
                    self.problem(column, self.text(column), "given without mediation=ja")
        if opened is not None and closed is not None and closed < opened:
            self.problem("closed", self.text("closed"), "closed before the case was opened")
        if self.problems or opened is None or area is None:
            return None
        case = Case(
            opened=opened,
            area=area,
            reference=reference,
            status=STATUS_CLOSED if closed is not None else STATUS_OPEN,
            closed=closed,
            channel=channel,
            grounds=[CaseGround(code, perceived=True, assessed=False) for code in grounds],
            incident_types=incident_types,
            track=track,
            summary=self.text("summary"),
            mediation=Mediation(
                referred=bool(referred), area=mediation_area, outcome=mediation_outcome
            ),
        )
        # A safety net: whatever the case model still finds wrong is reported too.
        for fp in validate_case(case, ref):
            self.problem(fp.field, fp.value, fp.code.replace("_", " "))
        return None if self.problems else case


# --- public API --------------------------------------------------------------


@dataclass(frozen=True)
class _ParsedCase:
    line: int
    case: Case


def _parse(path: Path, ref: ReferenceData) -> list[_ParsedCase]:
    table = _read_table(path)
    names, header_problems = _header_columns(table)
    if header_problems:
        raise ImportFailed(path, header_problems)
    problems: list[ImportProblem] = []
    parsed: list[_ParsedCase] = []
    first_line_of: dict[str, int] = {}
    for row in table.rows:
        values: dict[str, CellValue] = {}
        for index, value in enumerate(row.values):
            name = names[index] if index < len(names) else None
            if name is not None:
                values[name] = value
            elif _text(value):
                problems.append(
                    ImportProblem(row.line, "", _text(value), "a value in a column with no name")
                )
        parser = _RowParser(ref, row.line, values)
        case = parser.parse()
        problems.extend(parser.problems)
        reference = parser.text("reference").upper()
        if reference:
            if reference in first_line_of:
                problems.append(
                    ImportProblem(
                        row.line,
                        "reference",
                        reference,
                        f"duplicate reference (also on line {first_line_of[reference]})",
                    )
                )
            else:
                first_line_of[reference] = row.line
        if case is not None:
            parsed.append(_ParsedCase(row.line, case))
    if problems:
        raise ImportFailed(path, problems)
    return parsed


def read_register(path: Path, ref: ReferenceData | None = None) -> list[Case]:
    """Every case in a CSV or XLSX register file, validated; nothing is stored.

    Raises InputFileError if the file cannot be read, ImportFailed listing
    every problem of every row otherwise.
    """
    return [p.case for p in _parse(path, ref or default_reference())]


def _existing_problems(
    parsed: Sequence[_ParsedCase], existing: Iterable[str]
) -> Iterator[ImportProblem]:
    found = set(existing)
    for p in parsed:
        if p.case.reference in found:
            yield ImportProblem(
                p.line, "reference", p.case.reference or "", "is already in the vault"
            )


def import_register(
    vault: Vault,
    path: Path,
    *,
    skip_existing: bool = False,
    ref: ReferenceData | None = None,
) -> ImportReport:
    """Read ``path`` and store its cases in ``vault`` in one transaction.

    A reference already in the vault is an error (ImportFailed naming the
    lines) unless ``skip_existing``; then those rows are left out and reported.
    """
    parsed = _parse(path, ref or default_reference())
    references = [p.case.reference for p in parsed if p.case.reference]
    existing = vault.cases.existing_references(references) if references else set()
    if existing and not skip_existing:
        raise ImportFailed(path, list(_existing_problems(parsed, existing)))
    result = vault.cases.add_many([p.case for p in parsed], skip_existing=skip_existing)
    return ImportReport(
        file=path, read=len(parsed), added=result.added, skipped=list(result.skipped)
    )

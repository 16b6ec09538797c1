"""Import of earlier case registers from CSV or XLSX files.

The file has a header row naming its columns (case-insensitive, trimmed):

    reference, opened, channel, area, grounds, incident_types, track, summary,
    mediation, mediation_area, mediation_outcome, closed,
    consent_store_identity, consent_contact_client, consent_contact_counterpart,
    consent_mediation_referral, consent_share_police, consent_share_tribunal

Only ``opened`` and ``area`` are required. A ``consent_<purpose>`` column says
whether the client consented (ja/nei; when and how are not recorded); every
consent the register does not say is imported as "not recorded" (issue 12).
A value may be a code, a label or an alias of the reference data (case-insensitive); ``grounds`` and
``incident_types`` take several values separated by ``;``.

Import is all-or-nothing: every row is checked (:class:`~dime_desktop.errors.ImportFailed`
names the first ``MAX_LISTED_PROBLEMS`` problems and counts the rest) before
anything is stored, and the cases are stored in one transaction.

The file is read once, as a stream (CSV line by line; XLSX with openpyxl's
read-only mode), and bounded, so that
a register of 300,000 cases goes in and a hostile or broken file cannot take
the machine's memory or hours of time:

* at most ``MAX_FILE_BYTES`` (256 MiB) on disk, and for XLSX at most
  ``MAX_UNPACKED_BYTES`` (1 GiB) once unpacked;
* at most ``MAX_ROWS`` (400,000) rows of cases; a CSV line of at most
  ``MAX_LINE_BYTES`` (1 MiB); no XLSX row after Excel's last (1,048,576);
  ``MAX_COLUMNS`` (100) columns are read, a value further right is a problem;
* a CSV whose last record ends inside a quoted field, or whose last line has
  fewer fields than the header and no line ending, is refused as cut off.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from dime_desktop.cases.model import (
    CONSENT_PURPOSES,
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
    *(f"consent_{purpose}" for purpose in CONSENT_PURPOSES),
)
REQUIRED_COLUMNS = ("opened", "area")
LIST_SEPARATOR = ";"

# Limits (see the module's docstring): room for 300,000 cases with summaries.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_ROWS = 400_000
MAX_LINE_BYTES = 1024 * 1024
MAX_COLUMNS = 100  # read from each row; a value further right is reported
XLSX_LAST_ROW = 1_048_576
MAX_LISTED_PROBLEMS = 50
PROGRESS_EVERY = 500  # rows between two calls of ``progress``

_TRUE = frozenset({"ja", "j", "yes", "y", "true", "1"})
_FALSE = frozenset({"nei", "n", "no", "false", "0", ""})

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary .xls
_BOM = b"\xef\xbb\xbf"
_XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_CHUNK = 1024 * 1024
_EOL = re.compile(rb"[\r\n]")

# A cell value: text from CSV, or what openpyxl gives for an XLSX cell.
CellValue = str | date | None
Progress = Callable[[int], None]


@dataclass(frozen=True)
class ImportReport:
    """What an import did: ``read`` cases offered, ``added`` stored,
    ``skipped`` references that were already in the vault."""

    file: Path | None
    read: int
    added: int
    skipped: list[str] = field(default_factory=list)


class RegisterCases(list[Case]):
    """The cases of a register file, in file order, with the line (CSV) or row
    (XLSX) each came from, so that ``import_cases`` can name them."""

    def __init__(self, file: Path, cases: Sequence[Case] = (), lines: Sequence[int] = ()) -> None:
        super().__init__(cases)
        self.file = file
        self.lines = list(lines)


@dataclass(frozen=True)
class _Row:
    line: int
    values: Sequence[CellValue]  # the first MAX_COLUMNS cells
    beyond: str = ""  # a value further right (only one is named), or ""


class _Problems:
    """The first MAX_LISTED_PROBLEMS problems, and how many there are."""

    def __init__(self) -> None:
        self.listed: list[ImportProblem] = []
        self.total = 0

    def add(self, problem: ImportProblem) -> None:
        self.total += 1
        if len(self.listed) < MAX_LISTED_PROBLEMS:
            self.listed.append(problem)

    def extend(self, problems: Sequence[ImportProblem]) -> None:
        for p in problems:
            self.add(p)

    def fail(self, path: Path) -> ImportFailed:
        return ImportFailed(path, self.listed, total=self.total)


# --- reading the file --------------------------------------------------------


def _open(path: Path) -> IO[bytes]:
    try:
        f = path.open("rb")
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputFileError(path, "the file does not exist") from None
    except IsADirectoryError:
        raise InputFileError(path, "this is a folder, not a file") from None
    except PermissionError:
        raise InputFileError(path, "permission denied when reading the file") from None
    except OSError as exc:
        raise InputFileError(path, f"cannot read the file ({exc.strerror or exc})") from None
    if size > MAX_FILE_BYTES:
        f.close()
        raise InputFileError(
            path,
            f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB "
            f"({size // (1024 * 1024)} MiB); split it into smaller files and import "
            "them one by one",
        )
    return f


def _rows(path: Path) -> Iterator[_Row]:
    """Every non-blank row of the file, the header first."""
    f = _open(path)
    try:
        head = f.read(8)
        f.seek(0)
        if head.startswith(_ZIP_MAGIC):
            f.close()
            yield from _xlsx_rows(path)
            return
        if head.startswith(_OLE_MAGIC):
            raise InputFileError(
                path, "this is an old Excel (.xls) file; save it as .xlsx or as UTF-8 CSV"
            )
        if path.suffix.lower() in _XLSX_SUFFIXES:
            raise InputFileError(path, "this is not a real XLSX file (it is not an Excel workbook)")
        yield from _csv_rows(path, f)
    finally:
        f.close()


def _physical_lines(path: Path, f: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """(byte offset, line with its ending) for every line: ``\\n``, ``\\r\\n``
    or a lone ``\\r`` (old Mac files) end a line."""
    pending = b""
    offset = 0
    line_no = 0
    while True:
        try:
            chunk = f.read(_CHUNK)
        except OSError as exc:
            raise InputFileError(path, f"cannot read the file ({exc.strerror or exc})") from None
        data = pending + chunk if pending else chunk
        pos = 0
        while True:
            m = _EOL.search(data, pos)
            if m is None:
                break
            i = m.start()
            if data[i] == 13:  # "\r": a "\n" may follow, in the next chunk too
                if i + 1 == len(data) and chunk:
                    break
                end = i + 2 if i + 1 < len(data) and data[i + 1] == 10 else i + 1
            else:
                end = i + 1
            line_no += 1
            if end - pos > MAX_LINE_BYTES:
                raise _long_line(path, line_no)
            yield offset + pos, data[pos:end]
            pos = end
        pending = data[pos:]
        offset += pos
        if len(pending) > MAX_LINE_BYTES:
            raise _long_line(path, line_no + 1)
        if not chunk:
            if pending:
                yield offset, pending
            return


def _long_line(path: Path, line: int) -> InputFileError:
    return InputFileError(
        path,
        f"line {line} is longer than {MAX_LINE_BYTES // 1024} KiB; this is not a register "
        "(or its lines do not end where they should)",
    )


def _decoded_lines(path: Path, f: IO[bytes]) -> Iterator[str]:
    """The lines as text (UTF-8, a BOM allowed), each checked."""
    for number, (offset, raw) in enumerate(_physical_lines(path, f), start=1):
        if number == 1 and raw.startswith(_BOM):
            raw, offset = raw[len(_BOM) :], offset + len(_BOM)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            byte = offset + exc.start
            raise InputFileError(
                path,
                f"the file is not UTF-8 text (line {number}, byte {byte + 1}: "
                f"0x{raw[exc.start]:02X}); save it as UTF-8 CSV",
            ) from None
        if "\x00" in text:
            raise InputFileError(
                path, f"this is not a text file (it contains NUL bytes, line {number})"
            )
        yield text


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


def _csv_rows(path: Path, f: IO[bytes]) -> Iterator[_Row]:
    lines = _decoded_lines(path, f)
    # the delimiter comes from the first non-blank line, which is the header
    ahead: list[str] = []
    for text in lines:
        ahead.append(text)
        if text.strip():
            break
    if not ahead or not ahead[-1].strip():
        raise InputFileError(path, "the file is empty (it needs a header row)")
    delimiter = _sniff_delimiter(ahead[-1])

    def every_line() -> Iterator[str]:
        yield from ahead
        yield from lines

    last_line = [""]

    def remember(source: Iterator[str]) -> Iterator[str]:
        for text in source:
            last_line[0] = text
            yield text

    reader = csv.reader(remember(every_line()), delimiter=delimiter, strict=True)
    header_fields = 0
    previous_end = 0
    while True:
        start = previous_end + 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                raise InputFileError(
                    path,
                    f"line {start}: the last record ends inside a quoted field "
                    '(a " is never closed); the file seems cut off',
                ) from None
            raise InputFileError(
                path, f"line {reader.line_num}: the CSV cannot be read ({exc})"
            ) from None
        previous_end = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if not header_fields:
            header_fields = len(record)
        elif len(record) < header_fields and not last_line[0].endswith(("\n", "\r")):
            # a line without a line ending is the file's last
            raise InputFileError(
                path,
                f"line {start}: the last line has {len(record)} of the {header_fields} "
                "columns and no line ending; the file seems cut off",
            )
        beyond = ""
        if len(record) > MAX_COLUMNS:
            rest = record[MAX_COLUMNS:]
            if "".join(rest).strip():
                beyond = next(v for v in reversed(rest) if v.strip()).strip()
            record = record[:MAX_COLUMNS]
        yield _Row(start, record, beyond)


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


def _xlsx_rows(path: Path) -> Iterator[_Row]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputFileError(
            path, f"this is not a readable XLSX workbook ({type(exc).__name__})"
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputFileError(
            path,
            f"the workbook unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MiB; "
            "save it as CSV or split it",
        )
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (BadZipFile, KeyError...)
        raise InputFileError(
            path, f"this is not a readable XLSX workbook ({type(exc).__name__})"
        ) from None
    try:
        if not workbook.worksheets:
            raise InputFileError(path, "the workbook has no sheets")
        sheet: Any = workbook.worksheets[0]
        header = False
        for number, values, beyond in _sheet_rows(workbook, sheet):
            if number > XLSX_LAST_ROW:
                raise InputFileError(path, "the first sheet has rows after row 1,048,576")
            if not beyond and all(
                v is None or (isinstance(v, str) and not v.strip()) for v in values
            ):
                continue
            header = True
            yield _Row(number, values, beyond)
        if not header:
            raise InputFileError(path, "the first sheet is empty (it needs a header row)")
    except InputFileError:
        raise
    except Exception as exc:  # a damaged sheet inside a valid zip
        raise InputFileError(
            path, f"the first sheet cannot be read ({type(exc).__name__})"
        ) from None
    finally:
        workbook.close()


SheetRow = tuple[int, list[CellValue], str]  # row number, first MAX_COLUMNS values, beyond


def _sheet_rows(workbook: Any, sheet: Any) -> Iterator[SheetRow]:
    rows = _sparse_sheet_rows(workbook, sheet)
    return rows if rows is not None else _padded_sheet_rows(sheet)


def _sparse_sheet_rows(workbook: Any, sheet: Any) -> Iterator[SheetRow] | None:
    """The rows as the sheet holds them: only the cells that are there, and no
    row that is not (openpyxl's own sheet parser, which its read-only mode
    uses too, without the padding of every row to the sheet's widest row and
    of the sheet to its claimed size). None when this openpyxl has it no more."""
    try:
        from openpyxl.worksheet._reader import WorkSheetParser

        src = sheet._get_source()
        parser = WorkSheetParser(
            src,
            sheet._shared_strings,
            data_only=workbook.data_only,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
    except (ImportError, AttributeError, TypeError):  # pragma: no cover - another openpyxl
        return None

    def rows() -> Iterator[SheetRow]:
        heights = parser.row_dimensions  # kept per row by the parser, not needed here
        convert = _xlsx_cell
        try:
            for number, cells in parser.parse():
                if heights:
                    heights.clear()
                values: list[CellValue] = []
                beyond = ""
                for cell in cells:
                    value = cell["value"]
                    if value is None:
                        continue
                    column = cell["column"]
                    if column > MAX_COLUMNS:
                        beyond = _text(convert(value)) or beyond
                        continue
                    if column > len(values):
                        values.extend([None] * (column - len(values)))
                    values[column - 1] = convert(value)
                yield number, values, beyond
        finally:
            src.close()

    return rows()


def _padded_sheet_rows(sheet: Any) -> Iterator[SheetRow]:
    """The same through openpyxl's public read-only rows (slower for rows
    that reach far right)."""
    # The sheet's own "dimension" can claim A1:XFD1048576; then every row
    # would be padded to 16,384 cells and a million empty rows added.
    sheet.reset_dimensions()
    for number, raw in enumerate(sheet.iter_rows(values_only=True), start=1):
        if raw.count(None) == len(raw):
            continue
        beyond = ""
        if len(raw) > MAX_COLUMNS:  # a row reaching far right (up to XFD)
            rest = raw[MAX_COLUMNS:]
            if rest.count(None) != len(rest):
                far = raw[-1] if raw[-1] is not None else next(v for v in rest if v is not None)
                beyond = _text(_xlsx_cell(far))
            raw = raw[:MAX_COLUMNS]
        yield number, [_xlsx_cell(v) for v in raw], beyond


# --- header ------------------------------------------------------------------


def _header_columns(row: _Row) -> tuple[list[str | None], list[ImportProblem]]:
    """Column name per position (None for an unnamed, ignored column) and problems."""
    problems: list[ImportProblem] = []
    names: list[str | None] = []
    seen: set[str] = set()
    line = row.line
    for cell in row.values:
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

    def __init__(
        self,
        ref: ReferenceData,
        line: int,
        values: dict[str, CellValue],
        resolved: dict[tuple[int, str], str | None] | None = None,
    ) -> None:
        self.ref = ref
        self.line = line
        self.values = values
        self.problems: list[ImportProblem] = []
        # text -> code per reference list, shared by the rows of one file
        # (a register repeats the same few hundred values)
        self.resolved = resolved if resolved is not None else {}

    def resolve(self, codes: ReferenceList, text: str) -> str | None:
        key = (id(codes), text)
        try:
            return self.resolved[key]
        except KeyError:
            code = codes.resolve(text)
            if len(self.resolved) < 10_000:  # a file of distinct values gains nothing
                self.resolved[key] = code
            return code

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
        code = self.resolve(codes, text)
        if code is None:
            self.problem(column, text, "unknown value")
        return code

    def codes_of(self, column: str, codes: ReferenceList) -> list[str]:
        result: list[str] = []
        for part in self.text(column).split(LIST_SEPARATOR):
            part = part.strip()
            if not part:
                continue
            code = self.resolve(codes, part)
            if code is None:
                self.problem(column, part, "unknown value")
            elif code not in result:
                result.append(code)
        return result

    def consents(self, case: Case) -> None:
        """What the register says of the client's consents (issue 12): ja is
        given (when and how not recorded), nei is not given; every purpose it
        does not say is stored as "not recorded" (``CaseRepository.add_many``)."""
        from dime_desktop.privacy.consent import give

        for purpose in CONSENT_PURPOSES:
            column = f"consent_{purpose}"
            text = self.text(column)
            if not text:
                continue
            answer = parse_yes_no(self.values.get(column))
            if answer is None:
                self.problem(column, text, "not yes or no (use ja or nei)")
            elif answer:
                give(case, purpose, None, None)

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
        self.consents(case)
        # A safety net: whatever the case model still finds wrong is reported too.
        for fp in validate_case(case, ref):
            self.problem(fp.field, fp.value, fp.code.replace("_", " "))
        return None if self.problems else case


# --- public API --------------------------------------------------------------


def read_register(
    path: Path, ref: ReferenceData | None = None, *, progress: Progress | None = None
) -> list[Case]:
    """Every case in a CSV or XLSX register file, validated; nothing is stored.

    Reads the file once, as a stream. ``progress(rows_read)`` is called every
    ``PROGRESS_EVERY`` rows (on the calling thread). Raises InputFileError if
    the file cannot be read or breaks a limit, ImportFailed with the problems
    of the rows otherwise. The result is a ``RegisterCases`` (a list of the
    cases that also knows their lines, for ``import_cases``)."""
    path = Path(path)
    reference = ref or default_reference()
    rows = _rows(path)
    try:
        head = next(rows)
    except StopIteration:  # pragma: no cover - _rows raises for an empty file
        raise InputFileError(path, "the file is empty (it needs a header row)") from None
    names, header_problems = _header_columns(head)
    if head.beyond:
        header_problems.append(
            ImportProblem(
                head.line,
                "",
                head.beyond,
                f"a column after column {MAX_COLUMNS}; only the first {MAX_COLUMNS} are read",
            )
        )
    if header_problems:
        raise ImportFailed(path, header_problems)
    problems = _Problems()
    cases: list[Case] = []
    lines: list[int] = []
    first_line_of: dict[tuple[int, int], tuple[str, int]] = {}
    resolved: dict[tuple[int, str], str | None] = {}
    count = 0
    for row in rows:
        count += 1
        if count > MAX_ROWS:
            raise InputFileError(
                path,
                f"the file has more than {MAX_ROWS:,} rows of cases; import it in parts "
                f"of at most {MAX_ROWS:,} rows",
            )
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)
        values: dict[str, CellValue] = {}
        if row.beyond:
            problems.add(
                ImportProblem(
                    row.line, "", row.beyond, f"a value after column {MAX_COLUMNS}, with no name"
                )
            )
        for index, value in enumerate(row.values):
            name = names[index] if index < len(names) else None
            if name is not None:
                values[name] = value
            elif _text(value):
                problems.add(
                    ImportProblem(row.line, "", _text(value), "a value in a column with no name")
                )
        parser = _RowParser(reference, row.line, values, resolved)
        case = parser.parse()
        problems.extend(parser.problems)
        reference_text = parser.text("reference").upper()
        parsed = parse_reference(reference_text) if reference_text else None
        if parsed is not None:
            if parsed in first_line_of:
                other, first = first_line_of[parsed]
                same = "" if other == reference_text else f", as {other}"
                problems.add(
                    ImportProblem(
                        row.line,
                        "reference",
                        reference_text,
                        f"duplicate reference (also on line {first}{same})",
                    )
                )
            else:
                first_line_of[parsed] = (reference_text, row.line)
        if case is not None and not problems.total:
            cases.append(case)
            lines.append(row.line)
    if progress is not None and count % PROGRESS_EVERY:
        progress(count)
    if problems.total:
        raise problems.fail(path)
    return RegisterCases(path, cases, lines)


def import_cases(
    vault: Vault, cases: Sequence[Case], *, skip_existing: bool = False
) -> ImportReport:
    """Store ``cases`` (from ``read_register``) in ``vault`` in one
    transaction: all of them or none.

    One look-up for every reference at once finds those already in the vault:
    an error (ImportFailed naming their lines) unless ``skip_existing``; then
    they are left out and listed in ``skipped``."""
    file = cases.file if isinstance(cases, RegisterCases) else None
    lines = cases.lines if isinstance(cases, RegisterCases) else []
    references = [c.reference for c in cases if c.reference]
    existing = vault.cases.existing_references(references) if references else set()
    if existing and not skip_existing:
        problems = _Problems()
        for i, case in enumerate(cases):
            if case.reference in existing:
                line = lines[i] if i < len(lines) else i + 1
                problems.add(
                    ImportProblem(
                        line, "reference", case.reference or "", "is already in the vault"
                    )
                )
        raise problems.fail(file or Path("the cases"))
    keep = [c for c in cases if c.reference not in existing] if existing else list(cases)
    result = vault.cases.add_many(keep, consents_not_recorded=True)
    skipped = [c.reference for c in cases if c.reference in existing and c.reference]
    return ImportReport(file=file, read=len(cases), added=result.added, skipped=skipped)


def import_register(
    vault: Vault,
    path: Path,
    *,
    skip_existing: bool = False,
    ref: ReferenceData | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """``read_register`` then ``import_cases``: the file is read once."""
    cases = read_register(path, ref, progress=progress)
    report = import_cases(vault, cases, skip_existing=skip_existing)
    return ImportReport(
        file=Path(path), read=report.read, added=report.added, skipped=report.skipped
    )

"""Property tests of the import with generated registers (issue 9, finding 8).

A register of valid cases (summaries with quotes, commas, line breaks and
æøå) is written as CSV and then cut off at any byte. Whatever the cut:

* a cut inside a quoted field is refused (it used to import 72 of 250 such
  files without a word), and so is a last line left with fewer fields;
* otherwise the cases read are the file's first cases, unchanged, except that
  the very last one may lose the end of its last field (``closed``): a cut
  there leaves a well-formed file, and no reader can tell;
* importing a refused file into a vault stores nothing.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dime_desktop.errors import ImportFailed, InputFileError
from dime_desktop.importing import import_register, read_register

HEADER = [
    "reference",
    "opened",
    "area",
    "grounds",
    "summary",
    "mediation",
    "mediation_outcome",
    "closed",
]

summaries = st.text(alphabet='abcæøå ÆØÅ,;"\n\r\t-.', max_size=30).map(str.strip)

rows = st.lists(
    st.tuples(
        st.integers(1, 999),
        st.dates(date(2015, 1, 1), date(2024, 12, 31)),
        st.sampled_from(["work", "Bolig", "NAV", "helse"]),
        st.sampled_from(["", "ethnicity", "Religion;Alder", "hudfarge;kjønn"]),
        summaries,
        st.sampled_from([("nei", ""), ("ja", ""), ("ja", "Enighet")]),
        st.integers(0, 60),
    ),
    min_size=1,
    max_size=6,
    unique_by=lambda r: r[0],
)


def register_text(data: list[Any], quote_all: bool) -> str:
    buf = io.StringIO()
    w = csv.writer(
        buf, lineterminator="\r\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    )
    w.writerow(HEADER)
    for number, opened, area, grounds, summary, (mediation, outcome), days in data:
        closed = date.fromordinal(opened.toordinal() + days).isoformat() if days else ""
        w.writerow(
            [
                f"DH-{opened.year}-{number:03d}",
                opened.isoformat(),
                area,
                grounds,
                summary,
                mediation,
                outcome,
                closed,
            ]
        )
    return buf.getvalue()


def inside_quotes(text: str) -> bool:
    """Whether the end of ``text`` lies inside a quoted field."""
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
    return quoted


def _key(case: Any, last: bool) -> tuple[Any, ...]:
    core = (
        case.reference,
        case.opened,
        case.area,
        case.ground_codes(),
        case.summary,
        case.mediation,
    )
    return core if last else (*core, case.closed, case.status)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=rows, quote_all=st.booleans(), where=st.floats(0, 1))
def test_a_cut_off_register_is_refused_or_read_unchanged(
    tmp_path: Path, data: list[Any], quote_all: bool, where: float
) -> None:
    text = register_text(data, quote_all)
    raw = text.encode("utf-8")
    full = tmp_path / "full.csv"
    full.write_bytes(raw)
    originals = read_register(full)
    assert len(originals) == len(data)
    header_end = raw.index(b"\r\n") + 2
    cut = header_end + int(where * (len(raw) - header_end))
    path = tmp_path / "cut.csv"
    path.write_bytes(raw[:cut])
    kept = raw[:cut].decode("utf-8", errors="ignore")
    try:
        cases = read_register(path)
    except (ImportFailed, InputFileError):
        return
    assert not inside_quotes(kept), "a record cut inside a quoted field was read"
    assert len(cases) <= len(originals)
    for k, case in enumerate(cases):
        last = k == len(cases) - 1 and cut < len(raw)
        assert _key(case, last) == _key(originals[k], last)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=rows, where=st.floats(0, 1))
def test_a_refused_cut_stores_nothing(
    vault: Any, tmp_path: Path, data: list[Any], where: float
) -> None:
    raw = register_text(data, quote_all=True).encode("utf-8")
    header_end = raw.index(b"\r\n") + 2
    cut = header_end + int(where * (len(raw) - header_end))
    path = tmp_path / "cut.csv"
    path.write_bytes(raw[:cut])
    before = vault.cases.count()
    try:
        report = import_register(vault, path, skip_existing=True)
    except (ImportFailed, InputFileError):
        assert vault.cases.count() == before
        return
    assert vault.cases.count() == before + report.added


def test_every_cut_inside_a_quoted_summary_is_refused(tmp_path: Path) -> None:
    """Exhaustive for one register: every byte position inside a quoted field."""
    data = [
        (
            1,
            date(2019, 1, 7),
            "work",
            "ethnicity",
            'Nektet jobb, fikk høre "kulturell passform"',
            ("nei", ""),
            3,
        ),
        (2, date(2019, 2, 14), "Bolig", "", "Naboen\nroper", ("ja", "Enighet"), 0),
    ]
    raw = register_text(data, quote_all=False).encode("utf-8")
    text = raw.decode("utf-8")
    header_end = raw.index(b"\r\n") + 2
    refused = 0
    for cut in range(header_end, len(raw)):
        kept = raw[:cut].decode("utf-8", errors="ignore")
        if not inside_quotes(kept):
            continue
        path = tmp_path / "cut.csv"
        path.write_bytes(raw[:cut])
        try:
            read_register(path)
        except InputFileError:
            refused += 1
            continue
        raise AssertionError(f"cut at byte {cut} inside a quoted field was read: {text[:cut]!r}")
    assert refused > 40

"""The access log as CSV (issue 12): no content of any case, so it is safe to
share (with the board, an auditor). Columns: entry, time (local), who, event,
case, fields, detail, hash. Event, fields and detail are the log's own codes
(stable, for an auditor's scripts; the screen shows them in words), and the
header says so."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from dime_desktop.fileio import atomic_write_bytes
from dime_desktop.storage.access_log import LogEntry

HEADER = {
    "nb": [
        "nr",
        "tidspunkt",
        "hvem",
        "hendelse (kode)",
        "sak",
        "felt (koder)",
        "detalj (kode)",
        "hash",
    ],
    "en": [
        "entry",
        "time",
        "who",
        "event (code)",
        "case",
        "fields (codes)",
        "detail (code)",
        "hash",
    ],
}


def local_time(entry: LogEntry) -> str:
    return entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def log_csv(entries: Iterable[LogEntry], *, lang: str = "nb", delimiter: str = ";") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER["en" if lang == "en" else "nb"])
    for e in entries:
        writer.writerow(
            [
                e.id,
                local_time(e),
                _safe(e.actor),
                e.event,
                e.case_ref,
                " ".join(e.fields),
                e.detail,
                e.hash,
            ]
        )
    return out.getvalue()


def _safe(text: str) -> str:
    """A spreadsheet never runs a name as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def write_log_csv(
    path: Path, entries: Iterable[LogEntry], *, lang: str = "nb", delimiter: str = ";"
) -> int:
    """Write the entries as CSV (UTF-8 with BOM, for spreadsheets); returns how many."""
    items = list(entries)
    text = log_csv(items, lang=lang, delimiter=delimiter)
    atomic_write_bytes(Path(path), ("\ufeff" + text).encode("utf-8"), mode=0o600)
    return len(items)

"""Evidence out of the vault, to a folder the user picked: one item, or the
whole evidence package of a case.

Both leave the vault in plaintext: the GUI and the CLI say so before writing.
Every file is written ``0600`` atomically (``fileio``), a package folder is
``0700``; nothing existing is overwritten (a name gets `` (2)``). Each file's
bytes are checked against the stored SHA-256 before they are written.

A package is a folder ``<reference> bevis`` / ``<reference> evidence`` with the
files numbered as the attachments of the documents (``Vedlegg 01 - ...``) and
an index (``bevisliste.txt`` / ``evidence-list.txt``) listing every item, its
fingerprint and, for online hate, the platform, address, user name, time and
context.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePath
from typing import Protocol

from dime_desktop.cases.model import Case
from dime_desktop.documents.checklist import format_date
from dime_desktop.errors import OutputFileError
from dime_desktop.evidence.files import ACCEPTED, human_size, sha256_hex
from dime_desktop.evidence.model import EvidenceItem, attachments, evidence_kinds
from dime_desktop.fileio import atomic_write_bytes, fsync_dir

TEXTS = {
    "nb": {
        "folder": "{reference} bevis",
        "index": "bevisliste.txt",
        "attachment": "Vedlegg",
        "title": "Bevisliste for sak {reference}",
        "made": "Laget {date} fra DiMe Desktop. Filene er kopier av filene i hvelvet.",
        "no_file": "(ingen fil)",
        "kind": "Type",
        "received": "Mottatt",
        "given_by": "Gitt av",
        "file": "Fil",
        "size": "Størrelse",
        "sha256": "SHA-256",
        "platform": "Plattform",
        "url": "Nettadresse",
        "user": "Brukernavn",
        "posted": "Publisert",
        "context": "Sammenheng",
        "witness": "Vitne",
        "note": "Merknad",
    },
    "en": {
        "folder": "{reference} evidence",
        "index": "evidence-list.txt",
        "attachment": "Attachment",
        "title": "Evidence list of case {reference}",
        "made": "Made {date} by DiMe Desktop. The files are copies of the files in the vault.",
        "no_file": "(no file)",
        "kind": "Kind",
        "received": "Received",
        "given_by": "Given by",
        "file": "File",
        "size": "Size",
        "sha256": "SHA-256",
        "platform": "Platform",
        "url": "Address (URL)",
        "user": "User name",
        "posted": "Posted",
        "context": "Context",
        "witness": "Witness",
        "note": "Note",
    },
}

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_EXT_FOR_TYPE = {media: ext for ext, media in reversed(list(ACCEPTED.items()))}


class EvidenceSource(Protocol):
    def read_bytes(self, item_id: int) -> bytes: ...


def _log_export(source: EvidenceSource, case_id: int, detail: str) -> None:
    """The access log's entry (issue 12) when the source is the vault's repository."""
    log = getattr(source, "log_export", None)
    if callable(log):
        log(case_id, detail)


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    item_id: int | None  # None for the index
    sha256: str


def safe_name(text: str, limit: int = 60) -> str:
    """A file name part from free text: no folder separators or control characters."""
    text = unicodedata.normalize("NFC", _UNSAFE.sub(" ", text))
    text = " ".join(text.split()).strip(". ")
    return text[:limit].rstrip(". ") or "fil"


def _extension(item: EvidenceItem) -> str:
    ext = PurePath(item.file_name).suffix.lower()
    if ext in ACCEPTED and ACCEPTED[ext] == item.media_type:
        return ext
    return _EXT_FOR_TYPE.get(item.media_type, ext or ".bin")


def _free(path: Path) -> Path:
    """``path``, or ``name (2).ext`` ... when something is already there."""
    if not path.exists():
        return path
    for n in range(2, 1000):
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        if not candidate.exists():
            return candidate
    raise OutputFileError(path, "too many files of this name")


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise OutputFileError(folder, "the folder does not exist")
    if not os.access(folder, os.W_OK):
        raise OutputFileError(folder, "the folder cannot be written")


def item_file_name(item: EvidenceItem, number: int | None, lang: str) -> str:
    base = safe_name(item.description or PurePath(item.file_name).stem)
    if number is not None:
        base = f"{TEXTS[lang]['attachment']} {number:02d} - {base}"
    return base + _extension(item)


def export_item(
    source: EvidenceSource, item: EvidenceItem, folder: Path, *, lang: str = "nb"
) -> ExportedFile:
    """Write one item's file into ``folder`` (0600); returns where it went."""
    if item.id is None or not item.has_file:
        raise OutputFileError(Path(folder), "this evidence item has no file")
    folder = Path(folder)
    _check_folder(folder)
    data = source.read_bytes(item.id)  # checked against its SHA-256
    path = _free(folder / item_file_name(item, None, lang))
    atomic_write_bytes(path, data, mode=0o600)
    _log_export(source, item.case_id, "evidence")
    return ExportedFile(path, item.id, item.sha256)


def _index_lines(case: Case, items: Sequence[EvidenceItem], lang: str, today: date) -> list[str]:
    t = TEXTS[lang]
    kinds = evidence_kinds()
    numbers = {id(i): n for n, i in attachments(list(items))}
    reference = case.reference or ""
    lines = [
        t["title"].format(reference=reference),
        t["made"].format(date=format_date(today, lang)),
        "",
    ]
    for item in sorted(items, key=lambda i: (i.position, i.id or 0)):
        n = numbers.get(id(item))
        head = f"{t['attachment']} {n}: " if n is not None else "- "
        lines.append(head + item.description)
        rows = [(t["kind"], kinds.label(item.kind, lang))]
        if item.received:
            rows.append((t["received"], format_date(item.received, lang)))
        if item.given_by:
            rows.append((t["given_by"], item.given_by))
        if item.has_file:
            rows += [
                (t["file"], item_file_name(item, n, lang)),
                (t["size"], human_size(item.size, lang)),
                (t["sha256"], item.sha256),
            ]
        else:
            rows.append((t["file"], t["no_file"]))
        o = item.online
        for key, value in (
            ("platform", o.platform),
            ("url", o.url),
            ("user", o.user_name),
            ("posted", o.posted_at),
            ("context", o.context),
        ):
            if value.strip():
                rows.append((t[key], value.strip()))
        for w in item.witnesses:
            contact = f", {w.contact}" if w.contact and w.consent else ""
            rows.append((t["witness"], w.name + contact))
        if item.note.strip():
            rows.append((t["note"], item.note.strip()))
        lines += [f"    {label}: {value}" for label, value in rows]
        lines.append("")
    return lines


def export_package(
    source: EvidenceSource,
    case: Case,
    items: Sequence[EvidenceItem],
    folder: Path,
    *,
    lang: str = "nb",
    today: date | None = None,
) -> list[ExportedFile]:
    """Write every item's file and the index into a new folder inside ``folder``."""
    folder = Path(folder)
    _check_folder(folder)
    t = TEXTS[lang]
    target = _free(folder / safe_name(t["folder"].format(reference=case.reference or "")))
    try:
        target.mkdir(mode=0o700)
        os.chmod(target, 0o700)
    except OSError as exc:
        raise OutputFileError(target, exc.strerror or str(exc)) from None
    written: list[ExportedFile] = []
    for n, item in attachments(list(items)):
        assert item.id is not None
        data = source.read_bytes(item.id)
        path = target / item_file_name(item, n, lang)
        atomic_write_bytes(path, data, mode=0o600)
        written.append(ExportedFile(path, item.id, item.sha256))
    index = "\n".join(_index_lines(case, items, lang, today or date.today())) + "\n"
    index_path = target / t["index"]
    atomic_write_bytes(index_path, index.encode("utf-8"), mode=0o600)
    written.append(ExportedFile(index_path, None, sha256_hex(index.encode("utf-8"))))
    fsync_dir(folder)
    if case.id is not None:
        _log_export(source, case.id, "evidence_package")
    return written

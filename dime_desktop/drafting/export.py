"""Write a document to a file the user chose: PDF or DOCX by the file's
suffix, atomically and readable only by this user (``0600``, through
``fileio``), and return the SHA-256 of exactly the bytes written (what
"Mark as sent" seals)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dime_desktop.drafting.model import DocumentText
from dime_desktop.drafting.render_docx import document_docx
from dime_desktop.drafting.render_pdf import document_pdf
from dime_desktop.errors import OutputFileError
from dime_desktop.evidence.files import sha256_hex
from dime_desktop.fileio import atomic_write_bytes

FORMATS = ("pdf", "docx")


@dataclass(frozen=True)
class Exported:
    path: Path
    format: str  # "pdf" | "docx"
    sha256: str
    size: int


def format_of(path: Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise OutputFileError(Path(path), "the file name must end in .pdf or .docx")
    return suffix


def render(doc: DocumentText, fmt: str, made_on: date) -> bytes:
    if fmt == "pdf":
        return document_pdf(doc, made_on)
    if fmt == "docx":
        return document_docx(doc, made_on)
    raise ValueError(f"unknown format {fmt!r}")


def export_document(doc: DocumentText, path: Path, *, made_on: date | None = None) -> Exported:
    """Render ``doc`` in the format ``path`` names and write it (0600, atomic)."""
    path = Path(path)
    fmt = format_of(path)
    if path.is_dir():
        raise OutputFileError(path, "it is a folder; give a file name")
    data = render(doc, fmt, made_on or date.today())
    atomic_write_bytes(path, data, mode=0o600)
    return Exported(path, fmt, sha256_hex(data), len(data))

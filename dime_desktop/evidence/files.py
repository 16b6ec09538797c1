"""The checks a file passes before it becomes evidence, and its fingerprint.

* **Size**: at most :data:`MAX_BYTES` (50 MiB), never empty.
* **Type**: decided from the first bytes (the "magic"), never from the name
  alone; the name's extension must be one of :data:`ACCEPTED` and agree with
  the content (a ``.pdf`` that is not a PDF is refused). Programs, archives
  and unknown types are refused with a clear message.
* **SHA-256** over every byte, computed while the file is read in chunks, so
  the fingerprint in the documents is of exactly the bytes in the vault.

Nothing here writes a file: the bytes go from the source straight into the
encrypted vault (``storage/evidence.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

from dime_desktop.errors import EvidenceRejected

MAX_BYTES = 50 * 1024 * 1024
CHUNK_BYTES = 1024 * 1024

# extension -> media type it must hold
ACCEPTED: dict[str, str] = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".bmp": "image/bmp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".heic": "image/heic",
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".eml": "message/rfc822",
    ".msg": "application/vnd.ms-outlook",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".doc": "application/msword",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".wav": "audio/wav",
    ".mp4": "video/mp4",
    ".mov": "video/quicktime",
}

IMAGE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/tiff"}
)
PDF_TYPE = "application/pdf"
TEXT_TYPES = frozenset({"text/plain", "message/rfc822"})

# Containers whose first bytes do not say what is inside: the extension decides.
_ZIP = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text")  # fmt: skip
_OLE = ("application/msword", "application/vnd.ms-outlook")
_FTYP = ("audio/mp4", "video/mp4", "video/quicktime", "image/heic")


def human_size(n: int, lang: str = "en") -> str:
    """``12.3 MB``, ``512 kB``, ``87 bytes`` (decimal units, as file managers
    show); in bokmål ``12,3 MB``, ``512 kB``, ``87 byte``."""
    if n >= 1_000_000:
        text = f"{n / 1_000_000:.1f} MB"
        return text.replace(".", ",") if lang == "nb" else text
    if n >= 1000:
        return f"{n / 1000:.0f} kB"
    return f"{n} byte" if lang == "nb" else f"{n} bytes"


def sniff(head: bytes) -> str | None:
    """The media type the first bytes show, or None when they show none
    (then only a text type can fit). Containers give their family."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith(b"BM") and len(head) > 14:
        return "image/bmp"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head.startswith(b"%PDF-"):
        return PDF_TYPE
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if head.startswith(b"ID3") or head[:2] in (b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"):
        return "audio/mpeg"
    if head[4:8] == b"ftyp":
        return "ftyp"
    if head.startswith((b"MZ", b"\x7fELF", b"#!")) or head[:4] in (
        b"\xcf\xfa\xed\xfe",
        b"\xca\xfe\xba\xbe",
    ):
        return "program"
    return None


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character cut at the end of the sample is fine
        if exc.start < len(head) - 4:
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True


def media_type_of(name: str, head: bytes) -> str:
    """The media type of a file called ``name`` starting with ``head``;
    :class:`EvidenceRejected` when it is not accepted."""
    ext = PurePath(name).suffix.lower()
    sniffed = sniff(head)
    if sniffed == "program":
        raise EvidenceRejected(name, "type_not_accepted", "a program")
    wanted = ACCEPTED.get(ext)
    if wanted is None:
        # A pasted or renamed picture or PDF is still what its bytes say.
        if sniffed in IMAGE_TYPES or sniffed == PDF_TYPE:
            return sniffed
        raise EvidenceRejected(name, "type_not_accepted", ext or "no file extension")
    if wanted in TEXT_TYPES:
        if sniffed is None and _looks_like_text(head):
            return wanted
        raise EvidenceRejected(name, "content_mismatch", f"{ext} should be text")
    family = {"zip": _ZIP, "ole": _OLE, "ftyp": _FTYP}.get(sniffed or "")
    if family is not None:
        if wanted in family:
            return wanted
        raise EvidenceRejected(name, "content_mismatch", f"{ext} holds another kind of file")
    if sniffed == wanted:
        return wanted
    if sniffed in IMAGE_TYPES and wanted in IMAGE_TYPES:
        return sniffed  # a screenshot saved as .jpg that is really a PNG
    raise EvidenceRejected(name, "content_mismatch", f"{ext} does not hold what {ext} files hold")


def check_size(name: str, size: int) -> None:
    if size <= 0:
        raise EvidenceRejected(name, "empty")
    if size > MAX_BYTES:
        raise EvidenceRejected(name, "too_large", human_size(size), human_size(MAX_BYTES))


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed the checks: its name (no folder), type, size, SHA-256."""

    name: str
    media_type: str
    size: int
    sha256: str


Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


def read_chunks(
    path: Path, *, progress: Progress | None = None, chunk: int = CHUNK_BYTES
) -> Iterator[bytes]:
    """The file's bytes in chunks, after the size check; reports progress."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise EvidenceRejected(name, "unreadable", exc.strerror or str(exc)) from None
    if not path.is_file():
        raise EvidenceRejected(name, "unreadable", "it is not a file")
    check_size(name, size)
    done = 0
    try:
        with path.open("rb") as f:
            while True:
                block = f.read(chunk)
                if not block:
                    break
                done += len(block)
                if done > MAX_BYTES:  # the file grew while we read it
                    raise EvidenceRejected(
                        name, "too_large", human_size(done), human_size(MAX_BYTES)
                    )
                yield block
                if progress is not None:
                    progress(done, max(size, done))
    except OSError as exc:
        raise EvidenceRejected(name, "unreadable", exc.strerror or str(exc)) from None


def check_bytes(name: str, data: bytes) -> CheckedFile:
    """Check bytes already in memory (a pasted screenshot, a dropped image)."""
    check_size(name, len(data))
    media = media_type_of(name, data[:4096])
    return CheckedFile(PurePath(name).name, media, len(data), hashlib.sha256(data).hexdigest())


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

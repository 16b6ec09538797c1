"""Looking for a text in every byte of a vault folder (issue 12's tests).

The files are encrypted, so a marker never shows in their raw bytes; to see
what SQLite really keeps (free pages, old cells, old index segments, WAL
frames), :func:`decrypted_pages` decrypts every page of a SQLCipher 4 file
or WAL with the database key, the way SQLCipher stores them: page size
4096, per page AES-256-CBC with the IV in the last 80 reserved bytes
(IV 16 + HMAC-SHA512 64), the first 16 bytes of page 1 the file's salt.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(key: bytes, page: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[16 if first else 0 : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page of a database file or its WAL (``-wal``), decrypted."""
    data = Path(path).read_bytes()
    if str(path).endswith("-wal"):
        offset = WAL_HEADER
        while offset + FRAME_HEADER + PAGE <= len(data):
            frame = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            page_no = int.from_bytes(data[offset : offset + 4], "big")
            yield _decrypt(key, frame, page_no == 1)
            offset += FRAME_HEADER + PAGE
        return
    for n in range(len(data) // PAGE):
        yield _decrypt(key, data[n * PAGE : (n + 1) * PAGE], n == 0)


def encodings(marker: str) -> list[bytes]:
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def files_holding(folder: Path, marker: str, key: bytes) -> list[str]:
    """Every file under ``folder`` whose raw bytes, or (for a database file
    and its WAL) whose decrypted pages, hold ``marker``."""
    needles = encodings(marker)
    found: list[str] = []
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        raw = path.read_bytes()
        if any(n in raw for n in needles):
            found.append(f"{path} (raw)")
            continue
        name = path.name
        if name.endswith(".db") or name.endswith(".db-wal") or name == "vault.db.next":
            if len(raw) < PAGE:
                continue
            for page in decrypted_pages(path, key):
                if any(n in page for n in needles):
                    found.append(f"{path} (decrypted)")
                    break
    return found

"""Evidence in the vault: records, files as encrypted blobs, checks, order,
export of an item and of a package."""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import zlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case, Client
from dime_desktop.errors import (
    CaseNotFound,
    EvidenceInvalid,
    EvidenceNotFound,
    EvidenceRejected,
    OutputFileError,
    VaultDamaged,
)
from dime_desktop.evidence.export import export_item, export_package
from dime_desktop.evidence.files import MAX_BYTES, media_type_of
from dime_desktop.evidence.model import EvidenceItem, OnlineDetails, Witness
from dime_desktop.storage import schema


def png_bytes(marker: bytes = b"", size: int = 0) -> bytes:
    """A small valid PNG (1×1), with ``marker`` in a text chunk and padding to ``size``."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00\xff\x00\x00")
    text = chunk(b"tEXt", b"Comment\x00" + marker) if marker else b""
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + text + chunk(b"IDAT", idat)
    if size > len(data):
        data += chunk(b"zPAD", b"\x00" * (size - len(data) - 12))
    return data + chunk(b"IEND", b"")


@pytest.fixture
def case(vault: Any) -> Case:
    return vault.cases.add(
        Case(
            opened=date(2024, 5, 6),
            area="online",
            client=Client(name="Test Person", consent_to_store=True),
        )
    )


def _item(case: Case, description: str = "Skjermbilde", **kw: Any) -> EvidenceItem:
    assert case.id is not None
    return EvidenceItem(case.id, description, kind=kw.pop("kind", "screenshot"), **kw)


def test_schema_has_the_evidence_and_draft_tables() -> None:
    assert schema.SCHEMA_EVIDENCE in schema.MIGRATIONS
    assert schema.SCHEMA_DOCUMENT_DRAFTS in schema.MIGRATIONS
    assert len(schema.MIGRATIONS) == schema.SCHEMA_VERSION


def test_add_file_keeps_record_bytes_and_fingerprint(
    vault: Any, case: Case, tmp_path: Path
) -> None:
    data = png_bytes(b"hello")
    source = tmp_path / "kommentar.png"
    source.write_bytes(data)
    item = _item(
        case,
        received=date(2024, 5, 7),
        given_by="Klienten",
        note="Tatt av klienten",
        online=OnlineDetails(
            "TikTok", "https://tiktok.com/@x/video/1", "@x", "2024-05-04 21:10", "Kommentarfelt"
        ),
        witnesses=[Witness("Kari", "kari@eksempel.no", consent=True)],
    )
    reported: list[tuple[int, int]] = []
    saved = vault.evidence.add_file(item, source, progress=lambda d, t: reported.append((d, t)))
    assert saved.id is not None and saved.position == 1
    assert saved.sha256 == hashlib.sha256(data).hexdigest()
    assert (saved.size, saved.media_type, saved.file_name) == (
        len(data),
        "image/png",
        "kommentar.png",
    )
    assert vault.evidence.read_bytes(saved.id) == data
    again = vault.evidence.get(saved.id)
    assert again.online.platform == "TikTok" and again.online.user_name == "@x"
    assert again.witnesses == [Witness("Kari", "kari@eksempel.no", True, "")]
    assert again.received == date(2024, 5, 7) and again.given_by == "Klienten"
    assert reported[-1] == (2 * len(data), 2 * len(data))
    assert source.read_bytes() == data  # the source is only read


def test_the_file_is_stored_in_chunks(vault: Any, case: Case, tmp_path: Path) -> None:
    data = png_bytes(size=3 * 1024 * 1024 + 5)
    source = tmp_path / "stor.png"
    source.write_bytes(data)
    saved = vault.evidence.add_file(_item(case), source)
    chunks = list(vault.evidence.chunks(saved.id))
    assert len(chunks) == 4 and b"".join(chunks) == data


def test_items_without_a_file_and_their_order(vault: Any, case: Case) -> None:
    a = vault.evidence.add(_item(case, "Vitne i kø", kind="witness", witnesses=[Witness("Per")]))
    b = vault.evidence.add_bytes(_item(case, "Limt inn"), "skjermbilde.png", png_bytes())
    c = vault.evidence.add(_item(case, "Notat", kind="other"))
    assert [i.position for i in vault.evidence.list_for_case(case.id)] == [1, 2, 3]
    assert not a.has_file and b.has_file
    vault.evidence.move(c.id, -2)
    assert [i.id for i in vault.evidence.list_for_case(case.id)] == [c.id, a.id, b.id]
    vault.evidence.delete(a.id)
    listed = vault.evidence.list_for_case(case.id)
    assert [(i.id, i.position) for i in listed] == [(c.id, 1), (b.id, 2)]
    with pytest.raises(EvidenceNotFound):
        vault.evidence.get(a.id)


def test_update_changes_fields_never_the_file(vault: Any, case: Case) -> None:
    saved = vault.evidence.add_bytes(_item(case), "a.png", png_bytes())
    changed = EvidenceItem(
        case.id, "Ny beskrivelse", kind="photo", sha256="0" * 64, size=1, file_name="x.exe",
        id=saved.id,
    )  # fmt: skip
    after = vault.evidence.update(changed)
    assert after.description == "Ny beskrivelse" and after.kind == "photo"
    assert (after.sha256, after.size, after.file_name) == (saved.sha256, saved.size, "a.png")


def test_witness_contact_needs_consent(vault: Any, case: Case) -> None:
    with pytest.raises(EvidenceInvalid) as info:
        vault.evidence.add(_item(case, "Vitne", witnesses=[Witness("Per", "900 00 000")]))
    assert info.value.problems[0].code == "consent_required"
    assert vault.evidence.list_for_case(case.id) == []


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("tom.png", b"", "empty"),
        ("program.exe", b"MZ\x90\x00" + b"\x00" * 100, "type_not_accepted"),
        ("skript.sh", b"#!/bin/sh\nrm -rf /\n", "type_not_accepted"),
        ("arkiv.zip", b"PK\x03\x04" + b"\x00" * 100, "type_not_accepted"),
        ("falsk.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "content_mismatch"),
        ("brev.txt", b"\x00\x01\x02binary", "content_mismatch"),
        ("brev.docx", b"%PDF-1.4 ...", "content_mismatch"),
    ],
)
def test_types_and_sizes_are_checked_with_a_clear_reason(
    vault: Any, case: Case, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    source = tmp_path / name
    source.write_bytes(data)
    with pytest.raises(EvidenceRejected) as info:
        vault.evidence.add_file(_item(case), source)
    assert info.value.reason == reason
    assert str(info.value).startswith(name)
    assert vault.evidence.list_for_case(case.id) == []


def test_a_program_is_named_as_such(vault: Any, case: Case, tmp_path: Path) -> None:
    for name in ("oppdatering.exe", "bilde.png.exe", "kjør"):
        source = tmp_path / name
        source.write_bytes(b"MZ\x90\x00" + b"\x00" * 60)
        with pytest.raises(EvidenceRejected) as info:
            vault.evidence.add_file(_item(case), source)
        assert (info.value.reason, info.value.detail) == ("type_not_accepted", "a program")


def test_too_large_is_refused_before_reading(vault: Any, case: Case, tmp_path: Path) -> None:
    source = tmp_path / "video.mp4"
    with source.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: nothing is read to find out
    with pytest.raises(EvidenceRejected, match=r"larger than the limit of 52\.4 MB") as info:
        vault.evidence.add_file(_item(case), source)
    assert info.value.reason == "too_large"


def test_accepted_types() -> None:
    assert media_type_of("a.jpg", b"\x89PNG\r\n\x1a\n....") == "image/png"  # a renamed screenshot
    assert media_type_of("brev.txt", "Hei på deg".encode()) == "text/plain"
    assert media_type_of("e-post.eml", b"From: a@b.no\r\nSubject: x\r\n") == "message/rfc822"
    assert media_type_of("dok.docx", b"PK\x03\x04rest") == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert media_type_of("opptak.m4a", b"\x00\x00\x00\x20ftypM4A ") == "audio/mp4"
    assert media_type_of("skjermbilde", b"%PDF-1.7") == "application/pdf"  # no extension


def test_evidence_of_a_missing_case(vault: Any) -> None:
    with pytest.raises(CaseNotFound):
        vault.evidence.add(EvidenceItem(999, "x", kind="other"))


def test_changed_bytes_are_detected_when_read(vault: Any, case: Case) -> None:
    saved = vault.evidence.add_bytes(_item(case), "a.png", png_bytes())
    with vault.database.transaction() as conn:
        conn.execute("UPDATE evidence_chunks SET data = ? WHERE item_id = ?", (b"x", saved.id))
    with pytest.raises(VaultDamaged, match="fingerprint"):
        vault.evidence.read_bytes(saved.id)


def test_deleting_the_case_deletes_its_evidence(vault: Any, case: Case) -> None:
    vault.evidence.add_bytes(_item(case), "a.png", png_bytes())
    vault.cases.delete(case.id)
    with vault.database.read() as conn:
        assert conn.execute("SELECT count(*) FROM evidence_chunks").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM evidence_items").fetchone()[0] == 0


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_export_item_and_package(vault: Any, case: Case, tmp_path: Path) -> None:
    case = vault.cases.update(case)
    png = png_bytes(b"one")
    first = vault.evidence.add_bytes(
        _item(case, "Kommentar på/TikTok", online=OnlineDetails("TikTok", user_name="@x")),
        "a.png",
        png,
    )
    vault.evidence.add(
        _item(case, "Vitne", kind="witness", witnesses=[Witness("Per", "9", consent=True)])
    )
    pdf = b"%PDF-1.4\n%%EOF\n"
    vault.evidence.add_bytes(_item(case, "Kvittering", kind="receipt"), "k.pdf", pdf)
    out = tmp_path / "ut"
    out.mkdir()
    one = export_item(vault.evidence, first, out)
    assert one.path.name == "Kommentar på TikTok.png" and one.path.read_bytes() == png
    assert _mode(one.path) == 0o600
    again = export_item(vault.evidence, first, out)
    assert again.path.name == "Kommentar på TikTok (2).png"  # nothing overwritten

    written = export_package(
        vault.evidence, case, vault.evidence.list_for_case(case.id), out, today=date(2024, 6, 1)
    )
    folder = written[0].path.parent
    assert folder.name == f"{case.reference} bevis" and _mode(folder) == 0o700
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "Vedlegg 01 - Kommentar på TikTok.png",
        "Vedlegg 02 - Kvittering.pdf",
        "bevisliste.txt",
    ]
    assert all(_mode(p) == 0o600 for p in folder.iterdir())
    index = (folder / "bevisliste.txt").read_text(encoding="utf-8")
    assert f"SHA-256: {first.sha256}" in index
    assert "Vedlegg 1: Kommentar på/TikTok" in index and "Brukernavn: @x" in index
    assert "Vitne: Per, 9" in index
    with pytest.raises(OutputFileError):
        export_item(vault.evidence, first, tmp_path / "finnes-ikke")

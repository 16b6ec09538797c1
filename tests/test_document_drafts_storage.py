"""Document drafts in the vault: every save a version, exports recorded,
"Mark as sent" seals a version with the exported file's SHA-256, and a sealed
version never changes."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from dime_desktop.drafting import export_document, load_context, new_document
from dime_desktop.errors import CaseNotFound, DocumentDraftNotFound, VersionSealed
from tests.evidence_samples import TODAY, sample_case, sample_evidence


@pytest.fixture
def saved_case(vault: Any) -> Any:
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    for item in sample_evidence(case.id):
        if item.has_file:
            vault.evidence.add_bytes(
                item, "f.pdf", b"%PDF-1.4 " + item.description.encode() + b"\n%%EOF"
            )
        else:
            vault.evidence.add(item)
    return case


def test_create_save_versions_and_read_back(vault: Any, saved_case: Any) -> None:
    ctx = load_context(vault, saved_case, today=TODAY)
    assert [i.position for i in ctx.evidence] == [1, 2, 3]
    doc = new_document("tribunal", ctx, "nb")
    draft = vault.document_drafts.create(saved_case.id, doc)
    assert (draft.kind, draft.version_count, draft.latest.number) == ("tribunal", 1, 1)
    assert draft.latest.content == doc
    same = vault.document_drafts.save_version(draft.id, doc)
    assert same.number == 1  # nothing changed: no new version
    section = doc.section("why")
    assert section is not None
    section.text = "Egen begrunnelse."
    v2 = vault.document_drafts.save_version(draft.id, doc)
    assert v2.number == 2 and v2.saved_at
    versions = vault.document_drafts.versions(draft.id)
    assert [v.number for v in versions] == [1, 2]
    assert versions[0].content.section("why") != versions[1].content.section("why")
    assert [d.id for d in vault.document_drafts.list_for_case(saved_case.id)] == [draft.id]


def test_mark_as_sent_seals_the_version_with_the_files_hash(
    vault: Any, saved_case: Any, tmp_path: Path
) -> None:
    repo = vault.document_drafts
    doc = new_document("tribunal", load_context(vault, saved_case, today=TODAY), "nb")
    draft = repo.create(saved_case.id, doc)
    exported = export_document(doc, tmp_path / "klage.pdf", made_on=TODAY)
    record = repo.record_export(
        draft.latest.id, fmt=exported.format, sha256=exported.sha256, size=exported.size
    )
    sealed = repo.seal(record.id, sent_on=date(2024, 6, 4), recipient="Diskrimineringsnemnda")
    assert sealed.sealed and sealed.sent_on == date(2024, 6, 4)
    assert sealed.sent_sha256 == hashlib.sha256((tmp_path / "klage.pdf").read_bytes()).hexdigest()
    assert (sealed.sent_to, sealed.sent_format) == ("Diskrimineringsnemnda", "pdf")

    with pytest.raises(VersionSealed):
        repo.seal(record.id, sent_on=date(2024, 6, 5), recipient="Noen andre")
    # later edits make a new version; the sealed one stays as it was
    section = doc.section("what")
    assert section is not None
    section.text = "Rettet etter at klagen ble sendt."
    v2 = repo.save_version(draft.id, doc)
    assert v2.number == 2 and not v2.sealed
    first = repo.version(sealed.id)
    assert first == sealed
    assert first.content.section("what") != doc.section("what")
    with pytest.raises(VersionSealed):
        repo.delete(draft.id)


def test_the_database_refuses_to_change_a_version(vault: Any, saved_case: Any) -> None:
    repo = vault.document_drafts
    doc = new_document("letter", load_context(vault, saved_case, today=TODAY), "en")
    draft = repo.create(saved_case.id, doc)
    with (
        pytest.raises(sqlcipher3.IntegrityError, match="never changes"),
        vault.database.transaction() as conn,
    ):
        conn.execute(
            "UPDATE document_draft_versions SET content = '{}' WHERE id = ?",
            (draft.latest.id,),
        )
    record = repo.record_export(draft.latest.id, fmt="docx", sha256="c" * 64, size=10)
    repo.seal(record.id, sent_on=TODAY, recipient="Klubb")
    with (
        pytest.raises(sqlcipher3.IntegrityError, match="marked as sent"),
        vault.database.transaction() as conn,
    ):
        conn.execute(
            "UPDATE document_draft_versions SET sent_to = 'x' WHERE id = ?",
            (draft.latest.id,),
        )
    assert repo.version(draft.latest.id).sent_to == "Klubb"


def test_a_redacted_export_is_never_sealed(vault: Any, saved_case: Any) -> None:
    repo = vault.document_drafts
    doc = new_document("letter", load_context(vault, saved_case, today=TODAY), "nb")
    draft = repo.create(saved_case.id, doc)
    record = repo.record_export(draft.latest.id, fmt="pdf", sha256="d" * 64, size=1, redacted=True)
    with pytest.raises(ValueError, match="redacted"):
        repo.seal(record.id, sent_on=TODAY, recipient="x")
    assert not repo.version(draft.latest.id).sealed


def test_unsent_drafts_can_be_deleted_and_missing_ones_are_clear(
    vault: Any, saved_case: Any
) -> None:
    repo = vault.document_drafts
    doc = new_document("referral", load_context(vault, saved_case, today=TODAY), "nb")
    draft = repo.create(saved_case.id, doc)
    repo.delete(draft.id)
    with pytest.raises(DocumentDraftNotFound):
        repo.get(draft.id)
    with pytest.raises(CaseNotFound):
        repo.create(9999, doc)

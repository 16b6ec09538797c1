"""The access log's entries for a sealed draft, a backup and a passphrase
change (issue 12), on a real vault: each event with its detail code, who did
it, and the case only where there is one; the chain still verifies."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from dime_desktop.drafting import export_document, load_context, new_document
from dime_desktop.storage import access_log as audit
from dime_desktop.vault import Vault, backups
from tests.evidence_samples import TODAY, sample_case

ADVISER = "Åsa Berg"
NEW_PASSPHRASE = "et helt annet langt passord 2020"


def _after(vault: Vault, first_id: int) -> list[tuple[str, str, int | None, str]]:
    return [
        (e.event, e.detail, e.case_id, e.actor)
        for e in vault.access_log.entries(newest_first=False)
        if e.id > first_id
    ]


def test_sealing_a_draft_a_backup_and_a_passphrase_change_are_logged(
    vault: Vault, tmp_path: Path, fast_kdf: Any, vault_dir: Path
) -> None:
    vault.actor = ADVISER
    case = vault.cases.add(sample_case(case_id=None, reference=None))
    doc = new_document("tribunal", load_context(vault, case, today=TODAY), "nb")
    repo = vault.document_drafts
    draft = repo.create(case.id, doc)
    exported = export_document(doc, tmp_path / "klage.pdf", made_on=TODAY)
    record = repo.record_export(
        draft.latest.id, fmt=exported.format, sha256=exported.sha256, size=exported.size
    )
    start = vault.access_log.entries(limit=1)[0].id

    repo.seal(record.id, sent_on=date(2024, 6, 4), recipient="Diskrimineringsnemnda")
    after_seal = _after(vault, start)
    assert after_seal == [(audit.SEALED, "tribunal.pdf", case.id, ADVISER)]

    run = backups.back_up(vault, label="manual")
    assert run.made and not run.failures
    vault.change_passphrase(NEW_PASSPHRASE, kdf=fast_kdf)

    events = _after(vault, start)
    assert events == [
        (audit.SEALED, "tribunal.pdf", case.id, ADVISER),
        (audit.BACKUP, "manual", None, ADVISER),
        (audit.PASSPHRASE_CHANGED, "passphrase", None, ADVISER),
    ]
    # never the content: not the recipient, not the passphrase
    for entry in vault.access_log.entries():
        text = " ".join(str(v) for v in entry.as_dict().values())
        assert "Diskrimineringsnemnda" not in text and NEW_PASSPHRASE not in text
    assert vault.access_log.verify().intact

    # the entries are there after a lock, and the new passphrase opens the vault
    vault.close(backup=False)
    again = Vault.unlock(vault_dir, NEW_PASSPHRASE)
    try:
        kept = [(e.event, e.detail) for e in again.access_log.entries(newest_first=False)]
        for pair in [
            (audit.SEALED, "tribunal.pdf"),
            (audit.BACKUP, "manual"),
            (audit.PASSPHRASE_CHANGED, "passphrase"),
        ]:
            assert pair in kept
        assert again.access_log.verify().intact
    finally:
        again.close(backup=False)

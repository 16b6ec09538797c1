"""Vaults, a case with a marker in every field, and folder snapshots for the
handover tests (invented people)."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

from dime_desktop.cases.model import (
    Case,
    CaseGround,
    Client,
    FollowUp,
    JournalEntry,
    Mediation,
    TimelineEvent,
)
from dime_desktop.drafting.model import DocumentText, SectionText
from dime_desktop.evidence.model import EvidenceItem, OnlineDetails, Witness
from tests.test_evidence_storage import png_bytes

PASSPHRASE = "korrekt hest batteri stift 2019"
M = "QZMARK"  # every marker starts with this; it never occurs by chance


def mark(name: str) -> str:
    return f"{M}{name}Q"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def vault_content(folder: Path) -> dict[str, Any]:
    """What the vault in ``folder`` holds, row by row, apart from its access
    log (a CLI command logs its own unlock and lock: that is not a change a
    refused import made), plus every other file's SHA-256."""
    from dime_desktop.vault import Vault

    files = {k: v for k, v in snapshot(folder).items() if not k.startswith("vault.db")}
    vault = Vault.unlock(folder, PASSPHRASE, actor=None)
    try:
        with vault.database.read() as conn:
            tables = [
                str(r[0])
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite_%' AND name <> 'access_log' ORDER BY name"
                )
            ]
            rows: dict[str, Any] = {}
            for table in tables:
                found = sorted(repr(tuple(r)) for r in conn.execute(f'SELECT * FROM "{table}"'))
                if table == "vault_settings":
                    found = [r for r in found if "access_log." not in r]
                rows[table] = found
    finally:
        vault.close(backup=False)
    return {"files": files, "rows": rows}


def marked_case() -> Case:
    return Case(
        opened=date(2024, 5, 6),
        area="work",
        channel="phone",
        grounds=[CaseGround("ethnicity"), CaseGround("religion", assessed=True)],
        incident_types=["harassment"],
        track="both",
        counterpart_type="employer",
        counterpart_name=mark("counterpart"),
        summary=mark("summary"),
        journal=[
            JournalEntry(date(2024, 5, 7), mark("journal1")),
            JournalEntry(date(2024, 5, 9), mark("journal2")),
        ],
        follow_ups=[
            FollowUp(date(2024, 6, 1), mark("followup"), False, None, ""),
            FollowUp(date(2024, 6, 9), mark("followupdone"), True, None, "intake:x"),
        ],
        timeline=[TimelineEvent(date(2024, 5, 3), mark("timeline"))],
        mediation=Mediation(False),
        client=Client(
            name=mark("clientname"),
            contact=mark("clientcontact"),
            preferred_language="ar",
            interpreter_needed=True,
            consent_to_store=True,
            notes=mark("clientnotes"),
        ),
    )


def add_marked_case(vault: Any) -> Case:
    """The marked case, saved with intake answers, two evidence items (one a
    file) and a document draft with two versions, the first sealed."""
    case = vault.cases.add(marked_case())
    vault.intake.save(case.id, {"answers": {"q1": mark("intake")}, "step": 3})
    vault.evidence.add_bytes(
        EvidenceItem(
            case.id,
            mark("evdesc"),
            kind="screenshot",
            received=date(2024, 5, 8),
            given_by=mark("evgivenby"),
            note=mark("evnote"),
            online=OnlineDetails(
                "Facebook",
                "https://example.org/" + mark("evurl"),
                mark("evuser"),
                "2024-05-04 01:12",
                mark("evcontext"),
            ),
            witnesses=[Witness(mark("witness"), mark("witnesscontact"), True, mark("wnote"))],
        ),
        "bilde.png",
        png_bytes(mark("evbytes").encode()),
    )
    vault.evidence.add(EvidenceItem(case.id, mark("evrecord"), kind="witness"))
    doc = DocumentText(
        kind="letter",
        lang="nb",
        title="Brev",
        recipient=mark("docrecipient"),
        sections=[SectionText("what", "Hva", mark("doctext1"), "")],
    )
    draft = vault.document_drafts.create(case.id, doc)
    export = vault.document_drafts.record_export(
        draft.latest.id, fmt="pdf", sha256="c" * 64, size=10
    )
    vault.document_drafts.seal(export.id, sent_on=date(2024, 5, 10), recipient=mark("sentto"))
    doc2 = DocumentText(
        kind="letter",
        lang="nb",
        title="Brev",
        recipient=mark("docrecipient"),
        sections=[SectionText("what", "Hva", mark("doctext2"), "")],
    )
    vault.document_drafts.save_version(draft.id, doc2)
    stored: Case = vault.cases.get_by_id(case.id)
    return stored

"""What the GUI and the command line both do with drafts in a vault: find the
saved draft of a kind, export a stored version (and record the export), and
name a referral target."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dime_desktop.drafting.compose import option_choices
from dime_desktop.drafting.context import DraftContext
from dime_desktop.drafting.export import Exported, export_document
from dime_desktop.drafting.model import DocumentText
from dime_desktop.drafting.redaction import redact
from dime_desktop.errors import UnknownReferralTarget

if TYPE_CHECKING:
    from dime_desktop.storage.document_drafts import DocumentDraft, DraftVersion, ExportRecord
    from dime_desktop.vault import Vault


def referral_target(text: str, lang: str = "nb") -> str:
    """The code of a referral target given by code or name (case-insensitive)."""
    choices = option_choices("referral", "to", lang)
    wanted = " ".join(text.casefold().split())
    for code, name in choices:
        if wanted in (code.casefold(), " ".join(name.casefold().split())):
            return code
    for code, name in choices:  # "LDO" finds "Likestillings- og diskrimineringsombudet (LDO)"
        if f"({wanted})" in name.casefold():
            return code
    raise UnknownReferralTarget(text, [code for code, _ in choices])


def find_saved(
    vault: Vault, case_id: int, kind: str, lang: str, to: str | None = None
) -> DocumentDraft | None:
    """The most recently changed draft of ``kind`` in ``lang`` of the case
    (for a referral: to ``to``, when given)."""
    for draft in vault.document_drafts.list_for_case(case_id):
        content = draft.latest.content
        if draft.kind != kind or content.lang != lang:
            continue
        if to is not None and content.options.get("to") != to:
            continue
        return draft
    return None


@dataclass(frozen=True)
class ExportResult:
    exported: Exported
    record: ExportRecord | None  # None for a document that is not stored


def export_text(
    doc: DocumentText,
    ctx: DraftContext,
    path: Path,
    *,
    redacted: bool = False,
    made_on: date | None = None,
    vault: Vault | None = None,
) -> Exported:
    """Write ``doc`` (or its redacted copy) to ``path`` (PDF or DOCX by suffix).
    With ``vault``, the export of a document that is not stored is logged
    (a stored version's export is logged by ``record_export``)."""
    out = redact(doc, ctx) if redacted else doc
    exported = export_document(out, path, made_on=made_on or ctx.today)
    if vault is not None and ctx.case.id is not None:
        from dime_desktop.storage import access_log as audit

        detail = f"{doc.kind}.{exported.format}" + (".redacted" if redacted else "")
        vault.access_log.record(audit.EXPORTED, case_id=ctx.case.id, detail=detail)
    return exported


def export_version(
    vault: Vault,
    version: DraftVersion,
    ctx: DraftContext,
    path: Path,
    *,
    redacted: bool = False,
    made_on: date | None = None,
) -> ExportResult:
    """Export a stored version and record the export (with its SHA-256)."""
    exported = export_text(version.content, ctx, path, redacted=redacted, made_on=made_on)
    record = vault.document_drafts.record_export(
        version.id,
        fmt=exported.format,
        sha256=exported.sha256,
        size=exported.size,
        redacted=redacted,
    )
    return ExportResult(exported, record)

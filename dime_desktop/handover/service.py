"""Export and import of handover bundles: what the CLI and the GUI call.

Export::

    checks = export_checks(vault, ["DH-2019-001"], content=FULL)   # consent shown first
    result = export_bundle(vault, ["DH-2019-001"], contact, content=FULL, out=path)

Import (nothing is written until :func:`apply_import`)::

    preview = read_bundle(vault, path)        # every rejection is raised here
    preview.sender.trusted, preview.plans      # the manifest: new / merge / unchanged, conflicts
    apply_import(vault, preview, {origin: Decision(accept=True, take_theirs={"summary"})},
                 trust=None | Trust(name, office, typed_fingerprint))
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dime_desktop.errors import (
    BundleDamaged,
    BundleForAnotherVault,
    BundleOutdated,
    BundleSenderUnknown,
    CaseNotFound,
    ConsentToShareMissing,
    InputFileError,
    OutputFileError,
)
from dime_desktop.fileio import atomic_write_bytes
from dime_desktop.handover import bundle
from dime_desktop.handover.consent import consent_to_share, record_handed_over
from dime_desktop.handover.content import (
    FULL,
    SUMMARY,
    CaseContent,
    ConsentToShare,
    DraftContent,
    DraftVersionContent,
    EvidenceContent,
    Payload,
    pack_payload,
    unpack_payload,
)
from dime_desktop.handover.identity import (
    Contact,
    PublicIdentity,
    check_typed_fingerprint,
    read_public_identity,
    write_public_identity,
)
from dime_desktop.handover.merge import (
    NEW,
    UNCHANGED,
    CasePlan,
    LocalCase,
    merged,
    plan_case,
)
from dime_desktop.mediation.model import record_to_dict
from dime_desktop.storage.handover import Accepted

MAX_BUNDLE_BYTES = 2 * 1024**3


# --- identity and contacts ---------------------------------------------------------


def export_identity(vault: Any, out: Path) -> PublicIdentity:
    """Write this vault's public key file (the identity is made on first use)."""
    identity: PublicIdentity = vault.identity.public()
    write_public_identity(identity, out)
    return identity


def add_contact(
    vault: Any,
    file: Path,
    name: str,
    *,
    office: str = "",
    fingerprint: str | None = None,
    today: date | None = None,
) -> Contact:
    """Trust the vault whose public key file is ``file``. With ``fingerprint``
    (typed after comparing it with the colleague) it must match."""
    identity = read_public_identity(file)
    if fingerprint:
        check_typed_fingerprint(fingerprint, identity)
    contact: Contact = vault.identity.add_contact(
        name, identity, office=office, verified_on=today or date.today()
    )
    return contact


# --- export ------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportCheck:
    """What the export dialog shows per case before anything is written."""

    reference: str
    consent: ConsentToShare
    has_mediation: bool
    journal: int
    evidence: int
    drafts: int


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    references: list[str]
    content: str
    size: int


def _drafts_of(vault: Any, case_id: int) -> list[tuple[int, DraftContent]]:
    out = []
    for d in vault.document_drafts.list_for_case(case_id):
        versions = []
        for v in vault.document_drafts.versions(d.id):
            versions.append(
                DraftVersionContent(
                    number=v.number,
                    lang=v.lang,
                    saved_at=v.saved_at,
                    content=v.content.to_dict(),
                    sealed_at=v.sealed_at,
                    sent_on=v.sent_on.isoformat() if v.sent_on else None,
                    sent_to=v.sent_to,
                    sent_sha256=v.sent_sha256,
                    sent_format=v.sent_format,
                    exports=[
                        {
                            "exported_at": e.exported_at,
                            "format": e.format,
                            "sha256": e.sha256,
                            "size": e.size,
                            "redacted": e.redacted,
                        }
                        for e in vault.document_drafts.exports(v.id)
                    ],
                )
            )
        out.append((d.id, DraftContent(d.kind, d.created_at, versions)))
    out.sort(key=lambda pair: pair[1].created_at)
    return out


def _mediation_of(vault: Any, case_id: int) -> dict[str, Any] | None:
    record = vault.mediation.find(case_id)
    if record is None:
        return None
    doc = record_to_dict(record)
    doc["id"] = None
    doc["case_id"] = 0
    return doc


def export_checks(vault: Any, references: list[str], *, content: str = FULL) -> list[ExportCheck]:
    checks = []
    for ref in references:
        case = vault.cases.get(ref)
        checks.append(
            ExportCheck(
                reference=case.reference or ref,
                consent=consent_to_share(vault, case),
                has_mediation=vault.mediation.find(case.id) is not None,
                journal=len(case.journal) if content == FULL else 0,
                evidence=vault.evidence.count(case.id) if content == FULL else 0,
                drafts=len(vault.document_drafts.list_for_case(case.id)) if content == FULL else 0,
            )
        )
    return checks


def case_content(vault: Any, reference: str, *, content: str = FULL) -> CaseContent:
    """The case as it goes into a bundle (ConsentToShareMissing without consent)."""
    case = vault.cases.get(reference)
    consent = consent_to_share(vault, case)
    if not consent.given:
        raise ConsentToShareMissing(case.reference or reference)
    own_fp = vault.identity.ensure().fingerprint
    origin = vault.handover.origin_of(case.id) or (own_fp, case.reference or reference)
    evidence: list[EvidenceContent] = []
    drafts: list[DraftContent] = []
    intake = None
    if content == FULL:
        for item in vault.evidence.list_for_case(case.id):
            data = vault.evidence.read_bytes(item.id) if item.has_file else None
            evidence.append(EvidenceContent(item, data))
        drafts = [d for _, d in _drafts_of(vault, case.id)]
        intake = vault.intake.load(case.id)
    case_copy = CaseContent(
        origin_fingerprint=origin[0],
        origin_reference=origin[1],
        content=content,
        case=case,
        consent=consent,
        intake=intake,
        mediation=_mediation_of(vault, case.id),
        evidence=evidence,
        drafts=drafts,
    )
    return case_copy


def export_bundle(
    vault: Any,
    references: list[str],
    contact: Contact,
    *,
    content: str = FULL,
    out: Path,
) -> ExportResult:
    """Write one bundle with ``references`` for ``contact``'s vault: 0600,
    encrypted to its key, signed by this vault's."""
    if content not in (FULL, SUMMARY):
        raise ValueError(f"unknown content {content!r}")
    out = Path(out)
    if out.is_dir() or not out.parent.is_dir():
        raise OutputFileError(out, "give a file name in a folder that exists")
    refs = list(dict.fromkeys(r.strip() for r in references if r.strip()))
    if not refs:
        raise CaseNotFound("(no case given)")
    cases = [case_content(vault, r, content=content) for r in refs]
    own = vault.identity.ensure()
    file_id = bundle.new_id()
    sent = vault.handover.reserve(
        file_id, content, contact.fingerprint, [c.reference for c in cases]
    )
    try:
        payload = pack_payload(
            Payload(
                bundle_id=file_id,
                sequence=sent.sequence,
                made_at=sent.made_at,
                sender_fingerprint=own.fingerprint,
                recipient_fingerprint=contact.fingerprint,
                cases=cases,
            )
        )
        data = bundle.seal(
            bundle.HANDOVER_FORMAT,
            payload,
            own,
            recipient=contact.identity,
            sequence=sent.sequence,
            file_id=file_id,
            made_at=sent.made_at,
            office=vault.identity.office(),
        )
        try:
            atomic_write_bytes(out, data)
        except OSError as exc:
            raise OutputFileError(out, exc.strerror or str(exc)) from None
    except BaseException:
        with contextlib.suppress(Exception):
            vault.handover.forget_sent(file_id)
        raise
    record_handed_over(vault, [c.reference for c in cases], f"{content}:{sent.sequence}")
    return ExportResult(
        out, file_id, sent.sequence, [c.reference for c in cases], content, len(data)
    )


# --- import ------------------------------------------------------------------------


@dataclass(frozen=True)
class Sender:
    identity: PublicIdentity
    contact: Contact | None

    @property
    def trusted(self) -> bool:
        return self.contact is not None

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint

    def describe(self) -> str:
        """``Åsa Berg (Meglingsbenken)`` or ``unknown: compare fingerprint XXXX-…``."""
        if self.contact is not None:
            return self.contact.label()
        return f"unknown: compare fingerprint {self.fingerprint}"


@dataclass
class ImportPreview:
    path: Path
    bundle_id: str
    sequence: int
    made_at: str
    sender: Sender
    own_fingerprint: str
    plans: list[CasePlan]  # the cases not taken from this bundle before
    already: list[CaseContent] = field(default_factory=list)  # taken from this bundle before

    @property
    def nothing_new(self) -> bool:
        return not self.plans


@dataclass(frozen=True)
class Decision:
    accept: bool = True
    take_theirs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Trust:
    """The user compared the sender's fingerprint then and there."""

    name: str
    office: str
    typed_fingerprint: str


@dataclass(frozen=True)
class ImportResult:
    imported: list[str]  # references in this vault
    rejected: list[str]  # references in the bundle the user rejected
    unchanged: list[str]  # accepted, nothing new
    already: list[str]  # taken from this bundle before
    case_ids: list[int]
    trusted: Contact | None = None

    @property
    def changed(self) -> bool:
        return bool(self.imported) or self.trusted is not None


def _local_case(vault: Any, incoming: CaseContent, own_fp: str) -> LocalCase | None:
    case = None
    if incoming.origin_fingerprint == own_fp:
        with contextlib.suppress(CaseNotFound):
            case = vault.cases.get(incoming.origin_reference)
    else:
        case_id = vault.handover.case_for_origin(
            incoming.origin_fingerprint, incoming.origin_reference
        )
        if case_id is not None:
            with contextlib.suppress(CaseNotFound):
                case = vault.cases.get_by_id(case_id)
    if case is None:
        return None
    return LocalCase(
        case=case,
        intake=vault.intake.load(case.id),
        mediation=(
            record_to_dict(vault.mediation.find(case.id))
            if vault.mediation.find(case.id) is not None
            else None
        ),
        evidence=vault.evidence.list_for_case(case.id),
        drafts=_drafts_of(vault, case.id),
    )


def read_bundle(vault: Any, path: Path) -> ImportPreview:
    """Open, check and decrypt a bundle and plan each case; writes nothing.

    Raises BundleNotABundle, BundleDamaged (cut short, altered),
    BundleForAnotherVault, BundleSignatureInvalid, BundleOutdated. An untrusted
    sender is not an error here (``preview.sender.trusted`` is False): the
    GUI asks to compare the fingerprint; :func:`apply_import` refuses it
    unless it was verified."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleDamaged(path, "The file is far too large to be a handover bundle.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(path, "the file does not exist") from None
    except IsADirectoryError:
        raise InputFileError(path, "it is a folder, not a bundle file") from None
    except OSError as exc:
        raise InputFileError(path, exc.strerror or str(exc)) from None
    own = vault.identity.get()  # never made here: a vault without one has no bundles
    header, sender_identity, entries = bundle.open_signed(
        path, data, bundle.HANDOVER_FORMAT, own=own
    )
    if own is None:  # pragma: no cover - open_signed refuses it (no fingerprint matches)
        raise BundleForAnotherVault(path, "This vault has no key for handover yet.")
    payload = unpack_payload(path, bundle.decrypt_payload(path, entries, own))
    if (
        payload.bundle_id != header["id"]
        or payload.sequence != int(header["sequence"])
        or payload.sender_fingerprint != sender_identity.fingerprint
        or payload.recipient_fingerprint != own.fingerprint
    ):
        raise BundleDamaged(
            path,
            "The handover bundle was altered: its content does not belong to its signed header.",
        )
    contact = vault.identity.contact_by_fingerprint(sender_identity.fingerprint)
    sender = Sender(sender_identity, contact)
    plans: list[CasePlan] = []
    already: list[CaseContent] = []
    for incoming in payload.cases:
        if vault.handover.already_received(payload.bundle_id, incoming.origin):
            already.append(incoming)
            continue
        latest = vault.handover.latest_sequence(sender.fingerprint, incoming.origin)
        if latest is not None and latest >= payload.sequence:
            raise BundleOutdated(
                path,
                f"The bundle is older than one already imported from the same sender for "
                f"case {incoming.reference} (number {payload.sequence}, already had "
                f"{latest}).",
                incoming.reference,
            )
        plans.append(plan_case(incoming, _local_case(vault, incoming, own.fingerprint)))
    return ImportPreview(
        path=path,
        bundle_id=payload.bundle_id,
        sequence=payload.sequence,
        made_at=payload.made_at,
        sender=sender,
        own_fingerprint=own.fingerprint,
        plans=plans,
        already=already,
    )


def unknown_sender(preview: ImportPreview) -> BundleSenderUnknown:
    return BundleSenderUnknown(
        preview.path,
        "The sender of the bundle is not a trusted colleague: compare the fingerprint "
        f"{preview.sender.fingerprint} with them before importing.",
        preview.sender.fingerprint,
    )


def apply_import(
    vault: Any,
    preview: ImportPreview,
    decisions: dict[str, Decision] | None = None,
    *,
    trust: Trust | None = None,
    today: date | None = None,
) -> ImportResult:
    """Take the accepted cases (``decisions`` by origin; a case not named is
    accepted and keeps this vault's values in every conflict). One
    transaction; nothing at all is written when nothing is accepted."""
    decisions = decisions or {}
    sender = preview.sender
    trust_fn: Callable[[], None] | None = None
    if not sender.trusted:
        if trust is None:
            raise unknown_sender(preview)
        check_typed_fingerprint(trust.typed_fingerprint, sender.identity)

        def add_sender() -> None:
            vault.identity.add_contact(
                trust.name,
                sender.identity,
                office=trust.office,
                verified_on=today or date.today(),
            )

        trust_fn = add_sender

    accepted: list[Accepted] = []
    rejected: list[str] = []
    unchanged: list[str] = []
    for plan in preview.plans:
        decision = decisions.get(plan.incoming.origin, Decision())
        if not decision.accept:
            rejected.append(plan.reference)
            continue
        result = merged(plan, decision.take_theirs)
        local_id = None if plan.status == NEW or plan.local is None else plan.local.case.id
        same = plan.status == UNCHANGED or (plan.local is not None and _no_change(plan, result))
        if same:
            unchanged.append(plan.local_reference or plan.reference)
        accepted.append(Accepted(plan.incoming, result, local_id, changed=not same))
    if not accepted and trust_fn is None:
        return ImportResult([], rejected, [], [c.reference for c in preview.already], [])
    ids = vault.handover.apply(
        bundle_id=preview.bundle_id,
        sender_fingerprint=sender.fingerprint,
        sequence=preview.sequence,
        own_fingerprint=preview.own_fingerprint,
        accepted=accepted,
        trust=trust_fn,
    )
    references = [vault.cases.get_by_id(i).reference or "" for i in ids]
    contact = vault.identity.contact_by_fingerprint(sender.fingerprint) if trust_fn else None
    imported = [r for r in references if r not in unchanged]
    return ImportResult(
        imported, rejected, unchanged, [c.reference for c in preview.already], ids, contact
    )


def _no_change(plan: CasePlan, result: Any) -> bool:
    local = plan.local
    assert local is not None
    return (
        result.case == local.case
        and result.intake is None
        and result.mediation is None
        and not result.evidence_add
        and not result.evidence_update
        and not result.drafts_add
        and not result.versions_add
    )

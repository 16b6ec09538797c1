"""What an incoming case would do to this vault, decided before anything is
written.

:func:`plan_case` compares a case from a bundle with the vault's own copy (if
any) and gives a :class:`CasePlan`: what is added (journal entries,
follow-ups, timeline events, evidence, drafts and versions the vault does not
have yet: *joined*) and every field whose values differ (*conflicts*, shown
side by side). :func:`merged` then builds what is written, from the choices
the user made: a conflict is only ever resolved by the user's choice, the
default being the vault's own value, so nothing is silently overwritten.

What makes two items the same:

* a journal entry: its date and text; a timeline event: its date and text;
* a follow-up: its due date, note and source (done in one vault and open in
  the other is a conflict);
* an evidence item: its file's SHA-256, or, without a file, its kind,
  description and date received (different fields of the same item are a
  conflict);
* a document draft: its kind, when it was made and its first version; a
  version: its language and text (versions the vault lacks are appended, so
  a draft's history is joined, never rewritten).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from dime_desktop.cases.model import CONSENT_PURPOSES, Case, Client, sync_store_flag
from dime_desktop.handover.content import (
    CaseContent,
    DraftContent,
    DraftVersionContent,
    EvidenceContent,
    case_from_dict,
    case_to_dict,
    consent_to_dict,
    evidence_to_dict,
)
from dime_desktop.reference import ReferenceData, default_reference

NEW = "new"
MERGE = "merge"
UNCHANGED = "unchanged"

# Fields of the case compared one by one (part "fields", "client", "client_notes").
CASE_FIELDS = (
    "opened",
    "closed",
    "status",
    "channel",
    "area",
    "track",
    "grounds",
    "incident_types",
    "counterpart_type",
    "counterpart_name",
    "summary",
    "mediation.referred",
    "mediation.area",
    "mediation.outcome",
)
CLIENT_FIELDS = (
    "client.name",
    "client.contact",
    "client.preferred_language",
    "client.interpreter_needed",
    "client.consent_to_store",
)
# Fields that name or describe a person: hidden in discreet mode.
PERSONAL = frozenset(
    {
        "counterpart_name",
        "summary",
        "client.name",
        "client.contact",
        "client.notes",
        "intake",
        "mediation",
    }
)

FIELD_LABELS_EN = {
    "opened": "Opened",
    "closed": "Closed",
    "status": "Status",
    "channel": "Channel",
    "area": "Area",
    "track": "Track",
    "grounds": "Grounds",
    "incident_types": "Incident types",
    "counterpart_type": "Counterpart type",
    "counterpart_name": "Counterpart",
    "summary": "Summary",
    "mediation.referred": "Sent to mediation",
    "mediation.area": "Mediation area",
    "mediation.outcome": "Mediation outcome",
    "client.name": "Client's name",
    "client.contact": "Client's contact details",
    "client.preferred_language": "Client's language",
    "client.interpreter_needed": "Interpreter needed",
    "client.consent_to_store": "Consent to store",
    "client.notes": "Notes on the client",
    "intake": "Intake answers",
    "mediation": "Mediation record",
    "follow_up": "Follow-up",
    "evidence": "Evidence item",
    "consent": "Consent",
}


@dataclass
class LocalCase:
    """The vault's own copy of a case, as the merge needs it."""

    case: Case
    intake: dict[str, Any] | None = None
    mediation: dict[str, Any] | None = None  # record_to_dict, with its ids
    evidence: list[Any] = field(default_factory=list)  # EvidenceItem, with ids
    drafts: list[tuple[int, DraftContent]] = field(default_factory=list)  # (draft id, content)


@dataclass(frozen=True)
class Conflict:
    """A field whose values differ: ``mine`` in this vault, ``theirs`` in the bundle."""

    key: str  # "summary", "client.name", "intake", "mediation", "follow_up:3", "evidence:2"
    field: str  # the kind of field: "summary", "follow_up", "evidence"...
    mine: Any
    theirs: Any
    detail: str = ""  # which follow-up / item: its date and note, its description

    @property
    def personal(self) -> bool:
        return self.field in PERSONAL or self.field in ("evidence",)


@dataclass
class CasePlan:
    incoming: CaseContent
    local: LocalCase | None
    status: str  # NEW, MERGE, UNCHANGED
    conflicts: list[Conflict] = field(default_factory=list)
    added: dict[str, int] = field(default_factory=dict)  # journal, follow_ups, ... counts

    @property
    def reference(self) -> str:
        return self.incoming.reference

    @property
    def local_reference(self) -> str | None:
        return None if self.local is None else self.local.case.reference


@dataclass
class MergeResult:
    """What is written for one accepted case."""

    case: Case  # the whole case to store (new: id None)
    intake: dict[str, Any] | None  # to store; None: leave as it is
    mediation: dict[str, Any] | None  # a record to store (record_to_dict form); None: leave
    evidence_add: list[EvidenceContent]
    evidence_update: list[Any]  # EvidenceItem with local ids, fields from the bundle
    drafts_add: list[DraftContent]
    versions_add: list[tuple[int, list[DraftVersionContent]]]


def _get(case: Case, key: str) -> Any:
    doc = case_to_dict(case, frozenset({"client_notes"}))
    if key.startswith("client."):
        client = doc["client"] or {}
        default: Any = (
            False if key in ("client.interpreter_needed", "client.consent_to_store") else ""
        )
        return client.get(key.split(".", 1)[1], default)
    if key.startswith("mediation."):
        return doc["mediation"][key.split(".", 1)[1]]
    return doc[key]


def _set(case: Case, key: str, value: Any) -> None:
    if key.startswith("client."):
        if case.client is None:
            case.client = Client()
        setattr(case.client, key.split(".", 1)[1], value)
        return
    if key.startswith("mediation."):
        setattr(case.mediation, key.split(".", 1)[1], value)
        return
    theirs = case_from_dict({**case_to_dict(case, frozenset()), key: value})
    setattr(case, key, getattr(theirs, key))


def _same_record(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    def clean(d: dict[str, Any] | None) -> str:
        if d is None:
            return "null"
        return json.dumps(
            {k: v for k, v in d.items() if k not in ("id", "case_id", "reference")},
            sort_keys=True,
            ensure_ascii=False,
        )

    return clean(a) == clean(b)


def _evidence_match_key(item: Any) -> tuple[Any, ...]:
    if item.sha256:
        return ("file", item.sha256)
    return ("record", item.kind, item.description.strip(), item.received)


def _evidence_fields(item: Any) -> dict[str, Any]:
    doc = evidence_to_dict(item)
    for k in ("position", "added_at"):
        doc.pop(k, None)
    return doc


def plan_case(incoming: CaseContent, local: LocalCase | None) -> CasePlan:
    """Compare ``incoming`` with the vault's copy (None: the case is new here)."""
    parts = incoming.parts
    theirs = incoming.case
    if local is None:
        added = {
            "journal": len(theirs.journal),
            "follow_ups": len(theirs.follow_ups),
            "timeline": len(theirs.timeline),
            "evidence": len(incoming.evidence),
            "drafts": len(incoming.drafts),
            "consents": len(theirs.consents),
        }
        return CasePlan(incoming, None, NEW, [], added)
    mine = local.case
    conflicts: list[Conflict] = []
    keys: list[str] = list(CASE_FIELDS) + list(CLIENT_FIELDS)
    if "client_notes" in parts:
        keys.append("client.notes")
    for key in keys:
        a, b = _get(mine, key), _get(theirs, key)
        if a != b:
            conflicts.append(Conflict(key, key, a, b))
    added = {"journal": 0, "follow_ups": 0, "timeline": 0, "evidence": 0, "drafts": 0}
    added["versions"] = 0
    added["consents"] = 0
    own_consents = {c.purpose: c for c in mine.consents}
    for rec in theirs.consents:
        own_c = own_consents.get(rec.purpose)
        if own_c is None:
            added["consents"] += 1
        elif consent_to_dict(own_c) != consent_to_dict(rec):
            conflicts.append(
                Conflict(
                    f"consent:{rec.purpose}",
                    "consent",
                    consent_to_dict(own_c),
                    consent_to_dict(rec),
                    rec.purpose,
                )
            )
    have_timeline = {(t.event_date, t.description) for t in mine.timeline}
    added["timeline"] = sum(
        1 for t in theirs.timeline if (t.event_date, t.description) not in have_timeline
    )
    if "journal" in parts:
        have = {(j.entry_date, j.text) for j in mine.journal}
        added["journal"] = sum(1 for j in theirs.journal if (j.entry_date, j.text) not in have)
    if "follow_ups" in parts:
        have_f = {(f.due, f.note, f.source): f for f in mine.follow_ups}
        for f in theirs.follow_ups:
            own = have_f.get((f.due, f.note, f.source))
            if own is None:
                added["follow_ups"] += 1
            elif own.done != f.done:
                conflicts.append(
                    Conflict(
                        f"follow_up:{own.id}",
                        "follow_up",
                        own.done,
                        f.done,
                        f"{f.due.isoformat()} {f.note}".strip(),
                    )
                )
    if "intake" in parts and incoming.intake is not None and incoming.intake != local.intake:
        if local.intake is None:
            added["intake"] = 1
        else:
            conflicts.append(Conflict("intake", "intake", local.intake, incoming.intake))
    if incoming.mediation is not None and not _same_record(local.mediation, incoming.mediation):
        if local.mediation is None:
            added["mediation"] = 1
        else:
            conflicts.append(
                Conflict("mediation", "mediation", local.mediation, incoming.mediation)
            )
    if "evidence" in parts:
        by_key = {_evidence_match_key(i): i for i in local.evidence}
        for n, ev in enumerate(incoming.evidence, start=1):
            own_item = by_key.get(_evidence_match_key(ev.item))
            if own_item is None:
                added["evidence"] += 1
            elif _evidence_fields(own_item) != _evidence_fields(ev.item):
                conflicts.append(
                    Conflict(
                        f"evidence:{n}",
                        "evidence",
                        _evidence_fields(own_item),
                        _evidence_fields(ev.item),
                        ev.item.description,
                    )
                )
    if "drafts" in parts:
        own_drafts = {d.key(): d for _, d in local.drafts}
        for d in incoming.drafts:
            own_d = own_drafts.get(d.key())
            if own_d is None:
                added["drafts"] += 1
            else:
                have_v = {v.key() for v in own_d.versions}
                added["versions"] += sum(1 for v in d.versions if v.key() not in have_v)
    changed = bool(conflicts) or any(added.values())
    return CasePlan(incoming, local, MERGE if changed else UNCHANGED, conflicts, added)


def merged(plan: CasePlan, take_theirs: set[str] | frozenset[str] = frozenset()) -> MergeResult:
    """What to write for an accepted case; ``take_theirs`` = keys of the
    conflicts where the user chose the bundle's value (any other conflict
    keeps this vault's value)."""
    incoming = plan.incoming
    parts = incoming.parts
    if plan.local is None:
        case = copy.deepcopy(incoming.case)
        case.id = None
        return MergeResult(
            case=case,
            intake=incoming.intake if "intake" in parts else None,
            mediation=incoming.mediation,
            evidence_add=list(incoming.evidence),
            evidence_update=[],
            drafts_add=list(incoming.drafts),
            versions_add=[],
        )
    local = plan.local
    case = copy.deepcopy(local.case)
    chosen = {c.key: c for c in plan.conflicts if c.key in take_theirs}
    for key, conflict in chosen.items():
        if (
            conflict.field in CASE_FIELDS
            or conflict.field in CLIENT_FIELDS
            or key == "client.notes"
        ):
            _set(case, key, conflict.theirs)
    theirs = incoming.case
    own_consents = {c.purpose for c in case.consents}
    for rec in theirs.consents:
        if rec.purpose not in own_consents or f"consent:{rec.purpose}" in chosen:
            case.consents = [c for c in case.consents if c.purpose != rec.purpose]
            case.consents.append(replace(rec))
    case.consents.sort(key=lambda c: CONSENT_PURPOSES.index(c.purpose))
    sync_store_flag(case)
    have_t = {(t.event_date, t.description) for t in case.timeline}
    case.timeline += [
        replace(t, id=None) for t in theirs.timeline if (t.event_date, t.description) not in have_t
    ]
    if "journal" in parts:
        have_j = {(j.entry_date, j.text) for j in case.journal}
        case.journal += [
            replace(j, id=None) for j in theirs.journal if (j.entry_date, j.text) not in have_j
        ]
    if "follow_ups" in parts:
        have_f = {(f.due, f.note, f.source): f for f in case.follow_ups}
        for f in theirs.follow_ups:
            own = have_f.get((f.due, f.note, f.source))
            if own is None:
                case.follow_ups.append(replace(f, id=None))
            elif f"follow_up:{own.id}" in chosen:
                own.done = f.done
    intake = None
    if (
        "intake" in parts
        and incoming.intake is not None
        and (local.intake is None or "intake" in chosen)
    ):
        intake = incoming.intake
    mediation = None
    if incoming.mediation is not None and (local.mediation is None or "mediation" in chosen):
        mediation = dict(incoming.mediation)
        if local.mediation is not None:
            mediation["id"] = local.mediation.get("id")
    evidence_add: list[EvidenceContent] = []
    evidence_update: list[Any] = []
    if "evidence" in parts:
        by_key = {_evidence_match_key(i): i for i in local.evidence}
        for n, ev in enumerate(incoming.evidence, start=1):
            own_item = by_key.get(_evidence_match_key(ev.item))
            if own_item is None:
                evidence_add.append(ev)
            elif f"evidence:{n}" in chosen:
                evidence_update.append(
                    replace(
                        ev.item,
                        id=own_item.id,
                        case_id=own_item.case_id,
                        position=own_item.position,
                        added_at=own_item.added_at,
                        file_name=own_item.file_name,
                        media_type=own_item.media_type,
                        size=own_item.size,
                        sha256=own_item.sha256,
                    )
                )
    drafts_add: list[DraftContent] = []
    versions_add: list[tuple[int, list[DraftVersionContent]]] = []
    if "drafts" in parts:
        own_drafts = {d.key(): (draft_id, d) for draft_id, d in local.drafts}
        for d in incoming.drafts:
            found = own_drafts.get(d.key())
            if found is None:
                drafts_add.append(d)
                continue
            draft_id, own_d = found
            have_v = {v.key() for v in own_d.versions}
            missing = [v for v in d.versions if v.key() not in have_v]
            if missing:
                versions_add.append((draft_id, missing))
    return MergeResult(
        case, intake, mediation, evidence_add, evidence_update, drafts_add, versions_add
    )


def format_value(key: str, value: Any, lang: str = "en", ref: ReferenceData | None = None) -> str:
    """A conflict's value as text for a person (labels of codes in ``lang``)."""
    ref = ref or default_reference()
    field_name = key.split(":", 1)[0]
    yes, no = ("ja", "nei") if lang == "nb" else ("yes", "no")
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        if field_name == "follow_up":
            return (
                ("utført" if value else "åpen") if lang == "nb" else ("done" if value else "open")
            )
        return yes if value else no
    lists = {
        "status": ref.statuses,
        "channel": ref.channels,
        "area": ref.areas,
        "track": ref.tracks,
        "counterpart_type": ref.counterpart_types,
        "mediation.area": ref.areas,
        "mediation.outcome": ref.mediation_outcomes,
    }
    if field_name in ("opened", "closed"):
        day = date.fromisoformat(str(value))
        return f"{day:%d.%m.%Y}" if lang == "nb" else day.isoformat()
    if field_name in lists:
        return lists[field_name].label(str(value), lang)
    if field_name == "grounds":
        return ", ".join(ref.grounds.label(str(g.get("code")), lang) for g in value) or "–"
    if field_name == "incident_types":
        return ", ".join(ref.incident_types.label(str(t), lang) for t in value) or "–"
    if field_name == "intake":
        n = len(value.get("answers", value)) if isinstance(value, dict) else 0
        return f"{n} svar" if lang == "nb" else f"{n} answers"
    if field_name == "mediation" and isinstance(value, dict):
        stage = ref.mediation_stages.label(str(value.get("stage")), lang)
        outcome = value.get("outcome")
        text = stage
        if outcome:
            text += ", " + ref.mediation_outcomes.label(str(outcome), lang)
        return (
            f"{text} ({len(value.get('history') or [])} steg)"
            if lang == "nb"
            else (f"{text} ({len(value.get('history') or [])} steps)")
        )
    if field_name == "consent" and isinstance(value, dict):
        return _consent_text(value, lang, ref)
    if field_name == "evidence" and isinstance(value, dict):
        bits = [str(value.get("description", ""))]
        if value.get("note"):
            bits.append(str(value["note"]))
        if value.get("given_by"):
            bits.append(str(value["given_by"]))
        return " · ".join(bits)
    return str(value)


def _consent_text(value: dict[str, Any], lang: str, ref: ReferenceData) -> str:
    """ "Refer to mediation: given 03.11.2026 (oral)" in ``lang``."""
    from dime_desktop.privacy.consent import texts

    def day(text: Any) -> str:
        if not text:
            return "?"
        d = date.fromisoformat(str(text))
        return f"{d:%d.%m.%Y}" if lang == "nb" else d.isoformat()

    consent_texts = texts()
    status = str(value.get("status"))
    text = f"{consent_texts.label(str(value.get('purpose')), lang)}: "
    text += consent_texts.status(status, lang)
    if status != "not_recorded":
        text += " " + day(value.get("given_on"))
        if value.get("method"):
            text += f" ({ref.consent_methods.label(str(value['method']), lang)})"
    if status == "withdrawn":
        text += (", trukket " if lang == "nb" else ", withdrawn ") + day(value.get("withdrawn_on"))
    return text

"""What of a case travels in a bundle, and how it is written and read.

Two kinds of content (``CaseContent.content``):

``full``
    the case with every field, its journal, follow-ups and timeline, the
    intake answers, the evidence (records and files), the document drafts
    with every version (and their exports and seals), and the mediation
    record if there is one.
``summary``
    a referral summary, what the mediator needs: the case's fields (area,
    grounds, incident types, counterpart, summary, the client's name,
    contact details and language, no notes), the timeline and the mediation
    record; no journal, follow-ups, intake, evidence or drafts.

The payload (the plaintext inside ``payload.age``) is a ZIP archive:
``bundle.json`` (id, sequence, sender and recipient fingerprints, and one
entry per case), ``cases/N/case.json`` (the case as below) and
``cases/N/evidence/M`` (the bytes of evidence item M).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dime_desktop.cases.model import (
    CONSENT_GIVEN,
    CONSENT_PURPOSES,
    CONSENT_STATUSES,
    Case,
    CaseConsent,
    CaseGround,
    Client,
    FollowUp,
    JournalEntry,
    Mediation,
    TimelineEvent,
)
from dime_desktop.errors import BundleDamaged
from dime_desktop.evidence.model import EvidenceItem, OnlineDetails, Witness

PAYLOAD_FORMAT = "dime-handover-payload/1"
FULL = "full"
SUMMARY = "summary"
CONTENTS = (FULL, SUMMARY)
MAX_PAYLOAD_ENTRIES = 100_000

# The parts of a case each kind of content carries (what the merge compares).
SUMMARY_PARTS = frozenset({"fields", "client", "timeline", "mediation"})
FULL_PARTS = SUMMARY_PARTS | {
    "client_notes",
    "journal",
    "follow_ups",
    "intake",
    "evidence",
    "drafts",
}


def parts_of(content: str) -> frozenset[str]:
    return FULL_PARTS if content == FULL else SUMMARY_PARTS


@dataclass
class EvidenceContent:
    item: EvidenceItem  # case_id 0, id None
    data: bytes | None = None  # the file, when the item has one


@dataclass
class DraftVersionContent:
    number: int
    lang: str
    saved_at: str
    content: dict[str, Any]  # DocumentText.to_dict()
    sealed_at: str | None = None
    sent_on: str | None = None
    sent_to: str = ""
    sent_sha256: str = ""
    sent_format: str = ""
    exports: list[dict[str, Any]] = field(default_factory=list)

    def key(self) -> str:
        """What makes two versions the same: their text and language."""
        text = json.dumps(self.content, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(f"{self.lang}\n{text}".encode()).hexdigest()


@dataclass
class DraftContent:
    kind: str
    created_at: str
    versions: list[DraftVersionContent]

    def key(self) -> str:
        """A draft is the same draft in another vault when its kind, its
        creation time and its first version are the same."""
        first = self.versions[0].key() if self.versions else ""
        return f"{self.kind} {self.created_at} {first}"


@dataclass
class ConsentToShare:
    """What the sender's vault knew of the client's consent to share."""

    given: bool
    source: str  # "consent_record" | "consent_to_store" | "anonymous"
    recorded_on: str | None = None


@dataclass
class CaseContent:
    origin_fingerprint: str  # the vault where the case was first registered
    origin_reference: str  # its reference there
    content: str  # FULL or SUMMARY
    case: Case  # ids None; the sender's reference
    consent: ConsentToShare
    intake: dict[str, Any] | None = None
    mediation: dict[str, Any] | None = None  # mediation.model.record_to_dict, ids removed
    evidence: list[EvidenceContent] = field(default_factory=list)
    drafts: list[DraftContent] = field(default_factory=list)

    @property
    def origin(self) -> str:
        return f"{self.origin_fingerprint} {self.origin_reference}"

    @property
    def reference(self) -> str:
        return self.case.reference or ""

    @property
    def parts(self) -> frozenset[str]:
        return parts_of(self.content)


@dataclass
class Payload:
    bundle_id: str
    sequence: int
    made_at: str
    sender_fingerprint: str
    recipient_fingerprint: str
    cases: list[CaseContent]


# --- the case as JSON ----------------------------------------------------------


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _pd(value: Any) -> date | None:
    return None if value in (None, "") else date.fromisoformat(str(value))


def case_to_dict(case: Case, parts: frozenset[str]) -> dict[str, Any]:
    client = case.client
    out: dict[str, Any] = {
        "reference": case.reference,
        "opened": case.opened.isoformat(),
        "closed": _d(case.closed),
        "status": case.status,
        "channel": case.channel,
        "area": case.area,
        "grounds": [g.as_dict() for g in case.grounds],
        "incident_types": list(case.incident_types),
        "track": case.track,
        "counterpart_type": case.counterpart_type,
        "counterpart_name": case.counterpart_name,
        "summary": case.summary,
        "mediation": {
            "referred": case.mediation.referred,
            "area": case.mediation.area,
            "outcome": case.mediation.outcome,
        },
        "client": None
        if client is None
        else {
            "name": client.name,
            "contact": client.contact,
            "preferred_language": client.preferred_language,
            "interpreter_needed": client.interpreter_needed,
            "consent_to_store": client.consent_to_store,
            **({"notes": client.notes} if "client_notes" in parts else {}),
        },
        "timeline": [
            {"date": t.event_date.isoformat(), "description": t.description} for t in case.timeline
        ],
        # the client's consents per purpose travel with every kind of content:
        # the recipient (most often the mediator) must know what was agreed
        "consents": [consent_to_dict(c) for c in case.consents],
    }
    if "journal" in parts:
        out["journal"] = [{"date": j.entry_date.isoformat(), "text": j.text} for j in case.journal]
    if "follow_ups" in parts:
        out["follow_ups"] = [
            {"due": f.due.isoformat(), "note": f.note, "done": f.done, "source": f.source}
            for f in case.follow_ups
        ]
    return out


def case_from_dict(d: dict[str, Any]) -> Case:
    """ValueError/KeyError/TypeError on data that is not a case."""
    c = d.get("client")
    client = (
        None
        if c is None
        else Client(
            name=str(c.get("name", "")),
            contact=str(c.get("contact", "")),
            preferred_language=str(c.get("preferred_language", "")),
            interpreter_needed=bool(c.get("interpreter_needed")),
            consent_to_store=bool(c.get("consent_to_store")),
            notes=str(c.get("notes", "")),
        )
    )
    m = d.get("mediation") or {}
    return Case(
        reference=str(d["reference"]),
        opened=date.fromisoformat(str(d["opened"])),
        closed=_pd(d.get("closed")),
        status=str(d["status"]),
        channel=d.get("channel"),
        area=str(d["area"]),
        grounds=[
            CaseGround(
                str(g["code"]),
                bool(g.get("perceived", True)),
                bool(g.get("assessed", False)),
                bool(g.get("by_association", False)),
            )
            for g in d.get("grounds") or []
        ],
        incident_types=[str(t) for t in d.get("incident_types") or []],
        track=str(d.get("track") or "unclear"),
        counterpart_type=d.get("counterpart_type"),
        counterpart_name=str(d.get("counterpart_name", "")),
        summary=str(d.get("summary", "")),
        journal=[
            JournalEntry(date.fromisoformat(str(j["date"])), str(j["text"]))
            for j in d.get("journal") or []
        ],
        follow_ups=[
            FollowUp(
                date.fromisoformat(str(f["due"])),
                str(f.get("note", "")),
                bool(f.get("done")),
                None,
                str(f.get("source", "")),
            )
            for f in d.get("follow_ups") or []
        ],
        timeline=[
            TimelineEvent(date.fromisoformat(str(t["date"])), str(t["description"]))
            for t in d.get("timeline") or []
        ],
        mediation=Mediation(bool(m.get("referred")), m.get("area"), m.get("outcome")),
        client=client,
        consents=[consent_from_dict(c) for c in d.get("consents") or []],
    )


def consent_to_dict(c: CaseConsent) -> dict[str, Any]:
    return {
        "purpose": c.purpose,
        "status": c.status,
        "given_on": _d(c.given_on),
        "method": c.method,
        "note": c.note,
        "withdrawn_on": _d(c.withdrawn_on),
        "withdrawal_note": c.withdrawal_note,
    }


def consent_from_dict(d: dict[str, Any]) -> CaseConsent:
    """ValueError on a purpose or status this program does not know."""
    purpose, status = str(d["purpose"]), str(d.get("status") or CONSENT_GIVEN)
    if purpose not in CONSENT_PURPOSES or status not in CONSENT_STATUSES:
        raise ValueError(f"unknown consent {purpose!r} / {status!r}")
    return CaseConsent(
        purpose,
        status,
        _pd(d.get("given_on")),
        d.get("method"),
        str(d.get("note", "")),
        _pd(d.get("withdrawn_on")),
        str(d.get("withdrawal_note", "")),
    )


def evidence_to_dict(item: EvidenceItem) -> dict[str, Any]:
    o = item.online
    return {
        "description": item.description,
        "kind": item.kind,
        "received": _d(item.received),
        "given_by": item.given_by,
        "note": item.note,
        "online": {
            "platform": o.platform,
            "url": o.url,
            "user_name": o.user_name,
            "posted_at": o.posted_at,
            "context": o.context,
        },
        "witnesses": [
            {"name": w.name, "contact": w.contact, "consent": w.consent, "note": w.note}
            for w in item.witnesses
        ],
        "file_name": item.file_name,
        "media_type": item.media_type,
        "size": item.size,
        "sha256": item.sha256,
        "position": item.position,
        "added_at": item.added_at,
    }


def evidence_from_dict(d: dict[str, Any]) -> EvidenceItem:
    o = d.get("online") or {}
    return EvidenceItem(
        case_id=0,
        description=str(d["description"]),
        kind=str(d.get("kind", "document")),
        received=_pd(d.get("received")),
        given_by=str(d.get("given_by", "")),
        note=str(d.get("note", "")),
        online=OnlineDetails(
            str(o.get("platform", "")),
            str(o.get("url", "")),
            str(o.get("user_name", "")),
            str(o.get("posted_at", "")),
            str(o.get("context", "")),
        ),
        witnesses=[
            Witness(
                str(w["name"]),
                str(w.get("contact", "")),
                bool(w.get("consent")),
                str(w.get("note", "")),
            )
            for w in d.get("witnesses") or []
        ],
        file_name=str(d.get("file_name", "")),
        media_type=str(d.get("media_type", "")),
        size=int(d.get("size", 0)),
        sha256=str(d.get("sha256", "")),
        position=int(d.get("position", 0)),
        added_at=str(d.get("added_at", "")),
    )


def draft_to_dict(draft: DraftContent) -> dict[str, Any]:
    return {
        "kind": draft.kind,
        "created_at": draft.created_at,
        "versions": [
            {
                "number": v.number,
                "lang": v.lang,
                "saved_at": v.saved_at,
                "content": v.content,
                "sealed_at": v.sealed_at,
                "sent_on": v.sent_on,
                "sent_to": v.sent_to,
                "sent_sha256": v.sent_sha256,
                "sent_format": v.sent_format,
                "exports": v.exports,
            }
            for v in draft.versions
        ],
    }


def draft_from_dict(d: dict[str, Any]) -> DraftContent:
    versions = [
        DraftVersionContent(
            number=int(v["number"]),
            lang=str(v["lang"]),
            saved_at=str(v["saved_at"]),
            content=dict(v["content"]),
            sealed_at=v.get("sealed_at"),
            sent_on=v.get("sent_on"),
            sent_to=str(v.get("sent_to") or ""),
            sent_sha256=str(v.get("sent_sha256") or ""),
            sent_format=str(v.get("sent_format") or ""),
            exports=[dict(e) for e in v.get("exports") or []],
        )
        for v in d.get("versions") or []
    ]
    if not versions:
        raise ValueError("a draft without versions")
    return DraftContent(str(d["kind"]), str(d["created_at"]), versions)


# --- the payload archive ----------------------------------------------------------


def _entry(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED if name.endswith(".json") else zipfile.ZIP_STORED
    zf.writestr(info, data)


def _json_bytes(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def pack_payload(payload: Payload) -> bytes:
    out = io.BytesIO()
    entries: list[dict[str, Any]] = []
    with zipfile.ZipFile(out, "w") as zf:
        for n, cc in enumerate(payload.cases, start=1):
            base = f"cases/{n}"
            evidence = []
            for m, ev in enumerate(cc.evidence, start=1):
                doc = evidence_to_dict(ev.item)
                if ev.data is not None:
                    doc["file"] = f"{base}/evidence/{m}"
                    _entry(zf, doc["file"], ev.data)
                evidence.append(doc)
            case_doc = {
                "origin": {
                    "fingerprint": cc.origin_fingerprint,
                    "reference": cc.origin_reference,
                },
                "content": cc.content,
                "consent": {
                    "given": cc.consent.given,
                    "source": cc.consent.source,
                    "recorded_on": cc.consent.recorded_on,
                },
                "case": case_to_dict(cc.case, cc.parts),
                "intake": cc.intake,
                "mediation": cc.mediation,
                "evidence": evidence,
                "drafts": [draft_to_dict(d) for d in cc.drafts],
            }
            _entry(zf, f"{base}/case.json", _json_bytes(case_doc))
            entries.append(
                {"file": f"{base}/case.json", "reference": cc.reference, "content": cc.content}
            )
        _entry(
            zf,
            "bundle.json",
            _json_bytes(
                {
                    "format": PAYLOAD_FORMAT,
                    "id": payload.bundle_id,
                    "sequence": payload.sequence,
                    "made_at": payload.made_at,
                    "sender": payload.sender_fingerprint,
                    "recipient": payload.recipient_fingerprint,
                    "cases": entries,
                }
            ),
        )
    return out.getvalue()


def unpack_payload(path: Path, data: bytes) -> Payload:
    """The payload's cases (BundleDamaged if it is not a whole payload)."""
    damaged = BundleDamaged(
        path, "The handover bundle is damaged: its content cannot be read as a bundle's."
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if len(zf.namelist()) > MAX_PAYLOAD_ENTRIES:
                raise damaged
            head = json.loads(zf.read("bundle.json").decode("utf-8"))
            if not isinstance(head, dict) or head.get("format") != PAYLOAD_FORMAT:
                raise damaged
            cases: list[CaseContent] = []
            for entry in head["cases"]:
                doc = json.loads(zf.read(str(entry["file"])).decode("utf-8"))
                content = str(doc["content"])
                if content not in CONTENTS:
                    raise damaged
                evidence = []
                for ev in doc.get("evidence") or []:
                    item = evidence_from_dict(ev)
                    blob = zf.read(str(ev["file"])) if ev.get("file") else None
                    if item.sha256 and (
                        blob is None or hashlib.sha256(blob).hexdigest() != item.sha256
                    ):
                        raise damaged
                    evidence.append(EvidenceContent(item, blob))
                consent = doc.get("consent") or {}
                origin = doc["origin"]
                cases.append(
                    CaseContent(
                        origin_fingerprint=str(origin["fingerprint"]),
                        origin_reference=str(origin["reference"]),
                        content=content,
                        case=case_from_dict(doc["case"]),
                        consent=ConsentToShare(
                            bool(consent.get("given")),
                            str(consent.get("source", "")),
                            consent.get("recorded_on"),
                        ),
                        intake=doc.get("intake"),
                        mediation=doc.get("mediation"),
                        evidence=evidence,
                        drafts=[draft_from_dict(x) for x in doc.get("drafts") or []],
                    )
                )
            return Payload(
                bundle_id=str(head["id"]),
                sequence=int(head["sequence"]),
                made_at=str(head["made_at"]),
                sender_fingerprint=str(head["sender"]),
                recipient_fingerprint=str(head["recipient"]),
                cases=cases,
            )
    except BundleDamaged:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError, OSError):
        raise damaged from None

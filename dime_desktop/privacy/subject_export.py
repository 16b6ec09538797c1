"""A person's own copy (innsyn, GDPR art. 15): everything the vault holds
about the client of one case (or of all cases of that client, found by name
or contact), as a readable PDF with a cover letter answering art. 15(1)(a)-(h),
a JSON file, and on request the evidence files.

Data about others — the other party, witnesses, people who gave evidence,
online user names, the other mediation parties — is replaced by a role
(``[motparten]``, ``[vitne 1]``) by default (art. 15(4)); ``include_others``
keeps it. The staff's names in the access log are always replaced by
"adviser": the person has the right to know when and why the data was
consulted, not who of the staff did it (CJEU C-579/21, Pankki S).

The request is logged (``subject_access``, with the day it was received) on
each case, and the first case gets a follow-up due one month after the
request (the deadline of art. 12(3)). Texts: ``resources/texts/subject_export.json``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from dime_desktop.cases.model import (
    CONSENT_PURPOSES,
    STATUS_CLOSED,
    Case,
    FollowUp,
)
from dime_desktop.documents.checklist import format_date, load_texts
from dime_desktop.drafting.redaction import Term, _person_terms, redact_text
from dime_desktop.errors import OutputFileError
from dime_desktop.fileio import atomic_write_bytes, fsync_dir
from dime_desktop.reference import ReferenceData, default_reference
from dime_desktop.storage import access_log as audit

if TYPE_CHECKING:
    from dime_desktop.evidence.model import EvidenceItem
    from dime_desktop.mediation.model import MediationRecord
    from dime_desktop.storage.access_log import LogEntry
    from dime_desktop.storage.document_drafts import DocumentDraft, DraftVersion
    from dime_desktop.vault.vault import Vault

FORMAT = "dime-subject-access"
VERSION = 1
FOLLOW_UP_SOURCE = "subject_access"
# special categories (art. 9) among the grounds; a case of a possible crime (art. 10)
_SPECIAL_GROUNDS = frozenset(
    {
        "ethnicity",
        "religion",
        "belief",
        "disability",
        "sexual_orientation",
        "gender_identity",
        "gender_expression",
        "political_views",
        "trade_union",
    }
)
_CRIME_INCIDENTS = frozenset({"hate_crime", "hate_speech"})


@dataclass(frozen=True)
class ExportOptions:
    lang: str = "nb"
    include_others: bool = False  # art. 15(4): others' data is redacted unless asked
    include_files: bool = False  # the evidence files themselves
    received_on: date | None = None  # the day of the request (default: today)


@dataclass
class SubjectPackage:
    folder: Path
    pdf: Path
    json: Path
    files: list[Path] = field(default_factory=list)
    follow_up_due: date | None = None


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def _normal_contact(text: str) -> str:
    return re.sub(r"[\s().-]", "", text.casefold())


def client_cases(vault: Vault, case: Case) -> list[Case]:
    """The cases of the same client: the same name or the same contact
    details (case and spaces ignored), ``case`` first, then by reference.
    The adviser checks the list before the copy is made."""
    found = [case]
    c = case.client
    if c is None or not (c.name.strip() or c.contact.strip()):
        return found
    from dime_desktop.cases.model import CaseFilter

    name, contact = _normal(c.name), _normal_contact(c.contact)
    words = c.name if c.name.strip() else None
    candidates = (
        vault.cases.iter_cases(CaseFilter(text=words)) if words else vault.cases.iter_cases()
    )
    for other in candidates:
        if other.id == case.id or other.client is None:
            continue
        same_name = bool(name) and _normal(other.client.name) == name
        same_contact = bool(contact) and _normal_contact(other.client.contact) == contact
        if same_name or same_contact:
            found.append(other)
    if contact and words:  # the same contact under another name
        seen = {x.id for x in found}
        for other in vault.cases.iter_cases():
            if other.id in seen or other.client is None:
                continue
            if _normal_contact(other.client.contact) == contact:
                found.append(other)
    return [found[0], *sorted(found[1:], key=lambda x: x.reference or "")]


# --- gathering ---------------------------------------------------------------------------


@dataclass
class _CaseData:
    case: Case
    answers: dict[str, Any]
    evidence: list[EvidenceItem]
    drafts: list[DocumentDraft]
    sent: list[DraftVersion]
    mediation: MediationRecord | None
    log: list[LogEntry]


def _gather(vault: Vault, case: Case) -> _CaseData:
    assert case.id is not None
    state = vault.intake.load(case.id) or {}
    answers = state.get("answers") if isinstance(state.get("answers"), dict) else {}
    drafts = vault.document_drafts.list_for_case(case.id)
    sent = [v for d in drafts for v in vault.document_drafts.versions(d.id) if v.sealed]
    return _CaseData(
        case=case,
        answers=dict(answers or {}),
        evidence=vault.evidence.list_for_case(case.id),
        drafts=drafts,
        sent=sent,
        mediation=vault.mediation.find(case.id),
        log=vault.access_log.for_case(case.id),
    )


def _others_terms(data: _CaseData, t: dict[str, Any]) -> list[Term]:
    """Everything that names someone other than the client, with the role it becomes."""
    case = data.case
    client_name = _normal(case.client.name) if case.client else ""
    terms: list[Term] = []
    cp = case.counterpart_name.strip()
    if cp:
        terms.append(Term(cp, t["role_counterpart"]))
        if case.counterpart_type == "private_person":
            terms += _person_terms(cp, t["role_counterpart"])[1:]
    n = 0
    for item in data.evidence:
        for w in item.witnesses:
            if w.name.strip():
                n += 1
                terms += _person_terms(w.name, t["role_witness"].format(n=n))
            if w.contact.strip():
                terms.append(Term(w.contact.strip(), t["role_contact"]))
        if item.given_by.strip() and _normal(item.given_by) != client_name:
            terms += _person_terms(item.given_by, t["role_person"])
        if item.online.user_name.strip():
            terms.append(Term(item.online.user_name.strip(), t["role_user_name"]))
    if data.mediation is not None:
        for party in data.mediation.parties:
            if party.role == "client":
                continue
            for text in (party.name, party.contact_person):
                if text.strip() and _normal(text) != client_name:
                    terms += _person_terms(text, t["role_party"])
            if party.contact.strip():
                terms.append(Term(party.contact.strip(), t["role_contact"]))
    unique: dict[str, Term] = {}
    for term in terms:
        if len(term.text) >= 2:
            unique.setdefault(term.text.casefold(), term)
    return sorted(unique.values(), key=lambda x: -len(x.text))


class _Writer:
    """Builds the JSON document and the PDF story of one package."""

    def __init__(
        self, vault: Vault, options: ExportOptions, today: date, ref: ReferenceData
    ) -> None:
        self.vault = vault
        self.options = options
        self.lang = options.lang
        self.today = today
        self.ref = ref
        self.t: dict[str, Any] = load_texts("subject_export")[options.lang]
        self.terms: list[Term] = []

    def r(self, text: str) -> str:
        """Others' names out (unless the adviser chose to include them)."""
        if self.options.include_others or not text:
            return text
        return redact_text(text, self.terms)

    def d(self, day: date | None) -> str:
        return format_date(day, self.lang) if day else ""

    def field_name(self, code: str) -> str:
        names: dict[str, str] = self.t["field_names"]
        if code.startswith("consents."):
            from dime_desktop.privacy.consent import texts

            return f"{names['consents']}: {texts().label(code[9:], self.lang).lower()}"
        return names.get(code, code)

    def label(self, kind: str, code: str | None) -> str:
        if not code:
            return ""
        return str(self.ref.kind(kind).label(code, self.lang))

    # --- JSON ---------------------------------------------------------------------------
    def case_json(self, data: _CaseData) -> dict[str, Any]:
        from dime_desktop.privacy import consent as consents
        from dime_desktop.privacy.retention import add_years, rules_of

        c = data.case
        self.terms = _others_terms(data, self.t)
        others = self.options.include_others
        rules = rules_of(self.vault)
        years = rules.years_for(c.desk)
        client = c.client
        out: dict[str, Any] = {
            "reference": c.reference,
            "opened": c.opened.isoformat(),
            "closed": c.closed.isoformat() if c.closed else None,
            "status": c.status,
            "area": {"code": c.area, "label": self.label("areas", c.area)},
            "channel": c.channel,
            "track": c.track,
            "grounds": [{**g.as_dict(), "label": self.label("grounds", g.code)} for g in c.grounds],
            "incident_types": [
                {"code": i, "label": self.label("incident_types", i)} for i in c.incident_types
            ],
            "counterpart_type": c.counterpart_type,
            "counterpart_name": c.counterpart_name
            if others
            else ("" if not c.counterpart_name else self.t["role_counterpart"]),
            "summary": self.r(c.summary),
            "journal": [
                {"date": j.entry_date.isoformat(), "text": self.r(j.text)} for j in c.journal
            ],
            "timeline": [
                {"date": e.event_date.isoformat(), "text": self.r(e.description)}
                for e in c.timeline
            ],
            "follow_ups": [
                {"due": f.due.isoformat(), "note": self.r(f.note), "done": f.done}
                for f in c.follow_ups
            ],
            "client": None
            if client is None
            else {
                "name": client.name,
                "contact": client.contact,
                "preferred_language": client.preferred_language,
                "interpreter_needed": client.interpreter_needed,
                "notes": self.r(client.notes),
            },
            "consents": [
                {
                    "purpose": p,
                    "label": consents.texts().label(p, self.lang),
                    "status": consents.state_of(c, p),
                    "given_on": rec.given_on.isoformat() if rec and rec.given_on else None,
                    "method": rec.method if rec else None,
                    "note": self.r(rec.note) if rec else "",
                    "withdrawn_on": rec.withdrawn_on.isoformat()
                    if rec and rec.withdrawn_on
                    else None,
                    "withdrawal_note": self.r(rec.withdrawal_note) if rec else "",
                }
                for p in CONSENT_PURPOSES
                for rec in [c.consent_of(p)]
            ],
            "mediation_columns": {
                "referred": c.mediation.referred,
                "area": c.mediation.area,
                "outcome": c.mediation.outcome,
            },
            "intake_answers": self._answers(data.answers),
            "evidence": [self._evidence(item) for item in data.evidence],
            "documents_sent": [
                {
                    "kind": v.content.kind,
                    "title": v.content.title,
                    "version": v.number,
                    "sent_on": v.sent_on.isoformat() if v.sent_on else None,
                    "recipient": self.r(v.sent_to),
                    "sha256": v.sent_sha256,
                    "sections": [
                        {"heading": s.heading, "text": self.r(s.text)} for s in v.content.sections
                    ],
                }
                for v in data.sent
            ],
            "drafts": [
                {"kind": d.kind, "versions": d.version_count, "title": d.latest.content.title}
                for d in data.drafts
            ],
            "mediation": self._mediation(data.mediation),
            "storage_period": {
                "years_after_closing": years,
                "review_on": add_years(c.closed, years).isoformat()
                if c.status == STATUS_CLOSED and c.closed
                else None,
            },
            "access_log": [
                {
                    "at": audit.now_text(e.at),
                    "event": e.event,
                    "who": self.t["adviser"] if e.actor else self.t["unknown"],
                    "fields": list(e.fields),
                    "detail": e.detail,
                }
                for e in sorted(data.log, key=lambda e: e.id)
            ],
        }
        return out

    def _answers(self, answers: dict[str, Any]) -> list[dict[str, Any]]:
        from dime_desktop.intake.loader import default_intake

        questions = default_intake().questions
        out = []
        for qid, value in answers.items():
            q = questions.get(qid)
            label = q.label.get(self.lang) if q is not None else qid
            out.append({"question": qid, "label": label, "answer": self._redact_any(value)})
        return out

    def _redact_any(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.r(value)
        if isinstance(value, list):
            return [self._redact_any(v) for v in value]
        if isinstance(value, dict):
            return {k: self._redact_any(v) for k, v in value.items()}
        return value

    def _evidence(self, item: EvidenceItem) -> dict[str, Any]:
        o = item.online
        others = self.options.include_others
        return {
            "description": self.r(item.description),
            "kind": item.kind,
            "received": item.received.isoformat() if item.received else None,
            "given_by": self.r(item.given_by),
            "note": self.r(item.note),
            "online": {
                "platform": o.platform,
                "url": self.r(o.url),
                "user_name": o.user_name
                if others
                else (self.t["role_user_name"] if o.user_name else ""),
                "posted_at": o.posted_at,
                "context": self.r(o.context),
            },
            "witnesses": [
                {"name": w.name, "contact": w.contact, "note": w.note}
                if others
                else {
                    "name": self.t["role_witness"].format(n=n),
                    "contact": "",
                    "note": self.r(w.note),
                }
                for n, w in enumerate(item.witnesses, start=1)
            ],
            "file_name": item.file_name,
            "media_type": item.media_type,
            "size": item.size,
            "sha256": item.sha256,
        }

    def _mediation(self, record: MediationRecord | None) -> dict[str, Any] | None:
        if record is None:
            return None
        consent = record.referral_consent
        return {
            "stage": record.stage,
            "area": record.area,
            "referred_on": record.referred_on.isoformat(),
            "referral_consent": {
                "given_on": consent.given_on.isoformat() if consent.given_on else None,
                "method": consent.method,
            },
            "parties": [
                {
                    "role": p.role,
                    "name": p.name
                    if (p.role == "client" or self.options.include_others)
                    else self.t["role_party"],
                }
                for p in record.parties
            ],
            "talks": [
                {
                    "date": x.talk_date.isoformat(),
                    "notes": self.r(x.notes),
                    "participants": self.r(x.participants),
                }
                for x in record.talks
            ],
            "meetings": [
                {
                    "date": m.meeting_date.isoformat(),
                    "held": m.held,
                    "notes": self.r(m.notes),
                    "place": m.place or self.r(m.place_text),
                }
                for m in record.meetings
            ],
            "outcome": record.outcome,
            "agreement_on": record.agreement_on.isoformat() if record.agreement_on else None,
            "terms": [
                {
                    "kind": x.kind,
                    "what": self.r(x.what),
                    "due": x.due.isoformat(),
                    "status": x.status,
                }
                for x in record.terms
            ],
            "closed_on": record.closed_on.isoformat() if record.closed_on else None,
        }

    # --- PDF ------------------------------------------------------------------------------
    def pdf(self, cases: list[dict[str, Any]], datas: list[_CaseData], received: date) -> bytes:
        from reportlab.lib.units import mm
        from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

        from dime_desktop.documents.pdf import TINT, make_styles, render_pdf
        from dime_desktop.privacy import consent as consents

        t = self.t
        s = make_styles(11)
        story: list[Flowable] = []

        def p(text: str, style: Any = s.body) -> None:
            story.append(Paragraph(escape(text).replace("\n", "<br/>"), style))

        def table(rows: list[list[str]], widths: list[float]) -> None:
            if not rows:
                p(t["none"])
                return
            cells = [
                [Paragraph(escape(str(v)).replace("\n", "<br/>"), s.table) for v in row]
                for row in rows
            ]
            grid = Table(cells, colWidths=widths, repeatRows=0)
            grid.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, TINT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ]
                )
            )
            story.append(grid)

        first = datas[0].case
        name = first.client.name.strip() if first.client else ""
        references = ", ".join(str(c["reference"]) for c in cases)
        p(t["title"], s.title)
        p(t["to"].format(name=name) if name else t["to_anonymous"])
        p(t["received"].format(date=self.d(received)))
        p(t["intro"].format(references=references))
        # (a) purposes, with the consents that stand
        given = sorted(
            {
                consents.texts().label(x["purpose"], self.lang).lower()
                for c in cases
                for x in c["consents"]
                if x["status"] == "given"
            }
        )
        p(t["a_head"], s.h2)
        p(t["a"].format(consents=", ".join(given) if given else t["none"].rstrip(".").lower()))
        # (b) categories
        p(t["b_head"], s.h2)
        cats: list[str] = []
        if any(
            d.case.client is not None and (d.case.client.name or d.case.client.contact)
            for d in datas
        ):
            cats.append(t["b_identity"])
        cats.append(t["b_case"])
        special = sorted(
            {
                self.label("grounds", g.code)
                for d in datas
                for g in d.case.grounds
                if g.code in _SPECIAL_GROUNDS
            }
        )
        if special:
            cats.append(t["b_special"].format(grounds=", ".join(special)))
        if any(
            set(d.case.incident_types) & _CRIME_INCIDENTS or d.case.track in ("criminal", "both")
            for d in datas
        ):
            cats.append(t["b_crime"])
        n_evidence = sum(len(d.evidence) for d in datas)
        if n_evidence:
            cats.append(t["b_evidence"].format(n=n_evidence))
        n_docs = sum(len(d.drafts) for d in datas)
        if n_docs:
            cats.append(t["b_documents"].format(n=n_docs))
        if any(d.mediation is not None or d.case.mediation.referred for d in datas):
            cats.append(t["b_mediation"])
        if any(d.answers for d in datas):
            cats.append(t["b_intake"])
        for cat in cats:
            p("• " + cat)
        # (c) recipients
        p(t["c_head"], s.h2)
        sent = [(v, c) for c, d in zip(cases, datas, strict=True) for v in c["documents_sent"]]
        if not sent and not any(d.case.mediation.referred for d in datas):
            p(t["c_none"])
        for v, _c in sent:
            p(
                "• "
                + t["c_sent"].format(
                    kind=v["title"],
                    date=self.d(date.fromisoformat(v["sent_on"])) if v["sent_on"] else "",
                    recipient=v["recipient"] or t["unknown"],
                )
            )
        if any(d.case.mediation.referred for d in datas):
            p(t["c_mediation"])
        p(t["c_eea"])
        # (d) storage period
        p(t["d_head"], s.h2)
        for c, d in zip(cases, datas, strict=True):
            period = c["storage_period"]
            if period["review_on"]:
                p(
                    t["d_closed"].format(
                        reference=c["reference"],
                        closed=self.d(d.case.closed),
                        review_on=self.d(date.fromisoformat(period["review_on"])),
                        years=period["years_after_closing"],
                    )
                )
            else:
                p(t["d_open"].format(reference=c["reference"], years=period["years_after_closing"]))
        for head, body in (("e_head", "e"), ("f_head", "f")):
            p(t[head], s.h2)
            p(t[body])
        p(t["g_head"], s.h2)
        p(t["g_self"])
        client_name = _normal(name)
        by_others = sum(
            1
            for d in datas
            for i in d.evidence
            if i.given_by.strip() and _normal(i.given_by) != client_name
        )
        if by_others:
            p(t["g_others"].format(n=by_others))
        p(t["h_head"], s.h2)
        p(t["h"])
        p(t["others_head"], s.h2)
        p(t["others_included"] if self.options.include_others else t["others_redacted"])
        p(t["log_note"])

        wide = [52 * mm, 118 * mm]
        for c, d in zip(cases, datas, strict=True):
            p(t["data_head"].format(reference=c["reference"]), s.h1)
            p(t["fields_head"], s.h2)
            rows = [
                [t["reference"], str(c["reference"])],
                [t["opened"], self.d(d.case.opened)],
                [t["closed"], self.d(d.case.closed)],
                [t["status"], self.label("statuses", d.case.status)],
                [t["area"], c["area"]["label"]],
                [t["channel"], self.label("channels", d.case.channel)],
                [t["track"], self.label("tracks", d.case.track)],
                [t["grounds"], ", ".join(g["label"] for g in c["grounds"])],
                [t["incident_types"], ", ".join(i["label"] for i in c["incident_types"])],
                [
                    t["counterpart"],
                    " ".join(
                        x
                        for x in (
                            self.label("counterpart_types", d.case.counterpart_type),
                            c["counterpart_name"],
                        )
                        if x
                    ),
                ],
            ]
            table([r for r in rows if r[1]], wide)
            if c["client"]:
                p(t["client_head"], s.h2)
                cl = c["client"]
                rows = [
                    [t["name"], cl["name"]],
                    [t["contact"], cl["contact"]],
                    [t["language"], cl["preferred_language"]],
                    [t["interpreter"], t["yes"] if cl["interpreter_needed"] else ""],
                    [t["notes"], cl["notes"]],
                ]
                table([r for r in rows if r[1]], wide)
            p(t["consents_head"], s.h2)
            crow = []
            for x in c["consents"]:
                if x["status"] == "none":
                    continue
                if x["status"] == "given":
                    when = (
                        self.d(date.fromisoformat(x["given_on"]))
                        if x["given_on"]
                        else t["date_not_recorded"]
                    )
                    method = self.label("consent_methods", x["method"]) or t["not_recorded"]
                    state = t["given"].format(date=when, method=method)
                elif x["status"] == "withdrawn":
                    state = t["withdrawn"].format(
                        date=self.d(date.fromisoformat(x["withdrawn_on"]))
                    )
                else:
                    state = t["not_recorded"]
                notes = " ".join(v for v in (x["note"], x["withdrawal_note"]) if v)
                crow.append([x["label"], state + (f" — {notes}" if notes else "")])
            table(crow, wide)
            p(t["summary_head"], s.h2)
            p(c["summary"] or t["none"])
            for head, key, text_key, date_key in (
                ("journal_head", "journal", "text", "date"),
                ("timeline_head", "timeline", "text", "date"),
                ("followups_head", "follow_ups", "note", "due"),
            ):
                p(t[head], s.h2)
                table(
                    [
                        [
                            self.d(date.fromisoformat(e[date_key])),
                            e[text_key] + (f" ({t['done']})" if e.get("done") else ""),
                        ]
                        for e in c[key]
                    ],
                    [30 * mm, 140 * mm],
                )
            if c["intake_answers"]:
                p(t["intake_head"], s.h2)
                table(
                    [[a["label"], _answer_text(a["answer"])] for a in c["intake_answers"]],
                    [70 * mm, 100 * mm],
                )
            p(t["evidence_head"], s.h2)
            table(
                [
                    [
                        e["description"],
                        "; ".join(
                            x
                            for x in (
                                f"{t['received_on']} {self.d(date.fromisoformat(e['received']))}"
                                if e["received"]
                                else "",
                                f"{t['given_by']} {e['given_by']}" if e["given_by"] else "",
                                e["note"],
                                " ".join(
                                    v
                                    for v in (
                                        e["online"]["platform"],
                                        e["online"]["url"],
                                        e["online"]["user_name"],
                                    )
                                    if v
                                ),
                                ", ".join(
                                    f"{t['witness']} {w['name']}"
                                    + (f" ({w['contact']})" if w["contact"] else "")
                                    for w in e["witnesses"]
                                ),
                                _file_line(t["file"], e),
                            )
                            if x
                        ),
                    ]
                    for e in c["evidence"]
                ],
                [55 * mm, 115 * mm],
            )
            p(t["documents_head"], s.h2)
            if not c["documents_sent"]:
                p(t["none"])
            for v in c["documents_sent"]:
                sent_on = self.d(date.fromisoformat(v["sent_on"])) if v["sent_on"] else ""
                version = t["version"].format(n=v["version"])
                p(f"{v['title']} — {version}, {sent_on}, {v['recipient']}", s.table_head)
                for sec in v["sections"]:
                    if sec["text"].strip():
                        p(sec["heading"], s.table_head)
                        p(sec["text"])
            if c["drafts"]:
                p(t["drafts_head"], s.h2)
                for x in c["drafts"]:
                    p(f"• {x['title']} ({t['version'].format(n=x['versions'])})")
            med = c["mediation"]
            if med:
                p(t["mediation_head"], s.h2)
                rows = [[t["stage"], self.label("mediation_stages", med["stage"])]]
                rows += [
                    [t["talk"].format(date=self.d(date.fromisoformat(x["date"]))), x["notes"]]
                    for x in med["talks"]
                ]
                rows += [
                    [t["meeting"].format(date=self.d(date.fromisoformat(x["date"]))), x["notes"]]
                    for x in med["meetings"]
                ]
                rows += [
                    [
                        "",
                        t["term"].format(
                            what=x["what"],
                            due=self.d(date.fromisoformat(x["due"])),
                            status=x["status"],
                        ),
                    ]
                    for x in med["terms"]
                ]
                table(rows, wide)
            p(t["log_head"], s.h2)
            table(
                [[t["when"], t["who"], t["what"], t["fields"]]]
                + [
                    [
                        audit.parse_time(e["at"])
                        .astimezone()
                        .strftime("%Y-%m-%d %H:%M" if self.lang == "en" else "%d.%m.%Y %H:%M"),
                        e["who"],
                        t["events"].get(e["event"], e["event"]),
                        ", ".join(self.field_name(f) for f in e["fields"]),
                    ]
                    for e in c["access_log"]
                ],
                [32 * mm, 22 * mm, 36 * mm, 80 * mm],
            )
        return render_pdf(
            story,
            title=t["title"],
            footer_left=t["footer"],
            made_on=self.today,
            page_label=t["page"],
            lang=self.lang,
        )


def _file_line(word: str, e: dict[str, Any]) -> str:
    if not e["file_name"]:
        return ""
    return f"{word} {e['file_name']} ({e['size']} B, SHA-256 {e['sha256'][:16]}…)"


def _answer_text(value: Any) -> str:
    if isinstance(value, bool):
        return "✓" if value else "–"
    if isinstance(value, list):
        return "; ".join(_answer_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{v}" for v in value.values() if v not in (None, "", False))
    return "" if value is None else str(value)


# --- the one action ---------------------------------------------------------------------------


def make_subject_export(
    vault: Vault,
    cases: Sequence[Case],
    out_dir: Path,
    options: ExportOptions,
    *,
    today: date | None = None,
) -> SubjectPackage:
    """Write the package for ``cases`` (the first is the one the request came
    through) into a new folder in ``out_dir``; log the request on each case
    and put a follow-up due one month after it on the first."""
    today = today or date.today()
    received = options.received_on or today
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise OutputFileError(out_dir, "the folder does not exist")
    if not cases or any(c.id is None for c in cases):
        raise ValueError("a subject export needs stored cases")
    writer = _Writer(vault, options, today, default_reference())
    datas = [_gather(vault, c) for c in cases]
    docs = [writer.case_json(d) for d in datas]
    first = cases[0]
    t = writer.t
    name = t["folder"].format(reference=first.reference, date=today.isoformat())
    folder = out_dir / name
    n = 2
    while folder.exists():
        folder = out_dir / f"{name} ({n})"
        n += 1
    try:
        folder.mkdir(mode=0o700)
        os.chmod(folder, 0o700)
    except OSError as exc:
        raise OutputFileError(folder, exc.strerror or str(exc)) from None
    document = {
        "format": FORMAT,
        "version": VERSION,
        "made_on": today.isoformat(),
        "request_received": received.isoformat(),
        "lang": options.lang,
        "others_redacted": not options.include_others,
        "cases": docs,
    }
    json_path = folder / t["json_name"]
    atomic_write_bytes(
        json_path, (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode(), mode=0o600
    )
    pdf_path = folder / t["pdf_name"]
    atomic_write_bytes(pdf_path, writer.pdf(docs, datas, received), mode=0o600)
    package = SubjectPackage(folder, pdf_path, json_path)
    if options.include_files:
        from dime_desktop.evidence.export import item_file_name

        files = folder / t["files_folder"]
        files.mkdir(mode=0o700)
        for d in datas:
            for item in d.evidence:
                if item.id is None or not item.has_file:
                    continue
                target = files / f"{d.case.reference} {item_file_name(item, None, options.lang)}"
                atomic_write_bytes(target, vault.evidence.read_bytes(item.id), mode=0o600)
                package.files.append(target)
    fsync_dir(folder)
    # the request: logged on every case, followed up on the first
    due = add_months(received, 1)
    with vault.database.transaction():
        for c in cases:
            vault.access_log.record(
                audit.SUBJECT_ACCESS,
                case_id=c.id,
                detail=f"received:{received.isoformat()}"
                + (":others" if options.include_others else ""),
            )
    stored = vault.cases.get_by_id(first.id or 0)
    note = t["follow_up"].format(received=writer.d(received), due=writer.d(due))
    if not any(
        f.source == FOLLOW_UP_SOURCE and f.due == due and not f.done for f in stored.follow_ups
    ):
        stored.follow_ups.append(FollowUp(due=due, note=note, source=FOLLOW_UP_SOURCE))
        vault.cases.update(stored)
    package.follow_up_due = due
    return package

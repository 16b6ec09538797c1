"""``dime mediation list``, ``show`` and ``agreement``: the mediation desk.

* ``dime mediation list [--year Y] [--json]``: the mediation cases (of advice
  cases opened in Y, as the yearly statistics count them), and referrals that
  exist only in the register's columns (an imported register, an older vault).
* ``dime mediation show REF [--json]``: one case, whole: parties and consents,
  the suitability checklist and what still keeps it from a meeting, talks,
  meetings, outcome, the agreement's terms and their fulfilment, the closing
  and every change of stage.
* ``dime mediation agreement --case REF --lang nb|en --out FILE.pdf|FILE.docx``:
  the agreement with its signature lines, as PDF or DOCX (by the suffix).

The plain functions (``list_data``, ``show_data``, ``list_text``,
``show_text``) take a Vault and are what the commands print.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from dime_desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_command,
    check_output_file,
    open_vault,
)
from dime_desktop.errors import MediationNotFound
from dime_desktop.mediation import rules
from dime_desktop.mediation.areas import counted_area
from dime_desktop.mediation.checklist import default_checklist
from dime_desktop.mediation.model import MediationRecord, record_to_dict
from dime_desktop.reference import default_reference
from dime_desktop.storage import access_log as audit
from dime_desktop.storage.mediation import MediationFilter
from dime_desktop.words import counted

SOURCE_RECORD = "record"
SOURCE_REGISTER = "register"
DOCUMENT_SUFFIXES = (".pdf", ".docx")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = add_command(
        subparsers,
        "mediation",
        cmd_mediation,
        help="the mediation desk: list, show, agreement",
        description="The mediation desk (Meglingsbenken): its cases from referral to a "
        "fulfilled agreement.",
    )
    sub = p.add_subparsers(dest="mediation_command", metavar="ACTION")
    lst = add_command(sub, "list", cmd_list, help="list the mediation cases")
    lst.add_argument(
        "--year", type=int, metavar="YEAR", help="only cases whose advice case was opened in YEAR"
    )
    lst.add_argument("--json", action="store_true", help="print JSON (codes, no names)")
    show = add_command(sub, "show", cmd_show, help="show one mediation case in full")
    show.add_argument("reference", metavar="REF", help="the advice case's reference")
    show.add_argument("--json", action="store_true", help="print JSON")
    agreement = add_command(
        sub,
        "agreement",
        cmd_agreement,
        help="write the mediation agreement as PDF or DOCX",
        description="Write the agreement of a mediation case with its signature lines "
        "(PDF or DOCX, by the file's suffix).",
    )
    agreement.add_argument("--case", metavar="REF", required=True, help="the case reference")
    agreement.add_argument(
        "--lang", choices=("nb", "en"), default="nb", help="language (default nb)"
    )
    agreement.add_argument(
        "--out", metavar="FILE.pdf|FILE.docx", type=Path, required=True, help="file to write"
    )
    p.set_defaults(handler=cmd_mediation, _parser=p)


def cmd_mediation(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser | None = getattr(args, "_parser", None)
    if parser is not None:
        parser.print_help(sys.stderr)
    return EXIT_USAGE


# --- plain functions -----------------------------------------------------------------


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def list_data(
    vault: Any, year: int | None = None, today: date | None = None
) -> list[dict[str, Any]]:
    """The mediation cases as JSON-ready rows (codes, no names)."""
    now = today or date.today()
    out: list[dict[str, Any]] = []
    for record in vault.mediation.iter_records(MediationFilter(year=year)):
        f = rules.fulfilment(record, now)
        upcoming = [m.meeting_date for m in record.meetings if not m.held]
        follow = rules.open_follow_ups(record)
        out.append(
            {
                "reference": record.reference,
                "source": SOURCE_RECORD,
                "stage": record.stage,
                "area": record.area,
                "referred_on": _d(record.referred_on),
                "outcome": record.outcome,
                "next_meeting": _d(min(upcoming)) if upcoming else None,
                "next_follow_up": _d(follow[0].follow_up) if follow else None,
                "terms": {
                    "fulfilled": f.fulfilled,
                    "late": f.late,
                    "broken": f.broken,
                    "open": f.open,
                    "overdue": f.overdue,
                },
            }
        )
    for r in vault.mediation.register_referrals(year):
        out.append(
            {
                "reference": r.reference,
                "source": SOURCE_REGISTER,
                "stage": None,
                "area": counted_area(r.area, r.case_area),
                "referred_on": None,
                "outcome": r.outcome,
                "next_meeting": None,
                "next_follow_up": None,
                "terms": None,
            }
        )
    return out


def list_text(rows: list[dict[str, Any]], year: int | None = None) -> str:
    ref = default_reference()
    records = [r for r in rows if r["source"] == SOURCE_RECORD]
    register = [r for r in rows if r["source"] == SOURCE_REGISTER]
    if not rows:
        return "No mediation cases." if year is None else f"No mediation cases from {year}."
    lines: list[str] = []
    if records:
        table = [
            [
                r["reference"],
                ref.mediation_stages.label(r["stage"], "en"),
                ref.mediation_areas.label(r["area"], "en"),
                r["referred_on"] or "",
                r["next_meeting"] or "",
                str(r["terms"]["open"]) if r["terms"]["open"] else "",
                r["next_follow_up"] or "",
            ]
            for r in records
        ]
        header = [
            "Reference",
            "Stage",
            "Area",
            "Referred",
            "Next meeting",
            "Open terms",
            "Follow up",
        ]
        lines.append(_table(table, header))
        lines.append(f"\n{counted(len(records), 'mediation case')}.")
    if register:
        refs = ", ".join(r["reference"] for r in register)
        lines.append(
            f"{counted(len(register), 'referral')} recorded only in the register's columns "
            f"(no mediation record): {refs}"
        )
    return "\n".join(lines)


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def show_data(vault: Any, reference: str, today: date | None = None) -> dict[str, Any]:
    """One case whole, with what follows from it (JSON-ready)."""
    now = today or date.today()
    case = vault.cases.get(reference)  # CaseNotFound
    record: MediationRecord | None = vault.mediation.find(case.id)
    if record is None:
        if not case.mediation.referred:
            raise MediationNotFound(case.reference or reference)
        return {
            "reference": case.reference,
            "source": SOURCE_REGISTER,
            "area": counted_area(case.mediation.area, case.area),
            "outcome": case.mediation.outcome,
        }
    data = record_to_dict(record)
    f = rules.fulfilment(record, now)
    limit = rules.three_year_limit(case)
    data.update(
        source=SOURCE_RECORD,
        advice_case={
            "area": case.area,
            "track": case.track,
            "grounds": case.ground_codes(),
            "first_event": _d(limit.first_event),
            "three_year_limit": _d(limit.limit),
            "hate_crime_warning": rules.hate_crime_warning(case),
        },
        ready_problems=[
            {"field": p.field, "problem": p.code, "value": p.value}
            for p in rules.readiness_problems(record)
        ],
        fulfilment={
            "fulfilled": f.fulfilled,
            "late": f.late,
            "broken": f.broken,
            "open": f.open,
            "overdue": f.overdue,
        },
        cooling_off_until=_d(rules.cooling_off_until(record)),
    )
    return data


def show_text(vault: Any, reference: str, today: date | None = None) -> str:
    now = today or date.today()
    data = show_data(vault, reference, now)
    ref = default_reference()
    if data["source"] == SOURCE_REGISTER:
        outcome = ref.mediation_outcomes.label(data["outcome"], "en") if data["outcome"] else "-"
        return (
            f"Case {data['reference']} is marked as referred to mediation in the register "
            f"(area {ref.mediation_areas.label(data['area'], 'en')}, outcome {outcome}), "
            "but has no mediation record yet."
        )
    record = vault.mediation.get_by_reference(reference)
    case = vault.cases.get(reference)
    cl = default_checklist()
    lines = [
        f"Mediation case {record.reference}",
        f"  Stage:      {ref.mediation_stages.label(record.stage, 'en')}",
        f"  Area:       {ref.mediation_areas.label(record.area or '', 'en')}",
        f"  Mediator:   {record.mediator or '-'}",
        f"  Referred:   {record.referred_on.isoformat()}"
        + _consent_text(record.referral_consent, ref, prefix=", client's consent "),
        f"  Criminal case: {'yes' if record.criminal else 'no'}",
        "  " + rules.three_year_notice(case, now, "en", cl),
    ]
    warning = rules.hate_crime_notice(case, "en", cl)
    if warning:
        lines.append("  " + warning)
    lines += ["", "Parties"]
    for p in record.parties:
        role = ref.party_roles.label(p.role, "en")
        name = p.display_name() or "(no name)"
        extra = []
        if p.under_18:
            extra.append("under 18")
        accompanied = record.party(p.accompanies)
        if accompanied is not None:
            extra.append(f"with {accompanied.display_name() or accompanied.role}")
        if p.is_principal:
            extra.append("consent to mediation" + (_consent_text(p.consent, ref) or ": none"))
        lines.append(f"  {role}: {name}" + (f" ({'; '.join(extra)})" if extra else ""))
    lines += ["", "Suitability"]
    for item in cl.items:
        a = record.answer(item.code)
        answer = {"yes": "yes", "no": "no"}.get(a.answer or "", "not answered")
        reason = f" – {a.reason}" if a.reason else ""
        again = " (to be reviewed again)" if rules.needs_review(record, item.code, cl) else ""
        lines.append(f"  [{answer}] {item.label.en}{reason}{again}")
    problems = rules.readiness_problems(record, cl)
    lines.append(
        "  Ready for a meeting: yes"
        if not problems
        else f"  Ready for a meeting: not yet ({counted(len(problems), 'thing')} missing)"
    )
    if record.talks:
        lines += ["", "Preparatory talks"]
        for t in record.talks:
            party = record.party(t.party)
            with_whom = party.display_name() or party.role if party is not None else "-"
            lines.append(f"  {t.talk_date.isoformat()}  with {with_whom}: {t.notes}".rstrip(": "))
    if record.meetings:
        lines += ["", "Meetings"]
        for m in record.meetings:
            when = m.meeting_date.isoformat() + (f" {m.start.strftime('%H:%M')}" if m.start else "")
            place = ref.meeting_places.label(m.place, "en") if m.place else m.place_text
            held = "held" if m.held else "planned"
            lines.append(f"  {when}  {place or '-'}  ({held})")
    lines += ["", "Outcome and agreement"]
    outcome = ref.mediation_outcomes.label(record.outcome, "en") if record.outcome else "-"
    lines.append(f"  Outcome: {outcome}")
    if record.agreement_on:
        lines.append(f"  Agreement made: {record.agreement_on.isoformat()}")
    until = rules.cooling_off_until(record)
    if until:
        lines.append(f"  Cooling-off period until: {until.isoformat()}")
    for n, t in enumerate(record.terms, start=1):
        who = record.party(t.party)
        who_text = who.display_name() or who.role if who is not None else "-"
        state = rules.term_state(t, now)
        if t.status == "open":
            state += f"; follow up {t.follow_up.isoformat()}"
        elif t.status_on is not None:
            state += f" {t.status_on.isoformat()}"
        lines.append(
            f"  {n}. {ref.term_kinds.label(t.kind, 'en')}: {who_text} – {t.what} "
            f"by {t.due.isoformat()} [{state}]"
        )
    if record.terms:
        f = rules.fulfilment(record, now)
        lines.append(
            f"  Terms: {f.fulfilled} fulfilled, {f.late} late, {f.broken} broken, "
            f"{f.open} open ({f.overdue} overdue)"
        )
    if record.closed_on:
        reason = ref.closing_reasons.label(record.closing_reason or "", "en")
        lines += ["", f"Closed {record.closed_on.isoformat()}: {reason}"]
    lines += ["", "History"]
    for h in record.history:
        frm = ref.mediation_stages.label(h.from_stage, "en") if h.from_stage else "-"
        to = ref.mediation_stages.label(h.to_stage, "en")
        lines.append(f"  {h.changed_on.isoformat()}  {frm} → {to}  by {h.by or '-'}")
    return "\n".join(lines)


def _consent_text(c: Any, ref: Any, prefix: str = ": ") -> str:
    if c.given_on is None:
        return ""
    how = f" ({ref.consent_methods.label(c.method, 'en')})" if c.method else ""
    text = f"{prefix}given {c.given_on.isoformat()}{how}"
    if c.withdrawn_on is not None:
        text += f", withdrawn {c.withdrawn_on.isoformat()}"
    return text


# --- commands ----------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        rows = list_data(vault, args.year)
    finally:
        vault.close()
    if args.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        print(list_text(rows, args.year))
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        if args.json:
            text = json.dumps(show_data(vault, args.reference), ensure_ascii=False, indent=2)
        else:
            text = show_text(vault, args.reference)
    finally:
        vault.close()
    print(text)
    return EXIT_OK


def cmd_agreement(args: argparse.Namespace) -> int:
    from dime_desktop.mediation.agreement import agreement_document

    out: Path = args.out
    suffix = out.suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise CliError(f"Give a file name ending in .pdf or .docx (got {out.name}).")
    check_output_file(out)
    vault = open_vault(args)
    try:
        record = vault.mediation.get_by_reference(args.case)
        case = vault.cases.get(args.case)
        document = agreement_document(record, case, lang=args.lang, made_on=date.today())
        document.write(out)
        vault.log(audit.EXPORTED, case_id=case.id, detail=f"mediation_agreement.{suffix[1:]}")
    finally:
        vault.close()
    print(f"Wrote {out}")
    return EXIT_OK

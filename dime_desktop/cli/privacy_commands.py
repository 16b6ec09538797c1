"""The records' life under the GDPR (issue 12) on the command line:

* ``dime log [--case REF] [--since DATE] [--until DATE] [--event E] [--json] [--csv FILE]``:
  the access log (who, when, what; never content), and whether its chain is intact;
* ``dime subject-export --case REF [--all-cases-of-client] [--include-others]
  [--include-files] [--received DATE] --lang nb|en --out DIR``: a person's own copy;
* ``dime retention due [--json]`` and ``dime retention rules [--advice-years N]
  [--mediation-years N] [--log-years N] [--confirm]``;
* ``dime delete --case REF [--keep-statistics|--all] [--reason request|retention] [--yes]``;
* ``dime consent --case REF`` / ``dime consent give|withdraw --case REF --purpose P ...``.

They call the same core functions as the app (``dime_desktop.privacy``,
``vault.access_log``, ``vault.erasure.erase_cases``).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from dime_desktop.cases.model import CONSENT_PURPOSES
from dime_desktop.cli.common import EXIT_ERROR, EXIT_OK, CliError, add_command, open_vault
from dime_desktop.storage import access_log as audit
from dime_desktop.words import counted


def parse_day(text: str) -> date:
    """``2024-05-06`` or ``06.05.2024``."""
    text = text.strip()
    try:
        if "." in text:
            d, m, y = text.split(".")
            return date(int(y), int(m), int(d))
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = add_command(
        subparsers,
        "log",
        cmd_log,
        help="the access log: who opened, changed, printed or exported which case",
        description="The vault's access log, newest first: when, who (the adviser's name), "
        "what happened to which case (field names only, never their content), and the "
        "vault's own events. Ends with whether the log's hash chain is intact.",
    )
    p.add_argument("--case", metavar="REF", help="only this case")
    p.add_argument("--since", type=parse_day, metavar="DATE", help="from this day")
    p.add_argument("--until", type=parse_day, metavar="DATE", help="up to and with this day")
    p.add_argument("--event", action="append", choices=audit.EVENTS, help="only these events")
    p.add_argument("--limit", type=int, default=200, help="at most this many (default 200)")
    p.add_argument("--json", action="store_true", help="as JSON (all matching entries)")
    p.add_argument("--csv", type=Path, metavar="FILE", help="write all matching entries as CSV")

    p = add_command(
        subparsers,
        "subject-export",
        cmd_subject_export,
        help="a person's own copy of their data (GDPR art. 15): PDF, JSON, cover letter",
        description="Everything the vault holds about the client of --case (with "
        "--all-cases-of-client: every case with the same name or contact), as a PDF with a "
        "cover letter answering GDPR art. 15(1)(a)-(h) and a JSON file, in a new folder in "
        "--out. Data about others is replaced by roles unless --include-others. The request "
        "is logged and followed up one month later. The last line printed is the folder.",
    )
    p.add_argument("--case", metavar="REF", required=True, help="the case the request came through")
    p.add_argument("--all-cases-of-client", action="store_true", help="every case of the client")
    p.add_argument("--include-others", action="store_true", help="keep data about others")
    p.add_argument("--include-files", action="store_true", help="copy the evidence files too")
    p.add_argument("--received", type=parse_day, metavar="DATE", help="day of the request")
    p.add_argument("--lang", choices=("nb", "en"), default="nb", help="language (default nb)")
    p.add_argument("--out", type=Path, metavar="DIR", required=True, help="an existing folder")

    p = add_command(
        subparsers,
        "retention",
        cmd_retention_help,
        help="retention: the cases due for deletion, and the rules",
    )
    sub = p.add_subparsers(dest="retention_command", metavar="WHAT")
    due = add_command(sub, "due", cmd_retention_due, help="closed cases due for deletion")
    due.add_argument("--json", action="store_true", help="as JSON (references, no names)")
    due.add_argument("--today", type=parse_day, metavar="DATE", help=argparse.SUPPRESS)
    rules = add_command(
        sub, "rules", cmd_retention_rules, help="show, change or confirm the retention rules"
    )
    rules.add_argument("--advice-years", type=int, metavar="N")
    rules.add_argument("--mediation-years", type=int, metavar="N")
    rules.add_argument("--log-years", type=int, metavar="N")
    rules.add_argument("--confirm", action="store_true", help="confirm the rules (as coordinator)")
    rules.add_argument("--lang", choices=("nb", "en"), default="en", help="language of the reasons")

    p = add_command(
        subparsers,
        "delete",
        cmd_delete,
        help="delete a case: anonymised (statistics kept) or completely",
        description="Delete --case everywhere the app keeps it (the vault and every backup "
        "within reach). --keep-statistics (the default) removes every name and text and keeps "
        "what the yearly statistics count; --all removes the case completely, and the "
        "statistics of its year change. Asks first unless --yes.",
    )
    p.add_argument(
        "--case", metavar="REF", required=True, action="append", help="a case (repeat for several)"
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--keep-statistics", action="store_true", help="anonymise (the default)")
    mode.add_argument("--all", action="store_true", help="delete completely")
    p.add_argument(
        "--reason",
        choices=("request", "retention"),
        default="request",
        help="the person asked (art. 17, the default) or the retention period is over",
    )
    p.add_argument("--yes", action="store_true", help="do not ask before deleting")

    p = add_command(
        subparsers,
        "consent",
        cmd_consent,
        help="the client's consents of a case: list, give, withdraw",
    )
    p.add_argument("action", nargs="?", choices=("list", "give", "withdraw"), default="list")
    p.add_argument("--case", metavar="REF", required=True)
    p.add_argument("--purpose", choices=CONSENT_PURPOSES)
    p.add_argument("--on", type=parse_day, metavar="DATE", help="the day (default today)")
    p.add_argument("--method", default="oral", help="how it was given: oral, written, message")
    p.add_argument("--note", default="", help="a note (kept in the vault)")
    p.add_argument("--lang", choices=("nb", "en"), default="nb", help="of the follow-up")
    p.add_argument("--json", action="store_true")


# --- log ------------------------------------------------------------------------------


def cmd_log(args: argparse.Namespace) -> int:
    from dime_desktop.privacy.log_export import local_time, write_log_csv

    vault = open_vault(args)
    try:
        flt = audit.LogFilter(
            since=audit.day_start(args.since) if args.since else None,
            until=audit.end_of_day(args.until) if args.until else None,
            case_ref=args.case.strip().upper() if args.case else None,
            events=tuple(args.event) if args.event else None,
        )
        if args.csv is not None:
            n = write_log_csv(args.csv, vault.access_log.iter_entries(flt))
            print(f"Wrote {n} entries to {args.csv}")
            return EXIT_OK
        check = vault.access_log.verify()
        if args.json:
            entries = [e.as_dict() for e in vault.access_log.entries(flt)]
            doc = {"entries": entries, "chain_intact": check.intact, "problems": check.problems}
            sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
            return EXIT_OK if check.intact else EXIT_ERROR
        total = vault.access_log.count(flt)
        for e in vault.access_log.entries(flt, limit=max(args.limit, 0)):
            fields = f" [{', '.join(e.fields)}]" if e.fields else ""
            detail = f" ({e.detail})" if e.detail else ""
            who = e.actor or "(unknown)"
            print(f"{local_time(e)}  {who:<20} {e.event:<18} {e.case_ref:<13}{fields}{detail}")
        if total > args.limit:
            print(f"... {total - args.limit} older entries (use --limit, --since or --json)")
        if check.intact:
            print(f"The access log is intact ({check.entries} entries).")
            return EXIT_OK
        print("The access log is BROKEN:")
        for problem in check.problems:
            print(f"  {problem}")
        return EXIT_ERROR
    finally:
        vault.close()


# --- subject export -------------------------------------------------------------------


def cmd_subject_export(args: argparse.Namespace) -> int:
    from dime_desktop.privacy.subject_export import (
        ExportOptions,
        client_cases,
        make_subject_export,
    )

    if not args.out.is_dir():
        raise CliError(f"The folder {args.out} does not exist.")
    vault = open_vault(args)
    try:
        case = vault.cases.get(args.case)
        cases = client_cases(vault, case) if args.all_cases_of_client else [case]
        options = ExportOptions(
            lang=args.lang,
            include_others=args.include_others,
            include_files=args.include_files,
            received_on=args.received,
        )
        package = make_subject_export(vault, cases, args.out, options)
    finally:
        vault.close()
    print(f"Cases: {', '.join(str(c.reference) for c in cases)}")
    if not args.include_others:
        print("Data about others (the other party, witnesses) is replaced by roles.")
    print(f"Follow-up: the copy must be sent by {package.follow_up_due}.")
    print("The copy leaves the vault: keep it safe and give it only to the person.")
    print(package.folder)
    return EXIT_OK


# --- retention ------------------------------------------------------------------------


def cmd_retention_help(args: argparse.Namespace) -> int:
    raise CliError("Say what: 'dime retention due' or 'dime retention rules'.")


def cmd_retention_due(args: argparse.Namespace) -> int:
    from dime_desktop.privacy.retention import apply_log_retention, due_cases, rules_of

    today = args.today or date.today()
    vault = open_vault(args)
    try:
        rules = rules_of(vault)
        due = due_cases(vault, today, rules)
        apply_log_retention(vault, today)
    finally:
        vault.close()
    if args.json:
        doc = {"confirmed": rules.confirmed, "due": [d.as_dict() for d in due]}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not rules.confirmed:
        print(
            "The retention rules are not confirmed yet; see them with 'dime retention rules' "
            "and confirm with 'dime retention rules --confirm'. Nothing is due until then."
        )
        return EXIT_OK
    if not due:
        print("No case is due for deletion.")
        return EXIT_OK
    for d in due:
        print(f"{d.reference:<13} {d.desk:<9} closed {d.closed}  due since {d.review_on}")
    print(
        f"{counted(len(due), 'case')} due; delete with 'dime delete --case REF --keep-statistics'."
    )
    return EXIT_OK


def cmd_retention_rules(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from dime_desktop.privacy.retention import confirm_rules, defaults, rules_of

    vault = open_vault(args)
    try:
        rules = rules_of(vault)
        changed = replace(
            rules,
            advice_years=args.advice_years or rules.advice_years,
            mediation_years=args.mediation_years or rules.mediation_years,
            log_years=args.log_years or rules.log_years,
        )
        if changed.problems():
            raise CliError("; ".join(changed.problems()) + ".")
        if args.confirm:
            rules = confirm_rules(vault, changed, date.today())
        elif changed != rules:
            raise CliError("Add --confirm to change the rules.")
    finally:
        vault.close()
    d = defaults()
    lang = args.lang
    print(f"Advice desk: {rules.advice_years} years after closing. {d.reason('advice', lang)}")
    print(f"Mediation desk: {rules.mediation_years} years. {d.reason('mediation', lang)}")
    print(f"Access log: {rules.log_years} years. {d.reason('access_log', lang)}")
    if rules.confirmed:
        by = f" by {rules.confirmed_by}" if rules.confirmed_by else ""
        print(f"Confirmed on {rules.confirmed_on}{by}.")
    else:
        print("Not confirmed yet: the coordinator confirms with --confirm.")
    return EXIT_OK


# --- delete ---------------------------------------------------------------------------


def _confirm(args: argparse.Namespace, question: str) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise CliError("Nothing was deleted: add --yes to delete without being asked.")
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "j", "ja")


def cmd_delete(args: argparse.Namespace) -> int:
    from dime_desktop.storage.erasure import DELETE_ALL, KEEP_STATISTICS
    from dime_desktop.vault.erasure import erase_cases

    mode = DELETE_ALL if args.all else KEEP_STATISTICS
    vault = open_vault(args)
    try:
        cases = [vault.cases.get(ref) for ref in args.case]
        refs = ", ".join(str(c.reference) for c in cases)
        if mode == DELETE_ALL:
            years = sorted({c.year for c in cases})
            question = (
                f"Delete {refs} completely? Nothing of it is kept, and the statistics of "
                f"{', '.join(str(y) for y in years)} change (one case fewer each)."
            )
        else:
            question = (
                f"Anonymise {refs}? Names, contact details, texts, evidence and documents are "
                "removed for good; what the statistics count is kept."
            )
        if not _confirm(args, question):
            print("Nothing was deleted.")
            return EXIT_ERROR
        report = erase_cases(vault, [c.id or 0 for c in cases], mode, args.reason)
    finally:
        vault.close()
    what = "Deleted completely" if mode == DELETE_ALL else "Anonymised"
    print(f"{what}: {refs}.")
    if report.backups_cleaned:
        print(f"Cleaned {counted(len(report.backups_cleaned), 'backup')}.")
    for path in report.backups_removed:
        print(f"Removed a backup older than the retention period: {path}")
    for note in report.notes:
        print(f"dime: {note}", file=sys.stderr)
    return EXIT_OK


# --- consent --------------------------------------------------------------------------


def cmd_consent(args: argparse.Namespace) -> int:
    from dime_desktop.privacy import consent

    if args.action != "list" and args.purpose is None:
        raise CliError(f"'dime consent {args.action}' needs --purpose.")
    vault = open_vault(args)
    try:
        case = vault.cases.get(args.case)
        if args.action == "give":
            consent.give(case, args.purpose, args.on or date.today(), args.method, args.note)
            case = vault.cases.update(case)
        elif args.action == "withdraw":
            follow = consent.withdraw(
                case, args.purpose, args.on or date.today(), args.note, args.lang
            )
            case = vault.cases.update(case)
            print(f"Follow-up {follow.due}: {follow.note}")
    finally:
        vault.close()
    rows = []
    for purpose in CONSENT_PURPOSES:
        record = case.consent_of(purpose)
        rows.append(
            {
                "purpose": purpose,
                "status": consent.state_of(case, purpose),
                "given_on": record.given_on.isoformat() if record and record.given_on else None,
                "method": record.method if record else None,
                "withdrawn_on": record.withdrawn_on.isoformat()
                if record and record.withdrawn_on
                else None,
            }
        )
    if args.json:
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return EXIT_OK
    for r in rows:
        when = r["withdrawn_on"] or r["given_on"] or ""
        print(f"{r['purpose']:<22} {r['status']:<13} {when} {r['method'] or ''}".rstrip())
    return EXIT_OK

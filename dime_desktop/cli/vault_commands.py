"""``dime init``, ``import``, ``cases``, ``verify`` and ``demo``."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from dime_desktop.cases.model import Case, CaseFilter
from dime_desktop.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CliError,
    add_command,
    open_vault,
    prompt_hidden,
    read_passphrase_file,
    vault_path,
)
from dime_desktop.demo.generator import DEMO_PASSPHRASE
from dime_desktop.errors import PassphraseRejected, VaultExists
from dime_desktop.reference import default_reference

_REASONS = {
    "empty": "it is empty",
    "too_short": "it is shorter than {min_length} characters",
    "too_common": "it is too common or too easy to guess",
    "mismatch": "the two entries are not the same",
}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add_command(
        subparsers,
        "init",
        cmd_init,
        help="create a new encrypted vault",
        description="Create a new encrypted vault and show its recovery key once.",
    )
    p = add_command(
        subparsers,
        "import",
        cmd_import,
        help="import cases from an earlier register (CSV or XLSX)",
        description="Import cases from a CSV or XLSX register. Nothing is stored "
        "unless every row is valid.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="the CSV or XLSX file")
    p.add_argument(
        "--skip-existing",
        action="store_true",
        help="leave out rows whose reference is already in the vault",
    )
    p = add_command(subparsers, "cases", cmd_cases, help="list the cases")
    p.add_argument("--year", type=int, metavar="YEAR", help="only cases opened in YEAR")
    p.add_argument("--json", action="store_true", help="full cases as a JSON array")
    add_command(
        subparsers,
        "verify",
        cmd_verify,
        help="check the whole vault for damage",
        description="Run a full integrity check of the vault.",
    )
    p = add_command(
        subparsers,
        "demo",
        cmd_demo,
        help="create a throwaway vault with synthetic cases",
        description="Create a throwaway vault in a new temporary folder, filled with "
        "realistic synthetic cases (no real person), and print where it is.",
    )
    p.add_argument(
        "--cases", type=int, default=200, metavar="N", help="how many cases (default 200)"
    )


# --- init --------------------------------------------------------------------


def _refusal(reasons: list[str]) -> str:
    from dime_desktop.vault import passphrase_policy

    min_length = getattr(passphrase_policy, "MIN_LENGTH", 15)
    texts = [_REASONS.get(r, r.replace("_", " ")).format(min_length=min_length) for r in reasons]
    return "The passphrase was refused: " + "; ".join(texts) + "."


def cmd_init(args: argparse.Namespace) -> int:
    from dime_desktop.vault import Vault
    from dime_desktop.vault.passphrase_policy import check_passphrase

    path = vault_path(args)
    if Vault.exists(path):
        raise VaultExists(f"There is already a vault at {path}.", path)
    file: Path | None = getattr(args, "passphrase_file", None)
    if file is not None:
        passphrase = read_passphrase_file(file)
        confirm = passphrase
    else:
        print(
            "Choose a passphrase: several words, at least 15 characters. "
            "It is never stored anywhere."
        )
        passphrase = prompt_hidden("New passphrase: ")
        confirm = prompt_hidden("Repeat the passphrase: ")
    reasons = check_passphrase(passphrase, confirm)
    if reasons:
        raise PassphraseRejected(_refusal(reasons), reasons)
    created = Vault.create(path, passphrase, kdf=args.kdf)
    try:
        print(f"Created the vault in {created.vault.path}.")
        print()
        print("RECOVERY KEY - shown only this once:")
        print()
        print(f"    {created.recovery_key}")
        print()
        print(
            "Write it down on paper or print it NOW and keep it locked away, not on this "
            "computer.\nIf the passphrase is forgotten, this key is the ONLY way back into "
            "the vault;\nwithout both, the cases are lost for good."
        )
    finally:
        created.vault.close()
    return EXIT_OK


# --- import ------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from dime_desktop.importing import import_cases, read_register

    # The file is read once, before the passphrase is asked: its problems come first.
    cases = read_register(args.file)
    vault = open_vault(args)
    try:
        report = import_cases(vault, cases, skip_existing=args.skip_existing)
    finally:
        vault.close()
    print(f"Imported {report.added} cases ({len(report.skipped)} skipped).")
    return EXIT_OK


# --- cases -------------------------------------------------------------------


def case_to_dict(case: Case) -> dict[str, Any]:
    """A case as JSON-ready data (dates as ISO text)."""
    return {
        "reference": case.reference,
        "opened": case.opened.isoformat(),
        "closed": case.closed.isoformat() if case.closed else None,
        "status": case.status,
        "channel": case.channel,
        "area": case.area,
        "grounds": [g.as_dict() for g in case.grounds],
        "incident_types": list(case.incident_types),
        "track": case.track,
        "counterpart_type": case.counterpart_type,
        "counterpart_name": case.counterpart_name,
        "summary": case.summary,
        "journal": [{"date": j.entry_date.isoformat(), "text": j.text} for j in case.journal],
        "follow_ups": [
            {"due": f.due.isoformat(), "note": f.note, "done": f.done} for f in case.follow_ups
        ],
        "timeline": [
            {"date": t.event_date.isoformat(), "description": t.description} for t in case.timeline
        ],
        "mediation": {
            "referred": case.mediation.referred,
            "area": case.mediation.area,
            "outcome": case.mediation.outcome,
        },
        "client": dataclasses.asdict(case.client) if case.client is not None else None,
    }


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([line(header), line(["-" * w for w in widths])] + [line(r) for r in rows])


def cmd_cases(args: argparse.Namespace) -> int:
    flt = CaseFilter(year=args.year)
    vault = open_vault(args)
    try:
        if args.json:
            data = [case_to_dict(c) for c in vault.cases.iter_cases(flt)]
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            return EXIT_OK
        summaries = vault.cases.list_rows(flt, sort="opened", descending=False)
    finally:
        vault.close()
    if not summaries:
        print("No cases." if args.year is None else f"No cases opened in {args.year}.")
        return EXIT_OK
    ref = default_reference()
    rows = [
        [
            s.reference,
            s.opened.isoformat(),
            ref.statuses.label(s.status, "en"),
            ref.areas.label(s.area, "en"),
            ", ".join(ref.grounds.label(g, "en") for g in s.grounds),
        ]
        for s in summaries
    ]
    print(_table(rows, ["Reference", "Opened", "Status", "Area", "Grounds"]))
    print(f"\n{len(rows)} case(s).")
    return EXIT_OK


# --- verify ------------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        problems = vault.verify()
    finally:
        vault.close()
    if not problems:
        print("The vault is intact.")
        return EXIT_OK
    print(f"The vault has {len(problems)} problem(s):")
    for problem in problems:
        print(f"  {problem}")
    return EXIT_ERROR


# --- demo --------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from dime_desktop.demo.generator import create_demo_vault

    if args.cases < 0:
        raise CliError("--cases must be 0 or more.")
    passphrase = DEMO_PASSPHRASE
    folder = Path(tempfile.mkdtemp(prefix="dime-demo-")) / "vault"
    create_demo_vault(folder, passphrase, args.cases, kdf=args.kdf).vault.close()
    print(f"Created a demo vault with {args.cases} synthetic cases in:")
    print(f"    {folder}")
    print(f"Demo passphrase: {passphrase}")
    print(f"Try: dime cases --vault {folder}")
    return EXIT_OK

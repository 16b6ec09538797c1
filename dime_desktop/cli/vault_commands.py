"""``dime init``, ``import``, ``cases``, ``verify``, ``demo``, ``passphrase``
and ``recovery-key``."""

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
    adviser_name,
    open_vault,
    prompt_hidden,
    read_passphrase_file,
    vault_path,
)
from dime_desktop.demo.generator import DEMO_PASSPHRASE
from dime_desktop.errors import PassphraseRejected, VaultExists
from dime_desktop.reference import default_reference
from dime_desktop.words import counted

_REASONS = {
    "empty": "it is empty",
    "too_short": "it is shorter than {min_length} characters",
    "too_common": "it is too common or too easy to guess",
    "mismatch": "the two entries are not the same",
    "service_name": "it is made of the service's own names (DiMe, Diskrimineringshjelpen, "
    "Meglingsbenken...), which are guessed first",
    "demo_passphrase": "it is the published passphrase of the demo vault",
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
    p = add_command(
        subparsers,
        "passphrase",
        cmd_passphrase,
        help="change the passphrase (and, with --rotate-key, the database key)",
        description="Change the vault's passphrase. With --rotate-key the whole vault "
        "and every backup within reach are re-encrypted with a new key as well, so no "
        "earlier copy of the key file opens anything with the old passphrase; a new "
        "recovery key is then printed once.",
    )
    p.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the new passphrase from the first line of FILE (for scripts)",
    )
    p.add_argument(
        "--rotate-key",
        action="store_true",
        help="also re-encrypt the vault with a new key (when the old passphrase may be known)",
    )
    p = add_command(
        subparsers,
        "recovery-key",
        cmd_recovery_key,
        help="make a new recovery key (the old one stops working); printed once",
        description="Replace the recovery key and print the new one once. With "
        "--rotate-key the vault is re-encrypted with a new key too, so copies of the old "
        "key file do not open it with the old recovery key.",
    )
    p.add_argument(
        "--rotate-key", action="store_true", help="also re-encrypt the vault with a new key"
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
    created = Vault.create(path, passphrase, kdf=args.kdf, actor=adviser_name(args))
    try:
        print(f"Created the vault in {created.vault.path}.")
        _print_recovery_key(created.recovery_key)
    finally:
        created.vault.close()
    return EXIT_OK


def _print_recovery_key(key: str) -> None:
    print()
    print("RECOVERY KEY - shown only this once:")
    print()
    print(f"    {key}")
    print()
    print(
        "Write it down on paper or print it NOW and keep it locked away, not on this "
        "computer.\nIf the passphrase is forgotten, this key is the ONLY way back into "
        "the vault;\nwithout both, the cases are lost for good."
    )


# --- passphrase, recovery key, key rotation ------------------------------------------


def _new_passphrase(args: argparse.Namespace) -> str:
    from dime_desktop.vault.passphrase_policy import check_passphrase

    file: Path | None = getattr(args, "new_passphrase_file", None)
    if file is not None:
        passphrase = read_passphrase_file(file)
        confirm = passphrase
    else:
        passphrase = prompt_hidden("New passphrase: ")
        confirm = prompt_hidden("Repeat the new passphrase: ")
    reasons = check_passphrase(passphrase, confirm)
    if reasons:
        raise PassphraseRejected(_refusal(reasons), reasons)
    return passphrase


def _progress_printer() -> Any:
    shown = {"step": -1}

    def progress(done: int, total: int) -> None:
        step = (100 * done // total) // 10 if total else 10
        if step != shown["step"]:
            shown["step"] = step
            print(f"  re-encrypting: {step * 10}%", file=sys.stderr)

    return progress


def _rotate(vault: Any) -> None:
    print("Re-encrypting the vault and its backups with a new key...", file=sys.stderr)
    new_key = vault.rotate_key(_progress_printer())
    for note in vault.notices:
        print(f"Note: {note}")
    print("The vault has a new key: no earlier copy of the key file opens it.")
    if new_key is not None:
        print("The recovery key was replaced too (the old one opens nothing now).")
        _print_recovery_key(new_key)


def cmd_passphrase(args: argparse.Namespace) -> int:
    vault = open_vault(args)  # the current passphrase first
    try:
        passphrase = _new_passphrase(args)
        vault.change_passphrase(passphrase, kdf=args.kdf)
        print("The passphrase was changed; the old one no longer opens the vault.")
        if args.rotate_key:
            _rotate(vault)
    finally:
        vault.close()
    return EXIT_OK


def cmd_recovery_key(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        key = vault.new_recovery_key()
        if args.rotate_key:
            _rotate(vault)
        print("A new recovery key was made; the old one no longer opens the vault.")
        _print_recovery_key(key)
    finally:
        vault.close()
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
    print(f"\n{counted(len(rows), 'case')}.")
    return EXIT_OK


# --- verify ------------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        problems = vault.verify()
        notices = list(vault.notices)
    finally:
        vault.close()
    for notice in notices:
        print(f"Note: {notice}")
    if not problems:
        print("The vault is intact.")
        return EXIT_OK
    print(f"The vault has {counted(len(problems), 'problem')}:")
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

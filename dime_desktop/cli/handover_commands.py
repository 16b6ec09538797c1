"""``dime identity``, ``dime contacts add/list``, ``dime handover export/import``
(issue 13): the vault's key for handover, trusted colleagues, case bundles.

The command bodies call ``dime_desktop.handover.service``, as the GUI does."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from dime_desktop.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    add_command,
    check_output_file,
    open_vault,
)
from dime_desktop.handover import service
from dime_desktop.handover.content import FULL, SUMMARY
from dime_desktop.handover.merge import FIELD_LABELS_EN, CasePlan, format_value
from dime_desktop.words import counted

CONSENT_EN = {
    "consent_record": "consent to share recorded",
    "consent_to_store": "consent (to store) given",
    "anonymous": "anonymous contact",
}


def _group(subparsers: Any, name: str, help: str) -> tuple[Any, Any]:
    p = add_command(subparsers, name, _usage, help=help)
    p.set_defaults(_parser=p)
    return p, p.add_subparsers(dest=f"{name}_command", metavar="ACTION")


def _usage(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser | None = getattr(args, "_parser", None)
    if parser is not None:
        parser.print_help(sys.stderr)
    return EXIT_USAGE


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = add_command(
        subparsers,
        "identity",
        cmd_identity,
        help="write this vault's public key file and print its fingerprint",
        description="Write this vault's public key for handover (made on first use) to a "
        "file a colleague adds with 'dime contacts add', and print the fingerprint to "
        "compare with them in person or on the phone.",
    )
    p.add_argument("--out", metavar="FILE", type=Path, required=True, help="file to write")
    p.add_argument("--office", default=None, help="the office named in the key file")

    _, sub = _group(subparsers, "contacts", "trusted colleagues: add, list")
    a = add_command(
        sub,
        "add",
        cmd_contacts_add,
        help="trust a colleague's vault from their public key file",
        description="Trust the vault whose public key file is FILE. Compare the "
        "fingerprint printed here with the colleague first; --fingerprint checks the one "
        "you were told.",
    )
    a.add_argument("file", metavar="FILE", type=Path)
    a.add_argument("--name", required=True, help="the colleague's name")
    a.add_argument("--office", default="", help="their office (default: the key file's)")
    a.add_argument("--fingerprint", default=None, metavar="CODE", help="the fingerprint as told")
    lst = add_command(sub, "list", cmd_contacts_list, help="list the trusted colleagues")
    lst.add_argument("--json", action="store_true", help="print JSON")

    _, sub = _group(subparsers, "handover", "case bundles: export, import")
    e = add_command(
        sub,
        "export",
        cmd_export,
        help="write cases as a bundle for a colleague's vault",
        description="Write one or more cases as a handover bundle, encrypted to a trusted "
        "colleague's vault and signed by this one. The file holds personal data, encrypted.",
    )
    e.add_argument("--case", dest="cases", metavar="REF", action="append", required=True)
    e.add_argument("--to", metavar="CONTACT", required=True, help="name or fingerprint")
    e.add_argument(
        "--summary-only", action="store_true", help="a referral summary only (for the mediator)"
    )
    e.add_argument("--out", metavar="FILE", type=Path, required=True)
    i = add_command(
        sub,
        "import",
        cmd_import,
        help="import a bundle: show its sender and cases, then take them",
        description="Check and open a handover bundle, show its sender and its cases, and "
        "take them into this vault: new cases are added, a case already here is merged "
        "(entries joined; a field that differs keeps this vault's value unless --take).",
    )
    i.add_argument("file", metavar="FILE", type=Path)
    i.add_argument("--accept-all", action="store_true", help="take every case of the bundle")
    i.add_argument(
        "--take",
        metavar="REF:FIELD",
        action="append",
        default=[],
        help="take the bundle's value of FIELD for case REF (see the list of differences)",
    )
    i.add_argument("--trust-as", metavar="NAME", help="trust an unknown sender under this name")
    i.add_argument("--office", default="", help="with --trust-as: the sender's office")
    i.add_argument(
        "--fingerprint", metavar="CODE", help="with --trust-as: the fingerprint as the sender told"
    )


# --- identity and contacts --------------------------------------------------------------


def cmd_identity(args: argparse.Namespace) -> int:
    check_output_file(args.out)
    vault = open_vault(args)
    try:
        if args.office is not None:
            vault.identity.set_office(args.office)
        identity = service.export_identity(vault, args.out)
    finally:
        vault.close()
    print(f"Wrote {args.out}")
    print(f"Fingerprint: {identity.fingerprint}")
    return EXIT_OK


def cmd_contacts_add(args: argparse.Namespace) -> int:
    from dime_desktop.handover.identity import read_public_identity

    identity = read_public_identity(args.file)  # a bad file is said before the passphrase
    vault = open_vault(args)
    try:
        contact = service.add_contact(
            vault, args.file, args.name, office=args.office, fingerprint=args.fingerprint
        )
    finally:
        vault.close()
    print(f"Trusted {contact.label()}: fingerprint {identity.fingerprint}")
    if not args.fingerprint:
        print("Compare this fingerprint with them in person or on the phone.")
    return EXIT_OK


def cmd_contacts_list(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        contacts = vault.identity.contacts()
        own = vault.identity.get()
    finally:
        vault.close()
    if args.json:
        data = [
            {
                "name": c.name,
                "office": c.office,
                "fingerprint": c.fingerprint,
                "verified_on": c.verified_on.isoformat(),
            }
            for c in contacts
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    if own is not None:
        print(f"This vault: {own.fingerprint}")
    for c in contacts:
        print(f"{c.fingerprint}  {c.verified_on.isoformat()}  {c.label()}")
    if not contacts:
        print("No trusted colleagues yet; add one with 'dime contacts add FILE --name NAME'.")
    return EXIT_OK


# --- bundles ----------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    check_output_file(args.out)
    content = SUMMARY if args.summary_only else FULL
    vault = open_vault(args)
    try:
        contact = vault.identity.find_contact(args.to)
        for check in service.export_checks(vault, args.cases, content=content):
            print(f"{check.reference}: {CONSENT_EN.get(check.consent.source, '')}")
        result = service.export_bundle(vault, args.cases, contact, content=content, out=args.out)
    finally:
        vault.close()
    what = "referral summary" if content == SUMMARY else "whole case"
    cases = counted(len(result.references), "case")
    print(f"Wrote {result.path} ({cases}, {what}) for {contact.label()}.")
    print(
        "The file holds personal data, encrypted: only that vault can open it. Delete it "
        "once it has been imported."
    )
    return EXIT_OK


def _print_plan(plan: CasePlan) -> None:
    where = (
        "new here"
        if plan.local is None
        else (
            "merge into "
            + (plan.local_reference or "")
            + (" (nothing new)" if plan.status == "unchanged" else "")
        )
    )
    kind = "whole case" if plan.incoming.content == FULL else "referral summary"
    consent = CONSENT_EN.get(plan.incoming.consent.source, plan.incoming.consent.source)
    added = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in plan.added.items() if n)
    print(f"  {plan.reference}  {kind}  {where}  [{consent}]" + (f"  +{added}" if added else ""))
    for c in plan.conflicts:
        label = FIELD_LABELS_EN.get(c.field, c.field)
        detail = f" ({c.detail})" if c.detail else ""
        print(
            f"      differs: {c.key}  {label}{detail}: here {format_value(c.key, c.mine)!r}"
            f" | bundle {format_value(c.key, c.theirs)!r}"
        )


def _ask(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    try:
        return input(question).strip().lower() in ("y", "yes", "j", "ja")
    except EOFError:
        return False


def cmd_import(args: argparse.Namespace) -> int:
    takes: dict[str, set[str]] = {}
    for item in args.take:
        ref, sep, field_key = item.partition(":")
        if not sep or not field_key:
            raise CliError(f'--take "{item}" is not REF:FIELD (for example DH-2024-001:summary).')
        takes.setdefault(ref.strip(), set()).add(field_key.strip())
    if args.trust_as and not args.fingerprint:
        raise CliError("--trust-as needs --fingerprint CODE: the fingerprint the sender told you.")
    vault = open_vault(args)
    try:
        preview = service.read_bundle(vault, args.file)
        print(f"Bundle from {preview.sender.describe()}, made {preview.made_at}")
        for plan in preview.plans:
            _print_plan(plan)
        for c in preview.already:
            print(f"  {c.reference}  already imported from this bundle")
        if preview.nothing_new:
            print("Nothing new: every case of this bundle was imported before.")
            return EXIT_OK
        trust = None
        if args.trust_as:
            trust = service.Trust(args.trust_as, args.office, args.fingerprint)
        elif not preview.sender.trusted:
            raise service.unknown_sender(preview)
        decisions: dict[str, service.Decision] = {}
        for plan in preview.plans:
            accept = args.accept_all or _ask(f"Import {plan.reference}? [y/N] ")
            decisions[plan.incoming.origin] = service.Decision(
                accept, frozenset(takes.get(plan.reference, set()))
            )
        if not any(d.accept for d in decisions.values()):
            print("Nothing imported (give --accept-all to take the cases).")
            return EXIT_ERROR if not sys.stdin.isatty() else EXIT_OK
        result = service.apply_import(vault, preview, decisions, trust=trust)
    finally:
        vault.close()
    if result.trusted is not None:
        print(f"Trusted {result.trusted.label()} ({result.trusted.fingerprint}).")
    for ref in result.imported:
        print(f"Imported {ref}")
    for ref in result.unchanged:
        print(f"{ref}: nothing new")
    for ref in result.rejected:
        print(f"Rejected {ref}")
    return EXIT_OK

"""``dime checklist`` and ``dime takeaway``: the sorting conversation on paper.

* ``dime checklist [--case REF] [--lang nb|en] --out FILE.pdf``: the adviser's
  checklist; blank without ``--case`` (no vault needed, for a day the laptop
  stays closed), or filled from the case and its stored conversation.
* ``dime takeaway --case REF [--lang nb|en] --out FILE.pdf``: the client's
  take-away sheet in plain language.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from dime_desktop.cli.common import (
    EXIT_OK,
    add_command,
    add_pdf_output_options,
    check_output_file,
    open_vault,
)
from dime_desktop.documents.checklist import checklist_pdf
from dime_desktop.documents.pdf import write_pdf
from dime_desktop.documents.takeaway import takeaway_pdf
from dime_desktop.storage import access_log as audit


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    checklist = add_command(
        subparsers,
        "checklist",
        cmd_checklist,
        help="the sorting-conversation checklist as PDF (blank, or filled from a case)",
    )
    checklist.add_argument(
        "--case", metavar="REF", help="fill it in from this case (e.g. DH-2024-007)"
    )
    add_pdf_output_options(checklist)
    takeaway = add_command(
        subparsers,
        "takeaway",
        cmd_takeaway,
        help="the client's take-away sheet for a case as PDF (plain language, large type)",
    )
    takeaway.add_argument("--case", metavar="REF", required=True, help="the case reference")
    add_pdf_output_options(takeaway)


def _write(path: Path, data: bytes) -> None:
    write_pdf(path, data)
    print(f"Wrote {path}")


def cmd_checklist(args: argparse.Namespace) -> int:
    check_output_file(args.out)
    today = date.today()
    if not args.case:
        _write(args.out, checklist_pdf(made_on=today, lang=args.lang))  # no vault needed
        return EXIT_OK
    vault = open_vault(args)
    try:
        case = vault.cases.get(args.case)
        state = vault.intake.load(case.id) if case.id is not None else None
        data = checklist_pdf(made_on=today, lang=args.lang, case=case, state=state)
        _write(args.out, data)
        vault.log(audit.EXPORTED, case_id=case.id, detail="checklist")
    finally:
        vault.close()
    return EXIT_OK


def cmd_takeaway(args: argparse.Namespace) -> int:
    check_output_file(args.out)
    today = date.today()
    vault = open_vault(args)
    try:
        case = vault.cases.get(args.case)
        state = vault.intake.load(case.id) if case.id is not None else None
        data = takeaway_pdf(case=case, state=state, made_on=today, lang=args.lang)
        _write(args.out, data)
        vault.log(audit.EXPORTED, case_id=case.id, detail="takeaway")
    finally:
        vault.close()
    return EXIT_OK

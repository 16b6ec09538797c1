"""``dime draft`` and ``dime evidence add|list|export``.

* ``dime draft --case REF --kind tribunal|police|letter|authorisation|referral
  [--to SERVICE] [--lang nb|en] --out FILE.pdf|FILE.docx [--redacted] [--fresh]``:
  the latest saved version of the case's draft of that kind and language (as
  edited in the app; the export is recorded), or, when there is none (or with
  ``--fresh``), a document prefilled from the case. That the file leaves the
  vault is said on stderr before it is written; the missing facts and the
  warnings go to stderr after; the exit code is 0 all the same.
* ``dime evidence add --case REF FILE [--note TEXT] [--description TEXT]
  [--kind KIND] [--received YYYY-MM-DD] [--given-by NAME]``
* ``dime evidence list --case REF [--json]``
* ``dime evidence export --case REF --out DIR [--item N] [--lang nb|en]``:
  the whole evidence package (or item N) leaves the vault: said on stderr first.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from dime_desktop.cli.common import EXIT_OK, CliError, add_command, check_output_file, open_vault
from dime_desktop.drafting import (
    document_kind,
    document_kinds,
    format_of,
    load_context,
    missing_facts,
    new_document,
    notices,
)
from dime_desktop.drafting.service import export_text, export_version, find_saved, referral_target
from dime_desktop.evidence.export import export_item, export_package
from dime_desktop.evidence.files import human_size
from dime_desktop.evidence.model import EvidenceItem, attachments, evidence_kinds
from dime_desktop.words import counted

LEAVES_VAULT = (
    "note: what is written to {where} leaves the encrypted vault; "
    "keep them safe and delete them when they are no longer needed."
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = add_command(
        subparsers,
        "draft",
        cmd_draft,
        help="a document from a case as PDF or DOCX (Tribunal complaint, police report, ...)",
        description="Write a document of a case as PDF or DOCX: the latest version saved in "
        "the app, or one prefilled from the case. Missing facts and warnings go to stderr.",
    )
    p.add_argument("--case", metavar="REF", required=True, help="the case reference")
    p.add_argument("--kind", required=True, choices=list(document_kinds()), help="which document")
    p.add_argument("--to", metavar="SERVICE", help="referral only: the service to refer to")
    p.add_argument(
        "--lang", choices=("nb", "en"), default="nb", help="language of the document (nb)"
    )
    p.add_argument("--out", metavar="FILE", type=Path, required=True, help="FILE.pdf or FILE.docx")
    p.add_argument(
        "--redacted",
        action="store_true",
        help="names replaced by roles (client, other party, witnesses), for training",
    )
    p.add_argument(
        "--fresh", action="store_true", help="prefill from the case even if a draft is saved"
    )

    evidence = subparsers.add_parser(
        "evidence",
        help="the evidence list of a case: add, list, export",
        description="The evidence of a case, kept encrypted in the vault.",
        allow_abbrev=False,
    )
    sub = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    add = add_command(sub, "add", cmd_evidence_add, help="add a file to a case's evidence")
    add.add_argument("--case", metavar="REF", required=True, help="the case reference")
    add.add_argument("file", type=Path, metavar="FILE", help="the file (picture, PDF, e-mail, ...)")
    add.add_argument("--note", default="", help="a note about the item")
    add.add_argument("--description", help="what it is (default: the file's name)")
    add.add_argument(
        "--kind",
        default=None,
        choices=evidence_kinds().codes(),
        help="what kind of evidence (default: from the file's type)",
    )
    add.add_argument("--received", metavar="YYYY-MM-DD", help="the date it was received")
    add.add_argument("--given-by", default="", metavar="NAME", help="who gave it")
    lst = add_command(sub, "list", cmd_evidence_list, help="list a case's evidence")
    lst.add_argument("--case", metavar="REF", required=True, help="the case reference")
    lst.add_argument("--json", action="store_true", help="as JSON")
    exp = add_command(
        sub, "export", cmd_evidence_export, help="copy a case's evidence out of the vault"
    )
    exp.add_argument("--case", metavar="REF", required=True, help="the case reference")
    exp.add_argument("--out", metavar="DIR", type=Path, required=True, help="an existing folder")
    exp.add_argument("--item", type=int, metavar="N", help="only item N of the list")
    exp.add_argument("--lang", choices=("nb", "en"), default="nb", help="names and index (nb)")


def _warn(text: str) -> None:
    print(text, file=sys.stderr)


# --- draft --------------------------------------------------------------------------


def cmd_draft(args: argparse.Namespace) -> int:
    check_output_file(args.out)
    format_of(args.out)  # .pdf or .docx, before the passphrase
    document_kind(args.kind)
    options: dict[str, Any] = {}
    to: str | None = None
    if args.to:
        if args.kind != "referral":
            raise CliError("--to is only for --kind referral.")
        to = referral_target(args.to, args.lang)
        options["to"] = to
    vault = open_vault(args)
    try:
        case = vault.cases.get(args.case)
        assert case.id is not None
        ctx = load_context(vault, case)
        saved = None if args.fresh else find_saved(vault, case.id, args.kind, args.lang, to)
        # said before the file is written (issue 10), so it is said even when the write fails
        _warn(LEAVES_VAULT.format(where=args.out))
        if saved is not None:
            version = saved.latest
            doc = version.content
            result = export_version(vault, version, ctx, args.out, redacted=args.redacted)
            exported = result.exported
            _warn(
                f"dime: the saved draft, version {version.number} of {version.saved_at[:10]}"
                + (" (marked as sent)" if version.sealed else "")
            )
        else:
            doc = new_document(args.kind, ctx, args.lang, options)
            exported = export_text(doc, ctx, args.out, redacted=args.redacted, vault=vault)
            _warn("dime: no saved draft of this kind; prefilled from the case")
    finally:
        vault.close()
    for n in notices(doc, ctx):
        _warn(f"{n.level}: {n.text}")
    for m in missing_facts(doc):
        _warn(f"missing: {m.label} (fill in: {m.field})")
    print(f"Wrote {exported.path} (SHA-256 {exported.sha256})")
    return EXIT_OK


# --- evidence ------------------------------------------------------------------------


def _kind_for(media_type: str) -> str:
    if media_type.startswith("image/"):
        return "screenshot"
    if media_type.startswith("audio/"):
        return "audio"
    if media_type.startswith("video/"):
        return "video"
    if media_type == "message/rfc822":
        return "email"
    return "document"


def cmd_evidence_add(args: argparse.Namespace) -> int:
    from dime_desktop.evidence.files import media_type_of, read_chunks

    source: Path = args.file
    received = None
    if args.received:
        try:
            received = date.fromisoformat(args.received)
        except ValueError:
            raise CliError(f'--received "{args.received}" is not a date (YYYY-MM-DD).') from None
    # check the file before the passphrase is asked for
    head = next(read_chunks(source, chunk=4096), b"")
    media = media_type_of(source.name, head)
    vault = open_vault(args)
    try:
        case = vault.cases.get(args.case)
        assert case.id is not None
        item = EvidenceItem(
            case.id,
            (args.description or source.stem).strip(),
            kind=args.kind or _kind_for(media),
            received=received,
            given_by=args.given_by,
            note=args.note,
        )
        saved = vault.evidence.add_file(item, source)
        same = [i for i in vault.evidence.with_sha256(case.id, saved.sha256) if i.id != saved.id]
    finally:
        vault.close()
    print(
        f"Added item {saved.position} to {case.reference}: {saved.description} "
        f"({human_size(saved.size)}, SHA-256 {saved.sha256})"
    )
    for other in same:
        _warn(f"note: item {other.position} ({other.description}) is the same file.")
    return EXIT_OK


def _item_dict(item: EvidenceItem, number: int | None) -> dict[str, Any]:
    return {
        "position": item.position,
        "attachment": number,
        "kind": item.kind,
        "description": item.description,
        "received": item.received.isoformat() if item.received else None,
        "given_by": item.given_by,
        "note": item.note,
        "file_name": item.file_name,
        "media_type": item.media_type,
        "size": item.size,
        "sha256": item.sha256,
        "online": {
            "platform": item.online.platform,
            "url": item.online.url,
            "user_name": item.online.user_name,
            "posted_at": item.online.posted_at,
            "context": item.online.context,
        },
        "witnesses": [
            {"name": w.name, "contact": w.contact, "consent": w.consent} for w in item.witnesses
        ],
    }


def cmd_evidence_list(args: argparse.Namespace) -> int:
    vault = open_vault(args)
    try:
        case = vault.cases.get(args.case)
        assert case.id is not None
        items = vault.evidence.list_for_case(case.id)
    finally:
        vault.close()
    numbers = {id(i): n for n, i in attachments(items)}
    if args.json:
        data = [_item_dict(i, numbers.get(id(i))) for i in items]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not items:
        print(f"No evidence in {case.reference}.")
        return EXIT_OK
    kinds = evidence_kinds()
    rows = [["#", "Att.", "Kind", "Description", "Received", "Size", "SHA-256"]]
    for i in items:
        n = numbers.get(id(i))
        rows.append(
            [
                str(i.position),
                str(n) if n is not None else "",
                kinds.label(i.kind, "en"),
                i.description,
                i.received.isoformat() if i.received else "",
                human_size(i.size) if i.has_file else "",
                i.sha256[:16] + "…" if i.has_file else "",
            ]
        )
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    for r in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip())
    print(f"\n{counted(len(items), 'item')}, {len(numbers)} with a file.")
    return EXIT_OK


def cmd_evidence_export(args: argparse.Namespace) -> int:
    out: Path = args.out
    if not out.is_dir():
        raise CliError(f"{out} is not a folder; give an existing folder with --out.")
    vault = open_vault(args)
    try:
        case = vault.cases.get(args.case)
        assert case.id is not None
        items = vault.evidence.list_for_case(case.id)
        _warn(LEAVES_VAULT.format(where=out))
        if args.item is not None:
            chosen = [i for i in items if i.position == args.item]
            if not chosen:
                raise CliError(f"{case.reference} has no evidence item {args.item}.")
            written = [export_item(vault.evidence, chosen[0], out, lang=args.lang)]
        else:
            written = export_package(vault.evidence, case, items, out, lang=args.lang)
    finally:
        vault.close()
    for w in written:
        print(f"Wrote {w.path}")
    return EXIT_OK

"""``dime stats``, ``dime report`` and ``dime outreach add/list``.

The command bodies are plain functions taking a Vault (``stats_json``,
``stats_text``, ``report``, ``outreach_add``, ``outreach_list``) so they can
be called and tested without argument parsing."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from dime_desktop.cli.common import (
    EXIT_OK,
    CliError,
    add_command,
    add_pdf_output_options,
    check_output_file,
    open_vault,
)
from dime_desktop.documents.yearly_report import write_yearly_report
from dime_desktop.outreach.model import OutreachActivity
from dime_desktop.reference import default_reference
from dime_desktop.stats.publish import published_year
from dime_desktop.stats.suppression import DEFAULT_THRESHOLD, check_threshold
from dime_desktop.stats.tables import build_tables, row_label, year_statistics
from dime_desktop.stats.texts import texts_for
from dime_desktop.words import counted

THRESHOLD_KEY = "suppression_threshold"


class StatsVault(Protocol):
    @property
    def statistics(self) -> Any: ...

    @property
    def outreach(self) -> Any: ...

    @property
    def settings(self) -> Any: ...


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = add_command(
        subparsers,
        "stats",
        cmd_stats,
        help="show the statistics of a year",
        description="Counts of the cases opened in a year (exact numbers: for the "
        "service itself; share the suppressed PDF or exports instead).",
    )
    p.add_argument("--year", type=int, default=None, help="the year the cases were opened")
    p.add_argument("--json", action="store_true", help="print JSON (codes, no zero categories)")
    _add_merge_options(p)
    sub_stats = p.add_subparsers(dest="stats_command", metavar="ACTION")
    ec = add_command(
        sub_stats,
        "export-counts",
        cmd_export_counts,
        help="write this office's counts of a year, signed, for a merged summary",
        description="Write the year's counts of this vault (the tables of 'dime stats', "
        "exact, no case text, no references), signed by the vault's key, for the "
        "coordinator's merged summary of several offices.",
    )
    ec.add_argument("--year", type=int, default=argparse.SUPPRESS, required=False)
    ec.add_argument("--office", required=True, help="the office's name (its column)")
    ec.add_argument("--out", metavar="FILE", type=Path, required=True)

    p = add_command(
        subparsers,
        "report",
        cmd_report,
        help="write the yearly summary as PDF",
        description="Write the yearly summary (tables, charts, mediation, outreach, "
        "notes on method) as PDF, with small numbers hidden unless --no-suppress.",
    )
    p.add_argument("--year", type=int, required=True)
    add_pdf_output_options(p)
    _add_merge_options(p)
    p.add_argument("--no-suppress", action="store_true", help="print exact numbers")
    p.add_argument(
        "--threshold",
        type=str,
        default=None,
        metavar="N",
        help="hide counts below N (default: the vault's setting, 3)",
    )

    p = add_command(subparsers, "outreach", cmd_outreach_list, help="the outreach log")
    sub = p.add_subparsers(dest="outreach_command", metavar="ACTION")
    a = add_command(sub, "add", cmd_outreach_add, help="log a course, talk, stand...")
    kinds = ", ".join(default_reference().outreach_kinds.codes())
    a.add_argument("--date", required=True, help="YYYY-MM-DD")
    a.add_argument("--kind", required=True, help=f"one of: {kinds} (or its label)")
    a.add_argument("--title", required=True)
    a.add_argument("--audience", default="", help="organiser or audience")
    a.add_argument("--participants", default=None, help='a number, "ca. 30" or "~30"')
    a.add_argument("--notes", default="")
    lst = add_command(sub, "list", cmd_outreach_list, help="list the logged activities")
    # Accepted before and after "list"; the subcommand's defaults are SUPPRESS so
    # that "outreach --year 2019 list" keeps the year given before it.
    p.add_argument("--year", type=int, default=None, help="only this year")
    p.add_argument("--json", action="store_true", help="print JSON")
    lst.add_argument("--year", type=int, default=argparse.SUPPRESS, help="only this year")
    lst.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")


def _add_merge_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--merge",
        metavar="FILE",
        type=Path,
        action="append",
        default=[],
        help="add an office's signed counts (dime stats export-counts); repeat for more",
    )
    p.add_argument(
        "--office", default=None, help="with --merge: the name of this vault's own column"
    )


def merged_offices(vault: Any, year: int, files: list[Path], office: str | None) -> Any:
    """This vault's counts (as ``office``) and every file's, checked and merged."""
    from dime_desktop.stats.merge import (
        OfficeCounts,
        office_names_unique,
        read_counts_file,
    )

    own_name = office or vault.identity.office() or "Eget kontor"
    columns = [OfficeCounts(own_name, vault.statistics.year_counts(year))]
    columns += [read_counts_file(vault, f, year) for f in files]
    office_names_unique(columns)
    return columns


# --- plain functions ---------------------------------------------------------


def vault_threshold(vault: StatsVault) -> int:
    value = vault.settings.get(THRESHOLD_KEY, str(DEFAULT_THRESHOLD))
    try:
        return check_threshold(value)
    except Exception:
        return DEFAULT_THRESHOLD


def stats_json(vault: StatsVault, year: int) -> dict[str, Any]:
    result: dict[str, Any] = vault.statistics.year_counts(year).to_json()
    return result


def stats_text(vault: StatsVault, year: int, lang: str = "en") -> str:
    """Readable tables with the previous year beside (exact numbers)."""
    ref = default_reference()
    texts = texts_for(lang)
    titles: dict[str, str] = texts["tables"]
    total = str(texts["total"])
    stats = year_statistics(vault.statistics, year)
    lines = [
        f"Statistics {year}: {counted(stats.current.cases, 'case')}, "
        f"{stats.current.mediation.referred} sent to mediation"
    ]
    if not stats.current.has_data:
        lines.append("(no cases opened this year)")
        return "\n".join(lines) + "\n"
    for table in build_tables(stats, ref):
        if not table.rows:
            continue
        labels = [row_label(table, r.code, ref, lang, str(texts["unrecorded"])) for r in table.rows]
        width = max(len(x) for x in [*labels, total]) + 2
        head = f"{'':{width}}{year:>8}" + (f"{year - 1:>8}" if table.has_previous else "")
        lines += ["", str(titles.get(table.key, table.key)), head]
        for label, r in zip(labels, table.rows, strict=True):
            prev = f"{r.previous:>8}" if r.previous is not None else ""
            lines.append(f"{label:{width}}{r.count:>8}{prev}")
        if table.spec.partition:
            prev = f"{table.previous_total:>8}" if table.previous_total is not None else ""
            lines.append(f"{total:{width}}{table.total:>8}{prev}")
        else:
            lines.append(
                "(a case counts under each of its categories: the column can sum "
                "to more than the cases)"
            )
    return "\n".join(lines) + "\n"


def report(
    vault: StatsVault,
    year: int,
    out: Path,
    *,
    lang: str = "nb",
    suppress: bool = True,
    threshold: int | None = None,
) -> None:
    t = None if not suppress else (threshold if threshold is not None else vault_threshold(vault))
    write_yearly_report(published_year(vault, year, threshold=t), None, out, lang=lang)


def parse_participants(text: str | None) -> tuple[int | None, bool]:
    """``"30"`` → (30, False); ``"ca. 30"``, ``"~30"``, ``"c. 30"`` → (30, True)."""
    if text is None or not text.strip():
        return None, False
    t = text.strip().lower()
    approx = False
    for prefix in ("ca.", "ca", "c.", "~", "approx.", "approx", "about", "omtrent"):
        if t.startswith(prefix):
            t, approx = t[len(prefix) :].strip(), True
            break
    try:
        return int(t), approx
    except ValueError:
        raise CliError(f'"{text}" is not a number of participants (try 30 or "ca. 30").') from None


def outreach_add(vault: StatsVault, activity: OutreachActivity) -> OutreachActivity:
    saved: OutreachActivity = vault.outreach.add(activity)
    return saved


def outreach_list(vault: StatsVault, year: int | None) -> list[OutreachActivity]:
    result: list[OutreachActivity] = vault.outreach.list(year)
    return result


def activity_to_dict(a: OutreachActivity) -> dict[str, Any]:
    return {
        "id": a.id,
        "date": a.activity_date.isoformat(),
        "kind": a.kind,
        "title": a.title,
        "audience": a.audience,
        "participants": a.participants,
        "participants_approx": a.participants_approx,
        "notes": a.notes,
    }


# --- handlers ---------------------------------------------------------------


def cmd_stats(args: argparse.Namespace) -> int:
    if args.year is None:
        raise CliError("Give the year: dime stats --year YEAR.")
    vault = open_vault(args)
    try:
        if args.merge:
            from dime_desktop.stats.merge import merged_json, publish_merged

            columns = merged_offices(vault, args.year, args.merge, args.office)
            merged = publish_merged(columns, args.year, None)
            if not args.json:
                raise CliError("Merged figures are printed as JSON: add --json.")
            print(json.dumps(merged_json(merged), ensure_ascii=False, indent=2))
        elif args.json:
            print(json.dumps(stats_json(vault, args.year), ensure_ascii=False, indent=2))
        else:
            sys.stdout.write(stats_text(vault, args.year))
    finally:
        vault.close()
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    threshold = check_threshold(args.threshold) if args.threshold is not None else None
    out: Path = args.out
    check_output_file(out)
    vault = open_vault(args)
    try:
        if args.merge:
            from dime_desktop.documents.merged_report import write_merged_report
            from dime_desktop.stats.merge import publish_merged

            columns = merged_offices(vault, args.year, args.merge, args.office)
            t = None if args.no_suppress else (threshold or vault_threshold(vault))
            write_merged_report(publish_merged(columns, args.year, t), out, lang=args.lang)
            print(f"Wrote {out} ({len(columns)} offices)")
            return EXIT_OK
        report(
            vault,
            args.year,
            out,
            lang=args.lang,
            suppress=not args.no_suppress,
            threshold=threshold,
        )
    finally:
        vault.close()
    print(f"Wrote {out}")
    return EXIT_OK


def cmd_outreach_add(args: argparse.Namespace) -> int:
    ref = default_reference()
    try:
        when = date.fromisoformat(args.date)
    except ValueError:
        raise CliError(f'"{args.date}" is not a date like 2019-06-25.') from None
    kind = ref.outreach_kinds.resolve(args.kind) or args.kind
    participants, approx = parse_participants(args.participants)
    activity = OutreachActivity(
        when, kind, args.title, args.audience, participants, approx, args.notes
    )
    vault = open_vault(args)
    try:
        saved = outreach_add(vault, activity)
    finally:
        vault.close()
    print(f"Logged activity {saved.id}: {saved.activity_date.isoformat()} {saved.title}")
    return EXIT_OK


def cmd_outreach_list(args: argparse.Namespace) -> int:
    ref = default_reference()
    vault = open_vault(args)
    try:
        items = outreach_list(vault, getattr(args, "year", None))
    finally:
        vault.close()
    if getattr(args, "json", False):
        print(json.dumps([activity_to_dict(a) for a in items], ensure_ascii=False, indent=2))
        return EXIT_OK
    for a in items:
        n = (
            ""
            if a.participants is None
            else (f"ca. {a.participants}" if a.participants_approx else str(a.participants))
        )
        kind = ref.outreach_kinds.label(a.kind, "en")
        print(
            f"{a.id:>4}  {a.activity_date.isoformat()}  {kind:<8} {n:>8}  {a.title}"
            + (f" ({a.audience})" if a.audience else "")
        )
    if not items:
        print("No outreach activities logged.")
    return EXIT_OK


def cmd_export_counts(args: argparse.Namespace) -> int:
    from dime_desktop.stats.merge import export_counts

    year = getattr(args, "year", None)
    if year is None:
        raise CliError("Give the year: dime stats export-counts --year YEAR.")
    check_output_file(args.out)
    vault = open_vault(args)
    try:
        export_counts(vault, year, args.office, args.out)
        fingerprint = vault.identity.ensure().fingerprint
    finally:
        vault.close()
    print(f"Wrote {args.out}: the exact counts of {year} for {args.office}, signed.")
    print(f"Fingerprint of this vault: {fingerprint}")
    return EXIT_OK

"""The storage figures of issue 14: every query on the vault and on its
unencrypted twin, interleaved, several rounds.

    .venv/bin/python benchmarks/speed/queries.py --cases N --rounds R --json OUT
        [--cache-mib M]    # the same page cache on both sides (default: the vault's)
        [--twin-cache default]   # the twin with SQLite's default cache instead

Each round opens both databases (timing the open without the KDF), then runs
every query once on each side, the side that goes first alternating from query
to query, so both see the same machine load. The figure is the median over the
rounds, with the spread (min, max); the ratio is median(vault) / median(twin).
Nothing here is asserted: the numbers go into the JSON that run_all.py reads.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dime_desktop.cases.model import CaseFilter
from dime_desktop.storage import case_list
from dime_desktop.storage.cases import SORT_KEYS, CaseRepository
from dime_desktop.storage.database import Database
from dime_desktop.storage.follow_ups import FollowUpQueries
from dime_desktop.storage.outreach import OutreachRepository
from dime_desktop.storage.statistics import StatisticsQueries
from speed.common import (
    Bench,
    PlainDatabase,
    ensure_built,
    file_size,
    summary,
    timed,
)

RARE = ["Somalia", "matlukt", "amina", "prøvesen", "diskrimineringsnemnda", "finnesikke"]
COMMON = ["klienten", "hijab", "nabo", "ramadan"]
PREFIXES = ["k", "kl", "kli", "klie", "h", "hi", "hij", "n", "na", "nab"]
SEVERAL = ["klienten forteller", "prøvesen amina", "naboen matlukt"]


class Side:
    """One database (the vault or the twin) with the repositories on it."""

    def __init__(self, name: str, db: Any) -> None:
        self.name = name
        self.db = db
        self.cases = CaseRepository(db)
        self.statistics = StatisticsQueries(db)
        self.outreach = OutreachRepository(db)
        self.due = FollowUpQueries(db)

    def close(self) -> None:
        self.db.close()


def first_page(side: Side, flt: CaseFilter, sort: str = "opened", descending: bool = True) -> int:
    """What the list does for a filter: the first page, and the count when
    more than a page matches (searches counted up to COUNT_CAP)."""
    page = side.cases.page(flt, sort=sort, descending=descending, limit=200)
    if page.more:
        side.cases.count_matches(flt, at_most=case_list.COUNT_CAP if flt.text else None)
    return len(page.rows)


def uncached_year(side: Side, year: int) -> Any:
    clear = getattr(side.statistics, "clear_cache", None)
    if callable(clear):
        clear()
    return side.statistics.year_counts(year).cases


def queries(bench: Bench, years: list[int], deep: Any) -> dict[str, Callable[[Side], Any]]:
    """Name → the query on one side (all read-only)."""
    q: dict[str, Callable[[Side], Any]] = {}
    q["first screen: years, first page, count"] = lambda s: (
        s.cases.years(),
        first_page(s, CaseFilter()),
    )
    for word in RARE:
        q[f"search rare '{word}'"] = lambda s, w=word: first_page(s, CaseFilter(text=w))
    for word in COMMON:
        q[f"search common '{word}'"] = lambda s, w=word: first_page(s, CaseFilter(text=w))
    for prefix in PREFIXES:
        q[f"search prefix '{prefix}'"] = lambda s, w=prefix: first_page(s, CaseFilter(text=w))
    for words in SEVERAL:
        q[f"search words '{words}'"] = lambda s, w=words: first_page(s, CaseFilter(text=w))
    q["search 'klienten' + year"] = lambda s: first_page(
        s, CaseFilter(text="klienten", year=years[len(years) // 2])
    )
    q["search 'nabo' + area + status"] = lambda s: first_page(
        s, CaseFilter(text="nabo", area="housing", status="closed")
    )
    for sort in SORT_KEYS:
        for descending in (False, True):
            way = "desc" if descending else "asc"
            q[f"sort {sort} {way}"] = lambda s, k=sort, d=descending: first_page(
                s, CaseFilter(), k, d
            )
    q["filter year"] = lambda s: first_page(s, CaseFilter(year=years[-1]))
    q["filter area"] = lambda s: first_page(s, CaseFilter(area="nightlife"))
    q["filter status open"] = lambda s: first_page(s, CaseFilter(status="open"))
    q["filter ground common (ethnicity)"] = lambda s: first_page(s, CaseFilter(ground="ethnicity"))
    q["filter ground rare (pregnancy)"] = lambda s: first_page(s, CaseFilter(ground="pregnancy"))
    q["filter desk mediation"] = lambda s: first_page(s, CaseFilter(desk="mediation"))
    q["filter year + area + ground"] = lambda s: first_page(
        s, CaseFilter(year=years[0], area="housing", ground="religion")
    )
    q["count area + status"] = lambda s: s.cases.count(CaseFilter(area="housing", status="open"))
    q["page at row 50,000 (keyset)"] = lambda s: len(
        s.cases.page(sort="opened", descending=True, after=deep, limit=200).rows
    )
    q["last page (jump to end)"] = lambda s: len(
        s.cases.page(sort="opened", descending=True, before=case_list.END, limit=200).rows
    )
    q["get a case by reference"] = lambda s: s.cases.get(f"DH-{years[1]}-100").area
    q["existing_references of 200"] = lambda s: len(
        s.cases.existing_references(f"DH-{years[0]}-{n:03d}" for n in range(1, 201))
    )
    q["what is due (due_by)"] = lambda s: len(s.due.due_by(_today()))
    for year in years:
        q[f"statistics {year} (not cached)"] = lambda s, y=year: uncached_year(s, y)
    q["statistics one year, in use"] = lambda s: s.statistics.year_counts(years[-2]).cases
    q["yearly summary PDF"] = lambda s: len(_pdf(s, years[-2]))
    return q


def _today() -> Any:
    from datetime import date, timedelta

    return date.today() + timedelta(days=7)


def _pdf(side: Side, year: int) -> bytes:
    from dime_desktop.documents.yearly_report import yearly_report_pdf

    vault = SimpleNamespace(statistics=side.statistics, outreach=side.outreach)
    return yearly_report_pdf(vault, year)  # type: ignore[arg-type]


def open_sides(
    bench: Bench, cache_kib: int | None, twin_default: bool
) -> tuple[Side, Side, dict[str, float]]:
    t_vault, vault_db = timed(lambda: _open_vault(bench, cache_kib))
    t_twin, twin_db = timed(
        lambda: _open_twin(bench, None if twin_default else vault_cache_kib(vault_db))
    )
    return Side("vault", vault_db), Side("twin", twin_db), {"vault": t_vault, "twin": t_twin}


def _open_vault(bench: Bench, cache_kib: int | None) -> Any:
    db = Database.open(bench.vault_db, bench.key)
    if cache_kib is not None:
        db.connection.execute(f"PRAGMA cache_size = -{cache_kib}")
    db.connection.execute("SELECT count(*) FROM cases").fetchone()
    return db


def _open_twin(bench: Bench, cache_kib: int | None) -> Any:
    db = PlainDatabase.open(bench.twin_db, cache_kib)
    db.connection.execute("SELECT count(*) FROM cases").fetchone()
    return db


def vault_cache_kib(db: Any) -> int:
    (pages,) = db.connection.execute("PRAGMA cache_size").fetchone()
    pages = int(pages)
    return -pages if pages < 0 else pages * 4


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, required=True)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json", type=Path, required=True)
    ap.add_argument("--cache-mib", type=int, default=0, help="0: the vault's own cache size")
    ap.add_argument("--twin-cache", choices=("same", "default"), default="same")
    args = ap.parse_args(argv)
    bench = ensure_built(args.cases)
    cache_kib = args.cache_mib * 1024 if args.cache_mib else None

    probe = _open_vault(bench, cache_kib)
    years = sorted(CaseRepository(probe).years())
    walked = CaseRepository(probe).page(sort="opened", descending=True, limit=1)
    position = walked.positions[-1]
    for _ in range(min(50_000, args.cases) // 1000):
        got = CaseRepository(probe).page(sort="opened", descending=True, after=position, limit=1000)
        if not got.positions:
            break
        position = got.positions[-1]
    cache_used = vault_cache_kib(probe)
    probe.close()

    opens: dict[str, list[float]] = {"vault": [], "twin": []}
    for _ in range(args.rounds):  # opening, each time a new connection (no KDF)
        vault, twin, opened = open_sides(bench, cache_kib, args.twin_cache == "default")
        vault.close()
        twin.close()
        for side in ("vault", "twin"):
            opens[side].append(opened[side])

    # One connection each, as the app has: a first round (the cache fills),
    # then the measured rounds "in use" (every query between the others).
    vault, twin, _ = open_sides(bench, cache_kib, args.twin_cache == "default")
    times: dict[str, dict[str, list[float]]] = {}
    first: dict[str, dict[str, list[float]]] = {}
    results: dict[str, dict[str, Any]] = {}
    named = queries(bench, years, position)
    repeats: dict[str, int] = {}
    for round_no in range(args.rounds + 1):
        into = first if round_no == 0 else times
        for n, (name, fn) in enumerate(named.items()):
            order = (vault, twin) if (n + round_no) % 2 == 0 else (twin, vault)
            for side in order:
                reps = repeats.get(name, 1)
                seconds, result = timed(lambda f=fn, s=side, k=reps: [f(s) for _ in range(k)][-1])
                into.setdefault(name, {"vault": [], "twin": []})[side.name].append(seconds / reps)
                results.setdefault(name, {})[side.name] = _plain(result)
            if round_no == 0:
                # a sample of a fast query is the mean of several calls (>= ~25 ms),
                # so timer and scheduler noise do not make its ratio
                fastest = min(into[name]["vault"][-1], into[name]["twin"][-1])
                repeats[name] = max(1, min(40, int(0.025 / max(fastest, 1e-5))))
        print(f"[queries] round {round_no}/{args.rounds} done", file=sys.stderr, flush=True)
    vault.close()
    twin.close()

    figures: dict[str, Any] = {
        "open without the KDF": {**_figure(opens, {}), "absolute_only": True},
    }
    for name, per_side in times.items():
        figures[name] = _figure(per_side, results.get(name, {}))
        figures[name]["repeats"] = repeats.get(name, 1)
        figures[name]["first_round"] = {
            side: round(first[name][side][0] * 1000, 2) for side in ("vault", "twin")
        }
    out = {
        "cases": args.cases,
        "rounds": args.rounds,
        "cache_kib": cache_used,
        "twin_cache": args.twin_cache,
        "file_bytes": {"vault": file_size(bench.vault_db), "twin": file_size(bench.twin_db)},
        "build": bench.info,
        "figures": figures,
    }
    args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False))
    return 0


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, int | str | float) or value is None:
        return value
    if isinstance(value, list):
        return len(value)
    return str(value)


def _figure(per_side: dict[str, list[float]], results: dict[str, Any]) -> dict[str, Any]:
    vault, twin = summary(per_side["vault"]), summary(per_side["twin"])
    ratio = vault["median_ms"] / twin["median_ms"] if twin["median_ms"] > 0 else None
    same = results.get("vault") == results.get("twin")
    return {
        "vault": vault,
        "twin": twin,
        "ratio": None if ratio is None else round(ratio, 2),
        "result": results.get("vault"),
        "same_result": same,
    }


if __name__ == "__main__":
    raise SystemExit(main())

"""Time the yearly statistics and the summary PDF in a 100,000-case vault.

    .venv/bin/python benchmarks/bench_stats.py [--cases 100000] [--year 2019]
        [--keep DIR]     # keep the built database in DIR (reuse it next time)
        [--vault DIR]    # reuse a database built by an earlier --keep

Goals (issue 5): statistics for one year ≤ 100 ms, summary PDF ≤ 2 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics as st
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dime_desktop.cases.model import Case, CaseGround, Mediation
from dime_desktop.documents.yearly_report import yearly_report_pdf
from dime_desktop.reference import default_reference
from dime_desktop.stats.tables import build_tables, publish_all, year_statistics
from dime_desktop.storage.cases import CaseRepository
from dime_desktop.storage.database import Database
from dime_desktop.storage.outreach import OutreachRepository
from dime_desktop.storage.statistics import StatisticsQueries

KEY = bytes(range(32))  # a benchmark database only


def generate(n: int, first_year: int, years: int, seed: int = 7) -> list[Case]:
    try:
        from dime_desktop.demo.generator import generate_demo_cases  # type: ignore[attr-defined]

        return list(generate_demo_cases(n, seed=seed))  # type: ignore[no-any-return]
    except (ImportError, TypeError):
        pass
    ref = default_reference()
    rnd = random.Random(seed)
    areas, grounds = ref.areas.codes(), ref.grounds.codes()
    channels, incidents = ref.channels.codes(), ref.incident_types.codes()
    outcomes = ref.mediation_outcomes.codes()
    start = date(first_year, 1, 1)
    span = (date(first_year + years, 1, 1) - start).days
    cases = []
    for _ in range(n):
        gs = rnd.sample(grounds[:12], rnd.choice([1, 1, 1, 2, 2, 3]))
        referred = rnd.random() < 0.13
        cases.append(
            Case(
                opened=start + timedelta(days=rnd.randrange(span)),
                area=rnd.choice(areas),
                channel=rnd.choice([*channels, None]),
                grounds=[CaseGround(g) for g in gs],
                incident_types=rnd.sample(incidents, rnd.choice([0, 1, 1, 2])),
                track=rnd.choice(["civil", "criminal", "both", "unclear"]),
                mediation=Mediation(
                    referred,
                    rnd.choice([None, *areas]) if referred else None,
                    rnd.choice([None, *outcomes]) if referred else None,
                ),
            )
        )
    return cases


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--year", type=int, default=2019)
    ap.add_argument("--vault", type=Path, help="reuse a database folder from --keep")
    ap.add_argument("--keep", type=Path, help="build into this folder and keep it")
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()

    if args.vault:
        db = Database.open(args.vault / "bench.db", KEY)
    else:
        folder = args.keep or Path(tempfile.mkdtemp(prefix="dime-bench-"))
        folder.mkdir(parents=True, exist_ok=True)
        db = Database.create(folder / "bench.db", KEY)
        t0 = time.perf_counter()
        cases = generate(args.cases, 2015, 10)
        CaseRepository(db).add_many(cases)
        print(f"built {args.cases} cases in {time.perf_counter() - t0:.1f} s ({folder})")
    vault = SimpleNamespace(statistics=StatisticsQueries(db), outreach=OutreachRepository(db))

    def timed(fn: object, repeat: int) -> list[float]:
        out = []
        for _ in range(repeat):
            t = time.perf_counter()
            fn()  # type: ignore[operator]
            out.append((time.perf_counter() - t) * 1000)
        return out

    counts = vault.statistics.year_counts(args.year)
    print(f"year {args.year}: {counts.cases} cases, {counts.mediation.referred} referred")
    q = timed(lambda: vault.statistics.year_counts(args.year), args.repeat)
    print(
        f"statistics, one year:          median {st.median(q):7.1f} ms  max {max(q):7.1f} ms"
        "  (goal <= 100 ms)"
    )
    full = timed(
        lambda: publish_all(build_tables(year_statistics(vault.statistics, args.year)), 3),
        args.repeat,
    )
    print(f"tables incl. previous year:    median {st.median(full):7.1f} ms")
    pdf = timed(lambda: yearly_report_pdf(vault, args.year), 5)
    print(
        f"summary PDF:                   median {st.median(pdf):7.1f} ms  max {max(pdf):7.1f} ms"
        "  (goal <= 2000 ms)"
    )
    db.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())

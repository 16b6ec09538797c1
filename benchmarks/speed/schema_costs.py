"""What issue 14's schema choices cost and buy, measured on encrypted vaults.

    .venv/bin/python benchmarks/speed/schema_costs.py [--cases 50000] [--json OUT]

Builds the same demo cases into several variants of today's schema, each a
fresh encrypted database, and reports for each: the bulk insert
(``add_many``, one transaction, as an import), the file size, the first page
of the list sorted by each key, and searches of 1-3 letter prefixes:

* ``today``: every index of the list, case_search contentless with
  ``detail=none`` and prefix indexes for 1, 2 and 3 letters;
* ``no sort indexes``: without cases_closed/area/client_name/next_due/
  grounds_key/desk (status back to its old one-column index);
* ``prefix 2 3`` and ``no prefix``: other prefix indexes;
* ``detail full``: positions kept (the old table without its content copy).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dime_desktop.cases.model import CaseFilter
from dime_desktop.demo.generator import generate_demo_cases
from dime_desktop.storage.cases import CaseRepository
from dime_desktop.storage.database import Database
from speed.common import file_size

SORT_INDEXES = (
    "cases_closed",
    "cases_area",
    "cases_client_name",
    "cases_next_due",
    "cases_grounds_key",
    "cases_desk",
)


def _fts(options: str) -> str:
    return (
        "DROP TABLE case_search; CREATE VIRTUAL TABLE case_search USING fts5 ("
        "summary, journal, client_name, counterpart_name, content = '', "
        f"contentless_delete = 1, {options}"
        'tokenize = "unicode61 remove_diacritics 0");'
    )


VARIANTS: dict[str, str] = {
    "today": "",
    "no sort indexes": "".join(f"DROP INDEX {name};" for name in SORT_INDEXES)
    + "DROP INDEX cases_status; CREATE INDEX cases_status ON cases (status);",
    "prefix 2 3": _fts("detail = none, prefix = '2 3', "),
    "no prefix": _fts("detail = none, "),
    "detail full": _fts("prefix = '1 2 3', "),
}


def measure(name: str, script: str, cases: list[Any], folder: Path) -> dict[str, Any]:
    path = folder / f"{name.replace(' ', '_')}.db"
    db = Database.create(path, os.urandom(32))
    if script:
        db.connection.executescript(f"BEGIN; {script} COMMIT;")
    repo = CaseRepository(db)
    t = time.perf_counter()
    repo.add_many(cases)
    out: dict[str, Any] = {"insert_s": round(time.perf_counter() - t, 2)}
    db.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    out["file_mb"] = round(file_size(path) / 1e6, 1)
    for sort in ("area", "closed", "client_name", "next_follow_up", "grounds", "status"):
        samples = []
        for _ in range(5):
            t = time.perf_counter()
            repo.page(sort=sort, descending=False, limit=200)
            samples.append(time.perf_counter() - t)
        out[f"first page by {sort} (ms)"] = round(sorted(samples)[2] * 1000, 1)
    for word in ("k", "kl", "kli", "klienten"):
        samples = []
        for _ in range(5):
            repo._plans.clear()
            t = time.perf_counter()
            repo.page(CaseFilter(text=word), limit=200)
            repo.count_matches(CaseFilter(text=word), at_most=1000)
            samples.append(time.perf_counter() - t)
        out[f"search '{word}' (ms)"] = round(sorted(samples)[2] * 1000, 1)
    db.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=50_000)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    cases = []
    for i, start in enumerate(range(0, args.cases, 10_000)):
        cases += generate_demo_cases(min(10_000, args.cases - start), seed=2019_000 + i)
    results = {}
    with tempfile.TemporaryDirectory(prefix="dime-schema-") as tmp:
        for name, script in VARIANTS.items():
            results[name] = measure(name, script, cases, Path(tmp))
            print(name, results[name], file=sys.stderr, flush=True)
    keys = list(next(iter(results.values())))
    print("| | " + " | ".join(results) + " |")
    print("|---|" + "---|" * len(results))
    for key in keys:
        print(f"| {key} | " + " | ".join(str(r[key]) for r in results.values()) + " |")
    if args.json:
        args.json.write_text(json.dumps({"cases": args.cases, "variants": results}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

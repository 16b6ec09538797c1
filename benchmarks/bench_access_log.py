"""The access log at its size (issue 12): 100,000 entries a year, kept five
years, must not slow the app.

    .venv/bin/python benchmarks/bench_access_log.py [--years 5] [--per-year 100000]

Fills a vault's log with ``years × per-year`` entries spread over the
period (opened/changed/exported of 20,000 cases, some vault events), then
measures what the app does with it: writing one entry (the cost added to
every open or save), the "who saw this case" tab, the coordinator's view
(first page, filtered by period, by kind), counting, the CSV export of a
year, the full chain check (``dime verify`` and the check after unlock run
it in the background), and pruning one year. Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dime_desktop.privacy.log_export import write_log_csv  # noqa: E402
from dime_desktop.storage import access_log as audit  # noqa: E402
from dime_desktop.storage.access_log import GENESIS, LogFilter, entry_hash, now_text  # noqa: E402
from dime_desktop.vault import KdfParams, Vault  # noqa: E402

CASES = 20_000


def fill(vault: Vault, total: int, start: datetime, span: timedelta) -> None:
    """Entries written in bulk with correct hashes (as record() would, faster)."""
    rng = random.Random(12)
    events = [audit.OPENED] * 6 + [audit.CHANGED] * 3 + [audit.EXPORTED, audit.PRINTED]
    step = span / total
    prev = GENESIS
    rows = []
    for n in range(1, total + 1):
        at = now_text(start + step * n)
        if n % 50 == 0:
            event, case_id, ref, fields = audit.UNLOCK, None, "", ""
        else:
            event = rng.choice(events)
            case_id = rng.randrange(1, CASES)
            ref = f"DH-{2020 + case_id % 5}-{case_id:05d}"
            fields = "journal,summary" if event == audit.CHANGED else ""
        digest = entry_hash(n, at, "Rådgiver Navn", event, case_id, ref, fields, "", prev)
        rows.append(
            (n, at, "Rådgiver Navn", event, case_id, ref, fields, "", bytes.fromhex(digest))
        )
        prev = digest
    with vault.database.transaction() as conn:
        conn.executemany(
            "INSERT INTO access_log (id, at, actor, event, case_id, case_ref, fields, detail, "
            "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.execute(
            "INSERT INTO vault_settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
            "DO UPDATE SET value = excluded.value",
            (audit.SETTING_HEAD, f"{total}:{prev}"),
        )


def timed(label: str, fn: object, repeat: int = 1) -> float:
    best = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - t0)
    shown = f"{best * 1000:9.1f} ms" if best < 10 else f"{best:9.2f} s "
    extra = f"  ({result})" if isinstance(result, int | str) else ""
    print(f"{label:<52} {shown}{extra}")
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--per-year", type=int, default=100_000)
    args = parser.parse_args()
    total = args.years * args.per_year
    with tempfile.TemporaryDirectory() as tmp:
        kdf = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
        vault = Vault.create(Path(tmp) / "vault", "korrekt hest batteri stift 2019", kdf=kdf).vault
        with vault.database.transaction() as conn:
            conn.execute("DELETE FROM vault_settings WHERE key = ?", (audit.SETTING_HEAD,))
            conn.execute("DROP TRIGGER access_log_no_delete")
            conn.execute("DELETE FROM access_log")
            conn.execute("DELETE FROM sqlite_sequence WHERE name = 'access_log'")
        now = datetime.now(UTC)
        start = now - timedelta(days=365 * args.years)
        t0 = time.perf_counter()
        fill(vault, total, start, now - start)
        print(f"filled {total:,} entries in {time.perf_counter() - t0:.1f} s")
        db = Path(tmp) / "vault" / "vault.db"
        vault.database.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"database size: {db.stat().st_size / 2**20:.1f} MiB")
        log = vault.access_log
        timed(
            "record one entry (an open, a save)",
            lambda: log.record(audit.OPENED, case_id=None, case_ref="DH-2024-00042"),
            repeat=20,
        )
        timed("who saw this case (one case, all entries)", lambda: len(log.for_case(4242)), 5)
        timed("log view: first 200, no filter", lambda: len(log.entries(limit=200)), 5)
        last_month = LogFilter(since=now - timedelta(days=30))
        timed(
            "log view: first 200 of the last month",
            lambda: len(log.entries(last_month, limit=200)),
            5,
        )
        timed("log view: count of the last month", lambda: log.count(last_month), 5)
        exported = LogFilter(events=(audit.EXPORTED,))
        timed("log view: first 200 exports", lambda: len(log.entries(exported, limit=200)), 5)
        timed("log view: count of all exports", lambda: log.count(exported), 3)
        timed("log view: count of everything", lambda: log.count(), 3)
        year = LogFilter(since=now - timedelta(days=365))
        out = Path(tmp) / "log.csv"
        timed("CSV export of the last year", lambda: write_log_csv(out, log.iter_entries(year)))
        timed("verify the whole chain", lambda: log.verify().entries)
        cutoff = start + timedelta(days=365)
        timed("prune the oldest year", lambda: log.prune(cutoff))
        timed("verify after pruning", lambda: log.verify().entries)
        vault.close()


if __name__ == "__main__":
    main()

"""Storage speed on a large register: the encrypted vault database (SQLCipher)
beside plain SQLite with the same schema and the same repository code.

    .venv/bin/python benchmarks/bench_storage.py [--cases 100000] [--seed 2019]

Builds both databases in a temporary folder (deleted afterwards) and prints,
for each: opening (without the passphrase KDF: the raw key for SQLCipher),
inserting every case (``add_many``, one transaction), full-text search, the
first page of the case list (200 rows, sorted), counting, and the file size.
Speed goals live here, never as timed test assertions.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dime_desktop.cases.model import CaseFilter
from dime_desktop.demo.generator import generate_demo_cases
from dime_desktop.storage.cases import CaseRepository
from dime_desktop.storage.database import Database
from dime_desktop.storage.schema import MIGRATIONS

T = TypeVar("T")


class PlainDatabase:
    """The same contract as ``Database`` over stdlib sqlite3 (no encryption)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        self.connection = conn

    @classmethod
    def create(cls, path: Path) -> PlainDatabase:
        db = cls(path)
        for i, migration in enumerate(MIGRATIONS, start=1):
            db.connection.executescript(
                f"BEGIN IMMEDIATE;\n{migration}\n;\nPRAGMA user_version = {i};\nCOMMIT;"
            )
        return db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        own = not self.connection.in_transaction
        if own:
            self.connection.execute("BEGIN DEFERRED")
        try:
            yield self.connection
        finally:
            if own and self.connection.in_transaction:
                self.connection.execute("COMMIT")

    def close(self) -> None:
        self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.connection.close()


def timed(fn: Callable[[], T], repeat: int = 1) -> tuple[float, T]:
    """Best wall time of ``repeat`` runs (seconds) and the last result."""
    best = float("inf")
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def measure(repo: CaseRepository, cases: list[Any], word: str) -> dict[str, tuple[float, Any]]:
    out: dict[str, tuple[float, Any]] = {}
    out["insert all cases (add_many)"] = timed(lambda: repo.add_many(cases).added)
    out["count()"] = timed(repo.count, repeat=5)
    out["count(year, area)"] = timed(
        lambda: repo.count(CaseFilter(year=2022, area="housing")), repeat=5
    )
    out[f"count(text={word!r})"] = timed(lambda: repo.count(CaseFilter(text=word)), repeat=5)
    out[f"list 200 rows, text={word!r}"] = timed(
        lambda: len(repo.list_rows(CaseFilter(text=word), limit=200)), repeat=5
    )
    out["list first 200 rows by opened"] = timed(lambda: len(repo.list_rows(limit=200)), repeat=5)
    out["list first 200 rows by reference"] = timed(
        lambda: len(repo.list_rows(sort="reference", limit=200)), repeat=5
    )
    out["list first 200 rows by client name"] = timed(
        lambda: len(repo.list_rows(sort="client_name", descending=False, limit=200)), repeat=5
    )
    out["list 200 rows, page 100 by opened"] = timed(
        lambda: len(repo.list_rows(offset=20000, limit=200)), repeat=5
    )
    out["list 200 rows, ground=religion"] = timed(
        lambda: len(repo.list_rows(CaseFilter(ground="religion"), limit=200)), repeat=5
    )
    out["get one case by reference"] = timed(lambda: repo.get("DH-2021-100").area, repeat=5)
    return out


def size_of(path: Path) -> int:
    return sum(
        p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2019)
    parser.add_argument("--word", default="hijab", help="the word to search for")
    parser.add_argument(
        "--cache-mib",
        type=int,
        default=0,
        help="set PRAGMA cache_size to this many MiB on both (0: leave the default)",
    )
    args = parser.parse_args(argv)

    print(f"Generating {args.cases} demo cases...", flush=True)
    gen_time, cases = timed(lambda: generate_demo_cases(args.cases, seed=args.seed))
    print(f"  {gen_time:.2f} s", flush=True)
    print(f"sqlite {sqlite3.sqlite_version} (plain), SQLCipher via sqlcipher3", flush=True)

    results: dict[str, dict[str, tuple[float, Any]]] = {}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="dime-bench-") as tmp:
        folder = Path(tmp)
        key = os.urandom(32)

        enc_path = folder / "vault.db"
        db = Database.create(enc_path, key)
        _cache(db.connection, args.cache_mib)
        print("SQLCipher: inserting...", flush=True)
        results["sqlcipher"] = measure(CaseRepository(db), cases, args.word)
        db.close()
        sizes["sqlcipher"] = size_of(enc_path)
        results["sqlcipher"]["open (raw key, no KDF) + first query"] = timed(
            lambda: _open_close(lambda: Database.open(enc_path, key)), repeat=5
        )

        plain_path = folder / "plain.db"
        plain = PlainDatabase.create(plain_path)
        _cache(plain.connection, args.cache_mib)
        print("plain SQLite: inserting...", flush=True)
        results["sqlite"] = measure(CaseRepository(plain), cases, args.word)
        plain.close()
        sizes["sqlite"] = size_of(plain_path)
        results["sqlite"]["open (raw key, no KDF) + first query"] = timed(
            lambda: _open_close(lambda: PlainDatabase(plain_path)), repeat=5
        )

    names = list(results["sqlcipher"])
    width = max(len(n) for n in names)
    print()
    cache = f"cache_size {args.cache_mib} MiB" if args.cache_mib else "default cache_size"
    print(f"{args.cases} cases, {cache}")
    print(f"{'operation':<{width}}  {'SQLCipher':>12}  {'plain SQLite':>12}  {'ratio':>6}  result")
    for name in names:
        enc_time, enc_result = results["sqlcipher"][name]
        plain_time, plain_result = results["sqlite"][name]
        ratio = enc_time / plain_time if plain_time > 0 else float("nan")
        same = "" if enc_result == plain_result else f" (plain: {plain_result})"
        result = "" if enc_result is None else str(enc_result)
        print(
            f"{name:<{width}}  {_ms(enc_time):>12}  {_ms(plain_time):>12}  {ratio:>5.1f}x"
            f"  {result}{same}"
        )
    print(
        f"{'file size':<{width}}  {sizes['sqlcipher'] / 1e6:>9.1f} MB  "
        f"{sizes['sqlite'] / 1e6:>9.1f} MB  {sizes['sqlcipher'] / sizes['sqlite']:>5.2f}x"
    )
    return 0


def _cache(conn: Any, mib: int) -> None:
    if mib > 0:
        conn.execute(f"PRAGMA cache_size = -{mib * 1024}")


def _open_close(opener: Callable[[], Any]) -> None:
    db = opener()
    db.close()


def _ms(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    ms = seconds * 1000
    return f"{ms:.1f} ms" if ms >= 10 else f"{ms:.2f} ms"


if __name__ == "__main__":
    raise SystemExit(main())

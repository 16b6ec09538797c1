"""Shared parts of the speed benchmark: the unencrypted twin, the cached
benchmark vaults, timing and memory helpers.

The twin is the same engine (``sqlcipher3``, SQLite 3.x with SQLCipher built
in) opened WITHOUT a key, with the vault's PRAGMAs and the same migrations and
repository code, so a ratio vault/twin is the price of encryption alone.

Benchmark vaults are built once per (cases, seed, schema) and kept under
``$DIME_BENCH_CACHE`` (default ``/tmp/dime-bench-cache``), never in the repo.
A build for an older schema is copied and migrated (the way a user's vault is
upgraded), which also times the migration.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlcipher3  # noqa: E402

from dime_desktop.storage import schema  # noqa: E402

CACHE_ROOT = Path(os.environ.get("DIME_BENCH_CACHE", "/tmp/dime-bench-cache"))
PASSPHRASE = "benchmark passphrase with several words 2019"
BATCH = 10_000


def kdf_params() -> Any:
    """Argon2id as a real vault has it: 128 MiB (what lands in RSS), t=3."""
    from dime_desktop.vault.kdf import DEFAULT_MEMORY_KIB, KdfParams, default_parallelism

    return KdfParams(
        time_cost=3, memory_cost_kib=DEFAULT_MEMORY_KIB, parallelism=default_parallelism()
    )


class PlainDatabase:
    """``storage.database.Database``'s contract over the same engine without a key."""

    def __init__(self, path: Path, cache_kib: int | None = None) -> None:
        self.path = Path(path)
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        if cache_kib is not None:
            conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        self.connection = conn
        self.is_open = True

    @classmethod
    def open(cls, path: Path, cache_kib: int | None = None) -> PlainDatabase:
        db = cls(path, cache_kib)
        db.migrate()
        return db

    def migrate(self) -> None:
        conn = self.connection
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for i in range(version, len(schema.MIGRATIONS)):
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{schema.MIGRATIONS[i]}\n;\n"
                f"PRAGMA user_version = {i + 1};\nCOMMIT;"
            )

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    @contextlib.contextmanager
    def read(self) -> Iterator[Any]:
        own = not self.connection.in_transaction
        if own:
            self.connection.execute("BEGIN DEFERRED")
        try:
            yield self.connection
        finally:
            if own and self.connection.in_transaction:
                self.connection.execute("COMMIT")

    def close(self) -> None:
        with contextlib.suppress(sqlcipher3.Error):
            self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.connection.close()
        self.is_open = False


def schema_tag() -> str:
    """Names the schema and the demo data a cached build has (a new migration
    or a changed demo generator → a new build)."""
    from dime_desktop.demo import generator

    text = "\n--\n".join(schema.MIGRATIONS) + Path(generator.__file__).read_text("utf-8")
    return f"v{len(schema.MIGRATIONS)}-{hashlib.sha256(text.encode()).hexdigest()[:8]}"


@dataclass(frozen=True)
class Bench:
    """A cached benchmark vault and its twin."""

    folder: Path
    cases: int

    @property
    def vault_dir(self) -> Path:
        return self.folder / "vault"

    @property
    def vault_db(self) -> Path:
        return self.vault_dir / "vault.db"

    @property
    def twin_db(self) -> Path:
        return self.folder / "twin.db"

    @property
    def key(self) -> bytes:
        return bytes.fromhex((self.folder / "db.key").read_text().strip())

    @property
    def info(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads((self.folder / "info.json").read_text())
        return data


def _log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def ensure_built(cases: int, seed: int = 2019, *, upgrade_from: Path | None = None) -> Bench:
    """The cached vault + twin for ``cases`` demo cases at today's schema:
    built fresh (every case through ``add_many``, as an import does), or with
    ``upgrade_from``, a copy of an older build migrated (the way a user's vault
    is upgraded; times the migration)."""
    CACHE_ROOT.mkdir(parents=True, exist_ok=True)
    suffix = "" if upgrade_from is None else "-upgraded"
    folder = CACHE_ROOT / f"{cases}-s{seed}-{schema_tag()}{suffix}"
    bench = Bench(folder, cases)
    if (folder / "info.json").exists():
        return bench
    tmp = folder.with_name(folder.name + ".building")
    shutil.rmtree(tmp, ignore_errors=True)
    if upgrade_from is not None:
        _upgrade(upgrade_from, tmp)
    else:
        _build(tmp, cases, seed)
    tmp.rename(folder)
    return bench


def _build(folder: Path, cases: int, seed: int) -> None:
    from dime_desktop.demo.generator import generate_demo_cases, generate_demo_outreach
    from dime_desktop.storage.cases import CaseRepository
    from dime_desktop.storage.outreach import OutreachRepository
    from dime_desktop.vault import Vault

    folder.mkdir(parents=True)
    _log(f"building {cases} cases in {folder} (vault + twin)")
    created = Vault.create(folder / "vault", PASSPHRASE, kdf=kdf_params())
    vault = created.vault
    (folder / "db.key").write_text(vault._key_bytes().hex())
    twin = PlainDatabase.open(folder / "twin.db")
    twin_cases = CaseRepository(twin)
    t_vault = t_twin = 0.0
    done = 0
    for i, start in enumerate(range(0, cases, BATCH)):
        batch = generate_demo_cases(min(BATCH, cases - start), seed=seed * 1000 + i)
        t = time.perf_counter()
        vault.cases.add_many(batch)
        t_vault += time.perf_counter() - t
        t = time.perf_counter()
        twin_cases.add_many(batch)
        t_twin += time.perf_counter() - t
        done += len(batch)
        _log(f"  {done}/{cases}")
    outreach = generate_demo_outreach()
    for activity in outreach:
        vault.outreach.add(activity)
        OutreachRepository(twin).add(activity)
    vault.close()
    twin.close()
    info = {
        "cases": cases,
        "seed": seed,
        "schema": schema_tag(),
        "insert_s": {"vault": round(t_vault, 2), "twin": round(t_twin, 2)},
        "built": time.strftime("%Y-%m-%d %H:%M"),
    }
    (folder / "info.json").write_text(json.dumps(info, indent=1))


def _upgrade(source: Path, folder: Path) -> None:
    """Copy an older build and migrate both databases (times the migration)."""
    from dime_desktop.storage.database import Database

    _log(f"migrating a copy of {source.name} to {schema_tag()}")
    shutil.copytree(source, folder)
    shutil.rmtree(folder / "vault" / "backups", ignore_errors=True)
    key = bytes.fromhex((folder / "db.key").read_text().strip())
    info = json.loads((folder / "info.json").read_text())
    t = time.perf_counter()
    db = Database.open(folder / "vault" / "vault.db", key)
    vault_s = time.perf_counter() - t
    db.close()
    shutil.rmtree(folder / "vault" / "backups", ignore_errors=True)
    t = time.perf_counter()
    PlainDatabase.open(folder / "twin.db").close()
    twin_s = time.perf_counter() - t
    info["schema"] = schema_tag()
    info.setdefault("migrations", []).append(
        {
            "to": schema_tag(),
            "vault_s": round(vault_s, 2),
            "twin_s": round(twin_s, 2),
            "when": time.strftime("%Y-%m-%d %H:%M"),
        }
    )
    (folder / "info.json").write_text(json.dumps(info, indent=1))


# --- measuring ---------------------------------------------------------------------


def now() -> float:
    return time.perf_counter()


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def summary(values: list[float]) -> dict[str, float]:
    """Median and spread (min, max) in milliseconds of times in seconds."""
    ms = sorted(v * 1000 for v in values)
    return {
        "median_ms": round(statistics.median(ms), 2),
        "min_ms": round(ms[0], 2),
        "max_ms": round(ms[-1], 2),
        "n": len(ms),
    }


def rss_mib() -> float:
    """Resident set size of this process now (MiB)."""
    return _status_kib("VmRSS") / 1024


def peak_rss_mib() -> float:
    return _status_kib("VmHWM") / 1024


def _status_kib(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def reset_peak_rss() -> None:
    """Start VmHWM again from the current RSS (Linux: write 5 to clear_refs)."""
    with contextlib.suppress(OSError), open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def file_size(path: Path) -> int:
    return sum(
        p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()
    )


def machine() -> dict[str, Any]:
    import platform

    cpu = ""
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = 0
    with contextlib.suppress(OSError), open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) // 1024
    conn = sqlcipher3.connect(":memory:")
    sqlite_version = conn.execute("SELECT sqlite_version()").fetchone()[0]
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_mib": mem,
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite_version,
        "sqlcipher": cipher,
        "load_average": [round(x, 2) for x in load],
    }

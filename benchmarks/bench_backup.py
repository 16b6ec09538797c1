"""How long the vault's safety work takes on a large register: a verified
backup (snapshot + full check), the backup on close, listing, a restore check
and a key rotation (which re-encrypts the vault and its backups).

    .venv/bin/python benchmarks/bench_backup.py [--cases 100000] [--seed 2019]

Builds a vault in a temporary folder (deleted afterwards) with cheap Argon2id
parameters (the KDF is not what is measured). Speed goals live here, never as
timed test assertions.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dime_desktop.cases.model import Case
from dime_desktop.demo.generator import generate_demo_cases
from dime_desktop.vault import Vault, backups
from dime_desktop.vault.kdf import KdfParams

T = TypeVar("T")
PASSPHRASE = "korrekt hest batteri stift 2019"


def timed(label: str, fn: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = fn()
    print(f"  {label:<44} {time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args()
    fast = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
    folder = Path(tempfile.mkdtemp(prefix="dime-bench-backup-"))
    try:
        path = folder / "vault"
        vault = Vault.create(path, PASSPHRASE, kdf=fast).vault
        print(f"{args.cases} cases")
        timed(
            "insert (add_many)",
            lambda: vault.cases.add_many(generate_demo_cases(args.cases, seed=args.seed)),
        )
        size = (path / "vault.db").stat().st_size
        print(f"  database file: {size / 1e6:.1f} MB")
        run = timed(
            "back up now (snapshot + read-back check)",
            lambda: backups.back_up(vault, label="manual"),
        )
        timed("list backups", lambda: backups.vault_backups(vault))
        vault.cases.add(Case(opened=vault.cases.get("DH-2019-001").opened, area="work"))
        timed("close with the automatic backup (lock)", vault.close)
        vault = timed("unlock (raw work, cheap KDF)", lambda: Vault.unlock(path, PASSPHRASE))
        plan = timed(
            "restore: copy + open + verify + count",
            lambda: backups.prepare_restore_for(vault, run.made[0].path, folder / "restored"),
        )
        plan.discard()
        timed("rotate the key (vault + its backups)", vault.rotate_key)
        timed("close without backup", lambda: vault.close(backup=False))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Issue 9, "done when": a writer killed by SIGKILL at many moments leaves a
vault that unlocks, verifies and holds every case it said was committed.

Each round forks a real writer process (from a zygote that imported
everything once) that adds and changes cases, makes backups and rewrites the
key file (a passphrase "change" to the same words), and prints each reference
after its commit. The parent kills it with SIGKILL
after a random number of commits (seeded), so the kill lands somewhere in the
next operation: in a transaction, a checkpoint, a backup, a key file write.
Then the parent unlocks — taking over the stale lock — and checks."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from dime_desktop.vault import Vault, backups

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "korrekt hest batteri stift 2019"
ROUNDS = 30

# A zygote: imports everything once, then forks one writer per round (forking
# a single-threaded process is safe; it makes a round cost milliseconds
# instead of a Python start-up). Each writer unlocks the vault and works on
# until it is killed, printing "open <pid>" and then each committed reference.
ZYGOTE = textwrap.dedent(
    """
    import os, sys
    from datetime import date
    from dime_desktop.cases.model import Case
    from dime_desktop.vault import Vault, backups
    from dime_desktop.vault.kdf import KdfParams

    path, passphrase = sys.argv[1], sys.argv[2]
    fast = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)

    def write(start):
        vault = Vault.unlock(path, passphrase)
        print("open", os.getpid(), flush=True)
        n = start
        while True:
            n += 1
            case = vault.cases.add(
                Case(opened=date(2024, 1 + n % 12, 1 + n % 28), area="housing",
                     summary=f"writer {n} " + "x" * (n % 7) * 300)
            )
            print(case.reference, flush=True)
            if n % 3 == 0:
                old = vault.cases.get(case.reference)
                old.summary += " endret"
                vault.cases.update(old)
            if n % 5 == 0:
                backups.back_up(vault, label="crash-test")
            if n % 7 == 0:
                vault.change_passphrase(passphrase, kdf=fast)

    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "fork":
            pid = os.fork()
            if pid == 0:
                try:
                    write(int(arg))
                finally:
                    os._exit(1)
        elif command == "reap":
            os.waitpid(int(arg), 0)
            print("reaped", flush=True)
    """
)


def test_sigkill_at_random_moments_loses_no_committed_case(vault_dir: Path, fast_kdf: Any) -> None:
    Vault.create(vault_dir, PASSPHRASE, kdf=fast_kdf).vault.close()
    rng = random.Random(9)
    committed: set[str] = set()
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, str(vault_dir), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert zygote.stdin is not None and zygote.stdout is not None

    def say(command: str) -> None:
        assert zygote.stdin is not None
        zygote.stdin.write(command + "\n")
        zygote.stdin.flush()

    try:
        for round_ in range(ROUNDS):
            say(f"fork {round_ * 1000}")
            word, pid = zygote.stdout.readline().split()
            assert word == "open", f"round {round_}"
            for _ in range(rng.randint(0, 9)):
                line = zygote.stdout.readline().strip()
                assert line.startswith("DH-"), line
                committed.add(line)
            os.kill(int(pid), signal.SIGKILL)
            say(f"reap {pid}")
            while (line := zygote.stdout.readline().strip()) != "reaped":
                assert line.startswith("DH-"), line  # printed before the kill landed
                committed.add(line)

            vault = Vault.unlock(vault_dir, PASSPHRASE)
            try:
                assert vault.verify() == [], f"round {round_}"
                stored = {c.reference for c in vault.cases.iter_cases()}
                assert committed <= stored, f"round {round_}: lost {committed - stored}"
            finally:
                vault.close(backup=False)
    finally:
        zygote.stdin.close()
        zygote.wait(10)

    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert vault.verify() == []
        # every backup that has its final name is complete and verified
        found = backups.vault_backups(vault)
        assert found and all(b.usable() for b in found)
        assert not list((vault_dir / "backups").glob(".tmp-*"))  # leftovers went at rotation
        newest = found[0]
    finally:
        vault.close(backup=False)
    plan = backups.prepare_restore(
        newest.path, vault_dir.parent / "restored", passphrase=PASSPHRASE
    )
    assert plan.counts["cases"] > 0
    plan.discard()

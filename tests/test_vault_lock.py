"""Issue 9, finding 3: one program writes a vault at a time, and a save over a
newer version of a case is refused. Real processes where it matters."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case
from dime_desktop.cli.main import main
from dime_desktop.errors import CaseChangedElsewhere, VaultInUse
from dime_desktop.vault import Vault
from dime_desktop.vault.lock import LOCK_FILE

ROOT = Path(__file__).resolve().parent.parent

# A second program: unlocks the vault, says "open" on stdout, then does what
# it is told on stdin, one line a command.
HOLDER = textwrap.dedent(
    """
    import sys
    from dime_desktop.vault import Vault
    path, passphrase = sys.argv[1], sys.argv[2]
    vault = Vault.unlock(path, passphrase)
    print("open", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "bump":
            case = vault.cases.get(sys.argv[3])
            case.summary = str(int(case.summary) + 1)
            vault.cases.update(case)
            print("bumped", flush=True)
        elif command == "close":
            vault.close()
            print("closed", flush=True)
            break
    """
)


def start_holder(vault_dir: Path, passphrase: str, *extra: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_dir), passphrase, *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    return proc


def ask(proc: subprocess.Popen[str], command: str) -> str:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(command + "\n")
    proc.stdin.flush()
    return proc.stdout.readline().strip()


@pytest.fixture
def closed_vault(vault_dir: Path, passphrase: str, fast_kdf: Any) -> Path:
    created = Vault.create(vault_dir, passphrase, kdf=fast_kdf)
    created.vault.cases.add(Case(opened=date(2024, 3, 1), area="housing", summary="0"))
    created.vault.close()
    return vault_dir


# --- in one process ------------------------------------------------------------


def test_second_unlock_in_the_same_process_is_refused(closed_vault: Path, passphrase: str) -> None:
    first = Vault.unlock(closed_vault, passphrase)
    with pytest.raises(VaultInUse) as info:
        Vault.unlock(closed_vault, passphrase)
    text = str(info.value)
    assert str(closed_vault) in text and f"process {os.getpid()}" in text
    assert "this computer" in text
    assert text.count(".") <= 3 and "\n" not in text  # one sentence
    lock = json.loads((closed_vault / LOCK_FILE).read_text())
    assert lock["pid"] == os.getpid()
    first.close()
    assert (closed_vault / LOCK_FILE).read_text() == ""  # a clean release says so
    Vault.unlock(closed_vault, passphrase).close()  # free again


def test_a_refused_unlock_changes_nothing(closed_vault: Path, passphrase: str) -> None:
    first = Vault.unlock(closed_vault, passphrase)
    before = {p.name: p.read_bytes() for p in closed_vault.iterdir() if p.is_file()}
    with pytest.raises(VaultInUse):
        Vault.unlock(closed_vault, "not the passphrase at all, but long")  # before the KDF
    assert {p.name: p.read_bytes() for p in closed_vault.iterdir() if p.is_file()} == before
    first.close()


def test_saving_an_outdated_copy_of_a_case_is_refused(vault: Vault) -> None:
    saved = vault.cases.add(Case(opened=date(2024, 3, 1), area="housing", summary="first"))
    assert saved.version == 1
    mine = vault.cases.get(saved.reference or "")
    theirs = vault.cases.get(saved.reference or "")
    theirs.summary = "their change"
    stored = vault.cases.update(theirs)
    assert stored.version == 2
    mine.summary = "my change"
    with pytest.raises(CaseChangedElsewhere) as info:
        vault.cases.update(mine)
    assert saved.reference in str(info.value)
    assert vault.cases.get(saved.reference or "").summary == "their change"  # not lost
    again = vault.cases.get(saved.reference or "")
    again.summary = "my change, on top"
    assert vault.cases.update(again).version == 3


def test_many_read_modify_writes_lose_nothing(vault: Vault) -> None:
    """Two editors of one case taking turns: every refused save is redone on
    the newer version, so all 40 increments arrive."""
    ref = vault.cases.add(Case(opened=date(2024, 3, 1), area="housing", summary="0")).reference
    assert ref is not None
    done = refused = 0
    while done < 40:
        a = vault.cases.get(ref)
        b = vault.cases.get(ref)
        for copy in (a, b):
            copy.summary = str(int(copy.summary) + 1)
            try:
                vault.cases.update(copy)
                done += 1
            except CaseChangedElsewhere:
                refused += 1
    assert int(vault.cases.get(ref).summary) == done == 40
    assert refused == 40


# --- two processes ---------------------------------------------------------------


def test_cli_beside_an_open_vault_is_told_where_it_is_open(
    closed_vault: Path, passphrase: str, tmp_path: Path, capsys: Any
) -> None:
    """A CLI write during another program's session ended in "unexpected
    error: OperationalError: database is locked — please report it"."""
    holder = start_holder(closed_vault, passphrase)
    try:
        secret = tmp_path / "p.txt"
        secret.write_text(passphrase)
        code = main(["cases", "--vault", str(closed_vault), "--passphrase-file", str(secret)])
        err = capsys.readouterr().err
        assert code == 1
        assert f"process {holder.pid}" in err and "this computer" in err
        assert "unexpected" not in err and "report" not in err
        assert err.strip().count("\n") == 0  # one line
    finally:
        assert ask(holder, "close") == "closed"
        holder.wait(10)
    assert main(["cases", "--vault", str(closed_vault), "--passphrase-file", str(secret)]) == 0


def test_two_processes_no_lost_update(closed_vault: Path, passphrase: str) -> None:
    """While one program has the vault open, the other is refused (it cannot
    read-modify-write at all), and every update of the first one is kept."""
    with Vault.unlock(closed_vault, passphrase) as vault:
        ref = next(vault.cases.iter_cases()).reference
    assert ref is not None
    holder = start_holder(closed_vault, passphrase, ref)
    try:
        for _ in range(20):
            assert ask(holder, "bump") == "bumped"
            with pytest.raises(VaultInUse):
                Vault.unlock(closed_vault, passphrase)
    finally:
        assert ask(holder, "close") == "closed"
        holder.wait(10)
    with Vault.unlock(closed_vault, passphrase) as vault:
        assert vault.cases.get(ref).summary == "20"


def test_a_stale_lock_of_a_killed_program_is_taken_over(
    closed_vault: Path, passphrase: str
) -> None:
    holder = start_holder(closed_vault, passphrase)
    with pytest.raises(VaultInUse):
        Vault.unlock(closed_vault, passphrase)
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    assert json.loads((closed_vault / LOCK_FILE).read_text())["pid"] == holder.pid  # left over
    vault = Vault.unlock(closed_vault, passphrase)
    try:
        assert any(
            f"process {holder.pid}" in n and "not closed properly" in n for n in vault.notices
        )
        assert json.loads((closed_vault / LOCK_FILE).read_text())["pid"] == os.getpid()
        assert vault.verify() == []
    finally:
        vault.close()

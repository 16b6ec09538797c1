"""Issue 9, finding 4: a full disk mid-import, mid-save and mid-backup, on a
real small file system (tmpfs). The vault stays intact, older backups stay as
they were, and the message names the cause.

Mounting needs root (or CAP_SYS_ADMIN); elsewhere these tests are skipped
with that reason. Every mount is removed after its test."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case
from dime_desktop.cli.main import main
from dime_desktop.errors import BackupFailed, DiskFull
from dime_desktop.vault import Vault, backups

PASSPHRASE = "korrekt hest batteri stift 2019"
Mount = Callable[[str, int], Path]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Mount]:
    """``small_disk(name, mib)``: a fresh tmpfs of that size under tmp_path."""
    mounted: list[Path] = []

    def mount(name: str, mib: int) -> Path:
        point = tmp_path / name
        point.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={mib}m,mode=0700", "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            pytest.skip(
                "a small tmpfs cannot be mounted here (needs root or CAP_SYS_ADMIN): "
                + (result.stderr.strip() or f"exit {result.returncode}")
            )
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def fill(folder: Path, leave: int) -> Path:
    """Fill the disk of ``folder`` up to ``leave`` free bytes."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for block in (1 << 16, 4096):
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * block) == block:
                    pass
    finally:
        os.close(fd)
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - max(0, leave - free)))
    return filler


def files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "filler.bin"
    }


def new_vault(path: Path, fast_kdf: Any, cases: int = 30) -> Vault:
    vault = Vault.create(path, PASSPHRASE, kdf=fast_kdf).vault
    vault.cases.add_many(
        [
            Case(opened=date(2023, 1, 1 + i % 28), area="housing", summary=f"sak {i}")
            for i in range(cases)
        ]
    )
    return vault


def intact(path: Path, cases: int) -> None:
    with Vault.unlock(path, PASSPHRASE) as vault:
        assert vault.verify() == []
        assert vault.cases.count() == cases


def register(path: Path, rows: int) -> Path:
    lines = ["reference,opened,area,grounds,summary"]
    for i in range(rows):
        lines.append(f"DH-2019-{i + 1:03d},2019-03-04,housing,ethnicity,{'lang tekst ' * 40}{i}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_full_disk_mid_import(small_disk: Mount, tmp_path: Path, fast_kdf: Any) -> None:
    from dime_desktop.importing import import_register

    disk = small_disk("disk", 24)
    path = disk / "vault"
    vault = new_vault(path, fast_kdf)
    filler = fill(disk, leave=256 * 1024)
    csv = register(tmp_path / "register.csv", 900)  # about 400 KB of text
    with pytest.raises(DiskFull) as info:
        import_register(vault, csv)
    assert "full" in str(info.value) and str(path) in str(info.value)
    assert vault.cases.count() == 30  # the open vault goes on working
    vault.close(backup=False)
    filler.unlink()
    intact(path, 30)


def test_full_disk_mid_import_in_the_cli(
    small_disk: Mount, tmp_path: Path, fast_kdf: Any, capsys: Any
) -> None:
    """Today: "unexpected error … please report it", exit 70."""
    disk = small_disk("disk", 24)
    path = disk / "vault"
    new_vault(path, fast_kdf).close()
    csv = register(tmp_path / "register.csv", 900)
    secret = tmp_path / "p.txt"
    secret.write_text(PASSPHRASE)
    filler = fill(disk, leave=256 * 1024)
    code = main(["import", str(csv), "--vault", str(path), "--passphrase-file", str(secret)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "full" in err and "unexpected" not in err
    filler.unlink()
    intact(path, 30)


def test_full_disk_mid_save(small_disk: Mount, fast_kdf: Any) -> None:
    disk = small_disk("disk", 24)
    path = disk / "vault"
    vault = new_vault(path, fast_kdf)
    case = vault.cases.get("DH-2023-001")
    filler = fill(disk, leave=128 * 1024)
    case.summary = "ny tekst " * 60_000  # about 540 KB: does not fit
    with pytest.raises(DiskFull) as info:
        vault.cases.update(case)
    assert "disk" in str(info.value) and "full" in str(info.value)
    with pytest.raises(DiskFull):
        vault.cases.add(Case(opened=date(2024, 1, 2), area="work", summary="x" * 600_000))
    assert vault.cases.get("DH-2023-001").summary == "sak 0"
    vault.close(backup=False)
    filler.unlink()
    intact(path, 30)


def test_full_disk_mid_backup_keeps_vault_and_older_backups(
    small_disk: Mount, tmp_path: Path, fast_kdf: Any
) -> None:
    """The second backup folder (a memory stick) fills up during a backup."""
    stick = small_disk("stick", 2)
    path = tmp_path / "vault"
    vault = new_vault(path, fast_kdf)
    backups.set_second_folder(vault, stick)
    first = backups.back_up(vault, label="manual")
    assert not first.failures and len(first.made) == 2
    older = files(stick)
    older_local = files(path / "backups")
    for _ in range(3):  # the vault grows beyond what the stick has left
        vault.cases.add_many(
            [Case(opened=date(2023, 2, 1), area="work", summary="y" * 2000) for _j in range(200)]
        )
    run = backups.back_up(vault, label="manual")
    assert len(run.failures) == 1
    failure = run.failures[0]
    assert isinstance(failure, BackupFailed) and isinstance(failure.cause, DiskFull)
    assert "full" in str(failure) and str(stick) in str(failure)
    assert "earlier backups were kept" in str(failure)
    assert files(stick) == older  # the older backup on the stick is untouched
    assert not [p for p in stick.iterdir() if p.name.startswith(".tmp")]  # nothing half-made
    assert [b.path.parent for b in run.made] == [path / "backups"]  # the vault folder got one
    local_now = files(path / "backups")
    assert all(local_now.get(k) == v for k, v in older_local.items() if "status" not in k)
    assert backups.last_failure(path)
    vault.close(backup=False)
    intact(path, 630)


def test_full_disk_mid_backup_in_the_vault_folder(small_disk: Mount, fast_kdf: Any) -> None:
    disk = small_disk("disk", 24)
    path = disk / "vault"
    vault = new_vault(path, fast_kdf, cases=400)
    made = backups.back_up(vault, label="manual")
    assert made.made and not made.failures
    before_db = (path / "vault.db").read_bytes()
    older = files(path / "backups")
    filler = fill(disk, leave=192 * 1024)  # room for a case and its access log entry
    run = backups.back_up(vault, label="manual")
    assert not run.made and isinstance(run.failures[0].cause, DiskFull)
    now = files(path / "backups")
    assert {k: v for k, v in now.items() if "status" not in k} == {
        k: v for k, v in older.items() if "status" not in k
    }
    # closing on a full disk: the automatic backup fails, the lock still happens
    vault.cases.add(Case(opened=date(2024, 1, 2), area="work", summary="liten"))
    vault.close()
    assert vault.last_backup_error is not None and not vault.is_open
    assert (path / "vault.db").read_bytes()[:16] == before_db[:16]
    filler.unlink()
    intact(path, 401)


def test_the_os_error_for_a_full_disk_is_named(tmp_path: Path) -> None:
    from dime_desktop.storage.database import os_storage_error

    exc = os_storage_error(tmp_path / "x", OSError(errno.ENOSPC, "No space left on device"))
    assert isinstance(exc, DiskFull) and "full" in str(exc)

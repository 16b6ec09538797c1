"""Issue 9, finding 5: retired secrets stop working. Stray temporary key
files are removed at unlock and reported by verify; a key rotation makes
every earlier key file useless — a stale temporary copy, an old backup's,
one copied away — with the old passphrase and the old recovery key alike."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case
from dime_desktop.cli.main import main
from dime_desktop.errors import DimeError, PassphraseNeeded, WrongPassphrase
from dime_desktop.storage.database import database_salt
from dime_desktop.vault import Vault, backups, keyfile
from dime_desktop.vault.vault import NEXT_DB_FILE

OLD = "korrekt hest batteri stift 2019"
NEW = "en helt annen setning med ord 42"


def make(path: Path, fast_kdf: Any, cases: int = 25) -> tuple[Vault, str]:
    created = Vault.create(path, OLD, kdf=fast_kdf)
    created.vault.cases.add_many(
        [Case(opened=date(2022, 5, 1 + i % 28), area="work", summary=f"s{i}") for i in range(cases)]
    )
    return created.vault, created.recovery_key


def opens_anything(
    folder: Path, passphrase: str | None = None, recovery: str | None = None
) -> bool:
    """Whether these secrets open the folder (a copy of it: the original stays
    as it is) as a vault and read a case."""
    probe = folder.parent / f".probe-{folder.name}"
    shutil.rmtree(probe, ignore_errors=True)
    shutil.copytree(
        folder, probe, ignore=shutil.ignore_patterns("vault.lock", "backup.json", "backups")
    )
    try:
        return _opens(probe, passphrase, recovery)
    finally:
        shutil.rmtree(probe, ignore_errors=True)


def _opens(folder: Path, passphrase: str | None, recovery: str | None) -> bool:
    try:
        if passphrase is not None:
            vault = Vault.unlock(folder, passphrase)
        else:
            assert recovery is not None
            vault = Vault.unlock_with_recovery_key(folder, recovery)
    except DimeError:
        return False
    try:
        return vault.cases.count() >= 0
    except DimeError:
        return False
    finally:
        vault.close(backup=False)


def pair_with(db_folder: Path, key_file: Path, into: Path) -> Path:
    """An attacker's vault: the live database with an earlier key file whose
    header is rewritten to name that database (the name is no secret, and the
    header checksum is not a MAC): only the key itself can keep them out."""
    from dime_desktop.storage.database import database_salt as salt_of

    into.mkdir()
    shutil.copyfile(db_folder / "vault.db", into / "vault.db")
    earlier = keyfile.load(key_file).with_database_salt(salt_of(into / "vault.db"))
    (into / "vault-keys.json").write_bytes(keyfile.to_bytes(earlier))
    return into


def a_stale_temp_copy(vault_dir: Path) -> Path:
    """What a write killed after its temp file was complete leaves behind."""
    stray = vault_dir / ".vault-keys.json.k1ll3d.tmp"
    shutil.copyfile(vault_dir / "vault-keys.json", stray)
    return stray


# --- stray temporary key files ----------------------------------------------------


def test_stray_temp_key_files_are_removed_at_unlock_and_reported(
    vault_dir: Path, fast_kdf: Any
) -> None:
    vault, _ = make(vault_dir, fast_kdf)
    stray = a_stale_temp_copy(vault_dir)
    problems = vault.verify()
    assert any(stray.name in p and "temporary copy of the key file" in p for p in problems)
    vault.close()
    again = Vault.unlock(vault_dir, OLD)
    assert not stray.exists()
    assert any(stray.name in n for n in again.notices)
    assert again.verify() == []
    again.close()


def test_verify_in_the_cli_notes_what_unlock_removed(
    vault_dir: Path, fast_kdf: Any, tmp_path: Path, capsys: Any
) -> None:
    make(vault_dir, fast_kdf)[0].close()
    stray = a_stale_temp_copy(vault_dir)
    secret = tmp_path / "p.txt"
    secret.write_text(OLD)
    assert main(["verify", "--vault", str(vault_dir), "--passphrase-file", str(secret)]) == 0
    out = capsys.readouterr().out
    assert stray.name in out and "intact" in out


def test_stale_temp_copy_opens_the_live_vault_until_the_key_is_rotated(
    vault_dir: Path, fast_kdf: Any, tmp_path: Path
) -> None:
    """The finding: a stale temp file with the old passphrase still opened the
    live vault after a passphrase change. A change alone cannot help (the
    database key is the same); a rotation does."""
    vault, _ = make(vault_dir, fast_kdf)
    stale = tmp_path / "stale-keys.json"
    shutil.copyfile(vault_dir / "vault-keys.json", stale)
    vault.change_passphrase(NEW, kdf=fast_kdf)
    # someone puts the stale copy beside the database: the old passphrase works
    vault.database.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert opens_anything(pair_with(vault_dir, stale, tmp_path / "attacker"), OLD)

    vault.rotate_key()
    vault.close()
    assert not opens_anything(pair_with(vault_dir, stale, tmp_path / "attacker-2"), OLD)
    assert opens_anything(vault_dir, NEW)
    assert not opens_anything(vault_dir, OLD)


def test_after_a_rotation_old_passphrase_and_old_recovery_key_open_nothing(
    vault_dir: Path, fast_kdf: Any, tmp_path: Path
) -> None:
    vault, old_recovery = make(vault_dir, fast_kdf)
    old_run = backups.back_up(vault, label="manual")
    old_backup = old_run.made[0].path
    copied_away = tmp_path / "copied-away"  # a backup on a stick that is not plugged in
    shutil.copytree(old_backup, copied_away)
    old_key_file = tmp_path / "old-keys.json"
    shutil.copyfile(vault_dir / "vault-keys.json", old_key_file)
    stray = a_stale_temp_copy(vault_dir)

    vault.change_passphrase(NEW, kdf=fast_kdf)
    new_recovery = vault.new_recovery_key()
    seen: list[tuple[int, int]] = []
    assert vault.rotate_key(lambda done, total: seen.append((done, total))) is None
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert vault.cases.count() == 25  # the repositories go on working
    vault.cases.add(Case(opened=date(2022, 6, 1), area="work", summary="after"))
    problems = vault.verify()
    assert problems and all(stray.name in p for p in problems)  # only the stray copy
    vault.close()

    # the live vault: only the new secrets
    assert not opens_anything(vault_dir, OLD)
    assert not opens_anything(vault_dir, recovery=old_recovery)
    assert opens_anything(vault_dir, NEW)
    assert opens_anything(vault_dir, recovery=new_recovery)
    # the live database with any earlier key file: nothing
    for n, earlier in enumerate((old_key_file, copied_away / "vault-keys.json", stray)):
        probe = pair_with(vault_dir, earlier, tmp_path / f"probe-{n}")
        assert not opens_anything(probe, OLD)
        assert not opens_anything(probe, recovery=old_recovery)
    # the backup in the vault folder was re-encrypted: only the new secrets open it
    assert old_backup.exists()
    assert not opens_anything(old_backup, OLD)
    assert not opens_anything(old_backup, recovery=old_recovery)
    assert opens_anything(old_backup, NEW)
    # a copy that was out of reach still opens with the old secrets (it holds the
    # data of its day); the vault lists it as made with an earlier key
    assert opens_anything(copied_away, OLD)


def test_rotation_from_the_keychain_needs_the_passphrase(vault_dir: Path, fast_kdf: Any) -> None:
    vault, _ = make(vault_dir, fast_kdf)
    vault.remember_on_device()
    vault.close()
    again = Vault.unlock_from_keychain(vault_dir)
    assert again is not None
    with pytest.raises(PassphraseNeeded):
        again.rotate_key()
    with pytest.raises(WrongPassphrase):
        again.rotate_key(passphrase="not the passphrase of this vault")
    new_recovery = again.rotate_key(passphrase=OLD)
    assert new_recovery is not None  # not typed in this session: a new one, shown once
    again.close()
    from_keychain = Vault.unlock_from_keychain(vault_dir)  # the keychain has the new key
    assert from_keychain is not None
    from_keychain.close()
    assert opens_anything(vault_dir, recovery=new_recovery)


def test_an_interrupted_rotation_is_finished_or_undone_at_unlock(
    vault_dir: Path, fast_kdf: Any
) -> None:
    vault, _ = make(vault_dir, fast_kdf)
    vault.close()
    db = vault_dir / "vault.db"

    # killed before the commit: a copy waits, the key file names the old database
    original = db.read_bytes()
    (vault_dir / NEXT_DB_FILE).write_bytes(b"\1" * 8192)
    again = Vault.unlock(vault_dir, OLD)
    assert not (vault_dir / NEXT_DB_FILE).exists()
    assert any("changed nothing" in n for n in again.notices)
    assert again.cases.count() == 25
    again.close(backup=False)

    # killed after the commit: the key file names vault.db.next
    again = Vault.unlock(vault_dir, OLD)
    keys = again.key_file
    again.database.snapshot_to(vault_dir / NEXT_DB_FILE, again._key_bytes())
    again.close(backup=False)
    pending = keys.with_database_salt(database_salt(vault_dir / NEXT_DB_FILE))
    keyfile.save(vault_dir / "vault-keys.json", pending)
    assert db.read_bytes()[:16] == original[:16]
    finished = Vault.unlock(vault_dir, OLD)
    assert not (vault_dir / NEXT_DB_FILE).exists()
    assert any("was finished" in n for n in finished.notices)
    assert finished.cases.count() == 25 and finished.verify() == []
    assert database_salt(db) == finished.key_file.database_salt
    finished.close()


def test_cli_passphrase_rotate_key_and_recovery_key(
    vault_dir: Path, fast_kdf: Any, tmp_path: Path, capsys: Any
) -> None:
    vault, old_recovery = make(vault_dir, fast_kdf)
    vault.close()
    old_file, new_file = tmp_path / "old.txt", tmp_path / "new.txt"
    old_file.write_text(OLD)
    new_file.write_text(NEW)
    common = ["--vault", str(vault_dir)]
    code = main(
        ["passphrase", *common, "--passphrase-file", str(old_file),
         "--new-passphrase-file", str(new_file), "--rotate-key"],
        kdf=fast_kdf,
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    assert "RECOVERY KEY" in out
    new_recovery = out.split("RECOVERY KEY - shown only this once:")[1].split()[0]
    assert not opens_anything(vault_dir, OLD)
    assert not opens_anything(vault_dir, recovery=old_recovery)
    assert opens_anything(vault_dir, recovery=new_recovery)

    assert main(["recovery-key", *common, "--passphrase-file", str(new_file)], kdf=fast_kdf) == 0
    out = capsys.readouterr().out
    newest = out.split("RECOVERY KEY - shown only this once:")[1].split()[0]
    assert newest != new_recovery
    assert not opens_anything(vault_dir, recovery=new_recovery)
    assert opens_anything(vault_dir, recovery=newest)
    # a refused new passphrase changes nothing
    bad = tmp_path / "bad.txt"
    bad.write_text("Diskrimineringshjelpen 2024")
    code = main(
        ["passphrase", *common, "--passphrase-file", str(new_file),
         "--new-passphrase-file", str(bad)],
        kdf=fast_kdf,
    )  # fmt: skip
    assert code == 1 and "own names" in capsys.readouterr().err
    assert opens_anything(vault_dir, NEW)

"""``dime backup``, ``dime backups`` and ``dime restore``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case
from dime_desktop.cli.main import main
from dime_desktop.vault import Vault

PASSPHRASE = "korrekt hest batteri stift 2019"


@pytest.fixture
def setup(vault_dir: Path, fast_kdf: Any, tmp_path: Path) -> tuple[Path, list[str]]:
    vault = Vault.create(vault_dir, PASSPHRASE, kdf=fast_kdf).vault
    vault.cases.add_many([Case(opened=date(2020, 2, 2), area="work") for _ in range(6)])
    vault.close(backup=False)
    secret = tmp_path / "p.txt"
    secret.write_text(PASSPHRASE + "\n")
    return vault_dir, ["--vault", str(vault_dir), "--passphrase-file", str(secret)]


def test_backup_prints_the_path_it_wrote_last(setup: Any, capsys: Any, tmp_path: Path) -> None:
    vault_dir, common = setup
    assert main(["backup", *common]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    written = Path(out[-1])
    assert written.parent == vault_dir / "backups" and written.is_dir()
    assert (written / "backup.json").is_file()

    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["backup", *common, "--to", str(stick)]) == 0
    last = Path(capsys.readouterr().out.strip().splitlines()[-1])
    assert last.parent == stick

    assert main(["backup", *common, "--to", str(tmp_path / "nowhere")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_backups_lists_with_verified_state(setup: Any, capsys: Any) -> None:
    _vault_dir, common = setup
    assert main(["backups", *common]) == 0
    assert "No backups." in capsys.readouterr().out
    main(["backup", *common])
    main(["backup", *common])
    capsys.readouterr()
    assert main(["backups", *common, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 2
    assert {b["state"] for b in listed} == {"verified"}
    assert listed[0]["made"] > listed[1]["made"]
    assert main(["backups", *common]) == 0
    out = capsys.readouterr().out
    assert "verified" in out and "Last verified backup: today." in out


def test_restore_to_a_new_folder(setup: Any, capsys: Any, tmp_path: Path) -> None:
    vault_dir, common = setup
    main(["backup", *common])
    backup = capsys.readouterr().out.strip().splitlines()[-1]
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:  # a change after the backup
        vault.cases.add(Case(opened=date(2020, 3, 3), area="work"))
    target = tmp_path / "restored"
    secret = common[-1]
    args = ["restore", backup, "--to", str(target), "--passphrase-file", secret, "--yes"]
    code = main([*args, "--adviser", "Ola Rådgiver"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "holds: 6 cases" in out
    assert Path(out.strip().splitlines()[-1]) == target
    assert main(["verify", "--vault", str(target), "--passphrase-file", secret]) == 0
    assert "intact" in capsys.readouterr().out
    with Vault.unlock(target, PASSPHRASE) as restored:
        assert restored.cases.count() == 6
        # the restored vault's log says so, by the name dime was given
        assert [
            (e.detail, e.actor) for e in restored.access_log.entries() if e.event == "restore"
        ] == [("from_backup", "Ola Rådgiver")]


def test_restore_without_a_terminal_asks_for_yes(setup: Any, capsys: Any, tmp_path: Path) -> None:
    _vault_dir, common = setup
    main(["backup", *common])
    backup = capsys.readouterr().out.strip().splitlines()[-1]
    target = tmp_path / "restored"
    code = main(["restore", backup, "--to", str(target), "--passphrase-file", common[-1]])
    captured = capsys.readouterr()
    assert code == 1
    assert "holds: 6 cases" in captured.out  # the counts come first
    assert "--yes" in captured.err
    assert not target.exists()


def test_restore_over_the_vault(setup: Any, capsys: Any) -> None:
    vault_dir, common = setup
    main(["backup", *common])
    backup = capsys.readouterr().out.strip().splitlines()[-1]
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.cases.add_many([Case(opened=date(2020, 3, 3), area="work") for _ in range(4)])
    assert main(["restore", backup, "--replace", *common, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "holds: 6 cases" in out and "now holds:  10 cases" in out
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.cases.count() == 6
        assert vault.verify() == []
    assert main(["backups", *common, "--json"]) == 0
    labels = [b["label"] for b in json.loads(capsys.readouterr().out)]
    assert "before-restore" in labels


def test_restore_of_something_that_is_not_a_backup(setup: Any, capsys: Any, tmp_path: Path) -> None:
    _, common = setup
    code = main(["restore", str(tmp_path), "--to", str(tmp_path / "x"), *common[2:]])
    assert code == 1
    assert "not a usable DiMe backup" in capsys.readouterr().err


def test_backups_in_another_folder_need_no_passphrase(
    setup: Any, capsys: Any, tmp_path: Path
) -> None:
    _vault_dir, common = setup
    stick = tmp_path / "stick"
    stick.mkdir()
    main(["backup", *common, "--to", str(stick)])
    capsys.readouterr()
    assert main(["backups", "--in", str(stick), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["state"] for b in listed] == ["verified"]


@pytest.fixture
def with_key(vault_dir: Path, fast_kdf: Any, tmp_path: Path) -> tuple[Path, list[str], Path, Path]:
    """A vault with 6 cases and a backup; files with its recovery key and a wrong one."""
    created = Vault.create(vault_dir, PASSPHRASE, kdf=fast_kdf)
    created.vault.cases.add_many([Case(opened=date(2020, 2, 2), area="work") for _ in range(6)])
    from dime_desktop.vault import backups

    backup = backups.back_up(created.vault, label="manual").made[0].path
    created.vault.cases.add(Case(opened=date(2020, 3, 3), area="work"))
    created.vault.close(backup=False)
    right = tmp_path / "key.txt"
    right.write_text(created.recovery_key + "\n")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("AAAA-" * 7 + "AAAA\n")
    return backup, ["--vault", str(vault_dir)], right, wrong


def test_restore_with_the_recovery_key_file(with_key: Any, capsys: Any, tmp_path: Path) -> None:
    backup, _common, right, wrong = with_key
    target = tmp_path / "restored"
    code = main(["restore", str(backup), "--to", str(target), "--recovery-key-file", str(wrong)])
    err = capsys.readouterr().err
    assert code == 1 and not target.exists()
    assert err.count("\n") == 1 and str(backup) in err and "recovery sheet" in err

    code = main(
        ["restore", str(backup), "--to", str(target), "--recovery-key-file", str(right), "--yes"]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "holds: 6 cases" in out and Path(out.strip().splitlines()[-1]) == target
    with Vault.unlock_with_recovery_key(target, right.read_text().strip()) as restored:
        assert restored.cases.count() == 6 and restored.verify() == []


def test_restore_over_the_vault_with_the_recovery_key(with_key: Any, capsys: Any) -> None:
    backup, common, right, _wrong = with_key
    code = main(
        ["restore", str(backup), "--replace", *common, "--recovery-key-file", str(right), "--yes"]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "holds: 6 cases" in out and "now holds:  7 cases" in out
    with Vault.unlock(Path(common[1]), PASSPHRASE) as vault:
        assert vault.cases.count() == 6


def test_restore_takes_one_secret_and_asks_for_the_key_only_on_a_terminal(
    with_key: Any, capsys: Any, tmp_path: Path
) -> None:
    backup, _common, right, _wrong = with_key
    secret = tmp_path / "p.txt"
    secret.write_text(PASSPHRASE + "\n")
    target = str(tmp_path / "restored")
    both = ["--passphrase-file", str(secret), "--recovery-key-file", str(right)]
    code = main(["restore", str(backup), "--to", target, *both])
    assert code == 1 and "not both" in capsys.readouterr().err
    code = main(["restore", str(backup), "--to", target, "--recovery-key"])
    err = capsys.readouterr().err
    assert code == 1 and "No terminal to ask for the recovery key" in err
    assert "--recovery-key-file" in err
    assert main(["restore", str(backup), "--to", target, "--recovery-key-file", "nix"]) == 1
    assert "the recovery key file does not exist" in capsys.readouterr().err


def test_restore_of_a_backup_made_with_an_earlier_key(
    setup: Any, capsys: Any, tmp_path: Path, fast_kdf: Any
) -> None:
    from dime_desktop.vault import backups

    vault_dir, common = setup
    stick = tmp_path / "stick"
    stick.mkdir()
    main(["backup", *common, "--to", str(stick)])
    backup = capsys.readouterr().out.strip().splitlines()[-1]
    new = "en helt annen setning med ord 42"
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:  # the stick is not in reach
        vault.change_passphrase(new, kdf=fast_kdf)
        vault.rotate_key()
        assert backups.read_backup(Path(backup)).key_check != backups.current_key_check(vault)
    new_file = tmp_path / "new.txt"
    new_file.write_text(new + "\n")
    target = tmp_path / "restored"
    code = main(["restore", backup, "--to", str(target), "--passphrase-file", str(new_file)])
    err = capsys.readouterr().err
    assert code == 1 and not target.exists()
    assert backup in err and "the passphrase the vault had when the backup was made" in err
    code = main(["restore", backup, "--to", str(target), "--passphrase-file", common[-1], "--yes"])
    assert code == 0 and "holds: 6 cases" in capsys.readouterr().out
    with Vault.unlock(target, PASSPHRASE) as restored:
        assert restored.cases.count() == 6

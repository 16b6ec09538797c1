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
    code = main(["restore", backup, "--to", str(target), "--passphrase-file", secret, "--yes"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "holds: 6 case(s)" in out
    assert Path(out.strip().splitlines()[-1]) == target
    assert main(["verify", "--vault", str(target), "--passphrase-file", secret]) == 0
    assert "intact" in capsys.readouterr().out
    with Vault.unlock(target, PASSPHRASE) as restored:
        assert restored.cases.count() == 6


def test_restore_without_a_terminal_asks_for_yes(setup: Any, capsys: Any, tmp_path: Path) -> None:
    _vault_dir, common = setup
    main(["backup", *common])
    backup = capsys.readouterr().out.strip().splitlines()[-1]
    target = tmp_path / "restored"
    code = main(["restore", backup, "--to", str(target), "--passphrase-file", common[-1]])
    captured = capsys.readouterr()
    assert code == 1
    assert "holds: 6 case(s)" in captured.out  # the counts come first
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
    assert "holds: 6 case(s)" in out and "now holds:  10 case(s)" in out
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

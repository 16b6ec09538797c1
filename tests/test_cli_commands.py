"""The ``dime`` command line, run in-process against real vaults on disk."""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cli import main as cli_main
from dime_desktop.cli import vault_commands
from dime_desktop.cli.main import main
from dime_desktop.demo.generator import DEMO_PASSPHRASE

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def pass_file(tmp_path: Path, passphrase: str) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(passphrase + "\n", encoding="utf-8")
    return path


@pytest.fixture
def no_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture
def dime(vault_dir: Path, pass_file: Path, fast_kdf: Any, no_tty: None) -> Any:
    """``dime(*args)`` with --vault and --passphrase-file; returns the exit code."""

    def run(*args: str) -> int:
        return main(
            [*args, "--vault", str(vault_dir), "--passphrase-file", str(pass_file)], kdf=fast_kdf
        )

    return run


@pytest.fixture
def initialised(dime: Any, capsys: pytest.CaptureFixture[str]) -> Any:
    assert dime("init") == 0
    capsys.readouterr()
    return dime


def one_error_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("dime: ")
    return lines[0]


# --- init -------------------------------------------------------------------------


def test_init_creates_vault_and_shows_recovery_key_once(
    dime: Any, vault_dir: Path, passphrase: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from dime_desktop.vault import Vault

    assert dime("init") == 0
    out = capsys.readouterr().out
    assert "RECOVERY KEY" in out
    assert "Write it down" in out
    key = re.search(r"^    (\S+)$", out, re.MULTILINE)
    assert key is not None
    assert Vault.exists(vault_dir)
    Vault.unlock_with_recovery_key(vault_dir, key.group(1)).close()
    Vault.unlock(vault_dir, passphrase).close()


def test_init_refuses_weak_passphrase(
    tmp_path: Path,
    vault_dir: Path,
    fast_kdf: Any,
    no_tty: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dime_desktop.vault import Vault

    weak = tmp_path / "weak.txt"
    weak.write_text("kort\n", encoding="utf-8")
    code = main(["init", "--vault", str(vault_dir), "--passphrase-file", str(weak)], kdf=fast_kdf)
    assert code == 1
    line = one_error_line(capsys.readouterr().err)
    assert "refused" in line and "shorter than 15 characters" in line
    assert not Vault.exists(vault_dir)


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def answers(monkeypatch: pytest.MonkeyPatch, *typed: str) -> list[str]:
    """Typed answers to the hidden prompts; returns the prompts shown."""
    import getpass

    prompts: list[str] = []
    queue = list(typed)

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return queue.pop(0)

    monkeypatch.setattr(sys, "stdin", FakeTerminal(""))
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    return prompts


def test_init_asks_twice_on_a_terminal(
    vault_dir: Path,
    passphrase: str,
    fast_kdf: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dime_desktop.vault import Vault

    prompts = answers(monkeypatch, passphrase, passphrase)
    assert main(["init", "--vault", str(vault_dir)], kdf=fast_kdf) == 0
    assert prompts == ["New passphrase: ", "Repeat the passphrase: "]
    assert "RECOVERY KEY" in capsys.readouterr().out
    Vault.unlock(vault_dir, passphrase).close()


def test_init_mismatch_on_a_terminal_is_refused(
    vault_dir: Path,
    passphrase: str,
    fast_kdf: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dime_desktop.vault import Vault

    answers(monkeypatch, passphrase, passphrase + "!")
    assert main(["init", "--vault", str(vault_dir)], kdf=fast_kdf) == 1
    assert "not the same" in one_error_line(capsys.readouterr().err)
    assert not Vault.exists(vault_dir)


def test_unlock_asks_on_a_terminal(
    initialised: Any,
    vault_dir: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    prompts = answers(monkeypatch, passphrase)
    assert main(["verify", "--vault", str(vault_dir)]) == 0
    assert prompts == ["Passphrase: "]
    assert "intact" in capsys.readouterr().out


def test_init_twice_is_refused(initialised: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert initialised("init") == 1
    assert "already a vault" in one_error_line(capsys.readouterr().err)


def test_no_terminal_and_no_passphrase_file_is_a_clear_error(
    vault_dir: Path, fast_kdf: Any, no_tty: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", "--vault", str(vault_dir)], kdf=fast_kdf) == 1
    assert "--passphrase-file" in one_error_line(capsys.readouterr().err)


def test_passphrase_file_missing(
    vault_dir: Path, tmp_path: Path, fast_kdf: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["init", "--vault", str(vault_dir), "--passphrase-file", str(tmp_path / "none")],
        kdf=fast_kdf,
    )
    assert code == 1
    assert "passphrase file does not exist" in one_error_line(capsys.readouterr().err)


# --- import and cases ----------------------------------------------------------------


def test_import_then_cases_json(initialised: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert initialised("import", str(DATA / "register_comma.csv")) == 0
    assert capsys.readouterr().out.strip() == "Imported 3 cases (0 skipped)."

    assert initialised("cases", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 3
    for case in data:
        assert {
            "reference",
            "opened",
            "closed",
            "status",
            "channel",
            "area",
            "grounds",
            "incident_types",
            "track",
            "counterpart_type",
            "summary",
            "journal",
            "follow_ups",
            "mediation",
            "client",
        } <= case.keys()
    by_ref = {c["reference"]: c for c in data}
    second = by_ref["DH-2019-002"]
    assert second["opened"] == "2019-02-14"
    assert second["closed"] == "2019-03-20"
    assert second["status"] == "closed"
    assert second["grounds"] == [
        {"code": "ethnicity", "perceived": True, "assessed": False, "by_association": False}
    ]
    assert second["incident_types"] == ["harassment", "hate_speech"]
    assert second["mediation"] == {"referred": True, "area": "housing", "outcome": "agreement"}
    assert second["client"] is None
    assert second["journal"] == [] and second["follow_ups"] == []


def test_cases_table_and_year_filter(initialised: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert initialised("import", str(DATA / "register_comma.csv")) == 0
    assert initialised("import", str(DATA / "register_semicolon_bom.csv")) == 0
    capsys.readouterr()

    assert initialised("cases") == 0
    out = capsys.readouterr().out
    assert "DH-2019-001" in out and "DH-2018-010" in out
    assert "Working life" in out and "Ethnicity, Religion" in out
    assert "5 cases." in out

    assert initialised("cases", "--year", "2018") == 0
    out = capsys.readouterr().out
    assert "DH-2018-010" in out and "DH-2018-011" in out and "DH-2019" not in out

    assert initialised("cases", "--year", "2018", "--json") == 0
    refs = sorted(c["reference"] for c in json.loads(capsys.readouterr().out))
    assert refs == ["DH-2018-010", "DH-2018-011"]

    assert initialised("cases", "--year", "2001") == 0
    assert "No cases opened in 2001." in capsys.readouterr().out


def test_bad_import_lists_problems_and_stores_nothing(
    initialised: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert initialised("import", str(DATA / "register_bad.csv")) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert captured.err.startswith("dime: Nothing was imported from register_bad.csv")
    assert 'line 2, area: unknown value "Månelanding"' in captured.err
    assert initialised("cases", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_import_existing_and_skip_existing(
    initialised: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    file = str(DATA / "register_semicolon_bom.csv")
    assert initialised("import", file) == 0
    capsys.readouterr()
    assert initialised("import", file) == 1
    err = capsys.readouterr().err
    assert "line 2, reference: is already in the vault" in err
    assert initialised("import", file, "--skip-existing") == 0
    assert capsys.readouterr().out.strip() == "Imported 0 cases (2 skipped)."


def test_import_missing_file(
    initialised: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert initialised("import", str(tmp_path / "nope.csv")) == 1
    assert "does not exist" in one_error_line(capsys.readouterr().err)


# --- verify, wrong passphrase, missing vault -----------------------------------------


def test_verify(initialised: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert initialised("verify") == 0
    assert capsys.readouterr().out.strip() == "The vault is intact."


def test_wrong_passphrase_is_one_line(
    initialised: Any, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("this is not the passphrase at all\n", encoding="utf-8")
    code = main(["cases", "--vault", str(vault_dir), "--passphrase-file", str(wrong)])
    assert code == 1
    captured = capsys.readouterr()
    one_error_line(captured.err)
    assert captured.out == ""


def test_missing_vault_is_clear_and_asks_nothing(
    tmp_path: Path, no_tty: None, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere"
    assert main(["cases", "--vault", str(missing)]) == 1
    line = one_error_line(capsys.readouterr().err)
    assert f"There is no vault at {missing}" in line
    assert "dime init" in line


def test_vault_from_environment_and_options_before_command(
    initialised: Any,
    vault_dir: Path,
    pass_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DIME_VAULT", str(vault_dir))
    assert main(["verify", "--passphrase-file", str(pass_file)]) == 0
    assert "intact" in capsys.readouterr().out
    monkeypatch.delenv("DIME_VAULT")
    assert main(["--vault", str(vault_dir), "--passphrase-file", str(pass_file), "verify"]) == 0
    assert "intact" in capsys.readouterr().out


# --- errors never show a traceback ---------------------------------------------------


def test_unexpected_error_is_one_sentence_exit_70(
    initialised: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def boom(args: Any) -> Any:
        raise RuntimeError("disk\nfell off")

    monkeypatch.setattr(vault_commands, "open_vault", boom)
    assert initialised("verify") == 70
    line = one_error_line(capsys.readouterr().err)
    assert line == "dime: unexpected error: RuntimeError: disk fell off — please report it"


def test_ctrl_c_exits_130(
    initialised: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(args: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(vault_commands, "open_vault", interrupted)
    assert initialised("cases") == 130
    assert "Traceback" not in capsys.readouterr().err


def test_usage_error_and_no_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cases", "--year", "soon"]) == 2
    assert main([]) == 2
    assert "usage: dime" in capsys.readouterr().err


def test_passphrase_is_never_an_argument(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", "--passphrase", "x" * 20]) == 2
    assert "unrecognized arguments" in capsys.readouterr().err


# --- command modules -----------------------------------------------------------------


def test_every_command_group_is_registered_without_loading_by_name() -> None:
    """The frozen app sees only what is imported plainly: every command is there."""
    sub = next(
        a for a in cli_main.build_parser()._actions if isinstance(a, argparse._SubParsersAction)
    )
    for command in (
        "init", "import", "cases", "verify", "demo",
        "stats", "report", "outreach", "checklist", "takeaway",
    ):  # fmt: skip
        assert command in sub.choices, command
    source = Path(cli_main.__file__).read_text(encoding="utf-8")
    assert "import_module" not in source and "__import__" not in source


def test_broken_command_module_gives_one_line_not_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> Any:
        raise ModuleNotFoundError("No module named 'xyz'", name="xyz")

    monkeypatch.setattr(cli_main, "command_modules", broken)
    assert main(["verify"]) == 70
    assert "ModuleNotFoundError" in one_error_line(capsys.readouterr().err)


# --- demo ------------------------------------------------------------------------------


def test_demo_prints_a_folder_that_unlocks(
    tmp_path: Path,
    fast_kdf: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dime_desktop.vault import Vault

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert main(["demo", "--cases", "12"], kdf=fast_kdf) == 0
    out = capsys.readouterr().out
    folder_match = re.search(r"^    (.+)$", out, re.MULTILINE)
    pass_match = re.search(r"^Demo passphrase: (.+)$", out, re.MULTILINE)
    assert folder_match and pass_match
    folder = Path(folder_match.group(1))
    assert folder.is_relative_to(tmp_path)
    assert pass_match.group(1) == DEMO_PASSPHRASE
    vault = Vault.unlock(folder, pass_match.group(1))
    try:
        assert vault.cases.count() == 12
    finally:
        vault.close()


# --- as a program ----------------------------------------------------------------------


def test_module_help_runs_as_a_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dime_desktop.cli.main", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "usage: dime" in result.stdout
    for command in ("init", "import", "cases", "verify", "demo"):
        assert command in result.stdout
    assert result.stderr == ""


def test_bad_file_is_reported_before_the_passphrase_is_asked(
    initialised: Any, vault_dir: Path, no_tty: None, capsys: pytest.CaptureFixture[str]
) -> None:
    # no passphrase file and no terminal: only the file's problems can be reported
    assert (
        main(["import", str(DATA / "register_unknown_column.csv"), "--vault", str(vault_dir)]) == 1
    )
    err = capsys.readouterr().err
    assert 'unknown column "Klient navn"' in err
    assert "--passphrase-file" not in err

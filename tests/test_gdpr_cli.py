"""The GDPR commands (issue 12): dime log, retention, delete, consent; and the
access log holds no text typed into any command."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import Case
from dime_desktop.cli.main import main as dime
from dime_desktop.vault import Vault

MARK = "QQLOGMERKE"
RECENT = date.today().year - 1  # closed last year: not due


@pytest.fixture
def cli(vault_dir: Path, tmp_path: Path, passphrase: str, fast_kdf: Any) -> Any:
    Vault.create(vault_dir, passphrase, kdf=fast_kdf).vault.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")

    def run(*argv: str, adviser: str = "Åsa Berg") -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = dime(
                [
                    *argv,
                    "--vault",
                    str(vault_dir),
                    "--passphrase-file",
                    str(pass_file),
                    "--adviser",
                    adviser,
                ]
            )
        return code, out.getvalue(), err.getvalue()

    return run


def _import(cli: Any, tmp_path: Path, rows: list[str]) -> None:
    path = tmp_path / "reg.csv"
    path.write_text("reference;opened;area;closed;summary\n" + "\n".join(rows) + "\n", "utf-8")
    assert cli("import", str(path))[0] == 0


def test_no_typed_text_reaches_the_log(cli: Any, tmp_path: Path) -> None:
    _import(cli, tmp_path, [f"DH-2019-001;2019-01-05;arbeidsliv;;{MARK} summary"])
    evidence = tmp_path / "bevis.txt"
    evidence.write_text(f"{MARK} file\n", encoding="utf-8")
    steps = [
        ("consent", "give", "--case", "DH-2019-001", "--purpose", "store_identity", "--note", MARK),
        ("consent", "withdraw", "--case", "DH-2019-001", "--purpose", "contact_client",
         "--note", MARK),
        ("evidence", "add", "--case", "DH-2019-001", "--note", MARK, "--description", MARK,
         "--given-by", MARK, str(evidence)),
        ("outreach", "add", "--date", "2019-02-01", "--kind", "talk", "--title", MARK,
         "--audience", MARK, "--notes", MARK),
        ("checklist", "--case", "DH-2019-001", "--out", str(tmp_path / "c.pdf")),
        ("draft", "--case", "DH-2019-001", "--kind", "letter", "--lang", "nb",
         "--out", str(tmp_path / "brev.docx")),
        ("subject-export", "--case", "DH-2019-001", "--out", str(tmp_path)),
    ]  # fmt: skip
    for step in steps:
        code, _out, err = cli(*step)
        assert code == 0, (step, err)
    code, out, _err = cli("log", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["chain_intact"] is True
    assert MARK not in out and MARK.lower() not in out
    events = [(e["event"], e["case"], e["detail"]) for e in doc["entries"]]
    for wanted in (
        ("import", None, "added:1"),
        ("consent_withdrawn", "DH-2019-001", "contact_client"),
        ("exported", "DH-2019-001", "checklist"),
        ("exported", "DH-2019-001", "letter.docx"),
        ("subject_access", "DH-2019-001", f"received:{date.today().isoformat()}"),
    ):
        assert wanted in events
    assert {e["actor"] for e in doc["entries"]} >= {"Åsa Berg"}
    changed = [e for e in doc["entries"] if e["event"] == "changed" and e["case"] == "DH-2019-001"]
    assert any("consents.store_identity" in e["fields"] for e in changed)
    assert any("evidence" in e["fields"] for e in changed)
    # the CSV, filtered by case: as safe to share
    code, out, _ = cli("log", "--case", "dh-2019-001", "--csv", str(tmp_path / "log.csv"))
    csv_text = (tmp_path / "log.csv").read_text(encoding="utf-8-sig")
    assert code == 0 and "DH-2019-001" in csv_text and MARK not in csv_text
    assert csv_text.splitlines()[0].startswith("nr;tidspunkt;hvem;hendelse (kode);sak")
    code, out, _ = cli("log", "--case", "DH-2019-001", "--since", "2000-01-01")
    assert code == 0 and "The access log is intact" in out and "Åsa Berg" in out


def test_retention_needs_confirmed_rules_then_lists_and_deletes(cli: Any, tmp_path: Path) -> None:
    _import(
        cli,
        tmp_path,
        [
            "DH-2019-001;2019-01-05;arbeidsliv;2019-03-01;gammel",
            "DH-2019-002;2019-02-05;bolig;;åpen",
            f"DH-{RECENT}-001;{RECENT}-02-05;bolig;{RECENT}-06-01;ny",
        ],
    )
    code, out, _ = cli("retention", "due", "--json")
    assert json.loads(out) == {"confirmed": False, "due": []}
    code, out, _ = cli("retention", "rules", "--advice-years", "4")
    assert code != 0  # a change needs --confirm
    code, out, _ = cli("retention", "rules", "--confirm", adviser="Koordinator Kari")
    assert code == 0 and "Confirmed on" in out and "Koordinator Kari" in out
    assert "Tribunal" in out
    code, out, _ = cli("retention", "due", "--json")
    due = json.loads(out)["due"]
    assert [d["reference"] for d in due] == ["DH-2019-001"]
    assert due[0]["review_on"] == "2022-03-01"
    code, out, err = cli("delete", "--case", "DH-2019-001")
    assert code != 0 and "--yes" in err  # no terminal to ask
    code, out, _ = cli("delete", "--case", "DH-2019-001", "--reason", "retention", "--yes")
    assert code == 0 and "Anonymised: DH-2019-001" in out
    code, out, _ = cli("retention", "due", "--json")
    assert json.loads(out)["due"] == []
    code, out, _ = cli("delete", "--case", "DH-2019-002", "--all", "--yes")
    assert code == 0
    code, out, _ = cli("cases", "--json")
    assert [c["reference"] for c in json.loads(out)] in (
        ["DH-2019-001", f"DH-{RECENT}-001"],
        [f"DH-{RECENT}-001", "DH-2019-001"],
    )


def test_a_broken_chain_shows_in_dime_log_and_dime_verify(
    cli: Any, vault_dir: Path, passphrase: str
) -> None:
    vault = Vault.unlock(vault_dir, passphrase)
    vault.cases.add(Case(opened=date(2024, 1, 2), area="work"))
    with vault.database.transaction() as conn:
        conn.execute("DROP TRIGGER access_log_no_delete")
        conn.execute("DELETE FROM access_log WHERE id = 2")
    vault.close()
    code, out, _ = cli("log")
    assert code != 0 and "BROKEN" in out and "does not follow entry 1" in out
    code, out, _ = cli("verify")
    assert code != 0 and "does not follow entry 1" in out

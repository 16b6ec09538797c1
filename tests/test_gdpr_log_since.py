"""``dime log --since DATE`` (and ``--until``) leave out the entries outside
the period (issue 12), in the JSON and in the plain listing."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dime_desktop.cli.main import main as dime
from dime_desktop.storage import access_log as audit
from dime_desktop.vault import Vault


def test_since_and_until_leave_out_the_entries_outside(
    vault_dir: Path, tmp_path: Path, passphrase: str, fast_kdf: Any
) -> None:
    Vault.create(vault_dir, passphrase, kdf=fast_kdf).vault.close()
    vault = Vault.unlock(vault_dir, passphrase, actor="Bo Rådgiver")
    for ref, at in (
        ("DH-2023-001", datetime(2023, 12, 31, 22, 30, tzinfo=UTC)),
        ("DH-2024-001", datetime(2024, 2, 10, 10, tzinfo=UTC)),
        ("DH-2024-002", datetime(2024, 5, 15, 10, tzinfo=UTC)),
    ):
        vault.access_log.record(audit.OPENED, case_ref=ref, at=at)
    vault.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")

    def log(*argv: str) -> str:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = dime(
                ["log", *argv, "--vault", str(vault_dir), "--passphrase-file", str(pass_file)]
            )
        assert code == 0
        return out.getvalue()

    def cases(*argv: str) -> set[str]:
        doc = json.loads(log(*argv, "--json"))
        assert doc["chain_intact"] is True
        return {e["case"] for e in doc["entries"] if e["case"]}

    assert cases() == {"DH-2023-001", "DH-2024-001", "DH-2024-002"}
    assert cases("--since", "2024-01-02") == {"DH-2024-001", "DH-2024-002"}
    assert cases("--since", "2024-03-01") == {"DH-2024-002"}
    assert cases("--since", "2024-01-02", "--until", "2024-03-01") == {"DH-2024-001"}
    plain = log("--since", "2024-03-01")
    assert "DH-2024-002" in plain and "DH-2024-001" not in plain and "DH-2023-001" not in plain

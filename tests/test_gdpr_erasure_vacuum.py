"""When many cases go at once (``VACUUM_AT``, set low here) the purge rebuilds
the database with VACUUM (issue 12); afterwards, as ever, no file in the
vault folder or the backups holds a byte of the deleted case's text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dime_desktop.storage.erasure import KEEP_STATISTICS, REASON_RETENTION, ErasureRepository
from dime_desktop.vault import Vault
from dime_desktop.vault import erasure as vault_erasure
from tests.test_gdpr_erasure import (  # noqa: F401 (fixtures)
    MARK,
    everything_in_tables,
    holding,
    marked,
    pass_file,
    stats_json,
)


def test_many_cases_at_once_are_vacuumed_and_leave_no_byte(
    marked: dict[str, Any],  # noqa: F811 (the fixture imported above)
    vault_dir: Path,
    passphrase: str,
    pass_file: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(vault_erasure, "VACUUM_AT", 3)
    asked: list[bool] = []
    real_purge = ErasureRepository.purge

    def purge(self: ErasureRepository, *, vacuum: bool = False) -> None:
        asked.append(vacuum)
        real_purge(self, vacuum=vacuum)

    monkeypatch.setattr(ErasureRepository, "purge", purge)
    before = stats_json(vault_dir, pass_file)
    vault = Vault.unlock(vault_dir, passphrase)
    statements: list[str] = []
    try:
        ids = [c.id for c in vault.cases.iter_cases()]
        assert marked["case"].id in ids and len(ids) == 4
        three = [marked["case"].id, *[i for i in ids if i != marked["case"].id][:2]]
        vault.database.connection.set_trace_callback(statements.append)
        report = vault_erasure.erase_cases(vault, three, KEEP_STATISTICS, REASON_RETENTION)
        vault.database.connection.set_trace_callback(None)
        assert len(report.erased) == 3 and len(report.backups_cleaned) == 2
        assert asked == [True]  # three cases reached the (lowered) threshold
        assert "VACUUM" in [s.strip().upper() for s in statements]
        assert MARK not in everything_in_tables(vault)
        assert vault.verify() == []
        assert holding(vault_dir, marked["key"]) == []  # the WAL too, while open
    finally:
        vault.close()
    assert holding(vault_dir, marked["key"]) == []
    assert holding(marked["stick"], marked["key"]) == []
    assert stats_json(vault_dir, pass_file) == before  # anonymised: the same statistics

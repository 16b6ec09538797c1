"""The counterpart's name is searchable (a case is found by the business,
school or person it concerns), also in a vault made before the search index
had that column; a follow-up remembers where it came from."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from dime_desktop.cases.model import Case, CaseFilter, FollowUp
from dime_desktop.storage import schema
from dime_desktop.storage.cases import CaseRepository
from dime_desktop.storage.database import Database


def _refs(repo: CaseRepository, text: str) -> list[str]:
    return [r.reference for r in repo.list_rows(CaseFilter(text=text))]


def test_counterpart_name_is_found_and_kept_in_step(tmp_path: Path) -> None:
    db = Database.create(tmp_path / "c.db", os.urandom(32))
    repo = CaseRepository(db)
    case = repo.add(
        Case(opened=date(2024, 5, 2), area="nightlife", counterpart_name="Utestedet Blå Måne AS")
    )
    repo.add(Case(opened=date(2024, 5, 3), area="work", counterpart_name="Bakeri Øst"))
    assert _refs(repo, "blå måne") == [case.reference]
    assert _refs(repo, "utested") == [case.reference]  # prefix, as every search word
    case.counterpart_name = "Klubb Sør"
    repo.update(case)
    assert _refs(repo, "måne") == []
    assert _refs(repo, "klubb sør") == [case.reference]
    db.close()


def test_a_vault_from_before_gets_its_counterparts_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, key = tmp_path / "old.db", os.urandom(32)
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])  # the first released schema
        old = Database.create(path, key)
        with old.transaction() as conn:
            conn.execute(
                "INSERT INTO cases (id, reference, year, seq, opened, opened_year, area, "
                "counterpart_name, summary, client_name, created_at, updated_at) VALUES "
                "(1, 'DH-2019-001', 2019, 1, '2019-03-01', 2019, 'housing', "
                "'Borettslaget Lia', 'Nektet visning', 'Åse', 'x', 'x')"
            )
            conn.execute(
                "INSERT INTO journal_entries (case_id, entry_date, text) VALUES "
                "(1, '2019-03-02', 'Ringte styreleder'), (1, '2019-03-09', 'Brev sendt')"
            )
            conn.execute(
                "INSERT INTO case_search (rowid, summary, journal, client_name) VALUES "
                "(1, 'Nektet visning', 'Ringte styreleder\nBrev sendt', 'Åse')"
            )
        old.close()
    db = Database.open(path, key)  # migrates to the current schema
    assert db.user_version() == schema.SCHEMA_VERSION
    repo = CaseRepository(db)
    for words in ("borettslaget lia", "nektet", "styreleder", "brev", "åse"):
        assert _refs(repo, words) == ["DH-2019-001"], words
    assert db.integrity_problems() == []
    db.close()


def test_follow_up_source_round_trip(tmp_path: Path) -> None:
    db = Database.create(tmp_path / "f.db", os.urandom(32))
    repo = CaseRepository(db)
    saved = repo.add(
        Case(
            opened=date(2024, 1, 1),
            area="work",
            follow_ups=[
                FollowUp(date(2024, 2, 1), "Anmelde", source="intake:police_report"),
                FollowUp(date(2024, 2, 2), "Ringe"),
            ],
        )
    )
    got = repo.get_by_id(saved.id or 0)
    assert [(f.note, f.source) for f in got.follow_ups] == [
        ("Anmelde", "intake:police_report"),
        ("Ringe", ""),
    ]
    db.close()

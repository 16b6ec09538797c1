"""Drafts and intake answers: JSON documents in the encrypted vault."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dime_desktop.cases.model import Case
from dime_desktop.errors import CaseNotFound
from dime_desktop.storage.intake import IntakeRepository
from dime_desktop.storage.unsaved_forms import UnsavedFormRepository


def test_drafts_round_trip_replace_delete_clear(vault: Any) -> None:
    drafts: UnsavedFormRepository = vault.unsaved_forms
    assert drafts.load_all() == {}
    form = {"summary": "Ærlig talt, smørbrød", "grounds": ["ethnicity"], "n": 3, "x": None}
    drafts.save("case:new:1", form)
    drafts.save("case:17", {"summary": "før"})
    drafts.save("case:17", {"summary": "etter", "nested": {"å": [1, 2]}})
    assert drafts.load_all() == {
        "case:new:1": form,
        "case:17": {"summary": "etter", "nested": {"å": [1, 2]}},
    }
    drafts.delete("case:new:1")
    drafts.delete("no such key")
    assert list(drafts.load_all()) == ["case:17"]
    drafts.clear()
    assert drafts.load_all() == {}


def test_drafts_survive_a_lock(vault_dir: Any, fast_kdf: Any, passphrase: str) -> None:
    from dime_desktop.vault import Vault

    created = Vault.create(vault_dir, passphrase, kdf=fast_kdf)
    created.vault.unsaved_forms.save("case:3", {"summary": "blåbær"})
    created.vault.close()
    again = Vault.unlock(vault_dir, passphrase)
    try:
        assert again.unsaved_forms.load_all() == {"case:3": {"summary": "blåbær"}}
    finally:
        again.close()


def test_intake_round_trip(vault: Any) -> None:
    intake: IntakeRepository = vault.intake
    case = vault.cases.add(Case(opened=date(2019, 4, 1), area="housing"))
    assert intake.load(case.id) is None
    answers = {"what_happened": "nabo", "where": ["bolig"], "police": False, "ord": "æøå"}
    intake.save(case.id, answers)
    assert intake.load(case.id) == answers
    intake.save(case.id, {"what_happened": "endret"})
    assert intake.load(case.id) == {"what_happened": "endret"}


def test_intake_for_a_missing_case(vault: Any) -> None:
    with pytest.raises(CaseNotFound):
        vault.intake.save(999, {"a": 1})
    assert vault.intake.load(999) is None


def test_intake_goes_with_its_case(vault: Any) -> None:
    case = vault.cases.add(Case(opened=date(2019, 4, 1), area="housing"))
    vault.intake.save(case.id, {"a": 1})
    vault.cases.delete(case.id)
    assert vault.intake.load(case.id) is None

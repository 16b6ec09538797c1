"""The demo case generator: deterministic, valid, realistic enough."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from dime_desktop.cases.model import CaseFilter, validate_case
from dime_desktop.demo.generator import (
    DEMO_PASSPHRASE,
    create_demo_vault,
    generate_demo_cases,
)
from dime_desktop.reference import default_reference
from dime_desktop.vault import Vault
from dime_desktop.vault.passphrase_policy import check_passphrase


def test_same_seed_same_cases_other_seed_other_cases() -> None:
    assert generate_demo_cases(200) == generate_demo_cases(200)
    assert generate_demo_cases(200, seed=1) != generate_demo_cases(200)
    assert generate_demo_cases(0) == []


def test_every_case_is_valid_and_dated_sensibly() -> None:
    ref = default_reference()
    cases = generate_demo_cases(2000, years=(2019, 2020))
    for case in cases:
        assert validate_case(case, ref) == [], case
        assert case.reference is None
        assert case.year in (2019, 2020)
        for entry in case.journal:
            assert case.opened <= entry.entry_date
            assert case.closed is None or entry.entry_date <= case.closed
        assert all(t.event_date < case.opened for t in case.timeline)
    assert [c.opened for c in cases] == sorted(c.opened for c in cases)


def test_mix_resembles_the_2019_figures() -> None:
    cases = generate_demo_cases(3000)
    areas = Counter(c.area for c in cases)
    assert areas.most_common(1)[0][0] == "housing"
    assert areas["hate_crime"] > areas["health"]
    grounds = Counter(g for c in cases for g in c.ground_codes())
    assert grounds.most_common(1)[0][0] == "ethnicity"
    combos = Counter("+".join(sorted(c.ground_codes())) for c in cases)
    for combo in ("ethnicity+religion", "ethnicity+gender", "ethnicity+sexual_orientation"):
        assert combos[combo] > 0, combo
    referred = [c for c in cases if c.mediation.referred]
    assert 0.08 < len(referred) / len(cases) < 0.2
    assert all(c.mediation.outcome for c in referred)
    anonymous = sum(1 for c in cases if c.client is None)
    assert 0.05 < anonymous / len(cases) < 0.3
    assert any("æ" in c.summary or "ø" in c.summary or "å" in c.summary for c in cases)


def test_names_and_contacts_are_clearly_fictional() -> None:
    from dime_desktop.demo import generator as demo

    for case in generate_demo_cases(500):
        if case.client is None or not case.client.name:  # no consent: no name (issue 12)
            continue
        surname = case.client.name.split()[-1]
        assert surname in demo._FICTIONAL_SURNAMES
        contact = case.client.contact
        assert contact.endswith("@example.invalid") or contact.startswith("000 00 ")


def test_demo_passphrase_is_acceptable_only_for_demo_vaults() -> None:
    assert check_passphrase(DEMO_PASSPHRASE, allow_demo=True) == []
    assert check_passphrase(DEMO_PASSPHRASE) == ["demo_passphrase"]


def test_create_demo_vault(tmp_path: Path, fast_kdf: Any) -> None:
    created = create_demo_vault(tmp_path / "demo", DEMO_PASSPHRASE, 150, kdf=fast_kdf)
    try:
        cases = created.vault.cases
        assert cases.count() == 150
        assert cases.years()[-1] == 2019
        assert cases.count(CaseFilter(year=2019)) == 25
        assert cases.get("DH-2019-001").journal
        outreach = created.vault.outreach.list(2019)
        assert {a.kind for a in outreach} == {"course", "talk", "stand", "media"}
        assert all(a.year == 2019 for a in outreach)
    finally:
        created.vault.close()
    vault = Vault.unlock(tmp_path / "demo", DEMO_PASSPHRASE)
    try:
        assert vault.cases.count() == 150
    finally:
        vault.close()

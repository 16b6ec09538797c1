"""Retention (issue 12): the access log's own retention prunes the entries
older than it and keeps the newer ones, the chain still verifying; and a case
of the mediation desk becomes due under the mediation desk's rule, not the
advice desk's."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from dime_desktop.cases.model import DESK_ADVICE, DESK_MEDIATION, Case, Mediation
from dime_desktop.privacy.retention import (
    RetentionRules,
    add_years,
    apply_log_retention,
    confirm_rules,
    due_cases,
)
from dime_desktop.storage import access_log as audit
from dime_desktop.vault import Vault

TODAY = date(2026, 6, 15)  # the day the mediation rules are applied


def test_the_log_keeps_its_retention_and_the_chain_holds(vault: Vault) -> None:
    # the log is pruned from its oldest end, so the days run forward from the
    # vault's creation (today): "today" of the retention is eight years on
    made = date.today()
    today = add_years(made, 8)
    cutoff = add_years(made, 3)  # five years of log before ``today``

    def at(day: date) -> datetime:
        return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)

    confirm_rules(vault, RetentionRules(3, 3, 5), made)
    for ref, day in (
        ("DH-2019-001", add_years(made, 1)),
        ("DH-2021-001", cutoff - timedelta(days=2)),
        ("DH-2021-002", cutoff + timedelta(days=2)),
        ("DH-2025-001", add_years(made, 6)),
    ):
        vault.access_log.record(audit.OPENED, case_ref=ref, at=at(day))
    entries = vault.access_log.entries(newest_first=False)
    first_kept = next(e.id for e in entries if e.case_ref == "DH-2021-002")
    older = [e.id for e in entries if e.id < first_kept]

    # four years on, every entry is younger than five years: nothing goes
    assert apply_log_retention(vault, add_years(made, 4)) == 0
    removed = apply_log_retention(vault, today)
    refs = [e.case_ref for e in vault.access_log.entries(newest_first=False)]
    assert "DH-2019-001" not in refs and "DH-2021-001" not in refs
    assert "DH-2021-002" in refs and "DH-2025-001" in refs
    assert removed == len(older) >= 4  # creation, unlock, the rules, and the two
    last = vault.access_log.entries(limit=1)[0]
    assert (last.event, last.detail) == (audit.LOG_PRUNED, f"removed:{removed}")
    assert vault.access_log.verify().intact
    # again: nothing more is old enough
    assert apply_log_retention(vault, today) == 0
    assert vault.access_log.verify().intact


def test_unconfirmed_rules_prune_nothing(vault: Vault) -> None:
    vault.access_log.record(audit.OPENED, case_ref="DH-2019-001")
    count = vault.access_log.count()
    assert apply_log_retention(vault, add_years(date.today(), 20)) == 0
    assert vault.access_log.count() == count


def _closed(vault: Vault, closed: date, *, referred: bool) -> str:
    case = vault.cases.add(
        Case(
            opened=closed - timedelta(days=60),
            area="work",
            status="closed",
            closed=closed,
            mediation=Mediation(True, "work", "agreement") if referred else Mediation(False),
        )
    )
    return str(case.reference)


def test_a_mediation_case_is_due_under_the_mediation_desks_rule(vault: Vault) -> None:
    four_years_ago = date(2022, 5, 1)
    advice = _closed(vault, four_years_ago, referred=False)
    mediation = _closed(vault, four_years_ago, referred=True)
    old_mediation = _closed(vault, date(2020, 5, 1), referred=True)

    # advice 3 years, mediation 5: the advice case is due, the mediation case of
    # the same day not yet, the older one is
    confirm_rules(vault, RetentionRules(3, 5, 5), TODAY)
    due = {d.reference: d for d in due_cases(vault, TODAY)}
    assert set(due) == {advice, old_mediation}
    assert due[advice].desk == DESK_ADVICE
    assert due[advice].review_on == add_years(four_years_ago, 3)
    assert due[old_mediation].desk == DESK_MEDIATION
    assert due[old_mediation].review_on == date(2025, 5, 1)

    # the mediation desk's rule shortened: now it is due, on its own rule's date
    confirm_rules(vault, RetentionRules(5, 2, 5), TODAY)
    due = {d.reference: d for d in due_cases(vault, TODAY)}
    assert set(due) == {mediation, old_mediation}  # the advice case waits 5 years now
    assert due[mediation].desk == DESK_MEDIATION
    assert due[mediation].review_on == date(2024, 5, 1)

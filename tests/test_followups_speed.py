"""Issue 14: a long "What is due" list is read in chunks (the database is
never held long by the worker that reads it); the chunks give exactly the one
list, in the same order, on a real encrypted vault."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from dime_desktop.cases import Case, FollowUp
from dime_desktop.storage import follow_ups
from dime_desktop.storage.follow_ups import FollowUpQueries


def test_chunks_give_the_whole_list_in_order(vault: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    day = date(2024, 3, 1)
    cases = []
    for n in range(40):
        # many on the same day (ties at every chunk edge), some done, some later
        dues = [day + timedelta(days=n % 3), day + timedelta(days=n % 5)]
        cases.append(
            Case(
                opened=date(2024, 1, 1 + n % 28),
                area="work",
                follow_ups=[
                    FollowUp(d, f"f{n}-{i}", done=(n + i) % 7 == 0) for i, d in enumerate(dues)
                ],
            )
        )
    vault.cases.add_many(cases)
    queries = FollowUpQueries(vault.database)
    until = day + timedelta(days=3)
    whole = queries.due_by(until)
    assert len(whole) == queries.count_due_by(until) > 2 * 7
    assert [f.due for f in whole] == sorted(f.due for f in whole)
    monkeypatch.setattr(follow_ups, "CHUNK", 7)
    chunked = queries.due_by(until)
    assert chunked == whole
    assert len({f.follow_up_id for f in chunked}) == len(chunked)


def test_agreement_terms_come_in_date_order_between_the_chunks(
    vault: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Terms of mediation agreements are merged into the chunked list by date
    (on one day, case follow-ups first); each day's follow-ups are in the
    order of the cases' references, whatever the chunk size."""
    from tests.test_mediation_storage import TODAY, add_case, full_record

    cases = [add_case(vault, follow_ups=[]) for _ in range(4)]
    for n, case in reversed(list(enumerate(cases))):  # ids run against the references
        stored = vault.cases.get_by_id(case.id)
        stored.follow_ups = [FollowUp(TODAY + timedelta(days=d), f"f{n}-{d}") for d in (1, 3)]
        vault.cases.update(stored)
    for case, day in ((cases[2], 1), (cases[0], 2), (cases[3], 5)):
        record = full_record(case)
        record.terms[0].due = TODAY + timedelta(days=day)
        vault.mediation.add(record)
    queries = FollowUpQueries(vault.database)
    until = TODAY + timedelta(days=7)
    whole = queries.due_by(until)
    expected = sorted(
        whole, key=lambda f: (f.due, f.is_mediation_term, int(f.reference.rsplit("-", 1)[1]))
    )
    assert whole == expected
    assert [f.is_mediation_term for f in whole].count(True) == 3
    assert whole[4].is_mediation_term and whole[4].due == TODAY + timedelta(days=1)
    for size in (1, 3):
        monkeypatch.setattr(follow_ups, "CHUNK", size)
        assert queries.due_by(until) == whole

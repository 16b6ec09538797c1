"""What is due, in the core: the follow-ups query across cases and its classification."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from dime_desktop.cases import Case, CaseGround, Client, FollowUp
from dime_desktop.followups import DueState, due_items, has_due_now
from dime_desktop.storage.follow_ups import FollowUpQueries

TODAY = date(2024, 6, 10)


def _case(vault: Any, n: int, *follow_ups: FollowUp, name: str = "") -> Case:
    return vault.cases.add(  # type: ignore[no-any-return]
        Case(
            opened=date(2024, 1, n),
            area="work",
            grounds=[CaseGround("age")],
            client=Client(name=name, consent_to_store=True) if name else None,
            follow_ups=list(follow_ups),
        )
    )


def test_due_by_lists_open_follow_ups_of_every_case_earliest_first(vault: Any) -> None:
    _case(vault, 1, FollowUp(TODAY + timedelta(days=3), "brev"), name="Kari")
    _case(vault, 2, FollowUp(TODAY - timedelta(days=2), "ringe"), FollowUp(TODAY, "gjort", True))
    _case(vault, 3, FollowUp(TODAY + timedelta(days=20), "senere"))
    queries = FollowUpQueries(vault.database)
    due = queries.due_by(TODAY + timedelta(days=7))
    assert [(d.reference, d.note) for d in due] == [
        ("DH-2024-002", "ringe"),
        ("DH-2024-001", "brev"),
    ]
    assert due[1].client_name == "Kari" and due[0].client_name == ""
    assert due[0].case_status == "open"
    assert queries.count_due_by(TODAY) == 1


def test_classification_by_days_from_today(vault: Any) -> None:
    _case(
        vault,
        1,
        FollowUp(TODAY - timedelta(days=1)),
        FollowUp(TODAY),
        FollowUp(TODAY + timedelta(days=7)),
    )
    _case(vault, 2, FollowUp(TODAY + timedelta(days=8)))
    items = due_items(FollowUpQueries(vault.database), TODAY)
    assert [(i.state, i.days) for i in items] == [
        (DueState.OVERDUE, -1),
        (DueState.TODAY, 0),
        (DueState.SOON, 7),
    ]
    assert items[0].overdue and not items[1].overdue
    assert has_due_now(FollowUpQueries(vault.database), TODAY)
    assert not has_due_now(FollowUpQueries(vault.database), TODAY - timedelta(days=2))

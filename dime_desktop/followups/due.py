"""Classify follow-ups by their date against today.

``due_items(queries, today)`` lists every follow-up not done whose date is at
most ``DUE_HORIZON_DAYS`` ahead: overdue ones (date before today), those due
today, and those due soon. ``has_due_now`` says whether anything is overdue or
due today (then the app opens on "What is due").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Protocol

from dime_desktop.storage.follow_ups import DueFollowUp

#: How far ahead "What is due" looks.
DUE_HORIZON_DAYS = 7


class DueQueries(Protocol):
    def iter_due_by(self, until: date) -> Iterator[DueFollowUp]: ...

    def count_due_by(self, until: date) -> int: ...


class DueState(Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    SOON = "soon"


@dataclass(frozen=True)
class DueItem:
    follow_up: DueFollowUp
    state: DueState
    days: int  # due minus today: negative when overdue

    @property
    def overdue(self) -> bool:
        return self.state is DueState.OVERDUE


def classify(due: date, today: date) -> tuple[DueState, int]:
    days = (due - today).days
    if days < 0:
        return DueState.OVERDUE, days
    if days == 0:
        return DueState.TODAY, 0
    return DueState.SOON, days


def due_items(
    queries: DueQueries, today: date, horizon_days: int = DUE_HORIZON_DAYS
) -> list[DueItem]:
    """Follow-ups due by ``today + horizon_days``, earliest first (classified
    as each chunk of them is read: ``FollowUpQueries.iter_due_by``)."""
    items = []
    for f in queries.iter_due_by(today + timedelta(days=max(0, horizon_days))):
        state, days = classify(f.due, today)
        items.append(DueItem(f, state, days))
    return items


def has_due_now(queries: DueQueries, today: date) -> bool:
    """Whether anything is overdue or due today."""
    return queries.count_due_by(today) > 0

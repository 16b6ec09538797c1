"""Small-cell suppression for everything that leaves the program (PDF, CSV,
XLSX), after Statistics Norway's practice.

The rule, per column of a table (this year and the previous year are
separate columns, each with its own total, and are protected independently):

1. **Primary**: a count from 1 to ``threshold - 1`` is shown as ``<3`` (for
   threshold 3). Zero is not sensitive and is shown.
2. **Secondary**: if a hidden count could be worked back from the column's
   total and the shown cells, more cells are hidden (shown as ``:``), always the
   smallest shown non-zero count next, until every hidden cell has at least two
   values consistent with everything published: shown cells, the total,
   ``<3`` cells lying in 1..threshold-1, ``:`` cells lying at or above the
   threshold. The total itself stays shown; only when hiding every other
   non-zero cell is not enough (e.g. a single non-zero cell that equals the
   total) is the total hidden as well.
3. A table whose rows do not add up to anything published (by ground, by
   incident type: a case counts under each of its grounds, so no total of
   these cells is printed) needs only primary suppression within the table.

Combination tables are published merged (``tables.merge_combinations``):
single grounds and the combinations with at least ``threshold`` cases keep
their rows, every other combination goes into one row "Other combinations",
and this rule then applies to that table as to any other. The ground table is
linked to it (a ground's count is the sum of the rows naming it plus its share
of the merged row); ``tables._protect_linked`` hides a ground count that would
let a hidden row be worked back. A partition table whose total would have to
be hidden is left out instead (``PublishedTable.omitted``): its total is also a
key figure. So is a combination table whose merged row would have to be
hidden: every combination in that row is known to be below the threshold, and
that cap can pin other hidden rows (``tables._other_hidden``).

A reader who knows the rule learns no hidden value exactly; the property
tests in ``tests/test_stats_suppression.py`` check this by brute force.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dime_desktop.errors import InvalidThreshold

SHOWN = "shown"
PRIMARY = "primary"
SECONDARY = "secondary"

DEFAULT_THRESHOLD = 3
MIN_THRESHOLD = 3  # with 2, "<2" would reveal every 1
MAX_THRESHOLD = 20
SECONDARY_MARK = ":"


def check_threshold(value: object) -> int:
    """The threshold as an int in MIN..MAX, else InvalidThreshold."""
    try:
        n = int(str(value).strip())
    except ValueError:
        raise InvalidThreshold(value, MIN_THRESHOLD, MAX_THRESHOLD) from None
    if not MIN_THRESHOLD <= n <= MAX_THRESHOLD:
        raise InvalidThreshold(value, MIN_THRESHOLD, MAX_THRESHOLD)
    return n


def primary_mark(threshold: int) -> str:
    return f"<{threshold}"


@dataclass(frozen=True)
class ColumnSuppression:
    states: tuple[str, ...]  # per cell: SHOWN, PRIMARY or SECONDARY
    total_hidden: bool = False


def _interval(
    values: Sequence[int], states: Sequence[str], total: int, threshold: int, i: int
) -> tuple[int, float]:
    """Values of hidden cell ``i`` consistent with the published column."""
    rest = total - sum(v for v, s in zip(values, states, strict=True) if s == SHOWN)
    lo_others = 0
    hi_others: float = 0
    for j, s in enumerate(states):
        if j == i or s == SHOWN:
            continue
        if s == PRIMARY:
            lo_others += 1
            hi_others += threshold - 1
        else:
            lo_others += threshold
            hi_others = float("inf")
    lo_i, hi_i = (1, threshold - 1) if states[i] == PRIMARY else (threshold, rest)
    return max(lo_i, int(max(rest - hi_others, 0))), min(hi_i, rest - lo_others)


def unprotected(
    values: Sequence[int], states: Sequence[str], total: int, threshold: int
) -> list[int]:
    """Hidden cells whose value can be worked out exactly from the total."""
    out = []
    for i, s in enumerate(states):
        if s != SHOWN:
            lo, hi = _interval(values, states, total, threshold, i)
            if hi <= lo:
                out.append(i)
    return out


def suppress_column(
    values: Sequence[int], threshold: int, total: int | None = None
) -> ColumnSuppression:
    """Which cells of one column to hide. ``total`` is the published total the
    cells add up to (None: the cells add up to nothing published)."""
    states = [PRIMARY if 0 < v < threshold else SHOWN for v in values]
    if total is None or PRIMARY not in states:
        return ColumnSuppression(tuple(states))
    if sum(values) != total:
        raise ValueError("the cells do not add up to the total")
    while unprotected(values, states, total, threshold):
        candidates = [i for i, s in enumerate(states) if s == SHOWN and values[i] > 0]
        if not candidates:
            return ColumnSuppression(tuple(states), total_hidden=True)
        smallest = min(candidates, key=lambda i: (values[i], i))
        states[smallest] = SECONDARY
    return ColumnSuppression(tuple(states))


def display(value: int, state: str, threshold: int) -> str:
    if state == PRIMARY:
        return primary_mark(threshold)
    if state == SECONDARY:
        return SECONDARY_MARK
    return str(value)

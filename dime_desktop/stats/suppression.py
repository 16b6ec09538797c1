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
   threshold at which they were first hidden (never below ``MIN_THRESHOLD``).
   The total itself stays shown; only when hiding every other non-zero cell is
   not enough (e.g. a single non-zero cell that equals the total) is the total
   hidden as well.
3. A table whose rows do not add up to anything published (by ground, by
   incident type: a case counts under each of its grounds, so no total of
   these cells is printed) needs only primary suppression within the table.

**Nested across thresholds** (issue 9, finding 7). The outputs of one year
may be made with different thresholds (a PDF with 3 for the board, an XLSX
with 5 for a funder) and read together. So the pattern for threshold ``t``
is built by running the rule for ``MIN_THRESHOLD, MIN_THRESHOLD + 1, ..., t``
in turn, each step starting from the cells the step before hid:

* what is hidden at a lower threshold is hidden at every higher one, and a
  table left out at a lower threshold is left out at every higher one;
* a cell hidden with ``:`` keeps ``:`` at every higher threshold, even when
  its count is then below the threshold (it is never re-marked ``<t``). So a
  ``:`` tells a reader only "at least ``MIN_THRESHOLD``" in every output, and
  ``<t`` cells were below the threshold in every output that hides them.

Hence a set of outputs of one year tells a reader nothing the output with the
lowest of their thresholds does not already tell: its shown cells are shown in
no fewer outputs, its ``<t`` bounds are the tightest, a ``:`` says the same
everywhere, the totals are the same. That output is protected on its own, so
the set is. (Without ``:`` kept, ``:`` at 3 ("at least 3") and ``<4`` at 4
("at most 3") pin a 3 exactly.)

**Tables that share margins** (``Margin``, ``suppress_cells``). The rule is
written for any set of cells tied by published sums: a column and its total
is one margin; the merged summary of several offices (issue 13) is a grid
whose office columns add up to their office totals and whose rows add up to
the merged column. Cells that sit in one margin only are checked by interval
arithmetic (exact for one equation); cells in several margins by an exact
rational linear programme (``_lp_range``), exact for two-way tables (their
matrix is totally unimodular, so the LP bounds are whole numbers that are
reached).

Combination tables are published merged (``tables.merge_combinations``):
single grounds and the combinations with at least ``MERGE_LEVEL`` cases keep
their rows, every other combination goes into one row "Other combinations",
and this rule then applies to that table as to any other. The merge does not
depend on the threshold, so that every output has the same rows (merging a row
at 4 that is hidden at 3 would give it away as the difference of the two
merged rows). The ground table is linked to it (a ground's count is the sum of
the rows naming it plus its share of the merged row); ``tables._protect_linked``
hides a ground count that would let a hidden row be worked back. A partition
table whose total would have to be hidden is left out instead
(``PublishedTable.omitted``): its total is also a key figure. So is a
combination table whose merged row would have to be hidden: every combination
in that row is known to be below ``MERGE_LEVEL``, and that cap can pin other
hidden rows (``tables._other_hidden``).

A reader who knows the rule learns no hidden value exactly, from one output or
from any set of outputs of the year; the property tests in
``tests/test_stats_suppression.py`` check this by brute force.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from dime_desktop.errors import InvalidThreshold

SHOWN = "shown"
PRIMARY = "primary"
SECONDARY = "secondary"

DEFAULT_THRESHOLD = 3
MIN_THRESHOLD = 3  # with 2, "<2" would reveal every 1
MAX_THRESHOLD = 20
SECONDARY_MARK = ":"
# Combinations of several grounds with fewer cases than this are merged into
# "Other combinations", whatever the threshold (see above).
MERGE_LEVEL = MIN_THRESHOLD


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


def steps(threshold: int) -> list[int]:
    """The thresholds the nested rule runs through to reach ``threshold``."""
    if threshold < MIN_THRESHOLD:
        return [threshold]
    return list(range(MIN_THRESHOLD, threshold + 1))


# --- any set of cells tied by published sums ----------------------------------


@dataclass(frozen=True)
class Margin:
    """A published equation: the cells ``parts`` add up to the cell ``total``
    (indices into the value list). A cell may sit in several margins: in one as
    a part and in another as the total (a row of a grid and its column)."""

    total: int
    parts: tuple[int, ...]


@dataclass(frozen=True)
class CellPattern:
    """Which cells are hidden. ``entered[i]`` is the threshold at which cell
    ``i`` was first hidden (0 for a shown cell): a ``:`` cell is at least that."""

    states: tuple[str, ...]
    entered: tuple[int, ...]
    # False: even with every candidate hidden some hidden cell is still pinned
    # (the caller must leave the table out).
    safe: bool = True

    @property
    def hidden(self) -> frozenset[int]:
        return frozenset(i for i, s in enumerate(self.states) if s != SHOWN)


Bounds = tuple[int, int | None]  # (low, high); None: no upper bound


def reader_bounds(pattern: CellPattern, threshold: int, i: int) -> Bounds:
    """What the marks alone say about hidden cell ``i`` (the audit's model,
    never weaker than what any output of the nested family tells)."""
    if pattern.states[i] == PRIMARY:
        return 1, threshold - 1
    return max(pattern.entered[i], 1), None


def pinned(
    values: Sequence[int],
    margins: Sequence[Margin],
    pattern: CellPattern,
    threshold: int,
) -> list[int]:
    """Hidden cells whose value follows exactly from what is published: the
    shown cells, the margins, and each hidden cell's bounds (``reader_bounds``)."""
    hidden = sorted(pattern.hidden)
    if not hidden:
        return []
    bounds = {i: reader_bounds(pattern, threshold, i) for i in hidden}
    uses: dict[int, int] = {}
    for m in margins:
        for i in (m.total, *m.parts):
            uses[i] = uses.get(i, 0) + 1
    if all(n <= 1 for n in uses.values()):
        return _pinned_disjoint(values, margins, pattern, bounds)
    return _pinned_lp(values, margins, pattern, bounds)


def _pinned_disjoint(
    values: Sequence[int],
    margins: Sequence[Margin],
    pattern: CellPattern,
    bounds: dict[int, Bounds],
) -> list[int]:
    """Every cell in at most one margin: interval arithmetic per equation is
    exact (a sum of whole-number intervals takes every whole number between
    its ends)."""
    out: set[int] = set()
    in_margin: set[int] = set()

    def lo_hi(i: int) -> tuple[float, float]:
        lo, hi = bounds[i]
        return float(lo), (math.inf if hi is None else float(hi))

    for m in margins:
        signed = [(m.total, -1)] + [(p, 1) for p in m.parts]  # sum(parts) - total = 0
        in_margin.update(c for c, _ in signed)
        known = sum(sign * values[c] for c, sign in signed if pattern.states[c] == SHOWN)
        free = [(c, sign) for c, sign in signed if pattern.states[c] != SHOWN]
        for c, sign in free:
            lo_r = hi_r = 0.0  # range of the other free cells' signed sum
            for d, s_d in free:
                if d != c:
                    lo_d, hi_d = lo_hi(d)
                    lo_r += lo_d if s_d > 0 else -hi_d
                    hi_r += hi_d if s_d > 0 else -lo_d
            lo_c, hi_c = lo_hi(c)
            if sign > 0:  # x = -known - rest
                lo, hi = max(lo_c, -known - hi_r), min(hi_c, -known - lo_r)
            else:  # x = known + rest
                lo, hi = max(lo_c, known + lo_r), min(hi_c, known + hi_r)
            if hi <= lo:
                out.add(c)
    # a hidden cell in no margin is bounded by its marks alone
    for i, (lo_i, hi_i) in bounds.items():
        if i not in in_margin and hi_i is not None and hi_i <= lo_i:
            out.add(i)
    return sorted(out)


def suppress_cells(
    values: Sequence[int],
    margins: Sequence[Margin],
    threshold: int,
    *,
    start: CellPattern | None = None,
    last_resort: Iterable[int] = (),
    nested: bool = True,
) -> CellPattern:
    """Which cells to hide at ``threshold``: primary, then secondary until no
    hidden cell is pinned. ``nested`` runs every threshold from
    ``MIN_THRESHOLD`` up (or from ``start``, the pattern of the threshold just
    below); otherwise one step from ``start``. Cells in ``last_resort`` (the
    totals) are hidden only when nothing else is left to hide."""
    thresholds = steps(threshold) if nested and start is None else [threshold]
    pattern = start
    for t in thresholds:
        pattern = _step(values, margins, t, pattern, frozenset(last_resort))
    assert pattern is not None
    return pattern


def _step(
    values: Sequence[int],
    margins: Sequence[Margin],
    threshold: int,
    start: CellPattern | None,
    last_resort: frozenset[int],
) -> CellPattern:
    n = len(values)
    states = list(start.states) if start is not None else [SHOWN] * n
    entered = list(start.entered) if start is not None else [0] * n
    for i, v in enumerate(values):
        if states[i] == SHOWN and 0 < v < threshold:
            states[i], entered[i] = PRIMARY, threshold
    pattern = CellPattern(tuple(states), tuple(entered))
    if not margins:
        return pattern
    neighbours: dict[int, set[int]] = {}
    for m in margins:
        cells = {m.total, *m.parts}
        for c in cells:
            neighbours.setdefault(c, set()).update(cells)
    while True:
        bad = pinned(values, margins, pattern, threshold)
        if not bad:
            return pattern
        near = set().union(*(neighbours.get(i, set()) for i in bad))
        candidates = [i for i in near if states[i] == SHOWN and values[i] > 0]
        if not candidates:
            return CellPattern(tuple(states), tuple(entered), safe=False)
        ordinary = [i for i in candidates if i not in last_resort]
        pick = min(ordinary or candidates, key=lambda i: (values[i], i))
        states[pick], entered[pick] = SECONDARY, threshold
        pattern = CellPattern(tuple(states), tuple(entered))


# --- one column and its total (the tables of a year) ---------------------------


@dataclass(frozen=True)
class ColumnSuppression:
    states: tuple[str, ...]  # per cell: SHOWN, PRIMARY or SECONDARY
    total_hidden: bool = False
    # per cell (and then the total): the threshold it was first hidden at
    entered: tuple[int, ...] = ()

    def pattern(self) -> CellPattern:
        """As a CellPattern over the cells and then the total."""
        entered = self.entered or tuple(0 for _ in range(len(self.states) + 1))
        total_state = SECONDARY if self.total_hidden else SHOWN
        return CellPattern((*self.states, total_state), entered)


def suppress_column(
    values: Sequence[int],
    threshold: int,
    total: int | None = None,
    *,
    start: ColumnSuppression | None = None,
) -> ColumnSuppression:
    """Which cells of one column to hide. ``total`` is the published total the
    cells add up to (None: the cells add up to nothing published). Nested over
    the thresholds up to ``threshold``, or one step from ``start`` (the result
    for ``threshold - 1``)."""
    adds_up = total is not None and sum(values) == total
    if total is not None and not adds_up and any(0 < v < threshold for v in values):
        raise ValueError("the cells do not add up to the total")
    cells = [*values, total if total is not None else sum(values)]
    n = len(values)
    margins = [Margin(n, tuple(range(n)))] if adds_up else []
    begin = start.pattern() if start is not None else None
    pattern = suppress_cells(cells, margins, threshold, start=begin, last_resort=[n])
    states = pattern.states[:n]
    total_hidden = total is not None and pattern.states[n] != SHOWN
    return ColumnSuppression(tuple(states), total_hidden, pattern.entered)


def unprotected(
    values: Sequence[int], states: Sequence[str], total: int, threshold: int
) -> list[int]:
    """Hidden cells whose value can be worked out exactly from the total
    (every ``:`` read as at least ``threshold``)."""
    entered = (*(threshold if s != SHOWN else 0 for s in states), 0)
    pattern = CellPattern((*states, SHOWN), entered)
    n = len(values)
    return pinned([*values, total], [Margin(n, tuple(range(n)))], pattern, threshold)


def display(value: int, state: str, threshold: int) -> str:
    if state == PRIMARY:
        return primary_mark(threshold)
    if state == SECONDARY:
        return SECONDARY_MARK
    return str(value)


# --- exact bounds by linear programming ----------------------------------------

Number = int | Fraction


class _Polytope:
    """{x : A x = b, lower <= x <= upper} for the hidden cells, with a
    feasible basis found once (phase 1 of the simplex method); ``minimize``
    then runs phase 2 for any objective. Exact: whole numbers while the pivots
    are 1 or -1 (always, for the totally unimodular matrices of two-way
    tables), rationals otherwise. Bland's rule, so it never cycles."""

    def __init__(
        self,
        a_eq: list[list[int]],
        b_eq: list[int],
        lower: list[int],
        upper: list[int | None],
    ) -> None:
        n = len(lower)
        self.n = n
        self.lower = lower
        bounded = [j for j in range(n) if upper[j] is not None]
        width = n + len(bounded)  # y (x - lower) and one slack per upper bound
        rows: list[list[Number]] = []
        rhs: list[Number] = []
        for row, b in zip(a_eq, b_eq, strict=True):
            rows.append([*row, *([0] * len(bounded))])
            rhs.append(b - sum(row[j] * lower[j] for j in range(n)))
        for s_index, j in enumerate(bounded):
            row2: list[Number] = [0] * width
            row2[j] = 1
            row2[n + s_index] = 1
            up = upper[j]
            assert up is not None
            rows.append(row2)
            rhs.append(up - lower[j])
        m = len(rows)
        for i in range(m):
            if rhs[i] < 0:
                rows[i] = [-x for x in rows[i]]
                rhs[i] = -rhs[i]
        self.width = width
        self.tab = [rows[i] + [1 if k == i else 0 for k in range(m)] for i in range(m)]
        self.rhs = rhs
        self.basis = [width + i for i in range(m)]
        # phase 1: minimise the sum of the artificial variables
        cost: list[Number] = [*([0] * width), *([1] * m)]
        if not self._run(cost):
            raise AssertionError("phase 1 is bounded")
        if any(self.rhs[i] != 0 for i in range(m) if self.basis[i] >= width):
            raise ValueError("the published cells are inconsistent")  # the truth is a solution
        for i in range(m):  # drive the artificials out where possible
            if self.basis[i] >= width:
                for j in range(width):
                    if self.tab[i][j] != 0 and j not in self.basis:
                        self._pivot(i, j, None)
                        break
        keep = [i for i in range(m) if self.basis[i] < width]  # others: redundant rows
        self.tab = [self.tab[i][:width] for i in keep]
        self.rhs = [self.rhs[i] for i in keep]
        self.basis = [self.basis[i] for i in keep]

    def _pivot(self, r: int, c: int, obj: list[Number] | None) -> None:
        tab, rhs = self.tab, self.rhs
        p = tab[r][c]
        if p == -1:
            tab[r] = [-x for x in tab[r]]
            rhs[r] = -rhs[r]
        elif p != 1:
            tab[r] = [Fraction(x) / p for x in tab[r]]
            rhs[r] = Fraction(rhs[r]) / p
        pr = tab[r]
        for q in range(len(tab)):
            f = tab[q][c]
            if q != r and f != 0:
                tab[q] = [x - f * y for x, y in zip(tab[q], pr, strict=True)]
                rhs[q] = rhs[q] - f * rhs[r]
        if obj is not None:
            f = obj[c]
            if f != 0:
                obj[:] = [x - f * y for x, y in zip(obj, pr, strict=True)]
        self.basis[r] = c

    def _run(self, cost: list[Number]) -> bool:
        """Phase 2 from the current basis; False when unbounded."""
        tab, rhs, basis = self.tab, self.rhs, self.basis
        # reduced costs: cost - c_B B^-1 A (the tableau already holds B^-1 A)
        obj: list[Number] = list(cost)
        for i, b in enumerate(basis):
            cb = cost[b]
            if cb != 0:
                obj = [x - cb * y for x, y in zip(obj, tab[i], strict=True)]
        while True:
            enter = next((j for j, d in enumerate(obj) if d < 0), None)
            if enter is None:
                return True
            best: tuple[Number, int, int] | None = None
            for i in range(len(tab)):
                a = tab[i][enter]
                if a > 0:
                    key = (Fraction(rhs[i]) / a if a != 1 else rhs[i], basis[i], i)
                    if best is None or key[:2] < best[:2]:
                        best = key
            if best is None:
                return False
            self._pivot(best[2], enter, obj)

    def minimize(self, c: list[int]) -> Number | None:
        """min c.x over the polytope; None when unbounded below."""
        saved = ([list(r) for r in self.tab], list(self.rhs), list(self.basis))
        cost: list[Number] = [*c, *([0] * (self.width - self.n))]
        try:
            if not self._run(cost):
                return None
            y: list[Number] = [0] * self.width
            for i, b in enumerate(self.basis):
                y[b] = self.rhs[i]
            return sum(c[j] * (self.lower[j] + y[j]) for j in range(self.n))
        finally:
            self.tab, self.rhs, self.basis = saved


def _pinned_lp(
    values: Sequence[int],
    margins: Sequence[Margin],
    pattern: CellPattern,
    bounds: dict[int, Bounds],
) -> list[int]:
    """Hidden cells that take one value only over every solution of the
    margins with the shown cells fixed and the hidden cells in their bounds:
    the cell's largest value (a linear programme, exact) is its true value,
    and so is its smallest. For two-way tables (totally unimodular) the
    bounds of the programme are whole numbers that whole-number tables reach,
    so this is the exact answer; elsewhere it can only miss a pin that needs
    whole numbers to show (not so for any table published today)."""
    hidden = sorted(pattern.hidden)
    col = {c: j for j, c in enumerate(hidden)}
    rows: list[list[int]] = []
    rhs: list[int] = []
    for m in margins:
        row = [0] * len(hidden)
        b = 0
        for c, sign in [(m.total, -1)] + [(p, 1) for p in m.parts]:
            if c in col:
                row[col[c]] += sign
            else:
                b -= sign * values[c]
        if any(row):
            rows.append(row)
            rhs.append(b)
    lower = [bounds[c][0] for c in hidden]
    upper = [bounds[c][1] for c in hidden]
    poly = _Polytope(rows, rhs, lower, upper)
    out = []
    for c in hidden:
        j = col[c]
        unit = [0] * len(hidden)
        unit[j] = -1
        top = poly.minimize(unit)  # -max
        if top is None or -top > values[c]:
            continue
        unit[j] = 1
        bottom = poly.minimize(unit)
        assert bottom is not None
        if bottom >= values[c]:
            out.append(c)
    return out

"""One yearly summary from several offices (issue 13, part 3).

Each office writes its year's counts, exact, signed by its vault
(``export_counts``: the same tables as ``dime stats``, no case text and no
references; a file of the signed format of ``handover.bundle`` with
``payload.json`` in plain JSON). The coordinator's vault reads such files from
trusted colleagues (``read_counts_file``), adds its own counts as one more
office, and publishes the merged tables (``publish_merged``):

* one column per office and the merged column (row sums), with the office
  totals (their cases or referrals) and the grand total;
* each table is suppressed as ONE set of cells tied by margins
  (``stats.suppression.suppress_cells``): each row (the merged cell is the sum
  of its office cells), each office column and the merged column where the
  table is a partition (the cells add up to the total), and the grand total =
  the sum of the office totals. So a hidden cell is protected against the
  merged column and every office column together, nested over the thresholds
  like every other output; a table that cannot be protected is left out;
* an office column about fewer cases than the threshold is withheld (every
  cell hidden, zeros too);
* the combination tables are left out of a merged summary (their linked rules
  with the ground tables are per vault; leaving them out is always safe).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dime_desktop.errors import (
    BundleDamaged,
    BundleNotABundle,
    BundleSenderUnknown,
    InputFileError,
    OutputFileError,
)
from dime_desktop.fileio import atomic_write_bytes
from dime_desktop.handover import bundle
from dime_desktop.reference import ReferenceData, default_reference
from dime_desktop.stats.model import MediationCounts, YearCounts
from dime_desktop.stats.suppression import (
    PRIMARY,
    SECONDARY,
    SHOWN,
    Margin,
    display,
    suppress_cells,
)
from dime_desktop.stats.tables import TABLE_SPECS, UNRECORDED, TableSpec, publish_figure

COUNTS_PAYLOAD = "dime-office-counts-payload/1"
MAX_COUNTS_BYTES = 4 * 1024 * 1024
# Left out of a merged summary (see the module docstring).
LEFT_OUT = ("by_ground_combination", "mediation.by_ground_combination")
MERGED_SPECS: tuple[TableSpec, ...] = tuple(s for s in TABLE_SPECS if s.key not in LEFT_OUT)


# --- counts as JSON (every category, unrecorded included) -----------------------------


def counts_to_dict(c: YearCounts) -> dict[str, Any]:
    m = c.mediation
    return {
        "year": c.year,
        "cases": c.cases,
        "by_area": dict(c.by_area),
        "by_ground": dict(c.by_ground),
        "by_ground_combination": dict(c.by_ground_combination),
        "by_channel": dict(c.by_channel),
        "by_incident_type": dict(c.by_incident_type),
        "by_track": dict(c.by_track),
        "unrecorded": dict(c.unrecorded),
        "mediation": {
            "referred": m.referred,
            "by_area": dict(m.by_area),
            "by_ground": dict(m.by_ground),
            "by_ground_combination": dict(m.by_ground_combination),
            "outcomes": dict(m.outcomes),
            "stages": dict(m.stages),
            "unrecorded": dict(m.unrecorded),
        },
    }


def _ints(d: Any) -> dict[str, int]:
    if not isinstance(d, dict):
        raise ValueError("not a table of counts")
    out = {str(k): int(v) for k, v in d.items()}
    if any(v < 0 for v in out.values()):
        raise ValueError("a negative count")
    return out


def counts_from_dict(d: dict[str, Any]) -> YearCounts:
    m = d.get("mediation") or {}
    return YearCounts(
        year=int(d["year"]),
        cases=int(d["cases"]),
        by_area=_ints(d.get("by_area", {})),
        by_ground=_ints(d.get("by_ground", {})),
        by_ground_combination=_ints(d.get("by_ground_combination", {})),
        by_channel=_ints(d.get("by_channel", {})),
        by_incident_type=_ints(d.get("by_incident_type", {})),
        by_track=_ints(d.get("by_track", {})),
        unrecorded=_ints(d.get("unrecorded", {})),
        mediation=MediationCounts(
            referred=int(m.get("referred", 0)),
            by_area=_ints(m.get("by_area", {})),
            by_ground=_ints(m.get("by_ground", {})),
            by_ground_combination=_ints(m.get("by_ground_combination", {})),
            outcomes=_ints(m.get("outcomes", {})),
            stages=_ints(m.get("stages", {})),
            unrecorded=_ints(m.get("unrecorded", {})),
        ),
    )


def add_counts(parts: Sequence[YearCounts], year: int) -> YearCounts:
    """The sum of several offices' counts (every table, category by category)."""
    total = YearCounts(year)

    def add(into: dict[str, int], more: dict[str, int]) -> None:
        for k, v in more.items():
            into[k] = into.get(k, 0) + v

    for c in parts:
        total.cases += c.cases
        for name in (
            "by_area",
            "by_ground",
            "by_ground_combination",
            "by_channel",
            "by_incident_type",
            "by_track",
            "unrecorded",
        ):
            add(getattr(total, name), getattr(c, name))
        total.mediation.referred += c.mediation.referred
        for name in (
            "by_area",
            "by_ground",
            "by_ground_combination",
            "outcomes",
            "stages",
            "unrecorded",
        ):
            add(getattr(total.mediation, name), getattr(c.mediation, name))
    return total


# --- the signed files --------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeCounts:
    office: str
    counts: YearCounts
    file: Path | None = None  # None: this vault's own counts
    sender: str = ""  # the trusted colleague's label
    fingerprint: str = ""
    made_at: str = ""


def export_counts(vault: Any, year: int, office: str, out: Path) -> Path:
    """Write the year's exact counts of this vault, signed by its key."""
    office = " ".join(office.split())
    if not office:
        raise ValueError("an office name is needed")
    counts = vault.statistics.year_counts(year)
    payload = json.dumps(
        {"format": COUNTS_PAYLOAD, "office": office, "counts": counts_to_dict(counts)},
        ensure_ascii=False,
        sort_keys=True,
        indent=1,
    ).encode("utf-8")
    own = vault.identity.ensure()
    file_id = bundle.new_id()
    sent = vault.handover.reserve(file_id, "counts", None, [])
    data = bundle.seal(
        bundle.COUNTS_FORMAT,
        payload,
        own,
        recipient=None,
        sequence=sent.sequence,
        file_id=file_id,
        made_at=sent.made_at,
        office=office,
        extra={"year": year, "office": office},
    )
    try:
        atomic_write_bytes(Path(out), data)
    except OSError as exc:
        vault.handover.forget_sent(file_id)
        raise OutputFileError(Path(out), exc.strerror or str(exc)) from None
    return Path(out)


def read_counts_file(vault: Any, path: Path, year: int | None = None) -> OfficeCounts:
    """A file of office counts whose signature holds and whose sender is a
    trusted colleague (BundleSenderUnknown otherwise); writes nothing."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_COUNTS_BYTES:
            raise BundleNotABundle(path, "The file is far too large to be a file of counts.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(path, "the file does not exist") from None
    except OSError as exc:
        raise InputFileError(path, exc.strerror or str(exc)) from None
    header, sender, entries = bundle.open_signed(path, data, bundle.COUNTS_FORMAT, own=None)
    contact = vault.identity.contact_by_fingerprint(sender.fingerprint)
    if contact is None:
        raise BundleSenderUnknown(
            path,
            "The counts were not signed by a trusted colleague: compare the fingerprint "
            f"{sender.fingerprint} with the office and add it first.",
            sender.fingerprint,
        )
    try:
        doc = json.loads(entries[bundle.PAYLOAD_JSON].decode("utf-8"))
        if doc.get("format") != COUNTS_PAYLOAD:
            raise ValueError("not counts")
        counts = counts_from_dict(doc["counts"])
        office = str(doc["office"])
    except (KeyError, ValueError, TypeError, AttributeError, UnicodeDecodeError):
        raise BundleDamaged(
            path, "The file of counts is damaged: its counts cannot be read."
        ) from None
    if year is not None and counts.year != year:
        raise BundleNotABundle(
            path, f"The file holds the counts of {counts.year}, not of {year}.", str(counts.year)
        )
    return OfficeCounts(
        office, counts, path, contact.label(), sender.fingerprint, str(header["made_at"])
    )


# --- the merged tables -------------------------------------------------------------------


@dataclass(frozen=True)
class MergedRow:
    code: str
    merged: str
    offices: tuple[str, ...]
    exact_merged: int = 0
    exact_offices: tuple[int, ...] = ()


@dataclass(frozen=True)
class MergedTable:
    spec: TableSpec
    rows: tuple[MergedRow, ...]
    total: str
    office_totals: tuple[str, ...]
    omitted: bool = False
    suppressed: bool = False
    states: tuple[str, ...] = ()  # of every cell of the grid (see grid_cells)

    @property
    def key(self) -> str:
        return self.spec.key


@dataclass
class MergedYear:
    year: int
    offices: list[OfficeCounts]
    threshold: int | None
    total: YearCounts
    tables: dict[str, MergedTable] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [o.office for o in self.offices]


def _column(c: YearCounts, spec: TableSpec) -> tuple[dict[str, int], int]:
    if spec.mediation:
        name = spec.key.split(".", 1)[1]
        counts = dict(getattr(c.mediation, name))
        unrec = c.mediation.unrecorded.get(name, 0)
        total = c.mediation.referred
    else:
        counts = dict(getattr(c, spec.key))
        unrec = c.unrecorded.get(spec.key, 0)
        total = c.cases
    if unrec:
        counts[UNRECORDED] = unrec
    return counts, total


def grid_cells(
    values: list[list[int]], totals: list[int], partition: bool
) -> tuple[list[int], list[Margin], list[int]]:
    """Rows x offices, then the merged column (row sums), the office totals and
    the grand total, as one list of cells; the margins tying them; the totals
    (hidden only as a last resort)."""
    rows, offices = len(values), len(totals)
    cells = [v for row in values for v in row]
    merged = [sum(row) for row in values]
    cells += merged + list(totals) + [sum(totals)]
    m0 = rows * offices
    t0 = m0 + rows
    grand = t0 + offices
    margins = [Margin(m0 + r, tuple(r * offices + o for o in range(offices))) for r in range(rows)]
    if partition:
        margins += [
            Margin(t0 + o, tuple(r * offices + o for r in range(rows))) for o in range(offices)
        ]
        margins.append(Margin(grand, tuple(range(m0, m0 + rows))))
    margins.append(Margin(grand, tuple(range(t0, t0 + offices))))
    return cells, margins, [*range(t0, t0 + offices), grand]


def merge_table(
    spec: TableSpec, columns: Sequence[YearCounts], threshold: int | None, ref: ReferenceData
) -> MergedTable:
    parts = [_column(c, spec) for c in columns]
    seen = {code for counts, _ in parts for code, n in counts.items() if n}
    ref_list = ref.kind(spec.kind)
    codes = [c for c in ref_list.codes() if c in seen]
    codes += sorted(c for c in seen if c not in ref_list and c != UNRECORDED)
    if UNRECORDED in seen:
        codes.append(UNRECORDED)
    values = [[counts.get(code, 0) for counts, _ in parts] for code in codes]
    totals = [t for _, t in parts]
    n_off = len(columns)
    cells, margins, last = grid_cells(values, totals, spec.partition)
    if threshold is None:
        states = tuple(SHOWN for _ in cells)
    else:
        pattern = suppress_cells(cells, margins, threshold, last_resort=last)
        if not pattern.safe:
            return MergedTable(
                spec,
                tuple(MergedRow(code, "", tuple("" for _ in columns)) for code in codes),
                publish_figure(sum(totals), threshold),
                tuple(publish_figure(t, threshold) for t in totals),
                omitted=True,
                suppressed=True,
            )
        st = list(pattern.states)
        # a column about fewer cases than the threshold is withheld: zeros too
        for o, t in enumerate(totals):
            if 0 < t < threshold:
                for r in range(len(codes)):
                    if st[r * n_off + o] == SHOWN:
                        st[r * n_off + o] = SECONDARY
        states = tuple(st)

    def show(i: int) -> str:
        return str(cells[i]) if threshold is None else display(cells[i], states[i], threshold)

    m0 = len(codes) * n_off
    rows = tuple(
        MergedRow(
            code,
            show(m0 + r),
            tuple(show(r * n_off + o) for o in range(n_off)),
            cells[m0 + r],
            tuple(values[r]),
        )
        for r, code in enumerate(codes)
    )
    t0 = m0 + len(codes)
    # a total is a key figure elsewhere: never published hidden; leave the table out
    if threshold is not None and any(states[i] == SECONDARY for i in range(t0, t0 + n_off + 1)):
        return MergedTable(
            spec,
            tuple(MergedRow(code, "", tuple("" for _ in columns)) for code in codes),
            publish_figure(sum(totals), threshold),
            tuple(publish_figure(t, threshold) for t in totals),
            omitted=True,
            suppressed=True,
        )
    return MergedTable(
        spec,
        rows,
        show(t0 + n_off),
        tuple(show(t0 + o) for o in range(n_off)),
        suppressed=any(s != SHOWN for s in states),
        states=states,
    )


def publish_merged(
    offices: Sequence[OfficeCounts],
    year: int,
    threshold: int | None,
    ref: ReferenceData | None = None,
) -> MergedYear:
    """The merged summary of ``offices`` (the coordinator's own among them)."""
    ref = ref or default_reference()
    columns = [o.counts for o in offices]
    merged = MergedYear(year, list(offices), threshold, add_counts(columns, year))
    for spec in MERGED_SPECS:
        merged.tables[spec.key] = merge_table(spec, columns, threshold, ref)
    return merged


def merged_json(merged: MergedYear) -> dict[str, Any]:
    """``dime stats --merge --json``: exact merged figures, per office and in total."""
    return {
        "year": merged.year,
        "offices": [
            {"office": o.office, "file": str(o.file) if o.file else None, "sender": o.sender}
            for o in merged.offices
        ],
        "total": merged.total.to_json(),
        "by_office": {o.office: o.counts.to_json() for o in merged.offices},
    }


def office_names_unique(offices: Sequence[OfficeCounts]) -> None:
    """InputFileError when two columns would have the same office name."""
    seen: set[str] = set()
    for o in offices:
        if o.office in seen:
            raise InputFileError(
                o.file or Path("."), f'a column called "{o.office}" is there already'
            )
        seen.add(o.office)


__all__ = [
    "PRIMARY",
    "MergedTable",
    "MergedYear",
    "OfficeCounts",
    "export_counts",
    "merged_json",
    "publish_merged",
    "read_counts_file",
]

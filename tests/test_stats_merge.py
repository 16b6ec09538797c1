"""One yearly summary from several offices: signed count files from real
vaults, merged figures that are the sum of the offices', suppression of the
merged tables AND each office's column (extends the property test of
``test_stats_suppression`` to the published merged tables)."""

from __future__ import annotations

import io
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from dime_desktop.cases.model import Case, CaseGround
from dime_desktop.cli.main import main
from dime_desktop.errors import BundleSenderUnknown, BundleSignatureInvalid
from dime_desktop.handover import service
from dime_desktop.reference import default_reference
from dime_desktop.stats.merge import (
    MERGED_SPECS,
    OfficeCounts,
    add_counts,
    merge_table,
    publish_merged,
    read_counts_file,
)
from dime_desktop.stats.model import YearCounts
from dime_desktop.stats.suppression import SHOWN, CellPattern
from dime_desktop.stats.tables import SPEC_BY_KEY
from dime_desktop.vault import Vault
from tests.handover_helpers import PASSPHRASE, vault_content
from tests.test_stats_suppression import _grid_possible

AREAS = ["work", "housing", "nightlife", "education", "health"]


def _fill(vault: Vault, n: int, seed: int) -> None:
    cases = []
    for i in range(n):
        cases.append(
            Case(
                opened=date(2024, 1 + i % 12, 1 + i % 27),
                area=AREAS[(i * seed) % len(AREAS)],
                grounds=[CaseGround(["ethnicity", "religion", "disability"][(i + seed) % 3])],
                channel=["phone", "email"][i % 2],
            )
        )
    vault.cases.add_many(cases)


@pytest.fixture
def offices(tmp_path: Path, fast_kdf: Any) -> dict[str, Path]:
    paths = {}
    for name, n, seed in (("oslo", 23, 1), ("bergen", 9, 2), ("trondheim", 4, 3)):
        path = tmp_path / name
        vault = Vault.create(path, PASSPHRASE, kdf=fast_kdf).vault
        _fill(vault, n, seed)
        service.export_identity(vault, tmp_path / f"{name}.json")
        vault.close(backup=False)
        paths[name] = path
    vault = Vault.unlock(paths["oslo"], PASSPHRASE)
    service.add_contact(vault, tmp_path / "bergen.json", "Bergen-kontoret")
    service.add_contact(vault, tmp_path / "trondheim.json", "Trondheim-kontoret")
    vault.close(backup=False)
    return paths


def dime(vault: Path, tmp: Path, *args: str) -> int:
    pass_file = tmp / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    return main([*args, "--vault", str(vault), "--passphrase-file", str(pass_file)])


def test_three_offices_merge_to_the_sum_and_the_pdf_names_them(
    offices: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("bergen", "trondheim"):
        out = tmp_path / f"{name}-2024.dimecounts"
        assert (
            dime(
                offices[name],
                tmp_path,
                "stats",
                "export-counts",
                "--year",
                "2024",
                "--office",
                name.capitalize(),
                "--out",
                str(out),
            )
            == 0
        )
        raw = out.read_bytes()
        assert b"DH-2024" not in raw  # counts only, no references
    capsys.readouterr()
    files = [str(tmp_path / f"{n}-2024.dimecounts") for n in ("bergen", "trondheim")]
    merge = [x for f in files for x in ("--merge", f)]
    assert (
        dime(
            offices["oslo"],
            tmp_path,
            "stats",
            "--year",
            "2024",
            "--json",
            "--office",
            "Oslo",
            *merge,
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert [o["office"] for o in data["offices"]] == ["Oslo", "Bergen", "Trondheim"]
    assert data["total"]["cases"] == 23 + 9 + 4
    for key in ("by_area", "by_ground", "by_channel"):
        summed: dict[str, int] = {}
        for office in data["by_office"].values():
            for code, n in office[key].items():
                summed[code] = summed.get(code, 0) + n
        assert data["total"][key] == summed

    pdf = tmp_path / "samlet.pdf"
    assert (
        dime(
            offices["oslo"],
            tmp_path,
            "report",
            "--year",
            "2024",
            "--office",
            "Oslo",
            "--out",
            str(pdf),
            *merge,
        )
        == 0
    )
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Årsstatistikk 2024 for flere kontorer" in text
    assert "bergen-2024.dimecounts" in text and "trondheim-2024.dimecounts" in text
    assert "Oslo" in text and "Trondheim" in text and "36" in text
    assert "<3" in text  # Trondheim's four cases spread thin


def test_counts_from_an_untrusted_or_altered_file_are_refused(
    offices: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "c.dimecounts"
    assert (
        dime(
            offices["trondheim"],
            tmp_path,
            "stats",
            "export-counts",
            "--year",
            "2024",
            "--office",
            "Trondheim",
            "--out",
            str(out),
        )
        == 0
    )
    vault = Vault.unlock(offices["bergen"], PASSPHRASE)  # bergen trusts nobody
    with pytest.raises(BundleSenderUnknown):
        read_counts_file(vault, out, 2024)
    vault.close(backup=False)
    altered = tmp_path / "altered.dimecounts"
    data = out.read_bytes().replace(b'"cases": 4', b'"cases": 5')
    assert data != out.read_bytes()
    altered.write_bytes(data)
    vault = Vault.unlock(offices["oslo"], PASSPHRASE)
    with pytest.raises(BundleSignatureInvalid.__mro__[1]):  # any refusal of the file
        read_counts_file(vault, altered, 2024)
    vault.close(backup=False)
    assert dime(offices["oslo"], tmp_path, "stats", "--year", "2024", "--json") == 0
    before = vault_content(offices["oslo"])  # after its first backup (made on the first close)
    assert (
        dime(
            offices["oslo"], tmp_path, "stats", "--year", "2024", "--json", "--merge", str(altered)
        )
        == 1
    )
    assert vault_content(offices["oslo"]) == before


# --- suppression of the merged tables and the office columns --------------------------


def _office(area_counts: list[int]) -> YearCounts:
    c = YearCounts(2024)
    c.by_area = {AREAS[i]: n for i, n in enumerate(area_counts) if n}
    c.cases = sum(area_counts)
    return c


@settings(max_examples=60, deadline=None)
@given(
    values=st.lists(st.lists(st.integers(0, 5), min_size=2, max_size=2), min_size=2, max_size=3),
    threshold=st.integers(3, 4),
)
def test_published_merged_tables_pin_no_hidden_count(
    values: list[list[int]], threshold: int
) -> None:
    """rows = areas, columns = offices: what ``publish_merged`` shows (the merged
    column, each office's column, the totals) lets no hidden count be worked
    back, by exhaustive search over every grid consistent with it."""
    offices = [_office([values[r][o] for r in range(len(values))]) for o in range(2)]
    totals = [c.cases for c in offices]
    assume(all(t == 0 or t >= threshold for t in totals))  # withheld columns: all hidden
    rows_used = [r for r in range(len(values)) if any(values[r])]
    assume(rows_used)
    grid = [values[r] for r in rows_used]
    table = merge_table(SPEC_BY_KEY["by_area"], offices, threshold, default_reference())
    merged = sum(sum(r) for r in grid)
    assert table.total in (str(merged), f"<{threshold}") or table.omitted
    if table.omitted:
        return
    # the exact cells are the offices' counts and their sums
    for r, row in zip(rows_used, table.rows, strict=True):
        assert row.exact_offices == tuple(values[r])
        assert row.exact_merged == sum(values[r])
    pattern = CellPattern(table.states, tuple(0 for _ in table.states))
    cells = [v for row in grid for v in row] + [sum(r) for r in grid] + totals + [sum(totals)]
    for i, vals in _grid_possible(grid, {threshold: pattern}).items():
        assert cells[i] in vals, "the checker is unsound"
        if cells[i]:
            assert len(vals) > 1, (grid, table.states, i, vals)


def test_every_merged_table_is_the_sum_of_the_offices() -> None:
    a, b = _office([5, 1, 7, 0, 2]), _office([3, 3, 0, 4, 1])
    a.by_ground = {"ethnicity": 6, "religion": 2}
    b.by_ground = {"ethnicity": 1, "disability": 9}
    columns = [OfficeCounts("A", a), OfficeCounts("B", b)]
    merged = publish_merged(columns, 2024, None)
    total = add_counts([a, b], 2024)
    assert merged.total.cases == 26 == total.cases
    for spec in MERGED_SPECS:
        for row in merged.tables[spec.key].rows:
            assert row.exact_merged == sum(row.exact_offices)
    by_area = {r.code: r.exact_merged for r in merged.tables["by_area"].rows}
    assert by_area == {"work": 8, "housing": 4, "nightlife": 7, "education": 4, "health": 3}
    published = publish_merged(columns, 2024, 3).tables["by_area"]
    assert all(r.merged != "1" for r in published.rows)
    assert [r.offices[0] for r in published.rows][1] == "<3"
    assert SHOWN in published.states


def test_copying_a_vault_does_not_make_a_second_trusted_office(
    offices: dict[str, Path], tmp_path: Path
) -> None:
    """Two columns may not carry the same office name."""
    out = tmp_path / "b.dimecounts"
    dime(
        offices["bergen"],
        tmp_path,
        "stats",
        "export-counts",
        "--year",
        "2024",
        "--office",
        "Bergen",
        "--out",
        str(out),
    )
    shutil.copy(out, tmp_path / "b2.dimecounts")
    assert (
        dime(
            offices["oslo"],
            tmp_path,
            "stats",
            "--year",
            "2024",
            "--json",
            "--merge",
            str(out),
            "--merge",
            str(tmp_path / "b2.dimecounts"),
        )
        == 1
    )


@pytest.mark.gui
@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")
def test_the_statistics_screen_makes_the_merged_summary(
    offices: dict[str, Path], tmp_path: Path, qtbot: Any
) -> None:
    from dime_desktop.ui.stats.merge_offices import MergeOffices
    from dime_desktop.ui.stats.statistics_view import StatisticsView

    out = tmp_path / "b.dimecounts"
    dime(
        offices["bergen"],
        tmp_path,
        "stats",
        "export-counts",
        "--year",
        "2024",
        "--office",
        "Bergen",
        "--out",
        str(out),
    )
    vault = Vault.unlock(offices["oslo"], PASSPHRASE)
    vault.identity.set_office("Oslo")
    settings = type("S", (), {"language": "en", "suppression_threshold": 3})()
    view = StatisticsView(vault, settings)
    qtbot.addWidget(view)
    assert view.merge_button.isEnabled()
    run = MergeOffices(view)
    run.files_chosen(2024, [out])
    assert [c.office for c in run.columns] == ["Oslo", "Bergen"]
    pdf = tmp_path / "merged.pdf"
    run.write(2024, pdf)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Statistics 2024 for several offices" in text and "b.dimecounts" in text
    for w in view.findChildren(QWidget_()):
        if w.isWindow() and w is not view:
            w.close()
    vault.close(backup=False)


def QWidget_() -> Any:
    from PySide6.QtWidgets import QWidget

    return QWidget

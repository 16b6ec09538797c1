"""Import timings and peak memory (issue 9 finding 8, issue 14 cause 10).

    .venv/bin/python benchmarks/bench_import.py [--rows 100000 1000000] [--json out.json]

Builds register files in a temporary folder (realistic rows from the demo
generator: labels, dates, summaries, some quoted with commas and newlines),
then measures each step in a fresh process, so that the peak RSS (VmHWM) is
the step's own:

* ``read CSV`` / ``read XLSX``: ``read_register`` of N rows;
* ``import CSV``: ``dime import`` as the CLI does it (read once, then one
  look-up of every reference and one transaction) into a new vault;
* hostile XLSX files of about 1 MB: a sheet whose dimension claims
  A1:XFD1048576, rows with a value in column XFD, a value in row 1,048,576.

Files with more rows than ``MAX_ROWS`` are refused; the time and memory it
takes to refuse them are what is measured then. Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HEADER = [
    "reference",
    "opened",
    "channel",
    "area",
    "grounds",
    "incident_types",
    "track",
    "summary",
    "mediation",
    "mediation_area",
    "mediation_outcome",
    "closed",
]


def _rows(n: int) -> list[list[str]]:
    from dime_desktop.demo.generator import generate_demo_cases
    from dime_desktop.reference import default_reference

    ref = default_reference()
    base = generate_demo_cases(min(n, 20_000))
    out = []
    for i in range(n):
        c = base[i % len(base)]
        summary = c.summary
        if i % 7 == 0:
            summary += ', med "sitat", komma\nog en ny linje'
        out.append(
            [
                f"DH-{c.opened.year}-{i + 1:06d}",
                c.opened.strftime("%d.%m.%Y") if i % 2 else c.opened.isoformat(),
                ref.channels.label(c.channel, "nb") if c.channel else "",
                ref.areas.label(c.area, "nb"),
                ";".join(ref.grounds.label(g, "nb") for g in c.ground_codes()),
                ";".join(c.incident_types),
                c.track,
                summary,
                "ja" if c.mediation.referred else "nei",
                (c.mediation.area or "") if c.mediation.referred else "",
                (c.mediation.outcome or "") if c.mediation.referred else "",
                c.closed.isoformat() if c.closed else "",
            ]
        )
    return out


def write_csv(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(_rows(n))


def write_xlsx(path: Path, n: int) -> None:
    """As Excel writes it: shared strings, the dimension first (openpyxl's
    write-only mode writes inline strings and no dimension, which openpyxl
    reads several times slower)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER)
    for row in _rows(n):
        ws.append(row)
    wb.save(path)


def _rewrite_sheet(path: Path, change: object) -> None:
    """Rewrite xl/worksheets/sheet1.xml of a workbook with ``change(xml)``."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = change(data)  # type: ignore[operator]
            dst.writestr(info, data)
    tmp.replace(path)


def write_hostile(folder: Path) -> dict[str, Path]:
    """About 1 MB each: what made the old import take gigabytes or hours."""
    from openpyxl import Workbook

    files: dict[str, Path] = {}
    # 1. a small sheet claiming to reach XFD1048576
    p = folder / "dimension.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["opened", "area"])
    for _ in range(150_000):
        ws.append(["2019-01-01", "work"])
    wb.save(p)
    _rewrite_sheet(
        p, lambda x: re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', x)
    )
    files["XLSX, dimension A1:XFD1048576"] = p
    # 2. every row with a value in the last column
    p = folder / "wide.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["opened", "area"])
    for r in range(2, 100_000):
        ws.cell(r, 1, "2019-01-01")
        ws.cell(r, 2, "work")
        ws.cell(r, 16384, "x")
    wb.save(p)
    files["XLSX, a value in column XFD of each row"] = p
    # 3. a value in the sheet's last row
    p = folder / "tall.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["opened", "area"])
    for _ in range(150_000):
        ws.append(["2019-01-01", "work"])
    ws.cell(1_048_576, 1, "2019-01-01")
    ws.cell(1_048_576, 2, "work")
    wb.save(p)
    files["XLSX, a value in row 1,048,576"] = p
    return files


_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
limit = int(sys.argv[3]) * 1024 ** 3
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))  # never take the machine down
sys.path.insert(0, {root!r})
from dime_desktop.errors import DimeError
step, path = sys.argv[1], Path(sys.argv[2])
t0 = time.perf_counter()
result = ""
try:
    if step == "read":
        from dime_desktop.importing import read_register
        result = f"{{len(read_register(path)):,}} cases"
    else:
        import dime_desktop.importing as imp
        from dime_desktop.vault import Vault
        from dime_desktop.vault.kdf import KdfParams
        kdf = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)
        where = path.parent / ("vault-" + path.stem)
        cases = imp.read_register(path)  # as dime import: the file's problems first
        vault = Vault.create(where, "korrekt hest batteri stift 2019", kdf=kdf).vault
        try:
            if hasattr(imp, "import_cases"):
                report = imp.import_cases(vault, cases)
            else:  # an older checkout: dime import parsed the file a second time
                report = imp.import_register(vault, path)
        finally:
            vault.close()
        result = f"{{report.added:,}} stored"
except DimeError as exc:
    result = "refused: " + str(exc).splitlines()[0][:90]
except MemoryError:
    result = f"out of memory (over {{sys.argv[3]}} GiB)"
seconds = time.perf_counter() - t0
hwm = 0
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        hwm = int(line.split()[1]) // 1024
print(json.dumps({{"seconds": seconds, "peak_mib": hwm, "result": result}}))
"""


def measure(
    step: str, path: Path, code_root: Path = ROOT, timeout: float = 3600, memory_gib: int = 6
) -> dict[str, object]:
    code = _CHILD.format(root=str(code_root))
    try:
        out = subprocess.run(
            [sys.executable, "-c", code, step, str(path), str(memory_gib)],
            capture_output=True,
            text=True,
            check=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {
            "seconds": timeout,
            "peak_mib": -1,
            "result": f"not finished in {timeout:.0f} s",
            "file_mib": round(path.stat().st_size / (1024 * 1024), 1),
        }
    data: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    data["file_mib"] = round(path.stat().st_size / (1024 * 1024), 1)
    return data


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    p.add_argument("--xlsx-rows", type=int, nargs="+", default=[100_000])
    p.add_argument("--no-import", action="store_true", help="skip the import into a vault")
    p.add_argument("--json", type=Path, default=None)
    p.add_argument(
        "--code",
        type=Path,
        default=ROOT,
        help="the checkout whose dime_desktop is measured (e.g. an older one, to compare)",
    )
    p.add_argument("--timeout", type=float, default=3600, help="seconds per step")
    p.add_argument(
        "--max-memory-gib",
        type=int,
        default=6,
        help="address-space limit per step (an older import took 20 GB for a 1 MB XLSX)",
    )
    args = p.parse_args()
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="dime-bench-import-") as tmp:
        folder = Path(tmp)
        jobs: list[tuple[str, str, Path]] = []
        for n in args.rows:
            f = folder / f"register-{n}.csv"
            write_csv(f, n)
            jobs.append((f"read CSV, {n:,} rows", "read", f))
            if not args.no_import and n <= 400_000:
                jobs.append((f"import CSV, {n:,} rows", "import", f))
        for n in args.xlsx_rows:
            f = folder / f"register-{n}.xlsx"
            write_xlsx(f, n)
            jobs.append((f"read XLSX, {n:,} rows", "read", f))
        for name, f in write_hostile(folder).items():
            jobs.append((name, "read", f))
        for name, step, f in jobs:
            r = measure(step, f, args.code, args.timeout, args.max_memory_gib)
            r["what"] = name
            results.append(r)
            print(
                f"{name:<44} {r['file_mib']:>7} MiB {r['seconds']:>8.1f} s "
                f"{r['peak_mib']:>6} MiB peak  {r['result']}",
                flush=True,
            )
    if args.json:
        meta = {
            "machine": platform.platform(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "date": time.strftime("%Y-%m-%d"),
        }
        args.json.write_text(json.dumps({"meta": meta, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

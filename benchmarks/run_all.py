"""Every figure of issue 14 at one size: the vault beside its unencrypted twin.

    .venv/bin/python benchmarks/run_all.py --cases 100000 [--rounds 5] [--out DIR]
        [--cache-mib M]          # both sides with this page cache (default: the vault's)
        [--twin-cache default]   # the twin with SQLite's default cache instead
        [--skip-gui] [--skip-import]
    .venv/bin/python benchmarks/run_all.py --table DIR/speed-100000.json DIR/speed-300000.json

Builds (once; cached under $DIME_BENCH_CACHE, default /tmp/dime-bench-cache)
the vault of N demo cases and its twin with the same data, then runs, each in
a fresh process:

1. the storage figures (benchmarks/speed/queries.py): every query on both
   sides, interleaved, a first round then ``--rounds`` rounds in use; median
   and spread, and the ratio vault/twin;
2. the GUI figures (benchmarks/speed/gui.py), ``--rounds`` times: the real app
   offscreen, unlock, first screen, search as you type, sort clicks, scroll to
   the end, statistics year switch, lock and unlock again; RSS at each stage,
   the longest main-thread block on a database call, event-loop stalls;
3. the import of N cases with ``dime import`` (time and peak RSS).

Writes ``DIR/speed-N.json`` and ``DIR/speed-N.md`` (a table of every figure
with its goal). ``--table`` prints the README's table from several JSON files.
Nothing here is asserted; the goals are the issue's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from speed.common import PASSPHRASE, ensure_built, kdf_params, machine  # noqa: E402

PYTHON = sys.executable
RATIO_GOAL = 1.3


def run(script: str, *args: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    subprocess.run([PYTHON, str(HERE / "speed" / script), *args], check=True, env=env)


def gui_rounds(cases: int, rounds: int, folder: Path) -> dict[str, Any]:
    samples: dict[str, list[float]] = {}
    rss: dict[str, list[float]] = {}
    db_blocks: dict[str, list[float]] = {}
    db_where: dict[str, str] = {}
    stalls: dict[str, list[float]] = {}
    for n in range(rounds):
        out = folder / f"gui-{cases}-{n}.json"
        run("gui.py", "--cases", str(cases), "--json", str(out))
        data = json.loads(out.read_text())
        for name, values in data["figures"].items():
            samples.setdefault(name, []).extend(values)
        for stage, mib in data["rss_mib"].items():
            rss.setdefault(stage, []).append(mib)
        for stage, entry in data["main_thread_db"].items():
            db_blocks.setdefault(stage, []).append(entry["max_ms"])
            if entry["max_ms"] >= max(db_blocks[stage]):
                db_where[stage] = entry["where"]
        for stage, ms in data["event_loop_stalls_ms"].items():
            stalls.setdefault(stage, []).append(ms)
        print(f"[run_all] GUI round {n + 1}/{rounds} done", file=sys.stderr, flush=True)
    return {
        "figures": {k: _spread(v) for k, v in samples.items()},
        "rss_mib": {k: _spread(v) for k, v in rss.items()},
        "main_thread_db_max_ms": {
            k: {**_spread(v), "where": db_where.get(k, "")} for k, v in db_blocks.items()
        },
        "event_loop_stall_ms": {k: _spread(v) for k, v in stalls.items()},
    }


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "median": round(statistics.median(values), 1),
        "min": round(min(values), 1),
        "max": round(max(values), 1),
        "n": len(values),
    }


def import_figure(cases: int, folder: Path) -> dict[str, Any]:
    """``dime import`` of a register of ``cases`` demo cases into a new vault."""
    from dime_desktop.demo.generator import generate_demo_cases
    from dime_desktop.reference import default_reference
    from dime_desktop.vault import Vault

    csv_path = folder / f"register-{cases}.csv"
    if not csv_path.exists():
        ref = default_reference()
        lines = ["opened,channel,area,grounds,incident_types,track,summary,mediation,closed"]
        for i, start in enumerate(range(0, cases, 10_000)):
            for c in generate_demo_cases(min(10_000, cases - start), seed=77 + i):
                summary = c.summary.replace('"', '""')
                lines.append(
                    f"{c.opened.isoformat()},{c.channel or ''},{c.area},"
                    f"{';'.join(c.ground_codes())},{';'.join(c.incident_types)},{c.track},"
                    f'"{summary}",{"ja" if c.mediation.referred else "nei"},'
                    f"{c.closed.isoformat() if c.closed else ''}"
                )
        csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        del ref
    with tempfile.TemporaryDirectory(prefix="dime-import-") as tmp:
        vault_dir = Path(tmp) / "vault"
        Vault.create(vault_dir, PASSPHRASE, kdf=kdf_params()).vault.close()
        secret = Path(tmp) / "passphrase"
        secret.write_text(PASSPHRASE)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t = time.perf_counter()
        done = subprocess.run(
            [
                PYTHON,
                "-m",
                "dime_desktop.cli.main",
                "import",
                str(csv_path),
                "--vault",
                str(vault_dir),
                "--passphrase-file",
                str(secret),
            ],
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - t
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "seconds": round(seconds, 1),
        "peak_rss_mib": round(max(peak_kib, before) / 1024, 1),
        "ok": done.returncode == 0,
        "output": (done.stdout + done.stderr).strip()[-300:],
        "file_mib": round(csv_path.stat().st_size / 2**20, 1),
    }


# --- the table -------------------------------------------------------------------------

# (figure, goal text, goal in ms or None, where the value comes from)
TABLE: list[tuple[str, str, float | None, str]] = [
    ("unlock without the KDF", "≤ 0.3 s", 300, "q:open without the KDF"),
    ("first screen after unlock", "≤ 0.3 s", 300, "g:first unlock: first screen after unlock"),
    (
        "first screen after a lock and unlock",
        "≤ 0.3 s",
        300,
        "g:after a lock: first screen after unlock",
    ),
    ("'What is due' filled (async)", "report", None, "g:first unlock: what is due filled"),
    ("search, rare word", "≤ 50 ms", 50, "q*:search rare"),
    ("search, common word", "≤ 50 ms", 50, "q*:search common"),
    ("search, 1–3-letter prefixes", "≤ 50 ms", 50, "q*:search prefix"),
    ("search as you type in the app, 1 letter", "≤ 50 ms", 50, "g:search as you type, 1 letters"),
    (
        "search as you type in the app, 2–3 letters",
        "≤ 50 ms",
        50,
        "g:search as you type, 2-3 letters",
    ),
    (
        "search as you type in the app, 4+ letters",
        "≤ 50 ms",
        50,
        "g:search as you type, 4+ letters",
    ),
    ("statistics for one year (not cached)", "≤ 100 ms", 100, "q*:statistics 20"),
    ("statistics for one year, in use", "≤ 100 ms", 100, "q:statistics one year, in use"),
    (
        "statistics screen, switch year",
        "≤ 100 ms, UI never frozen",
        100,
        "g:first unlock: statistics, switch year",
    ),
    ("sort click to rows shown", "report", None, "g:sort click to rows shown"),
    ("sort, first page (every key, both ways)", "report", None, "q*:sort "),
    ("yearly summary PDF", "≤ 2 s", 2000, "q:yearly summary PDF"),
    ("scroll to the end, page by page", "smooth", None, "g:list: scroll to the end, page by page"),
    ("longest page read while scrolling", "≤ 50 ms", 50, "g:list: longest page read"),
    ("Ctrl+End (jump to the last case)", "report", None, "g:list: Ctrl+End"),
    ("repaint of the list", "report", None, "g:repaint of the list"),
]


def _pick(data: dict[str, Any], source: str) -> tuple[float | None, str]:
    kind, _, name = source.partition(":")
    if kind == "q":
        fig = data["queries"]["figures"].get(name)
        if fig is None:
            return None, "–"
        v = fig["vault"]
        return v["median_ms"], f"{_ms(v['median_ms'])} ({_ms(v['min_ms'])}–{_ms(v['max_ms'])})"
    if kind == "q*":
        figs = [f for n, f in data["queries"]["figures"].items() if n.startswith(name)]
        if not figs:
            return None, "–"
        medians = [f["vault"]["median_ms"] for f in figs]
        return max(medians), f"{_ms(min(medians))}–{_ms(max(medians))} ({len(figs)} queries)"
    if kind == "g":
        gui = data.get("gui", {}).get("figures", {})
        figs = [f for n, f in gui.items() if n.startswith(name)]
        if not figs:
            return None, "–"
        f = figs[0]
        return f["max"] if "longest" in name else f["median"], (
            f"{_ms(f['median'])} ({_ms(f['min'])}–{_ms(f['max'])}, n={f['n']})"
        )
    raise ValueError(source)


def _ms(value: float) -> str:
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    if value >= 10:
        return f"{value:.0f} ms"
    return f"{value:.1f} ms"


def rows_for(data: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """(figure, goal, value, holds) rows of one size."""
    rows = []
    for figure, goal_text, goal, source in TABLE:
        value, shown = _pick(data, source)
        holds = "" if goal is None or value is None else ("✓" if value <= goal else "✗")
        rows.append((figure, goal_text, shown, holds))
    figs = data["queries"]["figures"]
    ratios = [f for f in figs.values() if not f.get("absolute_only")]
    within = sum(1 for f in ratios if f["ratio"] is not None and f["ratio"] <= RATIO_GOAL)
    worst = max((f["ratio"] or 0 for f in ratios), default=0)
    rows.append(
        (
            f"every query ≤ {RATIO_GOAL}× the twin (same cache)",
            f"{len(ratios)}/{len(ratios)}",
            f"{within}/{len(ratios)}, worst {worst:.2f}×",
            "✓" if within == len(ratios) else "✗",
        )
    )
    gui = data.get("gui")
    if gui:
        peak = gui["rss_mib"].get("peak (VmHWM)", {}).get("max")
        after = gui["rss_mib"].get("after re-unlock and the same work", {}).get("median")
        lock = gui["rss_mib"].get("after lock", {}).get("median")
        scroll = gui["rss_mib"].get("after scrolling to the end", {}).get("median")
        rows.append(
            (
                "peak RSS (whole run, KDF twice)",
                "≤ 300 MB" if data["cases"] <= 100_000 else "report",
                f"{peak} MiB; after scrolling to the end {scroll}, after a lock {lock}, "
                f"after re-unlock and the same work {after}",
                ("✓" if peak is not None and peak <= 300 else "✗")
                if data["cases"] <= 100_000
                else "",
            )
        )
        blocks = gui["main_thread_db_max_ms"]
        worst_stage = max(blocks.items(), key=lambda kv: kv[1]["max"], default=None)
        if worst_stage is not None:
            stage, entry = worst_stage
            rows.append(
                (
                    "longest main-thread block on a database call",
                    "≤ 50 ms",
                    f"{_ms(entry['max'])} ({stage}: {entry['where']})",
                    "✓" if entry["max"] <= 50 else "✗",
                )
            )
    imp = data.get("import")
    if imp:
        rows.append(
            (
                f"import of {data['cases']:,} cases (dime import, {imp['file_mib']} MiB CSV)",
                "report",
                f"{imp['seconds']} s, peak {imp['peak_rss_mib']} MiB"
                + ("" if imp["ok"] else " (FAILED)"),
                "",
            )
        )
    return rows


def markdown(datas: list[dict[str, Any]]) -> str:
    sizes = [f"{d['cases']:,}" for d in datas]
    lines = [
        "| figure | goal | " + " | ".join(f"{s} cases" for s in sizes) + " |",
        "|---|---|" + "---|" * len(datas),
    ]
    per_size = [rows_for(d) for d in datas]
    for i, (figure, goal, _v, _h) in enumerate(per_size[0]):
        cells = []
        for rows in per_size:
            _f, _g, value, holds = rows[i] if i < len(rows) else ("", "", "–", "")
            cells.append(f"{value} {holds}".strip())
        lines.append(f"| {figure} | {goal} | " + " | ".join(cells) + " |")
    first = datas[0]
    m = first["machine"]
    lines.append("")
    lines.append(
        f"Measured {first['date']} on {m['cpu']} ({m['cores']} cores, {m['memory_mib']} MiB, "
        f"load average {m['load_average'][0]} when it started), {m['system']}, Python "
        f"{m['python']}, SQLite {m['sqlite']} / SQLCipher {m['sqlcipher']}; page cache "
        + ", ".join(f"{d['queries']['cache_kib'] // 1024} MiB" for d in datas)
        + " on both sides; files "
        + ", ".join(f"{d['queries']['file_bytes']['vault'] / 1e6:.0f} MB" for d in datas)
        + f"; medians of {first['rounds']} rounds (storage: in use, after a first round)."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=Path("/tmp/dime-bench-results"))
    ap.add_argument("--cache-mib", type=int, default=0)
    ap.add_argument("--twin-cache", choices=("same", "default"), default="same")
    ap.add_argument("--skip-gui", action="store_true")
    ap.add_argument("--skip-import", action="store_true")
    ap.add_argument("--table", nargs="+", type=Path, help="print the table of these JSON files")
    args = ap.parse_args(argv)
    if args.table:
        print(markdown([json.loads(p.read_text()) for p in args.table]), end="")
        return 0
    if not args.cases:
        ap.error("--cases N (or --table FILES)")
    args.out.mkdir(parents=True, exist_ok=True)
    ensure_built(args.cases)
    result: dict[str, Any] = {
        "cases": args.cases,
        "rounds": args.rounds,
        "date": time.strftime("%Y-%m-%d"),
        "machine": machine(),
    }
    qjson = args.out / f"queries-{args.cases}.json"
    run(
        "queries.py",
        "--cases",
        str(args.cases),
        "--rounds",
        str(args.rounds),
        "--json",
        str(qjson),
        "--cache-mib",
        str(args.cache_mib),
        "--twin-cache",
        args.twin_cache,
    )
    result["queries"] = json.loads(qjson.read_text())
    if not args.skip_gui:
        result["gui"] = gui_rounds(args.cases, args.rounds, args.out)
    if not args.skip_import:
        result["import"] = import_figure(args.cases, args.out)
    out = args.out / f"speed-{args.cases}.json"
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False))
    table = markdown([result])
    (args.out / f"speed-{args.cases}.md").write_text(table)
    print(table)
    print(f"written: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

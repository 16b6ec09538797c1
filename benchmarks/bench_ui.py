"""How quickly the case register opens and searches with 100,000 cases.

    .venv/bin/python benchmarks/bench_ui.py [--cases 100000] [--vault DIR]

Builds (or reuses, with --vault) an encrypted vault of synthetic cases, then
measures, offscreen:

* unlock: the KDF and opening the database (``Vault.unlock``);
* after unlock: ``MainWindow`` built and shown, first page of the list fetched
  and painted (a filled first screen);
* search: from the last keystroke in the search box to the results in the
  list, including the 250 ms typing pause, and the query alone.

Numbers only; speed goals are judged by people, never asserted in tests.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dime_desktop.cases.model import CaseFilter
from dime_desktop.demo.generator import generate_demo_cases
from dime_desktop.vault import Vault

PASSPHRASE = "benchmark passphrase with several words 2019"


@dataclass
class Settings:
    language: str = "nb"
    discreet_default: bool = True


def wait_for(app: QApplication, done: object, timeout_s: float = 60.0) -> None:
    end = time.perf_counter() + timeout_s
    while not done():  # type: ignore[operator]
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if time.perf_counter() > end:
            raise TimeoutError("the list did not fill in time")


def build_vault(path: Path, n: int) -> None:
    t = time.perf_counter()
    created = Vault.create(path, PASSPHRASE)  # calibrated KDF, as in real use
    print(f"created vault (KDF calibrated) in {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    batch = 10_000
    added = 0
    for start in range(0, n, batch):
        cases = generate_demo_cases(min(batch, n - start), seed=start + 1)
        created.vault.cases.add_many(cases)
        added += len(cases)
    print(f"added {added} cases in {time.perf_counter() - t:.1f} s")
    created.vault.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--vault", type=Path, help="reuse/keep this vault folder")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from dime_desktop.ui.shell.main_window import MainWindow

    tmp = None
    if args.vault is None:
        tmp = Path(tempfile.mkdtemp(prefix="dime-bench-"))
        vault_dir = tmp / "vault"
    else:
        vault_dir = args.vault
    try:
        if not Vault.exists(vault_dir):
            build_vault(vault_dir, args.cases)

        unlock_s, first_s = [], []
        window = None
        vault = None
        for _ in range(args.rounds):
            if window is not None:
                window.clear_personal_data()
                window.close()
                window.deleteLater()
            if vault is not None:
                vault.close()
            t0 = time.perf_counter()
            vault = Vault.unlock(vault_dir, PASSPHRASE)
            t1 = time.perf_counter()
            window = MainWindow(vault, Settings())
            window.show()
            wait_for(app, lambda w=window: w.model.rowCount() > 0)
            window.table.viewport().repaint()
            app.processEvents()
            t2 = time.perf_counter()
            unlock_s.append(t1 - t0)
            first_s.append(t2 - t1)
        assert window is not None and vault is not None
        total = vault.cases.count(CaseFilter())
        print(f"cases in vault: {total}")
        print(
            f"unlock (KDF + open): median {statistics.median(unlock_s) * 1000:.0f} ms; "
            f"after unlock to filled first screen: median "
            f"{statistics.median(first_s) * 1000:.0f} ms "
            f"(max {max(first_s) * 1000:.0f} ms)"
        )

        # Scrolling: fetch pages as the view would.
        t = time.perf_counter()
        for _ in range(10):
            window.model.fetchMore()
        print(
            f"10 more pages while scrolling: {(time.perf_counter() - t) * 1000:.0f} ms "
            f"({window.model.rowCount()} rows loaded)"
        )

        for word in ("hijaben", "utleier", "kallenavn hudfargen", "matlukt", "finnesikke"):
            typed, query = [], []
            for _ in range(args.rounds):
                window.search.clear()
                wait_for(app, lambda: not window.search_timer.isActive())
                window._search_task = None
                # Type the word; the clock starts at the last keystroke.
                QTest.keyClicks(window.search, word)
                t0 = time.perf_counter()
                wait_for(
                    app,
                    lambda: window._search_task is not None and not window._search_task.running,
                )
                window.table.viewport().repaint()
                typed.append(time.perf_counter() - t0)
                tq = time.perf_counter()
                window.model.fetch_first_page(window.current_filter())
                query.append(time.perf_counter() - tq)
            print(
                f"search {word!r}: {window.model.total} hits; last keystroke to results "
                f"median {statistics.median(typed) * 1000:.0f} ms (of which 250 ms typing "
                f"pause); query alone median {statistics.median(query) * 1000:.0f} ms"
            )
        window.clear_personal_data()
        window.close()
        # Let the task helper deliver anything still queued before closing.
        QTimer.singleShot(0, app.quit)
        app.exec()
        vault.close()
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The GUI figures of issue 14, measured in the real app (offscreen), one round.

    .venv/bin/python benchmarks/speed/gui.py --cases N --json OUT

Starts the app as ``dime-desktop --vault V`` does (``start_app``), types the
passphrase on the unlock screen and presses Enter, then, as a person would:
waits for the first screen, goes to the case list, types words one letter at
a time (search as you type), clicks every sortable column header twice,
scrolls the list to its end page by page, presses Ctrl+End and Ctrl+Home,
opens the statistics and switches through the years, locks (Ctrl+L's path),
unlocks again and does some of it once more.

Measured: the time of each step, the RSS after each stage and the peak, the
longest main-thread block on a database call (``Database.read`` /
``transaction`` entered on the main thread, lock wait included, with where it
came from) and the longest stall of the event loop (a 5 ms heartbeat timer).
run_all.py runs this in a fresh process per round.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dime_desktop.storage.database import Database
from speed.common import PASSPHRASE, ensure_built, peak_rss_mib, rss_mib

WORDS = ["klienten", "hijab", "prøvesen", "nabo"]
# How often wait_until looks; times that matter are taken in signal handlers
# and event filters, so the look does not round them (and it keeps the main
# thread from taking the interpreter lock from the workers every millisecond).
POLL_MS = 15


class Probe:
    """Main-thread database blocks and event-loop stalls, per stage."""

    def __init__(self) -> None:
        self.stage = "start"
        self.db: dict[str, dict[str, Any]] = {}
        self.stalls: dict[str, float] = {}
        self._last_tick = 0.0

    def set_stage(self, stage: str) -> None:
        self.stage = stage
        self._last_tick = time.perf_counter()

    def db_call(self, seconds: float) -> None:
        ms = seconds * 1000
        entry = self.db.setdefault(self.stage, {"max_ms": 0.0, "calls": 0, "where": ""})
        entry["calls"] += 1
        if ms > entry["max_ms"]:
            entry["max_ms"] = round(ms, 2)
            entry["where"] = _caller()

    def tick(self) -> None:
        now = time.perf_counter()
        if self._last_tick:
            gap = (now - self._last_tick) * 1000 - 5
            if gap > self.stalls.get(self.stage, 0.0):
                self.stalls[self.stage] = round(gap, 1)
        self._last_tick = now


PROBE = Probe()


def _caller() -> str:
    for frame in reversed(traceback.extract_stack(limit=14)[:-3]):
        name = frame.filename
        if "contextlib" in name or name.endswith("gui.py") or name.endswith("database.py"):
            continue
        return f"{Path(name).name}:{frame.lineno} {frame.name}"
    return "?"


def instrument_database() -> None:
    """Time every read/transaction entered on the main thread."""
    for method in ("read", "transaction"):
        plain = getattr(Database, method)

        def wrapped(self: Any, _plain: Any = plain) -> Iterator[Any]:
            main = threading.current_thread() is threading.main_thread()
            start = time.perf_counter()
            with _plain(self) as conn:
                yield conn
            if main:
                PROBE.db_call(time.perf_counter() - start)

        setattr(Database, method, contextlib.contextmanager(wrapped))


def wait_until(condition: Callable[[], bool], timeout_s: float = 120.0) -> float:
    """Run the event loop until ``condition()``; the time it became true."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return time.perf_counter()
    loop = QEventLoop()
    when: list[float] = []
    deadline = time.perf_counter() + timeout_s

    def check() -> None:
        if condition():
            when.append(time.perf_counter())
            loop.quit()
        elif time.perf_counter() > deadline:
            loop.quit()

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not when:
        raise TimeoutError("the app did not get there in time")
    return when[0]


def pause(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Painted:
    """Notes the time of the next paint of a widget."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.at: float | None = None

        class Filter(QObject):
            def eventFilter(inner, watched: Any, event: Any) -> bool:  # noqa: N805
                if event.type() == QEvent.Type.Paint and self.at is None:
                    self.at = time.perf_counter()
                return False

        self._filter = Filter()
        self._watched: Any = None

    def watch(self, widget: Any) -> None:
        self.at = None
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):
                self._watched.removeEventFilter(self._filter)
        self._watched = widget
        widget.installEventFilter(self._filter)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, required=True)
    ap.add_argument("--json", type=Path, required=True)
    args = ap.parse_args(argv)
    bench = ensure_built(args.cases)

    instrument_database()
    gc_pauses: list[float] = []
    gc_start: list[float] = []
    gc_by_stage: dict[str, list[float]] = {}  # full collections (ms) per stage

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_start[:] = [time.perf_counter()]
        elif gc_start and info.get("generation") == 2:
            pause = time.perf_counter() - gc_start[0]
            gc_pauses.append(pause)
            gc_by_stage.setdefault(PROBE.stage, []).append(round(pause * 1000, 1))

    gc.callbacks.append(on_gc)
    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtTest import QTest

    from dime_desktop.ui.shell.app import start_app
    from dime_desktop.ui.shell.settings import AppSettings

    figures: dict[str, list[float]] = {}
    rss: dict[str, float] = {}

    def add(name: str, seconds: float) -> None:
        figures.setdefault(name, []).append(round(seconds * 1000, 2))

    settings = AppSettings.from_file(Path(tempfile.mkdtemp(prefix="dime-bench-")) / "s.ini")
    settings.language = "nb"
    settings.idle_minutes = 60
    rss["process start"] = rss_mib()
    running = start_app(["--vault", str(bench.vault_dir)], settings)
    controller = running.controller
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(PROBE.tick)
    heartbeat.start()
    wait_until(
        lambda: controller.unlock_screen is not None and controller.unlock_screen.isVisible()
    )
    pause(1500)  # a person takes a moment to type the passphrase
    rss["unlock screen"] = rss_mib()

    opened: dict[str, float] = {}
    plain_open = controller.open_main_window

    def open_main_window(vault: Any) -> None:
        opened["enter"] = time.perf_counter()
        PROBE.set_stage("first screen")
        plain_open(vault)
        opened["exit"] = time.perf_counter()

    controller.open_main_window = open_main_window  # type: ignore[method-assign]
    controller.unlock_screen.unlocked.disconnect()
    controller.unlock_screen.unlocked.connect(open_main_window)
    painted = Painted()

    def unlock(label: str) -> Any:
        screen = controller.unlock_screen
        screen.passphrase.setText(PASSPHRASE)
        PROBE.set_stage("unlock")
        opened.clear()
        t_key = time.perf_counter()
        QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
        wait_until(lambda: "exit" in opened)
        window = controller.main_window
        current = window.stack.currentWidget()
        table = getattr(current, "table", None)
        painted.watch(table.viewport() if table is not None else current)
        wait_until(lambda: painted.at is not None and window.model.rowCount() > 0)
        t_painted = painted.at
        add(f"{label}: unlock (KDF and open)", opened["enter"] - t_key)
        add(f"{label}: first screen after unlock", t_painted - opened["enter"])
        due = window.due_view
        first_is_due = window.stack.currentWidget() is due
        # at once to the list and scroll, while What is due is still being read
        PROBE.set_stage("scroll at once after unlock")
        window.navigation.setCurrentRow(0)
        for _ in range(5):
            t = time.perf_counter()
            window.model.fetchMore()
            add(f"{label}: page read at once after unlock", time.perf_counter() - t)
            pause(20)
        if first_is_due:
            t_due = wait_until(lambda: due.model.rowCount() > 0 or "Nothing" in due.summary.text())
            add(f"{label}: what is due filled", t_due - opened["enter"])
        return window

    window = unlock("first unlock")
    rss["after unlock, first screen"] = rss_mib()

    def show_list() -> None:
        window.navigation.setCurrentRow(0)
        window.case_tabs.setCurrentIndex(0)
        wait_until(lambda: window.table.isVisible())

    show_list()
    PROBE.set_stage("repaint")
    for _ in range(15):
        t = time.perf_counter()
        window.table.viewport().repaint()
        add("repaint of the list (one screenful)", time.perf_counter() - t)

    finished: list[float] = []
    started: list[float] = []
    window.search_finished.connect(lambda: finished.append(time.perf_counter()))
    window.search_started.connect(lambda: started.append(time.perf_counter()))

    def search_as_you_type(words: list[str]) -> None:
        PROBE.set_stage("search as you type")
        for word in words:
            window.search.setFocus()
            clear_search()
            for i, ch in enumerate(word):
                count = len(finished)
                t_key = time.perf_counter()
                QTest.keyClick(window.search, ch)
                wait_until(lambda c=count: len(finished) > c)
                t_done = finished[-1]
                letters = "1" if i == 0 else "2-3" if i < 3 else "4+"
                add(f"search as you type, {letters} letters: query", t_done - started[-1])
                add("search as you type: keystroke to rows (incl. 250 ms pause)", t_done - t_key)
        clear_search()

    def clear_search() -> None:
        if window.search.text():
            count = len(finished)
            window.search.clear()
            wait_until(lambda c=count: len(finished) > c)

    search_as_you_type(WORDS)
    rss["after searching"] = rss_mib()

    def click_headers() -> None:
        from dime_desktop.ui.cases.case_table_model import SORT_KEYS

        PROBE.set_stage("sort clicks")
        header = window.table.horizontalHeader()
        for column in SORT_KEYS:
            if window.table.isColumnHidden(column):
                continue  # the client's name, in discreet mode
            for _ in range(2):
                count = len(finished)
                x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
                t = time.perf_counter()
                QTest.mouseClick(
                    header.viewport(),
                    Qt.MouseButton.LeftButton,
                    pos=QPoint(x, header.height() // 2),
                )
                painted.watch(window.table.viewport())
                wait_until(lambda c=count: len(finished) > c and painted.at is not None)
                add("sort click to rows shown", max(finished[-1], painted.at or 0) - t)

    click_headers()
    rss["after sort clicks"] = rss_mib()

    def scroll_to_end(label: str) -> None:
        model = window.model
        count = len(finished)
        model.set_sort_order("opened", True)
        window.run_search()
        wait_until(lambda: len(finished) > count)
        PROBE.set_stage("scroll to end")
        fetches: list[float] = []
        plain_fetch = model.fetchMore

        def fetch(*a: Any) -> None:
            t = time.perf_counter()
            plain_fetch(*a)
            fetches.append(time.perf_counter() - t)

        model.fetchMore = fetch  # type: ignore[method-assign]
        bar = window.table.verticalScrollBar()
        t = time.perf_counter()
        while model.canFetchMore():
            bar.setValue(bar.maximum())  # Qt fetches the next page at the bottom
            pause(0)
        add(f"{label}: scroll to the end, page by page", time.perf_counter() - t)
        if fetches:
            ordered = sorted(fetches)
            add(f"{label}: page read while scrolling, median", ordered[len(ordered) // 2])
            add(
                f"{label}: page read while scrolling, 95th percentile",
                ordered[int(len(ordered) * 0.95)],
            )
        figures.setdefault(f"{label}: pages read while scrolling", []).append(len(fetches))
        add(f"{label}: longest page read while scrolling", max(fetches, default=0.0))
        model.fetchMore = plain_fetch  # type: ignore[method-assign]
        window.table.setFocus()
        PROBE.set_stage("ctrl+home/end")
        t = time.perf_counter()
        QTest.keyClick(window.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        add(f"{label}: Ctrl+Home", time.perf_counter() - t)
        t = time.perf_counter()
        QTest.keyClick(window.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        add(f"{label}: Ctrl+End", time.perf_counter() - t)

    scroll_to_end("list")
    rss["after scrolling to the end"] = rss_mib()

    def statistics(label: str) -> None:
        PROBE.set_stage("statistics")
        t = time.perf_counter()
        view = window.statistics_view
        window.show_view(view)
        wait_until(lambda: getattr(view, "stats", None) is not None and view.table_list.count() > 0)
        add(f"{label}: statistics screen first shown", time.perf_counter() - t)
        PROBE.set_stage("statistics: switch year")
        combo = view.year_combo
        for index in [*range(1, combo.count()), 0]:
            year = combo.itemData(index)
            t = time.perf_counter()
            combo.setCurrentIndex(index)
            t_done = wait_until(lambda y=year: view.stats is not None and view.stats.year == y)
            add(f"{label}: statistics, switch year", t_done - t)

    statistics("first unlock")
    rss["after statistics"] = rss_mib()

    PROBE.set_stage("lock")
    controller.lock("user")
    wait_until(
        lambda: controller.unlock_screen is not None and controller.unlock_screen.isVisible()
    )
    pause(1500)  # deferred deletes and memory given back (if the app does)
    rss["after lock"] = rss_mib()
    controller.unlock_screen.unlocked.disconnect()
    controller.unlock_screen.unlocked.connect(open_main_window)
    window = unlock("after a lock")
    window.search_finished.connect(lambda: finished.append(time.perf_counter()))
    window.search_started.connect(lambda: started.append(time.perf_counter()))
    rss["after re-unlock"] = rss_mib()
    show_list()
    search_as_you_type(WORDS[:2])
    scroll_to_end("after a lock")
    statistics("after a lock")
    rss["after re-unlock and the same work"] = rss_mib()
    rss["peak (VmHWM)"] = peak_rss_mib()

    heartbeat.stop()
    PROBE.set_stage("quit")
    running.stop()
    figures["garbage collections of the oldest generation"] = [len(gc_pauses)]
    if gc_pauses:
        add("longest collection of the oldest generation", max(gc_pauses))
    out = {
        "cases": args.cases,
        "figures": figures,
        "full_collections_ms_by_stage": gc_by_stage,
        "rss_mib": {k: round(v, 1) for k, v in rss.items()},
        "main_thread_db": PROBE.db,
        "event_loop_stalls_ms": PROBE.stalls,
    }
    args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

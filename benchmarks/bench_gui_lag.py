"""Benchmark: how long the window freezes while visiting every section of a big book.

    python benchmarks/bench_gui_lag.py [--book BOOK] [--members 3000 --years 10] [--dir DIR]

Opens the main window offscreen on a demo book (built first unless --book names one that
exists), then shows each section in turn. A 10 ms timer on the GUI thread notes how late
each of its ticks arrives: a tick that arrives 800 ms late means the window was frozen for
800 ms. Each section is watched until the worker has answered its loads and the window has
been idle for a moment, and the worst lateness per section is printed, next to how long
the section took to show its data (the worker's time, during which the window stays live).
The goal is no freeze above 100 ms.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from koperasi.book import Book
from koperasi.demo import build_demo

TODAY = datetime.date(2026, 11, 27)
TICK_MS = 10
GOAL_MS = 100


class LagProbe:
    """A timer that records its own lateness: the longest the event loop was blocked."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self._last = 0

    def start(self) -> None:
        self.clock.start()
        self._last = self.clock.elapsed()
        self.timer.start()

    def reset(self) -> None:
        self.worst = 0.0
        self._last = self.clock.elapsed()

    def note(self, blocked_ms: float) -> None:
        """A stretch the caller knows the loop was blocked (a call made from here)."""
        self.worst = max(self.worst, blocked_ms)

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self._last - TICK_MS)
        self._last = now


def pump(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def visit(app, window, runner, probe, index: int, timeout: float = 120.0) -> tuple[float, float]:
    """Show section `index`; (worst freeze ms, seconds until its data was shown)."""
    return watch(app, runner, probe, lambda: window.show_page(index), timeout)


def watch(app, runner, probe, action, timeout: float = 120.0) -> tuple[float, float]:
    """Do `action` on the GUI thread; (worst freeze ms, seconds until the worker was done)."""
    pump(app, 0.3)
    probe.reset()
    started = time.perf_counter()
    action()
    probe.note((time.perf_counter() - started) * 1000)
    quiet_since = None
    while time.perf_counter() - started < timeout:
        app.processEvents()
        time.sleep(0.002)
        if runner.busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.perf_counter()
        elif time.perf_counter() - quiet_since > 0.5:
            break
    loaded = (quiet_since or time.perf_counter()) - started
    return probe.worst, loaded


def common_actions(app, window, runner, probe) -> list[tuple[str, float, float]]:
    """The treasurer's everyday actions: open a member's page, go to the weighing form,
    save a delivery; (name, worst freeze ms, seconds until done) each."""
    results = []
    members = window.members
    window.show_page(window.pages.index(members))
    pump(app, 0.5)

    def open_member() -> None:
        members.table.selectRow(0)
        members.open_member()

    results.append(("open member", *watch(app, runner, probe, open_member)))
    page = getattr(members, "member_page", None)
    if page is not None:
        page.close()
    deliveries = window.deliveries
    index = window.pages.index(deliveries)
    results.append(("weighing form", *watch(app, runner, probe, lambda: window.go(index, "new"))))
    form = deliveries.form
    label = next(iter(form._members), "")
    form.member_edit.setText(label)
    form.gross_edit.setText("120,5")
    if form.quality_edit.isVisibleTo(form):
        form.quality_edit.setText("55")
    if form.values() is None:
        print("the delivery was refused; save not measured")
    else:
        results.append(("save delivery", *watch(app, runner, probe, deliveries.save)))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--book", type=Path, help="a demo book to reuse (built when missing)")
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--rounds", type=int, default=2, help="visits of every section")
    args = parser.parse_args()

    path = args.book or args.dir / f"demo-{args.members}x{args.years}.koperasi"
    if not path.exists():
        print(f"building {path} ({args.members} members, {args.years} years)…", flush=True)
        started = time.perf_counter()
        build_demo(path, members=args.members, years=args.years, today=TODAY)
        print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    Book.clock = staticmethod(lambda: TODAY)

    from koperasi.gui.main_window import MainWindow
    from koperasi.gui.worker import BookRunner

    app = QApplication.instance() or QApplication(sys.argv)
    settings_dir = tempfile.mkdtemp(prefix="bench-gui-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    runner = BookRunner()
    window = MainWindow(runner, QSettings())
    window.resize(1366, 728)
    window.show()
    probe = LagProbe()
    probe.start()
    started = time.perf_counter()
    runner.open_book_sync(path)
    print(f"book opened in {time.perf_counter() - started:.1f} s: {path}")

    worst: dict[str, float] = {}
    loaded: dict[str, float] = {}
    for _ in range(args.rounds):
        for index, page in enumerate(window.pages):
            lag, seconds = visit(app, window, runner, probe, index)
            title = page.title()
            worst[title] = max(worst.get(title, 0.0), lag)
            loaded[title] = max(loaded.get(title, 0.0), seconds)
    for title, lag, seconds in common_actions(app, window, runner, probe):
        worst[title], loaded[title] = lag, seconds
    # The figures depend on what else the machine runs: a busy machine doubles them.
    print(
        f"\nload average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs"
    )
    print(f"{'section or action':<24} {'worst freeze':>13} {'data shown':>11}")
    for title, lag in worst.items():
        flag = "" if lag <= GOAL_MS else f"  > {GOAL_MS} ms"
        print(f"{title:<24} {lag:>10.0f} ms {loaded[title]:>9.1f} s{flag}")
    runner.shutdown()
    return 0 if max(worst.values()) <= GOAL_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())

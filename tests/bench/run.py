"""Benchmarks of the foundation: one command, figures printed.

    .venv/bin/python -m tests.bench.run [--households 100000] [--db FILE]

Prints:
- the demo generation rate (households per second);
- cold start to first painted main window (a fresh process on a 10,000-household
  demo base, offscreen), best and median of several starts;
- search-as-you-type latency over the base: each keystroke of realistic queries
  typed into the real search box, time from the keystroke to the model holding the
  count and the first page of results (median and worst);
- the CALEOL minutes of a 40-dwelling session (120 candidates): HTML, PDF/A, DOCX,
  ``generate_draft`` (``tests/bench/bench_minutes.py``);
- with ``--reports``: the four reports (figures, PDF, Excel) on the big base after a
  year of activity is added (``tests/bench/bench_reports.py``).
Targets (issue 2): window under 1.5 s; median keystroke under 50 ms at 100,000.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]

COLD_START = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from desktop.ui.app import create_application
from desktop.storage.db import open_database
from desktop.services.context import system_actor
from desktop.domain.roles import Role
app = create_application([])
db = open_database(sys.argv[2])
from desktop.ui.main_window import MainWindow
w = MainWindow(db, system_actor())
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time() - t0:.4f}", flush=True)
            app.exit(0)
        return False
f = Painted()
w.tenant_page.view.viewport().installEventFilter(f)
w.show()
QTimer.singleShot(10000, lambda: app.exit(1))
sys.exit(app.exec())
"""


def make_base(path: Path, households: int) -> float:
    """Generate the demo base; returns households per second."""
    from desktop.services import demo
    from desktop.services.context import Actor
    from desktop.domain.roles import Role
    from desktop.storage.db import open_database

    db = open_database(str(path))
    started = time.perf_counter()
    demo.generate(db, Actor("bench", role=Role.ADMIN), households=households)
    elapsed = time.perf_counter() - started
    db.dispose()
    return households / elapsed


def cold_start(path: Path, runs: int = 5) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.time()
        proc = subprocess.run(
            [sys.executable, "-c", COLD_START, repr(t0), str(path)],
            capture_output=True, text=True, cwd=ROOT, timeout=60,
        )
        line = [x for x in proc.stdout.splitlines() if x.startswith("painted")]
        if proc.returncode != 0 or not line:
            raise RuntimeError(f"cold start failed: {proc.stdout}\n{proc.stderr}")
        out.append(float(line[0].split()[1]))
    return out


def queries_from(db, count: int = 12) -> list[str]:
    """Realistic searches: names, contract numbers, dwellings, streets, towns."""
    from desktop.services import tenants
    from desktop.services.context import Actor
    from desktop.domain.roles import Role

    rng = random.Random(7)
    rows = tenants.search(db, Actor("bench", role=Role.ADMIN), tenants.TenantQuery(status=None), offset=0, limit=2000)
    picks = rng.sample(rows, min(count, len(rows)))
    out = []
    for i, r in enumerate(picks):
        kind = i % 4
        if kind == 0:
            out.append(r.display_name.split()[0].lower()[:6])
        elif kind == 1:
            out.append(r.contract_number[:9])
        elif kind == 2:
            out.append(r.dwelling_reference)
        else:
            out.append(" ".join(r.address.split(",")[0].split()[1:3]))
    out += ["élo", "martin", "rue de la", "bordeaux", "33"]
    return out


def search_latency(path: Path) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from desktop.storage.db import open_database
    from desktop.ui.tenant_list import TenantListPage

    app = QApplication.instance() or QApplication([])
    db = open_database(str(path))
    page = TenantListPage(db)
    page.resize(1200, 700)
    page.show()
    app.processEvents()
    timings = []
    for query in queries_from(db):
        page.search.clear()
        app.processEvents()
        for i in range(1, len(query) + 1):
            started = time.perf_counter()
            page.search.setText(query[:i])  # textChanged -> SQL count + first page
            app.processEvents()
            timings.append((time.perf_counter() - started) * 1000)
    db.dispose()
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--db", help="reuse (or create) this base instead of a temporary one")
    parser.add_argument("--reports", action="store_true",
                        help="also time the four reports (figures, PDF, Excel) on the big base "
                        "after adding a year of activity (tests/bench/bench_reports.py)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(args.db) if args.db else Path(tmp) / "bench-big.sqlite"
        print(f"Parcours benchmarks — {os.cpu_count()} CPU, Python {sys.version.split()[0]}")
        if not big.exists():
            rate = make_base(big, args.households)
            print(f"demo generation: {args.households:,} households at {rate:,.0f} households/s")
        small = Path(tmp) / "bench-10k.sqlite"
        rate_small = make_base(small, 10_000)
        print(f"demo generation: 10,000 households at {rate_small:,.0f} households/s")
        starts = cold_start(small)
        print(f"cold start to first painted window (10,000 households): "
              f"best {min(starts):.2f} s, median {statistics.median(starts):.2f} s "
              f"(target < 1.5 s)")
        starts_big = cold_start(big, runs=3)
        print(f"cold start to first painted window ({args.households:,} households): "
              f"median {statistics.median(starts_big):.2f} s")
        timings = search_latency(big)
        print(f"search as you type over {args.households:,} households: "
              f"{len(timings)} keystrokes, median {statistics.median(timings):.1f} ms, "
              f"p90 {sorted(timings)[int(len(timings) * 0.9)]:.1f} ms, "
              f"worst {max(timings):.1f} ms (target median < 50 ms)")
        from tests.bench import bench_minutes  # CALEOL minutes (issue 7)

        bench_minutes.report(bench_minutes.run())
        if args.reports:  # reports (issue 8), on the big base
            from tests.bench import bench_reports

            bench_reports.print_figures(bench_reports.run(args.households, str(big)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

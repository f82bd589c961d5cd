"""Benchmark: the four reports (figures, PDF, Excel) on the 100,000-household demo base.

    .venv/bin/python -m tests.bench.bench_reports [--households 100000] [--db FILE]

Generates the demo base (or reuses ``--db``, as ``bench_arrears`` does), then adds a
year of activity: payment plans with their payments and notices entered through the
services day after day (``tests/report_data.py``), a vigilance campaign and CALEOL
sessions. Prints, for each report over those twelve months and all agencies:
- the figures (SQL aggregation), median of 5 runs, and for one agency;
- the PDF (HTML, SVG charts, WeasyPrint in its worker process, warm);
- the Excel workbook (pandas + openpyxl).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path


def _timed(func, runs: int = 1):
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def period(on: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """Twelve months: from the 1st of the month eleven months before yesterday's."""
    on = on or dt.date.today()
    end = on - dt.timedelta(days=1)
    year, month = (end.year, 1) if end.month == 12 else (end.year - 1, end.month + 1)
    return dt.date(year, month, 1), end


def prepare(db, households: int, plans: int, notices: int, figures: dict) -> None:
    """The demo base and a year of activity (once: the base is reused with --db)."""
    from sqlalchemy import func, select

    from desktop.domain.roles import Role
    from desktop.services import demo
    from desktop.services.context import Actor
    from desktop.storage.models import PaymentPlan
    from tests import report_data

    actor = Actor("bench", "Banc d'essai", role=Role.ADMIN)
    with db.reader() as s:
        empty = not s.scalar(select(func.count()).select_from(PaymentPlan))
    if demo.household_count(db) == 0:
        figures["generation_s"], _ = _timed(lambda: demo.generate(db, actor, households))
    if empty:
        start, end = period()
        figures["activity_s"], seeded = _timed(
            lambda: report_data.seed_activity(db, actor, start, end, plans=plans, notices=notices)
        )
        figures["activity"] = (len(seeded.plans), seeded.payments, len(seeded.notices))
        report_data.seed_campaign(db, start, end, targets=5_000)
        report_data.seed_caleol(db, start, end, sessions=48)


def run(
    households: int = 100_000,
    db_path: str | None = None,
    folder: Path | None = None,
    plans: int = 3_000,
    notices: int = 3_000,
) -> dict:
    from desktop.documents.html import HtmlRenderer
    from desktop.domain.roles import Role
    from desktop.services import agencies, demo, reports
    from desktop.services.context import Actor
    from desktop.storage.db import open_database

    actor = Actor("bench", "Banc d'essai", role=Role.ADMIN)
    folder = folder or Path(tempfile.mkdtemp(prefix="parcours-bench-reports-"))
    path = Path(db_path) if db_path else folder / "reports.sqlite"
    db = open_database(str(path))
    figures: dict = {"households": households, "reports": {}}
    renderer = HtmlRenderer()
    try:
        prepare(db, households, plans, notices, figures)
        figures["households"] = demo.household_count(db)
        start, end = period()
        figures["period"] = (start, end)
        agency = sorted(a.code for a in agencies.list_agencies(db))[0]
        # Warm the WeasyPrint worker (its import and fonts) once, off the timings.
        reports.export_report(
            db, actor, "conges", start, end, None, folder / "warm.pdf", renderer=renderer
        )
        for name in reports.report_names():
            row = {}
            row["figures_s"], data = _timed(
                lambda name=name: reports.build_report(db, actor, name, start, end), runs=5
            )
            row["figures_agency_s"], _ = _timed(
                lambda name=name: reports.build_report(db, actor, name, start, end, agency),
                runs=5,
            )
            row["pdf_s"], _ = _timed(
                lambda name=name: reports.export_report(
                    db, actor, name, start, end, None, folder / f"{name}.pdf", renderer=renderer
                )
            )
            row["xlsx_s"], _ = _timed(
                lambda name=name: reports.export_report(
                    db, actor, name, start, end, None, folder / f"{name}.xlsx"
                )
            )
            row["tables"], row["charts"] = len(data.tables()), len(data.charts())
            row["key"] = [(k.label, k.value, k.kind) for k in data.key_figures[:2]]
            figures["reports"][name] = row
        figures["agency"] = agency
    finally:
        renderer.close()
        db.dispose()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--plans", type=int, default=3_000)
    parser.add_argument("--notices", type=int, default=3_000)
    parser.add_argument("--db", help="reuse (or create) this base")
    args = parser.parse_args(argv)
    f = run(args.households, args.db, plans=args.plans, notices=args.notices)
    print_figures(f)
    return 0


def print_figures(f: dict) -> None:
    from desktop.reports.figures import format_value

    if "generation_s" in f:
        print(f"demo base: {f['households']:,} households in {f['generation_s']:.1f} s")
    if "activity_s" in f:
        p, pay, n = f["activity"]
        print(
            f"a year of activity through the services: {p:,} plans, {pay:,} payments, "
            f"{n:,} notices in {f['activity_s']:.0f} s"
        )
    start, end = f["period"]
    print(f"reports over {f['households']:,} households, {start:%d/%m/%Y} to {end:%d/%m/%Y}:")
    print(f"  {'report':<9} {'figures':>9} {'1 agency':>9} {'PDF':>8} {'Excel':>8}  content")
    for name, r in f["reports"].items():
        key = ", ".join(f"{label} {format_value(v, kind)}" for label, v, kind in r["key"])
        print(
            f"  {name:<9} {r['figures_s'] * 1000:>7.0f} ms {r['figures_agency_s'] * 1000:>6.0f} ms "
            f"{r['pdf_s']:>6.2f} s {r['xlsx_s']:>6.2f} s  {r['tables']} tables, "
            f"{r['charts']} charts ({key})"
        )


if __name__ == "__main__":
    raise SystemExit(main())

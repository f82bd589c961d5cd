"""Benchmark: recompute the arrears list (and re-read the plans in force) over a demo base.

    .venv/bin/python -m tests.bench.bench_arrears [--households 100000] [--plans 3000] [--db FILE]

Generates the demo base (or reuses ``--db``), puts a signed repayment plan on the first
``--plans`` files in debt (through the services, as users would), then prints:
- the arrears list over all tenant files (every file in debt or under an agreement:
  debt, months of debt, agreement status, next action), median of 5 runs;
- the same with a filter (2 months of debt and more);
- re-reading the plans in force when nothing changed, then three months later (most
  plans become breached: status, follow-ups, timeline and audit written);
- the Excel export of the whole list.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path


def _timed(func, runs: int = 1):
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def run(
    households: int = 100_000,
    plan_count: int = 3_000,
    db_path: str | None = None,
    folder: Path | None = None,
) -> dict:
    from desktop.domain.roles import Role
    from desktop.domain.schedule import PaymentPlanType, PlanStatus
    from desktop.services import demo, plans
    from desktop.services.context import Actor
    from desktop.storage.db import open_database

    actor = Actor("bench", role=Role.ADMIN)
    folder = folder or Path(tempfile.mkdtemp(prefix="parcours-bench-arrears-"))
    path = Path(db_path) if db_path else folder / "arrears.sqlite"
    fresh = not path.exists()
    db = open_database(str(path))
    figures: dict = {"households": households}
    try:
        if fresh:
            figures["generation_s"], _ = _timed(lambda: demo.generate(db, actor, households))
        rows = plans.arrears_list(db, actor)
        without_plan = [r for r in rows if r.plan_id is None]
        started = time.perf_counter()
        made = 0
        for r in without_plan[:plan_count]:
            terms = plans.terms_from_lease(
                db, actor, r.household_id, PaymentPlanType.PLAN_APUREMENT
            )
            terms.months = 12
            pid = plans.create_plan(db, actor, r.household_id, terms)
            plans.change_status(db, actor, pid, PlanStatus.SIGNE, 1)
            made += 1
        figures["plans_created"] = made
        figures["plan_creation_ms_each"] = (time.perf_counter() - started) / max(made, 1) * 1000
        figures["list_s"], rows = _timed(lambda: plans.arrears_list(db, actor), runs=5)
        figures["rows"] = len(rows)
        figures["list_filtered_s"], filtered = _timed(
            lambda: plans.arrears_list(db, actor, plans.ArrearsQuery(min_months=Decimal("2"))),
            runs=5,
        )
        figures["rows_filtered"] = len(filtered)
        figures["evaluate_unchanged_s"], _ = _timed(lambda: plans.evaluate_plans(db, actor))
        later = dt.date.today() + dt.timedelta(days=92)
        figures["evaluate_breach_s"], result = _timed(
            lambda: plans.evaluate_plans(db, actor, later)
        )
        figures["breached"] = len(result.breached)
        figures["export_s"], _ = _timed(lambda: plans.export_arrears(rows, folder / "impayes.xlsx"))
    finally:
        db.dispose()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--plans", type=int, default=3_000)
    parser.add_argument("--db", help="reuse (or create) this base")
    args = parser.parse_args(argv)
    f = run(args.households, args.plans, args.db)
    if "generation_s" in f:
        print(f"demo base: {f['households']:,} households in {f['generation_s']:.1f} s")
    print(
        f"plans created through the services: {f['plans_created']:,} "
        f"({f['plan_creation_ms_each']:.1f} ms each, create + sign)"
    )
    print(
        f"arrears list over {f['households']:,} tenant files: {f['rows']:,} rows in "
        f"{f['list_s'] * 1000:.0f} ms (median of 5)"
    )
    print(
        f"arrears list, 2 months of debt and more: {f['rows_filtered']:,} rows in "
        f"{f['list_filtered_s'] * 1000:.0f} ms"
    )
    print(f"re-reading the plans in force, nothing due: {f['evaluate_unchanged_s'] * 1000:.0f} ms")
    print(
        f"re-reading the plans in force 3 months later: {f['breached']:,} breached in "
        f"{f['evaluate_breach_s']:.1f} s"
    )
    print(f"Excel export of the list: {f['export_s']:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: writes with their audit event, against the same writes without it.

    .venv/bin/python -m tests.bench.bench_audit [--writes 1000] [--db URL]
    .venv/bin/python -m tests.bench.run --only audit [--audit-writes 1000] [--audit-db URL]

Every write of the application records an audit event, sealed at the commit
(``services/audit._seal``: the snapshots of a household's records encrypted with its
key, the event chained to the one before under the chain head's lock). Two kinds of
writes, through the services as a user makes them, on a demo base (a fresh SQLite
file, or ``--db``: an empty PostgreSQL base, migrated here):

- a call recorded on a campaign's call sheet (``campaigns.record_call``, nobody
  reached: the sheet moves to its next step), an event about a household's record;
- a tenant file edited (``tenants.update_tenant_file``, its notes: read, then saved,
  two events), an event about the household itself; the households called before.

The calls are timed twice on the same ``writes`` sheets: the first event about each
household creates its key, the second finds it (the usual case). Each case is timed
on ``writes`` rows and, in alternate blocks, on as many other rows with the audit
sealing switched off (the events queued and dropped): that floor is what the write
costs without its audit event. Printed: milliseconds per write (wall time, and this
process's CPU time: less sensitive to the machine's load), the audit's cost per
write, SQL statements per write.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import tempfile
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path


@contextmanager
def _statements(db):
    """Counts the SQL statements sent on ``db``'s engine (``count[0]``)."""
    from sqlalchemy import event

    count = [0]

    def seen(*_args) -> None:
        count[0] += 1

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        yield count
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


@contextmanager
def _without_audit():
    """The audit sealing switched off: events are queued and dropped with the session."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from desktop.services import audit

    event.remove(Session, "before_commit", audit._seal)
    try:
        yield
    finally:
        event.listen(Session, "before_commit", audit._seal)


_BLOCK = 25  # writes timed in a row, alternately with and without audit


def _timed(db, write, with_audit, without) -> dict:
    """``write(item)`` over ``with_audit``, and over ``without`` with the sealing off,
    in alternate blocks (a change of the machine's load falls on both): ms of wall
    and CPU time and SQL statements per write, each way."""
    totals = {way: [0.0, 0.0, 0] for way in ("audit", "floor")}
    for start in range(0, len(with_audit), _BLOCK):
        for way, items in (("audit", with_audit), ("floor", without)):
            block = items[start : start + _BLOCK]
            with _statements(db) as count, _without_audit() if way == "floor" else nullcontext():
                wall, cpu = time.perf_counter(), time.process_time()
                for item in block:
                    write(item)
                total = totals[way]
                total[0] += time.perf_counter() - wall
                total[1] += time.process_time() - cpu
                total[2] += count[0]
    n = len(with_audit)
    return {way: (w * 1000 / n, c * 1000 / n, k / n) for way, (w, c, k) in totals.items()}


def run(writes: int = 1000, url: str | None = None) -> dict:
    """Figures of ``writes`` campaign calls and tenant file edits, with and without
    their audit events (ms and statements per write)."""
    from desktop.domain.campaign import CampaignTerms
    from desktop.domain.roles import Role
    from desktop.services import accounts, campaigns, demo, saved_queries, tenants
    from desktop.services.campaigns import CallEntry
    from desktop.services.context import Actor
    from desktop.services.tenants import TenantQuery
    from desktop.storage.db import open_database

    admin = Actor("bench", role=Role.ADMIN)
    with tempfile.TemporaryDirectory(prefix="parcours-bench-audit-") as folder:
        db = open_database(url or f"sqlite:///{Path(folder) / 'audit.sqlite'}")
        try:
            # Seniors are about one household in six: enough of them for 2 × writes calls.
            demo.generate(db, admin, max(200, 14 * writes))
            uid = accounts.create_user(
                db,
                admin,
                "appels.bench",
                "Appels Bench",
                Role.AGENT,
                "Appels-2026!",
                agency_code=demo.AGENCIES[0][0],
                must_change_password=False,
            )
            saved_queries.save_query(db, admin, "Bench 70", TenantQuery(senior_only=True))
            today = dt.date.today()
            cid = campaigns.create_campaign(
                db,
                admin,
                CampaignTerms(
                    name="Bench",
                    query_name="Bench 70",
                    start_on=today,
                    planned_end_on=today + dt.timedelta(days=30),
                    purpose="Mesure",
                ),
                [uid],
            )
            campaigns.start_campaign(db, admin, cid, on=today)
            targets = campaigns.target_list(db, admin, cid, limit=2 * writes)
            versions = {r.id: r.version for r in targets}
            sheets = list(versions)
            # The files edited are the called households: their keys exist then.
            files = [r.household_id for r in targets]
            n = min(writes, len(sheets) // 2)

            def call(sheet: int) -> None:
                versions[sheet] = campaigns.record_call(
                    db, admin, sheet, CallEntry(), expected_version=versions[sheet]
                ).target_version

            def edit(household_id: int) -> None:
                view = tenants.get_tenant_file(db, admin, household_id)
                data = dataclasses.replace(view.data, notes=f"{view.data.notes} (relu)".strip())
                tenants.update_tenant_file(db, admin, household_id, data, view.version)

            figures: dict = {"writes": n, "engine": db.engine.dialect.name}
            calls, others = sheets[:n], sheets[n : 2 * n]
            # A household's first event creates its key; the second call on the same
            # sheets finds it (the usual case).
            figures["first"] = _timed(db, call, calls, others)
            figures["call"] = _timed(db, call, calls, others)
            figures["edit"] = _timed(db, edit, files[:n], files[n : 2 * n])
        finally:
            db.dispose()
    return figures


def report(f: dict) -> None:
    print(
        f"Writes with audit ({f['engine']}, {f['writes']:,} of each; floor: the same writes "
        "without their audit event; ms per write, wall / CPU of this process)"
    )
    for key, label in (
        ("first", "campaign call, 1st event"),
        ("call", "campaign call recorded"),
        ("edit", "tenant file edited"),
    ):
        (ms, cpu, stmts), (floor_ms, floor_cpu, floor_stmts) = f[key]["audit"], f[key]["floor"]
        print(
            f"  {label:<26} {ms:6.2f} / {cpu:5.2f} ms  floor {floor_ms:6.2f} / {floor_cpu:5.2f} ms"
            f"  audit +{ms - floor_ms:5.2f} / +{cpu - floor_cpu:5.2f} ms  "
            f"({stmts:.1f} SQL statements, {floor_stmts:.1f} without)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=1000)
    parser.add_argument("--db", help="an empty PostgreSQL base (default: a fresh SQLite file)")
    args = parser.parse_args(argv)
    report(run(args.writes, args.db))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

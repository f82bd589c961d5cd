"""A big benchmark base, fast: the demo generator's households written in bulk.

    .venv/bin/python -m tests.bench.bulk FILE_OR_URL --households 1000000

The households are the demo generator's own (``demo.generate``: the same names,
addresses, list columns and search tokens as the application writes, inserted with
executemany in chunks). What makes a million households affordable here is the load
around it, which a benchmark base can afford and a user's base cannot:

- the secondary indexes of the tables the generator fills are dropped first and
  built again at the end (one sort per index instead of a B-tree insertion per row,
  which at a million households no longer fits in the cache);
- SQLite: no rollback journal and no fsync during the load (a base in a temporary
  folder, thrown away if the load fails); PostgreSQL: ``synchronous_commit`` off.

The base is then the application's own (same schema, same indexes, at its latest
migration). ``tests/bench/run.py`` uses it above ``BULK_FROM`` households; CI's
``--small`` run keeps the plain ``demo.generate``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sqlalchemy import event

#: Tables the demo generator fills (their secondary indexes are built after the load).
TABLES = ("dwelling", "household", "occupant", "lease", "search_token", "timeline_event")
BULK_FROM = 50_000


def _sqlite_indexes(connection) -> list[tuple[str, str]]:
    marks = ",".join("?" for _ in TABLES)
    return connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        TABLES,
    ).fetchall()


def _postgres_indexes(connection) -> list[tuple[str, str]]:
    # Indexes that back a constraint (primary keys, unique constraints) are kept.
    return connection.exec_driver_sql(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i "
        "WHERE i.schemaname = current_schema() AND i.tablename = ANY(%(tables)s) "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) "
        "ORDER BY i.indexname",
        {"tables": list(TABLES)},
    ).fetchall()


def make_big_base(target: str, households: int, log=print) -> float:
    """Create (migrate) and fill the base ``target`` (a SQLite file or a PostgreSQL
    URL) with ``households`` demo households; returns households per second."""
    from desktop.domain.roles import Role
    from desktop.services import demo
    from desktop.services.context import Actor
    from desktop.services.demo.database import CHUNK
    from desktop.storage.db import open_database

    db = open_database(target)
    sqlite = db.dialect == "sqlite"
    db.engine.dispose()  # the connections made from now on get the load's settings

    @event.listens_for(db.engine, "connect")
    def loading(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        if sqlite:
            cursor.execute("PRAGMA journal_mode=OFF")
            cursor.execute("PRAGMA synchronous=OFF")
            cursor.execute("PRAGMA cache_size=-262144")  # 256 MiB
            cursor.execute("PRAGMA temp_store=MEMORY")
        else:
            cursor.execute("SET synchronous_commit = off")
            cursor.execute("SET statement_timeout = 0")
            cursor.execute("SET maintenance_work_mem = '256MB'")
        cursor.close()

    started = time.perf_counter()
    try:
        with db.engine.begin() as connection:
            indexes = (_sqlite_indexes if sqlite else _postgres_indexes)(connection)
            for name, _sql in indexes:
                connection.exec_driver_sql(f'DROP INDEX "{name}"')
        log(f"  {len(indexes)} indexes dropped for the load")
        step = max(households // 20, 1)

        def progress(done: int, total: int) -> None:
            if done % step < CHUNK or done == total:
                rate = done / max(time.perf_counter() - started, 1e-9)
                log(f"  {done:>9,} / {total:,} households ({rate:,.0f}/s)")

        demo.generate(db, Actor("bench", role=Role.ADMIN), households, progress=progress)
        built = time.perf_counter()
        with db.engine.begin() as connection:
            for _name, sql in indexes:
                connection.exec_driver_sql(sql)
        log(f"  indexes built again in {time.perf_counter() - built:.1f} s")
    finally:
        event.remove(db.engine, "connect", loading)
        db.dispose()
    return households / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", help="a SQLite file (created) or a PostgreSQL URL (empty base)")
    parser.add_argument("--households", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    if "://" not in args.target and Path(args.target).exists():
        print(f"{args.target} exists: give a new file", file=sys.stderr)
        return 2
    rate = make_big_base(args.target, args.households)
    print(f"{args.households:,} households at {rate:,.0f} households/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

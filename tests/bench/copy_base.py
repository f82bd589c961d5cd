"""A big PostgreSQL benchmark base, copied from a big SQLite one.

    .venv/bin/python -m tests.bench.copy_base /tmp/big1m.sqlite postgresql://.../parcours_bench

Generating a million households takes the demo generator's Python work per household
(half an hour and more on two cores); copying the rows of a base ``tests/bench/bulk.py``
already made takes ``COPY`` and the index builds. The target is an empty base: it is
migrated to the latest schema (the same as the source's, which must be at its latest
migration too), the rows of every table are copied in the order of their foreign
keys and of their primary key, with the big tables' secondary indexes and foreign keys
dropped during the copy and made again at the end (one sort each, one check each),
then the sequences are moved past the copied ids and the tables analysed.
"""

from __future__ import annotations

import argparse
import sqlite3
import time

from sqlalchemy import text

from tests.bench.bulk import TABLES


def _definitions(connection, tables: list[str]) -> tuple[list, list]:
    """(indexes, foreign keys) of ``tables``, (table, name, definition) each; the
    primary keys and unique constraints stay (other tables' keys depend on them; the
    rows are copied in the order of their primary key)."""
    rows = connection.execute(
        text(
            "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype "
            "FROM pg_constraint c WHERE c.conrelid::regclass::text = ANY(:tables) "
            "AND c.contype IN ('p', 'u', 'f')"
        ),
        {"tables": tables},
    ).fetchall()
    foreign = [(t, n, d) for t, n, d, kind in rows if kind == "f"]
    names = {n for _t, n, _d, _kind in rows}
    indexes = [
        (t, n, d)
        for t, n, d in connection.execute(
            text(
                "SELECT tablename, indexname, indexdef FROM pg_indexes "
                "WHERE schemaname = current_schema() AND tablename = ANY(:tables)"
            ),
            {"tables": tables},
        ).fetchall()
        if n not in names
    ]
    return indexes, foreign


def copy_base(source: str, target: str, log=print) -> float:
    """Copy the SQLite base ``source`` into the empty PostgreSQL base ``target``;
    returns the seconds taken."""
    from desktop.storage.db import open_database
    from desktop.storage.models import full_metadata

    metadata = full_metadata()
    started = time.perf_counter()
    db = open_database(target)  # migrated: the application's schema
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    present = {r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = [
        t.name
        for t in metadata.sorted_tables
        if t.name in present and src.execute(f'SELECT 1 FROM "{t.name}" LIMIT 1').fetchone()
    ]
    raw = db.engine.raw_connection()
    try:
        with db.engine.begin() as connection:
            indexes, foreign = _definitions(connection, [t for t in tables if t in TABLES])
            for t, n, _d in foreign:
                connection.execute(text(f'ALTER TABLE "{t}" DROP CONSTRAINT "{n}"'))
            for _t, n, _d in indexes:
                connection.execute(text(f'DROP INDEX "{n}"'))
        log(f"  {len(foreign)} foreign keys and {len(indexes)} indexes dropped")
        driver = raw.driver_connection
        with driver.cursor() as cursor:
            cursor.execute("SET statement_timeout = 0")  # a base's default may limit it
        for name in tables:
            copied = time.perf_counter()
            columns = [r[1] for r in src.execute(f'PRAGMA table_info("{name}")')]
            table = metadata.tables[name]
            columns = [c for c in columns if c in table.columns]
            listed = ", ".join(f'"{c}"' for c in columns)
            order = ", ".join(f'"{c.name}"' for c in table.primary_key.columns) or "rowid"
            with driver.cursor() as cursor:
                cursor.execute(f'DELETE FROM "{name}"')  # rows the migration wrote
                with cursor.copy(f'COPY "{name}" ({listed}) FROM STDIN') as copy:
                    for row in src.execute(f'SELECT {listed} FROM "{name}" ORDER BY {order}'):
                        copy.write_row(row)
            driver.commit()
            count = src.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            log(f"  {name}: {count:,} rows in {time.perf_counter() - copied:.1f} s")
        built = time.perf_counter()
        with db.engine.begin() as connection:
            connection.execute(text("SET maintenance_work_mem = '512MB'"))
            connection.execute(text("SET statement_timeout = 0"))
            for _t, _n, d in indexes:
                connection.execute(text(d))
            for t, n, d in foreign:
                connection.execute(text(f'ALTER TABLE "{t}" ADD CONSTRAINT "{n}" {d}'))
            for name in tables:
                if "id" in metadata.tables[name].columns:
                    connection.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                            f'(SELECT max(id) FROM "{name}"))'
                        )
                    )
        log(f"  indexes and foreign keys made again in {time.perf_counter() - built:.1f} s")
        driver.autocommit = True
        with driver.cursor() as cursor:
            cursor.execute("ANALYZE")
    finally:
        raw.close()
        src.close()
        db.dispose()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="a SQLite base made by tests/bench/bulk.py")
    parser.add_argument("target", help="an empty PostgreSQL base (URL)")
    args = parser.parse_args(argv)
    seconds = copy_base(args.source, args.target)
    print(f"copied in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

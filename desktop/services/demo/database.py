"""Writing the demonstration base: households in chunks with SQLAlchemy Core, the
demo's saved searches, and ``ensure_demo_database`` (the demo base on first start).
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from operator import attrgetter
from pathlib import Path

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import DBAPIError

from desktop.domain.errors import UserError
from desktop.domain.formatting import group_thousands
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted
from desktop.domain.roles import Permission
from desktop.domain.tenant import OCCUPANT_FIELDS, FileStatus
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, system_actor, today
from desktop.services.demo.data import AGENCIES
from desktop.services.demo.generator import (
    DEFAULT_HOUSEHOLDS,
    DEFAULT_SEED,
    DEMO_SUMMARY,
    MAX_HOUSEHOLDS,
    DemoGenerator,
    DemoHousehold,
    DemoStats,
    Progress,
)
from desktop.services.tenants import (
    EVENT_CLOSED,
    EVENT_CREATED,
    TenantQuery,
    list_columns,
    search_tokens_for,
)
from desktop.storage.db import Database, open_database
from desktop.storage.models import (
    Agency,
    Dwelling,
    Household,
    Lease,
    Occupant,
    SearchToken,
    TimelineEvent,
)

CHUNK = 2_000


# --------------------------------------------------------------------------- database


def household_count(db: Database) -> int:
    """Number of tenant files in ``db`` (0 for a database without any)."""
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Household)) or 0)


class DatabaseNotEmpty(UserError):
    """The demo base is only generated into a database without tenant files."""

    def __init__(self, count: int):
        super().__init__(
            counted(
                count,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La base contient déjà un dossier : la base de démonstration ne peut être "
                    "générée que dans une base vide.",
                ),
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La base contient déjà {files} dossiers : la base de démonstration ne peut "
                    "être générée que dans une base vide.",
                ),
                files=group_thousands(str(count), "\u00a0"),
            )
        )
        self.count = count


def agency_ids_of(connection) -> dict[str, int]:
    table = Agency.__table__
    codes = [code for code, _name, _city in AGENCIES]
    ids = dict(
        connection.execute(select(table.c.code, table.c.id).where(table.c.code.in_(codes))).all()
    )
    missing = [
        {"code": code, "name": name, "city": city, "version": 1}
        for code, name, city in AGENCIES
        if code not in ids
    ]
    if missing:
        new_ids = (
            connection.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True), missing
            )
            .scalars()
            .all()
        )
        ids.update(zip((row["code"] for row in missing), new_ids))
    return ids


def _new_ids(connection, table, count: int) -> list[int]:
    """``count`` unused primary keys for ``table``, given explicitly in the INSERTs.

    Explicit keys spare reading them back (RETURNING halves the insert rate).
    PostgreSQL: drawn from the column's sequence, so that concurrent inserts never get
    the same ones and the sequence needs no reset. SQLite: following the largest key,
    as SQLite itself would; a concurrent writer would make the insert fail on the
    primary key or on the locked database, never write twice the same key.
    """
    if connection.dialect.name == "postgresql":
        return list(
            connection.execute(
                text(
                    "SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                    "FROM generate_series(1, :count)"
                ),
                {"table": table.name, "count": count},
            ).scalars()
        )
    start = int(connection.scalar(select(func.max(table.c.id))) or 0) + 1
    return list(range(start, start + count))


def _insert(connection, table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Core ``insert(table)`` executed for many rows given as tuples in ``columns`` order.

    On drivers taking positional parameters (SQLite) the compiled statement goes
    straight to the driver's executemany with the values converted by the columns' own
    bind processors (Money to cents, dates...): the same values SQLAlchemy would send,
    without its per-row dictionary work, which costs more than SQLite's inserting.
    Elsewhere (PostgreSQL) SQLAlchemy's own batched executemany is used.
    """
    if not rows:
        return
    stmt = insert(table)
    dialect = connection.dialect
    if dialect.paramstyle == "qmark":
        compiled = stmt.compile(dialect=dialect, column_keys=list(columns))
        if tuple(compiled.positiontup or ()) == columns:
            processors = [
                (i, proc)
                for i, name in enumerate(columns)
                if (proc := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
            ]
            if processors:
                converted = []
                for row in rows:
                    values = list(row)
                    for i, proc in processors:
                        values[i] = proc(values[i])
                    converted.append(tuple(values))
                rows = converted
            connection.exec_driver_sql(str(compiled), rows)
            return
    connection.execute(stmt, [dict(zip(columns, row)) for row in rows])


# The columns copied from the domain's data (``DwellingData``, ``OccupantData``,
# ``LeaseData``: the same names), each row's values read in this order.
DWELLING_FIELDS = (
    "reference",
    "address_line",
    "address_complement",
    "postcode",
    "city",
    "dwelling_type",
    "surface",
    "floor",
    "building",
    "programme",
)
DWELLING_COLUMNS = ("id", *DWELLING_FIELDS, "agency_id", "version")
HOUSEHOLD_COLUMNS = (
    "id",
    "status",
    "agency_id",
    "dwelling_id",
    "opened_on",
    "closed_on",
    "close_reason",
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "version",
)
OCCUPANT_COLUMNS = ("household_id", "position", *OCCUPANT_FIELDS, "version")
LEASE_FIELDS = ("contract_number", "start_date", "rent", "charges", "zone_tendue")
LEASE_COLUMNS = ("household_id", *LEASE_FIELDS, "version")
EVENT_COLUMNS = ("household_id", "occurred_at", "kind", "summary", "actor")


def write_chunk(
    connection,
    batch: list[DemoHousehold],
    agency_ids: dict[str, int],
    actor: Actor,
    stamp: dt.datetime,
) -> int:
    """Insert one chunk of households and everything hanging from them; return occupants."""
    user = actor.username
    dwelling_values = attrgetter(*DWELLING_FIELDS)
    occupant_values = attrgetter(*OCCUPANT_FIELDS)
    lease_values = attrgetter(*LEASE_FIELDS)
    dwelling_ids = _new_ids(connection, Dwelling.__table__, len(batch))
    household_ids = _new_ids(connection, Household.__table__, len(batch))
    dwelling_rows, household_rows, lease_rows, event_rows = [], [], [], []
    occupant_rows: list[tuple] = []
    token_rows: list[tuple[str, int]] = []
    list_keys: tuple[str, ...] = ()
    for h, household_id, dwelling_id in zip(batch, household_ids, dwelling_ids):
        data = h.data
        dw = data.dwelling
        agency_id = agency_ids[dw.agency_code]
        dwelling_rows.append((dwelling_id, *dwelling_values(dw), agency_id, 1))
        columns = list_columns(data)  # the denormalised columns, as the services write them
        if not list_keys:
            list_keys = tuple(columns)
        household_rows.append(
            (
                household_id,
                h.status,
                agency_id,
                dwelling_id,
                h.opened_on,
                h.closed_on,
                h.close_reason,
                stamp,
                user,
                stamp,
                user,
                1,
                *(columns[k] for k in list_keys),
            )
        )
        occupant_rows.extend(
            (household_id, position, *occupant_values(o), 1)
            for position, o in enumerate(data.occupants)
        )
        lease_rows.append((household_id, *lease_values(data.lease), 1))
        token_rows.extend((token, household_id) for token in search_tokens_for(data))
        event_rows.append((household_id, stamp, EVENT_CREATED, DEMO_SUMMARY, user))
        if h.status == FileStatus.CLOSED.value:
            event_rows.append((household_id, stamp, EVENT_CLOSED, h.close_reason, user))
    _insert(connection, Dwelling.__table__, DWELLING_COLUMNS, dwelling_rows)
    _insert(connection, Household.__table__, HOUSEHOLD_COLUMNS + list_keys, household_rows)
    _insert(connection, Occupant.__table__, OCCUPANT_COLUMNS, occupant_rows)
    _insert(connection, Lease.__table__, LEASE_COLUMNS, lease_rows)
    # In index order: the index pages are then filled one after the other.
    token_rows.sort()
    _insert(connection, SearchToken.__table__, ("token", "household_id"), token_rows)
    _insert(connection, TimelineEvent.__table__, EVENT_COLUMNS, event_rows)
    return len(occupant_rows)


@guarded("demo")
def generate(
    db: Database,
    actor: Actor,
    households: int,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
) -> DemoStats:
    """Fill an empty database with ``households`` demo tenant files, in one transaction.

    Raises ``DatabaseNotEmpty`` if the database already holds tenant files (their
    contract numbers and dwelling references could clash with the generated ones).
    ``progress(done, total)`` is called after each chunk of ``CHUNK`` households; an
    exception it raises (a cancel button) rolls everything back.
    """
    authz.require(actor, Permission.DEMO_GENERATE, entity="base")
    if not 1 <= households <= MAX_HOUSEHOLDS:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Nombre de ménages attendu : de 1 à {max}."),
                {"max": group_thousands(str(MAX_HOUSEHOLDS), "\u00a0")},
            )
        )
    started = time.perf_counter()
    generator = DemoGenerator.for_count(households, seed, today())
    stamp = now()
    occupants = 0
    with db.transaction() as session:
        connection = session.connection()
        existing = int(
            connection.scalar(select(func.count()).select_from(Household.__table__)) or 0
        )
        if existing:
            raise DatabaseNotEmpty(existing)
        agency_ids = agency_ids_of(connection)
        done = 0
        stream = generator.households(households)
        while done < households:
            batch = list(itertools.islice(stream, CHUNK))
            occupants += write_chunk(connection, batch, agency_ids, actor, stamp)
            done += len(batch)
            if progress is not None:
                progress(done, households)
        audit.record(session, actor, "demo", "base", None, None, {"households": households})
    return DemoStats(households, occupants, time.perf_counter() - started)


#: Saved searches of the demo base: the target of a vigilance campaign (issue 8).
DEMO_SEARCHES = {
    QT_TRANSLATE_NOOP("messages", "Plus de 70 ans"): TenantQuery(senior_only=True),
}


def _ensure_demo_searches(db: Database, actor: Actor) -> None:
    from desktop.services import saved_queries

    existing = {q.name for q in saved_queries.list_saved_queries(db, actor)}
    for name, query in DEMO_SEARCHES.items():
        if name not in existing:
            saved_queries.save_query(db, actor, name, query)


def ensure_demo_database(
    path: str | Path,
    households: int = DEFAULT_HOUSEHOLDS,
    progress: Progress | None = None,
    *,
    actor: Actor | None = None,
    seed: int = DEFAULT_SEED,
) -> Database:
    """The demo SQLite database at ``path``: created, migrated and filled on first use,
    with its demonstration accounts (``accounts.DEMO_ACCOUNTS``)."""
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(str(path))
    try:
        if not household_count(db):
            try:
                generate(db, actor or system_actor(), households, seed, progress)
            except (UserError, DBAPIError):
                # Another process filled it at the same time: use its base.
                if not household_count(db):
                    raise
        from desktop.services.accounts import create_demo_accounts

        create_demo_accounts(db)  # once; their shared password is shown at sign-in
        from desktop.services.caleol.demo import ensure_demo_session

        ensure_demo_session(db, actor)  # the demo CALEOL commission and session, once
        from desktop.services.cotation import ensure_demo_grid

        ensure_demo_grid(db, actor or system_actor())  # example cotation grid (issue 17)
        _ensure_demo_searches(db, actor or system_actor())
    except BaseException:
        db.dispose()
        raise
    return db

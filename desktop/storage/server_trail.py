"""The server's own trail of writes (docs/server-roles.md, "Writes outside the
application"): on a server set up by ``parcours server init``, every INSERT, UPDATE or
DELETE on a table scoped by agency (tenant files and what hangs off them, CALEOL,
campaigns) and every audit event appended is recorded, by the server, in
``server_change``: when, which login role (``session_user``), which table, which row,
which operation, in which transaction. Nothing of the row's content.

The application writes its audit event in the transaction of each change (services:
one transaction, audited). A transaction that changed those tables without appending
any audit event was made outside the application (psql with an account's
credentials): ``unaudited_changes`` lists them for the administrators and auditors
(``parcours audit verify``). Limit: someone who appends an audit event in his own name
in the same transaction (he may: the trail is append-only, not write-protected for its
authors) is not reported; his event then stands in the chained journal.

The table belongs to the owner role; only the triggers' function (SECURITY DEFINER)
writes it; administrators and auditors read it; nobody else has any right on it. It is
created by ``server init``, not by a migration: a base without server roles has no
other writers than the application's checked ones.

Retention (docs/domain.md#retention, « Traces des écritures sur le serveur »): the
retention purge deletes, through ``parcours_trail_purge`` (SECURITY DEFINER, executed
by the administrators only: the purge's right), the lines of the transactions that
appended an audit event and ended before the period: the audit trail, kept, says who
did what. The lines of a transaction without any audit event (a write outside the
application) are kept, like the audit trail: the function never deletes them, so an
administrator cannot erase his own writes by hand with it either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

TRAIL = "server_change"
AUDIT = "audit_event"
# Rewritten in the same transaction as their file at each save: no more than noise.
UNTRAILED = frozenset({"search_token"})

CREATE = f"""CREATE TABLE IF NOT EXISTS public.{TRAIL} (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT statement_timestamp(),
    actor text NOT NULL DEFAULT session_user,
    tx bigint NOT NULL DEFAULT txid_current(),
    table_name text NOT NULL,
    row_id bigint,
    operation text NOT NULL
)"""
INDEX = f"CREATE INDEX IF NOT EXISTS ix_{TRAIL}_tx ON public.{TRAIL} (tx)"

# One row per row written (its id; a key table's household or candidature), per
# statement: the transition tables, not a trigger call per row.
FUNCTION = f"""CREATE OR REPLACE FUNCTION parcours_trail() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO public.{TRAIL} (table_name, row_id, operation)
        SELECT TG_TABLE_NAME, (coalesce(j ->> 'id', j ->> 'household_id',
                                        j ->> 'candidate_id'))::bigint, TG_OP
        FROM (SELECT to_jsonb(o) AS j FROM old_rows AS o) AS rows;
    ELSE
        INSERT INTO public.{TRAIL} (table_name, row_id, operation)
        SELECT TG_TABLE_NAME, (coalesce(j ->> 'id', j ->> 'household_id',
                                        j ->> 'candidate_id'))::bigint, TG_OP
        FROM (SELECT to_jsonb(n) AS j FROM new_rows AS n) AS rows;
    END IF;
    RETURN NULL;
END $$"""


# Whole transactions only: a transaction's audit line deleted before its other lines
# would leave them reported as written outside the application.
PURGE = f"""CREATE OR REPLACE FUNCTION parcours_trail_purge(before timestamptz)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    n bigint;
BEGIN
    DELETE FROM public.{TRAIL} AS c WHERE c.tx IN (
        SELECT t.tx FROM public.{TRAIL} AS t GROUP BY t.tx
        HAVING max(t.at) < before AND bool_or(t.table_name = '{AUDIT}'));
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$"""
DUE = f"""SELECT count(*) FROM public.{TRAIL} AS c WHERE c.tx IN (
    SELECT t.tx FROM public.{TRAIL} AS t GROUP BY t.tx
    HAVING max(t.at) < :before AND bool_or(t.table_name = :audit))"""


def create_trail(connection: Connection) -> None:
    """The trail's table (``server init``, before the grants; idempotent)."""
    connection.exec_driver_sql(CREATE)
    connection.exec_driver_sql(INDEX)


def trail_statements(owner: str, admins: str, scoped: list[str]) -> list[str]:
    """The functions (of the ``owner`` role, quoted; the purge's executed by the
    ``admins`` group only) and the triggers on the ``scoped`` tables and the audit
    trail."""
    purge = "public.parcours_trail_purge(timestamptz)"
    out = [
        FUNCTION,
        f"ALTER FUNCTION public.parcours_trail() OWNER TO {owner}",
        PURGE,
        f"ALTER FUNCTION {purge} OWNER TO {owner}",
        f"REVOKE ALL ON FUNCTION {purge} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {purge} TO {admins}",
    ]
    for table in sorted({*scoped, AUDIT} - UNTRAILED):
        events: tuple[tuple[str, str, str], ...] = (("INSERT", "NEW", "new_rows"),)
        if table != AUDIT:  # (append-only)
            events += (("UPDATE", "NEW", "new_rows"), ("DELETE", "OLD", "old_rows"))
        for event, which, name in events:
            trigger = f"parcours_trail_{event.lower()}"
            out.append(f'DROP TRIGGER IF EXISTS {trigger} ON public."{table}"')
            out.append(
                f'CREATE TRIGGER {trigger} AFTER {event} ON public."{table}" '
                f"REFERENCING {which} TABLE AS {name} FOR EACH STATEMENT "
                "EXECUTE FUNCTION public.parcours_trail()"
            )
    return out


@dataclass(frozen=True)
class UnauditedChange:
    """Rows of one table written by one operation in one transaction that appended no
    audit event."""

    at: dt.datetime
    actor: str
    table: str
    operation: str  # INSERT, UPDATE or DELETE
    row_ids: tuple[int, ...]
    last_id: int = 0  # the group's newest trail line (what a review names)
    tx: int = 0  # its transaction (``txid_current()``)


def has_trail(connection: Connection) -> bool:
    return bool(connection.execute(text(f"SELECT to_regclass('public.{TRAIL}')")).scalar())


def has_purge(connection: Connection) -> bool:
    """The trail and its purge function (a server set up before the function keeps its
    trail whole until ``server init`` is run again)."""
    query = "SELECT to_regprocedure('public.parcours_trail_purge(timestamptz)')"
    return has_trail(connection) and bool(connection.execute(text(query)).scalar())


# The (transaction, login, table, operation) groups written without an audit event.
_UNAUDITED = f"""
    SELECT min(c.at) AS at, c.actor, c.table_name, c.operation, c.tx, max(c.id) AS last_id,
           array_agg(DISTINCT c.row_id) FILTER (WHERE c.row_id IS NOT NULL) AS ids
    FROM public.{TRAIL} AS c
    WHERE c.table_name <> :audit AND NOT EXISTS (
        SELECT 1 FROM public.{TRAIL} AS a WHERE a.tx = c.tx AND a.table_name = :audit)
    GROUP BY c.tx, c.actor, c.table_name, c.operation"""


# How many of the newest unaudited writes are listed; beyond, they are counted.
SHOWN = 1000


def unaudited_changes(connection: Connection, limit: int = SHOWN) -> list[UnauditedChange]:
    """The writes of the transactions that appended no audit event, oldest first (the
    newest ``limit``)."""
    rows = connection.execute(
        text(
            f"""SELECT at, actor, table_name, operation, ids, last_id, tx
            FROM ({_UNAUDITED}) AS g
            ORDER BY at DESC, tx DESC, table_name DESC, operation DESC LIMIT :limit"""
        ),
        {"audit": AUDIT, "limit": limit},
    ).all()
    return [
        UnauditedChange(at, actor, table, operation, tuple(sorted(ids or ())), last_id, tx)
        for at, actor, table, operation, ids, last_id, tx in reversed(rows)
    ]


# A review covers the groups up to its last line whose transaction was committed when
# the page read the trail (visible in ``snapshot``): one still open then, with older
# line ids, was not shown, so it is not covered.
_NOT_REVIEWED = (
    "NOT (g.last_id <= :last_id AND txid_visible_in_snapshot(g.tx, CAST(:snap AS txid_snapshot)))"
)


def count_unaudited(connection: Connection, last_id: int = 0, snap: str = "1:1:") -> int:
    """How many groups ``unaudited_changes`` would list without its limit; with a review
    (``last_id``, ``snap``), those it does not cover."""
    query = text(f"SELECT count(*) FROM ({_UNAUDITED}) AS g WHERE {_NOT_REVIEWED}")
    params = {"audit": AUDIT, "last_id": last_id, "snap": snap}
    return int(connection.execute(query, params).scalar() or 0)


def snapshot(connection: Connection) -> str:
    """The transactions committed before this statement (``xmin:xmax:open,…``): taken
    before reading the trail, what it shows of them is whole."""
    return str(connection.execute(text("SELECT txid_current_snapshot()::text")).scalar())


def visible(tx: int, snap: str) -> bool:
    """``txid_visible_in_snapshot``: ``tx`` was committed when ``snap`` was taken."""
    xmin, xmax, running = snap.split(":")
    return tx < int(xmin) or (tx < int(xmax) and str(tx) not in running.split(","))


def due_lines(connection: Connection, before: dt.datetime) -> int:
    """How many lines the purge would delete with this limit (the readers of the
    trail: administrators and auditors)."""
    return int(connection.execute(text(DUE), {"before": before, "audit": AUDIT}).scalar() or 0)


def purge_trail(connection: Connection, before: dt.datetime) -> int:
    """Delete the lines of the audited transactions ended before ``before``; how many."""
    return int(
        connection.execute(
            text("SELECT public.parcours_trail_purge(:before)"), {"before": before}
        ).scalar()
        or 0
    )

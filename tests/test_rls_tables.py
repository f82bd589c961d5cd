"""Every table of a PostgreSQL server base is either scoped by a row-level security
policy or listed, with its reason, in ``server_roles.OPEN_TABLES``: a new table is
caught here until someone decides who reads it. A table holding a person's data is
never open but for the reasons given there (staff, partners).

PostgreSQL only (``PARCOURS_TEST_DATABASE_URL``), in a database of its own.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.storage import server_roles
from tests.server_fixture import _agent_sql, server_database

# Columns that say a row is about a person (names, birth, contact, address).
PERSONAL = {
    "last_name",
    "first_name",
    "full_name",
    "birth_date",
    "email",
    "phone",
    "mobile",
    "address_line",
    "postal_address",
    "numero_unique",
    "signatory",
    "username",
}


@pytest.fixture(scope="module")
def server():
    yield from server_database()


def _tables(server) -> dict[str, tuple[bool, list[str], set[str]]]:
    """Each table: RLS enabled, its permissive policies' conditions, its columns."""
    with server["dba"].reader() as session:
        rows = session.execute(
            text(
                """
                SELECT c.relname, c.relrowsecurity,
                       array_remove(array_agg(
                           CASE WHEN p.polpermissive THEN pg_get_expr(p.polqual, p.polrelid)
                           END), NULL),
                       (SELECT array_agg(a.attname::text) FROM pg_attribute a
                        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_policy p ON p.polrelid = c.oid
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
                GROUP BY c.oid, c.relname, c.relrowsecurity
                """
            )
        ).all()
    return {name: (rls, list(quals), set(columns)) for name, rls, quals, columns in rows}


def test_every_table_is_scoped_or_open_by_a_decision(server):
    tables = _tables(server)
    assert len(tables) > 40
    unclassified = sorted(
        name
        for name, (rls, quals, _columns) in tables.items()
        if name not in server_roles.OPEN_TABLES
        and (not rls or not quals or any(q.strip() in ("true", "(true)") for q in quals))
    )
    assert unclassified == [], (
        "tables any account reads whole: scope them (a foreign key to a scoped table, "
        "server_roles.ROOT_TABLES) or say why in server_roles.OPEN_TABLES"
    )
    assert set(server_roles.OPEN_TABLES) - set(tables) == set(), "stale OPEN_TABLES entries"


def test_no_open_table_holds_a_persons_data_without_saying_whose(server):
    tables = _tables(server)
    for name, reason in server_roles.OPEN_TABLES.items():
        personal = PERSONAL & tables[name][2]
        if personal:
            assert reason.startswith("PERSONAL ("), (name, sorted(personal))


def test_an_agent_reads_no_other_agencys_row_in_any_scoped_table(server):
    """With raw SQL, in every table scoped by a policy, agent A reads no row agent B
    reads that is about B's file (the fixture's two files, their occupants, lease,
    search index, timeline) nor B's file itself."""
    scoped = sorted(
        name
        for name, (rls, quals, columns) in _tables(server).items()
        if rls and quals and "household_id" in columns
    )
    assert "occupant" in scoped and "timeline_event" in scoped
    file_b = server["files"][1]
    with _agent_sql(server, "agent_a") as conn:
        for table in scoped:
            rows = conn.execute(
                f'SELECT count(*) FROM "{table}" WHERE household_id = %s', (file_b,)
            ).fetchone()
            assert rows == (0,), table


def test_the_planners_statistics_do_not_show_another_agencys_values(server):
    """pg_stats (most common values, histograms) is hidden for the tables whose rows
    the session's policies filter: an agent cannot read B's tenants' names there."""
    with server["dba"].transaction() as session:
        session.execute(text("ANALYZE occupant"))
        session.execute(text("ANALYZE household"))
    with server["dba"].reader() as session:
        assert session.execute(
            text("SELECT count(*) FROM pg_stats WHERE tablename = 'occupant'")
        ).scalar_one()
    with _agent_sql(server, "agent_a") as conn:
        rows = conn.execute(
            "SELECT count(*) FROM pg_stats WHERE tablename IN ('occupant', 'household')"
        ).fetchone()
        assert rows == (0,)

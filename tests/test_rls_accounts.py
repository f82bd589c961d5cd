"""The accounts on a PostgreSQL server (storage/server_roles.py): with the database's
credentials an agent, in psql, reads his colleagues' names, roles and agencies (who did
what, members' seats, callers), not their sign-in bookkeeping (last sign-in, failed
attempts, lock, a password still to change, workstation login) nor any password hash;
his own through ``parcours_own_account()``. The application signed in as him works as
before. Administrators and auditors read the bookkeeping.

PostgreSQL only (``PARCOURS_TEST_DATABASE_URL``), in a database of its own.
"""

from __future__ import annotations

import pytest

from desktop.domain.roles import Role
from desktop.services import accounts
from desktop.storage.db import Database
from desktop.storage.server_roles import USER_BOOKKEEPING_COLUMNS
from tests.server_fixture import PASSWORD, _agent_sql, _refused, _url, server_database


@pytest.fixture(scope="module")
def server():
    yield from server_database()


def _signed_in(server, key: str):
    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    return db, accounts.sign_in(db, server["logins"][key], PASSWORD)


def test_an_agent_reads_his_colleagues_names_not_their_sign_in_bookkeeping(server):
    # Everyone has signed in once (a last sign-in to hide); the admin failed once.
    for key in ("agent_b", "secretary", "member"):
        _signed_in(server, key)
    with pytest.raises(accounts.AuthenticationError):
        accounts.sign_in(
            Database(_url(server["name"], anonymous=True)), server["logins"]["admin"], "faux"
        )
    db, agent = _signed_in(server, "agent_a")
    with _agent_sql(server, "agent_a") as conn:
        names = conn.execute("SELECT username, role, agency_id, active FROM app_user").fetchall()
        assert {n[0] for n in names} >= set(server["logins"].values())
        for column in (*USER_BOOKKEEPING_COLUMNS, "password_hash"):
            assert "permission denied" in _refused(conn, f"SELECT {column} FROM app_user")
        assert "permission denied" in _refused(conn, "SELECT * FROM app_user")
        # Not through a condition either.
        assert "permission denied" in _refused(
            conn, "SELECT username FROM app_user WHERE last_login_at IS NOT NULL"
        )
        # His own, through the server's function: one row, his.
        own = conn.execute(
            "SELECT id, last_login_at, failed_attempts, must_change_password "
            "FROM parcours_own_account()"
        ).fetchall()
        assert len(own) == 1 and own[0][0] == agent.user_id
        assert own[0][1] is not None and own[0][2:] == (0, False)
    # The application, signed in as him, works as before.
    assert not accounts.must_change_password(db, agent)
    accounts.change_own_password(db, agent, PASSWORD, "Nouveau-Serveur-2026!")
    accounts.change_own_password(db, agent, "Nouveau-Serveur-2026!", PASSWORD)


@pytest.mark.parametrize("key", ["agent_b", "secretary", "member"])
def test_no_other_role_but_the_administrators_and_auditors_reads_it(server, key):
    with _agent_sql(server, key) as conn:
        assert "permission denied" in _refused(conn, "SELECT last_login_at FROM app_user")


def test_administrators_and_auditors_read_every_accounts_bookkeeping(server):
    admin_db, admin = server["admin_db"], server["admin"]
    login = f"auditeur.{server['names'].prefix}"
    accounts.create_user(
        admin_db, admin, login, "Auditeur", Role.AUDITOR, PASSWORD, must_change_password=False
    )
    server["logins"]["auditor"] = login
    _signed_in(server, "auditor")
    for key in ("admin", "auditor"):
        with _agent_sql(server, key) as conn:
            rows = conn.execute(
                f"SELECT username, {', '.join(USER_BOOKKEEPING_COLUMNS)} FROM app_user"
            ).fetchall()
            assert len(rows) >= 6
    # The administrators' page lists them (with last sign-ins).
    users = {u.username: u for u in accounts.list_users(admin_db, admin)}
    assert users[login].last_login_at is not None


def test_only_administrators_and_auditors_read_the_colleagues_sign_in_events(server):
    """The accounts' events (sign-ins, failures) tell the same as the bookkeeping: the
    secretary, who reads the files' history, reads only his own; the auditor all."""
    for key in ("agent_b", "secretary"):
        _signed_in(server, key)
    sql = "SELECT DISTINCT actor FROM audit_event WHERE entity = 'compte' AND action = 'connexion'"
    for key in ("secretary", "agent_b"):
        with _agent_sql(server, key) as conn:
            assert {row[0] for row in conn.execute(sql)} == {server["logins"][key]}, key
    with _agent_sql(server, "member") as conn:  # (no event's actor at all)
        assert "permission denied" in _refused(conn, sql)
    for key in ("admin", "auditor"):
        with _agent_sql(server, key) as conn:
            actors = {row[0] for row in conn.execute(sql)}
            assert {server["logins"]["agent_b"], server["logins"]["secretary"]} <= actors

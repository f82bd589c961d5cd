"""The server's trail of writes (storage/server_trail.py): an agent who, with his own
credentials in psql, changes a row of his agency's files leaves no audit event, but
the server records who wrote which row when; ``parcours audit verify`` reports it to
the administrators and auditors. What the application writes (audited in the same
transaction) is not reported. The agent neither reads nor rewrites the trail.

PostgreSQL only (``PARCOURS_TEST_DATABASE_URL``), in a database of its own.
"""

from __future__ import annotations

import pytest

from desktop.services import audit, tenants
from desktop.storage.db import Database
from tests.server_fixture import PASSWORD, _agent_sql, _refused, _url, server_database


@pytest.fixture(scope="module")
def server():
    yield from server_database()


def test_a_write_by_hand_is_reported_and_the_applications_are_not(server, capsys, monkeypatch):
    from desktop import cli

    admin_db, admin = server["admin_db"], server["admin"]
    file_a = server["files"][0]
    # The fixture's set-up and the application's saves: audited, nothing reported.
    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    from desktop.services import accounts

    agent = accounts.sign_in(db, server["logins"]["agent_a"], PASSWORD)
    view = tenants.get_tenant_file(db, agent, file_a)
    data = view.data
    data.notes = "Rappel le 12/01"
    tenants.update_tenant_file(db, agent, file_a, data, view.version)
    assert audit.unaudited_changes(admin_db, admin) == []
    # By hand, in psql: his agency's row, no audit event.
    login = server["logins"]["agent_a"]
    with _agent_sql(server, "agent_a") as conn:
        occupant = conn.execute(
            "UPDATE occupant SET last_name = 'Modifié' WHERE household_id = %s RETURNING id",
            (file_a,),
        ).fetchone()[0]
        # He neither reads nor rewrites the trail, nor stops its triggers.
        assert "permission denied" in _refused(conn, "SELECT * FROM server_change")
        assert "permission denied" in _refused(conn, "DELETE FROM server_change")
        assert "must be owner" in _refused(
            conn, "ALTER TABLE occupant DISABLE TRIGGER parcours_trail_update"
        )
    (change,) = audit.unaudited_changes(admin_db, admin) or []
    assert (change.actor, change.table, change.operation, change.row_ids) == (
        login,
        "occupant",
        "UPDATE",
        (occupant,),
    )
    # The command line says so, and fails.
    monkeypatch.setenv("PARCOURS_PASSWORD", PASSWORD)
    anonymous = _url(server["name"], anonymous=True)
    code = cli.main(["audit", "verify", "--db", anonymous, "--user", server["logins"]["admin"]])
    err = capsys.readouterr().err
    assert code == 1
    assert "1 écriture(s) faite(s) hors de l'application" in err
    assert f"— {login} : occupant, UPDATE (n° {occupant})" in err

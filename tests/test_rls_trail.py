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
from tests.server_fixture import PASSWORD, _agent_sql, _raw, _refused, _url, server_database


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
    assert "1 écriture faite hors de l'application" in err
    assert f"— {login} : occupant, modification (n° {occupant})" in err


def test_the_retention_purge_deletes_the_old_lines_of_audited_writes_only(server):
    """The trail names staff logins: the administrators' retention purge deletes the
    lines of the transactions recorded in the audit trail once their period is over
    (12 months by default); a write made outside the application stays reported; a
    recent line stays; nobody else may run the trail's purge function."""
    from desktop.services import retention

    admin_db, admin = server["admin_db"], server["admin"]
    file_a = server["files"][0]
    db = Database(_url(server["name"], anonymous=True))
    server["opened"].append(db)
    from desktop.services import accounts

    agent = accounts.sign_in(db, server["logins"]["agent_a"], PASSWORD)

    def save(notes: str) -> None:
        view = tenants.get_tenant_file(db, agent, file_a)
        view.data.notes = notes
        tenants.update_tenant_file(db, agent, file_a, view.data, view.version)

    save("Ancienne note")
    with _agent_sql(server, "agent_a") as conn:
        conn.execute("UPDATE household SET notes = 'À la main' WHERE id = %s", (file_a,))

    def unaudited() -> list:
        return [
            (c.actor, c.table, c.operation, c.row_ids)
            for c in audit.unaudited_changes(admin_db, admin) or []
        ]

    reported = unaudited()
    assert (server["logins"]["agent_a"], "household", "UPDATE", (file_a,)) in reported
    # Everything so far written two years ago (the owner alone may rewrite the trail).
    with _raw(_url(server["name"])) as dba:
        dba.execute("UPDATE server_change SET at = at - interval '2 years'")
        (old,) = dba.execute("SELECT count(*) FROM server_change").fetchone()
        (old_unaudited,) = dba.execute(
            "SELECT count(*) FROM server_change AS c WHERE NOT EXISTS (SELECT 1 FROM "
            "server_change AS a WHERE a.tx = c.tx AND a.table_name = 'audit_event')"
        ).fetchone()
    save("Note récente")
    assert old_unaudited >= 1
    assert retention.trail_due(admin_db, admin) == old - old_unaudited
    # Nobody but the administrators runs the purge's function, even by hand.
    for key in ("agent_a", "secretary"):
        with _agent_sql(server, key) as conn:
            assert "permission denied" in _refused(
                conn, "SELECT parcours_trail_purge(now() + interval '1 day')"
            )
    result = retention.purge(admin_db, admin)
    assert result.trail == old - old_unaudited
    assert "traces d'écritures sur le serveur supprimées" in str(
        retention.result_counted(result)[-1]
    )
    assert unaudited() == reported
    with _raw(_url(server["name"])) as dba:
        kept = dba.execute(
            "SELECT count(*) FILTER (WHERE at < now() - interval '1 year'), "
            "count(*) FILTER (WHERE table_name = 'household' AND at > now() - interval "
            "'1 day') FROM server_change"
        ).fetchone()
    # The old lines left are the unaudited write's; the recent save is still there.
    assert kept[0] == old_unaudited and kept[1] >= 1
    assert retention.trail_due(admin_db, admin) == 0


@pytest.mark.gui
def test_the_audit_page_and_the_start_up_name_a_write_made_by_hand(server, qtbot, monkeypatch):
    """The administrator sees, in French, on the journal's page and at start-up, how
    many writes were made outside the application, when, by which login, on which
    table and rows; the agent's application saves are not among them."""
    from desktop.ui.admin_pages import AuditPage
    from tests.gui.window import start_up_warnings

    admin_db, admin = server["admin_db"], server["admin"]
    login = server["logins"]["agent_b"]
    with _agent_sql(server, "agent_b") as conn:
        (occupant,) = conn.execute(
            "UPDATE occupant SET first_name = 'Ajouté' WHERE household_id = %s RETURNING id",
            (server["files"][1],),
        ).fetchone()
    count = len(audit.unaudited_changes(admin_db, admin) or [])
    page = AuditPage(admin_db, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "hors de l'application" in page.trail_label.text(), timeout=10_000)
    assert page.trail_label.text().startswith(
        f"{count} écritures faites hors de l'application sur le serveur, sans événement au "
        "journal d'audit"
    )
    assert f"par le compte « {login} »" in page.trail_label.text()
    assert page.trail_table.isVisible()
    table = page.trail_table
    newest = [table.item(0, c).text() for c in range(1, table.columnCount())]
    assert newest == [login, "occupant", "modification", str(occupant)]
    assert table.rowCount() == count
    # At start-up (administrators and auditors), beside the chain's check.
    ((title, body),) = start_up_warnings(qtbot, monkeypatch, admin_db, admin)
    assert title == "Écritures faites hors de Parcours"
    assert f"— {login} : occupant, modification (n° {occupant})" in body
    assert "Administration > Journal d'audit" in body


@pytest.mark.gui
def test_the_retention_page_purges_the_old_lines_of_the_trail(server, qtbot, monkeypatch):
    """« Aperçu de la purge » counts the trail's lines past their period (none of a
    file to anonymise), « Purger maintenant… » asks and deletes them."""
    from PySide6.QtCore import Qt

    from desktop.services import retention
    from desktop.ui import admin_pages

    admin_db, admin = server["admin_db"], server["admin"]
    file_a = server["files"][0]
    view = tenants.get_tenant_file(admin_db, admin, file_a)
    view.data.notes = "Vue par l'administrateur"
    tenants.update_tenant_file(admin_db, admin, file_a, view.data, view.version)
    with _raw(_url(server["name"])) as dba:
        dba.execute("UPDATE server_change SET at = at - interval '13 months'")
    due = retention.trail_due(admin_db, admin)
    assert due >= 2
    page = admin_pages.RetentionPage(admin_db, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == f"{due} traces d'écritures sur le serveur à supprimer."
    assert page.purge_button.isEnabled() and page.table.rowCount() == 0
    asked = []
    monkeypatch.setattr(admin_pages, "_confirm", lambda *a: asked.append(a[2]) or True)
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    assert asked == [
        f"{due} traces d'écritures sur le serveur à supprimer : celles des écritures "
        "enregistrées au journal d'audit, au-delà de leur durée de conservation. Les "
        "supprimer ? Cette opération est irréversible et sera enregistrée dans le journal "
        "d'audit."
    ]
    assert page.status.text() == f"{due} traces d'écritures sur le serveur supprimées."
    assert not page.purge_button.isEnabled()
    assert retention.trail_due(admin_db, admin) == 0


def test_a_server_set_up_before_the_trails_purge_keeps_its_trail_and_purges_the_rest(server):
    """Before ``server init`` is run again, the trail has no purge function: the
    retention purge leaves the trail alone and does the rest (no error)."""
    from desktop.services import retention

    admin_db, admin = server["admin_db"], server["admin"]
    with _raw(_url(server["name"])) as dba:
        dba.execute("UPDATE server_change SET at = at - interval '2 years'")
        dba.execute("DROP FUNCTION parcours_trail_purge(timestamptz)")
        try:
            assert retention.trail_due(admin_db, admin) == 0
            result = retention.purge(admin_db, admin)
            assert (result.trail, result.anonymised) == (0, 0)
            (lines,) = dba.execute("SELECT count(*) FROM server_change").fetchone()
            (old,) = dba.execute(
                "SELECT count(*) FROM server_change WHERE at < now() - interval '1 year'"
            ).fetchone()
            assert lines > old > 0  # the purge's own transaction traced, nothing deleted
        finally:
            from desktop.storage import server_trail

            dba.execute(server_trail.PURGE)

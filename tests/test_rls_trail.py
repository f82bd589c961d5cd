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
    assert newest == [login, "occupant", "modification", str(occupant), ""]  # not examined
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


def _hand_write(server, key: str, first_name: str, file: int) -> int:
    """A login's write by hand in psql (no audit event): the occupant's id."""
    with _agent_sql(server, key) as conn:
        (occupant,) = conn.execute(
            "UPDATE occupant SET first_name = %s WHERE household_id = %s RETURNING id",
            (first_name, file),
        ).fetchone()
    return occupant


@pytest.mark.gui
def test_writes_marked_examined_are_no_longer_warned_of_at_start_up_until_a_new_one(
    server, qtbot, monkeypatch
):
    """The administrator clicks « Marquer comme examinées »: the review is an audit
    event naming the trail's last line and how many writes; the start-up then says
    nothing, and warns again of a new write by hand only; the page still lists every
    write, the examined ones said so."""
    from PySide6.QtCore import Qt

    from desktop.domain.roles import Role
    from desktop.services.context import Actor
    from desktop.storage.models import AuditEvent
    from desktop.ui import audit_trail
    from desktop.ui.admin_pages import AuditPage
    from tests.gui.window import start_up_warnings

    admin_db, admin = server["admin_db"], server["admin"]
    old = _hand_write(server, "agent_a", "Avant examen", server["files"][0])
    assert [t for t, _ in start_up_warnings(qtbot, monkeypatch, admin_db, admin)] == [
        "Écritures faites hors de Parcours"
    ]
    page = AuditPage(admin_db, admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "hors de l'application" in page.trail_label.text(), timeout=10_000)
    button = page.trail.review_button
    assert button.isVisible() and button.isEnabled()
    shown = page.trail_table.rowCount()
    asked = []
    monkeypatch.setattr(audit_trail, "_confirm", lambda _parent, text: asked.append(text) or True)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith(
        f"Marquer comme examinées les écritures listées ({audit.unaudited_counted(shown)}) ?"
    )
    assert "L'examen sera inscrit au journal d'audit à votre nom" in asked[0]
    qtbot.waitUntil(lambda: "Toutes examinées le" in page.trail_label.text(), timeout=10_000)
    assert f"par « {admin.username} »." in page.trail_label.text()
    assert page.trail_label.styleSheet() == ""  # no longer in red
    assert not button.isEnabled()
    table = page.trail_table
    assert table.rowCount() == shown  # still listed, each said examined
    assert all(
        table.item(r, 5).text().startswith("examinée le ")
        and table.item(r, 5).text().endswith(f" par {admin.username}")
        for r in range(shown)
    )
    # The review in the journal: the trail's last line shown, how many writes.
    with admin_db.reader() as session:
        event = session.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
        recorded = (event.action, event.entity, event.entity_id, event.actor, event.after)
    last = max(c.last_id for c in page.trail.report.changes)
    assert recorded[:4] == ("examen", "traces_serveur", last, admin.username)
    assert (recorded[4]["derniere_trace"], recorded[4]["ecritures"]) == (last, shown)
    # At start-up: nothing now.
    assert start_up_warnings(qtbot, monkeypatch, admin_db, admin) == []
    # A new write by hand: warned of, alone.
    new = _hand_write(server, "agent_b", "Après examen", server["files"][1])
    ((title, body),) = start_up_warnings(qtbot, monkeypatch, admin_db, admin)
    assert title == "Écritures faites hors de Parcours"
    assert f"occupant, modification (n° {new})" in body
    assert f"(n° {old})" not in body
    assert f"par « {admin.username} » ; depuis, 1 nouvelle écriture." in body
    # The page lists both, the new one first and not examined.
    page.verify_button.click()
    qtbot.waitUntil(lambda: table.rowCount() == shown + 1, timeout=10_000)
    assert [table.item(0, c).text() for c in (4, 5)] == [str(new), ""]
    assert table.item(1, 5).text().startswith("examinée le ")
    assert button.isEnabled()
    # An auditor reads the same list, without the button.
    audit_page = AuditPage(admin_db, Actor("auditrice", role=Role.AUDITOR))
    qtbot.addWidget(audit_page)
    audit_page.show()
    qtbot.waitUntil(lambda: audit_page.trail_table.rowCount() == shown + 1, timeout=10_000)
    assert audit_page.trail_table.isVisible() and not audit_page.trail.review_button.isVisible()


def test_a_write_still_open_when_the_page_was_read_is_not_marked_examined(
    server, capsys, monkeypatch
):
    """A write by hand whose transaction was still open when the page read the trail
    was not shown: the review does not cover it, though later writes it does cover
    were; it is warned of once committed. Only the administrators review: an auditor
    reads. A page read before another review is refused. ``audit verify`` succeeds
    while every write is examined, and says which."""
    from desktop import cli
    from desktop.domain.errors import PermissionDenied, UserError

    monkeypatch.setenv("PARCOURS_PASSWORD", PASSWORD)
    anonymous = _url(server["name"], anonymous=True)
    verify = ["audit", "verify", "--db", anonymous, "--user", server["logins"]["admin"]]
    from desktop.domain.roles import Role
    from desktop.services.context import Actor

    admin_db, admin = server["admin_db"], server["admin"]
    with _agent_sql(server, "agent_a") as open_conn:
        with open_conn.transaction():
            (hidden,) = open_conn.execute(
                "UPDATE occupant SET first_name = 'Ouverte' WHERE household_id = %s RETURNING id",
                (server["files"][0],),
            ).fetchone()
            (open_tx,) = open_conn.execute("SELECT txid_current()").fetchone()
            later = _hand_write(server, "agent_b", "Plus tard", server["files"][1])
            report = audit.trail_report(admin_db, admin)
            assert any(later in c.row_ids for c in report.fresh)
            assert not any(c.tx == open_tx for c in report.changes)  # not shown
            auditor = Actor("auditrice", role=Role.AUDITOR)
            with pytest.raises(PermissionDenied):
                audit.mark_trail_examined(admin_db, auditor, report)
            assert audit.mark_trail_examined(admin_db, admin, report) == len(report.fresh)
            with pytest.raises(UserError, match="Un autre examen"):
                audit.mark_trail_examined(admin_db, admin, report)
            capsys.readouterr()
            assert cli.main(verify) == 0
            err = capsys.readouterr().err
            assert f"(n° {later}) — examinée le " in err
            assert f" par {server['logins']['admin']}" in err
    after = audit.trail_report(admin_db, admin)
    assert [(c.tx, c.row_ids) for c in after.fresh] == [(open_tx, (hidden,))]
    assert after.fresh_total == len(after.fresh) >= 1
    assert cli.main(verify) == 1
    assert f"(n° {hidden})\n" in capsys.readouterr().err + "\n"

"""The audit page checks the hash chain and names the first broken link; so does the
start-up (issue 18, item 7)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from desktop.domain.roles import Role
from desktop.services import tenants
from desktop.services.context import Actor
from desktop.storage.models import AuditEvent

pytestmark = pytest.mark.gui

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)


def _tamper_first_file_event(db) -> int:
    with db.reader() as s:
        target = s.scalar(
            select(AuditEvent.id)
            .where(AuditEvent.entity == "dossier")
            .order_by(AuditEvent.id)
            .limit(1)
        )
    with db.engine.begin() as c:
        if db.dialect == "postgresql":
            c.execute(text("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update"))
        else:
            c.execute(text("DROP TRIGGER audit_event_no_update"))
        c.execute(text("UPDATE audit_event SET actor = 'personne' WHERE id = :id"), {"id": target})
    return target


def test_audit_page_reports_the_first_broken_link(qtbot, db, agency, make_file):
    from desktop.ui.admin_pages import AuditPage

    for n in range(1, 4):
        tenants.create_tenant_file(db, ADMIN, make_file(n))
    page = AuditPage(db, ADMIN)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "intègre" in page.chain_label.text(), timeout=10_000)
    # Writes outside the application: a server's trail only; said plainly elsewhere.
    if db.dialect == "sqlite":
        assert page.trail_label.text() == (
            "Écritures faites hors de l'application : sans objet sur une base SQLite, qui "
            "n'en garde aucune trace ; seul un serveur PostgreSQL les relève."
        )
    else:  # a schema of the tests, without ``server init``
        assert "non relevées, ce serveur n'en garde pas la trace" in page.trail_label.text()
    assert page.trail_table.isHidden()
    assert page.trail.review_button.isHidden()  # nothing to mark as examined
    target = _tamper_first_file_event(db)
    qtbot.waitUntil(page.verify_button.isEnabled, timeout=10_000)
    page.verify_button.click()
    qtbot.waitUntil(lambda: "rompu" in page.chain_label.text(), timeout=10_000)
    assert f"événement n° {target}" in page.chain_label.text()


def test_start_up_warns_of_a_broken_chain(qtbot, db, agency, make_file, monkeypatch):
    from tests.gui.window import start_up_warnings

    tenants.create_tenant_file(db, ADMIN, make_file(1))
    target = _tamper_first_file_event(db)
    shown = start_up_warnings(qtbot, monkeypatch, db, ADMIN)
    assert len(shown) == 1  # no server trail to report here
    assert shown[0][0] == "Journal d'audit altéré"
    assert f"événement n° {target}" in shown[0][1]

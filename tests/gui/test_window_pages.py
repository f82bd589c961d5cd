"""The main window paints with the tenant list only: other pages are built on their
first visit, once, and work as before."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from desktop.services import demo
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_pages_are_built_on_their_first_visit(qtbot, db, actor):
    demo.generate(db, actor, 3)
    statements = []
    event.listen(
        db.engine,
        "before_cursor_execute",
        lambda conn, cursor, statement, *a: statements.append(statement),
    )

    def household_pages():
        return [s for s in statements if "FROM household" in s and "count(" not in s.lower()]

    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.tenant_page.model.rowCount() == 3
    assert len(household_pages()) == 1  # one query for the list's first page
    assert not any("FROM notice" in s for s in statements)  # the notices page waits
    assert w.built_page("notice") is None and w.built_page("arrears") is None
    titles = [w.nav.item(i).text() for i in range(w.nav.count())]
    w.nav.setCurrentRow(titles.index("Congés"))
    page = w.built_page("notice")
    assert page is not None and w.pages.currentWidget() is page
    assert w.notice_page is page and w.pages.indexOf(page) == titles.index("Congés")
    w.nav.setCurrentRow(titles.index("Plans d'apurement"))
    assert w.pages.currentWidget() is w.arrears_page
    w.nav.setCurrentRow(titles.index("Congés"))
    assert w.pages.currentWidget() is page  # built once
    w.refresh_current()  # F5 refreshes what exists


def test_an_interrupted_mass_mailing_is_offered_at_start_and_can_be_given_up(qtbot, db, actor):
    from desktop.services import demo, documents, tenants
    from tests.gui.modal import answer_message_box

    demo.generate(db, actor, 5)
    ids = [r.id for r in tenants.search(db, actor, tenants.TenantQuery())]
    request = documents.BatchRequest(
        documents.LetterOptions("relance_impaye", fields={"periode": "octobre 2026"}),
        household_ids=ids,
        mass=True,
    )
    documents._write_journal("lot-coupe", request, ids)
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    [pending] = w.after_start(ask=False)
    assert pending.batch_id == "lot-coupe" and pending.household_ids == ids
    assert pending.options.fields == {"periode": "octobre 2026"}
    seen: list[str] = []
    answer_message_box("Plus tard", seen)
    w.offer_resume(pending)
    assert "5 courriers" in seen[0] and "relance_impaye" in seen[0]
    assert len(w.after_start(ask=False)) == 1  # asked again at the next start
    answer_message_box("Abandonner", seen)
    w.offer_resume(pending)
    assert w.after_start(ask=False) == []

"""The main window paints with the tenant list only: other pages are built on their
first visit, once, and work as before."""

from __future__ import annotations

from pathlib import Path

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
    qtbot.waitUntil(lambda: w.tenant_page.model.rowCount() == 3)
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
    assert pending.batch_id == "lot-coupe" and pending.request.household_ids == ids
    assert pending.request.options.fields == {"periode": "octobre 2026"}
    seen: list[str] = []
    answer_message_box("Plus tard", seen)
    w.offer_resume(pending)
    assert (
        "(arrêt brutal) : aucun courrier au registre des documents, 5 courriers n'ont pas été faits : "
        in (seen[0])
    )
    assert "relance_impaye" in seen[0]
    assert len(w.after_start(ask=False)) == 1  # asked again at the next start
    answer_message_box("Abandonner", seen)
    w.offer_resume(pending)
    assert w.after_start(ask=False) == []


class Killed(BaseException):
    """Stands for the process being killed half-way."""


def test_the_letters_a_killed_batch_did_not_make_are_named_and_made_at_start(
    qtbot, db, actor, tmp_path, monkeypatch
):
    """An ordinary batch (DOCX) killed after its first letter: at the next start the
    window names the two tenants without their letter; « Faire les courriers
    manquants » makes just those, and the print folder holds the three."""
    from desktop.services import demo, documents, tenants
    from desktop.storage.models import DocumentRecord
    from tests.gui.modal import answer_message_box

    demo.generate(db, actor, 12)
    query = tenants.TenantQuery(arrears_only=True)
    ids = [r.id for r in tenants.search(db, actor, query, limit=3)]
    assert len(ids) == 3
    out = tmp_path / "lot"
    request = documents.BatchRequest(
        documents.LetterOptions("relance_impaye", pdf=False, fields={"periode": "octobre 2026"}),
        household_ids=ids,
        out_dir=out,
    )
    monkeypatch.setattr(documents.batch, "REGISTER_CHUNK", 1)

    def killed_after_the_first_letter(p):
        if p.letters_done >= 1:
            raise Killed()

    with pytest.raises(Killed):
        documents.run_batch(db, actor, request, killed_after_the_first_letter)
    with db.reader() as s:
        [(first, lot)] = s.query(DocumentRecord.household_id, DocumentRecord.batch_id).all()
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    seen: list[str] = []
    answer_message_box("Plus tard", seen)
    [pending] = w.after_start()
    names = {i: tenants.get_tenant_file(db, actor, i).data.display_name for i in ids if i != first}
    assert f"Le publipostage {lot} (modèle « relance_impaye »)" in seen[0]
    assert "1 courrier au registre des documents, 2 courriers n'ont pas été faits" in seen[0]
    for i, name in names.items():
        assert f"dossier {i} {name}" in seen[0]
    answer_message_box("Faire les courriers manquants", seen)
    w.offer_resume(pending)
    qtbot.waitUntil(lambda: "repris" in w.statusBar().currentMessage(), timeout=60_000)
    assert w.statusBar().currentMessage() == (
        "Publipostage repris : 2 courriers produits et enregistrés (1 l'était déjà)."
    )
    with db.reader() as s:
        rows = s.query(DocumentRecord.household_id, DocumentRecord.docx_path).all()
    assert sorted(r[0] for r in rows) == sorted(ids)  # each once
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(r[1]).name for r in rows)
    assert w.after_start(ask=False) == []


def test_the_window_paints_before_the_list_is_read(qtbot, db, actor):
    """Issue 19: the window is on screen before the list's first query (and before any
    query of its filters); the list fills right after, with its count."""
    from PySide6.QtCore import QEvent, QObject

    demo.generate(db, actor, 4)
    events: list[str] = []

    def record(conn, cursor, statement, *args):
        events.append("list" if "FROM household" in statement else "other query")

    class Paints(QObject):
        def eventFilter(self, watched, ev):
            if ev.type() == QEvent.Type.Paint:
                events.append("paint")
            return False

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        w = MainWindow(db, actor)
        qtbot.addWidget(w)
        page = w.tenant_page
        assert page.pending_load and events.count("list") == 0  # built: nothing read yet
        assert w.count_status.text() == "Chargement des dossiers…"
        paints = Paints(w)
        page.view.viewport().installEventFilter(paints)
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            w.show()
        qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert "paint" in events and "list" in events
    first_paint = events.index("paint")
    assert events.index("list") > first_paint, events
    assert "other query" not in events[:first_paint], events  # agencies, saved searches too
    assert not page.pending_load
    assert page.agency.count() > 1 and page.count_label.text() == "4 dossiers"
    assert w.count_status.text() == "4 dossiers"


def test_a_list_not_yet_read_is_read_when_asked(qtbot, db, actor):
    """Whatever needs the list before the first paint (F5, a search typed) reads it."""
    demo.generate(db, actor, 2)
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    assert w.tenant_page.pending_load and w.tenant_page.model.rowCount() == 0
    w.refresh_current()
    assert not w.tenant_page.pending_load and w.tenant_page.model.rowCount() == 2

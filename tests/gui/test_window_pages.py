"""The main window paints with the tenant list only: other pages are built on their
first visit, once, and work as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from desktop.services import demo
from desktop.ui.main_window import MainWindow
from tests.gui.test_fit_screen import laptop_screen

__all__ = ["laptop_screen"]  # (the fixture: a laptop's free area, 1,024 × 576)

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


def killed_batch(db, actor, tmp_path, monkeypatch):
    """An ordinary batch (DOCX) of three tenants in arrears killed after its first
    letter: the three files, the one that got its letter, the batch and its out folder."""
    from desktop.services import demo, documents, tenants
    from desktop.storage.models import DocumentRecord

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
    return ids, first, lot, out


def made_each_once(db, ids, out) -> bool:
    """Each of ``ids`` has its letter in the register, once, and in the print folder."""
    from desktop.storage.models import DocumentRecord

    with db.reader() as s:
        rows = s.query(DocumentRecord.household_id, DocumentRecord.docx_path).all()
    return sorted(r[0] for r in rows) == sorted(ids) and sorted(
        p.name for p in out.iterdir()
    ) == sorted(Path(r[1]).name for r in rows)


def test_the_letters_a_killed_batch_did_not_make_are_named_and_made_at_start(
    qtbot, db, actor, tmp_path, monkeypatch
):
    """An ordinary batch (DOCX) killed after its first letter: at the next start the
    window names the two tenants without their letter; « Faire les courriers
    manquants » makes just those, and the print folder holds the three."""
    from desktop.services import tenants
    from tests.gui.modal import answer_message_box

    ids, first, lot, out = killed_batch(db, actor, tmp_path, monkeypatch)
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
    assert made_each_once(db, ids, out)
    assert w.after_start(ask=False) == []


def test_the_publipostage_offers_the_letters_a_killed_batch_did_not_make(
    qtbot, db, actor, tmp_path, monkeypatch, laptop_screen
):
    """The user put off the missing letters at the start, then opens the publipostage
    on a laptop (1,024 × 576): the dialog names the two tenants left without their
    letter and offers to make them, in sight above the recipients (the form still
    fits); « Faire les courriers
    manquants » makes just those there, with the progress of any batch, and the offer
    goes. « Abandonner » gives another killed batch up."""
    from PySide6.QtCore import QRect, Qt

    from desktop.services import documents, tenants
    from desktop.ui.batch_dialog import BatchDialog

    ids, first, lot, out = killed_batch(db, actor, tmp_path, monkeypatch)
    dialog = BatchDialog(db, actor, query=tenants.TenantQuery(), template_name="courrier_libre")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = dialog.interrupted_text.text()
    assert f"Le publipostage {lot} (modèle « relance_impaye »)" in text
    assert "2 courriers n'ont pas été faits" in text
    for i in ids:
        name = tenants.get_tenant_file(db, actor, i).data.display_name
        assert (f"dossier {i} {name}" in text) is (i != first)
    inside = QRect(0, 0, dialog.width(), dialog.height())
    for button in (dialog.resume_button, dialog.discard_button, dialog.close_button):
        corner = button.mapTo(dialog, button.rect().topLeft())
        assert button.isVisible() and inside.contains(button.rect().translated(corner))
        assert button.width() >= button.sizeHint().width()
    assert dialog.width() <= 1024 and dialog.height() <= 576
    assert dialog.form_area.verticalScrollBar().maximum() == 0  # the form still fits
    qtbot.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "repris" in dialog.status.text(), timeout=60_000)
    assert dialog.status.text().startswith(
        "Publipostage repris : 2 courriers produits et enregistrés (1 l'était déjà)."
    )
    assert made_each_once(db, ids, out)
    assert not dialog.interrupted_row.isVisible()
    # another batch killed meanwhile, given up from the dialog
    request = documents.BatchRequest(
        documents.LetterOptions("relance_impaye", fields={"periode": "octobre 2026"}),
        household_ids=ids,
        mass=True,
    )
    documents._write_journal("lot-coupe", request, ids)
    dialog.offer_interrupted()
    assert dialog.interrupted_row.isVisible() and "lot-coupe" in dialog.interrupted_text.text()
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert not dialog.interrupted_row.isVisible()
    assert documents.interrupted_letters(db, actor) == []


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


def test_escape_leaves_a_running_publipostage_in_sight(qtbot, db, actor, monkeypatch):
    """Escape while the letters are being made keeps the publipostage open (it hid it,
    the batch going on out of sight); « Arrêter » stops it, then Escape closes it."""
    import threading

    from PySide6.QtCore import Qt

    from desktop.services import demo, documents, tenants
    from desktop.ui.batch_dialog import BatchDialog

    demo.generate(db, actor, 3)
    started = threading.Event()

    def slow_batch(_db, _actor, _request, _progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)  # (the worker thread: the letters being made)
        return documents.BatchResult("lot", [], [], None, None, cancelled=True, seconds=0.0)

    monkeypatch.setattr(documents, "run_batch", slow_batch)
    dialog = BatchDialog(db, actor, query=tenants.TenantQuery(), template_name="courrier_libre")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.running
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Publipostage arrêté"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

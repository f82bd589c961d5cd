"""The crisis protocol from the "Plans d'apurement" page (issue 13): write it, record who
signed for each association, see who signed, produce the registered document."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from desktop.documents import engine
from desktop.domain.roles import Role
from desktop.services import crisis_protocols as cp
from desktop.services import documents
from desktop.services.context import Actor
from desktop.ui.main_window import MainWindow

D = dt.date


@pytest.fixture
def clock():
    from desktop.services.context import use_clock
    from tests.conftest import DayClock

    with use_clock(DayClock(D(2020, 5, 20))) as c:
        yield c


def open_dialog(qtbot, db, actor):
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.arrears_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    click(qtbot, page.crisis_button)
    return window, page.crisis_dialog


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text):
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_write_sign_and_produce_the_protocol(qtbot, db, actor, clock, monkeypatch):
    monkeypatch.setattr(documents, "pdf_available", lambda: False)  # the DOCX is enough here
    _window, dialog = open_dialog(qtbot, db, actor)
    assert dialog.protocols.currentData() is None  # a new protocol, the template's defaults
    assert dialog.editors["duree_max"].text() == "12"
    assert not dialog.sign_button.isEnabled() and not dialog.produce_button.isEnabled()
    assert not dialog.locked_label.isVisibleTo(dialog)
    type_into(qtbot, dialog.editors["associations"], "CNL, CLCV")
    type_into(qtbot, dialog.editors["date_conseil"], "12/05/2020")
    type_into(qtbot, dialog.editors["debut"], "15/05/2020")
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == "« Applicable jusqu'au » est obligatoire."
    assert cp.list_protocols(db, actor) == []  # nothing written
    type_into(qtbot, dialog.editors["fin"], "31/12/2020")
    click(qtbot, dialog.save_button)
    assert dialog.message.text().startswith("Protocole enregistré : Protocole local")
    assert dialog.protocols.currentData() == dialog.view.id
    assert [cells(dialog.signatures, r)[:2] for r in range(2)] == [
        ["CNL", "(pas encore signé)"],
        ["CLCV", "(pas encore signé)"],
    ]

    # A date in the future is refused where the user typed, and nothing is recorded.
    dialog.sign_association.setCurrentIndex(dialog.sign_association.findText("CLCV"))
    type_into(qtbot, dialog.sign_name, "M. Paul Roux")
    dialog.sign_role.setText("président")  # (QTest cannot type non-ASCII keys)
    type_into(qtbot, dialog.sign_date, "21/05/2020")
    click(qtbot, dialog.sign_button)
    assert dialog.message.text() == "La date de signature (21/05/2020) est dans le futur."
    assert not cp.get_protocol(db, actor, dialog.view.id).signed
    type_into(qtbot, dialog.sign_date, "19/05/2020")
    click(qtbot, dialog.sign_button)
    assert dialog.message.text() == "Signature de l'association CLCV enregistrée."
    row = cells(dialog.signatures, 1)
    assert row[:4] == ["CLCV", "M. Paul Roux", "président", "19/05/2020"]
    assert row[4].startswith("agent.test le ")
    # Signed: the text is locked.
    assert not dialog.save_button.isEnabled()
    assert not dialog.editors["associations"].isEnabled()
    assert dialog.locked_label.isVisibleTo(dialog)

    click(qtbot, dialog.produce_button)
    qtbot.waitUntil(lambda: dialog.last_document is not None, timeout=60_000)
    made = dialog.last_document
    assert dialog.message.text().startswith(f"Document {made.reference} enregistré")
    assert "PDF non produit : ni LibreOffice ni Microsoft Word" in dialog.message.text()
    assert made.pdf_path is None
    assert dialog.documents_label.text().startswith(f"Dernier document : {made.reference} (")
    signed = sum(
        1
        for r in range(dialog.signatures.rowCount())
        if "pas encore" not in cells(dialog.signatures, r)[1]
    )
    said = {0: "aucune signature", 1: "1 signature"}.get(signed, f"{signed} signatures")
    assert f"{made.reference} ({said}) · " in dialog.documents_label.text()
    assert dialog.protocols.currentText().endswith(f" · signatures : {signed}/2")
    text = re.sub(
        "[\u00a0\u202f]", " ", "\n".join(engine.docx_paragraphs(made.docx_path.read_bytes()))
    )
    assert "Pour l'association CLCV\nM. Paul Roux, président\nSigné le 19 mai 2020" in text
    assert documents.find_by_reference(db, actor, made.reference).template_name == cp.TEMPLATE
    dialog.close()


def test_a_signed_protocol_reopens_with_who_signed_and_its_text_locked(qtbot, db, actor, clock):
    view = cp.create_protocol(
        db,
        actor,
        {
            "associations": "CSF",
            "date_conseil": "12/05/2020",
            "debut": "15/05/2020",
            "fin": "31/12/2020",
        },
    )
    cp.record_signature(
        db, actor, view.id, view.associations[0].id, "Mme Lina Costa", D(2020, 5, 18), view.version
    )
    manager = Actor("resp.test", "Responsable Test", role=Role.MANAGER)
    _window, dialog = open_dialog(qtbot, db, manager)
    assert dialog.protocols.currentData() == view.id
    assert cells(dialog.signatures, 0)[:4] == ["CSF", "Mme Lina Costa", "", "18/05/2020"]
    assert dialog.editors["associations"].text() == "CSF"
    assert not dialog.save_button.isEnabled() and dialog.sign_button.isEnabled()
    dialog.close()

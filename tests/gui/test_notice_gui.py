"""Click through the notice screen and the "Congés" page with real widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.notice import DeliveryMode
from desktop.domain.notice import ReducedNoticeGround as G
from desktop.domain.notice_case import NoticeInput
from desktop.services import notices, tenants
from desktop.services.context import use_clock
from desktop.ui.main_window import MainWindow
from tests.conftest import DayClock
from tests.gui.modal import answer_message_box
from tests.test_documents_pdf import libreoffice, pdf_text  # noqa: F401 - shared fixture

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton
D = dt.date
TODAY = D(2026, 3, 10)


@pytest.fixture
def clock():
    with use_clock(DayClock(TODAY)) as c:
        yield c


@pytest.fixture
def files(db, actor, agency, make_file, clock):
    d = make_file(2)
    d.occupants[0].last_name = "Martin"
    return {
        "dupont": tenants.create_tenant_file(db, actor, make_file(1)),
        "martin": tenants.create_tenant_file(db, actor, d),
    }


@pytest.fixture
def window(qtbot, db, actor, files):
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for dialog in list(w.open_notices.values()):
        dialog._keep_inputs()  # no "save changes?" prompt at teardown
        dialog.close()
    for dialog in list(w.open_dialogs.values()):
        dialog.save_button.setEnabled(False)  # no "save changes?" prompt at teardown
        dialog.close()


def open_notice_from_file(window, qtbot, household_id):
    file_dialog = window.open_file(household_id)
    qtbot.waitExposed(file_dialog)
    qtbot.mouseClick(file_dialog.notice_button, LEFT)
    dialog = window.open_notices[household_id]
    qtbot.waitExposed(dialog)
    return file_dialog, dialog


def type_into(qtbot, edit, text):
    edit.clear()
    qtbot.keyClicks(edit, text)


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_ground_without_proof_then_proof_then_postponement(window, qtbot, db, actor, files):
    file_dialog, dialog = open_notice_from_file(window, qtbot, files["dupont"])
    assert dialog.title.text() == "<h2>Congé — DUPONT Élodie</h2>"
    assert not dialog.tabs.isTabEnabled(1)  # exceptions come once the notice exists
    choose(dialog.delivery_mode, DeliveryMode.LRAR.value)
    type_into(qtbot, dialog.sent_on, "28/01/2026")
    type_into(qtbot, dialog.received_on, "31/01/2026")
    choose(dialog.ground, G.SANTE.value)
    assert "Certificat médical" in dialog.proof_hint.text()
    # The preview shows both dates before anything is saved.
    assert "Fin du préavis : 30/04/2026" in dialog.end_label.text()
    assert "28/02/2026" in dialog.end_if_proof_label.text()
    assert "Aperçu" in dialog.preview_note.text()

    qtbot.mouseClick(dialog.save_button, LEFT)
    nid = dialog.notice_id
    saved = notices.get_notice(db, actor, nid)
    assert (saved.end_date, saved.end_date_if_proof) == (D(2026, 4, 30), D(2026, 2, 28))
    assert dialog.preview_note.text() == ""
    assert "Congé reçu le 31/01/2026" in dialog.steps.text()
    assert "justificatif manquant : préavis de 3 mois appliqué" in dialog.steps.text()
    assert "Justificatif manquant (Certificat médical)" in dialog.warnings.text()
    assert file_dialog.timeline.topLevelItem(0).text(1) == "Congé reçu"

    # The proof arrives: tick it, give its date, save.
    qtbot.mouseClick(dialog.proof_received, LEFT)
    assert dialog.proof_received_on.text() == "10/03/2026"
    type_into(qtbot, dialog.proof_received_on, "03/02/2026")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "Fin du préavis : 28/02/2026" in dialog.end_label.text()
    assert "(1 mois)" in dialog.end_label.text()
    assert dialog.end_if_proof_label.text() == ""
    assert "Justificatif reçu le 03/02/2026" in dialog.steps.text()
    assert not dialog.warnings.isVisible()
    assert file_dialog.timeline.topLevelItem(0).text(1) == "Justificatif du préavis réduit reçu"
    assert notices.get_notice(db, actor, nid).end_date == D(2026, 2, 28)

    # Postponement: a date before the end is refused next to the field.
    dialog.tabs.setCurrentIndex(1)
    choose(dialog.exception_kind, "REPORT")
    assert dialog.rows["new_departure_on"].isVisible()
    assert not dialog.rows["exception.keys_returned_on"].isVisible()
    type_into(qtbot, dialog.reason, "Confinement : demenagement impossible")
    type_into(qtbot, dialog.new_departure_on, "20/02/2026")
    qtbot.mouseClick(dialog.exception_button, LEFT)
    assert dialog.rows["new_departure_on"].error.text() == (
        "La nouvelle date de départ doit être postérieure à la fin du préavis (28/02/2026)."
    )
    type_into(qtbot, dialog.new_departure_on, "15/06/2026")
    type_into(qtbot, dialog.agreement_signed_on, "09/03/2026")
    qtbot.mouseClick(dialog.exception_button, LEFT)
    assert not dialog.rows["new_departure_on"].error.isVisible()
    assert dialog.exceptions.topLevelItemCount() == 1
    item = dialog.exceptions.topLevelItem(0)
    assert item.text(1) == "Report du départ (convention d'occupation temporaire)"
    assert item.text(2) == "Agent Test"
    assert "départ le 15/06/2026" in item.text(4)
    assert "Départ reporté au 15/06/2026" in dialog.end_label.text()
    assert file_dialog.timeline.topLevelItem(0).text(1) == "Report du départ"
    assert notices.get_notice(db, actor, nid).departure_on == D(2026, 6, 15)


def test_errors_are_shown_next_to_the_fields(window, qtbot, db, actor, files):
    _, dialog = open_notice_from_file(window, qtbot, files["martin"])
    type_into(qtbot, dialog.received_on, "32/01/2026")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "jj/mm/aaaa" in dialog.rows["received_on"].error.text()
    assert dialog.notice_id is None
    type_into(qtbot, dialog.received_on, "11/03/2026")
    type_into(qtbot, dialog.requested_departure, "01/03/2026")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.rows["received_on"].error.text() == "La date ne peut pas être dans le futur."
    assert dialog.rows["requested_departure"].error.text() == (
        "Le départ demandé ne peut pas précéder la réception du congé."
    )
    choose(dialog.ground, G.ZONE_TENDUE.value)
    assert "le bail n'indique pas de zone tendue" in dialog.proof_hint.text()
    type_into(qtbot, dialog.received_on, "02/03/2026")
    dialog.requested_departure.clear()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "zone tendue" in dialog.rows["ground"].error.text()
    assert notices.notice_context(db, actor, files["martin"]).notice_id is None
    choose(dialog.ground, G.AUCUN.value)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.notice_id is not None
    assert "Fin du préavis : 02/06/2026" in dialog.end_label.text()


def record(db, actor, household_id, **kw):
    values = {"delivery_mode": DeliveryMode.MAIN_PROPRE, "received_on": D(2026, 2, 10)}
    values.update(kw)
    return notices.record_notice(db, actor, household_id, NoticeInput(**values))


def test_keys_without_inventory_exit_and_deposit(window, qtbot, db, actor, files):
    record(db, actor, files["martin"])
    _, dialog = open_notice_from_file(window, qtbot, files["martin"])
    dialog.tabs.setCurrentIndex(1)
    choose(dialog.exception_kind, "CLES_SANS_EDL")
    qtbot.mouseClick(dialog.exception_button, LEFT)
    assert dialog.rows["reason"].error.text() == "Indiquez le motif de la décision."
    assert dialog.rows["exception.keys_returned_on"].error.text() == (
        "Indiquez la date de retour des clés."
    )
    type_into(qtbot, dialog.reason, "Cles deposees en boite aux lettres")
    type_into(qtbot, dialog.exc_keys_on, "02/03/2026")
    type_into(qtbot, dialog.exc_inventory_on, "12/03/2026")
    qtbot.mouseClick(dialog.exception_button, LEFT)
    assert "état des lieux prévu le 12/03/2026" in dialog.warnings.text()
    assert dialog.deposit_label.text().startswith("À restituer au plus tard le 02/05/2026")

    dialog.tabs.setCurrentIndex(2)
    assert dialog.keys_returned_on.text() == "02/03/2026"
    type_into(qtbot, dialog.exit_inventory_on, "09/03/2026")
    qtbot.mouseClick(dialog.inventory_matches, LEFT)
    qtbot.mouseClick(dialog.exit_button, LEFT)
    assert dialog.deposit_label.text() == (
        "À restituer au plus tard le 02/04/2026 (1 mois : état des lieux de sortie conforme "
        "à l'entrée)."
    )
    assert "état des lieux prévu" not in dialog.warnings.text()


def test_withdrawal_then_a_new_notice(window, qtbot, db, actor, files):
    record(db, actor, files["dupont"])
    _, dialog = open_notice_from_file(window, qtbot, files["dupont"])
    dialog.tabs.setCurrentIndex(1)
    choose(dialog.exception_kind, "RETRAIT")
    type_into(qtbot, dialog.reason, "Le locataire reste")
    seen: list[str] = []
    answer_message_box("Enregistrer le retrait", seen)
    qtbot.mouseClick(dialog.exception_button, LEFT)
    assert seen and "Le locataire reste dans les lieux" in seen[0]
    assert "congé retiré" in dialog.summary.text()
    assert not dialog.save_button.isEnabled() and dialog.new_button.isVisible()
    qtbot.mouseClick(dialog.new_button, LEFT)
    assert dialog.received_on.text() == "" and dialog.save_button.isEnabled()
    type_into(qtbot, dialog.received_on, "01/03/2026")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert len(notices.notices_of_household(db, actor, files["dupont"])) == 2


def test_notices_page_filters_open_and_export(
    window, qtbot, db, actor, files, tmp_path, monkeypatch
):
    from openpyxl import load_workbook

    record(db, actor, files["dupont"], ground=G.RSA_AAH)
    record(db, actor, files["martin"], received_on=D(2026, 3, 2))
    window.findChild(type(window.undo_action), "showNotices").trigger()
    page = window.notice_page
    assert window.pages.currentWidget() is page
    names = lambda: [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert names() == ["DUPONT Élodie", "MARTIN Élodie"]
    assert page.table.item(0, 10).text() == "justificatif manquant"
    assert page.count_label.text() == "2 congés"
    qtbot.mouseClick(page.proof, LEFT)
    assert names() == ["DUPONT Élodie"]
    qtbot.mouseClick(page.proof, LEFT)

    rect = page.table.visualItemRect(page.table.item(1, 0))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), LEFT, pos=rect.center())
    dialog = window.open_notices[files["martin"]]
    assert dialog.received_on.text() == "02/03/2026"
    dialog.close()

    target = tmp_path / "export-conges"
    monkeypatch.setattr(page, "ask_export_path", lambda: str(target))
    qtbot.mouseClick(page.export_button, LEFT)
    rows = list(load_workbook(str(target) + ".xlsx").active.iter_rows(values_only=True))
    assert [r[0] for r in rows] == ["Locataire", "DUPONT Élodie", "MARTIN Élodie"]
    assert page.count_label.text().startswith("2 congés exportés vers ")


def test_acknowledgement_letter_in_one_click_with_the_dates_in_the_pdf(
    window,
    qtbot,
    db,
    actor,
    files,
    libreoffice,  # noqa: F811 - the fixture
):
    from desktop.services import notice_letters

    record(
        db,
        actor,
        files["dupont"],
        delivery_mode=DeliveryMode.LRAR,
        received_on=D(2026, 1, 31),
        ground=G.SANTE,
    )
    file_dialog, dialog = open_notice_from_file(window, qtbot, files["dupont"])
    assert list(dialog.letter_actions) == [
        notice_letters.ACKNOWLEDGEMENT,
        notice_letters.PROOF_REQUEST,
    ]
    assert [a.text() for a in dialog.letter_menu.actions()] == [
        "Accusé de réception du congé",
        "Demande du justificatif manquant",
    ]
    assert dialog.letter_pdf.isChecked()
    dialog.letter_actions[notice_letters.ACKNOWLEDGEMENT].trigger()
    qtbot.waitUntil(lambda: dialog.last_document is not None, timeout=60_000)
    doc = dialog.last_document
    assert doc.reference in dialog.letter_status.text() and dialog.letter_open.isVisible()
    # made in the background, it ends on the in-app preview (issue 15)
    preview = dialog.pdf_previews[-1]
    assert preview.viewer.path == doc.pdf_path and preview.viewer.pages
    preview.close()
    text = pdf_text(doc.pdf_path)
    assert "reçu le 31 janvier 2026" in text
    assert "Votre préavis prendra fin le 30 avril 2026." in text
    assert "votre préavis prendra fin le 28 février 2026." in text
    qtbot.waitUntil(
        lambda: file_dialog.timeline.topLevelItem(0).text(1) == "Courrier", timeout=5_000
    )
    assert file_dialog.timeline.topLevelItem(0).text(3).startswith(doc.reference)


def test_zone_tendue_lease_with_a_ground_lacking_its_proof_has_one_end_date(
    qtbot, db, actor, agency, make_file, clock
):
    """Issue 15: on a zone-tendue lease, "Mutation professionnelle" without its proof
    gives the 1-month notice (the zone tendue needs no proof); the headline and the
    steps say the same date, and no second "if the proof comes" date is shown."""
    clock.day = D(2026, 12, 1)
    data = make_file(7)
    data.lease.zone_tendue = True
    household_id = tenants.create_tenant_file(db, actor, data)
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    dialog = window.open_notice_for_file(household_id)
    qtbot.waitExposed(dialog)
    choose(dialog.delivery_mode, DeliveryMode.LRAR.value)
    type_into(qtbot, dialog.received_on, "25/11/2026")
    type_into(qtbot, dialog.requested_departure, "10/01/2027")
    choose(dialog.ground, G.MUTATION.value)
    assert not dialog.proof_received.isChecked()
    assert "zone tendue" in dialog.proof_hint.text()

    def shown():
        steps = dialog.steps.text()
        return dialog.end_label.text(), steps, dialog.end_if_proof_label.text()

    headline, steps, if_proof = shown()
    assert "Fin du préavis : 10/01/2027</b> (1 mois)" in headline
    assert "zone tendue" in steps and "sans justificatif" in steps
    assert "Fin du préavis : 10/01/2027" in steps
    assert "25/02/2027" not in headline + steps + if_proof  # no 3-month date anywhere
    assert if_proof == ""

    # Saved, the stored explanation says the same.
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.notice_id is not None
    view = notices.get_notice(db, actor, dialog.notice_id)
    assert view.end_date == D(2027, 1, 10) and view.applied_months == 1
    assert view.end_date_if_proof is None
    headline, steps, if_proof = shown()
    assert "Fin du préavis : 10/01/2027</b> (1 mois)" in headline and if_proof == ""
    dialog.close()


def test_outside_zone_tendue_both_dates_only_while_the_proof_is_pending(
    qtbot, db, actor, agency, make_file, clock
):
    clock.day = D(2026, 12, 1)
    household_id = tenants.create_tenant_file(db, actor, make_file(8))
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    dialog = window.open_notice_for_file(household_id)
    qtbot.waitExposed(dialog)
    choose(dialog.delivery_mode, DeliveryMode.LRAR.value)
    type_into(qtbot, dialog.received_on, "25/11/2026")
    type_into(qtbot, dialog.requested_departure, "10/01/2027")
    choose(dialog.ground, G.MUTATION.value)
    headline, steps = dialog.end_label.text(), dialog.steps.text()
    # The 3-month notice applies; the requested departure is before its end, so the
    # steps never say it is "retained" for the notice applied.
    assert "Fin du préavis : 25/02/2027</b> (3 mois)" in headline
    assert "Fin du préavis : 25/02/2027" in steps
    assert "la date demandée est retenue" not in steps
    assert "mais le départ demandé le 10/01/2027 est retenu" in steps
    assert "10/01/2027" in dialog.end_if_proof_label.text()
    # The proof arrives: one date only.
    dialog.proof_received.setChecked(True)
    headline, steps = dialog.end_label.text(), dialog.steps.text()
    assert "Fin du préavis : 10/01/2027</b> (1 mois)" in headline
    assert "25/02/2027" not in headline + steps
    assert dialog.end_if_proof_label.text() == ""
    answer_message_box(QMessageBox.StandardButton.Discard, [])  # (the notice not saved)
    dialog.close()


def test_confirmations_stay_inside_the_notice_dialog(window, qtbot, db, actor, files):
    """Issue 15: a saved notice, its proof, an exception are confirmed in the notice
    dialog, never in the main window's status bar behind it."""
    _, dialog = open_notice_from_file(window, qtbot, files["dupont"])
    choose(dialog.delivery_mode, DeliveryMode.LRAR.value)
    type_into(qtbot, dialog.sent_on, "28/01/2026")
    type_into(qtbot, dialog.received_on, "31/01/2026")
    choose(dialog.ground, G.SANTE.value)
    assert not dialog.message.isVisible()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.message.isVisible() and dialog.message.text() == "Congé enregistré."
    assert window.statusBar().currentMessage() == ""
    qtbot.mouseClick(dialog.proof_received, LEFT)
    type_into(qtbot, dialog.proof_received_on, "03/02/2026")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.message.text() == "Justificatif enregistré : la fin du préavis est recalculée."
    assert dialog.message.isVisible()
    # A refused exception takes the confirmation away: no stale "enregistré" beside an error
    dialog.tabs.setCurrentIndex(1)
    choose(dialog.exception_kind, "REPORT")
    qtbot.mouseClick(dialog.exception_button, LEFT)
    assert not dialog.message.isVisible()
    type_into(qtbot, dialog.reason, "Confinement")
    type_into(qtbot, dialog.new_departure_on, "15/06/2026")
    type_into(qtbot, dialog.agreement_signed_on, "09/03/2026")
    qtbot.mouseClick(dialog.exception_button, LEFT)
    assert dialog.message.isVisible() and dialog.message.text() == "Report du départ enregistré."
    assert window.statusBar().currentMessage() == ""


def test_dates_of_year_one_or_9999_are_refused_without_breaking_the_preview(
    window, qtbot, db, actor, files
):
    """31/12/9999 typed in « Reçu le »: the preview counted three months after it and
    raised OverflowError in the event loop; 01/01/0001 was saved as the sending date."""
    _, dialog = open_notice_from_file(window, qtbot, files["martin"])
    choose(dialog.delivery_mode, DeliveryMode.LRAR.value)
    type_into(qtbot, dialog.received_on, "31/12/9999")  # the preview follows each key
    type_into(qtbot, dialog.sent_on, "01/01/0001")
    type_into(qtbot, dialog.requested_departure, "31/12/9999")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.rows["received_on"].error.text().startswith("Date non plausible : 31/12/9999")
    assert dialog.rows["sent_on"].error.text() == (
        "Date non plausible : 01/01/0001 (attendu entre 1900 et 2199)."
    )
    assert dialog.rows["requested_departure"].error.text().startswith("Date non plausible")
    assert dialog.sent_on.text() == "01/01/0001"  # the input is kept
    assert notices.notice_context(db, actor, files["martin"]).notice_id is None


def test_refusing_the_reduced_notice_offers_its_letter(window, qtbot, db, actor, files):
    from desktop.services import notice_letters

    record(
        db,
        actor,
        files["dupont"],
        delivery_mode=DeliveryMode.LRAR,
        received_on=D(2026, 1, 31),
        ground=G.SANTE,
        proof_received_on=D(2026, 1, 31),
        proof_document="certificat",
    )
    _, dialog = open_notice_from_file(window, qtbot, files["dupont"])
    assert notice_letters.REDUCED_CONFIRMATION in dialog.letter_actions
    dialog.tabs.setCurrentIndex(1)
    choose(dialog.exception_kind, "REFUS_REDUIT")
    assert dialog.exception_kind.currentText() == "Préavis réduit refusé"
    type_into(qtbot, dialog.reason, "certificat illisible")
    qtbot.mouseClick(dialog.exception_button, LEFT)
    view = notices.get_notice(db, actor, dialog.view.id)
    assert (view.applied_months, view.end_date) == (3, D(2026, 4, 30))
    assert list(dialog.letter_actions) == [
        notice_letters.ACKNOWLEDGEMENT,
        notice_letters.REDUCED_REFUSAL,
    ]
    assert "Refus du préavis réduit" in [a.text() for a in dialog.letter_menu.actions()]


def closed_by_escape(qtbot, window, db, actor, household_id):
    """Escape in the notice dialog of ``household_id``: it closes (deleted, not hidden);
    the notice as saved."""
    qtbot.keyClick(window.open_notices[household_id], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: household_id not in window.open_notices)
    (notice_id,) = notices.notices_of_household(db, actor, household_id)
    return notices.get_notice(db, actor, notice_id)


def test_escape_in_a_changed_notice_asks_before_closing(window, qtbot, db, actor, files):
    """Escape closes the notice as « Fermer » does: unchanged, at once (it was only
    hidden); with a date typed and not saved, it asks first: « Annuler » keeps the
    input, « Enregistrer » saves it, each changed form as typed (the notice and its
    exit), then closes."""
    record(db, actor, files["martin"])
    file_dialog, dialog = open_notice_from_file(window, qtbot, files["martin"])
    closed_by_escape(qtbot, window, db, actor, files["martin"])  # nothing changed

    qtbot.mouseClick(file_dialog.notice_button, LEFT)
    dialog = window.open_notices[files["martin"]]
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.received_on, "12/02/2026")
    dialog.tabs.setCurrentIndex(2)
    type_into(qtbot, dialog.keys_returned_on, "02/03/2026")
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == ["Enregistrer les modifications de ce congé ?"]
    assert dialog.isVisible() and dialog.received_on.text() == "12/02/2026"
    answer_message_box(QMessageBox.StandardButton.Save, seen)
    view = closed_by_escape(qtbot, window, db, actor, files["martin"])
    assert view.data.received_on == D(2026, 2, 12)
    assert view.keys_returned_on == D(2026, 3, 2)


def test_escape_keeps_a_notice_the_user_may_not_lose_without_saying_so(
    window, qtbot, db, actor, files
):
    """A date typed in the exit form, Escape, « Ne pas tenir compte »: the notice
    closes and nothing is saved; a refused input keeps the dialog open with its
    error, the other forms showing what was typed."""
    record(db, actor, files["martin"])
    _, dialog = open_notice_from_file(window, qtbot, files["martin"])
    type_into(qtbot, dialog.received_on, "31/02/2026")
    type_into(qtbot, dialog.deposit_returned_on, "02/04/2026")
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Save, seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(seen) == 1 and dialog.isVisible()
    assert dialog.rows["received_on"].error.text()
    assert dialog.deposit_returned_on.text() == "02/04/2026"
    answer_message_box(QMessageBox.StandardButton.Discard, seen)
    view = closed_by_escape(qtbot, window, db, actor, files["martin"])
    assert view.data.received_on == D(2026, 2, 10)
    assert view.deposit is None or view.deposit.returned_on is None

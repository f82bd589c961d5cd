"""Payment agreements through real widgets: from the tenant file to a signed plan with a
payment, then the "Plans d'apurement" page: filters, payments import, Excel export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from desktop.domain.schedule import PaymentPlanType, PlanStatus
from desktop.domain.tenant import OccupantData
from desktop.services import plans, tenants
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

D = dt.date
E = Decimal
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture
def clock():
    from desktop.services.context import use_clock
    from tests.conftest import DayClock

    with use_clock(DayClock(D(2026, 1, 3))) as c:
        yield c


@pytest.fixture
def files(db, actor, agency, make_file, clock):
    ids = {}
    f = make_file(1)
    f.balance = E("1200.00")
    ids["dupont"] = tenants.create_tenant_file(db, actor, f)
    f = make_file(2)
    f.occupants = [OccupantData("Martin", "Lucas", "M.", D(1990, 5, 2))]
    f.balance = E("350.00")
    ids["martin"] = tenants.create_tenant_file(db, actor, f)
    return ids


@pytest.fixture
def window(qtbot, db, actor, files, clock):
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for dialog in list(w.open_dialogs.values()):
        dialog.save_button.setEnabled(False)
        dialog.close()


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, edit, text):
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def choose(combo, value):
    combo.setCurrentIndex(combo.findData(value))


def test_agreement_from_the_tenant_file(window, qtbot, db, actor, files, clock):
    file_dialog = window.open_file(files["dupont"])
    click(qtbot, file_dialog.plans_button)
    plans_dialog = file_dialog.plans_dialog
    assert plans_dialog.table.rowCount() == 0
    click(qtbot, plans_dialog.new_button)
    dialog = plans_dialog.open_dialogs[-1]
    assert dialog.debt.text() == "1 200,00"  # the balance of the file
    assert dialog.current_rent.text() == "412,50"

    dialog.months.lineEdit().selectAll()
    qtbot.keyClicks(dialog.months, "6")
    type_into(qtbot, dialog.start_on, "05/01/2026")
    click(qtbot, dialog.compute_button)
    assert dialog.schedule.rowCount() == 6
    assert dialog.schedule.item(5, 1).text() == "05/06/2026"
    assert dialog.total_label.text().endswith(f"dette : 1{NNBSP}200,00{NBSP}€ · 6 échéances")

    # Edit one instalment: the last one takes the difference, the total stays right.
    dialog.set_instalment_amount(1, "150,00")
    assert dialog.schedule.item(5, 2).text() == "250,00"
    assert dialog.schedule_message.text() == "L'échéancier est juste : son total est la dette."
    # Without the automatic balance, a clear message; nothing is saved.
    click(qtbot, dialog.keep_total)
    dialog.set_instalment_amount(0, "100,00")
    assert dialog.schedule_message.text() == (
        f"Le total des échéances (1{NNBSP}100,00{NBSP}€) est inférieur de 100,00{NBSP}€ à la "
        f"dette (1{NNBSP}200,00{NBSP}€)."
    )
    dialog.tabs.setCurrentIndex(0)
    click(qtbot, dialog.save_button)
    assert plans.plans_for_household(db, actor, files["dupont"]) == []
    assert "inférieur de 100,00" in dialog.schedule_message.text()
    # The schedule's tab holds the error: its title in red, and it is shown.
    bar, red = dialog.tabs.tabBar(), QColor("#b3261e")
    assert [bar.tabTextColor(i) == red for i in range(3)] == [False, True, False]
    assert dialog.tabs.currentIndex() == 1
    dialog.set_instalment_amount(0, "200,00")
    assert "juste" in dialog.schedule_message.text()

    click(qtbot, dialog.save_button)
    assert not any(bar.tabTextColor(i) == red for i in range(bar.count()))
    assert dialog.plan_id is not None
    assert "Statut : <b>Projet</b>" in dialog.summary.text()
    v = plans.get_plan(db, actor, dialog.plan_id)
    assert [i.amount for i in v.instalments] == [E("200.00"), E("150.00")] + [E("200.00")] * 3 + [
        E("250.00")
    ]

    # Changed meanwhile by someone else: said, and the plan may be read again.
    v = plans.get_plan(db, actor, dialog.plan_id)
    plans.change_status(db, actor, v.id, PlanStatus.PROPOSE, v.version, on=D(2026, 1, 3))
    dialog.notes.setPlainText("Appel du 3 janvier")
    click(qtbot, dialog.save_button)
    box = dialog.findChild(QMessageBox, "planConflictBox")
    assert box is not None and box.isVisible() and not box.isModal()
    assert dialog.general_error.isVisible() and dialog.general_error.text() == box.text()
    [reload] = [b for b in box.buttons() if b.text() == "Recharger le plan"]
    reload.click()
    assert "Statut : <b>Proposé</b>" in dialog.summary.text()

    choose(dialog.next_status, PlanStatus.SIGNE.value)
    type_into(qtbot, dialog.status_date, "03/01/2026")
    click(qtbot, dialog.status_button)
    assert "Statut : <b>Signé</b>" in dialog.summary.text()
    assert not dialog.save_button.isEnabled()  # signed: the terms are locked
    assert f"en retard : 0,00{NBSP}€ (aucune échéance)" in dialog.ledger_label.text()
    assert plans_dialog.table.item(0, 2).text() == "Signé"

    clock.day = D(2026, 1, 6)
    dialog.tabs.setCurrentIndex(2)
    type_into(qtbot, dialog.payment_date, "05/01/2026")
    qtbot.keyClicks(dialog.payment_amount, "612,70")
    qtbot.keyClicks(dialog.payment_reference, "CHQ 1234")
    click(qtbot, dialog.payment_button)
    assert dialog.payments.rowCount() == 1
    assert dialog.payments.item(0, 2).text() == "CHQ 1234"
    assert f"reste dû : 1{NNBSP}085,00{NBSP}€" in dialog.ledger_label.text()
    assert f"en retard : 85,00{NBSP}€ (1 échéance) ·" in dialog.ledger_label.text()
    assert "Statut : <b>En cours</b>" in dialog.summary.text()
    # Rent first (497,70 €), then 115 € on the first instalment.
    assert dialog.schedule.item(0, 3).text() == "115,00"
    assert dialog.schedule.item(0, 4).text() == "en retard"

    # The tenant file's timeline shows the agreement's events in French.
    events = [
        file_dialog.timeline.topLevelItem(i).text(1)
        for i in range(file_dialog.timeline.topLevelItemCount())
    ]
    assert "Accord de paiement créé" in events and "Règlement saisi" in events
    dialog.close()


EXPORT = (
    "N° contrat;Date règlement;Montant;Libellé\r\n"
    "BX-2024-00001;05/01/2026;697,70;VIR JANVIER\r\n"
    "BX-2024-00001;05/02/2026;497,70;VIR FÉVRIER\r\n"
    "BX-2024-00001;05/03/2026;497,70;VIR MARS\r\n"
    "BX-2024-00009;05/03/2026;100,00;INCONNU\r\n"
)


def test_observations_stay_beside_their_label_in_a_tall_dialog(window, qtbot, files):
    """On a full-HD screen the plan dialog is taller than its form: the notes input,
    capped in height, stays on its label's line instead of the middle of a grown row."""
    file_dialog = window.open_file(files["dupont"])
    click(qtbot, file_dialog.plans_button)
    click(qtbot, file_dialog.plans_dialog.new_button)
    dialog = file_dialog.plans_dialog.open_dialogs[-1]
    dialog.resize(1500, 1100)
    qtbot.waitUntil(lambda: dialog.height() >= 1000)
    QApplication.processEvents()
    label = next(w for w in dialog.findChildren(QLabel) if w.text() == "Observations")
    top = dialog.notes.mapTo(dialog, QPoint(0, 0)).y()
    assert abs(top - label.mapTo(dialog, QPoint(0, 0)).y()) < 20
    assert dialog.notes.height() <= 70


def test_an_empty_schedule_says_how_to_fill_it(window, qtbot, files):
    """A plan's schedule with no instalment (a new plan without a debt) is not a blank
    table: it says how to compute the schedule; once computed, the instalments take
    the place of the text."""
    file_dialog = window.open_file(files["dupont"])
    click(qtbot, file_dialog.plans_button)
    click(qtbot, file_dialog.plans_dialog.new_button)
    dialog = file_dialog.plans_dialog.open_dialogs[-1]
    dialog.fill_schedule([])
    dialog.tabs.setCurrentIndex(1)
    empty = dialog.schedule.findChild(QLabel, "scheduleTableEmpty")
    assert empty is not None and empty.isVisible()
    assert "« Calculer l'échéancier »" in empty.text()
    assert dialog.total_label.text().endswith("· aucune échéance")
    assert dialog.schedule.viewport().rect().contains(empty.geometry().center())
    dialog.tabs.setCurrentIndex(0)
    click(qtbot, dialog.compute_button)
    assert dialog.schedule.rowCount() > 0 and not empty.isVisibleTo(dialog)


def test_arrears_page_import_filters_and_export(
    window, qtbot, db, actor, files, clock, tmp_path, monkeypatch
):
    terms = plans.terms_from_lease(db, actor, files["dupont"], PaymentPlanType.PLAN_APUREMENT)
    terms.start_on, terms.months = D(2026, 1, 5), 6
    pid = plans.create_plan(db, actor, files["dupont"], terms)
    plans.change_status(db, actor, pid, PlanStatus.SIGNE, 1, on=clock.day)
    clock.day = D(2026, 3, 20)

    window.nav.setCurrentRow(window.pages.indexOf(window.arrears_page))
    page = window.arrears_page
    model = page.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "DUPONT Élodie",
        "MARTIN Lucas",
    ]
    # Time alone: January's and February's instalments are unpaid, the plan is breached.
    assert model.index(0, 6).data() == "Défaillant"
    assert model.index(0, 8).data() == "Lettre de relance"
    assert model.index(1, 5).data() == "aucun"
    assert model.index(1, 4).data() == "0,7"

    assert page.count_label.text().startswith("2 dossiers · dette totale")
    choose(page.months, "2")
    assert model.rowCount() == 1
    assert page.count_label.text().startswith("1 dossier · dette totale")
    choose(page.months, "")
    choose(page.plan_filter, plans.PLAN_FILTER_NONE)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["MARTIN Lucas"]
    choose(page.plan_filter, plans.PLAN_FILTER_ALL)

    path = tmp_path / "export_compta.csv"
    path.write_bytes(EXPORT.encode("cp1252"))
    click(qtbot, page.import_button)
    dialog = page.import_dialog
    dialog.path.setText(str(path))
    click(qtbot, dialog.read_button)
    assert dialog.combos["amount"].currentText() == "Montant"
    click(qtbot, dialog.check_button)
    assert dialog.summary.text() == (
        f"3 règlements valides pour 1{NNBSP}693,10{NBSP}€ ; 1 ligne rejetée."
    )
    assert "Contrat « BX-2024-00009 » inconnu." in dialog.rejected.item(0, 1).text()
    click(qtbot, dialog.import_button)
    assert dialog.summary.text() == f"3 règlements importés sur 1 plan, 1{NNBSP}693,10{NBSP}€."
    assert plans.get_plan(db, actor, pid).ledger.paid_total == E("1693.10")
    dialog.close()

    target = tmp_path / "impayes.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click(qtbot, page.export_button)
    ws = load_workbook(target).active
    assert [ws.cell(r, 1).value for r in (1, 2, 3)] == [
        "Locataire",
        "DUPONT Élodie",
        "MARTIN Lucas",
    ]
    assert page.count_label.text() == "2 dossiers exportés dans « impayes.xlsx »."

    page.view.selectRow(0)
    click(qtbot, page.plan_button)
    plan_dialog = page.plan_dialogs[files["dupont"]]
    assert plan_dialog.follow_ups.rowCount() == 4  # no CAF/MSA on this plan
    assert plan_dialog.follow_ups.item(0, 0).text() == "Lettre de relance"
    plan_dialog.close()


def test_payments_import_counts_agree(window, qtbot, db, actor, files, clock, tmp_path):
    """The payments import dialog's counts read « 1 ligne lue », « aucune ligne
    rejetée », « 2 lignes rejetées », « aucun règlement valide »: no « (s) »."""
    from desktop.ui.payments_import_dialog import PaymentImportDialog

    terms = plans.terms_from_lease(db, actor, files["dupont"], PaymentPlanType.PLAN_APUREMENT)
    terms.start_on, terms.months = D(2026, 1, 5), 6
    pid = plans.create_plan(db, actor, files["dupont"], terms)
    plans.change_status(db, actor, pid, PlanStatus.SIGNE, 1, on=clock.day)
    clock.day = D(2026, 1, 20)
    header = "N° contrat;Date règlement;Montant;Libellé\r\n"
    one = tmp_path / "un.csv"
    one.write_bytes((header + "BX-2024-00001;05/01/2026;697,70;VIR\r\n").encode("cp1252"))
    none = tmp_path / "aucun.csv"
    none.write_bytes(
        (
            header + "BX-2024-00009;05/01/2026;10,00;A\r\nBX-2024-00009;06/01/2026;10,00;B\r\n"
        ).encode("cp1252")
    )
    dialog = PaymentImportDialog(db, actor)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(none))
    click(qtbot, dialog.read_button)
    assert dialog.summary.text() == "2 lignes lues dans « aucun.csv »."
    click(qtbot, dialog.check_button)
    assert dialog.summary.text() == f"aucun règlement valide pour 0,00{NBSP}€ ; 2 lignes rejetées."
    assert not dialog.import_button.isEnabled()

    dialog.path.setText(str(one))
    click(qtbot, dialog.read_button)
    assert dialog.summary.text() == "1 ligne lue dans « un.csv »."
    click(qtbot, dialog.check_button)
    assert dialog.summary.text() == f"1 règlement valide pour 697,70{NBSP}€ ; aucune ligne rejetée."
    click(qtbot, dialog.import_button)
    assert dialog.summary.text() == f"1 règlement importé sur 1 plan, 697,70{NBSP}€."


def fsl_plan_and_import(qtbot, db, actor, files, clock, path, lines, *, promised):
    """Dupont's plan signed with the FSL promising ``promised``; on 20/01/2026 the
    payments import dialog has read ``path``, an export of ``lines`` (its label column
    fourth)."""
    from desktop.ui.payments_import_dialog import PaymentImportDialog
    from tests.test_plans_service import signed_plan

    pid = signed_plan(db, actor, files["dupont"], clock, fsl=True, fsl_amount=promised)
    clock.day = D(2026, 1, 20)
    path.write_bytes(("N° contrat;Date règlement;Montant;Libellé\r\n" + lines).encode("cp1252"))
    dialog = PaymentImportDialog(db, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(path))
    click(qtbot, dialog.read_button)
    return pid, dialog


def test_payments_import_takes_a_contributors_line(
    window, qtbot, db, actor, files, clock, tmp_path
):
    """The staff give the label column as « Versé par »: the FSL's line is listed before
    the import and goes to the instalments, not to January's rent."""
    from desktop.domain.plans import Contributor

    pid, dialog = fsl_plan_and_import(
        qtbot,
        db,
        actor,
        files,
        clock,
        tmp_path / "fsl.csv",
        "BX-2024-00001;05/01/2026;500,00;VIR FSL GIRONDE\r\nBX-2024-00002;05/01/2026;10,00;VIR\r\n",
        promised=E("400.00"),
    )
    assert dialog.combos["payer"].currentText() == "(non importé)"
    choose(dialog.combos["payer"], 3)
    click(qtbot, dialog.check_button)
    assert dialog.summary.text() == (
        f"1 règlement valide pour 500,00{NBSP}€, dont 1 versement d'un contributeur (FSL, "
        "CCAS), imputé sur les seules échéances ; 1 ligne rejetée."
    )
    table = dialog.contributions
    assert table.isVisible()
    assert [table.item(0, c).text() for c in range(3)] == ["2", "DUPONT Élodie", "500,00"]
    assert table.payer_combo(0).currentText() == "FSL"
    # More than the FSL promised: said, imported all the same.
    assert table.item(0, 4).text().startswith(f"Le FSL a promis 400,00{NBSP}€ sur ce plan")
    click(qtbot, dialog.import_button)
    assert not table.isVisible()
    v = plans.get_plan(db, actor, pid)
    assert [p.contributor for p in v.payments] == [Contributor.FSL]
    assert v.ledger.rents[0].paid == 0 and v.ledger.paid_to_plan == E("500.00")


def test_payments_import_line_marked_as_the_fsls_in_the_preview(
    window, qtbot, db, actor, files, clock, tmp_path
):
    """The file does not say the FSL paid (« VIR DEPARTEMENT 33 »): the staff choose it
    for that line before importing; the summary follows."""
    from desktop.domain.plans import Contributor

    pid, dialog = fsl_plan_and_import(
        qtbot,
        db,
        actor,
        files,
        clock,
        tmp_path / "departement.csv",
        "BX-2024-00001;05/01/2026;500,00;VIR DEPARTEMENT 33\r\n",
        promised=E("500.00"),
    )
    click(qtbot, dialog.check_button)
    assert dialog.summary.text() == (
        f"1 règlement valide pour 500,00{NBSP}€ ; aucune ligne rejetée."
    )
    combo = dialog.contributions.payer_combo(0)
    assert [combo.itemText(i) for i in range(combo.count())] == ["les locataires", "FSL"]
    assert combo.currentText() == "les locataires"
    combo.setCurrentIndex(1)
    assert dialog.summary.text() == (
        f"1 règlement valide pour 500,00{NBSP}€, dont 1 versement d'un contributeur (FSL, "
        "CCAS), imputé sur les seules échéances ; aucune ligne rejetée."
    )
    click(qtbot, dialog.import_button)
    v = plans.get_plan(db, actor, pid)
    assert [p.contributor for p in v.payments] == [Contributor.FSL]
    assert v.ledger.rents[0].paid == 0 and v.ledger.paid_to_plan == E("500.00")


def plan_dialog_from_arrears(window, qtbot, household_id):
    """The plan dialog opened from the « Plans d'apurement » page (its first row)."""
    page = window.arrears_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    page.view.selectRow(0)
    click(qtbot, page.plan_button)
    return page.plan_dialogs[household_id]


def test_letters_from_the_plan_dialog(
    window, qtbot, db, actor, files, clock, tmp_path, monkeypatch
):
    from desktop.documents import engine
    from desktop.services import plan_letters

    terms = plans.terms_from_lease(db, actor, files["dupont"], PaymentPlanType.PLAN_APUREMENT)
    terms.start_on, terms.months = D(2026, 1, 5), 6
    plans.create_plan(db, actor, files["dupont"], terms)
    dialog = plan_dialog_from_arrears(window, qtbot, files["dupont"])
    dialog.tabs.setCurrentIndex(3)
    choose(dialog.letter_choice, plan_letters.PROPOSAL)
    assert dialog.letter_pdf.isChecked()  # PDF by default
    dialog.letter_pdf.setChecked(False)  # (no LibreOffice needed here)
    click(qtbot, dialog.letter_button)
    # produced in the background: the window answers meanwhile
    qtbot.waitUntil(lambda: dialog.last_document is not None, timeout=30_000)
    doc = dialog.last_document
    assert dialog.message.text().startswith(f"Courrier {doc.reference} enregistré")
    text = "\n".join(engine.docx_paragraphs(doc.docx_path.read_bytes()))
    assert "6\u00a0échéances mensuelles" in text
    choose(dialog.letter_choice, plan_letters.REMINDER)
    click(qtbot, dialog.letter_button)
    qtbot.waitUntil(
        lambda: "pas de relance à envoyer" in dialog.general_error.text(), timeout=30_000
    )
    import shutil

    if shutil.which("soffice") or shutil.which("libreoffice"):
        # With its PDF (the default), the letter ends on its preview.
        choose(dialog.letter_choice, plan_letters.PROPOSAL)
        dialog.letter_pdf.setChecked(True)
        click(qtbot, dialog.letter_button)
        qtbot.waitUntil(lambda: bool(getattr(dialog, "pdf_previews", None)), timeout=120_000)
        preview = dialog.pdf_previews[-1]
        assert preview.viewer.path == dialog.last_document.pdf_path
        assert preview.viewer.pages and preview.viewer.print_button.isEnabled()
        preview.close()
    dialog.close()


def test_a_contributors_payment_typed_in_pays_the_instalments(
    window, qtbot, db, actor, files, clock
):
    """The FSL's payment, typed in as such, goes to the instalments, never to the rent,
    and the list says who paid."""
    terms = plans.terms_from_lease(
        db, actor, files["dupont"], PaymentPlanType.PLAN_APUREMENT, on=D(2026, 1, 2)
    )
    terms.start_on, terms.months = D(2026, 1, 5), 6
    terms.fsl, terms.fsl_amount = True, E("500.00")
    pid = plans.create_plan(db, actor, files["dupont"], terms)
    plans.change_status(db, actor, pid, PlanStatus.SIGNE, 1, on=D(2026, 1, 3))
    dialog = plan_dialog_from_arrears(window, qtbot, files["dupont"])
    dialog.tabs.setCurrentIndex(2)
    payer = dialog.payment_payer
    assert [payer.itemText(i) for i in range(payer.count())] == [
        "Règlement des locataires",
        "Versement d'un contributeur : FSL",
    ]
    assert payer.currentIndex() == 0
    choose(payer, "FSL")
    type_into(qtbot, dialog.payment_date, "03/01/2026")
    qtbot.keyClicks(dialog.payment_amount, "500,00")
    click(qtbot, dialog.payment_button)
    assert dialog.general_error.text() == ""
    assert dialog.payments.rowCount() == 1
    assert dialog.payments.item(0, 3).text() == "versement du FSL"
    # 200 + 200 + 100 on the instalments; January's rent (497,70 €) is left to the tenants.
    assert [dialog.schedule.item(i, 3).text() for i in range(3)] == [
        "200,00",
        "200,00",
        "100,00",
    ]
    assert f"reste dû : 700,00{NBSP}€" in dialog.ledger_label.text()
    assert payer.currentIndex() == 0  # the next payment is the tenants' again
    dialog.close()


def fsl_plan_in_february(db, actor, household_id, clock, promised) -> int:
    """A plan signed on 03/01/2026: 6 instalments of 200 € from 05/01, the rent not in
    the plan, the FSL promising ``promised``; the day 16/02/2026, two instalments late."""
    from tests.test_plans_service import signed_plan

    pid = signed_plan(
        db,
        actor,
        household_id,
        clock,
        payments_cover_rent=False,
        fsl=True,
        fsl_amount=promised,
    )
    clock.day = D(2026, 2, 16)
    plans.evaluate_plans(db, actor)
    return pid


def test_what_the_fsl_promised_is_shown_and_a_payment_beyond_it_confirmed(
    window, qtbot, db, actor, files, clock, monkeypatch
):
    """The plan shows the FSL's promise against what it paid; the instalments it will
    pay are awaited, not unpaid; a payment beyond the promise is recorded only once the
    user confirms it."""
    pid = fsl_plan_in_february(db, actor, files["dupont"], clock, E("500.00"))
    dialog = plan_dialog_from_arrears(window, qtbot, files["dupont"])
    assert [dialog.schedule.item(i, 4).text() for i in range(3)] == [
        f"en attente du contributeur (200,00{NBSP}€)",
        f"en attente du contributeur (200,00{NBSP}€)",
        "à venir",
    ]
    assert f"FSL : 0,00{NBSP}€ reçus sur 500,00{NBSP}€ promis" in dialog.ledger_label.text()
    assert (
        f"en retard : 400,00{NBSP}€ (2 échéances), dont 400,00{NBSP}€ attendus des contributeurs"
        in dialog.ledger_label.text()
    )
    dialog.tabs.setCurrentIndex(2)
    asked = []

    def answer(button):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    choose(dialog.payment_payer, "FSL")
    type_into(qtbot, dialog.payment_date, "16/02/2026")
    qtbot.keyClicks(dialog.payment_amount, "600,00")
    click(qtbot, dialog.payment_button)
    assert asked[0].startswith(
        f"Le FSL a promis 500,00{NBSP}€ sur ce plan et en a déjà versé 0,00{NBSP}€ : ce "
        f"versement de 600,00{NBSP}€ dépasse de 100,00{NBSP}€ ce qui reste promis."
    )
    assert asked[0].endswith("Enregistrer ce versement quand même ?")
    assert dialog.payments.rowCount() == 0  # not confirmed: nothing recorded
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    click(qtbot, dialog.payment_button)
    assert dialog.payments.rowCount() == 1
    assert (
        f"FSL : 600,00{NBSP}€ reçus sur 500,00{NBSP}€ promis (100,00{NBSP}€ de plus que promis)"
        in dialog.ledger_label.text()
    )
    assert plans.get_plan(db, actor, pid).contributions[0].received == E("600.00")
    dialog.close()


def new_agreement(window, qtbot, household_id):
    """« Nouvel accord » from the tenant file's « Plans d'apurement… »: its dialog."""
    file_dialog = window.open_file(household_id)
    click(qtbot, file_dialog.plans_button)
    plans_dialog = file_dialog.plans_dialog
    click(qtbot, plans_dialog.new_button)
    dialog = plans_dialog.open_dialogs[-1]
    qtbot.waitExposed(dialog)
    return dialog


def test_confirmations_stay_inside_the_plan_dialog(window, qtbot, db, actor, files, clock):
    """Issue 15: what a plan dialog saves is confirmed in that dialog, never in the main
    window's status bar behind it."""
    dialog = new_agreement(window, qtbot, files["dupont"])
    dialog.months.lineEdit().selectAll()
    qtbot.keyClicks(dialog.months, "6")
    type_into(qtbot, dialog.start_on, "05/01/2026")
    click(qtbot, dialog.compute_button)
    click(qtbot, dialog.save_button)
    assert dialog.message.isVisible() and dialog.message.text() == "Accord enregistré."
    assert window.statusBar().currentMessage() == ""
    choose(dialog.next_status, PlanStatus.PROPOSE.value)
    type_into(qtbot, dialog.status_date, "03/01/2026")
    click(qtbot, dialog.status_button)
    assert dialog.message.isVisible() and dialog.message.text() == "Statut changé : Proposé."
    assert window.statusBar().currentMessage() == ""
    dialog.close()


def test_a_debt_statement_in_year_one_is_refused_beside_its_field(
    window, qtbot, db, actor, files, clock
):
    file_dialog = window.open_file(files["dupont"])
    click(qtbot, file_dialog.plans_button)
    click(qtbot, file_dialog.plans_dialog.new_button)
    dialog = file_dialog.plans_dialog.open_dialogs[-1]
    dialog.months.lineEdit().selectAll()
    qtbot.keyClicks(dialog.months, "6")
    type_into(qtbot, dialog.start_on, "05/01/2026")
    type_into(qtbot, dialog.rows["debt_on"].editor, "01/01/0001")
    click(qtbot, dialog.compute_button)
    click(qtbot, dialog.save_button)
    assert dialog.rows["debt_on"].error.text() == (
        "La date à laquelle la dette est arrêtée n'est pas plausible."
    )
    assert dialog.rows["debt_on"].editor.text() == "01/01/0001"  # the input is kept
    assert plans.plans_for_household(db, actor, files["dupont"]) == []


def test_escape_in_a_changed_agreement_asks_before_closing(window, qtbot, files, clock):
    """Escape closes an agreement as « Fermer » does: changed and not saved, it asks
    first (the changes were gone unasked)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.modal import answer_message_box

    dialog = new_agreement(window, qtbot, files["dupont"])
    type_into(qtbot, dialog.start_on, "05/01/2026")
    click(qtbot, dialog.compute_button)
    click(qtbot, dialog.save_button)
    assert dialog.message.text() == "Accord enregistré."
    dialog.months.lineEdit().selectAll()
    qtbot.keyClicks(dialog.months, "9")
    click(qtbot, dialog.compute_button)
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == ["Enregistrer les modifications de cet accord ?"]
    assert dialog.isVisible()
    answer_message_box(QMessageBox.StandardButton.Discard, seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(seen) == 2 and not dialog.isVisible()


def test_a_signed_agreement_changed_by_hand_is_told_in_its_dialog(qtbot, db, actor, files, clock):
    """The debt of a signed agreement lowered in the base behind Parcours's back: its
    dialog says so in red under its status line."""
    from sqlalchemy import update

    from desktop.services import plans
    from desktop.storage.models import PaymentPlan
    from desktop.ui.plans.dialog import PlanDialog
    from tests.test_plans_service import signed_plan

    pid = signed_plan(db, actor, files["dupont"], clock)
    dialog = PlanDialog(db, actor, files["dupont"], pid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.integrity.isVisible()
    dialog.close()
    with db.transaction() as s:
        s.execute(update(PaymentPlan).where(PaymentPlan.id == pid).values(debt=E("1.00")))
    dialog = PlanDialog(db, actor, files["dupont"], pid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.integrity.isVisible()
    assert "ont été modifiées hors de Parcours" in dialog.integrity.text()
    assert plans.get_plan(db, actor, pid).integrity is not None
    dialog.close()


def test_breach_notice_to_each_holder_from_the_plan_dialog(qtbot, db, actor, agency, clock):
    """Two holders, a breached plan: the breach notice (registered) goes to each holder
    apart by default, the reminder (ordinary mail) to both in one letter unless ticked,
    and the proposal has no such choice."""
    from desktop.documents import engine
    from desktop.services import plan_letters
    from desktop.ui.plans.dialog import PlanDialog
    from tests.test_plan_letters import breached_couple_plan

    pid = breached_couple_plan(db, actor, clock, 7)
    hid = plans.get_plan(db, actor, pid).household_id
    dialog = PlanDialog(db, actor, hid, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(3)
    box = dialog.letter_per_holder
    choose(dialog.letter_choice, plan_letters.PROPOSAL)
    assert not box.isEnabled() and not box.isChecked()
    choose(dialog.letter_choice, plan_letters.REMINDER)
    assert box.isEnabled() and not box.isChecked()
    choose(dialog.letter_choice, plan_letters.BREACH_NOTICE)
    assert box.isEnabled() and box.isChecked()
    dialog.letter_pdf.setChecked(False)  # (no LibreOffice needed here)
    click(qtbot, dialog.letter_button)
    qtbot.waitUntil(lambda: dialog.last_document is not None, timeout=30_000)
    assert dialog.message.text().startswith("2 courriers enregistrés, un par titulaire : ")
    text = "\n".join(engine.docx_paragraphs(dialog.last_document.docx_path.read_bytes()))
    assert "M. Marc DURAND" in text and "Élodie DUPONT" in text  # to him, naming her
    assert text.split("\n").count("Monsieur,") == 1
    dialog.save_button.setEnabled(False)
    dialog.close()


def test_the_holders_letters_print_as_this_workstation_prints(qtbot, db, actor, agency, clock):
    """« Recto seul » in Mes préférences: the PDF that prints the holders' breach
    notices has no blank page (a blank back page would cost a sheet each)."""
    import shutil

    from pypdf import PdfReader

    from desktop import config
    from desktop.services import plan_letters
    from desktop.ui.plans.dialog import PlanDialog
    from tests.test_plan_letters import breached_couple_plan

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice absent")
    config.save_settings({config.PRINT_DUPLEX: False})
    pid = breached_couple_plan(db, actor, clock, 7)
    dialog = PlanDialog(db, actor, plans.get_plan(db, actor, pid).household_id, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(3)
    choose(dialog.letter_choice, plan_letters.BREACH_NOTICE)
    assert dialog.letter_per_holder.isChecked() and dialog.letter_pdf.isChecked()
    click(qtbot, dialog.letter_button)
    qtbot.waitUntil(lambda: bool(getattr(dialog, "pdf_previews", None)), timeout=120_000)
    preview = dialog.pdf_previews[-1]
    pages = PdfReader(str(preview.viewer.path)).pages
    assert len(pages) >= 2 and all(page.extract_text().strip() for page in pages)
    preview.close()
    dialog.save_button.setEnabled(False)
    dialog.close()

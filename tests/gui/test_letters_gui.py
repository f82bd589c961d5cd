"""Letters through the real widgets: the letter from a tenant file, the template
library page, a 200-letter publipostage cancelled half way."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from desktop.documents.files import sha256_file
from desktop.services import demo, documents, tenants
from desktop.storage.models import DocumentRecord
from desktop.ui.main_window import MainWindow
from tests.gui.window import show_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, db, actor):
    w = MainWindow(db, actor)
    qtbot.addWidget(w)
    show_window(qtbot, w)
    yield w
    for dialog in list(w.open_dialogs.values()):
        dialog.save_button.setEnabled(False)
        dialog.close()
    batch = getattr(w, "batch_dialog", None)
    if batch is not None:
        batch.close()


def to_confirmation(qtbot, dialog) -> None:
    """Through the batch's recipients and sample to its confirmation step."""
    for _step in range(2):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.steps.currentIndex() == 2 and dialog.start_button.isVisible()


def registered(db) -> list[DocumentRecord]:
    with db.reader() as s:
        rows = list(s.query(DocumentRecord).order_by(DocumentRecord.id))
        s.expunge_all()
        return rows


def test_letter_from_the_tenant_file_is_previewed_produced_and_in_the_timeline(
    qtbot, db, actor, agency, make_file, window, monkeypatch
):
    from desktop.ui import letter_dialog

    hid = tenants.create_tenant_file(db, actor, make_file(1))
    window.tenant_page.refresh()
    file_dialog = window.open_file(hid)
    qtbot.mouseClick(file_dialog.letter_button, Qt.MouseButton.LeftButton)
    letter = file_dialog.letter_dialog
    box = letter.box
    box.template.setCurrentIndex(box.template.findData("courrier_libre"))
    body = box.fields.editors["corps"]
    body.setPlainText(
        "Nous avons bien reçu votre demande d'échange de logement.\n\n"
        "Elle sera étudiée en commission."
    )
    box.fields.editors["pieces_jointes"].setText("Formulaire de demande")
    box.subject.setText("Votre demande d'échange")
    box.pdf.setChecked(False)
    qtbot.mouseClick(letter.preview_button, Qt.MouseButton.LeftButton)
    preview = letter.preview.toPlainText()
    assert "Mme Élodie DUPONT" in preview
    assert "Objet : Votre demande d'échange" in preview
    assert "P.J. : Formulaire de demande" in preview
    assert "Elle sera étudiée en commission." in preview
    assert registered(db) == []  # a preview records nothing
    qtbot.mouseClick(letter.produce_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: letter.document is not None, timeout=20_000)
    view = letter.document
    assert view.reference in letter.status.text()
    assert letter.open_button.isEnabled()
    [row] = registered(db)
    assert row.reference == view.reference and row.subject == "Votre demande d'échange"
    qtbot.waitUntil(lambda: file_dialog.timeline.topLevelItemCount() > 1, timeout=5_000)
    top = file_dialog.timeline.topLevelItem(0)
    assert top.text(1) == "Courrier"
    assert top.text(3).startswith(view.reference)
    letter.close()
    # Enter on the letter's line of the timeline reopens it, as a double click does
    opened = []
    monkeypatch.setattr(letter_dialog, "open_path", opened.append)
    timeline = file_dialog.timeline
    page = timeline
    while file_dialog.tabs.indexOf(page) < 0:  # its tab in front: a hidden list takes no key
        page = page.parentWidget()
    file_dialog.tabs.setCurrentWidget(page)
    file_dialog.activateWindow()
    qtbot.waitUntil(file_dialog.isActiveWindow)
    timeline.setFocus()
    timeline.setCurrentItem(timeline.topLevelItem(0))
    assert timeline.currentItem().text(3).startswith(view.reference)
    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert [str(p) for p in opened] == [str(view.main_path)]


def open_letter(qtbot, db, actor, make_file, window, template: str):
    """The letter dialog of a new tenant file, on ``template``."""
    file_dialog = window.open_file(tenants.create_tenant_file(db, actor, make_file(1)))
    qtbot.mouseClick(file_dialog.letter_button, Qt.MouseButton.LeftButton)
    letter = file_dialog.letter_dialog
    letter.box.template.setCurrentIndex(letter.box.template.findData(template))
    return letter


def test_letter_form_shows_field_errors_in_french(qtbot, db, actor, agency, make_file, window):
    letter = open_letter(qtbot, db, actor, make_file, window, "relance_impaye")
    box = letter.box
    assert box.registered.isChecked()  # the template asks for a registered letter
    box.fields.editors["montant_du"].setText("beaucoup")
    qtbot.mouseClick(letter.preview_button, Qt.MouseButton.LeftButton)
    assert "montant attendu" in box.fields.errors["montant_du"].text()
    label = box.fields.errors["montant_du"]
    qtbot.waitUntil(lambda: label.isVisibleTo(letter), timeout=2_000)  # shown by the layout
    letter.close()


def test_an_unexpected_failure_of_the_letter_is_said_in_the_form(
    qtbot, db, actor, agency, make_file, window, monkeypatch
):
    from desktop.services import documents

    def broken(*args, **kwargs):
        raise OSError("disque plein")

    letter = open_letter(qtbot, db, actor, make_file, window, "courrier_libre")
    box = letter.box
    box.pdf.setChecked(False)
    monkeypatch.setattr(documents, "produce_letter", broken)
    qtbot.mouseClick(letter.produce_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(letter.produce_button.isEnabled, timeout=10_000)
    assert box.general_error.text() == "Erreur inattendue : disque plein"
    assert box.general_error.isVisibleTo(letter) and letter.status.text() == ""
    assert registered(db) == []
    letter.close()


def test_template_library_page_previews_checks_and_documents_fields(qtbot, window):
    page = window.templates_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    names = [page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())]
    assert {"courrier_libre", "relance_impaye", "attestation_logement"} <= set(names)
    page.list.setCurrentRow(names.index("caleol_offre"))
    details = page.details.toPlainText()
    assert "Recommandé AR : oui" in details
    assert "champs.delai_jours" in details and "obligatoire)" in details
    page.list.setCurrentRow(names.index("attestation_logement"))
    assert "Attestation de logement" in page.details.toPlainText()
    assert "Recommandé AR : non" in page.details.toPlainText()
    qtbot.mouseClick(page.preview_sample, Qt.MouseButton.LeftButton)
    assert "ATTESTATION DE LOGEMENT" in page.preview.toPlainText()
    import shutil

    if shutil.which("soffice") or shutil.which("libreoffice"):
        # the same letter as a PDF, in the in-app viewer
        qtbot.mouseClick(page.preview_pdf, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(getattr(page, "pdf_previews", None)), timeout=120_000)
        viewer = page.pdf_previews[-1].viewer
        assert viewer.pages and viewer.path.suffix == ".pdf"
        page.pdf_previews[-1].close()
    qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)
    assert "est correct" in page.preview.toPlainText()
    qtbot.mouseClick(page.reference, Qt.MouseButton.LeftButton)
    reference = page.details.toPlainText()
    assert "{{ locataire.nom_complet }}" in reference and "|en_lettres" in reference


def test_a_failed_pdf_preview_of_a_template_is_said(qtbot, window, monkeypatch):
    from desktop.documents import convert

    page = window.templates_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    names = [page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())]
    page.list.setCurrentRow(names.index("attestation_logement"))
    qtbot.mouseClick(page.preview_sample, Qt.MouseButton.LeftButton)
    failures = iter([None, OSError("soffice absent")])

    def failing(docs, folder, done):
        failure = next(failures)
        if failure is not None:
            raise failure
        done(docs[0], None, None)  # converted nothing, said nothing

    monkeypatch.setattr(convert, "convert_many", failing)
    for said in ("Conversion en PDF impossible.", "Erreur inattendue : soffice absent"):
        qtbot.mouseClick(page.preview_pdf, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(page.preview_pdf.isEnabled, timeout=10_000)
        assert page.preview.toPlainText() == said


def test_two_hundred_letter_batch_cancelled_half_way(qtbot, db, actor, window, tmp_path):
    demo.generate(db, actor, 215)
    window.tenant_page.refresh()
    total = tenants.count(db, actor, window.tenant_page.current_query())
    assert total >= 200
    window.open_batch("courrier_libre")
    dialog = window.batch_dialog
    assert str(total) in dialog.target.text()
    dialog.box.pdf.setChecked(False)
    dialog.out_dir.setText(str(tmp_path / "lot"))
    to_confirmation(qtbot, dialog)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.start_button.isEnabled() and dialog.cancel_button.isEnabled()
    # The GUI stays responsive while the batch runs: this loop processes its events.
    qtbot.waitUntil(lambda: dialog.progress.value() >= 450, timeout=60_000)
    assert "temps restant estimé" in dialog.status.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    result = dialog.result
    assert result.cancelled
    assert 90 <= result.produced < total
    assert "Publipostage arrêté" in dialog.status.text()
    rows = registered(db)
    assert len(rows) == result.produced
    for r in rows:  # only whole letters, unchanged since registered
        assert Path(r.docx_path).is_file()
        assert sha256_file(r.docx_path) == r.docx_sha256
    archived = [p for p in documents.documents_dir().rglob("*") if p.is_file()]
    assert len(archived) == result.produced
    # Not a second time: going back to the recipients leaves out the letters made.
    assert not dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert len(dialog.included) == total - result.produced


def test_courriers_menu_is_in_the_main_window(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Courriers" in titles
    for name in ("openBatch", "showTemplates", "signingKey", "verifyPdf"):
        assert window.findChild(QAction, name) is not None, name


def test_batch_for_the_files_selected_in_the_list(qtbot, db, actor, window, tmp_path):
    demo.generate(db, actor, 20)
    window.tenant_page.refresh()
    view = window.tenant_page.view
    model = window.tenant_page.model
    picked = []
    for row in (1, 4, 7):  # Ctrl+click three lines
        rect = view.visualRect(model.index(row, 0))
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier,
            rect.center(),
        )
        picked.append(model.row_id(row))
    assert set(picked) <= set(window.tenant_page.selected_ids())
    selected = window.tenant_page.selected_ids()
    window.open_batch("courrier_libre")
    dialog = window.batch_dialog
    assert f"les {len(selected)} dossiers sélectionnés" in dialog.target.text()
    dialog.box.pdf.setChecked(False)
    dialog.out_dir.setText(str(tmp_path / "selection"))
    to_confirmation(qtbot, dialog)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    assert dialog.result.produced == len(selected)
    assert sorted(r.household_id for r in registered(db)) == sorted(selected)


def test_saved_search_is_reapplied_and_targeted_by_a_batch(qtbot, db, actor, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    demo.generate(db, actor, 40)
    page = window.tenant_page
    window.tenant_page.refresh()
    qtbot.mouseClick(page.senior, Qt.MouseButton.LeftButton)
    seniors = page.model.total
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Plus de 70 ans", True))
    )
    qtbot.mouseClick(page.save_query_button, Qt.MouseButton.LeftButton)
    assert page.saved.currentText() == "Plus de 70 ans"
    qtbot.mouseClick(page.senior, Qt.MouseButton.LeftButton)  # back to every file
    assert page.model.total > seniors
    page.saved.setCurrentIndex(page.saved.findText("Plus de 70 ans"))
    page.saved.activated.emit(page.saved.currentIndex())
    assert page.senior.isChecked() and page.model.total == seniors
    window.open_batch("courrier_libre")
    assert "la recherche enregistrée « Plus de 70 ans »" in window.batch_dialog.target.text()
    window.batch_dialog.close()
    qtbot.mouseClick(page.delete_query_button, Qt.MouseButton.LeftButton)
    assert page.saved.findText("Plus de 70 ans") == -1


def test_batch_shows_recipients_sample_and_confirmation_and_runs_once(
    qtbot, db, actor, window, tmp_path
):
    """Issue 15: a mail merge shows who gets the letter (and who is left out, and why),
    a sample for each recipient, a confirmation with the count; it cannot be launched
    twice; the merged PDF is named after the template and the day."""
    from desktop.services import tenants as tenant_service
    from desktop.storage.campaign_models import CampaignTarget
    from desktop.storage.models import Dwelling, Household

    demo.generate(db, actor, 6)
    window.tenant_page.refresh()
    ids = [window.tenant_page.model.row_id(r) for r in range(6)]
    campaign_id = _campaign(db, actor)
    with db.transaction() as s:  # one without address, one deceased (a campaign says so)
        h = s.get(Household, ids[0])
        s.get(Dwelling, h.dwelling_id).address_line = ""
        s.add(
            CampaignTarget(
                campaign_id=campaign_id,
                household_id=ids[1],
                agency_id=s.get(Household, ids[1]).agency_id,
                closed_reason="DECES",
            )
        )
    names = {i: tenant_service.get_tenant_file(db, actor, i).data.display_name for i in ids}
    dialog = window.open_batch("courrier_libre")
    dialog.household_ids = ids
    dialog.box.pdf.setChecked(False)
    dialog.out_dir.setText(str(tmp_path / "lot"))
    dialog.go_to(0)
    # Step 1: the recipients, with the exclusions and their reasons.
    assert dialog.steps.currentIndex() == 0 and not dialog.start_button.isVisible()
    table = dialog.recipient_table
    assert table.rowCount() == 6
    why = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(6)}
    assert why[names[ids[0]]] == "Pas d'adresse postale complète"
    assert why[names[ids[1]]].startswith("Locataire décédé")
    assert dialog.recipient_count.text() == (
        "4 destinataires recevront le courrier ; 2 exclus (sans adresse, décédé ou déjà envoyé "
        "ce mois-ci)."
    )
    # Step 2: a sample for the first recipient kept, then the next one.
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    first, second = dialog.included[0], dialog.included[1]
    assert "Courrier 1 sur 4" in dialog.sample_label.text()
    assert first.name.split()[0].upper() in dialog.sample.toPlainText().upper()
    assert not dialog.previous_sample.isEnabled()
    qtbot.mouseClick(dialog.next_sample, Qt.MouseButton.LeftButton)
    assert "Courrier 2 sur 4" in dialog.sample_label.text()
    assert second.name.split()[0].upper() in dialog.sample.toPlainText().upper()
    # Step 3: the confirmation with the count, then the batch, once.
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "<b>4 courriers « " in dialog.confirmation.text()
    assert "»</b> vont être produits et enregistrés au registre" in dialog.confirmation.text()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)  # a second click
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.running, timeout=60_000)
    assert dialog.result.produced == 4
    assert dialog.status.text() == "Publipostage terminé : 4 courriers produits et enregistrés."
    assert not dialog.start_button.isEnabled()
    dialog.start()  # even called directly: no second batch
    qtbot.wait(200)
    assert len(registered(db)) == 4
    assert sorted(r.household_id for r in registered(db)) == sorted(
        r.household_id for r in dialog.included
    )
    # Back to the recipients: this month's letters are now left out.
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.included == []
    assert dialog.recipient_count.text().startswith(
        "aucun destinataire ne recevra le courrier ; 6 exclus ("
    )
    assert all(dialog.recipient_table.item(r, 2).text() for r in range(6))
    assert "Déjà envoyé ce mois-ci" in " ".join(
        dialog.recipient_table.item(r, 2).text() for r in range(6)
    )
    dialog.close()


def test_batch_counts_read_in_the_singular(qtbot, db, actor, window, tmp_path):
    """One recipient, one letter, one failure, one print part: no « (s) »; what the
    batch says once done at 0 and several parts and failures too."""
    from desktop.domain.i18n import message
    from desktop.ui.batch_dialog import BatchDialog

    demo.generate(db, actor, 1)
    [one] = [r.id for r in tenants.search(db, actor, tenants.TenantQuery(status=None))]
    dialog = BatchDialog(db, actor, window, household_ids=[one], template_name="courrier_libre")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.box.pdf.setChecked(False)
    dialog.out_dir.setText(str(tmp_path / "lot"))
    dialog.go_to(0)
    assert dialog.recipient_count.text() == (
        "1 destinataire recevra le courrier ; aucun exclu (sans adresse, décédé ou déjà envoyé "
        "ce mois-ci)."
    )
    to_confirmation(qtbot, dialog)
    assert "<b>1 courrier « " in dialog.confirmation.text()
    assert "»</b> va être produit et enregistré au registre en DOCX, puis copié dans" in (
        dialog.confirmation.text()
    )

    manifest = tmp_path / "manifeste.csv"
    manifest.write_text("partie;pages\n1;1-2\n2;1-1\n2;2-3\n", encoding="utf-8-sig", newline="")
    part = tmp_path / "part.pdf"

    def done(produced, parts, failures, cancelled=False):
        dialog.failures.clear()
        dialog._done(
            documents.BatchResult(
                "b",
                [],
                [
                    documents.BatchFailure(n, f"Dossier {n}", message("Refusé."))
                    for n in range(failures)
                ],
                None,
                tmp_path,
                cancelled,
                1.0,
                parts=[part] * parts,
                manifest=manifest if parts else None,
                count=produced,
            )
        )
        return dialog.status.text()

    assert done(1, 1, 1) == (
        "Publipostage terminé : 1 courrier produit et enregistré. Fichier à imprimer en 1 "
        "partie, dans l'ordre des codes postaux, avec son manifeste : 1 échec :"
    )
    assert (
        done(0, 0, 2, cancelled=True) == "Publipostage arrêté : aucun courrier produit. 2 échecs :"
    )
    assert done(3, 2, 0).startswith(
        "Publipostage terminé : 3 courriers produits et enregistrés. Fichier à imprimer en 2 "
        "parties,"
    )
    assert [dialog.outputs.item(r, 1).text() for r in range(2)] == [
        "Partie 1 : 1 courrier, 2 pages",
        "Partie 2 : 2 courriers, 3 pages",
    ]
    dialog.close()


def _campaign(db, actor) -> int:
    """A call campaign (just its row) to hold a target closed for "Décès"."""
    import datetime as dt

    from desktop.storage.campaign_models import Campaign

    stamp = dt.datetime(2026, 1, 5, 9, 0)
    with db.transaction() as s:
        c = Campaign(
            name="Canicule",
            script=[],
            start_on=dt.date(2026, 1, 5),
            planned_end_on=dt.date(2026, 2, 5),
            created_at=stamp,
            created_by=actor.username,
            updated_at=stamp,
            updated_by=actor.username,
        )
        s.add(c)
        s.flush()
        return c.id


def test_plan_letter_from_the_tenant_file_carries_the_plan_figures(
    qtbot, db, actor, agency, make_file, window
):
    """Issue 15: the general "Courrier…" dialog offers a plan's letter with the plan's
    figures, the same as the plan screen's (one source: ``plan_letters.letter_fields``);
    the produced letter reads like the plan screen's and is registered once."""
    import datetime as dt
    import re
    from decimal import Decimal

    from desktop.documents import engine
    from desktop.domain.schedule import PaymentPlanType
    from desktop.services import plan_letters, plans
    from desktop.services.context import use_clock
    from tests.conftest import DayClock

    def text_of(path: Path) -> str:
        text = "\n".join(engine.docx_paragraphs(path.read_bytes()))
        return re.sub("[\u00a0\u202f]", " ", text).replace("\u2060", "")

    with use_clock(DayClock(dt.date(2026, 1, 3))):
        f = make_file(1)
        f.balance = Decimal("1200.00")
        hid = tenants.create_tenant_file(db, actor, f)
        terms = plans.terms_from_lease(
            db, actor, hid, PaymentPlanType.PLAN_APUREMENT, on=dt.date(2026, 1, 2)
        )
        terms.start_on, terms.months = dt.date(2026, 1, 5), 6
        plan_id = plans.create_plan(db, actor, hid, terms)
        window.tenant_page.refresh()
        file_dialog = window.open_file(hid)
        qtbot.mouseClick(file_dialog.letter_button, Qt.MouseButton.LeftButton)
        letter = file_dialog.letter_dialog
        box = letter.box
        assert box.plan.isHidden()  # a letter that is not a plan's: no plan to choose
        box.template.setCurrentIndex(box.template.findData(plan_letters.PROPOSAL))
        assert not box.plan.isHidden() and box.plan.currentData() == plan_id
        assert box.plan.currentText() == (
            "Plan d'apurement — Projet — 1\u202f200,00\u00a0€, depuis le 05/01/2026"
        )
        # The form holds the plan's figures, as the plan screen computes them.
        expected = plan_letters.letter_fields(db, actor, plan_id, plan_letters.PROPOSAL)
        # (a multi-line editor gives no-break spaces back as plain ones)
        assert box.fields.values() == {
            k: expected[k].replace("\u00a0", " ") if k == "echeancier" else expected[k]
            for k in box.fields.editors
        }
        box.pdf.setChecked(False)
        qtbot.mouseClick(letter.preview_button, Qt.MouseButton.LeftButton)
        assert "6 échéances mensuelles" in letter.preview.toPlainText()
        qtbot.mouseClick(letter.produce_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: letter.document is not None, timeout=20_000)
        text = text_of(letter.document.docx_path)
        assert "une dette de 1 200,00 € (mille deux cents euros)" in text
        assert "6 échéances mensuelles, du 5 janvier 2026 au 5 juin 2026" in text
        for n, due in ((1, "05/01/2026"), (6, "05/06/2026")):
            assert f"{n}\n{due}\n200,00 €" in text
        same = plan_letters.produce_plan_letter(db, actor, plan_id, plan_letters.PROPOSAL)
        assert text_of(same.docx_path).replace(same.reference, "") == text.replace(
            letter.document.reference, ""
        )
        letter.close()


def test_breach_notice_from_the_tenant_file_goes_to_each_holder(
    qtbot, db, actor, agency, make_file, window
):
    """The « Courrier… » dialog offers « Un courrier par titulaire » for a plan's
    reminder or breach notice to several holders, ticked while the letter goes
    registered, as the plan screen does; two letters are registered."""
    import datetime as dt

    from desktop.services import plan_letters, plans
    from desktop.services.context import use_clock
    from tests.conftest import DayClock
    from tests.test_plan_letters import breached_couple_plan

    with use_clock(DayClock(dt.date(2026, 1, 3))) as clock:
        pid = breached_couple_plan(db, actor, clock, 1)
        hid = plans.get_plan(db, actor, pid).household_id
        window.tenant_page.refresh()
        file_dialog = window.open_file(hid)
        qtbot.mouseClick(file_dialog.letter_button, Qt.MouseButton.LeftButton)
        letter = file_dialog.letter_dialog
        box = letter.box
        box.template.setCurrentIndex(box.template.findData(plan_letters.PROPOSAL))
        assert box.per_holder.isHidden()
        box.template.setCurrentIndex(box.template.findData(plan_letters.REMINDER))
        assert not box.per_holder.isHidden() and not box.per_holder.isChecked()
        qtbot.mouseClick(box.registered, Qt.MouseButton.LeftButton)  # sent registered
        assert box.per_holder.isChecked()
        box.template.setCurrentIndex(box.template.findData(plan_letters.BREACH_NOTICE))
        assert box.per_holder.isChecked()
        box.pdf.setChecked(False)
        # The preview shows the first holder's own letter, and says whose.
        qtbot.mouseClick(letter.preview_button, Qt.MouseButton.LeftButton)
        text = " ".join(letter.preview.toPlainText().split())
        assert text.startswith(
            "Aperçu du courrier à Mme Élodie DUPONT : chaque titulaire reçoit le sien, à son nom."
        )
        assert "Le même courrier est adressé séparément à M. Marc DURAND" in text
        box.per_holder.setChecked(False)
        qtbot.mouseClick(letter.preview_button, Qt.MouseButton.LeftButton)
        text = " ".join(letter.preview.toPlainText().split())
        assert "Aperçu du courrier à" not in text and "adressé séparément" not in text
        box.per_holder.setChecked(True)
        before = len(registered(db))
        qtbot.mouseClick(letter.produce_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: letter.document is not None, timeout=20_000)
        assert letter.status.text().startswith("2 courriers enregistrés, un par titulaire : ")
        made = registered(db)[before:]
        assert [r.template_name for r in made] == [plan_letters.BREACH_NOTICE] * 2
        assert all(r.registered_mail for r in made)
        letter.close()


def test_a_long_field_label_wraps_instead_of_pushing_the_inputs_right(
    qtbot, db, actor, agency, make_file, window
):
    """« Rendez-vous proposé pour l'état des lieux de sortie »: on a laptop the inputs
    stayed 450 px from the form's edge, after the longest label."""
    from PySide6.QtWidgets import QFormLayout

    from desktop.ui.letter_dialog import LABEL_CHARS

    letter = open_letter(qtbot, db, actor, make_file, window, "conge_accuse_reception")
    letter.resize(1024, 536)
    letter.show()
    qtbot.waitExposed(letter)
    form = letter.box.fields.form
    cap = letter.box.fields.fontMetrics().averageCharWidth() * LABEL_CHARS
    labels = [
        form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() for row in range(form.rowCount())
    ]
    assert any("état des lieux de sortie" in lb.text() for lb in labels)
    for label in labels:
        assert label.width() <= cap
        assert label.height() >= label.heightForWidth(label.width())  # every line shown
    editor = letter.box.fields.editors["rendez_vous_edl"]
    assert editor.mapTo(letter.box.fields, editor.rect().topLeft()).x() <= cap + 30
    letter.close()


def test_a_subject_too_long_is_said_in_the_form_and_kept(
    qtbot, db, actor, agency, make_file, window
):
    letter = open_letter(qtbot, db, actor, make_file, window, "courrier_libre")
    box = letter.box
    box.pdf.setChecked(False)
    box.fields.editors["corps"].setPlainText("Madame, Monsieur,")
    box.subject.setText("Objet " * 60)
    qtbot.mouseClick(letter.produce_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(letter.produce_button.isEnabled, timeout=10_000)
    shown = box.general_error.text() + " ".join(
        row.error.text() for row in getattr(box, "rows", {}).values()
    )
    assert shown == "L'objet du courrier : 300 caractères au plus."
    assert box.subject.text() == "Objet " * 60
    assert registered(db) == []
    letter.close()


def test_previews_stay_in_parcours_folder_and_go_after_a_day(tmp_path):
    """A preview holds a tenant's letter: not left in the system's temporary folder."""
    import os
    import time

    from desktop import config
    from desktop.ui.letter_dialog import PREVIEW_KEPT, write_preview_docx

    old = write_preview_docx(b"lettre d'hier")
    assert old.read_bytes() == b"lettre d'hier"
    assert old.parent.parent == config.data_dir() / "apercus"
    aged = time.time() - PREVIEW_KEPT - 60
    os.utime(old.parent, (aged, aged))
    recent = write_preview_docx(b"lettre du jour")  # sweeps the day-old one
    assert not old.parent.exists()
    assert recent.exists()
    assert write_preview_docx(b"encore").exists() and recent.exists()  # a fresh one stays

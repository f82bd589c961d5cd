"""*Administration > Paramètres* through real widgets: the organisation profile edited
in its tabs, refused in French under the field, saved in the base, and used by the
letters (the agency's town in « Fait à »)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from desktop.documents import engine
from desktop.domain.roles import Role
from desktop.services import documents, organisation, settings, tenants
from desktop.services.context import Actor
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def text_of(path) -> str:
    text = "\n".join(engine.docx_paragraphs(path.read_bytes()))
    return re.sub("[\u00a0\u202f]", " ", text).replace("\u2060", "")


@pytest.fixture
def page(qtbot, db, actor, agency):
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    window.findChild(QAction, "show_settings").trigger()
    page = window.admin_pages["settings"]
    assert window.pages.currentWidget() is page
    return page


def editor(page, path):
    return page.rows[path].editor


def tab_named(page, title: str) -> int:
    return next(i for i, t in enumerate(page.tab_titles) if t == title)


def test_the_agency_town_typed_in_the_screen_is_the_letters_fait_a(
    qtbot, page, db, actor, make_file
):
    household = tenants.create_tenant_file(db, actor, make_file(1))
    assert "organisation.toml" in page.source.text()  # not in the base yet
    page.tabs.setCurrentIndex(tab_named(page, "Agences"))
    assert page.agency_list.item(0).text() == "BXN — Agence Bordeaux Nord"
    place = editor(page, "agency.place")
    qtbot.keyClicks(place, "Le Bouscat")
    phone = editor(page, "agency.phone")
    phone.clear()
    qtbot.keyClicks(phone, "05 56 99 00 11")
    page.tabs.setCurrentIndex(tab_named(page, "Fichiers et sauvegardes"))
    page.keep_days.setValue(60)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Paramètres enregistrés."
    assert "Enregistrés dans la base" in page.source.text()
    assert settings.current(db)[settings.BACKUP_KEEP_DAYS] == 60

    view = documents.produce_letter(
        db, actor, household, documents.LetterOptions("attestation_logement", pdf=False)
    )
    text = text_of(view.docx_path)
    assert "Fait à Le Bouscat, le" in text and "05 56 99 00 11" in text


def test_bad_input_shows_french_errors_under_the_fields_and_saves_nothing(qtbot, page, db):
    name = editor(page, "name")
    name.clear()
    editor(page, "siren").setText("12 34")
    page.tabs.setCurrentIndex(tab_named(page, "Agences"))
    phone = editor(page, "agency.phone")
    phone.clear()
    qtbot.keyClicks(phone, "05 56")
    page.tabs.setCurrentIndex(tab_named(page, "Messagerie"))
    qtbot.keyClicks(editor(page, "mail.host"), "smtp.exemple.fr")
    page.tabs.setCurrentIndex(tab_named(page, "Fichiers et sauvegardes"))  # no error there
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.error.text().startswith("La saisie comporte")
    assert page.rows["name"].error.text() == "Indiquez le nom de l'organisme."
    assert page.rows["siren"].error.text() == "Le SIREN compte 9 chiffres."
    assert page.rows["mail.sender"].error.text().startswith("Indiquez l'adresse d'expédition")
    assert page.rows["agency.phone"].error.text().startswith("Numéro de téléphone incorrect")
    assert page.agency_list.item(0).text().endswith("⚠")
    assert page.tabs.currentIndex() == tab_named(page, "Organisme")  # the first tab in error
    marked = [page.tabs.tabText(i) for i in range(page.tabs.count()) if "⚠" in page.tabs.tabText(i)]
    assert marked == ["Organisme ⚠", "Agences ⚠", "Messagerie ⚠"]
    assert organisation.stored_table(db) is None
    # the input is kept: corrected, it saves
    qtbot.keyClicks(name, "Logis de Garonne")
    editor(page, "siren").setText("512 345 678")
    phone.setText("05 56 00 12 40")
    editor(page, "mail.sender").setText("caleol@logis-garonne.fr")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Paramètres enregistrés.", page.error.text()
    assert organisation.stored_table(db)["messagerie"]["hote"] == "smtp.exemple.fr"


def test_previews_show_the_mentions_and_the_privacy_notice_as_printed(qtbot, page):
    page.tabs.setCurrentIndex(tab_named(page, "Mentions et données personnelles"))
    dpo = editor(page, "dpo")
    dpo.clear()
    qtbot.keyClicks(dpo, "dpo@exemple-hlm.fr")
    assert "délégué à la protection des données (dpo@exemple-hlm.fr)" in (
        page.privacy_preview.text()
    )
    assert "RCS Bordeaux" in page.legal_preview.text()
    qtbot.keyClicks(editor(page, "legal_mentions"), "Office public de l'habitat de test")
    assert page.legal_preview.text() == "Office public de l'habitat de test"


def test_an_agent_has_no_settings_page(qtbot, db, agency):
    window = MainWindow(db, Actor("a", role=Role.AGENT, agency_id=1))
    qtbot.addWidget(window)
    assert "settings" not in window.admin_pages
    assert window.findChild(QAction, "show_settings") is None

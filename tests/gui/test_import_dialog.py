"""The import dialog, driven through its real buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.domain.roles import Role
from desktop.services import tenants
from desktop.services.context import Actor
from desktop.services.importer import TARGET_FIELDS
from desktop.ui.import_dialog import PAGE_FILE, PAGE_MAPPING, PAGE_REPORT, ImportDialog
from tests import demo_export

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)  # reads and checks as an administrator

pytestmark = pytest.mark.gui

ALL = tenants.TenantQuery(status=None)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dialog(qtbot, db, actor, agency):
    d = ImportDialog(db, actor)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_choose_check_and_import_the_sample(dialog, qtbot, db, monkeypatch):
    chosen = str(demo_export.CSV_PATH)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen, ""))
    assert dialog.stack.currentIndex() == PAGE_FILE
    assert not dialog.next_button.isEnabled()
    assert not dialog.import_button.isVisible()

    qtbot.mouseClick(dialog.browse_button, LEFT)
    assert dialog.stack.currentIndex() == PAGE_MAPPING
    assert dialog.path_edit.text() == chosen
    assert dialog.combos["last_name"].currentText() == "NOM_LOCATAIRE"
    assert dialog.combos["contract_number"].currentText() == "N° contrat"
    row = [f.key for f in TARGET_FIELDS].index("rent")
    assert dialog.mapping_table.item(row, 2).text() == "412,50"

    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.stack.currentIndex() == PAGE_REPORT
    assert dialog.summary_label.text().splitlines()[:3] == [
        f"Fichier « {demo_export.CSV_PATH.name} » : 20 lignes lues.",
        "17 dossiers prêts à importer.",
        "3 lignes rejetées, détaillées ci-dessous : elles ne seront pas importées. Corrigez-les "
        "dans le fichier puis importez-le de nouveau : les contrats déjà présents seront "
        "alors écartés.",
    ]
    table = dialog.rejected_table
    assert table.rowCount() == 3
    assert [table.item(r, 0).text() for r in range(3)] == ["6", "12", "16"]
    assert "Le montant ne peut pas être négatif" in table.item(1, 1).text()
    assert dialog.import_button.isVisible() and dialog.import_button.isEnabled()
    assert tenants.count(db, ADMIN, ALL) == 0

    with qtbot.waitSignal(dialog.imported, timeout=5000) as signal:
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert signal.args == [17]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tenants.count(db, ADMIN, ALL) == 17


def test_xlsx_sample_through_load_file(dialog, qtbot, db):
    assert dialog.load_file(demo_export.XLSX_PATH)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.rejected_table.rowCount() == 3
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert tenants.count(db, ADMIN, ALL) == 17


def test_cancel_at_each_step_imports_nothing(qtbot, db, actor, agency):
    for steps in (0, 1, 2):
        d = ImportDialog(db, actor)
        qtbot.addWidget(d)
        d.show()
        if steps >= 1:
            assert d.load_file(demo_export.CSV_PATH)
        if steps >= 2:
            qtbot.mouseClick(d.next_button, LEFT)
            assert d.stack.currentIndex() == PAGE_REPORT
        with qtbot.assertNotEmitted(d.imported):
            qtbot.mouseClick(d.cancel_button, LEFT)
        assert d.result() == QDialog.DialogCode.Rejected
        assert not d.isVisible()
    assert tenants.count(db, ADMIN, ALL) == 0


def test_cancel_during_the_import_rolls_back(dialog, qtbot, db, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialog.load_file(demo_export.CSV_PATH)
    qtbot.mouseClick(dialog.next_button, LEFT)
    with qtbot.assertNotEmitted(dialog.imported):
        qtbot.mouseClick(dialog.import_button, LEFT)
    assert dialog.isVisible() and dialog.stack.currentIndex() == PAGE_REPORT
    assert "Import annulé : rien n'a été importé." in dialog.error_label.text()
    assert dialog.cancel_button.isEnabled() and dialog.import_button.isEnabled()
    assert tenants.count(db, ADMIN, ALL) == 0


def test_required_column_left_out_shows_a_message(dialog, qtbot, db):
    dialog.load_file(demo_export.CSV_PATH)
    dialog.set_mapping("rent", None)
    assert dialog.combos["rent"].currentText() == "(non importé)"
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.stack.currentIndex() == PAGE_MAPPING
    assert dialog.error_label.isVisible()
    assert "Colonnes obligatoires non associées : Loyer" in dialog.error_label.text()

    dialog.set_mapping("rent", demo_export.HEADERS.index("Loyer"))
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.stack.currentIndex() == PAGE_REPORT
    assert not dialog.error_label.isVisible()
    qtbot.mouseClick(dialog.back_button, LEFT)
    assert dialog.stack.currentIndex() == PAGE_MAPPING
    assert tenants.count(db, ADMIN, ALL) == 0


def test_unreadable_file_stays_on_the_first_step(dialog, tmp_path):
    bad = tmp_path / "liste.pdf"
    bad.write_bytes(b"%PDF")
    assert not dialog.load_file(bad)
    assert dialog.stack.currentIndex() == PAGE_FILE
    assert "Format de fichier non pris en charge" in dialog.error_label.text()
    assert not dialog.next_button.isEnabled()


def test_nothing_valid_disables_import(dialog, qtbot, db, actor):
    with qtbot.waitSignal(dialog.imported):
        dialog.load_file(demo_export.CSV_PATH)
        qtbot.mouseClick(dialog.next_button, LEFT)
        qtbot.mouseClick(dialog.import_button, LEFT)
    again = ImportDialog(db, actor)
    qtbot.addWidget(again)
    again.show()
    again.load_file(demo_export.CSV_PATH)
    qtbot.mouseClick(again.next_button, LEFT)
    assert again.rejected_table.rowCount() == 20
    assert again.summary_label.text().splitlines()[1:] == [
        "Aucune ligne ne peut être importée.",
        "20 lignes rejetées, détaillées ci-dessous : elles ne seront pas importées. Corrigez-les "
        "dans le fichier puis importez-le de nouveau : les contrats déjà présents seront "
        "alors écartés.",
    ]
    assert not again.import_button.isEnabled()
    assert tenants.count(db, ADMIN, ALL) == 17


def test_one_line_read_one_ready_one_rejected(dialog, qtbot, tmp_path):
    """At one, the summary reads in the singular: « 1 ligne lue », « 1 dossier prêt à
    importer », « 1 ligne rejetée, détaillée ci-dessous : elle ne sera pas importée »."""
    header = (
        "N° contrat;Nom;Prénom;Date naissance;Date entrée;Loyer;Charges;Réf logement;"
        "Adresse;CP;Ville;Type;Solde;Agence"
    )
    good = "C-1;Durand;Anne;14/03/1950;01/09/2015;412,50;85,20;L-1;1 rue A;33000;Bordeaux;T3;0;BXN"
    bad = "C-2;Petit;Luc;14/03/1950;01/09/2015;-4;85,20;L-2;2 rue A;33000;Bordeaux;T3;0;BXN"
    one = tmp_path / "un.csv"
    one.write_text(header + "\r\n" + good + "\r\n", encoding="utf-8")
    assert dialog.load_file(one)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.summary_label.text().splitlines() == [
        "Fichier « un.csv » : 1 ligne lue.",
        "1 dossier prêt à importer.",
    ]
    two = tmp_path / "deux.csv"
    two.write_text("\r\n".join([header, good, bad]) + "\r\n", encoding="utf-8")
    assert dialog.load_file(two)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.summary_label.text().splitlines() == [
        "Fichier « deux.csv » : 2 lignes lues.",
        "1 dossier prêt à importer.",
        "1 ligne rejetée, détaillée ci-dessous : elle ne sera pas importée. Corrigez-la dans "
        "le fichier puis importez-le de nouveau : les contrats déjà présents seront alors "
        "écartés.",
    ]


def test_a_fixed_value_fills_a_column_the_file_lacks(dialog, qtbot, db, tmp_path):
    header = (
        "N° contrat;Nom;Prénom;Date naissance;Date entrée;Loyer;Charges;Réf logement;"
        "Adresse;CP;Ville;Type;Solde"
    )
    lines = [
        f"C-{n};Durand;Anne;14/03/1950;01/09/2015;412,50;85,20;L-{n};12 rue des Lilas;"
        f"33000;Bordeaux;T3;0,00"
        for n in (1, 2)
    ]
    path = tmp_path / "sans-agence.csv"
    path.write_text("\r\n".join([header, *lines]) + "\r\n", encoding="utf-8")
    assert dialog.load_file(path)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.stack.currentIndex() == PAGE_MAPPING  # no agency: refused
    assert "Code agence" in dialog.error_label.text()
    qtbot.keyClicks(dialog.fixed["agency_code"], "bxn")
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.stack.currentIndex() == PAGE_REPORT
    assert dialog.summary_label.text().splitlines() == [
        "Fichier « sans-agence.csv » : 2 lignes lues.",
        "2 dossiers prêts à importer.",
    ]
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        qtbot.mouseClick(dialog.import_button, LEFT)
    rows = tenants.search(db, ADMIN, ALL)
    assert len(rows) == 2
    assert tenants.get_tenant_file(db, ADMIN, rows[0].id).data.dwelling.agency_code == "BXN"

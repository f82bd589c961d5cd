"""*Fichier > Droit d'accès (RGPD)…*: the numéro unique typed, « Exporter… » writes
the applicant's workbook; an unknown number is said in French and writes nothing; a
role without the export right has no such menu entry."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from desktop.domain.roles import Role
from desktop.services.context import Actor
from desktop.ui import access_request_dialog
from desktop.ui.access_request_dialog import AccessRequestDialog
from tests.gui.test_accounts_gui import make_window
from tests.test_caleol_offers import SITTING, sitting  # noqa: F401  (the fixture)
from tests.test_export_applicant import ROCHE, applicant, rows  # noqa: F401


@SITTING  # the session of tests.test_caleol_offers, made once (filled_base)
def test_the_menu_exports_the_applicant_by_his_number(
    qtbot,
    db,
    actor,
    applicant,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    out = tmp_path / "demandeur.xlsx"
    chosen: list[str] = []

    def choose(parent, title, default, filters, suffix):
        chosen.append(default)
        return str(out)

    monkeypatch.setattr(access_request_dialog, "save_file_name", choose)
    window = make_window(qtbot, db, actor)
    seen: dict[str, str] = {}

    def interact():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AccessRequestDialog):
            QTimer.singleShot(20, interact)
            return
        try:
            qtbot.mouseClick(dialog.applicant_button, Qt.MouseButton.LeftButton)
            seen["empty"] = dialog.error.text()
            qtbot.keyClicks(dialog.applicant, "0330000000000")
            qtbot.mouseClick(dialog.applicant_button, Qt.MouseButton.LeftButton)
            seen["unknown"] = dialog.error.text()
            seen["written after unknown"] = str(out.exists())
            dialog.applicant.clear()
            qtbot.keyClicks(dialog.applicant, f" {ROCHE} ")
            qtbot.mouseClick(dialog.applicant_button, Qt.MouseButton.LeftButton)
            seen["status"] = dialog.status.text()
            seen["error shown"] = str(dialog.error.isVisible())
        finally:
            dialog.reject()

    QTimer.singleShot(20, interact)
    window.findChild(QAction, "accessRequest").trigger()
    assert seen == {
        "empty": "Saisissez le numéro unique du demandeur.",
        "unknown": (
            "Aucune candidature n'est enregistrée sous le numéro unique « 0330000000000 »."
        ),
        "written after unknown": "False",
        "status": "Données du demandeur exportées dans « demandeur.xlsx ».",
        "error shown": "False",
    }
    assert chosen and chosen[0].endswith(".xlsx")
    book = load_workbook(out)
    summary = {r["Rubrique"]: r["Valeur"] for r in rows(book, "Demandeur")}
    assert summary["N° unique"] == ROCHE and summary["Nom"]
    candidatures = rows(book, "Candidatures")
    assert [r["Décision"] for r in candidatures] == ["Attribution", "Non-attribution"]
    assert candidatures[0]["Proposition"] == "Refusée"


def test_no_menu_entry_without_the_export_right(qtbot, db):
    window = make_window(qtbot, db, Actor("agent", role=Role.AGENT))
    assert window.findChild(QAction, "accessRequest") is None


def test_the_dialog_exports_a_tenant_file_by_its_number(
    qtbot, db, actor, agency, make_file, tmp_path, monkeypatch
):
    from desktop.services import tenants

    hid = tenants.create_tenant_file(db, actor, make_file(1))
    out = tmp_path / "dossier.xlsx"
    monkeypatch.setattr(access_request_dialog, "save_file_name", lambda *a: str(out))
    dialog = AccessRequestDialog(db, actor)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.household, "12a")
    qtbot.mouseClick(dialog.household_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Saisissez le numéro du dossier (des chiffres)."
    assert not out.exists()
    dialog.household.clear()
    qtbot.keyClicks(dialog.household, str(hid))
    qtbot.mouseClick(dialog.household_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Données du dossier exportées dans « dossier.xlsx »."
    summary = {r["Rubrique"]: r["Valeur"] for r in rows(load_workbook(out), "Dossier")}
    assert summary["N° de dossier"] == hid and summary["Nom"] == "DUPONT Élodie"

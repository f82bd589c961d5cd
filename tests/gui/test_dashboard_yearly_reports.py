"""The two yearly reports of issue 17 on the "Tableaux de bord" page: the attribution
targets (an EPCI and a year) and the reservation holder's "gestion en flux" report (a
holder and a year). Their scope replaces the period and the agency; the figures load
when chosen; the export writes what is shown, named after it."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.services import attribution
from desktop.ui.dashboard_page import DashboardPage
from tests import attribution_world as W

pytestmark = pytest.mark.gui
NBSP = "\u00a0"


@pytest.fixture
def world(db, actor):
    return W.build(db, actor)


def wait_figures(qtbot, page: DashboardPage) -> None:
    """The figures of the filters chosen are in (the page asks for them itself after a
    short pause: no click on "Afficher")."""
    assert page.wait_figures(30_000)
    assert page.computed_request == page.request() or page.data is None


def export(qtbot, page: DashboardPage, monkeypatch, target, asked: list) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a[2]) or str(target), "")
    )
    page.last_export = None
    button = page.xlsx_button if target.suffix == ".xlsx" else page.pdf_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None or bool(page.last_error), timeout=90_000)
    assert page.last_error == "" and page.last_export == target


def test_yearly_reports_from_the_dashboard(qtbot, db, actor, world, tmp_path, monkeypatch):
    page = DashboardPage(db, actor)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    wait_figures(qtbot, page)
    assert page.period_box.isVisible() and not page.scope_box.isVisible()

    # The targets report: an EPCI and a year instead of a period and an agency.
    page.report.setCurrentIndex(page.report.findData(attribution.TARGETS_REPORT))
    assert page.scope_box.isVisible() and page.year_box.isVisible()
    assert not page.period_box.isVisible() and not page.agency_box.isVisible()
    assert page.scope_label.text() == "EPCI"
    assert [page.scope.itemText(i) for i in range(page.scope.count())] == ["CA Exemple", "CC Autre"]
    assert "Égalité et Citoyenneté" in page.description.text()
    page.year.setValue(W.YEAR)
    page.scope.setCurrentIndex(page.scope.findData(W.EPCI))
    wait_figures(qtbot, page)  # the figures load when chosen, without "Afficher"
    assert page.data is not None and page.data.name == attribution.TARGETS_REPORT
    assert page.heading.text() == "Objectifs d'attribution — année 2026 — CA Exemple"
    table = page.tables["objectifs"]
    rows = {table.text(r, 0): table.text(r, 2) for r in range(table.rowCount())}
    assert rows["Attributions hors QPV au premier quartile"] == f"40,0{NBSP}%"
    assert rows["Attributions en QPV aux trois autres quartiles"] == f"50,0{NBSP}%"
    assert page.tables["attributions"].rowCount() == 7

    asked: list[str] = []
    target = tmp_path / "objectifs.xlsx"
    export(qtbot, page, monkeypatch, target, asked)
    assert asked[0].endswith("Objectifs-d-attribution-CA-Exemple-2026.xlsx"), asked
    sheet = pd.read_excel(target, sheet_name=1, header=2).dropna(subset=["Exigé"])
    shown = {table.text(r, 0): table.text(r, 3) for r in range(table.rowCount())}
    assert {
        r["Objectif"]: str(int(r["Attributions retenues"])) for _, r in sheet.iterrows()
    } == shown

    # Another EPCI: other figures, and the export follows what is shown.
    page.scope.setCurrentIndex(page.scope.findData("CC Autre"))
    wait_figures(qtbot, page)
    assert "CC Autre" in page.heading.text()
    assert page.tables["attributions"].rowCount() == 1

    # The holder's flow report: the holders of the year.
    page.report.setCurrentIndex(page.report.findData(attribution.FLOW_REPORT))
    assert page.scope_label.text() == "Réservataire"
    holders = [page.scope.itemText(i) for i in range(page.scope.count())]
    assert holders == ["Action Logement", "Préfecture"]
    page.scope.setCurrentIndex(page.scope.findData("Préfecture"))
    wait_figures(qtbot, page)
    values = [
        box.findChild(type(page.description), "keyFigureValue").text() for box in page.key_figures
    ]
    assert values[:3] == ["5", "4", "28/02/2027"]
    target = tmp_path / "flux.xlsx"
    export(qtbot, page, monkeypatch, target, asked)
    assert "Prefecture-2026.xlsx" in asked[-1] and "gestion-en-flux" in asked[-1], asked
    detail = pd.read_excel(target, sheet_name=2, header=2).dropna(subset=["Attribué"])
    assert len(detail) == page.tables["logements"].rowCount() == 5

    # A year without any holder offered a dwelling: nothing to choose, a French reason.
    page.year.setValue(W.YEAR - 5)
    assert page.scope.count() == 0
    wait_figures(qtbot, page)
    assert page.data is None and "Choisissez un réservataire" in page.error.text()
    assert not page.xlsx_button.isEnabled()

    # Back to a report of a period: its period and agency again.
    page.report.setCurrentIndex(page.report.findData("conges"))
    assert page.period_box.isVisible() and not page.scope_box.isVisible()
    page.wait()

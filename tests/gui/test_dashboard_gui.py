"""The "Tableaux de bord" page driven like a user: choose a report, a period and an
agency, read the figures and charts, export to PDF and Excel with the progress dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from desktop.domain.roles import Role
from desktop.services.context import Actor
from desktop.ui.dashboard_page import DashboardPage, default_period
from tests.test_reports import seed

pytestmark = pytest.mark.gui
NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture
def world(db, actor):
    return seed(db, actor)


def choose(qtbot, page: DashboardPage, name: str, agency: str | None = None) -> None:
    page.report.setCurrentIndex(page.report.findData(name))
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 6, 30))
    if agency is not None:
        page.agency.setCurrentIndex(page.agency.findData(agency))
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)


def test_default_period_is_the_last_twelve_months():
    assert default_period(dt.date(2026, 11, 25)) == (dt.date(2025, 12, 1), dt.date(2026, 11, 25))
    assert default_period(dt.date(2026, 12, 3)) == (dt.date(2026, 1, 1), dt.date(2026, 12, 3))


def test_choose_a_report_and_read_its_figures_and_charts(qtbot, world):
    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    assert not page.pdf_button.isEnabled()  # nothing to export yet
    choose(qtbot, page, "conges")
    assert "Congés reçus par motif" in page.description.text()
    table = page.tables["conges_par_motif"]
    rows = {table.text(r, 0): table.text(r, 1) for r in range(table.rowCount())}
    assert rows["Mutation professionnelle"] == "1" and rows["Total"] == "3"
    assert table.item(table.rowCount() - 1, 0).font().bold()  # the total row
    durations = page.tables["preavis_reduit_ou_normal"]
    assert durations.text(0, 2) == f"33,3{NBSP}%" and durations.text(0, 3) == f"28,0{NBSP}j"
    values = [box.findChild(type(page.description), "keyFigureValue").text()
              for box in page.key_figures]
    assert values[0] == "3" and f"70,3{NBSP}j" in values
    chart = page.charts["graphique_motifs"]
    assert chart.renderer().isValid() and chart.width() > 300
    assert "Mutation professionnelle" in chart.svg
    assert page.pdf_button.isEnabled() and page.xlsx_button.isEnabled()

    choose(qtbot, page, "impayes", "LIB")
    households = page.tables["menages_en_impaye"]
    assert [households.text(0, c) for c in range(3)] == ["LIB", "1", f"3{NNBSP}000,00{NBSP}€"]
    assert "LIB — Agence Libourne" in page.heading.text()


def test_a_wrong_period_shows_a_french_message(qtbot, world):
    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    page.show()
    page.date_from.setDate(QDate(2026, 6, 30))
    page.date_to.setDate(QDate(2026, 1, 1))
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisible()
    assert "La fin de la période précède son début." in page.error.text()
    assert not page.pdf_button.isEnabled()


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_export_runs_in_the_background_with_progress(qtbot, world, tmp_path, monkeypatch,
                                                     suffix):
    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    page.show()
    choose(qtbot, page, "impayes")
    target = tmp_path / f"rapport{suffix}"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append(a[2]) or str(target), ""))
    button = page.pdf_button if suffix == ".pdf" else page.xlsx_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.findChild(QProgressDialog, "exportProgress") is not None
    assert not page.pdf_button.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: page.last_export is not None or bool(page.last_error), timeout=90_000)
    assert page.last_error == "" and page.last_export == target
    assert asked[0].endswith(f"rapport-impayes-20260101-20260630{suffix}")
    head = target.read_bytes()[:4]
    assert head == (b"%PDF" if suffix == ".pdf" else b"PK\x03\x04")
    assert page.progress_seen and page.progress_seen[-1] == 1000
    assert page.progress_seen == sorted(page.progress_seen)
    assert str(target) in page.status.text()
    qtbot.waitUntil(lambda: page.pdf_button.isEnabled(), timeout=5000)
    assert page.findChild(QProgressDialog, "exportProgress") is None


def test_agency_manager_sees_only_his_agency(qtbot, world):
    manager = Actor("resp.bxn", "Responsable BXN", role=Role.MANAGER, agency_id=world.bxn)
    page = DashboardPage(world.db, manager)
    qtbot.addWidget(page)
    page.show()
    assert not page.agency.isEnabled() and page.agency.count() == 1
    assert page.agency.currentData() == "BXN"
    choose(qtbot, page, "impayes")
    households = page.tables["menages_en_impaye"]
    assert [households.text(r, 0) for r in range(households.rowCount())] == ["BXN", "Total"]


def test_main_window_offers_the_page_to_report_readers_only(qtbot, world):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(world.db, world.actor)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Tableaux de bord" in titles
    window.nav.setCurrentRow(titles.index("Tableaux de bord"))
    assert window.pages.currentWidget() is window.dashboard_page
    agent = Actor("agent.bxn", "Agent", role=Role.AGENT, agency_id=world.bxn)
    window = MainWindow(world.db, agent)
    qtbot.addWidget(window)
    assert window.dashboard_page is None
    assert "Tableaux de bord" not in [window.nav.item(i).text()
                                      for i in range(window.nav.count())]

"""The "Tableaux de bord" page driven like a user: choose a report, a period and an
agency, read the figures and charts, export to PDF and Excel with the progress dialog."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import Message
from desktop.domain.roles import Role
from desktop.reports import render
from desktop.services import reports
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
    wait_figures(qtbot, page)


def wait_figures(qtbot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: not page.computing and page.refresh_button.isEnabled(), timeout=30_000)


def conges_total(page: DashboardPage) -> str:
    table = page.tables["conges_par_motif"]
    return table.text(table.rowCount() - 1, 1)


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
    values = [
        box.findChild(type(page.description), "keyFigureValue").text() for box in page.key_figures
    ]
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
    wait_figures(qtbot, page)
    assert page.error.isVisible()
    assert "La fin de la période précède son début." in page.error.text()
    assert not page.pdf_button.isEnabled()


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_export_runs_in_the_background_with_progress(qtbot, world, tmp_path, monkeypatch, suffix):
    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    page.show()
    choose(qtbot, page, "impayes")
    target = tmp_path / f"rapport{suffix}"
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a[2]) or str(target), "")
    )
    button = page.pdf_button if suffix == ".pdf" else page.xlsx_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.findChild(QProgressDialog, "exportProgress") is not None
    assert not page.pdf_button.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: page.last_export is not None or bool(page.last_error), timeout=90_000)
    assert page.last_error == "" and page.last_export == target
    # named after the report shown, in words
    assert asked[0].endswith(f"Impayes-et-plans-d-apurement-01-01-2026-au-30-06-2026{suffix}")
    head = target.read_bytes()[:4]
    assert head == (b"%PDF" if suffix == ".pdf" else b"PK\x03\x04")
    assert page.progress_seen and page.progress_seen[-1] == 1000
    assert page.progress_seen == sorted(page.progress_seen)
    assert str(target) in page.status.text()
    qtbot.waitUntil(lambda: page.pdf_button.isEnabled(), timeout=5000)
    # Closed at once, deleted when the event loop gets to it.
    qtbot.waitUntil(lambda: page.findChild(QProgressDialog, "exportProgress") is None, timeout=5000)


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
    assert "Tableaux de bord" not in [window.nav.item(i).text() for i in range(window.nav.count())]


def test_figures_are_computed_in_the_background(qtbot, world):
    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    page.show()
    page.select("conges", dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    # The click returns at once: the figures come later, the page says it is working.
    assert page.computing and page.busy.isVisible()
    assert page.busy.text() == "Calcul en cours…"
    assert not page.refresh_button.isEnabled() and not page.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: "conges_par_motif" in page.tables, timeout=30_000)
    assert conges_total(page) == "3"
    assert not page.busy.isVisible() and page.refresh_button.isEnabled()
    assert page.pdf_button.isEnabled() and not page.error.isVisible()


class HeldFirstBuild:
    """``reports.build_report`` whose first call waits until the test releases it: the
    test decides when the first (soon stale) answer arrives, no sleeping involved."""

    def __init__(self, monkeypatch):
        self.build = reports.build_report
        self.seen: list[tuple[dt.date, dt.date]] = []
        self.started, self.release = threading.Event(), threading.Event()
        self.armed = False
        monkeypatch.setattr(reports, "build_report", self)

    def arm(self) -> None:
        """From now on, hold the first computation asked (the page's opening figures,
        computed before, went through)."""
        self.armed = True

    def __call__(self, db, actor, name, date_from, date_to, agency=None, **kw):
        if not self.armed:
            return self.build(db, actor, name, date_from, date_to, agency, **kw)
        self.seen.append((date_from, date_to))
        if len(self.seen) == 1:
            self.started.set()
            assert self.release.wait(30), "the test never released the first computation"
        return self.build(db, actor, name, date_from, date_to, agency, **kw)


def record_shown(page: DashboardPage) -> list[str]:
    shown: list[str] = []
    original_show = page.show_data
    page.show_data = lambda data: (shown.append(data.period_label), original_show(data))[1]
    return shown


def test_changing_the_period_during_a_computation_shows_the_new_period(qtbot, world, monkeypatch):
    held = HeldFirstBuild(monkeypatch)
    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    page.show()
    wait_figures(qtbot, page)  # the figures of the default period, when the page opens
    held.arm()
    shown = record_shown(page)
    page.select("conges", dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert held.started.wait(30)
    # While the first figures are being computed, the user changes the period twice.
    page.date_to.setDate(QDate(2026, 3, 31))
    page.date_to.setDate(QDate(2026, 2, 28))
    # The first answer now arrives, before the new request starts: it is stale.
    held.release.set()
    assert page.figures_pool.waitForDone(30_000)
    wait_figures(qtbot, page)
    assert conges_total(page) == "1"  # the notice received on 10/02/2026 only
    assert "28/02/2026" in page.heading.text()
    assert len(shown) == 1 and "28/02/2026" in shown[0]  # the stale figures never shown
    assert page.computed_request == ("conges", dt.date(2026, 1, 1), dt.date(2026, 2, 28), None)
    assert held.seen == [
        (dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
        (dt.date(2026, 1, 1), dt.date(2026, 2, 28)),
    ]


def test_two_requests_in_a_row_show_the_latest(qtbot, world, monkeypatch):
    held = HeldFirstBuild(monkeypatch)
    held.arm()  # the page is not shown: it computes nothing before it is asked
    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    shown = record_shown(page)
    page.select("conges", dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    page.refresh()
    assert held.started.wait(30)
    page.select("conges", dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    page.refresh()  # supersedes the first, still running
    held.release.set()
    wait_figures(qtbot, page)
    assert conges_total(page) == "3" and "30/06/2026" in page.heading.text()
    assert len(shown) == 1 and "30/06/2026" in shown[0]
    assert held.seen == [
        (dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        (dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
    ]


def test_an_unexpected_error_is_shown_in_the_page(qtbot, world, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("serveur injoignable")

    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    page.show()
    choose(qtbot, page, "conges")
    assert page.pdf_button.isEnabled()
    monkeypatch.setattr(reports, "build_report", broken)
    choose(qtbot, page, "impayes")
    assert page.error.isVisible()
    assert page.error.text() == "Erreur inattendue : serveur injoignable"
    assert page.tables == {} or page.data is None
    assert not page.pdf_button.isEnabled() and page.refresh_button.isEnabled()


def test_a_refusal_shows_its_message_then_its_fields_on_one_line(qtbot, world, monkeypatch):
    def refused(*args, **kwargs):
        raise ValidationError(
            {
                "date_from": Message("Début de période invalide."),
                "date_to": Message("Fin de période invalide."),
            }
        )

    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(reports, "build_report", refused)
    choose(qtbot, page, "impayes")
    assert page.error.text() == (
        "La saisie comporte 2 erreurs. Début de période invalide. Fin de période invalide."
    )


def start_export(qtbot, page, monkeypatch, target, suffix):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a))
    button = page.pdf_button if suffix == ".pdf" else page.xlsx_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QProgressDialog, "exportProgress")
    assert dialog is not None
    cancel = [b for b in dialog.findChildren(QPushButton) if b.text() == "Annuler"]
    assert len(cancel) == 1
    return cancel[0], warnings


def finish_cancelled(qtbot, page, warnings, folder):
    assert page.progress_dialog is None  # stopped waiting at once
    assert page.status.text() == "Export annulé."
    qtbot.waitUntil(lambda: page.findChild(QProgressDialog, "exportProgress") is None, timeout=5000)
    qtbot.waitUntil(lambda: page.pdf_button.isEnabled(), timeout=90_000)  # worker ended
    assert page.last_export is None and page.last_error == "" and not warnings
    assert page.status.text() == "Export annulé."
    assert not [p for p in folder.iterdir() if p.name.startswith(".tmp-")]


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_a_cancelled_export_leaves_no_file(qtbot, world, tmp_path, monkeypatch, suffix):
    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    page.show()
    choose(qtbot, page, "impayes")
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"rapport{suffix}"
    cancel, warnings = start_export(qtbot, page, monkeypatch, target, suffix)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    finish_cancelled(qtbot, page, warnings, folder)
    assert not target.exists()
    assert list(folder.iterdir()) == []  # nothing half-written either


def test_cancelling_after_the_file_is_written_removes_it(qtbot, world, tmp_path, monkeypatch):
    written, go_on = threading.Event(), threading.Event()
    write_xlsx = render.write_xlsx

    def write_then_wait(*args, **kwargs):
        path = write_xlsx(*args, **kwargs)
        written.set()
        go_on.wait(30)
        return path

    monkeypatch.setattr(render, "write_xlsx", write_then_wait)
    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    page.show()
    choose(qtbot, page, "impayes")
    target = tmp_path / "rapport.xlsx"
    cancel, warnings = start_export(qtbot, page, monkeypatch, target, ".xlsx")
    qtbot.waitUntil(written.is_set, timeout=60_000)
    assert target.exists()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    go_on.set()
    finish_cancelled(qtbot, page, warnings, tmp_path)
    assert not target.exists()


def test_cancelling_keeps_the_file_that_was_there(qtbot, world, tmp_path, monkeypatch):
    started, go_on = threading.Event(), threading.Event()
    write_xlsx = render.write_xlsx

    def wait_then_write(*args, **kwargs):
        started.set()
        go_on.wait(30)
        return write_xlsx(*args, **kwargs)

    monkeypatch.setattr(render, "write_xlsx", wait_then_write)
    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    page.show()
    choose(qtbot, page, "impayes")
    target = tmp_path / "rapport.xlsx"
    target.write_bytes(b"ancien rapport")
    cancel, warnings = start_export(qtbot, page, monkeypatch, target, ".xlsx")
    qtbot.waitUntil(started.is_set, timeout=60_000)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    go_on.set()
    finish_cancelled(qtbot, page, warnings, tmp_path)
    assert target.read_bytes() == b"ancien rapport"


def test_figures_load_when_the_page_opens_and_follow_the_report_chosen(
    qtbot, world, tmp_path, monkeypatch
):
    """Issue 15: the page never shows the figures of another report than the one
    chosen, and "Exporter en PDF…" exports the report shown, under its own name."""
    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    page.select("conges", dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    page.show()  # no click: the figures come on their own
    qtbot.waitUntil(
        lambda: "conges_par_motif" in page.tables and not page.computing, timeout=30_000
    )
    assert conges_total(page) == "3"
    assert page.pdf_button.isEnabled()

    # Another report: the congés figures go at once, the export waits for the new ones.
    page.report.setCurrentIndex(page.report.findData("impayes"))
    assert "conges_par_motif" not in page.tables
    assert not page.pdf_button.isEnabled()
    qtbot.waitUntil(
        lambda: "menages_en_impaye" in page.tables and not page.computing, timeout=30_000
    )
    assert page.data.name == "impayes" and page.pdf_button.isEnabled()

    # Another agency: the same.
    page.agency.setCurrentIndex(page.agency.findData("LIB"))
    qtbot.waitUntil(
        lambda: not page.computing and page.data is not None and page.data.agency_code == "LIB",
        timeout=30_000,
    )
    assert "LIB — Agence Libourne" in page.heading.text()

    asked = []
    target = tmp_path / "export.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a[2]) or str(target), "")
    )
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None or bool(page.last_error), timeout=90_000)
    assert page.last_error == ""
    title = page.report.currentText()
    assert title in page.heading.text()
    proposed = asked[0].replace("\\", "/").rsplit("/", 1)[-1]
    assert proposed == "Impayes-et-plans-d-apurement-01-01-2026-au-30-06-2026-LIB.pdf"
    text = _pdf_text(target)
    assert title in text and "Congés reçus par motif" not in text


def _pdf_text(path) -> str:
    import pypdf

    return " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


def test_figures_still_computing_are_finished_before_the_base_is_closed(qtbot, world):
    """As the window closes (``doc_worker.wait_running``), figures being computed are
    waited for: no job of the page's pool is left holding a connection."""
    import time

    from sqlalchemy import event

    from desktop.ui import doc_worker

    computing = threading.Event()

    def slow(conn, cursor, statement, *args):
        if threading.current_thread() is not threading.main_thread():
            computing.set()
            time.sleep(0.2)

    page = DashboardPage(world.db, world.actor)
    qtbot.addWidget(page)
    event.listen(world.db.engine, "before_cursor_execute", slow)
    try:
        page.report.setCurrentIndex(page.report.findData("conges"))
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(computing.is_set)
        assert world.db.engine.pool.checkedout() == 1
        assert doc_worker.wait_running()
        assert world.db.engine.pool.checkedout() == 0
        assert page.figures_pool.activeThreadCount() == 0
    finally:
        event.remove(world.db.engine, "before_cursor_execute", slow)

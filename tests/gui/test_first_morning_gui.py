"""A new agency employee's first morning, through real widgets: what she met on a
1280 × 720 laptop at 125 % (notes d11user) and what now answers her."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop import config
from desktop.services import tenants
from desktop.services.context import use_clock
from desktop.ui.main_window import MainWindow
from tests.conftest import DayClock

pytestmark = pytest.mark.gui

D = dt.date
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def clock():
    with use_clock(DayClock(D(2026, 11, 23))) as c:
        yield c


@pytest.fixture
def files(db, actor, agency, make_file, clock):
    f = make_file(1)
    f.balance = Decimal("1200.00")
    return {"dupont": tenants.create_tenant_file(db, actor, f)}


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


def show_page(window, title: str):
    row = next(r for r in range(window.nav.count()) if window.nav.item(r).text() == title)
    window.nav.setCurrentRow(row)
    return window.pages.currentWidget()


@pytest.mark.parametrize(
    ("title", "proposed"),
    [("Plans d'apurement", "impayes_2026-11-23.xlsx"), ("Congés", "conges.xlsx")],
)
def test_excel_exports_are_proposed_in_the_exports_folder(
    window, qtbot, tmp_path, monkeypatch, title, proposed
):
    # The arrears list and the notices list proposed a bare file name: the save dialog
    # opened in the program's folder (on Windows, where Parcours is installed), not in
    # the folder of the batches and exports the other exports use.
    exports = tmp_path / "Exports agence"
    exports.mkdir()
    config.save_settings({**config.load_settings(), "letters_out_dir": str(exports)})
    asked = []
    target = tmp_path / "liste"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a[2]) or str(target), "")
    )
    page = show_page(window, title)
    qtbot.mouseClick(page.export_button, LEFT)
    assert [Path(p) for p in asked] == [exports / proposed]
    assert Path(f"{target}.xlsx").read_bytes()[:2] == b"PK"  # ".xlsx" added when left out

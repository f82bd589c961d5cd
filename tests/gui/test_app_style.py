"""The application's style (``desktop/ui/style.py``): the platform's, its tabs' labels
whole (the accent of « Échéancier » was cut on an unselected tab)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyleFactory, QTabBar

from desktop.ui.style import AppStyle

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def unselected_tab(qtbot, style, text: str) -> QImage:
    """How ``text`` reads on an unselected tab drawn by ``style``."""
    bar = QTabBar()
    qtbot.addWidget(bar)
    style.setParent(bar)  # (kept while the bar lives)
    bar.setStyle(style)
    bar.addTab("Conditions et parties")
    bar.addTab(text)
    bar.show()
    qtbot.waitExposed(bar)
    QApplication.processEvents()
    return bar.grab(bar.tabRect(1)).toImage()


@pytest.mark.parametrize("base", ["Fusion", "Windows"])
def test_an_unselected_tab_shows_the_accent_of_its_capital(qtbot, base):
    """Under Fusion (Linux) and the Windows style, « Échéancier » on an unselected tab
    is not drawn as « Echéancier »: its accent is whole, the tab no taller."""
    accented = unselected_tab(qtbot, AppStyle(base), "Échéancier")
    assert accented != unselected_tab(qtbot, AppStyle(base), "Echéancier")
    native = unselected_tab(qtbot, QStyleFactory.create(base), "Échéancier")
    assert accented.size() == native.size()


SHOW = r"""
from desktop.ui.app import create_application
app = create_application(["parcours", "-style", "Windows"])
print(type(app.style()).__name__, app.style().baseStyle().name())
"""


def test_the_application_draws_with_its_style_over_the_one_it_was_given():
    """The application's style wraps the platform's, or the one ``-style`` names."""
    out = subprocess.run(
        [sys.executable, "-c", SHOW],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.stdout.split() == ["AppStyle", "windows"], out.stderr

"""The retention page lists the CALEOL candidatures due beside the tenant files and
anonymises them with the purge (docs/domain.md#retention)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.retention import RULES_BY_KIND, RetentionKind
from desktop.services.context import use_clock
from desktop.ui.admin_pages import RetentionPage
from tests.conftest import DayClock
from tests.gui.modal import answer_message_box
from tests.test_caleol_offers import SITTING, sitting  # noqa: F401  (the fixture)
from tests.test_retention_caleol import LEASE_ON, candidate, signed  # noqa: F401

# The session of tests.test_caleol_offers, made once (filled_base).
pytestmark = SITTING


def test_the_retention_page_purges_an_attributed_candidature(qtbot, db, actor, signed):  # noqa: F811
    page = RetentionPage(db, actor)
    qtbot.addWidget(page)
    with use_clock(DayClock(LEASE_ON)):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
        assert page.table.rowCount() == 1
        header = page.table.horizontalHeaderItem(3).text()
        assert header == "Point de départ"  # a file's closing, a candidature's trigger
        row = [page.table.item(0, col).text() for col in range(6)]
        assert row == [
            "Candidature 033260000001",
            "Mme Camille Roche",
            "Candidature CALEOL attribuée",
            "05/01/2027",
            "05/01/2027",
            "anonymisation de la candidature (procès-verbal conservé)",
        ]
        assert page.status.text() == "1 candidature CALEOL à anonymiser."
        answer_message_box("Anonymiser", [])
        qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
        assert page.status.text() == ("1 candidature CALEOL anonymisée.")
    assert candidate(db, signed["roche"]).last_name == "ANONYME"


@pytest.mark.filled_base(fill=None)  # no session
def test_a_period_of_zero_months_says_when_the_data_goes(qtbot, db, actor):
    """0 months reads as a time, not as a blank setting: the data goes on the rule's
    starting point (the attribution, the end of the campaign)."""
    page = RetentionPage(db, actor)
    qtbot.addWidget(page)
    spin = page.spins[RULES_BY_KIND[RetentionKind.APPLICATION].setting_key]
    spin.setValue(0)
    assert spin.text() == "0 : dès le point de départ"
    assert "attribution" in spin.toolTip()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert (spin.value(), spin.text()) == (1, "1")

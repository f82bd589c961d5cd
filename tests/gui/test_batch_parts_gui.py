"""A mass mailing through the real batch dialog: every print part and the manifest are
listed, each with "Ouvrir" and "Ouvrir le dossier"."""

from __future__ import annotations

import csv
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from desktop.documents import convert
from desktop.services import demo, documents
from desktop.ui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def libreoffice(tmp_path_factory, monkeypatch):
    if not convert.find_soffice():
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required under CI: tests/run.py installs it")
        pytest.skip("LibreOffice is not installed")
    monkeypatch.setenv(
        "PARCOURS_LIBREOFFICE_PROFILES", str(tmp_path_factory.getbasetemp() / "lo-mass")
    )


def test_a_mass_mailing_lists_every_print_part_and_its_manifest(
    qtbot, db, actor, libreoffice, tmp_path, monkeypatch
):
    demo.generate(db, actor, 9)
    window = MainWindow(db, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.tenant_page.model.rowCount() > 0)
    monkeypatch.setattr(documents.mass, "MASS_FROM", 5)  # the mass path from 5 letters here
    monkeypatch.setattr(documents.mass, "CHUNK_LETTERS", 2)
    dialog = window.open_batch("courrier_libre")
    request = dialog._request

    def small_parts(options):  # parts of at most 4 pages: several parts for 9 letters
        made = request(options)
        made.part_pages = 4
        return made

    monkeypatch.setattr(dialog, "_request", small_parts)
    dialog.box.pdf.setChecked(True)
    out = tmp_path / "lot"
    dialog.out_dir.setText(str(out))
    for _step in range(2):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.running, timeout=180_000)
    result = dialog.result
    assert result.produced == len(dialog.included) and not result.failures
    assert len(result.parts) >= 3 and result.manifest is not None
    assert f"Fichier à imprimer en {len(result.parts)} parties," in dialog.status.text()
    # Every part, then the manifest: a line each, its letters and pages from the manifest.
    table = dialog.outputs
    assert table.isVisible() and not dialog.open_button.isVisible()
    assert table.rowCount() == len(result.parts) + 1
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names == [p.name for p in result.parts] + [result.manifest.name]
    with open(result.manifest, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    for number in range(1, len(result.parts) + 1):
        mine = [r for r in rows if int(r["partie"]) == number]
        pages = int(mine[-1]["pages"].split("-")[1])
        assert table.item(number - 1, 1).text() == (
            f"Partie {number} : {len(mine)} courrier{'s' if len(mine) > 1 else ''}, "
            f"{pages} page{'s' if pages > 1 else ''}"
        )
    assert table.item(len(result.parts), 1).text().startswith("Manifeste")
    opened = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(url.toLocalFile()) or True),
    )
    last = len(result.parts)
    for name in (f"openPart{last}", f"openFolderPart{last}", "openManifest", "openFolderManifest"):
        qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)
    assert opened == [
        str(result.parts[-1]),
        str(out),
        str(result.manifest),
        str(out),
    ]
    dialog.close()

"""User-visible strings go through Qt's translation machinery, in French."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "resources" / "i18n"))
import update as catalogue  # noqa: E402


def messages(path: Path) -> set[tuple[str, str]]:
    tree = ET.parse(path)
    return {
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in tree.iter("context")
        for m in ctx.iter("message")
    }


def test_catalogue_is_up_to_date(tmp_path):
    fresh = tmp_path / "fresh.ts"
    catalogue.extract(fresh)
    committed = messages(catalogue.TS)
    missing = messages(fresh) - committed
    assert not missing, f"run resources/i18n/update.py; new strings: {sorted(missing)[:5]}"


def test_catalogue_holds_service_messages():
    texts = {s for ctx, s in messages(catalogue.TS) if ctx == "messages"}
    assert "Le montant ne peut pas être négatif." in texts
    assert any(t.startswith("Ce dossier a été modifié par {user}") for t in texts)


def test_translators_make_qt_standard_buttons_french(qapp):
    i18n.install_translators(qapp)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Enregistrer"
    assert any(not t.isEmpty() and "parcours" in t.filePath() for t in i18n._installed)

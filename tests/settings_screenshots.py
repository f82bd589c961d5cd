"""Screenshots of *Administration > Paramètres* (each tab) and *Mes préférences* on a
1,280 × 720 screen:

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python -m tests.settings_screenshots

A demo base in a temporary folder, the real main window sized 1,280 × 720; one tab
shows a refused input (errors under the fields). PNGs under
``resources/screenshots/settings-*.png``."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tests.screenshots import OUT, settle

WIDTH, HEIGHT = 1280, 720
SLUGS = ("organisme", "mentions", "agences", "messagerie", "fichiers")


def main() -> int:
    from PySide6.QtGui import QAction

    from desktop.domain.roles import Role
    from desktop.services.context import Actor
    from desktop.services.demo import ensure_demo_database
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    saved = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PARCOURS_CONFIG_DIR"] = str(Path(tmp) / "config")
        db = ensure_demo_database(Path(tmp) / "demo.sqlite", households=50)
        window = MainWindow(db, Actor("c.moreau", "Claire Moreau", role=Role.ADMIN))
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.findChild(QAction, "show_settings").trigger()
        page = window.admin_pages["settings"]
        settle(app, 400)
        for index, slug in enumerate(SLUGS):
            page.tabs.setCurrentIndex(index)
            settle(app, 300)
            name = f"settings-{slug}.png"
            window.grab().save(str(OUT / name))
            saved.append(name)
        # a refused input: the agency's phone and the relay without sender
        page.tabs.setCurrentIndex(SLUGS.index("agences"))
        page.rows["agency.phone"].editor.setText("05 56")
        page.rows["agency.address"].editor.setPlainText("12 cours Saint-Louis")
        page.rows["mail.host"].editor.setText("smtp.logis-garonne.fr")
        page.save()
        settle(app, 300)
        window.grab().save(str(OUT / "settings-erreurs.png"))
        saved.append("settings-erreurs.png")

        from desktop.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(window)
        dialog.show()
        settle(app, 300)
        dialog.test_libreoffice()
        dialog.wait_test()
        settle(app, 300)
        dialog.grab().save(str(OUT / "settings-preferences.png"))
        saved.append("settings-preferences.png")
        dialog.reject()
        window.close()
        db.dispose()
    print("\n".join(str(OUT / n) for n in saved))
    return 0


if __name__ == "__main__":
    sys.exit(main())

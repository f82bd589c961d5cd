"""Screenshots of the main pages on a 1,280 × 720 laptop screen (issue 15), to check
that nothing is cut:

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python -m tests.screenshots_laptop

Opens a demo base (1,000 households, in a temporary folder) in the real main window
sized 1,280 × 720, shows each page of the navigation pane and the main dialogs, and
saves PNGs under ``resources/screenshots/laptop-*.png``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.screenshots import OUT, ROOT, settle

WIDTH, HEIGHT = 1280, 720


def main() -> int:
    from desktop.domain.roles import Role
    from desktop.services.context import Actor
    from desktop.services.demo import ensure_demo_database
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    saved = []
    with tempfile.TemporaryDirectory() as tmp:
        db = ensure_demo_database(Path(tmp) / "demo.sqlite", households=1000)
        window = MainWindow(db, Actor("c.moreau", "Claire Moreau", role=Role.ADMIN))
        window.resize(WIDTH, HEIGHT)
        window.show()
        settle(app, 500)
        slugs = [
            "dossiers",
            "conges",
            "plans",
            "caleol",
            "tableaux-de-bord",
            "campagnes",
            "modeles",
            "utilisateurs",
            "journal",
            "conservation",
            "sauvegardes",
        ]
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            page = window.pages.widget(row)
            if hasattr(page, "wait_figures"):
                page.wait_figures()
            settle(app, 400)
            name = f"laptop-{slugs[row] if row < len(slugs) else row}.png"
            window.grab().save(str(OUT / name))
            saved.append(name)
        household_id = window.tenant_page.model.row_id(0)
        for name, open_dialog in (
            ("laptop-dossier.png", lambda: window.open_file(household_id)),
            ("laptop-conge.png", lambda: window.open_notice_for_file(household_id)),
            ("laptop-publipostage.png", lambda: window.open_batch("courrier_libre")),
        ):
            dialog = open_dialog()
            dialog.resize(min(dialog.width(), WIDTH), min(dialog.height(), HEIGHT - 40))
            settle(app, 400)
            dialog.grab().save(str(OUT / name))
            saved.append(name)
            if hasattr(dialog, "save_button"):
                dialog.save_button.setEnabled(False)
            dialog.hide()
        from desktop.ui.plans.dialog import PlanDialog

        plan = PlanDialog(db, window.actor, household_id)
        plan.resize(min(plan.width(), WIDTH), min(plan.height(), HEIGHT - 40))
        plan.show()
        settle(app, 400)
        plan.grab().save(str(OUT / "laptop-plan.png"))
        saved.append("laptop-plan.png")
        plan.hide()
        window.hide()
        db.dispose()
    print("\n".join(str((OUT / n).relative_to(ROOT)) for n in saved))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the application for the README and the issues.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.screenshots

Opens the demo base (10,000 households, generated in a temporary folder) in the real
main window on the X server, opens a tenant file, and saves PNGs under
``resources/screenshots/``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots"


def settle(app: QApplication, ms: int = 300) -> None:
    loop_done = []
    QTimer.singleShot(ms, lambda: loop_done.append(True))
    while not loop_done:
        app.processEvents()


def main() -> int:
    from desktop.domain.roles import Role
    from desktop.services.context import Actor
    from desktop.services.demo import ensure_demo_database
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    with tempfile.TemporaryDirectory() as tmp:
        db = ensure_demo_database(Path(tmp) / "demo.sqlite", households=10_000)
        window = MainWindow(db, Actor("c.moreau", "Claire Moreau", role=Role.ADMIN))
        window.resize(1360, 820)
        window.show()
        settle(app)
        window.grab().save(str(OUT / "tenant-list.png"))
        page = window.tenant_page
        page.senior.setChecked(True)
        settle(app)
        street = page.model.index(3, 3).data().split(",")[-2].split()[-1]
        page.search.setText(f"{street[:5]} {page.model.index(3, 0).data().split()[0][:3]}")
        settle(app)
        window.grab().save(str(OUT / "tenant-list-search.png"))
        household_id = page.model.row_id(0)
        assert household_id is not None, "the search found nothing"
        dialog = window.open_file(household_id)
        dialog.resize(1000, 680)
        settle(app)
        dialog.grab().save(str(OUT / "tenant-file.png"))
        dialog.rent.setText("-12")
        dialog.set_occupant_cell(0, "email", "pas-une-adresse")
        dialog.save()
        settle(app)
        dialog.grab().save(str(OUT / "tenant-file-errors.png"))
        dialog.reload()
        dialog.tabs.setCurrentIndex(3)
        settle(app)
        dialog.grab().save(str(OUT / "tenant-file-timeline.png"))
        dialog.save_button.setEnabled(False)
        dialog.close()
        window.close()
        db.dispose()
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""PNG pages of the four reports, and the dashboard page, for the README and the issue.

    .venv/bin/python -m tests.report_screenshots

On a temporary demo base with a year of activity (``tests/report_data.py``: plans and
notices through the services, a campaign, CALEOL sessions), writes each report as PDF
for 01/11/2025 – 31/10/2026, all agencies, and saves its pages with ``pdftoppm -png
-r 60`` as ``resources/screenshots/report_<name>_p<N>.png``, then the "Tableaux de
bord" page as ``resources/screenshots/dashboard.png``.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots"
START, END = dt.date(2025, 11, 1), dt.date(2026, 10, 31)


def pages_png(pdf: Path, name: str) -> list[Path]:
    for old in OUT.glob(f"report_{name}_p*.png"):
        old.unlink()
    prefix = OUT / f"report_{name}_p"
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(prefix)], check=True)
    made = []
    for path in sorted(OUT.glob(f"report_{name}_p-*.png")):
        target = OUT / f"report_{name}_p{int(path.stem.rsplit('-', 1)[1])}.png"
        path.replace(target)
        made.append(target)
    return sorted(made, key=lambda p: int(p.stem.rsplit("_p", 1)[1]))


def dashboard_shot(db, actor) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    app = create_application([])
    window = MainWindow(db, actor)
    window.resize(1360, 900)
    window.show()
    page = window.dashboard_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    page.select("impayes", START, END)
    page.refresh()
    page.wait_figures()  # computed in the page's worker thread
    done = []
    QTimer.singleShot(400, lambda: done.append(True))
    while not done:
        app.processEvents()
    target = OUT / "dashboard.png"
    window.grab().save(str(target))
    window.close()
    return target


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["PARCOURS_DATA_DIR"] = str(tmp / "data")
        os.environ["PARCOURS_CONFIG_DIR"] = str(tmp / "config")
        from desktop.domain.roles import Role
        from desktop.services import demo, reports
        from desktop.services.context import Actor
        from desktop.storage.db import open_database
        from tests import report_data

        db = open_database(str(tmp / "base.sqlite"))
        actor = Actor("c.moreau", "Claire Moreau", role=Role.ADMIN)
        demo.generate(db, actor, 3000)
        report_data.seed_activity(db, actor, START, END, plans=160, notices=220)
        report_data.seed_campaign(db, START, END, targets=600)
        report_data.seed_caleol(db, START, END, sessions=24)
        OUT.mkdir(parents=True, exist_ok=True)
        written = []
        for name in reports.report_names():
            pdf = reports.export_report(
                db, actor, name, START, END, None, tmp / f"rapport-{name}.pdf"
            )
            written += pages_png(pdf, name)
        written.append(dashboard_shot(db, actor))
        db.dispose()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

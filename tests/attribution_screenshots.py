"""PNG pages of the attribution-target report and the reservation holder's flow report.

    .venv/bin/python -m tests.attribution_screenshots

On a temporary base holding ``tests/attribution_world.py``, writes both reports as
PDF and saves their pages with ``pdftoppm -png -r 60`` as
``resources/screenshots/report_objectifs_p<N>.png`` and
``resources/screenshots/report_gestion_flux_p<N>.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tests.report_screenshots import pages_png


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.domain.roles import Role
    from desktop.services import attribution
    from desktop.services.context import Actor
    from desktop.storage.db import Database
    from tests import attribution_world as W

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["PARCOURS_CONFIG_DIR"] = str(tmp / "config")
        os.environ["PARCOURS_DATA_DIR"] = str(tmp / "data")
        db = Database(str(tmp / "base.sqlite"))
        db.upgrade()
        actor = Actor("secretariat", "Secrétariat CALEOL", role=Role.ADMIN)
        W.build(db, actor)
        pdf = attribution.export_targets(db, actor, W.EPCI, W.YEAR, tmp / "objectifs.pdf")
        for p in pages_png(pdf, "objectifs"):
            print(p)
        pdf = attribution.export_holder_report(db, actor, "Préfecture", W.YEAR, tmp / "flux.pdf")
        for p in pages_png(pdf, "gestion_flux"):
            print(p)
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""PNG pages of the CALEOL decision letters for the README and the issue.

    .venv/bin/python -m tests.caleol_letter_screenshots

Builds, on a temporary base, the demonstration CALEOL session (``caleol_demo``),
produces its decision letters in PDF through LibreOffice (the service the
``parcours caleol letters`` command uses) and saves page 1 of one letter of each kind
(``pdftoppm``) as ``resources/screenshots/caleol_letter_<kind>.png``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from tests.letter_screenshots import OUT, ROOT, page_png

SESSION_DAY = dt.date(2026, 11, 20)
NOTIFIED = dt.date(2026, 11, 24)
# kind of letter -> the demonstration candidate whose letter is shown
SHOWN = {
    "offre": "Fournier",  # attribution
    "rang": "El Amrani",  # rank 2
    "refus": "Vidal",  # non-attribution, effort rate
    "piece_manquante": "Bonnet",  # suspensive condition
}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["PARCOURS_DATA_DIR"] = str(tmp / "data")
        os.environ["PARCOURS_CONFIG_DIR"] = str(tmp / "config")
        from desktop.domain.roles import Role
        from desktop.services import agencies
        from desktop.services.caleol import demo as caleol_demo
        from desktop.services.caleol import letters as caleol_letters
        from desktop.services.context import Actor
        from desktop.storage.db import open_database

        db = open_database(str(tmp / "base.sqlite"))
        actor = Actor("c.moreau", "Claire Moreau", role=Role.ADMIN)
        agencies.create_agency(db, actor, "BXN", "Agence Bordeaux Nord", "Bordeaux")
        session_id = caleol_demo.create_demo_session(db, actor, SESSION_DAY)
        result = caleol_letters.generate_decision_letters(
            db, actor, session_id, NOTIFIED, tmp / "lettres", pdf=True
        )
        by_name = {letter.candidate_name.split(" ", 2)[-1]: letter for letter in result.letters}
        OUT.mkdir(parents=True, exist_ok=True)
        made = []
        for kind, name in SHOWN.items():
            letter = by_name[name]
            assert letter.template_name == f"caleol_{kind}", (kind, letter.template_name)
            target = OUT / f"caleol_letter_{kind}.png"
            page_png(letter.pdf_path, target)
            made.append(target)
        db.dispose()
    for path in made:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

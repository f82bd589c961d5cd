"""PNG pages of generated letters for the README and the issue.

    .venv/bin/python -m tests.letter_screenshots

Makes, on a temporary base, an arrears reminder (registered letter) and a signed
housing certificate for a demonstration household, converts them with LibreOffice,
signs the second with a demonstration certificate made on the spot, and saves page 1
of each (``pdftoppm``) under ``resources/screenshots/``.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots"


def page_png(pdf: Path, target: Path, dpi: int = 110) -> None:
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-png",
            "-singlefile",
            "-f",
            "1",
            "-l",
            "1",
            str(pdf),
            str(target.with_suffix("")),
        ],
        check=True,
    )


def gui_shots(db, actor, household: int) -> None:
    """The template library, the letter dialog and a finished batch (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    app = create_application([])

    def settle(ms: int = 300) -> None:
        done = []
        QTimer.singleShot(ms, lambda: done.append(True))
        while not done:
            app.processEvents()

    window = MainWindow(db, actor)
    window.resize(1360, 820)
    window.show()
    page = window.templates_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    names = [t.name for t in page.templates]
    page.list.setCurrentRow(names.index("relance_impaye"))
    page.show_preview(None)
    settle()
    window.grab().save(str(OUT / "letters-templates.png"))
    from desktop.ui.letter_dialog import LetterDialog

    letter = LetterDialog(db, actor, household, window, "relance_impaye")
    letter.box.fields.editors["periode"].setText("septembre à novembre 2026")
    letter.resize(900, 860)
    letter.show()
    letter.show_preview()
    settle()
    letter.grab().save(str(OUT / "letters-dialog.png"))
    letter.close()
    window.tenant_page.arrears.setChecked(True)
    settle()
    dialog = window.open_batch("relance_impaye")
    dialog.out_dir.setText(str(Path(os.environ["PARCOURS_DATA_DIR"]) / "lot"))
    dialog.resize(900, 860)
    dialog.start()
    while dialog.result is None:
        settle(100)
    settle()
    dialog.grab().save(str(OUT / "letters-batch.png"))
    dialog.close()
    window.close()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["PARCOURS_DATA_DIR"] = str(tmp / "data")
        os.environ["PARCOURS_CONFIG_DIR"] = str(tmp / "config")
        from desktop.documents import signing
        from desktop.domain.roles import Role
        from desktop.domain.tenant import DwellingData, LeaseData, OccupantData, TenantFileData
        from desktop.services import demo, documents, tenants
        from desktop.services.context import Actor
        from desktop.storage.db import open_database

        db = open_database(str(tmp / "base.sqlite"))
        actor = Actor("c.moreau", "Claire Moreau", role=Role.ADMIN)
        demo.generate(db, actor, 120)  # agencies and households for the batch
        household = tenants.create_tenant_file(
            db,
            actor,
            TenantFileData(
                occupants=[OccupantData("Lefèvre", "Éloïse", "Mme", dt.date(1951, 6, 3))],
                lease=LeaseData(
                    "BX-2019-00412", dt.date(2019, 9, 1), Decimal("412.50"), Decimal("85.20")
                ),
                dwelling=DwellingData(
                    reference="LGT-004127",
                    address_line="27 allée des Peupliers",
                    address_complement="Appartement 12, 3e étage",
                    postcode="33300",
                    city="Bordeaux",
                    building="Bât. C",
                    programme="Résidence Les Aubiers",
                    agency_code="BXN",
                    floor=3,
                ),
                balance=Decimal("1234.56"),
            ),
        )
        on = dt.date(2026, 11, 23)
        reminder = documents.produce_letter(
            db,
            actor,
            household,
            documents.LetterOptions(
                "relance_impaye",
                on=on,
                handled_by="Karim Benali",
                signatory="direction",
                fields={"date_limite": "08/12/2026", "periode": "septembre à novembre 2026"},
                registered_number="1A 234 567 8901 2",
            ),
        )
        p12, password, _cert = signing.make_test_certificate(
            tmp, "Claire Moreau", "Logis de Garonne", password="demo"
        )
        key = signing.load_signing_key(p12, password)
        certificate = documents.produce_letter(
            db,
            actor,
            household,
            documents.LetterOptions(
                "attestation_logement",
                on=on,
                signing_key=key,
                fields={"motif": "dossier d'aide au logement (CAF)"},
            ),
        )
        OUT.mkdir(parents=True, exist_ok=True)
        page_png(reminder.pdf_path, OUT / "letter-reminder.png")
        page_png(certificate.pdf_path, OUT / "letter-signed.png")
        print(signing.verify_pdf(certificate.pdf_path).summary())
        gui_shots(db, actor, household)
        db.dispose()
    for name in (
        "letter-reminder.png",
        "letter-signed.png",
        "letters-templates.png",
        "letters-dialog.png",
        "letters-batch.png",
    ):
        print((OUT / name).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

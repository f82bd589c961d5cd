"""Screenshots of the notice screen and the "Congés" page (issue 4).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.screenshots_notice

Needs LibreOffice (letter PDF) and ``pdftoppm`` (the letter's page as PNG).

Builds a small base in a temporary folder (a few tenant files with notices in several
states, dated from today), opens the real main window and saves
``resources/screenshots/notice-*.png``.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.screenshots import OUT, ROOT, settle


def _files(db, actor):
    from desktop.domain.tenant import OccupantData
    from desktop.services import agencies, tenants
    from tests.conftest import sample_file

    agencies.create_agency(db, actor, "BXN", "Agence Bordeaux Nord", "Bordeaux")
    people = [
        ("Dupont", "Élodie", "Mme"),
        ("Martin", "Lucas", "M."),
        ("Lefèvre", "Éloïse", "Mme"),
        ("Nguyen", "Thi", "Mme"),
        ("Bernard", "Hugo", "M."),
    ]
    ids = []
    for n, (last, first, civ) in enumerate(people, start=1):
        d = sample_file(n)
        d.occupants = [OccupantData(last, first, civ, dt.date(1960 + 5 * n, 3, 14))]
        d.lease.zone_tendue = n == 5
        ids.append(tenants.create_tenant_file(db, actor, d))
    return ids


def main() -> int:
    from desktop.domain.notice import DeliveryMode
    from desktop.domain.notice import ReducedNoticeGround as G
    from desktop.domain.notice_case import KeyReturnMode, NoticeInput
    from desktop.domain.roles import Role
    from desktop.services import notices
    from desktop.services.context import Actor
    from desktop.storage.db import open_database
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    today = dt.date.today()
    ago = lambda days: today - dt.timedelta(days=days)
    actor = Actor("c.moreau", "Claire Moreau", role=Role.ADMIN)
    with tempfile.TemporaryDirectory() as tmp:
        # Letters are archived in the data folder: keep them out of the user's.
        os.environ["PARCOURS_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["PARCOURS_CONFIG_DIR"] = str(Path(tmp) / "config")
        db = open_database(str(Path(tmp) / "notices.sqlite"))
        dupont, martin, lefevre, nguyen, bernard = _files(db, actor)
        notices.record_notice(
            db, actor, martin, NoticeInput(DeliveryMode.MAIN_PROPRE, ago(75), G.AUCUN)
        )
        n = notices.record_notice(
            db,
            actor,
            lefevre,
            NoticeInput(
                DeliveryMode.LRAR,
                ago(100),
                G.MUTATION,
                sent_on=ago(104),
                presented_on=ago(102),
                proof_received_on=ago(100),
                proof_document="Attestation de l'employeur",
            ),
        )
        v = notices.get_notice(db, actor, n)
        notices.record_exit(
            db,
            actor,
            n,
            v.version,
            exit_inventory_on=ago(66),
            inventory_matches=False,
            keys_returned_on=ago(66),
            keys_return_mode=KeyReturnMode.HAND,
        )
        notices.record_notice(
            db, actor, nguyen, NoticeInput(DeliveryMode.COMMISSAIRE_JUSTICE, ago(20), G.RSA_AAH)
        )
        notices.record_notice(
            db, actor, bernard, NoticeInput(DeliveryMode.LRE, ago(12), G.ZONE_TENDUE)
        )

        window = MainWindow(db, actor)
        window.resize(1360, 820)
        window.show()
        settle(app)
        dialog = window.open_notice_for_file(dupont)
        dialog.resize(1060, 700)
        dialog.delivery_mode.setCurrentIndex(dialog.delivery_mode.findData("LRAR"))
        dialog.sent_on.setText((ago(40)).strftime("%d/%m/%Y"))
        dialog.presented_on.setText((ago(38)).strftime("%d/%m/%Y"))
        dialog.received_on.setText((ago(37)).strftime("%d/%m/%Y"))
        dialog.ground.setCurrentIndex(dialog.ground.findData("SANTE"))
        dialog.save()
        settle(app)
        dialog.grab().save(str(OUT / "notice-screen.png"))
        # The acknowledgement letter, made in one click from the Courrier menu.
        dialog.letter_actions["conge_accuse_reception"].trigger()
        while dialog.last_document is None and dialog.letter_task.thread.isRunning():
            settle(app, 200)
        settle(app)
        dialog.grab().save(str(OUT / "notice-letter-made.png"))
        pdf = dialog.last_document.pdf_path
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-singlefile",
                str(pdf),
                str(OUT / "notice-letter-acknowledgement"),
            ],
            check=True,
        )
        dialog.tabs.setCurrentIndex(1)
        dialog.exception_kind.setCurrentIndex(dialog.exception_kind.findData("REPORT"))
        dialog.reason.setText("Déménagement impossible : travaux dans le nouveau logement")
        dialog.new_departure_on.setText((today + dt.timedelta(days=120)).strftime("%d/%m/%Y"))
        dialog.agreement_signed_on.setText(today.strftime("%d/%m/%Y"))
        dialog.save_exception()
        dialog.tabs.setCurrentIndex(0)
        settle(app)
        dialog.grab().save(str(OUT / "notice-postponed.png"))
        dialog.tabs.setCurrentIndex(1)
        settle(app)
        dialog.grab().save(str(OUT / "notice-exceptions.png"))
        dialog.close()
        exit_dialog = window.open_notice_for_file(lefevre)
        exit_dialog.resize(1060, 700)
        exit_dialog.tabs.setCurrentIndex(2)
        settle(app)
        exit_dialog.grab().save(str(OUT / "notice-exit-deposit.png"))
        exit_dialog.close()
        window.show_notices()
        settle(app)
        window.grab().save(str(OUT / "notice-list.png"))
        window.close()
        db.dispose()
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("notice-*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of issue 17's screens and of a convocation.

    .venv/bin/python -m tests.cotation_screenshots

On a temporary base holding ``tests/attribution_world.py`` plus the example grid, a
proposal session and a written session with a member account, saves under
``resources/screenshots/``: ``cotation_seances.png``, ``cotation_grilles.png``,
``cotation_objectifs.png``, ``cotation_flux.png``, ``cotation_vote_membre.png`` and
``convocation_p1.png`` (the convocation PDF's first page, ``pdftoppm -r 60``); the
session window's agenda tab with the scores, the register's score flagged and a
proposal lowering a target (``caleol_ordre_du_jour_cotation.png``, 1280×720) and the
dashboard's yearly targets report (``tableau_de_bord_objectifs.png``, 1280×720).
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


def _settle(app, ms: int = 300) -> None:
    from PySide6.QtCore import QTimer

    done = []
    QTimer.singleShot(ms, lambda: done.append(True))
    while not done:
        app.processEvents()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["PARCOURS_CONFIG_DIR"] = str(tmp / "config")
        os.environ["PARCOURS_DATA_DIR"] = str(tmp / "data")
        from desktop.domain.caleol import AttendanceMode, Decision, SessionMode, Vote
        from desktop.domain.roles import Role
        from desktop.services import accounts, caleol, convocations, cotation, member_vote
        from desktop.services.caleol import CandidateData, SessionData
        from desktop.services.context import Actor
        from desktop.storage.caleol_models import Member
        from desktop.storage.db import Database
        from desktop.ui.app import create_application
        from desktop.ui.main_window import MainWindow
        from desktop.ui.member_vote import MemberVotePanel
        from tests import attribution_world as W

        db = Database(str(tmp / "base.sqlite"))
        db.upgrade()
        actor = Actor("secretariat", "Secrétariat CALEOL", role=Role.ADMIN)
        world = W.build(db, actor)
        cotation.install_example_grid(db, actor, W.EPCI)
        # A written session in November: a proposal in QPV, members voting in the app.
        sid = caleol.create_session(
            db,
            actor,
            world.commission_id,
            SessionData(
                number="2026-11E",
                session_date=dt.date(2026, 11, 5),
                mode=SessionMode.ECRITE,
                technical_means="Vote dans Parcours",
                vote_opens_at=dt.datetime(2026, 11, 3, 8, 0),
                vote_closes_at=dt.datetime(2026, 11, 5, 18, 0),
            ),
        )
        item = caleol.add_dwelling_item(
            db, actor, sid, caleol.dwelling_snapshot(db, actor, world.dwellings["Q-03"])
        )
        for n, (name, res, prio) in enumerate(
            (("Proposé", 400, ()), ("Autre", 3000, ("DALO",)), ("Troisième", 1500, ())), start=1
        ):
            caleol.add_candidate(
                db,
                actor,
                item.id,
                CandidateData(
                    numero_unique=f"026999{n:06d}",
                    last_name=name,
                    first_name="Alix",
                    adults=1,
                    children=1,
                    monthly_resources=Decimal(res),
                    application_date=dt.date(2025, 2, 1),
                    priority_criteria=prio,
                ),
            )
        for seat in world.members.values():
            caleol.set_attendance(db, actor, sid, seat, AttendanceMode.DISTANCE)
        cotation.score_session(db, actor, world.session_id)
        cotation.score_session(db, actor, sid)
        uid = accounts.create_user(
            db,
            actor,
            "cdubois",
            "Claude Dubois",
            Role.CALEOL_MEMBER,
            "Vote-CALEOL-2026!",
            must_change_password=False,
        )
        with db.transaction() as s:
            s.get(Member, world.members["Dubois"]).app_user_id = uid
        caleol.open_session(db, actor, sid)
        member = Actor("cdubois", "Claude Dubois", role=Role.CALEOL_MEMBER, user_id=uid)
        member_vote.now = lambda: dt.datetime(2026, 11, 4, 10, 0)
        first = caleol.get_session(db, actor, sid).items[0].candidates[0].id
        member_vote.cast_my_vote(db, member, first, Vote.POUR)
        # The register's export gave the third applicant another score; the committee
        # proposes the dwelling (in QPV) to a first-quartile applicant.
        third = caleol.get_session(db, actor, sid).items[0].candidates[2].id
        cotation.set_candidate_cotation(db, actor, third, register_score=Decimal(40))
        caleol.decide(db, actor, first, Decision.ATTRIBUTION)

        app = create_application([])
        window = MainWindow(db, actor)
        window.resize(1360, 860)
        window.show()
        page = window.cotation_page
        window.nav.setCurrentRow(window.pages.indexOf(page))
        tab = page.sessions_tab
        tab.reload_sessions()
        tab.select_session(sid)
        tab.scores.selectRow(0)
        shots = []
        _settle(app)
        shots.append(("cotation_seances.png", window))
        for name, index in (
            ("cotation_grilles.png", 1),
            ("cotation_objectifs.png", 2),
            ("cotation_flux.png", 3),
        ):
            page.tabs.setCurrentIndex(index)
            if index == 2:
                page.targets_tab.reload_epcis()
                page.targets_tab.epci.setCurrentText(W.EPCI)
                page.targets_tab.year.setValue(W.YEAR)
                page.targets_tab.refresh()
            if index == 3:
                page.flow_tab.year.setValue(W.YEAR)
                page.flow_tab.reload_holders()
                page.flow_tab.holder.setCurrentText("Préfecture")
                page.flow_tab.refresh()
            _settle(app)
            window.grab().save(str(OUT / name))
            print(OUT / name)
        page.tabs.setCurrentIndex(0)
        _settle(app)
        window.grab().save(str(OUT / "cotation_seances.png"))
        print(OUT / "cotation_seances.png")
        panel = MemberVotePanel(db, member)
        panel.resize(1200, 420)
        panel.show()
        panel.select_candidate(first)
        _settle(app)
        panel.grab().save(str(OUT / "cotation_vote_membre.png"))
        print(OUT / "cotation_vote_membre.png")
        window.close()
        panel.close()

        from desktop.services import attribution
        from desktop.ui.caleol.session import SessionWindow
        from desktop.ui.dashboard_page import DashboardPage

        session_window = SessionWindow(db, actor, sid)
        session_window.show()
        session_window.resize(1280, 720)
        session_window.tabs.setCurrentWidget(session_window.agenda_tab)
        session_window.agenda_tab.list.setCurrentRow(0)
        session_window.agenda_tab.candidates.selectRow(0)
        _settle(app, 300)
        from PySide6.QtWidgets import QScrollArea

        outer = session_window.findChild(QScrollArea)  # the tabs scroll on a small screen
        outer.ensureWidgetVisible(session_window.agenda_tab.cotation_scroll)
        _settle(app, 300)
        session_window.grab().save(str(OUT / "caleol_ordre_du_jour_cotation.png"))
        print(OUT / "caleol_ordre_du_jour_cotation.png")
        session_window.close()

        dashboard = DashboardPage(db, actor)
        dashboard.resize(1280, 720)
        dashboard.show()
        dashboard.select_yearly(attribution.TARGETS_REPORT, W.EPCI, W.YEAR)
        dashboard.refresh()
        dashboard.wait_figures()
        _settle(app, 500)
        dashboard.grab().save(str(OUT / "tableau_de_bord_objectifs.png"))
        print(OUT / "tableau_de_bord_objectifs.png")
        dashboard.close()
        dashboard.wait()

        results = convocations.convene(db, actor, sid, send=False)
        pdf = results[0].pdf_path
        prefix = OUT / "convocation_p"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(prefix)],
            check=True,
        )
        for made in OUT.glob("convocation_p-*.png"):
            made.replace(OUT / "convocation_p1.png")
        print(OUT / "convocation_p1.png")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the CALEOL screens for the README and issue 7.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.caleol_screenshots

Builds the demo base (a small one, in a temporary folder) with its CALEOL session
(``desktop.services.caleol.demo``), opens the CALEOL page and the session window in
the real main window, produces the minutes (two versions, reviews), and saves PNGs
under ``resources/screenshots/caleol_*.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots"


def settle(app, ms: int = 300) -> None:
    from PySide6.QtCore import QTimer

    done = []
    QTimer.singleShot(ms, lambda: done.append(True))
    while not done:
        app.processEvents()


def wait_for(app, predicate, timeout_s: float = 120) -> None:
    import time

    end = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > end:
            raise TimeoutError("the background task did not finish")
        settle(app, 50)


def main() -> int:
    tmp = tempfile.mkdtemp(prefix="parcours-caleol-shots-")
    os.environ["PARCOURS_CONFIG_DIR"] = str(Path(tmp) / "config")
    os.environ["PARCOURS_DATA_DIR"] = str(Path(tmp) / "data")

    from desktop.domain.formatting import format_date_fr
    from desktop.domain.minutes import ReviewVerdict
    from desktop.domain.roles import Role
    from desktop.services import accounts, caleol
    from desktop.services.caleol import minutes as pvs
    from desktop.services.context import Actor
    from desktop.services.demo import ensure_demo_database
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    db = ensure_demo_database(Path(tmp) / "demo.sqlite", households=600)
    admin = Actor(
        "secretaire.caleol",
        "Secrétaire CALEOL (démo)",
        role=Role.ADMIN,
        user_id=accounts.find_user_id(db, "secretaire.caleol"),
    )
    (summary,) = caleol.list_sessions(db, admin)
    sid = summary.id
    commission = caleol.get_commission(db, admin, summary.commission_id)
    dubois = next(mv for mv in commission.members if mv.last_name == "Dubois")
    member_user = accounts.find_user_id(db, "membre.caleol")
    data = caleol.MemberData(
        role=dubois.role,
        last_name=dubois.last_name,
        first_name=dubois.first_name,
        civility=dubois.civility,
        organisation=dubois.organisation,
        commune=dubois.commune,
        email=dubois.email,
        mandate_start=dubois.mandate_start,
        mandate_end=dubois.mandate_end,
        app_user_id=member_user,
    )
    caleol.update_member(db, admin, dubois.id, data, dubois.version)
    # An occupation review on the agenda: reopen the (closed) demo session briefly.
    due = caleol.occupation_review_due(db, admin, ahead_days=365)
    if due:
        caleol.set_session_status(db, admin, sid, caleol.SessionStatus.OPEN)
        item = caleol.add_occupation_review(db, admin, sid, due[0].household_id, due[0].grounds[0])
        caleol.record_occupation_finding(
            db,
            admin,
            item.id,
            "Le ménage occupe un logement plus grand que ses besoins.",
            "Un T2 dans le même quartier, au rez-de-chaussée ou avec ascenseur.",
            "Proposer une mutation ; le locataire souhaite rester dans le quartier.",
        )
        caleol.set_session_status(db, admin, sid, caleol.SessionStatus.CLOSED)

    window = MainWindow(db, admin)
    window.resize(1360, 820)
    window.show()
    page = window.caleol_page
    window.nav.setCurrentRow(window.pages.indexOf(page))
    page.refresh()
    settle(app)
    window.grab().save(str(OUT / "caleol_page.png"))

    session = page.open_session(sid)
    session.resize(1300, 840)
    settle(app)
    names = ("seance", "presences", "ordre_du_jour", "votes", "proces_verbal")
    for index, name in enumerate(names[:3]):
        session.tabs.setCurrentIndex(index)
        settle(app)
        session.grab().save(str(OUT / f"caleol_session_{name}.png"))
    # The tie of the demo: second dwelling, first candidate (casting vote of the mayor).
    session.tabs.setCurrentIndex(3)
    votes = session.votes_tab
    votes.select(votes.dwelling.itemData(1), 0)
    settle(app)
    session.grab().save(str(OUT / "caleol_session_votes.png"))

    # Minutes: version 1 sent to the members, one comment, version 2, the differences.
    panel = session.minutes_tab
    session.tabs.setCurrentIndex(4)
    panel.generate()
    wait_for(app, lambda: not panel.busy)
    v1 = panel.latest()
    out = Path(tmp) / "relecture"
    pvs.send_for_review(db, admin, v1.id, out)
    required = [i for i, _n in v1.approval.required]
    for member_id in required[:3]:
        pvs.review(db, admin, v1.id, member_id, ReviewVerdict.APPROVE)
    pvs.review(
        db,
        admin,
        v1.id,
        required[3],
        ReviewVerdict.COMMENT,
        "Préciser le motif de non-attribution du troisième candidat du premier logement.",
    )
    caleol.set_session_status(db, admin, sid, caleol.SessionStatus.OPEN)
    view = caleol.get_session(db, admin, sid)
    third = view.items[0].candidates[2]
    caleol.decide(
        db,
        admin,
        third.id,
        third.decision,
        reason=third.reason + " ; reste à vivre de 382 € par unité de consommation insuffisant",
        expected_version=third.version,
    )
    caleol.set_session_status(db, admin, sid, caleol.SessionStatus.CLOSED)
    session.reload()
    panel.change_note.setText("Motif de non-attribution précisé (remarque d'un membre)")
    panel.generate()
    wait_for(app, lambda: not panel.busy)
    v2 = panel.latest()
    pvs.send_for_review(db, admin, v2.id, out)
    for member_id in [i for i in required if i != dubois.id][:2]:
        pvs.review(db, admin, v2.id, member_id, ReviewVerdict.APPROVE)
    session.reload()
    panel.compare()
    settle(app)
    session.grab().save(str(OUT / "caleol_session_proces_verbal.png"))
    session.close()

    # "Suivi des offres": the decision letters sent, one registered letter presented
    # late, a refusal and rank 2 offered with his letter, an acceptance; seen 14 days
    # later, when the offers left unanswered are past their deadline.
    import datetime as dt

    from desktop.domain.caleol import OfferStatus
    from desktop.services.caleol import letters as caleol_letters
    from desktop.services.caleol import offers as caleol_offers

    day = dt.date.today()
    # The services' clock two weeks ahead: what follows has happened by then.
    caleol_offers.today = lambda: day + dt.timedelta(days=14)
    caleol_letters.generate_decision_letters(db, admin, sid, day, Path(tmp) / "courriers")
    first = caleol_offers.offers(db, admin, session_id=sid)
    caleol_offers.record_presentation(db, admin, first[0].candidate_id, day + dt.timedelta(days=2))
    caleol_offers.record_answer(
        db,
        admin,
        first[0].candidate_id,
        OfferStatus.REFUSED,
        day + dt.timedelta(days=4),
        "Logement trop éloigné du lieu de travail",
    )
    second = caleol_offers.offer_to_next(db, admin, first[0].item_id, day + dt.timedelta(days=4))
    caleol_letters.generate_decision_letters(
        db, admin, sid, day + dt.timedelta(days=5), Path(tmp) / "courriers", candidate_ids=[second]
    )
    ranked = next(r for r in first if r.dwelling_reference == "LGT-BX-1540")
    caleol_offers.record_answer(
        db, admin, ranked.candidate_id, OfferStatus.ACCEPTED, day + dt.timedelta(days=6)
    )
    page.tabs.setCurrentWidget(page.offers_panel)
    page.offers_panel.on.setText(format_date_fr(day + dt.timedelta(days=14)))
    page.offers_panel.reload()
    page.offers_panel.select(second)
    settle(app)
    window.grab().save(str(OUT / "caleol_offres.png"))
    page.tabs.setCurrentIndex(0)

    member = Actor(
        "membre.caleol", "Membre CALEOL (démo)", role=Role.CALEOL_MEMBER, user_id=member_user
    )
    member_window = MainWindow(db, member)
    member_window.resize(1200, 700)
    member_window.show()
    member_window.nav.setCurrentRow(member_window.pages.indexOf(member_window.caleol_page))
    settle(app)
    member_window.grab().save(str(OUT / "caleol_member_review.png"))
    member_window.close()
    window.close()
    db.dispose()
    print(
        "\n".join(
            str(p.relative_to(ROOT))
            for p in sorted(OUT.glob("caleol_*.png"))
            if not p.name.startswith(("caleol_letter", "caleol_pv"))
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

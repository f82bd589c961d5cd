"""Screenshots of the vigilance call campaigns (issue 8).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.campaign_screenshots

Builds a small demo base in a temporary folder (300 households, the demo accounts, a
saved search « Plus de 70 ans »), runs a campaign for a while through the services
(calls, escalations, referrals), ends an older one, then opens the real windows and
saves ``resources/screenshots/campaign_*.png``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from tests.screenshots import OUT, ROOT, settle

OK = {
    "SANTE": "BIEN",
    "COURSES_REPAS": "PROCHES",
    "ENTOURAGE": "QUOTIDIEN",
    "MESURES": "CONNUES",
    "BESOIN_AIDE": ["AUCUN"],
}


def _run_calls(db, manager, cid) -> None:
    """Some calls of every kind, recorded by the callers of the campaign."""
    from desktop.domain.campaign import ContactPerson, NextAction, PartnerType
    from desktop.services import campaigns
    from desktop.services.campaigns import CallEntry, ReferralInput

    rows = campaigns.target_list(db, manager, cid)
    for i, r in enumerate(rows[:14]):
        kind = i % 5
        if kind in (0, 1):
            campaigns.record_call(
                db,
                manager,
                r.id,
                CallEntry(
                    person=ContactPerson.TENANT,
                    answers=OK,
                    note="Sa fille passe le soir." if kind == 0 else "",
                    next_action=NextAction.REINFORCED_LINK if i == 5 else NextAction.NONE,
                ),
            )
        elif kind == 2:
            campaigns.record_call(db, manager, r.id, CallEntry())
            if i % 2:
                campaigns.record_call(db, manager, r.id, CallEntry())
        elif kind == 3:
            campaigns.record_call(
                db,
                manager,
                r.id,
                CallEntry(
                    person=ContactPerson.TENANT,
                    answers=dict(OK, BESOIN_AIDE=["REPAS", "ECOUTE"]),
                    next_action=NextAction.REFER,
                    note="Ne peut plus porter ses courses.",
                ),
            )
            campaigns.add_referral(
                db,
                manager,
                r.id,
                ReferralInput(
                    PartnerType.CCAS if i % 2 else PartnerType.ASSOCIATION,
                    "CCAS de Bordeaux" if i % 2 else "Les Petits Frères des Pauvres",
                    reason="Portage de repas et visites",
                    consent=True,
                    sent_on=dt.date.today() if i > 5 else None,
                ),
            )
        else:
            campaigns.record_call(
                db,
                manager,
                r.id,
                CallEntry(
                    person=ContactPerson.RELATIVE,
                    answers={"SANTE": "FATIGUE"},
                    need_help=True,
                    help_in_place=True,
                    note="Son fils s'occupe des courses.",
                ),
            )


def main() -> int:
    from desktop.domain.campaign import CampaignTerms
    from desktop.domain.roles import Role
    from desktop.services import accounts, campaigns, demo, saved_queries
    from desktop.services.context import Actor
    from desktop.services.tenants import TenantQuery
    from desktop.storage.db import open_database
    from desktop.ui.app import create_application
    from desktop.ui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    today = dt.date.today()
    admin = Actor("admin", "Administrateur (démo)", role=Role.ADMIN)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PARCOURS_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["PARCOURS_CONFIG_DIR"] = str(Path(tmp) / "config")
        db = open_database(str(Path(tmp) / "campaigns.sqlite"))
        demo.generate(db, admin, 300)
        accounts.create_demo_accounts(db)
        saved_queries.save_query(db, admin, "Plus de 70 ans", TenantQuery(senior_only=True))
        manager = accounts.authenticate(db, "responsable.bxn", accounts.DEMO_PASSWORD)
        caller = accounts.authenticate(db, "agent.bxn", accounts.DEMO_PASSWORD)
        ids = {c.username: c.user_id for c in campaigns.caller_candidates(db, admin)}
        bxn = manager.agency_id
        old = campaigns.create_campaign(
            db,
            manager,
            CampaignTerms(
                name="Grand froid février",
                query_name="Plus de 70 ans",
                agency_id=bxn,
                start_on=today,
                planned_end_on=today + dt.timedelta(days=10),
                purpose="Vague de froid : vérifier le chauffage et les besoins.",
            ),
            [ids["agent.bxn"]],
        )
        campaigns.start_campaign(db, manager, old)
        _run_calls(db, manager, old)
        campaigns.end_campaign(db, manager, old)
        cid = campaigns.create_campaign(
            db,
            manager,
            CampaignTerms(
                name="Canicule juillet",
                query_name="Plus de 70 ans",
                agency_id=bxn,
                start_on=today,
                planned_end_on=today + dt.timedelta(days=30),
                purpose="Vérifier que les locataires âgés vont bien pendant la canicule et les "
                "orienter s'ils ont besoin d'aide.",
            ),
            [ids["agent.bxn"], ids["responsable.bxn"]],
        )
        campaigns.start_campaign(db, manager, cid)
        _run_calls(db, manager, cid)
        campaigns.create_campaign(
            db,
            manager,
            CampaignTerms(
                name="Isolés — automne",
                query_name="Plus de 70 ans",
                agency_id=bxn,
                isolated_only=True,
                start_on=today + dt.timedelta(days=60),
                planned_end_on=today + dt.timedelta(days=90),
            ),
        )

        # The manager: campaigns, dashboard, call sheets, referrals.
        window = MainWindow(db, manager)
        window.resize(1360, 860)
        window.show()
        window.nav.setCurrentRow(window.pages.indexOf(window.campaign_page))
        tab = window.campaign_page.campaigns_tab
        tab.refresh()
        tab.select(cid)
        settle(app)
        window.grab().save(str(OUT / "campaign_dashboard.png"))
        tab.detail_tabs.setCurrentWidget(tab.targets)
        settle(app)
        window.grab().save(str(OUT / "campaign_targets.png"))
        tab.detail_tabs.setCurrentWidget(tab.referrals)
        settle(app)
        window.grab().save(str(OUT / "campaign_referrals.png"))
        dialog = tab.new_campaign()
        settle(app)
        dialog.grab().save(str(OUT / "campaign_new.png"))
        dialog.close()
        tab.select(old)
        settle(app)
        purge = tab.purge()
        settle(app)
        purge.grab().save(str(OUT / "campaign_purge.png"))
        purge.close()
        window.close()

        # The caller: his list, then one call being recorded.
        window = MainWindow(db, caller)
        window.resize(1360, 860)
        window.show()
        page = window.campaign_page
        window.nav.setCurrentRow(window.pages.indexOf(page))
        settle(app)
        window.grab().save(str(OUT / "campaign_my_calls.png"))
        calls = page.calls_tab
        row = next(i for i, r in enumerate(calls.shown) if r.attempts == 0)
        calls.table.selectRow(row)
        call = page.open_call(calls.shown[row].id)
        call.resize(1000, 900)
        call.reached_yes.setChecked(True)
        call.set_answer("SANTE", "FATIGUE")
        call.set_answer("COURSES_REPAS", "DIFFICILE")
        call.set_answer("ENTOURAGE", "RARE")
        call.set_answer("MESURES", "EXPLIQUEES")
        call.set_answer("BESOIN_AIDE", ["COURSES", "ECOUTE"])
        call.note.setPlainText("Voisine absente cet été ; souhaite un appel chaque semaine.")
        call.next_action.setCurrentIndex(call.next_action.findData("LIEN_RENFORCE"))
        settle(app)
        call.grab().save(str(OUT / "campaign_call.png"))
        call.record()
        settle(app)
        call.tabs.setCurrentWidget(call.history_tab)
        settle(app)
        call.grab().save(str(OUT / "campaign_call_history.png"))
        call.close()
        # Nobody answered twice: the neighbour is the next step of the chain.
        from desktop.services.campaigns import CallEntry

        escalated = next(r for r in calls.shown if r.attempts == 0)
        for _ in range(2):
            campaigns.record_call(db, caller, escalated.id, CallEntry())
        calls.refresh()
        call = page.open_call(escalated.id)
        call.resize(1000, 900)
        call.reached_yes.setChecked(True)
        call.person.setCurrentIndex(call.person.findData("VOISIN"))
        call.set_answer("SANTE", "BIEN")
        settle(app)
        call.grab().save(str(OUT / "campaign_escalation.png"))
        call.close()
        window.close()
        db.dispose()
    print("\n".join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob("campaign_*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

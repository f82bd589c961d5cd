"""Screenshots of the main pages and dialogs on a 1,280 × 720 laptop screen at 125 %
scaling (issue 15), to check that nothing is cut:

    QT_SCALE_FACTOR=1.25 xvfb-run -a -s "-screen 0 1280x720x24" \\
        .venv/bin/python -m tests.screenshots_laptop

Opens a demo base (1,000 households, in a temporary folder) in the real main window
filling the screen (1,024 × 576 logical pixels at 125 %), with a running call campaign
and a payment plan, shows each page of the navigation pane and the main dialogs, and
saves PNGs under ``resources/screenshots/laptop-*.png``."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from tests.screenshots import OUT, ROOT, settle


def _campaign(db, today: dt.date) -> int:
    """A running campaign with calls and referrals (its dashboard has figures)."""
    from desktop.domain.campaign import CampaignTerms
    from desktop.services import accounts, campaigns
    from tests.campaign_screenshots import _run_calls

    manager = accounts.authenticate(db, "responsable.bxn", accounts.DEMO_PASSWORD)
    callers = {c.username: c.user_id for c in campaigns.caller_candidates(db, manager)}
    cid = campaigns.create_campaign(
        db,
        manager,
        CampaignTerms(
            name="Canicule juillet",
            query_name="Plus de 70 ans",
            agency_id=manager.agency_id,
            start_on=today,
            planned_end_on=today + dt.timedelta(days=30),
            purpose="Vérifier que les locataires âgés vont bien pendant la canicule.",
        ),
        [callers["agent.bxn"], callers["responsable.bxn"]],
    )
    campaigns.start_campaign(db, manager, cid)
    _run_calls(db, manager, cid)
    return cid


def _plan(db, actor, household_id: int) -> int:
    from desktop.domain.schedule import PaymentPlanType
    from desktop.services import plans

    terms = plans.terms_from_lease(db, actor, household_id, PaymentPlanType.PLAN_APUREMENT)
    terms.debt, terms.months = Decimal("1200.00"), 6
    return plans.create_plan(db, actor, household_id, terms)


#: the page titles whose screenshots kept a short name
SHORT = {
    "Dossiers locataires": "dossiers",
    "Plans d'apurement": "plans",
    "Campagnes d'appels": "campagnes",
    "Modèles de courriers": "modeles",
    "Journal d'audit": "journal",
    "Conservation des données": "conservation",
}


def slug(title: str) -> str:
    """``laptop-<slug>.png``: the page title without accents, words joined by '-'."""
    import re
    import unicodedata

    if title in SHORT:
        return SHORT[title]
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub("[^a-z0-9]+", "-", plain.lower()).strip("-")


def main() -> int:
    from desktop.domain.roles import Role
    from desktop.services.context import Actor
    from desktop.ui.app import create_application

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    screen = app.primaryScreen().availableGeometry()
    width, height = screen.width(), screen.height()
    saved = []

    def shot(widget, name: str, ms: int = 400) -> None:
        settle(app, ms)
        widget.grab().save(str(OUT / name))
        saved.append(name)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["PARCOURS_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["PARCOURS_CONFIG_DIR"] = str(Path(tmp) / "config")
        from desktop.services import plan_letters
        from desktop.services.caleol import list_sessions
        from desktop.services.demo import ensure_demo_database
        from desktop.ui.main_window import MainWindow

        db = ensure_demo_database(Path(tmp) / "demo.sqlite", households=1000)
        actor = Actor("c.moreau", "Claire Moreau", role=Role.ADMIN)
        cid = _campaign(db, dt.date.today())
        window = MainWindow(db, actor)
        window.resize(width, height)
        window.show()
        settle(app, 500)
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            page = window.pages.widget(row)
            if hasattr(page, "wait_figures"):
                page.wait_figures()
            if page is window.built_page("campaign"):
                page.campaigns_tab.refresh()
                page.campaigns_tab.select(cid)
            shot(window, f"laptop-{slug(window.nav.item(row).text())}.png")
        household_id = window.tenant_page.model.row_id(0)
        _plan(db, actor, household_id)

        def fitted(dialog):
            dialog.resize(min(dialog.width(), width), min(dialog.height(), height - 32))
            dialog.show()
            return dialog

        def plan_letter():
            from desktop.ui.letter_dialog import LetterDialog

            dialog = LetterDialog(db, actor, household_id, window)
            box = dialog.box
            box.template.setCurrentIndex(box.template.findData(plan_letters.PROPOSAL))
            return dialog

        def candidate():
            from desktop.ui.caleol.agenda_dialogs import CandidateDialog
            from desktop.ui.caleol.session import SessionWindow

            session = SessionWindow(db, actor, list_sessions(db, actor)[0].id, window)
            item = next(i for i in session.view.items if i.candidates)
            return CandidateDialog(session, item.id, item.candidates[0])

        def decision_letters():
            from desktop.ui.caleol.letters_dialog import DecisionLettersDialog
            from desktop.ui.caleol.session import SessionWindow

            session = SessionWindow(db, actor, list_sessions(db, actor)[0].id, window)
            return DecisionLettersDialog(session)

        def minutes_preview():
            from desktop.services.caleol import minutes
            from desktop.ui.pdf_viewer import PdfPreviewDialog

            version = minutes.generate_draft(db, actor, list_sessions(db, actor)[0].id)
            return PdfPreviewDialog(version.pdf_path, window)

        def call():
            from desktop.services import campaigns
            from desktop.ui.campaigns.call_dialog import CallDialog

            target = campaigns.target_list(db, actor, cid)[0]
            return CallDialog(db, actor, target.id, window)

        for name, open_dialog in (
            ("laptop-dossier.png", lambda: window.open_file(household_id)),
            ("laptop-conge.png", lambda: window.open_notice_for_file(household_id)),
            ("laptop-publipostage.png", lambda: window.open_batch("courrier_libre")),
            ("laptop-courrier-plan.png", plan_letter),
            ("laptop-candidat.png", candidate),
            ("laptop-courriers-caleol.png", decision_letters),
            ("laptop-apercu-pv.png", minutes_preview),
            ("laptop-appel.png", call),
        ):
            dialog = fitted(open_dialog())
            shot(dialog, name)
            if hasattr(dialog, "save_button"):
                dialog.save_button.setEnabled(False)
            dialog.hide()
        from desktop.ui.plans.dialog import PlanDialog

        plan = fitted(PlanDialog(db, window.actor, household_id))
        shot(plan, "laptop-plan.png")
        plan.hide()
        window.hide()
        db.dispose()
    print("\n".join(str((OUT / n).relative_to(ROOT)) for n in saved))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Call campaigns: the end-of-campaign purge of the personal data (the figures stay)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import case, delete, func, or_, select, update
from sqlalchemy.orm import Session

from desktop.domain.campaign import (
    CampaignStatus,
    PurgeMode,
    figures_to_json,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.retention import RULES_BY_KIND, RetentionKind, purge_due
from desktop.services import audit, settings
from desktop.services.authz import guarded
from desktop.services.campaigns.common import (
    ENTITY,
    edit_campaign,
    load_campaign,
    require_manage,
)
from desktop.services.campaigns.data import PurgePreview, PurgeResult
from desktop.services.campaigns.figures import live_figures
from desktop.services.context import Actor, today
from desktop.services.write import refusal
from desktop.storage.campaign_models import (
    Campaign,
    CampaignCall,
    CampaignReferral,
    CampaignTarget,
)
from desktop.storage.db import Database

# --------------------------------------------------------------------------- purge


def _retention_months(session: Session) -> int:
    return int(settings.read(session, RULES_BY_KIND[RetentionKind.CAMPAIGN_NOTES].setting_key))


def _preview(session: Session, c: Campaign, on: dt.date) -> PurgePreview:
    t, call, r = CampaignTarget, CampaignCall, CampaignReferral
    months = _retention_months(session)
    due = purge_due(c.ended_on, months) if c.ended_on else None
    targets, contacts = session.execute(
        select(
            func.count(),
            func.sum(
                case(
                    (or_(t.household_id.is_not(None), t.contact_name != "", t.phone != ""), 1),
                    else_=0,
                )
            ),
        ).where(t.campaign_id == c.id)
    ).one()
    calls, notes, answers = session.execute(
        select(
            func.count(),
            func.sum(case((call.note != "", 1), else_=0)),
            func.sum(case((call.answers.is_not(None), 1), else_=0)),
        ).where(call.campaign_id == c.id)
    ).one()
    referrals, texts = session.execute(
        select(
            func.count(), func.sum(case((or_(r.reason != "", r.outcome != ""), 1), else_=0))
        ).where(r.campaign_id == c.id)
    ).one()
    return PurgePreview(
        campaign_id=c.id,
        name=c.name,
        status=CampaignStatus(c.status),
        ended_on=c.ended_on,
        due_on=due,
        months=months,
        overdue=due is not None and due <= on,
        targets=int(targets or 0),
        contacts=int(contacts or 0),
        calls=int(calls or 0),
        notes=int(notes or 0),
        answers=int(answers or 0),
        referrals=int(referrals or 0),
        referral_texts=int(texts or 0),
    )


@guarded("conservation")
def purge_preview(
    db: Database, actor: Actor, campaign_id: int, on: dt.date | None = None
) -> PurgePreview:
    """What the purge of an ended campaign would erase, and its retention due date."""
    with db.reader() as session:
        c = load_campaign(session, campaign_id)
        require_manage(actor, c)
        return _preview(session, c, on or today())


@guarded("purge")
def purge_campaign_notes(
    db: Database,
    actor: Actor,
    campaign_id: int,
    mode: PurgeMode = PurgeMode.ANONYMISE,
    *,
    expected_version: int | None = None,
    on: dt.date | None = None,
) -> PurgeResult:
    """Erase an ended campaign's personal data, in one transaction; the figures are
    frozen first (``campaign_figures`` keeps answering).

    ANONYMISE: the notes and answers of the calls, the name, phone, flags and the link
    to the tenant file of the call sheets, the reasons and outcomes of the referrals
    are blanked; the rows stay (states, steps, outcomes, dates). DELETE: the call
    sheets, calls and referrals are deleted."""
    on = on or today()

    def action(session: Session, c: Campaign) -> PurgeResult:
        if c.status != CampaignStatus.ENDED.value:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Seule une campagne terminée peut être purgée (statut actuel : {status}).",
                ),
                status=Message(CampaignStatus(c.status).label),
            )
        preview = _preview(session, c, on)
        agencies = [
            a
            for (a,) in session.execute(
                select(CampaignTarget.agency_id)
                .where(CampaignTarget.campaign_id == c.id)
                .distinct()
            )
        ]
        c.final_figures = {
            "all": figures_to_json(live_figures(session, c, None)),
            "agencies": {str(a): figures_to_json(live_figures(session, c, a)) for a in agencies},
            "frozen_on": on.isoformat(),
        }
        t, call, r = (CampaignTarget.__table__, CampaignCall.__table__, CampaignReferral.__table__)
        if mode == PurgeMode.DELETE:
            session.execute(delete(r).where(r.c.campaign_id == c.id))
            session.execute(delete(call).where(call.c.campaign_id == c.id))
            session.execute(delete(t).where(t.c.campaign_id == c.id))
        else:
            session.execute(
                update(call).where(call.c.campaign_id == c.id).values(note="", answers=None)
            )
            session.execute(
                update(t)
                .where(t.c.campaign_id == c.id)
                .values(
                    household_id=None,
                    contact_name="",
                    phone="",
                    isolated=False,
                    disability=False,
                    version=t.c.version + 1,
                )
            )
            session.execute(
                update(r)
                .where(r.c.campaign_id == c.id)
                .values(reason="", outcome="", version=r.c.version + 1)
            )
        c.status = CampaignStatus.PURGED.value
        c.purged_on = on
        c.purge_mode = mode.value
        audit.record(
            session,
            actor,
            "purge",
            ENTITY,
            c.id,
            {"status": "TERMINEE"},
            {
                "status": c.status,
                "mode": mode.value,
                "fiches": preview.targets,
                "appels": preview.calls,
                "notes": preview.notes,
                "orientations": preview.referrals,
                "echeance": preview.due_on,
                "regle": RetentionKind.CAMPAIGN_NOTES.value,
            },
        )
        return PurgeResult(mode, preview.targets, preview.calls, preview.notes, preview.referrals)

    return edit_campaign(db, actor, campaign_id, expected_version, action)

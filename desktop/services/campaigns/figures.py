"""Call campaigns: the dashboard figures (live while running, frozen at the end)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.domain.campaign import (
    OPEN_STATES,
    CampaignStatus,
    Counts,
    Figures,
    GroupRow,
    TargetState,
    build_figures,
    figures_from_json,
)
from desktop.services import authz
from desktop.services.authz import guarded
from desktop.services.campaigns.common import (
    ENTITY,
    MANAGE,
    REPORT,
    agency_names,
    load_campaign,
    user_labels,
)
from desktop.services.context import Actor
from desktop.storage.campaign_models import (
    Campaign,
    CampaignCall,
    CampaignReferral,
    CampaignTarget,
)
from desktop.storage.db import Database

# --------------------------------------------------------------------------- figures


def _is(column, value) -> Any:
    return case((column == value, 1), else_=0)


def _flag(column) -> Any:
    return case((column.is_(True), 1), else_=0)


def live_figures(session: Session, c: Campaign, agency_id: int | None) -> Figures:
    t, call, r = CampaignTarget, CampaignCall, CampaignReferral
    scope = [t.campaign_id == c.id]
    if agency_id is not None:
        scope.append(t.agency_id == agency_id)
    rows = (
        session.execute(
            select(
                t.caller_id,
                t.agency_id,
                func.count(),
                func.sum(case((t.attempts > 0, 1), else_=0)),
                func.sum(case((t.reached_on.is_not(None), 1), else_=0)),
                func.sum(_is(t.state, TargetState.SECURED.value)),
                func.sum(_is(t.state, TargetState.UNREACHABLE.value)),
                func.sum(_is(t.state, TargetState.CLOSED.value)),
                func.sum(_flag(t.need_help)),
                func.sum(_flag(t.reinforced_link)),
                func.sum(t.attempts),
            )
            .where(*scope)
            .group_by(t.caller_id, t.agency_id)
        )
        .tuples()
        .all()
    )
    groups = [
        GroupRow(caller, agency, Counts(*(int(v or 0) for v in values)))
        for caller, agency, *values in rows
    ]
    ref_stmt = select(r.partner_type, r.status, func.count()).where(r.campaign_id == c.id)
    step_stmt = select(call.step, func.count(), func.sum(_flag(call.reached))).where(
        call.campaign_id == c.id
    )
    outcome_stmt = select(call.outcome, func.count()).where(call.campaign_id == c.id)
    if agency_id is not None:
        ref_stmt = ref_stmt.join(t, t.id == r.target_id).where(t.agency_id == agency_id)
        step_stmt = step_stmt.join(t, t.id == call.target_id).where(t.agency_id == agency_id)
        outcome_stmt = outcome_stmt.join(t, t.id == call.target_id).where(t.agency_id == agency_id)
    referral_rows = session.execute(ref_stmt.group_by(r.partner_type, r.status)).tuples().all()
    step_rows = session.execute(step_stmt.group_by(call.step)).tuples().all()
    outcome_rows = session.execute(outcome_stmt.group_by(call.outcome)).tuples().all()
    pending_rows = (
        session.execute(
            select(t.escalation_step, func.count())
            .where(*scope, t.state.in_([s.value for s in OPEN_STATES]))
            .group_by(t.escalation_step)
        )
        .tuples()
        .all()
    )
    secured_rows = [
        (day, n)
        for day, n in session.execute(
            select(t.secured_on, func.count())
            .where(*scope, t.state == TargetState.SECURED.value)
            .group_by(t.secured_on)
        ).tuples()
        if day is not None
    ]
    callers = user_labels(session, (g.caller_id for g in groups))
    return build_figures(
        groups,
        referral_rows,
        step_rows,
        pending_rows,
        secured_rows,
        callers,
        agency_names(session),
        outcome_rows,
    )


def _frozen(c: Campaign, agency_id: int | None) -> Figures:
    frozen = c.final_figures or {}
    if agency_id is None:
        return figures_from_json(frozen["all"])
    per = (frozen.get("agencies") or {}).get(str(agency_id))
    if per is None:
        return build_figures([], [], [], [], [], {}, {})
    return figures_from_json(per)


@guarded("campagne.chiffres")
def campaign_figures(
    db: Database, actor: Actor, campaign_id: int, agency_id: int | None = None
) -> Figures:
    """The dashboard: targets called, reached, secured (counts and %), referrals by
    partner type and status, per caller and per agency, escalations by step, secured
    per week. Agency-scoped roles get their agency's figures. After the purge, the
    figures frozen at that moment."""
    if not actor.can(REPORT):
        authz.require(actor, MANAGE, entity=ENTITY, entity_id=campaign_id)
    with db.reader() as session:
        c = load_campaign(session, campaign_id)
        if actor.agency_scoped and not actor.covers_agency(c.agency_id):
            if agency_id is not None and agency_id != actor.agency_id:
                raise authz.denied(
                    actor,
                    REPORT if actor.can(REPORT) else MANAGE,
                    entity=ENTITY,
                    entity_id=campaign_id,
                    other_agency=True,
                )
            agency_id = actor.agency_id if actor.agency_id is not None else -1
        if c.status == CampaignStatus.PURGED.value and c.final_figures:
            return _frozen(c, agency_id)
        return live_figures(session, c, agency_id)

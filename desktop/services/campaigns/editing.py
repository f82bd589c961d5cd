"""Call campaigns: create, edit, delete, list and read campaigns; the accounts that
may be chosen as callers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.campaign import (
    CampaignStatus,
    CampaignTerms,
    normalise_terms,
    script_from_json,
    validate_terms,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import has_permission
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.campaigns.common import (
    CALL,
    ENTITY,
    MANAGE,
    REPORT,
    campaign_conflict,
    campaign_snapshot,
    can_view,
    check_agency,
    check_query,
    criteria_of,
    duplicate_name,
    edit_campaign,
    load_campaign,
    name_taken,
    require_manage,
    terms_columns,
)
from desktop.services.campaigns.data import CampaignSummary, CampaignView
from desktop.services.campaigns.targets import caller_views, set_callers
from desktop.services.context import Actor, today
from desktop.services.write import created_by, from_row, invalid, refusal
from desktop.storage.campaign_models import (
    Campaign,
    CampaignCaller,
)
from desktop.storage.db import Database
from desktop.storage.models import Agency, AppUser

# --------------------------------------------------------------------------- campaigns


@guarded("campagne.creation")
def create_campaign(
    db: Database, actor: Actor, terms: CampaignTerms, caller_ids: Iterable[int] = ()
) -> int:
    """Create a draft campaign on a saved search; return its id. ``caller_ids``: the
    accounts calling (more can be added later, see ``assign_callers``)."""
    authz.require(actor, MANAGE, entity=ENTITY)
    terms = normalise_terms(terms)
    validate_terms(terms)
    if actor.agency_scoped:
        authz.require_agency(actor, MANAGE, terms.agency_id, entity=ENTITY)
    check_query(db, actor, terms.query_name)
    with db.transaction() as session:
        check_agency(session, terms.agency_id)
        if name_taken(session, terms.name):
            raise duplicate_name(terms.name)
        c = Campaign(
            status=CampaignStatus.DRAFT.value,
            purge_mode="",
            target_count=0,
            **created_by(actor),
            **terms_columns(terms),
        )
        session.add(c)
        session.flush()
        set_callers(session, actor, c, list(caller_ids))
        audit.record(session, actor, "create", ENTITY, c.id, None, campaign_snapshot(c))
        return c.id


@guarded("campagne.modification")
def update_campaign(
    db: Database, actor: Actor, campaign_id: int, terms: CampaignTerms, expected_version: int
) -> int:
    """Save edited terms; return the new version. A running campaign may change only
    its name, purpose and planned end."""
    terms = normalise_terms(terms)
    validate_terms(terms)

    def action(session: Session, c: Campaign) -> None:
        status = CampaignStatus(c.status)
        if status in (CampaignStatus.ENDED, CampaignStatus.PURGED):
            raise refusal(
                QT_TRANSLATE_NOOP("messages", "Une campagne terminée ne peut plus être modifiée.")
            )
        if actor.agency_scoped:
            authz.require_agency(actor, MANAGE, terms.agency_id, entity=ENTITY, entity_id=c.id)
        if name_taken(session, terms.name, exclude=c.id):
            raise duplicate_name(terms.name)
        before = campaign_snapshot(c)
        columns = terms_columns(terms)
        if status == CampaignStatus.RUNNING:
            locked = {
                k: v
                for k, v in columns.items()
                if k not in ("name", "purpose", "planned_end_on", "target_filters")
            }
            changed = [k for k, v in locked.items() if getattr(c, k) != v]
            if changed or criteria_of(c) != columns["target_filters"]["criteria"]:
                raise refusal(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Campagne en cours : seuls le nom, l'objet et la fin prévue "
                        "peuvent encore changer.",
                    )
                )
            if terms.planned_end_on < today():
                raise invalid(
                    "planned_end_on",
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La fin prévue ne peut pas être passée : terminez la campagne.",
                    ),
                )
            c.name, c.purpose, c.planned_end_on = terms.name, terms.purpose, terms.planned_end_on
        else:
            check_agency(session, terms.agency_id)
            for key, value in columns.items():
                setattr(c, key, value)
        after = campaign_snapshot(c)
        if before != after:
            audit.record(session, actor, "update", ENTITY, c.id, before, after)

    edit_campaign(db, actor, campaign_id, expected_version, action)
    with db.reader() as session:
        return load_campaign(session, campaign_id).version


@guarded("campagne.suppression")
def delete_campaign(db: Database, actor: Actor, campaign_id: int, expected_version: int) -> None:
    """Delete a draft campaign (nothing was called yet)."""
    with db.transaction() as session:
        c = load_campaign(session, campaign_id, for_update=True)
        require_manage(actor, c)
        if c.version != expected_version:
            raise campaign_conflict(c)
        if c.status != CampaignStatus.DRAFT.value:
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages", "Seule une campagne en brouillon peut être supprimée."
                )
            )
        before = campaign_snapshot(c)
        session.delete(c)
        audit.record(session, actor, "delete", ENTITY, campaign_id, before, None)


def _visible_campaigns(actor: Actor):
    """The condition on campaigns the actor may list."""
    if actor.can(MANAGE) or actor.can(REPORT):
        if not actor.agency_scoped:
            return None
        return or_(Campaign.agency_id.is_(None), Campaign.agency_id == actor.agency_id)
    return Campaign.id.in_(
        select(CampaignCaller.campaign_id).where(
            CampaignCaller.user_id == (actor.user_id or -1), CampaignCaller.active.is_(True)
        )
    )


@guarded("campagne.liste")
def list_campaigns(
    db: Database, actor: Actor, status: CampaignStatus | None = None
) -> list[CampaignSummary]:
    """The campaigns the actor manages or calls for, newest first."""
    if not (actor.can(MANAGE) or actor.can(CALL) or actor.can(REPORT)):
        authz.require(actor, CALL, entity=ENTITY)
    stmt = select(Campaign, Agency.name).outerjoin(Agency, Agency.id == Campaign.agency_id)
    where = _visible_campaigns(actor)
    if where is not None:
        stmt = stmt.where(where)
    if status is not None:
        stmt = stmt.where(Campaign.status == status.value)
    with db.reader() as session:
        return [
            from_row(
                CampaignSummary,
                c,
                status=CampaignStatus(c.status),
                agency_name=agency_name or "",
            )
            for c, agency_name in session.execute(
                stmt.order_by(Campaign.start_on.desc(), Campaign.id.desc())
            )
        ]


def _view(session: Session, c: Campaign) -> CampaignView:
    criteria = criteria_of(c)
    agency = session.get(Agency, c.agency_id) if c.agency_id is not None else None
    return from_row(
        CampaignView,
        c,
        status=CampaignStatus(c.status),
        query_name=c.target_query_name,
        min_age=int(criteria.get("min_age", 70)),
        isolated_only=bool(criteria.get("isolated_only", False)),
        disability_only=bool(criteria.get("disability_only", False)),
        script=script_from_json(c.script),
        agency_name=agency.name if agency else "",
        callers=caller_views(session, c),
    )


@guarded("campagne.consultation")
def get_campaign(db: Database, actor: Actor, campaign_id: int) -> CampaignView:
    with db.reader() as session:
        c = load_campaign(session, campaign_id)
        if not can_view(actor, c):
            authz.require(actor, CALL, entity=ENTITY, entity_id=campaign_id)
            is_caller = session.scalar(
                select(CampaignCaller.id).where(
                    CampaignCaller.campaign_id == campaign_id,
                    CampaignCaller.user_id == (actor.user_id or -1),
                )
            )
            if not is_caller:
                raise authz.denied(actor, CALL, entity=ENTITY, entity_id=campaign_id)
        return _view(session, c)


# --------------------------------------------------------------------------- callers' choice
# (added for the campaign GUI, issue 8: the manager picks the callers among the accounts)


@dataclass(frozen=True)
class CallerCandidate:
    """An account that may be given a campaign's calls."""

    user_id: int
    username: str
    full_name: str
    agency_id: int | None
    agency_code: str
    role: str | None

    @property
    def label(self) -> str:
        return self.full_name or self.username


@guarded("campagne.appelants_possibles")
def caller_candidates(db: Database, actor: Actor) -> list[CallerCandidate]:
    """The active accounts whose role may call (``CAMPAIGN_CALL``), for a campaign
    manager choosing the callers (``accounts.list_users`` is for administrators); an
    agency manager gets his agency's accounts."""
    authz.require(actor, MANAGE, entity=ENTITY)
    with db.reader() as session:
        rows = session.execute(
            select(
                AppUser.id,
                AppUser.username,
                AppUser.full_name,
                AppUser.agency_id,
                AppUser.role,
                Agency.code,
            )
            .outerjoin(Agency, Agency.id == AppUser.agency_id)
            .where(AppUser.active.is_(True))
            .order_by(func.lower(AppUser.full_name), AppUser.username)
        ).all()
    return [
        CallerCandidate(uid, username, full_name or "", agency_id, code or "", role)
        for uid, username, full_name, agency_id, role, code in rows
        if has_permission(role, CALL) and (not actor.agency_scoped or agency_id == actor.agency_id)
    ]

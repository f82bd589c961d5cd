"""Call campaigns: what the sections share: audit entities and rights, loading rows,
the rights on a campaign and a target, the campaign's own write helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.campaign import (
    CampaignStatus,
    CampaignTerms,
    script_to_json,
)
from desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.services import authz
from desktop.services.context import Actor
from desktop.services.write import (
    conflict_of,
    invalid,
    message,
    one_row,
    refusal,
    reloaded,
    snapshot,
    touch,
    writing,
)
from desktop.storage.campaign_models import (
    Campaign,
    CampaignTarget,
)
from desktop.storage.db import Database
from desktop.storage.models import Agency, AppUser

ENTITY = "campagne"
ENTITY_TARGET = "campagne_fiche"
ENTITY_CALL = "campagne_appel"
ENTITY_REFERRAL = "campagne_orientation"
MANAGE = Permission.CAMPAIGN_MANAGE
CALL = Permission.CAMPAIGN_CALL
REPORT = Permission.REPORT_READ
SENSITIVE_NOTE = "note d'appel"
LIST_LIMIT = 5000
INSERT_CHUNK = 1000


# --------------------------------------------------------------------------- loading


def not_found(what: str, ident: int) -> NotFoundError:
    if what == ENTITY:
        text = QT_TRANSLATE_NOOP("messages", "La campagne n° {id} n'existe pas ou plus.")
    elif what == ENTITY_TARGET:
        text = QT_TRANSLATE_NOOP("messages", "La fiche d'appel n° {id} n'existe pas ou plus.")
    elif what == ENTITY_CALL:
        text = QT_TRANSLATE_NOOP("messages", "L'appel n° {id} n'existe pas ou plus.")
    else:
        text = QT_TRANSLATE_NOOP("messages", "L'orientation n° {id} n'existe pas ou plus.")
    return NotFoundError(message(text, id=ident))


def load_campaign(session: Session, campaign_id: int, *, for_update: bool = False) -> Campaign:
    stmt = select(Campaign).where(Campaign.id == campaign_id)
    return one_row(
        session, stmt, not_found(ENTITY, campaign_id), for_update=for_update, of=Campaign
    )


def load_target(session: Session, target_id: int, *, for_update: bool = False) -> CampaignTarget:
    stmt = select(CampaignTarget).where(CampaignTarget.id == target_id)
    return one_row(
        session, stmt, not_found(ENTITY_TARGET, target_id), for_update=for_update, of=CampaignTarget
    )


CAMPAIGN_CHANGED_BY = QT_TRANSLATE_NOOP(
    "messages",
    "Cette campagne a été modifiée par {user} le {date} à {time} depuis que vous l'avez "
    "ouverte. Vos changements n'ont pas été enregistrés : rechargez-la.",
)


def campaign_conflict(c: Campaign) -> ConflictError:
    return conflict_of(c, CAMPAIGN_CHANGED_BY)


def target_conflict() -> ConflictError:
    return ConflictError(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Cette fiche d'appel a été modifiée depuis que vous l'avez ouverte (un autre appel "
                "a peut-être été enregistré). Rien n'a été enregistré : rechargez la fiche.",
            )
        )
    )


# --------------------------------------------------------------------------- rights


def _manages_campaign(actor: Actor, c: Campaign) -> bool:
    return actor.can(MANAGE) and actor.covers_agency(c.agency_id)


def manages_target(actor: Actor, c: Campaign, t: CampaignTarget) -> bool:
    """Managers of the campaign, and agency managers for their agency's targets."""
    return actor.can(MANAGE) and (
        actor.covers_agency(c.agency_id) or actor.covers_agency(t.agency_id)
    )


def can_view(actor: Actor, c: Campaign) -> bool:
    """Managers and report readers: every campaign, or for agency roles their agency's
    and the organisation-wide ones (where they follow their agency's targets)."""
    return (actor.can(MANAGE) or actor.can(REPORT)) and (
        not actor.agency_scoped or c.agency_id is None or c.agency_id == actor.agency_id
    )


def require_manage(actor: Actor, c: Campaign) -> None:
    authz.require_agency(actor, MANAGE, c.agency_id, entity=ENTITY, entity_id=c.id)


def _not_your_target(t: CampaignTarget) -> PermissionDenied:
    return PermissionDenied(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Accès refusé : cette fiche d'appel n'est pas dans votre liste. Ce refus a été "
                "enregistré dans le journal d'audit.",
            )
        ),
        permission=CALL.value,
        entity=ENTITY_TARGET,
        entity_id=t.id,
    )


def require_target(actor: Actor, c: Campaign, t: CampaignTarget) -> None:
    """The target's caller, or a manager of it; else ``PermissionDenied``."""
    if manages_target(actor, c, t):
        return
    authz.require(actor, CALL, entity=ENTITY_TARGET, entity_id=t.id)
    if actor.user_id is None or t.caller_id != actor.user_id:
        raise _not_your_target(t)


def managed_targets(session: Session, actor: Actor, campaign_id: int, stmt):
    """``stmt`` (joined on the campaign's targets) for a manager of the campaign; an
    agency manager gets his agency's targets when the campaign is not his agency's."""
    c = load_campaign(session, campaign_id)
    authz.require(actor, MANAGE, entity=ENTITY, entity_id=campaign_id)
    if not actor.covers_agency(c.agency_id):
        stmt = stmt.where(CampaignTarget.agency_id == (actor.agency_id or -1))
    return stmt


def require_running(c: Campaign) -> None:
    if c.status != CampaignStatus.RUNNING.value:
        raise refusal(
            QT_TRANSLATE_NOOP(
                "messages",
                "La campagne « {name} » n'est pas en cours ({status}) : aucun appel ne "
                "peut y être enregistré.",
            ),
            name=c.name,
            status=Message(CampaignStatus(c.status).label),
        )


# --------------------------------------------------------------------------- helpers


CAMPAIGN_FIELDS = (
    "name",
    "purpose",
    "status",
    "target_query_name",
    "target_filters",
    "start_on",
    "planned_end_on",
    "agency_id",
)


def campaign_snapshot(c: Campaign) -> dict:
    return {**snapshot(c, CAMPAIGN_FIELDS), "script": [q["code"] for q in (c.script or [])]}


def criteria_of(c: Campaign) -> dict:
    return dict((c.target_filters or {}).get("criteria") or {})


def agency_names(session: Session) -> dict[int, str]:
    return {
        i: f"{code} — {name}"
        for i, code, name in session.execute(select(Agency.id, Agency.code, Agency.name))
    }


def user_labels(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {
        i: (full or user)
        for i, user, full in session.execute(
            select(AppUser.id, AppUser.username, AppUser.full_name).where(AppUser.id.in_(wanted))
        )
    }


def check_agency(session: Session, agency_id: int | None) -> None:
    if agency_id is not None and session.get(Agency, agency_id) is None:
        raise invalid("agency_id", QT_TRANSLATE_NOOP("messages", "Cette agence n'existe pas."))


def check_query(db: Database, actor: Actor, name: str):
    from desktop.services import saved_queries

    try:
        return saved_queries.get_saved_query(db, actor, name)
    except NotFoundError as exc:
        raise ValidationError({"query_name": exc.message}) from None


def terms_columns(terms: CampaignTerms) -> dict:
    return {
        "name": terms.name,
        "purpose": terms.purpose,
        "target_query_name": terms.query_name,
        "start_on": terms.start_on,
        "planned_end_on": terms.planned_end_on,
        "agency_id": terms.agency_id,
        "script": script_to_json(terms.script),
        "target_filters": {
            "query": None,
            "criteria": {
                "min_age": terms.min_age,
                "isolated_only": terms.isolated_only,
                "disability_only": terms.disability_only,
            },
        },
    }


def name_taken(session: Session, name: str, exclude: int | None = None) -> bool:
    stmt = select(Campaign.id).where(func.lower(Campaign.name) == name.lower())
    if exclude is not None:
        stmt = stmt.where(Campaign.id != exclude)
    return session.scalar(stmt) is not None


def duplicate_name(name: str) -> ValidationError:
    return ValidationError(
        {
            "name": message(
                QT_TRANSLATE_NOOP("messages", "Une campagne s'appelle déjà « {name} »."), name=name
            )
        }
    )


def edit_campaign(
    db: Database,
    actor: Actor,
    campaign_id: int,
    expected_version: int | None,
    action: Callable[[Session, Campaign], Any],
):
    """Run ``action`` on the campaign (manager's rights, version checked); return what
    ``action`` returns."""
    reload = reloaded(db, lambda s: load_campaign(s, campaign_id), campaign_conflict)
    with writing(db, reload) as session:
        c = load_campaign(session, campaign_id, for_update=True)
        require_manage(actor, c)
        if expected_version is not None and c.version != expected_version:
            raise campaign_conflict(c)
        result = action(session, c)
        touch(c, actor)
        session.flush()
        return result

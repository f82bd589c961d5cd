"""Vigilance call campaigns (issue 8): create a campaign on a saved search of the
tenant list, start it (the target is resolved then: the households matching, with
someone over the minimal age and a valid phone number), hand the targets out to the
callers, record calls and escalation steps, refer people to partners and follow the
referrals up, read the dashboard figures, end the campaign and purge its notes.

Rights: ``CAMPAIGN_MANAGE`` creates, starts, assigns, ends and purges (an agency
manager: the campaigns of his agency, and the targets of his agency in the others);
``CAMPAIGN_CALL`` lets a caller see and record his own targets only. Figures are also
open to ``REPORT_READ``. Every write runs in one transaction and is audited; every
read of a call note (sensitive free text) is audited. Rules live in
``desktop.domain.campaign``.

Data protection (DOMAIN.md section 4): a target keeps only what calling needs (name,
phone, age band, isolation and disability flags, the household for the address); no
timeline event is written in the tenant file; at the end, ``purge_campaign_notes``
anonymises or deletes the personal data and keeps the figures.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from sqlalchemy import and_, case, delete, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.campaign import (
    GDPR_NOTICE,
    NOTE_MAX,
    OPEN_STATES,
    OUTCOME_MAX,
    PARTNER_NAME_MAX,
    PHONE_STEPS,
    REASON_MAX,
    VISIT_STEPS,
    Attempt,
    CallOutcome,
    CampaignStatus,
    CampaignTerms,
    CloseReason,
    ContactPerson,
    CONSENT_NOT_NEEDED,
    EscalationStep,
    Figures,
    GroupRow,
    Counts,
    NextAction,
    PartnerType,
    Progress,
    PurgeMode,
    ReferralStatus,
    ScriptQuestion,
    TargetState,
    age_band,
    apply_attempt,
    apply_help_in_place,
    balance_assignment,
    build_figures,
    check_attempt,
    check_referral_transition,
    figures_from_json,
    figures_to_json,
    need_from_answers,
    normalise_phone,
    normalise_terms,
    note_warnings,
    script_from_json,
    script_to_json,
    set_reinforced,
    validate_answers,
    validate_terms,
)
from desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from desktop.domain.formatting import format_date_fr, utc_to_local
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.retention import RULES_BY_KIND, RetentionKind, purge_due
from desktop.domain.roles import Permission, has_permission
from desktop.domain.tenant import senior_birth_cutoff
from desktop.services import audit, authz, settings
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.storage.campaign_models import (
    Campaign,
    CampaignCall,
    CampaignCaller,
    CampaignReferral,
    CampaignTarget,
)
from desktop.storage.db import Database
from desktop.storage.models import Agency, AppUser, Household, Occupant

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


def _m(text: str, **params) -> Message:
    return Message(text, params)


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class CallerView:
    user_id: int
    username: str
    full_name: str
    agency_id: int | None
    active: bool
    targets: int  # targets assigned (any state)
    open_targets: int

    @property
    def label(self) -> str:
        return self.full_name or self.username


@dataclass(frozen=True)
class CampaignSummary:
    id: int
    name: str
    status: CampaignStatus
    start_on: dt.date
    planned_end_on: dt.date
    ended_on: dt.date | None
    agency_id: int | None
    agency_name: str
    target_count: int
    version: int


@dataclass(frozen=True)
class CampaignView:
    id: int
    name: str
    purpose: str
    status: CampaignStatus
    query_name: str
    # The frozen filters, from the start on: {"query": {...}, "min_age", ...}.
    target_filters: dict | None
    min_age: int
    isolated_only: bool
    disability_only: bool
    script: list[ScriptQuestion]
    start_on: dt.date
    planned_end_on: dt.date
    started_on: dt.date | None
    ended_on: dt.date | None
    purged_on: dt.date | None
    purge_mode: str
    agency_id: int | None
    agency_name: str
    target_count: int
    callers: list[CallerView]
    created_by: str
    updated_at: dt.datetime
    updated_by: str
    version: int
    gdpr_notice: str = GDPR_NOTICE

    def terms(self) -> CampaignTerms:
        """The editable terms, for an edit dialog."""
        return CampaignTerms(
            name=self.name, query_name=self.query_name, start_on=self.start_on,
            planned_end_on=self.planned_end_on, purpose=self.purpose,
            agency_id=self.agency_id, min_age=self.min_age, isolated_only=self.isolated_only,
            disability_only=self.disability_only, script=list(self.script))


@dataclass(frozen=True)
class TargetRow:
    id: int
    campaign_id: int
    household_id: int | None
    contact_name: str
    phone: str
    age_band: str
    isolated: bool
    disability: bool
    address: str
    agency_id: int
    caller_id: int | None
    caller_name: str
    state: TargetState
    step: EscalationStep
    reinforced_link: bool
    next_call_on: dt.date | None
    attempts: int
    last_outcome: CallOutcome | None
    last_attempt_at: dt.datetime | None
    reached_on: dt.date | None
    need_help: bool
    help_in_place: bool
    secured_on: dt.date | None
    closed_reason: CloseReason | None
    version: int


@dataclass(frozen=True)
class CallView:
    id: int
    called_at: dt.datetime
    step: EscalationStep
    reached: bool
    person: ContactPerson | None
    outcome: CallOutcome
    answers: dict | None
    need_help: bool
    help_in_place: bool
    has_note: bool  # the note itself: get_call_note (audited)
    next_action: NextAction
    next_action_on: dt.date | None
    caller_id: int | None
    recorded_by: str


@dataclass(frozen=True)
class ReferralView:
    id: int
    target_id: int
    campaign_id: int
    contact_name: str
    partner_type: PartnerType
    partner_name: str
    reason: str
    consent: bool
    sent_on: dt.date
    status: ReferralStatus
    outcome: str
    help_in_place: bool
    closed_on: dt.date | None
    created_by: str
    updated_at: dt.datetime
    version: int


@dataclass(frozen=True)
class TargetView:
    target: TargetRow
    campaign_name: str
    campaign_status: CampaignStatus
    planned_end_on: dt.date
    script: list[ScriptQuestion]
    calls: list[CallView]
    referrals: list[ReferralView]
    gdpr_notice: str = GDPR_NOTICE


@dataclass
class CallEntry:
    """What a caller records for one attempt (``person`` None: nobody reached)."""

    person: ContactPerson | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    # None: taken from the answers (a need ticked in « Besoin d'aide »).
    need_help: bool | None = None
    help_in_place: bool = False
    note: str = ""
    next_action: NextAction = NextAction.NONE
    next_action_on: dt.date | None = None
    wrong_number: bool = False
    close_reason: CloseReason | None = None
    # When the call took place (naive UTC, as stored); default: now.
    called_at: dt.datetime | None = None

    @property
    def reached(self) -> bool:
        return self.person is not None


@dataclass(frozen=True)
class CallResult:
    call_id: int
    target_version: int
    outcome: CallOutcome
    state: TargetState
    step: EscalationStep
    next_call_on: dt.date | None
    # Advice on the note (medical details): shown, not blocking.
    warnings: list[Message]


@dataclass
class ReferralInput:
    partner_type: PartnerType
    partner_name: str = ""
    reason: str = ""
    consent: bool = False
    sent_on: dt.date | None = None  # None: still to send


@dataclass(frozen=True)
class TargetPreview:
    matching: int       # households matching the saved search and the criteria
    eligible: int       # of which with someone over the age and a valid number
    without_phone: int  # with someone over the age but no valid number
    by_agency: dict[str, int]


@dataclass(frozen=True)
class StartResult:
    targets: int
    without_phone: int
    assigned: int


@dataclass(frozen=True)
class AssignResult:
    assigned: int  # targets (re)assigned by this call
    per_caller: dict[int, int]  # user id: open targets after it


@dataclass(frozen=True)
class PurgePreview:
    campaign_id: int
    name: str
    status: CampaignStatus
    ended_on: dt.date | None
    due_on: dt.date | None  # end + the retention period of campaign notes
    months: int
    overdue: bool
    targets: int
    contacts: int    # targets still linked to a tenant file or holding name/phone
    calls: int
    notes: int       # calls with a note
    answers: int     # calls with script answers
    referrals: int
    referral_texts: int

    @property
    def reason(self) -> Message:
        rule = RULES_BY_KIND[RetentionKind.CAMPAIGN_NOTES]
        return _m(QT_TRANSLATE_NOOP(
            "messages", "{rule} : campagne terminée le {end}, conservation de {months} mois "
            "(échéance le {due})."), rule=Message(rule.label),
            end=format_date_fr(self.ended_on) if self.ended_on else "—",
            months=self.months, due=format_date_fr(self.due_on) if self.due_on else "—")


@dataclass(frozen=True)
class PurgeResult:
    mode: PurgeMode
    targets: int
    calls: int
    notes: int
    referrals: int


# --------------------------------------------------------------------------- loading


def _not_found(what: str, ident: int) -> NotFoundError:
    if what == ENTITY:
        text = QT_TRANSLATE_NOOP("messages", "La campagne n° {id} n'existe pas ou plus.")
    elif what == ENTITY_TARGET:
        text = QT_TRANSLATE_NOOP("messages", "La fiche d'appel n° {id} n'existe pas ou plus.")
    elif what == ENTITY_CALL:
        text = QT_TRANSLATE_NOOP("messages", "L'appel n° {id} n'existe pas ou plus.")
    else:
        text = QT_TRANSLATE_NOOP("messages", "L'orientation n° {id} n'existe pas ou plus.")
    return NotFoundError(_m(text, id=ident))


def _locked(session: Session, stmt):
    if session.get_bind().dialect.name == "postgresql":
        return stmt.with_for_update()
    return stmt


def _campaign(session: Session, campaign_id: int, *, for_update: bool = False) -> Campaign:
    stmt = select(Campaign).where(Campaign.id == campaign_id)
    c = session.scalars(_locked(session, stmt) if for_update else stmt).one_or_none()
    if c is None:
        raise _not_found(ENTITY, campaign_id)
    return c


def _target(session: Session, target_id: int, *, for_update: bool = False) -> CampaignTarget:
    stmt = select(CampaignTarget).where(CampaignTarget.id == target_id)
    t = session.scalars(_locked(session, stmt) if for_update else stmt).one_or_none()
    if t is None:
        raise _not_found(ENTITY_TARGET, target_id)
    return t


def _campaign_conflict(c: Campaign) -> ConflictError:
    local = utc_to_local(c.updated_at)
    return ConflictError(_m(QT_TRANSLATE_NOOP(
        "messages",
        "Cette campagne a été modifiée par {user} le {date} à {time} depuis que vous l'avez "
        "ouverte. Vos changements n'ont pas été enregistrés : rechargez-la."),
        user=c.updated_by, date=format_date_fr(local.date()), time=local.strftime("%H:%M")))


def _target_conflict() -> ConflictError:
    return ConflictError(_m(QT_TRANSLATE_NOOP(
        "messages",
        "Cette fiche d'appel a été modifiée depuis que vous l'avez ouverte (un autre appel "
        "a peut-être été enregistré). Rien n'a été enregistré : rechargez la fiche.")))


# --------------------------------------------------------------------------- rights


def _manages_campaign(actor: Actor, c: Campaign) -> bool:
    return actor.can(MANAGE) and actor.covers_agency(c.agency_id)


def _manages_target(actor: Actor, c: Campaign, t: CampaignTarget) -> bool:
    """Managers of the campaign, and agency managers for their agency's targets."""
    return actor.can(MANAGE) and (actor.covers_agency(c.agency_id)
                                  or actor.covers_agency(t.agency_id))


def _can_view(actor: Actor, c: Campaign) -> bool:
    """Managers and report readers: every campaign, or for agency roles their agency's
    and the organisation-wide ones (where they follow their agency's targets)."""
    return (actor.can(MANAGE) or actor.can(REPORT)) and (
        not actor.agency_scoped or c.agency_id is None or c.agency_id == actor.agency_id)


def _require_manage(actor: Actor, c: Campaign) -> None:
    authz.require_agency(actor, MANAGE, c.agency_id, entity=ENTITY, entity_id=c.id)


def _not_your_target(t: CampaignTarget) -> PermissionDenied:
    return PermissionDenied(_m(QT_TRANSLATE_NOOP(
        "messages",
        "Accès refusé : cette fiche d'appel n'est pas dans votre liste. Ce refus a été "
        "enregistré dans le journal d'audit.")), permission=CALL.value, entity=ENTITY_TARGET,
        entity_id=t.id)


def _require_target(actor: Actor, c: Campaign, t: CampaignTarget) -> None:
    """The target's caller, or a manager of it; else ``PermissionDenied``."""
    if _manages_target(actor, c, t):
        return
    authz.require(actor, CALL, entity=ENTITY_TARGET, entity_id=t.id)
    if actor.user_id is None or t.caller_id != actor.user_id:
        raise _not_your_target(t)


def _require_running(c: Campaign) -> None:
    if c.status != CampaignStatus.RUNNING.value:
        raise ValidationError({}, _m(QT_TRANSLATE_NOOP(
            "messages", "La campagne « {name} » n'est pas en cours ({status}) : aucun appel ne "
            "peut y être enregistré."), name=c.name,
            status=Message(CampaignStatus(c.status).label)))


# --------------------------------------------------------------------------- helpers


def _touch(c: Campaign, actor: Actor) -> None:
    c.updated_at = now()
    c.updated_by = actor.username


def _snapshot(c: Campaign) -> dict:
    return {
        "name": c.name, "purpose": c.purpose, "status": c.status,
        "target_query_name": c.target_query_name, "target_filters": c.target_filters,
        "start_on": c.start_on, "planned_end_on": c.planned_end_on, "agency_id": c.agency_id,
        "script": [q["code"] for q in (c.script or [])],
    }


def _criteria(c: Campaign) -> dict:
    return dict((c.target_filters or {}).get("criteria") or {})


def _agency_names(session: Session) -> dict[int, str]:
    return {i: f"{code} — {name}" for i, code, name in
            session.execute(select(Agency.id, Agency.code, Agency.name))}


def _user_labels(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {i: (full or user) for i, user, full in session.execute(
        select(AppUser.id, AppUser.username, AppUser.full_name).where(AppUser.id.in_(wanted)))}


def _check_agency(session: Session, agency_id: int | None) -> None:
    if agency_id is not None and session.get(Agency, agency_id) is None:
        raise ValidationError({"agency_id": _m(QT_TRANSLATE_NOOP(
            "messages", "Cette agence n'existe pas."))})


def _check_query(db: Database, actor: Actor, name: str):
    from desktop.services import saved_queries

    try:
        return saved_queries.get_saved_query(db, actor, name)
    except NotFoundError as exc:
        raise ValidationError({"query_name": exc.message}) from None


def _terms_columns(terms: CampaignTerms) -> dict:
    return {
        "name": terms.name, "purpose": terms.purpose, "target_query_name": terms.query_name,
        "start_on": terms.start_on, "planned_end_on": terms.planned_end_on,
        "agency_id": terms.agency_id, "script": script_to_json(terms.script),
        "target_filters": {"query": None, "criteria": {
            "min_age": terms.min_age, "isolated_only": terms.isolated_only,
            "disability_only": terms.disability_only}},
    }


def _name_taken(session: Session, name: str, exclude: int | None = None) -> bool:
    stmt = select(Campaign.id).where(func.lower(Campaign.name) == name.lower())
    if exclude is not None:
        stmt = stmt.where(Campaign.id != exclude)
    return session.scalar(stmt) is not None


def _duplicate_name(name: str) -> ValidationError:
    return ValidationError({"name": _m(QT_TRANSLATE_NOOP(
        "messages", "Une campagne s'appelle déjà « {name} »."), name=name)})


def _edit_campaign(db: Database, actor: Actor, campaign_id: int, expected_version: int | None,
                   action: Callable[[Session, Campaign], Any]):
    """Run ``action`` on the campaign (manager's rights, version checked); return what
    ``action`` returns."""
    try:
        with db.transaction() as session:
            c = _campaign(session, campaign_id, for_update=True)
            _require_manage(actor, c)
            if expected_version is not None and c.version != expected_version:
                raise _campaign_conflict(c)
            result = action(session, c)
            _touch(c, actor)
            session.flush()
            return result
    except StaleDataError as exc:
        with db.reader() as session:
            raise _campaign_conflict(_campaign(session, campaign_id)) from exc


# --------------------------------------------------------------------------- campaigns


@guarded("campagne.creation")
def create_campaign(db: Database, actor: Actor, terms: CampaignTerms,
                    caller_ids: Iterable[int] = ()) -> int:
    """Create a draft campaign on a saved search; return its id. ``caller_ids``: the
    accounts calling (more can be added later, see ``assign_callers``)."""
    authz.require(actor, MANAGE, entity=ENTITY)
    terms = normalise_terms(terms)
    validate_terms(terms)
    if actor.agency_scoped:
        authz.require_agency(actor, MANAGE, terms.agency_id, entity=ENTITY)
    _check_query(db, actor, terms.query_name)
    with db.transaction() as session:
        _check_agency(session, terms.agency_id)
        if _name_taken(session, terms.name):
            raise _duplicate_name(terms.name)
        stamp = now()
        c = Campaign(status=CampaignStatus.DRAFT.value, purge_mode="", target_count=0,
                     created_at=stamp, created_by=actor.username, updated_at=stamp,
                     updated_by=actor.username, **_terms_columns(terms))
        session.add(c)
        session.flush()
        _set_callers(session, actor, c, list(caller_ids))
        audit.record(session, actor, "create", ENTITY, c.id, None, _snapshot(c))
        return c.id


@guarded("campagne.modification")
def update_campaign(db: Database, actor: Actor, campaign_id: int, terms: CampaignTerms,
                    expected_version: int) -> int:
    """Save edited terms; return the new version. A running campaign may change only
    its name, purpose and planned end."""
    terms = normalise_terms(terms)
    validate_terms(terms)

    def action(session: Session, c: Campaign) -> None:
        status = CampaignStatus(c.status)
        if status in (CampaignStatus.ENDED, CampaignStatus.PURGED):
            raise ValidationError({}, _m(QT_TRANSLATE_NOOP(
                "messages", "Une campagne terminée ne peut plus être modifiée.")))
        if actor.agency_scoped:
            authz.require_agency(actor, MANAGE, terms.agency_id, entity=ENTITY, entity_id=c.id)
        if _name_taken(session, terms.name, exclude=c.id):
            raise _duplicate_name(terms.name)
        before = _snapshot(c)
        columns = _terms_columns(terms)
        if status == CampaignStatus.RUNNING:
            locked = {k: v for k, v in columns.items()
                      if k not in ("name", "purpose", "planned_end_on", "target_filters")}
            changed = [k for k, v in locked.items() if getattr(c, k) != v]
            if changed or _criteria(c) != columns["target_filters"]["criteria"]:
                raise ValidationError({}, _m(QT_TRANSLATE_NOOP(
                    "messages", "Campagne en cours : seuls le nom, l'objet et la fin prévue "
                    "peuvent encore changer.")))
            if terms.planned_end_on < today():
                raise ValidationError({"planned_end_on": _m(QT_TRANSLATE_NOOP(
                    "messages", "La fin prévue ne peut pas être passée : terminez la "
                    "campagne."))})
            c.name, c.purpose, c.planned_end_on = terms.name, terms.purpose, terms.planned_end_on
        else:
            _check_agency(session, terms.agency_id)
            for key, value in columns.items():
                setattr(c, key, value)
        after = _snapshot(c)
        if before != after:
            audit.record(session, actor, "update", ENTITY, c.id, before, after)

    _edit_campaign(db, actor, campaign_id, expected_version, action)
    with db.reader() as session:
        return _campaign(session, campaign_id).version


@guarded("campagne.suppression")
def delete_campaign(db: Database, actor: Actor, campaign_id: int, expected_version: int) -> None:
    """Delete a draft campaign (nothing was called yet)."""
    with db.transaction() as session:
        c = _campaign(session, campaign_id, for_update=True)
        _require_manage(actor, c)
        if c.version != expected_version:
            raise _campaign_conflict(c)
        if c.status != CampaignStatus.DRAFT.value:
            raise ValidationError({}, _m(QT_TRANSLATE_NOOP(
                "messages", "Seule une campagne en brouillon peut être supprimée.")))
        before = _snapshot(c)
        session.delete(c)
        audit.record(session, actor, "delete", ENTITY, campaign_id, before, None)


def _caller_views(session: Session, c: Campaign) -> list[CallerView]:
    counts = {uid: (n, o) for uid, n, o in session.execute(
        select(CampaignTarget.caller_id, func.count(),
               func.sum(case((CampaignTarget.state.in_([s.value for s in OPEN_STATES]), 1),
                             else_=0)))
        .where(CampaignTarget.campaign_id == c.id, CampaignTarget.caller_id.is_not(None))
        .group_by(CampaignTarget.caller_id))}
    rows = session.execute(
        select(CampaignCaller.user_id, CampaignCaller.active, AppUser.username,
               AppUser.full_name, AppUser.agency_id)
        .join(AppUser, AppUser.id == CampaignCaller.user_id)
        .where(CampaignCaller.campaign_id == c.id)
        .order_by(AppUser.full_name, AppUser.username)).all()
    return [CallerView(uid, username, full, agency, active, int(counts.get(uid, (0, 0))[0]),
                       int(counts.get(uid, (0, 0))[1] or 0))
            for uid, active, username, full, agency in rows]


def _visible_campaigns(actor: Actor):
    """The condition on campaigns the actor may list."""
    if actor.can(MANAGE) or actor.can(REPORT):
        if not actor.agency_scoped:
            return None
        return or_(Campaign.agency_id.is_(None), Campaign.agency_id == actor.agency_id)
    return Campaign.id.in_(select(CampaignCaller.campaign_id).where(
        CampaignCaller.user_id == (actor.user_id or -1), CampaignCaller.active.is_(True)))


@guarded("campagne.liste")
def list_campaigns(db: Database, actor: Actor,
                   status: CampaignStatus | None = None) -> list[CampaignSummary]:
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
        return [CampaignSummary(c.id, c.name, CampaignStatus(c.status), c.start_on,
                                c.planned_end_on, c.ended_on, c.agency_id, agency_name or "",
                                c.target_count, c.version)
                for c, agency_name in session.execute(
                    stmt.order_by(Campaign.start_on.desc(), Campaign.id.desc()))]


def _view(session: Session, c: Campaign) -> CampaignView:
    criteria = _criteria(c)
    agency = session.get(Agency, c.agency_id) if c.agency_id is not None else None
    return CampaignView(
        id=c.id, name=c.name, purpose=c.purpose, status=CampaignStatus(c.status),
        query_name=c.target_query_name, target_filters=c.target_filters,
        min_age=int(criteria.get("min_age", 70)),
        isolated_only=bool(criteria.get("isolated_only", False)),
        disability_only=bool(criteria.get("disability_only", False)),
        script=script_from_json(c.script), start_on=c.start_on,
        planned_end_on=c.planned_end_on, started_on=c.started_on, ended_on=c.ended_on,
        purged_on=c.purged_on, purge_mode=c.purge_mode, agency_id=c.agency_id,
        agency_name=agency.name if agency else "", target_count=c.target_count,
        callers=_caller_views(session, c), created_by=c.created_by, updated_at=c.updated_at,
        updated_by=c.updated_by, version=c.version)


@guarded("campagne.consultation")
def get_campaign(db: Database, actor: Actor, campaign_id: int) -> CampaignView:
    with db.reader() as session:
        c = _campaign(session, campaign_id)
        if not _can_view(actor, c):
            authz.require(actor, CALL, entity=ENTITY, entity_id=campaign_id)
            is_caller = session.scalar(select(CampaignCaller.id).where(
                CampaignCaller.campaign_id == campaign_id,
                CampaignCaller.user_id == (actor.user_id or -1)))
            if not is_caller:
                raise authz.denied(actor, CALL, entity=ENTITY, entity_id=campaign_id)
        return _view(session, c)


# --------------------------------------------------------------------------- target


@dataclass
class _Candidate:
    household_id: int
    agency_id: int
    isolated: bool
    contact_name: str = ""
    phone: str = ""
    band: str = ""
    disability: bool = False
    has_senior: bool = False


def _contact_name(civility: str, first: str, last: str) -> str:
    return " ".join(p for p in (civility, first, last.upper()) if p)[:170]


@dataclass(frozen=True)
class _TargetSpec:
    """What resolving a campaign's target reads from it (outside its session)."""

    query_name: str
    agency_id: int | None
    criteria: dict

    @classmethod
    def of(cls, c: Campaign) -> "_TargetSpec":
        return cls(c.target_query_name, c.agency_id, _criteria(c))


def _candidates(db: Database, actor: Actor, spec: _TargetSpec, on: dt.date
                ) -> tuple[dict, list[_Candidate]]:
    """The frozen filters and the households of the target (with or without a valid
    phone number)."""
    from desktop.services import tenants

    query = _check_query(db, actor, spec.query_name)
    if spec.agency_id is not None:
        if query.agency_id is not None and query.agency_id != spec.agency_id:
            raise ValidationError({"query_name": _m(QT_TRANSLATE_NOOP(
                "messages", "La recherche « {name} » porte sur une autre agence que la "
                "campagne."), name=spec.query_name)})
        query = dataclasses.replace(query, agency_id=spec.agency_id)
    query = tenants._scoped(actor, query)
    criteria = spec.criteria
    min_age = int(criteria.get("min_age", 70))
    cutoff = senior_birth_cutoff(on, min_age)
    frozen = {"query": dataclasses.asdict(query), "criteria": criteria, "on": on.isoformat()}
    with db.reader() as session:
        where = tenants._filters(session, query, on)
        conditions = [Household.eldest_birth_date <= cutoff]
        if where is not None:
            conditions.append(where)
        if criteria.get("isolated_only"):
            conditions.append(Household.isolated.is_(True))
        rows = session.execute(
            select(Household.id, Household.agency_id, Household.isolated, Occupant.civility,
                   Occupant.first_name, Occupant.last_name, Occupant.birth_date,
                   Occupant.phone, Occupant.disability)
            .join(Occupant, Occupant.household_id == Household.id)
            .where(*conditions)
            .order_by(Household.id, Occupant.position, Occupant.id)).all()
    result: list[_Candidate] = []
    current: _Candidate | None = None
    others: list[str] = []

    def finish() -> None:
        if current is None:
            return
        if not current.phone and current.has_senior:
            current.phone = next((p for p in others if p), "")
        if current.has_senior and (current.disability or not criteria.get("disability_only")):
            result.append(current)

    for hid, agency_id, isolated, civ, first, last, birth, phone, disability in rows:
        if current is None or current.household_id != hid:
            finish()
            current, others = _Candidate(hid, agency_id, bool(isolated)), []
        current.disability = current.disability or bool(disability)
        number = normalise_phone(phone)
        senior = birth is not None and birth <= cutoff
        if senior:
            if not current.has_senior or (number and not current.phone):
                current.contact_name = _contact_name(civ, first, last)
                current.band = age_band(birth, on)
                current.phone = number or ""
            current.has_senior = True
        else:
            others.append(number or "")
    finish()
    return frozen, result


@guarded("campagne.cible")
def target_preview(db: Database, actor: Actor, campaign_id: int,
                   on: dt.date | None = None) -> TargetPreview:
    """How many people the campaign would call if started on ``on`` (today)."""
    on = on or today()
    with db.reader() as session:
        c = _campaign(session, campaign_id)
        _require_manage(actor, c)
        spec = _TargetSpec.of(c)
        agencies = {i: code for i, code in session.execute(select(Agency.id, Agency.code))}
    _frozen, found = _candidates(db, actor, spec, on)
    eligible = [f for f in found if f.phone]
    by_agency: dict[str, int] = {}
    for f in eligible:
        code = agencies.get(f.agency_id, str(f.agency_id))
        by_agency[code] = by_agency.get(code, 0) + 1
    return TargetPreview(len(found), len(eligible), len(found) - len(eligible),
                         dict(sorted(by_agency.items())))


def _assign(session: Session, c: Campaign, *, rebalance: bool = False) -> int:
    """Hand the unassigned open targets (and those of removed callers; with
    ``rebalance``, every target not attempted yet) out to the active callers."""
    callers = session.execute(
        select(CampaignCaller.user_id, AppUser.agency_id)
        .join(AppUser, AppUser.id == CampaignCaller.user_id)
        .where(CampaignCaller.campaign_id == c.id, CampaignCaller.active.is_(True))
        .order_by(CampaignCaller.user_id)).all()
    if not callers:
        return 0
    session.flush()
    active = [uid for uid, _a in callers]
    t = CampaignTarget
    workload = or_(t.state.in_([s.value for s in OPEN_STATES]),
                   and_(t.state == TargetState.SECURED.value, t.reinforced_link.is_(True)))
    free = or_(t.caller_id.is_(None), t.caller_id.not_in(active))
    if rebalance:
        free = or_(free, t.attempts == 0)
    movable = session.execute(
        select(t.id, t.agency_id).where(t.campaign_id == c.id, workload, free)).all()
    moving = {tid for tid, _a in movable}
    loads = {uid: int(n) for uid, n in session.execute(
        select(t.caller_id, func.count()).where(
            t.campaign_id == c.id, workload, t.caller_id.in_(active))
        .group_by(t.caller_id)) if uid is not None}
    if rebalance:
        for tid, uid in session.execute(select(t.id, t.caller_id).where(
                t.id.in_(moving), t.caller_id.in_(active))) if moving else ():
            loads[uid] -= 1
    plan = balance_assignment([(tid, a) for tid, a in movable], list(callers), loads)
    table = CampaignTarget.__table__
    from sqlalchemy import bindparam

    items = [{"tid": tid, "uid": uid} for tid, uid in plan.items()]
    for i in range(0, len(items), INSERT_CHUNK):
        session.execute(
            update(table).where(table.c.id == bindparam("tid"))
            .values(caller_id=bindparam("uid"), version=table.c.version + 1)
            .execution_options(synchronize_session=False), items[i:i + INSERT_CHUNK])
    session.expire_all()
    return len(plan)


def _set_callers(session: Session, actor: Actor, c: Campaign, user_ids: list[int]) -> None:
    wanted = list(dict.fromkeys(int(u) for u in user_ids))
    users = {u.id: u for u in session.scalars(select(AppUser).where(AppUser.id.in_(wanted)))}
    missing = [u for u in wanted if u not in users]
    if missing:
        raise ValidationError({"callers": _m(QT_TRANSLATE_NOOP(
            "messages", "Compte inconnu : n° {ids}."), ids=", ".join(map(str, missing)))})
    unfit = [u.username for u in users.values()
             if not u.active or not has_permission(u.role, CALL)]
    if unfit:
        raise ValidationError({"callers": _m(QT_TRANSLATE_NOOP(
            "messages", "Ces comptes ne peuvent pas appeler (désactivés ou rôle sans droit "
            "d'appel) : {names}."), names=", ".join(sorted(unfit)))})
    existing = {cc.user_id: cc for cc in session.scalars(
        select(CampaignCaller).where(CampaignCaller.campaign_id == c.id))}
    stamp = now()
    for uid, cc in existing.items():
        cc.active = uid in wanted
    for uid in wanted:
        if uid not in existing:
            session.add(CampaignCaller(campaign_id=c.id, user_id=uid, active=True,
                                       added_at=stamp, added_by=actor.username))
    session.flush()


@guarded("campagne.appelants")
def assign_callers(db: Database, actor: Actor, campaign_id: int, user_ids: Iterable[int], *,
                   rebalance: bool = False, expected_version: int | None = None
                   ) -> AssignResult:
    """Set the campaign's callers to ``user_ids`` and hand the targets out: those
    without a caller (or whose caller left) go to the least loaded callers, of the
    target's agency when one has room. ``rebalance``: the targets not called yet are
    shared out again as well."""
    ids = list(user_ids)

    def action(session: Session, c: Campaign) -> AssignResult:
        if c.status in (CampaignStatus.ENDED.value, CampaignStatus.PURGED.value):
            raise ValidationError({}, _m(QT_TRANSLATE_NOOP(
                "messages", "La campagne est terminée : ses appelants ne changent plus.")))
        before = sorted(cc.user_id for cc in session.scalars(select(CampaignCaller).where(
            CampaignCaller.campaign_id == c.id, CampaignCaller.active.is_(True))))
        _set_callers(session, actor, c, ids)
        moved = _assign(session, c, rebalance=rebalance) \
            if c.status == CampaignStatus.RUNNING.value else 0
        per = {v.user_id: v.open_targets for v in _caller_views(session, c) if v.active}
        audit.record(session, actor, "assign", ENTITY, c.id, {"appelants": before},
                     {"appelants": sorted(set(ids)), "fiches_attribuees": moved,
                      "reequilibrage": rebalance})
        return AssignResult(moved, per)

    return _edit_campaign(db, actor, campaign_id, expected_version, action)


@guarded("campagne.attribution")
def reassign_target(db: Database, actor: Actor, target_id: int, user_id: int | None) -> int:
    """Give one target to another caller of the campaign (None: nobody); new version."""
    with db.transaction() as session:
        t = _target(session, target_id, for_update=True)
        c = _campaign(session, t.campaign_id)
        if not _manages_target(actor, c, t):
            raise authz.denied(actor, MANAGE, entity=ENTITY_TARGET, entity_id=target_id)
        if user_id is not None and not session.scalar(select(CampaignCaller.id).where(
                CampaignCaller.campaign_id == c.id, CampaignCaller.user_id == user_id,
                CampaignCaller.active.is_(True))):
            raise ValidationError({"caller": _m(QT_TRANSLATE_NOOP(
                "messages", "Ce compte n'est pas appelant de la campagne."))})
        before = t.caller_id
        t.caller_id = user_id
        session.flush()
        audit.record(session, actor, "assign", ENTITY_TARGET, t.id, {"appelant": before},
                     {"appelant": user_id})
        return t.version


@guarded("campagne.demarrage")
def start_campaign(db: Database, actor: Actor, campaign_id: int,
                   expected_version: int | None = None, on: dt.date | None = None
                   ) -> StartResult:
    """Resolve the target from the saved search (its filters are frozen in the
    campaign), create one call sheet per household, hand them out, start the calls."""
    on = on or today()
    with db.reader() as session:
        c = _campaign(session, campaign_id)
        _require_manage(actor, c)
        if c.status != CampaignStatus.DRAFT.value:
            raise ValidationError({}, _m(QT_TRANSLATE_NOOP(
                "messages", "Cette campagne a déjà été lancée.")))
        if not c.start_on <= on <= c.planned_end_on:
            raise ValidationError({"start_on": _m(QT_TRANSLATE_NOOP(
                "messages", "La campagne se lance entre sa date de début ({start}) et sa fin "
                "prévue ({end})."), start=format_date_fr(c.start_on),
                end=format_date_fr(c.planned_end_on))})
        spec = _TargetSpec.of(c)
    frozen, found = _candidates(db, actor, spec, on)
    eligible = [f for f in found if f.phone]
    if not eligible:
        raise ValidationError({"query_name": _m(QT_TRANSLATE_NOOP(
            "messages", "Aucun locataire à appeler : personne de {age} ans ou plus avec un "
            "numéro de téléphone valide dans la recherche « {name} »."),
            age=int(spec.criteria.get("min_age", 70)), name=spec.query_name)})

    def action(session: Session, c: Campaign) -> StartResult:
        if c.status != CampaignStatus.DRAFT.value:
            raise ValidationError({}, _m(QT_TRANSLATE_NOOP(
                "messages", "Cette campagne a déjà été lancée.")))
        rows = [{
            "campaign_id": c.id, "household_id": f.household_id, "caller_id": None,
            "agency_id": f.agency_id, "contact_name": f.contact_name, "phone": f.phone,
            "age_band": f.band, "isolated": f.isolated, "disability": f.disability,
            "state": TargetState.TO_CALL.value, "escalation_step": EscalationStep.FIRST_CALL.value,
            "reinforced_link": False, "next_call_on": on, "attempts": 0,
            "last_attempt_at": None, "last_outcome": "", "reached_on": None,
            "need_help": False, "help_in_place": False, "secured_on": None, "secured_via": "",
            "closed_reason": "", "version": 1,
        } for f in eligible]
        table = CampaignTarget.__table__
        from sqlalchemy import insert

        for i in range(0, len(rows), INSERT_CHUNK):
            session.execute(insert(table), rows[i:i + INSERT_CHUNK])
        c.status = CampaignStatus.RUNNING.value
        c.started_on = on
        c.target_filters = frozen
        c.target_count = len(rows)
        session.flush()
        assigned = _assign(session, c)
        audit.record(session, actor, "start", ENTITY, c.id, {"status": "BROUILLON"}, {
            "status": c.status, "fiches": len(rows), "sans_numero": len(found) - len(eligible),
            "attribuees": assigned, "filtres": frozen})
        return StartResult(len(rows), len(found) - len(eligible), assigned)

    return _edit_campaign(db, actor, campaign_id, expected_version, action)


@guarded("campagne.fin")
def end_campaign(db: Database, actor: Actor, campaign_id: int,
                 expected_version: int | None = None, on: dt.date | None = None) -> int:
    """End a running campaign: no more calls; its notes are then to be purged
    (``purge_preview`` / ``purge_campaign_notes``). Returns the new version."""
    on = on or today()

    def action(session: Session, c: Campaign) -> None:
        if c.status != CampaignStatus.RUNNING.value:
            raise ValidationError({}, _m(QT_TRANSLATE_NOOP(
                "messages", "Seule une campagne en cours peut être terminée.")))
        if c.started_on and on < c.started_on:
            raise ValidationError({"on": _m(QT_TRANSLATE_NOOP(
                "messages", "La fin ne peut pas précéder le lancement."))})
        c.status = CampaignStatus.ENDED.value
        c.ended_on = on
        table = CampaignTarget.__table__
        session.execute(update(table).where(table.c.campaign_id == c.id,
                                            table.c.next_call_on.is_not(None))
                        .values(next_call_on=None, version=table.c.version + 1)
                        .execution_options(synchronize_session=False))
        open_count = session.scalar(select(func.count()).select_from(CampaignTarget).where(
            CampaignTarget.campaign_id == c.id,
            CampaignTarget.state.in_([s.value for s in OPEN_STATES])))
        audit.record(session, actor, "close", ENTITY, c.id, {"status": "EN_COURS"},
                     {"status": c.status, "ended_on": on, "fiches_ouvertes": open_count})

    _edit_campaign(db, actor, campaign_id, expected_version, action)
    with db.reader() as session:
        return _campaign(session, campaign_id).version


# --------------------------------------------------------------------------- lists


def _row(t: CampaignTarget, address: str, caller_name: str) -> TargetRow:
    return TargetRow(
        id=t.id, campaign_id=t.campaign_id, household_id=t.household_id,
        contact_name=t.contact_name, phone=t.phone, age_band=t.age_band, isolated=t.isolated,
        disability=t.disability, address=address, agency_id=t.agency_id,
        caller_id=t.caller_id, caller_name=caller_name, state=TargetState(t.state),
        step=EscalationStep(t.escalation_step), reinforced_link=t.reinforced_link,
        next_call_on=t.next_call_on, attempts=t.attempts,
        last_outcome=CallOutcome(t.last_outcome) if t.last_outcome else None,
        last_attempt_at=t.last_attempt_at, reached_on=t.reached_on, need_help=t.need_help,
        help_in_place=t.help_in_place, secured_on=t.secured_on,
        closed_reason=CloseReason(t.closed_reason) if t.closed_reason else None,
        version=t.version)


def _rows(session: Session, stmt) -> list[TargetRow]:
    pairs = session.execute(stmt).all()
    labels = _user_labels(session, (t.caller_id for t, _a in pairs))
    return [_row(t, address or "", labels.get(t.caller_id, "")) for t, address in pairs]


def _due_order():
    t = CampaignTarget
    return [case((t.next_call_on.is_(None), 1), else_=0), t.next_call_on,
            t.contact_name, t.id]


@guarded("campagne.liste_appels")
def caller_list(db: Database, actor: Actor, campaign_id: int | None = None, *,
                on: dt.date | None = None, due_only: bool = False,
                include_done: bool = False) -> list[TargetRow]:
    """The actor's own call sheets in the running campaigns, the most urgent first.

    ``due_only``: those due on ``on`` (today) or before; ``include_done``: also the
    secured, unreachable and closed ones without a call due."""
    authz.require(actor, CALL, entity=ENTITY_TARGET)
    on = on or today()
    t = CampaignTarget
    stmt = (select(t, Household.address)
            .join(Campaign, Campaign.id == t.campaign_id)
            .outerjoin(Household, Household.id == t.household_id)
            .where(t.caller_id == (actor.user_id or -1),
                   Campaign.status == CampaignStatus.RUNNING.value))
    if campaign_id is not None:
        stmt = stmt.where(t.campaign_id == campaign_id)
    if not include_done:
        stmt = stmt.where(or_(t.state.in_([s.value for s in OPEN_STATES]),
                              t.next_call_on.is_not(None)))
    if due_only:
        stmt = stmt.where(t.next_call_on.is_not(None), t.next_call_on <= on)
    with db.reader() as session:
        return _rows(session, stmt.order_by(*_due_order()).limit(LIST_LIMIT))


@guarded("campagne.fiches")
def target_list(db: Database, actor: Actor, campaign_id: int, *,
                state: TargetState | None = None, step: EscalationStep | None = None,
                caller_id: int | None = None, agency_id: int | None = None,
                due_on: dt.date | None = None, unassigned: bool = False,
                offset: int = 0, limit: int = 500) -> list[TargetRow]:
    """The campaign's call sheets for a manager (an agency manager: his agency's ones
    when the campaign is not his agency's), filtered."""
    t = CampaignTarget
    with db.reader() as session:
        c = _campaign(session, campaign_id)
        authz.require(actor, MANAGE, entity=ENTITY, entity_id=campaign_id)
        stmt = (select(t, Household.address)
                .outerjoin(Household, Household.id == t.household_id)
                .where(t.campaign_id == campaign_id))
        if not actor.covers_agency(c.agency_id):
            stmt = stmt.where(t.agency_id == (actor.agency_id or -1))
        if state is not None:
            stmt = stmt.where(t.state == state.value)
        if step is not None:
            stmt = stmt.where(t.escalation_step == step.value,
                              t.state.in_([s.value for s in OPEN_STATES]))
        if caller_id is not None:
            stmt = stmt.where(t.caller_id == caller_id)
        if unassigned:
            stmt = stmt.where(t.caller_id.is_(None))
        if agency_id is not None:
            stmt = stmt.where(t.agency_id == agency_id)
        if due_on is not None:
            stmt = stmt.where(t.next_call_on.is_not(None), t.next_call_on <= due_on)
        return _rows(session, stmt.order_by(*_due_order()).offset(offset).limit(limit))


def _call_view(call: CampaignCall) -> CallView:
    return CallView(
        id=call.id, called_at=call.called_at, step=EscalationStep(call.step),
        reached=call.reached,
        person=ContactPerson(call.person_reached) if call.person_reached else None,
        outcome=CallOutcome(call.outcome), answers=call.answers, need_help=call.need_help,
        help_in_place=call.help_in_place, has_note=bool(call.note),
        next_action=NextAction(call.next_action), next_action_on=call.next_action_on,
        caller_id=call.caller_id, recorded_by=call.recorded_by)


def _referral_view(r: CampaignReferral, contact_name: str) -> ReferralView:
    return ReferralView(
        id=r.id, target_id=r.target_id, campaign_id=r.campaign_id, contact_name=contact_name,
        partner_type=PartnerType(r.partner_type), partner_name=r.partner_name,
        reason=r.reason, consent=r.consent, sent_on=r.sent_on,
        status=ReferralStatus(r.status), outcome=r.outcome, help_in_place=r.help_in_place,
        closed_on=r.closed_on, created_by=r.created_by, updated_at=r.updated_at,
        version=r.version)


@guarded("campagne.fiche")
def get_target(db: Database, actor: Actor, target_id: int) -> TargetView:
    """A call sheet with its attempts (without the notes: ``get_call_note``) and
    referrals."""
    with db.reader() as session:
        t = _target(session, target_id)
        c = _campaign(session, t.campaign_id)
        _require_target(actor, c, t)
        address = ""
        if t.household_id is not None:
            address = session.scalar(select(Household.address).where(
                Household.id == t.household_id)) or ""
        caller = _user_labels(session, [t.caller_id]).get(t.caller_id, "")
        return TargetView(
            target=_row(t, address, caller), campaign_name=c.name,
            campaign_status=CampaignStatus(c.status), planned_end_on=c.planned_end_on,
            script=script_from_json(c.script), calls=[_call_view(x) for x in t.calls],
            referrals=[_referral_view(r, t.contact_name) for r in t.referrals])


@guarded("consultation")
def get_call_note(db: Database, actor: Actor, call_id: int) -> str:
    """The free note of one attempt (sensitive): every read is audited."""
    with db.transaction() as session:
        call = session.get(CampaignCall, call_id)
        if call is None:
            raise _not_found(ENTITY_CALL, call_id)
        t = _target(session, call.target_id)
        c = _campaign(session, t.campaign_id)
        _require_target(actor, c, t)
        if call.note:
            audit.record(session, actor, "consultation", ENTITY_CALL, call.id, None,
                         {"parties": [SENSITIVE_NOTE], "campagne": c.id, "fiche": t.id})
        return call.note


# --------------------------------------------------------------------------- calls


def _progress(t: CampaignTarget) -> Progress:
    return Progress(
        state=TargetState(t.state), step=EscalationStep(t.escalation_step),
        reinforced_link=t.reinforced_link, next_call_on=t.next_call_on, attempts=t.attempts,
        last_outcome=CallOutcome(t.last_outcome) if t.last_outcome else None,
        reached_on=t.reached_on, need_help=t.need_help, help_in_place=t.help_in_place,
        secured_on=t.secured_on,
        secured_via=ContactPerson(t.secured_via) if t.secured_via else None,
        closed_reason=CloseReason(t.closed_reason) if t.closed_reason else None)


def _store_progress(t: CampaignTarget, p: Progress) -> None:
    t.state = p.state.value
    t.escalation_step = p.step.value
    t.reinforced_link = p.reinforced_link
    t.next_call_on = p.next_call_on
    t.attempts = p.attempts
    t.last_outcome = p.last_outcome.value if p.last_outcome else ""
    t.reached_on = p.reached_on
    t.need_help = p.need_help
    t.help_in_place = p.help_in_place
    t.secured_on = p.secured_on
    t.secured_via = p.secured_via.value if p.secured_via else ""
    t.closed_reason = p.closed_reason.value if p.closed_reason else ""


def _call_step(t: CampaignTarget) -> EscalationStep:
    """The kind of a phone call made now on ``t``: the step due when it is a call;
    otherwise (escalation by visit pending, or nothing due) an extra follow-up call."""
    step = EscalationStep(t.escalation_step)
    if t.state in {s.value for s in OPEN_STATES} and step in PHONE_STEPS:
        return step
    return EscalationStep.FOLLOW_UP


def _record(db: Database, actor: Actor, target_id: int, entry: CallEntry,
            step_for: Callable[[CampaignTarget], EscalationStep],
            expected_version: int | None, action: str) -> CallResult:
    note = (entry.note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError({"note": _m(QT_TRANSLATE_NOOP(
            "messages", "{max} caractères au plus."), max=NOTE_MAX)})
    stamp = now()
    called_at = entry.called_at or stamp
    if called_at > stamp + dt.timedelta(minutes=5):
        raise ValidationError({"called_at": _m(QT_TRANSLATE_NOOP(
            "messages", "L'appel ne peut pas être daté dans le futur."))})
    day = utc_to_local(called_at).date()
    try:
        with db.transaction() as session:
            t = _target(session, target_id, for_update=True)
            c = _campaign(session, t.campaign_id)
            _require_target(actor, c, t)
            _require_running(c)
            if expected_version is not None and t.version != expected_version:
                raise _target_conflict()
            if day < (c.started_on or c.start_on):
                raise ValidationError({"called_at": _m(QT_TRANSLATE_NOOP(
                    "messages", "L'appel ne peut pas précéder le lancement de la campagne "
                    "({date})."), date=format_date_fr(c.started_on or c.start_on))})
            script = script_from_json(c.script)
            step = step_for(t)
            answers = validate_answers(script, entry.answers, entry.person,
                                       conversation=step in PHONE_STEPS
                                       and entry.close_reason is None)
            need = entry.need_help
            if need is None:
                need = bool(need_from_answers(script, answers)) if entry.reached else False
            attempt = Attempt(
                step=step, on=day, person=entry.person, need_help=need,
                help_in_place=entry.help_in_place if entry.reached else False,
                next_action=entry.next_action, next_action_on=entry.next_action_on,
                wrong_number=entry.wrong_number, close_reason=entry.close_reason)
            before = _progress(t)
            check_attempt(attempt, before, c.planned_end_on)
            after = apply_attempt(before, attempt, c.planned_end_on)
            call = CampaignCall(
                target_id=t.id, campaign_id=c.id, caller_id=actor.user_id,
                called_at=called_at, step=step.value, reached=entry.reached,
                person_reached=entry.person.value if entry.person else "",
                outcome=after.last_outcome.value, answers=answers or None,
                need_help=attempt.need_help, help_in_place=attempt.help_in_place, note=note,
                next_action=entry.next_action.value, next_action_on=entry.next_action_on,
                recorded_at=stamp, recorded_by=actor.username)
            session.add(call)
            _store_progress(t, after)
            t.last_attempt_at = max(called_at, t.last_attempt_at or called_at)
            session.flush()
            audit.record(session, actor, action, ENTITY_TARGET, t.id,
                         {"etat": before.state.value, "etape": before.step.value},
                         {"appel": call.id, "etape_appel": step.value,
                          "resultat": call.outcome, "etat": after.state.value,
                          "etape": after.step.value, "prochain_appel": after.next_call_on,
                          "note": bool(note)})
            return CallResult(call.id, t.version, CallOutcome(call.outcome), after.state,
                              after.step, after.next_call_on, note_warnings(note))
    except StaleDataError as exc:
        raise _target_conflict() from exc


@guarded("campagne.appel")
def record_call(db: Database, actor: Actor, target_id: int, entry: CallEntry, *,
                expected_version: int | None = None) -> CallResult:
    """Record a phone call on a call sheet: nobody reached → the next step of the
    escalation chain; someone reached and the help in place → secured; a reinforced
    link → called again every week until the planned end."""
    return _record(db, actor, target_id, entry, _call_step, expected_version, "call")


@guarded("campagne.escalade")
def record_escalation_outcome(db: Database, actor: Actor, target_id: int,
                              step: EscalationStep, entry: CallEntry, *,
                              expected_version: int | None = None) -> CallResult:
    """Record an escalation step done (a neighbour contacted, the postal worker's
    visit, a site visit) and what it found: ``entry.person`` is who was reached (the
    tenant seen, a neighbour or relative giving news), None when nobody."""
    if step not in VISIT_STEPS:
        raise ValidationError({"step": _m(QT_TRANSLATE_NOOP(
            "messages", "Étape d'escalade attendue : voisin, facteur ou visite sur place."))})
    if entry.wrong_number:
        raise ValidationError({"wrong_number": _m(QT_TRANSLATE_NOOP(
            "messages", "Un numéro erroné ne concerne que les appels."))})
    return _record(db, actor, target_id, entry, lambda _t: step, expected_version,
                   "escalation")


@guarded("campagne.lien_renforce")
def set_reinforced_link(db: Database, actor: Actor, target_id: int, active: bool, *,
                        expected_version: int | None = None, on: dt.date | None = None) -> int:
    """Start or stop the weekly calls of a call sheet; return its new version."""
    on = on or today()
    try:
        with db.transaction() as session:
            t = _target(session, target_id, for_update=True)
            c = _campaign(session, t.campaign_id)
            _require_target(actor, c, t)
            _require_running(c)
            if expected_version is not None and t.version != expected_version:
                raise _target_conflict()
            before = _progress(t)
            _store_progress(t, set_reinforced(before, active, on, c.planned_end_on))
            session.flush()
            audit.record(session, actor, "update", ENTITY_TARGET, t.id,
                         {"lien_renforce": before.reinforced_link},
                         {"lien_renforce": active, "prochain_appel": t.next_call_on})
            return t.version
    except StaleDataError as exc:
        raise _target_conflict() from exc


# --------------------------------------------------------------------------- referrals


def _clean_text(value: str, key: str, limit: int, errors: dict) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "{max} caractères au plus."), max=limit)
    return value


@guarded("campagne.orientation")
def add_referral(db: Database, actor: Actor, target_id: int, data: ReferralInput) -> int:
    """Refer a call sheet's person to a partner; return the referral's id."""
    errors: dict[str, Message] = {}
    partner_name = _clean_text(" ".join((data.partner_name or "").split()), "partner_name",
                               PARTNER_NAME_MAX, errors)
    reason = _clean_text(data.reason, "reason", REASON_MAX, errors)
    if data.partner_type not in CONSENT_NOT_NEEDED and not data.consent:
        errors["consent"] = _m(QT_TRANSLATE_NOOP(
            "messages", "Recueillez l'accord de la personne avant de transmettre ses "
            "coordonnées à un partenaire (sauf urgence vitale)."))
    if data.partner_type == PartnerType.OTHER and not partner_name:
        errors["partner_name"] = _m(QT_TRANSLATE_NOOP(
            "messages", "Indiquez le nom du partenaire."))
    if data.sent_on is not None and data.sent_on > today():
        errors["sent_on"] = _m(QT_TRANSLATE_NOOP(
            "messages", "La date de transmission ne peut pas être dans le futur."))
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        t = _target(session, target_id, for_update=True)
        c = _campaign(session, t.campaign_id)
        _require_target(actor, c, t)
        _require_running(c)
        stamp = now()
        r = CampaignReferral(
            target_id=t.id, campaign_id=c.id, partner_type=data.partner_type.value,
            partner_name=partner_name, reason=reason, consent=data.consent,
            sent_on=data.sent_on or today(),
            status=(ReferralStatus.SENT if data.sent_on else ReferralStatus.TO_SEND).value,
            outcome="", help_in_place=False, closed_on=None, created_at=stamp,
            created_by=actor.username, updated_at=stamp, updated_by=actor.username)
        session.add(r)
        session.flush()
        audit.record(session, actor, "create", ENTITY_REFERRAL, r.id, None, {
            "fiche": t.id, "campagne": c.id, "partenaire": r.partner_type,
            "nom": partner_name, "statut": r.status, "accord": data.consent})
        return r.id


def _last_person(session: Session, t: CampaignTarget) -> ContactPerson | None:
    person = session.scalar(
        select(CampaignCall.person_reached)
        .where(CampaignCall.target_id == t.id, CampaignCall.reached.is_(True))
        .order_by(CampaignCall.called_at.desc(), CampaignCall.id.desc()).limit(1))
    return ContactPerson(person) if person else None


@guarded("campagne.orientation")
def update_referral(db: Database, actor: Actor, referral_id: int, status: ReferralStatus,
                    expected_version: int, *, on: dt.date | None = None, outcome: str = "",
                    help_in_place: bool = False) -> int:
    """Follow a referral up (sent, taken in charge, closed, dropped); closing it with
    the help in place secures the situation when someone was reached. Returns the new
    version."""
    on = on or today()
    errors: dict[str, Message] = {}
    outcome = _clean_text(outcome, "outcome", OUTCOME_MAX, errors)
    if help_in_place and status != ReferralStatus.CLOSED:
        errors["help_in_place"] = _m(QT_TRANSLATE_NOOP(
            "messages", "L'aide se constate à la clôture de l'orientation."))
    if status in (ReferralStatus.CLOSED, ReferralStatus.DROPPED) and not outcome:
        errors["outcome"] = _m(QT_TRANSLATE_NOOP(
            "messages", "Indiquez la suite donnée par le partenaire."))
    if on > today():
        errors["on"] = _m(QT_TRANSLATE_NOOP(
            "messages", "La date ne peut pas être dans le futur."))
    if errors:
        raise ValidationError(errors)
    try:
        with db.transaction() as session:
            r = session.get(CampaignReferral, referral_id)
            if r is None:
                raise _not_found(ENTITY_REFERRAL, referral_id)
            t = _target(session, r.target_id, for_update=True)
            c = _campaign(session, t.campaign_id)
            _require_target(actor, c, t)
            _require_running(c)
            if r.version != expected_version:
                raise ConflictError(_m(QT_TRANSLATE_NOOP(
                    "messages", "Cette orientation a été modifiée par {user} depuis que vous "
                    "l'avez ouverte : rechargez-la."), user=r.updated_by))
            current = ReferralStatus(r.status)
            check_referral_transition(current, status)
            if on < r.sent_on and status != ReferralStatus.SENT:
                raise ValidationError({"on": _m(QT_TRANSLATE_NOOP(
                    "messages", "La date précède la transmission ({date})."),
                    date=format_date_fr(r.sent_on))})
            r.status = status.value
            if status == ReferralStatus.SENT:
                r.sent_on = on
            if outcome:
                r.outcome = outcome
            if status in (ReferralStatus.CLOSED, ReferralStatus.DROPPED):
                r.closed_on = on
                r.help_in_place = help_in_place
            r.updated_at = now()
            r.updated_by = actor.username
            secured = False
            if help_in_place:
                before = _progress(t)
                after = apply_help_in_place(before, _last_person(session, t), on,
                                            c.planned_end_on)
                _store_progress(t, after)
                secured = after.state == TargetState.SECURED and \
                    before.state != TargetState.SECURED
            session.flush()
            audit.record(session, actor, "update", ENTITY_REFERRAL, r.id,
                         {"statut": current.value},
                         {"statut": status.value, "date": on, "aide_en_place": help_in_place,
                          "fiche_securisee": secured})
            return r.version
    except StaleDataError as exc:
        raise _target_conflict() from exc


def close_referral(db: Database, actor: Actor, referral_id: int, expected_version: int, *,
                   outcome: str, help_in_place: bool, on: dt.date | None = None) -> int:
    """Close a referral with the partner's answer (``update_referral`` to CLOSE)."""
    return update_referral(db, actor, referral_id, ReferralStatus.CLOSED, expected_version,
                           on=on, outcome=outcome, help_in_place=help_in_place)


@guarded("campagne.orientations")
def list_referrals(db: Database, actor: Actor, campaign_id: int, *,
                   status: ReferralStatus | None = None,
                   partner_type: PartnerType | None = None,
                   open_only: bool = False) -> list[ReferralView]:
    """A campaign's referrals for their follow-up (managers; agency managers: their
    agency's ones when the campaign is not their agency's)."""
    r, t = CampaignReferral, CampaignTarget
    with db.reader() as session:
        c = _campaign(session, campaign_id)
        authz.require(actor, MANAGE, entity=ENTITY, entity_id=campaign_id)
        stmt = (select(r, t.contact_name).join(t, t.id == r.target_id)
                .where(r.campaign_id == campaign_id))
        if not actor.covers_agency(c.agency_id):
            stmt = stmt.where(t.agency_id == (actor.agency_id or -1))
        if status is not None:
            stmt = stmt.where(r.status == status.value)
        if partner_type is not None:
            stmt = stmt.where(r.partner_type == partner_type.value)
        if open_only:
            stmt = stmt.where(r.status.not_in([ReferralStatus.CLOSED.value,
                                               ReferralStatus.DROPPED.value]))
        return [_referral_view(x, name) for x, name in session.execute(
            stmt.order_by(r.sent_on, r.id).limit(LIST_LIMIT))]


# --------------------------------------------------------------------------- figures


def _is(column, value) -> Any:
    return case((column == value, 1), else_=0)


def _flag(column) -> Any:
    return case((column.is_(True), 1), else_=0)


def _figures(session: Session, c: Campaign, agency_id: int | None) -> Figures:
    t, call, r = CampaignTarget, CampaignCall, CampaignReferral
    scope = [t.campaign_id == c.id]
    if agency_id is not None:
        scope.append(t.agency_id == agency_id)
    rows = session.execute(
        select(t.caller_id, t.agency_id, func.count(),
               func.sum(case((t.attempts > 0, 1), else_=0)),
               func.sum(case((t.reached_on.is_not(None), 1), else_=0)),
               func.sum(_is(t.state, TargetState.SECURED.value)),
               func.sum(_is(t.state, TargetState.UNREACHABLE.value)),
               func.sum(_is(t.state, TargetState.CLOSED.value)),
               func.sum(_flag(t.need_help)), func.sum(_flag(t.reinforced_link)),
               func.sum(t.attempts))
        .where(*scope).group_by(t.caller_id, t.agency_id)).all()
    groups = [GroupRow(caller, agency, Counts(*(int(v or 0) for v in values)))
              for caller, agency, *values in rows]
    ref_stmt = select(r.partner_type, r.status, func.count()).where(r.campaign_id == c.id)
    step_stmt = select(call.step, func.count(), func.sum(_flag(call.reached))).where(
        call.campaign_id == c.id)
    outcome_stmt = select(call.outcome, func.count()).where(call.campaign_id == c.id)
    if agency_id is not None:
        ref_stmt = ref_stmt.join(t, t.id == r.target_id).where(t.agency_id == agency_id)
        step_stmt = step_stmt.join(t, t.id == call.target_id).where(t.agency_id == agency_id)
        outcome_stmt = outcome_stmt.join(t, t.id == call.target_id).where(
            t.agency_id == agency_id)
    referral_rows = session.execute(ref_stmt.group_by(r.partner_type, r.status)).all()
    step_rows = session.execute(step_stmt.group_by(call.step)).all()
    outcome_rows = session.execute(outcome_stmt.group_by(call.outcome)).all()
    pending_rows = session.execute(
        select(t.escalation_step, func.count())
        .where(*scope, t.state.in_([s.value for s in OPEN_STATES]))
        .group_by(t.escalation_step)).all()
    secured_rows = session.execute(
        select(t.secured_on, func.count())
        .where(*scope, t.state == TargetState.SECURED.value).group_by(t.secured_on)).all()
    callers = _user_labels(session, (g.caller_id for g in groups))
    return build_figures(groups, referral_rows, step_rows, pending_rows, secured_rows,
                         callers, _agency_names(session), outcome_rows)


def _frozen(c: Campaign, agency_id: int | None) -> Figures:
    frozen = c.final_figures or {}
    if agency_id is None:
        return figures_from_json(frozen["all"])
    per = (frozen.get("agencies") or {}).get(str(agency_id))
    if per is None:
        return build_figures([], [], [], [], [], {}, {})
    return figures_from_json(per)


@guarded("campagne.chiffres")
def campaign_figures(db: Database, actor: Actor, campaign_id: int,
                     agency_id: int | None = None) -> Figures:
    """The dashboard: targets called, reached, secured (counts and %), referrals by
    partner type and status, per caller and per agency, escalations by step, secured
    per week. Agency-scoped roles get their agency's figures. After the purge, the
    figures frozen at that moment."""
    if not actor.can(REPORT):
        authz.require(actor, MANAGE, entity=ENTITY, entity_id=campaign_id)
    with db.reader() as session:
        c = _campaign(session, campaign_id)
        if actor.agency_scoped and not actor.covers_agency(c.agency_id):
            if agency_id is not None and agency_id != actor.agency_id:
                raise authz.denied(actor, REPORT if actor.can(REPORT) else MANAGE,
                                   entity=ENTITY, entity_id=campaign_id, other_agency=True)
            agency_id = actor.agency_id if actor.agency_id is not None else -1
        if c.status == CampaignStatus.PURGED.value and c.final_figures:
            return _frozen(c, agency_id)
        return _figures(session, c, agency_id)


# --------------------------------------------------------------------------- purge


def _retention_months(session: Session) -> int:
    return int(settings.read(session, RULES_BY_KIND[RetentionKind.CAMPAIGN_NOTES].setting_key))


def _preview(session: Session, c: Campaign, on: dt.date) -> PurgePreview:
    t, call, r = CampaignTarget, CampaignCall, CampaignReferral
    months = _retention_months(session)
    due = purge_due(c.ended_on, months) if c.ended_on else None
    targets, contacts = session.execute(
        select(func.count(), func.sum(case((or_(t.household_id.is_not(None),
                                                t.contact_name != "", t.phone != ""), 1),
                                           else_=0)))
        .where(t.campaign_id == c.id)).one()
    calls, notes, answers = session.execute(
        select(func.count(), func.sum(case((call.note != "", 1), else_=0)),
               func.sum(case((call.answers.is_not(None), 1), else_=0)))
        .where(call.campaign_id == c.id)).one()
    referrals, texts = session.execute(
        select(func.count(), func.sum(case((or_(r.reason != "", r.outcome != ""), 1),
                                           else_=0)))
        .where(r.campaign_id == c.id)).one()
    return PurgePreview(
        campaign_id=c.id, name=c.name, status=CampaignStatus(c.status), ended_on=c.ended_on,
        due_on=due, months=months, overdue=due is not None and due <= on,
        targets=int(targets or 0), contacts=int(contacts or 0), calls=int(calls or 0),
        notes=int(notes or 0), answers=int(answers or 0), referrals=int(referrals or 0),
        referral_texts=int(texts or 0))


@guarded("conservation")
def purge_preview(db: Database, actor: Actor, campaign_id: int,
                  on: dt.date | None = None) -> PurgePreview:
    """What the purge of an ended campaign would erase, and its retention due date."""
    with db.reader() as session:
        c = _campaign(session, campaign_id)
        _require_manage(actor, c)
        return _preview(session, c, on or today())


@guarded("purge")
def purge_campaign_notes(db: Database, actor: Actor, campaign_id: int,
                         mode: PurgeMode = PurgeMode.ANONYMISE, *,
                         expected_version: int | None = None,
                         on: dt.date | None = None) -> PurgeResult:
    """Erase an ended campaign's personal data, in one transaction; the figures are
    frozen first (``campaign_figures`` keeps answering).

    ANONYMISE: the notes and answers of the calls, the name, phone, flags and the link
    to the tenant file of the call sheets, the reasons and outcomes of the referrals
    are blanked; the rows stay (states, steps, outcomes, dates). DELETE: the call
    sheets, calls and referrals are deleted."""
    on = on or today()

    def action(session: Session, c: Campaign) -> PurgeResult:
        if c.status != CampaignStatus.ENDED.value:
            raise ValidationError({}, _m(QT_TRANSLATE_NOOP(
                "messages", "Seule une campagne terminée peut être purgée (statut actuel : "
                "{status})."), status=Message(CampaignStatus(c.status).label)))
        preview = _preview(session, c, on)
        agencies = [a for (a,) in session.execute(
            select(CampaignTarget.agency_id).where(CampaignTarget.campaign_id == c.id)
            .distinct())]
        c.final_figures = {
            "all": figures_to_json(_figures(session, c, None)),
            "agencies": {str(a): figures_to_json(_figures(session, c, a)) for a in agencies},
            "frozen_on": on.isoformat(),
        }
        t, call, r = (CampaignTarget.__table__, CampaignCall.__table__,
                      CampaignReferral.__table__)
        if mode == PurgeMode.DELETE:
            session.execute(delete(r).where(r.c.campaign_id == c.id))
            session.execute(delete(call).where(call.c.campaign_id == c.id))
            session.execute(delete(t).where(t.c.campaign_id == c.id))
        else:
            session.execute(update(call).where(call.c.campaign_id == c.id)
                            .values(note="", answers=None))
            session.execute(update(t).where(t.c.campaign_id == c.id).values(
                household_id=None, contact_name="", phone="", isolated=False,
                disability=False, version=t.c.version + 1))
            session.execute(update(r).where(r.c.campaign_id == c.id).values(
                reason="", outcome="", version=r.c.version + 1))
        c.status = CampaignStatus.PURGED.value
        c.purged_on = on
        c.purge_mode = mode.value
        audit.record(session, actor, "purge", ENTITY, c.id, {"status": "TERMINEE"}, {
            "status": c.status, "mode": mode.value, "fiches": preview.targets,
            "appels": preview.calls, "notes": preview.notes,
            "orientations": preview.referrals, "echeance": preview.due_on,
            "regle": RetentionKind.CAMPAIGN_NOTES.value})
        return PurgeResult(mode, preview.targets, preview.calls, preview.notes,
                           preview.referrals)

    return _edit_campaign(db, actor, campaign_id, expected_version, action)


__all__ = [
    "AssignResult", "CallEntry", "CallResult", "CallView", "CallerCandidate", "CallerView",
    "CampaignSummary", "caller_candidates",
    "CampaignView", "PurgePreview", "PurgeResult", "ReferralInput", "ReferralView",
    "StartResult", "TargetPreview", "TargetRow", "TargetView",
    "add_referral", "assign_callers", "caller_list", "campaign_figures", "close_referral",
    "create_campaign", "delete_campaign", "end_campaign", "get_call_note", "get_campaign",
    "get_target", "list_campaigns", "list_referrals", "purge_campaign_notes",
    "purge_preview", "reassign_target", "record_call", "record_escalation_outcome",
    "set_reinforced_link", "start_campaign", "target_list", "target_preview",
    "update_campaign", "update_referral",
]


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
            select(AppUser.id, AppUser.username, AppUser.full_name, AppUser.agency_id,
                   AppUser.role, Agency.code)
            .outerjoin(Agency, Agency.id == AppUser.agency_id)
            .where(AppUser.active.is_(True))
            .order_by(func.lower(AppUser.full_name), AppUser.username)).all()
    return [CallerCandidate(uid, username, full_name or "", agency_id, code or "", role)
            for uid, username, full_name, agency_id, role, code in rows
            if has_permission(role, CALL)
            and (not actor.agency_scoped or agency_id == actor.agency_id)]

"""Call campaigns: the target (resolved at the start from the saved search), the
callers it is handed out to, start and end, and the lists of targets."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from desktop.domain.campaign import (
    OPEN_STATES,
    CallOutcome,
    CampaignStatus,
    CloseReason,
    ContactPerson,
    EscalationStep,
    NextAction,
    PartnerType,
    ReferralStatus,
    TargetState,
    age_band,
    balance_assignment,
    normalise_phone,
    script_from_json,
)
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import has_permission
from desktop.domain.tenant import senior_birth_cutoff
from desktop.domain.text import person_name
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.campaigns.common import (
    CALL,
    ENTITY,
    ENTITY_CALL,
    ENTITY_TARGET,
    INSERT_CHUNK,
    LIST_LIMIT,
    MANAGE,
    SENSITIVE_NOTE,
    check_query,
    criteria_of,
    edit_campaign,
    load_campaign,
    load_target,
    managed_targets,
    manages_target,
    not_found,
    require_manage,
    require_target,
    user_labels,
)
from desktop.services.campaigns.data import (
    AssignResult,
    CallerView,
    CallView,
    ReferralView,
    StartResult,
    TargetPreview,
    TargetRow,
    TargetView,
)
from desktop.services.context import Actor, now, today
from desktop.services.write import from_row, invalid, refusal
from desktop.storage.campaign_models import (
    Campaign,
    CampaignCall,
    CampaignCaller,
    CampaignReferral,
    CampaignTarget,
)
from desktop.storage.db import Database
from desktop.storage.models import Agency, AppUser, Household, Occupant


def caller_views(session: Session, c: Campaign) -> list[CallerView]:
    counts = {
        uid: (n, o)
        for uid, n, o in session.execute(
            select(
                CampaignTarget.caller_id,
                func.count(),
                func.sum(
                    case((CampaignTarget.state.in_([s.value for s in OPEN_STATES]), 1), else_=0)
                ),
            )
            .where(CampaignTarget.campaign_id == c.id, CampaignTarget.caller_id.is_not(None))
            .group_by(CampaignTarget.caller_id)
        )
    }
    rows = session.execute(
        select(
            CampaignCaller.user_id,
            CampaignCaller.active,
            AppUser.username,
            AppUser.full_name,
            AppUser.agency_id,
        )
        .join(AppUser, AppUser.id == CampaignCaller.user_id)
        .where(CampaignCaller.campaign_id == c.id)
        .order_by(AppUser.full_name, AppUser.username)
    ).all()
    return [
        CallerView(
            uid,
            username,
            full,
            agency,
            active,
            int(counts.get(uid, (0, 0))[0]),
            int(counts.get(uid, (0, 0))[1] or 0),
        )
        for uid, active, username, full, agency in rows
    ]


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
    return person_name(civility, first, last.upper())[:170]


@dataclass(frozen=True)
class _TargetSpec:
    """What resolving a campaign's target reads from it (outside its session)."""

    query_name: str
    agency_id: int | None
    criteria: dict

    @classmethod
    def of(cls, c: Campaign) -> _TargetSpec:
        return cls(c.target_query_name, c.agency_id, criteria_of(c))


def _candidates(
    db: Database, actor: Actor, spec: _TargetSpec, on: dt.date
) -> tuple[dict, list[_Candidate]]:
    """The frozen filters and the households of the target (with or without a valid
    phone number)."""
    from desktop.services import tenants

    query = check_query(db, actor, spec.query_name)
    if spec.agency_id is not None:
        if query.agency_id is not None and query.agency_id != spec.agency_id:
            raise invalid(
                "query_name",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La recherche « {name} » porte sur une autre agence que la campagne.",
                ),
                name=spec.query_name,
            )
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
            select(
                Household.id,
                Household.agency_id,
                Household.isolated,
                Occupant.civility,
                Occupant.first_name,
                Occupant.last_name,
                Occupant.birth_date,
                Occupant.phone,
                Occupant.disability,
            )
            .join(Occupant, Occupant.household_id == Household.id)
            .where(*conditions)
            .order_by(Household.id, Occupant.position, Occupant.id)
        ).all()
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
def target_preview(
    db: Database, actor: Actor, campaign_id: int, on: dt.date | None = None
) -> TargetPreview:
    """How many people the campaign would call if started on ``on`` (today)."""
    on = on or today()
    with db.reader() as session:
        c = load_campaign(session, campaign_id)
        require_manage(actor, c)
        spec = _TargetSpec.of(c)
        agencies = {i: code for i, code in session.execute(select(Agency.id, Agency.code))}
    _frozen, found = _candidates(db, actor, spec, on)
    eligible = [f for f in found if f.phone]
    by_agency: dict[str, int] = {}
    for f in eligible:
        code = agencies.get(f.agency_id, str(f.agency_id))
        by_agency[code] = by_agency.get(code, 0) + 1
    return TargetPreview(
        len(found), len(eligible), len(found) - len(eligible), dict(sorted(by_agency.items()))
    )


def _assign(session: Session, c: Campaign, *, rebalance: bool = False) -> int:
    """Hand the unassigned open targets (and those of removed callers; with
    ``rebalance``, every target not attempted yet) out to the active callers."""
    callers = (
        session.execute(
            select(CampaignCaller.user_id, AppUser.agency_id)
            .join(AppUser, AppUser.id == CampaignCaller.user_id)
            .where(CampaignCaller.campaign_id == c.id, CampaignCaller.active.is_(True))
            .order_by(CampaignCaller.user_id)
        )
        .tuples()
        .all()
    )
    if not callers:
        return 0
    session.flush()
    active = [uid for uid, _a in callers]
    t = CampaignTarget
    workload = or_(
        t.state.in_([s.value for s in OPEN_STATES]),
        and_(t.state == TargetState.SECURED.value, t.reinforced_link.is_(True)),
    )
    free = or_(t.caller_id.is_(None), t.caller_id.not_in(active))
    if rebalance:
        free = or_(free, t.attempts == 0)
    movable = (
        session.execute(select(t.id, t.agency_id).where(t.campaign_id == c.id, workload, free))
        .tuples()
        .all()
    )
    moving = {tid for tid, _a in movable}
    loads = {
        uid: int(n)
        for uid, n in session.execute(
            select(t.caller_id, func.count())
            .where(t.campaign_id == c.id, workload, t.caller_id.in_(active))
            .group_by(t.caller_id)
        )
        if uid is not None
    }
    if rebalance:
        for tid, uid in (
            session.execute(
                select(t.id, t.caller_id).where(t.id.in_(moving), t.caller_id.in_(active))
            )
            if moving
            else ()
        ):
            loads[uid] -= 1
    plan = balance_assignment([(tid, a) for tid, a in movable], list(callers), loads)
    table = CampaignTarget.__table__
    from sqlalchemy import bindparam

    items = [{"tid": tid, "uid": uid} for tid, uid in plan.items()]
    for i in range(0, len(items), INSERT_CHUNK):
        session.execute(
            update(table)
            .where(table.c.id == bindparam("tid"))
            .values(caller_id=bindparam("uid"), version=table.c.version + 1)
            .execution_options(synchronize_session=False),
            items[i : i + INSERT_CHUNK],
        )
    session.expire_all()
    return len(plan)


def set_callers(session: Session, actor: Actor, c: Campaign, user_ids: list[int]) -> None:
    wanted = list(dict.fromkeys(int(u) for u in user_ids))
    users = {u.id: u for u in session.scalars(select(AppUser).where(AppUser.id.in_(wanted)))}
    missing = [u for u in wanted if u not in users]
    if missing:
        raise invalid(
            "callers",
            QT_TRANSLATE_NOOP("messages", "Compte inconnu : n° {ids}."),
            ids=", ".join(map(str, missing)),
        )
    unfit = [u.username for u in users.values() if not u.active or not has_permission(u.role, CALL)]
    if unfit:
        raise invalid(
            "callers",
            QT_TRANSLATE_NOOP(
                "messages",
                "Ces comptes ne peuvent pas appeler (désactivés ou rôle sans droit "
                "d'appel) : {names}.",
            ),
            names=", ".join(sorted(unfit)),
        )
    existing = {
        cc.user_id: cc
        for cc in session.scalars(select(CampaignCaller).where(CampaignCaller.campaign_id == c.id))
    }
    stamp = now()
    for uid, cc in existing.items():
        cc.active = uid in wanted
    for uid in wanted:
        if uid not in existing:
            session.add(
                CampaignCaller(
                    campaign_id=c.id,
                    user_id=uid,
                    active=True,
                    added_at=stamp,
                    added_by=actor.username,
                )
            )
    session.flush()


@guarded("campagne.appelants")
def assign_callers(
    db: Database,
    actor: Actor,
    campaign_id: int,
    user_ids: Iterable[int],
    *,
    rebalance: bool = False,
    expected_version: int | None = None,
) -> AssignResult:
    """Set the campaign's callers to ``user_ids`` and hand the targets out: those
    without a caller (or whose caller left) go to the least loaded callers, of the
    target's agency when one has room. ``rebalance``: the targets not called yet are
    shared out again as well."""
    ids = list(user_ids)

    def action(session: Session, c: Campaign) -> AssignResult:
        if c.status in (CampaignStatus.ENDED.value, CampaignStatus.PURGED.value):
            raise refusal(
                QT_TRANSLATE_NOOP(
                    "messages", "La campagne est terminée : ses appelants ne changent plus."
                )
            )
        before = sorted(
            cc.user_id
            for cc in session.scalars(
                select(CampaignCaller).where(
                    CampaignCaller.campaign_id == c.id, CampaignCaller.active.is_(True)
                )
            )
        )
        set_callers(session, actor, c, ids)
        moved = (
            _assign(session, c, rebalance=rebalance)
            if c.status == CampaignStatus.RUNNING.value
            else 0
        )
        per = {v.user_id: v.open_targets for v in caller_views(session, c) if v.active}
        audit.record(
            session,
            actor,
            "assign",
            ENTITY,
            c.id,
            {"appelants": before},
            {"appelants": sorted(set(ids)), "fiches_attribuees": moved, "reequilibrage": rebalance},
        )
        return AssignResult(moved, per)

    return edit_campaign(db, actor, campaign_id, expected_version, action)


@guarded("campagne.attribution")
def reassign_target(db: Database, actor: Actor, target_id: int, user_id: int | None) -> int:
    """Give one target to another caller of the campaign (None: nobody); new version."""
    with db.transaction() as session:
        t = load_target(session, target_id, for_update=True)
        c = load_campaign(session, t.campaign_id)
        if not manages_target(actor, c, t):
            raise authz.denied(actor, MANAGE, entity=ENTITY_TARGET, entity_id=target_id)
        if user_id is not None and not session.scalar(
            select(CampaignCaller.id).where(
                CampaignCaller.campaign_id == c.id,
                CampaignCaller.user_id == user_id,
                CampaignCaller.active.is_(True),
            )
        ):
            raise invalid(
                "caller",
                QT_TRANSLATE_NOOP("messages", "Ce compte n'est pas appelant de la campagne."),
            )
        before = t.caller_id
        t.caller_id = user_id
        session.flush()
        audit.record(
            session,
            actor,
            "assign",
            ENTITY_TARGET,
            t.id,
            {"appelant": before},
            {"appelant": user_id},
        )
        return t.version


@guarded("campagne.demarrage")
def start_campaign(
    db: Database,
    actor: Actor,
    campaign_id: int,
    expected_version: int | None = None,
    on: dt.date | None = None,
) -> StartResult:
    """Resolve the target from the saved search (its filters are frozen in the
    campaign), create one call sheet per household, hand them out, start the calls."""
    on = on or today()
    with db.reader() as session:
        c = load_campaign(session, campaign_id)
        require_manage(actor, c)
        if c.status != CampaignStatus.DRAFT.value:
            raise refusal(QT_TRANSLATE_NOOP("messages", "Cette campagne a déjà été lancée."))
        if not c.start_on <= on <= c.planned_end_on:
            raise invalid(
                "start_on",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La campagne se lance entre sa date de début ({start}) et sa fin "
                    "prévue ({end}).",
                ),
                start=format_date_fr(c.start_on),
                end=format_date_fr(c.planned_end_on),
            )
        spec = _TargetSpec.of(c)
    frozen, found = _candidates(db, actor, spec, on)
    eligible = [f for f in found if f.phone]
    if not eligible:
        raise invalid(
            "query_name",
            QT_TRANSLATE_NOOP(
                "messages",
                "Aucun locataire à appeler : personne de {age} ans ou plus avec un "
                "numéro de téléphone valide dans la recherche « {name} ».",
            ),
            age=int(spec.criteria.get("min_age", 70)),
            name=spec.query_name,
        )

    def action(session: Session, c: Campaign) -> StartResult:
        if c.status != CampaignStatus.DRAFT.value:
            raise refusal(QT_TRANSLATE_NOOP("messages", "Cette campagne a déjà été lancée."))
        rows = [
            {
                "campaign_id": c.id,
                "household_id": f.household_id,
                "caller_id": None,
                "agency_id": f.agency_id,
                "contact_name": f.contact_name,
                "phone": f.phone,
                "age_band": f.band,
                "isolated": f.isolated,
                "disability": f.disability,
                "state": TargetState.TO_CALL.value,
                "escalation_step": EscalationStep.FIRST_CALL.value,
                "reinforced_link": False,
                "next_call_on": on,
                "attempts": 0,
                "last_attempt_at": None,
                "last_outcome": "",
                "reached_on": None,
                "need_help": False,
                "help_in_place": False,
                "secured_on": None,
                "secured_via": "",
                "closed_reason": "",
                "version": 1,
            }
            for f in eligible
        ]
        table = CampaignTarget.__table__
        from sqlalchemy import insert

        for i in range(0, len(rows), INSERT_CHUNK):
            session.execute(insert(table), rows[i : i + INSERT_CHUNK])
        c.status = CampaignStatus.RUNNING.value
        c.started_on = on
        c.target_filters = frozen
        c.target_count = len(rows)
        session.flush()
        assigned = _assign(session, c)
        audit.record(
            session,
            actor,
            "start",
            ENTITY,
            c.id,
            {"status": "BROUILLON"},
            {
                "status": c.status,
                "fiches": len(rows),
                "sans_numero": len(found) - len(eligible),
                "attribuees": assigned,
                "filtres": frozen,
            },
        )
        return StartResult(len(rows), len(found) - len(eligible), assigned)

    return edit_campaign(db, actor, campaign_id, expected_version, action)


@guarded("campagne.fin")
def end_campaign(
    db: Database,
    actor: Actor,
    campaign_id: int,
    expected_version: int | None = None,
    on: dt.date | None = None,
) -> int:
    """End a running campaign: no more calls; its notes are then to be purged
    (``purge_preview`` / ``purge_campaign_notes``). Returns the new version."""
    on = on or today()

    def action(session: Session, c: Campaign) -> None:
        if c.status != CampaignStatus.RUNNING.value:
            raise refusal(
                QT_TRANSLATE_NOOP("messages", "Seule une campagne en cours peut être terminée.")
            )
        if c.started_on and on < c.started_on:
            raise invalid(
                "on", QT_TRANSLATE_NOOP("messages", "La fin ne peut pas précéder le lancement.")
            )
        c.status = CampaignStatus.ENDED.value
        c.ended_on = on
        table = CampaignTarget.__table__
        session.execute(
            update(table)
            .where(table.c.campaign_id == c.id, table.c.next_call_on.is_not(None))
            .values(next_call_on=None, version=table.c.version + 1)
            .execution_options(synchronize_session=False)
        )
        open_count = session.scalar(
            select(func.count())
            .select_from(CampaignTarget)
            .where(
                CampaignTarget.campaign_id == c.id,
                CampaignTarget.state.in_([s.value for s in OPEN_STATES]),
            )
        )
        audit.record(
            session,
            actor,
            "close",
            ENTITY,
            c.id,
            {"status": "EN_COURS"},
            {"status": c.status, "ended_on": on, "fiches_ouvertes": open_count},
        )

    edit_campaign(db, actor, campaign_id, expected_version, action)
    with db.reader() as session:
        return load_campaign(session, campaign_id).version


# --------------------------------------------------------------------------- lists


def _row(t: CampaignTarget, address: str, caller_name: str) -> TargetRow:
    return from_row(
        TargetRow,
        t,
        address=address,
        caller_name=caller_name,
        state=TargetState(t.state),
        step=EscalationStep(t.escalation_step),
        last_outcome=CallOutcome(t.last_outcome) if t.last_outcome else None,
        closed_reason=CloseReason(t.closed_reason) if t.closed_reason else None,
    )


def _rows(session: Session, stmt) -> list[TargetRow]:
    pairs = session.execute(stmt).all()
    labels = user_labels(session, (t.caller_id for t, _a in pairs))
    return [_row(t, address or "", labels.get(t.caller_id, "")) for t, address in pairs]


def _due_order():
    t = CampaignTarget
    return [case((t.next_call_on.is_(None), 1), else_=0), t.next_call_on, t.contact_name, t.id]


@guarded("campagne.liste_appels")
def caller_list(
    db: Database,
    actor: Actor,
    campaign_id: int | None = None,
    *,
    on: dt.date | None = None,
    due_only: bool = False,
    include_done: bool = False,
) -> list[TargetRow]:
    """The actor's own call sheets in the running campaigns, the most urgent first.

    ``due_only``: those due on ``on`` (today) or before; ``include_done``: also the
    secured, unreachable and closed ones without a call due."""
    authz.require(actor, CALL, entity=ENTITY_TARGET)
    on = on or today()
    t = CampaignTarget
    stmt = (
        select(t, Household.address)
        .join(Campaign, Campaign.id == t.campaign_id)
        .outerjoin(Household, Household.id == t.household_id)
        .where(
            t.caller_id == (actor.user_id or -1), Campaign.status == CampaignStatus.RUNNING.value
        )
    )
    if campaign_id is not None:
        stmt = stmt.where(t.campaign_id == campaign_id)
    if not include_done:
        stmt = stmt.where(
            or_(t.state.in_([s.value for s in OPEN_STATES]), t.next_call_on.is_not(None))
        )
    if due_only:
        stmt = stmt.where(t.next_call_on.is_not(None), t.next_call_on <= on)
    with db.reader() as session:
        return _rows(session, stmt.order_by(*_due_order()).limit(LIST_LIMIT))


@guarded("campagne.fiches")
def target_list(
    db: Database,
    actor: Actor,
    campaign_id: int,
    *,
    state: TargetState | None = None,
    step: EscalationStep | None = None,
    caller_id: int | None = None,
    agency_id: int | None = None,
    due_on: dt.date | None = None,
    unassigned: bool = False,
    offset: int = 0,
    limit: int = 500,
) -> list[TargetRow]:
    """The campaign's call sheets for a manager (an agency manager: his agency's ones
    when the campaign is not his agency's), filtered."""
    t = CampaignTarget
    with db.reader() as session:
        stmt = managed_targets(
            session,
            actor,
            campaign_id,
            select(t, Household.address)
            .outerjoin(Household, Household.id == t.household_id)
            .where(t.campaign_id == campaign_id),
        )
        if state is not None:
            stmt = stmt.where(t.state == state.value)
        if step is not None:
            stmt = stmt.where(
                t.escalation_step == step.value, t.state.in_([s.value for s in OPEN_STATES])
            )
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
    return from_row(
        CallView,
        call,
        step=EscalationStep(call.step),
        person=ContactPerson(call.person_reached) if call.person_reached else None,
        outcome=CallOutcome(call.outcome),
        has_note=bool(call.note),
        next_action=NextAction(call.next_action),
    )


def referral_view(r: CampaignReferral, contact_name: str) -> ReferralView:
    return from_row(
        ReferralView,
        r,
        contact_name=contact_name,
        partner_type=PartnerType(r.partner_type),
        status=ReferralStatus(r.status),
    )


@guarded("campagne.fiche")
def get_target(db: Database, actor: Actor, target_id: int) -> TargetView:
    """A call sheet with its attempts (without the notes: ``get_call_note``) and
    referrals."""
    with db.reader() as session:
        t = load_target(session, target_id)
        c = load_campaign(session, t.campaign_id)
        require_target(actor, c, t)
        address = ""
        if t.household_id is not None:
            address = (
                session.scalar(select(Household.address).where(Household.id == t.household_id))
                or ""
            )
        caller = (
            user_labels(session, [t.caller_id]).get(t.caller_id, "")
            if t.caller_id is not None
            else ""
        )
        return TargetView(
            target=_row(t, address, caller),
            campaign_name=c.name,
            campaign_status=CampaignStatus(c.status),
            planned_end_on=c.planned_end_on,
            script=script_from_json(c.script),
            calls=[_call_view(x) for x in t.calls],
            referrals=[referral_view(r, t.contact_name) for r in t.referrals],
        )


@guarded("consultation")
def get_call_note(db: Database, actor: Actor, call_id: int) -> str:
    """The free note of one attempt (sensitive): every read is audited."""
    with db.transaction() as session:
        call = session.get(CampaignCall, call_id)
        if call is None:
            raise not_found(ENTITY_CALL, call_id)
        t = load_target(session, call.target_id)
        c = load_campaign(session, t.campaign_id)
        require_target(actor, c, t)
        if call.note:
            audit.record(
                session,
                actor,
                "consultation",
                ENTITY_CALL,
                call.id,
                None,
                {"parties": [SENSITIVE_NOTE], "campagne": c.id, "fiche": t.id},
            )
        return call.note

"""Payment plans: views, loading, the writes on one plan (create, edit, status,
payments, follow-ups, avenant, summons) and the daily evaluation of the plans in force."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.formatting import (
    CENT,
    format_date_fr,
    format_money_fr,
    utc_to_local,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.plans import (
    CHANNELS,
    CLOSED,
    EDITABLE,
    IN_FORCE,
    PROTOCOL_TYPES,
    REASON_MAX,
    AidBody,
    BreachRule,
    FollowUpKind,
    FollowUpSpec,
    Ledger,
    PaymentLine,
    PlanTerms,
    allocate,
    breach_follow_ups,
    breach_reasons,
    ccapex_due,
    check_schedule,
    check_summons,
    check_transition,
    earliest_summons,
    new_lease_due,
    next_check_on,
    normalise_terms,
    rent_due_dates,
    schedule_for,
    validate_avenant,
    validate_terms,
)
from desktop.domain.roles import Permission
from desktop.domain.schedule import (
    MAX_DEBT,
    Instalment,
    PaymentPlanType,
    PlanStatus,
    build_schedule,
    check_edited_schedule,
)
from desktop.domain.tenant import FileStatus
from desktop.services import audit, authz
from desktop.services import (
    importer as _imp,  # reading helpers shared with the tenant import
)
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.services.write import message, reloaded, touch, writing
from desktop.storage.db import Database
from desktop.storage.models import (
    Household,
    PaymentPlan,
    PlanFollowUp,
    PlanInstalment,
    PlanPayment,
    TimelineEvent,
)

ENTITY = "plan"
# Agreements are part of the tenant file: reading them needs the right to read tenant
# files, changing them the right to edit, for the actor's agency when their role is
# agency-scoped.
READ = Permission.TENANT_READ
WRITE = Permission.TENANT_WRITE
ZERO = Decimal("0.00")

# Timeline event kinds (labelled in the tenant file dialog).
EVENT_PLAN_CREATED = "PLAN_CREATION"
EVENT_PLAN_EDITED = "PLAN_MODIFICATION"
EVENT_PLAN_STATUS = "PLAN_STATUT"
EVENT_PLAN_PAYMENT = "PLAN_REGLEMENT"
EVENT_PLAN_PAYMENT_DELETED = "PLAN_REGLEMENT_SUPPRIME"
EVENT_PLAN_IMPORT = "PLAN_IMPORT_REGLEMENTS"
EVENT_PLAN_BREACH = "PLAN_DEFAILLANCE"
EVENT_PLAN_SETTLED = "PLAN_SOLDE"
EVENT_PLAN_FOLLOW_UP = "PLAN_SUIVI"
EVENT_PLAN_AVENANT = "PLAN_AVENANT"
EVENT_PLAN_SUMMONS = "PLAN_ASSIGNATION"
EVENT_KINDS = (
    EVENT_PLAN_CREATED,
    EVENT_PLAN_EDITED,
    EVENT_PLAN_STATUS,
    EVENT_PLAN_PAYMENT,
    EVENT_PLAN_PAYMENT_DELETED,
    EVENT_PLAN_IMPORT,
    EVENT_PLAN_BREACH,
    EVENT_PLAN_SETTLED,
    EVENT_PLAN_FOLLOW_UP,
    EVENT_PLAN_AVENANT,
    EVENT_PLAN_SUMMONS,
)

SOURCE_MANUAL = "SAISIE"
SOURCE_IMPORT = "IMPORT"
PAYMENT_REFERENCE_MAX = 80
OUTCOME_MAX = 200
NOT_APPLICABLE = QT_TRANSLATE_NOOP("messages", "Sans objet : {reason}")


def stored_text(message: Message) -> str:
    """A message as stored text (timeline summaries are French, the source language)."""
    return _imp.render(message)


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class PaymentView:
    id: int
    paid_on: dt.date
    amount: Decimal
    reference: str
    source: str
    source_file: str
    recorded_by: str


@dataclass(frozen=True)
class FollowUpView:
    id: int
    kind: FollowUpKind
    due_on: dt.date
    done_on: dt.date | None
    channel: str
    outcome: str
    done_by: str

    def overdue(self, on: dt.date) -> bool:
        return self.done_on is None and self.due_on < on


@dataclass(frozen=True)
class PlanView:
    id: int
    household_id: int
    version: int
    status: PlanStatus
    terms: PlanTerms
    instalments: list[Instalment]
    ledger: Ledger
    breach_reasons: list[Message]
    payments: list[PaymentView]
    follow_ups: list[FollowUpView]
    tenant_name: str
    contract_number: str
    address: str
    balance: Decimal
    proposed_on: dt.date | None
    signed_on: dt.date | None
    breached_on: dt.date | None
    closed_on: dt.date | None
    status_reason: str
    summons_on: dt.date | None
    avenant_signed_on: dt.date | None
    avenant_end_on: dt.date | None
    new_lease_due_on: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    updated_by: str

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE

    @property
    def allowed_statuses(self) -> list[PlanStatus]:
        from desktop.domain.plans import TRANSITIONS

        return [s for s in PlanStatus if s in TRANSITIONS[self.status]]

    @property
    def open_follow_ups(self) -> list[FollowUpView]:
        return [f for f in self.follow_ups if f.done_on is None]


@dataclass(frozen=True)
class PlanSummary:
    id: int
    plan_type: PaymentPlanType
    status: PlanStatus
    debt: Decimal
    start_on: dt.date
    remaining: Decimal
    next_due_on: dt.date | None
    created_at: dt.datetime


# --------------------------------------------------------------------------- mapping rows


def _terms_of(p: PaymentPlan) -> PlanTerms:
    return PlanTerms(
        plan_type=PaymentPlanType(p.plan_type),
        debt=p.debt,
        debt_on=p.debt_on,
        current_rent=p.current_rent,
        current_charges=p.current_charges,
        start_on=p.start_on,
        months=p.months,
        monthly=p.monthly,
        day=p.day,
        aid_body=AidBody(p.aid_body),
        aid_reference=p.aid_reference,
        aid_to_landlord=p.aid_to_landlord,
        aid_approved_on=p.aid_approved_on,
        fsl=p.fsl,
        fsl_amount=p.fsl_amount,
        ccas=p.ccas,
        ccas_amount=p.ccas_amount,
        landlord_signatory=p.landlord_signatory,
        judgment_on=p.judgment_on,
        end_on=p.end_on,
        new_lease_months=p.new_lease_months,
        breach_missed=p.breach_missed,
        breach_rent_unpaid=p.breach_rent_unpaid,
        payments_cover_rent=p.payments_cover_rent,
        grace_days=p.grace_days,
        notes=p.notes,
    )


_TERM_COLUMNS = (
    "debt",
    "debt_on",
    "current_rent",
    "current_charges",
    "start_on",
    "months",
    "monthly",
    "day",
    "aid_reference",
    "aid_to_landlord",
    "aid_approved_on",
    "fsl",
    "fsl_amount",
    "ccas",
    "ccas_amount",
    "landlord_signatory",
    "judgment_on",
    "end_on",
    "new_lease_months",
    "breach_missed",
    "breach_rent_unpaid",
    "payments_cover_rent",
    "grace_days",
    "notes",
)


def _apply_terms(p: PaymentPlan, terms: PlanTerms) -> None:
    if p.plan_type != terms.plan_type.value:
        p.plan_type = terms.plan_type.value
    if p.aid_body != terms.aid_body.value:
        p.aid_body = terms.aid_body.value
    for name in _TERM_COLUMNS:
        value = getattr(terms, name)
        if getattr(p, name, None) != value:
            setattr(p, name, value)


def _apply_schedule(p: PaymentPlan, instalments: list[Instalment]) -> None:
    rows = list(p.instalments)
    for i, inst in enumerate(instalments):
        if i < len(rows):
            row = rows[i]
        else:
            row = PlanInstalment()
            p.instalments.append(row)
        if row.number != inst.number:
            row.number = inst.number
        if row.due_on != inst.due_date:
            row.due_on = inst.due_date
        if row.amount != inst.amount:
            row.amount = inst.amount
    for row in rows[len(instalments) :]:
        p.instalments.remove(row)


def _instalments_of(p: PaymentPlan) -> list[Instalment]:
    return [Instalment(i.number, i.due_on, i.amount) for i in p.instalments]


def _ledger(p: PaymentPlan, on: dt.date) -> Ledger:
    instalments = _instalments_of(p)
    rent = (p.current_rent + p.current_charges) if p.payments_cover_rent else ZERO
    end = p.avenant_end_on or p.end_on
    return allocate(
        instalments,
        [PaymentLine(x.paid_on, x.amount) for x in p.payments],
        on,
        rent=rent if rent > 0 else None,
        rent_dates=rent_due_dates(instalments, p.start_on, end, p.day) if rent > 0 else [],
        grace_days=p.grace_days,
    )


def _rule(p: PaymentPlan) -> BreachRule:
    return BreachRule(p.breach_missed, p.breach_rent_unpaid, p.grace_days)


def _refresh_summary(p: PaymentPlan, ledger: Ledger) -> None:
    nxt = ledger.next_due
    values = {
        "paid_total": ledger.paid_total,
        "remaining": ledger.remaining,
        "next_due_on": nxt.due_on if nxt else None,
        "unpaid_count": len(ledger.unpaid_instalments),
        "next_check_on": next_check_on(
            ledger, p.grace_days, started=p.status != PlanStatus.SIGNE.value
        ),
    }
    open_items = sorted(
        (f for f in p.follow_ups if f.done_on is None), key=lambda f: (f.due_on, f.id or 0)
    )
    values["next_follow_up"] = open_items[0].kind if open_items else ""
    values["next_follow_up_on"] = open_items[0].due_on if open_items else None
    for key, value in values.items():
        if getattr(p, key, None) != value:
            setattr(p, key, value)


def _snapshot(p: PaymentPlan) -> dict:
    return {
        "status": p.status,
        "plan_type": p.plan_type,
        "aid_body": p.aid_body,
        **{name: getattr(p, name) for name in _TERM_COLUMNS},
        "instalments": [[i.number, i.due_on, i.amount] for i in p.instalments],
    }


def _view(session: Session, p: PaymentPlan, on: dt.date) -> PlanView:
    h = p.household
    ledger = _ledger(p, on)
    status = PlanStatus(p.status)
    reasons = breach_reasons(ledger, _rule(p)) if status in IN_FORCE else []
    return PlanView(
        id=p.id,
        household_id=p.household_id,
        version=p.version,
        status=status,
        terms=_terms_of(p),
        instalments=_instalments_of(p),
        ledger=ledger,
        breach_reasons=reasons,
        payments=[
            PaymentView(
                x.id, x.paid_on, x.amount, x.reference, x.source, x.source_file, x.recorded_by
            )
            for x in p.payments
        ],
        follow_ups=[
            FollowUpView(
                f.id, FollowUpKind(f.kind), f.due_on, f.done_on, f.channel, f.outcome, f.done_by
            )
            for f in p.follow_ups
        ],
        tenant_name=h.display_name,
        contract_number=h.contract_number,
        address=h.address,
        balance=h.balance,
        proposed_on=p.proposed_on,
        signed_on=p.signed_on,
        breached_on=p.breached_on,
        closed_on=p.closed_on,
        status_reason=p.status_reason,
        summons_on=p.summons_on,
        avenant_signed_on=p.avenant_signed_on,
        avenant_end_on=p.avenant_end_on,
        new_lease_due_on=p.new_lease_due_on,
        created_at=p.created_at,
        updated_at=p.updated_at,
        updated_by=p.updated_by,
    )


# --------------------------------------------------------------------------- loading


def plan_options():
    return (
        selectinload(PaymentPlan.instalments),
        selectinload(PaymentPlan.payments),
        selectinload(PaymentPlan.follow_ups),
        selectinload(PaymentPlan.household).selectinload(Household.lease),
    )


def _not_found(plan_id: int) -> NotFoundError:
    return NotFoundError(
        message(QT_TRANSLATE_NOOP("messages", "Le plan n° {id} n'existe pas ou plus."), id=plan_id)
    )


def _load(session: Session, plan_id: int, *, for_update: bool = False) -> PaymentPlan:
    stmt = select(PaymentPlan).where(PaymentPlan.id == plan_id).options(*plan_options())
    if for_update and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(of=PaymentPlan)
    p = session.scalars(stmt).one_or_none()
    if p is None:
        raise _not_found(plan_id)
    return p


def _conflict(p: PaymentPlan) -> ConflictError:
    local = utc_to_local(p.updated_at)
    return ConflictError(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Ce plan a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. "
                "Vos changements n'ont pas été enregistrés : rechargez le plan pour voir la version "
                "actuelle.",
            ),
            user=p.updated_by,
            date=format_date_fr(local.date()),
            time=local.strftime("%H:%M"),
        )
    )


@guarded("plan.consultation")
def get_plan(db: Database, actor: Actor, plan_id: int, on: dt.date | None = None) -> PlanView:
    authz.require(actor, READ, entity=ENTITY, entity_id=plan_id)
    with db.reader() as session:
        p = _load(session, plan_id)
        authz.require_agency(actor, READ, p.household.agency_id, entity=ENTITY, entity_id=plan_id)
        return _view(session, p, on or today())


@guarded("plan.liste")
def plans_for_household(db: Database, actor: Actor, household_id: int) -> list[PlanSummary]:
    authz.require(actor, READ, entity=ENTITY)
    with db.reader() as session:
        h = _household(session, household_id)
        authz.require_agency(actor, READ, h.agency_id, entity=ENTITY)
        rows = session.scalars(
            select(PaymentPlan)
            .where(PaymentPlan.household_id == household_id)
            .order_by(PaymentPlan.id.desc())
        ).all()
        return [
            PlanSummary(
                p.id,
                PaymentPlanType(p.plan_type),
                PlanStatus(p.status),
                p.debt,
                p.start_on,
                p.remaining,
                p.next_due_on,
                p.created_at,
            )
            for p in rows
        ]


# --------------------------------------------------------------------------- helpers


def add_timeline_event(
    session: Session,
    p: PaymentPlan,
    kind: str,
    summary: str,
    actor: Actor,
    stamp: dt.datetime | None = None,
) -> None:
    session.add(
        TimelineEvent(
            household_id=p.household_id,
            occurred_at=stamp or now(),
            kind=kind,
            summary=summary[:2000],
            actor=actor.username,
        )
    )


def plan_label(p: PaymentPlan) -> str:
    return stored_text(
        message(
            QT_TRANSLATE_NOOP("messages", "{type} n° {id}"),
            type=Message(PaymentPlanType(p.plan_type).label),
            id=p.id,
        )
    )


def _edit(
    db: Database,
    actor: Actor,
    plan_id: int,
    expected_version: int | None,
    action: Callable[[Session, PaymentPlan], None],
) -> int:
    """Run ``action`` on the plan locked at ``expected_version``; return the new version."""
    reload = reloaded(db, lambda s: _load(s, plan_id), _conflict)
    with writing(db, reload) as session:
        p = _load(session, plan_id, for_update=True)
        authz.require_agency(actor, WRITE, p.household.agency_id, entity=ENTITY, entity_id=plan_id)
        if expected_version is not None and p.version != expected_version:
            raise _conflict(p)
        action(session, p)
        touch(p, actor)
        session.flush()
        return p.version


def _schedule_errors(problems: list[Message]) -> dict[str, Message]:
    return {("schedule" if i == 0 else f"schedule#{i + 1}"): m for i, m in enumerate(problems)}


def _prepare(
    terms: PlanTerms, instalments: list[Instalment] | None
) -> tuple[PlanTerms, list[Instalment]]:
    terms = normalise_terms(terms)
    validate_terms(terms)
    schedule = list(instalments) if instalments is not None else schedule_for(terms)
    problems = check_schedule(terms, schedule)
    if problems:
        raise ValidationError(_schedule_errors(problems))
    return terms, schedule


def _close_open_follow_ups(p: PaymentPlan, on: dt.date, reason: Message, actor: Actor) -> None:
    for f in p.follow_ups:
        if f.done_on is None:
            f.done_on = on
            f.outcome = stored_text(message(NOT_APPLICABLE, reason=reason))[:OUTCOME_MAX]
            f.done_by = actor.username


def _add_follow_ups(p: PaymentPlan, specs) -> None:
    stamp = now()
    existing = {(f.kind, f.done_on is None) for f in p.follow_ups}
    for spec in specs:
        if (spec.kind.value, True) in existing:
            continue  # already open
        p.follow_ups.append(
            PlanFollowUp(
                kind=spec.kind.value,
                due_on=spec.due_on,
                created_at=stamp,
                channel="",
                outcome="",
                done_by="",
            )
        )


def _set_status(
    session: Session,
    p: PaymentPlan,
    new: PlanStatus,
    actor: Actor,
    on: dt.date,
    *,
    reason: str = "",
    automatic: bool = False,
    kind: str = EVENT_PLAN_STATUS,
    detail: str = "",
) -> None:
    old = PlanStatus(p.status)
    p.status = new.value
    if reason:
        p.status_reason = reason[:REASON_MAX]
    label = stored_text(
        message(
            QT_TRANSLATE_NOOP("messages", "{plan} : {old} → {new}"),
            plan=plan_label(p),
            old=Message(old.label),
            new=Message(new.label),
        )
    )
    if automatic:
        label += " " + stored_text(message(QT_TRANSLATE_NOOP("messages", "(automatique)")))
    if detail:
        label += " — " + detail
    elif reason:
        label += " — " + reason
    add_timeline_event(session, p, kind, label, actor)
    audit.record(
        session,
        actor,
        "status",
        ENTITY,
        p.id,
        {"status": old.value},
        {"status": new.value, "on": on, "reason": reason, "automatic": automatic, "detail": detail},
    )


def evaluate_plan(session: Session, p: PaymentPlan, actor: Actor, on: dt.date) -> Ledger:
    """Recompute the plan's figures; settle, start or breach it when the facts say so."""
    ledger = _ledger(p, on)
    status = PlanStatus(p.status)
    if (
        status == PlanStatus.SIGNE
        and not ledger.all_paid
        and (p.payments or (ledger.instalments and ledger.instalments[0].due_on <= on))
    ):
        _set_status(session, p, PlanStatus.EN_COURS, actor, on, automatic=True)
        status = PlanStatus.EN_COURS
    if status in IN_FORCE:
        reasons = breach_reasons(ledger, _rule(p))
        if ledger.all_paid:
            p.closed_on = ledger.settled_on or on
            _close_open_follow_ups(
                p, on, message(QT_TRANSLATE_NOOP("messages", "dette soldée")), actor
            )
            _set_status(
                session, p, PlanStatus.SOLDE, actor, on, automatic=True, kind=EVENT_PLAN_SETTLED
            )
        elif status != PlanStatus.DEFAILLANT and reasons:
            p.breached_on = on
            _add_follow_ups(p, breach_follow_ups(on, AidBody(p.aid_body), p.summons_on))
            _set_status(
                session,
                p,
                PlanStatus.DEFAILLANT,
                actor,
                on,
                automatic=True,
                kind=EVENT_PLAN_BREACH,
                detail=" ".join(stored_text(r) for r in reasons),
            )
    elif status == PlanStatus.SOLDE and ledger.instalments and not ledger.all_paid:
        # A payment was withdrawn: the plan runs again.
        p.closed_on = None
        _set_status(session, p, PlanStatus.EN_COURS, actor, on, automatic=True)
    session.flush()  # new follow-ups get their ids before the summary reads them
    _refresh_summary(p, ledger)
    return ledger


def _household(session: Session, household_id: int) -> Household:
    h = session.scalars(
        select(Household).where(Household.id == household_id).options(selectinload(Household.lease))
    ).one_or_none()
    if h is None:
        raise NotFoundError(
            message(
                QT_TRANSLATE_NOOP("messages", "Le dossier n° {id} n'existe pas ou plus."),
                id=household_id,
            )
        )
    return h


def _open_plan(
    session: Session, household_id: int, exclude: int | None = None
) -> PaymentPlan | None:
    stmt = select(PaymentPlan).where(
        PaymentPlan.household_id == household_id,
        PaymentPlan.status.not_in([s.value for s in CLOSED]),
    )
    if exclude is not None:
        stmt = stmt.where(PaymentPlan.id != exclude)
    return session.scalars(stmt.order_by(PaymentPlan.id.desc())).first()


# --------------------------------------------------------------------------- writing


@guarded("plan.preparation")
def terms_from_lease(
    db: Database,
    actor: Actor,
    household_id: int,
    plan_type: PaymentPlanType,
    on: dt.date | None = None,
) -> PlanTerms:
    """Terms prefilled from the tenant file: the balance as debt, the lease's rent."""
    on = on or today()
    authz.require(actor, READ, entity=ENTITY)
    with db.reader() as session:
        h = _household(session, household_id)
        authz.require_agency(actor, READ, h.agency_id, entity=ENTITY)
        debt = h.balance if h.balance > 0 else ZERO
        return normalise_terms(
            PlanTerms(
                plan_type=plan_type,
                debt=debt,
                debt_on=on,
                current_rent=h.lease.rent,
                current_charges=h.lease.charges,
                start_on=on,
                months=12,
            )
        )


@guarded("plan.creation")
def create_plan(
    db: Database,
    actor: Actor,
    household_id: int,
    terms: PlanTerms,
    instalments: list[Instalment] | None = None,
) -> int:
    """Create a draft agreement on a tenant file; return its id.

    The schedule is built from the terms (months or monthly amount, day), or given as
    edited by the user, then checked: the total must be the debt to the cent.
    """
    authz.require(actor, WRITE, entity=ENTITY)
    terms, schedule = _prepare(terms, instalments)
    with db.transaction() as session:
        h = _household(session, household_id)
        authz.require_agency(actor, WRITE, h.agency_id, entity=ENTITY)
        if h.status != FileStatus.ACTIVE.value:
            raise ValidationError(
                {},
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Un dossier clos ne peut pas recevoir de plan d'apurement."
                    )
                ),
            )
        other = _open_plan(session, household_id)
        if other is not None:
            raise ValidationError(
                {},
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Ce dossier a déjà un accord en cours ({plan}, statut « {status} ») : "
                        "clôturez-le ou annulez-le avant d'en créer un autre.",
                    ),
                    plan=plan_label(other),
                    status=Message(PlanStatus(other.status).label),
                ),
            )
        stamp = now()
        p = PaymentPlan(
            household_id=household_id,
            status=PlanStatus.PROJET.value,
            plan_type=terms.plan_type.value,
            aid_body=terms.aid_body.value,
            status_reason="",
            created_at=stamp,
            created_by=actor.username,
            updated_at=stamp,
            updated_by=actor.username,
            paid_total=ZERO,
            remaining=terms.debt,
            unpaid_count=0,
            next_follow_up="",
        )
        _apply_terms(p, terms)
        session.add(p)
        _apply_schedule(p, schedule)
        _refresh_summary(p, _ledger(p, today()))
        session.flush()
        summary = stored_text(
            message(
                QT_TRANSLATE_NOOP("messages", "{plan} : {debt} en {count} échéance(s)"),
                plan=plan_label(p),
                debt=format_money_fr(terms.debt),
                count=len(schedule),
            )
        )
        add_timeline_event(session, p, EVENT_PLAN_CREATED, summary, actor, stamp)
        audit.record(session, actor, "create", ENTITY, p.id, None, _snapshot(p))
        session.flush()
        return p.id


@guarded("plan.modification")
def update_plan(
    db: Database,
    actor: Actor,
    plan_id: int,
    terms: PlanTerms,
    expected_version: int,
    instalments: list[Instalment] | None = None,
) -> int:
    """Save edited terms and schedule of a draft or proposed plan; return the new version."""
    terms, schedule = _prepare(terms, instalments)

    def action(session: Session, p: PaymentPlan) -> None:
        if PlanStatus(p.status) not in EDITABLE:
            raise ValidationError(
                {},
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Un plan signé ne peut plus être modifié : pour un protocole, signez "
                        "un avenant ; sinon, établissez un nouveau plan.",
                    )
                ),
            )
        before = _snapshot(p)
        _apply_terms(p, terms)
        _apply_schedule(p, schedule)
        session.flush()
        after = _snapshot(p)
        if before == after:
            return
        _refresh_summary(p, _ledger(p, today()))
        changed = [k for k in after if before.get(k) != after[k]]
        add_timeline_event(
            session, p, EVENT_PLAN_EDITED, f"{plan_label(p)} : {', '.join(changed)}", actor
        )
        audit.record(session, actor, "update", ENTITY, p.id, before, after)

    return _edit(db, actor, plan_id, expected_version, action)


@guarded("plan.statut")
def change_status(
    db: Database,
    actor: Actor,
    plan_id: int,
    new_status: PlanStatus,
    expected_version: int,
    *,
    on: dt.date | None = None,
    reason: str = "",
) -> int:
    """Move a plan along its workflow (proposed, signed, started, respected, breached,
    lapsed, settled, cancelled); ``on`` is the date of the event (signature…)."""
    on = on or today()
    reason = " ".join((reason or "").split())
    if len(reason) > REASON_MAX:
        raise ValidationError(
            {
                "reason": message(
                    QT_TRANSLATE_NOOP("messages", "{max} caractères au plus."), max=REASON_MAX
                )
            }
        )
    if on > today():
        raise ValidationError(
            {
                "on": message(
                    QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur.")
                )
            }
        )

    def action(session: Session, p: PaymentPlan) -> None:
        current = PlanStatus(p.status)
        check_transition(current, new_status)
        ledger = _ledger(p, on)
        need_reason = message(QT_TRANSLATE_NOOP("messages", "Indiquez le motif."))
        if new_status == PlanStatus.PROPOSE:
            p.proposed_on = on
        elif new_status == PlanStatus.SIGNE:
            if (
                p.plan_type in {t.value for t in PROTOCOL_TYPES}
                and p.debt > 0
                and not p.aid_approved_on
            ):
                raise ValidationError(
                    {
                        "aid_approved_on": message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "Le plan annexé au protocole doit être approuvé par la CAF ou la "
                                "MSA : indiquez la date d'approbation avant la signature.",
                            )
                        )
                    }
                )
            if on < p.debt_on:
                raise ValidationError(
                    {
                        "on": message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "La signature ne peut pas précéder l'arrêté de la dette ({date}).",
                            ),
                            date=format_date_fr(p.debt_on),
                        )
                    }
                )
            p.signed_on = on
        elif new_status == PlanStatus.EN_COURS and current == PlanStatus.DEFAILLANT:
            if not reason:
                raise ValidationError({"reason": need_reason})
            _close_open_follow_ups(
                p, on, message(QT_TRANSLATE_NOOP("messages", "plan régularisé")), actor
            )
            p.breached_on = None
        elif new_status == PlanStatus.RESPECTE:
            late = [i for i in ledger.instalments if i.outstanding > 0 and i.due_on < on]
            if late:
                raise ValidationError(
                    {},
                    message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{count} échéance(s) échue(s) reste(nt) impayée(s), la plus ancienne "
                            "du {date} : le plan ne peut pas être déclaré respecté.",
                        ),
                        count=len(late),
                        date=format_date_fr(late[0].due_on),
                    ),
                )
            p.closed_on = on
            if p.plan_type in {t.value for t in PROTOCOL_TYPES}:
                due = new_lease_due(on, p.new_lease_months)
                p.new_lease_due_on = due
                _add_follow_ups(p, [FollowUpSpec(FollowUpKind.NEW_LEASE, due)])
        elif new_status == PlanStatus.DEFAILLANT:
            p.breached_on = on
            _add_follow_ups(p, breach_follow_ups(on, AidBody(p.aid_body), p.summons_on))
        elif new_status == PlanStatus.SOLDE:
            if not ledger.all_paid and not reason:
                raise ValidationError(
                    {
                        "reason": message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "Des échéances restent dues : indiquez comment la dette a été "
                                "soldée (ex. : versement du FSL, remise de dette).",
                            )
                        )
                    }
                )
            p.closed_on = on
            _close_open_follow_ups(
                p, on, message(QT_TRANSLATE_NOOP("messages", "dette soldée")), actor
            )
        elif new_status in (PlanStatus.CADUC, PlanStatus.ANNULE):
            if new_status == PlanStatus.ANNULE and not reason:
                raise ValidationError({"reason": need_reason})
            p.closed_on = on
            if new_status == PlanStatus.ANNULE:
                _close_open_follow_ups(
                    p, on, message(QT_TRANSLATE_NOOP("messages", "plan annulé")), actor
                )
        elif new_status == PlanStatus.PROJET:
            p.proposed_on = None
        _set_status(session, p, new_status, actor, on, reason=reason)
        if new_status in (PlanStatus.SIGNE, PlanStatus.EN_COURS):
            evaluate_plan(session, p, actor, today())
        else:
            session.flush()
            _refresh_summary(p, _ledger(p, today()))

    return _edit(db, actor, plan_id, expected_version, action)


def check_payment(
    paid_on, amount, reference: str, p: PaymentPlan, on: dt.date
) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    if isinstance(amount, float):
        raise TypeError("money must be a Decimal, not a float")
    if not isinstance(amount, Decimal) or not amount.is_finite():
        errors["amount"] = message(QT_TRANSLATE_NOOP("messages", "Le montant n'est pas un nombre."))
    elif amount <= 0:
        errors["amount"] = message(QT_TRANSLATE_NOOP("messages", "Le montant doit être positif."))
    elif amount != amount.quantize(CENT):
        errors["amount"] = message(
            QT_TRANSLATE_NOOP("messages", "Le montant a plus de deux décimales.")
        )
    elif amount > MAX_DEBT:
        errors["amount"] = message(QT_TRANSLATE_NOOP("messages", "Le montant est trop élevé."))
    if not isinstance(paid_on, dt.date):
        errors["paid_on"] = message(QT_TRANSLATE_NOOP("messages", "La date est obligatoire."))
    elif paid_on > on:
        errors["paid_on"] = message(
            QT_TRANSLATE_NOOP("messages", "La date du règlement ne peut pas être dans le futur.")
        )
    elif paid_on <= p.debt_on:
        errors["paid_on"] = message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Règlement du {date}, antérieur ou égal à l'arrêté de la dette du plan "
                "({debt_on}) : il est déjà compté dans la dette.",
            ),
            date=format_date_fr(paid_on),
            debt_on=format_date_fr(p.debt_on),
        )
    if len(reference) > PAYMENT_REFERENCE_MAX:
        errors["reference"] = message(
            QT_TRANSLATE_NOOP("messages", "{max} caractères au plus."), max=PAYMENT_REFERENCE_MAX
        )
    return errors


def _not_in_force(p: PaymentPlan) -> ValidationError:
    return ValidationError(
        {},
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Les règlements s'enregistrent sur un plan signé, en cours ou défaillant "
                "(ce plan est « {status} »).",
            ),
            status=Message(PlanStatus(p.status).label),
        ),
    )


@guarded("plan.reglement")
def record_payment(
    db: Database,
    actor: Actor,
    plan_id: int,
    paid_on: dt.date,
    amount: Decimal,
    expected_version: int,
    *,
    reference: str = "",
    on: dt.date | None = None,
) -> int:
    """Record a payment typed in by the user; the plan's figures and status follow."""
    on = on or today()
    reference = " ".join((reference or "").split())

    def action(session: Session, p: PaymentPlan) -> None:
        if PlanStatus(p.status) not in IN_FORCE:
            raise _not_in_force(p)
        errors = check_payment(paid_on, amount, reference, p, on)
        if errors:
            raise ValidationError(errors)
        p.payments.append(
            PlanPayment(
                paid_on=paid_on,
                amount=amount,
                reference=reference,
                source=SOURCE_MANUAL,
                source_file="",
                recorded_at=now(),
                recorded_by=actor.username,
            )
        )
        add_timeline_event(
            session,
            p,
            EVENT_PLAN_PAYMENT,
            stored_text(
                message(
                    QT_TRANSLATE_NOOP("messages", "{plan} : règlement de {amount} du {date}"),
                    plan=plan_label(p),
                    amount=format_money_fr(amount),
                    date=format_date_fr(paid_on),
                )
            ),
            actor,
        )
        audit.record(
            session,
            actor,
            "payment",
            ENTITY,
            p.id,
            None,
            {"paid_on": paid_on, "amount": amount, "reference": reference},
        )
        evaluate_plan(session, p, actor, on)

    return _edit(db, actor, plan_id, expected_version, action)


@guarded("plan.reglement_suppression")
def delete_payment(
    db: Database,
    actor: Actor,
    plan_id: int,
    payment_id: int,
    expected_version: int,
    *,
    on: dt.date | None = None,
) -> int:
    """Withdraw a payment recorded by mistake (or a rejected direct debit)."""
    on = on or today()

    def action(session: Session, p: PaymentPlan) -> None:
        payment = next((x for x in p.payments if x.id == payment_id), None)
        if payment is None:
            raise NotFoundError(
                message(QT_TRANSLATE_NOOP("messages", "Ce règlement n'existe pas ou plus."))
            )
        if PlanStatus(p.status) not in IN_FORCE | {PlanStatus.SOLDE}:
            raise _not_in_force(p)
        p.payments.remove(payment)
        add_timeline_event(
            session,
            p,
            EVENT_PLAN_PAYMENT_DELETED,
            stored_text(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{plan} : règlement de {amount} du {date} supprimé"
                    ),
                    plan=plan_label(p),
                    amount=format_money_fr(payment.amount),
                    date=format_date_fr(payment.paid_on),
                )
            ),
            actor,
        )
        audit.record(
            session,
            actor,
            "payment_delete",
            ENTITY,
            p.id,
            {
                "paid_on": payment.paid_on,
                "amount": payment.amount,
                "reference": payment.reference,
                "source": payment.source,
            },
            None,
        )
        session.flush()
        evaluate_plan(session, p, actor, on)

    return _edit(db, actor, plan_id, expected_version, action)


@guarded("plan.suivi")
def complete_follow_up(
    db: Database,
    actor: Actor,
    plan_id: int,
    follow_up_id: int,
    done_on: dt.date,
    expected_version: int,
    *,
    channel: str = "",
    outcome: str = "",
) -> int:
    """Record that a follow-up was done (date, channel, outcome)."""
    outcome = " ".join((outcome or "").split())
    errors: dict[str, Message] = {}
    if not isinstance(done_on, dt.date):
        errors["done_on"] = message(QT_TRANSLATE_NOOP("messages", "La date est obligatoire."))
    elif done_on > today():
        errors["done_on"] = message(
            QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur.")
        )
    if channel and channel not in CHANNELS:
        errors["channel"] = message(QT_TRANSLATE_NOOP("messages", "Mode d'envoi inconnu."))
    if len(outcome) > OUTCOME_MAX:
        errors["outcome"] = message(
            QT_TRANSLATE_NOOP("messages", "{max} caractères au plus."), max=OUTCOME_MAX
        )
    if errors:
        raise ValidationError(errors)

    def action(session: Session, p: PaymentPlan) -> None:
        item = next((f for f in p.follow_ups if f.id == follow_up_id), None)
        if item is None:
            raise NotFoundError(
                message(QT_TRANSLATE_NOOP("messages", "Cette action n'existe pas ou plus."))
            )
        if item.done_on is not None:
            raise ValidationError(
                {},
                message(
                    QT_TRANSLATE_NOOP("messages", "Cette action est déjà faite (le {date})."),
                    date=format_date_fr(item.done_on),
                ),
            )
        if (
            item.kind == FollowUpKind.CCAPEX.value
            and p.summons_on is not None
            and earliest_summons(done_on) > p.summons_on
        ):
            raise ValidationError(
                {
                    "done_on": message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Saisie le {date}, la CCAPEX ne l'est pas 2 mois avant l'assignation "
                            "prévue le {summons} : reportez l'assignation au {earliest} au moins.",
                        ),
                        date=format_date_fr(done_on),
                        summons=format_date_fr(p.summons_on),
                        earliest=format_date_fr(earliest_summons(done_on)),
                    )
                }
            )
        item.done_on = done_on
        item.channel = channel
        item.outcome = outcome
        item.done_by = actor.username
        label = stored_text(Message(FollowUpKind(item.kind).label))
        add_timeline_event(
            session,
            p,
            EVENT_PLAN_FOLLOW_UP,
            f"{plan_label(p)} : {label}" + (f" — {outcome}" if outcome else ""),
            actor,
        )
        audit.record(
            session,
            actor,
            "follow_up",
            ENTITY,
            p.id,
            None,
            {"kind": item.kind, "done_on": done_on, "channel": channel, "outcome": outcome},
        )
        session.flush()
        _refresh_summary(p, _ledger(p, today()))

    return _edit(db, actor, plan_id, expected_version, action)


@guarded("plan.assignation")
def plan_summons(
    db: Database,
    actor: Actor,
    plan_id: int,
    summons_on: dt.date,
    expected_version: int,
    *,
    on: dt.date | None = None,
) -> int:
    """Set the date the tenant is to be summoned: at least 2 months after the CCAPEX referral."""
    on = on or today()

    def action(session: Session, p: PaymentPlan) -> None:
        if PlanStatus(p.status) not in (PlanStatus.DEFAILLANT, PlanStatus.CADUC):
            raise ValidationError(
                {},
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Une assignation ne se prévoit que pour un plan défaillant ou caduc.",
                    )
                ),
            )
        ccapex = [f for f in p.follow_ups if f.kind == FollowUpKind.CCAPEX.value]
        referred = max((f.done_on for f in ccapex if f.done_on), default=None)
        check_summons(summons_on, referred, on)
        p.summons_on = summons_on
        for f in ccapex:
            if f.done_on is None and p.breached_on:
                f.due_on = ccapex_due(p.breached_on, summons_on)
        add_timeline_event(
            session,
            p,
            EVENT_PLAN_SUMMONS,
            stored_text(
                message(
                    QT_TRANSLATE_NOOP("messages", "{plan} : assignation envisagée le {date}"),
                    plan=plan_label(p),
                    date=format_date_fr(summons_on),
                )
            ),
            actor,
        )
        audit.record(session, actor, "summons", ENTITY, p.id, None, {"summons_on": summons_on})
        session.flush()
        _refresh_summary(p, _ledger(p, today()))

    return _edit(db, actor, plan_id, expected_version, action)


@guarded("plan.avenant")
def sign_avenant(
    db: Database,
    actor: Actor,
    plan_id: int,
    signed_on: dt.date,
    new_end_on: dt.date,
    expected_version: int,
    *,
    start_on: dt.date | None = None,
    months: int | None = None,
    monthly: Decimal | None = None,
    day: int | None = None,
    on: dt.date | None = None,
) -> int:
    """Extend a protocole by avenant (at most 3 years) with the plan renegotiated: what is
    paid stays, what remains is spread over a new schedule ending by the new end date."""
    on = on or today()

    def action(session: Session, p: PaymentPlan) -> None:
        if p.plan_type not in {t.value for t in PROTOCOL_TYPES}:
            raise ValidationError(
                {},
                message(
                    QT_TRANSLATE_NOOP("messages", "Seul un protocole se prolonge par avenant.")
                ),
            )
        if PlanStatus(p.status) not in IN_FORCE:
            raise ValidationError(
                {},
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Un avenant se signe sur un protocole signé, en cours ou défaillant.",
                    )
                ),
            )
        validate_avenant(p.end_on, new_end_on, signed_on)
        if p.avenant_end_on is not None and new_end_on <= p.avenant_end_on:
            raise ValidationError(
                {
                    "avenant_end_on": message(
                        QT_TRANSLATE_NOOP(
                            "messages", "L'avenant doit prolonger le protocole au-delà du {date}."
                        ),
                        date=format_date_fr(p.avenant_end_on),
                    )
                }
            )
        ledger = _ledger(p, on)
        kept = [Instalment(s.number, s.due_on, s.paid) for s in ledger.instalments if s.paid > 0]
        remainder = p.debt - sum((k.amount for k in kept), ZERO)
        start = start_on or max(on, signed_on)
        new: list[Instalment] = []
        if remainder > 0:
            try:
                new = build_schedule(remainder, start, months=months, monthly=monthly, day=day)
            except ValidationError as exc:
                raise ValidationError({f"avenant_{k}": v for k, v in exc.fields.items()}) from None
        schedule = [Instalment(i + 1, x.due_date, x.amount) for i, x in enumerate(kept + new)]
        problems = check_edited_schedule(p.debt, schedule) if schedule else []
        if new and new[-1].due_date > new_end_on:
            problems.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La dernière échéance ({date}) tombe après la nouvelle fin du protocole "
                        "({end}).",
                    ),
                    date=format_date_fr(new[-1].due_date),
                    end=format_date_fr(new_end_on),
                )
            )
        if problems:
            raise ValidationError(_schedule_errors(problems))
        before = _snapshot(p)
        p.avenant_signed_on = signed_on
        p.avenant_end_on = new_end_on
        if months is not None or monthly is not None:
            p.months, p.monthly = months, monthly
        _apply_schedule(p, schedule)
        add_timeline_event(
            session,
            p,
            EVENT_PLAN_AVENANT,
            stored_text(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{plan} : avenant signé le {date}, fin reportée au {end} ; reste {amount} "
                        "en {count} échéance(s)",
                    ),
                    plan=plan_label(p),
                    date=format_date_fr(signed_on),
                    end=format_date_fr(new_end_on),
                    amount=format_money_fr(remainder),
                    count=len(new),
                )
            ),
            actor,
        )
        audit.record(session, actor, "avenant", ENTITY, p.id, before, _snapshot(p))
        if PlanStatus(p.status) == PlanStatus.DEFAILLANT:
            _close_open_follow_ups(
                p, on, message(QT_TRANSLATE_NOOP("messages", "avenant signé")), actor
            )
            p.breached_on = None
            _set_status(
                session,
                p,
                PlanStatus.EN_COURS,
                actor,
                on,
                reason=stored_text(message(QT_TRANSLATE_NOOP("messages", "avenant signé"))),
            )
        session.flush()
        evaluate_plan(session, p, actor, on)

    return _edit(db, actor, plan_id, expected_version, action)


@dataclass
class EvaluationResult:
    breached: list[int] = field(default_factory=list)
    settled: list[int] = field(default_factory=list)
    started: list[int] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return len(self.breached) + len(self.settled) + len(self.started)


def record_change(result: EvaluationResult, plan_id: int, before: str, after: str) -> None:
    if before == after:
        return
    if after == PlanStatus.DEFAILLANT.value:
        result.breached.append(plan_id)
    elif after == PlanStatus.SOLDE.value:
        result.settled.append(plan_id)
    elif after == PlanStatus.EN_COURS.value:
        result.started.append(plan_id)


def _refresh_conflict() -> ConflictError:
    return ConflictError(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Un autre poste a modifié un plan pendant l'actualisation : recommencez.",
            )
        )
    )


@guarded("plan.actualisation")
def evaluate_plans(
    db: Database, actor: Actor, on: dt.date | None = None, plan_ids: list[int] | None = None
) -> EvaluationResult:
    """Re-read the plans in force as of ``on``: those whose instalments fell due unpaid
    are marked breached (with their follow-ups), those fully paid settled."""
    on = on or today()
    authz.require(actor, WRITE, entity=ENTITY)
    result = EvaluationResult()
    with db.reader() as session:
        # Time alone changes a plan only on its ``next_check_on``: a signed plan starts, a
        # running one may be breached (a breached one stays so until a user decides;
        # payments re-read their plan themselves).
        stmt = select(PaymentPlan.id).where(
            PaymentPlan.status.in_([PlanStatus.SIGNE.value, PlanStatus.EN_COURS.value]),
            PaymentPlan.next_check_on.is_not(None),
            PaymentPlan.next_check_on <= on,
        )
        if actor.agency_scoped:
            stmt = stmt.join(Household, Household.id == PaymentPlan.household_id).where(
                Household.agency_id == (actor.agency_id if actor.agency_id is not None else -1)
            )
        if plan_ids is not None:
            stmt = stmt.where(PaymentPlan.id.in_(plan_ids))
        ids = list(session.scalars(stmt.order_by(PaymentPlan.id)))
    for start in range(0, len(ids), 200):
        chunk = ids[start : start + 200]
        with writing(db, _refresh_conflict) as session:
            stmt = select(PaymentPlan).where(PaymentPlan.id.in_(chunk)).options(*plan_options())
            if session.get_bind().dialect.name == "postgresql":
                stmt = stmt.with_for_update(of=PaymentPlan)
            for p in session.scalars(stmt):
                before = p.status
                if PlanStatus(before) not in IN_FORCE:
                    continue
                evaluate_plan(session, p, actor, on)
                if p.status != before:
                    touch(p, actor)
                record_change(result, p.id, before, p.status)
    return result

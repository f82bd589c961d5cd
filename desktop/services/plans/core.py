"""Payment plans, what every plan action shares: constants and event kinds, the views,
the mapping between the stored plan and the domain's terms and ledger, loading, the
status change and the evaluation of one plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.plans import (
    CLOSED,
    EDITABLE,
    IN_FORCE,
    REASON_MAX,
    AidBody,
    BreachRule,
    Contribution,
    Contributor,
    FollowUpKind,
    Ledger,
    PaymentLine,
    PlanTerms,
    Withdrawal,
    allocate,
    breach_follow_ups,
    breach_reasons,
    check_schedule,
    contribution_warning,
    contributions,
    next_check_on,
    normalise_terms,
    rent_due_dates,
    schedule_for,
    validate_terms,
)
from desktop.domain.roles import Permission
from desktop.domain.schedule import (
    Instalment,
    PaymentPlanType,
    PlanStatus,
)
from desktop.services import audit, authz, timeline
from desktop.services import (
    importer as _imp,  # reading helpers shared with the tenant import
)
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.services.write import (
    check_version,
    conflict_of,
    from_row,
    message,
    one_row,
    reloaded,
    set_children,
    set_fields,
    snapshot,
    touch,
    writing,
)
from desktop.storage.db import Database
from desktop.storage.models import (
    Household,
    PaymentPlan,
    PlanFollowUp,
    PlanInstalment,
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
EVENT_PLAN_WITHDRAWAL = "PLAN_RETRAIT_CONTRIBUTION"
EVENT_PLAN_WITHDRAWAL_CANCELLED = "PLAN_RETRAIT_CONTRIBUTION_ANNULE"
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
    EVENT_PLAN_WITHDRAWAL,
    EVENT_PLAN_WITHDRAWAL_CANCELLED,
)

SOURCE_MANUAL = "SAISIE"
SOURCE_IMPORT = "IMPORT"
# A contributor's payment, typed in: its source is the contributor (``Contributor.FSL``
# stores "FSL"); it pays the instalments only (docs/domain.md#plans).
CONTRIBUTION_SOURCES = frozenset(c.value for c in Contributor)
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

    @property
    def contributor(self) -> Contributor | None:
        """Who paid, when not the tenants."""
        return Contributor(self.source) if self.source in CONTRIBUTION_SOURCES else None


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
    # A signed agreement changed behind Parcours's back (its seal, services/seals.py).
    integrity: Message | None = None
    # What each contributor named on the plan promised and has paid.
    contributions: tuple[Contribution, ...] = ()

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

    def contribution_warning(self, contributor: Contributor, amount: Decimal) -> Message | None:
        """Why ``contributor``'s payment of ``amount`` deserves a second look (more than
        it promised on the plan); ``None``: nothing to say. A warning, not a refusal."""
        return next(
            (
                contribution_warning(c, amount)
                for c in self.contributions
                if c.contributor == contributor
            ),
            None,
        )


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
    return from_row(
        PlanTerms, p, plan_type=PaymentPlanType(p.plan_type), aid_body=AidBody(p.aid_body)
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
    set_fields(
        p,
        {
            "plan_type": terms.plan_type.value,
            "aid_body": terms.aid_body.value,
            **{name: getattr(terms, name) for name in _TERM_COLUMNS},
        },
    )


def _apply_schedule(p: PaymentPlan, instalments: list[Instalment]) -> None:
    set_children(
        p.instalments,
        [{"number": i.number, "due_on": i.due_date, "amount": i.amount} for i in instalments],
        PlanInstalment,
    )


def _instalments_of(p: PaymentPlan) -> list[Instalment]:
    return [Instalment(i.number, i.due_on, i.amount) for i in p.instalments]


def _promised(p: PaymentPlan) -> dict[Contributor, Decimal | None]:
    named = ((Contributor.FSL, p.fsl, p.fsl_amount), (Contributor.CCAS, p.ccas, p.ccas_amount))
    return {c: amount for c, on_plan, amount in named if on_plan}


def named_contributors(p: PaymentPlan) -> tuple[Contributor, ...]:
    """The contributors the plan names (FSL, CCAS): who else may pay towards it."""
    return tuple(_promised(p))


def _withdrawals(p: PaymentPlan) -> dict[Contributor, Withdrawal]:
    """The contributors' promises withdrawn since the signature."""
    recorded = (
        (Contributor.FSL, p.fsl_withdrawn_on, p.fsl_owed_from, p.fsl_withdrawal_reason),
        (Contributor.CCAS, p.ccas_withdrawn_on, p.ccas_owed_from, p.ccas_withdrawal_reason),
    )
    return {
        c: Withdrawal(on, owed_from, reason or "")
        for c, on, owed_from, reason in recorded
        if on is not None and owed_from is not None
    }


def plan_contributions(p: PaymentPlan, on: dt.date) -> list[Contribution]:
    """What each contributor the plan names promised, and paid up to ``on``; whether its
    promise was withdrawn."""
    return contributions(
        _promised(p),
        (
            (Contributor(x.source), x.amount)
            for x in p.payments
            if x.source in CONTRIBUTION_SOURCES and x.paid_on <= on
        ),
        _withdrawals(p),
    )


def _ledger(p: PaymentPlan, on: dt.date) -> Ledger:
    instalments = _instalments_of(p)
    given = plan_contributions(p, on)
    rent = (p.current_rent + p.current_charges) if p.payments_cover_rent else ZERO
    end = p.avenant_end_on or p.end_on
    return allocate(
        instalments,
        [PaymentLine(x.paid_on, x.amount, x.source in CONTRIBUTION_SOURCES) for x in p.payments],
        on,
        rent=rent if rent > 0 else None,
        rent_dates=rent_due_dates(instalments, p.start_on, end, p.day) if rent > 0 else [],
        grace_days=p.grace_days,
        # A promised contribution not paid yet is not the tenants' default; a withdrawn
        # one is theirs after a notice (docs/domain.md#plans).
        awaited=sum((c.awaited for c in given), ZERO),
        released=[
            (c.released, c.withdrawal.owed_from, c.contributor) for c in given if c.withdrawal
        ],
    )


def _rule(p: PaymentPlan) -> BreachRule:
    return BreachRule(p.breach_missed, p.breach_rent_unpaid, p.grace_days)


def _refresh_summary(p: PaymentPlan, ledger: Ledger) -> None:
    nxt = ledger.next_due
    # The oldest instalment not paid is the contributors' to pay (the arrears list does
    # not chase the tenants for it).
    covered = nxt is not None and nxt.tenants_due_on is None
    awaited = [c.contributor.value for c in plan_contributions(p, ledger.on) if c.awaited > 0]
    values: dict[str, object] = {
        "paid_total": ledger.paid_total,
        "remaining": ledger.remaining,
        "next_due_on": nxt.due_on if nxt else None,
        "tenants_due_on": ledger.tenants_next_due_on,
        "awaited_from": ",".join(awaited) if covered else "",
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
    set_fields(p, values)


def _snapshot(p: PaymentPlan) -> dict:
    return {
        **snapshot(p, ("status", "plan_type", "aid_body", *_TERM_COLUMNS)),
        "instalments": [[i.number, i.due_on, i.amount] for i in p.instalments],
    }


# --------------------------------------------------------------------------- seal
# The terms and schedule of a signed agreement, sealed in the audit event of its
# signature and of each avenant (services/seals.py).
SEALED_ACTIONS = ("status", "avenant")
TERMS_CHANGED = QT_TRANSLATE_NOOP(
    "messages",
    "Les conditions de cet accord signé (dette, loyer, dates, parties ou échéancier) ont "
    "été modifiées hors de Parcours depuis sa signature ou son dernier avenant : "
    "l'accord signé fait foi. Prévenez l'administrateur.",
)


def plan_seal(p: PaymentPlan) -> str:
    """The SHA-256 of a signed agreement's terms and schedule."""
    from desktop.services.seals import digest, sealed_row

    schedule = [
        [i.number, i.due_on.isoformat(), f"{i.amount:.2f}"]
        for i in sorted(p.instalments, key=lambda i: i.number)
    ]
    return digest({"plan": sealed_row(p), "schedule": schedule})


def _integrity(session: Session, p: PaymentPlan) -> Message | None:
    from desktop.services.seals import enforced_by_server, recorded_seal

    if enforced_by_server(session):
        return None
    recorded = recorded_seal(session, ENTITY, p.id, SEALED_ACTIONS, last=True)
    if recorded is None:
        return None
    if PlanStatus(p.status) in EDITABLE or plan_seal(p) != recorded:
        return Message(TERMS_CHANGED)
    return None


def _view(session: Session, p: PaymentPlan, on: dt.date) -> PlanView:
    h = p.household
    ledger = _ledger(p, on)
    status = PlanStatus(p.status)
    reasons = breach_reasons(ledger, _rule(p)) if status in IN_FORCE else []
    return from_row(
        PlanView,
        p,
        status=status,
        terms=_terms_of(p),
        instalments=_instalments_of(p),
        ledger=ledger,
        breach_reasons=reasons,
        payments=[from_row(PaymentView, x) for x in p.payments],
        follow_ups=[from_row(FollowUpView, f, kind=FollowUpKind(f.kind)) for f in p.follow_ups],
        tenant_name=h.display_name,
        contract_number=h.contract_number,
        address=h.address,
        balance=h.balance,
        integrity=_integrity(session, p),
        contributions=tuple(plan_contributions(p, on)),
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
    return one_row(session, stmt, _not_found(plan_id), for_update=for_update, of=PaymentPlan)


PLAN_CHANGED_BY = QT_TRANSLATE_NOOP(
    "messages",
    "Ce plan a été modifié par {user} le {date} à {time} depuis que vous l'avez ouvert. "
    "Vos changements n'ont pas été enregistrés : rechargez le plan pour voir la version "
    "actuelle.",
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
            from_row(
                PlanSummary,
                p,
                plan_type=PaymentPlanType(p.plan_type),
                status=PlanStatus(p.status),
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
    """A line of the plan's tenant file's timeline (``timeline.add_event``)."""
    timeline.add_event(session, p.household_id, kind, summary, actor, stamp)


def plan_event(
    session: Session,
    p: PaymentPlan,
    actor: Actor,
    kind: str,
    template: str,
    /,
    *,
    at: dt.datetime | None = None,
    **params,
) -> None:
    """A line on the tenant's timeline about plan ``p`` (at ``at``, default now):
    ``template`` (``{plan}``: the plan's label) filled with ``params``, stored in French."""
    summary = stored_text(message(template, plan=plan_label(p), **params))
    add_timeline_event(session, p, kind, summary, actor, at)


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
    reload = reloaded(db, lambda s: _load(s, plan_id), lambda p: conflict_of(p, PLAN_CHANGED_BY))
    with writing(db, reload) as session:
        p = _load(session, plan_id, for_update=True)
        authz.require_agency(actor, WRITE, p.household.agency_id, entity=ENTITY, entity_id=plan_id)
        check_version(p, expected_version, PLAN_CHANGED_BY)
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
    after = {
        "status": new.value,
        "on": on,
        "reason": reason,
        "automatic": automatic,
        "detail": detail,
    }
    if new == PlanStatus.SIGNE:  # the terms and schedule signed, sealed
        from desktop.services.seals import SEAL

        after[SEAL] = plan_seal(p)
    audit.record(session, actor, "status", ENTITY, p.id, {"status": old.value}, after)


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

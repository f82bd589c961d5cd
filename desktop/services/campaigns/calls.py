"""Call campaigns: calls and escalation steps, and the referrals to partners."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.campaign import (
    CONSENT_NOT_NEEDED,
    NOTE_MAX,
    OPEN_STATES,
    OUTCOME_MAX,
    PARTNER_NAME_MAX,
    PHONE_STEPS,
    REASON_MAX,
    VISIT_STEPS,
    Attempt,
    CallOutcome,
    CloseReason,
    ContactPerson,
    EscalationStep,
    PartnerType,
    Progress,
    ReferralStatus,
    TargetState,
    apply_attempt,
    apply_help_in_place,
    check_attempt,
    check_referral_transition,
    need_from_answers,
    note_warnings,
    script_from_json,
    set_reinforced,
    validate_answers,
)
from desktop.domain.errors import (
    ConflictError,
    ValidationError,
    too_long,
)
from desktop.domain.formatting import format_date_fr, utc_to_local
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.services import audit
from desktop.services.authz import guarded
from desktop.services.campaigns.common import (
    ENTITY_REFERRAL,
    ENTITY_TARGET,
    LIST_LIMIT,
    load_campaign,
    load_target,
    managed_targets,
    not_found,
    require_running,
    require_target,
    target_conflict,
)
from desktop.services.campaigns.data import (
    CallEntry,
    CallResult,
    ReferralInput,
    ReferralView,
)
from desktop.services.campaigns.targets import referral_view
from desktop.services.context import Actor, now, today
from desktop.services.write import created_by, from_row, invalid, message, writing
from desktop.storage.campaign_models import (
    Campaign,
    CampaignCall,
    CampaignReferral,
    CampaignTarget,
)
from desktop.storage.db import Database

# --------------------------------------------------------------------------- calls


def _progress(t: CampaignTarget) -> Progress:
    return from_row(
        Progress,
        t,
        state=TargetState(t.state),
        step=EscalationStep(t.escalation_step),
        last_outcome=CallOutcome(t.last_outcome) if t.last_outcome else None,
        secured_via=ContactPerson(t.secured_via) if t.secured_via else None,
        closed_reason=CloseReason(t.closed_reason) if t.closed_reason else None,
    )


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


def _record(
    db: Database,
    actor: Actor,
    target_id: int,
    entry: CallEntry,
    step_for: Callable[[CampaignTarget], EscalationStep],
    expected_version: int | None,
    action: str,
) -> CallResult:
    note = (entry.note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError({"note": too_long(NOTE_MAX)})
    stamp = now()
    called_at = entry.called_at or stamp
    if called_at > stamp + dt.timedelta(minutes=5):
        raise invalid(
            "called_at",
            QT_TRANSLATE_NOOP("messages", "L'appel ne peut pas être daté dans le futur."),
        )
    day = utc_to_local(called_at).date()
    with writing(db, target_conflict) as session:
        t, c = _running_target(session, actor, target_id, expected_version)
        if day < (c.started_on or c.start_on):
            raise invalid(
                "called_at",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "L'appel ne peut pas précéder le lancement de la campagne ({date}).",
                ),
                date=format_date_fr(c.started_on or c.start_on),
            )
        script = script_from_json(c.script)
        step = step_for(t)
        answers = validate_answers(
            script,
            entry.answers,
            entry.person,
            conversation=step in PHONE_STEPS and entry.close_reason is None,
        )
        need = entry.need_help
        if need is None:
            need = bool(need_from_answers(script, answers)) if entry.reached else False
        attempt = Attempt(
            step=step,
            on=day,
            person=entry.person,
            need_help=need,
            help_in_place=entry.help_in_place if entry.reached else False,
            next_action=entry.next_action,
            next_action_on=entry.next_action_on,
            wrong_number=entry.wrong_number,
            close_reason=entry.close_reason,
        )
        before = _progress(t)
        check_attempt(attempt, before, c.planned_end_on)
        after = apply_attempt(before, attempt, c.planned_end_on)
        call = CampaignCall(
            target_id=t.id,
            campaign_id=c.id,
            caller_id=actor.user_id,
            called_at=called_at,
            step=step.value,
            reached=entry.reached,
            person_reached=entry.person.value if entry.person else "",
            outcome=after.last_outcome.value if after.last_outcome else "",
            answers=answers or None,
            need_help=attempt.need_help,
            help_in_place=attempt.help_in_place,
            note=note,
            next_action=entry.next_action.value,
            next_action_on=entry.next_action_on,
            recorded_at=stamp,
            recorded_by=actor.username,
        )
        session.add(call)
        _store_progress(t, after)
        t.last_attempt_at = max(called_at, t.last_attempt_at or called_at)
        session.flush()
        audit.record(
            session,
            actor,
            action,
            ENTITY_TARGET,
            t.id,
            {"etat": before.state.value, "etape": before.step.value},
            {
                "appel": call.id,
                "etape_appel": step.value,
                "resultat": call.outcome,
                "etat": after.state.value,
                "etape": after.step.value,
                "prochain_appel": after.next_call_on,
                "note": bool(note),
            },
        )
        return CallResult(
            call.id,
            t.version,
            CallOutcome(call.outcome),
            after.state,
            after.step,
            after.next_call_on,
            note_warnings(note),
        )


def _running_target(
    session: Session, actor: Actor, target_id: int, expected_version: int | None = None
) -> tuple[CampaignTarget, Campaign]:
    """The call sheet (locked) and its running campaign, for a caller allowed on it, at
    the version he read."""
    t = load_target(session, target_id, for_update=True)
    c = load_campaign(session, t.campaign_id)
    require_target(actor, c, t)
    require_running(c)
    if expected_version is not None and t.version != expected_version:
        raise target_conflict()
    return t, c


@guarded("campagne.appel")
def record_call(
    db: Database,
    actor: Actor,
    target_id: int,
    entry: CallEntry,
    *,
    expected_version: int | None = None,
) -> CallResult:
    """Record a phone call on a call sheet: nobody reached → the next step of the
    escalation chain; someone reached and the help in place → secured; a reinforced
    link → called again every week until the planned end."""
    return _record(db, actor, target_id, entry, _call_step, expected_version, "call")


@guarded("campagne.escalade")
def record_escalation_outcome(
    db: Database,
    actor: Actor,
    target_id: int,
    step: EscalationStep,
    entry: CallEntry,
    *,
    expected_version: int | None = None,
) -> CallResult:
    """Record an escalation step done (a neighbour contacted, the postal worker's
    visit, a site visit) and what it found: ``entry.person`` is who was reached (the
    tenant seen, a neighbour or relative giving news), None when nobody."""
    if step not in VISIT_STEPS:
        raise invalid(
            "step",
            QT_TRANSLATE_NOOP(
                "messages",
                "Étape d'escalade attendue : voisin, facteur ou visite sur place.",
            ),
        )
    if entry.wrong_number:
        raise invalid(
            "wrong_number",
            QT_TRANSLATE_NOOP("messages", "Un numéro erroné ne concerne que les appels."),
        )
    return _record(db, actor, target_id, entry, lambda _t: step, expected_version, "escalation")


@guarded("campagne.lien_renforce")
def set_reinforced_link(
    db: Database,
    actor: Actor,
    target_id: int,
    active: bool,
    *,
    expected_version: int | None = None,
    on: dt.date | None = None,
) -> int:
    """Start or stop the weekly calls of a call sheet; return its new version."""
    on = on or today()
    with writing(db, target_conflict) as session:
        t, c = _running_target(session, actor, target_id, expected_version)
        before = _progress(t)
        _store_progress(t, set_reinforced(before, active, on, c.planned_end_on))
        session.flush()
        audit.record(
            session,
            actor,
            "update",
            ENTITY_TARGET,
            t.id,
            {"lien_renforce": before.reinforced_link},
            {"lien_renforce": active, "prochain_appel": t.next_call_on},
        )
        return t.version


# --------------------------------------------------------------------------- referrals


def _clean_text(value: str, key: str, limit: int, errors: dict) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        errors[key] = too_long(limit)
    return value


@guarded("campagne.orientation")
def add_referral(db: Database, actor: Actor, target_id: int, data: ReferralInput) -> int:
    """Refer a call sheet's person to a partner; return the referral's id."""
    errors: dict[str, Message] = {}
    partner_name = _clean_text(
        " ".join((data.partner_name or "").split()), "partner_name", PARTNER_NAME_MAX, errors
    )
    reason = _clean_text(data.reason, "reason", REASON_MAX, errors)
    if data.partner_type not in CONSENT_NOT_NEEDED and not data.consent:
        errors["consent"] = message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Recueillez l'accord de la personne avant de transmettre ses "
                "coordonnées à un partenaire (sauf urgence vitale).",
            )
        )
    if data.partner_type == PartnerType.OTHER and not partner_name:
        errors["partner_name"] = message(
            QT_TRANSLATE_NOOP("messages", "Indiquez le nom du partenaire.")
        )
    if data.sent_on is not None and data.sent_on > today():
        errors["sent_on"] = message(
            QT_TRANSLATE_NOOP("messages", "La date de transmission ne peut pas être dans le futur.")
        )
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        t, c = _running_target(session, actor, target_id)
        r = CampaignReferral(
            target_id=t.id,
            campaign_id=c.id,
            partner_type=data.partner_type.value,
            partner_name=partner_name,
            reason=reason,
            consent=data.consent,
            sent_on=data.sent_on or today(),
            status=(ReferralStatus.SENT if data.sent_on else ReferralStatus.TO_SEND).value,
            outcome="",
            help_in_place=False,
            closed_on=None,
            **created_by(actor),
        )
        session.add(r)
        session.flush()
        audit.record(
            session,
            actor,
            "create",
            ENTITY_REFERRAL,
            r.id,
            None,
            {
                "fiche": t.id,
                "campagne": c.id,
                "partenaire": r.partner_type,
                "nom": partner_name,
                "statut": r.status,
                "accord": data.consent,
            },
        )
        return r.id


def _last_person(session: Session, t: CampaignTarget) -> ContactPerson | None:
    person = session.scalar(
        select(CampaignCall.person_reached)
        .where(CampaignCall.target_id == t.id, CampaignCall.reached.is_(True))
        .order_by(CampaignCall.called_at.desc(), CampaignCall.id.desc())
        .limit(1)
    )
    return ContactPerson(person) if person else None


@guarded("campagne.orientation")
def update_referral(
    db: Database,
    actor: Actor,
    referral_id: int,
    status: ReferralStatus,
    expected_version: int,
    *,
    on: dt.date | None = None,
    outcome: str = "",
    help_in_place: bool = False,
) -> int:
    """Follow a referral up (sent, taken in charge, closed, dropped); closing it with
    the help in place secures the situation when someone was reached. Returns the new
    version."""
    on = on or today()
    errors: dict[str, Message] = {}
    outcome = _clean_text(outcome, "outcome", OUTCOME_MAX, errors)
    if help_in_place and status != ReferralStatus.CLOSED:
        errors["help_in_place"] = message(
            QT_TRANSLATE_NOOP("messages", "L'aide se constate à la clôture de l'orientation.")
        )
    if status in (ReferralStatus.CLOSED, ReferralStatus.DROPPED) and not outcome:
        errors["outcome"] = message(
            QT_TRANSLATE_NOOP("messages", "Indiquez la suite donnée par le partenaire.")
        )
    if on > today():
        errors["on"] = message(
            QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur.")
        )
    if errors:
        raise ValidationError(errors)
    with writing(db, target_conflict) as session:
        r = session.get(CampaignReferral, referral_id)
        if r is None:
            raise not_found(ENTITY_REFERRAL, referral_id)
        t = load_target(session, r.target_id, for_update=True)
        c = load_campaign(session, t.campaign_id)
        require_target(actor, c, t)
        require_running(c)
        if r.version != expected_version:
            raise ConflictError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Cette orientation a été modifiée par {user} depuis que vous "
                        "l'avez ouverte : rechargez-la.",
                    ),
                    user=r.updated_by,
                )
            )
        current = ReferralStatus(r.status)
        check_referral_transition(current, status)
        if on < r.sent_on and status != ReferralStatus.SENT:
            raise invalid(
                "on",
                QT_TRANSLATE_NOOP("messages", "La date précède la transmission ({date})."),
                date=format_date_fr(r.sent_on),
            )
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
            after = apply_help_in_place(before, _last_person(session, t), on, c.planned_end_on)
            _store_progress(t, after)
            secured = after.state == TargetState.SECURED and before.state != TargetState.SECURED
        session.flush()
        audit.record(
            session,
            actor,
            "update",
            ENTITY_REFERRAL,
            r.id,
            {"statut": current.value},
            {
                "statut": status.value,
                "date": on,
                "aide_en_place": help_in_place,
                "fiche_securisee": secured,
            },
        )
        return r.version


def close_referral(
    db: Database,
    actor: Actor,
    referral_id: int,
    expected_version: int,
    *,
    outcome: str,
    help_in_place: bool,
    on: dt.date | None = None,
) -> int:
    """Close a referral with the partner's answer (``update_referral`` to CLOSE)."""
    return update_referral(
        db,
        actor,
        referral_id,
        ReferralStatus.CLOSED,
        expected_version,
        on=on,
        outcome=outcome,
        help_in_place=help_in_place,
    )


@guarded("campagne.orientations")
def list_referrals(
    db: Database,
    actor: Actor,
    campaign_id: int,
    *,
    status: ReferralStatus | None = None,
    partner_type: PartnerType | None = None,
    open_only: bool = False,
) -> list[ReferralView]:
    """A campaign's referrals for their follow-up (managers; agency managers: their
    agency's ones when the campaign is not their agency's)."""
    r, t = CampaignReferral, CampaignTarget
    with db.reader() as session:
        stmt = managed_targets(
            session,
            actor,
            campaign_id,
            select(r, t.contact_name)
            .join(t, t.id == r.target_id)
            .where(r.campaign_id == campaign_id),
        )
        if status is not None:
            stmt = stmt.where(r.status == status.value)
        if partner_type is not None:
            stmt = stmt.where(r.partner_type == partner_type.value)
        if open_only:
            stmt = stmt.where(
                r.status.not_in([ReferralStatus.CLOSED.value, ReferralStatus.DROPPED.value])
            )
        return [
            referral_view(x, name)
            for x, name in session.execute(stmt.order_by(r.sent_on, r.id).limit(LIST_LIMIT))
        ]

"""Vigilance call campaigns: the campaign's terms, the progress of a target after an
attempt (escalation, secured, weekly calls), referrals, and the balanced assignment of
targets to callers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from desktop.domain.campaign.common import (
    DEFAULT_MIN_AGE,
    ESCALATION_DELAY_DAYS,
    MAX_DURATION_DAYS,
    MIN_AGE_HIGH,
    MIN_AGE_LOW,
    NAME_MAX,
    OPEN_STATES,
    PURPOSE_MAX,
    REFERRAL_TRANSITIONS,
    UNSECURED_CALL_BACK_DAYS,
    CallOutcome,
    CloseReason,
    ContactPerson,
    EscalationStep,
    NextAction,
    ReferralStatus,
    TargetState,
    _rank,
    is_secured,
    next_step,
    next_weekly_call,
)
from desktop.domain.campaign.script import ScriptQuestion, default_script, validate_script
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.i18n import message as _m
from desktop.domain.tenant import check_text

# --------------------------------------------------------------------------- campaign


@dataclass
class CampaignTerms:
    """What the user enters for a campaign (create or edit)."""

    name: str
    query_name: str
    start_on: dt.date
    planned_end_on: dt.date
    purpose: str = ""
    agency_id: int | None = None
    min_age: int = DEFAULT_MIN_AGE
    isolated_only: bool = False
    disability_only: bool = False
    script: list[ScriptQuestion] = field(default_factory=default_script)


def normalise_terms(terms: CampaignTerms) -> CampaignTerms:
    return replace(
        terms,
        name=" ".join(terms.name.split()),
        query_name=" ".join(terms.query_name.split()),
        purpose=terms.purpose.strip(),
        script=list(terms.script),
    )


def validate_terms(terms: CampaignTerms) -> None:
    errors: dict[str, Message] = {}
    if not terms.name or len(terms.name) > NAME_MAX:
        errors["name"] = _m(
            QT_TRANSLATE_NOOP("messages", "Nom de la campagne : 1 à {max} caractères."),
            max=NAME_MAX,
        )
    else:  # no bidi override, control character or formula start (the Excel exports)
        check_text(errors, "name", terms.name, NAME_MAX)
    check_text(errors, "purpose", terms.purpose, PURPOSE_MAX, single_line=False)
    if not terms.query_name:
        errors["query_name"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Choisissez la recherche enregistrée qui désigne les locataires à appeler.",
            )
        )
    if terms.planned_end_on < terms.start_on:
        errors["planned_end_on"] = _m(
            QT_TRANSLATE_NOOP("messages", "La fin prévue doit suivre le début de la campagne.")
        )
    elif (terms.planned_end_on - terms.start_on).days > MAX_DURATION_DAYS:
        errors["planned_end_on"] = _m(
            QT_TRANSLATE_NOOP("messages", "Une campagne dure au plus {days} jours."),
            days=MAX_DURATION_DAYS,
        )
    if not MIN_AGE_LOW <= terms.min_age <= MIN_AGE_HIGH:
        errors["min_age"] = _m(
            QT_TRANSLATE_NOOP("messages", "Âge minimal : de {low} à {high} ans."),
            low=MIN_AGE_LOW,
            high=MIN_AGE_HIGH,
        )
    if errors:
        raise ValidationError(errors)
    validate_script(terms.script)


# --------------------------------------------------------------------------- attempts


@dataclass(frozen=True)
class Progress:
    """A target's progress (the columns of ``campaign_target`` the rules change)."""

    state: TargetState = TargetState.TO_CALL
    step: EscalationStep = EscalationStep.FIRST_CALL
    reinforced_link: bool = False
    next_call_on: dt.date | None = None
    attempts: int = 0
    last_outcome: CallOutcome | None = None
    reached_on: dt.date | None = None
    need_help: bool = False
    help_in_place: bool = False
    secured_on: dt.date | None = None
    secured_via: ContactPerson | None = None
    closed_reason: CloseReason | None = None


@dataclass(frozen=True)
class Attempt:
    """One attempt as recorded: a call or an escalation step, and what it found."""

    step: EscalationStep
    on: dt.date
    person: ContactPerson | None = None  # None: nobody reached
    need_help: bool = False
    help_in_place: bool = False
    next_action: NextAction = NextAction.NONE
    next_action_on: dt.date | None = None
    wrong_number: bool = False
    close_reason: CloseReason | None = None

    @property
    def reached(self) -> bool:
        return self.person is not None


def outcome_of(attempt: Attempt) -> CallOutcome:
    if not attempt.reached:
        return CallOutcome.WRONG_NUMBER if attempt.wrong_number else CallOutcome.NOT_REACHED
    if attempt.next_action == NextAction.EMERGENCY:
        return CallOutcome.EMERGENCY
    if attempt.close_reason == CloseReason.REFUSED:
        return CallOutcome.REFUSED
    if attempt.next_action == NextAction.REFER:
        return CallOutcome.REFERRED
    if attempt.need_help and not attempt.help_in_place:
        return CallOutcome.REACHED_NEED
    return CallOutcome.REACHED_OK


def check_attempt(attempt: Attempt, progress: Progress, planned_end: dt.date) -> None:
    """Raise ``ValidationError`` for an attempt that contradicts itself or the target."""
    errors: dict[str, Message] = {}
    if progress.state not in OPEN_STATES and progress.state != TargetState.SECURED:
        errors["target"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Cette fiche est close ({state}) : elle n'attend plus d'appel."
            ),
            state=Message(progress.state.label),
        )
    if attempt.step == EscalationStep.NONE:
        errors["step"] = _m(QT_TRANSLATE_NOOP("messages", "Indiquez l'étape."))
    if not attempt.reached:
        if attempt.next_action not in (NextAction.NONE, NextAction.CALL_BACK):
            errors["next_action"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Personne n'a été joint : seule la date de rappel peut être "
                    "indiquée, l'escalade suit son cours.",
                )
            )
        if attempt.need_help or attempt.help_in_place:
            errors["need_help"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Personne n'a été joint : le besoin d'aide n'est pas connu."
                )
            )
        if attempt.close_reason is not None:
            errors["close_reason"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Une fiche ne se clôt que sur une information obtenue auprès de quelqu'un.",
                )
            )
    else:
        if attempt.wrong_number:
            errors["wrong_number"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Numéro erroné et personne jointe : choisissez l'un ou l'autre."
                )
            )
    if attempt.next_action == NextAction.CLOSE and attempt.close_reason is None:
        errors["close_reason"] = _m(QT_TRANSLATE_NOOP("messages", "Indiquez le motif de clôture."))
    if attempt.close_reason is not None and attempt.next_action not in (
        NextAction.CLOSE,
        NextAction.NONE,
    ):
        errors["close_reason"] = _m(
            QT_TRANSLATE_NOOP("messages", "Une fiche close n'a pas d'autre action à suivre.")
        )
    if attempt.next_action == NextAction.CALL_BACK:
        if attempt.next_action_on is None:
            errors["next_action_on"] = _m(
                QT_TRANSLATE_NOOP("messages", "Indiquez la date du rappel.")
            )
        elif not attempt.on <= attempt.next_action_on <= planned_end:
            errors["next_action_on"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La date du rappel doit être comprise entre le jour de l'appel et "
                    "la fin prévue de la campagne.",
                )
            )
    elif attempt.next_action_on is not None:
        errors["next_action_on"] = _m(
            QT_TRANSLATE_NOOP("messages", "Une date n'est attendue que pour un rappel.")
        )
    if errors:
        raise ValidationError(errors)


def apply_attempt(progress: Progress, attempt: Attempt, planned_end: dt.date) -> Progress:
    """The target's progress after ``attempt`` (see the module doc for the rules)."""
    outcome = outcome_of(attempt)
    p = replace(progress, attempts=progress.attempts + 1, last_outcome=outcome)
    if not attempt.reached:
        after = next_step(attempt.step, wrong_number=attempt.wrong_number)
        current = progress.step if progress.state in OPEN_STATES else EscalationStep.NONE
        if after is not None and _rank(current) > _rank(after):
            after = current  # an extra call does not move an escalation back
        if after is None:
            if attempt.next_action == NextAction.CALL_BACK:
                after = EscalationStep.FOLLOW_UP
            else:
                return replace(
                    p,
                    state=TargetState.UNREACHABLE,
                    step=EscalationStep.NONE,
                    next_call_on=None,
                    secured_on=None,
                    secured_via=None,
                )
        due: dt.date | None = attempt.on + dt.timedelta(days=ESCALATION_DELAY_DAYS.get(after, 1))
        if attempt.next_action == NextAction.CALL_BACK:
            due = attempt.next_action_on
        return replace(
            p,
            state=TargetState.IN_PROGRESS,
            step=after,
            next_call_on=min(due, planned_end) if due else None,
            secured_on=None,
            secured_via=None,
        )

    p = replace(
        p,
        reached_on=progress.reached_on or attempt.on,
        need_help=attempt.need_help,
        help_in_place=attempt.help_in_place,
    )
    if attempt.close_reason is not None:
        return replace(
            p,
            state=TargetState.CLOSED,
            step=EscalationStep.NONE,
            next_call_on=None,
            closed_reason=attempt.close_reason,
            reinforced_link=False,
        )
    reinforced = progress.reinforced_link or attempt.next_action == NextAction.REINFORCED_LINK
    p = replace(p, reinforced_link=reinforced)
    if attempt.next_action != NextAction.EMERGENCY and is_secured(
        attempt.person, attempt.need_help, attempt.help_in_place
    ):
        secured_on = progress.secured_on if progress.state == TargetState.SECURED else attempt.on
        p = replace(
            p,
            state=TargetState.SECURED,
            secured_on=secured_on or attempt.on,
            secured_via=attempt.person,
        )
        due = next_weekly_call(attempt.on, planned_end) if reinforced else None
        if attempt.next_action == NextAction.CALL_BACK:
            due = attempt.next_action_on
        return replace(
            p, step=EscalationStep.FOLLOW_UP if due else EscalationStep.NONE, next_call_on=due
        )
    # Reached, but the needs are not covered yet (or an emergency): follow up soon.
    if attempt.next_action == NextAction.CALL_BACK:
        due = attempt.next_action_on
    elif attempt.next_action == NextAction.EMERGENCY:
        due = attempt.on + dt.timedelta(days=1)
    else:
        due = attempt.on + dt.timedelta(days=UNSECURED_CALL_BACK_DAYS)
    assert due is not None  # validate_attempt requires the date of a call-back
    return replace(
        p,
        state=TargetState.IN_PROGRESS,
        step=EscalationStep.FOLLOW_UP,
        next_call_on=min(due, planned_end),
        secured_on=None,
        secured_via=None,
    )


def apply_help_in_place(
    progress: Progress, person: ContactPerson | None, on: dt.date, planned_end: dt.date
) -> Progress:
    """The target once a referral closed with the help in place (the person reached
    last is ``person``): secured when someone was reached."""
    p = replace(progress, help_in_place=True)
    if progress.state not in OPEN_STATES or not is_secured(person, progress.need_help, True):
        return p
    due = next_weekly_call(on, planned_end) if progress.reinforced_link else None
    return replace(
        p,
        state=TargetState.SECURED,
        secured_on=on,
        secured_via=person,
        step=EscalationStep.FOLLOW_UP if due else EscalationStep.NONE,
        next_call_on=due,
    )


def set_reinforced(progress: Progress, on: bool, day: dt.date, planned_end: dt.date) -> Progress:
    """Start or stop the weekly calls of a reinforced link."""
    if on == progress.reinforced_link:
        return progress
    p = replace(progress, reinforced_link=on)
    if progress.state != TargetState.SECURED:
        return p
    if on:
        due = next_weekly_call(day, planned_end)
        return replace(
            p, step=EscalationStep.FOLLOW_UP if due else EscalationStep.NONE, next_call_on=due
        )
    return replace(p, step=EscalationStep.NONE, next_call_on=None)


def check_referral_transition(current: ReferralStatus, new: ReferralStatus) -> None:
    if new not in REFERRAL_TRANSITIONS[current]:
        raise ValidationError(
            {
                "status": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Une orientation « {current} » ne peut pas passer à « {new} »."
                    ),
                    current=Message(current.label),
                    new=Message(new.label),
                )
            }
        )


# --------------------------------------------------------------------------- assignment


def balance_assignment(
    targets: list[tuple[int, int]],
    callers: list[tuple[int, int | None]],
    loads: dict[int, int] | None = None,
) -> dict[int, int]:
    """Assign each target ``(target_id, agency_id)`` to a caller ``(user_id,
    agency_id)``: every caller ends with the same number of targets (±1, counting the
    ``loads`` they already carry when that allows), a caller of the target's agency
    when one has room. Returns ``{target_id: user_id}``."""
    if not callers or not targets:
        return {}
    load = {uid: (loads or {}).get(uid, 0) for uid, _a in callers}
    total = sum(load.values()) + len(targets)
    quota = -(-total // len(callers))  # ceiling
    by_agency: dict[int | None, list[int]] = {}
    for uid, agency in callers:
        by_agency.setdefault(agency, []).append(uid)
    result: dict[int, int] = {}
    rest = []
    for target_id, agency in sorted(targets, key=lambda t: (t[1], t[0])):
        local = [u for u in by_agency.get(agency, []) if load[u] < quota]
        if local:
            uid = min(local, key=lambda u: (load[u], u))
            result[target_id] = uid
            load[uid] += 1
        else:
            rest.append(target_id)
    for target_id in rest:
        uid = min(load, key=lambda u: (load[u], u))
        result[target_id] = uid
        load[uid] += 1
    return result

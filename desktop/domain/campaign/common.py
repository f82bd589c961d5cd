"""Vigilance call campaigns, what every rule shares: the limits, the enums and their
French labels, the escalation chain and the *secured* rule, the phone number and the
age band."""

from __future__ import annotations

import datetime as dt
import re
from typing import Self

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.labels import LabelledEnum
from desktop.domain.phone import callable_phone

NAME_MAX = 120
PURPOSE_MAX = 2000
NOTE_MAX = 1000
REASON_MAX = 1000
OUTCOME_MAX = 1000
PARTNER_NAME_MAX = 120
MIN_AGE_LOW, MIN_AGE_HIGH = 60, 100
DEFAULT_MIN_AGE = 70
MAX_DURATION_DAYS = 366
WEEK_DAYS = 7
# A person reached but whose needs are not covered yet is called back this many days
# later unless the caller sets a date.
UNSECURED_CALL_BACK_DAYS = 2
SCRIPT_MAX_QUESTIONS = 20
QUESTION_LABEL_MAX = 200
OPTION_LABEL_MAX = 120
OPTIONS_MAX = 12
CODE_RE = re.compile(r"[A-Z][A-Z0-9_]{0,19}")


class _Labelled(LabelledEnum):
    """A code stored in the database with its French label (``label``)."""

    @classmethod
    def parse(cls, value: object) -> Self:
        """The member of code ``value`` (or the member itself), else ``ValueError``."""
        if isinstance(value, cls):
            return value
        text = str(value or "").strip()
        for member in cls:
            if text.upper() == member.value or text.upper() == member.name:
                return member
            if text and text.casefold() == member.label.casefold():
                return member
        raise ValueError(text)


class CampaignStatus(_Labelled):
    DRAFT = "BROUILLON", QT_TRANSLATE_NOOP("messages", "Brouillon")
    RUNNING = "EN_COURS", QT_TRANSLATE_NOOP("messages", "En cours")
    ENDED = "TERMINEE", QT_TRANSLATE_NOOP("messages", "Terminée")
    PURGED = "PURGEE", QT_TRANSLATE_NOOP("messages", "Terminée, notes purgées")


class TargetState(_Labelled):
    TO_CALL = "A_APPELER", QT_TRANSLATE_NOOP("messages", "À appeler")
    IN_PROGRESS = "EN_COURS", QT_TRANSLATE_NOOP("messages", "En cours")
    SECURED = "SECURISE", QT_TRANSLATE_NOOP("messages", "Situation sécurisée")
    # The whole escalation chain failed: nobody could be reached.
    UNREACHABLE = "INJOIGNABLE", QT_TRANSLATE_NOOP("messages", "Injoignable")
    CLOSED = "CLOS", QT_TRANSLATE_NOOP("messages", "Clos")


class EscalationStep(_Labelled):
    """The attempt due next on a target (stored in ``escalation_step``), and the kind of
    each attempt (``campaign_call.step``)."""

    FIRST_CALL = "APPEL", QT_TRANSLATE_NOOP("messages", "Premier appel")
    SECOND_CALL = "RAPPEL", QT_TRANSLATE_NOOP("messages", "Second appel")
    NEIGHBOUR = "VOISIN", QT_TRANSLATE_NOOP("messages", "Contact d'un voisin")
    POSTAL_VISIT = "FACTEUR", QT_TRANSLATE_NOOP("messages", "Passage du facteur")
    SITE_VISIT = "VISITE", QT_TRANSLATE_NOOP("messages", "Visite sur place")
    # Weekly call of a reinforced link, or a call back set by the caller.
    FOLLOW_UP = "SUIVI", QT_TRANSLATE_NOOP("messages", "Appel de suivi")
    NONE = "", QT_TRANSLATE_NOOP("messages", "Aucune")


class CallOutcome(_Labelled):
    """Outcome of one attempt (docs/domain.md#campaigns, plus a wrong number)."""

    REACHED_OK = "JOINT_OK", QT_TRANSLATE_NOOP("messages", "Joint, pas de besoin")
    REACHED_NEED = "JOINT_BESOIN", QT_TRANSLATE_NOOP("messages", "Joint, besoin exprimé")
    NOT_REACHED = "NON_JOINT", QT_TRANSLATE_NOOP("messages", "Non joint")
    WRONG_NUMBER = "NUMERO_ERRONE", QT_TRANSLATE_NOOP("messages", "Numéro erroné")
    REFUSED = "REFUS", QT_TRANSLATE_NOOP("messages", "Refus")
    REFERRED = "ORIENTE", QT_TRANSLATE_NOOP("messages", "Orienté vers un partenaire")
    EMERGENCY = "URGENCE", QT_TRANSLATE_NOOP("messages", "Urgence")


class ContactPerson(_Labelled):
    """Who was reached: the secured rule accepts these three."""

    TENANT = "LOCATAIRE", QT_TRANSLATE_NOOP("messages", "Le locataire")
    RELATIVE = "PROCHE", QT_TRANSLATE_NOOP("messages", "Un proche")
    NEIGHBOUR = "VOISIN", QT_TRANSLATE_NOOP("messages", "Un voisin")


class NextAction(_Labelled):
    NONE = "AUCUNE", QT_TRANSLATE_NOOP("messages", "Aucune")
    CALL_BACK = "RAPPELER", QT_TRANSLATE_NOOP("messages", "Rappeler à une date")
    REINFORCED_LINK = (
        "LIEN_RENFORCE",
        QT_TRANSLATE_NOOP("messages", "Lien renforcé : appel chaque semaine"),
    )
    REFER = "ORIENTER", QT_TRANSLATE_NOOP("messages", "Orienter vers un partenaire")
    EMERGENCY = "URGENCE", QT_TRANSLATE_NOOP("messages", "Urgence (15 / 112 alerté)")
    CLOSE = "CLORE", QT_TRANSLATE_NOOP("messages", "Clore la fiche")


class CloseReason(_Labelled):
    REFUSED = "REFUS", QT_TRANSLATE_NOOP("messages", "Refuse d'être appelé")
    DECEASED = "DECES", QT_TRANSLATE_NOOP("messages", "Décès")
    MOVED = "DEMENAGEMENT", QT_TRANSLATE_NOOP("messages", "A quitté le logement")
    INSTITUTION = (
        "ETABLISSEMENT",
        QT_TRANSLATE_NOOP("messages", "Hébergé en établissement ou chez un proche"),
    )
    NOT_CONCERNED = "NON_CONCERNE", QT_TRANSLATE_NOOP("messages", "Non concerné")


class PartnerType(_Labelled):
    TOWN_HALL = "MAIRIE", QT_TRANSLATE_NOOP("messages", "Mairie")
    CCAS = "CCAS", QT_TRANSLATE_NOOP("messages", "CCAS")
    ASSOCIATION = "ASSOCIATION", QT_TRANSLATE_NOOP("messages", "Association")
    PSYCHOLOGICAL = "SOUTIEN_PSY", QT_TRANSLATE_NOOP("messages", "Soutien psychologique")
    FAMILY = "FAMILLE", QT_TRANSLATE_NOOP("messages", "Famille")
    EMERGENCY = "SAMU_15", QT_TRANSLATE_NOOP("messages", "SAMU (15)")
    OTHER = "AUTRE", QT_TRANSLATE_NOOP("messages", "Autre partenaire")


class ReferralStatus(_Labelled):
    TO_SEND = "A_TRANSMETTRE", QT_TRANSLATE_NOOP("messages", "À transmettre")
    SENT = "TRANSMISE", QT_TRANSLATE_NOOP("messages", "Transmise")
    TAKEN = "PRISE_EN_CHARGE", QT_TRANSLATE_NOOP("messages", "Prise en charge")
    CLOSED = "CLOSE", QT_TRANSLATE_NOOP("messages", "Close")
    DROPPED = "SANS_SUITE", QT_TRANSLATE_NOOP("messages", "Sans suite")


class PurgeMode(_Labelled):
    """What the end-of-campaign purge does to the personal data."""

    ANONYMISE = (
        "ANONYMISER",
        QT_TRANSLATE_NOOP(
            "messages", "Anonymiser (notes, réponses et coordonnées effacées, chiffres gardés)"
        ),
    )
    DELETE = (
        "SUPPRIMER",
        QT_TRANSLATE_NOOP(
            "messages", "Supprimer (fiches, appels et orientations supprimés, chiffres gardés)"
        ),
    )


class QuestionKind(_Labelled):
    SINGLE = "CHOIX", QT_TRANSLATE_NOOP("messages", "Une réponse")
    MULTIPLE = "MULTIPLE", QT_TRANSLATE_NOOP("messages", "Plusieurs réponses")


# Information to give the person at the start of each call (RGPD, docs/domain.md#campaigns).
GDPR_NOTICE = QT_TRANSLATE_NOOP(
    "messages",
    "Bonjour, je vous appelle de la part de votre bailleur dans le cadre de la campagne "
    "de vigilance. Vos réponses servent uniquement à vérifier que vous allez bien et à "
    "vous orienter si vous avez besoin d'aide ; elles seront effacées à la fin de la "
    "campagne. Vous pouvez refuser de répondre. Pour toute question sur vos données : "
    "le délégué à la protection des données de votre bailleur.",
)

# Practice, not law (configurable defaults): days between an unanswered attempt and
# the next step of the chain.
ESCALATION_DELAY_DAYS: dict[EscalationStep, int] = {
    EscalationStep.SECOND_CALL: 1,
    EscalationStep.NEIGHBOUR: 0,
    EscalationStep.POSTAL_VISIT: 1,
    EscalationStep.SITE_VISIT: 1,
}
# The escalation chain for the unreachable, in order.
CHAIN: tuple[EscalationStep, ...] = (
    EscalationStep.FIRST_CALL,
    EscalationStep.SECOND_CALL,
    EscalationStep.NEIGHBOUR,
    EscalationStep.POSTAL_VISIT,
    EscalationStep.SITE_VISIT,
)
PHONE_STEPS = frozenset(
    {EscalationStep.FIRST_CALL, EscalationStep.SECOND_CALL, EscalationStep.FOLLOW_UP}
)
VISIT_STEPS = frozenset(
    {EscalationStep.NEIGHBOUR, EscalationStep.POSTAL_VISIT, EscalationStep.SITE_VISIT}
)
# Targets still needing an attempt.
OPEN_STATES = frozenset({TargetState.TO_CALL, TargetState.IN_PROGRESS})
FINAL_REFERRAL = frozenset({ReferralStatus.CLOSED, ReferralStatus.DROPPED})
REFERRAL_TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.TO_SEND: frozenset({ReferralStatus.SENT, ReferralStatus.DROPPED}),
    ReferralStatus.SENT: frozenset(
        {ReferralStatus.TAKEN, ReferralStatus.CLOSED, ReferralStatus.DROPPED}
    ),
    ReferralStatus.TAKEN: frozenset({ReferralStatus.CLOSED, ReferralStatus.DROPPED}),
    ReferralStatus.CLOSED: frozenset(),
    ReferralStatus.DROPPED: frozenset(),
}
# Sharing a tenant's data with a partner rests on his agreement (docs/domain.md#campaigns,
# UNCONFIRMED: DPO to validate); an emergency call rests on his vital interest.
CONSENT_NOT_NEEDED = frozenset({PartnerType.EMERGENCY})


def _rank(step: EscalationStep) -> int:
    """Position in the chain; a follow-up call ranks with the first call."""
    if step == EscalationStep.FOLLOW_UP:
        return 0
    if step == EscalationStep.NONE:
        return -1
    return CHAIN.index(step)


def next_step(step: EscalationStep, *, wrong_number: bool = False) -> EscalationStep | None:
    """The step after an attempt at ``step`` that reached nobody; ``None`` when the chain
    is exhausted (a site visit found nobody). A wrong number skips the second call."""
    if step == EscalationStep.NONE:
        step = EscalationStep.FOLLOW_UP
    if wrong_number and step in PHONE_STEPS:
        return EscalationStep.NEIGHBOUR
    if step == EscalationStep.FOLLOW_UP:
        return EscalationStep.SECOND_CALL
    index = CHAIN.index(step)
    return CHAIN[index + 1] if index + 1 < len(CHAIN) else None


def is_secured(person: ContactPerson | None, need_help: bool, help_in_place: bool) -> bool:
    """The tenant, a relative or a neighbour was reached and the help the tenant needs
    is in place (none needed counts as in place)."""
    return person in (ContactPerson.TENANT, ContactPerson.RELATIVE, ContactPerson.NEIGHBOUR) and (
        help_in_place or not need_help
    )


def next_weekly_call(day: dt.date, planned_end: dt.date) -> dt.date | None:
    """The reinforced link's next call after one on ``day``: a week later, while the
    campaign runs (``None`` past its planned end)."""
    due = day + dt.timedelta(days=WEEK_DAYS)
    return due if due <= planned_end else None


def weekly_due_dates(first: dt.date, planned_end: dt.date) -> list[dt.date]:
    """Every weekly call of a reinforced link set on ``first``, until the planned end."""
    dates = []
    due = next_weekly_call(first, planned_end)
    while due is not None:
        dates.append(due)
        due = next_weekly_call(due, planned_end)
    return dates


# --------------------------------------------------------------------------- phone, age


def normalise_phone(text: str | None) -> str | None:
    """A callable French number in the display format (``06 12 34 56 78``), else
    ``None``: a valid mainland or overseas geographic, mobile or VoIP line, not a
    special-rate or service number, not a placeholder (``06 00 00 00 00``). The rules
    live in ``desktop.domain.phone`` (docs/domain.md#phones)."""
    return callable_phone(text)


def age_on(birth_date: dt.date, on: dt.date) -> int:
    return on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))


def age_band(birth_date: dt.date | None, on: dt.date) -> str:
    """Five-year band (``60-64`` ... ``85-89``, then ``90+``; ``""`` below 60 or
    unknown): what the campaign keeps instead of the birth date."""
    if birth_date is None:
        return ""
    age = age_on(birth_date, on)
    if age < 70:
        return f"{age // 5 * 5}-{age // 5 * 5 + 4}" if age >= 60 else ""
    if age >= 90:
        return "90+"
    low = age // 5 * 5
    return f"{low}-{low + 4}"

"""Vigilance call campaigns, what every rule shares: the limits, the enums and their
French labels, the escalation chain and the *secured* rule, the phone number and the
age band."""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Self

from desktop.domain.i18n import QT_TRANSLATE_NOOP
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


class _Labelled(str, enum.Enum):
    """A code stored in the database with its French label (``label``)."""

    @property
    def label(self) -> str:
        return _LABELS[(type(self), self)]

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
    DRAFT = "BROUILLON"
    RUNNING = "EN_COURS"
    ENDED = "TERMINEE"
    PURGED = "PURGEE"


class TargetState(_Labelled):
    TO_CALL = "A_APPELER"
    IN_PROGRESS = "EN_COURS"
    SECURED = "SECURISE"
    # The whole escalation chain failed: nobody could be reached.
    UNREACHABLE = "INJOIGNABLE"
    CLOSED = "CLOS"


class EscalationStep(_Labelled):
    """The attempt due next on a target (stored in ``escalation_step``), and the kind of
    each attempt (``campaign_call.step``)."""

    FIRST_CALL = "APPEL"
    SECOND_CALL = "RAPPEL"
    NEIGHBOUR = "VOISIN"
    POSTAL_VISIT = "FACTEUR"
    SITE_VISIT = "VISITE"
    # Weekly call of a reinforced link, or a call back set by the caller.
    FOLLOW_UP = "SUIVI"
    NONE = ""


class CallOutcome(_Labelled):
    """Outcome of one attempt (docs/domain.md#campaigns, plus a wrong number)."""

    REACHED_OK = "JOINT_OK"
    REACHED_NEED = "JOINT_BESOIN"
    NOT_REACHED = "NON_JOINT"
    WRONG_NUMBER = "NUMERO_ERRONE"
    REFUSED = "REFUS"
    REFERRED = "ORIENTE"
    EMERGENCY = "URGENCE"


class ContactPerson(_Labelled):
    """Who was reached: the secured rule accepts these three."""

    TENANT = "LOCATAIRE"
    RELATIVE = "PROCHE"
    NEIGHBOUR = "VOISIN"


class NextAction(_Labelled):
    NONE = "AUCUNE"
    CALL_BACK = "RAPPELER"
    REINFORCED_LINK = "LIEN_RENFORCE"
    REFER = "ORIENTER"
    EMERGENCY = "URGENCE"
    CLOSE = "CLORE"


class CloseReason(_Labelled):
    REFUSED = "REFUS"
    DECEASED = "DECES"
    MOVED = "DEMENAGEMENT"
    INSTITUTION = "ETABLISSEMENT"
    NOT_CONCERNED = "NON_CONCERNE"


class PartnerType(_Labelled):
    TOWN_HALL = "MAIRIE"
    CCAS = "CCAS"
    ASSOCIATION = "ASSOCIATION"
    PSYCHOLOGICAL = "SOUTIEN_PSY"
    FAMILY = "FAMILLE"
    EMERGENCY = "SAMU_15"
    OTHER = "AUTRE"


class ReferralStatus(_Labelled):
    TO_SEND = "A_TRANSMETTRE"
    SENT = "TRANSMISE"
    TAKEN = "PRISE_EN_CHARGE"
    CLOSED = "CLOSE"
    DROPPED = "SANS_SUITE"


class PurgeMode(_Labelled):
    """What the end-of-campaign purge does to the personal data."""

    ANONYMISE = "ANONYMISER"
    DELETE = "SUPPRIMER"


class QuestionKind(_Labelled):
    SINGLE = "CHOIX"
    MULTIPLE = "MULTIPLE"


# Keyed by (enum class, member): members of different enums may share a code
# (EscalationStep.NEIGHBOUR and ContactPerson.NEIGHBOUR are both "VOISIN") and, being
# str, would otherwise be one dict key with the last label.
_LABELS: dict[tuple[type, enum.Enum], str] = {
    (CampaignStatus, CampaignStatus.DRAFT): QT_TRANSLATE_NOOP("messages", "Brouillon"),
    (CampaignStatus, CampaignStatus.RUNNING): QT_TRANSLATE_NOOP("messages", "En cours"),
    (CampaignStatus, CampaignStatus.ENDED): QT_TRANSLATE_NOOP("messages", "Terminée"),
    (CampaignStatus, CampaignStatus.PURGED): QT_TRANSLATE_NOOP(
        "messages", "Terminée, notes purgées"
    ),
    (TargetState, TargetState.TO_CALL): QT_TRANSLATE_NOOP("messages", "À appeler"),
    (TargetState, TargetState.IN_PROGRESS): QT_TRANSLATE_NOOP("messages", "En cours"),
    (TargetState, TargetState.SECURED): QT_TRANSLATE_NOOP("messages", "Situation sécurisée"),
    (TargetState, TargetState.UNREACHABLE): QT_TRANSLATE_NOOP("messages", "Injoignable"),
    (TargetState, TargetState.CLOSED): QT_TRANSLATE_NOOP("messages", "Clos"),
    (EscalationStep, EscalationStep.FIRST_CALL): QT_TRANSLATE_NOOP("messages", "Premier appel"),
    (EscalationStep, EscalationStep.SECOND_CALL): QT_TRANSLATE_NOOP("messages", "Second appel"),
    (EscalationStep, EscalationStep.NEIGHBOUR): QT_TRANSLATE_NOOP(
        "messages", "Contact d'un voisin"
    ),
    (EscalationStep, EscalationStep.POSTAL_VISIT): QT_TRANSLATE_NOOP(
        "messages", "Passage du facteur"
    ),
    (EscalationStep, EscalationStep.SITE_VISIT): QT_TRANSLATE_NOOP("messages", "Visite sur place"),
    (EscalationStep, EscalationStep.FOLLOW_UP): QT_TRANSLATE_NOOP("messages", "Appel de suivi"),
    (EscalationStep, EscalationStep.NONE): QT_TRANSLATE_NOOP("messages", "Aucune"),
    (CallOutcome, CallOutcome.REACHED_OK): QT_TRANSLATE_NOOP("messages", "Joint, pas de besoin"),
    (CallOutcome, CallOutcome.REACHED_NEED): QT_TRANSLATE_NOOP("messages", "Joint, besoin exprimé"),
    (CallOutcome, CallOutcome.NOT_REACHED): QT_TRANSLATE_NOOP("messages", "Non joint"),
    (CallOutcome, CallOutcome.WRONG_NUMBER): QT_TRANSLATE_NOOP("messages", "Numéro erroné"),
    (CallOutcome, CallOutcome.REFUSED): QT_TRANSLATE_NOOP("messages", "Refus"),
    (CallOutcome, CallOutcome.REFERRED): QT_TRANSLATE_NOOP(
        "messages", "Orienté vers un partenaire"
    ),
    (CallOutcome, CallOutcome.EMERGENCY): QT_TRANSLATE_NOOP("messages", "Urgence"),
    (ContactPerson, ContactPerson.TENANT): QT_TRANSLATE_NOOP("messages", "Le locataire"),
    (ContactPerson, ContactPerson.RELATIVE): QT_TRANSLATE_NOOP("messages", "Un proche"),
    (ContactPerson, ContactPerson.NEIGHBOUR): QT_TRANSLATE_NOOP("messages", "Un voisin"),
    (NextAction, NextAction.NONE): QT_TRANSLATE_NOOP("messages", "Aucune"),
    (NextAction, NextAction.CALL_BACK): QT_TRANSLATE_NOOP("messages", "Rappeler à une date"),
    (NextAction, NextAction.REINFORCED_LINK): QT_TRANSLATE_NOOP(
        "messages", "Lien renforcé : appel chaque semaine"
    ),
    (NextAction, NextAction.REFER): QT_TRANSLATE_NOOP("messages", "Orienter vers un partenaire"),
    (NextAction, NextAction.EMERGENCY): QT_TRANSLATE_NOOP("messages", "Urgence (15 / 112 alerté)"),
    (NextAction, NextAction.CLOSE): QT_TRANSLATE_NOOP("messages", "Clore la fiche"),
    (CloseReason, CloseReason.REFUSED): QT_TRANSLATE_NOOP("messages", "Refuse d'être appelé"),
    (CloseReason, CloseReason.DECEASED): QT_TRANSLATE_NOOP("messages", "Décès"),
    (CloseReason, CloseReason.MOVED): QT_TRANSLATE_NOOP("messages", "A quitté le logement"),
    (CloseReason, CloseReason.INSTITUTION): QT_TRANSLATE_NOOP(
        "messages", "Hébergé en établissement ou chez un proche"
    ),
    (CloseReason, CloseReason.NOT_CONCERNED): QT_TRANSLATE_NOOP("messages", "Non concerné"),
    (PartnerType, PartnerType.TOWN_HALL): QT_TRANSLATE_NOOP("messages", "Mairie"),
    (PartnerType, PartnerType.CCAS): QT_TRANSLATE_NOOP("messages", "CCAS"),
    (PartnerType, PartnerType.ASSOCIATION): QT_TRANSLATE_NOOP("messages", "Association"),
    (PartnerType, PartnerType.PSYCHOLOGICAL): QT_TRANSLATE_NOOP(
        "messages", "Soutien psychologique"
    ),
    (PartnerType, PartnerType.FAMILY): QT_TRANSLATE_NOOP("messages", "Famille"),
    (PartnerType, PartnerType.EMERGENCY): QT_TRANSLATE_NOOP("messages", "SAMU (15)"),
    (PartnerType, PartnerType.OTHER): QT_TRANSLATE_NOOP("messages", "Autre partenaire"),
    (ReferralStatus, ReferralStatus.TO_SEND): QT_TRANSLATE_NOOP("messages", "À transmettre"),
    (ReferralStatus, ReferralStatus.SENT): QT_TRANSLATE_NOOP("messages", "Transmise"),
    (ReferralStatus, ReferralStatus.TAKEN): QT_TRANSLATE_NOOP("messages", "Prise en charge"),
    (ReferralStatus, ReferralStatus.CLOSED): QT_TRANSLATE_NOOP("messages", "Close"),
    (ReferralStatus, ReferralStatus.DROPPED): QT_TRANSLATE_NOOP("messages", "Sans suite"),
    (PurgeMode, PurgeMode.ANONYMISE): QT_TRANSLATE_NOOP(
        "messages", "Anonymiser (notes, réponses et coordonnées effacées, chiffres gardés)"
    ),
    (PurgeMode, PurgeMode.DELETE): QT_TRANSLATE_NOOP(
        "messages", "Supprimer (fiches, appels et orientations supprimés, chiffres gardés)"
    ),
    (QuestionKind, QuestionKind.SINGLE): QT_TRANSLATE_NOOP("messages", "Une réponse"),
    (QuestionKind, QuestionKind.MULTIPLE): QT_TRANSLATE_NOOP("messages", "Plusieurs réponses"),
}

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

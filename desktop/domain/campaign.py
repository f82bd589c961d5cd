"""Vigilance call campaigns (issue 8; docs/domain.md#campaigns).

In a crisis (heat wave, epidemic) the landlord calls every tenant over 70 with a valid
phone number, escalates the unreachable ones (second call, neighbour, postal worker
visit, site visit), refers the fragile ones to partners (town hall, CCAS,
associations, psychological support) and reports the situations *secured* every week.
When the crisis ends, the call notes and answers are deleted or anonymised.

Pure rules on plain values; no database, no Qt:

- the enums and their French labels (campaign status, target state, escalation step,
  call outcome, person reached, next action, closing reason, partner type, referral
  status) and the call script (standard questions, validation of a script and of the
  answers to it);
- the valid French phone number, the age band;
- the progress of a target after an attempt (``apply_attempt``): unreachable → next
  step of the chain; someone reached and help in place → *secured*; reinforced link →
  called again every week until the planned end;
- the balanced assignment of targets to callers, by agency when possible;
- the figures (called, reached, secured, referrals, escalations, per caller and per
  agency) built from plain aggregated rows.

The *secured* rule (``is_secured``): the tenant, a relative or a neighbour was reached
and the help the person needs is in place, which is the case when he needs none.
Refusal, death, moving out or a stay in an institution close a target without
securing it. The delays between escalation steps are practice, not law: configurable
defaults (``ESCALATION_DELAY_DAYS``).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Self

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.i18n import message as _m
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


# --------------------------------------------------------------------------- script


@dataclass(frozen=True)
class ScriptQuestion:
    """One question of the call script; the answers are option codes (no free text:
    the note is the only free text, and it is sensitive)."""

    code: str
    label: str
    options: tuple[tuple[str, str], ...]  # (code, label)
    kind: QuestionKind = QuestionKind.SINGLE
    # Must be answered when the tenant himself was reached.
    required: bool = True
    # MULTIPLE: the option meaning "none", exclusive of the others.
    none_option: str = ""

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "label": self.label,
            "kind": self.kind.value,
            "options": [{"code": c, "label": lbl} for c, lbl in self.options],
            "required": self.required,
            "none_option": self.none_option,
        }

    @classmethod
    def from_json(cls, value: dict) -> ScriptQuestion:
        return cls(
            code=str(value["code"]),
            label=str(value["label"]),
            options=tuple((str(o["code"]), str(o["label"])) for o in value["options"]),
            kind=QuestionKind(value.get("kind", QuestionKind.SINGLE.value)),
            required=bool(value.get("required", True)),
            none_option=str(value.get("none_option", "")),
        )

    def option_codes(self) -> list[str]:
        return [c for c, _lbl in self.options]


Q_HEALTH = "SANTE"
Q_MEALS = "COURSES_REPAS"
Q_SUPPORT = "ENTOURAGE"
Q_MEASURES = "MESURES"
Q_HELP = "BESOIN_AIDE"
HELP_NONE = "AUCUN"

DEFAULT_SCRIPT: tuple[ScriptQuestion, ...] = (
    ScriptQuestion(
        Q_HEALTH,
        QT_TRANSLATE_NOOP("messages", "Comment allez-vous ? (ressenti, sans détail médical)"),
        (
            ("BIEN", QT_TRANSLATE_NOOP("messages", "Bien")),
            ("FATIGUE", QT_TRANSLATE_NOOP("messages", "Fatigué(e), moral en baisse")),
            ("PREOCCUPANT", QT_TRANSLATE_NOOP("messages", "Situation préoccupante")),
        ),
    ),
    ScriptQuestion(
        Q_MEALS,
        QT_TRANSLATE_NOOP("messages", "Courses et repas"),
        (
            ("AUTONOME", QT_TRANSLATE_NOOP("messages", "Se débrouille seul(e)")),
            ("PROCHES", QT_TRANSLATE_NOOP("messages", "Assurés par la famille ou des voisins")),
            ("PORTAGE", QT_TRANSLATE_NOOP("messages", "Portage de repas ou livraison en place")),
            ("DIFFICILE", QT_TRANSLATE_NOOP("messages", "Difficile, pas de solution")),
        ),
    ),
    ScriptQuestion(
        Q_SUPPORT,
        QT_TRANSLATE_NOOP("messages", "Soutien de la famille ou des voisins"),
        (
            ("QUOTIDIEN", QT_TRANSLATE_NOOP("messages", "Contact chaque jour")),
            ("HEBDOMADAIRE", QT_TRANSLATE_NOOP("messages", "Contact chaque semaine")),
            ("RARE", QT_TRANSLATE_NOOP("messages", "Rare ou aucun")),
        ),
    ),
    ScriptQuestion(
        Q_MEASURES,
        QT_TRANSLATE_NOOP(
            "messages", "Connaissance des mesures de protection et des numéros utiles"
        ),
        (
            ("CONNUES", QT_TRANSLATE_NOOP("messages", "Connues")),
            (
                "PARTIELLEMENT",
                QT_TRANSLATE_NOOP("messages", "En partie, complétées pendant l'appel"),
            ),
            (
                "EXPLIQUEES",
                QT_TRANSLATE_NOOP("messages", "Non connues, expliquées pendant l'appel"),
            ),
        ),
    ),
    ScriptQuestion(
        Q_HELP,
        QT_TRANSLATE_NOOP("messages", "Besoin d'aide"),
        (
            (HELP_NONE, QT_TRANSLATE_NOOP("messages", "Aucun")),
            ("COURSES", QT_TRANSLATE_NOOP("messages", "Courses")),
            ("REPAS", QT_TRANSLATE_NOOP("messages", "Repas")),
            ("MEDICAMENTS", QT_TRANSLATE_NOOP("messages", "Médicaments à aller chercher")),
            ("ECOUTE", QT_TRANSLATE_NOOP("messages", "Isolement, besoin d'écoute")),
            ("DEMARCHES", QT_TRANSLATE_NOOP("messages", "Démarches administratives")),
            ("LOGEMENT", QT_TRANSLATE_NOOP("messages", "Problème dans le logement")),
            ("AUTRE", QT_TRANSLATE_NOOP("messages", "Autre besoin")),
        ),
        kind=QuestionKind.MULTIPLE,
        none_option=HELP_NONE,
    ),
)


def default_script() -> list[ScriptQuestion]:
    return list(DEFAULT_SCRIPT)


def script_to_json(script: Iterable[ScriptQuestion]) -> list[dict]:
    return [q.to_json() for q in script]


def script_from_json(value: Any) -> list[ScriptQuestion]:
    return [ScriptQuestion.from_json(v) for v in (value or [])]


def validate_script(script: list[ScriptQuestion]) -> None:
    """Raise ``ValidationError`` for a script that cannot be used."""
    errors: dict[str, Message] = {}
    if not script:
        errors["script"] = _m(
            QT_TRANSLATE_NOOP("messages", "Le script d'appel doit comporter au moins une question.")
        )
    if len(script) > SCRIPT_MAX_QUESTIONS:
        errors["script"] = _m(
            QT_TRANSLATE_NOOP("messages", "{max} questions au plus."), max=SCRIPT_MAX_QUESTIONS
        )
    seen: set[str] = set()
    for i, q in enumerate(script):
        key = f"script.{i + 1}"
        if not CODE_RE.fullmatch(q.code):
            errors[f"{key}.code"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Code de question invalide « {code} » : majuscules, chiffres et "
                    "_ (20 caractères au plus).",
                ),
                code=q.code[:30],
            )
        elif q.code in seen:
            errors[f"{key}.code"] = _m(
                QT_TRANSLATE_NOOP("messages", "La question « {code} » figure deux fois."),
                code=q.code,
            )
        seen.add(q.code)
        if not q.label.strip() or len(q.label) > QUESTION_LABEL_MAX:
            errors[f"{key}.label"] = _m(
                QT_TRANSLATE_NOOP("messages", "Libellé de la question : 1 à {max} caractères."),
                max=QUESTION_LABEL_MAX,
            )
        codes = q.option_codes()
        if not 2 <= len(codes) <= OPTIONS_MAX:
            errors[f"{key}.options"] = _m(
                QT_TRANSLATE_NOOP("messages", "Chaque question propose de 2 à {max} réponses."),
                max=OPTIONS_MAX,
            )
        elif len(set(codes)) != len(codes) or not all(CODE_RE.fullmatch(c) for c in codes):
            errors[f"{key}.options"] = _m(
                QT_TRANSLATE_NOOP("messages", "Codes de réponse invalides ou en double.")
            )
        elif any(not lbl.strip() or len(lbl) > OPTION_LABEL_MAX for _c, lbl in q.options):
            errors[f"{key}.options"] = _m(
                QT_TRANSLATE_NOOP("messages", "Libellé de réponse : 1 à {max} caractères."),
                max=OPTION_LABEL_MAX,
            )
        if q.none_option and q.none_option not in codes:
            errors[f"{key}.none_option"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "La réponse « aucun » doit être l'une des réponses proposées."
                )
            )
    if errors:
        raise ValidationError(errors)


def validate_answers(
    script: list[ScriptQuestion],
    answers: dict | None,
    person: ContactPerson | None,
    *,
    conversation: bool = True,
) -> dict[str, Any]:
    """The answers normalised (``{code: option}`` or ``{code: [options]}``), or
    ``ValidationError``. Nobody reached: no answers. The tenant on the phone
    (``conversation``): every required question answered. A relative, a neighbour, the
    tenant seen at a visit: what could be learnt."""
    answers = {str(k): v for k, v in (answers or {}).items() if v not in (None, "", [], ())}
    errors: dict[str, Message] = {}
    if person is None:
        if answers:
            errors["answers"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Personne n'a été joint : le script ne peut pas avoir de réponses."
                )
            )
        if errors:
            raise ValidationError(errors)
        return {}
    by_code = {q.code: q for q in script}
    clean: dict[str, Any] = {}
    for code, value in answers.items():
        q = by_code.get(code)
        if q is None:
            errors[f"answers.{code}"] = _m(
                QT_TRANSLATE_NOOP("messages", "Question inconnue du script : « {code} »."),
                code=code[:30],
            )
            continue
        codes = q.option_codes()
        if q.kind == QuestionKind.MULTIPLE:
            values = [value] if isinstance(value, str) else list(value)
            values = [str(v) for v in values]
            unknown = [v for v in values if v not in codes]
            if unknown:
                errors[f"answers.{code}"] = _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Réponse inconnue « {value} » à la question « {question} »."
                    ),
                    value=unknown[0][:30],
                    question=q.label,
                )
            elif q.none_option and q.none_option in values and len(set(values)) > 1:
                errors[f"answers.{code}"] = _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "« {none} » ne peut pas être coché avec un autre besoin."
                    ),
                    none=dict(q.options)[q.none_option],
                )
            else:
                clean[code] = [c for c in codes if c in values]  # script order, no repeats
        else:
            if not isinstance(value, str) or value not in codes:
                errors[f"answers.{code}"] = _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Réponse inconnue « {value} » à la question « {question} »."
                    ),
                    value=str(value)[:30],
                    question=q.label,
                )
            else:
                clean[code] = value
    if person == ContactPerson.TENANT and conversation:
        for q in script:
            if q.required and q.code not in answers and f"answers.{q.code}" not in errors:
                errors[f"answers.{q.code}"] = _m(
                    QT_TRANSLATE_NOOP("messages", "Réponse attendue : « {question} »."),
                    question=q.label,
                )
    if errors:
        raise ValidationError(errors)
    return clean


def need_from_answers(script: list[ScriptQuestion], answers: dict[str, Any]) -> bool | None:
    """True when the answers express a need of help (a need other than « none » ticked,
    or meals with no solution); ``None`` when the script does not tell."""
    told = False
    for q in script:
        value = answers.get(q.code)
        if value is None:
            continue
        if q.code == Q_HELP or (q.kind == QuestionKind.MULTIPLE and q.none_option):
            told = True
            values = value if isinstance(value, list) else [value]
            if any(v != q.none_option for v in values):
                return True
        if q.code == Q_MEALS and value == "DIFFICILE":
            return True
    return False if told else None


# Words suggesting medical detail in a free note (docs/domain.md#campaigns: no medical free text).
MEDICAL_WORDS = (
    "alzheimer",
    "cancer",
    "chimio",
    "démence",
    "dément",
    "dépression",
    "diabète",
    "dialyse",
    "hospitalis",
    "insuline",
    "maladie",
    "malade",
    "médecin",
    "médicament",
    "ordonnance",
    "parkinson",
    "pathologie",
    "psychiatr",
    "traitement",
    "covid",
    "handicap",
    "suicid",
    "alcool",
)


def note_warnings(note: str) -> list[Message]:
    """Warnings for a free note: medical details should not be written there."""
    folded = note.casefold()
    found = sorted({w for w in MEDICAL_WORDS if w in folded})
    if not found:
        return []
    return [
        _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "La note semble contenir des informations médicales ({words}) : "
                "n'écrivez que ce qui est nécessaire pour aider la personne.",
            ),
            words=", ".join(found[:5]),
        )
    ]


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
    if len(terms.purpose) > PURPOSE_MAX:
        errors["purpose"] = _m(
            QT_TRANSLATE_NOOP("messages", "{max} caractères au plus."), max=PURPOSE_MAX
        )
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


# --------------------------------------------------------------------------- figures


def percent(part: int, whole: int) -> Decimal:
    """``part`` in percent of ``whole``, one decimal (0 for an empty whole)."""
    if not whole:
        return Decimal("0.0")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True)
class Counts:
    """Target counts of a group (campaign, caller, agency)."""

    targets: int = 0
    called: int = 0  # at least one attempt
    reached: int = 0  # someone reached at least once
    secured: int = 0  # state SECURISE now
    unreachable: int = 0  # chain exhausted
    closed: int = 0
    need_help: int = 0  # the last news told of a need
    reinforced: int = 0
    attempts: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))

    def as_tuple(self) -> tuple[int, ...]:
        return (
            self.targets,
            self.called,
            self.reached,
            self.secured,
            self.unreachable,
            self.closed,
            self.need_help,
            self.reinforced,
            self.attempts,
        )

    @property
    def called_pct(self) -> Decimal:
        return percent(self.called, self.targets)

    @property
    def reached_pct(self) -> Decimal:
        return percent(self.reached, self.targets)

    @property
    def secured_pct(self) -> Decimal:
        return percent(self.secured, self.targets)


@dataclass(frozen=True)
class GroupRow:
    """One aggregated row: counts of the targets of one (caller, agency) pair."""

    caller_id: int | None
    agency_id: int
    counts: Counts


@dataclass(frozen=True)
class Group:
    key: int | None
    label: str
    counts: Counts


@dataclass(frozen=True)
class StepFigures:
    step: EscalationStep
    attempts: int  # attempts made at this step
    reached: int  # of which reached someone
    pending: int  # open targets whose next step is this one


@dataclass(frozen=True)
class Figures:
    """A campaign's dashboard."""

    total: Counts
    by_caller: list[Group]
    by_agency: list[Group]
    # {partner type: {status: count}}
    referrals: dict[PartnerType, dict[ReferralStatus, int]]
    steps: list[StepFigures]
    # (Monday of the week, secured that week, secured up to that week) of the targets
    # secured now.
    secured_by_week: list[tuple[dt.date, int, int]]
    outcomes: dict[CallOutcome, int] = field(default_factory=dict)

    @property
    def referral_count(self) -> int:
        return sum(sum(v.values()) for v in self.referrals.values())

    def referrals_by_type(self) -> dict[PartnerType, int]:
        return {t: sum(v.values()) for t, v in self.referrals.items()}

    def referrals_by_status(self) -> dict[ReferralStatus, int]:
        result: dict[ReferralStatus, int] = {}
        for by_status in self.referrals.values():
            for status, n in by_status.items():
                result[status] = result.get(status, 0) + n
        return result


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def build_figures(
    rows: Iterable[GroupRow],
    referral_rows: Iterable[tuple[str, str, int]],
    step_rows: Iterable[tuple[str, int, int]],
    pending_rows: Iterable[tuple[str, int]],
    secured_rows: Iterable[tuple[dt.date, int]],
    caller_labels: dict[int, str],
    agency_labels: dict[int, str],
    outcome_rows: Iterable[tuple[str, int]] = (),
) -> Figures:
    """The dashboard from plain aggregated rows: ``rows`` per (caller, agency);
    ``referral_rows`` (partner type, status, count); ``step_rows`` (step, attempts,
    reached); ``pending_rows`` (pending step of the open targets, count);
    ``secured_rows`` (secured on, count); ``outcome_rows`` (outcome, attempts)."""
    total = Counts()
    callers: dict[int | None, Counts] = {}
    agencies: dict[int, Counts] = {}
    for row in rows:
        total = total + row.counts
        callers[row.caller_id] = callers.get(row.caller_id, Counts()) + row.counts
        agencies[row.agency_id] = agencies.get(row.agency_id, Counts()) + row.counts
    unassigned = QT_TRANSLATE_NOOP("messages", "(non attribuées)")
    by_caller = sorted(
        (
            Group(k, caller_labels.get(k, unassigned) if k is not None else unassigned, c)
            for k, c in callers.items()
        ),
        key=lambda g: (g.key is None, g.label.casefold(), g.key or 0),
    )
    by_agency = sorted(
        (Group(k, agency_labels.get(k, str(k)), c) for k, c in agencies.items()),
        key=lambda g: (g.label.casefold(), g.key),
    )
    referrals: dict[PartnerType, dict[ReferralStatus, int]] = {}
    for partner, status, n in referral_rows:
        by_status = referrals.setdefault(PartnerType(partner), {})
        by_status[ReferralStatus(status)] = by_status.get(ReferralStatus(status), 0) + int(n)
    attempts = {EscalationStep(s): (int(a), int(r)) for s, a, r in step_rows}
    pending = {EscalationStep(s): int(n) for s, n in pending_rows}
    steps = [
        StepFigures(s, *attempts.get(s, (0, 0)), pending.get(s, 0))
        for s in (*CHAIN, EscalationStep.FOLLOW_UP)
    ]
    weeks: dict[dt.date, int] = {}
    for day, n in secured_rows:
        if day is not None:
            weeks[monday(day)] = weeks.get(monday(day), 0) + int(n)
    running = 0
    secured_by_week = []
    for week in sorted(weeks):
        running += weeks[week]
        secured_by_week.append((week, weeks[week], running))
    outcomes = {CallOutcome(o): int(n) for o, n in outcome_rows}
    return Figures(total, by_caller, by_agency, referrals, steps, secured_by_week, outcomes)


def _counts_json(c: Counts) -> list[int]:
    return list(c.as_tuple())


def figures_to_json(f: Figures) -> dict:
    """The figures as plain JSON (frozen in ``campaign.final_figures`` by the purge)."""
    return {
        "total": _counts_json(f.total),
        "by_caller": [[g.key, g.label, _counts_json(g.counts)] for g in f.by_caller],
        "by_agency": [[g.key, g.label, _counts_json(g.counts)] for g in f.by_agency],
        "referrals": {t.value: {s.value: n for s, n in v.items()} for t, v in f.referrals.items()},
        "steps": [[s.step.value, s.attempts, s.reached, s.pending] for s in f.steps],
        "secured_by_week": [[w.isoformat(), n, c] for w, n, c in f.secured_by_week],
        "outcomes": {o.value: n for o, n in f.outcomes.items()},
    }


def figures_from_json(value: dict) -> Figures:
    return Figures(
        total=Counts(*value["total"]),
        by_caller=[Group(k, lbl, Counts(*c)) for k, lbl, c in value["by_caller"]],
        by_agency=[Group(k, lbl, Counts(*c)) for k, lbl, c in value["by_agency"]],
        referrals={
            PartnerType(t): {ReferralStatus(s): n for s, n in v.items()}
            for t, v in value["referrals"].items()
        },
        steps=[StepFigures(EscalationStep(s), a, r, p) for s, a, r, p in value["steps"]],
        secured_by_week=[(dt.date.fromisoformat(w), n, c) for w, n, c in value["secured_by_week"]],
        outcomes={CallOutcome(o): n for o, n in value.get("outcomes", {}).items()},
    )

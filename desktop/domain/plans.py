"""Payment-deferral agreements beyond the schedule (docs/domain.md#plans): their terms
and parties, the status workflow, the *protocole* rules, the allocation of payments to
instalments, the breach rule and the follow-ups it calls for, arrears figures.

Pure functions on ``Decimal`` and ``datetime.date``; no database, no Qt.

Allocation of payments (documented to users in the plan dialog): payments are taken
in date order; each one first covers the current rent and charges due up to the end
of its month (when the plan says the tenant's payments include the current rent),
then the plan's instalments, oldest first, then the rent of later months; what is
left is a surplus. An instalment is *late* once its due date has passed and it is not
fully paid, and *unpaid* for the breach rule once ``grace_days`` more days have passed.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from desktop.domain.calendar_fr import add_months, day_in_month, days_in_month, shift_month
from desktop.domain.errors import ValidationError, check_length
from desktop.domain.formatting import CENT, format_date_fr, format_money_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message, counted
from desktop.domain.i18n import message as _m
from desktop.domain.labels import LabelledEnum
from desktop.domain.plan_contributions import ZERO as ZERO
from desktop.domain.plan_contributions import Contribution as Contribution
from desktop.domain.plan_contributions import Contributor as Contributor
from desktop.domain.plan_contributions import Withdrawal as Withdrawal
from desktop.domain.plan_contributions import contribution_warning as contribution_warning
from desktop.domain.plan_contributions import contributions as contributions
from desktop.domain.schedule import (
    MAX_DEBT,
    MAX_START_YEAR,
    MIN_START_YEAR,
    Instalment,
    PaymentPlanType,
    PlanStatus,
    build_schedule,
    check_edited_schedule,
    is_int,
)

# --- legal constants (docs/domain.md#protocole, #arrears) ---------------------------
PROTOCOL_TYPES = frozenset(
    {PaymentPlanType.PROTOCOLE_L442_6_5, PaymentPlanType.PROTOCOLE_L353_15_2}
)
PROTOCOL_MAX_MONTHS = 24  # protocole: duration at most 2 years
AVENANT_MAX_MONTHS = 36  # extended by avenant by at most 3 years
NEW_LEASE_MAX_MONTHS = 3  # new lease within the delay set, at most 3 months
CCAPEX_MONTHS_BEFORE_SUMMONS = 2  # referral at least 2 months before the summons
AID_REPORT_MONTHS = 2  # report to the CAF/MSA within 2 months
ARREARS_MULTIPLE = 2  # housing-aid arrears: debt >= 2 x monthly rent + charges

# --- practice, not law (configurable defaults; UNCONFIRMED: docs/domain.md#breach) ---
DEFAULT_BREACH_MISSED = 2
DEFAULT_GRACE_DAYS = 10
BREACH_NOTICE_DAYS = 15  # notice of breach after the reminder went unanswered
FSL_REFERRAL_MONTHS = 1
CCAPEX_DEFAULT_MONTHS = 1  # when no summons date is planned yet
MAX_GRACE_DAYS = 60
MAX_BREACH_MISSED = 12
NOTES_MAX = 2000
REFERENCE_MAX = 40
SIGNATORY_MAX = 120
REASON_MAX = 200


class AidBody(str, enum.Enum):
    NONE = ""
    CAF = "CAF"
    MSA = "MSA"


class FollowUpKind(LabelledEnum):
    REMINDER = "RELANCE", QT_TRANSLATE_NOOP("messages", "Lettre de relance")
    BREACH_NOTICE = (
        "NOTIFICATION_DEFAILLANCE",
        QT_TRANSLATE_NOOP("messages", "Notification de défaillance du plan"),
    )
    AID_NOTICE = (
        "SIGNALEMENT_CAF_MSA",
        QT_TRANSLATE_NOOP(
            "messages", "Signalement du non-respect du plan à l'organisme payeur (CAF/MSA)"
        ),
    )
    FSL = "SAISINE_FSL", QT_TRANSLATE_NOOP("messages", "Saisine du FSL")
    CCAPEX = (
        "SAISINE_CCAPEX",
        QT_TRANSLATE_NOOP("messages", "Saisine de la CCAPEX (au moins 2 mois avant l'assignation)"),
    )
    NEW_LEASE = "NOUVEAU_BAIL", QT_TRANSLATE_NOOP("messages", "Signature du nouveau bail")


CHANNELS = {
    "LRAR": QT_TRANSLATE_NOOP("messages", "Lettre recommandée avec AR"),
    "COURRIER": QT_TRANSLATE_NOOP("messages", "Courrier simple"),
    "EMAIL": QT_TRANSLATE_NOOP("messages", "Courriel"),
    "PLATEFORME": QT_TRANSLATE_NOOP("messages", "Plateforme en ligne"),
    "TELEPHONE": QT_TRANSLATE_NOOP("messages", "Téléphone"),
    "REMISE": QT_TRANSLATE_NOOP("messages", "Remise en main propre"),
}

# --------------------------------------------------------------------------- statuses

TRANSITIONS: dict[PlanStatus, frozenset[PlanStatus]] = {
    PlanStatus.PROJET: frozenset({PlanStatus.PROPOSE, PlanStatus.SIGNE, PlanStatus.ANNULE}),
    PlanStatus.PROPOSE: frozenset({PlanStatus.PROJET, PlanStatus.SIGNE, PlanStatus.ANNULE}),
    PlanStatus.SIGNE: frozenset(
        {PlanStatus.EN_COURS, PlanStatus.DEFAILLANT, PlanStatus.SOLDE, PlanStatus.ANNULE}
    ),
    PlanStatus.EN_COURS: frozenset(
        {PlanStatus.RESPECTE, PlanStatus.DEFAILLANT, PlanStatus.SOLDE, PlanStatus.ANNULE}
    ),
    PlanStatus.DEFAILLANT: frozenset(
        {PlanStatus.EN_COURS, PlanStatus.CADUC, PlanStatus.SOLDE, PlanStatus.ANNULE}
    ),
    PlanStatus.SOLDE: frozenset({PlanStatus.RESPECTE}),
    PlanStatus.RESPECTE: frozenset(),
    PlanStatus.CADUC: frozenset(),
    PlanStatus.ANNULE: frozenset(),
}
EDITABLE = frozenset({PlanStatus.PROJET, PlanStatus.PROPOSE})
IN_FORCE = frozenset({PlanStatus.SIGNE, PlanStatus.EN_COURS, PlanStatus.DEFAILLANT})
CLOSED = frozenset({PlanStatus.RESPECTE, PlanStatus.CADUC, PlanStatus.SOLDE, PlanStatus.ANNULE})


def check_transition(current: PlanStatus, new: PlanStatus) -> None:
    """Raise ``ValidationError`` when a plan may not go from ``current`` to ``new``."""
    if new not in TRANSITIONS[current]:
        raise ValidationError(
            {},
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Un plan au statut « {current} » ne peut pas passer au statut « {new} ».",
                ),
                current=Message(current.label),
                new=Message(new.label),
            ),
        )


# --------------------------------------------------------------------------- terms


@dataclass
class PlanTerms:
    """Everything a user sets on an agreement (the schedule aside)."""

    plan_type: PaymentPlanType
    debt: Decimal
    debt_on: dt.date | None  # statement date (dette arrêtée au)
    current_rent: Decimal  # rent, or indemnité d'occupation for a protocole
    current_charges: Decimal
    start_on: dt.date | None  # first instalment on or after this date
    months: int | None = None
    monthly: Decimal | None = None
    day: int | None = None
    # Parties besides the tenant and the landlord.
    aid_body: AidBody = AidBody.NONE  # CAF or MSA when housing aid is involved
    aid_reference: str = ""  # n° allocataire
    aid_to_landlord: bool = False  # aid paid to the landlord (tiers payant)
    aid_approved_on: dt.date | None = None  # the CAF/MSA approved the plan
    fsl: bool = False
    fsl_amount: Decimal | None = None
    ccas: bool = False
    ccas_amount: Decimal | None = None
    landlord_signatory: str = ""
    # Protocole only.
    judgment_on: dt.date | None = None
    end_on: dt.date | None = None
    new_lease_months: int | None = None
    # Breach rule.
    breach_missed: int = DEFAULT_BREACH_MISSED
    breach_rent_unpaid: bool = False
    payments_cover_rent: bool = True
    grace_days: int = DEFAULT_GRACE_DAYS
    notes: str = ""

    @property
    def is_protocol(self) -> bool:
        return self.plan_type in PROTOCOL_TYPES


def _money_error(
    value: object, *, allow_zero: bool = True, maximum: Decimal = MAX_DEBT
) -> Message | None:
    if isinstance(value, float):
        raise TypeError("money must be a Decimal, not a float")
    if value is None:
        return _m(QT_TRANSLATE_NOOP("messages", "Le montant est obligatoire."))
    if not isinstance(value, Decimal) or not value.is_finite():
        return _m(QT_TRANSLATE_NOOP("messages", "Le montant n'est pas un nombre."))
    if value < 0 or (value == 0 and not allow_zero):
        return _m(QT_TRANSLATE_NOOP("messages", "Le montant doit être positif."))
    if value != value.quantize(CENT):
        return _m(QT_TRANSLATE_NOOP("messages", "Le montant a plus de deux décimales."))
    if value > maximum:
        return _m(
            QT_TRANSLATE_NOOP("messages", "Le montant ne peut pas dépasser {max}."),
            max=format_money_fr(maximum),
        )
    return None


def normalise_terms(terms: PlanTerms) -> PlanTerms:
    """Trimmed text, and the fields that do not apply cleared."""
    t = replace(terms)
    t.aid_reference = " ".join((t.aid_reference or "").split())
    t.landlord_signatory = " ".join((t.landlord_signatory or "").split())
    t.notes = (t.notes or "").strip()
    if isinstance(t.aid_body, str) and not isinstance(t.aid_body, AidBody):
        try:
            t.aid_body = AidBody(t.aid_body)
        except ValueError:
            pass
    if t.aid_body == AidBody.NONE:
        t.aid_reference, t.aid_to_landlord, t.aid_approved_on = "", False, None
    if not t.fsl:
        t.fsl_amount = None
    if not t.ccas:
        t.ccas_amount = None
    if not t.is_protocol:
        t.judgment_on = t.end_on = t.new_lease_months = None
    elif t.new_lease_months is None:
        t.new_lease_months = NEW_LEASE_MAX_MONTHS
    return t


def validate_terms(terms: PlanTerms) -> None:
    """Raise ``ValidationError`` listing every invalid field of ``terms``."""
    errors: dict[str, Message] = {}
    t = terms
    if not isinstance(t.plan_type, PaymentPlanType):
        errors["plan_type"] = _m(QT_TRANSLATE_NOOP("messages", "Type d'accord inconnu."))
    protocol = t.plan_type in PROTOCOL_TYPES
    error = _money_error(t.debt, allow_zero=protocol)
    if error:
        errors["debt"] = error
    for key in ("current_rent", "current_charges"):
        error = _money_error(getattr(t, key), maximum=Decimal("99999.99"))
        if error:
            errors[key] = error
    if not isinstance(t.start_on, dt.date):
        errors["start_on"] = _m(QT_TRANSLATE_NOOP("messages", "La date de début est obligatoire."))
    elif not MIN_START_YEAR <= t.start_on.year <= MAX_START_YEAR:
        errors["start_on"] = _m(
            QT_TRANSLATE_NOOP("messages", "La date de début n'est pas plausible.")
        )
    if not isinstance(t.debt_on, dt.date):
        errors["debt_on"] = _m(
            QT_TRANSLATE_NOOP("messages", "Indiquez la date à laquelle la dette est arrêtée.")
        )
    elif not MIN_START_YEAR <= t.debt_on.year <= MAX_START_YEAR:
        errors["debt_on"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "La date à laquelle la dette est arrêtée n'est pas plausible."
            )
        )
    elif isinstance(t.start_on, dt.date) and t.debt_on > t.start_on:
        errors["debt_on"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "La dette doit être arrêtée au plus tard à la date de début du plan ({date}).",
            ),
            date=format_date_fr(t.start_on),
        )
    if not isinstance(t.aid_body, AidBody):
        errors["aid_body"] = _m(QT_TRANSLATE_NOOP("messages", "Organisme payeur inconnu."))
    check_length(errors, "aid_reference", t.aid_reference, REFERENCE_MAX)
    check_length(errors, "landlord_signatory", t.landlord_signatory, SIGNATORY_MAX)
    contributions = []
    for flag, key in ((t.fsl, "fsl_amount"), (t.ccas, "ccas_amount")):
        value = getattr(t, key)
        if flag and value is not None:
            error = _money_error(value)
            if error:
                errors[key] = error
            else:
                contributions.append((key, value))
    # A contribution pays part of the debt (docs/domain.md#plans): together they cannot
    # exceed it.
    total = sum((v for _k, v in contributions), Decimal(0))
    if contributions and "debt" not in errors and total > t.debt:
        errors[contributions[-1][0]] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Les contributions ({total}) dépassent la dette mise sous plan ({debt}).",
            ),
            total=format_money_fr(total),
            debt=format_money_fr(t.debt),
        )
    check_length(errors, "notes", t.notes, NOTES_MAX)
    # Breach rule.
    if not is_int(t.breach_missed) or not 0 <= t.breach_missed <= MAX_BREACH_MISSED:
        errors["breach_missed"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Le nombre d'échéances impayées doit être compris entre 0 et {max}."
            ),
            max=MAX_BREACH_MISSED,
        )
    elif t.breach_missed == 0 and not t.breach_rent_unpaid:
        errors["breach_missed"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Choisissez au moins une règle de défaillance : un nombre d'échéances "
                "impayées, ou le loyer courant impayé.",
            )
        )
    if t.breach_rent_unpaid and not t.payments_cover_rent:
        errors["breach_rent_unpaid"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Pour détecter un loyer courant impayé, les règlements enregistrés doivent "
                "comprendre le loyer courant.",
            )
        )
    if not is_int(t.grace_days) or not 0 <= t.grace_days <= MAX_GRACE_DAYS:
        errors["grace_days"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Le délai de tolérance doit être compris entre 0 et {max} jours."
            ),
            max=MAX_GRACE_DAYS,
        )
    if protocol:
        errors.update(_protocol_errors(t))
    if errors:
        raise ValidationError(errors)


def _protocol_errors(t: PlanTerms) -> dict[str, Message]:
    errors: dict[str, Message] = {}
    start = t.start_on if isinstance(t.start_on, dt.date) else None
    if t.aid_body == AidBody.NONE:
        errors["aid_body"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Un protocole rétablit l'aide au logement : indiquez la CAF ou la MSA."
            )
        )
    if not isinstance(t.judgment_on, dt.date):
        errors["judgment_on"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Un protocole suppose un jugement de résiliation du bail : indiquez sa date.",
            )
        )
    elif start and t.judgment_on > start:
        errors["judgment_on"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Le jugement doit précéder le début du protocole ({date})."
            ),
            date=format_date_fr(start),
        )
    if not isinstance(t.end_on, dt.date):
        errors["end_on"] = _m(
            QT_TRANSLATE_NOOP("messages", "Indiquez la date de fin du protocole.")
        )
    elif start:
        latest = protocol_latest_end(start)
        if t.end_on <= start:
            errors["end_on"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "La fin du protocole doit suivre son début ({date})."
                ),
                date=format_date_fr(start),
            )
        elif t.end_on > latest:
            errors["end_on"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Un protocole dure au plus 2 ans : fin le {date} au plus tard."
                ),
                date=format_date_fr(latest),
            )
    if not is_int(t.new_lease_months) or not 1 <= t.new_lease_months <= NEW_LEASE_MAX_MONTHS:
        errors["new_lease_months"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Le nouveau bail doit être signé dans un délai de 1 à {max} mois."
            ),
            max=NEW_LEASE_MAX_MONTHS,
        )
    return errors


def protocol_latest_end(start: dt.date) -> dt.date:
    """Last possible end of a protocole beginning on ``start`` (2 years)."""
    return add_months(start, PROTOCOL_MAX_MONTHS) - dt.timedelta(days=1)


def avenant_latest_end(end_on: dt.date) -> dt.date:
    """Last possible end after an avenant extending a protocole ending ``end_on`` (3 years)."""
    return add_months(end_on, AVENANT_MAX_MONTHS)


def validate_avenant(
    current_end: dt.date, new_end: dt.date | None, signed_on: dt.date | None
) -> None:
    errors: dict[str, Message] = {}
    if not isinstance(signed_on, dt.date):
        errors["avenant_signed_on"] = _m(
            QT_TRANSLATE_NOOP("messages", "Indiquez la date de signature de l'avenant.")
        )
    if not isinstance(new_end, dt.date):
        errors["avenant_end_on"] = _m(
            QT_TRANSLATE_NOOP("messages", "Indiquez la nouvelle date de fin du protocole.")
        )
    elif new_end <= current_end:
        errors["avenant_end_on"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "L'avenant doit prolonger le protocole au-delà du {date}."
            ),
            date=format_date_fr(current_end),
        )
    elif new_end > avenant_latest_end(current_end):
        errors["avenant_end_on"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Un avenant prolonge le protocole de 3 ans au plus : fin le {date} au plus tard.",
            ),
            date=format_date_fr(avenant_latest_end(current_end)),
        )
    if errors:
        raise ValidationError(errors)


def schedule_for(terms: PlanTerms) -> list[Instalment]:
    """The schedule built from the terms (empty for a protocole with no debt)."""
    if terms.is_protocol and terms.debt == 0:
        return []
    return build_schedule(
        terms.debt, terms.start_on, months=terms.months, monthly=terms.monthly, day=terms.day
    )


def check_schedule(terms: PlanTerms, instalments: list[Instalment]) -> list[Message]:
    """Problems of a (possibly edited) schedule for these terms; empty when fine."""
    if terms.is_protocol and terms.debt == 0:
        if instalments:
            return [
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Sans dette, un protocole ne comporte pas d'échéancier."
                    )
                )
            ]
        return []
    problems = check_edited_schedule(terms.debt, instalments)
    if (
        instalments
        and isinstance(terms.start_on, dt.date)
        and instalments[0].due_date < terms.start_on
    ):
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "La première échéance ({date}) précède le début du plan ({start})."
                ),
                date=format_date_fr(instalments[0].due_date),
                start=format_date_fr(terms.start_on),
            )
        )
    end = terms.end_on if terms.is_protocol else None
    if instalments and isinstance(end, dt.date) and instalments[-1].due_date > end:
        problems.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La dernière échéance ({date}) tombe après la fin du protocole ({end}).",
                ),
                date=format_date_fr(instalments[-1].due_date),
                end=format_date_fr(end),
            )
        )
    return problems


def adjust_last(
    debt: Decimal, instalments: list[Instalment], edited: int
) -> tuple[list[Instalment], Message | None]:
    """After the user changed instalment ``edited`` (index), let the last instalment take
    the difference so that the total stays the debt.

    Returns the schedule and ``None``, or the schedule unchanged and the reason it could
    not be balanced (the last instalment itself was edited, or it would fall to zero).
    """
    if not instalments or edited >= len(instalments) - 1:
        return instalments, None
    others = sum((i.amount for i in instalments[:-1]), ZERO)
    last = debt - others
    if last <= 0:
        return instalments, _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Impossible d'équilibrer l'échéancier : la dernière échéance deviendrait "
                "{amount}. Réduisez les autres échéances ou ajoutez-en une.",
            ),
            amount=format_money_fr(last),
        )
    result = list(instalments)
    result[-1] = replace(result[-1], amount=last.quantize(CENT))
    return result, None


def renumber(instalments: list[Instalment]) -> list[Instalment]:
    return [replace(inst, number=i + 1) for i, inst in enumerate(instalments)]


# --------------------------------------------------------------------------- ledger


class LineState(LabelledEnum):
    PAID = "PAYEE", QT_TRANSLATE_NOOP("messages", "payée")
    LATE = "EN_RETARD", QT_TRANSLATE_NOOP("messages", "en retard")
    DUE = "A_VENIR", QT_TRANSLATE_NOOP("messages", "à venir")


def promised_contributions(terms: PlanTerms) -> dict[Contributor, Decimal | None]:
    """The contributors the plan names, with the amount each promised."""
    named = (
        (Contributor.FSL, terms.fsl, terms.fsl_amount),
        (Contributor.CCAS, terms.ccas, terms.ccas_amount),
    )
    return {c: amount for c, on_plan, amount in named if on_plan}


@dataclass(frozen=True)
class PaymentLine:
    paid_on: dt.date
    amount: Decimal
    # A contributor's payment (FSL, CCAS) goes to the instalments only, never to the
    # current rent (docs/domain.md#plans).
    contribution: bool = False


@dataclass(frozen=True)
class InstalmentState:
    number: int
    due_on: dt.date
    amount: Decimal
    paid: Decimal
    paid_on: dt.date | None  # when it became fully paid
    state: LineState
    unpaid: bool  # past due + grace and not fully paid (counts for the breach rule)
    # What of the outstanding amount a contributor promised and has not paid yet: not
    # the tenants' default (``allocate``'s ``awaited``); during a withdrawn promise's
    # notice, what it would have paid too.
    awaited: Decimal = ZERO
    # What of it withdrawn promises would have paid (``allocate``'s ``released``), and
    # from when the tenants owe that part (the last of their days).
    released: Decimal = ZERO
    owed_from: dt.date | None = None
    # From when the tenants owe what remains of it (its due date; the end of the notice
    # for what only a withdrawn promise would have paid); None: they owe nothing of it.
    tenants_due_on: dt.date | None = None
    # The contributors whose withdrawn promises would have paid ``released``.
    released_by: tuple[Contributor, ...] = ()

    @property
    def outstanding(self) -> Decimal:
        return self.amount - self.paid

    @property
    def paid_late(self) -> bool:
        return self.paid_on is not None and self.paid_on > self.due_on


@dataclass(frozen=True)
class RentState:
    due_on: dt.date
    amount: Decimal
    paid: Decimal
    paid_on: dt.date | None
    unpaid: bool


@dataclass(frozen=True)
class Ledger:
    instalments: tuple[InstalmentState, ...]
    rents: tuple[RentState, ...]
    paid_total: Decimal  # all payments
    paid_to_plan: Decimal  # what went to the instalments
    remaining: Decimal  # plan debt not yet repaid
    overdue: Decimal  # instalments past due, not paid
    surplus: Decimal
    on: dt.date

    @property
    def unpaid_instalments(self) -> list[InstalmentState]:
        return [i for i in self.instalments if i.unpaid]

    @property
    def unpaid_rents(self) -> list[RentState]:
        return [r for r in self.rents if r.unpaid]

    @property
    def late_instalments(self) -> list[InstalmentState]:
        return [i for i in self.instalments if i.state == LineState.LATE]

    @property
    def tenants_late(self) -> list[InstalmentState]:
        """The late instalments the tenants are asked for: those a contributor's awaited
        payment does not cover in full (``InstalmentState.awaited``)."""
        return [i for i in self.late_instalments if i.outstanding > i.awaited]

    @property
    def tenants_overdue(self) -> Decimal:
        """``overdue`` without what the contributors' awaited payments will pay."""
        return sum((i.outstanding - i.awaited for i in self.late_instalments), ZERO)

    @property
    def in_notice(self) -> Decimal:
        """What of ``overdue`` withdrawn promises were to pay, not the tenants' yet."""
        late = self.late_instalments
        return sum((i.released for i in late if i.owed_from and self.on <= i.owed_from), ZERO)

    @property
    def tenants_next_due_on(self) -> dt.date | None:
        """The earliest day from which the tenants owe an instalment not paid yet."""
        return min((i.tenants_due_on for i in self.instalments if i.tenants_due_on), default=None)

    @property
    def next_due(self) -> InstalmentState | None:
        """The oldest instalment not fully paid."""
        return next((i for i in self.instalments if i.state != LineState.PAID), None)

    @property
    def all_paid(self) -> bool:
        return bool(self.instalments) and all(i.state == LineState.PAID for i in self.instalments)

    @property
    def settled_on(self) -> dt.date | None:
        if not self.all_paid:
            return None
        return max(i.paid_on for i in self.instalments if i.paid_on)


def rent_due_dates(
    instalments: list[Instalment], start: dt.date | None, end: dt.date | None, day: int | None
) -> list[dt.date]:
    """When the current rent is due while the plan runs: with each instalment; for a
    protocole without debt, monthly from ``start`` to ``end``."""
    if instalments:
        return [i.due_date for i in instalments]
    if start is None or end is None:
        return []
    day = day or start.day
    out: list[dt.date] = []
    year, month = start.year, start.month
    if day_in_month(year, month, day) < start:
        year, month = shift_month(year, month, 1)
    while True:
        due = day_in_month(year, month, day)
        if due > end or len(out) > 120:
            return out
        out.append(due)
        year, month = shift_month(year, month, 1)


def _end_of_month(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, days_in_month(day.year, day.month))


class _Obligation:
    __slots__ = ("amount", "due_on", "paid", "paid_on")

    def __init__(self, due_on: dt.date, amount: Decimal):
        self.due_on = due_on
        self.amount = amount
        self.paid = ZERO
        self.paid_on: dt.date | None = None

    def take(self, available: Decimal, on: dt.date) -> Decimal:
        need = self.amount - self.paid
        if need <= 0 or available <= 0:
            return available
        part = min(need, available)
        self.paid += part
        if self.paid == self.amount:
            self.paid_on = on
        return available - part


def allocate(
    instalments: list[Instalment],
    payments: list[PaymentLine],
    on: dt.date,
    *,
    rent: Decimal | None = None,
    rent_dates: list[dt.date] | None = None,
    grace_days: int = DEFAULT_GRACE_DAYS,
    awaited: Decimal = ZERO,
    released: Iterable[tuple[Decimal, dt.date, Contributor]] = (),
) -> Ledger:
    """Match payments to the current rent (when ``rent`` is given) and the instalments.

    A tenants' payment pays the rents due by the end of its month, then the instalments,
    oldest first, then later rents; a contribution (``PaymentLine.contribution``) pays
    the instalments only, oldest first. What is left is surplus.

    ``on`` is the day the ledger is read: payments after it are ignored, instalments
    due before it and not paid are late, and unpaid once ``grace_days`` have passed.

    ``awaited``: what the contributors promised and have not paid yet
    (``Contribution.awaited``). Their payment will go to the oldest instalments still
    due, so those instalments, up to that amount, are *awaited* rather than unpaid: late,
    but not counted against the tenants by the breach rule (docs/domain.md#plans).

    ``released``: what withdrawn promises would still have paid (``Contribution.released``),
    each with the day the tenants owe it from (``Withdrawal.owed_from``) and whose it
    was (``InstalmentState.released_by``). It covers the oldest instalments after
    ``awaited``; those parts stay awaited up to that day, are the tenants' after it,
    and unpaid once ``grace_days`` have passed after it: the tenants are not in default
    retroactively for instalments they were told the contributor would pay.
    """
    insts = [_Obligation(i.due_date, i.amount) for i in instalments]
    rents = [_Obligation(d, rent) for d in (rent_dates or [])] if rent else []
    total = ZERO
    surplus = ZERO
    for p in sorted((p for p in payments if p.paid_on <= on), key=lambda p: p.paid_on):
        total += p.amount
        left = p.amount
        month_end = _end_of_month(p.paid_on)
        tenants_rents = [] if p.contribution else rents
        for r in tenants_rents:
            if r.due_on > month_end or left <= 0:
                break
            left = r.take(left, p.paid_on)
        for obligation in insts:
            if left <= 0:
                break
            left = obligation.take(left, p.paid_on)
        for r in tenants_rents:
            if left <= 0:
                break
            left = r.take(left, p.paid_on)
        surplus += left
    grace = dt.timedelta(days=grace_days)

    def unpaid(o: _Obligation) -> bool:
        return o.paid < o.amount and o.due_on + grace < on

    states = []
    cover = max(awaited, ZERO)
    freed = sorted((r for r in released if r[0] > 0), key=lambda r: r[1])
    still = [r[0] for r in freed]  # what each withdrawn promise still covers
    k = 0
    for inst, o in zip(instalments, insts, strict=True):
        if o.paid == o.amount:
            state = LineState.PAID
        elif o.due_on < on:
            state = LineState.LATE
        else:
            state = LineState.DUE
        covered = min(o.amount - o.paid, cover)
        cover -= covered
        rest = o.amount - o.paid - covered
        part, owed_from = ZERO, None
        by: tuple[Contributor, ...] = ()
        while rest > 0 and k < len(still):
            take = min(rest, still[k])
            part, rest, owed_from = part + take, rest - take, freed[k][1]
            by += (freed[k][2],)
            still[k] -= take
            if still[k] <= 0:
                k += 1
        if rest > 0:
            owed = o.due_on
        elif part > 0 and owed_from is not None:
            owed = max(o.due_on, owed_from)
        else:
            owed = None
        notice = part > 0 and owed_from is not None and on <= owed_from
        states.append(
            InstalmentState(
                inst.number,
                inst.due_date,
                inst.amount,
                o.paid,
                o.paid_on,
                state,
                owed is not None and o.paid < o.amount and owed + grace < on,
                covered + (part if notice else ZERO),
                part,
                owed_from,
                owed,
                by,
            )
        )
    paid_to_plan = sum((o.paid for o in insts), ZERO)
    debt = sum((i.amount for i in instalments), ZERO)
    return Ledger(
        instalments=tuple(states),
        rents=tuple(RentState(o.due_on, o.amount, o.paid, o.paid_on, unpaid(o)) for o in rents),
        paid_total=total,
        paid_to_plan=paid_to_plan,
        remaining=debt - paid_to_plan,
        overdue=sum((s.outstanding for s in states if s.state == LineState.LATE), ZERO),
        surplus=surplus,
        on=on,
    )


def next_check_on(ledger: Ledger, grace_days: int, *, started: bool) -> dt.date | None:
    """The first day after ``ledger.on`` on which time alone may change the plan: an
    instalment or a rent becomes unpaid (due date + grace passed), or, for a plan not
    started yet, its first instalment falls due. ``None``: nothing left to wait for."""
    step = dt.timedelta(days=grace_days + 1)
    # An instalment a contributor's awaited payment covers changes with a payment only;
    # one a withdrawn promise would have paid, once its notice is over.
    dates = [
        i.tenants_due_on + step for i in ledger.instalments if i.tenants_due_on and not i.unpaid
    ]
    dates += [r.due_on + step for r in ledger.rents if r.paid < r.amount and not r.unpaid]
    if not started and ledger.instalments:
        dates.append(ledger.instalments[0].due_on)
    return min(dates) if dates else None


# --------------------------------------------------------------------------- breach


@dataclass(frozen=True)
class BreachRule:
    missed: int = DEFAULT_BREACH_MISSED  # this many unpaid instalments (0: not a rule)
    rent_unpaid: bool = False  # an unpaid current rent
    grace_days: int = DEFAULT_GRACE_DAYS


# « 1 jour », « 10 jours » (the days of grace in the letters' sentences).
days_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} jour"), QT_TRANSLATE_NOOP("messages", "{n} jours")
)


def breach_reasons(
    ledger: Ledger, rule: BreachRule, format_date: Callable[[dt.date], str] = format_date_fr
) -> list[Message]:
    """Why the plan is breached on ``ledger.on`` (empty: it is not). ``format_date``:
    a letter writes its dates in words (``format_long_date_fr``)."""
    reasons: list[Message] = []
    unpaid = ledger.unpaid_instalments
    if rule.missed and len(unpaid) >= rule.missed:
        # The rule as the tenant reads it in the breach notice, agreed with its count.
        # Its days of grace too: the rule as signed, the one a judge compares.
        missed = counted(
            rule.missed,
            QT_TRANSLATE_NOOP(
                "messages", "dès qu'une échéance reste impayée plus de {days} après sa date"
            ),
            QT_TRANSLATE_NOOP(
                "messages", "dès que {n} échéances restent impayées plus de {days} après leur date"
            ),
            days=days_counted(rule.grace_days),
        )
        if len(unpaid) == 1:
            reasons.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "1 échéance impayée, du {date} ; le plan est considéré comme non "
                        "respecté {rule}.",
                    ),
                    rule=missed,
                    date=format_date(unpaid[0].due_on),
                )
            )
        else:
            reasons.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{count} échéances impayées, la plus ancienne du {date} ; le plan "
                        "est considéré comme non respecté {rule}.",
                    ),
                    count=len(unpaid),
                    rule=missed,
                    date=format_date(unpaid[0].due_on),
                )
            )
    rents = ledger.unpaid_rents
    if rule.rent_unpaid and rents:
        reasons.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Loyer courant impayé (échéance du {date}, reste dû {amount})."
                ),
                date=format_date(rents[0].due_on),
                amount=format_money_fr(rents[0].amount - rents[0].paid),
            )
        )
    return reasons


@dataclass(frozen=True)
class FollowUpSpec:
    kind: FollowUpKind
    due_on: dt.date


def breach_follow_ups(
    breached_on: dt.date, aid_body: AidBody, summons_on: dt.date | None = None
) -> list[FollowUpSpec]:
    """What the domain asks for once a plan is breached, each with its due date."""
    out = [
        FollowUpSpec(FollowUpKind.REMINDER, breached_on),
        FollowUpSpec(
            FollowUpKind.BREACH_NOTICE, breached_on + dt.timedelta(days=BREACH_NOTICE_DAYS)
        ),
    ]
    if aid_body != AidBody.NONE:
        out.append(
            FollowUpSpec(FollowUpKind.AID_NOTICE, add_months(breached_on, AID_REPORT_MONTHS))
        )
    out.append(FollowUpSpec(FollowUpKind.FSL, add_months(breached_on, FSL_REFERRAL_MONTHS)))
    out.append(FollowUpSpec(FollowUpKind.CCAPEX, ccapex_due(breached_on, summons_on)))
    return out


def ccapex_due(breached_on: dt.date, summons_on: dt.date | None) -> dt.date:
    """Latest date for the CCAPEX referral: 2 months before the summons when one is planned."""
    default = add_months(breached_on, CCAPEX_DEFAULT_MONTHS)
    if summons_on is None:
        return default
    return min(default, add_months(summons_on, -CCAPEX_MONTHS_BEFORE_SUMMONS))


def earliest_summons(ccapex_referred_on: dt.date) -> dt.date:
    return add_months(ccapex_referred_on, CCAPEX_MONTHS_BEFORE_SUMMONS)


def check_summons(
    summons_on: dt.date | None, ccapex_referred_on: dt.date | None, on: dt.date
) -> None:
    """A summons must come at least 2 months after the CCAPEX referral (planned or made)."""
    if not isinstance(summons_on, dt.date):
        raise ValidationError(
            {
                "summons_on": _m(
                    QT_TRANSLATE_NOOP("messages", "Indiquez la date d'assignation envisagée.")
                )
            }
        )
    base = ccapex_referred_on or on
    earliest = earliest_summons(base)
    if summons_on < earliest:
        if ccapex_referred_on:
            text = QT_TRANSLATE_NOOP(
                "messages",
                "La CCAPEX a été saisie le {referred} : l'assignation ne peut intervenir "
                "qu'au moins 2 mois après, le {date} au plus tôt.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "messages",
                "La CCAPEX doit être saisie au moins 2 mois avant l'assignation : sans "
                "saisine à ce jour, l'assignation ne peut intervenir avant le {date}.",
            )
        raise ValidationError(
            {
                "summons_on": _m(
                    text, date=format_date_fr(earliest), referred=format_date_fr(ccapex_referred_on)
                )
            }
        )


def new_lease_due(respected_on: dt.date, months: int | None) -> dt.date:
    return add_months(respected_on, min(months or NEW_LEASE_MAX_MONTHS, NEW_LEASE_MAX_MONTHS))


# --------------------------------------------------------------------------- arrears


def monthly_amount(rent: Decimal, charges: Decimal) -> Decimal:
    return (rent or ZERO) + (charges or ZERO)


def months_of_debt(balance: Decimal, rent: Decimal, charges: Decimal) -> Decimal | None:
    """Debt in months of rent and charges, one decimal (``None`` without a monthly amount)."""
    monthly = int(monthly_amount(rent, charges).scaleb(2))
    if monthly <= 0:
        return None
    # Tenths of a month, rounded half up, in integers (the list computes 100,000 of them).
    tenths, rest = divmod(abs(int(balance.scaleb(2))) * 10, monthly)
    if rest * 2 >= monthly:
        tenths += 1
    return Decimal(-tenths if balance < 0 else tenths).scaleb(-1)


def is_aid_arrears(balance: Decimal, rent: Decimal, charges: Decimal) -> bool:
    """Housing-aid arrears: a debt of at least twice the monthly rent and charges."""
    monthly = monthly_amount(rent, charges)
    return monthly > 0 and balance >= ARREARS_MULTIPLE * monthly


@dataclass(frozen=True)
class NextAction:
    text: Message
    due_on: dt.date | None = None


# The next actions without parameters, made once (the list computes 100,000 of them).
_NONE = Message(QT_TRANSLATE_NOOP("messages", "Aucune"))
_LAPSED = Message(
    QT_TRANSLATE_NOOP(
        "messages", "Plan caduc : reprendre le recouvrement ou proposer un nouveau plan"
    )
)
_REPORT_AND_PROPOSE = Message(
    QT_TRANSLATE_NOOP(
        "messages", "Signaler l'impayé à la CAF/MSA (sous 2 mois) et proposer un plan"
    )
)
_PROPOSE = Message(QT_TRANSLATE_NOOP("messages", "Proposer un plan d'apurement"))
_SEND_PROPOSAL = Message(QT_TRANSLATE_NOOP("messages", "Envoyer la proposition de plan"))
_GET_SIGNED = Message(QT_TRANSLATE_NOOP("messages", "Faire signer le plan"))
_DECIDE = Message(
    QT_TRANSLATE_NOOP(
        "messages", "Plan défaillant : décider régularisation, caducité ou contentieux"
    )
)
_FOLLOW = Message(QT_TRANSLATE_NOOP("messages", "Suivre le plan"))


def next_action(
    balance: Decimal,
    rent: Decimal,
    charges: Decimal,
    status: PlanStatus | None,
    on: dt.date,
    *,
    next_due_on: dt.date | None = None,
    follow_up: FollowUpKind | None = None,
    follow_up_on: dt.date | None = None,
    grace_days: int = DEFAULT_GRACE_DAYS,
    tenants_due_on: dt.date | None = None,
    awaited_from: tuple[Contributor, ...] = (),
) -> NextAction:
    """What the agency should do next on this tenant's arrears.

    ``next_due_on``: the oldest instalment not paid; ``awaited_from``: the contributors
    whose promised payment covers it (docs/domain.md#plans), ``tenants_due_on`` then the
    earliest day the tenants owe an instalment from (``Ledger.tenants_next_due_on``):
    the tenants are chased for theirs, not for what a contributor is to pay."""
    if follow_up is not None:
        return NextAction(Message(follow_up.label), follow_up_on)
    if status is None or status in (
        PlanStatus.ANNULE,
        PlanStatus.CADUC,
        PlanStatus.SOLDE,
        PlanStatus.RESPECTE,
    ):
        if balance <= 0:
            return NextAction(_NONE)
        if status == PlanStatus.CADUC:
            return NextAction(_LAPSED, on)
        if is_aid_arrears(balance, rent, charges):
            return NextAction(_REPORT_AND_PROPOSE, on)
        return NextAction(_PROPOSE, on)
    if status == PlanStatus.PROJET:
        return NextAction(_SEND_PROPOSAL, on)
    if status == PlanStatus.PROPOSE:
        return NextAction(_GET_SIGNED)
    if status == PlanStatus.DEFAILLANT:
        return NextAction(_DECIDE, on)
    tenants_late = tenants_due_on is not None and tenants_due_on < on
    if awaited_from and next_due_on is not None and next_due_on < on and not tenants_late:
        return NextAction(
            awaited_text(awaited_from, next_due_on), next_due_on + dt.timedelta(days=grace_days)
        )
    if tenants_due_on is not None:
        next_due_on = tenants_due_on
    if next_due_on is not None and next_due_on < on:
        return NextAction(
            _m(
                QT_TRANSLATE_NOOP("messages", "Relancer : échéance du {date} impayée"),
                date=format_date_fr(next_due_on),
            ),
            next_due_on + dt.timedelta(days=grace_days),
        )
    if next_due_on is not None:
        return NextAction(
            _m(
                QT_TRANSLATE_NOOP("messages", "Suivre l'échéance du {date}"),
                date=format_date_fr(next_due_on),
            ),
            next_due_on,
        )
    return NextAction(_FOLLOW)


def awaited_text(contributors: tuple[Contributor, ...], due_on: dt.date) -> Message:
    """« Versement du FSL attendu (échéance du 05/03/2026) »: the next action when only
    a contributor's promised payment is late."""
    if len(contributors) == 1:
        return _m(
            QT_TRANSLATE_NOOP(
                "messages", "Versement du {contributor} attendu (échéance du {date})"
            ),
            contributor=Message(contributors[0].label),
            date=format_date_fr(due_on),
        )
    return _m(
        QT_TRANSLATE_NOOP(
            "messages", "Versements du {first} et du {second} attendus (échéance du {date})"
        ),
        first=Message(contributors[0].label),
        second=Message(contributors[-1].label),
        date=format_date_fr(due_on),
    )

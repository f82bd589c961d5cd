"""The tenant's notice (*congé du locataire*) and the deposit return (docs/domain.md#notices
and docs/domain.md#deposit).

Loi n° 89-462, art. 15-I: the notice lasts 3 months, 1 month for the grounds
listed in ``ReducedNoticeGround``; the tenant states and justifies the ground when
sending the notice, otherwise 3 months apply. Zone tendue needs no document (the
address proves it). The notice runs from its receipt. Art. 22: the deposit is due
back within 2 months of the key return, 1 month when the exit inventory matches the
entry one, plus 10 % of the monthly rent (excluding charges) per started month late.

The legal constants live in ``NoticeRules`` versions (``NOTICE_RULES``), each with
the date it takes effect; ``rules_for(date)`` picks the one in force. Points that
docs/domain.md#notices marks UNCONFIRMED are configurable defaults:

- ``end_convention``: ``SAME_DAY`` (default, CPC 641: same day-number N months
  later, last day of the month when that day is missing) or ``EVE`` (the day before);
- ``roll_forward_non_working``: move an end date falling on a Saturday, Sunday or
  public holiday to the next working day (default: off);
- the usual proof of each ground (``ReducedNoticeGround.usual_proof``) is practice.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.calendar_fr import add_months, day_in_month, roll_forward, shift_month
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import CENT, format_date_fr, implausible_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, Translate
from desktop.domain.i18n import message as _m
from desktop.domain.labels import LabelledEnum


class DeliveryMode(LabelledEnum):
    """How the notice reached the landlord; it runs from the receipt."""

    LRAR = "LRAR", QT_TRANSLATE_NOOP("messages", "Lettre recommandée avec accusé de réception")
    COMMISSAIRE_JUSTICE = (
        "COMMISSAIRE_JUSTICE",
        QT_TRANSLATE_NOOP("messages", "Acte de commissaire de justice"),
    )
    MAIN_PROPRE = (
        "MAIN_PROPRE",
        QT_TRANSLATE_NOOP("messages", "Remise en main propre contre récépissé ou émargement"),
    )
    LRE = "LRE", QT_TRANSLATE_NOOP("messages", "Lettre recommandée électronique")


class ReducedNoticeGround(str, enum.Enum):
    """Ground claimed for a 1-month notice (``AUCUN``: none claimed)."""

    ZONE_TENDUE = "ZONE_TENDUE"
    PREMIER_EMPLOI = "PREMIER_EMPLOI"
    MUTATION = "MUTATION"
    PERTE_EMPLOI = "PERTE_EMPLOI"
    NOUVEL_EMPLOI_APRES_PERTE = "NOUVEL_EMPLOI_APRES_PERTE"
    SANTE = "SANTE"
    RSA_AAH = "RSA_AAH"
    LOGEMENT_SOCIAL_ATTRIBUE = "LOGEMENT_SOCIAL_ATTRIBUE"
    VIOLENCES = "VIOLENCES"
    AUCUN = "AUCUN"

    @property
    def label(self) -> str:
        return _GROUND_LABELS[self][0]

    @property
    def usual_proof(self) -> str:
        """The document usually asked for (practice, UNCONFIRMED); empty for ``AUCUN``."""
        return _GROUND_LABELS[self][1]


_GROUND_LABELS = {
    ReducedNoticeGround.ZONE_TENDUE: (
        QT_TRANSLATE_NOOP("messages", "Logement situé en zone tendue"),
        QT_TRANSLATE_NOOP("messages", "Aucun (adresse du logement)"),
    ),
    ReducedNoticeGround.PREMIER_EMPLOI: (
        QT_TRANSLATE_NOOP("messages", "Obtention d'un premier emploi"),
        QT_TRANSLATE_NOOP("messages", "Contrat de travail"),
    ),
    ReducedNoticeGround.MUTATION: (
        QT_TRANSLATE_NOOP("messages", "Mutation professionnelle"),
        QT_TRANSLATE_NOOP("messages", "Attestation de l'employeur"),
    ),
    ReducedNoticeGround.PERTE_EMPLOI: (
        QT_TRANSLATE_NOOP("messages", "Perte d'emploi"),
        QT_TRANSLATE_NOOP("messages", "Lettre de licenciement ou attestation de chômage"),
    ),
    ReducedNoticeGround.NOUVEL_EMPLOI_APRES_PERTE: (
        QT_TRANSLATE_NOOP("messages", "Nouvel emploi consécutif à une perte d'emploi"),
        QT_TRANSLATE_NOOP(
            "messages", "Justificatif de la perte d'emploi et contrat du nouvel emploi"
        ),
    ),
    ReducedNoticeGround.SANTE: (
        QT_TRANSLATE_NOOP("messages", "État de santé justifiant un changement de domicile"),
        QT_TRANSLATE_NOOP("messages", "Certificat médical"),
    ),
    ReducedNoticeGround.RSA_AAH: (
        QT_TRANSLATE_NOOP("messages", "Bénéficiaire du RSA ou de l'AAH"),
        QT_TRANSLATE_NOOP("messages", "Attestation de la CAF ou de la MSA"),
    ),
    ReducedNoticeGround.LOGEMENT_SOCIAL_ATTRIBUE: (
        QT_TRANSLATE_NOOP("messages", "Attribution d'un logement social"),
        QT_TRANSLATE_NOOP("messages", "Lettre d'attribution ou bail du nouveau logement"),
    ),
    ReducedNoticeGround.VIOLENCES: (
        QT_TRANSLATE_NOOP(
            "messages", "Ordonnance de protection ou poursuites pour violences conjugales"
        ),
        QT_TRANSLATE_NOOP("messages", "Ordonnance de protection ou décision judiciaire"),
    ),
    ReducedNoticeGround.AUCUN: (QT_TRANSLATE_NOOP("messages", "Aucun motif"), ""),
}


class EndDateConvention(LabelledEnum):
    """How "N months from receipt" gives the last day of the notice (UNCONFIRMED)."""

    #: Same day-number N months later; the month's last day when that day is missing.
    SAME_DAY = "MEME_JOUR", QT_TRANSLATE_NOOP("messages", "Même quantième N mois plus tard")
    #: The day before the same day-number N months later; when that day is missing,
    #: the day before the 1st of the following month (so the month's last day).
    EVE = "VEILLE", QT_TRANSLATE_NOOP("messages", "Veille du même quantième N mois plus tard")


_ALL_REDUCED_GROUNDS = frozenset(ReducedNoticeGround) - {ReducedNoticeGround.AUCUN}


@dataclass(frozen=True)
class NoticeRules:
    """One version of the notice and deposit rules, in force from ``effective_from``."""

    effective_from: dt.date
    standard_months: int = 3
    reduced_months: int = 1
    #: Grounds allowing the reduced notice in this version.
    reduced_grounds: frozenset[ReducedNoticeGround] = _ALL_REDUCED_GROUNDS
    #: Grounds needing no document (the dwelling's address proves zone tendue).
    grounds_without_proof: frozenset[ReducedNoticeGround] = frozenset(
        {ReducedNoticeGround.ZONE_TENDUE}
    )
    end_convention: EndDateConvention = EndDateConvention.SAME_DAY  # UNCONFIRMED
    roll_forward_non_working: bool = False  # UNCONFIRMED
    deposit_return_months: int = 2
    deposit_return_months_inventory_matches: int = 1
    #: Share of the monthly rent (excluding charges) per started month late.
    late_penalty_rate: Decimal = Decimal("0.10")
    #: Share of the deposit that may be held until the annual charges closing
    #: (collective buildings).
    deposit_withheld_max_rate: Decimal = Decimal("0.20")
    source: str = ""


NOTICE_RULES: tuple[NoticeRules, ...] = (
    NoticeRules(
        # Loi n° 2020-936 (30 July 2020, JO of 31 July) added the domestic-violence
        # ground; older notices need an earlier version added here.
        effective_from=dt.date(2020, 8, 1),
        source="loi n° 89-462, art. 15-I, 22 et 40 ; loi n° 2020-936",
    ),
)


def rules_for(on: dt.date, history: tuple[NoticeRules, ...] = NOTICE_RULES) -> NoticeRules:
    """The version of the rules in force on ``on``."""
    in_force = [r for r in history if r.effective_from <= on]
    if not in_force:
        raise ValidationError(
            {
                "date": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Aucune règle de préavis n'est configurée pour le {date}."
                    ),
                    date=format_date_fr(on),
                )
            }
        )
    return max(in_force, key=lambda r: r.effective_from)


def parse_ground(text: str | None) -> ReducedNoticeGround:
    """The ground named by its code (``sante``, ``RSA-AAH``...); empty means ``AUCUN``."""
    code = (text or "").strip().upper().replace("-", "_").replace(" ", "_")
    if not code:
        return ReducedNoticeGround.AUCUN
    try:
        return ReducedNoticeGround(code)
    except ValueError:
        raise ValidationError(
            {
                "ground": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Motif inconnu : « {value} ». Motifs possibles : {codes}."
                    ),
                    value=text if len(text or "") <= 40 else f"{(text or '')[:40]}…",
                    codes=", ".join(g.value for g in ReducedNoticeGround),
                )
            }
        ) from None


def notice_end(received_on: dt.date, months: int, convention: EndDateConvention) -> dt.date:
    """Last day of a notice of ``months`` months received on ``received_on``."""
    if convention is EndDateConvention.SAME_DAY:
        return add_months(received_on, months)
    year, month = shift_month(received_on.year, received_on.month, months)
    anniversary = day_in_month(year, month, received_on.day)
    if anniversary.day != received_on.day:  # missing day: the 1st of the next month
        anniversary += dt.timedelta(days=1)
    return anniversary - dt.timedelta(days=1)


@dataclass(frozen=True)
class NoticeComputation:
    """The end of a notice and how it was reached, step by step, in French."""

    received_on: dt.date
    ground: ReducedNoticeGround
    proof_received: bool
    applied_months: int
    end_date: dt.date
    #: When a ground was claimed without its proof: the end date if the proof is
    #: supplied and accepted (the 3-month date ``end_date`` applies meanwhile).
    end_date_if_proof: dt.date | None
    steps: tuple[Message, ...]
    rules: NoticeRules = field(repr=False)
    requested_departure: dt.date | None = None

    @property
    def reduced(self) -> bool:
        return self.applied_months < self.rules.standard_months

    @property
    def proof_missing(self) -> bool:
        return self.end_date_if_proof is not None

    @property
    def duration_code(self) -> str:
        """``3_MOIS`` / ``1_MOIS``, the stored code of the applied duration."""
        return f"{self.applied_months}_MOIS"

    def explanation(self, translate: Translate | None = None) -> list[str]:
        return [step.render(translate) for step in self.steps]


def compute_notice_end(
    received_on: dt.date,
    ground: ReducedNoticeGround | str | None,
    proof_received: bool,
    rules: NoticeRules | None = None,
    *,
    requested_departure: dt.date | None = None,
    alsace_moselle: bool = False,
    zone_tendue: bool = False,
) -> NoticeComputation:
    """End of the tenant's notice received on ``received_on``.

    ``rules`` defaults to the version in force on ``received_on``. A later
    ``requested_departure`` stated by the tenant becomes the end date; an earlier
    one does not shorten the notice (rent stays due until its end). A ground
    claimed without its proof gets the standard notice, and the reduced end date
    is given too, for when the proof arrives. ``alsace_moselle`` matters only when
    the rules roll end dates forward to working days.

    ``zone_tendue``: the dwelling is in a *zone tendue* (the lease says so). The
    reduced notice then applies whatever ground is invoked, with no proof (loi
    n° 89-462, art. 15-I): a ground whose proof is missing does not bring back the
    3 months, and there is no second, "if the proof comes", date.
    """
    implausible = {
        key: message
        for key, day in (("received_on", received_on), ("requested_departure", requested_departure))
        if (message := implausible_date(day)) is not None
    }
    if implausible:
        raise ValidationError(implausible)
    if requested_departure is not None and requested_departure < received_on:
        raise ValidationError(
            {
                "requested_departure": _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La date de départ demandée ({departure}) est antérieure à la réception "
                        "du congé ({received}).",
                    ),
                    departure=format_date_fr(requested_departure),
                    received=format_date_fr(received_on),
                )
            }
        )
    rules = rules or rules_for(received_on)
    if not isinstance(ground, ReducedNoticeGround):
        ground = parse_ground(ground)  # a code, or None for no ground
    steps = [
        _m(QT_TRANSLATE_NOOP("messages", "Congé reçu le {date}"), date=format_date_fr(received_on))
    ]

    standard, reduced = rules.standard_months, rules.reduced_months
    months, months_if_proof = standard, None
    if ground is ReducedNoticeGround.AUCUN:
        steps.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Aucun motif de préavis réduit invoqué : préavis de {months} mois appliqué",
                ),
                months=standard,
            )
        )
    elif ground not in rules.reduced_grounds:
        steps.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Motif invoqué : {ground} ; motif non prévu par les règles en vigueur le {date} : "
                    "préavis de {months} mois appliqué",
                ),
                ground=ground.label,
                date=format_date_fr(received_on),
                months=standard,
            )
        )
    elif ground in rules.grounds_without_proof:
        months = reduced
        steps.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Motif invoqué : {ground} ; aucun justificatif requis : préavis de {months} mois appliqué",
                ),
                ground=ground.label,
                months=reduced,
            )
        )
    elif proof_received:
        months = reduced
        steps.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Motif invoqué : {ground} ; justificatif reçu : préavis de {months} mois appliqué",
                ),
                ground=ground.label,
                months=reduced,
            )
        )
    elif zone_tendue and ReducedNoticeGround.ZONE_TENDUE in rules.reduced_grounds:
        months = reduced
        steps.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Motif invoqué : {ground} ; justificatif manquant, mais le logement est en zone "
                    "tendue : le préavis de {months} mois s'applique sans justificatif, quel que soit "
                    "le motif (art. 15-I de la loi du 6 juillet 1989)",
                ),
                ground=ground.label,
                months=reduced,
            )
        )
    else:
        months_if_proof = reduced
        steps.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Motif invoqué : {ground} ; justificatif manquant : préavis de {months} mois appliqué",
                ),
                ground=ground.label,
                months=standard,
            )
        )

    def notice_end_after(n: int, record: bool) -> dt.date:
        """The last day of a notice of ``n`` months (rolled to a working day when the
        rules say so); ``record``: say it in the steps (not for the "if proof" date)."""
        end = notice_end(received_on, n, rules.end_convention)
        if rules.roll_forward_non_working:
            rolled = roll_forward(end, alsace_moselle=alsace_moselle)
            if rolled != end and record:
                steps.append(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Le {date} n'est pas un jour ouvré : fin reportée au {rolled}",
                        ),
                        date=format_date_fr(end),
                        rolled=format_date_fr(rolled),
                    )
                )
            end = rolled
        return end

    def end_after(n: int) -> dt.date:
        end = notice_end_after(n, record=True)
        if requested_departure is not None and requested_departure > end:
            steps.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Départ demandé le {departure}, après la fin du préavis de {months} mois "
                        "({end}) : la date demandée est retenue",
                    ),
                    departure=format_date_fr(requested_departure),
                    months=n,
                    end=format_date_fr(end),
                )
            )
            end = requested_departure
        return end

    end_date = end_after(months)
    if requested_departure is not None and requested_departure < end_date:
        steps.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Départ souhaité le {departure} : loyer et charges restent dus jusqu'à la fin du "
                    "préavis, sauf relocation plus tôt avec l'accord du bailleur",
                ),
                departure=format_date_fr(requested_departure),
            )
        )
    steps.append(
        _m(QT_TRANSLATE_NOOP("messages", "Fin du préavis : {date}"), date=format_date_fr(end_date))
    )

    end_if_proof = None
    if months_if_proof is not None:
        # The other date, while the proof is pending: one step of its own, so that the
        # steps above speak of the notice applied only.
        shorter = notice_end_after(months_if_proof, record=False)
        if requested_departure is not None and requested_departure > shorter:
            end_if_proof = requested_departure
            steps.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Si le justificatif est fourni et accepté ({proof}) : préavis de {months} mois "
                        "(fin le {end}), mais le départ demandé le {date} est retenu",
                    ),
                    proof=ground.usual_proof,
                    months=months_if_proof,
                    end=format_date_fr(shorter),
                    date=format_date_fr(end_if_proof),
                )
            )
        else:
            end_if_proof = shorter
            steps.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Si le justificatif est fourni et accepté ({proof}) : préavis de {months} mois, "
                        "fin le {date}",
                    ),
                    proof=ground.usual_proof,
                    months=months_if_proof,
                    date=format_date_fr(end_if_proof),
                )
            )
        if end_if_proof == end_date:  # the requested departure comes after both ends
            end_if_proof = None

    return NoticeComputation(
        received_on=received_on,
        ground=ground,
        proof_received=proof_received,
        applied_months=months,
        end_date=end_date,
        end_date_if_proof=end_if_proof,
        steps=tuple(steps),
        rules=rules,
        requested_departure=requested_departure,
    )


def deposit_due_date(
    keys_returned_on: dt.date, inventory_matches: bool, rules: NoticeRules | None = None
) -> dt.date:
    """Last day to return the deposit (art. 22): 2 months after the keys, 1 month
    when the exit inventory matches the entry one."""
    rules = rules or rules_for(keys_returned_on)
    months = (
        rules.deposit_return_months_inventory_matches
        if inventory_matches
        else rules.deposit_return_months
    )
    return add_months(keys_returned_on, months)


def started_months_late(due_date: dt.date, paid_on: dt.date) -> int:
    """Monthly periods begun between ``due_date`` and ``paid_on`` (0 if paid in time).

    The first period ends on the same day-number one month after ``due_date``
    (month-end clamped), the k-th ``k`` months after it.
    """
    if paid_on <= due_date:
        return 0
    k = (paid_on.year - due_date.year) * 12 + paid_on.month - due_date.month
    if add_months(due_date, k) < paid_on:
        k += 1
    return max(k, 1)


def late_penalty(
    monthly_rent: Decimal,
    due_date: dt.date,
    paid_on: dt.date,
    rules: NoticeRules | None = None,
) -> Decimal:
    """Penalty for a deposit returned late: 10 % of the monthly rent (excluding
    charges) per started month late. The monthly amount is rounded to the cent
    (half up), then multiplied by the number of months."""
    if not isinstance(monthly_rent, Decimal) or not monthly_rent.is_finite() or monthly_rent < 0:
        raise ValidationError(
            {
                "monthly_rent": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Le loyer mensuel doit être un montant positif ou nul."
                    )
                )
            }
        )
    rules = rules or rules_for(due_date)
    months = started_months_late(due_date, paid_on)
    per_month = (monthly_rent * rules.late_penalty_rate).quantize(CENT, rounding=ROUND_HALF_UP)
    return (per_month * months).quantize(CENT)

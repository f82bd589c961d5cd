"""A tenant's notice as a case: the entry, its exceptions, the exit (docs/domain.md#notices).

Builds on the pure date rules of ``desktop.domain.notice``: this module adds what a
recorded notice carries on top of them (status, exceptions decided by the landlord,
key return and exit inventory, deposit deadline and its warning) and the validation
of what a user enters. Pure: no database, no Qt.

- A ground claimed without its proof keeps the standard notice; the landlord may
  still grant the reduced notice without the proof (*dérogation*,
  landlord's discretion, UNCONFIRMED: docs/domain.md#notices), recorded as an exception with its reason and
  who decided. Zone tendue needs no proof but the lease must say the dwelling is in
  a zone tendue.
- A postponement (*report du départ*, written *convention d'occupation temporaire*)
  does not move the end of the notice: the occupation goes on until the new
  departure date, paid as an occupation indemnity.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.domain.errors import ValidationError, check_length, too_long
from desktop.domain.formatting import format_date_fr, format_money_fr, implausible_date
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, Translate, counted
from desktop.domain.i18n import message as _m
from desktop.domain.labels import LabelledEnum
from desktop.domain.notice import (
    DeliveryMode,
    NoticeComputation,
    NoticeRules,
    ReducedNoticeGround,
    compute_notice_end,
    deposit_due_date,
    late_penalty,
    rules_for,
)
from desktop.domain.notice_cotenants import (
    CotenantBond,
    NoticeGiver,
    OtherNotice,
    already_gone,
    distinct_givers,
    givers_of,
    is_whole,
    still_in_place,
)

#: A deposit deadline this close (in days) is flagged as near.
DEPOSIT_NEAR_DAYS = 15
REASON_MAX = 500
DECIDED_BY_MAX = 120
DOCUMENT_MAX = 200
NOTES_MAX = 2000


class NoticeStatus(LabelledEnum):
    IN_PROGRESS = "EN_COURS", QT_TRANSLATE_NOOP("messages", "En cours")
    WITHDRAWN = "RETIRE", QT_TRANSLATE_NOOP("messages", "Retiré")
    #: The deposit was returned: nothing left to follow.
    FINISHED = "TERMINE", QT_TRANSLATE_NOOP("messages", "Terminé")


class ExceptionKind(LabelledEnum):
    """Decisions departing from the ordinary course of a notice."""

    #: Departure postponed by a temporary occupation agreement.
    POSTPONEMENT = (
        "REPORT",
        QT_TRANSLATE_NOOP("messages", "Report du départ (convention d'occupation temporaire)"),
    )
    #: Keys returned without exit inventory (letter box, LRAR); inventory later.
    KEYS_WITHOUT_INVENTORY = (
        "CLES_SANS_EDL",
        QT_TRANSLATE_NOOP("messages", "Remise des clés sans état des lieux"),
    )
    #: Reduced notice granted although the proof is missing.
    REDUCED_WITHOUT_PROOF = (
        "DEROGATION",
        QT_TRANSLATE_NOOP("messages", "Préavis réduit accordé sans justificatif"),
    )
    #: Reduced notice refused: the ground or its proof is not accepted (3 months).
    REDUCED_REFUSED = (
        "REFUS_REDUIT",
        QT_TRANSLATE_NOOP("messages", "Préavis réduit refusé"),
    )
    WITHDRAWAL = "RETRAIT", QT_TRANSLATE_NOOP("messages", "Retrait du congé")


class KeyReturnMode(LabelledEnum):
    HAND = "MAIN_PROPRE", QT_TRANSLATE_NOOP("messages", "Remise en main propre")
    LRAR = "LRAR", QT_TRANSLATE_NOOP("messages", "Envoi en recommandé avec accusé de réception")
    LETTER_BOX = "BOITE_AUX_LETTRES", QT_TRANSLATE_NOOP("messages", "Dépôt en boîte aux lettres")


class DepositWarning(str, enum.Enum):
    NONE = ""
    NEAR = "PROCHE"
    PAST = "DEPASSE"


@dataclass
class NoticeInput:
    """What a user enters when recording a notice."""

    delivery_mode: DeliveryMode
    received_on: dt.date | None
    ground: ReducedNoticeGround = ReducedNoticeGround.AUCUN
    sent_on: dt.date | None = None
    #: First presentation of the registered letter (kept apart from the receipt:
    #: the effect of an unclaimed letter is UNCONFIRMED).
    presented_on: dt.date | None = None
    requested_departure: dt.date | None = None
    #: Date the proof of the ground arrived; ``None`` while it is missing.
    proof_received_on: dt.date | None = None
    proof_document: str = ""
    notes: str = ""
    #: The lease holders who gave the notice; empty: all of them (the lease ends).
    #: docs/domain.md#notice-cotenants
    given_by: tuple[NoticeGiver, ...] = ()
    #: What binds the holders: decides the leaving holder's solidarity (a notice given
    #: by some holders only needs it).
    cotenant_bond: CotenantBond = CotenantBond.UNSPECIFIED

    @property
    def proof_received(self) -> bool:
        return self.proof_received_on is not None


def needs_proof(ground: ReducedNoticeGround, rules: NoticeRules) -> bool:
    """True when ``ground`` gives the reduced notice only with its proof."""
    return ground in rules.reduced_grounds and ground not in rules.grounds_without_proof


def reduced_refusable(
    ground: ReducedNoticeGround, rules: NoticeRules, zone_tendue: bool = False
) -> bool:
    """True when the landlord may refuse the reduced notice: a ground that needs its
    proof, outside a zone tendue (there the reduced notice is due whatever the ground)."""
    return needs_proof(ground, rules) and not zone_tendue


def normalise_notice(
    data: NoticeInput,
    holders: tuple[NoticeGiver, ...] = (),
    others: tuple[OtherNotice, ...] = (),
) -> NoticeInput:
    """Trimmed copy; no proof is kept for a ground that needs none. A notice naming
    every holder of the lease (``holders``) is given by all: ``given_by`` empty, no bond.
    After an earlier notice of some holders (``others``), a notice naming nobody is
    given by every holder still in place, named (the letters go to them only), and
    needs no bond when it leaves nobody (docs/domain.md#notice-cotenants)."""
    out = NoticeInput(**data.__dict__)
    out.given_by = distinct_givers(out.given_by)
    in_place = givers_of(still_in_place(holders, others))
    if others and not out.given_by:
        out.given_by = in_place
    if is_whole(out.given_by, in_place):
        out.cotenant_bond = CotenantBond.UNSPECIFIED
        if not others:  # otherwise named: the others' givers are refused, not hidden
            out.given_by = ()
    out.proof_document = " ".join(out.proof_document.split())
    out.notes = out.notes.strip()
    if out.ground in (ReducedNoticeGround.AUCUN, ReducedNoticeGround.ZONE_TENDUE):
        out.proof_received_on = None
        out.proof_document = ""
    return out


def validate_notice(
    data: NoticeInput,
    today: dt.date,
    *,
    lease_start: dt.date,
    zone_tendue: bool,
    holders: tuple[NoticeGiver, ...] | None = None,
    others: tuple[OtherNotice, ...] = (),
) -> None:
    """Raise ``ValidationError`` naming every invalid field of ``data``. ``holders``:
    the people ``data.given_by`` may name (``None``: not checked); ``others``: the
    lease's other notices given by some holders (who cannot give notice again)."""
    errors: dict[str, Message] = {}
    if holders is not None:
        _check_givers(errors, data, holders, others)
    future = QT_TRANSLATE_NOOP("messages", "La date ne peut pas être dans le futur.")
    if not isinstance(data.delivery_mode, DeliveryMode):
        errors["delivery_mode"] = _m(
            QT_TRANSLATE_NOOP("messages", "Choisissez le mode de remise du congé.")
        )
    received = data.received_on
    if received is None:
        errors["received_on"] = _m(
            QT_TRANSLATE_NOOP("messages", "La date de réception du congé est obligatoire.")
        )
    elif received > today:
        errors["received_on"] = _m(future)
    elif received < lease_start:
        errors["received_on"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Le congé ne peut pas précéder le début du bail ({date})."
            ),
            date=format_date_fr(lease_start),
        )
    if data.sent_on is not None:
        if data.sent_on > today:
            errors["sent_on"] = _m(future)
        elif received is not None and data.sent_on > received:
            errors["sent_on"] = _m(
                QT_TRANSLATE_NOOP("messages", "L'envoi ne peut pas être postérieur à la réception.")
            )
    if data.presented_on is not None:
        if data.sent_on is not None and data.presented_on < data.sent_on:
            errors["presented_on"] = _m(
                QT_TRANSLATE_NOOP("messages", "La présentation ne peut pas précéder l'envoi.")
            )
        elif received is not None and data.presented_on > received:
            errors["presented_on"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "La présentation ne peut pas être postérieure à la réception."
                )
            )
    if (
        data.requested_departure is not None
        and received is not None
        and data.requested_departure < received
    ):
        errors["requested_departure"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Le départ demandé ne peut pas précéder la réception du congé."
            )
        )
    if not isinstance(data.ground, ReducedNoticeGround):
        errors["ground"] = _m(QT_TRANSLATE_NOOP("messages", "Motif inconnu."))
    elif data.ground is ReducedNoticeGround.ZONE_TENDUE and not zone_tendue:
        errors["ground"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Le bail n'indique pas un logement en zone tendue : cochez « zone tendue » sur "
                "le bail du dossier ou choisissez un autre motif.",
            )
        )
    if data.proof_received_on is not None:
        if data.proof_received_on > today:
            errors["proof_received_on"] = _m(future)
        elif data.proof_received_on < lease_start:
            errors["proof_received_on"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Le justificatif ne peut pas précéder le début du bail."
                )
            )
    check_length(errors, "proof_document", data.proof_document, DOCUMENT_MAX)
    check_length(errors, "notes", data.notes, NOTES_MAX)
    for key in (
        "sent_on",
        "presented_on",
        "received_on",
        "requested_departure",
        "proof_received_on",
    ):
        implausible = implausible_date(getattr(data, key))
        if implausible is not None:  # 01/01/0001 typed for 01/01/2026...
            errors[key] = implausible
    if errors:
        raise ValidationError(errors)


def _check_givers(
    errors: dict[str, Message],
    data: NoticeInput,
    holders: tuple[NoticeGiver, ...],
    others: tuple[OtherNotice, ...],
) -> None:
    known = {h.key() for h in holders}
    strangers = [g.full_name for g in data.given_by if g.key() not in known]
    gone = already_gone(data.given_by, others)
    if strangers:
        errors["given_by"] = _m(
            QT_TRANSLATE_NOOP("messages", "« {name} » n'est pas titulaire du bail."),
            name=strangers[0],
        )
    elif gone is not None:
        errors["given_by"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} a déjà donné congé (congé reçu le {date}) : un titulaire ne donne "
                "congé qu'une fois.",
            ),
            name=gone[0].full_name,
            date=format_date_fr(gone[1].received_on),
        )
    partial = bool(data.given_by) and not is_whole(data.given_by, still_in_place(holders, others))
    if partial and not isinstance(data.cotenant_bond, CotenantBond):
        errors["cotenant_bond"] = _m(QT_TRANSLATE_NOOP("messages", "Lien inconnu."))
    elif partial and data.cotenant_bond is CotenantBond.UNSPECIFIED:
        errors["cotenant_bond"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Le congé n'est pas donné par tous les titulaires : précisez ce qui les lie "
                "(le courrier dit ce que devient la solidarité de celui qui part).",
            )
        )


def validate_decision(reason: str, decided_by: str) -> dict[str, Message]:
    """Errors of the reason and decision-maker every exception carries."""
    errors: dict[str, Message] = {}
    if not reason.strip():
        errors["reason"] = _m(QT_TRANSLATE_NOOP("messages", "Indiquez le motif de la décision."))
    elif len(reason) > REASON_MAX:
        errors["reason"] = too_long(REASON_MAX)
    if not decided_by.strip():
        errors["decided_by"] = _m(QT_TRANSLATE_NOOP("messages", "Indiquez qui a décidé."))
    elif len(decided_by) > DECIDED_BY_MAX:
        errors["decided_by"] = too_long(DECIDED_BY_MAX)
    return errors


@dataclass(frozen=True)
class Decision:
    """An exception's who, when and why."""

    decided_by: str
    decided_on: dt.date
    reason: str

    def step(self, template: str, **params: object) -> Message:
        """A computation step naming this decision: ``template`` takes ``{who}``,
        ``{decided}`` (its date) and ``{reason}`` besides ``params``."""
        return _m(
            template,
            who=self.decided_by,
            decided=format_date_fr(self.decided_on),
            reason=self.reason,
            **params,
        )


@dataclass(frozen=True)
class EffectiveNotice:
    """The notice as it applies once the landlord's decisions are taken into account."""

    computation: NoticeComputation
    applied_months: int
    end_date: dt.date
    #: The reduced end date while the proof is missing (``None`` otherwise).
    end_date_if_proof: dt.date | None
    #: Last day of occupation: the end date, or the postponed departure.
    departure_on: dt.date
    steps: tuple[Message, ...]
    reduced_by_decision: bool = False

    @property
    def proof_missing(self) -> bool:
        return self.end_date_if_proof is not None

    def explanation(self, translate: Translate | None = None) -> list[str]:
        return [s.render(translate) for s in self.steps]


def effective_notice(
    data: NoticeInput,
    *,
    reduced_without_proof: Decision | None = None,
    postponed_to: tuple[dt.date, Decision] | None = None,
    rules: NoticeRules | None = None,
    zone_tendue: bool = False,
    reduced_refused: Decision | None = None,
) -> EffectiveNotice:
    """End of the notice from the entry and the decisions, with every step in French
    (``zone_tendue``: the lease's dwelling is in a zone tendue). ``reduced_refused``:
    the landlord does not accept the ground or its proof (a ground that needs one; in a
    zone tendue the reduced notice is due whatever the ground): the standard notice
    applies, with no "if the proof comes" date."""
    assert data.received_on is not None
    comp = compute_notice_end(
        data.received_on,
        data.ground,
        data.proof_received,
        rules,
        requested_departure=data.requested_departure,
        zone_tendue=zone_tendue,
    )
    steps = list(comp.steps)
    if data.proof_received_on is not None and needs_proof(comp.ground, comp.rules):
        proof = data.proof_document or comp.ground.usual_proof
        steps.insert(
            2,
            _m(
                QT_TRANSLATE_NOOP("messages", "Justificatif reçu le {date} : {document}"),
                date=format_date_fr(data.proof_received_on),
                document=proof,
            ),
        )
    months, end, end_if_proof = comp.applied_months, comp.end_date, comp.end_date_if_proof
    reduced_by_decision = False
    if reduced_refused is not None and reduced_refusable(comp.ground, comp.rules, zone_tendue):
        months = comp.rules.standard_months
        end = compute_notice_end(
            data.received_on,
            data.ground,
            False,
            comp.rules,
            requested_departure=data.requested_departure,
        ).end_date
        end_if_proof = None
        steps.append(
            reduced_refused.step(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Préavis réduit refusé par {who} le {decided} (motif : {reason}) : préavis "
                    "de {months} mois, fin du préavis le {end}",
                ),
                months=months,
                end=format_date_fr(end),
            )
        )
    elif reduced_without_proof is not None and comp.end_date_if_proof is not None:  # proof missing
        months, end, end_if_proof = comp.rules.reduced_months, comp.end_date_if_proof, None
        reduced_by_decision = True
        steps.append(
            reduced_without_proof.step(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Préavis réduit de {months} mois accordé sans justificatif par {who} le "
                    "{decided} (motif : {reason}) : fin du préavis le {end}",
                ),
                months=months,
                end=format_date_fr(end),
            )
        )
    departure = end
    if postponed_to is not None and postponed_to[0] > end:
        departure, decision = postponed_to
        steps.append(
            decision.step(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Départ reporté au {date} par convention d'occupation temporaire, décision de "
                    "{who} le {decided} (motif : {reason}) ; indemnité d'occupation due jusqu'au départ",
                ),
                date=format_date_fr(departure),
            )
        )
    return EffectiveNotice(
        computation=comp,
        applied_months=months,
        end_date=end,
        end_date_if_proof=end_if_proof,
        departure_on=departure,
        steps=tuple(steps),
        reduced_by_decision=reduced_by_decision,
    )


@dataclass(frozen=True)
class DepositInfo:
    """When the deposit is due back and how it stands on ``today``."""

    due_on: dt.date
    months: int
    provisional: bool  # no exit inventory yet: the 2-month deadline applies meanwhile
    warning: DepositWarning
    days_left: int
    returned_on: dt.date | None
    #: Late penalty: due so far (deposit not returned) or owed (returned late).
    penalty: Decimal
    messages: tuple[Message, ...] = field(default=())


def deposit_info(
    keys_returned_on: dt.date,
    inventory_matches: bool | None,
    returned_on: dt.date | None,
    monthly_rent: Decimal,
    today: dt.date,
    rules: NoticeRules | None = None,
) -> DepositInfo:
    """The deposit deadline (art. 22) and its warning: near, past, penalty."""
    rules = rules or rules_for(keys_returned_on)
    due = deposit_due_date(keys_returned_on, bool(inventory_matches), rules)
    months = (
        rules.deposit_return_months_inventory_matches
        if inventory_matches
        else rules.deposit_return_months
    )
    days_left = (due - today).days
    msgs: list[Message] = []
    if returned_on is not None:
        warning = DepositWarning.NONE
        penalty = late_penalty(monthly_rent, due, returned_on, rules)
        if penalty:
            msgs.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Dépôt de garantie restitué le {date}, après l'échéance du {due} : pénalité "
                        "de retard de {amount}",
                    ),
                    date=format_date_fr(returned_on),
                    due=format_date_fr(due),
                    amount=format_money_fr(penalty),
                )
            )
    elif today > due:
        warning = DepositWarning.PAST
        penalty = late_penalty(monthly_rent, due, today, rules)
        msgs.append(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Dépôt de garantie en retard : à restituer au plus tard le {due} ; pénalité de "
                    "{amount} à ce jour (10 % du loyer par mois commencé)",
                ),
                due=format_date_fr(due),
                amount=format_money_fr(penalty),
            )
        )
    else:
        penalty = Decimal("0.00")
        warning = DepositWarning.NEAR if days_left <= DEPOSIT_NEAR_DAYS else DepositWarning.NONE
        if warning is DepositWarning.NEAR:
            msgs.append(
                counted(
                    days_left,
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Dépôt de garantie à restituer au plus tard le {due} (dans {n} jour)",
                    ),
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Dépôt de garantie à restituer au plus tard le {due} (dans {n} jours)",
                    ),
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Dépôt de garantie à restituer au plus tard aujourd'hui, le {due}",
                    ),
                    due=format_date_fr(due),
                )
            )
    return DepositInfo(
        due_on=due,
        months=months,
        provisional=inventory_matches is None,
        warning=warning,
        days_left=days_left,
        returned_on=returned_on,
        penalty=penalty,
        messages=tuple(msgs),
    )

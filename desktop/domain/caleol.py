"""CALEOL rules: quorum, candidates per dwelling, decisions, votes, offer deadline.

docs/domain.md#caleol. Pure functions, no Qt and no database: the services feed them
plain values and show the returned ``Message`` objects.

- The law fixes no quorum: the commission's *règlement intérieur* does (CCH L441-2).
  ``QuorumRules`` holds it as versioned configuration; the defaults (half of the 6
  designated members present or represented, one proxy per member) are common
  practice, UNCONFIRMED. A remote session (videoconference or written) is valid only
  when at least half the members take part (ordonnance n° 2014-1329, art. 4).
- At least 3 applications per dwelling, unless one of the legal exemptions
  (``FewerCandidatesReason``); no application without a *numéro unique* (R441-2-1).
- Decisions of R441-3 (``Decision``); ranks 1 to 3 (practice), unique per dwelling.
- Votes: simple majority of the votes cast, abstentions not counted (UNCONFIRMED:
  the règlement intérieur decides); on a tie the mayor of the dwelling's commune has
  the casting vote (L441-2), and he votes only on his commune's dwellings.
- Offer (R441-10): at least 10 days, counted from the day after notification; a
  deadline on a Saturday, Sunday or public holiday moves to the next working day
  (CPC 641-642).
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from desktop.domain.calendar_fr import roll_forward
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

# --------------------------------------------------------------------------- enums


class MemberRole(str, enum.Enum):
    """Seat on the commission; ``voting`` is *voix délibérative*."""

    DESIGNE = "DESIGNE"
    REPR_LOCATAIRES = "REPR_LOCATAIRES"
    MAIRE = "MAIRE"
    PREFET = "PREFET"
    PRESIDENT_EPCI = "PRESIDENT_EPCI"
    MANDANT = "MANDANT"
    CONSULT_ASSO_L365_3 = "CONSULT_ASSO_L365_3"
    CONSULT_CCAS = "CONSULT_CCAS"
    CONSULT_MAIRE_ARR = "CONSULT_MAIRE_ARR"
    RESERVATAIRE = "RESERVATAIRE"

    @property
    def label(self) -> str:
        return _ROLE_INFO[self][0]

    @property
    def voting(self) -> bool:
        return _ROLE_INFO[self][1]

    @property
    def designated(self) -> bool:
        """One of the 6 members designated by the board (the tenant representative included)."""
        return self in (MemberRole.DESIGNE, MemberRole.REPR_LOCATAIRES)


_ROLE_INFO = {
    MemberRole.DESIGNE: (QT_TRANSLATE_NOOP("messages", "Membre désigné par le conseil"), True),
    MemberRole.REPR_LOCATAIRES: (
        QT_TRANSLATE_NOOP("messages", "Représentant des locataires"),
        True,
    ),
    MemberRole.MAIRE: (QT_TRANSLATE_NOOP("messages", "Maire de la commune"), True),
    MemberRole.PREFET: (QT_TRANSLATE_NOOP("messages", "Représentant de l'État"), True),
    MemberRole.PRESIDENT_EPCI: (QT_TRANSLATE_NOOP("messages", "Président de l'EPCI"), True),
    # Older texts; current status UNCONFIRMED (docs/domain.md#caleol).
    MemberRole.MANDANT: (
        QT_TRANSLATE_NOOP("messages", "Représentant de l'organisme mandant"),
        True,
    ),
    MemberRole.CONSULT_ASSO_L365_3: (
        QT_TRANSLATE_NOOP("messages", "Association agréée (L365-3)"),
        False,
    ),
    MemberRole.CONSULT_CCAS: (
        QT_TRANSLATE_NOOP("messages", "CCAS ou service social départemental"),
        False,
    ),
    MemberRole.CONSULT_MAIRE_ARR: (QT_TRANSLATE_NOOP("messages", "Maire d'arrondissement"), False),
    MemberRole.RESERVATAIRE: (QT_TRANSLATE_NOOP("messages", "Réservataire"), False),
}


class AttendanceMode(str, enum.Enum):
    PRESENT = "PRESENT"
    DISTANCE = "DISTANCE"
    REPRESENTE = "REPRESENTE"
    ABSENT = "ABSENT"

    @property
    def label(self) -> str:
        return _ATTENDANCE_LABELS[self]


_ATTENDANCE_LABELS = {
    AttendanceMode.PRESENT: QT_TRANSLATE_NOOP("messages", "Présent"),
    AttendanceMode.DISTANCE: QT_TRANSLATE_NOOP("messages", "À distance"),
    AttendanceMode.REPRESENTE: QT_TRANSLATE_NOOP("messages", "Représenté"),
    AttendanceMode.ABSENT: QT_TRANSLATE_NOOP("messages", "Absent"),
}


class SessionMode(str, enum.Enum):
    PRESENTIEL = "PRESENTIEL"
    VISIO = "VISIO"
    ECRITE = "ECRITE"

    @property
    def label(self) -> str:
        return _SESSION_LABELS[self]

    @property
    def remote(self) -> bool:
        return self is not SessionMode.PRESENTIEL


_SESSION_LABELS = {
    SessionMode.PRESENTIEL: QT_TRANSLATE_NOOP("messages", "Séance en présentiel"),
    SessionMode.VISIO: QT_TRANSLATE_NOOP("messages", "Séance dématérialisée par visioconférence"),
    SessionMode.ECRITE: QT_TRANSLATE_NOOP("messages", "Séance dématérialisée par écrit"),
}


class Decision(str, enum.Enum):
    """Decision per candidate (CCH R441-3)."""

    ATTRIBUTION = "ATTRIBUTION"
    ATTRIBUTION_RANG = "ATTRIBUTION_RANG"
    ATTRIBUTION_CONDITION_SUSPENSIVE = "ATTRIBUTION_CONDITION_SUSPENSIVE"
    NON_ATTRIBUTION = "NON_ATTRIBUTION"
    IRRECEVABILITE = "IRRECEVABILITE"

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]

    @property
    def needs_reason(self) -> bool:
        return self in (Decision.NON_ATTRIBUTION, Decision.IRRECEVABILITE)


_DECISION_LABELS = {
    Decision.ATTRIBUTION: QT_TRANSLATE_NOOP("messages", "Attribution"),
    Decision.ATTRIBUTION_RANG: QT_TRANSLATE_NOOP(
        "messages", "Attribution par classement (ordre de priorité)"
    ),
    Decision.ATTRIBUTION_CONDITION_SUSPENSIVE: QT_TRANSLATE_NOOP(
        "messages", "Attribution sous condition suspensive"
    ),
    Decision.NON_ATTRIBUTION: QT_TRANSLATE_NOOP("messages", "Non-attribution"),
    Decision.IRRECEVABILITE: QT_TRANSLATE_NOOP("messages", "Irrecevabilité"),
}


class FewerCandidatesReason(str, enum.Enum):
    """Legal exemptions from the 3-candidate rule (R441-3)."""

    INSUFFISANCE = "INSUFFISANCE"
    DALO = "DALO"
    PLAI_ADAPTE = "PLAI_ADAPTE"

    @property
    def label(self) -> str:
        return _FEWER_LABELS[self]


_FEWER_LABELS = {
    FewerCandidatesReason.INSUFFISANCE: QT_TRANSLATE_NOOP(
        "messages", "Insuffisance du nombre de candidats"
    ),
    FewerCandidatesReason.DALO: QT_TRANSLATE_NOOP(
        "messages", "Candidat DALO désigné par le préfet"
    ),
    FewerCandidatesReason.PLAI_ADAPTE: QT_TRANSLATE_NOOP(
        "messages", "Logement PLAI adapté (D331-25-1)"
    ),
}


class Vote(str, enum.Enum):
    POUR = "POUR"
    CONTRE = "CONTRE"
    ABSTENTION = "ABSTENTION"

    @property
    def label(self) -> str:
        return _VOTE_LABELS[self]


_VOTE_LABELS = {
    Vote.POUR: QT_TRANSLATE_NOOP("messages", "Pour"),
    Vote.CONTRE: QT_TRANSLATE_NOOP("messages", "Contre"),
    Vote.ABSTENTION: QT_TRANSLATE_NOOP("messages", "Abstention"),
}


class Outcome(str, enum.Enum):
    """Result of a vote on a proposal."""

    ADOPTED = "ADOPTED"
    REJECTED = "REJECTED"
    TIE = "TIE"  # tie not broken (no casting vote available): not adopted

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]

    @property
    def adopted(self) -> bool:
        return self is Outcome.ADOPTED


_OUTCOME_LABELS = {
    Outcome.ADOPTED: QT_TRANSLATE_NOOP("messages", "Adoptée"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("messages", "Rejetée"),
    Outcome.TIE: QT_TRANSLATE_NOOP("messages", "Partage des voix : non adoptée"),
}


# --------------------------------------------------------------------------- quorum


@dataclass(frozen=True)
class Member:
    id: int
    role: MemberRole
    name: str = ""
    commune: str | None = None


@dataclass(frozen=True)
class Proxy:
    """A *pouvoir*: ``giver_id`` is represented by ``holder_id``."""

    giver_id: int
    holder_id: int


@dataclass(frozen=True)
class QuorumRules:
    """Quorum settings of a *règlement intérieur*, in force from ``effective_from``."""

    effective_from: dt.date
    #: designated members (board's 6, tenant representative included) present or
    #: represented needed; default half of the 6 (UNCONFIRMED practice)
    designated_required: int = 3
    #: proxies a member may hold (UNCONFIRMED practice: one)
    max_proxies_per_holder: int = 1
    #: whether the règlement intérieur provides remote sessions (loi 3DS)
    remote_allowed: bool = True
    #: share of the voting members who must take part in a remote session
    remote_min_share: Fraction = Fraction(1, 2)
    #: whether a represented member counts as taking part in a remote session
    remote_count_represented: bool = True
    source: str = ""


QUORUM_RULES: tuple[QuorumRules, ...] = (
    QuorumRules(
        effective_from=dt.date(2022, 2, 23),  # loi 3DS n° 2022-217
        source="CCH L441-2 (règlement intérieur); ordonnance n° 2014-1329 art. 4",
    ),
)


def quorum_rules_for(on: dt.date, history: Sequence[QuorumRules] = QUORUM_RULES) -> QuorumRules:
    """The quorum rules in force on ``on``."""
    in_force = [r for r in history if r.effective_from <= on]
    if not in_force:
        raise ValueError(f"no quorum rules in force on {on}")
    return max(in_force, key=lambda r: r.effective_from)


@dataclass(frozen=True)
class QuorumResult:
    reached: bool
    #: designated_total, designated_present, designated_represented,
    #: designated_counted, designated_required, voting_total, voting_taking_part,
    #: remote_required, proxies_accepted, proxies_refused
    counts: dict[str, int]
    explanations: tuple[Message, ...] = ()
    #: giver id → holder id of the proxies that count
    accepted_proxies: dict[int, int] = field(default_factory=dict)


_TAKING_PART = (AttendanceMode.PRESENT, AttendanceMode.DISTANCE)


def check_quorum(
    members: Iterable[Member],
    attendances: Mapping[int, AttendanceMode],
    proxies: Iterable[Proxy],
    rules: QuorumRules,
    mode: SessionMode = SessionMode.PRESENTIEL,
) -> QuorumResult:
    """Whether the commission may deliberate, with the counts and French explanations.

    ``members`` are the commission's members for the session; a member missing from
    ``attendances`` is absent. A proxy counts when its giver is a voting member marked
    represented and its holder is another voting member present or remote, within
    ``rules.max_proxies_per_holder``; other proxies are refused with an explanation.
    """
    members = list(members)
    by_id = {m.id: m for m in members}
    notes: list[Message] = []

    def attendance(member_id: int) -> AttendanceMode:
        return attendances.get(member_id, AttendanceMode.ABSENT)

    accepted: dict[int, int] = {}
    held: Counter[int] = Counter()
    refused = 0
    for proxy in proxies:
        giver, holder = by_id.get(proxy.giver_id), by_id.get(proxy.holder_id)
        problem = None
        if giver is None or holder is None or not giver.role.voting or not holder.role.voting:
            problem = QT_TRANSLATE_NOOP(
                "messages",
                "Pouvoir de {giver} à {holder} refusé : seuls les membres à voix "
                "délibérative peuvent donner ou recevoir un pouvoir.",
            )
        elif giver.id == holder.id or proxy.giver_id in accepted:
            problem = QT_TRANSLATE_NOOP(
                "messages", "Pouvoir de {giver} à {holder} refusé : pouvoir en double."
            )
        elif attendance(giver.id) is not AttendanceMode.REPRESENTE:
            problem = QT_TRANSLATE_NOOP(
                "messages",
                "Pouvoir de {giver} à {holder} ignoré : {giver} n'est pas "
                "indiqué comme représenté.",
            )
        elif attendance(holder.id) not in _TAKING_PART:
            problem = QT_TRANSLATE_NOOP(
                "messages",
                "Pouvoir de {giver} à {holder} refusé : le mandataire ne participe "
                "pas à la séance.",
            )
        elif held[holder.id] >= rules.max_proxies_per_holder:
            problem = QT_TRANSLATE_NOOP(
                "messages",
                "Pouvoir de {giver} à {holder} refusé : un membre ne peut détenir "
                "plus de {max} pouvoir(s).",
            )
        if problem:
            refused += 1
            notes.append(
                Message(
                    problem,
                    {
                        "giver": _name(giver, proxy.giver_id),
                        "holder": _name(holder, proxy.holder_id),
                        "max": rules.max_proxies_per_holder,
                    },
                )
            )
            continue
        accepted[proxy.giver_id] = proxy.holder_id
        held[proxy.holder_id] += 1

    for m in members:
        if attendance(m.id) is AttendanceMode.REPRESENTE and m.id not in accepted and m.role.voting:
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} est indiqué comme représenté sans pouvoir valable : compté absent.",
                    ),
                    {"name": _name(m, m.id)},
                )
            )

    designated = [m for m in members if m.role.designated]
    present = sum(1 for m in designated if attendance(m.id) in _TAKING_PART)
    represented = sum(1 for m in designated if m.id in accepted)
    voting = [m for m in members if m.role.voting]
    taking_part = sum(
        1
        for m in voting
        if attendance(m.id) in _TAKING_PART or (rules.remote_count_represented and m.id in accepted)
    )
    remote_required = math.ceil(len(voting) * rules.remote_min_share) if mode.remote else 0

    reached = True
    if present + represented >= rules.designated_required:
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Membres désignés présents ou représentés : {count} sur {total} "
                    "({required} requis).",
                ),
                {
                    "count": present + represented,
                    "total": len(designated),
                    "required": rules.designated_required,
                },
            )
        )
    else:
        reached = False
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Quorum non atteint : {count} membre(s) désigné(s) présent(s) ou "
                    "représenté(s) sur {total}, {required} requis.",
                ),
                {
                    "count": present + represented,
                    "total": len(designated),
                    "required": rules.designated_required,
                },
            )
        )

    if mode.remote:
        if not rules.remote_allowed:
            reached = False
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le règlement intérieur ne prévoit pas de séance dématérialisée.",
                    )
                )
            )
        if taking_part >= remote_required:
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Séance dématérialisée : {count} membre(s) à voix délibérative "
                        "participent sur {total} (au moins {required} requis).",
                    ),
                    {"count": taking_part, "total": len(voting), "required": remote_required},
                )
            )
        else:
            reached = False
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Séance dématérialisée non valable : {count} membre(s) à voix "
                        "délibérative participent sur {total}, au moins la moitié ({required}) requise.",
                    ),
                    {"count": taking_part, "total": len(voting), "required": remote_required},
                )
            )

    counts = {
        "designated_total": len(designated),
        "designated_present": present,
        "designated_represented": represented,
        "designated_counted": present + represented,
        "designated_required": rules.designated_required,
        "voting_total": len(voting),
        "voting_taking_part": taking_part,
        "remote_required": remote_required,
        "proxies_accepted": len(accepted),
        "proxies_refused": refused,
    }
    return QuorumResult(reached, counts, tuple(notes), accepted)


def require_quorum(result: QuorumResult) -> None:
    """Block a decision taken without quorum."""
    if not result.reached:
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Le quorum n'est pas atteint : la commission ne peut pas délibérer."
                )
            )
        )


def _name(member: Member | None, member_id: int) -> str:
    if member is not None and member.name:
        return member.name
    return f"#{member_id}"


# --------------------------------------------------------------------------- candidates


MIN_CANDIDATES = 3
MAX_RANK = 3


@dataclass(frozen=True)
class Candidate:
    numero_unique: str | None
    rank: int | None = None
    name: str = ""


def check_dwelling_candidates(
    candidates: Sequence[Candidate],
    reason: FewerCandidatesReason | None = None,
) -> list[Message]:
    """Warnings on a dwelling's candidate list; raises on what must be refused.

    Refused (``ValidationError``): a candidate without *numéro unique*, the same
    numéro unique twice, the same rank twice. Warned: fewer than 3 candidates
    without a legal reason.
    """
    errors: dict[str, Message] = {}
    seen_numbers: set[str] = set()
    for i, c in enumerate(candidates):
        number = (c.numero_unique or "").strip()
        label = c.name or str(i + 1)
        if not number:
            errors[f"candidates[{i}].numero_unique"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le candidat {name} n'a pas de numéro unique : sa demande ne peut "
                    "pas être examinée.",
                ),
                {"name": label},
            )
        elif number.upper() in seen_numbers:
            errors[f"candidates[{i}].numero_unique"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Le numéro unique {number} figure deux fois pour ce logement."
                ),
                {"number": number},
            )
        else:
            seen_numbers.add(number.upper())
    try:
        check_ranks([c.rank for c in candidates])
    except ValidationError as exc:
        errors.update(exc.fields)
    if errors:
        raise ValidationError(errors)

    warnings: list[Message] = []
    if len(candidates) < MIN_CANDIDATES and reason is None:
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{count} candidat(s) seulement pour ce logement : au moins {min} sont "
                    "requis, sauf motif légal (insuffisance de candidats, DALO, PLAI adapté).",
                ),
                {"count": len(candidates), "min": MIN_CANDIDATES},
            )
        )
    return warnings


def check_ranks(ranks: Iterable[int | None]) -> None:
    """Ranks of one dwelling: each from 1 to 3, no rank twice (``None`` = no rank)."""
    errors: dict[str, Message] = {}
    seen: set[int] = set()
    for i, rank in enumerate(ranks):
        if rank is None:
            continue
        if not 1 <= rank <= MAX_RANK:
            errors[f"candidates[{i}].rank"] = Message(
                QT_TRANSLATE_NOOP("messages", "Le rang doit être compris entre 1 et {max}."),
                {"max": MAX_RANK},
            )
        elif rank in seen:
            errors[f"candidates[{i}].rank"] = Message(
                QT_TRANSLATE_NOOP("messages", "Le rang {rank} est attribué à plusieurs candidats."),
                {"rank": rank},
            )
        seen.add(rank)
    if errors:
        raise ValidationError(errors)


# --------------------------------------------------------------------------- decisions


def validate_decision(
    decision: Decision,
    rank: int | None = None,
    condition_document: str | None = None,
    condition_deadline: dt.date | None = None,
    reason: str | None = None,
    *,
    session_date: dt.date | None = None,
) -> None:
    """Check one candidate's decision; raises ``ValidationError`` with each problem.

    - ``ATTRIBUTION_RANG`` needs a rank from 1 to 3; other decisions take none;
    - ``ATTRIBUTION_CONDITION_SUSPENSIVE`` needs the missing document and a deadline
      (after the session, when its date is given);
    - ``NON_ATTRIBUTION`` and ``IRRECEVABILITE`` need a reason.
    Uniqueness of ranks across a dwelling's candidates: ``check_ranks``.
    """
    errors: dict[str, Message] = {}
    if decision is Decision.ATTRIBUTION_RANG:
        if rank is None:
            errors["rank"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Une attribution par classement doit indiquer le rang du candidat."
                )
            )
        elif not 1 <= rank <= MAX_RANK:
            errors["rank"] = Message(
                QT_TRANSLATE_NOOP("messages", "Le rang doit être compris entre 1 et {max}."),
                {"max": MAX_RANK},
            )
    elif rank is not None:
        errors["rank"] = Message(
            QT_TRANSLATE_NOOP(
                "messages", "Un rang ne s'indique que pour une attribution par classement."
            )
        )

    if decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE:
        if not (condition_document or "").strip():
            errors["condition_document"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Indiquez la pièce manquante de la condition suspensive."
                )
            )
        if condition_deadline is None:
            errors["condition_deadline"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Indiquez la date limite de production de la pièce manquante."
                )
            )
        elif session_date is not None and condition_deadline <= session_date:
            errors["condition_deadline"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La date limite de la condition suspensive doit être postérieure à la séance.",
                )
            )

    if decision.needs_reason and not (reason or "").strip():
        errors["reason"] = Message(
            QT_TRANSLATE_NOOP(
                "messages", "Le motif est obligatoire pour une décision de {decision}."
            ),
            {"decision": decision.label.lower()},
        )
    if errors:
        raise ValidationError(errors)


# --------------------------------------------------------------------------- votes


@dataclass(frozen=True)
class TallyResult:
    outcome: Outcome
    pour: int
    contre: int
    abstention: int
    casting_vote_used: bool = False
    explanations: tuple[Message, ...] = ()


def _same_commune(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return a.strip().casefold() == b.strip().casefold()


def tally(
    votes: Iterable[Vote],
    mayor_vote: Vote | None = None,
    dwelling_commune: str | None = None,
    mayor_commune: str | None = None,
) -> TallyResult:
    """Outcome of the votes on one proposal.

    ``votes`` are the other voting members' votes; ``mayor_vote`` is the mayor's (or
    his representative's), counted only for a dwelling of his commune, where it also
    breaks a tie (casting vote). Simple majority of the votes cast; abstentions are
    not counted. A tie without casting vote is not adopted (``Outcome.TIE``).
    """
    counts = Counter(votes)
    notes: list[Message] = []
    mayor_counts = _same_commune(dwelling_commune, mayor_commune)
    if mayor_vote is not None:
        if mayor_counts:
            counts[mayor_vote] += 1
        else:
            mayor_vote = None
            notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le vote du maire n'est pas compté : le logement n'est pas situé "
                        "dans sa commune.",
                    )
                )
            )
    pour, contre, abst = counts[Vote.POUR], counts[Vote.CONTRE], counts[Vote.ABSTENTION]
    used = False
    if pour > contre:
        outcome = Outcome.ADOPTED
    elif contre > pour:
        outcome = Outcome.REJECTED
    elif mayor_vote in (Vote.POUR, Vote.CONTRE):
        used = True
        outcome = Outcome.ADOPTED if mayor_vote is Vote.POUR else Outcome.REJECTED
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Partage des voix ({pour} pour, {contre} contre) : la voix "
                    "prépondérante du maire l'emporte ({vote}).",
                ),
                {"pour": pour, "contre": contre, "vote": mayor_vote.label.lower()},
            )
        )
    else:
        outcome = Outcome.TIE
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Partage des voix ({pour} pour, {contre} contre) sans voix "
                    "prépondérante : la proposition n'est pas adoptée.",
                ),
                {"pour": pour, "contre": contre},
            )
        )
    return TallyResult(outcome, pour, contre, abst, used, tuple(notes))


# --------------------------------------------------------------------------- offer


MIN_OFFER_DAYS = 10


def offer_deadline(
    notified_on: dt.date, days: int = MIN_OFFER_DAYS, alsace_moselle: bool = False
) -> dt.date:
    """Last day to answer an offer (R441-10, CPC 641-642).

    The delay runs from the day after notification (``notified_on + days``); a
    deadline on a Saturday, Sunday or public holiday moves to the next working day.
    """
    if days < MIN_OFFER_DAYS:
        raise ValidationError(
            {
                "days": Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le délai de réponse à une offre de logement ne peut être inférieur "
                        "à {min} jours.",
                    ),
                    {"min": MIN_OFFER_DAYS},
                )
            }
        )
    return roll_forward(notified_on + dt.timedelta(days=days), alsace_moselle=alsace_moselle)


# --------------------------------------------------------------------------- sessions, agenda
# (issue 7, services): statuses, agenda item kinds, occupation review, priority
# criteria, vote channels, and the small pure rules the CALEOL services apply.


class SessionStatus(str, enum.Enum):
    """Life of a session before its minutes (the minutes have statuses of their own)."""

    PREPARATION = "PREPARATION"
    OPEN = "OPEN"
    CLOSED = "CLOSED"

    @property
    def label(self) -> str:
        return _SESSION_STATUS_LABELS[self]


_SESSION_STATUS_LABELS = {
    SessionStatus.PREPARATION: QT_TRANSLATE_NOOP("messages", "En préparation"),
    SessionStatus.OPEN: QT_TRANSLATE_NOOP("messages", "Séance ouverte"),
    SessionStatus.CLOSED: QT_TRANSLATE_NOOP("messages", "Séance close"),
}


class AgendaItemKind(str, enum.Enum):
    ATTRIBUTION = "ATTRIBUTION"
    EXAMEN_OCCUPATION = "EXAMEN_OCCUPATION"

    @property
    def label(self) -> str:
        return _ITEM_KIND_LABELS[self]


_ITEM_KIND_LABELS = {
    AgendaItemKind.ATTRIBUTION: QT_TRANSLATE_NOOP("messages", "Attribution d'un logement"),
    AgendaItemKind.EXAMEN_OCCUPATION: QT_TRANSLATE_NOOP(
        "messages", "Examen de l'occupation du logement"
    ),
}


class OccupationGround(str, enum.Enum):
    """The five grounds of the occupation review (CCH L442-5-2)."""

    SUR_OCCUPATION = "SUR_OCCUPATION"
    SOUS_OCCUPATION = "SOUS_OCCUPATION"
    LOGEMENT_ADAPTE_LIBERE = "LOGEMENT_ADAPTE_LIBERE"
    HANDICAP_PERTE_AUTONOMIE = "HANDICAP_PERTE_AUTONOMIE"
    DEPASSEMENT_PLAFONDS = "DEPASSEMENT_PLAFONDS"

    @property
    def label(self) -> str:
        return _GROUND_LABELS[self]


_GROUND_LABELS = {
    OccupationGround.SUR_OCCUPATION: QT_TRANSLATE_NOOP(
        "messages", "Sur-occupation du logement (L822-10)"
    ),
    OccupationGround.SOUS_OCCUPATION: QT_TRANSLATE_NOOP(
        "messages", "Sous-occupation du logement (L621-2)"
    ),
    OccupationGround.LOGEMENT_ADAPTE_LIBERE: QT_TRANSLATE_NOOP(
        "messages", "Logement adapté dont l'occupant handicapé est parti"
    ),
    OccupationGround.HANDICAP_PERTE_AUTONOMIE: QT_TRANSLATE_NOOP(
        "messages", "Handicap ou perte d'autonomie nécessitant un logement adapté"
    ),
    OccupationGround.DEPASSEMENT_PLAFONDS: QT_TRANSLATE_NOOP(
        "messages", "Ressources supérieures aux plafonds"
    ),
}


class PriorityCriterion(str, enum.Enum):
    """Priority criteria of CCH L441-1 (docs/domain.md#priority)."""

    DALO = "DALO"
    HANDICAP = "HANDICAP"
    MAL_LOGE = "MAL_LOGE"
    HEBERGE = "HEBERGE"
    REPRISE_ACTIVITE = "REPRISE_ACTIVITE"
    HABITAT_INDIGNE = "HABITAT_INDIGNE"
    VIOLENCES = "VIOLENCES"
    VIOLENCES_SEXUELLES = "VIOLENCES_SEXUELLES"
    PROSTITUTION = "PROSTITUTION"
    TRAITE = "TRAITE"
    MINEUR_SUROCCUPE = "MINEUR_SUROCCUPE"
    SANS_LOGEMENT = "SANS_LOGEMENT"
    EXPULSION = "EXPULSION"

    @property
    def label(self) -> str:
        return _PRIORITY_LABELS[self]


_PRIORITY_LABELS = {
    PriorityCriterion.DALO: QT_TRANSLATE_NOOP(
        "messages", "Reconnu prioritaire DALO (désigné par le préfet)"
    ),
    PriorityCriterion.HANDICAP: QT_TRANSLATE_NOOP(
        "messages", "Personne en situation de handicap ou ménage en ayant une à charge"
    ),
    PriorityCriterion.MAL_LOGE: QT_TRANSLATE_NOOP("messages", "Personne mal logée ou défavorisée"),
    PriorityCriterion.HEBERGE: QT_TRANSLATE_NOOP(
        "messages", "Personne hébergée ou logée temporairement"
    ),
    PriorityCriterion.REPRISE_ACTIVITE: QT_TRANSLATE_NOOP(
        "messages", "Reprise d'activité après une période de chômage de longue durée"
    ),
    PriorityCriterion.HABITAT_INDIGNE: QT_TRANSLATE_NOOP(
        "messages", "Logement indigne, insalubre ou dangereux"
    ),
    PriorityCriterion.VIOLENCES: QT_TRANSLATE_NOOP(
        "messages", "Violences au sein du couple ou mariage forcé"
    ),
    PriorityCriterion.VIOLENCES_SEXUELLES: QT_TRANSLATE_NOOP(
        "messages", "Violences sexuelles au domicile avec mesure de protection"
    ),
    PriorityCriterion.PROSTITUTION: QT_TRANSLATE_NOOP(
        "messages", "Parcours de sortie de la prostitution"
    ),
    PriorityCriterion.TRAITE: QT_TRANSLATE_NOOP(
        "messages", "Victime de traite des êtres humains ou de proxénétisme"
    ),
    PriorityCriterion.MINEUR_SUROCCUPE: QT_TRANSLATE_NOOP(
        "messages", "Enfant mineur dans un logement sur-occupé ou non décent"
    ),
    PriorityCriterion.SANS_LOGEMENT: QT_TRANSLATE_NOOP(
        "messages", "Dépourvu de logement, y compris hébergé par des tiers"
    ),
    PriorityCriterion.EXPULSION: QT_TRANSLATE_NOOP(
        "messages", "Menacé d'expulsion sans relogement"
    ),
}


class VoteChannel(str, enum.Enum):
    SEANCE = "SEANCE"
    VOTE_DISTANCE = "VOTE_DISTANCE"
    IMPORT = "IMPORT"
    MEMBRE = "MEMBRE"  # cast by the member himself in the application (issue 17)

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    VoteChannel.SEANCE: QT_TRANSLATE_NOOP("messages", "En séance"),
    VoteChannel.VOTE_DISTANCE: QT_TRANSLATE_NOOP("messages", "Vote à distance"),
    VoteChannel.IMPORT: QT_TRANSLATE_NOOP("messages", "Importé de l'outil de vote"),
    VoteChannel.MEMBRE: QT_TRANSLATE_NOOP("messages", "Voté par le membre dans l'application"),
}

#: Usual funding of social dwellings (free text in the fiche; these are suggestions).
FUNDINGS = ("PLAI", "PLAI adapté", "PLUS", "PLS", "PLI", "PALULOS", "Non conventionné")


def parse_vote(text: str) -> Vote | None:
    """``"Pour"``, ``"CONTRE"``, ``"abstention"``, ``"Abstenu"``... -> ``Vote``; else ``None``.

    Case, accents and surrounding punctuation do not matter.
    """
    from desktop.domain.text import fold

    word = "".join(c for c in fold(text or "") if c.isalnum())
    if word in ("pour", "p", "favorable", "oui"):
        return Vote.POUR
    if word in ("contre", "c", "defavorable", "non"):
        return Vote.CONTRE
    if word in ("abstention", "abstentions", "abstenu", "abstenue", "abst", "abs", "a"):
        return Vote.ABSTENTION
    return None


def communes_of(text: str | None) -> list[str]:
    """A member's communes: one, or a list separated by commas or semicolons (EPCI)."""
    return [c.strip() for c in (text or "").replace(";", ",").split(",") if c.strip()]


def vote_scope_problem(
    role: MemberRole, member_communes: str | None, dwelling_commune: str | None, name: str = ""
) -> Message | None:
    """Why this member may not vote on a dwelling of ``dwelling_commune``, or ``None``.

    Advisory members never vote. The mayor votes only on his commune's dwellings; the
    EPCI president only on its territory's (his ``communes``; none given: the whole
    territory of the commission).
    """
    if not role.voting:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} siège avec voix consultative : son vote ne peut pas être enregistré.",
            ),
            {"name": name or role.label},
        )
    if role is MemberRole.MAIRE:
        communes = communes_of(member_communes)
        if not communes:
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La commune du maire {name} n'est pas renseignée : son vote ne "
                    "peut pas être enregistré.",
                ),
                {"name": name},
            )
        if not any(_same_commune(c, dwelling_commune) for c in communes):
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} ne vote que pour les logements de sa commune ({commune}) : "
                    "ce logement est situé à {dwelling}.",
                ),
                {"name": name, "commune": ", ".join(communes), "dwelling": dwelling_commune or "?"},
            )
    if role is MemberRole.PRESIDENT_EPCI:
        communes = communes_of(member_communes)
        if communes and not any(_same_commune(c, dwelling_commune) for c in communes):
            return Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} ne vote que pour les logements du territoire de l'EPCI "
                    "({commune}) : ce logement est situé à {dwelling}.",
                ),
                {"name": name, "commune": ", ".join(communes), "dwelling": dwelling_commune or "?"},
            )
    return None


def check_item_decisions(decisions: Sequence[Decision | None]) -> None:
    """A dwelling goes to one household: at most one direct attribution (plain or under
    suspensive condition) among its candidates; other candidates are ranked or refused."""
    direct = (Decision.ATTRIBUTION, Decision.ATTRIBUTION_CONDITION_SUSPENSIVE)
    seen = False
    for i, d in enumerate(decisions):
        if d in direct:
            if seen:
                raise ValidationError(
                    {
                        f"candidates[{i}].decision": Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "Le logement est déjà attribué à un autre candidat : classez "
                                "ce candidat (rang) ou retirez d'abord l'autre attribution.",
                            )
                        )
                    }
                )
            seen = True


def decision_contradicts_tally(decision: Decision, outcome: Outcome | None) -> Message | None:
    """A warning when the recorded decision goes against the vote."""
    if outcome is None:
        return None
    positive = decision in (
        Decision.ATTRIBUTION,
        Decision.ATTRIBUTION_RANG,
        Decision.ATTRIBUTION_CONDITION_SUSPENSIVE,
    )
    if positive and not outcome.adopted:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "Attention : la décision « {decision} » contredit le vote ({outcome})."
            ),
            {"decision": decision.label, "outcome": outcome.label.lower()},
        )
    if not positive and outcome.adopted:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Attention : la décision « {decision} » contredit le vote (proposition adoptée).",
            ),
            {"decision": decision.label},
        )
    return None


# --------------------------------------------------------------------------- occupation review

#: Years between two occupation reviews of a lease in a zone tendue (L442-5-2).
REVIEW_YEARS = 3


def rooms_of(dwelling_type: str | None) -> int | None:
    """Habitable rooms from the dwelling type: ``"T3"`` -> 3 (``None`` if unknown)."""
    text = (dwelling_type or "").strip().upper()
    if len(text) >= 2 and text[0] in "TF" and text[1:].isdigit():
        return int(text[1:])
    return None


def under_occupied(rooms: int | None, occupants: int) -> bool:
    """L621-2: habitable rooms exceed the number of occupants by more than one."""
    return rooms is not None and occupants > 0 and rooms > occupants + 1


def minimum_surface(occupants: int) -> Decimal:
    """Decent-dwelling surface below which a household is over-crowded (L822-10, R822-25):
    9 m² for one person, 16 m² for two, plus 9 m² a person, 70 m² from eight persons on.
    UNCONFIRMED reading of R822-25: configurable."""
    if occupants <= 1:
        return Decimal(9)
    return min(Decimal(16 + 9 * (occupants - 2)), Decimal(70))


def over_occupied(surface: Decimal | None, occupants: int) -> bool:
    return surface is not None and occupants > 0 and surface < minimum_surface(occupants)


def review_anniversary(lease_start: dt.date, on: dt.date) -> dt.date | None:
    """The latest review anniversary (every 3 years from the lease start) on or before
    ``on``, ``None`` before the first one. 29 February falls on 28 February."""
    years = (on.year - lease_start.year) // REVIEW_YEARS * REVIEW_YEARS
    while years >= REVIEW_YEARS:
        try:
            day = lease_start.replace(year=lease_start.year + years)
        except ValueError:
            day = dt.date(lease_start.year + years, 2, 28)
        if day <= on:
            return day
        years -= REVIEW_YEARS
    return None


def occupation_grounds(
    dwelling_type: str | None, surface: Decimal | None, occupants: int, rooms: int | None = None
) -> list[tuple[OccupationGround, Message]]:
    """Grounds computable from the tenant file, each with its French explanation."""
    from desktop.domain.formatting import format_decimal_fr

    rooms = rooms if rooms is not None else rooms_of(dwelling_type)
    found: list[tuple[OccupationGround, Message]] = []
    if under_occupied(rooms, occupants):
        found.append(
            (
                OccupationGround.SOUS_OCCUPATION,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{rooms} pièce(s) habitable(s) pour {occupants} occupant(s)."
                    ),
                    {"rooms": rooms, "occupants": occupants},
                ),
            )
        )
    if surface is not None and over_occupied(surface, occupants):
        found.append(
            (
                OccupationGround.SUR_OCCUPATION,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{surface} m² pour {occupants} occupant(s) (minimum {minimum} m²).",
                    ),
                    {
                        "surface": format_decimal_fr(surface),
                        "occupants": occupants,
                        "minimum": minimum_surface(occupants),
                    },
                ),
            )
        )
    return found


# --------------------------------------------------------------------------- offer follow-up
# (issue 7, offers): after the decision, the dwelling is offered to the direct attribution
# (plain or under suspensive condition), else to rank 1; a refusal, or silence past the
# answer deadline (R441-10: silence = refusal), moves it to the next ranked candidate.


class OfferStatus(str, enum.Enum):
    """Where the offer of the dwelling stands for one candidate (``None``: not offered)."""

    OFFERED = "OFFERED"
    ACCEPTED = "ACCEPTED"
    REFUSED = "REFUSED"
    #: no answer by the deadline: counts as a refusal (R441-10)
    LAPSED = "LAPSED"
    #: closed: the dwelling went to another candidate
    WITHDRAWN = "WITHDRAWN"

    @property
    def label(self) -> str:
        return _OFFER_LABELS[self]

    @property
    def out(self) -> bool:
        """The candidate is out of the line for this dwelling."""
        return self in (OfferStatus.REFUSED, OfferStatus.LAPSED, OfferStatus.WITHDRAWN)


_OFFER_LABELS = {
    OfferStatus.OFFERED: QT_TRANSLATE_NOOP("messages", "Proposition en cours"),
    OfferStatus.ACCEPTED: QT_TRANSLATE_NOOP("messages", "Acceptée"),
    OfferStatus.REFUSED: QT_TRANSLATE_NOOP("messages", "Refusée"),
    OfferStatus.LAPSED: QT_TRANSLATE_NOOP("messages", "Sans réponse dans le délai (refus)"),
    OfferStatus.WITHDRAWN: QT_TRANSLATE_NOOP(
        "messages", "Close (logement attribué à un autre candidat)"
    ),
}

_DIRECT = (Decision.ATTRIBUTION, Decision.ATTRIBUTION_CONDITION_SUSPENSIVE)


@dataclass(frozen=True)
class OfferCandidate:
    """A candidate of one dwelling as the offer rules see him."""

    id: int
    decision: Decision | None
    rank: int | None
    status: OfferStatus | None
    #: the answer deadline of the offer letter (None: no offer letter yet)
    deadline: dt.date | None = None


@dataclass(frozen=True)
class OfferState:
    """Who holds the offer of one dwelling now, and who is next."""

    #: candidates in the order the dwelling is offered to them
    order: tuple[int, ...]
    #: each candidate's status on the day asked (an offer past its deadline: LAPSED)
    statuses: Mapping[int, OfferStatus | None]
    #: the candidate who accepted, or whose offer runs (or is to be notified: the
    #: first in line before any letter)
    holder_id: int | None
    #: the candidate to offer the dwelling to now: the previous one refused or let
    #: the deadline pass, and nobody holds it
    next_id: int | None
    accepted_id: int | None = None

    @property
    def exhausted(self) -> bool:
        """Every candidate in line refused or let the deadline pass."""
        return bool(self.order) and self.holder_id is None and self.next_id is None


def offer_order(candidates: Iterable[OfferCandidate]) -> list[OfferCandidate]:
    """The line for the dwelling: the direct attribution (plain or under suspensive
    condition) first, then the candidates attributed by rank, rank 1, 2, 3..."""
    candidates = list(candidates)
    direct = [c for c in candidates if c.decision in _DIRECT]
    ranked = sorted(
        (c for c in candidates if c.decision is Decision.ATTRIBUTION_RANG),
        key=lambda c: (c.rank is None, c.rank or 0, c.id),
    )
    return direct + ranked


def offer_lapsed(deadline: dt.date | None, on: dt.date | None) -> bool:
    """Silence past the deadline: lapsed the day after the deadline day, not on it."""
    return deadline is not None and on is not None and on > deadline


def offer_state(candidates: Iterable[OfferCandidate], on: dt.date | None) -> OfferState:
    """Who holds the offer of one dwelling on ``on``, and who is next.

    Along the line (``offer_order``): a candidate who accepted holds it; refused,
    lapsed and withdrawn candidates are skipped; the first one left holds the offer if
    it was made to him (``OFFERED``) and its deadline has not passed on ``on`` (else
    he is lapsed and skipped too), or if nobody before him dropped out (the first in
    line, before his letter); otherwise he is next. ``on=None``: no deadline is
    checked (only the recorded statuses count).

    An offer letter recorded before the statuses existed (a deadline, no status)
    counts as an offer for the first in line.
    """
    candidates = list(candidates)
    line = offer_order(candidates)
    statuses: dict[int, OfferStatus | None] = {c.id: c.status for c in candidates}
    order = tuple(c.id for c in line)
    accepted = next((c for c in line if c.status is OfferStatus.ACCEPTED), None)
    if accepted is not None:
        return OfferState(order, statuses, accepted.id, None, accepted.id)
    dropped = False
    for c in line:
        status = c.status
        if status is not None and status.out:
            dropped = True
            continue
        offered = status is OfferStatus.OFFERED or (
            status is None and c.deadline is not None and not dropped
        )
        if offered:
            if offer_lapsed(c.deadline, on):
                statuses[c.id] = OfferStatus.LAPSED
                dropped = True
                continue
            statuses[c.id] = OfferStatus.OFFERED
            return OfferState(order, statuses, c.id, None)
        if not dropped:
            return OfferState(order, statuses, c.id, None)
        return OfferState(order, statuses, None, c.id)
    return OfferState(order, statuses, None, None)


def offer_start(notified_on: dt.date | None, presented_on: dt.date | None) -> dt.date | None:
    """Where the answer delay starts: the registered letter's presentation, collected or
    not (CE 30/11/2021 n° 436148), else the notification date."""
    return presented_on or notified_on

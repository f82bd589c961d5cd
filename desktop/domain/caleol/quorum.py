"""CALEOL quorum: members, proxies, the règlement intérieur's versioned quorum
rules and the quorum check (CCH L441-2; ordonnance n° 2014-1329, art. 4)."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from desktop.domain.caleol.common import (
    AttendanceMode,
    MemberRole,
    SessionMode,
)
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message

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


# « 1 membre désigné présent ou représenté », « 5 membres désignés… ».
designated_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} membre désigné présent ou représenté"),
    QT_TRANSLATE_NOOP("messages", "{n} membres désignés présents ou représentés"),
    QT_TRANSLATE_NOOP("messages", "aucun membre désigné présent ou représenté"),
)


# « 1 membre à voix délibérative participe », « 4 membres … participent ».
voting_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} membre à voix délibérative participe"),
    QT_TRANSLATE_NOOP("messages", "{n} membres à voix délibérative participent"),
    QT_TRANSLATE_NOOP("messages", "aucun membre à voix délibérative ne participe"),
)


# « 1 pouvoir », « 2 pouvoirs ».
proxies_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} pouvoir"),
    QT_TRANSLATE_NOOP("messages", "{n} pouvoirs"),
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
                "Pouvoir de {giver} à {holder} refusé : un membre ne peut détenir plus de {max}.",
            )
        if problem:
            refused += 1
            notes.append(
                Message(
                    problem,
                    {
                        "giver": _name(giver, proxy.giver_id),
                        "holder": _name(holder, proxy.holder_id),
                        "max": proxies_counted(rules.max_proxies_per_holder),
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

    reached = present + represented >= rules.designated_required
    notes.append(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Membres désignés présents ou représentés : {count} sur {total} "
                "({required} requis).",
            )
            if reached
            else QT_TRANSLATE_NOOP(
                "messages",
                "Quorum non atteint : {count} sur {total}, {required} requis.",
            ),
            {
                "count": present + represented
                if reached
                else designated_counted(present + represented),
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
        remote_valid = taking_part >= remote_required
        reached = reached and remote_valid
        notes.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Séance dématérialisée : {count} sur {total} (au moins {required} requis).",
                )
                if remote_valid
                else QT_TRANSLATE_NOOP(
                    "messages",
                    "Séance dématérialisée non valable : {count} sur {total}, au moins la "
                    "moitié ({required}) requise.",
                ),
                {
                    "count": voting_counted(taking_part),
                    "total": len(voting),
                    "required": remote_required,
                },
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

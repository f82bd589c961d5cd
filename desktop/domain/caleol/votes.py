"""CALEOL votes: the tally of one proposal (casting vote of the mayor, L441-2),
reading a vote from text, and who may vote on which dwelling."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.domain.caleol.common import (
    MemberRole,
    Outcome,
    Vote,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

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
    if role not in (MemberRole.MAIRE, MemberRole.PRESIDENT_EPCI):
        return None
    mayor = role is MemberRole.MAIRE
    communes = communes_of(member_communes)
    if mayor and not communes:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "La commune du maire {name} n'est pas renseignée : son vote ne "
                "peut pas être enregistré.",
            ),
            {"name": name},
        )
    if communes and not any(_same_commune(c, dwelling_commune) for c in communes):
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} ne vote que pour les logements de sa commune ({commune}) : "
                "ce logement est situé à {dwelling}.",
            )
            if mayor
            else QT_TRANSLATE_NOOP(
                "messages",
                "{name} ne vote que pour les logements du territoire de l'EPCI "
                "({commune}) : ce logement est situé à {dwelling}.",
            ),
            {"name": name, "commune": ", ".join(communes), "dwelling": dwelling_commune or "?"},
        )
    return None

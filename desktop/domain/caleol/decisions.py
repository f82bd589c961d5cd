"""CALEOL candidates and decisions: at least 3 applications per dwelling, ranks,
one candidate's decision (R441-3), the decisions of one dwelling and their
agreement with the vote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.caleol.common import (
    Decision,
    FewerCandidatesReason,
    Outcome,
)
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message, counted

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
            counted(
                len(candidates),
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{n} seul candidat pour ce logement : au moins {min} sont requis, sauf "
                    "motif légal (insuffisance de candidats, DALO, PLAI adapté).",
                ),
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{n} candidats seulement pour ce logement : au moins {min} sont requis, "
                    "sauf motif légal (insuffisance de candidats, DALO, PLAI adapté).",
                ),
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Aucun candidat pour ce logement : au moins {min} sont requis, sauf "
                    "motif légal (insuffisance de candidats, DALO, PLAI adapté).",
                ),
                min=MIN_CANDIDATES,
            )
        )
    return warnings


# « aucun candidat », « 1 candidat », « 3 candidats ».
candidates_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} candidat"),
    QT_TRANSLATE_NOOP("messages", "{n} candidats"),
    QT_TRANSLATE_NOOP("messages", "aucun candidat"),
)


def household_counted(adults: int, children: int) -> Message:
    """« 2 adultes, 1 enfant »; without children, the adults only (« 1 adulte »)."""
    grown = counted(
        adults,
        QT_TRANSLATE_NOOP("messages", "{n} adulte"),
        QT_TRANSLATE_NOOP("messages", "{n} adultes"),
    )
    if not children:
        return grown
    return Message(
        QT_TRANSLATE_NOOP("messages", "{adults}, {children}"),
        {
            "adults": grown,
            "children": counted(
                children,
                QT_TRANSLATE_NOOP("messages", "{n} enfant"),
                QT_TRANSLATE_NOOP("messages", "{n} enfants"),
            ),
        },
    )


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

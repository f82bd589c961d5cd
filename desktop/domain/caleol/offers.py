"""CALEOL offer: the answer deadline (R441-10, CPC 641-642) and the follow-up of
the offer along the line of candidates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.domain.calendar_fr import roll_forward
from desktop.domain.caleol.common import (
    Decision,
)
from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.labels import LabelledEnum

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


# --------------------------------------------------------------------------- offer follow-up
# (issue 7, offers): after the decision, the dwelling is offered to the direct attribution
# (plain or under suspensive condition), else to rank 1; a refusal, or silence past the
# answer deadline (R441-10: silence = refusal), moves it to the next ranked candidate.


class OfferStatus(LabelledEnum):
    """Where the offer of the dwelling stands for one candidate (``None``: not offered)."""

    OFFERED = "OFFERED", QT_TRANSLATE_NOOP("messages", "Proposition en cours")
    ACCEPTED = "ACCEPTED", QT_TRANSLATE_NOOP("messages", "Acceptée")
    REFUSED = "REFUSED", QT_TRANSLATE_NOOP("messages", "Refusée")
    #: no answer by the deadline: counts as a refusal (R441-10)
    LAPSED = "LAPSED", QT_TRANSLATE_NOOP("messages", "Sans réponse dans le délai (refus)")
    #: closed: the dwelling went to another candidate
    WITHDRAWN = (
        "WITHDRAWN",
        QT_TRANSLATE_NOOP("messages", "Close (logement attribué à un autre candidat)"),
    )

    @property
    def out(self) -> bool:
        """The candidate is out of the line for this dwelling."""
        return self in (OfferStatus.REFUSED, OfferStatus.LAPSED, OfferStatus.WITHDRAWN)


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

"""CALEOL occupation review (CCH L442-5-2): rooms, under- and over-occupation,
review anniversaries, the grounds computable from the tenant file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.domain.caleol.common import (
    OccupationGround,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted

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


def occupants_counted(occupants: int) -> Message:
    """« 1 occupant », « 3 occupants »."""
    return counted(
        occupants,
        QT_TRANSLATE_NOOP("messages", "{n} occupant"),
        QT_TRANSLATE_NOOP("messages", "{n} occupants"),
    )


def occupation_grounds(
    dwelling_type: str | None, surface: Decimal | None, occupants: int, rooms: int | None = None
) -> list[tuple[OccupationGround, Message]]:
    """Grounds computable from the tenant file, each with its French explanation."""
    from desktop.domain.formatting import format_decimal_fr

    rooms = rooms if rooms is not None else rooms_of(dwelling_type)
    found: list[tuple[OccupationGround, Message]] = []
    persons = occupants_counted(occupants)
    if under_occupied(rooms, occupants):
        found.append(
            (
                OccupationGround.SOUS_OCCUPATION,
                Message(
                    QT_TRANSLATE_NOOP("messages", "{rooms} pour {occupants}."),
                    {
                        "rooms": counted(
                            rooms or 0,
                            QT_TRANSLATE_NOOP("messages", "{n} pièce habitable"),
                            QT_TRANSLATE_NOOP("messages", "{n} pièces habitables"),
                        ),
                        "occupants": persons,
                    },
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
                        "{surface} m² pour {occupants} (minimum {minimum} m²).",
                    ),
                    {
                        "surface": format_decimal_fr(surface),
                        "occupants": persons,
                        "minimum": minimum_surface(occupants),
                    },
                ),
            )
        )
    return found

"""A notice given by some of the lease holders only (docs/domain.md#notice-cotenants).

When several people hold the lease and only some of them give notice, the lease goes
on with the others: the letters name and address the people who gave notice, say that
the lease continues with the others and what becomes of the leaving holder's
solidarity, which depends on the bond between the holders:

- co-tenants under a solidarity clause (*colocation*, loi n° 89-462 art. 8-1 VI): the
  leaving co-tenant's solidarity, and his guarantor's, ends when a new co-tenant is on
  the lease, at the latest six months after the notice takes effect;
- spouses or PACS partners (not a *colocation*, art. 8-1 I): the lease stays theirs
  together (Code civil art. 1751), and the solidarity for household debts (art. 220,
  515-4) may outlast the departure (UNCONFIRMED);
- co-tenants without a solidarity clause: the leaving holder owes nothing after the
  notice takes effect;
- a holder leaving because of domestic violence (art. 8-2): solidarity ends the day
  after the first presentation of the letter that brings the protection order or the
  conviction.

Pure: no database, no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from desktop.domain.calendar_fr import add_months
from desktop.domain.formatting import format_long_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message
from desktop.domain.i18n import message as _m
from desktop.domain.labels import LabelledEnum
from desktop.domain.notice import ReducedNoticeGround
from desktop.domain.text import name_key, search_terms, surname_caps

#: Months after the notice's effect at which a co-tenant's solidarity ends at the
#: latest (loi n° 89-462, art. 8-1 VI).
SOLIDARITY_MONTHS = 6


class Named(Protocol):
    """A person as the tenant file names him (an occupant, or its stored row)."""

    @property
    def civility(self) -> str: ...

    @property
    def first_name(self) -> str: ...

    @property
    def last_name(self) -> str: ...


P = TypeVar("P", bound=Named)


class CotenantBond(LabelledEnum):
    """What binds the lease holders, which decides the leaving holder's solidarity."""

    UNSPECIFIED = "", QT_TRANSLATE_NOOP("messages", "Non précisé")
    SOLIDARITY_CLAUSE = (
        "COLOC_SOLIDAIRE",
        QT_TRANSLATE_NOOP("messages", "Colocataires, bail avec clause de solidarité"),
    )
    NO_SOLIDARITY = (
        "COLOC_SANS_SOLIDARITE",
        QT_TRANSLATE_NOOP("messages", "Colocataires, bail sans clause de solidarité"),
    )
    COUPLE = "COUPLE", QT_TRANSLATE_NOOP("messages", "Époux ou partenaires de PACS")


@dataclass(frozen=True)
class NoticeGiver:
    """A lease holder who gave the notice, as named when it was recorded (kept on the
    notice: the holder may leave the tenant file afterwards)."""

    civility: str
    first_name: str
    last_name: str

    @classmethod
    def of(cls, occupant: Named) -> NoticeGiver:
        return cls(occupant.civility, occupant.first_name, occupant.last_name)

    @property
    def full_name(self) -> str:
        parts = (self.civility, self.first_name, surname_caps(self.last_name))
        return " ".join(p for p in parts if p)

    def key(self) -> tuple[str, str]:
        """Who this is, without case, accents or spacing: a name typed again with
        another case still names the same holder."""
        return name_key(self.last_name, self.first_name)

    def is_holder(self, occupant: Named) -> bool:
        return self.key() == NoticeGiver.of(occupant).key()

    def as_dict(self) -> dict[str, str]:
        return {
            "civility": self.civility,
            "first_name": self.first_name,
            "last_name": self.last_name,
        }

    @classmethod
    def from_dict(cls, stored: dict) -> NoticeGiver:
        return cls(
            str(stored.get("civility") or ""),
            str(stored.get("first_name") or ""),
            str(stored.get("last_name") or ""),
        )


def givers_of(holders: Iterable[Named]) -> tuple[NoticeGiver, ...]:
    return tuple(NoticeGiver.of(o) for o in holders)


def holder_named(text: str, holders: Sequence[NoticeGiver]) -> NoticeGiver | None:
    """The holder ``text`` names (the command line's ``--given-by``): his first and last
    names in either order, or his last name alone when no other holder bears it; case,
    accents and civility do not count. ``None`` when none or several match."""
    words = sorted(search_terms(text))
    words = [w for w in words if w not in ("m", "mme", "mr")]

    def names(h: NoticeGiver) -> list[str]:
        return sorted(search_terms(f"{h.first_name} {h.last_name}"))

    exact = [h for h in holders if names(h) == words]
    if len(exact) == 1:
        return exact[0]
    by_last = [h for h in holders if sorted(search_terms(h.last_name)) == words]
    return by_last[0] if len(by_last) == 1 else None


def distinct_givers(given_by: Iterable[NoticeGiver]) -> tuple[NoticeGiver, ...]:
    """``given_by`` without repeats (the first spelling kept), in its order."""
    seen: set[tuple[str, str]] = set()
    out = []
    for g in given_by:
        if g.key() not in seen:
            seen.add(g.key())
            out.append(g)
    return tuple(out)


def is_whole(given_by: Sequence[NoticeGiver], holders: Sequence[NoticeGiver]) -> bool:
    """True when the notice ends the lease: nobody named (every holder, the default) or
    every holder named."""
    if not given_by:
        return True
    named = {g.key() for g in given_by}
    return bool(holders) and all(h.key() in named for h in holders)


@dataclass(frozen=True)
class OtherNotice:
    """Another notice of the same lease, given by holders it names (not withdrawn):
    they cannot give notice again. ``earlier``: recorded before the notice at hand,
    so that its givers are no longer in place for it."""

    givers: tuple[NoticeGiver, ...]
    received_on: dt.date
    end_date: dt.date
    earlier: bool = True


def still_in_place(holders: Sequence[P], others: Iterable[OtherNotice]) -> list[P]:
    """The holders who have not given notice by an earlier notice of the lease: those
    who may give this one, and with whom the lease goes on if they do not."""
    gone = {g.key() for o in others if o.earlier for g in o.givers}
    return [h for h in holders if NoticeGiver.of(h).key() not in gone]


def already_gone(
    given_by: Iterable[NoticeGiver], others: Iterable[OtherNotice]
) -> tuple[NoticeGiver, OtherNotice] | None:
    """The first holder ``given_by`` names who gave notice by another notice of the
    lease, with that notice (a holder gives notice once)."""
    for g in given_by:
        for o in others:
            if any(g.key() == h.key() for h in o.givers):
                return g, o
    return None


def remaining_holders(given_by: Sequence[NoticeGiver], holders: Sequence[P]) -> list[P]:
    """The holders who stay on the lease (none for a notice given by all)."""
    if not given_by:
        return []
    return [o for o in holders if not any(g.is_holder(o) for g in given_by)]


LEASE_CONTINUES = Forms(
    QT_TRANSLATE_NOOP(
        "messages",
        "Votre congé ne met pas fin au bail : il se poursuit avec {names}, qui en reste titulaire.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Votre congé ne met pas fin au bail : il se poursuit avec {names}, qui en restent "
        "titulaires.",
    ),
)


def lease_continues(names: Sequence[str], joined: str) -> Message:
    """The sentence of the letters telling the leaving holder the lease goes on with
    the others (``joined``: their names, « A et B »)."""
    return LEASE_CONTINUES(len(names), names=joined)


def leaving_solidarity(
    bond: CotenantBond,
    *,
    ground: ReducedNoticeGround,
    end_date: dt.date,
    received_on: dt.date,
    presented_on: dt.date | None = None,
    proof_received_on: dt.date | None = None,
) -> Message | None:
    """What the letters say of the leaving holder's solidarity (``None``: nothing,
    the bond not given). ``end_date``: the day the notice takes effect."""
    violence = ground is ReducedNoticeGround.VIOLENCES and bond in (
        CotenantBond.COUPLE,
        CotenantBond.SOLIDARITY_CLAUSE,
    )
    if violence and proof_received_on is not None:
        # Art. 8-2: the day after the first presentation of the letter bringing the
        # protection order or the conviction (its proof came with the notice, or later).
        first = presented_on or received_on
        day = max(first, proof_received_on) + dt.timedelta(days=1)
        return _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Conformément à l'article 8-2 de la loi n° 89-462 du 6 juillet 1989, votre "
                "solidarité, et celle de la personne qui s'est portée caution pour vous, "
                "prend fin le {date}, lendemain de la première présentation du courrier "
                "nous transmettant la décision de justice, pour les dettes nées à compter "
                "de cette date.",
            ),
            date=format_long_date_fr(day),
        )
    if violence:
        return _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Conformément à l'article 8-2 de la loi n° 89-462 du 6 juillet 1989, votre "
                "solidarité, et celle de la personne qui s'est portée caution pour vous, "
                "prendra fin le lendemain de la première présentation du courrier nous "
                "transmettant l'ordonnance de protection dont vous bénéficiez ou la "
                "condamnation pénale de l'autre membre du couple, pour les dettes nées à "
                "compter de cette date.",
            )
        )
    if bond is CotenantBond.SOLIDARITY_CLAUSE:
        return _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Conformément à l'article 8-1 de la loi n° 89-462 du 6 juillet 1989, votre "
                "solidarité, et celle de la personne qui s'est portée caution pour vous, "
                "prend fin à la date d'effet de votre congé si un nouveau colocataire figure "
                "alors au bail, sinon dès qu'un nouveau colocataire y figure, et au plus tard "
                "le {date}, six mois après la date d'effet de votre congé.",
            ),
            date=format_long_date_fr(add_months(end_date, SOLIDARITY_MONTHS)),
        )
    if bond is CotenantBond.NO_SOLIDARITY:
        return _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Le bail ne comportant pas de clause de solidarité, vos obligations de "
                "locataire prennent fin à la date d'effet de votre congé, le {date}.",
            ),
            date=format_long_date_fr(end_date),
        )
    if bond is CotenantBond.COUPLE:
        return _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Le bail du logement de la famille appartient aux deux époux ou partenaires "
                "(article 1751 du Code civil). La solidarité entre époux (article 220) ou "
                "entre partenaires de PACS (article 515-4) pour les dettes de la vie "
                "courante, dont le loyer et les charges, peut se poursuivre après votre "
                "départ, jusqu'à la transcription du divorce ou la dissolution du PACS.",
            )
        )
    return None

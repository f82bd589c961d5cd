"""Attribution objectives of the *Égalité et Citoyenneté* law (CCH L441-1, loi
n° 2017-86 art. 70) and the yearly reservation-holder report (*gestion en flux*).

Per EPCI and calendar year (allocations counted at their decision date):

1. at least 25 % of allocations **outside QPV** go to applicants of the first quartile
   of resources per consumption unit, or to households rehoused by urban renewal;
2. at least 50 % of allocations **in QPV** go to applicants of the other three
   quartiles (the intercommunal orientations may set another figure);
3. at least 25 % of each reservation holder's allocations go to priority publics
   (DALO and L441-1 priorities).

The first-quartile amount (annual resources per consumption unit) is fixed per EPCI
and year by ministerial arrêté; it is data (``QuartileThreshold``), as are the three
percentages (``TargetRates``). An applicant whose resources are unknown is counted in
the denominators and in no quartile (he cannot be shown to be in the first one);
UNCONFIRMED, the count of such allocations is reported beside each figure.

Pure module: plain values in, figures and messages out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction

from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message
from desktop.domain.labels import LabelledEnum

FINANCINGS = ("PLAI", "PLUS", "PLS", "PLI")
NO_HOLDER = ""  # allocations outside any reservation (the landlord's own stock)
OWN_STOCK = QT_TRANSLATE_NOOP("messages", "Contingent propre du bailleur")


def _m(text: str, /, **params: object) -> Message:
    return Message(text, params)


# « aucune attribution », « 1 attribution », « 5 attributions ».
allocations_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} attribution"),
    QT_TRANSLATE_NOOP("messages", "{n} attributions"),
    QT_TRANSLATE_NOOP("messages", "aucune attribution"),
)


class TargetKind(LabelledEnum):
    FIRST_QUARTILE_OUTSIDE_QPV = (
        "Q1_HORS_QPV",
        QT_TRANSLATE_NOOP("messages", "Attributions hors QPV au premier quartile"),
    )
    OTHER_QUARTILES_IN_QPV = (
        "Q234_EN_QPV",
        QT_TRANSLATE_NOOP("messages", "Attributions en QPV aux trois autres quartiles"),
    )
    PRIORITY_PER_HOLDER = (
        "PRIORITAIRES_RESERVATAIRE",
        QT_TRANSLATE_NOOP("messages", "Attributions aux publics prioritaires"),
    )


@dataclass(frozen=True)
class TargetRates:
    """The percentages to reach (data per EPCI and year; these are the law's defaults)."""

    first_quartile_outside_qpv: Decimal = Decimal(25)
    other_quartiles_in_qpv: Decimal = Decimal(50)
    priority_per_holder: Decimal = Decimal(25)


@dataclass(frozen=True)
class QuartileThreshold:
    """The first-quartile ceiling: annual resources per consumption unit, euros."""

    epci: str
    year: int
    amount: Decimal
    source: str = ""  # e.g. "arrêté du 15/06/2020"


@dataclass(frozen=True)
class Allocation:
    """An allocation decided by the commission (a candidate attributed a dwelling)."""

    key: str  # how the report names it (session / dwelling / numéro unique)
    epci: str
    decided_on: dt.date
    in_qpv: bool
    annual_resources_per_uc: Decimal | None
    priority: bool  # DALO or a L441-1 priority
    reservation_holder: str = NO_HOLDER
    urban_renewal: bool = False
    commune: str = ""
    dwelling_type: str = ""
    financing: str = ""


def first_quartile(a: Allocation, threshold: QuartileThreshold | None) -> bool | None:
    """``True``/``False``; ``None`` when it cannot be said (no threshold or resources)."""
    if threshold is None or a.annual_resources_per_uc is None:
        return None
    return a.annual_resources_per_uc <= threshold.amount


@dataclass(frozen=True)
class TargetFigure:
    kind: TargetKind
    holder: str | None  # PRIORITY_PER_HOLDER only
    required: Decimal  # percent
    numerator: int
    denominator: int
    unknown: int  # allocations whose quartile could not be said
    counted: tuple[str, ...]  # keys of the allocations in the numerator
    considered: tuple[str, ...]  # keys of all allocations in the denominator

    @property
    def share(self) -> Fraction | None:
        return None if self.denominator == 0 else Fraction(self.numerator, self.denominator)

    @property
    def percent(self) -> Decimal | None:
        """The share in percent, one decimal, half up; but a share under its target
        never reads as the target (124 of 497 is 24,95 %: « 24,9 % », not « 25 % »
        beside « non atteint »)."""
        if self.denominator == 0:
            return None
        exact = Decimal(self.numerator * 100) / Decimal(self.denominator)
        shown = exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        if shown >= self.required and not self.met:
            shown = exact.quantize(Decimal("0.1"), rounding=ROUND_DOWN)
        return shown

    @property
    def met(self) -> bool | None:
        """``None`` when nothing was allocated in the scope."""
        if self.denominator == 0:
            return None
        return Fraction(self.numerator * 100, self.denominator) >= Fraction(self.required)

    @property
    def missing(self) -> int:
        """How many more qualifying allocations (all else equal) would meet the target."""
        if self.denominator == 0 or self.met:
            return 0
        # smallest k with (n + k) / (d + k) >= r
        r = Fraction(self.required) / 100
        if r >= 1:
            return self.denominator - self.numerator
        k = (r * self.denominator - self.numerator) / (1 - r)
        whole = int(k)
        return whole if whole == k else whole + 1

    def label(self) -> str:
        base = self.kind.label
        if self.kind is not TargetKind.PRIORITY_PER_HOLDER:
            return base
        return f"{base} — {self.holder or OWN_STOCK}"


def compute_targets(
    allocations: Iterable[Allocation],
    epci: str,
    year: int,
    threshold: QuartileThreshold | None,
    rates: TargetRates = TargetRates(),
) -> list[TargetFigure]:
    """The figures of ``epci`` for ``year``: the two quartile targets, then one priority
    figure per reservation holder (sorted by name, the landlord's own stock first)."""
    key = epci.strip().casefold()
    scope = [
        a for a in allocations if a.epci.strip().casefold() == key and a.decided_on.year == year
    ]
    outside = [a for a in scope if not a.in_qpv]
    inside = [a for a in scope if a.in_qpv]

    q1_keys, q1_unknown = [], 0
    for a in outside:
        q = first_quartile(a, threshold)
        if a.urban_renewal or q:
            q1_keys.append(a.key)
        elif q is None:
            q1_unknown += 1
    figures = [
        TargetFigure(
            TargetKind.FIRST_QUARTILE_OUTSIDE_QPV,
            None,
            rates.first_quartile_outside_qpv,
            len(q1_keys),
            len(outside),
            q1_unknown,
            tuple(q1_keys),
            tuple(a.key for a in outside),
        )
    ]

    other_keys, other_unknown = [], 0
    for a in inside:
        q = first_quartile(a, threshold)
        if q is False:
            other_keys.append(a.key)
        elif q is None:
            other_unknown += 1
    figures.append(
        TargetFigure(
            TargetKind.OTHER_QUARTILES_IN_QPV,
            None,
            rates.other_quartiles_in_qpv,
            len(other_keys),
            len(inside),
            other_unknown,
            tuple(other_keys),
            tuple(a.key for a in inside),
        )
    )

    holders: dict[str, list[Allocation]] = {}
    for a in scope:
        holders.setdefault(a.reservation_holder.strip(), []).append(a)
    for holder in sorted(holders, key=lambda h: (h != NO_HOLDER, h.casefold())):
        rows = holders[holder]
        prio = [a.key for a in rows if a.priority]
        figures.append(
            TargetFigure(
                TargetKind.PRIORITY_PER_HOLDER,
                holder,
                rates.priority_per_holder,
                len(prio),
                len(rows),
                0,
                tuple(prio),
                tuple(a.key for a in rows),
            )
        )
    return figures


@dataclass(frozen=True)
class TargetEffect:
    """How a proposed allocation moves one figure."""

    before: TargetFigure | None
    after: TargetFigure

    @property
    def moved(self) -> bool:
        if self.before is None:
            return True
        return (self.before.numerator, self.before.denominator) != (
            self.after.numerator,
            self.after.denominator,
        )

    @property
    def worse(self) -> bool:
        """The share goes down (or the target stops being met)."""
        if self.before is None or self.before.share is None:
            return self.after.met is False
        return self.after.share is not None and self.after.share < self.before.share

    def message(self) -> Message:
        if self.before is None or self.before.percent is None:
            return self._first_message()
        before = _percent_fr(self.before.percent)
        after = "—" if self.after.percent is None else _percent_fr(self.after.percent)
        if self.worse and self.after.met is False:
            template = QT_TRANSLATE_NOOP(
                "messages", "{target} : {before} → {after} (objectif {required}, non atteint)."
            )
        elif self.worse:
            template = QT_TRANSLATE_NOOP(
                "messages", "{target} : {before} → {after} (objectif {required}, en baisse)."
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages", "{target} : {before} → {after} (objectif {required})."
            )
        return _m(
            template,
            target=self.after.label(),
            before=before,
            after=after,
            required=_percent_fr(self.after.required),
        )

    def _first_message(self) -> Message:
        """The figure had no share yet (no allocation counted this year): said in
        words, not « — → 0 % ». A figure that moved counts the proposal: it has a
        share after."""
        if self.after.met is False:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "{target} : aucune jusqu'ici → {after} (objectif {required}, non atteint).",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "{target} : aucune jusqu'ici → {after} (objectif {required}).",
            )
        return _m(
            template,
            target=self.after.label(),
            after=format_percent(self.after.percent),
            required=_percent_fr(self.after.required),
        )


def effect_of(
    allocations: Sequence[Allocation],
    proposed: Allocation,
    threshold: QuartileThreshold | None,
    rates: TargetRates = TargetRates(),
) -> list[TargetEffect]:
    """The figures ``proposed`` would move, before and after, for its EPCI and year."""
    epci, year = proposed.epci, proposed.decided_on.year
    before = {
        (f.kind, f.holder): f for f in compute_targets(allocations, epci, year, threshold, rates)
    }
    after = compute_targets(list(allocations) + [proposed], epci, year, threshold, rates)
    out = []
    for f in after:
        effect = TargetEffect(before.get((f.kind, f.holder)), f)
        if effect.moved:
            out.append(effect)
    return out


def _percent_fr(value: Decimal) -> str:
    text = f"{value:.1f}".replace(".", ",")
    text = text.removesuffix(",0")
    return f"{text}\u00a0%"


def format_percent(value: Decimal | None) -> str:
    return "—" if value is None else _percent_fr(value)


# --------------------------------------------------------------------------- gestion en flux


@dataclass(frozen=True)
class FlowLine:
    """A dwelling offered to a reservation holder's flow during the year."""

    holder: str
    dwelling: str
    offered_on: dt.date
    dwelling_type: str
    financing: str
    in_qpv: bool
    commune: str
    allocated: bool
    allocated_on: dt.date | None = None


@dataclass(frozen=True)
class FlowGroup:
    dwelling_type: str
    financing: str
    in_qpv: bool
    commune: str
    offered: int
    allocated: int


@dataclass(frozen=True)
class FlowReport:
    holder: str
    year: int
    deadline: dt.date
    offered: int
    allocated: int
    groups: tuple[FlowGroup, ...]
    lines: tuple[FlowLine, ...] = field(default=())


def flow_deadline(year: int, month: int = 2, day: int = 28) -> dt.date:
    """When the report on ``year`` is due (28 February of the next year is commonly
    cited, UNCONFIRMED: a setting)."""
    return dt.date(year + 1, month, day)


def flow_report(
    lines: Iterable[FlowLine], holder: str, year: int, deadline: dt.date | None = None
) -> FlowReport:
    """One holder's yearly report: dwellings offered to its flow in ``year`` and those
    allocated, by typology, financing, QPV or not and commune."""
    rows = [x for x in lines if x.holder.strip() == holder.strip() and x.offered_on.year == year]
    groups: dict[tuple, list[FlowLine]] = {}
    for x in rows:
        groups.setdefault((x.dwelling_type, x.financing, x.in_qpv, x.commune), []).append(x)
    out = tuple(
        FlowGroup(t, f, q, c, len(v), sum(1 for x in v if x.allocated))
        for (t, f, q, c), v in sorted(
            groups.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2], kv[0][3].casefold())
        )
    )
    return FlowReport(
        holder,
        year,
        deadline or flow_deadline(year),
        len(rows),
        sum(1 for x in rows if x.allocated),
        out,
        tuple(rows),
    )


def annual_resources_per_uc(monthly: Decimal | None, units: Decimal) -> Decimal | None:
    """Annual resources per UC from the monthly resources the fiche holds."""
    if monthly is None or units <= 0:
        return None
    return (monthly * 12 / units).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def by_kind(
    figures: Iterable[TargetFigure],
) -> Mapping[tuple[TargetKind, str | None], TargetFigure]:
    return {(f.kind, f.holder): f for f in figures}

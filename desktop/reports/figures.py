"""The report data model: a report is a plain ``ReportData`` (title, period, agency,
key figures, sections of tables and chart series), and the French formats of its values.

No Qt, no SQL, no rendering: the figures are computed by the services
(``desktop.services.report_figures``); ``desktop.reports.render`` makes the PDF and
the workbook, ``desktop.reports.charts`` the SVG charts, the dashboard page shows the
same data. User-visible texts are French source strings marked for translation.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from desktop.domain.formatting import format_date_fr, format_decimal_fr, format_money_fr

ZERO = Decimal("0.00")
TENTH = Decimal("0.1")

MONTHS_SHORT = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)


# --------------------------------------------------------------------------- model


class Kind(str, enum.Enum):
    """How a value is shown (and typed in the workbook)."""

    TEXT = "texte"
    INT = "entier"
    MONEY = "euros"
    PERCENT = "pourcentage"
    DAYS = "jours"
    DECIMAL = "decimal"


@dataclass(frozen=True)
class Column:
    label: str
    kind: Kind = Kind.TEXT


@dataclass
class Table:
    key: str
    title: str
    columns: list[Column]
    rows: list[list[Any]]
    total: list[Any] | None = None
    note: str = ""

    def column(self, label: str) -> list[Any]:
        index = [c.label for c in self.columns].index(label)
        return [r[index] for r in self.rows]

    def totals(self) -> list[Any]:
        """The total row (a table built with one)."""
        if self.total is None:
            raise KeyError(f"{self.key}: no total row")
        return self.total

    def row(self, first: str) -> list[Any]:
        for r in self.rows:
            if r[0] == first:
                return r
        if self.total is not None and self.total[0] == first:
            return self.total
        raise KeyError(first)

    def value(self, first: str, label: str) -> Any:
        return self.row(first)[[c.label for c in self.columns].index(label)]


class ChartKind(str, enum.Enum):
    BAR = "barres"  # vertical bars, one or several series side by side
    HBAR = "barres_horiz"  # horizontal bars (long category labels)
    PIE = "secteurs"  # one series, shares of a whole (drawn as a ring)
    LINE = "courbes"  # one or several series over months


@dataclass
class Series:
    name: str
    values: list[Any]


@dataclass
class Chart:
    key: str
    title: str
    kind: ChartKind
    categories: list[str]
    series: list[Series]
    unit: Kind = Kind.INT
    note: str = ""

    @property
    def empty(self) -> bool:
        return not any(v for s in self.series for v in s.values)


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: Any
    kind: Kind = Kind.INT
    detail: str = ""


@dataclass
class Section:
    title: str
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    text: str = ""


@dataclass
class ReportData:
    name: str
    title: str
    subtitle: str
    date_from: dt.date
    date_to: dt.date
    agency_code: str | None
    agency_label: str
    generated_at: dt.datetime  # naive UTC (the services' clock), shown in local time
    generated_by: str
    key_figures: list[KeyFigure]
    sections: list[Section]
    notes: list[str] = field(default_factory=list)

    @property
    def period_label(self) -> str:
        return f"du {format_date_fr(self.date_from)} au {format_date_fr(self.date_to)}"

    def tables(self) -> list[Table]:
        return [t for s in self.sections for t in s.tables]

    def charts(self) -> list[Chart]:
        return [c for s in self.sections for c in s.charts]

    def table(self, key: str) -> Table:
        for t in self.tables():
            if t.key == key:
                return t
        raise KeyError(key)

    def chart(self, key: str) -> Chart:
        for c in self.charts():
            if c.key == key:
                return c
        raise KeyError(key)

    def key_figure(self, label: str) -> KeyFigure:
        for k in self.key_figures:
            if k.label == label:
                return k
        raise KeyError(label)


# --------------------------------------------------------------------------- formats


def format_value(value: Any, kind: Kind) -> str:
    """French text of a figure: ``1 234``, ``1 234,56 €``, ``12,5 %``, ``31,0 j``."""
    if value is None:
        return "–"
    if kind is Kind.TEXT:
        return str(value)
    if kind is Kind.INT:
        return format_decimal_fr(Decimal(value), 0)
    if kind is Kind.MONEY:
        return format_money_fr(Decimal(value))
    if kind is Kind.PERCENT:
        return f"{format_decimal_fr(Decimal(value), 1)}\u00a0%"
    if kind is Kind.DAYS:
        return f"{format_decimal_fr(Decimal(value), 1)}\u00a0j"
    return format_decimal_fr(Decimal(value), 1)


def percent(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    """``part`` in percent of ``whole``, one decimal (``None`` when ``whole`` is 0)."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(TENTH, rounding=ROUND_HALF_UP)


def one_decimal(value) -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(TENTH, rounding=ROUND_HALF_UP)


def euros(cents: int | None) -> Decimal:
    return Decimal(int(cents or 0)).scaleb(-2)


def month_label(year: int, month: int) -> str:
    return f"{MONTHS_SHORT[month - 1]} {year}"


def months_between(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out, y, m = [], start.year, start.month
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def table_values(table: Table) -> Sequence[Sequence[Any]]:
    """The rows and the total row, as shown."""
    return [*table.rows, *([table.total] if table.total is not None else [])]

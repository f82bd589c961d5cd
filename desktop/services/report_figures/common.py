"""What every report's queries share: the scope (period, agency, date of the
figures) and the SQL helpers (cents, day differences, monthly series, pairs).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    BigInteger,
    Integer,
    and_,
    extract,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from desktop.domain.i18n import QT_TRANSLATE_NOOP as N
from desktop.reports.figures import (
    ZERO,
    Chart,
    ChartKind,
    Column,
    KeyFigure,
    Kind,
    Section,
    Series,
    Table,
    percent,
)

# --------------------------------------------------------------------------- SQL helpers


@dataclass(frozen=True)
class Scope:
    """The filters of a report: the period (both days included), one agency or all,
    and the day of the snapshot figures ("au 25/11/2026")."""

    date_from: dt.date
    date_to: dt.date
    agency_id: int | None = None
    on: dt.date = field(default_factory=dt.date.today)
    # For the reports that reuse a service of their feature (campaign figures): the
    # database and the acting user, whose rights that service checks again.
    db: Any = field(default=None, compare=False)
    actor: Any = field(default=None, compare=False)

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.date_from, dt.time())

    @property
    def end(self) -> dt.datetime:
        """The first instant after the period (timestamps are compared with ``<``)."""
        return dt.datetime.combine(self.date_to + dt.timedelta(days=1), dt.time())

    def in_period(self, column):
        return column.between(self.date_from, self.date_to)

    def in_period_ts(self, column):
        return and_(column >= self.start, column < self.end)

    def agency(self, column):
        """The agency condition on ``column`` (true when all agencies are asked for)."""
        return column == self.agency_id if self.agency_id is not None else True


def cents(column):
    """A ``Money`` column as its stored integer cents (summed and compared in SQL)."""
    return type_coerce(column, BigInteger)


def days_between(session: Session, later, earlier):
    """``later - earlier`` in days, as SQL (dates)."""
    if session.get_bind().dialect.name == "sqlite":
        return func.julianday(later) - func.julianday(earlier)
    return type_coerce(later - earlier, Integer)


def monthly(session: Session, date_column, value, *where) -> dict[tuple[int, int], Any]:
    """``{(year, month): value}`` grouped on ``date_column``; ``value`` may be a tuple
    of columns, then each entry is a tuple."""
    y = extract("year", date_column)
    m = extract("month", date_column)
    values = value if isinstance(value, tuple) else (value,)
    stmt = select(y, m, *values).where(*where).group_by(y, m)
    return {
        (int(r[0]), int(r[1])): (tuple(r[2:]) if isinstance(value, tuple) else r[2])
        for r in session.execute(stmt)
    }


def pairs(session: Session, stmt) -> dict:
    return {k: v for k, v in session.execute(stmt)}


def by_key(session: Session, stmt) -> dict[Any, tuple]:
    """``{first column: (the other columns)}``, for a query grouped on its first column."""
    return {row[0]: tuple(row[1:]) for row in session.execute(stmt)}


def count(session: Session, stmt) -> int:
    """The ``COUNT`` query's number (0 when it finds nothing)."""
    return session.scalar(stmt) or 0


# --------------------------------------------------------------------------- reports

Builder = Callable[[Session, Scope], tuple[list[KeyFigure], list[Section], list[str]]]


def rows_chart(
    key: str,
    title: str,
    kind: ChartKind,
    rows: list[list[Any]],
    *series: tuple[str, int],
    unit: Kind = Kind.INT,
) -> Chart:
    """The chart of a table's ``rows``: the categories from their first column, one
    series a ``(name, column index)``."""
    return Chart(
        key,
        title,
        kind,
        [r[0] for r in rows],
        [Series(name, [r[index] for r in rows]) for name, index in series],
        unit,
    )


# --------------------------------------------------------------------------- tables
# A breakdown ("share") table: what is counted, how many, their share of a whole.


def share_columns(label: str, counted: str, share: str = N("messages", "Part")) -> list[Column]:
    """A breakdown's first three columns: ``label``, the count, its share."""
    return [Column(label), Column(counted, Kind.INT), Column(share, Kind.PERCENT)]


def share_total(whole: int) -> list[Any]:
    """The first three cells of a breakdown's total row: ``Total``, the whole, 100 %."""
    return [N("messages", "Total"), whole, percent(whole, whole)]


def share_rows(
    members: Iterable[Any], counts: Mapping[Any, int], whole: int, *, every: bool = False
) -> list[list[Any]]:
    """``[label, count, share of whole]`` for each member of an enum with a ``label``,
    in the enum's order; ``counts`` is keyed by the member's value. A member with no
    count is left out, or shown with 0 when ``every``."""
    rows = []
    for member in members:
        n = counts.get(member.value, 0)
        if n or every:
            rows.append([member.label, n, percent(n, whole)])
    return rows


def share_table(
    key: str,
    title: str,
    label: str,
    counted: str,
    rows: list[list[Any]],
    *,
    share: str = N("messages", "Part"),
    whole: int | None = None,
    note: str = "",
) -> Table:
    """The table of a breakdown's ``[label, count, share]`` rows; with ``whole``, a
    total row."""
    return Table(
        key,
        title,
        share_columns(label, counted, share),
        rows,
        share_total(whole) if whole is not None else None,
        note=note,
    )


def summed_table(
    key: str, title: str, columns: list[Column], rows: list[list[Any]], *, note: str = ""
) -> Table:
    """A table whose total row sums every column after the first (money from 0,00 €)."""
    total = [
        sum((r[i] for r in rows), ZERO if column.kind is Kind.MONEY else 0)
        for i, column in enumerate(columns[1:], 1)
    ]
    return Table(key, title, columns, rows, [N("messages", "Total"), *total], note=note)

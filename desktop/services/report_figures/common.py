"""What every report's queries share: the scope (period, agency, date of the
figures) and the SQL helpers (cents, day differences, monthly series, pairs).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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

from desktop.reports.figures import KeyFigure, Section, months_between
from desktop.services.context import today

# --------------------------------------------------------------------------- SQL helpers


@dataclass(frozen=True)
class Scope:
    """The filters of a report: the period (both days included), one agency or all,
    and the day of the snapshot figures ("au 25/11/2026")."""

    date_from: dt.date
    date_to: dt.date
    agency_id: int | None = None
    on: dt.date = field(default_factory=today)
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

    @property
    def months(self) -> list[tuple[int, int]]:
        """The ``(year, month)`` of the period, in order."""
        return months_between(self.date_from, self.date_to)

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

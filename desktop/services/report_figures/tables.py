"""The shapes the reports' tables and charts share: breakdowns (what is counted, how
many, their share of a whole), tables whose total row sums every column, the chart
of a table's columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desktop.domain.i18n import QT_TRANSLATE_NOOP as N
from desktop.reports.figures import ZERO, Chart, ChartKind, Column, Kind, Series, Table, percent


def share_columns(label: str, counted: str, share: str = N("messages", "Part")) -> list[Column]:
    """A breakdown's first three columns: ``label``, the count, its share."""
    return [Column(label), Column(counted, Kind.INT), Column(share, Kind.PERCENT)]


def share_total(whole: int) -> list[Any]:
    """The first three cells of a breakdown's total row: ``Total``, the whole, 100 %
    (no share when the whole is 0)."""
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
    key: str,
    title: str,
    columns: list[Column],
    rows: list[list[Any]],
    *,
    rates: Mapping[int, tuple[int, int]] | None = None,
    note: str = "",
) -> Table:
    """A table whose total row sums every column after the first (money from 0,00 €),
    but the percentages of ``rates``: ``{column: (part, whole)}``, that column's total
    is the total of the column ``part`` in percent of the total of ``whole``."""
    rates = rates or {}
    sums = {
        i: sum((r[i] for r in rows), ZERO if column.kind is Kind.MONEY else 0)
        for i, column in enumerate(columns)
        if i and i not in rates
    }
    for i, (part, whole) in rates.items():
        sums[i] = percent(sums[part], sums[whole])
    total = [N("messages", "Total"), *[sums[i] for i in range(1, len(columns))]]
    return Table(key, title, columns, rows, total, note=note)


def found(members: Iterable[Any], values: Mapping[Any, Any]) -> list[tuple[Any, Any]]:
    """The members of an enum found in ``values`` (a grouped query's ``{code: ...}``),
    each with its values, in the enum's order."""
    return [(member, values[member.value]) for member in members if member.value in values]


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


def table_chart(key: str, title: str, kind: ChartKind, table: Table, *columns: int) -> Chart:
    """The chart of ``table``'s rows: one series a column of ``columns``, named by its
    header, in the unit of the first one."""
    return rows_chart(
        key,
        title,
        kind,
        table.rows,
        *[(table.columns[i].label, i) for i in columns],
        unit=table.columns[columns[0]].kind,
    )

"""Drop-down lists filled again from the base: the agency filter of the lists, the
sessions or commissions of a page; the column of an imported file chosen for a field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox

from desktop.services import agencies
from desktop.services.context import Actor
from desktop.storage.db import Database


def refill(combo: QComboBox, choices: Iterable[tuple[str, object]]) -> None:
    """Replaces the items of ``combo`` by ``choices`` (text, data), without emitting its
    change signals: the item chosen before stays chosen when it is still there, else the
    first one is."""
    keep = combo.currentData()
    with QSignalBlocker(combo):
        combo.clear()
        for text, data in choices:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(keep), 0))


def agency_choices(db: Database, actor: Actor) -> list[tuple[str, object]]:
    """The agencies ``actor`` may see, as choices of a filter: « Name (code) », id."""
    return [
        (f"{a.name} ({a.code})", a.id)
        for a in agencies.list_agencies(db)
        if actor.covers_agency(a.id)
    ]


#: the data of a column choice's first item: the field is not imported
NOT_IMPORTED = -1


def fill_columns(
    combo: QComboBox, columns: Sequence[str], chosen: int | None, none_text: str
) -> None:
    """``combo`` offers the columns of an imported file for one field: ``none_text``
    first (not imported), then ``columns`` (their index as data), ``chosen`` (an
    index, or None) selected; without emitting its change signals."""
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItem(none_text, NOT_IMPORTED)
        for index, text in enumerate(columns):
            combo.addItem(text, index)
        combo.setCurrentIndex(0 if chosen is None else chosen + 1)


def column_of(combo: QComboBox) -> int | None:
    """The column chosen in a ``fill_columns`` combo, ``None`` when not imported."""
    index = combo.currentData()
    return None if index is None or index == NOT_IMPORTED else int(index)

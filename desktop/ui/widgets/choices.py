"""Drop-down lists filled again from the base: the agency filter of the lists, the
sessions or commissions of a page."""

from __future__ import annotations

from collections.abc import Iterable

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

"""The services' shared write helpers (docs/architecture.md, "The write path")."""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace

import pytest

from desktop.services.write import from_row, snapshot


@dataclasses.dataclass(frozen=True)
class Item:
    id: int
    label: str
    due: dt.date | None
    note: str = "aucune"


def test_from_row_copies_the_fields_of_the_same_name():
    row = SimpleNamespace(id=4, label="Relance", due=dt.date(2026, 12, 7), other="ignoré")
    assert from_row(Item, row) == Item(4, "Relance", dt.date(2026, 12, 7))


def test_from_row_takes_overrides_before_the_row():
    row = SimpleNamespace(id=4, label="relance", due=None, note="lue")
    assert from_row(Item, row, label="Relance") == Item(4, "Relance", None, "lue")


def test_from_row_refuses_a_field_the_row_lacks_without_default():
    with pytest.raises(TypeError):
        from_row(Item, SimpleNamespace(id=4, due=None))


def test_snapshot_reads_only_the_named_fields():
    row = SimpleNamespace(id=4, label="Relance", secret="x")
    assert snapshot(row, ("id", "label")) == {"id": 4, "label": "Relance"}

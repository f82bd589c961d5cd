"""Enums whose members carry their French label.

A member is written with its value and its label, the label marked for translation::

    class Vote(LabelledEnum):
        POUR = "POUR", QT_TRANSLATE_NOOP("messages", "Pour")
        CONTRE = "CONTRE", QT_TRANSLATE_NOOP("messages", "Contre")

``Vote.POUR.value`` is ``"POUR"`` (the string the base stores, ``Vote("POUR")`` finds the
member) and ``Vote.POUR.label`` is ``"Pour"``, the source text that the UI translates.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Self


class LabelledEnum(str, enum.Enum):
    """A ``str`` enum whose members are ``NAME = value, label``."""

    _value_: str
    _label: str

    if TYPE_CHECKING:
        # What callers see: ``Vote("POUR")`` looks a member up by its value, and the
        # value is a string. (The ``__new__`` below makes the members; once they are
        # made, Enum answers ``Vote("POUR")`` with its own lookup.) mypy cannot see
        # through a custom ``__new__``, so both are declared here for it.
        def __new__(cls, value: object) -> Self: ...

        @property
        def value(self) -> str: ...

    else:

        def __new__(cls, value: str, label: str) -> Self:
            member = str.__new__(cls, value)
            member._value_ = value
            member._label = label
            return member

    @property
    def label(self) -> str:
        """The French label (translated by the UI in the ``messages`` context)."""
        return self._label

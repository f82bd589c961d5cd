"""Marking of user-visible messages produced below the UI layer.

The domain and the services must not import Qt, yet their messages are shown to
users and go through Qt's translation machinery. They are written with
``QT_TRANSLATE_NOOP(context, text)``: ``pyside6-lupdate`` extracts them into
``resources/i18n/parcours_fr.ts`` (it recognises the name), and the UI translates
them with ``QCoreApplication.translate(context, text)`` before formatting the
parameters in. Outside the GUI (command line, logs) the source text, French, is used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; lupdate records it under ``context``."""
    return text


MESSAGES = "messages"

#: ``translate(context, text)``: Qt's ``QCoreApplication.translate`` in the GUI.
Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class Message:
    """A user-visible message: a translatable template and its parameters."""

    template: str
    params: dict[str, Any] = field(default_factory=dict)
    context: str = MESSAGES

    def render(self, translate: Translate | None = None) -> str:
        text = translate(self.context, self.template) if translate else self.template
        if not self.params:
            return text
        params = {
            k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params.items()
        }
        return text.format(**params)

    def __str__(self) -> str:
        return self.render()


def message(text: str, **params: Any) -> Message:
    """``Message(text, params)``: the shorthand the domain modules import as ``_m``."""
    return Message(text, params)


def is_singular(count: int | Decimal) -> bool:
    """French agreement: 0 and 1 (anything below 2: « 1,5 mois ») take the singular."""
    return -2 < count < 2


def counted(count: int, one: str, many: str, none: str | None = None, **params: Any) -> Message:
    """A number and its words agreed with it, as a parameter of a ``Message``:
    ``counted(n, QT_TRANSLATE_NOOP("messages", "{n} abstention"),
    QT_TRANSLATE_NOOP("messages", "{n} abstentions"),
    QT_TRANSLATE_NOOP("messages", "aucune abstention"))`` gives « 1 abstention »,
    « 2 abstentions », « aucune abstention » (``none``, when given, for 0). Documents
    are read by tenants and committee members: no « abstention(s) » house style there.
    Each form is its own catalogue entry (Qt's ``%n`` forms need a translator's
    plural entries, and documents are written outside the GUI from the source text).
    ``params``: the forms' other parameters (« {n} lettre produite le {date} »)."""
    if count == 0 and none is not None:
        return Message(none, {**params, "n": count})
    return Message(one if is_singular(count) else many, {**params, "n": count})


@dataclass(frozen=True)
class Forms:
    """The forms of one counted phrase, declared once beside its rule and called with
    the count: ``candidates_counted = Forms(one, many, none)``, then
    ``candidates_counted(3)`` is ``counted(3, one, many, none)``."""

    one: str
    many: str
    none: str | None = None

    def __call__(self, count: int, **params: Any) -> Message:
        return counted(count, self.one, self.many, self.none, **params)

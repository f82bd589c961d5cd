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
        return text.format(**self.params) if self.params else text

    def __str__(self) -> str:
        return self.render()


def message(text: str, **params: Any) -> Message:
    """``Message(text, params)``: the shorthand the domain modules import as ``_m``."""
    return Message(text, params)

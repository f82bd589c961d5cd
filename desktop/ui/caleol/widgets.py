"""What the CALEOL screens share: their banners and civilities, and the form kit of
``desktop.ui.widgets`` (re-exported here, so that the CALEOL tabs import one place)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop.domain.caleol import Decision
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr
from desktop.ui import widgets
from desktop.ui.i18n import translate
from desktop.ui.widgets import (
    ERROR_FIELD_STYLE,
    ERROR_STYLE,
    OK_STYLE,
    WARNING_STYLE,
    add_all,
    ok_cancel,
)
from desktop.ui.widgets.form import (
    EditTracking,
    ErrorForm,
    FieldRow,
    FieldRows,
    Inputs,
    date_text,
    enum_data,
    format_local,
    label,
    local_to_utc,
    money_text,
)
from desktop.ui.widgets.messages import MessageLines, m, text_of
from desktop.ui.widgets.tables import (
    cell,
    read_only_table,
    select_row_with,
    selected_data,
)

BANNER_OK = (
    "QLabel { background: #e6f4ea; color: #1b5e20; border: 1px solid #1b6e20; "
    "border-radius: 4px; padding: 6px; font-weight: bold; }"
)
BANNER_BAD = (
    "QLabel { background: #fdecea; color: #b3261e; border: 1px solid #b3261e; "
    "border-radius: 4px; padding: 6px; font-weight: bold; }"
)
LOCK_STYLE = (
    "QLabel { background: #eceff1; color: #263238; border: 1px solid #607d8b; "
    "border-radius: 4px; padding: 4px 8px; font-weight: bold; }"
)

#: the civilities offered for a person (none, Madame, Monsieur)
CIVILITIES = ("", "Mme", "M.")

__all__ = [
    "BANNER_BAD",
    "BANNER_OK",
    "CIVILITIES",
    "ERROR_FIELD_STYLE",
    "ERROR_STYLE",
    "LOCK_STYLE",
    "OK_STYLE",
    "WARNING_STYLE",
    "EditTracking",
    "ErrorForm",
    "FieldRow",
    "FieldRows",
    "Inputs",
    "MessageLines",
    "Recording",
    "cell",
    "date_text",
    "enum_data",
    "format_local",
    "label",
    "local_to_utc",
    "m",
    "message_label",
    "money_text",
    "name_row",
    "ok_cancel",
    "read_only_table",
    "select_row_with",
    "selected_data",
    "text_of",
]


class Recording:
    """Mixin of a dialog saved by one service call; ``saved``: what the call returned."""

    def _record(self, call, form: ErrorForm | None = None) -> None:
        """``self.saved = call()`` and the dialog closed, or the service's refusal shown
        in ``form`` (by default the dialog, an ``ErrorForm``)."""
        try:
            self.saved = call()
        except UserError as exc:
            (form or self).show_exception(exc)
            return
        self.accept()


def short_decision(decision: Decision | None, rank: int | None) -> str:
    """A decision in a few words, for a table on a laptop (« Rang 2 », « Sous
    condition »): its full label is the cell's tooltip."""
    if decision is None:
        return ""
    texts = {
        Decision.ATTRIBUTION: translate("AgendaTab", "Attribution"),
        Decision.ATTRIBUTION_RANG: translate("AgendaTab", "Rang {rank}"),
        Decision.ATTRIBUTION_CONDITION_SUSPENSIVE: translate("AgendaTab", "Sous condition"),
        Decision.NON_ATTRIBUTION: translate("AgendaTab", "Non-attribution"),
        Decision.IRRECEVABILITE: translate("AgendaTab", "Irrecevabilité"),
    }
    return texts[decision].format(rank=rank or "?")


def message_label(parent: QWidget, name: str, style: str = ERROR_STYLE) -> QLabel:
    """``widgets.message_label`` whose text the user can select (to copy an error)."""
    return widgets.message_label(parent, name, style, selectable=True)


def name_row(rows: dict[str, FieldRow]) -> QHBoxLayout:
    """A person's civility, first name and last name on one line, the two names sharing
    the room (``rows``: the ``civility``, ``first_name`` and ``last_name`` rows)."""
    names = QHBoxLayout()
    add_all(names, rows["civility"], (rows["first_name"], 1), (rows["last_name"], 1))
    return names


def fill_sessions(combo: QComboBox, sessions) -> None:
    """``combo`` lists ``sessions`` (``caleol.list_sessions``' rows: "commission — n° 3 du
    12/03/2026", the session's id as data), the session it showed staying selected (else
    the first); it says nothing of the change (its signals are blocked meanwhile)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for r in sessions:
        combo.addItem(
            f"{r.commission_name} — n° {r.number} du {format_date_fr(r.session_date)}", r.id
        )
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def session_bar(
    parent: QWidget,
    caption: str,
    name: str,
    refresh: str,
    reload: Callable[[], object],
    show: Callable[[], object],
) -> tuple[QHBoxLayout, QComboBox, QPushButton]:
    """A line "``caption`` [sessions] [``refresh``]" that chooses a CALEOL session
    (filled by ``fill_sessions``): the line, its combo (named ``name``), its button.
    The button calls ``reload`` (lists the sessions again), choosing a session ``show``."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setMinimumWidth(360)
    combo.currentIndexChanged.connect(show)
    button = QPushButton(refresh, parent)
    button.clicked.connect(reload)
    line = QHBoxLayout()
    add_all(line, QLabel(caption, parent), (combo, 1), button)
    return line, combo, button

"""Who gave the notice, in the notice form: one box per holder of the lease, all ticked
by default (a notice given by all ends the lease); untick those who stay. The holders
who gave an earlier notice of the lease are named under the boxes, not offered. A
notice after which some holders stay has no exit: ``lock_exit``
(docs/domain.md#notice-cotenants)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import Message
from desktop.domain.notice_case import ExceptionKind
from desktop.domain.notice_cotenants import NoticeGiver, OtherNotice
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import WARNING_STYLE, message_label


class GiversBox(QWidget):
    """The holders as check boxes (``giver_0``, ``giver_1``...), and who left before."""

    #: A box was ticked or unticked.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("given_by")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._layout = QHBoxLayout()
        self.left_note = QLabel(self)
        self.left_note.setObjectName("giversLeft")
        self.left_note.setWordWrap(True)
        self.left_note.setStyleSheet("color: #555;")
        outer.addLayout(self._layout)
        outer.addWidget(self.left_note)
        self.boxes: list[tuple[QCheckBox, NoticeGiver]] = []
        self.earlier: tuple[OtherNotice, ...] = ()

    def set_holders(
        self,
        holders: tuple[NoticeGiver, ...],
        given_by: tuple[NoticeGiver, ...] = (),
        earlier: tuple[OtherNotice, ...] = (),
    ) -> None:
        """One box per holder in place, ticked when he gave the notice (``given_by``
        empty: all); a holder named by the notice who has left the file since keeps his
        box. ``earlier``: the lease's earlier notices of some holders."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        named = {g.key() for g in given_by}
        people = list(holders) + [g for g in given_by if g.key() not in {h.key() for h in holders}]
        self.boxes = []
        for i, person in enumerate(people):
            box = QCheckBox(person.full_name, self)
            box.setObjectName(f"giver_{i}")
            box.setChecked(not given_by or person.key() in named)
            box.toggled.connect(self.changed)
            self._layout.addWidget(box)
            self.boxes.append((box, person))
        self._layout.addStretch(1)
        self.earlier = earlier
        self.left_note.setText(
            "\n".join(
                self.tr("Congé déjà donné par {names} (reçu le {date}, fin le {end})").format(
                    names=", ".join(g.full_name for g in o.givers),
                    date=format_date_fr(o.received_on),
                    end=format_date_fr(o.end_date),
                )
                for o in earlier
            )
        )
        self.left_note.setVisible(bool(earlier))
        self.changed.emit()

    def worth_showing(self) -> bool:
        """More than one person could give notice, or some gave one before."""
        return len(self.boxes) > 1 or bool(self.earlier)

    def nobody(self) -> bool:
        return not any(box.isChecked() for box, _giver in self.boxes)

    def some_stay(self) -> bool:
        """Some holder in place is not ticked: the lease goes on with him."""
        return not all(box.isChecked() for box, _giver in self.boxes)

    def given_by(self) -> tuple[NoticeGiver, ...]:
        """The people ticked; empty when all are (the notice given by all), unless some
        holders gave notice before: then named, as the notice stores them."""
        ticked = tuple(giver for box, giver in self.boxes if box.isChecked())
        return () if len(ticked) == len(self.boxes) and not self.earlier else ticked


#: The notice dialog's inputs of the exit and the deposit.
EXIT_INPUTS = (
    "exit_inventory_on",
    "inventory_matches",
    "inventory_scheduled_on",
    "keys_returned_on",
    "keys_return_mode",
    "deposit_returned_on",
)


def lock_exit(dialog: Any, notice: Any, writable: bool) -> None:
    """The notice dialog for a notice after which some holders stay (``notice``: its
    view, ``None`` for a new one): the exit, the deposit, the keys returned without
    inventory and a postponed departure are not recorded on it; said on the tab and in
    its place, with what the service answers (``no_exit``, ``no_postponement``)."""
    why: Message | None = notice.no_exit if notice is not None else None
    text = translate_message(why) if why is not None else ""
    dialog.exit_note.setText(text)
    dialog.exit_note.setVisible(bool(text))
    dialog.tabs.setTabToolTip(2, text)
    for name in EXIT_INPUTS:
        getattr(dialog, name).setEnabled(why is None)
    dialog.deposit_label.setVisible(why is None)  # « à restituer à compter des clés »
    for button in (dialog.exit_button, dialog.deposit_button):
        button.setEnabled(writable and why is None)
    later: Message | None = notice.no_postponement if notice is not None else None
    kinds = dialog.exception_kind
    _decision_note(dialog, translate_message(later) if later is not None else "")
    for kind, reason in (
        (ExceptionKind.KEYS_WITHOUT_INVENTORY, text),
        (ExceptionKind.POSTPONEMENT, translate_message(later) if later is not None else ""),
    ):
        index = kinds.findData(kind.value)
        kinds.model().item(index).setEnabled(not reason)
        kinds.setItemData(index, reason or None, Qt.ItemDataRole.ToolTipRole)
    model = kinds.model()
    if not model.item(kinds.currentIndex()).isEnabled():  # the first decision offered
        kinds.setCurrentIndex(next(i for i in range(kinds.count()) if model.item(i).isEnabled()))


def _decision_note(dialog: Any, text: str) -> None:
    """Above the new decision's kind: why a postponed departure (and the keys returned
    without inventory) is not offered on this notice; hidden otherwise."""
    note = getattr(dialog, "decision_note", None)
    if note is None:
        form = dialog.exception_kind.parentWidget().layout()  # the decision's QFormLayout
        note = message_label(dialog.exception_kind.parentWidget(), "decisionNote", WARNING_STYLE)
        form.insertRow(0, note)
        dialog.decision_note = note
    note.setText(text)
    note.setVisible(bool(text))

"""Who gave the notice, in the notice form: one box per holder of the lease, all ticked
by default (a notice given by all ends the lease); untick those who stay
(docs/domain.md#notice-cotenants)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from desktop.domain.notice_cotenants import NoticeGiver


class GiversBox(QWidget):
    """The holders as check boxes (``giver_0``, ``giver_1``...)."""

    #: A box was ticked or unticked.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("given_by")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[QCheckBox, NoticeGiver]] = []

    def set_holders(
        self, holders: tuple[NoticeGiver, ...], given_by: tuple[NoticeGiver, ...] = ()
    ) -> None:
        """One box per holder, ticked when he gave the notice (``given_by`` empty: all);
        a holder named by the notice who has left the file since keeps his box."""
        for box, _giver in self.boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
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
        self.changed.emit()

    def several(self) -> bool:
        """More than one person could give notice: the choice is worth showing."""
        return len(self.boxes) > 1

    def nobody(self) -> bool:
        return not any(box.isChecked() for box, _giver in self.boxes)

    def given_by(self) -> tuple[NoticeGiver, ...]:
        """The people ticked; empty when all are (the notice given by all)."""
        ticked = tuple(giver for box, giver in self.boxes if box.isChecked())
        return () if len(ticked) == len(self.boxes) else ticked

"""The member's voting panel (issue 17): a commission member signed in with his own
account votes during a written session's voting window, on his own seat only; the
checks are the CALEOL vote service's (``desktop.services.member_vote``)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.caleol import SessionMode, Vote
from desktop.domain.cotation import format_points
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_money_fr
from desktop.services import caleol, member_vote
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.caleol.widgets import fill_sessions, session_bar
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import push_button
from desktop.ui.widgets.form import label
from desktop.ui.widgets.tables import rows_table, select_row_of, share_width

WARN = QColor("#b3261e")


class MemberVotePanel(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("memberVotePanel")
        self.db, self.actor = db, actor
        layout = QVBoxLayout(self)
        top, self.session_combo, self.refresh_button = session_bar(
            self,
            self.tr("Séance écrite :"),
            "memberVoteSession",
            self.tr("Actualiser"),
            self.reload,
            self.show_ballot,
        )
        layout.addLayout(top)
        self.header = label(self, name="memberVoteHeader")
        layout.addWidget(self.header)
        self.table = rows_table(
            self,
            "ballotTable",
            [
                self.tr("Logement"),
                self.tr("N° unique"),
                self.tr("Candidat"),
                self.tr("Ménage"),
                self.tr("Ressources"),
                self.tr("Priorités"),
                self.tr("Cotation"),
                self.tr("Mon vote"),
                self.tr("Observation"),
            ],
            single=True,
        )
        # every column in sight at 1,024 px: long texts elided, whole in their tooltip
        share_width(self.table)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.vote_buttons: dict[Vote, QPushButton] = {}
        for vote, text in (
            (Vote.POUR, self.tr("Pour")),
            (Vote.CONTRE, self.tr("Contre")),
            (Vote.ABSTENTION, self.tr("Abstention")),
        ):
            b = push_button(text, self, f"vote{vote.value.title()}")
            b.clicked.connect(lambda _=False, v=vote: self.cast(v))
            buttons.addWidget(b)
            self.vote_buttons[vote] = b
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = label(self, name="memberVoteStatus")
        layout.addWidget(self.status)
        self._rows: list[member_vote.BallotCandidate] = []
        self.table.itemSelectionChanged.connect(self._selection)
        self.reload()

    def reload(self) -> None:
        try:
            rows = [
                r
                for r in caleol.list_sessions(self.db, self.actor)
                if r.mode is SessionMode.ECRITE and not r.locked
            ]
        except UserError as exc:
            self.status.setText(translate_message(exc.message))
            rows = []
        fill_sessions(self.session_combo, rows)
        self.show_ballot()

    def show_ballot(self) -> None:
        self.table.setRowCount(0)
        self._rows = []
        sid = self.session_combo.currentData()
        if sid is None:
            self.header.setText(self.tr("Aucune séance écrite en cours."))
            self._selection()
            return
        try:
            ballot = member_vote.ballot(self.db, self.actor, sid)
        except UserError as exc:
            self.header.setText(translate_message(exc.message))
            self._selection()
            return
        head = self.tr("{name} — séance n° {number}").format(
            name=ballot.member_name, number=ballot.number
        )
        if ballot.window:
            head += " — " + self.tr("vote ouvert {window}").format(window=ballot.window)
        if ballot.problem:
            head += "\n" + ballot.problem
        self.header.setText(head)
        for item in ballot.items:
            for c in item.candidates:
                row = self.table.rowCount()
                self.table.insertRow(row)
                self._rows.append(c)
                values = [
                    f"{item.reference} ({item.dwelling_type}, {item.commune})",
                    c.numero_unique,
                    c.name,
                    c.household,
                    format_money_fr(c.resources) if c.resources is not None else "—",
                    ", ".join(c.priorities) or "—",
                    format_points(c.score) if c.score is not None else "—",
                    translate_message_label(c.my_vote),
                    c.problem,
                ]
                for col, value in enumerate(values):
                    cell = QTableWidgetItem(str(value))
                    if col == 8 and value:
                        cell.setForeground(QBrush(WARN))
                    self.table.setItem(row, col, cell)
        self._selection()

    def _current(self) -> member_vote.BallotCandidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _selection(self) -> None:
        c = self._current()
        for b in self.vote_buttons.values():
            b.setEnabled(c is not None and not c.problem)

    def select_candidate(self, candidate_id: int) -> None:
        select_row_of(self.table, [c.candidate_id for c in self._rows], candidate_id)

    def cast(self, vote: Vote) -> None:
        c = self._current()
        if c is None:
            return
        try:
            member_vote.cast_my_vote(self.db, self.actor, c.candidate_id, vote)
        except UserError as exc:
            fields = getattr(exc, "fields", None)
            text = (
                translate_message(next(iter(fields.values())))
                if fields
                else translate_message(exc.message)
            )
            self.status.setText(text)
            self.show_ballot()
            return
        self.status.setText(
            self.tr("Vote enregistré : {vote} pour {name}.").format(
                vote=translate_message_label(vote), name=c.name
            )
        )
        cid = c.candidate_id
        self.show_ballot()
        self.select_candidate(cid)


def translate_message_label(vote: Vote | None) -> str:
    if vote is None:
        return "—"
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("messages", vote.label)

"""The audit page's part on the writes made outside the application (a server's trail,
docs/server-roles.md): the summary line, the table of writes (newest first; those an
administrator marked as examined greyed, « examinée le … par … ») and, for the roles
allowed, « Marquer comme examinées ». The page reads the report with the chain's check
(``AuditPage.verify``) and gives it here; a review recorded asks it to read again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.errors import UserError
from desktop.domain.roles import Permission
from desktop.services import audit
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import add_all, message_label, push_button
from desktop.ui.widgets.messages import confirmed, error_text
from desktop.ui.widgets.tables import cell, fitted_table, set_rows

_EXAMINED = QColor("#8a8a8a")


def _confirm(parent: QWidget, text: str) -> bool:
    return confirmed(
        parent,
        parent.tr("Écritures faites hors de l'application"),
        text,
        parent.tr("Marquer comme examinées"),
        parent.tr("Annuler"),
        name="auditTrailReviewConfirm",
    )


class TrailView(QWidget):
    """Writes made outside the application, as the page's last check found them."""

    reviewed = Signal()  # a review was recorded: the page reads the trail again

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.report: audit.TrailReport | None = None
        self.label = QLabel(self)
        self.label.setObjectName("auditTrail")
        self.label.setWordWrap(True)
        self.review_button = push_button(
            self.tr("Marquer comme examinées"), self, "auditTrailReview"
        )
        self.review_button.setToolTip(
            self.tr(
                "Inscrit au journal d'audit que vous avez examiné les écritures listées : "
                "au démarrage, seules les suivantes seront signalées."
            )
        )
        self.review_button.setVisible(False)
        self.error = message_label(self, "auditTrailError")
        self.table = fitted_table(
            self,
            [
                self.tr("Date et heure"),
                self.tr("Compte (connexion au serveur)"),
                self.tr("Table"),
                self.tr("Opération"),
                self.tr("Lignes (n°)"),
                self.tr("Examen"),
            ],
            "auditTrailTable",
        )
        self.table.setMaximumHeight(8 * self.table.fontMetrics().lineSpacing())
        self.table.setVisible(False)
        line = QHBoxLayout()
        add_all(line, (self.label, 1), self.review_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.error)
        layout.addWidget(self.table)
        self.review_button.clicked.connect(self.review)

    def show_report(self, report: audit.TrailReport) -> None:
        self.report = report
        self.label.setText(translate_message(report.describe()))
        self.label.setStyleSheet("" if report.ok else "color: #b00020; font-weight: bold;")
        changes = report.changes or ()
        rows = []
        for c in reversed(changes):  # newest first, as the journal
            words = audit.unaudited_words(c)  # as the start-up warning and the CLI say
            examined = report.examined_words(c)
            seen = translate_message(examined) if examined else ""
            row = [
                cell(words["at"]),
                cell(c.actor),
                cell(c.table),
                cell(translate_message(words["operation"])),
                cell(words["ids"], tooltip=", ".join(map(str, c.row_ids))),
                cell(seen),
            ]
            if examined:
                for item in row:
                    item.setForeground(_EXAMINED)
            rows.append(row)
        set_rows(self.table, rows)
        self.table.setVisible(bool(changes))
        allowed = self._actor.can(Permission.AUDIT_REVIEW)
        self.review_button.setVisible(allowed and bool(changes))
        self.review_button.setEnabled(not report.ok)

    def review(self) -> None:
        """Records, after a question, that the writes listed have been examined."""
        report = self.report
        if report is None or report.ok:
            return
        question = self.tr(
            "Marquer comme examinées les écritures listées ({count}) ? L'examen sera inscrit "
            "au journal d'audit à votre nom ; au démarrage, seules les écritures suivantes "
            "seront signalées. Elles restent listées ici."
        ).format(count=translate_message(audit.unaudited_counted(len(report.fresh))))
        if not _confirm(self, question):
            return
        self.error.clear()
        try:
            audit.mark_trail_examined(self._db, self._actor, report)
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        self.review_button.setEnabled(False)
        self.reviewed.emit()

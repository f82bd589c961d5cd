"""*Fichier > Droit d'accès (RGPD)…*: the access-request exports (RGPD art. 15) of a
tenant file, by its number, or of a housing applicant, by his numéro unique
(``services.person_export``, ``services.applicant_export``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
)

from desktop import config
from desktop.domain.errors import UserError
from desktop.services import applicant_export, person_export
from desktop.services.context import Actor
from desktop.services.context import today as clock_today
from desktop.storage.db import Database
from desktop.ui.widgets import (
    OK_STYLE,
    add_all,
    line_edit,
    message_label,
    push_button,
    save_file_name,
)
from desktop.ui.widgets.messages import error_text


class AccessRequestDialog(QDialog):
    """A number to type and « Exporter… »: the workbook of everything held about the
    tenant file or the applicant, written where the user chooses."""

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("accessRequestDialog")
        self.setWindowTitle(self.tr("Droit d'accès (RGPD)"))
        self._db, self._actor = db, actor
        intro = QLabel(
            self.tr(
                "Exporte dans un classeur Excel tout ce que Parcours conserve sur une "
                "personne qui exerce son droit d'accès : un dossier locataire, ou un "
                "demandeur de logement examiné en CALEOL (candidatures, décisions, "
                "propositions, cotation, courriers, journal d'audit)."
            ),
            self,
        )
        intro.setWordWrap(True)
        # room for its lines (four at the dialog's width): a wrapped label is cut when
        # the dialog grows for a message
        intro.setMinimumHeight(5 * intro.fontMetrics().lineSpacing())
        intro.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.household = line_edit(self, "accessHousehold", self.tr("n° de dossier"))
        self.household_button = push_button(self.tr("Exporter…"), self, "exportHousehold")
        self.applicant = line_edit(self, "accessApplicant", self.tr("numéro unique"))
        self.applicant_button = push_button(self.tr("Exporter…"), self, "exportApplicant")
        form = QFormLayout()
        for text, edit, button in (
            (self.tr("Dossier locataire"), self.household, self.household_button),
            (self.tr("Demandeur de logement"), self.applicant, self.applicant_button),
        ):
            row = QHBoxLayout()
            add_all(row, (edit, 1), button)
            form.addRow(text, row)
        self.error = message_label(self, "accessError")
        self.status = message_label(self, "accessStatus", OK_STYLE)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        add_all(layout, intro, form, self.error, self.status, 1, close)
        # A wrapped label is as tall as its text at the dialog's width.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(intro.fontMetrics().averageCharWidth() * 70)
        self.household_button.clicked.connect(self.ask_household)
        self.applicant_button.clicked.connect(self.ask_applicant)
        self.applicant.returnPressed.connect(self.ask_applicant)
        self.household.returnPressed.connect(self.ask_household)

    def _show(self, error: str = "", status: str = "") -> None:
        self.error.setText(error)
        self.error.setVisible(bool(error))
        self.status.setText(status)
        self.status.setVisible(bool(status))
        self.adjustSize()  # room for the message, the intro kept whole

    def _ask(self, default_name: str) -> str:
        return save_file_name(
            self,
            self.tr("Exporter les données (droit d'accès)"),
            str(config.output_dir() / default_name),
            self.tr("Classeur Excel (*.xlsx)"),
            ".xlsx",
        )

    def _export(self, write, done: str) -> bool:
        try:
            path = write()
        except (UserError, OSError) as exc:
            self._show(error=error_text(exc))
            return False
        self._show(status=done.format(name=Path(path).name))
        return True

    def ask_applicant(self) -> None:
        numero = " ".join(self.applicant.text().split())
        if not numero:
            self._show(error=self.tr("Saisissez le numéro unique du demandeur."))
            return
        path = self._ask(f"droit-acces-demandeur-{clock_today():%Y%m%d}.xlsx")
        if path:
            self._export(
                lambda: applicant_export.export_applicant(self._db, self._actor, numero, path),
                self.tr("Données du demandeur exportées dans « {name} »."),
            )

    def ask_household(self) -> None:
        text = self.household.text().strip()
        if not text.isdigit() or len(text) > 9:
            self._show(error=self.tr("Saisissez le numéro du dossier (des chiffres)."))
            return
        path = self._ask(f"droit-acces-dossier-{text}-{clock_today():%Y%m%d}.xlsx")
        if path:
            self._export(
                lambda: person_export.export_person(self._db, self._actor, int(text), path),
                self.tr("Données du dossier exportées dans « {name} »."),
            )

"""Create an agency: the first step on an empty database."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel

from desktop.domain.errors import UserError, ValidationError
from desktop.services import agencies
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import ERROR_STYLE, line_edit, save_cancel
from desktop.ui.widgets.form import FieldRow, clear_rows


class AgencyDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.agency_id: int | None = None
        self.setWindowTitle(self.tr("Nouvelle agence"))
        self.code = line_edit(self, "agencyCode", self.tr("Ex. : BXN"))
        self.name = line_edit(self, "agencyName", self.tr("Ex. : Agence Bordeaux Nord"))
        self.city = line_edit(self, "agencyCity")
        self.rows = {"code": FieldRow(self.code), "name": FieldRow(self.name)}
        self.general = QLabel(self)
        self.general.setStyleSheet(ERROR_STYLE)
        form = QFormLayout(self)
        form.addRow(self.tr("Code"), self.rows["code"])
        form.addRow(self.tr("Nom"), self.rows["name"])
        form.addRow(self.tr("Ville"), self.city)
        form.addRow(self.general)
        self.buttons = save_cancel(self, self.save)
        form.addRow(self.buttons)

    def save(self) -> None:
        clear_rows(self.rows)
        self.general.clear()
        try:
            self.agency_id = agencies.create_agency(
                self._db, self._actor, self.code.text(), self.name.text(), self.city.text()
            )
        except ValidationError as exc:
            for key, message in exc.fields.items():
                self.rows[key].set_error(translate_message(message))
            return
        except UserError as exc:
            self.general.setText(translate_message(exc.message))
            return
        self.accept()

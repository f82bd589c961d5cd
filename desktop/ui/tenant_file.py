"""The tenant file dialog: household and occupants, lease, dwelling, balance, timeline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.address import entry_warnings
from desktop.domain.errors import (
    NotFoundError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from desktop.domain.formatting import (
    format_date_fr,
    format_datetime_fr,
    format_decimal_fr,
    format_money_fr,
    parse_date_fr,
)
from desktop.domain.i18n import MESSAGES
from desktop.domain.roles import Permission
from desktop.domain.tenant import (
    DWELLING_TYPES,
    MAIL_FIELDS,
    OCCUPANT_FIELDS,
    DwellingData,
    LeaseData,
    OccupantData,
    TenantFileData,
)
from desktop.domain.timeline import EVENT_LABELS
from desktop.services import agencies, tenants
from desktop.services.context import Actor
from desktop.services.context import today as clock_today
from desktop.storage.db import Database
from desktop.ui.i18n import translate, translate_message
from desktop.ui.letter_hooks import document_event_labels, install_letter_button
from desktop.ui.mail_address import MailAddressPanel
from desktop.ui.widgets import (
    ERROR_STYLE,
    OK_STYLE,
    add_all,
    fit_to_screen,
    line_edit,
    message_label,
    push_button,
    save_cancel,
)
from desktop.ui.widgets.form import (
    DatesAndAmounts,
    FieldRow,
    FieldRows,
    clear_rows,
    label,
    mark_tabs,
    money_text,
    unmark_tabs,
)
from desktop.ui.widgets.messages import EscapeCloses, may_close_unsaved, show_refusal


def field_labels() -> dict[str, str]:
    """French names of the fields, for messages and the timeline."""
    return {
        "lease.contract_number": translate("TenantFileDialog", "N° de contrat"),
        "lease.start_date": translate("TenantFileDialog", "Début du bail"),
        "lease.rent": translate("TenantFileDialog", "Loyer"),
        "lease.charges": translate("TenantFileDialog", "Charges"),
        "lease.zone_tendue": translate("TenantFileDialog", "Zone tendue"),
        "dwelling.reference": translate("TenantFileDialog", "Référence du logement"),
        "dwelling.address_line": translate("TenantFileDialog", "Adresse"),
        "dwelling.address_complement": translate("TenantFileDialog", "Complément d'adresse"),
        "dwelling.postcode": translate("TenantFileDialog", "Code postal"),
        "dwelling.city": translate("TenantFileDialog", "Commune"),
        "dwelling.dwelling_type": translate("TenantFileDialog", "Type"),
        "dwelling.surface": translate("TenantFileDialog", "Surface"),
        "dwelling.floor": translate("TenantFileDialog", "Étage"),
        "dwelling.building": translate("TenantFileDialog", "Bâtiment"),
        "dwelling.programme": translate("TenantFileDialog", "Programme"),
        "dwelling.agency_code": translate("TenantFileDialog", "Agence"),
        "balance": translate("TenantFileDialog", "Solde"),
        "notes": translate("TenantFileDialog", "Observations"),
        "isolated": translate("TenantFileDialog", "Ménage isolé"),
        "occupants": translate("TenantFileDialog", "Occupants"),
        "civility": translate("TenantFileDialog", "Civilité"),
        "last_name": translate("TenantFileDialog", "Nom"),
        "first_name": translate("TenantFileDialog", "Prénom"),
        "birth_date": translate("TenantFileDialog", "Date de naissance"),
        "phone": translate("TenantFileDialog", "Téléphone"),
        "email": translate("TenantFileDialog", "E-mail"),
        "is_titular": translate("TenantFileDialog", "Titulaire"),
        "disability": translate("TenantFileDialog", "Handicap"),
        "mail_address_line": translate("TenantFileDialog", "Adresse de correspondance"),
        "mail_address_complement": translate("TenantFileDialog", "Complément (correspondance)"),
        "mail_postcode": translate("TenantFileDialog", "Code postal (correspondance)"),
        "mail_city": translate("TenantFileDialog", "Commune (correspondance)"),
    }


def event_labels() -> dict[str, str]:
    """The timeline events' French names. The table is shared with the access-request
    export (``desktop.domain.timeline.EVENT_LABELS``); the letter's label is the one its
    hook matches on to reopen the letter (the same text)."""
    labels = {
        kind: QCoreApplication.translate(MESSAGES, text) for kind, text in EVENT_LABELS.items()
    }
    labels.update(document_event_labels())  # letters (issue 3)
    return labels


class CloseFileDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clore le dossier"))
        self.date = QLineEdit(format_date_fr(clock_today()), self)
        self.date.setObjectName("closeDate")
        self.reason = line_edit(
            self, "closeReason", self.tr("Ex. : départ du locataire, décès, mutation")
        )
        self.date_row = FieldRow(self.date)
        self.reason_row = FieldRow(self.reason)
        self.general = QLabel(self)
        self.general.setStyleSheet(ERROR_STYLE)
        form = QFormLayout(self)
        form.addRow(self.tr("Date de clôture"), self.date_row)
        form.addRow(self.tr("Motif"), self.reason_row)
        form.addRow(self.general)
        buttons = save_cancel(self, self.accept, ok=True)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Clore"))
        form.addRow(buttons)


class TenantFileDialog(FieldRows, EscapeCloses, QDialog):
    """Opens an existing file (``household_id``) or creates a new one (``None``)."""

    saved = Signal(int, object, object, int)  # id, data before (None if new), data after, version
    fileClosed = Signal(int)
    noticeRequested = Signal(int)  # household id: open the notice screen (issue 4)

    def __init__(self, db: Database, actor: Actor, household_id: int | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("tenantFileDialog")
        self._db = db
        self._actor = actor
        self.household_id = household_id
        self.version: int | None = None
        self.view: tenants.TenantFileView | None = None
        self._loaded: TenantFileData | None = None
        self.rows: dict[str, FieldRow] = {}
        fit_to_screen(self, 980, 700)

        self.title = QLabel(self)
        self.title.setObjectName("fileTitle")
        self.flags = QLabel(self)
        self.flags.setObjectName("fileFlags")
        self.summary = QLabel(self)
        self.summary.setObjectName("fileSummary")
        self.general_error = message_label(self, "generalError")

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._household_tab(), self.tr("Ménage"))
        self.tabs.addTab(self._lease_tab(), self.tr("Bail"))
        self.tabs.addTab(self._dwelling_tab(), self.tr("Logement"))
        self.tabs.addTab(self._balance_tab(), self.tr("Solde et chronologie"))

        self.save_button = push_button(self.tr("Enregistrer"), self, "saveButton")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setDefault(True)
        self.close_file_button = push_button(self.tr("Clore le dossier…"), self, "closeFileButton")
        self.dismiss_button = push_button(self.tr("Fermer"), self, "dismissButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_file_button)
        self.notice_button = push_button(
            self.tr("Congé…"),
            self,
            "noticeButton",
            tooltip=self.tr("Congé du locataire : préavis, exceptions, sortie"),
        )
        self.notice_button.clicked.connect(
            lambda: self.household_id is not None and self.noticeRequested.emit(self.household_id)
        )
        buttons.addWidget(self.notice_button)
        self.plans_button = QPushButton(self.tr("Plans d'apurement…"), self)  # issue 5
        self.plans_button.setObjectName("plansButton")
        self.plans_button.setToolTip(
            self.tr("Accords de paiement de ce dossier : plans, reports, protocoles")
        )
        self.plans_button.clicked.connect(self.open_plans)
        buttons.addWidget(self.plans_button)
        install_letter_button(self, buttons)  # letters (issue 3)
        add_all(buttons, 1, self.dismiss_button, self.save_button)

        head = QVBoxLayout()
        add_all(head, self.title, self.flags, self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.general_error)
        # The confirmation of a save, inside the dialog that made it (not behind it in
        # the main window's status bar).
        self.saved_message = message_label(self, "savedMessage", OK_STYLE)
        add_all(layout, self.saved_message, (self.tabs, 1), buttons)

        self.save_button.clicked.connect(self.save)
        self.dismiss_button.clicked.connect(self.close)
        self.close_file_button.clicked.connect(self.ask_close_file)

        if household_id is None:
            self.setWindowTitle(self.tr("Nouveau dossier locataire"))
            self._loaded = None
            self.title.setText(self.tr("<h2>Nouveau dossier locataire</h2>"))
            self.close_file_button.hide()
            self.notice_button.hide()
            self.plans_button.hide()
            self.add_occupant()
            self.zone_tendue.setChecked(False)
            self.start_date.setText(format_date_fr(clock_today()))
            self.balance.setText("0,00")
            self.charges.setText("0,00")
        else:
            self.reload()

    # ----------------------------------------------------------------- building
    def _household_tab(self) -> QWidget:
        page = QWidget(self)
        self.occupants = QTableWidget(0, len(OCCUPANT_FIELDS), page)
        self.occupants.setObjectName("occupantsTable")
        self.occupants.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move in it
        labels = field_labels()
        self.occupants.setHorizontalHeaderLabels([labels[c] for c in OCCUPANT_FIELDS])
        self.occupants.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.occupants.verticalHeader().setDefaultSectionSize(28)
        self.occupants_error = message_label(page, "occupantsError")
        add = push_button(self.tr("Ajouter un occupant"), page, "addOccupant")
        remove = push_button(self.tr("Retirer l'occupant sélectionné"), page, "removeOccupant")
        add.clicked.connect(lambda: self.add_occupant())
        remove.clicked.connect(self.remove_occupant)
        self.isolated = QCheckBox(
            self.tr("Ménage isolé (personne seule sans entourage proche)"), page
        )
        self.isolated.setObjectName("isolated")
        hint = label(
            page,
            self.tr(
                "Dates au format jj/mm/aaaa. « Plus de 70 ans » est calculé "
                "à partir des dates de naissance."
            ),
        )
        # Where a holder who left the dwelling receives his own letters.
        self.mail = MailAddressPanel(self.occupants, page)
        row = QHBoxLayout()
        add_all(row, add, remove, 1)
        layout = QVBoxLayout(page)
        add_all(
            layout, (self.occupants, 1), self.occupants_error, row, self.mail, self.isolated, hint
        )
        return page

    def _lease_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.contract = self._line("lease.contract_number", self.tr("Ex. : BX-2024-00123"))
        self.start_date = self._line("lease.start_date", self.tr("jj/mm/aaaa"))
        self.rent = self._line("lease.rent", self.tr("Ex. : 412,50"))
        self.charges = self._line("lease.charges", self.tr("Ex. : 85,20"))
        self.zone_tendue = QCheckBox(self.tr("Logement situé en zone tendue"), page)
        self.zone_tendue.setObjectName("lease.zone_tendue")
        labels = field_labels()
        for path, suffix in (
            ("lease.contract_number", ""),
            ("lease.start_date", ""),
            ("lease.rent", " (€)"),
            ("lease.charges", " (€)"),
        ):
            form.addRow(labels[path] + suffix, self.rows[path])
        form.addRow("", self.zone_tendue)
        return page

    def _dwelling_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        labels = field_labels()
        self.reference = self._line("dwelling.reference", self.tr("Ex. : LGT-000123"))
        self.address_line = self._line("dwelling.address_line", self.tr("N° et voie"))
        self.address_complement = self._line(
            "dwelling.address_complement", self.tr("Bâtiment, entrée, appartement")
        )
        for edit in (self.address_line, self.address_complement):
            edit.textChanged.connect(self._warn_address)
        self.postcode = self._line("dwelling.postcode", "33000")
        self.city = self._line("dwelling.city")
        self.dwelling_type = QComboBox(page)
        self.dwelling_type.addItems(list(DWELLING_TYPES))
        self._row("dwelling.dwelling_type", self.dwelling_type)
        self.surface = self._line("dwelling.surface", self.tr("m²"))
        self.floor = self._line("dwelling.floor", self.tr("0 = rez-de-chaussée"))
        self.building = self._line("dwelling.building")
        self.programme = self._line("dwelling.programme")
        self.agency = QComboBox(page)
        for a in agencies.list_agencies(self._db):
            if self._actor.covers_agency(a.id):  # an agent files in their own agency only
                self.agency.addItem(f"{a.name} ({a.code})", a.code)
        self._row("dwelling.agency_code", self.agency)
        for path in (
            "dwelling.reference",
            "dwelling.address_line",
            "dwelling.address_complement",
            "dwelling.postcode",
            "dwelling.city",
            "dwelling.dwelling_type",
            "dwelling.surface",
            "dwelling.floor",
            "dwelling.building",
            "dwelling.programme",
            "dwelling.agency_code",
        ):
            suffix = " (m²)" if path == "dwelling.surface" else ""
            form.addRow(labels[path] + suffix, self.rows[path])
        return page

    def _warn_address(self) -> None:
        """Under the street or the complement, as typed: the letters will refuse it
        (too long for the address block). Saving is still allowed."""
        found = entry_warnings(
            street=self.address_line.text(), complement=self.address_complement.text()
        )
        for key, path in (
            ("street", "dwelling.address_line"),
            ("complement", "dwelling.address_complement"),
        ):
            warning = found.get(key)
            self.rows[path].set_warning(translate_message(warning) if warning else None)

    def _balance_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        self.balance = self._line(
            "balance", self.tr("Positif : dette du locataire ; négatif : avoir")
        )
        self.notes = self._text("notes", max_height=90)
        form.addRow(self.tr("Solde (€)"), self.rows["balance"])
        form.addRow(self.tr("Observations"), self.rows["notes"])
        self.timeline = QTreeWidget(page)
        self.timeline.setObjectName("timeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [self.tr("Date"), self.tr("Événement"), self.tr("Par"), self.tr("Détail")]
        )
        for column in range(3):
            self.timeline.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.timeline.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(page)
        add_all(layout, form, QLabel(self.tr("<b>Chronologie</b>"), page), (self.timeline, 1))
        return page

    # ----------------------------------------------------------------- occupants
    def add_occupant(self, occupant: OccupantData | None = None) -> None:
        t = self.occupants
        row = t.rowCount()
        t.insertRow(row)
        o = occupant or OccupantData(last_name="", is_titular=row == 0)
        civility = QComboBox(t)
        civility.addItem("", "")
        civility.addItem(self.tr("M."), "M.")
        civility.addItem(self.tr("Mme"), "Mme")
        civility.setCurrentIndex(max(civility.findData(o.civility), 0))
        t.setCellWidget(row, 0, civility)
        values = [None, o.last_name, o.first_name, format_date_fr(o.birth_date), o.phone, o.email]
        for col in range(1, 6):
            t.setItem(row, col, QTableWidgetItem(values[col]))
        for col, checked in ((6, o.is_titular), (7, o.disability)):
            item = QTableWidgetItem()
            item.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            t.setItem(row, col, item)
        self.mail.set_address(row, o.mail_address)

    def remove_occupant(self) -> None:
        row = self.occupants.currentRow()
        if row >= 0:
            self.occupants.removeRow(row)
            self.mail.mark_rows()
            self.mail.show_row(self.occupants.currentRow())

    def set_occupant_cell(self, row: int, key: str, text: str) -> None:
        """Type into one cell of the occupants table (used by tests and the import)."""
        self.occupants.item(row, OCCUPANT_FIELDS.index(key)).setText(text)

    # ----------------------------------------------------------------- load / fill
    def reload(self) -> None:
        try:
            self.view = tenants.get_tenant_file(self._db, self._actor, self.household_id)
        except NotFoundError as exc:
            QMessageBox.warning(
                self, self.tr("Dossier introuvable"), translate_message(exc.message)
            )
            return
        except PermissionDenied as exc:
            self.show_errors({}, translate_message(exc.message))
            self.save_button.setEnabled(False)
            self.close_file_button.setEnabled(False)
            return
        self.version = self.view.version
        self._loaded = self.view.data.copy()
        self.fill(self.view.data)
        self._show_header()
        self.clear_errors()

    def _show_header(self) -> None:
        v = self.view
        d = v.data
        self.setWindowTitle(self.tr("Dossier de {name}").format(name=d.display_name))
        status = (
            self.tr("dossier actif")
            if v.status.value == "ACTIF"
            else self.tr("dossier clos le {date} ({reason})").format(
                date=format_date_fr(v.closed_on), reason=v.close_reason
            )
        )
        self.title.setText(f"<h2>{d.display_name}</h2>")
        labels = {
            "isolé": self.tr("isolé"),
            "handicap": self.tr("handicap"),
            "plus de 70 ans": self.tr("plus de 70 ans"),
        }
        flags = [labels.get(f, f) for f in d.vulnerability_flags(clock_today())]
        self.flags.setText(
            self.tr("Vulnérabilité : {flags}").format(flags=", ".join(flags)) if flags else ""
        )
        self.flags.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.summary.setText(
            self.tr(
                "{contract} · {dwelling} · {address} · {agency} · solde {balance} · {status}"
            ).format(
                contract=d.lease.contract_number,
                dwelling=d.dwelling.reference,
                address=d.dwelling.address,
                agency=v.agency_name,
                balance=format_money_fr(d.balance),
                status=status,
            )
        )
        if v.sensitive_hidden:
            self.flags.setText(
                self.tr(
                    "Données de santé, de vulnérabilité et observations masquées pour votre rôle."
                )
            )
        editable = v.status.value == "ACTIF" and self._actor.can(Permission.TENANT_WRITE)
        self.save_button.setEnabled(editable)
        self.close_file_button.setEnabled(
            v.status.value == "ACTIF" and self._actor.can(Permission.TENANT_CLOSE)
        )
        for tab in range(3):
            self.tabs.widget(tab).setEnabled(editable)
        self.rows["balance"].setEnabled(editable)
        self.rows["notes"].setEnabled(editable)
        labels_f = field_labels()
        kinds = event_labels()
        self.timeline.clear()
        for e in v.timeline:
            detail = e.summary
            if e.kind == tenants.EVENT_EDITED and e.changes:  # before → after, per field
                detail = " ; ".join(
                    f"{labels_f.get(p, p)} : {old} → {new}" for p, old, new in e.changes
                )
            elif e.kind == tenants.EVENT_EDITED and e.summary:
                detail = ", ".join(labels_f.get(p, p) for p in e.summary.split(", "))
            item = QTreeWidgetItem(
                self.timeline,
                [format_datetime_fr(e.occurred_at), kinds.get(e.kind, e.kind), e.actor, detail],
            )
            item.setToolTip(3, detail.replace(" ; ", "\n"))

    def fill(self, d: TenantFileData) -> None:
        self.occupants.setRowCount(0)
        for o in d.occupants:
            self.add_occupant(o)
        self.isolated.setChecked(d.isolated)
        self.contract.setText(d.lease.contract_number)
        self.start_date.setText(format_date_fr(d.lease.start_date))
        self.rent.setText(money_text(d.lease.rent))
        self.charges.setText(money_text(d.lease.charges))
        self.zone_tendue.setChecked(d.lease.zone_tendue)
        dw = d.dwelling
        self.reference.setText(dw.reference)
        self.address_line.setText(dw.address_line)
        self.address_complement.setText(dw.address_complement)
        self.postcode.setText(dw.postcode)
        self.city.setText(dw.city)
        self.dwelling_type.setCurrentText(dw.dwelling_type)
        self.surface.setText(format_decimal_fr(dw.surface) if dw.surface is not None else "")
        self.floor.setText("" if dw.floor is None else str(dw.floor))
        self.building.setText(dw.building)
        self.programme.setText(dw.programme)
        self.agency.setCurrentIndex(max(self.agency.findData(dw.agency_code), 0))
        self.balance.setText(money_text(d.balance))
        self.notes.setPlainText(d.notes)

    # ----------------------------------------------------------------- collect
    def collect(self) -> tuple[TenantFileData | None, dict[str, str]]:
        """Read the form. Returns the data, or the parse errors by field path."""
        errors: dict[str, str] = {}
        read = DatesAndAmounts(errors)
        occupants = []
        t = self.occupants
        for row in range(t.rowCount()):

            def cell(key: str) -> str:
                item = t.item(row, OCCUPANT_FIELDS.index(key))  # noqa: B023 - used within this iteration
                return item.text() if item else ""

            def checked(key: str) -> bool:
                item = t.item(row, OCCUPANT_FIELDS.index(key))  # noqa: B023 - used within this iteration
                return bool(item and item.checkState() == Qt.CheckState.Checked)

            occupants.append(
                OccupantData(
                    civility=t.cellWidget(row, 0).currentData() or "",
                    last_name=cell("last_name"),
                    first_name=cell("first_name"),
                    birth_date=read.date(f"occupants[{row}].birth_date", cell("birth_date"), False),
                    phone=cell("phone"),
                    email=cell("email"),
                    is_titular=checked("is_titular"),
                    disability=checked("disability"),
                    **dict(zip(MAIL_FIELDS, MailAddressPanel.address_of(t, row), strict=True)),
                )
            )
        surface = read.amount("dwelling.surface", self.surface.text(), required=False)
        floor = None
        if self.floor.text().strip():
            try:
                floor = int(self.floor.text().strip())
            except ValueError:
                errors["dwelling.floor"] = self.tr("Étage invalide : attendu un nombre entier.")
        data = TenantFileData(
            occupants=occupants,
            lease=LeaseData(
                contract_number=self.contract.text(),
                start_date=read.date("lease.start_date", self.start_date.text(), True),
                rent=read.amount("lease.rent", self.rent.text()),
                charges=read.amount("lease.charges", self.charges.text()),
                zone_tendue=self.zone_tendue.isChecked(),
            ),
            dwelling=DwellingData(
                reference=self.reference.text(),
                address_line=self.address_line.text(),
                address_complement=self.address_complement.text(),
                postcode=self.postcode.text(),
                city=self.city.text(),
                dwelling_type=self.dwelling_type.currentText(),
                surface=surface,
                floor=floor,
                building=self.building.text(),
                programme=self.programme.text(),
                agency_code=self.agency.currentData() or "",
            ),
            isolated=self.isolated.isChecked(),
            balance=read.amount("balance", self.balance.text()),
            notes=self.notes.toPlainText(),
        )
        return (None, errors) if errors else (data, {})

    # ----------------------------------------------------------------- errors
    def clear_errors(self) -> None:
        clear_rows(self.rows)
        self.general_error.hide()
        self.occupants_error.hide()
        unmark_tabs(self.tabs)
        self.mail.clear_errors()
        t = self.occupants
        for r in range(t.rowCount()):
            for c in range(1, len(OCCUPANT_FIELDS)):
                item = t.item(r, c)
                if item:
                    item.setBackground(QBrush())
                    item.setToolTip("")

    def show_errors(self, errors: dict[str, str], general: str = "") -> None:
        self.saved_message.hide()
        self.clear_errors()
        labels = field_labels()
        occupant_lines = []
        mail_errors: dict[int, dict[str, str]] = {}
        tab_of = {
            "occupants": 0,
            "isolated": 0,
            "lease": 1,
            "dwelling": 2,
            "balance": 3,
            "notes": 3,
        }
        tabs = []
        for path, text in errors.items():
            section = path.split("[")[0].split(".")[0]
            tabs.append(tab_of.get(section, 0))
            if path in self.rows:
                self.rows[path].set_error(text)
            elif path.startswith("occupants["):
                index = int(path[len("occupants[") : path.index("]")])
                key = path.split(".", 1)[1] if "." in path else ""
                if key in MAIL_FIELDS:
                    mail_errors.setdefault(index, {})[key] = text
                if key in OCCUPANT_FIELDS and index < self.occupants.rowCount():
                    item = self.occupants.item(index, OCCUPANT_FIELDS.index(key))
                    if item is not None:
                        item.setBackground(QBrush(QColor("#fdecea")))
                        item.setToolTip(text)
                occupant_lines.append(
                    self.tr("Occupant {n} — {field} : {message}").format(
                        n=index + 1, field=labels.get(key, key), message=text
                    )
                )
            else:
                occupant_lines.append(text) if section == "occupants" else None
                if section != "occupants":
                    general = (general + "\n" + text).strip()
        if occupant_lines:
            self.occupants_error.setText("\n".join(occupant_lines))
            self.occupants_error.show()
        if general:
            self.general_error.setText(general)
            self.general_error.show()
        if mail_errors:  # the first occupant whose address is refused, selected
            first = min(mail_errors)
            self.mail.show_errors(first, mail_errors[first])
        mark_tabs(self.tabs, tabs, self.tr("Cet onglet comporte des erreurs."))

    def is_dirty(self) -> bool:
        data, errors = self.collect()
        if errors:
            return True
        if self._loaded is None:
            return True
        return bool(tenants.changed_fields(self._loaded, data))

    # ----------------------------------------------------------------- actions
    def _confirm_saved(self) -> None:
        from desktop.domain.formatting import format_datetime_fr
        from desktop.services.context import now

        self.saved_message.setText(
            self.tr("Dossier enregistré ({when}).").format(when=format_datetime_fr(now()))
        )
        self.saved_message.show()

    def save(self) -> bool:
        data, errors = self.collect()
        if errors:
            self.show_errors(errors, self.tr("Corrigez les champs signalés en rouge."))
            return False
        try:
            if self.household_id is None:
                new_id = tenants.create_tenant_file(self._db, self._actor, data)
                self.household_id = new_id
                self.close_file_button.show()
                self.notice_button.show()
                self.plans_button.show()
                self.reload()
                self._confirm_saved()
                self.saved.emit(new_id, None, self._loaded.copy(), self.version)
            else:
                before = self._loaded.copy()
                self.version = tenants.update_tenant_file(
                    self._db, self._actor, self.household_id, data, self.version
                )
                self.reload()
                self._confirm_saved()
                self.saved.emit(self.household_id, before, self._loaded.copy(), self.version)
        except UserError as exc:
            show_refusal(
                self, exc, self.show_errors, self.tr("Recharger le dossier"), "conflictBox"
            )
            return False
        self.general_error.hide()
        return True

    def open_plans(self):
        """The payment agreements of this file (issue 5)."""
        from desktop.ui.plans.file_plans import FilePlansDialog

        if self.household_id is None:
            return None
        name = self.view.data.display_name if self.view is not None else ""
        dialog = FilePlansDialog(self._db, self._actor, self.household_id, self, tenant_name=name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda *_: None if self.is_dirty() else self.reload())
        dialog.show()
        self.plans_dialog = dialog
        return dialog

    def ask_close_file(self) -> None:
        if self.household_id is None or self.version is None:
            return
        dialog = CloseFileDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.date_row.set_error(None)
            dialog.reason_row.set_error(None)
            dialog.general.clear()
            try:
                closed_on = parse_date_fr(dialog.date.text())
            except ValueError:
                dialog.date_row.set_error(self.tr("Date invalide : attendu jj/mm/aaaa."))
                continue
            try:
                self.version = tenants.close_tenant_file(
                    self._db,
                    self._actor,
                    self.household_id,
                    self.version,
                    closed_on,
                    dialog.reason.text(),
                )
            except ValidationError as exc:
                for key, msg in exc.fields.items():
                    row = dialog.date_row if key == "closed_on" else dialog.reason_row
                    row.set_error(translate_message(msg))
                if not exc.fields:
                    dialog.general.setText(translate_message(exc.message))
                continue
            except UserError as exc:
                dialog.general.setText(translate_message(exc.message))
                continue
            self.reload()
            self.fileClosed.emit(self.household_id)
            break

    def closeEvent(self, event) -> None:
        question = self.tr("Enregistrer les modifications de ce dossier ?")
        if (
            self.save_button.isEnabled()
            and self.is_dirty()
            and not may_close_unsaved(self, question, self.save)
        ):
            event.ignore()
            return
        event.accept()

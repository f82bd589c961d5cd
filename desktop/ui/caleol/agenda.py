"""The agenda of a CALEOL session: dwellings (their *fiche logement* and candidates,
conflicts of interest) and occupation reviews (L442-5-2), with their dialogs."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.caleol import (
    FUNDINGS,
    AgendaItemKind,
    Decision,
    FewerCandidatesReason,
    OccupationGround,
    PriorityCriterion,
)
from desktop.domain.cotation import format_points
from desktop.domain.errors import UserError
from desktop.domain.formatting import (
    format_date_fr,
    format_datetime_fr,
    format_decimal_fr,
    format_money_fr,
)
from desktop.domain.roles import Permission
from desktop.domain.tenant import DWELLING_TYPES
from desktop.services import attribution, caleol, cotation
from desktop.services.caleol import (
    AgendaItemView,
    CandidateData,
    CandidateView,
    DwellingItemData,
    SessionView,
)
from desktop.ui.caleol.widgets import (
    CIVILITIES,
    OK_STYLE,
    WARNING_STYLE,
    EditTracking,
    ErrorForm,
    FieldRow,
    Inputs,
    cell,
    enum_data,
    label,
    m,
    message_label,
    money_text,
    name_row,
    ok_cancel,
    read_only_table,
    select_row_with,
    selected_data,
    text_of,
)
from desktop.ui.i18n import translate_message


def item_title(item: AgendaItemView) -> str:
    if item.kind is AgendaItemKind.EXAMEN_OCCUPATION:
        return f"{item.position}. {m(item.kind.label)} — {item.household_name}"
    place = ", ".join(p for p in (item.address, item.commune) if p)
    ref = f"{item.reference} — " if item.reference else ""
    return f"{item.position}. {ref}{place} ({item.dwelling_type or '?'})"


# --------------------------------------------------------------------------- fiche logement


class DwellingForm(EditTracking, ErrorForm, QWidget):
    """The *fiche logement* of an agenda item."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: dict[str, FieldRow] = {}
        self.dwelling_id: int | None = None
        self.fewer_reason: FewerCandidatesReason | None = None
        self.reference = self._line("reference", self.tr("LGT-…"))
        self.address = self._line("address", self.tr("N° et voie"))
        self.postcode = self._line("postcode")
        self.postcode.setMaxLength(5)
        self.commune = self._line("commune")
        self.dwelling_type = QComboBox(self)
        self.dwelling_type.addItem("", "")
        for t in DWELLING_TYPES:
            self.dwelling_type.addItem(t, t)
        self._row("dwelling_type", self.dwelling_type)
        self.surface = self._line("surface", self.tr("m²"))
        self.floor = self._line("floor", self.tr("0 = RDC"))
        self.rent = self._line("rent", self.tr("€ / mois"))
        self.charges = self._line("charges", self.tr("€ / mois"))
        self.funding = QComboBox(self)
        self.funding.setEditable(True)
        self.funding.addItems(("",) + FUNDINGS)
        self._row("funding", self.funding)
        self.contingent = self._line("contingent", self.tr("Préfecture, Action Logement, commune…"))
        self.accessibility = self._line("accessibility", self.tr("Ascenseur, PMR, étage…"))
        self.notes = self._line("notes", self.tr("Observations"))
        self.general_error = message_label(self, "dwellingFormError")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells = (
            (0, 0, self.tr("Référence"), "reference", 1),
            (0, 2, self.tr("Type"), "dwelling_type", 1),
            (0, 4, self.tr("Surface"), "surface", 1),
            (1, 0, self.tr("Adresse"), "address", 3),
            (1, 4, self.tr("Code postal"), "postcode", 1),
            (2, 0, self.tr("Commune"), "commune", 1),
            (2, 2, self.tr("Étage"), "floor", 1),
            (2, 4, self.tr("Financement"), "funding", 1),
            (3, 0, self.tr("Loyer"), "rent", 1),
            (3, 2, self.tr("Charges"), "charges", 1),
            (3, 4, self.tr("Contingent"), "contingent", 1),
            (4, 0, self.tr("Accessibilité"), "accessibility", 5),
            (5, 0, self.tr("Observations"), "notes", 5),
        )
        for row, col, text, key, span in cells:
            lab = QLabel(text, self)
            grid.addWidget(lab, row, col, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.rows[key], row, col + 1, 1, span)
        grid.addWidget(self.general_error, 6, 0, 1, 6)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        for edit in (
            self.reference,
            self.address,
            self.postcode,
            self.commune,
            self.surface,
            self.floor,
            self.rent,
            self.charges,
            self.contingent,
            self.accessibility,
            self.notes,
        ):
            edit.textEdited.connect(self._touched)
        self.dwelling_type.activated.connect(self._touched)
        self.funding.editTextChanged.connect(self._touched)

    def set_data(self, d: DwellingItemData | AgendaItemView) -> None:
        with self.filling():
            self.dwelling_id = d.dwelling_id
            self.fewer_reason = d.fewer_candidates_reason
            self.reference.setText(d.reference)
            self.address.setText(d.address)
            self.postcode.setText(d.postcode)
            self.commune.setText(d.commune)
            self.dwelling_type.setCurrentIndex(max(0, self.dwelling_type.findData(d.dwelling_type)))
            self.surface.setText(format_decimal_fr(d.surface) if d.surface is not None else "")
            self.floor.setText("" if d.floor is None else str(d.floor))
            self.rent.setText(money_text(d.rent))
            self.charges.setText(money_text(d.charges))
            self.funding.setCurrentText(d.funding)
            self.contingent.setText(d.contingent)
            self.accessibility.setText(d.accessibility)
            self.notes.setText(d.notes)
        self.clear_errors()

    def data(self) -> DwellingItemData | None:
        self.clear_errors()
        read = Inputs()
        surface = read.decimal("surface", self.surface.text())
        floor = read.integer("floor", self.floor.text())
        rent = read.decimal("rent", self.rent.text())
        charges = read.decimal("charges", self.charges.text())
        if read.errors:
            self.show_errors(read.errors)
            return None
        return DwellingItemData(
            reference=self.reference.text(),
            address=self.address.text(),
            postcode=self.postcode.text().strip(),
            commune=self.commune.text(),
            dwelling_type=self.dwelling_type.currentData() or "",
            surface=surface,
            floor=floor,
            rent=rent,
            charges=charges,
            accessibility=self.accessibility.text(),
            funding=self.funding.currentText(),
            contingent=self.contingent.text(),
            fewer_candidates_reason=self.fewer_reason,
            notes=self.notes.text(),
            dwelling_id=self.dwelling_id,
        )

    def set_editable(self, editable: bool) -> None:
        for edit in (
            self.reference,
            self.address,
            self.postcode,
            self.commune,
            self.surface,
            self.floor,
            self.rent,
            self.charges,
            self.contingent,
            self.accessibility,
            self.notes,
        ):
            edit.setReadOnly(not editable)
        self.dwelling_type.setEnabled(editable)
        self.funding.setEnabled(editable)


class AddDwellingDialog(QDialog):
    """Put a dwelling on the agenda: find it by reference or address, or type its fiche."""

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.setObjectName("addDwellingDialog")
        self.setWindowTitle(self.tr("Ajouter un logement à l'ordre du jour"))
        self.resize(820, 560)
        self.win = window
        self.saved = None
        self.search = QLineEdit(self)
        self.search.setObjectName("dwellingSearch")
        self.search.setPlaceholderText(self.tr("Référence ou adresse d'un logement du parc"))
        self.search_button = QPushButton(self.tr("Rechercher"), self)
        self.search_button.setObjectName("dwellingSearchButton")
        self.results = QListWidget(self)
        self.results.setObjectName("dwellingResults")
        self.results.setMaximumHeight(130)
        self.form = DwellingForm(self)
        self.buttons, self.ok_button = ok_cancel(
            self, "addDwellingOk", self.tr("Ajouter à l'ordre du jour"), self.add
        )
        self.search_button.clicked.connect(self.find)
        self.search.returnPressed.connect(self.find)
        self.results.currentRowChanged.connect(self._picked)
        self._found: list[DwellingItemData] = []
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Logement existant : recherchez-le pour reprendre sa "
                    "fiche ; sinon saisissez-la directement."
                ),
                self,
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.results)
        box = QGroupBox(self.tr("Fiche logement"), self)
        QVBoxLayout(box).addWidget(self.form)
        layout.addWidget(box, 1)
        layout.addWidget(self.buttons)

    def find(self) -> None:
        self.results.clear()
        try:
            self._found = caleol.find_dwellings(self.win.db, self.win.actor, self.search.text())
        except UserError as exc:
            self.form.show_exception(exc)
            return
        for d in self._found:
            self.results.addItem(
                f"{d.reference} — {d.address}, {d.postcode} {d.commune} ({d.dwelling_type})"
            )
        if not self._found:
            self.results.addItem(self.tr("Aucun logement trouvé : saisissez la fiche."))
        elif len(self._found) == 1:
            self.results.setCurrentRow(0)

    def _picked(self, row: int) -> None:
        if 0 <= row < len(self._found):
            self.form.set_data(self._found[row])

    def add(self) -> None:
        data = self.form.data()
        if data is None:
            return
        try:
            self.saved = caleol.add_dwelling_item(
                self.win.db, self.win.actor, self.win.session_id, data
            )
        except UserError as exc:
            self.form.show_exception(exc)
            return
        self.accept()


# --------------------------------------------------------------------------- candidates


class CandidateDialog(ErrorForm, QDialog):
    """An application examined for a dwelling: add (``candidate`` None) or edit."""

    def __init__(self, window, item_id: int, candidate: CandidateView | None = None, parent=None):
        super().__init__(parent or window)
        self.setObjectName("candidateDialog")
        self.setWindowTitle(
            self.tr("Candidat")
            if candidate is None
            else self.tr("Candidat {name}").format(name=candidate.full_name)
        )
        self.win = window
        self.item_id = item_id
        self.candidate = candidate
        self.saved = None
        self.rows: dict[str, FieldRow] = {}
        self.numero_unique = self._line("numero_unique", self.tr("Numéro unique d'enregistrement"))
        self.civility = QComboBox(self)
        self.civility.addItems(CIVILITIES)
        self._row("civility", self.civility)
        self.last_name = self._line("last_name")
        self.first_name = self._line("first_name")
        self.household_composition = self._line(
            "household_composition", self.tr("ex. Couple, 2 enfants (4 et 9 ans)")
        )
        self.adults = QSpinBox(self)
        self.adults.setRange(0, 20)
        self.adults.setValue(1)
        self._row("adults", self.adults)
        self.children = QSpinBox(self)
        self.children.setRange(0, 20)
        self._row("children", self.children)
        self.monthly_resources = self._line("monthly_resources", self.tr("€ / mois"))
        self.effort_rate = self._line("effort_rate", self.tr("%"))
        self.remaining_income_per_unit = self._line(
            "remaining_income_per_unit", self.tr("€ / mois / UC")
        )
        self.application_date = self._line("application_date", self.tr("JJ/MM/AAAA"))
        self.current_housing = self._line("current_housing")
        self.postal_address = QPlainTextEdit(self)
        self.postal_address.setFixedHeight(46)
        self._row("postal_address", self.postal_address)
        self.notes = self._line("notes")
        self.criteria: dict[PriorityCriterion, QCheckBox] = {}
        criteria_box = QGroupBox(self.tr("Critères de priorité (L441-1)"), self)
        criteria_grid = QGridLayout(criteria_box)
        for i, c in enumerate(PriorityCriterion):
            box = QCheckBox(m(c.label), criteria_box)
            box.setObjectName(f"criterion_{c.value}")
            self.criteria[c] = box
            criteria_grid.addWidget(box, i // 2, i % 2)
        self.public_prioritaire = QCheckBox(
            self.tr("Public prioritaire (autre motif)"), criteria_box
        )
        self.public_prioritaire.setObjectName("publicPrioritaire")
        criteria_grid.addWidget(self.public_prioritaire, len(self.criteria) // 2 + 1, 0)
        self._row("priority_criteria", criteria_box)
        self.general_error = message_label(self, "candidateError")

        form = QFormLayout()
        form.addRow(self.tr("Numéro unique"), self.rows["numero_unique"])
        self.first_name.setPlaceholderText(self.tr("Prénom"))
        self.last_name.setPlaceholderText(self.tr("Nom"))
        form.addRow(self.tr("Demandeur"), name_row(self.rows))
        form.addRow(self.tr("Composition du ménage"), self.rows["household_composition"])
        sizes = QHBoxLayout()
        sizes.addWidget(QLabel(self.tr("Adultes"), self))
        sizes.addWidget(self.rows["adults"])
        sizes.addWidget(QLabel(self.tr("Enfants"), self))
        sizes.addWidget(self.rows["children"])
        sizes.addStretch(1)
        form.addRow(self.tr("Personnes"), sizes)
        money = QHBoxLayout()
        money.addWidget(self.rows["monthly_resources"])
        money.addWidget(QLabel(self.tr("Taux d'effort"), self))
        money.addWidget(self.rows["effort_rate"])
        money.addWidget(QLabel(self.tr("Reste à vivre / UC"), self))
        money.addWidget(self.rows["remaining_income_per_unit"])
        form.addRow(self.tr("Ressources mensuelles"), money)
        form.addRow(self.tr("Date de la demande"), self.rows["application_date"])
        form.addRow(self.tr("Logement actuel"), self.rows["current_housing"])
        form.addRow(self.tr("Adresse postale"), self.rows["postal_address"])
        form.addRow(self.tr("Observations"), self.rows["notes"])
        self.buttons, self.ok_button = ok_cancel(
            self, "candidateOk", self.tr("Enregistrer le candidat"), self.save
        )
        # The form scrolls on a laptop screen (1,280 × 720 at 125 %), its buttons stay.
        from desktop.ui.widgets import fit_to_screen, scrolled

        body = QWidget(self)
        body.setObjectName("candidateForm")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(self.rows["priority_criteria"])
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(body), 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        if candidate is not None:
            self._fill(candidate)
        wanted = body.sizeHint()
        fit_to_screen(self, wanted.width() + 48, wanted.height() + 90)

    def _fill(self, c: CandidateView) -> None:
        self.numero_unique.setText(c.numero_unique)
        self.civility.setCurrentText(c.civility)
        self.last_name.setText(c.last_name)
        self.first_name.setText(c.first_name)
        self.household_composition.setText(c.household_composition)
        self.adults.setValue(c.adults)
        self.children.setValue(c.children)
        self.monthly_resources.setText(money_text(c.monthly_resources))
        self.effort_rate.setText(money_text(c.effort_rate))
        self.remaining_income_per_unit.setText(money_text(c.remaining_income_per_unit))
        self.application_date.setText(format_date_fr(c.application_date))
        self.current_housing.setText(c.current_housing)
        self.postal_address.setPlainText(c.postal_address)
        self.notes.setText(c.notes)
        for criterion, box in self.criteria.items():
            box.setChecked(criterion in c.priority_criteria)
        self.public_prioritaire.setChecked(c.public_prioritaire and not c.priority_criteria)

    def data(self) -> CandidateData | None:
        self.clear_errors()
        read = Inputs()
        resources = read.decimal("monthly_resources", self.monthly_resources.text())
        effort = read.decimal("effort_rate", self.effort_rate.text())
        rest = read.decimal("remaining_income_per_unit", self.remaining_income_per_unit.text())
        applied = read.date("application_date", self.application_date.text())
        if read.errors:
            self.show_errors(read.errors)
            return None
        criteria = tuple(c for c, box in self.criteria.items() if box.isChecked())
        return CandidateData(
            numero_unique=self.numero_unique.text(),
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            civility=self.civility.currentText(),
            postal_address=self.postal_address.toPlainText(),
            household_composition=self.household_composition.text(),
            adults=self.adults.value(),
            children=self.children.value(),
            monthly_resources=resources,
            effort_rate=effort,
            remaining_income_per_unit=rest,
            priority_criteria=criteria,
            public_prioritaire=self.public_prioritaire.isChecked() or bool(criteria),
            current_housing=self.current_housing.text(),
            application_date=applied,
            notes=self.notes.text(),
        )

    def save(self) -> None:
        data = self.data()
        if data is None:
            return
        try:
            if self.candidate is None:
                self.saved = caleol.add_candidate(self.win.db, self.win.actor, self.item_id, data)
            else:
                self.saved = caleol.update_candidate(
                    self.win.db, self.win.actor, self.candidate.id, data, self.candidate.version
                )
        except UserError as exc:
            self.show_exception(exc)
            return
        self.accept()


class ConflictDialog(QDialog):
    """Record that a member must not vote on a dwelling (or on one of its candidates)."""

    def __init__(self, window, item: AgendaItemView, parent=None):
        super().__init__(parent or window)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Conflit d'intérêts"))
        self.win = window
        self.item = item
        self.member = QComboBox(self)
        self.member.setObjectName("conflictMember")
        for mv in window.view.members:
            if mv.voting:
                self.member.addItem(mv.full_name, mv.id)
        self.candidate = QComboBox(self)
        self.candidate.setObjectName("conflictCandidate")
        self.candidate.addItem(self.tr("Tout le logement"), None)
        for c in item.candidates:
            self.candidate.addItem(f"{c.full_name} ({c.numero_unique})", c.id)
        self.note = QLineEdit(self)
        self.note.setObjectName("conflictNote")
        self.note.setPlaceholderText(self.tr("ex. lien familial, voisinage"))
        self.error = message_label(self, "conflictError")
        buttons = ok_cancel(self, "conflictOk", on_ok=self.save)[0]
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Le membre ne prendra pas part au vote."), self))
        form.addRow(self.tr("Membre"), self.member)
        form.addRow(self.tr("Porte sur"), self.candidate)
        form.addRow(self.tr("Motif"), self.note)
        form.addRow(self.error)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            caleol.add_conflict(
                self.win.db,
                self.win.actor,
                self.item.id,
                self.member.currentData(),
                self.note.text(),
                candidate_id=self.candidate.currentData(),
            )
        except UserError as exc:
            self.error.setText(text_of(exc.message))
            self.error.show()
            return
        self.accept()


# --------------------------------------------------------------------------- occupation review


class OccupationDueDialog(QDialog):
    """The tenants due for an occupation review; put one on the agenda."""

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.setObjectName("occupationDueDialog")
        self.setWindowTitle(self.tr("Examens de l'occupation à présenter"))
        self.resize(980, 520)
        self.win = window
        self.added = 0
        self.rows_data = []
        self.table = read_only_table(
            self,
            "occupationDueTable",
            [
                self.tr("Locataire"),
                self.tr("Contrat"),
                self.tr("Adresse"),
                self.tr("Type"),
                self.tr("Occupants"),
                self.tr("Échéance triennale"),
                self.tr("Motifs"),
            ],
            stretch=6,
        )
        self.ground = QComboBox(self)
        self.ground.setObjectName("occupationGround")
        for g in OccupationGround:
            self.ground.addItem(m(g.label), g)
        self.note = QLineEdit(self)
        self.note.setObjectName("occupationNote")
        self.info = label(self, name="occupationInfo")
        self.error = message_label(self, "occupationError")
        self.add_button = QPushButton(self.tr("Inscrire à l'ordre du jour"), self)
        self.add_button.setObjectName("occupationAdd")
        self.add_button.clicked.connect(self.add)
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._selected)
        form = QFormLayout()
        form.addRow(self.tr("Motif de l'examen"), self.ground)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Locataires en zone tendue dont l'échéance triennale du bail approche, avec un "
                    "motif calculable depuis le dossier (CCH L442-5-2)."
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        try:
            self.rows_data = caleol.occupation_review_due(self.win.db, self.win.actor)
        except UserError as exc:
            self.error.setText(text_of(exc.message))
            self.error.show()
            self.rows_data = []
        self.table.setRowCount(len(self.rows_data))
        for row, d in enumerate(self.rows_data):
            self.table.setItem(row, 0, cell(d.display_name, d.household_id))
            self.table.setItem(row, 1, cell(d.contract_number))
            self.table.setItem(row, 2, cell(f"{d.address}, {d.city}"))
            self.table.setItem(row, 3, cell(d.dwelling_type))
            self.table.setItem(row, 4, cell(str(d.occupants), right=True))
            self.table.setItem(row, 5, cell(format_date_fr(d.anniversary)))
            self.table.setItem(
                row,
                6,
                cell(
                    ", ".join(m(g.label) for g in d.grounds),
                    tooltip="\n".join(text_of(x) for x in d.explanations),
                ),
            )
        self.info.setText(
            self.tr("{count} locataire(s) à présenter.").format(count=len(self.rows_data))
            if self.rows_data
            else self.tr("Aucun locataire à présenter pour l'instant.")
        )
        self.add_button.setEnabled(bool(self.rows_data))

    def _selected(self) -> None:
        household_id = selected_data(self.table)
        d = next((x for x in self.rows_data if x.household_id == household_id), None)
        if d is not None and d.grounds:
            self.ground.setCurrentIndex(self.ground.findData(d.grounds[0]))
            self.info.setText("\n".join(text_of(x) for x in d.explanations))

    def add(self) -> None:
        household_id = selected_data(self.table)
        if household_id is None:
            self.error.setText(self.tr("Choisissez un locataire dans la liste."))
            self.error.show()
            return
        try:
            caleol.add_occupation_review(
                self.win.db,
                self.win.actor,
                self.win.session_id,
                household_id,
                enum_data(self.ground, OccupationGround),
                self.note.text(),
            )
        except UserError as exc:
            self.error.setText(text_of(exc.message))
            self.error.show()
            return
        self.error.hide()
        self.added += 1
        self.note.clear()
        self.info.setText(self.tr("Examen inscrit à l'ordre du jour."))
        self.win.reload()


# --------------------------------------------------------------------------- the tab


(
    CAND_NUMERO,
    CAND_NAME,
    CAND_HOUSEHOLD,
    CAND_RESOURCES,
    CAND_EFFORT,
    CAND_REST,
    CAND_PRIORITY,
    CAND_SCORE,
    CAND_TARGETS,
    CAND_DECISION,
) = range(10)

#: the colour of a score that differs from the register's, of a target that drops
WARN_COLOUR = QColor("#b3261e")


def _html(text: str) -> str:
    return html.escape(text).replace("  ", "&nbsp;&nbsp;")


class AgendaTab(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.win = window
        self._view: SessionView | None = None
        self._shown: int | None = None
        self.dialog: QDialog | None = None
        self._scores: dict[int, cotation.ScoreView] = {}
        self._effects: dict[int, attribution.ProposalEffect] = {}

        # left: the agenda
        self.list = QListWidget(self)
        self.list.setObjectName("agendaList")
        self.list.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Ajouter un logement…"), self)
        self.add_button.setObjectName("addDwelling")
        self.occupation_button = QPushButton(self.tr("Examens de l'occupation…"), self)
        self.occupation_button.setObjectName("occupationDue")
        self.up_button = QPushButton(self.tr("Monter"), self)
        self.up_button.setObjectName("moveItemUp")
        self.down_button = QPushButton(self.tr("Descendre"), self)
        self.down_button.setObjectName("moveItemDown")
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.remove_button.setObjectName("removeItem")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Ordre du jour</b>"), left))
        left_layout.addWidget(self.list, 1)
        grid = QGridLayout()
        grid.addWidget(self.add_button, 0, 0, 1, 2)
        grid.addWidget(self.occupation_button, 1, 0, 1, 2)
        grid.addWidget(self.up_button, 2, 0)
        grid.addWidget(self.down_button, 2, 1)
        grid.addWidget(self.remove_button, 3, 0, 1, 2)
        left_layout.addLayout(grid)

        # right: one item
        self.stack = QStackedWidget(self)
        self.empty = QLabel(
            self.tr("Ajoutez un logement à l'ordre du jour, ou un examen de l'occupation."), self
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._dwelling_page())
        self.stack.addWidget(self._review_page())

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.list.currentRowChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_dwelling)
        self.occupation_button.clicked.connect(self.occupation_reviews)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove_item)

    def _dwelling_page(self) -> QWidget:
        page = QWidget(self)
        self.form = DwellingForm(page)
        self.save_item_button = QPushButton(self.tr("Enregistrer la fiche"), page)
        self.save_item_button.setObjectName("saveItem")
        self.save_item_button.clicked.connect(self.save_item)
        self.fewer = QComboBox(page)
        self.fewer.setObjectName("fewerReason")
        self.fewer.addItem(self.tr("— aucun (au moins 3 candidats) —"), None)
        for r in FewerCandidatesReason:
            self.fewer.addItem(m(r.label), r)
        self.fewer.activated.connect(self._fewer_changed)
        self.item_warnings = message_label(page, "itemWarnings", WARNING_STYLE)
        self.candidates = read_only_table(
            page,
            "candidatesTable",
            [
                self.tr("N° unique"),
                self.tr("Candidat"),
                self.tr("Ménage"),
                self.tr("Ressources"),
                self.tr("Effort"),
                self.tr("Reste à vivre"),
                self.tr("Priorité"),
                self.tr("Cotation"),
                self.tr("Objectifs"),
                self.tr("Décision"),
            ],
            stretch=CAND_DECISION,
            widths={CAND_NAME: 130, CAND_HOUSEHOLD: 110, CAND_PRIORITY: 120},
        )
        for column, tip in (
            (CAND_RESOURCES, self.tr("Ressources mensuelles du ménage")),
            (CAND_EFFORT, self.tr("Taux d'effort")),
            (CAND_REST, self.tr("Reste à vivre par unité de consommation, par mois")),
            (CAND_PRIORITY, self.tr("Critères de priorité (CCH L441-1)")),
            (
                CAND_SCORE,
                self.tr(
                    "Cotation de la demande (grille en vigueur à la date de la séance) ; "
                    "⚠ : différente de la cotation du registre"
                ),
            ),
            (
                CAND_TARGETS,
                self.tr(
                    "Effet d'une attribution à ce candidat sur les objectifs d'attribution "
                    "de l'EPCI pour l'année ; ⚠ : un objectif baisserait"
                ),
            ),
        ):
            self.candidates.horizontalHeaderItem(column).setToolTip(tip)
        self.candidates.doubleClicked.connect(lambda *_: self.edit_candidate())
        self.add_candidate_button = QPushButton(self.tr("Ajouter un candidat…"), page)
        self.add_candidate_button.setObjectName("addCandidate")
        self.edit_candidate_button = QPushButton(self.tr("Modifier…"), page)
        self.edit_candidate_button.setObjectName("editCandidate")
        self.remove_candidate_button = QPushButton(self.tr("Retirer le candidat"), page)
        self.remove_candidate_button.setObjectName("removeCandidate")
        self.add_candidate_button.clicked.connect(self.add_candidate)
        self.edit_candidate_button.clicked.connect(self.edit_candidate)
        self.remove_candidate_button.clicked.connect(self.remove_candidate)
        self.conflicts = QListWidget(page)
        self.conflicts.setObjectName("conflictsList")
        self.conflicts.setMaximumHeight(70)
        self.add_conflict_button = QPushButton(self.tr("Déclarer un conflit d'intérêts…"), page)
        self.add_conflict_button.setObjectName("addConflict")
        self.remove_conflict_button = QPushButton(self.tr("Supprimer le conflit"), page)
        self.remove_conflict_button.setObjectName("removeConflict")
        self.add_conflict_button.clicked.connect(self.add_conflict)
        self.remove_conflict_button.clicked.connect(self.remove_conflict)

        fiche = QGroupBox(self.tr("Fiche logement"), page)
        fiche_layout = QVBoxLayout(fiche)
        fiche_layout.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_item_button)
        fiche_layout.addLayout(row)
        cands = QGroupBox(self.tr("Candidats"), page)
        cands_layout = QVBoxLayout(cands)
        fewer_row = QHBoxLayout()
        fewer_row.addWidget(QLabel(self.tr("Moins de 3 candidats, motif :"), cands))
        fewer_row.addWidget(self.fewer, 1)
        cands_layout.addLayout(fewer_row)
        cands_layout.addWidget(self.item_warnings)
        cands_layout.addWidget(self.candidates, 1)
        # three candidates and the header stay readable with the score detail below
        # (on a small screen the session window scrolls rather than crush them)
        self.candidates.setMinimumHeight(130)
        self.cotation_detail = QLabel(page)
        self.cotation_detail.setObjectName("cotationDetail")
        self.cotation_detail.setWordWrap(True)
        self.cotation_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cotation_detail.setStyleSheet(
            "QLabel { background: #f5f5f5; border: 1px solid #cfd8dc; padding: 4px; }"
        )
        self.candidates.itemSelectionChanged.connect(self._show_cotation_detail)
        self.cotation_scroll = QScrollArea(page)  # a long detail never crowds the table
        self.cotation_scroll.setWidgetResizable(True)
        self.cotation_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.cotation_scroll.setMaximumHeight(72)
        self.cotation_scroll.setWidget(self.cotation_detail)
        cands_layout.addWidget(self.cotation_scroll)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_candidate_button)
        buttons.addWidget(self.edit_candidate_button)
        buttons.addWidget(self.remove_candidate_button)
        buttons.addStretch(1)
        cands_layout.addLayout(buttons)
        conflicts = QHBoxLayout()
        conflicts.addWidget(QLabel(self.tr("Conflits d'intérêts :"), cands))
        conflicts.addWidget(self.conflicts, 1)
        conflict_buttons = QVBoxLayout()
        conflict_buttons.addWidget(self.add_conflict_button)
        conflict_buttons.addWidget(self.remove_conflict_button)
        conflicts.addLayout(conflict_buttons)
        cands_layout.addLayout(conflicts)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(fiche)
        layout.addWidget(cands, 1)
        return page

    def _review_page(self) -> QWidget:
        page = QWidget(self)
        self.review_info = label(page, name="reviewInfo")
        self.finding = QPlainTextEdit(page)
        self.finding.setObjectName("finding")
        self.finding.setPlaceholderText(self.tr("Situation constatée par la commission"))
        self.suitable = QPlainTextEdit(page)
        self.suitable.setObjectName("suitableDwelling")
        self.suitable.setPlaceholderText(
            self.tr("Caractéristiques d'un logement adapté aux besoins du ménage")
        )
        self.advice = QPlainTextEdit(page)
        self.advice.setObjectName("advice")
        self.advice.setPlaceholderText(self.tr("Avis : accession à la propriété, mutation…"))
        self.finding_row = FieldRow(self.finding, page)
        self.save_finding_button = QPushButton(self.tr("Enregistrer l'avis de la commission"), page)
        self.save_finding_button.setObjectName("saveFinding")
        self.save_finding_button.clicked.connect(self.save_finding)
        self.finding_recorded = QLabel(page)
        self.finding_recorded.setObjectName("findingRecorded")
        self.finding_recorded.setStyleSheet(OK_STYLE)
        box = QGroupBox(self.tr("Examen de l'occupation du logement (CCH L442-5-2)"), page)
        form = QFormLayout(box)
        form.addRow(self.review_info)
        form.addRow(self.tr("Constat"), self.finding_row)
        form.addRow(self.tr("Logement adapté"), self.suitable)
        form.addRow(self.tr("Avis"), self.advice)
        row = QHBoxLayout()
        row.addWidget(self.finding_recorded, 1)
        row.addWidget(self.save_finding_button)
        form.addRow(row)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        return scroll

    # ----------------------------------------------------------------- loading
    def current_item(self) -> AgendaItemView | None:
        item = self.list.currentItem()
        if item is None or self._view is None:
            return None
        item_id = item.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self._view.items if i.id == item_id), None)

    def _load_cotation(self, v: SessionView) -> None:
        """The stored scores and the effect of each candidate on the attribution
        targets (the services of the "Cotation et objectifs" page)."""
        self._scores, self._effects = {}, {}
        actor = self.win.actor
        if not any(
            actor.can(p) for p in (Permission.CALEOL_MANAGE, Permission.CALEOL_MINUTES_READ)
        ):
            return
        try:
            self._scores = cotation.session_scores(self.win.db, actor, v.id)
            self._effects = {
                e.candidate_id: e for e in attribution.session_effects(self.win.db, actor, v.id)
            }
        except UserError as exc:
            self.win.show_error(exc)

    def target_warnings(self, item: AgendaItemView) -> list[str]:
        """The warnings of the allocations proposed on ``item`` (positive decision,
        first in line) that lower a target figure."""
        out = []
        for c in item.candidates:
            e = self._effects.get(c.id)
            worse = [translate_message(x.message()) for x in e.effects if x.worse] if e else []
            if e is not None and e.proposed and worse:
                out.append(
                    self.tr("Attribution proposée à {name} : {effects}").format(
                        name=c.full_name, effects=" ".join(worse)
                    )
                )
        return out

    def load(self, v: SessionView) -> None:
        self._view = v
        self._load_cotation(v)
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for item in v.items:
            text = item_title(item)
            if item.kind is AgendaItemKind.ATTRIBUTION:
                decided = sum(1 for c in item.candidates if c.decision)
                text += "\n    " + self.tr("{count} candidat(s), {decided} décision(s)").format(
                    count=len(item.candidates), decided=decided
                )
            w = QListWidgetItem(text, self.list)
            w.setData(Qt.ItemDataRole.UserRole, item.id)
            warnings = [text_of(x) for x in item.warnings] + self.target_warnings(item)
            if warnings:
                w.setToolTip("\n".join(warnings))
                w.setForeground(Qt.GlobalColor.darkYellow)
        row = next((i for i, item in enumerate(v.items) if item.id == keep), 0 if v.items else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show(refill=False)

    def _current_changed(self, *_args) -> None:
        self._show(refill=True)

    def _show(self, refill: bool) -> None:
        item = self.current_item()
        if item is None:
            self._shown = None
            self.stack.setCurrentIndex(0)
            self._buttons()
            return
        changed = refill or item.id != self._shown
        self._shown = item.id
        if item.kind is AgendaItemKind.EXAMEN_OCCUPATION:
            self.stack.setCurrentIndex(2)
            self._fill_review(item, changed)
        else:
            self.stack.setCurrentIndex(1)
            self._fill_dwelling(item, changed)
        self._buttons()

    def _fill_dwelling(self, item: AgendaItemView, changed: bool) -> None:
        if changed or not self.form.dirty:
            self.form.set_data(item)
        self.fewer.setCurrentIndex(max(0, self.fewer.findData(item.fewer_candidates_reason)))
        warnings = [text_of(w) for w in item.warnings] + self.target_warnings(item)
        self.item_warnings.setText("\n".join("⚠ " + w for w in warnings))
        self.item_warnings.setVisible(bool(warnings))
        keep = selected_data(self.candidates)
        self.candidates.setRowCount(len(item.candidates))
        for row, c in enumerate(item.candidates):
            household = c.household_composition or self.tr(
                "{adults} adulte(s), {children} enfant(s)"
            ).format(adults=c.adults, children=c.children)
            criteria = ", ".join(m(p.label) for p in c.priority_criteria)
            if not criteria and c.public_prioritaire:
                criteria = self.tr("Public prioritaire")
            decision = self.short_decision(c)
            self.candidates.setItem(row, CAND_NUMERO, cell(c.numero_unique, c.id))
            self.candidates.setItem(row, CAND_NAME, cell(c.full_name, tooltip=c.full_name))
            self.candidates.setItem(row, CAND_HOUSEHOLD, cell(household, tooltip=household))
            self.candidates.setItem(
                row, CAND_RESOURCES, cell(format_money_fr(c.monthly_resources), right=True)
            )
            self.candidates.setItem(
                row,
                CAND_EFFORT,
                cell(
                    f"{format_decimal_fr(c.effort_rate)} %" if c.effort_rate is not None else "",
                    right=True,
                ),
            )
            self.candidates.setItem(
                row, CAND_REST, cell(format_money_fr(c.remaining_income_per_unit), right=True)
            )
            self.candidates.setItem(row, CAND_PRIORITY, cell(criteria, tooltip=criteria))
            self.candidates.setItem(row, CAND_SCORE, self._score_cell(c.id))
            self.candidates.setItem(row, CAND_TARGETS, self._targets_cell(c.id))
            self.candidates.setItem(
                row,
                CAND_DECISION,
                cell(decision, tooltip=m(c.decision.label) if c.decision else ""),
            )
        if (keep is None or not select_row_with(self.candidates, keep)) and item.candidates:
            self.candidates.selectRow(0)
        self._show_cotation_detail()
        self.conflicts.clear()
        names = {c.id: c.full_name for c in item.candidates}
        for x in item.conflicts:
            scope = names.get(x.candidate_id, "") if x.candidate_id else self.tr("tout le logement")
            text = self.tr("{member} — {scope}").format(member=x.member_name, scope=scope)
            if x.note:
                text += f" ({x.note})"
            w = QListWidgetItem(text, self.conflicts)
            w.setData(Qt.ItemDataRole.UserRole, x.id)

    def score_lines(self, candidate_id: int) -> list[str]:
        """The score of a candidate line by line, its missing data and the register's
        score (the tooltip of the score and the detail pane)."""
        v = self._scores.get(candidate_id)
        if v is None:
            return []
        lines = [
            self.tr("Cotation : {total} ({grid})").format(total=v.total_text, grid=v.grid_label)
        ]
        lines += ["  " + x for x in cotation.score_lines_text(v)]
        lines += [self.tr("  Donnée manquante : {what}").format(what=x) for x in v.missing]
        if v.register_score is not None:
            lines.append(
                self.tr("Cotation du registre : {score}").format(
                    score=format_points(v.register_score)
                )
            )
        if v.warning:
            lines.append("⚠ " + v.warning)
        return lines

    def _score_cell(self, candidate_id: int):
        v = self._scores.get(candidate_id)
        if v is None:
            return cell("", tooltip=self.tr("Pas encore coté"))
        text = v.total_text
        if v.register_differs:
            text = "⚠ " + text
        item = cell(text, right=True, tooltip="\n".join(self.score_lines(candidate_id)))
        if v.register_differs or v.total is None:
            item.setForeground(QBrush(WARN_COLOUR))
        return item

    def effect_lines(self, candidate_id: int) -> list[str]:
        e = self._effects.get(candidate_id)
        if e is None:
            return []
        return [("⚠ " if x.worse else "") + translate_message(x.message()) for x in e.effects]

    def _targets_cell(self, candidate_id: int):
        e = self._effects.get(candidate_id)
        if e is None or not e.effects:
            return cell("")
        worse = any(x.worse for x in e.effects)
        text = self.tr("⚠ baisse") if worse else self.tr("sans baisse")
        item = cell(text, tooltip="\n".join(self.effect_lines(candidate_id)))
        if worse:
            item.setForeground(QBrush(WARN_COLOUR))
        return item

    def _show_cotation_detail(self) -> None:
        """The selected candidate's score in a few lines: the criteria that brought
        points, missing data, the register's score, the effect on the targets (every
        line of the grid is in the score's tooltip)."""
        c = self.current_candidate()
        if c is None:
            self.cotation_detail.clear()
            self.cotation_scroll.hide()
            return
        v = self._scores.get(c.id)
        if v is None:
            lines = [self.tr("Cotation : pas encore calculée.")]
        else:
            brought = [
                f"{x['label']} {format_points(Decimal(x['points']))}"
                for x in v.lines
                if Decimal(x["points"]) != 0
            ]
            lines = [
                self.tr("Cotation : {total} ({grid})").format(total=v.total_text, grid=v.grid_label)
                + (" : " + " ; ".join(brought) if brought else "")
            ]
            if v.missing:
                lines.append(
                    self.tr("Données manquantes : {what}").format(what=" ; ".join(v.missing))
                )
            if v.warning:
                lines.append("⚠ " + v.warning)
            elif v.register_score is not None:
                lines.append(
                    self.tr("Cotation du registre : {score}").format(
                        score=format_points(v.register_score)
                    )
                )
        effects = self.effect_lines(c.id)
        if effects:
            lines.append(
                self.tr("Si le logement lui est attribué : {effects}").format(
                    effects=" ".join(effects)
                )
            )
        self.cotation_detail.setText(
            "<b>" + _html(c.full_name) + "</b> — " + "<br>".join(_html(x) for x in lines)
        )
        self.cotation_scroll.show()

    def short_decision(self, c: CandidateView) -> str:
        """The decision in a few words, for the candidates table."""
        if c.decision is None:
            return ""
        texts = {
            Decision.ATTRIBUTION: self.tr("Attribution"),
            Decision.ATTRIBUTION_RANG: self.tr("Classement, rang {rank}"),
            Decision.ATTRIBUTION_CONDITION_SUSPENSIVE: self.tr("Sous condition suspensive"),
            Decision.NON_ATTRIBUTION: self.tr("Non-attribution"),
            Decision.IRRECEVABILITE: self.tr("Irrecevabilité"),
        }
        return texts[c.decision].format(rank=c.rank or "?")

    def _fill_review(self, item: AgendaItemView, changed: bool) -> None:
        self.review_info.setText(
            self.tr(
                "<b>{tenant}</b><br>{address} {postcode} {commune} — {type}<br>Motif : {ground}"
            ).format(
                tenant=item.household_name,
                address=item.address,
                postcode=item.postcode,
                commune=item.commune,
                type=item.dwelling_type or "?",
                ground=m(item.ground.label) if item.ground else "?",
            )
        )
        if changed:
            self.finding.setPlainText(item.finding)
            self.suitable.setPlainText(item.suitable_dwelling)
            self.advice.setPlainText(item.advice)
            self.finding_row.set_error(None)
        if item.finding_recorded_at:
            self.finding_recorded.setText(
                self.tr("Avis enregistré le {date} par {user}.").format(
                    date=format_datetime_fr(item.finding_recorded_at), user=item.finding_recorded_by
                )
            )
        else:
            self.finding_recorded.clear()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.form.set_editable(editable)
        for w in (self.finding, self.suitable, self.advice):
            w.setReadOnly(not editable)
        self._buttons()

    def _buttons(self) -> None:
        editable = getattr(self, "_editable", False)
        item = self.current_item()
        has_item = item is not None
        for b in (self.add_button,):
            b.setEnabled(editable)
        self.occupation_button.setEnabled(editable and self.win.actor.can(Permission.TENANT_READ))
        for b in (self.up_button, self.down_button, self.remove_button):
            b.setEnabled(editable and has_item)
        for b in (
            self.save_item_button,
            self.add_candidate_button,
            self.edit_candidate_button,
            self.remove_candidate_button,
            self.add_conflict_button,
            self.remove_conflict_button,
            self.save_finding_button,
        ):
            b.setEnabled(editable and has_item)
        self.fewer.setEnabled(editable and has_item)

    # ----------------------------------------------------------------- actions
    def add_dwelling(self) -> AddDwellingDialog:
        dialog = AddDwellingDialog(self.win, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._added(dialog))
        dialog.open()
        return dialog

    def _added(self, dialog: AddDwellingDialog) -> None:
        self.win.reload()
        self._select_item(dialog.saved.id)
        self._show_warnings(self.tr("Logement ajouté à l'ordre du jour."), dialog.saved)

    def _select_item(self, item_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.setCurrentRow(row)
                return

    def _show_warnings(self, text: str, saved) -> None:
        warnings = [text_of(w) for w in getattr(saved, "warnings", ())]
        self.win.show_ok(" ".join([text] + warnings))

    def occupation_reviews(self) -> OccupationDueDialog:
        dialog = OccupationDueDialog(self.win, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def move(self, step: int) -> None:
        item = self.current_item()
        if item is None:
            return
        ids = [i.id for i in self._view.items]
        index = ids.index(item.id)
        target = index + step
        if not 0 <= target < len(ids):
            return
        ids[index], ids[target] = ids[target], ids[index]
        ok, _ = self.win.call(caleol.reorder_items, self.win.session_id, ids)
        if ok:
            self.win.reload()

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        ok, _ = self.win.call(caleol.remove_item, item.id, item.version)
        if ok:
            self.win.reload()
            self.win.show_ok(self.tr("Point retiré de l'ordre du jour."))

    def save_item(self) -> bool:
        item = self.current_item()
        data = self.form.data()
        if item is None or data is None:
            return False
        ok, saved = self.win.call(caleol.update_item, item.id, data, item.version, form=self.form)
        if ok:
            self.form.dirty = False
            self.win.reload()
            self._show_warnings(self.tr("Fiche logement enregistrée."), saved)
        return ok

    def _fewer_changed(self, *_args) -> None:
        item = self.current_item()
        if item is None:
            return
        self.win.call(
            caleol.set_fewer_candidates_reason,
            item.id,
            enum_data(self.fewer, FewerCandidatesReason),
            item.version,
        )
        self.win.reload()

    def current_candidate(self) -> CandidateView | None:
        item = self.current_item()
        cid = selected_data(self.candidates)
        if item is None or cid is None:
            return None
        return next((c for c in item.candidates if c.id == cid), None)

    def add_candidate(self) -> CandidateDialog | None:
        item = self.current_item()
        if item is None:
            return None
        dialog = CandidateDialog(self.win, item.id, None, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._candidate_saved(dialog))
        dialog.open()
        return dialog

    def edit_candidate(self) -> CandidateDialog | None:
        item, c = self.current_item(), self.current_candidate()
        if item is None or c is None:
            return None
        dialog = CandidateDialog(self.win, item.id, c, self)
        if not self.win.editable:
            dialog.ok_button.setEnabled(False)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._candidate_saved(dialog))
        dialog.open()
        return dialog

    def _candidate_saved(self, dialog: CandidateDialog) -> None:
        self.win.reload()
        select_row_with(self.candidates, dialog.saved.id)
        self._show_warnings(self.tr("Candidat enregistré."), dialog.saved)

    def remove_candidate(self) -> None:
        c = self.current_candidate()
        if c is None:
            return
        ok, saved = self.win.call(caleol.remove_candidate, c.id, c.version)
        if ok:
            self.win.reload()
            self._show_warnings(self.tr("Candidature retirée de l'ordre du jour."), saved)

    def add_conflict(self) -> ConflictDialog | None:
        item = self.current_item()
        if item is None:
            return None
        dialog = ConflictDialog(self.win, item, self)
        self.dialog = dialog
        dialog.accepted.connect(self.win.reload)
        dialog.open()
        return dialog

    def remove_conflict(self) -> None:
        current = self.conflicts.currentItem()
        if current is None:
            return
        ok, _ = self.win.call(caleol.remove_conflict, current.data(Qt.ItemDataRole.UserRole))
        if ok:
            self.win.reload()

    def save_finding(self) -> bool:
        item = self.current_item()
        if item is None:
            return False
        self.finding_row.set_error(None)
        self.win.clear_messages()
        try:
            caleol.record_occupation_finding(
                self.win.db,
                self.win.actor,
                item.id,
                self.finding.toPlainText(),
                self.suitable.toPlainText(),
                self.advice.toPlainText(),
                item.version,
            )
        except UserError as exc:
            fields = getattr(exc, "fields", {})
            if "finding" in fields:
                self.finding_row.set_error(text_of(fields["finding"]))
            self.win.show_error(exc)
            return False
        self.win.reload()
        self.win.show_ok(
            self.tr("Avis de la commission enregistré (et noté au dossier du locataire).")
        )
        return True

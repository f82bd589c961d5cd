"""The dialogs and forms of a CALEOL session's agenda: the *fiche logement*, the
choice of a dwelling to add, a candidate, a conflict of interest, the occupation
reviews due (L442-5-2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.caleol import (
    FUNDINGS,
    AgendaItemKind,
    FewerCandidatesReason,
    OccupationGround,
    PriorityCriterion,
)
from desktop.domain.errors import UserError
from desktop.domain.formatting import (
    format_date_fr,
    format_decimal_fr,
)
from desktop.domain.i18n import is_singular
from desktop.domain.tenant import DWELLING_TYPES
from desktop.services import caleol
from desktop.services.caleol import (
    AgendaItemView,
    CandidateData,
    CandidateView,
    DwellingItemData,
)
from desktop.ui.caleol.widgets import (
    CIVILITIES,
    EditTracking,
    ErrorForm,
    FieldRow,
    Inputs,
    Recording,
    cell,
    enum_data,
    label,
    m,
    message_label,
    money_text,
    name_row,
    ok_cancel,
    read_only_table,
    selected_data,
    text_of,
)
from desktop.ui.widgets import add_all, fit_to_screen, line_edit, push_button
from desktop.ui.widgets.tables import grow_to_content


def item_title(item: AgendaItemView) -> str:
    """An agenda item in two short lines: its number and dwelling reference (and type),
    then its address (without a reference: the address and type on one line); an
    occupation review: its number and kind, then the tenant."""
    if item.kind is AgendaItemKind.EXAMEN_OCCUPATION:
        return f"{item.position}. {m(item.kind.label)}\n{item.household_name}"
    place = ", ".join(p for p in (item.address, item.commune) if p)
    kind = f"({item.dwelling_type or '?'})"
    if not item.reference:
        return f"{item.position}. {place} {kind}"
    return f"{item.position}. {item.reference} {kind}\n{place}"


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
            (3, 4, self.tr("Accessibilité"), "accessibility", 1),
            # a row of its own: its example whole on a laptop (a third of the row cut it)
            (4, 0, self.tr("Contingent"), "contingent", 5),
            (5, 0, self.tr("Observations"), "notes", 5),
        )
        for row, col, text, key, span in cells:
            lab = QLabel(text, self)
            grid.addWidget(lab, row, col, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.rows[key], row, col + 1, 1, span)
        grid.addWidget(self.general_error, 6, 0, 1, 6)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        self.line_edits = (
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
        )
        self._track(
            *(edit.textEdited for edit in self.line_edits),
            self.dwelling_type.activated,
            self.funding.editTextChanged,
        )

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
        for edit in self.line_edits:
            edit.setReadOnly(not editable)
        self.dwelling_type.setEnabled(editable)
        self.funding.setEnabled(editable)


class AddDwellingDialog(Recording, QDialog):
    """Put a dwelling on the agenda: find it by reference or address, or type its fiche."""

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.setObjectName("addDwellingDialog")
        self.setWindowTitle(self.tr("Ajouter un logement à l'ordre du jour"))
        fit_to_screen(self, 820, 560)
        self.win = window
        self.saved = None
        self.search = line_edit(
            self, "dwellingSearch", self.tr("Référence ou adresse d'un logement du parc")
        )
        self.search_button = push_button(self.tr("Rechercher"), self, "dwellingSearchButton")
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
        add_all(
            layout,
            QLabel(
                self.tr(
                    "Logement existant : recherchez-le pour reprendre sa "
                    "fiche ; sinon saisissez-la directement."
                ),
                self,
            ),
            row,
            self.results,
        )
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
        self._record(
            lambda: caleol.add_dwelling_item(
                self.win.db, self.win.actor, self.win.session_id, data
            ),
            self.form,
        )


# --------------------------------------------------------------------------- candidates


class CandidateDialog(Recording, ErrorForm, QDialog):
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
        self.application_date = self._line("application_date", self.tr("jj/mm/aaaa"))
        self.current_housing = self._line("current_housing")
        self.postal_address = self._text("postal_address", fixed_height=46)
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
        add_all(
            sizes,
            QLabel(self.tr("Adultes"), self),
            self.rows["adults"],
            QLabel(self.tr("Enfants"), self),
            self.rows["children"],
            1,
        )
        form.addRow(self.tr("Personnes"), sizes)
        money = QHBoxLayout()
        add_all(
            money,
            self.rows["monthly_resources"],
            QLabel(self.tr("Taux d'effort"), self),
            self.rows["effort_rate"],
            QLabel(self.tr("Reste à vivre / UC"), self),
            self.rows["remaining_income_per_unit"],
        )
        form.addRow(self.tr("Ressources mensuelles"), money)
        form.addRow(self.tr("Date de la demande"), self.rows["application_date"])
        form.addRow(self.tr("Logement actuel"), self.rows["current_housing"])
        form.addRow(self.tr("Adresse postale"), self.rows["postal_address"])
        form.addRow(self.tr("Observations"), self.rows["notes"])
        self.buttons, self.ok_button = ok_cancel(
            self, "candidateOk", self.tr("Enregistrer le candidat"), self.save
        )
        # The form scrolls on a laptop screen (1,280 × 720 at 125 %), its buttons stay.
        from desktop.ui.widgets import scrolled, vbox

        body = vbox(QWidget(self), form, self.rows["priority_criteria"])
        body.setObjectName("candidateForm")
        layout = QVBoxLayout(self)
        add_all(layout, (scrolled(body), 1), self.general_error, self.buttons)
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
        db, actor, c = self.win.db, self.win.actor, self.candidate
        if c is None:
            self._record(lambda: caleol.add_candidate(db, actor, self.item_id, data))
        else:
            self._record(lambda: caleol.update_candidate(db, actor, c.id, data, c.version))


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
        self.note = line_edit(self, "conflictNote", self.tr("ex. lien familial, voisinage"))
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
        fit_to_screen(self, 980, 520)
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
            give_way=((6, 2),),  # the grounds, the address
        )
        grow_to_content(self, self.table)  # (a large screen: the addresses whole)
        self.ground = QComboBox(self)
        self.ground.setObjectName("occupationGround")
        for g in OccupationGround:
            self.ground.addItem(m(g.label), g)
        self.note = line_edit(self, "occupationNote")
        self.info = label(self, name="occupationInfo")
        self.error = message_label(self, "occupationError")
        self.add_button = push_button(self.tr("Inscrire à l'ordre du jour"), self, "occupationAdd")
        self.add_button.clicked.connect(self.add)
        close = QPushButton(self.tr("Fermer"), self)
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._selected)
        form = QFormLayout()
        form.addRow(self.tr("Motif de l'examen"), self.ground)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        add_all(buttons, 1, self.add_button, close)
        layout = QVBoxLayout(self)
        add_all(
            layout,
            QLabel(
                self.tr(
                    "Locataires en zone tendue dont l'échéance triennale du bail approche, avec un "
                    "motif calculable depuis le dossier (CCH L442-5-2)."
                ),
                self,
            ),
            (self.table, 1),
            self.info,
            form,
            self.error,
            buttons,
        )
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
        count = len(self.rows_data)
        if not count:
            self.info.setText(self.tr("Aucun locataire à présenter pour l'instant."))
        elif is_singular(count):
            self.info.setText(self.tr("{count} locataire à présenter.").format(count=count))
        else:
            self.info.setText(self.tr("{count} locataires à présenter.").format(count=count))
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

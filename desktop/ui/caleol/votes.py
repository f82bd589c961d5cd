"""Votes and decisions of a CALEOL session: per dwelling and candidate, one vote combo
per voting member with the live tally (casting vote explained), the decision form,
the import of the remote voting tool's export, and the decision letters."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import caleol as rules
from desktop.domain.caleol import (
    AgendaItemKind,
    AttendanceMode,
    Decision,
    SessionMode,
    SessionStatus,
    Vote,
    household_counted,
)
from desktop.domain.errors import UserError
from desktop.domain.formatting import (
    format_date_fr,
    format_datetime_fr,
    format_money_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted, is_singular
from desktop.services import caleol
from desktop.services.caleol import (
    AgendaItemView,
    CandidateView,
    MemberView,
    SessionView,
)
from desktop.services.caleol.vote_import import errors_counted, imported_counted
from desktop.services.tabular import lines_read_counted
from desktop.ui.caleol.widgets import (
    ERROR_STYLE,
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
    ok_cancel,
    read_only_table,
    text_of,
)
from desktop.ui.widgets import (
    ElidedLabel,
    add_all,
    open_dialog,
    push_button,
    remember_split,
    scrolled,
    split,
    vbox,
)
from desktop.ui.widgets.choices import refill
from desktop.ui.widgets.tables import grow_to_content, set_rows


def letters_available() -> bool:
    """Whether the decision letters service (``caleol.letters``) is installed."""
    return importlib.util.find_spec("desktop.services.caleol.letters") is not None


# --------------------------------------------------------------------------- decision form


class DecisionForm(EditTracking, ErrorForm, QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: dict[str, FieldRow] = {}
        self.decision = QComboBox(self)
        self.decision.addItem(self.tr("— choisir —"), None)
        for d in Decision:
            self.decision.addItem(m(d.label), d)
        self._row("decision", self.decision)
        self.rank = QSpinBox(self)
        self.rank.setRange(0, rules.MAX_RANK)
        self.rank.setSpecialValueText(self.tr("—"))
        self._row("rank", self.rank)
        self.condition_document = self._line(
            "condition_document", self.tr("Pièce manquante (liste de l'arrêté R441-2-4-1)")
        )
        self.condition_deadline = self._line("condition_deadline", self.tr("jj/mm/aaaa"))
        self.reason = self._text(
            "reason",
            self.tr("Motif (obligatoire pour une non-attribution ou une irrecevabilité)"),
            fixed_height=54,
        )
        self.general_error = message_label(self, "decisionError")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        # beside the votes on a laptop: the label over its field when both do not fit,
        # the example whole
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.condition_document.setMinimumWidth(self.condition_document.sizeHint().width())
        form.addRow(self.tr("Décision"), self.rows["decision"])
        form.addRow(self.tr("Rang"), self.rows["rank"])
        form.addRow(self.tr("Pièce manquante"), self.rows["condition_document"])
        form.addRow(self.tr("Date limite"), self.rows["condition_deadline"])
        form.addRow(self.tr("Motif"), self.rows["reason"])
        form.addRow(self.general_error)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._track(
            self.decision.activated,
            self.rank.valueChanged,
            self.condition_document.textEdited,
            self.condition_deadline.textEdited,
            self.reason.textChanged,
        )
        self._editable = True
        self._decision_changed()

    def _decision_changed(self, *_args) -> None:
        d = enum_data(self.decision, Decision)
        self.rank.setEnabled(self._editable and d is Decision.ATTRIBUTION_RANG)
        condition = d is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE
        self.condition_document.setEnabled(self._editable and condition)
        self.condition_deadline.setEnabled(self._editable and condition)

    def set_candidate(self, c: CandidateView | None) -> None:
        with self.filling():
            self.decision.setCurrentIndex(max(0, self.decision.findData(c.decision if c else None)))
            self.rank.setValue(c.rank or 0 if c else 0)
            self.condition_document.setText(c.condition_document if c else "")
            self.condition_deadline.setText(format_date_fr(c.condition_deadline) if c else "")
            self.reason.setPlainText(c.reason if c else "")
        self.clear_errors()
        self._decision_changed()

    def values(self) -> dict | None:
        self.clear_errors()
        read = Inputs()
        decision = enum_data(self.decision, Decision)
        if decision is None:
            read.errors["decision"] = self.tr("Choisissez la décision de la commission.")
        deadline = (
            read.date("condition_deadline", self.condition_deadline.text())
            if decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE
            else None
        )
        if read.errors:
            self.show_errors(read.errors)
            return None
        return {
            "decision": decision,
            "rank": self.rank.value() or None if decision is Decision.ATTRIBUTION_RANG else None,
            "condition_document": self.condition_document.text()
            if decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE
            else None,
            "condition_deadline": deadline,
            "reason": self.reason.toPlainText(),
        }

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.decision.setEnabled(editable)
        self.reason.setReadOnly(not editable)
        self._decision_changed()


# --------------------------------------------------------------------------- import report


class VoteImportDialog(QDialog):
    """The dry run of a vote import: what would be recorded, or why nothing can be."""

    def __init__(self, report: caleol.VoteImportReport, parent=None):
        super().__init__(parent)
        self.setObjectName("voteImportDialog")
        self.setWindowTitle(self.tr("Import des votes — vérification"))
        self.resize(900, 520)
        self.report = report
        summary = label(self, name="importSummary")
        if report.ok:
            summary.setText(
                self.tr("« {name} » : {lines}, {count}. Vérifiez puis confirmez l'import.").format(
                    name=report.source,
                    lines=text_of(lines_read_counted(report.lines)),
                    count=text_of(
                        counted(
                            len(report.accepted),
                            QT_TRANSLATE_NOOP("messages", "{n} vote prêt à être enregistré"),
                            QT_TRANSLATE_NOOP("messages", "{n} votes prêts à être enregistrés"),
                        )
                    ),
                )
            )
            summary.setStyleSheet(OK_STYLE)
        else:
            summary.setText(
                self.tr(
                    "« {name} » : {count}. Rien ne sera importé tant que le fichier n'est "
                    "pas corrigé."
                ).format(name=report.source, count=text_of(errors_counted(len(report.errors))))
            )
            summary.setStyleSheet(ERROR_STYLE)
        self.table = read_only_table(
            self,
            "importedVotes",
            [
                self.tr("Ligne"),
                self.tr("Membre"),
                self.tr("Logement"),
                self.tr("N° unique"),
                self.tr("Candidat"),
                self.tr("Vote"),
                self.tr("Horodatage"),
            ],
        )
        grow_to_content(self, self.table)  # (a large screen: names whole)
        set_rows(
            self.table,
            [
                (
                    cell(str(v.line), v.line, right=True),
                    v.member_name,
                    v.reference,
                    v.numero_unique,
                    v.candidate_name,
                    m(v.vote.label),
                    format_datetime_fr(v.voted_at),
                )
                for v in report.accepted
            ],
        )
        self.errors = QPlainTextEdit(self)
        self.errors.setObjectName("importErrors")
        self.errors.setReadOnly(True)
        self.errors.setPlainText("\n".join(report.error_lines()))
        self.errors.setVisible(bool(report.errors))
        self.errors.setStyleSheet(ERROR_STYLE)
        buttons, self.confirm = ok_cancel(
            self,
            "confirmImport",
            (
                self.tr("Importer {count} vote")
                if is_singular(len(report.accepted))
                else self.tr("Importer {count} votes")
            ).format(count=len(report.accepted)),
        )
        self.confirm.setEnabled(report.ok and bool(report.accepted))
        layout = QVBoxLayout(self)
        add_all(layout, summary, (self.table, 1), self.errors, buttons)


# --------------------------------------------------------------------------- the tab


def _votes_and_decision(splitter) -> list[int]:
    """The votes a little more than half the width (a member's name, his vote, his
    role), the decision the rest, never less than it needs (its examples whole)."""
    room = splitter.width() - splitter.handleWidth()
    decision = max(room * 44 // 100, splitter.widget(1).minimumSizeHint().width())
    return [room - decision, decision]


class VotesTab(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.win = window
        self._view: SessionView | None = None
        self._grid_key: tuple | None = None
        self._shown_candidate: int | None = None
        self._editable = False
        self.dialog: QDialog | None = None
        self.vote_combos: dict[int, QComboBox] = {}

        self.dwelling = QComboBox(self)
        self.dwelling.setObjectName("voteDwelling")
        self.dwelling.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.import_button = push_button(
            self.tr("Importer les votes…"),
            self,
            "importVotes",
            tooltip=self.tr(
                "Export de l'outil de vote à distance (CSV ou Excel) : membre, logement, numéro "
                "unique, vote, horodatage. Vérification complète avant tout enregistrement."
            ),
        )
        self.letters_button = push_button(
            self.tr("Courriers de décision…"), self, "decisionLetters"
        )
        self.letters_button.setVisible(letters_available())
        self.hint = message_label(self, "voteHint", WARNING_STYLE)

        self.candidates = QListWidget(self)
        self.candidates.setObjectName("voteCandidates")
        self.candidates.setWordWrap(True)
        self.summary = label(self, name="candidateSummary")
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setMinimumHeight(3 * self.fontMetrics().lineSpacing())  # (a laptop)
        self.tally = label(self, name="tallyLabel")
        votes_box = QGroupBox(self.tr("Votes sur la proposition d'attribution"), self)
        votes_layout = QVBoxLayout(votes_box)
        votes_layout.addWidget(scroll, 1)
        votes_layout.addWidget(self.tally)

        self.form = DecisionForm(self)
        self.save_button = push_button(self.tr("Enregistrer la décision"), self, "saveDecision")
        self.clear_button = push_button(self.tr("Annuler la décision"), self, "clearDecision")
        self.decision_message = message_label(self, "decisionMessage", WARNING_STYLE)
        decision_box = QGroupBox(self.tr("Décision de la commission (R441-3)"), self)
        decision_layout = QVBoxLayout(decision_box)
        # the form scrolls above its buttons: on a laptop at 125 % (1,024 × 576) the
        # tab fits the session window, « Enregistrer la décision » in sight
        form_area = scrolled(self.form, whole_width=True)
        decision_layout.addWidget(form_area, 1)
        decision_layout.addWidget(self.decision_message)
        buttons = QHBoxLayout()
        add_all(buttons, 1, self.clear_button, self.save_button)
        decision_layout.addLayout(buttons)

        # the votes beside the decision, each the tab's whole height (on a laptop, one
        # above the other left room for a member and a half), the split kept
        self.decision_split = split(self, (votes_box, 3), (decision_box, 2))
        self.decision_split.setObjectName("votesSplitter")
        self.decision_split.setChildrenCollapsible(False)
        remember_split(self.decision_split, "caleol_vote_panes", fit=_votes_and_decision)
        right = vbox(QWidget(self), self.summary, (self.decision_split, 1))
        splitter = split(self, self.candidates, (right, 1), sizes=[200, 1000])

        top = QHBoxLayout()
        add_all(
            top,
            QLabel(self.tr("Logement :"), self),
            (self.dwelling, 1),
            self.import_button,
            self.letters_button,
        )
        layout = QVBoxLayout(self)
        add_all(layout, top, self.hint, (splitter, 1))

        self.dwelling.currentIndexChanged.connect(self._dwelling_changed)
        self.candidates.currentRowChanged.connect(self._candidate_changed)
        self.save_button.clicked.connect(self.save_decision)
        self.clear_button.clicked.connect(self.clear_decision)
        self.import_button.clicked.connect(self.import_votes)
        self.letters_button.clicked.connect(self.decision_letters)

    # ----------------------------------------------------------------- current
    def current_item(self) -> AgendaItemView | None:
        if self._view is None:
            return None
        item_id = self.dwelling.currentData()
        return next((i for i in self._view.items if i.id == item_id), None)

    def current_candidate(self) -> CandidateView | None:
        item = self.current_item()
        row = self.candidates.currentItem()
        if item is None or row is None:
            return None
        cid = row.data(Qt.ItemDataRole.UserRole)
        return next((c for c in item.candidates if c.id == cid), None)

    def select(self, item_id: int, candidate_index: int = 0) -> None:
        """Show a dwelling and one of its candidates (by position)."""
        self.dwelling.setCurrentIndex(self.dwelling.findData(item_id))
        self.candidates.setCurrentRow(candidate_index)

    # ----------------------------------------------------------------- loading
    def load(self, v: SessionView) -> None:
        self._view = v
        choices = []
        for item in v.items:
            if item.kind is AgendaItemKind.ATTRIBUTION:
                place = ", ".join(p for p in (item.address, item.commune) if p)
                choices.append((f"{item.position}. {item.reference} — {place}", item.id))
        refill(self.dwelling, choices)
        self._fill_candidates()
        self.hint.setText(self._session_problem(v) or "")
        self.hint.setVisible(bool(self.hint.text()))

    def _session_problem(self, v: SessionView) -> str | None:
        if v.locked:
            return self.tr(
                "Séance verrouillée par son procès-verbal signé : votes et décisions "
                "ne peuvent plus changer."
            )
        if v.status is not SessionStatus.OPEN:
            return self.tr(
                "La séance n'est pas ouverte (état : {status}) : ouvrez-la dans "
                "l'onglet Séance pour enregistrer votes et décisions."
            ).format(status=m(v.status.label))
        if not v.quorum.reached:
            return self.tr(
                "Le quorum n'est pas atteint : votes et décisions sont bloqués "
                "(voir l'onglet Présences)."
            )
        if v.mode is SessionMode.ECRITE and (v.vote_opens_at is None or v.vote_closes_at is None):
            return self.tr("La fenêtre de vote de la séance écrite n'est pas définie.")
        return None

    def _dwelling_changed(self, *_args) -> None:
        self._fill_candidates()

    def _fill_candidates(self) -> None:
        item = self.current_item()
        keep = self.candidates.currentItem()
        keep_id = keep.data(Qt.ItemDataRole.UserRole) if keep is not None else None
        self.candidates.blockSignals(True)
        self.candidates.clear()
        row = 0
        for i, c in enumerate(item.candidates if item else ()):
            decision = m(c.decision.label) if c.decision else self.tr("pas encore de décision")
            if c.rank:
                decision += self.tr(" (rang {rank})").format(rank=c.rank)
            w = QListWidgetItem(f"{c.full_name}\n    {decision}", self.candidates)
            w.setData(Qt.ItemDataRole.UserRole, c.id)
            if c.id == keep_id:
                row = i
        if self.candidates.count():
            self.candidates.setCurrentRow(row)
        self.candidates.blockSignals(False)
        self._show_candidate()

    def _candidate_changed(self, *_args) -> None:
        self._show_candidate()

    def _show_candidate(self) -> None:
        item, c = self.current_item(), self.current_candidate()
        changed = (c.id if c else None) != self._shown_candidate
        self._shown_candidate = c.id if c else None
        if c is None:
            self.summary.setText(
                self.tr("Aucun candidat pour ce logement.")
                if item
                else self.tr("Aucun logement à l'ordre du jour.")
            )
            self._build_grid(None, None)
            self.tally.clear()
            self.form.set_candidate(None)
            self._buttons()
            return
        criteria = ", ".join(m(p.label) for p in c.priority_criteria)
        self.summary.setText(
            self.tr(
                "<b>{name}</b> — n° unique {numero}<br>{household} ; ressources {resources} ; taux "
                "d'effort {effort} ; reste à vivre {rest} / UC{criteria}"
            ).format(
                name=c.full_name,
                numero=c.numero_unique,
                household=c.household_composition
                or text_of(household_counted(c.adults, c.children)),
                resources=format_money_fr(c.monthly_resources) or "?",
                effort=f"{c.effort_rate} %".replace(".", ",") if c.effort_rate is not None else "?",
                rest=format_money_fr(c.remaining_income_per_unit) or "?",
                criteria=("<br>" + self.tr("Priorité : {list}").format(list=criteria))
                if criteria
                else "",
            )
        )
        key = (c.id, tuple(mv.id for mv in self._view.members))
        if key != self._grid_key:
            self._build_grid(item, c)
        self._fill_grid(item, c)
        self._fill_tally(c)
        if changed or not self.form.dirty:
            self.form.set_candidate(c)
            self.decision_message.hide()
        self._buttons()

    # ----------------------------------------------------------------- vote grid
    def _voters(self) -> list[MemberView]:
        return [mv for mv in self._view.members if mv.voting]

    def _build_grid(self, item, c) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        self.vote_combos.clear()
        self._grid_key = None
        if c is None:
            return
        self._grid_key = (c.id, tuple(mv.id for mv in self._view.members))
        self.grid.addWidget(QLabel(self.tr("<b>Membre</b>"), self.grid_host), 0, 0)
        self.grid.addWidget(QLabel(self.tr("<b>Vote</b>"), self.grid_host), 0, 1)
        self.grid.addWidget(QLabel(self.tr("<b>Qualité</b>"), self.grid_host), 0, 2)
        for row, mv in enumerate(self._voters(), start=1):
            name = QLabel(mv.full_name, self.grid_host)
            role = ElidedLabel(m(mv.role.label), self.grid_host)  # (gives way to the vote)
            role.setStyleSheet("color: #555;")
            combo = QComboBox(self.grid_host)
            combo.setObjectName(f"vote_{mv.id}")
            combo.addItem(self.tr("—"), None)
            for vote in Vote:
                combo.addItem(m(vote.label), vote)
            combo.setMinimumWidth(130)
            combo.currentIndexChanged.connect(lambda _i, mid=mv.id: self._vote_changed(mid))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.grid.addWidget(role, row, 2)
            self.vote_combos[mv.id] = combo
        self.grid.setRowStretch(len(self._voters()) + 1, 1)

    def vote_problem(self, item: AgendaItemView, c: CandidateView, mv: MemberView) -> str | None:
        """Why this member cannot vote on this candidate (the rules the service applies)."""
        problem = rules.vote_scope_problem(mv.role, mv.commune, item.commune, mv.full_name)
        if problem is not None:
            return text_of(problem)
        if any(x.member_id == mv.id and x.candidate_id in (None, c.id) for x in item.conflicts):
            return self.tr(
                "{name} a déclaré un conflit d'intérêts sur ce point : il ne prend "
                "pas part au vote."
            ).format(name=mv.full_name)
        v = self._view
        attendance = {a.member_id: a for a in v.attendances}
        if mv.substitute_of_id is not None and v.member(mv.substitute_of_id) is not None:
            titular = attendance.get(mv.substitute_of_id)
            if titular is None or titular.stand_in_id != mv.id:
                return self.tr(
                    "{name} est suppléant : il ne vote qu'en l'absence du titulaire "
                    "et s'il participe à la séance."
                ).format(name=mv.full_name)
            return None
        a = attendance.get(mv.id)
        taking_part = a is not None and a.mode in (AttendanceMode.PRESENT, AttendanceMode.DISTANCE)
        if not taking_part and mv.id not in v.quorum.accepted_proxies:
            return self.tr(
                "{name} ne participe pas à la séance (ni présent, ni à distance, ni "
                "représenté par un pouvoir valable)."
            ).format(name=mv.full_name)
        return None

    def _fill_grid(self, item, c) -> None:
        votes = {x.member_id: x for x in c.votes}
        blocked = self._session_problem(self._view) is not None or not self._editable
        proxies = {p.giver_id: p for p in self._view.proxies if p.accepted}
        for mv in self._voters():
            combo = self.vote_combos.get(mv.id)
            if combo is None:
                continue
            x = votes.get(mv.id)
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(x.vote if x else None))
            combo.blockSignals(False)
            problem = self.vote_problem(item, c, mv)
            combo.setEnabled(not blocked and problem is None)
            tips = []
            if problem:
                tips.append(problem)
            if mv.id in proxies:
                tips.append(
                    self.tr("Vote exprimé par {holder} (pouvoir).").format(
                        holder=proxies[mv.id].holder_name
                    )
                )
            if x is not None:
                tips.append(
                    self.tr("Enregistré le {at} ({channel}) par {user}.").format(
                        at=format_datetime_fr(x.voted_at),
                        channel=m(x.channel.label),
                        user=x.recorded_by,
                    )
                )
            combo.setToolTip("\n".join(tips))

    def _fill_tally(self, c: CandidateView) -> None:
        t = c.tally
        if t is None:
            self.tally.setText(self.tr("Aucun vote enregistré."))
            self.tally.setStyleSheet("")
            return
        lines = [
            self.tr(
                "Pour : {pour} — Contre : {contre} — Abstention : {abst} → <b>{outcome}</b>"
            ).format(pour=t.pour, contre=t.contre, abst=t.abstention, outcome=m(t.outcome.label))
        ]
        lines += [text_of(x) for x in t.explanations]
        self.tally.setText("<br>".join(lines))
        self.tally.setStyleSheet(OK_STYLE if t.outcome.adopted else WARNING_STYLE)

    def _vote_changed(self, member_id: int) -> None:
        c = self.current_candidate()
        if c is None:
            return
        value = enum_data(self.vote_combos[member_id], Vote)
        existing = next((x for x in c.votes if x.member_id == member_id), None)
        if value is None:
            if existing is not None:
                self.win.call(caleol.remove_vote, existing.id)
        elif existing is None or existing.vote is not value:
            self.win.call(caleol.record_vote, c.id, member_id, value)
        self.win.reload()

    def set_vote(self, member_id: int, vote: Vote | None) -> None:
        """Choose ``vote`` in the member's combo (as the keyboard or the mouse would)."""
        combo = self.vote_combos[member_id]
        combo.setCurrentIndex(combo.findData(vote))

    # ----------------------------------------------------------------- decisions
    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.form.set_editable(editable)
        item, c = self.current_item(), self.current_candidate()
        if c is not None:
            self._fill_grid(item, c)
        self._buttons()

    def _buttons(self) -> None:
        c = self.current_candidate()
        open_ = self._view is not None and self._session_problem(self._view) is None
        self.save_button.setEnabled(self._editable and open_ and c is not None)
        self.clear_button.setEnabled(
            self._editable and open_ and c is not None and c.decision is not None
        )
        self.import_button.setEnabled(self._editable and open_)
        self.letters_button.setEnabled(
            self._view is not None
            and any(c.decision for i in self._view.items for c in i.candidates)
        )

    def save_decision(self) -> bool:
        c = self.current_candidate()
        values = self.form.values()
        if c is None or values is None:
            return False
        ok, saved = self.win.call(
            caleol.decide,
            c.id,
            values["decision"],
            rank=values["rank"],
            condition_document=values["condition_document"],
            condition_deadline=values["condition_deadline"],
            reason=values["reason"],
            expected_version=c.version,
            form=self.form,
        )
        if not ok:
            return False
        self.form.dirty = False
        self.win.reload()
        self.win.show_ok(self.tr("Décision enregistrée pour {name}.").format(name=c.full_name))
        warnings = [text_of(w) for w in saved.warnings]
        self.decision_message.setText("\n".join(warnings))
        self.decision_message.setVisible(bool(warnings))
        return True

    def clear_decision(self) -> None:
        c = self.current_candidate()
        if c is None:
            return
        ok, _ = self.win.call(caleol.clear_decision, c.id, c.version)
        if ok:
            self.form.dirty = False
            self.win.reload()
            self.form.set_candidate(self.current_candidate())
            self.win.show_ok(self.tr("Décision annulée."))

    # ----------------------------------------------------------------- import
    def import_votes(self) -> VoteImportDialog | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Importer les votes de l'outil de vote"),
            "",
            self.tr("Export de vote (*.csv *.txt *.xlsx *.xlsm);;Tous les fichiers (*)"),
        )
        if not path:
            return None
        ok, report = self.win.call(caleol.import_votes, self.win.session_id, path, dry_run=True)
        if not ok:
            return None
        return open_dialog(
            self, VoteImportDialog(report, self), lambda _: self._import_confirmed(path)
        )

    def _import_confirmed(self, path: str) -> None:
        self.win.clear_messages()
        try:
            report = caleol.import_votes(self.win.db, self.win.actor, self.win.session_id, path)
        except caleol.VoteImportError as exc:
            self.win.show_error(text_of(exc.message) + "\n" + "\n".join(exc.report.error_lines()))
            self.win.reload()
            return
        except UserError as exc:
            self.win.show_error(exc)
            return
        self.win.reload()
        self.win.show_ok(
            self.tr("{count} de « {name} ».").format(
                count=text_of(imported_counted(report.imported)), name=report.source
            )
        )

    # ----------------------------------------------------------------- letters
    def decision_letters(self):
        from desktop.ui.caleol.letters_dialog import DecisionLettersDialog

        return open_dialog(self, DecisionLettersDialog(self.win, self))

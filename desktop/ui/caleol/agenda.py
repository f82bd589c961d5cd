"""The agenda tab of a CALEOL session: dwellings (their *fiche logement* and candidates,
conflicts of interest) and occupation reviews (L442-5-2); the dialogs are in
``agenda_dialogs``."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.caleol import (
    AgendaItemKind,
    FewerCandidatesReason,
    candidates_counted,
    household_counted,
)
from desktop.domain.cotation import format_points
from desktop.domain.errors import UserError
from desktop.domain.formatting import (
    format_datetime_fr,
    format_decimal_fr,
    format_money_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted
from desktop.domain.roles import Permission
from desktop.services import attribution, caleol, cotation
from desktop.services.caleol import (
    AgendaItemView,
    CandidateView,
    SessionView,
)
from desktop.ui.caleol.agenda_dialogs import (
    AddDwellingDialog,
    CandidateDialog,
    ConflictDialog,
    DwellingForm,
    OccupationDueDialog,
    item_title,
)
from desktop.ui.caleol.widgets import (
    OK_STYLE,
    WARNING_STYLE,
    FieldRow,
    cell,
    enum_data,
    label,
    m,
    message_label,
    read_only_table,
    select_row_with,
    selected_data,
    short_decision,
    text_of,
)
from desktop.ui.i18n import translate, translate_message
from desktop.ui.widgets import (
    add_all,
    open_dialog,
    open_rows,
    push_button,
    remember_split,
    scrolled,
    split,
    vbox,
)
from desktop.ui.widgets.form import form_group

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

#: the width the candidates' page asks before the agenda list has 300 px
CANDIDATES_WIDTH = 820

#: the colour of a score that differs from the register's, of a target that drops
WARN_COLOUR = QColor("#b3261e")


def _html(text: str) -> str:
    return html.escape(text).replace("  ", "&nbsp;&nbsp;")


class _ElidedLines(QStyledItemDelegate):
    """Each line of an item on its own line, cut short with "…" when it is wider than
    the list (Qt's style draws the lines that fit the item's width and height, and the
    last one elided with the rest of the text after it)."""

    def paint(self, painter, option, index) -> None:
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        lines = option.text.splitlines()  # (Qt has made each "\n" a line separator)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = option.rect.adjusted(margin, 0, -margin, 0)
        metrics = option.fontMetrics
        if option.state & QStyle.StateFlag.State_Selected:
            colour = option.palette.color(QPalette.ColorRole.HighlightedText)
        else:
            brush = index.data(Qt.ItemDataRole.ForegroundRole)
            colour = (
                QBrush(brush).color()
                if brush is not None
                else option.palette.color(QPalette.ColorRole.Text)
            )
        painter.save()
        painter.setFont(option.font)
        painter.setPen(colour)
        top = area.top() + (area.height() - len(lines) * metrics.lineSpacing()) // 2
        for number, line in enumerate(lines):
            painter.drawText(
                QRect(
                    area.left(),
                    top + number * metrics.lineSpacing(),
                    area.width(),
                    metrics.lineSpacing(),
                ),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, area.width()),
            )
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        # as high as its lines and a little air, no wider than the list: never a
        # sideways scroll bar
        hint = super().sizeHint(option, index)
        return QSize(min(hint.width(), option.rect.width() or hint.width()), hint.height() + 6)


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
        # one line each for the number and reference, the address and the count, cut
        # short ("…") rather than wrapped in the narrow list of a laptop; the tooltip
        # has them whole
        self.list.setItemDelegate(_ElidedLines(self.list))
        self.list.setAlternatingRowColors(True)
        self.add_button = push_button(self.tr("Ajouter un logement…"), self, "addDwelling")
        self.occupation_button = push_button(
            self.tr("Examens de l'occupation…"), self, "occupationDue"
        )
        self.up_button = push_button(self.tr("Monter"), self, "moveItemUp")
        self.down_button = push_button(self.tr("Descendre"), self, "moveItemDown")
        self.remove_button = push_button(self.tr("Retirer"), self, "removeItem")
        grid = QGridLayout()
        grid.addWidget(self.add_button, 0, 0, 1, 2)
        grid.addWidget(self.occupation_button, 1, 0, 1, 2)
        grid.addWidget(self.up_button, 2, 0)
        grid.addWidget(self.down_button, 2, 1)
        grid.addWidget(self.remove_button, 3, 0, 1, 2)
        left = QWidget(self)
        vbox(left, QLabel(self.tr("<b>Ordre du jour</b>"), left), (self.list, 1), grid)

        # right: one item
        self.stack = QStackedWidget(self)
        self.empty = QLabel(
            self.tr("Ajoutez un logement à l'ordre du jour, ou un examen de l'occupation."), self
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        add_all(self.stack, self.empty, self._dwelling_page(), self._review_page())

        self.splitter = split(self, left, (self.stack, 1), sizes=[300, 900])
        self._split_by_user = False  # until the user moves it, the split follows the width
        self.splitter.splitterMoved.connect(self._split_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # (the tab's frame is its margin)
        layout.addWidget(self.splitter)

        self.list.currentRowChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_dwelling)
        self.occupation_button.clicked.connect(self.occupation_reviews)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove_item)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._split_by_user:
            self._share_split()

    def _split_moved(self, *_args) -> None:
        self._split_by_user = True

    def _share_split(self) -> None:
        """The dwelling and its candidates first (their ten columns need about
        ``CANDIDATES_WIDTH``), the agenda list the rest, between its buttons' width and
        300 px: on a laptop at 125 % the register number and the candidate's name are
        whole, the list wrapping its lines instead."""
        total = self.splitter.width() - self.splitter.handleWidth()
        least = self.splitter.widget(0).minimumSizeHint().width()
        left = max(least, min(300, total - CANDIDATES_WIDTH))
        blocked = self.splitter.blockSignals(True)
        self.splitter.setSizes([left, max(total - left, 0)])
        self.splitter.blockSignals(blocked)

    def _dwelling_page(self) -> QWidget:
        page = QWidget(self)
        self.form = DwellingForm(page)
        self.save_item_button = push_button(self.tr("Enregistrer la fiche"), page, "saveItem")
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
            # free texts first, then the short words that have their tooltip: the
            # register number, the name, the amounts and the rates stay whole
            give_way=((CAND_HOUSEHOLD, CAND_PRIORITY), CAND_TARGETS, CAND_DECISION),
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
                    "de l'EPCI pour l'année ; ⚠ : un objectif baisserait ; ✓ : aucun ne "
                    "baisserait"
                ),
            ),
        ):
            self.candidates.horizontalHeaderItem(column).setToolTip(tip)
        open_rows(self.candidates, self.edit_candidate)
        self.add_candidate_button = push_button(
            self.tr("Ajouter un candidat…"), page, "addCandidate"
        )
        self.edit_candidate_button = push_button(self.tr("Modifier…"), page, "editCandidate")
        self.remove_candidate_button = push_button(
            self.tr("Retirer le candidat"), page, "removeCandidate"
        )
        self.add_candidate_button.clicked.connect(self.add_candidate)
        self.edit_candidate_button.clicked.connect(self.edit_candidate)
        self.remove_candidate_button.clicked.connect(self.remove_candidate)
        self.conflicts = QListWidget(page)
        self.conflicts.setObjectName("conflictsList")
        self.conflicts.setMaximumHeight(70)
        self.add_conflict_button = push_button(
            self.tr("Déclarer un conflit d'intérêts…"), page, "addConflict"
        )
        self.remove_conflict_button = push_button(
            self.tr("Supprimer le conflit"), page, "removeConflict"
        )
        self.add_conflict_button.clicked.connect(self.add_conflict)
        self.remove_conflict_button.clicked.connect(self.remove_conflict)

        fiche = QGroupBox(self.tr("Fiche logement"), page)
        fiche_layout = QVBoxLayout(fiche)
        fiche_layout.addWidget(self.form)
        cands = QGroupBox(self.tr("Candidats"), page)
        cands_layout = QVBoxLayout(cands)
        for box in (fiche_layout, cands_layout):  # (the ten columns' room on a laptop)
            margins = box.contentsMargins()
            box.setContentsMargins(4, margins.top(), 4, margins.bottom())
        fewer_row = QHBoxLayout()
        fewer_row.addWidget(QLabel(self.tr("Moins de 3 candidats, motif :"), cands))
        fewer_row.addWidget(self.fewer, 1)
        add_all(cands_layout, fewer_row, self.item_warnings, (self.candidates, 1))
        # three candidates and the header stay readable with the score detail below
        self.candidates.setMinimumHeight(130)
        buttons = QHBoxLayout()
        add_all(
            buttons,
            self.add_candidate_button,
            self.edit_candidate_button,
            self.remove_candidate_button,
            1,
        )
        cands_layout.addLayout(buttons)  # (right under the table: in sight with it)
        self.cotation_detail = label(page, name="cotationDetail")
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
        conflicts = QGroupBox(self.tr("Conflits d'intérêts"), page)
        conflict_buttons = vbox(
            QWidget(conflicts), self.add_conflict_button, self.remove_conflict_button, 1
        )
        conflicts_layout = QHBoxLayout(conflicts)
        add_all(conflicts_layout, (self.conflicts, 1), conflict_buttons)
        # The dwelling's sheet and its conflicts of interest (scrolling) above its
        # candidates, the user moving the split (kept): on a laptop at 125 % (1,024 ×
        # 576) the session window no longer scrolls as a whole, the agenda's and the
        # candidates' buttons in sight beside the list, the ten columns whole.
        self.fiche_area = scrolled(vbox(QWidget(page), fiche, conflicts))
        save_row = QHBoxLayout()  # (under the sheet's scroll area: always in sight)
        add_all(save_row, 1, self.save_item_button)
        top = vbox(QWidget(page), (self.fiche_area, 1), save_row)
        self.cotation_scroll.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 10)
        self.page_split = split(page, (top, 2), (cands, 3), vertical=True)
        self.page_split.setObjectName("dwellingSplitter")
        self.page_split.setChildrenCollapsible(False)
        remember_split(self.page_split, "caleol_agenda", self._fit_sheet)
        return vbox(page, (self.page_split, 1))

    @staticmethod
    def _fit_sheet(splitter) -> list[int]:
        """The candidates their minimum (three rows, their buttons, the score's detail),
        more once the sheet above has all it asks: on a larger screen the sheet whole."""
        total = sum(splitter.sizes())
        sheet = splitter.widget(0).sizeHint().height()
        candidates = max(splitter.widget(1).minimumSizeHint().height(), total - sheet)
        return [max(total - candidates, 0), candidates]

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
        self.save_finding_button = push_button(
            self.tr("Enregistrer l'avis de la commission"), page, "saveFinding"
        )
        self.save_finding_button.clicked.connect(self.save_finding)
        self.finding_recorded = QLabel(page)
        self.finding_recorded.setObjectName("findingRecorded")
        self.finding_recorded.setStyleSheet(OK_STYLE)
        box, form = form_group(self.tr("Examen de l'occupation du logement (CCH L442-5-2)"), page)
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
            self._scores = {  # a candidate never scored reads « pas encore calculée »
                k: s
                for k, s in cotation.session_scores(self.win.db, actor, v.id).items()
                if s.scored
            }
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
                text += "\n" + self.count_line(item)
            w = QListWidgetItem(text, self.list)
            w.setData(Qt.ItemDataRole.UserRole, item.id)
            warnings = [text_of(x) for x in item.warnings] + self.target_warnings(item)
            w.setToolTip("\n".join([text, *warnings]))
            if warnings:
                w.setForeground(Qt.GlobalColor.darkYellow)
        row = next((i for i, item in enumerate(v.items) if item.id == keep), 0 if v.items else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show(refill=False)

    def count_line(self, item: AgendaItemView) -> str:
        """An item's candidates and decisions in a few words: the list is 175 px wide
        on a laptop at 125 %, less its scroll bar once it holds 8 items (« 3 candidats,
        aucune décision » needed 175)."""
        candidates = text_of(candidates_counted(len(item.candidates)))
        decided = sum(1 for c in item.candidates if c.decision)
        if not item.candidates:
            return candidates
        if not decided:
            return self.tr("{candidates}, à décider").format(candidates=candidates)
        return self.tr("{candidates}, {decisions}").format(
            candidates=candidates,
            decisions=text_of(
                counted(
                    decided,
                    QT_TRANSLATE_NOOP("messages", "{n} décision"),
                    QT_TRANSLATE_NOOP("messages", "{n} décisions"),
                )
            ),
        )

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
            household = c.household_composition or text_of(household_counted(c.adults, c.children))
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
                cell(decision, tooltip=self._decision_tip(c, decision)),
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
        lines = [self._score_title(v)]
        lines += ["  " + x for x in cotation.score_lines_text(v, translate)]
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

    def _score_title(self, v) -> str:
        """« Cotation : 42 points (its grid) », without the grid when none applied."""
        if not v.grid_label:  # no grid in force: the warning says why
            return self.tr("Cotation : {total}").format(total=v.total_text)
        return self.tr("Cotation : {total} ({grid})").format(total=v.total_text, grid=v.grid_label)

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
        # (« sans baisse » was cut at 1,024 px: « ✓ » says it, the tooltip in full)
        text = self.tr("⚠ baisse") if worse else self.tr("✓")
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
            lines = [self._score_title(v) + (" : " + " ; ".join(brought) if brought else "")]
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

    @staticmethod
    def _decision_tip(c: CandidateView, short: str) -> str:
        """The decision's full label, with the rank of a classement (its short text)."""
        if c.decision is None:
            return ""
        full = m(c.decision.label)
        return full if c.rank is None or short == full else f"{full} — {short}"

    @staticmethod
    def short_decision(c: CandidateView) -> str:
        """The decision in a few words, for the candidates table."""
        return short_decision(c.decision, c.rank)

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
        return open_dialog(self, AddDwellingDialog(self.win, self), self._added)

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
        return open_dialog(self, OccupationDueDialog(self.win, self))

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
        self._change(caleol.reorder_items, self.win.session_id, ids)

    def _change(self, service, *args, done: str = "") -> None:
        """Runs ``service`` through the session window (which shows a refusal); once it
        succeeded, shows the session again and says ``done`` with the service's warnings."""
        ok, saved = self.win.call(service, *args)
        if ok:
            self.win.reload()
            if done:
                self._show_warnings(done, saved)

    def remove_item(self) -> None:
        item = self.current_item()
        if item is not None:
            done = self.tr("Point retiré de l'ordre du jour.")
            self._change(caleol.remove_item, item.id, item.version, done=done)

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
        return open_dialog(
            self, CandidateDialog(self.win, item.id, None, self), self._candidate_saved
        )

    def edit_candidate(self) -> CandidateDialog | None:
        item, c = self.current_item(), self.current_candidate()
        if item is None or c is None:
            return None
        dialog = CandidateDialog(self.win, item.id, c, self)
        if not self.win.editable:
            dialog.ok_button.setEnabled(False)
        return open_dialog(self, dialog, self._candidate_saved)

    def _candidate_saved(self, dialog: CandidateDialog) -> None:
        self.win.reload()
        select_row_with(self.candidates, dialog.saved.id)
        self._show_warnings(self.tr("Candidat enregistré."), dialog.saved)

    def remove_candidate(self) -> None:
        c = self.current_candidate()
        if c is not None:
            done = self.tr("Candidature retirée de l'ordre du jour.")
            self._change(caleol.remove_candidate, c.id, c.version, done=done)

    def add_conflict(self) -> ConflictDialog | None:
        item = self.current_item()
        if item is None:
            return None
        return open_dialog(self, ConflictDialog(self.win, item, self), lambda _: self.win.reload())

    def remove_conflict(self) -> None:
        current = self.conflicts.currentItem()
        if current is not None:
            self._change(caleol.remove_conflict, current.data(Qt.ItemDataRole.UserRole))

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

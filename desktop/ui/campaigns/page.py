"""The « Campagnes d'appels » page (issue 8): vigilance call campaigns.

- « Campagnes » (``CAMPAIGN_MANAGE``): the campaigns with their status, dates, targets
  and share of situations secured; create, edit, start (after a preview of the
  target), callers, end, purge of the notes (after a preview); for the selected
  campaign its live dashboard, its call sheets and its referrals.
- « Mes appels » (``CAMPAIGN_CALL``): the caller's own call sheets, the ones due today
  first; a double-click opens the call dialog.

Thin over ``desktop.services.campaigns``.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.campaign import (
    OPEN_STATES,
    CampaignStatus,
    EscalationStep,
    PartnerType,
    TargetState,
    counts,
)
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted
from desktop.domain.roles import Permission
from desktop.services import agencies, campaigns
from desktop.services.context import Actor
from desktop.services.context import today as clock_today
from desktop.storage.db import Database
from desktop.ui.campaigns.call_dialog import (
    CallDialog,
    ReferralFollowUpDialog,
    referral_table,
    show_referrals,
)
from desktop.ui.campaigns.dashboard import CampaignDashboard
from desktop.ui.campaigns.dialogs import (
    CallersDialog,
    CampaignDialog,
    PurgeDialog,
    label,
    percent_text,
)
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import (
    OK_STYLE,
    add_all,
    line_edit,
    message_label,
    open_rows,
    page_layout,
    push_button,
    raised,
    remember_split,
    scrolled,
    split,
    vbox,
)
from desktop.ui.widgets.messages import MessageLines, confirmed
from desktop.ui.widgets.tables import (
    current_of,
    empty_text,
    plain_table,
    select_row_of,
    share_width,
)

LATE = QColor("#b3261e")
ALL = "__all__"


def _item(text, right: bool = False, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    item.setToolTip(str(text))
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _emphasise(table: QTableWidget, row: int, due: dt.date | None, today: dt.date) -> None:
    """Due today: bold; late: bold and red."""
    if due is None or due > today:
        return
    for col in range(table.columnCount()):
        item = table.item(row, col)
        if item is None:
            continue
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        if due < today:
            item.setForeground(QBrush(LATE))


def _show_targets(table: QTableWidget, rows, cells, number_column: int, today: dt.date) -> None:
    """Call sheets in ``table``, a line each (``cells(row)``: its values, the sheet's id
    kept in the first), the number column aligned right, the sheets due emphasised."""
    table.setRowCount(len(rows))
    for i, r in enumerate(rows):
        for col, value in enumerate(cells(r)):
            table.setItem(i, col, _item(value, col == number_column, r.id if col == 0 else None))
        _emphasise(table, i, r.next_call_on, today)


class _Messages(MessageLines):
    """A message line (green) and an error line (red) under a panel."""

    def _make_messages(self, parent: QWidget, prefix: str) -> None:
        self.message = message_label(parent, f"{prefix}Message", OK_STYLE)
        self.error = message_label(parent, f"{prefix}Error")


class _CampaignPanel(_Messages, QWidget):
    """A list of the campaign shown (``self.view``): its filters, its table of
    ``self.rows``, the message lines and its actions."""

    table: QTableWidget

    def __init__(self, db: Database, actor: Actor, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self._db = db
        self._actor = actor
        self.view: campaigns.CampaignView | None = None
        self.rows: list = []

    def _read(self, service, **filters) -> list:
        """The rows ``service`` lists for the campaign shown, with ``filters``: none for a
        draft (its call sheets are made at launch), nor when the service refuses (said)."""
        self.error.hide()
        if self.view is None or self.view.status == CampaignStatus.DRAFT:
            return []
        try:
            return service(self._db, self._actor, self.view.id, **filters)
        except UserError as exc:
            self._error(exc)
            return []

    def _lay_out(self, filters: QLayout, actions: QLayout) -> None:
        """The filters above the table, the message lines and the actions below."""
        layout = QVBoxLayout(self)
        add_all(layout, filters, (self.table, 1), self.message, self.error, actions)


# --------------------------------------------------------------------------- call sheets


class TargetsPanel(_CampaignPanel):
    """A campaign's call sheets, for its managers: filters, open, reassign."""

    openRequested = Signal(int)  # target id
    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(db, actor, "targetsPanel", parent)
        self._agencies = {a.id: a.code for a in agencies.list_agencies(db)}
        self.state = QComboBox(self)
        self.state.setObjectName("targetState")
        self.state.addItem(self.tr("Tous les états"), None)
        for s in TargetState:
            self.state.addItem(label(s), s.value)
        self.step = QComboBox(self)
        self.step.setObjectName("targetStep")
        self.step.addItem(self.tr("Toutes les étapes"), None)
        for s in EscalationStep:
            if s != EscalationStep.NONE:
                self.step.addItem(label(s), s.value)
        self.caller = QComboBox(self)
        self.caller.setObjectName("targetCaller")
        self.due = QCheckBox(self.tr("À faire aujourd'hui ou en retard"), self)
        self.due.setObjectName("targetDue")
        self.table = plain_table(
            self,
            "targetTable",
            [
                self.tr("Personne"),
                self.tr("Âge"),
                self.tr("Téléphone"),
                self.tr("Agence"),
                self.tr("Appelant"),
                self.tr("État"),
                self.tr("À faire"),
                self.tr("Lien renforcé"),
                self.tr("Prochain appel"),
                self.tr("Tentatives"),
                self.tr("Dernier résultat"),
            ],
            (190, 60, 110, 60, 150, 130, 140, 90, 100, 75),
        )
        self.count = QLabel(self)
        self.count.setObjectName("targetCount")
        self.open_button = push_button(self.tr("Ouvrir la fiche…"), self, "targetOpen")
        self.assign_to = QComboBox(self)
        self.assign_to.setObjectName("targetAssignTo")
        self.assign_button = push_button(self.tr("Attribuer"), self, "targetAssign")
        self._make_messages(self, "target")
        filters = QHBoxLayout()
        for w in (self.state, self.step, self.caller):
            filters.addWidget(w, 1)
        filters.addWidget(self.due)
        actions = QHBoxLayout()
        add_all(
            actions,
            (self.count, 1),
            QLabel(self.tr("Attribuer la fiche à"), self),
            self.assign_to,
            self.assign_button,
            self.open_button,
        )
        self._lay_out(filters, actions)
        for combo in (self.state, self.step, self.caller):
            combo.currentIndexChanged.connect(self.refresh)
        self.due.toggled.connect(self.refresh)
        open_rows(self.table, self.open_current)
        self.open_button.clicked.connect(self.open_current)
        self.assign_button.clicked.connect(self.reassign)

    def set_campaign(self, view: campaigns.CampaignView | None) -> None:
        self.view = view
        for combo in (self.caller, self.assign_to):
            combo.blockSignals(True)
            current = combo.currentData()
            combo.clear()
        self.caller.addItem(self.tr("Tous les appelants"), None)
        self.caller.addItem(self.tr("Fiches non attribuées"), ALL)
        self.assign_to.addItem(self.tr("(personne)"), None)
        for c in view.callers if view else []:
            if c.active:
                self.caller.addItem(c.label, c.user_id)
                self.assign_to.addItem(c.label, c.user_id)
        for combo in (self.caller, self.assign_to):
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        running = view is not None and view.status == CampaignStatus.RUNNING
        self.assign_button.setEnabled(running)
        self.assign_to.setEnabled(running)
        self.refresh()

    def refresh(self, *_args) -> None:
        today = clock_today()
        caller = self.caller.currentData()
        state = self.state.currentData()
        step = self.step.currentData()
        rows: list[campaigns.TargetRow] = self._read(
            campaigns.target_list,
            state=TargetState(state) if state else None,
            step=EscalationStep(step) if step else None,
            caller_id=caller if isinstance(caller, int) else None,
            unassigned=caller == ALL,
            due_on=today if self.due.isChecked() else None,
            limit=5000,
        )
        self.rows = rows
        yes = self.tr("oui")
        _show_targets(
            self.table,
            rows,
            lambda r: (
                r.contact_name or self.tr("(anonymisé)"),
                r.age_band,
                r.phone,
                self._agencies.get(r.agency_id, ""),
                r.caller_name,
                label(r.state),
                label(r.step) if r.step != EscalationStep.NONE else "",
                yes if r.reinforced_link else "",
                format_date_fr(r.next_call_on),
                r.attempts,
                label(r.last_outcome) if r.last_outcome else "",
            ),
            9,
            today,
        )
        if self.view is not None and self.view.status == CampaignStatus.DRAFT:
            self.count.setText(self.tr("Les fiches d'appel sont créées au lancement."))
        else:
            self.count.setText(translate_message(counts.targets_counted(len(rows))))
        if rows:
            self.table.selectRow(0)

    def current(self) -> campaigns.TargetRow | None:
        return current_of(self.table, self.rows)

    def open_current(self) -> None:
        r = self.current()
        if r is not None:
            self.openRequested.emit(r.id)

    def reassign(self) -> None:
        r = self.current()
        if r is None:
            return
        try:
            campaigns.reassign_target(self._db, self._actor, r.id, self.assign_to.currentData())
        except UserError as exc:
            self._error(exc)
            return
        self.refresh()
        if self.assign_to.currentData() is None:
            self._ok(
                self.tr("Fiche de {name} retirée de la liste de son appelant.").format(
                    name=r.contact_name
                )
            )
        else:
            self._ok(
                self.tr("Fiche de {name} attribuée à {caller}.").format(
                    name=r.contact_name, caller=self.assign_to.currentText()
                )
            )
        self.changed.emit()


class ReferralsPanel(_CampaignPanel):
    """A campaign's referrals to partners and their follow-up."""

    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(db, actor, "referralsPanel", parent)
        self.follow_dialog = None
        self.open_only = QCheckBox(self.tr("En cours seulement"), self)
        self.open_only.setObjectName("referralOpenOnly")
        self.partner = QComboBox(self)
        self.partner.setObjectName("referralPartner")
        self.partner.addItem(self.tr("Tous les partenaires"), None)
        for p in PartnerType:
            self.partner.addItem(label(p), p.value)
        self.table = referral_table(self, "referralTable", with_person=True)
        self.count = QLabel(self)
        self.count.setObjectName("referralCount")
        self.follow_button = push_button(self.tr("Suivi de l'orientation…"), self, "referralFollow")
        self._make_messages(self, "referral")
        filters = QHBoxLayout()
        add_all(filters, self.partner, self.open_only, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.follow_button)
        self._lay_out(filters, actions)
        self.open_only.toggled.connect(self.refresh)
        self.partner.currentIndexChanged.connect(self.refresh)
        self.follow_button.clicked.connect(self.follow)
        open_rows(self.table, self.follow)

    def set_campaign(self, view: campaigns.CampaignView | None) -> None:
        self.view = view
        self.refresh()

    def refresh(self, *_args) -> None:
        partner = self.partner.currentData()
        rows: list[campaigns.ReferralView] = self._read(
            campaigns.list_referrals,
            partner_type=PartnerType(partner) if partner else None,
            open_only=self.open_only.isChecked(),
        )
        self.rows = rows
        show_referrals(self.table, rows, with_person=True)
        self.count.setText(translate_message(counts.referrals_counted(len(rows))))
        running = self.view is not None and self.view.status == CampaignStatus.RUNNING
        self.follow_button.setEnabled(running and bool(rows))
        if rows:
            self.table.selectRow(0)

    def current(self) -> campaigns.ReferralView | None:
        return current_of(self.table, self.rows)

    def follow(self):
        r = self.current()
        if r is None or not self.follow_button.isEnabled():
            return None
        dialog = ReferralFollowUpDialog(self._db, self._actor, r, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda *_: (
                self.refresh(),
                self._ok(self.tr("Suivi de l'orientation enregistré.")),
                self.changed.emit(),
            )
        )
        self.follow_dialog = dialog
        dialog.open()
        return dialog


# --------------------------------------------------------------------------- campaigns


class CampaignsTab(_Messages, QWidget):
    """The campaigns, their life cycle, and the selected one's dashboard, call sheets and
    referrals."""

    openCallRequested = Signal(int)  # target id
    changed = Signal()

    COLUMNS = 7

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("campaignsTab")
        self._db = db
        self._actor = actor
        self.summaries: list[campaigns.CampaignSummary] = []
        self.view: campaigns.CampaignView | None = None
        self.dialog = None  # the last dialog opened (campaign, callers, purge)
        self.can_manage = actor.can(Permission.CAMPAIGN_MANAGE)

        self.table = plain_table(
            self,
            "campaignTable",
            [
                self.tr("Campagne"),
                self.tr("Statut"),
                self.tr("Agence"),
                self.tr("Début"),
                self.tr("Fin"),
                self.tr("Personnes"),
                self.tr("Sécurisées"),
            ],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # every column in sight on a laptop (issue 15), the agency giving way first
        share_width(self.table, 0, give_way=(2,))
        self.table.setMinimumHeight(120)
        self.new_button = push_button(self.tr("Nouvelle campagne…"), self, "campaignNew")
        self.edit_button = push_button(self.tr("Modifier…"), self, "campaignEdit")
        self.start_button = push_button(self.tr("Lancer…"), self, "campaignStart")
        self.callers_button = push_button(self.tr("Appelants…"), self, "campaignCallers")
        self.end_button = push_button(self.tr("Terminer…"), self, "campaignEnd")
        self.purge_button = push_button(self.tr("Purger les notes…"), self, "campaignPurge")
        self.delete_button = push_button(self.tr("Supprimer"), self, "campaignDelete")
        self.details = QLabel(self)
        self.details.setObjectName("campaignDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._make_messages(self, "campaign")

        self.dashboard = CampaignDashboard(db, actor, self)
        self.targets = TargetsPanel(db, actor, self)
        self.referrals = ReferralsPanel(db, actor, self)
        self.detail_tabs = QTabWidget(self)
        self.detail_tabs.setObjectName("campaignDetailTabs")
        self.detail_tabs.addTab(self.dashboard, self.tr("Tableau de bord"))
        self.detail_tabs.addTab(self.targets, self.tr("Fiches d'appel"))
        self.detail_tabs.addTab(self.referrals, self.tr("Orientations"))

        buttons = QHBoxLayout()
        add_all(
            buttons,
            self.new_button,
            self.edit_button,
            self.start_button,
            self.callers_button,
            self.end_button,
            self.purge_button,
            self.delete_button,
            1,
        )
        top = QWidget(self)
        upper = QHBoxLayout()
        # the list first (its names and dates whole on a laptop); the details wrap,
        # and scroll in the low pane
        upper.addWidget(self.table, 3)
        upper.addWidget(scrolled(self.details), 1)
        vbox(
            top,
            QLabel(self.tr("<h2>Campagnes d'appels de vigilance</h2>"), top),
            (upper, 1),
            buttons,
            self.message,
            self.error,
        )
        splitter = split(self, (top, 1), (self.detail_tabs, 3), sizes=[230, 560], vertical=True)
        remember_split(splitter, "campaigns")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button.clicked.connect(self.edit_campaign)
        self.start_button.clicked.connect(self.start_campaign)
        self.callers_button.clicked.connect(self.edit_callers)
        self.end_button.clicked.connect(self.end_campaign)
        self.purge_button.clicked.connect(self.purge)
        self.delete_button.clicked.connect(self.delete_campaign)
        self.targets.openRequested.connect(self.openCallRequested)
        self.targets.changed.connect(self._child_changed)
        self.referrals.changed.connect(self._child_changed)
        self._update_buttons()

    # ----------------------------------------------------------------- list
    def refresh(self, select_id: int | None = None) -> None:
        if select_id is None:
            current = self.current()
            select_id = current.id if current else None
        self.error.hide()
        try:
            self.summaries = campaigns.list_campaigns(self._db, self._actor)
        except UserError as exc:
            self._error(exc)
            self.summaries = []
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.summaries))
        for i, s in enumerate(self.summaries):
            # The figures the actor may read (an agency manager: his agency's share of an
            # organisation-wide campaign), so that both columns agree.
            people, secured = "", ""
            if s.status != CampaignStatus.DRAFT:
                people = s.target_count
                try:
                    total = campaigns.campaign_figures(self._db, self._actor, s.id).total
                    people = total.targets
                    secured = f"{total.secured} ({percent_text(total.secured_pct)})"
                except UserError:
                    pass
            values = (
                s.name,
                label(s.status),
                s.agency_name or self.tr("Toutes"),
                format_date_fr(s.start_on),
                format_date_fr(s.ended_on) if s.ended_on else format_date_fr(s.planned_end_on),
                people,
                secured,
            )
            for col, value in enumerate(values):
                self.table.setItem(i, col, _item(value, col in (5, 6), s.id if col == 0 else None))
        self.table.blockSignals(False)
        row = next((i for i, s in enumerate(self.summaries) if s.id == select_id), 0)
        if self.summaries:
            self.table.selectRow(row)
        self._selected()

    def current(self) -> campaigns.CampaignSummary | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        row = rows[0].row() if rows else self.table.currentRow()
        return self.summaries[row] if 0 <= row < len(self.summaries) else None

    def select(self, campaign_id: int) -> None:
        select_row_of(self.table, [s.id for s in self.summaries], campaign_id)

    def _selected(self) -> None:
        s = self.current()
        self.view = None
        if s is not None:
            try:
                self.view = campaigns.get_campaign(self._db, self._actor, s.id)
            except UserError as exc:
                self._error(exc)
        self._show_details()
        self._update_buttons()
        v = self.view
        self.dashboard.show_campaign(
            v.id if v else None, v.name if v else "", v.status if v else None
        )
        self.targets.set_campaign(v)
        self.referrals.set_campaign(v)

    def _show_details(self) -> None:
        v = self.view
        if v is None:
            self.details.setText(
                self.tr("Aucune campagne : créez-en une avec « Nouvelle campagne… ».")
            )
            return
        criteria = [self.tr("{age} ans et plus").format(age=v.min_age)]
        if v.isolated_only:
            criteria.append(self.tr("isolés"))
        if v.disability_only:
            criteria.append(self.tr("handicapés"))
        callers = html.escape(", ".join(c.label for c in v.callers if c.active)) or self.tr("aucun")
        lines = [
            f"<b>{html.escape(v.name)}</b> — {label(v.status)}",
            html.escape(v.purpose).replace("\n", "<br>") if v.purpose else "",
            self.tr("Cible : recherche « {query} », {criteria}, {agency}").format(
                query=html.escape(v.query_name),
                criteria=", ".join(criteria),
                agency=html.escape(v.agency_name) or self.tr("toutes agences"),
            ),
            self.tr("Du {start} au {end} (fin prévue)").format(
                start=format_date_fr(v.start_on), end=format_date_fr(v.planned_end_on)
            ),
            self.tr("Appelants : {names}").format(names=callers),
            self.tr("Script : {questions}").format(
                questions=translate_message(
                    counted(
                        len(v.script),
                        QT_TRANSLATE_NOOP("messages", "{n} question"),
                        QT_TRANSLATE_NOOP("messages", "{n} questions"),
                        QT_TRANSLATE_NOOP("messages", "aucune question"),
                    )
                )
            ),
        ]
        if v.started_on:
            lines.append(
                self.tr("Lancée le {date} : {count}").format(
                    date=format_date_fr(v.started_on),
                    count=translate_message(counts.to_call_counted(v.target_count)),
                )
            )
        if v.ended_on:
            lines.append(self.tr("Terminée le {date}").format(date=format_date_fr(v.ended_on)))
        if v.purged_on:
            lines.append(
                self.tr("Notes purgées le {date}").format(date=format_date_fr(v.purged_on))
            )
        self.details.setText("<br>".join(x for x in lines if x))

    def _update_buttons(self) -> None:
        v = self.view
        status = v.status if v else None
        manages = self.can_manage and v is not None and self._actor.covers_agency(v.agency_id)
        self.new_button.setEnabled(self.can_manage)
        self.edit_button.setEnabled(
            manages and status in (CampaignStatus.DRAFT, CampaignStatus.RUNNING)
        )
        self.start_button.setEnabled(manages and status == CampaignStatus.DRAFT)
        self.callers_button.setEnabled(
            manages and status in (CampaignStatus.DRAFT, CampaignStatus.RUNNING)
        )
        self.end_button.setEnabled(manages and status == CampaignStatus.RUNNING)
        self.purge_button.setEnabled(manages and status == CampaignStatus.ENDED)
        self.delete_button.setEnabled(manages and status == CampaignStatus.DRAFT)

    def _child_changed(self) -> None:
        """A call sheet or a referral changed: the list's figures and the dashboard too."""
        tab = self.detail_tabs.currentIndex()
        self.refresh()
        self.detail_tabs.setCurrentIndex(tab)
        self.changed.emit()

    # ----------------------------------------------------------------- actions
    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_campaign(self) -> CampaignDialog:
        dialog = CampaignDialog(self._db, self._actor, None, self)
        dialog.saved.connect(
            lambda cid: (
                self.refresh(cid),
                self._ok(self.tr("Campagne créée en brouillon : lancez-la quand elle est prête.")),
            )
        )
        return self._open(dialog)

    def edit_campaign(self) -> CampaignDialog | None:
        if self.view is None:
            return None
        dialog = CampaignDialog(self._db, self._actor, self.view.id, self)
        dialog.saved.connect(
            lambda cid: (self.refresh(cid), self._ok(self.tr("Campagne enregistrée.")))
        )
        return self._open(dialog)

    def _on_campaign(self, dialog_class):
        """A ``dialog_class`` on the campaign shown, or ``None`` when none is shown or the
        service refused (said in the error line)."""
        if self.view is None:
            return None
        try:
            return dialog_class(self._db, self._actor, self.view.id, self)
        except UserError as exc:
            self._error(exc)
            return None

    def edit_callers(self) -> CallersDialog | None:
        dialog = self._on_campaign(CallersDialog)
        if dialog is None:
            return None
        dialog.saved.connect(self._callers_saved)
        return self._open(dialog)

    def _callers_saved(self, result: campaigns.AssignResult) -> None:
        self.refresh()
        self._ok(
            self.tr("Appelants enregistrés : {count}.").format(
                count=translate_message(counts.assigned_counted(result.assigned))
            )
        )
        self.changed.emit()

    def _confirm(self, title: str, text: str, yes: str, name: str) -> bool:
        return confirmed(self, title, text, yes, self.tr("Annuler"), name=name)

    def _change_campaign(self, v: campaigns.CampaignView, action, done) -> bool:
        """Run ``action`` (a service call on the campaign ``v``), then show ``v`` again
        with ``done(result)`` said, or the service's refusal."""
        try:
            result = action()
        except UserError as exc:
            self.refresh(v.id)
            self._error(exc)
            return False
        self.refresh(v.id)
        self._ok(done(result))
        self.changed.emit()
        return True

    def start_campaign(self) -> bool:
        v = self.view
        if v is None:
            return False
        try:
            preview = campaigns.target_preview(self._db, self._actor, v.id)
        except UserError as exc:
            self._error(exc)
            return False
        agencies_text = ", ".join(f"{code} : {n}" for code, n in preview.by_agency.items())
        callers = sum(1 for c in v.callers if c.active)
        text = self.tr(
            "Lancer la campagne « {name} » ?\n\n{eligible} ({agencies}) sur {matching} de la "
            "recherche « {query} » ; {without} sans numéro de téléphone valide (à contacter "
            "autrement).\n\nLa recherche est figée et les fiches sont réparties entre "
            "{callers}."
        ).format(
            name=v.name,
            eligible=translate_message(counts.to_call_counted(preview.eligible)),
            agencies=agencies_text or "—",
            matching=translate_message(counts.households_counted(preview.matching)),
            query=v.query_name,
            without=preview.without_phone,
            callers=translate_message(counts.callers_counted(callers)),
        )
        if not self._confirm(
            self.tr("Lancer la campagne"), text, self.tr("Lancer la campagne"), "startBox"
        ):
            return False
        return self._change_campaign(
            v,
            lambda: campaigns.start_campaign(
                self._db, self._actor, v.id, expected_version=v.version
            ),
            lambda result: self.tr("Campagne lancée : {sheets} ; {assigned} aux appelants.").format(
                sheets=translate_message(counts.call_sheets_counted(result.targets)),
                assigned=translate_message(counts.assigned_counted(result.assigned)),
            ),
        )

    def end_campaign(self) -> bool:
        v = self.view
        if v is None:
            return False
        open_count = sum(c.open_targets for c in v.callers)
        text = self.tr(
            "Terminer la campagne « {name} » ? Plus aucun appel ne pourra être enregistré "
            "({open} encore en cours). Ses notes devront ensuite être purgées, comme "
            "le prévoit la règle de conservation."
        ).format(name=v.name, open=translate_message(counts.targets_counted(open_count)))
        if not self._confirm(
            self.tr("Terminer la campagne"), text, self.tr("Terminer la campagne"), "endBox"
        ):
            return False
        return self._change_campaign(
            v,
            lambda: campaigns.end_campaign(self._db, self._actor, v.id, expected_version=v.version),
            lambda _result: self.tr(
                "Campagne terminée. Purgez ses notes avec « Purger les notes… »."
            ),
        )

    def purge(self) -> PurgeDialog | None:
        dialog = self._on_campaign(PurgeDialog)
        if dialog is None:
            return None
        cid = self.view.id
        dialog.purged.connect(
            lambda r: (
                self.refresh(cid),
                self._ok(
                    self.tr(
                        "Notes purgées ({mode}) : {calls}, {notes}, {referrals}. Les chiffres "
                        "sont conservés."
                    ).format(
                        mode=label(r.mode).split(" (")[0],
                        calls=translate_message(counts.calls_counted(r.calls)),
                        notes=translate_message(counts.notes_counted(r.notes)),
                        referrals=translate_message(counts.referrals_counted(r.referrals)),
                    )
                ),
                self.changed.emit(),
            )
        )
        return self._open(dialog)

    def delete_campaign(self) -> bool:
        v = self.view
        if v is None:
            return False
        if not self._confirm(
            self.tr("Supprimer la campagne"),
            self.tr("Supprimer la campagne en brouillon « {name} » ?").format(name=v.name),
            self.tr("Supprimer"),
            "deleteBox",
        ):
            return False
        try:
            campaigns.delete_campaign(self._db, self._actor, v.id, v.version)
        except UserError as exc:
            self._error(exc)
            return False
        self.refresh(-1)
        self._ok(self.tr("Campagne supprimée."))
        return True


# --------------------------------------------------------------------------- my calls


class MyCallsTab(_Messages, QWidget):
    """The caller's own call sheets, the ones due first."""

    openCallRequested = Signal(int)  # target id

    SCOPE_DUE, SCOPE_OPEN, SCOPE_ALL = "due", "open", "all"

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("myCallsTab")
        self._db = db
        self._actor = actor
        self.rows: list[campaigns.TargetRow] = []
        self.shown: list[campaigns.TargetRow] = []
        self._names: dict[int, str] = {}
        self._agencies = {a.id: a.code for a in agencies.list_agencies(db)}
        self.campaign = QComboBox(self)
        self.campaign.setObjectName("myCampaign")
        # as wide as its choices, filled after the first show; the search gives way
        self.campaign.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope = QComboBox(self)
        self.scope.setObjectName("myScope")
        self.scope.addItem(
            self.tr("Mes fiches en cours (à faire aujourd'hui en premier)"), self.SCOPE_OPEN
        )
        self.scope.addItem(self.tr("À faire aujourd'hui ou en retard"), self.SCOPE_DUE)
        self.scope.addItem(self.tr("Toutes mes fiches, y compris terminées"), self.SCOPE_ALL)
        self.search = line_edit(self, "mySearch", self.tr("Filtrer : nom, téléphone…"))
        self.search.setClearButtonEnabled(True)
        self.table = plain_table(
            self,
            "myCallsTable",
            [
                self.tr("Personne"),
                self.tr("Âge"),
                self.tr("Téléphone"),
                self.tr("Agence"),
                self.tr("À faire"),
                self.tr("Lien renforcé"),
                self.tr("Prochain appel"),
                self.tr("État"),
                self.tr("Tentatives"),
                self.tr("Campagne"),
            ],
            (200, 60, 115, 60, 150, 95, 105, 150, 75),
        )
        # every column in sight on a laptop (issue 15): the campaign's name, then what
        # to do, give way before the person, the phone number or the dates
        share_width(self.table, 0, give_way=(9, 4))
        empty_text(self.table, self.tr("Aucune fiche d'appel pour ces filtres."))
        self.count = QLabel(self)
        self.count.setObjectName("myCallsCount")
        self.call_button = push_button(self.tr("Appeler…"), self, "myCallOpen", default=True)
        self._make_messages(self, "myCalls")
        filters = QHBoxLayout()
        add_all(filters, (self.search, 1), self.campaign, self.scope)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.call_button)
        page_layout(
            self,
            self.tr("<h2>Mes appels</h2>"),
            filters,
            (self.table, 1),
            self.message,
            self.error,
            actions,
        )
        self.campaign.currentIndexChanged.connect(self.refresh)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self._render)
        open_rows(self.table, self.open_current)
        self.call_button.clicked.connect(self.open_current)

    def _reload_campaigns(self) -> None:
        try:
            running = campaigns.list_campaigns(self._db, self._actor, CampaignStatus.RUNNING)
        except UserError:
            running = []
        self._names = {c.id: c.name for c in running}
        current = self.campaign.currentData()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        self.campaign.addItem(self.tr("Toutes mes campagnes en cours"), None)
        for c in running:
            self.campaign.addItem(c.name, c.id)
        self.campaign.setCurrentIndex(max(0, self.campaign.findData(current)))
        self.campaign.blockSignals(False)

    def refresh(self, *_args) -> None:
        if not _args:
            self._reload_campaigns()
        self.error.hide()
        scope = self.scope.currentData()
        try:
            self.rows = campaigns.caller_list(
                self._db,
                self._actor,
                self.campaign.currentData(),
                due_only=scope == self.SCOPE_DUE,
                include_done=scope == self.SCOPE_ALL,
            )
        except UserError as exc:
            self._error(exc)
            self.rows = []
        self._render()

    def _render(self, *_args) -> None:
        today = clock_today()
        needle = self.search.text().strip().casefold()
        digits = "".join(ch for ch in needle if ch.isdigit())
        self.shown = [
            r
            for r in self.rows
            if not needle
            or needle in r.contact_name.casefold()
            or (digits and digits in r.phone.replace(" ", ""))
        ]
        yes = self.tr("oui")
        _show_targets(
            self.table,
            self.shown,
            lambda r: (
                r.contact_name,
                r.age_band,
                r.phone,
                self._agencies.get(r.agency_id, ""),
                label(r.step) if r.step != EscalationStep.NONE else "",
                yes if r.reinforced_link else "",
                format_date_fr(r.next_call_on),
                label(r.state),
                r.attempts,
                self._names.get(r.campaign_id, ""),
            ),
            8,
            today,
        )
        due = sum(1 for r in self.rows if r.next_call_on is not None and r.next_call_on <= today)
        open_count = sum(1 for r in self.rows if r.state in OPEN_STATES)
        self.count.setText(
            self.tr("{due} aujourd'hui · {open} en cours · {shown}").format(
                due=translate_message(counts.to_handle_counted(due)),
                open=open_count,
                shown=translate_message(
                    counted(
                        len(self.shown),
                        QT_TRANSLATE_NOOP("messages", "{n} affichée"),
                        QT_TRANSLATE_NOOP("messages", "{n} affichées"),
                    )
                ),
            )
        )
        self.call_button.setEnabled(bool(self.shown))
        if self.shown and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def current(self) -> campaigns.TargetRow | None:
        return current_of(self.table, self.shown)

    def open_current(self) -> None:
        r = self.current()
        if r is not None:
            self.openCallRequested.emit(r.id)


# --------------------------------------------------------------------------- page


class CampaignPage(QWidget):
    """« Campagnes d'appels » for managers (with their own calls), « Mes appels » for
    callers."""

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("campaignPage")
        self._db = db
        self._actor = actor
        self.call_dialogs: dict[int, CallDialog] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("campaignTabs")
        self.campaigns_tab: CampaignsTab | None = None
        self.calls_tab: MyCallsTab | None = None
        if actor.can(Permission.CAMPAIGN_MANAGE):
            self.campaigns_tab = CampaignsTab(db, actor, self)
            self.tabs.addTab(self.campaigns_tab, self.tr("Campagnes"))
            self.campaigns_tab.openCallRequested.connect(self.open_call)
            self.campaigns_tab.changed.connect(self._changed_from_campaigns)
        if actor.can(Permission.CAMPAIGN_CALL):
            self.calls_tab = MyCallsTab(db, actor, self)
            self.tabs.addTab(self.calls_tab, self.tr("Mes appels"))
            self.calls_tab.openCallRequested.connect(self.open_call)
        self.tabs.tabBar().setVisible(self.tabs.count() > 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda *_: self.refresh())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is not None:
            widget.refresh()

    def _changed_from_campaigns(self) -> None:
        if self.calls_tab is not None:
            self.calls_tab.refresh()

    def open_call(self, target_id: int) -> CallDialog | None:
        if (existing := raised(self.call_dialogs, target_id)) is not None:
            return existing
        dialog = CallDialog(self._db, self._actor, target_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.call_dialogs[target_id] = dialog
        dialog.destroyed.connect(lambda *_: self.call_dialogs.pop(target_id, None))
        dialog.changed.connect(self._call_changed)
        dialog.show()
        return dialog

    def _call_changed(self, _target_id: int) -> None:
        if self.calls_tab is not None:
            self.calls_tab.refresh()
        if self.campaigns_tab is not None:
            current = self.campaigns_tab.current()
            self.campaigns_tab.refresh(current.id if current else None)


__all__ = ["CampaignPage", "CampaignsTab", "MyCallsTab", "ReferralsPanel", "TargetsPanel"]

"""The live dashboard of one vigilance campaign (issue 8): called, reached, secured
(counts and %), referrals by partner and status, per caller and per agency, the
escalation steps. Read from ``campaigns.campaign_figures`` (the figures frozen at the
purge once the notes are purged). The general reports live in « Tableaux de bord »."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.campaign import (
    CampaignStatus,
    Counts,
    Figures,
    PartnerType,
    ReferralStatus,
)
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr
from desktop.services import campaigns
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.campaigns.dialogs import count_pct, label, percent_text
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import add_all, message_label, vbox
from desktop.ui.widgets.messages import m
from desktop.ui.widgets.tables import plain_table, share_width

CARD_STYLE = (
    "QFrame#card { border: 1px solid #c8ccd2; border-radius: 6px; background: palette(base); }"
)


def _cell(text, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class Card(QFrame):
    """A headline figure: its name above, its value in large type."""

    def __init__(self, title: str, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE)
        self.title = QLabel(title, self)
        self.title.setStyleSheet("color: #555;")
        self.value = QLabel("—", self)
        self.value.setObjectName(name)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.value)


class CampaignDashboard(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("campaignDashboard")
        self._db = db
        self._actor = actor
        self.campaign_id: int | None = None
        self.figures: Figures | None = None
        self._last: tuple[str, CampaignStatus | None] = ("", None)
        self.heading = QLabel(self)
        self.heading.setObjectName("dashboardHeading")
        self.heading.setWordWrap(True)
        self.error = message_label(self, "dashboardError")
        self.cards: dict[str, Card] = {}
        from desktop.ui.widgets import FlowLayout

        cards = FlowLayout()
        for i, (key, title) in enumerate(
            (
                ("targets", self.tr("Personnes à appeler")),
                ("called", self.tr("Appelées")),
                ("reached", self.tr("Jointes")),
                ("secured", self.tr("Situations sécurisées")),
                ("unreachable", self.tr("Injoignables")),
                ("need_help", self.tr("Besoin d'aide")),
                ("reinforced", self.tr("Liens renforcés")),
                ("referrals", self.tr("Orientations")),
            )
        ):
            card = Card(title, f"fig_{key}", self)
            self.cards[key] = card
            cards.addWidget(card)
        self.by_caller = self._counts_table("figByCaller", self.tr("Appelant"))
        self.by_agency = self._counts_table("figByAgency", self.tr("Agence"))
        statuses = list(ReferralStatus)
        self.referrals = plain_table(
            self,
            "figReferrals",
            [self.tr("Partenaire")] + [label(s) for s in statuses] + [self.tr("Total")],
        )
        self.steps = plain_table(
            self,
            "figSteps",
            [
                self.tr("Étape"),
                self.tr("Tentatives"),
                self.tr("Dont joint"),
                self.tr("Fiches en attente"),
            ],
        )
        self.weeks = QLabel(self)
        self.weeks.setObjectName("figWeeks")
        self.weeks.setWordWrap(True)
        for table in (self.referrals, self.steps):
            share_width(table, 0)  # every column in sight, long names elided (tooltip)

        # Every table at full width, one below the other (side by side, the referrals
        # by partner and status needed a horizontal scroll on a 1,280 px laptop); the
        # whole scrolls vertically when the window is small.
        content = QWidget(self)
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self._box(self.tr("Par appelant"), self.by_caller), 0, 0, 1, 2)
        grid.addWidget(self._box(self.tr("Par agence"), self.by_agency), 1, 0, 1, 2)
        grid.addWidget(
            self._box(self.tr("Orientations par partenaire et statut"), self.referrals),
            2,
            0,
            1,
            2,
        )
        escalation = vbox(QWidget(content), self.steps, self.weeks, 1)
        grid.addWidget(self._box(self.tr("Escalade et sécurisation"), escalation), 3, 0, 1, 2)
        grid.setRowStretch(4, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        add_all(layout, self.heading, self.error, cards, (scroll, 1))

    def _box(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        QHBoxLayout(box).addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _counts_table(self, name: str, first: str) -> QTableWidget:
        table = plain_table(
            self,
            name,
            [
                first,
                self.tr("Fiches"),
                self.tr("Appelées"),
                self.tr("Jointes"),
                self.tr("Sécurisées"),
                self.tr("% sécurisées"),
                self.tr("Injoignables"),
                self.tr("Besoin d'aide"),
                self.tr("Tentatives"),
            ],
        )
        share_width(table, 0)  # every column in sight, long names elided (tooltip)
        return table

    # ----------------------------------------------------------------- filling
    def show_campaign(
        self, campaign_id: int | None, name: str = "", status: CampaignStatus | None = None
    ) -> None:
        self.campaign_id = campaign_id
        self._last = (name, status)
        name = html.escape(name)
        self.error.hide()
        if campaign_id is None:
            self.figures = None
            self.heading.setText(self.tr("Choisissez une campagne."))
            self._fill(Figures(Counts(), [], [], {}, [], []))
            return
        try:
            self.figures = campaigns.campaign_figures(self._db, self._actor, campaign_id)
        except UserError as exc:
            self.error.setText(translate_message(exc.message))
            self.error.show()
            self.figures = None
            self._fill(Figures(Counts(), [], [], {}, [], []))
            return
        heading = self.tr("<b>{name}</b> — chiffres en direct").format(name=name)
        if status == CampaignStatus.PURGED:
            heading = self.tr("<b>{name}</b> — chiffres figés à la purge des notes").format(
                name=name
            )
        elif status == CampaignStatus.ENDED:
            heading = self.tr("<b>{name}</b> — campagne terminée").format(name=name)
        elif status == CampaignStatus.DRAFT:
            heading = self.tr("<b>{name}</b> — pas encore lancée").format(name=name)
        self.heading.setText(heading)
        self._fill(self.figures)

    def refresh(self) -> None:
        if self.campaign_id is not None:
            self.show_campaign(self.campaign_id, *self._last)

    def _fill(self, f: Figures) -> None:
        t = f.total
        values = {
            "targets": str(t.targets),
            "called": count_pct(t.called, t.called_pct),
            "reached": count_pct(t.reached, t.reached_pct),
            "secured": count_pct(t.secured, t.secured_pct),
            "unreachable": str(t.unreachable),
            "need_help": str(t.need_help),
            "reinforced": str(t.reinforced),
            "referrals": str(f.referral_count),
        }
        for key, text in values.items():
            self.cards[key].value.setText(text)
        self._fill_counts(
            self.by_caller,
            [(m(g.label) if g.key is None else g.label, g.counts) for g in f.by_caller],
            t,
        )
        self._fill_counts(self.by_agency, [(g.label, g.counts) for g in f.by_agency], t)
        statuses = list(ReferralStatus)
        partners = [p for p in PartnerType if p in f.referrals]
        self.referrals.setRowCount(len(partners) + (1 if partners else 0))
        for i, p in enumerate(partners):
            by_status = f.referrals[p]
            self.referrals.setItem(i, 0, _cell(label(p)))
            for j, s in enumerate(statuses, start=1):
                self.referrals.setItem(i, j, _cell(by_status.get(s, 0) or "", True))
            self.referrals.setItem(i, len(statuses) + 1, _cell(sum(by_status.values()), True))
        if partners:
            totals = f.referrals_by_status()
            row = len(partners)
            self.referrals.setItem(row, 0, self._bold(self.tr("Total")))
            for j, s in enumerate(statuses, start=1):
                self.referrals.setItem(row, j, self._bold(totals.get(s, 0), True))
            self.referrals.setItem(row, len(statuses) + 1, self._bold(f.referral_count, True))
        self.steps.setRowCount(len(f.steps))
        for i, s in enumerate(f.steps):
            for j, value in enumerate((label(s.step), s.attempts, s.reached, s.pending)):
                self.steps.setItem(i, j, _cell(value, j > 0))
        for table in (self.by_caller, self.by_agency, self.referrals, self.steps):
            self._fit(table)
        if f.secured_by_week:
            self.weeks.setText(
                self.tr("Sécurisées par semaine : ")
                + " ; ".join(
                    self.tr("semaine du {day} : {n} (cumul {total})").format(
                        day=format_date_fr(week), n=n, total=total
                    )
                    for week, n, total in f.secured_by_week
                )
            )
        else:
            self.weeks.setText(self.tr("Aucune situation sécurisée pour l'instant."))

    @staticmethod
    def _fit(table: QTableWidget) -> None:
        """As tall as its rows: the page scrolls, not each table."""
        table.resizeRowsToContents()
        height = (
            table.horizontalHeader().height()
            + 2 * table.frameWidth()
            + sum(table.rowHeight(i) for i in range(table.rowCount()))
        )
        if table.horizontalScrollBar().isVisible():
            height += table.horizontalScrollBar().height()
        table.setFixedHeight(height + 2)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _bold(self, text, right: bool = False) -> QTableWidgetItem:
        item = _cell(text, right)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        return item

    def _fill_counts(
        self, table: QTableWidget, groups: list[tuple[str, Counts]], total: Counts
    ) -> None:
        rows = groups + ([(self.tr("Total"), total)] if groups else [])
        table.setRowCount(len(rows))
        for i, (name, c) in enumerate(rows):
            last = i == len(rows) - 1 and bool(groups)
            make = self._bold if last else _cell
            values = (
                c.targets,
                c.called,
                c.reached,
                c.secured,
                percent_text(c.secured_pct),
                c.unreachable,
                c.need_help,
                c.attempts,
            )
            table.setItem(i, 0, make(name))
            for j, value in enumerate(values, start=1):
                table.setItem(i, j, make(value, True))

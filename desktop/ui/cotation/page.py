"""The "Cotation et objectifs" page: its four tabs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.cotation.flow import FlowTab
from desktop.ui.cotation.grids import GridsTab
from desktop.ui.cotation.sessions import SessionsTab
from desktop.ui.cotation.targets import TargetsTab

# --------------------------------------------------------------------------- page


class CotationPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.setObjectName("cotationPage")
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cotationTabs")
        self.sessions_tab = SessionsTab(db, actor, self)
        self.grids_tab = GridsTab(db, actor, self)
        self.targets_tab = TargetsTab(db, actor, self)
        self.flow_tab = FlowTab(db, actor, self)
        self.tabs.addTab(self.sessions_tab, self.tr("Séances"))
        self.tabs.addTab(self.grids_tab, self.tr("Grilles de cotation"))
        self.tabs.addTab(self.targets_tab, self.tr("Objectifs d'attribution"))
        self.tabs.addTab(self.flow_tab, self.tr("Gestion en flux"))
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.sessions_tab.reload_sessions()
        self.grids_tab.reload()
        self.targets_tab.reload_epcis()
        self.flow_tab.reload_holders()

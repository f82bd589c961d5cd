"""The tenant list as a lazily fetched Qt item model over the database.

No ``QSortFilterProxyModel``: searching, filtering and sorting are SQL, and rows are
fetched a page at a time as the view scrolls.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.domain.formatting import format_money_fr
from desktop.domain.tenant import is_senior
from desktop.domain.roles import Permission
from desktop.services import tenants
from desktop.services.context import Actor
from desktop.storage.db import Database

PAGE = 200


class TenantListModel(QAbstractTableModel):
    countChanged = Signal(int)

    COLUMNS = (
        ("name", "Nom"),
        ("contract", "Contrat"),
        ("dwelling", "Logement"),
        ("address", "Adresse"),
        ("agency", "Agence"),
        ("balance", "Solde"),
        (None, "Signalements"),
        ("status", "Statut"),
    )

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._rows: list[tenants.TenantRow] = []
        self._query = tenants.TenantQuery()
        self._exhausted = True
        self._total = 0
        self._capped = False
        self._agency_codes: dict[int, str] = {}
        self._today = dt.date.today()
        self._headers = [
            self.tr("Nom"), self.tr("Contrat"), self.tr("Logement"), self.tr("Adresse"),
            self.tr("Agence"), self.tr("Solde"), self.tr("Signalements"), self.tr("Statut"),
        ]
        self._status_labels = {"ACTIF": self.tr("actif"), "CLOS": self.tr("clos")}
        self._senior = self.tr("70 ans et +")
        self._isolated = self.tr("isolé")

    # ----------------------------------------------------------------- queries
    @property
    def query(self) -> tenants.TenantQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def capped(self) -> bool:
        """True when the text search matches more files than ``total`` says."""
        return self._capped

    def set_agency_codes(self, codes: dict[int, str]) -> None:
        self._agency_codes = dict(codes)

    def set_query(self, query: tenants.TenantQuery) -> None:
        """Run ``query``: count and first page, in one model reset."""
        self.beginResetModel()
        self._query = query
        self._today = dt.date.today()
        if not self._actor.can(Permission.TENANT_READ):  # the service would refuse
            self._rows, self._exhausted, self._total, self._capped = [], True, 0, False
            self.endResetModel()
            self.countChanged.emit(0)
            return
        self._rows = tenants.search(self._db, self._actor, query, 0, PAGE, on=self._today)
        self._exhausted = len(self._rows) < PAGE
        if self._exhausted:
            self._total, self._capped = len(self._rows), False
        else:
            self._total, self._capped = tenants.count_capped(self._db, self._actor, query,
                                                              on=self._today)
        self.endResetModel()
        self.countChanged.emit(self._total)

    def refresh(self) -> None:
        self.set_query(self._query)

    def row_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, household_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == household_id:
                return i
        return None

    # ----------------------------------------------------------------- Qt API
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted:
            return
        more = tenants.search(self._db, self._actor, self._query, len(self._rows), PAGE,
                              on=self._today)
        if len(more) < PAGE:
            self._exhausted = True
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags_text(self, r: tenants.TenantRow) -> str:
        out = []
        if is_senior(r.eldest_birth_date, self._today):
            out.append(self._senior)
        if r.isolated:
            out.append(self._isolated)
        return ", ".join(out)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.display_name
            if col == 1:
                return r.contract_number
            if col == 2:
                return r.dwelling_reference
            if col == 3:
                return r.address
            if col == 4:
                return self._agency_codes.get(r.agency_id, "")
            if col == 5:
                return format_money_fr(r.balance)
            if col == 6:
                return self.flags_text(r)
            if col == 7:
                return self._status_labels.get(r.status, r.status)
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ForegroundRole and col == 5 and r.balance > 0:
            return QBrush(QColor("#b3261e"))
        elif role == Qt.ItemDataRole.UserRole:
            return r.id
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column][0] or "name"
        descending = order == Qt.SortOrder.DescendingOrder
        q = self._query
        if q.sort == key and q.descending == descending:
            return
        from dataclasses import replace

        self.set_query(replace(q, sort=key, descending=descending))

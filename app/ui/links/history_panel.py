"""The searchable list of links sent from this desk (newest first).

A long reference or e-mail is cut with "…" in its column (whole in the tooltip): the
Reference column is as wide as its text up to ``REFERENCE_MAX_WIDTH``, so one long
reference cannot push the customer and state out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.storage.links import LinkRecord
from app.ui import style
from app.ui.links.history_model import ROW_ROLE, SORT_ROLE, HistoryColumn, HistoryModel
from app.ui.style import Tone

__all__ = ["REFERENCE_MAX_WIDTH", "HistoryPanel"]

#: Widest the Reference column grows by itself (pixels); staff can still drag it wider.
REFERENCE_MAX_WIDTH = 200


class HistoryPanel(QWidget):
    """Emits ``search_requested(text)`` (debounced) and ``record_activated(LinkRecord)``."""

    search_requested = Signal(str)
    record_activated = Signal(object)  # LinkRecord

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkHistory")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        title = QLabel(self.tr("<b>Link history</b>"), self)
        layout.addWidget(title)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search reference, phone, e-mail, item…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search link history"))
        layout.addWidget(self.search)
        self.model = HistoryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("historyView")
        self.view.setAccessibleName(self.tr("Link history"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(HistoryColumn.CREATED, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setWordWrap(False)
        # References differ at their end (a counter, random letters): keep both ends.
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryColumn.REFERENCE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(HistoryColumn.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(lambda *_: self._fit_reference_column())
        self._fit_reference_column()
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("No links yet. Links you create appear here."), self)
        style.apply(self.empty, Tone.MUTED)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(lambda: self.search_requested.emit(self.search.text()))
        self.search.textChanged.connect(lambda: self._debounce.start())
        self.search.returnPressed.connect(self._search_now)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)

    def _fit_reference_column(self) -> None:
        """As wide as the references shown, but never wider than ``REFERENCE_MAX_WIDTH``."""
        header = self.view.horizontalHeader()
        wanted = max(
            self.view.sizeHintForColumn(HistoryColumn.REFERENCE),
            header.sectionSizeHint(HistoryColumn.REFERENCE),
        )
        header.resizeSection(HistoryColumn.REFERENCE, min(wanted, REFERENCE_MAX_WIDTH))

    def _search_now(self) -> None:
        self._debounce.stop()
        self.search_requested.emit(self.search.text())

    def set_records(self, records: list[LinkRecord]) -> None:
        self.model.set_rows(records)
        self.empty.setVisible(not records)
        if not records and self.search.text().strip():
            self.empty.setText(self.tr("No link matches the search."))
        else:
            self.empty.setText(self.tr("No links yet. Links you create appear here."))

    def upsert(self, record: LinkRecord) -> None:
        self.model.upsert(record)
        self.empty.hide()

    def remove(self, session_id: str) -> None:
        self.model.remove(session_id)

    def select(self, session_id: str) -> None:
        row = self.model.row_of(session_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())

    def _activated(self, index: QModelIndex) -> None:
        record = index.data(ROW_ROLE)
        if isinstance(record, LinkRecord):
            self.record_activated.emit(record)

"""The searchable list of links sent from this desk (newest first).

A long reference or e-mail is cut with "…" in its column (whole in the tooltip): the
Reference column is as wide as its text up to ``REFERENCE_MAX_WIDTH``, so one long
reference cannot push the customer and state out of sight.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP
from app.storage.links import LinkRecord, LinkState
from app.ui import style
from app.ui.links.history_model import ROW_ROLE, SORT_ROLE, HistoryColumn, HistoryModel
from app.ui.style import Tone

__all__ = ["REFERENCE_MAX_WIDTH", "STATE_FILTERS", "HistoryPanel", "StateFilterProxy"]

#: Widest the Reference column grows by itself (pixels); staff can still drag it wider.
REFERENCE_MAX_WIDTH = 200
_REFERENCE_MIN_WIDTH = 90


#: The choices of the state filter: a label and the link states it shows (None: all).
STATE_FILTERS: tuple[tuple[str, frozenset[str] | None], ...] = (
    (QT_TRANSLATE_NOOP("HistoryPanel", "All links"), None),
    (
        QT_TRANSLATE_NOOP("HistoryPanel", "Waiting for payment"),
        frozenset(
            {
                LinkState.CREATING,
                LinkState.OPEN,
                LinkState.OPENED,
                LinkState.FAILED_ATTEMPT,
                LinkState.PROCESSING,
                LinkState.ON_HOLD,
            }
        ),
    ),
    (
        QT_TRANSLATE_NOOP("HistoryPanel", "Paid"),
        frozenset({LinkState.PAID, LinkState.PARTLY_REFUNDED}),
    ),
    (
        QT_TRANSLATE_NOOP("HistoryPanel", "Voided or refunded"),
        frozenset({LinkState.VOIDED, LinkState.PARTLY_REFUNDED, LinkState.REFUNDED}),
    ),
    (
        QT_TRANSLATE_NOOP("HistoryPanel", "Declined or failed"),
        frozenset({LinkState.DECLINED, LinkState.PAYMENT_FAILED}),
    ),
    (
        QT_TRANSLATE_NOOP("HistoryPanel", "Cancelled or expired"),
        frozenset({LinkState.CANCELLED, LinkState.EXPIRED}),
    ),
    (QT_TRANSLATE_NOOP("HistoryPanel", "Not confirmed"), frozenset({LinkState.CREATING})),
)


class StateFilterProxy(QSortFilterProxyModel):
    """Sorts the history and shows only the links in the chosen states."""

    states: frozenset[str] | None = None

    def set_states(self, states: frozenset[str] | None) -> None:
        # Qt 6.10 replaced invalidateFilter() (now deprecated) with begin/endFilterChange.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.states = states
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt before 6.10
            self.states = states
            self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self.states is None:
            return True
        model = self.sourceModel()
        record = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        return isinstance(record, LinkRecord) and record.state in self.states


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
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("historyStateFilter")
        self.state_filter.setAccessibleName(
            QCoreApplication.translate("HistoryPanel", "Show links in state")
        )
        for label, _states in STATE_FILTERS:
            self.state_filter.addItem(QCoreApplication.translate("HistoryPanel", label))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.state_filter)
        layout.addLayout(search_row)
        self.model = HistoryModel(self)
        self.proxy = StateFilterProxy(self)
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
        self.guide = QLabel(self)
        self.guide.setObjectName("firstLinkGuide")
        self.guide.setTextFormat(Qt.TextFormat.RichText)
        self.guide.setWordWrap(True)
        self.guide.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.guide.setText(
            self.tr(
                "<p><b>How to send your first link</b></p><ol>"
                "<li>On the right, type what the customer buys: a description, the "
                "quantity and the price with VAT.</li>"
                "<li>Add the customer's mobile number and tick <i>Send by SMS</i>, or "
                "leave it out and copy the link for the customer.</li>"
                "<li>Press <i>Create link</i> (Ctrl+Enter). The link appears here and "
                "shows <i>Paid</i> as soon as the customer has paid.</li></ol>"
            )
        )
        layout.addWidget(self.guide, 1)
        self._show_guide(True)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(lambda: self.search_requested.emit(self.search.text()))
        self.search.textChanged.connect(lambda: self._debounce.start())
        self.search.returnPressed.connect(self._search_now)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.state_filter.currentIndexChanged.connect(self._filter_changed)

    def _filter_changed(self, index: int) -> None:
        self.proxy.set_states(STATE_FILTERS[index][1])
        self._show_empty()

    def visible_records(self) -> list[LinkRecord]:
        """The links the table shows now, top to bottom (after filter and sort)."""
        records = []
        for row in range(self.proxy.rowCount()):
            record = self.proxy.index(row, 0).data(ROW_ROLE)
            if isinstance(record, LinkRecord):
                records.append(record)
        return records

    def _show_empty(self) -> None:
        """Say why the table is empty: no links yet (the first-link guide), none matching
        the search, or none in the chosen state."""
        searching = bool(self.search.text().strip())
        self._show_guide(self.model.rowCount() == 0 and not searching)
        if self.proxy.rowCount() > 0 or (self.model.rowCount() == 0 and not searching):
            self.empty.hide()
            return
        if self.model.rowCount() > 0:
            self.empty.setText(
                QCoreApplication.translate(
                    "HistoryPanel", "No link in this state. Choose “All links” to see every link."
                )
            )
        elif self.search.text().strip():
            self.empty.setText(self.tr("No link matches the search."))
        else:
            self.empty.setText(self.tr("No links yet. Links you create appear here."))
        self.empty.show()

    def _fit_reference_column(self) -> None:
        """As wide as the references shown, but never wider than ``REFERENCE_MAX_WIDTH``."""
        header = self.view.horizontalHeader()
        wanted = max(
            self.view.sizeHintForColumn(HistoryColumn.REFERENCE),
            header.sectionSizeHint(HistoryColumn.REFERENCE),
        )
        # The customer column keeps room for its heading beside the state's symbol.
        others = sum(
            header.sectionSize(column)
            for column in (HistoryColumn.CREATED, HistoryColumn.AMOUNT, HistoryColumn.STATE)
        )
        room = (
            self.view.viewport().width() - others - header.sectionSizeHint(HistoryColumn.CUSTOMER)
        )
        width = min(wanted, REFERENCE_MAX_WIDTH, room) if room > 0 else wanted
        header.resizeSection(HistoryColumn.REFERENCE, max(width, _REFERENCE_MIN_WIDTH))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_reference_column()

    def _search_now(self) -> None:
        self._debounce.stop()
        self.search_requested.emit(self.search.text())

    def set_records(self, records: list[LinkRecord]) -> None:
        self.model.set_rows(records)
        self._show_empty()

    def upsert(self, record: LinkRecord) -> None:
        """Update a link shown; a link not shown joins only when no search is typed (the
        list of a search is what the history found for it, not what happened since)."""
        if self.search.text().strip() and self.model.row_of(record.session_id) is None:
            return
        self.model.upsert(record)
        self._show_empty()

    def _show_guide(self, shown: bool) -> None:
        """No link at all yet: how to send one, in place of an empty table."""
        self.guide.setVisible(shown)
        self.view.setVisible(not shown)

    def swap(self, old_session_id: str, record: LinkRecord) -> None:
        """``record`` takes the place of a provisional row (shown, it stays shown even
        when a search is typed)."""
        if self.model.row_of(old_session_id) is not None:
            self.model.remove(old_session_id)
            self.model.upsert(record)
            self._show_empty()
        else:
            self.upsert(record)

    def remove(self, session_id: str) -> None:
        self.model.remove(session_id)
        self._show_empty()

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

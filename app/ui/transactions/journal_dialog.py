"""The audit journal viewer: filter by account, operation, outcome, text and date; export CSV.

It would like to be wide (many columns), but opens no larger than the screen it opens
on, so Close and Export are always in reach; the table scrolls instead.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QSize, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP
from app.desk.services import AppServices
from app.desk.wording import JOURNAL_OPERATION_LABELS, OUTCOME_LABELS
from app.storage.journal import JournalEntry, JournalOperation, JournalQuery, Outcome, write_csv
from app.ui.errors import ErrorPresenter
from app.ui.focus_order import chain, tab_leaves_tables
from app.ui.tasks import TaskRunner
from app.ui.transactions.export_csv import open_export_file
from app.ui.transactions.journal_model import SORT_ROLE, JournalColumn, JournalModel
from app.ui.widgets.screen_fit import fit_to_screen

__all__ = ["JournalDialog"]

_SIZE_SAMPLE_ROWS = 200
"""Rows measured when fitting the columns (all of 10,000 would stall the window)."""
_MAX_COLUMN_WIDTH = 320
_PERIODS = (
    (QT_TRANSLATE_NOOP("JournalDialog", "Any time"), None),
    (QT_TRANSLATE_NOOP("JournalDialog", "Today"), 0),
    (QT_TRANSLATE_NOOP("JournalDialog", "Last 7 days"), 6),
    (QT_TRANSLATE_NOOP("JournalDialog", "Last 30 days"), 29),
)
#: The size the viewer would like; ``fit_to_screen`` shrinks it on a smaller screen.
PREFERRED_SIZE = QSize(1400, 600)


def _write_file(entries: list[JournalEntry], path: Path) -> int:
    """Write the CSV (UTF-8 with a BOM, which Excel recognises); a folder that does not
    exist or cannot be written is said in plain words."""
    with open_export_file(path) as out:
        return write_csv(entries, out)


class JournalDialog(QDialog):
    loaded = Signal(int)
    exported = Signal(int)

    def __init__(
        self,
        services: AppServices,
        errors: ErrorPresenter,
        account_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journalDialog")
        self.setWindowTitle(self.tr("Audit journal"))
        self._fitted = False
        self.services = services
        self.account_id = account_id
        self.tasks = TaskRunner(errors, self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.reload)

        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Accounts"))
        if account_id:
            self.scope.addItem(
                self.tr("Account {account_id}").format(account_id=account_id), account_id
            )
        self.scope.addItem(self.tr("All accounts"), None)
        self.operation = QComboBox(self)
        self.operation.setObjectName("journalOperation")
        self.operation.setAccessibleName(self.tr("Operation"))
        self.operation.addItem(self.tr("Any operation"), None)
        for op in JournalOperation:
            self.operation.addItem(JOURNAL_OPERATION_LABELS[op], op)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("journalOutcome")
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.addItem(self.tr("Any outcome"), None)
        for outcome in Outcome:
            self.outcome.addItem(OUTCOME_LABELS[outcome], outcome)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for label, days in _PERIODS:
            self.period.addItem(self.tr(label), days)
        self.text = QLineEdit(self)
        self.text.setObjectName("journalSearch")
        self.text.setAccessibleName(self.tr("Search the journal"))
        self.text.setPlaceholderText(self.tr("Transaction, reference, operator, desk, request id…"))
        self.text.setClearButtonEnabled(True)
        for combo in (self.scope, self.operation, self.outcome, self.period):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.text.textChanged.connect(lambda _t: self._debounce.start())

        self.model = JournalModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("journalTable")
        self.view.setAccessibleName(self.tr("Journal entries"))
        self.view.setModel(proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(JournalColumn.TIME, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(_SIZE_SAMPLE_ROWS)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setWordWrap(False)
        self._fit_columns()

        self.count = QLabel(self)
        self.count.setObjectName("journalCount")
        export = QPushButton(self.tr("Export CSV…"), self)
        export.setObjectName("journalExport")
        export.clicked.connect(self._choose_export_file)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("journalClose")
        close.clicked.connect(self.reject)

        filters = QHBoxLayout()
        filters.addWidget(self.text, 1)
        for widget in (self.scope, self.operation, self.outcome, self.period):
            filters.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(export)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        chain(
            [
                self.text,
                self.scope,
                self.operation,
                self.outcome,
                self.period,
                self.view,
                export,
                close,
            ]
        )
        tab_leaves_tables(self)
        self.text.setFocus()
        self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the search looks now; it does not press Export (the first button)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() is self.text:
            event.accept()
            self._debounce.stop()
            self.reload()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Fit to the screen the viewer opens on, the first time it is shown."""
        if not self._fitted:
            self._fitted = True
            fit_to_screen(self, PREFERRED_SIZE)
        super().showEvent(event)

    def query(self) -> JournalQuery:
        days = self.period.currentData()
        since = None
        if days is not None:
            start = datetime.combine(datetime.now().date() - timedelta(days=days), time.min)
            since = start.astimezone().astimezone(UTC)
        operation = self.operation.currentData()
        outcome = self.outcome.currentData()
        return JournalQuery(
            account_id=self.scope.currentData(),
            operations=(operation,) if operation else (),
            outcomes=(outcome,) if outcome else (),
            text=self.text.text().strip() or None,
            since=since,
        )

    def reload(self) -> None:
        query = self.query()
        stores = self.services.stores

        def read() -> list[JournalEntry]:
            return stores.journal().query(query)

        self.tasks.start(
            "journal-load",
            asyncio.to_thread(read),
            on_success=self._loaded,
            error_context=self.tr("Could not read the audit journal"),
        )

    def _loaded(self, entries: list[JournalEntry]) -> None:
        self.model.set_entries(entries)
        self._fit_columns()
        count = len(entries)
        self.count.setText(
            self.tr("1 entry") if count == 1 else self.tr("{count} entries").format(count=count)
        )
        self.loaded.emit(len(entries))

    def _fit_columns(self) -> None:
        """Each column as wide as its title and the widest of the first rows, capped so
        one long message or id does not push the rest out of sight (its tooltip and
        the CSV have it whole); the message column takes what is left."""
        header = self.view.horizontalHeader()
        for column in JournalColumn:
            if column is JournalColumn.MESSAGE:
                continue
            self.view.resizeColumnToContents(column)
            width = max(header.sectionSize(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(width, _MAX_COLUMN_WIDTH))

    def _choose_export_file(self) -> None:
        dialog = QFileDialog(
            self,
            self.tr("Export journal"),
            str(Path.home() / "paydesk-journal.csv"),
            self.tr("CSV files (*.csv)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.open()

    def export_to(self, path: Path) -> None:
        """Write the rows shown (with the current filters) to ``path``."""
        entries = list(self.model.entries())
        self.tasks.start(
            "journal-export",
            asyncio.to_thread(_write_file, entries, path),
            on_success=self.exported.emit,
            error_context=self.tr("Could not export the audit journal"),
        )

    def done(self, result: int) -> None:
        self.tasks.cancel_all()
        super().done(result)

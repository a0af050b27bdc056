"""Export the current search to CSV with a progress bar and a Cancel button.

The file follows the user's locale (``QLocale``): what their spreadsheet opens into
columns and numbers. A folder that does not exist (or cannot be written) is said on
the dialog, where the path can be changed, before anything is fetched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.spreadsheet_csv import CsvStyle
from app.dintero import TransactionFilter
from app.ui import style
from app.ui.context import AccountContext
from app.ui.focus_order import chain
from app.ui.style import Tone
from app.ui.transactions.export_csv import ExportError, export_transactions

__all__ = ["EXPORT_TASK", "ExportDialog"]

EXPORT_TASK = "export-transactions"


class ExportDialog(QDialog):
    exported = Signal(int)  # rows written

    def __init__(
        self, context: AccountContext, search: TransactionFilter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export transactions to CSV"))
        self.setMinimumWidth(560)
        self.context = context
        self.search = search
        self.running = False
        self.csv_style = CsvStyle.for_locale(QLocale().name())

        separator = "semicolons" if self.csv_style.delimiter == ";" else "commas"
        example = f"120{self.csv_style.decimal_mark}50"
        intro = QLabel(
            self.tr(
                "Exports every transaction that matches the current search and filters "
                "(all pages), as your spreadsheet reads it: columns split by "
                "{separator}, amounts as numbers such as {example} beside their "
                "currency."
            ).format(separator=separator, example=example),
            self,
        )
        intro.setObjectName("exportIntro")
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(str(Path.home() / "transactions.csv"), self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.path_edit.setAccessibleDescription(
            self.tr("The CSV file the export writes; its folder must exist")
        )
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("exportBrowse")
        browse.setAccessibleDescription(self.tr("Choose the file to write"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.state = QLabel(self.tr("Ready."), self)
        self.state.setObjectName("exportState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)  # may quote a folder name
        self.start_button = QPushButton(self.tr("Export"), self)
        self.start_button.setObjectName("exportStart")
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("exportCancel")
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(path_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        chain([self.path_edit, browse, self.start_button, self.cancel_button])
        self.path_edit.setFocus()

    def _browse(self) -> None:
        dialog = QFileDialog(
            self, self.tr("Export to"), self.path_edit.text(), self.tr("CSV files (*.csv)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(self.path_edit.setText)
        dialog.open()

    def start(self) -> None:
        if self.running:
            return
        target = Path(self.path_edit.text().strip()).expanduser()
        style.apply(self.state, None)
        self.running = True
        self.start_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.progress.setRange(0, 0)  # total unknown: Dintero gives no count
        self.state.setText(self.tr("Exporting…"))
        self.context.tasks.start(
            EXPORT_TASK,
            export_transactions(
                self.context.client, self.search, target, self._progress, self.csv_style
            ),
            on_success=lambda count: self._done(count, target),
            on_error=self._failed,
            error_context=self.tr("The export did not finish"),
        )

    def _progress(self, count: int) -> None:
        self.state.setText(self.tr("Exported {count} transactions…").format(count=count))

    def _done(self, count: int, target: Path) -> None:
        self.running = False
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.state.setText(
            self.tr("Exported {count} transactions to {target}.").format(count=count, target=target)
        )
        self.cancel_button.setText(self.tr("Close"))
        self.start_button.setEnabled(True)
        self.exported.emit(count)

    def _failed(self, error: BaseException) -> bool:
        self.running = False
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.start_button.setEnabled(True)
        if isinstance(error, ExportError):
            # Said on the dialog, where the path can be changed: no pop-up on top.
            self.state.setText(
                self.tr("{user_message} No file was written.").format(
                    user_message=error.user_message
                )
            )
            style.apply(self.state, Tone.ERROR)
            return True
        self.state.setText(self.tr("The export did not finish; no file was written."))
        return False

    def cancel(self) -> None:
        if self.running:
            self.context.tasks.cancel(EXPORT_TASK)
            self.running = False
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.start_button.setEnabled(True)
            self.state.setText(self.tr("Export cancelled; no file was written."))
            return
        self.reject()

    def reject(self) -> None:
        if self.running:
            self.cancel()
        super().reject()

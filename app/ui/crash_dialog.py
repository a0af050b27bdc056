"""The window that says something unexpected went wrong, with the report one click away.

The crash handler may report from any thread; ``CrashPresenter`` carries each report to
the GUI thread through a queued signal and shows it there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP
from app.diagnostics.crash import CrashReport
from app.ui.app_icon import app_icon
from app.ui.focus_order import chain

__all__ = ["CrashDialog", "CrashPresenter"]

MESSAGE = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "Something unexpected went wrong inside Paydesk. Nothing more was sent to Dintero "
    "because of it. You can keep working; if something looks wrong, close Paydesk and "
    "start it again.",
)


class CrashDialog(QDialog):
    """What happened in plain words, the report's text, *Copy details* and its folder."""

    def __init__(self, report: CrashReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Paydesk — unexpected error"))
        self.setWindowIcon(app_icon())
        self.report = report
        layout = QVBoxLayout(self)
        message = QLabel(self.tr(MESSAGE), self)
        message.setWordWrap(True)
        layout.addWidget(message)
        where = (
            self.tr(
                "A report was saved as <b>{file}</b> in {folder}. "
                "Send it to support with a few words about what you were doing."
            ).format(
                file=report.path.name,
                folder=f"<a href='{QUrl.fromLocalFile(str(report.folder)).toString()}'>"
                f"{report.folder}</a>",
            )
            if report.path is not None and report.folder is not None
            else self.tr(
                "The report could not be saved; use Copy details and send the text to support."
            )
        )
        self.where = QLabel(where, self)
        self.where.setObjectName("reportFolder")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.where.setOpenExternalLinks(True)
        layout.addWidget(self.where)
        self.details = QPlainTextEdit(report.text, self)
        self.details.setReadOnly(True)
        self.details.setObjectName("crashReportText")
        self.details.setAccessibleName(self.tr("Report text"))
        self.details.setTabChangesFocus(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumSize(560, 220)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.folder_button = QPushButton(self.tr("Open report &folder"), self)
        self.folder_button.setEnabled(report.folder is not None)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(self.open_folder)
        layout.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        chain([self.where, self.details, self.copy_button, self.folder_button, close])
        self.copy_button.setDefault(True)
        self.copy_button.setFocus()  # what support needs, one key away
        self.resize(680, 440)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report.text)

    def open_folder(self) -> None:
        if self.report.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.folder)))


class CrashPresenter(QObject):
    """Shows each report in a dialog on the GUI thread; one dialog at a time."""

    reported = Signal(object)  # CrashReport, from any thread
    shown = Signal(object)  # CrashDialog, for tests

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.dialog: CrashDialog | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, report: CrashReport) -> None:
        """The crash handler's listener: safe to call from any thread."""
        self.reported.emit(report)

    @Slot(object)
    def _show(self, report: CrashReport) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # the first report is the one that matters; the rest are in the folder
        self.dialog = CrashDialog(report, self._parent_widget)
        self.dialog.open()
        self.shown.emit(self.dialog)

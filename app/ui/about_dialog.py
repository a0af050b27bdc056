"""Help › About Paydesk: which build this is, where its files are, and what it is made of."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP, TranslatedTable
from app.core.version import build_info
from app.diagnostics.environment import facts
from app.diagnostics.licences import Licence, bundled_licences
from app.ui.app_icon import app_icon
from app.ui.focus_order import chain, tab_leaves_tables

__all__ = ["AboutDialog", "about_facts"]


def about_facts(data_folder: Path, log_folder: Path) -> list[tuple[str, str]]:
    """Everything the About window lists, in order (also what *Copy* puts on the clipboard)."""
    rows = facts()
    rows.insert(1, ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"))
    rows += [("Data folder", str(data_folder)), ("Log folder", str(log_folder))]
    return [(label, value) for label, value in rows if label != "Process"]


#: The rows' labels as the window shows them; *Copy* keeps the English ones, for support.
_SHOWN_LABELS = TranslatedTable(
    "AboutDialog",
    {
        "Version": QT_TRANSLATE_NOOP("AboutDialog", "Version"),
        "Operating system": QT_TRANSLATE_NOOP("AboutDialog", "Operating system"),
        "Built": QT_TRANSLATE_NOOP("AboutDialog", "Built"),
        "Installed app": QT_TRANSLATE_NOOP("AboutDialog", "Installed app"),
        "Data folder": QT_TRANSLATE_NOOP("AboutDialog", "Data folder"),
        "Log folder": QT_TRANSLATE_NOOP("AboutDialog", "Log folder"),
    },
)


def _folder_link(path: Path) -> str:
    return f"<a href='{QUrl.fromLocalFile(str(path)).toString()}'>{path}</a>"


class AboutDialog(QDialog):
    def __init__(
        self,
        data_folder: Path,
        log_folder: Path,
        parent: QWidget | None = None,
        licences: list[Licence] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Paydesk"))
        self.setWindowIcon(app_icon())
        self.rows = about_facts(data_folder, log_folder)
        self.licences = licences if licences is not None else bundled_licences()
        layout = QVBoxLayout(self)

        heading = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(
            self.tr(
                "<h2 style='margin:0'>Paydesk</h2><p style='margin:0'>Version "
                "{label}</p><p style='margin:0'>Payment links and transactions for "
                "Dintero Checkout.</p>"
            ).format(label=build_info().label),
            self,
        )
        heading.addWidget(title, 1)
        layout.addLayout(heading)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        folders = {"Data folder": data_folder, "Log folder": log_folder}
        links: list[QWidget] = []
        for label, value in self.rows:
            shown = _SHOWN_LABELS.get(label, label)  # Python and Qt are names
            field = QLabel(_folder_link(folders[label]) if label in folders else value, self)
            field.setObjectName(label.lower().replace(" ", "_"))
            field.setWordWrap(True)
            if label in folders:  # a folder opens from the keyboard too
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
                field.setOpenExternalLinks(True)
                field.setAccessibleName(shown)  # as the row says it; the path is its text
                field.setAccessibleDescription(str(folders[label]))
                links.append(field)
            else:  # selectable text, not a Tab stop each (Copy takes them all)
                field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{shown}:", field)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("<b>Libraries included, with their licences</b>"), self))
        table = QTableWidget(len(self.licences), 3, self)
        table.setObjectName("licences")
        table.setAccessibleName(self.tr("Libraries included, with their licences"))
        table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, item in enumerate(self.licences):
            for column, text in enumerate((item.name, item.version, item.licence)):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(200)
        self.table = table
        layout.addWidget(table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy version and folders, to send to support"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        chain([*links, table, self.copy_button, close])
        tab_leaves_tables(self)
        close.setDefault(True)  # Enter closes
        close.setFocus()
        self.resize(640, 620)

    def as_text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.rows)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

"""File › Preferences: the operator and desk names on journal rows, the production
confirmation threshold, and where the link history and journal live (this computer, or the
shop's shared PostgreSQL database, whose password goes to the keyring). Saved off the GUI
thread; the services use the new names and threshold from the next move, the storage
choice from the next start."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.accounts.preferences import Preferences, PreferencesError
from app.core.errors import UserFacingError
from app.desk.services import AppServices, default_desk_name, default_operator
from app.ui import style
from app.ui.errors import ErrorPresenter
from app.ui.language import LANGUAGE_NAMES, LANGUAGES
from app.ui.style import Tone
from app.ui.tasks import TaskRunner
from app.ui.widgets.money_edit import MoneyEdit

__all__ = ["PreferencesDialog"]


class PreferencesDialog(QDialog):
    saved = Signal(object)  # Preferences

    def __init__(
        self, services: AppServices, errors: ErrorPresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.services = services
        self.tasks = TaskRunner(errors, self)
        current = services.current_preferences()
        self._typed_password: str | None = None

        self.operator = QLineEdit(current.operator_name, self)
        self.operator.setPlaceholderText(
            self.tr("{default_operator} (the computer's user name)").format(
                default_operator=default_operator()
            )
        )
        self.operator.setAccessibleName(self.tr("Operator name"))
        self.desk = QLineEdit(current.desk_name, self)
        self.desk.setPlaceholderText(
            self.tr("{default_desk_name} (the computer's name)").format(
                default_desk_name=default_desk_name()
            )
        )
        self.desk.setAccessibleName(self.tr("Desk name"))
        self.local_storage = QRadioButton(self.tr("This computer only"), self)
        self.shared_storage = QRadioButton(self.tr("The shop's shared database (PostgreSQL)"), self)
        self.storage_choice = QButtonGroup(self)
        self.storage_choice.addButton(self.local_storage)
        self.storage_choice.addButton(self.shared_storage)
        (self.shared_storage if current.shared_database else self.local_storage).setChecked(True)
        self.database_url = QLineEdit(current.database_url, self)
        self.database_url.setPlaceholderText(self.tr("postgresql://kari@db.shop.lan:5432/paydesk"))
        self.database_url.setAccessibleName(self.tr("Shared database connection string"))
        self.database_password = QLineEdit(self)
        self.database_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.database_password.setPlaceholderText(
            self.tr("kept in the system keychain; blank keeps it")
        )
        self.database_password.setAccessibleName(self.tr("Shared database password"))
        self.shared_storage.toggled.connect(self._storage_toggled)
        self._storage_toggled(self.shared_storage.isChecked())
        self.threshold = MoneyEdit("NOK", self)
        self.threshold.set_amount(current.production_confirm_threshold)
        self.threshold.setAccessibleName(self.tr("Production confirmation threshold"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Same as the computer"), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.problem = QLabel("", self)
        self.problem.setObjectName("preferencesProblem")
        style.apply(self.problem, Tone.ERROR)
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Operator name"), self.operator)
        form.addRow(
            "",
            _note(
                self.tr("Written on every audit journal row, beside the account and the amount.")
            ),
        )
        form.addRow(self.tr("&Desk name"), self.desk)
        form.addRow(
            "",
            _note(
                self.tr(
                    "Shown beside the operator, and to a colleague at another desk who tries to "
                    "move the same payment."
                )
            ),
        )
        form.addRow(self.tr("Typed confirmation &above"), self.threshold)
        form.addRow(
            "",
            _note(
                self.tr(
                    "On PRODUCTION accounts, a capture, refund or void larger than this (in the "
                    "payment's own currency) must be confirmed by typing its amount."
                )
            ),
        )
        form.addRow(self.tr("Link history and journal"), self.local_storage)
        form.addRow("", self.shared_storage)
        form.addRow(self.tr("Connection &string"), self.database_url)
        form.addRow(self.tr("Database &password"), self.database_password)
        form.addRow(
            "",
            _note(
                self.tr(
                    "Several desks share one link history and journal, and never move the same "
                    "payment at once. Takes effect the next time Paydesk starts."
                )
            ),
        )
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", _note(self.tr("A new language is used from the next start of Paydesk.")))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def read(self) -> Preferences | None:
        """The preferences in the form, or None (and the reason shown) if they are wrong."""
        if self.threshold.error or self.threshold.amount() is None:
            self._show_problem(
                self.threshold.error or self.tr("Type the threshold amount, e.g. 1 000,00.")
            )
            self.threshold.setFocus()
            return None
        shared = self.shared_storage.isChecked()
        url = self.database_url.text().strip()
        self._typed_password = self.database_password.text() or None
        if url:
            from app.storage.postgres_db import split_password

            try:
                url, in_url = split_password(url)
            except UserFacingError as error:
                self._show_problem(error.user_message)
                self.database_url.setFocus()
                return None
            self._typed_password = self._typed_password or in_url
        try:
            return Preferences(
                self.operator.text(),
                self.threshold.amount() or 0,
                self.desk.text(),
                shared,
                url,
                language=str(self.language.currentData() or ""),
            )
        except PreferencesError as error:
            self._show_problem(str(error))
            return None

    def save(self) -> None:
        preferences = self.read()
        if preferences is None:
            return
        store = self.services.preferences
        password = self._typed_password
        secrets = self.services.secrets

        async def write() -> Preferences:
            if password and preferences.database_url:
                from app.storage.postgres_db import keyring_name

                name = keyring_name(preferences.database_url)
                #: Completes "The system keychain did not save {what}."
                what = self.tr("the database password")
                await asyncio.to_thread(secrets.set_named, name, password, what)
            if store is not None:
                await asyncio.to_thread(store.save, preferences)
            return preferences

        def done(saved: Preferences) -> None:
            self.services.apply(saved, password)
            self.saved.emit(saved)
            self.accept()

        self.tasks.start(
            "save-preferences",
            write(),
            on_success=done,
            busy=[self.buttons],
            error_context=self.tr("Could not save the preferences"),
        )

    def _storage_toggled(self, shared: bool) -> None:
        self.database_url.setEnabled(shared)
        self.database_password.setEnabled(shared)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    style.apply(label, Tone.MUTED)
    return label

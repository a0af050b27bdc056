"""File › Preferences: the operator name on journal rows and the production confirmation
threshold. Saved off the GUI thread; the services use the new values from the next move."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.accounts.preferences import Preferences, PreferencesError
from app.desk.services import AppServices, default_operator
from app.ui import style
from app.ui.errors import ErrorPresenter
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
        self.setWindowTitle("Preferences")
        self.services = services
        self.tasks = TaskRunner(errors, self)
        current = services.current_preferences()

        self.operator = QLineEdit(current.operator_name, self)
        self.operator.setPlaceholderText(f"{default_operator()} (the computer's user name)")
        self.operator.setAccessibleName("Operator name")
        self.threshold = MoneyEdit("NOK", self)
        self.threshold.set_amount(current.production_confirm_threshold)
        self.threshold.setAccessibleName("Production confirmation threshold")
        self.problem = QLabel("", self)
        self.problem.setObjectName("preferencesProblem")
        style.apply(self.problem, Tone.ERROR)
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.addRow("&Operator name", self.operator)
        form.addRow(
            "",
            _note("Written on every audit journal row, beside the account and the amount."),
        )
        form.addRow("Typed confirmation &above", self.threshold)
        form.addRow(
            "",
            _note(
                "On PRODUCTION accounts, a capture, refund or void larger than this (in the "
                "payment's own currency) must be confirmed by typing its amount."
            ),
        )
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
            self._show_problem(self.threshold.error or "Type the threshold amount, e.g. 1 000,00.")
            self.threshold.setFocus()
            return None
        try:
            return Preferences(self.operator.text(), self.threshold.amount() or 0)
        except PreferencesError as error:
            self._show_problem(str(error))
            return None

    def save(self) -> None:
        preferences = self.read()
        if preferences is None:
            return
        store = self.services.preferences

        async def write() -> Preferences:
            if store is not None:
                await asyncio.to_thread(store.save, preferences)
            return preferences

        def done(saved: Preferences) -> None:
            self.services.apply(saved)
            self.saved.emit(saved)
            self.accept()

        self.tasks.start(
            "save-preferences",
            write(),
            on_success=done,
            busy=[self.buttons],
            error_context="Could not save the preferences",
        )

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    style.apply(label, Tone.MUTED)
    return label

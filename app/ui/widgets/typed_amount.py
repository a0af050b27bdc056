"""Type the amount to confirm it: the guard before a large money move on production.

Preferences set a threshold; above it, on a production account, staff must type the
amount exactly before the confirm button wakes up. Typing it and pressing Enter
confirms (the typing is the deliberate act); Enter on a wrong amount says so and
keeps the dialog open, so nothing is dropped without a word.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.money import format_amount
from app.ui import style
from app.ui.style import Tone
from app.ui.widgets.money_edit import MoneyEdit

__all__ = ["TypedAmount", "needs_typed_amount"]


def needs_typed_amount(production: bool, amount: int, threshold: int | None) -> bool:
    """True when a move of ``amount`` must be typed in: production, above the threshold."""
    return production and threshold is not None and amount > threshold


class TypedAmount(QWidget):
    """The hint, the field and what is wrong; ``changed`` on every keystroke."""

    changed = Signal()

    def __init__(
        self, amount: int, currency: str, threshold: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.amount = amount
        self.currency = currency
        self.hint = QLabel(
            self.tr(
                "This is above {threshold} on a production account. Type the amount to confirm it:"
            ).format(threshold=format_amount(threshold, currency)),
            self,
        )
        self.hint.setWordWrap(True)
        self.edit = MoneyEdit(currency, self)
        self.edit.setObjectName("typedAmount")
        self.edit.setAccessibleName(self.tr("Type the amount to confirm"))
        self.problem = QLabel(self)
        self.problem.setObjectName("typedAmountProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # quotes what was typed
        self.problem.setWordWrap(True)
        style.apply(self.problem, Tone.ERROR)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        self.edit.textChanged.connect(self._edited)

    def matches(self) -> bool:
        return self.edit.amount() == self.amount

    def explain_mismatch(self) -> None:
        """Enter on a wrong or empty amount: say what is expected, keep the dialog open."""
        expected = format_amount(self.amount, self.currency)
        typed = self.edit.text().strip()
        if not typed:
            message = self.tr("Type {expected} to confirm, or choose not to go ahead.").format(
                expected=expected
            )
        elif self.edit.error:
            message = self.tr("{error}. Type {expected} to confirm.").format(
                error=self.edit.error, expected=expected
            )
        else:
            message = self.tr("That is not the amount: type {expected} exactly to confirm.").format(
                expected=expected
            )
        self.problem.setText(message)
        self.problem.show()

    def _edited(self) -> None:
        self.problem.hide()
        self.changed.emit()

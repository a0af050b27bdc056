"""A line edit for an amount of money that reads what staff type into minor units.

Parsing follows ``app.core.money.parse_amount`` (``"1 299,90"``, ``"299,-"``,
``"kr 50"``); the field turns red and says why when the text is not an amount.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from app.core.money import AmountError, UnknownCurrency, format_plain, parse_amount
from app.ui import style

__all__ = ["MoneyEdit"]


class MoneyEdit(QLineEdit):
    """``amount()`` is the typed amount in minor units, or None when empty or invalid."""

    def __init__(self, currency: str = "NOK", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._error = ""
        self.setPlaceholderText(format_plain(0, currency))
        self.textChanged.connect(self._revalidate)

    @property
    def currency(self) -> str:
        return self._currency

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        self._revalidate(self.text())

    def set_amount(self, minor: int | None) -> None:
        self.setText("" if minor is None else format_plain(minor, self._currency))

    def amount(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_amount(text, self._currency)
        except (AmountError, UnknownCurrency):
            return None

    @property
    def error(self) -> str:
        """Why the text is not an amount ("" when it is, or when empty)."""
        return self._error

    def _revalidate(self, text: str) -> None:
        self._error = ""
        if text.strip():
            try:
                parse_amount(text, self._currency)
            except (AmountError, UnknownCurrency) as error:
                self._error = str(error)
        style.mark_invalid(self, bool(self._error))
        self.setToolTip(self._error)

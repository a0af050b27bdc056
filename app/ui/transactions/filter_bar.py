"""The filter bar above the transaction list: statuses, dates, amounts, currency,
payment product, and a debounced search box.

It emits ``filter_changed`` with a ready :class:`TransactionFilter`; typing in the
search box waits for a pause (``SEARCH_DEBOUNCE_MS``) so each keystroke does not start
a request, and the page's list task is named, so a newer search cancels an older one.

An amount field that does not hold an amount is never read as empty: nothing is
emitted while it is wrong, and a line under the bar says that the list has not changed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP
from app.desk.wording import STATUS_LABELS
from app.dintero.filters import TransactionFilter
from app.ui import style
from app.ui.style import Tone
from app.ui.widgets.money_edit import MoneyEdit

__all__ = ["DATE_PRESETS", "SEARCH_DEBOUNCE_MS", "FilterBar"]

SEARCH_DEBOUNCE_MS = 350
CURRENCIES = ("NOK", "SEK", "DKK", "EUR")
PAYMENT_PRODUCTS = (
    ("dintero_psp", QT_TRANSLATE_NOOP("FilterBar", "Card (Dintero)")),
    ("vipps", "Vipps"),
    ("swish", "Swish"),
    ("klarna", "Klarna"),
    ("collector", QT_TRANSLATE_NOOP("FilterBar", "Walley invoice")),
    ("payex", "Swedbank Pay"),
    ("bambora", "Bambora"),
    ("instabank", "Instabank"),
)
DATE_PRESETS = (
    QT_TRANSLATE_NOOP("FilterBar", "Any time"),
    QT_TRANSLATE_NOOP("FilterBar", "Today"),
    QT_TRANSLATE_NOOP("FilterBar", "Last 7 days"),
    QT_TRANSLATE_NOOP("FilterBar", "Last 30 days"),
    QT_TRANSLATE_NOOP("FilterBar", "Last 90 days"),
    QT_TRANSLATE_NOOP("FilterBar", "Custom range"),
)


def _preset_range(preset: str, today: date) -> tuple[date | None, date | None]:
    days = {"Today": 0, "Last 7 days": 6, "Last 30 days": 29, "Last 90 days": 89}
    if preset in days:
        return today - timedelta(days=days[preset]), None
    return None, None


def _start_of(day: date) -> datetime:
    """Local midnight, as an aware time (Dintero reads times without a zone as UTC)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time.max).astimezone().astimezone(UTC)


class FilterBar(QWidget):
    filter_changed = Signal(object)  # TransactionFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)

        self.search = QLineEdit(self)
        self.search.setObjectName("transactionSearch")
        self.search.setPlaceholderText(
            self.tr("Search: transaction id, session id, reference, phone, e-mail or name")
        )
        self.search.setAccessibleName(self.tr("Search transactions"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._emit_now)

        # A push button reserves room for its menu arrow; a tool button drew it over the text.
        self.status_button = QPushButton(self.tr("Status: any"), self)
        self.status_button.setObjectName("statusFilter")
        self.status_button.setAccessibleName(self.tr("Filter by status"))
        self.status_menu = QMenu(self.status_button)
        self.status_actions: dict[str, QAction] = {}
        for status, label in STATUS_LABELS.items():
            action = QAction(label, self.status_menu)
            action.setCheckable(True)
            action.toggled.connect(lambda _on: self._statuses_changed())
            self.status_menu.addAction(action)
            self.status_actions[status] = action
        self.status_button.setMenu(self.status_menu)

        self.date_preset = QComboBox(self)
        self.date_preset.setObjectName("datePreset")
        self.date_preset.setAccessibleName(self.tr("Created"))
        for preset in DATE_PRESETS:
            self.date_preset.addItem(self.tr(preset), preset)
        self.date_preset.currentIndexChanged.connect(self._preset_changed)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.date_to = QDateEdit(today, self)
        for edit, name in (
            (self.date_from, self.tr("Created from")),
            (self.date_to, self.tr("Created until")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")  # as the desk's lists show dates
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self._emit_now())

        self.amount_from = MoneyEdit(parent=self)
        self.amount_to = MoneyEdit(parent=self)
        for money_edit, label in (
            (self.amount_from, self.tr("Amount from")),
            (self.amount_to, self.tr("Amount to")),
        ):
            money_edit.setAccessibleName(label)
            money_edit.setMaximumWidth(110)
            money_edit.editingFinished.connect(self._emit_now)
        self.amount_from.setPlaceholderText(self.tr("min"))
        self.amount_to.setPlaceholderText(self.tr("max"))

        self.currency = QComboBox(self)
        self.currency.setObjectName("currencyFilter")
        self.currency.setAccessibleName(self.tr("Currency"))
        self.currency.addItem(self.tr("Any currency"), None)
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.currentIndexChanged.connect(self._currency_changed)

        self.product = QComboBox(self)
        self.product.setObjectName("productFilter")
        self.product.setAccessibleName(self.tr("Payment product"))
        self.product.addItem(self.tr("Any payment method"), None)
        for value, label in PAYMENT_PRODUCTS:
            self.product.addItem(self.tr(label), value)
        self.product.currentIndexChanged.connect(lambda _i: self._emit_now())

        self.problem = QLabel(self)
        self.problem.setObjectName("filterProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        style.apply(self.problem, Tone.ERROR)
        self.problem.hide()
        for money_edit in (self.amount_from, self.amount_to):
            money_edit.textChanged.connect(lambda _t: self._clear_problem_if_fixed())

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.status_button)
        bottom.addWidget(QLabel(self.tr("Created:"), self))
        bottom.addWidget(self.date_preset)
        bottom.addWidget(self.date_from)
        bottom.addWidget(QLabel("–", self))
        bottom.addWidget(self.date_to)
        bottom.addSpacing(12)
        bottom.addWidget(QLabel(self.tr("Amount:"), self))
        bottom.addWidget(self.amount_from)
        bottom.addWidget(QLabel("–", self))
        bottom.addWidget(self.amount_to)
        bottom.addSpacing(12)
        bottom.addWidget(self.currency)
        bottom.addWidget(self.product)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)
        layout.addWidget(self.problem)
        self._update_status_text()

    # ------------------------------------------------------------------ state
    def selected_statuses(self) -> tuple[str, ...]:
        return tuple(s for s, a in self.status_actions.items() if a.isChecked())

    def set_statuses(self, statuses: tuple[str, ...]) -> None:
        for status, action in self.status_actions.items():
            action.blockSignals(True)
            action.setChecked(status in statuses)
            action.blockSignals(False)
        self._statuses_changed()

    def filter_problem(self) -> str:
        """Why the typed filter cannot be used ("" when it can)."""
        for money_edit, name in (
            (self.amount_from, self.tr("Amount from")),
            (self.amount_to, self.tr("Amount to")),
        ):
            if money_edit.error:
                return self.tr(
                    "{name}: {error}. The list has not changed: fix the amount or clear it."
                ).format(name=name, error=money_edit.error)
        return ""

    def current_filter(self, today: date | None = None) -> TransactionFilter:
        today = today or date.today()
        preset = str(self.date_preset.currentData())
        start: date | None
        end: date | None
        if preset == "Custom range":
            start = date.fromisoformat(self.date_from.date().toString("yyyy-MM-dd"))
            end = date.fromisoformat(self.date_to.date().toString("yyyy-MM-dd"))
        else:
            start, end = _preset_range(preset, today)
        currency = self.currency.currentData()
        product = self.product.currentData()
        return TransactionFilter(
            statuses=self.selected_statuses(),
            created_at_gte=_start_of(start) if start else None,
            created_at_lte=_end_of(end) if end else None,
            amount_gte=self.amount_from.amount(),
            amount_lte=self.amount_to.amount(),
            currencies=(currency,) if currency else (),
            payment_products=(product,) if product else (),
            search=self.search.text().strip() or None,
        )

    def reset(self) -> None:
        """Back to no search and no filters, quietly (the caller reloads the list).

        A search or filter picked on one account means nothing on the next.
        """
        widgets = (
            self.search,
            self.date_preset,
            self.date_from,
            self.date_to,
            self.currency,
            self.product,
            *self.status_actions.values(),
        )
        blocked = [(w, w.blockSignals(True)) for w in widgets]
        try:
            self.search.clear()
            for action in self.status_actions.values():
                action.setChecked(False)
            self.date_preset.setCurrentIndex(0)
            today = QDate.currentDate()
            self.date_from.setDate(today.addDays(-30))
            self.date_to.setDate(today)
            self.date_from.setEnabled(False)
            self.date_to.setEnabled(False)
            self.currency.setCurrentIndex(0)
            self.product.setCurrentIndex(0)
        finally:
            for widget, was_blocked in blocked:
                widget.blockSignals(was_blocked)
        self.amount_from.clear()  # not blocked: they re-check (and un-mark) their text
        self.amount_to.clear()
        self._debounce.stop()
        self._update_status_text()

    def set_default_currency(self, currency: str) -> None:
        """Amounts typed in the range fields are read in this currency unless one is picked."""
        if self.currency.currentData() is None:
            self.amount_from.set_currency(currency)
            self.amount_to.set_currency(currency)

    # ------------------------------------------------------------------ slots
    def _statuses_changed(self) -> None:
        self._update_status_text()
        self._emit_now()

    def _update_status_text(self) -> None:
        chosen = self.selected_statuses()
        if not chosen:
            text = self.tr("Status: any")
        elif len(chosen) == 1:
            text = self.tr("Status: {status}").format(status=STATUS_LABELS[chosen[0]])
        else:
            text = self.tr("Status: %n chosen", "", len(chosen))
        self.status_button.setText(text)

    def _preset_changed(self, _index: int) -> None:
        custom = self.date_preset.currentData() == "Custom range"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        self._emit_now()

    def _currency_changed(self, _index: int) -> None:
        currency = self.currency.currentData()
        if currency:
            self.amount_from.set_currency(currency)
            self.amount_to.set_currency(currency)
        self._emit_now()

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        problem = self.filter_problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if problem:
            return  # an amount that is not one is not read as "no amount"
        self.filter_changed.emit(self.current_filter())

    def _clear_problem_if_fixed(self) -> None:
        """Hide the note as soon as the amounts are amounts again (Enter applies them)."""
        if self.problem.isVisibleTo(self) and not self.filter_problem():
            self.problem.hide()

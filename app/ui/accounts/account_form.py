"""The fields of one account. The client secret is write-only: it is never read back from
the keychain into this form, only replaced when staff type a new one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.accounts.models import (
    DEFAULT_RETURN_URL,
    Account,
    check_production_urls,
    default_return_url,
)
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.money import SUPPORTED_CURRENCIES
from app.ui import style
from app.ui.style import Tone

__all__ = ["AccountForm"]

_NO_SECRET = QT_TRANSLATE_NOOP("AccountForm", "Paste the client secret")
_SAVED_SECRET = QT_TRANSLATE_NOOP(
    "AccountForm", "Saved in the system keychain — type a new one to replace it"
)


class AccountForm(QWidget):
    """Reads an ``Account`` (raising ``AccountError`` with a message) and a typed secret."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountForm")
        self.editing: Account | None = None
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("My shop (test)"))
        self.account_id = QLineEdit(self)
        self.account_id.setPlaceholderText(self.tr("T12345678 for test, P12345678 for production"))
        self.client_id = QLineEdit(self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setObjectName("clientSecret")
        self.secret.setPlaceholderText(self.tr(_NO_SECRET))
        self.profile_id = QLineEdit("default", self)
        self.currency = QComboBox(self)
        self.currency.addItems(SUPPORTED_CURRENCIES)
        self.return_url = QLineEdit(DEFAULT_RETURN_URL, self)
        self.return_url.setPlaceholderText("https://www.your-shop.no/thank-you")
        self.callback_url = QLineEdit(self)
        self.callback_url.setPlaceholderText(self.tr("optional"))
        self.base_url = QLineEdit(self)
        self.base_url.setPlaceholderText(self.tr("optional: only for a local sandbox"))
        self.orders_api = QCheckBox(self.tr("Record payments in Dintero's Orders API"), self)
        self.shop_name = QLineEdit(self)
        self.shop_name.setObjectName("shopName")
        self.shop_name.setPlaceholderText(
            self.tr("as printed on receipts (the name above if empty)")
        )
        self.organization_number = QLineEdit(self)
        self.organization_number.setObjectName("organizationNumber")
        self.organization_number.setPlaceholderText(
            self.tr("printed on receipts, e.g. 987 654 321")
        )
        for label, widget, name in (
            (self.tr("&Name"), self.name, self.tr("Account name")),
            (self.tr("Account &id"), self.account_id, self.tr("Account id")),
            (self.tr("&Client id"), self.client_id, self.tr("Client id")),
            (self.tr("Client s&ecret"), self.secret, self.tr("Client secret")),
            (self.tr("&Profile id"), self.profile_id, self.tr("Checkout profile id")),
            (self.tr("C&urrency"), self.currency, self.tr("Default currency")),
            (self.tr("&Return URL"), self.return_url, self.tr("Return URL")),
            (self.tr("Call&back URL"), self.callback_url, self.tr("Callback URL")),
            (self.tr("Base UR&L"), self.base_url, self.tr("Base URL")),
            ("", self.orders_api, self.tr("Orders API")),
            (self.tr("S&hop name"), self.shop_name, self.tr("Shop name on receipts")),
            (
                self.tr("&Organisation no."),
                self.organization_number,
                self.tr("Organisation number"),
            ),
        ):
            widget.setAccessibleName(name)
            layout.addRow(label, widget)
        self.environment = QLabel(self)
        self.environment.setObjectName("accountEnvironment")
        layout.addRow(self.tr("Environment"), self.environment)
        self.account_id.textChanged.connect(self._environment_hint)
        self.clear()

    def _environment_hint(self) -> None:
        text = self.account_id.text().strip().upper()
        if self.editing is None and self.return_url.text() in (DEFAULT_RETURN_URL, ""):
            # A production shop's customers come back to its own page, never an example.
            self.return_url.setText(default_return_url(text))
        if text.startswith("P"):
            self.environment.setText(self.tr("PRODUCTION — real money"))
            style.apply(self.environment, Tone.PRODUCTION)
        elif text.startswith("T"):
            self.environment.setText(self.tr("Test — no real money"))
            style.apply(self.environment, Tone.TEST)
        else:
            self.environment.setText(self.tr("Starts with T (test) or P (production)"))
            style.apply(self.environment, Tone.MUTED)

    def clear(self) -> None:
        self.editing = None
        for edit in (self.name, self.account_id, self.client_id, self.secret):
            edit.clear()
        self.callback_url.clear()
        self.base_url.clear()
        self.profile_id.setText("default")
        self.return_url.setText(DEFAULT_RETURN_URL)
        self.currency.setCurrentText("NOK")
        self.orders_api.setChecked(False)
        self.shop_name.clear()
        self.organization_number.clear()
        self.secret.setPlaceholderText(self.tr(_NO_SECRET))
        self._environment_hint()

    def show_account(self, account: Account, *, has_secret: bool) -> None:
        self.editing = account
        self.name.setText(account.name)
        self.account_id.setText(account.account_id)
        self.client_id.setText(account.client_id)
        self.secret.clear()  # write-only: never filled from the keychain
        self.secret.setPlaceholderText(self.tr(_SAVED_SECRET if has_secret else _NO_SECRET))
        self.profile_id.setText(account.profile_id)
        self.currency.setCurrentText(account.currency)
        self.return_url.setText(account.return_url)
        self.callback_url.setText(account.callback_url or "")
        self.base_url.setText(account.base_url or "")
        self.orders_api.setChecked(account.orders_api_enabled)
        self.shop_name.setText(account.shop_name)
        self.organization_number.setText(account.organization_number)
        self._environment_hint()

    def read(self) -> Account:
        """The account as typed (keeps the key of the one being edited)."""
        fields: dict[str, object] = {
            "name": self.name.text(),
            "account_id": self.account_id.text(),
            "client_id": self.client_id.text(),
            "profile_id": self.profile_id.text(),
            "return_url": self.return_url.text(),
            "callback_url": self.callback_url.text() or None,
            "currency": self.currency.currentText(),
            "base_url": self.base_url.text() or None,
            "orders_api_enabled": self.orders_api.isChecked(),
            "shop_name": self.shop_name.text(),
            "organization_number": self.organization_number.text(),
        }
        if self.editing is not None:
            fields["key"] = self.editing.key
        return check_production_urls(Account(**fields))  # type: ignore[arg-type]

    def typed_secret(self) -> str:
        return self.secret.text().strip()

"""Manage accounts: add, edit and remove them, and test their credentials.

Secrets go straight to the system keychain and never come back into a widget. Every save
or removal emits ``accounts_changed`` so the main window picks the change up without a
restart. Keychain and file work run as tasks; the removal confirmation is asked (with a
non-modal box) before its task starts.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.accounts.models import Account, AccountError
from app.accounts.saving import SecretRequired, remove_account, save_account
from app.core.errors import UserFacingError
from app.desk.connection_check import ConnectionCheckFailed, check_connection
from app.desk.services import AppServices
from app.ui import style
from app.ui.accounts.account_form import AccountForm
from app.ui.accounts.accounts_model import AccountColumn, AccountsModel
from app.ui.errors import ErrorPresenter
from app.ui.style import Tone
from app.ui.tasks import TaskRunner

__all__ = ["AccountsDialog"]


def _save_account(
    services: AppServices, account: Account, secret: str, previous: Account | None
) -> Account:
    """Blocking: the secret to the keychain and the account to the file, both or neither."""
    return save_account(services.accounts, services.secrets, account, secret, previous)


def _remove_account(services: AppServices, account: Account) -> None:
    remove_account(services.accounts, services.secrets, account)


def _load(services: AppServices) -> tuple[list[Account], set[str]]:
    accounts = services.accounts.load()
    with_secret: set[str] = set()
    for account in accounts:
        if services.secrets.get_secret(account):
            with_secret.add(account.key)
    return accounts, with_secret


class AccountsDialog(QDialog):
    """Opened non-modally by the main window (``open()``)."""

    accounts_changed = Signal()

    def __init__(
        self, services: AppServices, errors: ErrorPresenter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(900, 560)
        self.services = services
        self.errors = errors
        self.tasks = TaskRunner(errors, self)
        self.with_secret: set[str] = set()
        self._confirm: QMessageBox | None = None

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each account is one Dintero API client. Secrets are kept in the system "
                "keychain and are never shown again after saving."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        layout.addLayout(body, 1)

        left = QVBoxLayout()
        self.model = AccountsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("accountList")
        self.view.setAccessibleName(self.tr("Accounts"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AccountColumn.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            AccountColumn.ACCOUNT_ID, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(
            AccountColumn.ENVIRONMENT, QHeaderView.ResizeMode.ResizeToContents
        )
        left.addWidget(self.view, 1)
        list_buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Ne&w account"), self)
        self.remove_button = QPushButton(self.tr("Re&move…"), self)
        self.remove_button.setObjectName("removeAccount")
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.remove_button)
        list_buttons.addStretch(1)
        left.addLayout(list_buttons)
        body.addLayout(left, 2)

        right = QVBoxLayout()
        self.form = AccountForm(self)
        right.addWidget(self.form)
        self.message = QLabel(self)
        self.message.setObjectName("accountMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.message)
        form_buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setObjectName("testConnection")
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveAccount")
        form_buttons.addWidget(self.test_button)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        right.addLayout(form_buttons)
        right.addStretch(1)
        body.addLayout(right, 3)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.new_button.clicked.connect(self.new_account)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.ask_remove)
        self.test_button.clicked.connect(self.test)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.finished.connect(lambda _: self.tasks.cancel_all())
        self.remove_button.setEnabled(False)
        self.reload()

    # ------------------------------------------------------------------ list
    def reload(self, select_key: str | None = None) -> None:
        def loaded(result: tuple[list[Account], set[str]]) -> None:
            accounts, self.with_secret = result
            self.model.set_rows(accounts)
            row = self.model.row_of(select_key) if select_key else None
            if row is not None:
                self.view.selectRow(row)
            elif not accounts:
                self.new_account()

        self.tasks.start(
            "accounts-load",
            asyncio.to_thread(_load, self.services),
            on_success=loaded,
            error_context=self.tr("Could not read the accounts"),
        )

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.remove_button.setEnabled(False)
            return
        account = self.model.account(rows[0].row())
        self.form.show_account(account, has_secret=account.key in self.with_secret)
        self.remove_button.setEnabled(True)
        self._say("")

    def new_account(self) -> None:
        self.view.clearSelection()
        self.form.clear()
        self.remove_button.setEnabled(False)
        self._say(self.tr("Fill in the account and its API client, then Save."))
        self.form.name.setFocus()

    def _say(self, text: str, *, error: bool = False, success: bool = False) -> None:
        style.apply(self.message, Tone.ERROR if error else (Tone.SUCCESS if success else None))
        self.message.setText(text)

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        try:
            account = self.form.read()
        except AccountError as error:
            self._say(str(error), error=True)
            return
        secret = self.form.typed_secret()
        previous = self.form.editing

        def saved(account: Account) -> None:
            self.form.secret.clear()
            self.with_secret.add(account.key)
            self._say(
                QCoreApplication.translate("AccountsDialog", "Saved “{name}”.").format(
                    name=account.name
                ),
                success=True,
            )
            self.accounts_changed.emit()
            self.reload(select_key=account.key)

        def failed(error: BaseException) -> bool:
            if not isinstance(error, UserFacingError):
                self._say("")  # the error box says what happened
                return False  # unexpected: logged, and shown by the task runner
            message = error.user_message
            self._say(
                QCoreApplication.translate("AccountsDialog", "Not saved: {message}").format(
                    message=message
                ),
                error=True,
            )
            return True

        self.tasks.start(
            "account-save",
            asyncio.to_thread(_save_account, self.services, account, secret, previous),
            on_success=saved,
            on_error=failed,
            busy=[self.save_button],
            error_context=self.tr("Could not save the account"),
        )

    # ------------------------------------------------------------------ remove
    def ask_remove(self) -> None:
        account = self.form.editing
        if account is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmRemoveAccount")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove account"))
        box.setText(
            self.tr("Remove “{name}” ({account_id})?").format(
                name=account.name, account_id=account.account_id
            )
        )
        box.setInformativeText(
            self.tr(
                "Its client secret is deleted from the keychain. Payment links and transactions "
                "at Dintero are not affected."
            )
        )
        yes = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)

        def answered() -> None:
            self._confirm = None
            if box.clickedButton() is yes:
                self.remove(account)

        box.finished.connect(answered)
        self._confirm = box
        box.open()

    def remove(self, account: Account) -> None:
        def removed(_: None) -> None:
            self.with_secret.discard(account.key)
            self.form.clear()
            self._say(
                QCoreApplication.translate("AccountsDialog", "Removed “{name}”.").format(
                    name=account.name
                ),
                success=True,
            )
            self.accounts_changed.emit()
            self.reload()

        self.tasks.start(
            "account-remove",
            asyncio.to_thread(_remove_account, self.services, account),
            on_success=removed,
            busy=[self.remove_button],
            error_context=self.tr("Could not remove “{name}”").format(name=account.name),
        )

    # ------------------------------------------------------------------ test
    def test(self) -> None:
        try:
            account = self.form.read()
        except AccountError as error:
            self._say(str(error), error=True)
            return
        typed = self.form.typed_secret()
        previous = self.form.editing

        async def run() -> str:
            secret = typed
            if not secret and previous is not None:
                stored = await asyncio.to_thread(self.services.secrets.get_secret, previous)
                secret = stored or ""
            if not secret:
                raise SecretRequired(
                    QCoreApplication.translate(
                        "AccountsDialog", "Enter the client secret to test the connection"
                    )
                )
            return await check_connection(account, secret)

        def failed(error: BaseException) -> bool:
            if not isinstance(error, UserFacingError):
                self._say("")  # the error box says it; no "Testing…" left standing
                return False  # unexpected: logged, and shown by the task runner
            message, details = error.user_message, error.details
            if isinstance(error, ConnectionCheckFailed) and error.credentials_work:
                text = message  # it says itself what works and what does not
            else:
                text = QCoreApplication.translate(
                    "AccountsDialog", "Connection failed: {message}"
                ).format(message=message)
            if details:
                text += f"\n\n{details}"
            self._say(text, error=True)
            return True

        self._say(self.tr("Testing…"))
        self.tasks.start(
            "account-test",
            run(),
            on_success=lambda text: self._say(text, success=True),
            on_error=failed,
            busy=[self.test_button],
            error_context=self.tr("Could not test the connection"),
        )

"""The accounts dialog with an in-memory keyring and the sandbox's token endpoint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import keyring
import keyring.errors
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.accounts.models import Account
from app.accounts.secrets import SERVICE, SecretStore
from app.accounts.store import AccountStore
from app.desk.services import AppServices
from app.sandbox import EmbeddedSandbox
from app.ui.accounts.accounts_model import AccountsModel
from app.ui.accounts_dialog import AccountsDialog
from app.ui.errors import ErrorPresenter
from app.ui.language import install_language


@pytest.fixture
def services(tmp_path: Path, memory_keyring: MemoryKeyring) -> AppServices:
    return AppServices(
        accounts=AccountStore(tmp_path / "accounts.json"),
        secrets=SecretStore(),
        data_dir=tmp_path,
    )


@pytest.fixture
def dialog(qtbot: QtBot, qloop: object, services: AppServices) -> AccountsDialog:
    dialog = AccountsDialog(services, ErrorPresenter())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.tasks.busy, timeout=3000)
    return dialog


def fill(dialog: AccountsDialog, sandbox: EmbeddedSandbox, secret: str, name: str = "Shop") -> None:
    form = dialog.form
    form.name.setText(name)
    form.account_id.setText(sandbox.account_id)
    form.client_id.setText(sandbox.client_id)
    form.secret.setText(secret)
    form.base_url.setText(sandbox.base_url)


def wait_idle(qtbot: QtBot, dialog: AccountsDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.tasks.busy, timeout=5000)


def test_add_edit_remove_with_a_write_only_secret(
    qtbot: QtBot,
    dialog: AccountsDialog,
    services: AppServices,
    sandbox: EmbeddedSandbox,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    screenshot_dir: Path,
) -> None:
    changes: list[bool] = []
    dialog.accounts_changed.connect(lambda: changes.append(True))
    fill(dialog, sandbox, sandbox.client_secret)
    dialog.save_button.click()
    wait_idle(qtbot, dialog)
    assert changes == [True]
    [saved] = services.accounts.load()
    assert saved.name == "Shop"
    username = f"{sandbox.account_id}:{sandbox.client_id}"
    assert memory_keyring.get_password(SERVICE, username) == sandbox.client_secret
    assert sandbox.client_secret not in (tmp_path / "accounts.json").read_text()
    # Never shown again: the field is empty and only says a secret is saved.
    assert dialog.form.secret.text() == ""
    assert "keychain" in dialog.form.secret.placeholderText()
    dialog.view.selectRow(0)
    assert dialog.form.editing == saved
    assert dialog.form.secret.text() == ""
    dialog.grab().save(str(screenshot_dir / "accounts_dialog.png"))

    # Edit: rename without touching the secret.
    dialog.form.name.setText("Shop renamed")
    dialog.save_button.click()
    wait_idle(qtbot, dialog)
    assert [a.name for a in services.accounts.load()] == ["Shop renamed"]
    assert services.accounts.load()[0].key == saved.key
    assert memory_keyring.get_password(SERVICE, username) == sandbox.client_secret
    assert len(changes) == 2

    # Remove, after a confirmation.
    dialog.view.selectRow(0)
    dialog.remove_button.click()
    box = dialog._confirm
    assert isinstance(box, QMessageBox)
    box.grab().save(str(screenshot_dir / "accounts_remove_confirm.png"))
    next(b for b in box.buttons() if b.text() == "Remove").click()
    wait_idle(qtbot, dialog)
    assert services.accounts.load() == []
    assert memory_keyring.get_password(SERVICE, username) is None
    assert len(changes) == 3


def test_validation_and_missing_secret_are_explained(
    qtbot: QtBot, dialog: AccountsDialog, services: AppServices, sandbox: EmbeddedSandbox
) -> None:
    fill(dialog, sandbox, "")
    dialog.form.account_id.setText("X123")
    dialog.save_button.click()
    assert "T or P followed by 8 digits" in dialog.message.text()
    dialog.form.account_id.setText(sandbox.account_id)
    dialog.save_button.click()
    wait_idle(qtbot, dialog)
    assert "client secret" in dialog.message.text()
    assert services.accounts.load() == []


def test_changing_the_client_id_moves_the_secret(
    qtbot: QtBot,
    dialog: AccountsDialog,
    services: AppServices,
    sandbox: EmbeddedSandbox,
    memory_keyring: MemoryKeyring,
) -> None:
    fill(dialog, sandbox, "s3cret")
    dialog.save_button.click()
    wait_idle(qtbot, dialog)
    dialog.view.selectRow(0)
    dialog.form.client_id.setText("other-client")
    dialog.save_button.click()
    wait_idle(qtbot, dialog)
    assert memory_keyring.get_password(SERVICE, f"{sandbox.account_id}:other-client") == "s3cret"
    assert memory_keyring.get_password(SERVICE, f"{sandbox.account_id}:{sandbox.client_id}") is None


def test_connection_success_and_dinteros_refusal(
    qtbot: QtBot, dialog: AccountsDialog, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    fill(dialog, sandbox, sandbox.client_secret)
    dialog.test_button.click()
    assert not dialog.test_button.isEnabled()
    wait_idle(qtbot, dialog)
    assert dialog.message.text().startswith("Connected to the test account T12345678")
    assert len(sandbox.requests(r"/auth/token$")) == 1

    dialog.form.secret.setText("wrong-secret")
    dialog.test_button.click()
    wait_idle(qtbot, dialog)
    text = dialog.message.text()
    assert text.startswith("Connection failed:")
    [refused] = [r for r in sandbox.requests(r"/auth/token$") if r["status"] == 401]
    assert refused["status"] == 401
    # The dialog quotes Dintero's own words for the refusal.
    answer = httpx.post(
        f"{sandbox.base_url}/v1/accounts/{sandbox.account_id}/auth/token",
        auth=(sandbox.client_id, "wrong-secret"),
        json={
            "grant_type": "client_credentials",
            "audience": f"https://api.dintero.com/v1/accounts/{sandbox.account_id}",
        },
    )
    assert answer.status_code == 401
    assert f"Dintero said: “{answer.json()['error']['message']}”" in text
    assert "HTTP status: 401" in text
    dialog.grab().save(str(screenshot_dir / "accounts_test_failed.png"))


def test_stored_secret_is_used_for_the_test_without_showing_it(
    qtbot: QtBot, dialog: AccountsDialog, sandbox: EmbeddedSandbox
) -> None:
    fill(dialog, sandbox, sandbox.client_secret)
    dialog.save_button.click()
    wait_idle(qtbot, dialog)
    dialog.view.selectRow(0)
    assert dialog.form.secret.text() == ""
    dialog.test_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.message.text().startswith("Connected")
    assert sandbox.client_secret not in dialog.message.text()


def test_accounts_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = AccountsModel()
    model.set_rows(
        [
            Account(name="Test", account_id="T12345678", client_id="a"),
            Account(name="Live", account_id="P12345678", client_id="b"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, 2).data() == "PRODUCTION"


def test_connection_test_names_the_missing_orders_scope(
    qtbot: QtBot, dialog: AccountsDialog, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    """With "Record payments in Dintero's Orders API" ticked, the test also asks the
    Orders API; a client without the scope admin:shopping gets 403 there."""
    sandbox.withhold_scopes("admin:shopping")
    fill(dialog, sandbox, sandbox.client_secret)
    dialog.form.orders_api.setChecked(True)
    dialog.test_button.click()
    wait_idle(qtbot, dialog)
    text = dialog.message.text()
    assert text.startswith("The credentials work, but")  # not headed "Connection failed"
    assert "this API client may not use Dintero's Orders API" in text
    assert "“admin:shopping” scope" in text
    assert "HTTP status: 403" in text
    dialog.grab().save(str(screenshot_dir / "orders_accounts_scope_missing.png"))

    sandbox.withhold_scopes()
    dialog.test_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.message.text().startswith("Connected to the test account")
    assert "may record payments in the Orders API (admin:shopping)" in dialog.message.text()


class _LockedKeyring(MemoryKeyring):
    """A keychain that is locked, as macOS's login keychain can be after a restart."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the keychain is locked")


class _CrashingKeyring(MemoryKeyring):
    """A keychain backend failing in a way keyring itself does not foresee."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("the keychain daemon went away")


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "nb")
    yield
    install_language(qapp, "en")  # as the other tests expect


@pytest.mark.usefixtures("norwegian")
def test_the_accounts_dialog_speaks_the_desks_language_about_secrets_and_connections(
    qtbot: QtBot, qloop: object, services: AppServices, sandbox: EmbeddedSandbox
) -> None:
    dialog = AccountsDialog(services, ErrorPresenter())
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, dialog)
    fill(dialog, sandbox, "")
    dialog.save_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.message.text() == "Ikke lagret: Skriv inn klienthemmeligheten til API-klienten"

    keyring.set_keyring(_LockedKeyring())  # the memory keyring fixture puts its own back
    dialog.form.secret.setText("s3cret")
    dialog.save_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.message.text() == (
        "Ikke lagret: Systemets nøkkelring er låst. Lås den opp og prøv igjen."
    )
    assert services.accounts.load() == []

    dialog.form.secret.setText(sandbox.client_secret)
    dialog.test_button.click()  # the typed secret is used; the keychain is not asked
    wait_idle(qtbot, dialog)
    assert dialog.message.text().startswith("Koblet til testkontoen T12345678.")
    dialog.form.secret.setText("wrong-secret")
    dialog.test_button.click()
    wait_idle(qtbot, dialog)
    assert "Dintero sa: «" in dialog.message.text()


def test_an_unforeseen_keychain_failure_is_logged_and_shown_as_unexpected(
    qtbot: QtBot,
    qloop: object,
    services: AppServices,
    sandbox: EmbeddedSandbox,
    caplog: pytest.LogCaptureFixture,
) -> None:
    errors = ErrorPresenter()
    dialog = AccountsDialog(services, errors)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, dialog)
    keyring.set_keyring(_CrashingKeyring())  # the memory keyring fixture puts its own back
    fill(dialog, sandbox, "s3cret")
    dialog.save_button.click()
    wait_idle(qtbot, dialog)
    (presented,) = errors.history
    assert not presented.expected
    assert presented.title == "Could not save the account"
    assert "daemon" not in presented.message  # plain words; the exception is in the details
    assert presented.details == "RuntimeError: the keychain daemon went away"
    assert dialog.message.text() == ""  # the error box says it
    assert any(record.exc_info for record in caplog.records if record.levelname == "ERROR")
    assert services.accounts.load() == []

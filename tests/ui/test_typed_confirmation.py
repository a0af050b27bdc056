"""The typed confirmation on production, driven with the keyboard as staff use it.

Typing the amount and pressing Enter sends the move (it used to reach the default
"Don't …" button and drop the move without a word); Enter on a wrong amount keeps
the dialog open and says so; closing the confirmation says on the page that nothing
was sent. Voiding through "Cancel link" asks for the same typed amount above the
threshold, as Preferences promises.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.accounts.models import Account
from app.accounts.secrets import SecretStore
from app.accounts.store import AccountStore
from app.desk.services import AppServices
from app.dintero import ClientConfig, DinteroClient
from app.sandbox import DEFAULT_ACCOUNTS, EmbeddedSandbox
from app.storage.journal import Outcome
from app.ui.context import AccountContext
from app.ui.errors import ErrorPresenter
from app.ui.links.cancel_dialog import CancelCase, CancelLinkDialog
from app.ui.links.page import LinksPage
from app.ui.transactions.capture_dialog import CaptureDialog
from app.ui.transactions.confirm_dialog import ConfirmDialog
from tests.ui.conftest import RunAsync
from tests.ui.links.support import Desk as LinksDesk
from tests.ui.links.support import sent_sessions
from tests.ui.transactions_support import (
    last_dialog,
    open_desk,
    press_continue,
    select,
    successful,
    wait_for,
)

PRODUCTION = DEFAULT_ACCOUNTS[1]


def _captures(sandbox: EmbeddedSandbox, tx_id: str) -> list[int]:
    events = sandbox.get_transaction(tx_id)["events"]
    return [int(e["amount"]) for e in successful(events, "CAPTURE")]


def test_typing_the_amount_and_pressing_enter_sends_the_capture(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(amount=250_000, account_id=PRODUCTION.account_id)
    desk = open_desk(qtbot, sandbox, tmp_path, production=True, threshold=100_000)
    try:
        select(qtbot, desk, tx["id"])
        desk.page.open_capture()
        press_continue(last_dialog(desk, CaptureDialog))
        confirm = last_dialog(desk, ConfirmDialog)
        qtbot.waitExposed(confirm)
        assert confirm.needs_typing
        assert confirm.focusWidget() is confirm.typed
        runner = desk.page.runner
        assert runner is not None
        results: list[int] = []
        confirm.finished.connect(results.append)
        qtbot.keyClicks(confirm.typed, "2 500,00")
        with qtbot.waitSignal(runner.finished, timeout=15_000) as finished:
            qtbot.keyClick(confirm.typed, Qt.Key.Key_Return)
        assert finished.args[0].outcome is Outcome.SUCCEEDED
        assert results == [ConfirmDialog.DialogCode.Accepted.value]
        assert _captures(sandbox, tx["id"]) == [250_000]
        assert "not sent" not in desk.page.detail.state_label.text()
    finally:
        run_async(desk.context.aclose())


def test_enter_on_a_wrong_amount_keeps_the_dialog_open_and_says_why(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(amount=250_000, account_id=PRODUCTION.account_id)
    desk = open_desk(qtbot, sandbox, tmp_path, production=True, threshold=100_000)
    try:
        select(qtbot, desk, tx["id"])
        desk.page.open_capture()
        press_continue(last_dialog(desk, CaptureDialog))
        confirm = last_dialog(desk, ConfirmDialog)
        qtbot.waitExposed(confirm)
        qtbot.keyClick(confirm.typed, Qt.Key.Key_Return)  # nothing typed yet
        assert confirm.isVisible()
        problem = confirm.typing.problem
        assert problem.isVisible()
        assert problem.text().replace("\xa0", " ") == (
            "Type 2 500,00 kr to confirm, or choose not to go ahead."
        )
        qtbot.keyClicks(confirm.typed, "250")
        assert not problem.isVisible()  # typing again clears the note
        qtbot.keyClick(confirm.typed, Qt.Key.Key_Enter)
        assert confirm.isVisible()
        assert "That is not the amount: type 2 500,00" in problem.text().replace("\xa0", " ")
        assert sandbox.requests(r"/capture$") == []

        # Closing it is the person's choice, and the page says that nothing went out.
        qtbot.keyClick(confirm, Qt.Key.Key_Escape)
        wait_for(qtbot, lambda: not confirm.isVisible())
        assert desk.page.detail.state_label.text() == (
            "Capture not sent: the confirmation was closed."
        )
        assert desk.page.detail.state_label.isVisible()
        assert sandbox.requests(r"/capture$") == []
    finally:
        run_async(desk.context.aclose())


def _production_links_desk(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, threshold: int
) -> LinksDesk:
    """The links desk on the sandbox's production account, with the given threshold."""
    services = AppServices(
        accounts=AccountStore(tmp_path / "accounts.json"),
        secrets=SecretStore(),
        data_dir=tmp_path,
        operator="tester",
        production_confirm_threshold=threshold,
    )
    errors = ErrorPresenter()
    page = LinksPage(services, errors)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.tracker.initial_interval_s = 0.05
    page.tracker.max_interval_s = 0.2
    account = Account(
        name="Prod shop",
        account_id=PRODUCTION.account_id,
        client_id=PRODUCTION.client_id,
        base_url=sandbox.base_url,
    )
    client = DinteroClient(
        ClientConfig.single_host(
            sandbox.base_url,
            PRODUCTION.account_id,
            PRODUCTION.client_id,
            PRODUCTION.client_secret,
            timeout_s=5.0,
            max_read_retries=1,
        )
    )
    context = AccountContext(account, client, services, errors)
    page.bind(context)
    qtbot.waitUntil(lambda: not context.tasks.in_flight("history-load"), timeout=5000)
    return LinksDesk(page, context, qtbot)


def _paid_link(desk: LinksDesk, sandbox: EmbeddedSandbox) -> CancelLinkDialog:
    desk.fill_line(0, "Sofa", "1", "2 500", "25")
    session_id = desk.create()
    assert sent_sessions(sandbox)[-1]["json"]["order"]["amount"] == 250_000
    sandbox.pay(session_id, outcome="authorized")
    desk.qtbot.waitUntil(
        lambda: (
            desk.page.link_view.status is not None
            and desk.page.link_view.status.transaction_status == "AUTHORIZED"
        ),
        timeout=5000,
    )
    record = desk.page.link_view.record
    assert record is not None
    desk.page.link_view.cancel_button.click()
    box = desk.page._confirm
    assert isinstance(box, CancelLinkDialog)
    desk.qtbot.waitExposed(box)
    return box


def test_voiding_through_cancel_link_on_production_asks_for_the_typed_amount(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    memory_keyring: object,
    screenshot_dir: Path,
) -> None:
    desk = _production_links_desk(qtbot, sandbox, tmp_path, threshold=100_000)
    try:
        box = _paid_link(desk, sandbox)
        assert box.wording.case is CancelCase.VOID
        assert "PRODUCTION" in box.environment.text()
        assert box.typing is not None
        assert box.typing.isVisible()
        assert box.confirm_button is not None
        assert not box.confirm_button.isEnabled()
        assert box.focusWidget() is box.typing.edit
        box.grab().save(str(screenshot_dir / "links_cancel_confirm_void_production.png"))

        qtbot.keyClicks(box.typing.edit, "250")
        qtbot.keyClick(box.typing.edit, Qt.Key.Key_Return)
        assert box.isVisible()  # a wrong amount neither voids nor dismisses
        assert "That is not the amount" in box.typing.problem.text()
        assert sandbox.requests(r"/cancel$") == []

        box.typing.edit.clear()
        qtbot.keyClicks(box.typing.edit, "2500")
        assert box.confirm_button.isEnabled()
        qtbot.keyClick(box.typing.edit, Qt.Key.Key_Return)
        desk.wait_state("cancelled")
        assert len(sandbox.requests(r"/cancel$")) == 1
    finally:
        desk.page.bind(None)
        run_async(desk.context.aclose())


def test_voiding_below_the_threshold_needs_no_typing(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    memory_keyring: object,
) -> None:
    desk = _production_links_desk(qtbot, sandbox, tmp_path, threshold=500_000)
    try:
        box = _paid_link(desk, sandbox)
        assert box.wording.case is CancelCase.VOID
        assert box.typing is None or not box.typing.isVisible()
        assert box.confirm_button is not None
        assert box.confirm_button.isEnabled()
        assert box.keep_button.isDefault()  # Enter alone still never cancels
    finally:
        desk.page.bind(None)
        run_async(desk.context.aclose())

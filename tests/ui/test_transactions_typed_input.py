"""Whatever a person types into the transactions desk is read or refused in words, quickly.

Driven through the real fields with key presses: the amount to capture, the refund note,
the typed confirmation on production and the audit journal's search. No exception
escapes (pytest-qt fails the test on one raised in a slot), each keystroke's work is
bounded, and nothing unreadable is ever taken as an amount.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.desk.move_request import MoveRequest
from app.dintero import ClientConfig, DinteroClient, RefundRequest, Transaction
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, JournalAttempt, JournalOperation, Outcome
from app.ui.errors import ErrorPresenter
from app.ui.language import install_language
from app.ui.transactions.capture_dialog import CaptureDialog
from app.ui.transactions.confirm_dialog import Confirmation, ConfirmDialog
from app.ui.transactions.journal_dialog import JournalDialog
from app.ui.transactions.move_dialog import Mode
from app.ui.transactions.refund_dialog import RefundDialog
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import make_services, wait_for
from tests.ui.typing_support import type_into, typed_text

BUDGET_S = 3.0
_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
amounts_typed = st.one_of(
    typed_text,
    st.from_regex(r"\A[0-9]{1,30}([.,][0-9]{0,4})?\Z"),
    st.from_regex(r"\A[0-9]{1,3}[eE][0-9]{1,9}\Z"),
)


def _transaction(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, run_async: RunAsync, outcome: str
) -> Transaction:
    created = sandbox.create_authorized_transaction(amount=250_000, outcome=outcome)

    async def read() -> Transaction:
        async with DinteroClient(client_config) as client:
            return await client.get_transaction(created["id"])

    return run_async(read())


@pytest.fixture
def capture(
    qtbot: QtBot, sandbox: EmbeddedSandbox, client_config: ClientConfig, run_async: RunAsync
) -> CaptureDialog:
    dialog = CaptureDialog(_transaction(sandbox, client_config, run_async, "authorized"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@_SETTINGS
@given(text=amounts_typed)
@example(text="9" * 5000)
@example(text="1e999999")
def test_any_amount_to_capture_is_taken_or_refused_in_words(
    qtbot: QtBot, capture: CaptureDialog, text: str
) -> None:
    requests: list[MoveRequest] = []
    capture.request_ready.connect(requests.append)
    capture.by_amount.click()  # "An amount", as a person picks it before typing
    start = time.process_time()
    type_into(qtbot, capture.amount_edit, text)
    assert capture.mode() == Mode.AMOUNT
    capture.buttons.accepted.emit()  # what "Continue to confirmation…" does
    assert time.process_time() - start < BUDGET_S
    capture.request_ready.disconnect(requests.append)
    amount = capture.amount_edit.amount()
    if amount is not None and 0 < amount <= capture.remaining:
        assert [r.amount for r in requests] == [amount]
        capture.show()  # accepted: open it again for the next example
    else:
        assert requests == []
        message = capture.problem_label.text()
        assert message
        assert len(message) < 300
        assert not capture.buttons.button(capture.buttons.StandardButton.Ok).isEnabled()


@_SETTINGS
@given(note=typed_text)
@example(note="x" * 500)
def test_any_refund_note_is_kept_within_its_length(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    run_async: RunAsync,
    note: str,
) -> None:
    dialog = RefundDialog(_transaction(sandbox, client_config, run_async, "captured"))
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentText("Other")
    type_into(qtbot, dialog.reason_text, note)
    assert len(dialog.reason_text.text()) <= 200
    if note.strip():
        assert dialog.reason_value() == dialog.reason_text.text().strip()
    else:
        assert dialog.problem() == "Say why in the note when the reason is “Other”."


@pytest.fixture
def confirm(qtbot: QtBot) -> ConfirmDialog:
    confirmation = Confirmation(
        action="Refund",
        account_name="Prod shop",
        account_id="P12345678",
        production=True,
        transaction="P12345678.abc",
        amount=250_000,
        currency="NOK",
    )
    dialog = ConfirmDialog(confirmation, threshold=100_000)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@_SETTINGS
@given(text=st.one_of(amounts_typed, st.sampled_from(["2 500", "2500,00", "kr 2 500,-"])))
def test_any_typed_confirmation_confirms_only_the_exact_amount(
    qtbot: QtBot, confirm: ConfirmDialog, text: str
) -> None:
    confirmed: list[bool] = []
    confirm.confirmed.connect(lambda: confirmed.append(True))
    type_into(qtbot, confirm.typed, text)
    qtbot.keyClick(confirm.typed, Qt.Key.Key_Return)
    if confirm.typed.amount() == 250_000:
        assert confirmed == [True]
        confirm.show()
    else:
        assert confirmed == []
        assert confirm.isVisible()  # never dismissed by Enter
        assert confirm.typing.problem.isVisible()


@pytest.fixture
def journal_dialog(qtbot: QtBot, tmp_path: Path) -> tuple[JournalDialog, ErrorPresenter]:
    with Journal.in_directory(tmp_path) as journal:
        entry = journal.record_attempt(
            JournalAttempt(
                operator="kari",
                account_id="T12345678",
                environment="test",
                operation=JournalOperation.CAPTURE,
                target_id="tx-100%_done",
                amount=1_000,
                currency="NOK",
                reference="ref-1",
            )
        )
        journal.settle(entry, Outcome.SUCCEEDED)
    errors = ErrorPresenter()
    dialog = JournalDialog(make_services(tmp_path), errors, None)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for(qtbot, lambda: dialog.model.rowCount() == 1)
    return dialog, errors


@_SETTINGS
@given(text=st.one_of(typed_text, st.sampled_from(["%", "_", "100%_", "'; DROP TABLE x; --"])))
def test_any_journal_search_finds_what_contains_it_literally(
    qtbot: QtBot, journal_dialog: tuple[JournalDialog, ErrorPresenter], text: str
) -> None:
    dialog, errors = journal_dialog
    with qtbot.waitSignal(dialog.loaded, timeout=5_000):
        type_into(qtbot, dialog.text, text)
        dialog.reload()
    assert errors.history == []
    wanted = text.strip().casefold()
    found = [e.target_id for e in dialog.model.entries()]
    haystack = "tx-100%_done kari ref-1 t12345678 capture"
    if wanted and wanted not in haystack:
        assert found == []
    if not wanted or wanted in "tx-100%_done":
        assert found == ["tx-100%_done"]


def test_the_refund_reason_is_confirmed_in_the_desks_language_and_kept_in_english(
    qtbot: QtBot,
    qapp: QApplication,
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    run_async: RunAsync,
) -> None:
    """Dintero and the journal get the reason as the list's English key; the person confirms
    it as the list showed it."""
    transaction = _transaction(sandbox, client_config, run_async, "captured")
    install_language(qapp, "nb")
    try:
        dialog = RefundDialog(transaction)
        qtbot.addWidget(dialog)
        dialog.reason.setCurrentIndex(dialog.reason.findData("Damaged or faulty goods"))
        dialog.reason_text.setText("sprukket kopp")
        request = dialog.build_request(1_000)
        assert request.shown == "Skadede eller defekte varer: sprukket kopp"
    finally:
        install_language(qapp, "en")
    assert request.description == "Damaged or faulty goods: sprukket kopp"
    assert isinstance(request.body, RefundRequest)
    assert request.body.reason == request.description

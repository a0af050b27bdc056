"""What the user is told about failures: silent on cancel, plain words when expected."""

from __future__ import annotations

import asyncio

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.accounts.models import Account
from app.accounts.secrets import SecretStore, SecretStoreUnavailable
from app.core.money import AmountError, parse_amount
from app.ui.errors import GENERIC_MESSAGE, ErrorPresenter, describe


def _account() -> Account:
    return Account(name="Shop", account_id="T12345678", client_id="client-1")


def test_cancellation_is_silent() -> None:
    assert describe(asyncio.CancelledError()) is None


def test_validation_errors_of_our_own_are_shown_as_they_are() -> None:
    with pytest.raises(AmountError) as caught:
        parse_amount("-5", "NOK")
    presented = describe(caught.value, "Check the amount")
    assert presented is not None
    assert presented.expected
    assert presented.message == str(caught.value)
    assert presented.title == "Check the amount"


def test_a_missing_keychain_is_explained_not_shown_as_a_crash() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(SecretStoreUnavailable) as caught:
            SecretStore().get_secret(_account())
    finally:
        keyring.set_keyring(previous)
    presented = describe(caught.value)
    assert presented is not None
    assert presented.expected
    assert "keychain" in presented.message.lower()
    assert presented.message != GENERIC_MESSAGE


def test_unexpected_errors_get_the_generic_message_and_keep_the_type_in_details() -> None:
    presented = describe(KeyError("boom"))
    assert presented is not None
    assert not presented.expected
    assert presented.message == GENERIC_MESSAGE
    assert presented.details.startswith("KeyError")


def test_presenter_shows_one_non_modal_box_and_records_history(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    presenter = ErrorPresenter(parent)
    with qtbot.waitSignal(presenter.shown):
        presenter.present(ValueError("not ours"), "First")
    with pytest.raises(AmountError) as caught:
        parse_amount("abc", "NOK")
    presenter.present(caught.value, "Second")
    boxes = parent.findChildren(QMessageBox)
    assert len(boxes) == 1
    # open(), never exec(): at most window-modal, so no coroutine is ever blocked by it
    assert boxes[0].windowModality() != Qt.WindowModality.ApplicationModal
    assert boxes[0].isVisible()
    assert boxes[0].informativeText() == str(caught.value)
    assert [p.title for p in presenter.history] == ["First", "Second"]
    assert presenter.present(asyncio.CancelledError()) is None
    assert len(presenter.history) == 2

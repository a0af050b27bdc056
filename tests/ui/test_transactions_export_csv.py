"""The CSV exports: customer-typed text never becomes a spreadsheet formula; the file is
what a spreadsheet in the user's language opens as columns and numbers; a folder that
does not exist is said in plain words."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.dintero import ClientConfig, DinteroClient, TransactionFilter
from app.sandbox import EmbeddedSandbox
from app.ui.errors import ErrorPresenter, describe
from app.ui.transactions.export_csv import ExportError, export_transactions, open_export_file
from app.ui.transactions.export_dialog import ExportDialog
from app.ui.transactions.journal_dialog import JournalDialog
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import make_services, open_desk, wait_for


def test_export_neutralises_formula_cells(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path, run_async: RunAsync
) -> None:
    evil = "=cmd|' /C calc'!A0"
    tx = sandbox.create_authorized_transaction(amount=4_200, merchant_reference=evil)
    plain = sandbox.create_authorized_transaction(amount=4_300, merchant_reference="order-7")
    target = tmp_path / "out.csv"

    async def export() -> int:
        async with DinteroClient(client_config) as client:
            return await export_transactions(
                client, TransactionFilter(ids=(tx["id"], plain["id"])), target
            )

    assert run_async(export()) == 2
    with target.open(newline="", encoding="utf-8-sig") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert rows[tx["id"]]["merchant_reference"] == "'" + evil
    assert rows[tx["id"]]["amount"] == "42.00"  # a decimal number with a dot, not øre
    assert rows[tx["id"]]["captured"] == "0.00"
    assert rows[tx["id"]]["refunded"] == "0.00"
    assert rows[tx["id"]]["currency"] == "NOK"
    assert rows[plain["id"]]["amount"] == "43.00"
    assert rows[plain["id"]]["merchant_reference"] == "order-7"


@pytest.fixture
def norwegian_locale() -> Iterator[None]:
    """The desk running on a Norwegian computer (QLocale's default, as on such a desk)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def test_the_export_opens_as_columns_and_numbers_in_a_norwegian_spreadsheet(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    norwegian_locale: None,
    screenshot_dir: Path,
) -> None:
    tx = sandbox.create_authorized_transaction(amount=12_050, merchant_reference="Ærlige Øl 7")
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        dialog = desk.page.open_export()
        assert isinstance(dialog, ExportDialog)
        intro = dialog.findChild(QLabel, "exportIntro")
        assert intro is not None
        assert "semicolons" in intro.text()
        target = tmp_path / "transaksjoner.csv"
        dialog.path_edit.setText(str(target))
        dialog.grab().save(str(screenshot_dir / "transactions_export_norwegian.png"))
        with qtbot.waitSignal(dialog.exported, timeout=10_000):
            dialog.start_button.click()
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 that Excel recognises on its own
        header, row = raw.decode("utf-8-sig").splitlines()
        assert header.split(";")[:4] == ["id", "created_at", "status", "amount"]
        cells = next(csv.reader([row], delimiter=";"))
        assert cells[0] == tx["id"]
        assert cells[3:7] == ["120,50", "0,00", "0,00", "NOK"]  # numbers to a Norwegian Excel
        assert cells[7] == "Ærlige Øl 7"
    finally:
        run_async(desk.context.aclose())


def test_export_to_a_folder_that_does_not_exist_says_so_plainly(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    sandbox.create_authorized_transaction(amount=4_200)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        dialog = desk.page.open_export()
        assert isinstance(dialog, ExportDialog)
        missing = tmp_path / "no-such-folder" / "transactions.csv"
        dialog.path_edit.setText(str(missing))
        listed = len(sandbox.requests(r"^/v1/transactions$"))
        dialog.start_button.click()
        wait_for(qtbot, lambda: not dialog.running)
        assert dialog.state.text() == (
            f"The folder {missing.parent} does not exist. Choose another folder, or create "
            "it first. No file was written."
        )
        assert desk.errors.history == []  # no "Something unexpected went wrong"
        assert len(sandbox.requests(r"^/v1/transactions$")) == listed  # nothing fetched
        assert not missing.parent.exists()
        assert dialog.start_button.isEnabled()
        dialog.grab().save(str(screenshot_dir / "transactions_export_missing_folder.png"))
    finally:
        run_async(desk.context.aclose())


def test_a_file_that_cannot_be_written_is_a_plain_error(tmp_path: Path) -> None:
    """A real directory where the file should go: the system refuses, in plain words."""
    target = tmp_path / "taken"
    target.mkdir()
    with pytest.raises(ExportError) as caught:
        open_export_file(target)
    assert caught.value.user_message.startswith(f"Paydesk could not write taken in {tmp_path}: ")
    presented = describe(caught.value, "Export")
    assert presented is not None
    assert presented.expected  # the error window shows its words, not the crash text
    with pytest.raises(ExportError, match="does not exist"):
        open_export_file(tmp_path / "missing" / "x.csv")


def test_journal_export_to_a_missing_folder_is_a_plain_error(qtbot: QtBot, tmp_path: Path) -> None:
    errors = ErrorPresenter()
    dialog = JournalDialog(make_services(tmp_path), errors, "T12345678")
    qtbot.addWidget(dialog)
    dialog.show()
    wait_for(qtbot, lambda: not dialog.tasks.busy)
    dialog.export_to(tmp_path / "missing" / "journal.csv")
    wait_for(qtbot, lambda: bool(errors.history))
    shown = errors.history[-1]
    assert shown.expected
    assert shown.message.startswith(f"The folder {tmp_path / 'missing'} does not exist.")

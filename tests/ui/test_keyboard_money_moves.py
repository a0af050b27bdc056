"""The capture and void dialogs by keyboard: Tab walks every control and comes back, each
has a name a screen reader says, no Alt+letter serves two controls, and Tab leaves the
line picker's table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.sandbox import EmbeddedSandbox
from app.ui.transactions.capture_dialog import CaptureDialog
from app.ui.transactions.void_dialog import VoidDialog
from tests.ui.conftest import RunAsync
from tests.ui.keyboard import (
    first_tab_stop,
    focus_into,
    names,
    repeated_mnemonics,
    spoken_name,
    tab_cycle,
)
from tests.ui.transactions_support import last_dialog, open_desk, select
from tests.unit.money_support import authorized


def _check(qtbot: QtBot, dialog: QDialog) -> list[str]:
    qtbot.waitExposed(dialog)
    assert repeated_mnemonics(dialog) == {}
    order = tab_cycle(qtbot, first_tab_stop(dialog))
    for control in order:
        assert spoken_name(control), f"{type(control).__name__} {control.objectName()!r}"
    return names(order)


def test_capture_and_void_dialogs_by_keyboard(
    qtbot: QtBot, qloop: object, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx_id = authorized(sandbox)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx_id)
        desk.page.open_capture()
        capture = last_dialog(desk, CaptureDialog)
        capture.by_lines.setChecked(True)
        assert _check(qtbot, capture) == [
            "Everything left: 1\u00a0296,00\u00a0kr",
            "Order lines to include",
            "Units of Wool sweater",
            "Units of Tea",
            "Units of Home",
            "Final capture: release whatever is left uncaptured (no later captures)",
            "Close",
        ]
        focus_into(qtbot, capture.lines)
        qtbot.keyClick(capture.lines, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not capture.lines
        capture.reject()

        desk.page.open_void()
        void = last_dialog(desk, VoidDialog)
        assert len(_check(qtbot, void)) >= 2
        void.reject()
    finally:
        run_async(desk.context.aclose())

"""About, the crash window and the error window by keyboard: Tab walks each once and
leaves the licence table, link labels are one stop each, no Alt+letter serves two
controls, every control has a name, and Escape closes them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.diagnostics.crash import CrashReport
from app.ui.about_dialog import AboutDialog
from app.ui.crash_dialog import CrashDialog
from app.ui.errors import ErrorPresenter, Presented
from tests.ui.keyboard import names, opening_focus, walk


def escape_closes(qtbot: QtBot, window: QWidget) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def test_about_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "data", tmp_path / "logs")
    qtbot.addWidget(dialog)
    dialog.show()
    close = opening_focus(qtbot, dialog)  # Enter closes; Alt+C copies
    assert names([close]) == ["Close"]
    assert walk(qtbot, dialog) == [
        "Data folder",
        "Log folder",
        "Libraries included, with their licences",
        "Copy",
        "Close",
    ]
    escape_closes(qtbot, dialog)


def test_crash_window_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    report = CrashReport(tmp_path / "crash-1.txt", "ValueError in worker", "Traceback…")
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert opening_focus(qtbot, dialog) is dialog.copy_button  # what support needs
    where = (
        f"A report was saved as crash-1.txt in {tmp_path}. "
        "Send it to support with a few words about what you were doing."
    )
    # The folder link is one stop: Tab selects the link in it, then goes on.
    assert walk(qtbot, dialog) == [
        where,
        "Report text",
        "Copy details",
        "Open report folder",
        "Close",
    ]
    escape_closes(qtbot, dialog)


def test_error_window_by_keyboard(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    presenter = ErrorPresenter(host)
    presenter.show(Presented("Could not refund", "Dintero refused.", "HTTP 400", True))
    box = host.findChild(QMessageBox, "errorBox")
    assert box is not None
    close = opening_focus(qtbot, box)  # Enter closes; Alt+C copies the details
    assert names([close]) == ["Close"]
    assert walk(qtbot, box, close) == ["Close", "Copy details", "Show Details..."]
    escape_closes(qtbot, box)

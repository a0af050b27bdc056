"""What staff and support see of the build: the icon, About, the title, the crash window."""

from __future__ import annotations

import threading
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QMenu
from pytestqt.qtbot import QtBot

from app.core.version import build_info
from app.diagnostics.crash import CrashHandler
from app.ui.about_dialog import AboutDialog
from app.ui.app_icon import app_icon
from app.ui.crash_dialog import CrashDialog, CrashPresenter
from app.ui.errors import describe
from app.ui.language import install_language
from app.ui.main_window import MainWindow, window_title


def test_the_app_icon_has_every_size() -> None:
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 24, 32, 48, 64, 128, 256} <= sizes
    assert not app_icon().pixmap(32, 32).toImage().isNull()


def test_the_main_window_carries_the_icon_and_a_non_release_title(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.windowIcon().isNull()
    window.show_version_in_title()  # what start-up does after the first paint
    assert window.windowTitle() == window_title() == f"Paydesk {build_info().label}"
    assert "(development)" in window.windowTitle()


def test_about_shows_version_qt_python_os_folders_and_licences(
    qtbot: QtBot, tmp_path: Path, screenshot_dir: Path
) -> None:
    data, logs = tmp_path / "data", tmp_path / "logs"
    dialog = AboutDialog(data, logs)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert texts["version"] == build_info().label
    assert texts["qt"] == f"{qVersion()} (PySide6 {PySide6.__version__})"
    assert texts["python"].startswith("3.")
    assert texts["operating_system"]
    assert str(data) in texts["data_folder"]
    assert str(logs) in texts["log_folder"]

    def cell(row: int, column: int) -> str:
        item = dialog.table.item(row, column)
        assert item is not None
        return item.text()

    names = [cell(row, 0) for row in range(dialog.table.rowCount())]
    assert "PySide6_Essentials" in names
    assert "httpx" in names
    assert names[0] == "Python"
    row = names.index("httpx")
    assert cell(row, 2) == "BSD License"
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"Version: {build_info().label}" in copied
    assert f"Log folder: {logs}" in copied
    dialog.grab().save(str(screenshot_dir / "about.png"))


def test_about_labels_its_rows_in_the_desks_language_and_copies_them_in_english(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, screenshot_dir: Path
) -> None:
    """Staff read the window; Dintero's or our support reads what Copy gives them."""
    data, logs = tmp_path / "data", tmp_path / "logs"
    install_language(qapp, "nb")
    try:
        dialog = AboutDialog(data, logs)
        qtbot.addWidget(dialog)
        dialog.show()
        form = dialog.findChild(QFormLayout)
        assert form is not None
        labels = []
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                labels.append(widget.text())
        dialog.grab().save(str(screenshot_dir / "about_nb.png"))
        dialog.copy_button.click()
    finally:
        install_language(qapp, "en")
    assert {"Versjon:", "Operativsystem:", "Datamappe:", "Loggmappe:", "Python:"} <= set(labels)
    copied = QGuiApplication.clipboard().text()
    assert f"Data folder: {data}" in copied


def test_help_about_opens_from_the_main_window(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.log_folder = tmp_path
    menus = [m.menu() for m in window.menuBar().actions()]
    actions = [a for menu in menus if isinstance(menu, QMenu) for a in menu.actions()]
    about = next(a for a in actions if a.objectName() == "about")
    about.trigger()
    dialog = window.findChild(AboutDialog)
    assert isinstance(dialog, AboutDialog)
    assert ("Log folder", str(tmp_path)) in dialog.rows
    dialog.close()


def test_a_crash_on_a_worker_thread_shows_the_crash_window(
    qtbot: QtBot, tmp_path: Path, screenshot_dir: Path
) -> None:
    handler = CrashHandler(tmp_path / "reports")
    presenter = CrashPresenter()
    handler.on_report(presenter.report)

    def fail() -> None:
        try:
            raise RuntimeError("a worker broke; Authorization: Bearer sk_live_abcdefghijk")
        except RuntimeError as error:
            handler.handle(error, "the thread “worker”")

    with qtbot.waitSignal(presenter.shown, timeout=5000) as shown:
        worker = threading.Thread(target=fail, name="worker")
        worker.start()
        worker.join()
    dialog = shown.args[0]
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CrashDialog)
    (report,) = handler.written
    assert report.path is not None
    assert report.path.parent == tmp_path / "reports"
    assert report.path.name in dialog.where.text()
    assert "sk_live_abcdefghijk" not in dialog.details.toPlainText()
    assert "RuntimeError in the thread “worker”" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report.path.read_text(encoding="utf-8")
    assert dialog.folder_button.isEnabled()
    dialog.grab().save(str(screenshot_dir / "crash.png"))


def test_error_details_name_the_version_and_computer() -> None:
    presented = describe(ValueError("boom"), "Could not save")
    assert presented is not None
    assert f"Paydesk {build_info().label} · Python " in presented.as_text()


def test_the_tray_shows_the_app_icon(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    from app.ui.notifications import system_tray

    # The offscreen platform has no tray; say there is one so the real icon is made.
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    app = QApplication.instance()
    assert app is not None
    tray = system_tray(app)
    assert tray is not None
    try:
        assert tray.icon().cacheKey() == app_icon().cacheKey()
        assert tray.toolTip() == "Paydesk"
    finally:
        tray.hide()
        tray.deleteLater()

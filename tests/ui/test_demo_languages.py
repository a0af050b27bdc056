"""The demo in each language Paydesk speaks: every page rendered to PNG for a person to look
at, and no label, button or box whose text is cut (Norwegian and Swedish words run long)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.core import i18n
from app.ui.accounts_dialog import AccountsDialog
from app.ui.demo import DemoSession
from app.ui.language import install_language
from app.ui.main_window import MainWindow
from app.ui.preferences_dialog import PreferencesDialog
from app.ui.transactions.capture_dialog import CaptureDialog
from app.ui.transactions.refund_dialog import RefundDialog
from tests.ui.conftest import RunAsync

#: A common laptop window: what the pages must fit without cutting words.
WINDOW_SIZE = (1280, 800)

#: Qt's own Save button (bokmål from Paydesk's small catalogue: Qt ships only nynorsk).
SAVE_WORDS = {"en": "Save", "nb": "Lagre", "sv": "Spara", "da": "Gem"}

#: A word each language shows on the main window (the Payment links tab).
TAB_WORDS = {
    "en": "Payment &links",
    "nb": "Betalings&lenker",
    "sv": "Betal&länkar",
    "da": "Betalings&links",
}


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    install_language(qapp, code)
    yield code
    install_language(qapp, "en")  # as the other tests expect


def cut_texts(root: QWidget) -> list[str]:
    """Visible one-line texts narrower than they need: labels, buttons, combo boxes."""
    # Texts set a moment ago (the status bar's connection) are laid out first.
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    cut: list[str] = []
    widgets: list[QWidget] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or widget.pixmap().width() > 0:
                continue
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text():
                continue
            text, needed = widget.text(), widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton | QComboBox):
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            if not text:
                continue
            needed = widget.minimumSizeHint().width()
            if isinstance(widget, QAbstractButton):
                needed = widget.sizeHint().width()
        else:
            continue
        if widget.width() + 1 < needed:
            cut.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {needed} px")
    return cut


def shortcut_clashes(window: MainWindow, page: QWidget) -> dict[str, list[str]]:
    """Alt+letter shortcuts used twice on a page and its tab bar (menus aside)."""
    used: dict[str, list[str]] = {}
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
    for text in texts:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            used.setdefault(match.group(1).lower(), []).append(text)
    return {letter: texts for letter, texts in used.items() if len(texts) > 1}


def render(widget: QWidget, folder: Path, name: str) -> None:
    widget.grab().save(str(folder / f"{name}.png"))


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"], indirect=True)
def test_the_demo_speaks_each_language_without_cutting_words(
    qtbot: QtBot,
    run_async: RunAsync,
    memory_keyring: MemoryKeyring,
    screenshot_dir: Path,
    language: str,
) -> None:
    folder = screenshot_dir / "languages"
    folder.mkdir(exist_ok=True)
    session = DemoSession.create()
    run_async(session.start(), timeout_ms=60_000)
    window = MainWindow(session.services)
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.start_loading()
    try:
        qtbot.waitUntil(lambda: window.connection_label.text().startswith("●"), timeout=20_000)
        qtbot.waitUntil(lambda: window.sections_built, timeout=10_000)
        assert window.tabs.tabText(0) == TAB_WORDS[language]
        links = window.links_page
        transactions = window.transactions_page
        assert links is not None
        assert transactions is not None
        cut: list[str] = []

        render(window, folder, f"{language}-1-links")
        cut += cut_texts(window)
        clashes = shortcut_clashes(window, links) if language != "en" else {}
        form = links.form
        row = form.lines.rows[0]
        row.description.setText("Ullgenser")
        row.quantity.setText("1")
        row.price.setText("1299,00")
        form.phone.setText("412 34 567")
        form.email.setText("kari@example.no")
        row.description.setFocus()
        qtbot.keyClick(row.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: links.link_view.isVisible(), timeout=20_000)
        render(window, folder, f"{language}-2-link")
        cut += cut_texts(window)

        window.tabs.setCurrentWidget(transactions)
        qtbot.waitUntil(lambda: transactions.model.rowCount() > 0, timeout=20_000)
        transactions.view.selectRow(0)
        qtbot.waitUntil(lambda: transactions.detail.transaction is not None, timeout=20_000)
        render(window, folder, f"{language}-3-transactions")
        cut += cut_texts(window)
        if language != "en":  # English is being sorted out page by page
            clashes.update(shortcut_clashes(window, transactions))

        dialogs: list[tuple[str, QDialog]] = [
            ("4-preferences", PreferencesDialog(session.services, window.errors, window)),
            ("5-accounts", AccountsDialog(session.services, window.errors, window)),
        ]
        detail = transactions.detail
        assert detail.transaction is not None
        if detail.capture_button.isEnabled():
            dialogs.append(("6-capture", CaptureDialog(detail.transaction, window)))
        if detail.refund_button.isEnabled():
            dialogs.append(("7-refund", RefundDialog(detail.transaction, window)))
        for name, dialog in dialogs:
            dialog.show()
            qtbot.waitExposed(dialog)
            render(dialog, folder, f"{language}-{name}")
            cut += cut_texts(dialog)
            if language != "en":  # Qt's own buttons speak the language too
                for box in dialog.findChildren(QDialogButtonBox):
                    for button in box.buttons():
                        assert button.text() not in ("Cancel", "Save", "Close", "OK"), name
            if isinstance(dialog, PreferencesDialog):
                save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
                assert save.text().replace("&", "") == SAVE_WORDS[language]
            dialog.close()
        assert cut == []
        assert clashes == {}
        if language != "en":  # the Qt-free layers speak it too
            english = "Waiting for the customer"
            assert i18n.translate("LinkStatus", english) != english
            assert QCoreApplication.translate("Wording", "Captured") != "Captured"
    finally:
        run_async(window.aclose())
        window.close()
        run_async(session.aclose(), timeout_ms=30_000)

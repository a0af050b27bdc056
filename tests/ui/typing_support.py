"""Typing into real widgets the way a keyboard or a paste does, for property tests."""

from __future__ import annotations

from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

#: Any printable text a person could type or paste into a one-line field.
typed_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")), max_size=60
)


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Empty ``field``, then key presses into it, one per character.

    ``keyClicks`` takes only Latin-1 (Qt aborts on others), so any other character goes
    as a key event that carries it as its text, the way an input method delivers it.
    """
    field.clear()
    field.setFocus()
    for char in text:
        if char.isascii() and char.isprintable():
            qtbot.keyClicks(field, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(field, event)

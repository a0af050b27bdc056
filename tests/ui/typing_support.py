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


#: Longer text arrives as one paste: nobody types 5,000 keys, but anyone can paste them.
PASTE_FROM = 200


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Empty ``field``, then key presses into it, one per character (a paste when long).

    ``keyClicks`` takes only Latin-1 (Qt aborts on others), so any other character goes
    as a key event that carries it as its text, the way an input method delivers it.
    A paste goes through ``QLineEdit.insert``, as Ctrl+V does: one edit, the field's
    length limit applied.
    """
    field.clear()
    field.setFocus()
    if len(text) >= PASTE_FROM:
        field.insert(text)
        return
    for char in text:
        if char.isascii() and char.isprintable():
            qtbot.keyClicks(field, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(field, event)

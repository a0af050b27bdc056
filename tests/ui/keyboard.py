"""What a keyboard user and a screen reader meet: the Tab chain as Tab really walks it,
the name a screen reader says for each control, and the Alt+letter shortcuts of a window."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

_MNEMONIC = re.compile(r"&([^&\s])")


def spoken_name(widget: QWidget) -> str:
    """The name the platform's accessibility layer gives a screen reader for ``widget``:
    its accessible name, else what Qt derives (a button's text, a field's label).

    On Linux Qt reports a combo box's current choice as its name and leaves the label to
    the screen reader, so the accessible name set on the widget is read first."""
    if widget.accessibleName():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).replace("&", "").strip()


def focus_into(qtbot: QtBot, widget: QWidget) -> None:
    """Activate ``widget``'s window and put the keyboard focus on it."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def _owner(widget: QWidget) -> QWidget:
    """The control a focused part belongs to (a spin box's or date field's own line edit).

    A button box that hands its focus to its default button holds several controls, so a
    button in it stays itself."""
    parent = widget.parentWidget()
    while _proxies(parent, widget):
        assert parent is not None
        widget, parent = parent, parent.parentWidget()
    return widget


def _proxies(parent: QWidget | None, widget: QWidget) -> bool:
    if parent is None or isinstance(parent, QDialogButtonBox):
        return False
    return parent.focusProxy() is widget


def tab_cycle(qtbot: QtBot, start: QWidget, limit: int = 120) -> list[QWidget]:
    """Press Tab from ``start`` until the focus comes back to it: every control reached,
    in order (a control whose parts take several Tabs, a date and time, counts once)."""
    focus_into(qtbot, start)
    focused = QApplication.focusWidget()
    assert focused is not None
    start = _owner(focused)
    seen: list[QWidget] = [start]
    left = False  # Tab may stay in the first control a while (a label's links)
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None, f"Tab after {spoken_name(seen[-1])!r} left the window"
        control = _owner(now)
        if control is start:
            if left:
                return seen
            continue
        left = True
        if control is not seen[-1]:
            assert control not in seen, f"Tab came back to {spoken_name(control)!r} early"
            seen.append(control)
    raise AssertionError(f"Tab never came back to {spoken_name(start)!r}: {names(seen)}")


def first_tab_stop(window: QWidget) -> QWidget:
    """The first control of ``window``'s focus chain that Tab stops at."""
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and widget.isVisible() and widget.isEnabled():
            return widget
        widget = widget.nextInFocusChain()
    raise AssertionError("nothing in the window takes Tab")


def names(widgets: list[QWidget]) -> list[str]:
    return [spoken_name(widget) for widget in widgets]


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the visible controls it would trigger in ``window``."""
    found: dict[str, list[str]] = defaultdict(list)

    def note(text: str, what: str) -> None:
        for letter in _MNEMONIC.findall(text.replace("&&", "")):
            found[letter.casefold()].append(what)

    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            note(widget.text(), widget.text())
        elif isinstance(widget, QGroupBox):
            note(widget.title(), widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    note(widget.tabText(index), widget.tabText(index))
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    note(action.text(), action.text())
    return dict(found)


def repeated_mnemonics(window: QWidget) -> dict[str, list[str]]:
    return {key: used for key, used in mnemonics(window).items() if len(used) > 1}


def opening_focus(qtbot: QtBot, window: QWidget) -> QWidget:
    """The control that has the keyboard focus once ``window`` is shown and active."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    focused = QApplication.focusWidget()
    assert focused is not None
    assert window.isAncestorOf(focused), f"the focus is outside: {spoken_name(focused)!r}"
    return _owner(focused)


def walk(qtbot: QtBot, window: QWidget, start: QWidget | None = None) -> list[str]:
    """Tab once round ``window`` (from ``start`` or its first stop): the names said, in
    order; no Alt+letter serves two controls and every control reached has a name."""
    qtbot.waitExposed(window)
    assert repeated_mnemonics(window) == {}
    order = tab_cycle(qtbot, start if start is not None else first_tab_stop(window))
    for control in order:
        assert spoken_name(control), f"{type(control).__name__} {control.objectName()!r}"
    return names(order)

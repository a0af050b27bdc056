"""The Qt binding itself: a signal emitted from Python must not eat Python's references.

PySide6 6.12.0 dropped one reference to ``True`` on every ``emit()`` from Python; a desk
emits on every keystroke in the link form, so after a few thousand key presses the
interpreter aborted ("bool_dealloc"). The dependency range leaves that release out; this
test notices a binding that does it again, after 200 emits, long before any crash.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    with_value = Signal(int)


def test_emitting_a_signal_keeps_the_reference_counts_of_true_and_false() -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.with_value.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for number in range(200):
        emitter.plain.emit()
        emitter.with_value.emit(number)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert received == list(range(200))
    assert after == before

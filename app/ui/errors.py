"""One place that tells the user about failures, in words a shop assistant understands.

The split: cancellation is silent; expected failures (validation,
Dintero refusals, no network) show their plain message with the technical details
(status, Dintero code, request id) one click away and copyable; anything else is logged
with its traceback and shown as a generic failure. Every presented error is also emitted
as a signal so tests can assert on what the user was told.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.core.errors import UserFacingError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.diagnostics.environment import one_line

log = logging.getLogger(__name__)

GENERIC_MESSAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "Something unexpected went wrong. Nothing more was sent to Dintero. "
    "The details have been written to the log.",
)


@dataclass(frozen=True)
class Presented:
    """What the user was shown."""

    title: str
    message: str
    details: str
    expected: bool

    def as_text(self) -> str:
        """Everything in one block, for the clipboard (to quote to Dintero's support),
        ending with which Paydesk on which computer it happened."""
        parts = [self.title, self.message]
        if self.details:
            parts.append(self.details)
        parts.append(one_line())
        return "\n\n".join(parts)


def describe(error: BaseException, context: str = "") -> Presented | None:
    """Turn an exception into what the user should read; None means stay silent."""
    if isinstance(error, asyncio.CancelledError):
        return None
    title = context or QCoreApplication.translate("Errors", "Could not complete the action")
    if isinstance(error, UserFacingError):
        return Presented(title, error.user_message, error.details, True)
    message = QCoreApplication.translate("Errors", GENERIC_MESSAGE)
    return Presented(title, message, f"{type(error).__name__}: {error}", False)


class ErrorPresenter(QObject):
    """Shows failures non-modally (never ``exec()``, so no coroutine is ever blocked)."""

    shown = Signal(object)  # Presented

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._box: QMessageBox | None = None
        self.copy_button: QPushButton | None = None
        self._current: Presented | None = None
        self.history: list[Presented] = []

    def present(self, error: BaseException, context: str = "") -> Presented | None:
        presented = describe(error, context)
        if presented is None:
            return None
        if not presented.expected:
            log.error("Unexpected failure: %s", context, exc_info=error)
        self.show(presented)
        return presented

    def show(self, presented: Presented) -> None:
        self.history.append(presented)
        box = self._box
        if box is None:
            box = QMessageBox(self._parent_widget)
            box.setObjectName("errorBox")
            self.copy_button = box.addButton(
                self.tr("&Copy details"), QMessageBox.ButtonRole.ActionRole
            )
            close = box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
            box.setEscapeButton(close)
            box.setDefaultButton(close)  # Enter closes; Copy details is its own key (Alt+C)
            self.copy_button.clicked.connect(self._copy)
            self._box = box
        self._current = presented
        box.setIcon(QMessageBox.Icon.Warning if presented.expected else QMessageBox.Icon.Critical)
        box.setWindowTitle(presented.title)
        box.setText(presented.title)
        box.setInformativeText(presented.message)
        box.setDetailedText(presented.details)
        box.open()
        self.shown.emit(presented)

    def _copy(self) -> None:
        if self._current is not None:
            QGuiApplication.clipboard().setText(self._current.as_text())

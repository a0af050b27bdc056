"""The permanent environment marker: production is unmistakable, test is calm but visible.

The band is part of the window's first paint; its text is centred by the style sheet's
banner look.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.ui import style
from app.ui.style import Look, Tone


class EnvironmentBanner(QLabel):
    """A full-width band above everything: red PRODUCTION, or a quiet TEST note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("environmentBanner")
        self.setMargin(6)
        self._mark_none()  # not shown yet: Qt applies the style when it is, no repolish

    def show_environment(self, *, production: bool, account_label: str) -> None:
        if production:
            text = self.tr("PRODUCTION — real money moves on this account · {account}").format(
                account=account_label
            )
        else:
            text = self.tr("TEST account — no real money · {account}").format(account=account_label)
        self.setText(text)
        self.setProperty("production", production)
        style.apply(self, Tone.PRODUCTION if production else Tone.TEST, Look.BANNER)
        self.setAccessibleName(text)

    def show_none(self) -> None:
        self._mark_none()
        style.repolish(self)

    def _mark_none(self) -> None:
        self.setText(self.tr("No account selected — add one under Accounts › Manage accounts"))
        self.setProperty("production", False)
        style.tag(self, Tone.NEUTRAL, Look.BANNER)

    @property
    def is_production(self) -> bool:
        return bool(self.property("production"))

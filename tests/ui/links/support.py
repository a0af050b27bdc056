"""The Payment links desk bound to the sandbox's test account, for the link tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from pytestqt.qtbot import QtBot

from app.accounts.models import Account
from app.accounts.secrets import SecretStore
from app.accounts.store import AccountStore
from app.desk.services import AppServices
from app.dintero import ClientConfig, DinteroClient
from app.sandbox import EmbeddedSandbox
from app.ui.context import AccountContext
from app.ui.errors import ErrorPresenter
from app.ui.links.new_link_form import NewLinkForm
from app.ui.links.page import LinksPage


class Desk:
    """A links page bound to the sandbox's test account, with a movable clock."""

    def __init__(self, page: LinksPage, context: AccountContext, qtbot: QtBot) -> None:
        self.page = page
        self.context = context
        self.qtbot = qtbot
        self.clock_offset = timedelta()
        page.clock = lambda: datetime.now(UTC) + self.clock_offset

    @property
    def form(self) -> NewLinkForm:
        return self.page.form

    def fill_line(self, number: int, description: str, qty: str, price: str, vat: str) -> None:
        row = self.form.lines.rows[number]
        row.description.setText(description)
        row.quantity.setText(qty)
        row.price.setText(price)
        row.vat.setText(vat)

    def create(self) -> str:
        """Press Ctrl+Enter and wait for the link view; returns the new session id."""
        before = self.page.link_view.record
        self.form.lines.rows[0].description.setFocus()
        self.qtbot.keyClick(
            self.form.lines.rows[0].description,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier,
        )
        self.qtbot.waitUntil(
            lambda: (
                (
                    self.page.link_view.record is not None
                    and self.page.link_view.record is not before
                    and self.page.stack.currentWidget() is self.page.link_view
                )
                or bool(self.page.errors.history)
            ),
            timeout=5000,
        )
        assert self.page.errors.history == []
        record = self.page.link_view.record
        assert record is not None
        return record.session_id

    def state(self) -> str | None:
        status = self.page.link_view.status
        return status.state if status is not None else None

    def wait_state(self, state: str, timeout: int = 5000) -> None:
        self.qtbot.waitUntil(lambda: self.state() == state, timeout=timeout)


def make_services(root: Path) -> AppServices:
    return AppServices(
        accounts=AccountStore(root / "accounts.json"),
        secrets=SecretStore(),
        data_dir=root,
        operator="tester",
    )


def make_context(
    sandbox: EmbeddedSandbox,
    services: AppServices,
    errors: ErrorPresenter,
    *,
    key: str = "sandboxshop",
    name: str = "Sandbox shop",
) -> AccountContext:
    """A context on the sandbox's test account (``key`` tells accounts apart locally)."""
    account = Account(
        name=name,
        account_id=sandbox.account_id,
        client_id=sandbox.client_id,
        base_url=sandbox.base_url,
        key=key,
    )
    client = DinteroClient(
        ClientConfig.single_host(
            sandbox.base_url,
            sandbox.account_id,
            sandbox.client_id,
            sandbox.client_secret,
            timeout_s=5.0,
            max_read_retries=1,
            retry_initial_s=0.02,
            retry_max_s=0.05,
        )
    )
    return AccountContext(account, client, services, errors)


def open_desk(
    qtbot: QtBot, sandbox: EmbeddedSandbox, services: AppServices, errors: ErrorPresenter
) -> Desk:
    page = LinksPage(services, errors)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.tracker.initial_interval_s = 0.05
    page.tracker.max_interval_s = 0.2
    context = make_context(sandbox, services, errors)
    desk = Desk(page, context, qtbot)
    page.bind(context)
    qtbot.waitUntil(lambda: not context.tasks.in_flight("history-load"), timeout=5000)
    return desk


def sent_sessions(sandbox: EmbeddedSandbox) -> list[dict[str, Any]]:
    """The session bodies the desk posted, as the sandbox logged them (JSON, hence Any)."""
    return [r for r in sandbox.requests(r"/v1/sessions-profile$") if r["method"] == "POST"]


class MailProgram(QObject):
    """Stands where the computer's mail program is: Qt hands it every ``mailto:`` URL
    opened through ``QDesktopServices`` (the app's real path to the mail program)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))

"""A desk for one test: the real client on the sandbox, a real journal in a folder, and a
listener that records what the person at the desk would be told."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from app.accounts.models import Account
from app.core.vat import OrderLine
from app.desk.link_draft import LinkDraft
from app.desk.link_status import LinkStatus
from app.desk.money_moves import MoneyMoveDesk, MoveReport
from app.dintero import ClientConfig, DinteroClient, Transaction
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal
from app.storage.links import LinkRecord


@dataclass
class RecordingListener:
    """Everything the desk said, in order."""

    states: list[tuple[str, str]] = field(default_factory=list)
    busy: list[tuple[str, bool]] = field(default_factory=list)
    reports: list[MoveReport] = field(default_factory=list)
    reads: list[Transaction] = field(default_factory=list)
    order_records: list[tuple[str, str, bool]] = field(default_factory=list)

    def move_state(self, transaction_id: str, text: str) -> None:
        self.states.append((transaction_id, text))

    def move_busy(self, transaction_id: str, busy: bool) -> None:
        self.busy.append((transaction_id, busy))

    def move_finished(self, report: MoveReport) -> None:
        self.reports.append(report)

    def transaction_read(self, transaction: Transaction) -> None:
        self.reads.append(transaction)

    def order_record_state(self, transaction_id: str, text: str, retryable: bool) -> None:
        self.order_records.append((transaction_id, text, retryable))

    def texts(self) -> list[str]:
        return [text for _tx, text in self.states]


class Heard:
    """What link tracking told the desk, in order."""

    def __init__(self) -> None:
        self.changes: list[tuple[LinkStatus, str, bool]] = []
        self.trouble: list[str] = []
        self.confirmed: list[tuple[str, LinkRecord]] = []

    def link_changed(self, link: LinkStatus, known_state: str, new_failure: bool) -> None:
        self.changes.append((link, known_state, new_failure))

    def link_trouble(self, session_id: str, text: str) -> None:
        self.trouble.append(text)

    def link_confirmed(self, provisional_id: str, record: LinkRecord) -> None:
        self.confirmed.append((provisional_id, record))

    @property
    def latest(self) -> LinkStatus:
        return self.changes[-1][0]


def link_draft(reference: str, *, amount: int = 49_900) -> LinkDraft:
    """A one-line phone order (VAT 25 %) with an e-mail, valid for a day."""
    return LinkDraft(
        merchant_reference=reference,
        currency="NOK",
        lines=(OrderLine("1", "Wool sweater", Decimal(1), amount, Decimal(25)),),
        shipping=None,
        phone=None,
        email="kari@example.com",
        expires_at=datetime.now(UTC) + timedelta(days=1),
        auto_capture=False,
        send_sms=False,
    )


def account_for(sandbox: EmbeddedSandbox, *, orders_api: bool = False) -> Account:
    return Account(
        "Desk test shop",
        sandbox.account_id,
        sandbox.client_id,
        base_url=sandbox.base_url,
        orders_api_enabled=orders_api,
    )


def make_desk(
    client: DinteroClient,
    sandbox: EmbeddedSandbox,
    journal: Journal,
    *,
    orders_api: bool = False,
) -> tuple[MoneyMoveDesk, RecordingListener]:
    listener = RecordingListener()
    desk = MoneyMoveDesk(
        client,
        account_for(sandbox, orders_api=orders_api),
        journal,
        listener,
        operator=lambda: "tester",
        pending_timeout_s=2.0,
    )
    return desk, listener


def open_journal(folder: Path) -> Journal:
    return Journal.in_directory(folder)


def transaction_reads(sandbox: EmbeddedSandbox, tx_id: str) -> int:
    return sum(1 for r in sandbox.requests(rf"/v1/transactions/{tx_id}$") if r["method"] == "GET")


def config_with(client_config: ClientConfig, **changes: object) -> ClientConfig:
    return client_config.model_copy(update=changes)


async def eventually(predicate: Callable[[], bool], timeout_s: float = 5.0) -> None:
    """Wait until the sandbox shows what ``predicate`` looks for (it has no push channel)."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("the sandbox never showed it")
        await asyncio.sleep(0.02)


def capture_in_another_process(
    base_url: str,
    account_id: str,
    client_id: str,
    secret: str,
    folder: str,
    tx_id: str,
    amount: int,
) -> None:
    """Child process: a desk that captures ``amount`` on ``tx_id``, for a test to kill."""
    from app.desk.move_request import MoveRequest
    from app.dintero import CaptureRequest, Operation

    config = ClientConfig.single_host(base_url, account_id, client_id, secret, timeout_s=30.0)

    async def main() -> None:
        async with DinteroClient(config) as client:
            with Journal.in_directory(Path(folder)) as journal:
                desk = MoneyMoveDesk(
                    client,
                    Account("Killed desk", account_id, client_id, base_url=base_url),
                    journal,
                    RecordingListener(),
                    operator=lambda: "killed",
                )
                basis = await client.get_transaction(tx_id)
                request = MoveRequest.for_transaction(
                    Operation.CAPTURE, basis, amount, CaptureRequest(amount=amount)
                )
                await desk.run(request)

    asyncio.run(main())

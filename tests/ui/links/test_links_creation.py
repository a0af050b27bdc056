"""``create_link`` on its own: what the history keeps of Dintero's answer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import cast

from app.accounts.models import Account
from app.core.vat import OrderLine
from app.desk.link_creation import create_link
from app.desk.link_draft import LinkDraft
from app.dintero import DinteroClient
from app.dintero.models import CreatedSession
from app.dintero.payloads import SessionRequest
from app.storage.links import LinkRecord, LinkState, LinkStore
from tests.ui.conftest import RunAsync

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


class _NoPublishClient:
    """Creates the session but says nothing about the SMS it was asked to send."""

    def __init__(self, before_answer: Callable[[], None] = lambda: None) -> None:
        self.before_answer = before_answer

    async def create_session(self, request: SessionRequest) -> CreatedSession:
        self.before_answer()
        return CreatedSession(id="T11111111.abc", url="https://pay.example/v1/view/abc")


def _draft() -> LinkDraft:
    return LinkDraft(
        currency="NOK",
        merchant_reference="PD-SMS-1",
        lines=(OrderLine("1", "Mug", Decimal(1), 12900, Decimal(25)),),
        shipping=None,
        phone="+4791234567",
        email=None,
        expires_at=NOW + timedelta(days=1),
        auto_capture=False,
        send_sms=True,
    )


def _create(run_async: RunAsync, store: LinkStore, client: _NoPublishClient) -> LinkRecord:
    account = Account(name="Shop", account_id="T12345678", client_id="c1")
    return run_async(create_link(cast(DinteroClient, client), store, account, _draft(), NOW))


def test_an_sms_dintero_did_not_report_is_kept_as_failed(
    tmp_path: Path, run_async: RunAsync
) -> None:
    store = LinkStore.in_directory(tmp_path)
    record = _create(run_async, store, _NoPublishClient())
    assert record.state == LinkState.OPEN
    assert record.sms_status == "failed"


def test_the_same_sms_status_when_the_pending_record_vanished_meanwhile(
    tmp_path: Path, run_async: RunAsync
) -> None:
    store = LinkStore.in_directory(tmp_path)

    def forget_pending() -> None:  # as if another window had settled it meanwhile
        for record in store.search():
            store.discard(record.session_id)

    client = _NoPublishClient(before_answer=forget_pending)
    record = _create(run_async, store, client)
    assert record.session_id == "T11111111.abc"
    assert record.sms_status == "failed"
    assert store.get("T11111111.abc") == record

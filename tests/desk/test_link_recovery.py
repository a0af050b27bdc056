"""A link whose creation answer was lost: found by its reference (GET /v1/sessions) paid
or not, and "send again" adopts it instead of leaving two live links.

The sandbox really creates the session and then drops the connection without answering
(``drop_after_apply``), or drops it before creating anything (``drop_before_apply``).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.desk.link_creation import LinkNotConfirmed, create_link
from app.desk.link_recovery import ResendNotChecked, Resent, resend_link
from app.desk.link_tracking import LinkTracking, LinkWatch
from app.desk.services import LocalStores
from app.desk.session_poller import PollResult, SessionPoller
from app.dintero import ClientConfig, DinteroClient
from app.sandbox import EmbeddedSandbox
from app.storage.links import LinkRecord, LinkState, pending_id
from tests.desk.support import Heard, account_for, link_draft

CREATE = r"/v1/sessions-profile$"


def sessions_with(sandbox: EmbeddedSandbox, reference: str) -> list[dict[str, Any]]:
    """The sessions the sandbox holds for ``reference``, newest first."""
    found = [sandbox.get_session(str(s["id"])) for s in sandbox.list_sessions()]
    return [s for s in found if s["order"]["merchant_reference"] == reference]


def creates(sandbox: EmbeddedSandbox) -> int:
    return sum(1 for r in sandbox.requests(CREATE) if r["method"] == "POST")


def session_lookups(sandbox: EmbeddedSandbox) -> list[dict[str, Any]]:
    return [r for r in sandbox.requests(r"^/v1/sessions$") if r["method"] == "GET"]


class Desk:
    def __init__(self, sandbox: EmbeddedSandbox, folder: Path) -> None:
        self.stores = LocalStores(folder)
        self.account = account_for(sandbox)
        self.heard = Heard()

    async def create_unconfirmed(self, client: DinteroClient, reference: str) -> LinkRecord:
        with pytest.raises(LinkNotConfirmed) as lost:
            await self.create(client, reference)
        return lost.value.record

    async def create(
        self, client: DinteroClient, reference: str, amount: int = 49_900
    ) -> LinkRecord:
        draft = link_draft(reference, amount=amount)
        return await create_link(
            client, self.stores.links(), self.account, draft, datetime.now(UTC)
        )

    def tracking(self, client: DinteroClient) -> LinkTracking:
        return LinkTracking(
            client, self.account.key, self.stores.links(), self.heard, SessionPoller()
        )

    async def resend(self, client: DinteroClient, record: LinkRecord) -> Resent:
        return await resend_link(
            client, self.stores.links(), self.account, record, datetime.now(UTC)
        )

    def history(self) -> list[LinkRecord]:
        return self.stores.links().search(self.account.key)


def test_the_watch_finds_a_lost_link_not_yet_paid(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    desk = Desk(sandbox, tmp_path)
    sandbox.add_fault(method="POST", path=CREATE, kind="drop_after_apply", times=1)

    async def main() -> LinkRecord:
        async with DinteroClient(client_config) as client:
            record = await desk.create_unconfirmed(client, "PD-LOST-1")
            tracking = desk.tracking(client)
            assert await LinkWatch(tracking, record).poll() is PollResult.CHANGED
            # The poller now follows the link under its real id: its next reading.
            (key,) = tracking.poller.keys
            watch = tracking.poller.watch_for(key)
            assert isinstance(watch, LinkWatch)
            assert await watch.poll() is PollResult.CHANGED
            return record

    record = asyncio.run(main())
    (orphan,) = sessions_with(sandbox, "PD-LOST-1")
    assert "transaction_id" not in orphan or orphan["transaction_id"] is None  # not paid
    ((provisional, confirmed),) = desk.heard.confirmed
    assert provisional == record.session_id == pending_id("PD-LOST-1")
    assert confirmed.session_id == orphan["id"]
    assert confirmed.url.endswith(f"/v1/view/{orphan['id']}?language=en")  # no phone: English
    assert desk.heard.latest.state == LinkState.OPEN
    assert [r.session_id for r in desk.history()] == [orphan["id"]]
    (lookup,) = session_lookups(sandbox)
    assert lookup["query"]["search"] == ["PD-LOST-1"]
    assert creates(sandbox) == 1


def test_send_again_adopts_the_link_dintero_has(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    desk = Desk(sandbox, tmp_path)
    sandbox.add_fault(method="POST", path=CREATE, kind="drop_after_apply", times=1)

    async def main() -> Resent:
        async with DinteroClient(client_config) as client:
            record = await desk.create_unconfirmed(client, "PD-LOST-2")
            return await desk.resend(client, record)

    resent = asyncio.run(main())
    (orphan,) = sessions_with(sandbox, "PD-LOST-2")  # still the only one: none sent
    assert creates(sandbox) == 1
    assert resent.found_existing
    assert resent.record.session_id == orphan["id"]
    assert resent.record.state == LinkState.OPEN
    assert [r.session_id for r in desk.history()] == [orphan["id"]]


def test_send_again_creates_the_link_when_dintero_has_none(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    desk = Desk(sandbox, tmp_path)
    sandbox.add_fault(method="POST", path=CREATE, kind="drop_before_apply", times=1)

    async def main() -> Resent:
        async with DinteroClient(client_config) as client:
            record = await desk.create_unconfirmed(client, "PD-LOST-3")
            assert sessions_with(sandbox, "PD-LOST-3") == []
            return await desk.resend(client, record)

    resent = asyncio.run(main())
    assert not resent.found_existing
    (created,) = sessions_with(sandbox, "PD-LOST-3")
    assert resent.record.session_id == created["id"]
    assert len(session_lookups(sandbox)) == 1  # looked before sending
    assert [r.session_id for r in desk.history()] == [created["id"]]


def test_send_again_sends_nothing_when_dintero_cannot_be_asked(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    desk = Desk(sandbox, tmp_path)
    sandbox.add_fault(method="POST", path=CREATE, kind="drop_after_apply", times=1)
    sandbox.add_fault(method="GET", path=r"^/v1/sessions$", kind="status", status=403)

    async def main() -> LinkRecord:
        async with DinteroClient(client_config) as client:
            record = await desk.create_unconfirmed(client, "PD-LOST-4")
            with pytest.raises(ResendNotChecked) as refused:
                await desk.resend(client, record)
            assert "did not send it again" in refused.value.user_message
            return record

    record = asyncio.run(main())
    assert creates(sandbox) == 1
    assert [r.session_id for r in desk.history()] == [record.session_id]  # still unconfirmed
    assert desk.history()[0].state == LinkState.CREATING


def test_an_earlier_link_with_the_same_reference_is_never_taken_for_the_lost_one(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    """Staff may type a reference used before: that link is in the history already, and
    a session of another amount is another order."""
    desk = Desk(sandbox, tmp_path)

    async def main() -> tuple[LinkRecord, Resent]:
        async with DinteroClient(client_config) as client:
            earlier = await desk.create(client, "PD-AGAIN-1")
            await asyncio.to_thread(sandbox.pay, earlier.session_id, outcome="authorized")
            elsewhere = Desk(sandbox, tmp_path / "other-desk")  # another desk, other amount
            await elsewhere.create(client, "PD-AGAIN-1", amount=12_300)
            sandbox.add_fault(method="POST", path=CREATE, kind="drop_before_apply", times=1)
            record = await desk.create_unconfirmed(client, "PD-AGAIN-1")
            tracking = desk.tracking(client)
            assert await LinkWatch(tracking, record).poll() is PollResult.CHANGED
            assert desk.heard.confirmed == []  # nothing taken: still not confirmed
            assert desk.heard.latest.state == LinkState.CREATING
            return earlier, await desk.resend(client, record)

    earlier, resent = asyncio.run(main())
    assert not resent.found_existing
    assert len(sessions_with(sandbox, "PD-AGAIN-1")) == 3
    assert resent.record.session_id != earlier.session_id
    assert {r.session_id for r in desk.history()} == {earlier.session_id, resent.record.session_id}
    kept = desk.stores.links().get(earlier.session_id)
    assert kept is not None
    assert kept.merchant_reference == "PD-AGAIN-1"


def test_the_lost_link_is_told_apart_from_an_earlier_one_with_its_reference(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    desk = Desk(sandbox, tmp_path)

    async def main() -> tuple[LinkRecord, Resent]:
        async with DinteroClient(client_config) as client:
            earlier = await desk.create(client, "PD-AGAIN-2")
            sandbox.add_fault(method="POST", path=CREATE, kind="drop_after_apply", times=1)
            record = await desk.create_unconfirmed(client, "PD-AGAIN-2")
            return earlier, await desk.resend(client, record)

    earlier, resent = asyncio.run(main())
    (lost,) = [s for s in sessions_with(sandbox, "PD-AGAIN-2") if s["id"] != earlier.session_id]
    assert resent.found_existing
    assert resent.record.session_id == lost["id"]
    assert creates(sandbox) == 2  # the earlier link and the lost one; nothing more
    assert {r.session_id for r in desk.history()} == {earlier.session_id, lost["id"]}


def test_send_again_after_the_watch_found_the_link_sends_nothing(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    """Staff press "send again" on the view they had while the watch confirmed the link."""
    desk = Desk(sandbox, tmp_path)
    sandbox.add_fault(method="POST", path=CREATE, kind="drop_after_apply", times=1)

    async def main() -> Resent:
        async with DinteroClient(client_config) as client:
            record = await desk.create_unconfirmed(client, "PD-LOST-5")
            assert await LinkWatch(desk.tracking(client), record).poll() is PollResult.CHANGED
            assert desk.heard.confirmed
            return await desk.resend(client, record)

    resent = asyncio.run(main())
    (orphan,) = sessions_with(sandbox, "PD-LOST-5")
    assert creates(sandbox) == 1
    assert resent.found_existing
    assert resent.record.session_id == orphan["id"]
    assert [r.session_id for r in desk.history()] == [orphan["id"]]

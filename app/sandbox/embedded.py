"""Run the sandbox in a background thread, for the desktop demo mode and the tests.

The server gets its own thread and event loop, so synchronous code (the official SDK,
pytest) and the GUI's own loop can talk to it over loopback like to the real Dintero.
Convenience methods drive the `/sandbox/` controls over HTTP.
"""

from __future__ import annotations

import asyncio
import re
import threading
from types import TracebackType
from typing import Any

import httpx

from app.sandbox.config import SandboxConfig
from app.sandbox.server import RunningSandbox, serve

__all__ = ["EmbeddedSandbox", "SandboxControlError"]


class SandboxControlError(RuntimeError):
    """A `/sandbox/` control call failed; carries the status and the error body."""

    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"sandbox control call failed with {status}: {body}")
        self.status = status
        self.body = body


class EmbeddedSandbox:
    """Runs the server in a daemon thread with its own asyncio loop, on loopback."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._running: RunningSandbox | None = None
        self._http: httpx.Client | None = None
        self._startup_error: BaseException | None = None

    # -- lifecycle -------------------------------------------------------------------

    def start(self) -> str:
        """Start serving and return the base URL; blocks until the server accepts requests."""
        if self._running is not None:
            return self._running.base_url
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(ready,), name="dintero-sandbox", daemon=True
        )
        self._thread.start()
        if not ready.wait(timeout=30):
            raise RuntimeError("the sandbox did not start within 30 s")
        if self._startup_error is not None:
            raise RuntimeError("the sandbox failed to start") from self._startup_error
        self._http = httpx.Client(base_url=self.base_url, timeout=30)
        return self.base_url

    def _run(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            self._running = loop.run_until_complete(serve(self.config))
        except BaseException as exc:
            self._startup_error = exc
            ready.set()
            loop.close()
            return
        ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._running.close())
            pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def stop(self) -> None:
        """Stop serving and join the thread; safe to call twice."""
        if self._http is not None:
            self._http.close()
            self._http = None
        if self._loop is not None and self._thread is not None and self._running is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=30)
        self._running = None
        self._thread = None
        self._loop = None

    def __enter__(self) -> EmbeddedSandbox:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def reset(self) -> None:
        """Back to the freshly seeded state, no fault rules, clock offset 0, empty request log."""
        running = self._require_running()

        async def reset_on_loop() -> None:
            running.server.reset()

        assert self._loop is not None
        asyncio.run_coroutine_threadsafe(reset_on_loop(), self._loop).result(timeout=60)

    # -- identity --------------------------------------------------------------------

    def _require_running(self) -> RunningSandbox:
        if self._running is None:
            raise RuntimeError("the sandbox is not running; call start() first")
        return self._running

    @property
    def base_url(self) -> str:
        return self._require_running().base_url

    @property
    def account_id(self) -> str:
        return self.config.accounts[0].account_id

    @property
    def client_id(self) -> str:
        return self.config.accounts[0].client_id

    @property
    def client_secret(self) -> str:
        return self.config.accounts[0].client_secret

    # -- controls over HTTP ----------------------------------------------------------

    def _control(
        self, method: str, path: str, body: Any = None, auth: tuple[str, str] | None = None
    ) -> Any:
        if self._http is None:
            raise RuntimeError("the sandbox is not running; call start() first")
        response = self._http.request(method, path, json=body, auth=auth)
        if response.status_code >= 400:
            raise SandboxControlError(response.status_code, response.text)
        return response.json()

    def token(self, account_id: str | None = None) -> str:
        """A fresh access token for a configured account (default: the first one)."""
        account = next(
            (a for a in self.config.accounts if a.account_id == (account_id or self.account_id)),
            None,
        )
        if account is None:
            raise ValueError(f"unknown sandbox account {account_id!r}")
        body = {
            "grant_type": "client_credentials",
            "audience": f"https://api.dintero.com/v1/accounts/{account.account_id}",
        }
        result = self._control(
            "POST",
            f"/v1/accounts/{account.account_id}/auth/token",
            body,
            auth=(account.client_id, account.client_secret),
        )
        return str(result["access_token"])

    def pay(
        self,
        session_id: str,
        outcome: str = "authorized",
        payment_product_type: str = "dintero_psp.creditcard",
    ) -> dict[str, Any]:
        """Pay a session as the customer would; returns the resulting transaction."""
        body = {"outcome": outcome, "payment_product_type": payment_product_type}
        result: dict[str, Any] = self._control("POST", f"/sandbox/sessions/{session_id}/pay", body)
        return result

    def resolve(self, transaction_id: str, outcome: str = "authorized") -> dict[str, Any]:
        """End the manual review of an ON_HOLD transaction."""
        path = f"/sandbox/transactions/{transaction_id}/resolve"
        result: dict[str, Any] = self._control("POST", path, {"outcome": outcome})
        return result

    def set_auto_capture(
        self, delay_s: float | None = None, fail_attempts: int = 0
    ) -> dict[str, Any]:
        """How Dintero's auto-capture behaves: `delay_s` after AUTHORIZED (None: only when
        `run_auto_capture` asks), the first `fail_attempts` attempts failing (-1: all)."""
        body = {"delay_s": delay_s, "fail_attempts": fail_attempts}
        result: dict[str, Any] = self._control("PUT", "/sandbox/auto-capture", body)
        return result

    def run_auto_capture(self, transaction_id: str) -> dict[str, Any]:
        """Make the pending auto-capture attempt now; answers the transaction."""
        path = f"/sandbox/transactions/{transaction_id}/auto-capture"
        result: dict[str, Any] = self._control("POST", path)
        return result

    def set_card_payments(
        self, outcome: str = "approve", times: int | None = None, retry_after_s: int = 3600
    ) -> dict[str, Any]:
        """What the next `POST /v1/sessions/pay` answers: approve, decline, do_not_retry or
        retry_after (a decline to try again `retry_after_s` later), for `times` payments."""
        body = {"outcome": outcome, "times": times, "retry_after_s": retry_after_s}
        result: dict[str, Any] = self._control("PUT", "/sandbox/card-payments", body)
        return result

    def set_settlement_delay(self, delay_s: float | None) -> None:
        """Seconds from a capture or refund to its payout (None: only `settle` pays out)."""
        self._control("PUT", "/sandbox/settlement", {"delay_s": delay_s})

    def settle(self, transaction_id: str) -> dict[str, Any]:
        """Pay out the transaction's unsettled captures and refunds now."""
        path = f"/sandbox/transactions/{transaction_id}/settle"
        result: dict[str, Any] = self._control("POST", path)
        return result

    def add_fault(self, **rule: Any) -> None:
        """Add one fault rule, e.g. `add_fault(kind="status", status=503, times=1)`."""
        self._control("POST", "/sandbox/faults", {"rules": [rule]})

    def clear_faults(self) -> None:
        self._control("DELETE", "/sandbox/faults")

    def set_run_faults(
        self,
        latency_ms: int = 0,
        error_rate: float = 0.0,
        *,
        error_status: int = 500,
        rate_limit_rate: float = 0.0,
        retry_after: int = 1,
    ) -> dict[str, Any]:
        """Set every run-wide fault on Dintero API requests (what is not given is off).

        `error_rate` of the requests answer `error_status` (a 5xx), `rate_limit_rate` of
        them answer 429 with `Retry-After: retry_after`. Answers the faults now in force.
        """
        body = {
            "latency_ms": latency_ms,
            "error_rate": error_rate,
            "error_status": error_status,
            "rate_limit_rate": rate_limit_rate,
            "retry_after": retry_after,
        }
        result: dict[str, Any] = self._control("PUT", "/sandbox/faults/run", body)
        return result

    def advance_clock(self, seconds: float) -> None:
        self._control("POST", "/sandbox/clock", {"advance_s": seconds})

    def requests(self, path_regex: str | None = None) -> list[dict[str, Any]]:
        """Requests received on Dintero paths since the last reset, optionally by path regex."""
        entries: list[dict[str, Any]] = self._control("GET", "/sandbox/requests")
        if path_regex is None:
            return entries
        pattern = re.compile(path_regex)
        return [entry for entry in entries if pattern.search(entry["path"])]

    def callbacks(self) -> list[dict[str, Any]]:
        """Callback deliveries made since the last reset (url, method, status, attempts)."""
        result: list[dict[str, Any]] = self._control("GET", "/sandbox/callbacks")
        return result

    def clear_requests(self) -> None:
        self._control("DELETE", "/sandbox/requests")

    def get_transaction(self, transaction_id: str) -> dict[str, Any]:
        """The stored transaction (with card tokens), read without a token, for assertions."""
        result: dict[str, Any] = self._control("GET", f"/sandbox/transactions/{transaction_id}")
        return result

    def get_session(self, session_id: str) -> dict[str, Any]:
        result: dict[str, Any] = self._control("GET", f"/sandbox/sessions/{session_id}")
        return result

    def list_sessions(self, state: str | None = None) -> list[dict[str, Any]]:
        """Summaries of stored sessions (id, url, derived state, ...), newest first."""
        path = f"/sandbox/sessions?state={state}" if state else "/sandbox/sessions"
        result: list[dict[str, Any]] = self._control("GET", path)
        return result

    def withhold_scopes(self, *scopes: str, account_id: str | None = None) -> None:
        """Make the account's API client lack these scopes (none: grant them all again)."""
        path = f"/sandbox/accounts/{account_id or self.account_id}/scopes"
        self._control("PUT", path, {"withheld": list(scopes)})

    def get_order(self, order_id: str) -> dict[str, Any]:
        result: dict[str, Any] = self._control("GET", f"/sandbox/orders/{order_id}")
        return result

    def create_session(
        self, session: dict[str, Any], account_id: str | None = None
    ) -> dict[str, Any]:
        """Create a session without a token (strict amounts); answers `{id, url, session}`."""
        body = {**session, "account_id": account_id or self.account_id}
        result: dict[str, Any] = self._control("POST", "/sandbox/sessions", body)
        return result

    def create_authorized_transaction(
        self,
        amount: int | None = None,
        currency: str = "NOK",
        items: list[dict[str, Any]] | None = None,
        payment_product_type: str = "dintero_psp.creditcard",
        account_id: str | None = None,
        *,
        outcome: str = "authorized",
        shipping_option: dict[str, Any] | None = None,
        merchant_reference: str = "sandbox-order",
    ) -> dict[str, Any]:
        """Create a session and pay it; handy for client and GUI tests.

        Without `items` the order has one line (`line_id` "1") worth `amount`
        (default 10000 minor units); with `items`, `amount` defaults to their sum
        plus shipping.
        """
        if items is None:
            total = 10000 if amount is None else amount
            items = [
                {
                    "id": "item-1",
                    "line_id": "1",
                    "description": "Sandbox item",
                    "quantity": 1,
                    "amount": total,
                    "vat": 25,
                    "vat_amount": total - round(total * 100 / 125),
                }
            ]
        lines_total = sum(int(item["amount"]) for item in items)
        shipping_total = int(shipping_option["amount"]) if shipping_option else 0
        order: dict[str, Any] = {
            "amount": lines_total + shipping_total if amount is None else amount,
            "currency": currency,
            "merchant_reference": merchant_reference,
            "items": items,
        }
        if shipping_option is not None:
            order["shipping_option"] = shipping_option
        session = {
            "profile_id": "default",
            "url": {"return_url": "https://shop.example.com/return"},
            "order": order,
        }
        created = self.create_session(session, account_id)
        return self.pay(created["id"], outcome, payment_product_type)

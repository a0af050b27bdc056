"""Configuration of a sandbox run: the accounts it knows and the faults it injects."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.sandbox.errors import ApiError, Code
from app.sandbox.faults import FaultRule, RunFaults

__all__ = [
    "DEFAULT_ACCOUNTS",
    "AutoCaptureSettings",
    "SandboxAccount",
    "SandboxConfig",
    "check_delay",
    "parse_account_spec",
]

_ACCOUNT_ID = re.compile(r"[TP]\d{8}")


def check_delay(value: Any, field: str) -> float | None:
    """A delay in seconds (>= 0), or None for "only when asked"."""
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int | float) or value < 0
    ):
        raise ApiError.bad_request(Code.INVALID_REQUEST, "must be a number >= 0 or null", field)
    return None if value is None else float(value)


@dataclass
class AutoCaptureSettings:
    """How the sandbox's auto-capture behaves now (reset to the config's on reset)."""

    delay_s: float | None = 2.0
    fail_attempts: int = 0
    """How many attempts fail before one succeeds; -1: every attempt fails."""

    def to_json(self) -> dict[str, Any]:
        return {"delay_s": self.delay_s, "fail_attempts": self.fail_attempts}

    @classmethod
    def from_json(cls, body: Any, base: AutoCaptureSettings) -> AutoCaptureSettings:
        if not isinstance(body, dict):
            raise ApiError.bad_request(Code.INVALID_REQUEST, "The body must be a JSON object")
        delay = check_delay(body.get("delay_s", base.delay_s), "delay_s")
        fails = body.get("fail_attempts", base.fail_attempts)
        if isinstance(fails, bool) or not isinstance(fails, int) or fails < -1:
            raise ApiError.bad_request(
                Code.INVALID_REQUEST, "must be an integer >= -1", "fail_attempts"
            )
        return cls(delay, fails)


@dataclass(frozen=True)
class SandboxAccount:
    """One Dintero account with the single API client allowed to use it."""

    account_id: str
    client_id: str
    client_secret: str

    @property
    def is_production(self) -> bool:
        """Dintero tells environments apart by the account prefix: `P` production, `T` test."""
        return self.account_id.startswith("P")

    def __post_init__(self) -> None:
        if not _ACCOUNT_ID.fullmatch(self.account_id):
            raise ValueError(f"account id {self.account_id!r} must be T or P and 8 digits")
        if not self.client_id or ":" in self.client_id:
            raise ValueError("a client id must be non-empty and contain no ':'")
        if not self.client_secret:
            raise ValueError("a client secret must be non-empty")


def parse_account_spec(spec: str) -> SandboxAccount:
    """`T87654321:client-id:secret` (the secret may itself contain ':')."""
    parts = spec.split(":", 2)
    if len(parts) != 3:
        raise ValueError(f"expected ACCOUNT_ID:CLIENT_ID:SECRET, got {spec!r}")
    return SandboxAccount(*parts)


DEFAULT_ACCOUNTS: tuple[SandboxAccount, ...] = (
    SandboxAccount("T12345678", "paydesk-sandbox-client", "paydesk-sandbox-secret"),
    SandboxAccount("P12345678", "paydesk-sandbox-prod-client", "paydesk-sandbox-prod-secret"),
)


@dataclass
class SandboxConfig:
    """Everything that shapes a sandbox run; `seed` makes the demo data reproducible.

    The first account is the one seeded with demo data and used by `EmbeddedSandbox`'s
    helpers. Run-wide faults (`latency_ms` .. `retry_after`) and the standing
    `fault_rules` (rule objects as for `POST /sandbox/faults`) are in force from the
    start and again after every reset; both are validated here, like over HTTP.
    """

    host: str = "127.0.0.1"
    port: int = 0
    accounts: tuple[SandboxAccount, ...] = DEFAULT_ACCOUNTS
    token_lifetime_s: int = 14400
    seed: int = 7
    seed_transactions: int = 0
    seed_sessions: int = 0
    seed_other_accounts: int = 0  # history for every account after the first (demo mode)
    latency_ms: int = 0
    error_rate: float = 0.0
    error_status: int = 500
    rate_limit_rate: float = 0.0
    retry_after: int = 1
    fault_rules: tuple[Mapping[str, Any], ...] = ()
    on_hold_resolve_s: float = 2.0
    session_lifetime_s: int = 24 * 3600
    auto_capture_delay_s: float | None = 2.0
    """Seconds from AUTHORIZED to Dintero's auto-capture (None: only when asked)."""
    auto_capture_fail_attempts: int = 0
    settlement_delay_s: float | None = 60.0
    """Seconds from a capture or refund to its payout (None: only when asked)."""

    def __post_init__(self) -> None:
        if not self.accounts:
            raise ValueError("a sandbox needs at least one account")
        ids = [account.account_id for account in self.accounts]
        duplicates = sorted({aid for aid in ids if ids.count(aid) > 1})
        if duplicates:
            raise ValueError(f"accounts given more than once: {', '.join(duplicates)}")
        try:
            self.run_faults()
            self.standing_rules()
            check_delay(self.settlement_delay_s, "settlement_delay_s")
            AutoCaptureSettings.from_json(
                {
                    "delay_s": self.auto_capture_delay_s,
                    "fail_attempts": self.auto_capture_fail_attempts,
                },
                AutoCaptureSettings(),
            )
        except ApiError as error:
            raise ValueError(f"invalid sandbox faults: {error.message}") from error

    def run_faults(self) -> RunFaults:
        """The run-wide faults, validated as `PUT /sandbox/faults/run` validates them."""
        return RunFaults.from_json(
            {
                "latency_ms": self.latency_ms,
                "error_rate": self.error_rate,
                "error_status": self.error_status,
                "rate_limit_rate": self.rate_limit_rate,
                "retry_after": self.retry_after,
            }
        )

    def auto_capture(self) -> AutoCaptureSettings:
        """Fresh auto-capture settings for a new or reset state."""
        return AutoCaptureSettings(self.auto_capture_delay_s, self.auto_capture_fail_attempts)

    def standing_rules(self) -> list[FaultRule]:
        """Fresh rule objects (own ids, counts) for a new or reset state."""
        return [FaultRule.from_json(dict(rule)) for rule in self.fault_rules]

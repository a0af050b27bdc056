"""Configuration of a sandbox run: the accounts it knows and the faults it injects."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_ACCOUNTS", "SandboxAccount", "SandboxConfig"]


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


DEFAULT_ACCOUNTS: tuple[SandboxAccount, ...] = (
    SandboxAccount("T12345678", "paydesk-sandbox-client", "paydesk-sandbox-secret"),
    SandboxAccount("P12345678", "paydesk-sandbox-prod-client", "paydesk-sandbox-prod-secret"),
)


@dataclass
class SandboxConfig:
    """Everything that shapes a sandbox run; `seed` makes the demo data reproducible."""

    host: str = "127.0.0.1"
    port: int = 0
    accounts: tuple[SandboxAccount, ...] = DEFAULT_ACCOUNTS
    token_lifetime_s: int = 14400
    seed: int = 7
    seed_transactions: int = 0
    seed_sessions: int = 0
    latency_ms: int = 0
    error_rate: float = 0.0
    on_hold_resolve_s: float = 2.0
    session_lifetime_s: int = 24 * 3600

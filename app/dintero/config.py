"""How one client talks to one Dintero account: hosts, credentials, timeouts, retry limits."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, SecretStr

from app import __version__

__all__ = ["DINTERO_API_URL", "DINTERO_CHECKOUT_URL", "ClientConfig"]

DINTERO_API_URL = "https://api.dintero.com"
DINTERO_CHECKOUT_URL = "https://checkout.dintero.com"


class ClientConfig(BaseModel):
    """Settings for `DinteroClient`; the secret is a `SecretStr` and never shows in a repr.

    For a local sandbox both base URLs are the sandbox's; the token audience still
    names api.dintero.com, as Dintero requires whichever host serves the call.
    """

    model_config = ConfigDict(frozen=True)

    account_id: str
    client_id: str
    client_secret: SecretStr
    api_base_url: str = DINTERO_API_URL
    checkout_base_url: str = DINTERO_CHECKOUT_URL
    audience_base_url: str = DINTERO_API_URL

    timeout_s: float = 20.0
    """Read/write timeout of every call."""
    connect_timeout_s: float = 5.0
    max_connections: int = 20

    max_read_retries: int = 3
    """Extra attempts for a read after a network error, 429 or 5xx."""
    retry_initial_s: float = 0.5
    retry_max_s: float = 8.0
    retry_after_cap_s: float = 30.0
    """Longest `Retry-After` we honour before giving up on that attempt's wait."""

    settle_timeout_s: float = 60.0
    """How long to keep re-reading a transaction after an unanswered money move.

    About a minute: Dintero may apply a request it did not answer
    in time well after the timeout, and "absent" must not be decided before then.
    """
    late_apply_watch_s: float = 24 * 3600.0
    """How long a move found "not carried out" stays watched: before any later move on its
    transaction (and when the account is opened) its reference is looked for again, in
    case Dintero applied it late. Dintero documents no upper bound, so a day."""
    settle_interval_s: float = 0.5
    """First pause between those re-reads (it doubles, up to the time left)."""
    completion_poll_s: float = 1.0
    """Pause between polls while waiting for a 202's correlated event."""

    system_name: str = "Paydesk"
    system_version: str = __version__
    plugin_name: str = "paydesk"
    plugin_version: str = __version__

    @property
    def is_production(self) -> bool:
        """Dintero tells environments apart by the account prefix: `P` production, `T` test."""
        return self.account_id.startswith("P")

    @property
    def audience(self) -> str:
        return f"{self.audience_base_url.rstrip('/')}/v1/accounts/{self.account_id}"

    @property
    def token_url(self) -> str:
        return f"{self.api_url}/v1/accounts/{self.account_id}/auth/token"

    @property
    def api_url(self) -> str:
        return self.api_base_url.rstrip("/")

    @property
    def checkout_url(self) -> str:
        return self.checkout_base_url.rstrip("/")

    @property
    def orders_url(self) -> str:
        return f"{self.api_url}/v1/accounts/{self.account_id}/shopping"

    @classmethod
    def single_host(
        cls, base_url: str, account_id: str, client_id: str, client_secret: str, **options: object
    ) -> ClientConfig:
        """A config where one host serves auth, checkout and orders (the local sandbox)."""
        return cls.model_validate(
            {
                "account_id": account_id,
                "client_id": client_id,
                "client_secret": client_secret,
                "api_base_url": base_url,
                "checkout_base_url": base_url,
                **options,
            }
        )

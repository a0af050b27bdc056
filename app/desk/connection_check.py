""" "Test connection": fetch a token with the credentials as typed, and say what happened."""

from __future__ import annotations

from pydantic import SecretStr

from app.accounts.models import Account
from app.core.errors import UserFacingError
from app.core.i18n import translate
from app.dintero import ClientConfig, DinteroClient
from app.dintero.errors import ApiError, DinteroError

__all__ = ["ConnectionCheckFailed", "check_connection", "client_config_for"]


class ConnectionCheckFailed(UserFacingError):
    """The token request failed; ``user_message`` quotes Dintero's own words."""

    def __init__(self, message: str, details: str) -> None:
        super().__init__(message)
        self.user_message = message
        self._details = details


def client_config_for(account: Account, secret: str) -> ClientConfig:
    """The client settings of an account (its own base URL when it points at a sandbox)."""
    if account.base_url:
        return ClientConfig(
            account_id=account.account_id,
            client_id=account.client_id,
            client_secret=SecretStr(secret),
            api_base_url=account.base_url,
            checkout_base_url=account.base_url,
        )
    return ClientConfig(
        account_id=account.account_id,
        client_id=account.client_id,
        client_secret=SecretStr(secret),
    )


async def check_connection(account: Account, secret: str) -> str:
    """A sentence for staff on success; ``ConnectionCheckFailed`` with Dintero's message if not."""
    async with await DinteroClient.open(client_config_for(account, secret)) as client:
        try:
            token = await client.fetch_token()
        except ApiError as error:
            said = f" Dintero said: “{error.message}”." if error.message else ""
            raise ConnectionCheckFailed(f"{error.user_message}{said}", error.details) from error
        except DinteroError as error:
            raise ConnectionCheckFailed(error.user_message, error.details) from error
    minutes = token.expires_in // 60
    where = "PRODUCTION" if account.is_production else "test"
    return translate(
        "ConnectionCheck",
        "Connected to the {where} account {account_id}. Dintero issued a token "
        "valid for {minutes} minutes.",
    ).format(where=where, account_id=account.account_id, minutes=minutes)

""" "Test connection": fetch a token with the credentials as typed, and say what happened.

With the account's Orders API setting on, it also asks the Orders API for an order that
cannot exist: "not found" means the API client may use it, "forbidden" that the client
lacks the ``admin:shopping`` scope, and every payment would then be taken but never
recorded on its order.
"""

from __future__ import annotations

from pydantic import SecretStr

from app.accounts.models import Account
from app.core.errors import UserFacingError
from app.core.i18n import translate
from app.dintero import ClientConfig, DinteroClient
from app.dintero.errors import ApiError, DinteroError, Forbidden, NotFound

__all__ = [
    "ORDERS_SCOPE",
    "ConnectionCheckFailed",
    "OrdersApiClosed",
    "check_connection",
    "check_orders_scope",
    "client_config_for",
]

#: The scope Dintero's Orders API asks of an API client.
ORDERS_SCOPE = "admin:shopping"
#: An order id no shop has: asking for it tells whether the Orders API answers at all.
_PROBE_ORDER_ID = "paydesk-connection-check"


class ConnectionCheckFailed(UserFacingError):
    """The token request failed; ``user_message`` quotes Dintero's own words."""

    #: The credentials were accepted and something after them failed: the message says
    #: so itself, so it is not headed "Connection failed".
    credentials_work = False

    def __init__(self, message: str, details: str) -> None:
        super().__init__(message)
        self.user_message = message
        self._details = details


class OrdersApiClosed(ConnectionCheckFailed):
    """The token was issued, but the Orders API is closed to the client or did not answer."""

    credentials_work = True


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
            message = error.user_message
            if error.message:
                message = translate("ConnectionCheck", "{problem} Dintero said: “{said}”.").format(
                    problem=message, said=error.message
                )
            raise ConnectionCheckFailed(message, error.details) from error
        except DinteroError as error:
            raise ConnectionCheckFailed(error.user_message, error.details) from error
        if account.orders_api_enabled:
            await check_orders_scope(client)
    minutes = token.expires_in // 60
    connected = (
        translate(
            "ConnectionCheck",
            "Connected to the PRODUCTION account {account_id}. Dintero issued a token "
            "valid for {minutes} minutes.",
        )
        if account.is_production
        else translate(
            "ConnectionCheck",
            "Connected to the test account {account_id}. Dintero issued a token "
            "valid for {minutes} minutes.",
        )
    )
    said = connected.format(account_id=account.account_id, minutes=minutes)
    if account.orders_api_enabled:
        said += " " + translate(
            "ConnectionCheck",
            "The API client may record payments in the Orders API ({scope}).",
        ).format(scope=ORDERS_SCOPE)
    return said


async def check_orders_scope(client: DinteroClient) -> None:
    """Raise ``ConnectionCheckFailed`` in plain words when the Orders API is closed to the
    client (the ``admin:shopping`` scope is missing) or does not answer."""
    try:
        await client.get_order(_PROBE_ORDER_ID)
    except NotFound:
        return  # it answered for this client: the scope is there
    except Forbidden as error:
        message = translate(
            "ConnectionCheck",
            "The credentials work, but this API client may not use Dintero's Orders API: "
            "it lacks the “{scope}” scope. With the Orders API setting on, payments would "
            "be taken but not recorded on their orders. Give the API client that scope in "
            "Dintero's back office, or turn the Orders API setting off for this account.",
        ).format(scope=ORDERS_SCOPE)
        raise OrdersApiClosed(message, error.details) from error
    except DinteroError as error:
        message = translate(
            "ConnectionCheck",
            "The credentials work, but Dintero's Orders API did not answer as expected: {reason}",
        ).format(reason=error.user_message)
        raise OrdersApiClosed(message, error.details) from error

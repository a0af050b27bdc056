"""Sandbox auth: client-credentials tokens, audience, expiry, and account isolation."""

from __future__ import annotations

import uuid

import httpx
import pytest

from app.sandbox import DEFAULT_ACCOUNTS, EmbeddedSandbox

TEST_ACCOUNT, PROD_ACCOUNT = DEFAULT_ACCOUNTS


def _token_request(
    sandbox: EmbeddedSandbox,
    account_id: str = TEST_ACCOUNT.account_id,
    auth: tuple[str, str] = (TEST_ACCOUNT.client_id, TEST_ACCOUNT.client_secret),
    audience: str | None = None,
    grant_type: str = "client_credentials",
) -> httpx.Response:
    body = {
        "grant_type": grant_type,
        "audience": audience or f"https://api.dintero.com/v1/accounts/{account_id}",
    }
    return httpx.post(
        f"{sandbox.base_url}/v1/accounts/{account_id}/auth/token", auth=auth, json=body
    )


def _session_body() -> dict[str, object]:
    return {
        "profile_id": "default",
        "url": {"return_url": "https://shop.example.com/return"},
        "order": {"amount": 1000, "currency": "NOK", "merchant_reference": "auth-test"},
    }


def test_token_is_issued_with_configured_lifetime(sandbox: EmbeddedSandbox) -> None:
    response = _token_request(sandbox)
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == sandbox.config.token_lifetime_s
    assert len(body["access_token"]) >= 32
    uuid.UUID(response.headers["request-id"])


def test_two_tokens_are_different_and_both_work(sandbox: EmbeddedSandbox) -> None:
    first, second = sandbox.token(), sandbox.token()
    assert first != second
    for token in (first, second):
        response = httpx.get(
            f"{sandbox.base_url}/v1/transactions", headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status_code == 200
        assert response.json() == []


def test_audience_may_name_the_sandbox_itself(sandbox: EmbeddedSandbox) -> None:
    audience = f"{sandbox.base_url}/v1/accounts/{TEST_ACCOUNT.account_id}"
    assert _token_request(sandbox, audience=audience).status_code == 200


@pytest.mark.parametrize(
    ("auth", "account_id"),
    [
        ((TEST_ACCOUNT.client_id, "wrong-secret"), TEST_ACCOUNT.account_id),
        (("unknown-client", TEST_ACCOUNT.client_secret), TEST_ACCOUNT.account_id),
        ((TEST_ACCOUNT.client_id, TEST_ACCOUNT.client_secret), PROD_ACCOUNT.account_id),
        ((TEST_ACCOUNT.client_id, TEST_ACCOUNT.client_secret), "T99999999"),
    ],
    ids=["bad-secret", "unknown-client", "client-of-other-account", "unknown-account"],
)
def test_bad_credentials_are_401_with_error_body(
    sandbox: EmbeddedSandbox, auth: tuple[str, str], account_id: str
) -> None:
    response = _token_request(sandbox, account_id=account_id, auth=auth)
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["code"] == "invalid_client"
    assert error["message"]


def test_wrong_audience_is_refused(sandbox: EmbeddedSandbox) -> None:
    response = _token_request(sandbox, audience="https://api.dintero.com/v1/accounts/T00000001")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "invalid_audience"


def test_wrong_grant_type_is_400(sandbox: EmbeddedSandbox) -> None:
    response = _token_request(sandbox, grant_type="password")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "unsupported_grant_type"


@pytest.mark.parametrize(
    "authorization", [None, "Bearer not-a-token", "Basic abc"], ids=["none", "unknown", "basic"]
)
def test_api_paths_need_a_valid_bearer_token(
    sandbox: EmbeddedSandbox, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    for method, path in [
        ("GET", "/v1/transactions"),
        ("GET", f"/v1/transactions/{TEST_ACCOUNT.account_id}.abc"),
        ("POST", "/v1/sessions-profile"),
        ("GET", f"/v1/sessions/{TEST_ACCOUNT.account_id}.abc"),
        ("POST", f"/v1/accounts/{TEST_ACCOUNT.account_id}/shopping/draft_orders"),
    ]:
        response = httpx.request(method, f"{sandbox.base_url}{path}", headers=headers, json={})
        assert response.status_code == 401, (method, path)
        assert response.json()["error"]["code"] == "unauthorized"


def test_token_expires_when_the_clock_moves_past_its_lifetime(sandbox: EmbeddedSandbox) -> None:
    headers = {"Authorization": f"Bearer {sandbox.token()}"}
    url = f"{sandbox.base_url}/v1/transactions"
    sandbox.advance_clock(sandbox.config.token_lifetime_s - 5)
    assert httpx.get(url, headers=headers).status_code == 200
    sandbox.advance_clock(10)
    response = httpx.get(url, headers=headers)
    assert response.status_code == 401
    assert "expired" in response.json()["error"]["message"].lower()
    assert httpx.get(url, headers={"Authorization": f"Bearer {sandbox.token()}"}).status_code == 200


def test_reset_forgets_tokens_and_clock(sandbox: EmbeddedSandbox) -> None:
    headers = {"Authorization": f"Bearer {sandbox.token()}"}
    sandbox.reset()
    assert httpx.get(f"{sandbox.base_url}/v1/transactions", headers=headers).status_code == 401


def test_another_accounts_resources_are_forbidden(sandbox: EmbeddedSandbox) -> None:
    transaction = sandbox.create_authorized_transaction(amount=5000)
    session_id = transaction["session_id"]
    prod = {"Authorization": f"Bearer {sandbox.token(PROD_ACCOUNT.account_id)}"}
    base = sandbox.base_url
    checks = [
        httpx.get(f"{base}/v1/transactions/{transaction['id']}", headers=prod),
        httpx.post(
            f"{base}/v1/transactions/{transaction['id']}/capture",
            headers=prod,
            json={"amount": 5000},
        ),
        httpx.post(f"{base}/v1/transactions/{transaction['id']}/void", headers=prod),
        httpx.get(f"{base}/v1/sessions/{session_id}", headers=prod),
        httpx.post(f"{base}/v1/sessions/{session_id}/cancel", headers=prod),
        httpx.post(
            f"{base}/v1/accounts/{TEST_ACCOUNT.account_id}/shopping/draft_orders",
            headers=prod,
            json={},
        ),
    ]
    for response in checks:
        assert response.status_code == 403, response.request.url
        assert response.json()["error"]["code"] == "forbidden"
    assert sandbox.get_transaction(transaction["id"])["status"] == "AUTHORIZED"
    listed = httpx.get(f"{base}/v1/transactions", headers=prod).json()
    assert transaction["id"] not in {t["id"] for t in listed}


def test_production_account_has_its_own_sessions(sandbox: EmbeddedSandbox) -> None:
    prod = {"Authorization": f"Bearer {sandbox.token(PROD_ACCOUNT.account_id)}"}
    response = httpx.post(
        f"{sandbox.base_url}/v1/sessions-profile", headers=prod, json=_session_body()
    )
    assert response.status_code == 200
    assert response.json()["id"].startswith(f"{PROD_ACCOUNT.account_id}.")

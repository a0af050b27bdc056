"""Faults for a whole run (config, `PUT /sandbox/faults/run`, command line) and CLI accounts."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.sandbox import DEFAULT_ACCOUNTS, EmbeddedSandbox, SandboxAccount, SandboxConfig
from app.sandbox.__main__ import parse_args
from app.sandbox.faults import parse_fault_spec

EXTRA = SandboxAccount("T87654321", "shop-two-client", "shop:two:secret")


def token(base_url: str, account: SandboxAccount) -> httpx.Response:
    return httpx.post(
        f"{base_url}/v1/accounts/{account.account_id}/auth/token",
        json={
            "grant_type": "client_credentials",
            "audience": f"https://api.dintero.com/v1/accounts/{account.account_id}",
        },
        auth=(account.client_id, account.client_secret),
    )


@pytest.fixture
def api(sandbox: EmbeddedSandbox) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {sandbox.token()}"}
    with httpx.Client(base_url=sandbox.base_url, headers=headers, timeout=10) as client:
        yield client


# -- run-wide faults over HTTP -------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503])
def test_run_wide_error_status_is_selectable(
    sandbox: EmbeddedSandbox, api: httpx.Client, status: int
) -> None:
    tid = sandbox.create_authorized_transaction(amount=3000)["id"]
    sandbox.set_run_faults(error_rate=1.0, error_status=status)
    response = api.post(f"/v1/transactions/{tid}/capture", json={"amount": 3000})
    assert response.status_code == status
    assert response.json()["error"]["code"] == "sandbox_injected_fault"
    assert sandbox.get_transaction(tid)["status"] == "AUTHORIZED"
    sandbox.set_run_faults()
    assert api.post(f"/v1/transactions/{tid}/capture", json={"amount": 3000}).status_code == 200


def test_run_wide_rate_limit_answers_429_with_retry_after(
    sandbox: EmbeddedSandbox, api: httpx.Client
) -> None:
    tid = sandbox.create_authorized_transaction(amount=3000)["id"]
    answered = sandbox.set_run_faults(rate_limit_rate=1.0, retry_after=7)
    assert answered == {
        "latency_ms": 0,
        "error_rate": 0.0,
        "error_status": 500,
        "rate_limit_rate": 1.0,
        "retry_after": 7,
    }
    response = api.post(f"/v1/transactions/{tid}/capture", json={"amount": 3000})
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"
    assert response.json()["error"]["code"] == "rate_limited"
    assert sandbox.get_transaction(tid)["status"] == "AUTHORIZED"
    # The token endpoint is a Dintero path too; controls never are.
    assert token(sandbox.base_url, DEFAULT_ACCOUNTS[0]).status_code == 429
    assert httpx.get(f"{sandbox.base_url}/sandbox/faults").status_code == 200


def test_run_wide_rates_are_rates(sandbox: EmbeddedSandbox, api: httpx.Client) -> None:
    sandbox.set_run_faults(error_rate=0.5, error_status=503)
    codes = {api.get("/v1/transactions").status_code for _ in range(40)}
    assert codes == {200, 503}


def test_put_run_faults_changes_only_what_it_names(sandbox: EmbeddedSandbox) -> None:
    url = f"{sandbox.base_url}/sandbox/faults/run"
    first = httpx.put(url, json={"error_status": 502, "rate_limit_rate": 0.25, "retry_after": 3})
    assert first.status_code == 200
    second = httpx.put(url, json={"latency_ms": 5})
    assert second.json() == {
        "latency_ms": 5,
        "error_rate": 0.0,
        "error_status": 502,
        "rate_limit_rate": 0.25,
        "retry_after": 3,
    }
    assert httpx.get(f"{sandbox.base_url}/sandbox/faults").json()["run"] == second.json()
    sandbox.reset()
    assert httpx.get(f"{sandbox.base_url}/sandbox/faults").json()["run"]["error_status"] == 500


@pytest.mark.parametrize(
    "body",
    [
        {"error_status": 404},
        {"error_status": 600},
        {"rate_limit_rate": 1.5},
        {"error_rate": "0.1"},
        {"retry_after": -1},
        {"latency_ms": True},
        {"error_kind": "boom"},
    ],
)
def test_put_run_faults_refuses_bad_values(
    sandbox: EmbeddedSandbox, body: dict[str, object]
) -> None:
    url = f"{sandbox.base_url}/sandbox/faults/run"
    response = httpx.put(url, json=body)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_request"
    assert httpx.get(f"{sandbox.base_url}/sandbox/faults").json()["run"]["error_status"] == 500


# -- faults and accounts in the config -----------------------------------------------


def test_config_faults_are_in_force_from_the_start_and_after_reset() -> None:
    config = SandboxConfig(
        accounts=(*DEFAULT_ACCOUNTS, EXTRA),
        rate_limit_rate=1.0,
        retry_after=4,
        fault_rules=({"kind": "status", "status": 503, "path": "^/v1/transactions$", "times": 1},),
    )
    with EmbeddedSandbox(config) as sandbox:
        for _ in range(2):
            assert token(sandbox.base_url, EXTRA).headers["Retry-After"] == "4"
            sandbox.set_run_faults()
            headers = {"Authorization": f"Bearer {sandbox.token(EXTRA.account_id)}"}
            with httpx.Client(base_url=sandbox.base_url, headers=headers) as api:
                assert api.get("/v1/transactions").status_code == 503
                assert api.get("/v1/transactions").status_code == 200
            sandbox.reset()


@pytest.mark.parametrize(
    "changes",
    [
        {"error_status": 429},
        {"error_rate": 2.0},
        {"fault_rules": ({"kind": "explode"},)},
        {"fault_rules": ({"kind": "status", "probability": 3},)},
        {"accounts": ()},
        {"accounts": (DEFAULT_ACCOUNTS[0], DEFAULT_ACCOUNTS[0])},
    ],
)
def test_config_refuses_bad_faults_and_accounts(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"."):
        SandboxConfig(**changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "spec", [("X1234567", "c", "s"), ("T1234567", "c", "s"), ("T12345678", "", "s")]
)
def test_accounts_are_checked(spec: tuple[str, str, str]) -> None:
    with pytest.raises(ValueError, match=r"."):
        SandboxAccount(*spec)


# -- the command line ----------------------------------------------------------------


def test_fault_spec_parses_values_like_json_and_paths_as_text() -> None:
    spec = r"kind=status,status=503,path=/capture$|/a\,b,probability=0.1,times=2"
    assert parse_fault_spec(spec) == {
        "kind": "status",
        "status": 503,
        "path": "/capture$|/a,b",
        "probability": 0.1,
        "times": 2,
    }
    assert parse_fault_spec("kind=accepted_later,complete_success=false,error_code=404") == {
        "kind": "accepted_later",
        "complete_success": False,
        "error_code": "404",
    }


def test_command_line_builds_the_config() -> None:
    config = parse_args(
        [
            "--port",
            "0",
            "--account",
            "T87654321:shop-two-client:shop:two:secret",
            "--account",
            "P87654321:shop-two-prod:s3cret",
            "--error-rate",
            "0.2",
            "--error-status",
            "502",
            "--rate-limit-rate",
            "0.1",
            "--retry-after",
            "9",
            "--fault",
            "kind=status,status=503,path=/capture$,probability=0.1",
            "--fault",
            "kind=event_failed,method=post,path=/refund$",
        ]
    )
    assert config.accounts == (
        *DEFAULT_ACCOUNTS,
        EXTRA,
        SandboxAccount("P87654321", "shop-two-prod", "s3cret"),
    )
    assert config.run_faults().to_json() == {
        "latency_ms": 0,
        "error_rate": 0.2,
        "error_status": 502,
        "rate_limit_rate": 0.1,
        "retry_after": 9,
    }
    rules = config.standing_rules()
    assert [(r.kind, r.method, r.path, r.probability) for r in rules] == [
        ("status", None, "/capture$", 0.1),
        ("event_failed", "POST", "/refund$", 1.0),
    ]
    assert rules[0].status == 503
    only = parse_args(["--no-default-accounts", "--account", "T87654321:c:s"])
    assert [a.account_id for a in only.accounts] == ["T87654321"]


@pytest.mark.parametrize(
    "argv",
    [
        ["--fault", "kind=explode"],
        ["--fault", "kind=status,status=200"],
        ["--fault", "kind=status,bogus=1"],
        ["--fault", "kind=status,path=("],
        ["--fault", "status"],
        ["--account", "T87654321:only-two-parts"],
        ["--account", "Q87654321:c:s"],
        ["--account", "T12345678:c:s"],
        ["--no-default-accounts"],
        ["--error-status", "404"],
        ["--rate-limit-rate", "1.5"],
    ],
)
def test_command_line_refuses_bad_options(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(argv)
    assert exited.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_standalone_server_serves_the_options(tmp_path: Path) -> None:
    """`python -m app.sandbox` with an extra account and a standing rule, over real HTTP."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONUNBUFFERED": "1"}
    command = [
        sys.executable,
        "-m",
        "app.sandbox",
        "--port",
        "0",
        "--transactions",
        "0",
        "--sessions",
        "0",
        "--account",
        "T87654321:shop-two-client:shop:two:secret",
        "--fault",
        "kind=rate_limit,retry_after=5,path=^/v1/transactions$,times=1",
    ]
    out = tmp_path / "out.txt"
    with out.open("w") as sink:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=sink, stderr=sink)
        try:
            deadline = time.monotonic() + 20
            while "Press Ctrl+C" not in out.read_text():
                assert process.poll() is None, out.read_text()
                assert time.monotonic() < deadline, out.read_text()
                time.sleep(0.05)
            printed = out.read_text()
            base_url = printed.split("serving at ", 1)[1].split()[0]
            assert "account T87654321 (test): client_id=shop-two-client" in printed
            assert "Standing fault rule" in printed
            issued = token(base_url, EXTRA)
            assert issued.status_code == 200
            assert token(base_url, DEFAULT_ACCOUNTS[0]).status_code == 200
            headers = {"Authorization": f"Bearer {issued.json()['access_token']}"}
            limited = httpx.get(f"{base_url}/v1/transactions", headers=headers)
            assert (limited.status_code, limited.headers["Retry-After"]) == (429, "5")
            assert httpx.get(f"{base_url}/v1/transactions", headers=headers).status_code == 200
        finally:
            process.terminate()
            process.wait(timeout=10)


def test_command_line_sets_the_auto_capture_and_settlement_delays() -> None:
    config = parse_args(["--auto-capture-delay", "0.5", "--settlement-delay", "never"])
    assert config.auto_capture_delay_s == 0.5
    assert config.settlement_delay_s is None
    defaults = parse_args([])
    assert (defaults.auto_capture_delay_s, defaults.settlement_delay_s) == (2.0, 60.0)
    with pytest.raises(SystemExit):
        parse_args(["--settlement-delay", "-1"])

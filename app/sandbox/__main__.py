"""`python -m app.sandbox`: serve a sandbox until Ctrl+C, printing how to connect."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from typing import Any

from app.sandbox.config import DEFAULT_ACCOUNTS, SandboxAccount, SandboxConfig, parse_account_spec
from app.sandbox.errors import ApiError
from app.sandbox.faults import FAULT_KINDS, FaultRule, parse_fault_spec
from app.sandbox.server import serve

_EPILOG = f"""\
A --fault rule is comma-separated key=value pairs with the fields of a rule for
POST /sandbox/faults, e.g. 'kind=status,status=503,path=/capture$,probability=0.1'.
Kinds: {", ".join(FAULT_KINDS)}.
Standing rules and run-wide faults come back after POST /sandbox/reset.
Extra --account entries are added beside the two default accounts unless
--no-default-accounts is given; the first account gets the seeded data.
"""


def _account(spec: str) -> SandboxAccount:
    try:
        return parse_account_spec(spec)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _fault(spec: str) -> dict[str, Any]:
    """Parse and validate one --fault rule exactly as `POST /sandbox/faults` would."""
    try:
        rule = parse_fault_spec(spec)
        FaultRule.from_json(rule)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{spec!r}: {exc}") from exc
    except ApiError as error:
        raise argparse.ArgumentTypeError(f"{spec!r}: {error.message}") from error
    return rule


def parse_args(argv: list[str] | None = None) -> SandboxConfig:
    parser = argparse.ArgumentParser(
        prog="python -m app.sandbox",
        description="Local Dintero-compatible sandbox server.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument("--transactions", type=int, default=300, help="seeded history size")
    parser.add_argument("--sessions", type=int, default=5, help="seeded open sessions")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--token-lifetime", type=int, default=14400, help="seconds")
    parser.add_argument(
        "--auto-capture-delay",
        type=_delay,
        default=2.0,
        metavar="SECONDS",
        help="from AUTHORIZED to Dintero's auto-capture ('never': only when asked)",
    )
    parser.add_argument(
        "--settlement-delay",
        type=_delay,
        default=60.0,
        metavar="SECONDS",
        help="from a capture to its payout ('never': only when asked)",
    )
    accounts = parser.add_argument_group("accounts")
    accounts.add_argument(
        "--account",
        action="append",
        type=_account,
        default=[],
        metavar="ACCOUNT_ID:CLIENT_ID:SECRET",
        help="another account (T or P + 8 digits) with its API client; repeatable",
    )
    accounts.add_argument(
        "--no-default-accounts",
        action="store_true",
        help="serve only the --account accounts, not T12345678 and P12345678",
    )
    faults = parser.add_argument_group("run-wide faults (Dintero API paths only)")
    faults.add_argument("--latency-ms", type=int, default=0, help="added to every request")
    faults.add_argument(
        "--error-rate", type=float, default=0.0, help="share of requests answering --error-status"
    )
    faults.add_argument("--error-status", type=int, default=500, help="5xx status, e.g. 502, 503")
    faults.add_argument(
        "--rate-limit-rate", type=float, default=0.0, help="share of requests answering 429"
    )
    faults.add_argument("--retry-after", type=int, default=1, help="Retry-After of those 429s")
    faults.add_argument(
        "--fault",
        action="append",
        type=_fault,
        default=[],
        metavar="RULE",
        help="a standing fault rule, e.g. 'kind=rate_limit,path=^/v1/transactions$'; repeatable",
    )
    args = parser.parse_args(argv)
    chosen = [] if args.no_default_accounts else list(DEFAULT_ACCOUNTS)
    chosen.extend(args.account)
    if not chosen:
        parser.error("--no-default-accounts needs at least one --account")
    try:
        return SandboxConfig(
            host=args.host,
            port=args.port,
            accounts=tuple(chosen),
            seed=args.seed,
            seed_transactions=args.transactions,
            seed_sessions=args.sessions,
            latency_ms=args.latency_ms,
            error_rate=args.error_rate,
            error_status=args.error_status,
            rate_limit_rate=args.rate_limit_rate,
            retry_after=args.retry_after,
            fault_rules=tuple(args.fault),
            token_lifetime_s=args.token_lifetime,
            auto_capture_delay_s=args.auto_capture_delay,
            settlement_delay_s=args.settlement_delay,
        )
    except ValueError as exc:
        parser.error(str(exc))


def _delay(text: str) -> float | None:
    """Seconds (>= 0), or 'never' for "only when a /sandbox/ control asks"."""
    if text.strip().lower() == "never":
        return None
    seconds = float(text)
    if seconds < 0:
        raise argparse.ArgumentTypeError("must be >= 0 or 'never'")
    return seconds


async def run(config: SandboxConfig) -> None:
    running = await serve(config)
    print(f"Dintero sandbox serving at {running.base_url}")
    print("Use this base URL for both the API and the checkout host.")
    for account in config.accounts:
        kind = "production" if account.is_production else "test"
        print(
            f"  account {account.account_id} ({kind}): "
            f"client_id={account.client_id} client_secret={account.client_secret}"
        )
    faults = running.state.faults
    run_faults = faults.run.to_json()
    if any(run_faults[key] for key in ("latency_ms", "error_rate", "rate_limit_rate")):
        print(f"Run-wide faults: {run_faults}")
    for rule in faults.rules:
        print(f"Standing fault rule: {rule.to_json()}")
    print("Test controls under /sandbox/ (see the README). Press Ctrl+C to stop.", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await running.close()


def main(argv: list[str] | None = None) -> None:
    config = parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run(config))


if __name__ == "__main__":
    main()

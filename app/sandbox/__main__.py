"""`python -m app.sandbox`: serve a sandbox until Ctrl+C, printing how to connect."""

from __future__ import annotations

import argparse
import asyncio
import contextlib

from app.sandbox.config import SandboxConfig
from app.sandbox.server import serve


def parse_args(argv: list[str] | None = None) -> SandboxConfig:
    parser = argparse.ArgumentParser(
        prog="python -m app.sandbox", description="Local Dintero-compatible sandbox server."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument("--transactions", type=int, default=300, help="seeded history size")
    parser.add_argument("--sessions", type=int, default=5, help="seeded open sessions")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--latency-ms", type=int, default=0)
    parser.add_argument("--error-rate", type=float, default=0.0)
    parser.add_argument("--token-lifetime", type=int, default=14400, help="seconds")
    args = parser.parse_args(argv)
    return SandboxConfig(
        host=args.host,
        port=args.port,
        seed=args.seed,
        seed_transactions=args.transactions,
        seed_sessions=args.sessions,
        latency_ms=args.latency_ms,
        error_rate=args.error_rate,
        token_lifetime_s=args.token_lifetime,
    )


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

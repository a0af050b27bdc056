"""A local, stateful Dintero-compatible server: auth, checkout, orders and a pay page.

Used by the desktop demo mode, the client tests, the GUI tests and the benchmarks. It
is an independent model of Dintero written from Dintero's published spec, and must never
import the client (`app.dintero`), so a test where the two agree means something.

Start it embedded (`EmbeddedSandbox`), on the current loop (`await serve(config)`),
or standalone (`python -m app.sandbox --port 8080`).

Error codes (400 unless noted), as `{"error": {"code", "message", "errors"}}`:
`invalid_request`, `invalid_json`, `unauthorized` (401), `invalid_client` (401),
`invalid_audience` (403), `unsupported_grant_type`, `forbidden` (403), `NOT FOUND`
(404), `session_amount_mismatch`, `session_cancelled`, `session_expired`,
`session_already_paid`, `session_not_cancellable`, `operation_not_allowed_in_status`,
`operation_pending`, `capture_amount_exceeds_remaining`,
`refund_amount_exceeds_remaining`, `unknown_line_id`, `line_amount_exceeds_remaining`,
`items_amount_mismatch`, `final_capture_not_supported`,
`void_not_supported_for_product`, `sandbox_injected_fault` (injected 5xx),
`rate_limited` (429), `internal_error` (500).
"""

from app.sandbox.config import DEFAULT_ACCOUNTS, SandboxAccount, SandboxConfig
from app.sandbox.embedded import EmbeddedSandbox, SandboxControlError
from app.sandbox.server import RunningSandbox, serve

__all__ = [
    "DEFAULT_ACCOUNTS",
    "EmbeddedSandbox",
    "RunningSandbox",
    "SandboxAccount",
    "SandboxConfig",
    "SandboxControlError",
    "serve",
]

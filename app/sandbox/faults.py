"""Fault injection: run-wide latency and 5xx rate, plus targeted per-request rules.

A rule matches by method and a regular expression searched in the path; `times`
limits it to the next N matching requests (None = all) and `probability` makes it
fire only sometimes. Kinds:

- `latency`: wait `latency_ms`, then answer normally.
- `status`: answer `status` (e.g. 500/502/503) with an error body; nothing is applied.
- `rate_limit`: answer 429 with `Retry-After: retry_after`; nothing is applied.
- `drop_before_apply`: close the connection without answering or applying anything.
- `drop_after_apply`: apply the change, then close the connection without answering.
- `accepted_later`: capture/refund/void answer 202 + `event-request-id` at once and
  complete after `complete_after_ms` with `complete_success`.
"""

from __future__ import annotations

import random
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from app.sandbox.errors import ApiError

__all__ = ["FAULT_KINDS", "FaultBook", "FaultRule"]

FAULT_KINDS = (
    "latency",
    "status",
    "rate_limit",
    "drop_before_apply",
    "drop_after_apply",
    "accepted_later",
)


@dataclass
class FaultRule:
    kind: str
    method: str | None = None
    path: str | None = None
    times: int | None = None
    probability: float = 1.0
    latency_ms: int = 0
    status: int = 500
    retry_after: int = 1
    complete_after_ms: int = 300
    complete_success: bool = True
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    hits: int = 0

    @classmethod
    def from_json(cls, data: Any) -> FaultRule:
        """Validate a rule sent to `POST /sandbox/faults`; a typo is a 400, not a no-op."""
        if not isinstance(data, dict):
            raise ApiError.bad_request("invalid_request", "A fault rule must be an object")
        known = {
            "kind",
            "method",
            "path",
            "times",
            "probability",
            "latency_ms",
            "status",
            "retry_after",
            "complete_after_ms",
            "complete_success",
        }
        unknown = sorted(set(data) - known)
        if unknown:
            raise ApiError.bad_request("invalid_request", f"Unknown fault fields: {unknown}")
        kind = data.get("kind")
        if kind not in FAULT_KINDS:
            raise ApiError.bad_request(
                "invalid_request", f"kind must be one of {', '.join(FAULT_KINDS)}", "kind"
            )
        rule = cls(kind=str(kind))
        method = data.get("method")
        rule.method = str(method).upper() if method else None
        rule.path = data.get("path") or None
        if rule.path is not None:
            try:
                re.compile(rule.path)
            except re.error as exc:
                raise ApiError.bad_request("invalid_request", f"path: {exc}", "path") from exc
        rule.times = _optional_int(data, "times")
        if rule.times == 0:
            raise ApiError.bad_request("invalid_request", "times must be null or >= 1", "times")
        rule.probability = float(data.get("probability", 1.0))
        rule.latency_ms = _optional_int(data, "latency_ms") or 0
        rule.status = _optional_int(data, "status") or 500
        rule.retry_after = _optional_int(data, "retry_after") or 1
        complete_after = _optional_int(data, "complete_after_ms")
        rule.complete_after_ms = 300 if complete_after is None else complete_after
        rule.complete_success = bool(data.get("complete_success", True))
        if not 0.0 <= rule.probability <= 1.0:
            raise ApiError.bad_request("invalid_request", "probability must be 0..1")
        if not 400 <= rule.status <= 599:
            raise ApiError.bad_request("invalid_request", "status must be 400..599", "status")
        return rule

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "method": self.method,
            "path": self.path,
            "times": self.times,
            "probability": self.probability,
            "latency_ms": self.latency_ms,
            "status": self.status,
            "retry_after": self.retry_after,
            "complete_after_ms": self.complete_after_ms,
            "complete_success": self.complete_success,
            "hits": self.hits,
        }

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method.upper():
            return False
        return self.path is None or re.search(self.path, path) is not None


def _optional_int(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ApiError.bad_request("invalid_request", f"{key} must be a non-negative integer", key)
    return int(value)


class FaultBook:
    """The faults in force; `take` decides which rules fire for one request."""

    def __init__(self, latency_ms: int, error_rate: float, rng: random.Random) -> None:
        self.run_latency_ms = latency_ms
        self.run_error_rate = error_rate
        self.rng = rng
        self.rules: list[FaultRule] = []

    def add(self, rules: list[FaultRule]) -> None:
        self.rules.extend(rules)

    def clear(self) -> None:
        self.rules.clear()

    def run_error_fires(self) -> bool:
        return self.run_error_rate > 0 and self.rng.random() < self.run_error_rate

    def take(self, method: str, path: str) -> list[FaultRule]:
        """Rules that fire now, in the order they were added; used-up rules are removed."""
        fired: list[FaultRule] = []
        for rule in list(self.rules):
            if not rule.matches(method, path):
                continue
            if rule.probability < 1.0 and self.rng.random() >= rule.probability:
                continue
            rule.hits += 1
            fired.append(rule)
            if rule.times is not None:
                rule.times -= 1
                if rule.times <= 0:
                    self.rules.remove(rule)
        return fired

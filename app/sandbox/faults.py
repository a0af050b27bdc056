"""Fault injection: run-wide faults (latency, 5xx rate, 429 rate) plus targeted rules.

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
- `error_then_apply`: capture/refund/void answer `status` (a 5xx) at once, and the change
  is applied anyway `complete_after_ms` later (a plain event, no INITIATE_*): the answer
  that says "not done" while Dintero does it late.
- `event_failed`: capture/refund/void answer 200 with the transaction, but the new
  CAPTURE/REFUND/VOID event has `success: false` and an `error`; nothing is applied.
  Together with `accepted_later` it makes the later completion fail.

A failed event (either kind) carries `error: {code, message}`: `error_code` and
`error_message` when the rule gives them, else `capture_failed` (refund_failed,
void_failed) and a plain sentence. Rules come from `POST /sandbox/faults` or, standing
for the whole run, from `SandboxConfig.fault_rules` and `--fault` on the command line;
both go through `FaultRule.from_json`. Run-wide faults go through `RunFaults.from_json`.
"""

from __future__ import annotations

import json
import random
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from app.sandbox.errors import ApiError

__all__ = [
    "FAULT_KINDS",
    "FaultBook",
    "FaultRule",
    "RunFaults",
    "failed_event_error",
    "parse_fault_spec",
]

FAULT_KINDS = (
    "latency",
    "status",
    "rate_limit",
    "drop_before_apply",
    "drop_after_apply",
    "accepted_later",
    "error_then_apply",
    "event_failed",
    "no_request_id",
)
COMPLETION_KEYS = ("correlation_request_id", "initiate_request_id")
"""How a completion names its INITIATE_* event: the current spec, or the 2020 changelog."""
_CORRECTION_FIELDS = frozenset(
    {"status", "remaining_capture_amount", "remaining_refund_amount", "remaining_void_amount"}
)
_RULE_FIELDS = (
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
    "error_code",
    "error_message",
    "completion_key",
    "correction",
)
_TEXT_FIELDS = frozenset(
    {"kind", "method", "path", "error_code", "error_message", "completion_key"}
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
    error_code: str | None = None
    error_message: str | None = None
    completion_key: str = "correlation_request_id"
    correction: dict[str, Any] | None = None
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    hits: int = 0

    @classmethod
    def from_json(cls, data: Any) -> FaultRule:
        """Validate a rule sent to `POST /sandbox/faults`; a typo is a 400, not a no-op."""
        if not isinstance(data, dict):
            raise ApiError.bad_request("invalid_request", "A fault rule must be an object")
        unknown = sorted(set(data) - set(_RULE_FIELDS))
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
        path = data.get("path")
        if path is not None and not isinstance(path, str):
            raise ApiError.bad_request("invalid_request", "path must be a string", "path")
        rule.path = path or None
        if rule.path is not None:
            try:
                re.compile(rule.path)
            except re.error as exc:
                raise ApiError.bad_request("invalid_request", f"path: {exc}", "path") from exc
        rule.times = _optional_int(data, "times")
        if rule.times == 0:
            raise ApiError.bad_request("invalid_request", "times must be null or >= 1", "times")
        rule.probability = _rate(data, "probability", 1.0)
        rule.latency_ms = _optional_int(data, "latency_ms") or 0
        rule.status = _optional_int(data, "status") or 500
        rule.retry_after = _optional_int(data, "retry_after") or 1
        complete_after = _optional_int(data, "complete_after_ms")
        rule.complete_after_ms = 300 if complete_after is None else complete_after
        complete_success = data.get("complete_success", True)
        if not isinstance(complete_success, bool):
            raise ApiError.bad_request(
                "invalid_request", "complete_success must be a boolean", "complete_success"
            )
        rule.complete_success = complete_success
        rule.error_code = _optional_text(data, "error_code")
        rule.error_message = _optional_text(data, "error_message")
        if not 400 <= rule.status <= 599:
            raise ApiError.bad_request("invalid_request", "status must be 400..599", "status")
        key = data.get("completion_key", rule.completion_key)
        if key not in COMPLETION_KEYS:
            raise ApiError.bad_request(
                "invalid_request",
                f"completion_key must be one of {', '.join(COMPLETION_KEYS)}",
                "completion_key",
            )
        rule.completion_key = str(key)
        rule.correction = _correction(data.get("correction"))
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
            "error_code": self.error_code,
            "error_message": self.error_message,
            "completion_key": self.completion_key,
            "correction": self.correction,
            "hits": self.hits,
        }

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method != method.upper():
            return False
        return self.path is None or re.search(self.path, path) is not None


def _correction(value: Any) -> dict[str, Any] | None:
    """A failed event's `correction` (status repair), as a rule gives it."""
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) - _CORRECTION_FIELDS:
        raise ApiError.bad_request(
            "invalid_request",
            f"correction must be an object with {', '.join(sorted(_CORRECTION_FIELDS))}",
            "correction",
        )
    for name, number in value.items():
        if name != "status" and (isinstance(number, bool) or not isinstance(number, int)):
            raise ApiError.bad_request("invalid_request", f"{name} must be an integer", name)
    return dict(value)


def failed_event_error(operation: str, rule: FaultRule | None) -> dict[str, str]:
    """The `error` of a failed CAPTURE/REFUND/VOID event, the same for both fault kinds."""
    name = operation.lower()
    code = rule.error_code if rule is not None and rule.error_code else f"{name}_failed"
    message = (
        rule.error_message
        if rule is not None and rule.error_message
        else f"The payment provider refused the {name}"
    )
    return {"code": code, "message": message}


def parse_fault_spec(spec: str) -> dict[str, Any]:
    """Turn `kind=status,status=503,path=/capture$,probability=0.1` into a rule object.

    Values are read as JSON where they parse (numbers, `true`, `null`), else as text, so
    a path needs no quoting; a comma inside a value is written `\\,`. The result still
    has to pass `FaultRule.from_json`, exactly like a rule sent over HTTP.
    """
    rule: dict[str, Any] = {}
    for part in re.split(r"(?<!\\),", spec.strip()):
        if not part.strip():
            continue
        key, separator, raw = part.partition("=")
        key = key.strip()
        if not separator or not key:
            raise ValueError(f"expected key=value, got {part!r}")
        if key in rule:
            raise ValueError(f"{key} given twice")
        value = raw.replace("\\,", ",")
        try:
            rule[key] = value if key in _TEXT_FIELDS else json.loads(value)
        except ValueError:
            rule[key] = value
    return rule


def _optional_text(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value:
        raise ApiError.bad_request("invalid_request", f"{key} must be a non-empty string", key)
    return value


def _rate(data: dict[str, Any], key: str, default: float) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ApiError.bad_request("invalid_request", f"{key} must be a number within 0..1", key)
    return float(value)


def _optional_int(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ApiError.bad_request("invalid_request", f"{key} must be a non-negative integer", key)
    return int(value)


@dataclass(frozen=True)
class RunFaults:
    """Faults on every Dintero API request of a run (before any targeted rule).

    `error_rate` of the requests answer `error_status` (a 5xx) and `rate_limit_rate` of
    them answer 429 with `Retry-After: retry_after`; neither applies anything.
    """

    latency_ms: int = 0
    error_rate: float = 0.0
    error_status: int = 500
    rate_limit_rate: float = 0.0
    retry_after: int = 1

    FIELDS = ("latency_ms", "error_rate", "error_status", "rate_limit_rate", "retry_after")

    @classmethod
    def from_json(cls, data: Any, base: RunFaults | None = None) -> RunFaults:
        """Validate `PUT /sandbox/faults/run`; fields left out keep their value in `base`."""
        if not isinstance(data, dict):
            raise ApiError.bad_request("invalid_request", "Run-wide faults must be an object")
        unknown = sorted(set(data) - set(cls.FIELDS))
        if unknown:
            raise ApiError.bad_request("invalid_request", f"Unknown run fault fields: {unknown}")
        merged = {**(base or cls()).to_json(), **data}
        latency = _optional_int(merged, "latency_ms")
        error_status = _optional_int(merged, "error_status")
        retry_after = _optional_int(merged, "retry_after")
        if error_status is None or not 500 <= error_status <= 599:
            raise ApiError.bad_request(
                "invalid_request", "error_status must be a 5xx status", "error_status"
            )
        if retry_after is None:
            raise ApiError.bad_request(
                "invalid_request", "retry_after must be a non-negative integer", "retry_after"
            )
        return cls(
            latency_ms=latency or 0,
            error_rate=_rate(merged, "error_rate", 0.0),
            error_status=error_status,
            rate_limit_rate=_rate(merged, "rate_limit_rate", 0.0),
            retry_after=retry_after,
        )

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.FIELDS}


class FaultBook:
    """The faults in force; `take` decides which rules fire for one request."""

    def __init__(self, run: RunFaults, rules: list[FaultRule], rng: random.Random) -> None:
        self.run = run
        self.rng = rng
        self.rules: list[FaultRule] = list(rules)

    def add(self, rules: list[FaultRule]) -> None:
        self.rules.extend(rules)

    def clear(self) -> None:
        self.rules.clear()

    def _fires(self, rate: float) -> bool:
        return rate > 0 and (rate >= 1 or self.rng.random() < rate)

    def run_rate_limit_fires(self) -> bool:
        return self._fires(self.run.rate_limit_rate)

    def run_error_fires(self) -> bool:
        return self._fires(self.run.error_rate)

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

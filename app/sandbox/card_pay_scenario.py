"""What the sandbox's next merchant-initiated payments answer (`/sandbox/card-payments`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.sandbox.errors import ApiError, Code
from app.sandbox.model import Json

__all__ = ["SCENARIOS", "CardPayScenario"]

SCENARIOS = ("approve", "decline", "do_not_retry", "retry_after")


@dataclass
class CardPayScenario:
    """What the next merchant-initiated payments answer; `times` None: until changed."""

    outcome: str = "approve"
    times: int | None = None
    retry_after_s: int = 3600

    @classmethod
    def from_json(cls, data: Any) -> CardPayScenario:
        if not isinstance(data, dict):
            raise ApiError.bad_request(Code.INVALID_REQUEST, "The body must be a JSON object")
        outcome = data.get("outcome", "approve")
        if outcome not in SCENARIOS:
            raise ApiError.bad_request(
                Code.INVALID_REQUEST, f"outcome must be one of {', '.join(SCENARIOS)}", "outcome"
            )
        times = data.get("times")
        if times is not None and (isinstance(times, bool) or not isinstance(times, int)):
            raise ApiError.bad_request(Code.INVALID_REQUEST, "must be an integer", "times")
        retry_after_s = data.get("retry_after_s", 3600)
        if isinstance(retry_after_s, bool) or not isinstance(retry_after_s, int):
            raise ApiError.bad_request(Code.INVALID_REQUEST, "must be an integer", "retry_after_s")
        return cls(str(outcome), times, retry_after_s)

    def to_json(self) -> Json:
        return {"outcome": self.outcome, "times": self.times, "retry_after_s": self.retry_after_s}

    def take(self) -> str:
        """The outcome for one payment; after `times` payments it is back to approve."""
        outcome = self.outcome
        if self.times is not None:
            self.times -= 1
            if self.times <= 0:
                self.outcome, self.times = "approve", None
        return outcome

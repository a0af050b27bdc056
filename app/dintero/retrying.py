"""When a read may be tried again, and how long to wait: jittered backoff, Retry-After honoured.

Only reads (and the token request, which changes nothing) use this policy. Money moves
are never repeated here; `operations` settles them by re-reading the transaction.
"""

from __future__ import annotations

import logging
import random

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
)
from tenacity.wait import wait_base

from app.dintero.config import ClientConfig
from app.dintero.errors import RateLimited, ServerError, TransportError

__all__ = ["is_retryable_read_error", "read_retrying"]

log = logging.getLogger(__name__)


def is_retryable_read_error(error: BaseException) -> bool:
    """Network trouble, 429 and 5xx pass with time; 4xx answers will not change."""
    return isinstance(error, TransportError | RateLimited | ServerError)


class _RetryAfterOrBackoff(wait_base):
    """Dintero's `Retry-After` (capped) when it gives one, else jittered exponential backoff."""

    def __init__(self, config: ClientConfig) -> None:
        self._cap = config.retry_after_cap_s
        self._initial = config.retry_initial_s
        self._max = config.retry_max_s

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        error = outcome.exception() if outcome is not None else None
        if isinstance(error, RateLimited) and error.retry_after is not None:
            return min(error.retry_after, self._cap)
        exponential: float = self._initial * 2.0 ** (retry_state.attempt_number - 1)
        return min(self._max, exponential) + random.uniform(0, self._initial)


def _log_retry(retry_state: RetryCallState) -> None:
    outcome = retry_state.outcome
    error = outcome.exception() if outcome is not None else None
    log.info("retrying a read after %s (attempt %d)", error, retry_state.attempt_number)


def read_retrying(config: ClientConfig) -> AsyncRetrying:
    """A fresh tenacity controller for one read; the last error is re-raised unchanged."""
    return AsyncRetrying(
        retry=retry_if_exception(is_retryable_read_error),
        wait=_RetryAfterOrBackoff(config),
        stop=stop_after_attempt(config.max_read_retries + 1),
        before_sleep=_log_retry,
        reraise=True,
    )

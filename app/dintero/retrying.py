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
from app.dintero.errors import CertificateNotTrusted, RateLimited, ServerError, TransportError

__all__ = ["is_retryable_read_error", "read_retrying", "wait_before_retry"]

log = logging.getLogger(__name__)


def is_retryable_read_error(error: BaseException) -> bool:
    """Network trouble, 429 and 5xx pass with time; 4xx answers and an untrusted
    certificate will not change."""
    if isinstance(error, CertificateNotTrusted):
        return False
    return isinstance(error, TransportError | RateLimited | ServerError)


class _RetryAfterOrBackoff(wait_base):
    """Dintero's `Retry-After` (capped) when it gives one, else jittered exponential backoff."""

    def __init__(self, config: ClientConfig, already_failed: int = 0) -> None:
        self._config = config
        self._already_failed = already_failed

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        error = outcome.exception() if outcome is not None else None
        return wait_before_retry(
            self._config, error, retry_state.attempt_number + self._already_failed
        )


def wait_before_retry(config: ClientConfig, error: BaseException | None, failures: int) -> float:
    """Seconds to wait after the `failures`-th failed attempt of a read."""
    if isinstance(error, RateLimited) and error.retry_after is not None:
        return min(error.retry_after, config.retry_after_cap_s)
    exponential: float = config.retry_initial_s * 2.0 ** (failures - 1)
    return min(config.retry_max_s, exponential) + random.uniform(0, config.retry_initial_s)


def _log_retry(retry_state: RetryCallState) -> None:
    outcome = retry_state.outcome
    error = outcome.exception() if outcome is not None else None
    log.info("retrying a read after %s (attempt %d)", error, retry_state.attempt_number)


def read_retrying(config: ClientConfig, *, already_failed: int = 0) -> AsyncRetrying:
    """A fresh tenacity controller for one read; the last error is re-raised unchanged.

    A caller that made the first attempts itself (and waited after them) passes how many
    failed, so the attempt limit and the backoff carry on from there.
    """
    return AsyncRetrying(
        retry=retry_if_exception(is_retryable_read_error),
        wait=_RetryAfterOrBackoff(config, already_failed),
        stop=stop_after_attempt(config.max_read_retries + 1 - already_failed),
        before_sleep=_log_retry,
        reraise=True,
    )

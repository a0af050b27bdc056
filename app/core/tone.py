"""What a piece of status text means, without saying how it looks.

Workflows and wording name a ``Tone`` ("this is a warning"); only the user interface
turns a tone into colours, so a status keeps the same colour on every page and in both
light and dark themes.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Tone"]


class Tone(StrEnum):
    """The meanings the interface has colours for."""

    NEUTRAL = "neutral"
    """Finished and unremarkable: a cancelled or expired link."""
    MUTED = "muted"
    """Secondary text: hints, captions, empty-list notes."""
    INFO = "info"
    """Something is under way: a link waiting for the customer, an operation pending."""
    SUCCESS = "success"
    """It worked: paid, captured, saved."""
    WARNING = "warning"
    """Worth a second look, nothing is blocked: not confirmed, on hold, uncertain."""
    ERROR = "error"
    """It failed or cannot go on: a field error, a declined payment."""
    TEST = "test"
    """A test account: no real money."""
    PRODUCTION = "production"
    """A production account: real money moves."""

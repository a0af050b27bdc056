"""Take secrets out of text before it is written to the log or a crash report.

Shop staff send logs and reports to support by e-mail; a bearer token or a client secret
in them could move money. Everything written is passed through ``scrub``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["REMOVED", "scrub"]

REMOVED = "[removed]"

_SECRET_KEYS = (
    r"client[_-]?secret|secret|password|passwd|access[_-]?token|refresh[_-]?token|id[_-]?token"
    r"|token|api[_-]?key|apikey"
)

_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # Authorization: Bearer abc / Proxy-Authorization: Basic abc (headers, dict reprs)
    (
        re.compile(
            r"((?:proxy-)?authorization['\"]?\s*[:=]\s*['\"]?)"
            r"(?:(bearer|basic|digest)\s+)?[^\s'\",}]+",
            re.IGNORECASE,
        ),
        lambda m: f"{m[1]}{m[2] + ' ' if m[2] else ''}{REMOVED}",
    ),
    (re.compile(r"\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}", re.IGNORECASE), rf"\1 {REMOVED}"),
    # "client_secret": "x", client_secret=x, 'access_token': 'x'
    (
        re.compile(rf"((?:{_SECRET_KEYS})['\"]?\s*[:=]\s*['\"]?)[^\s'\"&,;}}]+", re.IGNORECASE),
        rf"\1{REMOVED}",
    ),
    # JSON Web Tokens wherever they appear
    (re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"), REMOVED),
    # user:password@ in URLs (a proxy's credentials)
    (re.compile(r"(?<=://)[^/\s:@]+:[^/\s@]+@"), f"{REMOVED}@"),
)


def scrub(text: str) -> str:
    """``text`` with tokens, secrets, passwords and URL credentials replaced by ``[removed]``."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text

"""How Paydesk reaches Dintero from a shop's network, like the browser on the same desk.

Proxies: the operating system's settings, read by the standard library's
``urllib.request.getproxies`` (the environment variables everywhere, then the Windows
registry or macOS's network settings) and its bypass rules (``NO_PROXY``, the
exceptions list). A proxy auto-configuration (PAC) script is not evaluated.

Certificates: the operating system's certificate store, through ``truststore``, so a
certificate the shop's IT installed (for a firewall that inspects TLS) is trusted as it
is by the browser.
"""

from __future__ import annotations

import functools
import logging
import ssl
import urllib.request
from collections.abc import Callable, Mapping

import httpx

__all__ = ["ProxyRoutes", "is_certificate_error", "redacted", "system_tls_context"]

log = logging.getLogger(__name__)

_PROXY_SCHEMES = ("http", "https")


@functools.cache
def system_tls_context() -> ssl.SSLContext:
    """One context for the whole process: loading the trust store costs time and memory."""
    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def redacted(proxy_url: str) -> str:
    """The proxy's address without its user name and password, for messages and the log."""
    url = httpx.URL(proxy_url)
    return str(url.copy_with(username=None, password=None)) if url.userinfo else proxy_url


class ProxyRoutes:
    """Which proxy, if any, a request to a given host goes through.

    Read once when a client is made (settings rarely change while Paydesk runs); each
    host's answer is remembered, as the OS's bypass check can be slow.
    """

    def __init__(
        self,
        proxies: Mapping[str, str] | None = None,
        bypass: Callable[[str], bool] | None = None,
    ) -> None:
        found = urllib.request.getproxies() if proxies is None else proxies
        self.proxies = {
            scheme: url
            for scheme, url in found.items()
            if scheme in (*_PROXY_SCHEMES, "all") and self._usable(scheme, url)
        }
        self._bypass = bypass if bypass is not None else urllib.request.proxy_bypass
        self._decided: dict[tuple[str, str, int | None], str | None] = {}

    @staticmethod
    def _usable(scheme: str, url: str) -> bool:
        proxy_scheme = url.split("://", 1)[0].lower() if "://" in url else ""
        if proxy_scheme in _PROXY_SCHEMES:
            return True
        log.warning("Ignoring the %s proxy %s: only HTTP proxies are supported", scheme, url)
        return False

    def proxy_for(self, url: httpx.URL) -> str | None:
        """The proxy URL for ``url``, or None to connect directly."""
        key = (url.scheme, url.host, url.port)
        if key in self._decided:
            return self._decided[key]
        proxy = self.proxies.get(url.scheme) or self.proxies.get("all")
        if proxy is not None:
            host = f"{url.host}:{url.port}" if url.port else url.host
            try:
                if self._bypass(host):
                    proxy = None
            except Exception as error:  # an odd OS setting must not stop every request
                log.warning("Could not read the proxy exceptions for %s: %s", url.host, error)
        self._decided[key] = proxy
        if proxy is not None:
            log.info("Requests to %s go through the proxy %s", url.host, redacted(proxy))
        return proxy


def is_certificate_error(error: BaseException) -> bool:
    """True when ``error`` (or what caused it) is a failed TLS certificate check."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        # ``reason`` is set only on the errors OpenSSL itself raised, not on an
        # ``ssl.SSLError(message)`` made in Python (truststore on macOS makes those).
        reason = getattr(current, "reason", None) if isinstance(current, ssl.SSLError) else None
        if reason == "CERTIFICATE_VERIFY_FAILED":
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False

"""Behind a shop's firewall: the system's proxy and certificate store, with real middlemen.

A real forwarding proxy on loopback and a real TLS server (certificates made by trustme)
stand in for the shop's network. The proxy is configured the way a computer is: through
the standard environment variables, with ``NO_PROXY`` cleared so that loopback is not
exempted. Test connection must name a proxy or certificate failure in plain words.
"""

from __future__ import annotations

import asyncio
import ssl
from pathlib import Path

import httpx
import pytest
import trustme

from app.accounts.models import Account
from app.desk.connection_check import ConnectionCheckFailed, check_connection
from app.dintero import ClientConfig, DinteroClient
from app.dintero.errors import CertificateNotTrusted, ProxyFailed
from app.dintero.network import ProxyRoutes, is_certificate_error, redacted
from app.sandbox import EmbeddedSandbox
from tests.unit.local_proxy import ForwardingProxy, TlsFront

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy setting from the machine running the tests; each test sets its own."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("no_proxy", "")
    return monkeypatch


def use_proxy(env: pytest.MonkeyPatch, url: str) -> None:
    env.setenv("http_proxy", url)
    env.setenv("https_proxy", url)


def port_of(sandbox: EmbeddedSandbox) -> int:
    port = httpx.URL(sandbox.base_url).port
    assert port is not None
    return port


def account_for(base_url: str, sandbox: EmbeddedSandbox) -> Account:
    return Account(
        name="Shop behind a proxy",
        account_id=sandbox.account_id,
        client_id=sandbox.client_id,
        base_url=base_url,
    )


@pytest.fixture
def authority() -> trustme.CA:
    """A certificate authority this computer does not trust (until a test says so)."""
    return trustme.CA()


def tls_server_context(authority: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    return context


def trust(env: pytest.MonkeyPatch, authority: trustme.CA, folder: Path) -> None:
    """Install the authority the way Linux does: OpenSSL's system store, here by variable."""
    bundle = folder / "shop-ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    env.setenv("SSL_CERT_FILE", str(bundle))


def test_calls_go_through_the_system_proxy_on_kept_alive_connections(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, proxy_env: pytest.MonkeyPatch
) -> None:
    async def main() -> tuple[ForwardingProxy, int]:
        proxy = await ForwardingProxy().start()
        use_proxy(proxy_env, proxy.url)
        try:
            async with await DinteroClient.open(client_config) as client:
                await client.fetch_token()
                for _ in range(4):
                    await client.list_transactions(limit=5)
                answered = len(sandbox.requests(r"/transactions"))
        finally:
            await proxy.close()
        return proxy, answered

    proxy, answered = asyncio.run(main())
    base = sandbox.base_url
    assert proxy.requests[0] == f"POST {base}/v1/accounts/{sandbox.account_id}/auth/token"
    listed = [line for line in proxy.requests if "/transactions" in line]
    assert len(listed) == 4
    assert all(line.startswith(f"GET {base}/v1/") for line in listed)
    assert answered == 4  # the sandbox got each one, through the proxy
    assert proxy.connections == 1  # pooling kept: one kept-alive connection to the proxy


def test_without_a_proxy_setting_calls_go_direct(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, proxy_env: pytest.MonkeyPatch
) -> None:
    async def main() -> ForwardingProxy:
        proxy = await ForwardingProxy().start()
        try:
            async with await DinteroClient.open(client_config) as client:
                await client.fetch_token()
        finally:
            await proxy.close()
        return proxy

    proxy = asyncio.run(main())
    assert proxy.requests == []
    assert len(sandbox.requests(r"/auth/token$")) == 1


def test_no_proxy_exempts_a_host(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, proxy_env: pytest.MonkeyPatch
) -> None:
    async def main() -> ForwardingProxy:
        proxy = await ForwardingProxy().start()
        use_proxy(proxy_env, proxy.url)
        proxy_env.setenv("no_proxy", "127.0.0.1")
        try:
            async with await DinteroClient.open(client_config) as client:
                await client.fetch_token()
        finally:
            await proxy.close()
        return proxy

    assert asyncio.run(main()).requests == []


def test_an_unreachable_proxy_is_named_in_test_connection(
    sandbox: EmbeddedSandbox, proxy_env: pytest.MonkeyPatch
) -> None:
    async def closed_port() -> int:
        server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
        port: int = server.sockets[0].getsockname()[1]
        server.close()
        await server.wait_closed()
        return port

    port = asyncio.run(closed_port())
    use_proxy(proxy_env, f"http://shop:hunter2@127.0.0.1:{port}")
    account = account_for(sandbox.base_url, sandbox)
    with pytest.raises(ConnectionCheckFailed) as caught:
        asyncio.run(check_connection(account, sandbox.client_secret))
    assert "proxy server" in caught.value.user_message
    assert isinstance(caught.value.__cause__, ProxyFailed)
    assert caught.value.__cause__.certainly_not_applied
    assert f"127.0.0.1:{port}" in caught.value.details
    assert "hunter2" not in caught.value.details  # the proxy's password is not shown
    assert len(sandbox.requests(r"/auth/token$")) == 0


def test_a_proxy_refusing_the_tunnel_is_named_in_test_connection(
    sandbox: EmbeddedSandbox, authority: trustme.CA, tmp_path: Path, proxy_env: pytest.MonkeyPatch
) -> None:
    trust(proxy_env, authority, tmp_path)

    async def main() -> tuple[ForwardingProxy, BaseException | None]:
        proxy = await ForwardingProxy(refuse_connect=True).start()
        front = await TlsFront(tls_server_context(authority), port_of(sandbox)).start()
        use_proxy(proxy_env, proxy.url)
        try:
            await check_connection(account_for(front.base_url, sandbox), sandbox.client_secret)
        except ConnectionCheckFailed as error:
            return proxy, error
        finally:
            await front.close()
            await proxy.close()
        return proxy, None

    proxy, error = asyncio.run(main())
    assert isinstance(error, ConnectionCheckFailed)
    assert "proxy server" in error.user_message
    assert proxy.requests
    assert proxy.requests[0].startswith("CONNECT 127.0.0.1:")


def test_https_through_the_proxy_with_the_shops_certificate_authority(
    sandbox: EmbeddedSandbox, authority: trustme.CA, tmp_path: Path, proxy_env: pytest.MonkeyPatch
) -> None:
    """A certificate authority installed on the computer (TLS inspection) is trusted."""
    trust(proxy_env, authority, tmp_path)

    async def main() -> tuple[ForwardingProxy, str]:
        proxy = await ForwardingProxy().start()
        front = await TlsFront(tls_server_context(authority), port_of(sandbox)).start()
        use_proxy(proxy_env, proxy.url)
        try:
            said = await check_connection(
                account_for(front.base_url, sandbox), sandbox.client_secret
            )
        finally:
            await front.close()
            await proxy.close()
        return proxy, said

    proxy, said = asyncio.run(main())
    assert said.startswith(f"Connected to the test account {sandbox.account_id}")
    assert proxy.requests == [f"CONNECT 127.0.0.1:{proxy.requests[0].rsplit(':', 1)[1]}"]
    assert len(sandbox.requests(r"/auth/token$")) == 1


def test_https_direct_with_the_shops_certificate_authority(
    sandbox: EmbeddedSandbox, authority: trustme.CA, tmp_path: Path, proxy_env: pytest.MonkeyPatch
) -> None:
    """Without a proxy the connection is made on asyncio directly, TLS and all."""
    trust(proxy_env, authority, tmp_path)

    async def main() -> str:
        front = await TlsFront(tls_server_context(authority), port_of(sandbox)).start()
        try:
            return await check_connection(
                account_for(front.base_url, sandbox), sandbox.client_secret
            )
        finally:
            await front.close()

    said = asyncio.run(main())
    assert said.startswith(f"Connected to the test account {sandbox.account_id}")
    assert len(sandbox.requests(r"/auth/token$")) == 1


def test_an_untrusted_certificate_is_named_in_test_connection(
    sandbox: EmbeddedSandbox, authority: trustme.CA, proxy_env: pytest.MonkeyPatch
) -> None:
    async def main() -> ConnectionCheckFailed | None:
        front = await TlsFront(tls_server_context(authority), port_of(sandbox)).start()
        try:
            await check_connection(account_for(front.base_url, sandbox), sandbox.client_secret)
        except ConnectionCheckFailed as error:
            return error
        finally:
            await front.close()
        return None

    error = asyncio.run(main())
    assert isinstance(error, ConnectionCheckFailed)
    assert "security certificate could not be verified" in error.user_message
    assert isinstance(error.__cause__, CertificateNotTrusted)
    assert error.__cause__.certainly_not_applied
    assert len(sandbox.requests(r"/auth/token$")) == 0


def test_proxy_routes_read_the_system_settings_and_bypass_rules() -> None:
    routes = ProxyRoutes(
        {"https": "http://proxy.shop:3128", "http": "http://proxy.shop:3128", "no": "x"},
        bypass=lambda host: host.startswith("intranet"),
    )
    assert routes.proxy_for(httpx.URL("https://api.dintero.com/v1")) == "http://proxy.shop:3128"
    assert routes.proxy_for(httpx.URL("https://intranet.shop/")) is None
    socks = ProxyRoutes({"https": "socks5://proxy.shop:1080"}, bypass=lambda host: False)
    assert socks.proxy_for(httpx.URL("https://api.dintero.com/")) is None
    assert redacted("http://user:pw@proxy.shop:3128") == "http://proxy.shop:3128"


def test_a_tls_error_made_in_python_is_read_without_an_openssl_reason() -> None:
    """truststore (the system's certificate store on macOS and Windows) raises plain
    ``ssl.SSLError(message)``, which has no ``reason``: it is not a certificate refusal,
    and reading it must not fail on its way to a clear message."""
    made_in_python = ssl.SSLError("the handshake did not complete")
    failure = httpx.ConnectError("could not connect")
    failure.__cause__ = made_in_python
    assert not is_certificate_error(failure)
    assert is_certificate_error(ssl.SSLCertVerificationError(1, "certificate verify failed"))

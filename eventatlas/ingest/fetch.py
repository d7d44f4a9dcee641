"""Bounded HTTP(S) fetching: timeouts, a size cap, counted redirects, and no private addresses.

Redirects are followed by hand so that every hop is checked, not just the first URL. Each host
name is resolved once, and the connection goes to the address that was checked, with the name
kept for the Host header and for TLS (SNI and certificate): a name that answers a public address
to the check and a private one to the connection (DNS rebinding) gets nowhere.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from eventatlas import __version__
from eventatlas.errors import Code, InputRejected
from eventatlas.settings import Settings

USER_AGENT = f"eventatlas/{__version__}"


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    content_type: str
    body: bytes


def is_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in {"http", "https"}


class Fetcher:
    def __init__(self, settings: Settings, transport: httpx.BaseTransport | None = None):
        self.settings = settings
        # No proxies from the environment: a proxy would resolve the name itself, after our check.
        self._client = httpx.Client(
            timeout=settings.fetch_timeout,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
            transport=transport,
            trust_env=False,
        )

    def close(self) -> None:
        self._client.close()

    def get(self, url: str) -> Page:
        for _ in range(self.settings.fetch_max_redirects + 1):
            addresses = self._checked_addresses(url)
            try:
                with self._stream(url, addresses) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise InputRejected(Code.FETCH, f"HTTP {response.status_code}")
                    return Page(
                        url=url,
                        content_type=response.headers.get("content-type", ""),
                        body=self._read_capped(response),
                    )
            except httpx.HTTPError as exc:
                raise InputRejected(Code.FETCH, f"fetch failed ({type(exc).__name__})") from None
        raise InputRejected(Code.FETCH, f"more than {self.settings.fetch_max_redirects} redirects")

    @contextmanager
    def _stream(self, url: str, addresses: list[str]) -> Iterator[httpx.Response]:
        """GET from the first of `addresses` that accepts a connection, naming the host as the
        URL does (Host header, SNI, and the name the certificate is checked against)."""
        target = httpx.URL(url)
        for number, address in enumerate(addresses, start=1):
            request = self._client.build_request(
                "GET",
                target.copy_with(host=address),
                headers={"Host": target.netloc.decode("ascii")},
                extensions={"sni_hostname": target.host},
            )
            try:
                response = self._client.send(request, stream=True)
            except httpx.ConnectError:
                if number == len(addresses):
                    raise
                continue
            try:
                yield response
            finally:
                response.close()
            return

    def _read_capped(self, response: httpx.Response) -> bytes:
        limit = self.settings.fetch_max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise InputRejected(Code.TOO_LARGE, f"response over the {limit} byte limit")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise InputRejected(Code.TOO_LARGE, f"response over the {limit} byte limit")
            chunks.append(chunk)
        return b"".join(chunks)

    def _checked_addresses(self, url: str) -> list[str]:
        """The addresses `url`'s host resolves to, once; refused if any is private or loopback
        (unless allowed)."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in {"http", "https"}:
            raise InputRejected(Code.FORBIDDEN_URL, f"only http and https URLs: {url}")
        try:
            host, port = parts.hostname, parts.port
        except ValueError:
            raise InputRejected(Code.FORBIDDEN_URL, f"bad port in URL: {url}") from None
        if not host:
            raise InputRejected(Code.FORBIDDEN_URL, f"no host in URL: {url}")
        default_port = 443 if parts.scheme.lower() == "https" else 80
        try:
            infos = socket.getaddrinfo(host, port or default_port, proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError):
            raise InputRejected(Code.FETCH, f"cannot resolve host {host}") from None
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
        if not self.settings.fetch_allow_private and not all(
            ipaddress.ip_address(address).is_global for address in addresses
        ):
            raise InputRejected(
                Code.FORBIDDEN_URL,
                f"{host} is a private or loopback address (set fetch_allow_private to allow it)",
            )
        return addresses

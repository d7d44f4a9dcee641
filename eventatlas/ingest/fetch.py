"""Bounded HTTP(S) fetching: timeouts, a size cap, counted redirects, and no private addresses.

Redirects are followed by hand so that every hop is checked, not just the first URL.
"""

from __future__ import annotations

import ipaddress
import socket
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
        self._client = httpx.Client(
            timeout=settings.fetch_timeout,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def get(self, url: str) -> Page:
        for _ in range(self.settings.fetch_max_redirects + 1):
            self._check_url(url)
            try:
                with self._client.stream("GET", url) as response:
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

    def _check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in {"http", "https"}:
            raise InputRejected(Code.FORBIDDEN_URL, f"only http and https URLs: {url}")
        if not parts.hostname:
            raise InputRejected(Code.FORBIDDEN_URL, f"no host in URL: {url}")
        if self.settings.fetch_allow_private:
            return
        try:
            infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
        except socket.gaierror:
            raise InputRejected(Code.FETCH, f"cannot resolve host {parts.hostname}") from None
        for info in infos:
            address = ipaddress.ip_address(info[4][0])
            if not address.is_global:
                raise InputRejected(
                    Code.FORBIDDEN_URL,
                    f"{parts.hostname} is a private or loopback address "
                    "(set fetch_allow_private to allow it)",
                )

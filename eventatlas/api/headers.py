"""Security headers on every response: the page may load code, styles, images and data from its
own origin only (and map tiles from the one server `tile_url` names), and tells no other site
where its visitors came from."""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def content_security_policy(tile_url: str = "", html: str = "") -> str:
    """The policy for the app, allowing the inline scripts of `html` by their hashes."""
    images = ["'self'", "data:"]  # Swagger UI draws its icons from data: URLs
    if tile_url:
        parts = urlsplit(tile_url)
        # Leaflet's {s} picks one of several subdomains of the tile server.
        images.append(f"{parts.scheme}://{parts.netloc.replace('{s}', '*')}")
    scripts = ["'self'"] + [
        f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
        for body in _INLINE_SCRIPT.findall(html)
    ]
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {' '.join(scripts)}",
            f"img-src {' '.join(images)}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


def security_headers(tile_url: str = "") -> dict[str, str]:
    return {
        "Content-Security-Policy": content_security_policy(tile_url),
        "X-Content-Type-Options": "nosniff",
        # Links in event cards lead to the outlets: they need not learn what was being looked at.
        "Referrer-Policy": "no-referrer",
    }


class SecurityHeaders:
    """Adds `headers` to every HTTP response that does not set its own."""

    def __init__(self, app: ASGIApp, headers: dict[str, str]):
        self.app = app
        self.headers = headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)

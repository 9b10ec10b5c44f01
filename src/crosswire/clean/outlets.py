"""An article's outlet read from its address, when nothing else names it.

Independence is judged by outlet: two reports from one newsroom corroborate nothing. Inputs often carry a URL and
no outlet (a JSONL export, a feed item, a link saved by a reader), and the host of the URL is the outlet a reader
would name. Copies kept by a web archive are read through to the address they preserve: a Wayback Machine copy of
a Chicago Sun-Times story is the Sun-Times's, not the archive's.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Web archives whose copies keep the original address in their path, after a timestamp:
# "https://web.archive.org/web/20160110103000/http://example.com/news/1", "/web/20160110103000id_/example.com/..."
_ARCHIVES = {"web.archive.org", "wayback.archive.org", "archive.org", "webcache.googleusercontent.com"}
_ARCHIVED_ADDRESS = re.compile(r"^/(?:web/)?\d{4,14}[a-z_]*/(?P<address>.+)$", re.IGNORECASE)
# Prefixes that name a version of a site (mobile, accelerated pages), not another newsroom
_SITE_VERSION = re.compile(r"^(?:www\d?|m|mobile|amp)\.", re.IGNORECASE)


def outlet_from_url(url: str | None) -> str | None:
    """The host that published the page at `url` ("chicago.suntimes.com"), without "www." or a mobile prefix;
    None when the address has no host."""
    if not url:
        return None
    host, path = _host_and_path(url.strip())
    if host in _ARCHIVES and (archived := _ARCHIVED_ADDRESS.match(path)):
        host, _ = _host_and_path(archived.group("address"))
    while _SITE_VERSION.match(host):
        host = _SITE_VERSION.sub("", host, count=1)
    return host if "." in host else None


def _host_and_path(address: str) -> tuple[str, str]:
    if not re.match(r"^[a-z][a-z0-9+.-]*://", address, re.IGNORECASE):
        address = "http://" + address  # an archived address is often kept without its scheme
    try:
        parts = urlsplit(address)
    except ValueError:  # a malformed address (an unclosed IPv6 bracket) names no host
        return "", ""
    return (parts.hostname or "").lower().rstrip("."), parts.path

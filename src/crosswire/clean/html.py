"""Main text and metadata of an HTML page, through trafilatura."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura


@dataclass
class HtmlExtraction:
    title: str | None
    text: str
    date: str | None
    sitename: str | None


def extract_html(html: str, url: str | None = None) -> HtmlExtraction | None:
    """The article body of `html` with its title, date and site name; None when the page holds no article text.

    Comments are left out: they are readers' words, not the outlet's.
    """
    document: Any = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if document is None or not (document.text or "").strip():
        return None
    title = (document.title or "").strip() or None
    lines = [line.strip() for line in document.text.split("\n") if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # trafilatura keeps the <h1> in the body; the title is stored on its own
    return HtmlExtraction(
        title=title,
        text="\n".join(lines),
        date=_published_time(html) or document.date,
        sitename=(document.sitename or "").strip() or None,
    )


_PUBLISHED_META = (
    "//meta[@property='article:published_time' or @name='article:published_time' or @itemprop='datePublished'"
    " or @name='pubdate' or @name='publish-date' or @property='og:published_time' or @name='date']/@content"
)
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _published_time(html: str) -> str | None:
    """The page's own publication time, with its time zone, from meta tags or JSON-LD.

    trafilatura reports only the date, which would shift a time near midnight in another zone to the wrong day.
    """
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for value in tree.xpath(_PUBLISHED_META):
        if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return value.strip()
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        match = _JSON_LD_DATE.search(str(script))
        if match:
            try:
                return str(json.loads(f'"{match.group(1)}"'))
            except json.JSONDecodeError:
                return match.group(1)
    return None

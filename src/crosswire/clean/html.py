"""Main text and metadata of an HTML page, through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
        date=document.date,
        sitename=(document.sitename or "").strip() or None,
    )

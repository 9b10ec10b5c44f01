"""Cleaning: from an input as received to an `Article` with main text, title, outlet and publication time."""

from __future__ import annotations

import json
import re
from datetime import datetime

from crosswire.clean.boilerplate import filter_boilerplate, is_boilerplate_line
from crosswire.clean.header import address_in, date_in_address, without_dateline
from crosswire.clean.html import extract_html
from crosswire.clean.outlets import outlet_from_url
from crosswire.clean.published import parse_published
from crosswire.errors import InputError
from crosswire.model import Article, InputFormat, RawInput
from crosswire.typography import plain_apostrophes

__all__ = ["clean_input", "filter_boilerplate", "parse_published"]

PARAGRAPH_BREAK = "\n\n"
MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]{2,}")


def clean_input(raw: RawInput) -> Article:
    """Turn one raw input into a cleaned article, or raise `InputError` saying why it holds no article.

    Title and text keep their typographic apostrophes spelled plainly, as the extractor parses them, so that every
    quote a claim takes from the parsed text is found again in the stored text."""
    article = _clean(raw)
    article.title = plain_apostrophes(article.title)
    article.text = plain_apostrophes(article.text)
    return article


def _clean(raw: RawInput) -> Article:
    if raw.format is InputFormat.JSON:
        return _clean_record(raw)
    if raw.format is InputFormat.HTML:
        # A date given for a whole batch of inputs only fills in a page that carries none of its own.
        return _clean_html(
            raw,
            raw.payload,
            title=raw.title,
            outlet=raw.outlet,
            url=raw.url,
            published=raw.published,
            page_date_first=True,
        )
    return _clean_text(raw, raw.payload, title=raw.title, outlet=raw.outlet, url=raw.url, published=raw.published)


def record_problem(record: object) -> str | None:
    """Why a JSON record cannot be an article, or None when it can."""
    if not isinstance(record, dict):
        return f"is a JSON {type(record).__name__}, not an object with 'title' and 'text' or 'html'"
    body = record.get("text") or record.get("html")
    if not isinstance(body, str) or not body.strip():
        return "lacks text: an article record needs a non-empty 'text' or 'html' string"
    for key in ("title", "url", "outlet", "published"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return f"has a {type(value).__name__} as '{key}', where a string is expected"
    return None


def _clean_record(raw: RawInput) -> Article:
    try:
        record = json.loads(raw.payload)
    except json.JSONDecodeError as error:
        raise InputError(raw.source, f"is not JSON ({error.msg} at column {error.colno})") from None
    problem = record_problem(record)
    if problem:
        raise InputError(raw.source, problem)
    fields = {key: record.get(key) for key in ("title", "outlet", "url", "published")}
    if isinstance(record.get("html"), str) and record["html"].strip() and not record.get("text"):
        return _clean_html(raw, record["html"], **fields)
    return _clean_text(raw, record["text"], title_in_body=False, **fields)


def _clean_html(
    raw: RawInput,
    html: str,
    *,
    title: str | None,
    outlet: str | None,
    url: str | None,
    published: str | None,
    page_date_first: bool = False,
) -> Article:
    if published:
        _published(raw, published)  # a bad date is an error even where the page's own date is used
    extraction = extract_html(html, url=url)
    if extraction is None or len(_WORD.findall(extraction.text)) < MIN_WORDS:
        raise InputError(raw.source, "no article text found in the HTML (malformed, empty or not an article page)")
    filtered = filter_boilerplate(extraction.text)
    if not filtered.lines:
        raise InputError(raw.source, "the HTML holds only boilerplate, no article text")
    return Article(
        content_hash=raw.content_hash,
        source=raw.source,
        title=title or extraction.title or filtered.lines[0],
        text=PARAGRAPH_BREAK.join(filtered.lines),
        outlet=outlet or extraction.sitename or filtered.provider or outlet_from_url(url),
        url=url,
        published=_published(raw, extraction.date)
        if page_date_first and extraction.date
        else _published(raw, published or extraction.date),
        boilerplate_removed=filtered.removed,
    )


def _clean_text(
    raw: RawInput,
    text: str,
    *,
    title: str | None,
    outlet: str | None,
    url: str | None,
    published: str | None,
    title_in_body: bool = True,
) -> Article:
    """Plain text: the first non-empty line that is not boilerplate is the title, unless a title was given.

    A page saved with its address in place of its headline has its headline as the text's first line; a page
    without a given publication time may state it on a line of its own near the top (see `crosswire.clean.header`).
    """
    if title and (address := address_in(title)):
        url, title, title_in_body = url or address, None, True
    if not published:
        text, day = without_dateline(text)
        day = day or date_in_address(url)
        published = day.isoformat() if day else None
    if title_in_body and title is None:
        lines = text.replace("\r\n", "\n").split("\n")
        for position, line in enumerate(lines):
            if line.strip() and not is_boilerplate_line(line):
                title = line.strip()
                text = "\n".join(lines[:position] + lines[position + 1 :])
                break
    filtered = filter_boilerplate(text)
    if not filtered.lines and title and title_in_body:
        filtered.lines = [title]  # a one-line dispatch: its only line is both headline and text
    if not filtered.lines or len(_WORD.findall(" ".join(filtered.lines))) < MIN_WORDS:
        raise InputError(raw.source, "holds no article text once its boilerplate is removed")
    return Article(
        content_hash=raw.content_hash,
        source=raw.source,
        title=(title or filtered.lines[0]).strip(),
        text=PARAGRAPH_BREAK.join(filtered.lines),
        outlet=outlet or filtered.provider or outlet_from_url(url),
        url=url,
        published=_published(raw, published),
        boilerplate_removed=filtered.removed,
    )


def _published(raw: RawInput, value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return parse_published(value)
    except ValueError as error:
        raise InputError(raw.source, str(error)) from None

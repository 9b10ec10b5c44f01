"""An outlet read from an article's address: the host that published it, through web archives and site versions."""

from __future__ import annotations

import pytest

from crosswire.clean.outlets import outlet_from_url


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.testville-herald.test/news/2026/11/05/farmers-killed", "testville-herald.test"),
        ("https://metro.testville-herald.test/story/1", "metro.testville-herald.test"),
        ("https://m.sahelwire.test/a/1", "sahelwire.test"),
        ("amp.sahelwire.test/a/1", "sahelwire.test"),
        ("https://web.archive.org/web/20161105093000/http://www.sahelwire.test/a/1", "sahelwire.test"),
        ("http://web.archive.org/web/20161105093000id_/sahelwire.test/a/1", "sahelwire.test"),
        ("HTTPS://WWW.SahelWire.TEST/A", "sahelwire.test"),
    ],
)
def test_the_outlet_is_the_host_that_published_the_page(url: str, outlet: str) -> None:
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize("url", [None, "", "not an address", "http://[::1", "file:///home/reader/story.html"])
def test_an_address_without_a_host_names_no_outlet(url: str | None) -> None:
    assert outlet_from_url(url) is None

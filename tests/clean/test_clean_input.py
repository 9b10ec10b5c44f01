"""clean_input: a RawInput (text, HTML or a JSONL record) becomes an Article with title, outlet, date and text."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from crosswire.clean import clean_input, parse_published
from crosswire.errors import InputError
from crosswire.model import InputFormat, RawInput

LEAD = "Armed men on motorcycles raided the village of Testville on Wednesday, killing four farmers, officials said."
SECOND = "A community leader said the attackers set two granaries on fire before fleeing."
THIRD = "Police said reinforcements had been sent to the area and a search was under way."


def text_input(payload: str, **fields: str | None) -> RawInput:
    return RawInput(source="story.txt", format=InputFormat.TEXT, payload=payload, **fields)


# --- plain text ----------------------------------------------------------------------------------------------


def test_text_title_is_first_line_and_body_the_rest():
    article = clean_input(text_input(f"Gunmen kill four farmers in Testville\n\n{LEAD}\n\n{SECOND}\n"))

    assert article.title == "Gunmen kill four farmers in Testville"
    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert article.source == "story.txt"


def test_typographic_apostrophes_are_stored_plain_so_that_quotes_of_the_parsed_text_are_found():
    article = clean_input(text_input("Farmer’s widow speaks\n\n‘We couldn’t leave,’ she said of the raid.\n"))

    assert article.title == "Farmer's widow speaks"
    assert article.text == "'We couldn't leave,' she said of the raid."


def test_text_title_skips_leading_boilerplate():
    payload = "\n".join(
        [
            "Home | World | Africa",
            "By Jane Doe",
            "Gunmen kill four farmers in Testville",
            "",
            LEAD,
            "Share this article",
            SECOND,
            "© 2026 Testville Herald. All rights reserved.",
        ]
    )

    article = clean_input(text_input(payload))

    assert article.title == "Gunmen kill four farmers in Testville"
    assert article.text == f"{LEAD}\n\n{SECOND}"
    assert "Home" not in article.text
    assert "Jane Doe" not in article.text
    assert article.boilerplate_removed == 4


def test_text_given_title_is_used_and_first_line_stays_in_body():
    article = clean_input(text_input(f"{LEAD}\n{SECOND}", title="Farmers killed in Testville"))

    assert article.title == "Farmers killed in Testville"
    assert article.text == f"{LEAD}\n\n{SECOND}"


def test_text_outlet_url_and_published_come_from_the_raw_input():
    article = clean_input(
        text_input(
            f"Gunmen kill four\n\n{LEAD}",
            outlet="Testville Herald",
            url="https://herald.test/gunmen",
            published="2026-11-05T09:30:00+02:00",
        )
    )

    assert article.outlet == "Testville Herald"
    assert article.url == "https://herald.test/gunmen"
    assert article.published == datetime(2026, 11, 5, 7, 30)
    assert article.published.tzinfo is None


def test_text_without_published_has_no_date():
    article = clean_input(text_input(f"Gunmen kill four\n\n{LEAD}"))
    assert article.published is None
    assert article.outlet is None


def test_text_outlet_falls_back_to_the_disclaimer_provider():
    payload = (
        f"Gunmen kill four\n\n{LEAD}\n\nLegal Disclaimer:\nACME Wire provides the\n"
        "information “as is” without warranty of any kind.\n"
        "If you have any complaints or copyright issues related to this article, kindly contact the provider above."
    )

    article = clean_input(text_input(payload))

    assert article.outlet == "ACME Wire"
    assert article.text == LEAD


def test_text_that_is_only_boilerplate_is_an_error():
    with pytest.raises(InputError) as caught:
        clean_input(text_input("Leave a Reply\nShare this article\n© 2026 Testville Herald\n"))
    assert caught.value.source == "story.txt"


def test_content_hash_is_the_raw_inputs():
    raw = text_input(f"Gunmen kill four\n\n{LEAD}")
    assert clean_input(raw).content_hash == raw.content_hash


@pytest.mark.parametrize("value", ["last Tuesday", "05/11/2026", "2026-13-40", "yesterday"])
def test_bad_published_is_an_error_naming_the_value(value):
    with pytest.raises(InputError) as caught:
        clean_input(text_input(f"Gunmen kill four\n\n{LEAD}", published=value))

    assert value in str(caught.value)
    assert caught.value.source == "story.txt"


# --- parse_published -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-04", datetime(2026, 11, 4)),
        ("2026-11-04T09:30:00Z", datetime(2026, 11, 4, 9, 30)),
        ("2026-11-04T09:30:00z", datetime(2026, 11, 4, 9, 30)),
        ("2026-11-04 09:30+02:00", datetime(2026, 11, 4, 7, 30)),
        ("2026-11-04T23:30:00-05:00", datetime(2026, 11, 5, 4, 30)),
        ("  2026-11-04T09:30:00  ", datetime(2026, 11, 4, 9, 30)),
    ],
)
def test_parse_published_gives_naive_utc(value, expected):
    parsed = parse_published(value)
    assert parsed == expected
    assert parsed.tzinfo is None


def test_parse_published_rejects_non_dates_with_the_value_in_the_message():
    with pytest.raises(ValueError, match="Nov 4th"):
        parse_published("Nov 4th")


# --- HTML ----------------------------------------------------------------------------------------------------

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Gunmen kill four farmers in Testville | The Sahel Ledger</title>
<meta property="og:site_name" content="The Sahel Ledger">
<meta property="og:title" content="Gunmen kill four farmers in Testville">
<meta property="article:published_time" content="2026-03-12T08:15:00+00:00">
</head>
<body>
<header>
  <nav class="main-menu"><ul>
    <li><a href="/">Home</a></li><li><a href="/world">Wombatland News</a></li><li><a href="/sport">Sport</a></li>
  </ul></nav>
</header>
<main>
<article>
  <h1>Gunmen kill four farmers in Testville</h1>
  <p>{LEAD}</p>
  <p>{SECOND}</p>
  <p>{THIRD}</p>
</article>
</main>
<aside class="sidebar">
  <h3>Most read</h3>
  <ul><li><a href="/a">Zebra crossing repainted downtown</a></li>
      <li><a href="/b">Quokka festival draws record crowds</a></li></ul>
</aside>
<footer>
  <p>Contact the newsroom</p>
  <p>Platypus Holdings privacy policy and cookie settings</p>
</footer>
</body>
</html>
"""


def html_input(payload: str, **fields: str | None) -> RawInput:
    return RawInput(source="page.html", format=InputFormat.HTML, payload=payload, **fields)


def test_html_page_gives_title_outlet_date_and_main_text():
    article = clean_input(html_input(PAGE))

    assert article.title == "Gunmen kill four farmers in Testville"
    assert article.outlet == "The Sahel Ledger"
    assert article.published is not None
    assert article.published.date() == datetime(2026, 3, 12).date()
    for sentence in (LEAD, SECOND, THIRD):
        assert sentence in article.text


def test_html_page_leaves_out_navigation_sidebar_and_footer():
    article = clean_input(html_input(PAGE))

    for furniture in ("Wombatland", "Most read", "Zebra", "Quokka", "Platypus", "Contact the newsroom"):
        assert furniture not in article.text
    assert not article.text.startswith("Gunmen kill four farmers")  # the <h1> is the title, not the first line


def test_html_options_override_title_and_outlet_but_not_the_pages_own_date():
    article = clean_input(
        html_input(PAGE, title="Given title", outlet="Given Outlet", published="2026-03-13T00:00:00Z")
    )

    assert article.title == "Given title"
    assert article.outlet == "Given Outlet"
    assert article.published != datetime(2026, 3, 13)  # the page carries its own publication time


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "   \n  ",
        "<html><body></body></html>",
        "<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
        "<<<>>>",
        "<div><p",
    ],
)
def test_html_without_article_text_is_an_error(payload):
    with pytest.raises(InputError) as caught:
        clean_input(html_input(payload))
    assert caught.value.source == "page.html"


def test_html_bad_published_option_is_an_error_naming_the_value():
    with pytest.raises(InputError, match="the twelfth"):
        clean_input(html_input(PAGE, published="the twelfth"))


# --- JSONL records -------------------------------------------------------------------------------------------


def record_input(**fields: object) -> RawInput:
    return RawInput(source="feed.jsonl line 3", format=InputFormat.JSON, payload=json.dumps(fields))


def test_json_record_with_text_uses_its_own_fields():
    article = clean_input(
        record_input(
            title="Farmers killed in Testville",
            text=f"{LEAD}\nShare this article\n{SECOND}",
            outlet="Sahel Testwire",
            url="https://wire.test/1",
            published="2026-11-05T10:00:00Z",
        )
    )

    assert article.title == "Farmers killed in Testville"
    assert article.text == f"{LEAD}\n\n{SECOND}"  # the first line is body, not title, when a title is given
    assert article.outlet == "Sahel Testwire"
    assert article.url == "https://wire.test/1"
    assert article.published == datetime(2026, 11, 5, 10, 0)
    assert article.boilerplate_removed == 1
    assert article.source == "feed.jsonl line 3"


def test_json_record_without_an_outlet_takes_its_urls_host():
    """Independence is judged by outlet: a record that names none is its address's, an archived copy the
    address it preserves."""
    archived = "https://web.archive.org/web/20161105093000/http://www.testville-herald.test/news/farmers-killed"
    article = clean_input(record_input(title="Farmers killed in Testville", text=f"{LEAD}\n{SECOND}", url=archived))

    assert article.outlet == "testville-herald.test"
    assert article.url == archived  # where the copy was read, kept as given


def test_json_record_with_html_is_extracted():
    article = clean_input(record_input(title="Record title", html=PAGE, outlet="Record Outlet"))

    assert article.title == "Record title"
    assert article.outlet == "Record Outlet"
    assert LEAD in article.text and THIRD in article.text
    assert "Platypus" not in article.text
    assert article.published is not None and article.published.date() == datetime(2026, 3, 12).date()


def test_json_record_with_html_takes_page_metadata_when_record_has_none():
    article = clean_input(record_input(html=PAGE))

    assert article.title == "Gunmen kill four farmers in Testville"
    assert article.outlet == "The Sahel Ledger"


def test_json_record_bad_published_is_an_error_naming_the_value():
    with pytest.raises(InputError) as caught:
        clean_input(record_input(title="T", text=LEAD, published="5th of November"))

    assert "5th of November" in str(caught.value)
    assert caught.value.source == "feed.jsonl line 3"


def test_json_record_with_empty_html_page_is_an_error():
    with pytest.raises(InputError):
        clean_input(record_input(title="T", html="<html><body></body></html>"))


def test_html_published_time_is_read_into_naive_utc():
    page = PAGE.replace("2026-03-12T08:15:00+00:00", "2026-03-12T00:30:00+02:00")

    article = clean_input(html_input(page))

    assert article.published == datetime(2026, 3, 11, 22, 30)


def test_one_line_dispatch_is_its_own_title_and_text():
    raw = RawInput("flash.txt", InputFormat.TEXT, "Gunmen kill three police officers at a checkpoint in Gao\n")
    article = clean_input(raw)
    assert article.title == article.text == "Gunmen kill three police officers at a checkpoint in Gao"


def test_one_word_text_is_still_no_article():
    with pytest.raises(InputError, match="no article text"):
        clean_input(RawInput("word.txt", InputFormat.TEXT, "Breaking\n"))


def test_html_page_date_wins_over_a_batch_date_which_fills_in_a_missing_one():
    page = (
        "<html><head><title>Blast in Konduga</title>"
        '<meta property="article:published_time" content="2026-10-21T06:10:00Z"></head><body><article>'
        "<h1>Blast in Konduga</h1><p>A bomb exploded at the market in Konduga on Tuesday, killing nine people, "
        "police said. Traders fled the market as smoke rose over the stalls near the main road.</p>"
        "</article></body></html>"
    )
    dated = clean_input(RawInput("a.html", InputFormat.HTML, page, published="2026-01-01"))
    assert dated.published == datetime(2026, 10, 21, 6, 10)
    undated = page.replace('<meta property="article:published_time" content="2026-10-21T06:10:00Z">', "")
    filled = clean_input(RawInput("b.html", InputFormat.HTML, undated, published="2026-01-01"))
    assert filled.published == datetime(2026, 1, 1)


# --- a page saved as text: its address for a title, its dateline near the top ------------------------------------


def test_a_record_titled_by_its_address_takes_headline_outlet_and_date_from_the_page():
    article = clean_input(
        record_input(
            title="http: / / www. testville - herald. com / news / gunmen - kill - four - farmers",
            text=f"Gunmen kill four farmers in Testville\nPublished March 4, 2026, 10:53 AM\n{LEAD}\n{SECOND}",
        )
    )

    assert article.title == "Gunmen kill four farmers in Testville"
    assert article.url == "http://www.testville-herald.com/news/gunmen-kill-four-farmers"
    assert article.outlet == "testville-herald.com"
    assert article.published == datetime(2026, 3, 4)
    assert article.text == f"{LEAD}\n\n{SECOND}"


def test_a_dateline_above_the_headline_is_not_the_headline():
    article = clean_input(text_input(f"Wednesday, March 4, 2026\nGunmen kill four farmers in Testville\n\n{LEAD}"))

    assert article.title == "Gunmen kill four farmers in Testville"
    assert article.published == datetime(2026, 3, 4)
    assert article.text == LEAD


def test_without_a_dateline_the_day_in_the_address_is_the_publication_day():
    article = clean_input(
        record_input(title="http://testville-herald.com/2026/03/05/raid/", text=f"Gunmen kill four farmers\n{LEAD}")
    )

    assert article.published == datetime(2026, 3, 5)
    assert article.title == "Gunmen kill four farmers"


def test_the_dateline_wins_over_the_day_in_the_address():
    article = clean_input(
        record_input(url="http://testville-herald.com/2026/03/01/raid/", title="Raid", text=f"March 4, 2026\n{LEAD}")
    )

    assert article.published == datetime(2026, 3, 4)


def test_a_given_publication_time_leaves_the_dateline_in_the_text():
    article = clean_input(record_input(title="Raid", published="2026-03-05T08:00:00Z", text=f"March 4, 2026\n{LEAD}"))

    assert article.published == datetime(2026, 3, 5, 8)
    assert article.text.startswith("March 4, 2026")


def test_a_date_deep_in_the_story_is_no_dateline():
    story = "\n".join([LEAD, SECOND, THIRD, "The council met.", "Schools stayed shut.", "March 4, 2026"])

    article = clean_input(text_input(f"Gunmen kill four farmers in Testville\n{story}"))

    assert article.published is None
    assert article.text.endswith("March 4, 2026")

"""The header of a page saved as plain text: its address, and the line that holds only its publication date."""

from __future__ import annotations

from datetime import date

import pytest

from crosswire.clean.header import address_in, date_in_address, read_dateline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("March 4, 2026", date(2026, 3, 4)),
        ("Published May 03, 2026", date(2026, 5, 3)),
        ("Posted on January 5, 2026, 3:37 PM EDT", date(2026, 1, 5)),
        ("WEDNESDAY, MARCH 4, 2026, 10:53 AM", date(2026, 3, 4)),
        ("Sun, 15 Feb 2026", date(2026, 2, 15)),
        ("4 October 2025, 18:07 (GMT+05:00)", date(2025, 10, 4)),
        ("8:44AM BST 16 Sep 2025", date(2025, 9, 16)),
        ("Published time: March 12, 2026 02:03", date(2026, 3, 12)),
        ("Friday August 7, 2026 @ 8:13am PDT", date(2026, 8, 7)),
        ("POSTED: 1052 GMT (1852 HKT), April 10, 2026", date(2026, 4, 10)),
        ("Published: 09 Sep 2025 11:25 GMT+02:00 | Updated: 09 Sep 2025 12:40 GMT+02:00", date(2025, 9, 9)),
        ("on April 30, 2026 at 4:31 AM, updated May 1, 2026 at 8:02 AM", date(2026, 4, 30)),
        ("Updated May 3 2026", date(2026, 5, 3)),
        ("September 18th, 2025, 05:31 GMT", date(2025, 9, 18)),
        # numeric dates: year first, month first as American pages write it, day first where it must be
        ("2026-06-10", date(2026, 6, 10)),
        ("updated 12/19/2025 2:48:40 PM ET", date(2025, 12, 19)),
        ("2/3/2026 5:59:13 PM", date(2026, 2, 3)),
        ("23/2/2026", date(2026, 2, 23)),
        ("19.12.2025", date(2025, 12, 19)),
        ("11/28/05", date(2005, 11, 28)),
        # as tokenised corpora space them out
        ("MAY 3, 2026 AT 1: 10PM", date(2026, 5, 3)),
        ("12 / 23 / 25 06: 03 PM ET", date(2025, 12, 23)),
    ],
)
def test_a_line_of_only_a_date_gives_its_day(line, expected):
    assert read_dateline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Testville mayor to host 2026 festival",  # a headline with a year in it
        "Rovers 31 - 24 United",
        "She was 91.",
        "March 2026",  # no day
        "May 5",  # no year
        "Novembr 27, 2025",  # not a month
        "By Jane Doe, March 4, 2026",  # a byline says more than the date
        "March 4, 2026: gunmen attack a convoy near Testville",
        "Colts updated roster",
        "Last updated at 13:42 GMT",  # a time and no day
        "February 30, 2026",  # no such day
        "",
    ],
)
def test_a_line_that_says_anything_else_gives_no_day(line):
    assert read_dateline(line) is None


def test_a_dateline_longer_than_any_dateline_is_not_read():
    assert read_dateline("Published " + "on " * 30 + "March 4, 2026") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "http://www.testville-herald.com/news/2026/03/04/raid/",
            "http://www.testville-herald.com/news/2026/03/04/raid/",
        ),
        (
            "https: / / www. testville - herald. com / news / raid - on - farms",
            "https://www.testville-herald.com/news/raid-on-farms",
        ),
        ("www.testville-herald.com/news/raid", "www.testville-herald.com/news/raid"),
    ],
)
def test_an_address_is_read_and_closed_up(line, expected):
    assert address_in(line) == expected


@pytest.mark.parametrize(
    "line", ["http is how browsers talk", "Gunmen raid Testville", "www is down in Testville today"]
)
def test_a_line_that_is_not_an_address_is_none(line):
    assert address_in(line) is None


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("http://testville-herald.com/2026/03/04/raid/", date(2026, 3, 4)),
        ("http://testville-herald.com/news/2026-03-04/raid", date(2026, 3, 4)),
        ("http://testville-herald.com/2025/apr/04/local/raid", date(2025, 4, 4)),
        ("http://testville-herald.com/2026/03/raid", None),  # a month is not a day
        ("http://testville-herald.com/news/raid-2026", None),
        ("http://testville-herald.com/story/123456", None),
        (None, None),
    ],
)
def test_an_address_gives_the_day_its_path_states(address, expected):
    assert date_in_address(address) == expected

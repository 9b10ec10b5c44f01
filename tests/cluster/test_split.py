"""Finding the two events an event turned out to hold."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from crosswire.cluster.events import ArticleFeatures
from crosswire.cluster.split import MIN_PART, find_split

# Two title fights of one boxer: the words of the belt and the champion are in every report, the challenger's and the
# venue's only in the reports of their fight.
BOTH_FIGHTS = {"vostok": 0.3, "heavyweight": 0.2, "title": 0.2, "belt": 0.2, "champion": 0.2}
FIRST_FIGHT = ["marr", "riga", "arena", "rematch", "knockdown", "sixth"]
SECOND_FIGHT = ["tobin", "dublin", "stadium", "points", "verdict", "twelfth"]
ONE_STORY = [*FIRST_FIGHT, *SECOND_FIGHT]


def _report(article_id: int, words: list[str], published: datetime | None = None) -> ArticleFeatures:
    """A report with the words every report uses, four of `words` (a different four for each report) and one of its
    own."""
    chosen = [words[(article_id + step) % len(words)] for step in range(4)]
    terms = {**BOTH_FIGHTS, **dict.fromkeys(chosen, 0.3), f"aside{article_id}": 0.2}
    return ArticleFeatures(article_id, published, None, None, {"dmitri vostok"}, terms, "Other")


def _two_fights(first: int, second: int, published: Callable[[int], datetime | None]) -> list[ArticleFeatures]:
    reports = [_report(i, FIRST_FIGHT, published(i)) for i in range(1, first + 1)]
    reports += [_report(i, SECOND_FIGHT, published(i)) for i in range(first + 1, first + second + 1)]
    return reports


def _undated(_: int) -> datetime | None:
    return None


def test_two_stories_in_one_event_are_told_apart_and_the_first_keeps_the_event() -> None:
    split = find_split(_two_fights(5, 5, _undated))
    assert split is not None
    assert split.kept == [1, 2, 3, 4, 5] and split.moved == [6, 7, 8, 9, 10]
    assert split.cut < 0.1
    assert set(split.moved_words) <= set(SECOND_FIGHT) and split.moved_words
    assert "two groups (5 and 5)" in split.summary


def test_one_story_in_varied_words_stays_whole() -> None:
    """Each report tells it with six of the story's twelve words, drawn at random."""
    reports = []
    for i in range(1, 13):
        terms = {**BOTH_FIGHTS, **dict.fromkeys(random.Random(i).sample(ONE_STORY, 6), 0.3), f"aside{i}": 0.2}
        reports.append(ArticleFeatures(i, None, None, None, {"dmitri vostok"}, terms, "Other"))
    assert find_split(reports) is None


def test_a_story_with_too_few_reports_on_one_side_stays_whole() -> None:
    assert find_split(_two_fights(6, MIN_PART - 1, _undated)) is None


def test_two_groups_published_in_the_same_days_are_one_event_told_from_two_sides() -> None:
    start = datetime(2026, 11, 1)
    assert find_split(_two_fights(5, 5, lambda i: start + timedelta(days=i % 3))) is None
    # a month apart, they are two events
    split = find_split(_two_fights(5, 5, lambda i: start + timedelta(days=0 if i <= 5 else 30)))
    assert split is not None and split.moved == [6, 7, 8, 9, 10]


def test_two_groups_that_date_the_act_to_one_day_are_one_event_months_apart() -> None:
    """The first reports of a shooting and, a year later, the reports of its trial."""
    start = datetime(2026, 1, 10)
    reports = _two_fights(5, 5, lambda i: start + timedelta(days=0 if i <= 5 else 365))
    for report in reports:
        report.event_date = date(2026, 1, 9)
    assert find_split(reports) is None
    for report in reports[5:]:
        report.event_date = date(2026, 12, 20)  # another act: the second fight
    assert find_split(reports) is not None


def test_a_report_that_shares_nothing_telling_stays_with_the_first_story() -> None:
    loner = ArticleFeatures(11, None, None, None, set(), dict(BOTH_FIGHTS), "Other")
    split = find_split([*_two_fights(5, 5, _undated), loner])
    assert split is not None and 11 in split.kept

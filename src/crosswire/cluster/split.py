"""Telling when one event holds two: its reports fall into two groups that each tell their own story.

An article joins the event it matches best, so the first report of a second, similar event (a boxer's next title
fight, a team's next coach fired) can join the first event on the names the two share, and the reports that follow
it join too. Compared with the event as a whole, each of them looks like one more report; compared with each other,
the event's reports divide: the words all of them use (the boxer, the belt) say nothing, and the words that only
some of them use (the challenger, the venue) fall into two groups that rarely meet.

The division is found as the normalised cut of the reports' similarity graph (the spectral bisection of Shi and
Malik): the split that removes the least similarity relative to what each side holds. An event is split only when
both sides hold several reports, for a few follow-ups always differ in wording from the first reports, when the
cut removes little, and when the two sides are not one story told from two angles: published in the same days, or
dating the act to the same day.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from crosswire.cluster.events import (
    MAX_DATE_GAP_DAYS,
    MAX_PUBLISHED_GAP_DAYS,
    ArticleFeatures,
    IdfTable,
    cosine,
    weighted,
)

# Both sides must hold this many reports: a handful of follow-ups (an arrest, a funeral) differ from the first
# reports in wording but are one event with them.
MIN_PART = 4
# The normalised cut below which the two sides are two events. Measured on ECB+, where each topic holds two similar
# events (B-cubed F1 0.8596 with no split): 0.30: 0.8829, 0.40: 0.8888, 0.45: 0.8864, 0.50: 0.9106, 0.55: 0.8975,
# 0.60: 0.8827, 0.70: 0.8594. Up to 0.50 every split made separated a topic's two events; from 0.51 on, events of
# one were split too. GVA is unchanged up to 0.50 (0.9457); its first split comes at 0.69, and it is wrong.
SPLIT_CUT = 0.50
# An event is looked at while it holds at most this many reports: the bisection compares every pair of them.
MAX_REPORTS = 120
# Two groups published in the same days are one event told from two sides (the shooting, the charge), however
# differently they are worded.
SAME_NEWS_DAYS = MAX_PUBLISHED_GAP_DAYS
_TELLING_WORDS = 3


@dataclass(frozen=True)
class EventSplit:
    """The two groups an event's reports fall into: `kept` holds its first report and keeps the event."""

    kept: list[int]
    moved: list[int]
    cut: float
    kept_words: list[str]
    moved_words: list[str]

    @property
    def summary(self) -> str:
        return (
            f"its reports fell into two groups ({len(self.kept)} and {len(self.moved)}) that share little wording "
            f"(normalised cut {self.cut:.2f}): {', '.join(self.kept_words)} / {', '.join(self.moved_words)}"
        )


def _published_day(reports: Sequence[ArticleFeatures]) -> date | None:
    """The median publication day of the reports that have one."""
    days = sorted(report.published.date() for report in reports if report.published is not None)
    return days[len(days) // 2] if days else None


def _act_day(reports: Sequence[ArticleFeatures]) -> date | None:
    """The day of the act that most of the reports that date it give."""
    days = Counter(report.event_date for report in reports if report.event_date is not None)
    return days.most_common(1)[0][0] if days else None


def _one_story(kept: Sequence[ArticleFeatures], moved: Sequence[ArticleFeatures]) -> bool:
    """Whether the two groups, however differently worded, are one event: published in the same days (the
    shooting, the charge), or dating the act to the same day (the act, and its trial a year later)."""
    for day, apart in ((_published_day, SAME_NEWS_DAYS), (_act_day, MAX_DATE_GAP_DAYS)):
        first, second = day(kept), day(moved)
        if first is not None and second is not None and abs((first - second).days) <= apart:
            return True
    return False


def _within_event_vectors(
    reports: Sequence[ArticleFeatures], idf: IdfTable | None
) -> list[tuple[dict[str, float], float]]:
    """Each report's words, weighted by how rare they are overall and how few of the event's reports use them."""
    count = len(reports)
    spread: Counter[str] = Counter()
    for report in reports:
        spread.update(report.terms.keys())
    return [
        weighted(
            {
                term: weight * math.log((count + 1) / (spread[term] + 0.5))
                for term, weight in report.terms.items()
                if spread[term] < count
            },
            idf,
        )
        for report in reports
    ]


def _telling_words(
    group: Sequence[tuple[dict[str, float], float]], other: Sequence[tuple[dict[str, float], float]]
) -> list[str]:
    """The words that most set a group apart from the other: heavy in its reports, light in the other's."""
    weight: dict[str, float] = {}
    for members, sign in ((group, 1.0), (other, -1.0)):
        for vector, norm in members:
            for term, value in vector.items():
                weight[term] = weight.get(term, 0.0) + sign * value / (norm or 1.0) / len(members)
    ranked = sorted(weight.items(), key=lambda item: -item[1])[:_TELLING_WORDS]
    return [term for term, value in ranked if value > 0]


def find_split(reports: Sequence[ArticleFeatures], idf: IdfTable | None = None) -> EventSplit | None:
    """The two events that `reports` (one event's, in the order they were stored) turn out to be; None if one."""
    count = len(reports)
    if count < 2 * MIN_PART or count > MAX_REPORTS:
        return None
    vectors = _within_event_vectors(reports, idf)
    similarity = np.zeros((count, count))
    for i in range(count):
        for j in range(i + 1, count):
            similarity[i, j] = similarity[j, i] = cosine(vectors[i], vectors[j])
    # a report that shares no telling word with any other stays with the event's first report
    connected = np.flatnonzero(similarity.sum(axis=1) > 0)
    if len(connected) < 2 * MIN_PART:
        return None
    graph = similarity[np.ix_(connected, connected)]
    degree = graph.sum(axis=1)
    scale = 1 / np.sqrt(degree)
    _, eigenvectors = np.linalg.eigh(np.eye(len(connected)) - graph * np.outer(scale, scale))
    order = np.argsort(eigenvectors[:, 1] * scale)
    best: tuple[float, int] | None = None
    total = degree.sum()
    for size in range(MIN_PART, len(connected) - MIN_PART + 1):
        cut = graph[np.ix_(order[:size], order[size:])].sum()
        volume = degree[order[:size]].sum()
        normalised = cut / volume + cut / (total - volume)
        if best is None or normalised < best[0]:
            best = (float(normalised), size)
    if best is None or best[0] >= SPLIT_CUT:
        return None
    normalised, size = best
    sides = [{int(connected[index]) for index in order[:size]}, {int(connected[index]) for index in order[size:]}]
    moved_side = max(sides, key=min)  # the side whose first report came later
    kept = [i for i in range(count) if i not in moved_side]
    moved = [i for i in range(count) if i in moved_side]
    if _one_story([reports[i] for i in kept], [reports[i] for i in moved]):
        return None
    return EventSplit(
        kept=[reports[i].article_id for i in kept],
        moved=[reports[i].article_id for i in moved],
        cut=round(normalised, 3),
        kept_words=_telling_words([vectors[i] for i in kept], [vectors[i] for i in moved]),
        moved_words=_telling_words([vectors[i] for i in moved], [vectors[i] for i in kept]),
    )

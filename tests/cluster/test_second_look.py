"""Judging a report again once its batch is in: when it moves to another event, and when it stays."""

from __future__ import annotations

from datetime import date

from crosswire.cluster.events import JOIN_THRESHOLD, ArticleFeatures, EventProfile, IdfTable, name_term, score_match
from crosswire.cluster.second_look import MARGIN, MOVE_TEXT, find_better_event
from crosswire.model import Place, PlaceKind

PORT = Place("Split", PlaceKind.TOWN, "HR", "Croatia", 43.51, 16.44, "Split-Dalmatia", "15", 160577)

# An undated report of a ferry that sank in a storm, and two events it may belong to: the sinking itself, and the
# storm's damage to the harbour, which shares a few of its words.
REPORT = {"ferry": 0.5, "sank": 0.5, "storm": 0.3, "harbour": 0.3, "passengers": 0.4, "rescued": 0.4}
SINKING = {"ferry": 0.5, "sank": 0.5, "passengers": 0.4, "rescued": 0.4, "coastguard": 0.4}
HARBOUR = {"storm": 0.3, "harbour": 0.3, "cranes": 0.5, "roofs": 0.5, "ferry": 0.1}


def _features(
    article_id: int, terms: dict[str, float], people: set[str] | None = None, day: date | None = None
) -> ArticleFeatures:
    place = PORT if people else None
    return ArticleFeatures(article_id, None, day, place, people or set(), dict(terms), "Other", people=people or set())


def _event(event_id: int, *reports: ArticleFeatures, apart: set[int] | None = None) -> EventProfile:
    profile = EventProfile(event_id=event_id, apart=apart or set())
    for report in reports:
        profile.add(report)
    return profile


def test_a_report_alone_moves_to_the_event_that_now_takes_it() -> None:
    sinking = _event(2, _features(10, SINKING), _features(11, SINKING))
    better = find_better_event(_features(1, REPORT), _event(1), [sinking])
    assert better is not None and better.event is sinking
    assert better.score >= JOIN_THRESHOLD and better.own_score == 0.0
    assert better.summary.startswith(f"judged again once its batch was in, it scored {better.score:.2f} here")
    assert f"scored {better.score:.2f} here and was alone: article has no place" in better.summary


def test_a_report_moves_from_the_event_it_joined_early_to_one_that_fits_it_clearly_better() -> None:
    harbour_without_it = _event(1, _features(20, HARBOUR))
    sinking = _event(2, _features(10, SINKING), _features(11, SINKING))
    report = _features(1, REPORT)
    own = score_match(report, harbour_without_it)[0]
    better = find_better_event(report, harbour_without_it, [harbour_without_it, sinking])
    assert better is not None and better.event is sinking
    assert better.own_score == own and better.score >= own + MARGIN
    assert "with the rest of its event" in better.summary


def test_a_report_stays_when_no_other_event_fits_it_clearly_better() -> None:
    sinking = _event(1, _features(10, SINKING))
    also_sinking = _event(2, _features(11, SINKING))
    # the two events fit it equally: moving would only follow the order of the files
    assert find_better_event(_features(3, REPORT), sinking, [also_sinking]) is None


def test_a_report_stays_when_the_better_event_would_not_take_a_new_report() -> None:
    harbour = _event(2, _features(20, HARBOUR))
    score = score_match(_features(1, REPORT), harbour)[0]
    assert 0 < score < JOIN_THRESHOLD
    assert find_better_event(_features(1, REPORT), _event(1), [harbour]) is None


def test_events_split_apart_are_never_rejoined_by_a_move() -> None:
    sinking = _event(2, _features(10, SINKING), _features(11, SINKING))
    assert find_better_event(_features(1, REPORT), _event(1, apart={2}), [sinking]) is None
    sinking_apart = _event(2, _features(10, SINKING), _features(11, SINKING), apart={1})
    assert find_better_event(_features(1, REPORT), _event(1), [sinking_apart]) is None


def test_a_report_stays_when_only_names_and_place_agree() -> None:
    """The captain named in the same port, in a report whose words tell of something else (a trial, a new ship)."""
    captain = {"ivo maric"}
    launch = _event(2, _features(10, HARBOUR, captain), _features(11, HARBOUR, captain))
    report = _features(1, {**SINKING, "cranes": 0.05}, captain)
    score, reasons = score_match(report, launch)
    assert score >= JOIN_THRESHOLD and reasons["text"] < MOVE_TEXT
    assert find_better_event(report, _event(1), [launch]) is None


def test_a_report_stays_when_the_other_event_is_weeks_away() -> None:
    """A follow-up's match bridges a gap in time: it is judged when it arrives, not moved afterwards."""
    captain = {"ivo maric"}
    earlier = _event(2, _features(10, SINKING, captain, date(2026, 10, 1)), _features(11, SINKING, captain))
    report = _features(1, SINKING, captain, date(2026, 10, 25))
    score, reasons = score_match(report, earlier)
    assert score >= JOIN_THRESHOLD and reasons["bridged"] == "event dates 24 days apart"
    assert find_better_event(report, _event(1), [earlier]) is None


def test_the_reports_own_mention_of_a_name_is_not_a_mention_elsewhere() -> None:
    """Judged again, the report is stored and counted in the document frequencies: a passenger it names with the
    sinking's two reports, and one report elsewhere, is still the sinking's own."""
    passenger = {"ana kovac"}
    sinking = _event(2, _features(10, SINKING, passenger), _features(11, SINKING, passenger))
    report = _features(1, REPORT, passenger)
    better = find_better_event(report, _event(1), [sinking], IdfTable({name_term("ana kovac"): 4}, 40))
    assert better is not None and better.reasons["shared_people"] == ["ana kovac"]
    # named in two other reports as well, she says nothing of which event the report belongs to
    better = find_better_event(report, _event(1), [sinking], IdfTable({name_term("ana kovac"): 5}, 40))
    assert better is not None and better.reasons["shared_people"] == []

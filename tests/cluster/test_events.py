"""Event matching: what tells two events apart, and the explanation of each decision."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from crosswire.cluster import (
    JOIN_THRESHOLD,
    ArticleFeatures,
    EventProfile,
    IdfTable,
    choose_event,
    find_merge,
    joined_as_follow_up,
    name_term,
    score_match,
)
from crosswire.cluster.events import LONE_JOIN, MERGE_TEXT, MERGE_THRESHOLD
from crosswire.model import Count, Place, PlaceKind

HAREM = Place("Ḩārim", PlaceKind.TOWN, "SY", "Syria", 36.21, 36.52, "Idlib", "12", 169866)
IDLIB = Place("Idlib", PlaceKind.ADMIN1, "SY", "Syria", 35.9, 36.6, "Idlib", "12")
ALEPPO = Place("Aleppo", PlaceKind.TOWN, "SY", "Syria", 36.2, 37.16, "Aleppo", "09", 170063)
MOSUL = Place("Mosul", PlaceKind.TOWN, "IQ", "Iraq", 36.34, 43.13, "Nineveh", "15", 99072)
TERMS = {"operation": 0.5, "camp": 0.5, "jihadists": 0.5, "french": 0.5}


def _features(
    article_id: int,
    place: Place | None,
    day: date | None = None,
    names: set[str] | None = None,
    terms: dict[str, float] | None = None,
) -> ArticleFeatures:
    return ArticleFeatures(article_id, datetime(2026, 11, 4), day, place, names or set(), terms or TERMS, "Battles")


def _profile(*features: ArticleFeatures) -> EventProfile:
    profile = EventProfile(event_id=7)
    for item in features:
        profile.add(item)
    return profile


def test_same_town_names_and_words_join_with_an_explanation() -> None:
    profile = _profile(_features(1, HAREM, date(2026, 11, 3), {"omar omsen", "firqatul ghuraba"}))
    chosen, decision = choose_event(_features(2, HAREM, date(2026, 11, 3), {"omar omsen"}), [profile])
    assert chosen is profile and decision.joined
    assert decision.explanation.startswith("joined event 7: same town (Ḩārim), same date, 1 shared name, text 1.00")


def test_a_town_inside_the_events_province_is_compatible() -> None:
    score, reasons = score_match(_features(2, HAREM), _profile(_features(1, IDLIB)))
    assert score > 0.3 and reasons["place"] == "Ḩārim lies in Idlib"


def test_different_dates_rule_a_match_out() -> None:
    profile = _profile(_features(1, HAREM, date(2026, 11, 3), {"omar omsen"}))
    other_raid = _features(2, HAREM, date(2026, 11, 9), {"omar omsen"}, terms={"raid": 0.7, "market": 0.7})
    score, reasons = score_match(other_raid, profile)
    assert score == -1.0 and reasons["summary"] == "event dates 6 days apart"


def test_everything_else_agreeing_outweighs_a_misread_date() -> None:
    profile = _profile(_features(1, HAREM, date(2026, 11, 3), {"omar omsen"}))
    score, reasons = score_match(_features(2, HAREM, date(2026, 11, 9), {"omar omsen"}), profile)
    assert score >= JOIN_THRESHOLD
    assert reasons["summary"].startswith("same town (Ḩārim), event dates 6 days apart but all else agrees")
    # the same words in the same town, without a name in common, are another report from the paper's template
    template = _profile(_features(1, HAREM, date(2026, 11, 3)))
    assert score_match(_features(2, HAREM, date(2026, 11, 9)), template)[0] == -1.0


def test_a_place_in_another_country_says_nothing_either_way() -> None:
    """One of two places in different countries is often misread: the match is scored as if the article had none,
    while another town of the same country does tell against it."""
    half_shared = {"operation": 0.5, "camp": 0.5, "flood": 0.5, "rain": 0.5}
    profile = _profile(_features(1, HAREM))
    same_town, _ = score_match(_features(2, HAREM, terms=half_shared), profile)
    other_town, _ = score_match(_features(3, ALEPPO, terms=half_shared), profile)
    abroad, reasons = score_match(_features(4, MOSUL, terms=half_shared), profile)
    unplaced, _ = score_match(_features(5, None, terms=half_shared), profile)
    assert reasons["place"] == "different countries (Iraq / Syria)"
    assert reasons["place_score"] is None
    assert abroad == unplaced
    assert same_town > abroad > other_town


def test_a_country_apart_does_not_outweigh_the_same_story() -> None:
    """ "The Indian navy captured pirates off Somalia": one report is placed in India, another in Somalia. The
    wording and the names agree, and the two countries alone do not split them."""
    somalia = Place("Somalia", PlaceKind.COUNTRY, "SO", "Somalia", 6.0, 48.0)
    india = Place("India", PlaceKind.COUNTRY, "IN", "India", 22.0, 79.0)
    story = {"navy": 0.6, "pirates": 0.6, "captured": 0.4, "merchant": 0.3}
    profile = _profile(_features(1, somalia, names={"gulf of aden"}, terms=story))
    retold = {"navy": 0.6, "pirates": 0.3, "warship": 0.6, "hijack": 0.4}
    chosen, decision = choose_event(_features(2, india, names={"gulf of aden"}, terms=retold), [profile])
    assert chosen is profile, decision.explanation
    assert "different countries (India / Somalia)" in decision.explanation


def test_similar_words_in_another_town_start_a_new_event() -> None:
    unrelated = {"flood": 0.7, "rain": 0.7}
    chosen, decision = choose_event(_features(2, ALEPPO, terms=unrelated), [_profile(_features(1, HAREM))])
    assert chosen is None and not decision.joined
    assert "started a new event" in decision.explanation


def test_profile_survives_json_and_lists_index_keys() -> None:
    profile = _profile(_features(1, HAREM, date(2026, 11, 3), {"omar omsen"}))
    again = EventProfile.from_json(profile.to_json())
    assert again.to_json() == profile.to_json()
    assert again.index_keys == ["admin1:SY.12", "geonames:169866", "name:omar omsen"]


def test_an_articles_features_survive_json() -> None:
    """They are kept with its decision, to rebuild its event when the event is split."""
    features = ArticleFeatures(
        4,
        datetime(2026, 11, 4, 9, 30),
        date(2026, 11, 3),
        HAREM,
        {"omar omsen", "firqatul ghuraba"},
        dict(TERMS),
        "Battles",
        people={"omar omsen"},
        central_people=set(),
        killed=Count(3, 3, "three killed"),
        key_terms=["jihadists"],
        year=2026,
        ages={"16y"},
        roundup=True,
    )
    assert ArticleFeatures.from_json(features.to_json()) == features
    seen_as_event = _profile(features).as_features()
    assert seen_as_event.central_people is not None
    assert ArticleFeatures.from_json(seen_as_event.to_json()) == seen_as_event


def test_a_name_common_to_many_events_identifies_none() -> None:
    """A hospital or a mayor named in many events' articles is no evidence; a victim named only here is."""
    profile = _profile(_features(1, HAREM, names={"stroger hospital", "jane roe"}))
    profile.people.update({"stroger hospital": 1, "jane roe": 1})
    idf = IdfTable({name_term("stroger hospital"): 40, name_term("jane roe"): 1}, documents=500)
    hospital = _features(2, HAREM, names={"stroger hospital"}, terms={"other": 1.0, "operation": 0.5})
    hospital.people = {"stroger hospital"}
    victim = _features(3, HAREM, names={"jane roe"}, terms={"other": 1.0, "operation": 0.5})
    victim.people = {"jane roe"}
    _, hospital_reasons = score_match(hospital, profile, idf)
    _, victim_reasons = score_match(victim, profile, idf)
    assert hospital_reasons["names_score"] == 0.0
    assert victim_reasons["names_score"] == 0.8 and victim_reasons["shared_people"] == ["jane roe"]


def _report(article_id: int, day: date | None, published: datetime, person: str | None = None) -> ArticleFeatures:
    """An article in Harem, dated `day`, published then, naming one person (or no one)."""
    features = _features(article_id, HAREM, day, names={person} if person else None)
    features.people = {person} if person else set()
    features.published = published
    return features


def test_shared_people_bridge_a_follow_up_but_not_years() -> None:
    profile = _profile(_report(1, date(2026, 3, 1), datetime(2026, 3, 2), "jane roe"))
    score, reasons = score_match(_report(2, date(2026, 4, 10), datetime(2026, 4, 11), "jane roe"), profile)
    assert score > 0 and "but the same people (a follow-up)" in reasons["summary"]
    years_later = _report(3, date(2029, 3, 1), datetime(2029, 3, 2), "jane roe")
    years_later.terms = {"robbery": 0.7, "store": 0.7}
    assert score_match(years_later, profile)[0] == -1.0
    assert years_later.follow_up_keys == []  # one person is not looked up years back


def test_two_of_the_storys_people_bridge_years() -> None:
    """A sentencing names the accused and the victim of a shooting long past."""
    shooting = _report(1, date(2026, 3, 1), datetime(2026, 3, 2), "jane roe")
    shooting.people = shooting.names = {"jane roe", "john doe"}
    profile = _profile(shooting)
    sentencing = _report(2, date(2028, 6, 1), datetime(2028, 6, 2), "jane roe")
    sentencing.people = sentencing.names = {"jane roe", "john doe"}
    sentencing.terms = {"sentenced": 0.7, "prison": 0.7}
    assert sentencing.follow_up_keys == ["name:jane roe", "name:john doe"]
    score, reasons = score_match(sentencing, profile)
    assert score > 0 and "but the same people (a follow-up)" in reasons["summary"]
    sentencing.people = sentencing.names = {"jane roe"}
    assert score_match(sentencing, profile)[0] == -1.0


def test_undated_texts_years_apart_are_not_bridged_by_their_people() -> None:
    """Two reports on one circle of people, seven years apart, without publication dates: two events."""
    first = _report(1, None, datetime(2026, 3, 2), "jane roe")
    first.published, first.year = None, 2001
    first.people = first.names = {"jane roe", "john doe"}
    later = _report(2, None, datetime(2026, 3, 2), "jane roe")
    later.published, later.year = None, 2008
    later.people = later.names = {"jane roe", "john doe"}
    later.terms = {"obituary": 0.7, "died": 0.7}
    score, reasons = score_match(later, _profile(first))
    assert score == -1.0 and reasons["summary"] == "7 years apart"


def test_a_follow_up_that_dates_the_act_joins_it_years_later() -> None:
    profile = _profile(_report(1, date(2026, 3, 1), datetime(2026, 3, 2), "jane roe"))
    # the verdict two years on, dated to the shooting it follows
    verdict = _report(2, date(2026, 3, 1), datetime(2028, 5, 10), "jane roe")
    assert score_match(verdict, profile)[0] > 0
    assert verdict.search_times == [datetime(2028, 5, 10), datetime(2026, 3, 1)]


def test_a_later_report_that_dates_the_act_on_the_events_day_is_not_held_back_by_its_publication() -> None:
    profile = _profile(_report(1, date(2026, 3, 1), datetime(2026, 3, 2), "jane roe"))
    # a charge five weeks on, dated to the shooting, naming no one: looked for at the act's day, and joins
    charge = _report(2, date(2026, 3, 1), datetime(2026, 4, 8))
    assert charge.search_times == [datetime(2026, 4, 8), datetime(2026, 3, 1)]
    score, reasons = score_match(charge, profile)
    assert score >= JOIN_THRESHOLD and "same date" in reasons["summary"]
    # dated a day off, it is held back as before
    assert score_match(_report(3, date(2026, 3, 2), datetime(2026, 4, 8)), profile)[0] == -1.0


def test_a_later_report_of_another_act_that_day_in_a_big_city_is_another_event() -> None:
    """Same city, same day, but not a word, a name or an age in common: another act."""
    city = Place("Aleppo", PlaceKind.TOWN, "SY", "Syria", 36.2, 37.16, "Aleppo", "09", 170063, 2_000_000)
    shooting = _report(1, date(2026, 3, 1), datetime(2026, 3, 2), "jane roe")
    stranger = _report(2, date(2026, 3, 1), datetime(2028, 5, 10), "john doe")
    shooting.place = stranger.place = city
    stranger.terms = {"robbery": 0.7, "pharmacy": 0.7}
    chosen, _ = choose_event(stranger, [_profile(shooting)])
    assert chosen is None


def test_a_follow_ups_own_date_does_not_become_the_events() -> None:
    profile = _profile(_report(1, date(2026, 3, 27), datetime(2026, 3, 28), "jane roe"))
    # the arraignment, two months on, joins through the victim's name; its date is the arraignment's
    arraignment = _report(2, date(2026, 5, 24), datetime(2026, 5, 25), "jane roe")
    joined, decision = choose_event(arraignment, [profile])
    assert joined is profile and joined_as_follow_up(decision)
    profile.add(arraignment, follow_up=joined_as_follow_up(decision))
    assert set(profile.dates) == {"2026-03-27"}
    # so another shooting in the town on the arraignment's day, naming no one the event names, is another event
    other_shooting = _report(3, date(2026, 5, 24), datetime(2026, 5, 26), "john doe")
    assert score_match(other_shooting, profile)[0] == -1.0


def test_a_next_day_report_that_dates_the_act_otherwise_is_no_follow_up() -> None:
    profile = _profile(_report(1, date(2026, 3, 20), datetime(2026, 3, 28), "jane roe"))  # misread date
    next_day = _report(2, date(2026, 3, 27), datetime(2026, 3, 29), "jane roe")
    joined, decision = choose_event(next_day, [profile])
    assert joined is profile and not joined_as_follow_up(decision)


def test_only_people_central_to_an_event_bridge_a_date_gap_between_two_events() -> None:
    def event(event_id: int, day: date, words: dict[str, float], *named: set[str]) -> EventProfile:
        profile = EventProfile(event_id=event_id)
        for index, people in enumerate(named):
            report = _report(event_id * 10 + index, day, datetime.combine(day, datetime.min.time()))
            report.names = report.people = people
            report.terms = words
            profile.add(report)
        return profile

    easter = event(1, date(2026, 3, 27), TERMS, {"ana roe", "kym worth"}, {"ana roe"}, {"ana roe"})
    # a shooting a month on, whose prosecutor also charged the first: named in two of its three reports, but in
    # one of the first event's three
    words = {"robbery": 0.7, "store": 0.7}
    may = event(2, date(2026, 4, 30), words, {"lee doe", "kym worth"}, {"lee doe", "kym worth"}, {"lee doe"})
    assert may.central_people == {"lee doe", "kym worth"} and easter.central_people == {"ana roe"}
    assert find_merge(may, [easter]) is None
    assert score_match(may.as_features(), easter, central_to_both=True)[0] == -1.0
    # compared as an article is, the shared prosecutor bridges the gap: the stricter test is for merging events
    assert score_match(may.as_features(), easter)[0] > 0


def test_the_day_of_an_arrest_after_the_act_is_not_compared() -> None:
    from crosswire.model import ArticleAnalysis, DatePrecision, EventDate

    analysis = ArticleAnalysis(claims=[], event_date=EventDate(date(2026, 3, 9), DatePrecision.DAY))
    assert ArticleFeatures.from_analysis(1, datetime(2026, 3, 10), analysis).event_date == date(2026, 3, 9)
    analysis.event_date_after_the_act = True
    assert ArticleFeatures.from_analysis(1, datetime(2026, 3, 10), analysis).event_date is None


def test_a_person_named_in_passing_does_not_make_a_follow_up() -> None:
    shooting = _features(1, HAREM, date(2026, 3, 1), names={"jane roe"})
    shooting.people = {"jane roe"}
    profile = _profile(shooting)
    # another shooting a month later whose report recalls Jane Roe once, in a roundup of earlier victims
    other = _features(2, HAREM, date(2026, 4, 2), names={"jane roe", "john doe"}, terms={"robbery": 1.0})
    other.people, other.central_people = {"jane roe", "john doe"}, {"john doe"}
    score, reasons = score_match(other, profile)
    assert score == -1.0 and reasons["summary"] == "event dates 32 days apart"


def test_a_neighbourhood_relates_to_its_city_by_distance() -> None:
    roxbury = Place("Roxbury", PlaceKind.TOWN, "US", "United States", 42.3126, -71.0899, "Massachusetts", "MA", 1)
    boston = Place(
        "Boston", PlaceKind.TOWN, "US", "United States", 42.3584, -71.0598, "Massachusetts", "MA", 2, population=617594
    )
    _, reasons = score_match(_features(2, roxbury), _profile(_features(1, boston)))
    assert reasons["place"] == "Roxbury is 6 km from Boston"


def test_two_neighbourhoods_kilometres_apart_are_two_places() -> None:
    woodlawn = Place("Woodlawn", PlaceKind.TOWN, "US", "United States", 41.7798, -87.5995, "Illinois", "IL", 1)
    garfield = Place(
        "East Garfield Park", PlaceKind.TOWN, "US", "United States", 41.8809, -87.7028, "Illinois", "IL", 2
    )
    _, reasons = score_match(_features(2, woodlawn), _profile(_features(1, garfield)))
    assert reasons["place"] == "same admin1 (Illinois), different towns"


def test_one_town_name_read_in_two_regions_counts_as_the_same_town_misread() -> None:
    # one report's "Bristol" resolved to England, the other's to Connecticut: the name is shared, one reading wrong
    england = Place("Bristol", PlaceKind.TOWN, "GB", "United Kingdom", 51.45, -2.59, "England", "ENG", 1, 430713)
    connecticut = Place("Bristol", PlaceKind.TOWN, "US", "United States", 41.67, -72.95, "Connecticut", "CT", 2, 60477)
    same_date = date(2026, 11, 3)
    score, reasons = score_match(_features(2, england, same_date), _profile(_features(1, connecticut, same_date)))
    assert reasons["place"] == "same name (Bristol) read in two regions"
    same_town = score_match(_features(2, connecticut, same_date), _profile(_features(1, connecticut, same_date)))
    assert reasons["place_score"] == same_town[1]["place_score"]
    elsewhere = Place("Toledo", PlaceKind.TOWN, "US", "United States", 41.66, -83.56, "Ohio", "OH", 3, 270871)
    assert score > score_match(_features(2, elsewhere, same_date), _profile(_features(1, connecticut, same_date)))[0]
    assert score < score_match(_features(2, connecticut, same_date), _profile(_features(1, connecticut, same_date)))[0]


def test_missing_evidence_is_left_out_not_counted_against() -> None:
    profile = _profile(_features(1, None, names={"tara reid"}))
    profile.people.update({"tara reid": 1})
    article = _features(2, None, names={"tara reid"})
    article.people = {"tara reid"}
    score, reasons = score_match(article, profile)
    assert reasons["place"] == "article has no place"
    # text, names and the same day of publication (neither dates the act); no place; + the same event type
    assert score == pytest.approx((0.45 * 1.0 + 0.25 * 0.8 + 0.10 * 1.0) / 0.80 + 0.03, abs=1e-3)


def test_two_events_that_turn_out_to_be_one_are_found() -> None:
    first = _profile(_features(1, HAREM, date(2026, 11, 3), {"omar omsen"}))
    first.people.update({"omar omsen": 1})
    second = EventProfile(event_id=9)
    later = _features(2, HAREM, date(2026, 11, 3), {"omar omsen"})
    later.people = {"omar omsen"}
    second.add(later)
    unrelated = EventProfile(event_id=10)
    unrelated.add(_features(3, MOSUL, date(2026, 11, 3), {"someone else"}, terms={"flood": 1.0}))
    found = find_merge(second, [first, unrelated])
    assert found is not None and found[0] is first
    assert find_merge(unrelated, [first]) is None
    # an event split from another is never merged back into it, from either side
    second.apart.add(first.event_id)
    assert find_merge(second, [first]) is None
    assert find_merge(first, [second]) is None


def test_two_events_told_in_other_words_are_not_merged_however_much_else_agrees() -> None:
    """Two attacks in one town on one day, whose reports name the same commander: only the wording tells them
    apart, and two events that are one are told alike."""

    def event(event_id: int, words: dict[str, float]) -> EventProfile:
        profile = EventProfile(event_id=event_id)
        for article_id in (event_id * 10, event_id * 10 + 1):
            report = _features(article_id, HAREM, date(2026, 11, 3), {"omar omsen", "firqatul ghuraba"}, words)
            report.people = {"omar omsen"}
            profile.add(report)
        return profile

    raid = {"raid": 0.6, "checkpoint": 0.6, "soldiers": 0.5}
    bombing = {"market": 0.6, "bomb": 0.6, "soldiers": 0.5}
    score, reasons = score_match(event(2, bombing).as_features(), event(1, raid), central_to_both=True)
    assert score >= MERGE_THRESHOLD and reasons["text"] < MERGE_TEXT  # all else agrees
    assert find_merge(event(2, bombing), [event(1, raid)]) is None
    assert find_merge(event(2, raid), [event(1, raid)]) is not None


def _jane_roe_report(article_id: int, place: Place | None, words: dict[str, float]) -> ArticleFeatures:
    features = _features(article_id, place, date(2026, 11, 3), {"jane roe"}, words)
    features.people = {"jane roe"}
    return features


def _grown_and_lone() -> tuple[EventProfile, EventProfile]:
    """An event of two reports from Harem, and a report of the same raid without a place, which started alone."""
    lone = EventProfile(event_id=3)
    lone.add(_jane_roe_report(1, None, {"raid": 0.7, "checkpoint": 0.5, "night": 0.5}))
    grown = EventProfile(event_id=8)
    for article_id in (2, 4):
        grown.add(_jane_roe_report(article_id, HAREM, {"raid": 0.7, "convoy": 0.5, "soldiers": 0.5}))
    return grown, lone


def test_a_name_both_events_reports_give_and_no_other_does_identifies_them() -> None:
    """Compared as two events, a victim named by the reports of both and nowhere else is the most specific name
    there is: the grown event's own mentions are not mentions elsewhere."""
    grown, lone = _grown_and_lone()
    idf = IdfTable({name_term("jane roe"): 3}, 40)

    _, reasons = score_match(grown.as_features(), lone, idf, central_to_both=True, counted=grown.names)

    assert reasons["shared_people"] == ["jane roe"] and reasons["names_score"] == 0.8
    found = find_merge(grown, [lone], idf)
    assert found is not None and found[0] is lone and found[1] >= MERGE_THRESHOLD
    # named in two other events' reports as well, she identifies neither
    _, reasons = score_match(grown.as_features(), lone, IdfTable({name_term("jane roe"): 5}, 40), counted=grown.names)
    assert reasons["names_score"] == 0.0


def test_a_lone_report_is_judged_again_as_if_it_came_now_when_an_event_grows() -> None:
    """A report without a place started its own event. When an event grows, the report is judged as it would be
    if it came now, at the bar of a report joining an event, lower than that of two events merging."""
    grown, lone = _grown_and_lone()
    idf = IdfTable({name_term("jane roe"): 5}, 40)  # she is named elsewhere too: the wording and the day decide
    score = score_match(lone.as_features(), grown, idf, counted=lone.names)[0]
    assert LONE_JOIN <= score < MERGE_THRESHOLD

    found = find_merge(grown, [lone], idf)

    assert found is not None and found[0] is lone and found[1] == score
    assert found[2]["summary"].startswith("the one report of event 3, judged as if it came now: article has no place")
    # an event of two reports is not judged as one report would be
    lone.add(_jane_roe_report(5, None, {"raid": 0.7, "checkpoint": 0.5, "night": 0.5}))
    assert find_merge(grown, [lone], IdfTable({name_term("jane roe"): 6}, 40)) is None


def test_the_same_tolls_count_for_a_match_and_different_ones_against() -> None:
    from crosswire.model import Count

    def reporting(article_id: int, killed: int, injured: int) -> ArticleFeatures:
        features = _features(article_id, ALEPPO, terms=None if article_id == 1 else {"operation": 1.0})
        features.killed, features.injured = Count(killed, killed), Count(injured, injured)
        return features

    event = _profile(reporting(1, 1, 4))
    alike, alike_reasons = score_match(reporting(2, 1, 4), event)
    apart, apart_reasons = score_match(reporting(3, 2, 7), event)
    silent, _ = score_match(_features(4, ALEPPO, terms={"operation": 1.0}), event)
    assert apart < silent < alike
    assert "same death toll and number wounded" in alike_reasons["summary"]
    assert "different death tolls" in apart_reasons["summary"]


def test_people_each_side_names_alone_tell_against_a_match() -> None:
    def fight(article_id: int, *people: str) -> ArticleFeatures:
        features = _features(article_id, None, names=set(people), terms={"title": 1.0})
        features.people = set(people)
        return features

    first_title_fight = _profile(fight(1, "wladimir klitschko", "hasim rahman"))
    # both name the champion only in common; one names a challenger the event does not know
    champion_only = score_match(fight(2, "wladimir klitschko"), first_title_fight)[0]
    another_fight = score_match(fight(3, "wladimir klitschko", "tony thompson"), first_title_fight)[0]
    assert another_fight < champion_only


def test_a_town_inside_the_events_county_is_closer_than_one_elsewhere_in_the_state() -> None:
    county = Place("Yuba County", PlaceKind.ADMIN2, "US", "United States", 39.1, -121.5, "California", "CA", 5411026,
                   admin2_code="115")  # fmt: skip
    inside = Place("Olivehurst", PlaceKind.TOWN, "US", "United States", 39.1, -121.55, "California", "CA", 5379264,
                   13656, admin2_code="115")  # fmt: skip
    elsewhere = Place("Fresno", PlaceKind.TOWN, "US", "United States", 36.7, -119.8, "California", "CA", 5350937,
                      520000, admin2_code="019")  # fmt: skip
    event = _profile(_features(1, county))
    near, reasons = score_match(_features(2, inside), event)
    far, _ = score_match(_features(3, elsewhere), event)
    assert reasons["place"] == "Olivehurst lies in Yuba County"
    assert near > far


def test_an_age_both_reports_state_is_evidence_and_ages_apart_tell_against() -> None:
    """ "A 16-year-old shot in Harim" and "Teen, 16, wounded": no name in common, but the same age. A report of a
    23-year-old shot there that day is likelier another shooting."""
    shooting = {"shot": 0.6, "teen": 0.5, "wounded": 0.6}
    first = _features(1, HAREM, date(2026, 11, 3), terms=shooting)
    first.ages = {"16y"}
    profile = _profile(first)
    retold = {"shot": 0.6, "teen": 0.5, "hospital": 0.6}
    same = _features(2, HAREM, date(2026, 11, 3), terms=retold)
    same.ages = {"16y", "40y"}
    silent = _features(3, HAREM, date(2026, 11, 3), terms=retold)
    other = _features(4, HAREM, date(2026, 11, 3), terms=retold)
    other.ages = {"23y"}
    with_age, reasons = score_match(same, profile)
    without_age, _ = score_match(silent, profile)
    apart, apart_reasons = score_match(other, profile)
    assert with_age > without_age > apart
    assert "same age (16 years)" in reasons["summary"]
    assert "different ages" in apart_reasons["summary"]
    assert EventProfile.from_json(profile.to_json()).ages == {"16y": 1}


def test_an_age_both_state_lets_everything_else_outweigh_a_date_gap_as_a_name_does() -> None:
    """ "Girl, 8, dies" dated by her death, three days after "8-year-old girl critical": no name is shared, but the
    age is, and the town and the wording agree."""
    first = _features(1, HAREM, date(2026, 11, 3))
    first.ages = {"8y"}
    later = _features(2, HAREM, date(2026, 11, 6))
    later.ages = {"8y"}
    score, reasons = score_match(later, _profile(first))
    assert score >= JOIN_THRESHOLD
    assert "event dates 3 days apart but all else agrees" in reasons["summary"]
    later.ages = set()
    assert score_match(later, _profile(first))[0] == -1.0


def test_a_roundup_joins_an_event_without_lending_it_the_other_shootings() -> None:
    """ "4 dead, 11 wounded in city shootings" is filed under one of them. The 16-year-old it also tallies was shot
    elsewhere in the city that night: his own report must not find his name and age in the event."""
    woman = {"woman": 0.6, "market": 0.6, "stall": 0.5}
    tally = {"shootings": 0.6, "woman": 0.4, "market": 0.4, "boy": 0.4, "school": 0.4}

    def event_with_roundup(roundup: bool) -> EventProfile:
        first = _features(1, ALEPPO, date(2026, 11, 3), {"jane roe"}, terms=woman)
        first.ages = {"30y"}
        profile = _profile(first)
        tallied = _features(2, ALEPPO, date(2026, 11, 3), {"jane roe", "john doe"}, terms=tally)
        tallied.ages, tallied.roundup = {"30y", "16y"}, roundup
        profile.add(tallied)
        return profile

    profile = event_with_roundup(True)
    assert profile.articles == 2
    assert profile.ages == {"30y": 1} and set(profile.names) == {"jane roe"}
    boy = _features(3, ALEPPO, date(2026, 11, 3), {"john doe"}, terms={"boy": 0.6, "school": 0.6, "bus": 0.5})
    boy.ages = {"16y"}
    score, reasons = score_match(boy, profile)
    assert score == -1.0 and reasons["summary"] == "no wording, name or age in common"
    # had the round-up counted as a report of the event, the boy's shooting would have joined it
    assert score_match(boy, event_with_roundup(False))[0] >= JOIN_THRESHOLD


def test_a_roundup_that_starts_an_event_counts_in_full() -> None:
    roundup = _features(1, ALEPPO, date(2026, 11, 3), {"john doe"})
    roundup.ages, roundup.roundup = {"16y"}, True
    profile = _profile(roundup)
    assert profile.ages == {"16y": 1} and set(profile.names) == {"john doe"} and profile.places


def test_without_event_dates_reports_published_together_agree_in_time() -> None:
    """Neither report dates the act ("a shooting in Harim"): two published the same day agree in time as two event
    dates would, and a report published five days later gets no such support."""
    profile = _profile(_features(1, HAREM, terms={"shooting": 0.6, "market": 0.6, "boy": 0.5}))
    report = {"shooting": 0.6, "market": 0.6, "school": 0.5}
    same_day = _features(2, HAREM, terms=report)
    later = _features(3, HAREM, terms=report)
    later.published = datetime(2026, 11, 9)
    together, reasons = score_match(same_day, profile)
    apart, later_reasons = score_match(later, profile)
    assert together > apart
    assert "published the same day" in reasons["summary"] and "published" not in later_reasons["summary"]
    later.published = datetime(2026, 11, 6)
    assert "published 2 days apart" in score_match(later, profile)[1]["summary"]


def test_an_articles_tenth_most_telling_word_is_still_an_index_key() -> None:
    # a bar or a street that no name or place records: the word still finds the event through the index
    words = ["rarest", "tavern", "overpass", "carport", "hookah", "marina", "bowling", "kingsway", "bluffs", "orchard"]
    terms = {word: 1.0 - rank * 0.05 for rank, word in enumerate(words)} | {"shooting": 0.1, "police": 0.05}
    features = _features(1, None, terms=terms)
    features.choose_key_terms(IdfTable({}, 10))
    assert "term:orchard" in features.index_keys
    assert "term:police" not in features.index_keys

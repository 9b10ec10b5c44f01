"""Event matching: what tells two events apart, and the explanation of each decision."""

from __future__ import annotations

from datetime import date, datetime

from crosswire.cluster import ArticleFeatures, EventProfile, choose_event, score_match
from crosswire.model import Place, PlaceKind

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
    score, reasons = score_match(_features(2, HAREM, date(2026, 11, 9), {"omar omsen"}), profile)
    assert score == -1.0 and reasons["summary"] == "event dates 6 days apart"


def test_different_countries_keep_even_identical_wording_apart() -> None:
    chosen, decision = choose_event(_features(2, MOSUL), [_profile(_features(1, HAREM))])
    assert chosen is None
    assert "different countries (Iraq / Syria)" in decision.explanation


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

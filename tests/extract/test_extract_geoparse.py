"""Geoparsing a whole text: every mention resolved, adjectives as countries, unknown names placed by context."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crosswire.extract import Extractor
from crosswire.extract.gazetteer import Gazetteer
from crosswire.model import PlaceKind


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Gazetteer.open(Path(os.environ.get("CROSSWIRE_CACHE_DIR", "~/.cache/crosswire")).expanduser()))


TEXT = (
    "Syrian government forces shelled Harem in western Idlib on Monday. "
    "Residents fled towards the Bab al-Hawa crossing near the Turkish border, and aid groups across Africa appealed "
    "for help."
)


def test_every_mention_is_reported_with_its_candidates(extractor: Extractor) -> None:
    mentions = {mention.text: mention for mention in next(extractor.geoparse([TEXT]))}
    assert mentions["Harem"].place is not None and mentions["Harem"].place.country_code == "SY"
    assert mentions["Harem"].candidates and mentions["Harem"].candidates[0][0] == mentions["Harem"].place
    assert mentions["Syrian"].adjective and mentions["Syrian"].place.kind is PlaceKind.COUNTRY
    assert mentions["Turkish"].place.country_code == "TR"
    assert mentions["Africa"].place.kind is PlaceKind.CONTINENT  # not Mahdia, Tunisia, once called Africa


def test_given_spans_are_resolved_in_the_context_of_the_whole_text(extractor: Extractor) -> None:
    harem = TEXT.index("Harem")
    idlib = TEXT.index("Idlib")
    mentions = next(extractor.geoparse([TEXT], [[(harem, harem + 5), (idlib, idlib + 5)]]))
    assert [m.text for m in mentions] == ["Harem", "Idlib"]
    assert mentions[0].place.admin1 == "Idlib"
    # "western Idlib" names the province: the name does not vouch for its own reading as the town
    assert mentions[1].place.kind is PlaceKind.ADMIN1


def test_a_name_unknown_to_the_gazetteer_is_placed_where_the_text_is_and_marked_a_guess(extractor: Extractor) -> None:
    text = "Police closed Frenchmen Street in New Orleans, Louisiana, after the shooting on Frenchmen Street."
    start = text.index("Frenchmen Street")
    (mention,) = next(extractor.geoparse([text], [[(start, start + len("Frenchmen Street"))]]))
    assert mention.guessed and mention.place is not None and mention.place.name == "New Orleans"


def test_a_national_capital_outranks_its_namesakes(extractor: Extractor) -> None:
    text = "Ministers met in Paris on Tuesday."
    (mention,) = next(extractor.geoparse([text]))
    assert mention.place.country_code == "FR"


def test_a_state_named_by_its_own_name_is_the_state(extractor: Extractor) -> None:
    mentions = {m.text: m for m in next(extractor.geoparse(["Tornadoes tore through Oklahoma and England on Monday."]))}
    assert mentions["Oklahoma"].place.kind is PlaceKind.ADMIN1  # not Oklahoma City
    assert mentions["England"].place.kind is PlaceKind.ADMIN1 and mentions["England"].place.country_code == "GB"


def test_the_article_before_a_name_and_capital_initials_do_not_hide_a_country(extractor: Extractor) -> None:
    text = "Officials in the US said on Monday that the United States would send aid, and Mexicans welcomed it."
    mentions = [(m.text, m.place.country_code) for m in next(extractor.geoparse([text]))]
    assert ("US", "US") in mentions and ("United States", "US") in mentions
    assert all(name != "Mexicans" for name, _ in mentions)  # people, not a place


def test_a_given_dateline_span_keeps_the_datelines_reading(extractor: Extractor) -> None:
    text = "WASHINGTON (RNS) Evangelical leaders from North Carolina praised the release of a pastor held in Izmir."
    [mention] = next(extractor.geoparse([text], [[(0, 10)]]))
    assert mention.place is not None and mention.place.admin1 == "Washington, D.C."


def test_a_county_is_read_in_the_state_the_article_names(extractor: Extractor) -> None:
    # Monroe County, New York, is a hundred times bigger than the Missouri one: only the state named decides
    text = "Deputies searched a farm in Monroe County overnight. The county lies in northeast Missouri."
    mention = next(m for m in next(extractor.geoparse([text])) if m.text == "Monroe County")
    assert mention.place is not None and mention.place.country_code == "US" and mention.place.admin1_code == "MO"


def test_a_big_city_is_not_read_as_its_small_namesake_in_a_state_named_elsewhere(extractor: Extractor) -> None:
    # Boston, New York is a village: New York named beside it must not outweigh Boston, Massachusetts
    text = "After stops in Washington, New York and Boston, the prince flew home to Riyadh."
    mention = next(m for m in next(extractor.geoparse([text])) if m.text == "Boston")
    assert mention.place is not None and mention.place.admin1 == "Massachusetts"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The senator met donors in New York on Saturday.", PlaceKind.TOWN),
        ("Former New York Gov. Mario Cuomo spoke at the dinner.", PlaceKind.ADMIN1),
        ("A fire broke out at the courthouse in Buffalo, New York, on Sunday.", PlaceKind.ADMIN1),
        ("Outbreaks were reported in New Jersey and New York this week.", PlaceKind.ADMIN1),
    ],
)
def test_a_states_bare_name_is_its_great_city_unless_the_text_means_the_state(
    extractor: Extractor, text: str, kind: PlaceKind
) -> None:
    mention = next(m for m in next(extractor.geoparse([text])) if m.text == "New York")
    assert mention.place is not None and mention.place.kind is kind


def test_a_province_named_like_its_smaller_capital_stays_the_province(extractor: Extractor) -> None:
    (mention,) = next(extractor.geoparse(["Turning right on a red light became legal in Quebec in 2003."]))
    assert mention.place is not None and mention.place.kind is PlaceKind.ADMIN1


def test_a_small_town_named_like_a_state_does_not_take_the_states_name_from_a_state_named_elsewhere(
    extractor: Extractor,
) -> None:
    # Florida, New York is a village of 3,000
    text = "A man in Florida won the lottery, officials in New York said."
    mention = next(m for m in next(extractor.geoparse([text])) if m.text == "Florida")
    assert mention.place is not None and mention.place.kind is PlaceKind.ADMIN1

"""The Extractor on small invented articles: place, date, counts, actors and event type, each with its quote."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from crosswire.extract import Extractor
from crosswire.extract.gazetteer import Gazetteer
from crosswire.model import INFERRED_COUNT, Article, ArticleAnalysis, ClaimField, DatePrecision, Place, PlaceKind

PUBLISHED = datetime(2026, 11, 5, 10, 0)  # Thursday


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    gazetteer = Gazetteer.open(Path(os.environ.get("CROSSWIRE_CACHE_DIR", "~/.cache/crosswire")).expanduser())
    return Extractor(gazetteer)


def article(
    title: str, *paragraphs: str, outlet: str = "The Testville Courier", published: datetime | None = PUBLISHED
) -> Article:
    return Article(
        content_hash="x", source="t", title=title, text="\n\n".join(paragraphs), outlet=outlet, published=published
    )


def claims(analysis: ArticleAnalysis, field: ClaimField) -> list:
    return [claim for claim in analysis.claims if claim.field is field]


def one_claim(analysis: ArticleAnalysis, field: ClaimField):
    found = claims(analysis, field)
    assert len(found) == 1, [(c.field, c.value) for c in analysis.claims]
    return found[0]


def event_place(extractor: Extractor, title: str, *paragraphs: str) -> Place:
    """The one event place the extractor claims for an invented article."""
    value = one_claim(extractor.analyse(article(title, *paragraphs)), ClaimField.LOCATION).value
    assert isinstance(value, Place)
    return value


def actor_names(analysis: ArticleAnalysis) -> set[str]:
    return {name for claim in claims(analysis, ClaimField.ACTOR) for name in claim.value.names}


# --- an attack in Borno --------------------------------------------------------------------------------------

KONDUGA_LEAD = (
    "Gunmen stormed a village near Konduga, Borno State, on Tuesday night, killing seven people and wounding "
    "11 others, residents said."
)
KONDUGA = article(
    "Gunmen kill seven in northeast Nigeria",
    KONDUGA_LEAD,
    "An AFP photographer at the scene saw burned homes and bodies laid out under trees.",
    "Authorities in Abuja said troops had been deployed to the area.",
    "The jihadist insurgency has killed more than 40,000 people in the region since 2009.",
)


@pytest.fixture(scope="module")
def konduga(extractor) -> ArticleAnalysis:
    return extractor.analyse(KONDUGA)


def test_konduga_place_is_the_town(konduga):
    place = one_claim(konduga, ClaimField.LOCATION).value

    assert place.kind is PlaceKind.TOWN
    assert place.name == "Konduga"
    assert place.country_code == "NG"
    assert place.admin1 == "Borno"


def test_konduga_event_date_is_tuesday(konduga):
    claim = one_claim(konduga, ClaimField.EVENT_DATE)

    assert claim.value.day == date(2026, 11, 3)
    assert claim.value.precision is DatePrecision.DAY
    assert konduga.event_date == claim.value


def test_konduga_counts_come_from_the_lead_not_the_background(konduga):
    killed = one_claim(konduga, ClaimField.KILLED)
    injured = one_claim(konduga, ClaimField.INJURED)

    assert (killed.value.low, killed.value.high) == (7, 7)
    assert (injured.value.low, injured.value.high) == (11, 11)
    for claim in (killed, injured):
        assert claim.quote == KONDUGA_LEAD
        assert KONDUGA.text[claim.start : claim.end] == claim.quote
        assert claim.text in claim.quote


def test_konduga_news_agency_is_not_an_actor(konduga):
    assert not {"AFP", "Agence France-Presse"} & actor_names(konduga)


def test_konduga_is_an_attack_on_civilians(konduga):
    assert konduga.event_type is not None
    assert konduga.event_type.event_type == "Violence against civilians"
    assert konduga.event_type.sub_event_type == "Attack"


def test_every_claim_quote_is_found_where_it_says(konduga):
    for claim in konduga.claims:
        if claim.start >= 0:
            assert KONDUGA.text[claim.start : claim.end] == claim.quote
        else:
            assert claim.quote == KONDUGA.title


# --- a town in its province against the capital named as a government -----------------------------------------

HARIM = article(
    "Syria: three soldiers killed in checkpoint attack",
    "Damascus warned on Monday that it would respond after militants attacked an army checkpoint in the town of "
    "Harem in Idlib province, killing three soldiers.",
    "The Syrian government blamed the Example Liberation Front, also known as Jabhat al-Mithal, for the attack.",
    "Jabhat al-Mithal fighters later withdrew from the outskirts of the town, a war monitor said.",
)


@pytest.fixture(scope="module")
def harim(extractor) -> ArticleAnalysis:
    return extractor.analyse(HARIM)


def test_town_named_with_its_province_beats_the_capital(harim):
    place = one_claim(harim, ClaimField.LOCATION).value

    assert place.name == "Ḩārim"
    assert place.kind is PlaceKind.TOWN
    assert place.admin1 == "Idlib"
    assert place.country == "Syria"


def test_actor_is_merged_with_its_alias(harim):
    actors = claims(harim, ClaimField.ACTOR)
    front = [claim.value for claim in actors if "Example Liberation Front" in claim.value.names]

    assert len(front) == 1
    assert "Jabhat al-Mithal" in front[0].names
    assert not [claim for claim in actors if claim.value.names == ("Jabhat al-Mithal",)]


def test_harim_counts_and_date(harim):
    killed = one_claim(harim, ClaimField.KILLED)
    assert (killed.value.low, killed.value.high) == (3, 3)
    assert one_claim(harim, ClaimField.EVENT_DATE).value.day == date(2026, 11, 2)


# --- event types ---------------------------------------------------------------------------------------------


def test_protest(extractor):
    analysis = extractor.analyse(
        article(
            "Thousands march in Nairobi against new tax bill",
            "Thousands of people marched peacefully through central Nairobi on Tuesday to protest against a new "
            "finance bill, chanting slogans and waving placards, Reuters reported.",
            "An AFP reporter saw the crowd gather outside parliament, where organisers from the Example Civic "
            "Movement addressed the demonstrators before they dispersed in the evening.",
        )
    )

    assert analysis.event_type is not None
    assert (analysis.event_type.event_type, analysis.event_type.sub_event_type) == ("Protests", "Peaceful protest")
    assert one_claim(analysis, ClaimField.LOCATION).value.name == "Nairobi"
    assert one_claim(analysis, ClaimField.EVENT_DATE).value.day == date(2026, 11, 3)
    names = actor_names(analysis)
    assert not {"AFP", "Reuters"} & names
    assert "Example Civic Movement" in names
    assert not claims(analysis, ClaimField.KILLED)


def test_bombing(extractor):
    analysis = extractor.analyse(
        article(
            "Car bomb kills five at market in Mogadishu",
            "A car bomb exploded outside a busy market in Mogadishu on Sunday, killing five people and injuring 20 "
            "others, officials said.",
            "Ambulances ferried the wounded to hospitals across the city.",
        )
    )

    assert analysis.event_type is not None
    assert analysis.event_type.event_type == "Explosions/Remote violence"
    assert analysis.event_type.sub_event_type == "Remote explosive/landmine/IED"
    assert one_claim(analysis, ClaimField.LOCATION).value.country_code == "SO"
    assert one_claim(analysis, ClaimField.KILLED).value.low == 5
    assert one_claim(analysis, ClaimField.INJURED).value.low == 20
    assert one_claim(analysis, ClaimField.EVENT_DATE).value.day == date(2026, 11, 1)


def test_armed_clash(extractor):
    analysis = extractor.analyse(
        article(
            "Soldiers and militants clash near Ménaka",
            "Malian soldiers clashed with armed militants near the town of Ménaka on Saturday in a gun battle that "
            "lasted several hours, the army said.",
            "The exchange of fire ended when the militants retreated into the desert.",
        )
    )

    assert analysis.event_type is not None
    assert (analysis.event_type.event_type, analysis.event_type.sub_event_type) == ("Battles", "Armed clash")
    place = one_claim(analysis, ClaimField.LOCATION).value
    assert (place.name, place.country_code) == ("Ménaka", "ML")
    assert one_claim(analysis, ClaimField.EVENT_DATE).value.day == date(2026, 10, 31)


def test_arrests(extractor):
    analysis = extractor.analyse(
        article(
            "Police detain 30 after raids in Kumasi",
            "Police in Ghana detained 30 people in a series of dawn raids in Kumasi on Monday, a police spokeswoman "
            "said.",
            "The suspects were taken into custody over a spate of robberies in the city.",
        )
    )

    assert analysis.event_type is not None
    assert analysis.event_type.event_type == "Strategic developments"
    assert analysis.event_type.sub_event_type == "Arrests"
    arrested = one_claim(analysis, ClaimField.ARRESTED)
    assert (arrested.value.low, arrested.value.high) == (30, 30)
    assert "30" in arrested.text
    assert one_claim(analysis, ClaimField.LOCATION).value.name == "Kumasi"


def test_militant_attack_on_army_base_is_a_battle(extractor):
    analysis = extractor.analyse(
        article(
            "Militants attack army base in northern Mali",
            "Militants attacked an army base near Ménaka on Monday, killing three soldiers, the army said.",
            "The attackers fled on motorcycles after the assault, the army added.",
        )
    )

    assert analysis.event_type is not None
    assert analysis.event_type.event_type == "Battles"


def test_no_event_gives_no_event_type_and_no_counts(extractor):
    analysis = extractor.analyse(
        article(
            "Testville opens new library",
            "The mayor of Testville opened a new public library on Wednesday, praising the volunteers who raised the "
            "money for its books.",
        )
    )

    assert analysis.event_type is None
    for field in (ClaimField.KILLED, ClaimField.INJURED, ClaimField.ARRESTED, ClaimField.KIDNAPPED):
        assert not claims(analysis, field)


def test_without_publication_date_relative_dates_give_no_event_date(extractor):
    analysis = extractor.analyse(
        article(
            "Gunmen kill seven in northeast Nigeria",
            KONDUGA_LEAD,
            published=None,
        )
    )

    assert analysis.event_date is None
    assert not claims(analysis, ClaimField.EVENT_DATE)
    assert one_claim(analysis, ClaimField.KILLED).value.low == 7


def test_a_count_worked_out_names_its_inferring_extractor(extractor):
    analysis = extractor.analyse(
        article("Four shot, one fatally, in Testville", "Four people were shot in Testville on Friday, one fatally.")
    )

    assert one_claim(analysis, ClaimField.KILLED).extractor == "counts.patterns"
    wounded = one_claim(analysis, ClaimField.INJURED)
    assert (wounded.value.low, wounded.extractor) == (3, INFERRED_COUNT)


def test_a_roundup_of_several_shootings_gives_no_toll(extractor):
    # the body tells one shooting after another; none is known to be the event the article will be filed under
    analysis = extractor.analyse(
        article(
            "Police: 6 dead, 14 wounded in weekend shootings across Testville",
            "Two men were killed in a shooting on Elm Street in Testville on Saturday night.",
            "Hours later, four people were wounded outside a bar on Oak Avenue.",
        )
    )

    for field in (ClaimField.KILLED, ClaimField.INJURED):
        assert not claims(analysis, field)
    assert analysis.roundup  # and clustering keeps its names and ages out of the event it joins


def test_a_report_of_one_shooting_is_no_roundup(extractor):
    analysis = extractor.analyse(
        article("Two men killed in Elm Street shooting", "Two men were killed in a shooting on Elm Street on Saturday.")
    )
    assert not analysis.roundup


def test_analyse_many_keeps_order(extractor):
    first = article(
        "Car bomb kills five in Mogadishu", "A car bomb exploded in Mogadishu on Sunday, killing five people."
    )
    second = article("Police detain 30 in Kumasi", "Police detained 30 people in Kumasi on Monday.")

    results = list(extractor.analyse_many([first, second]))

    assert [one_claim(r, ClaimField.LOCATION).value.name for r in results] == ["Mogadishu", "Kumasi"]


def test_the_people_a_story_is_about_leave_out_those_named_once_in_passing(extractor):
    analysis = next(
        extractor.analyse_many(
            [
                article(
                    "Delia Marsh, 9, wounded in Elm Park shooting",
                    "Delia Marsh was shot in the leg on Tuesday night, police said.",
                    "Her mother said the girl was recovering.",
                    "Neighbours said they were tired of the violence.",
                    "The shooting came a month after Oren Kestrel was killed two blocks away.",
                    "Police have made no arrest.",
                    "Marsh is expected to leave hospital this week.",
                )
            ]
        )
    )
    assert {"delia marsh", "oren kestrel"} <= set(analysis.people)
    assert analysis.central_people == ["delia marsh"]


def test_a_persons_title_is_not_part_of_the_name_clustering_compares(extractor):
    """spaCy now and then takes a title into a name ("Mrs Thatcher"); another report writes "Thatcher" alone, and
    both name the same person under one key."""
    analysis = next(
        extractor.analyse_many(
            [article("Factory reopens in Testville", "Mrs Thatcher visited the factory in Testville on Friday.")]
        )
    )
    assert "thatcher" in analysis.names
    assert "mrs thatcher" not in analysis.names


def test_a_lone_reading_abroad_is_not_the_event_place_of_a_story_at_home(extractor):
    # GeoNames knows Gentilly only as a town in France; the story is in New Orleans
    place = event_place(
        extractor,
        "Three found dead in Gentilly home",
        "NEW ORLEANS, La. - Three people were found shot dead in a home in Gentilly on Sunday, New Orleans police "
        "said.",
        "Louisiana State Police are helping the New Orleans Police Department with the investigation.",
    )
    assert (place.name, place.country_code) == ("New Orleans", "US")


def test_a_police_force_named_by_its_initials_places_the_event_in_its_town(extractor):
    title = "IMPD: 8-year-old accidentally shoots self"
    body = "An 8-year-old boy accidentally shot himself in the hand at a home on Sunday, IMPD said."
    place = event_place(extractor, title, body)
    assert (place.name, place.admin1) == ("Indianapolis", "Indiana")
    # initials that several forces share say nothing
    analysis = extractor.analyse(article("MPD: 8-year-old accidentally shoots self", body.replace("IMPD", "MPD")))
    assert claims(analysis, ClaimField.LOCATION) == []


def test_a_village_named_often_but_known_only_abroad_gives_way_to_the_places_around_it(extractor):
    # GeoNames knows Fronton only in France; every other place of the story lies in Texas
    place = event_place(
        extractor,
        "1 Dead, 2 Injured In Shooting Near Fronton",
        "FRONTON - Starr County deputies are investigating a shooting near Fronton that left one man dead.",
        "Two other men were taken to a hospital in Rio Grande City and later flown to McAllen, deputies said.",
    )
    assert place.country_code == "US" and place.admin1 == "Texas"


def test_the_masthead_a_headline_ends_with_tells_the_outlets_state(extractor):
    body = "A 17-year-old was shot and killed outside an apartment complex in Columbus on Sunday, police said."
    assert event_place(extractor, "Teen killed in shooting", body).admin1 == "Ohio"  # the biggest Columbus
    place = event_place(extractor, "Teen killed in shooting - WTVM.com-Columbus, GA News", body)
    assert (place.name, place.admin1) == ("Columbus", "Georgia")


def test_metro_police_and_the_south_side_are_no_places(extractor):
    place = event_place(
        extractor,
        "1 dead, 4 wounded in South Side shooting",
        "CHICAGO - One man was killed and four people were wounded in a shooting on the South Side on Sunday, "
        "Metro Police said.",
    )
    assert place.name == "Chicago"


def test_the_event_place_lies_in_the_state_the_article_is_about(extractor):
    # GeoNames lists no Eureka in Texas: California's Eureka would be the only reading of the name
    place = event_place(
        extractor,
        "Navarro County toddler shot, killed",
        "NAVARRO COUNTY, TX - The Navarro County Sheriff is investigating the shooting death of a three-year-old.",
        "The shooting happened at a home in Eureka around noon. Eureka is a rural community south of Corsicana.",
    )
    assert place.admin1 == "Texas"


def test_the_outlet_a_title_ends_with_is_not_the_event_place(extractor):
    place = event_place(
        extractor,
        "Girl shot on the north side - WXYZ News 19 La Crosse",
        "A 9-year-old girl was shot in Milwaukee on Sunday night, police said.",
    )
    assert place.name == "Milwaukee"


def test_an_outlets_address_reads_an_ambiguous_town_in_its_own_state(extractor):
    """Clifton, New Jersey is the biggest Clifton; a Grand Junction paper's Clifton is the one in Colorado."""
    text = ("Teen shot near trailer park", "A 16-year-old was shot to death in Clifton on Wednesday, deputies said.")
    local = one_claim(extractor.analyse(article(*text, outlet="grandjunctiondaily.test")), ClaimField.LOCATION)
    wire = one_claim(extractor.analyse(article(*text, outlet="wirefeed.test")), ClaimField.LOCATION)
    assert (local.value.name, local.value.admin1) == ("Clifton", "Colorado")
    assert (wire.value.name, wire.value.admin1) == ("Clifton", "New Jersey")


def test_a_stations_address_tells_the_side_of_the_mississippi(extractor: Extractor) -> None:
    text = ("Man shot in Conway", "A man was shot in Conway on Sunday night, police said.")
    east = one_claim(extractor.analyse(article(*text, outlet="wbtw.com")), ClaimField.LOCATION).value
    assert east.country_code == "US" and east.lon > -90  # Conway, South Carolina
    west = one_claim(extractor.analyse(article(*text, outlet="The Testville Courier")), ClaimField.LOCATION).value
    assert west.admin1 == "Arkansas"

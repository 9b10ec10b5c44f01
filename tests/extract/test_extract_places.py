"""Toponym finding: what spaCy or the gazetteer offer as a place but is a person, a word or an abbreviation."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from crosswire.extract.gazetteer import Gazetteer
from crosswire.extract.nlp import load_nlp
from crosswire.extract.places import find_toponyms, home_area
from crosswire.extract.sentences import split_sentences
from crosswire.model import Place, PlaceKind


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open(Path(os.environ.get("CROSSWIRE_CACHE_DIR", "~/.cache/crosswire")).expanduser())


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def toponym_texts(nlp, gazetteer: Gazetteer, text: str) -> list[str]:
    sentences = split_sentences(nlp(text), 2026)
    return [toponym.text for toponym in find_toponyms(sentences, gazetteer)]


@pytest.mark.parametrize(
    ("text", "surname", "place"),
    [
        (
            "The Red Sox made an offer to first baseman Mark Teixeira in Boston on Tuesday. "
            "Officials met at Teixeira's home in Texas, where the talks went on.",
            "Teixeira",
            "Boston",
        ),
        # named around a nickname, which spaCy splits the name at
        (
            "Police identified the woman shot in Elmwood as Maria “Mimi” Toledo, 34. "
            "Toledo was taken to a hospital in Denver, where she died.",
            "Toledo",
            "Denver",
        ),
    ],
)
def test_surname_of_a_person_named_in_full_is_not_a_place(
    nlp, gazetteer: Gazetteer, text: str, surname: str, place: str
) -> None:
    found = toponym_texts(nlp, gazetteer, text)
    assert surname not in found
    assert place in found


def test_abbreviation_matches_only_places_it_spells(nlp, gazetteer: Gazetteer) -> None:
    text = "Hackers used a flaw in IE to attack users in LA on Monday, police in LA said."
    found = toponym_texts(nlp, gazetteer, text)
    assert "IE" not in found  # Iyo, Japan lists "IE" among its alternate names
    assert found and set(found) == {"LA"}


def test_the_is_never_a_place(nlp, gazetteer: Gazetteer) -> None:
    text = "The Sheriff’s Office said the shooting happened in Memphis on Sunday night."
    sentences = split_sentences(nlp(text), 2026)
    found = find_toponyms(sentences, gazetteer)
    assert [toponym.text for toponym in found] == ["Memphis"]


def test_compass_part_of_a_town_is_the_town(nlp, gazetteer: Gazetteer) -> None:
    sentences = split_sentences(nlp("Five people were shot in west Kissimmee on Sunday, police said."), 2026)
    (toponym,) = [t for t in find_toponyms(sentences, gazetteer) if t.text == "Kissimmee"]
    assert toponym.area_cue is not None and toponym.area_cue.value == "part"


def test_a_hyphenated_city_is_read_whole_where_spacy_stops_at_the_hyphen(nlp, gazetteer: Gazetteer) -> None:
    text = "A teenager was hurt at a motel on Monday, Winston-Salem police said."
    (toponym,) = find_toponyms(split_sentences(nlp(text), 2026), gazetteer)
    assert toponym.text == "Winston-Salem" and text[toponym.start : toponym.end] == "Winston-Salem"
    assert {place.admin1 for place in toponym.candidates} == {"North Carolina"}


def test_place_run_together_with_the_event_by_spacy_is_found(nlp, gazetteer: Gazetteer) -> None:
    sentences = split_sentences(nlp("Four Injured, Including Two Children, In Oakland Shooting"), 2026)
    assert "Oakland" in [t.text for t in find_toponyms(sentences, gazetteer)]


def test_place_modifying_the_news_in_a_headline_is_found(nlp, gazetteer: Gazetteer) -> None:
    sentences = split_sentences(nlp("Alturas shooting victims identified"), 2026)
    found = find_toponyms(sentences, gazetteer)
    assert [t.text for t in found] == ["Alturas"]
    assert any(place.admin1 == "California" for place in found[0].candidates)


def test_a_place_spacy_leaves_untagged_after_in_is_found(nlp, gazetteer: Gazetteer) -> None:
    assert "New Castle" in toponym_texts(nlp, gazetteer, "A man was shot outside a 7-Eleven in New Castle on Sunday.")
    # but not a month, an institution, or a word at the end of a sentence with its full stop
    found = toponym_texts(nlp, gazetteer, "The bill died in Congress in March. He was shot in Hope.")
    assert "Congress" not in found and "March" not in found
    assert all(not text.endswith(".") for text in found)


def test_a_park_or_neighbourhood_named_after_a_town_is_not_that_town(nlp, gazetteer: Gazetteer) -> None:
    found = toponym_texts(nlp, gazetteer, "Two people were killed in a shooting at Shawnee Park in Louisville.")
    assert "Shawnee" not in found and "Louisville" in found
    found = toponym_texts(nlp, gazetteer, "A man was killed and a girl wounded in a Park Manor shooting on Sunday.")
    assert "Manor" not in found
    found = toponym_texts(nlp, gazetteer, "Family members identify teen killed in Government Hill shooting")
    assert "Hill" not in found


def resolved_toponyms(nlp, gazetteer: Gazetteer, text: str) -> list:
    from crosswire.extract.places import article_evidence, resolve_toponyms

    sentences = split_sentences(nlp(text), 2026)
    toponyms = find_toponyms(sentences, gazetteer)
    entities = [(ent.text, ent.label_) for ent in nlp(text).ents]
    countries, areas = article_evidence(entities, text, gazetteer)
    resolve_toponyms(toponyms, countries, gazetteer, areas)
    return toponyms


def resolved(nlp, gazetteer: Gazetteer, text: str) -> dict[str, object]:
    return {toponym.text: toponym.place for toponym in resolved_toponyms(nlp, gazetteer, text)}


def test_a_neighbourhood_is_read_in_the_city_the_article_names(nlp, gazetteer: Gazetteer) -> None:
    text = "A gunman opened fire on a home in the Austin neighborhood on Sunday, wounding six, Chicago police said."
    places = resolved(nlp, gazetteer, text)
    assert places["Chicago"].admin1 == "Illinois"
    assert places["Austin"] is None  # Chicago's Austin is not in the gazetteer; Austin, Texas is not meant
    # without a city named, "Austin" is the city of Austin
    places = resolved(nlp, gazetteer, "A boy was shot in the Austin neighborhood on Sunday, police said.")
    assert places["Austin"].admin1 == "Texas"


def test_state_abbreviation_with_a_dot_is_the_state(nlp, gazetteer: Gazetteer) -> None:
    places = resolved(nlp, gazetteer, "FORT WAYNE, Ind. (AP) - A man was shot in Fort Wayne, Ind., on Sunday.")
    assert places["Ind."].name == "Indiana"  # not India


def test_a_county_named_points_to_its_state(nlp, gazetteer: Gazetteer) -> None:
    places = resolved(nlp, gazetteer, "Deputies in Yuba County said the shooting happened in Olivehurst on Sunday.")
    assert places["Olivehurst"].admin1 == "California"


def test_a_us_broadcaster_call_sign_is_evidence_of_the_united_states(nlp, gazetteer: Gazetteer) -> None:
    from crosswire.extract.places import country_evidence

    assert country_evidence([("WBRC", "ORG"), ("KSLA-TV", "ORG")], gazetteer)["US"] == 2


def test_a_state_far_bigger_than_its_namesakes_abroad_is_evidence_of_its_country(nlp, gazetteer: Gazetteer) -> None:
    from crosswire.extract.places import country_evidence

    assert country_evidence([("Florida", "GPE")], gazetteer) == {"US": 1}  # not Uruguay's department
    assert country_evidence([("Punjab", "GPE")], gazetteer) == {}  # India's and Pakistan's, alike in size
    assert country_evidence([("Hialeah", "GPE")], gazetteer) == {"US": 1}  # a city with no rival abroad
    assert country_evidence([("Toledo", "GPE")], gazetteer) == {}  # Ohio's and Spain's


def test_a_phone_numbers_area_code_points_to_its_state(nlp, gazetteer: Gazetteer) -> None:
    story = "Four people were hurt in a shooting in York late Monday, and police said no one was arrested."
    assert resolved(nlp, gazetteer, story)["York"].country_code == "GB"  # alone, the bigger York
    number = " Anyone with information is asked to call police at 717-846-1234."
    assert resolved(nlp, gazetteer, story + number)["York"].admin1 == "Pennsylvania"
    assert resolved(nlp, gazetteer, story + " Call (717) 846-1234.")["York"].admin1 == "Pennsylvania"
    # a toll-free number is dialled anywhere and names no state
    assert resolved(nlp, gazetteer, story + " Call Crime Stoppers at 1-800-222-8477.")["York"].country_code == "GB"


def test_a_town_placed_in_a_state_that_holds_none_of_its_namesakes_is_unknown(nlp, gazetteer: Gazetteer) -> None:
    # GeoNames lists an Elmo in Texas, not the Missouri village: the story is not in Texas
    places = resolved(nlp, gazetteer, "When crews arrived at the home in Elmo, Missouri, the baby had been shot.")
    assert "Elmo" not in places
    assert places["Missouri"].kind is PlaceKind.ADMIN1
    assert resolved(nlp, gazetteer, "A man was shot in Elmo on Sunday.")["Elmo"].admin1 == "Texas"
    # a country of that name keeps its towns, and a list of states is no town's state
    assert resolved(nlp, gazetteer, "He flew home from Tbilisi, Georgia, on Monday.")["Tbilisi"].country_code == "GE"
    listed = resolved(nlp, gazetteer, "Firms are moving to cheaper states such as Utah, Colorado, and Idaho.")
    assert listed["Utah"].name == "Utah"


@pytest.mark.parametrize(
    "text", ["Hope, Ark., police are investigating a deadly shooting.", "A Hope, AR man died in a shooting."]
)
def test_a_town_spacy_misses_is_found_by_the_state_written_after_it(nlp, gazetteer: Gazetteer, text: str) -> None:
    hope = resolved(nlp, gazetteer, text)["Hope"]
    assert (hope.name, hope.admin1) == ("Hope", "Arkansas")


def test_the_town_of_a_police_force_a_headline_runs_on_is_a_place(nlp, gazetteer: Gazetteer) -> None:
    from crosswire.extract.sentences import Sentence

    title_text = "Duluth Police Investigate Shooting, Enter East Hillside Apartment"
    title = Sentence(-1, title_text, -1, -1, nlp(title_text)[:], in_title=True, doc_text=title_text)
    title.ents = list(title.span.ents)
    assert any(ent.label_ == "ORG" and ent.text.startswith("Duluth Police ") for ent in title.ents)
    assert "Duluth" in {toponym.text for toponym in find_toponyms([title], gazetteer)}


def test_capitalised_word_of_a_title_case_headline_is_not_a_place_unless_the_body_says_so(nlp, gazetteer) -> None:
    from crosswire.extract.sentences import Sentence

    title_text = "Police Arrest Man Accused In Taunton Shooting Death"
    title = Sentence(-1, title_text, -1, -1, nlp(title_text)[:], in_title=True, doc_text=title_text)
    title.ents = list(title.span.ents)
    body = split_sentences(nlp("A man was arrested on Monday in the shooting of a teenager in Taunton."), 2026)
    found = {toponym.text for toponym in find_toponyms([title, *body], gazetteer)}
    assert "Arrest" not in found
    assert "Taunton" in found


def test_a_broadcasters_call_sign_tells_the_side_of_the_mississippi(nlp, gazetteer: Gazetteer) -> None:
    from crosswire.extract.places import broadcaster_side, resolve_toponyms

    assert broadcaster_side("(WMC) – Memphis police said a man was shot.") == "W"
    assert broadcaster_side("Reported by KSLA News 12 Shreveport.") == "K"
    assert broadcaster_side("WHO officials met WMC and KSLA reporters.") is None  # no call sign as pages print one
    assert broadcaster_side("(WMC) and (KSLA) both reported it.") is None
    # a text naming no station takes its outlet's, when the outlet is a station's address
    assert broadcaster_side("A man was shot in Conway.", "wbtw.com") == "W"
    assert broadcaster_side("A man was shot in Conway.", "www.kare11.com") == "K"
    assert broadcaster_side("A man was shot in Conway.", "nbcnewyork.com") is None  # a network's local site
    assert broadcaster_side("Reported by KSLA News 12.", "wbtw.com") == "K"  # the text's own station first
    text = "A man was shot in Conway on Sunday night, police told WBTW News 13."
    toponyms = [t for t in find_toponyms(split_sentences(nlp(text), 2026), gazetteer) if t.text == "Conway"]
    resolve_toponyms(toponyms, Counter({"US": 1}), gazetteer, None, broadcaster_side(text))
    east = toponyms[0].place
    assert east is not None and east.country_code == "US" and east.lon > -90  # a Conway east of the river
    resolve_toponyms(toponyms, Counter({"US": 1}), gazetteer, None, None)
    assert toponyms[0].place is not None and toponyms[0].place.admin1 == "Arkansas"


def test_a_name_said_twice_is_no_evidence_for_itself(nlp, gazetteer: Gazetteer) -> None:
    # Costa Rica's capital and its province are both "San Jose"; repeating the name must not make them agree
    text = "SAN JOSE - Three San Jose residents were arrested after a shooting near a park, police said."
    assert {place.country_code for place in resolved(nlp, gazetteer, text).values()} == {"US"}


def test_a_capital_wins_over_smaller_namesakes_only(nlp, gazetteer: Gazetteer) -> None:
    assert resolved(nlp, gazetteer, "Thousands marched in Paris on Saturday.")["Paris"].country_code == "FR"


def test_a_state_given_by_its_postal_code_restricts_the_town(nlp, gazetteer: Gazetteer) -> None:
    assert resolved(nlp, gazetteer, "A man was shot in Columbus, GA on Sunday night.")["Columbus"].admin1 == "Georgia"
    assert resolved(nlp, gazetteer, "Police in Columbus said a man was shot.")["Columbus"].admin1 == "Ohio"
    places = resolved(nlp, gazetteer, "LEXINGTON, SC: A boy was accidentally shot at a home on Elm Street.")
    assert places["Lexington"].admin1 == "South Carolina"  # not Kentucky's Lexington, fifteen times its size
    places = resolved(nlp, gazetteer, "Vista CA— The San Diego County Medical Examiner's Office named the teenager.")
    assert places["Vista"].admin1 == "California" and "San Diego County" in places


def test_a_county_named_without_the_word_is_the_county(nlp, gazetteer: Gazetteer) -> None:
    places = resolved(nlp, gazetteer, "Police are looking for a gunman after a boy was shot in SW Miami-Dade.")
    assert places["Miami-Dade"].name == "Miami-Dade County"  # not Dade, a town in China


def test_a_name_settled_by_its_state_keeps_that_reading_when_said_again(nlp, gazetteer: Gazetteer) -> None:
    from crosswire.extract.places import country_evidence, county_areas, resolve_toponyms

    text = "LEXINGTON, SC: A boy was shot on Elm Street. He was a pupil at a Lexington school, police said."
    sentences = split_sentences(nlp(text), 2026)
    toponyms = find_toponyms(sentences, gazetteer)
    entities = [(ent.text, ent.label_) for ent in nlp(text).ents]
    resolve_toponyms(toponyms, country_evidence(entities, gazetteer), gazetteer, county_areas(entities, gazetteer))
    readings = {(t.place.admin1 if t.place else None) for t in toponyms if t.text.lower() == "lexington"}
    assert len([t for t in toponyms if t.text.lower() == "lexington"]) >= 2 and readings == {"South Carolina"}
    assert all(t.scores == sorted(t.scores, reverse=True) for t in toponyms)


def test_a_dateline_without_its_state_and_a_town_before_its_people_are_found(nlp, gazetteer: Gazetteer) -> None:
    found = resolved(nlp, gazetteer, "FITCHBURG -- A city teenager was arrested after a shooting on Beech Street.")
    assert found["Fitchburg"].admin1 == "Massachusetts"
    assert "Update" not in resolved(nlp, gazetteer, "UPDATE -- A man was arrested after a shooting on Elm Street.")
    assert toponym_texts(nlp, gazetteer, "Brockton men charged in shootings held without bail") == ["Brockton"]
    assert toponym_texts(nlp, gazetteer, "Police say four men wounded in a shooting at a party") == []


def test_southeast_dc_is_washington(nlp, gazetteer: Gazetteer) -> None:
    for text in ("Two dead in a shooting in Southeast D.C. on Sunday.", "Man, 3 girls shot in southeast DC"):
        places = [place for place in resolved(nlp, gazetteer, text).values() if place is not None]
        assert places and all(place.admin1 == "Washington, D.C." for place in places), text


def test_a_town_whose_name_begins_a_street_name_is_not_mentioned(nlp, gazetteer: Gazetteer) -> None:
    text = (
        "Two girls were shot in San Antonio on Wednesday night. The first was hit while walking on San Fernando "
        "Street with her family, and the second at a home on Pecan Valley Drive, police said."
    )
    found = toponym_texts(nlp, gazetteer, text)
    assert "San Antonio" in found and "San Fernando" not in found
    assert resolved(nlp, gazetteer, text)["San Antonio"].admin1 == "Texas"  # not a namesake near San Fernando, PH


@pytest.mark.parametrize(
    "text",
    [
        "A boy shot himself in the leg in the 2800 block of South Central Park, according to Elmwood police.",
        "A man was shot in the 4000 block of West Washington early Sunday, police said.",
        "Officers found the victim in the 1200 block of Denver shortly after midnight.",
    ],
)
def test_a_town_named_after_a_block_number_is_a_street(nlp, gazetteer: Gazetteer, text: str) -> None:
    found = toponym_texts(nlp, gazetteer, text)
    assert not {"Central Park", "South Central Park", "West Washington", "Washington", "Denver"} & set(found), found


def test_a_town_named_as_a_municipality_is_the_town(nlp, gazetteer: Gazetteer) -> None:
    # GeoNames lists "City of Montgomery" among the alternate names of a Minnesota village only
    text = (
        "Montgomery Mayor Todd Strange closed the club on Highland Avenue after a shooting left two dead. "
        "The mayor cited repeated cautions from the City of Montgomery."
    )
    assert "City of Montgomery" not in toponym_texts(nlp, gazetteer, text)
    assert resolved(nlp, gazetteer, text)["Montgomery"].admin1 == "Alabama"


def test_a_city_the_ap_lets_stand_alone_in_a_dateline_is_that_city(nlp, gazetteer: Gazetteer) -> None:
    # no dash after the city, and an article about Iowa: the dateline is still the capital
    text = "WASHINGTON (Reuters) The president met farmers from Iowa on Wednesday to talk about corn prices."
    assert resolved(nlp, gazetteer, text)["Washington"].admin1 == "Washington, D.C."
    text = "WASHINGTON Officials said talks with the mayor of Paris, Kentucky, would go on in the Washington office."
    readings = [t.place for t in resolved_toponyms(nlp, gazetteer, text) if t.text.lower() == "washington"]
    assert len(readings) >= 2 and all(place is not None and place.admin1 == "Washington, D.C." for place in readings)
    # a town the AP does not list keeps its ordinary reading, and a name that only starts the text is no dateline
    assert resolved(nlp, gazetteer, "EDMONTON, Ky. (WBKO) -- A man died in a hunting accident.")["Edmonton"].admin1 == (
        "Kentucky"
    )
    assert "Chicago" not in toponym_texts(nlp, gazetteer, "CHICAGOANS were warned of a storm on Sunday.")


def test_a_country_name_shared_with_a_bigger_state_abroad_is_no_evidence(nlp, gazetteer: Gazetteer) -> None:
    from crosswire.extract.places import country_evidence

    assert country_evidence([("Georgia", "GPE")], gazetteer) == {}  # the US state outnumbers the country
    assert country_evidence([("Lebanon", "GPE")], gazetteer) == {"LB": 2}  # Lebanon, Pennsylvania is no rival


def test_a_capital_named_by_an_old_name_gets_no_capitals_bonus(nlp, gazetteer: Gazetteer) -> None:
    # "Salisbury" is among Harare's alternate names; a capital is named more often by its own name only
    text = "A shooting in Salisbury left two people hurt on Friday, police said."
    place = resolved(nlp, gazetteer, text)["Salisbury"]
    assert place is not None and place.country_code != "ZW"


def test_a_common_noun_after_a_compass_word_is_no_town(nlp, gazetteer: Gazetteer) -> None:
    text = "The victims were taken to Northwest Hospital, Harris County Sheriff's Office said."
    assert "Hospital" not in toponym_texts(nlp, gazetteer, text)


def test_a_city_said_again_is_one_vote_for_its_country(nlp, gazetteer: Gazetteer) -> None:
    from crosswire.extract.places import country_evidence

    entities = [("London", "GPE")] * 4 + [("Canada", "GPE")]
    assert country_evidence(entities, gazetteer) == {"GB": 1, "CA": 2}
    text = (
        "Hundreds gathered at a London rally to thank Canada for taking in refugees. London has welcomed "
        "more families than most cities in Canada, the organisers said. London's mayor spoke, and the London "
        "police closed two streets."
    )
    assert resolved(nlp, gazetteer, text)["London"].country_code == "CA"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Gunmen fired on a police patrol near the castle in the central town of Karak, the ministry said.",
            "Karak",
            "town",
        ),
        ("Gunmen fired on a police patrol in Karak province.", "Karak", "admin1"),
        # part of a great city named like its province is part of the city
        ("Rebels still hold a small pocket of eastern Aleppo, residents of Damascus said.", "Aleppo", "town"),
        # a province whose namesake town is small keeps its reading
        ("Rebels shelled villages in western Idlib on Sunday.", "Idlib", "admin1"),
    ],
)
def test_a_name_shared_by_a_town_and_its_province(nlp, gazetteer: Gazetteer, text: str, name: str, kind: str) -> None:
    place = resolved(nlp, gazetteer, text)[name]
    assert place is not None and place.kind.value == kind


def test_a_town_followed_by_its_state_or_province_is_in_it(nlp, gazetteer: Gazetteer) -> None:
    # the dateline's Paris is France's; the one the text places in Texas is not
    text = "PARIS (AP) — Police in Paris, Texas said two men were shot on Sunday."
    readings = [t.place for t in resolved_toponyms(nlp, gazetteer, text) if t.text.lower() == "paris"]
    assert {place.admin1 for place in readings if place is not None} == {"Ile-de-France", "Texas"}
    # a list of towns is no town and its state
    text = "After stops in Washington, New York and Boston, the prince flew home."
    toponyms = find_toponyms(split_sentences(nlp(text), 2026), gazetteer)
    assert not next(t for t in toponyms if t.text == "Washington").qualified


def _town(name: str, admin1_code: str, admin1: str) -> Place:
    return Place(name, PlaceKind.TOWN, "US", "United States", 39.0, -108.0, admin1, admin1_code, 10_000)


def test_an_outlets_home_area_is_where_most_of_its_reports_happened() -> None:
    colorado = [_town(name, "CO", "Colorado") for name in ("Fruita", "Palisade", "Delta")]
    assert home_area(colorado) == ("US", "CO")
    assert home_area([*colorado, _town("Moab", "UT", "Utah")]) == ("US", "CO")  # three of four
    assert home_area(colorado[:2]) is None  # too few reports to tell
    national = [*colorado[:2], _town("Moab", "UT", "Utah"), _town("Austin", "TX", "Texas")]
    assert home_area(national) is None  # no area holds most of them


@pytest.mark.parametrize(
    ("text", "name", "full_name"),
    [
        ("Doctors in Newcastle, UK, developed the treatment.", "Newcastle", "Newcastle upon Tyne"),
        ("Gunmen fired on tourists in the central town of Karak, Jordan said.", "Karak", "Karak City"),
    ],
)
def test_a_town_called_by_its_short_name_is_that_town(nlp, gazetteer: Gazetteer, text, name, full_name) -> None:
    place = resolved(nlp, gazetteer, text)[name]
    assert place is not None and place.name == full_name


def test_macau_is_the_country_geonames_spells_macao(nlp, gazetteer: Gazetteer) -> None:
    place = resolved(nlp, gazetteer, "The firm closed its offices in Hong Kong and Macau last year.")["Macau"]
    assert place is not None and place.kind.value == "country" and place.country_code == "MO"


def test_a_name_in_a_list_of_states_is_a_state(nlp, gazetteer: Gazetteer) -> None:
    text = (
        "Alberta must sell beyond Canada. Alberta and Canada need buyers in Canada. Visits to markets are something "
        "that New South Wales, Western Australia and Queensland all do, critics in Alberta said."
    )
    place = resolved(nlp, gazetteer, text)["Queensland"]
    assert place is not None and place.kind.value == "admin1" and place.country_code == "AU"


def test_two_towns_named_together_are_the_namesakes_that_lie_together(nlp, gazetteer: Gazetteer) -> None:
    text = "Paramedics in London warned of carfentanil. A man was arrested in St. Thomas last week, police said."
    assert resolved(nlp, gazetteer, text)["London"].admin1 == "Ontario"
    # a country named elsewhere keeps its reading
    text = "Paramedics in London, England, warned of carfentanil. A man was arrested in St. Thomas, police said."
    assert resolved(nlp, gazetteer, text)["London"].country_code == "GB"
    # a village that shares a famous name makes no such pair: Bogota, New Jersey, beside New York
    assert resolved(nlp, gazetteer, "He lives in Bogota and owns a firm in New York.")["Bogota"].country_code == "CO"


def test_a_county_known_by_its_bare_name_is_the_county(nlp, gazetteer: Gazetteer) -> None:
    text = "Races at Brands Hatch in Kent and Thruxton in Hampshire open the season; Knockhill in Fife follows."
    places = resolved(nlp, gazetteer, text)
    assert places["Kent"].kind.value == "admin2" and places["Kent"].country_code == "GB"
    assert places["Fife"].admin1 == "Scotland"
    # beside Seattle, the city of Kent, Washington is meant, not the English county
    text = "Police in Kent said two men were shot on Sunday south of Seattle."
    assert resolved(nlp, gazetteer, text)["Kent"].admin1 == "Washington"


def test_a_town_spacy_reads_as_a_person_is_found_where_places_are_written(nlp, gazetteer: Gazetteer) -> None:
    text = "Police say a woman was hospitalized after an accidental shooting Wednesday night in central Sioux Falls."
    assert resolved(nlp, gazetteer, text)["Sioux Falls"].admin1 == "South Dakota"
    # a surname alone stays the person's, wherever it is written
    text = "Jack Teixeira was arrested on Thursday. Agents searched the home of Teixeira in Dighton."
    assert "Teixeira" not in resolved(nlp, gazetteer, text)


def test_a_local_outlets_story_is_placed_in_its_own_state_before_an_unplaced_namesake(nlp, gazetteer) -> None:
    from crosswire.extract.places import choose_event_place

    text = "A woman was killed and three men wounded in an Austin shooting on Sunday, Chicago police said."
    toponyms = resolved_toponyms(nlp, gazetteer, text)
    assert choose_event_place(toponyms, gazetteer).place.admin1 == "Texas"  # no outlet known: the town named
    assert choose_event_place(toponyms, gazetteer, ("US", "IL")).place.name == "Chicago"
    # a town the article places in its state stays, whatever the outlet
    text = "A Chicago man was killed in a shooting in Austin, Texas on Sunday, police there said."
    toponyms = resolved_toponyms(nlp, gazetteer, text)
    assert choose_event_place(toponyms, gazetteer, ("US", "IL")).place.admin1 == "Texas"


def test_a_town_and_a_county_named_together_are_read_where_they_hold_together(nlp, gazetteer: Gazetteer) -> None:
    text = "Johnson County authorities said a man killed two people in Franklin on Monday night."
    places = resolved(nlp, gazetteer, text)
    assert (places["Franklin"].admin1, places["Johnson County"].admin1) == ("Indiana", "Indiana")
    # "Salem" lies in a Washington County of Indiana and of New York: the pair says nothing, Oregon's capital stays
    text = "Washington County deputies said a man was shot in Salem on Sunday."
    assert resolved(nlp, gazetteer, text)["Salem"].admin1 == "Oregon"


def test_a_small_town_found_under_a_name_not_its_own_is_no_reading(nlp, gazetteer: Gazetteer) -> None:
    from crosswire.extract.places import _lookup_name

    # GeoNames lists "Antioch" among the names of New Hope, a Tennessee village, and "Townville" among Abbeville's:
    # Nashville's Antioch and the Townville of South Carolina are neither
    assert "New Hope" not in {place.name for place in _lookup_name("Antioch", gazetteer)}
    assert "Abbeville" not in {place.name for place in _lookup_name("Townville", gazetteer)}
    # a big city keeps the names of its parts, and a spelling of a town's own name stays that town
    assert resolved(nlp, gazetteer, "Two men were shot in Franklinton on Sunday.")["Franklinton"].name == "Columbus"
    assert [place.name for place in _lookup_name("Saraqeb", gazetteer)] == ["Saraqib"]
    # outside the US a town's other names are mostly its own in other tongues or of other times: Masaku is Machakos
    assert "Machakos" in {place.name for place in _lookup_name("Masaku", gazetteer)}


def test_a_small_town_in_a_state_nothing_else_points_to_gives_way_to_the_city_named(nlp, gazetteer) -> None:
    from crosswire.extract.places import choose_event_place

    def place(text: str, home: tuple[str, str] | None = None) -> tuple[str, str | None]:
        chosen = choose_event_place(resolved_toponyms(nlp, gazetteer, text), gazetteer, home)
        assert chosen is not None
        return chosen.place.name, chosen.place.admin1

    # Cincinnati's Madisonville is missing from the gazetteer, and nothing places the story in Kentucky
    text = "A 5-year-old boy was fatally shot in Madisonville on Sunday, Cincinnati police said."
    assert place(text) == ("Cincinnati", "Ohio")
    # the town stays where the article places it: by its state, by its outlet, or by its own police
    assert place(text, ("US", "KY")) == ("Madisonville", "Kentucky")
    assert place(text.replace("Madisonville", "Madisonville, Ky.,")) == ("Madisonville", "Kentucky")
    text = "A man was shot in Madisonville on Sunday, Madisonville police said. He was flown to a Cincinnati hospital."
    assert place(text) == ("Madisonville", "Kentucky")


def test_a_surname_spacy_reads_as_a_town_after_in_is_the_town(nlp, gazetteer: Gazetteer) -> None:
    # a photo credit run into the text makes spaCy read "Mark Keszler Salinas" as one man
    text = (
        "Mark Keszler Salinas police said two people were shot to death in Salinas on Thursday. "
        "The suspect was handcuffed in Salinas hours later."
    )
    assert "Salinas" in toponym_texts(nlp, gazetteer, text)
    # a surname written once after "in" stays the man's
    text = (
        "Hugh Jackman will host the Oscars. Jackman was announced Friday. Jackman said he was thrilled. "
        "Bringing in Jackman to host the show fits the plan."
    )
    assert "Jackman" not in toponym_texts(nlp, gazetteer, text)


def test_a_name_before_administration_is_a_leader_not_a_place(nlp, gazetteer: Gazetteer) -> None:
    from spacy.tokens import Span

    def tagged_as_place(text: str, name: str) -> list[str]:
        doc = nlp.make_doc(text)
        start = [token.text for token in doc].index(name)
        doc.ents = [Span(doc, start, start + 1, label="GPE")]  # as spaCy tags it in some contexts
        return [toponym.text for toponym in find_toponyms(split_sentences(nlp(doc), 2026), gazetteer)]

    assert tagged_as_place("The rules were weakened in the last days of the Bush administration.", "Bush") == []
    # a country's or a city's administration is still the place
    assert tagged_as_place("The Kenya administration sent troops north.", "Kenya") == ["Kenya"]
    assert tagged_as_place("The Wuhan administration closed the markets.", "Wuhan") == ["Wuhan"]


def test_broadway_is_a_street_not_a_town(nlp, gazetteer: Gazetteer) -> None:
    text = "Officers responded to South Broadway and Cedar Street around 3:30 a.m., Lexington police said."
    found = toponym_texts(nlp, gazetteer, text)
    assert "Lexington" in found
    assert "Broadway" not in found

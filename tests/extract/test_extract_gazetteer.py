"""The GeoNames gazetteer: names (with spelling variants) to towns, admin1 areas and countries."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crosswire.extract.gazetteer import Gazetteer
from crosswire.model import PlaceKind


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open(Path(os.environ.get("CROSSWIRE_CACHE_DIR", "~/.cache/crosswire")).expanduser())


@pytest.mark.parametrize("name", ["Harem", "Harim", "harim", "Ḩārim"])
def test_harem_spellings_give_harim_in_idlib_syria(gazetteer, name):
    places = gazetteer.lookup(name)

    syrian = [place for place in places if place.country_code == "SY" and place.kind is PlaceKind.TOWN]
    assert syrian, places
    harim = syrian[0]
    assert harim.name == "Ḩārim"
    assert harim.country == "Syria"
    assert harim.admin1 == "Idlib"
    assert harim.lat == pytest.approx(36.21, abs=0.05)
    assert harim.lon == pytest.approx(36.52, abs=0.05)
    assert harim.label == "Ḩārim, Idlib, Syria"


@pytest.mark.parametrize("name", ["Borno State", "Borno state", "Borno"])
def test_borno_state_is_the_admin1_in_nigeria(gazetteer, name):
    first = gazetteer.lookup(name)[0]

    assert first.kind is PlaceKind.ADMIN1
    assert first.name == "Borno"
    assert first.country_code == "NG"
    assert first.country == "Nigeria"
    assert 10 < first.lat < 14 and 11 < first.lon < 15  # north-east Nigeria


def test_admin1_suffix_does_not_fall_back_to_towns(gazetteer):
    assert all(place.kind is not PlaceKind.TOWN for place in gazetteer.lookup("Borno State"))


@pytest.mark.parametrize(
    ("name", "code"),
    [("Nigeria", "NG"), ("the Syrian Arab Republic", "SY"), ("DRC", "CD"), ("DPRK", "KP"), ("Holy See", "VA")],
)
def test_country_names_give_the_country(gazetteer, name, code):
    first = gazetteer.lookup(name)[0]

    assert first.kind is PlaceKind.COUNTRY
    assert first.country_code == code
    assert first.key == f"country:{code}"


def test_the_european_union_is_read_as_europe_before_the_norman_town_of_eu(gazetteer):
    europe = gazetteer.lookup("European Union")[0]
    assert europe.kind is PlaceKind.CONTINENT and europe.name == "Europe" and europe.label == "Europe"
    assert {place.kind for place in gazetteer.lookup("EU")} == {PlaceKind.CONTINENT, PlaceKind.TOWN}


def test_town_lies_in_its_admin1_and_country(gazetteer):
    konduga = next(p for p in gazetteer.lookup("Konduga") if p.country_code == "NG")
    borno = gazetteer.lookup("Borno State")[0]
    nigeria = gazetteer.lookup("Nigeria")[0]

    assert konduga.kind is PlaceKind.TOWN
    assert konduga.admin1 == "Borno"
    assert borno.contains(konduga)
    assert nigeria.contains(konduga)
    assert not konduga.contains(borno)


def test_most_populous_candidate_comes_first(gazetteer):
    places = gazetteer.lookup("Damascus")
    assert places[0].country_code == "SY"
    assert [p.population for p in places] == sorted((p.population for p in places), reverse=True)


def test_capitals_are_known(gazetteer):
    damascus = gazetteer.lookup("Damascus")[0]
    harim = gazetteer.lookup("Harem")[0]
    assert gazetteer.is_capital(damascus)
    assert not gazetteer.is_capital(harim)


def test_unknown_name_gives_nothing(gazetteer):
    assert gazetteer.lookup("Zzyzxqwvville") == ()
    assert not gazetteer.is_place_name("Zzyzxqwvville")


def test_country_by_code(gazetteer):
    nigeria = gazetteer.country("NG")
    assert nigeria is not None and nigeria.kind is PlaceKind.COUNTRY and nigeria.name == "Nigeria"
    assert gazetteer.country("XX") is None


def test_a_county_is_a_place_that_contains_its_towns(gazetteer) -> None:
    from crosswire.model import PlaceKind

    (yuba,) = [place for place in gazetteer.lookup("Yuba County") if place.kind is PlaceKind.ADMIN2]
    assert yuba.admin1 == "California" and yuba.geonameid is not None and yuba.geo_precision == 2
    assert [place.name for place in gazetteer.lookup("Yuba Co.")] == ["Yuba County"]
    olivehurst = next(place for place in gazetteer.lookup("Olivehurst") if place.admin1 == "California")
    assert yuba.contains(olivehurst) and not olivehurst.contains(yuba)
    assert yuba.distance_km(olivehurst.lat, olivehurst.lon) < 40


def test_indexes_of_earlier_versions_are_removed(tmp_path: Path) -> None:
    from crosswire.extract.gazetteer import remove_stale_indexes

    current = tmp_path / "gazetteer-v12.sqlite"
    for name in ("gazetteer-v10.sqlite", "gazetteer-v11.sqlite", current.name, "events.db"):
        (tmp_path / name).write_bytes(b"x")
    remove_stale_indexes(tmp_path, current)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["events.db", "gazetteer-v12.sqlite"]


def test_macau_and_bare_county_names_are_indexed(gazetteer) -> None:
    assert any(place.kind is PlaceKind.COUNTRY and place.country_code == "MO" for place in gazetteer.lookup("Macau"))
    hampshire = [place for place in gazetteer.lookup("Hampshire") if place.kind is PlaceKind.ADMIN2]
    assert [place.country_code for place in hampshire] == ["GB"]
    assert any(place.name == "East Riding of Yorkshire" for place in gazetteer.lookup("East Yorkshire"))
    # a district named like a town of its state stays the town's name
    assert all(place.kind is not PlaceKind.ADMIN2 for place in gazetteer.lookup("Birmingham"))


def test_the_index_holds_the_state_of_each_north_american_area_code(gazetteer):
    assert gazetteer.dialled_area("717") == ("US", "PA")
    assert gazetteer.dialled_area("304") == ("US", "WV")
    assert gazetteer.dialled_area("613") == ("CA", "08")  # Ontario
    assert gazetteer.dialled_area("800") is None  # toll-free
    assert gazetteer.dialled_area("999") is None

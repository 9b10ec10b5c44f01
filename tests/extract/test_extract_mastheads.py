"""The area a local newsroom's address names, read only where it is unambiguous."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from crosswire.extract.gazetteer import Gazetteer
from crosswire.extract.mastheads import masthead_area


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.open(Path(os.environ.get("CROSSWIRE_CACHE_DIR", "~/.cache/crosswire")).expanduser())


@pytest.mark.parametrize(
    ("outlet", "area"),
    [
        ("daytondailynews.com", ("US", "OH")),  # a town's name begins the address
        ("pittsburgh.cbslocal.com", ("US", "PA")),  # a station's local site
        ("delawareonline.com", ("US", "DE")),  # a state's name
        ("nj.com", ("US", "NJ")),  # a state's postal code standing alone
        ("toledoblade.com", ("US", "OH")),  # a generic domain is American: not Toledo District, Belize
        ("miamiok.com", ("US", "OK")),  # a town with its state's code
        ("manchestereveningnews.co.uk", ("GB", "ENG")),  # a country's domain: a place in that country
        ("nbcconnecticut.com", ("US", "CT")),  # a network's affiliate: the network, then its area
        ("abc7chicago.com", ("US", "IL")),
        ("fox13memphis.com", ("US", "TN")),
        ("cbs5az.com", ("US", "AZ")),
        ("fox5dc.com", ("US", "DC")),
    ],
)
def test_an_address_that_names_one_area_gives_it(gazetteer: Gazetteer, outlet: str, area: tuple[str, str]) -> None:
    assert masthead_area(outlet, gazetteer) == area


@pytest.mark.parametrize(
    "outlet",
    [
        "washingtonpost.com",  # a state and the capital
        "kansascity.com",  # Kansas City, Missouri and Kansas City, Kansas
        "claycountyprogress.com",  # a county name shared by many states
        "reuters.com",  # no place
        "nbcnews.com",  # a network's national newsroom
        "foxnews.com",
        "abcnews4.com",
        "nbcwashington.com",  # the capital's affiliate, named like the state
        "St. Louis Post-Dispatch",  # a masthead's name, not an address
        "localhost",
    ],
)
def test_an_address_that_names_no_area_or_several_gives_none(gazetteer: Gazetteer, outlet: str) -> None:
    assert masthead_area(outlet, gazetteer) is None


@pytest.mark.parametrize(
    ("title", "area"),
    [
        ("Friends react after Columbus teen killed - WTVM.com-Columbus, GA News", ("US", "GA")),
        ("Man dies in accidental shooting - KSLA News 12 Shreveport, Louisiana News", ("US", "LA")),
        ("Teen shot - KOB 4 Albuquerque, New Mexico", ("US", "NM")),
        ("Two dead in a shooting in Paris, Texas", None),  # no masthead: the story's own place
        ("Man shot - The Testville Courier", None),  # a masthead that names no town and state
        ("Man shot - Testville News, ZZ", None),  # no such state
    ],
)
def test_the_masthead_a_headline_ends_with_names_its_state(
    gazetteer: Gazetteer, title: str, area: tuple[str, str] | None
) -> None:
    from crosswire.extract.mastheads import title_masthead_area

    assert title_masthead_area(title, gazetteer) == area

"""Adjectives of place name a country or a continent, and some name none."""

from __future__ import annotations

import os
from pathlib import Path

from crosswire.extract.demonyms import demonym_code, demonym_country
from crosswire.extract.gazetteer import Gazetteer
from crosswire.model import PlaceKind


def test_adjectives_name_their_country_or_continent() -> None:
    gazetteer = Gazetteer.open(Path(os.environ.get("CROSSWIRE_CACHE_DIR", "~/.cache/crosswire")).expanduser())
    assert demonym_code("Syrian") == "SY" and demonym_code("Filipinos") == "PH"
    assert demonym_code("Kurdish") is None  # a people of four countries
    assert demonym_country("Cuban", gazetteer).name == "Cuba"
    african = demonym_country("African", gazetteer)
    assert african is not None and african.kind is PlaceKind.CONTINENT
    assert demonym_country("Martian", gazetteer) is None

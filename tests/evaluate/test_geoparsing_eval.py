"""`crosswire eval geoparsing` on tiny invented corpora written in the three layouts it reads."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.evaluate.geoparsing import read_geoparsing_corpus
from support import write

runner = CliRunner()

TEXT = "Flooding hit Nairobi on Monday, and Kenyan officials said rain would reach Mombasa by Friday."
NAIROBI, MOMBASA = TEXT.index("Nairobi"), TEXT.index("Mombasa")

TR_NEWS = f"""<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><title>Floods</title><text><![CDATA[{TEXT}]]></text><toponyms>
<toponym><phrase>Nairobi</phrase><start>{NAIROBI}</start><end>{NAIROBI + 7}</end>
<gaztag geonameid="184745"><name>Nairobi</name><fcode>PPLC</fcode><lat>-1.28333</lat><lon>36.81667</lon></gaztag>
</toponym>
<toponym><phrase>Mombasa</phrase><start>{MOMBASA}</start><end>{MOMBASA + 7}</end>
<gaztag geonameid="186301"><name>Mombasa</name><fcode>PPLA</fcode><lat>-4.05466</lat><lon>39.66359</lon></gaztag>
</toponym></toponyms></article></articles>"""

GEOWEBNEWS = f"""<?xml version="1.0" ?>
<articles><article file="0"><title>Floods</title><text>{TEXT}</text><toponyms>
<toponym><extractedName>Nairobi</extractedName><type>Literal</type><start>{NAIROBI}</start><end>{NAIROBI + 7}</end>
<geonamesID>184745</geonamesID><latitude>-1.28333</latitude><longitude>36.81667</longitude></toponym>
<toponym><extractedName>officials</extractedName><type>Non_Lit_Expression</type><start>43</start><end>52</end>
<geonamesID></geonamesID><latitude></latitude><longitude></longitude></toponym>
</toponyms></article></articles>"""

# GeoVirus counts offsets from 1
GEOVIRUS = f"""<articles><article><source>x</source><text>{TEXT}</text><locations>
<location><name>Mombasa</name><start>{MOMBASA + 1}</start><end>{MOMBASA + 8}</end>
<lat>-4.05</lat><lon>39.66</lon><page>x</page></location></locations></article></articles>"""


def test_the_three_layouts_are_read_with_their_gold_spans(tmp_path: Path) -> None:
    tr = read_geoparsing_corpus(write(tmp_path / "tr.xml", TR_NEWS))
    gwn = read_geoparsing_corpus(write(tmp_path / "gwn.xml", GEOWEBNEWS))
    virus = read_geoparsing_corpus(write(tmp_path / "virus.xml", GEOVIRUS))
    assert [(t.text, t.geonameid) for t in tr[0].toponyms] == [("Nairobi", 184745), ("Mombasa", 186301)]
    assert [t.text for t in gwn[0].toponyms] == ["Nairobi"]  # an expression without coordinates is no toponym
    assert [(t.text, t.start) for t in virus[0].toponyms] == [("Mombasa", MOMBASA)]


def test_eval_geoparsing_prints_resolution_and_recognition(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "geoparsing", "--data", str(write(tmp_path / "tr.xml", TR_NEWS))])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)
    assert metrics["gold_toponyms"] == 2
    assert metrics["resolution"]["exact_id_accuracy"] == 1.0
    assert metrics["resolution"]["within_161_km"] == 1.0
    recognition = metrics["recognition"]
    assert recognition["recall"] == 1.0
    assert recognition["predicted"] == 3  # "Kenyan" is found too: an adjective of place, not in this gold
    assert metrics["toponyms_per_second"] > 0


def test_eval_geoparsing_on_a_file_that_is_not_xml_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "geoparsing", "--data", str(write(tmp_path / "bad.xml", "not xml"))])
    assert result.exit_code == 2
    assert "bad.xml" in result.output and "XML" in result.output

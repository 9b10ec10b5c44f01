"""Syndicated copies of one wire story are found; separately written reports of the same event are not copies."""

from __future__ import annotations

from crosswire.cluster import (
    SyndicationIndex,
    signature_from_bytes,
    signature_to_bytes,
    tells_no_story,
    text_signature,
)

WIRE = (
    "A bomb hidden near a row of tea stalls exploded at a crowded market in Konduga on Tuesday, killing nine "
    "people and injuring 23 others, police said. The blast happened shortly before midday as traders from "
    "surrounding villages gathered for the weekly market. Police spokesman Yakubu Lawan said the device had "
    "been hidden in a sack of charcoal. No group claimed responsibility, but police blamed Boko Haram, which "
    "has repeatedly attacked markets, mosques and bus stations in the state. The wounded were taken to the "
    "state hospital in Maiduguri, where doctors said several were in a critical condition."
)
REPRINT = WIRE.replace("The blast happened shortly before midday", "The explosion occurred shortly before noon")
OWN_REPORT = (
    "Nine people died when an explosive device went off at the Konduga market on Tuesday, the police told AFP. "
    "Witnesses said they heard a loud bang near the tea stalls before people began to run. The state governor "
    "condemned the attack and promised support for the families of the victims."
)


def test_a_lightly_edited_reprint_is_a_copy() -> None:
    index = SyndicationIndex()
    index.add(1, text_signature(WIRE))
    found = index.find_copy_of(text_signature(REPRINT))
    assert found is not None and found[0] == 1 and found[1] > 0.7


def test_a_report_written_separately_is_not_a_copy() -> None:
    index = SyndicationIndex()
    index.add(1, text_signature(WIRE))
    assert index.find_copy_of(text_signature(OWN_REPORT)) is None


def test_signatures_survive_storage() -> None:
    signature = text_signature(WIRE)
    assert signature_from_bytes(signature_to_bytes(signature)).jaccard(signature) == 1.0


def test_a_sites_template_scraped_in_place_of_the_story_tells_none() -> None:
    """Two sites' login prompts are identical, whatever the stories behind them: sharing them is no copying."""
    assert tells_no_story("Boy, 11, among four shot in Mount Oliver", "Thank you for registering! Close")
    assert tells_no_story("Flood sweeps away bridge in Lokoja", "Just one more thing... Please verify your email.")


def test_a_short_brief_that_repeats_its_headline_and_a_long_story_tell_theirs() -> None:
    brief = "A bomb killed seven people at the cattle market in Konduga on Tuesday, police said."
    assert not tells_no_story("Market blast kills seven in Konduga", brief)
    assert not tells_no_story("Untitled", WIRE)

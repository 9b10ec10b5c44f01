"""The learned event-type classifier: its examples, its answers on invented texts, and its reproducible model."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from crosswire.extract import Extractor
from crosswire.extract.event_classifier import MODEL_FILE, EventTypeModel, read_event_type
from crosswire.extract.event_types import ACLED_TAXONOMY
from crosswire.extract.nlp import load_nlp
from crosswire.extract.sentences import Sentence, split_sentences
from crosswire.extract.train_event_types import examples_digest, read_examples, train
from crosswire.model import Article, ClaimField, EventType
from support import write


def sentences(text: str, title: str | None = None) -> list[Sentence]:
    nlp = load_nlp()
    parsed = split_sentences(nlp(text), 2026)
    if title is None:
        return parsed
    title_doc = nlp(title)
    return [Sentence(-1, title, -1, -1, title_doc[:], in_title=True, doc_text=title), *parsed]


def test_every_sub_event_type_and_none_has_enough_examples() -> None:
    counts = Counter(example.label for example in read_examples())
    expected = {f"{kind} | {sub}" for kind, subs in ACLED_TAXONOMY.items() for sub in subs} | {"none"}
    assert set(counts) == expected
    assert min(counts.values()) >= 20


def test_examples_file_format_is_read_and_a_stray_example_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "# comment\n\n## Riots | Mob violence\nA mob beat a thief.\n## none | none\nRain fell.\n")
    assert [(e.label, e.text) for e in read_examples(tmp_path)] == [
        ("Riots | Mob violence", "A mob beat a thief."),
        ("none", "Rain fell."),
    ]
    write(tmp_path / "b.txt", "An example before any class.\n")
    with pytest.raises(ValueError, match=r"b\.txt line 1"):
        read_examples(tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers and rebel fighters exchanged fire for hours near the river crossing.", ("Battles", "Armed clash")),
        (
            "A suicide bomber blew himself up at the crowded bus station.",
            ("Explosions/Remote violence", "Suicide bomb"),
        ),
        (
            "Police fired tear gas to disperse the students marching to parliament.",
            ("Protests", "Protest with intervention"),
        ),
        (
            "Armed men kidnapped four engineers from their camp and demanded a ransom.",
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        ("Warplanes bombed the rebel-held town overnight.", ("Explosions/Remote violence", "Air/drone strike")),
    ],
)
def test_clear_sentences_get_their_type(text: str, expected: tuple[str, str]) -> None:
    reading = read_event_type(sentences(text))
    assert reading.choice is not None
    assert reading.choice.value == EventType(*expected)
    assert reading.ranked[0][0] == EventType(*expected)
    assert 0.0 < reading.choice.confidence <= 1.0


def test_a_text_without_an_event_gets_none_but_still_a_ranking() -> None:
    reading = read_event_type(sentences("The national team beat their rivals 3-1 to win the cup on Sunday."))
    assert reading.choice is None
    assert reading.event_probability < 0.5
    assert len(reading.ranked) == 25  # a caller who knows there is an event can still take the best type


def test_background_alone_is_no_event_and_the_event_sentence_decides() -> None:
    background = "The insurgency has killed more than 30,000 people since 2009."
    assert read_event_type(sentences(background)).choice is None
    text = f"The governor visited the town on Monday. Gunmen abducted twelve pupils from a school there. {background}"
    choice = read_event_type(sentences(text)).choice
    assert choice is not None
    assert choice.value.sub_event_type == "Abduction/forced disappearance"
    assert choice.sentence.text == "Gunmen abducted twelve pupils from a school there."
    assert choice.cue and choice.cue.lower() in choice.sentence.text.lower()


def test_a_text_whose_every_sentence_reads_as_background_is_judged_on_its_words() -> None:
    # a past year beside the act marks the only sentence background; with nothing else told, it is still the event
    told = sentences("Troops killed four militants near Tessa on Friday who had attacked a checkpoint in 2019.")
    assert all(sentence.background for sentence in told)
    choice = read_event_type(told).choice
    assert choice is not None and choice.value.event_type == "Battles"


def test_a_headline_alone_does_not_make_an_event_when_the_body_has_none() -> None:
    reading = read_event_type(
        sentences(
            "The mayor opened the new public library on Wednesday, thanking the volunteers.", "Town opens new library"
        )
    )
    assert reading.choice is None


def _shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return data


def test_the_shipped_model_was_trained_on_the_shipped_examples() -> None:
    assert _shipped()["trained_on"]["digest"] == examples_digest(read_examples()), "run `make train-event-types`"


def test_retraining_reproduces_the_shipped_model() -> None:
    shipped = _shipped()
    retrained = train(read_examples(), load_nlp(), shipped["trained_on"]["penalty"])
    assert retrained["classes"] == shipped["classes"]
    assert retrained["features"] == shipped["features"]
    old = EventTypeModel.from_json(shipped)
    new = EventTypeModel.from_json(retrained)
    assert abs(old.weights - new.weights).max() < 1e-3
    assert abs(old.bias - new.bias).max() < 1e-3


def test_the_extractor_claims_the_type_with_the_deciding_sentence(extractor: Extractor) -> None:
    lead = "Fighter jets bombed a fuel depot held by the rebels outside Testville on Tuesday."
    analysis = extractor.analyse(
        Article(
            content_hash="x",
            source="t",
            title="Testville this week",
            text=f"{lead}\n\nThe mayor said the town's schools would reopen next week.",
            outlet="The Testville Courier",
            published=datetime(2026, 11, 5),
        )
    )
    claims = [claim for claim in analysis.claims if claim.field is ClaimField.EVENT_TYPE]
    assert len(claims) == 1
    claim = claims[0]
    assert claim.value == EventType("Explosions/Remote violence", "Air/drone strike")
    assert claim.extractor == "event_types.classifier"
    assert claim.quote == lead
    assert analysis.event_type == claim.value


def test_many_sentences_of_context_do_not_outvote_the_one_that_reports_the_event() -> None:
    context = (
        "The Brotherhood was founded by a preacher who later fell out with its other leaders. Its new leader has "
        "tried to keep the group's foreign members together. The group is said to control a few villages in the "
        "hills and to recruit among young men there. Officials said the group had refused to hand over two of its "
        "members. The authorities have banned the group and listed it as a terrorist organisation. Analysts say "
        "the movement has split into rival factions. Its fighters moved to the hills after the authorities took "
        "power in the region. Some members have joined other armed groups. The group appears to have fallen out "
        "of favour with the new authorities. Its leader is wanted on a foreign arrest warrant. The authorities "
        "said the operation aimed to capture the leader and restore order. A resident said the group had set up "
        "its own courts in the villages."
    )
    lead = (
        "Government troops clashed overnight with fighters of the Testland Brotherhood near Testville, and both "
        "sides suffered casualties."
    )
    choice = read_event_type(sentences(f"{lead} {context}")).choice
    assert choice is not None
    assert choice.value == EventType("Battles", "Armed clash")
    assert choice.sentence.text == lead


def test_a_catch_all_development_gives_way_to_a_violent_type_when_people_were_attacked() -> None:
    import numpy as np

    change, attack = "Strategic developments | Change to group/activity", "Violence against civilians | Attack"
    # a model that always prefers the catch-all development, then an attack
    model = EventTypeModel(["none", change, attack], ["w:x"], np.zeros((1, 3)), np.array([-5.0, 2.0, 1.0]))
    violent = read_event_type(sentences("Two soldiers of the mission allegedly beat a teenage boy."), model).choice
    assert violent is not None and violent.value == EventType("Violence against civilians", "Attack")
    calm = read_event_type(sentences("The movement said it would change its name next month."), model).choice
    assert calm is not None and calm.value == EventType("Strategic developments", "Change to group/activity")


def test_a_likely_sub_type_with_its_cue_words_in_the_body_is_an_event_from_a_lower_probability() -> None:
    import numpy as np

    protest = "Protests | Peaceful protest"
    # a model that gives any sentence an event probability of about 0.3, all of it to a peaceful protest
    model = EventTypeModel(["none", protest], ["w:x"], np.zeros((1, 2)), np.array([0.85, 0.0]))
    cued = read_event_type(sentences("Teachers protested outside the ministry on Monday."), model)
    assert 0.15 < cued.event_probability < 0.4
    assert cued.choice is not None and cued.choice.value == EventType("Protests", "Peaceful protest")
    uncued = read_event_type(sentences("The council opened a new library on Monday."), model)
    assert uncued.choice is None

"""The learned ACLED event-type classifier: one sentence at a time, then the article.

A sentence becomes a bag of features read from its spaCy parse: its words other than stop words (names, numbers
and dates replaced by their entity label, so that "Kalbo" teaches nothing and "GPE" does), a crude stem, the
lexicon cues of `event_types`, and who did what to whom (the subject's head word with the verb, the verb with its
object, a passive verb, the root verb). Word pairs were tried and left out: the parse's pairs carry what they
carry, and cross-validation on the examples was no better with them. A multinomial logistic regression, trained
by `train_event_types` on the examples in `data/event_types/`, turns the features into a probability for each of
the 25 ACLED sub-event types and for "none". The weights ship as a JSON file (1.8 MB), so classifying
needs numpy and nothing else; loading it takes a fraction of a second and happens on first use, never at import.

An article reports an event when one of its body's sentences that is not background gives an event a probability
above 0.4 (a headline alone is too short to be trusted, unless there is no body; a text whose every sentence reads
as background is judged on all of them, since a past year beside the act marks a coder's one-line note so). The
examples of texts without an event include background sentences ("the war has killed 30,000"), which makes the model
cautious with a short sentence of a number and a verb: at 0.5, 226 of ACLED's 6,831 event notes were read as no
event, at 0.4 139, and CASE 2021's snippets of events outside ACLED (disasters, diplomacy, crime) scored the same;
at 0.3 those lost. From 0.15 is enough when a body sentence holds a cue phrase of the likeliest sub-type ("went on
strike"): 131 notes read as no event, and CASE 2021's 30-class score a little higher (weighted F1 0.694 to 0.697).

Each sentence then votes for the sub-event types it finds likely (probability 0.25 or more), its votes weighted by
where it stands: news tells the event first and context after, so the title and the lead weigh most, later
sentences less the further down they are, and background sentences ("the insurgency has killed 30,000 people since
2009") little. The lead (the body's first three sentences) also votes read whole, as the examples were, as strongly
as its sentences together. The votes rank the sub-types, ACLED's definitions (`event_definitions`) may put another
first where words cannot tell (who took the ground, whether demonstrators were violent, whether the weapon is
named), and the first decides; its type is the event type (summing a type's sub-types instead let the eight
strategic developments outvote the three kinds of battle). The deciding sentence is the one that gives the chosen
sub-type most; the confidence is the chosen sub-type's share of the sentences' (weighted) event probability, votes
or not.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from crosswire.errors import ResourceError
from crosswire.extract.event_definitions import apply_definitions
from crosswire.extract.event_types import EventTypeChoice, classify_by_cues, cue_matches
from crosswire.extract.sentences import LEAD_SENTENCES, Sentence
from crosswire.model import EventType

MODEL_FILE = Path(__file__).parent / "data" / "event_type_model.json"
NONE = "none"

# Entity labels whose words carry no event meaning: a place or a person's name, a number, a date.
_MASKED_ENTITIES = {
    "PERSON",
    "GPE",
    "LOC",
    "FAC",
    "DATE",
    "TIME",
    "CARDINAL",
    "MONEY",
    "ORDINAL",
    "QUANTITY",
    "PERCENT",
}
_SUBJECTS = {"nsubj", "nsubjpass"}
_OBJECTS = {"dobj", "pobj", "attr"}
# A sentence counts by where it stands: the title and lead tell the event, background sentences hardly count.
_TITLE_WEIGHT = 1.5
_LEAD_WEIGHT = 1.25
_MIN_VOTE = 0.25  # a sentence's probability for a type counts only from this up
_BACKGROUND_WEIGHT = 0.3
# An article reports an event when a sentence (not background) gives an event more than this probability.
_EVENT_THRESHOLD = 0.4
# ... or more than this one when the likeliest sub-type's own cue words are there ("went on strike", "protested").
_CUED_EVENT_THRESHOLD = 0.15


def _token_key(token: Any) -> str:
    """The word as a feature: lower case, or its entity label for names, places, numbers and dates."""
    if token.ent_type_ in _MASKED_ENTITIES:
        return str(token.ent_type_)
    if token.like_num:
        return "CARDINAL"
    lower: str = token.lower_
    return lower


def sentence_features(span: Any, text: str) -> list[str]:
    """The features of one parsed sentence (`span`, a spaCy Span or Doc) whose text is `text`.

    Training and classifying call this same function, so that the model sees at run time exactly what it
    learned from.
    """
    features: set[str] = set()
    previous_entity = -1
    for token in span:
        if token.is_punct or token.is_space:
            continue
        key = _token_key(token)
        if key.isupper() and token.ent_iob_ == "I" and previous_entity == token.i - 1:
            previous_entity = token.i  # one feature per entity, not one per word of it
            continue
        previous_entity = token.i if key.isupper() else -1
        if not token.is_stop:  # "the" and "and" say how a sentence is written, not what happened
            features.add("w:" + key)
        if token.ent_type_ in ("NORP", "ORG"):
            features.add("e:" + token.ent_type_)
        if len(key) >= 6 and key.isalpha() and key.islower():
            features.add("p:" + key[:5])
    for token in span:
        if token.pos_ not in ("VERB", "AUX") and token.dep_ != "ROOT":
            continue
        verb = _token_key(token)
        if token.dep_ == "ROOT":
            features.add("root:" + verb)
        for child in token.children:
            if child.dep_ in _SUBJECTS:
                features.add(f"sv:{_token_key(child)}_{verb}")
            if child.dep_ == "nsubjpass" or child.dep_ == "auxpass":
                features.add("pass:" + verb)
            if child.dep_ in _OBJECTS:
                features.add(f"vo:{verb}_{_token_key(child)}")
            if child.dep_ == "prep":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        features.add(f"vpo:{verb}_{child.lower_}_{_token_key(grandchild)}")
    for sub_event_type in cue_matches(text):
        features.add("cue:" + sub_event_type)
    return sorted(features)


@dataclass(frozen=True)
class EventTypeReading:
    """Everything the classifier concluded about one text.

    The choice (None when it reports no event), how likely it reports an event at all, and every ACLED sub-event
    type and event type ranked by its share of the event probability, for a caller that knows the text reports an
    event and needs the best type regardless. `by_cues` is the old lexicon rules' answer, kept as the baseline
    that evaluations report.
    """

    choice: EventTypeChoice | None
    event_probability: float
    ranked: list[tuple[EventType, float]]
    event_types: list[tuple[str, float]]
    by_cues: EventType | None = None


class EventTypeModel:
    """The trained weights: one row of class weights per feature, and the class biases."""

    def __init__(self, classes: Sequence[str], features: Sequence[str], weights: np.ndarray, bias: np.ndarray):
        self.classes = list(classes)
        self.types = [_event_type(label) for label in self.classes]
        self.index = {feature: position for position, feature in enumerate(features)}
        self.weights = weights
        self.bias = bias
        self.none = self.classes.index(NONE)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EventTypeModel:
        return cls(
            data["classes"],
            data["features"],
            np.asarray(data["weights"], dtype=np.float64),
            np.asarray(data["bias"], dtype=np.float64),
        )

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> EventTypeModel:
        try:
            return cls.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError) as error:
            raise ResourceError(
                f"the event-type model {path} is missing or unreadable ({error}): rebuild it with "
                "`make train-event-types`"
            ) from None

    def probabilities(self, features: Iterable[str]) -> np.ndarray:
        """Class probabilities for one bag of features (features the model never saw are ignored)."""
        rows = [self.index[feature] for feature in features if feature in self.index]
        scores = self.bias.copy()
        if rows:
            scores += self.weights[rows].sum(axis=0) / math.sqrt(len(rows))
        scores -= scores.max()
        exp = np.exp(scores)
        result: np.ndarray = exp / exp.sum()
        return result

    def strongest_feature(self, features: Iterable[str], class_index: int) -> str | None:
        """The word that pushes hardest towards a class: the cue a reader can check in the sentence (an entity label
        such as GPE is not a word of the sentence, so it is never the cue)."""
        best, best_weight = None, 0.0
        for feature in features:
            position = self.index.get(feature)
            if position is None or not feature.startswith("w:") or feature[2:].isupper():
                continue
            weight = float(self.weights[position, class_index])
            if weight > best_weight:
                best, best_weight = feature, weight
        return best


def _event_type(label: str) -> EventType | None:
    if label == NONE:
        return None
    event_type, sub_event_type = label.split(" | ")
    return EventType(event_type, sub_event_type)


@lru_cache(maxsize=1)
def load_model() -> EventTypeModel:
    """The shipped model, loaded once per process on first use."""
    return EventTypeModel.load()


def _sentence_weight(sentence: Sentence) -> float:
    """News tells the event first and context after (the inverted pyramid): the title and the lead weigh most, and
    a sentence weighs less the further down it stands (the tenth a third of the lead's), background least."""
    if sentence.background:
        return _BACKGROUND_WEIGHT
    if sentence.in_title:
        return _TITLE_WEIGHT
    if sentence.in_lead:
        return _LEAD_WEIGHT
    return _LEAD_WEIGHT / (1.0 + (sentence.index - LEAD_SENTENCES + 1) / 3.0)


def _votes(probabilities: np.ndarray) -> np.ndarray:
    """Each sentence votes only for the types it finds likely: in a long article, twenty sentences that each give
    a strategic development 0.1 must not outvote the two that say "clashes erupted"."""
    votes: np.ndarray = np.where(probabilities >= _MIN_VOTE, probabilities, 0.0)
    return votes


def _in_lead(sentence: Sentence) -> bool:
    return sentence.in_lead and not sentence.background


def _features(sentence: Sentence) -> list[str]:
    if sentence.span is None:  # not parsed: the lexicon's cues are all there is to go on
        return ["cue:" + cue for cue in cue_matches(sentence.text)]
    return sentence_features(sentence.span, sentence.text)


def read_event_type(
    sentences: list[Sentence], model: EventTypeModel | None = None, with_cues: bool = False
) -> EventTypeReading:
    """Classify each sentence, then the article (see the module's docstring for how sentences combine).

    `with_cues` also gives the old lexicon rules' answer, which evaluation reports as a baseline; ingest skips it.
    """
    model = model if model is not None else load_model()
    parsed = [(sentence, _features(sentence)) for sentence in sentences if sentence.text.strip()]
    rules = classify_by_cues(sentences) if with_cues else None
    by_cues = rules.value if rules is not None else None
    if not parsed:
        return EventTypeReading(None, 0.0, [], [], by_cues)
    probabilities = np.array([model.probabilities(features) for _, features in parsed])
    weights = np.array([_sentence_weight(sentence) for sentence, _ in parsed])
    plain = probabilities * weights[:, None]
    weighted = _votes(probabilities) * weights[:, None]
    totals, plain_totals = weighted.sum(axis=0), plain.sum(axis=0)
    lead = [(sentence, features) for sentence, features in parsed if _in_lead(sentence)]
    if len(lead) >= 2:
        # The lead read whole is one more voice, as strong as its sentences together: a sentence alone may lack
        # the word that tells an attack on civilians from a clash, which its neighbour has.
        lead_probabilities = model.probabilities(sorted({feature for _, features in lead for feature in features}))
        lead_weight = sum(_sentence_weight(sentence) for sentence, _ in lead)
        totals += _votes(lead_probabilities[None, :])[0] * lead_weight
        plain_totals += lead_probabilities * lead_weight
    totals[model.none] = plain_totals[model.none] = 0.0
    if not totals.sum():  # nothing is likely enough anywhere: rank by the plain probabilities
        totals = plain_totals.copy()
    event_share = totals.sum()
    # Whether there is an event at all is for the body to say: a headline is too short to be read alone
    # ("Testville opens new library" is not a change to a group's activity), unless it is all there is.
    body = [not sentence.background and not sentence.in_title for sentence, _ in parsed]
    if not any(body):
        body = [not sentence.background for sentence, _ in parsed]
    if not any(body):  # all of it background: the marking misfired (a past year beside the act), or it is old news
        body = [True] * len(parsed)
    event_probability = max(
        (1.0 - float(p[model.none]) for p, b in zip(probabilities, body, strict=True) if b), default=0.0
    )
    # votes first, and where they tie (often at nothing) the plain probabilities
    order = [int(i) for i in np.lexsort((-plain_totals, -totals)) if i != model.none]
    ranked = [(t, round(float(totals[i] / event_share), 4)) for i in order if (t := model.types[i]) is not None]
    ranked = apply_definitions(ranked, sentences)
    # Each event type stands by its best sub-type. Summed, the eight strategic sub-types that each get a little
    # outvoted a battle: ACLED's 2016 notes read 68.5% right summed, 69.0% by the best sub-type (CASE 2021 the same).
    # `ranked` is best first, so a type's first sub-type in it is its best.
    by_type: dict[str, float] = {}
    for event_type, share in ranked:
        by_type.setdefault(event_type.event_type, share)
    event_types = list(by_type.items())
    if (
        not ranked
        or event_probability <= _CUED_EVENT_THRESHOLD
        or (event_probability <= _EVENT_THRESHOLD and not _cued(ranked[0][0], parsed, body))
    ):
        return EventTypeReading(None, round(event_probability, 4), ranked, event_types, by_cues)
    chosen = ranked[0][0]
    best = model.types.index(chosen)
    # The sentence that voted most for the choice (or, when only the lead read whole voted, gave it most).
    deciding = int(np.argmax(weighted[:, best] if weighted[:, best].any() else plain[:, best]))
    sentence, features = parsed[deciding]
    cue = model.strongest_feature(features, best)
    cue_text = cue.split(":", 1)[1] if cue else sentence.text
    # The votes decide; the confidence is the plain probabilities' share, which the votes' threshold would inflate.
    confidence = round(float(plain_totals[best] / plain_totals.sum()), 3)
    choice = EventTypeChoice(chosen, confidence, sentence, cue_text)
    return EventTypeReading(choice, round(event_probability, 4), ranked, event_types, by_cues)


def _cued(event_type: EventType, parsed: list[tuple[Sentence, list[str]]], body: list[bool]) -> bool:
    """Whether a body sentence holds a cue phrase of the sub-type (the lexicon rules' words for it)."""
    return any(
        event_type.sub_event_type in cue_matches(sentence.text)
        for (sentence, _), in_body in zip(parsed, body, strict=True)
        if in_body
    )


def classify_event_type(sentences: list[Sentence]) -> EventTypeChoice | None:
    """The ACLED event and sub-event type of an article, or None when it reports no such event."""
    return read_event_type(sentences).choice

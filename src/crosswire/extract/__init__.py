"""Extraction: what each article claims about its event (type, date, place, counts, actors), with quotes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from crosswire.extract.actor_types import find_event_actors
from crosswire.extract.actors import find_actors
from crosswire.extract.ages import stated_ages
from crosswire.extract.attribution import clause_around, find_hedge
from crosswire.extract.dates import choose_event_date, find_dates, mark_earlier_happenings, restore_the_act
from crosswire.extract.demonyms import demonym_code
from crosswire.extract.event_classifier import EventTypeReading, classify_event_type, read_event_type
from crosswire.extract.gazetteer import Gazetteer
from crosswire.extract.geoparse import PlaceMention, geoparse_doc
from crosswire.extract.mastheads import masthead_area, title_masthead_area
from crosswire.extract.nlp import load_nlp
from crosswire.extract.places import (
    Area,
    article_evidence,
    broadcaster_side,
    choose_event_place,
    find_toponyms,
    home_area,
    resolve_toponyms,
    station_side,
)
from crosswire.extract.police_forces import police_force_toponyms
from crosswire.extract.sentences import Sentence, is_background, split_sentences
from crosswire.extract.statements import find_statements
from crosswire.extract.terms import article_terms
from crosswire.extract.tolls import choose_counts
from crosswire.model import (
    COUNT_FIELDS,
    INFERRED_COUNT,
    Article,
    ArticleAnalysis,
    Claim,
    ClaimField,
    DatePrecision,
)
from crosswire.names import name_key, without_title
from crosswire.typography import plain_apostrophes

__all__ = ["Area", "EventTypeReading", "Extractor", "PlaceMention", "home_area"]

_NAME_LABELS = {"PERSON", "ORG", "FAC"}
_BATCH = 32


class Extractor:
    """Runs every extractor over articles; holds the spaCy pipeline and the gazetteer, loaded once."""

    def __init__(self, gazetteer: Gazetteer, nlp: Any = None) -> None:
        self.gazetteer = gazetteer
        self.nlp = nlp if nlp is not None else load_nlp()
        self._masthead_area = lru_cache(maxsize=4096)(lambda outlet: masthead_area(outlet, gazetteer))

    @classmethod
    def open(cls, cache_dir: Path) -> Extractor:
        return cls(Gazetteer.open(cache_dir))

    def analyse(self, article: Article) -> ArticleAnalysis:
        return next(self.analyse_many([article]))

    def analyse_many(
        self, articles: Iterable[Article], home_area_of: Callable[[Article], Area | None] | None = None
    ) -> Iterator[ArticleAnalysis]:
        """Analyse articles in batches (spaCy is much faster on batches than one text at a time).

        `home_area_of` tells the admin1 area an article's outlet usually reports from (`places.home_area`): a local
        paper's "Clifton" is the one in its own state. Where it tells none, the area the outlet's address names is
        taken (`mastheads.masthead_area`: "delawareonline.com"), or else the state the masthead a headline ends with
        names (`mastheads.title_masthead_area`: "- WTVM.com-Columbus, GA")."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= _BATCH:
                yield from self._analyse_batch(batch, home_area_of)
                batch = []
        if batch:
            yield from self._analyse_batch(batch, home_area_of)

    def geoparse(
        self, texts: Iterable[str], spans: Iterable[list[tuple[int, int]] | None] | None = None
    ) -> Iterator[list[PlaceMention]]:
        """Every place mention of each text, resolved; or, with `spans`, the given spans of each text resolved."""
        items = list(zip(texts, spans, strict=True)) if spans is not None else [(text, None) for text in texts]
        docs = self.nlp.pipe((plain_apostrophes(text) for text, _ in items), batch_size=_BATCH)
        for (_, wanted), doc in zip(items, docs, strict=True):
            yield geoparse_doc(doc, self.gazetteer, wanted, _latest_year(doc))

    def read_event_types(self, texts: Iterable[str]) -> Iterator[EventTypeReading]:
        """The event type of each text read as an article body without a title (a snippet, a coder's notes)."""
        for doc in self.nlp.pipe(map(plain_apostrophes, texts), batch_size=_BATCH):
            yield read_event_type(split_sentences(doc, _latest_year(doc)), with_cues=True)

    def _analyse_batch(
        self, articles: list[Article], home_area_of: Callable[[Article], Area | None] | None
    ) -> Iterator[ArticleAnalysis]:
        texts = [text for article in articles for text in (article.title, article.text)]
        docs = list(self.nlp.pipe(map(plain_apostrophes, texts), batch_size=_BATCH * 2))
        for position, article in enumerate(articles):
            home = home_area_of(article) if home_area_of is not None else None
            if home is None and article.outlet:
                home = self._masthead_area(article.outlet)
            if home is None:  # "... - WTVM.com-Columbus, GA": the masthead the headline ends with
                home = title_masthead_area(article.title, self.gazetteer)
            yield self._analyse_docs(article, docs[2 * position], docs[2 * position + 1], home)

    def _analyse_docs(self, article: Article, title_doc: Any, doc: Any, home: Area | None = None) -> ArticleAnalysis:
        reference_year = article.published.year if article.published else _latest_year(doc)
        headline = title_doc.text  # the title as parsed, its apostrophes plain
        title = Sentence(
            -1, headline, -1, -1, title_doc[:], in_title=True, ents=list(title_doc.ents), doc_text=headline
        )
        title.background = is_background(headline, reference_year)
        sentences = [title, *split_sentences(doc, reference_year)]
        if article.published is not None:
            mark_earlier_happenings(sentences, article.published.date())
        claims: list[Claim] = []

        event_type = classify_event_type(sentences)
        if event_type is not None:
            claims.append(
                _claim(
                    ClaimField.EVENT_TYPE,
                    event_type.value,
                    event_type.cue,
                    event_type.sentence,
                    "event_types.classifier",
                    event_type.confidence,
                )
            )

        event_date = choose_event_date(sentences, article.published)
        if article.published is not None:
            restore_the_act(sentences, event_date, article.published.date())
        if event_date is not None:
            confidence = 0.9 if event_date.value.precision == 1 else 0.6
            claims.append(
                _claim(
                    ClaimField.EVENT_DATE,
                    event_date.value,
                    event_date.mention.text,
                    event_date.sentence,
                    "dates.rules",
                    confidence,
                )
            )

        entities = [(ent.text, ent.label_) for d in (title_doc, doc) for ent in d.ents]
        # a police force named by its initials ("IMPD: boy shot") is a mention of its town, for the event's place
        toponyms = find_toponyms(sentences, self.gazetteer) + police_force_toponyms(sentences, self.gazetteer)
        full_text = f"{headline}\n{doc.text}"  # spaCy rebuilds a Doc's text on every access
        countries, named_areas = article_evidence(entities, full_text, self.gazetteer)
        if home is not None:
            named_areas[home] += 1  # the outlet's own state counts as one more mention of it
        if article.outlet and station_side(article.outlet):
            countries["US"] += 1  # a US station's own address, like a call sign the text names
        resolve_toponyms(
            toponyms,
            countries,
            self.gazetteer,
            named_areas,
            broadcaster_side(full_text, article.outlet),
        )
        place = choose_event_place(toponyms, self.gazetteer, home)
        if place is not None:
            claims.append(
                _claim(
                    ClaimField.LOCATION,
                    place.place,
                    place.toponym.text,
                    place.toponym.sentence,
                    "places.gazetteer",
                    min(1.0, place.score / 8),
                )
            )

        for mention in choose_counts(sentences).values():
            extractor = INFERRED_COUNT if mention.inferred else "counts.patterns"
            claims.append(_claim(mention.field, mention.count, mention.text, mention.sentence, extractor, 0.85))

        country = place.place.country if place is not None else _country_named(toponyms, sentences, self.gazetteer)
        typed = find_event_actors(
            sentences, country, event_type.value.event_type if event_type else None, self.gazetteer.countries
        )
        for role in typed:
            claims.append(_claim(ClaimField.ACTOR, role.actor, role.text, role.sentence, "actors.roles", 0.7))
        for actor in find_actors(sentences, article.outlet, self.gazetteer.is_place_name):
            if any(role.actor.same_as(actor.actor) for role in typed):
                continue  # the same actor, already claimed with its role and type
            claims.append(
                _claim(
                    ClaimField.ACTOR,
                    actor.actor,
                    actor.mentions[0],
                    actor.sentence,
                    "actors.mentions",
                    round(min(1.0, actor.weight / 4), 3),
                )
            )

        covered = [claim.text for claim in claims if claim.field in COUNT_FIELDS]
        for said in find_statements(sentences, covered):
            claims.append(
                _claim(
                    ClaimField.STATEMENT,
                    said.statement,
                    said.statement.text,
                    said.sentence,
                    "statements.clauses",
                    0.5 if said.statement.background else 0.7,
                )
            )

        places = [t.place for t in toponyms if t.place is not None and not t.sentence.background]
        names = sorted({_name(text) for text, label in entities if label in _NAME_LABELS and len(text) > 2})
        people = sorted(
            {key for text, label in entities if label == "PERSON" and len((key := _name(text)).split()) >= 2}
        )
        return ArticleAnalysis(
            claims=claims,
            places=places,
            names=names,
            people=people,
            central_people=_people_of_the_story(sentences, people),
            terms=article_terms(title_doc, doc),
            event_date=event_date.value if event_date else None,
            event_date_after_the_act=event_date.after_the_act if event_date else False,
            event_type=event_type.value if event_type else None,
            year=_year_near_top(sentences),
            ages=stated_ages(f"{article.title}\n{article.text}"),
            roundup=title.is_roundup,
        )


def _people_of_the_story(sentences: list[Sentence], people: list[str]) -> list[str]:
    """Of the article's people, those it is about: named in the title or the lead, or named more than once (a
    surname alone counts again). A victim of another shooting named once in a roundup ("a month after Takiya
    Holmes was killed in a separate shooting") is not one of them, and must not make the article a follow-up."""
    mentions: Counter[str] = Counter()
    in_lead: set[str] = set()
    for sentence in sentences:
        for ent in sentence.ents:
            if ent.label_ != "PERSON":
                continue
            key = _name(ent.text)
            mentions[key.split()[-1] if key else key] += 1  # "Holmes" later counts again for "Takiya Holmes"
            if sentence.in_title or sentence.in_lead:
                in_lead.add(key)
    return [key for key in people if key in in_lead or mentions[key.split()[-1]] >= 2]


def _country_named(toponyms: list[Any], sentences: list[Sentence], gazetteer: Gazetteer) -> str | None:
    """The country an article without an event place is about, for naming its actors ("Protesters (Ethiopia)"):
    the country most of its places lie in, else the first country its adjectives of place name ("Ethiopian")."""
    countries: Counter[str] = Counter(
        t.place.country for t in toponyms if t.place is not None and not t.sentence.background and t.place.country
    )
    if countries:
        return countries.most_common(1)[0][0]
    for sentence in sentences:
        for word in re.findall(r"[A-Z][a-z]+", sentence.text):
            code = demonym_code(word)
            found = gazetteer.country(code) if code else None
            if found is not None:
                return found.country
    return None


def _claim(field: ClaimField, value: Any, text: str, sentence: Sentence, extractor: str, confidence: float) -> Claim:
    """A claim quoting its sentence, with who the article says says so and any word that hedges it."""
    return Claim(
        field=field,
        value=value,
        text=text,
        quote=sentence.text,
        start=sentence.start,
        end=sentence.end,
        extractor=extractor,
        confidence=confidence,
        attribution=sentence.attribution,
        hedge=find_hedge(text if field is ClaimField.STATEMENT else clause_around(sentence.text, text)),
    )


def _name(text: str) -> str:
    """The key under which clustering compares a name: its normal form, bare, without the titles before it."""
    return without_title(name_key(_bare(text)))


def _bare(name: str) -> str:
    """A name without a possessive ending or a leading article ("the Syrian Observatory's" -> "Syrian Observatory")."""
    return re.sub(r"^(the)\s+", "", re.sub(r"(’s|'s|’|')$", "", name.strip()), flags=re.IGNORECASE)


def _year_near_top(sentences: list[Sentence]) -> int | None:
    """The year of the first full date in the title or the first sentences: a page's own date ("June 6, 2013"),
    which places an undated text in time; a bare year ("in 2016") is too often background to count."""
    for sentence in sentences[:5]:
        for mention in find_dates(sentence.text, None):
            if mention.resolved is not None and mention.resolved.precision is DatePrecision.DAY:
                return mention.resolved.day.year
    return None


def _latest_year(doc: Any) -> int | None:
    years = [
        int(token.text)
        for token in doc
        if token.like_num and len(token.text) == 4 and token.text.isdigit() and 1950 <= int(token.text) <= 2100
    ]
    return max(years) if years else None

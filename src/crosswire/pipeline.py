"""The pipeline: the stages composed over the store. The CLI, the Python API and evaluation all go through it.

Each article is one transaction: stored as received, cleaned, its claims, the event it joins (or starts) and that
event's rebuilt record. A bad input is reported and skipped; a crash loses at most the article in flight, and the
same ingest run again completes the rest, since articles already stored are recognised by their content hash.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, BinaryIO

from crosswire.clean import clean_input
from crosswire.clean.boilerplate import drop_lines, template_candidates
from crosswire.cluster import (
    LONG_FOLLOW_UP_DAYS,
    ArticleFeatures,
    EventProfile,
    IdfTable,
    SyndicationIndex,
    choose_event,
    find_merge,
    frequency_terms,
    joined_as_follow_up,
    name_term,
    signature_from_bytes,
    signature_to_bytes,
    tells_no_story,
    text_signature,
)
from crosswire.cluster.second_look import MAX_PASSES, best_taker, clearly_better
from crosswire.cluster.split import MAX_REPORTS, MIN_PART, find_split
from crosswire.errors import InputError
from crosswire.export import export_events
from crosswire.extract import Area, EventTypeReading, Extractor, PlaceMention, home_area
from crosswire.ingest import InputOptions, read_inputs
from crosswire.model import Article, ArticleAnalysis, Claim, EventRecord, MergeDecision, RawInput
from crosswire.names import name_key
from crosswire.reconcile import build_event_record
from crosswire.settings import Settings
from crosswire.store import EventFilter, Store, StoredArticle, StoreSession, queries
from crosswire.store.queries import EventCluster, EventPage, EventQuery, Facets, TimelineBucket

if TYPE_CHECKING:
    from datasketch import MinHash

_CHUNK = 16
TEMPLATE_SPAN = timedelta(days=7)  # a line seen in articles further apart than this is template text

ProgressCallback = Callable[[str], None]


@dataclass
class IngestReport:
    """What one ingest (or reprocess) did: articles added, inputs already stored, inputs that failed."""

    added: list[int] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    events: set[int] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        return not self.failed


def _outlet_home_areas(session: StoreSession, articles: Iterable[Article]) -> dict[str, Area | None]:
    """The home area (`home_area`) of each outlet of `articles`, as the reports stored so far place them."""
    outlets = {article.outlet for article in articles if article.outlet}
    return {outlet: home_area(session.outlet_places(outlet)) for outlet in sorted(outlets)}


def _home_area_of(homes: dict[str, Area | None]) -> Callable[[Article], Area | None]:
    """What the extractor asks of each article: its outlet's home area, read beforehand."""
    return lambda article: homes.get(article.outlet) if article.outlet else None


def _origin(article: Article) -> str:
    """Independent origin of an article that copies no other: its outlet, or itself when the outlet is unknown."""
    if article.outlet:
        return f"outlet:{name_key(article.outlet)}"
    return f"article:{article.content_hash[:16]}"


class Crosswire:
    """A crosswire database and the pipeline over it: `crosswire.open("events.db")` returns one."""

    def __init__(self, settings: Settings, extractor: Extractor | None = None) -> None:
        self.settings = settings
        self.store = Store(settings.db_url)
        self._extractor = extractor
        self._syndication: SyndicationIndex | None = None
        self._frequencies = _FrequencyCache()

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Crosswire:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def extractor(self) -> Extractor:
        """Loaded on first need: listing events must not pay for spaCy and the gazetteer."""
        if self._extractor is None:
            self._extractor = Extractor.open(self.settings.cache_dir)
        return self._extractor

    def _syndication_index(self, session: StoreSession) -> SyndicationIndex:
        if self._syndication is None:
            index = SyndicationIndex()
            for article_id, data, published in session.signatures():
                index.add(article_id, signature_from_bytes(data), published)
            self._syndication = index
        return self._syndication

    # ingest -------------------------------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str],
        *,
        outlet: str | None = None,
        published: str | None = None,
        url: str | None = None,
        stdin: BinaryIO | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> IngestReport:
        """Ingest files, folders, JSONL feeds and `-` (standard input). Bad inputs are reported in the result."""
        options = InputOptions(max_bytes=self.settings.max_input_bytes, outlet=outlet, published=published, url=url)
        return self.ingest_inputs(read_inputs(paths, options, stdin), on_progress=on_progress)

    def ingest_text(
        self,
        text: str,
        *,
        title: str | None = None,
        outlet: str | None = None,
        published: str | None = None,
        url: str | None = None,
        html: bool = False,
        source: str = "<text>",
    ) -> IngestReport:
        """Ingest one article given as a string (plain text, or HTML with `html=True`)."""
        from crosswire.model import InputFormat

        raw = RawInput(
            source,
            InputFormat.HTML if html else InputFormat.TEXT,
            text,
            title=title,
            outlet=outlet,
            url=url,
            published=published,
        )
        return self.ingest_inputs([raw])

    def ingest_inputs(
        self, inputs: Iterable[RawInput | InputError], on_progress: ProgressCallback | None = None
    ) -> IngestReport:
        report = IngestReport()
        for chunk in _chunks(inputs, _CHUNK):
            fresh: list[tuple[RawInput, Article]] = []
            with self.store.reading() as session:
                for item in chunk:
                    if isinstance(item, InputError):
                        report.failed.append(item)
                    elif session.has_article(item.content_hash):
                        report.skipped.append(item.source)
                    else:
                        try:
                            fresh.append((item, self._without_template_lines(session, clean_input(item))))
                            continue
                        except InputError as error:
                            report.failed.append(error)
                    if on_progress:
                        on_progress(item.source)
                articles = [article for _, article in fresh]
                homes = _outlet_home_areas(session, articles)
            analyses = self.extractor.analyse_many(articles, _home_area_of(homes)) if fresh else iter(())
            analysed = ((raw, article, analysis) for (raw, article), analysis in zip(fresh, analyses, strict=True))
            self.ingest_analysed(analysed, report, on_progress, second_look=False)
        self.second_look(report.added)
        return report

    def ingest_analysed(
        self,
        items: Iterable[tuple[RawInput, Article, ArticleAnalysis]],
        report: IngestReport | None = None,
        on_progress: ProgressCallback | None = None,
        second_look: bool = True,
    ) -> IngestReport:
        """Store articles that were cleaned and analysed elsewhere (by a batch or distributed runner, or a
        benchmark), each in its own transaction: syndication, clustering and reconciliation happen here. Then,
        unless the caller will do it once for a larger batch, the articles are judged again (`second_look`)."""
        report = report if report is not None else IngestReport()
        first_added = len(report.added)
        for raw, article, analysis in items:
            with self.store.transaction() as session:
                if session.has_article(raw.content_hash):  # stored meanwhile by another process
                    report.skipped.append(raw.source)
                    continue
                syndication = self._syndication_index(session)
                signature = text_signature(article.text)
                event_id = self._place_article(session, syndication, raw, article, analysis, signature)
            syndication.add(article.id or 0, signature, article.published)  # only once committed
            self._frequencies.counted(frequency_terms(analysis.terms, analysis.names))
            report.added.append(article.id or 0)
            report.events.add(event_id)
            if on_progress:
                on_progress(raw.source)
        if second_look:
            self.second_look(report.added[first_added:])
        return report

    def _place_article(
        self,
        session: StoreSession,
        syndication: SyndicationIndex,
        raw: RawInput,
        article: Article,
        analysis: ArticleAnalysis,
        signature: MinHash,
        existing_id: int | None = None,
    ) -> int:
        """Store the article and its claims, find or start its event, and rebuild that event's record."""
        copy = (
            None
            if tells_no_story(article.title, article.text)
            else syndication.find_copy_of(signature, article.published)
        )
        origin = _origin(article)
        copied_event: int | None = None
        if copy is not None:
            original = session.article(copy[0])
            origin = original.origin if original.origin.startswith("wire:") else f"wire:{copy[0]}"
            if original.origin != origin:
                session.set_origin(copy[0], origin)
            copied_event = original.event_id
        signature_bytes = signature_to_bytes(signature)
        if existing_id is None:
            article_id = session.add_article(raw, article, origin, signature_bytes)
        else:
            article_id = existing_id
            article.id = existing_id
            session.replace_article_text(existing_id, article, origin, signature_bytes)
        if article.published is not None and article.template_lines:
            session.record_lines(article.template_lines, article.published)
        session.add_claims(article_id, analysis.claims)
        features = ArticleFeatures.from_analysis(article_id, article.published, analysis)

        profile: EventProfile | None = None
        idf: IdfTable | None = None
        if copy is not None and copied_event is not None:
            profile = EventProfile.from_json(session.event_profile(copied_event))
            decision = MergeDecision(
                article_id,
                True,
                round(copy[1], 4),
                {
                    "summary": f"joined event {copied_event}: syndicated copy of article {copy[0]} "
                    f"(text similarity {copy[1]:.2f})",
                    "copy_of": copy[0],
                    "similarity": round(copy[1], 4),
                },
            )
        else:
            own = IdfTable(
                self._frequencies.get(session, features.frequency_terms), self._frequencies.documents(session)
            )
            features.choose_key_terms(own)
            candidates = self._candidates(session, features)
            idf = self._idf(session, own, candidates)
            profile, decision = choose_event(features, candidates, idf)
        if profile is None:
            profile = EventProfile(session.create_event(article.title))
        session.attach_article(profile.event_id, decision, features.to_json())
        profile.add(features, idf, follow_up=joined_as_follow_up(decision))
        session.count_terms(features.frequency_terms)
        profile = self._merge_if_same(session, profile, idf)
        profile = self._split_if_two(session, profile, idf, article_id)
        self._rebuild_event(session, profile)
        return profile.event_id

    @staticmethod
    def _candidates(session: StoreSession, features: ArticleFeatures) -> list[EventProfile]:
        """The events an article may report, found through its index keys around its publication and its act's
        day, and through its people over years (a trial)."""
        found: dict[int, dict[str, Any]] = {}
        for when in features.search_times:
            found.update(session.candidate_events(features.index_keys, published=when))
        if follow_up_keys := features.follow_up_keys:
            found.update(
                session.candidate_events(follow_up_keys, published=features.published, window_days=LONG_FOLLOW_UP_DAYS)
            )
        return [EventProfile.from_json(data) for data in found.values()]

    def second_look(self, article_ids: list[int]) -> int:
        """Judge the articles again now that all of them are stored (see `crosswire.cluster.second_look`): each
        moves, with its syndicated copies, to an event that fits it clearly better than its own. Each move is one
        transaction and is noted in the article's decision. Returns the number of articles moved."""
        moved = 0
        for _ in range(MAX_PASSES):
            moves = 0
            for article_id in article_ids:
                with self.store.transaction() as session:
                    moves += self._move_if_better(session, article_id)
            moved += moves
            if not moves:
                break
        return moved

    def _move_if_better(self, session: StoreSession, article_id: int) -> int:
        """Move the article (and its copies) if another event fits it clearly better; the number of articles moved.

        Syndicated copies and round-ups are not judged on their own (a copy goes with its original; a round-up
        belongs to several events), nor are articles stored before clustering kept what it compared. The article's
        own event is rebuilt without it only when another event would take it at all, which is seldom."""
        found = session.event_report(article_id)
        if found is None:
            return 0
        event_id, decision, data = found
        if data is None or "copy_of" in decision.reasons:
            return 0
        features = ArticleFeatures.from_json(data)
        if features.roundup:
            return 0
        # never back to an event a second look took it from: the two fits were weighed then
        left = {note["from"] for note in decision.reasons.get("merges", []) if note.get("second_look")}
        candidates = [
            profile
            for profile in self._candidates(session, features)
            if profile.event_id != event_id and profile.event_id not in left
        ]
        if not candidates:
            return 0
        stored = EventProfile.from_json(session.event_profile(event_id))
        own_idf = IdfTable(
            self._frequencies.get(session, features.frequency_terms), self._frequencies.documents(session)
        )
        idf = self._idf(session, own_idf, [*candidates, stored])
        taker = best_taker(features, EventProfile(event_id, apart=set(stored.apart)), candidates, idf)
        if taker is None:
            return 0  # no other event takes it, however little its own fits it
        reports = session.event_reports(event_id)
        if any(report is None for _, report in reports):
            return 0
        going = {article_id} | {d.article_id for d, _ in reports if d.reasons.get("copy_of") == article_id}
        rest = EventProfile(event_id, apart=set(stored.apart))
        for member, report in reports:
            if member.article_id not in going and report is not None:
                rest.add(ArticleFeatures.from_json(report), idf, follow_up=joined_as_follow_up(member))
        better = clearly_better(taker, features, rest, idf)
        if better is None:
            return 0
        target = better.event
        note = {
            "into": target.event_id,
            "from": event_id,
            "score": better.score,
            "second_look": True,
            "summary": f"moved from event {event_id} to event {target.event_id}: {better.summary}",
        }
        session.move_articles(event_id, target.event_id, note, sorted(going))
        for member, report in reports:
            if member.article_id in going and report is not None:
                target.add(ArticleFeatures.from_json(report), idf)  # a move bridges no gap in time: no follow-up
        if rest.articles:
            self._rebuild_event(session, rest)
        else:
            session.delete_event(event_id)
        self._rebuild_event(session, target)
        return len(going)

    def _merge_if_same(self, session: StoreSession, profile: EventProfile, idf: IdfTable | None) -> EventProfile:
        """A grown event may turn out to be another one seen before: merge the two, keeping the older id.

        The moved articles keep their original decision, with the merge and its reasons added to it.
        """
        candidates = [
            EventProfile.from_json(data)
            for event_id, data in session.candidate_events(profile.index_keys, published=profile.last_published)
            if event_id != profile.event_id
        ]
        if not candidates:
            return profile
        if idf is None:
            idf = IdfTable(self._frequencies.get(session, profile.terms), self._frequencies.documents(session))
        found = find_merge(profile, candidates, idf)
        if found is None:
            return profile
        other, score, reasons = found
        keep, gone = (profile, other) if profile.event_id < other.event_id else (other, profile)
        note = {
            "into": keep.event_id,
            "from": gone.event_id,
            "score": score,
            "summary": f"event {gone.event_id} merged into event {keep.event_id}: {reasons['summary']}",
        }
        session.move_articles(gone.event_id, keep.event_id, note)
        keep.merge(gone)
        session.delete_event(gone.event_id)
        return keep

    def _split_if_two(
        self, session: StoreSession, profile: EventProfile, idf: IdfTable | None, article_id: int
    ) -> EventProfile:
        """A grown event may turn out to hold two (see `crosswire.cluster.split`): its later group of reports
        leaves for an event of its own, which is never merged back. Both events are rebuilt from their reports.
        Returns the event that holds `article_id`.

        Syndicated copies go with their original, and round-ups (see `EventProfile.add`) stay with the event's first
        report. An event that holds articles stored before their features were kept is left whole."""
        if not 2 * MIN_PART <= profile.articles <= MAX_REPORTS:
            return profile
        members: list[tuple[MergeDecision, ArticleFeatures]] = []
        for decision, data in session.event_reports(profile.event_id):
            if data is None:
                return profile
            members.append((decision, ArticleFeatures.from_json(data)))
        reports = [
            features for decision, features in members if "copy_of" not in decision.reasons and not features.roundup
        ]
        if idf is None:  # a copy joined: no decision compared words
            terms = {term for features in reports for term in features.terms}
            idf = IdfTable(self._frequencies.get(session, terms), self._frequencies.documents(session))
        split = find_split(reports, idf)
        if split is None:
            return profile
        moved = set(split.moved)
        moved.update(decision.article_id for decision, _ in members if decision.reasons.get("copy_of") in moved)
        first_moved = next(decision.article_id for decision, _ in members if decision.article_id in moved)
        new_id = session.create_event(
            next(ref.title for ref in session.event_article_refs(profile.event_id) if ref.id == first_moved)
        )
        note = {
            "into": new_id,
            "from": profile.event_id,
            "score": split.cut,
            "summary": f"moved from event {profile.event_id} to event {new_id}: {split.summary}",
        }
        session.move_articles(profile.event_id, new_id, note, sorted(moved))
        kept = EventProfile(profile.event_id, apart={*profile.apart, new_id})
        gone = EventProfile(new_id, apart={profile.event_id})
        for decision, features in members:
            part = gone if decision.article_id in moved else kept
            part.add(features, idf, follow_up=joined_as_follow_up(decision))
        holding, other = (gone, kept) if article_id in moved else (kept, gone)
        self._rebuild_event(session, other)
        return holding

    def _idf(self, session: StoreSession, own: IdfTable, candidates: list[EventProfile]) -> IdfTable:
        """Document frequencies of the words and names this decision compares, from the articles stored so far."""
        terms: set[str] = set()
        for candidate in candidates:
            terms.update(candidate.terms)
            terms.update(name_term(name) for name in candidate.names)
        frequencies = dict(own.frequencies)
        frequencies.update(self._frequencies.get(session, terms - set(frequencies)))
        return IdfTable(frequencies, own.documents)

    @staticmethod
    def _without_template_lines(session: StoreSession, article: Article) -> Article:
        """The article without lines that other articles carried weeks before or after it: a site's template
        (a login prompt, a list of other stories) scraped along with the news, which would make unrelated
        articles look alike."""
        candidates = template_candidates(article.text)
        if article.published is None or not candidates:
            return replace(article, template_lines=tuple(candidates))
        template = {
            line_hash
            for line_hash, (_, first, last) in session.line_sightings(list(candidates)).items()
            if max(abs(article.published - first), abs(article.published - last)) > TEMPLATE_SPAN
        }
        text, dropped = drop_lines(article.text, template) if template else (article.text, 0)
        if len(text.split()) < 3:
            text = article.title  # nothing but template: the headline is all the news there is
        return replace(
            article,
            text=text,
            boilerplate_removed=article.boilerplate_removed + dropped,
            template_lines=tuple(candidates),
        )

    def _rebuild_event(self, session: StoreSession, profile: EventProfile) -> None:
        refs = session.event_article_refs(profile.event_id)
        claims = session.claims_of_articles([ref.id for ref in refs])
        record = build_event_record(refs, claims, self.settings.count_rule)
        session.save_event(profile.event_id, record, profile.to_json(), profile.index_keys)

    # reprocess ----------------------------------------------------------------------------------------------

    def reprocess(self, on_progress: ProgressCallback | None = None) -> IngestReport:
        """Rebuild everything derived (cleaned text, claims, events, facts) from the raw inputs as received.

        One transaction: if anything fails midway, the store is left as it was. The second look that follows, as
        after any ingest, moves one report at a time, each in a transaction of its own.
        """
        report = IngestReport()
        # Frequencies are rebuilt from nothing, as if the articles arrived again one by one.
        self._frequencies = _FrequencyCache(documents=0)
        try:
            with self.store.transaction() as session:
                stored = list(session.stored_articles())
                session.clear_derived()
                syndication = SyndicationIndex()
                cleaned: list[tuple[RawInput, Article, int]] = []

                def cleaned_articles() -> Iterator[Article]:
                    # lazily, so that template lines seen in the articles placed so far are known
                    for item in stored:
                        try:
                            article = self._without_template_lines(session, clean_input(item.raw))
                        except InputError as error:
                            report.failed.append(error)
                            continue
                        cleaned.append((item.raw, article, item.article.id or 0))
                        yield article

                # each outlet's home area as the articles placed so far in this rebuild give it, read per article
                # (ingest reads it once per chunk, before the chunk is placed)
                analyses = self.extractor.analyse_many(
                    cleaned_articles(),
                    lambda article: home_area(session.outlet_places(article.outlet)) if article.outlet else None,
                )
                for position, analysis in enumerate(analyses):
                    raw, article, article_id = cleaned[position]
                    signature = text_signature(article.text)
                    event_id = self._place_article(session, syndication, raw, article, analysis, signature, article_id)
                    syndication.add(article_id, signature, article.published)
                    self._frequencies.counted(frequency_terms(analysis.terms, analysis.names))
                    report.added.append(article_id)
                    report.events.add(event_id)
                    if on_progress:
                        on_progress(raw.source)
        finally:
            self._syndication = None
            self._frequencies = _FrequencyCache()
        self.second_look(report.added)
        return report

    # reading ------------------------------------------------------------------------------------------------

    def events(self, flt: EventFilter | None = None, with_facts: bool = True) -> list[EventRecord]:
        with self.store.reading() as session:
            return session.events(session.event_ids(flt), with_facts=with_facts)

    def event(self, event_id: int) -> EventRecord:
        with self.store.reading() as session:
            return session.event(event_id)

    def article(self, article_id: int) -> Article:
        with self.store.reading() as session:
            return session.article(article_id).article

    def article_index(self) -> dict[str, tuple[int, int | None]]:
        """Every stored article's id and event id, keyed by the content hash of its raw input."""
        with self.store.reading() as session:
            return {
                item.article.content_hash: (item.article.id, item.event_id)
                for item in session.stored_articles()
                if item.article.id is not None
            }

    def claims(self, article_ids: list[int]) -> list[Claim]:
        """The claims of these articles, each with its article id, as extraction made them."""
        with self.store.reading() as session:
            return session.claims_of_articles(article_ids)

    def export(self, fmt: str, flt: EventFilter | None = None) -> str:
        """All events (or those matching `flt`) as JSON, CSV or GeoJSON text."""
        return export_events(self.events(flt), fmt)

    # browsing (the web page and its API): filtered in SQL, never loading more records than a page shows -----

    def browse(self, query: EventQuery, limit: int = 50, offset: int = 0) -> EventPage:
        """One page of the events matching `query`, newest first, with the total count."""
        with self.store.reading() as session:
            return queries.event_page(session.db, query, limit, offset)

    def clusters(self, query: EventQuery, cell_degrees: float) -> list[EventCluster]:
        """Located events matching `query`, grouped per grid cell of `cell_degrees` (map markers)."""
        with self.store.reading() as session:
            return queries.event_clusters(session.db, query, cell_degrees)

    def timeline(self, query: EventQuery, bucket: str = "month") -> list[TimelineBucket]:
        """How many events match `query` per day, month or year (`auto`: chosen from the span of dates)."""
        with self.store.reading() as session:
            return queries.event_timeline(session.db, query, bucket)

    def facets(self) -> Facets:
        """Event types, countries and the date span present in the store, for filter forms."""
        with self.store.reading() as session:
            return queries.event_facets(session.db)

    def events_matching(self, query: EventQuery, limit: int | None = None) -> list[EventRecord]:
        """Full records of the events matching `query` (all of them, or the newest `limit`), for exports."""
        with self.store.reading() as session:
            ids = queries.matching_ids(session.db, query, limit)
            # read in slices: one IN (...) list of every id would overrun the database's limit on parameters
            return [
                record for start in range(0, len(ids), 1000) for record in session.events(ids[start : start + 1000])
            ]

    def article_with_claims(self, article_id: int) -> tuple[StoredArticle, list[Claim], dict[int, str]]:
        """An article as cleaned, its claims (located by character offsets in its text, -1 for the title) and,
        for each claim its event used, the status of the fact it supports."""
        with self.store.reading() as session:
            stored = session.article(article_id)
            claims = session.claims_of_articles([article_id])
            statuses = (
                queries.claim_ids_by_fact_status(session.db, stored.event_id) if stored.event_id is not None else {}
            )
            return stored, claims, statuses


def geoparse(
    texts: Iterable[str],
    settings: Settings,
    spans: Iterable[list[tuple[int, int]] | None] | None = None,
    extractor: Extractor | None = None,
) -> Iterator[list[PlaceMention]]:
    """Every place mention of each text, resolved to GeoNames with its candidates (or, with `spans`, exactly
    those spans resolved). Needs no database: geoparsing a text stores nothing."""
    extractor = extractor if extractor is not None else Extractor.open(settings.cache_dir)
    return extractor.geoparse(texts, spans)


def analyse_texts(
    texts: Iterable[tuple[str, datetime | None]],
    settings: Settings,
    extractor: Extractor | None = None,
) -> Iterator[ArticleAnalysis]:
    """What the extractor finds in each short text (an ACLED note, a wire summary) with its publication time: the
    same claims an ingested article gets (counts, actors, place, date, type), without storing or clustering."""
    extractor = extractor if extractor is not None else Extractor.open(settings.cache_dir)
    articles = (
        Article(content_hash=f"text:{number}", source="text", title="", text=text, published=published)
        for number, (text, published) in enumerate(texts)
    )
    return extractor.analyse_many(articles)


def read_event_types(
    texts: Iterable[str], settings: Settings, extractor: Extractor | None = None
) -> Iterator[EventTypeReading]:
    """The ACLED event type of each text (None when it reports no event), with every sub-event type ranked.
    Needs no database: classifying a text stores nothing."""
    extractor = extractor if extractor is not None else Extractor.open(settings.cache_dir)
    return extractor.read_event_types(texts)


class _FrequencyCache:
    """Document frequencies read through from the store and kept for the process, updated after each commit.

    Every article's clustering needs the frequencies of a few hundred words; asking the database each time would
    cost more than the clustering itself. Another process writing to the same store makes the cache slightly
    stale, which shifts term weights a little and nothing else.
    """

    def __init__(self, documents: int | None = None) -> None:
        self._known: dict[str, int] = {}
        self._documents = documents

    def get(self, session: StoreSession, terms: Iterable[str]) -> dict[str, int]:
        wanted = set(terms)
        missing = sorted(term for term in wanted if term not in self._known)  # not `- keys()`: that walks them all
        if missing:
            found = session.term_frequencies(missing)
            self._known.update({term: found.get(term, 0) for term in missing})
        return {term: self._known[term] for term in wanted if self._known[term]}

    def documents(self, session: StoreSession) -> int:
        if self._documents is None:
            self._documents = session.article_count()
        return self._documents

    def counted(self, terms: Iterable[str]) -> None:
        for term in set(terms):
            if term in self._known:
                self._known[term] += 1
        if self._documents is not None:
            self._documents += 1


def _chunks(items: Iterable[RawInput | InputError], size: int) -> Iterator[list[RawInput | InputError]]:
    chunk: list[RawInput | InputError] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

"""The pipeline over a real SQLite file: idempotent ingest, bad inputs, reprocessing, and crash recovery."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from crosswire.model import (
    Article,
    ArticleAnalysis,
    ClaimField,
    DatePrecision,
    EventDate,
    FactStatus,
    InputFormat,
    RawInput,
)
from crosswire.pipeline import Crosswire
from support import write

RAID = """Police arrest six in dawn raid on Ghotki hideout

Police arrested six suspected members of a robbery gang during a raid on a hideout in Ghotki district of Sindh
province on Monday, officials said.

The suspects were taken into custody after a two-hour operation, district police chief Farhan Qureshi said.
"""

BLAST_A = """Market blast kills seven in Konduga

A bomb exploded at the crowded cattle market in Konduga, Borno State, on Tuesday, killing seven people and
injuring 19 others, police said.

Police spokesman Musa Danladi said the device had been hidden in a bag near the gate.
"""

BLAST_B = """Seven dead as explosion rocks Konduga cattle market

Seven people were killed and 19 others injured when an explosive device went off at the cattle market in
Konduga in Borno State on Tuesday, police spokesman Musa Danladi said.

Traders said the market would stay closed for a week.
"""

BLAST_C = """Konduga bombing toll put at eleven by vigilantes

Eleven people were killed in Tuesday's market bombing in Konduga, Borno State, a commander of the local
vigilante group told reporters, disputing the police figure.

Musa Danladi of the police said investigations were going on.
"""


def _articles(folder: Path) -> Path:
    write(folder / "raid.txt", RAID)
    write(folder / "blast-a.txt", BLAST_A)
    write(folder / "blast-b.txt", BLAST_B)
    return folder


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "claims", "events", "event_articles", "facts")
        }


def test_same_input_twice_stores_nothing_new(open_db: Callable[..., Crosswire], tmp_path: Path) -> None:
    folder = _articles(tmp_path / "in")
    crosswire = open_db()
    first = crosswire.ingest([str(folder)], published="2026-11-04")
    assert len(first.added) == 3
    before = _counts(tmp_path / "test.db")
    second = crosswire.ingest([str(folder)], published="2026-11-04")
    assert second.added == [] and len(second.skipped) == 3
    assert _counts(tmp_path / "test.db") == before


def test_reports_of_one_event_share_it_and_others_do_not(open_db: Callable[..., Crosswire], tmp_path: Path) -> None:
    crosswire = open_db()
    crosswire.ingest([str(_articles(tmp_path / "in"))], published="2026-11-04")
    events = crosswire.events()
    assert sorted(len(event.articles) for event in events) == [1, 2]
    blast = next(event for event in events if len(event.articles) == 2)
    assert blast.location is not None and blast.location.name == "Konduga"
    assert blast.killed == 7 and blast.injured == 19
    killed = blast.facts_for(ClaimField.KILLED)
    assert [fact.status for fact in killed] == [FactStatus.CORROBORATED]


def test_a_contradicting_report_makes_the_count_contested(open_db: Callable[..., Crosswire], tmp_path: Path) -> None:
    folder = _articles(tmp_path / "in")
    write(folder / "blast-c.txt", BLAST_C)
    crosswire = open_db()
    crosswire.ingest([str(folder)], published="2026-11-04")
    blast = max(crosswire.events(), key=lambda event: len(event.articles))
    assert len(blast.articles) == 3
    sides = {fact.value: fact for fact in blast.facts_for(ClaimField.KILLED)}
    assert set(sides) == {"7", "11"}
    assert all(fact.status is FactStatus.CONTESTED for fact in sides.values())
    assert blast.killed == 7  # the side with more independent sources
    (source,) = sides["11"].sources
    assert "eleven" in source.quote.lower() and "bombing toll" in crosswire.article(source.article_id).title


SHOOTING = """Woman shot dead outside Testville bakery

Jane Roe, 34, was shot and killed outside the Corner Bakery on Elm Street in Chicago on Sunday night, police said.

Officers said a man in a dark hoodie fired several shots and ran off towards the park.
"""

VERDICT = """Chicago man found guilty in Corner Bakery killing of Jane Roe

A Cook County jury on Thursday found John Doe, 41, guilty of first-degree murder.

Doe shot Jane Roe outside the Corner Bakery on Elm Street in Chicago on November 1, 2026, prosecutors said.
"""


def test_a_verdict_years_later_joins_the_shooting_it_dates(open_db: Callable[..., Crosswire], tmp_path: Path) -> None:
    crosswire = open_db()
    write(tmp_path / "shooting.txt", SHOOTING)
    write(tmp_path / "verdict.txt", VERDICT)
    crosswire.ingest([str(tmp_path / "shooting.txt")], published="2026-11-02")
    crosswire.ingest([str(tmp_path / "verdict.txt")], published="2028-06-15")
    events = crosswire.events()
    assert [len(event.articles) for event in events] == [2]
    assert events[0].event_date is not None and events[0].event_date.day.isoformat() == "2026-11-01"


SHOOTING_WITH_ARREST = """Woman shot dead outside Testville bakery

Jane Roe, 34, was shot and killed outside the Corner Bakery on Elm Street in Chicago on Sunday night, police said.

Police arrested Marcus Vale, 41, at his home nearby hours later and charged him with first-degree murder.
"""

SENTENCING = """Marcus Vale sentenced to life for killing Jane Roe

A Cook County judge on Friday sentenced Marcus Vale, 43, to life in prison for the murder of Jane Roe.

Vale told the court he was sorry. Roe's mother said her family would never recover.
"""


def test_a_sentencing_years_later_finds_the_shooting_by_its_people(
    open_db: Callable[..., Crosswire], tmp_path: Path
) -> None:
    """The sentencing does not date the act: the victim and the accused, both named, find the event."""
    crosswire = open_db()
    write(tmp_path / "shooting.txt", SHOOTING_WITH_ARREST)
    write(tmp_path / "sentencing.txt", SENTENCING)
    crosswire.ingest([str(tmp_path / "shooting.txt")], published="2026-11-02")
    crosswire.ingest([str(tmp_path / "sentencing.txt")], published="2028-09-15")
    (event,) = crosswire.events()
    assert len(event.articles) == 2
    assert event.event_date is not None and event.event_date.day.isoformat() == "2026-11-01"
    joined = next(decision for decision in event.decisions if decision.joined)
    assert "but the same people (a follow-up)" in joined.explanation


def test_an_outlets_own_state_reads_an_ambiguous_town(open_db: Callable[..., Crosswire], tmp_path: Path) -> None:
    """A station that has reported three shootings in Colorado means Clifton, Colorado, not the bigger Clifton in
    New Jersey that an article from nowhere in particular would mean."""
    crosswire = open_db()
    towns = ["Grand Junction", "Fruita", "Palisade"]
    for day, town in enumerate(towns, start=1):
        write(tmp_path / f"local{day}.txt", f"Man shot in {town}\n\nA man was shot in {town}, Colorado, police said.\n")
        crosswire.ingest(
            [str(tmp_path / f"local{day}.txt")], url=f"https://www.kjct8.test/news/{day}", published=f"2026-10-0{day}"
        )
    clifton = "Teen shot near trailer park\n\nA 16-year-old was shot to death in Clifton on Wednesday, deputies said.\n"
    write(tmp_path / "clifton.txt", clifton)
    write(tmp_path / "elsewhere.txt", clifton.replace("16-year-old", "17-year-old"))
    local = crosswire.ingest(
        [str(tmp_path / "clifton.txt")], url="https://www.kjct8.test/news/4", published="2026-11-04"
    )
    wire = crosswire.ingest(
        [str(tmp_path / "elsewhere.txt")], url="https://www.wirefeed.test/a", published="2026-11-04"
    )
    places = {
        claim.article_id: claim.value
        for claim in crosswire.claims([*local.added, *wire.added])
        if claim.field is ClaimField.LOCATION
    }
    assert [(places[a].name, places[a].admin1) for a in local.added] == [("Clifton", "Colorado")]
    assert [(places[a].name, places[a].admin1) for a in wire.added] == [("Clifton", "New Jersey")]


def test_syndicated_copies_count_as_one_source(open_db: Callable[..., Crosswire], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder / "wire-a.txt", BLAST_A + "\nShare this article\n")
    write(
        folder / "wire-b.txt",
        BLAST_A.replace("Market blast kills seven in Konduga", "Seven killed in Borno")
        + "\n© 2026 Another Site. All rights reserved.\n",
    )
    crosswire = open_db()
    crosswire.ingest([str(folder / "wire-a.txt")], outlet="Site A", published="2026-11-04")
    crosswire.ingest([str(folder / "wire-b.txt")], outlet="Site B", published="2026-11-04")
    (event,) = crosswire.events()
    assert len(event.articles) == 2
    assert event.independent_sources == 1
    assert len({article.origin for article in event.articles}) == 1
    assert all(fact.status is not FactStatus.CORROBORATED for fact in event.facts)
    assert "syndicated copy" in event.decisions[-1].explanation


def test_one_login_prompt_scraped_for_two_stories_makes_no_copies(
    open_db: Callable[..., Crosswire], tmp_path: Path
) -> None:
    """A paywall's prompt in place of two different stories is the same text twice, but neither copies the other."""
    folder = tmp_path / "in"
    write(folder / "one.txt", "Market blast kills seven in Konduga\n\nThank you for registering! Close\n")
    write(folder / "two.txt", "Flood sweeps away the Lokoja bridge\n\nThank you for registering! Close\n")
    crosswire = open_db()
    crosswire.ingest([str(folder / "one.txt")], outlet="Site A", published="2026-11-04")
    crosswire.ingest([str(folder / "two.txt")], outlet="Site B", published="2026-11-04")
    articles = [article for event in crosswire.events() for article in event.articles]
    assert len({article.origin for article in articles}) == 2
    assert all(
        "syndicated copy" not in decision.explanation for event in crosswire.events() for decision in event.decisions
    )


def test_bad_inputs_are_reported_and_the_rest_ingested(open_db: Callable[..., Crosswire], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder / "good.txt", RAID)
    write(folder / "empty.txt", "  \n")
    (folder / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    (folder / "latin1.txt").write_bytes("Caf\xe9 bombing kills two\n\nTwo people died.".encode("latin-1"))
    write(
        folder / "feed.jsonl",
        "\n".join(
            [
                json.dumps({"title": "Protest in Nairobi", "text": BLAST_B, "published": "2026-11-04"}),
                "{not json",
                json.dumps({"title": "No body"}),
            ]
        ),
    )
    crosswire = open_db()
    report = crosswire.ingest([str(folder)])
    assert len(report.added) == 2
    failed = {error.source: error.reason for error in report.failed}
    assert failed[str(folder / "empty.txt")] == "is empty"
    assert "binary" in failed[str(folder / "binary.html")]
    assert "UTF-8" in failed[str(folder / "latin1.txt")]
    assert "is not JSON" in failed[f"{folder / 'feed.jsonl'} line 2"]
    assert "lacks text" in failed[f"{folder / 'feed.jsonl'} line 3"]


def test_bad_input_leaves_stored_data_unchanged(open_db: Callable[..., Crosswire], tmp_path: Path) -> None:
    crosswire = open_db(max_input_bytes=2000)
    crosswire.ingest([str(_articles(tmp_path / "in"))], published="2026-11-04")
    before = _counts(tmp_path / "test.db")
    events_before = [(event.id, event.killed, len(event.facts)) for event in crosswire.events()]
    write(tmp_path / "big.txt", "Headline\n\n" + "word " * 1000)
    write(tmp_path / "broken.html", "<html><body><div><<<>>></div></body></html>")
    report = crosswire.ingest([str(tmp_path / "big.txt"), str(tmp_path / "broken.html")])
    assert len(report.failed) == 2 and not report.added
    assert "limit" in report.failed[0].reason
    assert "no article text" in report.failed[1].reason
    assert _counts(tmp_path / "test.db") == before
    assert [(event.id, event.killed, len(event.facts)) for event in crosswire.events()] == events_before


def test_reprocess_rebuilds_the_same_events(open_db: Callable[..., Crosswire], tmp_path: Path) -> None:
    folder = _articles(tmp_path / "in")
    write(folder / "blast-c.txt", BLAST_C)
    crosswire = open_db()
    crosswire.ingest([str(folder)], published="2026-11-04")

    def summary() -> list[tuple[str, int, list[tuple[str, str, str]]]]:
        return sorted(
            (
                event.headline,
                len(event.articles),
                sorted((f.field.value, f.value, f.status.value) for f in event.facts),
            )
            for event in crosswire.events()
        )

    before = summary()
    report = crosswire.reprocess()
    assert len(report.added) == 4 and not report.failed
    assert summary() == before
    assert _counts(tmp_path / "test.db")["articles"] == 4


def test_killed_ingest_leaves_a_consistent_database_and_resumes(tmp_path: Path) -> None:
    """Kill an ingest mid-way; the database must be consistent, and the same ingest must complete it."""
    folder = tmp_path / "feed"
    lines = []
    for number in range(40):
        town = ["Konduga", "Ghotki", "Ansongo", "Nairobi"][number % 4]
        lines.append(
            json.dumps(
                {
                    "title": f"Report {number} from {town}",
                    "text": f"Police in {town} said {number + 2} people were arrested on Monday after clashes. "
                    f"Witness number {number} told reporters the streets were calm by evening.",
                    "outlet": f"Outlet {number}",
                    "published": "2026-11-04",
                }
            )
        )
    write(folder / "feed.jsonl", "\n".join(lines))
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "crosswire.cli", "ingest", str(folder), "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as connection:
                    stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0
            if stored >= 3:
                break
        time.sleep(0.05)
    assert process.poll() is None, "the ingest finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        placed = connection.execute("SELECT count(*) FROM event_articles").fetchone()[0]
        assert 0 < articles < 40
        assert placed == articles  # every stored article has its event: no half-written article

    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 40
        assert connection.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0] == 40
        assert connection.execute("SELECT count(*) FROM event_articles").fetchone()[0] == 40
        orphans = connection.execute(
            "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_articles ea WHERE ea.event_id = e.id)"
        ).fetchone()[0]
        assert orphans == 0


LOGIN_PROMPT = (
    "Just one more step: we have sent you a verification email, please click the link in it to activate your profile."
)


def test_template_text_seen_weeks_apart_is_dropped(open_db: Callable[..., Crosswire], tmp_path: Path) -> None:
    first = write(tmp_path / "first.txt", BLAST_A + "\n" + LOGIN_PROMPT + "\n")
    later = write(tmp_path / "later.txt", RAID + "\n" + LOGIN_PROMPT + "\n")
    crosswire = open_db()
    crosswire.ingest([str(first)], outlet="Borno Daily", published="2026-10-01")
    crosswire.ingest([str(later)], outlet="Sindh Times", published="2026-11-04")
    texts = {a.title: crosswire.article(a.id).text for e in crosswire.events() for a in e.articles}
    assert LOGIN_PROMPT in texts["Market blast kills seven in Konduga"]  # first sighting: not yet known
    assert LOGIN_PROMPT not in texts["Police arrest six in dawn raid on Ghotki hideout"]
    assert "Police arrested six suspected members" in texts["Police arrest six in dawn raid on Ghotki hideout"]


def test_an_article_bridging_two_events_merges_them_keeping_history(
    open_db: Callable[..., Crosswire], tmp_path: Path
) -> None:
    """Two reports too different to join each other, then a fuller one that matches both: one event in the end."""
    crosswire = open_db()
    write(
        tmp_path / "a.txt",
        "Bomb kills seven in Konduga\n\nA bomb exploded in Konduga on Tuesday, "
        "killing seven people, said Musa Danladi.\n",
    )
    write(
        tmp_path / "b.txt",
        "Cattle market blast\n\nTraders fled the cattle market after the explosion near the "
        "gate, witness Aisha Bukar said, adding that the market was crowded on Tuesday.\n",
    )
    write(
        tmp_path / "c.txt",
        "Konduga cattle market bomb kills seven\n\nA bomb exploded at the crowded cattle market "
        "in Konduga on Tuesday, killing seven people near the gate, police spokesman Musa Danladi said. Traders "
        "fled the market after the explosion, witness Aisha Bukar said.\n",
    )
    for name, outlet in (("a.txt", "One"), ("b.txt", "Two"), ("c.txt", "Three")):
        crosswire.ingest([str(tmp_path / name)], outlet=outlet, published="2026-11-04")
    events = crosswire.events()
    assert len(events) == 1 and len(events[0].articles) == 3
    explanations = " | ".join(decision.explanation for decision in events[0].decisions)
    assert "merged into event" in explanations


def _fight_report(number: int, fight: list[str]) -> tuple[RawInput, Article, ArticleAnalysis]:
    """A report of one of a boxer's two title fights, analysed by hand: the words of the belt and the champion are
    in every report, four words of its own fight (a different four each time) and one of its own."""
    chosen = [fight[(number + step) % len(fight)] for step in range(4)]
    text = f"Vostok kept the heavyweight title belt. The champion met {' '.join(chosen)} (report {number})."
    raw = RawInput(f"fight-{number}.txt", InputFormat.TEXT, text)
    article = Article(raw.content_hash, raw.source, f"Vostok retains title ({number})", text, f"Outlet {number}")
    terms = {"vostok": 0.3, "heavyweight": 0.2, "title": 0.2, "belt": 0.2, "champion": 0.2}
    terms.update(dict.fromkeys(chosen, 0.3))
    terms[f"aside{number}"] = 0.2
    people = ["dmitri vostok"]
    return raw, article, ArticleAnalysis([], names=people, people=people, central_people=people, terms=terms)


def test_an_event_that_turns_out_to_hold_two_is_split_and_stays_split(open_db: Callable[..., Crosswire]) -> None:
    """Reports of a boxer's second title fight join the event of his first, on his name and the belt. Once each
    fight has several reports, the second fight's leave for an event of their own, with the move explained, a wire
    copy of one of them goes along, and later reports of either fight find their own event."""
    first = ["marr", "riga", "arena", "rematch", "knockdown", "sixth"]
    second = ["tobin", "dublin", "stadium", "points", "verdict", "twelfth"]
    crosswire = open_db()
    crosswire.ingest_analysed([_fight_report(number, first) for number in range(1, 6)])
    crosswire.ingest_analysed([_fight_report(number, second) for number in range(6, 9)])
    raw, article, analysis = _fight_report(7, second)
    copy = RawInput("fight-7-copy.txt", InputFormat.TEXT, raw.payload + " (wire)")
    crosswire.ingest_analysed([(copy, replace(article, content_hash=copy.content_hash, source=copy.source), analysis)])
    assert len(crosswire.events()) == 1  # three reports of the second fight are not yet a story of their own
    crosswire.ingest_analysed([_fight_report(10, second), _fight_report(11, first), _fight_report(12, second)])
    events = sorted(crosswire.events(), key=lambda event: min(article.id for article in event.articles))
    assert [sorted(article.id for article in event.articles) for event in events] == [
        [1, 2, 3, 4, 5, 11],
        [6, 7, 8, 9, 10, 12],
    ]
    moved = {decision.article_id: decision.explanation for decision in events[1].decisions}
    assert "syndicated copy of article 7" in moved[9]
    assert "; then moved from event" in moved[6]
    assert "two groups (5 and 4)" in moved[6]


def test_an_event_with_articles_stored_before_features_were_kept_is_left_whole(
    open_db: Callable[..., Crosswire], tmp_path: Path
) -> None:
    """A store written by an older crosswire has no features for its articles: an event holding one of them cannot
    be rebuilt from its reports, so it is not split."""
    first = ["marr", "riga", "arena", "rematch", "knockdown", "sixth"]
    second = ["tobin", "dublin", "stadium", "points", "verdict", "twelfth"]
    crosswire = open_db()
    crosswire.ingest_analysed([_fight_report(number, first) for number in range(1, 6)])
    crosswire.ingest_analysed([_fight_report(number, second) for number in range(6, 9)])
    with sqlite3.connect(tmp_path / "test.db") as connection:
        connection.execute("UPDATE event_articles SET features = NULL WHERE article_id = 1")
    crosswire.ingest_analysed([_fight_report(9, second), _fight_report(11, second)])
    events = crosswire.events()
    assert len(events) == 1 and len(events[0].articles) == 10


def _storm_report(number: int, words: dict[str, float], day: date | None) -> tuple[RawInput, Article, ArticleAnalysis]:
    """A report analysed by hand: its words, one of its own, and the day of the act it dates (if any)."""
    text = f"{' '.join(words)} (report {number})."
    raw = RawInput(f"storm-{number}.txt", InputFormat.TEXT, text)
    article = Article(raw.content_hash, raw.source, f"Storm report {number}", text, f"Outlet {number}")
    terms = {**words, f"aside{number}": 0.2}
    event_date = EventDate(day, DatePrecision.DAY) if day else None
    return raw, article, ArticleAnalysis([], terms=terms, event_date=event_date)


def test_a_report_that_joined_a_neighbour_early_moves_once_its_own_event_is_told(
    open_db: Callable[..., Crosswire],
) -> None:
    """An undated report of a ferry sinking in a storm comes when the storm's damage to the harbour has two reports
    and the sinking one terse report: it joins the harbour's event, the better fit then. The sinking's fuller
    reports that follow make its own event plain, and once the batch is in it moves there, with the move explained."""
    harbour = {"storm": 0.4, "harbour": 0.4, "cranes": 0.4, "roofs": 0.4, "quay": 0.4, "waves": 0.3}
    terse = {"ferry": 0.5, "coastguard": 0.5, "lifeboat": 0.5}
    sinking = {"ferry": 0.5, "sank": 0.5, "passengers": 0.4, "rescued": 0.4, "coastguard": 0.4}
    early = {"ferry": 0.35, "sank": 0.35, "passengers": 0.35, "rescued": 0.35, "storm": 0.5, "harbour": 0.5}
    damage, sank = date(2026, 11, 1), date(2026, 11, 20)
    reports = [
        _storm_report(1, {**harbour, "cranes": 0.3}, damage),
        _storm_report(2, {**harbour, "roofs": 0.3}, damage),
        _storm_report(3, terse, sank),
        _storm_report(4, early, None),
        _storm_report(5, {**sinking, "lifeboat": 0.3}, sank),
        _storm_report(6, {**sinking, "capsized": 0.3}, sank),
        _storm_report(7, {**sinking, "capsized": 0.3}, sank),
    ]
    crosswire = open_db()
    crosswire.ingest_analysed(reports, second_look=False)
    assert sorted(sorted(a.id for a in event.articles) for event in crosswire.events()) == [[1, 2, 4], [3, 5, 6, 7]]
    assert crosswire.second_look([4]) == 1
    events = sorted(crosswire.events(), key=lambda event: min(article.id for article in event.articles))
    assert [sorted(article.id for article in event.articles) for event in events] == [[1, 2], [3, 4, 5, 6, 7]]
    explanation = next(d.explanation for d in events[1].decisions if d.article_id == 4)
    assert explanation.startswith("joined event 1: ")
    assert f"; then moved from event 1 to event {events[1].id}: judged again once its batch was in" in explanation
    assert crosswire.second_look([1, 2, 3, 4, 5, 6, 7]) == 0  # nothing fits better any more
    # the harbour's event no longer holds the sinking's words: a later report of the sinking is not drawn to it
    assert events[0].headline == "Storm report 1" and len(events[0].articles) == 2

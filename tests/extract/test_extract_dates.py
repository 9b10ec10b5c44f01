"""Event dates: date expressions resolved against the publication date, and the one chosen for the event."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from crosswire.extract import Extractor
from crosswire.extract.dates import EventDateChoice, choose_event_date, find_dates, mark_earlier_happenings
from crosswire.extract.sentences import Sentence, is_background
from crosswire.model import Article, DatePrecision, EventDate

THURSDAY = date(2026, 11, 5)  # a Thursday
PUBLISHED = datetime(2026, 11, 5, 9, 30)


def resolved(text: str, published: date | None = THURSDAY) -> list[tuple[str, date | None]]:
    return [(m.text, m.resolved.day if m.resolved else None) for m in find_dates(text, published)]


def only_date(text: str, published: date | None = THURSDAY) -> EventDate | None:
    mentions = find_dates(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0].resolved


def sentences(*texts: str, title: str | None = None, year: int | None = 2026) -> list[Sentence]:
    made = []
    if title is not None:
        head = Sentence(-1, title, -1, -1, in_title=True)
        head.background = is_background(title, year)
        made.append(head)
    for index, text in enumerate(texts):
        one = Sentence(index, text, 0, len(text))
        one.background = is_background(text, year)
        made.append(one)
    return made


def chosen(*texts: str, published: datetime | None = PUBLISHED, title: str | None = None) -> EventDateChoice | None:
    year = published.year if published else None
    return choose_event_date(sentences(*texts, title=title, year=year), published)


def event_date(*texts: str, published: datetime | None = PUBLISHED, title: str | None = None) -> EventDate | None:
    choice = chosen(*texts, published=published, title=title)
    return choice.value if choice else None


# --- find_dates ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked the village on Tuesday.", date(2026, 11, 3)),
        ("Gunmen attacked the village on Thursday.", date(2026, 11, 5)),
        ("Gunmen attacked the village on Wednesday night.", date(2026, 11, 4)),
        ("Gunmen attacked the village on Friday.", date(2026, 10, 30)),
        ("Gunmen attacked the village on Sunday.", date(2026, 11, 1)),
        ("Gunmen attacked the village yesterday.", date(2026, 11, 4)),
        ("Gunmen attacked the village last night.", date(2026, 11, 4)),
        ("Gunmen attacked the village overnight.", date(2026, 11, 5)),  # the night just ended: mostly after midnight
        ("Gunmen attacked the village this morning.", date(2026, 11, 5)),
        ("Gunmen attacked the village on March 7.", date(2026, 3, 7)),
        ("Gunmen attacked the village on 3 November.", date(2026, 11, 3)),
        ("Gunmen attacked the village on Nov. 2.", date(2026, 11, 2)),
        ("Gunmen attacked the village on November 2nd.", date(2026, 11, 2)),
        ("Gunmen attacked the village on December 28.", date(2025, 12, 28)),  # a date after publication is last year's
        ("Gunmen attacked the village on 2026-10-30.", date(2026, 10, 30)),
        ("Gunmen attacked the village on June 4, 2024.", date(2024, 6, 4)),
    ],
)
def test_find_dates_resolves_against_publication(text, expected):
    value = only_date(text)
    assert value == EventDate(expected, DatePrecision.DAY)


def test_find_dates_possessive_weekday():
    assert resolved("Tuesday's attack left the market in ruins.") == [("Tuesday", date(2026, 11, 3))]


def test_find_dates_weekday_and_date_together():
    # the weekday names the date that follows it: one mention
    assert resolved("Protesters marched on Sunday, Nov 1, in the capital.") == [("Nov 1", date(2026, 11, 1))]


def test_find_dates_in_january_for_december_dates():
    assert only_date("The raid took place on December 30.", date(2027, 1, 2)).day == date(2026, 12, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes were reported in October.", date(2026, 10, 1)),
        ("Clashes intensified in early November.", date(2026, 11, 1)),
        ("Clashes were reported in August 2025.", date(2025, 8, 1)),
    ],
)
def test_find_dates_month_only_has_month_precision(text, expected):
    assert only_date(text) == EventDate(expected, DatePrecision.MONTH)


def test_find_dates_may_and_march_as_verbs_are_not_dates():
    assert find_dates("Troops may march into the town, officials warned.", THURSDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village on Tuesday.",
        "Gunmen attacked the village yesterday.",
        "Gunmen attacked the village last night.",
        "Gunmen attacked the village on March 7.",
        "Clashes were reported in October.",
    ],
)
def test_find_dates_relative_dates_unresolved_without_publication_date(text):
    assert only_date(text, published=None) is None


def test_find_dates_absolute_dates_resolve_without_publication_date():
    assert only_date("The raid took place on 14 March 2026.", published=None) == EventDate(date(2026, 3, 14))


def test_find_dates_last_weekday_named_on_that_weekday_is_a_week_before():
    assert only_date("Gunmen attacked the village last Thursday.").day == date(2026, 10, 29)


def test_find_dates_last_weekday_named_a_day_or_two_after_it_is_the_week_before():
    # on Friday 6 November "last Thursday" is not yesterday (that would be "yesterday" or "Thursday"); on Monday
    # 9 November "last Thursday" is four days back
    assert only_date("Gunmen attacked the village last Thursday.", date(2026, 11, 6)).day == date(2026, 10, 29)
    assert only_date("Gunmen attacked the village last Thursday.", date(2026, 11, 9)).day == date(2026, 11, 5)


# --- choose_event_date ---------------------------------------------------------------------------------------


def test_event_date_from_weekday_in_lead():
    value = event_date("Gunmen attacked a village on Tuesday, killing four people.", title="Gunmen kill four")
    assert value == EventDate(date(2026, 11, 3), DatePrecision.DAY)


def test_event_date_from_yesterday():
    assert event_date("Gunmen attacked a village yesterday, killing four people.").day == date(2026, 11, 4)


def test_event_date_on_a_month_day():
    assert event_date("Gunmen attacked a village on November 2, killing four people.").day == date(2026, 11, 2)


def test_event_date_is_none_without_publication_date_for_relative_dates():
    assert (
        event_date(
            "Gunmen attacked a village on Tuesday, killing four people.",
            "Police said the attackers fled after the raid last night.",
            published=None,
        )
        is None
    )


def test_event_date_without_publication_date_uses_a_full_date():
    value = event_date("Gunmen attacked a village on November 2, 2026, killing four people.", published=None)
    assert value == EventDate(date(2026, 11, 2))


def test_event_date_day_precision_beats_month_precision():
    value = event_date(
        "Clashes have intensified in November, residents said.",
        "Gunmen attacked a village on Tuesday, killing four people.",
    )
    assert value == EventDate(date(2026, 11, 3), DatePrecision.DAY)


def test_event_date_month_only():
    value = event_date(
        "Gunmen attacked several villages in November, killing dozens of people.",
        published=datetime(2026, 11, 20),
    )
    assert value == EventDate(date(2026, 11, 1), DatePrecision.MONTH)


def test_event_date_previous_month_published_early_next_month():
    value = event_date("Gunmen attacked a village in October, killing four people.")
    assert value == EventDate(date(2026, 10, 1), DatePrecision.MONTH)


def test_event_date_more_than_a_month_before_publication_is_not_chosen():
    assert event_date("Gunmen attacked a village on September 20, killing four people.") is None


def test_event_date_old_date_loses_to_a_recent_one_later_in_the_text():
    value = event_date(
        "A similar attack on the village on September 20 killed four people.",
        "Gunmen attacked the village again on Wednesday, police said.",
    )
    assert value == EventDate(date(2026, 11, 4))


def test_a_statement_dated_weeks_after_the_only_dated_act_is_a_follow_up_of_it():
    # the police statement is news of the attack, not an event of its own
    value = event_date(
        "Gunmen attacked a village on September 20, killing four people.",
        "Police said on Wednesday that the attackers had been identified.",
    )
    assert value == EventDate(date(2026, 9, 20))


def test_event_date_after_publication_is_not_chosen():
    assert event_date("Police said the trial of the attackers would open on 2026-12-01 in the capital.") is None


def test_event_date_dateline_is_not_used():
    value = event_date(
        "LAGOS, Nigeria, Oct 20 (XYZ) – Gunmen attacked a village on Sunday, killing four people, police said.",
        published=datetime(2026, 10, 21, 8, 0),
    )
    assert value == EventDate(date(2026, 10, 18))


def test_event_date_dateline_alone_gives_no_event_date():
    assert (
        event_date(
            "LAGOS, Nigeria, Oct 20 (XYZ) – Gunmen attacked a village, killing four people, police said.",
            published=datetime(2026, 10, 21, 8, 0),
        )
        is None
    )


def test_event_date_background_sentence_is_not_used():
    value = event_date(
        "The insurgency has killed thousands since 2009, and a similar attack took place on Monday in the north.",
        "Gunmen attacked a village on Tuesday, killing four people.",
    )
    assert value == EventDate(date(2026, 11, 3))


def test_event_date_choice_carries_its_sentence_and_words():
    texts = sentences("A community leader spoke to reporters.", "Gunmen attacked a village last night, killing four.")
    choice = choose_event_date(texts, PUBLISHED)

    assert choice is not None
    assert choice.sentence.text == "Gunmen attacked a village last night, killing four."
    assert choice.mention.text == "last night"


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(i, text, 0, len(text), None, doc_text=text) for i, text in enumerate(texts)]


def test_posted_stamp_is_the_reference_for_weekdays_and_never_the_event_date() -> None:
    sentences = _sentences(
        "Two dead in Shreveport shooting Posted: Saturday, March 2, 2013 7:39 AM EST Updated: Saturday, March 16, 2013",
        "Two men were killed in a shooting on Friday night in Shreveport, police said.",
    )
    # the feed collected the page two weeks after it was posted
    choice = choose_event_date(sentences, datetime(2013, 3, 16, 12, 0))
    assert choice is not None and choice.value.day.isoformat() == "2013-03-01"


def test_date_of_a_statement_gives_way_to_the_date_of_the_event() -> None:
    sentences = _sentences(
        "Police said Tuesday that a man was killed in a shooting at a home in Vallejo.",
        "The man was shot on Sunday night outside the house, police said.",
    )
    choice = choose_event_date(sentences, datetime(2013, 2, 12, 12, 0))  # a Tuesday
    assert choice is not None and choice.value.day.isoformat() == "2013-02-10"


def test_the_day_of_a_news_release_gives_way_to_the_day_it_tells_of() -> None:
    choice = chosen(
        "The police chief stated in a news release Tuesday that one shooting happened Monday morning.",
        "Officers found a man shot in a car, the release said.",
    )
    assert choice is not None and choice.value.day == date(2026, 11, 2)
    choice = chosen("In a statement Tuesday, police said a woman was shot Monday night outside her home.")
    assert choice is not None and choice.value.day == date(2026, 11, 2)


def test_a_line_that_carries_on_the_event_sentence_gives_its_date(extractor: Extractor) -> None:
    text = (
        "Residents said the street is usually quiet.\n\nNeighbours described the family as friendly.\n\n"
        "Officers said four people were shot\n\nSunday along the 2800 block of Hope Street in the Fairhill area."
    )
    article = Article("h", "t", "Four wounded in Fairhill", text, published=datetime(2014, 9, 29))
    event_date = extractor.analyse(article).event_date
    assert event_date == EventDate(date(2014, 9, 28))


def test_the_date_beside_the_act_beats_the_date_of_the_arrest() -> None:
    choice = chosen("Police arrested a 19-year-old man on Wednesday.", "The man was shot on Monday outside a store.")
    assert choice is not None and choice.value.day == date(2026, 11, 2)


def test_a_follow_up_dates_the_act_it_follows_not_its_hearing() -> None:
    choice = chosen(
        "A jury on Tuesday found John Roe guilty of murder.",
        "Roe shot Jane Doe outside her home on May 25, prosecutors said.",
        title="Testville man found guilty in fatal shooting",
    )
    assert choice is not None and choice.value.day == date(2026, 5, 25)
    assert choice.mention.text == "May 25"


def test_an_old_date_in_a_report_of_a_new_act_is_not_the_event_date() -> None:
    # no follow-up in the title or lead: the earlier shooting is context, and Sunday is the event's day
    choice = chosen(
        "A man was shot and wounded on Sunday on Elm Street.",
        "On May 25, another man was shot a block away.",
        title="Man wounded in Testville shooting",
    )
    assert choice is not None and choice.value.day == date(2026, 11, 1)


def test_the_sentences_of_the_act_a_follow_up_dates_count_again(extractor: Extractor) -> None:
    article = Article(
        content_hash="follow-up",
        source="test",
        title="Testville man found guilty in bakery shooting",
        text="A jury on Tuesday found John Roe guilty of murder.\n\n"
        "On May 25, 2025, Roe opened fire outside the Corner Bakery, killing three people and wounding two.",
        published=PUBLISHED,
    )
    analysis = extractor.analyse(article)
    assert analysis.event_date is not None and analysis.event_date.day == date(2025, 5, 25)
    counts = {
        claim.field.value: claim.value.low for claim in analysis.claims if claim.field.value in ("killed", "injured")
    }
    assert counts == {"killed": 3, "injured": 2}


def test_the_day_bail_was_set_gives_way_to_the_day_of_the_shooting() -> None:
    # PUBLISHED is a Thursday: bail set that day, for a shooting the day before
    assert event_date(
        "Bond was set at $1 million Thursday for a suspect accused of shooting and critically wounding a toddler "
        "and her grandfather Wednesday."
    ) == EventDate(date(2026, 11, 4))


def test_a_date_of_an_arrest_alone_is_marked_as_after_the_act() -> None:
    arrest = chosen("Police arrested a 19-year-old man on Wednesday in connection with the shooting of his cousin.")
    assert arrest is not None and arrest.value.day == date(2026, 11, 4) and arrest.after_the_act
    act = chosen("A 19-year-old man was shot on Wednesday outside a store.")
    assert act is not None and not act.after_the_act


def test_a_date_of_what_followed_the_act_gives_way_to_the_acts() -> None:
    # PUBLISHED is a Thursday: "today" is Thursday, "late Friday" the week before, "Monday" this week
    assert event_date("Four men were hospitalized today with gunshot wounds received late Friday, deputies said.") == (
        EventDate(date(2026, 10, 30))
    )
    assert event_date(
        "Police provided an update Thursday regarding a shooting that occurred Monday evening on Elm Street."
    ) == EventDate(date(2026, 11, 2))
    assert event_date("An investigation was underway Thursday into the killing of a teenager found on Sunday.") == (
        EventDate(date(2026, 11, 1))
    )


def test_a_bylines_date_is_the_writing_not_the_event() -> None:
    assert event_date("By Harbor Daily // November 5, 2026", "A man was found shot on Tuesday night.") == EventDate(
        date(2026, 11, 3)
    )


def test_a_weekday_before_a_full_date_is_that_date() -> None:
    # published on Thursday 5 November: "Sunday" alone would be 1 November
    assert event_date("Officers were called just after 2:30 a.m. Sunday, Oct. 25 for a report of a shooting.") == (
        EventDate(date(2026, 10, 25))
    )
    assert [m.text for m in find_dates("It began Sunday, and again on Oct. 25.", PUBLISHED.date())] == [
        "Sunday",
        "Oct. 25",
    ]


def test_a_date_beside_a_hearing_or_a_surrender_gives_way_to_the_acts() -> None:
    # published on Thursday 5 November
    assert event_date("A father was arraigned Thursday after his son, 6, shot himself in the hand Tuesday night.") == (
        EventDate(date(2026, 11, 3))
    )
    assert event_date(
        "The defense attorney in court Wednesday described how the shooting on Sunday began at the party."
    ) == EventDate(date(2026, 11, 1))


def test_holidays_are_days() -> None:
    easter = "A 3-year-old girl was shot dead in a west side home on Easter morning."
    assert event_date(easter, published=datetime(2026, 4, 7)) == EventDate(date(2026, 4, 5))
    assert event_date("Two men were wounded at a party on Halloween night.") == EventDate(date(2026, 10, 31))
    found = find_dates("He was killed on Christmas Eve, and his brother on the Fourth of July.", date(2027, 1, 2))
    assert [(m.text, m.resolved.day if m.resolved else None) for m in found] == [
        ("on Christmas Eve", date(2026, 12, 24)),
        ("on the Fourth of July", date(2026, 7, 4)),
    ]


def test_a_weekday_ahead_is_not_the_event_date() -> None:
    # published on Thursday 5 November: "Monday" said of what will happen is not 2 November
    assert event_date(
        "A man was shot on Tuesday night.", "The case will be presented to prosecutors Monday morning."
    ) == EventDate(date(2026, 11, 3))
    assert event_date("He'll undergo surgery again Monday.") is None


def test_the_acts_only_date_counts_though_its_age_made_its_sentence_background() -> None:
    # published on 5 November: 25 October is more than a week before, the article's only date, and the act's
    sentences_ = sentences(
        "The motive behind the October 25th drive-by shooting outside the market remains unclear.",
        "A police report lays out how officers responded.",
        year=2026,
    )
    mark_earlier_happenings(sentences_, PUBLISHED.date())
    assert sentences_[0].background
    choice = choose_event_date(sentences_, PUBLISHED)
    assert choice is not None and choice.value == EventDate(date(2026, 10, 25))


# Articles whose dates only the parse tells apart: each text, when it was published, and the act's day.
PARSED_ARTICLES = {
    # Friday hangs on "identified", Thursday night on "killed" (published on Saturday 7 November)
    "act_and_report_in_one_sentence": (
        "Police on Friday identified a teenager killed in a double shooting in Testville Thursday night.",
        datetime(2026, 11, 7, 8, 0),
        date(2026, 11, 5),
    ),
    # a search dated Monday gives way to the fight on Sunday (published on Tuesday 10 November)
    "search_gives_way_to_the_act": (
        "A search continued Monday for three suspects after a shooting left a woman dead in Testville.\n\n"
        "Neighbours described the street as quiet.\n\nThe city has added patrols.\n\n"
        "A fight broke out about 3:40 p.m. Sunday near Elm Street, investigators said.",
        datetime(2026, 11, 10, 9, 0),
        date(2026, 11, 8),
    ),
    # "it happened" dates the act in a late sentence without words of violence
    "it_happened_without_violence_words": (
        "Two men were wounded in Testville.\n\nOne is in serious condition.\n\nThe other was released.\n\n"
        "The incident happened Monday afternoon in Midvale Park.",
        datetime(2026, 11, 10, 9, 0),
        date(2026, 11, 9),
    ),
    # the arrest's date gives way to the act's older full date
    "arrest_gives_way_to_older_act": (
        "A 20-year-old man was arrested on March 27th.\n\n"
        "On March 9th, officers responded to a shooting on East Street and found a man wounded.",
        datetime(2026, 3, 29, 9, 0),
        date(2026, 3, 9),
    ),
    # a booking three weeks on ("early Friday evening" hangs on "booked") yields to the day officers responded
    "booking_yields_to_response": (
        "A 30-year-old man was booked into the county jail early Friday evening.\n\n"
        "Deputies responded around 5 p.m. Oct. 11 to a home on Ryan Road, where they found a woman wounded.",
        datetime(2026, 11, 3, 9, 0),
        date(2026, 10, 11),
    ),
}


@pytest.mark.parametrize("case", sorted(PARSED_ARTICLES))
def test_the_parse_tells_the_acts_date_from_the_aftermaths(extractor: Extractor, case: str) -> None:
    text, published, act_day = PARSED_ARTICLES[case]
    article = Article("dates", "test", "Shooting in Testville", text, published=published)
    assert extractor.analyse(article).event_date == EventDate(act_day)


def test_a_scheduled_day_after_publication_is_not_the_event_date_even_written_in_full() -> None:
    # published on Thursday 5 November: the autopsy is ahead, and the article does not date the shooting
    assert (
        event_date("The boy was shot at his home, police said.", "An autopsy is scheduled for Friday, November 6.")
        is None
    )


def test_a_page_stamp_with_its_clock_time_is_not_the_event_date() -> None:
    assert (
        event_date(
            "November 5, 2026, 11:11 AM Last updated: Thursday, November 5, 2026, 11:12 AM",
            "A man was shot in Testville, police said.",
        )
        is None
    )


def test_a_hearing_the_suspect_is_due_at_is_ahead_not_behind() -> None:
    # published on Thursday 5 November
    assert event_date("A man was shot, police said.", "The suspect is due in court on Friday for a hearing.") is None


def test_a_sentence_dated_only_by_a_month_long_past_is_background() -> None:
    # published on 20 January 2027: December ended more than a week before
    sentences_ = sentences(
        "A man was shot in the leg on Elm Street, police said.",
        "In December, a woman drove her car onto the sidewalk, injuring 36 people.",
        "In January, the city added patrols.",
        year=2027,
    )
    mark_earlier_happenings(sentences_, date(2027, 1, 20))
    assert [s.background for s in sentences_] == [False, True, False]


def test_a_month_that_names_a_place_is_no_date() -> None:
    assert resolved("A body was found in October neighbourhood of the town on Sunday.") == [
        ("Sunday", date(2026, 11, 1))
    ]


def test_the_signature_of_an_embedded_post_gives_way_to_the_acts_own_date() -> None:
    # published on Thursday 5 November: the post was written on the 6th, about a shooting on Tuesday the 3rd
    assert event_date(
        "Shooting on Elm Street, one man wounded. — Testville Police (@TestvillePD) November 6, 2026",
        "The man was shot outside a store on Tuesday evening.",
    ) == EventDate(date(2026, 11, 3))


def test_the_day_of_a_victims_condition_gives_way_to_the_acts_own_date() -> None:
    # published on Thursday 5 November
    assert event_date(
        "Two men shot on Elm Street were in stable condition late Wednesday.",
        "The shooting happened Tuesday night outside a store.",
    ) == EventDate(date(2026, 11, 3))


# A hearing's day that the parse hangs on a plea or a verdict ("entered pleas today", "was found guilty
# Wednesday") is the day of the proceeding, though words of the act stand near it: the follow-up's older date of
# the act wins, and without one the day is marked as after the act.
PROCEEDINGS = {
    "plea_gives_way_to_the_dated_act": (
        "Testville man found guilty in May 25 fatal shooting",
        "A Testville man accused in a May 25 shooting that killed one man and injured three others entered pleas "
        "today in county court.",
        date(2026, 5, 25),
        False,
    ),
    "verdict_gives_way_to_the_acts_full_date": (
        "Jury returns verdict in downtown double homicide",
        "A man who was on trial in connection with a double murder was found guilty Wednesday afternoon.\n\n"
        "The jury deliberated for half an hour.\n\n"
        "On April 28, police were called to a shooting at a warehouse on Main Street.",
        date(2026, 4, 28),
        False,
    ),
    "plea_alone_is_after_the_act": (
        "Couple pleads not guilty in accidental shooting of girl",
        "The couple entered the plea Wednesday to charges of injury to a child for the death of a 5-year-old girl.",
        date(2026, 11, 4),
        True,
    ),
    # the date hangs on the act, though a charge governs the phrase
    "charges_for_a_dated_shooting": (
        "Man arrested in Testville shooting",
        "A 49-year-old man is facing several charges for a Saturday morning shooting in Testville.",
        date(2026, 10, 31),
        False,
    ),
    # a funeral is where the act happened, not what followed it
    "shot_at_a_funeral": (
        "Four wounded at Testville funeral",
        "Four people were shot while attending a funeral service Friday in Testville.",
        date(2026, 10, 30),
        False,
    ),
}


@pytest.mark.parametrize("case", sorted(PROCEEDINGS))
def test_the_day_of_a_plea_or_a_verdict_is_not_the_acts(extractor: Extractor, case: str) -> None:
    title, text, act_day, after_the_act = PROCEEDINGS[case]
    analysis = extractor.analyse(Article("dates", "test", title, text, published=PUBLISHED))
    assert analysis.event_date == EventDate(act_day)
    assert analysis.event_date_after_the_act is after_the_act

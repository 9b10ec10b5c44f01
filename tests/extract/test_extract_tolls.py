"""An article's tolls: one count per field from its sentences, the victims the parse finds and the deaths it
implies (a fatal shooting, a murder-suicide, the attacker who killed himself)."""

from __future__ import annotations

import pytest

from crosswire.extract.counts import acled_fatalities, find_counts
from crosswire.extract.sentences import Sentence
from crosswire.extract.tolls import choose_counts
from crosswire.model import ClaimField
from support import sentence

KILLED, INJURED, ARRESTED, KIDNAPPED = (
    ClaimField.KILLED,
    ClaimField.INJURED,
    ClaimField.ARRESTED,
    ClaimField.KIDNAPPED,
)


def chosen(*texts: str) -> dict[ClaimField, tuple[int, int | None]]:
    sentences = [sentence(text, index) for index, text in enumerate(texts)]
    return {field: (m.count.low, m.count.high) for field, m in choose_counts(sentences).items()}


# --- choose_counts: the article's count ----------------------------------------------------------------------


def test_choose_counts_ignores_background_toll_after_the_event():
    assert chosen(
        "Gunmen killed four villagers in an overnight raid.",
        "The insurgency has killed more than 30,000 people since 2009.",
    ) == {KILLED: (4, 4)}


def test_choose_counts_ignores_background_toll_before_the_event():
    assert chosen(
        "The insurgency has killed more than 30,000 people since 2009.",
        "On Sunday, gunmen killed four villagers in an overnight raid.",
    ) == {KILLED: (4, 4)}


def test_choose_counts_only_background_gives_nothing():
    assert chosen("The insurgency has killed more than 30,000 people since 2009.") == {}


def test_choose_counts_first_statement_wins_over_a_later_subset():
    assert chosen(
        "Gunmen killed eight people in the market.",
        "Two children were killed as they fled, a witness said.",
    ) == {KILLED: (8, 8)}


def test_choose_counts_revised_toll_replaces_the_first():
    assert chosen(
        "A bomb killed six people at the bus station.",
        "The death toll later rose to nine, a hospital official said.",
    ) == {KILLED: (9, 9)}


def test_choose_counts_keeps_each_field():
    assert chosen(
        "Gunmen killed nine people and wounded 14 others in the attack.",
        "Police later arrested three suspects.",
    ) == {KILLED: (9, 9), INJURED: (14, 14), ARRESTED: (3, 3)}


def test_choose_counts_adds_the_two_sides_of_a_fight_stated_apart():
    assert chosen(
        "Four soldiers were killed in the fighting.",
        "The army said 17 militants were killed.",
    ) == {KILLED: (21, 21)}


def test_choose_counts_adds_the_two_sides_of_a_fight_in_one_sentence():
    assert chosen("Five soldiers and 17 militants were killed in the clash.") == {KILLED: (22, 22)}


def test_people_shot_are_the_dead_and_the_wounded() -> None:
    def counts(*texts: str) -> dict[str, int]:
        chosen = choose_counts([Sentence(i, t, 0, len(t), None, doc_text=t) for i, t in enumerate(texts)])
        return {field.value: mention.count.low for field, mention in chosen.items()}

    assert counts("Police: Manhunt after 4 shot, 1 dead in Coney Island") == {"killed": 1, "injured": 3}
    assert counts("Four men shot in South Shore neighborhood") == {"injured": 4}
    assert counts("Woman accused of shooting 5 in a nightclub is sought") == {"injured": 5}
    assert counts("Two men were shot dead on Sunday.") == {"killed": 2}
    assert counts("The victim was shot 3 times in the chest.") == {}


def test_people_struck_by_gunfire_or_suffering_gunshot_wounds_are_people_shot() -> None:
    assert chosen("Officers found four victims who had been struck by gunfire.") == {INJURED: (4, 4)}
    assert chosen("Four people received non-life-threatening wounds, police said.") == {INJURED: (4, 4)}
    # the dead suffered gunshot wounds too: none of the four is left wounded
    assert chosen("Four people were found dead in the house.", "All four victims suffered gunshot wounds.") == {
        KILLED: (4, 4),
        INJURED: (0, 0),
    }


def test_people_who_turned_up_with_gunshot_wounds_were_shot() -> None:
    assert chosen("Three men walked into a gas station with gunshot wounds, police said.") == {INJURED: (3, 3)}
    counted = chosen("One man was killed.", "Five other victims showed up at the hospital with gunshot wounds.")
    assert counted == {KILLED: (1, 1), INJURED: (5, 5)}


def test_people_shot_listed_by_kind_are_added_up() -> None:
    assert chosen("Police: 4 adults, 1 child shot in Elmwood") == {INJURED: (5, 5)}
    assert chosen("3-year-old and four adults shot in Elmwood") == {INJURED: (5, 5)}


def test_injuries_suffered_are_the_wounded_unless_fatal() -> None:
    assert chosen("Two men suffered minor injuries in the crash.") == {INJURED: (2, 2)}
    assert INJURED not in chosen("Two men suffered fatal injuries in the crash.")


@pytest.mark.parametrize(
    "text",
    [
        "Residents are frustrated that people are being killed in their neighborhoods.",
        "\u201cOur children are being murdered in the streets,\u201d said a neighbour.",
        "He told officers he was going to kill his wife and kids, the chief said.",
        "A neighbour said a 6-yo had been found dead.",
    ],
)
def test_laments_intents_and_ages_count_no_dead(text: str) -> None:
    assert parsed_counts(text).get("killed") in (None, (1, 1), (1, None))


@pytest.mark.parametrize(
    "text",
    [
        "At least eight children have been wounded or killed this year in shootings in the city.",
        "Frost means any trees and flowers that have already started blooming could be damaged or killed.",
        "Officers said they were executing a search warrant when shots were fired.",
        "Deputies found his stepfather, 60-year-old John Doe, dead.",
    ],
)
def test_the_hurt_and_the_dead_together_things_and_finders_are_no_toll(text: str) -> None:
    counted = parsed_counts(text)
    assert counted.get("killed") in (None, (1, 1), (1, None)) and "injured" not in counted


def test_a_shooting_that_led_to_a_death_and_people_named_by_age_in_the_plural() -> None:
    assert parsed_counts("Police say an accidental shooting led to a man's death.") == {"killed": (1, None)}
    assert parsed_counts("The 17-year-olds were pronounced dead at the scene.") == {"killed": (2, None)}
    assert parsed_counts("Two 15-year-olds were killed in the crash.") == {"killed": (2, 2)}


def test_one_more_victim_also_killed_in_a_later_sentence_makes_two() -> None:
    counted = parsed_counts("Police said John Doe died at the scene.", "A customer at the shop was also killed.")
    assert counted == {"killed": (2, 2)}


def test_officials_who_pronounce_someone_dead_are_not_the_dead() -> None:
    assert parsed_counts("Fire department officials pronounced Lynch dead at the scene.") == {}


def test_the_dead_and_others_hurt_with_their_own_subject_are_counted_apart() -> None:
    counted = parsed_counts("A militiaman was killed and three others were injured in the clash.")
    assert counted == {"killed": (1, 1), "injured": (3, 3)}


def test_people_killed_and_wounded_keep_their_dead() -> None:
    assert parsed_counts("Several soldiers were killed and wounded in the ambush.") == {"killed": (3, 9)}  # "several"


def test_an_unborn_child_among_the_dead_is_not_counted() -> None:
    assert chosen("The man murdered six people, including an unborn child.") == {KILLED: (5, 5)}


def test_kids_killing_kids_is_said_of_people_in_general() -> None:
    assert parsed_counts("It's dangerous out there, you know, kids killing kids.") == {}


def test_a_fourth_victim_wounded_is_one_person() -> None:
    counted = parsed_counts("Three people were shot and killed and a fourth was wounded early Sunday.")
    assert counted == {"killed": (3, 3), "injured": (1, 1)}


def test_a_name_that_looks_plural_is_one_person() -> None:
    assert parsed_counts("Police returned fire, killing Thompkins.") == {"killed": (1, None)}


def test_people_killed_without_a_number_are_at_least_two() -> None:
    assert parsed_counts("Investigators believe the man killed his children before fleeing.") == {"killed": (2, None)}


def test_the_wounded_worked_out_from_those_shot_are_marked_inferred() -> None:
    sentences = [sentence("Police: Manhunt after 4 shot, 1 dead in Coney Island", 0)]
    mentions = choose_counts(sentences)
    assert mentions[INJURED].inferred and not mentions[KILLED].inferred
    stated = choose_counts([sentence("Three people were wounded and one man was killed on Sunday.", 0)])
    assert not stated[INJURED].inferred


# --- counts read through the parse: victims without a number pattern ------------------------------------------


def parsed_counts(*texts: str) -> dict[str, tuple[int, int | None]]:
    from crosswire.extract.nlp import load_nlp
    from crosswire.extract.sentences import split_sentences

    doc = load_nlp()("\n\n".join(texts))
    chosen = choose_counts(split_sentences(doc, 2026))
    return {field.value: (m.count.low, m.count.high) for field, m in chosen.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jonah Fieldstone was pronounced dead at the scene.", {"killed": (1, 1)}),
        ("Raiders kill a shepherd near the well.", {"killed": (1, 1)}),
        (
            "The gang stormed the depot, wounding four guards and killing another.",
            {"killed": (1, 1), "injured": (4, 4)},
        ),
        ("The blast resulted in the deaths of seven recruits.", {"killed": (7, 7)}),
        ("A gunman injured a mother and her two sons at the fair.", {"injured": (3, 3)}),
        (
            "Two conscripts were killed and two others injured by a roadside bomb.",
            {"killed": (2, 2), "injured": (2, 2)},
        ),
    ],
)
def test_parsed_victims_without_a_number_pattern(text, expected):
    assert parsed_counts(text) == expected


def test_parsed_count_repeated_in_later_sentences_is_counted_once():
    assert parsed_counts(
        "Ellery Marsh was shot and killed outside his bakery on Friday.",
        "Marsh died before paramedics arrived, police said.",
    ) == {"killed": (1, 1), "injured": (0, 0)}


def test_a_link_to_another_story_inside_the_body_gives_no_count():
    assert parsed_counts(
        "A man was shot in the leg outside a bar on Elm Street on Saturday night.",
        "Grandmother, grandson found dead as detectives eye murder-suicide",
        "He was taken to a hospital in stable condition, police said.",
    ) == {"injured": (1, 1)}


def test_a_page_of_headlines_only_keeps_its_counts():
    # nothing finished precedes them: the headlines are all the page says of the event
    assert parsed_counts(
        "breaking",
        "Canal Street shooting: two gunmen still sought, police say",
        "Latest: manhunt after Canal Street shooting that left 1 dead, 6 injured",
    ) == {"killed": (1, 1), "injured": (6, 6)}


def test_a_short_first_paragraph_or_a_finished_sentence_is_not_a_teaser():
    from crosswire.extract.nlp import load_nlp
    from crosswire.extract.sentences import split_sentences

    text = "Three killed in Elm Street shooting\n\nThree men were killed on Elm Street.\n\nRelatives gathered on Sunday"
    teasers = [s.is_teaser for s in split_sentences(load_nlp()(text), 2026)]
    assert teasers == [False, False, True]


def test_one_person_shot_and_surviving_is_wounded():
    assert parsed_counts("A 14-year-old boy was shot in the leg on Tuesday night.") == {"injured": (1, 1)}


def test_dead_without_a_number_are_an_unknown_number():
    # the plural says two at least; how many more is not said
    assert parsed_counts("Soldiers killed civilians in the market.") == {"killed": (2, None)}
    assert parsed_counts("Police arrested suspects in the market.") == {}  # no count of arrests


def test_victims_of_a_passive_reported_or_joined_verb():
    assert parsed_counts("Four soldiers and three militiamen were reported killed.") == {"killed": (7, 7)}
    assert parsed_counts("Two thieves were beaten, tied up and drowned in a dam.")["killed"] == (2, 2)


def test_things_counted_are_not_people():
    assert parsed_counts("The mob burned three houses and two cars.") == {}
    assert parsed_counts("Five rounds were shot into the house and two cars were hit.") == {}


def test_implied_death_is_at_least_one():
    assert parsed_counts("Detectives are investigating a fatal shooting on Elm Street.") == {"killed": (1, None)}


@pytest.mark.parametrize(
    "text",
    [
        "Person found shot to death behind a warehouse",  # the parse of this headline finds no victim
        "Lakeside boy dies after being accidentally shot",
        "Hunting accident claims life of 12-year-old",
        "The woman succumbed to her wounds at the hospital.",
    ],
)
def test_a_death_said_in_other_words_is_at_least_one(text):
    assert parsed_counts(text)["killed"][0] == 1


def test_the_years_toll_told_after_the_event_is_not_the_events():
    counted = parsed_counts(
        "Five partygoers were shot outside a building in Elmwood just after midnight.",
        "The bloodshed in Elmwood this year has included a stray bullet killing a baby in September and the "
        "wounding of a teenager in February.",
    )
    assert counted == {"injured": (5, 5)}


def test_a_death_in_a_tally_of_several_shootings_is_not_the_events():
    counted = parsed_counts(
        "Detectives handled six shootings in a month, one of them fatal, and four of those cases, including "
        "the fatal shooting, led to arrests.",
        "In the latest case, a 17-year-old was hospitalized after being shot on Sunday.",
    )
    assert "killed" not in counted


def test_murder_suicide_is_two_dead():
    assert parsed_counts("Police called it a murder-suicide at the farmhouse.")["killed"] == (2, None)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Orchard gunman kills 3 bandmates, then himself.",), (4, 4)),
        (("A man fatally shot his partner and their two children before turning the gun on himself.",), (4, 4)),
        (("Police say Harlan killed one person, wounded three others, and then killed himself.",), (2, 2)),
        (("A woman shot and killed her husband and herself at their farm.",), (2, 2)),  # herself already counted
        (("Five people were found dead on Friday.", "The man killed four relatives before killing himself."), (5, 5)),
    ],
)
def test_the_attacker_who_killed_himself_is_among_the_dead(texts, expected):
    assert parsed_counts(*texts)["killed"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A woman fatally shot her son, then tried to take her own life, deputies said.",
        "The father shot and killed his two daughters before turning the gun on himself; he is in critical condition.",
    ],
)
def test_an_attacker_who_survived_is_not_counted(text):
    killed = parsed_counts(text)["killed"]
    assert killed[0] == killed[1] and killed[0] in (1, 2) and killed != (3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Teen shot to death in Roswell apartment complex",
        "A teenager was gunned down in his neighborhood on Monday night.",
        "Dale Whitcombe, 42, suffered a fatal gunshot wound to the chest.",
        "Suspect shot and killed by officers in Dallas",
    ],
)
def test_one_victim_killed_in_other_words(text):
    assert parsed_counts(text)["killed"] == (1, 1)


def test_wounded_after_an_adverb_and_a_life_claimed():
    assert parsed_counts("A baby was shot and severely wounded on Sunday.") == {"injured": (1, 1)}
    assert parsed_counts("The gunfire injured three males and claimed the life of one female.") == {
        "killed": (1, 1),
        "injured": (3, 3),
    }


def test_a_nonfatal_wound_is_no_death():
    assert "killed" not in parsed_counts("Dale Whitcombe, 42, suffered a gunshot wound to the leg.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ridgeway woman kills daughter in tragic murder-suicide", (2, 2)),  # the daughter and the woman
        ("Four people dead in apparent murder-suicide in Killeen", (4, 4)),  # the four include the attacker
        ("Police investigate apparent double murder-suicide", (3, None)),
        ("A 4-year-old boy was killed in a murder-suicide in Sulphur.", (2, None)),
    ],
)
def test_murder_suicide_counts_the_attacker_once(text, expected):
    assert parsed_counts(text)["killed"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Two charged in triple homicide at barbecue", (3, None)), ("A double murder in Elm Park", (2, None))],
)
def test_double_and_triple_killings(text, expected):
    assert parsed_counts(text)["killed"] == expected


def test_a_place_before_the_victims_is_not_counted_as_one_of_them():
    assert parsed_counts("A guard at a nightclub where two teens were killed saw the attack.")["killed"] == (2, 2)


def test_a_murder_suicide_asked_about_is_no_second_death():
    assert parsed_counts("A man was found dead.", "Police would not say whether it was a murder-suicide.") == {
        "killed": (1, 1)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teen charged with accidental shooting that killed 14-Year-Old Girl on West Side", (1, 1)),
        ("Police said the death of 15 year-old Senquez Jackson was a homicide.", (1, 1)),
        ("Police say one of five people shot outside the lounge early October 27 has died.", (1, None)),
        ("A cookout ambush killed five adults and an unborn child.", (5, 5)),
        ("Prairie police investigating two deadly shootings", None),  # two incidents, not two people
    ],
)
def test_numbers_that_count_no_dead(text, expected):
    assert parsed_counts(text).get("killed") == expected


def test_people_not_hurt_are_not_counted():
    assert parsed_counts("A man was shot.", "Three children were also in the home, but were not injured.") == {
        "injured": (1, 1)
    }


@pytest.mark.parametrize(
    "title", ["Toddler accidentally shot in hand by mother, police say", "Teen shot in Allegheny Township"]
)
def test_a_headline_drops_the_was_of_a_passive(title):
    assert parsed_counts(title) == {"injured": (1, 1)}


def test_a_headline_with_an_active_shooter_has_no_victim():
    assert parsed_counts("Gunman shot at officers outside bank") == {}


def test_a_double_shooting_is_two_people_shot():
    assert parsed_counts("Police investigate fatal double shooting on Elm Street") == {
        "killed": (1, None),
        "injured": (1, 1),
    }


@pytest.mark.parametrize(
    "text",
    [
        "He said he could've easily died that night.",
        "He wanted to kill the children because he did not want them in foster care.",
        "There were two traffic fatalities on the highway.",
    ],
)
def test_deaths_that_did_not_happen_or_are_not_violence(text):
    assert "killed" not in parsed_counts(text)


def test_an_unborn_child_is_not_counted_among_the_dead():
    assert parsed_counts("Five adults and an unborn baby were killed.")["killed"] == (5, 5)


def test_the_critically_wounded_are_some_of_the_people_shot():
    assert parsed_counts("2 critically wounded in shooting of five in Fruitridge area") == {"injured": (5, 5)}
    assert parsed_counts("Two people were critically wounded on Sunday, police said.") == {"injured": (2, 2)}


def test_someone_also_shot_is_wounded_besides_the_dead():
    assert parsed_counts("A 7-year-old girl was shot and killed on Sunday.", "Her mother was also shot.") == {
        "killed": (1, 1),
        "injured": (1, 1),
    }
    assert parsed_counts("Police said two men were killed.", "A 24-year-old woman was also shot, but survived.") == {
        "killed": (2, 2),
        "injured": (1, 1),
    }


def test_he_and_four_others_shot_are_five():
    assert parsed_counts("A man died on Tuesday night after he and four others were shot outside a home.") == {
        "killed": (1, 1),
        "injured": (4, 4),
    }


def test_missing_people_are_counted():
    assert parsed_counts("Twelve fishermen are still missing after the raid.") == {"missing": (12, 12)}


def test_death_a_protest_is_about_is_not_the_protests_toll():
    assert parsed_counts("Students protested on Monday over the death of a classmate in a road accident.") == {}
    assert parsed_counts("Hundreds marched after a vendor was killed by a policeman last week.") == {}


def test_an_attempt_kills_no_one():
    assert parsed_counts("A jobless man tried to kill himself outside the governor's office.") == {}


def test_a_death_outside_any_protest_still_counts():
    assert parsed_counts("Four days after the raid, two more villagers were killed by the gang.") == {"killed": (2, 2)}


def test_bodies_found_are_dead():
    assert parsed_counts("Three bodies were found near the river bank.") == {"killed": (3, 3)}


def test_heavy_casualties_are_deaths_without_a_number():
    chosen = choose_counts([sentence("The army shelled the rebel base, causing heavy casualties.")])
    assert acled_fatalities(chosen[KILLED].count) == 10


def test_a_person_named_by_age_is_one_victim():
    assert parsed_counts("Officers are looking for whoever shot a 17-year-old on Sunday.") == {"injured": (1, 1)}


def test_nominal_shooting_and_wounding_count_their_victims():
    assert parsed_counts("Detectives investigate the fatal shooting of one man and the wounding of three others.") == {
        "killed": (1, 1),
        "injured": (3, 3),
    }


def test_at_least_so_many_shot_leaves_at_least_that_many_less_the_dead_wounded():
    found = parsed_counts("At least fifteen people were shot and two people were killed outside the club.")
    assert found == {"killed": (2, 2), "injured": (13, None)}


def test_a_man_who_shot_and_killed_someone_is_not_the_victim():
    assert not find_counts(sentence("A man shot and killed his neighbour on Sunday."))
    assert parsed_counts("A man shot and killed his two neighbours on Sunday.") == {"killed": (2, 2)}


def test_arrests_made_and_surrender_count():
    assert parsed_counts("Detectives made an arrest in the case on Monday.") == {"arrested": (1, 1)}
    assert parsed_counts("The suspect turned himself in at the station.") == {"arrested": (1, 1)}
    assert parsed_counts("Police made no arrest in the case.") == {}


def test_headline_list_of_victims_with_commas():
    assert parsed_counts("Man kills wife, her son, himself in lakeside home") == {"killed": (3, 3)}
    assert parsed_counts("Jane Roe, a nurse, was killed on Monday.") == {"killed": (1, 1)}


def test_people_shot_besides_the_dead_are_all_wounded():
    assert parsed_counts("Police said one man is dead and three other people were shot on Elm Avenue on Tuesday.") == {
        "killed": (1, 1),
        "injured": (3, 3),
    }


def test_a_tally_of_several_shootings_is_not_the_events_toll():
    counts = parsed_counts(
        "Two people were killed and nine others wounded in shootings across Testville over the weekend.",
        "In the latest, a 25-year-old man was shot in the leg on Maple Street late on Sunday.",
    )
    assert counts == {"injured": (1, 1)}
    assert parsed_counts("Three shootings left six people wounded in Testville on Tuesday night.") == {}
    assert parsed_counts("Four more people were shot in Riverside, capping another violent weekend in Testville.") == {}


def test_a_number_between_commas_after_a_noun_is_an_age():
    assert parsed_counts("Boy, 3, wounded in accidental shooting in Testville, police say") == {"injured": (1, 1)}


def test_people_sent_or_taken_to_hospital_were_hurt() -> None:
    assert parsed_counts(
        "One of the victims of Thursday's shooting that sent five people to the hospital has died, police said."
    ) == {"killed": (1, 1), "injured": (4, 4)}
    assert parsed_counts("Five-year-old boy hospitalized following Saturday morning shooting") == {"injured": (1, 1)}


def test_someone_recovering_is_wounded_besides_the_dead() -> None:
    assert parsed_counts(
        "A man was shot dead outside a bar on Elm Street.", "The other victim is expected to recover."
    ) == {
        "killed": (1, 1),
        "injured": (1, 1),
    }
    assert parsed_counts(
        "Four people were found dead in the house.", "Another child was taken to a hospital with minor injuries."
    ) == {"killed": (4, 4), "injured": (1, 1)}


def test_police_recovering_a_body_is_no_one_hurt() -> None:
    assert parsed_counts("Divers recovered the body of a fisherman from the river.") == {"killed": (1, 1)}


def test_taken_into_custody_is_arrested() -> None:
    assert parsed_counts("The suspect was taken into custody on Tuesday night.") == {"arrested": (1, 1)}


def test_a_house_number_counts_no_one() -> None:
    assert parsed_counts("Police were called to 30 Porter Street, where a woman was taken to the hospital.") == {
        "injured": (1, 1)
    }


def test_a_plural_title_before_the_names_counts_the_names() -> None:
    text = "The gunman killed bailiffs Joseph Zangaro, 61, and Ronald Kienzle, 63, both retired police officers."
    assert parsed_counts(text) == {"killed": (2, 2)}


def test_each_victim_is_no_count_and_a_second_victim_is_besides_the_dead() -> None:
    assert parsed_counts("A customer was killed. The sheriff would not say how many times each victim was shot.") == {
        "killed": (1, 1)
    }
    assert parsed_counts(
        "One man died at the scene.", "The second victim was hit in the leg and taken to hospital."
    ) == {
        "killed": (1, 1),
        "injured": (1, 1),
    }


def test_shots_fired_are_not_people_shot() -> None:
    assert parsed_counts(
        "Police said one man was killed.", "The officer fired one shot, and neighbours heard two shots."
    ) == {"killed": (1, 1)}


def test_fatally_injured_is_dead_and_an_age_after_junior_is_no_count() -> None:
    assert parsed_counts("A 3-year-old boy was fatally injured when his brother fired a gun.") == {"killed": (1, 1)}
    assert parsed_counts("Eric Wright, 26, and Larry Watkins Jr. 26, were shot outside a bar.") == {"injured": (2, 2)}
    assert parsed_counts("The boy's mother said she is hurting deep inside.") == {}


def test_a_headline_lists_tolls_after_a_comma_and_victims_in_a_list() -> None:
    assert parsed_counts("Shooting At Lakeview House Party Leaves 1 Man Dead, 8 People Wounded") == {
        "killed": (1, 1),
        "injured": (8, 8),
    }
    assert parsed_counts("4 women, 3 men wounded in Elm Park playground shooting") == {"injured": (7, 7)}
    assert parsed_counts("Four men and women were injured in a drive-by shooting outside a diner.") == {
        "injured": (4, 4)
    }
    # after a name, the number is still an age
    assert parsed_counts("Father, 2 Children Dead In Murder-Suicide") != {"killed": (2, 2)}


def test_a_headline_names_someone_shot_by_age() -> None:
    assert parsed_counts("9-year-old shot on Birchwood Drive in Marlow County") == {"injured": (1, 1)}
    assert parsed_counts("5-month-old baby shot while in father's arms in Dover County") == {"injured": (1, 1)}


def test_someone_hurt_who_died_later_in_the_sentence_is_dead_only() -> None:
    assert parsed_counts(
        "A 6-year-old was shot Wednesday.",
        "The child was taken to Riverside Hospital in serious condition but later died, police said.",
    ) == {"killed": (1, 1), "injured": (0, 0)}
    assert parsed_counts("He was taken to Mercy Hospital in critical condition, where he died.") == {"killed": (1, 1)}


def test_people_with_gunshot_wounds_were_shot_and_more_are_besides_the_dead() -> None:
    assert parsed_counts("Officers found four victims with gunshot wounds. One man died at the scene.") == {
        "killed": (1, 1),
        "injured": (3, 3),
    }
    assert parsed_counts(
        "Ramon Ortiz, 28, died, and three more people are at a hospital with gunshot wounds, deputies said."
    ) == {"killed": (1, 1), "injured": (3, 3)}


def test_numbers_that_are_no_people() -> None:
    # a time stamp, a channel number, a number across a paragraph break, "neither" of two people
    assert parsed_counts("00:39 Man Charged With Killing Son in Lexington County") == {"arrested": (1, 1)}
    assert parsed_counts("Man shoots 3-year-old inside car - WXYZ Channel 4").get("injured", (0, 0))[0] <= 1
    assert parsed_counts("The shooting happened around 3 a.m.", "A 23-year-old woman was shot in the chest.") == {
        "injured": (1, 1)
    }
    assert parsed_counts("A man died. Neither the driver nor the other passenger was injured.") == {"killed": (1, 1)}


def test_a_partial_count_of_the_wounded_is_a_floor() -> None:
    assert parsed_counts(
        "Rampage At Tribal Office; 4 Dead, 2 Critically Hurt", "Four people were shot in the tribal office."
    ) == {"killed": (4, 4), "injured": (2, 2)}


def test_victims_beyond_a_paragraph_break_are_not_the_outcomes() -> None:
    # a page that repeats its headline as the first line: the parser joins it to the next paragraph
    counts = parsed_counts("One Killed, Four Wounded In Overnight Shootings", "Torri Stewart, 19, was shot and killed.")
    assert counts.get("killed") != (4, 4)


def test_a_headline_of_so_many_shot_outnumbers_a_first_count_of_some_wounded() -> None:
    assert parsed_counts("5 shot in Uptown on Sunday night", "Police said one wounded man walked into a hospital.") == {
        "injured": (5, 5)
    }
    assert parsed_counts("4 shot, 2 fatally, at a gas station", "The third man was listed in good condition.") == {
        "killed": (2, 2),
        "injured": (2, 2),
    }


def test_the_one_victim_who_died_is_not_also_counted_wounded() -> None:
    assert parsed_counts(
        "A 3-year-old boy died after accidentally shooting himself on Sunday.",
        "He was taken to Riverside Hospital in critical condition.",
    ) == {"killed": (1, 1)}
    # someone else: another victim, or one of two dead
    assert parsed_counts("A man was killed on Sunday.", "Another man was taken to hospital in critical condition.") == {
        "killed": (1, 1),
        "injured": (1, 1),
    }


def test_the_dead_listed_with_the_wounded_are_not_wounded() -> None:
    assert parsed_counts("2 killed, 2 critically wounded in South Shore shooting") == {
        "killed": (2, 2),
        "injured": (2, 2),
    }


def test_someone_hit_who_lives_is_wounded_whatever_the_dead_leave() -> None:
    # those "shot" are the two dead, but a third person hit is recovering
    assert parsed_counts(
        "Ann Vale and her daughter were killed in a shooting on Elm Street on Friday.",
        "The two were shot along with a neighbour.",
        "The neighbour is recovering in the hospital.",
    ) == {"killed": (2, 2), "injured": (1, 1)}


@pytest.mark.parametrize(
    "text",
    [
        "A teenager remains in the hospital after a shooting on Oak Lane on Monday.",
        "Medics took the man, with a gunshot wound to the leg, to a hospital.",
        "One of the victims remains hospitalized with a gunshot wound.",
        "A witness told News 5 the victim was shot in the parking lot.",
    ],
)
def test_one_person_hurt_said_without_a_count(text: str) -> None:
    assert parsed_counts(text) == {"injured": (1, 1)}


def test_people_found_suffering_from_gunshot_wounds_are_wounded() -> None:
    assert parsed_counts(
        "Deputies found Mara Quill, 35, and her brother Tom Quill, 23, inside the house, suffering from gunshot wounds."
    ) == {"injured": (2, 2)}


def test_a_headline_lists_everyone_hurt() -> None:
    assert parsed_counts("Woman and 5-year-old child injured in shooting") == {"injured": (2, 2)}


def test_a_station_number_is_no_start_of_a_range() -> None:
    assert parsed_counts("KXTV 58 - Two shot on Main Street") == {"injured": (2, 2)}


def test_an_age_left_without_its_closing_comma_is_no_count() -> None:
    assert parsed_counts("Dennie Roe, 66 and Ginger Roe, 64 were found dead inside a home.") == {"killed": (2, 2)}
    # after a place, the number counts the dead
    assert parsed_counts("Soldiers and rebels clash in Marte, 21 reported dead.") == {"killed": (21, 21)}


def test_people_counted_as_more_are_counted() -> None:
    assert parsed_counts("Police named two people found dead and two more who were injured inside a home.") == {
        "killed": (2, 2),
        "injured": (2, 2),
    }


def test_an_effort_to_kill_oneself_is_no_death() -> None:
    assert parsed_counts("A caller said he took a box of pills in an effort to kill himself.") == {}


def test_people_also_shot_are_counted_beside_the_dead() -> None:
    assert parsed_counts(
        "Jo Dee was struck in the head and died.",
        "Four other women were also shot outside the bakery.",
        "One woman was shot in the chest.",
    ) == {"killed": (1, 1), "injured": (4, 4)}


@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        ("Night club shooting sends seven to hospital", 7),
        ("Shooting in central Fresno lands four men in hospital", 4),
        ("A shooting at a party sent five people to the hospital early Sunday.", 5),
    ],
)
def test_people_sent_to_hospital_by_a_shooting_are_counted(text: str, wounded: int) -> None:
    assert parsed_counts(text) == {"injured": (wounded, wounded)}


def test_a_vague_number_sent_to_hospital_leaves_the_count_to_other_sentences() -> None:
    assert parsed_counts(
        "The shooting sent several people to the hospital.", "Police said five people were shot outside the club."
    ) == {"injured": (5, 5)}


def test_the_dead_listed_before_those_sent_to_hospital_are_not_among_them() -> None:
    assert parsed_counts("A gunman killed one man and sent three other people to the hospital.") == {
        "killed": (1, 1),
        "injured": (3, 3),
    }


def test_a_headline_states_its_tolls_with_bare_numbers() -> None:
    assert parsed_counts("Elm City Shooting Kills Three, Injures One: Police") == {"killed": (3, 3), "injured": (1, 1)}
    assert parsed_counts("Fuller Park shooting kills 3, wounds 2") == {"killed": (3, 3), "injured": (2, 2)}


def test_the_victims_of_a_shooting_are_the_people_it_hit() -> None:
    assert parsed_counts(
        "Two of the four victims are known to police.", "One of the victims remains hospitalized with a gunshot wound."
    ) == {"injured": (4, 4)}
    assert parsed_counts(
        "The owner of the club was shot and killed early Sunday.",
        "The condition of the other four shooting victims is unknown.",
    ) == {"killed": (1, 1), "injured": (4, 4)}


def test_homicides_an_agency_works_to_reduce_are_no_death():
    text = "The charges result from work by police and the community to reduce homicide and violent crime."
    assert "killed" not in parsed_counts(text)


def test_the_dead_a_vigil_honours_are_not_killed_at_the_vigil():
    counts = parsed_counts("Four people were shot as a candlelight vigil honoring a man killed on the corner ended.")
    assert "killed" not in counts
    assert "killed" not in parsed_counts("The vigil honored John Roe, who died after he was shot in a robbery.")

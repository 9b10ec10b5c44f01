"""ACLED's definitions that reorder the classifier's ranking: who took the ground, whether demonstrators were
violent, whether force against them maimed or killed, and that catch-all developments are non-violent."""

from __future__ import annotations

import pytest

from crosswire.extract.event_definitions import (
    EXCESSIVE_FORCE,
    GOVERNMENT_REGAINS,
    NON_STATE_OVERTAKES,
    VIOLENT_DEMONSTRATION,
    apply_definitions,
)
from crosswire.extract.nlp import load_nlp
from crosswire.extract.sentences import Sentence, split_sentences
from crosswire.model import EventType

PEACEFUL = EventType("Protests", "Peaceful protest")
DISPERSED = EventType("Protests", "Protest with intervention")
CHANGE = EventType("Strategic developments", "Change to group/activity")
ATTACK = EventType("Violence against civilians", "Attack")
ALL = [GOVERNMENT_REGAINS, NON_STATE_OVERTAKES, VIOLENT_DEMONSTRATION, EXCESSIVE_FORCE, PEACEFUL, DISPERSED, CHANGE]


def sentences(text: str) -> list[Sentence]:
    return split_sentences(load_nlp()(text), 2026)


def first_after(top: EventType, text: str) -> EventType:
    """The sub-type the definitions put first when the classifier ranked `top` first (then ACLED's order)."""
    ranked = [(top, 0.6)] + [(kind, 0.05) for kind in [*ALL, ATTACK] if kind != top]
    return apply_definitions(ranked, sentences(text))[0][0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel fighters recaptured the border town of Kalbo from the army on Thursday.", NON_STATE_OVERTAKES),
        ("Government troops retook the village of Marsa after two days of fighting.", GOVERNMENT_REGAINS),
        ("The town was seized by insurgents overnight, residents said.", NON_STATE_OVERTAKES),
        ("Soldiers took control of the Dorvan airport on Monday.", GOVERNMENT_REGAINS),
        ("Government forces seized the hills above Tessa on Sunday.", GOVERNMENT_REGAINS),
    ],
)
def test_whoever_took_the_ground_decides_its_sub_type(text: str, expected: EventType) -> None:
    for top in (GOVERNMENT_REGAINS, NON_STATE_OVERTAKES):
        assert first_after(top, text) == expected


def test_territory_with_no_typed_taker_keeps_the_classifier_ranking() -> None:
    text = "The village changed hands twice during the week, a monitor said."
    assert first_after(NON_STATE_OVERTAKES, text) == NON_STATE_OVERTAKES
    assert first_after(GOVERNMENT_REGAINS, text) == GOVERNMENT_REGAINS


@pytest.mark.parametrize(
    "text",
    [
        "Protesters threw stones at the police, who fired tear gas to disperse them.",
        "Police fired tear gas at demonstrators after projectiles were thrown at officers in the square.",
        "Hundreds marched on the ministry and some protesters smashed shop windows and set cars on fire.",
        "A demonstrator hurled a Molotov cocktail at a police van during the rally.",
        "Police clashed with hundreds of protesters outside the parliament on Saturday.",
        "Students who stormed the campus gates were dispersed with water cannon.",
        # what ACLED's codebook names as the marks of a violent demonstration, with no doer the parse can follow
        "Traders angry over the new market levy blocked the highway with barricades on Monday.",
        "Residents protesting the power cuts lit tyres on the main road into Dalma.",
        "Youths demanding jobs pelted passing vehicles with stones near the refinery.",
        "Riots were reported in two other districts as the protests over fuel prices spread.",
        "The district office was burnt down during a protest against the new chief on Friday.",
    ],
)
def test_demonstrators_doing_violence_make_a_riot_whatever_the_police_did(text: str) -> None:
    for top in (PEACEFUL, DISPERSED, EXCESSIVE_FORCE):
        assert first_after(top, text) == VIOLENT_DEMONSTRATION


@pytest.mark.parametrize(
    "text",
    [
        "Two protesters were killed when security forces opened fire on the march in Tarsa.",
        "Dozens of people were injured as police dispersed the sit-in with rubber bullets.",
        "Police violently dispersed a peaceful rally of teachers on Tuesday.",
        "Three died in the crackdown on the protest, a rights group said.",
    ],
)
def test_killing_or_maiming_peaceful_demonstrators_is_excessive_force(text: str) -> None:
    for top in (PEACEFUL, DISPERSED):
        assert first_after(top, text) == EXCESSIVE_FORCE


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas to disperse a march of teachers and detained four of them.",
        "Police blocked the route as thousands marched to protest the killing of a student last month.",
        "More than ten people marched after a non-violent demonstration was broken up by the police.",
        "Anti-riot police watched as teachers marched peacefully to the ministry.",
    ],
)
def test_a_dispersed_or_peaceful_protest_stays_what_the_classifier_said(text: str) -> None:
    assert first_after(DISPERSED, text) == DISPERSED
    assert first_after(PEACEFUL, text) == PEACEFUL


def test_a_catch_all_development_gives_way_to_violence_but_not_otherwise() -> None:
    assert first_after(CHANGE, "Militiamen beat a trader at the checkpoint, witnesses said.") != CHANGE
    assert first_after(CHANGE, "Unidentified armed men gunned down a doctor in the provincial capital.") != CHANGE
    assert first_after(CHANGE, "The movement said it would change its name next month.") == CHANGE


CHEMICAL = EventType("Explosions/Remote violence", "Chemical weapon")
AIR = EventType("Explosions/Remote violence", "Air/drone strike")
SHELLING = EventType("Explosions/Remote violence", "Shelling/artillery/missile attack")
GRENADE = EventType("Explosions/Remote violence", "Grenade")
CLASH = EventType("Battles", "Armed clash")


def ranked_after(order: list[EventType], text: str) -> EventType:
    ranked = [(kind, 0.5 - 0.1 * position) for position, kind in enumerate(order)]
    return apply_definitions(ranked, sentences(text))[0][0]


def test_an_explosion_sub_type_needs_its_weapon_named() -> None:
    raid = "Fighters launched a hit-and-run attack on the army base at night and withdrew."
    assert ranked_after([CHEMICAL, AIR, CLASH], raid) == CLASH
    # another sub-type of the same type whose weapon is named goes before any other type
    mortars = "Fighters fired ten mortar rounds at the market, injuring fourteen civilians."
    assert ranked_after([CHEMICAL, CLASH, SHELLING], mortars) == SHELLING
    # a rocket-propelled grenade is a missile, not a grenade
    rpg = "A rocket-propelled grenade hit the patrol vehicle near the bridge."
    assert ranked_after([GRENADE, SHELLING], rpg) == SHELLING
    # named weapons keep the classifier's choice
    assert ranked_after([AIR, CLASH], "A drone struck a car on the highway, killing two.") == AIR
    assert ranked_after([CHEMICAL, AIR], "Residents said chlorine was dropped on the district.") == CHEMICAL


ATTACK_ON_CIVILIANS = EventType("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stormed the village of Dakro at dawn and killed eleven villagers.", ATTACK_ON_CIVILIANS),
        ("Four women were shot dead by unidentified gunmen on the road to Tessa.", ATTACK_ON_CIVILIANS),
        # fighting back makes it a battle, whoever died
        ("Gunmen attacked the village and clashed with local guards for two hours; six villagers died.", CLASH),
        # an armed target makes it a battle
        ("Gunmen ambushed soldiers and killed three villagers near Tessa.", CLASH),
        ("Soldiers killed an armed man at a checkpoint outside Tessa.", CLASH),
    ],
)
def test_a_battle_needs_two_armed_sides(text: str, expected: EventType) -> None:
    assert ranked_after([CLASH, ATTACK_ON_CIVILIANS], text) == expected


def test_a_bomber_dying_by_the_bomb_makes_a_suicide_bombing() -> None:
    ied = EventType("Explosions/Remote violence", "Remote explosive/landmine/IED")
    suicide = EventType("Explosions/Remote violence", "Suicide bomb")
    told = "Two militants detonated explosives near the checkpoint, killing themselves and a guard."
    assert ranked_after([ied, suicide], told) == suicide
    assert ranked_after([ied, suicide], "A roadside bomb exploded under a bus near Tessa, killing four.") == ied


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen ambushed an army patrol near Tessa and killed two soldiers.", CLASH),
        ("Troops killed ten militants in a raid on their hideout near Tessa.", CLASH),
        # armed people out of arms are civilians to ACLED
        ("Gunmen shot dead an off-duty police officer on his way home in Tessa.", ATTACK_ON_CIVILIANS),
        ("The militants executed a captured soldier in the main square.", ATTACK_ON_CIVILIANS),
        ("Gunmen shot dead an army captain at a bar in Tessa.", ATTACK_ON_CIVILIANS),
        # "men" struck are not an armed group, and "two civilian men" are civilians
        ("Soldiers killed two civilian men at a checkpoint outside Tessa.", ATTACK_ON_CIVILIANS),
        ("Soldiers shot two men dead at a checkpoint outside Tessa.", ATTACK_ON_CIVILIANS),
        # one civilian among the targets keeps the attack
        ("Gunmen killed a policeman and nineteen civilians in the village.", ATTACK_ON_CIVILIANS),
    ],
)
def test_an_attack_whose_every_target_is_armed_is_a_battle(text: str, expected: EventType) -> None:
    assert ranked_after([ATTACK_ON_CIVILIANS, CLASH], text) == expected


def test_an_arrest_told_with_a_killing_done_is_the_violence_but_not_one_told_as_its_reason() -> None:
    arrests = EventType("Strategic developments", "Arrests")
    weapons = EventType("Strategic developments", "Disrupted weapons use")
    raid = "Military forces kill 15 militants, arrest 12 and recover weapons in a clearing operation."
    assert ranked_after([arrests, CLASH], raid) == CLASH
    assert ranked_after([weapons, CLASH], raid) == CLASH
    reason = "Police arrested three suspects over the killing of a trader last month."
    assert ranked_after([arrests, ATTACK_ON_CIVILIANS], reason) == arrests


MOB = EventType("Riots", "Mob violence")
DESTRUCTION = EventType("Strategic developments", "Looting/property destruction")


@pytest.mark.parametrize(
    ("order", "text", "expected"),
    [
        ([CLASH, MOB], "Supporters of the two candidates clashed outside the town hall; five were hurt.", MOB),
        ([CLASH, MOB], "Residents clashed with police over the demolition of their market stalls.", MOB),
        (
            [CLASH, VIOLENT_DEMONSTRATION],
            "Students protesting fees clashed with police on campus.",
            VIOLENT_DEMONSTRATION,
        ),
        ([DESTRUCTION, MOB], "Rioters burned houses and looted shops in the market district.", MOB),
        # communities fighting each other are identity militias to ACLED: a battle
        ([CLASH, MOB], "Farmers and herders clashed near the river; six people died.", CLASH),
        # an armed group on one side keeps the battle
        ([CLASH, MOB], "Residents clashed with militiamen who had entered the village.", CLASH),
        # a few people are no crowd
        ([DESTRUCTION, MOB], "Three people torched two patrol cars outside the officers' homes.", DESTRUCTION),
    ],
)
def test_a_crowd_clashing_or_destroying_property_is_a_riot(
    order: list[EventType], text: str, expected: EventType
) -> None:
    assert ranked_after(order, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doers are the state's forces or an armed group (vigilantes are an identity militia), not a crowd
        ("Police officers assaulted two nurses at the district hospital in Abeli.", ATTACK),
        ("Vigilantes attacked and killed a man they suspected of a burglary in Tenro.", ATTACK),
        # communities fighting each other are identity militias: a battle
        ("Two clans clashed over grazing land near Derro, leaving four people dead.", CLASH),
        # a crowd's own violence stays mob violence, also when vigilantes are its victims
        ("Two vigilantes were beaten by a mob at the Nkoro market after a quarrel over a stall.", MOB),
        ("An angry mob beat to death a suspected thief at the Kalinde bus stop on Sunday.", MOB),
        ("A mob set fire to the council office and stoned passing cars in Lobatse.", MOB),
    ],
)
def test_mob_violence_is_a_crowd_acting_on_its_own(text: str, expected: EventType) -> None:
    assert ranked_after([MOB, ATTACK, CLASH], text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Angry students protested at the Kelso campus for a second day over unpaid grants.", PEACEFUL),
        ("Market traders marched to the town hall in Vell; police arrested two of their leaders.", DISPERSED),
        ("Riot police chased the marchers through the old town of Orvo.", DISPERSED),
        ("Police opened fire on the demonstrators in Ostra, killing one of the marchers.", EXCESSIVE_FORCE),
        # violence by the demonstrators keeps the riot
        ("Protesters burned tyres and stoned passing cars on the Derra road.", VIOLENT_DEMONSTRATION),
        ("Demonstrators stormed the governor's office in Palmi.", VIOLENT_DEMONSTRATION),
    ],
)
def test_a_demonstration_whose_demonstrators_did_no_violence_is_a_protest(text: str, expected: EventType) -> None:
    assert ranked_after([VIOLENT_DEMONSTRATION, PEACEFUL, DISPERSED, EXCESSIVE_FORCE], text) == expected


@pytest.mark.parametrize(
    ("text", "violent"),
    [
        ("Teachers marched through Orvo over unpaid wages. Clashes were reported between them and the police.", True),
        ("Residents erected roadblocks on the Dessa road to protest a week without water.", True),
        # a road merely blocked (demonstrators sitting on it) is no mark of violence
        ("Teachers protested in Kelm and blocked the main avenue by sitting on the road.", False),
        ("Hundreds demonstrated outside the assembly in Kelm; no clashes were reported.", False),
    ],
)
def test_a_protest_whose_story_tells_the_marks_of_violence_is_a_violent_demonstration(text: str, violent: bool) -> None:
    expected = VIOLENT_DEMONSTRATION if violent else PEACEFUL
    assert ranked_after([PEACEFUL, DISPERSED, VIOLENT_DEMONSTRATION], text) == expected


def test_whichever_rule_chose_violence_whether_both_sides_were_armed_decides_attack_or_clash() -> None:
    # the development gives way to violence (`_violence_first`); the soldiers struck make it a clash
    text = "Rebels killed three soldiers and looted the depot in Marka."
    assert (
        ranked_after([EventType("Strategic developments", "Looting/property destruction"), ATTACK, CLASH], text)
        == CLASH
    )


ARRESTS = EventType("Strategic developments", "Arrests")


@pytest.mark.parametrize(
    ("order", "text", "expected"),
    [
        ([ARRESTS, DISPERSED], "Five people were arrested for protesting outside the parliament in Vell.", DISPERSED),
        (
            [ARRESTS, VIOLENT_DEMONSTRATION],
            "Police arrested 15 protesters who stoned cars during the march in Orvo.",
            VIOLENT_DEMONSTRATION,
        ),
        # an armed group's looting stays a development, and "March" is a month, not a march
        ([DESTRUCTION, MOB], "Militiamen looted the homes of villagers in Teka.", DESTRUCTION),
        ([ARRESTS, PEACEFUL], "Police arrested two smugglers in Kardo on 3 March.", ARRESTS),
    ],
)
def test_a_development_told_as_part_of_a_riot_or_a_protest_is_that_riot_or_protest(
    order: list[EventType], text: str, expected: EventType
) -> None:
    assert ranked_after(order, text) == expected


def test_a_protest_is_peaceful_unless_the_forces_intervened_and_excessive_only_if_they_maimed() -> None:
    march = "Hundreds of students marched peacefully to the ministry to demand lower fees."
    assert ranked_after([EXCESSIVE_FORCE, DISPERSED, PEACEFUL], march) == PEACEFUL
    assert ranked_after([DISPERSED, PEACEFUL], march) == PEACEFUL
    stopped = "Police suppressed a march of teachers in the capital on Monday."
    assert ranked_after([EXCESSIVE_FORCE, DISPERSED, PEACEFUL], stopped) == DISPERSED


def test_acleds_agreements_are_agreements_unless_violence_is_told_beside_them() -> None:
    agreement = EventType("Strategic developments", "Agreement")
    other = EventType("Strategic developments", "Other")
    swap = "The government released 30 rebels in exchange for the release of 16 soldiers."
    assert ranked_after([other, agreement], swap) == agreement
    assert ranked_after([CLASH, agreement], "The two armies exchanged prisoners at the border crossing.") == agreement
    change = EventType("Strategic developments", "Change to group/activity")
    surrender = "Twelve rebels surrendered to the army in the border district, the military said."
    assert ranked_after([change, agreement], surrender) == agreement
    talks = "The government and the last active rebel group started peace talks in the capital."
    assert ranked_after([change, agreement], talks) == agreement
    fighting = "Heavy fighting resumed at dawn and a rebel commander surrendered to the army by evening."
    assert ranked_after([CLASH, agreement], fighting) == CLASH
    protest = "Families protested outside the ministry to demand the repatriation of their relatives."
    assert ranked_after([PEACEFUL, agreement], protest) == PEACEFUL


def test_forces_moved_with_no_violence_told_are_a_change_to_group_activity() -> None:
    change = EventType("Strategic developments", "Change to group/activity")
    base = EventType("Strategic developments", "Headquarters or base established")
    moved = "The army dispatched hundreds of troops and armoured vehicles to the border region on Tuesday."
    assert ranked_after([CLASH, change], moved) == change
    assert ranked_after([base, change], moved) == change
    fought = "The army dispatched reinforcements after clashes with rebels near the border killed six soldiers."
    assert ranked_after([CLASH, change], fought) == CLASH


def test_a_defused_explosive_is_disrupted_weapons_use_and_missiles_from_jets_an_air_strike() -> None:
    ied = EventType("Explosions/Remote violence", "Remote explosive/landmine/IED")
    disrupted = EventType("Strategic developments", "Disrupted weapons use")
    defused = "Police found a roadside bomb near the market and defused it before dawn."
    assert ranked_after([ied, disrupted], defused) == disrupted
    went_off = "A roadside bomb exploded as police tried to defuse it, killing two officers."
    assert ranked_after([ied, disrupted], went_off) == ied
    jets = "Coalition jets fired missiles at a water pumping station in the village, killing three."
    assert ranked_after([SHELLING, AIR], jets) == AIR
    artillery = "Government artillery fired rockets at the rebel-held district, killing three."
    assert ranked_after([SHELLING, AIR], artillery) == SHELLING


def test_an_abduction_needs_someone_taken_and_violence_first_skips_what_the_text_does_not_name() -> None:
    abduction = EventType("Violence against civilians", "Abduction/forced disappearance")
    other = EventType("Strategic developments", "Other")
    shot = "Unidentified armed men gunned down a doctor outside his clinic in the provincial capital."
    assert ranked_after([abduction, ATTACK_ON_CIVILIANS], shot) == ATTACK_ON_CIVILIANS
    assert ranked_after([other, abduction, ATTACK_ON_CIVILIANS], shot) == ATTACK_ON_CIVILIANS
    taken = "Gunmen abducted a doctor outside his clinic and demanded a ransom."
    assert ranked_after([abduction, ATTACK_ON_CIVILIANS], taken) == abduction


def test_a_handover_gives_way_to_violence_done_unless_told_as_peaceful() -> None:
    handover = EventType("Strategic developments", "Non-violent transfer of territory")
    attacked = "Militants attacked the police post and killed two officers before holding the area."
    assert ranked_after([handover, CLASH], attacked) == CLASH
    peaceful = "Government forces took over the town without any fight after the militants withdrew; no clashes."
    assert ranked_after([handover, CLASH], peaceful) == handover


def test_a_base_set_up_is_a_base_established_even_beside_an_agreement() -> None:
    agreement = EventType("Strategic developments", "Agreement")
    base = EventType("Strategic developments", "Headquarters or base established")
    post = "The army set up a new observation post near the border under the ceasefire deal, officials said."
    assert ranked_after([agreement, base], post) == base
    talks = "The two sides agreed on a ceasefire deal after talks in the capital."
    assert ranked_after([agreement, base], talks) == agreement


def test_an_agreement_gives_way_to_violence_told_as_done() -> None:
    agreement = EventType("Strategic developments", "Agreement")
    shooting = "Police released the names of the two men who were shot and killed outside the bar on Friday."
    assert ranked_after([agreement, ATTACK_ON_CIVILIANS], shooting) == ATTACK_ON_CIVILIANS
    deal = "The two sides released 40 prisoners each under the deal signed in the capital."
    assert ranked_after([agreement, ATTACK_ON_CIVILIANS], deal) == agreement


def test_a_strike_from_the_air_stays_an_air_strike_whoever_it_hit() -> None:
    market = "Warplanes struck a crowded market in Tessa on Friday, killing twelve civilians."
    assert ranked_after([ATTACK_ON_CIVILIANS, AIR], market) == AIR
    positions = "Drones fired missiles at rebel positions outside Tessa, killing six fighters."
    assert ranked_after([CLASH, AIR], positions) == AIR
    ambush = "Gunmen ambushed an army patrol near Tessa and killed two soldiers."
    assert ranked_after([CLASH, AIR], ambush) == CLASH


def test_a_complex_attack_opened_by_a_suicide_bomber_is_a_suicide_bombing() -> None:
    suicide = EventType("Explosions/Remote violence", "Suicide bomb")
    told = "A suicide bomber blew himself up at the hotel gate before gunmen stormed in and fought the guards."
    assert ranked_after([CLASH, suicide], told) == suicide
    assert ranked_after([ATTACK_ON_CIVILIANS, suicide], told) == suicide
    assert ranked_after([CLASH, suicide], "Gunmen stormed the hotel and fought the guards for an hour.") == CLASH


def test_a_blast_with_no_disruption_told_is_an_explosion_not_disrupted_weapons_use() -> None:
    ied = EventType("Explosions/Remote violence", "Remote explosive/landmine/IED")
    disrupted = EventType("Strategic developments", "Disrupted weapons use")
    went_off = "Militants detonated a car bomb in Tessa tonight. A spokesman confirmed the explosion near the market."
    assert ranked_after([disrupted, ied], went_off) == ied
    seized = "Soldiers seized a truck of explosives in Tessa; one device exploded as they unloaded it."
    assert ranked_after([disrupted, ied], seized) == disrupted
    found = "Police found a bomb under a bridge in Tessa and defused it."
    assert ranked_after([disrupted, ied], found) == disrupted


def test_shelling_or_air_strikes_told_with_ground_fighting_are_a_battle() -> None:
    fought = "Army shelling and ground fighting hit rebel positions in Tessa; heavy casualties were reported."
    assert ranked_after([SHELLING, CLASH], fought) == CLASH
    assert ranked_after([AIR, CLASH], "Jets and ground troops clashed with the rebels near Tessa.") == CLASH
    assert ranked_after([CLASH, AIR], "Helicopters backed troops who fought the rebels outside Tessa.") == CLASH
    # fire from afar alone, or the war it belongs to named in passing, is still the strike
    assert ranked_after([SHELLING, CLASH], "Artillery shelled Tessa overnight, killing three civilians.") == SHELLING
    passing = "Jets struck an arms depot in Tessa as border clashes entered a seventh day."
    assert ranked_after([AIR, CLASH], passing) == AIR


@pytest.mark.parametrize(
    "text",
    [
        "Government troops gained control of Galo following the militants' withdrawal on Sunday.",
        "Rebel forces captured the villages of Tessa and Marsa on Monday. No violence was reported.",
    ],
)
def test_ground_taken_after_a_withdrawal_or_with_no_violence_told_is_a_non_violent_transfer(text: str) -> None:
    handover = EventType("Strategic developments", "Non-violent transfer of territory")
    assert ranked_after([GOVERNMENT_REGAINS, NON_STATE_OVERTAKES, CLASH, handover], text) == handover
    assert ranked_after([CLASH, GOVERNMENT_REGAINS, handover], text) == handover


def test_ground_taken_in_a_fight_stays_taken_by_force() -> None:
    handover = EventType("Strategic developments", "Non-violent transfer of territory")
    fought = "Government troops recaptured Galo after heavy fighting, and the militants withdrew to the hills."
    assert ranked_after([GOVERNMENT_REGAINS, handover], fought) == GOVERNMENT_REGAINS

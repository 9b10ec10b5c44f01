"""ACLED's definitions where they overrule the words: the distinctions a bag of words cannot learn.

The classifier ranks sub-event types by the words of the sentences, and some neighbouring sub-types are told by the
same words. ACLED's codebook separates them by a fact of the event instead, which these rules read from the parse:

- Who took the ground. "Recaptured the town" reads the same whoever did it, but ACLED codes "government regains
  territory" when state forces (or their allies) take it and "non-state actor overtakes territory" when a rebel
  group or militia does.
- Whether the demonstrators were violent. Protesters who throw stones, set fires, smash windows, clash with the
  police or block roads with barricades or burning tyres (the codebook's own examples) make a riot (a violent
  demonstration), whatever the police did in return: tear gas alone does not make the event a protest with
  intervention.
- A demonstration whose demonstrators are told doing no violence (no stones, fires, barricades, clashes, storming,
  damage) is a protest however angry its words, of the kind the forces' part decides.
- Whether the force against peaceful demonstrators was lethal or maiming. Protesters killed, shot or injured by the
  forces who dispersed them is "excessive force against protesters", not a protest with intervention.
- An explosive found and defused, or set off by accident by those who planted it and hurting no one, is disrupted
  weapons use; missiles fired by aircraft are an air strike, not shelling.
- Shelling or strikes from the air told together with fighting on the ground are one armed clash: ACLED codes
  remote violence used within a battle as the battle.
- A bomber who dies by the bomb ("a suicide car bomb", "blew himself up") makes a suicide bombing, not a remote
  explosive.
- Whether both sides were armed. A battle is fought between armed, organised groups; violence against civilians
  strikes people who are not. An armed clash in which only civilians are struck and nobody fights back is an
  attack on civilians; an attack on civilians whose every target is armed (soldiers, police on duty, militants) is
  an armed clash, unless they were out of arms: off duty, at home, held captive (ACLED counts those as civilians).
  This holds whichever rule chose the violence.
- Whether a crowd did it. A crowd (demonstrators, residents, students, supporters) clashing with the police or with
  another crowd, or burning and looting property, makes a riot, not a battle or a strategic development; but
  communities fighting each other (farmers and herders, clans) are identity militias to ACLED, and that is a battle.
- Mob violence is a crowd acting on its own: violence done only by the state's forces or an armed group (vigilantes
  are an identity militia to ACLED) is theirs, an attack on civilians; communities fighting each other, a battle.
- Arrests, property destroyed or a change of activity told as part of a protest or a riot ("15 arrested as graduates
  rioted") are that protest or riot, unless an armed group did them.
- Ground taken by force (recaptured, stormed, fought over) and never said to be handed over or left without a
  fight is no non-violent transfer: the taker decides its sub-type. Ground taken after the other side withdrew, or
  with no violence told, is a non-violent transfer whoever took it.
- Peace talks, ceasefires, evacuation deals, prisoner exchanges, surrenders and repatriations are agreements
  (ACLED's list), unless violence is told beside them.
- A base, post or headquarters set up with no violence told is a base established, even beside an agreement.
- Forces sent, deployed or moved, and fighters defecting, with no violence told, are a change to a group's
  activity, not a clash, a new base or a handover.
- A protest is peaceful unless the forces intervened (dispersed, arrested, fired tear gas), and excessive force
  only when the force killed or maimed.
- The weapon is named. ACLED's explosions and remote violence are told apart by the weapon (a chemical agent, an
  aircraft, a suicide bomber, artillery, a planted explosive, a grenade): a sub-type whose weapon the text never
  names ("fighters launched a hit-and-run attack on the base") gives way to the next one whose weapon it does, or
  to a type that needs no weapon. A rocket-propelled grenade is a missile, not a grenade. An abduction likewise
  needs someone taken, held or missing.
- Strategic developments are non-violent by definition: when the text reports people killed, hurt, attacked or
  taken, the likeliest violent sub-type is chosen instead of a catch-all development (a change to a group's
  activity, other), an agreement, an arrest, a new base, weapons seized, property destroyed or a handover not told
  as peaceful ("military forces kill 15, arrest 12 and recover weapons" is a battle).

Each rule only reorders the classifier's ranking, moving one sub-type to the front; the shares stay the model's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from crosswire.extract.actor_types import acting_types, encounter_parties
from crosswire.extract.sentences import Sentence
from crosswire.extract.statements import stem
from crosswire.model import ActorRole, ActorType, EventType

Ranking = list[tuple[EventType, float]]

GOVERNMENT_REGAINS = EventType("Battles", "Government regains territory")
NON_STATE_OVERTAKES = EventType("Battles", "Non-state actor overtakes territory")
VIOLENT_DEMONSTRATION = EventType("Riots", "Violent demonstration")
EXCESSIVE_FORCE = EventType("Protests", "Excessive force against protesters")
ARMED_CLASH = EventType("Battles", "Armed clash")
MOB_VIOLENCE = EventType("Riots", "Mob violence")
PROPERTY_DESTRUCTION = EventType("Strategic developments", "Looting/property destruction")
REMOTE_EXPLOSIVE = EventType("Explosions/Remote violence", "Remote explosive/landmine/IED")
SUICIDE_BOMB = EventType("Explosions/Remote violence", "Suicide bomb")
SHELLING = EventType("Explosions/Remote violence", "Shelling/artillery/missile attack")
AIR_STRIKE = EventType("Explosions/Remote violence", "Air/drone strike")
DISRUPTED = EventType("Strategic developments", "Disrupted weapons use")
ATTACK_ON_CIVILIANS = EventType("Violence against civilians", "Attack")
AGREEMENT = EventType("Strategic developments", "Agreement")
CHANGE_TO_GROUP = EventType("Strategic developments", "Change to group/activity")
BASE_ESTABLISHED = EventType("Strategic developments", "Headquarters or base established")
OTHER_DEVELOPMENT = EventType("Strategic developments", "Other")
ARRESTS = EventType("Strategic developments", "Arrests")
HANDOVER = EventType("Strategic developments", "Non-violent transfer of territory")
PEACEFUL = EventType("Protests", "Peaceful protest")
DISPERSED = EventType("Protests", "Protest with intervention")

# Strategic developments are ACLED's non-violent activity: when the text also reports violence against people, the
# likeliest violent sub-type is the event. For the catch-alls (a change to a group's activity, other) any word of
# violence will do; an arrest, a new base, weapons seized or property destroyed is often told with the violence
# that led to it ("arrested over the killing of", "following clashes last week"), so there only an act told as
# done counts ("kill 15, arrest 12 and recover weapons"). So does an agreement ("police released the names of the
# victims" is no prisoner release), and a handover of territory unless it is told as peaceful ("without any fight",
# "after al Shabaab withdrew").
_VIOLENCE = re.compile(
    r"\b(?:killed|killing|dead|died|wounded|injured|beat|beaten|beating|shot|clash(?:ed|es)?|fought|fighting|"
    r"attack(?:ed|s)?|kidnapped|abducted|tortured|raped|massacred|ambushed|bombed|shelled|gunned|murder(?:ed|s)?|"
    r"stabbed|hacked|executed|executions?|lynched|assassinated)\b",
    re.IGNORECASE,
)
_VIOLENT_ACT = re.compile(
    r"(?<!the )(?<!a )\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)|injur(?:es|ed|ing)|beat(?:s|en|ing)?|shot|"
    r"shoot(?:s|ing)?|clash(?:es|ed)|fought|attack(?:s|ed|ing)|kidnap(?:s|ped|ping)|abduct(?:s|ed|ing)|tortured|"
    r"raped|massacred|ambush(?:es|ed)|bombed|shelled|opened fire|exchanged? fire|firefight|shoot-?out|"
    r"repel(?:s|led))\b",
    re.IGNORECASE,
)
_NON_VIOLENT = {
    "Change to group/activity": _VIOLENCE,
    "Other": _VIOLENCE,
    "Arrests": _VIOLENT_ACT,
    "Headquarters or base established": _VIOLENT_ACT,
    "Disrupted weapons use": _VIOLENT_ACT,
    "Looting/property destruction": _VIOLENT_ACT,
    "Non-violent transfer of territory": _VIOLENT_ACT,
    "Agreement": _VIOLENT_ACT,
}


def _stems(*forms: str) -> frozenset[str]:
    """Verbs as `stem` reads them (spaCy's lemmatizer is not loaded), irregular forms given as they are written."""
    return frozenset(stem(form) for form in forms)


# Taking ground: the verbs whose doer decides between the two territorial sub-types.
_TAKING = _stems(
    "seize", "capture", "retake", "retook", "retaken", "recapture", "regain", "overrun", "overran", "liberate",
    "reclaim", "wrest",
)  # fmt: skip
_CONTROL_GAINED = re.compile(r"\b(?:gain\w*|took|take[sn]?|taking|assum\w*|seiz\w*) (?:full )?control\b", re.I)
_PEACEFUL_TRANSFER = re.compile(
    r"\bhand(?:ed|ing|s)?[- ]?over\b|\bhandover\b|\bwithdr[ae]w|\bwithdrawal\b|\bpulled out\b|\bretreat|\bvacat|"
    r"\bwithout (?:a |any )?(?:fight|fighting|resistance|clash|clashes|battle|bloodshed|shot|confrontation)|"
    r"\bunopposed\b|\bno resistance\b|\bleft the\b|"
    r"\bpeaceful|\bagree|\bdeal\b|\baccord\b|\bevacuat|\bno (?:reported )?(?:armed )?(?:violence|fighting|clashes)\b|"
    r"\bwithout violence\b|\bfled\b|\babandon",
    re.IGNORECASE,
)
_BY_FORCE = re.compile(
    r"\brecaptur|\bretook\b|\bretak(?:e|en|ing)\b|\boverr[au]n|\bstorm(?:ed|ing)\b|\boffensive\b|\bassault|"
    r"\bby force\b",
    re.IGNORECASE,
)
_STATE = {ActorType.STATE_FORCES, ActorType.EXTERNAL_FORCES}
_NON_STATE = {ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA}

# Striking at someone. A battle needs two armed sides: with no word of fighting back, strikes at civilians are an
# attack on civilians.
_STRIKING = _stems(
    "attack", "kill", "shoot", "shot", "ambush", "raid", "storm", "murder", "execute", "behead", "massacre", "gun",
    "slaughter", "hack", "wound", "injure", "assault", "torture", "rape", "beat", "beaten", "abduct", "kidnap",
)  # fmt: skip
_FIGHTING = re.compile(
    r"\bclash|\bfight(?!er)|\bfought\b|\bbattl|\bexchang\w* (?:of )?(?:fire|gunfire)|\bgun ?(?:fight|battle)|"
    r"\bskirmish|\brepel|\brepuls|\breturned fire\b|\bshoot-?out|\bengag|\bfirefight|\bcounter-?attack|\bretaliat|"
    r"\bcrossfire",
    re.IGNORECASE,
)
# A crowd (civilians, demonstrators, rioters) clashing, with no armed group but the state's, or destroying
# property, is a riot: ACLED's battles are between armed, organised sides, and its looting and property destruction
# (a strategic development) is what armed groups and forces do outside a riot.
_CROWDS = {ActorType.CIVILIANS, ActorType.PROTESTERS, ActorType.RIOTERS}
_CROWD_WORDS = re.compile(
    r"\b(?:protesters?|protestors?|demonstrators?|rioters?|mobs?|crowds?|residents?|students?|pupils?|youths?|"
    r"supporters?|workers?|villagers?|locals?|marchers?|strikers?|looters?)\b",
    re.IGNORECASE,
)
_DESTROYING = _stems(
    "destroy", "burn", "burnt", "torch", "loot", "vandalize", "vandalise", "demolish", "raze", "ransack", "smash",
    "set", "wreck", "damage", "pillage",
)  # fmt: skip
# ... but communities fighting each other (farmers and herders, clans, ethnic groups) are identity militias to
# ACLED, and their clashes battles.
_COMMUNAL = re.compile(
    r"\bcommunal|\bethnic|\btribal|\btribes?\b|\bclans?\b|\bherd|\bfarmers?\b|\bfulanis?\b|\bpeul\b|\bcattle\b|"
    r"\bfamil(?:y|ies)\b|\bcommunit(?:y|ies)\b|\bgangs?\b|\bmilitias?\b|\bvigilantes?\b",
    re.IGNORECASE,
)
# Two sides fighting, in words that are not said of a one-sided attack: narrower than `_FIGHTING` ("engaged in
# break-ins", "in retaliation"), and unlike `_GROUND_FIGHTING` it takes a plain "fight" ("two clans fight over a
# well"), since it is read only beside communal words.
_TWO_SIDES_FOUGHT = re.compile(r"\bclash|\bfought\b|\bfight(?:s|ing)?\b|\bbattl|\bskirmish", re.IGNORECASE)
# Words of a crowd's violence, whoever is told doing it. Broad on purpose: any of them keeps a violent demonstration
# violent (`_calm_demonstration`); only the narrower `_VIOLENT_MARKS` and `_CLASHES` make a protest violent.
_CROWD_VIOLENCE = re.compile(
    r"\briot(?!\s+(?:police|gear|officers?|squads?|control|shields?|units?))|\bstorm(?:ed|ing)\b|\bbarricad|"
    r"\broad ?blocks?\b|\btyres?\b|\btires\b|\bstones?\b|\bstoned\b|"
    r"\bclash|\bscuffl|\bblockad|\braid|\bburn|\bblaze\b|\bablaze\b|\bloot|\bdamag|\bdestroy|\bwreck|\bvandal|"
    r"\bchaos|\bunrest|\brampage|\bransack|\bhostage",
    re.IGNORECASE,
)
# Developments that a crowd's story can tell as part of its riot or protest (`_crowd_told`).
_DEVELOPMENTS_OF_CROWDS = {ARRESTS, CHANGE_TO_GROUP, PROPERTY_DESTRUCTION, OTHER_DEVELOPMENT}
# The codebook's marks of a violent demonstration told without their doer (with `_CLASHES`): road blocks (not a road
# merely blocked: demonstrators sitting on it are not violent), running battles, stoning, a rampage.
_VIOLENT_MARKS = re.compile(
    r"\broad ?blocks?\b|\bblockad|\brunning battles?\b|\bviolently (?:protest|demonstrat|march)|\brampag|"
    r"\bston(?:ing|ed)\b",
    re.IGNORECASE,
)
_DEMANDS = re.compile(r"\bto (?:express|demand|denounce|press)\b|\bdiscontent\b|\bgrievances?\b|\banger\b", re.I)
# "Two men were killed": men typed as an armed group when they act ("two men opened fire") are victims here.
_GENERIC_MEN = re.compile(r"^(?!.*\b(?:armed|gun))(?:.*\s)?men$", re.IGNORECASE)
# ... and armed people struck when not in arms (off duty, at home, held captive) are civilians to ACLED.
_OUT_OF_ARMS = re.compile(
    r"\boff[- ]duty\b|\b(?:his|her|their) (?:home|house|residence)\b|\bon (?:his|her|their) way\b|\bway home\b|"
    r"\bcaptured\b|\bcaptive\b|\bexecut|\bhostages?\b|\bdefected\b|\bformer\b|"
    r"\b(?:at|in|outside) an? (?:bar|pub|nightclub|night club|beer \w+|drinking \w+|restaurant|cafe|café|shop|"
    r"market)\b",
    re.IGNORECASE,
)
_TAKING_WITH = _stems("take", "took", "taken", "gain", "assume", "establish")
# Who demonstrates, and the words that stand for some of them in a protest's story ("some smashed windows").
_DEMONSTRATORS = _stems(
    "protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher", "activist", "supporter", "youth",
    "student", "some", "others", "many",
)  # fmt: skip
# What demonstrators do that makes their demonstration violent, read with its doer.
_RIOTING_ACTS = _stems(
    "throw", "threw", "thrown", "hurl", "pelt", "lob", "stone", "torch", "burn", "burnt", "set", "light", "lit",
    "smash", "vandalize", "vandalise", "loot", "ransack", "storm", "attack", "assault", "beat", "beaten", "break",
    "clash", "fight", "damage", "destroy",
)  # fmt: skip
# ... and the signs of it that name no doer, or name it in a way the parse does not follow.
_RIOTING = re.compile(
    r"\bmolotov|\bpetrol[- ]bombs?\b|\bfire[- ]?bombs?\b|\bstone[- ]pelting\b|"
    r"\bturn(?:s|ed|ing)?\s+(?:\w+\s+)?violent\b|(?<!non-)\bviolent (?:protests?|demonstrations?|clashes)\b|"
    r"\b(?:stones|rocks|bottles|bricks|projectiles|objects|missiles|firecrackers)\s+(?:were|was|being)\s+"
    r"(?:thrown|hurled)\b|"
    # property destroyed in a demonstration's story is the demonstrators' doing
    r"\bsmash(?:ed|ing)\s+(?:\w+\s+){0,2}(?:windows|windscreens|cars|shops|stores|storefronts)\b|"
    r"\bset\s+(?:\w+\s+){0,3}(?:on fire|ablaze|alight)\b|\bset fire to\b|\btorch(?:ed|ing)\b|\bvandali[sz](?:ed|ing)\b|"
    r"\blooted\b|\blooting\s+(?:of\s+)?(?:\w+\s+)?(?:shops|stores|businesses|supermarkets|banks|property)\b|"
    # ACLED's codebook names road blocks of barricades and burning tyres as a violent demonstration's marks
    r"\bbarricad(?:e|es|ed|ing)\b|\b(?:burnt|burned)\s+down\b|"
    r"\b(?:burnt|burned|torched)\s+(?:\w+\s+){0,2}(?:cars?|vehicles?|buses|houses?|homes?|buildings?|offices?|shops?|"
    r"stores?|tents?|stations?|property)\b|"
    r"\b(?:burn\w*|fire|ablaze|torch\w*|lit|light\w*)\W+(?:\w+\W+){0,3}(?:tyres|tires)\b|"
    r"\b(?:tyres|tires)\W+(?:\w+\W+){0,3}(?:burn\w*|ablaze|on fire|alight)\b|"
    r"\b(?:threw|throwing|hurled|hurling|pelted|pelting)\b[^.]{0,40}\b(?:stones|rocks)\b|\bston(?:ed|ing)\b|"
    # a riot named as such, not the police equipped for one
    r"(?<!anti-)(?<!anti )\b(?:riots|rioting|rioted)\b",
    re.IGNORECASE,
)
# Clashes told as having happened: not "no clashes were reported", "without clashes".
_CLASHES = re.compile(
    r"(?<!\bno )(?<!\bwithout )(?<!\bor )\b(?:clash(?:ed|es|ing)?|scuffl(?:ed|es|ing))\b", re.IGNORECASE
)
# ("march" in lower case: "March 7" is a month)
_PROTEST_WORDS = re.compile(
    r"\bprotest|\bdemonstrat|\brall(?:y|ies)\b|\bcrowds?\b|\b(?-i:march)\b|\bmarch(?:ed|ers?)\b", re.I
)

# Force that kills or maims: people of the demonstration killed, shot or hurt, or force named so.
_HARMING = _stems("kill", "shoot", "shot", "injure", "wound", "hurt", "maim")
_DYING = _stems("die", "died", "dies", "dying")
_VICTIMS = _DEMONSTRATORS | _stems(
    "people", "person", "student", "civilian", "man", "men", "woman", "women", "dozen", "score", "hundred"
)
# An intervention: the forces acted on the demonstration (dispersed, arrested, blocked it), else it was peaceful.
_INTERVENTION = re.compile(
    r"\bpolice|\bsecurity forces\b|\bsoldiers\b|\btroops\b|\bauthorities\b|\bgendarm|\btear ?gas|\bwater cannon|"
    r"\brubber bullets\b|\bdispers|\barrest|\bdetain|\bsuppress|\bcrack(?:ed)? down|\bcrackdown|\bbroke up\b|"
    r"\bblocked\b|\bbanned\b|\bprevented\b|\bbaton",
    re.IGNORECASE,
)
_AGREED = re.compile(
    r"\bexchang\w*\s+(?:\w+\s+){0,2}(?:prisoners|detainees|captives|hostages|bodies|remains)\b|"
    r"\bprisoners?[- ](?:swap|exchange)|\bin (?:exchange|return) for the (?:release|freeing)\b|"
    r"\bswap(?:ped)? prisoners\b|\bsurrender(?:ed|s)?\b(?! (?:their|the) (?:town|city|village|airport|base))|"
    r"\bpeace (?:talks|deal|agreement|accord)\b|\bcease-?fire (?:deal|agreement|accord)\b|\bagreed (?:to )?a "
    r"(?:cease-?fire|truce)\b|\bsigned a (?:cease-?fire|truce|peace)|\bevacuation (?:deal|agreement)\b|\brepatriat",
    re.IGNORECASE,
)
# Movements of forces and large defections (ACLED's change to group/activity), which the words of fighting, bases
# and handovers resemble.
_MOVED_FROM = {ARMED_CLASH, BASE_ESTABLISHED, HANDOVER, OTHER_DEVELOPMENT}
_BASE_FROM = {AGREEMENT, CHANGE_TO_GROUP, HANDOVER, OTHER_DEVELOPMENT}
_MOVING = re.compile(
    r"\b(?:re)?deploy(?:s|ed|ing|ment)?\b|\bdispatch(?:es|ed|ing)?\b|\breinforcements?\b|\bmobili[sz](?:ed|ing|ation)\b|"
    r"\bdefect(?:s|ed|ing|ion|ions|ors?)?\b|\bredeploy",
    re.IGNORECASE,
)
_BASE_SET_UP = re.compile(
    r"\b(?:set(?:s|ting)? up|establish(?:es|ed|ing)?|buil[dt]s?|building|open(?:s|ed|ing)?|install(?:s|ed|ing)?)\s+"
    r"(?:\w+\s+){0,3}(?:military\s+)?(?:bases?|(?:observation\s+)?posts?|outposts?|headquarters|garrisons?)\b",
    re.IGNORECASE,
)
_HARSH_FORCE = re.compile(
    r"\bviolently\s+(?:dispersed|suppressed|broke up|repressed|crushed)\b|"
    r"\blive\s+(?:ammunition|fire|rounds|bullets)\b|"
    r"\bopened fire on\s+(?:the\s+)?(?:protesters|demonstrators|crowds?|marchers)\b|"
    r"\b(?:violent|deadly|bloody|lethal|brutal)\s+crackdown\b|\bfatal (?:attacks?|shooting)\b",
    re.IGNORECASE,
)


# The weapon each explosion or remote-violence sub-type needs named somewhere in the text.
_WEAPONS = {
    "Chemical weapon": re.compile(
        r"\bchemical|\bchlorine\b|\bsarin\b|\bmustard\b|\bnerve agents?\b|\btoxic\b|\bpoison|\bgas\b|\bphosgene\b",
        re.IGNORECASE,
    ),
    "Air/drone strike": re.compile(
        r"\bair\b|\bair[- ]?(?:strikes?|raids?|borne|craft|force)\b|\bjets?\b|\bwarplanes?\b|\bplanes?\b|\bdrones?\b|"
        r"\bhelicopters?\b|\bgunships?\b|\bbombers?\b|\baerial\b|\bsorties?\b|\buavs?\b|\bantonovs?\b|\bbombed\b|\bbombing\b",
        re.IGNORECASE,
    ),
    "Suicide bomb": re.compile(
        r"\bsuicide|\bblew (?:himself|herself|themselves) up\b|\bself-detonat|\bexplosives?[- ](?:vests?|belts?)\b|"
        r"\bs?vbieds?\b|\bcar bombs?\b|\bexplosives?-(?:laden|packed)\b|\bbombers?\b",
        re.IGNORECASE,
    ),
    "Shelling/artillery/missile attack": re.compile(
        r"\bshell(?:s|ed|ing)?\b|\bartillery\b|\bmortars?\b|\brockets?\b|\bmissiles?\b|\bhowitzers?\b|\bkatyushas?\b|"
        r"\brpgs?\b|\bbombard|\bprojectiles?\b|\bcannon|\blaunchers?\b|\btanks?\b|\bgrads?\b",
        re.IGNORECASE,
    ),
    "Remote explosive/landmine/IED": re.compile(
        r"\bexplo(?:si|d)|\b(?:rc)?ieds?\b|\b(?:land)?mines?\b|\bbomb|\bdevices?\b|\bblasts?\b|\bdetonat|"
        r"\bbooby[- ]trap",
        re.IGNORECASE,
    ),
    "Grenade": re.compile(r"(?<!propelled )(?<!propelled-)\bgrenades?\b", re.IGNORECASE),
    "Abduction/forced disappearance": re.compile(
        r"\babduct|\bkidnap|\bhostages?\b|\bdisappear|\bcaptiv|\bransom|\btaken (?:away|hostage|captive)\b|"
        r"\bmissing\b|\bseized\b|\bcaptured\b|\bcaptors?\b|\bsnatched\b|\bwhisked\b|\bheld\b",
        re.IGNORECASE,
    ),
}


_DEFUSED = re.compile(
    r"\bdefus(?:ed|ing)\b|\bdismantl(?:ed|ing)\b|\bdeactivat(?:ed|ing)\b|\bneutrali[sz]ed\b|\bfound and cleared\b|"
    r"\bcontrolled explosion\b|\bintercept(?:ed|ing)\b",
    re.IGNORECASE,
)
_WENT_OFF = re.compile(r"\bblew up\b|\bexplo(?:ded|sion)\b|\bwent off\b|\bdetonated\b|\bblast\b", re.IGNORECASE)
_HURT = re.compile(r"\bkill(?:ed|ing)\b|\bwound(?:ed|ing)\b|\binjur(?:ed|ing|ies)\b|\bdead\b|\bdied\b", re.IGNORECASE)
_ACCIDENTAL_BLAST = re.compile(
    r"\baccidental(?:ly)?\s+(?:\w+\s+)?(?:detonat|activat|explo|set off|triggered)|\bprematurely\s+(?:detonat|explod)",
    re.IGNORECASE,
)
# What makes a weapon's use disrupted: found, seized, defused, foiled, or set off by accident.
_DISRUPTION = re.compile(
    _DEFUSED.pattern + "|" + _ACCIDENTAL_BLAST.pattern + r"|\b(?:seiz|found|discover|recover|foil|thwart|prevent|"
    r"intercept|confiscat|cache|stockpile|before (?:it|they) (?:could|went)|failed to (?:explode|detonate|go off))",
    re.IGNORECASE,
)
_FIRING = _stems("fire", "fired", "launch", "launched", "shoot", "shot", "strike", "struck", "hit", "bomb", "pound")
# Fighting between the two sides on the ground, not only fire from afar; not "fighting vehicles". Narrower than
# `_FIGHTING`: strikes are also said to engage targets, to retaliate or to repel an advance.
_GROUND_FIGHTING = re.compile(
    r"\bclash(?:ed|es|ing)?\b|\bfighting\b(?! (?:vehicles?|jets?|forces?|units?|season))|\bfought\b"
    r"|\bbattl(?:e|es|ed|ing)\b(?! tanks?)|\bexchange[sd]? (?:of )?(?:fire|gunfire)\b|\bgun ?(?:fight|battle)s?\b"
    r"|\bfirefights?\b|\bskirmish|\bground (?:attacks?|assaults?|offensives?)\b",
    re.IGNORECASE,
)
# "... as border clashes entered their seventh day": the war the strike belongs to, not a battle it was part of
_AS_CLAUSE_BEFORE = re.compile(r"\b(?:as|amid|during)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_AIRCRAFT = re.compile(
    r"\bjets?\b|\bwarplanes?\b|\bplanes?\b|\baircraft\b|\bdrones?\b|\bhelicopters?\b|\bgunships?\b", re.I
)
# A bomber who dies by the bomb: a suicide bombing, however the bomb was made (ACLED codes it so before an IED).
_SUICIDE = re.compile(
    r"\bsuicide\b|\bsvbieds?\b|\bblew (?:himself|herself|themselves) up\b|\bself-detonat|"
    r"\bkill(?:ing|ed) (?:himself|herself|themselves)\b",
    re.IGNORECASE,
)


@dataclass
class _Text:
    """The sentences a rule reads: those that tell the event (not background), and all that were told."""

    event: list[Sentence]
    told: list[Sentence]

    @cached_property
    def whole(self) -> str:
        """All the text told, in one string, for the patterns read over the whole of it (the weapon named)."""
        return " ".join(sentence.text for sentence in self.told)

    @cached_property
    def tells_violence(self) -> bool:
        """Whether any sentence, background or not, tells of violence, an act of it or fighting: the developments
        that name no violence (an agreement, a deployment, a new base) must not stand beside it."""
        return any(
            pattern.search(sentence.text) for pattern in (_VIOLENT_ACT, _VIOLENCE, _FIGHTING) for sentence in self.told
        )

    @cached_property
    def strikers(self) -> list[tuple[ActorType, str]]:
        """Who struck someone in the event's sentences (typed), read once for the rules that weigh the sides."""
        return acting_types(self.event, _strikes)

    @cached_property
    def destroyers(self) -> list[tuple[ActorType, str]]:
        """Who destroyed, burnt or looted in the event's sentences (typed): read by the crowd rules, which may both
        run on one text."""
        return acting_types(self.event, _destroys)

    @cached_property
    def struck(self) -> list[tuple[ActorType, str]]:
        """Whom the event's sentences tell struck (typed)."""
        return acting_types(self.event, _strikes, ActorRole.ACTOR2)

    @cached_property
    def fought_on_the_ground(self) -> bool:
        """Whether the event's sentences tell of fighting on the ground, not only named as the war around it."""
        return any(
            not _AS_CLAUSE_BEFORE.search(sentence.text[: found.start()])
            for sentence in self.event
            for found in _GROUND_FIGHTING.finditer(sentence.text)
        )


def apply_definitions(ranked: Ranking, sentences: list[Sentence]) -> Ranking:
    """The classifier's ranking with the sub-type ACLED's definitions call for first (see the module's docstring)."""
    if not ranked:
        return ranked
    told = [sentence for sentence in sentences if sentence.text.strip()]
    # The classifier reads background too (at a lower weight), so a text that is all background is read whole.
    event = [sentence for sentence in told if not sentence.background] or told
    text = _Text(event, told)
    ranked = _armed_with_a_named_weapon(ranked, text.whole)
    top = ranked[0][0]
    for rule in (
        _disrupted,
        _amid_ground_fighting,
        _from_the_air,
        _suicide,
        _taker,
        _armed_sides,
        _crowd,
        _mob_of_attackers,
        _calm_demonstration,
        _crowd_told,
        _demonstrators,
        _agreement,
        _movement,
        _base,
        _violence_first,
    ):
        wanted = rule(top, text, ranked)
        if wanted is not None:
            # whichever rule chose violence, whether both sides were armed decides between attack and clash
            return _first(ranked, _armed_sides(wanted, text, ranked) or wanted)
    return ranked


def _disrupted(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    """An explosive found and defused, or set off by accident by those who planted it, is disrupted weapons use
    (ACLED's definition); one that went off while others tried to defuse it is an explosion, and so is one that
    went off where nothing tells of a disruption at all (a spokesman confirming the blast is no defusing)."""
    told = [sentence.text for sentence in text.event]
    if top == DISRUPTED:
        went_off = any(_WENT_OFF.search(line) for line in told)
        if not went_off or any(_DISRUPTION.search(line) for line in told):
            return None
        return next((kind for kind, _ in ranked if kind.event_type == "Explosions/Remote violence"), None)
    if top.event_type != "Explosions/Remote violence":
        return None
    hurt = any(_HURT.search(line) for line in told)
    if any(_ACCIDENTAL_BLAST.search(line) for line in told) and not hurt:
        return DISRUPTED
    if any(_DEFUSED.search(line) for line in told) and not hurt and not any(_WENT_OFF.search(line) for line in told):
        return DISRUPTED
    return None


def _amid_ground_fighting(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    """Shelling or strikes from the air told together with fighting on the ground ("military shelling and ground
    fighting at rebel positions") are one battle: ACLED codes remote violence used within a clash as the clash."""
    if top in (SHELLING, AIR_STRIKE) and text.fought_on_the_ground:
        return ARMED_CLASH
    return None


def _from_the_air(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    """Missiles or rockets fired by aircraft are an air strike, not shelling; and a strike from the air stays an air
    strike whoever it hit, not an attack on the civilians it killed nor a clash with the fighters, unless the two
    sides fought on the ground too (`_amid_ground_fighting`)."""
    if top not in (SHELLING, ATTACK_ON_CIVILIANS, ARMED_CLASH):
        return None
    if top == ARMED_CLASH and text.fought_on_the_ground:
        return None  # aircraft in a battle on the ground: the battle
    doers = acting_types(text.event, _fires)
    return AIR_STRIKE if any(_AIRCRAFT.search(phrase) for _, phrase in doers) else None


def _fires(verb: Any) -> bool:
    return stem(verb.text) in _FIRING


def _suicide(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    """A bomber who dies by the bomb is a suicide bombing, also when gunmen storm in after the blast (ACLED codes the
    whole complex attack so, not as a clash or an attack on civilians)."""
    if top in (REMOTE_EXPLOSIVE, ARMED_CLASH, ATTACK_ON_CIVILIANS) and any(
        _SUICIDE.search(sentence.text) for sentence in text.event
    ):
        return SUICIDE_BOMB
    return None


def _taker(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    if top in (GOVERNMENT_REGAINS, NON_STATE_OVERTAKES, ARMED_CLASH) and _taken_without_a_fight(text):
        return HANDOVER
    if top == HANDOVER:  # ground taken by force, never said to be handed over, is no handover
        told = [sentence.text for sentence in text.told]
        if any(_PEACEFUL_TRANSFER.search(line) for line in told) or not any(
            _BY_FORCE.search(line) or _FIGHTING.search(line) or _VIOLENT_ACT.search(line) for line in told
        ):
            return None
    elif top not in (GOVERNMENT_REGAINS, NON_STATE_OVERTAKES):
        return None
    taker = next((kind for kind, _ in acting_types(text.event, _takes_ground)), None)
    if taker is None:  # "seized the highway for the first time since 2012" reads as background, yet is the event
        taker = next((kind for kind, _ in acting_types(text.told, _takes_ground)), None)
    if taker in _STATE:
        return GOVERNMENT_REGAINS
    return NON_STATE_OVERTAKES if taker in _NON_STATE else None


def _taken_without_a_fight(text: _Text) -> bool:
    """Ground taken after the other side left, or with no violence told ("gain control of the town following a
    withdrawal", "capture the villages; no reported violence"): ACLED's non-violent transfer of territory."""
    told = [sentence.text for sentence in text.told]
    if not any(_PEACEFUL_TRANSFER.search(line) for line in told):
        return False
    if any(_VIOLENT_ACT.search(line) or _FIGHTING.search(line) or _BY_FORCE.search(line) for line in told):
        return False
    return bool(acting_types(text.event, _takes_ground)) or any(_CONTROL_GAINED.search(line) for line in told)


def _armed_sides(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    if top == ARMED_CLASH and not any(_FIGHTING.search(sentence.text) for sentence in text.event):
        targets = text.struck
        if targets and all(kind is ActorType.CIVILIANS for kind, _ in targets):
            return ATTACK_ON_CIVILIANS
    elif top == ATTACK_ON_CIVILIANS and not any(_OUT_OF_ARMS.search(sentence.text) for sentence in text.event):
        targets = text.struck
        if targets and all(kind in _STATE | _NON_STATE and not _GENERIC_MEN.search(phrase) for kind, phrase in targets):
            return ARMED_CLASH
    return None


def _crowd(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    if top == ARMED_CLASH:
        crowd = not any(_COMMUNAL.search(sentence.text) for sentence in text.event) and _crowds_only(
            encounter_parties(text.event)
        )
    elif top == PROPERTY_DESTRUCTION:
        crowd = _crowds_only(text.destroyers)
    else:
        return None
    return _riot(text.event) if crowd else None


def _mob_of_attackers(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    """Mob violence is what a crowd does on its own. Communities fighting each other are identity militias to ACLED:
    a battle. Violence whose every doer is a state force or an armed group ("police assaulted two doctors",
    "Anti-Balaka members attacked a man", vigilantes) is that group's: an attack on civilians."""
    if top != MOB_VIOLENCE:
        return None
    if any(_COMMUNAL.search(sentence.text) and _TWO_SIDES_FOUGHT.search(sentence.text) for sentence in text.event):
        return ARMED_CLASH
    doers = text.strikers
    if doers and all(kind in _STATE | _NON_STATE for kind, _ in doers):
        return ATTACK_ON_CIVILIANS
    return None


def _calm_demonstration(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    """A demonstration is violent when its demonstrators did violence; a text that tells none is a protest, however
    angry its words ("angry students protested"), with the forces' part deciding which kind."""
    if top != VIOLENT_DEMONSTRATION or not any(_PROTEST_WORDS.search(sentence.text) for sentence in text.event):
        return None
    if any(_demonstrators_violent(sentence) or _CROWD_VIOLENCE.search(sentence.text) for sentence in text.told):
        return None
    if any(_harsh_force(sentence) for sentence in text.event):
        return EXCESSIVE_FORCE
    return DISPERSED if any(_INTERVENTION.search(sentence.text) for sentence in text.event) else PEACEFUL


def _crowd_told(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    """A development (arrests, property destroyed, a change of activity) told as part of a riot or a protest is that
    riot or protest: "15 arrested as graduates rioted inside the ministry", "five arrested for protesting"."""
    if top not in _DEVELOPMENTS_OF_CROWDS:
        return None
    event = [sentence.text for sentence in text.event]
    if any(kind in _NON_STATE for kind, _ in text.destroyers + text.strikers):
        return None  # an armed group's doing ("villagers' assets were looted by militants")
    if any(
        (_PROTEST_WORDS.search(line) or _CROWD_WORDS.search(line))
        and (_RIOTING.search(line) or _CLASHES.search(line) or _VIOLENT_MARKS.search(line))
        for line in event
    ):
        return _riot(text.event)
    if any(_PROTEST_WORDS.search(line) for line in event) and not text.tells_violence:
        return DISPERSED if any(_INTERVENTION.search(line) for line in event) else PEACEFUL
    return None


def _demonstrators(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    if top.event_type != "Protests":
        return None
    if any(
        _demonstrators_violent(sentence) or _CLASHES.search(sentence.text) or _VIOLENT_MARKS.search(sentence.text)
        for sentence in text.event
    ):
        return VIOLENT_DEMONSTRATION
    harsh = any(_harsh_force(sentence) for sentence in text.event)
    if top in (PEACEFUL, DISPERSED) and harsh:
        return EXCESSIVE_FORCE
    intervened = any(_INTERVENTION.search(sentence.text) for sentence in text.event)
    if top == EXCESSIVE_FORCE and not harsh:
        return DISPERSED if intervened else PEACEFUL
    if top == DISPERSED and not intervened:
        return PEACEFUL
    return None


def _agreement(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    """ACLED's agreements include peace talks, ceasefires, evacuation deals, prisoner exchanges and releases,
    surrenders and repatriations: told without violence done, they are the agreement, whatever else the text says."""
    if top == AGREEMENT or not any(_AGREED.search(sentence.text) for sentence in text.event):
        return None
    if top.event_type == "Protests":
        return None  # demonstrators demanding a release or a repatriation are protesting
    if text.tells_violence:
        return None
    return AGREEMENT


def _movement(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    """Forces moved or sent, or fighters defecting, with no violence told: ACLED's change to group/activity."""
    if top not in _MOVED_FROM or not any(_MOVING.search(sentence.text) for sentence in text.event):
        return None
    if text.tells_violence:
        return None
    return CHANGE_TO_GROUP


def _base(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    """A base, post or headquarters set up, with no violence told, is ACLED's headquarters or base established, even
    when an agreement or a deployment is told beside it."""
    if top not in _BASE_FROM or not any(_BASE_SET_UP.search(sentence.text) for sentence in text.event):
        return None
    if text.tells_violence:
        return None
    return BASE_ESTABLISHED


def _violence_first(top: EventType, text: _Text, ranked: Ranking) -> EventType | None:
    violence = _NON_VIOLENT.get(top.sub_event_type)
    if violence is None or not any(violence.search(sentence.text) for sentence in text.event):
        return None
    if top == HANDOVER and any(_PEACEFUL_TRANSFER.search(sentence.text) for sentence in text.told):
        return None  # "took over the town without any fight after al Shabaab withdrew"
    violent = [kind for kind, _ in ranked if kind.sub_event_type not in _NON_VIOLENT]
    return next((kind for kind in violent if _plausible(kind, text.whole)), violent[0] if violent else None)


def _plausible(kind: EventType, whole: str) -> bool:
    """Whether the text names what the sub-type needs: its weapon, or for a demonstration, demonstrators."""
    if kind.event_type in ("Protests", "Riots") and not (_PROTEST_WORDS.search(whole) or _CROWD_WORDS.search(whole)):
        return False
    return _names_weapon(kind, whole)


def _armed_with_a_named_weapon(ranked: Ranking, text: str) -> Ranking:
    """The ranking with a sub-type whose weapon the text names in front: the best of the same event type if one
    is (a mortar named, not a chemical, is still shelling), else the best that names its weapon or needs none."""
    top = ranked[0][0]
    if _names_weapon(top, text):
        return ranked
    same_type = [kind for kind, _ in ranked if kind.event_type == top.event_type and _names_weapon(kind, text)]
    anything = [kind for kind, _ in ranked if _names_weapon(kind, text)]
    chosen = same_type or anything
    return _first(ranked, chosen[0]) if chosen else ranked


def _names_weapon(event_type: EventType, text: str) -> bool:
    weapon = _WEAPONS.get(event_type.sub_event_type)
    return weapon is None or weapon.search(text) is not None


def _first(ranked: Ranking, wanted: EventType) -> Ranking:
    chosen = [item for item in ranked if item[0] == wanted]
    return chosen + [item for item in ranked if item[0] != wanted] if chosen else ranked


def _crowds_only(parties: list[tuple[ActorType, str]]) -> bool:
    """Whether the parties include a crowd (demonstrators, rioters, residents, students...) and no armed group but
    the state's ("three people" are no crowd)."""
    crowd = any(kind in _CROWDS and _CROWD_WORDS.search(phrase) for kind, phrase in parties)
    return crowd and not any(kind in _NON_STATE for kind, _ in parties)


def _riot(event: list[Sentence]) -> EventType:
    """A crowd's violence: a violent demonstration when it was a demonstration, mob violence otherwise."""
    demonstrating = any(_PROTEST_WORDS.search(sentence.text) or _DEMANDS.search(sentence.text) for sentence in event)
    return VIOLENT_DEMONSTRATION if demonstrating else MOB_VIOLENCE


def _destroys(verb: Any) -> bool:
    return stem(verb.text) in _DESTROYING


def _strikes(verb: Any) -> bool:
    return stem(verb.text) in _STRIKING


def _takes_ground(verb: Any) -> bool:
    """ "Seized", "recaptured", or "took control" / "took over" ("took" alone is too common to tell)."""
    base = stem(verb.text)
    if base in _TAKING:
        return True
    return base in _TAKING_WITH and any(
        (child.dep_ == "dobj" and child.lower_ == "control") or (child.dep_ == "prt" and child.lower_ == "over")
        for child in verb.children
    )


def _demonstrators_violent(sentence: Sentence) -> bool:
    """Whether the sentence tells demonstrators doing violence: stones thrown, fires set, windows smashed,
    clashes with the police."""
    if _RIOTING.search(sentence.text):
        return True
    if _CLASHES.search(sentence.text) and _PROTEST_WORDS.search(sentence.text):
        return True
    if sentence.span is None:
        return False
    return any(
        stem(token.text) in _RIOTING_ACTS and any(stem(doer.text) in _DEMONSTRATORS for doer in _doers(token))
        for token in sentence.span
        if token.pos_ == "VERB"
    )


def _harsh_force(sentence: Sentence) -> bool:
    """Whether the sentence tells of people killed, shot or injured (force that ACLED calls excessive against a
    peaceful demonstration), or names the force as such ("live ammunition", "violently dispersed")."""
    if _HARSH_FORCE.search(sentence.text):
        return True
    if sentence.span is None:
        return False
    for token in sentence.span:
        verb = stem(token.text)
        if token.pos_ != "VERB" or verb not in _HARMING | _DYING:
            continue
        passive = any(child.dep_ == "auxpass" for child in token.children)
        if verb in _DYING or passive:
            victims = [child for child in token.children if child.dep_ in ("nsubj", "nsubjpass")]
        else:
            victims = [child for child in token.children if child.dep_ == "dobj"]
        if any(_is_victim(victim) for victim in victims):
            return True
    return False


def _doers(verb: Any) -> Iterator[Any]:
    """The subject of a verb, or the noun a relative clause hangs on ("activists who broke into ..."), or the
    subject of the verb it is coordinated with ("protesters marched and smashed windows")."""
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    for subject in subjects:
        if subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            yield verb.head
        else:
            yield subject
    if not subjects and verb.dep_ == "conj":
        yield from _doers(verb.head)


def _is_victim(head: Any) -> bool:
    return any(stem(token.text) in _VICTIMS or token.like_num for token in head.subtree)

"""The place a police force's initials stand for: "IMPD: 8-year-old accidentally shoots self" is an Indianapolis
story, though it names no town.

Local crime reports name the force that handles a case, and a headline often names it alone. Only forces whose
initials are theirs alone are listed: "MPD" is the police of Memphis, Milwaukee, Minneapolis and Washington, and
tells nothing. The initials are read by the event-place chooser as a mention of their town, never as a toponym of
the text (a geoparser's reader would not call "NYPD" a place name).
"""

from __future__ import annotations

import re

from crosswire.extract.gazetteer import Gazetteer
from crosswire.extract.places import Toponym
from crosswire.extract.sentences import Sentence

# Initials, the place the force serves (a town, or a county or parish for a sheriff), and its US state.
_FORCES = {
    "NYPD": ("New York City", "NY"),
    "LAPD": ("Los Angeles", "CA"),
    "LASD": ("Los Angeles County", "CA"),
    "SFPD": ("San Francisco", "CA"),
    "SDPD": ("San Diego", "CA"),
    "SJPD": ("San Jose", "CA"),
    "IMPD": ("Indianapolis", "IN"),
    "NOPD": ("New Orleans", "LA"),
    "BRPD": ("Baton Rouge", "LA"),
    "EBRSO": ("East Baton Rouge Parish", "LA"),
    "JPSO": ("Jefferson Parish", "LA"),
    "LMPD": ("Louisville", "KY"),
    "SAPD": ("San Antonio", "TX"),
    "CMPD": ("Charlotte", "NC"),
    "LVMPD": ("Las Vegas", "NV"),
    "NLVPD": ("North Las Vegas", "NV"),
    "KCPD": ("Kansas City", "MO"),
    "SLMPD": ("St. Louis", "MO"),
    "MNPD": ("Nashville", "TN"),
    "CSPD": ("Colorado Springs", "CO"),
    "LRPD": ("Little Rock", "AR"),
    "SPPD": ("Saint Paul", "MN"),
    "SLCPD": ("Salt Lake City", "UT"),
    "OKCPD": ("Oklahoma City", "OK"),
    "JSO": ("Jacksonville", "FL"),
    "PBSO": ("Palm Beach County", "FL"),
    "MDPD": ("Miami-Dade County", "FL"),
    "PGPD": ("Prince George's County", "MD"),
}
_INITIALS = re.compile(r"\b(" + "|".join(sorted(_FORCES, key=len, reverse=True)) + r")\b")


def police_force_toponyms(sentences: list[Sentence], gazetteer: Gazetteer) -> list[Toponym]:
    """A mention of its town for each police force the sentences name by its initials."""
    toponyms: list[Toponym] = []
    for sentence in sentences:
        for match in _INITIALS.finditer(sentence.text):
            name, state = _FORCES[match.group(1)]
            served = [place for place in gazetteer.lookup(name) if place.admin1_code == state]
            if not served:
                continue
            start = sentence.start + match.start() if sentence.start >= 0 else match.start()
            toponyms.append(
                Toponym(match.group(1), start, start + len(match.group(1)), sentence, served[:1], qualified=True)
            )
    return toponyms

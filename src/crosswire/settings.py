"""Configuration in one place: defaults that work, overridable by environment variables or arguments."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from crosswire.errors import ConfigError

DEFAULT_DB = "crosswire.db"
DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024
COUNT_RULE_NAMES = ("ucdp", "acled")  # the event count rules of crosswire.reconcile, checked here at start-up


def _default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crosswire"


def database_url(db: str) -> str:
    """Accept either an SQLAlchemy URL or a plain file path (taken as an SQLite file)."""
    if "://" in db:
        return db
    if not db.strip():
        raise ConfigError("--db is empty: give a file path such as crosswire.db or an SQLAlchemy URL")
    return f"sqlite:///{Path(db).expanduser()}"


@dataclass(frozen=True)
class Settings:
    """Everything a crosswire run can be configured with.

    Environment variables: CROSSWIRE_DB, CROSSWIRE_MAX_INPUT_BYTES, CROSSWIRE_CACHE_DIR, CROSSWIRE_COUNT_RULE,
    CROSSWIRE_API_TOKEN. `api_token`, when set, is the bearer token `crosswire serve` requires for writes (ingest).
    """

    db: str = DEFAULT_DB
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    cache_dir: Path = field(default_factory=_default_cache_dir)
    count_rule: str = COUNT_RULE_NAMES[0]
    api_token: str | None = None

    @property
    def db_url(self) -> str:
        return database_url(self.db)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then the environment, then explicit overrides (None means "not given")."""
        settings = cls()
        env = os.environ
        if env.get("CROSSWIRE_DB"):
            settings = replace(settings, db=env["CROSSWIRE_DB"])
        if env.get("CROSSWIRE_MAX_INPUT_BYTES"):
            raw = env["CROSSWIRE_MAX_INPUT_BYTES"]
            try:
                settings = replace(settings, max_input_bytes=int(raw))
            except ValueError:
                raise ConfigError(f"CROSSWIRE_MAX_INPUT_BYTES={raw!r} is not a whole number of bytes") from None
        if env.get("CROSSWIRE_CACHE_DIR"):
            settings = replace(settings, cache_dir=Path(env["CROSSWIRE_CACHE_DIR"]))
        if env.get("CROSSWIRE_COUNT_RULE"):
            settings = replace(settings, count_rule=env["CROSSWIRE_COUNT_RULE"])
        if env.get("CROSSWIRE_API_TOKEN"):
            settings = replace(settings, api_token=env["CROSSWIRE_API_TOKEN"])
        given = {key: value for key, value in overrides.items() if value is not None}
        settings = replace(settings, **given)  # type: ignore[arg-type]
        if settings.count_rule not in COUNT_RULE_NAMES:
            raise ConfigError(
                f"the count rule {settings.count_rule!r} is unknown: use one of {', '.join(COUNT_RULE_NAMES)}"
            )
        if settings.max_input_bytes <= 0:
            raise ConfigError(f"the input size limit must be positive, not {settings.max_input_bytes}")
        return settings

"""Publication timestamps as sources write them, read into naive UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime


def parse_published(value: str) -> datetime:
    """Read an ISO 8601 date or date-time ("2026-11-04", "2026-11-04T09:30:00Z", "2026-11-04 09:30+02:00").

    Raises ValueError with a message naming the accepted forms.
    """
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"published {value!r} is not a date: use YYYY-MM-DD or an ISO 8601 date-time") from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed

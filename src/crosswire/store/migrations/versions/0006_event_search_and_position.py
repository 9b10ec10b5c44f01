"""Events are found by where they are, their type, country, fact status and words, without scanning the table.

The map asks for the events inside a bounding box at every pan and zoom, so latitude and longitude get an index.
Full-text search over an event's headline, place and actors uses an SQLite FTS5 index kept in step with `events`
by triggers (so no Python code path can forget it); other databases search with LIKE and need nothing here.

Revision ID: 0006
Revises: 0005
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_SEARCHED = (
    "coalesce({row}.headline, '') || ' ' || coalesce({row}.place_name, '') || ' ' || coalesce({row}.admin1, '') || "
    "' ' || coalesce({row}.country, '') || ' ' || coalesce({row}.event_type, '') || ' ' || "
    "coalesce({row}.sub_event_type, '') || ' ' || coalesce({row}.actors, '')"
)


def upgrade() -> None:
    # covering the map's grouping (place, date, type, toll) so a world view reads the index, not the wide rows
    op.create_index("events_lat_lon", "events", ["lat", "lon", "event_date", "event_type", "killed"])
    op.create_index("events_event_type", "events", ["event_type"])
    op.create_index("events_country", "events", ["country"])
    op.create_index("facts_status_event", "facts", ["status", "event_id"])
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE event_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')")
    op.execute(f"INSERT INTO event_search(rowid, body) SELECT id, {_SEARCHED.format(row='events')} FROM events")
    op.execute(
        "CREATE TRIGGER event_search_insert AFTER INSERT ON events BEGIN "
        f"INSERT INTO event_search(rowid, body) VALUES (new.id, {_SEARCHED.format(row='new')}); END"
    )
    op.execute(
        "CREATE TRIGGER event_search_update AFTER UPDATE ON events BEGIN "
        "DELETE FROM event_search WHERE rowid = old.id; "
        f"INSERT INTO event_search(rowid, body) VALUES (new.id, {_SEARCHED.format(row='new')}); END"
    )
    op.execute(
        "CREATE TRIGGER event_search_delete AFTER DELETE ON events BEGIN "
        "DELETE FROM event_search WHERE rowid = old.id; END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("event_search_insert", "event_search_update", "event_search_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS event_search")
    op.drop_index("facts_status_event", table_name="facts")
    op.drop_index("events_country", table_name="events")
    op.drop_index("events_event_type", table_name="events")
    op.drop_index("events_lat_lon", table_name="events")

"""Storage: SQLite through SQLAlchemy by default, schema and migrations included. The only package that knows SQL."""

from crosswire.store.database import EventFilter, Store, StoredArticle, StoreSession

__all__ = ["EventFilter", "Store", "StoreSession", "StoredArticle"]

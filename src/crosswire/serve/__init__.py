"""Serving: the HTTP API (FastAPI) and the offline web page (map, timeline, event and article pages)."""

from crosswire.serve.app import app_for_settings, create_app, serve

__all__ = ["app_for_settings", "create_app", "serve"]

"""Reconciliation: from the claims of an event's articles to one record in which every fact has its sources."""

from crosswire.reconcile.record import RULES, build_event_record

__all__ = ["RULES", "build_event_record"]

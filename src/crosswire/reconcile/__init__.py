"""Reconciliation: from the claims of an event's articles to one record in which every fact has its sources."""

from crosswire.reconcile.record import COUNT_RULES, DEFAULT_COUNT_RULE, RULES, build_event_record

__all__ = ["COUNT_RULES", "DEFAULT_COUNT_RULE", "RULES", "build_event_record"]

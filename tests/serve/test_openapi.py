"""A property-based run of the OpenAPI schema (schemathesis) against the app in process: whatever a client sends
that the schema allows or nearly allows, the server answers without a server error and as it documents."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from crosswire.pipeline import Crosswire

TOKEN = "schemathesis-token"


def test_no_server_error_and_answers_as_documented(make_app: Callable[..., tuple[FastAPI, Crosswire]]) -> None:
    """Every operation, a few dozen generated requests each (positive and negative data), writes with the token.

    Run through Hypothesis directly rather than schemathesis' pytest plugin, whose lazy fixture loading does not
    work with the pytest version pinned here."""
    app, _ = make_app(api_token=TOKEN, max_input_bytes=20_000)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    labels = []
    calls: list[int] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        labels.append(operation.label)
        strategy = operation.as_strategy(GenerationMode.POSITIVE) | operation.as_strategy(GenerationMode.NEGATIVE)

        @given(case=strategy)
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
        def check(case: Any) -> None:
            calls.append(1)
            case.call_and_validate(
                headers={"Authorization": f"Bearer {TOKEN}"},
                checks=[
                    not_a_server_error,
                    status_code_conformance,
                    content_type_conformance,
                    response_schema_conformance,
                ],
            )

        check()
    assert "POST /api/articles" in labels and "GET /api/events" in labels
    assert len(calls) >= 5 * len(labels)  # the run really sent requests

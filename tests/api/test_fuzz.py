"""Property-based fuzzing of the whole API from its own OpenAPI document (schemathesis).

Every operation is called with generated inputs, signed in with a bearer token: no response may be
a server error, and every response must match what the document says (status, content type, body,
headers). Malformed inputs must be refused (negative data rejection).
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.api.conftest import Account

MAX_EXAMPLES = 25
# Inputs can be well-formed yet refused by rules a schema cannot state (an unknown time zone, a
# taken username, a slug that does not exist): acceptance of schema-valid data is not asserted.
SEMANTIC_CHECKS = [schemathesis.checks.positive_data_acceptance]


@pytest.fixture
def fuzz_app(judged_app):
    judged_app.config["SUBMISSION_RATE_LIMIT"] = "1000 per minute"
    return judged_app


def _schema(app):
    return schemathesis.openapi.from_wsgi("/api/openapi.json", app)


def test_openapi_document_is_valid(fuzz_app):
    schema = _schema(fuzz_app)
    operations = [op for op in schema.get_all_operations()]
    assert len(operations) >= 12


def test_fuzz_every_operation(fuzz_app):
    account = Account(fuzz_app.test_client(), "fuzzer")
    schema = _schema(fuzz_app)
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if operation.method.upper() == "POST" and operation.path == "/api/auth/logout":
            continue  # would end the token the fuzzer signs in with

        @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            case.call_and_validate(headers={"Authorization": f"Bearer {account.token}"},
                                   excluded_checks=SEMANTIC_CHECKS)

        try:
            check()
        except Exception as exc:  # collect every operation's failure, report them together
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:800]}")
    assert not failures, "\n\n".join(failures)

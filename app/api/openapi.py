"""The OpenAPI document: every operation documents the errors it can answer, in the one error shape."""
from __future__ import annotations

ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {
        "type": "object",
        "required": ["code", "message", "details"],
        "properties": {"code": {"type": "string"}, "message": {"type": "string"},
                       "details": {"type": ["object", "array", "null"]}},
    }},
}
# Any operation may meet these: bad or oversized input, auth, a missing resource, rate limits.
COMMON_ERRORS = {
    "400": "Malformed request", "401": "Not signed in, or the token is not valid",
    "403": "CSRF check failed (cookie-authenticated change)", "404": "Not found",
    "405": "Method not allowed", "409": "Conflicts with the current state", "413": "Request too large",
    "422": "Validation error", "429": "Too many requests (see Retry-After)",
    "500": "Unexpected server error (quote the request id)",
}


def add_error_responses(spec: dict) -> dict:
    spec.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    ref = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    for operations in spec.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            if "requestBody" in operation:  # every JSON body we take is required
                operation["requestBody"]["required"] = True
            responses = operation["responses"]
            for status, description in COMMON_ERRORS.items():
                responses.setdefault(status, {"description": description})
            for status, response in responses.items():
                if str(status)[0] in "45":
                    response.update(ref)
    return spec


def init_app(app) -> None:
    app.spec_processor(add_error_responses)

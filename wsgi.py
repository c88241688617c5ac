"""WSGI entry point: ``flask`` (FLASK_APP defaults to this file) and gunicorn ``wsgi:app``."""
from app import ConfigError, create_app

try:
    app = create_app()
except ConfigError as exc:
    # One line that says what to fix, not a traceback.
    raise SystemExit(f"grindstone: configuration error: {exc}") from None

"""The browser pages: Jinja templates, htmx for partial updates, one ES module for the editor.

Pages are thin: they read and change data through ``app.services`` exactly as the JSON API does,
and every page works without JavaScript (forms post and redirect; the editor falls back to its
textarea). The bundle (``static/dist/app.js``) is built from ``frontend/`` by ``make bundle``.
"""
from __future__ import annotations

from pathlib import Path

from apiflask import APIBlueprint
from flask import Flask, g, url_for

from app.web import auth, charts, dashboard, filters, mocks, problems, session

STATIC = Path(__file__).resolve().parent / "static"
BUNDLE = STATIC / "dist" / "app.js"


def _asset(filename: str) -> str:
    """A static URL that changes whenever the file does, so browsers never run a stale bundle."""
    path = STATIC / filename
    version = int(path.stat().st_mtime) if path.exists() else 0
    return url_for("web.static", filename=filename, v=version)


def init_app(app: Flask) -> None:
    # APIBlueprint only so that APIFlask's OpenAPI builder can walk every blueprint; pages stay out
    # of the API document.
    web = APIBlueprint("web", __name__, template_folder="templates", static_folder="static",
                       static_url_path="/assets", enable_openapi=False)
    web.before_request(session.identify)
    web.register_blueprint(auth.bp)
    web.register_blueprint(problems.bp)
    web.register_blueprint(mocks.bp)
    web.register_blueprint(dashboard.bp)
    app.register_blueprint(web)
    filters.init_app(app)
    app.add_template_global(charts.roadmap_graph)

    @app.context_processor
    def _page_globals() -> dict:
        # Checked per request, not at start-up: `make run` may finish building the bundle later.
        return {"current_user": g.get("user"), "csrf_token": session.csrf_token,
                "bundle_available": BUNDLE.exists(), "asset": _asset}

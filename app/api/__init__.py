"""The JSON API: one blueprint per feature, registered under /api."""
from apiflask import APIBlueprint

from app.api import accounts, health, metrics, mocks, openapi, problems, progress, security, submissions


def init_app(app) -> None:
    security.init_app(app)
    openapi.init_app(app)
    api = APIBlueprint("api", __name__, url_prefix="/api")
    api.register_blueprint(health.bp)
    api.register_blueprint(accounts.bp)
    api.register_blueprint(submissions.bp)
    api.register_blueprint(progress.bp)
    api.register_blueprint(problems.bp)
    api.register_blueprint(mocks.bp)
    app.register_blueprint(api)
    app.register_blueprint(metrics.bp)

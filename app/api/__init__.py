"""The JSON API: one blueprint per feature, registered under /api."""
from flask import Blueprint, Flask

from app.api import health


def init_app(app: Flask) -> None:
    api = Blueprint("api", __name__, url_prefix="/api")
    api.register_blueprint(health.bp)
    app.register_blueprint(api)

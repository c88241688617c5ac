"""``GET /api/health``: is the database reachable, and is the judge ready to run code?"""
from flask import Blueprint, current_app, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.extensions import db

bp = Blueprint("health", __name__)


@bp.get("/health")
def health():
    database = _database_status()
    judge = current_app.extensions["judge"].status()
    healthy = database["ok"] and judge["ok"]
    body = {"status": "ok" if healthy else "degraded", "database": database, "judge": judge}
    return jsonify(body), 200 if healthy else 503


def _database_status() -> dict:
    try:
        db.session.execute(text("SELECT 1"))
        return {"ok": True, "backend": db.engine.dialect.name}
    except SQLAlchemyError as exc:
        return {"ok": False, "backend": db.engine.dialect.name, "error": type(exc).__name__}

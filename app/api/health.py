"""``GET /api/health``: is the database reachable, and is the judge ready to run code?"""
from __future__ import annotations

from typing import Any

from apiflask import APIBlueprint
from flask import current_app
from pydantic import BaseModel
from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError

from app.extensions import db
from app.models import Problem
from app.services import metrics

bp = APIBlueprint("health", __name__, tag="Health")


class Health(BaseModel):
    status: str  # ok | degraded
    database: dict[str, Any]
    judge: dict[str, Any]
    bank: dict[str, Any]


@bp.get("/health")
@bp.output(Health)
@bp.doc(responses={503: "The database or the judge is not usable"})
def health():
    database = _database_status()
    judge = current_app.extensions["judge"].status()
    if database["ok"]:
        judge["latency"] = metrics.judge_latency(db.session)
    healthy = database["ok"] and judge["ok"]
    body = {"status": "ok" if healthy else "degraded", "database": database, "judge": judge,
            "bank": _bank_status() if database["ok"] else {}}
    return body, 200 if healthy else 503


def _bank_status() -> dict:
    """How many problems are served; it grows while a first ``flask bank sync`` runs beside the server."""
    count = db.session.scalar(select(func.count()).select_from(Problem).where(Problem.retired.is_(False)))
    return {"problems": count}


def _database_status() -> dict:
    try:
        db.session.execute(text("SELECT 1"))
        return {"ok": True, "backend": db.engine.dialect.name}
    except SQLAlchemyError as exc:
        return {"ok": False, "backend": db.engine.dialect.name, "error": type(exc).__name__}

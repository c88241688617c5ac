"""Sign up, sign in, sign out and the profile (time zone) pages."""
from __future__ import annotations

from apiflask import APIBlueprint
from flask import flash, g, redirect, render_template, request, session, url_for

from app.api.security import start_session
from app.extensions import db
from app.services import accounts, streaks
from app.web.session import login_required, safe_next

bp = APIBlueprint("auth", __name__, enable_openapi=False)


def _zones() -> list[str]:
    return streaks.timezone_names()


@bp.route("/signup", methods=["GET", "POST"])
def signup():
    form = {"username": request.form.get("username", ""), "timezone": request.form.get("timezone", "UTC")}
    if request.method == "POST":
        try:
            user = accounts.register(db.session, form["username"], request.form.get("password", ""),
                                     form["timezone"])
        except accounts.AccountError as exc:
            return render_template("auth/signup.html", form=form, zones=_zones(),
                                   errors={exc.field: str(exc)}), 409 if exc.conflict else 422
        db.session.commit()
        start_session(user)
        flash(f"Welcome, {user.username}! Pick a problem to start your streak.")
        return redirect(url_for("web.problems.index"))
    return render_template("auth/signup.html", form=form, zones=_zones(), errors={})


@bp.route("/login", methods=["GET", "POST"])
def login():
    target = safe_next(request.values.get("next"), url_for("web.dashboard.show"))
    if request.method == "POST":
        username = request.form.get("username", "")
        user = accounts.authenticate(db.session, username, request.form.get("password", ""))
        if user is None:
            return render_template("auth/login.html", username=username, next=target,
                                   error="Unknown username or wrong password."), 401
        db.session.commit()
        start_session(user)
        return redirect(target)
    return render_template("auth/login.html", username="", next=target, error=None)


@bp.post("/logout")
def logout():
    session.clear()
    flash("You are signed out.")
    return redirect(url_for("web.dashboard.home"))


@bp.route("/profile", methods=["GET", "POST"])
@login_required
def profile():
    error = None
    if request.method == "POST":
        try:
            accounts.set_timezone(g.user, request.form.get("timezone", ""))
        except accounts.AccountError as exc:
            error = str(exc)
        else:
            db.session.commit()
            flash("Time zone saved: your streak days now turn at its midnight.")
            return redirect(url_for("web.auth.profile"))
    return render_template("auth/profile.html", zones=_zones(), error=error), 422 if error else 200

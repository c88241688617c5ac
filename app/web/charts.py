"""Server-side SVG charts for the Jinja pages: no JavaScript, no library beyond markupsafe.

Every function returns a ``markupsafe.Markup`` holding one ``<svg>`` (``role="img"``, an
``aria-label`` summing it up, a ``<title>`` per mark for tooltips) sized by its ``viewBox`` with
``width="100%"`` and a ``max-width`` of its natural size, so it shrinks on a phone and never blows
up on a desktop. All markup is built with ``Markup(...).format(...)``, which passes every argument
through ``markupsafe.escape``: a topic called ``<script>`` comes out as ``&lt;script&gt;``.

No colour is hard-coded. Marks are painted with ``currentColor`` at a ``fill-opacity`` that
encodes their level, so a chart reads without any CSS (and in a dark theme). The page's CSS gives
the colours through these classes; set ``fill-opacity: 1`` along with ``fill`` for solid colours.

Activity heatmap (``activity_heatmap``)
    ``chart chart-heatmap`` (the svg), ``hm-cell`` (a day), ``hm-0`` .. ``hm-4`` (its level, also on
    the legend swatches), ``hm-key`` (a legend swatch), ``hm-label`` (month and weekday labels,
    "Less"/"More"). Levels by submissions that day: 0 = none, 1 = 1-2, 2 = 3-5, 3 = 6-9, 4 = 10+.
    Fixed thresholds rather than quantiles: a colour then means the same effort in every year and
    for every user, and the legend can say what it means.
Solved by difficulty (``difficulty_bars``)
    ``chart chart-difficulty``, ``bar-track`` (the full-length background), ``bar`` plus
    ``bar-easy`` / ``bar-medium`` / ``bar-hard`` (the solved part), ``bar-label``, ``bar-value``.
Topic strength (``topic_strength_chart``)
    ``chart chart-strength``, ``strength-track``, ``strength-bar`` plus ``strength-low`` (< 0.4),
    ``strength-mid`` or ``strength-high`` (>= 0.7), ``strength-name``, ``strength-value``,
    ``chart-empty`` (the text of the "nothing yet" picture).
Roadmap (``roadmap_graph``)
    ``chart chart-roadmap``, ``roadmap-link`` (the ``<a>``), ``roadmap-node`` plus ``roadmap-done``
    (all solved) and ``roadmap-area-<area>`` (e.g. ``roadmap-area-dsa``, ``roadmap-area-ml``) on each
    node's ``<g>``, ``roadmap-box`` (its rounded rect), ``roadmap-name``, ``roadmap-count``,
    ``roadmap-track`` and ``roadmap-progress`` (the thin bar inside), ``roadmap-edge`` (a curve),
    ``roadmap-arrow`` (the arrowhead marker, id ``roadmap-arrow``). Boxes are translucent by default,
    so give ``.roadmap-box`` an opaque fill if edges should pass behind nodes.
"""
from __future__ import annotations

import datetime
import math
import re
from typing import Any, Iterable
from urllib.parse import quote

from markupsafe import Markup

# Weekday and month names here, not strftime's %a/%b: those follow the process locale.
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
HEAT_THRESHOLDS = (1, 3, 6, 10)  # submissions that reach levels 1..4
HEAT_KEY = ("No submissions", "1-2 submissions", "3-5 submissions", "6-9 submissions", "10+ submissions")
LEVEL_OPACITY = (0.08, 0.3, 0.5, 0.72, 0.95)  # the no-CSS look of levels 0..4
STRENGTH_LOW, STRENGTH_HIGH = 0.4, 0.7


# ---------------------------------------------------------------------------------------- helpers

def _num(value: float) -> str:
    """A coordinate without float noise: 12.0 -> "12", 1/3 -> "0.33"."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _svg(kind: str, width: float, height: float, label: str, body: Iterable[Markup]) -> Markup:
    return Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{}" role="img" aria-label="{}" '
        'viewBox="0 0 {} {}" width="100%" style="max-width:{}px;height:auto" '
        'preserveAspectRatio="xMinYMin meet" fill="currentColor" font-size="11">{}</svg>'
    ).format(kind, label, _num(width), _num(height), _num(width), Markup("").join(body))


def _text(x: float, y: float, text: str, cls: str, anchor: str = "start") -> Markup:
    return Markup('<text class="{}" x="{}" y="{}" text-anchor="{}">{}</text>').format(
        cls, _num(x), _num(y), anchor, text)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def _unit(value: Any) -> float:
    """A fraction clamped to [0, 1]; anything unusable (None, NaN, text) counts as 0."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return 0.0
    return min(1.0, max(0.0, value)) if math.isfinite(value) else 0.0


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _css_token(value: Any) -> str:
    """Data made safe as a class name: only [a-z0-9-]."""
    return re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-") or "other"


# ------------------------------------------------------------------------------- activity heatmap

CELL, STEP = 11, 13          # cell side and pitch (2 px gap)
HM_LEFT, HM_TOP = 28, 18     # room for the weekday and month labels
HM_LEGEND = 24               # room for the legend under the grid


def format_day(day: datetime.date) -> str:
    """"Mon 5 Jan 2026", whatever the locale."""
    return f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def heat_level(submissions: int) -> int:
    return sum(submissions >= threshold for threshold in HEAT_THRESHOLDS)


def first_drawn_day(end: datetime.date, weeks: int) -> datetime.date:
    """The Sunday that opens the first column, so that the last column holds ``end``."""
    last_sunday = end - datetime.timedelta(days=(end.weekday() + 1) % 7)
    return last_sunday - datetime.timedelta(weeks=max(1, weeks) - 1)


def _activity_by_day(days: list[dict]) -> dict[datetime.date, dict[str, int]]:
    """Totals per date; rows with a bad date are skipped, repeated dates add up."""
    totals: dict[datetime.date, dict[str, int]] = {}
    for row in days:
        try:
            day = datetime.date.fromisoformat(str(row["day"])[:10])
        except (KeyError, ValueError):
            continue
        total = totals.setdefault(day, {"submissions": 0, "accepted": 0})
        for key in total:
            total[key] += int(row.get(key) or 0)
    return totals


def _heat_cell(day: datetime.date, column: int, counts: dict[str, int]) -> Markup:
    submissions, accepted = counts["submissions"], counts["accepted"]
    level = heat_level(submissions)
    title = (f"{_plural(submissions, 'submission')}, {accepted} accepted on {format_day(day)}"
             if submissions else f"No submissions on {format_day(day)}")
    row = (day.weekday() + 1) % 7  # Sunday on top
    return Markup(
        '<rect class="hm-cell hm-{}" x="{}" y="{}" width="{}" height="{}" rx="2" fill-opacity="{}" '
        'data-day="{}" data-count="{}" data-level="{}"><title>{}</title></rect>'
    ).format(level, HM_LEFT + column * STEP, HM_TOP + row * STEP, CELL, CELL, LEVEL_OPACITY[level],
             day.isoformat(), submissions, level, title)


def _month_labels(first: datetime.date, weeks: int) -> list[Markup]:
    """A month's name over the first column whose Sunday is in it; the first column's own label is
    dropped when the next one follows within three columns, where the two would overlap."""
    starts = []
    for column in range(weeks):
        month = (first + datetime.timedelta(weeks=column)).month
        if not starts or starts[-1][1] != month:
            starts.append((column, month))
    if len(starts) > 1 and starts[1][0] - starts[0][0] < 3:
        starts.pop(0)
    return [_text(HM_LEFT + column * STEP, HM_TOP - 6, MONTH_NAMES[month - 1], "hm-label")
            for column, month in starts]


def _weekday_labels() -> list[Markup]:
    return [_text(HM_LEFT - 4, HM_TOP + row * STEP + CELL - 2, name, "hm-label", "end")
            for row, name in ((1, "Mon"), (3, "Wed"), (5, "Fri"))]


def _heat_legend(width: float) -> list[Markup]:
    y = HM_TOP + 7 * STEP + 8
    x = width - 5 * STEP - 30
    marks = [_text(x - 4, y + CELL - 2, "Less", "hm-label", "end")]
    for level, meaning in enumerate(HEAT_KEY):
        marks.append(Markup(
            '<rect class="hm-key hm-{}" x="{}" y="{}" width="{}" height="{}" rx="2" fill-opacity="{}">'
            '<title>{}</title></rect>'
        ).format(level, x + level * STEP, y, CELL, CELL, LEVEL_OPACITY[level], meaning))
    marks.append(_text(x + 5 * STEP + 2, y + CELL - 2, "More", "hm-label"))
    return marks


def activity_heatmap(days: list[dict], end: datetime.date, weeks: int = 53) -> Markup:
    """A contribution graph: one column per week (Sunday on top), the last column holding ``end``;
    days after ``end`` are not drawn."""
    weeks = max(1, weeks)
    first = first_drawn_day(end, weeks)
    totals = _activity_by_day(days)
    zero = {"submissions": 0, "accepted": 0}
    cells = []
    for offset in range((end - first).days + 1):
        day = first + datetime.timedelta(days=offset)
        cells.append(_heat_cell(day, offset // 7, totals.get(day, zero)))
    drawn = [counts for day, counts in totals.items() if first <= day <= end]
    width = HM_LEFT + weeks * STEP + 4
    label = (f"Activity from {format_day(first)} to {format_day(end)}: "
             f"{_plural(sum(c['submissions'] for c in drawn), 'submission')} on "
             f"{_plural(sum(1 for c in drawn if c['submissions']), 'day')}, "
             f"{sum(c['accepted'] for c in drawn)} accepted")
    body = _month_labels(first, weeks) + _weekday_labels() + cells + _heat_legend(width)
    return _svg("heatmap", width, HM_TOP + 7 * STEP + HM_LEGEND, label, body)


# ---------------------------------------------------------------------------- difficulty bars

DIFFICULTIES = ("Easy", "Medium", "Hard")
DB_LABEL_W, DB_BAR_W, DB_VALUE_W, DB_ROW, DB_BAR_H = 112, 200, 40, 24, 12


def _count(counts: dict[str, int], name: str) -> int:
    """Pages may key by "Easy" or "easy"."""
    return max(0, int(counts.get(name, counts.get(name.lower(), 0)) or 0))


def _difficulty_row(index: int, name: str, solved: int, total: int) -> Markup:
    share = min(1.0, solved / total) if total else 0.0
    y = 4 + index * DB_ROW
    return Markup(
        '<g class="bar-row">{}<rect class="bar-track" x="{}" y="{}" width="{}" height="{}" rx="3" '
        'fill-opacity="0.12"/><rect class="bar bar-{}" x="{}" y="{}" width="{}" height="{}" rx="3" '
        'fill-opacity="0.7" data-solved="{}" data-total="{}"><title>{}</title></rect>{}</g>'
    ).format(_text(0, y + DB_BAR_H - 1, f"{name} {solved} / {total}", "bar-label"),
             DB_LABEL_W, y, DB_BAR_W, DB_BAR_H,
             name.lower(), DB_LABEL_W, y, _num(share * DB_BAR_W), DB_BAR_H, solved, total,
             f"{name}: {solved} of {total} solved ({share:.0%})",
             _text(DB_LABEL_W + DB_BAR_W + 6, y + DB_BAR_H - 1, f"{share:.0%}", "bar-value"))


def difficulty_bars(solved: dict[str, int], totals: dict[str, int]) -> Markup:
    """One bar per difficulty: the solved share of that difficulty's problems."""
    rows = [(name, _count(solved, name), _count(totals, name)) for name in DIFFICULTIES]
    body = [_difficulty_row(i, *row) for i, row in enumerate(rows)]
    label = "Solved by difficulty: " + ", ".join(f"{n} {s} of {t}" for n, s, t in rows)
    return _svg("difficulty", DB_LABEL_W + DB_BAR_W + DB_VALUE_W, 8 + 3 * DB_ROW - 4, label, body)


# ------------------------------------------------------------------------- topic strength chart

ST_NAME_W, ST_BAR_W, ST_VALUE_W, ST_ROW, ST_BAR_H = 170, 220, 44, 22, 12
ST_NAME_CHARS = 26  # what fits in ST_NAME_W at 11 px; the full name is in the tooltip
STRENGTH_OPACITY = {"strength-low": 0.35, "strength-mid": 0.6, "strength-high": 0.9}


def strength_class(strength: float) -> str:
    if strength < STRENGTH_LOW:
        return "strength-low"
    return "strength-high" if strength >= STRENGTH_HIGH else "strength-mid"


def _strength_title(name: str, strength: float, row: dict) -> str:
    parts = [f"{name}: strength {strength:.0%}",
             f"{row.get('solved', 0)}/{row.get('problems', 0)} solved"]
    if row.get("acceptance") is not None:
        parts.append(f"acceptance {_unit(row['acceptance']):.0%}")
    reasons = "; ".join(str(reason) for reason in row.get("reasons") or [])
    return ", ".join(parts) + (f" ({reasons})" if reasons else "")


def _strength_row(index: int, row: dict) -> Markup:
    name = str(row.get("name") or row.get("topic") or "?")
    strength = round(1.0 - _unit(row.get("weakness")), 4)  # 1 - 0.9 is 0.0999...
    level = strength_class(strength)
    y = 4 + index * ST_ROW
    return Markup(
        '<g class="strength-row" data-topic="{}">{}<rect class="strength-track" x="{}" y="{}" '
        'width="{}" height="{}" rx="3" fill-opacity="0.12"/><rect class="strength-bar {}" x="{}" '
        'y="{}" width="{}" height="{}" rx="3" fill-opacity="{}" data-strength="{}"><title>{}</title>'
        '</rect>{}</g>'
    ).format(row.get("topic", ""),
             _text(ST_NAME_W - 8, y + ST_BAR_H - 1, _clip(name, ST_NAME_CHARS), "strength-name", "end"),
             ST_NAME_W, y, ST_BAR_W, ST_BAR_H,
             level, ST_NAME_W, y, _num(strength * ST_BAR_W), ST_BAR_H, STRENGTH_OPACITY[level],
             _num(strength), _strength_title(name, strength, row),
             _text(ST_NAME_W + ST_BAR_W + 6, y + ST_BAR_H - 1, f"{strength:.0%}", "strength-value"))


def topic_strength_chart(topics: list[dict]) -> Markup:
    """Strength (1 - weakness) per topic of the weak-topic report, in the report's order."""
    width = ST_NAME_W + ST_BAR_W + ST_VALUE_W
    if not topics:
        message = "Nothing to show yet: solve a few problems to see your topic strengths."
        return _svg("strength", width, 28, message,
                    [_text(width / 2, 18, message, "chart-empty", "middle")])
    weakest = str(topics[0].get("name") or topics[0].get("topic") or "?")
    label = f"Topic strength for {_plural(len(topics), 'topic')}, weakest first: {weakest}"
    body = [_strength_row(i, row) for i, row in enumerate(topics)]
    return _svg("strength", width, 8 + len(topics) * ST_ROW - 4, label, body)


# ---------------------------------------------------------------------------------- roadmap graph

NODE_H, NODE_MIN_W, NODE_MAX_CHARS = 64, 124, 26
LINE_CHARS = 16          # a name wraps before a line would pass this many characters
CHAR_W = 6.8             # rough width of a 12 px character, to size the nodes
LAYER_GAP, COL_GAP, MARGIN = 48, 16, 12
LANE_W = 8               # the slot an edge takes where it passes a layer it skips


def wrap_name(name: str) -> list[str]:
    """At most two lines: words up to LINE_CHARS on the first, the rest (clipped) on the second."""
    words = name.split() or [""]
    first, rest = words[0], words[1:]
    while rest and len(first) + 1 + len(rest[0]) <= LINE_CHARS:
        first += " " + rest.pop(0)
    lines = [_clip(first, NODE_MAX_CHARS)]
    return lines + [_clip(" ".join(rest), NODE_MAX_CHARS)] if rest else lines


def roadmap_layers(order: list[str], parents: dict[str, list[str]]
                   ) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Layer = longest path from a root, by a depth-first walk up the prerequisites. A prerequisite
    already on the walk's path closes a cycle: that back-edge is dropped, so a cycle cannot hang it.
    Returns the layers and the prerequisites kept. Iterative: a long chain must not hit the
    recursion limit."""
    layer: dict[str, int] = {}
    kept: dict[str, list[str]] = {slug: [] for slug in order}
    for start in order:
        if start in layer:
            continue
        path, stack = {start}, [(start, iter(parents[start]))]
        while stack:
            node, pending = stack[-1]
            for parent in pending:
                if parent in path:
                    continue  # back-edge
                kept[node].append(parent)
                if parent not in layer:
                    path.add(parent)
                    stack.append((parent, iter(parents[parent])))
                    break
            else:
                stack.pop()
                path.discard(node)
                layer[node] = 1 + max((layer[p] for p in kept[node]), default=-1)
    return layer, kept


def _parents(topics: list[dict]) -> dict[str, list[str]]:
    """Prerequisites per slug, restricted to topics on the map, without self-loops or repeats."""
    known = {t["slug"] for t in topics}
    return {t["slug"]: list(dict.fromkeys(p for p in t.get("prerequisites") or []
                                          if p in known and p != t["slug"]))
            for t in topics}


def _lanes(order: list[str], layer: dict[str, int], kept: dict[str, list[str]]
           ) -> tuple[dict[tuple, list], dict[Any, int], dict[Any, list]]:
    """An edge that skips layers gets a lane (a narrow placeholder) in each layer it passes, so the
    ordering makes room for it and it never runs through a node. Returns each edge's chain of
    points (keyed (parent, child)), and the layer and the parent of every point, lanes included."""
    chains: dict[tuple, list] = {}
    at: dict[Any, int] = dict(layer)
    above: dict[Any, list] = {slug: [] for slug in order}
    for child in order:
        for parent in kept[child]:
            chain = [parent]
            for depth in range(layer[parent] + 1, layer[child]):
                lane = (parent, child, depth)  # a tuple: it cannot collide with a slug
                at[lane], above[lane] = depth, [chain[-1]]
                chain.append(lane)
            above[child].append(chain[-1])
            chains[(parent, child)] = chain + [child]
    return chains, at, above


def _arrange(points: list, at: dict[Any, int], above: dict[Any, list],
             widths: dict[Any, float]) -> tuple[dict[Any, float], float]:
    """Centre x per point, and the picture's width. Layers top-down; each ordered by the mean x of
    its points' parents (barycenter: it keeps edges short and uncrossed), then by roadmap order,
    and centred."""
    rank = {point: i for i, point in enumerate(points)}
    rows: dict[int, list] = {}
    for point in points:
        rows.setdefault(at[point], []).append(point)
    span = {d: sum(widths[p] + COL_GAP for p in row) - COL_GAP for d, row in rows.items()}
    width = 2 * MARGIN + max(span.values())
    x: dict[Any, float] = {}
    for depth in sorted(rows):
        def barycenter(point: Any) -> float:
            return sum(x[p] for p in above[point]) / len(above[point]) if above[point] else 0.0
        left = (width - span[depth]) / 2
        for point in sorted(rows[depth], key=lambda p: (barycenter(p), rank[p])):
            x[point] = left + widths[point] / 2
            left += widths[point] + COL_GAP
    return x, width


def _top(depth: int) -> float:
    return MARGIN + depth * (NODE_H + LAYER_GAP)


def _edge(parent: dict, child: dict, chain: list, x: dict[Any, float], at: dict[Any, int]) -> Markup:
    """A cubic Bezier from the parent's bottom to each next point's top; through a lane it runs
    straight down the layer it passes."""
    x0, y0 = x[chain[0]], _top(at[chain[0]]) + NODE_H
    steps = [f"M{_num(x0)} {_num(y0)}"]
    for point in chain[1:]:
        x1, y1 = x[point], _top(at[point])
        bend = (y1 - y0) / 2
        steps.append(f"C{_num(x0)} {_num(y0 + bend)} {_num(x1)} {_num(y1 - bend)} {_num(x1)} {_num(y1)}")
        x0, y0 = x1, y1 + NODE_H
        if point != chain[-1]:
            steps.append(f"L{_num(x0)} {_num(y0)}")
    return Markup(
        '<path class="roadmap-edge" d="{}" fill="none" stroke="currentColor" stroke-opacity="0.45" '
        'stroke-width="1.5" marker-end="url(#roadmap-arrow)" data-from="{}" data-to="{}">'
        '<title>{}</title></path>'
    ).format(" ".join(steps), parent["slug"], child["slug"], f"{parent['name']} before {child['name']}")


def _node_name(name: str, node_w: float) -> Markup:
    lines = wrap_name(name)
    ys = (18, 32) if len(lines) == 2 else (26,)
    return Markup("").join(Markup('<tspan x="{}" y="{}">{}</tspan>').format(_num(node_w / 2), y, line)
                           for line, y in zip(lines, ys))


def _node(topic: dict, left: float, top: float, depth: int, node_w: float) -> Markup:
    solved, problems = int(topic.get("solved") or 0), int(topic.get("problems") or 0)
    done = problems > 0 and solved >= problems
    classes = f"roadmap-node roadmap-area-{_css_token(topic.get('area') or 'other')}"
    track = node_w - 20
    share = min(solved, problems) / problems if problems else 0.0
    return Markup(
        '<a class="roadmap-link" href="{}"><g class="{}" transform="translate({} {})" '
        'data-topic="{}" data-layer="{}"><title>{}</title><rect class="roadmap-box" width="{}" '
        'height="{}" rx="8" fill-opacity="0.06" stroke="currentColor" stroke-opacity="0.5" '
        'stroke-width="{}"/><text class="roadmap-name" text-anchor="middle" font-size="12">{}</text>'
        '<text class="roadmap-count" x="{}" y="{}" text-anchor="middle">{}/{}</text>'
        '<rect class="roadmap-track" x="10" y="{}" width="{}" height="4" rx="2" fill-opacity="0.15"/>'
        '<rect class="roadmap-progress" x="10" y="{}" width="{}" height="4" rx="2" '
        'fill-opacity="0.7"/></g></a>'
    ).format("/problems?topic=" + quote(str(topic["slug"]), safe=""),
             classes + (" roadmap-done" if done else ""), _num(left), _num(top),
             topic["slug"], depth, f"{topic['name']}: {solved}/{problems} solved",
             _num(node_w), NODE_H, 2 if done else 1, _node_name(str(topic["name"]), node_w),
             _num(node_w / 2), 48, solved, problems,
             NODE_H - 10, _num(track), NODE_H - 10, _num(track * share))


ARROW = Markup(
    '<defs><marker id="roadmap-arrow" class="roadmap-arrow" viewBox="0 0 10 10" refX="10" refY="5" '
    'markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0L10 5L0 10z"/></marker></defs>')


def _node_width(topics: list[dict]) -> float:
    """One width for all nodes, wide enough for the longest wrapped line."""
    longest = max(len(line) for t in topics for line in wrap_name(str(t["name"])))
    return max(NODE_MIN_W, math.ceil(longest * CHAR_W) + 20)


def _roadmap_label(topics: list[dict], order: list[str], layer: dict[str, int]) -> str:
    names = {t["slug"]: str(t["name"]) for t in topics}
    done = sum(1 for t in topics if 0 < int(t.get("problems") or 0) <= int(t.get("solved") or 0))
    depth = max(layer.values()) + 1
    return (f"Topic roadmap: {_plural(len(topics), 'topic')} in {_plural(depth, 'layer')}, "
            f"{done} done; start with {', '.join(names[s] for s in order if not layer[s])}")


def roadmap_graph(topics: list[dict]) -> Markup:
    """The topics as a layered DAG, roots on top, each node linking to its problem list."""
    topics = list({t["slug"]: t for t in topics}.values())  # one node per slug
    if not topics:
        return _svg("roadmap", 320, 28, "The roadmap has no topics yet",
                    [_text(160, 18, "No topics yet.", "chart-empty", "middle")])
    by_slug = {t["slug"]: t for t in topics}
    order = [t["slug"] for t in sorted(topics, key=lambda t: t.get("position") or 0)]
    layer, kept = roadmap_layers(order, _parents(topics))
    chains, at, above = _lanes(order, layer, kept)
    node_w = _node_width(topics)
    widths = {point: node_w if point in by_slug else LANE_W for point in at}
    x, width = _arrange(order + [p for p in at if p not in by_slug], at, above, widths)
    depth = max(layer.values()) + 1
    edges = [_edge(by_slug[chain[0]], by_slug[chain[-1]], chain, x, at) for chain in chains.values()]
    nodes = [_node(by_slug[s], x[s] - node_w / 2, _top(layer[s]), layer[s], node_w) for s in order]
    height = 2 * MARGIN + depth * NODE_H + (depth - 1) * LAYER_GAP
    return _svg("roadmap", width, height, _roadmap_label(topics, order, layer), [ARROW, *edges, *nodes])

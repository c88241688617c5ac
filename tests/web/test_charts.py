"""The SVG charts: parsed back with ElementTree, checked for structure, values and escaping."""
from __future__ import annotations

import datetime
import re
import signal
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

import pytest

from app.bank.topics import all_topics, neetcode_index, roadmap_edges, topic_slug
from app.web import charts

HOSTILE = '<script>"x" & y</script>'  # short enough not to be clipped


def parse(markup) -> ET.Element:
    """The svg as a tree, tags without the SVG namespace."""
    root = ET.fromstring(str(markup))
    for element in root.iter():
        element.tag = element.tag.split("}")[-1]
    return root


def classes(element: ET.Element) -> set[str]:
    return set(element.get("class", "").split())


def with_class(root: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in root.iter() if name in classes(e)]


def title(element: ET.Element) -> str:
    return element.find("title").text


def texts(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter("text")]


def check_frame(root: ET.Element) -> None:
    assert root.tag == "svg"
    assert root.get("role") == "img" and root.get("aria-label")
    assert root.get("width") == "100%"
    assert re.fullmatch(r"0 0 [\d.]+ [\d.]+", root.get("viewBox"))


# ----------------------------------------------------------------------------------------- heatmap

END = datetime.date(2026, 1, 7)  # a Wednesday


def test_heatmap_has_one_cell_per_day_from_the_first_sunday_to_end():
    root = parse(charts.activity_heatmap([], END))
    check_frame(root)
    days = [datetime.date.fromisoformat(c.get("data-day")) for c in with_class(root, "hm-cell")]
    # 52 full weeks before the week of Sun 4 Jan 2026, whose Sun..Wed are drawn.
    assert days[0] == datetime.date(2025, 1, 5) and days[0].weekday() == 6
    assert days[-1] == END
    assert len(days) == 52 * 7 + 4
    assert days == [days[0] + datetime.timedelta(days=i) for i in range(len(days))]


def test_heatmap_with_one_week_ending_on_sunday_draws_one_cell():
    sunday = datetime.date(2026, 1, 4)
    cells = with_class(parse(charts.activity_heatmap([], sunday, weeks=1)), "hm-cell")
    assert [c.get("data-day") for c in cells] == ["2026-01-04"]


def test_heatmap_draws_nothing_after_end():
    later = [{"day": "2026-01-08", "submissions": 99, "accepted": 9, "solved": 1},
             {"day": "2026-02-01", "submissions": 5, "accepted": 1, "solved": 1}]
    root = parse(charts.activity_heatmap(later, END))
    cells = with_class(root, "hm-cell")
    assert max(c.get("data-day") for c in cells) == "2026-01-07"
    assert {c.get("data-count") for c in cells} == {"0"}
    assert "0 submissions" in root.get("aria-label")


LEVELS = {0: 0, 1: 1, 2: 1, 3: 2, 5: 2, 6: 3, 9: 3, 10: 4, 40: 4}


def test_heatmap_levels_counts_and_titles():
    start = datetime.date(2025, 12, 1)
    days = [{"day": (start + datetime.timedelta(days=i)).isoformat(), "submissions": n,
             "accepted": n // 3, "solved": 0} for i, n in enumerate(LEVELS)]
    days.append({"day": "2026-01-05", "submissions": 3, "accepted": 1, "solved": 1})
    cells = {c.get("data-day"): c for c in with_class(parse(charts.activity_heatmap(days, END)), "hm-cell")}
    for i, (submissions, level) in enumerate(LEVELS.items()):
        cell = cells[(start + datetime.timedelta(days=i)).isoformat()]
        assert f"hm-{level}" in classes(cell), (submissions, cell.get("class"))
        assert cell.get("data-count") == str(submissions)
    assert title(cells["2026-01-05"]) == "3 submissions, 1 accepted on Mon 5 Jan 2026"
    assert title(cells["2025-12-02"]) == "1 submission, 0 accepted on Tue 2 Dec 2025"
    assert title(cells["2026-01-06"]) == "No submissions on Tue 6 Jan 2026"
    assert "hm-0" in classes(cells["2025-06-01"])


def test_heatmap_rows_are_weekdays_and_columns_are_weeks():
    cells = with_class(parse(charts.activity_heatmap([], END)), "hm-cell")
    rows = defaultdict(set)
    columns = defaultdict(set)
    for cell in cells:
        day = datetime.date.fromisoformat(cell.get("data-day"))
        rows[day.weekday()].add(float(cell.get("y")))
        columns[(day - datetime.date(2025, 1, 5)).days // 7].add(float(cell.get("x")))
    assert all(len(ys) == 1 for ys in rows.values()) and all(len(xs) == 1 for xs in columns.values())
    y = {weekday: ys.pop() for weekday, ys in rows.items()}
    assert y[6] < y[0] < y[1] < y[2] < y[3] < y[4] < y[5]  # Sunday on top, Saturday at the bottom
    x = [columns[week].pop() for week in range(53)]
    assert x == sorted(x) and len(set(x)) == 53


def test_heatmap_labels_months_weekdays_and_legend():
    root = parse(charts.activity_heatmap([], END))
    labels = [t for t in root.iter("text")]
    words = [t.text for t in labels]
    assert [w for w in words if w in {"Mon", "Wed", "Fri"}] == ["Mon", "Wed", "Fri"]
    months = [w for w in words if w in charts.MONTH_NAMES and w not in {"Mon", "Wed", "Fri"}]
    assert months == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                      "Dec", "Jan"]
    # "Feb" stands over the column of Sun 2 Feb 2025, the first Sunday of February.
    february = next(c for c in with_class(root, "hm-cell") if c.get("data-day") == "2025-02-02")
    assert next(t for t in labels if t.text == "Feb").get("x") == february.get("x")
    assert "Less" in words and "More" in words
    assert [(classes(k) - {"hm-key"}).pop() for k in with_class(root, "hm-key")] == [f"hm-{i}" for i in range(5)]


def test_heatmap_sums_repeated_days_and_skips_bad_rows():
    days = [{"day": "2026-01-05", "submissions": 4, "accepted": 1},
            {"day": "2026-01-05", "submissions": 7, "accepted": 2},
            {"day": "not a day", "submissions": 3}, {"submissions": 1}]
    cells = {c.get("data-day"): c for c in with_class(parse(charts.activity_heatmap(days, END)), "hm-cell")}
    assert cells["2026-01-05"].get("data-count") == "11" and "hm-4" in classes(cells["2026-01-05"])


# --------------------------------------------------------------------------------- difficulty bars

def test_difficulty_bars_labels_classes_and_widths():
    root = parse(charts.difficulty_bars({"Easy": 3, "Medium": 10}, {"Easy": 20, "Medium": 80, "Hard": 40}))
    check_frame(root)
    assert [t for t in texts(root) if "/" in t] == ["Easy 3 / 20", "Medium 10 / 80", "Hard 0 / 40"]
    tracks = with_class(root, "bar-track")
    for name, share, track in zip(("easy", "medium", "hard"), (3 / 20, 10 / 80, 0), tracks):
        (bar,) = with_class(root, f"bar-{name}")
        assert float(bar.get("width")) == pytest.approx(share * float(track.get("width")), abs=0.01)
    assert title(with_class(root, "bar-easy")[0]) == "Easy: 3 of 20 solved (15%)"


def test_difficulty_bars_survive_zero_totals_and_overflow():
    root = parse(charts.difficulty_bars({"Easy": 5, "Hard": 2}, {"Easy": 4}))
    track = float(with_class(root, "bar-track")[0].get("width"))
    assert float(with_class(root, "bar-easy")[0].get("width")) == track  # clamped to the track
    assert float(with_class(root, "bar-hard")[0].get("width")) == 0


# ---------------------------------------------------------------------------------- topic strength

def report_row(name: str, weakness: float, **extra) -> dict:
    return {"topic": topic_slug(name), "name": name, "weakness": weakness, "solved": 2, "problems": 9,
            "acceptance": 0.5, "reasons": ["only 50% of submissions accepted"], **extra}


def test_strength_bars_are_proportional_in_the_given_order_with_levels():
    weakness = {"Graphs": 0.9, "Trees": 0.6, "Stack": 0.5, "Tries": 0.3, "Greedy": 0.0}
    root = parse(charts.topic_strength_chart([report_row(n, w) for n, w in weakness.items()]))
    check_frame(root)
    bars = with_class(root, "strength-bar")
    track = float(with_class(root, "strength-track")[0].get("width"))
    assert [float(b.get("width")) / track for b in bars] == pytest.approx([0.1, 0.4, 0.5, 0.7, 1.0], abs=1e-3)
    levels = [(classes(b) - {"strength-bar"}).pop() for b in bars]
    assert levels == ["strength-low", "strength-mid", "strength-mid", "strength-high", "strength-high"]
    assert [t for t in texts(root) if t in weakness] == list(weakness)
    assert [t for t in texts(root) if t.endswith("%")] == ["10%", "40%", "50%", "70%", "100%"]
    assert "Graphs: strength 10%, 2/9 solved, acceptance 50%" in title(bars[0])


def test_strength_chart_escapes_names_and_reasons():
    markup = str(charts.topic_strength_chart([report_row(HOSTILE, 0.5, reasons=[HOSTILE])]))
    assert "<script>" not in markup and "&lt;script&gt;" in markup
    root = parse(markup)
    assert HOSTILE in texts(root)
    assert HOSTILE in title(with_class(root, "strength-bar")[0])


def test_strength_chart_empty_says_nothing_yet():
    root = parse(charts.topic_strength_chart([]))
    check_frame(root)
    assert not with_class(root, "strength-bar")
    assert "nothing" in " ".join(texts(root)).lower()


# ----------------------------------------------------------------------------------------- roadmap

def real_topics() -> list[dict]:
    """list_topics()-shaped items built from the bank's data files."""
    counts = Counter(row["topic"] for row in neetcode_index().values())
    prerequisites = defaultdict(list)
    for before, after in roadmap_edges():
        prerequisites[topic_slug(after)].append(topic_slug(before))
    return [{"slug": topic_slug(name), "name": name, "area": area, "position": i + 1,
             "prerequisites": prerequisites[topic_slug(name)], "problems": counts.get(name, 0),
             "solved": min(i, counts.get(name, 0))}
            for i, (name, area) in enumerate(all_topics())]


def nodes_of(root: ET.Element) -> dict[str, ET.Element]:
    return {g.get("data-topic"): g for g in with_class(root, "roadmap-node")}


def corner(node: ET.Element) -> tuple[float, float]:
    x, y = re.fullmatch(r"translate\(([\d.-]+) ([\d.-]+)\)", node.get("transform")).groups()
    return float(x), float(y)


def box(node: ET.Element) -> tuple[float, float, float, float]:
    """left, top, right, bottom of a node."""
    rect = next(r for r in node.iter("rect") if "roadmap-box" in classes(r))
    x, y = corner(node)
    return x, y, x + float(rect.get("width")), y + float(rect.get("height"))


def test_roadmap_places_every_real_topic_once_with_its_link():
    topics = real_topics()
    assert len(topics) == 27
    root = parse(charts.roadmap_graph(topics))
    check_frame(root)
    links = root.findall("a")
    assert len(links) == 27
    hrefs = {link.find("g").get("data-topic"): link.get("href") for link in links}
    assert hrefs == {t["slug"]: f"/problems?topic={t['slug']}" for t in topics}
    # A wrapped name is split between words: its lines, joined again, give the name.
    names = {slug: " ".join(span.text for span in g.iter("tspan")) for slug, g in nodes_of(root).items()}
    assert names == {t["slug"]: t["name"] for t in topics}


def test_roadmap_puts_every_prerequisite_in_an_earlier_layer_on_the_real_data():
    topics = real_topics()
    nodes = nodes_of(parse(charts.roadmap_graph(topics)))
    assert nodes["arrays-hashing"].get("data-layer") == "0"
    pairs = [(topic_slug(a), topic_slug(b)) for a, b in roadmap_edges()]
    assert len(pairs) == 30
    for before, after in pairs:
        assert int(nodes[before].get("data-layer")) < int(nodes[after].get("data-layer")), (before, after)
        assert box(nodes[before])[3] < box(nodes[after])[1], (before, after)  # drawn above it
    # Longest path: Math & Geometry waits for Bit Manipulation, which waits for 1-D DP.
    assert int(nodes["math-geometry"].get("data-layer")) > int(nodes["bit-manipulation"].get("data-layer"))


def test_roadmap_nodes_do_not_overlap_and_fit_the_picture():
    root = parse(charts.roadmap_graph(real_topics()))
    _, _, width, height = map(float, root.get("viewBox").split())
    boxes = sorted(box(node) for node in nodes_of(root).values())
    for left, top, right, bottom in boxes:
        assert 0 <= left < right <= width and 0 <= top < bottom <= height
    for a, b in zip(boxes, boxes[1:]):
        if a[1] == b[1]:
            assert a[2] < b[0], (a, b)


def path_points(path: ET.Element) -> list[tuple[str, float, float]]:
    """(command, x, y) of each end point in the path's d."""
    steps = re.findall(r"([MCL])([^MCL]+)", path.get("d"))
    return [(cmd, *map(float, args.split()[-2:])) for cmd, args in steps]


def test_roadmap_edges_run_from_parent_bottom_to_child_top_around_nodes():
    root = parse(charts.roadmap_graph(real_topics()))
    nodes = nodes_of(root)
    edges = with_class(root, "roadmap-edge")
    assert len(edges) == 30
    assert root.find("defs/marker").get("id") == "roadmap-arrow"
    boxes = [box(node) for node in nodes.values()]
    for edge in edges:
        assert edge.get("marker-end") == "url(#roadmap-arrow)"
        points = path_points(edge)
        parent, child = box(nodes[edge.get("data-from")]), box(nodes[edge.get("data-to")])
        assert points[0][1:] == pytest.approx(((parent[0] + parent[2]) / 2, parent[3]))
        assert points[-1][1:] == pytest.approx(((child[0] + child[2]) / 2, child[1]))
        for (cmd, x, y), (_, _, y0) in zip(points[1:], points):
            if cmd == "L":  # straight down a layer it skips: never through a node there
                assert not any(l <= x <= r and t < y and y0 < b for l, t, r, b in boxes), edge.get("data-to")
    heap_to_advanced = next(e for e in edges if e.get("data-from") == "heap-priority-queue"
                            and e.get("data-to") == "advanced-graphs")
    assert [cmd for cmd, _, _ in path_points(heap_to_advanced)] == ["M", "C", "L", "C"]


def test_roadmap_wraps_long_names_inside_their_nodes():
    long = "Very Long Topic Name That Goes On And On Beyond Any Reasonable Width"
    topics = real_topics() + [{"slug": "long", "name": long, "area": "dsa", "position": 99,
                               "prerequisites": ["trees"], "problems": 1, "solved": 0}]
    nodes = nodes_of(parse(charts.roadmap_graph(topics)))
    for slug, node in nodes.items():
        left, _, right, _ = box(node)
        lines = [span.text for span in node.iter("tspan")]
        assert 1 <= len(lines) <= 2
        assert all(len(line) * charts.CHAR_W <= right - left - 8 for line in lines), lines
    assert [s.text for s in nodes["heap-priority-queue"].iter("tspan")] == ["Heap / Priority", "Queue"]
    assert [s.text for s in nodes["long"].iter("tspan")][1].endswith("\u2026")
    assert long in title(nodes["long"])


def test_roadmap_marks_done_topics_and_progress():
    topics = [{"slug": "a", "name": "A", "area": "dsa", "position": 1, "prerequisites": [],
               "problems": 4, "solved": 4},
              {"slug": "b", "name": "B", "area": "ml", "position": 2, "prerequisites": ["a"],
               "problems": 4, "solved": 1},
              {"slug": "c", "name": "C", "area": "stats", "position": 3, "prerequisites": ["a"],
               "problems": 0, "solved": 0}]
    nodes = nodes_of(parse(charts.roadmap_graph(topics)))
    assert [("roadmap-done" in classes(nodes[s])) for s in "abc"] == [True, False, False]
    assert "roadmap-area-ml" in classes(nodes["b"])
    for slug, share in (("a", 1.0), ("b", 0.25), ("c", 0.0)):
        track = next(r for r in nodes[slug].iter("rect") if "roadmap-track" in classes(r))
        bar = next(r for r in nodes[slug].iter("rect") if "roadmap-progress" in classes(r))
        assert float(bar.get("width")) == pytest.approx(share * float(track.get("width")), abs=0.01)
    assert "".join(nodes["b"].find("text[@class='roadmap-count']").itertext()) == "1/4"


def test_roadmap_orders_a_layer_by_its_parents_positions():
    # Input order would cross the edges (c under b, d under a); the barycenter uncrosses them.
    topics = [{"slug": s, "name": s.upper(), "area": "dsa", "position": i, "prerequisites": p,
               "problems": 1, "solved": 0}
              for i, (s, p) in enumerate([("a", []), ("b", []), ("c", ["b"]), ("d", ["a"])])]
    nodes = nodes_of(parse(charts.roadmap_graph(topics)))
    assert corner(nodes["a"])[0] < corner(nodes["b"])[0]
    assert corner(nodes["d"])[0] < corner(nodes["c"])[0]


@pytest.fixture
def deadline():
    """Fails the test, instead of hanging the suite, if the code under test loops forever."""
    def expire(*_):
        raise TimeoutError("roadmap_graph did not return")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, 5)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)


def test_roadmap_with_a_cycle_still_returns_every_topic(deadline):
    topics = [{"slug": s, "name": s, "area": "dsa", "position": i, "prerequisites": p,
               "problems": 1, "solved": 0}
              for i, (s, p) in enumerate([("a", ["c"]), ("b", ["a"]), ("c", ["b"]),
                                          ("d", ["d", "c", "ghost"]), ("e", ["e"])])]
    root = parse(charts.roadmap_graph(topics))
    nodes = nodes_of(root)
    assert set(nodes) == set("abcde")
    layers = {s: int(n.get("data-layer")) for s, n in nodes.items()}
    edges = [(e.get("data-from"), e.get("data-to")) for e in with_class(root, "roadmap-edge")]
    assert len(edges) == 3  # c->a closes the cycle, self-loops and unknown slugs are dropped
    assert all(layers[before] < layers[after] for before, after in edges)


def test_roadmap_escapes_names_and_slugs():
    topics = [{"slug": 'x"><script>', "name": HOSTILE, "area": "<ml>", "position": 1,
               "prerequisites": [], "problems": 1, "solved": 0}]
    markup = str(charts.roadmap_graph(topics))
    assert "<script>" not in markup and "&lt;script&gt;" in markup
    root = parse(markup)
    assert root.find("a").get("href") == "/problems?topic=x%22%3E%3Cscript%3E"
    (node,) = with_class(root, "roadmap-node")
    assert node.get("data-topic") == 'x"><script>' and "roadmap-area-ml" in classes(node)
    assert HOSTILE in title(node) and HOSTILE in root.get("aria-label")


def test_roadmap_without_topics_says_so():
    root = parse(charts.roadmap_graph([]))
    check_frame(root)
    assert not with_class(root, "roadmap-node")

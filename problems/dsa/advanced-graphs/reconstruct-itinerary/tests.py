"""Reconstruct Itinerary cases: up to 300 tickets [from, to] (3-letter codes) forming a trip from JFK."""
import random

T_MAX = 300


def _codes(rng, count):
    names = {"JFK"}
    while len(names) < count:
        names.add("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3)))
    return sorted(names)


def _walk(rng, airports, length):
    """Tickets of a random walk from JFK (so at least one complete trip exists)."""
    cur = "JFK"
    tickets = []
    for _ in range(length):
        nxt = rng.choice([a for a in airports if a != cur])
        tickets.append([cur, nxt])
        cur = nxt
    rng.shuffle(tickets)
    return tickets


def _dead_ends(rng, length):
    """Repeated traps: from each hub the smallest destination is a dead end reached only last."""
    tickets = []
    hubs = ["JFK", "MMM", "NNN", "PPP"]
    for _ in range(length // 3):
        a, b = rng.sample(hubs, 2)
        tickets += [[a, b], [b, a]]
    # end the trip at a small-named airport from JFK
    tickets.append(["JFK", "AAA"])
    return tickets[:T_MAX]


def cases():
    out = [
        {"args": [[["SFO", "ORD"], ["JFK", "SFO"], ["ORD", "BOS"]]], "expected": ["JFK", "SFO", "ORD", "BOS"],
         "sample": True},
        {"args": [[["JFK", "AAA"], ["JFK", "BBB"], ["BBB", "JFK"]]], "expected": ["JFK", "BBB", "JFK", "AAA"],
         "sample": True},
        {"args": [[["JFK", "ORD"], ["ORD", "JFK"], ["JFK", "ATL"], ["ATL", "JFK"]]],
         "expected": ["JFK", "ATL", "JFK", "ORD", "JFK"], "sample": True},
        {"args": [[["JFK", "LAX"]]], "expected": ["JFK", "LAX"]},
        {"args": [[["JFK", "LAX"], ["LAX", "JFK"], ["JFK", "LAX"]]], "expected": ["JFK", "LAX", "JFK", "LAX"]},
        {"args": [[["JFK", "KUL"], ["JFK", "NRT"], ["NRT", "JFK"]]], "expected": ["JFK", "NRT", "JFK", "KUL"]},
        {"args": [[["JFK", "ABC"], ["ABC", "JFK"], ["JFK", "ABC"], ["ABC", "JFK"]]]},   # duplicate tickets
        {"args": [[["JFK", "SFO"], ["JFK", "ATL"], ["SFO", "ATL"], ["ATL", "JFK"], ["ATL", "SFO"]]]},
        {"args": [[["EZE", "AXA"], ["TIA", "ANU"], ["ANU", "JFK"], ["JFK", "ANU"], ["ANU", "EZE"], ["TIA", "ANU"],
                   ["AXA", "TIA"], ["TIA", "JFK"], ["ANU", "TIA"], ["JFK", "TIA"]]]},
        {"args": [[["JFK", "BBB"], ["BBB", "AAA"], ["AAA", "BBB"], ["BBB", "JFK"], ["JFK", "AAA"]]]},
        {"args": [[["JFK", "ZZZ"], ["ZZZ", "YYY"], ["YYY", "XXX"], ["XXX", "WWW"]]]},     # one chain
        {"args": [[["JFK", "AAA"], ["AAA", "JFK"], ["JFK", "BBB"], ["BBB", "CCC"], ["CCC", "BBB"], ["BBB", "AAA"],
                   ["AAA", "CCC"]]]},
    ]
    rng = random.Random(332)
    for n_air, length in ((3, 6), (4, 10), (5, 12), (3, 15), (6, 20), (8, 25), (4, 30), (10, 40)):
        out.append({"args": [_walk(rng, _codes(rng, n_air), length)]})
    out.append({"args": [_dead_ends(rng, 20)]})
    big = [
        _walk(rng, _codes(rng, 5), T_MAX),
        _walk(rng, _codes(rng, 30), T_MAX),
        _walk(rng, _codes(rng, 150), T_MAX),
        _walk(rng, ["JFK", "AAA"], T_MAX),
        _dead_ends(rng, T_MAX),
    ]
    out += [{"args": [t], "large": True} for t in big]
    for case in out:
        (tickets,) = case["args"]
        assert 1 <= len(tickets) <= T_MAX
        assert all(a != b and len(a) == len(b) == 3 and a.isupper() and b.isupper() for a, b in tickets)
    return out

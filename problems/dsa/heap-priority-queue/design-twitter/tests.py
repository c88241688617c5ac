"""Design Twitter cases. Tweet ids are unique (drawn without replacement from 0..10^4, in shuffled
order so that id order is not time order); a user never follows themself; unfollowing someone who is
not followed is a no-op."""
import random

U_MAX = 500
ID_MAX = 10**4
MAX_CALLS = 3 * 10**4


def _case(calls, expected=None, sample=False, large=False):
    case = {"ops": ["Twitter"] + [c[0] for c in calls], "args": [[]] + [list(c[1:]) for c in calls]}
    if expected is not None:
        case["expected"] = [None] + expected
    if sample:
        case["sample"] = True
    if large:
        case["large"] = True
    return case


def _ids(rng):
    ids = list(range(ID_MAX + 1))
    rng.shuffle(ids)
    return ids


def _random(rng, n_calls, users, weights=(4, 3, 2, 1), large=False):
    ids = _ids(rng)
    calls = []
    for _ in range(n_calls):
        op = rng.choices(("postTweet", "getNewsFeed", "follow", "unfollow"), weights)[0]
        if op == "postTweet" and not ids:
            op = "getNewsFeed"
        u = rng.randint(1, users)
        if op == "postTweet":
            calls.append((op, u, ids.pop()))
        elif op == "getNewsFeed":
            calls.append((op, u))
        else:
            v = rng.randint(1, users - 1)
            calls.append((op, u, v if v < u else v + 1))
    return _case(calls, large=large)


def cases():
    out = [
        # statement examples
        _case([("postTweet", 1, 40), ("follow", 1, 2), ("postTweet", 2, 7), ("getNewsFeed", 1),
               ("unfollow", 1, 2), ("getNewsFeed", 1)],
              [None, None, None, [7, 40], None, [40]], sample=True),
        _case([("postTweet", 3, 12), ("postTweet", 3, 5), ("getNewsFeed", 4), ("follow", 4, 3),
               ("getNewsFeed", 4), ("getNewsFeed", 3)],
              [None, None, [], None, [5, 12], [5, 12]], sample=True),
        _case([("postTweet", 1, i) for i in range(12)] + [("getNewsFeed", 1)],
              [None] * 12 + [[11, 10, 9, 8, 7, 6, 5, 4, 3, 2]], sample=True),
        # hand-picked edges
        _case([("getNewsFeed", 1)], [[]]),                                          # nothing posted
        _case([("postTweet", U_MAX, ID_MAX), ("getNewsFeed", U_MAX)], [None, [ID_MAX]]),
        _case([("postTweet", 1, 0), ("getNewsFeed", 2)], [None, []]),               # stranger's post
        _case([("postTweet", 2, 9), ("follow", 1, 2), ("follow", 1, 2), ("getNewsFeed", 1),
               ("unfollow", 1, 2), ("getNewsFeed", 1)], [None, None, None, [9], None, []]),  # double follow
        _case([("unfollow", 1, 2), ("postTweet", 2, 3), ("getNewsFeed", 1)], [None, None, []]),
        _case([("follow", 1, 2), ("postTweet", 2, 8), ("getNewsFeed", 2)], [None, None, [8]]),  # one-way
        _case([("postTweet", 1, 100), ("follow", 2, 1), ("getNewsFeed", 2), ("unfollow", 2, 1),
               ("getNewsFeed", 2), ("follow", 2, 1), ("getNewsFeed", 2)],
              [None, None, [100], None, [], None, [100]]),                          # refollow
        _case([("follow", 1, 2), ("follow", 1, 3)] +
              [("postTweet", 2 + i % 2, 50 - i) for i in range(15)] + [("postTweet", 1, 99), ("getNewsFeed", 1)]),
        _case([("postTweet", 5, i) for i in (3, 1, 4)] + [("follow", 6, 5), ("getNewsFeed", 6),
               ("postTweet", 6, 2), ("getNewsFeed", 6), ("getNewsFeed", 5)]),
    ]
    rng = random.Random(355)
    for n_calls, users in ((10, 2), (20, 3), (40, 4), (80, 5), (200, 10), (500, 8), (1000, 30),
                           (3000, 50), (5000, 20)):
        out.append(_random(rng, n_calls, users))
    out.append(_random(rng, 2000, 6, weights=(5, 3, 4, 1)))      # dense follows

    # maximum size
    ids = _ids(rng)
    # quiet circle: 10^4 posts by users 51..500, then feeds for users 1..50 who follow quiet users
    calls = [("follow", u, u + 1) for u in range(1, 50)]
    calls += [("postTweet", rng.randint(51, U_MAX), ids.pop()) for _ in range(ID_MAX)]
    calls += [("getNewsFeed", rng.randint(1, 50)) for _ in range(MAX_CALLS - len(calls))]
    out.append(_case(calls, large=True))
    # quiet crowd: 10^4 posts by users 401..500, then feeds for users 1..400, who follow up to
    # three of each other (a scan of the whole timeline finds nothing for any of them)
    ids = _ids(rng)
    calls = [("follow", u, rng.randint(1, 400)) for u in range(1, 401) for _ in range(3)]
    calls = [c for c in calls if c[1] != c[2]]
    calls += [("postTweet", rng.randint(401, U_MAX), ids.pop()) for _ in range(ID_MAX)]
    calls += [("getNewsFeed", rng.randint(1, 400)) for _ in range(MAX_CALLS - len(calls))]
    out.append(_case(calls, large=True))
    # busy circle: user 1 follows 2..25, 10^4 posts by users 1..25, then many feeds
    ids = _ids(rng)
    calls = [("follow", 1, u) for u in range(2, 26)]
    calls += [("postTweet", rng.randint(1, 25), ids.pop()) for _ in range(ID_MAX)]
    calls += [("getNewsFeed", 1) for _ in range(MAX_CALLS - len(calls))]
    out.append(_case(calls, large=True))
    # wide circle: user 1 follows everyone, 10^4 posts spread over all users, 1000 feeds
    ids = _ids(rng)
    calls = [("follow", 1, u) for u in range(2, U_MAX + 1)]
    calls += [("postTweet", rng.randint(1, U_MAX), ids.pop()) for _ in range(ID_MAX)]
    calls += [("getNewsFeed", 1) for _ in range(1000)]
    out.append(_case(calls, large=True))
    out.append(_random(rng, MAX_CALLS, U_MAX, weights=(4, 4, 3, 1), large=True))
    out.append(_random(rng, MAX_CALLS, 15, weights=(3, 4, 2, 1), large=True))

    for case in out:
        assert len(case["ops"]) - 1 <= MAX_CALLS
        seen = set()
        for op, a in zip(case["ops"][1:], case["args"][1:]):
            assert all(1 <= x <= U_MAX for x in a[:1])
            if op == "postTweet":
                assert 0 <= a[1] <= ID_MAX and a[1] not in seen
                seen.add(a[1])
            elif op in ("follow", "unfollow"):
                assert 1 <= a[1] <= U_MAX and a[0] != a[1]
            else:
                assert op == "getNewsFeed" and len(a) == 1
    return out

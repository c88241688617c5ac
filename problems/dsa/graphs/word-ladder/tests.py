"""Word Ladder cases: words of length 1..10, wordList of up to 5000 distinct lowercase words."""
import random

W_MAX = 5000


def _random_words(rng, length, count, alphabet):
    words = set()
    limit = len(alphabet) ** length
    count = min(count, limit)
    while len(words) < count:
        words.add("".join(rng.choice(alphabet) for _ in range(length)))
    return list(words)


def _walk(rng, start, steps, alphabet):
    """A random one-letter-at-a-time walk (a guaranteed ladder, not necessarily shortest)."""
    path = [start]
    seen = {start}
    w = start
    while len(path) <= steps:
        i = rng.randrange(len(w))
        c = rng.choice(alphabet)
        v = w[:i] + c + w[i + 1:]
        if v not in seen:
            seen.add(v)
            path.append(v)
            w = v
    return path


def _case(rng, length, count, alphabet, walk_steps=None, drop_end=False):
    words = _random_words(rng, length, count, alphabet)
    begin = "".join(rng.choice(alphabet) for _ in range(length))
    if walk_steps:
        path = _walk(rng, begin, walk_steps, alphabet)
        extra = [w for w in path[1:] if w not in set(words)]
        words = words[:max(0, count - len(extra))] + extra
        end = path[-1]
    else:
        end = rng.choice(words)
        while end == begin:
            end = rng.choice(words)
    if drop_end and end in words:
        words.remove(end)
    if begin in words and rng.random() < 0.5:
        words.remove(begin)
    words = list(dict.fromkeys(words))
    rng.shuffle(words)
    return [begin, end, words[:W_MAX]]


def _staircase(length):
    """A forced long ladder: aaaa.. -> baaa.. -> bbaa.. -> ... -> bbbb.. with a = 'a', b = 'z'."""
    return ["z" * i + "a" * (length - i) for i in range(length + 1)]


def cases():
    out = [
        {"args": ["cold", "warm", ["cord", "card", "ward", "warm", "wore", "core"]], "expected": 5, "sample": True},
        {"args": ["cat", "dog", ["cot", "cog", "dot"]], "expected": 0, "sample": True},
        {"args": ["a", "c", ["b", "c"]], "expected": 2, "sample": True},
        {"args": ["a", "b", ["b"]], "expected": 2},
        {"args": ["ab", "cd", ["cd"]], "expected": 0},                      # two letters apart, no bridge
        {"args": ["ab", "cd", ["cb", "cd"]], "expected": 3},
        {"args": ["hit", "cog", ["hot", "dot", "dog", "lot", "log"]], "expected": 0},  # end missing
        {"args": ["abc", "abd", ["abd", "abc"]], "expected": 2},           # beginWord also in the list
        {"args": ["aaa", "bbb", ["aab", "abb", "bbb", "baa", "bba"]], "expected": 4},
        {"args": ["lead", "gold", ["load", "goad", "gold", "lold", "loid"]], "expected": 4},
        {"args": ["abcd", "dcba", ["abca", "dcba", "abba"]], "expected": 0},
        {"args": ["aaaa", "zzzz", _staircase(4)[1:]], "expected": 5},
        {"args": ["kite", "mate", ["kate", "mite", "mate", "bite"]], "expected": 3},
    ]
    rng = random.Random(127)
    for length, count, alphabet, steps, drop in ((2, 10, "abc", None, False), (3, 20, "abcd", 4, False),
                                                 (3, 30, "abcde", None, False), (4, 60, "abc", 6, False),
                                                 (4, 100, "abcdef", None, True), (5, 200, "abc", 10, False),
                                                 (6, 300, "abcd", None, False), (5, 150, "ab", None, False)):
        out.append({"args": _case(rng, length, count, "".join(alphabet), steps, drop)})
    big = [
        _case(rng, 8, W_MAX, "abc", 40),
        _case(rng, 10, W_MAX, "ab", 60),
        _case(rng, 5, W_MAX, "abcdefghij", None),
        _case(rng, 10, W_MAX, "abcdefghijklmnopqrstuvwxyz", 30),
        _case(rng, 7, W_MAX, "abcd", None, True),
    ]
    out += [{"args": a, "large": True} for a in big]
    for case in out:
        begin, end, words = case["args"]
        assert 1 <= len(begin) <= 10 and len(end) == len(begin) and end != begin
        assert 1 <= len(words) <= W_MAX and len(set(words)) == len(words)
        assert all(len(w) == len(begin) and w.isalpha() and w.islower() for w in words + [begin, end])
    return out

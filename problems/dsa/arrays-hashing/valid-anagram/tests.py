"""Valid Anagram cases; expected values are recomputed with sorted() below."""
import random
import string

N_MAX = 5 * 10**4
LETTERS = string.ascii_lowercase


def _word(rng, n, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _shuffled(rng, s):
    chars = list(s)
    rng.shuffle(chars)
    return "".join(chars)


def _tweak(rng, s):
    """Same length, one letter changed to a different one: never an anagram."""
    i = rng.randrange(len(s))
    other = rng.choice([c for c in LETTERS if c != s[i]])
    return s[:i] + other + s[i + 1:]


def cases():
    out = [
        {"args": ["listen", "silent"], "expected": True, "sample": True},
        {"args": ["cattle", "tactic"], "expected": False, "sample": True},
        {"args": ["aab", "abb"], "expected": False, "sample": True},
        {"args": ["a", "a"]},
        {"args": ["a", "b"]},
        {"args": ["ab", "a"]},            # t is a sub-multiset of s
        {"args": ["a", "ab"]},            # s is a sub-multiset of t
        {"args": ["abc", "abcc"]},
        {"args": ["zzzz", "zzzz"]},
        {"args": ["zzzz", "zzz"]},
        {"args": ["abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba"]},
        {"args": ["racecar", "carrace"]},
        {"args": ["aabbcc", "abcabc"]},
        {"args": ["aabbcc", "aabbbc"]},
        {"args": ["stressed", "desserts"]},
    ]
    rng = random.Random(242)
    for _ in range(6):
        s = _word(rng, rng.randint(1, 40), "abc")
        out.append({"args": [s, _shuffled(rng, s)]})
        out.append({"args": [s, _tweak(rng, _shuffled(rng, s))]})
    # maximum size: t is a permutation of s -> a list-removal approach is quadratic
    s = _word(rng, N_MAX)
    out.append({"args": [s, _shuffled(rng, s)], "large": True})
    s = "".join(sorted(_word(rng, N_MAX)))
    out.append({"args": [s, s[::-1]], "large": True})
    s = _word(rng, N_MAX)
    out.append({"args": [s, _tweak(rng, _shuffled(rng, s))], "large": True})
    s = _word(rng, N_MAX, "ab")
    out.append({"args": [s, _shuffled(rng, s)], "large": True})
    s = "".join(sorted(_word(rng, N_MAX, "xyz")))
    out.append({"args": [s, s[::-1]], "large": True})

    for index, case in enumerate(out):
        s, t = case["args"]
        assert 1 <= len(s) <= N_MAX and 1 <= len(t) <= N_MAX, index
        assert set(s + t) <= set(LETTERS), index
        answer = sorted(s) == sorted(t)
        if "expected" in case:
            assert case["expected"] == answer, index
        else:
            case["expected"] = answer
    return out

"""Longest Substring Without Repeating Characters cases; expected values are recomputed below with
an independent set-based window."""
import random
import string

N_MAX = 5 * 10**4
PRINTABLE = "".join(chr(c) for c in range(32, 127))


def _answer(s):
    window, left, best = set(), 0, 0
    for ch in s:
        while ch in window:
            window.remove(s[left])
            left += 1
        window.add(ch)
        best = max(best, len(window))
    return best


def _text(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def cases():
    out = [
        # statement examples
        {"args": ["xyzxyw"], "expected": 4, "sample": True},
        {"args": ["kkkk"], "expected": 1, "sample": True},
        {"args": [""], "expected": 0, "sample": True},
        # hand-picked edges
        {"args": [" "]},                                  # a single space is one character
        {"args": ["q"]},
        {"args": ["ab"]},
        {"args": ["abba"]},                               # the window must never move left
        {"args": ["dvdf"]},                               # keep what follows the first copy
        {"args": ["cddxyzc"]},
        {"args": ["aab"]},
        {"args": ["abcdefga"]},                           # the whole string minus one
        {"args": ["12 21"]},                              # digits and spaces
        {"args": ["aA"]},                                 # case matters
        {"args": [PRINTABLE]},                            # every character once
        {"args": [PRINTABLE[::-1] + PRINTABLE]},
        {"args": ["xyzx" * 5]},
        {"args": ["abcbefgha"]},                          # best run at the end
    ]
    rng = random.Random(3)
    for alphabet in ("ab", "abc", "abcdef", string.ascii_lowercase, PRINTABLE):  # brute-checked
        out.append({"args": [_text(rng, rng.randint(1, 60), alphabet)]})
    out.append({"args": [_text(rng, 2000, PRINTABLE)]})
    out.append({"args": [_text(rng, 2000, string.digits)]})

    # maximum size: about 1.25 * 10^9 substrings
    out.append({"args": [_text(rng, N_MAX, PRINTABLE)], "large": True})
    out.append({"args": [(PRINTABLE * (N_MAX // len(PRINTABLE) + 1))[:N_MAX]], "large": True})
    out.append({"args": [_text(rng, N_MAX, "ab")], "large": True})
    out.append({"args": ["z" * N_MAX], "large": True})
    # long distinct runs separated by a repeat, longest one placed at the end
    runs = [rng.sample(PRINTABLE, rng.randint(20, 80)) for _ in range(N_MAX // 60)]
    runs.append(list(PRINTABLE))
    s = "".join("".join(r) + "  " for r in runs)[-N_MAX:]
    out.append({"args": [s], "large": True})

    for index, case in enumerate(out):
        (s,) = case["args"]
        assert 0 <= len(s) <= N_MAX and all(32 <= ord(c) <= 126 for c in s), index
        answer = _answer(s)
        if "expected" in case:
            assert case["expected"] == answer, index
        else:
            case["expected"] = answer
    return out

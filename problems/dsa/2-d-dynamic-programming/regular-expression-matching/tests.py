"""Regular Expression Matching cases: brute-checked random patterns, then 20-character traps."""
import random


def _pattern(rng, n, alphabet):
    p = ""
    while len(p) < n:
        c = rng.choice(alphabet + ".")
        if len(p) + 2 <= n and rng.random() < 0.4:
            p += c + "*"
        else:
            p += c
    return p


def cases():
    out = [
        # statement examples
        {"args": ["mooo", "mo*"], "expected": True, "sample": True},
        {"args": ["cab", "c.*x"], "expected": False, "sample": True},
        {"args": ["xy", "z*x.y*"], "expected": True, "sample": True},
        # hand-picked edges
        {"args": ["a", "a"], "expected": True},
        {"args": ["a", "b"], "expected": False},
        {"args": ["a", "."], "expected": True},
        {"args": ["ab", ".*"], "expected": True},
        {"args": ["aa", "a"], "expected": False},             # partial match is not enough
        {"args": ["a", "ab*"], "expected": True},
        {"args": ["a", "a*a"], "expected": True},
        {"args": ["aab", "c*a*b"], "expected": True},
        {"args": ["mississippi", "mis*is*p*."], "expected": False},
        {"args": ["ab", ".*c"], "expected": False},
        {"args": ["aaa", "ab*a*c*a"], "expected": True},
        {"args": ["abc", "a*"], "expected": False},
    ]

    rng = random.Random(10)
    for _ in range(12):  # small, brute-checked
        alphabet = rng.choice(["a", "ab", "abc"])
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        out.append({"args": [s, _pattern(rng, rng.randint(1, 8), alphabet)]})
    # large: many a* items against a long run of a's
    out.append({"args": ["a" * 20, "a*" * 9 + "b"], "large": True})
    out.append({"args": ["a" * 20, "a*" * 9 + "c"], "large": True})
    out.append({"args": ["a" * 19 + "b", "a*" * 9 + "c*"], "large": True})
    out.append({"args": ["a" * 20, ".*" * 9 + "b"], "large": True})
    out.append({"args": ["a" * 20, "a*.*" * 4 + "a*b"], "large": True})
    out.append({"args": ["a" * 20, "a*" * 10], "large": True})
    out.append({"args": ["ab" * 10, ".*" * 10], "large": True})
    for _ in range(3):
        s = "".join(rng.choice("ab") for _ in range(20))
        out.append({"args": [s, _pattern(rng, 20, "ab")], "large": True})

    for case in out:
        s, p = case["args"]
        assert 1 <= len(s) <= 20 and 1 <= len(p) <= 20 and p[0] != "*"
        assert all(p[k - 1] != "*" for k in range(1, len(p)) if p[k] == "*")
        assert case.get("large") or len(s) <= 11
    return out

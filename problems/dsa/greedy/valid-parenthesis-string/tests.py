"""Valid Parenthesis String cases: brute-checked short strings (at most 10 stars, so 3^10 readings),
then 100-character strings. Several large ones are false with ~45 stars that never go negative,
which a plain backtracking search explores in full."""
import random

N_MAX = 100
SMALL_MAX = 20
SMALL_STARS = 10


def _random(rng, n, star_rate):
    return "".join("*" if rng.random() < star_rate else rng.choice("()") for _ in range(n))


def _balanced(rng, pairs):
    out, depth, left = [], 0, pairs
    while left or depth:
        if left and (depth == 0 or rng.random() < 0.5):
            out.append("(")
            depth += 1
            left -= 1
        else:
            out.append(")")
            depth -= 1
    return "".join(out)


def _valid(rng, n, star_rate):
    """A balanced string with some brackets hidden behind stars and some extra stars: always true."""
    pairs = rng.randint(0, n // 2)
    chars = ["*" if rng.random() < star_rate else c for c in _balanced(rng, pairs)]
    while len(chars) < n:
        chars.insert(rng.randint(0, len(chars)), "*")
    return "".join(chars)


def _perturbed(rng, n, star_rate):
    """A valid string with one bracket flipped or one star replaced: often false."""
    chars = list(_valid(rng, n, star_rate))
    i = rng.randrange(n)
    chars[i] = rng.choice([c for c in "()*" if c != chars[i]] if chars[i] != "*" else "()")
    return "".join(chars)


def _fit_stars(rng, s):
    """Small cases must keep the brute's 3^stars affordable."""
    chars = list(s)
    stars = [i for i, c in enumerate(chars) if c == "*"]
    rng.shuffle(stars)
    for i in stars[SMALL_STARS:]:
        chars[i] = rng.choice("()")
    return "".join(chars)


def cases():
    out = [
        # statement examples
        {"args": ["(*)(*"], "expected": True, "sample": True},
        {"args": ["*(()"], "expected": False, "sample": True},
        {"args": ["**"], "expected": True, "sample": True},
        # hand-picked edges
        {"args": ["*"], "expected": True},
        {"args": ["("], "expected": False},
        {"args": [")"], "expected": False},
        {"args": ["()"], "expected": True},
        {"args": [")("], "expected": False},
        {"args": ["*)"], "expected": True},
        {"args": ["(*"], "expected": True},
        {"args": [")*"], "expected": False},
        {"args": ["*("], "expected": False},
        {"args": ["(*)("], "expected": False},       # a range that is allowed to go below 0 says true
        {"args": ["((*)"], "expected": True},
        {"args": ["(((*)"], "expected": False},
        {"args": ["))*("], "expected": False},        # closes before anything opens
        {"args": ["((**))()**"]},
        {"args": ["*()(())*()(()()((()("]},
        {"args": ["(" * 8 + "*" * 8], "expected": True},
        {"args": ["(" * 9 + "*" * 8], "expected": False},
        {"args": ["*" * 8 + ")" * 8], "expected": True},
        {"args": ["*" * 8 + ")" * 9], "expected": False},
    ]

    rng = random.Random(678)
    for _ in range(6):  # small random, brute-checked
        n = rng.randint(1, SMALL_MAX)
        out.append({"args": [_fit_stars(rng, _random(rng, n, rng.choice([0.1, 0.3, 0.5])))]})
    for _ in range(4):
        n = rng.randint(2, SMALL_MAX)
        out.append({"args": [_fit_stars(rng, _valid(rng, n, rng.choice([0.1, 0.3])))]})
    for _ in range(6):
        n = rng.randint(2, SMALL_MAX)
        out.append({"args": [_fit_stars(rng, _perturbed(rng, n, rng.choice([0.1, 0.3])))]})

    # maximum size
    n = N_MAX
    out.append({"args": ["(" * 55 + "*" * 45], "large": True})             # false: 10 left open
    out.append({"args": ["*" * 49 + "(" * 51], "large": True})             # false: nothing can close
    out.append({"args": ["(" * 30 + "*" * 45 + ")" * 25], "large": True})  # true: 5 stars close
    out.append({"args": ["(" * 4 + "*" * 45 + ")" * 51], "large": True})   # false: one ')' too many
    out.append({"args": ["(" * 50 + "*" * 50], "large": True})             # true
    out.append({"args": ["*" * n], "large": True})
    out.append({"args": ["(*" * (n // 2)], "large": True})
    out.append({"args": ["*)" * (n // 2)], "large": True})
    out.append({"args": ["(*)" * 33 + "("], "large": True})
    out.append({"args": [")" + "*" * (n - 1)], "large": True})
    out.append({"args": ["(" * 50 + ")" * 50], "large": True})
    out.append({"args": ["(" * 34 + "*" * 33 + ")" * 33], "large": True})
    out.append({"args": [_valid(rng, n, 0.2)], "large": True})
    out.append({"args": [_perturbed(rng, n, 0.2)], "large": True})
    out.append({"args": [_perturbed(rng, n, 0.4)], "large": True})
    out.append({"args": [_random(rng, n, 0.4)], "large": True})

    for case in out:
        (s,) = case["args"]
        assert 1 <= len(s) <= N_MAX and set(s) <= set("()*")
        if case.get("large"):
            assert len(s) == N_MAX
        else:
            assert len(s) <= SMALL_MAX and s.count("*") <= SMALL_STARS
    return out

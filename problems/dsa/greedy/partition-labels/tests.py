"""Partition Labels cases: brute-checked short strings, then 500-letter strings."""
import random
import string

N_MAX = 500
SMALL_MAX = 40
LETTERS = string.ascii_lowercase


def _random(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _blocks(rng, n, sizes):
    """Consecutive blocks over disjoint alphabets, each block shuffled: many legal cuts."""
    letters = list(LETTERS)
    rng.shuffle(letters)
    out, used = [], 0
    for b, size in enumerate(sizes):
        spare = 26 - used - (len(sizes) - b - 1)  # leave at least one letter per later block
        k = rng.randint(1, max(1, min(size, 4, spare)))
        alphabet = letters[used:used + k]
        used += k
        block = alphabet + [rng.choice(alphabet) for _ in range(size - len(alphabet))]
        rng.shuffle(block)
        out.append("".join(block))
    s = "".join(out)
    assert len(s) == n and used <= 26
    return s


def _split(rng, n, parts):
    cuts = sorted(rng.sample(range(1, n), parts - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [n])]


def cases():
    out = [
        # statement examples
        {"args": ["caabcdeedf"], "expected": [5, 4, 1], "sample": True},
        {"args": ["hello"], "expected": [1, 1, 2, 1], "sample": True},
        {"args": ["abcab"], "expected": [5], "sample": True},
        # hand-picked edges
        {"args": ["z"], "expected": [1]},
        {"args": ["aa"], "expected": [2]},
        {"args": ["ab"], "expected": [1, 1]},
        {"args": [LETTERS], "expected": [1] * 26},
        {"args": ["abba"], "expected": [4]},
        {"args": ["aabbcc"], "expected": [2, 2, 2]},
        {"args": ["abcdefa"], "expected": [7]},
        {"args": ["abacbd"], "expected": [5, 1]},         # the piece grows twice before it closes
        {"args": ["xyzzyxq"], "expected": [6, 1]},
        {"args": ["abcbcad"]},                            # a short letter inside a long one
        {"args": ["eaaaabaaec"]},                         # a later letter pushes the end further
        {"args": ["dcbaabcd"]},
        {"args": ["abcdcbaefgfe"]},
    ]

    rng = random.Random(763)
    for _ in range(8):  # small random, brute-checked
        n = rng.randint(1, 18)
        out.append({"args": [_random(rng, n, LETTERS[:rng.choice([2, 4, 8, 26])])]})
    for _ in range(6):  # small block-structured, brute-checked
        n = rng.randint(4, SMALL_MAX)
        parts = rng.randint(2, min(6, n))
        out.append({"args": [_blocks(rng, n, _split(rng, n, parts))]})

    # maximum size
    n = N_MAX
    out.append({"args": ["q" * n], "large": True})
    out.append({"args": [(LETTERS * 20)[:n]], "large": True})                      # one piece
    out.append({"args": ["".join(sorted(_random(rng, n, LETTERS)))], "large": True})  # 26 runs
    out.append({"args": [_random(rng, n, LETTERS)], "large": True})
    out.append({"args": ["a" + _random(rng, n - 2, LETTERS[1:]) + "a"], "large": True})
    out.append({"args": [_blocks(rng, n, [20] * 25)], "large": True})
    out.append({"args": [_blocks(rng, n, [100] * 5)], "large": True})
    out.append({"args": [_blocks(rng, n, _split(rng, n, 12))], "large": True})
    half = "".join(LETTERS[:13])
    out.append({"args": [(half * 20)[:250] + ("".join(LETTERS[13:]) * 20)[:250]], "large": True})

    for case in out:
        (s,) = case["args"]
        assert 1 <= len(s) <= N_MAX and set(s) <= set(LETTERS)
        assert case.get("large") or len(s) <= SMALL_MAX
    return out

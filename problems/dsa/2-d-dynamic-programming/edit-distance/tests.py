"""Edit Distance cases: brute-checked short words, then words of up to 500 letters."""
import random
import string

N_MAX = 500
LOWER = string.ascii_lowercase


def _word(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _mutate(rng, word, edits):
    w = list(word)
    for _ in range(edits):
        op = rng.randrange(3)
        if op == 0 and len(w) < N_MAX:
            w.insert(rng.randint(0, len(w)), rng.choice(LOWER))
        elif op == 1 and w:
            del w[rng.randrange(len(w))]
        elif w:
            w[rng.randrange(len(w))] = rng.choice(LOWER)
    return "".join(w)


def cases():
    out = [
        # statement examples
        {"args": ["kitten", "sitting"], "expected": 3, "sample": True},
        {"args": ["", "abc"], "expected": 3, "sample": True},
        {"args": ["flaw", "lawn"], "expected": 2, "sample": True},
        # hand-picked edges
        {"args": ["", ""], "expected": 0},
        {"args": ["abc", ""], "expected": 3},
        {"args": ["a", "a"], "expected": 0},
        {"args": ["a", "b"], "expected": 1},
        {"args": ["horse", "ros"], "expected": 3},
        {"args": ["abcdef", "abcdef"], "expected": 0},
        {"args": ["abcd", "dcba"], "expected": 4},
        {"args": ["aaaa", "aa"], "expected": 2},
        {"args": ["ab", "ba"], "expected": 2},
        {"args": ["xyz", "abc"], "expected": 3},
        {"args": ["intention", "execution"], "expected": 5},
    ]

    rng = random.Random(72)
    for _ in range(10):  # small, brute-checked
        alphabet = rng.choice(["ab", "abc", LOWER])
        out.append({"args": [_word(rng, rng.randint(0, 6), alphabet), _word(rng, rng.randint(0, 6), alphabet)]})
    # large
    out.append({"args": ["", _word(rng, N_MAX, LOWER)], "large": True})
    out.append({"args": [_word(rng, N_MAX, LOWER), "q"], "large": True})
    out.append({"args": [_word(rng, N_MAX, LOWER), _word(rng, N_MAX, LOWER)], "large": True})
    out.append({"args": [_word(rng, N_MAX, "ab"), _word(rng, N_MAX, "ab")], "large": True})
    out.append({"args": ["a" * N_MAX, "b" * N_MAX], "large": True})
    out.append({"args": ["a" * N_MAX, "a" * (N_MAX - 1)], "large": True})
    base = _word(rng, N_MAX, LOWER)
    out.append({"args": [base, _mutate(rng, base, 10)], "large": True})
    base = _word(rng, 480, "abc")
    out.append({"args": [base, _mutate(rng, base, 60)], "large": True})
    out.append({"args": [_word(rng, 30, LOWER), _word(rng, 25, LOWER)], "large": True})

    for case in out:
        w1, w2 = case["args"]
        assert len(w1) <= N_MAX and len(w2) <= N_MAX and set(w1 + w2) <= set(LOWER)
        assert case.get("large") or len(w1) <= 9 and len(w2) <= 9
    return out

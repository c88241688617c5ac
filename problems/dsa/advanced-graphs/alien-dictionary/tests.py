"""Alien Dictionary cases: 1..100 words of length 1..100 over lowercase letters."""
import random

N_MAX = 100
L_MAX = 100


def _sorted_words(rng, count, letters, max_len, dup=0.0):
    """Random words over `letters`, sorted by a random alien order (always consistent)."""
    alphabet = list(letters)
    rng.shuffle(alphabet)
    rank = {ch: i for i, ch in enumerate(alphabet)}
    words = []
    for _ in range(count):
        if words and rng.random() < dup:
            base = rng.choice(words)
            cut = rng.randint(0, len(base))
            w = base[:cut] + "".join(rng.choice(letters) for _ in range(rng.randint(1 if cut == 0 else 0, 3)))
            w = w[:max_len] or base
        else:
            w = "".join(rng.choice(letters) for _ in range(rng.randint(1, max_len)))
        words.append(w)
    words.sort(key=lambda w: [rank[c] for c in w])
    return words


def _swap_adjacent(rng, words):
    """Swap two neighbouring distinct words: usually creates a contradiction."""
    words = words[:]
    for _ in range(100):
        i = rng.randrange(len(words) - 1)
        if words[i] != words[i + 1]:
            words[i], words[i + 1] = words[i + 1], words[i]
            break
    return words


def _chain_order(letters):
    """Words that pin down a complete order of the letters: a, b, c... as single-letter words."""
    return list(letters)


def cases():
    out = [
        {"args": [["bca", "bcd", "bdc", "ab"]], "expected": "bcad", "sample": True},
        {"args": [["yx", "xy", "yz"]], "expected": "", "sample": True},
        {"args": [["dog", "do"]], "expected": "", "sample": True},
        {"args": [["z"]]},
        {"args": [["abc"]]},                                  # one word: any order of a, b, c
        {"args": [["a", "a"]]},
        {"args": [["do", "dog"]]},                            # prefix first: fine, no rule
        {"args": [["z", "x", "z"]]},                          # z < x and x < z
        {"args": [["ab", "adc"]]},
        {"args": [["wrt", "wrf", "er", "ett", "rftt"]]},
        {"args": [["ac", "ab", "zc", "zb"]]},
        {"args": [["abc", "ab"]]},                            # longer word before its prefix
        {"args": [["a", "b", "ca", "cc"]]},
        {"args": [["zy", "zx"]]},
        {"args": [["aba", "bba", "aaa"]]},                    # a < b then b < a
        {"args": [_chain_order("qwertyuiopasdfghjklzxcvbnm")]},
    ]
    rng = random.Random(269)
    letters26 = "abcdefghijklmnopqrstuvwxyz"
    for count, k, max_len, dup in ((5, 4, 3, 0.3), (8, 5, 4, 0.5), (10, 6, 5, 0.5), (15, 8, 6, 0.6),
                                   (20, 10, 8, 0.6), (30, 26, 5, 0.7), (50, 12, 10, 0.8)):
        letters = "".join(rng.sample(letters26, k))
        words = _sorted_words(rng, count, letters, max_len, dup)
        out.append({"args": [words]})
        out.append({"args": [_swap_adjacent(rng, words)]})
    big = []
    for k, max_len, dup in ((26, L_MAX, 0.9), (26, L_MAX, 0.95), (5, L_MAX, 0.9), (26, 10, 0.8)):
        words = _sorted_words(rng, N_MAX, "".join(rng.sample(letters26, k)), max_len, dup)
        big.append(words)
    big.append(_swap_adjacent(rng, big[0]))
    big.append([("a" * (L_MAX - 1)) + "b", "a" * L_MAX] + ["a" * L_MAX] * (N_MAX - 2))
    out += [{"args": [w], "large": True} for w in big]
    for case in out:
        (words,) = case["args"]
        assert 1 <= len(words) <= N_MAX
        assert all(1 <= len(w) <= L_MAX and w.isalpha() and w.islower() for w in words)
    return out

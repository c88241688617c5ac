"""Group Anagrams cases: groups and the words inside them may be in any order."""
import random
import string

N_MAX = 10**4
K_MAX = 100
LETTERS = string.ascii_lowercase


def _word(rng, length, alphabet=LETTERS):
    return "".join(rng.choice(alphabet) for _ in range(length))


def _shuffled(rng, word):
    chars = list(word)
    rng.shuffle(chars)
    return "".join(chars)


def _from_bases(rng, bases, n):
    """n words, each a random rearrangement of a random base word (every base used at least once
    when n allows)."""
    picks = list(bases) + [rng.choice(bases) for _ in range(n - len(bases))]
    rng.shuffle(picks)
    return [_shuffled(rng, b) for b in picks[:n]]


def cases():
    out = [
        # statement examples
        {"args": [["rat", "star", "cheese", "tar", "tars", "art"]],
         "expected": [["rat", "tar", "art"], ["star", "tars"], ["cheese"]], "sample": True},
        {"args": [["", "b", ""]], "expected": [["", ""], ["b"]], "sample": True},
        {"args": [["ab", "ba", "ab"]], "expected": [["ab", "ba", "ab"]], "sample": True},
        # hand-picked edges
        {"args": [["q"]], "expected": [["q"]]},
        {"args": [[""]], "expected": [[""]]},
        {"args": [["", "", ""]], "expected": [["", "", ""]]},
        {"args": [["aab", "abb", "bab", "baa"]], "expected": [["aab", "baa"], ["abb", "bab"]]},
        {"args": [["ad", "bc", "da"]], "expected": [["ad", "da"], ["bc"]]},
        {"args": [["xyz"] * 5], "expected": [["xyz"] * 5]},
        {"args": [list(LETTERS)], "expected": [[c] for c in LETTERS]},
        {"args": [["abc", "cba", "bca", "cab", "acb", "bac"]],
         "expected": [["abc", "cba", "bca", "cab", "acb", "bac"]]},
        {"args": [["ab", "abc", "ba", "cab", "a"]], "expected": [["ab", "ba"], ["abc", "cab"], ["a"]]},
        {"args": [["a" * 100, "a" * 99 + "b", "b" + "a" * 99]],
         "expected": [["a" * 100], ["a" * 99 + "b", "b" + "a" * 99]]},
        {"args": [["ac", "bb", "ca", "b", "bb"]], "expected": [["ac", "ca"], ["bb", "bb"], ["b"]]},
    ]
    rng = random.Random(49)
    for _ in range(6):  # small words over a tiny alphabet: many collisions, brute-checked
        n = rng.randint(1, 30)
        out.append({"args": [[_word(rng, rng.randint(0, 4), "abc") for _ in range(n)]]})
    for _ in range(3):
        bases = [_word(rng, rng.randint(0, 12)) for _ in range(rng.randint(1, 15))]
        out.append({"args": [_from_bases(rng, bases, rng.randint(len(bases), 80))]})
    out.append({"args": [[_word(rng, rng.randint(0, K_MAX)) for _ in range(300)]]})

    # maximum size
    bases = list({_word(rng, K_MAX) for _ in range(N_MAX // 2)})
    out.append({"args": [_from_bases(rng, bases, N_MAX)], "large": True})  # ~5000 pairs
    out.append({"args": [[_word(rng, rng.randint(0, K_MAX)) for _ in range(N_MAX)]],
                "large": True})  # almost all singletons
    bases = [_word(rng, K_MAX, LETTERS[:rng.randint(2, 26)]) for _ in range(20)]
    out.append({"args": [_from_bases(rng, bases, N_MAX)], "large": True})  # 20 big groups
    out.append({"args": [[_word(rng, rng.randint(1, 3), "ab") for _ in range(N_MAX)]],
                "large": True})  # tiny words, heavy repetition

    for index, case in enumerate(out):
        (strs,) = case["args"]
        assert 1 <= len(strs) <= N_MAX, index
        assert all(len(w) <= K_MAX and set(w) <= set(LETTERS) for w in strs), index
        if "expected" in case:
            groups = case["expected"]
            assert sorted(w for g in groups for w in g) == sorted(strs), index
            keys = [sorted(g[0]) for g in groups]
            assert all(sorted(w) == k for g, k in zip(groups, keys) for w in g), index
            assert len({"".join(k) for k in keys}) == len(keys), index
    return out

"""Word Break cases. Small cases are brute-checked by exhaustive recursion; the large "aaa...ab" family
defeats any search without memoisation."""
import random
import string


def _random_words(rng, count, lo, hi, letters):
    words = set()
    while len(words) < count:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(lo, hi))))
    return sorted(words)


def _glue(rng, words, target_len):
    s = ""
    while len(s) < target_len:
        w = rng.choice(words)
        if len(s) + len(w) > target_len:
            break
        s += w
    return s or words[0]


def cases():
    out = [
        {"args": ["sunflowerseed", ["seed", "flower", "sun"]], "expected": True, "sample": True},
        {"args": ["tomtomtom", ["tom"]], "expected": True, "sample": True},
        {"args": ["catsandog", ["cats", "dog", "sand", "and", "cat"]], "expected": False, "sample": True},
        # hand-picked edges
        {"args": ["a", ["a"]], "expected": True},
        {"args": ["a", ["b"]], "expected": False},
        {"args": ["ab", ["abc"]], "expected": False},                  # word longer than s
        {"args": ["aaaaaaa", ["aaaa", "aaa"]], "expected": True},      # greedy-longest fails
        {"args": ["abcd", ["a", "abc", "b", "cd"]], "expected": True},  # greedy-longest fails
        {"args": ["cars", ["car", "ca", "rs"]], "expected": True},
        {"args": ["aabb", ["ab", "a", "b"]], "expected": True},
        {"args": ["abab", ["ba"]], "expected": False},                 # removal would glue "a"+"b"
        {"args": ["applepenapple", ["apple", "pen"]], "expected": True},
        {"args": ["goalspecial", ["go", "goal", "goals", "special"]], "expected": True},
        {"args": ["bb", ["a", "b", "bbb", "bbbb"]], "expected": True},
        {"args": ["x" * 20, ["x" * 20]], "expected": True},
    ]
    rng = random.Random(139)
    for _ in range(10):  # small random, brute-checked
        letters = rng.choice(["ab", "abc", "abcd"])
        words = _random_words(rng, rng.randint(1, 5), 1, 4, letters)
        s = _glue(rng, words, rng.randint(1, 14))
        if rng.random() < 0.5:
            pos = rng.randrange(len(s))
            s = s[:pos] + rng.choice(letters) + s[pos + 1:]
        out.append({"args": [s, words]})
    # maximum size
    run_words = ["a" * k for k in range(1, 21)]
    out.append({"args": ["a" * 299 + "b", run_words], "expected": False, "large": True})
    out.append({"args": ["b" + "a" * 299, run_words], "expected": False, "large": True})
    out.append({"args": ["a" * 150 + "b" + "a" * 149, run_words + ["ab"]], "expected": True, "large": True})
    out.append({"args": ["a" * 300, run_words], "expected": True, "large": True})
    big = _random_words(rng, 1000, 1, 20, string.ascii_lowercase)
    out.append({"args": [_glue(rng, big, 300), big], "large": True})
    small = _random_words(rng, 1000, 1, 20, "ab")
    out.append({"args": [_glue(rng, small, 300), small], "large": True})
    s = _glue(rng, small, 299) + "c"
    out.append({"args": [s, small], "expected": False, "large": True})
    for case in out:
        s, words = case["args"]
        assert 1 <= len(s) <= 300 and 1 <= len(words) <= 1000 and len(set(words)) == len(words)
        assert all(1 <= len(w) <= 20 and w.isalpha() and w.islower() for w in words)
        assert s.isalpha() and s.islower()
        if not case.get("large"):
            assert len(s) <= 20
    return out

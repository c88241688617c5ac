"""Valid Palindrome cases; expected values are recomputed below from the cleaned string."""
import random
import string

N_MAX = 2 * 10**5
ALNUM = string.ascii_letters + string.digits
SYMBOLS = "".join(chr(c) for c in range(32, 127) if not chr(c).isalnum())


def _clean(s):
    return [c.lower() for c in s if c.isalnum()]


def _random_case(rng, c):
    return c.upper() if c.isalpha() and rng.random() < 0.5 else c


def _sprinkle(rng, core, total, symbol_rate):
    """Randomise letter case in core and insert symbols until the text has `total` characters."""
    chars = [_random_case(rng, c) for c in core]
    extra = max(0, total - len(chars))
    slots = sorted(rng.randrange(len(chars) + 1) for _ in range(extra)) if symbol_rate else []
    out, j = [], 0
    for i, c in enumerate(chars):
        while j < len(slots) and slots[j] == i:
            out.append(rng.choice(SYMBOLS))
            j += 1
        out.append(c)
    out.extend(rng.choice(SYMBOLS) for _ in range(len(slots) - j))
    return "".join(out)


def _palindrome_core(rng, length, alphabet=string.ascii_lowercase + string.digits):
    half = [rng.choice(alphabet) for _ in range(length // 2)]
    middle = [rng.choice(alphabet)] if length % 2 else []
    return half + middle + half[::-1]


def cases():
    out = [
        # statement examples
        {"args": ["Was it a car or a cat I saw?"], "expected": True, "sample": True},
        {"args": ["Palin, drome"], "expected": False, "sample": True},
        {"args": ["?! ..."], "expected": True, "sample": True},
        # hand-picked edges
        {"args": ["a"]},                                  # single character
        {"args": [" "]},                                  # single symbol
        {"args": ["1a2"]},                                # digits count: not a palindrome
        {"args": ["7x"]},
        {"args": ["12,21"]},                              # digits only, palindrome
        {"args": ["Aa"]},                                 # case must be ignored
        {"args": ["No 'x' in Nixon"]},
        {"args": ["ab"]},
        {"args": [".,a,,,.b"]},                           # symbols crowd one side
        {"args": ["0P0"]},
        {"args": ["xY!@#$%^&*()yX"]},
        {"args": ["race car 9"]},
        {"args": ["\"\\'\"~`a|a"]},                       # quotes and backslashes are symbols too
    ]
    rng = random.Random(125)
    for _ in range(5):  # small palindromes with noise, brute-checked
        core = _palindrome_core(rng, rng.randint(0, 20))
        out.append({"args": [_sprinkle(rng, core, len(core) + rng.randint(1, 10), True)]})
    for _ in range(4):  # small near-palindromes: one character changed
        core = _palindrome_core(rng, rng.randint(2, 20))
        i = rng.randrange(len(core))
        core[i] = rng.choice([c for c in string.ascii_lowercase + string.digits if c != core[i]])
        out.append({"args": [_sprinkle(rng, core, len(core) + rng.randint(0, 10), True)]})
    out.append({"args": ["".join(rng.choice(ALNUM + SYMBOLS) for _ in range(500))]})
    core = _palindrome_core(rng, 3000, "ab")
    out.append({"args": [_sprinkle(rng, core, 4000, True)]})

    # maximum size: long palindromes make front-of-list removal quadratic
    core = _palindrome_core(rng, 190_000)
    out.append({"args": [_sprinkle(rng, core, N_MAX, True)], "large": True})
    core = _palindrome_core(rng, N_MAX, string.ascii_letters + string.digits)
    out.append({"args": [_sprinkle(rng, core, N_MAX, False)], "large": True})
    core = _palindrome_core(rng, N_MAX - 1, "Zz9")
    out.append({"args": [_sprinkle(rng, core, N_MAX - 1, False)], "large": True})
    core = _palindrome_core(rng, 180_000)
    mid = len(core) // 2
    core[mid - 1], core[mid + 1] = "q", "7"  # mismatch right in the middle: found last
    out.append({"args": [_sprinkle(rng, core, N_MAX, True)], "large": True})
    out.append({"args": ["".join(rng.choice(SYMBOLS) for _ in range(N_MAX))], "large": True})
    out.append({"args": ["b" + "a" * (N_MAX - 2) + "c"], "large": True})  # fails at once

    for index, case in enumerate(out):
        (s,) = case["args"]
        assert 1 <= len(s) <= N_MAX and all(32 <= ord(c) <= 126 for c in s), index
        cleaned = _clean(s)
        answer = cleaned == cleaned[::-1]
        if "expected" in case:
            assert case["expected"] == answer, index
        else:
            case["expected"] = answer
    return out

"""Implement Trie cases: operation sequences; the expected outputs come from the reference."""
import random
import string

MAX_CALLS = 3 * 10**4
MAX_LEN = 2000


def _word(rng, lo, hi, alphabet=string.ascii_lowercase):
    return "".join(rng.choices(alphabet, k=rng.randint(lo, hi)))


def _sequence(rng, calls, lo, hi, alphabet=string.ascii_lowercase, weights=(4, 3, 3)):
    """Random inserts and queries. Queries are drawn from inserted words, their prefixes, their
    one-letter extensions and fresh random strings, so every answer occurs often."""
    ops, args, words = ["Trie"], [[]], []
    for _ in range(calls):
        op = "insert" if not words else rng.choices(("insert", "search", "startsWith"), weights)[0]
        if op == "insert":
            base = rng.choice(words) if words and rng.random() < 0.15 else ""
            w = base[:-1] or _word(rng, lo, hi, alphabet)  # sometimes a prefix of a known word
            words.append(w)
            arg = w
        else:
            base, r = rng.choice(words), rng.random()
            if r < 0.3:
                arg = base
            elif r < 0.6:
                arg = base[:rng.randint(1, len(base))]
            elif r < 0.8:
                arg = base + rng.choice(alphabet)
            else:
                arg = _word(rng, lo, hi, alphabet)
            arg = arg[:MAX_LEN]
        ops.append(op)
        args.append([arg])
    return {"ops": ops, "args": args}


def _case(ops, args, expected=None, sample=False):
    case = {"ops": ops, "args": args}
    if expected is not None:
        case["expected"] = expected
    if sample:
        case["sample"] = True
    return case


def cases():
    out = [
        # statement examples
        _case(["Trie", "insert", "search", "startsWith", "insert", "search", "search"],
              [[], ["card"], ["car"], ["car"], ["car"], ["car"], ["cards"]],
              [None, None, False, True, None, True, False], sample=True),
        _case(["Trie", "insert", "insert", "startsWith", "search", "search", "startsWith"],
              [[], ["bee"], ["been"], ["bee"], ["be"], ["been"], ["beet"]],
              [None, None, None, True, False, True, False], sample=True),
        _case(["Trie", "insert", "search", "startsWith", "search", "startsWith"],
              [[], ["q"], ["q"], ["q"], ["qu"], ["u"]],
              [None, None, True, True, False, False], sample=True),
        # hand-picked edges
        _case(["Trie", "search", "startsWith"], [[], ["a"], ["a"]], [None, False, False]),  # empty
        _case(["Trie", "insert", "insert", "search", "startsWith"],               # duplicate insert
              [[], ["apple"], ["apple"], ["apple"], ["apple"]], [None, None, None, True, True]),
        _case(["Trie", "insert", "search", "search", "startsWith", "startsWith"],  # longer than word
              [[], ["ab"], ["abc"], ["a"], ["abc"], ["b"]], [None, None, False, False, False, False]),
        _case(["Trie", "insert", "insert", "search", "search", "startsWith", "search"],
              [[], ["ab"], ["ba"], ["ab"], ["aa"], ["bb"], ["ba"]],             # same letters, other order
              [None, None, None, True, False, False, True]),
        _case(["Trie", "insert", "insert", "insert", "search", "search", "search", "search"],
              [[], ["a"], ["aa"], ["aaa"], ["a"], ["aa"], ["aaa"], ["aaaa"]],     # nested words
              [None, None, None, None, True, True, True, False]),
        _case(["Trie", "insert", "startsWith", "startsWith", "search"],
              [[], ["zzz"], ["z"], ["zz"], ["zz"]], [None, None, True, True, False]),
        _case(["Trie", "search", "insert", "search", "startsWith"],              # query before insert
              [[], ["cat"], ["cat"], ["cat"], ["ca"]], [None, False, None, True, True]),
        _case(["Trie", "insert", "startsWith", "search"],                          # maximum length
              [[], ["k" * MAX_LEN], ["k" * (MAX_LEN - 1)], ["k" * (MAX_LEN - 1)]],
              [None, None, True, False]),
    ]
    rng = random.Random(208)
    for calls, lo, hi, alphabet in ((10, 1, 3, "ab"), (30, 1, 4, "abc"), (60, 1, 6, "ab"),
                                    (100, 1, 8, "xyz"), (300, 1, 10, string.ascii_lowercase),
                                    (1000, 1, 5, "abcd"), (2000, 3, 12, string.ascii_lowercase)):
        out.append(_sequence(rng, calls, lo, hi, alphabet))
    out.append(_sequence(rng, 200, 100, 400, "ab"))                      # long words, deep trie

    # maximum size: 3 * 10^4 calls
    big = [_sequence(rng, MAX_CALLS, 1, 12)]
    # 10^4 words, then 2 * 10^4 prefix queries, most matching nothing (a scan of every word each)
    ops, args = ["Trie"], [[]]
    words = [_word(rng, 4, 10) for _ in range(10**4)]
    for w in words:
        ops.append("insert")
        args.append([w])
    for _ in range(2 * 10**4):
        ops.append("startsWith")
        args.append([rng.choice(words)[:3] + rng.choice("aeiou") + _word(rng, 0, 2)])
    big.append({"ops": ops, "args": args})
    # long words sharing long prefixes
    stems = [_word(rng, 1000, MAX_LEN - 100, "abc") for _ in range(20)]
    ops, args = ["Trie"], [[]]
    for _ in range(400):
        stem = rng.choice(stems)
        w = stem[:rng.randint(1, len(stem))] + _word(rng, 0, 50, "abc")
        ops.append(rng.choice(("insert", "insert", "search", "startsWith")))
        args.append([w])
    big.append({"ops": ops, "args": args})
    for case in big:
        case["large"] = True
    out += big

    for case in out:
        ops, args = case["ops"], case["args"]
        assert ops[0] == "Trie" and args[0] == [] and len(ops) - 1 <= MAX_CALLS
        for op, (s,) in zip(ops[1:], args[1:]):
            assert op in ("insert", "search", "startsWith")
            assert 1 <= len(s) <= MAX_LEN and s.isascii() and s.isalpha() and s.islower()
    return out

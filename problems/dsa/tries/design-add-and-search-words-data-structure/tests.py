"""Add and Search Words cases: operation sequences; the expected outputs come from the reference."""
import random
import string

MAX_CALLS = 10**4
MAX_LEN = 25
MAX_DOTS = 2


def _word(rng, lo, hi, alphabet=string.ascii_lowercase):
    return "".join(rng.choices(alphabet, k=rng.randint(lo, hi)))


def _dotted(rng, w, dots):
    """w with `dots` distinct positions (as many as fit) replaced by '.'."""
    chars = list(w)
    for i in rng.sample(range(len(chars)), min(dots, len(chars))):
        chars[i] = "."
    return "".join(chars)


def _pattern(rng, words, lo, hi, alphabet):
    """A query built from a stored word (as is, dotted, with a letter changed, shortened or
    lengthened) or a fresh random string, so that hits and misses both occur often."""
    base, r = rng.choice(words), rng.random()
    if r < 0.5:
        p = base
    elif r < 0.7:  # change one letter, then maybe dot other positions
        i = rng.randrange(len(base))
        p = base[:i] + rng.choice(alphabet) + base[i + 1:]
    elif r < 0.8:
        p = base[:rng.randint(1, len(base))]
    elif r < 0.9:
        p = (base + rng.choice(alphabet))[:MAX_LEN]
    else:
        p = _word(rng, lo, hi, alphabet)
    return _dotted(rng, p, rng.choice((0, 1, 1, 2, 2)))


def _sequence(rng, calls, lo, hi, alphabet=string.ascii_lowercase, weights=(4, 6)):
    ops, args, words = ["WordDictionary"], [[]], []
    for _ in range(calls):
        op = "addWord" if not words else rng.choices(("addWord", "search"), weights)[0]
        if op == "addWord":
            w = _word(rng, lo, hi, alphabet)
            words.append(w)
        else:
            w = _pattern(rng, words, lo, hi, alphabet)
        ops.append(op)
        args.append([w])
    return {"ops": ops, "args": args}


def _case(ops, args, expected=None, sample=False):
    case = {"ops": ops, "args": args}
    if expected is not None:
        case["expected"] = expected
    if sample:
        case["sample"] = True
    return case


def _adds_then(words, queries, expected=None):
    ops = ["WordDictionary"] + ["addWord"] * len(words) + ["search"] * len(queries)
    args = [[]] + [[w] for w in words] + [[q] for q in queries]
    if expected is not None:
        expected = [None] * (1 + len(words)) + expected
    return _case(ops, args, expected)


def cases():
    W = "WordDictionary"
    out = [
        # statement examples
        _case([W, "addWord", "addWord", "addWord", "search", "search", "search", "search"],
              [[], ["lamp"], ["lame"], ["lime"], ["l.me"], ["lam"], ["..mp"], ["lim.."]],
              [None, None, None, None, True, False, True, False], sample=True),
        _case([W, "addWord", "search", "search", "search", "search"],
              [[], ["ox"], [".."], ["."], ["o."], ["o.."]],
              [None, None, True, False, True, False], sample=True),
        _case([W, "search", "addWord", "search", "search"],
              [[], ["c.t"], ["cat"], ["c.t"], [".a"]],
              [None, False, None, True, False], sample=True),
        # hand-picked edges
        _case([W, "search", "search"], [[], ["."], ["a"]], [None, False, False]),  # empty dictionary
        _adds_then(["a"], [".", "a", "b", "..", "a."], [True, True, False, False, False]),
        _adds_then(["cart"], ["ca.", "car.", "cart.", ".art", "c..t", "c..", "cart"],  # prefixes
                   [False, True, False, True, True, False, True]),
        _adds_then(["bit", "bad"], ["b.d", ".ad", "..d", "b.t", "b.g"],     # second branch of a dot
                   [True, True, True, True, False]),
        _adds_then(["ab", "abc"], ["ab.", "a.", "a..", ".bc", "..c", "abc."],
                   [True, True, True, True, True, False]),
        _case([W, "addWord", "addWord", "search", "search"],                 # duplicate add
              [[], ["moon"], ["moon"], ["mo.n"], ["moo"]], [None, None, None, True, False]),
        _adds_then(["aaa", "aab", "aba", "baa"], ["..a", ".bb", "b..", "a.b", "..c", ".a."],
                   [True, False, True, True, False, True]),
        _adds_then(["z" * MAX_LEN, "y" * (MAX_LEN - 1)],                    # maximum length
                   ["." + "z" * (MAX_LEN - 2) + ".", "z" * (MAX_LEN - 1), "." + "y" * (MAX_LEN - 2),
                    "y" * (MAX_LEN - 2) + "z", "z" * MAX_LEN],
                   [True, False, True, False, True]),
        _case([W, "addWord", "search", "addWord", "search", "search"],       # answer changes
              [[], ["pen"], ["p.t"], ["pet"], ["p.t"], ["pe."]], [None, None, False, None, True, True]),
    ]
    rng = random.Random(211)
    for calls, lo, hi, alphabet in ((10, 1, 3, "ab"), (30, 1, 4, "abc"), (60, 1, 5, "ab"),
                                    (100, 1, 6, "xyz"), (300, 1, 8, string.ascii_lowercase),
                                    (1000, 1, 4, "abcd"), (2000, 3, 10, string.ascii_lowercase),
                                    (500, MAX_LEN - 3, MAX_LEN, "ab")):
        out.append(_sequence(rng, calls, lo, hi, alphabet))

    # maximum size: 10^4 calls
    big = [_sequence(rng, MAX_CALLS, 1, MAX_LEN), _sequence(rng, MAX_CALLS, 2, 8, "abcde")]
    # 5000 words of the same length, then 5000 patterns that almost all miss: a scan of the word
    # list visits every word for each of them
    words = [_word(rng, MAX_LEN, MAX_LEN) for _ in range(MAX_CALLS // 2)]
    queries = []
    for _ in range(MAX_CALLS // 2):
        base = rng.choice(words)
        i = rng.randrange(MAX_LEN // 2, MAX_LEN)
        q = base[:i] + rng.choice(string.ascii_lowercase) + base[i + 1:]
        queries.append(_dotted(rng, q, rng.choice((0, 1, 2))))
    big.append(_adds_then(words, queries))
    # a dense trie: dots at the front fan out over many branches that share long tails
    tails = [_word(rng, 20, 20, "ab") for _ in range(8)]
    words = [a + b + rng.choice(tails) for a in string.ascii_lowercase for b in "abcdefghij"]
    queries = [".." + rng.choice(tails)[:-1] + rng.choice("abc") for _ in range(600)]
    big.append(_adds_then(words, queries))
    for case in big:
        case["large"] = True
    out += big

    for case in out:
        ops, args = case["ops"], case["args"]
        assert ops[0] == W and args[0] == [] and len(ops) - 1 <= MAX_CALLS
        for op, (s,) in zip(ops[1:], args[1:]):
            assert op in ("addWord", "search") and 1 <= len(s) <= MAX_LEN and s.isascii()
            if op == "addWord":
                assert s.isalpha() and s.islower()
            else:
                assert set(s) <= set(string.ascii_lowercase + ".") and s.count(".") <= MAX_DOTS, s
    return out

"""TF-IDF cases: the samples, one document, a token in every document, empty documents, repeated
tokens, prefixes that sort before longer words, and seeded corpora drawn from a Zipf-like vocabulary."""
import random

WORDS = ("printer jam paper toner error code login password reset account locked email sync "
         "calendar invite vpn timeout slow laptop battery screen flicker driver update install "
         "license expired refund invoice billing charge twice crash startup freeze").split()


def _corpus(rng, n, max_len, vocab):
    weights = [1 / (r + 1) for r in range(len(vocab))]
    return [rng.choices(vocab, weights, k=rng.randint(0, max_len)) for _ in range(n)]


def cases():
    out = [
        {"args": [[["the", "cat", "sat"], ["the", "dog"], ["cat", "cat"]]], "sample": True},
        {"args": [[["spam", "spam", "ham"], []]], "sample": True},
        {"args": [[["solo"]]]},
        {"args": [[["a", "b", "a", "c"]]]},
        {"args": [[["x", "y"], ["x"], ["x", "x", "x"]]]},
        {"args": [[[], [], ["late"]]]},
        {"args": [[["ab", "a", "abc"], ["b", "ab"], ["abc"]]]},
        {"args": [[["reset", "password"], ["password", "reset"], ["reset", "reset", "password", "password"]]]},
        {"args": [[["zeta", "alpha"], ["mu"], ["alpha", "omega", "zeta", "mu", "alpha"], ["beta"]]]},
        {"args": [[["word"] * 100, ["other"]]]},
    ]
    rng = random.Random(777)
    for _ in range(8):
        vocab = rng.sample(WORDS, rng.randint(2, len(WORDS)))
        out.append({"args": [_corpus(rng, rng.randint(1, 15), rng.randint(1, 12), vocab)]})
    big_vocab = sorted({w + s for w in WORDS for s in ("", "s", "ed", "ing")})
    out.append({"args": [_corpus(rng, 600, 100, big_vocab)], "large": True})
    out.append({"args": [_corpus(rng, 500, 60, WORDS)], "large": True})
    for case in out:
        (docs,) = case["args"]
        vocab = {t for d in docs for t in d}
        assert 1 <= len(docs) <= 1000 and all(len(d) <= 100 for d in docs) and vocab
        assert all(t.isalpha() and t.islower() and t.isascii() for t in vocab)
        assert len(docs) * len(vocab) <= 10**5
    return out

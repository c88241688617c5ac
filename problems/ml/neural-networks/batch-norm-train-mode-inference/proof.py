"""Which mechanism reproduces all three production symptoms? Each is simulated on a small network.

Network: 8 inputs -> linear (16) -> batch norm -> ReLU -> linear -> score, random fixed weights
(gamma, beta random too). Running statistics are accumulated over 200 training batches with
momentum 0.1, as a framework does, unless a mechanism changes that. Mechanisms (the options):

(a) batch norm left in training mode at inference: normalise with the current batch's statistics;
(b) running statistics accumulated with a tiny momentum (0.001), used in inference mode;
(c) inference-mode batch norm, but dropout (p = 0.3, after the ReLU) left active;
(d) inference-mode batch norm with running statistics from data shifted away from production's.

Symptoms: S1 the same image gets different scores in two different batches; S2 scoring the same
batch twice gives identical scores; S3 with batches of size 1, every image gets the same score.
The answer is the mechanism that shows all three.
"""
import numpy as np

EPS = 1e-5


class _Net:
    def __init__(self, rng):
        self.w1 = rng.normal(0, 0.5, (8, 16))
        self.gamma, self.beta = rng.uniform(0.5, 1.5, 16), rng.normal(0, 0.5, 16)
        self.w2 = rng.normal(0, 0.5, 16)
        self.mean, self.var = np.zeros(16), np.ones(16)

    def accumulate(self, batches, momentum):
        for xb in batches:
            z = xb @ self.w1
            self.mean = (1 - momentum) * self.mean + momentum * z.mean(axis=0)
            self.var = (1 - momentum) * self.var + momentum * z.var(axis=0)

    def score(self, xb, batch_stats=False, dropout_rng=None):
        z = xb @ self.w1
        mean, var = (z.mean(axis=0), z.var(axis=0)) if batch_stats else (self.mean, self.var)
        h = np.maximum(self.gamma * (z - mean) / np.sqrt(var + EPS) + self.beta, 0)
        if dropout_rng is not None:
            h = h * (dropout_rng.random(h.shape) >= 0.3) / 0.7
        return h @ self.w2


def _symptoms(score, rng):
    image = rng.normal(1.0, 1.0, (1, 8))
    batch1 = np.vstack([image, rng.normal(1.0, 1.0, (31, 8))])
    batch2 = np.vstack([image, rng.normal(1.0, 1.0, (31, 8)) + 0.8])
    s1 = not np.isclose(score(batch1)[0], score(batch2)[0])
    s2 = np.array_equal(score(batch1), score(batch1))
    singles = [score(rng.normal(1.0, 1.0, (1, 8)))[0] for _ in range(10)]
    s3 = bool(np.allclose(singles, singles[0]))
    return s1, s2, s3


def prove():
    rng = np.random.default_rng(22)
    train = [rng.normal(1.0, 1.0, (32, 8)) for _ in range(200)]
    shifted = [xb + 2.0 for xb in train]
    normal, slow, drifted = _Net(np.random.default_rng(1)), _Net(np.random.default_rng(1)), _Net(np.random.default_rng(1))
    normal.accumulate(train, 0.1)
    slow.accumulate(train, 0.001)
    drifted.accumulate(shifted, 0.1)
    drop_rng = np.random.default_rng(3)
    mechanisms = {
        "a": lambda xb: normal.score(xb, batch_stats=True),
        "b": lambda xb: slow.score(xb),
        "c": lambda xb: normal.score(xb, dropout_rng=drop_rng),
        "d": lambda xb: drifted.score(xb),
    }
    found = {k: _symptoms(f, np.random.default_rng(5)) for k, f in mechanisms.items()}
    # inference mode done right shows none of the symptoms that depend on the batch
    assert _symptoms(lambda xb: normal.score(xb), np.random.default_rng(5))[0] is False
    return [k for k, s in found.items() if all(s)]

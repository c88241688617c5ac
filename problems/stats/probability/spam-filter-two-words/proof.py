"""Bayes' theorem in exact fractions, checked against a seeded simulation of a mail stream."""
from fractions import Fraction

import numpy as np

P_SPAM = Fraction(3, 10)
WORD_RATES = {  # (P(word | spam), P(word | legitimate))
    "invoice": (Fraction(12, 100), Fraction(2, 100)),
    "urgent": (Fraction(20, 100), Fraction(5, 100)),
}


def exact() -> float:
    like_spam = like_legit = Fraction(1)
    for in_spam, in_legit in WORD_RATES.values():
        like_spam *= in_spam
        like_legit *= in_legit
    joint_spam, joint_legit = P_SPAM * like_spam, (1 - P_SPAM) * like_legit
    return float(joint_spam / (joint_spam + joint_legit))


def simulated(messages: int = 4_000_000, seed: int = 5) -> float:
    rng = np.random.default_rng(seed)
    spam = rng.random(messages) < float(P_SPAM)
    both = np.ones(messages, dtype=bool)
    for in_spam, in_legit in WORD_RATES.values():
        rate = np.where(spam, float(in_spam), float(in_legit))
        both &= rng.random(messages) < rate
    return float(spam[both].mean())


def prove() -> float:
    value = exact()
    # About 31,600 simulated messages contain both words: standard error near 0.0016.
    sim = simulated()
    assert abs(sim - value) < 0.008, (sim, value)
    return value

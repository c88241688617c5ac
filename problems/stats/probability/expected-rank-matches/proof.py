"""Linearity of expectation in exact fractions, checked against a seeded simulation of shuffles."""
from fractions import Fraction

import numpy as np

RANKS, SUITS = 9, 4
DECK = RANKS * SUITS
CALLS = [i % RANKS for i in range(DECK)]  # the called rank at each position
CARD_RANK = [card % RANKS for card in range(DECK)]  # card c has rank c mod 9


def exact() -> Fraction:
    return sum(Fraction(sum(rank == CALLS[pos] for rank in CARD_RANK), DECK) for pos in range(DECK))


def simulated(shuffles: int = 200_000, seed: int = 6) -> float:
    rng = np.random.default_rng(seed)
    decks = np.argsort(rng.random((shuffles, DECK)), axis=1)  # one random permutation per row
    ranks = np.asarray(CARD_RANK)[decks]
    return float((ranks == np.asarray(CALLS)).sum(axis=1).mean())


def prove() -> float:
    value = exact()
    assert value == 4, value
    # The number of matches has standard deviation about 1.9: standard error about 0.004.
    sim = simulated()
    assert abs(sim - float(value)) < 0.025, (sim, value)
    return float(value)

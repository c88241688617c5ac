"""The variance by exact enumeration of all 36 rolls, checked against the closed form 175/12."""
from fractions import Fraction
from itertools import product


def enumerated() -> Fraction:
    moves = [2 * (red + blue) - 3 * red for red, blue in product(range(1, 7), repeat=2)]
    mean = Fraction(sum(moves), len(moves))
    return sum((Fraction(m) - mean) ** 2 for m in moves) / len(moves)


def closed_form() -> Fraction:
    die = Fraction(sum(f * f for f in range(1, 7)), 6) - Fraction(7, 2) ** 2  # 35/12
    return 4 * die + 1 * die  # M = 2B - R with R, B independent


def prove() -> float:
    value = enumerated()
    assert value == closed_form(), (value, closed_form())
    return float(value)

"""The paired t statistic from the differences, checked against the same quantity computed from the
two columns' variances and covariance, Var(old - new) = Var(old) + Var(new) - 2 Cov(old, new)."""
import math
from fractions import Fraction

import numpy as np

OLD = [41, 37, 52, 45, 39, 48, 44, 50]
NEW = [38, 36, 47, 44, 35, 46, 41, 45]


def from_differences() -> float:
    d = [o - n for o, n in zip(OLD, NEW)]
    n = len(d)
    mean = Fraction(sum(d), n)
    var = sum((x - mean) ** 2 for x in d) / (n - 1)
    t_squared = mean**2 / (var / n)  # exact rational
    return math.sqrt(t_squared)


def from_covariance() -> float:
    old, new = np.array(OLD, float), np.array(NEW, float)
    cov = np.cov(old, new, ddof=1)
    var_diff = cov[0, 0] + cov[1, 1] - 2 * cov[0, 1]
    return float((old.mean() - new.mean()) / np.sqrt(var_diff / old.size))


def prove() -> float:
    value = from_differences()
    assert abs(from_covariance() - value) < 1e-9, (from_covariance(), value)
    return value

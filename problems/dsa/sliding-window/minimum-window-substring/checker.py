"""Any shortest substring of s that contains every character of t (with multiplicity) is accepted;
"" only when no window exists."""
from collections import Counter


def check(expected, actual, args):
    if not isinstance(actual, str) or not isinstance(expected, str):
        return False
    s, t = args[0], args[1]
    if len(actual) != len(expected):
        return False
    if expected == "":
        return actual == ""
    if actual not in s:
        return False
    have = Counter(actual)
    return all(have[c] >= k for c, k in Counter(t).items())

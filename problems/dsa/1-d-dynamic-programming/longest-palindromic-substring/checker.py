"""Any palindromic substring of s of maximum length is accepted (ties may be broken either way)."""


def check(expected, actual, args):
    if not isinstance(actual, str) or not isinstance(expected, str):
        return False
    s = args[0]
    return len(actual) == len(expected) and actual == actual[::-1] and actual in s

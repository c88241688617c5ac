"""Alien Dictionary: any ordering of exactly the letters used in the words that respects every rule
implied by adjacent words is accepted; when no ordering exists (the reference returns ""), the
answer must be ""."""


def _rules(words):
    rules = set()
    for a, b in zip(words, words[1:]):
        for x, y in zip(a, b):
            if x != y:
                rules.add((x, y))
                break
    return rules


def check(expected, actual, args):
    if type(actual) is not str:
        return False
    if expected == "":
        return actual == ""
    (words,) = args
    letters = set("".join(words))
    if len(actual) != len(letters) or set(actual) != letters:
        return False
    position = {ch: i for i, ch in enumerate(actual)}
    return all(position[x] < position[y] for x, y in _rules(words))

"""Course Schedule II: any order of all courses that respects every prerequisite is accepted;
when no such order exists (the reference returns []), the answer must be []."""


def check(expected, actual, args):
    if type(actual) is not list:
        return False
    if expected == []:
        return actual == []
    n, prerequisites = args
    if len(actual) != n or any(type(x) is not int for x in actual):
        return False
    if sorted(actual) != list(range(n)):
        return False
    position = {course: i for i, course in enumerate(actual)}
    return all(position[b] < position[a] for a, b in prerequisites)

"""Generate Parentheses cases. Only n = 1..8 exist, so every value appears and the largest ones are
repeated: the repeats make a solution that enumerates all 2^(2n) strings pay several times."""

N_MAX = 8


def cases():
    out = [
        # statement examples
        {"args": [2], "expected": ["(())", "()()"], "sample": True},
        {"args": [1], "expected": ["()"], "sample": True},
        {"args": [3], "expected": ["((()))", "(()())", "(())()", "()(())", "()()()"], "sample": True},
    ]
    for n in range(1, N_MAX + 1):
        out.append({"args": [n]})
    for n in (4, 5, 6, 7):  # again, between the small and the large ones
        out.append({"args": [n]})
    for _ in range(10):
        out.append({"args": [N_MAX], "large": True})
    for case in out:
        assert 1 <= case["args"][0] <= N_MAX
    return out

"""N Queens cases: 1 <= n <= 9. Only nine inputs exist, so the larger boards are repeated to reach
the required number of hidden tests (and to make an unpruned search pay for every run)."""


def cases():
    out = [
        # statement examples
        {"args": [4], "expected": [[".Q..", "...Q", "Q...", "..Q."], ["..Q.", "Q...", "...Q", ".Q.."]],
         "sample": True},
        {"args": [1], "expected": [["Q"]], "sample": True},
        {"args": [3], "expected": [], "sample": True},
        # every size
        {"args": [1], "expected": [["Q"]]},
        {"args": [2], "expected": []},
        {"args": [3], "expected": []},
        {"args": [4]},
        {"args": [5]},
        {"args": [6]},
        {"args": [7]},
        {"args": [5]},
        {"args": [6]},
        {"args": [7]},
        {"args": [2], "expected": []},
    ]
    # the largest boards: 92 and 352 solutions
    for n in (8, 9, 8, 9, 9, 9):
        out.append({"args": [n], "large": True})
    for case in out:
        assert 1 <= case["args"][0] <= 9
    return out

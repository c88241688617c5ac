"""Pow(x, n) cases: |x| < 100, |n| <= 2^31 (n = -2^31 allowed), |x^n| <= 10^4, x != 0 or n > 0.
Cases with |n| > 10^5 are marked large (the multiply-|n|-times brute force is not run on them)."""
import math
import random

N_LO, N_HI = -2**31, 2**31 - 1


def _case(x, n):
    case = {"args": [x, n]}
    if abs(n) > 10**5:
        case["large"] = True
    return case


def cases():
    out = [
        # statement examples
        {"args": [3.0, 4], "expected": 81.0, "sample": True},
        {"args": [1.5, -2], "expected": 0.4444444444444444, "sample": True},
        {"args": [-0.5, 3], "expected": -0.125, "sample": True},
        # hand-picked edges
        _case(7.25, 0),                 # anything to the power 0
        _case(0.0, 5),                  # zero base, positive exponent
        _case(-2.0, 1),
        _case(-2.0, -1),
        _case(10.0, 4),                 # 10^4, the largest allowed magnitude
        _case(-99.0, 2),                # largest base magnitude with an allowed square
        _case(2.0, -10),
        _case(0.25, -6),                # 4096
        _case(-1.0, 7),
        _case(1.0, N_HI),               # huge exponents
        _case(-1.0, N_LO),
        _case(-1.0, N_HI),
        _case(2.0, N_LO),               # underflows to 0
        _case(0.5, N_HI),
    ]
    out.append(_case(1.000001, 9000000))          # about e^9 = 8103: error builds up over squarings
    out.append(_case(0.9999999, -N_LO // 32))     # exponent 2^26: about e^-6.7
    out.append(_case(-1.0000001, -(2**26 + 1)))   # odd exponent, negative base
    rng = random.Random(50)
    while len(out) < 36:
        x = round(rng.uniform(-99.9, 99.9), rng.randint(0, 5))
        if x == 0:
            continue
        if rng.random() < 0.5:
            n = rng.randint(-20, 20)
        else:
            n = rng.randint(N_LO, N_HI)
        mag = n * math.log(abs(x)) if abs(x) != 1 else 0.0
        if mag > math.log(1e4):
            continue
        out.append(_case(x, n))
    for case in out:
        x, n = case["args"]
        assert -100 < x < 100 and N_LO <= n <= N_HI and (x != 0 or n > 0)
        if x != 0:
            assert n * math.log(abs(x)) <= math.log(1e4) + 1e-9
    return out

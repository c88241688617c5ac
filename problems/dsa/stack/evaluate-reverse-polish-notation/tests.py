"""Evaluate Reverse Polish Notation cases: valid postfix expressions whose every intermediate value
fits in a signed 32-bit integer and that never divide by zero (checked below)."""
import random

LO, HI = -2**31, 2**31 - 1
N_MAX = 10**4


def _eval(tokens):
    stack = []
    for tok in tokens:
        if tok in ("+", "-", "*", "/"):
            b, a = stack.pop(), stack.pop()
            if tok == "+":
                r = a + b
            elif tok == "-":
                r = a - b
            elif tok == "*":
                r = a * b
            else:
                assert b != 0
                r = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
            assert LO <= r <= HI
            stack.append(r)
        else:
            stack.append(int(tok))
    assert len(stack) == 1
    return stack[0]


def _random(rng, n_numbers, vlo=-200, vhi=200, weights=(3, 3, 2, 2), p_push=0.55):
    """A random postfix expression with n_numbers operands, built by simulating the stack."""
    tokens, stack, pushed = [], [], 0
    while pushed < n_numbers or len(stack) > 1:
        if pushed < n_numbers and (len(stack) < 2 or rng.random() < p_push):
            v = rng.randint(vlo, vhi)
            tokens.append(str(v))
            stack.append(v)
            pushed += 1
            continue
        b, a = stack[-1], stack[-2]
        options = []
        for op, w in zip("+-*/", weights):
            if op == "+":
                r = a + b
            elif op == "-":
                r = a - b
            elif op == "*":
                r = a * b
            else:
                if b == 0:
                    continue
                r = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
            if LO <= r <= HI:
                options.append((op, r, w))
        op, r, _ = rng.choices(options, [o[2] for o in options])[0]
        stack.pop()
        stack.pop()
        stack.append(r)
        tokens.append(op)
    return tokens


def cases():
    out = [
        # statement examples
        {"args": [["6", "4", "-", "5", "*"]], "expected": 10, "sample": True},
        {"args": [["-7", "2", "/", "3", "+"]], "expected": 0, "sample": True},
        {"args": [["9", "3", "1", "+", "2", "*", "/", "12", "-"]], "expected": -11, "sample": True},
        # hand-picked edges
        {"args": [["42"]]},                                   # a single number
        {"args": [["-200"]]},
        {"args": [["0", "5", "/"]]},                          # zero divided
        {"args": [["7", "-2", "/"]]},                         # -3.5 truncates to -3
        {"args": [["-7", "-2", "/"]]},                        # 3.5 truncates to 3
        {"args": [["1", "3", "/"]]},                          # 0
        {"args": [["-1", "3", "/"]]},                         # -0.33 -> 0, floor would say -1
        {"args": [["3", "10", "-"]]},                         # operand order
        {"args": [["200", "200", "*", "200", "*", "-200", "*", "7", "/"]]},  # big intermediate
        {"args": [["100", "-200", "-", "-3", "-"]]},           # minus of negatives
        {"args": [["5", "1", "2", "+", "4", "*", "+", "3", "-"]]},
        {"args": [["4", "13", "5", "/", "+"]]},
    ]
    rng = random.Random(150)
    for n in (2, 3, 4, 5, 8, 10, 20, 50):
        out.append({"args": [_random(rng, n)]})
    out.append({"args": [_random(rng, 30, -3, 3, weights=(1, 1, 1, 6))]})   # many divisions
    out.append({"args": [_random(rng, 40, -200, 200, weights=(1, 1, 4, 1), p_push=0.3)]})
    out.append({"args": [_random(rng, 500)]})
    # maximum size: 10^4 tokens
    half = (N_MAX + 1) // 2
    out.append({"args": [_random(rng, half)], "large": True})
    out.append({"args": [_random(rng, half, p_push=0.95)], "large": True})   # deep stack
    out.append({"args": [_random(rng, half, -2, 2, weights=(1, 1, 3, 3))], "large": True})
    for index, case in enumerate(out):
        tokens = case["args"][0]
        assert 1 <= len(tokens) <= N_MAX, index
        for tok in tokens:
            assert tok in ("+", "-", "*", "/") or -200 <= int(tok) <= 200, (index, tok)
        value = _eval(tokens)
        if "expected" in case:
            assert case["expected"] == value, (index, value)
    return out

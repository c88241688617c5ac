"""Valid Parentheses cases; expected values are recomputed below with a stack."""
import random

N_MAX = 10**4
OPEN = "([{"
CLOSE = {"(": ")", "[": "]", "{": "}"}


def _answer(s):
    match = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in match:
            if not stack or stack.pop() != match[ch]:
                return False
        else:
            stack.append(ch)
    return not stack


def _valid(rng, pairs, p_open=0.5):
    """A random well-formed string of `pairs` pairs; p_open biases toward deep nesting."""
    out, stack, left = [], [], pairs
    while left or stack:
        if left and (not stack or rng.random() < p_open):
            ch = rng.choice(OPEN)
            out.append(ch)
            stack.append(ch)
            left -= 1
        else:
            out.append(CLOSE[stack.pop()])
    return "".join(out)


def _break(rng, s):
    """Spoil a well-formed string with one random edit (the result is checked, not assumed)."""
    chars = list(s)
    i = rng.randrange(len(chars))
    kind = rng.randrange(3)
    if kind == 0:  # change one bracket's kind
        chars[i] = rng.choice([c for c in "()[]{}" if c != chars[i]])
    elif kind == 1 and len(chars) > 1:  # drop a bracket
        del chars[i]
    else:  # swap two neighbours
        j = min(i + 1, len(chars) - 1)
        chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


def cases():
    out = [
        # statement examples
        {"args": ["{[()]}[]"], "expected": True, "sample": True},
        {"args": ["[(])"], "expected": False, "sample": True},
        {"args": ["}{"], "expected": False, "sample": True},
        # hand-picked edges
        {"args": ["("]},                                  # single opener
        {"args": [")"]},                                  # single closer
        {"args": ["()"]},
        {"args": ["(]"]},                                 # wrong kind
        {"args": ["(("]},                                 # never closed
        {"args": ["))"]},
        {"args": ["([)]"]},                               # balanced counts, wrong order
        {"args": ["()[]{}"]},                             # side by side
        {"args": ["{{[[(())]]}}"]},                       # nested
        {"args": ["([]){}"]},
        {"args": ["()]"]},                                # extra closer at the end
        {"args": ["[()"]},                                # unclosed opener at the start
        {"args": ["{[}]"]},
        {"args": ["((()))())"]},
    ]
    rng = random.Random(20)
    for _ in range(5):  # small valid, brute-checked
        out.append({"args": [_valid(rng, rng.randint(1, 12), rng.random())]})
    for _ in range(5):  # small broken
        out.append({"args": [_break(rng, _valid(rng, rng.randint(1, 12)))]})
    out.append({"args": [_valid(rng, 1000)]})
    out.append({"args": [_break(rng, _valid(rng, 1000, 0.7))]})
    out.append({"args": ["".join(rng.choice("()[]{}") for _ in range(999))]})  # odd length

    # maximum size
    half = N_MAX // 2
    out.append({"args": ["(" * half + ")" * half], "large": True})           # deepest nesting
    out.append({"args": [_valid(rng, half, 1.0)], "large": True})           # deep, mixed kinds
    deep = _valid(rng, half, 1.0)
    wrong_last = [c for c in ")]}" if c != deep[-1]][0]
    out.append({"args": [deep[:-1] + wrong_last], "large": True})          # fails at the last char
    out.append({"args": [_valid(rng, half)], "large": True})                 # random shape
    out.append({"args": ["()" * half], "large": True})                       # flat
    out.append({"args": ["[" * N_MAX], "large": True})                       # nothing closed
    out.append({"args": [_valid(rng, half, 0.9)], "large": True})

    for index, case in enumerate(out):
        (s,) = case["args"]
        assert 1 <= len(s) <= N_MAX and set(s) <= set("()[]{}"), index
        answer = _answer(s)
        if "expected" in case:
            assert case["expected"] == answer, index
        else:
            case["expected"] = answer
    return out

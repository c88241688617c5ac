"""Encode and Decode Strings cases: the judged output is decode(encode(strs)), expected == strs."""
import random

ALL = "".join(chr(c) for c in range(256))
TRICKY = "#|,;/\\0123456789 \n\t\x00\"'"


def _s(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def cases():
    out = [
        {"args": [["red", "green", "blue"]], "expected": ["red", "green", "blue"], "sample": True},
        {"args": [["a,b", "", "#1"]], "expected": ["a,b", "", "#1"], "sample": True},
        {"args": [[]], "expected": [], "sample": True},
        {"args": [[""]]},                         # one empty string, not an empty list
        {"args": [["", ""]]},
        {"args": [["", "", "", "x", ""]]},
        {"args": [["#"]]},
        {"args": [["3#abc"]]},                    # looks like an encoded chunk itself
        {"args": [["12", "#", "5#", "##", "0#"]]},
        {"args": [["a|b", "|", "||"]]},
        {"args": [["x" * 200]]},                  # length needs several digits
        {"args": [["hello world", "tab\there", "line\nbreak"]]},
        {"args": [["\x00", "\x00\x00", "\xff"]]},
        {"args": [[ALL[:200], ALL[56:]]]},
        {"args": [["/;", ";", "//", "/"]]},
        {"args": [["0123456789"] * 3]},
    ]
    rng = random.Random(271)
    for _ in range(8):
        k = rng.randint(0, 12)
        out.append({"args": [[_s(rng, rng.randint(0, 15), TRICKY + "ab") for _ in range(k)]]})
    for _ in range(4):
        k = rng.randint(50, 200)
        out.append({"args": [[_s(rng, rng.randint(0, 200), ALL) for _ in range(k)]]})
    # maximum size
    out.append({"args": [[_s(rng, 200, ALL) for _ in range(200)]], "large": True})
    out.append({"args": [[_s(rng, 200, TRICKY) for _ in range(200)]], "large": True})
    out.append({"args": [[""] * 200], "large": True})

    for index, case in enumerate(out):
        (strs,) = case["args"]
        assert len(strs) <= 200 and all(len(s) <= 200 and all(ord(c) < 256 for c in s) for s in strs), index
        if "expected" in case:
            assert case["expected"] == strs, index
        else:
            case["expected"] = list(strs)
    return out

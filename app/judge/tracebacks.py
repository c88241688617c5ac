"""The learner's error as LeetCode shows it: the message, then only the learner's own frames,
innermost first, as ``Line N in func (Solution.py)``, with runs of one frame folded."""
from __future__ import annotations

DISPLAY_FILE = "Solution.py"  # the name LeetCode shows in tracebacks
_MAX_TB_ENTRIES = 20
_MAX_MESSAGE = 1000


def message_of(exc) -> str:
    try:  # str() may run the learner's __str__
        text = str(exc)
    except BaseException:
        text = "<unprintable exception>"
    return text if len(text) <= _MAX_MESSAGE else text[:_MAX_MESSAGE] + "..."


def describe(exc, filename, lines) -> dict:
    """LeetCode-like error: innermost learner frame first, harness frames hidden."""
    name = type(exc).__name__
    try:
        frames, tb = [], exc.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            if code.co_filename == filename:
                frames.append((tb.tb_lineno, code.co_name))
            tb = tb.tb_next
        frames.reverse()
        message = message_of(exc)
        text = [f"{name}: {message}" if message else name]
        for lineno, func, repeats in _collapse(frames):
            if lineno is None:
                text.append(f"... {func} ...")
                continue
            if lines and 0 < lineno <= len(lines):
                text.append("    " + lines[lineno - 1].strip()[:200])
            text.append(f"Line {lineno} in {func} ({DISPLAY_FILE})")
            if repeats:
                text.append(f"[Previous line repeated {repeats} more times]")
        return {"type": name, "message": message, "line": frames[0][0] if frames else None,
                "traceback": "\n".join(text)}
    except MemoryError:
        return {"type": name, "message": "", "line": None, "traceback": name}


def _collapse(frames):
    """Fold runs of one frame (deep recursion) like CPython does, then keep the ends."""
    out = []  # [lineno, func, repeats folded into this entry, length of the run so far]
    for lineno, func in frames:
        same = bool(out) and out[-1][0] == lineno and out[-1][1] == func
        if same and out[-1][3] >= 3:
            out[-1][2] += 1
        else:
            out.append([lineno, func, 0, out[-1][3] + 1 if same else 1])
    entries = [(ln, fn, rep) for ln, fn, rep, _ in out]
    if len(entries) > _MAX_TB_ENTRIES:
        half = _MAX_TB_ENTRIES // 2
        hidden = len(entries) - 2 * half
        entries = entries[:half] + [(None, f"{hidden} more calls", 0)] + entries[-half:]
    return entries

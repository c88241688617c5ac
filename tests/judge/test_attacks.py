"""The judge under attack. Every attack is written so that, if it worked, it would return the right
answer (AC) or leave a mark outside the child; each must instead end in a non-AC verdict, leave no
mark, and the judge must keep serving afterwards.

The first layer (the language gate) stops most of these at compile time (CE). The ones that get past
it through a permitted module (numpy reading files, memory and CPU bombs, output floods) are stopped
by the operating-system wall: Landlock, namespaces, rlimits, the memory cgroup, seccomp.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.judge.runner import judge
from app.judge.verdicts import Verdict

from tests.judge.conftest import add_one_spec, solution

MARK = Path("/tmp/grindstone-attack-mark")
NOT_AC = {Verdict.WA, Verdict.TLE, Verdict.MLE, Verdict.RE, Verdict.CE, Verdict.OLE}

# name -> (code, verdicts it may end in)
ATTACKS: dict[str, tuple[str, set[Verdict]]] = {
    # --- object-graph escapes ---------------------------------------------------------------
    "subclasses-via-tuple": (solution("().__class__.__bases__[0].__subclasses__()\nreturn x + 1"), {Verdict.CE}),
    "class-attribute": (solution("x.__class__\nreturn x + 1"), {Verdict.CE}),
    "type-subclasses": (solution("type(x).__subclasses__()\nreturn x + 1"), {Verdict.CE}),
    "getattr-dunder": (solution("getattr(x, '__class__')\nreturn x + 1"), {Verdict.RE, Verdict.CE}),
    "getattr-built-dunder": (solution("getattr(x, '_' * 2 + 'class' + '_' * 2)\nreturn x + 1"), {Verdict.RE, Verdict.CE}),
    "vars-builtin": (solution("vars(self)\nreturn x + 1"), {Verdict.RE, Verdict.CE}),
    "mro-walk": (solution("type(x).mro()[-1]\nreturn x + 1"), {Verdict.CE, Verdict.RE}),
    "attrgetter-dunder": (solution("operator.attrgetter('__class__')(x)\nreturn x + 1", "import operator"), {Verdict.RE, Verdict.CE}),
    "methodcaller-reduce": (solution("operator.methodcaller('__reduce_ex__', 2)(x)\nreturn x + 1", "import operator"), {Verdict.RE, Verdict.CE}),
    "reduce-ex-direct": (solution("x.__reduce_ex__(2)\nreturn x + 1"), {Verdict.CE}),
    "function-globals": (solution("f = lambda: 0\nf.__globals__['__builtins__']\nreturn x + 1"), {Verdict.CE}),
    "function-code": (solution("(lambda: 0).__code__\nreturn x + 1"), {Verdict.CE}),
    "builtins-name": (solution("__builtins__['open']\nreturn x + 1"), {Verdict.CE}),
    "dunder-import": (solution("__import__('os')\nreturn x + 1"), {Verdict.CE}),
    "setattr-dunder": (solution("setattr(self, '__class__', int)\nreturn x + 1"), {Verdict.RE, Verdict.CE}),
    "dict-of-instance": (solution("self.__dict__\nreturn x + 1"), {Verdict.CE}),
    # --- format strings ---------------------------------------------------------------------
    "format-attribute-walk": (solution("'{0.__class__}'.format(x)\nreturn x + 1"), {Verdict.RE}),
    "format-deep-walk": (solution("'{0.__init__.__globals__}'.format(self)\nreturn x + 1"), {Verdict.RE}),
    "format-index-walk": (solution("'{0[0].__class__}'.format([x])\nreturn x + 1"), {Verdict.RE}),
    "format-map-walk": (solution("'{a.__class__}'.format_map({'a': x})\nreturn x + 1"), {Verdict.RE}),
    "string-formatter": (solution("string.Formatter().format('{0.__class__}', x)\nreturn x + 1", "import string"), {Verdict.RE, Verdict.CE}),
    "fstring-dunder": (solution("f'{x.__class__}'\nreturn x + 1"), {Verdict.CE}),
    "format-via-getattr": (solution("getattr('{0.__class__}', 'format')(x)\nreturn x + 1"), {Verdict.RE, Verdict.CE}),
    # --- frames, generators, coroutines, tracebacks -----------------------------------------
    "generator-frame": (solution("g = (i for i in [1])\ng.gi_frame.f_back.f_globals\nreturn x + 1"), {Verdict.CE}),
    "generator-code": (solution("g = (i for i in [1])\ng.gi_code\nreturn x + 1"), {Verdict.CE}),
    "traceback-frame": (solution("try:\n    1 / 0\nexcept Exception as e:\n    e.__traceback__.tb_frame\nreturn x + 1"), {Verdict.CE}),
    "traceback-tb-next": (solution("try:\n    1 / 0\nexcept Exception as e:\n    t = e.with_traceback(None)\n    t.tb_next\nreturn x + 1"), {Verdict.CE}),
    "coroutine-frame": (solution("return x + 1", "async def f():\n    pass\nf().cr_frame"), {Verdict.CE}),
    "sys-getframe": (solution("import sys\nsys._getframe()\nreturn x + 1"), {Verdict.CE, Verdict.RE}),
    "sys-modules": (solution("import sys\nsys.modules['os']\nreturn x + 1"), {Verdict.RE}),
    "positional-only-guard-shadow": (solution("return x + 1", "def f(_getattr_, /):\n    return _getattr_"), {Verdict.CE}),
    # --- imports by every route -------------------------------------------------------------
    "import-os": (solution("return x + 1", "import os"), {Verdict.CE}),
    "from-os-import": (solution("return x + 1", "from os import system"), {Verdict.CE}),
    "import-subprocess": (solution("return x + 1", "import subprocess"), {Verdict.CE}),
    "import-importlib": (solution("return x + 1", "import importlib"), {Verdict.CE}),
    "import-ctypes": (solution("return x + 1", "import ctypes"), {Verdict.CE}),
    "import-socket": (solution("return x + 1", "import socket"), {Verdict.CE}),
    "import-builtins": (solution("return x + 1", "import builtins"), {Verdict.CE}),
    "import-pickle": (solution("return x + 1", "import pickle"), {Verdict.CE}),
    "import-gc": (solution("return x + 1", "import gc"), {Verdict.CE}),
    "import-threading": (solution("return x + 1", "import threading"), {Verdict.CE}),
    "relative-import": (solution("return x + 1", "from . import secrets"), {Verdict.CE}),
    "numpy-ctypeslib-import": (solution("return x + 1", "import numpy.ctypeslib"), {Verdict.CE}),
    "numpy-ctypeslib-attribute": (solution("np.ctypeslib\nreturn x + 1", "import numpy as np"), {Verdict.CE}),
    "module-private-attribute": (solution("random._os\nreturn x + 1", "import random"), {Verdict.CE, Verdict.RE}),
    "eval": (solution("return eval('x + 1')"), {Verdict.CE}),
    "exec": (solution("exec('import os')\nreturn x + 1"), {Verdict.CE}),
    "compile": (solution("compile('1', 'f', 'eval')\nreturn x + 1"), {Verdict.CE}),
    "open-builtin": (solution("open('/etc/passwd').read()\nreturn x + 1"), {Verdict.CE}),
    "input-builtin": (solution("input()\nreturn x + 1"), {Verdict.CE}),
    "breakpoint": (solution("breakpoint()\nreturn x + 1"), {Verdict.CE}),
    "globals-builtin": (solution("globals()['__builtins__']\nreturn x + 1"), {Verdict.CE, Verdict.RE}),
    # --- files, /proc and the environment through a permitted module (the wall stops them) ---
    "numpy-read-passwd": (solution("np.fromfile('/etc/passwd', dtype=np.uint8)\nreturn x + 1", "import numpy as np"), {Verdict.RE, Verdict.CE}),
    "numpy-read-own-environ": (solution("np.fromfile('/proc/self/environ', dtype=np.uint8)\nreturn x + 1", "import numpy as np"), {Verdict.RE, Verdict.CE}),
    "numpy-read-init-environ": (solution("np.fromfile('/proc/1/environ', dtype=np.uint8)\nreturn x + 1", "import numpy as np"), {Verdict.RE, Verdict.CE}),
    "numpy-loadtxt-secret": (solution("np.loadtxt('/etc/shadow', dtype=str)\nreturn x + 1", "import numpy as np"), {Verdict.RE, Verdict.CE}),
    "numpy-read-app-config": (solution(f"np.fromfile('{Path(__file__).resolve().parents[2] / 'instance' / 'secret_key'}', dtype=np.uint8)\nreturn x + 1", "import numpy as np"), {Verdict.RE, Verdict.CE}),
    "numpy-write-file": (solution(f"np.savetxt('{MARK}', np.array([1]))\nreturn x + 1", "import numpy as np"), {Verdict.RE, Verdict.CE}),
    "numpy-write-dev-shm": (solution("np.save('/dev/shm/grindstone-mark.npy', np.array([1]))\nreturn x + 1", "import numpy as np"), {Verdict.RE, Verdict.CE}),
    "numpy-tofile": (solution(f"np.array([1]).tofile('{MARK}')\nreturn x + 1", "import numpy as np"), {Verdict.RE, Verdict.CE}),
    "numpy-memmap": (solution(f"np.memmap('{MARK}', dtype='uint8', mode='w+', shape=(1,))\nreturn x + 1", "import numpy as np"), {Verdict.RE, Verdict.CE}),
    "numpy-url-open": (solution("np.lib.npyio.DataSource().open('http://127.0.0.1:5432/')\nreturn x + 1", "import numpy as np"), {Verdict.RE, Verdict.CE}),
    # --- memory, CPU, output ----------------------------------------------------------------
    "memory-list-bomb": (solution("a = [0] * (10 ** 10)\nreturn x + 1"), {Verdict.MLE}),
    "memory-append-bomb": (solution("a = []\nwhile True:\n    a.append(bytearray(10 ** 7))"), {Verdict.MLE}),
    "memory-string-bomb": (solution("s = ' ' * (2 ** 40)\nreturn x + 1"), {Verdict.MLE}),
    "memory-numpy-bomb": (solution("a = np.ones(4 * 10 ** 8)\nreturn x + 1", "import numpy as np"), {Verdict.MLE}),
    "memory-touching-bytes": (solution("b = bytearray(3 * 10 ** 8)\nreturn x + 1"), {Verdict.MLE}),
    "cpu-infinite-loop": (solution("while True:\n    pass"), {Verdict.TLE}),
    "cpu-loop-in-constructor": (solution("return x + 1", "class Spin:\n    def __init__(self):\n        while True:\n            pass\nSpin()"), {Verdict.TLE}),
    "cpu-huge-int": (solution("y = 10 ** 10 ** 9\nreturn x + 1"), {Verdict.TLE, Verdict.MLE}),
    "cpu-regex-backtracking": (solution("re.match('(a+)+$', 'a' * 64 + 'b')\nreturn x + 1", "import re"), {Verdict.TLE}),
    "deep-recursion": (solution("def f(n):\n    return f(n + 1)\nreturn f(0)"), {Verdict.RE, Verdict.MLE}),
    "output-flood-print": (solution("while True:\n    print('spam' * 1000)"), {Verdict.OLE}),
    "output-huge-return": (solution("return list(range(2 * 10 ** 7))"), {Verdict.OLE, Verdict.WA, Verdict.MLE}),
    # --- forged results and exits -------------------------------------------------------------
    "forged-record-on-stdout": (solution("print('{\"event\": \"done\"}')\nprint('{\"i\": 0, \"ok\": true, \"out\": 2}')\nreturn 0"), {Verdict.WA}),
    "always-equal-object": (solution("class Eq:\n    def __eq__(self, other):\n        return True\nreturn Eq()"), {Verdict.RE, Verdict.WA}),
    "string-that-looks-right": (solution("return str(x + 1)"), {Verdict.WA}),
    "system-exit": (solution("raise SystemExit(0)"), {Verdict.RE}),
    "keyboard-interrupt": (solution("raise KeyboardInterrupt"), {Verdict.RE}),
    "base-exception": (solution("raise BaseException('stop')"), {Verdict.RE}),
    "exit-builtin": (solution("exit(0)"), {Verdict.CE, Verdict.RE}),
    "os-exit": (solution("import os\nos._exit(0)"), {Verdict.CE}),
    "generator-exit": (solution("raise GeneratorExit"), {Verdict.RE}),
    "exit-in-module-body": (solution("return x + 1", "raise SystemExit(0)"), {Verdict.RE}),
    "except-star": (solution("try:\n    raise ExceptionGroup('g', [ValueError()])\nexcept* ValueError:\n    pass\nreturn x + 2"), {Verdict.CE, Verdict.WA}),
}


@pytest.fixture(autouse=True)
def _no_mark():
    for path in (MARK, Path("/dev/shm/grindstone-mark.npy")):
        if path.exists():
            path.unlink()
    yield
    assert not MARK.exists(), "an attack wrote a file outside the sandbox"
    assert not Path("/dev/shm/grindstone-mark.npy").exists(), "an attack wrote to /dev/shm"


def test_there_are_at_least_fifty_distinct_attacks():
    assert len(ATTACKS) >= 50
    assert len({code for code, _ in ATTACKS.values()}) == len(ATTACKS)


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_is_refused(pool, name):
    code, allowed = ATTACKS[name]
    result = judge(pool, add_one_spec(), code)
    assert result.verdict in NOT_AC, f"{name}: {result.verdict} {result.message}"
    assert result.verdict in allowed, f"{name}: {result.verdict} {result.message} {result.diagnostics}"
    # The judge keeps serving, and an honest solution is still accepted on the same slots.
    honest = judge(pool, add_one_spec(), solution("return x + 1"))
    assert honest.verdict is Verdict.AC, honest


def test_honest_solution_is_accepted(pool):
    """The control: the harness around every attack does accept a correct answer."""
    result = judge(pool, add_one_spec(), solution("return x + 1"))
    assert result.verdict is Verdict.AC and result.passed == result.total == 3


def test_state_left_in_shared_modules_does_not_reach_the_next_submission(pool):
    poison = solution("heapq.heappush = None\nheapq.heappop = None\nSolution.flag = True\nreturn x + 1",
                      "import heapq")
    assert judge(pool, add_one_spec(), poison).verdict is Verdict.AC
    for _ in range(3):  # lands on every slot
        clean = solution("h = []\nheapq.heappush(h, x + 1)\nassert not hasattr(Solution, 'flag')\n"
                         "return heapq.heappop(h)", "import heapq")
        result = judge(pool, add_one_spec(), clean)
        assert result.verdict is Verdict.AC, result


def test_class_state_does_not_leak_between_tests(pool):
    """A fresh Solution per test, but class attributes persist within one run, as on LeetCode."""
    code = solution("self.seen = getattr(self, 'seen', 0) + 1\nreturn x + self.seen")
    assert judge(pool, add_one_spec(), code).verdict is Verdict.AC


def test_zygote_survives_everything(pool):
    for slot in pool._slots:
        assert slot.alive()
        assert os.path.exists(f"/proc/{slot.zygote.pid}")

"""Read a problem folder into a validated ``BankProblem`` and materialise its tests.

Folder: ``problem.toml``, ``statement.md``, ``solution.py`` (reference), optional ``brute.py``,
``tests.py`` (``cases()`` returning hand-picked and seeded generated cases), ``checker.py`` when the
checker is ``custom``, and optional ``wrong/*.py`` whose first line declares the verdict they must get (``# expect: TLE``).

Bank files are this project's own code and run in the trusted parent (``tests.py``); solutions,
reference included, only ever run in the sandbox.
"""
from __future__ import annotations

import dataclasses
import hashlib
import multiprocessing
import os
import re
import tomllib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from app.bank.schema import ANSWER_KINDS, ProblemToml, describe

PROBLEMS_ROOT = Path(__file__).resolve().parent.parent.parent / "problems"
_EXPECT = re.compile(r"^#\s*expect:\s*(WA|TLE|MLE|RE|CE|OLE)\b")


class BankError(Exception):
    """A malformed problem: the message names the file, the field and what is wrong."""


@dataclass
class Case:
    input: dict[str, Any]
    expected: Any = None
    has_expected: bool = False
    sample: bool = False
    large: bool = False


@dataclass
class BankProblem:
    folder: Path
    meta: ProblemToml
    statement: str
    solution: str | None  # None for numeric and choice questions
    brute: str | None
    cases: list[Case]
    wrong: dict[str, str] = field(default_factory=dict)  # file name -> expected verdict
    wrong_code: dict[str, str] = field(default_factory=dict)
    custom_check: Any = None  # checker.py's check(expected, actual, args) for checker = "custom"
    explanation: str | None = None  # explanation.md: shown after answering (numeric, choice; optional for ml)

    @property
    def slug(self) -> str:
        return self.meta.slug

    def source_hash(self) -> str:
        return folder_hash(self.folder)


def folder_hash(folder: Path) -> str:
    """Hash of every file of a problem folder: equal hashes mean nothing needs loading again."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def find_problem_folders(root: Path = PROBLEMS_ROOT) -> list[Path]:
    return sorted(path.parent for path in root.rglob("problem.toml"))


# Below this many folders a process pool costs more (interpreter start-up) than it saves.
_PARALLEL_FROM = 8


def load_problems(folders: list[Path]) -> tuple[list[BankProblem], list[str]]:
    """Load many folders, generating their cases on every core; return (problems, error messages).

    Why processes: ``cases()`` generators are pure Python, so threads would take turns on one core;
    the whole bank's cases take about 40 s of CPU. Workers are spawned (not forked: the caller may
    hold threads and sandbox pipes) and send back problems without their custom checker, a function
    that cannot be pickled; it is loaded again here.
    """
    if len(folders) < _PARALLEL_FROM:
        return _collect((folder, _try_load(folder)) for folder in folders)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(os.cpu_count() or 1, len(folders)), mp_context=context) as pool:
        return _collect(zip(folders, pool.map(_try_load_portable, folders)))


def _try_load(folder: Path) -> BankProblem | str:
    try:
        return load_problem(folder)
    except BankError as exc:
        return str(exc)


def _try_load_portable(folder: Path) -> BankProblem | str:
    loaded = _try_load(folder)
    return dataclasses.replace(loaded, custom_check=None) if isinstance(loaded, BankProblem) else loaded


def _collect(results) -> tuple[list[BankProblem], list[str]]:
    problems, errors = [], []
    for folder, loaded in results:
        if isinstance(loaded, str):
            errors.append(loaded)
            continue
        if loaded.meta.judge.checker == "custom" and loaded.custom_check is None:
            loaded.custom_check = _load_custom_checker(folder)
        problems.append(loaded)
    return problems, errors


def load_problem(folder: Path) -> BankProblem:
    folder = Path(folder)
    meta = _load_toml(folder / "problem.toml")
    if meta.slug != folder.name:
        raise BankError(f"{folder / 'problem.toml'}: field 'slug': {meta.slug!r} differs from the "
                        f"folder name {folder.name!r}")
    statement = _read_required(folder / "statement.md")
    explanation_path = folder / "explanation.md"
    if meta.kind in ANSWER_KINDS:
        # Questions with an answer key: the worked explanation and the proof of the key are required.
        _read_required(folder / "proof.py")
        return BankProblem(folder, meta, statement, None, None, [],
                           explanation=_read_required(explanation_path))
    solution = _read_required(folder / "solution.py")
    brute_path = folder / "brute.py"
    brute = brute_path.read_text() if brute_path.exists() else None
    cases = load_cases(folder, meta)
    wrong, wrong_code = {}, {}
    for path in sorted((folder / "wrong").glob("*.py")) if (folder / "wrong").is_dir() else []:
        text = path.read_text()
        match = _EXPECT.match(text.splitlines()[0] if text else "")
        if not match:
            raise BankError(f"{path}: first line must declare the verdict, e.g. '# expect: TLE'")
        wrong[path.name], wrong_code[path.name] = match.group(1), text
    custom_check = _load_custom_checker(folder) if meta.judge.checker == "custom" else None
    explanation = explanation_path.read_text() if explanation_path.exists() else None
    return BankProblem(folder, meta, statement, solution, brute, cases, wrong, wrong_code, custom_check,
                       explanation)


def prove_answer(problem: BankProblem):
    """Run ``proof.py``'s ``prove()`` (this project's code, in the trusted parent): the value or the
    correct option ids that the answer key must match."""
    path = problem.folder / "proof.py"
    namespace: dict[str, Any] = {"__name__": f"bank_proof_{problem.slug.replace('-', '_')}"}
    try:
        exec(compile(_read_required(path), str(path), "exec"), namespace)
        return namespace["prove"]()
    except BankError:
        raise
    except KeyError:
        raise BankError(f"{path}: must define prove()") from None
    except Exception as exc:
        raise BankError(f"{path}: prove() raised {type(exc).__name__}: {exc}") from None


def _load_custom_checker(folder: Path):
    """``checker.py`` (this project's code, run in the trusted parent) must define ``check``."""
    path = folder / "checker.py"
    namespace: dict[str, Any] = {"__name__": f"bank_checker_{folder.name.replace('-', '_')}"}
    try:
        exec(compile(_read_required(path), str(path), "exec"), namespace)
    except BankError:
        raise
    except Exception as exc:
        raise BankError(f"{path}: raised {type(exc).__name__}: {exc}") from None
    if not callable(namespace.get("check")):
        raise BankError(f"{path}: must define check(expected, actual, args) for checker = \"custom\"")
    return namespace["check"]


def load_metadata(folder: Path) -> ProblemToml:
    """Only ``problem.toml``, validated: cheap (no cases generated)."""
    return _load_toml(Path(folder) / "problem.toml")


def _load_toml(path: Path) -> ProblemToml:
    try:
        data = tomllib.loads(_read_required(path))
    except tomllib.TOMLDecodeError as exc:
        raise BankError(f"{path}: not valid TOML ({exc})") from None
    try:
        return ProblemToml.model_validate(data)
    except ValidationError as exc:
        raise BankError(f"{path}: {describe(exc)}") from None


def _read_required(path: Path) -> str:
    if not path.is_file():
        raise BankError(f"{path}: file is missing")
    text = path.read_text()
    if not text.strip():
        raise BankError(f"{path}: file is empty")
    return text


def load_cases(folder: Path, meta: ProblemToml) -> list[Case]:
    path = folder / "tests.py"
    namespace: dict[str, Any] = {"__name__": f"bank_tests_{meta.slug.replace('-', '_')}"}
    try:
        exec(compile(_read_required(path), str(path), "exec"), namespace)
        raw = list(namespace["cases"]())
    except BankError:
        raise
    except KeyError:
        raise BankError(f"{path}: must define cases()") from None
    except Exception as exc:  # the bank's own code failed: say where
        raise BankError(f"{path}: cases() raised {type(exc).__name__}: {exc}") from None
    if not raw:
        raise BankError(f"{path}: cases() returned no cases")
    return [_case(path, meta, index, item) for index, item in enumerate(raw)]


def _case(path: Path, meta: ProblemToml, index: int, item: Any) -> Case:
    where = f"{path}: case {index}"
    if not isinstance(item, dict) or "args" not in item:
        raise BankError(f"{where}: must be a dict with 'args'")
    unknown = set(item) - {"args", "ops", "expected", "sample", "large"}
    if unknown:
        raise BankError(f"{where}: unknown keys {sorted(unknown)}")
    args = item["args"]
    if meta.kind == "design":
        ops = item.get("ops")
        if not isinstance(ops, list) or not isinstance(args, list) or len(ops) != len(args) or not ops:
            raise BankError(f"{where}: design cases need 'ops' and 'args' lists of the same length")
        if ops[0] != meta.signature.class_name:
            raise BankError(f"{where}: the first op must construct {meta.signature.class_name}, got {ops[0]!r}")
        case_input = {"ops": ops, "args": args}
    else:
        params = meta.signature.params
        if not isinstance(args, list) or len(args) != len(params):
            raise BankError(f"{where}: 'args' must list {len(params)} value(s) "
                            f"({', '.join(p.name for p in params)})")
        case_input = {"args": args}
    return Case(case_input, item.get("expected"), "expected" in item, bool(item.get("sample")),
                bool(item.get("large")))

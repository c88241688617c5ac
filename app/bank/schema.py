"""The schema of ``problem.toml``. A malformed problem is refused with the file, field and reason."""
from __future__ import annotations

import keyword
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CODE_KINDS = ("function", "design", "ml")
ANSWER_KINDS = ("numeric", "choice")
CHECKERS = ("exact", "unordered", "unordered_nested", "set_like", "float", "allclose", "inplace",
            "design", "custom")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Param(_Strict):
    name: str
    type: str

    @field_validator("name")
    @classmethod
    def _identifier(cls, value: str) -> str:
        if not value.isidentifier() or keyword.iskeyword(value):
            raise ValueError(f"{value!r} is not a Python parameter name")
        return value


class MethodSig(_Strict):
    """A design problem's method: parameter types decode inputs; ``returns = "None"`` marks void ops."""

    params: list[Param] = []
    returns: str = "Any"


class Signature(_Strict):
    class_name: str = Field("Solution", alias="class")
    method: str | None = None  # function kind: LeetCode's method name
    params: list[Param] = []
    returns: str | None = None
    codec: Literal["graph", "random_list", "cycle", "tree_refs"] | None = None
    inplace: str | None = None  # param whose mutated value is the output
    # Design problems: each operation's signature; the constructor's under the class name, as
    # LeetCode's operation lists name it (e.g. KthLargest = { params = [...] }).
    methods: dict[str, MethodSig] = {}
    # Codec problems (serialize/deserialize): the judged output is Class().then(Class().method(*args)),
    # typed as ``returns``.
    then: str | None = None

    @model_validator(mode="after")
    def _consistent(self):
        if not self.class_name.isidentifier():
            raise ValueError(f"class {self.class_name!r} is not a Python class name")
        if self.method is not None and not self.method.isidentifier():
            raise ValueError(f"method {self.method!r} is not a Python method name")
        names = [p.name for p in self.params]
        if len(set(names)) != len(names):
            raise ValueError(f"parameter names repeat: {names}")
        if self.inplace is not None and self.inplace not in names:
            raise ValueError(f"inplace names {self.inplace!r}, which is not a parameter ({names})")
        return self


class Judge(_Strict):
    checker: Literal[CHECKERS] = "exact"  # type: ignore[valid-type]
    options: dict = {}
    time_limit_ms: int = Field(2000, ge=100, le=20000)
    memory_limit_mb: int = Field(256, ge=32, le=2048)


class Option(_Strict):
    """One option of a ``choice`` question, with why it is right or wrong (shown after answering)."""

    id: str = Field(pattern=r"^[a-h]$")
    text: str = Field(min_length=1)
    correct: bool
    explanation: str = Field(min_length=10)


class Answer(_Strict):
    """The answer key of a ``numeric`` (value and tolerance) or ``choice`` (options) question."""

    value: float | None = None
    abs_tol: float = Field(0.0, ge=0)
    rel_tol: float = Field(0.0, ge=0, le=0.1)
    unit: str | None = None  # what the number is ("probability", "people"), shown with the box
    multiple: bool = False
    options: list[Option] = []


class Complexity(_Strict):
    time: str
    space: str


class ProblemToml(_Strict):
    slug: str
    title: str = Field(min_length=1, max_length=200)
    kind: Literal["function", "design", "ml", "numeric", "choice"]
    difficulty: Literal["Easy", "Medium", "Hard"]
    topic: str
    tags: list[str] = []
    lists: list[Literal["neetcode150", "blind75"]] = []
    hints: list[str] = Field(min_length=2, max_length=3)
    complexity: Complexity | None = None  # code kinds only
    signature: Signature | None = None
    judge: Judge = Judge()
    answer: Answer | None = None  # numeric and choice kinds only

    @field_validator("slug")
    @classmethod
    def _slug(cls, value: str) -> str:
        if not SLUG.match(value):
            raise ValueError(f"{value!r} is not a slug (lowercase words joined by '-')")
        return value

    @model_validator(mode="after")
    def _kind_needs(self):
        if self.kind in CODE_KINDS:
            self._code_needs()
        else:
            self._answer_needs()
        return self

    def _code_needs(self) -> None:
        if self.signature is None or self.complexity is None:
            raise ValueError(f"kind {self.kind!r} needs [signature] and [complexity] tables")
        if self.answer is not None:
            raise ValueError(f"kind {self.kind!r} is judged by tests; [answer] is for numeric and choice")
        if self.kind == "ml" and self.judge.checker not in ("allclose", "float", "exact", "custom"):
            raise ValueError("kind 'ml' is judged by value: checker allclose, float, exact or custom")
        if self.kind in ("function", "ml") and not self.signature.method:
            raise ValueError(f"kind {self.kind!r} needs signature.method")
        if self.kind == "design" and self.judge.checker != "design":
            raise ValueError("kind 'design' is judged with checker = \"design\"")

    def _answer_needs(self) -> None:
        key = self.answer
        if key is None or self.signature is not None:
            raise ValueError(f"kind {self.kind!r} needs an [answer] table and no [signature]")
        if self.kind == "numeric":
            if key.value is None or key.options:
                raise ValueError("kind 'numeric' needs answer.value and no options")
            if key.abs_tol == 0 and key.rel_tol == 0:
                raise ValueError("kind 'numeric' needs a tolerance: answer.abs_tol or answer.rel_tol")
            return
        ids = [option.id for option in key.options]
        correct = sum(option.correct for option in key.options)
        if key.value is not None or len(ids) < 2 or len(set(ids)) != len(ids):
            raise ValueError("kind 'choice' needs at least two options with distinct ids and no value")
        if correct == 0 or (not key.multiple and correct != 1):
            raise ValueError("kind 'choice' needs one correct option (or, with multiple = true, at least one)")


def describe(error: ValidationError) -> str:
    """Pydantic's errors as 'field: reason' lines."""
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        lines.append(f"field '{where}': {item['msg']}")
    return "; ".join(lines)

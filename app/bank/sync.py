"""``flask bank sync``: problems/ -> database.

Every changed problem is loaded and validated BEFORE the database is touched, so a malformed
problem (bad TOML, a missing file, a failing ``cases()``, an unknown topic) leaves the database
exactly as it was. Then each changed problem's expected outputs are computed by the reference in
the sandbox, all slots at once, and each problem is written in its own transaction as soon as it
is ready: a server running beside a first sync serves problems as they arrive, and one reference
that fails keeps only that problem out (it keeps its previous version), never the whole bank.

An unchanged folder (same ``source_hash``) costs only a hash: its cases are not even generated.
A problem that left the folder is retired, never deleted.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.bank import topics as topic_data
from app.bank.loader import PROBLEMS_ROOT, BankError, BankProblem, find_problem_folders, folder_hash, load_problems
from app.bank.materialise import materialise
from app.bank.schema import CODE_KINDS
from app.judge.pool import SandboxPool
from app.judge.runner import ProblemSpec
from app.models import Problem, TestCase, Topic, TopicEdge

JUDGED_KINDS = CODE_KINDS  # the reference computes their expected outputs


@dataclass
class SyncSummary:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    unchanged: int = 0
    topics_added: int = 0

    def describe(self) -> str:
        if not (self.added or self.changed or self.retired or self.topics_added):
            return f"bank up to date: nothing changed ({self.unchanged} problems)"
        parts = [f"added {len(self.added)}", f"changed {len(self.changed)}",
                 f"retired {len(self.retired)}", f"unchanged {self.unchanged}"]
        if self.topics_added:
            parts.append(f"topics added {self.topics_added}")
        lines = [", ".join(parts)]
        for label, slugs in (("added", self.added), ("changed", self.changed), ("retired", self.retired)):
            if slugs:
                lines.append(f"  {label}: {', '.join(sorted(slugs))}")
        return "\n".join(lines)


class PartialSync(BankError):
    """Some references failed: those problems were not written; ``summary`` says what was."""

    def __init__(self, message: str, summary: SyncSummary) -> None:
        super().__init__(message)
        self.summary = summary


def sync_bank(session: Session, pool: SandboxPool, root: Path = PROBLEMS_ROOT) -> SyncSummary:
    summary = SyncSummary()
    folders = find_problem_folders(root)
    existing = {p.slug: p for p in session.scalars(select(Problem))}
    digests = {folder: folder_hash(folder) for folder in folders}
    stale = [folder for folder in folders if not _is_current(existing.get(folder.name), digests[folder])]
    problems, errors = load_problems(stale)
    errors = _duplicate_folders(folders) + errors
    if errors:
        raise BankError("\n".join(errors))
    summary.unchanged = len(folders) - len(stale)

    try:
        topic_ids = _sync_topics(session, summary, {p.meta.topic for p in problems})
        present = {folder.name for folder in folders}
        for slug, row in sorted(existing.items()):
            if slug not in present and not row.retired:
                row.retired = True
                summary.retired.append(slug)
        # Questions with an answer key have no tests: written now, in this transaction.
        for problem in problems:
            if problem.meta.kind not in JUDGED_KINDS:
                _write_problem(session, summary, existing, problem, digests[problem.folder], None, None, topic_ids)
        session.commit()
    except Exception:
        session.rollback()
        raise

    judged = [problem for problem in problems if problem.meta.kind in JUDGED_KINDS]
    # References run in the sandbox: use every slot at once.
    with ThreadPoolExecutor(max_workers=pool.size) as executor:
        futures = {executor.submit(materialise, pool, problem): problem for problem in judged}
        for future in as_completed(futures):
            problem = futures[future]
            try:
                spec, reference_ms = future.result()
            except BankError as exc:
                errors.append(str(exc))
                continue
            try:
                _write_problem(session, summary, existing, problem, digests[problem.folder], spec,
                               reference_ms, topic_ids)
                session.commit()
            except Exception:
                session.rollback()
                raise
    if errors:
        raise PartialSync("\n".join(errors), summary)
    return summary


def _is_current(row: Problem | None, digest: str) -> bool:
    return row is not None and row.source_hash == digest and not row.retired


def _duplicate_folders(folders: list[Path]) -> list[str]:
    """The slug is the folder's name, so two folders of one name (under two topics) clash."""
    seen: dict[str, Path] = {}
    errors = []
    for folder in folders:
        if folder.name in seen:
            errors.append(f"{folder}: slug {folder.name!r} is also used by {seen[folder.name]}")
        seen[folder.name] = folder
    return errors


def _sync_topics(session: Session, summary: SyncSummary, used: set[str]) -> dict[str, int]:
    topics = topic_data.all_topics()
    names = [name for name, _ in topics]
    unknown = sorted(used - set(names))
    if unknown:
        raise BankError(f"problem.toml: field 'topic': unknown topic(s) {unknown}; known: {names}")
    rows = {t.name: t for t in session.scalars(select(Topic))}
    for position, (name, area) in enumerate(topics):
        if name not in rows:
            rows[name] = Topic(slug=topic_data.topic_slug(name), name=name, area=area, position=position)
            session.add(rows[name])
            summary.topics_added += 1
    session.flush()
    edges = {(e.from_topic_id, e.to_topic_id) for e in session.scalars(select(TopicEdge))}
    for before, after in topic_data.roadmap_edges():
        key = (rows[before].id, rows[after].id)
        if key not in edges:
            session.add(TopicEdge(from_topic_id=key[0], to_topic_id=key[1]))
    return {name: row.id for name, row in rows.items()}


def _write_problem(session: Session, summary: SyncSummary, existing: dict[str, Problem],
                   problem: BankProblem, digest: str, spec: ProblemSpec | None,
                   reference_ms: float | None, topic_ids: dict[str, int]) -> None:
    meta = problem.meta
    row = existing.get(meta.slug)
    (summary.added if row is None else summary.changed).append(meta.slug)
    if row is None:
        row = Problem(slug=meta.slug)
        session.add(row)
    else:
        row.version += 1
    row.title, row.kind, row.difficulty = meta.title, meta.kind, meta.difficulty
    row.topic_id = topic_ids[meta.topic]
    row.tags, row.lists, row.hints = list(meta.tags), list(meta.lists), list(meta.hints)
    row.signature = meta.signature.model_dump(by_alias=True) if meta.signature else None
    row.answer = meta.answer.model_dump() if meta.answer else None
    row.explanation_md = problem.explanation
    row.checker, row.checker_options = meta.judge.checker, dict(meta.judge.options)
    row.time_limit_ms, row.memory_limit_mb = meta.judge.time_limit_ms, meta.judge.memory_limit_mb
    row.complexity = meta.complexity.model_dump() if meta.complexity else {}
    row.statement_md = problem.statement
    row.starter_code = _starter_code(problem)
    row.reference_code = problem.solution
    row.reference_runtime_ms = reference_ms
    row.source_hash, row.retired = digest, False
    session.flush()
    if spec is not None:
        session.execute(delete(TestCase).where(TestCase.problem_id == row.id))
        for ordinal, (test, case) in enumerate(zip(spec.tests, problem.cases)):
            session.add(TestCase(problem_id=row.id, ordinal=ordinal, is_sample=test.is_sample,
                                 is_large=case.large, input=test.input, expected=test.expected))


def _starter_code(problem: BankProblem) -> str:
    """LeetCode-style empty class with the method signature(s)."""
    sig = problem.meta.signature
    if sig is None:
        return ""
    if problem.meta.kind in ("function", "ml"):
        params = ", ".join(f"{p.name}: {p.type}" for p in sig.params)
        returns = f" -> {sig.returns}" if sig.returns else ""
        # ML signatures name np.ndarray: the starter must run as it is.
        header = "import numpy as np\n\n\n" if problem.meta.kind == "ml" else ""
        return f"{header}class {sig.class_name}:\n    def {sig.method}(self, {params}){returns}:\n        pass\n"
    constructor = sig.methods.get(sig.class_name)
    init_params = "".join(f", {p.name}: {p.type}" for p in constructor.params) if constructor else ""
    lines = [f"class {sig.class_name}:", "", f"    def __init__(self{init_params}):", "        pass"]
    for name, method in sig.methods.items():
        if name == sig.class_name:
            continue
        params = "".join(f", {p.name}: {p.type}" for p in method.params)
        lines += ["", f"    def {name}(self{params}) -> {method.returns}:", "        pass"]
    return "\n".join(lines) + "\n"

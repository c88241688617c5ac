"""What the wall costs per submission: medians of N forks of a warm process.

Run as root from the repo root: ``.venv/bin/python bench/isolation.py [N]``.

The "zygote" here is a forked child of this script that pre-imports numpy, walls itself in
with ``isolate_zygote`` and (for the inherited case) lives in a throw-away slot cgroup, exactly
as the real zygote will; the script only collects its numbers and removes the cgroup.
"total" is the parent-side time from fork to ``waitpid`` returning (child fully reaped);
"in child" is the time the child spent in the measured step itself.
"""

from __future__ import annotations

import json
import os
import statistics
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy  # noqa: E402,F401  - a warm process has numpy's pages mapped

from app.judge.sandbox import cgroups, landlock, layers, seccomp_filter  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200
TIMING_FD = 250


def one_sample(fork, child) -> tuple[float, float]:
    """(fork-to-reaped total, time spent inside ``child()``) in seconds."""
    r, w = os.pipe()
    start = time.perf_counter()
    pid = fork()
    if pid == 0:
        try:
            os.dup2(w, TIMING_FD)  # a fixed fd the plans keep open
            t0 = time.perf_counter()
            child()
            os.write(TIMING_FD, struct.pack("d", time.perf_counter() - t0))
        finally:
            os._exit(0)
    os.close(w)
    spent = os.read(r, 8)
    _, status = os.waitpid(pid, 0)
    total = time.perf_counter() - start
    os.close(r)
    if status != 0 or len(spent) != 8:
        raise RuntimeError(f"child failed with wait status {status}")
    return total, struct.unpack("d", spent)[0]


def measure(variants: dict, n=N) -> dict[str, tuple[float, float]]:
    """Medians in ms; variants are interleaved round by round so machine noise hits all alike."""
    samples: dict[str, list] = {name: [] for name in variants}
    for _ in range(n):
        for name, (fork, child) in variants.items():
            samples[name].append(one_sample(fork, child))
    return {name: (statistics.median(t for t, _ in got) * 1e3,
                   statistics.median(c for _, c in got) * 1e3) for name, got in samples.items()}


def timed_ms(fn, n=50) -> float:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1e3


def zygote(out_fd: int, group: cgroups.SlotCgroup) -> None:
    """Everything below runs in the zygote-like child; results go back as JSON."""
    res = {"build_bpf (once per zygote)": (timed_ms(seccomp_filter.build_bpf), 0.0),
           "build_ruleset (once per zygote)": (
               timed_ms(lambda: os.close(landlock.build_ruleset([]))), 0.0)}
    bpf, ruleset = seccomp_filter.build_bpf(), landlock.build_ruleset([])
    pidns = layers.open_pid_ns()
    plain, nothing = os.fork, (lambda: None)
    in_pidns = (lambda: layers.fork_in_new_pid_ns(pidns))
    full = layers.IsolationPlan.for_slot(1, landlock_ruleset_fd=ruleset, seccomp_bpf=bpf,
                                         keep_fds=(TIMING_FD,))
    joining = layers.IsolationPlan(**{**full.__dict__, "cgroup": group})

    isolate = (lambda plan: (lambda: layers.isolate_child(plan)))
    res.update(measure({"fork+exit (warm, numpy loaded)": (plain, nothing)}))
    layers.isolate_zygote()
    res.update(measure({  # the zygote outside the slot cgroup
        "fork+exit in zygote namespaces": (plain, nothing),
        "fork+exit, child writes cgroup.procs": (plain, lambda: group.add_process(0)),
        "full isolate_child, pid ns, per-child cgroup join": (in_pidns, isolate(joining)),
    }))
    group.add_process(0)  # from now on the zygote lives in the slot group
    variants = {
        "fork+exit, cgroup inherited": (plain, nothing),
        "fork+exit, child in new pid ns": (in_pidns, nothing),
        "full isolate_child, pid ns, inherited cgroup": (in_pidns, isolate(full)),
        "full isolate_child, no pid ns": (plain, isolate(full)),
    }
    steps = {"fd closing": dict(close_fds=False), "rlimits": dict(cpu_seconds=None),
             "uid switch": dict(uid=None), "landlock": dict(landlock_ruleset_fd=None),
             "seccomp": dict(seccomp_bpf=None)}
    for label, change in steps.items():
        plan = layers.IsolationPlan(**{**full.__dict__, **change})
        variants[f"  same, no pid ns, without {label}"] = (plain, isolate(plan))
    res.update(measure(variants))
    os.write(out_fd, json.dumps(res).encode())


def main() -> None:
    if os.geteuid() != 0:
        sys.exit("bench/isolation.py needs root (namespaces, uid switch, cgroups)")
    group = cgroups.SlotCgroup.create(f"grindstone-bench-{os.getpid()}/slot-1")
    group.set_memory_limit(1 << 30)
    group.set_pids_max(64)
    r, w = os.pipe()
    try:
        pid = os.fork()
        if pid == 0:
            try:
                os.close(r)
                zygote(w, group)
            finally:
                os._exit(0)
        os.close(w)
        with os.fdopen(r, "rb") as f:
            data = f.read()
        os.waitpid(pid, 0)
    finally:
        group.kill_all()
        group.remove(prune_parents=True)
    if not data:
        sys.exit("the zygote-like child died before reporting")
    print(f"median of {N}, ms; cgroup v{group.layout.version}")
    print(f"  {'':52} {'total':>7} {'in child':>9}")
    for name, (total, inner) in json.loads(data).items():
        print(f"  {name:52} {total:7.3f} {inner:9.3f}")


if __name__ == "__main__":
    main()

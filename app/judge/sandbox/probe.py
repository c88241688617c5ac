"""Which isolation layers work here, for ``flask judge doctor`` and the judge's start-up check.

Why throw-away children: most layers are one-way (no_new_privs, seccomp, uid switch,
namespaces), so the only honest test is to apply them in a forked child and watch the effect,
leaving the caller untouched. Landlock is asked for its ABI version, which fails when the LSM
is missing or disabled. cgroups are tried by creating, limiting and removing a probe group.

As an ordinary user, rlimits, no_new_privs, seccomp and Landlock are expected to work and the
rest are reported "not root: skipped". Unprivileged user namespaces are detected and reported
in the detail, but the judge does not rely on them.
"""

from __future__ import annotations

import json
import os
import resource
from dataclasses import dataclass
from typing import Callable

from . import cgroups, landlock, layers, libc, rlimits, seccomp_filter

__all__ = ["LayerStatus", "probe_layers", "LAYER_NAMES"]

LAYER_NAMES = ("rlimits", "no_new_privs", "seccomp", "landlock", "namespaces", "pid_namespace",
               "cgroup_memory", "cgroup_pids", "uid_switch")


@dataclass(frozen=True)
class LayerStatus:
    name: str
    available: bool
    needs_root: bool
    detail: str


def _in_child(check: Callable[[], str]) -> tuple[bool, str]:
    """Run ``check`` in a forked child; it returns a detail or raises. Never returns twice."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            os.close(r)
            result = {"ok": True, "detail": check()}
        except BaseException as exc:  # noqa: BLE001 - report anything, then leave
            result = {"ok": False, "detail": f"{type(exc).__name__}: {exc}"}
        try:
            os.write(w, json.dumps(result).encode())
        finally:
            os._exit(0)
    os.close(w)
    with os.fdopen(r, "rb") as f:
        data = f.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        return False, f"probe child died (wait status {status})"
    result = json.loads(data)
    return bool(result["ok"]), str(result["detail"])


def _check_rlimits() -> str:
    rlimits.apply_child_limits(5, 1 << 30, nofile=32)
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    if (soft, hard) != (5, 5):
        raise RuntimeError(f"RLIMIT_CPU reads back {soft}/{hard}")
    return "CPU soft = hard, AS, NOFILE, FSIZE, NPROC, CORE set"


def _check_nnp() -> str:
    libc.set_no_new_privs()
    if not libc.get_no_new_privs():
        raise RuntimeError("PR_GET_NO_NEW_PRIVS still 0")
    return "PR_SET_NO_NEW_PRIVS"


def _check_seccomp() -> str:
    bpf = seccomp_filter.build_bpf()
    libc.set_no_new_privs()
    seccomp_filter.load_bpf(bpf)
    try:
        pid = os.fork()
    except PermissionError:
        return f"filter loaded ({len(bpf) // 8} BPF instructions), fork refused"
    if pid == 0:
        os._exit(0)
    raise RuntimeError("filter loaded but fork still works")


def _check_namespaces() -> str:
    libc.unshare(layers.ZYGOTE_NAMESPACES)
    return "net, ipc, uts, mount"


def _check_userns() -> str:
    libc.unshare(libc.CLONE_NEWUSER | libc.CLONE_NEWNET)
    return "ok"


def _check_pid_namespace() -> str:
    libc.unshare(libc.CLONE_NEWPID)
    pid = os.fork()
    if pid == 0:
        os._exit(0 if os.getpid() == 1 else 1)
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("child of unshare(CLONE_NEWPID) is not pid 1")
    return "fresh namespace per child, child is pid 1"


def _check_uid_switch() -> str:
    uid = layers.SLOT_UID_BASE
    layers.switch_uid(uid, uid)
    if os.getresuid() != (uid, uid, uid) or os.getgroups():
        raise RuntimeError("ids did not change")
    return f"setresuid/setresgid to per-slot uids ({uid} + slot)"


def _probe_cgroups(is_root: bool) -> list[LayerStatus]:
    layout = cgroups.detect()
    if layout is None:
        return [LayerStatus(n, False, True, "no memory+pids cgroup hierarchy")
                for n in ("cgroup_memory", "cgroup_pids")]
    where = {"cgroup_memory": layout.memory_base, "cgroup_pids": layout.pids_base}
    label = {n: f"cgroup v{layout.version} at {where[n]}" for n in where}
    if not is_root:
        return [LayerStatus(n, False, True, f"not root: skipped ({label[n]})") for n in where]
    results = {}
    try:
        group = cgroups.SlotCgroup.create(f"grindstone/probe-{os.getpid()}", layout)
    except OSError as exc:
        return [LayerStatus(n, False, True, f"{label[n]}: {exc}") for n in where]
    try:
        for name, action in (("cgroup_memory", lambda: group.set_memory_limit(64 << 20)),
                             ("cgroup_pids", lambda: group.set_pids_max(8))):
            try:
                action()
                results[name] = LayerStatus(name, True, True, label[name])
            except OSError as exc:
                results[name] = LayerStatus(name, False, True, f"{label[name]}: {exc}")
    finally:
        group.remove(prune_parents=True)
    return [results["cgroup_memory"], results["cgroup_pids"]]


def probe_layers() -> list[LayerStatus]:
    """One ``LayerStatus`` per name in ``LAYER_NAMES``, in that order."""
    is_root = os.geteuid() == 0
    out = []
    for name, check in (("rlimits", _check_rlimits), ("no_new_privs", _check_nnp),
                        ("seccomp", _check_seccomp)):
        ok, detail = _in_child(check)
        out.append(LayerStatus(name, ok, False, detail))
    abi = landlock.abi_version()
    out.append(LayerStatus("landlock", abi > 0, False,
                           f"landlock ABI {abi}" if abi else "landlock not available"))
    userns = ""
    if not is_root and _in_child(_check_userns)[0]:
        userns = "; unprivileged user namespaces work (not used)"
    for name, check in (("namespaces", _check_namespaces), ("pid_namespace", _check_pid_namespace)):
        if is_root:
            ok, detail = _in_child(check)
        else:
            ok, detail = False, "not root: skipped" + userns
        out.append(LayerStatus(name, ok, True, detail))
    out.extend(_probe_cgroups(is_root))
    ok, detail = _in_child(_check_uid_switch) if is_root else (False, "not root: skipped")
    out.append(LayerStatus("uid_switch", ok, True, detail))
    return out


if __name__ == "__main__":  # python -m app.judge.sandbox.probe
    for status in probe_layers():
        mark = "ok " if status.available else "-- "
        print(f"{mark}{status.name:14} {status.detail}")

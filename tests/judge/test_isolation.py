"""Security tests for the sandbox's isolation layers (no Flask).

Each test forks a child, applies one layer, attacks from inside, and reports through a pipe;
the parent asserts. Where it is safe, the child first makes the same attempt *before* the layer
(a control), so a test fails if the layer is missing rather than passing on an unrelated error.
Root-only tests are skipped with a reason when not root.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import os
import select
import signal
import socket
import struct
import subprocess
import tempfile
import termios
import threading
import time
import traceback

import pytest

from app.judge.sandbox import cgroups, landlock, layers, libc, probe, rlimits, seccomp_filter

IS_ROOT = os.geteuid() == 0


def needs_root(what: str):
    return pytest.mark.skipif(not IS_ROOT, reason=f"needs root: {what}")


needs_landlock = pytest.mark.skipif(landlock.abi_version() < 1, reason="Landlock not available")
_libc = ctypes.CDLL(None, use_errno=True)


# ---------------------------------------------------------------- helpers

def run_child(body, *, fork=os.fork, timeout=10.0):
    """Fork; the child runs ``body()`` and sends its dict back. Returns (report|None, status, rusage)."""
    r, w = os.pipe()
    pid = fork()
    if pid == 0:
        try:
            os.close(r)
            payload = {"ok": True, "result": body()}
        except BaseException:  # report anything, never return into pytest
            payload = {"ok": False, "error": traceback.format_exc()}
        try:
            data = json.dumps(payload).encode()
            while data:
                data = data[os.write(w, data):]
        finally:
            os._exit(0)
    os.close(w)
    chunks, deadline = [], time.monotonic() + timeout
    try:
        while True:
            ready, _, _ = select.select([r], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                os.kill(pid, signal.SIGKILL)
                pytest.fail("child did not finish in time")
            chunk = os.read(r, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(r)
        _, status, usage = os.wait4(pid, 0)
    report = json.loads(b"".join(chunks)) if chunks else None
    if report is not None and not report["ok"]:
        pytest.fail("child raised:\n" + report["error"])
    return (report["result"] if report else None), status, usage


def attempt(fn) -> str:
    """'ok' or the error, e.g. 'PermissionError:1', so the parent can assert on errno."""
    try:
        fn()
        return "ok"
    except OSError as exc:
        return f"{type(exc).__name__}:{exc.errno}"


CAP_SYS_RESOURCE = 24
MS_SHARED = 1 << 20


def has_capability(cap: int) -> bool:
    with open("/proc/self/status") as f:
        eff = next(line for line in f if line.startswith("CapEff:"))
    return bool(int(eff.split()[1], 16) >> cap & 1)


def errno_of(result: int) -> int:
    return 0 if result != -1 else ctypes.get_errno()


EPERM = f"PermissionError:{errno.EPERM}"
EACCES = f"PermissionError:{errno.EACCES}"


@pytest.fixture
def listener():
    """A TCP server on 127.0.0.1 that the child tries to reach."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:
        srv.bind(("127.0.0.1", 0))
        srv.listen(8)
        yield srv.getsockname()[1]


def connect(port: int) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(2)
        s.connect(("127.0.0.1", port))


@pytest.fixture
def pid_ns_fd():
    fd = layers.open_pid_ns()
    yield fd
    os.close(fd)


@pytest.fixture
def cgroup():
    groups = []

    def make(name):
        group = cgroups.SlotCgroup.create(f"grindstone-test-{os.getpid()}/{name}")
        groups.append(group)
        return group
    yield make
    for group in groups:
        group.kill_all()
        group.remove(prune_parents=True)
        assert not os.path.exists(group.memory_dir) and not os.path.exists(group.pids_dir)


def restrict(*paths):
    libc.set_no_new_privs()
    landlock.restrict_self(landlock.build_ruleset(list(paths)))


def apply_seccomp():
    libc.set_no_new_privs()
    seccomp_filter.load_bpf(seccomp_filter.build_bpf())


# ---------------------------------------------------------------- Landlock

@needs_landlock
def test_landlock_denies_writes_and_reads_outside_read_paths(tmp_path):
    allowed = tmp_path / "allowed"
    allowed.mkdir()
    (allowed / "data.txt").write_text("visible")
    target = tmp_path / "x"

    def body():
        control = {"passwd": attempt(lambda: open("/etc/passwd").read()),
                   "write": attempt(lambda: open(tmp_path / "control", "w").close())}
        restrict(str(allowed))
        return {"control": control,
                "write_tmp": attempt(lambda: open(target, "w").close()),
                "write_allowed": attempt(lambda: open(allowed / "new", "w").close()),
                "read_passwd": attempt(lambda: open("/etc/passwd").read()),
                "list_root": attempt(lambda: os.listdir("/")),
                "read_allowed": open(allowed / "data.txt").read(),
                "unlink": attempt(lambda: os.unlink(allowed / "data.txt"))}

    res, status, _ = run_child(body)
    assert res["control"] == {"passwd": "ok", "write": "ok"}
    assert res["write_tmp"] == EACCES and not target.exists()
    assert res["write_allowed"] == EACCES and res["unlink"] == EACCES
    assert res["read_passwd"] == EACCES and res["list_root"] == EACCES
    assert res["read_allowed"] == "visible"
    assert os.waitstatus_to_exitcode(status) == 0


@pytest.mark.skipif(landlock.abi_version() < 4, reason="Landlock TCP rules need ABI 4")
def test_landlock_denies_tcp_connect(listener):
    def body():
        control = attempt(lambda: connect(listener))
        restrict()
        return {"control": control, "after": attempt(lambda: connect(listener))}

    res, _, _ = run_child(body)
    assert res == {"control": "ok", "after": EACCES}


@pytest.mark.skipif(landlock.abi_version() < 6, reason="Landlock signal scoping needs ABI 6")
def test_landlock_scopes_signals_to_own_domain():
    parent = os.getpid()
    victim = subprocess.Popen(["sleep", "30"])
    try:
        def body():
            control = attempt(lambda: os.kill(parent, 0))
            restrict()
            return {"control": control, "parent": attempt(lambda: os.kill(parent, 0)),
                    "victim": attempt(lambda: os.kill(victim.pid, signal.SIGKILL)),
                    "self": attempt(lambda: os.kill(os.getpid(), 0))}

        res, _, _ = run_child(body)
        assert res == {"control": "ok", "parent": EPERM, "victim": EPERM, "self": "ok"}
        assert victim.poll() is None
    finally:
        victim.kill()
        victim.wait()


# ---------------------------------------------------------------- seccomp

def test_seccomp_blocks_processes_and_kernel_surfaces():
    master, slave = os.openpty()

    def body():
        if IS_ROOT:  # a broken filter must not leave a mount or namespace on the host
            libc.unshare(libc.CLONE_NEWNS)
            libc.mount(None, "/", None, libc.MS_REC | libc.MS_PRIVATE)
        apply_seccomp()
        box = {}
        worker = threading.Thread(target=lambda: box.update(sum=sum(range(1000))))
        worker.start()
        worker.join()
        tiocsti_hi = (1 << 32) | termios.TIOCSTI
        ch = ctypes.c_char(b"x")
        return {
            "thread": box.get("sum"),
            "fork": attempt(os.fork),
            "subprocess": attempt(lambda: subprocess.run(["/bin/true"], check=False)),
            "execv": attempt(lambda: os.execv("/bin/true", ["true"])),
            "inet": attempt(lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM)),
            "unix": attempt(lambda: socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)),
            "socketpair": attempt(lambda: [s.close() for s in socket.socketpair()]),
            "ptrace": errno_of(_libc.ptrace(16, os.getppid(), 0, 0)),  # PTRACE_ATTACH
            "mount": attempt(lambda: libc.mount("none", "/mnt", "tmpfs", 0)),
            "unshare_user": attempt(lambda: libc.unshare(libc.CLONE_NEWUSER)),
            "clone3": attempt(lambda: libc.syscall(435, 0, 0)),
            "tiocsti": attempt(lambda: fcntl.ioctl(slave, termios.TIOCSTI, b"x")),
            "tiocsti_high_bits": errno_of(_libc.syscall(ctypes.c_long(16), ctypes.c_long(slave),
                                                        ctypes.c_long(tiocsti_hi),
                                                        ctypes.byref(ch))),
            "personality_query": attempt(lambda: libc.syscall(135, 0xFFFFFFFF)),
            "personality_set": attempt(lambda: libc.syscall(135, 0x0040000)),
            "bpf": attempt(lambda: libc.syscall(321, 0, 0, 0)),
            "landlock_add_rule": attempt(lambda: libc.syscall(445, 0, 1, 0, 0)),
            "mode": seccomp_filter.filter_mode(),
        }

    try:
        res, _, _ = run_child(body)
    finally:
        os.close(master)
        os.close(slave)
    assert res["thread"] == 499500
    for key in ("fork", "subprocess", "execv", "inet", "unix", "mount", "unshare_user",
                "tiocsti", "personality_set", "bpf", "landlock_add_rule"):
        assert res[key] == EPERM, key
    assert res["ptrace"] == errno.EPERM and res["tiocsti_high_bits"] == errno.EPERM
    assert res["clone3"] == f"OSError:{errno.ENOSYS}"
    assert res["socketpair"] == "ok" and res["personality_query"] == "ok"
    assert res["mode"] == 2


def test_seccomp_blocks_sysv_ipc():
    ipc_private, ipc_creat, ipc_rmid = 0, 0o1000, 0

    def body():
        shm_id = _libc.shmget(ipc_private, 4096, ipc_creat | 0o600)
        control = shm_id >= 0 and _libc.shmctl(shm_id, ipc_rmid, None) == 0
        apply_seccomp()
        return {"control": control,
                "shmget": errno_of(_libc.shmget(ipc_private, 4096, ipc_creat | 0o600)),
                "msgget": errno_of(_libc.msgget(ipc_private, ipc_creat | 0o600)),
                "semget": errno_of(_libc.semget(ipc_private, 1, ipc_creat | 0o600))}

    res, _, _ = run_child(body)
    assert res == {"control": True, "shmget": errno.EPERM, "msgget": errno.EPERM,
                   "semget": errno.EPERM}


def test_bpf_export_is_stable_and_compact():
    first, second = seccomp_filter.build_bpf(), seccomp_filter.build_bpf()
    assert first == second and len(first) % 8 == 0 and 8 < len(first) // 8 < 4096


# ---------------------------------------------------------------- namespaces, uid, rlimits

@needs_root("unshare(CLONE_NEWNET)")
def test_net_namespace_has_only_lo_and_it_is_down(listener):
    def body():
        control = attempt(lambda: connect(listener))
        libc.unshare(libc.CLONE_NEWNET)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            ifreq = fcntl.ioctl(s, 0x8913, struct.pack("16sH14x", b"lo", 0))  # SIOCGIFFLAGS
        return {"control": control, "ifaces": [n for _, n in socket.if_nameindex()],
                "lo_up": bool(struct.unpack("16sH14x", ifreq)[1] & 1),
                "listener": attempt(lambda: connect(listener)),
                "postgres": attempt(lambda: connect(5432))}

    res, _, _ = run_child(body)
    assert res["control"] == "ok"
    assert res["ifaces"] == ["lo"] and res["lo_up"] is False
    assert res["listener"] == res["postgres"] == f"OSError:{errno.ENETUNREACH}"


@needs_root("setresuid to a slot uid")
def test_uid_switch_blocks_root_files_and_signals():
    parent, uid = os.getpid(), layers.SLOT_UID_BASE + 7
    with tempfile.TemporaryDirectory() as d:
        os.chmod(d, 0o755)
        secret, public = os.path.join(d, "secret"), os.path.join(d, "public")
        for path, mode in ((secret, 0o600), (public, 0o644)):
            with open(path, "w") as f:
                f.write(path)
            os.chmod(path, mode)

        def body():
            os.setgroups([0, 4])  # supplementary groups must not survive the switch
            layers.switch_uid(uid, uid)
            return {"ids": [os.getresuid(), os.getresgid(), os.getgroups()],
                    "public": attempt(lambda: open(public).read()),
                    "secret": attempt(lambda: open(secret).read()),
                    "kill_parent": attempt(lambda: os.kill(parent, 0)),
                    "back_to_root": attempt(lambda: os.setuid(0))}

        res, _, _ = run_child(body)
    assert res["ids"] == [[uid] * 3, [uid] * 3, []]
    assert res["public"] == "ok" and res["secret"] == EACCES
    assert res["kill_parent"] == EPERM and res["back_to_root"] == EPERM


@needs_root("unshare(CLONE_NEWPID)")
def test_cpu_limit_kills_busy_loop_as_pid1(pid_ns_fd):
    limit = 1

    def body():
        if os.getpid() != 1:
            return {"pid": os.getpid()}
        rlimits.apply_child_limits(limit, None)
        while True:
            pass

    started = time.monotonic()
    res, status, usage = run_child(body, fork=lambda: layers.fork_in_new_pid_ns(pid_ns_fd))
    elapsed = time.monotonic() - started
    assert res is None, f"child was not pid 1 of a new namespace: {res}"
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    cpu = usage.ru_utime + usage.ru_stime
    # Killed at the limit by CPU time (wall time depends on how loaded the machine is).
    assert limit - 0.1 <= cpu < limit + 0.5
    assert elapsed >= cpu - 0.05


@needs_root("unshare(CLONE_NEWPID)")
def test_fork_in_new_pid_ns_restores_parent_namespace(pid_ns_fd):
    before = os.readlink("/proc/self/ns/pid_for_children")
    res, _, _ = run_child(lambda: {"pid": os.getpid()},
                          fork=lambda: layers.fork_in_new_pid_ns(pid_ns_fd))
    assert res == {"pid": 1}
    assert os.readlink("/proc/self/ns/pid_for_children") == before
    res, _, _ = run_child(lambda: {"pid": os.getpid()})
    assert res["pid"] != 1


@needs_root("RLIMIT_NPROC holds only after the uid switch")
def test_rlimit_nproc_allows_exactly_the_harness_thread():
    def body():
        rlimits.apply_child_limits(5, None, nproc=2)
        layers.switch_uid(layers.SLOT_UID_BASE + 8, layers.SLOT_UID_BASE + 8)
        gate, started = threading.Event(), []
        threads = []
        for _ in range(2):
            try:
                t = threading.Thread(target=gate.wait)
                t.start()
                threads.append(t)
                started.append("ok")
            except RuntimeError:
                started.append("refused")
        gate.set()
        for t in threads:
            t.join()
        return {"threads": started}

    res, _, _ = run_child(body)
    assert res["threads"] == ["ok", "refused"]


# ---------------------------------------------------------------- cgroups

@needs_root("creating a memory cgroup")
def test_memory_cgroup_oom_kills_the_child(cgroup):
    group = cgroup("mem")
    group.set_memory_limit(64 << 20)
    before = group.oom_kill_count()

    def body():
        group.add_process(0)
        cgroups.set_oom_score_adj(1000)
        blob = bytearray(b"\x01") * (200 << 20)  # written, so every page is charged
        return {"survived": len(blob)}

    idle = group.memory_usage()
    res, status, _ = run_child(body, timeout=30)
    assert res is None and idle < 1 << 20
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert group.oom_kill_count() > before
    assert group.memory_peak() is not None and group.memory_peak() <= 64 << 20


@needs_root("creating a pids cgroup")
def test_pids_cgroup_stops_a_fork_bomb(cgroup, pid_ns_fd):
    group = cgroup("pids")
    group.set_pids_max(5)

    def body():
        group.add_process(0)
        hold_r, hold_w = os.pipe()
        forked, refused = [], 0
        for _ in range(50):
            try:
                pid = os.fork()
            except BlockingIOError:
                refused += 1
                continue
            if pid == 0:
                os.close(hold_w)
                os.read(hold_r, 1)
                os._exit(0)
            forked.append(pid)
        os.close(hold_w)
        for pid in forked:
            os.waitpid(pid, 0)
        return {"forked": len(forked), "refused": refused}

    res, _, _ = run_child(body, fork=lambda: layers.fork_in_new_pid_ns(pid_ns_fd))
    assert res == {"forked": 4, "refused": 46}


@needs_root("creating cgroups")
def test_slot_cgroup_create_is_idempotent(cgroup):
    group = cgroup("again")
    group.set_pids_max(3)
    again = cgroups.SlotCgroup.create(group.name)
    assert again.memory_dir == group.memory_dir
    with open(os.path.join(again.pids_dir, "pids.max")) as f:
        assert f.read().strip() == "3"


# ---------------------------------------------------------------- the whole sequence

@needs_root("the full sequence switches uid and namespaces")
@needs_landlock
def test_isolate_child_applies_every_layer_in_order(pid_ns_fd):
    ruleset, bpf = landlock.build_ruleset([]), seccomp_filter.build_bpf()
    stray = os.open("/dev/null", os.O_RDONLY)
    go_r, go_w = os.pipe()
    plan = layers.IsolationPlan.for_slot(3, cpu_seconds=5, address_space_bytes=4 << 30,
                                         landlock_ruleset_fd=ruleset, seccomp_bpf=bpf)
    r, w = os.pipe()
    try:
        pid = layers.fork_in_new_pid_ns(pid_ns_fd)
        if pid == 0:
            try:
                layers.isolate_child(layers.IsolationPlan(**{**plan.__dict__,
                                                             "keep_fds": (w, go_r)}))
                box = {}
                t = threading.Thread(target=lambda: box.update(ok=True))
                t.start()
                t.join()
                report = {"pid": os.getpid(), "uid": os.getresuid(),
                          "nnp": libc.get_no_new_privs(), "seccomp": seccomp_filter.filter_mode(),
                          "cpu": list(rlimits.resource.getrlimit(rlimits.resource.RLIMIT_CPU)),
                          "stray_fd": attempt(lambda: os.fstat(stray)),
                          "ruleset_fd": attempt(lambda: os.fstat(ruleset)),
                          "passwd": attempt(lambda: open("/etc/passwd").read()),
                          "fork": attempt(os.fork), "thread": box.get("ok", False)}
                os.write(w, json.dumps(report).encode())
                os.read(go_r, 1)  # stay alive while the parent reads our oom_score_adj
            finally:
                os._exit(0)
        os.close(w)
        report = json.loads(os.read(r, 65536))
        with open(f"/proc/{pid}/oom_score_adj") as f:
            oom = int(f.read())
        os.write(go_w, b"x")
        _, status = os.waitpid(pid, 0)
    finally:
        for fd in (ruleset, stray, go_r, go_w, r):
            os.close(fd)
    uid = layers.SLOT_UID_BASE + 3
    assert report == {"pid": 1, "uid": [uid] * 3, "nnp": True, "seccomp": 2, "cpu": [5, 5],
                      "stray_fd": f"OSError:{errno.EBADF}", "ruleset_fd": f"OSError:{errno.EBADF}",
                      "passwd": EACCES, "fork": EPERM, "thread": True}
    assert oom == 1000 and os.waitstatus_to_exitcode(status) == 0


@needs_root("unshare(net|ipc|uts|mount)")
def test_isolate_zygote_unshares_once_and_protects_itself():
    def body():
        libc.unshare(libc.CLONE_NEWNS)  # make propagation visible, then expect it gone
        libc.mount(None, "/", None, libc.MS_REC | MS_SHARED)
        layers.isolate_zygote()
        with open("/proc/self/oom_score_adj") as f:
            oom = int(f.read())
        with open("/proc/self/mountinfo") as f:
            shared = [line for line in f if "shared:" in line]
        return {"ifaces": [n for _, n in socket.if_nameindex()], "oom": oom,
                "shared_mounts": len(shared),
                "hostname": attempt(lambda: socket.sethostname("grindstone-sandbox"))}

    res, _, _ = run_child(body)
    # lowering oom_score_adj needs CAP_SYS_RESOURCE; without it the zygote stays at 0
    assert res["ifaces"] == ["lo"] and res["shared_mounts"] == 0
    assert res["oom"] == (-1000 if has_capability(CAP_SYS_RESOURCE) else 0)
    assert res["hostname"] == "ok" and socket.gethostname() != "grindstone-sandbox"


# ---------------------------------------------------------------- probe

def test_probe_reports_every_layer_honestly():
    statuses = probe.probe_layers()
    assert [s.name for s in statuses] == list(probe.LAYER_NAMES)
    by_name = {s.name: s for s in statuses}
    for name in ("rlimits", "no_new_privs", "seccomp"):
        assert by_name[name].available, by_name[name].detail
    assert by_name["landlock"].available == (landlock.abi_version() > 0)
    for s in statuses:
        assert s.needs_root == (s.name not in ("rlimits", "no_new_privs", "seccomp", "landlock"))
        if not IS_ROOT and s.needs_root:
            assert not s.available and "not root" in s.detail
    if IS_ROOT:
        assert all(s.available for s in statuses), [s for s in statuses if not s.available]

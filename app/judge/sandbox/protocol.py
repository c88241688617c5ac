"""Messages between the trusted parent and a slot's zygote, and between the parent and a child.

- Parent <-> zygote: a SOCK_SEQPACKET socket pair; each message is one JSON object, optionally
  carrying file descriptors (SCM_RIGHTS). Both sides are trusted code.
- Child -> parent: the child's result pipe carries newline-delimited strict JSON (orjson, which
  rejects NaN and anything that is not RFC 8259). The child is UNTRUSTED: the parent caps what it
  reads and validates every record; nothing from the child is ever unpickled.
- Parent -> child: one pickle of trusted data (code, spec, test inputs), written only after the
  child has reported that its isolation is in place.
"""
from __future__ import annotations

import select
import socket
from typing import Any

import orjson

MAX_CONTROL_MESSAGE = 64 * 1024
MAX_FDS = 4

# Exit codes the child uses before user code runs; anything else comes from the user's program.
EXIT_SETUP_FAILED = 121


def send(sock: socket.socket, message: dict[str, Any], fds: list[int] | None = None) -> None:
    data = orjson.dumps(message)
    if fds:
        socket.send_fds(sock, [data], fds)
    else:
        sock.sendall(data)


def recv(sock: socket.socket, block: bool = True) -> tuple[dict[str, Any], list[int]]:
    """One message and its fds. Raises EOFError when the peer has gone, and BlockingIOError
    when ``block`` is False and no message is waiting."""
    # (socket.recv_fds ignores its flags argument in 3.11, so MSG_DONTWAIT cannot be used.)
    if not block and not select.select([sock], [], [], 0)[0]:
        raise BlockingIOError("no message waiting")
    data, fds, _flags, _addr = socket.recv_fds(sock, MAX_CONTROL_MESSAGE, MAX_FDS)
    if not data:
        for fd in fds:
            _close_quietly(fd)
        raise EOFError("peer closed the control socket")
    return orjson.loads(data), list(fds)


def _close_quietly(fd: int) -> None:
    import os
    try:
        os.close(fd)
    except OSError:
        pass

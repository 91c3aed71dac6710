"""Work split between this process and a forked copy of it, for scans of every file.

A rule that reads every file of a large repository (REUSE) spends its time in Python,
one file after another; a second process on a second core halves that. ``fork`` gives
the copy everything already loaded (the index, the parsed configuration) for free, so
only the results travel, pickled through a pipe.

Forking is done only where it is safe and worth it: on Linux, with more than one CPU
available, from a process with no other thread, Python's or a native library's (a
thread holding a lock at the fork would leave it locked in the copy forever; askalono
keeps a pool of threads once it has identified a text), and for enough items. Anywhere
else the work runs here, in one piece, with the same result. A copy that fails in any
way has its half done again here, so a failure shows where it can be reported.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import NoReturn, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Below this many items, forking costs more than it saves.
MIN_ITEMS = 4000
# Items are dealt in blocks, alternately to each process: large files cluster in some
# folders (vendored trees, data), and alternation spreads them over both.
BLOCK = 256


def can_fork() -> bool:
    if not sys.platform.startswith("linux") or _threads() > 1:
        return False
    return len(os.sched_getaffinity(0)) > 1


def _threads() -> int:
    """The process's threads, those of native libraries included (a BLAS pool)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def deal(items: Sequence[Item], block: int = BLOCK) -> tuple[list[Item], list[Item]]:
    """The items in two halves, dealt block by block (smaller blocks for few items)."""
    block = max(1, min(block, len(items) // 16))
    first: list[Item] = []
    second: list[Item] = []
    for start in range(0, len(items), block):
        (first if start // block % 2 == 0 else second).extend(items[start:start + block])
    return first, second


def in_two_halves(
    items: Sequence[Item],
    work: Callable[[Sequence[Item]], Result],
    *,
    min_items: int = MIN_ITEMS,
) -> list[Result]:
    """``work`` done on each half of ``items``, the second half in a forked process
    when that is possible; or ``work(items)`` alone. The results must pickle."""
    if len(items) < min_items or not can_fork():
        return [work(items)]
    mine, theirs = deal(items)
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # the copy, which never returns into the caller's code
        _work_and_exit(reading, writing, work, theirs)
    os.close(writing)
    try:
        own_result = work(mine)
        other: list[Result] | None = _result_of(child, reading)
    except BaseException:
        _stop(child)
        raise
    finally:
        os.close(reading)
    return [own_result, *(other if other is not None else [work(theirs)])]


def _work_and_exit(
    reading: int,
    writing: int,
    work: Callable[[Sequence[Item]], Result],
    items: Sequence[Item],
) -> NoReturn:
    status = 1
    try:
        os.close(reading)
        # Interrupting is the parent's to handle; the copy just stops.
        for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(number, signal.SIG_DFL)
        data = pickle.dumps(work(items), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(data)
        status = 0
    finally:
        os._exit(status)  # no cleanup handler of the parent may run in the copy


def _result_of(child: int, reading: int) -> list[Result] | None:
    """The copy's result, or None when it failed."""
    chunks = []
    while chunk := os.read(reading, 1 << 20):
        chunks.append(chunk)
    _pid, status = os.waitpid(child, 0)
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        return None
    try:
        return [pickle.loads(b"".join(chunks))]
    except Exception:  # a truncated or garbled result: do the half here
        return None


def _stop(child: int) -> None:
    try:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
    except OSError:
        pass

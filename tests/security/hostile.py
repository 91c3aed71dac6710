"""Tools for the hostile-repository tests: a digest of a whole tree, ``.git`` included,
and commons-lint run as users run it, in a child process with a time limit and a cap on
its memory.

Every test of ``tests/security/`` builds a hostile input in a temporary folder, records
:func:`tree_digest` of the inspected tree, runs :func:`run_guarded`, and then asserts:
the marker a payload would create does not exist (:func:`marker_command`), the digest is
unchanged, and the run ended with the documented exit code and a one-line error.
"""

from __future__ import annotations

import hashlib
import os
import resource
import stat
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from fresh_process import isolated_environment

# commons-lint as a user's shell starts it: the console script next to this interpreter.
CONSOLE_SCRIPT = Path(sys.executable).with_name("commons-lint")
# Generous: the point is seconds against minutes, on a loaded 2-core machine.
TIME_LIMIT = 60.0
# Address space of the child: far above a normal run (about 150 MB resident, more mapped
# by the licence matcher and the language model), far below a blow-up.
MEMORY_LIMIT = 3 * 1024**3


def tree_digest(root: Path) -> str:
    """A hash of everything below ``root``, ``.git`` included: each entry's path, type,
    mode, size, modification time and content (a link's target, not what it points to).

    Two equal digests mean the tree was left exactly as it was.
    """
    digest = hashlib.sha256()
    for directory, subdirs, names in os.walk(root, followlinks=False):
        subdirs.sort()
        for name in sorted([*subdirs, *names]):
            path = Path(directory, name)
            info = path.lstat()
            relative = path.relative_to(root).as_posix()
            digest.update(
                f"{relative}\0{info.st_mode:o}\0{info.st_size}\0{info.st_mtime_ns}\0".encode(
                    "utf-8", "surrogateescape"
                )
            )
            if stat.S_ISLNK(info.st_mode):
                digest.update(os.readlink(path).encode("utf-8", "surrogateescape"))
            elif stat.S_ISREG(info.st_mode):
                with path.open("rb") as handle:
                    for block in iter(lambda: handle.read(1 << 20), b""):
                        digest.update(block)
        # The folders' own times change when an entry is added or removed in them.
        info = Path(directory).lstat()
        digest.update(f"{directory}\0{info.st_mtime_ns}\0".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def marker_command(marker: Path) -> str:
    """A shell command a payload runs: it creates ``marker``, which must never exist."""
    return f"touch '{marker}'"


@dataclass
class GuardedRun:
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]


def _limits(memory: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.setsid()  # its own process group, so that a timeout ends git with it


def run_guarded(
    *args: str | Path,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = TIME_LIMIT,
    memory: int = MEMORY_LIMIT,
    command: Sequence[str | Path] = (CONSOLE_SCRIPT,),
    stdin: bytes | None = None,
) -> GuardedRun:
    """``commons-lint ARGS`` in a child process limited to ``memory`` bytes of address
    space; killed with its whole process group after ``timeout`` seconds."""
    process = subprocess.Popen(
        [str(part) for part in (*command, *args)],
        cwd=cwd,
        env=isolated_environment(dict(env or {})),
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: _limits(memory),
    )
    try:
        out, err = process.communicate(stdin, timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)
        out, err = process.communicate()
        timed_out = True
    return GuardedRun(
        process.returncode,
        out.decode("utf-8", "replace"),
        err.decode("utf-8", "replace"),
        timed_out,
    )


def assert_clean_end(run: GuardedRun, *codes: int) -> None:
    """The run ended in time, with one of ``codes``, and without a traceback."""
    assert not run.timed_out, f"still running after the time limit:\n{run.stderr[-2000:]}"
    assert run.returncode in codes, (run.returncode, run.stderr[-2000:])
    assert "Traceback" not in run.stderr, run.stderr[-4000:]
    assert "internal error" not in run.stderr.lower(), run.stderr[-2000:]


def assert_one_line_error(run: GuardedRun, code: int = 2) -> str:
    """The run failed with ``code`` and a single line on standard error; that line."""
    assert_clean_end(run, code)
    assert len(run.error_lines) == 1, run.stderr
    return run.error_lines[0]

"""Runs in a new process: commons-lint as users run it, on a pipe or on a terminal, and a
check in a fresh interpreter, for what depends on the process itself.

Scans split themselves into two processes only from a process with no other thread
(see ``rules/_halves.py``), and earlier tests leave native threads in the test process
(askalono's pool, once it has identified a licence). A check of the split therefore
runs where no earlier test has been: a fresh interpreter, started here.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Literal

import pytest

TESTS = Path(__file__).resolve().parent


def require_two_cpus_on_linux() -> None:
    if not sys.platform.startswith("linux") or len(os.sched_getaffinity(0)) < 2:
        pytest.skip("scans are split into two processes only on Linux with two CPUs or more")


def in_fresh_process(check: Callable[..., None], *arguments: str) -> None:
    """Call ``check(*arguments)`` in a new interpreter; fail with its error output."""
    require_two_cpus_on_linux()
    source = sys.modules[check.__module__].__file__
    assert source is not None
    script = (
        "import runpy, sys\n"
        f"runpy.run_path({source!r})[{check.__name__!r}](*sys.argv[1:])\n"
    )
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(TESTS), str(TESTS / "rules")]),
    }
    completed = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr


def isolated_environment(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """This environment, in English, without what a user's shell or a calling Git hook
    sets that would change a run (locale, NO_COLOR, GIT_*); ``env`` on top."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("LC_", "LANG", "NO_COLOR", "GIT_"))
    }
    environment.update({"LANG": "C.UTF-8", **(env or {})})
    return environment


def commons_lint_process(
    *args: str | Path,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    command: Sequence[str] = (sys.executable, "-m", "commons_lint"),
) -> subprocess.CompletedProcess[str]:
    """``commons-lint ARGS`` in a new process, its output captured."""
    return subprocess.run(
        [*command, *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=isolated_environment(env),
        timeout=120,
        check=False,
    )


def terminal_output(
    command: Sequence[str | Path], env: Mapping[str, str],
    stream: Literal["stdout", "stderr"] = "stdout",
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with its ``stream`` on a pseudo-terminal: what it showed there is
    that attribute of the result; the other stream is dropped."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [str(part) for part in command],
        stdin=subprocess.DEVNULL,
        stdout=terminal if stream == "stdout" else subprocess.DEVNULL,
        stderr=terminal if stream == "stderr" else subprocess.DEVNULL,
        env=env,
    )
    os.close(terminal)
    chunks = []
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    returncode = process.wait(timeout=60)
    os.close(controller)
    shown = b"".join(chunks).decode("utf-8")
    return subprocess.CompletedProcess(process.args, returncode, **{stream: shown})

"""Running a check in a new Python interpreter, for what depends on the process itself.

Scans split themselves into two processes only from a process with no other thread
(see ``rules/_halves.py``), and earlier tests leave native threads in the test process
(askalono's pool, once it has identified a licence). A check of the split therefore
runs where no earlier test has been: a fresh interpreter, started here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

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

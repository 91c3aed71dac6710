"""The benchmark script still works: a tiny repository, one run, a table at the end.

Timings are not asserted: on a shared CI machine they mean nothing. What is checked is
that generation, every measured command and the comparison run to completion.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"
TABLE_HEADER = (
    "| command | median s | CPU s | peak MB | compared with | ratio | target | result |"
)


def test_smoke_run_prints_the_table(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, str(BENCHMARK), "--smoke", "--workdir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    lines = completed.stdout.splitlines()
    assert TABLE_HEADER in lines
    rows = [line for line in lines[lines.index(TABLE_HEADER) + 2 :] if line.startswith("|")]
    labels = [row.split("|")[1].strip() for row in rows]
    assert "`git ls-files`" in labels
    assert "`git log --format=%ae`" in labels
    default_profile = next(row for row in rows if "default profile" in row)
    # The default profile was measured: a number of seconds, not "skipped" or "error".
    measured = re.compile(r"\|[^|]+\| \d+\.\d{3} \| \d+\.\d{3} \| \d+ \|")
    assert measured.match(default_profile), default_profile
    assert "error" not in completed.stdout
    # Without --keep the generated repository is removed.
    assert not any(tmp_path.iterdir())

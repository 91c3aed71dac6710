"""Times ``commons-lint check`` on a large synthetic repository against its lower bounds.

Each command runs ``--runs`` times in a fresh process; the table gives the median wall
time, the median CPU time (user + system: steadier than wall time on a busy machine),
the peak resident memory (the largest of the command and what it spawned) and the ratio
of wall times to the command it is compared with. Lower bounds: ``git ls-files``, reading the
first 4 KiB of every tracked file, ``git log --format=%ae``; reference: ``reuse lint``.

    python benchmarks/run.py                      # 40 000 files, 100 000 commits, 2 000 authors
    python benchmarks/run.py --files 100000 --keep --workdir /tmp/bench
    python benchmarks/run.py --smoke              # a few hundred files, one run (CI)

Benchmarks are not tests: a missed target is reported, and only ``--strict`` turns it
into a failing exit code. A command that fails (crashes, unexpected exit code) always does.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# generate.py is a script beside this one, not part of a package.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate

REUSE_RULES = ("reuse-compliance",)
HISTORY_RULES = ("contributor-terms", "community-diversity", "activity")

DEFAULT_TARGET_SECONDS = 0.5
DEFAULT_TARGET_MB = 150.0
REUSE_TARGET_RATIO = 0.1  # at least ten times faster than ``reuse lint``
HISTORY_TARGET_RATIO = 1.5

# Runs one command and says how long it took and how much memory it (and its children)
# used at most. A fresh wrapper per run keeps the maxima of earlier runs out.
WRAPPER = r"""
import json, resource, subprocess, sys, time
out, err, command = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(out, "wb") as stdout, open(err, "wb") as stderr:
    started = time.perf_counter()
    code = subprocess.run(
        command, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr
    ).returncode
    wall = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({"wall": wall, "cpu": cpu, "peak_kb": usage.ru_maxrss, "code": code}))
"""

# The floor for any check that looks into files: list them, read the head of each.
HEAD_READ = r"""
import os, subprocess, sys
root = os.fsencode(sys.argv[1])
listing = subprocess.run(["git", "-C", root, "ls-files", "-z"], capture_output=True, check=True)
total = 0
for name in listing.stdout.split(b"\0"):
    if name:
        try:
            with open(os.path.join(root, name), "rb") as handle:
                total += len(handle.read(4096))
        except OSError:
            pass
print(total)
"""


@dataclass
class Sample:
    wall: float
    cpu: float  # user + system time: less sensitive than wall time to a busy machine
    peak_mb: float
    code: int


@dataclass
class Row:
    label: str
    command: list[str]
    ok_codes: tuple[int, ...] = (0,)
    compared_with: str | None = None  # label of another row
    target: str = "lower bound"
    judge: Callable[[Row, Row | None], bool] | None = None
    samples: list[Sample] = field(default_factory=list)
    output: bytes = b""
    error: str | None = None
    skipped: str | None = None
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(sample.wall for sample in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(sample.cpu for sample in self.samples)

    @property
    def peak_mb(self) -> float:
        return max(sample.peak_mb for sample in self.samples)


def measure(row: Row, runs: int, scratch: Path) -> None:
    """Run the row's command ``runs`` times; keep the output of the last run."""
    out, err = scratch / "stdout", scratch / "stderr"
    for _run in range(runs):
        completed = subprocess.run(
            [sys.executable, "-c", WRAPPER, str(out), str(err), *row.command],
            capture_output=True, text=True, check=True,
        )
        report = json.loads(completed.stdout)
        sample = Sample(report["wall"], report["cpu"], report["peak_kb"] / 1024, report["code"])
        if sample.code not in row.ok_codes:
            problem = err.read_bytes().decode("utf-8", "replace").strip().splitlines()
            row.error = f"exit {sample.code}" + (f": {problem[-1]}" if problem else "")
            return
        row.samples.append(sample)
    row.output = out.read_bytes()


# ----- the commands ------------------------------------------------------------------


def commons_lint_command(override: str | None) -> list[str]:
    if override:
        return shlex.split(override)
    script = Path(sys.executable).parent / "commons-lint"
    if script.exists():
        return [str(script)]
    found = shutil.which("commons-lint")
    return [found] if found else [sys.executable, "-m", "commons_lint"]


def known_rules(commons_lint: list[str]) -> set[str]:
    """Rule ids from ``commons-lint rules``: the lines before the profiles."""
    completed = subprocess.run(
        [*commons_lint, "rules", "--lang", "en"], capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise SystemExit(f"`commons-lint rules` failed: {completed.stderr.strip()}")
    listing = completed.stdout
    rules = set()
    for line in listing.splitlines():
        if not line.strip():
            break
        rules.add(line.split()[0])
    return rules


def reuse_command() -> list[str] | None:
    script = Path(sys.executable).parent / "reuse"
    if script.exists():
        return [str(script)]
    found = shutil.which("reuse")
    return [found] if found else None


def _within(limit_s: float, limit_mb: float) -> Callable[[Row, Row | None], bool]:
    return lambda row, _other: row.median <= limit_s and row.peak_mb <= limit_mb


def _ratio_at_most(limit: float) -> Callable[[Row, Row | None], bool]:
    return lambda row, other: other is not None and row.median <= limit * other.median


def plan(repo: Path, commons_lint: list[str], rules: set[str]) -> list[Row]:
    check = [*commons_lint, "check", str(repo), "--format", "json", "--fail-on", "never"]
    git = ["git", "-C", str(repo)]
    rows = [
        Row("`git ls-files`", [*git, "ls-files", "-z"]),
        Row("read first 4 KiB of every tracked file", [sys.executable, "-c", HEAD_READ,
                                                       str(repo)]),
    ]
    left_out = sorted(rules & {*REUSE_RULES, *HISTORY_RULES})
    default = [*check, "--ignore", ",".join(left_out)] if left_out else check
    rows.append(Row(
        "commons-lint check, default profile without REUSE and history", default,
        compared_with="`git ls-files`",
        target=f"≤ {DEFAULT_TARGET_SECONDS} s, ≤ {DEFAULT_TARGET_MB:.0f} MB",
        judge=_within(DEFAULT_TARGET_SECONDS, DEFAULT_TARGET_MB),
    ))

    reuse = reuse_command()
    if reuse is not None:
        rows.append(Row("`reuse lint`", [*reuse, "--root", str(repo), "lint", "--json"],
                        ok_codes=(0, 1), target="reference"))
    reuse_rules = sorted(rules & set(REUSE_RULES))
    reuse_row = Row(
        "commons-lint check --select " + ",".join(reuse_rules or REUSE_RULES),
        [*check, "--select", ",".join(reuse_rules)],
        compared_with="`reuse lint`",
        target=f"≤ {REUSE_TARGET_RATIO:g}× reuse lint, same files",
        judge=_same_files_and(_ratio_at_most(REUSE_TARGET_RATIO), repo),
    )
    if not reuse_rules:
        reuse_row.skipped = "no such rule yet"
    elif reuse is None:
        reuse_row.skipped = "`reuse` is not installed"
    rows.append(reuse_row)

    rows.append(Row("`git log --format=%ae`", [*git, "log", "--format=%ae"]))
    history_rules = sorted(rules & set(HISTORY_RULES))
    history_row = Row(
        "commons-lint check --select " + ",".join(history_rules or HISTORY_RULES),
        [*check, "--select", ",".join(history_rules)],
        compared_with="`git log --format=%ae`",
        target=f"≤ {HISTORY_TARGET_RATIO:g}× git log",
        judge=_ratio_at_most(HISTORY_TARGET_RATIO),
    )
    if not history_rules:
        history_row.skipped = "no such rules yet"
    elif missing := sorted(set(HISTORY_RULES) - set(history_rules)):
        history_row.note = "missing: " + ", ".join(missing)
    rows.append(history_row)
    return rows


# ----- REUSE: the same non-compliant files ----------------------------------------------


# The keys of commons-lint's per-file REUSE findings, and what each says is missing.
MISSING_BY_KEY = {
    "missing-copyright-and-licence": ("copyright", "licensing"),
    "missing-copyright": ("copyright",),
    "missing-licence": ("licensing",),
}


def reuse_lint_files(output: bytes, repo: Path) -> set[tuple[str, str]]:
    """(path, what is missing) for each file ``reuse lint --json`` finds wanting."""
    non_compliant = json.loads(output)["non_compliant"]
    found = set()
    for what in ("copyright", "licensing"):
        for path in non_compliant.get(f"missing_{what}_info", []):
            relative = Path(path).relative_to(repo) if Path(path).is_absolute() else Path(path)
            found.add((relative.as_posix(), what))
    return found


def commons_lint_files(output: bytes, rule_ids: Sequence[str]) -> set[tuple[str, str]]:
    """The same pairs, from the findings of commons-lint's REUSE rule."""
    report = json.loads(output)
    return {
        (finding["path"], what)
        for result in report["results"] if result["rule"] in rule_ids
        for finding in result["findings"]
        for what in MISSING_BY_KEY.get(finding.get("key") or "", ())
    }


def _same_files_and(
    timing: Callable[[Row, Row | None], bool], repo: Path
) -> Callable[[Row, Row | None], bool]:
    def judge(row: Row, reference: Row | None) -> bool:
        if reference is None or not reference.output:
            return False
        expected = reuse_lint_files(reference.output, repo)
        actual = commons_lint_files(row.output, REUSE_RULES)
        files = len({path for path, _what in actual})
        if expected != actual:
            row.note = (f"lists differ: {len(actual - expected)} extra, "
                        f"{len(expected - actual)} missing (file, what) pairs")
        else:
            row.note = f"same {files} non-compliant files"
        return expected == actual and timing(row, reference)

    return judge


# ----- the table -----------------------------------------------------------------------


def table(rows: list[Row]) -> tuple[str, bool, bool]:
    """The Markdown table; whether every target was met; whether a command failed."""
    by_label = {row.label: row for row in rows}
    lines = [
        "| command | median s | CPU s | peak MB | compared with | ratio | target | result |",
        "| --- | ---: | ---: | ---: | --- | ---: | --- | --- |",
    ]
    all_met, failed = True, False
    for row in rows:
        other = by_label.get(row.compared_with) if row.compared_with else None
        compared = row.compared_with or "—"
        if row.skipped or row.error:
            failed = failed or bool(row.error)
            result = f"skipped: {row.skipped}" if row.skipped else f"error: {row.error}"
            lines.append(
                f"| {row.label} | — | — | — | {compared} | — | {row.target} | {result} |"
            )
            continue
        ratio = "—"
        if other is not None and other.samples and other.median > 0:
            ratio = f"{row.median / other.median:.2f}×"
        result = "—"
        if row.judge is not None:
            met = row.judge(row, other)
            all_met = all_met and met
            result = "pass" if met else "FAIL"
        if row.note:
            result += f" ({row.note})"
        lines.append(
            f"| {row.label} | {row.median:.3f} | {row.cpu:.3f} | {row.peak_mb:.0f} "
            f"| {compared} | {ratio} "
            f"| {row.target} | {result} |"
        )
    return "\n".join(lines), all_met, failed


def _count_lines(command: list[str]) -> int:
    out = subprocess.run(command, capture_output=True, check=True).stdout
    return out.count(b"\n")


def describe(
    repo: Path, generation: str, args: argparse.Namespace, commons_lint: list[str]
) -> str:
    files = _count_lines(["git", "-C", str(repo), "ls-files"])
    commits = _count_lines(["git", "-C", str(repo), "rev-list", "HEAD"])
    authors = len(set(subprocess.run(
        ["git", "-C", str(repo), "log", "--format=%ae"], capture_output=True, check=True
    ).stdout.lower().splitlines()))
    version = subprocess.run([*commons_lint, "--version"], capture_output=True, text=True)
    return (
        f"Repository: {repo} ({files} files, {commits} commits, {authors} author addresses; "
        f"{generation})\n"
        f"Machine: {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f}; "
        f"{version.stdout.strip()}; median of {args.runs} run(s), "
        f"{args.reference_runs} of reuse lint\n"
    )


# ----- main ----------------------------------------------------------------------------


def prepare(args: argparse.Namespace, workdir: Path) -> tuple[Path, str]:
    """The repository to measure: generated now, or kept from an earlier --keep run."""
    name = f"repo-f{args.files}-c{args.commits}-a{args.authors}-s{args.seed}"
    repo = workdir / name
    marker = repo / ".git" / "commons-lint-benchmark"
    if marker.exists():
        return repo, f"kept from an earlier run, generated in {marker.read_text().strip()}"
    started = time.perf_counter()
    generate(repo, files=args.files, commits=args.commits, authors=args.authors,
             seed=args.seed)
    seconds = f"{time.perf_counter() - started:.1f} s"
    marker.write_text(seconds + "\n")
    return repo, f"generated in {seconds}"


def arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--files", type=int, default=40_000)
    parser.add_argument("--commits", type=int, default=100_000)
    parser.add_argument("--authors", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5, help="runs per command (median)")
    parser.add_argument("--reference-runs", type=int,
                        help="runs of `reuse lint`, which is slow (default: --runs)")
    parser.add_argument("--workdir", type=Path,
                        help="where to put the repository (default: a temporary folder)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the repository, and reuse it when it is already there")
    parser.add_argument("--commons-lint", help="the command to measure (default: installed)")
    parser.add_argument("--smoke", action="store_true",
                        help="a tiny repository and one run: checks that the benchmark works")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if args.smoke:
        args.files, args.commits, args.authors, args.runs = 300, 300, 30, 1
    if args.reference_runs is None:
        args.reference_runs = args.runs
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = arguments(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="commons-lint-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    repo = workdir / "(not generated)"
    kept_before = False
    try:
        repo, generation = prepare(args, workdir)
        kept_before = generation.startswith("kept")
        commons_lint = commons_lint_command(args.commons_lint)
        rows = plan(repo, commons_lint, known_rules(commons_lint))
        with tempfile.TemporaryDirectory(prefix="commons-lint-bench-out-") as scratch:
            # One untimed pass puts every file in the page cache: all rows start warm.
            subprocess.run([sys.executable, "-c", HEAD_READ, str(repo)], check=True,
                           stdout=subprocess.DEVNULL)
            for row in rows:
                if not row.skipped:
                    runs = args.reference_runs if row.label == "`reuse lint`" else args.runs
                    measure(row, max(1, runs), Path(scratch))
        print(describe(repo, generation, args, commons_lint))
        text, all_met, failed = table(rows)
        print(text)
    finally:
        # A repository kept by an earlier --keep run stays: only ours is removed.
        if not args.keep and not kept_before:
            shutil.rmtree(repo, ignore_errors=True)
            if args.workdir is None:
                shutil.rmtree(workdir, ignore_errors=True)
    if failed:
        return 2
    return 1 if args.strict and not all_met else 0


if __name__ == "__main__":
    sys.exit(main())

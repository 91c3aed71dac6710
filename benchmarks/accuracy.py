"""Measures how often commons-lint's verdicts are right on real repositories.

Each file of ``benchmarks/accuracy/repositories/`` labels one real public repository, pinned
to a commit, with the verdict a careful maintainer reached for each practice by reading its
files (see ``benchmarks/accuracy/README.md``). For each one whose snapshot is on this
machine, this script checks out the pinned commit in a temporary work tree, runs
``commons-lint check --format json`` on it through the console script and compares.

    python benchmarks/accuracy.py --snapshots /path/to/snapshots
    COMMONS_LINT_SNAPSHOTS=/path/to/snapshots python benchmarks/accuracy.py --only psf/requests
    python benchmarks/accuracy.py --json accuracy.json

A snapshot of ``owner/name`` is ``DIR/owner+name/repo`` or ``DIR/owner+name``: a bare Git
directory or a clone. Git never reaches a network: the only transport allowed is the local
clone of the snapshot. Absent snapshots are listed and skipped. The exit code is 0 whatever
the figures; 2 when the script is misused (bad option, malformed labels file).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
LABELS = HERE / "accuracy" / "repositories"
DEFAULT_SNAPSHOTS = HERE / "accuracy" / "snapshots"
SNAPSHOTS_VARIABLE = "COMMONS_LINT_SNAPSHOTS"

VERDICTS = ("pass", "fail", "not-applicable", "skip")
SECTORS = ("public-fr", "public-eu", "foundation", "company", "personal")
# A note says why whenever the verdict is not a plain pass.
NOTE_REQUIRED = ("fail", "not-applicable", "skip")
LABEL_KEYS = {"expected", "evidence", "note"}
TOP_KEYS = {"repository", "url", "commit", "sector", "labels"}
REPOSITORY_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*")
COMMIT = re.compile(r"[0-9a-f]{40}")

# What the tool's statuses mean as verdicts; anything else (a tool error, an exemption, a
# rule missing from the report) is its own verdict, and always wrong.
STATUS_VERDICTS = {
    "passed": "pass",
    "passed-with-advice": "pass",
    "failed": "fail",
    "not-applicable": "not-applicable",
}
TOOL_ERROR = "tool-error"
MISSING = "missing"

CHECK_TIMEOUT_SECONDS = 900
GIT_TIMEOUT_SECONDS = 600


class Misuse(Exception):
    """The script was called wrongly or a labels file is malformed: exit code 2."""


# --- labels ----------------------------------------------------------------------------


class _UniqueKeyLoader(yaml.SafeLoader):
    """Safe YAML that refuses a key given twice (a rule labelled twice is a mistake that
    plain YAML would hide by keeping the last)."""


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} given twice", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _unique_mapping,
)


@dataclass(frozen=True)
class Label:
    rule: str
    expected: str
    evidence: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Labels:
    repository: str
    commit: str
    sector: str
    labels: tuple[Label, ...]
    source: Path

    @property
    def snapshot_name(self) -> str:
        return self.repository.replace("/", "+")


def read_labels_data(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise Misuse(f"{path}: {error}") from error


def label_problems(data: Any, rule_ids: Sequence[str] | None = None) -> list[str]:
    """What is wrong with one labels file's data; empty when it is well formed. With
    ``rule_ids``, every one of them must be labelled and no other."""
    if not isinstance(data, dict):
        return ["not a mapping"]
    problems = [f"unknown key {key!r}" for key in data if key not in TOP_KEYS]
    problems += [f"missing key {key!r}" for key in sorted(TOP_KEYS) if key not in data]
    repository = data.get("repository")
    if not isinstance(repository, str) or not REPOSITORY_NAME.fullmatch(repository):
        problems.append(f"repository {repository!r} is not owner/name")
    elif data.get("url") != f"https://github.com/{repository}":
        problems.append(f"url {data.get('url')!r} is not https://github.com/{repository}")
    commit = data.get("commit")
    if not isinstance(commit, str) or not COMMIT.fullmatch(commit):
        problems.append(f"commit {commit!r} is not 40 lowercase hexadecimal digits")
    if data.get("sector") not in SECTORS:
        problems.append(f"sector {data.get('sector')!r} is not one of {', '.join(SECTORS)}")
    labels = data.get("labels")
    if not isinstance(labels, dict) or not labels:
        return [*problems, "labels is not a non-empty mapping of rule ids"]
    for rule, label in labels.items():
        problems += [f"{rule}: {problem}" for problem in _one_label_problems(label)]
    if rule_ids is not None:
        problems += [f"rule {rule!r} is not labelled" for rule in rule_ids if rule not in labels]
        problems += [f"{rule!r} is not a rule id" for rule in labels if rule not in rule_ids]
    return problems


def _one_label_problems(label: Any) -> list[str]:
    if not isinstance(label, dict):
        return ["not a mapping {expected: …, evidence: […], note: …}"]
    problems = [f"unknown key {key!r}" for key in label if key not in LABEL_KEYS]
    expected = label.get("expected")
    if expected not in VERDICTS:
        problems.append(f"expected {expected!r} is not one of {', '.join(VERDICTS)}")
    evidence = label.get("evidence", [])
    if not isinstance(evidence, list) or not all(isinstance(item, str) for item in evidence):
        problems.append("evidence is not a list of paths")
    note = label.get("note")
    if note is not None and (not isinstance(note, str) or not note.strip()):
        problems.append("note is not a sentence")
    if expected in NOTE_REQUIRED and note is None:
        problems.append(f"a {expected!r} label needs a note saying why")
    return problems


def load_labels(path: Path) -> Labels:
    data = read_labels_data(path)
    problems = label_problems(data)
    if problems:
        raise Misuse(f"{path}: " + "; ".join(problems))
    return Labels(
        repository=data["repository"],
        commit=data["commit"],
        sector=data["sector"],
        labels=tuple(
            Label(
                rule=str(rule),
                expected=label["expected"],
                evidence=tuple(label.get("evidence", ())),
                note=label.get("note") or "",
            )
            for rule, label in data["labels"].items()
        ),
        source=path,
    )


def labels_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.yml"))


# --- snapshots and runs ----------------------------------------------------------------


def find_snapshot(snapshots: Path, labels: Labels) -> Path | None:
    for candidate in (snapshots / labels.snapshot_name / "repo", snapshots / labels.snapshot_name):
        if (candidate / "HEAD").is_file() or (candidate / ".git").exists():
            return candidate
    return None


def _git_environment(clone: bool) -> dict[str, str]:
    """Git with no network: only the local clone of the snapshot may use a transport
    (``file``); later commands may use none, so a missing object is never fetched."""
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith("GIT_")
    }
    environment.update(
        GIT_ALLOW_PROTOCOL="file" if clone else "",
        GIT_NO_LAZY_FETCH="1",  # git 2.44 and later; older ones ignore it
        GIT_TERMINAL_PROMPT="0",
        GIT_CONFIG_NOSYSTEM="1",
        GIT_OPTIONAL_LOCKS="0",
    )
    return environment


def _git(*args: str, clone: bool = False) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-c", "protocol.allow=never", "-c", "core.fsmonitor=false", *args],
        capture_output=True,
        text=True,
        env=_git_environment(clone),
        timeout=GIT_TIMEOUT_SECONDS,
        check=False,
    )


def check_out(snapshot: Path, commit: str, tree: Path) -> list[str]:
    """Make ``tree`` a work tree of ``snapshot`` at ``commit``; return warnings. Raises
    RuntimeError when the commit cannot be checked out at all."""
    cloned = _git("clone", "--quiet", "--shared", "--no-checkout", str(snapshot), str(tree),
                  clone=True)
    if cloned.returncode != 0:
        raise RuntimeError(f"git clone failed: {cloned.stderr.strip()}")
    if _git("-C", str(tree), "cat-file", "-e", f"{commit}^{{commit}}").returncode != 0:
        raise RuntimeError(f"the snapshot has no commit {commit}")
    checked_out = _git("-C", str(tree), "checkout", "--quiet", "--detach", commit)
    if checked_out.returncode != 0:
        # Write every file that can be written, whatever checkout gave up on.
        _git("-C", str(tree), "update-ref", "--no-deref", "HEAD", commit)
        _git("-C", str(tree), "read-tree", commit)
        _git("-C", str(tree), "checkout-index", "--all", "--force")
    # Snapshots may lack a few large blobs; checkout can even succeed without them.
    listed = _git("-C", str(tree), "ls-files", "--deleted", "-z")
    missing = [path for path in listed.stdout.split("\0") if path]
    if not missing:
        return []
    return [f"{len(missing)} file(s) missing from the snapshot were not checked out"
            f" (such as {missing[0]})"]


def commons_lint_command() -> list[str]:
    """The console script users run: beside this interpreter, else on PATH."""
    beside = Path(sys.executable).parent / "commons-lint"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("commons-lint")
    if found is None:
        raise Misuse("the commons-lint console script is not installed")
    return [found]


def run_tool(tree: Path) -> tuple[dict[str, str], str]:
    """The tool's verdict per rule on ``tree``, and its error output. A run that gives no
    report at all makes every verdict a tool error (the caller sees an empty mapping)."""
    completed = subprocess.run(
        [*commons_lint_command(), "check", str(tree), "--format", "json",
         "--profile", "default", "--lang", "en", "--fail-on", "never", "--no-color"],
        capture_output=True,
        text=True,
        env={**_git_environment(clone=False), "LC_ALL": "C.UTF-8"},
        timeout=CHECK_TIMEOUT_SECONDS,
        check=False,
    )
    try:
        report = json.loads(completed.stdout)
        results = report["results"]
        verdicts = {
            str(result["rule"]): STATUS_VERDICTS.get(result["status"], result["status"])
            for result in results
        }
    except (ValueError, KeyError, TypeError):
        return {}, f"exit code {completed.returncode}: {completed.stderr.strip()[:2000]}"
    return verdicts, completed.stderr.strip()


# --- comparison ------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    repository: str
    rule: str
    expected: str
    got: str
    note: str

    @property
    def right(self) -> bool:
        return self.expected == self.got


@dataclass
class PracticeFigures:
    """One practice across repositories. Pass is the positive class; not-applicable and
    skip labels stay out of precision and recall."""

    rule: str
    right: int = 0
    total: int = 0
    true_pass: int = 0
    false_pass: int = 0
    missed_pass: int = 0
    not_applicable_right: int = 0
    not_applicable: int = 0
    skipped: int = 0
    tool_errors: int = 0

    def add(self, verdict: Verdict) -> None:
        if verdict.got == TOOL_ERROR:
            self.tool_errors += 1
        if verdict.expected == "skip":
            self.skipped += 1
            return
        self.total += 1
        self.right += verdict.right
        if verdict.expected == "not-applicable":
            self.not_applicable += 1
            self.not_applicable_right += verdict.right
        elif verdict.expected == "pass":
            if verdict.got == "pass":
                self.true_pass += 1
            else:
                self.missed_pass += 1
        elif verdict.got == "pass":
            self.false_pass += 1

    @property
    def precision(self) -> float | None:
        detected = self.true_pass + self.false_pass
        return self.true_pass / detected if detected else None

    @property
    def recall(self) -> float | None:
        present = self.true_pass + self.missed_pass
        return self.true_pass / present if present else None


@dataclass
class Measure:
    verdicts: list[Verdict] = field(default_factory=list)
    measured: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    unusable: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    def practices(self) -> list[PracticeFigures]:
        figures: dict[str, PracticeFigures] = {}
        for verdict in self.verdicts:
            figures.setdefault(verdict.rule, PracticeFigures(verdict.rule)).add(verdict)
        return list(figures.values())

    @property
    def judged(self) -> list[Verdict]:
        return [verdict for verdict in self.verdicts if verdict.expected != "skip"]

    @property
    def tool_errors(self) -> int:
        return sum(verdict.got == TOOL_ERROR for verdict in self.verdicts)


def compare(labels: Labels, tool_verdicts: Mapping[str, str]) -> list[Verdict]:
    # No report at all: every practice counts as a tool error.
    default = MISSING if tool_verdicts else TOOL_ERROR
    return [
        Verdict(labels.repository, label.rule, label.expected,
                tool_verdicts.get(label.rule, default), label.note)
        for label in labels.labels
    ]


def measure(all_labels: Iterable[Labels], snapshots: Path) -> Measure:
    result = Measure()
    for labels in all_labels:
        snapshot = find_snapshot(snapshots, labels)
        if snapshot is None:
            result.absent.append(labels.repository)
            continue
        print(f"checking {labels.repository} at {labels.commit[:12]}…", file=sys.stderr,
              flush=True)
        with tempfile.TemporaryDirectory(prefix="commons-lint-accuracy-") as temporary:
            tree = Path(temporary) / labels.snapshot_name
            try:
                warnings = check_out(snapshot, labels.commit, tree)
            except (RuntimeError, subprocess.TimeoutExpired) as error:
                result.unusable.append((labels.repository, str(error)))
                continue
            try:
                tool_verdicts, errors = run_tool(tree)
            except subprocess.TimeoutExpired:
                tool_verdicts, errors = {}, f"no report within {CHECK_TIMEOUT_SECONDS} s"
        result.measured.append(labels.repository)
        result.warnings += [(labels.repository, warning) for warning in warnings]
        if not tool_verdicts:
            result.warnings.append((labels.repository, f"the tool gave no report: {errors}"))
        result.verdicts += compare(labels, tool_verdicts)
    return result


# --- output ----------------------------------------------------------------------------


def _ratio(value: float | None) -> str:
    return "   –" if value is None else f"{value:.2f}"


def _share(right: int, total: int) -> str:
    return f"{100 * right / total:.1f} %" if total else "–"


def render(result: Measure, snapshots: Path) -> str:
    lines: list[str] = []
    for repository in result.absent:
        lines.append(f"skipped {repository}: no snapshot in {snapshots}")
    for repository, problem in result.unusable:
        lines.append(f"skipped {repository}: {problem}")
    for repository, warning in result.warnings:
        lines.append(f"warning {repository}: {warning}")
    if not result.measured:
        lines.append(f"no snapshots found in {snapshots}: nothing measured")
        return "\n".join(lines) + "\n"
    if lines:
        lines.append("")
    lines.append(f"{'practice':<22} {'right':>7} {'precision':>9} {'recall':>6} "
                 f"{'n/a right':>9} {'skip':>4} {'errors':>6}")
    for figures in result.practices():
        lines.append(
            f"{figures.rule:<22} {f'{figures.right}/{figures.total}':>7} "
            f"{_ratio(figures.precision):>9} {_ratio(figures.recall):>6} "
            f"{f'{figures.not_applicable_right}/{figures.not_applicable}':>9} "
            f"{figures.skipped:>4} {figures.tool_errors:>6}"
        )
    judged = result.judged
    right = sum(verdict.right for verdict in judged)
    skipped = len(result.verdicts) - len(judged)
    lines += [
        "",
        f"repositories measured: {len(result.measured)}"
        f" (skipped: {len(result.absent) + len(result.unusable)})",
        f"right verdicts: {right}/{len(judged)} ({_share(right, len(judged))});"
        f" skip labels left out: {skipped}",
        f"tool errors: {result.tool_errors}",
    ]
    wrong = [verdict for verdict in judged if not verdict.right]
    lines += ["", f"disagreements: {len(wrong)}"]
    for verdict in wrong:
        note = f" — {verdict.note}" if verdict.note else ""
        lines.append(f"  {verdict.repository}  {verdict.rule}: expected {verdict.expected},"
                     f" got {verdict.got}{note}")
    return "\n".join(lines) + "\n"


def as_json(result: Measure, snapshots: Path) -> dict[str, Any]:
    judged = result.judged
    return {
        "snapshots": str(snapshots),
        "measured": result.measured,
        "absent": result.absent,
        "unusable": [{"repository": r, "problem": p} for r, p in result.unusable],
        "warnings": [{"repository": r, "warning": w} for r, w in result.warnings],
        "right": sum(verdict.right for verdict in judged),
        "judged": len(judged),
        "tool_errors": result.tool_errors,
        "practices": [
            {
                "rule": figures.rule,
                "right": figures.right,
                "total": figures.total,
                "precision": figures.precision,
                "recall": figures.recall,
                "not_applicable_right": figures.not_applicable_right,
                "not_applicable": figures.not_applicable,
                "skipped": figures.skipped,
                "tool_errors": figures.tool_errors,
            }
            for figures in result.practices()
        ],
        "verdicts": [
            {"repository": v.repository, "rule": v.rule, "expected": v.expected,
             "got": v.got, "right": v.right, "note": v.note}
            for v in result.verdicts
        ],
    }


# --- command line ----------------------------------------------------------------------


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Compare commons-lint's verdicts with labels decided by reading real "
        "repositories."
    )
    parser.add_argument(
        "--snapshots", type=Path, default=None,
        help=f"folder of snapshots, DIR/owner+name[/repo] (default: ${SNAPSHOTS_VARIABLE}, "
        f"else {DEFAULT_SNAPSHOTS})",
    )
    parser.add_argument("--only", default="", help="only these repositories: owner/name,…")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--labels", type=Path, default=LABELS,
                        help=f"folder of labels files (default: {LABELS})")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    snapshots: Path = arguments.snapshots or Path(
        os.environ.get(SNAPSHOTS_VARIABLE) or DEFAULT_SNAPSHOTS
    )
    try:
        if not arguments.labels.is_dir():
            raise Misuse(f"no labels folder at {arguments.labels}")
        all_labels = [load_labels(path) for path in labels_files(arguments.labels)]
        wanted = {name.strip() for name in arguments.only.split(",") if name.strip()}
        unknown = wanted - {labels.repository for labels in all_labels}
        if unknown:
            raise Misuse(f"no labels for {', '.join(sorted(unknown))}")
        if wanted:
            all_labels = [labels for labels in all_labels if labels.repository in wanted]
        result = measure(all_labels, snapshots)
    except Misuse as error:
        print(f"accuracy.py: error: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(render(result, snapshots))
    if arguments.json is not None:
        arguments.json.write_text(
            json.dumps(as_json(result, snapshots), indent=2, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Rules facing hostile data files, dates and sizes (issue 8, items 7, 9, 13 and 17).

Every YAML, JSON or TOML file a rule reads is given nesting far past any real file, a
YAML alias that holds itself, a merge cycle and an alias bomb; commits and tags are dated
past the year 9999 and before the year 1; OWNERS fans out through aliases; REUSE.toml
and .reuse/dep5 are enlarged to sizes that cost nothing on disk. Each run goes through
the console script with a time and memory limit: no rule crashes, no file runs, the tree
is left as it was, and a file past a bound is reported as the rules report a broken file.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from gitrepo import GitRepo, init_repository
from hostile import (
    GuardedRun,
    assert_clean_end,
    marker_command,
    run_guarded,
    tree_digest,
)

from commons_lint.structured import MAX_DEPTH

LEVELS = 10_000
GIB = 1024**3
# A run that reads a file past the read limit must fit well within this.
SMALL_MEMORY = 1 * GIB

# The rules that parse YAML, JSON or TOML files of the repository.
DATA_RULES = (
    "publiccode-yml", "funding", "maintainers", "project-metadata", "licence-consistency",
    "translations", "issue-templates", "documentation",
)


@dataclass(frozen=True)
class Payload:
    name: str
    text: str
    line: int | None  # where the bound is crossed; None: any line


def _lol_bomb() -> str:
    """Nine aliases to the previous list, nine levels: 9**9 strings if expanded."""
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\nname: *l8\n"


YAML_PAYLOADS = (
    Payload("flow", "[" * LEVELS + "]" * LEVELS + "\n", 1),
    Payload("block-sequence", "- " * LEVELS + "x\n", 1),
    # One more space of indentation per level (1,000 levels stay under the read limit).
    # Level 100 is the mapping on line 100: its keys are the 101st.
    Payload("block-mapping", "".join(" " * i + "a:\n" for i in range(1000)), MAX_DEPTH),
    Payload("self-alias", "name: x\nloop: &a [x, *a]\n", 2),
    Payload("merge-cycle", "name: x\nbase: &a\n  key: 1\n  <<: *a\n", 4),
    Payload("alias-bomb", _lol_bomb(), None),
)
JSON_PAYLOADS = (
    Payload("objects", '{"a":\n' * LEVELS + "1" + "}" * LEVELS, MAX_DEPTH + 1),
    Payload("arrays", "[" * LEVELS + "]" * LEVELS, 1),
)
TOML_PAYLOADS = (
    Payload("arrays", "a = " + "[" * LEVELS + "]" * LEVELS + "\n", 1),
    Payload("tables", "a = " + "{b = " * LEVELS + "1" + "}" * LEVELS + "\n", 1),
    Payload("lines", "a = [\n" + "[\n" * (LEVELS - 1) + "]\n" * LEVELS, MAX_DEPTH + 1),
)
PAYLOADS = {"yaml": YAML_PAYLOADS, "json": JSON_PAYLOADS, "toml": TOML_PAYLOADS}

# Each data file a rule reads: its format, and the (rule, finding key) that reports it
# broken with its line; None where the rule skips a broken file (another one reports it)
# or says it names nobody (maintainers, for OWNERS).
FILES: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "publiccode.yml": ("yaml", (("publiccode-yml", "invalid-yaml"),
                                ("project-metadata", "malformed"))),
    ".github/FUNDING.yml": ("yaml", (("funding", "invalid-funding-yml"),)),
    ".github/ISSUE_TEMPLATE/bug.yml": ("yaml", (("issue-templates", "invalid-form"),)),
    "OWNERS": ("yaml", ()),
    "locales/fr.yml": ("yaml", ()),
    "package.json": ("json", (("project-metadata", "malformed"),)),
    "codemeta.json": ("json", (("project-metadata", "malformed"),)),
    "composer.json": ("json", (("project-metadata", "malformed"),)),
    "funding.json": ("json", (("funding", "invalid-funding-json"),)),
    "docs/guide.ipynb": ("json", ()),
    "locales/fr.json": ("json", ()),
    "pyproject.toml": ("toml", (("project-metadata", "malformed"),)),
    "Cargo.toml": ("toml", (("project-metadata", "malformed"),)),
    "locales/fr.toml": ("toml", ()),
}
# Source catalogues, so that the French ones are read as translations.
SOURCES = {
    "locales/en.yml": "en:\n  hello: Hello\n",
    "locales/en.json": '{"hello": "Hello"}\n',
    "locales/en.toml": 'hello = "Hello"\n',
}


@dataclass
class Checked:
    run: GuardedRun
    report: dict[str, Any]
    unchanged: bool

    def findings(self, rule: str) -> list[dict[str, Any]]:
        [result] = [r for r in self.report["results"] if r["rule"] == rule]
        return list(result["findings"])


def lint_json(path: Path, *args: str, memory: int | None = None) -> Checked:
    """commons-lint on ``path`` (JSON report): it ends cleanly, no rule is a tool error,
    and the tree, .git included, is left as it was."""
    before = tree_digest(path)
    extra = {} if memory is None else {"memory": memory}
    run = run_guarded("check", "--format", "json", *args, path, **extra)
    assert_clean_end(run, 0, 1)
    report = json.loads(run.stdout)
    errors = [(r["rule"], r["reason"]) for r in report["results"] if r["status"] == "tool-error"]
    assert not errors, errors
    return Checked(run, report, tree_digest(path) == before)


def _group(index: int) -> dict[str, Payload]:
    """The index-th payload of each format (formats with fewer repeat their last)."""
    return {kind: payloads[min(index, len(payloads) - 1)] for kind, payloads in PAYLOADS.items()}


GROUPS = max(len(payloads) for payloads in PAYLOADS.values())


class _Runs(dict[int, Checked]):
    """Group index -> its checked repository, built and checked when first asked for."""

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        super().__init__()
        self._factory = factory

    def __missing__(self, index: int) -> Checked:
        repo = init_repository(self._factory.mktemp("data") / "repo")
        group = _group(index)
        files = {path: group[kind].text for path, (kind, _) in FILES.items()}
        repo.files({"README.md": "# Cartofaune\n", **SOURCES, **files})
        checked = self[index] = lint_json(repo.path, "--select", ",".join(DATA_RULES))
        return checked


@pytest.fixture(scope="module")
def hostile_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Checked]:
    """One repository per group of payloads, every data file holding its format's
    payload, checked once by every rule that reads them."""
    return _Runs(tmp_path_factory)


CASES = [
    pytest.param(path, index, id=f"{path}-{_group(index)[kind].name}")
    for path, (kind, _) in FILES.items()
    for index in range(len(PAYLOADS[kind]))
]


@pytest.mark.parametrize(("path", "index"), CASES)
def test_a_data_file_past_the_bounds_is_reported_malformed(
    hostile_runs: dict[int, Checked], path: str, index: int
) -> None:
    kind, reporters = FILES[path]
    payload = _group(index)[kind]
    checked = hostile_runs[index]
    assert checked.unchanged
    for rule, key in reporters:
        found = [f for f in checked.findings(rule) if f["path"] == path and f["key"] == key]
        assert len(found) == 1, (rule, checked.findings(rule))
        assert found[0]["line"] is not None and found[0]["line"] >= 1
        if payload.line is not None:
            assert found[0]["line"] == payload.line, (rule, found[0])


def test_an_owners_file_past_the_bounds_names_nobody(hostile_runs: dict[int, Checked]) -> None:
    for index in range(len(YAML_PAYLOADS)):
        findings = hostile_runs[index].findings("maintainers")
        assert [(f["key"], f["path"]) for f in findings] == [("empty", "OWNERS")]


def test_no_yaml_tag_runs_code(tmp_path: Path) -> None:
    """Python tags in every YAML file: nothing is constructed, let alone run."""
    marker = tmp_path / "marker"
    payload = f'name: !!python/object/apply:os.system ["{marker_command(marker)}"]\n'
    repo = init_repository(tmp_path / "repo")
    yaml_files = [path for path, (kind, _) in FILES.items() if kind == "yaml"]
    repo.files({"README.md": "# Cartofaune\n", **{path: payload for path in yaml_files}})
    checked = lint_json(repo.path, "--select", ",".join(DATA_RULES))
    assert not marker.exists()
    assert checked.unchanged
    funding = checked.findings("funding")
    assert ("invalid-funding-yml", 1) in [(f["key"], f["line"]) for f in funding]


def test_separating_tabs_in_a_large_publiccode_yml_end_quickly(tmp_path: Path) -> None:
    """Each tab PyYAML refuses between tokens is rescued by parsing the file again: 60 of
    them in 300 kB took 50 parses (40 s) before the rescues were bounded."""
    body = "".join(f"key{number}: value\n" for number in range(20_000))
    repo = init_repository(tmp_path / "repo")
    repo.files({"publiccode.yml": body + "".join(f"t{n}:\tv\n" for n in range(60))})
    started = time.monotonic()
    checked = lint_json(repo.path, "--select", "publiccode-yml")
    assert time.monotonic() - started < 20
    assert [f["key"] for f in checked.findings("publiccode-yml")] == ["tab-indentation"]


# ----- OWNERS fanning out through aliases (item 13) ----------------------------------


def owners_fan_out(levels: int = 10, fan: int = 9) -> str:
    """Filters whose every entry is an alias to the level below: fan**levels paths to
    walk for a file of about a kilobyte, no approver anywhere."""
    lines = ["l0: &l0 {approvers: [], labels: [x]}"]
    for level in range(1, levels):
        entries = ", ".join(f"f{k}: *l{level - 1}" for k in range(fan))
        lines.append(f"l{level}: &l{level} {{filters: {{{entries}}}}}")
    lines.append(f'filters: {{".*": *l{levels - 1}}}')
    return "\n".join(lines) + "\n"


def owners_shared(levels: int) -> str:
    """Filters sharing each level twice: 2**levels paths, levels + 1 mappings."""
    lines = ["l0: &l0 {reviewers: []}"]
    for level in range(1, levels):
        lines.append(f"l{level}: &l{level} {{filters: {{a: *l{level - 1}, b: *l{level - 1}}}}}")
    lines.append(f"filters: {{a: *l{levels - 1}}}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "owners",
    [
        owners_fan_out(),
        owners_shared(60),
        "&a {filters: {x: *a}}\n",  # a filter holding its own OWNERS mapping
        "filters:\n  x: &b\n    filters:\n      y: *b\n",
    ],
    ids=["fan-out-9x10", "shared-2x60", "cycle-root", "cycle-nested"],
)
def test_owners_aliases_end_quickly(tmp_path: Path, owners: str) -> None:
    repo = init_repository(tmp_path / "repo")
    repo.files({"README.md": "# Cartofaune\n", "OWNERS": owners})
    started = time.monotonic()
    checked = lint_json(repo.path, "--select", "maintainers")
    assert time.monotonic() - started < 20
    assert checked.unchanged
    assert [(f["key"], f["path"]) for f in checked.findings("maintainers")] == [
        ("empty", "OWNERS")
    ]


def test_the_fan_out_is_about_a_kilobyte() -> None:
    assert len(owners_fan_out().encode()) < 1000


def test_owners_shared_filters_still_find_an_approver(tmp_path: Path) -> None:
    repo = init_repository(tmp_path / "repo")
    owners = owners_shared(15).replace("{reviewers: []}", "{reviewers: [alice-martin]}")
    repo.files({"README.md": "# Cartofaune\n", "OWNERS": owners})
    checked = lint_json(repo.path, "--select", "maintainers")
    assert checked.findings("maintainers") == []


# ----- dates past the year 9999 or before the year 1 (item 9) ------------------------

HISTORY_RULES = "activity,community-diversity,changelog,contributor-terms"


PERSON = "Alice Martin <alice@numerique.gouv.fr>"


def write_object(repo: GitRepo, kind: str, body: str) -> str:
    """An object written as is: newer git checks what hash-object writes unless told
    --literally (2.39 has the option too)."""
    return subprocess.run(
        ["git", "-C", str(repo.path), "hash-object", "--literally", "-t", kind, "-w", "--stdin"],
        input=body, capture_output=True, text=True, check=True,
    ).stdout.strip()


def raw_commit(repo: GitRepo, stamp: str, tag: str) -> None:
    """A commit and an annotated tag dated as git itself would refuse, written as
    objects: the commit is made HEAD, the tag points to it."""
    tree = repo.git("write-tree").strip()
    parent = repo.git("rev-parse", "HEAD").strip()
    sha = write_object(repo, "commit", (
        f"tree {tree}\nparent {parent}\nauthor {PERSON} {stamp}\n"
        f"committer {PERSON} {stamp}\n\nDated {stamp[:20]}\n"
    ))
    repo.git("update-ref", "HEAD", sha)
    tag_sha = write_object(
        repo, "tag", f"object {sha}\ntype commit\ntag {tag}\ntagger {PERSON} {stamp}\n\n{tag}\n"
    )
    repo.git("update-ref", f"refs/tags/{tag}", tag_sha)


DATES = [
    "@999999999999 +0000",  # the year 33658
    "@253402300800 +0000",  # the first second of the year 10000
    "@99999999999999999 +0000",
]
# Dates git refuses to write, each in its own commit and tag, the last one newest.
RAW_STAMPS = [
    "-62135596801 +0000",  # a second before the year 1
    "-1 +0000",
    "9" * 5000 + " +0000",  # more digits than int() reads
]


def dated_repository(path: Path, date: str | None) -> GitRepo:
    """A first commit with a light tag, then commits dated ``date`` (with a light and an
    annotated tag) or, without it, the RAW_STAMPS commits and tags."""
    repo = init_repository(path)
    repo.files({"README.md": "# Cartofaune\n", "CHANGELOG.md": "# Changes\n"}, "Start")
    repo.git("tag", "light-start")
    if date is not None:
        repo.write("NEWS.md", "Future\n")
        repo.commit("From the future", date=date, signoff=True)
        repo.git("tag", "light-future")
        repo.git("tag", "-a", "v9.0", "-m", "v9.0", env={"GIT_COMMITTER_DATE": date})
        return repo
    for number, stamp in enumerate(RAW_STAMPS):
        repo.write(f"src/module_{number}.py", "print('hello')\n")
        repo.git("add", "-A")
        raw_commit(repo, stamp, f"v0.{number}")
    return repo


@pytest.mark.parametrize("date", [*DATES, None], ids=["year-33658", "year-10000",
                                                      "17-digits", "unwritable"])
def test_hostile_dates_do_not_crash_history_rules(tmp_path: Path, date: str | None) -> None:
    repo = dated_repository(tmp_path / "repo", date)
    checked = lint_json(repo.path, "--select", HISTORY_RULES, "--fail-on", "never")
    assert checked.unchanged
    statuses = {r["rule"]: r["status"] for r in checked.report["results"]}
    assert set(statuses) == set(HISTORY_RULES.split(","))
    if date is not None:
        # Past the year 9999, the newest commit is shown on the last day a date holds.
        activity = next(r for r in checked.report["results"] if r["rule"] == "activity")
        shown = " ".join(f["message"] for f in activity["findings"]) + str(activity["reason"])
        assert "9999-12-31" in shown


def test_hostile_dates_in_the_default_profile(tmp_path: Path) -> None:
    """Every rule of the default profile, on the newest commit past the year 9999 with
    a tag dated likewise."""
    repo = dated_repository(tmp_path / "repo", DATES[0])
    checked = lint_json(repo.path)
    assert checked.unchanged
    assert len(checked.report["results"]) > 20


# ----- REUSE.toml and .reuse/dep5 past the read limit (item 17) -----------------------

REUSE_TOML = (
    'version = 1\n\n[[annotations]]\npath = "**"\n'
    'SPDX-FileCopyrightText = "2024 Cartofaune"\nSPDX-License-Identifier = "MIT"\n'
)
DEP5 = (
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\n"
    "Files: *\nCopyright: 2024 Cartofaune\nLicense: MIT\n"
)
MIT = "MIT License\n\nCopyright (c) 2024 Cartofaune\n"


def reuse_repository(path: Path, config: str) -> tuple[GitRepo, Path]:
    repo = init_repository(path)
    content = REUSE_TOML if config == "REUSE.toml" else DEP5
    repo.files({"README.md": "# Cartofaune\n", "LICENSES/MIT.txt": MIT, config: content})
    return repo, repo.path / config


def _enlarge(path: Path, size: int, *, sparse: bool) -> None:
    """After the commit: rules read the working tree, and git need not hash it."""
    if sparse:
        os.truncate(path, size)
        return
    with path.open("a", encoding="utf-8") as handle:
        line = '# ' + "x" * 78 + "\n"
        handle.write(line * (size // len(line) + 1))


@pytest.mark.parametrize(
    ("config", "size", "sparse"),
    [
        ("REUSE.toml", 3 * 1024**2, False),
        (".reuse/dep5", 3 * 1024**2, False),
        ("REUSE.toml", 64 * 1024**2, True),
        (".reuse/dep5", 64 * 1024**2, True),
        # The tree's digest, taken twice, reads most of the time away.
        pytest.param("REUSE.toml", 3 * GIB // 2, True, marks=pytest.mark.slow),
        pytest.param(".reuse/dep5", 3 * GIB // 2, True, marks=pytest.mark.slow),
    ],
    ids=["toml-3-MiB", "dep5-3-MiB", "toml-sparse-64-MiB", "dep5-sparse-64-MiB",
         "toml-sparse-1.5-GiB", "dep5-sparse-1.5-GiB"],
)
def test_a_reuse_configuration_past_the_read_limit_is_a_finding(
    tmp_path: Path, config: str, size: int, sparse: bool
) -> None:
    repo, file = reuse_repository(tmp_path / "repo", config)
    _enlarge(file, size, sparse=sparse)
    checked = lint_json(repo.path, "--select", "reuse-compliance", memory=SMALL_MEMORY)
    assert checked.unchanged
    findings = checked.findings("reuse-compliance")
    assert [(f["key"], f["path"]) for f in findings] == [("config-too-large", config)]
    assert "1 MiB" in findings[0]["message"]


def test_a_normal_reuse_run_fits_the_small_memory_cap(tmp_path: Path) -> None:
    repo, file = reuse_repository(tmp_path / "repo", "REUSE.toml")
    _enlarge(file, 900 * 1024, sparse=False)  # under the limit: read and used
    checked = lint_json(repo.path, "--select", "reuse-compliance", memory=SMALL_MEMORY)
    assert checked.findings("reuse-compliance") == []

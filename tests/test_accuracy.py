"""Precision and recall of every rule on a corpus of realistic repository layouts.

Each layout of tests/corpus is built once as a real Git repository (files, several
authors, dates, sign-offs, tags); every rule of the catalogue runs on it through the real
engine. A practice is *detected* when its rule passes (with or without advice); the
corpus says, for each layout, whether a careful maintainer would find the practice there.
From the two come, per practice, true and false positives and negatives, precision and
recall. The table is printed at the end of the run (terminal summary).

Rules that are not in the catalogue yet are skipped; their expectations wait in the
corpus. Where a rule is known to be wrong on a layout, the disagreement is listed in
KNOWN_DISAGREEMENTS with the reason, and left out of the thresholds until it is fixed;
the expected verdict itself is never bent to fit the code.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import corpus
import pytest
from gitrepo import GitRepo, days_ago, identity, init_repository

from commons_lint.config import Settings, configure
from commons_lint.engine import run
from commons_lint.i18n import set_language
from commons_lint.report import RuleResult, Status
from commons_lint.repository import Repository
from commons_lint.rules import discover

LAYOUTS = corpus.LAYOUTS
PRACTICES: tuple[str, ...] = corpus.PRACTICES
PEOPLE: dict[str, tuple[str, str]] = corpus.PEOPLE

# A practice's rule must find it on this share of the layouts that have it (recall), and
# be right this often when it says it is there (precision).
MIN_PRECISION = 0.9
MIN_RECALL = 0.9

# (layout, rule) pairs where the rule is known to disagree with the maintainer's verdict,
# with the reason; left out of the thresholds while the rule's owner fixes it. Only the
# disagreements that pull a practice under a threshold are here; the others count. Keep
# it small: a pair that agrees again must leave (test_known_disagreements_are_current).
KNOWN_DISAGREEMENTS: dict[tuple[str, str], str] = {}


def _known(reason: str, rule_id: str, *layouts: str) -> None:
    for layout in layouts:
        KNOWN_DISAGREEMENTS[(layout, rule_id)] = reason


_known(
    "a missing homepage is advice, while the catalogue asks for name, description and "
    "homepage",
    "project-metadata",
    "abandoned-prototype", "python-gettext-weblate", "vendored-licences-only",
    "test-fixture-copies", "look-alike-names", "project-template-generator",
    "empty-template-folders",
)
_known(
    "Documentation/process/ is not searched: the kernel-style patch guide (with its DCO) "
    "and security process are missed",
    "contributing-guide", "kernel-style-documentation-tree",
)
_known("see contributing-guide", "security-policy", "kernel-style-documentation-tree")
_known(
    "GNU HACKING (bug reports, patches, translations) judged as speaking to developers only",
    "contributing-guide", "gnu-style-plain-files",
)

# community-diversity does not judge a short history: below its min-commits option (20
# commits in the year by default) it is not applicable. The corpus keeps the maintainer's
# verdict on those layouts (one organisation is one organisation); the threshold is
# measured on the layouts with a longer history.
DIVERSITY_MIN_COMMITS = 20

DETECTED = {Status.PASSED, Status.PASSED_WITH_ADVICE}


# ----- building the layouts ------------------------------------------------------------

def _commit(
    repo: GitRepo, person: str, days: int, message: str, signoff: bool, tag: str | None,
    repeat: int = 1,
) -> None:
    """``repeat`` commits of what is written, by ``person``; the tag goes on the last."""
    name, email = PEOPLE[person]
    env = identity(name, email, days_ago(days))
    repo.git("add", "-A")  # once: the repeated commits change nothing more
    for _ in range(repeat):
        repo.git("commit", "-q", "--allow-empty", "-m", message,
                 *(["-s"] if signoff else []), env=env)
    if tag:
        repo.git("tag", "-a", tag, "-m", f"Release {tag}", env=env)


def build(layout: Any, root: Path) -> Path:
    """The layout as a Git repository: its files in a first commit, then its history."""
    repo = init_repository(root)
    repo.write_all(layout.files)
    _commit(repo, layout.first_author, layout.first_days_ago, "Initial import",
            layout.first_signoff, layout.first_tag)
    for commit in layout.history:
        repo.write_all(commit.files)
        _commit(repo, commit.author, commit.days_ago, commit.message, commit.signoff,
                commit.tag, commit.repeat)
    return root


# ----- running the rules ---------------------------------------------------------------

@dataclass
class Corpus:
    rules: tuple[str, ...]
    results: dict[str, dict[str, RuleResult]]  # layout name -> rule id -> result


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


def detected(result: RuleResult) -> bool:
    return result.status in DETECTED


def commit_count(layout: Any) -> int:
    return 1 + sum(commit.repeat for commit in layout.history)


def excused(layout: Any, practice: str) -> bool:
    """Whether a disagreement on this layout is left out of the practice's thresholds."""
    if (layout.name, practice) in KNOWN_DISAGREEMENTS:
        return True
    return practice == "community-diversity" and commit_count(layout) < DIVERSITY_MIN_COMMITS


def disagreements(data: Corpus) -> list[tuple[str, str, bool, str]]:
    """(layout, rule, expected, status) wherever the rule and the maintainer differ."""
    found = []
    for layout in LAYOUTS:
        for rule_id in data.rules:
            expected = layout.expected.get(rule_id)
            result = data.results[layout.name][rule_id]
            if expected is not None and detected(result) != expected:
                found.append((layout.name, rule_id, expected, result.status.value))
    return found


def counts(data: Corpus, practice: str, *, excuse_known: bool) -> Counts:
    tally = Counts()
    for layout in LAYOUTS:
        expected = layout.expected[practice]
        if expected is None:
            continue
        if excuse_known and excused(layout, practice):
            continue
        found = detected(data.results[layout.name][practice])
        if expected and found:
            tally.tp += 1
        elif found:
            tally.fp += 1
        elif expected:
            tally.fn += 1
        else:
            tally.tn += 1
    return tally


def _ratio(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def table(data: Corpus) -> list[str]:
    lines = [
        f"Rule accuracy on {len(LAYOUTS)} corpus layouts "
        "(detected = passed or passed with advice; counts include excused layouts)",
        f"{'practice':22} {'TP':>3} {'FP':>3} {'FN':>3} {'TN':>3}  {'precision':>9}  "
        f"{'recall':>6}",
    ]
    for practice in PRACTICES:
        if practice not in data.rules:
            lines.append(f"{practice:22} (no rule yet)")
            continue
        tally = counts(data, practice, excuse_known=False)
        lines.append(
            f"{practice:22} {tally.tp:3} {tally.fp:3} {tally.fn:3} {tally.tn:3}  "
            f"{_ratio(tally.precision):>9}  {_ratio(tally.recall):>6}"
        )
    found = disagreements(data)
    if found:
        lines.append("Disagreements (layout, rule, expected, got):")
        by_name = {layout.name: layout for layout in LAYOUTS}
        for layout, rule_id, expected, status in found:
            known = " [excused]" if excused(by_name[layout], rule_id) else ""
            verdict = "present" if expected else "absent"
            lines.append(f"  {layout}  {rule_id}  expected {verdict}, got {status}{known}")
    return lines


class _Summary:
    """Prints the table at the end of the run, whatever the capture mode."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        terminalreporter.section("corpus accuracy")
        for line in self.lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def corpus_run(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Corpus]:
    set_language("en")
    catalogue = discover()
    configured = configure(
        catalogue, "default", Settings(source="test"), select=[], unknown_rule=KeyError
    )
    rules = tuple(item.rule.id for item in configured if item.rule.id in PRACTICES)
    base = tmp_path_factory.mktemp("corpus")
    results: dict[str, dict[str, RuleResult]] = {}
    for layout in LAYOUTS:
        root = build(layout, base / layout.name)
        report = run(Repository(root), configured, profile="default", tool_version="test")
        results[layout.name] = {result.rule.id: result for result in report.results}
    data = Corpus(rules=rules, results=results)
    request.config.pluginmanager.register(_Summary(table(data)), "commons-lint-corpus-summary")
    yield data
    set_language("en")


# ----- the corpus itself ---------------------------------------------------------------

def test_corpus_is_large_and_complete() -> None:
    assert len(LAYOUTS) >= 40
    names = [layout.name for layout in LAYOUTS]
    assert len(names) == len(set(names)), "layout names must be unique"
    for layout in LAYOUTS:
        assert set(layout.expected) == set(PRACTICES), layout.name
        assert layout.description.strip(), layout.name


@pytest.mark.parametrize("practice", PRACTICES)
def test_every_practice_is_judged_on_several_layouts_each_way(practice: str) -> None:
    """A pattern earns its place on several layouts: no practice rests on one fixture."""
    present = [layout.name for layout in LAYOUTS if layout.expected[practice] is True]
    absent = [layout.name for layout in LAYOUTS if layout.expected[practice] is False]
    assert len(present) >= 2, f"{practice}: present in {present}"
    assert len(absent) >= 2, f"{practice}: absent in {absent}"


def test_known_disagreements_name_real_layouts_and_reasons() -> None:
    names = {layout.name for layout in LAYOUTS}
    for (layout, practice), reason in KNOWN_DISAGREEMENTS.items():
        assert layout in names and practice in PRACTICES and reason.strip()


# ----- the rules on the corpus ---------------------------------------------------------

def test_no_rule_crashes_on_the_corpus(corpus_run: Corpus) -> None:
    crashes = [
        (name, rule_id, result.reason)
        for name, by_rule in corpus_run.results.items()
        for rule_id, result in by_rule.items()
        if result.status is Status.TOOL_ERROR
    ]
    assert not crashes


@pytest.mark.parametrize("practice", PRACTICES)
def test_precision_and_recall(corpus_run: Corpus, practice: str) -> None:
    if practice not in corpus_run.rules:
        pytest.skip(f"no rule {practice!r} in the catalogue yet")
    tally = counts(corpus_run, practice, excuse_known=True)
    by_name = {layout.name: layout for layout in LAYOUTS}
    wrong = [
        f"{layout} (expected {'present' if expected else 'absent'}, got {status})"
        for layout, rule_id, expected, status in disagreements(corpus_run)
        if rule_id == practice and not excused(by_name[layout], rule_id)
    ]
    if tally.precision is not None:
        assert tally.precision >= MIN_PRECISION, f"{practice}: precision; wrong on {wrong}"
    if tally.recall is not None:
        assert tally.recall >= MIN_RECALL, f"{practice}: recall; wrong on {wrong}"


def test_known_disagreements_are_current(corpus_run: Corpus) -> None:
    """A known disagreement that the rule now gets right must leave the list."""
    current = {(layout, rule_id) for layout, rule_id, _, _ in disagreements(corpus_run)}
    stale = [
        pair for pair in KNOWN_DISAGREEMENTS
        if pair[1] in corpus_run.rules and pair not in current
    ]
    assert not stale, f"now agreeing, remove from KNOWN_DISAGREEMENTS: {stale}"

"""The plain data a run produces: findings, evidence, facts, rule results, the report
and its scores.

Reporters read only these types; rules create ``Finding``, ``Evidence``, ``Fact`` and
``Summary`` objects.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from .i18n import Text


class Theme(enum.Enum):
    """The six themes of the tutorial, in the tutorial's order."""

    UNDERSTAND = "understand"
    IDENTIFY = "identify"
    PRODUCE = "produce"
    SUSTAIN = "sustain"
    FUND = "fund"
    DISSEMINATE = "disseminate"

    @property
    def title(self) -> Text:
        return _THEME_TITLES[self]

    @property
    def order(self) -> int:
        return list(Theme).index(self)


_THEME_TITLES = {
    Theme.UNDERSTAND: Text(en="Understand", fr="Comprendre"),
    Theme.IDENTIFY: Text(en="Identify", fr="Identifier"),
    Theme.PRODUCE: Text(en="Produce", fr="Produire"),
    Theme.SUSTAIN: Text(en="Maintain and sustain", fr="Pérenniser"),
    Theme.FUND: Text(en="Fund", fr="Financer"),
    Theme.DISSEMINATE: Text(en="Disseminate", fr="Disséminer"),
}


class Severity(enum.Enum):
    """How much a failure matters; the names are SARIF's levels."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANKS[self.value]


_SEVERITY_RANKS = {"note": 1, "warning": 2, "error": 3}


class Status(enum.Enum):
    PASSED = "passed"
    PASSED_WITH_ADVICE = "passed-with-advice"
    FAILED = "failed"
    NOT_APPLICABLE = "not-applicable"
    TOOL_ERROR = "tool-error"
    # The repository's configuration exempts the rule, with a written reason: the rule
    # is not run, and every format shows the exemption rather than a pass.
    EXEMPTED = "exempted"


@dataclass(frozen=True)
class Location:
    """Where a finding is: a path relative to the repository root (and a line), or
    the repository as a whole when ``path`` is None."""

    path: str | None = None
    line: int | None = None
    column: int | None = None


@dataclass(frozen=True)
class Finding:
    """What a rule reports.

    A finding is a failure unless ``advice`` is true: advice leaves the rule passing
    but says how to do better (for example "a section of the README counts; a file
    would be easier to find"). ``severity`` overrides the rule's for this finding.
    ``key`` names the finding the same way in every language, so that its fingerprint
    survives a change of language or wording; a rule that reports several findings on
    one path gives each its own key.
    """

    message: str
    path: str | None = None
    line: int | None = None
    advice: bool = False
    fix: str | None = None
    severity: Severity | None = None
    key: str = ""
    column: int | None = None

    @property
    def location(self) -> Location:
        return Location(self.path, self.line, self.column)


# What a fact's value may be: JSON's values (finite numbers only), nested; sequences
# become lists. Sequence and Mapping (not list and dict) so that a rule's list of dicts
# type-checks as it is.
FactValue: TypeAlias = (
    str | int | float | bool | Sequence["FactValue"] | Mapping[str, "FactValue"] | None
)


@dataclass(frozen=True)
class Evidence:
    """A file (and line) that made the verdict, whichever it is.

    ``path`` is relative to the repository root, or None for the repository as a whole
    (its Git history, its tags). ``note`` is a short phrase in the user's language
    (through ``_()``) saying what the file showed: "exact text", "contact address".
    """

    path: str | None
    line: int | None = None
    note: str = ""

    @property
    def brief(self) -> str:
        """As a reader sees it: "LICENSE, exact text", "CHANGELOG.md:3", "12 tags"."""
        if self.path is None:
            return self.note
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}, {self.note}" if self.note else where


@dataclass(frozen=True)
class Fact:
    """A piece of structured data the rule established: ``key`` in snake_case, ``value``
    a string, number, boolean, None, or lists and dicts of those (string keys).

    The same key yielded twice keeps the last value. Each rule documents its keys.
    """

    key: str
    value: FactValue


@dataclass(frozen=True)
class Summary:
    """The one-line reason of the verdict, in the user's language ("MIT", "3 languages").

    It becomes the result's ``reason``; the engine appends the first evidence in
    brackets unless the text already names that file.
    """

    text: str


# What a check may yield.
Outcome: TypeAlias = Finding | Evidence | Fact | Summary


@dataclass(frozen=True)
class RuleInfo:
    """A rule's metadata as reporters see it."""

    id: str
    theme: Theme
    severity: Severity
    title: Text
    help: Text
    tutorial: str
    url: str
    source: str


@dataclass(frozen=True)
class Exemption:
    """Why the repository's configuration exempts a rule, and where it says so.

    ``path`` is where the practice lives instead, when the configuration names it: a
    path in the repository or a URL (an external governance page, say). ``declared_in``
    is the configuration entry (path relative to the repository, and line) when the
    configuration file is inside the repository; formats that point to files use it.
    """

    reason: str
    path: str | None = None
    declared_in: Location | None = None


@dataclass
class RuleResult:
    rule: RuleInfo
    severity: Severity
    status: Status
    findings: list[Finding] = field(default_factory=list)
    reason: str | None = None
    duration: float = 0.0
    exemption: Exemption | None = None
    # What made the verdict (a failed result's includes its findings' locations) and
    # what the rule established; empty for exempted results and tool errors.
    evidence: tuple[Evidence, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict)

    def finding_severity(self, finding: Finding) -> Severity:
        return finding.severity or self.severity


@dataclass(frozen=True)
class RepositoryInfo:
    path: str
    is_git: bool
    commit: str | None = None
    branch: str | None = None
    remote_url: str | None = None
    # The file that findings about the repository as a whole point to in formats that
    # need a file (SARIF, GitLab): its README, or README.md when it has none.
    anchor: str = "README.md"


# A failed rule costs its weight; the weights make an error matter three times a note.
SEVERITY_WEIGHT = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.NOTE: 1}
# Not-applicable, crashed and exempted rules are left out: none of them says whether
# the repository follows the practice.
SCORED_STATUSES = {Status.PASSED, Status.PASSED_WITH_ADVICE, Status.FAILED}


@dataclass(frozen=True)
class Score:
    """Weighted share of the scored rules that pass, from 0 to 100."""

    passed: int
    total: int

    @property
    def percent(self) -> int | None:
        if self.total == 0:
            return None
        return round(100 * self.passed / self.total)


def status_counts(results: Iterable[RuleResult]) -> dict[Status, int]:
    """How many of ``results`` ended with each status, every status present (zeros too)."""
    counts = dict.fromkeys(Status, 0)
    for result in results:
        counts[result.status] += 1
    return counts


def score(results: Iterable[RuleResult]) -> Score:
    passed = total = 0
    for result in results:
        if result.status not in SCORED_STATUSES:
            continue
        weight = SEVERITY_WEIGHT[result.severity]
        total += weight
        if result.status is not Status.FAILED:
            passed += weight
    return Score(passed, total)


@dataclass
class Report:
    tool_version: str
    repository: RepositoryInfo
    profile: str
    language: str
    results: list[RuleResult]
    notices: list[str] = field(default_factory=list)

    def by_theme(self) -> list[tuple[Theme, list[RuleResult]]]:
        return [(theme, [r for r in self.results if r.rule.theme is theme]) for theme in Theme]

    def theme_scores(self) -> dict[Theme, Score]:
        return {theme: score(results) for theme, results in self.by_theme()}

    def overall_score(self) -> Score:
        return score(self.results)

    def counts(self) -> dict[Status, int]:
        return status_counts(self.results)

    def failures_at_or_above(self, threshold: Severity) -> list[tuple[RuleResult, Finding]]:
        return [
            (result, finding)
            for result in self.results
            if result.status is Status.FAILED
            for finding in result.findings
            if not finding.advice and result.finding_severity(finding).rank >= threshold.rank
        ]

    def tool_errors(self) -> Sequence[RuleResult]:
        return [r for r in self.results if r.status is Status.TOOL_ERROR]

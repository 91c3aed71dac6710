"""The engine: what a check's outcome becomes, and that one broken rule breaks nothing else."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from commons_lint import Finding, History, NotApplicable, Repository, Severity, Text, Theme, rule
from commons_lint.config import ConfiguredRule
from commons_lint.engine import run, run_rule
from commons_lint.errors import PluginError
from commons_lint.i18n import set_language
from commons_lint.report import Status
from commons_lint.rules import Catalogue, Rule

TEXT = Text(en="A test rule", fr="Une règle de test")


def make_rule(
    rule_id: str, *, theme: Theme = Theme.UNDERSTAND, severity: Severity = Severity.ERROR,
    options: Mapping[str, Any] | None = None,
) -> Any:
    return rule(id=rule_id, theme=theme, severity=severity, title=TEXT, help=TEXT,
                tutorial="Comprendre — test", options=options)


def configured(check: Rule, severity: Severity | None = None, **options: Any) -> ConfiguredRule:
    return ConfiguredRule(check, severity or check.severity, {**check.options, **options})


@pytest.fixture
def repo(git_repo) -> Repository:
    git_repo.files({"README.md": "# Demo\n", "docs/guide.md": "guide"})
    return Repository(git_repo.path)


@make_rule("returns-none")
def returns_none(repo: Repository) -> None:
    return None


@make_rule("yields-nothing")
def yields_nothing(repo: Repository) -> Iterator[Finding]:
    yield from ()


@make_rule("fails")
def fails(repo: Repository) -> Iterator[Finding]:
    yield Finding("second", path="b.md", key="b")
    yield Finding("advice", key="advice", advice=True)
    yield Finding("first", path="a.md", line=3, key="a")


@make_rule("advises")
def advises(repo: Repository) -> Iterator[Finding]:
    yield Finding("could be better", key="better", advice=True)


@make_rule("not-applicable")
def not_applicable(repo: Repository) -> Iterator[Finding]:
    raise NotApplicable("no code in this repository")
    yield  # a generator, like most checks


@make_rule("crashes")
def crashes(repo: Repository) -> Iterator[Finding]:
    yield Finding("found before the crash", key="early")
    raise ZeroDivisionError("division by zero on purpose")


@make_rule("yields-text")
def yields_text(repo: Repository) -> Iterator[Any]:
    yield "not a finding"


@make_rule("returns-a-finding")
def returns_a_finding(repo: Repository) -> Any:
    return Finding("one finding, not an iterable of them")


@pytest.mark.parametrize(
    "check, status",
    [
        (returns_none, Status.PASSED),
        (yields_nothing, Status.PASSED),
        (fails, Status.FAILED),
        (advises, Status.PASSED_WITH_ADVICE),
        (not_applicable, Status.NOT_APPLICABLE),
        (crashes, Status.TOOL_ERROR),
        (yields_text, Status.TOOL_ERROR),
        (returns_a_finding, Status.TOOL_ERROR),
    ],
    ids=lambda value: value.id if isinstance(value, Rule) else value.value,
)
def test_what_a_check_does_becomes_its_status(repo, check, status):
    assert run_rule(configured(check), repo).status is status


def test_a_crash_keeps_its_reason_and_drops_partial_findings(repo):
    result = run_rule(configured(crashes), repo)
    assert result.findings == []
    assert result.reason is not None
    assert "ZeroDivisionError" in result.reason and "on purpose" in result.reason


def test_not_applicable_keeps_its_reason(repo):
    result = run_rule(configured(not_applicable), repo)
    assert result.reason == "no code in this repository" and result.findings == []


def test_the_crash_message_follows_the_language(repo):
    set_language("fr")
    assert "la règle a planté" in (run_rule(configured(crashes), repo).reason or "")


def test_one_crashing_rule_does_not_stop_the_others(repo):
    report = run(repo, [configured(fails), configured(crashes), configured(advises)],
                 profile="default", tool_version="test")
    assert {r.rule.id: r.status for r in report.results} == {
        "fails": Status.FAILED, "crashes": Status.TOOL_ERROR,
        "advises": Status.PASSED_WITH_ADVICE,
    }
    assert [r.rule.id for r in report.tool_errors()] == ["crashes"]


def test_findings_are_ordered_failures_first_then_by_place(repo):
    result = run(repo, [configured(fails)], profile="default", tool_version="test").results[0]
    assert [f.key for f in result.findings] == ["a", "b", "advice"]


def test_results_follow_the_tutorials_themes_then_ids(repo):
    checks = [
        make_rule("zz-understand", theme=Theme.UNDERSTAND)(returns_none.check),
        make_rule("aa-fund", theme=Theme.FUND)(returns_none.check),
        make_rule("aa-understand", theme=Theme.UNDERSTAND)(returns_none.check),
        make_rule("mm-identify", theme=Theme.IDENTIFY)(returns_none.check),
    ]
    report = run(repo, [configured(c) for c in checks], profile="default", tool_version="test")
    assert [r.rule.id for r in report.results] == [
        "aa-understand", "zz-understand", "mm-identify", "aa-fund",
    ]


# ----- what a check receives ----------------------------------------------------------


@make_rule("wants-everything", options={"minimum": 2, "names": ["a"]})
def wants_everything(
    repo: Repository, history: History, options: Mapping[str, Any]
) -> Iterator[Finding]:
    commits = list(history.commits())
    yield Finding(f"{len(repo.files)} files, {len(commits)} commits, minimum {options['minimum']}",
                  key="seen", advice=True)


@make_rule("only-options", options={"minimum": 2})
def only_options(options: Mapping[str, Any]) -> Iterator[Finding]:
    yield Finding(f"minimum {options['minimum']}", key="minimum", advice=True)


@make_rule("changes-options", options={"names": ["a"]})
def changes_options(options: Any) -> None:
    options["names"] = ["b"]


def test_a_check_receives_what_its_parameters_name(repo):
    result = run_rule(configured(wants_everything, minimum=5), repo)
    assert result.findings[0].message == "2 files, 1 commits, minimum 5"
    assert run_rule(configured(only_options), repo).findings[0].message == "minimum 2"


def test_history_is_read_only_for_rules_that_ask(repo):
    run(repo, [configured(fails), configured(only_options)], profile="default",
        tool_version="test")
    assert "history" not in vars(repo)  # the cached property was never computed
    run(repo, [configured(wants_everything)], profile="default", tool_version="test")
    assert "history" in vars(repo)


def test_options_are_read_only(repo):
    result = run_rule(configured(changes_options), repo)
    assert result.status is Status.TOOL_ERROR and "TypeError" in (result.reason or "")
    assert changes_options.options == {"names": ["a"]}


# ----- severities and the report --------------------------------------------------------


@make_rule("mixed-severities", severity=Severity.NOTE)
def mixed_severities(repo: Repository) -> Iterator[Finding]:
    yield Finding("a note", key="note")
    yield Finding("this one matters more", key="warning", severity=Severity.WARNING)


def test_configured_and_finding_severities(repo):
    report = run(repo, [configured(mixed_severities), configured(fails, Severity.WARNING)],
                 profile="default", tool_version="test")
    by_id = {r.rule.id: r for r in report.results}
    assert by_id["fails"].severity is Severity.WARNING
    assert by_id["fails"].rule.severity is Severity.ERROR  # the rule's default is kept
    assert report.failures_at_or_above(Severity.ERROR) == []
    warnings = report.failures_at_or_above(Severity.WARNING)
    assert sorted(f.key for _, f in warnings) == ["a", "b", "warning"]
    assert len(report.failures_at_or_above(Severity.NOTE)) == 4  # advice never counts


def test_the_report_describes_the_run(repo, git_repo):
    set_language("fr")
    report = run(repo, [configured(fails)], profile="minimal", tool_version="9.9",
                 notices=["a notice"])
    assert (report.profile, report.language, report.tool_version) == ("minimal", "fr", "9.9")
    assert report.notices == ["a notice"]
    info = report.repository
    assert info.path == str(git_repo.path.resolve()) and info.is_git
    assert info.commit == git_repo.git("rev-parse", "HEAD").strip()
    assert (info.branch, info.anchor) == ("main", "README.md")


def test_scores_weigh_rules_by_severity(repo):
    rules = [configured(fails, Severity.ERROR), configured(advises, Severity.NOTE),
             configured(returns_none, Severity.WARNING), configured(not_applicable),
             configured(crashes)]
    report = run(repo, rules, profile="default", tool_version="test")
    overall = report.overall_score()
    assert (overall.passed, overall.total, overall.percent) == (3, 6, 50)
    assert run(repo, [], profile="default", tool_version="test").overall_score().percent is None


def test_each_rule_is_timed(repo):
    @make_rule("slow")
    def slow(repo: Repository) -> None:
        time.sleep(0.02)

    result = run_rule(configured(slow), repo)
    assert result.duration >= 0.02


# ----- the rule API -------------------------------------------------------------------


@pytest.mark.parametrize("rule_id", ["Readme", "read_me", "-readme", "readme-", "1readme", ""])
def test_rule_ids_are_kebab_case(rule_id):
    with pytest.raises(PluginError, match="kebab-case"):
        make_rule(rule_id)


def test_a_check_may_ask_only_for_what_the_engine_gives():
    with pytest.raises(PluginError, match="network"):
        @make_rule("asks-too-much")
        def asks_too_much(repo: Repository, network: object) -> None:
            return None


def test_a_catalogue_refuses_two_rules_with_one_id():
    catalogue = Catalogue()
    catalogue.add_rule(_with_source(fails, "built-in"))
    catalogue.add_rule(_with_source(fails, "local elsewhere"))  # the same rule, imported again
    assert catalogue.rules["fails"].source == "built-in"
    impostor = make_rule("fails")(returns_none.check)
    with pytest.raises(PluginError) as error:
        catalogue.add_rule(_with_source(impostor, "plugin acme 1.0"))
    assert "built-in" in str(error.value) and "plugin acme 1.0" in str(error.value)


def _with_source(check: Rule, source: str) -> Rule:
    from dataclasses import replace

    return replace(check, source=source)

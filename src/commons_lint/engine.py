"""Runs the configured rules on a repository and collects a report.

The engine knows no practice: it passes each check what its parameters ask for, turns
what the check returns into a status, and keeps a crashing rule from stopping others.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from .config import ConfiguredRule
from .i18n import _, current_language
from .report import Finding, Report, RepositoryInfo, RuleResult, Status
from .repository import Repository
from .rules import NotApplicable


def _arguments(configured: ConfiguredRule, repo: Repository) -> dict[str, Any]:
    available: Mapping[str, Any] = {
        "repo": repo,
        "options": MappingProxyType(dict(configured.options)),
    }
    arguments: dict[str, Any] = {}
    for name in configured.rule.wants:
        # history is built only for the rules that ask for it
        arguments[name] = repo.history if name == "history" else available[name]
    return arguments


def valid_text(text: str) -> str:
    """The text with what cannot be written as UTF-8 replaced by U+FFFD.

    A file name that is not UTF-8 reaches rules as a str with lone surrogates (so that
    it can still be opened); a report must be writable in any format.
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:
            return text.encode("utf-8", "replace").decode("utf-8")


def _valid_optional(text: str | None) -> str | None:
    return None if text is None else valid_text(text)


def _valid_finding(finding: Finding) -> Finding:
    return replace(
        finding,
        message=valid_text(finding.message),
        path=_valid_optional(finding.path),
        fix=_valid_optional(finding.fix),
    )


def run_rule(configured: ConfiguredRule, repo: Repository) -> RuleResult:
    rule = configured.rule
    result = RuleResult(rule=rule.info(), severity=configured.severity, status=Status.PASSED)
    started = time.perf_counter()
    try:
        returned = rule.check(**_arguments(configured, repo))
        findings = list(returned) if returned is not None else []
        for finding in findings:
            if not isinstance(finding, Finding):
                raise TypeError(f"a check returned {type(finding).__name__}, not a Finding")
    except NotApplicable as reason:
        result.status = Status.NOT_APPLICABLE
        result.reason = str(reason) or None
    except Exception as error:  # a broken rule is that rule's failure, not the run's
        result.status = Status.TOOL_ERROR
        result.reason = _("the rule crashed: {error}").format(
            error=f"{type(error).__name__}: {error}"
        )
    else:
        result.findings = [_valid_finding(finding) for finding in findings]
        if any(not finding.advice for finding in findings):
            result.status = Status.FAILED
        elif findings:
            result.status = Status.PASSED_WITH_ADVICE
    result.reason = _valid_optional(result.reason)
    result.duration = time.perf_counter() - started
    return result


def run(
    repo: Repository,
    rules: Sequence[ConfiguredRule],
    *,
    profile: str,
    tool_version: str,
    notices: Sequence[str] = (),
) -> Report:
    results = [run_rule(configured, repo) for configured in rules]
    results.sort(key=lambda r: (r.rule.theme.order, r.rule.id))
    for result in results:
        result.findings.sort(key=lambda f: (f.advice, f.path or "", f.line or 0, f.message))
    info = RepositoryInfo(
        path=valid_text(str(repo.root)),
        is_git=repo.is_git,
        commit=repo.commit,
        branch=_valid_optional(repo.branch),
        remote_url=_valid_optional(repo.remote_url),
        anchor=valid_text(repo.anchor),
    )
    return Report(
        tool_version=tool_version,
        repository=info,
        profile=profile,
        language=current_language(),
        results=results,
        notices=[valid_text(notice) for notice in notices],
    )

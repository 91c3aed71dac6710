"""Runs the configured rules on a repository and collects a report.

The engine knows no practice: it passes each check what its parameters ask for, turns
what the check returns into a status, and keeps a crashing rule from stopping others.
A rule the configuration exempts is not run: its result is the exemption itself.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .config import ConfiguredRule, ExemptionSettings
from .forge import active_forge
from .i18n import _, current_language
from .report import Exemption, Finding, Location, Report, RepositoryInfo, RuleResult, Status
from .repository import Repository
from .rules import NotApplicable


def _arguments(configured: ConfiguredRule, repo: Repository) -> dict[str, Any]:
    available: Mapping[str, Any] = {
        "repo": repo,
        "options": MappingProxyType(dict(configured.options)),
        "forge": active_forge(),  # None unless the run is --online
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
    message = valid_text(finding.message)
    path = _valid_optional(finding.path)
    fix = _valid_optional(finding.fix)
    if message is finding.message and path is finding.path and fix is finding.fix:
        return finding  # the usual case: no copy
    return replace(finding, message=message, path=path, fix=fix)


def _declared_in(settings: ExemptionSettings, repo: Repository) -> Location | None:
    """The exemption's line in the configuration, when that file is in the repository."""
    try:
        relative = Path(settings.source).resolve().relative_to(repo.root)
    except (OSError, ValueError):
        return None
    return Location(valid_text(relative.as_posix()), settings.line)


def _exemption(settings: ExemptionSettings, repo: Repository) -> Exemption:
    return Exemption(
        reason=valid_text(settings.reason),
        path=_valid_optional(settings.path),
        declared_in=_declared_in(settings, repo),
    )


def _is_url(path: str) -> bool:
    return "://" in path


def _missing_practice_paths(rules: Sequence[ConfiguredRule], repo: Repository) -> list[str]:
    """Notices for exemptions that point to a repository path that is not there.

    The exemption still holds (the reason is the project's word), but a path that was
    moved or never committed is worth knowing about.
    """
    notices: list[str] = []
    for configured in rules:
        exemption = configured.exemption
        if exemption is None or exemption.path is None or _is_url(exemption.path):
            continue
        if not (repo.exists(exemption.path) or repo.files_under(exemption.path)):
            notices.append(
                _("the exemption of {rule} points to {path}, which is not in the repository")
                .format(rule=exemption.rule, path=exemption.path)
            )
    return notices


def run_rule(configured: ConfiguredRule, repo: Repository) -> RuleResult:
    rule = configured.rule
    if configured.exemption is not None:
        return RuleResult(
            rule=rule.info(),
            severity=configured.severity,
            status=Status.EXEMPTED,
            exemption=_exemption(configured.exemption, repo),
        )
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
        notices=[valid_text(n) for n in (*notices, *_missing_practice_paths(rules, repo))],
    )

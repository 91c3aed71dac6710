"""Runs the configured rules on a repository and collects a report.

The engine knows no practice: it passes each check what its parameters ask for, turns
what the check yields into a status, evidence, facts and a reason, and keeps a crashing
rule from stopping others. A rule the configuration exempts is not run: its result is
the exemption itself.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .config import ConfiguredRule, ExemptionSettings
from .forge import active_forge
from .i18n import _, current_language
from .report import (
    Evidence,
    Exemption,
    Fact,
    FactValue,
    Finding,
    Location,
    Report,
    RepositoryInfo,
    RuleResult,
    Status,
    Summary,
)
from .repository import Repository
from .rules import NotApplicable
from .web import active_web


def _arguments(configured: ConfiguredRule, repo: Repository) -> dict[str, Any]:
    available: Mapping[str, Any] = {
        "repo": repo,
        "options": MappingProxyType(dict(configured.options)),
        "forge": active_forge(),  # None unless the run is --online
        "web": active_web(),  # bounded checks of web addresses; None unless --online
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


FACT_KEY = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
# Facts are small structured data; deeper nesting is a rule's bug, not data.
MAX_FACT_DEPTH = 12


def _fact_value(value: object, depth: int = 0) -> FactValue:
    """The value as JSON data (sequences become lists, mappings dicts, strings valid
    UTF-8), or TypeError."""
    if depth > MAX_FACT_DEPTH:
        raise TypeError(f"a fact nests deeper than {MAX_FACT_DEPTH} levels")
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TypeError(f"a fact's number is not finite: {value}")
        return value
    if isinstance(value, str):
        return valid_text(value)
    if isinstance(value, Mapping):
        cleaned: dict[str, FactValue] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"a fact's mapping has a key of type {type(key).__name__}")
            cleaned[valid_text(key)] = _fact_value(item, depth + 1)
        return cleaned
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return [_fact_value(item, depth + 1) for item in value]
    raise TypeError(f"a fact's value is a {type(value).__name__}, not JSON data")


def _valid_evidence(evidence: Evidence) -> Evidence:
    return Evidence(
        path=_valid_optional(evidence.path),
        line=evidence.line if evidence.line and evidence.line > 0 else None,
        note=valid_text(evidence.note),
    )


@dataclass
class _Outcomes:
    """What a check yielded so far, sorted by kind (kept when it raises NotApplicable)."""

    findings: list[Finding] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    facts: dict[str, FactValue] = field(default_factory=dict)
    summary: str | None = None

    def collect(self, returned: Iterable[object]) -> None:
        for item in returned:
            if isinstance(item, Finding):
                self.findings.append(item)
            elif isinstance(item, Evidence):
                self.evidence.append(_valid_evidence(item))
            elif isinstance(item, Fact):
                if not FACT_KEY.match(item.key):
                    raise TypeError(f"a fact's key is not snake_case: {item.key!r}")
                self.facts[item.key] = _fact_value(item.value)
            elif isinstance(item, Summary):
                self.summary = valid_text(item.text)
            else:
                raise TypeError(
                    f"a check returned {type(item).__name__}, "
                    "not a Finding, Evidence, Fact or Summary"
                )


def _with_evidence(text: str | None, evidence: Sequence[Evidence]) -> str | None:
    """The one-line reason: the summary and, in brackets, the first evidence, unless the
    summary already names its file or that evidence is about the repository as a whole
    (the summary then says it); without a summary, the first evidence alone. The
    evidence list has the rest."""
    if not evidence:
        return text
    first = evidence[0]
    if text is None:
        return first.brief or None
    if first.path is None or first.path in text:
        return text
    return f"{text} ({first.brief})"


def _all_evidence(outcomes: _Outcomes, findings: Sequence[Finding]) -> tuple[Evidence, ...]:
    """The rule's evidence, then its failures' locations that it did not already give.

    A pass with advice and no evidence of its own is explained by where its advice points
    (a README section standing in for a file, a file that links elsewhere): that is what
    the rule accepted. ``findings`` are the outcomes' findings made valid text.
    """
    evidence = list(dict.fromkeys(outcomes.evidence))
    seen = {(e.path, e.line) for e in evidence}
    failed = any(not finding.advice for finding in findings)
    for finding in findings:
        counts = not finding.advice or (not failed and not outcomes.evidence)
        if not counts or finding.path is None or (finding.path, finding.line) in seen:
            continue
        seen.add((finding.path, finding.line))
        evidence.append(Evidence(finding.path, finding.line))
    return tuple(evidence)


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
    outcomes = _Outcomes()
    started = time.perf_counter()
    try:
        returned = rule.check(**_arguments(configured, repo))
        if returned is not None:
            outcomes.collect(returned)
    except NotApplicable as reason:
        # the findings are dropped; what the rule established before deciding is kept
        result.status = Status.NOT_APPLICABLE
        result.reason = str(reason) or None
        result.evidence = tuple(dict.fromkeys(outcomes.evidence))
        result.facts = outcomes.facts
    except Exception as error:  # a broken rule is that rule's failure, not the run's
        result.status = Status.TOOL_ERROR
        result.reason = _("the rule crashed: {error}").format(
            error=f"{type(error).__name__}: {error}"
        )
    else:
        findings = outcomes.findings
        result.findings = [_valid_finding(finding) for finding in findings]
        if any(not finding.advice for finding in findings):
            result.status = Status.FAILED
        elif findings:
            result.status = Status.PASSED_WITH_ADVICE
        result.evidence = _all_evidence(outcomes, result.findings)
        result.facts = outcomes.facts
        if result.status is Status.FAILED:
            # the findings say what is wrong; a reason only when the rule wrote one
            if outcomes.summary is not None:
                result.reason = _with_evidence(outcomes.summary, outcomes.evidence)
        else:
            # a pass always says why; a rule that gives nothing is visible as such
            result.reason = _with_evidence(outcomes.summary, result.evidence) or _(
                "the rule gave no evidence"
            )
    result.reason = _valid_optional(result.reason)
    result.duration = time.perf_counter() - started
    return result


def _resource_notices() -> list[str]:
    """What the run's shared resources have to say once the rules are done (web
    addresses that could not be checked)."""
    web = active_web()
    return web.notices() if web is not None else []


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
        notices=[valid_text(n) for n in (*notices, *_missing_practice_paths(rules, repo),
                                         *_resource_notices())],
    )

"""The report as a versioned JSON document (schema: ``schemas/report.schema.json``).

Versions: 1.1 added ``column`` to findings; 1.2 added the ``exempted`` status, each
result's ``exemption`` (``{reason, path}``, null unless exempted) and the ``exempted``
count; 1.3 added each result's ``evidence`` (``[{path, line, note}]``) and ``facts``
(an object, the rule's documented keys), and passed results always have a ``reason``.
"""

from __future__ import annotations

import json
from typing import Any

from ..report import Evidence, Exemption, Finding, Report, RuleResult, Score
from . import RenderOptions

SCHEMA_VERSION = "1.3"


def _score(score: Score) -> dict[str, Any]:
    return {"percent": score.percent, "passed_weight": score.passed, "total_weight": score.total}


def _finding(result: RuleResult, finding: Finding) -> dict[str, Any]:
    return {
        "message": finding.message,
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "advice": finding.advice,
        "severity": result.finding_severity(finding).value,
        "fix": finding.fix,
        "key": finding.key,
    }


def evidence_item(evidence: Evidence) -> dict[str, Any]:
    return {"path": evidence.path, "line": evidence.line, "note": evidence.note}


def _exemption(exemption: Exemption | None) -> dict[str, Any] | None:
    if exemption is None:
        return None
    return {"reason": exemption.reason, "path": exemption.path}


def _result(result: RuleResult, language: str) -> dict[str, Any]:
    rule = result.rule
    return {
        "rule": rule.id,
        "theme": rule.theme.value,
        "title": rule.title.get(language),
        "status": result.status.value,
        "severity": result.severity.value,
        "default_severity": rule.severity.value,
        "source": rule.source,
        "tutorial": rule.tutorial,
        "url": rule.url,
        "reason": result.reason,
        "findings": [_finding(result, f) for f in result.findings],
        "exemption": _exemption(result.exemption),
        "evidence": [evidence_item(e) for e in result.evidence],
        "facts": result.facts,
    }


def document(report: Report) -> dict[str, Any]:
    repo = report.repository
    theme_scores = report.theme_scores()
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "commons-lint", "version": report.tool_version},
        "repository": {
            "path": repo.path,
            "is_git": repo.is_git,
            "commit": repo.commit,
            "branch": repo.branch,
            "remote_url": repo.remote_url,
        },
        "profile": report.profile,
        "language": report.language,
        "results": [_result(r, report.language) for r in report.results],
        "themes": [
            {
                "id": theme.value,
                "title": theme.title.get(report.language),
                "rules": len(results),
                "score": _score(theme_scores[theme]),
            }
            for theme, results in report.by_theme()
        ],
        "summary": {
            "counts": {status.value: n for status, n in report.counts().items()},
            "score": _score(report.overall_score()),
        },
        "notices": list(report.notices),
    }


def render(report: Report, options: RenderOptions) -> str:
    return json.dumps(document(report), ensure_ascii=False) + "\n"

"""The report as a GitLab Code Quality artifact (``artifacts:reports:codequality``).

GitLab reads a JSON array of issues, each with ``description``, ``check_name``,
``fingerprint``, ``severity`` and ``location`` (``path`` and ``lines.begin``), and shows
them in merge requests, comparing the fingerprints of the two pipelines.

Choices, documented in the README:
- severities: error → ``critical``, warning → ``major``, note → ``minor``, advice →
  ``info``; ``blocker`` is left for tools whose findings break the build itself;
- advice is included, at ``info``, like SARIF's informational results;
- passing, not-applicable and crashed rules give no issue: Code Quality is about the
  repository, a crash is about the tool (the JUnit report and exit code 3 show it);
- exempted rules give no issue either: GitLab has no way to mark an issue as accepted,
  so it would read as a problem in every merge request; the exemption and its reason
  show in the JUnit report (skipped) and the Markdown summary of the same pipeline;
- a finding about the repository as a whole is placed at line 1 of its README
  (``RepositoryInfo.anchor``), as in SARIF, since GitLab needs a file;
- the fingerprint hashes the rule id, the finding's own path (not the anchor) and its
  language-independent key, plus a counter when one rule reports the same key twice on
  one path: it stays the same from run to run and from language to language.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any

from ..report import Finding, Report, RuleResult, Severity
from . import RenderOptions, in_language
from .labels import advice_message

SEVERITIES = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.NOTE: "minor"}
ADVICE_SEVERITY = "info"
# GitLab's own examples use 32 hexadecimal digits (the length of an MD5 digest).
FINGERPRINT_DIGITS = 32


def fingerprint(rule_id: str, path: str | None, key: str, occurrence: int) -> str:
    material = "\0".join(["commons-lint", rule_id, path or "", key, str(occurrence)])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:FINGERPRINT_DIGITS]


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _description(finding: Finding) -> str:
    message = advice_message(finding.message) if finding.advice else finding.message
    text = _sentence(message)
    return f"{text} {_sentence(finding.fix)}" if finding.fix else text


def _severity(result: RuleResult, finding: Finding) -> str:
    if finding.advice:
        return ADVICE_SEVERITY
    return SEVERITIES[result.finding_severity(finding)]


def issues(report: Report) -> list[dict[str, Any]]:
    """The Code Quality issues, in the report's language."""
    return in_language(report.language, lambda: _issues(report))


def _issues(report: Report) -> list[dict[str, Any]]:
    anchor = report.repository.anchor
    seen: Counter[tuple[str, str | None, str]] = Counter()
    found: list[dict[str, Any]] = []
    for result in report.results:
        for finding in result.findings:
            identity = (result.rule.id, finding.path, finding.key)
            seen[identity] += 1
            found.append(
                {
                    "type": "issue",
                    "check_name": result.rule.id,
                    "description": _description(finding),
                    "severity": _severity(result, finding),
                    "fingerprint": fingerprint(*identity, seen[identity]),
                    "location": {
                        "path": finding.path or anchor,
                        "lines": {"begin": finding.line or 1},
                    },
                }
            )
    return found


def render(report: Report, options: RenderOptions) -> str:
    return json.dumps(issues(report), ensure_ascii=False) + "\n"

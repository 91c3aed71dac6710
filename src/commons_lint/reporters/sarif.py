"""The report as SARIF 2.1.0, shaped for GitHub code scanning.

Choices, documented in the README:
- every rule that ran is a ``reportingDescriptor``; failures are results of kind
  ``fail`` at their severity's level; advice is a result of kind ``informational`` at
  level ``none``; passing and not-applicable rules produce no result;
- a finding about the repository as a whole is placed at line 1 of the repository's
  README (``RepositoryInfo.anchor``), because GitHub needs a file for every result;
  it carries ``properties.repositoryLevel = true``;
- ``partialFingerprints`` hash the rule id, the path and the finding's
  language-independent key, so alerts survive a change of language or wording;
- a rule that crashed is a ``toolExecutionNotification`` of level ``error``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..i18n import _
from ..report import Finding, Report, RuleInfo, RuleResult, Status
from . import RenderOptions

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://commons-lint.org/"
FINGERPRINT_NAME = "commonsLint/v1"


def _pascal_case(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.split("-"))


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _first_paragraph(text: str) -> str:
    return text.strip().split("\n\n", 1)[0].replace("\n", " ")


def _descriptor(rule: RuleInfo, result: RuleResult, language: str) -> dict[str, Any]:
    help_text = rule.help.get(language)
    return {
        "id": rule.id,
        "name": _pascal_case(rule.id),
        "shortDescription": {"text": _sentence(rule.title.get(language))},
        "fullDescription": {"text": _sentence(_first_paragraph(help_text))},
        "help": {"text": help_text, "markdown": help_text},
        **({"helpUri": rule.url} if rule.url else {}),
        "defaultConfiguration": {"level": result.severity.value},
        "properties": {
            "tags": ["commons", rule.theme.value],
            "theme": rule.theme.value,
            "source": rule.source,
        },
    }


def _location(finding: Finding, anchor: str) -> dict[str, Any]:
    path = finding.path or anchor
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": path, "uriBaseId": "SRCROOT"},
            "region": {"startLine": finding.line or 1},
        }
    }


def _fingerprint(rule_id: str, finding: Finding) -> str:
    material = "\0".join([rule_id, finding.path or "", finding.key])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _result(result: RuleResult, index: int, finding: Finding, anchor: str) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "ruleId": result.rule.id,
        "ruleIndex": index,
        "kind": "informational" if finding.advice else "fail",
        "level": "none" if finding.advice else result.finding_severity(finding).value,
        "message": {"text": _sentence(finding.message)},
        "locations": [_location(finding, anchor)],
        "partialFingerprints": {FINGERPRINT_NAME: _fingerprint(result.rule.id, finding)},
    }
    properties: dict[str, Any] = {}
    if finding.path is None:
        properties["repositoryLevel"] = True
    if finding.fix:
        properties["fix"] = finding.fix
    if properties:
        entry["properties"] = properties
    return entry


def document(report: Report) -> dict[str, Any]:
    repo = report.repository
    language = report.language
    rules = [_descriptor(r.rule, r, language) for r in report.results]
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for index, result in enumerate(report.results):
        if result.status is Status.TOOL_ERROR:
            notifications.append(
                {
                    "level": "error",
                    "message": {"text": _sentence(result.reason or _("the rule crashed"))},
                    "associatedRule": {"id": result.rule.id, "index": index},
                }
            )
        for finding in result.findings:
            results.append(_result(result, index, finding, repo.anchor))
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "commons-lint",
                "version": report.tool_version,
                "semanticVersion": report.tool_version,
                "informationUri": INFORMATION_URI,
                "rules": rules,
            }
        },
        "automationDetails": {"id": f"commons-lint/{report.profile}/"},
        "originalUriBaseIds": {"SRCROOT": {"uri": Path(repo.path).as_uri() + "/"}},
        "invocations": [
            {
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }
        ],
        "language": language,
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"profile": report.profile},
    }
    if repo.is_git:
        provenance: dict[str, Any] = {
            "repositoryUri": repo.remote_url or Path(repo.path).as_uri(),
        }
        if repo.commit:
            provenance["revisionId"] = repo.commit
        if repo.branch:
            provenance["branch"] = repo.branch
        provenance["mappedTo"] = {"uriBaseId": "SRCROOT"}
        run["versionControlProvenance"] = [provenance]
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report, options: RenderOptions) -> str:
    return json.dumps(document(report), ensure_ascii=False, indent=2) + "\n"

"""The report as SARIF 2.1.0, shaped for GitHub code scanning.

Choices, documented in the README:
- every rule that ran is a ``reportingDescriptor``; failures are results of kind
  ``fail`` at their severity's level; advice is a result of kind ``informational`` at
  level ``none``; passing and not-applicable rules produce no result;
- a finding about the repository as a whole is placed at line 1 of the repository's
  README (``RepositoryInfo.anchor``), because GitHub needs a file for every result;
  it carries ``properties.repositoryLevel = true``;
- ``partialFingerprints`` hash the rule id, the path and the finding's
  language-independent key, so alerts survive a change of language or wording; when
  one rule reports the same key twice on one path, ``:2``, ``:3`` … tell them apart;
- a rule that crashed is a ``toolExecutionNotification`` of level ``error`` and makes
  the invocation unsuccessful;
- a rule the configuration exempts is one result of kind ``notApplicable`` (the rule
  was not evaluated) at level ``none``, placed like a repository-level finding, with a
  ``suppressions`` entry of kind ``external`` (the exemption lives in the configuration
  file, not in the code) whose ``justification`` is the written reason and whose
  ``location`` is the exemption's line when the configuration is in the repository:
  viewers show it as suppressed, never as a pass;
- what every rule established, passed rules included, is in the run's
  ``properties.ruleOutcomes``: one entry per rule that ran, in the order of
  ``tool.driver.rules`` (``ruleId``, ``status``, ``reason``, ``facts``, ``evidence`` as
  ``[{path, line, note}]``, every item); each result repeats its rule's ``facts`` in its
  own ``properties`` (facts are small; the evidence, which can list thousands of files,
  is given once);
- ``versionControlProvenance`` is given in a Git repository only; its
  ``repositoryUri`` is always an absolute URI (``git@host:owner/repo.git`` becomes
  ``ssh://git@host/owner/repo.git``, a local remote a ``file:`` URI).

Microsoft's SARIF validator (``sarif-multitool validate --rule-kind "Gh;Sarif"``)
accepts what this module writes with no error; the tests check it.
"""

from __future__ import annotations

import hashlib
import json
import ntpath
import posixpath
import re
from collections import Counter
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from ..i18n import _
from ..report import (
    Exemption,
    Finding,
    Location,
    Report,
    RepositoryInfo,
    RuleInfo,
    RuleResult,
    Status,
)
from . import RenderOptions, in_language
from .json_report import evidence_item
from .labels import practice_place

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://commons-lint.org/"
FINGERPRINT_NAME = "commonsLint/v1"
SOURCE_ROOT = "SRCROOT"

# scheme://… as RFC 3986 spells a scheme.
_URI_WITH_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# Git's scp-like syntax: [user@]host:path, where host is not a drive letter (C:\…).
_SCP_LIKE = re.compile(r"^(?:(?P<user>[^@/:]+)@)?(?P<host>[^@/:]{2,}):(?P<path>.+)$")


def _pascal_case(text: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[-_\s]+", text) if part)


def _rule_name(rule: RuleInfo) -> str:
    # SARIF wants a readable name that differs from the id even ignoring case
    # ("readme" vs "Readme"); the theme in front keeps every name distinct and telling.
    return _pascal_case(rule.theme.value) + _pascal_case(rule.id)


def _sentence(text: str) -> str:
    """SARIF messages are sentences: a capital first letter, a full stop at the end."""
    text = text.strip()
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _first_paragraph(text: str) -> str:
    return " ".join(text.strip().split("\n\n", 1)[0].split())


def _is_windows_path(path: str) -> bool:
    return re.match(r"^[A-Za-z]:[\\/]", path) is not None


def _file_uri(path: str) -> str:
    """``file:`` URI of an absolute path, from Linux, macOS or Windows."""
    if _is_windows_path(path):
        return PureWindowsPath(ntpath.normpath(path)).as_uri()
    return PurePosixPath(posixpath.normpath(path)).as_uri()


def repository_uri(remote_url: str | None, repository_path: str) -> str:
    """An absolute URI for the repository, as ``versionControlProvenance`` requires."""
    if not remote_url:
        return _file_uri(repository_path)
    if _URI_WITH_SCHEME.match(remote_url):
        return remote_url
    scp = _SCP_LIKE.match(remote_url)
    if scp:
        user = f"{scp['user']}@" if scp["user"] else ""
        path = scp["path"].lstrip("/")
        return f"ssh://{user}{scp['host']}/{quote(path, safe='/~._-')}"
    # A remote on the local disk, relative to the repository or absolute.
    paths = ntpath if _is_windows_path(repository_path) else posixpath
    return _file_uri(paths.join(repository_path, remote_url))


def _source_root(path: str) -> str:
    """The base URI of the checked files: a local folder, or the URL of a remote check."""
    local = path.startswith("/") or _is_windows_path(path)
    uri = _file_uri(path) if local else repository_uri(path, "/")
    return uri.rstrip("/") + "/"


def _descriptor(result: RuleResult, language: str) -> dict[str, Any]:
    rule = result.rule
    help_text = rule.help.get(language).strip()
    descriptor: dict[str, Any] = {
        "id": rule.id,
        "name": _rule_name(rule),
        "shortDescription": {"text": _sentence(rule.title.get(language))},
        "fullDescription": {"text": _sentence(_first_paragraph(help_text))},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": result.severity.value},
        "properties": {
            "tags": ["commons", rule.theme.value],
            "theme": rule.theme.value,
            "tutorial": rule.tutorial,
            "source": rule.source,
        },
    }
    if rule.url:
        descriptor["helpUri"] = rule.url
    return descriptor


def _region(finding: Finding | Location) -> dict[str, int]:
    region = {"startLine": finding.line or 1}
    if finding.line and finding.column:
        region["startColumn"] = finding.column
    return region


def _location(
    finding: Finding | Location, anchor: str, prefix: PurePosixPath | None
) -> dict[str, Any]:
    # Every location of the log is built here, so a prefix reaches results and
    # suppressions alike.
    uri = finding.path or anchor
    if prefix is not None:
        uri = str(prefix / uri)
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": uri, "uriBaseId": SOURCE_ROOT},
            "region": _region(finding),
        }
    }


def _fingerprint_base(rule_id: str, finding: Finding) -> str:
    material = "\0".join([rule_id, finding.path or "", finding.key])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


class _Fingerprints:
    """Gives each finding its fingerprint, numbering repeats of the same one."""

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def __call__(self, rule_id: str, finding: Finding) -> str:
        base = _fingerprint_base(rule_id, finding)
        self._seen[base] += 1
        return f"{base}:{self._seen[base]}"


def _result(
    result: RuleResult,
    index: int,
    finding: Finding,
    anchor: str,
    prefix: PurePosixPath | None,
    fingerprint: str,
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "ruleId": result.rule.id,
        "ruleIndex": index,
        "kind": "informational" if finding.advice else "fail",
        "level": "none" if finding.advice else result.finding_severity(finding).value,
        "message": {"text": _sentence(finding.message)},
        "locations": [_location(finding, anchor, prefix)],
        "partialFingerprints": {FINGERPRINT_NAME: fingerprint},
    }
    properties: dict[str, Any] = {}
    if finding.key:
        properties["key"] = finding.key
    if finding.path is None:
        properties["repositoryLevel"] = True
    if finding.fix:
        properties["fix"] = finding.fix
    if result.facts:
        properties["facts"] = result.facts
    if properties:
        entry["properties"] = properties
    return entry


# An exempted rule has no finding; this stands for it in locations and fingerprints.
EXEMPTED_KEY = "exempted"


def _exemption_message(exemption: Exemption) -> str:
    text = _sentence(
        _("exempted by the repository's configuration: {reason}").format(
            reason=exemption.reason
        )
    )
    if exemption.path:
        text += " " + _sentence(practice_place(exemption.path))
    return text


def _exempted_result(
    result: RuleResult,
    index: int,
    exemption: Exemption,
    anchor: str,
    prefix: PurePosixPath | None,
    fingerprint: str,
) -> dict[str, Any]:
    suppression: dict[str, Any] = {
        "kind": "external",
        "status": "accepted",
        "justification": exemption.reason,
    }
    if exemption.declared_in is not None:
        suppression["location"] = _location(exemption.declared_in, anchor, prefix)
    properties: dict[str, Any] = {"key": EXEMPTED_KEY, "repositoryLevel": True}
    if exemption.path:
        properties["practicePath"] = exemption.path
    return {
        "ruleId": result.rule.id,
        "ruleIndex": index,
        "kind": "notApplicable",
        "level": "none",
        "message": {"text": _exemption_message(exemption)},
        "locations": [_location(Location(), anchor, prefix)],
        "partialFingerprints": {FINGERPRINT_NAME: fingerprint},
        "suppressions": [suppression],
        "properties": properties,
    }


def _notification(result: RuleResult, index: int) -> dict[str, Any]:
    return {
        "level": "error",
        "message": {"text": _sentence(result.reason or _("the rule crashed"))},
        "associatedRule": {"id": result.rule.id, "index": index},
    }


def _outcome(result: RuleResult) -> dict[str, Any]:
    return {
        "ruleId": result.rule.id,
        "status": result.status.value,
        "reason": result.reason,
        "facts": result.facts,
        "evidence": [evidence_item(e) for e in result.evidence],
    }


def _provenance(repo: RepositoryInfo) -> dict[str, Any]:
    provenance: dict[str, Any] = {"repositoryUri": repository_uri(repo.remote_url, repo.path)}
    if repo.commit:
        provenance["revisionId"] = repo.commit
    if repo.branch:
        provenance["branch"] = repo.branch
    provenance["mappedTo"] = {"uriBaseId": SOURCE_ROOT}
    return provenance


def _driver(report: Report) -> dict[str, Any]:
    return {
        "name": "commons-lint",
        "version": report.tool_version,
        "semanticVersion": report.tool_version,
        "informationUri": INFORMATION_URI,
        "rules": [_descriptor(result, report.language) for result in report.results],
    }


def document(report: Report, path_prefix: PurePosixPath | None = None) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dictionary, in the report's language.

    ``path_prefix`` goes in front of every path in the log, for a viewer that reads paths
    from a folder above the checked one (GitHub's workspace); the caller then points
    ``SRCROOT`` at that folder.
    """
    return in_language(report.language, lambda: _document(report, path_prefix))


def _document(report: Report, prefix: PurePosixPath | None) -> dict[str, Any]:
    repo = report.repository
    fingerprint = _Fingerprints()
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for index, result in enumerate(report.results):
        if result.status is Status.TOOL_ERROR:
            notifications.append(_notification(result, index))
        if result.exemption is not None:
            stand_in = Finding(message="", key=EXEMPTED_KEY)
            results.append(
                _exempted_result(
                    result, index, result.exemption, repo.anchor, prefix,
                    fingerprint(result.rule.id, stand_in),
                )
            )
        for finding in result.findings:
            results.append(
                _result(
                    result, index, finding, repo.anchor, prefix,
                    fingerprint(result.rule.id, finding),
                )
            )
    run: dict[str, Any] = {
        "tool": {"driver": _driver(report)},
        "automationDetails": {"id": f"commons-lint/{report.profile}/"},
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": _source_root(repo.path)}},
        "invocations": [
            {
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }
        ],
        "language": report.language,
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {
            "profile": report.profile,
            "ruleOutcomes": [_outcome(result) for result in report.results],
        },
    }
    if repo.is_git:
        run["versionControlProvenance"] = [_provenance(repo)]
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render(report: Report, options: RenderOptions) -> str:
    return json.dumps(document(report), ensure_ascii=False) + "\n"

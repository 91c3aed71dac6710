"""The report as JUnit XML, for test widgets (GitLab's ``artifacts:reports:junit``).

Choices, documented in the README:
- one ``<testsuite>`` per theme that has rules, in the tutorial's order, all inside one
  ``<testsuites name="commons-lint">``; the suite is named by the theme's title;
- one ``<testcase>`` per rule: ``classname`` is the theme's id (the same in every
  language), ``name`` is the rule id and its title;
- a failed rule has a ``<failure>`` (``type`` its severity, ``message`` its first
  finding, the text every finding with its location and fix); a rule that does not
  apply is ``<skipped>``; a rule the configuration exempts is ``<skipped>`` too, its
  message "exempted: " and the reason, its text where the practice lives instead, if
  said (the suite's ``skipped`` count includes it); a rule that crashed has an
  ``<error>``; a rule that ran has a ``<system-out>`` with its reason and its first
  evidence (at most ``MAX_EVIDENCE_LINES`` lines and how many more), then the advice
  of a passing rule;
- characters that XML 1.0 cannot carry (control characters, lone surrogates) are
  replaced by U+FFFD; everything else is escaped by ``xml.etree``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..i18n import _
from ..report import Finding, Report, RuleResult, Status, Theme, status_counts
from . import RenderOptions, in_language
from .labels import (
    advice_message,
    evidence_lines,
    exemption_label,
    practice_place,
    severity_label,
)

# JUnit has one word for a test that did not run.
SKIPPED_STATUSES = (Status.NOT_APPLICABLE, Status.EXEMPTED)
# What XML 1.0 allows, negated: tab, line feed, carriage return and the printable planes.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _where(finding: Finding) -> str:
    if finding.path is None:
        return ""
    return f"{finding.path}:{finding.line}: " if finding.line else f"{finding.path}: "


def _finding_text(finding: Finding) -> str:
    message = advice_message(finding.message) if finding.advice else finding.message
    text = f"{_where(finding)}{message}"
    return f"{text}\n  → {finding.fix}" if finding.fix else text


def _failure_message(result: RuleResult) -> str:
    failures = [f for f in result.findings if not f.advice]
    if not failures:  # a failed rule always has one; stay readable if not
        return severity_label(result.severity)
    first = failures[0].message
    if len(failures) == 1:
        return first
    return _("{message} (and {count} more)").format(message=first, count=len(failures) - 1)


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def _findings_text(result: RuleResult) -> str:
    return "\n".join(_finding_text(finding) for finding in result.findings)


def _testcase(suite: ET.Element, result: RuleResult, language: str) -> None:
    rule = result.rule
    case = _add(
        suite,
        "testcase",
        classname=rule.theme.value,
        name=f"{rule.id} — {rule.title.get(language)}",
        time=f"{result.duration:.3f}",
    )
    if result.status is Status.FAILED:
        _add(
            case,
            "failure",
            _findings_text(result),
            message=_failure_message(result),
            type=result.severity.value,
        )
    elif result.status is Status.NOT_APPLICABLE:
        _add(case, "skipped", message=result.reason or _("not applicable"))
    elif result.exemption is not None:
        exemption = result.exemption
        place = practice_place(exemption.path) if exemption.path else None
        _add(case, "skipped", place, message=exemption_label(exemption.reason))
    elif result.status is Status.TOOL_ERROR:
        reason = result.reason or _("the rule crashed")
        _add(case, "error", reason, message=reason, type="tool-error")
    out = _system_out(result)
    if out:
        _add(case, "system-out", out)


def _system_out(result: RuleResult) -> str:
    """Why the rule decided as it did: the reason, the evidence, and advice if any."""
    if result.status in (Status.TOOL_ERROR, Status.EXEMPTED):
        return ""  # the <error> or <skipped> already says everything known
    lines: list[str] = []
    if result.reason and result.status is not Status.NOT_APPLICABLE:
        lines.append(result.reason)
    evidence = evidence_lines(result)
    if evidence:
        lines.append(_("Evidence:"))
        lines.extend(f"  {line}" for line in evidence)
    if result.status is not Status.FAILED and result.findings:  # passed with advice
        lines.append(_findings_text(result))
    return "\n".join(lines)


def _counts(results: list[RuleResult]) -> dict[str, str]:
    counts = status_counts(results)
    return {
        "tests": str(len(results)),
        "failures": str(counts[Status.FAILED]),
        "errors": str(counts[Status.TOOL_ERROR]),
        "skipped": str(sum(counts[status] for status in SKIPPED_STATUSES)),
        "time": f"{sum(result.duration for result in results):.3f}",
    }


def _suite(root: ET.Element, theme: Theme, results: list[RuleResult], language: str) -> None:
    suite = _add(root, "testsuite", name=theme.title.get(language), **_counts(results))
    for result in results:
        _testcase(suite, result, language)


def tree(report: Report) -> ET.Element:
    """The ``<testsuites>`` element, in the report's language."""
    return in_language(report.language, lambda: _tree(report))


def _tree(report: Report) -> ET.Element:
    root = ET.Element("testsuites", {"name": "commons-lint", **_counts(report.results)})
    for theme, results in report.by_theme():
        if results:
            _suite(root, theme, results, report.language)
    return root


def render(report: Report, options: RenderOptions) -> str:
    root = tree(report)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'

"""The report for people at a terminal: themes in the tutorial's order, a line a rule."""

from __future__ import annotations

import click

from ..i18n import _
from ..report import Finding, Report, RepositoryInfo, RuleResult, Status
from . import RenderOptions, in_language
from .labels import (
    advice_message,
    exemption_label,
    practice_place,
    score_label,
    severity_label,
    status_label,
    summary_sentence,
    theme_heading,
)

MARKS = {
    Status.PASSED: ("✓", "green"),
    Status.PASSED_WITH_ADVICE: ("~", "cyan"),
    Status.FAILED: ("✗", "red"),
    Status.NOT_APPLICABLE: ("-", "bright_black"),
    Status.TOOL_ERROR: ("!", "magenta"),
    Status.EXEMPTED: ("○", "yellow"),
}
SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "note": "blue"}
# What --quiet keeps: the rules someone has to act on.
QUIET_STATUSES = (Status.FAILED, Status.TOOL_ERROR)


def _where(finding: Finding) -> str:
    if finding.path is None:
        return ""
    if finding.line and finding.column:
        return f"{finding.path}:{finding.line}:{finding.column}: "
    return f"{finding.path}:{finding.line}: " if finding.line else f"{finding.path}: "


def _repository_line(repo: RepositoryInfo) -> str:
    if not repo.is_git:
        return f"{repo.path} ({_('not a Git repository')})"
    if repo.commit is None:
        return f"{repo.path} ({_('no commit yet')})"
    return f"{repo.path} ({repo.branch or _('detached HEAD')} @ {repo.commit[:12]})"


class _Writer:
    def __init__(self, options: RenderOptions) -> None:
        self.options = options
        self.lines: list[str] = []

    def style(self, text: str, **styles: object) -> str:
        return click.style(text, **styles) if self.options.color else text  # type: ignore[arg-type]

    def add(self, line: str = "") -> None:
        self.lines.append(line)


def _status_tag(out: _Writer, result: RuleResult) -> str:
    status = status_label(result.status)
    if result.status is Status.FAILED:
        severity = result.severity
        tag = f"[{status}, {severity_label(severity)}]"
        return "  " + out.style(tag, fg=SEVERITY_COLOURS[severity.value])
    if result.status is Status.PASSED:
        return ""
    if result.exemption is not None:  # the reason is part of the status: never without it
        tag = f"[{exemption_label(result.exemption.reason)}]"
        return "  " + out.style(tag, fg=MARKS[result.status][1])
    return "  " + out.style(f"[{status}]", fg=MARKS[result.status][1])


def _finding_lines(out: _Writer, finding: Finding, indent: str) -> None:
    message = advice_message(finding.message) if finding.advice else finding.message
    out.add(f"{indent}{_where(finding)}{message}")
    if finding.fix:
        out.add(f"{indent}  → {finding.fix}")


# A rule with thousands of findings (REUSE on a large tree) must not bury the others:
# the text shows the first ones, even with -v; the machine formats have them all.
MAX_FINDINGS = 10
MAX_VERBOSE_FINDINGS = 50
# Statuses whose -v line gives the reason in place of the title: why it passed.
EXPLAINED_STATUSES = (Status.PASSED, Status.PASSED_WITH_ADVICE)


def _rule_lines(out: _Writer, result: RuleResult, language: str, id_width: int) -> None:
    mark, colour = MARKS[result.status]
    verbose = out.options.verbosity > 0
    explained = verbose and result.status in EXPLAINED_STATUSES and bool(result.reason)
    # with -v a pass is one line that says why: "✓ licence-free  MIT (LICENSE, exact text)"
    label = result.reason if explained else result.rule.title.get(language)
    line = f"  {out.style(mark, fg=colour)} {result.rule.id:<{id_width}}  {label}"
    line += _status_tag(out, result)
    if verbose:
        line += out.style(f"  ({result.duration * 1000:.0f} ms)", dim=True)
    out.add(line)
    indent = " " * (id_width + 6)
    if result.reason and not explained and (result.status is Status.TOOL_ERROR or verbose):
        out.add(f"{indent}{result.reason}")
    if result.exemption is not None and result.exemption.path:
        out.add(f"{indent}{practice_place(result.exemption.path)}")
    shown = result.findings[: MAX_VERBOSE_FINDINGS if verbose else MAX_FINDINGS]
    for finding in shown:
        _finding_lines(out, finding, indent)
    hidden = len(result.findings) - len(shown)
    if hidden:
        more = (
            _("… and {count} more (--format json and sarif list them all).")
            if verbose
            else _("… and {count} more (-v shows more, --format json and sarif all of them).")
        )
        out.add(indent + out.style(more.format(count=hidden), dim=True))


def _summary_lines(out: _Writer, report: Report) -> None:
    out.add(out.style(summary_sentence(report.counts()), bold=True))
    out.add(
        _("Score: {score} (rules weighted by severity: error 3, warning 2, note 1).").format(
            score=score_label(report.overall_score())
        )
    )


def render(report: Report, options: RenderOptions) -> str:
    return in_language(report.language, lambda: _render(report, options))


def _render(report: Report, options: RenderOptions) -> str:
    language = report.language
    out = _Writer(options)
    if options.verbosity >= 0:
        title = out.style(f"commons-lint {report.tool_version}", bold=True)
        out.add(f"{title} · {_repository_line(report.repository)}")
        out.add(_("profile: {profile}").format(profile=report.profile))
    for notice in report.notices:
        out.add(out.style(_("notice: {notice}").format(notice=notice), fg="yellow"))
    id_width = max((len(r.rule.id) for r in report.results), default=10)
    scores = report.theme_scores()
    for theme, results in report.by_theme():
        shown = [r for r in results if options.verbosity >= 0 or r.status in QUIET_STATUSES]
        if not shown:
            continue
        out.add()
        heading = out.style(theme_heading(theme, language), bold=True, underline=True)
        score = _("score {score}").format(score=score_label(scores[theme]))
        out.add(f"{heading}  {out.style(score, dim=True)}")
        for result in shown:
            _rule_lines(out, result, language, id_width)
    out.add()
    _summary_lines(out, report)
    return "\n".join(out.lines) + "\n"

"""The report for people at a terminal: themes in the tutorial's order, a line a rule."""

from __future__ import annotations

import click

from ..i18n import _
from ..report import Finding, Report, RuleResult, Status, Theme
from . import RenderOptions
from .labels import score_label, status_label

MARKS = {
    Status.PASSED: ("✓", "green"),
    Status.PASSED_WITH_ADVICE: ("~", "cyan"),
    Status.FAILED: ("✗", "red"),
    Status.NOT_APPLICABLE: ("-", "bright_black"),
    Status.TOOL_ERROR: ("!", "magenta"),
}
SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "note": "blue"}


def _theme_heading(theme: Theme, language: str) -> str:
    if language == "fr":
        return theme.title.get("fr")
    return f"{theme.title.get('en')} ({theme.title.get('fr')})"


def _where(finding: Finding) -> str:
    if finding.path is None:
        return ""
    return f"{finding.path}:{finding.line}: " if finding.line else f"{finding.path}: "


class _Writer:
    def __init__(self, options: RenderOptions) -> None:
        self.options = options
        self.lines: list[str] = []

    def style(self, text: str, **styles: object) -> str:
        return click.style(text, **styles) if self.options.color else text  # type: ignore[arg-type]

    def add(self, line: str = "") -> None:
        self.lines.append(line)


def _rule_lines(out: _Writer, result: RuleResult, language: str, id_width: int) -> None:
    mark, colour = MARKS[result.status]
    status = status_label(result.status)
    title = result.rule.title.get(language)
    line = f"  {out.style(mark, fg=colour)} {result.rule.id:<{id_width}}  {title}"
    if result.status is Status.FAILED:
        severity = result.severity.value
        line += "  " + out.style(f"[{status}, {severity}]", fg=SEVERITY_COLOURS[severity])
    elif result.status is not Status.PASSED:
        line += "  " + out.style(f"[{status}]", fg=colour)
    if out.options.verbosity > 0:
        line += out.style(f"  ({result.duration * 1000:.0f} ms)", dim=True)
    out.add(line)
    indent = " " * (id_width + 6)
    if result.reason and (result.status is Status.TOOL_ERROR or out.options.verbosity > 0):
        out.add(f"{indent}{result.reason}")
    for finding in result.findings:
        prefix = _("advice") + ": " if finding.advice else ""
        out.add(f"{indent}{_where(finding)}{prefix}{finding.message}")
        if finding.fix:
            out.add(f"{indent}  → {finding.fix}")


def render(report: Report, options: RenderOptions) -> str:
    language = report.language
    out = _Writer(options)
    repo = report.repository
    where = repo.path
    if repo.commit:
        where += f" ({repo.branch or _('detached')} @ {repo.commit[:12]})"
    elif not repo.is_git:
        where += " (" + _("not a Git repository") + ")"
    if options.verbosity >= 0:
        out.add(out.style(f"commons-lint {report.tool_version}", bold=True) + f" · {where}")
        out.add(_("profile: {profile}").format(profile=report.profile))
    for notice in report.notices:
        out.add(out.style(_("notice") + ": " + notice, fg="yellow"))
    id_width = max((len(r.rule.id) for r in report.results), default=10)
    scores = report.theme_scores()
    for theme, results in report.by_theme():
        shown = [
            r for r in results
            if options.verbosity >= 0 or r.status in (Status.FAILED, Status.TOOL_ERROR)
        ]
        if not shown:
            continue
        out.add()
        heading = _theme_heading(theme, language)
        score = _("score {score}").format(score=score_label(scores[theme]))
        out.add(out.style(heading, bold=True, underline=True) + "  " + out.style(score, dim=True))
        for result in shown:
            _rule_lines(out, result, language, id_width)
    out.add()
    counts = report.counts()
    summary = ", ".join(
        f"{counts[status]} {status_label(status)}" for status in Status if counts[status]
    ) or _("no rule ran")
    out.add(out.style(_("Summary"), bold=True) + f": {summary}.")
    out.add(_("Score: {score} (rules weighted by severity: error 3, warning 2, note 1).").format(
        score=score_label(report.overall_score())
    ))
    return "\n".join(out.lines) + "\n"

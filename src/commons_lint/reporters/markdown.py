"""The report as GitHub Flavored Markdown, for job summaries and merge-request comments.

Layout: a heading with the overall score, a table of the themes (score and the count of
each status), the failed rules with their findings and fixes, the crashed rules, the
exempted rules with their reasons (in the open: an exemption is a decision reviewers
should see), then the passing and the not-applicable rules folded in ``<details>``, each
on one line with its reason (for a pass: what made it pass, with its first evidence). The
table has an "Exempted" column only when a rule is exempted.

Text that comes from rules is escaped, so that a ``|``, a backtick or a ``<`` in a message
cannot break a table, open a code span or inject HTML. The whole document stays under
GitHub's 1 MiB limit for a step summary: each rule shows at most ``MAX_FINDINGS`` findings
(fewer when the report would still be too large) and says how many it left out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..i18n import _
from ..report import Finding, Report, RepositoryInfo, RuleResult, Status, status_counts
from . import RenderOptions, in_language
from .labels import (
    advice_message,
    exemption_label,
    practice_place,
    score_label,
    severity_label,
    summary_sentence,
    theme_heading,
)

# GitHub refuses a step summary over 1 MiB; keep a margin below it.
MAX_BYTES = 1_000_000
MAX_FINDINGS = 20
# Fewer findings per rule, tried in turn while the document is too large.
SMALLER_LIMITS = (10, 5, 2, 1, 0)
MAX_TEXT = 1_000  # characters of one message, fix or reason

MARKS = {
    Status.PASSED: "✓",
    Status.PASSED_WITH_ADVICE: "~",
    Status.FAILED: "✗",
    Status.NOT_APPLICABLE: "–",
    Status.TOOL_ERROR: "!",
    Status.EXEMPTED: "○",
}
# Characters that mean something to Markdown, GFM or GitHub (``$`` opens maths) wherever
# they are; CommonMark lets a backslash escape any ASCII punctuation.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~&$])")
# And those that mean something only at the start of a line: a heading, a list item.
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def _shorten(text: str) -> str:
    text = " ".join(text.split())  # a line break would end a list item or a table row
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def escape(text: str) -> str:
    """Rule text as literal Markdown on one line, safe in a table cell too."""
    text = _SPECIAL.sub(r"\\\1", _shorten(text))
    if text[:1] in ("#", "+", "-", "="):
        return "\\" + text
    return _LIST_NUMBER.sub(r"\1\\\2", text)


def code(text: str) -> str:
    """An inline code span holding ``text`` literally (not for table cells, where GFM
    would split it at a pipe)."""
    # Spaces are kept (a code span shows them), line breaks are not (they could end
    # the list item the span is in).
    text = re.sub(r"[\r\n]+", " ", text)
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - 1] + "…"
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    # CommonMark strips one space from each side, and needs it next to an edge backtick.
    edges = text[:1] + text[-1:]
    padded = f" {text} " if "`" in edges or (edges == "  " and text.strip()) else text
    return f"{fence}{padded}{fence}"


def _repository_line(repo: RepositoryInfo) -> str:
    where = code(repo.path)
    if not repo.is_git:
        return f"{where} ({escape(_('not a Git repository'))})"
    if repo.commit is None:
        return f"{where} ({escape(_('no commit yet'))})"
    branch = code(repo.branch) if repo.branch else escape(_("detached HEAD"))
    return f"{where} ({branch} @ {code(repo.commit[:12])})"


def _where(finding: Finding) -> str:
    if finding.path is None:
        return ""
    if finding.line:
        return _("{path} line {line}: ").format(path=code(finding.path), line=finding.line)
    return _("{path}: ").format(path=code(finding.path))


@dataclass
class _Writer:
    limit: int
    lines: list[str]

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def findings(self, findings: list[Finding]) -> None:
        """A list item per finding, up to the limit, and how many were left out."""
        for finding in findings[: self.limit]:
            message = escape(finding.message)
            if finding.advice:
                message = advice_message(message)
            if finding.fix:  # on a line of its own: a backslash ends a line in Markdown
                self.add(f"- {_where(finding)}{message}\\", f"  → {escape(finding.fix)}")
            else:
                self.add(f"- {_where(finding)}{message}")
        hidden = len(findings) - self.limit
        if hidden > 0:
            self.add(
                "- "
                + _("*… and {count} more, not shown here: see the full report.*").format(
                    count=hidden
                )
            )


def _rule_name(result: RuleResult, language: str) -> str:
    return f"{code(result.rule.id)} — {escape(result.rule.title.get(language))}"


def _heading(out: _Writer, report: Report) -> None:
    score = score_label(report.overall_score())
    out.add(
        "## " + _("commons-lint: score {score}").format(score=score),
        "",
        _("Repository {repository} · profile {profile} · commons-lint {version}").format(
            repository=_repository_line(report.repository),
            profile=code(report.profile),
            version=report.tool_version,
        ),
        "",
    )
    for notice in report.notices:
        out.add(f"> {escape(_('notice: {notice}').format(notice=notice))}", "")


def _count_cells(counts: Mapping[Status, int], statuses: list[Status]) -> str:
    return " | ".join(str(counts[status]) for status in statuses)


def _column_headers(statuses: list[Status]) -> list[str]:
    return [
        {
            Status.PASSED: _("Passed"),
            Status.PASSED_WITH_ADVICE: _("With advice"),
            Status.FAILED: _("Failed"),
            Status.NOT_APPLICABLE: _("Not applicable"),
            Status.TOOL_ERROR: _("Tool errors"),
            Status.EXEMPTED: _("Exempted"),
        }[status]
        for status in statuses
    ]


def _themes_table(out: _Writer, report: Report) -> None:
    counts = report.counts()  # the total row and the summary sentence share them
    # A column of zeros in every report without exemptions would only be noise.
    statuses = [s for s in Status if s is not Status.EXEMPTED or counts[Status.EXEMPTED]]
    headers = [_("Theme"), _("Score"), *_column_headers(statuses)]
    out.add(
        "| " + " | ".join(escape(header) for header in headers) + " |",
        "| --- |" + " ---: |" * (len(headers) - 1),
    )
    scores = report.theme_scores()
    for theme, results in report.by_theme():
        if results:
            name = escape(theme_heading(theme, report.language))
            cells = _count_cells(status_counts(results), statuses)
            out.add(f"| {name} | {score_label(scores[theme])} | {cells} |")
    total = escape(_("All themes"))
    overall = score_label(report.overall_score())
    out.add(f"| **{total}** | **{overall}** | {_count_cells(counts, statuses)} |", "")
    out.add(escape(summary_sentence(counts)), "")


def _failed(out: _Writer, report: Report) -> None:
    failed = [r for r in report.results if r.status is Status.FAILED]
    if not failed:
        return
    failed.sort(key=lambda r: -r.severity.rank)  # stable: the themes' order within a severity
    out.add("### " + _("Failed rules ({count})").format(count=len(failed)), "")
    for result in failed:
        line = f"**{MARKS[Status.FAILED]} {_rule_name(result, report.language)}**"
        line += f" · {escape(severity_label(result.severity))}"
        if result.rule.url:
            line += f" · [{escape(_('tutorial'))}](<{result.rule.url.replace('>', '%3E')}>)"
        out.add(line, "")
        out.findings(result.findings)
        out.add("")


def _crashed(out: _Writer, report: Report) -> None:
    crashed = list(report.tool_errors())
    if not crashed:
        return
    out.add("### " + _("Tool errors ({count})").format(count=len(crashed)), "")
    for result in crashed:
        reason = escape(result.reason or _("the rule crashed"))
        out.add(f"- **{MARKS[Status.TOOL_ERROR]} {_rule_name(result, report.language)}**: {reason}")
    out.add("")


def _place(path: str) -> str:
    """A link when the practice lives at a URL, the path as code when in the repository."""
    if "://" in path:
        target = path.replace("<", "%3C").replace(">", "%3E")
        return f"[{escape(path)}](<{target}>)"
    return code(path)


def _exempted(out: _Writer, report: Report) -> None:
    exempted = [(r, r.exemption) for r in report.results if r.exemption is not None]
    if not exempted:
        return
    out.add("### " + _("Exempted rules ({count})").format(count=len(exempted)), "")
    for result, exemption in exempted:
        line = f"- {MARKS[Status.EXEMPTED]} {_rule_name(result, report.language)}"
        line += f" · {escape(exemption_label(exemption.reason))}"
        if exemption.path:
            # The label is ours and plain; only the place needs Markdown of its own.
            before, _sep, after = practice_place("\0").partition("\0")
            place = f"{before}{_place(exemption.path)}{after}"
            out.add(line + "\\", f"  → {place}")  # the place on a line of its own
        else:
            out.add(line)
    out.add("")


def _folded(out: _Writer, summary: str, results: list[RuleResult], language: str) -> None:
    if not results:
        return
    # Markdown inside <details> needs a blank line after the summary.
    out.add("<details>", f"<summary>{html.escape(summary)}</summary>", "")
    for result in results:
        line = f"- {MARKS[result.status]} {_rule_name(result, language)}"
        if result.reason:  # why it passed, or why it does not apply: one line
            line += f": {escape(result.reason)}"
        out.add(line)
        if result.findings:
            nested = _Writer(out.limit, [])
            nested.findings(result.findings)
            out.add(*("  " + item for item in nested.lines))
    out.add("", "</details>", "")


def _document(report: Report, limit: int) -> str:
    out = _Writer(limit, [])
    _heading(out, report)
    _themes_table(out, report)
    _failed(out, report)
    _crashed(out, report)
    _exempted(out, report)
    passing = [
        r for r in report.results if r.status in (Status.PASSED, Status.PASSED_WITH_ADVICE)
    ]
    inapplicable = [r for r in report.results if r.status is Status.NOT_APPLICABLE]
    _folded(out, _("Passing rules ({count})").format(count=len(passing)), passing,
            report.language)
    _folded(out, _("Rules that do not apply ({count})").format(count=len(inapplicable)),
            inapplicable, report.language)
    return "\n".join(out.lines).rstrip("\n") + "\n"


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _cut(text: str) -> str:
    """The last resort: whole lines up to the limit, open ``<details>`` closed."""
    note = "\n\n" + _("*The report was cut here: it is too large for a summary.*") + "\n"
    budget = MAX_BYTES - _size(note) - len("\n</details>") * 2
    kept: list[str] = []
    used = 0
    for line in text.splitlines():
        used += _size(line) + 1
        if used > budget:
            break
        kept.append(line)
    opened = sum(line == "<details>" for line in kept) - sum(line == "</details>" for line in kept)
    kept.extend(["", "</details>"] * opened)
    return "\n".join(kept) + note


def _render(report: Report) -> str:
    for limit in (MAX_FINDINGS, *SMALLER_LIMITS):
        text = _document(report, limit)
        if _size(text) <= MAX_BYTES:
            return text
    return _cut(text)


def render(report: Report, options: RenderOptions) -> str:
    return in_language(report.language, lambda: _render(report))

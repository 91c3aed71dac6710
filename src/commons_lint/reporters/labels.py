"""Words for statuses, severities, scores, themes and advice that every human-readable
format shares, so that the formats cannot drift apart."""

from __future__ import annotations

from collections.abc import Mapping

from ..i18n import _
from ..report import RuleResult, Score, Severity, Status, Theme


def status_label(status: Status) -> str:
    """The status of one rule, as shown next to it ("failed")."""
    return {
        Status.PASSED: _("passed"),
        Status.PASSED_WITH_ADVICE: _("passed with advice"),
        Status.FAILED: _("failed"),
        Status.NOT_APPLICABLE: _("not applicable"),
        Status.TOOL_ERROR: _("tool error"),
        Status.EXEMPTED: _("exempted"),
    }[status]


def status_count(status: Status, count: int) -> str:
    """How many rules ended with ``status`` ("3 rules failed").

    Counts of zero are never shown, so one and many are the only forms French and
    English need; each has its own message because French agrees the participle.
    """
    one, many = {
        Status.PASSED: (_("{count} rule passed"), _("{count} rules passed")),
        Status.PASSED_WITH_ADVICE: (
            _("{count} rule passed with advice"),
            _("{count} rules passed with advice"),
        ),
        Status.FAILED: (_("{count} rule failed"), _("{count} rules failed")),
        Status.NOT_APPLICABLE: (
            _("{count} rule not applicable"),
            _("{count} rules not applicable"),
        ),
        Status.TOOL_ERROR: (_("{count} rule crashed"), _("{count} rules crashed")),
        Status.EXEMPTED: (_("{count} rule exempted"), _("{count} rules exempted")),
    }[status]
    return (one if count == 1 else many).format(count=count)


def summary_sentence(counts: Mapping[Status, int]) -> str:
    """The report's counts in one sentence ("Summary: 3 rules passed, 1 rule failed.")."""
    parts = [status_count(status, counts[status]) for status in Status if counts[status]]
    return _("Summary: {counts}.").format(counts=", ".join(parts) or _("no rule ran"))


def theme_heading(theme: Theme, language: str) -> str:
    # English readers also get the tutorial's French name, which they will meet there.
    if language == "fr":
        return theme.title.get("fr")
    return f"{theme.title.get('en')} ({theme.title.get('fr')})"


def advice_message(message: str) -> str:
    """A finding's message marked as advice ("advice: …"), which leaves its rule passing."""
    return _("advice: {message}").format(message=message)


def exemption_label(reason: str) -> str:
    """An exempted rule's status with its reason ("exempted: …"): never one without the other."""
    return _("exempted: {reason}").format(reason=reason)


def practice_place(path: str) -> str:
    """Where an exempted rule's practice lives instead ("followed instead at: …")."""
    return _("followed instead at: {path}").format(path=path)


def severity_label(severity: Severity) -> str:
    return {
        Severity.ERROR: _("error"),
        Severity.WARNING: _("warning"),
        Severity.NOTE: _("note"),
    }[severity]


def score_label(score: Score) -> str:
    percent = score.percent
    return "—" if percent is None else f"{percent}/100"


# A reader needs the first few files behind a verdict; the machine formats list all.
MAX_EVIDENCE_LINES = 10


def evidence_lines(result: RuleResult, limit: int = MAX_EVIDENCE_LINES) -> list[str]:
    """The result's evidence, one per line, the first ``limit`` then how many more."""
    lines = [e.brief for e in result.evidence[:limit] if e.brief]
    hidden = len(result.evidence) - limit
    if hidden > 0:
        lines.append(_("… and {count} more files").format(count=hidden))
    return lines

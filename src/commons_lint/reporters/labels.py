"""Words for statuses and scores that every human-readable format shares."""

from __future__ import annotations

from ..i18n import _
from ..report import Score, Status


def status_label(status: Status) -> str:
    return {
        Status.PASSED: _("passed"),
        Status.PASSED_WITH_ADVICE: _("passed with advice"),
        Status.FAILED: _("failed"),
        Status.NOT_APPLICABLE: _("not applicable"),
        Status.TOOL_ERROR: _("tool error"),
    }[status]


def score_label(score: Score) -> str:
    percent = score.percent
    return "—" if percent is None else f"{percent}/100"

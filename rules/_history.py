"""What the history rules share: whether there is a history to read, dates, options,
and which commits are tools' rather than people's."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from commons_lint import History, NotApplicable, Repository
from commons_lint.repository import EARLIEST_TIME, LATEST_TIME, LogEntry

from ._common import _

SECONDS_PER_DAY = 86_400


def require_history(repo: Repository, history: History) -> LogEntry:
    """The newest commit of the inspected folder; NotApplicable when there is none to
    read: a plain folder, an empty repository, a folder that no commit changed."""
    if not repo.is_git:
        raise NotApplicable(_("not a Git repository: there is no history to read"))
    if not history.available:
        raise NotApplicable(_("the repository has no commit yet"))
    newest = history.newest
    if newest is None:  # HEAD exists but the inspected folder never changed
        raise NotApplicable(_("no commit changed this folder"))
    return newest


def shallow_reason() -> str:
    return _("shallow clone: history rules need the full history; run git fetch --unshallow")


def day(moment: int | float) -> str:
    """A date as people write it in both languages: 2024-05-01.

    Commit and tag dates are within the years 1 to 9999 (``repository.EARLIEST_TIME``,
    ``LATEST_TIME``); a moment computed from one (a window's start) may not be, and is
    shown as the nearest end of that range.
    """
    moment = min(max(moment, EARLIEST_TIME), LATEST_TIME)
    return datetime.fromtimestamp(moment, tz=UTC).date().isoformat()  # 0001-01-01 too


def positive_int(options: Mapping[str, Any], name: str, default: int) -> int:
    """An option that must be a whole number of at least one (a bad value is ignored)."""
    value = options.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        return default
    return value


_BOT_NAME = re.compile(
    r"\[bot\]|(?:^|[\s._-])bot$|^(?:dependabot|renovate|github-actions|pre-commit-ci|"
    r"greenkeeper|snyk-bot|imgbot|mergify|semantic-release-bot|allcontributors|"
    r"(?:hosted )?weblate)(?:$|[\s\[@._-])",
    re.I,
)


def is_bot(name: str, email: str) -> bool:
    """True for the accounts of tools: a "[bot]" name, a "-bot" address, Dependabot…"""
    local = email.partition("@")[0]
    return bool(_BOT_NAME.search(name.strip()) or _BOT_NAME.search(local))

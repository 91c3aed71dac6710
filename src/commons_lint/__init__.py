"""commons-lint: checks that a repository follows the practices of digital commons.

What a rule author imports::

    from commons_lint import Finding, NotApplicable, Repository, Severity, Text, Theme, rule
    from commons_lint import Evidence, Fact, Outcome, Summary  # what a check explains
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .i18n import Text, translator
from .report import Evidence, Fact, FactValue, Finding, Outcome, Severity, Summary, Theme
from .repository import Document, History, Repository
from .rules import NotApplicable, Rule, rule

try:
    __version__ = version("commons-lint")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = [
    "Document",
    "Evidence",
    "Fact",
    "FactValue",
    "Finding",
    "History",
    "NotApplicable",
    "Outcome",
    "Repository",
    "Rule",
    "Severity",
    "Summary",
    "Text",
    "Theme",
    "__version__",
    "rule",
    "translator",
]

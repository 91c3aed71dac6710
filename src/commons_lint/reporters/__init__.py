"""Reporters: each turns a Report into text in one format, and knows nothing else."""

from __future__ import annotations

import contextvars
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ..i18n import set_language
from ..report import Report


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    verbosity: int = 0  # -1 quiet, 0 normal, 1 verbose


Render = Callable[[Report, RenderOptions], str]
T = TypeVar("T")

# Format name -> module with a ``render`` function; the command line offers exactly these.
# Imported on demand so that a run pays only for the format it prints.
FORMATS = {
    "text": "commons_lint.reporters.text",
    "json": "commons_lint.reporters.json_report",
    "sarif": "commons_lint.reporters.sarif",
    "markdown": "commons_lint.reporters.markdown",
    "codequality": "commons_lint.reporters.codequality",
    "junit": "commons_lint.reporters.junit",
}


def renderer(name: str) -> Render:
    module = importlib.import_module(FORMATS[name])
    render: Render = module.render
    return render


def in_language(language: str, write: Callable[[], T]) -> T:
    """Call ``write`` with ``_()`` speaking ``language``; the caller's language is untouched.

    A report is rendered in the language it was made in, whatever the current language
    is when it is rendered, so that rendering stays a function of the report alone.
    """

    def call() -> T:
        set_language(language)
        return write()

    return contextvars.copy_context().run(call)

"""Reporters: each turns a Report into text in one format, and knows nothing else."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from ..report import Report


@dataclass(frozen=True)
class RenderOptions:
    color: bool = False
    verbosity: int = 0  # -1 quiet, 0 normal, 1 verbose


Render = Callable[[Report, RenderOptions], str]

# Imported on demand so that a run pays only for the format it prints.
FORMATS = {
    "text": "commons_lint.reporters.text",
    "json": "commons_lint.reporters.json_report",
    "sarif": "commons_lint.reporters.sarif",
}


def renderer(name: str) -> Render:
    module = importlib.import_module(FORMATS[name])
    render: Render = module.render
    return render

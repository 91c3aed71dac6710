"""Rules for the tests: local rule folders, and runs of the real engine in this process.

A plain module rather than conftest, so that tests import what they call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from commons_lint.config import RuleSettings, Settings, configure
from commons_lint.engine import run
from commons_lint.i18n import set_language
from commons_lint.report import Report, Severity
from commons_lint.repository import Repository
from commons_lint.rules import discover


def rules_folder(
    parent: Path, name: str, modules: Mapping[str, str],
    profiles: Mapping[str, str] | None = None,
) -> Path:
    """A local rule folder (``--rules-dir``): its files, and ``profiles/NAME.yml``."""
    directory = parent / name
    directory.mkdir(parents=True)
    for file_name, source in modules.items():
        (directory / file_name).write_text(source, encoding="utf-8")
    if profiles:
        (directory / "profiles").mkdir()
        for profile, text in profiles.items():
            (directory / "profiles" / f"{profile}.yml").write_text(text, encoding="utf-8")
    return directory


def lint_report(
    path: Path,
    rule_ids: Sequence[str] = (),
    *,
    profile: str = "default",
    language: str = "en",
    options: Mapping[str, Mapping[str, Any]] | None = None,
    severities: Mapping[str, Severity] | None = None,
    rules_dirs: Sequence[Path] = (),
) -> Report:
    """Run rules through the real discovery, configuration and engine."""
    set_language(language)
    catalogue = discover(rules_dirs)
    settings = Settings(source="test")
    options = options or {}
    severities = severities or {}
    for rule_id in {*options, *severities}:
        settings.rules[rule_id] = RuleSettings(
            line=1, severity=severities.get(rule_id), options=dict(options.get(rule_id, {}))
        )
    configured = configure(
        catalogue, profile, settings, select=list(rule_ids), unknown_rule=KeyError
    )
    return run(Repository(path), configured, profile=profile, tool_version="test")

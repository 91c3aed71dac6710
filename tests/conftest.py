"""Real repositories for the tests: ``git init`` in a temporary folder, real commits.

Fixtures:
- ``git_repo``: an empty Git repository (branch ``main``) with helpers to write files,
  commit as several authors, tag;
- ``plain_dir``: a folder that is not a Git repository;
- ``lint``: runs chosen rules on a path through the real engine and returns results by
  rule id;
- ``cli``: runs the command line in this process and returns (exit code, stdout, stderr).

What they build on is in plain modules that tests import too: ``gitrepo`` (repositories,
commits) and ``linting`` (local rule folders, runs of the engine).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from gitrepo import GitRepo, init_repository
from linting import lint_report

from commons_lint.i18n import set_language
from commons_lint.report import RuleResult

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def git_repo(tmp_path: Path) -> GitRepo:
    return init_repository(tmp_path / "repo")


@pytest.fixture
def plain_dir(tmp_path: Path) -> GitRepo:
    """A folder with no Git; ``write`` works, ``commit`` must not be used."""
    path = tmp_path / "plain"
    path.mkdir()
    return GitRepo(path)


@pytest.fixture(autouse=True)
def english_by_default() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def lint() -> Callable[..., dict[str, RuleResult]]:
    def _lint(path: Path, *rule_ids: str, **kwargs: Any) -> dict[str, RuleResult]:
        report = lint_report(path, rule_ids, **kwargs)
        return {result.rule.id: result for result in report.results}

    return _lint


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., CliResult]:
    from commons_lint.cli import main

    def _cli(*args: str, env: dict[str, str] | None = None) -> CliResult:
        runner = CliRunner()
        environment = {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8", **(env or {})}
        result = runner.invoke(main, list(args), env=environment, catch_exceptions=False)
        return CliResult(result.exit_code, result.stdout, result.stderr)

    return _cli


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the project's shared/ folder is only beside CI's clone")
    return SHARED

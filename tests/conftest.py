"""Real repositories for the tests: ``git init`` in a temporary folder, real commits.

Fixtures:
- ``git_repo``: an empty Git repository (branch ``main``) with helpers to write files,
  commit as several authors, tag;
- ``plain_dir``: a folder that is not a Git repository;
- ``lint``: runs chosen rules on a path through the real engine and returns results by
  rule id;
- ``cli``: runs the command line in this process and returns (exit code, stdout, stderr).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from commons_lint.config import configure
from commons_lint.engine import run
from commons_lint.i18n import set_language
from commons_lint.report import Report, RuleResult
from commons_lint.repository import Repository
from commons_lint.rules import discover

SHARED = Path(__file__).resolve().parents[2] / "shared"

AUTHORS = {
    "alice": ("Alice Martin", "alice@numerique.gouv.fr"),
    "bob": ("Bob Leroy", "bob@example.org"),
    "chloe": ("Chloé Dubois", "chloe.dubois@gmail.com"),
}


def git(path: Path, *args: str, env: dict[str, str] | None = None) -> str:
    completed = subprocess.run(
        ["git", "-C", str(path), *args],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    return completed.stdout


@dataclass
class GitRepo:
    path: Path

    def write(self, relative: str, content: str | bytes = "") -> Path:
        target = self.path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
        return target

    def git(self, *args: str, env: dict[str, str] | None = None) -> str:
        return git(self.path, *args, env=env)

    def commit(
        self,
        message: str = "Update",
        *,
        author: str = "alice",
        date: str | None = None,
        signoff: bool = False,
    ) -> str:
        name, email = AUTHORS.get(author, (author, f"{author}@example.org"))
        env = {
            "GIT_AUTHOR_NAME": name,
            "GIT_AUTHOR_EMAIL": email,
            "GIT_COMMITTER_NAME": name,
            "GIT_COMMITTER_EMAIL": email,
        }
        if date:
            env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
        self.git("add", "-A")
        args = ["commit", "-q", "--allow-empty", "-m", message]
        if signoff:
            args.append("--signoff")
        self.git(*args, env=env)
        return self.git("rev-parse", "HEAD").strip()

    def tag(self, name: str) -> None:
        self.git("tag", "-a", name, "-m", name)

    def files(self, mapping: dict[str, str | bytes], message: str = "Add files") -> str:
        for relative, content in mapping.items():
            self.write(relative, content)
        return self.commit(message)


@pytest.fixture
def git_repo(tmp_path: Path) -> GitRepo:
    path = tmp_path / "repo"
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "user.name", "Test")
    git(path, "config", "user.email", "test@example.org")
    git(path, "config", "commit.gpgsign", "false")
    return GitRepo(path)


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


def lint_report(
    path: Path,
    rule_ids: Sequence[str] = (),
    *,
    profile: str = "default",
    language: str = "en",
    options: dict[str, dict[str, Any]] | None = None,
) -> Report:
    """Run rules through the real discovery, configuration and engine."""
    from commons_lint.config import RuleSettings, Settings

    set_language(language)
    catalogue = discover()
    settings = Settings(source="test")
    for rule_id, rule_options in (options or {}).items():
        settings.rules[rule_id] = RuleSettings(line=1, options=dict(rule_options))
    configured = configure(
        catalogue, profile, settings, select=list(rule_ids), unknown_rule=KeyError
    )
    return run(Repository(path), configured, profile=profile, tool_version="test")


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

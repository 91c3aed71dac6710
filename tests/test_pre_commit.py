"""The pre-commit hook (.pre-commit-hooks.yaml), run by the real pre-commit.

``pre-commit try-repo`` clones the hook repository with Git, so the tests commit a copy
of this work tree (its tracked files and its untracked, not ignored ones) in a temporary
repository and point pre-commit at it. pre-commit then builds a virtual environment and
pip-installs commons-lint and its dependencies into it: the first run needs PyPI and
takes up to a minute, which is why these tests are marked ``slow``. The environment is
shared by the tests of this module (one PRE_COMMIT_HOME).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from gitrepo import git
from test_formats import healthy_repository

ROOT = Path(__file__).resolve().parents[1]
HOOKS = ROOT / ".pre-commit-hooks.yaml"

pytestmark = pytest.mark.slow


def test_the_hook_definition():
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["commons-lint"]
    [hook] = hooks
    assert hook["language"] == "python"
    assert hook["entry"] == "commons-lint check"
    assert hook["pass_filenames"] is False and hook["always_run"] is True
    assert hook["args"] == ["--quiet", "--fail-on", "error"]
    assert hook["stages"] == ["pre-commit", "pre-push", "manual"]
    # The entry's command is one the package installs.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert hook["entry"].split()[0] in project["project"]["scripts"]
    assert "pre-commit" in " ".join(project["project"]["optional-dependencies"]["test"])


@dataclass
class HookRepository:
    path: Path
    pre_commit_home: Path


@pytest.fixture(scope="module")
def hook_repository(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HookRepository]:
    """This work tree, committed in a repository of its own, as pre-commit wants it."""
    if shutil.which("git") is None:
        pytest.fail("git is required")
    copy = tmp_path_factory.mktemp("hook") / "commons-lint"
    listing = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listing.split("\0")):
        source = ROOT / name
        if source.is_file():  # a file deleted but not yet committed is still listed
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    git(copy, "init", "-q", "-b", "main")
    git(copy, "add", "-A")
    git(copy, "-c", "user.name=Test", "-c", "user.email=test@example.org",
         "-c", "commit.gpgsign=false", "commit", "-q", "-m", "Work tree")
    yield HookRepository(copy, tmp_path_factory.mktemp("pre-commit-home"))


def try_repo(hooks: HookRepository, target: Path) -> subprocess.CompletedProcess[str]:
    """``pre-commit try-repo <hooks> commons-lint --all-files`` in ``target``."""
    environment = {
        **os.environ,
        "PRE_COMMIT_HOME": str(hooks.pre_commit_home),
        "PRE_COMMIT_COLOR": "never",
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(hooks.path), "commons-lint",
         "--all-files"],
        cwd=target,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_the_hook_passes_on_a_healthy_repository(hook_repository, git_repo):
    healthy_repository(git_repo)
    completed = try_repo(hook_repository, git_repo.path)
    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, output
    assert any(
        line.startswith("commons-lint") and line.endswith("Passed")
        for line in output.splitlines()
    ), output


def test_the_hook_fails_on_a_repository_with_one_file(hook_repository, git_repo):
    git_repo.files({"notes.txt": "to do\n"})
    completed = try_repo(hook_repository, git_repo.path)
    output = completed.stdout + completed.stderr
    assert completed.returncode == 1, output
    assert any(
        line.startswith("commons-lint") and line.endswith("Failed")
        for line in output.splitlines()
    ), output
    assert "- exit code: 1" in output  # findings, not a usage error (2) or a crash (3)
    # --quiet: the failures and the summary, not the passing rules.
    assert "licence-file" in output and "readme" in output
    assert "Summary: " in output and "profile:" not in output

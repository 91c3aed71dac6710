"""Real Git repositories for the tests: ``git init`` in a folder, real commits.

A plain module rather than conftest, so that tests and modules that build repositories
outside the ``git_repo`` fixture (module-scoped fixtures, the accuracy corpus) use the
same helpers.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

AUTHORS = {
    "alice": ("Alice Martin", "alice@numerique.gouv.fr"),
    "bob": ("Bob Leroy", "bob@example.org"),
    "chloe": ("Chloé Dubois", "chloe.dubois@gmail.com"),
}


def git(path: Path, *args: str, env: Mapping[str, str] | None = None) -> str:
    """Git's standard output for ``git -C path ARGS``; fails on a non-zero exit."""
    completed = subprocess.run(
        ["git", "-C", str(path), *args],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    return completed.stdout


def identity(name: str, email: str, date: str | None = None) -> dict[str, str]:
    """The environment that makes one person author and committer (and tagger)."""
    env = {
        "GIT_AUTHOR_NAME": name,
        "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": name,
        "GIT_COMMITTER_EMAIL": email,
    }
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    return env


def days_ago(days: int) -> str:
    """A date Git accepts, ``days`` days before now."""
    return (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


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

    def write_all(self, mapping: Mapping[str, str | bytes]) -> None:
        for relative, content in mapping.items():
            self.write(relative, content)

    def git(self, *args: str, env: Mapping[str, str] | None = None) -> str:
        return git(self.path, *args, env=env)

    def commit(
        self,
        message: str = "Update",
        *,
        author: str = "alice",
        email: str | None = None,
        date: str | None = None,
        signoff: bool = False,
    ) -> str:
        """Commit every change as ``author`` (a key of AUTHORS, or any name); the new sha."""
        name, known_email = AUTHORS.get(author, (author, f"{author}@example.org"))
        self.git("add", "-A")
        args = ["commit", "-q", "--allow-empty", "-m", message]
        if signoff:
            args.append("--signoff")
        self.git(*args, env=identity(name, email or known_email, date))
        return self.git("rev-parse", "HEAD").strip()

    def tag(self, name: str) -> None:
        self.git("tag", "-a", name, "-m", name)

    def files(
        self, mapping: Mapping[str, str | bytes], message: str = "Add files", *,
        signoff: bool = False,
    ) -> str:
        self.write_all(mapping)
        return self.commit(message, signoff=signoff)


def init_repository(path: Path) -> GitRepo:
    """A new, empty repository (branch ``main``) at ``path``, created with its parents."""
    path.mkdir(parents=True)
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "user.name", "Test")
    git(path, "config", "user.email", "test@example.org")
    # A signing key in the user's own configuration must not be asked for.
    git(path, "config", "commit.gpgsign", "false")
    git(path, "config", "tag.gpgsign", "false")
    return GitRepo(path)

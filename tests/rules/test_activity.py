"""activity: the date of the last commit and of the last tag, from the real history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from gitrepo import days_ago

from commons_lint.report import Status


def keys(result) -> set[str]:
    return {finding.key for finding in result.findings}


def test_a_recent_commit_passes_and_reports_its_date(git_repo, lint):
    git_repo.write("README.md", "# Cartofaune\n")
    git_repo.commit("Start", date=days_ago(400))
    git_repo.write("app.py", "print('hello')\n")
    git_repo.commit("Map sightings", date=days_ago(3))
    result = lint(git_repo.path, "activity")["activity"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert keys(result) == {"last-commit", "no-tag"}
    last = next(f for f in result.findings if f.key == "last-commit")
    assert (datetime.now(UTC) - timedelta(days=3)).strftime("%Y-%m-%d") in last.message
    assert last.path is None


@pytest.mark.parametrize("age, limit, status", [
    (800, 365, Status.FAILED),
    (200, 365, Status.PASSED_WITH_ADVICE),
    (200, 100, Status.FAILED),
    (3000, 5000, Status.PASSED_WITH_ADVICE),
])
def test_the_age_limit_is_an_option(git_repo, lint, age, limit, status):
    git_repo.write("README.md", "# Old project\n")
    git_repo.commit("Only commit", date=days_ago(age))
    result = lint(git_repo.path, "activity", options={"activity": {"max-age-days": limit}})
    assert result["activity"].status is status
    assert ("inactive" in keys(result["activity"])) is (status is Status.FAILED)


def test_an_old_project_fails_with_its_dates(git_repo, lint):
    git_repo.write("README.md", "# Archive\n")
    git_repo.commit("First", date="2014-03-01T10:00:00+00:00")
    git_repo.commit("Last", date="2016-09-15T10:00:00+00:00")
    git_repo.git("tag", "-a", "v2.0", "-m", "v2.0",
                 env={"GIT_COMMITTER_DATE": "2016-09-16T10:00:00+00:00"})
    result = lint(git_repo.path, "activity")["activity"]
    assert result.status is Status.FAILED
    inactive = next(f for f in result.findings if f.key == "inactive")
    assert "2016-09-15" in inactive.message and inactive.fix
    tag = next(f for f in result.findings if f.key == "last-tag")
    assert tag.advice and "v2.0" in tag.message and "2016-09-16" in tag.message


def test_the_last_commit_counts_not_the_first_author_date(git_repo, lint):
    """A change written long ago but committed today is today's activity."""
    git_repo.write("README.md", "# Rebased\n")
    git_repo.commit("Old work", date="2015-01-01T00:00:00+00:00")
    git_repo.write("a.md", "new\n")
    git_repo.git("add", "-A")
    git_repo.git("commit", "-q", "-m", "Rebased today",
                 env={"GIT_AUTHOR_DATE": "2015-02-01T00:00:00+00:00"})
    assert lint(git_repo.path, "activity")["activity"].status is Status.PASSED_WITH_ADVICE


def test_the_newest_tag_is_reported(git_repo, lint):
    git_repo.write("README.md", "# Tagged\n")
    git_repo.commit("One", date=days_ago(30))
    git_repo.git("tag", "-a", "v1.0.0", "-m", "v1.0.0", env={"GIT_COMMITTER_DATE": days_ago(30)})
    git_repo.commit("Two", date=days_ago(10))
    git_repo.git("tag", "-a", "v1.1.0", "-m", "v1.1.0", env={"GIT_COMMITTER_DATE": days_ago(10)})
    git_repo.git("tag", "light")  # a light tag takes its commit's date
    result = lint(git_repo.path, "activity")["activity"]
    assert result.status is Status.PASSED_WITH_ADVICE
    tag = next(f for f in result.findings if f.key == "last-tag")
    assert "v1.1.0" in tag.message or "light" in tag.message
    assert "v1.0.0" not in tag.message


def test_a_shallow_clone_still_shows_its_last_commit(git_repo, lint, tmp_path):
    git_repo.write("README.md", "# Shallow\n")
    git_repo.commit("Old", date=days_ago(900))
    git_repo.commit("Recent", date=days_ago(5))
    clone = tmp_path / "clone"
    git_repo.git("clone", "-q", "--depth", "1", f"file://{git_repo.path}", str(clone))
    result = lint(clone, "activity")["activity"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert "last-commit" in keys(result)


def test_an_empty_repository_is_not_applicable(git_repo, lint):
    result = lint(git_repo.path, "activity")["activity"]
    assert result.status is Status.NOT_APPLICABLE
    assert "commit" in (result.reason or "")


def test_a_plain_directory_is_not_applicable(plain_dir, lint):
    plain_dir.write("README.md", "# No Git here\n")
    result = lint(plain_dir.path, "activity")["activity"]
    assert result.status is Status.NOT_APPLICABLE
    assert "Git" in (result.reason or "")


def test_messages_in_french(git_repo, plain_dir, lint):
    git_repo.write("README.md", "# Ancien\n")
    git_repo.commit("Seul commit", date="2012-05-01T00:00:00+00:00")
    result = lint(git_repo.path, "activity", language="fr")["activity"]
    inactive = next(f for f in result.findings if f.key == "inactive")
    assert "Le dernier commit date du 2012-05-01" in inactive.message
    assert "étiquette" in next(f for f in result.findings if f.key == "no-tag").message
    plain = lint(plain_dir.path, "activity", language="fr")["activity"]
    assert "pas un dépôt Git" in (plain.reason or "")


@pytest.mark.parametrize(
    "markers",
    [
        ["ECS-PREVIEW-SUCCESS-2024-01-02-874f7", "PAAS-STAGING-SUCCESS-2024-03-14-d8f34"],
        ["deploy-prod-20240501", "backup"],
    ],
    ids=["pipeline-success", "deploy-and-backup"],
)
def test_deployment_markers_are_no_release(git_repo, lint, markers):
    git_repo.write("README.md", "# Deployed\n")
    git_repo.commit("One", date=days_ago(30))
    git_repo.git("tag", "-a", "v1.0.0", "-m", "v1.0.0", env={"GIT_COMMITTER_DATE": days_ago(30)})
    git_repo.commit("Two", date=days_ago(2))
    for marker in markers:
        git_repo.git("tag", "-a", marker, "-m", marker, env={"GIT_COMMITTER_DATE": days_ago(1)})
    result = lint(git_repo.path, "activity")["activity"]
    assert result.facts["tags"] == 1
    assert result.facts["last_release"]["tag"] == "v1.0.0"
    assert "v1.0.0" in next(f for f in result.findings if f.key == "last-tag").message


def test_only_deployment_markers_mean_no_release_tag_in_french(git_repo, lint):
    git_repo.write("README.md", "# Déployé\n")
    git_repo.commit("Un", date=days_ago(3))
    git_repo.tag("deploy-production-2024-05-01")
    result = lint(git_repo.path, "activity", language="fr")["activity"]
    assert result.facts["tags"] == 0 and result.facts["last_release"] is None
    assert "étiquette" in next(f for f in result.findings if f.key == "no-tag").message

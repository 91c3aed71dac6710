"""issue-templates: issue and change-request templates where GitHub, GitLab, Gitea look."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

BUG_MD = (
    "---\nname: Bug report\nabout: Something does not work\nlabels: bug\n---\n\n"
    "**What happened?**\n\n**Steps to reproduce**\n\n**Expected result**\n"
)
ANOMALIE_MD = (
    "---\nname: Signaler une anomalie\nabout: Quelque chose ne fonctionne pas\n---\n\n"
    "## Ce qui s'est passé\n\n## Étapes pour reproduire\n\n## Résultat attendu\n"
)
BUG_FORM = """\
name: Bug report
description: Something does not work as expected
labels: [bug]
body:
  - type: textarea
    id: what-happened
    attributes:
      label: What happened?
    validations:
      required: true
"""
CHOOSER = (
    "blank_issues_enabled: false\ncontact_links:\n  - name: Forum\n"
    "    url: https://forum.cartofaune.org\n    about: Questions\n"
)
PR_MD = (
    "## Description\n\nWhat does this change?\n\n- [ ] Tests added\n- [ ] Documentation updated\n"
)
MR_FR = "## Objet de la demande\n\n- [ ] Tests ajoutés\n- [ ] Documentation mise à jour\n"

ISSUE_LAYOUTS = [
    {".github/ISSUE_TEMPLATE/bug_report.md": BUG_MD},
    {".github/ISSUE_TEMPLATE/bug.yml": BUG_FORM, ".github/ISSUE_TEMPLATE/config.yml": CHOOSER},
    {".github/ISSUE_TEMPLATE.md": BUG_MD},
    {"docs/issue_template.md": ANOMALIE_MD},
    {"ISSUE_TEMPLATE": "Describe the problem, the steps and what you expected.\n"},
    {".gitlab/issue_templates/Anomalie.md": ANOMALIE_MD},
    {".gitea/ISSUE_TEMPLATE/bug.yaml": BUG_FORM},
    {".forgejo/issue_template/anomalie.md": ANOMALIE_MD},
]
CHANGE_LAYOUTS = [
    {".github/PULL_REQUEST_TEMPLATE.md": PR_MD},
    {".github/pull_request_template.md": PR_MD},
    {"docs/PULL_REQUEST_TEMPLATE.md": MR_FR},
    {"pull_request_template.txt": PR_MD},
    {".github/PULL_REQUEST_TEMPLATE/feature.md": PR_MD},
    {".gitlab/merge_request_templates/Default.md": MR_FR},
    {".gitea/pull_request_template.md": MR_FR},
]


@pytest.mark.parametrize("issues", ISSUE_LAYOUTS, ids=lambda f: next(iter(f)))
@pytest.mark.parametrize("changes", CHANGE_LAYOUTS[:3], ids=lambda f: next(iter(f)))
def test_both_kinds_pass(git_repo, lint, issues, changes):
    git_repo.files({**issues, **changes})
    result = lint(git_repo.path, "issue-templates")["issue-templates"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize("issues", ISSUE_LAYOUTS, ids=lambda f: next(iter(f)))
def test_issue_templates_alone_pass_with_advice(git_repo, lint, issues):
    git_repo.files(issues)
    result = lint(git_repo.path, "issue-templates")["issue-templates"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["no-change-template"]


@pytest.mark.parametrize("changes", CHANGE_LAYOUTS, ids=lambda f: next(iter(f)))
def test_change_templates_alone_pass_with_advice(git_repo, lint, changes):
    git_repo.files(changes)
    result = lint(git_repo.path, "issue-templates")["issue-templates"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["no-issue-template"]


@pytest.mark.parametrize(
    "files",
    [
        {},
        {".github/ISSUE_TEMPLATE/config.yml": CHOOSER},
        {".github/ISSUE_TEMPLATE/labels.yml": "- name: bug\n  color: d73a4a\n"},
        {".github/ISSUE_TEMPLATE/notes.yml": "name: Bug\ndescription: no body\n"},
        {"vendor/lib/.github/ISSUE_TEMPLATE/bug.md": BUG_MD},
        {"tests/fixtures/.github/PULL_REQUEST_TEMPLATE.md": PR_MD},
        {"src/issue_template.py": "TEMPLATE = 'Describe the bug, the steps and the result'\n"},
        {"docs/templates/bug.md": BUG_MD},
        {".github/workflows/issues.yml": "on: issues\njobs: {}\n"},
    ],
    ids=[
        "none", "chooser-only", "labels", "form-without-body", "vendored", "fixture",
        "source-file", "other-folder", "workflow",
    ],
)
def test_no_template_fails(git_repo, lint, files):
    git_repo.files({"main.py": "print('hello')\n", **files})
    result = lint(git_repo.path, "issue-templates")["issue-templates"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]


@pytest.mark.parametrize(
    "path", [".github/ISSUE_TEMPLATE/bug.md", ".github/PULL_REQUEST_TEMPLATE.md",
             ".gitlab/issue_templates/bug.md", ".github/ISSUE_TEMPLATE/bug.yml"]
)
@pytest.mark.parametrize("content", ["", "\n\n", "TODO\n"])
def test_empty_templates_do_not_count(git_repo, lint, path, content):
    git_repo.files({path: content})
    result = lint(git_repo.path, "issue-templates")["issue-templates"]
    assert result.status is Status.FAILED
    if content.strip() and path.endswith(".yml"):
        assert [f.key for f in result.findings] == ["missing"]  # YAML, but not a form
    else:
        assert result.findings[0].key == "empty"
        assert result.findings[0].path == path


def test_an_empty_template_beside_a_real_one(git_repo, lint):
    git_repo.files({".github/ISSUE_TEMPLATE/empty.md": "", ".github/ISSUE_TEMPLATE/bug.md": BUG_MD})
    result = lint(git_repo.path, "issue-templates")["issue-templates"]
    assert [f.key for f in result.findings] == ["no-change-template"]


def test_a_broken_form_is_named_with_its_line(git_repo, lint):
    broken = "name: Bug\nbody:\n  - type: textarea\n    attributes: [label\n"
    git_repo.files(
        {".github/ISSUE_TEMPLATE/bug.yml": broken, ".github/PULL_REQUEST_TEMPLATE.md": PR_MD}
    )
    result = lint(git_repo.path, "issue-templates")["issue-templates"]
    assert result.status is Status.PASSED_WITH_ADVICE
    by_key = {f.key: f for f in result.findings}
    assert sorted(by_key) == ["invalid-form", "no-issue-template"]
    assert by_key["invalid-form"].path == ".github/ISSUE_TEMPLATE/bug.yml"
    assert by_key["invalid-form"].line == 4


def test_message_follows_language(git_repo, lint):
    git_repo.files({".github/PULL_REQUEST_TEMPLATE.md": PR_MD})
    result = lint(git_repo.path, "issue-templates", language="fr")["issue-templates"]
    assert "aucun modèle de ticket" in result.findings[0].message


def test_plain_directory(plain_dir, lint):
    plain_dir.write(".gitlab/issue_templates/Bug.md", ANOMALIE_MD)
    plain_dir.write(".gitlab/merge_request_templates/Default.md", MR_FR)
    assert lint(plain_dir.path, "issue-templates")["issue-templates"].status is Status.PASSED

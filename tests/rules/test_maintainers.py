"""maintainers: the people responsible are listed, in a file, CODEOWNERS, OWNERS or a section."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

MAINTAINERS_EN = (
    "# Maintainers\n\n"
    "- Alice Martin (DINUM) — @alice-martin\n"
    "- Bob Leroy (Cartofaune association) — bob@cartofaune.org\n"
)
MAINTAINERS_FR = (
    "Mainteneuses et mainteneurs\n"
    "===========================\n\n"
    "* Chloé Dubois, ville de Lyon\n"
    "* Jean-Marc de Villiers, Etalab\n"
)
KERNEL_STYLE = (
    "CARTOFAUNE CORE\n"
    "M:\tAlice Martin <alice@numerique.gouv.fr>\n"
    "S:\tMaintained\n"
    "F:\tsrc/\n"
)
TABLE = (
    "| Nom | Rôle |\n|---|---|\n| Chloé Dubois | relectures |\n| Bob Leroy | publication |\n"
)
CODEOWNERS = "# Each line is a file pattern followed by one or more owners.\n* @cartofaune/core\n"
CODEOWNERS_GITLAB = "[Documentation] @docs-team\ndocs/\n\n[Backend]\n/src/ alice@cartofaune.org\n"
OWNERS_K8S = "approvers:\n  - alice-martin\n  - bob-leroy\nreviewers:\n  - chloe\n"
OWNERS_FILTERS = 'filters:\n  ".*":\n    approvers:\n      - alice-martin\n'


@pytest.mark.parametrize(
    "path, text",
    [
        ("MAINTAINERS.md", MAINTAINERS_EN),
        ("MAINTAINERS", KERNEL_STYLE),
        ("maintainers.rst", MAINTAINERS_FR),
        ("MAINTENEURS.md", MAINTAINERS_FR),
        ("docs/MAINTAINERS.fr.md", MAINTAINERS_FR),
        (".github/MAINTAINERS.adoc", MAINTAINERS_EN.replace("# ", "= ")),
        ("docs/equipe.md", "# L'équipe\n\n" + TABLE),
        ("CODEOWNERS", CODEOWNERS),
        (".github/CODEOWNERS", CODEOWNERS),
        ("docs/CODEOWNERS", "*.md alice@cartofaune.org\n"),
        (".gitlab/CODEOWNERS", CODEOWNERS_GITLAB),
        (".gitlab/CODEOWNERS", "[Backend] @@maintainer\n/src/\n"),
        ("OWNERS", OWNERS_K8S),
        ("OWNERS", OWNERS_FILTERS),
        ("publiccode.yml", "name: Cartofaune\nmaintenance:\n  type: internal\n  contacts:\n"
                           "    - name: Chloé Dubois\n      email: chloe@lyon.fr\n"),
    ],
)
def test_a_list_of_people_passes(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "maintainers")["maintainers"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "path, text",
    [
        (
            "GOVERNANCE.md",
            "# Governance\n\nDecisions are taken by consensus.\n\n## Maintainers\n\n"
            "- @alice-martin\n- @bob-leroy\n",
        ),
        (
            "docs/gouvernance.rst",
            "Gouvernance\n===========\n\nLe comité décide.\n\nResponsables\n------------\n\n"
            "- Chloé Dubois (Métropole de Lyon)\n- https://framagit.org/bleroy\n",
        ),
    ],
)
def test_a_section_of_the_governance_passes(git_repo, lint, path, text):
    git_repo.files({path: text})
    assert lint(git_repo.path, "maintainers")["maintainers"].status is Status.PASSED


@pytest.mark.parametrize(
    "text",
    [
        "# Cartofaune\n\nMaps wildlife.\n\n## Maintainers\n\n- Alice Martin (@alice-martin)\n",
        "# Cartofaune\n\nCarte de la faune.\n\n## Équipe\n\nMaintenu par chloe@lyon.fr.\n",
        "Cartofaune\n==========\n\nTeam\n----\n\n* Bob Leroy\n",
    ],
)
def test_a_readme_section_passes_with_advice(git_repo, lint, text):
    git_repo.files({"README.md": text})
    result = lint(git_repo.path, "maintainers")["maintainers"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["readme-section"]
    assert result.findings[0].line is not None


@pytest.mark.parametrize(
    "path, text",
    [
        ("MAINTAINERS.md", ""),
        ("MAINTAINERS.md", "# Maintainers\n\nTODO\n"),
        ("MAINTAINERS.md", "# Maintainers\n\n- [insert your name here]\n"),
        ("MAINTAINERS", "maintainer@example.org\n"),
        ("CODEOWNERS", ""),
        (".github/CODEOWNERS", "# Add owners here, for example:\n# * @octocat\n"),
        (".github/CODEOWNERS", "/docs/\n*.js\n"),
        ("OWNERS", "approvers: []\n"),
        ("OWNERS", "approvers: [\n"),
    ],
    ids=[
        "empty", "todo", "template", "example-address", "empty-codeowners", "comments-only",
        "no-owner", "no-approvers", "broken-yaml",
    ],
)
def test_a_file_naming_nobody_fails(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "maintainers")["maintainers"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "empty"
    assert result.findings[0].path == path


@pytest.mark.parametrize("path", ["AUTHORS", "AUTHORS.md", "CONTRIBUTORS.md", "docs/AUTEURS.md"])
def test_a_list_of_authors_is_not_a_list_of_maintainers(git_repo, lint, path):
    git_repo.files(
        {path: "Alice Martin <alice@numerique.gouv.fr>\nBob Leroy <bob@cartofaune.org>\n"}
    )
    result = lint(git_repo.path, "maintainers")["maintainers"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "authors-only"


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"vendor/leaflet/MAINTAINERS.md": MAINTAINERS_EN},
        {"tests/fixtures/CODEOWNERS": CODEOWNERS},
        {"src/CODEOWNERS": CODEOWNERS},
        {"src/maintainers.py": "MAINTAINERS = ['@alice']\n"},
        {"README.md": "# Cartofaune\n\n## Team management\n\n- Create a team in the settings\n"},
        {"README.md": "# Cartofaune\n\nWritten by @alice-martin in 2019.\n"},
        {"GOVERNANCE.md": "# Governance\n\n## Maintainers\n\nTo be defined.\n"},
        {"publiccode.yml": "name: Cartofaune\nmaintenance:\n  type: none\n  contacts: []\n"},
    ],
    ids=[
        "none", "vendored", "fixture", "nested-codeowners", "source-file", "feature-section",
        "handle-outside-section", "empty-section", "publiccode-without-contacts",
    ],
)
def test_no_list_of_maintainers_fails(git_repo, lint, files):
    git_repo.files({"main.py": "print('hello')\n", **files})
    result = lint(git_repo.path, "maintainers")["maintainers"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "missing"
    assert result.findings[0].fix


def test_a_real_list_wins_over_an_empty_file(git_repo, lint):
    git_repo.files({".github/CODEOWNERS": "", "MAINTAINERS.md": MAINTAINERS_EN})
    assert lint(git_repo.path, "maintainers")["maintainers"].status is Status.PASSED


def test_message_follows_language(git_repo, lint):
    git_repo.files({"AUTHORS": "Alice Martin <alice@numerique.gouv.fr>\n"})
    result = lint(git_repo.path, "maintainers", language="fr")["maintainers"]
    assert "pas qui en est responsable" in result.findings[0].message


def test_plain_directory(plain_dir, lint):
    plain_dir.write(".github/CODEOWNERS", CODEOWNERS)
    assert lint(plain_dir.path, "maintainers")["maintainers"].status is Status.PASSED


# ----- a list of authors presented as the team -------------------------------------------

TEAM_FR = (
    "## L'équipe Cartofaune\n\n"
    "- Inès Caron - Intrapreneuse\n"
    "- Bruno Roy - Coach\n"
    "- [Zoé Blanc](https://github.com/zblanc) - Développeuse\n"
    "- [Paul Meunier](https://github.com/pmeunier) - Designer\n"
)
TEAM_EN = (
    "# The Cartofaune team\n\n"
    "| Name | Role |\n|---|---|\n"
    "| Inès Caron | Product manager |\n| Bruno Roy | Lead developer |\n"
    "| Zoé Blanc | UX designer |\n"
)
TEAM_RST = (
    "Core team\n=========\n\n"
    "* Inès Caron (product owner)\n* Bruno Roy, maintainer of the API\n"
    "* Zoé Blanc: data engineer\n"
)


@pytest.mark.parametrize("path, text", [
    ("AUTHORS.md", TEAM_FR),
    ("AUTEURS.md", TEAM_FR),
    ("CONTRIBUTORS.md", TEAM_EN),
    ("AUTHORS.rst", TEAM_RST),
    ("docs/CONTRIBUTEURS.md", TEAM_FR.replace("## L'équipe", "# Notre équipe :")),
])
def test_an_authors_file_presented_as_the_team_with_roles_passes(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "maintainers")["maintainers"]
    assert result.status is Status.PASSED, result.findings
    assert result.evidence[0].path == path and result.evidence[0].line == 1


@pytest.mark.parametrize("text", [
    # copyright holders, or a plain list of names, under a team heading or none
    "# Copyright holders\n\n- Inès Caron - 2019-2023\n- Bruno Roy - 2021\n",
    "# Authors\n\n- Inès Caron - Développeuse\n- Bruno Roy - Coach\n",  # not the team
    "## L'équipe\n\n- Inès Caron\n- Bruno Roy\n- Zoé Blanc\n",  # no roles
    "## The team\n\n- Inès Caron - Développeuse\n",  # one role is a credit, not a team
    "Inès Caron <ines@studio-caron.fr>\nBruno Roy <bruno@acme-coop.fr>\n",
    "# Team\n\nThanks to everyone who contributed: see the history.\n",
])
def test_other_lists_of_authors_are_not_the_team(git_repo, lint, text):
    git_repo.files({"AUTHORS.md": text})
    result = lint(git_repo.path, "maintainers")["maintainers"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "authors-only"


# ----- CODEOWNERS of CI and infrastructure only -----------------------------------------

@pytest.mark.parametrize("text", [
    "# Protect the pipelines\n.github/workflows/*.yml @acme/sre\n.github/CODEOWNERS @acme/sre\n",
    ".github/workflows/  @acme/devs\n/package*.json  @acme/devs\nCODEOWNERS  @acme/devs\n",
    "Dockerfile @acme/ops\ndocker-compose.yml @acme/ops\n/deploy/ @acme/ops\n"
    "/helm/ @acme/ops\n.kontinuous/ @acme/ops\n",
    "yarn.lock @acme/deps\npoetry.lock @acme/deps\n/infra/ alice@acme-coop.fr\n",
    "[Pipelines] @acme/sre\n.gitlab-ci.yml\n.gitlab/\n",
])
def test_codeowners_of_infrastructure_only_does_not_count(git_repo, lint, text):
    git_repo.files({".github/CODEOWNERS": text})
    result = lint(git_repo.path, "maintainers")["maintainers"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "infrastructure-only"
    french = lint(git_repo.path, "maintainers", language="fr")["maintainers"]
    assert "fichiers d'intégration continue et d'infrastructure" in french.findings[0].message


@pytest.mark.parametrize("text", [
    ".github/workflows/ @acme/sre\n* @acme/core\n",  # the whole tree besides the CI
    ".github/ @acme/sre\n/src/ @alice-martin\n",
    "Dockerfile @acme/ops\n/docs/ chloe@lyon.fr\n",
    "[Backend] @acme/api\n/api/\n[Pipelines] @acme/sre\n.gitlab-ci.yml\n",
])
def test_codeowners_covering_the_project_counts(git_repo, lint, text):
    git_repo.files({".github/CODEOWNERS": text})
    assert lint(git_repo.path, "maintainers")["maintainers"].status is Status.PASSED


# ----- maintainers named in a contribution document -----------------------------------

@pytest.mark.parametrize("files, where", [
    ({"CONTRIBUTING.md": "# Contributing\n\nSend patches to the list. The current maintainer "
                         "is Inès Caron, who applies them.\n"}, "CONTRIBUTING.md"),
    ({"CONTRIBUER.md": "# Contribuer\n\nLe mainteneur actuel est Bruno Roy "
                       "(bruno@acme-coop.fr).\n"}, "CONTRIBUER.md"),
    ({"README": "cartofaune\n\nRead Documentation/SubmittingPatches before sending patches.\n",
      "Documentation/SubmittingPatches": "Submitting patches\n==================\n\n"
      "Re-send the patch to the maintainer (current maintainer: ines@studio-caron.fr).\n\n"
      "The viewer/ folder comes from another project, maintained by Paul Meunier.\n"},
     "Documentation/SubmittingPatches"),
    ({"README.md": "# Cartofaune\n\nSee the [guide de contribution](docs/process/"
                   "contribuer.md).\n",
      "docs/process/contribuer.md": "# Contribuer\n\nLe module de cartes est maintenu par "
                                    "@zblanc.\n"}, "docs/process/contribuer.md"),
])
def test_maintainers_named_in_a_contribution_document_pass(git_repo, lint, files, where):
    git_repo.files(files)
    result = lint(git_repo.path, "maintainers")["maintainers"]
    assert result.status is Status.PASSED, result.findings
    assert result.evidence[0].path == where


@pytest.mark.parametrize("text", [
    "# Contributing\n\nThe maintainers are responsible for reviews.\n",
    "# Contributing\n\nThis project is maintained by the community.\n",
    "# Contributing\n\nThe maintainer is going to review your patch.\n",
    "# Contribuer\n\nLe projet est maintenu par la DINUM.\n",
    "# Contributing\n\nThe maintainer: [insert name here]\n",
])
def test_a_guide_that_names_no_maintainer_does_not_count(git_repo, lint, text):
    git_repo.files({"CONTRIBUTING.md": text, "main.py": "print('hi')\n"})
    result = lint(git_repo.path, "maintainers")["maintainers"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "missing"


@pytest.mark.parametrize("text", [
    "# Cartofaune\n\n## Contact the team\n\nWrite to the "
    "[team](mailto:cartofaune-support@acme-coop.fr).\n",
    "# Cartofaune\n\n## L'équipe\n\nÉcrivez à equipe.cartofaune@lyon.fr.\n",
])
def test_a_shared_mailbox_is_not_a_list_of_people(git_repo, lint, text):
    git_repo.files({"README.md": text, "main.py": "print('hi')\n"})
    result = lint(git_repo.path, "maintainers")["maintainers"]
    assert result.status is Status.FAILED

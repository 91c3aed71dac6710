"""governance: a governance document that says how decisions are made, by whom, how to join."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

ROLES_EN = (
    "## Roles\n\nMaintainers review and merge changes. A steering committee of five people "
    "sets the roadmap.\n\n"
)
DECISIONS_EN = (
    "## Decisions\n\nWe seek consensus on the forum; when none emerges after two weeks, "
    "the committee votes and a simple majority wins.\n\n"
)
JOINING_EN = (
    "## Joining\n\nAny contributor with six months of regular reviews can be nominated; "
    "the committee is elected each year by the contributors.\n\n"
)
STRUCTURE_EN = (
    "## Structure\n\nThe project is hosted by the Cartofaune association (loi 1901), which "
    "holds the trademark and the funds collected on Open Collective.\n"
)
GOVERNANCE_EN = "# Governance\n\n" + ROLES_EN + DECISIONS_EN + JOINING_EN + STRUCTURE_EN

GOVERNANCE_FR = """\
Gouvernance
===========

Rôles
-----

Les mainteneurs relisent et intègrent les modifications ; un comité de pilotage de cinq
personnes fixe la feuille de route.

Décisions
---------

Nous cherchons le consensus ; à défaut, le comité vote à la majorité simple.

Rejoindre le comité
-------------------

Tout contributeur régulier peut être candidat ; le comité est élu chaque année.

Structure
---------

Le projet est porté par une SCIC qui en détient la marque.
"""


@pytest.mark.parametrize(
    "path, text",
    [
        ("GOVERNANCE.md", GOVERNANCE_EN),
        ("governance.rst", GOVERNANCE_FR),
        ("Governance", GOVERNANCE_EN),
        (".github/GOVERNANCE.md", GOVERNANCE_EN),
        (".gitlab/governance.md", GOVERNANCE_EN),
        ("docs/GOUVERNANCE.fr.md", GOVERNANCE_FR),
        ("GOUVERNANCE.adoc", GOVERNANCE_FR.replace("Gouvernance\n===========", "= Gouvernance")),
        ("docs/governance/index.md", GOVERNANCE_EN),
        ("docs/fr/gouvernance.md", GOVERNANCE_FR),
    ],
)
def test_a_complete_governance_passes(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "governance")["governance"]
    assert result.status is Status.PASSED, result.findings


def test_pages_of_a_governance_folder_make_one_document(git_repo, lint):
    git_repo.files(
        {
            "docs/gouvernance/roles.md": "# Roles\n\n" + ROLES_EN + JOINING_EN,
            "docs/gouvernance/decisions.md": "# Decisions\n\n" + DECISIONS_EN + STRUCTURE_EN,
        }
    )
    result = lint(git_repo.path, "governance")["governance"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "text, missing",
    [
        ("# Governance\n\n" + ROLES_EN + DECISIONS_EN + JOINING_EN, {"no-structure"}),
        ("# Governance\n\n" + ROLES_EN, {"no-decisions", "no-joining", "no-structure"}),
        (
            "# Gouvernance\n\nLes décisions se prennent par consensus lors des réunions "
            "mensuelles, dont le compte rendu est publié sur le wiki.\n",
            {"no-roles", "no-joining", "no-structure"},
        ),
        (
            "# Governance\n\nDecisions are taken by consensus in public meetings whose "
            "minutes go to the wiki.\n\n" + STRUCTURE_EN,
            {"no-roles", "no-joining"},
        ),
    ],
)
def test_missing_parts_are_advice(git_repo, lint, text, missing):
    git_repo.files({"GOVERNANCE.md": text})
    result = lint(git_repo.path, "governance")["governance"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert {f.key for f in result.findings} == missing
    assert all(f.advice and f.path == "GOVERNANCE.md" for f in result.findings)


@pytest.mark.parametrize(
    "structure",
    [
        "The project is a member project of the Software Freedom Conservancy.",
        "Le projet n'a pas encore de structure juridique.",
        "Our charter of values is in CHARTER.md.",
        "Une fondation porte le projet depuis 2021.",
    ],
)
def test_a_legal_structure_or_charter_is_recognised(git_repo, lint, structure):
    text = "# Governance\n\n" + ROLES_EN + DECISIONS_EN + JOINING_EN + structure + "\n"
    git_repo.files({"GOVERNANCE.md": text})
    assert lint(git_repo.path, "governance")["governance"].status is Status.PASSED


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"governance.py": "def decide(votes):\n    return max(votes, key=votes.count)\n"},
        {"src/governance.py": "ROLES = ['maintainer', 'committee']\n"},
        {"src/governance/__init__.py": "", "src/governance/votes.py": "VOTE = 1\n"},
        {"docs/governance.py": "ROLES = ['maintainer']\n"},
        {"vendor/leaflet/GOVERNANCE.md": GOVERNANCE_EN},
        {"tests/fixtures/GOVERNANCE.md": GOVERNANCE_EN},
        {"GOVERN.md": GOVERNANCE_EN},
    ],
    ids=["none", "source-root", "source-src", "package", "docs-source", "vendored",
         "fixture", "other-name"],
)
def test_no_governance_fails_as_missing(git_repo, lint, files):
    git_repo.files({"main.py": "print('hello')\n", **files})
    result = lint(git_repo.path, "governance")["governance"]
    assert result.status is Status.FAILED
    assert [(f.key, f.path) for f in result.findings] == [("missing", None)]


@pytest.mark.parametrize("path", ["MAINTAINERS", "MAINTAINERS.md", ".github/CODEOWNERS"])
def test_a_list_of_maintainers_alone_fails_and_is_named(git_repo, lint, path):
    git_repo.files({path: "Alice Martin <alice@numerique.gouv.fr>\nBob Leroy\n"})
    result = lint(git_repo.path, "governance")["governance"]
    assert result.status is Status.FAILED
    assert [(f.key, f.path) for f in result.findings] == [("missing", path)]


@pytest.mark.parametrize(
    "path, text",
    [
        ("GOVERNANCE.md", ""),
        ("GOVERNANCE.md", "# Governance\n\nTBD\n"),
        ("docs/GOUVERNANCE.md", "Gouvernance\n===========\n\nÀ venir.\n"),
    ],
)
def test_an_empty_document_fails(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "governance")["governance"]
    assert [(f.key, f.path) for f in result.findings] == [("empty", path)]


def test_a_file_that_points_elsewhere_passes_with_advice(git_repo, lint):
    git_repo.files(
        {"GOVERNANCE.md": "Governed by the Cartofaune Foundation: https://cartofaune.org/gov\n"}
    )
    result = lint(git_repo.path, "governance")["governance"]
    assert [(f.key, f.advice) for f in result.findings] == [("points-elsewhere", True)]


@pytest.mark.parametrize(
    "heading", ["## Governance", "Gouvernance\n-----------"], ids=["markdown", "underlined"]
)
def test_a_substantial_readme_section_passes_with_advice(git_repo, lint, heading):
    readme = (
        "# Cartofaune\n\nMaps wildlife.\n\n" + heading + "\n\n"
        + ROLES_EN.split("\n\n", 1)[1] + DECISIONS_EN.split("\n\n", 1)[1]
        + JOINING_EN.split("\n\n", 1)[1] + STRUCTURE_EN.split("\n\n", 1)[1]
    )
    git_repo.files({"README.md": readme})
    result = lint(git_repo.path, "governance")["governance"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [(f.key, f.path) for f in result.findings] == [("readme-section", "README.md")]


def test_a_short_readme_section_is_not_a_governance(git_repo, lint):
    git_repo.files({"README.md": "# Cartofaune\n\n## Governance\n\nSee the wiki.\n"})
    result = lint(git_repo.path, "governance")["governance"]
    assert [f.key for f in result.findings] == ["missing"]


def test_messages_follow_the_language(git_repo, lint):
    git_repo.files({"MAINTAINERS": "Alice Martin\n"})
    finding = lint(git_repo.path, "governance", language="fr")["governance"].findings[0]
    assert finding.message.startswith("Aucun document de gouvernance trouvé ; MAINTAINERS")


def test_plain_directory(plain_dir, lint):
    plain_dir.write("GOUVERNANCE.md", GOVERNANCE_FR)
    assert lint(plain_dir.path, "governance")["governance"].status is Status.PASSED


# ----- issue 9: a governance under another name ----------------------------------------

DECISIONS_DOC_EN = """\
Decision making
===============

Most decisions are taken by consensus on the mailing list. The maintainer has the last
word when no consensus emerges; regular reviewers may be invited to join the
maintainers.
"""
DECISIONS_DOC_FR = """\
# Prise de décision

Les décisions se prennent par consensus sur la liste de diffusion ; à défaut, le comité
de pilotage vote à la majorité. Tout contributeur régulier peut être coopté au comité.
"""


@pytest.mark.parametrize(
    "path, text",
    [
        ("Documentation/DecisionMaking.adoc", DECISIONS_DOC_EN.replace(
            "Decision making\n===============", "= Decision making")),
        ("docs/decision-making.md", DECISIONS_DOC_EN),
        ("PRISE_DE_DECISION.md", DECISIONS_DOC_FR),
    ],
)
def test_a_decision_making_document_is_a_governance(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "governance")["governance"]
    assert result.status in (Status.PASSED, Status.PASSED_WITH_ADVICE), result.findings
    assert result.facts["documents"] == [path]


@pytest.mark.parametrize(
    "heading",
    ["## Governance", "## Gouvernance", "## How decisions are made", "## Prise de décision"],
)
def test_a_governance_section_of_the_contribution_guide_passes_with_advice(
    git_repo, lint, heading
):
    guide = (
        "# Contributing\n\nOpen an issue, then a pull request.\n\n" + heading + "\n\n"
        "Decisions are taken by consensus among the maintainers; when none emerges the "
        "steering committee votes. Contributors with a year of reviews can be nominated to "
        "join the maintainers.\n"
    )
    git_repo.files({"CONTRIBUTING.md": guide})
    result = lint(git_repo.path, "governance")["governance"]
    assert result.status is Status.PASSED_WITH_ADVICE, result.findings
    section = next(f for f in result.findings if f.key == "readme-section")
    assert section.path == "CONTRIBUTING.md" and section.line == 5
    assert result.evidence[0].path == "CONTRIBUTING.md"


@pytest.mark.parametrize(
    "files",
    [
        # Architecture decision records are not a governance.
        {"docs/decisions/0001-use-postgresql.md":
         "# Use PostgreSQL\n\nWe decided to use PostgreSQL because the team knows it and "
         "the geographic extensions are mature; the decision was taken in March.\n"},
        # A one-line governance section of the guide is not enough.
        {"CONTRIBUTING.md": "# Contributing\n\nOpen issues.\n\n## Governance\n\nThe "
         "maintainers decide.\n"},
        # A governance heading inside a code block of the guide.
        {"CONTRIBUTING.md": "# Contributing\n\n```markdown\n## Governance\n\nDecisions are "
         "taken by consensus among the maintainers; when none emerges the steering "
         "committee votes on the proposal during its monthly meeting.\n```\n"},
    ],
    ids=["adr", "short-section", "code-block"],
)
def test_near_misses_of_a_governance_fail(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "governance")["governance"]
    assert result.status is Status.FAILED, result.findings

"""contributing-guide: a contribution guide that says how to report, propose and help."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

GUIDE_EN = """\
# Contributing to Cartofaune

Thank you for helping! Here is how to take part.

## Reporting a problem

Found a bug or a wrong species name? Open an issue on the tracker and say what you did,
what you expected and what happened.

## Proposing a change

Fork the repository, create a branch, and open a merge request against main. A
maintainer reviews it within a week.

## Without writing code

Translations happen on Weblate, the user documentation welcomes fixes, and designers
can propose icons for new species.
"""

GUIDE_FR = """\
Contribuer à Cartofaune
=======================

Merci de votre aide ! Voici comment participer.

Signaler un problème
--------------------

Vous avez trouvé une anomalie ? Ouvrez un ticket en décrivant ce que vous avez fait et
ce qui s'est passé.

Proposer une modification
-------------------------

Créez une branche et ouvrez une demande de fusion ; une personne de l'équipe la relira.

Aider sans coder
----------------

La traduction se fait sur Weblate et la documentation accueille toutes les corrections.
"""

# Only about code: no word on reporting problems or on other kinds of help.
GUIDE_CODE_ONLY = """\
# Contributing

Fork the repository and create a branch named after your change. Run `make check`
before you push, keep commits small, and open a pull request when the checks pass.
"""

SOURCE = "def contribute():\n    return 'open an issue or a pull request'\n"

SECTION_EN = """\
# Cartofaune

Cartofaune maps wildlife sightings reported by volunteers.

## Contributing

We welcome every kind of help. Report problems in the issue tracker; propose changes
with a merge request from your own branch; translators and designers are welcome on
our forum, where we plan the documentation and the visual identity together.

## Licence

MIT
"""


@pytest.mark.parametrize(
    "path, text",
    [
        ("CONTRIBUTING.md", GUIDE_EN),
        ("contributing.rst", GUIDE_FR),
        ("CONTRIBUTING", GUIDE_EN),
        ("CONTRIBUTE.adoc", GUIDE_EN.replace("# ", "= ")),
        (".github/CONTRIBUTING.md", GUIDE_EN),
        (".gitlab/contributing.md", GUIDE_EN),
        ("docs/CONTRIBUTING.fr.md", GUIDE_FR),
        ("CONTRIBUER.md", GUIDE_FR),
        ("Contribution.txt", GUIDE_FR),
        ("COMMENT_CONTRIBUER.md", GUIDE_FR),
        ("docs/contributing/index.md", GUIDE_EN),
        ("docs/fr/contribuer.md", GUIDE_FR),
        ("docs/source/contributing.rst", GUIDE_EN),
    ],
)
def test_a_complete_guide_passes(git_repo, lint, path, text):
    git_repo.files({"main.py": "print('hello')\n", path: text})
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert result.status is Status.PASSED, result.findings


def test_a_short_file_that_links_to_the_guide_in_the_repository_passes(git_repo, lint):
    git_repo.files(
        {
            "CONTRIBUTING.md": "See [our guide](docs/dev/contributing-guide.md).\n",
            "docs/dev/contributing-guide.md": GUIDE_EN,
        }
    )
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"CONTRIBUTORS.md": "# Contributors\n\n- Alice Martin\n- Bob Leroy\n- Chloé Dubois\n"},
        {"CONTRIBUTEURS": "Alice Martin, Bob Leroy, Chloé Dubois, Diane Petit, Éric Roux\n"},
        {"AUTHORS": "Alice Martin <alice@numerique.gouv.fr>\nBob Leroy <bob@example.org>\n"},
        {"vendor/leaflet/CONTRIBUTING.md": GUIDE_EN},
        {"tests/fixtures/CONTRIBUTING.md": GUIDE_EN},
        {"contributing.py": SOURCE},
        {"src/contributing.py": SOURCE},
        {"README.md": "# Cartofaune\n\nMaps wildlife. Contributions welcome!\n"},
    ],
    ids=["none", "contributors", "contributeurs", "authors", "vendored", "fixture",
         "source-root", "source-src", "readme-one-liner"],
)
def test_no_guide_fails_as_missing(git_repo, lint, files):
    git_repo.files({"main.py": "print('hello')\n", **files})
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]
    assert result.findings[0].fix


@pytest.mark.parametrize(
    "heading", ["## Contributing", "## Contribuer", "Contributions\n-------------"]
)
def test_a_readme_section_that_only_welcomes_contributions_fails(git_repo, lint, heading):
    git_repo.files({"README.md": f"# Cartofaune\n\nMaps wildlife.\n\n{heading}\n\nWelcome!\n"})
    finding = lint(git_repo.path, "contributing-guide")["contributing-guide"].findings[0]
    assert (finding.key, finding.path, finding.advice) == ("missing", "README.md", False)
    assert finding.line is not None and finding.line > 3


def test_hacking_alone_is_named_but_does_not_count(git_repo, lint):
    git_repo.files({"HACKING": "Build with `make`, run `make check`, follow PEP 8 and " * 3})
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert result.status is Status.FAILED
    assert (result.findings[0].key, result.findings[0].path) == ("missing", "HACKING")


@pytest.mark.parametrize(
    "path, text",
    [
        ("CONTRIBUTING.md", ""),
        ("CONTRIBUTING.md", "# Contributing\n\nTODO\n"),
        (".github/CONTRIBUER.md", "# Contribuer\n\nÀ compléter.\n"),
        ("docs/contributing.rst", "Contributing\n============\n"),
    ],
)
def test_an_empty_guide_fails(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert result.status is Status.FAILED
    assert [(f.key, f.path) for f in result.findings] == [("empty", path)]


def test_an_empty_file_fails_even_with_a_readme_section(git_repo, lint):
    git_repo.files({"CONTRIBUTING.md": "", "README.md": SECTION_EN})
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert [f.key for f in result.findings] == ["empty"]


@pytest.mark.parametrize(
    "path, text, missing",
    [
        ("CONTRIBUTING.md", GUIDE_CODE_ONLY, {"no-report", "no-non-code"}),
        (".github/CONTRIBUTING.md", GUIDE_CODE_ONLY, {"no-report", "no-non-code"}),
        (
            "CONTRIBUER.md",
            "# Contribuer\n\nSignalez les anomalies dans un ticket, en précisant votre "
            "navigateur, la page concernée et ce que vous attendiez.\n",
            {"no-change", "no-non-code"},
        ),
        (
            "docs/contributing/index.md",
            GUIDE_EN.split("## Without")[0],
            {"no-non-code"},
        ),
    ],
)
def test_a_guide_missing_parts_passes_with_advice(git_repo, lint, path, text, missing):
    git_repo.files({path: text})
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert {f.key for f in result.findings} == missing
    assert all(f.advice and f.path == path and f.fix for f in result.findings)


def test_the_readme_section_completes_the_guide(git_repo, lint):
    git_repo.files({"CONTRIBUTING.md": GUIDE_EN.split("## Without")[0], "README.md": SECTION_EN})
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "path, readme",
    [
        ("README.md", SECTION_EN),
        (
            "README.md",
            SECTION_EN.replace("## Contributing", "Comment contribuer ?\n--------------------"),
        ),
        # AsciiDoc headings count in an AsciiDoc file (in a .md file they are a paragraph).
        (
            "README.adoc",
            SECTION_EN.replace("## Contributing", "=== Contributing").replace("# ", "= "),
        ),
    ],
    ids=["markdown", "underlined-french", "asciidoc"],
)
def test_a_substantial_readme_section_passes_with_advice(git_repo, lint, path, readme):
    git_repo.files({path: readme})
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["readme-section"]
    assert result.findings[0].path == path


def test_a_readme_section_with_subsections_counts_as_a_whole(git_repo, lint):
    readme = (
        "# Cartofaune\n\n## Contributing\n\nEvery kind of help is welcome.\n\n"
        "### Reporting bugs\n\nOpen an issue with the page, your browser and what you saw.\n\n"
        "### Changes\n\nSend a merge request from a branch of your fork; translations go "
        "through Weblate.\n\n## Licence\n\nMIT\n"
    )
    git_repo.files({"README.md": readme})
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert [f.key for f in result.findings] == ["readme-section"]


@pytest.mark.parametrize(
    "path, text",
    [
        ("CONTRIBUTING.md", "See https://docs.cartofaune.org/contributing\n"),
        (
            ".github/CONTRIBUTING.md",
            "Notre guide de contribution est en ligne : <https://cartofaune.fr/contribuer>.\n",
        ),
    ],
)
def test_a_file_that_points_elsewhere_passes_with_advice(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [(f.key, f.path) for f in result.findings] == [("points-elsewhere", path)]


def test_messages_follow_the_language(git_repo, plain_dir, lint):
    git_repo.files({"CONTRIBUTING.md": GUIDE_CODE_ONLY})
    findings = lint(git_repo.path, "contributing-guide", language="fr")[
        "contributing-guide"
    ].findings
    assert any("ne dit pas comment signaler un problème" in f.message for f in findings)
    plain_dir.write("main.py", "print('hello')\n")
    missing = lint(plain_dir.path, "contributing-guide", language="fr")["contributing-guide"]
    assert "Aucun guide de contribution" in missing.findings[0].message


def test_plain_directory(plain_dir, lint):
    plain_dir.write("CONTRIBUER.md", GUIDE_FR)
    assert lint(plain_dir.path, "contributing-guide")["contributing-guide"].status is Status.PASSED


# ----- issue 9: an invitation is not a guide -------------------------------------------

@pytest.mark.parametrize(
    "section",
    [
        "## Contributing\n\nContributing is always appreciated.\nFeel free to open issues, "
        "fork or submit a pull request.\nTo know more about adding fields, check out the "
        "[upstream project](https://github.com/upstream/spec) and its "
        "[CONTRIBUTING.md](https://github.com/upstream/spec/blob/main/CONTRIBUTING.md) "
        "guidelines.\n",
        "## Contribuer\n\nLes contributions sont les bienvenues !\nN'hésitez pas à ouvrir "
        "un ticket ou une demande de fusion.\nPour en savoir plus, consultez le "
        "[guide du projet amont](https://forge.amont.fr/guide).\n",
        "## Contributing\n\nPull requests are welcome. For major changes, please open an "
        "issue first.\n\nThank you to everyone who has contributed so far!\n",
    ],
    ids=["invitation-and-pointer", "fr", "two-invitations"],
)
def test_an_invitation_section_is_not_a_guide(git_repo, lint, section):
    git_repo.files({"README.md": "# Outil\n\nA tool.\n\n" + section + "\n## Licence\n\nMIT\n"})
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert result.status is Status.FAILED, result.findings
    assert result.findings[0].key == "missing"


def test_an_explaining_section_with_a_welcome_still_stands_in(git_repo, lint):
    section = (
        "## Contribuer\n\nToutes les contributions sont les bienvenues.\n\n"
        "Signalez les anomalies dans le gestionnaire de tickets en décrivant la page et le "
        "navigateur ; proposez vos corrections par une demande de fusion depuis une branche "
        "de votre fork ; les traductions passent par Weblate.\n"
    )
    git_repo.files({"README.md": "# Outil\n\nUn outil.\n\n" + section})
    result = lint(git_repo.path, "contributing-guide")["contributing-guide"]
    assert result.status is Status.PASSED_WITH_ADVICE, result.findings
    assert result.findings[0].key == "readme-section"

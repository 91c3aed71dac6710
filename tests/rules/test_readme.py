"""readme: a README that says what the project is, wherever forges look for it."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

DESCRIPTION_EN = (
    "# Cartofaune\n\nCartofaune maps wildlife sightings reported by volunteers so that "
    "town councils and nature associations can plan green corridors together. It runs "
    "in any browser and exports open data for public agencies.\n"
)
DESCRIPTION_FR = (
    "# Cartofaune\n\nCartofaune cartographie les observations de faune signalées par des "
    "bénévoles, pour que les communes et les associations naturalistes planifient ensemble "
    "des corridors écologiques. Elle fonctionne dans tout navigateur.\n"
)


@pytest.mark.parametrize(
    "path, text",
    [
        ("README.md", DESCRIPTION_EN),
        ("readme.rst", DESCRIPTION_EN.replace("# Cartofaune", "Cartofaune\n==========")),
        ("README", DESCRIPTION_EN),
        ("LISEZMOI.md", DESCRIPTION_FR),
        ("docs/README.fr.md", DESCRIPTION_FR),
        (".github/README.adoc", DESCRIPTION_EN.replace("# ", "= ")),
    ],
)
def test_a_descriptive_readme_passes(git_repo, lint, path, text):
    git_repo.files({path: text})
    assert lint(git_repo.path, "readme")["readme"].status is Status.PASSED


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"README.md": ""},
        {"README.md": "# Cartofaune\n"},
        {"README.md": "# Cartofaune\n\nTODO: write a description.\n"},
        {"vendor/leaflet/README.md": DESCRIPTION_EN},
        {"tests/fixtures/README.md": DESCRIPTION_EN},
        {"src/README.md": DESCRIPTION_EN},
        {"READ_THIS.md": DESCRIPTION_EN},
    ],
    ids=[
        "none", "empty", "title-only", "placeholder", "vendored", "fixture", "nested", "other-name"
    ],
)
def test_no_descriptive_readme_fails(git_repo, lint, files):
    git_repo.files({"main.py": "print('hello')\n", **files})
    result = lint(git_repo.path, "readme")["readme"]
    assert result.status is Status.FAILED
    assert result.findings[0].fix


def test_message_follows_language(git_repo, lint):
    git_repo.files({"main.py": "print('hello')\n"})
    result = lint(git_repo.path, "readme", language="fr")["readme"]
    assert "Aucun README" in result.findings[0].message


def test_plain_directory(plain_dir, lint):
    plain_dir.write("README.md", DESCRIPTION_FR)
    assert lint(plain_dir.path, "readme")["readme"].status is Status.PASSED


# ----- words of prose, and a paragraph that presents the project -----------------------

LINKS_EN = "".join(f"- [{name}](https://cartofaune.org/{name.lower()})\n" for name in (
    "Website", "Documentation", "Forum", "Chat", "Roadmap", "Translations", "Donate",
    "Newsletter", "Press", "Blog", "Mastodon", "Status", "Security", "Code of conduct",
))
LINKS_FR = LINKS_EN.replace("Website", "Site web").replace("Donate", "Faire un don")
COMMANDS = "## Build\n\n```sh\n" + "make all && make install && make check\n" * 20 + "```\n"


@pytest.mark.parametrize(
    "text",
    [
        "# Cartofaune\n\n" + LINKS_EN,
        "# Cartofaune\n\n" + LINKS_FR + "\n## Installation\n\n" + LINKS_FR,
    ],
    ids=["link-list-en", "liste-de-liens-fr"],
)
def test_a_list_of_links_does_not_present_the_project(git_repo, lint, text):
    git_repo.files({"README.md": text})
    result = lint(git_repo.path, "readme")["readme"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "no-presentation"


@pytest.mark.parametrize(
    "text",
    [
        "# Cartofaune\n\n" + COMMANDS,
        "# Cartofaune\n\n<!-- Cartofaune cartographie la faune pour les communes. -->\n\n"
        + COMMANDS,
    ],
    ids=["commands-only", "presentation-in-a-comment-fr"],
)
def test_commands_do_not_present_the_project(git_repo, lint, text):
    git_repo.files({"README.md": text})
    result = lint(git_repo.path, "readme")["readme"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "no-presentation"


def test_a_tagline_with_a_usage_example_passes(git_repo, lint):
    git_repo.files({"README.md": "# colcut\n\nCut columns out of CSV files, faster than "
                                 "`cut` on very large inputs, with no setup.\n\n```\n"
                                 "colcut -f 2,5 data.csv\n```\n\n"
                                 "Install with `cargo install colcut`.\n"})
    assert lint(git_repo.path, "readme")["readme"].status is Status.PASSED


@pytest.mark.parametrize(
    "text",
    [
        "# hyperbench\n\nA command-line benchmarking tool.\n\n" + LINKS_EN + COMMANDS,
        "# Cartofaune\n\n" + LINKS_FR + "\n## À propos\n\nCartofaune cartographie la faune "
        "pour les communes et les associations.\n",
        "NAME\n    cartofaune - map the wildlife sightings that volunteers report\n\n"
        "DESCRIPTION\n    cartofaune reads a file of sightings and draws the green corridors "
        "that town councils and nature associations can protect, one map per town, with "
        "a legend and a scale, ready to print or to publish online.\n",
    ],
    ids=["tagline-then-links", "a-propos-section-fr", "man-page"],
)
def test_a_short_presentation_with_links_passes(git_repo, lint, text):
    git_repo.files({"README": text})
    result = lint(git_repo.path, "readme")["readme"]
    assert result.status is Status.PASSED, result.findings

"""documentation: a docs tree with pages, a docs site configuration or a link to a docs site."""

from __future__ import annotations

import json

import pytest

from commons_lint.report import Status

README = (
    "# Cartofaune\n\nCartofaune maps wildlife sightings reported by volunteers so that town "
    "councils can plan green corridors.\n"
)
GUIDE_EN = (
    "# User guide\n\nThis guide explains how to record a sighting, how to check the "
    "sightings of your town and how to export them. Open the map, choose the species in "
    "the list, click where you saw it and add a photo if you have one. The sighting is "
    "reviewed by a volunteer naturalist before it appears on the public map; you receive "
    "an e-mail when it is validated.\n"
)
GUIDE_FR = (
    "Guide d'utilisation\n===================\n\nCe guide explique comment saisir une "
    "observation, consulter celles de votre commune et les exporter. Ouvrez la carte, "
    "choisissez l'espèce dans la liste, cliquez à l'endroit de l'observation et ajoutez "
    "une photo si vous en avez une. L'observation est relue par un naturaliste bénévole "
    "avant d'apparaître sur la carte publique ; vous recevez un courriel à sa validation.\n"
)
NOTEBOOK = json.dumps(
    {
        "cells": [
            {"cell_type": "markdown", "source": [GUIDE_EN]},
            {"cell_type": "code", "source": ["import cartofaune\n"]},
        ],
        "nbformat": 4,
    }
)


@pytest.mark.parametrize(
    "files",
    [
        {"docs/user-guide.md": GUIDE_EN},
        {"docs/fr/guide.rst": GUIDE_FR},
        {"doc/manual.adoc": GUIDE_EN.replace("# ", "= ")},
        {"Documentation/index.html": f"<html><body><h1>Guide</h1><p>{GUIDE_EN}</p></body></html>"},
        {"documentation/tutoriel.txt": GUIDE_FR},
        {"docs/tutorial.ipynb": NOTEBOOK},
        {"website/docs/intro.mdx": GUIDE_EN},
        {"wiki/Home.md": GUIDE_FR},
        {"docs/README.md": GUIDE_EN, "README.md": README},
        {"doc/cartofaune.texi": "@node Top\n@top Cartofaune\n\n" + GUIDE_EN},
        {"manual/cartofaune.pod": "=head1 NAME\n\n" + GUIDE_EN},
    ],
    ids=[
        "md", "rst-fr", "adoc", "html", "txt-fr", "notebook", "docusaurus", "wiki",
        "docs-readme", "texinfo", "pod",
    ],
)
def test_a_documentation_tree_passes(git_repo, lint, files):
    git_repo.files({"README.md": README, **files})
    result = lint(git_repo.path, "documentation")["documentation"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "path, text",
    [
        ("mkdocs.yml", "site_name: Cartofaune\nnav:\n  - Home: index.md\n"),
        ("docs/conf.py", "project = 'Cartofaune'\nextensions = []\n"),
        ("docusaurus.config.js", "module.exports = { title: 'Cartofaune' };\n"),
        ("book.toml", "[book]\ntitle = \"Cartofaune\"\n"),
        (".readthedocs.yaml", "version: 2\nsphinx:\n  configuration: docs/conf.py\n"),
        ("docs/_config.yml", "title: Cartofaune\ntheme: minima\n"),
        ("docs/antora.yml", "name: cartofaune\nversion: ~\n"),
    ],
)
def test_a_documentation_site_configuration_passes(git_repo, lint, path, text):
    git_repo.files({"README.md": README, path: text})
    assert lint(git_repo.path, "documentation")["documentation"].status is Status.PASSED


@pytest.mark.parametrize(
    "path, text",
    [("USAGE.md", GUIDE_EN), ("MODE_EMPLOI.md", GUIDE_FR), ("docs/FAQ.rst", GUIDE_EN),
     (".github/MANUEL.md", GUIDE_FR)],
)
def test_a_user_document_beside_the_readme_passes(git_repo, lint, path, text):
    git_repo.files({"README.md": README, path: text})
    assert lint(git_repo.path, "documentation")["documentation"].status is Status.PASSED


@pytest.mark.parametrize(
    "readme",
    [
        README + "\nFull documentation: https://cartofaune.readthedocs.io/en/latest/\n",
        README + "\n[![Documentation Status](https://readthedocs.org/projects/cartofaune/badge/)]"
        "(https://cartofaune.org/guide/)\n",
        README + "\nSee the [user guide](https://cartofaune.frama.io/guide/).\n",
        README + "\n## Documentation\n\nhttps://cartofaune.org/aide\n\n## License\n\nMIT\n",
        "# Cartofaune\n\nCarte participative de la faune.\n\nConsultez le "
        "[manuel](https://cartofaune.fr/manuel) et le [wiki](https://framagit.org/cf/cf/-/wikis/home).\n",
        "Cartofaune\n==========\n\nSee `the documentation <https://docs.cartofaune.org>`_.\n",
        README + "\nInstall it, then read the guide at https://cartofaune.org/guide.\n",
    ],
    ids=["rtd", "badge", "link-text", "section", "fr", "rst", "guide"],
)
def test_a_link_to_a_documentation_site_passes(git_repo, lint, readme):
    git_repo.files({"README.md": readme})
    assert lint(git_repo.path, "documentation")["documentation"].status is Status.PASSED


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"vendor/leaflet/docs/api.md": GUIDE_EN},
        {"tests/fixtures/docs/guide.md": GUIDE_EN},
        {"src/docs.py": "'''" + GUIDE_EN + "'''\n"},
        {"mkdocs.yml": ""},
        {"README.md": README + "\nDocumentation: coming soon.\n"},
        {"README.md": README + "\nRead the [docs](https://example.com/docs).\n"},
        {"README.md": README + "\nBuilt with [Leaflet](https://leafletjs.com) and "
                      "[Django](https://www.djangoproject.com).\n"},
    ],
    ids=[
        "none", "vendored", "fixture", "source", "empty-config", "no-link", "example-link",
        "other-projects",
    ],
)
def test_no_documentation_fails(git_repo, lint, files):
    git_repo.files({"README.md": README, "main.py": "print('hello')\n", **files})
    result = lint(git_repo.path, "documentation")["documentation"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "missing"


@pytest.mark.parametrize(
    "files",
    [
        {"docs/screenshot.png": b"\x89PNG\r\n\x1a\n\x00\x00", "docs/logo.svg": "<svg/>"},
        {"docs/CHANGELOG.md": GUIDE_EN, "docs/CONTRIBUTING.md": GUIDE_EN,
         "docs/LICENSE.txt": GUIDE_EN, "docs/CODE_OF_CONDUCT.md": GUIDE_EN},
        {"docs/index.md": "# Documentation\n\nTODO\n"},
        {"doc/README.md": GUIDE_EN},
    ],
    ids=["images", "community-files", "stub", "only-readme"],
)
def test_a_docs_folder_without_pages_fails(git_repo, lint, files):
    git_repo.files({"main.py": "print('hello')\n", **files})
    result = lint(git_repo.path, "documentation")["documentation"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "no-pages"
    assert result.findings[0].path in files


def test_message_follows_language(git_repo, lint):
    git_repo.files({"README.md": README})
    result = lint(git_repo.path, "documentation", language="fr")["documentation"]
    assert "Aucune documentation" in result.findings[0].message


def test_plain_directory(plain_dir, lint):
    plain_dir.write("README.md", README)
    plain_dir.write("docs/guide.md", GUIDE_FR)
    assert lint(plain_dir.path, "documentation")["documentation"].status is Status.PASSED


# ----- links from prose only; thanks and comparisons link others' pages ---------------

@pytest.mark.parametrize(
    "readme",
    [
        README + "\nThanks to [Ana](https://github.com/ana) for better documentation.\n",
        README + "\nMerci à [Léa](https://lea.example.net) pour une documentation plus "
                 "claire.\n",
        README + "\nUnlike [csvkit](https://csvkit.readthedocs.io), it streams.\n",
        README + "\n```sh\n# documentation: https://cartofaune.readthedocs.io\n```\n",
        README + "\n<!-- Documentation: https://cartofaune.org/guide -->\n",
    ],
    ids=["thanks-en", "merci-fr", "comparison", "code-block", "html-comment"],
)
def test_a_link_that_is_not_the_projects_documentation_fails(git_repo, lint, readme):
    git_repo.files({"README.md": readme, "main.py": "print('hello')\n"})
    result = lint(git_repo.path, "documentation")["documentation"]
    assert result.status is Status.FAILED, result.evidence
    assert result.findings[0].key == "missing"


@pytest.mark.parametrize(
    "readme",
    [
        README + "\nThanks for reading! The documentation is at "
                 "https://cartofaune.readthedocs.io\n",
        README + "\n## Documentation\n\nMerci de lire le [guide](https://cartofaune.fr/guide)"
                 " avant d'ouvrir un ticket.\n",
    ],
    ids=["thanks-then-own-docs", "merci-in-documentation-section-fr"],
)
def test_the_projects_own_documentation_link_still_counts(git_repo, lint, readme):
    git_repo.files({"README.md": readme})
    result = lint(git_repo.path, "documentation")["documentation"]
    assert result.status is Status.PASSED, result.findings


# ----- a repository that is a documentation website -----------------------------------

SITE_PAGES = {
    "pages/index.mdx": "# Welcome\n",
    "pages/install.mdx": "# Install\n",
    "pages/usage.mdx": "# Usage\n",
}


@pytest.mark.parametrize(
    "files",
    [
        {"README.md": "# Documentation of Kiosk\n\nBuilt with Next.js.\n", **SITE_PAGES},
        {"README.md": "# Site de documentation de la GéoAPI\n\nnpm run dev\n",
         "src/content/guide.md": "# Guide\n", "src/content/api.md": "# API\n",
         "src/content/faq.md": "# FAQ\n"},
        {"README.md": "# kiosk-site\n\nnpm start\n",
         "package.json": '{"name": "kiosk-site", "description": "The documentation website '
                         'for Kiosk"}', **SITE_PAGES},
    ],
    ids=["readme-title-en", "titre-fr-content", "package-description"],
)
def test_a_documentation_site_repository_passes(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "documentation")["documentation"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "files",
    [
        {"README.md": "# kiosk-app\n\nAn app showing opening hours.\n", **SITE_PAGES},
        {"README.md": "# Documentation of Kiosk\n\nComing soon.\n",
         "pages/index.mdx": "# Welcome\n"},
        {"README.md": "# Portail\n\nL'application des horaires de la mairie.\n",
         "app/page.tsx": "export default 1\n", "app/layout.tsx": "export default 1\n",
         "app/about/page.tsx": "export default 1\n"},
    ],
    ids=["app-with-pages", "docs-title-one-page", "app-router-fr"],
)
def test_an_app_with_a_pages_folder_is_not_documentation(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "documentation")["documentation"]
    assert result.status is Status.FAILED, result.evidence


def test_thanks_on_the_line_before_do_not_reach_a_new_sentence(git_repo, lint):
    git_repo.files({"README.md": README + "\nThanks to all contributors.\n"
                                 "The documentation is at https://cartofaune.org/guide\n"})
    assert lint(git_repo.path, "documentation")["documentation"].status is Status.PASSED

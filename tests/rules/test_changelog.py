"""changelog: releases documented in a changelog or release notes, or at least tagged."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

KEEP_A_CHANGELOG = """\
# Changelog

All notable changes to Cartofaune are listed here.

## [Unreleased]

## [1.2.0] - 2024-05-01
### Added
- Export of sightings as GeoJSON for regional biodiversity observatories.

## [1.1.0] - 2024-02-12
### Fixed
- The map no longer freezes when a town has more than 10,000 sightings.
"""
RST_CHANGES = """\
Changes
=======

1.2 (unreleased)
----------------

- Volunteers can attach a photo to a sighting.

1.1
---

- First release published on the town councils' portal.
"""
GNU_NEWS = """\
Cartofaune NEWS -- history of user-visible changes.

* Noteworthy changes in release 2.4 (2023-05-03) [stable]

** New features

  The sightings map can be printed on A3 paper for council meetings.
"""
VERSION_ONLY_HISTORY = """\
# History

## v1.2

The export now includes the observer's association when they agree to it.

## v1.1

Sightings can be filtered by species group and by season.
"""
ASCIIDOC_RELEASES = """\
= Releases

== Cartofaune 3.0.1

Fixes the login page for volunteers whose e-mail address contains an apostrophe.
"""
JOURNAL_FR = """\
# Journal des modifications

## Version 2 — 1er mai 2024

- Les bénévoles peuvent joindre une photo à une observation.
- La carte s'affiche plus vite sur les téléphones anciens.
"""
NOTES_DE_VERSION_FR = """\
# Notes de version

## 1.0.0 (15 janvier 2024)

Première version publique, présentée aux communes partenaires du parc naturel.
"""
HISTORIQUE_FR = """\
Historique
==========

01/05/2024 : première version diffusée aux associations naturalistes du département.
"""
NOUVEAUTES_FR = """\
Nouveautés
----------

Sortie 4.2 : export des observations au format ouvert pour les services de l'État.
"""
RELEASE_PAGE = """\
# Cartofaune 1.3

Released on 2024-09-15. Town councils can now share a read-only map with residents.
"""
ORGANISATION_HISTORY = """\
# Our history

Cartofaune started in a nature association near Grenoble, where volunteers were tired
of copying their wildlife sightings from paper notebooks into spreadsheets. Three town
councils joined the project the following year and paid for a first developer; the
regional park then asked for the map to cover the whole valley.
"""
HISTOIRE_FR = """\
# Notre histoire

Cartofaune est né dans une association naturaliste près de Grenoble : les bénévoles en
avaient assez de recopier leurs carnets d'observation dans des tableurs. Trois communes
ont rejoint le projet l'année suivante et ont financé un premier développeur.
"""


@pytest.mark.parametrize(
    "files",
    [
        {"CHANGELOG.md": KEEP_A_CHANGELOG},
        {"changelog": KEEP_A_CHANGELOG},
        {"CHANGES.rst": RST_CHANGES},
        {"NEWS": GNU_NEWS},
        {"HISTORY.md": VERSION_ONLY_HISTORY},
        {"docs/RELEASES.adoc": ASCIIDOC_RELEASES},
        {".github/release-notes.md": KEEP_A_CHANGELOG},
        {".gitlab/Changelog.txt": RST_CHANGES},
        {"JOURNAL_DES_MODIFICATIONS.md": JOURNAL_FR},
        {"docs/NOTES_DE_VERSION.md": NOTES_DE_VERSION_FR},
        {"CHANGEMENTS.rst": RST_CHANGES},
        {"historique.txt": HISTORIQUE_FR},
        {"NOUVEAUTES.md": NOUVEAUTES_FR},
        {"CHANGELOG.fr.md": JOURNAL_FR},
        {"docs/changelog/v1.2.0.md": "- Photos attached to sightings.\n"},
        {"docs/releases/index.md": RELEASE_PAGE},
        {"releases/2024-05-01.md": "Photos can be attached to sightings.\n"},
        {"doc/notes-de-version/1.4": "Export ouvert des observations.\n"},
        {"changelog.d/123.feature.md": "Volunteers can attach a photo to a sighting.\n"},
        {"newsfragments/+photos.bugfix.rst": "The photo upload no longer times out.\n"},
        {"news/1234.feature": "Sightings can be exported as GeoJSON.\n"},
    ],
    ids=[
        "keep-a-changelog", "lowercase-no-extension", "rst-changes", "gnu-news",
        "v-headings", "docs-asciidoc", "github-release-notes", "gitlab-txt",
        "journal-fr", "docs-notes-de-version", "changements-rst", "historique-date-fr",
        "nouveautes-sortie", "language-variant", "docs-changelog-folder",
        "docs-releases-page", "releases-folder-dated", "notes-de-version-folder",
        "towncrier-changelog-d", "towncrier-newsfragments", "towncrier-news",
    ],
)
def test_documented_releases_pass(git_repo, lint, files):
    git_repo.files({"main.py": "print('hello')\n", **files})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"src/changes.py": "CHANGES = ['1.2.0 - 2024-05-01']\n"},
        {"vendor/leaflet/CHANGELOG.md": KEEP_A_CHANGELOG},
        {"node_modules/leaflet/CHANGELOG.md": KEEP_A_CHANGELOG},
        {"tests/fixtures/CHANGELOG.md": KEEP_A_CHANGELOG},
        {"packages/map/src/HISTORY.md": VERSION_ONLY_HISTORY},
        {"news/2024-05-01-launch.md": "# We launched!\n\nOn 2024-05-01 the site opened.\n"},
        {"docs/releases/.gitkeep": ""},
        {"changelog.d/.gitignore": "!.gitignore\n", "changelog.d/template.md": "{{ x }}\n"},
        {"RELEASE.md": "How to release: bump the number, build, upload, announce it.\n"},
        {"CHANGELOG.md.orig": KEEP_A_CHANGELOG},
    ],
    ids=[
        "none", "source-file", "vendored", "node-modules", "fixture", "nested-package",
        "website-news-folder", "empty-releases-folder", "fragment-folder-without-fragment",
        "release-process", "backup-copy",
    ],
)
def test_nothing_documented_fails(git_repo, lint, files):
    git_repo.files({"main.py": "print('hello')\n", **files})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]
    assert result.findings[0].fix


@pytest.mark.parametrize(
    "path, text",
    [
        ("CHANGELOG.md", ""),
        ("CHANGELOG.md", "# Changelog\n\nTODO\n"),
        ("NEWS.rst", "News\n====\n\nComing soon.\n"),
        ("docs/JOURNAL_DES_MODIFICATIONS.md", "# Journal des modifications\n\nÀ venir.\n"),
        ("docs/releases/index.md", "# Releases\n"),
    ],
    ids=["empty", "todo", "coming-soon", "a-venir-fr", "releases-folder-title"],
)
def test_placeholder_fails(git_repo, lint, path, text):
    git_repo.files({"main.py": "print('hello')\n", path: text})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.FAILED
    assert [(f.key, f.path) for f in result.findings] == [("empty", path)]


@pytest.mark.parametrize(
    "path, text",
    [("HISTORY.md", ORGANISATION_HISTORY), ("docs/HISTORIQUE.md", HISTOIRE_FR)],
)
def test_text_without_versions_passes_with_advice(git_repo, lint, path, text):
    git_repo.files({"main.py": "print('hello')\n", path: text})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [(f.key, f.path) for f in result.findings] == [("no-versions", path)]


@pytest.mark.parametrize(
    "path, text",
    [
        ("CHANGELOG.md", "See https://github.com/parc-naturel/cartofaune/releases\n"),
        ("docs/NOTES_DE_VERSION.md",
         "Voir [les versions](https://gitlab.example.org/parc/cartofaune/-/releases).\n"),
    ],
)
def test_link_to_forge_releases_passes_with_advice(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [(f.key, f.path) for f in result.findings] == [("link-only", path)]
    assert ")" not in result.findings[0].message


@pytest.mark.parametrize("tag", ["v1.0.0", "2.3", "release-2024-05", "cartofaune-1.4"])
def test_tags_without_changelog_pass_with_advice(git_repo, lint, tag):
    git_repo.files({"main.py": "print('hello')\n"})
    git_repo.tag(tag)
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["tags-only"]
    assert tag in result.findings[0].message


@pytest.mark.parametrize("tag", ["backup", "before-rewrite", "test2"])
def test_tags_that_name_no_release_do_not_count(git_repo, lint, tag):
    git_repo.files({"main.py": "print('hello')\n"})
    git_repo.tag(tag)
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]


def test_tags_and_a_changelog_pass(git_repo, lint):
    git_repo.files({"CHANGELOG.md": KEEP_A_CHANGELOG})
    git_repo.tag("v1.2.0")
    assert lint(git_repo.path, "changelog")["changelog"].status is Status.PASSED


def test_tags_make_an_empty_changelog_advice(git_repo, lint):
    git_repo.files({"CHANGELOG.md": "# Changelog\n"})
    git_repo.tag("v1.0.0")
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["empty"]


def test_one_good_file_is_enough(git_repo, lint):
    git_repo.files({"HISTORY.md": ORGANISATION_HISTORY, "docs/CHANGELOG.md": KEEP_A_CHANGELOG})
    assert lint(git_repo.path, "changelog")["changelog"].status is Status.PASSED


def test_repository_without_commit(git_repo, lint):
    git_repo.write("main.py", "print('hello')\n")
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]


def test_plain_directory_with_changelog(plain_dir, lint):
    plain_dir.write("CHANGELOG.md", KEEP_A_CHANGELOG)
    assert lint(plain_dir.path, "changelog")["changelog"].status is Status.PASSED


def test_plain_directory_without_changelog(plain_dir, lint):
    plain_dir.write("main.py", "print('hello')\n")
    result = lint(plain_dir.path, "changelog")["changelog"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]


def test_message_follows_language(git_repo, lint):
    git_repo.files({"main.py": "print('hello')\n"})
    git_repo.tag("v1.0.0")
    finding = lint(git_repo.path, "changelog", language="fr")["changelog"].findings[0]
    assert "étiquetées" in finding.message
    assert "journal des modifications" in finding.message

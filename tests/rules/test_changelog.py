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
def test_tags_alone_are_not_a_changelog(git_repo, lint, tag):
    git_repo.files({"main.py": "print('hello')\n"})
    git_repo.tag(tag)
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["tags-only"]
    assert not result.findings[0].advice
    assert tag in result.findings[0].message
    assert "One release is tagged" in result.findings[0].message
    assert result.facts["tags"] == 1
    assert result.facts["last_release"] == tag
    assert result.facts["changelog"] is None


@pytest.mark.parametrize(
    "language, count, expected",
    [
        ("en", 1, "One release is tagged in Git (v1.0.0)"),
        ("en", 3, "3 releases are tagged in Git (latest v1.2.0)"),
        ("fr", 1, "Une version est étiquetée dans Git (v1.0.0)"),
        ("fr", 3, "3 versions sont étiquetées dans Git (la dernière : v1.2.0)"),
    ],
)
def test_tags_only_message_counts_the_tags(git_repo, lint, language, count, expected):
    git_repo.files({"main.py": "print('hello')\n"})
    for minor in range(count):
        if minor:
            git_repo.files({"main.py": f"print({minor})\n"}, f"Release 1.{minor}.0")
        stamp = {"GIT_COMMITTER_DATE": f"2024-0{minor + 1}-01T12:00:00+00:00"}
        git_repo.git("tag", "-a", f"v1.{minor}.0", "-m", f"v1.{minor}.0", env=stamp)
    result = lint(git_repo.path, "changelog", language=language)["changelog"]
    assert result.status is Status.FAILED
    assert result.findings[0].message.startswith(expected)
    assert result.facts["tags"] == count


@pytest.mark.parametrize(
    "tags",
    [
        ["ECS-PREVIEW-SUCCESS-2024-01-02-874f7", "PAAS-STAGING-SUCCESS-2024-03-14-d8f34"],
        ["deploy-prod-20240501", "deployed-2024-05-02"],
        ["production-2024.05.01", "rollback-2024-05-03"],
    ],
    ids=["pipeline-success", "deploy", "production-rollback"],
)
def test_deployment_marker_tags_are_no_releases(git_repo, lint, tags):
    git_repo.files({"main.py": "print('hello')\n"})
    for tag in tags:
        git_repo.tag(tag)
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]
    assert result.facts["tags"] == 0


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


def test_tags_do_not_make_an_empty_changelog_pass(git_repo, lint):
    git_repo.files({"CHANGELOG.md": "# Changelog\n"})
    git_repo.tag("v1.0.0")
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.FAILED
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
    assert "étiquetée" in finding.message
    assert "journal des modifications" in finding.message


# ----- issue 9: where real projects keep their release notes ------------------------------

PACKAGE_CHANGELOG = """\
# Changelog

## 0.4.0 - 2025-02-11

- The parser accepts archives written by version 0.3.
"""
PACKAGE_CHANGELOG_FR = """\
# Journal des modifications

## 3.2.0

- Nouveau calcul de l'aide à l'embauche pour les apprentis.
"""
ROOT_POINTER = """\
# Change log

Each crate of this repository keeps its own change log:

* [core](crates/core/CHANGELOG.md)
* [cli](cli/CHANGELOG.md)
"""
DEBIAN = """\
refuge (4.1.2) stable; urgency=low

  * Backups of the mail server are now encrypted.

 -- Camille Rousseau <camille@example.org>  Tue, 04 Mar 2025 10:12:00 +0100
"""
GIT_STYLE_NOTE = "Refuge v{version} Release Notes\n=========================\n\n * Faster sync.\n"


@pytest.mark.parametrize(
    "files, changelog",
    [
        ({"package.json": "{}\n", "packages/core/package.json": "{}\n",
          "packages/core/CHANGELOG.md": PACKAGE_CHANGELOG}, "packages/core/CHANGELOG.md"),
        ({"Cargo.toml": "[workspace]\n", "crates/parser/Cargo.toml": "[package]\n",
          "crates/parser/CHANGELOG.md": PACKAGE_CHANGELOG}, "crates/parser/CHANGELOG.md"),
        ({"apps/portail/mix.exs": "defmodule Portail.MixProject do\nend\n",
          "apps/portail/CHANGELOG.md": PACKAGE_CHANGELOG}, "apps/portail/CHANGELOG.md"),
        ({"modele-social/package.json": "{}\n",
          "modele-social/CHANGELOG.md": PACKAGE_CHANGELOG_FR}, "modele-social/CHANGELOG.md"),
        ({"bindings/python/pyproject.toml": "[project]\n",
          "bindings/python/HISTORY.rst": "History\n=======\n\n1.0.2 (2025-01-09)\n-----\n"},
         "bindings/python/HISTORY.rst"),
    ],
    ids=["js-packages", "rust-crates", "elixir-umbrella", "fr-package-with-manifest",
         "python-binding"],
)
def test_changelogs_of_the_packages_of_a_monorepo_count(git_repo, lint, files, changelog):
    git_repo.files({"README.md": "# Refuge\n", **files})
    git_repo.tag("v1.0.0")
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED, result.findings
    assert result.facts["changelog"] == changelog
    assert result.facts["package_changelogs"] == [changelog]
    assert result.evidence[0].path == changelog


def test_a_root_changelog_pointing_to_the_packages_is_evidence(git_repo, lint):
    git_repo.files({
        "CHANGELOG.md": ROOT_POINTER,
        "crates/core/Cargo.toml": "[package]\n", "crates/core/CHANGELOG.md": PACKAGE_CHANGELOG,
        "cli/Cargo.toml": "[package]\n", "cli/CHANGELOG.md": PACKAGE_CHANGELOG_FR,
    })
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED, result.findings
    assert result.facts["package_changelogs"] == ["cli/CHANGELOG.md", "crates/core/CHANGELOG.md"]
    # The package the root names first, whatever the alphabetical order.
    assert result.facts["changelog"] == "crates/core/CHANGELOG.md"
    assert "CHANGELOG.md" in [e.path for e in result.evidence]


@pytest.mark.parametrize(
    "files",
    [
        # A changelog deep inside the code of one component, not at a package's root.
        {"apps/portail/mix.exs": "x\n",
         "apps/portail/lib/validators/netex/CHANGELOG.md": PACKAGE_CHANGELOG},
        # A folder with no manifest, below the usual package depth.
        {"src/vendor_tools/extra/CHANGELOG.md": PACKAGE_CHANGELOG},
        # A package's changelog that is a template without any release.
        {"packages/core/package.json": "{}\n",
         "packages/core/CHANGELOG.md": "# Changelog\n\n## [Unreleased]\n"},
    ],
    ids=["inside-component-code", "deep-folder", "package-template"],
)
def test_changelogs_that_are_no_package_changelog_do_not_count(git_repo, lint, files):
    git_repo.files({"README.md": "# Refuge\n", **files})
    git_repo.tag("v1.0.0")
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.FAILED
    assert result.facts["changelog"] is None


def test_debian_changelog_counts(git_repo, lint):
    git_repo.files({"README.md": "# Refuge\n", "debian/changelog": DEBIAN,
                    "debian/control": "Source: refuge\n"})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED, result.findings
    assert result.facts["changelog"] == "debian/changelog"
    assert result.facts["latest_version"] == "4.1.2"


@pytest.mark.parametrize("folder", ["Documentation/RelNotes", "doc/whatsnew", "relnotes"])
def test_a_folder_of_notes_per_version_gives_the_newest(git_repo, lint, folder):
    versions = ["1.9.0", "2.10.0", "2.9.1", "1.10.0"]
    git_repo.files({
        f"{folder}/{version}.adoc": GIT_STYLE_NOTE.format(version=version)
        for version in versions
    })
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED, result.findings
    assert result.facts["changelog"] == f"{folder}/2.10.0.adoc"
    assert result.facts["latest_version"] == "2.10.0"


@pytest.mark.parametrize(
    "path",
    ["docs/content/changelog.md", "website/docs/release-notes.mdx",
     "docs/src/pages/notes-de-version.md", "site/journal-des-modifications.md"],
)
def test_a_changelog_page_of_the_documentation_site_counts(git_repo, lint, path):
    git_repo.files({"README.md": "# Refuge\n", path: KEEP_A_CHANGELOG})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED, result.findings
    assert result.facts["changelog"] == path


KEEP_A_CHANGELOG_TEMPLATE = """\
# Changelog

All notable changes to this project will be documented in this file.

The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

## [Unreleased]

### Added

### Changed

### Fixed

[unreleased]: https://github.com/refuge/refuge/compare/v0.0.0...HEAD
"""
TEMPLATE_FR = """\
# Journal des modifications

Toutes les modifications notables de ce projet seront documentées dans ce fichier,
selon le format [Keep a Changelog](https://keepachangelog.com/fr/1.1.0/).

## [x.y.z] - AAAA-MM-JJ

### Ajouté

### Modifié

### Corrigé
"""
CODE_BLOCK_ONLY = """\
# Changelog

This file will list the changes of each release. To install a given one:

```
pip install refuge==2.4.1
```
"""


@pytest.mark.parametrize(
    "text", [KEEP_A_CHANGELOG_TEMPLATE, TEMPLATE_FR, CODE_BLOCK_ONLY],
    ids=["keep-a-changelog-template", "gabarit-fr", "version-in-code-block"],
)
def test_a_changelog_template_with_no_version_fails(git_repo, lint, text):
    git_repo.files({"README.md": "# Refuge\n", "CHANGELOG.md": text})
    result = lint(git_repo.path, "changelog")["changelog"]
    if text is CODE_BLOCK_ONLY:  # real prose, no release: advice, not a pass on 2.4.1
        assert result.status is Status.PASSED_WITH_ADVICE
        assert [f.key for f in result.findings] == ["no-versions"]
    else:
        assert result.status is Status.FAILED
        assert [f.key for f in result.findings] == ["empty"]


@pytest.mark.parametrize(
    "files",
    [
        {"changelog/__init__.py": "", "changelog/render.py": "TEMPLATE = '## {version}'\n",
         "changelog/README.md": "Renders CHANGELOG.md from the commits. Needs Jinja 3.1.2.\n"},
        {"releases/deploy.sh": "#!/bin/sh\n", "releases/notes.md": "Uses Node 20.11.1\n"},
    ],
    ids=["changelog-generator-package", "release-scripts"],
)
def test_a_changelog_folder_of_code_is_no_release_notes(git_repo, lint, files):
    git_repo.files({"README.md": "# Refuge\n", **files})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]


WEBSITE_NEWS = """\
# News

## 2025-03-12 — General assembly of the association

The general assembly will be held at the town hall of Meylan; all members are invited
to vote on the budget and elect the new board.

## 2025-01-20 — New opening hours

The repair café now opens every second Saturday of the month, from 9 to 12.
"""
ACTUALITES_FR = """\
# Nouveautés

## 12 mars 2025 — Assemblée générale

L'assemblée générale se tiendra à la mairie de Meylan ; tous les adhérents sont invités
à voter le budget et à élire le nouveau bureau.
"""


@pytest.mark.parametrize("path, text", [("NEWS.md", WEBSITE_NEWS),
                                        ("NOUVEAUTES.md", ACTUALITES_FR)])
def test_news_of_a_website_is_no_changelog(git_repo, lint, path, text):
    git_repo.files({"README.md": "# Repair café website\n", path: text})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]


def test_news_naming_versions_is_a_changelog(git_repo, lint):
    git_repo.files({"NEWS.md": WEBSITE_NEWS.replace("New opening hours", "Refuge 2.1.0 is out")})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED
    assert result.facts["latest_version"] == "2.1.0"


def test_facts_of_a_documented_and_tagged_project(git_repo, lint):
    git_repo.files({"CHANGELOG.md": KEEP_A_CHANGELOG})
    git_repo.git("tag", "-a", "v1.2.0", "-m", "1.2.0",
                 env={"GIT_COMMITTER_DATE": "2024-05-01T12:00:00+00:00"})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED
    assert result.facts == {
        "changelog": "CHANGELOG.md", "latest_version": "1.2.0", "tags": 1,
        "last_release": "v1.2.0", "last_release_date": "2024-05-01",
    }


def _forge(notes: str | None):
    from commons_lint.forge import ForgeInfo, Release

    return ForgeInfo(
        forge="gitlab", project="parc/cartofaune", source="GitLab (https://gitlab.example.org)",
        latest_release=Release(tag="v1.3.0", name="Version 1.3", notes=notes),
    )


@pytest.mark.parametrize(
    "language, notes, expected",
    [
        ("en", "Town councils can now share a read-only map with residents.",
         "release notes of v1.3.0 on GitLab"),
        ("fr", "Les communes peuvent partager une carte en lecture seule.",
         "notes de version de v1.3.0 sur GitLab"),
    ],
)
def test_forge_release_notes_count_when_no_file_does(git_repo, lint, language, notes,
                                                      expected):
    from commons_lint.forge import forge_in_use

    git_repo.files({"main.py": "print('hello')\n"})
    git_repo.tag("v1.3.0")
    with forge_in_use(_forge(notes)):
        result = lint(git_repo.path, "changelog", language=language)["changelog"]
    assert result.status is Status.PASSED
    assert result.facts["forge_release_notes"] == "v1.3.0"
    assert result.reason.startswith(expected)


@pytest.mark.parametrize("notes", [None, "Version 1.3", "v1.3.0 — Version 1.3"])
def test_forge_releases_without_notes_do_not_count(git_repo, lint, notes):
    from commons_lint.forge import forge_in_use

    git_repo.files({"main.py": "print('hello')\n"})
    git_repo.tag("v1.3.0")
    with forge_in_use(_forge(notes)):
        result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["tags-only"]


LICENSED_NOTES = """\
Licensed to the Foundation under one or more contributor agreements. The Foundation
licenses this file to you under the Apache License, Version 2.0 (the "License").

Refuge 3.20.0 Release Notes
---------------------------

This release brings encrypted backups.
"""
LICENCE_NOTE_FR = """\
Ce fichier est diffusé sous la licence EUPL version 1.2.

# Notes de version

## 2.4.1 (3 mars 2025)

- Sauvegardes chiffrées.
"""
SERIES_TITLE = """\
# Changelog

> ## Refuge v1

## v1.14

### [v1.14.4](https://example.org/refuge/compare/v1.14.3...v1.14.4) - 3 mars 2026

- Corrige une faille potentielle.
"""


@pytest.mark.parametrize(
    "path, text, version",
    [
        ("RELEASE-NOTES.txt", LICENSED_NOTES, "3.20.0"),
        ("NOTES_DE_VERSION.md", LICENCE_NOTE_FR, "2.4.1"),
        ("CHANGELOG.md", SERIES_TITLE, "1.14"),
        ("CHANGELOG.md", KEEP_A_CHANGELOG, "1.2.0"),
    ],
    ids=["apache-licence-header", "licence-eupl-fr", "series-title", "keep-a-changelog"],
)
def test_latest_documented_version(git_repo, lint, path, text, version):
    git_repo.files({path: text})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is Status.PASSED
    assert result.facts["latest_version"] == version
    assert result.reason.startswith(f"{path}, latest version {version}")


def test_a_licence_notice_alone_is_no_release(git_repo, lint):
    git_repo.files({"CHANGES.txt": LICENSED_NOTES.split("Refuge")[0]})
    result = lint(git_repo.path, "changelog")["changelog"]
    assert result.status is not Status.PASSED

"""project-metadata: name, description and homepage from the README and metadata files."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

README_EN = (
    "# Cartofaune\n\n[![CI](https://github.com/cf/cf/actions/workflows/ci.yml/badge.svg)]"
    "(https://github.com/cf/cf/actions)\n\nCartofaune maps wildlife sightings reported by "
    "volunteers so that town councils can plan green corridors.\n\n## Install\n\n"
    "    pip install cartofaune\n"
)
README_FR = (
    "Cartofaune\n==========\n\nÀ propos\n--------\n\nCartofaune cartographie les "
    "observations de faune signalées par des bénévoles, pour les communes.\n"
)
TITLE_ONLY = "# Cartofaune\n\n## Installation\n\nRun `make` then `make install` as root, and "
TITLE_ONLY += "check that the binary is in your PATH before going on.\n"

PYPROJECT = """\
[project]
name = "cartofaune"
description = "Maps wildlife sightings for town councils"

[project.urls]
Homepage = "https://cartofaune.org"
Source = "https://framagit.org/cartofaune/cartofaune"
"""
POETRY = """\
[tool.poetry]
name = "cartofaune"
description = "Maps wildlife sightings"
homepage = "https://cartofaune.org"
"""
SETUP_CFG = """\
[metadata]
name = cartofaune
description = Maps wildlife sightings for town councils
project_urls =
    Homepage = https://cartofaune.org
    Tracker = https://framagit.org/cartofaune/cartofaune/-/issues
"""
PACKAGE_JSON = (
    '{"name": "cartofaune", "description": "Carte de la faune", '
    '"homepage": "https://cartofaune.fr"}'
)
COMPOSER_JSON = (
    '{"name": "ville/cartofaune", "description": "Carte de la faune", '
    '"homepage": "https://cartofaune.fr", "require": {}}'
)
CARGO = """\
[package]
name = "cartofaune"
description = "Maps wildlife sightings"
homepage = "https://cartofaune.org"
"""
CARGO_WORKSPACE = """\
[workspace]
members = ["core"]

[workspace.package]
description = "Maps wildlife sightings"
homepage = "https://cartofaune.org"
"""
POM = """\
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <artifactId>cartofaune</artifactId>
  <name>Cartofaune</name>
  <description>Carte participative de la faune</description>
  <url>https://cartofaune.fr</url>
</project>
"""
GEMSPEC = """\
Gem::Specification.new do |spec|
  spec.name = "cartofaune"
  spec.summary = %q{Maps wildlife sightings}
  spec.homepage = 'https://cartofaune.org'
end
"""
PUBLICCODE = """\
publiccodeYmlVersion: "0.4"
name: Cartofaune
url: https://framagit.org/cartofaune/cartofaune
landingURL: https://cartofaune.fr
description:
  fr:
    shortDescription: Carte participative de la faune
"""
CODEMETA = (
    '{"@context": "https://w3id.org/codemeta/3.0", "name": "Cartofaune", '
    '"description": "Maps wildlife sightings", "url": "https://cartofaune.org"}'
)


@pytest.mark.parametrize(
    "path, text",
    [
        ("pyproject.toml", PYPROJECT),
        ("pyproject.toml", POETRY),
        ("setup.cfg", SETUP_CFG),
        ("package.json", PACKAGE_JSON),
        ("composer.json", COMPOSER_JSON),
        ("Cargo.toml", CARGO),
        ("Cargo.toml", CARGO_WORKSPACE),
        ("pom.xml", POM),
        ("cartofaune.gemspec", GEMSPEC),
        ("publiccode.yml", PUBLICCODE),
        ("codemeta.json", CODEMETA),
    ],
)
def test_metadata_files_give_all_three(git_repo, lint, path, text):
    git_repo.files({"README.md": "# Cartofaune\n", path: text})
    result = lint(git_repo.path, "project-metadata")["project-metadata"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "path, text",
    [
        ("README.md", README_EN + "\nWebsite: https://cartofaune.org\n"),
        ("README.rst", README_FR + "\nSite web : `cartofaune.fr <https://cartofaune.fr>`_\n"),
        ("LISEZMOI.md", "# Cartofaune\n\nCarte de la faune pour les communes et les "
                        "associations naturalistes.\n\nVisitez [le site](https://cartofaune.fr).\n"),
        ("README.md", '<h1 align="center">Cartofaune</h1>\n\n<p align="center">Maps wildlife '
                      "sightings reported by volunteers for town councils.</p>\n\n"
                      "Homepage: https://cartofaune.org\n"),
        ("README.md", "# kiosk\n\nkiosk runs information screens in libraries and town "
                      "halls, managed from a web page. See https://kiosk.org.\n"),
    ],
)
def test_the_readme_alone_can_give_all_three(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "project-metadata")["project-metadata"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "files",
    [
        {"README.md": README_EN},
        {"README.rst": README_FR},
        {"README.md": README_EN + "\nCode: https://github.com/cf/cf\n"
                      "[![PyPI](https://img.shields.io/pypi/v/cf)](https://pypi.org/project/cf)\n"},
        {"README.md": README_EN + "\nWebsite: https://example.com\n"},
        {"README.md": "# Cartofaune\n", "package.json": '{"name": "cartofaune", '
                      '"description": "Carte de la faune", "repository": "framagit:cf/cf"}'},
    ],
    ids=["en", "fr", "forge-and-registry-links", "example-site", "package-without-homepage"],
)
def test_a_missing_homepage_is_advice(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "project-metadata")["project-metadata"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["no-homepage"]


@pytest.mark.parametrize(
    "files",
    [
        {"main.py": "print('hello')\n"},
        {"README.md": "# Cartofaune\n"},
        {"README.md": TITLE_ONLY},
        {"README.md": "# Cartofaune\n\n[![CI](https://ci.example.org/badge.svg)](https://ci.x)\n"},
        {"README.md": "# Cartofaune\n", "pyproject.toml": '[project]\nname = "cartofaune"\n'
                      'description = "Add your description here"\n'},
        {"README.md": "# Cartofaune\n",
         "package.json": '{"name": "cartofaune", "description": ""}'},
        {"README.md": "# Cartofaune\n", "setup.py": "setup(name='cartofaune', "
                      "description='Maps wildlife sightings for councils')\n"},
        {"README.md": "# Cartofaune\n", "vendor/lib/package.json": PACKAGE_JSON},
        {"README.md": "# Cartofaune\n", "tests/fixtures/README.md": README_EN},
    ],
    ids=[
        "nothing", "title-only", "build-instructions", "badges", "uv-placeholder",
        "npm-empty", "setup-py-not-run", "vendored", "fixture",
    ],
)
def test_no_description_fails(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "project-metadata")["project-metadata"]
    assert result.status is Status.FAILED
    assert "no-description" in [f.key for f in result.findings]


def test_no_name_is_advice(git_repo, lint):
    git_repo.files({"README.md": "Maps wildlife sightings reported by volunteers for town "
                                 "councils.\n\nWebsite: https://cartofaune.org\n"})
    result = lint(git_repo.path, "project-metadata")["project-metadata"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["no-name"]


@pytest.mark.parametrize(
    "path, text, line",
    [
        ("pyproject.toml", '[project]\nname = "cartofaune"\ndescription = \n', 3),
        ("package.json", '{\n  "name": "cartofaune",\n  "description": "x",,\n}\n', 3),
        ("setup.cfg", "[metadata]\nname = a\nname = b\n", 3),
        ("Cargo.toml", '[package\nname = "cartofaune"\n', 1),
        ("pom.xml", '<?xml version="1.0"?>\n<project>\n  <name>Cartofaune</nom>\n</project>\n', 3),
        ("pom.xml", '<!DOCTYPE project [\n<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                    "<project><name>&x;</name></project>\n", 1),
        ("publiccode.yml", "name: Cartofaune\ndescription:\n  fr: [\n", 3),
    ],
)
def test_a_malformed_file_is_named_with_its_line(git_repo, lint, path, text, line):
    git_repo.files({"README.md": README_EN + "\nWebsite: https://cartofaune.org\n", path: text})
    result = lint(git_repo.path, "project-metadata")["project-metadata"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [(f.key, f.path, f.line) for f in result.findings] == [("malformed", path, line)]


def test_message_follows_language(git_repo, lint):
    git_repo.files({"README.md": "# Cartofaune\n"})
    result = lint(git_repo.path, "project-metadata", language="fr")["project-metadata"]
    assert "Aucune description" in result.findings[0].message


def test_plain_directory(plain_dir, lint):
    plain_dir.write("README.md", "# Cartofaune\n")
    plain_dir.write("pyproject.toml", PYPROJECT)
    assert lint(plain_dir.path, "project-metadata")["project-metadata"].status is Status.PASSED


# ----- what a description is not; man pages; sub-packages; fixes that fit -------------

@pytest.mark.parametrize(
    "text",
    [
        "# Cartofaune\n\n- [Website](https://cartofaune.org)\n- [Documentation]"
        "(https://cartofaune.org/docs)\n- [Forum](https://forum.cartofaune.org)\n",
        "# Cartofaune\n\n* [Site web](https://cartofaune.fr)\n* [Documentation utilisateur]"
        "(https://cartofaune.fr/doc)\n* [Chat](https://matrix.to/#/#cf:matrix.org)\n",
        "# Cartofaune\n\nCartofaune\n",
        "# Carto Faune\n\nCarto faune.\n",
    ],
    ids=["link-list-en", "link-list-fr", "repeats-name", "repeats-name-with-case"],
)
def test_what_is_not_a_description_fails(git_repo, lint, text):
    git_repo.files({"README.md": text})
    result = lint(git_repo.path, "project-metadata")["project-metadata"]
    assert result.status is Status.FAILED
    assert "no-description" in [f.key for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        "NAME\n    cartofaune - map the wildlife sightings volunteers report\n\nSYNOPSIS\n"
        "    cartofaune [-v] FILE\n\nDESCRIPTION\n    cartofaune reads a CSV of sightings and "
        "draws the corridors town councils can protect.\n",
        "# NOM\n\ncartofaune — carte des observations de faune\n\n# SYNOPSIS\n\n"
        "cartofaune FICHIER\n",
    ],
    ids=["man-page-en", "page-de-manuel-fr"],
)
def test_a_man_page_readme_has_a_description(git_repo, lint, text):
    git_repo.files({"README": text})
    result = lint(git_repo.path, "project-metadata")["project-metadata"]
    assert "no-description" not in [f.key for f in result.findings], result.findings


def test_a_section_called_name_is_not_a_man_page(git_repo, lint):
    git_repo.files({"README.md": "# Cartofaune\n\n## Name\n\nWe picked the name in 2020.\n\n"
                                 "## Synopsis\n\nTODO\n"})
    result = lint(git_repo.path, "project-metadata")["project-metadata"]
    assert "no-description" in [f.key for f in result.findings]


@pytest.mark.parametrize("folder", ["packages/core", "crates/cartofaune-core", "apps/web"])
def test_a_sub_package_homepage_counts(git_repo, lint, folder):
    manifest = (
        '[package]\nname = "cf"\nhomepage = "https://cartofaune.org"\n'
        if folder.startswith("crates") else
        '{"name": "@cf/x", "homepage": "https://cartofaune.org"}'
    )
    name = "Cargo.toml" if folder.startswith("crates") else "package.json"
    git_repo.files({"README.md": README_EN, f"{folder}/{name}": manifest})
    result = lint(git_repo.path, "project-metadata")["project-metadata"]
    assert result.status is Status.PASSED, result.findings


def test_a_deeper_manifest_is_not_a_sub_package(git_repo, lint):
    git_repo.files({"README.md": README_EN, "packages/core/test/fixtures/package.json":
                    '{"name": "f", "homepage": "https://fixture.example.org"}'})
    result = lint(git_repo.path, "project-metadata")["project-metadata"]
    assert [f.key for f in result.findings] == ["no-homepage"]


@pytest.mark.parametrize(
    "manifest, text, named, not_named",
    [
        ("go.mod", "module framagit.org/cf/cartofaune\n\ngo 1.22\n", "Go module",
         "pyproject.toml"),
        ("package.json", '{"name": "cartofaune"}', '"description"', "pyproject.toml"),
        ("Cargo.toml", '[package]\nname = "cartofaune"\n', "Cargo.toml", "pyproject.toml"),
        ("pyproject.toml", '[project]\nname = "cartofaune"\n', "[project] description",
         "package.json"),
    ],
    ids=["go", "npm", "rust", "python"],
)
def test_the_fix_names_the_projects_own_manifest(git_repo, lint, manifest, text, named,
                                                 not_named):
    git_repo.files({"README.md": "# Cartofaune\n", manifest: text})
    result = lint(git_repo.path, "project-metadata")["project-metadata"]
    finding = next(f for f in result.findings if f.key == "no-description")
    assert named in finding.fix and not_named not in finding.fix


def test_the_fix_names_the_manifest_in_french(git_repo, lint):
    git_repo.files({"README.md": "# Cartofaune\n", "go.mod": "module x\n\ngo 1.22\n"})
    result = lint(git_repo.path, "project-metadata", language="fr")["project-metadata"]
    finding = next(f for f in result.findings if f.key == "no-description")
    assert "module Go" in finding.fix

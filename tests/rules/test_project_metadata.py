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

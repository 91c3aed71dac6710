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

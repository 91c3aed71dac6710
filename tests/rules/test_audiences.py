"""audiences: the README offers a site, a presentation for users and translations."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

FOR_USERS_EN = (
    "# Cartofaune\n\nCartofaune helps town councils and nature associations plan green "
    "corridors from the wildlife sightings volunteers report.\n\n"
)
FOR_USERS_FR = (
    "# Cartofaune\n\nCartofaune permet aux communes et aux associations naturalistes de "
    "planifier des corridors écologiques à partir des observations des bénévoles.\n\n"
)
BUILD_ONLY = (
    "# cartofaune-core\n\n## Build\n\n```sh\nmake && make install\n```\n\n## Test\n\n"
    "```sh\nmake check\n```\n"
)
WEBSITE = "Website: https://cartofaune.org\n\n"
DOCS = "Read the [user guide](https://cartofaune.readthedocs.io).\n\n"
SCREENSHOT = "![Screenshot of the map](docs/images/map.png)\n\n"
DEMO = "Try it online: https://demo.cartofaune.org\n\n"
INSTALL = "## Install\n\n    pip install cartofaune\n"


@pytest.mark.parametrize(
    "files",
    [
        {"README.md": FOR_USERS_EN + WEBSITE + INSTALL},
        {"README.md": FOR_USERS_FR + "Site web : https://cartofaune.fr\n\n" + INSTALL},
        {"README.md": BUILD_ONLY + DOCS, "README.fr.md": BUILD_ONLY},
        {"README.md": FOR_USERS_EN + INSTALL, "LISEZMOI.md": FOR_USERS_FR},
        {"README.rst": "Cartofaune\n==========\n\n.. image:: docs/capture.png\n\n"
                       "Documentation: https://cartofaune.frama.io/docs/\n"},
        {"README.md": "# Cartofaune\n\n## Features\n\n- Record a sighting from a phone\n"
                      "- Export the sightings of your town as open data\n\n" + DEMO + WEBSITE},
        {"docs/README.md": FOR_USERS_EN + DOCS},
        {"README.adoc": "= Cartofaune\n\nimage::screenshots/map.png[Carte]\n\n"
                        "Pour qui ?\n\nhttps://cartofaune.fr[Site web]\n"},
        {"README.md": "# kiosk\n\nkiosk runs information screens for the public in town halls"
                      " and libraries. See https://kiosk.org.\n"},
    ],
    ids=[
        "description-website", "fr", "docs-translation", "lisezmoi", "rst-screenshot-docs",
        "features-demo", "docs-readme", "asciidoc", "link-in-opening-paragraph",
    ],
)
def test_two_signals_pass(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "audiences")["audiences"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "files, missing",
    [
        ({"README.md": FOR_USERS_EN + INSTALL}, {"no-site", "no-translation"}),
        ({"README.md": BUILD_ONLY + WEBSITE}, {"no-user-description", "no-translation"}),
        ({"README.md": BUILD_ONLY, "README.en.md": BUILD_ONLY}, {"no-site", "no-user-description"}),
        ({"README.md": "# Cartofaune\n\n" + SCREENSHOT + INSTALL}, {"no-site", "no-translation"}),
    ],
    ids=["description", "website", "translation", "screenshot"],
)
def test_one_signal_passes_with_advice(git_repo, lint, files, missing):
    git_repo.files(files)
    result = lint(git_repo.path, "audiences")["audiences"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert {f.key for f in result.findings} == missing


@pytest.mark.parametrize(
    "files",
    [
        {"README.md": BUILD_ONLY},
        {"README.md": BUILD_ONLY + "[![CI](https://github.com/cf/cf/actions/workflows/ci.yml/"
                      "badge.svg)](https://github.com/cf/cf/actions)\n![logo](logo.svg)\n"},
        {"README.md": BUILD_ONLY + "Built with [Leaflet](https://leafletjs.com).\n"},
        {"README.md": BUILD_ONLY + "Website: https://example.org\n"},
        {"README.md": BUILD_ONLY, "vendor/leaflet/README.fr.md": FOR_USERS_FR},
        {"README.md": BUILD_ONLY, "README.md.txt": BUILD_ONLY},
        {"README.md": "# mockd\n\nA mock HTTP server for front-end developers' tests: declare "
                      "routes in a JSON file and assert on the requests users sent.\n"},
        {"README.md": "# gatekeeper\n\nAn authentication proxy for small IT teams.\n\nIt "
                      "reads users and groups from LDAP and forwards authenticated requests.\n"},
        {"README.md": "# tiles\n\nServes vector map tiles from a Postgres database, built "
                      "with [Leaflet](https://leafletjs.com) in mind.\n"},
    ],
    ids=["build-only", "badges-and-logo", "dependency-link", "example-site", "vendored",
         "not-a-language", "for-developers", "for-it-teams", "built-with-link"],
)
def test_a_readme_for_developers_only_fails(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "audiences")["audiences"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["developers-only"]


def test_no_readme_is_not_applicable(git_repo, lint):
    git_repo.files({"main.py": "print('hello')\n"})
    assert lint(git_repo.path, "audiences")["audiences"].status is Status.NOT_APPLICABLE


def test_message_follows_language(git_repo, lint):
    git_repo.files({"README.md": BUILD_ONLY})
    result = lint(git_repo.path, "audiences", language="fr")["audiences"]
    assert "ne s'adresse qu'aux développeurs" in result.findings[0].message


def test_plain_directory(plain_dir, lint):
    plain_dir.write("README.md", FOR_USERS_EN + WEBSITE)
    assert lint(plain_dir.path, "audiences")["audiences"].status is Status.PASSED


# ----- a README addressed to developers needs content for other people -----------------

LIBRARY_EN = (
    "# geoparse\n\nA Python library that parses postal addresses, so that the users of "
    "your application can type an address the way they say it.\n\n"
    "```python\nfrom geoparse import parse\n```\n\n"
)
LIBRARY_FR = (
    "# adresse-fr\n\nUne bibliothèque JavaScript qui découpe les adresses postales : vous "
    "pouvez l'utiliser pour aider les utilisateurs de votre formulaire.\n\n"
)


@pytest.mark.parametrize(
    "files",
    [
        {"README.md": LIBRARY_EN + "Documentation: https://geoparse.readthedocs.io\n"},
        {"README.md": LIBRARY_FR + "Référence de l'API : https://adresse-fr.dev/api/\n"},
        {"README.md": "# mapkit-sdk\n\nThe SDK for Cartofaune maps.\n\nYou can embed a map "
                      "for everyone.\n\nWebsite: https://mapkit.dev\n"},
        {"README.md": LIBRARY_EN + "See [Address (Wikipedia)](https://en.wikipedia.org/wiki/"
                      "Address)\n"},
    ],
    ids=["library-users-of-your-app", "bibliotheque-vous-pouvez", "sdk-for-everyone",
         "encyclopedia-link"],
)
def test_a_library_readme_for_developers_does_not_reach_users(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "audiences")["audiences"]
    assert result.status is not Status.PASSED, result.evidence
    assert "no-user-description" in {f.key for f in result.findings} | {
        "no-user-description" for f in result.findings if f.key == "developers-only"
    }
    assert result.facts["addressed_to_developers"] is True


@pytest.mark.parametrize(
    "files",
    [
        {"README.md": LIBRARY_EN + "New to geoparse? Read the [user guide]"
                      "(https://geoparse.org/guide/).\n\n![Screenshot of the demo form]"
                      "(docs/screenshot.png)\n"},
        {"README.md": LIBRARY_FR + "Les agents publics des mairies s'en servent pour "
                      "vérifier les adresses des usagers.\n\n"
                      "Mode d'emploi : https://adresse-fr.fr/mode-d-emploi\n"},
        {"README.md": LIBRARY_FR + "Essayez la démo : https://demo.adresse-fr.fr\n\n"
                      "Tutoriel : https://adresse-fr.fr/tutoriel/\n"},
    ],
    ids=["user-guide-and-screenshot", "agents-publics-mode-d-emploi", "demo-and-tutorial-fr"],
)
def test_a_library_readme_with_content_for_users_passes(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "audiences")["audiences"]
    assert result.status is Status.PASSED, result.findings
    assert result.facts["addressed_to_developers"] is True


@pytest.mark.parametrize(
    "text",
    [
        "# kiosque\n\nKiosque affiche les horaires pour le grand public dans les mairies et "
        "les bibliothèques. Site : https://kiosque.fr\n",
        "# shelfmark\n\nShelfmark helps students and teachers find a book in the school "
        "library. Website: https://shelfmark.org\n",
    ],
    ids=["bibliotheques-municipales", "school-library"],
)
def test_a_public_library_is_not_a_software_library(git_repo, lint, text):
    git_repo.files({"README.md": text})
    result = lint(git_repo.path, "audiences")["audiences"]
    assert result.status is Status.PASSED, result.findings
    assert result.facts["addressed_to_developers"] is False


@pytest.mark.parametrize(
    "text, developers",
    [
        ("# meshcraft\n\nmeshcraft repairs triangle meshes for engineering simulations; "
         "researchers use it in their labs. Website: https://meshcraft.org\n", False),
        ("# maillage\n\nmaillage répare les maillages pour l'ingénierie des structures, au "
         "service des chercheurs. Site web : https://maillage.fr\n", False),
        ("# meshcraft\n\nA mesh toolkit for engineers.\n\nWebsite: https://meshcraft.org\n",
         True),
    ],
    ids=["engineering-researchers", "ingenierie-chercheurs", "for-engineers"],
)
def test_engineering_is_not_engineers(git_repo, lint, text, developers):
    git_repo.files({"README.md": text})
    result = lint(git_repo.path, "audiences")["audiences"]
    assert result.facts["addressed_to_developers"] is developers
    assert (result.status is Status.PASSED) is not developers, result.findings

"""commons-statement: the README names the licence and says the resource is free or open."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

INTRO_EN = "# Cartofaune\n\nCartofaune maps wildlife sightings for town councils.\n\n"
INTRO_FR = "# Cartofaune\n\nCartofaune cartographie la faune pour les communes.\n\n"


@pytest.mark.parametrize(
    "path, text",
    [
        ("README.md", INTRO_EN + "Cartofaune is free software released under the EUPL-1.2.\n"),
        ("README.md", INTRO_EN + "An open-source digital commons.\n\n## License\n\nMIT, see "
                      "[LICENSE](LICENSE).\n"),
        ("README.md", "[![License: MIT](https://img.shields.io/badge/License-MIT-yellow.svg)]"
                      "(https://opensource.org/licenses/MIT)\n\n" + INTRO_EN
                      + "Cartofaune is open source.\n"),
        ("README.fr.md", INTRO_FR + "Cartofaune est un logiciel libre publié sous licence "
                         "CeCILL 2.1.\n"),
        ("LISEZMOI.md", INTRO_FR + "Un commun numérique : voir le fichier [LICENCE](LICENCE.md)."
                        "\n"),
        ("README.rst", "Cartofaune\n==========\n\nLes données sont des données ouvertes.\n\n"
                       "Licence\n-------\n\nLicence Ouverte 2.0 (Etalab).\n"),
        ("README.adoc", "= Cartofaune\n\nAn open data project.\n\nLicensed under ODbL-1.0.\n"),
        ("docs/README.md", INTRO_FR + "Projet libre, distribué sous licence AGPL-3.0-or-later.\n"),
        (".github/README.md", INTRO_EN + "A free/libre project: GPL-3.0-or-later.\n"
                              "Released under the GNU GPL.\n"),
        ("README.md", "# Bicivalència\n\nAnaliza los datos abiertos del servicio de bicicletas."
                      "\n\n## Licencia\n\nBicivalència es software libre con licencia MIT.\n"),
        ("README.md", "# Vereinskasse\n\n## Lizenz\n\nFreie Software unter der MIT-Lizenz.\n"),
        ("README.md", "# Prenota\n\nSoftware libero rilasciato con licenza BSD 3-Clause.\n"),
    ],
)
def test_licence_and_openness_pass(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "commons-statement")["commons-statement"]
    assert result.status is Status.PASSED, result.findings


def test_an_about_page_counts(git_repo, lint):
    git_repo.files(
        {
            "README.md": INTRO_EN + "Cartofaune is licensed under the MPL-2.0.\n",
            "docs/a-propos.md": "# À propos\n\nCartofaune est un bien commun, ouvert à tous.\n",
        }
    )
    result = lint(git_repo.path, "commons-statement")["commons-statement"]
    assert result.status is Status.PASSED


@pytest.mark.parametrize(
    "text",
    [
        INTRO_EN + "## License\n\nApache-2.0\n",
        INTRO_EN + "Free to use for everyone. Licensed under the MIT license.\n",
        INTRO_FR + "Gratuit pour toutes les communes. Voir [la licence](./LICENSE).\n",
        INTRO_EN + "Built with open source libraries. Released under the BSD licence.\n",
        INTRO_EN + "[![license](https://img.shields.io/github/license/cartofaune/cartofaune)]"
                   "(LICENSE)\n",
    ],
    ids=["section", "free-to-use", "gratuit", "uses-open-source", "badge"],
)
def test_licence_without_openness_passes_with_advice(git_repo, lint, text):
    git_repo.files({"README.md": text})
    result = lint(git_repo.path, "commons-statement")["commons-statement"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["no-open-statement"]
    assert result.findings[0].path == "README.md"


@pytest.mark.parametrize(
    "text",
    [
        INTRO_EN + "Cartofaune is free software made by volunteers.\n",
        INTRO_FR + "Cartofaune est un logiciel libre.\n\n## Licence\n\nÀ définir.\n",
    ],
)
def test_openness_without_licence_passes_with_advice(git_repo, lint, text):
    git_repo.files({"README.md": text})
    result = lint(git_repo.path, "commons-statement")["commons-statement"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["no-licence-named"]


@pytest.mark.parametrize(
    "files",
    [
        {"README.md": INTRO_EN + "## Install\n\n    pip install cartofaune\n"},
        {"README.md": INTRO_EN + "Free of charge for public bodies.\n"},
        {"README.md": INTRO_FR + "Application gratuite, libre de droits.\n"},
        {"README.md": INTRO_EN + "This is not open source yet.\n"},
        {"README.md": INTRO_FR + "Ce n'est pas un logiciel libre.\n"},
        {"README.md": INTRO_EN + "See [Wikimedia Commons](https://commons.wikimedia.org).\n"},
        {"README.md": INTRO_FR + "Conçu d'un commun accord avec les communes.\n"},
        {"README.md": INTRO_EN + "Esto no es software libre.\n"},
        {"README.md": INTRO_EN, "vendor/lib/README.md": "Free software under the MIT licence.\n"},
    ],
    ids=["install-only", "free-of-charge", "libre-de-droits", "negated", "negated-fr",
         "wikimedia-commons", "commun-accord", "negated-es", "vendored"],
)
def test_neither_fails(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "commons-statement")["commons-statement"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "missing"
    assert result.findings[0].fix


def test_no_readme_is_not_applicable(git_repo, lint):
    git_repo.files({"LICENSE": "MIT License\n", "main.py": "print('hello')\n"})
    result = lint(git_repo.path, "commons-statement")["commons-statement"]
    assert result.status is Status.NOT_APPLICABLE


def test_message_follows_language(git_repo, lint):
    git_repo.files({"README.md": INTRO_FR})
    result = lint(git_repo.path, "commons-statement", language="fr")["commons-statement"]
    assert "ne nomme pas la licence" in result.findings[0].message


def test_plain_directory(plain_dir, lint):
    plain_dir.write("README.md", INTRO_FR + "Logiciel libre sous licence EUPL-1.2.\n")
    result = lint(plain_dir.path, "commons-statement")["commons-statement"]
    assert result.status is Status.PASSED


# ----- the project must be the subject; code never counts ------------------------------

@pytest.mark.parametrize(
    "text",
    [
        INTRO_EN + "[![npm licence](https://img.shields.io/npm/l/cartofaune.svg)]"
                   "(https://www.npmjs.com/package/cartofaune)\n\nCartofaune is open source.\n",
        INTRO_FR + "![Licence](https://img.shields.io/crates/l/cartofaune)\n\n"
                   "Cartofaune est un logiciel libre.\n",
        INTRO_EN + "<img src=\"https://img.shields.io/pypi/l/cartofaune\" alt=\"licence\">\n\n"
                   "A free software project.\n",
    ],
    ids=["npm-short-badge", "crates-short-badge-fr", "pypi-short-badge-html"],
)
def test_a_short_licence_badge_names_the_licence(git_repo, lint, text):
    git_repo.files({"README.md": text})
    result = lint(git_repo.path, "commons-statement")["commons-statement"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "text",
    [
        INTRO_EN + "![npm](https://img.shields.io/npm/v/cartofaune.svg)\n\n"
                   "Cartofaune is open source.\n",
        INTRO_FR + "![Téléchargements](https://img.shields.io/pypi/dm/cartofaune)\n\n"
                   "Cartofaune est un logiciel libre.\n",
    ],
    ids=["version-badge", "downloads-badge-fr"],
)
def test_a_badge_for_something_else_names_no_licence(git_repo, lint, text):
    git_repo.files({"README.md": text})
    result = lint(git_repo.path, "commons-statement")["commons-statement"]
    assert [f.key for f in result.findings] == ["no-licence-named"]


@pytest.mark.parametrize(
    "text",
    [
        INTRO_EN + "Cartofaune is part of the city's open source program.\n\n"
                   "## License\n\nEUPL-1.2\n",
        INTRO_EN + "We thank the Acme open-source initiative for hosting.\n\n"
                   "Licensed under the MIT license.\n",
        INTRO_FR + "Financé par la politique open source de la région.\n\n"
                   "## Licence\n\nAGPL-3.0\n",
        INTRO_EN + "Cartofaune is the open data portal of the county.\n\n"
                   "Licensed under the MIT license.\n",
        INTRO_FR + "Cartofaune aide le service chargé des données ouvertes de la commune."
                   "\n\n## Licence\n\nMIT\n",
        INTRO_EN + "## Install\n\n```sh\n# Cartofaune is free software\ncp LICENSE /opt/\n"
                   "```\n\n## License\n\nMIT\n",
        INTRO_FR + "<!-- Cartofaune est un logiciel libre -->\n\n## Licence\n\nMIT\n",
    ],
    ids=["city-programme", "others-initiative", "politique-fr", "open-data-portal",
         "open-data-service-fr", "fenced-code", "html-comment-fr"],
)
def test_others_openness_is_not_the_project(git_repo, lint, text):
    git_repo.files({"README.md": text})
    result = lint(git_repo.path, "commons-statement")["commons-statement"]
    assert result.status is Status.PASSED_WITH_ADVICE, result.findings
    assert [f.key for f in result.findings] == ["no-open-statement"]


@pytest.mark.parametrize(
    "text",
    [
        INTRO_EN + "Cartofaune, the open data portal of the county, is free software.\n\n"
                   "Licensed under the MIT license.\n",
        INTRO_FR + "Le portail de données ouvertes de la commune. Ses jeux sont publiés "
                   "en données ouvertes.\n\n## Licence\n\nLicence Ouverte 2.0\n",
        INTRO_EN + "All sightings are published as open data.\n\n## License\n\nODbL-1.0\n",
    ],
    ids=["portal-says-free-software", "portail-publie-en-donnees-ouvertes", "published-as"],
)
def test_an_open_data_project_that_says_so_passes(git_repo, lint, text):
    git_repo.files({"README.md": text})
    result = lint(git_repo.path, "commons-statement")["commons-statement"]
    assert result.status is Status.PASSED, result.findings


def test_a_licence_named_in_a_shell_command_is_not_named(git_repo, lint):
    git_repo.files(
        {"README.md": INTRO_EN + "Cartofaune is free software.\n\n## Install\n\n```sh\n"
                      "curl -O https://example.org/LICENSE\ncat LICENSE\n```\n"}
    )
    result = lint(git_repo.path, "commons-statement")["commons-statement"]
    assert [f.key for f in result.findings] == ["no-licence-named"]

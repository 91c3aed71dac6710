"""Near-misses: empty and placeholder files, other projects' copies, look-alike names,
pointer files, licences in the wrong place."""

from __future__ import annotations

from .licences import BSD_3, ISC, MIT, NON_COMMERCIAL, licence
from .model import Commit, Layout, verdicts
from .texts import (
    GO_MODULE,
    JS_MODULE,
    PY_MODULE,
    code_of_conduct,
    contributing,
    document,
    governance,
    manual,
    package_json,
    publiccode,
    security,
)

EMPTY_FILES = Layout(
    name="empty-files-everywhere",
    description="Every community file created empty, as a repository generator left them",
    files={
        "README.md": "",
        "LICENSE": "",
        "CONTRIBUTING.md": "",
        "CODE_OF_CONDUCT.md": "",
        "SECURITY.md": "",
        "GOVERNANCE.md": "",
        "MAINTAINERS": "",
        "CHANGELOG.md": "",
        "FUNDING.md": "",
        ".github/FUNDING.yml": "",
        ".github/CODEOWNERS": "",
        ".github/ISSUE_TEMPLATE/bug_report.md": "",
        ".github/PULL_REQUEST_TEMPLATE.md": "",
        "publiccode.yml": "",
        "docs/index.md": "",
        "src/main.py": PY_MODULE,
    },
    first_author="sam",
    expected=verdicts("activity", not_applicable="licence-consistency"),
)

PLACEHOLDERS = Layout(
    name="unfilled-templates",
    description="Templates copied in and never filled: a README with only a title and a "
    "TODO, a code of conduct whose contact is still a placeholder, the forge's default "
    "security policy, a one-line contribution guide",
    files={
        "README.md": "# my-project\n\nTODO: write a description.\n",
        "CONTRIBUTING.md": "# Contributing\n\nTODO\n",
        "CODE_OF_CONDUCT.md": code_of_conduct("en", "[PROJECT NAME]", "[INSERT CONTACT METHOD]"),
        "SECURITY.md": "# Security Policy\n\n## Supported Versions\n\nUse this section to tell "
        "people about which versions of your project are currently being supported with "
        "security updates.\n\n## Reporting a Vulnerability\n\nUse this section to tell people "
        "how to report a vulnerability.\n",
        "GOVERNANCE.md": "# Governance\n\nTo be defined.\n",
        "CHANGELOG.md": "# Changelog\n\n## [Unreleased]\n",
        "LICENSE": licence(MIT, "[fullname]", "[year]"),
        "src/date.js": JS_MODULE,
    },
    first_author="tom",
    expected=verdicts("licence-file licence-free activity", not_applicable="licence-consistency"),
)

VENDORED_ONLY = Layout(
    name="vendored-licences-only",
    description="Go project with no licence of its own: the only licence files, contribution "
    "guides and security policies belong to vendored dependencies and node_modules",
    files={
        "README.md": "# gatekeeper\n\nAn authentication proxy that puts single sign-on in "
        "front of internal dashboards, for small IT teams.\n\nIt reads users and groups "
        "from LDAP, checks tokens and forwards only authenticated requests; the whole "
        "configuration fits in one YAML file.\n",
        "main.go": GO_MODULE,
        "vendor/github.com/example/jwt/LICENSE": licence(MIT, "JWT authors"),
        "vendor/github.com/example/jwt/CONTRIBUTING.md": contributing("en", "jwt"),
        "vendor/github.com/example/jwt/SECURITY.md": security("en", "security@jwt-tools.dev"),
        "vendor/github.com/example/jwt/CHANGELOG.md": "# Changelog\n\n## 4.0.0\n\n- New API\n",
        "web/node_modules/leftpad/LICENSE": licence(ISC, "leftpad authors"),
        "web/node_modules/leftpad/README.md": "# leftpad\n\nPads strings on the left for "
        "everyone who needs aligned columns.\n",
        "third_party/yaml/COPYING": licence(MIT, "YAML authors"),
    },
    first_author="jo",
    expected=verdicts("readme activity", not_applicable="licence-consistency"),
)

TEST_COPIES = Layout(
    name="test-fixture-copies",
    description="A linter-like tool whose tests hold sample community files: the samples "
    "under tests/ and testdata/ are fixtures, not the project's own documents",
    files={
        "README.md": "# repocheck\n\nrepocheck checks that repositories follow the team's "
        "conventions. It is meant for platform engineers.\n\nDeclare the rules in a "
        "repocheck.toml file, run `repocheck` in CI and get one line per broken "
        "convention.\n",
        "LICENSE": licence(BSD_3, "repocheck authors"),
        "repocheck/check.py": PY_MODULE,
        "tests/fixtures/good/CONTRIBUTING.md": contributing("en", "sample"),
        "tests/fixtures/good/CODE_OF_CONDUCT.md": code_of_conduct("en", "sample",
                                                                  "conduct@sample-project.org"),
        "tests/fixtures/good/SECURITY.md": security("en", "security@sample-project.org"),
        "tests/fixtures/good/GOVERNANCE.md": governance("en", "sample"),
        "tests/fixtures/good/CHANGELOG.md": "# Changelog\n\n## 1.0.0\n\n- First\n",
        "testdata/funding/.github/FUNDING.yml": "open_collective: sample\n",
        "testdata/templates/.github/ISSUE_TEMPLATE/bug.md": "---\nname: Bug\n---\nDescribe "
        "the bug.\n",
    },
    first_author="priya",
    expected=verdicts(
        "readme licence-file licence-free activity", not_applicable="licence-consistency"
    ),
)

LOOK_ALIKES = Layout(
    name="look-alike-names",
    description="Files whose names resemble community documents but are something else: "
    "CONTRIBUTORS.md, a security-hardening guide, governance.py and funding.py modules, a "
    "licence header template, a changelog generator configuration",
    files={
        "README.md": "# budgetviz\n\nbudgetviz turns municipal budget spreadsheets into "
        "interactive charts for elected officials and citizens.\n\nLoad the budget "
        "spreadsheet voted by the council, choose a year and share the charts on the "
        "city's website.\n",
        "CONTRIBUTORS.md": "# Contributors\n\nThanks to everyone who has contributed:\n\n"
        "- Inès Carvalho\n- Yanis Benali\n- Sam Okafor\n",
        "docs/security-hardening.md": "# Hardening your deployment\n\nRun budgetviz behind a "
        "reverse proxy with TLS, set a strong session secret and disable the debug toolbar. "
        "Keep PostgreSQL on a private network.\n",
        "budgetviz/governance.py": '"""Models for the budget governance bodies of a city."""\n'
        "\nBODIES = ['conseil municipal', 'commission des finances']\n",
        "budgetviz/funding.py": '"""Funding lines of a municipal budget."""\n\nLINES = '
        "['investissement', 'fonctionnement']\n",
        "license-header.txt": "Copyright (c) <year> <owner>. See the LICENSE file.\n",
        "cliff.toml": "[changelog]\nheader = \"# Changelog\"\nbody = \"{{ commits }}\"\n",
        "docs/code-of-conduct-for-meetings-of-the-council.md": "# Rules of procedure\n\nThe "
        "council meets monthly; the mayor chairs the meeting and opens the floor.\n",
    },
    first_author="ines",
    expected=verdicts("audiences readme activity", not_applicable="licence-consistency"),
)

POINTERS_EN = Layout(
    name="pointer-files-to-website",
    description="Short pointer files that send readers to the project's website, where the "
    "contribution guide, code of conduct and security policy are published",
    files={
        "README.md": document(
            "orbit-db-tools",
            ("Learn more", "Documentation, tutorials and the community forum are at "
             "https://orbit-tools.org."),
            ("License", "orbit-db-tools is open source software under the MIT license."),
            intro="orbit-db-tools are command-line utilities to inspect, back up and migrate "
            "orbit databases. For database administrators and support teams.",
        ),
        "LICENSE": licence(MIT, "orbit-db-tools authors"),
        "CONTRIBUTING.md": "# Contributing\n\nOur contribution guide, covering bug reports, "
        "pull requests and documentation work, is published at "
        "https://orbit-tools.org/contribute.\n",
        "CODE_OF_CONDUCT.md": "# Code of Conduct\n\nThis project follows the Contributor "
        "Covenant, version 2.1: https://www.contributor-covenant.org/version/2/1/"
        "code_of_conduct/. Report unacceptable behaviour to conduct@orbit-tools.org.\n",
        "SECURITY.md": "# Security\n\nPlease report vulnerabilities as described at "
        "https://orbit-tools.org/security (private reports to "
        "security@orbit-tools.org).\n",
        "package.json": package_json("orbit-db-tools", "Utilities for orbit databases",
                                     "https://orbit-tools.org", "MIT"),
        "src/date.js": JS_MODULE,
    },
    first_author="tom",
    history=(Commit("tom", days_ago=5, message="Backup command", tag="v0.4.0"),),
    expected=verdicts(
        "readme commons-statement project-metadata contributing-guide documentation "
        "licence-file licence-free licence-consistency code-of-conduct security-policy "
        "activity audiences"
    ),
)

POINTERS_FR = Layout(
    name="fr-pointer-files-internal",
    description="Fichiers-pointeurs français : CONTRIBUER.md renvoie vers docs/contribuer.md, "
    "SECURITE.md vers le site, CODE_DE_CONDUITE.md vers la charte de l'association",
    files={
        "LISEZMOI.md": document(
            "Covoit'Rural",
            ("Licence", "Logiciel libre sous licence BSD-3-Clause."),
            intro="Covoit'Rural met en relation les habitants des villages pour partager leurs "
            "trajets vers le marché, la gare ou le médecin. Pour les habitants, les mairies "
            "et les centres sociaux. Site : https://covoit-rural.fr",
        ),
        "LICENSE": licence(BSD_3, "Association Covoit'Rural"),
        "CONTRIBUER.md": "# Contribuer\n\nLe guide de contribution complet se trouve dans "
        "[docs/contribuer.md](docs/contribuer.md).\n",
        "docs/contribuer.md": contributing("fr", "Covoit'Rural"),
        "CODE_DE_CONDUITE.md": "# Code de conduite\n\nNous appliquons la charte de "
        "l'association, publiée sur https://covoit-rural.fr/charte. Pour signaler un "
        "comportement inacceptable : moderation@covoit-rural.fr.\n",
        "SECURITE.md": "# Sécurité\n\nPour signaler une vulnérabilité, suivez la procédure "
        "décrite sur https://covoit-rural.fr/securite ou écrivez à "
        "securite@covoit-rural.fr.\n",
        "docs/trajets.md": manual(
            "# Proposer un trajet\n\nIndiquez le départ, l'arrivée, l'heure et "
        "le nombre de places.\n",
            "fr",
        ),
        "app/trajets.py": PY_MODULE,
    },
    first_author="ines",
    history=(Commit("yanis", days_ago=10, message="Notifications SMS"),),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "documentation licence-file licence-free licence-consistency code-of-conduct "
        "security-policy activity audiences"
    ),
)

BARE_CODE = Layout(
    name="bare-code-no-docs",
    description="Code pushed with nothing else: no README, no licence, one old commit",
    files={"main.py": PY_MODULE, "requirements.txt": "requests==2.31.0\n"},
    first_author="sam",
    first_days_ago=900,
    expected=verdicts("", not_applicable="licence-consistency"),
)

LICENCE_IN_README_ONLY = Layout(
    name="licence-in-readme-only",
    description="Licence named in the README and package.json but no licence file",
    files={
        "README.md": document(
            "colorsafe",
            ("License", "colorsafe is open source, released under the MIT license."),
            intro="colorsafe checks colour pairs against the WCAG contrast ratios. Designers "
            "paste two colours and get a verdict; docs at https://colorsafe.dev.",
        ),
        "package.json": package_json("colorsafe", "WCAG contrast checks",
                                     "https://colorsafe.dev", "MIT"),
        "src/date.js": JS_MODULE,
    },
    first_author="marta",
    expected=verdicts(
        "readme commons-statement project-metadata documentation activity audiences",
        not_applicable="licence-consistency",
    ),
)

NON_FREE = Layout(
    name="non-free-licence",
    description="Source-available project under a home-made non-commercial licence",
    files={
        "README.md": document(
            "studiomix",
            ("Licence", "Free for personal and educational use; see LICENSE. Commercial use "
             "requires a paid licence."),
            intro="studiomix is a multitrack audio mixer for podcasters and radio volunteers. "
            "Download it from https://studiomix.com.",
        ),
        "LICENSE": licence(NON_COMMERCIAL, "Studiomix SARL"),
        "src/mixer.c": "int mix(void) { return 0; }\n",
    },
    first_author="jo",
    history=(Commit("jo", days_ago=12, message="Noise gate", tag="v2.1.0"),),
    expected=verdicts(
        "readme project-metadata licence-file activity audiences",
        not_applicable="licence-consistency",
    ),
)

LICENCE_MISMATCH = Layout(
    name="licence-mismatch",
    description="LICENSE holds the MIT text while package.json and the README declare "
    "GPL-3.0",
    files={
        "README.md": document(
            "shiftplan",
            ("License", "shiftplan is free software under the GNU GPL version 3."),
            intro="shiftplan builds fair rota schedules for volunteer associations and small "
            "shops. Website: https://shiftplan.org.",
        ),
        "LICENSE": licence(MIT, "shiftplan authors"),
        "package.json": package_json("shiftplan", "Fair rotas", "https://shiftplan.org",
                                     "GPL-3.0-only"),
        "src/date.js": JS_MODULE,
    },
    first_author="nour",
    expected=verdicts(
        "readme commons-statement project-metadata licence-file licence-free activity audiences"
    ),
)

THIRD_PARTY_PROJECT_COPY = Layout(
    name="embedded-third-party-project",
    description="Application embedding a full copy of another project under third_party/, "
    "community files included; the application itself has only a README and a licence",
    files={
        "README.md": "# kiosk\n\nkiosk runs information screens in libraries and town halls: "
        "opening hours, events and alerts, managed from a web page. See "
        "https://kiosk.org.\n",
        "LICENSE": licence(ISC, "kiosk authors"),
        "app/screen.py": PY_MODULE,
        "third_party/slideshow/README.md": "# slideshow\n\nA slideshow library for kiosks.\n",
        "third_party/slideshow/CONTRIBUTING.md": contributing("en", "slideshow"),
        "third_party/slideshow/CODE_OF_CONDUCT.md": code_of_conduct("en", "slideshow",
                                                                    "conduct@slideshow.dev"),
        "third_party/slideshow/SECURITY.md": security("en", "security@slideshow.dev"),
        "third_party/slideshow/GOVERNANCE.md": governance("en", "slideshow"),
        "third_party/slideshow/.github/FUNDING.yml": "open_collective: slideshow\n",
        "third_party/slideshow/docs/index.md": "# slideshow docs\n\nConfigure transitions.\n",
    },
    first_author="yanis",
    expected=verdicts(
        "readme project-metadata licence-file licence-free activity audiences",
        not_applicable="licence-consistency",
    ),
)

PROJECT_TEMPLATE = Layout(
    name="project-template-generator",
    description="A cookiecutter template: the community files inside "
    "{{cookiecutter.project_slug}}/ are for generated projects, not for this repository",
    files={
        "README.md": "# cookiecutter-civic\n\nA project template for civic-tech teams: answer "
        "a few questions and get a repository with CI, docs and community files ready.\n\n"
        "Run `cookiecutter gh:civic/cookiecutter-civic` and answer the prompts.\n",
        "LICENSE": licence(MIT, "civic templates"),
        "cookiecutter.json": '{"project_slug": "my-app", "author": "you"}\n',
        "{{cookiecutter.project_slug}}/CONTRIBUTING.md": contributing("en",
                                                                      "{{cookiecutter.name}}"),
        "{{cookiecutter.project_slug}}/CODE_OF_CONDUCT.md": code_of_conduct(
            "en", "{{cookiecutter.name}}", "{{cookiecutter.email}}"),
        "{{cookiecutter.project_slug}}/SECURITY.md": security("en", "{{cookiecutter.email}}"),
        "{{cookiecutter.project_slug}}/README.md": "# {{cookiecutter.name}}\n\n"
        "{{cookiecutter.description}}\n",
    },
    first_author="camille",
    expected=verdicts(
        "readme licence-file licence-free activity", not_applicable="licence-consistency"
    ),
)

EMPTY_TEMPLATE_DIRS = Layout(
    name="empty-template-folders",
    description="Template and funding folders present but hollow: ISSUE_TEMPLATE with only a "
    ".gitkeep, a FUNDING.yml with every platform commented out, an empty docs/ placeholder",
    files={
        "README.md": "# parkr\n\nparkr tells drivers where the free parking spaces are in "
        "real time, from the city's open sensors data.\n\nThe map refreshes every "
        "minute and shows how long each space has been free.\n",
        "LICENSE": licence(MIT, "parkr"),
        ".github/ISSUE_TEMPLATE/.gitkeep": "",
        ".github/FUNDING.yml": "# These are supported funding model platforms\n\n"
        "# github: # Replace with a GitHub username\n# patreon: # Replace with a Patreon "
        "username\n# open_collective: # Replace with a single Open Collective username\n",
        "docs/.gitkeep": "",
        "src/date.js": JS_MODULE,
    },
    first_author="giulia",
    expected=verdicts(
        "audiences readme licence-file licence-free activity", not_applicable="licence-consistency"
    ),
)

PUBLICCODE_LICENCE_MISMATCH = Layout(
    name="fr-publiccode-licence-mismatch",
    description="Projet public dont le publiccode.yml déclare EUPL-1.2 alors que le fichier "
    "LICENCE contient le texte de la licence MIT",
    files={
        "README.md": document(
            "Registre des Salles",
            ("Licence", "Registre des Salles est un logiciel libre sous licence MIT."),
            intro="Registre des Salles permet aux associations de réserver les salles "
            "municipales et aux agents d'accueil de gérer le planning et les clés. Site : "
            "https://salles.ville-de-brest.fr",
        ),
        "LICENCE": licence(MIT, "Ville de Brest"),
        "publiccode.yml": publiccode(
            "Registre des Salles", "EUPL-1.2", owner="Ville de Brest",
            url="https://git.ville-de-brest.fr/salles/registre.git",
            landing="https://salles.ville-de-brest.fr",
        ),
        "app/salles.py": PY_MODULE,
    },
    first_author="yanis",
    history=(Commit("camille", days_ago=9, message="Gestion des clés"),),
    expected=verdicts(
        "readme commons-statement community-diversity publiccode-yml project-metadata "
        "licence-file licence-free maintainers activity audiences"
    ),
)

LAYOUTS = (
    EMPTY_FILES,
    PLACEHOLDERS,
    VENDORED_ONLY,
    TEST_COPIES,
    LOOK_ALIKES,
    POINTERS_EN,
    POINTERS_FR,
    BARE_CODE,
    LICENCE_IN_README_ONLY,
    NON_FREE,
    LICENCE_MISMATCH,
    THIRD_PARTY_PROJECT_COPY,
    PROJECT_TEMPLATE,
    EMPTY_TEMPLATE_DIRS,
    PUBLICCODE_LICENCE_MISMATCH,
)

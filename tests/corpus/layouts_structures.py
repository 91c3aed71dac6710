"""Repository structures: kernel-style Documentation/, REUSE trees, monorepos, GNU
layout, documentation sites, GitLab, press kits."""

from __future__ import annotations

from .licences import BSD_2, BSD_3, ISC, MIT, ZERO_BSD, licence
from .model import Commit, Layout, verdicts
from .texts import (
    C_MODULE,
    JS_MODULE,
    bug_report,
    change_request_template,
    changelog,
    code_of_conduct,
    contributing,
    document,
    funding_yml,
    governance,
    manual,
    package_json,
    security,
)

KERNEL_STYLE = Layout(
    name="kernel-style-documentation-tree",
    description="Kernel-style C project: Documentation/process/ holds the patch submission "
    "guide (with the DCO), the code of conduct and the security process; MAINTAINERS and "
    "CREDITS at the root; signed-off commits from several companies; tags",
    files={
        "README": "tinyboot\n========\n\ntinyboot is a small bootloader for ARM and RISC-V "
        "boards, used by hardware makers and distribution maintainers. It is free software "
        "under the BSD 2-Clause licence (see COPYING).\n\nWebsite: https://tinyboot."
        "org\n\nRead Documentation/process/submitting-patches.rst before sending patches.\n",
        "COPYING": licence(BSD_2, "The tinyboot contributors"),
        "CREDITS": "N: Lena Vogel\nE: lena.vogel@uni-heidelberg.de\nD: RISC-V port\n",
        "MAINTAINERS": "TINYBOOT CORE\nM:\tLena Vogel <lena.vogel@uni-heidelberg.de>\n"
        "M:\tPriya Raman <priya@acme-cloud.com>\nL:\ttinyboot@lists.org\nS:\t"
        "Maintained\nF:\tcore/\n\nRISC-V SUPPORT\nM:\tPaul Meunier <paul.meunier@inria.fr>\n"
        "S:\tMaintained\nF:\tarch/riscv/\n",
        "Documentation/index.rst": "tinyboot documentation\n======================\n\n"
        ".. toctree::\n\n   admin-guide/booting\n   process/submitting-patches\n",
        "Documentation/admin-guide/booting.rst": manual(
            "Booting a board\n===============\n\nFlash "
        "the image to the first partition and set the boot switch to SD.\n",
            "en",
        ),
        "Documentation/process/submitting-patches.rst": "Submitting patches\n=============="
        "====\n\nReporting bugs\n--------------\n\nSend bug reports to the mailing list "
        "tinyboot@lists.org with the board name, the tinyboot version and the boot "
        "log.\n\nSending patches\n---------------\n\nGenerate patches with ``git format-patch"
        "`` and send them to the maintainers listed in MAINTAINERS, with the list in copy. "
        "One logical change per patch; explain why in the commit message.\n\nSign your work"
        "\n--------------\n\nEvery patch carries a ``Signed-off-by:`` line: by adding it you "
        "certify the Developer's Certificate of Origin 1.1, that is, that you wrote the "
        "change or have the right to pass it on under the project's licence.\n\nOther help\n"
        "----------\n\nTesting release candidates on real boards and improving this "
        "documentation are welcome.\n",
        "Documentation/process/code-of-conduct.rst": "Contributor code of conduct\n========"
        "===================\n\nWe pledge to make participation in tinyboot a harassment-free "
        "experience for everyone. Be respectful in reviews and on the list; personal attacks "
        "are not acceptable.\n\nEnforcement\n-----------\n\nReport incidents to the conduct "
        "committee at conduct@tinyboot.org; reports are confidential.\n",
        "Documentation/process/security-bugs.rst": "Security bugs\n=============\n\nReport "
        "security vulnerabilities privately to security@tinyboot.org, not to the "
        "public list. Include the affected version and a reproducer; the security team "
        "coordinates a fix and an embargo date with you.\n",
        "core/checksum.c": "// SPDX-License-Identifier: BSD-2-Clause\n" + C_MODULE,
        "arch/riscv/entry.S": "/* SPDX-License-Identifier: BSD-2-Clause */\n_start:\n\tj "
        "main\n",
    },
    first_author="lena",
    first_signoff=True,
    first_tag="v1.0",
    history=(
        Commit("priya", days_ago=20, signoff=True, message="core: faster checksum"),
        Commit("paul", days_ago=11, signoff=True, message="riscv: SBI console"),
        Commit("lena", days_ago=2, signoff=True, message="tinyboot 1.1", tag="v1.1"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "contributor-terms documentation licence-file licence-free licence-consistency "
        "code-of-conduct maintainers security-policy activity audiences"
    ),
)

DOCUMENTATION_DIR_APP = Layout(
    name="documentation-dir-desktop-app",
    description="Desktop application with a capitalised Documentation/ folder holding the "
    "user manual, the contribution guide and the security policy",
    files={
        "README.md": document(
            "Planche",
            ("Manual", "See Documentation/user-manual.md or https://planche.org/manual."),
            ("Licence", "Planche is free software (ISC licence)."),
            intro="Planche is a storyboard editor for animators, teachers and small studios: "
            "draw panels, add timing and export an animatic.",
        ),
        "LICENSE": licence(ISC, "The Planche authors"),
        "Documentation/user-manual.md": manual(
            "# User manual\n\nCreate a board, draw panels, set the "
        "duration of each panel and export the animatic as video.\n",
            "en",
        ),
        "Documentation/CONTRIBUTING.md": contributing("en", "Planche"),
        "Documentation/SECURITY.md": security("en", "security@planche.org"),
        "src/board.cpp": "int panels() { return 0; }\n",
    },
    first_author="paul",
    history=(Commit("paul", days_ago=6, message="Onion skin", tag="v0.6.0"),),
    expected=verdicts(
        "readme commons-statement project-metadata contributing-guide documentation "
        "licence-file licence-free licence-consistency security-policy activity "
        "audiences"
    ),
)

_REUSE_PY = """\
# SPDX-FileCopyrightText: 2024 The pathfinder authors
# SPDX-License-Identifier: MIT
\"\"\"Shortest paths on a transit graph.\"\"\"


def cost(minutes: int) -> int:
    return minutes
"""

REUSE_TOML = Layout(
    name="reuse-compliant-toml",
    description="REUSE-compliant tree: LICENSES/ with every licence used, SPDX headers in "
    "code, REUSE.toml covering documentation and data",
    files={
        "README.md": document(
            "pathfinder",
            ("Licensing", "pathfinder is free software. Code is under the MIT licence, "
             "configuration files under 0BSD; every file says which (REUSE)."),
            intro="pathfinder computes accessible routes on public transport for wheelchair "
            "users and the associations that advise them. Web app: https://pathfinder.org",
        ),
        "LICENSES/MIT.txt": licence(MIT, "The pathfinder authors", "2024"),
        "LICENSES/0BSD.txt": licence(ZERO_BSD, "The pathfinder authors", "2024"),
        "REUSE.toml": 'version = 1\n\n[[annotations]]\npath = ["README.md", "docs/**", '
        '"pyproject.toml"]\nSPDX-FileCopyrightText = "2024 The pathfinder authors"\n'
        'SPDX-License-Identifier = "MIT"\n\n[[annotations]]\npath = "config/**"\n'
        'SPDX-FileCopyrightText = "2024 The pathfinder authors"\nSPDX-License-Identifier = '
        '"0BSD"\n',
        "pyproject.toml": '[project]\nname = "pathfinder"\nversion = "0.3.0"\ndescription = '
        '"Accessible transit routes"\nlicense = "MIT"\n\n[project.urls]\nHomepage = '
        '"https://pathfinder.org"\n',
        "docs/index.md": manual(
            "# pathfinder\n\nHow routes are scored: steps, lifts out of order, "
        "platform gaps.\n",
            "en",
        ),
        "config/default.toml": "max_walk_minutes = 10\n",
        "pathfinder/__init__.py": _REUSE_PY,
        "pathfinder/graph.py": _REUSE_PY,
    },
    first_author="ines",
    history=(Commit("camille", days_ago=8, message="Lift outages"),),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata documentation "
        "licence-file licence-free licence-consistency reuse-compliance activity audiences"
    ),
)

_REUSE_JS_FR = """\
// SPDX-FileCopyrightText: 2023 Ville de Lyon
// SPDX-License-Identifier: BSD-3-Clause
export function formatDate(date) {
  return date.toISOString().slice(0, 10);
}
"""

REUSE_DEP5_FR = Layout(
    name="fr-reuse-dep5",
    description="Arborescence REUSE française : LICENSES/BSD-3-Clause.txt, en-têtes SPDX dans "
    "le code, .reuse/dep5 pour la documentation et les images",
    files={
        "README.md": document(
            "Cantine Menus",
            ("Licence", "Logiciel libre sous licence BSD-3-Clause ; chaque fichier porte ses "
             "informations de droits (conforme REUSE)."),
            intro="Cantine Menus publie les menus des cantines scolaires en données ouvertes "
            "pour les familles, les diététiciennes et les services de restauration. Site : "
            "https://menus.fr",
        ),
        "LICENSES/BSD-3-Clause.txt": licence(BSD_3, "Ville de Lyon"),
        ".reuse/dep5": "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/"
        "1.0/\nUpstream-Name: cantine-menus\n\nFiles: README.md docs/* images/*\nCopyright: "
        "2023 Ville de Lyon\nLicense: BSD-3-Clause\n",
        "docs/format.md": manual(
            "# Format des menus\n\nUn fichier JSON par semaine, un objet par "
        "repas, avec les allergènes.\n",
            "fr",
        ),
        "images/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
        "src/menus.js": _REUSE_JS_FR,
        "src/semaine.js": _REUSE_JS_FR,
    },
    first_author="yanis",
    history=(Commit("yanis", days_ago=15, message="Allergènes"),),
    expected=verdicts(
        "readme commons-statement project-metadata documentation licence-file licence-free "
        "licence-consistency reuse-compliance activity audiences"
    ),
)

REUSE_PARTIAL = Layout(
    name="reuse-partial",
    description="A project that started REUSE and stopped: LICENSES/ and one header, but "
    "most files carry no copyright or licence information",
    files={
        "README.md": "# tinyhttp-mock\n\nA mock HTTP server for front-end developers' tests: "
        "declare routes and canned answers in a JSON file, start the server before the test "
        "suite and assert on the requests it received.\n\nMIT licensed.\n",
        "LICENSES/MIT.txt": licence(MIT, "tinyhttp-mock authors"),
        "src/server.js": "// SPDX-License-Identifier: MIT\n" + JS_MODULE,
        "src/routes.js": JS_MODULE,
        "src/fixtures.js": JS_MODULE,
        "package.json": package_json("tinyhttp-mock", "Mock HTTP server",
                                     "https://github.com/example/tinyhttp-mock", "MIT"),
    },
    first_author="tom",
    expected=verdicts(
        "readme project-metadata licence-file licence-free licence-consistency activity"
    ),
)

MONOREPO = Layout(
    name="js-monorepo-packages",
    description="JavaScript monorepo: packages/*/README.md, package.json and CHANGELOG.md per "
    "package, root README, CONTRIBUTING, CODE_OF_CONDUCT and CODEOWNERS",
    files={
        "README.md": document(
            "mapkit-suite",
            ("Packages", "- `packages/core`: projections and tiles\n- `packages/react`: React "
             "components\n- `packages/cli`: tile generation"),
            ("License", "All packages are open source under the MIT License."),
            intro="mapkit-suite is a set of packages for building web maps, used by newsroom "
            "graphics teams and civic-tech groups. Docs and examples: https://mapkit.dev",
        ),
        "LICENSE": licence(MIT, "mapkit-suite contributors"),
        "CONTRIBUTING.md": contributing("en", "mapkit-suite"),
        "CODE_OF_CONDUCT.md": code_of_conduct("en", "mapkit-suite", "conduct@mapkit.dev"),
        ".github/CODEOWNERS": "/packages/core/  @lvogel\n/packages/react/ @nourh\n"
        "/packages/cli/   @tbecker\n",
        "package.json": '{\n  "name": "mapkit-suite",\n  "private": true,\n  "workspaces": '
        '["packages/*"]\n}\n',
        "pnpm-workspace.yaml": "packages:\n  - 'packages/*'\n",
        "packages/core/README.md": "# @mapkit/core\n\nProjections and vector tiles for the web.\n",
        "packages/core/package.json": package_json("@mapkit/core", "Projections and tiles",
                                                   "https://mapkit.dev", "MIT"),
        "packages/core/CHANGELOG.md": changelog("en", "2.1.0", "2.0.0"),
        "packages/core/src/index.js": JS_MODULE,
        "packages/react/README.md": "# @mapkit/react\n\nReact components for mapkit maps.\n",
        "packages/react/package.json": package_json("@mapkit/react", "React components",
                                                    "https://mapkit.dev", "MIT"),
        "packages/react/CHANGELOG.md": changelog("en", "1.4.0", "1.3.0"),
        "packages/cli/README.md": "# @mapkit/cli\n\nGenerate vector tiles from GeoJSON.\n",
        "packages/cli/package.json": package_json("@mapkit/cli", "Tile generation",
                                                  "https://mapkit.dev", "MIT"),
    },
    first_author="lena",
    history=(
        Commit("nour", days_ago=17, message="react: legend component"),
        Commit("tom", days_ago=8, message="cli: simplify geometries"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "documentation licence-file licence-free licence-consistency code-of-conduct "
        "maintainers changelog activity audiences"
    ),
)

GNU_STYLE = Layout(
    name="gnu-style-plain-files",
    description="GNU-style C project with files without extensions: README, COPYING, NEWS, "
    "AUTHORS, HACKING, ChangeLog, THANKS and a Texinfo manual in doc/",
    files={
        "README": "GNU-style units converter\n\nqconv converts quantities between units on the "
        "command line and in scripts; it is for students, engineers and anyone who cooks "
        "from foreign recipes.\n\nqconv is free software: you can redistribute it under the "
        "terms of the ISC licence (see COPYING).\n\nHome page: https://qconv.org\n"
        "Report bugs to bug-qconv@lists.org.\n",
        "COPYING": licence(ISC, "qconv authors"),
        "NEWS": "qconv NEWS\n\n* Noteworthy changes in release 3.2 (2024-02-01)\n\n** Imperial "
        "cooking units.\n\n* Noteworthy changes in release 3.1 (2023-07-12)\n\n** Currency "
        "rates from a local file.\n",
        "AUTHORS": "Paul Meunier: original author\nYanis Benali: currency support\n",
        "HACKING": "Hacking on qconv\n\nBug reports: send them to bug-qconv@lists.org "
        "with the exact command and output.\n\nPatches: clone the repository, make your "
        "change with a test in tests/, and send the output of git format-patch to the list. "
        "Follow the GNU coding standards.\n\nTranslations and new unit definitions are welcome "
        "too; unit files need no C at all.\n",
        "ChangeLog": "2024-02-01  Paul Meunier  <paul.meunier@inria.fr>\n\n\t* units.dat: "
        "Imperial cooking units.\n",
        "THANKS": "Thanks to the many people who reported bugs.\n",
        "doc/qconv.texi": "\\input texinfo\n@settitle qconv manual\n@node Top\n@top qconv\n\n"
        "This manual documents qconv, the units converter.\n\n@node Invoking\n"
        "@chapter Invoking qconv\n\nGive a quantity with its unit and the unit wanted: "
        "@code{qconv '3 cups' ml}. Without arguments, qconv reads one conversion per line "
        "from standard input, which suits scripts and spreadsheets.\n\n@node Units\n"
        "@chapter Defining units\n\nUnits live in units.dat, one definition per line, "
        "in terms of other units; add your own in ~/.qconv.\n@bye\n",
        "configure.ac": "AC_INIT([qconv], [3.2])\n",
        "src/qconv.c": C_MODULE,
    },
    first_author="paul",
    history=(Commit("yanis", days_ago=26, message="Currency rates", tag="v3.2"),),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "documentation licence-file licence-free licence-consistency changelog activity "
        "audiences"
    ),
)

MKDOCS_SITE = Layout(
    name="mkdocs-site-deep-pages",
    description="Project whose community pages live in an MkDocs site: docs/contributing.md, "
    "docs/community/code-of-conduct.md, docs/community/governance.md, docs/security.md, "
    "docs/about/release-notes.md, docs/sponsors.md and a French translation in docs/fr/",
    files={
        "README.md": "# datawell\n\ndatawell is an open-source catalogue for the datasets of "
        "small organisations: describe, search and share data without a data team. It is "
        "free software under the BSD 3-Clause licence.\n\nEverything else is on the website, "
        "built from docs/: https://datawell.org\n",
        "LICENSE": licence(BSD_3, "datawell contributors"),
        "mkdocs.yml": "site_name: datawell\nnav:\n  - Home: index.md\n  - Contributing: "
        "contributing.md\n  - Community:\n    - community/code-of-conduct.md\n    - "
        "community/governance.md\n  - Security: security.md\n  - Release notes: "
        "about/release-notes.md\n  - Sponsors: sponsors.md\n",
        "docs/index.md": manual(
            "# datawell\n\nInstall datawell, describe a first dataset and publish "
        "the catalogue.\n",
            "en",
        ),
        "docs/contributing.md": contributing("en", "datawell"),
        "docs/community/code-of-conduct.md": code_of_conduct("en", "datawell",
                                                             "conduct@datawell.org"),
        "docs/community/governance.md": governance("en", "datawell"),
        "docs/security.md": security("en", "security@datawell.org"),
        "docs/about/release-notes.md": changelog("en", "0.9.0", "0.8.0"),
        "docs/sponsors.md": "# Sponsors\n\ndatawell is funded by its users. Support it on "
        "Open Collective: https://opencollective.com/datawell. The money pays a part-time "
        "maintainer and the demo server.\n",
        "docs/fr/index.md": manual(
            "# datawell\n\nInstaller datawell, décrire un premier jeu de "
        "données et publier le catalogue.\n",
            "fr",
        ),
        "datawell/catalogue.py": "def search(query):\n    return []\n",
    },
    first_author="marta",
    history=(
        Commit("giulia", days_ago=18, message="Search facets"),
        Commit("marta", days_ago=4, message="French docs"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "translations documentation licence-file licence-free licence-consistency "
        "governance code-of-conduct security-policy changelog activity funding audiences"
    ),
)

GITLAB_EN = Layout(
    name="gitlab-templates-codeowners",
    description="GitLab project: .gitlab/issue_templates/, .gitlab/merge_request_templates/, "
    ".gitlab/CODEOWNERS, CONTRIBUTING.md and CHANGELOG.md at the root",
    files={
        "README.md": document(
            "fleetwatch",
            ("Licence", "fleetwatch is open source (BSD 3-Clause)."),
            intro="fleetwatch tracks the maintenance of municipal vehicle fleets for garage "
            "managers and procurement officers. Handbook: https://fleetwatch.org/docs",
        ),
        "LICENSE": licence(BSD_3, "fleetwatch authors"),
        "CONTRIBUTING.md": contributing("en", "fleetwatch", other=False),
        "CHANGELOG.md": changelog("en"),
        ".gitlab/issue_templates/Bug.md": bug_report("en"),
        ".gitlab/issue_templates/Feature.md": "## Problem\n\n## Proposal\n\n/label ~feature\n",
        ".gitlab/merge_request_templates/Default.md": change_request_template("en"),
        ".gitlab/CODEOWNERS": "[Backend]\n/app/ @jlindqvist @tbecker\n",
        "app/vehicles.rb": "class Vehicle\nend\n",
    },
    first_author="jo",
    history=(Commit("tom", days_ago=7, message="Service intervals"),),
    expected=verdicts(
        "readme commons-statement project-metadata contributing-guide issue-templates "
        "documentation licence-file licence-free licence-consistency maintainers changelog "
        "activity audiences"
    ),
)

PRESS_KIT = Layout(
    name="press-kit-and-brand",
    description="Project with a communication kit: press/ with vector logos, a one-paragraph "
    "pitch and a press release, brand/ usage guidelines, FUNDING.yml",
    files={
        "README.md": document(
            "Bibliobus",
            ("Spread the word", "Logos, a short pitch and a press release are in press/; read "
             "brand/GUIDELINES.md before using the logo."),
            ("Licence", "Bibliobus is free software under the MIT licence."),
            intro="Bibliobus manages the routes and loans of mobile libraries serving rural "
            "villages. For librarians, drivers and the readers who follow the bus. Website: "
            "https://bibliobus.org",
        ),
        "LICENSE": licence(MIT, "Bibliobus contributors"),
        ".github/FUNDING.yml": funding_yml(open_collective="bibliobus", liberapay="bibliobus"),
        "press/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><rect '
        'width="20" height="10" fill="#c62828"/></svg>\n',
        "press/logo-monochrome.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 '
        '10"><rect width="20" height="10"/></svg>\n',
        "press/pitch.md": "# Bibliobus in a paragraph\n\nBibliobus is free software that helps "
        "mobile libraries plan their rounds and lend books in villages without a library.\n",
        "press/press-release-2024.md": "# Bibliobus 2.0 released\n\nThe new version works "
        "offline along the whole route.\n",
        "brand/GUIDELINES.md": "# Using the Bibliobus name and logo\n\nUse the logo unchanged, "
        "on a light background, with clear space around it. Do not suggest endorsement.\n",
        "src/date.js": JS_MODULE,
    },
    first_author="ines",
    history=(Commit("camille", days_ago=12, message="Offline loans", tag="v2.0.0"),),
    expected=verdicts(
        "readme commons-statement community-diversity licence-file licence-free "
        "licence-consistency project-metadata activity funding dissemination-kit "
        "audiences"
    ),
)

LAYOUTS = (
    KERNEL_STYLE,
    DOCUMENTATION_DIR_APP,
    REUSE_TOML,
    REUSE_DEP5_FR,
    REUSE_PARTIAL,
    MONOREPO,
    GNU_STYLE,
    MKDOCS_SITE,
    GITLAB_EN,
    PRESS_KIT,
)

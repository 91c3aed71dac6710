"""English-language projects: libraries, services and tools as they are usually laid out."""

from __future__ import annotations

from .licences import BSD_2, BSD_3, ISC, MIT, licence
from .model import Commit, Layout, verdicts
from .texts import (
    GO_MODULE,
    JS_MODULE,
    PY_MODULE,
    RUST_MODULE,
    bug_report,
    cargo_toml,
    change_request_template,
    changelog,
    code_of_conduct,
    contributing,
    document,
    funding_yml,
    governance,
    issue_form,
    maintainers,
    manual,
    package_json,
    pyproject,
    security,
)

PYTHON_SPHINX = Layout(
    name="python-library-sphinx-github",
    description="Python library with a Sphinx docs/ site and its community files in .github/",
    files={
        "README.md": document(
            "tidewatch",
            ("Installation", "```\npip install tidewatch\n```"),
            ("Documentation", "The user guide and the API reference are published at "
             "https://tidewatch.readthedocs.io."),
            ("Licence", "tidewatch is free software, released under the BSD 3-Clause licence "
             "(see LICENSE)."),
            intro="tidewatch reads tide-gauge records from public observatories and turns them "
            "into clean time series. It is meant for coastal researchers, harbour authorities "
            "and curious sailors who need reliable sea-level data without writing parsers.",
        ),
        "LICENSE": licence(BSD_3, "The tidewatch developers"),
        "pyproject.toml": pyproject(
            "tidewatch", "Clean time series from tide-gauge records",
            "https://tidewatch.readthedocs.io", "BSD-3-Clause",
        ),
        "docs/conf.py": 'project = "tidewatch"\nextensions = ["sphinx.ext.autodoc"]\n',
        "docs/index.rst": manual(
            "tidewatch\n=========\n\nUser guide for tidewatch: installing it, "
        "reading a gauge file, resampling, exporting.\n\n.. toctree::\n\n   usage\n   api\n",
            "en",
        ),
        "docs/usage.rst": manual(
            "Usage\n=====\n\nOpen a gauge file with ``tidewatch.open(path)``; the "
        "result is a series indexed by UTC time, with gaps marked rather than filled.\n",
            "en",
        ),
        "docs/api.rst": "API\n===\n\n.. automodule:: tidewatch\n   :members:\n",
        ".github/CONTRIBUTING.md": contributing("en", "tidewatch"),
        ".github/CODE_OF_CONDUCT.md": code_of_conduct("en", "tidewatch", "conduct@tidewatch.org"),
        ".github/SECURITY.md": security("en", "security@tidewatch.org"),
        ".github/ISSUE_TEMPLATE/bug_report.yml": issue_form("en"),
        ".github/PULL_REQUEST_TEMPLATE.md": change_request_template("en"),
        ".github/FUNDING.yml": funding_yml(open_collective="tidewatch"),
        "CHANGELOG.md": changelog("en"),
        "src/tidewatch/__init__.py": PY_MODULE,
        "tests/test_core.py": "def test_normalise():\n    assert True\n",
    },
    first_author="lena",
    history=(
        Commit("priya", days_ago=20, message="Resample with pandas offsets", repeat=8),
        Commit("marta", days_ago=12, message="Read Spanish IEO files", repeat=8),
        Commit("lena", days_ago=9, message="Gap detection", repeat=7),
        Commit("lena", days_ago=5, message="Release 1.1.0", tag="v1.1.0"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "issue-templates documentation licence-file licence-free licence-consistency "
        "code-of-conduct security-policy changelog activity funding audiences"
    ),
)

RUST_CLI = Layout(
    name="rust-cli-minimal",
    description="Small Rust command-line tool by one person: README, LICENSE, Cargo.toml, tags",
    files={
        "README.md": "# tabcut\n\nCut columns out of tab-separated files, faster than `cut` on "
        "very large inputs.\n\n```\ntabcut -f 2,5 data.tsv\n```\n\nInstall with "
        "`cargo install tabcut`.\n",
        "LICENSE": licence(MIT, "Sam Okafor"),
        "Cargo.toml": cargo_toml(
            "tabcut", "Cut columns out of TSV files", "https://github.com/samok/tabcut", "MIT"
        ),
        "src/lib.rs": RUST_MODULE,
        "src/main.rs": "fn main() {}\n",
    },
    first_author="sam",
    first_tag="v0.9.0",
    history=(Commit("sam", days_ago=10, message="Handle CRLF", tag="v0.9.2"),),
    expected=verdicts(
        "readme project-metadata licence-file licence-free licence-consistency activity"
    ),
)

GO_SERVICE_GITHUB = Layout(
    name="go-service-company",
    description="Go service published by one company, with all community files in .github/ "
    "and a CODEOWNERS file",
    files={
        "README.md": document(
            "relayd",
            ("Quick start", "```\ngo install example.com/relayd@latest\nrelayd -config "
             "relay.toml\n```"),
            ("Licence", "Released under the ISC licence, an open source licence."),
            intro="relayd forwards webhooks from public forges to internal chat rooms, with "
            "retries and signature checks. Operators deploy it as one static binary; the "
            "handbook at https://relayd.com explains every option.",
        ),
        "LICENSE": licence(ISC, "Acme Cloud SAS"),
        "go.mod": "module example.com/relayd\n\ngo 1.22\n",
        "server/health.go": GO_MODULE,
        ".github/CONTRIBUTING.md": contributing("en", "relayd", other=False, cla=True),
        ".github/CODE_OF_CONDUCT.md": code_of_conduct("en", "relayd", "opensource@acme-cloud.com"),
        ".github/SECURITY.md": security("en", "security@acme-cloud.com"),
        ".github/CODEOWNERS": "# Reviewers for each area\n*        @acme/relayd-team\n"
        "/server/ @priya-r @tbecker\n",
        ".github/ISSUE_TEMPLATE/bug_report.md": bug_report("en"),
        ".github/ISSUE_TEMPLATE/config.yml": "blank_issues_enabled: false\n",
        ".github/pull_request_template.md": change_request_template("en"),
    },
    first_author="priya",
    history=(
        Commit("priya", days_ago=40, message="Signature checks", repeat=9),
        Commit("tom", days_ago=15, message="Retry with backoff", tag="v2.0.0", repeat=8),
        Commit("jo", days_ago=3, message="Verify GitLab signatures", repeat=8),
    ),
    expected=verdicts(
        "readme commons-statement project-metadata contributing-guide issue-templates "
        "contributor-terms documentation licence-file licence-free licence-consistency "
        "code-of-conduct maintainers security-policy activity audiences"
    ),
)

README_SECTIONS = Layout(
    name="readme-sections-only",
    description="Everything in the README: contributing, conduct, security, maintainers, "
    "governance and funding are sections rather than files",
    files={
        "README.md": document(
            "quillpad",
            ("Features", "- Offline first\n- Markdown and plain text\n- Sync through any "
             "WebDAV server"),
            ("Contributing", "Found a bug? Open an issue with the steps to reproduce it and "
             "the version you use. To propose a change, fork the repository, make a branch and "
             "open a pull request; run `npm test` first. Translating the interface or "
             "improving this documentation is just as welcome as code."),
            ("Code of conduct", "Everyone taking part in quillpad is expected to be respectful "
             "and kind; harassment of any kind is not tolerated. Report any problem to "
             "conduct@quillpad.app; reports stay confidential."),
            ("Security", "Please report vulnerabilities privately to security@quillpad.app "
             "rather than in a public issue; we answer within two days."),
            ("Governance", "Decisions are made by consensus of the maintainers in public "
             "issues; when they disagree, the lead maintainer decides. Regular contributors "
             "are invited to join the maintainer team."),
            ("Maintainers", "- Nour Haddad (@nourh), lead\n- Sam Okafor (@samok)"),
            ("Support the project", "quillpad is funded by its users through Open Collective: "
             "https://opencollective.com/quillpad. The budget pays for hosting and a yearly "
             "contributor meeting."),
            ("Licence", "quillpad is free and open source software under the MIT licence."),
            intro="quillpad is a note-taking app for people who want their notes in plain files "
            "they own. It runs in the browser and on the desktop; visit https://quillpad.app "
            "to try it.",
        ),
        "LICENSE.md": licence(MIT, "The quillpad authors"),
        "package.json": package_json(
            "quillpad", "Offline-first notes in plain files", "https://quillpad.app", "MIT"
        ),
        "src/date.js": JS_MODULE,
    },
    first_author="nour",
    history=(Commit("nour", days_ago=6, message="WebDAV sync"),),
    expected=verdicts(
        "readme commons-statement project-metadata contributing-guide licence-file "
        "licence-free licence-consistency governance code-of-conduct maintainers "
        "security-policy activity funding audiences"
    ),
)

ASCIIDOC_JAVA = Layout(
    name="java-asciidoc",
    description="Java library documented in AsciiDoc: README.adoc, CONTRIBUTING.adoc, "
    "CHANGELOG.adoc, LICENSE.txt and Maven metadata",
    files={
        "README.adoc": "= geoproj4j\n\ngeoproj4j converts coordinates between map projections "
        "in pure Java. GIS developers and mapping teams use it to reproject survey data "
        "without native libraries.\n\n== Usage\n\n[source,java]\n----\nPoint p = "
        "Projections.get(\"EPSG:2154\").toWgs84(x, y);\n----\n\n== Documentation\n\nThe full "
        "guide is in link:docs/guide.adoc[docs/guide.adoc] and online at "
        "https://geoproj4j.dev.\n\n== Licence\n\nOpen source under the BSD 2-Clause licence.\n",
        "CONTRIBUTING.adoc": "= Contributing\n\n== Reporting bugs\n\nOpen an issue describing "
        "the projection, the input coordinates, the expected and actual results.\n\n== Pull "
        "requests\n\nFork, create a branch, add a unit test that fails without your change, "
        "and open a pull request against main. Run `mvn verify` before.\n\n== Beyond code\n\n"
        "Documentation fixes, new worked examples and reviews of open pull requests are very "
        "welcome.\n",
        "CHANGELOG.adoc": "= Changelog\n\n== 3.1.0 (2024-04-02)\n\n* Lambert 93 grids.\n\n"
        "== 3.0.0 (2023-12-01)\n\n* Java 17 baseline.\n",
        "LICENSE.txt": licence(BSD_2, "geoproj4j contributors"),
        "pom.xml": "<project>\n  <artifactId>geoproj4j</artifactId>\n  <name>geoproj4j</name>\n"
        "  <description>Map projections in pure Java</description>\n  <url>https://geoproj4j"
        ".dev</url>\n  <licenses>\n    <license>\n      <name>BSD-2-Clause</name>\n    "
        "</license>\n  </licenses>\n</project>\n",
        "docs/guide.adoc": manual(
            "= User guide\n\n== Choosing a projection\n\nUse the EPSG code of "
        "the source data; geoproj4j knows every code in the EPSG registry.\n\n== Datum "
        "shifts\n\nGrid files are loaded lazily from the classpath.\n",
            "en",
        ),
        "src/main/java/dev/geoproj/Projections.java": "package dev.geoproj;\n\npublic final "
        "class Projections {}\n",
    },
    first_author="paul",
    history=(
        Commit("lena", days_ago=40, message="Grid shift files"),
        Commit("paul", days_ago=9, message="Release 3.1.0", tag="v3.1.0"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "documentation licence-file licence-free licence-consistency changelog activity "
        "audiences"
    ),
)

RST_PYTHON = Layout(
    name="python-rst-classic",
    description="Older Python package in reStructuredText: README.rst, CONTRIBUTING.rst, "
    "HISTORY.rst, AUTHORS.rst, LICENSE, setup.cfg",
    files={
        "README.rst": "pollster\n========\n\npollster runs opinion surveys by text message for "
        "small newsrooms and NGOs: write the questions, send them to a list of numbers, read "
        "the results as a spreadsheet.\n\nDocumentation: https://pollster.readthedocs.io\n\n"
        "pollster is free software, licensed under the ISC licence.\n",
        "CONTRIBUTING.rst": "Contributing\n============\n\nBug reports\n-----------\n\nReport "
        "bugs on the issue tracker, with your Python version and the full traceback.\n\n"
        "Pull requests\n-------------\n\nFork the project, create a topic branch, add tests "
        "and open a pull request. Make sure ``tox`` passes.\n\nOther contributions\n"
        "-------------------\n\nWe welcome documentation, translations of the SMS templates "
        "and help triaging issues.\n",
        "HISTORY.rst": "History\n=======\n\n2.4.0 (2023-09-01)\n------------------\n\n* "
        "Twilio webhooks.\n\n2.3.0 (2023-01-15)\n------------------\n\n* CSV export.\n",
        "AUTHORS.rst": "Authors\n=======\n\n* Sam Okafor\n* Nour Haddad\n",
        "LICENSE": licence(ISC, "Sam Okafor"),
        "setup.cfg": "[metadata]\nname = pollster\ndescription = SMS surveys for newsrooms\n"
        "url = https://pollster.readthedocs.io\nlicense = ISC\n",
        "docs/index.rst": manual(
            "pollster\n========\n\nThis guide explains how to write a "
        "questionnaire, import contacts and read the results.\n",
            "en",
        ),
        "docs/questionnaires.rst": manual(
            "Questionnaires\n==============\n\nA questionnaire is a "
        "YAML file with one entry per question and the accepted answers.\n",
            "en",
        ),
        "pollster/__init__.py": PY_MODULE,
    },
    first_author="sam",
    history=(Commit("sam", days_ago=14, message="Twilio webhooks", tag="2.4.0"),),
    expected=verdicts(
        "readme commons-statement project-metadata contributing-guide documentation "
        "licence-file licence-free licence-consistency changelog activity audiences"
    ),
)

FOUNDATION_GOVERNED = Layout(
    name="foundation-governed-project",
    description="Project under a foundation: GOVERNANCE.md with a legal structure, "
    "MAINTAINERS.md, CODE_OF_CONDUCT.md, SECURITY.md and a DCO with signed-off commits",
    files={
        "README.md": document(
            "meshkit",
            ("Community", "Read GOVERNANCE.md to see how decisions are made and "
             "CONTRIBUTING.md to get started. The project website is https://meshkit.org."),
            ("Licence", "meshkit is open source software under the BSD 3-Clause licence."),
            intro="meshkit builds and repairs triangle meshes for engineering simulations. "
            "It serves simulation engineers, researchers and the makers of CAD tools.",
        ),
        "GOVERNANCE.md": governance("en", "meshkit", structure="the Open Geometry Foundation, "
                                    "a non-profit foundation"),
        "MAINTAINERS.md": maintainers("en", [
            ("Lena Vogel", "lena.vogel@uni-heidelberg.de", "core"),
            ("Paul Meunier", "paul.meunier@inria.fr", "repair"),
            ("Priya Raman", "priya@acme-cloud.com", "bindings"),
        ]),
        "CONTRIBUTING.md": contributing("en", "meshkit", dco=True),
        "CODE_OF_CONDUCT.md": code_of_conduct("en", "meshkit", "conduct@meshkit.org"),
        "SECURITY.md": security("en", "security@meshkit.org"),
        "LICENSE": licence(BSD_3, "The Open Geometry Foundation"),
        "CHANGELOG.md": changelog("en"),
        "docs/index.md": manual(
            "# meshkit documentation\n\nStart with the tutorial, then read about "
        "mesh quality metrics and the repair pipeline.\n",
            "en",
        ),
        "docs/tutorial.md": manual(
            "# Tutorial\n\nLoad a mesh, check its quality and repair holes in "
        "five lines of code.\n",
            "en",
        ),
        "src/mesh.c": "int mesh_ok(void) { return 1; }\n",
    },
    first_author="lena",
    first_signoff=True,
    history=(
        Commit("paul", days_ago=25, signoff=True, message="Hole filling", repeat=8),
        Commit("priya", days_ago=18, signoff=True, message="Python bindings", repeat=8),
        Commit("lena", days_ago=10, signoff=True, message="Quality metrics", repeat=6),
        Commit("lena", days_ago=4, signoff=True, message="Release 1.1.0", tag="v1.1.0"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "contributor-terms documentation licence-file licence-free governance "
        "licence-consistency code-of-conduct maintainers security-policy changelog activity "
        "audiences"
    ),
)

CLA_COMPANY = Layout(
    name="company-open-core-cla",
    description="Open-core product of a single company: CLA in CONTRIBUTING.md, issue "
    "templates, a changelog, all commits from the company's domain",
    files={
        "README.md": document(
            "ledgerline",
            ("Editions", "The community edition in this repository is open source under the "
             "MIT licence; the enterprise features are sold separately."),
            intro="ledgerline is a double-entry bookkeeping server for small businesses and "
            "their accountants. Try the hosted demo at https://ledgerline.com.",
        ),
        "LICENSE": licence(MIT, "Acme Cloud SAS"),
        "CONTRIBUTING.md": contributing("en", "ledgerline", other=False, cla=True),
        "CHANGELOG.md": changelog("en", "4.2.0", "4.1.0"),
        ".github/ISSUE_TEMPLATE/bug.md": bug_report("en"),
        ".github/ISSUE_TEMPLATE/feature.md": "---\nname: Feature request\nabout: Suggest an "
        "idea\n---\n\n## The problem\n\n## The solution you would like\n",
        "package.json": package_json("ledgerline", "Double-entry bookkeeping server",
                                     "https://ledgerline.com", "MIT"),
        "src/date.js": JS_MODULE,
    },
    first_author="priya",
    history=(
        Commit("tom", days_ago=20, message="VAT reports", repeat=10),
        Commit("jo", days_ago=8, message="Bank imports", repeat=10),
        Commit("priya", days_ago=2, message="Release 4.2.0", tag="v4.2.0"),
    ),
    expected=verdicts(
        "readme commons-statement project-metadata contributing-guide issue-templates "
        "contributor-terms licence-file licence-free licence-consistency changelog activity "
        "audiences"
    ),
)

ABANDONED = Layout(
    name="abandoned-prototype",
    description="Prototype left alone for years: a README, a licence, last commit in 2016",
    files={
        "README.md": "# hexmap\n\nExperimental hexagonal map renderer for board-game "
        "designers. Open index.html in a browser to see the demo.\n",
        "LICENSE": licence(MIT, "Tom Becker", "2016"),
        "index.html": "<!doctype html><title>hexmap</title><canvas></canvas>\n",
    },
    first_author="tom",
    first_days_ago=3100,
    history=(Commit("tom", days_ago=3000, message="Zoom"),),
    expected=verdicts(
        "readme licence-file licence-free audiences",
        not_applicable="licence-consistency",
    ),
)

ORG_DOT_GITHUB = Layout(
    name="dot-github-everything",
    description="TypeScript tool with every community document in .github/, issue forms, "
    "FUNDING.yml with Liberapay and a docs site in docs/",
    files={
        "README.md": document(
            "formwise",
            ("Getting started", "`npm install formwise`, then read the guide at "
             "https://formwise.dev/guide."),
            ("License", "MIT. formwise is free software: use it, study it, share it."),
            intro="formwise builds accessible web forms from a JSON description. It is for "
            "public services and small teams who must meet accessibility rules without a "
            "front-end specialist.",
        ),
        "LICENSE": licence(MIT, "formwise contributors"),
        "package.json": package_json("formwise", "Accessible forms from JSON",
                                     "https://formwise.dev", "MIT"),
        ".github/CONTRIBUTING.md": contributing("en", "formwise"),
        ".github/CODE_OF_CONDUCT.md": code_of_conduct("en", "formwise", "hello@formwise.dev"),
        ".github/SECURITY.md": security("en", "security@formwise.dev"),
        ".github/FUNDING.yml": funding_yml(liberapay="formwise"),
        ".github/ISSUE_TEMPLATE/bug.yml": issue_form("en"),
        ".github/ISSUE_TEMPLATE/question.yml": issue_form("en").replace("Bug report", "Question"),
        ".github/CODEOWNERS": "* @nourh @marta-ruiz\n",
        "docs/index.md": manual(
            "# formwise guide\n\nDescribe a form in JSON; formwise renders labels, "
        "hints and error messages that screen readers announce correctly.\n",
            "en",
        ),
        "docs/fields.md": manual(
            "# Field types\n\nText, number, date, choice and file fields, each "
        "with its accessibility notes.\n",
            "en",
        ),
        "src/date.js": JS_MODULE,
    },
    first_author="nour",
    history=(
        Commit("marta", days_ago=11, message="Date fields"),
        Commit("ines", days_ago=3, message="Error summary", tag="v1.0.0"),
    ),
    expected=verdicts(
        "readme commons-statement community-diversity project-metadata contributing-guide "
        "issue-templates documentation licence-file licence-free licence-consistency "
        "code-of-conduct maintainers security-policy activity funding audiences"
    ),
)

DEVELOPER_ONLY_README = Layout(
    name="developer-only-readme",
    description="Internal-looking library whose README only lists build commands: no "
    "description of what it is for, no website, no licence",
    files={
        "README.md": "# libqx\n\n## Build\n\n```\nmake\nmake install PREFIX=/usr/local\n```\n\n"
        "## Test\n\n```\nmake check\n```\n",
        "Makefile": "all:\n\tcc -c qx.c\n",
        "qx.c": "int qx(void) { return 0; }\n",
    },
    first_author="jo",
    expected=verdicts("activity", not_applicable="licence-consistency"),
)

LAYOUTS = (
    PYTHON_SPHINX,
    RUST_CLI,
    GO_SERVICE_GITHUB,
    README_SECTIONS,
    ASCIIDOC_JAVA,
    RST_PYTHON,
    FOUNDATION_GOVERNED,
    CLA_COMPANY,
    ABANDONED,
    ORG_DOT_GITHUB,
    DEVELOPER_ONLY_README,
)

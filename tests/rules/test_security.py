"""security-policy: a private way to report a vulnerability, wherever forges look."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

POLICY_EN = """\
# Security policy

Only the latest release receives security fixes.

## Reporting a vulnerability

{channel}

We answer within five working days and publish an advisory once a fix is released.
"""

POLICY_FR = """\
Politique de sécurité
=====================

Seule la dernière version reçoit des correctifs de sécurité.

Signaler une vulnérabilité
--------------------------

{channel}

Nous répondons sous cinq jours ouvrés.
"""

CHANNELS_EN = [
    "Please write privately to security@cartofaune.org, not in a public issue.",
    "Use https://github.com/cartofaune/cartofaune/security/advisories/new to report it.",
    "Use GitHub's private vulnerability reporting: Security tab, then Report a vulnerability.",
    "Report vulnerabilities through our disclosure form: https://cartofaune.org/vdp",
    "Write to [the security team](mailto:security@cartofaune.org).",
]
CHANNELS_FR = [
    "Écrivez à securite@cartofaune.fr sans ouvrir de ticket public.",
    "Ouvrez un ticket confidentiel sur notre GitLab.",
    "Signalez les failles via le formulaire https://cartofaune.fr/signalement-securite",
]

SECURITY_EN = POLICY_EN.format(channel=CHANNELS_EN[0])
SECURITY_FR = POLICY_FR.format(channel=CHANNELS_FR[0])
SECURITY_TXT = "Contact: mailto:security@cartofaune.org\nExpires: 2030-12-31T23:00:00.000Z\n"


@pytest.mark.parametrize(
    "path, text",
    [
        ("SECURITY.md", SECURITY_EN),
        ("security.rst", SECURITY_FR),
        ("SECURITY", SECURITY_EN),
        ("Security-Policy.adoc", SECURITY_EN.replace("# ", "= ")),
        (".github/SECURITY.md", SECURITY_EN),
        (".gitlab/security.md", SECURITY_FR),
        ("docs/SECURITY.fr.md", SECURITY_FR),
        ("SECURITE.md", SECURITY_FR),
        ("SÉCURITÉ.md", SECURITY_FR),
        ("security.txt", SECURITY_TXT),
        (".well-known/security.txt", SECURITY_TXT),
        ("public/.well-known/security.txt", "Contact: https://cartofaune.org/security-contact\n"),
        ("docs/security/index.md", SECURITY_EN),
        ("docs/fr/securite.md", SECURITY_FR),
    ],
)
def test_a_policy_with_a_private_channel_passes(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "text",
    [POLICY_EN.format(channel=c) for c in CHANNELS_EN]
    + [POLICY_FR.format(channel=c) for c in CHANNELS_FR],
)
def test_every_kind_of_private_channel_counts(git_repo, lint, text):
    git_repo.files({".github/SECURITY.md": text})
    assert lint(git_repo.path, "security-policy")["security-policy"].status is Status.PASSED


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"security.py": "SECRET_KEY_LENGTH = 64  # report: security@cartofaune.org\n"},
        {"src/security.py": "SECRET_KEY_LENGTH = 64  # report: security@cartofaune.org\n"},
        {"security/__init__.py": "", "security/tokens.py": "def sign(value):\n    ...\n"},
        {"src/security/README.md": SECURITY_EN},
        {"vendor/leaflet/SECURITY.md": SECURITY_EN},
        {"tests/fixtures/SECURITY.md": SECURITY_EN},
        {"docs/security/hardening.md": SECURITY_EN},
        {"SECURE.md": SECURITY_EN},
    ],
    ids=["none", "source-root", "source-file", "code-folder", "code-folder-readme", "vendored",
         "fixture", "docs-page-not-index", "other-name"],
)
def test_no_policy_fails_as_missing(git_repo, lint, files):
    git_repo.files({"main.py": "print('hello')\n", **files})
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.FAILED
    assert [(f.key, f.path) for f in result.findings] == [("missing", None)]


GUIDELINES = """\
# Security

Secure coding guidelines: validate every input, never log personal data, keep
dependencies up to date and run the static analysis before each release.
"""


@pytest.mark.parametrize(
    "path, text",
    [
        ("SECURITY.md", ""),
        ("SECURITY.md", GUIDELINES),
        (".github/SECURITY.md", POLICY_EN.format(channel="Write to security@example.com.")),
        ("SECURITE.md", POLICY_FR.format(channel="Écrivez à [INSERT EMAIL ADDRESS].")),
        ("security.txt", "Contact: mailto:security@example.com\nExpires: 2030-01-01\n"),
        (
            "SECURITY.md",
            POLICY_EN.format(channel="Open an issue: https://github.com/cartofaune/app/issues/new"),
        ),
    ],
    ids=["empty", "guidelines", "example-address", "placeholder", "security-txt-example",
         "public-issue"],
)
def test_no_private_channel_fails(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.FAILED
    assert [(f.key, f.path) for f in result.findings] == [("no-channel", path)]


def test_a_placeholder_is_named_with_its_line(git_repo, lint):
    git_repo.files({"SECURITY.md": POLICY_EN.format(channel="Write to <email>.")})
    finding = lint(git_repo.path, "security-policy")["security-policy"].findings[0]
    assert "<email>" in finding.message
    assert finding.line == 7


def test_a_file_that_points_elsewhere_passes_with_advice(git_repo, lint):
    git_repo.files({".github/SECURITY.md": "See https://www.cartofaune.org/security\n"})
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert [(f.key, f.advice) for f in result.findings] == [("points-elsewhere", True)]


@pytest.mark.parametrize(
    "section",
    [
        "## Security\n\nReport vulnerabilities privately to security@cartofaune.org.\n",
        "Sécurité\n--------\n\nSignalez les failles à securite@cartofaune.fr.\n",
    ],
)
def test_a_readme_section_with_a_channel_passes_with_advice(git_repo, lint, section):
    git_repo.files({"README.md": "# Cartofaune\n\nMaps wildlife.\n\n" + section})
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [(f.key, f.path) for f in result.findings] == [("readme-section", "README.md")]


def test_a_readme_section_without_a_channel_does_not_count(git_repo, lint):
    git_repo.files({"README.md": "# Cartofaune\n\n## Security\n\nPasswords are hashed.\n"})
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert [f.key for f in result.findings] == ["missing"]


def test_messages_follow_the_language(git_repo, lint):
    git_repo.files({"SECURITY.md": GUIDELINES})
    finding = lint(git_repo.path, "security-policy", language="fr")["security-policy"].findings[0]
    assert "ne dit pas comment signaler une vulnérabilité en privé" in finding.message


def test_plain_directory(plain_dir, lint):
    plain_dir.write("SECURITY.md", SECURITY_EN)
    assert lint(plain_dir.path, "security-policy")["security-policy"].status is Status.PASSED


# ----- issue 9: families seen on real repositories ------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "# Defined below are the security contacts of this repository.\n#\n"
        "# DO NOT REPORT VULNERABILITIES TO THESE NAMES: FOLLOW THE INSTRUCTIONS AT\n"
        "# https://cartofaune.org/security/\n\nalice\nbob\n",
        "# Contacts sécurité de ce dépôt.\n# Pour signaler une faille, suivez la procédure :\n"
        "# https://cartofaune.fr/securite/\n\nalice\nbob\n",
    ],
    ids=["en", "fr"],
)
def test_security_contacts_with_where_to_report_pass(git_repo, lint, text):
    git_repo.files({"SECURITY_CONTACTS": text})
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.PASSED, result.findings
    assert result.facts["contacts"][0]["kind"] == "url"


def test_security_contacts_with_names_only_fail(git_repo, lint):
    git_repo.files({"SECURITY_CONTACTS": "# Security contacts of this repository\n\nalice\nbob\n"})
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.FAILED


@pytest.mark.parametrize(
    "text",
    [
        "The Cartofaune security page is [https://cartofaune.org/security.html]"
        "(https://cartofaune.org/security.html).\n",
        "<!-- Licensed to the Cartofaune foundation under the Apache License, Version 2.0; "
        "you may not use this file except in compliance with the License. -->\n"
        "See https://foundation-carto.org/security/ for the process.\n",
        "La page sécurité du projet : https://cartofaune.fr/securite\n",
        "Voir [notre politique de sécurité](https://cartofaune.fr/a-propos/politique).\n",
    ],
    ids=["security-page", "comment-then-page", "page-fr", "policy-by-link-text-fr"],
)
def test_a_policy_that_sends_reporters_to_a_security_page_passes_with_advice(
    git_repo, lint, text
):
    git_repo.files({"SECURITY.md": text})
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.PASSED_WITH_ADVICE, result.findings
    assert [f.key for f in result.findings] == ["points-elsewhere"]
    assert result.facts["contacts"][0]["kind"] == "url"


@pytest.mark.parametrize(
    "text",
    [
        # A hardening guide that links to a page about something else.
        "# Security\n\nRun the service behind TLS, keep the database on a private "
        "network, rotate the keys every year and apply the updates of the operating "
        "system; see https://cartofaune.org/deployment for the recommended settings of "
        "the reverse proxy and the database.\n",
        # The security page of the forge's documentation is a reference.
        "# Security\n\nRead https://docs.github.com/en/code-security/security-advisories "
        "to learn how advisories work.\n",
        # An address only inside a code block.
        "# Security\n\n```sh\nmail security@cartofaune.org < report.txt\n```\n",
        # "at" and "dot" in lower case are words of a sentence.
        "# Security\n\nLook at the dot org site for news about releases and plans.\n",
    ],
    ids=["other-page", "reference", "code-block", "lowercase-words"],
)
def test_near_misses_of_a_reporting_channel_fail(git_repo, lint, text):
    git_repo.files({"SECURITY.md": text})
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.FAILED, result.findings


@pytest.mark.parametrize(
    "address",
    ["maintainer.c AT gmail DOT com", "securite arobase cartofaune point fr",
     "security [at] cartofaune [dot] org"],
)
def test_an_address_written_against_harvesting_is_a_private_channel(git_repo, lint, address):
    text = POLICY_EN.format(channel=f"Send the details privately to <{address}>.")
    git_repo.files({"SECURITY.md": text})
    result = lint(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.PASSED, result.findings
    assert result.facts["contacts"][0] == {
        "kind": "email", "value": address, "path": "SECURITY.md",
        "line": text.count("\n", 0, text.index(address)) + 1,
    }

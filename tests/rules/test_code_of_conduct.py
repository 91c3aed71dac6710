"""code-of-conduct: a code of conduct that gives a real way to report a problem."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

BODY_EN = """\
# Code of conduct

Cartofaune is built by volunteers, naturalists and public agents. We expect everyone
to be kind, to welcome newcomers, to criticise ideas rather than people, and to accept
that a maintainer may remove messages that break these rules.

## Reporting

{contact}
"""

BODY_FR = """\
Code de conduite
================

Cartofaune est construit par des bénévoles, des naturalistes et des agents publics.
Nous attendons de chacun bienveillance, accueil des nouveaux venus et critiques portant
sur les idées, jamais sur les personnes.

Signalement
-----------

{contact}
"""

CONTACTS_EN = [
    "Report any incident to conduct@cartofaune.org; two people read that address.",
    "To report an incident, fill in our form: https://framaforms.org/signalement-cartofaune",
    "[Write to the moderation team](mailto:moderation@cartofaune.org).",
    "Contact the moderators at moderation [at] cartofaune [dot] org.",
]
CONTACTS_FR = [
    "Signalez tout incident à conduite@cartofaune.fr.",
    "Pour signaler un problème, utilisez le formulaire https://forms.cartofaune.fr/moderation",
]

COC_EN = BODY_EN.format(contact=CONTACTS_EN[0])
COC_FR = BODY_FR.format(contact=CONTACTS_FR[0])


@pytest.mark.parametrize(
    "path, text",
    [
        ("CODE_OF_CONDUCT.md", COC_EN),
        ("code-of-conduct.rst", COC_FR),
        ("CODEOFCONDUCT.md", COC_EN),
        ("CONDUCT", COC_EN),
        (".github/CODE_OF_CONDUCT.md", COC_EN),
        (".gitlab/code_of_conduct.md", COC_EN),
        ("docs/CODE_OF_CONDUCT.fr.md", COC_FR),
        ("CODE_DE_CONDUITE.md", COC_FR),
        ("Code-de-Conduite.adoc", COC_FR),
        ("CHARTE_DE_CONDUITE.txt", COC_FR),
        ("docs/code-of-conduct/index.md", COC_EN),
        ("docs/fr/code-de-conduite.md", COC_FR),
    ],
)
def test_a_code_with_a_contact_passes(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "code-of-conduct")["code-of-conduct"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "text",
    [BODY_EN.format(contact=c) for c in CONTACTS_EN]
    + [BODY_FR.format(contact=c) for c in CONTACTS_FR],
)
def test_every_kind_of_contact_counts(git_repo, lint, text):
    git_repo.files({"CODE_OF_CONDUCT.md": text})
    assert lint(git_repo.path, "code-of-conduct")["code-of-conduct"].status is Status.PASSED


def test_a_contact_in_one_translation_is_enough(git_repo, lint):
    git_repo.files(
        {
            "CODE_OF_CONDUCT.md": BODY_EN.format(contact="See the French version."),
            "CODE_OF_CONDUCT.fr.md": COC_FR,
        }
    )
    assert lint(git_repo.path, "code-of-conduct")["code-of-conduct"].status is Status.PASSED


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"tests/fixtures/CODE_OF_CONDUCT.md": COC_EN},
        {"vendor/leaflet/CODE_OF_CONDUCT.md": COC_EN},
        {"node_modules/x/CODE_OF_CONDUCT.md": COC_EN},
        {"CODE.md": COC_EN},
        {"conduct.py": "CONTACT = 'conduct@cartofaune.org'\n"},
        {"src/conduct.py": "CONTACT = 'conduct@cartofaune.org'\n"},
    ],
    ids=["none", "fixture", "vendored", "node-modules", "code-md", "source-root", "source-src"],
)
def test_no_code_of_conduct_fails_as_missing(git_repo, lint, files):
    git_repo.files({"main.py": "print('hello')\n", **files})
    result = lint(git_repo.path, "code-of-conduct")["code-of-conduct"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]


@pytest.mark.parametrize("text", ["", "# Code of Conduct\n", "# Code de conduite\n\nTODO\n"])
def test_an_empty_code_fails(git_repo, lint, text):
    git_repo.files({"CODE_OF_CONDUCT.md": text})
    result = lint(git_repo.path, "code-of-conduct")["code-of-conduct"]
    assert [(f.key, f.path) for f in result.findings] == [("empty", "CODE_OF_CONDUCT.md")]


@pytest.mark.parametrize(
    "contact, placeholder",
    [
        ("Report incidents to the team at [INSERT CONTACT METHOD].", "[INSERT CONTACT METHOD]"),
        ("Write to [email] with the details.", "[email]"),
        ("Contact <email> with the details.", "<email>"),
        ("Report incidents to contact@example.com.", "contact@example.com"),
        ("Signalez tout incident à [votre adresse électronique].", "[votre adresse électronique]"),
        ("TODO: decide who receives reports.", "TODO"),
    ],
)
def test_a_placeholder_is_not_a_contact(git_repo, lint, contact, placeholder):
    git_repo.files({".github/CODE_OF_CONDUCT.md": BODY_EN.format(contact=contact)})
    result = lint(git_repo.path, "code-of-conduct")["code-of-conduct"]
    assert result.status is Status.FAILED
    finding = result.findings[0]
    assert (finding.key, finding.path) == ("no-contact", ".github/CODE_OF_CONDUCT.md")
    assert placeholder in finding.message
    assert finding.line == BODY_EN.count("\n")  # the contact line, last of the file


@pytest.mark.parametrize(
    "contact",
    [
        "Be nice to each other.",
        "Report incidents in our public tracker: https://github.com/cartofaune/cartofaune/issues",
        "This code is adapted from the Contributor Covenant; report problems as it explains "
        "at https://www.contributor-covenant.org/faq",
        "Signalez les problèmes sur https://gitlab.com/cartofaune/cartofaune/-/issues",
    ],
    ids=["no-contact", "public-tracker", "reference-site", "public-tracker-fr"],
)
def test_no_private_way_to_report_fails(git_repo, lint, contact):
    git_repo.files({"CODE_OF_CONDUCT.md": BODY_EN.format(contact=contact)})
    result = lint(git_repo.path, "code-of-conduct")["code-of-conduct"]
    assert [f.key for f in result.findings] == ["no-contact"]


def test_adopting_a_template_by_link_only_fails(git_repo, lint):
    git_repo.files(
        {"CODE_OF_CONDUCT.md": "We follow https://www.contributor-covenant.org/version/2/1/\n"}
    )
    result = lint(git_repo.path, "code-of-conduct")["code-of-conduct"]
    assert [f.key for f in result.findings] == ["no-contact"]


@pytest.mark.parametrize(
    "path, text",
    [
        ("CODE_OF_CONDUCT.md", "This project follows https://cartofaune.org/code-of-conduct\n"),
        (".github/CODE_DE_CONDUITE.md", "Voir le code de conduite de l'association : "
                                        "https://asso-cartofaune.fr/charte\n"),
    ],
)
def test_a_file_that_points_elsewhere_passes_with_advice(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = lint(git_repo.path, "code-of-conduct")["code-of-conduct"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [(f.key, f.path) for f in result.findings] == [("points-elsewhere", path)]


def test_messages_follow_the_language(git_repo, lint):
    git_repo.files({"CODE_OF_CONDUCT.md": BODY_EN.format(contact="[INSERT CONTACT METHOD]")})
    finding = lint(git_repo.path, "code-of-conduct", language="fr")["code-of-conduct"].findings[0]
    assert finding.message.startswith("CODE_OF_CONDUCT.md ne donne aucun moyen de signaler")
    assert "Remplacez" in (finding.fix or "")


def test_plain_directory(plain_dir, lint):
    plain_dir.write("CODE_DE_CONDUITE.md", COC_FR)
    assert lint(plain_dir.path, "code-of-conduct")["code-of-conduct"].status is Status.PASSED


# ----- a README section instead of a file -------------------------------------------------

README_POINTER_EN = """\
# Hedgehog

Hedgehog maps the hedges of a town for its residents and gardeners.

## Code of Conduct

Everyone who takes part in the project is expected to follow the
[Foundation's Code of Conduct](https://conduct.hedgehog-foundation.org/).
"""

README_CONTACT_FR = """\
# Hérisson

Hérisson cartographie les haies d'une commune pour ses habitants et ses jardiniers.

## Code de conduite

Nous suivons la charte de la fondation. Pour signaler un comportement, écrivez en toute
discrétion à moderation@herisson.fr : deux personnes de l'équipe lisent ces messages.
"""


def test_a_readme_section_pointing_to_a_published_code_passes_with_advice(git_repo, lint):
    git_repo.files({"README.md": README_POINTER_EN})
    result = lint(git_repo.path, "code-of-conduct")["code-of-conduct"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert {f.key for f in result.findings} == {"readme-pointer", "readme-section"}
    pointer = next(f for f in result.findings if f.key == "readme-pointer")
    assert "conduct.hedgehog-foundation.org" in pointer.message and pointer.line == 5
    assert any(e.path == "README.md" and e.line == 5 for e in result.evidence)


def test_a_readme_section_with_a_reporting_address_passes_with_advice_in_french(
    git_repo, lint
):
    git_repo.files({"README.md": README_CONTACT_FR})
    result = lint(git_repo.path, "code-of-conduct", language="fr")["code-of-conduct"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert {f.key for f in result.findings} == {"readme-section"}
    assert result.facts["contacts"][0]["value"] == "moderation@herisson.fr"
    assert "section de README.md" in result.findings[0].message


@pytest.mark.parametrize("readme", [
    # The heading alone, with nothing under it.
    "# Hedgehog\n\nHedgehog maps hedges for residents.\n\n## Code of conduct\n\n"
    "## Usage\n\nRun it.\n",
    # The words in a paragraph, not a section.
    "# Hedgehog\n\nHedgehog maps hedges. We will write a code of conduct at "
    "https://hedgehog.example.net/soon later.\n",
    # A heading inside a fenced block.
    "# Hedgehog\n\nHedgehog maps hedges.\n\n```markdown\n## Code of Conduct\n\n"
    "See https://conduct.hedgehog-foundation.org/\n```\n",
])
def test_near_misses_of_a_readme_section_fail(git_repo, lint, readme):
    git_repo.files({"README.md": readme})
    result = lint(git_repo.path, "code-of-conduct")["code-of-conduct"]
    assert result.status is Status.FAILED
    assert {f.key for f in result.findings} == {"missing"}

"""publiccode-yml: a publiccode.yml at the root, valid against the standard's required keys."""

from __future__ import annotations

import re

import pytest

from commons_lint.config import RuleSettings, Settings, configure
from commons_lint.engine import run
from commons_lint.report import Severity, Status
from commons_lint.repository import Repository
from commons_lint.rules import discover

# A complete file (standard 0.4), described in French and English.
VALID = """\
# Fiche du projet pour code.gouv.fr et les catalogues de logiciels publics.
publiccodeYmlVersion: "0.4"

name: Cartofaune
url: "https://git.example.org/parc-naturel/cartofaune.git"
landingURL: "https://cartofaune.example.org"
softwareVersion: "1.2.0"
releaseDate: "2024-05-01"
platforms:
  - web
  - android
categories:
  - data-collection
  - geographic-information-systems
developmentStatus: stable
softwareType: standalone/web

description:
  fr:
    shortDescription: Carte collaborative des observations de faune sauvage.
    longDescription: >
      Cartofaune permet aux bénévoles des associations naturalistes de signaler
      leurs observations de faune sauvage depuis un navigateur ou un téléphone.
      Les communes et le parc naturel régional consultent la carte pour planifier
      ensemble les corridors écologiques, et exportent les données en format ouvert.
    features:
      - Saisie des observations sur le terrain, même hors connexion
      - Carte partagée entre communes, associations et parc naturel
      - Export des données en GeoJSON et CSV sous licence ouverte
  en:
    shortDescription: Collaborative map of wildlife sightings.
    longDescription: >
      Cartofaune lets volunteers from nature associations report wildlife sightings
      from a browser or a phone. Town councils and the regional nature park read the
      shared map to plan green corridors together and export the data in open formats.
    features:
      - Field entry of sightings, even offline
      - Map shared by towns, associations and the nature park
      - GeoJSON and CSV exports under an open licence

legal:
  license: EUPL-1.2
  mainCopyrightOwner: Parc naturel régional des Baronnies

maintenance:
  type: community
  contacts:
    - name: Camille Rousseau
      email: camille.rousseau@example.org
      affiliation: Association Faune et Territoires

localisation:
  localisationReady: true
  availableLanguages:
    - fr
    - en
"""


def without(text: str, *keys: str) -> str:
    """``text`` without the lines of these keys (and their nested lines)."""
    lines = text.splitlines(keepends=True)
    kept: list[str] = []
    skipping_indent: int | None = None
    for raw in lines:
        indent = len(raw) - len(raw.lstrip())
        if skipping_indent is not None:
            if raw.strip() and indent <= skipping_indent:
                skipping_indent = None
            else:
                continue
        if any(raw.strip().startswith(f"{key}:") for key in keys):
            skipping_indent = indent
            continue
        kept.append(raw)
    return "".join(kept)


# Keys missing at the top level are reported where the document's mapping starts.
ROOT = r"\w"


def line_of(text: str, pattern: str) -> int:
    for number, raw in enumerate(text.splitlines(), start=1):
        if re.match(pattern, raw):
            return number
    raise AssertionError(f"{pattern!r} not in the text")


def check(repo_path, lint, **kwargs):
    return lint(repo_path, "publiccode-yml", **kwargs)["publiccode-yml"]


def keys(result):
    return sorted(f.key for f in result.findings)


# ----- where the file is ----------------------------------------------------------------


@pytest.mark.parametrize(
    "path, text",
    [
        ("publiccode.yml", VALID),
        ("publiccode.yaml", VALID),
        ("publiccode.yml", VALID.replace('"0.4"', "0.4")),  # unquoted: YAML reads a number
        ("publiccode.yml", VALID.replace('"0.4"', '"0.4.0"')),
        ("publiccode.yml", VALID.replace('"0.4"', '"0"')),
        ("publiccode.yml", without(VALID.replace('"0.4"', '"0.5"'), "categories")),
        ("publiccode.yml", without(VALID, "softwareVersion", "releaseDate")),
        ("publiccode.yml", VALID.replace("type: community", "type: internal")),
    ],
    ids=["yml", "yaml", "unquoted-version", "three-part-version", "version-zero",
         "0.5-without-categories", "never-released", "internal-maintenance"],
)
def test_valid_file_passes(git_repo, lint, path, text):
    git_repo.files({path: text})
    result = check(git_repo.path, lint)
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"vendor/cartofaune-core/publiccode.yml": VALID},
        {"docs/examples/publiccode.yml": VALID},
        {"tests/fixtures/publiccode.yml": VALID},
        {"publiccode.yml.example": VALID},
        {"publiccode.json": "{}"},
    ],
    ids=["none", "vendored", "docs-example", "fixture", "example-suffix", "other-format"],
)
def test_absent_file_is_a_suggestion(git_repo, lint, files):
    git_repo.files({"README.md": "# Cartofaune\n", **files})
    result = check(git_repo.path, lint)
    assert result.status is Status.FAILED
    assert keys(result) == ["missing"]
    assert result.findings[0].severity is Severity.NOTE
    assert result.findings[0].path is None
    assert result.findings[0].fix


@pytest.mark.parametrize("path", [".github/publiccode.yml", "docs/publiccode.yaml"])
def test_file_away_from_the_root_fails(git_repo, lint, path):
    git_repo.files({path: VALID})
    result = check(git_repo.path, lint)
    assert result.status is Status.FAILED
    assert [(f.key, f.path) for f in result.findings] == [("not-at-root", path)]


def test_misnamed_file_fails_and_is_still_checked(git_repo, lint):
    git_repo.files({"PublicCode.yml": without(VALID, "name")})
    result = check(git_repo.path, lint)
    assert keys(result) == ["misnamed", "missing-name"]


# ----- required or suggested ----------------------------------------------------------


def run_with(path, severity, required):
    settings = Settings(source="test")
    settings.rules["publiccode-yml"] = RuleSettings(
        line=1, severity=severity, options={"required": required}
    )
    configured = configure(
        discover(), "default", settings, select=["publiccode-yml"], unknown_rule=KeyError
    )
    report = run(Repository(path), configured, profile="default", tool_version="test")
    return report.results[0]


@pytest.mark.parametrize(
    "required, expected", [(False, Severity.NOTE), (True, Severity.ERROR)]
)
def test_required_option_decides_the_weight_of_absence(git_repo, required, expected):
    git_repo.files({"README.md": "# Cartofaune\n"})
    result = run_with(git_repo.path, Severity.ERROR, required)
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]
    assert result.finding_severity(result.findings[0]) is expected


def test_invalid_file_counts_at_the_configured_severity(git_repo):
    git_repo.files({"publiccode.yml": without(VALID, "url")})
    result = run_with(git_repo.path, Severity.ERROR, False)
    assert result.finding_severity(result.findings[0]) is Severity.ERROR


def test_required_file_present_passes(git_repo, lint):
    git_repo.files({"publiccode.yml": VALID})
    result = check(git_repo.path, lint, options={"publiccode-yml": {"required": True}})
    assert result.status is Status.PASSED


# ----- content ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "# publiccode.yml: to be written\n", "---\n", "{}\n"],
    ids=["empty", "blank-lines", "comment-only", "document-marker", "empty-mapping"],
)
def test_empty_file_fails(git_repo, lint, text):
    git_repo.files({"publiccode.yml": text})
    result = check(git_repo.path, lint)
    assert result.status is Status.FAILED
    assert [(f.key, f.path) for f in result.findings] == [("empty", "publiccode.yml")]


@pytest.mark.parametrize(
    "text, bad_line",
    [
        (VALID.replace("name: Cartofaune", "name: Cartofaune: la carte\n  oops"), 4),
        (VALID.replace("  - android", '  - "android'), 11),
        (VALID.replace("softwareType: standalone/web", "softwareType: [standalone/web"), 16),
        (VALID + "---\nname: second document\n", 57),
    ],
    ids=["colon-in-value", "unclosed-quote", "unclosed-bracket", "two-documents"],
)
def test_malformed_yaml_fails_with_its_line(git_repo, lint, text, bad_line):
    git_repo.files({"publiccode.yml": text})
    result = check(git_repo.path, lint)
    assert keys(result) == ["invalid-yaml"]
    # The parser may see the mistake a line or two after it is made.
    assert bad_line <= result.findings[0].line <= bad_line + 2


@pytest.mark.parametrize("text", ["- name: Cartofaune\n", "Cartofaune\n"])
def test_file_that_is_not_a_mapping_fails(git_repo, lint, text):
    git_repo.files({"publiccode.yml": text})
    assert keys(check(git_repo.path, lint)) == ["not-a-mapping"]


@pytest.mark.parametrize(
    "removed, key, parent",
    [
        ("publiccodeYmlVersion", "missing-publiccodeYmlVersion", ROOT),
        ("name", "missing-name", ROOT),
        ("url", "missing-url", ROOT),
        ("platforms", "missing-platforms", ROOT),
        ("categories", "missing-categories", ROOT),
        ("developmentStatus", "missing-developmentStatus", ROOT),
        ("softwareType", "missing-softwareType", ROOT),
        ("description", "missing-description", ROOT),
        ("legal", "missing-legal", ROOT),
        ("license", "missing-legal.license", r"legal:"),
        ("maintenance", "missing-maintenance", ROOT),
        ("type", "missing-maintenance.type", r"maintenance:"),
        ("contacts", "missing-maintenance.contacts", r"maintenance:"),
        ("localisation", "missing-localisation", ROOT),
        ("localisationReady", "missing-localisation.localisationReady", r"localisation:"),
        ("availableLanguages", "missing-localisation.availableLanguages", r"localisation:"),
    ],
)
def test_each_missing_key_is_reported_at_its_parent(git_repo, lint, removed, key, parent):
    text = without(VALID, removed)
    git_repo.files({"publiccode.yml": text})
    result = check(git_repo.path, lint)
    assert result.status is Status.FAILED
    assert keys(result) == [key]
    assert result.findings[0].path == "publiccode.yml"
    assert result.findings[0].line == line_of(text, parent)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("removed", ["shortDescription", "longDescription", "features"])
def test_each_description_language_needs_its_texts(git_repo, lint, language, removed):
    # Remove the key from one language only: fr comes before en, en before legal.
    start = VALID.index(f"  {language}:\n")
    end = VALID.index("\n  en:\n" if language == "fr" else "\nlegal:")
    text = VALID[:start] + without(VALID[start:end], removed) + VALID[end:]
    git_repo.files({"publiccode.yml": text})
    result = check(git_repo.path, lint)
    assert keys(result) == [f"missing-description.{language}.{removed}"]
    assert result.findings[0].line == line_of(text, rf"  {language}:")


def test_several_missing_keys_give_several_findings(git_repo, lint):
    git_repo.files({"publiccode.yml": without(VALID, "name", "url", "license")})
    assert keys(check(git_repo.path, lint)) == [
        "missing-legal.license", "missing-name", "missing-url",
    ]


def test_blank_value_counts_as_missing(git_repo, lint):
    git_repo.files({"publiccode.yml": VALID.replace("name: Cartofaune", "name:")})
    result = check(git_repo.path, lint)
    assert keys(result) == ["missing-name"]
    assert result.findings[0].line == 4


@pytest.mark.parametrize(
    "old, new, key",
    [
        ("platforms:\n  - web\n  - android", "platforms: web", "wrong-type-platforms"),
        ("localisationReady: true", 'localisationReady: "oui"',
         "wrong-type-localisation.localisationReady"),
        ("legal:\n  license: EUPL-1.2\n  mainCopyrightOwner: Parc naturel régional des Baronnies",
         "legal: EUPL-1.2", "wrong-type-legal"),
        ("  availableLanguages:\n    - fr\n    - en", "  availableLanguages: fr, en",
         "wrong-type-localisation.availableLanguages"),
        ("name: Cartofaune", "name:\n  fr: Cartofaune", "wrong-type-name"),
        ("description:\n  fr:", "description:\n  fr: Carte des observations\n  de:",
         "wrong-type-description.fr"),
    ],
    ids=["platforms-scalar", "boolean-as-text", "legal-scalar", "languages-scalar",
         "name-mapping", "language-not-mapping"],
)
def test_wrong_type_is_reported_at_the_value(git_repo, lint, old, new, key):
    text = VALID.replace(old, new)
    assert text != VALID
    git_repo.files({"publiccode.yml": text})
    result = check(git_repo.path, lint)
    assert key in keys(result)
    finding = next(f for f in result.findings if f.key == key)
    assert finding.line is not None and finding.fix


@pytest.mark.parametrize(
    "old, new, key",
    [
        ("developmentStatus: stable", "developmentStatus: finished",
         "invalid-value-developmentStatus"),
        ("softwareType: standalone/web", "softwareType: standalone",
         "invalid-value-softwareType"),
        ("type: community", "type: volunteers", "invalid-value-maintenance.type"),
    ],
)
def test_value_outside_the_standard_lists_fails(git_repo, lint, old, new, key):
    text = VALID.replace(old, new)
    git_repo.files({"publiccode.yml": text})
    result = check(git_repo.path, lint)
    assert keys(result) == [key]
    assert result.findings[0].line == line_of(text, rf"\s*{re.escape(new)}$")


def test_contract_maintenance_needs_contractors(git_repo, lint):
    text = without(VALID.replace("type: community", "type: contract"), "contacts")
    git_repo.files({"publiccode.yml": text})
    assert keys(check(git_repo.path, lint)) == ["missing-maintenance.contractors"]


def test_unmaintained_software_needs_no_contacts(git_repo, lint):
    text = without(VALID.replace("type: community", "type: none"), "contacts")
    git_repo.files({"publiccode.yml": text})
    assert check(git_repo.path, lint).status is Status.PASSED


# ----- the table of versions --------------------------------------------------------


def test_version_0_2_requires_a_generic_name(git_repo, lint):
    text = VALID.replace('"0.4"', '"0.2"')
    git_repo.files({"publiccode.yml": text})
    assert keys(check(git_repo.path, lint)) == [
        "missing-description.en.genericName", "missing-description.fr.genericName",
    ]


@pytest.mark.parametrize("version, expected", [
    ('"0.3"', ["missing-releaseDate"]), ('"0.4"', []), ('"0.2.2"', None),
])
def test_release_date_with_a_version_until_0_4(git_repo, lint, version, expected):
    text = without(VALID.replace('"0.4"', version), "releaseDate")
    git_repo.files({"publiccode.yml": text})
    found = keys(check(git_repo.path, lint))
    if expected is None:  # 0.2 also wants genericName
        assert "missing-releaseDate" in found
    else:
        assert found == expected


@pytest.mark.parametrize("version", ['"0.4"', '"0.3"', '"0.2"'])
def test_categories_required_until_0_4(git_repo, lint, version):
    git_repo.files({"publiccode.yml": without(VALID.replace('"0.4"', version), "categories")})
    assert "missing-categories" in keys(check(git_repo.path, lint))


def test_newer_version_passes_with_advice(git_repo, lint):
    git_repo.files({"publiccode.yml": VALID.replace('"0.4"', '"0.9"')})
    result = check(git_repo.path, lint)
    assert result.status is Status.PASSED_WITH_ADVICE
    assert keys(result) == ["unknown-version"]


@pytest.mark.parametrize("version", ['"banana"', '"0.1"', '"2019-03"'])
def test_unknown_version_fails(git_repo, lint, version):
    git_repo.files({"publiccode.yml": VALID.replace('"0.4"', version)})
    result = check(git_repo.path, lint)
    assert result.status is Status.FAILED
    assert keys(result) == ["unknown-version"]
    assert result.findings[0].line == 2


# ----- other settings ---------------------------------------------------------------


def test_plain_directory(plain_dir, lint):
    plain_dir.write("publiccode.yml", VALID)
    assert check(plain_dir.path, lint).status is Status.PASSED


def test_message_follows_language(git_repo, lint):
    git_repo.files({"README.md": "# Cartofaune\n"})
    assert "Pas de publiccode.yml" in check(git_repo.path, lint, language="fr").findings[0].message


def test_key_message_in_french(git_repo, lint):
    git_repo.files({"publiccode.yml": without(VALID, "license")})
    message = check(git_repo.path, lint, language="fr").findings[0].message
    assert "clé obligatoire legal.license" in message

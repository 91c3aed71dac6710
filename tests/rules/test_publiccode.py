"""publiccode-yml: a publiccode.yml at the root, valid against the standard's required keys."""

from __future__ import annotations

import gzip
import re
import struct
import time
import zlib
from pathlib import Path

import pytest
from commons_lint_rules import publiccode
from gitrepo import GitRepo
from linting import lint_report

from commons_lint.report import Severity, Status

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
        ("publiccode.yml", VALID.replace('"0.4"', '"0.4.0"')),
        ("publiccode.yml", VALID.replace('"0.4"', '"0"')),
        ("publiccode.yml", without(VALID.replace('"0.4"', '"0.5"'), "categories")),
        ("publiccode.yml", without(VALID, "softwareVersion", "releaseDate")),
        ("publiccode.yml", VALID.replace("type: community", "type: internal")),
    ],
    ids=["yml", "yaml", "three-part-version", "version-zero",
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
    report = lint_report(
        path, ["publiccode-yml"], options={"publiccode-yml": {"required": required}},
        severities={"publiccode-yml": severity},
    )
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


def test_version_0_2_does_not_require_a_generic_name(git_repo, lint):
    # The catalogues' parser reads every 0.x version with one schema: genericName,
    # mandatory in the text of 0.2, is optional (and deprecated) there too.
    text = VALID.replace('"0.4"', '"0.2"')
    git_repo.files({"publiccode.yml": text})
    assert check(git_repo.path, lint).status is Status.PASSED


@pytest.mark.parametrize("version", ['"0.3"', '"0.4"', '"0.2.2"'])
def test_release_date_is_optional_with_a_version(git_repo, lint, version):
    # The parser never requires releaseDate, even next to softwareVersion in 0.2 and 0.3.
    text = without(VALID.replace('"0.4"', version), "releaseDate")
    git_repo.files({"publiccode.yml": text})
    assert check(git_repo.path, lint).status is Status.PASSED


@pytest.mark.parametrize("version", ['"0.4"', '"0.3"', '"0.2"'])
def test_categories_optional_in_every_version(git_repo, lint, version):
    # Optional for the catalogues' parser in every 0.x version.
    git_repo.files({"publiccode.yml": without(VALID.replace('"0.4"', version), "categories")})
    assert check(git_repo.path, lint).status is Status.PASSED


@pytest.mark.parametrize("version", ['"banana"', '"0.1"', '"2019-03"', '"0.9"', '"0.4.1"', '"1"'])
def test_unsupported_version_fails(git_repo, lint, version):
    git_repo.files({"publiccode.yml": VALID.replace('"0.4"', version)})
    result = check(git_repo.path, lint)
    assert result.status is Status.FAILED
    assert keys(result) == ["unsupported-version"]
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


# ===== deeper checks: a file using the standard's optional keys ======================

FR_LONG = """\
Cartofaune permet aux bénévoles des associations naturalistes de signaler
      leurs observations de faune sauvage depuis un navigateur ou un téléphone.
      Les communes et le parc naturel régional consultent la carte pour planifier
      ensemble les corridors écologiques, et exportent les données en format ouvert."""
EN_LONG = """\
Cartofaune lets volunteers from nature associations report wildlife sightings
      from a browser or a phone. Town councils and the regional nature park read the
      shared map to plan green corridors together and export the data in open formats."""

RICH = f"""\
# Fiche complète (standard 0.4) : clés facultatives comprises.
publiccodeYmlVersion: "0.4"

name: Cartofaune
applicationSuite: Outils naturalistes du parc
url: "https://git.example.org/parc-naturel/cartofaune.git"
landingURL: "https://cartofaune.example.org"
isBasedOn:
  - "https://git.example.org/observatoire/carto-base.git"
softwareVersion: "1.2.0"
releaseDate: 2024-05-01
logo: img/logo.svg
platforms: [web, android]
categories:
  - data-collection
  - geographic-information-systems
usedBy:
  - Parc naturel régional des Baronnies
roadmap: "https://cartofaune.example.org/feuille-de-route"
developmentStatus: stable
softwareType: standalone/web
intendedAudience:
  countries: [FR, BE]
  scope: [environment]

description:
  fr:
    localisedName: Cartofaune
    shortDescription: Carte collaborative des observations de faune sauvage.
    longDescription: >
      {FR_LONG}
    documentation: "https://cartofaune.example.org/documentation"
    apiDocumentation: "https://cartofaune.example.org/api"
    features:
      - Saisie des observations sur le terrain, même hors connexion
      - Export des données en GeoJSON et CSV sous licence ouverte
    screenshots:
      - docs/captures/carte.png
    videos:
      - "https://video.example.org/w/cartofaune"
  en:
    shortDescription: Collaborative map of wildlife sightings.
    longDescription: >
      {EN_LONG}
    features:
      - Field entry of sightings, even offline
      - GeoJSON and CSV exports under an open licence

legal:
  license: EUPL-1.2 OR AGPL-3.0-or-later
  mainCopyrightOwner: Parc naturel régional des Baronnies

maintenance:
  type: contract
  contractors:
    - name: Géodonnées SCOP
      until: "2026-12-31"
      email: contact@geodonnees.example
      website: "https://geodonnees.example"
  contacts:
    - name: Camille Rousseau
      email: camille.rousseau@example.org
      phone: "+33 4 75 00 00 00"
      affiliation: Association Faune et Territoires

localisation:
  localisationReady: true
  availableLanguages: [fr, en, oc-FR]

dependsOn:
  open:
    - name: PostgreSQL
      versionMin: "13"
      optional: false
    - name: PostGIS
"""

# Files RICH names, plus a logo in a format the standard does not accept.
RICH_FILES = {"img/logo.svg": "<svg/>", "img/logo.gif": "GIF89a", "docs/captures/carte.png": "png"}


def check_rich(plain_dir, lint, text, **kwargs):
    for path, content in {**RICH_FILES, "publiccode.yml": text}.items():
        plain_dir.write(path, content)
    return check(plain_dir.path, lint, **kwargs)


def locate(text, needle):
    """(line, column) of the first ``needle`` in ``text``, both 1-based.

    A ``|`` in the needle marks the column, when the text before it only finds the line.
    """
    before, _bar, after = needle.rpartition("|") if "|" in needle else ("", "", needle)
    for number, raw in enumerate(text.splitlines(), start=1):
        if before + after in raw:
            return number, raw.index(before + after) + len(before) + 1
    raise AssertionError(f"{needle!r} not in the text")


def finding(result, key):
    found = [f for f in result.findings if f.key == key]
    assert found, (key, keys(result))
    return found[0]


def assert_at(result, key, text, needle):
    """The finding ``key`` is at the line and column of ``needle``."""
    item = finding(result, key)
    expected_line, expected_column = locate(text, needle)
    assert (item.line, item.column) == (expected_line, expected_column), item.message


@pytest.mark.parametrize(
    "text",
    [
        RICH,
        RICH.replace("logo: img/logo.svg",
                     'logo: "https://git.example.org/parc-naturel/cartofaune/raw/main/img/logo.svg"'),
        RICH.replace("logo: img/logo.svg", "logo: ./img/logo.svg"),
        RICH.replace("EUPL-1.2 OR AGPL-3.0-or-later", "eupl-1.2"),
        RICH.replace("EUPL-1.2 OR AGPL-3.0-or-later",
                     "(MIT OR Apache-2.0) AND LicenseRef-Baronnies"),
        RICH.replace("EUPL-1.2 OR AGPL-3.0-or-later",
                     "GPL-3.0-or-later WITH Classpath-exception-2.0"),
        RICH.replace('url: "https://git.example.org', 'url: "git://git.example.org'),
        RICH.replace('url: "https://git.example.org', 'url: "ssh://git@git.example.org'),
        RICH.replace("name: Cartofaune\n", "name:\tCartofaune\n"),  # a tab between tokens
        RICH.replace('releaseDate: 2024-05-01', 'releaseDate: "2024-02-29"'),
        RICH.replace("[fr, en, oc-FR]", "[fr, en-GB, zh-Hans-CN, es-419, sl-IT-nedis, gsw]"),
        RICH.replace("[environment]", "[environment, local-authorities]"),
        RICH + 'IT:\n  countryExtensionVersion: "0.2"\n  piattaforme:\n    spid: false\n',
    ],
    ids=["rich", "logo-url", "logo-dot-path", "lower-case-licence", "licence-ref",
         "licence-exception", "git-url", "ssh-url", "tab-separator", "leap-day",
         "language-tags", "two-scopes", "italian-section"],
)
def test_rich_valid_file_passes(plain_dir, lint, text):
    result = check_rich(plain_dir, lint, text)
    assert result.status is Status.PASSED, keys(result)


def test_version_0_5_keys_pass(plain_dir, lint):
    text = (
        RICH.replace('"0.4"', '"0.5"').replace("  - data-collection\n", "  - other\n")
        + "organisation:\n  name: Parc naturel régional des Baronnies\n"
        "  uri: urn:x-baronnies:parc\n"
        "fundedBy:\n  - name: Région Auvergne-Rhône-Alpes\n    uri: https://region.example\n"
    )
    assert check_rich(plain_dir, lint, text).status is Status.PASSED


LONG_FEATURE = "Saisie " + "très détaillée " * 8
ERROR_CASES = [
    # (old, new, finding key, where it points)
    ("releaseDate: 2024-05-01", "releaseDate: 2024-02-30", "invalid-date-releaseDate",
     "2024-02-30"),
    ("releaseDate: 2024-05-01", "releaseDate: 01/05/2024", "invalid-date-releaseDate", "01/05"),
    ('until: "2026-12-31"', 'until: "31/12/2026"',
     "invalid-date-maintenance.contractors[0].until", '"31/12'),
    ('url: "https://git.example.org/parc-naturel/cartofaune.git"',
     'url: "git@git.example.org:parc-naturel/cartofaune.git"', "invalid-url-url", '"git@'),
    ('url: "https://git.example.org/parc-naturel/cartofaune.git"',
     "url: git.example.org/parc-naturel/cartofaune", "invalid-url-url", "git.example.org/parc"),
    ('landingURL: "https://cartofaune.example.org"', "landingURL: cartofaune.example.org",
     "invalid-url-landingURL", "cartofaune.example.org"),
    ('roadmap: "https://', 'roadmap: "ftp://', "invalid-url-roadmap", '"ftp://'),
    ('documentation: "https://cartofaune.example.org/documentation"', 'documentation: "https://"',
     "invalid-url-description.fr.documentation", '"https://"'),
    ('- "https://video.example.org/w/cartofaune"', "- video.example.org/w/cartofaune",
     "invalid-url-description.fr.videos[0]", "video.example.org"),
    ('- "https://git.example.org/observatoire/carto-base.git"', "- carto-base",
     "invalid-url-isBasedOn[0]", "carto-base"),
    ("license: EUPL-1.2 OR AGPL-3.0-or-later", "license: EUPL 1.2",
     "invalid-licence-legal.license", "EUPL 1.2"),
    ("license: EUPL-1.2 OR AGPL-3.0-or-later", "license: MIT/Apache-2.0",
     "invalid-licence-legal.license", "MIT/"),
    ("license: EUPL-1.2 OR AGPL-3.0-or-later", "license: EUPL-1.2 OR",
     "invalid-licence-legal.license", "EUPL-1.2 OR"),
    ("license: EUPL-1.2 OR AGPL-3.0-or-later", "license: EUPL-1.3 OR AGPL-3.0-or-later",
     "unknown-licence-legal.license", "EUPL-1.3"),
    ("shortDescription: Carte collaborative des observations de faune sauvage.",
     "shortDescription: " + "Carte collaborative des observations de faune sauvage. " * 3,
     "too-long-description.fr.shortDescription", "Carte collaborative"),
    (f">\n      {EN_LONG}", "Too short.", "too-short-description.en.longDescription",
     "Too short."),
    (f">\n      {EN_LONG}", "x" * 10_001, "too-long-description.en.longDescription", "xxxx"),
    ("[fr, en, oc-FR]", "[fr, en_GB]", "invalid-language-localisation.availableLanguages[1]",
     "en_GB"),
    ("[fr, en, oc-FR]", "[fr, english]", "invalid-language-localisation.availableLanguages[1]",
     "english"),
    ("  fr:\n    localisedName", "  fra_FR:\n    localisedName",
     "invalid-language-description.fra_FR", "fra_FR"),
    ("  - data-collection", "  - cartography", "invalid-value-categories[0]", "cartography"),
    ("  - data-collection", "  - autre", "invalid-value-categories[0]", "- |autre"),
    ("name: Cartofaune\n", "name: Cartofaune\ntags: [nature]\n", "unknown-key-tags", "tags:"),
    ("  license: EUPL", "  licence: EUPL-1.2\n  license: EUPL", "unknown-key-legal.licence",
     "licence:"),
    ('publiccodeYmlVersion: "0.4"', "publiccodeYmlVersion: 0.4",
     "wrong-type-publiccodeYmlVersion", "Version: |0.4"),
    ('publiccodeYmlVersion: "0.4"', 'publiccodeYmlVersion: "1.0"', "unsupported-version",
     '"1.0"'),
    ("    - name: Camille Rousseau\n      email", "    - email",
     "missing-maintenance.contacts[0].name", "email: camille"),
    ("email: camille.rousseau@example.org", "email: camille.rousseau(at)example.org",
     "invalid-email-maintenance.contacts[0].email", "camille.rousseau(at)"),
    ('      until: "2026-12-31"\n', "", "missing-maintenance.contractors[0].until",
     "name: Géodonnées"),
    ("type: contract", "type: community", "not-allowed-maintenance.contractors", "contractors:"),
    ("logo: img/logo.svg", "logo: img/absent.svg", "file-not-found-logo", "img/absent.svg"),
    ("logo: img/logo.svg", "logo: /img/logo.svg", "invalid-path-logo", "/img/logo.svg"),
    ("logo: img/logo.svg", "logo: ../cartofaune-assets/logo.svg", "invalid-path-logo", "../"),
    ("logo: img/logo.svg", "logo: img/logo.gif", "invalid-format-logo", "img/logo.gif"),
    ("- docs/captures/carte.png", "- docs/captures/absente.png",
     "file-not-found-description.fr.screenshots[0]", "docs/captures/absente.png"),
    ("countries: [FR, BE]", "countries: [France, BE]",
     "invalid-country-intendedAudience.countries[0]", "France"),
    ("      - Saisie des observations sur le terrain, même hors connexion",
     "      - saisie: sur le terrain", "wrong-type-description.fr.features[0]", "saisie:"),
    ("localisationReady: true", "localisationReady: oui, en partie",
     "wrong-type-localisation.localisationReady", "oui"),
    ("    - name: PostGIS", "    - version: \"3\"", "missing-dependsOn.open[1].name",
     'version: "3"'),
    ("optional: false", "optional: parfois", "wrong-type-dependsOn.open[0].optional", "parfois"),
    ("platforms: [web, android]", "platforms: [web, [android, ios]]", "wrong-type-platforms[1]",
     "[android"),
    ("name: Cartofaune\n", "name: Cartofaune\nname: Cartofaune 2\n", "duplicate-key-name",
     "name: Cartofaune 2"),
    ('publiccodeYmlVersion: "0.4"', "publiccodeYmlVersion: [0.4]",
     "wrong-type-publiccodeYmlVersion", "[0.4]"),
]


@pytest.mark.parametrize(
    "old, new, key, needle", ERROR_CASES, ids=[f"{case[2]}:{case[3]}" for case in ERROR_CASES]
)
def test_each_class_of_error_fails_at_its_line_and_column(plain_dir, lint, old, new, key, needle):
    assert old in RICH
    text = RICH.replace(old, new, 1)
    result = check_rich(plain_dir, lint, text)
    assert result.status is Status.FAILED
    assert_at(result, key, text, needle)
    assert not finding(result, key).advice
    # Each mistake gives its own finding, and nothing else fails.
    assert [f.key for f in result.findings if not f.advice] == [key]


def test_genericName_length_in_version_0_2(plain_dir, lint):
    text = RICH.replace('"0.4"', '"0.2"').replace(
        "    localisedName: Cartofaune\n",
        "    localisedName: Cartofaune\n"
        "    genericName: Carte collaborative des observations naturalistes\n",
    ).replace("  en:\n", "  en:\n    genericName: Wildlife map\n")
    result = check_rich(plain_dir, lint, text)
    assert [f.key for f in result.findings if not f.advice] == [
        "too-long-description.fr.genericName"
    ]
    assert_at(result, "too-long-description.fr.genericName", text, "Carte collaborative des obs")


def test_fix_suggests_the_corrected_language_tag(plain_dir, lint):
    result = check_rich(plain_dir, lint, RICH.replace("[fr, en, oc-FR]", "[fr, en_GB]"))
    assert "en-GB" in finding(result, "invalid-language-localisation.availableLanguages[1]").fix


ADVICE_CASES = [
    # Deprecated keys and values, as the catalogues' parser warns of them.
    ("  mainCopyrightOwner:", "  repoOwner: Parc\n  mainCopyrightOwner:",
     "deprecated-legal.repoOwner", "repoOwner"),
    ("countries: [FR, BE]", "countries: [FR, be]",
     "lower-case-country-intendedAudience.countries[1]", "be]"),
    ("logo: img/logo.svg", "logo: img/logo.svg\nmonochromeLogo: img/logo.svg",
     "deprecated-monochromeLogo", "monochromeLogo"),
    ("    localisedName: Cartofaune\n", "    genericName: Carte\n",
     "deprecated-description.fr.genericName", "genericName"),
    ("license: EUPL-1.2 OR AGPL-3.0-or-later", "license: AGPL-3.0",
     "deprecated-licence-legal.license", "AGPL-3.0"),
    ("      - Export des données", f"      - {LONG_FEATURE}\n      - Export des données",
     "long-item-description.fr.features[1]", "Saisie très"),
]


@pytest.mark.parametrize(
    "old, new, key, needle", ADVICE_CASES, ids=[case[2] for case in ADVICE_CASES]
)
def test_advice_leaves_the_rule_passing(plain_dir, lint, old, new, key, needle):
    assert old in RICH
    text = RICH.replace(old, new, 1)
    result = check_rich(plain_dir, lint, text)
    assert result.status is Status.PASSED_WITH_ADVICE, keys(result)
    assert keys(result) == [key]
    assert_at(result, key, text, needle)


def test_unknown_key_next_to_a_missing_one(plain_dir, lint):
    # A misspelt key: the standard's key is missing, the other is named.
    text = RICH.replace("  license: EUPL", "  licence: EUPL")
    result = check_rich(plain_dir, lint, text)
    assert result.status is Status.FAILED
    assert keys(result) == ["missing-legal.license", "unknown-key-legal.licence"]


# ----- YAML that parses, but not as the author meant ----------------------------------


@pytest.mark.parametrize(
    "old, new, key, needle",
    [
        ("  license: EUPL-1.2 OR AGPL-3.0-or-later\n",
         "  license: MIT\n  license: EUPL-1.2 OR AGPL-3.0-or-later\n",
         "duplicate-key-legal.license", "license: EUPL"),
        ("      phone:", "      name: C. Rousseau\n      phone:",
         "duplicate-key-maintenance.contacts[0].name", "name: C. Rousseau"),
        ("\nlegal:\n", "\ndescription:\n  de:\n    shortDescription: Karte\nlegal:\n",
         "duplicate-key-description", "description:\n"),
    ],
    ids=["nested", "in-a-list-item", "whole-section"],
)
def test_duplicated_keys_fail_at_the_repetition(plain_dir, lint, old, new, key, needle):
    text = RICH.replace(old, new, 1)
    result = check_rich(plain_dir, lint, text)
    assert result.status is Status.FAILED
    item = finding(result, key)
    repeated = [number for number, raw in enumerate(text.splitlines(), start=1)
                if raw.strip() == needle.strip() or raw.strip().startswith(needle.strip())]
    assert item.line == repeated[-1]
    assert "line" in item.fix


def test_keys_differing_in_case_are_not_duplicates(plain_dir, lint):
    result = check_rich(plain_dir, lint, RICH.replace("name: Cartofaune\n",
                                                       "name: Cartofaune\nName: Cartofaune\n"))
    assert keys(result) == ["unknown-key-Name"]


def test_anchors_aliases_and_merge_keys(plain_dir, lint):
    text = RICH.replace(
        "    features:\n      - Saisie des", "    features: &features\n      - Saisie des"
    ).replace(
        "    features:\n      - Field entry of sightings, even offline\n"
        "      - GeoJSON and CSV exports under an open licence\n",
        "    features: *features\n",
    ).replace("  fr:\n    localisedName", "  fr: &french\n    localisedName").replace(
        "\nlegal:\n",
        "\n  fr-BE:\n    <<: *french\n    shortDescription: Carte de la faune.\nlegal:\n",
    )
    result = check_rich(plain_dir, lint, text)
    # fr-BE takes its long description and features from fr, and overrides the short one.
    assert result.status is Status.PASSED, keys(result)


def test_aliases_point_to_the_anchored_value(plain_dir, lint):
    text = RICH.replace("  - data-collection", "  - &bad cartography").replace(
        "  - geographic-information-systems", "  - *bad"
    )
    result = check_rich(plain_dir, lint, text)
    assert keys(result) == ["invalid-value-categories[0]", "invalid-value-categories[1]"]
    assert {f.line for f in result.findings} == {locate(text, "&bad")[0]}


@pytest.mark.parametrize(
    "extra",
    [
        "usedBy: &loop [*loop]\n",  # a list holding itself
        "x-a: &a [x, x, x, x, x, x, x, x, x]\n"
        "x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
        "x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        "x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
        "x-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
        "usedBy: *f\n",  # nine to the sixth strings if expanded
    ],
    ids=["self-reference", "alias-bomb"],
)
def test_pathological_aliases_end_quickly(plain_dir, lint, extra):
    # A structure that holds itself, or one past the bounded parser's expansion limit,
    # is malformed YAML, reported at the alias that crosses the line.
    text = without(RICH, "usedBy") + extra
    result = check_rich(plain_dir, lint, text)
    assert result.status is Status.FAILED
    assert keys(result) == ["invalid-yaml"]
    assert result.findings[0].line is not None
    assert result.findings[0].line > text.count("\n") - extra.count("\n")
    assert result.duration < 5


@pytest.mark.parametrize(
    "old, new, needle",
    [
        ("  license: EUPL", "\tlicense: EUPL", "\tlicense"),
        ("    - name: PostGIS", "  \t- name: PostGIS", "\t- name"),
    ],
    ids=["tab-only", "spaces-then-tab"],
)
def test_tab_indentation_fails_with_its_line_and_column(plain_dir, lint, old, new, needle):
    text = RICH.replace(old, new)
    result = check_rich(plain_dir, lint, text)
    assert keys(result) == ["tab-indentation"]
    assert_at(result, "tab-indentation", text, needle)


def test_tab_inside_a_block_text_is_content(plain_dir, lint):
    first_line = EN_LONG.splitlines()[0]
    text = RICH.replace(first_line, f"{first_line}\n      \tindented in the text")
    assert check_rich(plain_dir, lint, text).status is Status.PASSED


def test_invalid_yaml_gives_the_column(plain_dir, lint):
    text = RICH.replace("platforms: [web, android]", "platforms: [web, android")
    result = check_rich(plain_dir, lint, text)
    assert keys(result) == ["invalid-yaml"]
    assert result.findings[0].column is not None


# ----- size -------------------------------------------------------------------------


def test_very_long_file_is_checked_whole(plain_dir, lint):
    features = "".join(f"      - Fonctionnalité numéro {n}\n" for n in range(3000))
    users = "".join(f"  - Commune numéro {n}\n" for n in range(3000))
    text = RICH.replace(
        "    features:\n      - Saisie des", f"    features:\n{features}      - Saisie des"
    ).replace("usedBy:\n", f"usedBy:\n{users}") + "name: Cartofaune\n"
    result = check_rich(plain_dir, lint, text)
    # The duplicate at the very end is found, with its line.
    assert keys(result) == ["duplicate-key-name"]
    assert result.findings[0].line == len(text.splitlines())
    assert result.duration < 10


def test_file_over_the_read_limit_is_not_parsed(plain_dir, lint):
    text = RICH + "# " + "commentaire " * 100_000 + "\n"
    result = check_rich(plain_dir, lint, text)
    assert keys(result) == ["too-large"]


# ----- messages -----------------------------------------------------------------------


def test_value_message_in_french_and_the_column(plain_dir, lint):
    text = RICH.replace("releaseDate: 2024-05-01", "releaseDate: 2024-13-01")
    result = check_rich(plain_dir, lint, text, language="fr")
    item = finding(result, "invalid-date-releaseDate")
    assert "AAAA-MM-JJ" in item.message
    assert item.column == 14


def test_every_message_of_the_rule_is_translated():
    import ast
    from pathlib import Path

    from commons_lint.i18n import parse_po

    rules_dir = Path(__file__).resolve().parents[2] / "rules"
    catalogue = parse_po((rules_dir / "locale" / "fr" / "publiccode.po").read_text("utf-8"))
    messages = [
        node.args[0].value
        for module in ("publiccode.py", "_publiccode_schema.py")
        for node in ast.walk(ast.parse((rules_dir / module).read_text("utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_"
        and node.args and isinstance(node.args[0], ast.Constant)
    ]
    assert messages
    assert [m for m in messages if m not in catalogue] == []


# ===== conformance suite: one document per rule of the standard ========================
# tests/rules/publiccode/valid/*.yml must pass with no error; each invalid/*.yml starts
# with "# Expect: KEY at line N." and must fail with that finding at that line. The
# documents follow what the catalogues' reference parser accepts and refuses.

SUITE = Path(__file__).parent / "publiccode"
EXPECT = re.compile(rb"^# Expect: (?P<key>\S+) at line (?P<line>\d+)\.$", re.MULTILINE)


def tiny_png() -> bytes:
    """A real 1×1 PNG, made here rather than committed."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x10\x60\xa0")
    signature = b"\x89PNG\r\n\x1a\n"
    return signature + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>\n'
SUITE_FILES: dict[str, str | bytes] = {
    "img/logo.svg": SVG,
    "img/logo.png": tiny_png(),
    "img/capture.png": tiny_png(),
    "img/capture.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "img/renamed.png": SVG,  # an SVG saved under a PNG name
    "img/renamed.svg": tiny_png(),  # a PNG saved under an SVG name
    "AUTHORS": "Noor de Vries\n",
}


def suite(kind: str) -> list[Path]:
    return sorted((SUITE / kind).glob("*.yml"))


def check_document(plain_dir, lint, document: Path):
    for path, content in SUITE_FILES.items():
        plain_dir.write(path, content)
    plain_dir.write("publiccode.yml", document.read_bytes())
    return check(plain_dir.path, lint)


def errors(result):
    return [f for f in result.findings if not f.advice]


@pytest.mark.parametrize("document", suite("valid"), ids=lambda p: p.stem)
def test_conformance_valid_document_has_no_error(plain_dir, lint, document):
    result = check_document(plain_dir, lint, document)
    assert errors(result) == [], [(f.key, f.line) for f in result.findings]
    assert result.status in (Status.PASSED, Status.PASSED_WITH_ADVICE)


@pytest.mark.parametrize("document", suite("invalid"), ids=lambda p: p.stem)
def test_conformance_invalid_document_fails_at_its_line(plain_dir, lint, document):
    expected = EXPECT.search(document.read_bytes())
    assert expected is not None, "the document does not say what it expects"
    result = check_document(plain_dir, lint, document)
    assert result.status is Status.FAILED
    found = [(f.key, f.line) for f in errors(result)]
    assert (expected["key"].decode(), int(expected["line"])) in found, found


def test_conformance_suite_size_and_rejection_share(tmp_path, lint):
    valid, invalid = suite("valid"), suite("invalid")
    assert len(valid) >= 20 and len(invalid) >= 60
    rejected = 0
    for index, document in enumerate(invalid):
        folder = GitRepo(tmp_path / f"case{index}")
        folder.path.mkdir()
        rejected += check_document(folder, lint, document).status is Status.FAILED
    share = rejected / len(invalid)
    assert share >= 0.95, f"{rejected} of {len(invalid)} invalid documents rejected"
    accepted = 0
    for index, document in enumerate(valid):
        folder = GitRepo(tmp_path / f"valid{index}")
        folder.path.mkdir()
        accepted += not errors(check_document(folder, lint, document))
    assert accepted == len(valid)


def test_conformance_suite_covers_every_version_and_language():
    texts = [p.read_bytes() for p in suite("valid") + suite("invalid")]
    for version in (b'"0.2"', b'"0.3"', b'"0.4"', b'"0.5"'):
        assert any(version in text for text in texts), version
    for language in (b"\n  en:\n", b"\n  fr:\n", b"\n  it:\n"):
        assert any(language in text for text in texts), language


def test_result_carries_facts_and_evidence(plain_dir, lint):
    result = check_document(plain_dir, lint, SUITE / "valid" / "fr-0.5-organisation.yml")
    facts = result.facts
    assert facts["file"] == "publiccode.yml"
    assert facts["publiccode_yml_version"] == "0.5"
    assert facts["valid"] is True
    assert facts["errors"] == 0
    assert [e.path for e in result.evidence] == ["publiccode.yml"]
    broken = check_document(plain_dir, lint, SUITE / "invalid" / "version-number.yml")
    assert broken.facts["valid"] is False
    assert broken.facts["errors"] >= 1


def test_rule_is_fast_on_a_typical_file(plain_dir, lint):
    document = SUITE / "valid" / "en-0.4-complete.yml"
    check_document(plain_dir, lint, document)  # imports and the language registry
    text = document.read_text(encoding="utf-8")
    started = time.perf_counter()
    for _ in range(20):
        publiccode.validate("publiccode.yml", text, lambda _path: True)
    assert (time.perf_counter() - started) / 20 < 0.02


# ----- hostile and odd input, several variants of each class ------------------------------

BASE_DOCUMENT = SUITE / "valid" / "en-0.4-complete.yml"


def check_text_document(plain_dir, lint, content: str | bytes, extra=None):
    for path, data in {**SUITE_FILES, **(extra or {})}.items():
        plain_dir.write(path, data)
    plain_dir.write("publiccode.yml", content)
    return check(plain_dir.path, lint)


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.replace("Tidewatch", "Tidéwatch").encode("latin-1"),
        lambda text: text.encode("utf-16"),  # with its byte order mark
        lambda text: text.replace("Tidewatch", "Tide’watch").encode("cp1252"),
        lambda text: text.encode("utf-8") + b"\xe2\x82",  # a character cut short
    ],
    ids=["latin-1", "utf-16", "windows-1252", "truncated-sequence"],
)
def test_file_not_in_utf8_fails(plain_dir, lint, encode):
    result = check_text_document(plain_dir, lint, encode(BASE_DOCUMENT.read_text("utf-8")))
    assert keys(result) == ["not-utf-8"]
    assert result.findings[0].line is not None


def test_utf8_with_byte_order_mark_passes(plain_dir, lint):
    data = b"\xef\xbb\xbf" + BASE_DOCUMENT.read_bytes()
    assert errors(check_text_document(plain_dir, lint, data)) == []


@pytest.mark.parametrize("word", ["yes", "No", "ON", "off", "y", '"true"', "'false'", "1"])
def test_only_yaml_1_2_booleans_are_booleans(plain_dir, lint, word):
    text = BASE_DOCUMENT.read_text("utf-8").replace(
        "localisationReady: true", f"localisationReady: {word}"
    )
    result = check_text_document(plain_dir, lint, text)
    assert [f.key for f in errors(result)] == ["wrong-type-localisation.localisationReady"]


@pytest.mark.parametrize("word", ["true", "True", "TRUE", "false", "False", "FALSE"])
def test_yaml_1_2_booleans_pass(plain_dir, lint, word):
    text = BASE_DOCUMENT.read_text("utf-8").replace(
        "localisationReady: true", f"localisationReady: {word}"
    )
    assert errors(check_text_document(plain_dir, lint, text)) == []


@pytest.mark.parametrize(
    "logo, content",
    [
        ("img/empty.png", b""),
        ("img/signature-only.png", b"\x89PNG\r\n\x1a\n"),
        ("img/page.svg", "<!DOCTYPE html>\n<html><body><svg></svg></body></html>\n"),
        ("img/plain.svg", "a logo, one day\n"),
        ("img/packed.svgz", SVG),  # an SVGZ must be compressed
        ("img/jpeg.png", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
    ],
    ids=["empty-png", "signature-only", "html-as-svg", "text-as-svg", "svgz-uncompressed",
         "jpeg-as-png"],
)
def test_logo_must_be_the_image_its_name_says(plain_dir, lint, logo, content):
    text = BASE_DOCUMENT.read_text("utf-8").replace("logo: img/logo.svg", f"logo: {logo}")
    result = check_text_document(plain_dir, lint, text, {logo: content})
    assert [f.key for f in errors(result)] == ["not-an-image-logo"]
    assert finding(result, "not-an-image-logo").line == line_of(text, "logo:")


@pytest.mark.parametrize(
    "logo, content",
    [
        ("img/declared.svg",
         '<?xml version="1.0" encoding="UTF-8"?>\n<!-- drawn by hand -->\n'
         '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg viewBox="0 0 8 8"/>'),
        ("img/bom.svg", "\ufeff<svg xmlns='http://www.w3.org/2000/svg'/>"),
        ("img/packed.svgz", gzip.compress(SVG.encode())),
        ("img/LOGO.PNG", tiny_png()),
    ],
    ids=["declaration-comment-doctype", "byte-order-mark", "svgz", "upper-case-extension"],
)
def test_real_logos_pass(plain_dir, lint, logo, content):
    text = BASE_DOCUMENT.read_text("utf-8").replace("logo: img/logo.svg", f"logo: {logo}")
    result = check_text_document(plain_dir, lint, text, {logo: content})
    assert errors(result) == [], keys(result)


def test_logo_outside_the_repository_is_never_read(plain_dir, lint, tmp_path):
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"not an image")
    text = BASE_DOCUMENT.read_text("utf-8").replace("logo: img/logo.svg", "logo: img/link.png")
    for path, data in SUITE_FILES.items():
        plain_dir.write(path, data)
    plain_dir.write("publiccode.yml", text)
    (plain_dir.path / "img" / "link.png").symlink_to(outside)
    result = check(plain_dir.path, lint)
    assert result.status is not Status.TOOL_ERROR
    assert "not-an-image-logo" not in keys(result)


@pytest.mark.parametrize(
    "tag, valid",
    [
        ("fr", True), ("en-GB", True), ("pt-BR", True), ("zh-Hant-TW", True), ("es-419", True),
        ("de-CH-1996", True), ("sl-rozaj", True), ("zh-yue", True), ("i-klingon", True),
        ("x-local", True), ("fr-x-occitan", True), ("FR-be", True),
        ("en_GB", False), ("eng", False), ("xq", False), ("xxx", False), ("french", False),
        ("fr-1901", False), ("en-999", False), ("en-Latx", False), ("fr-FR-", False),
        ("", False), ("fr--FR", False), ("de-yue", False),
    ],
)
def test_language_tags_follow_the_iana_registry(tag, valid):
    assert publiccode.schema.is_language_tag(tag) is valid


@pytest.mark.parametrize(
    "text, length",
    [
        ("abc", 3), ("e\u0301te\u0301", 3), ("\U0001f468\u200d\U0001f469\u200d\U0001f467", 1),
        ("\U0001f1eb\U0001f1f7\U0001f1ee\U0001f1f9", 2), ("\U0001f44d\U0001f3fd", 1),
        ("a\r\nb", 3), ("\u2764\ufe0f", 1),
    ],
    ids=["ascii", "combining", "family", "two-flags", "skin-tone", "crlf", "variation"],
)
def test_lengths_count_what_a_reader_sees(text, length):
    assert publiccode.schema.text_length(text) == length


@pytest.mark.parametrize(
    "code, valid",
    [("FR", True), ("it", True), ("DE", True), ("Fr", False), ("UK", False), ("XZ", False),
     ("FRA", False), ("F", False)],
)
def test_country_codes_are_iso_3166(code, valid):
    assert publiccode.schema.is_country_code(code) is valid


@pytest.mark.parametrize(
    "uri, valid",
    [
        ("urn:x-italian-pa:c_h501", True), ("urn:x-italian-pa:pcm", True),
        ("https://www.example.gouv.fr", True), ("urn:siren:123456789", True),
        ("urn:x-italian-pa:", False), ("urn:x-italian-pa:c-h501", False),
        ("urn:x-italian-pa:comune di roma", False), ("pcm", False), ("https://", False),
        ("urn:", False), ("mailto:mairie@example.fr", False),
    ],
)
def test_organisation_uris(uri, valid):
    assert publiccode.schema.is_organisation_uri(uri) is valid


@pytest.mark.parametrize(
    "mime, valid",
    [("text/csv", True), ("application/vnd.oasis.opendocument.text", True),
     ("image/svg+xml", True), ("text", False), ("text/", False), ("/csv", False),
     ("text/csv; charset=utf-8", False), ("comma separated values", False)],
)
def test_mime_types(mime, valid):
    assert publiccode.schema.is_mime_type(mime) is valid

"""publiccode-yml: a publiccode.yml at the root, valid against the standard's required keys."""

from __future__ import annotations

import re

import pytest
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
  countries: [fr, be]
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
  repoOwner: Parc naturel régional des Baronnies

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
        RICH.replace("  countries: [fr, be]", "  countries: [FR, BE]"),
        RICH + 'it:\n  countryExtensionVersion: "0.2"\n  piattaforme:\n    spid: false\n',
    ],
    ids=["rich", "logo-url", "logo-dot-path", "lower-case-licence", "licence-ref",
         "licence-exception", "git-url", "ssh-url", "tab-separator", "leap-day",
         "language-tags", "upper-case-countries", "italian-section"],
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
    ("  - data-collection", "  - other", "invalid-value-categories[0]", "- |other"),
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
    ("countries: [fr, be]", "countries: [France, be]",
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
    assert keys(result) == ["too-long-description.fr.genericName"]
    assert_at(result, "too-long-description.fr.genericName", text, "Carte collaborative des obs")


def test_fix_suggests_the_corrected_language_tag(plain_dir, lint):
    result = check_rich(plain_dir, lint, RICH.replace("[fr, en, oc-FR]", "[fr, en_GB]"))
    assert "en-GB" in finding(result, "invalid-language-localisation.availableLanguages[1]").fix


ADVICE_CASES = [
    ("name: Cartofaune\n", "name: Cartofaune\ntags: [nature]\n", "unknown-key-tags", "tags:"),
    ("  license: EUPL", "  licence: EUPL-1.2\n  license: EUPL", "unknown-key-legal.licence",
     "licence:"),
    ("organisation", "organisation", None, None),  # placeholder replaced below
    ("logo: img/logo.svg", "logo: img/logo.svg\nmonochromeLogo: img/logo.svg",
     "deprecated-monochromeLogo", "monochromeLogo"),
    ("    localisedName: Cartofaune\n", "    genericName: Carte\n",
     "deprecated-description.fr.genericName", "genericName"),
    ("license: EUPL-1.2 OR AGPL-3.0-or-later", "license: AGPL-3.0",
     "deprecated-licence-legal.license", "AGPL-3.0"),
    ("      - Export des données", f"      - {LONG_FEATURE}\n      - Export des données",
     "long-item-description.fr.features[1]", "Saisie très"),
    ('publiccodeYmlVersion: "0.4"', "publiccodeYmlVersion: 0.4", "unquoted-version",
     "Version: |0.4"),
    ('publiccodeYmlVersion: "0.4"', 'publiccodeYmlVersion: "1.0"', "unknown-version", '"1.0"'),
]
ADVICE_CASES[2] = ("dependsOn:", "organisation:\n  name: Parc\ndependsOn:",
                   "unknown-key-organisation", "organisation:")  # a 0.5 key in a 0.4 file


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
    text = without(RICH, "usedBy") + extra
    result = check_rich(plain_dir, lint, text)
    assert result.status is Status.FAILED
    assert "wrong-type-usedBy[0]" in keys(result)
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

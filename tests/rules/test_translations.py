"""translations: productions in several languages, or a documented translation process."""

from __future__ import annotations

import pytest
from commons_lint_rules._languages import guess_language
from commons_lint_rules.translations import survey

from commons_lint.languages import language_tag
from commons_lint.report import Severity, Status
from commons_lint.repository import Repository

README_EN = (
    "# Cartofaune\n\nCartofaune maps the wildlife sightings that volunteers report, so that "
    "town councils and nature associations can plan green corridors together. It runs in "
    "any browser and exports open data for the public agencies that need it.\n"
)
README_FR = (
    "# Cartofaune\n\nCartofaune cartographie les observations de faune signalées par des "
    "bénévoles, pour que les communes et les associations naturalistes planifient ensemble "
    "des corridors écologiques. Elle fonctionne dans tout navigateur et exporte des données "
    "ouvertes pour les services publics.\n"
)
README_DE = (
    "# Cartofaune\n\nCartofaune zeigt die Beobachtungen von Wildtieren, die von Freiwilligen "
    "gemeldet werden, damit Gemeinden und Naturschutzvereine gemeinsam Grünkorridore planen "
    "können. Die Anwendung läuft in jedem Browser und ist auch für Behörden gedacht.\n"
)
GUIDE_EN = (
    "# User guide\n\nOpen the map, choose a species in the list and click on the place where "
    "you saw it. The sighting is checked by a volunteer before it is published.\n"
)
GUIDE_FR = (
    "# Guide d'utilisation\n\nOuvrez la carte, choisissez une espèce dans la liste et cliquez "
    "sur l'endroit où vous l'avez vue. L'observation est vérifiée par un bénévole avant sa "
    "publication.\n"
)
PO_FR = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr\\n"\n\n'
    'msgid "Add a sighting"\nmsgstr "Ajouter une observation"\n\n'
    'msgid "Species"\nmsgstr "Espèce"\n'
)
PO_EMPTY = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    'msgid "Add a sighting"\nmsgstr ""\n'
)
POT = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    'msgid "Species"\nmsgstr ""\n'
)
QT_TS = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr_FR">\n'
    "<context><name>Map</name><message><source>Species</source>"
    "<translation>Espèce</translation></message></context>\n</TS>\n"
)
XLIFF_FR = (
    '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en" '
    'target-language="fr" datatype="plaintext" original="ng2.template"><body>'
    '<trans-unit id="species"><source>Species</source><target>Espèce</target></trans-unit>'
    "</body></file></xliff>\n"
)
XLIFF_SOURCE = (
    '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en" '
    'datatype="plaintext" original="ng2.template"><body>'
    '<trans-unit id="species"><source>Species</source></trans-unit></body></file></xliff>\n'
)
ANDROID_FR = '<resources>\n    <string name="species">Espèce</string>\n</resources>\n'
ANDROID_EN = '<resources>\n    <string name="species">Species</string>\n</resources>\n'
CONTRIBUTING_EN = (
    "# Contributing\n\nReport problems in the issue tracker and propose changes as merge "
    "requests.\n\n## Translations\n\nThe interface is translated by volunteers on our "
    "translation platform: pick a language, translate the missing strings and a reviewer "
    "checks them before each release.\n"
)
CONTRIBUER_FR = (
    "# Contribuer\n\nSignalez les problèmes dans le gestionnaire de tickets.\n\n"
    "Traduction\n----------\n\nL'interface est traduite par des bénévoles : choisissez une "
    "langue, traduisez les phrases manquantes, puis une personne de l'équipe relit la "
    "traduction avant chaque version.\n"
)


def languages_of(path) -> set[str]:
    return set(survey(Repository(path)).languages)


# ----- language codes ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("fr", "fr"), ("FR", "fr"), ("fr_FR", "fr-FR"), ("pt-br", "pt-BR"),
        ("zh-Hans", "zh-Hans"), ("es-419", "es-419"), ("md", None), ("min", None),
        ("api", None), ("py", None), ("js", None), ("mod", None), ("v2", None),
    ],
)
def test_language_tags_are_checked_against_iso_639_1(text, expected):
    assert language_tag(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [(README_EN, "en"), (README_FR, "fr"), (README_DE, "de"), ("# Cartofaune\n", None)],
)
def test_the_language_of_a_readme_is_guessed_when_clear(text, expected):
    assert guess_language(text) == expected


# ----- documents in several languages --------------------------------------------------


@pytest.mark.parametrize(
    "files, expected",
    [
        ({"README.md": README_EN, "README.fr.md": README_FR}, {"en", "fr"}),
        ({"README.md": README_EN, "README_fr.md": README_FR}, {"en", "fr"}),
        ({"README.md": README_EN, "README.FR.md": README_FR}, {"en", "fr"}),
        ({"README.md": README_FR, "README-pt-BR.md": README_EN}, {"fr", "pt-BR"}),
        ({"README.md": README_EN, "LISEZMOI.md": README_FR}, {"en", "fr"}),
        ({"README.rst": README_FR, "README.de.rst": README_DE}, {"fr", "de"}),
        ({"README.md": README_EN, ".github/CONTRIBUTING.fr.md": CONTRIBUER_FR}, {"en", "fr"}),
        ({"README.md": README_FR, ".gitlab/CONTRIBUTING.en.md": CONTRIBUTING_EN}, {"en", "fr"}),
        (
            {"README.md": README_EN, "docs/en/guide.md": GUIDE_EN, "docs/fr/guide.md": GUIDE_FR},
            {"en", "fr"},
        ),
        ({"README.md": README_EN, "doc/de/index.rst": README_DE}, {"en", "de"}),
        ({"docs/index.md": GUIDE_EN, "docs/index.fr.md": GUIDE_FR}, {"en", "fr"}),
        ({"README.md": README_EN, "docs/guide.md": GUIDE_EN, "docs/guide-fr.adoc": GUIDE_FR},
         {"en", "fr"}),
    ],
    ids=[
        "dot-suffix", "underscore", "upper-case", "region", "lisezmoi", "rst",
        "github-contributing", "gitlab-contributing", "docs-folders", "doc-folder",
        "docs-suffix", "docs-sibling-adoc",
    ],
)
def test_documents_in_several_languages_pass(git_repo, lint, files, expected):
    git_repo.files(files)
    assert languages_of(git_repo.path) == expected
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.findings[0].key == "languages"
    assert all(code in result.findings[0].message for code in expected)


def test_a_translation_beside_an_unidentified_original_counts(git_repo, lint):
    git_repo.files({"README.md": "# Cartofaune\n\n" + "Carte " * 30, "README.fr.md": README_FR})
    found = survey(Repository(git_repo.path))
    assert set(found.languages) == {"fr"}
    assert found.unidentified_original
    assert lint(git_repo.path, "translations")["translations"].status is Status.PASSED_WITH_ADVICE


# ----- localisation catalogues ---------------------------------------------------------


@pytest.mark.parametrize(
    "files, expected",
    [
        ({"locales/en.json": '{"species": "Species"}', "locales/fr.json": '{"species": "Espèce"}'},
         {"en", "fr"}),
        ({"src/i18n/fr-FR.yml": "fr-FR:\n  species: Espèce\n"}, {"en", "fr-FR"}),
        ({"config/locales/devise.de.yml": "de:\n  devise:\n    failure: Ungültig\n"},
         {"en", "de"}),
        ({"public/locales/es/translation.json": '{"species": "Especie"}'}, {"en", "es"}),
        ({"resources/lang/it/messages.php": "<?php return ['species' => 'Specie'];\n"},
         {"en", "it"}),
        ({"po/fr.po": PO_FR}, {"en", "fr"}),
        ({"locale/de/LC_MESSAGES/cartofaune.po": PO_FR.replace("Language: fr", "Language: de")},
         {"en", "de"}),
        ({"po/cartofaune.po": PO_FR}, {"en", "fr"}),
        ({"app/src/main/res/values/strings.xml": ANDROID_EN,
          "app/src/main/res/values-fr-rCA/strings.xml": ANDROID_FR}, {"en", "fr-CA"}),
        ({"translations/cartofaune_fr.ts": QT_TS}, {"en", "fr"}),
        ({"src/locale/messages.fr.xlf": XLIFF_FR}, {"en", "fr"}),
        ({"src/locale/messages.xlf": XLIFF_FR}, {"en", "fr"}),
        ({"src/main/resources/Messages.properties": "species=Species\n",
          "src/main/resources/Messages_fr.properties": "species=Espèce\n"}, {"en", "fr"}),
        ({"lib/l10n/app_pt_BR.arb": '{"species": "Espécie"}'}, {"en", "pt-BR"}),
        ({"Cartofaune/fr.lproj/Localizable.strings": '"species" = "Espèce";\n'}, {"en", "fr"}),
        ({"publiccode.yml": "localisation:\n  availableLanguages: [en, fr]\n"}, {"en", "fr"}),
    ],
    ids=[
        "locales-json", "i18n-yaml-region", "rails-suffix", "i18next-folders", "laravel",
        "po-name", "po-folder", "po-header", "android", "qt", "xliff-name", "xliff-content",
        "java-bundle", "flutter", "apple", "publiccode",
    ],
)
def test_localisation_catalogues_pass(git_repo, lint, files, expected):
    git_repo.files({"README.md": README_EN, **files})
    assert languages_of(git_repo.path) == expected
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.PASSED_WITH_ADVICE


# ----- a translation process -----------------------------------------------------------


@pytest.mark.parametrize(
    "files",
    [
        {"crowdin.yml": "files:\n  - source: /locales/en.json\n"
                        "    translation: /locales/%two_letters_code%.json\n"},
        {".tx/config": "[main]\nhost = https://www.transifex.com\n"},
        {".weblate": "[weblate]\nurl = https://hosted.weblate.org/api/\n"},
        {"l10n.toml": 'basepath = "."\nlocales = ["fr", "de"]\n'},
        {"CONTRIBUTING.md": CONTRIBUTING_EN},
        {"docs/CONTRIBUER.rst": CONTRIBUER_FR},
        {"README.md": README_EN + "\nHelp us translate it: https://hosted.weblate.org/engage/cartofaune/\n"},
        {"po/cartofaune.pot": POT},
        {"src/locale/messages.xlf": XLIFF_SOURCE},
        {"docs/TRANSLATING.md": CONTRIBUTING_EN.replace("# Contributing", "# Translating")},
    ],
    ids=[
        "crowdin", "transifex", "weblate", "pontoon", "contributing-section",
        "contribuer-section", "platform-link", "pot-template", "xliff-template", "guide",
    ],
)
def test_a_documented_process_passes_with_one_language(git_repo, lint, files):
    git_repo.files({"README.md": README_EN, **files})
    found = survey(Repository(git_repo.path))
    assert found.process
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.findings[0].key == "languages"


# ----- near misses ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"README.md.txt": README_EN, "setup.py": "setup()\n", "index.js": "x()\n",
         "go.mod": "module example.org/cartofaune\n", "Makefile.am": "bin_PROGRAMS = x\n"},
        {".github/workflows/ci.yml": "on: push\n", "docs/api/index.md": GUIDE_EN},
        {"locales/fr.min.js": "window.l={species:'Espèce',map:'Carte'}\n"},
        {"vendor/leaflet/locales/fr.json": '{"zoom": "Zoomer"}'},
        {"node_modules/x/README.fr.md": README_FR},
        {"tests/fixtures/locales/fr.json": '{"species": "Espèce"}'},
        {"README.fr.md": ""},
        {"README.fr.md": "# Cartofaune\n\nTODO\n"},
        {"locales/fr.json": "{}\n"},
        {"po/fr.po": PO_EMPTY},
        {"src/date_fr.ts": "export const months = ['janvier', 'février'];\n"},
        {"docs/io/index.md": GUIDE_EN},
        {"lang/ts/grammar.md": GUIDE_EN, "lang/go/grammar.md": GUIDE_EN},
        {"docs/how.md": GUIDE_EN, "docs/how-to.md": GUIDE_EN},
        {"app/src/main/res/values-night/strings.xml": ANDROID_EN},
        {"src/main/resources/application_it.properties": "server.port=8081\n"},
        {"crowdin.yml": ""},
        {"README.md": README_EN + "\n## Translation\n\nThe API translates a species name "
                                  "into its Latin name and back, using the national "
                                  "taxonomic reference for every lookup.\n"},
        {"CONTRIBUTING.md": "# Contributing\n\n## Translations\n\nTODO\n"},
    ],
    ids=[
        "nothing", "code-files", "workflow-and-api-docs", "minified", "vendored",
        "node-modules", "fixture", "empty-translation", "placeholder-translation",
        "empty-json", "untranslated-po", "typescript-not-qt", "ambiguous-folder",
        "programming-languages", "how-to", "android-night", "spring-profile",
        "empty-platform-config", "translation-feature", "empty-section",
    ],
)
def test_one_language_without_process_fails(git_repo, lint, files):
    git_repo.files({"README.md": README_EN, **files})
    assert languages_of(git_repo.path) == {"en"}
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "single-language"
    assert result.findings[0].fix


def test_a_french_only_readme_fails_without_process(git_repo, lint):
    git_repo.files({"LISEZMOI.md": README_FR})
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "single-language"


# ----- required languages --------------------------------------------------------------


@pytest.mark.parametrize(
    "files",
    [
        {"README.md": README_FR},
        {"README.md": README_EN, "README.fr.md": README_FR},
        {"README.md": README_EN, "locales/fr-FR.json": '{"species": "Espèce"}'},
        {"README.md": README_EN, "docs/fr/guide.md": GUIDE_FR, "docs/en/guide.md": GUIDE_EN},
    ],
    ids=["french-readme", "suffixed", "catalogue-with-region", "docs-folder"],
)
def test_required_language_present_passes(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "translations", options={"translations": {"languages": ["fr"]}})
    assert result["translations"].status is Status.PASSED_WITH_ADVICE


@pytest.mark.parametrize(
    "files, required",
    [
        ({"README.md": README_EN}, ["fr"]),
        ({"README.md": README_EN, "README.de.md": README_DE}, ["fr"]),
        ({"README.md": README_EN, "README.fr.md": README_FR}, ["fr", "de"]),
        ({"README.md": README_EN, "README.pt.md": README_EN}, ["pt-BR"]),
        ({"README.md": README_EN, "crowdin.yml": "files: []\n"}, ["fr"]),
    ],
    ids=["english-only", "other-language", "one-of-two", "region-needed", "process-only"],
)
def test_required_language_missing_fails(git_repo, lint, files, required):
    git_repo.files(files)
    result = lint(git_repo.path, "translations", options={"translations": {"languages": required}})
    assert result["translations"].status is Status.FAILED
    assert result["translations"].findings[0].key == "missing-language"


def test_french_public_profile_requires_french(git_repo, lint):
    git_repo.files({"README.md": README_EN, "README.de.md": README_DE})
    result = lint(git_repo.path, "translations", profile="fr-public")["translations"]
    assert result.status is Status.FAILED
    assert result.severity is Severity.WARNING
    assert result.findings[0].key == "missing-language"


# ----- the rest ------------------------------------------------------------------------


def test_nothing_to_translate_is_not_applicable(git_repo, lint):
    git_repo.files({"main.py": "print('hello')\n"})
    assert lint(git_repo.path, "translations")["translations"].status is Status.NOT_APPLICABLE


def test_message_follows_language(git_repo, lint):
    git_repo.files({"README.md": README_EN})
    result = lint(git_repo.path, "translations", language="fr")["translations"]
    assert "Aucune traduction trouvée" in result.findings[0].message
    assert "Langues trouvées : en" in result.findings[0].message


def test_plain_directory(plain_dir, lint):
    plain_dir.write("README.md", README_EN)
    plain_dir.write("README.fr.md", README_FR)
    assert lint(plain_dir.path, "translations")["translations"].status is Status.PASSED_WITH_ADVICE

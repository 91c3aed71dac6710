"""translations: productions in several languages, or a documented translation process."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from commons_lint_rules._catalogues import completeness
from commons_lint_rules._languages import identify_language
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
README_PT = (
    "# Cartofaune\n\nO Cartofaune mostra no mapa as observações de animais selvagens feitas "
    "por voluntários, para que as câmaras municipais e as associações de natureza planeiem "
    "juntas os corredores ecológicos. Funciona em qualquer navegador e exporta dados abertos "
    "para os serviços públicos.\n"
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
    [
        (README_EN, "en"), (README_FR, "fr"), (README_DE, "de"), (README_PT, "pt"),
        ("# Cartofaune\n", None),
        ("# Cartofaune\n\n```sh\npip install cartofaune\ncartofaune serve --port 8080\n```\n",
         None),
    ],
)
def test_the_language_of_a_text_is_identified_when_clear(text, expected):
    assert identify_language(text) == expected


# ----- documents in several languages --------------------------------------------------


@pytest.mark.parametrize(
    "files, expected",
    [
        ({"README.md": README_EN, "README.fr.md": README_FR}, {"en", "fr"}),
        ({"README.md": README_EN, "README_fr.md": README_FR}, {"en", "fr"}),
        ({"README.md": README_EN, "README.FR.md": README_FR}, {"en", "fr"}),
        ({"README.md": README_FR, "README-pt-BR.md": README_PT}, {"fr", "pt-BR"}),
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
    ],
    ids=[
        "locales-json", "i18n-yaml-region", "rails-suffix", "i18next-folders", "laravel",
        "po-name", "po-folder", "po-header", "android", "qt", "xliff-name", "xliff-content",
        "java-bundle", "flutter", "apple",
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
        {"docs/TRANSLATING.md": CONTRIBUTING_EN.replace("# Contributing", "# Translating")},
    ],
    ids=[
        "crowdin", "transifex", "weblate", "pontoon", "contributing-section",
        "contribuer-section", "platform-link", "guide",
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


# ----- names lie: the text's language is identified -------------------------------------

README_EN_LONG = README_EN + (
    "\n## Installation\n\nInstall the package with pip, then start the server:\n\n"
    "```sh\npip install cartofaune\ncartofaune serve --port 8080\n```\n\n"
    "Open http://localhost:8080 in your browser and sign in with your volunteer account.\n"
)
README_FR_WITH_CODE = README_FR + (
    "\n## Installation\n\nInstallez le paquet avec pip, puis lancez le serveur :\n\n"
    "```sh\npip install cartofaune\ncartofaune serve --port 8080 --host 0.0.0.0\n"
    "export DATABASE_URL=postgres://localhost/cartofaune\n```\n\n"
    "Ouvrez http://localhost:8080 dans votre navigateur.\n"
)


def findings_with(result, key):
    return [finding for finding in result.findings if finding.key == key]


@pytest.mark.parametrize(
    "files, wrong_path, claimed, identified",
    [
        ({"README.md": README_EN, "README.fr.md": README_EN_LONG}, "README.fr.md", "fr", "en"),
        ({"README.md": README_EN, "README_fr.md": README_EN}, "README_fr.md", "fr", "en"),
        ({"README.md": README_EN, "LISEZMOI.md": README_EN}, "LISEZMOI.md", "fr", "en"),
        ({"README.md": README_FR, "README.en.rst": README_FR}, "README.en.rst", "en", "fr"),
        ({"README.md": README_EN, ".github/CONTRIBUTING.fr.md": README_EN_LONG},
         ".github/CONTRIBUTING.fr.md", "fr", "en"),
        ({"README.md": README_EN, "docs/en/guide.md": GUIDE_EN,
          "docs/fr/guide.md": GUIDE_EN + "\n" + GUIDE_EN}, "docs/fr/guide.md", "fr", "en"),
        ({"README.md": README_EN, "README.de.md": README_FR}, "README.de.md", "de", "fr"),
    ],
    ids=["dot-suffix", "underscore", "lisezmoi", "english-claimed", "github-contributing",
         "docs-folder", "german-claimed"],
)
def test_a_document_in_another_language_than_its_name_is_reported(
    git_repo, lint, files, wrong_path, claimed, identified
):
    git_repo.files(files)
    found = survey(Repository(git_repo.path))
    assert claimed not in found.languages
    result = lint(git_repo.path, "translations")["translations"]
    wrong = findings_with(result, "wrong-language")
    assert [finding.path for finding in wrong] == [wrong_path]
    assert wrong[0].advice
    assert f" {claimed} " in wrong[0].message and wrong[0].message.endswith(f"{identified}.")
    # The misnamed document was the only "translation": one language is left.
    assert result.status is Status.FAILED
    assert findings_with(result, "single-language")


@pytest.mark.parametrize(
    "files",
    [
        {"README.md": README_EN, "README.fr.md": README_FR_WITH_CODE},
        # Too short to judge: the name is taken at its word.
        {"README.md": README_EN, "README.fr.md": "# Cartofaune\n\nThe French translation "
                                                 "of this page is coming soon, stay tuned.\n"},
        # Half translated: incomplete, not in the wrong language.
        {"README.md": README_EN, "README.fr.md": README_FR + "\n## Usage\n\n" + GUIDE_EN},
        {"README.md": README_EN, "docs/fr/guide.md": GUIDE_FR, "docs/en/guide.md": GUIDE_EN},
        {"README.md": README_EN, "README.pt-BR.md": README_PT},
    ],
    ids=["code-blocks", "short", "half-translated", "docs-folder", "portuguese"],
)
def test_a_document_in_its_claimed_language_is_not_reported(git_repo, lint, files):
    git_repo.files(files)
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert not findings_with(result, "wrong-language")
    assert len(survey(Repository(git_repo.path)).languages) == 2


def test_wrong_language_in_french(git_repo, lint):
    git_repo.files({"README.md": README_EN, "README.fr.md": README_EN_LONG})
    result = lint(git_repo.path, "translations", language="fr")["translations"]
    wrong = findings_with(result, "wrong-language")[0]
    assert "porte le nom d'un document en fr, mais la langue de son texte est en" in wrong.message


# ----- completeness of catalogues -------------------------------------------------------


def po(language, entries):
    header = (
        f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"Language: {language}\\n"\n'
    )
    return header + "".join(f"\n{entry}\n" for entry in entries)


PO_COMPLETE = po("fr", ['msgid "Add"\nmsgstr "Ajouter"', 'msgid "Map"\nmsgstr ""\n"Carte"'])
PO_PARTIAL = po(
    "de",
    [
        'msgid "Add"\nmsgstr "Hinzufügen"',
        '#, fuzzy\nmsgid "Map"\nmsgstr "Karte"',
        'msgid "Sighting"\nmsgid_plural "Sightings"\nmsgstr[0] "Beobachtung"\nmsgstr[1] ""',
        'msgid "Species"\nmsgstr ""',
        '#~ msgid "Old"\n#~ msgstr "Alt"',
    ],
)
JSON_EN = (
    '{"menu": {"open": "Open", "close": "Close"}, "title": "Map", "days": ["Monday", "Tuesday"]}'
)
JSON_FR = (
    '{"menu": {"open": "Ouvrir", "close": "Fermer"}, "title": "Carte", '
    '"days": ["Lundi", "Mardi"]}'
)
JSON_DE = '{"menu": {"open": "Öffnen", "close": ""}, "title": "Karte", "obsolete": "Alt"}'
ANDROID_SOURCE = (
    '<resources>\n  <string name="app_name" translatable="false">Cartofaune</string>\n'
    '  <string name="open">Open</string>\n  <string name="close">Close</string>\n'
    '  <plurals name="sightings"><item quantity="one">%d sighting</item></plurals>\n'
    '  <string-array name="days"><item>Monday</item></string-array>\n</resources>\n'
)
ANDROID_PARTIAL = (
    '<resources>\n  <string name="open">Ouvrir</string>\n  <string name="close">Fermer</string>\n'
    '</resources>\n'
)
QT_PARTIAL = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de_DE">\n'
    "<context><name>Map</name>\n"
    "<message><source>Open</source><translation>Öffnen</translation></message>\n"
    '<message><source>Close</source>'
    '<translation type="unfinished">Schließen</translation></message>\n'
    "<message><source>Map</source><translation></translation></message>\n"
    '<message><source>Old</source><translation type="vanished">Alt</translation></message>\n'
    "<message numerus=\"yes\"><source>%n sightings</source><translation>"
    "<numerusform>%n Beobachtung</numerusform><numerusform>%n Beobachtungen</numerusform>"
    "</translation></message>\n</context>\n</TS>\n"
)
XLIFF_PARTIAL = (
    '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
    '<file source-language="en" target-language="es" datatype="plaintext" original="x"><body>\n'
    '<trans-unit id="open"><source>Open</source><target>Abrir</target></trans-unit>\n'
    '<trans-unit id="close"><source>Close</source><target state="new"></target></trans-unit>\n'
    '<trans-unit id="map"><source>Map</source></trans-unit>\n'
    '<trans-unit id="day"><source>Monday</source><target>Lunes</target></trans-unit>\n'
    "</body></file></xliff>\n"
)
XLIFF2_PARTIAL = (
    '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" '
    'srcLang="en" trgLang="it"><file id="f">\n'
    '<unit id="open"><segment><source>Open</source><target>Apri</target></segment></unit>\n'
    '<unit id="close"><segment><source>Close</source></segment></unit>\n'
    "</file></xliff>\n"
)


@pytest.mark.parametrize(
    "files, expected",
    [
        ({"po/fr.po": PO_COMPLETE, "po/de.po": PO_PARTIAL}, {"fr": (2, 2), "de": (1, 4)}),
        ({"locale/de/LC_MESSAGES/app.po": PO_PARTIAL}, {"de": (1, 4)}),
        ({"locales/en.json": JSON_EN, "locales/fr.json": JSON_FR, "locales/de.json": JSON_DE},
         {"en": (5, 5), "fr": (5, 5), "de": (2, 5)}),
        ({"public/locales/en/translation.json": JSON_EN,
          "public/locales/de/translation.json": JSON_DE}, {"en": (5, 5), "de": (2, 5)}),
        ({"config/locales/en.yml": "en:\n  menu:\n    open: Open\n    close: Close\n",
          "config/locales/nl.yml": "nl:\n  menu:\n    open: Openen\n    close:\n"},
         {"en": (2, 2), "nl": (1, 2)}),
        ({"app/src/main/res/values/strings.xml": ANDROID_SOURCE,
          "app/src/main/res/values-fr/strings.xml": ANDROID_PARTIAL}, {"fr": (2, 4)}),
        ({"translations/cartofaune_de.ts": QT_PARTIAL}, {"de": (2, 4)}),
        ({"src/locale/messages.es.xlf": XLIFF_PARTIAL}, {"es": (2, 4)}),
        ({"src/locale/messages.xlf": XLIFF2_PARTIAL}, {"it": (1, 2)}),
        ({"src/main/resources/Messages.properties": "open=Open\nclose=Close\nmap = Map\n"
                                                    "intro=Long \\\n  text\n",
          "src/main/resources/Messages_it.properties": "open=Apri\nclose=\nintro=Testo \\\n"
                                                       "  lungo\n"}, {"it": (2, 4)}),
    ],
    ids=["po-names", "po-folder", "json-files", "json-folders", "rails-yaml", "android", "qt",
         "xliff", "xliff2", "properties"],
)
def test_completeness_is_counted_per_language(git_repo, files, expected):
    git_repo.files({"README.md": README_EN, **files})
    repo = Repository(git_repo.path)
    counts = completeness(repo, survey(repo).catalogues)
    assert {tag: (c.translated, c.total) for tag, c in counts.items()} == expected


def test_incomplete_languages_are_reported(git_repo, lint):
    git_repo.files({"README.md": README_EN, "po/fr.po": PO_COMPLETE, "po/de.po": PO_PARTIAL})
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert "de 25%" in result.findings[0].message.replace(" %", "%")
    assert "fr 100%" in result.findings[0].message.replace(" %", "%")
    incomplete = findings_with(result, "incomplete")
    assert [(f.path, f.advice) for f in incomplete] == [("po/de.po", True)]
    # With a lower bar, 25 % is enough.
    options = {"translations": {"min-completeness": 0.25}}
    result = lint(git_repo.path, "translations", options=options)["translations"]
    assert not findings_with(result, "incomplete")


def test_completeness_in_french(git_repo, lint):
    git_repo.files({"README.md": README_EN, "po/de.po": PO_PARTIAL})
    result = lint(git_repo.path, "translations", language="fr")["translations"]
    assert "Complétude des catalogues : de 25 %" in result.findings[0].message
    assert "1 chaîne sur 4" in findings_with(result, "incomplete")[0].message


@pytest.mark.parametrize(
    "files",
    [
        # A source without translations, or a lone file, is not measured.
        {"locales/en.json": JSON_EN},
        {"src/i18n/fr-FR.yml": "fr-FR:\n  menu: Menu\n"},
        # Entity declarations are not parsed: the file is not counted.
        {"translations/cartofaune_de.ts": QT_PARTIAL.replace(
            "<!DOCTYPE TS>", '<!DOCTYPE TS [<!ENTITY a "aaaaaaaaaa">]>')},
        # Broken files are not counted.
        {"locales/en.json": JSON_EN, "locales/fr.json": '{"menu": {"open": "Ouvrir",'},
        {"app/src/main/res/values-fr/strings.xml": ANDROID_PARTIAL},
    ],
    ids=["source-only", "lone-file", "entities", "broken-json", "android-without-source"],
)
def test_catalogues_that_cannot_be_measured_are_left_out(git_repo, lint, files):
    git_repo.files({"README.md": README_EN, **files})
    repo = Repository(git_repo.path)
    assert completeness(repo, survey(repo).catalogues) == {}
    result = lint(git_repo.path, "translations")["translations"]
    assert not findings_with(result, "incomplete")


# ----- drift: translations left behind --------------------------------------------------


def commit_pair(git_repo, translation, translated_on, original, changed_on, texts):
    """The original and its translation committed together, then the original alone."""
    git_repo.write("README.md" if original != "README.md" else "main.py", README_EN)
    git_repo.write(original, texts[0])
    git_repo.write(translation, texts[1])
    git_repo.commit("Add the documents", date=translated_on)
    git_repo.write(original, texts[0] + "\nA new paragraph explains the export of sightings.\n")
    git_repo.commit("Update the original", date=changed_on)


@pytest.mark.parametrize(
    "translation, original, texts",
    [
        ("README.fr.md", "README.md", (README_EN, README_FR)),
        ("LISEZMOI.md", "README.md", (README_EN, README_FR)),
        ("docs/fr/guide.md", "docs/en/guide.md", (GUIDE_EN, GUIDE_FR)),
        ("docs/fr/guide.md", "docs/guide.md", (GUIDE_EN, GUIDE_FR)),
        ("docs/index.de.md", "docs/index.md", (README_EN, README_DE)),
        (".github/CONTRIBUTING.fr.md", ".github/CONTRIBUTING.md", (CONTRIBUTING_EN, CONTRIBUER_FR)),
    ],
    ids=["readme", "lisezmoi", "docs-folders", "docs-top", "docs-suffix", "github"],
)
def test_a_translation_older_than_its_original_is_reported(
    git_repo, lint, translation, original, texts
):
    commit_pair(
        git_repo, translation, "2023-01-01T00:00:00", original, "2024-01-01T00:00:00", texts
    )
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.PASSED_WITH_ADVICE
    drift = findings_with(result, "drift")
    assert [(f.path, f.advice) for f in drift] == [(translation, True)]
    assert "2023-01-01" in drift[0].message and "2024-01-01" in drift[0].message
    assert original in drift[0].message


@pytest.mark.parametrize(
    "translated_on, changed_on, options",
    [
        ("2023-01-01T00:00:00", "2023-03-01T00:00:00", {}),  # 59 days
        ("2023-01-01T00:00:00", "2023-06-29T00:00:00", {}),  # 179 days
        ("2023-01-01T00:00:00", "2024-01-01T00:00:00", {"max-drift-days": 400}),
    ],
    ids=["two-months", "just-under", "option"],
)
def test_a_recent_translation_is_not_reported(git_repo, lint, translated_on, changed_on, options):
    commit_pair(git_repo, "README.fr.md", translated_on, "README.md", changed_on,
                (README_EN, README_FR))
    result = lint(git_repo.path, "translations", options={"translations": options})
    assert not findings_with(result["translations"], "drift")


def test_a_translation_updated_after_its_original_is_not_reported(git_repo, lint):
    git_repo.write("README.md", README_EN)
    git_repo.write("README.fr.md", README_FR)
    git_repo.commit("Old", date="2020-01-01T00:00:00")
    git_repo.write("README.fr.md", README_FR + "\nUn nouveau paragraphe sur l'export.\n")
    git_repo.commit("Translation updated", date="2024-01-01T00:00:00")
    result = lint(git_repo.path, "translations")["translations"]
    assert not findings_with(result, "drift")


def test_the_drift_option_shortens_the_delay(git_repo, lint):
    commit_pair(git_repo, "README.fr.md", "2023-01-01T00:00:00", "README.md",
                "2023-03-01T00:00:00", (README_EN, README_FR))
    options = {"translations": {"max-drift-days": 30}}
    result = lint(git_repo.path, "translations", options=options)["translations"]
    assert [f.path for f in findings_with(result, "drift")] == ["README.fr.md"]


def test_documents_are_dated_by_one_git_call(git_repo, monkeypatch):
    import subprocess

    names = ["README.md", "README.fr.md", "docs/Guide d'été [1].md", "docs/notes.txt"]
    for name in names:
        git_repo.write(name, f"{name}\n")
    git_repo.commit("Old", date="2021-05-01T12:00:00")
    git_repo.write("README.md", "changed\n")
    git_repo.commit("New", date="2022-05-01T12:00:00")
    history = Repository(git_repo.path).history
    calls = []
    real_popen = subprocess.Popen

    def counting_popen(*args, **kwargs):
        calls.append(args[0])
        return real_popen(*args, **kwargs)

    monkeypatch.setattr(subprocess, "Popen", counting_popen)
    dates = history.last_changes([*names, "untracked.md"])
    assert len(calls) == 1
    day = {path: datetime.fromtimestamp(stamp, tz=UTC).date().isoformat()
           for path, stamp in dates.items()}
    assert day == {"README.md": "2022-05-01", "README.fr.md": "2021-05-01",
                   "docs/Guide d'été [1].md": "2021-05-01", "docs/notes.txt": "2021-05-01"}


def test_drift_is_not_checked_in_a_plain_directory(plain_dir, lint):
    plain_dir.write("README.md", README_EN)
    plain_dir.write("README.fr.md", README_FR)
    result = lint(plain_dir.path, "translations")["translations"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert "not a Git repository" in result.findings[0].message
    assert not findings_with(result, "drift")


def test_drift_is_not_checked_in_a_shallow_clone(git_repo, lint, tmp_path):
    commit_pair(git_repo, "README.fr.md", "2023-01-01T00:00:00", "README.md",
                "2024-01-01T00:00:00", (README_EN, README_FR))
    clone = tmp_path / "clone"
    git_repo.git("clone", "-q", "--depth", "1", f"file://{git_repo.path}", str(clone))
    result = lint(clone, "translations", language="fr")["translations"]
    assert "clone superficiel" in result.findings[0].message
    assert not findings_with(result, "drift")


def test_no_drift_note_without_translated_documents(git_repo, lint):
    git_repo.files({"README.md": README_EN, "po/fr.po": PO_COMPLETE})
    result = lint(git_repo.path, "translations")["translations"]
    assert "not compared" not in result.findings[0].message


@pytest.mark.parametrize(
    "files, expected",
    [
        ({"README.md": README_EN}, "en"),
        ({"README.md": README_FR}, "fr"),
    ],
    ids=["english", "french"],
)
def test_an_unambiguous_readme_needs_no_language_model(git_repo, lint, monkeypatch, files,
                                                        expected):
    import commons_lint_rules._languages as languages

    def refuse(*args, **kwargs):
        raise AssertionError("the language model should not be loaded")

    monkeypatch.setattr(languages, "_classify", refuse)
    git_repo.files(files)
    result = lint(git_repo.path, "translations")["translations"]
    assert f"Languages found: {expected}" in result.findings[0].message


def test_quick_language_defers_on_short_or_mixed_text():
    from commons_lint_rules._languages import quick_language

    assert quick_language("Cartofaune maps wildlife.") is None
    mixed = ("The project and the team " * 6) + ("le projet et les équipes pour " * 6)
    assert quick_language(mixed) is None
    assert quick_language(README_EN) == "en"


# ----- issue 9: what real repositories showed ------------------------------------------

PUBLICCODE_TWO_DESCRIPTIONS = (
    "publiccodeYmlVersion: '0.4'\nname: Cartofaune\n"
    "description:\n  en:\n    shortDescription: Maps wildlife sightings\n"
    "  fr:\n    shortDescription: Cartographie les observations de faune\n"
    "localisation:\n  localisationReady: true\n  availableLanguages: [en, fr]\n"
)


@pytest.mark.parametrize("readme", [README_EN, README_FR], ids=["english", "french"])
def test_publiccode_languages_are_not_translations(git_repo, lint, readme):
    git_repo.files({"README.md": readme, "publiccode.yml": PUBLICCODE_TWO_DESCRIPTIONS})
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.FAILED
    assert result.facts["declared_languages"] == {"en": ["publiccode.yml"],
                                                  "fr": ["publiccode.yml"]}
    assert "publiccode.yml" not in str(result.facts["languages"])


def test_publiccode_beside_a_real_translation_still_passes(git_repo, lint):
    git_repo.files({"README.md": README_EN, "README.fr.md": README_FR,
                    "publiccode.yml": PUBLICCODE_TWO_DESCRIPTIONS})
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.facts["languages"]["fr"] == ["README.fr.md"]


def test_publiccode_note_in_french(git_repo, lint):
    git_repo.files({"README.md": README_FR, "publiccode.yml": PUBLICCODE_TWO_DESCRIPTIONS})
    result = lint(git_repo.path, "translations", language="fr")["translations"]
    assert "déclarées dans publiccode.yml" in result.findings[0].message


@pytest.mark.parametrize(
    "files",
    [
        {"po/cartofaune.pot": POT},
        {"locale/cartofaune.pot": POT, "locale/README.md": "Run make pot.\n"},
        {"src/locale/messages.xlf": XLIFF_SOURCE},
    ],
    ids=["pot", "pot-in-locale", "xliff-source-only"],
)
@pytest.mark.parametrize("readme", [README_EN, README_FR], ids=["english", "french"])
def test_a_template_alone_is_ready_to_translate_not_translated(git_repo, lint, files, readme):
    git_repo.files({"README.md": readme, **files})
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "single-language"
    template = findings_with(result, "template-only")
    assert template and template[0].advice
    assert result.facts["templates"]
    assert result.facts["process"] == []


def test_a_template_with_its_catalogues_passes_without_template_advice(git_repo, lint):
    git_repo.files({"README.md": README_EN, "po/cartofaune.pot": POT, "po/fr.po": PO_FR})
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert not findings_with(result, "template-only")
    assert result.facts["templates"] == ["po/cartofaune.pot"]


def test_template_advice_in_french(git_repo, lint):
    git_repo.files({"README.md": README_FR, "po/cartofaune.pot": POT})
    result = lint(git_repo.path, "translations", language="fr")["translations"]
    [template] = findings_with(result, "template-only")
    assert "modèle prêt à être traduit" in template.message


def test_an_empty_template_is_not_recorded(git_repo, lint):
    git_repo.files({"README.md": README_EN, "po/cartofaune.pot": 'msgid ""\nmsgstr ""\n'})
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.FAILED
    assert not findings_with(result, "template-only")


def _yaml_keys(prefix, count, value):
    return "".join(f"{prefix}{index}: {value} {index}\n" for index in range(count))


# The French interface holds 32 strings; the others hold one of them (a design system
# whose components are French, with a stub for the other languages).
STUB_FAMILY = {
    "src/i18n/fr.yml": _yaml_keys("libelle_", 32, "Libellé"),
    "src/i18n/en.yml": "libelle_0: Label 0\n",
    "src/i18n/de.yml": "libelle_0: Bezeichnung 0\n",
}


@pytest.mark.parametrize("readme", [README_FR, README_EN], ids=["french", "english"])
def test_stub_catalogues_are_compared_with_the_fullest_and_do_not_count(
    git_repo, lint, readme
):
    git_repo.files({"README.md": readme, **STUB_FAMILY})
    result = lint(git_repo.path, "translations")["translations"]
    completeness_fact = result.facts["completeness"]
    assert completeness_fact["en"]["translated"] == 1
    assert completeness_fact["en"]["total"] == 32
    assert completeness_fact["fr"]["source"] is True
    assert set(result.facts["started"]) == {"de", "en"}
    if readme is README_FR:
        assert result.status is Status.FAILED  # French only, really
    else:
        # An English README and a French interface: two languages.
        assert result.status is Status.PASSED_WITH_ADVICE


def test_stub_catalogues_in_french(git_repo, lint):
    git_repo.files({"README.md": README_FR, **STUB_FAMILY})
    result = lint(git_repo.path, "translations", language="fr")["translations"]
    assert "Trop peu traduit pour compter : de, en." in result.findings[0].message
    assert "fr 100 % (source)" in result.findings[0].message


def test_a_fifth_translated_still_counts(git_repo, lint):
    git_repo.files({
        "README.md": README_FR,
        "locales/fr.json": "{" + ", ".join(f'"k{i}": "Texte {i}"' for i in range(10)) + "}",
        "locales/es.json": '{"k0": "Texto 0", "k1": "Texto 1"}',
    })
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert "es" in result.facts["languages"]
    assert findings_with(result, "incomplete")


ENGLISH_MSGIDS = [
    ("Publish my data", ""), ("Reuse the data of the public transport networks", ""),
    ("Subscribe to the newsletter to receive the latest news of the project", ""),
    ("Find a dataset by city, region or type of transport", ""),
    ("Download the presentation of the national access point", ""),
    ("Read the publication guide before you publish a new dataset", ""),
    ("title", "National access point to transport data"),
]
FRENCH_MSGIDS = [(msgid, f"Texte {index}") for index, (msgid, _x) in enumerate(ENGLISH_MSGIDS)]


def _po_of(language, entries):
    return po(language, [f'msgid "{msgid}"\nmsgstr "{msgstr}"' for msgid, msgstr in entries])


def test_the_gettext_source_language_is_complete_by_definition(git_repo, lint):
    git_repo.files({
        "README.md": README_EN,
        "priv/gettext/page.pot": _po_of("", [(m, "") for m, _x in ENGLISH_MSGIDS]),
        "priv/gettext/en/LC_MESSAGES/page.po": _po_of("en", ENGLISH_MSGIDS),
        "priv/gettext/fr/LC_MESSAGES/page.po": _po_of("fr", FRENCH_MSGIDS),
    })
    result = lint(git_repo.path, "translations")["translations"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.facts["completeness"]["en"]["source"] is True
    assert result.facts["completeness"]["en"]["ratio"] == 1.0
    assert not findings_with(result, "incomplete")


def test_an_untranslated_catalogue_of_another_language_is_still_incomplete(git_repo, lint):
    # German msgstrs left empty: the msgids are English, so this is not the source.
    git_repo.files({
        "README.md": README_EN,
        "po/de.po": _po_of("de", [(m, "Text" if i == 0 else "")
                                  for i, (m, _x) in enumerate(ENGLISH_MSGIDS)]),
        "po/fr.po": _po_of("fr", FRENCH_MSGIDS),
    })
    result = lint(git_repo.path, "translations")["translations"]
    assert result.facts["completeness"]["de"]["source"] is False
    assert "de" in result.facts["started"]


@pytest.mark.parametrize(
    "stem, expected",
    [
        ("rules-as-en", [("rules-as", "en")]),
        ("rules-ti-en", [("rules-ti", "en")]),
        ("README-pt-BR", [("README", "pt-BR"), ("README-pt", "br")]),
        ("app_zh_TW", [("app", "zh-TW"), ("app_zh", "tw")]),
        ("guide-es-419", [("guide", "es-419")]),
        ("ui-fr", [("ui", "fr")]),
        ("as-en-notes", []),
    ],
)
def test_a_language_suffix_is_the_last_part_of_the_name(stem, expected):
    from commons_lint_rules._languages import language_suffixes

    assert language_suffixes(stem) == expected


def test_fragments_of_file_names_are_not_languages(git_repo, lint):
    rules_fr = "".join(f"regle_{i}:\n  titre: Règle {i}\n" for i in range(10))
    rules_en = "".join(f"regle_{i}:\n  titre: Rule {i}\n" for i in range(10))
    git_repo.files({
        "README.md": README_FR,
        "site/locales/rules-fr.yaml": rules_fr,
        "site/locales/rules-en.yaml": rules_en,
        "site/locales/rules-as-en.yaml": rules_en,
        "site/locales/rules-ti-en.yaml": rules_en,
    })
    result = lint(git_repo.path, "translations")["translations"]
    assert set(result.facts["languages"]) == {"en", "fr"}
    assert result.status is Status.PASSED_WITH_ADVICE


@pytest.mark.parametrize(
    "files, tag",
    [
        ({"README.md": README_EN, "lang/eu.json": '{"k": "Kaixo mundua"}'}, None),
        ({"README.md": README_EN, "locales/ng.json": '{"module": "app shell"}'}, None),
        ({"README.md": README_EN, "locales/eu.json": '{"k": "Kaixo mundua"}',
          "locales/fr.json": '{"k": "Bonjour le monde"}'}, "eu"),
    ],
    ids=["eu-alone", "angular-ng", "eu-beside-french"],
)
def test_a_code_that_is_also_an_abbreviation_needs_a_clear_sibling(git_repo, files, tag):
    git_repo.files(files)
    found = languages_of(git_repo.path)
    if tag is None:
        assert found == {"en"}
    else:
        assert tag in found


GUIDE_IT_SHORT = "# Guida\n\nApri la mappa e scegli una specie.\n"
GUIDE_FR_SHORT = "# Guide\n\nOuvrez la carte et choisissez une espèce.\n"
GUIDE_EN_SHORT = "# Guide\n\nOpen the map and pick a species.\n"


@pytest.mark.parametrize(
    "files, expected",
    [
        ({"README.md": README_FR, "guideItaliano.md": GUIDE_IT_SHORT}, {"fr", "it"}),
        ({"README.md": README_EN, "docs/guide.md": GUIDE_EN, "docs/guide-francais.md":
          GUIDE_FR_SHORT}, {"en", "fr"}),
        ({"README.md": README_FR, "README-English.md": GUIDE_EN_SHORT}, {"fr", "en"}),
        ({"README.md": README_EN, "LISEZMOI-français.md": GUIDE_FR_SHORT}, {"en", "fr"}),
        ({"README.md": README_EN, "docs/fr/index.md": GUIDE_FR_SHORT}, {"en", "fr"}),
        ({"README.md": README_EN, "pages/common/map.md": GUIDE_EN_SHORT,
          "pages.fr/common/map.md": GUIDE_FR_SHORT,
          "pages.pt_BR/common/map.md": "# Mapa\n\nAbra o mapa.\n"}, {"en", "fr", "pt-BR"}),
        ({"README.md": README_EN, "i18n/fr/guide.md": GUIDE_FR_SHORT}, {"en", "fr"}),
    ],
    ids=["camel-italiano", "guide-francais", "readme-english", "lisezmoi-francais",
         "docs-tree-short", "pages-trees", "i18n-document-tree"],
)
def test_documents_named_by_language_or_tree_count_even_when_short(
    git_repo, lint, files, expected
):
    git_repo.files(files)
    result = lint(git_repo.path, "translations")["translations"]
    assert set(result.facts["languages"]) == expected
    assert result.status is Status.PASSED_WITH_ADVICE


@pytest.mark.parametrize(
    "files",
    [
        {"english-grammar.md": GUIDE_EN_SHORT},
        {"docs/frenchFries.md": GUIDE_EN_SHORT},
        {"docs/fr/index.md": "# \n"},
        {"pages.fr/map.md": GUIDE_FR_SHORT},  # no plain pages/ tree beside it
        {"pages/map.md": GUIDE_EN_SHORT, "pages.io/map.md": GUIDE_EN_SHORT},
        {"src/date.locale.ts": "export default {}\n", "src/i18n/index.tsx": "export {}\n"},
    ],
    ids=["name-starts-with-language", "language-word-inside", "empty-tree-page",
         "lone-suffixed-tree", "ambiguous-tree", "locale-modules-without-language"],
)
def test_near_misses_of_language_names_and_trees(git_repo, lint, files):
    git_repo.files({"README.md": README_EN, **files})
    result = lint(git_repo.path, "translations")["translations"]
    assert set(result.facts["languages"]) == {"en"}
    assert result.status is Status.FAILED


@pytest.mark.parametrize(
    "files, tag",
    [
        ({"src/app/fr.locale.ts": "export const fr = { species: 'Espèce' };\n"}, "fr"),
        ({"src/app/messages.de.locale.js": "export default { species: 'Art' };\n"}, "de"),
        ({"src/i18n/es.tsx": "export const es = { species: 'Especie' };\n"}, "es"),
        ({"public/locales/it/common.json": '{"species": "Specie"}'}, "it"),
        ({"lang/fr.php": "<?php return ['species' => 'Espèce'];\n"}, "fr"),
        ({"src/locales/nl.jsx": "export default { species: 'Soort' };\n"}, "nl"),
    ],
    ids=["locale-ts", "locale-js-suffixed", "i18n-tsx", "locales-folder-json", "lang-php",
         "locales-jsx"],
)
def test_i18n_library_locale_files_are_catalogues(git_repo, lint, files, tag):
    git_repo.files({"README.md": README_EN, **files})
    result = lint(git_repo.path, "translations")["translations"]
    assert tag in result.facts["languages"]
    assert result.status is Status.PASSED_WITH_ADVICE


def test_facts_name_languages_and_completeness(git_repo, lint):
    git_repo.files({"README.md": README_EN, "po/fr.po": PO_COMPLETE, "po/de.po": PO_PARTIAL})
    result = lint(git_repo.path, "translations")["translations"]
    assert result.facts["languages"]["fr"] == ["po/fr.po"]
    assert result.facts["completeness"]["de"] == {
        "translated": 1, "total": 4, "ratio": 0.25, "source": False}
    assert any(e.path == "po/fr.po" for e in result.evidence)

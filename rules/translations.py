"""translations: the project's productions exist in several languages, or translating is organised.

Three kinds of evidence, gathered from the file index (contents are read only to
confirm a candidate):

- documents in several languages: language-suffixed names (``README.fr.md``,
  ``CONTRIBUTING_de.rst``, ``README-pt-BR.md``, ``LISEZMOI.md``) and language folders
  of a documentation tree (``docs/fr/``, ``doc/de/``);
- localisation catalogues (see ``_catalogues``): gettext ``.po``, JSON/YAML/… files in
  ``locales/``, ``i18n/``, ``lang/``, ``translations/`` folders, Qt ``.ts``, Android
  ``res/values-xx/strings.xml``, XLIFF, Java ``_xx.properties``, .NET ``.xx.resx``,
  Flutter ``_xx.arb``, Apple ``xx.lproj``; and ``localisation.availableLanguages`` of
  publiccode.yml;
- a translation process: a translation-platform configuration, a link to a
  translation platform or a "Translations" section in the README or contribution
  guide, a translation guide, gettext templates (``.pot``).

A language counts only when its code is an ISO 639-1 code, and a suffix counts only
on a community document (README, CONTRIBUTING…) or next to its original (``index.md``
beside ``index.fr.md``): ``how-to.md`` is not in Tonga.

Names lie: the text of translated documents is identified (``_languages.identify``),
and a README.fr.md written in English is reported and not counted as French. Then, as
advice: the completeness of each language's catalogues, and translations left behind
their original, dated by one ``git log`` over all the documents.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any

from commons_lint import (
    Document,
    Evidence,
    Fact,
    Finding,
    History,
    NotApplicable,
    Outcome,
    Repository,
    Severity,
    Summary,
    Text,
    Theme,
    rule,
)
from commons_lint.languages import language_tag
from commons_lint.repository import split_name
from commons_lint.structured import Malformed

from ._catalogues import (
    DOC_EXTENSIONS,
    Catalogue,
    Count,
    catalogue_of,
    completeness,
    holds_translations,
    po_entries,
    po_language,
    xliff_target,
)
from ._common import (
    MIN_DOCUMENT_WORDS,
    PUBLICCODE_NAMES,
    README_STEMS,
    TUTORIAL_URL,
    _,
    fold,
    is_substantial,
    keyword_pattern,
    mentions,
    normalise,
    project_documents,
    sections,
    shared_yaml,
    words,
)
from ._history import SECONDS_PER_DAY, day
from ._languages import (
    identify,
    identify_language,
    is_ambiguous,
    language_suffixes,
    named_language,
    quick_language,
    same_language,
    satisfies,
    share_in,
)

CONTRIBUTING_STEMS = (
    "contributing", "contribute", "contribuer", "contribution", "contributions",
    "comment-contribuer", "comment_contribuer",
)
GUIDE_STEMS = (
    "translating", "translation", "translations", "translate", "localization",
    "localisation", "i18n", "l10n", "traduction", "traductions", "traduire",
)
# Documents that projects translate as such: a suffix on these names is a language.
COMMUNITY_STEMS = frozenset(
    {
        "readme", "lisezmoi", "contributing", "contribuer", "contribution", "contributions",
        "codeofconduct", "codedeconduite", "conduct", "governance", "gouvernance",
        "security", "securite", "support", "changelog", "changes", "history", "news",
        "license", "licence", "copying", "install", "installation", "usage", "faq",
        "authors", "maintainers", "roadmap", "funding", "financement",
    }
)
# Names that projects keep without an extension: README.fr, LICENSE.de.
EXTENSIONLESS_STEMS = frozenset(
    {"readme", "license", "licence", "copying", "contributing", "authors", "install", "news",
     "changelog"}
)
FRENCH_README_STEMS = frozenset({"lisezmoi"})
# Roots of documentation trees whose sub-folders may be one per language.
DOC_ROOTS = ("docs", "doc", "documentation", "content")
# Where suffixed documents are looked for, besides the repository root.
DOCUMENT_DIRS = ("docs", "doc", "documentation", ".github", ".gitlab", "content")
# Configuration files of translation platforms (lower-case names or path endings).
PLATFORM_CONFIGS = frozenset(
    {
        ".weblate", "weblate.yml", "weblate.yaml",  # Weblate
        "crowdin.yml", "crowdin.yaml", ".crowdin.yml", ".crowdin.yaml",  # Crowdin
        "transifex.yml", ".transifex.yml", ".transifex.yaml",  # Transifex (GitHub app)
        "lokalise.yml", ".lokalise.yml", "lokalise.json",  # Lokalise
        ".phrase.yml", ".phraseapp.yml",  # Phrase
        "l10n.toml",  # Mozilla project configuration, read by Pontoon
        "localazy.json",  # Localazy
    }
)
PLATFORM_CONFIG_PATHS = (".tx/config",)  # Transifex client
# Hosts of translation platforms; translate.<forge> hosts are Weblate or Pontoon instances.
_PLATFORM_LINK = re.compile(
    r"https?://(?:[\w-]+\.)*(?:weblate\.org|crowdin\.com|crowdin\.net|transifex\.com|"
    r"lokalise\.com|poeditor\.com|pontoon\.mozilla\.org|localazy\.com|phrase\.com)"
    r"|https?://(?:translate|weblate|pontoon|traduction|traduire)\.[\w.-]+",
    re.IGNORECASE,
)
_TRANSLATION_HEADING = keyword_pattern(
    ["translat*", "tradu*", "locali*", "internationali*", "i18n", "l10n"]
)
# Words that make a README section about translation a call for translators.
_CONTRIBUTING_TRANSLATIONS = keyword_pattern(
    [
        "contribut*", "help", "aide*", "aider", "volunteer*", "benevole*", "translator*",
        "traducteur*", "traductrice*", "proofread*", "relecture", "relire", "new language*",
        "nouvelle langue", "nouvelles langues", "add a language", "ajouter une langue",
        "pull request*", "merge request*", "po file*", "fichiers po", "catalog*",
        "weblate", "crowdin", "transifex", "pontoon", "lokalise",
    ]
)
# A translation section shorter than this, without a link, says nothing usable.
MIN_SECTION_WORDS = 8
# A page that its name or tree calls a translation counts from this many words (a
# short page of a docs/fr/ tree is still French); other documents need a real text.
MIN_EXPLICIT_WORDS = 3
# How many translated documents' originals we read to identify their language.
MAX_GUESSED_ORIGINALS = 10
# How many catalogues of one language we open, at most, to find one that holds
# translations: twenty empty ones in a row and the language is not really translated.
MAX_CHECKED_CATALOGUES = 20

# Documents whose text is checked against the language their name claims: the first few
# of each language, and no more than this in all (the classifier takes a millisecond
# a page, reading them is the cost).
MAX_CONFIRMED_PER_LANGUAGE = 3
MAX_CONFIRMED_DOCUMENTS = 40
# A document whose claimed language holds less than this share of its prose is in
# the wrong language; above, it is a partial translation.
MIN_CLAIMED_SHARE = 0.3
# How many wrong-language documents and drifted translations are reported one by one.
MAX_REPORTED = 10
# How many (translation, original) pairs are dated, at most: git log slows down with
# the number of paths it is given (1,000 paths over 23,000 commits take minutes), so a
# large tree of translations (pages.fr/) is sampled, a few pairs of each language.
MAX_DATED_PAIRS = 50


def belongs_to_project(repo: Repository, path: str) -> bool:
    """Vendored copies, test material and minified builds are not the project's productions."""
    return repo.is_own(path) and not _is_minified(path)


def _is_minified(path: str) -> bool:
    return ".min." in path.rpartition("/")[2].lower()


@dataclass(frozen=True)
class Translated:
    """A document whose name or folder says it is in ``tag``."""

    path: str
    tag: str
    # The document it translates, when one sits beside it (README.md for README.fr.md).
    original: str | None
    # What shows the language in the summary: the file, or its language folder.
    evidence: str
    # Named with a full language name or kept in a language tree (docs/fr/, pages.fr/):
    # the name says it is a translation, so a short page counts.
    explicit: bool = False


@dataclass(frozen=True)
class WrongLanguage:
    path: str
    claimed: str
    identified: str


@dataclass
class Survey:
    """What was found: languages with the files showing them, and the translation process."""

    languages: dict[str, list[str]] = field(default_factory=dict)
    process: list[str] = field(default_factory=list)
    # Translated files whose original is in a language we could not identify.
    unidentified_original: bool = False
    # The project's READMEs: the original to identify, a place to explain the process.
    readmes: list[Document] = field(default_factory=list)
    # Translated documents that were counted, and those whose text belies their name.
    documents: list[Translated] = field(default_factory=list)
    wrong_language: list[WrongLanguage] = field(default_factory=list)
    # Catalogues of each language that holds translations.
    catalogues: dict[str, list[Catalogue]] = field(default_factory=dict)
    # Gettext templates (.pot) and source-only XLIFF files: ready to be translated, which
    # is not translated, nor a process by itself.
    templates: list[str] = field(default_factory=list)
    # Languages publiccode.yml declares (availableLanguages, description keys): what the
    # software is said to offer, not a translation of the project's documents.
    declared: dict[str, list[str]] = field(default_factory=dict)
    # Languages whose catalogues translate too few of the source strings to count.
    started: dict[str, list[str]] = field(default_factory=dict)

    def add(self, tag: str, path: str) -> None:
        paths = self.languages.setdefault(tag, [])
        if path not in paths:
            paths.append(path)

    def add_process(self, where: str) -> None:
        if where not in self.process:
            self.process.append(where)

    @property
    def language_count(self) -> int:
        return len(self.languages) + (1 if self.unidentified_original else 0)


# ----- documents ---------------------------------------------------------------------


def _document_files(repo: Repository) -> dict[str, list[str]]:
    """The project's documents in the root and documentation folders, by folder."""
    paths = list(repo.files_in(""))
    for directory in DOCUMENT_DIRS:
        paths.extend(repo.files_under(directory))
    by_folder: dict[str, list[str]] = {}
    for path in paths:
        if belongs_to_project(repo, path):
            by_folder.setdefault(path.rpartition("/")[0].lower(), []).append(path)
    return by_folder


def _suffix_language(
    stem: str, extension: str, plain: Mapping[str, str], bases: Mapping[str, set[str]]
) -> tuple[str, str | None] | None:
    """(language, original path) when a suffix on this name is a language."""
    for base, tag in language_suffixes(stem):
        key = normalise(base)
        if not extension:
            if key in EXTENSIONLESS_STEMS and not is_ambiguous(tag):
                return tag, None
            continue
        original = plain.get(key)
        if key in COMMUNITY_STEMS:
            return tag, original
        if (original or len(bases.get(key, ())) > 1) and not is_ambiguous(tag):
            return tag, original
    return None


def _suffixed_documents(repo: Repository) -> list[Translated]:
    """Documents whose name carries a language (README.fr.md, LISEZMOI.md), unread."""
    found: list[Translated] = []
    for paths in _document_files(repo).values():
        entries: list[tuple[str, str, str]] = []  # (path, stem, extension or '')
        for path in paths:
            name = path.rpartition("/")[2]
            entries.append((path, *(split_name(name, DOC_EXTENSIONS) or (name, ""))))
        # Unsuffixed names (the originals) and the languages each base name comes in.
        plain = {normalise(stem): path for path, stem, extension in entries if extension}
        bases: dict[str, set[str]] = {}
        for _path, stem, extension in entries:
            for base, tag in language_suffixes(stem) if extension else ():
                bases.setdefault(normalise(base), set()).add(tag)
        for path, stem, extension in entries:
            language: tuple[str, str | None] | None
            named = named_language(stem) if extension else None
            if extension and normalise(stem) in FRENCH_README_STEMS:
                language = ("fr", plain.get("readme"))
            elif named:
                original = plain.get(normalise(named[0]))
                found.append(Translated(path, named[1], original, path, explicit=True))
                continue
            else:
                language = _suffix_language(stem, extension, plain, bases)
            if language:
                found.append(Translated(path, language[0], language[1], path))
    return found


def _language_folders(parent: str, paths: Iterable[str]) -> dict[str, str]:
    """Sub-folders of ``parent`` named by a language tag: tag -> folder path."""
    candidates: dict[str, str] = {}
    prefix_length = len(parent) + 1 if parent else 0
    for path in paths:
        child = path[prefix_length:].split("/", 1)[0]
        if "/" not in path[prefix_length:]:
            continue
        tag = language_tag(child)
        if tag:
            candidates.setdefault(tag, path[: prefix_length + len(child)])
    clear = [tag for tag in candidates if not is_ambiguous(tag)]
    return {
        tag: folder
        for tag, folder in candidates.items()
        if not is_ambiguous(tag) or any(other != tag for other in clear)
    }


def _inside(folder: str, paths: Iterable[str]) -> dict[str, str]:
    """Paths below ``folder``, by their lower-case path relative to it."""
    prefix = folder.lower() + "/"
    return {p[len(prefix) :].lower(): p for p in paths if p.lower().startswith(prefix)}


def _folder_documents(repo: Repository) -> list[Translated]:
    """Documents in language folders (docs/fr/guide.md), paired with their original:
    the same page at the top of the tree (docs/guide.md), else in the fullest language
    folder, the one translators usually work from (docs/en/guide.md)."""
    found: list[Translated] = []
    for root in DOC_ROOTS:
        documents = [
            path for path in repo.files_under(root)
            if belongs_to_project(repo, path) and path.lower().endswith(DOC_EXTENSIONS)
        ]
        if not documents:
            continue
        root_path = documents[0][: len(root)]
        top_level = {
            path[len(root_path) + 1 :].lower(): path
            for path in documents if path.count("/") == root_path.count("/") + 1
        }
        folders = _language_folders(root_path, documents)
        pages = {tag: _inside(folder, documents) for tag, folder in folders.items()}
        source = max(pages, key=lambda tag: (len(pages[tag]), tag == "en"), default=None)
        for tag, folder in folders.items():
            for relative, path in pages[tag].items():
                original = top_level.get(relative)
                if original is None and source is not None and tag != source:
                    original = pages[source].get(relative)
                found.append(Translated(path, tag, original, folder + "/", explicit=True))
    return found


def _suffixed_trees(repo: Repository) -> list[Translated]:
    """Trees named after another tree and a language, beside it: ``pages.fr/`` beside
    ``pages/`` (tldr), ``content-de/`` beside ``content/``. Their documents translate the
    page of the same path in the plain tree."""
    tops: dict[str, str] = {}
    for path in repo.own_files:
        top, slash, _rest = path.partition("/")
        if slash:
            tops.setdefault(top, top)
    lowered = {top.lower() for top in tops}
    trees: dict[str, tuple[str, str]] = {}  # folder -> (tag, plain folder)
    for top in tops:
        for base, tag in language_suffixes(top)[:1]:
            if base.lower() in lowered and not is_ambiguous(tag):
                plain = next(t for t in tops if t.lower() == base.lower())
                trees[top] = (tag, plain)
    found: list[Translated] = []
    for folder, (tag, plain) in sorted(trees.items()):
        documents = [
            path for path in repo.files_under(folder)
            if belongs_to_project(repo, path) and path.lower().endswith(DOC_EXTENSIONS)
        ]
        for path in documents:
            original = plain + path[len(folder) :]
            found.append(Translated(
                path, tag, original if repo.exists(original) else None, folder + "/",
                explicit=True,
            ))
    return found


def _confirm_documents(
    repo: Repository, survey: Survey, candidates: list[Translated], claimed: set[str]
) -> None:
    """Count the candidates that hold text in the language their name claims.

    An empty or placeholder translation is not a translation. Once a language has been
    checked on a few documents, its other files are taken at their name, unread.
    """
    checked: Counter[str] = Counter()
    for candidate in candidates:
        tag = candidate.tag
        if tag in survey.languages and (
            checked[tag] >= MAX_CONFIRMED_PER_LANGUAGE
            or sum(checked.values()) >= MAX_CONFIRMED_DOCUMENTS
        ):
            survey.documents.append(candidate)
            continue
        text = repo.text(candidate.path)
        if not is_substantial(text, MIN_EXPLICIT_WORDS if candidate.explicit else
                              MIN_DOCUMENT_WORDS):
            continue
        if sum(checked.values()) < MAX_CONFIRMED_DOCUMENTS:
            checked[tag] += 1
            wrong = _wrong_language(text, tag, claimed)
            if wrong is not None:
                survey.wrong_language.append(WrongLanguage(candidate.path, tag, wrong))
                continue
        survey.add(tag, candidate.evidence)
        survey.documents.append(candidate)


def _wrong_language(text: str, claimed_tag: str, claimed: set[str]) -> str | None:
    """The language the text is in when it is clearly not the one claimed.

    Too short a text, an unclear one, or one partly in the claimed language is not judged.
    """
    found = identify(text, claimed)
    if found is None or same_language(found.language, claimed_tag):
        return None
    if share_in(text, claimed_tag) >= MIN_CLAIMED_SHARE:
        return None
    return found.language


def _survey_originals(repo: Repository, survey: Survey, claimed: set[str]) -> None:
    """The languages of the README and of the documents that were translated."""
    originals = {d.original for d in survey.documents if d.original}
    # LISEZMOI claims French by its name: it was checked with the other translations.
    readmes = [
        d.path for d in survey.readmes
        if d.language is None and normalise(d.stem) not in FRENCH_README_STEMS
        and repo.text(d.path).strip()
    ]
    candidates = sorted(originals)[:MAX_GUESSED_ORIGINALS]
    for path in candidates + [p for p in readmes[:1] if p not in candidates]:
        text = repo.text(path)
        # The README alone needs no model when its function words are unambiguous.
        quick = quick_language(text) if path not in originals else None
        language = quick or identify_language(text, claimed)
        if language:
            survey.add(language, path)
        elif path in originals:
            survey.unidentified_original = True


# ----- localisation catalogues -------------------------------------------------------


def _complete_tag(repo: Repository, catalogue: Catalogue, survey: Survey) -> Catalogue | None:
    """Fill in a language the name did not give, from the file's header; record templates."""
    if catalogue.tag:
        return catalogue
    text = repo.text(catalogue.path)
    if catalogue.kind == "gettext":
        tag = po_language(text)
    else:
        tag = xliff_target(text)
        if tag is None and catalogue.path not in survey.templates:
            survey.templates.append(catalogue.path)  # a source-only XLIFF file
    return Catalogue(catalogue.path, tag, catalogue.kind, True) if tag else None


def _bundle_base(path: str) -> str:
    """``res/Messages_fr_FR.properties`` -> ``res/messages``."""
    stem = path[: -len(".properties")]
    folder, _sep, name = stem.rpartition("/")
    base = language_suffixes(name, "_")[0][0]
    return f"{folder}/{base}".lower() if folder else base.lower()


def _has_default_file(repo: Repository, base: str) -> bool:
    """Whether the bundle ``res/messages`` has its ``res/Messages.properties``, any case."""
    folder, _sep, name = base.rpartition("/")
    default = f"{name}.properties"
    return any(path.rpartition("/")[2].lower() == default for path in repo.files_in(folder))


def _keep_resource_bundles(repo: Repository, by_language: dict[str, list[Catalogue]]) -> None:
    """A _xx.properties file is a translation when its bundle has a default file or
    other languages; app_it.properties alone may be a profile named "it"."""
    bundles = [c for found in by_language.values() for c in found if c.kind == "properties"]
    if not bundles:
        return
    base_of = {bundle.path: _bundle_base(bundle.path) for bundle in bundles}
    languages_by_base: dict[str, set[str]] = {}
    for bundle in bundles:
        languages_by_base.setdefault(base_of[bundle.path], set()).add(bundle.tag)
    for tag, found in list(by_language.items()):
        kept = [
            c for c in found
            if c.kind != "properties"
            or _has_default_file(repo, base_of[c.path])
            or len(languages_by_base[base_of[c.path]]) > 1
        ]
        if kept:
            by_language[tag] = kept
        else:
            del by_language[tag]


def _drop_ambiguous_folders(by_language: dict[str, list[Catalogue]]) -> None:
    """lang/ts/ and lang/cs/ are TypeScript and C#, locales/ng.json is Angular's, unless a
    clear language sits beside them."""
    if any(not is_ambiguous(tag) for tag in by_language):
        return
    for tag, found in list(by_language.items()):
        kept = [
            c for c in found
            if not c.named_by_folder and c.kind not in ("locale-file", "locale-module")
        ]
        if kept:
            by_language[tag] = kept
        else:
            del by_language[tag]



def _survey_catalogues(repo: Repository, survey: Survey) -> None:
    by_language: dict[str, list[Catalogue]] = {}
    for path in repo.own_files:
        lowered = path.lower()
        name = lowered.rpartition("/")[2]
        if ".min." in name:  # minified: a build, not a production (see _is_minified)
            continue
        if name.endswith(".pot"):
            if any(entry.msgid for entry in po_entries(repo.text(path))):
                survey.templates.append(path)
            continue
        if name in PLATFORM_CONFIGS or lowered.endswith(PLATFORM_CONFIG_PATHS):
            if repo.text(path).strip():
                survey.add_process(path)
            continue
        found = catalogue_of(repo, path)
        if found is not None:
            found = _complete_tag(repo, found, survey)
        if found is not None:
            by_language.setdefault(found.tag, []).append(found)
    _keep_resource_bundles(repo, by_language)
    _drop_ambiguous_folders(by_language)
    for tag, catalogues in by_language.items():
        for catalogue in catalogues[:MAX_CHECKED_CATALOGUES]:
            if holds_translations(repo, catalogue):
                survey.add(tag, catalogue.path)
                survey.catalogues[tag] = catalogues
                if catalogue.translates_original:
                    survey.unidentified_original = True
                break


def _survey_publiccode(repo: Repository, survey: Survey) -> None:
    """``localisation.availableLanguages`` and the ``description`` keys of publiccode.yml:
    recorded as declared, never counted (a catalogue's metadata in a second language is
    not a translation of the project)."""
    for path in repo.files_in(""):
        if path.lower() not in PUBLICCODE_NAMES:
            continue
        try:
            data = shared_yaml(repo.text(path))
        except Malformed:
            continue  # the publiccode-yml rule reports a broken file
        if not isinstance(data, dict):
            continue
        localisation = data.get("localisation")
        declared = localisation.get("availableLanguages") if isinstance(
            localisation, dict) else None
        description = data.get("description")
        values = [*(declared if isinstance(declared, list) else ()),
                  *(description if isinstance(description, dict) else ())]
        for value in values:
            tag = language_tag(str(value))
            if tag and path not in survey.declared.setdefault(tag, []):
                survey.declared[tag].append(path)


# A language whose catalogues translate less than this share of the source strings is
# started, not translated (one string of 32): shown, not counted.
MIN_COUNTED_SHARE = 0.2
# How many gettext catalogues of a language are read to find their strings' language.
MAX_SOURCE_SAMPLES = 5


def _complete_gettext_sources(
    repo: Repository, found: Survey, counts: dict[str, Count]
) -> None:
    """A gettext catalogue in the language of its msgids holds the source strings (an
    en/ folder beside the .pot of an English program): complete by definition."""
    for tag, count in list(counts.items()):
        if count.source or count.ratio >= 1:
            continue
        gettext = [c for c in found.catalogues.get(tag, []) if c.kind == "gettext"]
        msgids = " ".join(
            entry.msgid
            for catalogue in gettext[:MAX_SOURCE_SAMPLES]
            for entry in po_entries(repo.text(catalogue.path))
        )
        if not msgids:
            continue
        language = quick_language(msgids) or identify_language(msgids, found.languages)
        if language and same_language(language, tag):
            counts[tag] = Count(count.total, count.total, source=True)


def _set_aside_started(found: Survey, counts: Mapping[str, Count]) -> None:
    """Catalogues that translate almost nothing do not make their language count; a
    document in that language still does."""
    for tag, count in counts.items():
        if count.source or count.ratio >= MIN_COUNTED_SHARE:
            continue
        catalogue_paths = {c.path for c in found.catalogues.get(tag, [])}
        paths = found.languages.get(tag, [])
        kept = [path for path in paths if path not in catalogue_paths]
        if len(kept) == len(paths):
            continue
        found.started[tag] = [c.path for c in found.catalogues.get(tag, [])]
        if kept:
            found.languages[tag] = kept
        else:
            found.languages.pop(tag, None)


# ----- the translation process -------------------------------------------------------


def _survey_process_documents(repo: Repository, survey: Survey) -> None:
    for document in project_documents(repo, GUIDE_STEMS):
        if is_substantial(repo.text(document.path)):
            survey.add_process(document.path)
    guides = [(d, True) for d in project_documents(repo, CONTRIBUTING_STEMS)]
    readmes = [(d, False) for d in survey.readmes]
    for document, is_guide in guides + readmes:
        text = repo.text(document.path)
        place = _translation_section(text, is_guide)
        if place is not None:
            survey.add_process(f"{document.path}:{place}")
        elif _PLATFORM_LINK.search(text):
            survey.add_process(document.path)


def _translation_section(text: str, in_contribution_guide: bool) -> int | None:
    """The line of a section on translating. In a contribution guide the heading says
    it; in a README a "Translation" section may describe a feature, so it must also
    speak of contributing (or link to a platform)."""
    for heading, line, body in sections(text):
        if not _TRANSLATION_HEADING.search(fold(heading)):
            continue
        if _PLATFORM_LINK.search(body):
            return line
        if len(words(body)) < MIN_SECTION_WORDS:
            continue
        if in_contribution_guide or mentions(body, _CONTRIBUTING_TRANSLATIONS):
            return line
    return None


# ----- the rule ----------------------------------------------------------------------



# ----- drift -------------------------------------------------------------------------


@dataclass(frozen=True)
class Drift:
    translation: str
    original: str
    translated: int
    changed: int

    @property
    def days(self) -> int:
        return (self.changed - self.translated) // SECONDS_PER_DAY


def drifts(repo: Repository, found: Survey, max_days: int) -> list[Drift]:
    by_language: dict[str, set[tuple[str, str]]] = {}
    for document in found.documents:
        if document.original:
            by_language.setdefault(document.tag, set()).add((document.path, document.original))
    # Round robin over the languages, so that each one is sampled.
    ordered = [sorted(pairs_of) for _tag, pairs_of in sorted(by_language.items())]
    pairs = [pair for rank in zip_longest(*ordered) for pair in rank if pair][:MAX_DATED_PAIRS]
    dates = repo.history.last_changes({path for pair in pairs for path in pair})
    late = []
    for translation, original in pairs:
        translated, changed = dates.get(translation), dates.get(original)
        if translated is None or changed is None:
            continue
        if changed - translated > max_days * SECONDS_PER_DAY:
            late.append(Drift(translation, original, translated, changed))
    return sorted(late, key=lambda d: (-d.days, d.translation))


def _drift_unavailable(repo: Repository, history: History) -> str | None:
    """Why translations cannot be dated, if they cannot."""
    if not repo.is_git:
        return _("not a Git repository")
    if not history.available:
        return _("no commit yet")
    if history.is_shallow:
        return _("a shallow clone, whose history is cut")
    return None


# ----- the rule ----------------------------------------------------------------------


def survey(repo: Repository) -> Survey:
    found = Survey(readmes=project_documents(repo, README_STEMS))
    candidates = _suffixed_documents(repo) + _folder_documents(repo) + _suffixed_trees(repo)
    claimed = {candidate.tag for candidate in candidates}
    _confirm_documents(repo, found, candidates, claimed)
    _survey_originals(repo, found, claimed)
    _survey_catalogues(repo, found)
    _survey_publiccode(repo, found)
    _survey_process_documents(repo, found)
    return found


# Facts and evidence name the first files of each language, not a whole locale tree.
MAX_LISTED_FILES = 10


def language_facts(found: Survey, counts: Mapping[str, Count]) -> Iterator[Outcome]:
    """The languages found and where, and how complete each language's catalogues are."""
    yield Fact("languages", {
        tag: list(paths[:MAX_LISTED_FILES]) for tag, paths in sorted(found.languages.items())
    })
    yield Fact("completeness", {
        tag: {"translated": count.translated, "total": count.total,
              "ratio": round(count.ratio, 3), "source": count.source}
        for tag, count in sorted(counts.items())
    })
    yield Fact("catalogues", {tag: len(c) for tag, c in sorted(found.catalogues.items())})
    yield Fact("process", list(found.process))
    yield Fact("templates", list(found.templates[:MAX_LISTED_FILES]))
    yield Fact("started", {
        tag: list(paths[:MAX_LISTED_FILES]) for tag, paths in sorted(found.started.items())
    })
    yield Fact("declared_languages", {
        tag: list(paths) for tag, paths in sorted(found.declared.items())
    })
    for tag, paths in sorted(found.languages.items()):
        if paths:
            yield Evidence(paths[0], note=_("language {tag}").format(tag=tag))
    if found.languages:
        yield Summary(_("languages: {tags}").format(tags=", ".join(sorted(found.languages))))


def _required_languages(options: Mapping[str, Any]) -> list[str]:
    wanted = options.get("languages") or []
    return [language_tag(str(code)) or str(code).strip().lower() for code in wanted]


def _language_list(found: Survey) -> str:
    return ", ".join(f"{tag} ({paths[0]})" for tag, paths in sorted(found.languages.items()))


def _percent(ratio: float) -> str:
    # Rounded down: 99.6 % translated is not complete.
    return _("{percent} %").format(percent=int(ratio * 100))


def _summary(found: Survey, counts: Mapping[str, Count], drift_note: str | None) -> str:
    parts = []
    if found.languages:
        parts.append(_("Languages found: {languages}.").format(languages=_language_list(found)))
    else:
        parts.append(_("No language identified."))
    if found.unidentified_original and len(found.languages) < 2:
        parts.append(_("Some files translate an original whose language is not identified."))
    if counts:
        listed = ", ".join(
            f"{tag} {_percent(count.ratio)}" + (" " + _("(source)") if count.source else "")
            for tag, count in sorted(counts.items())
        )
        parts.append(_("Catalogue completeness: {languages}.").format(languages=listed))
    if found.started:
        parts.append(_("Too little translated to count: {languages}.").format(
            languages=", ".join(sorted(found.started))))
    if found.declared and not found.languages.keys() >= found.declared.keys():
        parts.append(_(
            "Languages declared in publiccode.yml, not counted as translations: {languages}."
        ).format(languages=", ".join(sorted(found.declared))))
    if found.process:
        parts.append(
            _("Translation process: {places}.").format(places=", ".join(found.process))
        )
    if drift_note:
        parts.append(
            _("Translations not compared with their originals: {reason}.").format(
                reason=drift_note
            )
        )
    return " ".join(parts)


def _has_anything_to_translate(repo: Repository, found: Survey) -> bool:
    if found.languages or found.process or found.wrong_language:
        return True
    if found.readmes:
        return True
    return any(
        belongs_to_project(repo, p) and p.lower().endswith(DOC_EXTENSIONS)
        for root in DOC_ROOTS
        for p in repo.files_under(root)
    )


def _presence(found: Survey, required: list[str], summary: str) -> Iterator[Finding]:
    """The failure, if any: a required language missing, or a single language."""
    if required:
        missing = [
            code for code in required if not any(satisfies(tag, code) for tag in found.languages)
        ]
        if missing:
            yield Finding(
                _("Required languages not found: {missing}.").format(missing=", ".join(missing))
                + " " + summary,
                fix=_(
                    "Publish the project in {missing}: a suffixed document such as "
                    "README.{example}.md, a folder docs/{example}/ or a catalogue such as "
                    "locales/{example}.json."
                ).format(missing=", ".join(missing), example=missing[0]),
                key="missing-language",
            )
    elif found.language_count < 2 and not found.process:
        yield Finding(
            _("No translation found and no translation process documented.") + " " + summary,
            fix=_(
                "Translate the README or the documentation (README.fr.md, docs/en/), or "
                "explain in the contribution guide how to contribute translations."
            ),
            key="single-language",
        )


def _template_findings(found: Survey) -> Iterator[Finding]:
    """Templates without any catalogue: the project is ready to be translated, not yet
    translated."""
    if not found.templates or any(
        c.kind in ("gettext", "xliff") for catalogues in found.catalogues.values()
        for c in catalogues
    ):
        return
    yield Finding(
        _("{path} is a template ready to be translated, but no language has a catalogue "
          "yet.").format(path=found.templates[0]),
        path=found.templates[0],
        advice=True,
        fix=_("Add a first catalogue (such as fr.po made with msginit), or say in the "
              "contribution guide how to contribute one."),
        key="template-only",
    )


def _wrong_language_findings(found: Survey) -> Iterator[Finding]:
    for wrong in found.wrong_language[:MAX_REPORTED]:
        yield Finding(
            _("{path} is named as a {claimed} document, but its text is in {identified}.")
            .format(path=wrong.path, claimed=wrong.claimed, identified=wrong.identified),
            path=wrong.path,
            advice=True,
            fix=_(
                "Translate the document into {claimed}, or rename it after its language."
            ).format(claimed=wrong.claimed),
            key="wrong-language",
        )


def _completeness_findings(
    found: Survey, counts: Mapping[str, Count], minimum: float
) -> Iterator[Finding]:
    for tag, count in sorted(counts.items()):
        if count.ratio >= minimum:
            continue
        yield Finding(
            _(
                "The {language} translation is {percent} complete: {translated} of {total} "
                "strings, below the expected {minimum}."
            ).format(
                language=tag, percent=_percent(count.ratio), translated=count.translated,
                total=count.total, minimum=_percent(minimum),
            ),
            path=found.catalogues[tag][0].path,
            advice=True,
            fix=_(
                "Complete the {language} catalogues, or call for translators in the "
                "contribution guide."
            ).format(language=tag),
            key="incomplete",
        )


def _drift_findings(late: list[Drift], max_days: int) -> Iterator[Finding]:
    for drift in late[:MAX_REPORTED]:
        yield Finding(
            _(
                "{translation} was last changed on {translated}, {days} days before its "
                "original {original} (changed on {changed}; more than {limit} days)."
            ).format(
                translation=drift.translation, translated=day(drift.translated),
                days=drift.days, original=drift.original, changed=day(drift.changed),
                limit=max_days,
            ),
            path=drift.translation,
            advice=True,
            fix=_("Bring {translation} up to date with {original}.").format(
                translation=drift.translation, original=drift.original
            ),
            key="drift",
        )


@rule(
    id="translations",
    theme=Theme.PRODUCE,
    severity=Severity.NOTE,
    title=Text(
        en="Productions exist in several languages, or translating is organised",
        fr="Les productions existent en plusieurs langues, ou la traduction est organisée",
    ),
    help=Text(
        en="""\
Translating the project's productions is one of the needs a commons can open to
contributors who do not write code. The tutorial asks for a framework that turns the
wish to contribute into contributions, and names a translation policy as an example:
people who want to translate must find where the texts are, which languages exist and
how their work gets in. A project in several languages also reaches more users.

Checked, in the file index (vendored copies, tests and minified files left out):
- documents in several languages: language-suffixed names (README.fr.md, README_de.md,
  README-pt-BR.md, CONTRIBUTING.fr.md, LISEZMOI.md for French, index.fr.md beside
  index.md) and language folders of docs/, doc/, documentation/ (docs/fr/, docs/en/);
- localisation catalogues: gettext .po files, JSON/YAML/TOML/… files in locales/,
  locale/, i18n/, lang/ or translations/ folders, Qt .ts, Android
  res/values-xx/strings.xml, XLIFF, Java Messages_xx.properties, .NET .xx.resx, Flutter
  _xx.arb, Apple xx.lproj, i18n locale modules (fr.locale.ts, i18n/fr.tsx); empty
  catalogues, and languages whose catalogues hold under a fifth of the source strings,
  do not count (publiccode.yml's languages are facts, not translations);
- a translation process: a Weblate, Crowdin, Transifex, Lokalise, Phrase, Localazy or
  Pontoon (l10n.toml) configuration, a link to a translation platform or a
  "Translations" section in the README or contribution guide, a translation guide
  (TRANSLATING.md, TRADUCTION.md). A gettext template (.pot) alone is advice: ready
  to be translated, not translated.
Language codes must be ISO 639-1 codes (fr, de, pt-BR). Names can lie, so the text
of translated documents and of the README is identified (py3langid, code and links left
out; texts under 25 words are not judged): a README.fr.md written in English does not
count as French and is reported (wrong-language).

The check fails when only one language is found and no translation process is
documented. With the option `languages` (for example [fr], set by the fr-public
profile), it fails when one of these languages is missing instead.

Advice, which leaves the check passing:
- completeness of each language's catalogues, listed in the report: translated,
  non-fuzzy .po entries; finished Qt messages; XLIFF units with a target; keys of
  JSON/YAML/TOML/ARB, Android, .properties, .resx and .strings files compared with the
  source file (the one without a language, else English, else the fullest). Languages
  below the option `min-completeness` (default 0.8) are reported (incomplete);
- translations left behind (drift): a translated document (README.fr.md,
  docs/fr/guide.md) whose last commit is more than `max-drift-days` (default 180) older
  than the last commit of its original (README.md, docs/guide.md or docs/en/guide.md).
  Not checked outside Git or in a shallow clone.

Fix: publish translated documents (README.fr.md, docs/fr/), keep localisation
catalogues in the repository, or explain in the contribution guide how to contribute
translations (which platform, which languages, how they are reviewed).""",
        fr="""\
Traduire les productions du projet fait partie des besoins qu'un commun peut ouvrir aux
contributeurs qui n'écrivent pas de code. Le tutoriel demande un cadre qui transforme
l'envie de contribuer en contributions, et cite en exemple une politique de traduction :
qui veut traduire doit trouver où sont les textes, quelles langues existent et comment
son travail est intégré. Un projet en plusieurs langues touche aussi plus d'usagers.

Vérifié, dans l'index des fichiers (copies de tiers, tests et fichiers minifiés exclus) :
- des documents en plusieurs langues : noms suffixés par une langue (README.fr.md,
  README_de.md, README-pt-BR.md, CONTRIBUTING.fr.md, LISEZMOI.md pour le français,
  index.fr.md à côté d'index.md) et dossiers de langue dans docs/, doc/, documentation/
  (docs/fr/, docs/en/) ;
- des catalogues de localisation : fichiers gettext .po, fichiers JSON/YAML/TOML/… dans
  des dossiers locales/, locale/, i18n/, lang/ ou translations/, Qt .ts, Android
  res/values-xx/strings.xml, XLIFF, Java Messages_xx.properties, .NET .xx.resx, Flutter
  _xx.arb, Apple xx.lproj, modules de langue (fr.locale.ts, i18n/fr.tsx) ; un
  catalogue vide, ou une langue dont les catalogues tiennent moins d'un cinquième des
  chaînes source, ne compte pas (les langues de publiccode.yml sont des faits, pas des
  traductions) ;
- un processus de traduction : une configuration Weblate, Crowdin, Transifex, Lokalise,
  Phrase, Localazy ou Pontoon (l10n.toml), un lien vers une plateforme de traduction ou
  une section « Traductions » dans le README ou le guide de contribution, un guide de
  traduction (TRANSLATING.md, TRADUCTION.md). Un modèle gettext (.pot) seul donne un
  conseil : prêt à être traduit, pas encore traduit.
Les codes de langue doivent être des codes ISO 639-1 (fr, de, pt-BR). Un nom peut
mentir : la langue du texte des documents traduits et du README est identifiée
(py3langid, code et liens mis à part ; un texte de moins de 25 mots n'est pas jugé).
Un README.fr.md écrit en anglais ne compte pas comme français et est signalé
(wrong-language).

La règle échoue quand une seule langue est trouvée et qu'aucun processus de traduction
n'est documenté. Avec l'option `languages` (par exemple [fr], fixée par le profil
fr-public), elle échoue plutôt quand l'une de ces langues manque.

Conseils, qui laissent la règle réussir :
- complétude des catalogues de chaque langue, donnée dans le rapport : entrées .po
  traduites et non approximatives (fuzzy) ; messages Qt terminés ; unités XLIFF dotées
  d'une cible ; clés des fichiers JSON/YAML/TOML/ARB, Android, .properties, .resx et
  .strings comparées au fichier source (celui sans langue, sinon l'anglais, sinon le plus
  complet). Les langues sous l'option `min-completeness` (0,8 par défaut) sont signalées
  (incomplete) ;
- traductions en retard (drift) : un document traduit (README.fr.md,
  docs/fr/guide.md) dont le dernier commit précède de plus de `max-drift-days` jours
  (180 par défaut) le dernier commit de son original (README.md, docs/guide.md ou
  docs/en/guide.md). Non vérifié hors de Git ni dans un clone superficiel.

Correction : publiez des documents traduits (README.fr.md, docs/fr/), gardez les
catalogues de localisation dans le dépôt, ou expliquez dans le guide de contribution
comment contribuer aux traductions (quelle plateforme, quelles langues, quelle relecture).""",
    ),
    tutorial=(
        "Produire — Quel cadre mettre en place pour faciliter la contribution à la ressource ?"
    ),
    url=TUTORIAL_URL,
    options={"languages": [], "min-completeness": 0.8, "max-drift-days": 180},
)
def translations(
    repo: Repository, history: History, options: Mapping[str, Any]
) -> Iterator[Outcome]:
    """Facts: ``languages`` (language tag -> the first files showing it),
    ``completeness`` (tag -> ``{translated, total, ratio, source}`` over its measurable
    catalogues; ``source`` when they are the strings the others are translated from),
    ``catalogues`` (tag -> how many catalogue files), ``process`` (the files that explain
    how to translate), ``templates`` (gettext templates and source-only XLIFF files),
    ``started`` (tag -> catalogues too incomplete to count), ``declared_languages`` (tag ->
    the publiccode.yml declaring it, not counted)."""
    found = survey(repo)
    if not _has_anything_to_translate(repo, found):
        raise NotApplicable(_("nothing to translate: no README, documentation or catalogue"))
    counts = completeness(repo, found.catalogues)
    _complete_gettext_sources(repo, found, counts)
    _set_aside_started(found, counts)
    yield from language_facts(found, counts)
    max_days = int(options.get("max-drift-days", 180))
    late: list[Drift] = []
    drift_note = None
    if any(d.original for d in found.documents):
        drift_note = _drift_unavailable(repo, history)
        late = [] if drift_note else drifts(repo, found, max_days)
    summary = _summary(found, counts, drift_note)
    failures = list(_presence(found, _required_languages(options), summary))
    yield from failures
    if not failures:
        yield Finding(summary, advice=True, key="languages")
    yield from _template_findings(found)
    yield from _wrong_language_findings(found)
    yield from _completeness_findings(
        found, counts, float(options.get("min-completeness", 0.8))
    )
    yield from _drift_findings(late, max_days)

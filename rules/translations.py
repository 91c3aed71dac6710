"""translations: the project's productions exist in several languages, or translating is organised.

Three kinds of evidence, gathered from the file index (contents are read only to
confirm a candidate):

- documents in several languages: language-suffixed names (``README.fr.md``,
  ``CONTRIBUTING_de.rst``, ``README-pt-BR.md``, ``LISEZMOI.md``) and language folders
  of a documentation tree (``docs/fr/``, ``doc/de/``);
- localisation catalogues: gettext ``.po``, JSON/YAML/… files in ``locales/``,
  ``i18n/``, ``lang/``, ``translations/`` folders, Qt ``.ts``, Android
  ``res/values-xx/strings.xml``, XLIFF, Java ``_xx.properties``, .NET ``.xx.resx``,
  Flutter ``_xx.arb``, Apple ``xx.lproj``; and ``localisation.availableLanguages`` of
  publiccode.yml;
- a translation process: a translation-platform configuration, a link to a
  translation platform or a "Translations" section in the README or contribution
  guide, a translation guide, gettext templates (``.pot``).

A language counts only when its code is an ISO 639-1 code (see ``_languages``), and a
suffix counts only on a community document (README, CONTRIBUTING…) or next to its
original (``index.md`` beside ``index.fr.md``): ``how-to.md`` is not in Tonga.

Where a document's language is not in its name, :func:`document_language` guesses it
from the text; a real language identifier can replace the guess there, and later
confirm that README.fr.md is French.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

import yaml

from commons_lint import Finding, NotApplicable, Repository, Severity, Text, Theme, rule
from commons_lint.languages import language_tag

from ._common import (
    TUTORIAL_URL,
    _,
    fold,
    is_substantial,
    keyword_pattern,
    mentions,
    project_documents,
    sections,
    words,
)
from ._languages import guess_language, satisfies

README_STEMS = ("readme", "lisezmoi", "lisez-moi", "lisez_moi")
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
DOC_EXTENSIONS = (
    ".md", ".markdown", ".mdx", ".rst", ".txt", ".adoc", ".asciidoc", ".org", ".html", ".htm",
)
# Folders holding localisation resources, one file or sub-folder per language.
LOCALE_DIRS = frozenset(
    {"locales", "locale", "i18n", "l10n", "lang", "langs", "languages", "translations",
     "translation"}
)
LOCALE_EXTENSIONS = frozenset(
    {".json", ".yml", ".yaml", ".toml", ".js", ".mjs", ".cjs", ".ts", ".php", ".ftl",
     ".properties", ".ini", ".xml", ".strings", ".csv", *DOC_EXTENSIONS}
)
# Codes that are also common words, folder names or file extensions (io, os, ts, ml, ca…):
# in a folder name or a suffix they mean a language only in a clear context (beside
# docs/en/, or on a README).
AMBIGUOUS_CODES = frozenset(
    {
        "am", "an", "as", "be", "ca", "co", "cs", "cv", "el", "gl", "ha", "id", "ie", "ii",
        "io", "is", "ml", "ms", "my", "na", "nn", "no", "or", "os", "pi", "ps", "rm", "sd",
        "se", "sm", "so", "ss", "st", "to", "ts", "tt", "ty", "vi", "vo", "wa",
    }
)
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
# How many translated documents' originals we read to identify their language.
MAX_GUESSED_ORIGINALS = 10
# How many catalogues of one language we open, at most, to find one that holds
# translations: twenty empty ones in a row and the language is not really translated.
MAX_CHECKED_CATALOGUES = 20

_SEPARATOR = re.compile(r"[._-]")
_NOT_ALNUM = re.compile(r"[\W_]+")
_ANDROID = re.compile(
    r"(?:^|/)res/values-(?P<qualifiers>[^/]+)/(strings|plurals|arrays)[^/]*\.xml$"
)
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_MSG_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def normalise(name: str) -> str:
    """``Code_of-Conduct`` -> ``codeofconduct``: names compared without case or separators."""
    return _NOT_ALNUM.sub("", fold(name))


def language_suffixes(stem: str, separators: str = "._-") -> list[tuple[str, str]]:
    """Ways to read ``stem`` as <base><separator><language tag>, longest tag first.

    ``README-pt-BR`` -> [("README", "pt-BR"), ("README-pt", "br")].
    """
    found = []
    for match in _SEPARATOR.finditer(stem):
        if match.group() not in separators or match.start() == 0:
            continue
        tag = language_tag(stem[match.end() :])
        if tag:
            found.append((stem[: match.start()], tag))
    return found


def split_extension(name: str, extensions: Iterable[str]) -> tuple[str, str]:
    lowered = name.lower()
    for extension in sorted(extensions, key=len, reverse=True):
        if lowered.endswith(extension) and len(lowered) > len(extension):
            return name[: -len(extension)], extension
    return name, ""


def belongs_to_project(repo: Repository, path: str) -> bool:
    """Vendored copies, test material and minified builds are not the project's productions."""
    name = path.rpartition("/")[2].lower()
    return not (
        repo.is_vendored(path) or repo.is_test_material(path) or ".min." in name
    )


@dataclass
class Survey:
    """What was found: languages with the files showing them, and the translation process."""

    languages: dict[str, list[str]] = field(default_factory=dict)
    process: list[str] = field(default_factory=list)
    # Translated files whose original is in a language we could not identify.
    unidentified_original: bool = False

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


def document_language(repo: Repository, path: str) -> str | None:
    """The language of a document whose name does not say it (a README.md, an index.md)."""
    stem = split_extension(path.rpartition("/")[2], DOC_EXTENSIONS)[0]
    if normalise(stem) in FRENCH_README_STEMS:
        return "fr"
    return guess_language(repo.text(path))


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


def is_ambiguous(tag: str) -> bool:
    return tag.lower() in AMBIGUOUS_CODES


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


def _survey_suffixed_documents(repo: Repository, survey: Survey, originals: set[str]) -> None:
    for paths in _document_files(repo).values():
        entries = [
            (path, *split_extension(path.rpartition("/")[2], DOC_EXTENSIONS)) for path in paths
        ]
        # Unsuffixed names (the originals) and the languages each base name comes in.
        plain = {normalise(stem): path for path, stem, extension in entries if extension}
        bases: dict[str, set[str]] = {}
        for _path, stem, extension in entries:
            for base, tag in language_suffixes(stem) if extension else ():
                bases.setdefault(normalise(base), set()).add(tag)
        for path, stem, extension in entries:
            found: tuple[str, str | None] | None = None
            if extension and normalise(stem) in FRENCH_README_STEMS:
                found = ("fr", plain.get("readme"))
            else:
                found = _suffix_language(stem, extension, plain, bases)
            # An empty or placeholder translation is not a translation; once a language
            # is confirmed, its other files need not be read.
            if found and (found[0] in survey.languages or is_substantial(repo.text(path))):
                survey.add(found[0], path)
                if found[1]:
                    originals.add(found[1])


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


def _survey_doc_folders(repo: Repository, survey: Survey, originals: set[str]) -> None:
    for root in DOC_ROOTS:
        documents = [
            path for path in repo.files_under(root)
            if belongs_to_project(repo, path) and path.lower().endswith(DOC_EXTENSIONS)
        ]
        if not documents:
            continue
        root_path = documents[0][: len(root)]
        top_level = {
            path.rpartition("/")[2].lower(): path
            for path in documents if path.count("/") == root_path.count("/") + 1
        }
        for tag, folder in _language_folders(root_path, documents).items():
            inside = [p for p in documents if p.lower().startswith(folder.lower() + "/")]
            if not any(is_substantial(repo.text(p)) for p in inside[:20]):
                continue
            survey.add(tag, folder + "/")
            for path in inside:
                if path.count("/") == folder.count("/") + 1:
                    original = top_level.get(path.rpartition("/")[2].lower())
                    if original:
                        originals.add(original)


def _survey_originals(repo: Repository, survey: Survey, originals: set[str]) -> None:
    """The languages of the README and of the documents that were translated."""
    readmes = [
        d.path for d in project_documents(repo, ("readme",))
        if d.language is None and repo.text(d.path).strip()
    ]
    candidates = sorted(originals)[:MAX_GUESSED_ORIGINALS]
    for path in candidates + [p for p in readmes[:1] if p not in candidates]:
        language = document_language(repo, path)
        if language:
            survey.add(language, path)
        elif path in originals:
            survey.unidentified_original = True


# ----- localisation catalogues -------------------------------------------------------


@dataclass(frozen=True)
class Catalogue:
    """A file that holds a translation into ``tag``, once its content is confirmed."""

    path: str
    tag: str
    kind: str
    # True when the catalogue translates an original kept elsewhere (the source code,
    # res/values/, Messages.properties): it shows a second language by itself.
    translates_original: bool
    # True when the language comes from a folder name (locales/fr/…), not the file's.
    named_by_folder: bool = False


def _name_tag(stem: str, separators: str = "._-") -> str | None:
    """A language tag that is the whole stem (``fr_FR``) or its suffix (``django-fr``)."""
    whole = language_tag(stem)
    if whole:
        return whole
    suffixes = language_suffixes(stem, separators)
    return suffixes[0][1] if suffixes else None


def _folder_tag(directories: list[str]) -> str | None:
    for directory in reversed(directories):
        if directory.lower() == "lc_messages":
            continue
        tag = language_tag(directory)
        if tag:
            return tag
    return None


def _android_tag(qualifiers: str) -> str | None:
    parts = qualifiers.split("-")
    if parts[0].lower().startswith("mcc"):
        parts = parts[1:]
    if not parts:
        return None
    if parts[0].startswith("b+"):
        return language_tag("-".join(parts[0][2:].split("+")))
    if len(parts) > 1 and re.fullmatch(r"r[A-Z]{2}", parts[1]):
        return language_tag(f"{parts[0]}-{parts[1][1:]}")
    return language_tag(parts[0]) if len(parts[0]) == 2 else None


def _locale_file(path: str, directories: list[str], stem: str) -> Catalogue | None:
    """A file in a locales/ folder: its language is a sub-folder's name, else its own."""
    start = max(i for i, d in enumerate(directories) if d.lower() in LOCALE_DIRS)
    below = directories[start + 1 :]
    folder_tag = language_tag(below[0]) if below else None
    if folder_tag:
        return Catalogue(path, folder_tag, "locale-file", False, named_by_folder=True)
    tag = _name_tag(stem)
    return Catalogue(path, tag, "locale-file", False) if tag else None


def _catalogue(repo: Repository, path: str) -> Catalogue | None:
    """What ``path`` is as a localisation resource, judged by its name and place."""
    pure = PurePosixPath(path)
    directories, name = list(pure.parts[:-1]), pure.name
    stem, extension = pure.stem, pure.suffix.lower()
    if extension in (".po", ".mo"):
        tag = _name_tag(stem) or _folder_tag(directories)
        return Catalogue(path, tag or "", "gettext", True)
    if extension in (".xlf", ".xliff"):
        return Catalogue(path, _name_tag(stem) or "", "xliff", True)
    android = _ANDROID.search(path)
    if android:
        tag = _android_tag(android["qualifiers"])
        return Catalogue(path, tag, "android", True) if tag else None
    if extension == ".properties":
        # Java resource bundles: Messages_fr.properties beside Messages.properties.
        suffixes = language_suffixes(stem, "_")
        return Catalogue(path, suffixes[0][1], "properties", True) if suffixes else None
    if extension in (".resx", ".arb"):
        tag = _name_tag(stem)
        return Catalogue(path, tag, extension[1:], True) if tag else None
    lproj = next((d for d in directories if d.lower().endswith(".lproj")), None)
    if lproj:
        tag = language_tag(lproj[: -len(".lproj")])
        return Catalogue(path, tag, "apple", False) if tag else None
    if extension == ".ts":
        tag = _name_tag(stem)
        if tag and "<TS" in repo.text(path)[:2000]:
            return Catalogue(path, tag, "qt", True)
    if any(d.lower() in LOCALE_DIRS for d in directories) and (
        extension in LOCALE_EXTENSIONS or name.lower().endswith(DOC_EXTENSIONS)
    ):
        return _locale_file(path, directories, stem)
    return None


def _po_entries(text: str) -> Iterator[tuple[str, str]]:
    """(msgid, msgstr) pairs of a .po file, read leniently (plural forms joined)."""
    for block in re.split(r"\n\s*\n", text):
        msgid: list[str] = []
        msgstr: list[str] = []
        target: list[str] | None = None
        for raw in block.splitlines():
            line = raw.strip()
            if line.startswith("msgid "):
                target = msgid
            elif line.startswith("msgstr"):
                target = msgstr
            elif line.startswith("msgid_plural"):
                target = None
            if target is not None and not line.startswith("#"):
                target.extend(_MSG_STRING.findall(line))
        yield "".join(msgid), "".join(msgstr)


def _po_language(text: str) -> str | None:
    match = re.search(r'^"Language:\s*([\w-]+)', text, re.MULTILINE)
    return language_tag(match[1]) if match else None


def _holds_translations(repo: Repository, catalogue: Catalogue) -> bool:
    """True when the catalogue is not empty: an empty locales/fr.json translates nothing."""
    read = repo.read(catalogue.path)
    if read.text is None:
        return read.problem == "binary"  # compiled catalogues (.mo) and Apple binaries
    text = read.text
    kind = catalogue.kind
    if kind == "gettext":
        return any(msgid and msgstr for msgid, msgstr in _po_entries(text))
    if kind == "xliff":
        return re.search(r"<target\b[^>]*>\s*[^<\s]", text) is not None
    if kind == "qt":
        return re.search(r"<translation\b[^>]*>\s*[^<\s]", text) is not None
    if kind == "android":
        return re.search(r"<(string|item)\b[^>]*>\s*[^<\s]", text) is not None
    if kind == "resx":
        return re.search(r"<value>\s*[^<\s]", text) is not None
    if kind == "properties":
        return re.search(r"^\s*[^#!\s][^=:]*[=:]\s*\S", text, re.MULTILINE) is not None
    if catalogue.path.lower().endswith(DOC_EXTENSIONS):
        return is_substantial(text)
    return len(_LETTER_WORD.findall(text)) >= 2


def _xliff_target(text: str) -> str | None:
    match = re.search(r'\b(?:target-language|trgLang)\s*=\s*["\']([\w-]+)', text)
    return language_tag(match[1]) if match else None


def _complete_tag(repo: Repository, catalogue: Catalogue, survey: Survey) -> Catalogue | None:
    """Fill in a language the name did not give, from the file's header; record templates."""
    if catalogue.tag:
        return catalogue
    text = repo.text(catalogue.path)
    if catalogue.kind == "gettext":
        tag = _po_language(text)
    else:
        tag = _xliff_target(text)
        if tag is None:
            survey.add_process(catalogue.path)  # a source-only XLIFF file is a template
    return Catalogue(catalogue.path, tag, catalogue.kind, True) if tag else None


def _bundle_base(path: str) -> str:
    """``res/Messages_fr_FR.properties`` -> ``res/messages``."""
    stem = path[: -len(".properties")]
    folder, _sep, name = stem.rpartition("/")
    base = language_suffixes(name, "_")[0][0]
    return f"{folder}/{base}".lower() if folder else base.lower()


def _keep_resource_bundles(repo: Repository, by_language: dict[str, list[Catalogue]]) -> None:
    """A _xx.properties file is a translation when its bundle has a default file or
    other languages; app_it.properties alone may be a profile named "it"."""
    bundles = [c for found in by_language.values() for c in found if c.kind == "properties"]
    if not bundles:
        return
    files = {path.lower() for path in repo.files}
    languages_by_base: dict[str, set[str]] = {}
    for bundle in bundles:
        languages_by_base.setdefault(_bundle_base(bundle.path), set()).add(bundle.tag)
    for tag, found in list(by_language.items()):
        kept = [
            c for c in found
            if c.kind != "properties"
            or _bundle_base(c.path) + ".properties" in files
            or len(languages_by_base[_bundle_base(c.path)]) > 1
        ]
        if kept:
            by_language[tag] = kept
        else:
            del by_language[tag]


def _drop_ambiguous_folders(by_language: dict[str, list[Catalogue]]) -> None:
    """lang/ts/ and lang/cs/ are TypeScript and C# unless a clear language sits beside them."""
    if any(not is_ambiguous(tag) for tag in by_language):
        return
    for tag, found in list(by_language.items()):
        kept = [c for c in found if not c.named_by_folder]
        if kept:
            by_language[tag] = kept
        else:
            del by_language[tag]


def _survey_catalogues(repo: Repository, survey: Survey) -> None:
    by_language: dict[str, list[Catalogue]] = {}
    for path in repo.files:
        if not belongs_to_project(repo, path):
            continue
        lowered = path.lower()
        if lowered.endswith(".pot"):
            if any(msgid for msgid, _msgstr in _po_entries(repo.text(path))):
                survey.add_process(path)
            continue
        if lowered.rpartition("/")[2] in PLATFORM_CONFIGS or lowered.endswith(
            PLATFORM_CONFIG_PATHS
        ):
            if repo.text(path).strip():
                survey.add_process(path)
            continue
        found = _catalogue(repo, path)
        if found is not None:
            found = _complete_tag(repo, found, survey)
        if found is not None:
            by_language.setdefault(found.tag, []).append(found)
    _keep_resource_bundles(repo, by_language)
    _drop_ambiguous_folders(by_language)
    for tag, catalogues in by_language.items():
        for catalogue in catalogues[:MAX_CHECKED_CATALOGUES]:
            if _holds_translations(repo, catalogue):
                survey.add(tag, catalogue.path)
                if catalogue.translates_original:
                    survey.unidentified_original = True
                break


def _survey_publiccode(repo: Repository, survey: Survey) -> None:
    """``localisation.availableLanguages`` of publiccode.yml declares the languages."""
    for path in repo.files_in(""):
        if path.lower() not in ("publiccode.yml", "publiccode.yaml"):
            continue
        try:
            data = yaml.safe_load(repo.text(path))
        except yaml.YAMLError:
            continue  # the publiccode-yml rule reports a broken file
        localisation = data.get("localisation") if isinstance(data, dict) else None
        if not isinstance(localisation, dict):
            continue
        declared = localisation.get("availableLanguages")
        for value in declared if isinstance(declared, list) else ():
            tag = language_tag(str(value))
            if tag:
                survey.add(tag, path)


# ----- the translation process -------------------------------------------------------


def _survey_process_documents(repo: Repository, survey: Survey) -> None:
    for document in project_documents(repo, GUIDE_STEMS):
        if is_substantial(repo.text(document.path)):
            survey.add_process(document.path)
    guides = [(d, True) for d in project_documents(repo, CONTRIBUTING_STEMS)]
    readmes = [(d, False) for d in project_documents(repo, README_STEMS)]
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


def survey(repo: Repository) -> Survey:
    found = Survey()
    originals: set[str] = set()
    _survey_suffixed_documents(repo, found, originals)
    _survey_doc_folders(repo, found, originals)
    _survey_originals(repo, found, originals)
    _survey_catalogues(repo, found)
    _survey_publiccode(repo, found)
    _survey_process_documents(repo, found)
    return found


def _required_languages(options: Mapping[str, Any]) -> list[str]:
    wanted = options.get("languages") or []
    return [language_tag(str(code)) or str(code).strip().lower() for code in wanted]


def _language_list(found: Survey) -> str:
    return ", ".join(f"{tag} ({paths[0]})" for tag, paths in sorted(found.languages.items()))


def _summary(found: Survey) -> str:
    parts = []
    if found.languages:
        parts.append(_("Languages found: {languages}.").format(languages=_language_list(found)))
    else:
        parts.append(_("No language identified."))
    if found.unidentified_original and len(found.languages) < 2:
        parts.append(_("Some files translate an original whose language is not identified."))
    if found.process:
        parts.append(
            _("Translation process: {places}.").format(places=", ".join(found.process))
        )
    return " ".join(parts)


def _has_anything_to_translate(repo: Repository, found: Survey) -> bool:
    if found.languages or found.process:
        return True
    if project_documents(repo, README_STEMS):
        return True
    return any(
        belongs_to_project(repo, p) and p.lower().endswith(DOC_EXTENSIONS)
        for root in DOC_ROOTS
        for p in repo.files_under(root)
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
  _xx.arb, Apple xx.lproj, and localisation.availableLanguages in publiccode.yml; empty
  catalogues do not count;
- a translation process: a Weblate, Crowdin, Transifex, Lokalise, Phrase, Localazy or
  Pontoon (l10n.toml) configuration, a link to a translation platform or a
  "Translations" section in the README or contribution guide, a translation guide
  (TRANSLATING.md, TRADUCTION.md), gettext templates (.pot).
Language codes must be ISO 639-1 codes (fr, de, pt-BR). The language of a README
without a suffix is guessed from its most frequent words.

The check fails when only one language is found and no translation process is
documented. With the option `languages` (for example [fr], set by the fr-public
profile), it fails when one of these languages is missing instead.

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
  _xx.arb, Apple xx.lproj, et localisation.availableLanguages de publiccode.yml ; un
  catalogue vide ne compte pas ;
- un processus de traduction : une configuration Weblate, Crowdin, Transifex, Lokalise,
  Phrase, Localazy ou Pontoon (l10n.toml), un lien vers une plateforme de traduction ou
  une section « Traductions » dans le README ou le guide de contribution, un guide de
  traduction (TRANSLATING.md, TRADUCTION.md), des modèles gettext (.pot).
Les codes de langue doivent être des codes ISO 639-1 (fr, de, pt-BR). La langue d'un
README sans suffixe est devinée d'après ses mots les plus fréquents.

La règle échoue quand une seule langue est trouvée et qu'aucun processus de traduction
n'est documenté. Avec l'option `languages` (par exemple [fr], fixée par le profil
fr-public), elle échoue plutôt quand l'une de ces langues manque.

Correction : publiez des documents traduits (README.fr.md, docs/fr/), gardez les
catalogues de localisation dans le dépôt, ou expliquez dans le guide de contribution
comment contribuer aux traductions (quelle plateforme, quelles langues, quelle relecture).""",
    ),
    tutorial=(
        "Produire — Quel cadre mettre en place pour faciliter la contribution à la ressource ?"
    ),
    url=TUTORIAL_URL,
    options={"languages": []},
)
def translations(repo: Repository, options: Mapping[str, Any]) -> Iterator[Finding]:
    found = survey(repo)
    required = _required_languages(options)
    if not _has_anything_to_translate(repo, found):
        raise NotApplicable(_("nothing to translate: no README, documentation or catalogue"))
    if required:
        missing = [
            code for code in required if not any(satisfies(tag, code) for tag in found.languages)
        ]
        if missing:
            yield Finding(
                _("Required languages not found: {missing}.").format(missing=", ".join(missing))
                + " " + _summary(found),
                fix=_(
                    "Publish the project in {missing}: a suffixed document such as "
                    "README.{example}.md, a folder docs/{example}/ or a catalogue such as "
                    "locales/{example}.json."
                ).format(missing=", ".join(missing), example=missing[0]),
                key="missing-language",
            )
            return
    elif found.language_count < 2 and not found.process:
        yield Finding(
            _("No translation found and no translation process documented.")
            + " " + _summary(found),
            fix=_(
                "Translate the README or the documentation (README.fr.md, docs/en/), or "
                "explain in the contribution guide how to contribute translations."
            ),
            key="single-language",
        )
        return
    yield Finding(_summary(found), advice=True, key="languages")

"""Localisation catalogues: which files translate the project, into what, how completely.

A catalogue is recognised by its name and place (``po/fr.po``, ``locales/de.json``,
``res/values-es/strings.xml``, ``Messages_it.properties``, ``fr.lproj/``…), its language
taken from the name, a folder or the file's header.

Completeness is counted in one of two ways:

- catalogues that carry their own source strings count themselves: gettext ``.po``
  (translated, not fuzzy, against every entry but the header and obsolete ones), Qt
  ``.ts`` (unfinished and empty translations against the live messages) and XLIFF (units
  with a target against all units);
- keyed catalogues are compared with their source: JSON, YAML, TOML and ARB files (leaf
  keys), Android ``strings.xml``, Java ``.properties``, .NET ``.resx`` and Apple
  ``.strings``. Files that differ only by their language form a family
  (``locales/{}.json``); its source is the file without a language
  (``Messages.properties``, ``res/values/``, ``Base.lproj``), else the English one, else
  the one with most keys. A translation counts the source keys it gives a value to.

Every file is read through the repository (bounded); XML is parsed with the standard
library once document type declarations with entities are refused, YAML with
``safe_load``. A file cut at the read limit or that does not parse is not counted.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any

from commons_lint import Repository
from commons_lint.languages import language_tag
from commons_lint.structured import Malformed, load_json, load_toml, load_yaml

from ._common import is_substantial
from ._languages import language_suffixes, name_tag, primary

DOC_EXTENSIONS = (
    ".md", ".markdown", ".mdx", ".rst", ".txt", ".adoc", ".asciidoc", ".org", ".html", ".htm",
)
# Folders holding localisation resources, one file or sub-folder per language.
LOCALE_DIRS = frozenset(
    {"locales", "locale", "i18n", "l10n", "lang", "langs", "languages", "translations",
     "translation"}
)
LOCALE_EXTENSIONS = frozenset(
    {".json", ".yml", ".yaml", ".toml", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".php",
     ".ftl",
     ".properties", ".ini", ".xml", ".strings", ".csv", *DOC_EXTENSIONS}
)
# A document kept in a language folder of a locales/ or i18n/ tree counts from this many
# words: the tree says it is a translation, a one-line page of it still is.
MIN_TREE_PAGE_WORDS = 3
# How many catalogue files are read to measure completeness, at most.
MAX_MEASURED_FILES = 400
# A structure with more nodes than this is not a catalogue (or is a YAML alias bomb).
MAX_NODES = 200_000

_ANDROID = re.compile(
    r"(?:^|/)res/values-(?P<qualifiers>[^/]+)/(strings|plurals|arrays)[^/]*\.xml$"
)
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_MSG_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


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


# ----- recognising catalogues by name ------------------------------------------------


def _name_tag(stem: str, separators: str = "._-") -> str | None:
    """A language tag that is the whole stem (``fr_FR``) or its suffix (``django-fr``)."""
    whole = name_tag(stem)
    if whole:
        return whole
    suffixes = language_suffixes(stem, separators)
    return suffixes[0][1] if suffixes else None


def _folder_tag(directories: Sequence[str]) -> str | None:
    for directory in reversed(directories):
        if directory.lower() == "lc_messages":
            continue
        tag = name_tag(directory)
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


def _locale_file(path: str, directories: Sequence[str], stem: str) -> Catalogue | None:
    """A file in a locales/ folder: its language is a sub-folder's name, else its own."""
    start = max(i for i, d in enumerate(directories) if d.lower() in LOCALE_DIRS)
    below = directories[start + 1 :]
    folder_tag = name_tag(below[0]) if below else None
    if folder_tag:
        return Catalogue(path, folder_tag, "locale-file", False, named_by_folder=True)
    tag = _name_tag(stem)
    return Catalogue(path, tag, "locale-file", False) if tag else None


# Extensions that make a file a catalogue candidate wherever it is.
_CATALOGUE_EXTENSIONS = frozenset(
    {".po", ".mo", ".xlf", ".xliff", ".properties", ".resx", ".arb", ".ts"}
)
# Locale modules of i18n libraries, wherever they are: fr.locale.ts, messages.de.locale.js.
_LOCALE_MODULE = re.compile(r"^(?P<stem>.+)\.locale\.(?:ts|tsx|js|jsx|mjs|json)$", re.IGNORECASE)


@dataclass(frozen=True)
class _Place:
    """What a folder says about the files directly in it."""

    directories: tuple[str, ...]  # the folders from the root, '' for none
    lproj: str | None  # the first Apple .lproj folder among them
    in_locale_dir: bool  # below a locales/, i18n/, lang/… folder
    may_hold: bool  # a file may be a catalogue by its place alone


@lru_cache(maxsize=1 << 14)
def _place(folder: str) -> _Place:
    """Worked out once per folder: a large repository has many files in each."""
    directories = tuple(folder.split("/")) if folder else ()
    lproj = next((d for d in directories if d.lower().endswith(".lproj")), None)
    in_locale_dir = any(d.lower() in LOCALE_DIRS for d in directories)
    android = "res/values-" in folder + "/"
    return _Place(directories, lproj, in_locale_dir, android or bool(lproj) or in_locale_dir)


def _may_be_catalogue(path: str) -> bool:
    """A quick test on the name, so that most files of a large repository are not
    examined further: false means :func:`catalogue_of` would say None."""
    folder, _sep, name = path.rpartition("/")
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1 and name[dot:].lower() in _CATALOGUE_EXTENSIONS:
        return True
    return _place(folder).may_hold or ".locale." in name.lower()


def catalogue_of(repo: Repository, path: str) -> Catalogue | None:
    """What ``path`` is as a localisation resource, judged by its name and place.

    The tag is empty for a .po or XLIFF file whose name does not say its language: its
    header does (see :func:`complete_tag`).
    """
    if not _may_be_catalogue(path):
        return None
    # Index paths are normal: split as PurePosixPath would, without its cost.
    folder, _sep, name = path.rpartition("/")
    place = _place(folder)
    directories = place.directories
    dot = name.rfind(".")
    has_suffix = 0 < dot < len(name) - 1
    stem = name[:dot] if has_suffix else name
    extension = name[dot:].lower() if has_suffix else ""
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
    module = _LOCALE_MODULE.match(name)
    if module:
        tag = _name_tag(module["stem"])
        return Catalogue(path, tag, "locale-module", False) if tag else None
    lproj = place.lproj
    if lproj:
        tag = language_tag(lproj[: -len(".lproj")])
        return Catalogue(path, tag, "apple", False) if tag else None
    if extension == ".ts":
        tag = _name_tag(stem)
        if tag and "<TS" in repo.text(path)[:2000]:
            return Catalogue(path, tag, "qt", True)
    if place.in_locale_dir and (
        extension in LOCALE_EXTENSIONS or name.lower().endswith(DOC_EXTENSIONS)
    ):
        return _locale_file(path, directories, stem)
    return None


def xliff_target(text: str) -> str | None:
    match = re.search(r'\b(?:target-language|trgLang)\s*=\s*["\']([\w-]+)', text)
    return language_tag(match[1]) if match else None


# ----- gettext -----------------------------------------------------------------------


@dataclass
class PoEntry:
    msgid: str = ""
    msgstrs: list[str] = field(default_factory=list)
    fuzzy: bool = False

    @property
    def translated(self) -> bool:
        return bool(self.msgstrs) and all(self.msgstrs) and not self.fuzzy


def po_entries(text: str) -> Iterator[PoEntry]:
    """The live entries of a .po file, read leniently; obsolete (``#~``) ones left out."""
    for block in re.split(r"\n\s*\n", text):
        entry = PoEntry()
        target: list[str] | None = None
        obsolete = False
        for raw in block.splitlines():
            line = raw.strip()
            if line.startswith("#~"):
                obsolete = True
            elif line.startswith("#,") and "fuzzy" in line:
                entry.fuzzy = True
            if line.startswith("#"):
                continue
            if line.startswith("msgid "):
                target = []
                entry.msgid = ""
            elif line.startswith("msgstr"):
                target = []
                entry.msgstrs.append("")
            elif line.startswith(("msgid_plural", "msgctxt")):
                target = None
                continue
            if target is None:
                continue
            piece = "".join(_MSG_STRING.findall(line))
            if entry.msgstrs:
                entry.msgstrs[-1] += piece
            else:
                entry.msgid += piece
        if not obsolete and (entry.msgid or entry.msgstrs):
            yield entry


def po_language(text: str) -> str | None:
    match = re.search(r'^"Language:\s*([\w-]+)', text, re.MULTILINE)
    return language_tag(match[1]) if match else None


def holds_translations(repo: Repository, catalogue: Catalogue) -> bool:
    """True when the catalogue is not empty: an empty locales/fr.json translates nothing."""
    read = repo.read(catalogue.path)
    if read.text is None:
        return read.problem == "binary"  # compiled catalogues (.mo) and Apple binaries
    text = read.text
    kind = catalogue.kind
    if kind == "gettext":
        return any(entry.msgid and any(entry.msgstrs) for entry in po_entries(text))
    if kind == "xliff":
        # A tag's attributes stop at the next "<": a run of openings costs one pass.
        return re.search(r"<target\b[^<>]*+>\s*[^<\s]", text) is not None
    if kind == "qt":
        return re.search(r"<translation\b[^<>]*+>\s*[^<\s]", text) is not None
    if kind == "android":
        return re.search(r"<(string|item)\b[^<>]*+>\s*[^<\s]", text) is not None
    if kind == "resx":
        return re.search(r"<value>\s*[^<\s]", text) is not None
    if kind == "properties":
        # One "key = value" line; blanks and the key stay on the line (linear).
        return re.search(r"^[ \t]*[^#!\s][^=:\n]*[=:][ \t]*\S", text, re.MULTILINE) is not None
    if catalogue.path.lower().endswith(DOC_EXTENSIONS):
        # A page of an i18n/fr/ tree is a translation even when short.
        return is_substantial(text, MIN_TREE_PAGE_WORDS)
    return len(_LETTER_WORD.findall(text)) >= 2


# ----- completeness --------------------------------------------------------------------


@dataclass
class Count:
    """Strings translated out of the strings to translate."""

    translated: int = 0
    total: int = 0
    # Some of these strings are the source the others are translated from: complete by
    # definition, whatever their msgstr or value says.
    source: bool = False

    def add(self, other: Count) -> None:
        self.translated += other.translated
        self.total += other.total
        self.source = self.source or other.source

    @property
    def ratio(self) -> float:
        return self.translated / self.total if self.total else 1.0


def _local(tag: str) -> str:
    """``{urn:oasis:names:tc:xliff:document:1.2}target`` -> ``target``."""
    return tag.rpartition("}")[2]


def parse_xml(text: str) -> ElementTree.Element | None:
    """The document's root, or None when it does not parse or declares entities.

    ``<!DOCTYPE TS>`` (Qt) is harmless and removed; an internal subset could declare
    entities that expand without end, so such a file is not parsed at all.
    """
    if re.search(r"<!ENTITY|<!DOCTYPE[^<>]*\[", text, re.IGNORECASE):
        return None
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    text = re.sub(r"<!DOCTYPE[^<>]*+>", "", text, count=1)
    try:
        return ElementTree.fromstring(text)
    except ElementTree.ParseError:
        return None


def _text_of(element: ElementTree.Element | None) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


def _count_po(text: str) -> Count | None:
    entries = [entry for entry in po_entries(text) if entry.msgid]  # the header has none
    return Count(sum(entry.translated for entry in entries), len(entries)) if entries else None


def _count_qt(text: str) -> Count | None:
    root = parse_xml(text)
    if root is None:
        return None
    count = Count()
    for message in root.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind in ("obsolete", "vanished"):
            continue
        count.total += 1
        if kind != "unfinished" and _text_of(translation):
            count.translated += 1
    return count if count.total else None


def _count_xliff(text: str) -> Count | None:
    root = parse_xml(text)
    if root is None:
        return None
    count = Count()
    for unit in root.iter():
        name = _local(unit.tag)
        if name not in ("trans-unit", "unit") or unit.get("translate") == "no":
            continue
        targets = [child for child in unit.iter() if _local(child.tag) == "target"]
        count.total += 1
        if targets and all(
            _text_of(target) and target.get("state") not in ("new", "needs-translation")
            for target in targets
        ):
            count.translated += 1
    return count if count.total else None


SELF_COUNTED = {"gettext": _count_po, "qt": _count_qt, "xliff": _count_xliff}


def _leaf_keys(data: Any) -> set[str] | None:
    """Paths of the leaves that hold a value; ARB metadata (``@key``) left out."""
    keys: set[str] = set()
    pending: list[tuple[str, Any]] = [("", data)]
    visited = 0
    while pending:
        prefix, value = pending.pop()
        visited += 1
        if visited > MAX_NODES:
            return None
        if isinstance(value, Mapping):
            pending.extend(
                (f"{prefix}.{key}", item) for key, item in value.items()
                if not str(key).startswith("@")
            )
        elif isinstance(value, list):
            pending.extend((f"{prefix}[{index}]", item) for index, item in enumerate(value))
        elif value is not None and str(value).strip():
            keys.add(prefix)
    return keys


def _without_language_root(data: Any) -> Any:
    """Rails and some i18n files nest everything under the language: ``fr: {…}``."""
    if isinstance(data, Mapping) and len(data) == 1:
        (key, value), = data.items()
        if language_tag(str(key)):
            return value
    return data


def _structured_keys(path: str, text: str) -> set[str] | None:
    extension = PurePosixPath(path).suffix.lower()
    try:
        if extension in (".json", ".arb"):
            data = load_json(text)
        elif extension in (".yml", ".yaml"):
            data = load_yaml(text)
        elif extension == ".toml":
            data = load_toml(text)
        else:
            return None
    except Malformed:
        return None
    data = _without_language_root(data)
    return _leaf_keys(data) if isinstance(data, Mapping) else None


def _android_keys(text: str) -> tuple[set[str], set[str]] | None:
    """(names with a value, names not to translate) of an Android resources file."""
    root = parse_xml(text)
    if root is None:
        return None
    named: set[str] = set()
    fixed: set[str] = set()
    for element in root:
        name = element.get("name")
        if element.tag not in ("string", "plurals", "string-array") or not name:
            continue
        if element.get("translatable") == "false":
            fixed.add(name)
        elif _text_of(element):
            named.add(name)
    return named, fixed


def _properties_keys(text: str) -> set[str]:
    keys: set[str] = set()
    continued = False
    for raw in text.splitlines():
        line = raw.strip()
        was_continued, continued = continued, (len(line) - len(line.rstrip("\\"))) % 2 == 1
        if was_continued or not line or line.startswith(("#", "!")):
            continue
        match = re.match(r"((?:[^\\=:\s]|\\.)+)\s*[=:\s]\s*(.*)", line)
        if match and match[2].strip(" \\"):
            keys.add(match[1])
    return keys


def _resx_keys(text: str) -> set[str] | None:
    root = parse_xml(text)
    if root is None:
        return None
    return {
        name for data in root.iter("data")
        if (name := data.get("name")) and not name.startswith((">>", "$this"))
        and data.get("type") is None and _text_of(data.find("value"))
    }


# Blanks before the key stay on its line: "^\s*" would run over the blank lines below
# each line (quadratic).
_APPLE_STRING = re.compile(
    r'^[ \t]*"((?:[^"\\]|\\.)*+)"\s*=\s*"((?:[^"\\]|\\.)*+)"\s*;', re.MULTILINE
)


def _keys(catalogue: Catalogue, text: str) -> tuple[set[str], set[str]] | None:
    """(keys with a value, keys not meant to be translated), or None when unreadable."""
    if catalogue.kind == "android":
        return _android_keys(text)
    if catalogue.kind == "properties":
        return _properties_keys(text), set()
    if catalogue.kind == "resx":
        keys = _resx_keys(text)
    elif catalogue.kind == "apple":
        keys = {key for key, value in _APPLE_STRING.findall(text) if value.strip()}
    else:
        keys = _structured_keys(catalogue.path, text)
    return (keys, set()) if keys is not None else None


def _family(catalogue: Catalogue) -> tuple[str, str | None] | None:
    """The path with its language replaced by ``{}``, and the language-less source path.

    ``locales/fr.json`` -> (``locales/{}.json``, None); ``res/values-fr/strings.xml`` ->
    (``res/values-{}/strings.xml``, ``res/values/strings.xml``); ``Messages_fr.properties``
    -> (``Messages_{}.properties``, ``Messages.properties``).
    """
    path, tag = catalogue.path, catalogue.tag
    android = _ANDROID.search(path)
    if android:
        start, end = android.span("qualifiers")
        return path[:start] + "{}" + path[end:], path[: start - 1] + path[end:]
    parts = path.split("/")
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        is_file = index == len(parts) - 1
        stem, dot, extension = part.rpartition(".") if is_file and "." in part else (part, "", "")
        if part.lower().endswith(".lproj"):
            name = part[: -len(".lproj")]
            if language_tag(name) == tag:
                base = [*parts[:index], "Base.lproj", *parts[index + 1 :]]
                parts[index] = "{}.lproj"
                return "/".join(parts), "/".join(base)
            continue
        if language_tag(stem) == tag:
            parts[index] = "{}" + dot + extension
            return "/".join(parts), None
        for base_name, suffix_tag in language_suffixes(stem):
            if suffix_tag == tag:
                separator = stem[len(base_name)]
                parts[index] = f"{base_name}{separator}{{}}{dot}{extension}"
                source = [*parts[:index], base_name + dot + extension, *parts[index + 1 :]]
                return "/".join(parts), "/".join(source)
    return None


@dataclass
class _Member:
    tag: str
    path: str
    keys: set[str]
    fixed: set[str]


def _source(members: list[_Member], untagged: _Member | None) -> _Member:
    """The file the others are translated from: the one without a language, else the
    fullest (translators add to the source's keys, never the reverse); English breaks a
    tie. Comparing each file with itself would call 1 string of 32 complete."""
    if untagged is not None:
        return untagged
    return max(
        members,
        key=lambda m: (len(m.keys - m.fixed), primary(m.tag) == "en", m.tag == "en", m.path),
    )


class _Budget:
    def __init__(self, files: int) -> None:
        self.files = files

    def read(self, repo: Repository, path: str) -> str | None:
        """The file's whole text, or None past the budget or when cut at the read limit."""
        if self.files <= 0:
            return None
        self.files -= 1
        read = repo.read(path)
        return read.text if read.text is not None and not read.truncated else None


def completeness(
    repo: Repository, catalogues: Mapping[str, list[Catalogue]]
) -> dict[str, Count]:
    """Strings translated per language, over the catalogues that can be measured.

    The source of a keyed family is not a translation and is left out of its language.
    """
    budget = _Budget(MAX_MEASURED_FILES)
    counts: dict[str, Count] = {}
    families: dict[str, list[Catalogue]] = {}
    sources: dict[str, str | None] = {}
    for tag, found in sorted(catalogues.items()):
        for catalogue in found:
            counter = SELF_COUNTED.get(catalogue.kind)
            if counter is None:
                family = _family(catalogue)
                if family is not None:
                    families.setdefault(family[0], []).append(catalogue)
                    sources[family[0]] = family[1]
                continue
            text = budget.read(repo, catalogue.path)
            count = counter(text) if text is not None else None
            if count is not None:
                counts.setdefault(tag, Count()).add(count)
    for key, members in families.items():
        for tag, count in _family_counts(repo, members, sources[key], budget).items():
            counts.setdefault(tag, Count()).add(count)
    return counts


def _family_counts(
    repo: Repository, catalogues: list[Catalogue], untagged_path: str | None, budget: _Budget
) -> dict[str, Count]:
    members: list[_Member] = []
    for catalogue in catalogues:
        text = budget.read(repo, catalogue.path)
        keys = _keys(catalogue, text) if text is not None else None
        if keys is not None:
            members.append(_Member(catalogue.tag, catalogue.path, *keys))
    untagged = None
    if untagged_path and repo.exists(untagged_path) and catalogues:
        text = budget.read(repo, untagged_path)
        keys = _keys(Catalogue(untagged_path, "", catalogues[0].kind, True), text) if text else None
        untagged = _Member("", untagged_path, *keys) if keys is not None else None
    if not members or (untagged is None and len(members) < 2):
        return {}  # nothing to compare with
    source = _source(members, untagged)
    wanted = source.keys - source.fixed
    if not wanted:
        return {}
    counts = {
        member.tag: Count(len((member.keys - member.fixed) & wanted), len(wanted))
        for member in members if member is not source
    }
    if source.tag and source.tag not in counts:
        counts[source.tag] = Count(len(wanted), len(wanted), source=True)
    return counts

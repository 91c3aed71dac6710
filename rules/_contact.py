"""What the community-document rules share.

The contribution guide, code of conduct, governance and security policy rules all look
for a document under many names, sometimes for a section of the README instead; the
last two ask whether the document gives a real way to reach people (an e-mail address,
a form, a private reporting page) rather than a placeholder left from a template. The
lookups, the sections, the contact detection and the links followed inside the
repository (one hop) live here; documents are read through the model of
:mod:`._document` (what is in code blocks, code spans and comments does not count).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePosixPath

from commons_lint import Finding, Repository
from commons_lint.repository import document_name, name_key

from ._common import README_STEMS, fold, is_substantial, keyword_pattern, mentions, words
from ._document import (
    EMAIL,
    OBFUSCATED_EMAIL,
    PLACEHOLDER_DOMAIN,
    URL,
    Document,
    document_format,
    find_addresses,
    is_real_address,
    parse,
    read_document,
)

# ----- finding the documents ----------------------------------------------------------

# Folders where a documentation site keeps its pages, at any depth.
DOCS_DIRS = ("docs", "doc", "documentation")
# The page that stands for its folder: docs/contributing/index.md is "contributing".
INDEX_STEMS = frozenset({"index", "readme", "lisezmoi", "intro", "introduction"})

@dataclass(frozen=True)
class _DocsPage:
    """A document below a documentation folder, with the names it may stand for."""

    path: str
    stem_key: str  # name_key of its stem: docs/fr/Contribuer.md -> "contribuer"
    folder_keys: frozenset[str]  # name_key of the folders between the top and the page
    is_page: bool  # a document extension (or a language): "notes.py" is code
    is_index: bool  # the page that stands for its folder (index.md, README.md)


def _docs_index(repo: Repository) -> tuple[_DocsPage, ...]:
    """Every document below the documentation folders, named once per run (several
    rules ask, and normalising names is what costs)."""
    pages: list[_DocsPage] = []
    for top in DOCS_DIRS:
        for path in sorted(repo.files_under(top)):
            parts = PurePosixPath(path).parts
            named = document_name(parts[-1])
            if named is None:
                continue
            stem_key = name_key(named[0])
            pages.append(_DocsPage(
                path,
                stem_key,
                frozenset(name_key(part) for part in parts[1:-1]),
                is_page=named[0] != parts[-1],
                is_index=stem_key in INDEX_STEMS,
            ))
    return tuple(pages)


def _docs_pages(repo: Repository, wanted: Collection[str], folder_pages: bool) -> Iterator[str]:
    """Pages below the documentation folders that stand for one of ``wanted``.

    ``docs/fr/contribuer.md`` by its name, ``docs/contributing/index.md`` by its folder,
    and, with ``folder_pages``, every page of ``docs/governance/``.
    """
    for page in repo.derived(_docs_index):
        stands_for_folder = page.is_page and (folder_pages or page.is_index)
        if page.stem_key in wanted or (
            stands_for_folder and not page.folder_keys.isdisjoint(wanted)
        ):
            yield page.path


# Names of the community documents that more than one rule looks for.
# A contribution guide, English and French; compared without case, accents or
# separators, so "Comment_contribuer.md" is "commentcontribuer". CONTRIBUTORS,
# CONTRIBUTEURS and AUTHORS list people: they are not guides and are not here.
GUIDE_NAMES = (
    "contributing", "contribute", "contribution", "contributions", "contribuer",
    "contribuez", "how-to-contribute", "comment-contribuer", "contributing-guide",
    "contribution-guide", "contributor-guide", "guide-de-contribution",
    "guide-du-contributeur", "guide-des-contributeurs",
)
GOVERNANCE_NAMES = ("governance", "gouvernance", "governance-model", "modele-de-gouvernance")


def community_documents(
    repo: Repository,
    names: Collection[str],
    *,
    folder_pages: bool = True,
) -> list[str]:
    """The project's own documents named like one of ``names`` (normalised names).

    Looked for: the root, docs/, .github/, .gitlab/ (and doc/, documentation/) with any
    case, separator, document extension or language suffix; pages of the documentation
    folders at any depth. Files under vendored or test folders are left out.
    """
    wanted = {name_key(name) for name in names}
    found = [document.path for document in repo.find_documents(names)]
    found.extend(_docs_pages(repo, wanted, folder_pages))
    unique = list(dict.fromkeys(found))
    return [path for path in unique if repo.is_own(path)]


# ----- sections -----------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    heading: str
    line: int  # 1-based line of the heading
    body: str  # the prose (code and comments blanked) up to the next heading of its level


def atx_title(rest: str) -> str:
    """An ATX heading's title from the text after its marker (starting with a non-blank):
    trailing blanks, closing "#"s and the blanks before them removed; a title made only
    of "#"s keeps its first one: what a lazy title before "#"s used to capture."""
    title = rest.rstrip().rstrip("#").rstrip()
    return title or rest[:1]


def find_section(text: str, heading: re.Pattern[str]) -> Section | None:
    """The first section whose heading matches ``heading`` (on folded text), from the
    document model (:mod:`._document`, format guessed from the text): headings inside
    code blocks do not count, and the body is the section's prose (code blanked)."""
    return document_section(parse(text), heading)


def document_section(document: Document, heading: re.Pattern[str]) -> Section | None:
    """:func:`find_section` on a parsed document."""
    found = document.section(heading)
    if found is None:
        return None
    return Section(found.heading.title, found.heading.line, found.body)


# ----- contact channels and placeholders ------------------------------------------------

# Addresses (plain and written against harvesting), http(s) links and placeholder
# domains (RFC 2606 names, their French look-alikes, "your domain" templates) are
# recognised by the document model; the old names stay for the rules that use them.
_EMAIL = EMAIL
_OBFUSCATED_EMAIL = OBFUSCATED_EMAIL
_PLACEHOLDER_DOMAIN = PLACEHOLDER_DOMAIN

# Pages that explain codes of conduct, disclosure or standards: a link to one of them is
# a reference, not a way to reach this project's people.
_REFERENCE_SITES = re.compile(
    r"(?:^|\.)(?:contributor-covenant\.org|citizencodeofconduct\.org|opensource\.guide|"
    r"docs\.github\.com|help\.github\.com|docs\.gitlab\.com|securitytxt\.org|"
    r"rfc-editor\.org|ietf\.org|mitre\.org|cve\.org|nvd\.nist\.gov|owasp\.org|first\.org|"
    r"semver\.org|keepachangelog\.com|creativecommons\.org|spdx\.org|gnu\.org)$",
    re.I,
)
# A public tracker is not a private channel: reports there are read by everyone.
_PUBLIC_TRACKER = re.compile(r"/(?:-/)?(?:issues|pulls|discussions)(?:/|$|\?)", re.I)

# Words that introduce a way to report or to reach someone, English and French.
REPORT_WORDING = keyword_pattern(
    [
        "report*", "contact*", "reach*", "write to", "email*", "e-mail*", "mail",
        "form", "forms", "incident*", "complain*", "signaler", "signalez", "signalement*",
        "joindre", "ecrire", "ecrivez", "formulaire*", "courriel*", "plainte*", "alert*",
        "saisir", "saisissez",
    ]
)

_PLACEHOLDERS = [
    # "[INSERT CONTACT METHOD]", "[votre adresse]" (but not a Markdown link "[...](...)")
    re.compile(
        r"\[\s*(?:insert|add|enter|your|votre|vos|ajoute[rz]?|ins[eé]re[rz]?|indique[rz]?)\b"
        r"[^\]\n]*\](?!\()",
        re.I,
    ),
    re.compile(
        # Only from the first bracket of a run, taken whole: linear on a run of brackets.
        r"(?<![\[<{])[\[<{]++\s*(?:your[ _-]?|votre[ _-]?)?"
        r"(?:e-?mail|courriel|contact|address|adresse)"
        r"(?:[ _-]?(?:address|adresse|method|m[eé]thode|here|ici))?\s*[\]>}]+",
        re.I,
    ),
    re.compile(r"(?<!\w)(?:TODO|TBD|FIXME|XXX)(?!\w)"),
    re.compile(r"(?<!\w)(?:à compléter|a completer|to be completed|to be defined)(?!\w)", re.I),
]


@dataclass(frozen=True)
class Channel:
    """A way to reach the project's people that a document gives."""

    kind: str  # "email" or "link"
    value: str
    line: int


@lru_cache(maxsize=4)
def _newlines(text: str) -> array[int]:
    """Offsets of the line breaks of ``text``, found once per text (a str caches its hash,
    so looking a text up again costs nothing)."""
    return array("q", (match.start() for match in re.finditer("\n", text)))


def line_number(text: str, offset: int) -> int:
    """The 1-based line of ``text`` where the character at ``offset`` is.

    A binary search in the text's line breaks: counting them from the start for every
    match would be quadratic on a file of a million matches.
    """
    return bisect_left(_newlines(text), offset) + 1


_is_real_address = is_real_address


def emails(text: str) -> list[Channel]:
    """Real e-mail addresses, plain, in ``mailto:`` links or written against harvesting
    ("name [at] host [dot] org", "name AT host DOT org", "nom arobase hôte point fr")."""
    return [Channel("email", found.value, found.line) for found in find_addresses(text)]


def _host(url: str) -> str:
    return url.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0].split(":", 1)[0].lower()


def is_reference_or_placeholder(url: str) -> bool:
    host = _host(url)
    return bool(_PLACEHOLDER_DOMAIN.search(host) or _REFERENCE_SITES.search(host))


def urls(text: str) -> list[tuple[str, int]]:
    """Every http(s) link with its line, trailing punctuation removed."""
    return [
        (match[0].rstrip(".,;:!?*_"), line_number(text, match.start()))
        for match in URL.finditer(text)
    ]


def links_near(text: str, wording: re.Pattern[str] = REPORT_WORDING) -> list[Channel]:
    """Links that sit within two lines of wording about reporting or contacting.

    References (Contributor Covenant, RFCs…), example sites and public trackers do not
    count: none of them reaches the project's people privately.
    """
    lines = text.splitlines()
    found = []
    worded: dict[int, bool] = {}  # per line: once, however many links the line holds
    for url, line in urls(text):
        if is_reference_or_placeholder(url) or _PUBLIC_TRACKER.search(url.split("://", 1)[1]):
            continue
        if line not in worded:
            window = "\n".join(lines[max(0, line - 3) : line + 2])
            worded[line] = wording.search(fold(URL.sub(" ", window))) is not None
        if worded[line]:
            found.append(Channel("link", url, line))
    return found


def contact_channels(text: str, wording: re.Pattern[str] = REPORT_WORDING) -> list[Channel]:
    """E-mail addresses and report links, in the order they appear."""
    return sorted([*emails(text), *links_near(text, wording)], key=lambda c: c.line)


def placeholder(text: str) -> tuple[int, str] | None:
    """The first template placeholder left unfilled, with its line."""
    best: tuple[int, str] | None = None
    for pattern in _PLACEHOLDERS:
        match = pattern.search(text)
        if match and (best is None or line_number(text, match.start()) < best[0]):
            best = (line_number(text, match.start()), match[0])
    for match in _EMAIL.finditer(text):
        if _PLACEHOLDER_DOMAIN.search(match["domain"]):
            line = line_number(text, match.start())
            if best is None or line < best[0]:
                best = (line, match[0])
            break
    return best


# A file shorter than this, once its links are gone, that holds a link, points elsewhere.
MAX_POINTER_WORDS = 30


def prose(repo: Repository, path: str) -> str:
    """What the document at ``path`` says: its text with code blocks, code spans and
    comments blanked, line for line (see :mod:`._document`)."""
    return read_document(repo, path).prose


def pointer_url(text: str) -> str | None:
    """The link a short file sends its readers to, when that is all it does (give it
    the file's prose: a licence header in a comment is not what the file says)."""
    links = [url for url, _line in urls(text) if not is_reference_or_placeholder(url)]
    if not links:
        return None
    if len(words(URL.sub(" ", text))) >= MAX_POINTER_WORDS:
        return None
    return links[0]


# ----- following a short file's links inside the repository -----------------------------

def linked_files(repo: Repository, path: str, text: str, about: re.Pattern[str]) -> list[str]:
    """Documents of the repository that ``text`` (the content of ``path``) links to,
    whose path matches ``about`` (folded).

    A root CONTRIBUTING.md often just says "see docs/dev/contributing-guide.md": the
    guide is then that file. Links are resolved from the file's folder, then the root.
    """
    return [
        candidate
        for candidate in linked_pages(repo, path, text)
        if about.search(fold(candidate))
    ]


def linked_pages(repo: Repository, path: str, text: str | None = None) -> list[str]:
    """The project's own files that the document at ``path`` links to: relative links
    (from its folder, then the root) and links to the repository's own forge address
    (``repo.remote_url``: ``https://github.com/owner/name/blob/main/docs/x.md``).

    Links inside code blocks and comments do not count. ``text`` is the document's text
    when it is not the file's (an older caller's copy); by default the parsed file.
    """
    document = read_document(repo, path) if text is None else parse(text, document_format(path))
    found = []
    for link in document.links:
        candidate = link_target(repo, path, link.target)
        if candidate is not None and candidate != path and repo.is_own(candidate):
            found.append(candidate)
    return list(dict.fromkeys(found))


def link_target(repo: Repository, source: str, target: str) -> str | None:
    """The repository file that a link ``target`` in the document ``source`` names: a
    relative link (from the document's folder, then the root; "/docs/x.md" from the
    root), or a link to the repository's own forge address; None for anything else."""
    forge = own_forge_url(repo)
    if forge is not None and target.lower().startswith(forge.lower() + "/"):
        return _forge_path(repo, target[len(forge) + 1 :])
    target = target.split("#", 1)[0].split("?", 1)[0]
    if not target or "://" in target or target.startswith(("mailto:", "//")):
        return None
    folder = PurePosixPath(source).parent
    bases = (PurePosixPath(),) if target.startswith("/") else (folder, PurePosixPath())
    for base in bases:
        candidate = _resolve(base / target.lstrip("/"))
        if candidate and repo.exists(candidate):
            return candidate
    return None


# Files a link may lead to and still be a page to read: documents, not code or data.
_PAGE_SUFFIXES = frozenset(
    {"", ".md", ".markdown", ".mdx", ".rst", ".rest", ".adoc", ".asciidoc", ".txt"}
)


def linked_documents(repo: Repository, path: str) -> list[str]:
    """The pages of the repository (Markdown, reStructuredText, AsciiDoc or plain text)
    that the document at ``path`` links to: one hop, as :func:`linked_pages` finds them."""
    return [
        page
        for page in linked_pages(repo, path)
        if PurePosixPath(page).suffix.lower() in _PAGE_SUFFIXES
    ]


# "git@github.com:owner/name.git", "ssh://git@host/owner/name", "https://host/owner/name.git"
_SCP_REMOTE = re.compile(r"^[\w.-]+@(?P<host>[\w.-]+):(?P<path>[^/].*)$")
_URL_REMOTE = re.compile(r"^(?:https?|ssh|git)://(?:[^@/]*@)?(?P<host>[\w.-]+)(?::\d+)?/(?P<path>.+)$")


def own_forge_url(repo: Repository) -> str | None:
    """``https://<host>/<owner>/<name>`` of the origin remote, the address the project's
    own pages are linked by; None without a network remote."""
    return repo.derived(_own_forge_url)


def _own_forge_url(repo: Repository) -> str | None:
    remote = repo.remote_url
    if not remote:
        return None
    match = _SCP_REMOTE.match(remote) or _URL_REMOTE.match(remote)
    if match is None:
        return None
    project = match["path"].strip("/").removesuffix(".git").strip("/")
    if "/" not in project:
        return None
    return f"https://{match['host'].lower()}/{project}"


def _forge_path(repo: Repository, rest: str) -> str | None:
    """The repository file a forge page shows: ``blob/<ref>/docs/x.md`` (GitLab puts
    ``-/`` first), the ref being one or more path segments; None when no file fits."""
    parts = [part for part in rest.split("#", 1)[0].split("?", 1)[0].split("/") if part]
    if parts[:1] == ["-"]:
        parts = parts[1:]
    if len(parts) < 3 or parts[0] not in ("blob", "tree", "raw"):
        return None
    for ref_length in range(1, min(4, len(parts) - 1)):
        candidate = _resolve(PurePosixPath(*parts[1 + ref_length :]))
        if candidate and repo.exists(candidate):
            return candidate
    return None


def _resolve(path: PurePosixPath) -> str | None:
    """``docs/../CONTRIBUTING.md`` -> ``CONTRIBUTING.md``; None when it leaves the root."""
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    return "/".join(parts) or None


# ----- what the guide-like rules share ---------------------------------------------------

@dataclass(frozen=True)
class Documents:
    """The files found for a practice, sorted by what they hold."""

    found: list[str]  # every file named like one
    written: list[str]  # those with content, and the in-repository files they link to
    pointers: list[tuple[str, str]]  # (path, url) of short files that only link elsewhere


def unwritten_document(
    documents: Documents, *, points_elsewhere: str, summarise: str, empty: str, fix: str
) -> Finding | None:
    """The finding for a practice whose documents exist but say nothing here: a file that
    only links elsewhere (advice), or an empty or placeholder file (a failure).

    ``points_elsewhere`` is a translated message with ``{path}`` and ``{url}``,
    ``empty`` one with ``{path}``; ``summarise`` and ``fix`` are their fixes.
    """
    if documents.pointers:
        path, url = documents.pointers[0]
        return Finding(
            points_elsewhere.format(path=path, url=url),
            path=path,
            advice=True,
            fix=summarise,
            key="points-elsewhere",
        )
    if documents.found:
        path = documents.found[0]
        return Finding(empty.format(path=path), path=path, fix=fix, key="empty")
    return None


def sort_documents(repo: Repository, paths: list[str], about: re.Pattern[str]) -> Documents:
    """Separate written documents from pointers and placeholders.

    A short file that links to a document of the repository whose path matches
    ``about`` ("see docs/dev/contributing-guide.md") is read as that document.
    """
    written: list[str] = []
    pointers: list[tuple[str, str]] = []
    for path in paths:
        text = prose(repo, path)
        url = pointer_url(text)
        substantial = is_substantial(text)
        if url is not None:
            pointers.append((path, url))
        elif substantial:
            written.append(path)
        if url is not None or not substantial:
            written.extend(
                linked
                for linked in linked_pages(repo, path)
                if about.search(fold(linked))
                and is_substantial(prose(repo, linked))
                and linked not in written
            )
    return Documents(paths, written, pointers)


def readme_section(repo: Repository, heading: re.Pattern[str]) -> tuple[str, Section] | None:
    """The root README's first section whose heading matches ``heading``.

    Files at the root are always the project's own: no vendored or test folder above them.
    """
    for document in repo.find_documents(README_STEMS, dirs=("",)):
        section = document_section(read_document(repo, document.path), heading)
        if section is not None:
            return document.path, section
    return None


@dataclass(frozen=True)
class Aspect:
    """Something a document should explain: its finding key and words that show it."""

    key: str
    pattern: re.Pattern[str]


def missing_aspects(
    path: str,
    text: str,
    aspects: Sequence[Aspect],
    describe: Callable[[str], tuple[str, str]],
) -> Iterator[Finding]:
    """Advice for each aspect ``text`` does not mention; ``describe(key)`` gives the
    message (with ``{path}``) and the fix, already translated."""
    for aspect in aspects:
        if not mentions(text, aspect.pattern):
            message, fix = describe(aspect.key)
            yield Finding(
                message.format(path=path), path=path, advice=True, fix=fix, key=aspect.key
            )


def written_aspects(
    repo: Repository,
    documents: Documents,
    aspects: Sequence[Aspect],
    describe: Callable[[str], tuple[str, str]],
    also: str | None = None,
) -> Iterator[Finding]:
    """Advice for each aspect that the written documents, read as one text (with
    ``also``, such as a README section that completes them), do not mention; named on
    the first written document."""
    combined = "\n".join(prose(repo, path) for path in documents.written)
    if also is not None:
        combined += "\n" + also
    return missing_aspects(documents.written[0], combined, aspects, describe)


def readme_stand_in(
    readme: tuple[str, Section] | None,
    min_words: int,
    aspects: Sequence[Aspect],
    describe: Callable[[str], tuple[str, str]],
    *,
    message: str,
    fix: str,
    counted: Callable[[str], int] | None = None,
) -> list[Finding]:
    """When a README section of at least ``min_words`` words stands in for the document:
    advice to give it a file of its own, then advice for each aspect it does not mention.
    Empty when there is no such section.

    ``message`` is a translated message with ``{heading}``, ``fix`` its fix; ``counted``
    says how many of the body's words count (all of them by default).
    """
    if readme is None:
        return []
    size = counted(readme[1].body) if counted is not None else len(words(readme[1].body))
    if size < min_words:
        return []
    path, section = readme
    return [
        Finding(
            message.format(heading=section.heading),
            path=path,
            line=section.line,
            advice=True,
            fix=fix,
            key="readme-section",
        ),
        *missing_aspects(path, section.body, aspects, describe),
    ]

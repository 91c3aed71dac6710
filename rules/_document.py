"""Documents read as documents: one model of a Markdown, reStructuredText, AsciiDoc or
plain-text file that every rule can share.

A heading, a link or an address inside a code block, a code span or a comment is an
example, not something the project says: ``## Funding`` in a fenced block is not a
section, ``security@example.org`` in a shell snippet is not a contact. Markdown is parsed
with a CommonMark parser (markdown-it-py); reStructuredText and AsciiDoc with a small
linear scanner of their block structure (headings, literal and comment blocks, links).

What a rule gets, from :func:`read_document` (a file of the repository, parsed once per
run) or :func:`parse` (a text):

- ``Document.prose``: the text with code blocks, code spans and comments blanked out,
  line for line (line numbers stay those of the file), for every regular expression a
  rule runs on what the document says;
- ``Document.headings``: :class:`Heading` (level, title, 1-based line);
- ``Document.sections()`` and ``Document.section(pattern)``: :class:`DocumentSection`
  (its heading, and its prose up to the next heading of the same or a higher level);
- ``Document.links``: :class:`Link` (target, text, line): explicit links, then bare
  http(s) addresses of the prose;
- ``Document.addresses``: :class:`Address` (kind "email", value, line): e-mail addresses
  written plainly, in ``mailto:`` links, or against harvesting ("name [at] host [dot]
  org", "name AT host DOT org", "prénom arobase exemple point fr"). Placeholders
  (example.org, noreply) are left out.

The input is already bounded (1 MiB per file) and markdown-it's nesting is capped
(``maxNesting``). markdown-it-py is pure Python, and some shapes of text (a long run of
"[") cost it more than linear time: a Markdown text longer than MAX_MARKDOWN_CHARS (far
above any real community document) is read with the linear plain-text scanner instead,
fenced blocks, code spans and HTML comments still left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import PurePosixPath

from markdown_it import MarkdownIt
from markdown_it.token import Token

from commons_lint import Repository

from ._common import fold

# ----- the model ------------------------------------------------------------------------

MARKDOWN, RST, ASCIIDOC, TEXT = "markdown", "rst", "asciidoc", "text"

_FORMAT_BY_SUFFIX = {
    ".md": MARKDOWN, ".markdown": MARKDOWN, ".mdx": MARKDOWN, ".mdown": MARKDOWN,
    ".mkd": MARKDOWN, ".rst": RST, ".rest": RST, ".adoc": ASCIIDOC,
    ".asciidoc": ASCIIDOC, ".asc": ASCIIDOC, ".txt": TEXT,
}


def document_format(path: str) -> str:
    """The format a file's name announces; a name without a known extension (README,
    SECURITY_CONTACTS) is plain text, read with the lenient heading scanner."""
    return _FORMAT_BY_SUFFIX.get(PurePosixPath(path).suffix.lower(), TEXT)


@dataclass(frozen=True)
class Heading:
    level: int  # 1 for a title; reStructuredText levels follow the order of styles
    title: str  # plain text: markup, link targets and closing "#"s removed
    line: int  # 1-based line of the heading's text
    body_start: int = field(default=0, compare=False)  # 0-based index of its first body line


@dataclass(frozen=True)
class Link:
    target: str  # as written: a URL, a relative path, "mailto:…"
    text: str  # the link's text ("" for a bare address)
    line: int


@dataclass(frozen=True)
class Address:
    kind: str  # "email"
    value: str  # as written ("name AT host DOT org" stays so)
    line: int


@dataclass(frozen=True)
class DocumentSection:
    heading: Heading
    body: str  # the prose from the line after the heading to the next one of its level
    end: int  # 1-based line where the next heading of its level starts (or last line + 1)


class Document:
    """One parsed document; see the module's docstring."""

    def __init__(
        self, text: str, format: str, prose: str, headings: list[Heading], links: list[Link]
    ) -> None:
        self.text = text
        self.format = format
        self.prose = prose
        self.headings = tuple(headings)
        explicit = {(link.target, link.line) for link in links}
        bare = [
            Link(url, "", line) for url, line in prose_urls(prose) if (url, line) not in explicit
        ]
        self.links = tuple(sorted([*links, *bare], key=lambda link: link.line))

    @cached_property
    def lines(self) -> list[str]:
        return self.prose.split("\n")

    @cached_property
    def addresses(self) -> tuple[Address, ...]:
        return tuple(find_addresses(self.prose))

    def sections(self) -> list[DocumentSection]:
        """Every section, in order: a heading and its body (nested sections included)."""
        found = []
        for position, heading in enumerate(self.headings):
            end = len(self.lines)
            for later in self.headings[position + 1 :]:
                if later.level <= heading.level:
                    end = later.line - 1
                    break
            body = "\n".join(self.lines[heading.body_start : end])
            found.append(DocumentSection(heading, body, end + 1))
        return found

    def section(self, pattern: re.Pattern[str]) -> DocumentSection | None:
        """The first section whose heading matches ``pattern`` (on folded text)."""
        for position, heading in enumerate(self.headings):
            if pattern.search(fold(heading.title)):
                end = len(self.lines)
                for later in self.headings[position + 1 :]:
                    if later.level <= heading.level:
                        end = later.line - 1
                        break
                return DocumentSection(
                    heading, "\n".join(self.lines[heading.body_start : end]), end + 1
                )
        return None


@lru_cache(maxsize=16)  # a few community documents and READMEs, up to 1 MiB each
def parse(text: str, format: str | None = None) -> Document:
    """The document model of ``text``, in ``format`` (guessed from the text when None).

    Cached on the text: a str keeps its hash, so looking a text up again is cheap."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    chosen = format or guess_format(text)
    if chosen == MARKDOWN and len(text) <= MAX_MARKDOWN_CHARS:
        return _parse_markdown(text)
    if chosen == MARKDOWN:
        return _parse_text(text, markdown=True)
    if chosen == RST:
        return _parse_rst(text)
    if chosen == ASCIIDOC:
        return _parse_asciidoc(text)
    return _parse_text(text)


def _parsed_documents(repo: Repository) -> dict[str, Document]:
    return {}


def read_document(repo: Repository, path: str) -> Document:
    """The document at ``path`` of the repository, parsed once per run."""
    cache = repo.derived(_parsed_documents)
    document = cache.get(path)
    if document is None:
        document = cache[path] = parse(repo.text(path), document_format(path))
    return document


_MARKDOWN_HINT = re.compile(r"^(?:#{1,6}[ \t]|```|~~~)|\]\(", re.M)
_ASCIIDOC_HINT = re.compile(r"^(?:={1,6}[ \t]+\S|\[source[,\]]|:[\w-]+:(?:[ \t]|$))", re.M)
_RST_HINT = re.compile(r"^(?:\.\. [\w-]+::|([~^*+#\"'`])\1{2,}[ \t]*$)|::[ \t]*$", re.M)


def guess_format(text: str) -> str:
    """Markdown, AsciiDoc or reStructuredText, from the text alone (a README section
    handed over without its file name); Markdown when nothing tells."""
    if _MARKDOWN_HINT.search(text):
        return MARKDOWN
    if _ASCIIDOC_HINT.search(text):
        return ASCIIDOC
    if _RST_HINT.search(text):
        return RST
    return MARKDOWN


# ----- addresses and bare links ------------------------------------------------------------

EMAIL = re.compile(
    r"(?<![\w.+-])(?P<local>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)*\.(?P<tld>[a-z]{2,24}))(?!\w)",
    re.I,
)
# Written against harvesting: "security [at] project [dot] org", "conduite (arobase)
# asso.fr", "name AT host DOT org" (capitals: "look at the dot org" is a sentence), and
# the French "prénom arobase exemple point fr". The last label is letters, like a TLD.
# Blanks within the line only: an address is not split across lines.
_AT = (
    r"(?:[ \t]*[\[({<][ \t]*(?i:at|arobase)[ \t]*[\])}>][ \t]*"
    r"|[ \t]+AT[ \t]+|[ \t]+(?i:arobase)[ \t]+)"
)
_DOT = (
    r"(?:[ \t]*\.[ \t]*|[ \t]*[\[({<][ \t]*(?i:dot|point)[ \t]*[\])}>][ \t]*"
    r"|[ \t]+DOT[ \t]+|[ \t]+(?i:point)[ \t]+)"
)
OBFUSCATED_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+" + _AT
    + r"[\w-]+(?:" + _DOT + r"[\w-]+)*" + _DOT + r"[a-zA-Z]{2,24}(?!\w)"
)
_BRACKETED_WORDS = re.compile(r"[\[({<]\s*(?:at|arobase|dot|point)\s*[\])}>]", re.I)
# http(s) addresses as written in running text: up to a space, a bracket or a quote.
URL = re.compile(r"https?://[^\s<>()\[\]\"'`]+", re.I)

PLACEHOLDER_DOMAIN = re.compile(
    r"(?:^|\.)(?:example|exemple|domain|domaine|yourdomain|your-domain|votredomaine|"
    r"votre-domaine|mydomain|company|yourcompany|yourproject|project-domain)"
    r"\.[a-z]+(?:\.[a-z]+)?$"
    r"|\.(?:example|test|invalid|localhost|tld)$",
    re.I,
)
_NOT_A_MAILBOX = re.compile(r"^(?:git|noreply|no-reply|donotreply|do-not-reply)$", re.I)
_NO_REPLY_DOMAIN = re.compile(r"(?:^|\.)noreply\.|users\.noreply\.", re.I)


def is_real_address(local: str, domain: str) -> bool:
    return not (
        PLACEHOLDER_DOMAIN.search(domain)
        or _NO_REPLY_DOMAIN.search(domain)
        or _NOT_A_MAILBOX.match(local)
    )


class _Lines:
    """1-based line numbers of offsets in a text, by binary search in its line breaks."""

    def __init__(self, text: str) -> None:
        self.breaks = [match.start() for match in re.finditer("\n", text)]

    def of(self, offset: int) -> int:
        return bisect_right(self.breaks, offset - 1) + 1


def find_addresses(text: str) -> list[Address]:
    """Real e-mail addresses in ``text`` (prose), plain or written against harvesting."""
    lines = _Lines(text)
    found = [
        Address("email", match[0], lines.of(match.start()))
        for match in EMAIL.finditer(text)
        if is_real_address(match["local"], match["domain"])
    ]
    for match in OBFUSCATED_EMAIL.finditer(text):
        value = match[0]
        if "@" in value or not (_BRACKETED_WORDS.search(value) or re.search(
            r"\sAT\s|(?i:\sarobase\s)", value
        )):
            continue  # a plain address (found above) or a dotted name ("file.txt")
        if re.search(r"example|exemple", value, re.I):
            continue
        found.append(Address("email", value, lines.of(match.start())))
    return sorted(found, key=lambda address: address.line)


def prose_urls(text: str) -> list[tuple[str, int]]:
    """Every http(s) address of ``text`` with its line, trailing punctuation removed."""
    lines = _Lines(text)
    return [
        (match[0].rstrip(".,;:!?*_"), lines.of(match.start())) for match in URL.finditer(text)
    ]


# ----- Markdown -------------------------------------------------------------------------------

# Longer Markdown texts go to the linear scanner (see the module's docstring): 100 000
# characters take markdown-it-py about two seconds in its worst case, and real
# READMEs and guides are well below.
MAX_MARKDOWN_CHARS = 100_000
# CommonMark, nesting capped (markdown-it stops nesting blocks and inlines past it).
_MARKDOWN = MarkdownIt("commonmark", {"maxNesting": 20})


def _parse_markdown(text: str) -> Document:
    lines = text.split("\n")
    tokens = _MARKDOWN.parse(text)
    headings: list[Heading] = []
    links: list[Link] = []
    for index, token in enumerate(tokens):
        if token.map is None:
            continue
        start, end = token.map
        if token.type in ("fence", "code_block"):
            for number in range(start, min(end, len(lines))):
                lines[number] = ""
        elif token.type == "html_block":
            _blank_block(lines, start, end, _blank_comments)
        elif token.type == "inline":
            _blank_block(lines, start, end, _blank_inline)
            links.extend(_markdown_links(token, lines, start, end))
        elif token.type == "heading_open" and index + 1 < len(tokens):
            title = _plain(tokens[index + 1])
            if title:
                headings.append(Heading(int(token.tag[1:]), title, start + 1, end))
    return Document(text, MARKDOWN, "\n".join(lines), headings, links)


def _blank_block(
    lines: list[str], start: int, end: int, blank: Callable[[str], str]
) -> None:
    end = min(end, len(lines))
    block = "\n".join(lines[start:end])
    cleaned = blank(block)
    if cleaned != block:
        lines[start:end] = cleaned.split("\n")


def _plain(inline: Token) -> str:
    """The text of an inline token: text and code, without markup or link targets."""
    parts = []
    for child in inline.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return " ".join("".join(parts).split())


def _markdown_links(inline: Token, lines: list[str], start: int, end: int) -> Iterator[Link]:
    children = inline.children or []
    for position, child in enumerate(children):
        if child.type != "link_open":
            continue
        target = str(child.attrGet("href") or "")
        texts = []
        for later in children[position + 1 :]:
            if later.type == "link_close":
                break
            if later.type in ("text", "code_inline"):
                texts.append(later.content)
        line = start + 1
        for number in range(start, min(end, len(lines))):
            if target and (target in lines[number] or _unescaped(target) in lines[number]):
                line = number + 1
                break
        yield Link(_unescaped(target), "".join(texts), line)


def _unescaped(target: str) -> str:
    """The target as written, near enough: markdown-it percent-encodes some characters."""
    if "%" not in target:
        return target
    return re.sub(r"%([0-9A-Fa-f]{2})", lambda match: chr(int(match[1], 16)), target)


def _blank_comments(block: str) -> str:
    """``block`` with its HTML comments replaced by blanks (line breaks kept)."""
    pieces = []
    position = 0
    while True:
        opening = block.find("<!--", position)
        if opening < 0:
            break
        closing = block.find("-->", opening + 4)
        stop = len(block) if closing < 0 else closing + 3
        pieces.append(block[position:opening])
        pieces.append(_blanks(block[opening:stop]))
        position = stop
        if closing < 0:
            break
    pieces.append(block[position:])
    return "".join(pieces)


_TICKS = re.compile(r"`+")


def _blank_inline(block: str) -> str:
    """``block`` (a paragraph's source) with its code spans and HTML comments blanked.

    A code span opens on a run of backticks and closes on the next run of the same
    length (CommonMark); the runs are indexed once by length, so a paragraph of
    unmatched backticks costs one pass, not one pass per run.
    """
    runs = [
        (match.start(), match.end())
        for match in _TICKS.finditer(block)
        if not (match.start() > 0 and block[match.start() - 1] == "\\")
    ]
    by_length: dict[int, list[int]] = {}
    for run_start, run_end in runs:
        by_length.setdefault(run_end - run_start, []).append(run_start)
    spans: list[tuple[int, int]] = []
    position = 0
    for run_start, run_end in runs:
        if run_start < position:
            continue
        same = by_length[run_end - run_start]
        following = bisect_right(same, run_start)
        if following < len(same):
            close_start = same[following]
            close_end = close_start + (run_end - run_start)
            spans.append((run_start, close_end))
            position = close_end
    comment_free = _blank_spans(block, spans)
    return _blank_comments(comment_free) if "<!--" in comment_free else comment_free


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    pieces = []
    position = 0
    for start, end in spans:
        pieces.append(text[position:start])
        pieces.append(_blanks(text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _blanks(text: str) -> str:
    """Spaces for ``text``, its line breaks kept."""
    return re.sub(r"[^\n]", " ", text)


# ----- reStructuredText ----------------------------------------------------------------------

_RST_UNDERLINE = re.compile(r"^([!-/:-@\[-`{-~])\1*[ \t]*$")
_RST_CODE_DIRECTIVE = re.compile(
    r"^\s*\.\.\s+(?:code-block|code|sourcecode|literalinclude)::", re.I
)
_RST_EXPLICIT = re.compile(r"^\s*\.\.(?:\s|$)")
_RST_KEPT_EXPLICIT = re.compile(r"^\s*\.\.\s+(?:[\w:-]+::|_[^:]*:|\[|\|)")
_RST_TARGET = re.compile(r"^\s*\.\.\s+_(?P<name>[^:]*):\s*(?P<target>\S+)\s*$")
_RST_LINK = re.compile(r"`(?P<text>[^`<]*)<(?P<target>[^>`\s]+)>`__?")
_RST_LITERAL = re.compile(r"``[^`\n]+``")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _skip_indented(lines: list[str], start: int, base: int) -> int:
    """The index after the block indented deeper than ``base`` that starts at ``start``
    (blank lines inside it included, trailing ones not)."""
    end = start
    last = start
    while end < len(lines):
        if lines[end].strip():
            if _indent(lines[end]) <= base:
                break
            last = end + 1
        end += 1
    return last


def _parse_rst(text: str) -> Document:
    lines = text.split("\n")
    headings: list[Heading] = []
    links: list[Link] = []
    styles: dict[tuple[str, bool], int] = {}
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if _RST_CODE_DIRECTIVE.match(line) or (
            _RST_EXPLICIT.match(line) and not _RST_KEPT_EXPLICIT.match(line)
        ):
            # A code directive or a comment: it and its indented content are not prose.
            stop = _skip_indented(lines, index + 1, _indent(line))
            for number in range(index, stop):
                lines[number] = ""
            index = max(stop, index + 1)
            continue
        target = _RST_TARGET.match(line)
        if target:
            links.append(Link(target["target"], target["name"].strip("`"), index + 1))
        if stripped.endswith("::") and not _RST_EXPLICIT.match(line):
            # "Example::" introduces a literal block: the indented lines after it.
            start = index + 1
            while start < len(lines) and not lines[start].strip():
                start += 1
            if start < len(lines) and _indent(lines[start]) > _indent(line):
                stop = _skip_indented(lines, start, _indent(line))
                for number in range(start, stop):
                    lines[number] = ""
                index = stop
                continue
        heading = _rst_heading(lines, index)
        if heading is not None:
            title, overlined, consumed = heading
            style = (lines[index + consumed - 1].strip()[0], overlined)
            level = styles.setdefault(style, len(styles) + 1)
            title_line = index + (2 if overlined else 1)
            headings.append(Heading(level, title, title_line, index + consumed))
            index += consumed
            continue
        index += 1
    for number, line in enumerate(lines):
        if "`" in line:
            lines[number] = _RST_LITERAL.sub(lambda m: _blanks(m[0]), line)
            links.extend(
                Link(match["target"], match["text"].strip(), number + 1)
                for match in _RST_LINK.finditer(lines[number])
            )
    return Document(text, RST, "\n".join(lines), headings, links)


def _rst_heading(lines: list[str], index: int) -> tuple[str, bool, int] | None:
    """(title, overlined, lines used) when a section title starts at ``index``."""
    line = lines[index].rstrip()
    following = lines[index + 1].rstrip() if index + 1 < len(lines) else ""
    if _RST_UNDERLINE.match(line.strip()) and index + 2 < len(lines):
        title = lines[index + 1].strip()
        under = lines[index + 2].strip()
        if title and under[:1] == line.strip()[:1] and _RST_UNDERLINE.match(under):
            return title, True, 3
    stripped = line.strip()
    if (
        stripped
        and _indent(line) == 0
        and not _RST_UNDERLINE.match(stripped)
        and _RST_UNDERLINE.match(following.strip())
        and len(following.strip()) >= min(3, len(stripped))
    ):
        return stripped, False, 2
    return None


# ----- AsciiDoc ---------------------------------------------------------------------------

_ADOC_HEADING = re.compile(r"^(={1,6}|#{1,6})[ \t]+(\S.*?)[ \t]*$")
_ADOC_DELIMITER = re.compile(r"^(-{4,}|\.{4,}|/{4,}|\+{4,}|`{3,})[ \t]*$")
_ADOC_LINK = re.compile(
    r"(?:(?:link|xref|mailto):)(?P<target>[^\s\[\]]+)\[(?P<text>[^\]\n]*)\]"
    r"|(?P<url>https?://[^\s\[\]<>]+)\[(?P<urltext>[^\]\n]*)\]"
    r"|<<(?P<ref>[^,>\n]+)(?:,(?P<reftext>[^>\n]*))?>>"
)
_ADOC_CODE = re.compile(r"(?<![\w`])`[^`\n]+`(?![\w`])")
# A two-line title: its underline's character gives the level, and the underline is as
# long as the title give or take two characters (Asciidoctor's rule, which is what tells
# "Roles" over "-----" from the start of a listing block).
_ADOC_UNDERLINE = re.compile(r"^(=+|-+|~+|\^+|\++)$")
_ADOC_UNDERLINE_LEVELS = {"=": 1, "-": 2, "~": 3, "^": 4, "+": 5}


def _parse_asciidoc(text: str) -> Document:
    lines = text.split("\n")
    headings: list[Heading] = []
    links: list[Link] = []
    delimiter: str | None = None
    underline = -1
    for index, line in enumerate(lines):
        stripped = line.rstrip()
        if index == underline:
            continue
        if delimiter is not None:
            if stripped == delimiter:
                delimiter = None
            lines[index] = ""
            continue
        following = lines[index + 1].rstrip() if index + 1 < len(lines) else ""
        if (
            stripped
            and not _ADOC_DELIMITER.match(stripped)
            and not _ADOC_UNDERLINE.match(stripped)
            and not stripped.startswith(("//", "=", "[", ".", ":", "*", "-"))
            and _ADOC_UNDERLINE.match(following)
            and abs(len(following) - len(stripped)) <= 2
        ):
            level = _ADOC_UNDERLINE_LEVELS[following[0]]
            headings.append(Heading(level, stripped.strip(), index + 1, index + 2))
            underline = index + 1
            continue
        if _ADOC_DELIMITER.match(stripped):
            delimiter = stripped  # listing, literal, comment, passthrough: not prose
            lines[index] = ""
            continue
        if stripped.startswith("//"):
            lines[index] = ""  # a comment line
            continue
        heading = _ADOC_HEADING.match(stripped)
        if heading:
            title = heading[2].rstrip("#= \t") or heading[2]
            headings.append(Heading(len(heading[1]), title, index + 1, index + 1))
            continue
        if "`" in line:
            lines[index] = line = _ADOC_CODE.sub(lambda m: _blanks(m[0]), line)
        for match in _ADOC_LINK.finditer(line):
            if match["url"]:
                links.append(Link(match["url"], match["urltext"], index + 1))
            elif match["ref"]:
                links.append(Link(match["ref"], match["reftext"] or "", index + 1))
            else:
                prefix = "mailto:" if match[0].startswith("mailto:") else ""
                links.append(Link(prefix + match["target"], match["text"], index + 1))
    return Document(text, ASCIIDOC, "\n".join(lines), headings, links)


# ----- plain text -------------------------------------------------------------------------

_TEXT_ATX = re.compile(r"^(#{1,6}|={1,6})\s+(\S.*)$")
_TEXT_UNDERLINE = re.compile(r"^(=+|-+|~+|\^+|\*+|\++|#+)$")
_TEXT_FENCE = re.compile(r"^\s*(```|~~~)")
_TEXT_LINK = re.compile(
    r"\[(?P<text>[^\]\n]*)\]\(\s*<?(?P<target>[^()\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)"
)


def _parse_text(text: str, *, markdown: bool = False) -> Document:
    """A file without a document extension: Markdown-like headings (a "#" line, an
    underlined line), fenced blocks left out, Markdown-style links. With ``markdown`` (a
    Markdown file too long for the parser), code spans and HTML comments left out too."""
    lines = text.split("\n")
    headings: list[Heading] = []
    links: list[Link] = []
    styles: dict[str, int] = {}
    fence: str | None = None
    for index, line in enumerate(lines):
        opening = _TEXT_FENCE.match(line)
        if fence is not None or opening:
            if fence is None and opening:
                fence = opening[1]
            elif opening and opening[1] == fence:
                fence = None
            lines[index] = ""
            continue
        stripped = line.strip()
        atx = _TEXT_ATX.match(stripped)
        if atx:
            title = atx[2].rstrip().rstrip("#").rstrip() or atx[2][:1]
            headings.append(Heading(len(atx[1]), title, index + 1, index + 1))
        else:
            following = lines[index + 1].strip() if index + 1 < len(lines) else ""
            if (
                stripped
                and not _TEXT_UNDERLINE.match(stripped)
                and _TEXT_UNDERLINE.match(following)
                and len(following) >= min(3, len(stripped))
            ):
                level = styles.setdefault(following[0], len(styles) + 1)
                headings.append(Heading(level, stripped, index + 1, index + 2))
        if "](" in line:
            links.extend(
                Link(match["target"], match["text"], index + 1)
                for match in _TEXT_LINK.finditer(line)
            )
    prose = "\n".join(lines)
    if markdown:
        prose = _blank_inline(prose)
    return Document(text, TEXT, prose, headings, links)

"""The prose of a Markdown document: what a reader sees as text, line for line.

Fenced and indented code blocks, HTML comments and code spans are blanked (each blanked
line stays, empty, so that line numbers do not move): a licence file named in a shell
command, a heading in a code sample or a link in a comment says nothing about the
project. A stand-in until a CommonMark document model is shared by the rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

_FENCE_OPEN = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]")
_BACKTICKS = re.compile(r"`+")


def _blank_code_spans(line: str) -> str:
    """The line without its code spans; linear: each run of backticks is paired with the
    next run of the same length, found in one pass from the right."""
    runs = [(match.start(), match.end()) for match in _BACKTICKS.finditer(line)]
    if len(runs) < 2:
        return line
    following: list[int | None] = [None] * len(runs)
    last_of_length: dict[int, int] = {}
    for index in range(len(runs) - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        following[index] = last_of_length.get(length)
        last_of_length[length] = index
    pieces, position, index = [], 0, 0
    while index < len(runs):
        closing = following[index]
        # `text <https://…>`_ is a reStructuredText link, not a code span.
        if closing is not None and line.startswith("_", runs[closing][1]):
            closing = None
        if closing is None:
            index += 1
            continue
        pieces.append(line[position : runs[index][0]])
        pieces.append(" ")
        position = runs[closing][1]
        index = closing + 1
    pieces.append(line[position:])
    return "".join(pieces)


def _strip_comments(text: str) -> str:
    """HTML comments removed, the line breaks inside them kept."""
    pieces, position = [], 0
    while (start := text.find("<!--", position)) != -1:
        end = text.find("-->", start + 4)
        end = len(text) if end == -1 else end + 3
        pieces.append(text[position:start])
        pieces.append("\n" * text.count("\n", start, end))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


@lru_cache(maxsize=8)
def prose(text: str, markdown: bool = True) -> str:
    """``text`` with its code and comments blanked, as many lines as before.

    ``markdown=False`` (reStructuredText, AsciiDoc, plain text) keeps indented lines,
    which are not code there, and code spans; fences and comments still go.
    """
    lines = _strip_comments(text).split("\n")
    fence: str | None = None
    previous_blank = True
    in_indented_code = False
    last_text = ""  # the last line with text before the current one
    for index, line in enumerate(lines):
        stripped = line.strip()
        if fence is not None:
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = None
            lines[index] = ""
            continue
        opening = _FENCE_OPEN.match(line)
        if opening:
            fence = opening[1]
            lines[index] = ""
            previous_blank = False
            continue
        indented = line.startswith(("    ", "\t")) and bool(stripped)
        if markdown and indented and (
            in_indented_code
            or (previous_blank and not _LIST_ITEM.match(last_text)
                and not last_text.startswith((" ", "\t")))
        ):
            in_indented_code = True
            lines[index] = ""
            continue
        if stripped:
            in_indented_code = False
            last_text = line
        previous_blank = not stripped
        if markdown and "`" in line:
            lines[index] = _blank_code_spans(line)
    return "\n".join(lines)


def is_markdown(path: str) -> bool:
    """Markdown, or a README without an extension, which forges render as Markdown."""
    name = path.rsplit("/", 1)[-1].lower()
    return "." not in name or name.endswith((".md", ".markdown", ".mdx", ".mkd"))

"""What the built-in rules share: their message catalogue, text helpers and lookups."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from commons_lint import Document, Repository, translator
from commons_lint.structured import Malformed, load_yaml

_ = translator(Path(__file__).parent / "locale")

TUTORIAL_URL = "https://vbachelet.frama.io/tutoriel-communs-numeriques/"

# A project's front page, by its usual names: README, French LISEZMOI (or Lisez-moi),
# Spanish LEEME, German LIESMICH. Names compare without case or separators.
README_STEMS = ("readme", "lisezmoi", "leeme", "liesmich")

# The names of a publiccode.yml file, the preferred one first.
PUBLICCODE_NAMES = ("publiccode.yml", "publiccode.yaml")

# Fewer words than this and a file is a placeholder, not a document.
MIN_DOCUMENT_WORDS = 12

_MARKUP = re.compile(r"[#*_`>\[\]()=|~:-]+")
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents, so that "Gouvernance" matches "gouvernance"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_NOT_ALNUM = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)  # folder names repeat on every file of a large repository
def normalise(name: str) -> str:
    """``Code_of-Conduct`` -> ``codeofconduct``: names compared without case, accents
    or separators."""
    return _NOT_ALNUM.sub("", fold(name))


def words(text: str) -> list[str]:
    return _WORD.findall(_MARKUP.sub(" ", text))


def is_substantial(text: str, minimum: int = MIN_DOCUMENT_WORDS) -> bool:
    """True when the text has at least ``minimum`` words once markup is gone."""
    return len(words(text)) >= minimum


def keyword_pattern(keywords: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any keyword as whole words in folded text.

    Keywords are folded too; a trailing ``*`` matches any ending ("contribu*").
    """
    parts = []
    for keyword in keywords:
        folded = re.escape(fold(keyword)).replace(r"\*", r"\w*").replace(r"\ ", r"\s+")
        parts.append(folded)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def mentions(text: str, pattern: re.Pattern[str]) -> bool:
    return pattern.search(fold(text)) is not None


def project_documents(repo: Repository, stems: Sequence[str]) -> list[Document]:
    """Documents with these stems that belong to the project itself.

    Files under vendored or test folders are other projects' or fixtures.
    """
    return [d for d in repo.find_documents(stems) if repo.is_own(d.path)]


def sections(text: str) -> list[tuple[str, int, str]]:
    """Markdown, reStructuredText and AsciiDoc sections: (heading, line, body)."""
    lines = text.splitlines()
    headings: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if re.match(r"^(#{1,6}|={1,6})\s+\S", stripped):
            headings.append((index, stripped.lstrip("#=").strip()))
        elif (
            index + 1 < len(lines)
            and stripped
            and re.fullmatch(r"(=+|-+|~+|\^+|\*+)", lines[index + 1].strip() or "x")
            and len(lines[index + 1].strip()) >= min(3, len(stripped))
        ):
            headings.append((index, stripped))
    result = []
    for position, (index, heading) in enumerate(headings):
        end = headings[position + 1][0] if position + 1 < len(headings) else len(lines)
        result.append((heading, index + 1, "\n".join(lines[index + 1 : end])))
    return result


def yaml_cause(error: Malformed) -> yaml.MarkedYAMLError | None:
    """The parser's own error behind a :class:`Malformed` from ``structured``, which
    raises it while handling that error (so it is the exception's context); None for a
    problem found otherwise (a character YAML does not allow)."""
    cause = error.__context__
    return cause if isinstance(cause, yaml.MarkedYAMLError) else None


def yaml_problem(error: Exception, text: str) -> tuple[int, int, str]:
    """The line and column to show for a YAML error, and the parser's description.

    The parser notices most mistakes where they are; an unclosed quote or bracket it
    notices only at the end of the file, and then where the construct opened is the
    place to show. ``error`` is a :class:`Malformed` from ``structured`` (nesting and
    alias bounds included) or the parser's own error.
    """
    if isinstance(error, Malformed):
        cause = yaml_cause(error)
        if cause is None:
            return error.line, error.column, error.problem
        error = cause
    problem_mark = getattr(error, "problem_mark", None)
    context_mark = getattr(error, "context_mark", None)
    mark = problem_mark or context_mark
    if (
        problem_mark is not None
        and context_mark is not None
        and problem_mark.index >= len(text.rstrip())
    ):
        mark = context_mark
    at_line = int(mark.line) + 1 if mark is not None else 1
    at_column = int(mark.column) + 1 if mark is not None else 1
    problem = getattr(error, "problem", None) or str(error)
    return at_line, at_column, str(problem)


def yaml_error_line(error: Exception, text: str) -> int:
    """The line to show for a YAML error, never past the last line with content
    ("the end of the stream" is the line before)."""
    return min(yaml_problem(error, text)[0], text.rstrip().count("\n") + 1)


@lru_cache(maxsize=8)
def _parsed_yaml(text: str) -> tuple[Any, Malformed | None]:
    try:
        return load_yaml(text), None
    except Malformed as error:
        return None, error


def shared_yaml(text: str) -> Any:
    """``structured.load_yaml(text)`` for a file that several rules read (publiccode.yml):
    parsed once per run, as a 1 MiB file takes seconds. The value is shared between
    the rules: they read it, never change it. Raises Malformed as load_yaml does."""
    data, error = _parsed_yaml(text)
    if error is not None:
        raise error
    return data

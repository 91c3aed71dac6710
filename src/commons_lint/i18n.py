"""Messages in English and French.

English is the source language; translations live in gettext ``.po`` catalogues
(``locale/<lang>/*.po`` next to the package that owns the messages). We read the ``.po``
files directly so that the catalogues in the repository are exactly what runs, with
no compiled ``.mo`` step to forget.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "fr")
SOURCE_LANGUAGE = "en"

_current_language: ContextVar[str] = ContextVar("commons_lint_language", default=SOURCE_LANGUAGE)


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, following POSIX precedence."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value:
            return "fr" if value.lower().startswith("fr") else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def set_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _current_language.set(language)


def current_language() -> str:
    return _current_language.get()


@dataclass(frozen=True)
class Text:
    """A short text given in every supported language (rule titles and help)."""

    en: str
    fr: str

    def __post_init__(self) -> None:
        for language in LANGUAGES:
            if not getattr(self, language).strip():
                raise ValueError(f"text has no {language!r} version")

    def get(self, language: str | None = None) -> str:
        return str(getattr(self, language or current_language()))

    def __str__(self) -> str:
        return self.get()


def parse_po(text: str) -> dict[str, str]:
    """msgid -> msgstr for the translated, non-fuzzy entries of a ``.po`` file."""
    catalogue: dict[str, str] = {}
    msgid: list[str] = []
    msgstr: list[str] = []
    fuzzy = False
    target: list[str] | None = None

    def flush() -> None:
        nonlocal fuzzy
        source, translation = "".join(msgid), "".join(msgstr)
        if source and translation and not fuzzy:
            catalogue[source] = translation
        msgid.clear()
        msgstr.clear()
        fuzzy = False

    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line:
            continue
        if line.startswith("#,") and "fuzzy" in line:
            if msgstr:
                flush()
            fuzzy = True
        elif line.startswith("#"):
            continue
        elif line.startswith("msgid "):
            if msgstr:
                flush()
            target = msgid
            target.append(ast.literal_eval(line[len("msgid ") :]))
        elif line.startswith("msgstr "):
            target = msgstr
            target.append(ast.literal_eval(line[len("msgstr ") :]))
        elif line.startswith('"') and target is not None:
            target.append(ast.literal_eval(line))
    flush()
    return catalogue


@cache
def load_catalogue(locale_dir: Path, language: str) -> Mapping[str, str]:
    """Every ``<locale_dir>/<language>/*.po`` catalogue, merged.

    One catalogue per module keeps each module's translations next to it in review.
    """
    catalogue: dict[str, str] = {}
    for path in sorted((locale_dir / language).glob("*.po")):
        catalogue.update(parse_po(path.read_text(encoding="utf-8")))
    return catalogue


def translator(locale_dir: Path | str) -> Callable[[str], str]:
    """A ``_()`` function for the package whose catalogues are in ``locale_dir``.

    The message is translated into the language of the current run when ``_()`` is
    called, so rules call it while they check, not at import time.
    """
    directory = Path(locale_dir)

    def gettext(message: str) -> str:
        language = current_language()
        if language == SOURCE_LANGUAGE:
            return message
        return load_catalogue(directory, language).get(message, message)

    return gettext


_ = translator(Path(__file__).parent / "locale")

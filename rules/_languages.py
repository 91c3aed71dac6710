"""Language tags, and the language a text is written in.

Tags in names are recognised by :mod:`commons_lint.languages` (ISO 639-1 codes).

The language of a text is identified with py3langid (a naive Bayes classifier over
byte n-grams whose model ships inside the package: nothing is downloaded). It is
imported the first time a text needs identifying, and restricted to the languages
documentation is commonly written in, plus the languages the repository claims: among
its 139 languages, close neighbours (Occitan beside French and Catalan, Galician beside
Portuguese) would otherwise be picked for a text whose name says French or Portuguese.
"""

from __future__ import annotations

import copy
import importlib
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from commons_lint.languages import language_tag

from ._common import fold, words

# Languages documentation and interfaces are commonly translated into.
COMMON_LANGUAGES = frozenset(
    """
    en fr de es it pt nl ca pl ru uk zh ja ko sv da no fi cs sk ro hu tr el ar he fa hi
    id vi th bg hr sr sl et lv lt eu gl br oc eo
    """.split()  # noqa: SIM905 - a block of codes reads better than quoted strings
)
# Languages the classifier cannot tell apart reliably on documentation: a text found
# in one of these when its name says another of the group is not in the wrong language.
_CLOSE_LANGUAGES = (
    frozenset({"no", "nb", "nn", "da"}),
    frozenset({"hr", "sr", "bs"}),
    frozenset({"id", "ms"}),
    frozenset({"cs", "sk"}),
)
# Tags whose code the model spells differently.
_MODEL_CODES = {"nb": "no"}
# The model's class for numbers, markup and identifiers: no language.
_NO_LANGUAGE = "zxx"
# Below this many words of prose a text is not judged: a title and a link say nothing.
MIN_IDENTIFIED_WORDS = 25
# Below this probability the answer is a guess; documentation texts usually score 0.99.
MIN_CONFIDENCE = 0.9
# Paragraphs shorter than this are not classified one by one (see `share_in`).
MIN_PARAGRAPH_WORDS = 6


def primary(tag: str) -> str:
    """The language part of a tag: ``pt-BR`` -> ``pt``."""
    return tag.split("-", 1)[0].lower()


def satisfies(found: str, required: str) -> bool:
    """``fr-CA`` satisfies ``fr``; ``pt`` does not satisfy ``pt-BR``."""
    if "-" in required:
        return found.lower() == required.lower()
    return primary(found) == primary(required)


def same_language(identified: str, claimed: str) -> bool:
    """True when an identified language agrees with a claimed tag (``fr`` with ``fr-CA``)."""
    first, second = primary(identified), primary(claimed)
    first, second = _MODEL_CODES.get(first, first), _MODEL_CODES.get(second, second)
    return first == second or any(
        first in group and second in group for group in _CLOSE_LANGUAGES
    )


# ----- text without code -----------------------------------------------------------

_FENCED_CODE = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[^\n]*$", re.DOTALL | re.MULTILINE)
# reStructuredText and AsciiDoc literal blocks, HTML comments and tags.
_RST_DIRECTIVE = re.compile(r"^\.\. [\w-]+::.*$", re.MULTILINE)
# Linear on hostile text: blanks after a delimiter stay on its line, a comment or a tag
# stops at the next opening ("<!--", "<"), and an address or e-mail is tried only from the
# start of a non-blank run (where the leftmost match starts anyway), not from each of its
# characters, with a domain that stops at the next "@".
_ASCIIDOC_BLOCK = re.compile(
    r"^(----|\.\.\.\.)[ \t]*$.*?^\1[ \t]*$", re.DOTALL | re.MULTILINE
)
_HTML = re.compile(r"<!--(?:(?!-->|<!--).)*+-->|<[^<>\n]++>", re.DOTALL)
_INDENTED_CODE = re.compile(r"^(?: {4}|\t).*$", re.MULTILINE)
_URL = re.compile(r"(?<!\S)\S+://\S+|`[^`\n]*`|(?<!\S)\S+@[^\s@]+\.\w+")


def _strip_code_and_links(text: str) -> str:
    """Code, markup and URLs are not written in any human language."""
    for pattern in (_FENCED_CODE, _ASCIIDOC_BLOCK, _HTML, _RST_DIRECTIVE, _INDENTED_CODE, _URL):
        text = pattern.sub(" ", text)
    return text


# ----- identification ----------------------------------------------------------------


@dataclass(frozen=True)
class Identification:
    """The language a text is in, and how sure the classifier is."""

    language: str
    confidence: float


@cache
def _base_identifier() -> Any:
    """The classifier, loaded once per process (about a second: the model is unpacked)."""
    # Classifying a few documents needs no pool of BLAS threads, which numpy's OpenBLAS
    # starts on import; a process with other threads also must not fork (see _halves).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    langid = importlib.import_module("py3langid.langid")
    return langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)


@cache
def _identifier(languages: frozenset[str]) -> Any:
    """A classifier restricted to ``languages`` (copies share the model's arrays)."""
    base = _base_identifier()
    restricted = copy.copy(base)
    known = set(base.labels)
    restricted.set_languages(sorted({code for code in languages if code in known}))
    return restricted


def _model_languages(extra: Iterable[str]) -> frozenset[str]:
    codes = {_MODEL_CODES.get(primary(tag), primary(tag)) for tag in extra}
    return frozenset(COMMON_LANGUAGES | codes | {_NO_LANGUAGE})


def _classify(text: str, languages: frozenset[str]) -> Identification:
    language, confidence = _identifier(languages).classify(text)
    return Identification(str(language), float(confidence))


def identify(text: str, claimed: Iterable[str] = ()) -> Identification | None:
    """The language ``text`` is written in, or None when it is too short or unclear.

    ``claimed``: languages the repository's names claim, considered besides the common
    ones so that a text in Breton or Basque can be recognised as such.
    """
    prose = _strip_code_and_links(text)
    if len(words(prose)) < MIN_IDENTIFIED_WORDS:
        return None
    found = _classify(prose, _model_languages(claimed))
    if found.language == _NO_LANGUAGE or found.confidence < MIN_CONFIDENCE:
        return None
    return found


# Function words of the languages most READMEs are written in. A text where one set
# clearly dominates needs no language model: loading py3langid costs about 0.5 s and
# 100 MB, more than all the other rules together on a large repository.
_FUNCTION_WORDS = {
    "en": "the and of to is are with for this that you your it be by from can which or "
    "not we have will an",
    "fr": "le les des est et une pour dans avec sur qui du au aux vous nous sont cette "
    "par pas ou leur ces",
    "de": "der die das und ist nicht mit von den dem ein eine zu auf fur sie wir auch "
    "sich werden oder bei",
    "es": "el los las del y es una para con por su sus como esta este pero muy tambien",
    "it": "il gli della delle di per sono non questo questa nel nella alla degli anche che",
    "pt": "os do da dos das nao um uma com em ao seu sua mais pelo pela voce",
    "nl": "het een van niet met voor zijn dat op te ook worden naar wordt deze",
}
_VOCABULARIES = {code: frozenset(words.split()) for code, words in _FUNCTION_WORDS.items()}
_LETTERS = re.compile(r"[^\W\d_]+")
# Stricter than a guess needs to be: when in doubt, the model decides.
QUICK_MIN_WORDS = MIN_IDENTIFIED_WORDS  # below this the model does not judge either
QUICK_MIN_SHARE = 0.12
QUICK_MIN_LEAD = 3.0


def quick_language(text: str) -> str | None:
    """The language of ``text`` when its function words leave no doubt, else None."""
    tokens = _LETTERS.findall(fold(_strip_code_and_links(text)))
    if len(tokens) < QUICK_MIN_WORDS:
        return None
    scores: Counter[str] = Counter()
    for token in tokens:
        for code, vocabulary in _VOCABULARIES.items():
            if token in vocabulary:
                scores[code] += 1
    ranked = [*scores.most_common(2), ("", 0)]
    (best, best_score), (_, runner_up) = ranked[0], ranked[1]
    if best_score < QUICK_MIN_SHARE * len(tokens) or best_score < QUICK_MIN_LEAD * runner_up:
        return None
    return best


def identify_language(text: str, claimed: Iterable[str] = ()) -> str | None:
    """The ISO 639-1 code of the language of ``text``, or None."""
    found = identify(text, claimed)
    return found.language if found else None


def share_in(text: str, language: str) -> float:
    """The share of the prose's words in paragraphs written in ``language``.

    A translation that leaves some sections in the original language is incomplete,
    not in the wrong language: this tells the two apart.
    """
    languages = _model_languages([language])
    total = matching = 0
    for paragraph in re.split(r"\n\s*\n", _strip_code_and_links(text)):
        count = len(words(paragraph))
        if count < MIN_PARAGRAPH_WORDS:
            continue
        total += count
        if same_language(_classify(paragraph, languages).language, language):
            matching += count
    return matching / total if total else 0.0



# ----- tags in names -------------------------------------------------------------------

# Full language names that documents are named with (guideItaliano.md, guide-francais.md,
# README-English.md, LISEZMOI-français.md): the name in English, in French and in the
# language itself, folded (lower case, no accents).
LANGUAGE_NAMES = {
    "en": ("english", "anglais", "englisch", "inglese", "ingles"),
    "fr": ("french", "francais", "franzosisch", "francese", "frances"),
    "de": ("german", "allemand", "deutsch", "tedesco", "aleman"),
    "it": ("italian", "italien", "italiano", "italienisch"),
    "es": ("spanish", "espagnol", "espanol", "castellano", "spagnolo", "spanisch"),
    "pt": ("portuguese", "portugais", "portugues", "portugiesisch", "portoghese"),
    "nl": ("dutch", "neerlandais", "nederlands", "niederlandisch"),
    "ca": ("catalan", "catala"),
    "pl": ("polish", "polonais", "polski"),
    "ru": ("russian", "russe", "russkiy"),
    "uk": ("ukrainian", "ukrainien"),
    "zh": ("chinese", "chinois"),
    "ja": ("japanese", "japonais"),
    "ko": ("korean", "coreen"),
    "ar": ("arabic", "arabe"),
    "br": ("breton", "brezhoneg"),
    "oc": ("occitan",),
    "eu": ("basque", "euskara"),
}
_NAME_TO_TAG = {name: tag for tag, names in LANGUAGE_NAMES.items() for name in names}
# A name ends with a language name after a separator or at a capital: guide-francais,
# guideItaliano, README_English.
_NAMED_SUFFIX = re.compile(r"(?:[._ -]|(?<=[a-z])(?=[A-Z]))([^\W\d_]+)$")


def named_language(stem: str) -> tuple[str, str] | None:
    """(base, tag) when ``stem`` ends with a full language name: ``guideItaliano`` ->
    ("guide", "it"). The name must be the last part: ``english-grammar`` is not English."""
    match = _NAMED_SUFFIX.search(stem)
    if match is None or match.start() == 0:
        return None
    tag = _NAME_TO_TAG.get(fold(match[1]))
    return (stem[: match.start()].rstrip("._ -"), tag) if tag else None


# Codes that are also common words, folder names or file extensions (io, os, ts, ml, ca…):
# in a folder name or a suffix they mean a language only in a clear context (beside
# docs/en/, or on a README).
AMBIGUOUS_CODES = frozenset(
    {
        "am", "an", "as", "be", "ca", "co", "cs", "cv", "el", "gl", "ha", "id", "ie", "ii",
        "io", "is", "ml", "ms", "my", "na", "nn", "no", "or", "os", "pi", "ps", "rm", "sd",
        "se", "sm", "so", "ss", "st", "to", "ts", "tt", "ty", "vi", "vo", "wa",
        # English words and abbreviations: he, hi, EU, Angular's ng, service workers (sw),
        # machine translation, change requests, audio-video, CE, CH, units (kg, km, mg,
        # lb), ln, tl;dr, LA.
        "he", "hi", "eu", "ng", "sw", "mt", "cr", "av", "ce", "ch", "kg", "km", "mg", "lb",
        "ln", "tl", "la",
    }
)
_SEPARATOR = re.compile(r"[._-]")


def is_ambiguous(tag: str) -> bool:
    return tag.lower() in AMBIGUOUS_CODES


def name_tag(text: str) -> str | None:
    """A language tag in a name, with a real region: ``pt_br`` -> ``pt-BR``, but ``as-en``
    is no tag (EN is no country: it is the language of ``rules-as-en.yaml``)."""
    tag = language_tag(text)
    if tag is None:
        return None
    last = tag.rsplit("-", 1)[1] if "-" in tag else ""
    if len(last) == 2 and last.upper() not in _regions():
        return None
    return tag


@cache
def _regions() -> frozenset[str]:
    from iso3166 import countries_by_alpha2  # loaded on the first name with a region

    return frozenset(countries_by_alpha2)


def language_suffixes(stem: str, separators: str = "._-") -> list[tuple[str, str]]:
    """Ways to read ``stem`` as <base><separator><language tag>, longest tag first.

    The tag is the last separated part (``README-pt-BR`` -> [("README", "pt-BR"),
    ("README-pt", "br")]); a two-part tag needs a real region, so ``rules-as-en`` is
    [("rules-as", "en")], never Assamese.
    """
    found = []
    for match in _SEPARATOR.finditer(stem):
        if match.group() not in separators or match.start() == 0:
            continue
        tag = name_tag(stem[match.end() :])
        if tag:
            found.append((stem[: match.start()], tag))
    return found

"""Language tags, and a rough guess of the language a text is written in.

Tags in names are recognised by :mod:`commons_lint.languages` (ISO 639-1 codes).

:func:`guess_language` is a stop-gap until the project has a real language
identifier: it counts frequent function words, answers only when one language clearly
leads, and otherwise says it does not know.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from commons_lint import Document, Repository

from ._common import fold, project_documents


def primary(tag: str) -> str:
    """The language part of a tag: ``pt-BR`` -> ``pt``."""
    return tag.split("-", 1)[0].lower()


def satisfies(found: str, required: str) -> bool:
    """``fr-CA`` satisfies ``fr``; ``pt`` does not satisfy ``pt-BR``."""
    if "-" in required:
        return found.lower() == required.lower()
    return primary(found) == primary(required)


# Short words that are frequent in one language and rare in the others (folded: no accents).
_FUNCTION_WORDS = {
    "en": "the and of to is are with for this that you your it be by from can which or "
    "not we have will an",
    "fr": "le les des est et une pour dans avec sur qui du au aux vous nous sont cette "
    "par pas ou leur ces",
    "de": "der die das und ist nicht mit von den dem ein eine zu auf fur sie wir auch "
    "sich werden oder bei",
    "es": "el los las del y es una para con por su sus como esta este pero muy tambien",
    "it": "il gli della delle di per sono non questo questa nel nella alla degli anche "
    "che",
    "pt": "os do da dos das nao um uma com em ao seu sua mais pelo pela voce",
    "nl": "het een van niet met voor zijn dat op te ook worden naar wordt deze",
}
_WORDS_BY_LANGUAGE = {code: frozenset(words.split()) for code, words in _FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")
# Below this many words, or without a clear lead, the guess is not worth making.
MIN_GUESS_WORDS = 20
MIN_SHARE = 0.08
MIN_LEAD = 1.5


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` seems written in, or None."""
    tokens = _WORD.findall(fold(_strip_code_and_links(text)))
    if len(tokens) < MIN_GUESS_WORDS:
        return None
    scores: Counter[str] = Counter()
    for token in tokens:
        for code, vocabulary in _WORDS_BY_LANGUAGE.items():
            if token in vocabulary:
                scores[code] += 1
    ranked = scores.most_common(2)
    if not ranked:
        return None
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if best_score < MIN_SHARE * len(tokens) or best_score < MIN_LEAD * runner_up:
        return None
    return best


_CODE_BLOCK = re.compile(r"```.*?```|~~~.*?~~~", re.DOTALL)
_URL = re.compile(r"\S+://\S+|`[^`]*`")


def _strip_code_and_links(text: str) -> str:
    """Code and URLs are not written in any human language."""
    return _URL.sub(" ", _CODE_BLOCK.sub(" ", text))


def named_documents(repo: Repository, stems: Sequence[str]) -> list[Document]:
    """Kept for modules written before the core lookup validated language suffixes."""
    return project_documents(repo, stems)

"""Language codes, and a rough guess of the language a text is written in.

The codes are the two-letter codes of ISO 639-1 (current list, withdrawn codes left
out). A language tag in a file or folder name (``fr``, ``fr_FR``, ``pt-BR``,
``zh-Hans``, ``es-419``) counts only when its first part is one of them: this keeps
``README.md.txt``, ``bundle.min.js`` or ``docs/api/`` from passing for languages.

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

ISO_639_1 = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs
    cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv
    ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl
    km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt
    my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru
    rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn
    to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()  # noqa: SIM905 - a block of codes reads better than 183 quoted strings
)

# language, then optionally a script (Latn, Hans) and a region (BR, 419), joined by - or _.
_TAG = re.compile(
    r"^(?P<language>[a-z]{2})(?:[-_](?P<script>[a-z]{4}))?(?:[-_](?P<region>[a-z]{2}|\d{3}))?$",
    re.IGNORECASE,
)


def language_tag(text: str) -> str | None:
    """``fr_fr`` -> ``fr-FR``; ``zh-hans`` -> ``zh-Hans``; None when not a language tag."""
    match = _TAG.match(text.strip())
    if match is None or match["language"].lower() not in ISO_639_1:
        return None
    parts = [match["language"].lower()]
    if match["script"]:
        parts.append(match["script"].title())
    if match["region"]:
        parts.append(match["region"].upper())
    return "-".join(parts)


def named_documents(repo: Repository, stems: Sequence[str]) -> list[Document]:
    """The project's documents with these stems whose name suffix, if any, is a language.

    ``find_documents`` reads any short suffix as a language, so ``FUNDING.yml`` would be
    FUNDING in "yml" and ``README.md.txt`` a README in "md": those are not documents.
    """
    return [
        document for document in project_documents(repo, stems)
        if document.language is None or language_tag(document.language) is not None
    ]


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

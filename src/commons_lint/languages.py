"""Language tags in file and folder names (``README.fr.md``, ``docs/pt-BR/``).

A tag counts only when its first part is an ISO 639-1 code (withdrawn codes left out):
this keeps ``FUNDING.yml``, ``README.md.txt`` or ``docs/api/`` from passing for languages.
"""

from __future__ import annotations

import re

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

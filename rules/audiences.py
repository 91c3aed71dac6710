"""audiences: the README speaks to more than developers.

Three signals, read in the README and its language variants:

- a site: a link to the project's website or to its documentation;
- a user-facing presentation: a paragraph that says what the project does for people
  ("helps", "lets you", "permet", "pour les communes", users, use cases), a section
  about features, use cases or who it is for, a screenshot, or a demo link;
- translations: the README exists in more than one language.

Two signals pass; one passes with advice naming the others; none fails. A repository
without a README is the readme rule's business: this one does not apply.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from commons_lint import Document, Finding, NotApplicable, Repository, Severity, Text, Theme, rule

from ._common import README_STEMS, TUTORIAL_URL, _, fold, keyword_pattern, project_documents, words
from ._contact import URL, find_section, is_reference_or_placeholder, line_number
from .documentation import documentation_links
from .project_metadata import MIN_DESCRIPTION_WORDS, presenting_paragraphs, website_links

MIN_SIGNALS = 2
# A section about users shorter than this (in words), without an image, says nothing.
MIN_SECTION_WORDS = 8
FRENCH_README_STEMS = frozenset({"lisezmoi", "lisez-moi", "lisez_moi"})

# Words of a presentation addressed to the people who use the resource.
USER_WORDING = keyword_pattern(
    [
        "for", "pour", "help*", "aide", "aider", "aident", "permet*", "allow*", "enable*",
        "lets you", "let you", "you can", "vous pouvez", "user*", "utilisateur*",
        "utilisatrice*", "usager*", "citizen*", "citoyen*", "anyone", "everyone",
        "tout le monde", "chacun", "use case*", "cas d'usage", "cas d'utilisation",
        "destine*", "designed for", "concu pour", "people", "personnes", "public",
        "residents", "habitants", "visitors", "visiteurs", "students", "etudiant*", "eleves",
        "teachers", "enseignant*", "patients", "volunteers", "benevoles", "families",
        "familles", "town hall*", "mairie*", "communes", "collectivites", "associations",
        "schools", "ecoles",
    ]
)
# Readers a presentation can be addressed to that are developers all the same: "for
# front-end developers", "for small IT teams" does not reach beyond developers.
DEVELOPER_READERS = keyword_pattern(
    [
        "developer*", "developpeu*", "programmer*", "programmeu*", "engineer*",
        "ingenieu*", "devops", "sysadmin*", "system administrator*", "administrateu* systeme*",
        "it team*", "tech team*", "dev team*", "equipe* informatique*", "equipe* technique*",
        "equipes de developpement", "front-end", "back-end", "backend", "frontend",
    ]
)
DEVELOPER_AUDIENCE = re.compile(
    r"(?<!\w)(?:for|pour|aux|meant for|aimed at|destine aux|destinee aux)\s+"
    r"(?:[\w'’]+[\s-]+){0,3}?" + DEVELOPER_READERS.pattern
)
USER_HEADINGS = keyword_pattern(
    [
        "features", "fonctionnalites", "use case*", "cas d'usage", "cas d'utilisation",
        "who is it for", "for whom", "pour qui", "a qui s'adresse*", "public", "audience",
        "why*", "pourquoi*", "screenshot*", "captures d'ecran", "capture d'ecran", "apercu",
        "preview", "demo", "demonstration", "getting help", "users", "utilisateurs",
        "usagers", "for users", "pour les utilisateurs",
    ]
)
DEMO_WORDING = keyword_pattern(
    ["demo", "demonstration", "try it", "try it out", "essayer", "essayez", "testez",
     "live", "en ligne", "online", "sandbox", "bac a sable", "playground"]
)
# Images that are not screenshots: badges, logos, icons.
_NOT_A_SCREENSHOT = re.compile(
    r"badge|shields\.io|badgen|travis|circleci|codecov|coveralls|/workflows/|/actions/|"
    r"sonarcloud|codacy|/status|logo|icon|favicon|banner|emoji|avatar|sponsor|"
    r"opencollective|liberapay",
    re.IGNORECASE,
)
_IMAGES = (
    re.compile(r"!\[(?P<alt>[^\]]*)\]\(\s*<?(?P<src>[^)\s>]+)"),
    re.compile(r"<img\b[^>]*\bsrc=[\"'](?P<src>[^\"']+)[\"'][^>]*>", re.IGNORECASE),
    re.compile(r"^\s*\.\.\s+(?:image|figure)::\s*(?P<src>\S+)", re.MULTILINE),
    re.compile(r"image::?(?P<src>[^\s\[]+)\[(?P<alt>[^\]]*)\]"),  # AsciiDoc
)


@dataclass(frozen=True)
class Signal:
    key: str  # the finding key when it is missing
    where: tuple[str, int] | None  # (path, line) where it was seen


# ----- the three signals ---------------------------------------------------------------

def site_link(text: str) -> int | None:
    """The line of a link to the project's website or documentation."""
    links = [*documentation_links(text), *website_links(text)]
    return min(line for _url, line in links) if links else None


def screenshot_line(text: str) -> int | None:
    for pattern in _IMAGES:
        for match in pattern.finditer(text):
            described = match["src"] + " " + (match.groupdict().get("alt") or "")
            if not _NOT_A_SCREENSHOT.search(described):
                return line_number(text, match.start())
    return None


def demo_link_line(text: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        for match in URL.finditer(line):
            if is_reference_or_placeholder(match[0]):
                continue
            if DEMO_WORDING.search(fold(URL.sub(" ", line))):
                return number
    return None


def user_presentation(text: str) -> int | None:
    """The line of a presentation that speaks to users, a screenshot or a demo link."""
    # A presentation that says the project is for developers speaks to them throughout,
    # even when that is said in a short tagline.
    taglines = presenting_paragraphs(text, min_words=1)
    if not any(DEVELOPER_AUDIENCE.search(fold(block.text)) for block in taglines):
        for block in taglines:
            if (
                len(words(block.text)) >= MIN_DESCRIPTION_WORDS
                and USER_WORDING.search(fold(block.text))
            ):
                return block.line
    section = find_section(text, USER_HEADINGS)
    if section is not None and (
        len(words(section.body)) >= MIN_SECTION_WORDS or screenshot_line(section.body)
    ):
        return section.line
    return screenshot_line(text) or demo_link_line(text)


def _language(document: Document) -> str:
    """The README's language as its name says it; "" for the unmarked original."""
    if fold(document.stem) in FRENCH_README_STEMS:
        return "fr"
    # Already a tag as language_tag writes it ("pt-BR"): its first part is the language.
    return document.language.split("-", 1)[0] if document.language else ""


def translated(documents: list[Document]) -> str | None:
    """A README in a second language, when there is one."""
    languages: dict[str, str] = {}
    for document in documents:
        languages.setdefault(_language(document), document.path)
    if len(languages) < MIN_SIGNALS:
        return None
    return list(languages.values())[1]


# ----- the rule ----------------------------------------------------------------------

def _first(
    repo: Repository, documents: list[Document], look: Callable[[str], int | None]
) -> tuple[str, int] | None:
    """The first README, and the line, where ``look`` sees its signal."""
    for document in documents:
        line = look(repo.text(document.path))
        if line is not None:
            return document.path, line
    return None


def gather(repo: Repository, documents: list[Document]) -> list[Signal]:
    other_language = translated(documents)
    return [
        Signal("no-site", _first(repo, documents, site_link)),
        Signal("no-user-description", _first(repo, documents, user_presentation)),
        Signal("no-translation", (other_language, 1) if other_language else None),
    ]


def _advice(key: str) -> tuple[str, str]:
    if key == "no-site":
        return (
            _("The README links to no website or documentation for users."),
            _("Link the project's website, documentation or online service from the top of "
              "the README."),
        )
    if key == "no-user-description":
        return (
            _("The README does not say what the project does for its users."),
            _("Open the README with what the project does and for whom, its use cases, and a "
              "screenshot or a demo link."),
        )
    return (
        _("The README exists in one language only."),
        _("Translate the README (README.fr.md, README.en.md…) for people who do not read "
          "its language."),
    )


@rule(
    id="audiences",
    theme=Theme.DISSEMINATE,
    severity=Severity.NOTE,
    title=Text(
        en="The README speaks to more than developers",
        fr="Le README s'adresse à d'autres publics que les développeurs",
    ),
    help=Text(
        en="""\
A commons lasts through its community, and the community grows first through its
users; the tutorial asks that dissemination reach people of different profiles, so
that the project does not stay among insiders. Communication must be adapted to each
audience and at least passive: the information must be there for whoever looks for
it. The README is where most people arrive, and a README that only explains how to
build the code turns away everyone else.

Checked in the README and its language variants, three signals: a link to a website
or documentation for users (a link introduced as the website, homepage, site web,
documentation, user guide, a link in the opening paragraph, or a documentation host);
a presentation for users (a
first paragraph or an "About", "Features", "Use cases", "Pour qui" section that says
what the project does for people: helps, lets you, permet, pour, users, usagers…, and
is not addressed to developers, engineers or IT teams; a screenshot, not a badge or
logo; or a demo link); and translations of the README
(README.fr.md, README.en.md, LISEZMOI.md beside README.md…). Two signals pass; one
passes with advice naming the others; none fails. Without a README the readme rule
reports it and this rule does not apply.

Fix: open the README with what the project does and for whom, add a screenshot and a
link to the website or user documentation, and offer the README in a second language.""",
        fr="""\
Un commun dure par sa communauté, et la communauté grandit d'abord par ses usagers ;
le tutoriel demande que la dissémination touche des personnes aux profils différents,
pour que le projet ne reste pas dans l'entre-soi. La communication doit être adaptée à
chaque public et au moins passive : l'information doit être là pour qui la cherche. Le
README est la porte d'entrée la plus fréquente, et un README qui n'explique que la
compilation du code détourne tous les autres.

Vérifié dans le README et ses variantes de langue, trois signaux : un lien vers un site
ou une documentation pour les usagers (un lien présenté comme le site, la page
d'accueil, la documentation, le guide utilisateur, un lien du paragraphe d'ouverture, ou
un hébergeur de documentation) ;
une présentation pour les usagers (un premier paragraphe ou une section « À propos »,
« Fonctionnalités », « Cas d'usage », « Pour qui » qui dit ce que le projet apporte :
permet, aide, pour, usagers, users…, sans s'adresser aux développeurs, ingénieurs ou
équipes informatiques ; une capture d'écran, pas un badge ni un logo ; ou un lien de
démonstration) ; et des traductions du README (README.fr.md, README.en.md,
LISEZMOI.md à côté de README.md…). Deux signaux passent ; un seul passe avec un conseil
qui nomme les autres ; aucun échoue. Sans README, la règle readme le signale et
celle-ci ne s'applique pas.

Correction : commencez le README par ce que fait le projet et pour qui, ajoutez une
capture d'écran et un lien vers le site ou la documentation pour les usagers, et
proposez le README dans une deuxième langue.""",
    ),
    tutorial="Disséminer — Comment organiser la démarche de dissémination d’un commun numérique ?",
    url=TUTORIAL_URL,
)
def audiences(repo: Repository) -> Iterator[Finding]:
    documents = project_documents(repo, README_STEMS)
    if not documents:
        raise NotApplicable(_("no README to read (readme reports it)"))
    signals = gather(repo, documents)
    present = [signal for signal in signals if signal.where is not None]
    if len(present) >= MIN_SIGNALS:
        return
    if not present:
        yield Finding(
            _("{path} speaks only to developers: no link to a website or documentation, no "
              "presentation for users, no translation.").format(path=documents[0].path),
            path=documents[0].path,
            fix=_("Open the README with what the project does and for whom, link the website "
                  "or user documentation, and offer the README in a second language."),
            key="developers-only",
        )
        return
    for signal in signals:
        if signal.where is None:
            message, fix = _advice(signal.key)
            yield Finding(message, path=documents[0].path, advice=True, fix=fix, key=signal.key)

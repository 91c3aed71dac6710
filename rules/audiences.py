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

from commons_lint import (
    Document,
    Evidence,
    Fact,
    Finding,
    NotApplicable,
    Outcome,
    Repository,
    Severity,
    Text,
    Theme,
    rule,
)

from ._common import README_STEMS, TUTORIAL_URL, _, fold, keyword_pattern, project_documents, words
from ._contact import find_section, is_reference_or_placeholder, line_number
from ._document import URL
from ._prose import is_markdown, prose
from .documentation import documentation_links
from .project_metadata import (
    MIN_DESCRIPTION_WORDS,
    paragraphs,
    presenting_paragraphs,
    readme_title,
    website_links,
)

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
        "developer*", "developpeu*", "programmer*", "programmeu*",
        # People, not "engineering simulations" or "l'ingénierie".
        "engineer", "engineers", "ingenieur", "ingenieurs", "ingenieure", "ingenieures",
        "devops", "sysadmin*", "system administrator*", "administrateu* systeme*",
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
# Sections that speak to users even in a README for developers ("Features" does not).
USER_ONLY_HEADINGS = keyword_pattern(
    [
        "who is it for", "for whom", "pour qui", "a qui s'adresse*", "pour les utilisateurs",
        "pour les usagers", "screenshot*", "captures d'ecran", "capture d'ecran", "user guide",
        "guide utilisateur",
    ]
)
DEMO_WORDING = keyword_pattern(
    ["demo", "demonstration", "try it", "try it out", "essayer", "essayez", "testez",
     "live", "en ligne", "online", "sandbox", "bac a sable", "playground"]
)
# In a README for developers, a demo is named as one (not "online", "live", "playground").
DEVELOPER_README_DEMO_WORDING = keyword_pattern(
    ["demo", "demonstration", "demos", "try it", "try it out", "essayer", "essayez", "testez"]
)
# In a README for developers, an image is a screenshot when it is named as one.
_SCREENSHOT = re.compile(
    r"screenshot|screen|capture|preview|apercu|aperçu|demo|\.gif\b|\.webm\b|\.mp4\b",
    re.IGNORECASE,
)
# Images that are not screenshots: badges, logos, icons.
_NOT_A_SCREENSHOT = re.compile(
    r"badge|shields\.io|badgen|travis|circleci|codecov|coveralls|/workflows/|/actions/|"
    r"sonarcloud|codacy|/status|logo|icon|favicon|banner|emoji|avatar|sponsor|"
    r"opencollective|liberapay",
    re.IGNORECASE,
)
# Linear on hostile text: an alt text or a tag stops at the next opening ("[", "<"), a
# line's blanks do not run over other lines, and an AsciiDoc image starts after a blank
# or "[", where no earlier source can still run: a run of openings costs one pass.
_IMAGES = (
    re.compile(r"!\[(?P<alt>[^\[\]]*+)\]\(\s*<?(?P<src>[^)\s>]++)"),
    re.compile(r"<img\b[^<>]*\bsrc=[\"'](?P<src>[^\"']++)[\"'][^<>]*+>", re.IGNORECASE),
    re.compile(r"^[ \t]*\.\.[ \t]+(?:image|figure)::\s*(?P<src>\S+)", re.MULTILINE),
    re.compile(r"(?<![^\s\[])image::?(?P<src>[^\s\[]++)\[(?P<alt>[^\[\]]*+)\]"),  # AsciiDoc
)

# What a README for developers says it is: a library, an SDK, a framework, an API, a
# package, components. Read in its title and opening paragraphs.
DEVELOPER_ARTEFACTS = keyword_pattern(
    [
        "sdk", "framework*", "api", "apis", "rest api", "package", "packages",
        "paquet*", "crate", "crates", "gem", "module", "modules", "components", "composants",
        "componenti", "parser", "parseur", "utility classes", "classes", "bindings", "plugin api",
        "client library", "country packages", "for use by client programs",
    ]
)
# "Library" also names a building where the public borrows books ("the loans of mobile
# libraries", "in town halls and libraries"): it is the project's kind only in the
# title, or as "a … library" / "une bibliothèque …" in a paragraph that names no
# people other than developers (town halls, citizens).
LIBRARY_WORDS = keyword_pattern(
    [
        "library", "libraries", "librairie*", "bibliotheque*", "biblioteca", "bibliothek",
        "libreria",
    ]
)
_A_LIBRARY = re.compile(
    r"(?<!\w)(?:an?|une?|una|eine?)\s+(?:[\w+#.-]+\s+){0,3}?"
    r"(?:library|librairie|bibliotheque|biblioteca|bibliothek|libreria)(?!\w)"
)
# Lines of code that use a library: a README that shows them speaks to programmers.
# Indentation is blanks within the line: ``^\s*`` would run over every following empty
# line from each line start, quadratic on a file of blank lines.
_CODE_USING_A_LIBRARY = re.compile(
    r"^[ \t]*(?:import[ \t]+[\w{*@'\"]|from\s+[\w.]+\s+import\s|(?:const|let|var)\s+\w+\s*=\s*"
    r"require\(|use\s+\w+::|#include\s*[<\"]|<dependency>|implementation\s*[\('\"]|"
    r"require\s+['\"][\w/-]+['\"]\s*$)",
    re.MULTILINE,
)
# People who use a service, not its code: these make a presentation user-facing even in
# a README for developers ("for", "you can" or "helps" do not).
NON_DEVELOPER_READERS = keyword_pattern(
    [
        "end user*", "end-user*", "utilisateur* final*", "utilisatrice* finale*", "usager*",
        "citizen*", "citoyen*", "residents", "habitants", "visitors", "visiteurs", "students",
        "etudiant*", "eleves", "teachers", "enseignant*", "patients", "volunteers",
        "benevoles", "families", "familles", "town hall*", "mairie*", "collectivites",
        "associations", "schools", "ecoles", "non-technical", "non technique*",
        "grand public", "general public", "agents publics", "public servants",
        "business creators", "entrepreneurs", "employers", "employeurs", "salaries",
        "employees", "data controllers", "responsables de traitement", "researchers",
        "chercheurs", "chercheuses", "scientists", "scientifiques", "journalists",
        "journalistes", "newsrooms", "redactions", "librarians", "bibliothecaires",
    ]
)
# Guides for users, as a link's text or line introduces them.
USER_GUIDE_WORDING = keyword_pattern(
    [
        "user guide", "user's guide", "users guide", "user documentation", "user manual",
        "guide utilisateur", "guide de l'utilisateur", "guide d'utilisation",
        "guide de l'usager", "documentation utilisateur", "manuel utilisateur",
        "manuel d'utilisation", "mode d'emploi", "for users", "pour les utilisateurs",
        "pour les usagers", "help center", "centre d'aide", "aide en ligne", "faq",
        "book", "livre", "tutorial", "tutoriel", "handbook",
    ]
)
# Sites for developers, or about something else: API references, component catalogues,
# package registries, encyclopedias.
_DEVELOPER_SITE = re.compile(
    r"javadoc|/apidocs|pkg\.go\.dev|godoc\.org|docs\.rs|storybook|chromatic\.com|"
    r"wikipedia\.org|wiktionary\.org|/api[/-]|/reference/|codesandbox|stackblitz|jsfiddle|"
    r"npmjs\.com|pypi\.org|crates\.io|search\.maven\.org|mvnrepository",
    re.IGNORECASE,
)
DEVELOPER_LINK_WORDING = keyword_pattern(
    [
        "api", "javadoc", "godoc", "storybook", "reference", "client*", "sdk", "integrat*",
        "developer*", "developpeu*", "contribut*", "wiki", "setup", "set up", "installation",
    ]
)


def addressed_to_developers(text: str, source: str) -> bool:
    """A README for developers: its opening (in ``text``, the prose) says it is a
    library, a framework, an API…, or says it is for developers, or its code samples (in
    ``source``, the whole file) use a library."""
    opening = presenting_paragraphs(text, min_words=1)[:3]
    title = readme_title(text) or ""
    described = fold(" ".join([title, *(block.text for block in opening)]))
    if DEVELOPER_ARTEFACTS.search(described) or DEVELOPER_AUDIENCE.search(described):
        return True
    if LIBRARY_WORDS.search(fold(title)):
        return True
    for block in opening:
        folded = fold(block.text)
        if _A_LIBRARY.search(folded) and not NON_DEVELOPER_READERS.search(folded):
            return True
    return _CODE_USING_A_LIBRARY.search(source) is not None


@dataclass(frozen=True)
class Signal:
    key: str  # the finding key when it is missing
    where: tuple[str, int] | None  # (path, line) where it was seen


# ----- the three signals ---------------------------------------------------------------

def site_link(text: str) -> int | None:
    """The line of a link to the project's website or documentation, not to a site for
    developers (an API reference, a component catalogue) or an encyclopedia page."""
    links = [
        (url, line) for url, line in [*documentation_links(text), *website_links(text)]
        if not _DEVELOPER_SITE.search(url)
    ]
    return min(line for _url, line in links) if links else None


def user_guide_link(text: str) -> int | None:
    """The line of a link introduced as a guide for users (README for developers)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if "://" not in line:
            continue
        context = fold(URL.sub(" ", line))
        if not USER_GUIDE_WORDING.search(context) or DEVELOPER_LINK_WORDING.search(context):
            continue
        if any(
            not is_reference_or_placeholder(match[0]) and not _DEVELOPER_SITE.search(match[0])
            for match in URL.finditer(line)
        ):
            return number
    return None


def addressed_users_line(text: str) -> int | None:
    """In a README for developers: a presentation naming people who are not developers,
    a section for them, a screenshot, or a demo that is not a component catalogue."""
    for block in paragraphs(text):
        if NON_DEVELOPER_READERS.search(fold(block.text)):
            return block.line
    section = find_section(text, USER_ONLY_HEADINGS)
    if section is not None and (
        len(words(section.body)) >= MIN_SECTION_WORDS or screenshot_line(section.body)
    ):
        return section.line
    screenshot = screenshot_line(text, _SCREENSHOT)
    if screenshot is not None:
        return screenshot
    return demo_link_line(text, DEVELOPER_README_DEMO_WORDING)


def screenshot_line(text: str, named: re.Pattern[str] | None = None) -> int | None:
    """The line of the first image that is not a badge or a logo (and, with ``named``,
    whose address or text matches it)."""
    for pattern in _IMAGES:
        for match in pattern.finditer(text):
            described = match["src"] + " " + (match.groupdict().get("alt") or "")
            if not _NOT_A_SCREENSHOT.search(described) and (
                named is None or named.search(described)
            ):
                return line_number(text, match.start())
    return None


def demo_link_line(text: str, wording: re.Pattern[str] = DEMO_WORDING) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        # The wording is looked for once per line, not once per link of the line.
        real_links = (
            m for m in URL.finditer(line)
            if not is_reference_or_placeholder(m[0]) and not _DEVELOPER_SITE.search(m[0])
        )
        if any(real_links) and wording.search(fold(URL.sub(" ", line))):
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
    """The first README, and the line, where ``look`` sees its signal in the prose
    (code blocks, comments and code spans never count)."""
    for document in documents:
        line = look(prose(repo.text(document.path), is_markdown(document.path)))
        if line is not None:
            return document.path, line
    return None


def for_developers(repo: Repository, documents: list[Document]) -> bool:
    """The main README is addressed to developers (see :func:`addressed_to_developers`)."""
    main = documents[0]
    text = repo.text(main.path)
    return addressed_to_developers(prose(text, is_markdown(main.path)), text)


def gather(repo: Repository, documents: list[Document], developers: bool) -> list[Signal]:
    """The three signals. A README for developers speaks to others only through content
    for them: a user guide, people who are not developers, a screenshot, a demo; its
    links to the project's sites and its translations still speak to developers."""
    if developers:
        return [
            Signal("no-site", _first(repo, documents, user_guide_link)),
            Signal("no-user-description", _first(repo, documents, addressed_users_line)),
            Signal("no-translation", None),
        ]
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
(README.fr.md, README.en.md, LISEZMOI.md beside README.md…). Code blocks and
comments are not read. A README addressed to developers (its title or opening says it
is a library, an SDK, a framework, an API, packages…, or is for developers, or its code
imports a library) does not speak to others because it says "for" or "you can": there,
only content for other people counts: a link to a user guide, tutorial, book or FAQ; a
paragraph naming people who are not developers (citizens, students, researchers, town
halls…), a "Who is it for" section, a screenshot named as one, or a demo link. A
library that lends books is not a software library. API references, component
catalogues, package registries and encyclopedias are never the project's site. Two
signals pass; one
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
LISEZMOI.md à côté de README.md…). Les blocs de code et les commentaires ne sont pas
lus. Un README qui s'adresse aux développeurs (son titre ou son ouverture dit qu'il
s'agit d'une bibliothèque, d'un SDK, d'un framework, d'une API, de paquets…, ou qu'il est
destiné aux développeurs, ou son code importe une bibliothèque) ne parle pas à d'autres
publics parce qu'il dit « pour » ou « vous pouvez » : seul compte alors un contenu pour
d'autres personnes : un lien vers un guide utilisateur, un tutoriel, un livre ou une
FAQ ; un paragraphe qui nomme des personnes qui ne sont pas développeurs (citoyens,
élèves, chercheurs, mairies…), une section « Pour qui », une capture d'écran présentée
comme telle, ou un lien de démonstration. Une bibliothèque qui prête des livres n'est
pas une bibliothèque logicielle. Une référence d'API, un catalogue de composants, un
registre de paquets ou une encyclopédie ne sont jamais le site du projet. Deux signaux
passent ; un seul passe avec un conseil
qui nomme les autres ; aucun échoue. Sans README, la règle readme le signale et
celle-ci ne s'applique pas.

Correction : commencez le README par ce que fait le projet et pour qui, ajoutez une
capture d'écran et un lien vers le site ou la documentation pour les usagers, et
proposez le README dans une deuxième langue.""",
    ),
    tutorial="Disséminer — Comment organiser la démarche de dissémination d’un commun numérique ?",
    url=TUTORIAL_URL,
)
def audiences(repo: Repository) -> Iterator[Outcome]:
    """Facts: ``signals``, what speaks to people other than developers: ``{site,
    user_description, translation}``, each ``{path, line}`` or None."""
    documents = project_documents(repo, README_STEMS)
    if not documents:
        raise NotApplicable(_("no README to read (readme reports it)"))
    developers = for_developers(repo, documents)
    yield Fact("addressed_to_developers", developers)
    signals = gather(repo, documents, developers)
    present = [signal for signal in signals if signal.where is not None]
    notes = {
        "no-site": _("link to a website or documentation"),
        "no-user-description": _("presentation for users"),
        "no-translation": _("README in another language"),
    }
    yield Fact("signals", {
        signal.key.removeprefix("no-").replace("-", "_"):
            None if signal.where is None
            else {"path": signal.where[0], "line": signal.where[1]}
        for signal in signals
    })
    for signal in present:
        assert signal.where is not None
        yield Evidence(signal.where[0], signal.where[1], note=notes.get(signal.key, ""))
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

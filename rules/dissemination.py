"""dissemination-kit: ready-to-use material lets anyone present the project faithfully.

A kit is a folder named for the purpose (press/, brand/, communication/, media/, kit/…)
at the root or in a documentation or assets folder, holding material of at least two
kinds: a logo, brand or usage guidelines, a pitch, slides, screenshots, posters or
flyers. A documentation page about communication or the press kit counts on its own.

Why two kinds: one kind of file is a stash, not a kit. The tutorial asks for
resources that let every contributor speak about the project "without distorting its
image": the mark together with something to show or to say (guidelines, a pitch,
slides, screenshots). A vector logo with its guidelines is the smallest such kit.
A logo kept only as PNG counts as a logo, with advice to add a vector version.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import PurePosixPath

from commons_lint import Finding, Repository, Severity, Text, Theme, rule

from ._common import (
    TUTORIAL_URL,
    _,
    fold,
    is_substantial,
    keyword_pattern,
    normalise,
    project_documents,
)

# Folder names of a kit, compared without case, accents or separators.
KIT_FOLDERS = frozenset(
    {
        "press", "presse", "presskit", "kitpresse", "kitdepresse", "dossierdepresse",
        "mediakit", "kitmedia", "media", "medias", "brand", "branding", "brandassets",
        "brandkit", "identity", "visualidentity", "identitevisuelle", "charte",
        "chartegraphique", "communication", "communications", "kit", "kitdecommunication",
        "kitcommunication", "kitcom", "marketing", "outreach", "promo", "promotion",
        "artwork", "artworks", "logo", "logos",
    }
)
# Folders a kit may sit in (assets/brand/, docs/communication/, .github/media/).
KIT_CONTAINERS = frozenset(
    {"docs", "doc", "documentation", "assets", "static", "resources", "design", "website",
     "site", "github", "gitlab"}
)
MAX_CONTAINER_DEPTH = 2
# Pages about communication, by stems compared without case, accents or separators.
PAGE_STEMS = (
    "press", "presse", "press-kit", "media-kit", "kit-presse", "kit-de-presse",
    "dossier-de-presse", "communication", "kit-de-communication", "kit-communication",
    "brand", "branding", "brand-guidelines", "charte-graphique", "identite-visuelle",
    "visual-identity", "outreach",
)

VECTOR = frozenset({".svg", ".eps", ".ai", ".pdf"})
RASTER = frozenset({".png", ".jpg", ".jpeg", ".webp", ".gif", ".tif", ".tiff"})
SLIDE_FORMATS = frozenset({".odp", ".pptx", ".ppt", ".key", ".otp"})
TEXT_DOCUMENTS = frozenset({".md", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".html"})
OFFICE_DOCUMENTS = frozenset({".pdf", ".odt", ".docx", ".doc"})
DOCUMENTS = TEXT_DOCUMENTS | OFFICE_DOCUMENTS

SCREENSHOT_FOLDERS = frozenset(
    {"screenshots", "screenshot", "captures", "capture", "capturesdecran", "screens",
     "screencaps"}
)
SLIDE_FOLDERS = frozenset({"slides", "presentations", "talks", "diaporamas"})
# Words in a file name; a name matches when one of its words starts with one of them,
# or when its letters contain one of the longer, unambiguous ones.
LOGO_WORDS = ("logo", "wordmark", "emblem", "embleme", "symbol", "symbole", "signet")
# In these folders every image is a version of the mark (brand/icon.svg, logos/dark.png).
MARK_FOLDERS = frozenset(
    {"logo", "logos", "logotype", "logotypes", "brand", "branding", "brandassets", "brandkit",
     "identity", "visualidentity", "identitevisuelle"}
)
SCREENSHOT_WORDS = ("screenshot", "capture", "screen")
SLIDE_WORDS = ("slide", "presentation", "diaporama", "diapo", "deck", "keynote", "talk")
GUIDELINE_WORDS = (
    "guideline", "brand", "charte", "identity", "identite", "styleguide", "usage",
    "utilisation",
)
PITCH_WORDS = (
    "pitch", "elevator", "boilerplate", "onepager", "factsheet", "fiche", "about",
    "apropos", "communique", "pressrelease", "dossierdepresse", "presentationcourte",
)
VISUAL_WORDS = (
    "flyer", "poster", "affiche", "banner", "banniere", "sticker", "autocollant",
    "kakemono", "depliant", "brochure", "plaquette", "socialcard", "goodies",
)
# Content of a text file in a kit that makes it guidelines.
_GUIDELINES = keyword_pattern(
    [
        "brand guideline*", "guideline*", "charte graphique", "identite visuelle",
        "visual identity", "logo usage", "use of the logo", "using the logo",
        "utilisation du logo", "usage du logo", "clear space", "zone de protection",
        "do not distort", "ne pas deformer", "couleurs", "colours", "colors",
    ]
)
# Topics a communication page speaks of; it must touch two, one of them a strong one.
_PAGE_TOPICS = {
    "logo": keyword_pattern(["logo*", "logotype*"]),
    # Not "press" alone: "press Enter" is not about journalists.
    "press": keyword_pattern(
        ["press kit", "press release*", "presse", "journalist*", "journaliste*", "media kit"]
    ),
    "brand": keyword_pattern(["brand*", "charte graphique", "identite visuelle"]),
    "kit": keyword_pattern(
        ["communication kit", "kit de communication", "brand kit", "kit media", "kit de presse"]
    ),
    "slides": keyword_pattern(["slide*", "diapo*", "diaporama*", "presentation*"]),
    "screenshots": keyword_pattern(["screenshot*", "capture* d'ecran", "captures d ecran"]),
    "pitch": keyword_pattern(["pitch*", "elevator", "boilerplate"]),
    "visuals": keyword_pattern(["flyer*", "poster*", "affiche*", "banner*", "banniere*"]),
}
STRONG_TOPICS = frozenset({"logo", "press", "brand", "kit"})
MIN_KINDS = 2

# Separators between the words of a file name.
_NOT_ALNUM = re.compile(r"[\W_]+")
# Prefixes this long are specific enough to be found inside a run-together name.
LONG_PREFIX = 6


class Kind(Enum):
    LOGO = "logo"
    GUIDELINES = "guidelines"
    PITCH = "pitch"
    SLIDES = "slides"
    SCREENSHOTS = "screenshots"
    VISUALS = "visuals"
    PAGE = "page"


def kind_label(kind: Kind) -> str:
    labels = {
        Kind.LOGO: _("a logo"),
        Kind.GUIDELINES: _("brand or usage guidelines"),
        Kind.PITCH: _("a pitch"),
        Kind.SLIDES: _("slides"),
        Kind.SCREENSHOTS: _("screenshots"),
        Kind.VISUALS: _("posters, flyers or banners"),
        Kind.PAGE: _("a page about communication"),
    }
    return labels[kind]


def _named(stem: str, prefixes: Sequence[str]) -> bool:
    """True when a word of the name starts with a prefix (press-release, slides_2024), or
    the name run together holds a long one (ProjectLogo, BrandGuidelines)."""
    tokens = [t for t in _NOT_ALNUM.split(fold(stem)) if t]
    joined = "".join(tokens)
    return any(token.startswith(prefix) for token in tokens for prefix in prefixes) or any(
        prefix in joined for prefix in prefixes if len(prefix) >= LONG_PREFIX or prefix == "logo"
    )


@dataclass
class Kit:
    """The communication material found, by kind."""

    places: list[str] = field(default_factory=list)
    material: dict[Kind, list[str]] = field(default_factory=dict)

    @property
    def vector_logo(self) -> bool:
        return any(
            PurePosixPath(path).suffix.lower() in VECTOR
            for path in self.material.get(Kind.LOGO, [])
        )

    def add(self, kind: Kind, path: str) -> None:
        self.material.setdefault(kind, []).append(path)

    def add_place(self, place: str) -> None:
        if place not in self.places:
            self.places.append(place)


def kit_folder(path: str) -> str | None:
    """The kit folder ``path`` is in (press/, docs/communication/, assets/brand/), if any."""
    parts = PurePosixPath(path).parts[:-1]
    for index, part in enumerate(parts[: MAX_CONTAINER_DEPTH + 1]):
        if normalise(part) in KIT_FOLDERS:
            return "/".join(parts[: index + 1])
        if normalise(part) not in KIT_CONTAINERS:
            return None
    return None


def _is_page_about_communication(text: str) -> bool:
    if not is_substantial(text):
        return False
    folded = fold(text)
    topics = {name for name, pattern in _PAGE_TOPICS.items() if pattern.search(folded)}
    return len(topics) >= MIN_KINDS and bool(topics & STRONG_TOPICS)


def classify(repo: Repository, path: str, folder: str) -> Kind | None:
    """What kind of material a file of a kit folder is, if any."""
    pure = PurePosixPath(path)
    extension, stem = pure.suffix.lower(), pure.stem
    folders = {normalise(p) for p in PurePosixPath(path[len(folder) + 1 :]).parts[:-1]}
    folders.add(normalise(folder.rpartition("/")[2]))
    images = VECTOR | RASTER
    if extension in RASTER and (folders & SCREENSHOT_FOLDERS or _named(stem, SCREENSHOT_WORDS)):
        return Kind.SCREENSHOTS
    if extension in SLIDE_FORMATS or (
        extension in DOCUMENTS and (folders & SLIDE_FOLDERS or _named(stem, SLIDE_WORDS))
    ):
        return Kind.SLIDES
    if extension in DOCUMENTS and _named(stem, GUIDELINE_WORDS):
        return _if_not_empty(repo, path, Kind.GUIDELINES)
    if extension in DOCUMENTS and _named(stem, PITCH_WORDS):
        return _if_not_empty(repo, path, Kind.PITCH)
    if extension in images and _named(stem, VISUAL_WORDS):
        return Kind.VISUALS
    if extension in images and (folders & MARK_FOLDERS or _named(stem, LOGO_WORDS)):
        return Kind.LOGO
    if extension in TEXT_DOCUMENTS:
        text = repo.text(path)
        if is_substantial(text) and _GUIDELINES.search(fold(text)):
            return Kind.GUIDELINES
        return Kind.PAGE if _is_page_about_communication(text) else None
    return None


def _if_not_empty(repo: Repository, path: str, kind: Kind) -> Kind | None:
    """A text document must say something; other formats are taken as they are."""
    if PurePosixPath(path).suffix.lower() in TEXT_DOCUMENTS:
        return kind if is_substantial(repo.text(path)) else None
    return kind


def find_kit(repo: Repository) -> Kit:
    kit = Kit()
    # The kit folder depends only on the folders above a file: worked out once per folder.
    folders: dict[str, str | None] = {}
    for path in repo.own_files:
        parent = path.rpartition("/")[0]
        if parent not in folders:
            folders[parent] = kit_folder(path)
        folder = folders[parent]
        if folder is None:
            continue
        kind = classify(repo, path, folder)
        if kind is None:
            continue
        kit.add_place(folder + "/")
        kit.add(kind, path)
    for document in project_documents(repo, PAGE_STEMS):
        if _is_page_about_communication(repo.text(document.path)):
            kit.add_place(document.path)
            kit.add(Kind.PAGE, document.path)
    return kit


def _contents(kit: Kit) -> str:
    return ", ".join(kind_label(kind) for kind in Kind if kind in kit.material)


@rule(
    id="dissemination-kit",
    theme=Theme.DISSEMINATE,
    severity=Severity.NOTE,
    title=Text(
        en="A communication kit helps anyone present the project",
        fr="Un kit de communication aide chacun à présenter le projet",
    ),
    help=Text(
        en="""\
A commons lives on by reaching new users, and through them new contributors, from
more than one background. The tutorial recommends ready-to-use resources, published at
project level and open to everyone, so that any contributor, partner or journalist can
talk about the project without distorting its image, and so that the message stresses
its purpose and its nature as a commons.

Checked: a folder named for communication (press/, presse/, press-kit/, media/,
brand/, branding/, communication/, kit/, kit-de-communication/, marketing/, logos/…)
at the root or inside docs/, assets/, static/, resources/ or design/, holding at
least two kinds of material: a logo (SVG, EPS, PDF or PNG), brand or usage guidelines
(a document named so, or one that speaks of the charte graphique, colours, clear
space), a pitch or press release, slides (.odp, .pptx, or a PDF named slides or
presentation), screenshots (a screenshots/ or captures/ folder), posters, flyers or
banners. A documentation page about communication or the press kit (docs/press.md,
docs/communication.md…) counts on its own. UI icons, illustrations of the
documentation, a favicon, and copies of other projects' logos do not count. A logo
kept only as a raster image gets advice to add a vector version.

Fix: create a folder such as docs/communication/ with the logo in SVG, a page of
usage guidelines (colours, clear space, what not to do), a short presentation of the
project for non-specialists, slides and a few screenshots.""",
        fr="""\
Un commun vit en touchant de nouveaux usagers, et par eux de nouveaux contributeurs,
de profils variés. Le tutoriel recommande des ressources prêtes à l'emploi, publiées au
niveau du projet et accessibles à tous, pour que chaque contributeur, partenaire ou
journaliste puisse parler du projet sans en dénaturer l'image, et que le message mette
en avant sa finalité et sa nature de commun.

Vérifié : un dossier consacré à la communication (press/, presse/, press-kit/, media/,
brand/, branding/, communication/, kit/, kit-de-communication/, marketing/, logos/…) à
la racine ou dans docs/, assets/, static/, resources/ ou design/, contenant au moins
deux sortes de supports : un logo (SVG, EPS, PDF ou PNG), une charte graphique ou des
règles d'usage (un document nommé ainsi, ou qui parle de charte graphique, de couleurs,
de zone de protection), un pitch ou un communiqué, des diapositives (.odp, .pptx, ou
un PDF nommé slides ou présentation), des captures d'écran (dossier screenshots/ ou
captures/), des affiches, flyers ou bannières. Une page de documentation sur la
communication ou le kit de presse (docs/presse.md, docs/communication.md…) compte à
elle seule. Les icônes de l'interface, les illustrations de la documentation, un
favicon et les logos d'autres projets ne comptent pas. Un logo disponible seulement en
image matricielle donne lieu au conseil d'ajouter une version vectorielle.

Correction : créez un dossier comme docs/communication/ avec le logo en SVG, une page
de règles d'usage (couleurs, zone de protection, ce qu'il ne faut pas faire), une
courte présentation du projet pour un public non spécialiste, des diapositives et
quelques captures d'écran.""",
    ),
    tutorial="Disséminer — Comment organiser la démarche de dissémination d’un commun numérique ?",
    url=TUTORIAL_URL,
)
def dissemination_kit(repo: Repository) -> Iterator[Finding]:
    kit = find_kit(repo)
    if not kit.material:
        yield Finding(
            _(
                "No communication kit found: no press, brand or communication folder with "
                "logos, slides or screenshots, and no documentation page about communication."
            ),
            fix=_(
                "Create a folder such as docs/communication/ with a vector logo, usage "
                "guidelines, a short pitch, slides or screenshots, so that anyone can present "
                "the project faithfully."
            ),
            key="missing",
        )
        return
    places = ", ".join(kit.places)
    if len(kit.material) < MIN_KINDS and Kind.PAGE not in kit.material:
        only = next(iter(kit.material.values()))
        yield Finding(
            _("{places} holds only {contents}: a kit needs at least two kinds of material.")
            .format(places=places, contents=_contents(kit)),
            path=only[0],
            fix=_(
                "Add what else people need to present the project: a vector logo, usage "
                "guidelines, a short pitch, slides or screenshots."
            ),
            key="incomplete-kit",
        )
        return
    yield Finding(
        _("Communication kit in {places}: {contents}.").format(
            places=places, contents=_contents(kit)
        ),
        advice=True,
        key="kit",
    )
    logos = kit.material.get(Kind.LOGO, [])
    if logos and not kit.vector_logo:
        yield Finding(
            _("The logo is only a raster image: add a vector version (SVG, EPS or PDF) that "
              "scales and prints without loss."),
            path=logos[0],
            advice=True,
            key="raster-logo",
        )

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

Each of these is a kit too:

- a logo folder (logo/, logos/, brand/, identity/, anything named "…logo…") that carries
  its own licence or terms of reuse (LICENSE, COPYING, TRADEMARK, a README…) granting
  reuse: a free licence, "you may use", "vous pouvez utiliser". "All rights reserved"
  alone grants nothing; the "logo" category of an icon set is other brands' marks;
- a page of the project's website or documentation sources about its brand, trademark
  or press kit (brand, trademark, press-kit, charte-graphique, kit-media,
  identite-visuelle…) that links to a logo file to download, for people who reuse the
  mark (a white-label application's page on showing *your* logo is not one);
- promotional material (posters, flyers, stickers, affiches, autocollants, dépliants…)
  in the sources of the project's website; a video's poster frame is not one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import PurePosixPath

from commons_lint import Evidence, Fact, Finding, Outcome, Repository, Severity, Text, Theme, rule

from ._common import (
    TUTORIAL_URL,
    _,
    fold,
    is_substantial,
    keyword_pattern,
    normalise,
    project_documents,
)
from .funding import prose

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
    TERMS = "terms"
    PAGE = "page"


def kind_label(kind: Kind) -> str:
    labels = {
        Kind.LOGO: _("a logo"),
        Kind.GUIDELINES: _("brand or usage guidelines"),
        Kind.PITCH: _("a pitch"),
        Kind.SLIDES: _("slides"),
        Kind.SCREENSHOTS: _("screenshots"),
        Kind.VISUALS: _("posters, flyers or banners"),
        Kind.TERMS: _("terms of reuse"),
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
    # A page about the kit, or promotional material of the website, is a kit by itself.
    stands_alone: bool = False

    @property
    def vector_logo(self) -> bool:
        return any(
            PurePosixPath(path).suffix.lower() in VECTOR
            for path in self.material.get(Kind.LOGO, [])
        )

    def add(self, kind: Kind, path: str) -> None:
        paths = self.material.setdefault(kind, [])
        if path not in paths:
            paths.append(path)

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


# A page that tells readers how to show *their* logo documents the software's branding
# settings (a white-label application), not the project's own mark.
_CUSTOMISATION = keyword_pattern(
    [
        "your logo", "your own logo", "your organisation's logo", "your organization's logo",
        "your company's logo", "custom logo", "votre logo", "logo de votre", "logo personnalise",
        "propre logo",
    ]
)


def _customises_branding(folded: str) -> bool:
    return _CUSTOMISATION.search(folded) is not None and not any(
        _PAGE_TOPICS[topic].search(folded) for topic in ("press", "kit")
    )


def _is_page_about_communication(text: str) -> bool:
    """``text``: the page's prose (code and comments blanked)."""
    if not is_substantial(text):
        return False
    folded = fold(text)
    topics = {name for name, pattern in _PAGE_TOPICS.items() if pattern.search(folded)}
    return (
        len(topics) >= MIN_KINDS
        and bool(topics & STRONG_TOPICS)
        and not _customises_branding(folded)
    )


# The facts name the first files of each kind of material, not a whole image folder.
MAX_LISTED_FILES = 20


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
        return Kind.PAGE if _is_page_about_communication(prose(repo, path)) else None
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
        if _is_page_about_communication(prose(repo, document.path)):
            kit.add_place(document.path)
            kit.add(Kind.PAGE, document.path)
    _terms_of_reuse(repo, kit)
    _website_material(repo, kit)
    return kit


# ----- a logo folder with its own terms of reuse -------------------------------------

# Folders of an icon set: its "logo" category (the marks of other brands, drawn as icons
# of a UI toolkit) is not the project's mark, whatever licence the set carries.
ICON_FOLDERS = frozenset(
    {"icon", "icons", "icones", "pictograms", "pictogrammes", "pictos", "emoji", "emojis",
     "sprites", "glyphs", "favicon", "favicons", "vendor", "vendors", "thirdparty"}
)
# Files that carry a folder's licence or terms, by stem without case or separators.
TERMS_STEMS = frozenset(
    {"license", "licence", "licenses", "licences", "copying", "copyright", "terms",
     "termsofuse", "termsofreuse", "usage", "trademark", "trademarks", "trademarkpolicy",
     "readme", "lisezmoi", "conditions", "conditionsdutilisation", "conditionsdusage",
     "notice", "legal", "mentionslegales"}
)
# A licence or terms that let others reuse the mark. "All rights reserved" alone does not.
_REUSE_GRANT = keyword_pattern(
    [
        "creative commons", "cc by", "cc-by", "cc0", "cc by-sa", "cc by-nd", "public domain",
        "domaine public", "licence ouverte", "open licence", "open license", "licensed under",
        "released under", "available under", "distributed under", "sous licence",
        "sous la licence", "placee* sous", "place* sous", "publie* sous", "distribue* sous",
        "you may use", "you can use", "you are free to", "free to use", "may be used",
        "can be used", "may be reused", "can be reused", "may be freely",
        "vous pouvez utiliser", "vous pouvez reutiliser", "vous etes libre*",
        "libre* de reutiliser", "peuvent etre utilise*", "peut etre utilise*",
        "peuvent etre reutilise*", "peut etre reutilise*",
        "permission is hereby granted", "spdx-license-identifier", "licence art libre",
        "free art license",
    ]
)


def _is_logo_folder(name: str) -> bool:
    normal = normalise(name)
    return normal in MARK_FOLDERS or "logo" in normal


def _terms_of_reuse(repo: Repository, kit: Kit) -> None:
    """A logo folder that carries its own licence or terms of reuse is a kit: the mark,
    and what anyone may do with it."""
    images = VECTOR | RASTER
    for path in repo.own_files:
        folder, _slash, name = path.rpartition("/")
        stem = name.partition(".")[0]
        if not folder or normalise(stem) not in TERMS_STEMS:
            continue
        parts = folder.split("/")
        if not _is_logo_folder(parts[-1]) or any(normalise(p) in ICON_FOLDERS for p in parts):
            continue
        logos = [
            image for image in repo.files_under(folder)
            if PurePosixPath(image).suffix.lower() in images and repo.is_own(image)
        ]
        if not logos or not _REUSE_GRANT.search(fold(prose(repo, path))):
            continue
        kit.add_place(folder + "/")
        kit.add(Kind.TERMS, path)
        for logo in logos[:MAX_LISTED_FILES]:
            kit.add(Kind.LOGO, logo)


# ----- the project's website ----------------------------------------------------------

# Folders that hold the sources of a documentation or web site, at any depth.
SITE_FOLDERS = frozenset(
    {"website", "site", "www", "web", "homepage", "landing", "landingpage", "docs", "doc",
     "documentation", "content", "public", "static", "ghpages", "htdocs"}
)
# Pages of a site about its brand, trademark or press kit, by stem (or by folder, for
# an index page): compared without case, accents or separators.
BRAND_PAGES = frozenset(
    {"brand", "branding", "brandguidelines", "brandassets", "brandkit", "trademark",
     "trademarks", "trademarkpolicy", "trademarkguidelines", "trademarkusage", "press",
     "presse", "presskit", "mediakit", "kitmedia", "kitpresse", "kitdepresse",
     "dossierdepresse", "espacepresse", "chartegraphique", "identitevisuelle",
     "visualidentity", "logo", "logos", "marque", "marques", "politiquedemarque",
     "kitdecommunication", "kitcommunication"}
)
INDEX_PAGES = frozenset({"index", "readme", "page", "default"})
SITE_PAGE_FORMATS = frozenset(
    {".md", ".markdown", ".mdx", ".rst", ".adoc", ".html", ".htm", ".njk", ".liquid",
     ".hbs", ".vue", ".svelte", ".astro", ".jsx", ".tsx", ".erb", ".twig"}
)
# A link to a logo file one can download: its name or folder says logo, brand or press.
# Whole path-like runs, each taken once (possessive), then looked at in Python: a pattern
# with the word in the middle of two open runs would backtrack quadratically.
_PATH_LIKE = re.compile(r"(?<![\w./%-])[\w./%-]++")
ASSET_EXTENSIONS = (".svg", ".png", ".eps", ".pdf", ".ai", ".zip", ".jpg", ".jpeg", ".webp")
ASSET_WORDS = ("logo", "brand", "wordmark", "press", "marque")


def _links_logo_asset(folded: str) -> bool:
    return any(
        run.endswith(ASSET_EXTENSIONS) and any(word in run for word in ASSET_WORDS)
        for run in _PATH_LIKE.findall(folded)
    )
_MENTIONS_LOGO = keyword_pattern(["logo*", "logotype*", "wordmark*"])
# What makes a page about the logo one for people who reuse it, not for people who
# configure the software's own branding.
_FOR_REUSERS = keyword_pattern(
    [
        "download*", "telecharg*", "trademark*", "marque deposee", "marques deposees",
        "press kit", "kit de presse", "kit media", "media kit", "guideline*", "charte*",
        "use our logo", "using our logo", "use of our logo", "utiliser notre logo",
        "utilisation de notre logo", "usage de notre logo", "you may use", "vous pouvez utiliser",
        "journalist*", "journaliste*",
    ]
)
# Promotional material, by a word of its name or its folder's.
PROMOTION_WORDS = (
    "poster", "flyer", "sticker", "affiche", "autocollant", "kakemono", "depliant", "brochure",
    "goodies", "leaflet", "tract", "rollup", "plaquette",
)
# "video-poster.jpg" is the frame a video shows before it plays, not a poster.
NOT_PROMOTION_WORDS = frozenset({"video", "frame", "thumb", "thumbnail", "preview", "player"})
PROMOTION_FORMATS = VECTOR | RASTER | frozenset({".odg", ".sla", ".indd", ".xcf", ".zip"})
MAX_SITE_DEPTH = 6


def _site_tree(parts: Sequence[str]) -> bool:
    """True when the folders above a file are a website's sources, not an icon set."""
    folders = [normalise(part) for part in parts[:-1]]
    return (
        len(parts) <= MAX_SITE_DEPTH + 1
        and any(folder in SITE_FOLDERS for folder in folders)
        and not any(folder in ICON_FOLDERS for folder in folders)
    )


def _promotional(parts: Sequence[str]) -> bool:
    tokens = [
        token for part in parts for token in _NOT_ALNUM.split(fold(PurePosixPath(part).stem))
        if token
    ]
    return not NOT_PROMOTION_WORDS.intersection(tokens) and any(
        token.startswith(word) for token in tokens for word in PROMOTION_WORDS
    )


def _brand_page(repo: Repository, path: str, parts: Sequence[str]) -> bool:
    stem = normalise(PurePosixPath(parts[-1]).stem.partition(".")[0])
    named = stem in BRAND_PAGES or (
        stem in INDEX_PAGES and len(parts) > 1 and normalise(parts[-2]) in BRAND_PAGES
    )
    if not named:
        return False
    text = fold(prose(repo, path))
    return (
        not _customises_branding(text)
        and _MENTIONS_LOGO.search(text) is not None
        and _links_logo_asset(text)
        and _FOR_REUSERS.search(text) is not None
    )


def _website_material(repo: Repository, kit: Kit) -> None:
    """Brand or trademark pages with downloadable logos, and posters, flyers or stickers,
    in the sources of the project's website: each a kit by itself."""
    for path in repo.own_files:
        parts = path.split("/")
        if not _site_tree(parts):
            continue
        extension = PurePosixPath(path).suffix.lower()
        if extension in PROMOTION_FORMATS and _promotional(parts[-2:]):
            kit.add_place(path.rpartition("/")[0] + "/")
            kit.add(Kind.VISUALS, path)
            kit.stands_alone = True
        elif extension in SITE_PAGE_FORMATS and _brand_page(repo, path, parts):
            kit.add_place(path)
            kit.add(Kind.PAGE, path)
            kit.stands_alone = True


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
kept only as a raster image gets advice to add a vector version. Also a kit: a logo
folder with its own licence or terms of reuse (not "all rights reserved" alone); a
brand, trademark or press page of the website (brand, trademark, press-kit,
charte-graphique, kit-media…) with logos to download; posters, flyers or stickers in
the sources of the website. The icons of a UI toolkit, even in a folder named logo,
are not a kit.

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
image matricielle donne lieu au conseil d'ajouter une version vectorielle. Comptent
aussi comme un kit : un dossier de logos qui porte sa propre licence ou ses conditions
de réutilisation (« tous droits réservés » seul ne suffit pas) ; une page de marque, de
marque déposée ou de presse du site web (brand, trademark, press-kit, charte-graphique,
kit-media…) qui propose les logos au téléchargement ; des affiches, flyers ou
autocollants dans les sources du site web. Les icônes d'une bibliothèque d'interface,
même rangées dans un dossier logo, ne sont pas un kit.

Correction : créez un dossier comme docs/communication/ avec le logo en SVG, une page
de règles d'usage (couleurs, zone de protection, ce qu'il ne faut pas faire), une
courte présentation du projet pour un public non spécialiste, des diapositives et
quelques captures d'écran.""",
    ),
    tutorial="Disséminer — Comment organiser la démarche de dissémination d’un commun numérique ?",
    url=TUTORIAL_URL,
)
def dissemination_kit(repo: Repository) -> Iterator[Outcome]:
    """Facts: ``places`` (the kit's folders or pages), ``material`` (kind -> the first
    files of that kind: logo, guidelines, pitch, slides, screenshots, visuals, terms,
    page)."""
    kit = find_kit(repo)
    yield Fact("places", list(kit.places))
    yield Fact("material", {
        kind.value: list(paths[:MAX_LISTED_FILES]) for kind, paths in kit.material.items()
    })
    for kind, paths in kit.material.items():
        if paths:
            yield Evidence(paths[0], note=kind_label(kind))
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
    alone = kit.stands_alone or Kind.PAGE in kit.material
    if len(kit.material) < MIN_KINDS and not alone:
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

"""documentation: user or developer documentation exists beyond the README.

Four kinds of evidence, any one of which is enough:

- a documentation tree (docs/, doc/, documentation/, wiki/, manual/, guides/…, or
  website/docs/) holding at least one substantial page: Markdown, reStructuredText,
  AsciiDoc, plain text, Org, HTML or a notebook with prose. Community files (changelog,
  licence, contribution guide, code of conduct…) are not user documentation, images are
  not pages, and a docs/README.md that is the project's only README is the README;
- the configuration of a documentation site: MkDocs, Sphinx, Docusaurus, mdBook,
  Antora, Read the Docs, VitePress, DocFX, or Jekyll/Hugo inside docs/;
- a substantial document beside the README whose name says it documents use (USAGE,
  MANUAL, GUIDE, TUTORIAL, FAQ, INSTALL, MODE_EMPLOI…);
- in the README, a link to a documentation site: a documentation host (Read the Docs,
  GitBook), a link whose text or line speaks of documentation, or any link in a
  "Documentation" section.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from commons_lint import Evidence, Fact, Finding, Outcome, Repository, Severity, Text, Theme, rule
from commons_lint.structured import Malformed, load_json

from ._common import (
    README_STEMS,
    TUTORIAL_URL,
    _,
    fold,
    is_substantial,
    keyword_pattern,
    normalise,
    project_documents,
)
from ._contact import (
    community_documents,
    find_section,
    is_reference_or_placeholder,
    line_number,
)
from ._document import URL
from ._prose import prose

# Folders of a documentation tree, at the root (compared without case).
DOC_TREES = (
    "docs", "doc", "documentation", "wiki", "manual", "manuals", "manuel", "handbook",
    "guides", "user-guide", "user_guide", "guide-utilisateur", "website/docs", "site/docs",
)
# Texinfo, POD and man pages are how GNU, Perl and Unix tools document themselves.
PAGE_EXTENSIONS = frozenset(
    {".md", ".markdown", ".mdx", ".rst", ".adoc", ".asciidoc", ".txt", ".org", ".html",
     ".htm", ".ipynb", ".tex", ".texi", ".texinfo", ".pod", ".man"}
)
# A page shorter than this (in words) is a stub, an index of links or a placeholder.
MIN_PAGE_WORDS = 40
# Stop reading pages after this many: a large tree has found its page long before.
MAX_PAGES_READ = 200

# Community files: they organise the project, they do not document the resource.
COMMUNITY_NAMES = frozenset(
    {
        "changelog", "changes", "history", "news", "releasenotes", "release", "releases",
        "license", "licence", "licenses", "licences", "copying", "notice", "contributing",
        "contribuer", "contribution", "contributions", "codeofconduct", "codedeconduite",
        "conduct", "security", "securite", "governance", "gouvernance", "authors",
        "auteurs", "contributors", "contributeurs", "maintainers", "mainteneurs",
        "codeowners", "owners", "funding", "financement", "sponsors", "support",
        "issuetemplate", "pullrequesttemplate", "todo",
    }
)
# Documents beside the README whose name says they document use.
USER_DOCUMENT_NAMES = (
    "usage", "utilisation", "manual", "manuel", "user-guide", "userguide", "guide",
    "guide-utilisateur", "guide-de-l-utilisateur", "mode-emploi", "mode-d-emploi",
    "tutorial", "tutoriel", "faq", "howto", "how-to", "install", "installation",
    "getting-started", "quickstart", "demarrage", "prise-en-main", "documentation",
)

# Site generators' configuration files, by path (lower case, exact).
SITE_CONFIGS = frozenset(
    {
        "mkdocs.yml", "mkdocs.yaml", "docs/mkdocs.yml", "docs/mkdocs.yaml",
        "docs/conf.py", "doc/conf.py", "docs/source/conf.py", "doc/source/conf.py",
        "documentation/conf.py", "documentation/source/conf.py",
        "docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs",
        "website/docusaurus.config.js", "website/docusaurus.config.ts",
        "docs/docusaurus.config.js", "docs/docusaurus.config.ts",
        "book.toml", "docs/book.toml", "book/book.toml",
        "antora.yml", "docs/antora.yml", "antora-playbook.yml",
        ".readthedocs.yaml", ".readthedocs.yml", "readthedocs.yml", "readthedocs.yaml",
        "docs/_config.yml", "docs/hugo.toml", "docs/hugo.yaml", "docs/config.toml",
        ".vitepress/config.js", ".vitepress/config.ts", ".vitepress/config.mts",
        "docs/.vitepress/config.js", "docs/.vitepress/config.ts", "docs/.vitepress/config.mts",
        "docfx.json", "docs/docfx.json",
    }
)
# The folders that hold them: only their files need comparing.
_SITE_CONFIG_FOLDERS = tuple(sorted({path.rpartition("/")[0] for path in SITE_CONFIGS}))

# Hosts that serve documentation and nothing else.
_DOCS_HOST = re.compile(
    r"(?:^|\.)(?:readthedocs\.io|readthedocs\.org|rtfd\.io|readthedocs-hosted\.com|"
    r"gitbook\.io)$",
    re.IGNORECASE,
)
DOC_WORDING = keyword_pattern(
    [
        "documentation", "docs", "doc", "manual", "manuel", "guide", "guides", "user guide",
        "user's guide",
        "users guide", "guide utilisateur", "guide de l'utilisateur", "guide d'utilisation",
        "guide de l'usager", "mode d'emploi", "handbook", "tutorial*", "tutoriel*", "wiki",
        "read the docs", "readthedocs", "reference guide", "api reference",
    ]
)
# Linear on hostile text: each part stops at the opening of the next link or tag ("[" not
# opening an image, "(", "<", "<a", "<script"), so that a run of openings costs one pass
# rather than one pass per opening, and a line's blanks never run over other lines.
_MARKDOWN_LINK = re.compile(
    r"(?<!!)\[(?P<text>(?:[^\[\]]|(?<=!)\[)*+)\]\(\s*<?(?P<url>https?://[^)\s>]++)"
)
_REFERENCE_LINK = re.compile(
    r"^[ \t]*\[(?P<text>[^\[\]\n]++)\]:\s*<?(?P<url>https?://\S+?)>?[ \t]*$", re.M
)
_RST_LINK = re.compile(r"`(?P<text>[^`<]*)<(?P<url>https?://[^>`\s]+)>`_")
_HTML_LINK = re.compile(
    r"<a\s[^<>]*href=[\"'](?P<url>https?://[^\"']++)[\"'][^<>]*+>"
    r"(?P<text>(?:(?!<a\s|</a>).)*+)</a>",
    re.IGNORECASE | re.DOTALL,
)
# A badge: an image inside a link, "[![Documentation Status](badge.svg)](https://…)".
_BADGE_LINK = re.compile(
    r"\[!\[(?P<text>[^\[\]]*+)\]\([^()]*+\)\]\(\s*(?P<url>https?://[^)\s]++)"
)
_HTML_TAG = re.compile(
    r"<(script|style)\b(?:(?!</?(?:script|style)\b).)*+</\1>|<[^<>]++>",
    re.IGNORECASE | re.DOTALL,
)
_README_KEYS = frozenset(normalise(stem) for stem in README_STEMS)


def _host(url: str) -> str:
    # Not _contact's: that one also cuts "?…" right after the host, so that
    # "https://x.readthedocs.io?v=2" would become a documentation host here.
    return url.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0].lower()


# ----- pages of a documentation tree -----------------------------------------------------

def _page_text(repo: Repository, path: str) -> str:
    """The prose of a page: HTML without its tags, a notebook's Markdown cells."""
    text = repo.text(path)
    extension = PurePosixPath(path).suffix.lower()
    if extension in (".html", ".htm"):
        return _HTML_TAG.sub(" ", text)
    if extension == ".ipynb":
        return _notebook_prose(text)
    return text


def _notebook_prose(text: str) -> str:
    try:
        notebook: Any = load_json(text)
    except Malformed:
        return ""
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        return ""
    prose = []
    for cell in cells:
        if isinstance(cell, dict) and cell.get("cell_type") == "markdown":
            source = cell.get("source", "")
            prose.append("".join(source) if isinstance(source, list) else str(source))
    return "\n".join(prose)


def _is_community_file(path: str) -> bool:
    stem = PurePosixPath(path).name.split(".", 1)[0]
    return normalise(stem) in COMMUNITY_NAMES


def _is_readme(path: str) -> bool:
    stem = PurePosixPath(path).name.split(".", 1)[0]
    return normalise(stem) in _README_KEYS


def _has_root_readme(repo: Repository) -> bool:
    return any("/" not in d.path for d in project_documents(repo, README_STEMS))


def tree_files(repo: Repository) -> dict[str, list[str]]:
    """The project's files in each documentation tree that has some."""
    found: dict[str, list[str]] = {}
    for tree in DOC_TREES:
        files = [path for path in repo.files_under(tree) if repo.is_own(path)]
        if files:
            found[tree] = files
    return found


def documentation_page(repo: Repository, files: list[str]) -> str | None:
    """The first substantial page of documentation among ``files``.

    A README in a documentation tree is a page, unless it is the project's only README:
    forges then show it as the README, and the README is not "beyond the README".
    """
    readme_elsewhere = _has_root_readme(repo)
    candidates = [
        path for path in files
        if PurePosixPath(path).suffix.lower() in PAGE_EXTENSIONS
        and not _is_community_file(path)
        and (readme_elsewhere or not _is_readme(path))
    ]
    for path in candidates[:MAX_PAGES_READ]:
        if is_substantial(_page_text(repo, path), MIN_PAGE_WORDS):
            return path
    return None


# ----- site configuration and user documents --------------------------------------------

def site_configs(repo: Repository) -> list[str]:
    """The site configurations that have content, in index order."""
    found = [
        path
        for folder in _SITE_CONFIG_FOLDERS
        for path in repo.files_in(folder)
        if path.lower() in SITE_CONFIGS
    ]
    if len(found) > 1:
        found.sort(key=repo.files.index)  # the order of the index, folders mixed
    return [path for path in found if repo.text(path).strip()]


def user_documents(repo: Repository) -> list[str]:
    return [
        path for path in community_documents(repo, USER_DOCUMENT_NAMES, folder_pages=False)
        if is_substantial(repo.text(path), MIN_PAGE_WORDS)
    ]


# ----- links of the README ---------------------------------------------------------------

def _links(text: str) -> Iterator[tuple[str, str, int]]:
    """(url, link text, line) of every link; a bare URL has no text."""
    seen: set[int] = set()
    for pattern in (_BADGE_LINK, _MARKDOWN_LINK, _REFERENCE_LINK, _RST_LINK, _HTML_LINK):
        for match in pattern.finditer(text):
            seen.add(match.start("url"))
            yield match["url"], match["text"], line_number(text, match.start())
    for match in URL.finditer(text):
        if match.start() not in seen:
            yield match[0], "", line_number(text, match.start())


def _section_lines(text: str) -> set[int]:
    """Lines of the README's "Documentation" section, if it has one."""
    section = find_section(text, DOC_WORDING)
    if section is None:
        return set()
    count = section.body.count("\n") + 2
    return set(range(section.line, section.line + count + 1))


# Lines that thank or credit someone: "thanks to X for better documentation".
THANKS_WORDING = keyword_pattern(
    ["thank*", "merci", "remercie*", "remerciement*", "grateful", "kudos", "credit*",
     "acknowledg*", "shout-out", "shoutout"]
)
# Words of a comparison with another tool: "another CSV toolkit", "unlike", "compared".
COMPARISON_WORDING = keyword_pattern(
    ["another", "unlike", "compared", "comparison", "versus", "vs",
     "than", "un autre", "une autre", "contrairement", "compare*"]
)


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _last_sentence(line: str) -> str:
    """The end of ``line`` after its last sentence break (a sentence that runs on)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(line)]
    return line[ends[-1]:] if ends else line


def documentation_links(text: str) -> list[tuple[str, int]]:
    """Links in ``text`` (a README) that lead to the project's documentation.

    Code, comments and code spans are left out; a line that thanks someone ("for better
    documentation") or compares the project with another tool links others' pages."""
    text = prose(text)
    lines = text.splitlines()
    in_section = _section_lines(text)
    found = []
    worded_lines: dict[int, bool] = {}  # each line read once, however many links it holds

    def worded(line: int) -> bool:
        if line not in worded_lines:
            line_text = URL.sub(" ", lines[line - 1]) if line <= len(lines) else ""
            worded_lines[line] = DOC_WORDING.search(fold(line_text)) is not None
        return worded_lines[line]

    # Per line: where each sentence ends, and whether it thanks someone or compares; the
    # first sentence of a line may have begun on the line before.
    sentences: dict[int, list[tuple[int, bool]]] = {}
    searched_from: dict[int, int] = {}  # links of a line are found left to right, once

    def about_others(piece: str) -> bool:
        folded = fold(URL.sub(" ", piece))
        return bool(THANKS_WORDING.search(folded) or COMPARISON_WORDING.search(folded))

    def sentences_of(line: int) -> list[tuple[int, bool]]:
        if line not in sentences:
            line_text = lines[line - 1] if line <= len(lines) else ""
            previous = lines[line - 2] if 1 < line <= len(lines) + 1 else ""
            ends = [m.end() for m in _SENTENCE_END.finditer(line_text)] + [len(line_text)]
            found_sentences, start = [], 0
            for end in ends:
                piece = line_text[start:end]
                if start == 0:
                    piece = _last_sentence(previous) + " " + piece
                found_sentences.append((end, about_others(piece)))
                start = end
            sentences[line] = found_sentences
        return sentences[line]

    for raw_url, label, line in _links(text):
        url = raw_url.rstrip(".,;:!?*_")
        if is_reference_or_placeholder(url):
            continue
        line_text = lines[line - 1] if line <= len(lines) else ""
        position = line_text.find(raw_url, searched_from.get(line, 0))
        if position == -1:
            position = 0
        else:
            searched_from[line] = position + 1
        thanked = next(
            (flag for end, flag in sentences_of(line) if position < end),
            sentences_of(line)[-1][1],
        )
        if thanked and line not in in_section:
            continue
        if (
            _DOCS_HOST.search(_host(url))
            or DOC_WORDING.search(fold(label))
            or worded(line)
            or line in in_section
        ):
            found.append((url, line))
    return found


def readme_links(repo: Repository) -> list[tuple[str, str, int]]:
    found = []
    for document in project_documents(repo, README_STEMS):
        for url, line in documentation_links(repo.text(document.path)):
            found.append((document.path, url, line))
    return found


# ----- a repository that is a documentation website -------------------------------------

# The repository's own description says it is documentation: "Documentation de la
# GéoAPI", "Docs for Kiosk", "The documentation website of…", "Site de documentation…".
_IS_DOCUMENTATION = re.compile(
    r"^\W*(?:(?:the|la|le|official|officielle)\s+)*(?:documentation|docs|doc|user guide|"
    r"guide utilisateur|manual|manuel|handbook)(?:\s+(?:website|site|portal|portail))?"
    r"\s+(?:de|du|des|d'|of|for|pour|website|site)(?!\w)"
    r"|(?<!\w)(?:documentation|docs)\s+(?:website|site|portal)(?!\w)"
    r"|(?<!\w)site\s+(?:web\s+)?de\s+(?:la\s+)?documentation(?!\w)"
)
# The folders of a website's pages and the files that make them.
SITE_PAGE_FOLDERS = ("pages", "src/pages", "app", "src/app", "content", "src/content")
SITE_PAGE_EXTENSIONS = frozenset(
    {".js", ".jsx", ".ts", ".tsx", ".mdx", ".md", ".vue", ".svelte", ".astro", ".html"}
)
# Fewer page files than this is a page or two of an application, not a site.
MIN_SITE_PAGES = 3


def documentation_site(repo: Repository) -> str | None:
    """The first page of a repository that is itself a documentation website: its README
    title or first line, or its package.json description, says it is documentation, and
    it holds the pages of a site."""
    said = None
    for document in project_documents(repo, README_STEMS):
        if "/" in document.path:
            continue
        head = [line for line in prose(repo.text(document.path)).splitlines() if line.strip()]
        if any(_IS_DOCUMENTATION.search(fold(line.strip("#= \t"))) for line in head[:2]):
            said = document.path
            break
    if said is None and "package.json" in repo.files_in(""):
        try:
            manifest: Any = load_json(repo.text("package.json"))
        except Malformed:
            manifest = None
        description = manifest.get("description") if isinstance(manifest, dict) else None
        if isinstance(description, str) and _IS_DOCUMENTATION.search(fold(description)):
            said = "package.json"
    if said is None:
        return None
    for folder in SITE_PAGE_FOLDERS:
        pages = [
            path for path in repo.files_under(folder)
            if PurePosixPath(path).suffix.lower() in SITE_PAGE_EXTENSIONS and repo.is_own(path)
        ]
        if len(pages) >= MIN_SITE_PAGES:
            return pages[0]
    return None


# ----- the rule ----------------------------------------------------------------------

def find_documentation(repo: Repository, trees: dict[str, list[str]]) -> str | None:
    """Where the first evidence is (a file, or the URL of a link), looking at the cheapest
    kinds first; ``trees`` are the documentation trees, from :func:`tree_files`."""
    configs = site_configs(repo)
    if configs:
        return configs[0]
    # No file is in two trees: none of them holds another.
    page = documentation_page(repo, [path for paths in trees.values() for path in paths])
    if page is not None:
        return page
    documents = user_documents(repo)
    if documents:
        return documents[0]
    site_page = documentation_site(repo)
    if site_page is not None:
        return site_page
    links = readme_links(repo)
    if links:
        return links[0][1]
    return None


@rule(
    id="documentation",
    theme=Theme.PRODUCE,
    severity=Severity.NOTE,
    title=Text(
        en="Documentation exists beyond the README",
        fr="Une documentation existe au-delà du README",
    ),
    help=Text(
        en="""\
Writing the documentation is one of the needs of every digital project that the
tutorial lists among those a community can cover, and one of the good practices that
make a commons usable beyond its first circle. A README introduces the project; users
need a guide to use it, contributors need to understand how it works, and both need a
place where documentation writers can contribute.

Checked, any one of: a documentation tree (docs/, doc/, documentation/, wiki/,
manual/, guides/ or website/docs/) with at least one page of 40 words or more in
Markdown, reStructuredText, AsciiDoc, text, HTML, Texinfo, POD, a man page or a
notebook; the configuration of a
documentation site (mkdocs.yml, Sphinx docs/conf.py, docusaurus.config.js, mdBook
book.toml, antora.yml, .readthedocs.yaml, VitePress, DocFX, or a Jekyll or Hugo
configuration in docs/); a substantial USAGE, MANUAL, GUIDE, TUTORIAL, FAQ, INSTALL or
MODE_EMPLOI document; or a link in the README to a documentation site (Read the Docs,
GitBook, a link named "documentation", "user guide", "manuel", "wiki", or any link in a
"Documentation" section). Not counted: a docs folder holding only images, stubs or
community files (changelog, licence, contribution guide, code of conduct), copies under
vendored or test folders, links to example or placeholder sites, links in code blocks
or comments, and links in a sentence that thanks someone ("thanks to … for better
documentation") or compares the project with another tool. A repository that is itself
a documentation website passes: its README title or first line, or its package.json
description, says it is documentation ("Documentation of…", "Site de documentation…"),
and it holds at least 3 pages under pages/, src/pages/, app/, src/app/, content/ or
src/content/.

Fix: start a docs/ folder with a first guide (install, first use, main tasks), or link
the README to the documentation site if it is published elsewhere.""",
        fr="""\
Rédiger la documentation fait partie des besoins de tout projet numérique que le
tutoriel range parmi ceux qu'une communauté peut couvrir, et des bonnes pratiques qui
rendent un commun utilisable au-delà de son premier cercle. Le README présente le
projet ; les usagers ont besoin d'un guide pour s'en servir, les contributeurs de
comprendre son fonctionnement, et tous d'un lieu où les rédacteurs peuvent contribuer.

Vérifié, l'un de ces éléments : une arborescence de documentation (docs/, doc/,
documentation/, wiki/, manual/, guides/ ou website/docs/) avec au moins une page de 40
mots ou plus en Markdown, reStructuredText, AsciiDoc, texte, HTML, Texinfo, POD, page
de manuel Unix ou carnet Jupyter ;
la configuration d'un site de documentation (mkdocs.yml, docs/conf.py de Sphinx,
docusaurus.config.js, book.toml de mdBook, antora.yml, .readthedocs.yaml, VitePress,
DocFX, ou une configuration Jekyll ou Hugo dans docs/) ; un document USAGE, MANUEL,
GUIDE, TUTORIEL, FAQ, INSTALL ou MODE_EMPLOI consistant ; ou, dans le README, un lien
vers un site de documentation (Read the Docs, GitBook, un lien intitulé
« documentation », « guide utilisateur », « manuel », « wiki », ou tout lien d'une
section « Documentation »). Ne comptent pas : un dossier docs qui ne contient que des
images, des ébauches ou des fichiers communautaires (journal des modifications,
licence, guide de contribution, code de conduite), les copies dans des dossiers de
dépendances ou de tests, les liens vers des sites d'exemple, les liens des blocs de
code ou des commentaires, et ceux d'une phrase qui remercie quelqu'un (« merci à … pour
une meilleure documentation ») ou compare le projet à un autre outil. Un dépôt qui est
lui-même un site de documentation passe : le titre ou la première ligne de son README,
ou la description de son package.json, dit qu'il s'agit de documentation
(« Documentation de… », « Documentation website… »), et il contient au moins 3 pages
dans pages/, src/pages/, app/, src/app/, content/ ou src/content/.

Correction : commencez un dossier docs/ avec un premier guide (installation, première
utilisation, tâches principales), ou faites un lien depuis le README vers le site de
documentation s'il est publié ailleurs.""",
    ),
    tutorial=(
        "Produire — Qui peut répondre aux besoins de développement du commun et de quelle "
        "manière ?"
    ),
    url=TUTORIAL_URL,
)
def documentation(repo: Repository) -> Iterator[Outcome]:
    """Facts: ``documentation`` (the first file, or the URL linked from the README, that
    shows documentation; None when there is none)."""
    trees = tree_files(repo)
    where = find_documentation(repo, trees)
    yield Fact("documentation", where)
    if where is not None:
        if "://" in where:
            yield Evidence(None, note=_("linked from the README: {url}").format(url=where))
        else:
            yield Evidence(where, note=_("documentation"))
        return
    fix = _("Start a docs/ folder with a first guide (install, first use, main tasks), or "
            "link the README to the documentation site.")
    if trees:
        folder, files = next(iter(trees.items()))
        yield Finding(
            _("{folder} holds no documentation page: only images, stubs or community files.")
            .format(folder=files[0][: len(folder)] + "/"),
            path=files[0],
            fix=fix,
            key="no-pages",
        )
        return
    yield Finding(
        _("No documentation beyond the README: no docs/ folder with pages, no "
          "documentation site configuration, no link to a documentation site."),
        fix=fix,
        key="missing",
    )

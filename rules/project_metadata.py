"""project-metadata: the project's name, description and homepage can be found offline.

Sources, read as data and never executed (setup.py and gemspecs are code: a gemspec is
only searched with patterns, setup.py is not read at all):

- publiccode.yml: ``name``, ``description.<lang>.shortDescription``, ``landingURL``
  (or ``url``, which the standard says is the landing page when browsable);
- pyproject.toml (``[project]``, ``[tool.poetry]``), setup.cfg (``[metadata]``),
  package.json, composer.json, Cargo.toml (``[package]``, ``[workspace.package]``),
  pom.xml, ``*.gemspec``, codemeta.json, at the root;
- the README: its title, its first paragraph of prose (before the first section, or in
  an "About"/"Présentation" section), and a link introduced as the website.

A metadata file that cannot be parsed is named, with its line when the parser gives
one; it never stops the rule.
"""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from commons_lint import Evidence, Fact, Finding, Outcome, Repository, Severity, Text, Theme, rule
from commons_lint.structured import Malformed, load_json, load_toml

from ._common import (
    README_STEMS,
    TUTORIAL_URL,
    _,
    fold,
    keyword_pattern,
    project_documents,
    shared_yaml,
    words,
    yaml_error_line,
)
from ._contact import atx_title, is_reference_or_placeholder, line_number
from ._document import URL
from ._prose import prose

# A README paragraph shorter than this (in words) is a tagline at best, not a description.
MIN_DESCRIPTION_WORDS = 8
# Descriptions that project generators write for you (folded, without punctuation).
PLACEHOLDER_DESCRIPTIONS = frozenset(
    {
        "", "add your description here", "a short description", "short description",
        "description", "todo", "tbd", "todo description", "a short description of the project",
        "project description", "your project description", "my project", "a new project",
        "description du projet", "a completer", "une courte description",
    }
)
HOMEPAGE_KEYS = frozenset({"homepage", "home", "homepageurl", "website", "web", "site", "landing"})

# Headings of the README sections that present the project.
DESCRIPTION_HEADINGS = keyword_pattern(
    [
        "about", "a propos", "description", "presentation", "overview", "introduction",
        "what is*", "qu'est-ce que*", "qu'est-ce qu'*", "le projet", "the project",
        "apercu", "summary", "resume",
    ]
)
WEBSITE_WORDING = keyword_pattern(
    [
        "website", "web site", "homepage", "home page", "site", "site web", "site internet",
        "site officiel", "official site", "page d'accueil", "project page", "page du projet",
        "visit", "visitez", "en ligne", "online at",
    ]
)
# Sentences about what the project is built on: their links are other projects' sites.
BUILT_ON_WORDING = keyword_pattern(
    [
        "built with", "built on", "based on", "powered by", "uses", "using", "requires",
        "depends on", "fork of", "inspired by", "thanks to", "utilise", "utilisant",
        "base sur", "basee sur", "construit avec", "propulse par", "fonde sur", "fondee sur",
        "s'appuie sur", "fork de", "inspire de", "grace a", "necessite",
    ]
)
# Where code is hosted or built, not a website about the project.
_INFRASTRUCTURE_HOST = re.compile(
    r"(?:^|\.)(?:github\.com|gitlab\.com|framagit\.org|codeberg\.org|bitbucket\.org|"
    r"shields\.io|badgen\.net|badge\.fury\.io|travis-ci\.(?:org|com)|circleci\.com|"
    r"codecov\.io|coveralls\.io|sonarcloud\.io|pypi\.org|npmjs\.com|crates\.io|"
    r"packagist\.org|rubygems\.org|hub\.docker\.com)$",
    re.IGNORECASE,
)
# Linear on hostile text: a link's text, an image's parts and a tag's attributes stop at
# the opening of the next one ("[" unless it opens an image, "(", "<"), so a run of
# openings costs one pass, not one pass per opening; ATX titles are stripped in code.
_LINK = re.compile(
    r"(?<!!)\[(?P<text>(?:[^\[\]]|(?<=!)\[)*+)\]\(\s*<?(?P<url>https?://[^)\s>]++)"
)
_IMAGE = re.compile(r"!\[[^\[\]]*+\]\([^()]*+\)|<img\b[^<>]*+>", re.IGNORECASE)
_LINK_TEXT = re.compile(r"\[([^\[\]]*+)\]\([^()]*+\)")
_HTML_TAG = re.compile(r"<[^<>]++>")
_ATX = re.compile(r"^(#{1,6}|={1,6})\s+(?P<title>\S.*)$")
_UNDERLINE = re.compile(r"^(=+|-+|~+|\^+|\*+|#+)$")
_HTML_H1 = re.compile(
    r"<h1\b[^<>]*+>(?P<title>(?:(?!</?h1\b).)*+)</h1>", re.IGNORECASE | re.DOTALL
)


# A list item that holds a link: "- Consulter le [site](https://…)", "* <https://…>".
_LINK_ITEM = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s.*(?:\]\(|https?://|<a\s)", re.IGNORECASE)
# Man-page sections, as a plain-text README has them: "NAME", "DESCRIPTION", "NOM".
_MAN_HEADING = re.compile(r"^(?:NAME|NOM|SYNOPSIS|DESCRIPTION|OPTIONS|SEE ALSO|VOIR AUSSI|"
                          r"AUTHORS?|AUTEURS?|BUGS|EXAMPLES?|EXEMPLES?|FILES|FICHIERS)\s*$")
# Sub-packages of a monorepo, whose manifests may carry the project's homepage.
SUB_PACKAGE_FOLDERS = ("packages", "crates", "libs", "modules", "apps")
# At most this many sub-package manifests are read.
MAX_SUB_MANIFESTS = 50


class MalformedFile(Exception):
    """A metadata file that cannot be read as what its name says."""

    def __init__(self, problem: str, line: int | None = None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line


@dataclass
class Fields:
    name: str | None = None
    description: str | None = None
    homepage: str | None = None


@dataclass
class Metadata:
    """Each field found with the file it came from, and the files that did not parse."""

    name: str | None = None
    description: str | None = None
    homepage: str | None = None
    malformed: list[tuple[str, int | None, str]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # the READMEs' titles

    def add(self, source: str, fields: Fields) -> None:
        if self.name is None and _text(fields.name):
            self.name = source
        if (
            self.description is None
            and _is_description(fields.description)
            and not repeats_the_name(
                str(fields.description), [str(fields.name or ""), *self.titles]
            )
        ):
            self.description = source
        if self.homepage is None and _is_homepage(fields.homepage):
            self.homepage = source


# ----- values ------------------------------------------------------------------------

def _text(value: Any) -> str | None:
    """A non-empty string, or None (tables, lists and ``{workspace = true}`` are not)."""
    return value.strip() or None if isinstance(value, str) else None


def _is_description(value: Any) -> bool:
    text = _text(value)
    if text is None or text.lower().startswith(("file:", "attr:")):
        return False
    return " ".join(words(fold(text))) not in PLACEHOLDER_DESCRIPTIONS


def _is_homepage(value: Any) -> bool:
    text = _text(value)
    return bool(text and re.match(r"https?://", text) and not is_reference_or_placeholder(text))


def _homepage_of(urls: Any) -> str | None:
    """The homepage among a table of project URLs ("Homepage", "home-page", "Website")."""
    if not isinstance(urls, dict):
        return None
    for key, value in urls.items():
        if isinstance(key, str) and re.sub(r"[\W_]+", "", key.lower()) in HOMEPAGE_KEYS:
            return _text(value)
    return None


def _table(data: Any, *keys: str) -> dict[str, Any]:
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, dict) else {}


# ----- one reader per file format ----------------------------------------------------------

def _load_toml(text: str) -> dict[str, Any]:
    try:
        return load_toml(text)
    except Malformed as error:
        raise MalformedFile(error.problem, error.line) from error


def _load_json(text: str) -> Any:
    try:
        return load_json(text)
    except Malformed as error:
        raise MalformedFile(error.problem, error.line) from error


def read_pyproject(text: str) -> Fields:
    data = _load_toml(text)
    project, poetry = _table(data, "project"), _table(data, "tool", "poetry")
    return Fields(
        name=_text(project.get("name")) or _text(poetry.get("name")),
        description=_text(project.get("description")) or _text(poetry.get("description")),
        homepage=_homepage_of(project.get("urls")) or _text(poetry.get("homepage")),
    )


def read_setup_cfg(text: str) -> Fields:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text)
    except configparser.Error as error:
        line = getattr(error, "lineno", None)
        errors = getattr(error, "errors", None)
        if line is None and errors:
            line = errors[0][0]
        raise MalformedFile(str(error).splitlines()[0], line) from error
    if not parser.has_section("metadata"):
        return Fields()
    metadata = parser["metadata"]
    urls = dict(
        (key.strip(), value.strip())
        for key, _sep, value in (
            line.partition("=") for line in metadata.get("project_urls", "").splitlines()
        )
        if value
    )
    return Fields(
        name=metadata.get("name"),
        description=metadata.get("description") or metadata.get("summary"),
        homepage=metadata.get("url") or metadata.get("home_page") or metadata.get("home-page")
        or _homepage_of(urls),
    )


def read_package_json(text: str) -> Fields:
    """package.json and composer.json share these three keys."""
    data = _load_json(text)
    if not isinstance(data, dict):
        raise MalformedFile("not a JSON object", 1)
    return Fields(data.get("name"), data.get("description"), data.get("homepage"))


def read_cargo(text: str) -> Fields:
    data = _load_toml(text)
    package, workspace = _table(data, "package"), _table(data, "workspace", "package")
    return Fields(
        name=_text(package.get("name")),
        description=_text(package.get("description")) or _text(workspace.get("description")),
        homepage=_text(package.get("homepage")) or _text(workspace.get("homepage")),
    )


def read_pom(text: str) -> Fields:
    """Only the text is parsed: a DOCTYPE or entity could make a parser fetch or expand."""
    declaration = re.search(r"<!(?:DOCTYPE|ENTITY)", text, re.IGNORECASE)
    if declaration:
        raise MalformedFile(
            "declares a DOCTYPE or entities, which are not read",
            line_number(text, declaration.start()),
        )
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        raise MalformedFile(str(error), error.position[0]) from error
    children = {element.tag.rpartition("}")[2]: element.text for element in root}
    return Fields(
        name=children.get("name") or children.get("artifactId"),
        description=children.get("description"),
        homepage=children.get("url"),
    )


_GEMSPEC_FIELD = re.compile(
    r"\.\s*(?P<key>name|summary|description|homepage)\s*=\s*"
    # A braced string stops at the next "{": a run of "%q{" costs one pass, not one each.
    r"(?:(?P<quote>[\"'])(?P<quoted>.*?)(?P=quote)|%q\{(?P<braced>[^{}]*+)\})",
    re.DOTALL,
)


def read_gemspec(text: str) -> Fields:
    """Literal assignments only; a gemspec is Ruby code and is never run."""
    values: dict[str, str] = {}
    for match in _GEMSPEC_FIELD.finditer(text):
        values.setdefault(match["key"], match["quoted"] or match["braced"] or "")
    return Fields(
        values.get("name"), values.get("summary") or values.get("description"),
        values.get("homepage"),
    )


def read_publiccode(text: str) -> Fields:
    try:
        data = shared_yaml(text)
    except Malformed as error:
        raise MalformedFile(error.problem, yaml_error_line(error, text)) from error
    if not isinstance(data, dict):
        return Fields()
    description = None
    for language in (_table(data, "description") or {}).values():
        if isinstance(language, dict):
            description = _text(language.get("shortDescription")) or _text(
                language.get("longDescription")
            )
            if description:
                break
    return Fields(
        name=_text(data.get("name")),
        description=description,
        homepage=_text(data.get("landingURL")) or _text(data.get("url")),
    )


def read_codemeta(text: str) -> Fields:
    data = _load_json(text)
    if not isinstance(data, dict):
        raise MalformedFile("not a JSON object", 1)
    return Fields(data.get("name"), data.get("description"), data.get("url"))


# File name at the root (lower case) -> reader.
READERS: dict[str, Callable[[str], Fields]] = {
    "publiccode.yml": read_publiccode,
    "publiccode.yaml": read_publiccode,
    "pyproject.toml": read_pyproject,
    "setup.cfg": read_setup_cfg,
    "package.json": read_package_json,
    "composer.json": read_package_json,
    "cargo.toml": read_cargo,
    "pom.xml": read_pom,
    "codemeta.json": read_codemeta,
}


def _reader(path: str) -> Callable[[str], Fields] | None:
    name = path.lower()
    return read_gemspec if name.endswith(".gemspec") else READERS.get(name)


# ----- the README ----------------------------------------------------------------------

def _clean(line: str) -> str:
    """A line without images, HTML tags, link targets and emphasis marks."""
    line = _IMAGE.sub(" ", line)
    line = _LINK_TEXT.sub(r"\1", line)
    line = _HTML_TAG.sub(" ", line)
    return re.sub(r"[*_`]+", "", line).strip()


def _first_heading(lines: list[str]) -> tuple[int, str] | None:
    """(line index, title) of the first Markdown, AsciiDoc or reStructuredText heading."""
    for index, line in enumerate(lines):
        stripped = line.strip()
        atx = _ATX.match(stripped)
        if atx:
            return index, atx_title(atx["title"])
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if stripped and not _UNDERLINE.match(stripped) and _UNDERLINE.match(following):
            return index, stripped
    return None


def readme_title(text: str) -> str | None:
    """The first heading, or an HTML <h1> when it comes first (centred READMEs)."""
    heading = _first_heading(text.splitlines())
    html = _HTML_H1.search(text)
    if html and (heading is None or text.count("\n", 0, html.start()) < heading[0]):
        return _clean(html["title"]) or None
    return _clean(heading[1]) or None if heading else None


@dataclass(frozen=True)
class Block:
    heading: str | None  # the heading of the section it is in, None before any section
    text: str
    line: int  # 1-based, first line
    last_line: int


def _blocks(text: str) -> Iterator[Block]:
    """Paragraphs with the heading above them; code blocks and headings are not paragraphs."""
    heading: str | None = None
    current: list[str] = []
    start = end = 0
    in_fence = False
    lines = text.splitlines()
    for index, raw in enumerate(lines):
        stripped = raw.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        atx = _ATX.match(stripped)
        underlined = stripped and not _UNDERLINE.match(stripped) and _UNDERLINE.match(following)
        boundary = in_fence or not stripped or atx or underlined or _UNDERLINE.match(stripped)
        if boundary:
            if current:
                yield Block(heading, " ".join(current), start + 1, end + 1)
                current = []
            if atx:
                heading = atx_title(atx["title"])
            elif underlined:
                heading = stripped
            continue
        if raw.startswith(("    ", "\t")) or stripped.startswith(("|", ".. ", ":")):
            continue  # indented code, tables, reStructuredText directives and fields
        if _LINK_ITEM.match(stripped):
            # A list of links ("- Visit the [site](…)") points elsewhere, it describes
            # nothing: it ends the paragraph before it and is not one.
            if current:
                yield Block(heading, " ".join(current), start + 1, end + 1)
                current = []
            continue
        cleaned = _clean(stripped.lstrip(">").strip())
        if cleaned:
            if not current:
                start = index
            end = index
            current.append(cleaned)
    if current:
        yield Block(heading, " ".join(current), start + 1, end + 1)


def paragraphs(text: str) -> Iterator[Block]:
    """Every paragraph of prose, in order (code blocks and headings are not)."""
    return _blocks(text)


def presenting_paragraphs(text: str, min_words: int = MIN_DESCRIPTION_WORDS) -> list[Block]:
    """Paragraphs of prose that present the project: before the first section below the
    title, or in a section such as "About", "Présentation", "What is…"."""
    title = readme_title(text)
    found = []
    for block in _blocks(text):
        presenting = (
            block.heading is None
            or block.heading == title
            or _clean(block.heading) == title
            or DESCRIPTION_HEADINGS.search(fold(block.heading))
        )
        if presenting and len(words(block.text)) >= min_words:
            found.append(block)
    return found


def website_links(text: str, paragraphs: list[Block] | None = None) -> list[tuple[str, int]]:
    """Links introduced as the project's website, not its forge, badges or examples.

    A link in the paragraph that presents the project ("See https://kiosk.org") is its
    site too, unless the sentence names something the project is built on or uses.
    ``paragraphs`` are ``presenting_paragraphs(text)``, when the caller has them already.
    """
    found = []
    lines = text.splitlines()
    if paragraphs is None:
        paragraphs = presenting_paragraphs(text)
    presenting = {
        number for block in paragraphs for number in range(block.line, block.last_line + 1)
    }
    for number, line in enumerate(lines, start=1):
        labelled = {m["url"]: m["text"] for m in _LINK.finditer(line)}
        # A link's context is its line (without addresses) and its label. The line is
        # folded and searched once, not once per link (quadratic on a line of links);
        # each label once, with the end of the line before it.
        folded_line = fold(URL.sub(" ", line))
        line_verdict = (
            BUILT_ON_WORDING.search(folded_line) is not None,
            WEBSITE_WORDING.search(folded_line) is not None,
        )
        verdicts: dict[str, tuple[bool, bool]] = {}
        for match in URL.finditer(line):
            url = match[0].rstrip(".,;:!?*_")
            host = url.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0]
            if is_reference_or_placeholder(url) or _INFRASTRUCTURE_HOST.search(host):
                continue
            label = labelled.get(match[0], "")
            if label not in verdicts:
                verdicts[label] = _label_verdict(folded_line, label, line_verdict)
            built_on, website = verdicts[label]
            if (number in presenting and not built_on) or website:
                found.append((url, number))
    return found


# How much of the line before a link's label is read with it (characters).
LABEL_CONTEXT = 200


def _label_verdict(
    folded_line: str, label: str, line_verdict: tuple[bool, bool]
) -> tuple[bool, bool]:
    """(built on, website) for "line label": the line's own verdict, or wording in the
    label or running into it from the end of the line. One character more than the
    window is kept, so that a word cut at the window's start is not read as a word."""
    if all(line_verdict) or not label:
        return line_verdict
    joined = folded_line[-LABEL_CONTEXT - 1 :] + " " + fold(label)
    start = 1 if len(folded_line) > LABEL_CONTEXT else 0
    return (
        line_verdict[0] or BUILT_ON_WORDING.search(joined, start) is not None,
        line_verdict[1] or WEBSITE_WORDING.search(joined, start) is not None,
    )


def man_page_description(text: str) -> str | None:
    """The DESCRIPTION (or else the NAME line's summary) of a man-page style README."""
    lines = text.splitlines()
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        heading = _MAN_HEADING.match(line.strip().strip("#=").strip())
        if heading and not line.startswith((" ", "\t")):
            current = sections.setdefault(heading[0].strip(), [])
            continue
        if current is not None and line.strip():
            current.append(line.strip())
    if "NAME" not in sections and "NOM" not in sections:
        return None
    description = " ".join(sections.get("DESCRIPTION", []))
    if len(words(description)) >= MIN_DESCRIPTION_WORDS:
        return description
    name_line = " ".join(sections.get("NAME", sections.get("NOM", [])))
    summary = re.split(r"\s[-\u2013\u2014]\s", name_line, maxsplit=1)
    return summary[1] if len(summary) == 2 and words(summary[1]) else None


def repeats_the_name(description: str, names: list[str]) -> bool:
    """A description whose words are all in the project's name says nothing more."""
    described = set(words(fold(description)))
    return any(described <= set(words(fold(name))) for name in names if name)


def read_readme(text: str) -> Fields:
    text = prose(text)
    man_page = man_page_description(text)
    if man_page is not None:
        return Fields(name=readme_title(text), description=man_page)
    paragraphs = presenting_paragraphs(text)
    links = website_links(text, paragraphs)
    return Fields(
        name=readme_title(text),
        description=paragraphs[0].text if paragraphs else None,
        homepage=links[0][0] if links else None,
    )


# ----- fixes that fit the project ------------------------------------------------------

# The manifest a project of each ecosystem edits, and its description and homepage fields.
MANIFEST_FIELDS = (
    ("package.json", '"description"', '"homepage"'),
    ("Cargo.toml", "[package] description", "[package] homepage"),
    ("pom.xml", "<description>", "<url>"),
    (".gemspec", "spec.summary", "spec.homepage"),
    ("pyproject.toml", "[project] description", "[project.urls] Homepage"),
    ("setup.cfg", "[metadata] description", "[metadata] url"),
    ("composer.json", '"description"', '"homepage"'),
)


def project_manifest(repo: Repository) -> tuple[str, str, str] | None:
    """(file, description field, homepage field) of the project's own manifest; ("go.mod",
    "", "") for a Go module, which has neither field; None when there is no manifest."""
    root = {path.lower(): path for path in repo.files_in("")}
    for name, description, homepage in MANIFEST_FIELDS:
        if name.startswith("."):
            found = sorted(path for lower, path in root.items() if lower.endswith(name))
            if found:
                return found[0], description, homepage
        elif name.lower() in root:
            return root[name.lower()], description, homepage
    return ("go.mod", "", "") if "go.mod" in root else None


def description_fix(repo: Repository) -> str:
    manifest = project_manifest(repo)
    if manifest is None:
        return _("Open the README with a paragraph saying what the project does and for whom, "
                 "and fill in the description of the package metadata.")
    if manifest[0] == "go.mod":
        return _("Open the README with a paragraph saying what the project does and for whom "
                 "(a Go module has no description field: write the package's doc comment "
                 "and the forge's description too).")
    return _("Open the README with a paragraph saying what the project does and for whom, "
             "and fill in {field} in {manifest}.").format(field=manifest[1], manifest=manifest[0])


def homepage_fix(repo: Repository) -> str:
    manifest = project_manifest(repo)
    if manifest is None:
        return _("Add a “Website” link to the README, or the homepage to the package metadata.")
    if manifest[0] == "go.mod":
        return _("Add a “Website” link to the README and set the website of the repository "
                 "on its forge (a Go module has no homepage field).")
    return _("Add the homepage to {manifest} ({field}) or a “Website” link to the README.").format(
        manifest=manifest[0], field=manifest[2]
    )


# ----- the rule ----------------------------------------------------------------------

def sub_package_manifests(repo: Repository) -> list[str]:
    """Manifests one level down in a monorepo's package folders ("packages/*/package.json")."""
    found = []
    for folder in SUB_PACKAGE_FOLDERS:
        for path in repo.files_under(folder):
            parts = path.split("/")
            if len(parts) == len(folder.split("/")) + 2 and _reader(parts[-1]) is not None:
                found.append(path)
                if len(found) >= MAX_SUB_MANIFESTS:
                    return found
    return found


def gather(repo: Repository) -> Metadata:
    metadata = Metadata()
    readmes = project_documents(repo, README_STEMS)
    metadata.titles = [
        title for document in readmes
        if (title := readme_title(prose(repo.text(document.path)))) is not None
    ]
    for path in sorted(repo.files_in(""), key=lambda p: (_reader(p) is None, p.lower())):
        reader = _reader(path)
        if reader is None:
            continue
        text = repo.text(path)
        if not text.strip():
            continue
        try:
            metadata.add(path, reader(text))
        except MalformedFile as error:
            metadata.malformed.append((path, error.line, error.problem))
    for document in readmes:
        metadata.add(document.path, read_readme(repo.text(document.path)))
    if metadata.homepage is None:
        # A monorepo's sub-packages name the project's homepage; their names and
        # descriptions are the sub-packages', not the project's.
        for path in sub_package_manifests(repo):
            reader = _reader(path.rsplit("/", 1)[-1])
            try:
                homepage = reader(repo.text(path)).homepage if reader else None
            except MalformedFile:
                continue
            if _is_homepage(homepage):
                metadata.homepage = path
                break
    return metadata


@rule(
    id="project-metadata",
    theme=Theme.IDENTIFY,
    severity=Severity.NOTE,
    title=Text(
        en="The project's name, description and homepage can be found",
        fr="Le nom, la description et la page d'accueil du projet sont trouvables",
    ),
    help=Text(
        en="""\
Before starting a new commons, people look for an existing one that meets their needs,
and there is no directory of every commons: they search forges, package registries and
catalogues such as code.gouv.fr. A project that states its name, what it does and where
its homepage is can be found by that search and judged at a glance; one that does not
divides efforts by letting others start again.

Checked, without running anything: publiccode.yml (name, description.<language>.
shortDescription, landingURL or url), pyproject.toml ([project] or [tool.poetry]),
setup.cfg ([metadata]), package.json, composer.json, Cargo.toml, pom.xml, *.gemspec
(read with patterns, never run), codemeta.json, all at the root (and, for the
homepage, the manifests of a monorepo's packages/, crates/, libs/, modules/ or apps/
folders, one level down); and the README: its title, the DESCRIPTION (or NAME summary)
of a man-page README, its first paragraph of at least 8 words (before the first section, or in an
"About", "Présentation" or "What is…" section), and a link introduced as the website
("Website", "Site web", "Homepage"…) or given in that first paragraph (unless it names
something the project is built with). Generated placeholders ("Add your description
here") and example addresses do not count, nor forge, badge or registry links as the
homepage; a list of links is not a description, nor one that only repeats the name.
Code blocks are not read. A missing description fails; a missing name or homepage
passes with advice; a metadata file that cannot be parsed is named, with its line, as
advice.

Fix: open the README with a sentence saying what the project does and for whom, fill
in the description and homepage of your package metadata (or publiccode.yml), and link
the project's website from the README. The fix names the field of the manifest the
project has (package.json, Cargo.toml, pom.xml…); a Go module, which has no such field,
is told to use the README and the forge.""",
        fr="""\
Avant de lancer un nouveau commun, on cherche s'il en existe un qui réponde à ses
besoins, et aucun annuaire ne les recense tous : on fouille les forges, les registres
de paquets et les catalogues comme code.gouv.fr. Un projet qui donne son nom, ce qu'il
fait et l'adresse de sa page d'accueil est trouvé par cette recherche et évalué d'un
coup d'œil ; celui qui ne le fait pas divise les efforts en laissant d'autres repartir
de zéro.

Vérifié, sans rien exécuter : publiccode.yml (name, description.<langue>.
shortDescription, landingURL ou url), pyproject.toml ([project] ou [tool.poetry]),
setup.cfg ([metadata]), package.json, composer.json, Cargo.toml, pom.xml, *.gemspec
(lu par motifs, jamais exécuté), codemeta.json, tous à la racine (et, pour la page
d'accueil, les manifestes des paquets d'un monorepo dans packages/, crates/, libs/,
modules/ ou apps/, un niveau plus bas) ; et le README : son titre, la DESCRIPTION (ou le
résumé de NAME) d'un README écrit comme une page de manuel, son premier paragraphe
d'au moins 8 mots (avant la première section, ou dans une section « À propos »,
« Présentation » ou « Qu'est-ce que… »), et un lien présenté comme le site (« Site
web », « Website », « Page d'accueil »…) ou donné dans ce premier paragraphe (sauf
s'il désigne un outil sur lequel le projet est construit). Les textes générés par
défaut (« Add your description here ») et les adresses d'exemple ne comptent pas, ni
les liens vers la forge, des badges ou un registre comme page
d'accueil ; une liste de liens n'est pas une description, pas plus qu'une description
qui ne fait que répéter le nom. Les blocs de code ne sont pas lus. Une description
absente échoue ; un nom ou une page d'accueil absents passent avec un conseil ; un
fichier de métadonnées illisible est signalé, avec sa ligne, en conseil.

Correction : commencez le README par une phrase qui dit ce que fait le projet et pour
qui, renseignez la description et la page d'accueil des métadonnées du paquet (ou de
publiccode.yml), et faites un lien vers le site du projet depuis le README. La
correction nomme le champ du manifeste du projet (package.json, Cargo.toml, pom.xml…) ;
un module Go, qui n'a pas ce champ, est invité à passer par le README et la forge.""",
    ),
    tutorial="Identifier — Où trouver des communs numériques susceptibles de répondre à des "
    "besoins spécifiques ?",
    url=TUTORIAL_URL,
)
def project_metadata(repo: Repository) -> Iterator[Outcome]:
    """Facts: ``sources``, the file each field was found in: ``{name, description,
    homepage}`` (None when not found)."""
    metadata = gather(repo)
    fields = {
        "name": metadata.name, "description": metadata.description,
        "homepage": metadata.homepage,
    }
    yield Fact("sources", fields)
    labels = {"name": _("name"), "description": _("description"), "homepage": _("homepage")}
    by_source: dict[str, list[str]] = {}
    for field_name, source in fields.items():
        if source is not None:
            by_source.setdefault(source, []).append(labels[field_name])
    for source, found in by_source.items():
        yield Evidence(source, note=", ".join(found))
    for path, line, problem in metadata.malformed:
        yield Finding(
            _("{path} cannot be read: {problem}.").format(path=path, problem=problem.rstrip(".")),
            path=path,
            line=line,
            advice=True,
            fix=_("Correct the syntax of this file so that catalogues and registries can read "
                  "it."),
            key="malformed",
        )
    if metadata.description is None:
        yield Finding(
            _("No description of the project found: no first paragraph in the README, no "
              "description in package metadata or publiccode.yml."),
            fix=description_fix(repo),
            key="no-description",
        )
        return
    if metadata.name is None:
        yield Finding(
            _("No project name found: the README has no title and no metadata file gives a "
              "name."),
            advice=True,
            fix=_("Give the README a title with the project's name."),
            key="no-name",
        )
    if metadata.homepage is None:
        yield Finding(
            _("No homepage found (description from {description}): no website link in the "
              "README, no homepage in package metadata or publiccode.yml.")
            .format(description=metadata.description),
            advice=True,
            fix=homepage_fix(repo),
            key="no-homepage",
        )

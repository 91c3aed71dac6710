"""funding: how the commons is funded, or how to fund it, is published.

Sources, each read only when present:

- ``.github/FUNDING.yml`` (also accepted in the root, docs/ and .gitlab/): at least one
  platform GitHub knows, with an account; unknown platforms get advice; a file that is
  not valid YAML fails, with the line of the error;
- ``funding.json``, the FLOSS/fund manifest (``version``, ``entity``, ``funding``…), in
  the root, .github/ or docs/, or in a web root (public/, static/, .well-known/, a site
  folder) where it is served from the project's address, with the shape of a manifest
  there; ``.well-known/funding-manifest-urls`` naming one; ``funder``/``funding`` in
  codemeta.json;
- a document named FUNDING, FINANCEMENT, SPONSORS, DONATE, DONS… with some content;
- in the README: a funding section (Funding, Financement, Sponsors, Soutenir le projet,
  Faire un don, Dons, Mécénat, Crowdfunding, Support us, Donate, Backers…) with a link,
  an address, a statement of who funds the project ("funded by", "financé par", a grant)
  or a call for donations ("faites un don", "consider a donation"), or a link to a
  donation platform anywhere;
- when nothing above is found, the pages of the documentation or website folders (the
  shallowest first, at most MAX_SITE_PAGES) with a link to a donation platform (Liberapay,
  Open Collective, GitHub Sponsors, Patreon, ko-fi, HelloAsso, Buy Me a Coffee, Tipeee…);
  credits, thanks and changelog pages list other people's accounts and are skipped;
- ``fundedBy`` in publiccode.yml.

Telling the project's own sponsors from the projects it sponsors cannot be done
offline with certainty (the account on Open Collective need not match the repository's
name). We keep it simple: a section or paragraph that says "we support", "we sponsor",
"nous soutenons", "we donate", "giving back", "nous reversons"… is about others, and its
links do not count.

Documents are read as a reader sees them (``prose``: the shared document model of
``_document`` for Markdown, reStructuredText, AsciiDoc and text, ``visible_text`` for web
pages): a heading or a link inside a fenced or literal code block, an HTML comment or a
code span is an example, not the project's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from commons_lint import Fact, Finding, Outcome, Repository, Severity, Text, Theme, rule
from commons_lint.forge import ForgeInfo
from commons_lint.structured import Malformed, load_json, load_yaml

from ._common import (
    PUBLICCODE_NAMES,
    README_STEMS,
    TUTORIAL_URL,
    _,
    fold,
    is_substantial,
    keyword_pattern,
    normalise,
    project_documents,
    sections,
    shared_yaml,
    words,
    yaml_problem,
)
from ._contact import emails, line_number
from ._document import read_document
from ._evidence import place_evidence

FUNDING_YML_DIRS = ("", ".github", "docs", ".gitlab")
FUNDING_YML_NAMES = ("funding.yml", "funding.yaml")
MANIFEST_DIRS = ("", ".github", "docs")
# The platforms GitHub's sponsor button knows (docs of FUNDING.yml).
KNOWN_PLATFORMS = frozenset(
    {
        "github", "patreon", "open_collective", "ko_fi", "tidelift", "community_bridge",
        "liberapay", "issuehunt", "lfx_crowdfunding", "polar", "buy_me_a_coffee",
        "thanks_dev", "custom",
    }
)
MANIFEST_KEYS = frozenset({"version", "entity", "funding", "projects"})
CODEMETA_KEYS = ("funder", "funding")
# Funding documents, by stems compared without case, accents or separators.
FUNDING_STEMS = (
    "funding", "financement", "financements", "sponsors", "sponsoring", "sponsorship",
    "donate", "donation", "donations", "dons", "faire-un-don", "soutenir", "backers",
    "mecenat",
)

_FUNDING_HEADING = keyword_pattern(
    [
        "funding", "funded", "fund", "funds", "funder*", "financement*", "financeur*",
        "financer", "finance par", "financial support", "financial contributors",
        "sponsor*", "backers", "supporters", "donat*", "dons", "un don", "faire un don",
        "soutenir", "soutenez", "support us", "support the project", "support this project",
        "supporting the project", "mecene*", "mecenat", "partenaires financiers",
        "crowdfunding", "financement participatif", "financement collaboratif", "cagnotte",
        "soutien financier", "support development", "support the development",
        "contribuer financierement",
    ]
)
# Asking for money, said in words: enough for a funding section without a link.
_ASKING_FOR_MONEY = keyword_pattern(
    [
        "donate", "donating", "donation*", "make a donation", "faire un don", "faites un don",
        "vos dons", "les dons", "un don", "dons", "become a sponsor", "sponsor us",
        "sponsor the project", "becoming a sponsor", "devenir mecene", "devenez mecene",
        "soutenir financierement", "soutenez financierement", "contribution financiere",
        "financial contribution*", "crowdfunding", "financement participatif", "cagnotte",
        "recurring donation*", "don recurrent", "dons recurrents",
    ]
)
# Who pays, said in words: enough for a funding section without a link.
_FUNDED_BY = keyword_pattern(
    [
        "funded by", "funding from", "financed by", "sponsored by", "supported by", "grant*",
        "subvention*", "finance par", "financee par", "finances par", "financees par",
        "avec le soutien", "soutien financier", "soutenu par", "soutenue par", "mecenat",
        "sponsorise par",
    ]
)
# Sentences about supporting other projects: their sponsor links are not ours.
_SUPPORTING_OTHERS = keyword_pattern(
    [
        "we support", "we sponsor", "we donate", "we fund", "we contribute to",
        "projects we depend on", "our dependencies", "nous soutenons", "nous sponsorisons",
        "nous financons", "nous donnons", "nous contribuons", "projets que nous",
        "dont nous dependons", "nos dependances", "we give back", "giving back",
        "we are proud to sponsor", "we proudly sponsor", "our team sponsors", "our team funds",
        "projects we sponsor", "projects we fund", "nous reversons",
        "nous faisons un don", "nous faisons des dons", "nous sommes mecene*",
        "nous redistribuons", "redistribuons",
    ]
)
# Any subdomain: fr.tipeee.com, www.helloasso.com, en.liberapay.com.
_DONATION_LINK = re.compile(
    r"https?://(?:[\w-]+\.)?(?:"
    r"opencollective\.com/[\w.-]+|liberapay\.com/[\w.-]+|github\.com/sponsors/[\w-]+|"
    r"ko-fi\.com/\w+|patreon\.com/[\w.-]+|buymeacoffee\.com/[\w.-]+|polar\.sh/[\w.-]+|"
    r"thanks\.dev/[\w/.-]+|tidelift\.com/(?:funding|subscription|lifter)[\w/.-]*|"
    r"issuehunt\.io/r/[\w/.-]+|paypal\.me/[\w.-]+|paypal\.com/donate[\w/?=&.-]*|"
    r"donorbox\.org/[\w.-]+|helloasso\.com/associations/[\w.-]+|tipeee\.com/[\w.-]+|"
    r"crowdfunding\.lfx\.linuxfoundation\.org[\w/.-]*|funding\.communitybridge\.org[\w/.-]*|"
    r"drips\.network/[\w/.-]+)",
    re.IGNORECASE,
)
_ANY_LINK = re.compile(r"https?://[^\s)>\]\"']+", re.IGNORECASE)
# A funding statement without a link needs a sentence at least.
MIN_SECTION_WORDS = 5


@dataclass
class Funding:
    """What was found: places that publish funding, and problems with funding files."""

    places: list[str] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)
    empty_files: list[str] = field(default_factory=list)
    advice: list[Finding] = field(default_factory=list)


# ----- FUNDING.yml -------------------------------------------------------------------


def _has_value(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    if isinstance(value, list):
        return any(_has_value(item) for item in value if not isinstance(item, (list, dict)))
    return False


def _key_line(text: str, key: str) -> int | None:
    match = re.search(rf"^\s*{re.escape(key)}\s*:", text, re.MULTILINE)
    return line_number(text, match.start()) if match else None


def _check_funding_yml(path: str, text: str, found: Funding) -> None:
    try:
        data = load_yaml(text)
    except Malformed as error:
        line, _column, problem = yaml_problem(error, text)
        found.problems.append(
            Finding(
                _("{path} is not valid YAML: {problem}.").format(path=path, problem=problem),
                path=path,
                line=line,
                fix=_(
                    "Fix the syntax: one platform per line, such as \"liberapay: cartofaune\" "
                    "or \"github: [alice, bob]\"."
                ),
                key="invalid-funding-yml",
            )
        )
        return
    if data is not None and not isinstance(data, dict):
        found.problems.append(
            Finding(
                _("{path} is not a list of platforms and accounts.").format(path=path),
                path=path,
                line=1,
                fix=_(
                    "Fix the syntax: one platform per line, such as \"liberapay: cartofaune\" "
                    "or \"github: [alice, bob]\"."
                ),
                key="invalid-funding-yml",
            )
        )
        return
    filled = {str(k): v for k, v in (data or {}).items() if _has_value(v)}
    known = sorted(k for k in filled if k in KNOWN_PLATFORMS)
    # Unknown keys left empty are leftovers of an old template (otechie): harmless.
    for key in sorted(k for k in filled if k not in KNOWN_PLATFORMS):
        found.advice.append(
            Finding(
                _("{path}: \"{key}\" is not a platform GitHub knows; its sponsor button "
                  "ignores it.").format(path=path, key=key),
                path=path,
                line=_key_line(text, key),
                advice=True,
                fix=_("Use one of: {platforms}.").format(
                    platforms=", ".join(sorted(KNOWN_PLATFORMS))
                ),
                key="unknown-funding-key",
            )
        )
    if known:
        found.places.append(f"{path} ({', '.join(known)})")
    else:
        found.empty_files.append(path)


# ----- manifests ---------------------------------------------------------------------


def _check_manifest(repo: Repository, path: str, found: Funding, keys: frozenset[str]) -> None:
    """funding.json (FLOSS/fund) or codemeta.json: a JSON object with funding keys."""
    try:
        data = load_json(repo.text(path))
    except Malformed as error:
        if path.lower().endswith("funding.json"):
            found.problems.append(
                Finding(
                    _("{path} is not valid JSON: {problem}.").format(
                        path=path, problem=error.problem
                    ),
                    path=path,
                    line=error.line,
                    fix=_("Fix the JSON syntax of the funding manifest."),
                    key="invalid-funding-json",
                )
            )
        return
    if isinstance(data, dict) and any(_has_content(data.get(key)) for key in keys):
        found.places.append(path)


def _has_content(value: Any) -> bool:
    if isinstance(value, (dict, list)):
        return bool(value)
    return _has_value(value)


def _check_publiccode(repo: Repository, found: Funding) -> None:
    for path in repo.files_in(""):
        if path.lower() not in PUBLICCODE_NAMES:
            continue
        try:
            data = shared_yaml(repo.text(path))
        except Malformed:
            continue  # the publiccode-yml rule reports a broken file
        funders = data.get("fundedBy") if isinstance(data, dict) else None
        if isinstance(funders, list) and any(_is_funder(item) for item in funders):
            found.places.append(f"{path} (fundedBy)")


def _is_funder(item: Any) -> bool:
    if isinstance(item, dict):
        return any(_has_value(item.get(key)) for key in ("name", "uri"))
    return _has_value(item)


# ----- what a reader sees ------------------------------------------------------------

_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# A code span: from the first backtick of a run, taken whole, to a run of the same length
# on the same line (the possessive run keeps the search linear on runs of backticks).
# `text <url>`_ is a reStructuredText link, not code.
_CODE_SPAN = re.compile(r"(?<!`)(`++)[^`\n]+?(?<!`)\1(?![`_])")
_RST_CODE_DIRECTIVE = re.compile(r"^\s*\.\.\s+(?:code-block|code|sourcecode)::", re.IGNORECASE)


def _blank(text: str) -> str:
    """``text`` with every character but line breaks made a space: lines keep their
    numbers."""
    return re.sub(r"[^\n]", " ", text)


def _without_comments(text: str) -> str:
    """HTML comments blanked; an unclosed one runs to the end, as in a browser."""
    parts: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) != -1:
        end = text.find("-->", start + 4)
        stop = len(text) if end == -1 else end + 3
        parts += [text[position:start], _blank(text[start:stop])]
        position = stop
    parts.append(text[position:])
    return "".join(parts)


def _without_code_blocks(lines: list[str]) -> list[str]:
    """Fenced Markdown blocks and reStructuredText literal blocks blanked."""
    result: list[str] = []
    fence: str | None = None
    literal = False  # inside the indented block after "::" or a code directive
    for line in lines:
        if fence is not None:
            result.append("")
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            continue
        opening = _FENCE_OPEN.match(line)
        if opening:
            fence = opening[1]
            result.append("")
            continue
        if literal:
            if not line.strip() or line[:1].isspace():
                result.append("")
                continue
            literal = False
        result.append(line)
        if _RST_CODE_DIRECTIVE.match(line) or line.rstrip().endswith("::"):
            literal = True
    return result


# The formats the shared document model reads (``_document``); web pages and templates
# (HTML, JSX, Vue…) are read with ``visible_text``.
MODELLED_FORMATS = frozenset(
    {"", ".md", ".markdown", ".mdx", ".mdown", ".mkd", ".rst", ".rest", ".adoc", ".asciidoc",
     ".asc", ".txt"}
)


def prose(repo: Repository, path: str) -> str:
    """What a file of the repository says as prose, line for line: code blocks, code spans
    and comments blanked (by the shared document model, for documents)."""
    if PurePosixPath(path).suffix.lower() in MODELLED_FORMATS:
        return read_document(repo, path).prose
    return visible_text(repo.text(path))


def visible_text(text: str) -> str:
    """What a reader of the rendered page sees as prose, line for line: fenced and
    literal code blocks, HTML comments and code spans are blanked, since a heading or a
    link there is an example, not the project's own."""
    lines = _without_code_blocks(_without_comments(text).split("\n"))
    return "\n".join(_CODE_SPAN.sub(lambda match: _blank(match[0]), line) for line in lines)


# ----- documents ---------------------------------------------------------------------


def _about_others(text: str) -> bool:
    return _SUPPORTING_OTHERS.search(fold(text)) is not None


def _funding_section(text: str) -> int | None:
    """The line of a section on the project's own funding: a link or a named funder."""
    for heading, line, body in sections(text):
        if not _FUNDING_HEADING.search(fold(heading)) or _about_others(heading + "\n" + body):
            continue
        if _ANY_LINK.search(body) or ("@" in body and emails(body)):
            return line
        folded = fold(body)
        if len(words(body)) >= MIN_SECTION_WORDS and (
            _FUNDED_BY.search(folded) or _ASKING_FOR_MONEY.search(folded)
        ):
            return line
    return None


def _donation_link_line(text: str) -> int | None:
    """The line of a donation-platform link outside passages about supporting others."""
    others = [
        (line, line + body.count("\n") + 1)
        for heading, line, body in sections(text)
        if _about_others(heading + "\n" + body)
    ]
    for number, content in enumerate(text.splitlines(), start=1):
        if not _DONATION_LINK.search(content) or _about_others(content):
            continue
        if not any(start <= number <= end for start, end in others):
            return number
    return None


def _check_documents(repo: Repository, found: Funding) -> set[str]:
    """FUNDING-like documents and READMEs; returns the paths it read."""
    read: set[str] = set()
    for document in project_documents(repo, FUNDING_STEMS):
        read.add(document.path)
        if is_substantial(prose(repo, document.path)):
            found.places.append(document.path)
    for document in project_documents(repo, README_STEMS):
        read.add(document.path)
        text = prose(repo, document.path)
        line = _funding_section(text) or _donation_link_line(text)
        if line is not None:
            found.places.append(f"{document.path}:{line}")
    return read


# Folders of a documentation or web site whose pages may carry donation links.
SITE_FOLDERS = frozenset(
    {"docs", "doc", "documentation", "website", "site", "www", "web", "homepage", "content"}
)
PAGE_EXTENSIONS = frozenset(
    {".md", ".markdown", ".mdx", ".rst", ".adoc", ".asciidoc", ".txt", ".html", ".htm"}
)
# Pages about the work of others: the donation links there are theirs.
OTHERS_PAGES = frozenset(
    {"credits", "acknowledgements", "acknowledgments", "thanks", "remerciements",
     "thirdparty", "dependencies", "dependances", "changelog", "changes", "history",
     "news", "releasenotes", "notesdeversion", "authors", "contributors"}
)
# A documentation site has at most this many pages read for donation links, the
# shallowest first: a page about donations sits near the top.
MAX_SITE_PAGES = 300
MAX_SITE_DEPTH = 4


def _site_pages(repo: Repository) -> list[str]:
    pages = []
    for path in repo.own_files:
        parts = path.split("/")
        if not 1 < len(parts) <= MAX_SITE_DEPTH + 1 or normalise(parts[0]) not in SITE_FOLDERS:
            continue
        name = parts[-1]
        stem, dot, extension = name.rpartition(".")
        if dot and f".{extension.lower()}" in PAGE_EXTENSIONS and normalise(stem) not in (
            OTHERS_PAGES
        ):
            pages.append(path)
    pages.sort(key=lambda page: (page.count("/"), page))
    return pages[:MAX_SITE_PAGES]


def _check_site_pages(repo: Repository, found: Funding, already_read: set[str]) -> None:
    """Documentation and website pages that carry a link to a donation platform."""
    for path in _site_pages(repo):
        if path in already_read:
            continue
        text = repo.text(path)
        if not _DONATION_LINK.search(text):  # cheap test before the page is parsed
            continue
        line = _donation_link_line(prose(repo, path))
        if line is not None:
            found.places.append(f"{path}:{line}")
            return  # one page is enough to show where to give


# ----- manifests in a web root -------------------------------------------------------

# Where a site's files are served from: the FLOSS/fund manifest must be reachable at
# the project's own web address, so it lives in one of these.
WEB_ROOTS = frozenset(
    {"public", "static", "wellknown", "www", "htdocs", "website", "site", "web", "homepage"}
)
MAX_WEB_ROOT_DEPTH = 4
# The file that lists, for a domain, the manifests it vouches for.
MANIFEST_URLS_FILE = "funding-manifest-urls"


def _manifest_url_line(text: str) -> int | None:
    """The line of the first manifest URL (https://…/funding.json) the file lists."""
    for number, line in enumerate(text.splitlines(), start=1):
        for word in line.split():
            if word.lower().startswith(("https://", "http://")) and word.lower().endswith(
                "/funding.json"
            ):
                return number
    return None


def _is_floss_fund(data: Any) -> bool:
    """The shape of a FLOSS/fund manifest: a version and an entity, or funding channels
    or plans; a data file that happens to be called funding.json has neither."""
    if not isinstance(data, dict):
        return False
    funding = data.get("funding")
    channels = isinstance(funding, dict) and any(
        _has_content(funding.get(key)) for key in ("channels", "plans")
    )
    versioned = isinstance(data.get("version"), str) and isinstance(data.get("entity"), dict)
    return channels or versioned


def _check_web_roots(repo: Repository, found: Funding) -> None:
    for path in repo.files_named("funding.json", MANIFEST_URLS_FILE):
        parts = path.split("/")
        if (
            not 1 < len(parts) <= MAX_WEB_ROOT_DEPTH + 1
            or normalise(parts[-2]) not in WEB_ROOTS
            or not repo.is_own(path)
        ):
            continue
        text = repo.text(path)
        if parts[-1].lower() == MANIFEST_URLS_FILE:
            line = _manifest_url_line(text)
            if line is not None:
                found.places.append(f"{path}:{line}")
            continue
        try:
            data = load_json(text)
        except Malformed:
            continue  # a data file of the site, not a manifest
        if _is_floss_fund(data):
            found.places.append(f"{path} (FLOSS/fund)")


def find_funding(repo: Repository) -> Funding:
    found = Funding()
    for directory in FUNDING_YML_DIRS:
        for path in repo.files_in(directory):
            name = path.rpartition("/")[2].lower()
            if name in FUNDING_YML_NAMES:
                _check_funding_yml(path, repo.text(path), found)
            elif name == "funding.json" and directory in MANIFEST_DIRS:
                _check_manifest(repo, path, found, MANIFEST_KEYS)
            elif name == "codemeta.json" and directory == "":
                _check_manifest(repo, path, found, frozenset(CODEMETA_KEYS))
    _check_web_roots(repo, found)
    _check_publiccode(repo, found)
    already_read = _check_documents(repo, found)
    if not found.places:
        _check_site_pages(repo, found, already_read)
    return found


def _inherited(forge: ForgeInfo | None) -> Finding | None:
    """Advice when the organisation's FUNDING.yml, which GitHub shows for a repository
    that has none, names accounts."""
    file = forge.inherited(FUNDING_YML_NAMES) if forge is not None else None
    if forge is None or file is None:
        return None
    organisation = Funding()
    _check_funding_yml(file.url, file.text, organisation)
    if not organisation.places:
        return None
    return Finding(
        _("Funding accounts are inherited from the organisation ({source}): {places}.").format(
            source=forge.community_source, places=", ".join(organisation.places)
        ),
        advice=True,
        fix=_("Say in the README how the money given to the organisation reaches this project."),
        key="inherited",
    )


@rule(
    id="funding",
    theme=Theme.FUND,
    severity=Severity.NOTE,
    title=Text(
        en="How the project is funded, or can be funded, is published",
        fr="Le financement du projet, ou la manière d'y contribuer, est publié",
    ),
    help=Text(
        en="""\
A commons always has costs: hosting, maintenance, the people who coordinate it. The
tutorial asks that funding stay limited to real needs and, because transparency and
governance are part of a commons' values, that its sources and the way the money is
allocated be stated clearly. Publishing who funds the project, and how to fund it,
also lets users and administrations that depend on it take their share.

Checked: a .github/FUNDING.yml naming at least one account on a platform GitHub
knows (github, open_collective, liberapay, ko_fi, patreon, tidelift, polar, custom…);
a funding.json manifest (FLOSS/fund) or funder/funding in codemeta.json; a document
named FUNDING, FINANCEMENT, SPONSORS, DONATE or DONS; in the README, a section such as
"Funding", "Financement", "Sponsors", "Soutenir le projet" or "Support us" with a link
or a statement of who funds the project ("funded by", "financé par", a grant), or a
link to a donation platform (Open Collective, Liberapay, GitHub Sponsors, ko-fi,
Patreon, HelloAsso…); fundedBy in publiccode.yml. A FUNDING.yml that is not valid YAML
fails with the line of the error; one whose platforms are all empty does not count;
unknown platforms get advice. Links in a passage about projects "we support" are not
the project's own and do not count. With --online, the FUNDING.yml of the organisation's
.github repository, which GitHub shows for a project that has none, counts with advice.
Also checked: a funding.json in a web root (public/, static/, .well-known/, a website
folder), README sections such as "Faire un don", "Dons", "Mécénat", "Crowdfunding",
"Donate" or "Backers" that ask for donations, and documentation or website pages that
link to a donation platform. Headings and links in code blocks, code spans and HTML
comments are examples and do not count, nor does money the project gives to others
("we donate", "giving back", "nous reversons").

Fix: add a "Funding" (or "Financement") section to the README saying who funds the
project and how to contribute, or a .github/FUNDING.yml with your accounts, or a
FUNDING.md describing the sources of funding and how the money is used.""",
        fr="""\
Un commun a toujours des coûts : hébergement, maintenance, personnes qui le
coordonnent. Le tutoriel demande que les financements restent limités aux besoins
réels et, la transparence et la gouvernance faisant partie des valeurs d'un commun,
que leurs sources et l'affectation des sommes soient clairement définies. Publier qui
finance le projet, et comment le financer, permet aussi aux usagers et aux
administrations qui en dépendent d'y prendre leur part.

Vérifié : un .github/FUNDING.yml qui indique au moins un compte sur une plateforme
connue de GitHub (github, open_collective, liberapay, ko_fi, patreon, tidelift, polar,
custom…) ; un manifeste funding.json (FLOSS/fund) ou funder/funding dans
codemeta.json ; un document nommé FUNDING, FINANCEMENT, SPONSORS, DONATE ou DONS ;
dans le README, une section comme « Funding », « Financement », « Sponsors »,
« Soutenir le projet » ou « Support us » avec un lien ou l'indication de qui finance le
projet (« financé par », « funded by », une subvention), ou un lien vers une plateforme
de dons (Open Collective, Liberapay, GitHub Sponsors, ko-fi, Patreon, HelloAsso…) ;
fundedBy dans publiccode.yml. Un FUNDING.yml au YAML invalide échoue, avec la ligne de
l'erreur ; celui dont toutes les plateformes sont vides ne compte pas ; les plateformes
inconnues donnent lieu à un conseil. Les liens d'un passage sur les projets « que nous
soutenons » ne sont pas ceux du projet et ne comptent pas. Avec --online, le FUNDING.yml
du dépôt .github de l'organisation, que GitHub affiche pour un projet qui n'en a pas,
compte avec un conseil. Sont aussi vérifiés : un funding.json à la racine du site web
(public/, static/, .well-known/, un dossier du site), les sections du README comme
« Faire un don », « Dons », « Mécénat », « Crowdfunding », « Donate » ou « Backers » qui
appellent aux dons, et les pages de la documentation ou du site qui renvoient vers une
plateforme de dons. Les titres et les liens d'un bloc de code, d'un extrait de code ou
d'un commentaire HTML sont des exemples et ne comptent pas, pas plus que l'argent que le
projet donne à d'autres (« nous reversons », « we donate », « giving back »).

Correction : ajoutez au README une section « Financement » (ou « Funding ») qui dit qui
finance le projet et comment y contribuer, ou un .github/FUNDING.yml avec vos comptes,
ou un FUNDING.md qui décrit les sources de financement et l'usage des sommes.""",
    ),
    tutorial=(
        "Financer — Comment gérer les financements externes soutenant la production du commun ?"
    ),
    url=TUTORIAL_URL,
)
def funding(repo: Repository, forge: ForgeInfo | None) -> Iterator[Outcome]:
    """Facts: ``places`` (where funding is published: "path", "path:line" or
    "path (platforms)")."""
    found = find_funding(repo)
    yield Fact("places", list(found.places))
    for place in found.places:
        yield place_evidence(place, repo)
    yield from found.problems
    for path in found.empty_files:
        yield Finding(
            _("{path} names no account: every platform in it is empty.").format(path=path),
            path=path,
            advice=bool(found.places),
            fix=_(
                "Fill in at least one platform (github, open_collective, liberapay, custom…) "
                "or delete the file."
            ),
            key="empty-funding-yml",
        )
    if not found.places and not found.problems and not found.empty_files:
        inherited = _inherited(forge)
        if inherited is not None:
            yield inherited
            return
        yield Finding(
            _(
                "No funding information found: no FUNDING.yml, funding.json or FUNDING.md, "
                "no funding section in the README, no fundedBy in publiccode.yml."
            ),
            fix=_(
                "Say who funds the project and how to support it: a \"Funding\" section in "
                "the README with a link (Open Collective, Liberapay, GitHub Sponsors…) or the "
                "names of the funders, a FUNDING.md, or a .github/FUNDING.yml."
            ),
            key="missing",
        )
        return
    if found.places:
        yield Finding(
            _("Funding information published in {places}.").format(
                places=", ".join(found.places)
            ),
            advice=True,
            key="funding",
        )
    yield from found.advice

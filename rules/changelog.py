"""changelog: releases are documented in a changelog or release notes (tags alone are not)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from commons_lint import (
    Evidence,
    Fact,
    Finding,
    History,
    Outcome,
    Repository,
    Severity,
    Summary,
    Text,
    Theme,
    rule,
)
from commons_lint.forge import ForgeInfo, Release
from commons_lint.repository import DOCUMENT_EXTENSIONS, Tag, document_name, name_key

from ._common import TUTORIAL_URL, _, fold, is_substantial, project_documents
from ._evidence import version_in
from ._history import day

# Stems compared without case, accents or separators: "changelog" is also Change_Log.md.
CHANGELOG_STEMS = (
    "changelog", "changes", "news", "history", "releases", "release-notes",
    # French names
    "journal-des-modifications", "notes-de-version", "changements", "historique",
    "nouveautes",
)
# Folders of release notes, one file per release: docs/releases/1.2.0.md …
RELEASE_NOTE_DIRS = frozenset(
    {"changelog", "changelogs", "releases", "release-notes", "release_notes",
     "notes-de-version", "notes_de_version", "relnotes", "whatsnew"}
)
DOC_DIRS = frozenset({"docs", "doc", "documentation"})
# Folders of change fragments gathered into the changelog at release time (towncrier).
FRAGMENT_DIRS = frozenset({"changelog.d", "newsfragments"})
# `news/` and `changes/` are towncrier's folders in some projects but a website's blog
# elsewhere: there, only files named like fragments (`1234.feature.md`) count.
AMBIGUOUS_FRAGMENT_DIRS = frozenset({"news", "changes"})
FRAGMENT_NAME = re.compile(
    r"^[\w+-]+\.(feature|features|bugfix|bugfixes|fix|fixed|doc|docs|removal|removed|misc|"
    r"added|changed|deprecated|deprecation|security|breaking|trivial|improvement)"
    r"(\.\d+)?(\.(md|rst|txt))?$",
    re.IGNORECASE,
)
NOT_A_FRAGMENT = re.compile(r"^(\.|readme|template|_template)", re.IGNORECASE)

# A line longer than this is prose, not a release heading.
MAX_MARKER_LINE = 120
_ISO_DATE = re.compile(r"(?<!\d)\d{4}[-/.](0[1-9]|1[0-2])[-/.](0[1-9]|[12]\d|3[01])(?!\d)")
_DAY_FIRST_DATE = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{4}(?!\d)")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
)
_TEXT_DATE = re.compile(
    rf"^(\d{{1,2}}(er)?\s+({_MONTHS})\s+\d{{4}}|({_MONTHS})\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}})"
)
# v1.2, v2, 1.2.0, 10.4.3-rc1: unmistakably versions, wherever they are on a short line.
_STRONG_VERSION = re.compile(r"(?<![\w.])(v\d+(\.\d+)*|\d+\.\d+\.\d+)(?!\w)")
# "version 2", "release 1.4", "sortie 3.1", "publication 2.0".
_NAMED_VERSION = re.compile(r"\b(version|release|sortie|publication|livraison)\s+v?\d+(\.\d+)*\b")
# A bare 1.2 counts only as the start of a heading-like line: "1.2 (…)", "[1.2] - …", "1.2:".
_LEADING_VERSION = re.compile(r"^\[?v?\d+(\.\d+)+\]?(\s*$|\s*[(:/\-–—]|\s+\()")
_LEADING_MARKUP = re.compile(r"^[\s#=*+>|~`_-]+")


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
# Addresses carry numbers that are no release of the project: keepachangelog.com/en/1.1.0,
# semver.org/spec/v2.0.0.html.
# The link target stops at "(" or "]" too, so that a run of "](" is read once, not once
# from each of them.
_URL = re.compile(r"<?https?://\S+|\]\([^()\[\]\s]*\)")


def prose_lines(text: str) -> Iterator[tuple[int, str]]:
    """(1-based number, line) of the lines outside fenced code blocks, addresses blanked:
    a version in an install command or in a link's address names no release."""
    fence: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        opening = _FENCE.match(raw)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        yield number, _URL.sub(" ", raw)


# "under the Apache License, Version 2.0": a licence's version is no release.
_LICENCE_WORD = re.compile(r"\blicen[cs]")


def release_marker_lines(text: str, *, dates: bool = True) -> Iterator[tuple[int, str]]:
    """(1-based number, line) of each version heading or release date, in order.

    With ``dates=False`` only versions count: a dated post is no release."""
    for number, raw in prose_lines(text):
        line = fold(raw.strip())
        if not line or len(line) > MAX_MARKER_LINE:
            continue
        bare = _LEADING_MARKUP.sub("", line)
        leading = _LEADING_VERSION.match(bare) or (dates and (
            _DAY_FIRST_DATE.match(bare) or _TEXT_DATE.match(bare)))
        if not leading and _LICENCE_WORD.search(line):
            continue
        if (
            leading
            or _STRONG_VERSION.search(line)
            or _NAMED_VERSION.search(line)
            or (dates and _ISO_DATE.search(line))
        ):
            yield number, raw


def release_marker_line(text: str, *, dates: bool = True) -> int | None:
    """The 1-based line of the first version heading or release date, if any."""
    return next((number for number, _raw in release_marker_lines(text, dates=dates)), None)


# A dotted version ("1.14.4") names a release better than "v1" or a date does.
_DOTTED = re.compile(r"\d+\.\d+")
# How many release headings are read to find the newest dotted version.
MAX_VERSION_LOOKAHEAD = 5


def latest_version(text: str, *, dates: bool = True) -> tuple[int | None, str | None]:
    """The line and version of the newest release a changelog names: the first heading
    (newest first by convention), or the first of the next few with a dotted version
    when the first is a series title ("DSFR v1") above its releases."""
    first: tuple[int | None, str | None] = (None, None)
    for count, (number, raw) in enumerate(release_marker_lines(text, dates=dates)):
        version = version_in(_LEADING_MARKUP.sub("", raw.strip()))
        if count == 0:
            first = (number, version)
        if version and _DOTTED.search(version):
            return number, version
        if count + 1 >= MAX_VERSION_LOOKAHEAD:
            break
    return first


# A release-note file may be named after its version alone, extension included: 1.2.0
VERSION_NAME = re.compile(r"^v?\d+(\.\d+)+$", re.IGNORECASE)


def names_a_release(path: str) -> bool:
    """True for release-note files named after their release: v1.2.0.md, 2024-05-01.rst."""
    stem = PurePosixPath(path).name
    for extension in sorted(DOCUMENT_EXTENSIONS, key=len, reverse=True):
        if extension and stem.lower().endswith(extension):
            stem = stem[: -len(extension)]
            break
    # "release-1.2" reads as "release 1.2"; dates keep their hyphens.
    spaced = re.sub(r"[-_]+", " ", stem)
    return release_marker_line(stem) is not None or release_marker_line(spaced) is not None


@dataclass(frozen=True)
class Candidate:
    """A file that may document releases, and how to judge it."""

    path: str
    fragment: bool = False  # a change fragment: a one-line entry is enough
    release_note: bool = False  # one file of a folder of per-release notes
    # A NEWS file may be a website's news: there, only versions name releases, not dates.
    versions_only: bool = False
    package: bool = False  # the changelog of one package of a monorepo


def _in_release_note_dir(directories: Sequence[str]) -> bool:
    if not directories:
        return False
    if directories[0] in RELEASE_NOTE_DIRS:
        return True
    return (
        len(directories) > 1
        and directories[0] in DOC_DIRS
        and directories[1] in RELEASE_NOTE_DIRS
    )


def _folder_roles(folder: str) -> tuple[bool, bool, bool]:
    """What a (lower-case) folder is: (inside a fragment folder, an ambiguous fragment
    folder, a release-note folder)."""
    directories = folder.split("/")
    return (
        any(d in FRAGMENT_DIRS for d in directories),
        directories[-1] in AMBIGUOUS_FRAGMENT_DIRS,
        _in_release_note_dir(directories),
    )


# A `changelog/` folder holding source code is a tool that writes changelogs, not notes.
CODE_SUFFIXES = frozenset(
    {".py", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".go", ".rs", ".java", ".kt",
     ".rb", ".php", ".ex", ".exs", ".c", ".h", ".cpp", ".cs", ".sh", ".swift", ".scala"}
)


def _code_folders(repo: Repository) -> set[str]:
    """The (lower-case) folders that directly hold source code."""
    return {
        path.lower().rpartition("/")[0]
        for path in repo.files
        if "/" in path and PurePosixPath(path.lower()).suffix in CODE_SUFFIXES
    }


def folder_candidates(repo: Repository) -> list[Candidate]:
    """Files of release-note folders and change-fragment folders."""
    found: list[Candidate] = []
    # A folder's role is worked out once: a large repository has many files per folder.
    roles: dict[str, tuple[bool, bool, bool]] = {}
    code_folders = _code_folders(repo)
    for path in repo.own_files:
        folder, _sep, name = path.lower().rpartition("/")
        if not folder or folder in code_folders:
            continue
        role = roles.get(folder)
        if role is None:
            role = roles[folder] = _folder_roles(folder)
        in_fragments, ambiguous_fragments, release_notes = role
        if in_fragments:
            if not NOT_A_FRAGMENT.match(name):
                found.append(Candidate(path, fragment=True))
        elif ambiguous_fragments and FRAGMENT_NAME.match(name):
            found.append(Candidate(path, fragment=True))
        elif release_notes and not name.startswith(".") and (
            PurePosixPath(name).suffix in DOCUMENT_EXTENSIONS or VERSION_NAME.match(name)
        ):
            found.append(Candidate(path, release_note=True))
    return found


# Stems of files whose dates alone may be a website's posts rather than releases.
NEWS_STEMS = frozenset(name_key(stem) for stem in ("news", "nouveautes", "actualites"))
# Folders that hold one package each in a monorepo: packages/core/, crates/parser/…
MONOREPO_DIRS = frozenset(
    {"packages", "crates", "apps", "libs", "modules", "plugins", "bindings", "extensions",
     "components", "services", "tools"}
)
# A folder holding one of these is a package of its own, with its own releases.
PACKAGE_MANIFESTS = frozenset(
    {"package.json", "cargo.toml", "pyproject.toml", "setup.py", "setup.cfg",
     "composer.json", "pom.xml", "build.gradle", "build.gradle.kts", "go.mod", "mix.exs",
     "pubspec.yaml", "deno.json"}
)
PACKAGE_MANIFEST_SUFFIXES = (".gemspec", ".csproj", ".nuspec")
# A sub-package is at most this deep: modele-social/, bindings/python/.
MAX_PACKAGE_DEPTH = 2
# Changelog pages of a documentation website, at any depth of its tree: the dated posts
# of a site's news or history are left out.
SITE_PAGE_STEMS = frozenset(
    name_key(stem) for stem in (
        "changelog", "release-notes", "releases", "journal-des-modifications",
        "notes-de-version", "whats-new",
    )
)
SITE_DIRS = frozenset({"docs", "doc", "documentation", "website", "site"})
SITE_EXTENSIONS = (*DOCUMENT_EXTENSIONS, ".mdx")
MAX_SITE_DEPTH = 4
DEBIAN_CHANGELOG = "debian/changelog"


def _is_news(path: str) -> bool:
    named = document_name(path.rpartition("/")[2])
    return named is not None and name_key(named[0]) in NEWS_STEMS


def _package_dirs(repo: Repository) -> list[str]:
    """The folders of a monorepo's packages: a folder of packages/, crates/… or a
    shallow folder holding a package manifest; the root is none of them."""
    folders: set[str] = set()
    for path in repo.own_files:
        parts = path.split("/")
        if len(parts) == 3 and parts[0].lower() in MONOREPO_DIRS:
            folders.add("/".join(parts[:2]))
        name = parts[-1].lower()
        if 1 < len(parts) <= MAX_PACKAGE_DEPTH + 1 and (
            name in PACKAGE_MANIFESTS or name.endswith(PACKAGE_MANIFEST_SUFFIXES)
        ):
            folders.add("/".join(parts[:-1]))
    return sorted(folders)


def package_candidates(repo: Repository) -> list[Candidate]:
    """The changelogs at the root of a monorepo's packages (packages/core/CHANGELOG.md)."""
    folders = _package_dirs(repo)
    if not folders:
        return []
    return [
        Candidate(d.path, versions_only=_is_news(d.path), package=True)
        for d in repo.find_documents(CHANGELOG_STEMS, dirs=folders)
        if repo.is_own(d.path)
    ]


def site_candidates(repo: Repository, known: set[str]) -> list[Candidate]:
    """Changelog pages deep in a documentation website (docs/content/changelog.md)."""
    found = []
    for path in repo.own_files:
        parts = path.split("/")
        if path in known or not 1 < len(parts) <= MAX_SITE_DEPTH + 1:
            continue
        if parts[0].lower() not in SITE_DIRS:
            continue
        named = document_name(parts[-1], SITE_EXTENSIONS)
        if named is not None and name_key(named[0]) in SITE_PAGE_STEMS:
            found.append(Candidate(path))
    return found


def candidates(repo: Repository) -> list[Candidate]:
    """Where release notes are, most usual first: the root and documentation folders,
    folders of release notes or fragments, debian/changelog, the packages of a
    monorepo, the changelog page of a documentation website."""
    found = [
        Candidate(d.path, versions_only=_is_news(d.path))
        for d in project_documents(repo, CHANGELOG_STEMS)
    ]
    found += folder_candidates(repo)
    if repo.exists(DEBIAN_CHANGELOG):
        found.append(Candidate(DEBIAN_CHANGELOG))
    found += package_candidates(repo)
    found += site_candidates(repo, {c.path for c in found})
    return found


def documents_releases(repo: Repository, candidate: Candidate) -> bool:
    if candidate.fragment:
        return bool(repo.text(candidate.path).strip())
    if names_a_release(candidate.path):
        return True
    text = repo.text(candidate.path)
    return release_marker_line(text, dates=not candidate.versions_only) is not None


# A changelog may only point to the forge's release page, which cannot be read offline.
RELEASES_LINK = re.compile(
    r"https?://[^\s)>\]]+/(?:-/)?(?:releases|tags|changelog|changes|news|history)\b[^\s)>\]]*",
    re.IGNORECASE,
)


# An address as RELEASES_LINK reads it. Searching RELEASES_LINK itself would rescan the
# rest of an address from each "http" in it (quadratic on a run of "http://"); matching it
# at the start of each address, which never overlap, finds the same first link in one pass.
_ADDRESS = re.compile(r"https?://[^\s)>\]]+", re.IGNORECASE)


def releases_link(text: str) -> str | None:
    for address in _ADDRESS.finditer(text):
        match = RELEASES_LINK.match(address[0])
        if match:
            return match.group(0)
    return None


# A tag names a release when a number starts one of its parts: v1.2, 2.0, app-3.1, 2024.05.
RELEASE_TAG = re.compile(r"(?:^|[^a-z0-9])v?\d", re.IGNORECASE)


# Tags a deployment pipeline leaves on each deployed commit (ECS-PREVIEW-SUCCESS-2024-01-02,
# deploy-prod-20240501) mark deployments, not releases.
DEPLOYMENT_TAG = re.compile(
    r"(?:^|[^a-z])(deploy\w*|preview|staging|success|succeeded|failed|production|prod|"
    r"rollback)(?:$|[^a-z])",
    re.IGNORECASE,
)


def is_release_tag(name: str) -> bool:
    return bool(RELEASE_TAG.search(name)) and not DEPLOYMENT_TAG.search(name)


def release_tags(history: History) -> list[Tag]:
    """The tags that name releases, newest first."""
    if not history.available:
        return []
    return [tag for tag in history.tags() if is_release_tag(tag.name)]


def release_evidence(repo: Repository, candidate: Candidate) -> Iterator[Outcome]:
    """The changelog that documents releases, and the latest version it names (the first
    release heading of a file, newest first by convention; a fragment names none)."""
    version = None
    line = None
    if candidate.release_note and names_a_release(candidate.path):
        # A note named after its release: 2.56.0.adoc is the notes of 2.56.0.
        version = version_in(PurePosixPath(candidate.path).stem)
        line = release_marker_line(repo.text(candidate.path))
    elif not candidate.fragment:
        line, version = latest_version(
            repo.text(candidate.path), dates=not candidate.versions_only)
        if line is None and names_a_release(candidate.path):
            version = version_in(PurePosixPath(candidate.path).stem)
    yield Fact("changelog", candidate.path)
    yield Fact("latest_version", version)
    note = (
        _("latest version {version}").format(version=version) if version
        else _("change fragment")
    )
    yield Evidence(candidate.path, line, note=note)
    yield Summary(f"{candidate.path}, {note}")


def tag_facts(tags: Sequence[Tag]) -> Iterator[Outcome]:
    """The ``tags``, ``last_release`` and ``last_release_date`` facts; an evidence last,
    after the files."""
    latest = tags[0] if tags else None
    yield Fact("tags", len(tags))
    yield Fact("last_release", latest.name if latest else None)
    yield Fact("last_release_date", day(latest.date.timestamp())
               if latest and latest.date else None)
    if latest:
        yield Evidence(None, note=_("release tags: {count}, latest {tag}").format(
            count=len(tags), tag=latest.name))


def newest_named_release(found: Sequence[Candidate], chosen: Candidate) -> Candidate:
    """In a folder of per-release notes (RelNotes/1.9.adoc, RelNotes/2.1.adoc…), the
    note of the highest release; otherwise ``chosen`` itself."""
    if not chosen.release_note:
        return chosen
    folder = chosen.path.rpartition("/")[0]
    named = [
        c for c in found
        if c.release_note and c.path.rpartition("/")[0] == folder and names_a_release(c.path)
    ]
    return max(named, key=lambda c: _version_key(c.path), default=chosen)


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(number[:18]) for number in re.findall(r"\d+", path.rpartition("/")[2]))


def forge_release_notes(forge: ForgeInfo | None) -> Release | None:
    """The forge's latest release when it carries release notes (``--online``)."""
    if forge is None or forge.latest_release is None:
        return None
    release = forge.latest_release
    if not release.notes:
        return None
    # What is left once the tag, the release's name, addresses and the forge's generated
    # "Full Changelog: …compare/v1...v2" line are gone must still say something.
    rest = _URL.sub(" ", release.notes)
    for generated in (release.tag, release.name or "", "full changelog"):
        if generated:
            rest = re.sub(re.escape(generated), " ", rest, flags=re.IGNORECASE)
    return release if is_substantial(rest, MIN_RELEASE_NOTE_WORDS) else None


MIN_RELEASE_NOTE_WORDS = 3


@rule(
    id="changelog",
    theme=Theme.SUSTAIN,
    severity=Severity.NOTE,
    title=Text(
        en="Releases are documented in a changelog or release notes",
        fr="Les versions sont documentées dans un journal des modifications ou des notes de "
        "version",
    ),
    help=Text(
        en="""\
A commons lasts as long as its users can keep up with it. Users and contributors from
other organisations need to know which version they run, what changed between two
versions and whether an upgrade breaks something; without that record, every update is
a leap of faith, and trust in the shared resource wears away.

Checked: a file named CHANGELOG, CHANGES, NEWS, HISTORY, RELEASES or RELEASE_NOTES, or
with a French name (JOURNAL_DES_MODIFICATIONS, NOTES_DE_VERSION, CHANGEMENTS,
HISTORIQUE, NOUVEAUTES), any case, with or without an extension (.md, .rst, .adoc,
.txt…), in the root, docs/, .github/ or .gitlab/; a folder of release notes
(changelog/, releases/, release-notes/, at the root or under docs/); or a folder of
change fragments (changelog.d/, newsfragments/, or news/ with towncrier-style names such
as 123.feature.md); a folder of notes per version (Documentation/RelNotes/,
docs/whatsnew/); debian/changelog; the changelog at the root of each package of a
monorepo (packages/*/, crates/*/, apps/*/, or a folder holding a package manifest such
as package.json or Cargo.toml); the changelog page of a documentation website
(docs/content/changelog.md). The file must name at least one release: a version (1.2.0,
v1.2, "Version 2") or a date (2024-05-01, 1er mai 2024); a NEWS file needs a version,
since dated posts may be a website's news. Versions inside code blocks or addresses do
not count. An empty file, a placeholder or a template with no release fails; a file
with text but no version or date, or one that only links to the forge's release page,
passes with advice. Files under vendor/, node_modules/ or tests/ belong to other
projects or to fixtures and do not count. With --online, the forge's latest release
counts when its notes say something. Release tags in Git (v1.0.0, 2.3, release-2024-05)
are reported, but tags alone are not a changelog: they say that releases are made, not
what changed. Tags a deployment pipeline leaves (ECS-PREVIEW-SUCCESS-…, deploy-…) are
not releases.

Fix: add a CHANGELOG.md (or JOURNAL_DES_MODIFICATIONS.md) with one section per release,
newest first: the version, its date, and what was added, changed, fixed or removed,
written for users. Tag each release in Git with its version.""",
        fr="""\
Un commun dure tant que ses utilisateurs peuvent le suivre. Utilisateurs et
contributeurs d'autres organisations doivent savoir quelle version ils utilisent, ce qui
a changé entre deux versions et si une mise à jour casse quelque chose ; sans cette
trace, chaque mise à jour est un saut dans l'inconnu, et la confiance dans la ressource
partagée s'use.

Vérifié : un fichier nommé CHANGELOG, CHANGES, NEWS, HISTORY, RELEASES ou RELEASE_NOTES,
ou portant un nom français (JOURNAL_DES_MODIFICATIONS, NOTES_DE_VERSION, CHANGEMENTS,
HISTORIQUE, NOUVEAUTES), casse indifférente, avec ou sans extension (.md, .rst, .adoc,
.txt…), à la racine, dans docs/, .github/ ou .gitlab/ ; un dossier de notes de version
(changelog/, releases/, notes-de-version/, à la racine ou dans docs/) ; ou un dossier
de fragments de modifications (changelog.d/, newsfragments/, ou news/ avec des noms à la
manière de towncrier comme 123.feature.md) ; un dossier de notes par version
(Documentation/RelNotes/, docs/whatsnew/) ; debian/changelog ; le journal à la racine de
chaque paquet d'un monodépôt (packages/*/, crates/*/, apps/*/, ou un dossier qui contient
un manifeste de paquet comme package.json ou Cargo.toml) ; la page du journal d'un site
de documentation (docs/content/changelog.md). Le fichier doit citer au moins une
version : un numéro (1.2.0, v1.2, « Version 2 ») ou une date (2024-05-01, 1er mai 2024) ;
un fichier NEWS doit citer un numéro, car des billets datés peuvent être les actualités
d'un site. Les numéros dans un bloc de code ou dans une adresse ne comptent pas. Un
fichier vide, un simple gabarit ou un modèle sans aucune version échoue ; un fichier
rédigé sans numéro ni date, ou qui renvoie seulement vers la page des versions de la
forge, passe avec un conseil. Les fichiers sous vendor/, node_modules/ ou tests/
appartiennent à d'autres projets ou à des jeux d'essai et ne comptent pas. Avec
--online, la dernière version publiée sur la forge compte quand ses notes disent quelque
chose. Les étiquettes de version dans Git (v1.0.0, 2.3, release-2024-05) sont
signalées, mais des étiquettes seules ne font pas un journal : elles disent que des
versions sortent, pas ce qui a changé. Les étiquettes qu'une chaîne de déploiement pose
(ECS-PREVIEW-SUCCESS-…, deploy-…) ne sont pas des versions.

Correction : ajoutez un CHANGELOG.md (ou JOURNAL_DES_MODIFICATIONS.md) avec une section
par version, la plus récente d'abord : le numéro, la date, et ce qui a été ajouté,
modifié, corrigé ou retiré, écrit pour les utilisateurs. Étiquetez chaque version dans
Git avec son numéro.""",
    ),
    tutorial="Pérenniser — Faut-il formaliser des règles pour pérenniser le commun numérique ?",
    url=TUTORIAL_URL,
)
def changelog(
    repo: Repository, history: History, forge: ForgeInfo | None
) -> Iterator[Outcome]:
    """Facts: ``changelog`` (the file that documents releases, or None),
    ``latest_version`` (the newest release it names), ``package_changelogs`` (in a
    monorepo, the packages' changelogs that document releases), ``tags`` (how many
    release tags), ``last_release`` and ``last_release_date`` (the newest release tag
    and its date, or None), ``forge_release_notes`` (with ``--online``, the tag of the
    forge's latest release when it has notes and no file does)."""
    found = candidates(repo)
    documented = next((c for c in found if documents_releases(repo, c)), None)
    tags = release_tags(history)
    if documented is not None:
        documented = newest_named_release(found, documented)
        pointer = None
        packages: list[Candidate] = []
        if documented.package:
            packages = [c for c in found if c.package and documents_releases(repo, c)]
            pointer = root_pointer(repo, found, packages)
            if pointer is not None:  # the package the root changelog names first
                documented = pointer[1]
        yield from release_evidence(repo, documented)
        if documented.package:
            yield Fact("package_changelogs", [c.path for c in packages][:MAX_LISTED_PACKAGES])
            if pointer is not None:
                yield Evidence(pointer[0], note=_("points to the changelogs of the packages"))
    else:
        yield Fact("changelog", None)
        yield Fact("latest_version", None)
    yield from tag_facts(tags)
    if documented is not None:
        return
    release = forge_release_notes(forge)
    if release is not None and forge is not None:
        note = _("release notes of {tag} on {forge}").format(
            tag=release.tag, forge=forge.source)
        yield Fact("forge_release_notes", release.tag)
        yield Evidence(None, note=note)
        yield Summary(note)
        return
    # No file names a release: say what is wrong with the files there are, if any.
    for candidate in found:
        link = None if candidate.fragment else releases_link(repo.text(candidate.path))
        if link:
            yield Finding(
                _("{path} only points to {url}: the release notes there cannot be checked "
                  "here.").format(path=candidate.path, url=link),
                path=candidate.path,
                advice=True,
                fix=_("Keep the release notes in the repository too, so that they travel "
                      "with every copy of the project."),
                key="link-only",
            )
            return
    written = [
        c.path for c in found
        if not c.fragment and not c.versions_only and is_written(repo.text(c.path))
    ]
    if written:
        yield Finding(
            _("{path} names no version or release date: readers cannot tell what changed "
              "in which release.").format(path=written[0]),
            path=written[0],
            advice=True,
            fix=_("Give each release its own heading with its version and date, "
                  "for example \"## 1.2.0 - 2024-05-01\"."),
            key="no-versions",
        )
        return
    # A news file with prose but no version is a website's news, not a placeholder.
    placeholders = [
        c.path for c in found
        if not c.fragment and not (c.versions_only and is_substantial(repo.text(c.path)))
    ]
    if placeholders:
        yield Finding(
            _("{path} is empty or a placeholder: it documents no release.")
            .format(path=placeholders[0]),
            path=placeholders[0],
            fix=_("List each release with its version, its date and what changed for users."),
            key="empty",
        )
        return
    if tags:
        yield Finding(
            tags_only_message(tags),
            fix=_("Add a CHANGELOG.md with one section per release: version, date and "
                  "changes, newest first."),
            key="tags-only",
        )
        return
    yield Finding(
        _("No changelog, release notes or release tags: nothing tells users what changed "
          "from one version to the next."),
        fix=_("Add a CHANGELOG.md with one section per release (version, date, changes) "
              "and tag each release in Git."),
        key="missing",
    )


def tags_only_message(tags: Sequence[Tag]) -> str:
    """Tags alone are not a changelog: say how many there are, in the right number."""
    if len(tags) == 1:
        return _("One release is tagged in Git ({tag}), but no changelog or release notes "
                 "say what changed in it: a tag alone is not a changelog.").format(
            tag=tags[0].name)
    return _("{count} releases are tagged in Git (latest {tag}), but no changelog or "
             "release notes say what changed in each: tags alone are not a "
             "changelog.").format(count=len(tags), tag=tags[0].name)


# How many package changelogs a monorepo's facts list.
MAX_LISTED_PACKAGES = 20


def root_pointer(
    repo: Repository, found: Sequence[Candidate], packages: Sequence[Candidate]
) -> tuple[str, Candidate] | None:
    """A root changelog that only points to the packages' changelogs, and the first
    package changelog it names."""
    for candidate in found:
        if candidate.package or candidate.fragment or "/" in candidate.path:
            continue
        text = repo.text(candidate.path)
        named = [(text.find(c.path), c) for c in packages if c.path in text]
        if named:
            return candidate.path, min(named, key=lambda pair: pair[0])[1]
    return None


# Words of a changelog template: its title, the "Unreleased" section and the usual
# kinds of change, in English and French, and placeholders for a version and a date.
TEMPLATE_WORDS = frozenset(re.split(r"\s+", """
    changelog change log changes journal des modifications notes de version history
    unreleased added changed deprecated removed fixed security non publie a venir
    ajoute ajoutes ajouts modifie modifies obsolete obsoletes supprime supprimes retire
    corrige corriges corrections securite version date x.y.z vx.y.z yyyy-mm-dd
    aaaa-mm-jj todo""".strip()))
# Boilerplate a template keeps: where the format comes from, what the file will hold.
TEMPLATE_BOILERPLATE = re.compile(
    r"keep a changelog|keepachangelog|semantic versioning|semver|notable changes|"
    r"changements notables|modifications notables|will be documented|"
    r"seront (documente|consigne|note)|sont (documente|consigne|note)"
)
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:")


def is_written(text: str) -> bool:
    """True when the file has prose of its own, beyond a changelog template's headings
    and boilerplate."""
    if not is_substantial(text):
        return False
    for _number, raw in prose_lines(text):
        if _LINK_DEFINITION.match(raw):
            continue
        line = _LEADING_MARKUP.sub("", fold(raw.strip()))
        if not line or TEMPLATE_BOILERPLATE.search(line):
            continue
        words = re.findall(r"[a-z0-9][a-z0-9.-]*", line)
        if words and not all(word in TEMPLATE_WORDS for word in words):
            return True
    return False

"""changelog: releases are documented (a changelog, release notes) or at least tagged."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from commons_lint import Finding, History, Repository, Severity, Text, Theme, rule
from commons_lint.repository import DOCUMENT_EXTENSIONS

from ._common import TUTORIAL_URL, _, fold, is_substantial, project_documents

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
     "notes-de-version", "notes_de_version"}
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


def release_marker_line(text: str) -> int | None:
    """The 1-based line of the first version heading or release date, if any."""
    for number, raw in enumerate(text.splitlines(), start=1):
        line = fold(raw.strip())
        if not line or len(line) > MAX_MARKER_LINE:
            continue
        bare = _LEADING_MARKUP.sub("", line)
        if (
            _ISO_DATE.search(line)
            or _STRONG_VERSION.search(line)
            or _NAMED_VERSION.search(line)
            or _LEADING_VERSION.match(bare)
            or _DAY_FIRST_DATE.match(bare)
            or _TEXT_DATE.match(bare)
        ):
            return number
    return None


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


def folder_candidates(repo: Repository) -> list[Candidate]:
    """Files of release-note folders and change-fragment folders."""
    found: list[Candidate] = []
    # A folder's role is worked out once: a large repository has many files per folder.
    roles: dict[str, tuple[bool, bool, bool]] = {}
    for path in repo.own_files:
        folder, _sep, name = path.lower().rpartition("/")
        if not folder:
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
            found.append(Candidate(path))
    return found


def candidates(repo: Repository) -> list[Candidate]:
    documents = [Candidate(d.path) for d in project_documents(repo, CHANGELOG_STEMS)]
    return documents + folder_candidates(repo)


def documents_releases(repo: Repository, candidate: Candidate) -> bool:
    if candidate.fragment:
        return bool(repo.text(candidate.path).strip())
    if names_a_release(candidate.path):
        return True
    return release_marker_line(repo.text(candidate.path)) is not None


# A changelog may only point to the forge's release page, which cannot be read offline.
RELEASES_LINK = re.compile(
    r"https?://[^\s)>\]]+/(?:-/)?(?:releases|tags|changelog|changes|news|history)\b[^\s)>\]]*",
    re.IGNORECASE,
)


def releases_link(text: str) -> str | None:
    match = RELEASES_LINK.search(text)
    return match.group(0) if match else None


# A tag names a release when a number starts one of its parts: v1.2, 2.0, app-3.1, 2024.05.
RELEASE_TAG = re.compile(r"(?:^|[^a-z0-9])v?\d", re.IGNORECASE)


def release_tags(history: History) -> list[str]:
    if not history.available:
        return []
    return [tag.name for tag in history.tags() if RELEASE_TAG.search(tag.name)]


@rule(
    id="changelog",
    theme=Theme.SUSTAIN,
    severity=Severity.NOTE,
    title=Text(
        en="Releases are documented in a changelog or tagged",
        fr="Les versions sont documentées dans un journal des modifications ou étiquetées",
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
as 123.feature.md). The file must name at least one release: a version (1.2.0, v1.2,
"Version 2") or a date (2024-05-01, 1er mai 2024). An empty file or a placeholder
fails; a file with text but no version or date, or one that only links to the forge's
release page, passes with advice. Files under vendor/, node_modules/ or tests/ belong
to other projects or to fixtures and do not count. Release tags in Git (v1.0.0, 2.3,
release-2024-05) also show that releases are made: with tags and no changelog, the
rule passes with advice.

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
manière de towncrier comme 123.feature.md). Le fichier doit citer au moins une version :
un numéro (1.2.0, v1.2, « Version 2 ») ou une date (2024-05-01, 1er mai 2024). Un
fichier vide ou un simple gabarit échoue ; un fichier rédigé sans numéro ni date, ou qui
renvoie seulement vers la page des versions de la forge, passe avec un conseil. Les
fichiers sous vendor/, node_modules/ ou tests/ appartiennent à d'autres projets ou à
des jeux d'essai et ne comptent pas. Des étiquettes de version dans Git (v1.0.0, 2.3,
release-2024-05) montrent aussi que des versions sont publiées : avec des étiquettes et
sans journal, la règle passe avec un conseil.

Correction : ajoutez un CHANGELOG.md (ou JOURNAL_DES_MODIFICATIONS.md) avec une section
par version, la plus récente d'abord : le numéro, la date, et ce qui a été ajouté,
modifié, corrigé ou retiré, écrit pour les utilisateurs. Étiquetez chaque version dans
Git avec son numéro.""",
    ),
    tutorial="Pérenniser — Faut-il formaliser des règles pour pérenniser le commun numérique ?",
    url=TUTORIAL_URL,
)
def changelog(repo: Repository, history: History) -> Iterator[Finding]:
    found = candidates(repo)
    if any(documents_releases(repo, candidate) for candidate in found):
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
    written = [c.path for c in found if not c.fragment and is_substantial(repo.text(c.path))]
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
    tags = release_tags(history)
    placeholders = [c.path for c in found if not c.fragment]
    if placeholders:
        yield Finding(
            _("{path} is empty or a placeholder: it documents no release.")
            .format(path=placeholders[0]),
            path=placeholders[0],
            advice=bool(tags),
            fix=_("List each release with its version, its date and what changed for users."),
            key="empty",
        )
        return
    if tags:
        yield Finding(
            _("Releases are tagged in Git ({count} tags, latest {tag}), but no changelog "
              "says what changed in each.").format(count=len(tags), tag=tags[0]),
            advice=True,
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

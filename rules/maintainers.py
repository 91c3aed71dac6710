"""maintainers: the people responsible for the project are listed.

Where a list of people can be:

- a MAINTAINERS (MAINTENEURS, MAINTENEUSES, RESPONSABLES, TEAM, EQUIPE…) document in the
  root, docs/, .github/ or .gitlab/, or a documentation page of that name;
- a CODEOWNERS file in the root, docs/, .github/ or .gitlab/ (where GitHub and GitLab read
  it) with at least one rule that names an owner (@user, @org/team, an e-mail address);
- a Kubernetes-style OWNERS file at the root (YAML with ``approvers``);
- ``maintenance.contacts`` of publiccode.yml (the people catalogues show as contacts);
- a "Maintainers", "Mainteneurs", "Responsables", "Équipe" or "Team" section of the
  governance document or of the README that names people or handles.

AUTHORS and CONTRIBUTORS files say who wrote the work, not who answers for it today:
alone they fail, with a message that says why.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from commons_lint import Finding, Repository, Severity, Text, Theme, rule

from ._common import PUBLICCODE_NAMES, README_STEMS, TUTORIAL_URL, _, keyword_pattern
from ._contact import GOVERNANCE_NAMES, community_documents, emails, find_section, placeholder

MAINTAINER_NAMES = (
    "maintainers", "maintainer", "mainteneurs", "mainteneur", "mainteneuses", "mainteneuse",
    "responsables", "team", "core-team", "equipe", "l-equipe",
)
# Lists of everyone who ever contributed: history, not responsibility.
AUTHOR_NAMES = ("authors", "auteurs", "contributors", "contributeurs", "credits")
CODEOWNERS_DIRS = ("", "docs", ".github", ".gitlab")

SECTION_HEADING = keyword_pattern(
    [
        "maintainer*", "mainteneu*", "maintained by", "maintenu par", "maintenue par",
        "responsable*", "equipe", "l'equipe", "team", "core team", "the team", "who we are",
        "qui sommes-nous", "project lead*", "porteur*", "porteuse*",
    ]
)

# A GitHub/GitLab handle, "@org/team" included, not the middle of an e-mail address.
_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[\w.-]+)*(?![\w@])")
# A link to someone's profile on a forge: one path segment after the host.
_PROFILE = re.compile(
    r"https?://(?:www\.)?(?:github\.com|gitlab\.com|framagit\.org|codeberg\.org|"
    r"gitlab\.[\w.-]+|git\.[\w.-]+)/(?:~)?[A-Za-z0-9][\w.-]*/?(?=[\s)\]>\"'|,]|$)",
    re.IGNORECASE,
)
# A list item or table cell that starts with a personal name: "- Alice Martin (Etalab)".
_NAME_ITEM = re.compile(
    r"^\s*(?:[-*+]|\d+[.)]|\|)\s*(?:\*\*|__)?"
    r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+(?:de\s+|van\s+|von\s+|le\s+|la\s+)?[A-ZÀ-Þ][\w'’-]+){1,3}"
    r"(?:\*\*|__)?\s*(?:$|[(,;:|<\[—–-])",
    re.MULTILINE,
)
# "M: Name <mail>" lines of the Linux kernel's MAINTAINERS format are found by their
# e-mail address; a plain list of names is found by _NAME_ITEM.


# A file, with the line of the section that names people when it is a section.
Location = tuple[str, int | None]


@dataclass
class Found:
    """Where people were found, and the files that name nobody."""

    lists: list[Location] = field(default_factory=list)  # files or sections naming people
    readme_only: Location | None = None  # the README section, when it is the only place
    empty: list[str] = field(default_factory=list)  # files that exist but name nobody


def names_people(text: str) -> bool:
    """True when the text names at least one person: an address, a handle, a profile
    link or a list item that starts with a personal name. Lines left from a template
    ("[insert name]", "TODO", "maintainer@example.org") are not people."""
    text = _without_placeholders(text)
    return bool(
        emails(text)
        or _HANDLE.search(text)
        or _PROFILE.search(text)
        or _NAME_ITEM.search(text)
    )


def _without_placeholders(text: str) -> str:
    lines = text.splitlines()
    while (found := placeholder("\n".join(lines))) is not None:
        del lines[found[0] - 1]
    return "\n".join(lines)


# ----- CODEOWNERS --------------------------------------------------------------------

_OWNER = re.compile(r"^(?:@@?[\w.-]+(?:/[\w.-]+)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")
# A GitLab section: "[Documentation]", "^[Optional]", "[Docs][2] @docs-team".
_GITLAB_SECTION = re.compile(r"^\^?\[[^\]]+\](?:\[\d+\])?")


def _without_comment(line: str) -> str:
    """CODEOWNERS comments start with #; an escaped \\# begins a pattern."""
    stripped = line.strip()
    if stripped.startswith("#"):
        return ""
    return re.split(r"(?<!\\)\s#", stripped, maxsplit=1)[0].strip()


def codeowners_rules(text: str) -> list[tuple[int, list[str]]]:
    """(line, owners) of every rule or GitLab section that names at least one owner."""
    found = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _without_comment(raw)
        if not line:
            continue
        section = _GITLAB_SECTION.match(line)
        tokens = line[section.end():].split() if section else line.split()[1:]
        owners = [token for token in tokens if _OWNER.match(token)]
        if owners:
            found.append((number, owners))
    return found


def _codeowners_files(repo: Repository) -> list[str]:
    return [
        path
        for directory in CODEOWNERS_DIRS
        for path in sorted(repo.files_in(directory))
        if path.rpartition("/")[2].lower() == "codeowners"
    ]


# ----- OWNERS (Kubernetes) ------------------------------------------------------------

def _has_approvers(data: Any) -> bool:
    """``approvers`` (or ``reviewers``) holding someone, at the top or under ``filters``."""
    if not isinstance(data, dict):
        return False
    for key in ("approvers", "reviewers"):
        people = data.get(key)
        if isinstance(people, list) and any(isinstance(p, str) and p.strip() for p in people):
            return True
    filters = data.get("filters")
    if isinstance(filters, dict):
        return any(_has_approvers(value) for value in filters.values())
    return False


def owners_file_names_people(text: str) -> bool:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return False
    return _has_approvers(data)


# ----- publiccode.yml --------------------------------------------------------------------

def publiccode_contacts(text: str) -> bool:
    """publiccode.yml names the people who maintain the software in maintenance.contacts."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        return False
    maintenance = data.get("maintenance") if isinstance(data, dict) else None
    contacts = maintenance.get("contacts") if isinstance(maintenance, dict) else None
    return isinstance(contacts, list) and any(
        isinstance(contact, dict)
        and isinstance(contact.get("name"), str)
        and contact["name"].strip()
        for contact in contacts
    )


# ----- gathering -----------------------------------------------------------------------

def _section_naming_people(repo: Repository, path: str) -> Location | None:
    section = find_section(repo.text(path), SECTION_HEADING)
    if section is not None and names_people(section.body):
        return path, section.line
    return None


def _sort_file(found: Found, path: str, names_someone: bool) -> None:
    if names_someone:
        found.lists.append((path, None))
    else:
        found.empty.append(path)


def find_maintainers(repo: Repository) -> Found:
    found = Found()
    for path in community_documents(repo, MAINTAINER_NAMES):
        _sort_file(found, path, names_people(repo.text(path)))
    for path in _codeowners_files(repo):
        _sort_file(found, path, bool(codeowners_rules(repo.text(path))))
    for path in repo.files_in(""):
        name = path.lower()
        if name == "owners":
            _sort_file(found, path, owners_file_names_people(repo.text(path)))
        elif name in PUBLICCODE_NAMES and publiccode_contacts(repo.text(path)):
            found.lists.append((path, None))
    for path in community_documents(repo, GOVERNANCE_NAMES):
        where = _section_naming_people(repo, path)
        if where is not None:
            found.lists.append(where)
    if not found.lists:
        for path in community_documents(repo, README_STEMS, folder_pages=False):
            where = _section_naming_people(repo, path)
            if where is not None:
                found.readme_only = where
                break
    return found


def _fix() -> str:
    return _(
        "Add a MAINTAINERS.md that lists the people responsible for the project today, with "
        "a way to reach each one (handle or e-mail address), or a CODEOWNERS file."
    )


@rule(
    id="maintainers",
    theme=Theme.SUSTAIN,
    severity=Severity.NOTE,
    title=Text(
        en="The people responsible for the project are listed",
        fr="Les personnes responsables du projet sont nommées",
    ),
    help=Text(
        en="""\
A commons lasts only if someone answers for it. Contributors, users and partners need
to know who reviews changes, who decides, and whom to ask when something is stuck; a
list of maintainers also makes visible whether the project rests on one person or on
several organisations, and where a newcomer could take a share of the work.

Checked: a MAINTAINERS file (also MAINTENEURS, MAINTENEUSES, RESPONSABLES, TEAM or
EQUIPE, any case and extension, language variants included) in the root, docs/,
.github/ or .gitlab/, or a documentation page of that name; a CODEOWNERS file in the
root, docs/, .github/ or .gitlab/ with at least one rule naming an owner (@user,
@org/team or an e-mail address); a Kubernetes-style OWNERS file at the root with
approvers; the maintenance contacts of publiccode.yml; or a "Maintainers",
"Mainteneurs", "Responsables", "Équipe" or "Team"
section of the governance document or of the README that names people (names in a
list, handles, e-mail addresses or profile links). A file that names nobody (empty,
comments only, a template placeholder) fails. An AUTHORS or CONTRIBUTORS file alone
fails too: it records who wrote the work, not who is responsible for it now. A README
section alone passes with advice to give the list its own file.

Fix: add MAINTAINERS.md with the name, role and handle or address of each person
responsible, and keep it current; a CODEOWNERS file can then route reviews to them.""",
        fr="""\
Un commun ne dure que si quelqu'un en répond. Contributeurs, usagers et partenaires
doivent savoir qui relit les modifications, qui décide et à qui s'adresser quand
quelque chose bloque ; une liste des mainteneurs montre aussi si le projet repose sur
une seule personne ou sur plusieurs organisations, et où une nouvelle venue pourrait
prendre sa part du travail.

Vérifié : un fichier MAINTAINERS (ou MAINTENEURS, MAINTENEUSES, RESPONSABLES, TEAM ou
EQUIPE, casse et extension indifférentes, variantes de langue comprises) à la racine,
dans docs/, .github/ ou .gitlab/, ou une page de documentation de ce nom ; un fichier
CODEOWNERS à la racine, dans docs/, .github/ ou .gitlab/ avec au moins une règle qui
nomme un responsable (@utilisateur, @organisation/équipe ou adresse électronique) ; un
fichier OWNERS à la Kubernetes à la racine avec des approvers ; les contacts de
maintenance de publiccode.yml ; ou une section
« Mainteneurs », « Responsables », « Équipe », « Maintainers » ou « Team » du document
de gouvernance ou du README qui nomme des personnes (noms en liste, identifiants,
adresses ou liens vers des profils). Un fichier qui ne nomme personne (vide,
commentaires seuls, texte à compléter) échoue. Un fichier AUTHORS ou CONTRIBUTORS seul
échoue aussi : il dit qui a écrit l'œuvre, pas qui en est responsable aujourd'hui. Une
section du README seule passe avec le conseil de donner à la liste son propre fichier.

Correction : ajoutez un MAINTAINERS.md avec le nom, le rôle et l'identifiant ou
l'adresse de chaque responsable, et tenez-le à jour ; un fichier CODEOWNERS pourra
ensuite leur confier les relectures.""",
    ),
    tutorial=(
        "Pérenniser — Quelle gouvernance prévoir pour encadrer les relations entre les acteurs ?"
    ),
    url=TUTORIAL_URL,
)
def maintainers(repo: Repository) -> Iterator[Finding]:
    found = find_maintainers(repo)
    if found.lists:
        return
    if found.readme_only is not None:
        path, line = found.readme_only
        yield Finding(
            _("Only a section of {path} lists the people responsible for the project.")
            .format(path=path),
            path=path,
            line=line,
            advice=True,
            fix=_("Give the list its own MAINTAINERS.md file and link to it from the README."),
            key="readme-section",
        )
        return
    if found.empty:
        yield Finding(
            _("{path} names nobody: no person, handle or e-mail address in it.")
            .format(path=found.empty[0]),
            path=found.empty[0],
            fix=_fix(),
            key="empty",
        )
        return
    authors = community_documents(repo, AUTHOR_NAMES, folder_pages=False)
    if authors:
        yield Finding(
            _("{path} lists who wrote the project, not who is responsible for it now; no "
              "MAINTAINERS or CODEOWNERS file found.").format(path=authors[0]),
            path=authors[0],
            fix=_fix(),
            key="authors-only",
        )
        return
    yield Finding(
        _("No list of maintainers found (MAINTAINERS, CODEOWNERS, OWNERS, or a "
          "“Maintainers” section of the governance document or README)."),
        fix=_fix(),
        key="missing",
    )

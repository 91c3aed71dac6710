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

from commons_lint import Evidence, Fact, Finding, Outcome, Repository, Severity, Text, Theme, rule
from commons_lint.structured import Malformed, load_yaml

from ._common import (
    PUBLICCODE_NAMES,
    README_STEMS,
    TUTORIAL_URL,
    _,
    fold,
    keyword_pattern,
    shared_yaml,
)
from ._contact import (
    GOVERNANCE_NAMES,
    GUIDE_NAMES,
    community_documents,
    emails,
    find_section,
    placeholder,
)
from .contributor_terms import pointed_documents

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
# Blanks within the line only ([ \t], not \s): "^\s*" would run over every blank line
# that follows, from each of them (quadratic).
_NAME_ITEM = re.compile(
    r"^[ \t]*(?:[-*+]|\d+[.)]|\|)[ \t]*(?:\*\*|__)?"
    r"[A-ZÀ-Þ][a-zß-ÿ'’-]+"
    r"(?:[ \t]+(?:de[ \t]+|van[ \t]+|von[ \t]+|le[ \t]+|la[ \t]+)?[A-ZÀ-Þ][\w'’-]+){1,3}"
    r"(?:\*\*|__)?[ \t]*(?:$|[(,;:|<\[—–-])",
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
    # CODEOWNERS files whose owners only guard CI or infrastructure files
    infrastructure_only: list[str] = field(default_factory=list)
    # a list of authors presented as the team, or a guide naming maintainers: the note
    notes: dict[Location, str] = field(default_factory=dict)


def names_people(text: str) -> bool:
    """True when the text names at least one person: an address, a handle, a profile
    link or a list item that starts with a personal name. Lines left from a template
    ("[insert name]", "TODO", "maintainer@example.org") are not people."""
    text = _without_placeholders(text)
    return bool(
        any(not is_shared_mailbox(channel.value) for channel in emails(text))
        or _HANDLE.search(text)
        or _PROFILE.search(text)
        or _NAME_ITEM.search(text)
    )


# Words of a shared mailbox's name: a way to reach a team, not a person in it.
_SHARED_MAILBOX_WORDS = frozenset(
    {
        "support", "contact", "contacts", "team", "teams", "equipe", "info", "infos",
        "hello", "bonjour", "help", "aide", "admin", "office", "secretariat", "list",
        "lists", "dev", "devs", "core", "project", "projet", "maintainer", "maintainers",
        "mainteneurs", "security", "securite", "feedback", "questions", "community",
    }
)


def is_shared_mailbox(address: str) -> bool:
    """``govuk-design-system-support@…``, ``contact@…``, ``equipe.projet@…``."""
    local = fold(address.rpartition("@")[0] or address)
    return any(word in _SHARED_MAILBOX_WORDS for word in re.split(r"[._+-]+", local))


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


# What CI and infrastructure owners guard: tools' settings (.github/, any dot-folder or
# dot-file at the root), pipelines, containers, deployment and infrastructure folders,
# dependency manifests and lock files, the CODEOWNERS file itself.
_INFRASTRUCTURE_FOLDERS = frozenset(
    {
        "ci", "deploy", "deployment", "deployments", "infra", "infrastructure", "k8s",
        "kubernetes", "helm", "charts", "terraform", "ansible", "ops", "docker", "devops",
        "pipelines", "workflows",
    }
)
_INFRASTRUCTURE_FILE = re.compile(
    r"^(?:codeowners|dockerfile[^/]*|[^/]*\.dockerfile|docker-compose[^/]*|compose\.ya?ml|"
    r"jenkinsfile|makefile|procfile|[^/]*\.lock|package[^/]*\.json|npm-shrinkwrap\.json|"
    r"pnpm-lock\.yaml|go\.(?:mod|sum)|requirements[^/]*\.txt|gemfile[^/]*|"
    r"azure-pipelines\.ya?ml|[^/]*\.tf|renovate\.json5?|sonar-project\.properties)$"
)


def is_infrastructure(pattern: str) -> bool:
    """True when a CODEOWNERS pattern only covers CI or infrastructure files:
    ``.github/workflows/*.yml``, ``Dockerfile``, ``/deploy/``, ``/package*.json``."""
    parts = [part for part in pattern.lower().strip("/").split("/") if part not in ("", "**")]
    if not parts:
        return False  # "/" or "**": the whole tree
    if parts[0].startswith(".") and parts[0] not in (".", ".."):
        return True  # tools' settings: .github/, .gitlab-ci.yml, .kontinuous/
    if parts[0] in _INFRASTRUCTURE_FOLDERS:
        return True
    return len(parts) == 1 and bool(_INFRASTRUCTURE_FILE.match(parts[0]))


def codeowners_patterns(text: str) -> list[tuple[int, str]]:
    """(line, pattern) of every rule that has an owner, its own or its GitLab section's."""
    found = []
    section_has_owner = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _without_comment(raw)
        if not line:
            continue
        section = _GITLAB_SECTION.match(line)
        if section:
            section_has_owner = any(_OWNER.match(t) for t in line[section.end():].split())
            continue
        pattern, *tokens = line.split()
        if section_has_owner or any(_OWNER.match(token) for token in tokens):
            found.append((number, pattern))
    return found


def _codeowners_files(repo: Repository) -> list[str]:
    return [
        path
        for directory in CODEOWNERS_DIRS
        for path in sorted(repo.files_in(directory))
        if path.rpartition("/")[2].lower() == "codeowners"
    ]


# ----- OWNERS (Kubernetes) ------------------------------------------------------------

# Filters walked in one OWNERS file, at most: Kubernetes repositories have a handful.
MAX_OWNERS_FILTERS = 10_000


def _has_approvers(data: Any) -> bool:
    """``approvers`` (or ``reviewers``) holding someone, at the top or under ``filters``.

    YAML aliases can make filters share, nest in or fan out to the same mapping: each
    mapping is looked at once, and at most MAX_OWNERS_FILTERS of them.
    """
    pending = [data]
    seen: set[int] = set()
    while pending and len(seen) < MAX_OWNERS_FILTERS:
        entry = pending.pop()
        if not isinstance(entry, dict) or id(entry) in seen:
            continue
        seen.add(id(entry))
        for key in ("approvers", "reviewers"):
            people = entry.get(key)
            if isinstance(people, list) and any(
                isinstance(p, str) and p.strip() for p in people
            ):
                return True
        filters = entry.get("filters")
        if isinstance(filters, dict):
            pending.extend(filters.values())
    return False


def owners_file_names_people(text: str) -> bool:
    """A malformed OWNERS (nesting or aliases past the bounds of ``structured``
    included) names nobody."""
    try:
        data = load_yaml(text)
    except Malformed:
        return False
    return _has_approvers(data)


# ----- publiccode.yml --------------------------------------------------------------------

def publiccode_contacts(text: str) -> bool:
    """publiccode.yml names the people who maintain the software in maintenance.contacts."""
    try:
        data = shared_yaml(text)
    except Malformed:
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
        patterns = codeowners_patterns(repo.text(path))
        if any(not is_infrastructure(pattern) for _line, pattern in patterns):
            found.lists.append((path, None))
        elif patterns:
            found.infrastructure_only.append(path)
        else:
            found.empty.append(path)
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
    for path in community_documents(repo, AUTHOR_NAMES, folder_pages=False):
        line = team_with_roles(repo.text(path))
        if line is not None:
            found.lists.append((path, line))
            found.notes[(path, line)] = _("the team, with each person's role")
    _maintainers_named_in_guides(repo, found)
    if not found.lists:
        for path in community_documents(repo, README_STEMS, folder_pages=False):
            where = _section_naming_people(repo, path)
            if where is not None:
                found.readme_only = where
                break
    return found


# ----- a list of authors presented as the team --------------------------------------------

# A heading or opening line that presents people as the team that runs the project.
_TEAM_TITLE = keyword_pattern(
    ["team", "the team", "core team", "our team", "equipe", "l'equipe", "notre equipe",
     "maintainer*", "mainteneu*", "who we are", "qui sommes-nous", "core developers",
     "responsables"]
)
# What people do in a team: "Alice Martin - Développeuse", "Bob Leroy (coach)".
_ROLE = keyword_pattern(
    ["developpeu*", "developer*", "dev", "designer*", "coach*", "product manager*",
     "product owner*", "chef* de projet", "chef* de produit", "project manager*",
     "project lead*", "lead*", "tech lead*", "maintainer*", "mainteneu*", "intrapreneu*",
     "entrepreneu*", "business developer*", "data engineer*", "data scientist*",
     "ingenieu*", "engineer*", "architect*", "ux", "ui", "devops", "sre", "ops",
     "product designer*", "community manager*", "animat*", "responsable*", "director*",
     "directeur*", "directrice*", "founder*", "fondat*", "co-founder*", "cofondat*",
     "reviewer*", "relecteu*", "relectrice*", "integrat*", "qa", "testeu*", "tester*",
     "support", "juriste*", "traduct*", "translator*", "documentalist*", "redact*",
     "writer*", "security", "securite", "administrat*", "sysadmin*"]
)
# A list item or table row: a personal name (a link around it allowed), then a role.
_PERSON_WITH_ROLE = re.compile(
    r"^[ \t]*(?:[-*+]|\d+[.)]|\|)[ \t]*\[?(?:\*\*|__)?"
    r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}(?:\*\*|__)?\]?(?:\([^)\s]*\))?"
    r"[ \t]*(?:[-—–:,|(]|\bas\b|\ben tant que\b)(?P<role>[^\n]{1,80})$",
    re.MULTILINE,
)
MIN_TEAM_ROLES = 2  # one line with a role may be a credit; two make a team list


def team_with_roles(text: str) -> int | None:
    """The line of the heading (or opening line) of a list of authors that presents
    itself as the team and gives people's roles; None for a plain list of names or of
    copyright holders."""
    lines = text.splitlines()
    title = next(
        ((number, line) for number, line in enumerate(lines[:5], start=1) if line.strip()),
        None,
    )
    if title is None or not _TEAM_TITLE.search(fold(title[1])):
        return None
    roles = sum(
        1 for match in _PERSON_WITH_ROLE.finditer(text) if _ROLE.search(fold(match["role"]))
    )
    return title[0] if roles >= MIN_TEAM_ROLES else None


# ----- maintainers named in a contribution guide --------------------------------------------

# A person: first and last name, a handle, an e-mail address or a profile link.
_PERSON = (
    r"(?:(?!(?:The|Our|Le|La|Les|Des|Notre|Nos|This|Ce|Cette)\b)[A-ZÀ-Þ][a-zß-ÿ'’-]+"
    r"(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}\b"
    r"|@[A-Za-z0-9][\w-]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+)"
)
# "the current maintainer is X", "maintained by X", "le mainteneur actuel est X",
# "maintenu par X", "the current maintainer: X". The words in any case, the name as written.
_MAINTAINER_STATEMENT = re.compile(
    r"(?i:\b(?:(?:current|lead|main|principal|project)\s+)?maintainers?"
    r"(?:\s+(?:is|are)|\s*:)"
    r"|\b(?:(?:le|la|les)\s+)?mainteneu(?:r|se|rs|ses)(?:\s+actuel(?:le)?s?)?"
    r"(?:\s+(?:est|sont)|\s*:)"
    r"|\bmaintained\s+by|\bmaintenu(?:e|s|es)?\s+par|\bled\s+by|\bport[ée]e?\s+par)"
    r"[ \t]+(?:(?i:currently|actuellement)[ \t]+)?(?P<person>" + _PERSON + r")"
)
# Where a guide may send contributors for the details: SubmittingPatches, HACKING.
_GUIDE_PAGES = re.compile(r"contribu|submit|patch|hacking|develop|maint|team|equipe|process")


def maintainer_statement(text: str) -> int | None:
    """The line of the first sentence that names a maintainer, if any."""
    text = _without_placeholders(text)
    match = _MAINTAINER_STATEMENT.search(text)
    if match is None or placeholder(match["person"]) is not None:
        return None
    return text.count("\n", 0, match.start()) + 1


def _maintainers_named_in_guides(repo: Repository, found: Found) -> None:
    guides = community_documents(repo, GUIDE_NAMES)
    readmes = community_documents(repo, README_STEMS, folder_pages=False)
    pages: list[tuple[str, str | None]] = [(path, None) for path in guides]
    pages += pointed_documents(repo, guides + readmes, _GUIDE_PAGES)
    for path, source in pages:
        line = maintainer_statement(repo.text(path))
        if line is None:
            continue
        found.lists.append((path, line))
        found.notes[(path, line)] = (
            _("names the maintainers") if source is None
            else _("names the maintainers, linked from {source}").format(source=source))


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
comments only, a template placeholder) fails, and so does a CODEOWNERS that only
gives owners to CI or infrastructure files (.github/, workflows, Dockerfiles,
deployment folders, dependency manifests and lock files). A contribution guide, or a
page the guide or README links to, that names the maintainer ("the current maintainer
is…", "maintained by…") counts. An AUTHORS or CONTRIBUTORS file counts when it presents
itself as the team (a "Team" or "Équipe" heading) and gives people's roles; a plain list
of authors or copyright holders fails: it records who wrote the work, not who is
responsible for it now. A shared mailbox (support@, contact@) names nobody. A README
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
commentaires seuls, texte à compléter) échoue, de même qu'un CODEOWNERS qui ne donne
de responsables qu'aux fichiers d'intégration continue ou d'infrastructure (.github/,
workflows, Dockerfile, dossiers de déploiement, manifestes de dépendances et fichiers de
verrouillage). Un guide de contribution, ou une page vers laquelle il ou le README
renvoie, qui nomme le mainteneur (« le mainteneur actuel est… », « maintenu par… »)
compte. Un fichier AUTHORS ou CONTRIBUTORS compte quand il se présente comme l'équipe
(un titre « Équipe » ou « Team ») et donne le rôle de chacun ; une simple liste
d'auteurs ou de titulaires de droits échoue : elle dit qui a écrit l'œuvre, pas qui en
est responsable aujourd'hui. Une boîte partagée (support@, contact@) ne nomme personne.
Une section du README seule passe avec le conseil de donner à la liste son propre
fichier.

Correction : ajoutez un MAINTAINERS.md avec le nom, le rôle et l'identifiant ou
l'adresse de chaque responsable, et tenez-le à jour ; un fichier CODEOWNERS pourra
ensuite leur confier les relectures.""",
    ),
    tutorial=(
        "Pérenniser — Quelle gouvernance prévoir pour encadrer les relations entre les acteurs ?"
    ),
    url=TUTORIAL_URL,
)
def maintainers(repo: Repository) -> Iterator[Outcome]:
    """Facts: ``lists`` (the files that name the people responsible)."""
    found = find_maintainers(repo)
    yield Fact("lists", [path for path, _line in found.lists])
    for path, line in found.lists:
        note = found.notes.get((path, line)) or _("names the people responsible")
        yield Evidence(path, line, note=note)
    if found.lists:
        return
    if found.readme_only is not None:
        path, line = found.readme_only
        yield Evidence(path, line, note=_("README section"))
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
    if found.infrastructure_only:
        path = found.infrastructure_only[0]
        yield Evidence(path, note=_("owners of CI and infrastructure files only"))
        yield Finding(
            _("{path} only gives owners to CI and infrastructure files (workflows, "
              "containers, deployment, dependency manifests): it does not say who is "
              "responsible for the project.").format(path=path),
            path=path,
            fix=_fix(),
            key="infrastructure-only",
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

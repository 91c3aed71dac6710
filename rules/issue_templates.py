"""issue-templates: templates guide people who report a problem or propose a change.

Two kinds, reported separately:

- issue templates: ``ISSUE_TEMPLATE/`` folders (Markdown templates and YAML issue
  forms) and single ``ISSUE_TEMPLATE.md`` files, in the places GitHub, Gitea and
  Forgejo read them (root, docs/, .github/, .gitea/, .forgejo/), and GitLab's
  ``.gitlab/issue_templates/``;
- change-request templates: ``PULL_REQUEST_TEMPLATE.md`` files and
  ``PULL_REQUEST_TEMPLATE/`` folders in the same places, and GitLab's
  ``.gitlab/merge_request_templates/``.

An empty file does not count, nor a YAML file that is not an issue form (``config.yml``
with ``blank_issues_enabled`` and ``contact_links`` configures the chooser, it is not a
template). Nothing is looked for below vendored or test folders: only these places.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from commons_lint import Evidence, Fact, Finding, Outcome, Repository, Severity, Text, Theme, rule
from commons_lint.structured import Malformed, load_yaml

from ._common import TUTORIAL_URL, _, words, yaml_error_line

# Where forges read templates: GitHub (root, docs/, .github/), Gitea and Forgejo (also
# .gitea/ and .forgejo/), GitLab (.gitlab/).
BASES = ("", "docs", ".github", ".gitea", ".forgejo", ".gitlab")
MARKDOWN = (".md", ".markdown", ".txt", "")
FORMS = (".yml", ".yaml")
# A template with fewer words than this (front matter included) is an empty shell.
MIN_TEMPLATE_WORDS = 4


class Kind(enum.Enum):
    ISSUE = "issue"
    CHANGE = "change"


# Folder names (any case) holding several templates, and single-file stems, by kind.
FOLDERS = {
    Kind.ISSUE: ("issue_template", "issue_templates"),
    Kind.CHANGE: (
        "pull_request_template", "pull_request_templates", "merge_request_templates",
        "merge_request_template",
    ),
}
SINGLE_STEMS = {
    Kind.ISSUE: ("issue_template",),
    Kind.CHANGE: ("pull_request_template", "merge_request_template"),
}


@dataclass
class Templates:
    found: dict[Kind, list[str]] = field(default_factory=lambda: {k: [] for k in Kind})
    empty: list[str] = field(default_factory=list)
    # YAML forms that do not parse, with the line of the error.
    broken: list[tuple[str, int | None]] = field(default_factory=list)


def _split(path: str) -> tuple[str, str]:
    """``.github/ISSUE_TEMPLATE/bug.yml`` -> (``bug``, ``.yml``), extension lower case."""
    name = PurePosixPath(path).name
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem:
        return name, ""
    return stem, "." + extension.lower()


def _markdown_has_content(text: str) -> bool:
    return len(words(text)) >= MIN_TEMPLATE_WORDS


def _form_problem(text: str) -> tuple[int | None, str] | None:
    """Why a YAML file is not an issue form, with the line when the YAML is broken."""
    try:
        data: Any = load_yaml(text)
    except Malformed as error:
        return yaml_error_line(error, text), "invalid-yaml"
    if not isinstance(data, dict):
        return None, "not-a-form"
    body = data.get("body")
    if not (isinstance(data.get("name"), str) and isinstance(body, list) and body):
        return None, "not-a-form"
    return None


def _is_chooser_config(stem: str) -> bool:
    return stem.lower() == "config"


def _consider(repo: Repository, path: str, kind: Kind, found: Templates) -> None:
    stem, extension = _split(path)
    text = repo.text(path)
    if extension in FORMS:
        if kind is not Kind.ISSUE or _is_chooser_config(stem):
            return  # forms exist for issues only; config.yml configures the chooser
        if not text.strip():
            found.empty.append(path)
            return
        problem = _form_problem(text)
        if problem is None:
            found.found[kind].append(path)
        elif problem[1] == "invalid-yaml":
            found.broken.append((path, problem[0]))
        return
    if extension in MARKDOWN:
        (found.found[kind] if _markdown_has_content(text) else found.empty).append(path)


def find_templates(repo: Repository) -> Templates:
    found = Templates()
    for kind in Kind:
        for base in BASES:
            prefix = f"{base}/" if base else ""
            for folder in FOLDERS[kind]:
                for path in sorted(repo.files_in(prefix + folder)):
                    _consider(repo, path, kind, found)
            for path in sorted(repo.files_in(base)):
                stem, extension = _split(path)
                if stem.lower() in SINGLE_STEMS[kind] and extension in MARKDOWN:
                    _consider(repo, path, kind, found)
    return found


def _missing_fix() -> str:
    return _(
        "Add issue templates in .github/ISSUE_TEMPLATE/ (or .gitlab/issue_templates/) for "
        "bug reports and proposals, and a pull or merge request template that lists what a "
        "reviewer needs."
    )


@rule(
    id="issue-templates",
    theme=Theme.PRODUCE,
    severity=Severity.NOTE,
    title=Text(
        en="Templates guide issues and change requests",
        fr="Des modèles guident les tickets et les demandes de modification",
    ),
    help=Text(
        en="""\
Every obstacle left on the way of a contribution makes it less likely to happen and
harder to merge. Templates turn the will to contribute into useful contributions: an
issue template asks a reporter for what the maintainers need (version, steps,
expected result) or lets them choose between a bug, a proposal and a question; a
change-request template reminds the contributor of the checks, the tests and the
documentation to update. They are part of the published contribution framework the
tutorial asks for.

Checked, issue templates: Markdown templates and YAML issue forms (with a name and a
body) in an ISSUE_TEMPLATE/ folder of the root, docs/, .github/, .gitea/ or .forgejo/,
a single ISSUE_TEMPLATE.md in one of those places, or Markdown files in
.gitlab/issue_templates/. Change-request templates: PULL_REQUEST_TEMPLATE.md (any
case) or a PULL_REQUEST_TEMPLATE/ folder in the same places, or Markdown files in
.gitlab/merge_request_templates/. Empty files, a config.yml that only configures the
template chooser, and YAML files that are not issue forms do not count. Both kinds
pass; one kind passes with advice naming the other; none fails. A form that is not
valid YAML is named, with its line.

Fix: add .github/ISSUE_TEMPLATE/bug_report.md (or a bug_report.yml form) and
.github/PULL_REQUEST_TEMPLATE.md, or their GitLab equivalents in
.gitlab/issue_templates/ and .gitlab/merge_request_templates/.""",
        fr="""\
Chaque obstacle laissé sur le chemin d'une contribution la rend moins probable et plus
difficile à intégrer. Les modèles transforment la volonté de contribuer en
contributions utiles : un modèle de ticket demande à la personne qui signale ce dont
les mainteneurs ont besoin (version, étapes, résultat attendu) ou lui fait choisir
entre anomalie, proposition et question ; un modèle de demande de modification
rappelle les vérifications, les tests et la documentation à mettre à jour. Ils font
partie du cadre de contribution publié que demande le tutoriel.

Vérifié, modèles de tickets : modèles Markdown et formulaires YAML (avec un nom et un
corps) dans un dossier ISSUE_TEMPLATE/ de la racine, de docs/, .github/, .gitea/ ou
.forgejo/, un fichier ISSUE_TEMPLATE.md unique à l'un de ces endroits, ou des fichiers
Markdown dans .gitlab/issue_templates/. Modèles de demandes de modification :
PULL_REQUEST_TEMPLATE.md (casse indifférente) ou un dossier PULL_REQUEST_TEMPLATE/ aux
mêmes endroits, ou des fichiers Markdown dans .gitlab/merge_request_templates/. Les
fichiers vides, un config.yml qui ne fait que configurer le choix des modèles et les
fichiers YAML qui ne sont pas des formulaires ne comptent pas. Les deux sortes passent ;
une seule passe avec un conseil qui nomme l'autre ; aucune échoue. Un formulaire qui
n'est pas du YAML valide est signalé, avec sa ligne.

Correction : ajoutez .github/ISSUE_TEMPLATE/bug_report.md (ou un formulaire
bug_report.yml) et .github/PULL_REQUEST_TEMPLATE.md, ou leurs équivalents GitLab dans
.gitlab/issue_templates/ et .gitlab/merge_request_templates/.""",
    ),
    tutorial=(
        "Produire — Quel cadre mettre en place pour faciliter la contribution à la ressource ?"
    ),
    url=TUTORIAL_URL,
)
def issue_templates(repo: Repository) -> Iterator[Outcome]:
    """Facts: ``issue_templates`` and ``change_templates`` (their paths)."""
    found = find_templates(repo)
    yield Fact("issue_templates", list(found.found[Kind.ISSUE]))
    yield Fact("change_templates", list(found.found[Kind.CHANGE]))
    for path in found.found[Kind.ISSUE]:
        yield Evidence(path, note=_("issue template"))
    for path in found.found[Kind.CHANGE]:
        yield Evidence(path, note=_("change-request template"))
    for path, line in found.broken:
        yield Finding(
            _("{path} is not valid YAML: it is not used as an issue form.").format(path=path),
            path=path,
            line=line,
            advice=True,
            fix=_("Correct the YAML syntax on that line (indentation, quotes, colons)."),
            key="invalid-form",
        )
    issues, changes = found.found[Kind.ISSUE], found.found[Kind.CHANGE]
    if issues and changes:
        return
    if issues:
        yield Finding(
            _("Issue templates found ({path}), but no pull or merge request template.")
            .format(path=issues[0]),
            advice=True,
            fix=_("Add .github/PULL_REQUEST_TEMPLATE.md (or a template in "
                  ".gitlab/merge_request_templates/) listing what a change should come with."),
            key="no-change-template",
        )
        return
    if changes:
        yield Finding(
            _("A change-request template found ({path}), but no issue template.")
            .format(path=changes[0]),
            advice=True,
            fix=_("Add issue templates in .github/ISSUE_TEMPLATE/ (or "
                  ".gitlab/issue_templates/) for bug reports and proposals."),
            key="no-issue-template",
        )
        return
    if found.empty:
        yield Finding(
            _("{path} is empty: it does not guide contributors yet.").format(path=found.empty[0]),
            path=found.empty[0],
            fix=_missing_fix(),
            key="empty",
        )
        return
    yield Finding(
        _("No issue or change-request template found (.github/ISSUE_TEMPLATE/, "
          "PULL_REQUEST_TEMPLATE.md, .gitlab/issue_templates/…)."),
        fix=_missing_fix(),
        key="missing",
    )

"""funding: how the commons is funded, or how to fund it, is published.

Sources, each read only when present:

- ``.github/FUNDING.yml`` (also accepted in the root, docs/ and .gitlab/): at least one
  platform GitHub knows, with an account; unknown platforms get advice; a file that is
  not valid YAML fails, with the line of the error;
- ``funding.json``, the FLOSS/fund manifest (``version``, ``entity``, ``funding``…), and
  ``funder``/``funding`` in codemeta.json;
- a document named FUNDING, FINANCEMENT, SPONSORS, DONATE, DONS… with some content;
- in the README: a funding section (Funding, Financement, Sponsors, Soutenir le projet,
  Support us…) with a link or a statement of who funds the project ("funded by",
  "financé par", a grant), or a link to a donation platform anywhere;
- ``fundedBy`` in publiccode.yml.

Telling the project's own sponsors from the projects it sponsors cannot be done
offline with certainty (the account on Open Collective need not match the repository's
name). We keep it simple: a section or paragraph that says "we support", "we sponsor",
"nous soutenons"… is about others, and its links do not count.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from commons_lint import Finding, Repository, Severity, Text, Theme, rule
from commons_lint.forge import ForgeInfo

from ._common import (
    PUBLICCODE_NAMES,
    README_STEMS,
    TUTORIAL_URL,
    _,
    fold,
    is_substantial,
    keyword_pattern,
    project_documents,
    sections,
    words,
    yaml_problem,
)
from ._contact import line_number

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
        "dont nous dependons", "nos dependances",
    ]
)
_DONATION_LINK = re.compile(
    r"https?://(?:www\.)?(?:"
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
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
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
        data = json.loads(repo.text(path))
    except json.JSONDecodeError as error:
        if path.lower().endswith("funding.json"):
            found.problems.append(
                Finding(
                    _("{path} is not valid JSON: {problem}.").format(path=path, problem=error.msg),
                    path=path,
                    line=error.lineno,
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
            data = yaml.safe_load(repo.text(path))
        except yaml.YAMLError:
            continue  # the publiccode-yml rule reports a broken file
        funders = data.get("fundedBy") if isinstance(data, dict) else None
        if isinstance(funders, list) and any(_is_funder(item) for item in funders):
            found.places.append(f"{path} (fundedBy)")


def _is_funder(item: Any) -> bool:
    if isinstance(item, dict):
        return any(_has_value(item.get(key)) for key in ("name", "uri"))
    return _has_value(item)


# ----- documents ---------------------------------------------------------------------


def _about_others(text: str) -> bool:
    return _SUPPORTING_OTHERS.search(fold(text)) is not None


def _funding_section(text: str) -> int | None:
    """The line of a section on the project's own funding: a link or a named funder."""
    for heading, line, body in sections(text):
        if not _FUNDING_HEADING.search(fold(heading)) or _about_others(heading + "\n" + body):
            continue
        if _ANY_LINK.search(body):
            return line
        if len(words(body)) >= MIN_SECTION_WORDS and _FUNDED_BY.search(fold(body)):
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


def _check_documents(repo: Repository, found: Funding) -> None:
    for document in project_documents(repo, FUNDING_STEMS):
        if is_substantial(repo.text(document.path)):
            found.places.append(document.path)
    for document in project_documents(repo, README_STEMS):
        text = repo.text(document.path)
        line = _funding_section(text) or _donation_link_line(text)
        if line is not None:
            found.places.append(f"{document.path}:{line}")


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
    _check_publiccode(repo, found)
    _check_documents(repo, found)
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
compte avec un conseil.

Correction : ajoutez au README une section « Financement » (ou « Funding ») qui dit qui
finance le projet et comment y contribuer, ou un .github/FUNDING.yml avec vos comptes,
ou un FUNDING.md qui décrit les sources de financement et l'usage des sommes.""",
    ),
    tutorial=(
        "Financer — Comment gérer les financements externes soutenant la production du commun ?"
    ),
    url=TUTORIAL_URL,
)
def funding(repo: Repository, forge: ForgeInfo | None) -> Iterator[Finding]:
    found = find_funding(repo)
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

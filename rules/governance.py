"""governance: a governance document says how decisions are made, by whom, how to join."""

from __future__ import annotations

import re
from collections.abc import Iterator

from commons_lint import Evidence, Finding, Outcome, Repository, Severity, Text, Theme, rule

from ._common import TUTORIAL_URL, _, keyword_pattern
from ._contact import (
    GOVERNANCE_NAMES,
    GUIDE_NAMES,
    Aspect,
    Section,
    community_documents,
    document_section,
    readme_section,
    readme_stand_in,
    sort_documents,
    unwritten_document,
    written_aspects,
)
from ._document import read_document
from ._evidence import section_evidence, written_documents

# Lists of people: they say who, not how decisions are made. Named in the message.
PEOPLE_LIST_NAMES = ("maintainers", "mainteneurs", "mainteneuses", "codeowners", "owners")

# A document about how decisions are made is a governance document under another name:
# DecisionMaking.adoc, decision-making.md, prise-de-decision.md. Not "decisions": a
# docs/decisions/ folder holds architecture decision records.
DECISION_NAMES = (
    "decision-making", "decision-process", "decision-making-process",
    "prise-de-decision", "prise-de-decisions", "processus-de-decision",
)
SECTION_HEADING = keyword_pattern(
    [
        "governance", "gouvernance", "decision making", "decision-making",
        "decision process", "how decisions are made", "prise de decision*",
        "prise des decisions", "processus de decision*", "comment les decisions sont prises",
    ]
)
GOVERNANCE_PATH = re.compile(r"govern|gouvern|decision")
# A README section this long (in words) can stand in for a governance document.
MIN_SECTION_WORDS = 25


# What a governance document should say, and words that show it does (EN and FR).
ASPECTS = (
    Aspect(
        "no-decisions",
        keyword_pattern(
            [
                "decision*", "decid*", "vote*", "voting", "consensus", "majorit*", "quorum",
                "veto", "arbitr*", "rfc", "rfcs", "scrutin",
            ]
        ),
    ),
    Aspect(
        "no-roles",
        keyword_pattern(
            [
                "role*", "maintainer*", "mainteneu*", "committer*", "core team", "equipe*",
                "steering", "comite*", "committee*", "board", "bureau", "conseil*",
                "council*", "lead*", "responsable*", "president*", "tresorier*",
                "secretaire*", "member*", "membre*", "owner*",
            ]
        ),
    ),
    Aspect(
        "no-joining",
        keyword_pattern(
            [
                "join*", "rejoindre", "rejoign*", "become", "becoming", "devenir", "devenez",
                "nomin*", "nomm*", "elect*", "elu", "elue", "elus", "elues", "candidat*",
                "adhe*", "membership", "coopt*", "onboarding", "apply", "postuler", "promot*",
            ]
        ),
    ),
    # Informational: the tutorial suggests a legal structure or a charter of values,
    # never requires one; a document that says the project has none also mentions it.
    Aspect(
        "no-structure",
        keyword_pattern(
            [
                "association*", "loi 1901", "foundation*", "fondation*", "cooperati*", "scic",
                "scop", "open collective", "opencollective", "fiscal host*",
                "fiscal sponsor*", "fiscally hosted", "gie", "gip", "statut*", "statute*",
                "bylaw*", "charte*", "charter*", "legal structure", "legal entity",
                "structure juridique", "entite juridique", "personnalite juridique",
                "non-profit", "nonprofit", "not-for-profit", "but non lucratif",
                "conservancy",
            ]
        ),
    ),
)


def _aspect_message(key: str) -> tuple[str, str]:
    """The message (with ``{path}``) and the fix for a missing aspect."""
    if key == "no-decisions":
        return (
            _("{path} does not say how decisions are made."),
            _("Describe how decisions are taken (consensus, vote, who settles disagreements) "
              "and where they are recorded."),
        )
    if key == "no-roles":
        return (
            _("{path} does not say who holds which role."),
            _("List the roles (maintainers, committee, board…) and who holds them, or where "
              "that list is kept."),
        )
    if key == "no-joining":
        return (
            _("{path} does not say how to join the people who decide."),
            _("Explain how a contributor can take on a role: criteria, nomination, election."),
        )
    return (
        _("{path} names no legal structure or charter of values."),
        _("Name the legal structure that carries the project (association, foundation, "
          "cooperative, fiscal host such as Open Collective) or its charter of values, or "
          "say that it has none yet."),
    )


def _fix() -> str:
    return _(
        "Add a GOVERNANCE.md that says how decisions are made, who holds which role and "
        "how to join them."
    )


def _missing(repo: Repository) -> Finding:
    lists = community_documents(repo, PEOPLE_LIST_NAMES, folder_pages=False)
    if lists:
        return Finding(
            _("No governance document found; {path} says who maintains the project, not how "
              "decisions are made or how to join.").format(path=lists[0]),
            path=lists[0],
            fix=_fix(),
            key="missing",
        )
    return Finding(
        _("No governance document found (GOVERNANCE, GOUVERNANCE in the root, docs/, "
          ".github/ or .gitlab/)."),
        fix=_fix(),
        key="missing",
    )


@rule(
    id="governance",
    theme=Theme.SUSTAIN,
    severity=Severity.WARNING,
    title=Text(
        en="A governance document says how decisions are made",
        fr="Un document de gouvernance dit comment les décisions sont prises",
    ),
    help=Text(
        en="""\
Contributors to a commons relate in many ways, from coordinating small changes to
deciding the future of the resource. A written governance gives those decisions their
legitimacy and makes them transparent; it builds trust inside and outside the
project. There is no ideal model, but a good one is readable by everyone, shows how
decisions are taken, and is open to contributors who want a say.

Checked: a file named GOVERNANCE or GOUVERNANCE, or a decision-making document
(DECISION-MAKING, DecisionMaking, PRISE-DE-DECISION…) (any case, extension such as .md,
.rst, .adoc or .txt, language variant such as GOVERNANCE.fr.md) in the root, docs/,
.github/ or .gitlab/, or documentation pages such as docs/governance/index.md or any
page under docs/gouvernance/. Architecture decision records (docs/decisions/) are not
a governance. Copies under vendored or test folders, source files such
as governance.py, and empty or placeholder files do not count. A MAINTAINERS or
CODEOWNERS file says who, not how: alone, it fails. The document passes with advice
when it does not say how decisions are made, who holds which role, or how to join;
and, for information, when it names neither a legal structure (association, foundation,
cooperative, fiscal host such as Open Collective) nor a charter of values: the
tutorial recommends one when a strong collective interest is at stake, it is never
required. A substantial "Governance" or "Decision making" section of the README, or of
the contribution guide, passes with advice to give it its own file.

Fix: write GOVERNANCE.md: the roles and who holds them, how decisions are made and
recorded, how a contributor can take on a role, and, if there is one, the structure
that carries the project.""",
        fr="""\
Les contributeurs d'un commun sont liés de bien des façons, de la coordination de
petites modifications aux décisions sur l'avenir de la ressource. Une gouvernance
écrite donne à ces décisions leur légitimité et les rend transparentes ; elle renforce
la confiance, dans le projet comme à l'extérieur. Il n'y a pas de modèle idéal, mais
une bonne gouvernance est lisible par tous, montre comment les décisions sont prises et
s'ouvre aux contributeurs qui veulent y prendre part.

Vérifié : un fichier nommé GOVERNANCE ou GOUVERNANCE, ou un document sur la prise de
décision (DECISION-MAKING, DecisionMaking, PRISE-DE-DECISION…) (casse, extension comme
.md, .rst, .adoc ou .txt et variante de langue comme GOVERNANCE.fr.md indifférentes) à
la racine, dans docs/, .github/ ou .gitlab/, ou des pages de documentation comme
docs/governance/index.md ou toute page de docs/gouvernance/. Les registres de décisions
d'architecture (docs/decisions/) ne sont pas une gouvernance. Les copies des dossiers de
dépendances ou de tests, les fichiers source comme governance.py et les fichiers vides
ou bouche-trous ne comptent pas. Un fichier MAINTAINERS ou CODEOWNERS dit qui, pas
comment : seul, il échoue. Le document passe avec un conseil s'il ne dit pas comment
les décisions sont prises, qui tient quel rôle ou comment y accéder ; et, pour
information, s'il ne nomme ni structure juridique (association, fondation, coopérative,
hébergement par un tiers comme Open Collective) ni charte de valeurs : le tutoriel en
recommande une quand un fort intérêt collectif est en jeu, ce n'est jamais une
obligation. Une section « Gouvernance » ou « Prise de décision » consistante du README,
ou du guide de contribution, passe avec le conseil de lui donner son propre fichier.

Correction : rédigez un GOVERNANCE.md : les rôles et qui les tient, comment les
décisions sont prises et consignées, comment un contributeur peut prendre un rôle et,
s'il y en a une, la structure qui porte le projet.""",
    ),
    tutorial=(
        "Pérenniser — Quelle gouvernance prévoir pour encadrer les relations entre les acteurs ?"
    ),
    url=TUTORIAL_URL,
)
def governance(repo: Repository) -> Iterator[Outcome]:
    """Facts: ``documents`` (the written governance documents)."""
    documents = sort_documents(
        repo, community_documents(repo, (*GOVERNANCE_NAMES, *DECISION_NAMES)), GOVERNANCE_PATH
    )
    if documents.written:
        yield from written_documents(repo, documents.written, _("governance"))
        yield from written_aspects(repo, documents, ASPECTS, _aspect_message)
        return
    unwritten = unwritten_document(
        documents,
        points_elsewhere=_("{path} only points to {url}: the governance there cannot be "
                           "checked here."),
        summarise=_("Next to the link, summarise how decisions are made, who holds which "
                    "role and how to join."),
        empty=_("{path} is empty or a placeholder: it does not describe a governance yet."),
        fix=_fix(),
    )
    if unwritten is not None:
        yield unwritten
        return
    stand_in = readme_stand_in(
        readme_section(repo, SECTION_HEADING),
        MIN_SECTION_WORDS,
        ASPECTS,
        _aspect_message,
        message=_("The README's “{heading}” section is the only description of the "
                  "governance."),
        fix=_("Move it to a GOVERNANCE.md file and link to it from the README."),
    )
    if stand_in:
        yield Evidence(stand_in[0].path, stand_in[0].line, note=_("README section"))
        yield from stand_in
        return
    # A "Governance" or "Decision making" section of the contribution guide counts too.
    for path, section in _guide_sections(repo):
        stand_in = readme_stand_in(
            (path, section),
            MIN_SECTION_WORDS,
            ASPECTS,
            _aspect_message,
            message=_("The “{heading}” section of {path} is the only description of the "
                      "governance.").format(path=path, heading="{heading}"),
            fix=_("Move it to a GOVERNANCE.md file and link to it from the README and "
                  "the contribution guide."),
        )
        if stand_in:
            yield section_evidence(path, section.heading, section.line)
            yield from stand_in
            return
    yield _missing(repo)


def _guide_sections(repo: Repository) -> list[tuple[str, Section]]:
    """Governance sections of the contribution guides, in the order of the guides."""
    found = []
    for path in community_documents(repo, GUIDE_NAMES):
        section = document_section(read_document(repo, path), SECTION_HEADING)
        if section is not None:
            found.append((path, section))
    return found

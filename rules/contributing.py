"""contributing-guide: a published guide turns the will to contribute into contributions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from commons_lint import Finding, Outcome, Repository, Severity, Text, Theme, rule
from commons_lint.forge import CommunityFile, ForgeInfo

from ._common import TUTORIAL_URL, _, is_substantial, keyword_pattern, mentions, words
from ._contact import (
    GUIDE_NAMES,
    Aspect,
    Section,
    community_documents,
    missing_aspects,
    pointer_url,
    readme_section,
    readme_stand_in,
    sort_documents,
    unwritten_document,
    written_aspects,
)
from ._evidence import section_evidence, written_documents

# HACKING is, by GNU tradition, notes for programmers (building, coding style): it
# leaves out the translators, writers and designers the tutorial wants to welcome, and
# forges do not show it as the contribution guide. Named in the message, never accepted.
DEVELOPER_NOTES_NAMES = ("hacking",)

# A README section this long (in words) can stand in for a guide; "Contributions
# welcome!" cannot.
MIN_SECTION_WORDS = 20

SECTION_HEADING = keyword_pattern(
    [
        "contributing", "contribution", "contributions", "contribute", "contribuer",
        "contribuez", "how to help", "comment aider", "participer", "participate",
        "get involved",
    ]
)
# Where a short file points to the real guide inside the repository.
GUIDE_PATH = re.compile(r"contribu")

# A README section guides only by what it explains. An invitation ("Contributions are
# welcome", "Feel free to open issues or PRs") says that help is wanted, not how to
# give it; a sentence that sends the reader to a guide elsewhere ("see the guidelines
# of X") explains nothing here. Such sentences are not counted towards
# MIN_SECTION_WORDS; an invitation is a short sentence (below INVITATION_WORDS words).
INVITATION_WORDING = keyword_pattern(
    [
        "welcome*", "appreciated", "feel free", "do not hesitate", "don't hesitate",
        "dont hesitate", "encouraged", "bienvenu*", "n'hesitez pas", "nhesitez pas",
        "hesitez pas", "apprecie*", "thank*", "merci*",
    ]
)
POINTING_WORDING = keyword_pattern(
    [
        "see", "check out", "refer to", "read", "more about", "learn more", "know more",
        "voir", "voyez", "consultez", "consulter", "lisez", "reportez-vous",
        "en savoir plus", "plus d'informations", "plus d'information",
    ]
)
INVITATION_WORDS = 12
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n[ \t]*\n|\n[ \t]*(?:[-*+]|\d+[.)])[ \t]+")
_LINK_MARKUP = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)|https?://\S+")


def guiding_words(body: str) -> int:
    """The words of ``body`` (a README section's prose) that explain how to contribute:
    invitations and pointers to guides elsewhere left out."""
    total = 0
    for sentence in _SENTENCE_BREAK.split(body):
        has_link = _LINK_MARKUP.search(sentence) is not None
        plain = _LINK_MARKUP.sub(lambda match: match[1] or " ", sentence)
        count = len(words(plain))
        if has_link and mentions(plain, POINTING_WORDING):
            continue
        if count < INVITATION_WORDS and mentions(plain, INVITATION_WORDING):
            continue
        total += count
    return total


# What a guide should explain, and words that show it does (English and French).
ASPECTS = (
    Aspect(
        "no-report",
        keyword_pattern(
            [
                "report*", "bug", "bugs", "issue", "issues", "ticket*", "signaler",
                "signalez", "signalement*", "anomalie*", "bug tracker", "issue tracker",
            ]
        ),
    ),
    Aspect(
        "no-change",
        keyword_pattern(
            [
                "pull request*", "merge request*", "patch", "patches", "patchs", "fork*",
                "branch*", "branche*", "commit*", "demande* de fusion", "requete* de fusion",
                "propose a change", "propose changes", "proposer une modification",
                "proposer des modifications", "pr", "mr", "correctif*",
            ]
        ),
    ),
    Aspect(
        "no-non-code",
        keyword_pattern(
            [
                "documentation*", "documenter", "translat*", "tradui*", "traduc*",
                "design", "designer*", "graphis*", "graphic*", "illustrat*", "maquette*",
                "accessib*", "weblate", "crowdin", "transifex", "localis*", "localiz*",
                "i18n", "l10n", "tutorial*", "tutoriel*", "mediation", "animation",
                "communication", "user research", "without code", "without coding",
                "sans code", "sans coder", "non-code", "non code",
            ]
        ),
    ),
)


def _aspect_message(key: str) -> tuple[str, str]:
    """The message (with ``{path}``) and the fix for a missing aspect."""
    if key == "no-report":
        return (
            _("{path} does not say how to report a problem (a bug, a mistake, a question)."),
            _("Explain where and how to report a problem: the tracker to use and what to "
              "include."),
        )
    if key == "no-change":
        return (
            _("{path} does not say how to propose a change."),
            _("Describe how to propose a change: fork or branch, merge or pull request, "
              "review."),
        )
    return (
        _("{path} does not say how to contribute other than by code."),
        _("Say how translators, writers, designers and other non-developers can help, and "
          "where."),
    )


def _guide_fix() -> str:
    return _(
        "Add a CONTRIBUTING.md that explains how to report a problem, how to propose a "
        "change and how to help other than by code."
    )


def _no_guide(repo: Repository, readme: tuple[str, Section] | None) -> Finding:
    if readme is not None:
        path, section = readme
        return Finding(
            _("The README's “{heading}” section is too short to guide contributors.")
            .format(heading=section.heading),
            path=path,
            line=section.line,
            fix=_guide_fix(),
            key="missing",
        )
    notes = community_documents(repo, DEVELOPER_NOTES_NAMES, folder_pages=False)
    if notes:
        return Finding(
            _("No contribution guide found; {path} speaks to developers only.")
            .format(path=notes[0]),
            path=notes[0],
            fix=_guide_fix(),
            key="missing",
        )
    return Finding(
        _("No contribution guide found (CONTRIBUTING, CONTRIBUER… in the root, docs/, "
          ".github/ or .gitlab/)."),
        fix=_guide_fix(),
        key="missing",
    )


def _inherited(guide: CommunityFile, source: str | None) -> list[Finding]:
    """Advice on the organisation's guide, which GitHub shows for a repository that has
    none; empty when that guide is empty or a placeholder, which guides nobody."""
    url = pointer_url(guide.text)
    if url is not None:
        findings = [
            Finding(
                _("{path} only points to {url}: the guide there cannot be checked here.")
                .format(path=guide.url, url=url),
                advice=True,
                key="points-elsewhere",
            )
        ]
    elif is_substantial(guide.text):
        findings = [
            replace(finding, path=None)
            for finding in missing_aspects(guide.url, guide.text, ASPECTS, _aspect_message)
        ]
    else:
        return []
    findings.append(
        Finding(
            _("The contribution guide is inherited from the organisation ({source}): {url}.")
            .format(source=source, url=guide.url),
            advice=True,
            fix=_("Link to it from the README, and add what is particular to this project "
                  "(how to build it, where to discuss)."),
            key="inherited",
        )
    )
    return findings


@rule(
    id="contributing-guide",
    theme=Theme.PRODUCE,
    severity=Severity.WARNING,
    title=Text(
        en="A contribution guide explains how to take part",
        fr="Un guide de contribution explique comment participer",
    ),
    help=Text(
        en="""\
A commons lives on contributions from people who did not start it, with different
skills: code, documentation, translation, design, mediation. Good will turns into
contributions only when the way in is written down and public; every unanswered
question ("where do I report this?", "may I send a fix?", "can I help without
coding?") loses someone.

Checked: a contribution guide named CONTRIBUTING, CONTRIBUTE, CONTRIBUTION(S),
CONTRIBUER, "how to contribute" or "comment contribuer" (any case, separator,
extension such as .md, .rst, .adoc or .txt, language variant such as
CONTRIBUTING.fr.md) in the root, docs/, .github/ or .gitlab/, or a documentation page
such as docs/contributing/index.md or docs/fr/contribuer.md. Files under vendored or
test folders are not the project's guide. An empty or placeholder file fails, and so
does a README whose contribution section is a mere "contributions welcome": a section
stands in for a guide when it has at least 20 words that explain, once invitations
("contributions are welcome", "feel free to open issues or PRs") and sentences that
send the reader to a guide elsewhere are set aside.
CONTRIBUTORS and AUTHORS list people and HACKING speaks to developers only: they do
not count.

The guide passes with advice when it does not explain how to report a problem, how
to propose a change, or how to contribute other than by code; when it only links to a
guide elsewhere (which cannot be checked here); and when a substantial "Contributing"
section of the README stands in for it (a file is where forges and newcomers look).
With --online, a project with no guide of its own may inherit its organisation's
(GitHub shows the CONTRIBUTING.md of the organisation's .github repository): it passes
with advice, and the same advice on what it leaves out.

Fix: write CONTRIBUTING.md at the root with three parts: reporting a problem (where,
what to include), proposing a change (branch or fork, merge or pull request, review),
and the other ways to help (documentation, translation, design, answering questions).""",
        fr="""\
Un commun vit des contributions de personnes qui ne l'ont pas lancé et qui ont des
compétences variées : code, documentation, traduction, design, médiation. La volonté
de contribuer ne devient contribution que si le chemin est écrit et public ; chaque
question sans réponse (« où signaler ceci ? », « puis-je proposer un correctif ? »,
« puis-je aider sans coder ? ») fait perdre quelqu'un.

Vérifié : un guide de contribution nommé CONTRIBUTING, CONTRIBUTE, CONTRIBUTION(S),
CONTRIBUER, « how to contribute » ou « comment contribuer » (casse, séparateur,
extension comme .md, .rst, .adoc ou .txt et variante de langue comme CONTRIBUTING.fr.md
indifférents) à la racine, dans docs/, .github/ ou .gitlab/, ou une page de
documentation comme docs/contributing/index.md ou docs/fr/contribuer.md. Les fichiers
des dossiers de dépendances ou de tests ne sont pas le guide du projet. Un fichier vide
ou bouche-trou échoue, de même qu'un README dont la section sur la contribution se
résume à « contributions bienvenues » : une section tient lieu de guide si elle compte
au moins 20 mots qui expliquent, une fois mises de côté les invitations (« les
contributions sont les bienvenues », « n'hésitez pas à ouvrir un ticket ») et les
phrases qui renvoient vers un guide ailleurs. CONTRIBUTORS et AUTHORS listent des personnes et
HACKING ne s'adresse qu'aux développeurs : ils ne comptent pas.

Le guide passe avec un conseil s'il n'explique pas comment signaler un problème,
comment proposer une modification ou comment contribuer autrement que par le code ;
s'il ne fait que renvoyer vers un guide ailleurs (invérifiable ici) ; et si une section
« Contribuer » consistante du README en tient lieu (c'est un fichier que les forges et
les nouveaux venus cherchent). Avec --online, un projet sans guide à lui peut hériter de
celui de son organisation (GitHub affiche le CONTRIBUTING.md du dépôt .github de
l'organisation) : il passe avec un conseil, et les mêmes conseils sur ce qu'il omet.

Correction : rédigez un CONTRIBUTING.md à la racine en trois parties : signaler un
problème (où, avec quelles informations), proposer une modification (branche ou fork,
demande de fusion, relecture), et les autres façons d'aider (documentation, traduction,
design, réponses aux questions).""",
    ),
    tutorial=(
        "Produire — Quel cadre mettre en place pour faciliter la contribution à la ressource ?"
    ),
    url=TUTORIAL_URL,
)
def contributing_guide(repo: Repository, forge: ForgeInfo | None) -> Iterator[Outcome]:
    """Facts: ``documents`` (the written guides), ``contacts`` (``[{kind, value, path,
    line}]`` the guides give, kind email, form, advisory or url)."""
    documents = sort_documents(repo, community_documents(repo, GUIDE_NAMES), GUIDE_PATH)
    readme = readme_section(repo, SECTION_HEADING)
    if documents.written:
        yield from written_documents(
            repo, documents.written, _("contribution guide"), contacts=True
        )
        also = readme[1].body if readme is not None else None
        yield from written_aspects(repo, documents, ASPECTS, _aspect_message, also)
        return
    unwritten = unwritten_document(
        documents,
        points_elsewhere=_("{path} only points to {url}: the guide there cannot be checked "
                           "here."),
        summarise=_("Next to the link, summarise how to report a problem, propose a change "
                    "and help without code."),
        empty=_("{path} is empty or a placeholder: it does not guide contributors."),
        fix=_guide_fix(),
    )
    if unwritten is not None:
        yield unwritten
        return
    stand_in = readme_stand_in(
        readme,
        MIN_SECTION_WORDS,
        ASPECTS,
        _aspect_message,
        message=_("The README's “{heading}” section is the only contribution guide."),
        fix=_("Move it to a CONTRIBUTING.md file, where forges and newcomers look for it, "
              "and link to it from the README."),
        counted=guiding_words,
    )
    if stand_in:
        if readme is not None:
            yield section_evidence(readme[0], readme[1].heading, readme[1].line)
        yield from stand_in
        return
    guide = forge.inherited(GUIDE_NAMES) if forge is not None else None
    inherited = _inherited(guide, forge.community_source) if forge and guide else []
    if inherited:
        yield from inherited
        return
    yield _no_guide(repo, readme)

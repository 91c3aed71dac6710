"""code-of-conduct: a code of conduct exists and says how to report a problem."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from commons_lint import Evidence, Finding, Outcome, Repository, Severity, Text, Theme, rule
from commons_lint.forge import ForgeInfo

from ._common import TUTORIAL_URL, _, is_substantial
from ._contact import (
    community_documents,
    contact_channels,
    is_reference_or_placeholder,
    linked_documents,
    placeholder,
    pointer_url,
    prose,
    readme_section,
    urls,
)
from ._document import document_format, parse
from ._evidence import contact_outcomes

# English and French names, compared without case, accents or separators:
# CODE_OF_CONDUCT, Code-of-Conduct.md, CODEOFCONDUCT, code_de_conduite.fr.md.
# "Charte de conduite" is how some French projects title theirs; a bare CHARTE is
# left out, as it is as often a charter of values or a governance charter.
CONDUCT_NAMES = (
    "code-of-conduct", "conduct", "code-de-conduite", "code-de-bonne-conduite",
    "charte-de-conduite", "charte-de-bonne-conduite",
)

# A README section that stands for the code (on folded headings): "Code of Conduct",
# "Code de conduite", "Charte de bonne conduite".
_CONDUCT_HEADING = re.compile(
    r"\b(?:code\s+of\s+conduct|code\s+de\s+(?:bonne\s+)?conduite|"
    r"charte\s+de\s+(?:bonne\s+)?conduite)\b"
)


def _fix() -> str:
    return _(
        "Add a CODE_OF_CONDUCT.md that states the expected behaviour and how to report a "
        "problem: an e-mail address or a form read by the people who handle reports."
    )


class Conduct(NamedTuple):
    """A code of conduct to assess: the project's own file, or its organisation's."""

    name: str  # how messages name it: its path, or the organisation's URL
    path: str | None  # in the repository; None when inherited
    text: str


def _no_contact(document: Conduct) -> Finding:
    path = document.name
    left = placeholder(document.text)
    if left is not None:
        line, text = left
        return Finding(
            _("{path} gives no way to report a problem: “{placeholder}” was never filled in.")
            .format(path=path, placeholder=text),
            path=document.path,
            line=line if document.path else None,
            fix=_("Replace the placeholder with an e-mail address or a form that the people "
                  "who handle reports read."),
            key="no-contact",
        )
    return Finding(
        _("{path} gives no way to report a problem (no e-mail address or contact form).")
        .format(path=path),
        path=document.path,
        fix=_("Add an e-mail address or a link to a form, read by the people who handle "
              "reports (preferably more than one person)."),
        key="no-contact",
    )


@rule(
    id="code-of-conduct",
    theme=Theme.SUSTAIN,
    severity=Severity.WARNING,
    title=Text(
        en="A code of conduct says how to report a problem",
        fr="Un code de conduite indique comment signaler un problème",
    ),
    help=Text(
        en="""\
A commons brings together people and organisations who do not know each other. They
keep contributing only if they trust that the relations between them follow shared,
written rules and that nobody will be pushed out. A code of conduct writes those
rules down; it protects only if people know whom to tell, privately, when the rules
are broken.

Checked: a file named CODE_OF_CONDUCT, CODE-OF-CONDUCT, CODEOFCONDUCT, CONDUCT,
CODE_DE_CONDUITE or CHARTE_DE_CONDUITE (any case, separator, extension such as .md,
.rst, .adoc or .txt, language variant such as CODE_OF_CONDUCT.fr.md) in the root,
docs/, .github/ or .gitlab/, or a documentation page such as
docs/code-of-conduct/index.md. Copies under vendored or test folders do not count;
an empty or placeholder file fails. The code must give a way to report a problem: an
e-mail address, or a link to a form or contact page next to words about reporting or
contacting; what is inside code blocks, code spans and comments does not count. A
code that links to another page of the repository (a relative link, or a link to the
repository's own forge address) is judged on that page too, one hop: a contact given
there counts. A template placeholder left as it was ("[INSERT CONTACT METHOD]",
"[email]", contact@example.com, TODO) is not a way to report anything, and neither is
a public issue tracker. A short file that only links to a code of conduct published
elsewhere (a licence header in a comment does not make it longer) passes with advice,
as the page it links to cannot be checked here. Without a file, a "Code of Conduct"
section of the README that gives a way to report, or adopts a published code by a link,
passes with advice. With --online, a
project that has no code of its own may inherit its organisation's (GitHub shows the
one in the organisation's .github repository): it counts, with advice, once checked
the same way.

Fix: adopt a code of conduct (writing your own or adapting a well-known one) as
CODE_OF_CONDUCT.md, and fill in the reporting address or form, read by people who can
act on reports; say how reports are handled and kept confidential.""",
        fr="""\
Un commun réunit des personnes et des organisations qui ne se connaissent pas. Elles
ne continuent à contribuer que si elles ont confiance : leurs relations suivent des
règles communes et écrites, et personne ne sera mis à l'écart. Un code de conduite
écrit ces règles ; il ne protège que si l'on sait à qui s'adresser, en toute
discrétion, quand elles ne sont pas respectées.

Vérifié : un fichier nommé CODE_OF_CONDUCT, CODE-OF-CONDUCT, CODEOFCONDUCT, CONDUCT,
CODE_DE_CONDUITE ou CHARTE_DE_CONDUITE (casse, séparateur, extension comme .md, .rst,
.adoc ou .txt et variante de langue comme CODE_OF_CONDUCT.fr.md indifférents) à la
racine, dans docs/, .github/ ou .gitlab/, ou une page de documentation comme
docs/code-of-conduct/index.md. Les copies des dossiers de dépendances ou de tests ne
comptent pas ; un fichier vide ou bouche-trou échoue. Le code doit donner un moyen de
signaler un problème : une adresse électronique, ou un lien vers un formulaire ou une
page de contact à côté de mots sur le signalement ou le contact ; ce qui se trouve dans
un bloc de code, un fragment de code ou un commentaire ne compte pas. Un code qui
renvoie à une autre page du dépôt (lien relatif, ou lien vers l'adresse du dépôt sur sa
forge) est aussi jugé sur cette page, sans aller plus loin : un contact donné là-bas
compte. Un emplacement de
modèle laissé tel quel (« [INSERT CONTACT METHOD] », « [email] »,
contact@example.com, TODO) ne permet de rien signaler, pas plus qu'un gestionnaire de
tickets public. Un fichier court qui ne fait que renvoyer vers un code de conduite
publié ailleurs (un en-tête de licence en commentaire ne l'allonge pas) passe avec un
conseil : la page visée n'est pas vérifiable ici. Sans fichier, une section « Code de
conduite » du README qui donne un moyen de signaler, ou adopte par un lien un code
publié, passe avec un conseil. Avec --online,
un projet sans code à lui peut hériter de celui de son organisation (GitHub affiche
celui du dépôt .github de l'organisation) : il compte, avec un conseil, une fois
vérifié de la même façon.

Correction : adoptez un code de conduite (rédigé par vous ou adapté d'un code connu)
dans CODE_OF_CONDUCT.md, et renseignez l'adresse ou le formulaire de signalement, lus
par des personnes capables d'agir ; dites comment les signalements sont traités et
gardés confidentiels.""",
    ),
    tutorial="Pérenniser — Faut-il formaliser des règles pour pérenniser le commun numérique ?",
    url=TUTORIAL_URL,
)
def code_of_conduct(repo: Repository, forge: ForgeInfo | None) -> Iterator[Outcome]:
    """Facts: ``contacts`` (``[{kind, value, path, line}]``, kind email, form, advisory or
    url), when the code gives a way to report."""
    paths = community_documents(repo, CONDUCT_NAMES)
    for path in paths:
        yield Evidence(path, note=_("code of conduct"))
    if paths:
        yield from _assess(
            [Conduct(path, path, prose(repo, path)) for path in paths], repo
        )
        return
    in_readme = _readme_section(repo)
    if in_readme:
        yield from in_readme
        return
    inherited = forge.inherited(CONDUCT_NAMES) if forge is not None else None
    if forge is None or inherited is None:
        yield Finding(
            _("No code of conduct found (CODE_OF_CONDUCT, CODE_DE_CONDUITE… in the root, "
              "docs/, .github/ or .gitlab/)."),
            fix=_fix(),
            key="missing",
        )
        return
    # The organisation's code (GitHub shows it in every repository that has none) is
    # held to the same standard as the project's own would be.
    text = parse(inherited.text, document_format(inherited.path)).prose
    findings = list(_assess([Conduct(inherited.url, None, text)]))
    yield from findings
    if all(f.advice for f in findings if isinstance(f, Finding)):
        yield Finding(
            _("The code of conduct is inherited from the organisation ({source}): {url}.")
            .format(source=forge.community_source, url=inherited.url),
            advice=True,
            fix=_("Link to it from the README, so that people who read the code elsewhere "
                  "than on the forge find it too."),
            key="inherited",
        )


def _readme_section(repo: Repository) -> list[Outcome]:
    """Outcomes for a README section that adopts a code of conduct, when there is no
    file: a reporting channel in it, or a link to a code published elsewhere, passes with
    advice (forges and readers look for a file); an empty heading is not a code."""
    found = readme_section(repo, _CONDUCT_HEADING)
    if found is None:
        return []
    readme, section = found
    channels = [
        (readme, channel.kind, channel.value, section.line + channel.line)
        for channel in contact_channels(section.body)
    ]
    links = [url for url, _line in urls(section.body) if not is_reference_or_placeholder(url)]
    if not channels and not links:
        return []
    # The link that names a code first: a reStructuredText section ends with the targets
    # of every reference above it, not only the code's.
    links.sort(key=lambda url: not re.search(r"conduct|conduite", url, re.IGNORECASE))
    outcomes: list[Outcome] = [
        Evidence(readme, section.line, note=_("code of conduct section of the README"))
    ]
    if channels:
        outcomes.extend(contact_outcomes(channels, summary=True))
    else:
        outcomes.append(Finding(
            _("The README's \"{title}\" section adopts a code of conduct published "
              "elsewhere ({url}): whether it gives a way to report a problem cannot be "
              "checked here.").format(title=section.heading, url=links[0]),
            path=readme,
            line=section.line,
            advice=True,
            fix=_("Add a CODE_OF_CONDUCT.md that adopts it and gives the reporting address "
                  "or form."),
            key="readme-pointer",
        ))
    outcomes.append(Finding(
        _("The code of conduct is a section of {readme}: forges show a CODE_OF_CONDUCT "
          "file to contributors, not a section.").format(readme=readme),
        path=readme,
        line=section.line,
        advice=True,
        fix=_("Move the section to a CODE_OF_CONDUCT.md and link to it from the README."),
        key="readme-section",
    ))
    return outcomes


def _linked_contacts(repo: Repository, documents: Sequence[Conduct]) -> list[Outcome]:
    """The contacts of the first page of the repository that one of ``documents`` links
    to and that gives a way to report, with evidence naming both files; empty if none."""
    for document in documents:
        if document.path is None:
            continue
        for page in linked_documents(repo, document.path):
            channels = contact_channels(prose(repo, page))
            if channels:
                return [
                    Evidence(
                        document.path,
                        note=_("code of conduct, points to {page}").format(page=page),
                    ),
                    *contact_outcomes(
                        [(page, channel.kind, channel.value, channel.line)
                         for channel in channels],
                        summary=True,
                    ),
                ]
    return []


def _assess(documents: Sequence[Conduct], repo: Repository | None = None) -> Iterator[Outcome]:
    """Findings on the codes ``documents`` (their prose); with ``repo``, a code that
    links to another page of the repository is judged on that page too (one hop)."""
    # A channel in any of the files (a translation, a separate reporting page) is enough.
    found = [
        (document.path, channel.kind, channel.value, channel.line)
        for document in documents for channel in contact_channels(document.text)
    ]
    if found:
        yield from contact_outcomes(found, summary=True)
        return
    if repo is not None:
        followed = _linked_contacts(repo, documents)
        if followed:
            yield from followed
            return
    for document in documents:
        url = pointer_url(document.text)
        if url is not None:
            yield Finding(
                _("{path} only points to {url}: whether it gives a way to report a problem "
                  "cannot be checked here.").format(path=document.name, url=url),
                path=document.path,
                advice=True,
                fix=_("Repeat the reporting address or form in the file itself."),
                key="points-elsewhere",
            )
            return
    # A file that adopts a published code by a link is short but not empty.
    written = [
        document for document in documents
        if is_substantial(document.text) or urls(document.text)
    ]
    if written:
        yield _no_contact(written[0])
        return
    yield Finding(
        _("{path} is empty or a placeholder: it is not a code of conduct yet.")
        .format(path=documents[0].name),
        path=documents[0].path,
        fix=_fix(),
        key="empty",
    )

"""readme: a README says what the resource is and for whom."""

from __future__ import annotations

import re
from collections.abc import Iterator

from commons_lint import Evidence, Fact, Finding, Outcome, Repository, Severity, Text, Theme, rule

from ._common import README_STEMS, TUTORIAL_URL, _, is_substantial, project_documents, words
from ._prose import is_markdown, prose
from .project_metadata import man_page_description, paragraphs, presenting_paragraphs

# A README shorter than this says little more than the project's name.
MIN_README_WORDS = 25


# A tagline this long ("A command-line benchmarking tool") says what the project is.
MIN_TAGLINE_WORDS = 3
_SUB_HEADING = re.compile(r"^\s{0,3}#{2,6}\s+\S|^\s{0,3}-{3,}\s*$")


def presents_the_project(text: str) -> bool:
    """A paragraph of prose (not a list of links) before the README's first section, in
    an "About"-like section, or a man page's DESCRIPTION, says what the project is."""
    if man_page_description(text) or presenting_paragraphs(text, min_words=MIN_TAGLINE_WORDS):
        return True
    lines = text.splitlines()
    first_section = next(
        (number for number, line in enumerate(lines, start=1) if _SUB_HEADING.match(line)),
        len(lines) + 1,
    )
    return any(
        block.line < first_section and len(words(block.text)) >= MIN_TAGLINE_WORDS
        for block in paragraphs(text)
    )


@rule(
    id="readme",
    theme=Theme.UNDERSTAND,
    severity=Severity.ERROR,
    title=Text(
        en="A README says what the project is and for whom",
        fr="Un README présente le projet et son public",
    ),
    help=Text(
        en="""\
The README is the first page anyone reads. A commons is shared by people who did not
create it: they need to learn quickly what the resource is, what problem it solves and
for whom, before they can use it or contribute.

Checked: a file named README or LISEZMOI (any case, with or without an extension such
as .md, .rst, .adoc or .txt, language variants such as README.fr.md included) in the
repository root, docs/, .github/ or .gitlab/. A README with only a title, or fewer than
25 words, fails: it does not say what the project is. It must also present the
project in prose (code blocks, commands and HTML comments are not a presentation): a
paragraph of at least 3 words under the title (before the first section), an
"About"-like section, or the DESCRIPTION of a man-page README; a README made only of
links, lists and commands fails with that reason.

Fix: write a README.md at the root with a one-paragraph description (what, for whom,
why), how to install or use it, and where to get help or contribute.""",
        fr="""\
Le README est la première page que l'on lit. Un commun est partagé par des personnes
qui ne l'ont pas créé : elles doivent comprendre vite ce qu'est la ressource, quel
problème elle résout et pour qui, avant de l'utiliser ou d'y contribuer.

Vérifié : un fichier nommé README ou LISEZMOI (casse indifférente, avec ou sans
extension comme .md, .rst, .adoc ou .txt, variantes de langue comme README.fr.md
comprises) à la racine, dans docs/, .github/ ou .gitlab/. Un README réduit à un titre,
ou de moins de 25 mots, échoue : il ne dit pas ce qu'est le projet. Il doit aussi
présenter le projet en prose (un bloc de code, une commande ou un commentaire HTML ne
sont pas une présentation) : un paragraphe d'au moins 3 mots sous le
titre (avant la première section), une section du type « À propos », ou la DESCRIPTION
d'un README écrit comme une page de manuel ; un README fait seulement de liens, de
listes et de commandes échoue pour cette raison.

Correction : écrivez un README.md à la racine avec un paragraphe de présentation (quoi,
pour qui, pourquoi), la manière de l'installer ou de l'utiliser, et où trouver de l'aide
ou contribuer.""",
    ),
    tutorial="Comprendre — Comment se caractérise un commun numérique ?",
    url=TUTORIAL_URL,
)
def readme(repo: Repository) -> Iterator[Outcome]:
    """Facts: ``readme`` (the path that counts, or None), ``words`` (its word count)."""
    documents = project_documents(repo, README_STEMS)
    if not documents:
        yield Finding(
            _("No README found in the root, docs/, .github/ or .gitlab/."),
            fix=_("Add a README.md that says what the project is, for whom, and how to use it."),
            key="missing",
        )
        return
    for document in documents:
        # A usage example or an install command is part of a short README's content,
        # but the presentation must be prose: a list of links and commands is not one.
        source = repo.text(document.path)
        text = prose(source, is_markdown(document.path))
        if is_substantial(source, MIN_README_WORDS) and presents_the_project(text):
            count = len(words(source))
            yield Fact("readme", document.path)
            yield Fact("words", count)
            yield Evidence(document.path, note=_("{count} words").format(count=count))
            return
    main = documents[0]
    count = len(words(repo.text(main.path)))
    if count >= MIN_README_WORDS:
        yield Finding(
            _("{path} has {count} words but no paragraph that says what the project is: "
              "only links, commands or lists.").format(path=main.path, count=count),
            path=main.path,
            fix=_("Open the README, under its title, with a paragraph saying what the "
                  "project does and for whom."),
            key="no-presentation",
        )
        return
    yield Finding(
        _("{path} has {count} words: it does not yet say what the project is and for whom.")
        .format(path=main.path, count=count),
        path=main.path,
        fix=_("Describe what the project does, for whom, and how to start using it."),
        key="too-short",
    )

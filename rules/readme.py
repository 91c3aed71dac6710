"""readme: a README says what the resource is and for whom."""

from __future__ import annotations

from collections.abc import Iterator

from commons_lint import Finding, Repository, Severity, Text, Theme, rule

from ._common import README_STEMS, TUTORIAL_URL, _, is_substantial, project_documents, words

# A README shorter than this says little more than the project's name.
MIN_README_WORDS = 25


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
25 words, fails: it does not say what the project is.

Fix: write a README.md at the root with a one-paragraph description (what, for whom,
why), how to install or use it, and where to get help or contribute.""",
        fr="""\
Le README est la première page que l'on lit. Un commun est partagé par des personnes
qui ne l'ont pas créé : elles doivent comprendre vite ce qu'est la ressource, quel
problème elle résout et pour qui, avant de l'utiliser ou d'y contribuer.

Vérifié : un fichier nommé README ou LISEZMOI (casse indifférente, avec ou sans
extension comme .md, .rst, .adoc ou .txt, variantes de langue comme README.fr.md
comprises) à la racine, dans docs/, .github/ ou .gitlab/. Un README réduit à un titre,
ou de moins de 25 mots, échoue : il ne dit pas ce qu'est le projet.

Correction : écrivez un README.md à la racine avec un paragraphe de présentation (quoi,
pour qui, pourquoi), la manière de l'installer ou de l'utiliser, et où trouver de l'aide
ou contribuer.""",
    ),
    tutorial="Comprendre — Comment se caractérise un commun numérique ?",
    url=TUTORIAL_URL,
)
def readme(repo: Repository) -> Iterator[Finding]:
    documents = project_documents(repo, README_STEMS)
    if not documents:
        yield Finding(
            _("No README found in the root, docs/, .github/ or .gitlab/."),
            fix=_("Add a README.md that says what the project is, for whom, and how to use it."),
            key="missing",
        )
        return
    for document in documents:
        if is_substantial(repo.text(document.path), MIN_README_WORDS):
            return
    main = documents[0]
    count = len(words(repo.text(main.path)))
    yield Finding(
        _("{path} has {count} words: it does not yet say what the project is and for whom.")
        .format(path=main.path, count=count),
        path=main.path,
        fix=_("Describe what the project does, for whom, and how to start using it."),
        key="too-short",
    )

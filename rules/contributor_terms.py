"""contributor-terms: the terms on which contributions are accepted are stated.

Three ways are recognised: a Developer Certificate of Origin (each commit signed off),
a Contributor License Agreement, or a plain "inbound = outbound" statement (a
contribution comes under the project's licence). When a DCO is stated, the recent
commits are checked for their ``Signed-off-by`` lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote

from commons_lint import (
    Evidence,
    Fact,
    Finding,
    History,
    Outcome,
    Repository,
    Severity,
    Text,
    Theme,
    rule,
)

from ._common import README_STEMS, TUTORIAL_URL, _, fold, is_substantial
from ._contact import GUIDE_NAMES, community_documents, link_target
from ._document import read_document
from ._history import is_bot, positive_int

DCO = "dco"
CLA = "cla"
INBOUND = "inbound"

# Files that hold the certificate or the agreement itself (any case, extension, language).
DCO_FILE_NAMES = (
    "dco", "developer-certificate-of-origin", "certificat-d-origine-du-developpeur",
    "certificat-d-origine-des-developpeurs",
)
CLA_FILE_NAMES = (
    "cla", "icla", "ccla", "individual-cla", "corporate-cla", "contributor-license-agreement",
    "contributor-licence-agreement", "contributor-agreement", "accord-de-licence-de-contribution",
    "accord-de-contribution", "contrat-de-contribution",
)
# Settings of the forge tools that enforce one or the other: the DCO app reads
# .github/dco.yml; CLA bots and workflows are named after what they check.
DCO_SETTINGS = (".github/dco.yml", ".github/dco.yaml")
CLA_SETTINGS = (".clabot", ".github/cla.yml", ".github/cla.yaml")
_WORKFLOW_DIRS = (".github/workflows", ".gitlab/ci")
_TOOL_NAME = {DCO: re.compile(r"(?:^|[-_.])dco(?:[-_.]|$)"),
              CLA: re.compile(r"(?:^|[-_.])cla(?:[-_.]|$)")}

_APOSTROPHE = r"['’]?\s*"
# On folded text (lower case, no accents).
_DCO_WORDS = re.compile(
    r"(?<![\w-])(?:developer(?:s|['’]s|s['’])?\s*certificate\s+of\s+origin"
    r"|certificats?\s+d" + _APOSTROPHE + r"origine\s+d(?:u|es|e)\s+developpeu(?:r|rs|se|ses)"
    r"|signed-off-by|signed-off|sign-offs?|signoffs?|dco)(?![\w-])"
)
# On the original text: "git commit -s", "-sm", "--signoff"; "-S" (a GPG signature) is not one.
_SIGNOFF_COMMAND = re.compile(
    r"\bgit\s+commit\b[^\n`]*?\s(?:-[a-zA-Z]*s[a-zA-Z]*|--signoff)(?![\w-])"
)
_CLA_WORDS = re.compile(
    r"(?<![\w-])(?:contributor" + _APOSTROPHE + r"s?\s+licen[cs]e\s+agreements?"
    r"|contributor\s+agreements?|i?c?cla|cla-assistant|easycla|copyright\s+assignments?"
    r"|assign\w*\s+(?:the\s+|your\s+)?copyright|cessions?\s+de(?:s)?\s+droits\s+d['’]?\s*auteur"
    r"|(?:accord|contrat)s?\s+de\s+(?:licence\s+(?:de|du|des)\s+)?contribut\w*)"
    # The abbreviation after the full name is part of it, so that a negation before the
    # name ("ni accord de licence de contributeur (CLA)") covers it too.
    r"(?:\s*\(\s*i?c?cla\s*\))?(?![\w-])"
)
# "no CLA", "you do not need to sign a CLA", "pas besoin de signer de CLA"
_NEGATION_BEFORE = re.compile(
    r"(?:\bno|\bnot|n['’]t|\bwithout|\bnever|\bnor|\bpas|\baucun\w*|\bsans|\bni|\bnon)"
    r"\W+(?:[\w'’-]+\W+){0,4}$"
)

_SUBJECT = (
    r"(?:contributions?|contributors?|contributeur\w*|patch(?:es|s)?|submissions?|"
    r"your\s+(?:work|changes|code|patch\w*)|vos\s+(?:modifications|propositions|apports)|"
    r"apports?)"
)
_LICENSED_EN = (
    r"(?:(?:licen[cs]ed|released|distributed|published|made\s+available|provided|accepted|"
    r"submitted|placed)\s+(?:\w+\s+){0,2}?under|(?:covered|governed)\s+by|"
    r"(?:fall|falls|be|are|is|remain|remains)\s+under)"
)
_LICENSED_FR = (
    r"(?:(?:publiee?s?|diffusee?s?|placee?s?|distribuee?s?|licenciee?s?|soumise?s?|"
    r"acceptee?s?|mise?s?\s+a\s+disposition|partagee?s?)\s+(?:\w+\s+){0,2}?(?:sous|selon)|"
    r"(?:couverte?s?|regie?s?)\s+par|(?:sont|seront|soient|est|sera|restent)\s+sous|"
    r"relevent\s+de)"
)
# What comes after "under"/"sous" must be a licence, not "review" or "discussion".
_LICENCE_AFTER = (
    r"[^.;!?]{0,80}?(?:licen[cs]e|gpl|\bmit\b|apache|eupl|bsd|mpl|cecill|etalab|"
    r"creative\s+commons|cc[- ]by|odbl)"
)
# Work yet to come is contributions: "any new code", "tout nouveau développement".
_NEW_WORK = (
    r"(?:\bnew\s+(?:developments?|code|features?|modules?)"
    r"|\bnouv(?:eau|eaux|elle|elles)\s+(?:developpements?|code|fonctionnalites?|modules?))"
)
# Up to seven words, within one sentence.
_GAP = r"[^\w.;!?]+(?:[\w'’-]+[^\w.;!?]+){0,7}?"
_INBOUND = (
    re.compile(r"\binbound\s*(?:=|/|equals)\s*outbound\b"),
    re.compile(
        _SUBJECT + _GAP + r"(?:" + _LICENSED_EN + "|" + _LICENSED_FR + r")\b"
        + _LICENCE_AFTER
    ),
    # "you agree to license your contributions under…"
    re.compile(r"\blicen[cs]e\s+(?:your|their|all|any|its)\s+contributions?\s+under\b"
               + _LICENCE_AFTER),
    re.compile(_SUBJECT + r"[^.;!?]{0,100}?\b(?:same\s+licen[cs]e|meme\s+licence)\b"),
    # "all new developments must be made under a licence compatible with the GPL",
    # "tout nouveau développement doit être fait sous une licence compatible"
    re.compile(
        r"(?:" + _SUBJECT + r"|" + _NEW_WORK + r")[^.;!?]{0,100}?\b(?:under|sous)\s+"
        r"(?:an?\s+|une\s+|the\s+|la\s+)?(?:licen[cs]es?\s+(?:\w+\s+){0,2}?compatibles?|"
        r"compatible\s+licen[cs]es?)\b"
    ),
)

_HEADING = re.compile(r"^\s*(?:#{1,6}\s|={1,6}\s|\.\.\s)|^\s*[-=~^*#+]{3,}\s*$")


@dataclass(frozen=True)
class Statement:
    kind: str  # DCO, CLA or INBOUND
    path: str
    line: int | None = None
    via: str | None = None  # the guide or README that links to ``path``


# ----- documents the guide points to ----------------------------------------------------

# A path written out in the text: "read Documentation/process/submitting-patches.rst".
_PATH_MENTION = re.compile(r"(?<![\w/.:@-])(?:\./)?((?:[\w.-]+/)+[\w.-]*\w)")
# Licence texts speak of "Contributions" submitted "under the terms of this License": they
# are the project's licence, not its terms for contributions.
_LICENCE_TEXT = re.compile(r"(?:^|/)(?:licen[cs]es?|copying|notice|unlicen[cs]e)(?:[._-][^/]*)?$")
_DOCUMENT_SUFFIXES = frozenset({"", ".md", ".markdown", ".rst", ".adoc", ".asciidoc", ".txt"})
# Documents about contributing, whatever their name: SubmittingPatches, HACKING,
# docs/contributing/legal.md, doc/legal/cession.md.
CONTRIBUTION_PATHS = re.compile(
    r"contribu|submit|patch|hacking|develop|\bsign|\bdco\b|\bcla\b|legal|juridique|cession|"
    r"assign|certific|origin|droits|rights"
)


def _target_path(repo: Repository, source: str, target: str) -> str | None:
    """The repository file a link or a mention of ``source`` names, if any."""
    return link_target(repo, source, unquote(target.strip()))


def pointed_documents(
    repo: Repository, sources: Sequence[str], about: re.Pattern[str]
) -> list[tuple[str, str]]:
    """(document, source): the documents of the repository that one of ``sources`` links
    to or names by its path, one hop, whose folded path matches ``about``. Licence texts,
    files that are not documents and the sources themselves are left out."""
    found: dict[str, str] = {}
    for source in sources:
        text = repo.text(source)
        targets = [link.target for link in read_document(repo, source).links]
        targets += [match[1] for match in _PATH_MENTION.finditer(text)]
        for target in targets:
            path = _target_path(repo, source, target)
            if (
                path is None
                or path in found
                or path in sources
                or PurePosixPath(path).suffix.lower() not in _DOCUMENT_SUFFIXES
                or _LICENCE_TEXT.search(path.lower())
                or not about.search(fold(path))
                or not repo.is_own(path)
            ):
                continue
            found[path] = source
    return list(found.items())


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    """Paragraphs with their first line: a heading or a blank line ends one, so that a
    heading "Contributions" is never read together with the text below it."""
    start = 1
    lines: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or _HEADING.match(line):
            if lines:
                yield start, " ".join(lines)
            start, lines = number + 1, []
        else:
            if not lines:
                start = number
            lines.append(line.strip())
    if lines:
        yield start, " ".join(lines)


def _affirmed(folded: str, pattern: re.Pattern[str]) -> bool:
    """True when ``pattern`` occurs without a negation just before it."""
    return any(
        not _NEGATION_BEFORE.search(folded[max(0, match.start() - 60) : match.start()])
        for match in pattern.finditer(folded)
    )


def statements_in(path: str, text: str, via: str | None = None) -> list[Statement]:
    found: list[Statement] = []
    for line, block in _blocks(text):
        folded = fold(block)
        if _affirmed(folded, _DCO_WORDS) or _SIGNOFF_COMMAND.search(block):
            found.append(Statement(DCO, path, line, via))
        if _affirmed(folded, _CLA_WORDS):
            found.append(Statement(CLA, path, line, via))
        if any(pattern.search(folded) for pattern in _INBOUND):
            found.append(Statement(INBOUND, path, line, via))
    return found


def _named_files(repo: Repository, names: Sequence[str], kind: str) -> list[Statement]:
    """A DCO or CLA file with real content states it by its very name."""
    return [
        Statement(kind, path)
        for path in community_documents(repo, names, folder_pages=False)
        if is_substantial(repo.text(path))
    ]


def _tool_settings(repo: Repository) -> list[Statement]:
    found = [Statement(DCO, path) for path in DCO_SETTINGS if repo.exists(path)]
    found += [Statement(CLA, path) for path in CLA_SETTINGS if repo.exists(path)]
    for directory in _WORKFLOW_DIRS:
        for path in repo.files_in(directory):
            stem = fold(PurePosixPath(path).stem)
            found += [Statement(kind, path) for kind, name in _TOOL_NAME.items()
                      if name.search(stem)]
    return found


def find_statements(repo: Repository) -> list[Statement]:
    documents = community_documents(repo, GUIDE_NAMES)
    documents += community_documents(repo, README_STEMS, folder_pages=False)
    dco_or_cla_files = community_documents(
        repo, DCO_FILE_NAMES + CLA_FILE_NAMES, folder_pages=False)
    documents += dco_or_cla_files
    documents = list(dict.fromkeys(documents))
    found: list[Statement] = []
    for path in documents:
        found += statements_in(path, repo.text(path))
    # A guide may hold its terms in another page: "see Documentation/SubmittingPatches".
    guides_and_readmes = [path for path in documents if path not in dco_or_cla_files]
    for path, source in pointed_documents(repo, guides_and_readmes, CONTRIBUTION_PATHS):
        found += statements_in(path, repo.text(path), via=source)
    found += _named_files(repo, DCO_FILE_NAMES, DCO)
    found += _named_files(repo, CLA_FILE_NAMES, CLA)
    found += _tool_settings(repo)
    return found


def _share_option(options: Mapping[str, Any]) -> float:
    value = options.get("min-signoff-share", 0.9)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        return 0.9
    return float(value)


def _sign_offs(
    repo: Repository,
    history: History,
    options: Mapping[str, Any],
    dco: Statement,
    alternative: Statement | None = None,
) -> Iterator[Outcome]:
    """Whether the recent commits carry the sign-off the DCO asks for. With an
    ``alternative`` (an agreement or a copyright assignment the project also accepts),
    missing sign-offs are advice."""
    if not repo.is_git or not history.available:
        return  # nothing was committed, so nothing lacks a sign-off
    window = positive_int(options, "window", 100)
    signed = total = 0
    # Only this rule needs trailers, and only for the last commits: reading them for the
    # whole history in the shared log would double git's work.
    for commit in history.commits("--no-merges"):
        if is_bot(commit.author_name, commit.author_email):
            continue
        total += 1
        signed += bool(commit.signed_off_by)
        if total >= window:
            break
    if history.is_shallow and total < window:
        yield Finding(
            _("Sign-offs not checked: this shallow clone holds {count} commits, fewer than "
              "the {window} to check.").format(count=total, window=window),
            advice=True,
            fix=_("Check a full clone (git fetch --unshallow) to count the sign-offs."),
            key="shallow",
        )
        return
    minimum = _share_option(options)
    yield Fact("signed_off_commits", {"signed": signed, "checked": total})
    if total:
        yield Evidence(None, note=_("{signed} of the last {total} commits signed off").format(
            signed=signed, total=total))
    if total and signed / total < minimum and alternative is not None:
        # A signed agreement, assignment or certificate sent to the project is another
        # way to give the same assurance: unsigned commits may be covered by it.
        yield Finding(
            _("{signed} of the last {total} commits carry a Signed-off-by line ({share}%); "
              "{path} also accepts a signed agreement or assignment instead, which the "
              "history cannot show.").format(
                signed=signed, total=total, share=round(100 * signed / total),
                path=alternative.path),
            path=dco.path,
            line=dco.line,
            advice=True,
            fix=_("Say in the contribution guide which of the two each contributor uses, "
                  "or ask for a sign-off (git commit -s) on every commit."),
            key="unsigned-commits",
        )
    elif total and signed / total < minimum:
        yield Finding(
            _("{signed} of the last {total} commits carry a Signed-off-by line ({share}%), "
              "below {minimum}%, although {path} asks for a sign-off (DCO).").format(
                signed=signed, total=total, share=round(100 * signed / total),
                minimum=round(100 * minimum), path=dco.path),
            path=dco.path,
            line=dco.line,
            fix=_("Sign off every commit (git commit -s) and have the forge check sign-offs "
                  "on each merge or pull request."),
            key="unsigned-commits",
        )


@rule(
    id="contributor-terms",
    theme=Theme.PRODUCE,
    severity=Severity.NOTE,
    title=Text(
        en="The terms on which contributions are accepted are stated",
        fr="Les conditions d'acceptation des contributions sont annoncées",
    ),
    help=Text(
        en="""\
Every contribution carries its author's rights. Unless the project says on what terms
it accepts them, nobody can be sure later that a piece of code or text may be
published under the project's licence, or that its author had the right to give it
(an employee's work often belongs to the employer). Stating the terms up front
reassures contributors and their organisations, and protects the commons from claims.

Checked: the contribution guide (CONTRIBUTING, CONTRIBUER…), the README and files named
DCO or CLA (root, docs/, .github/, .gitlab/) state one of: a Developer Certificate of
Origin ("Developer Certificate of Origin", "Signed-off-by", "git commit -s", "certificat
d'origine du développeur"); a Contributor License Agreement ("Contributor License
Agreement", "accord de licence de contribution", a CLA assistant link); or that
contributions come under the project's licence ("inbound = outbound", "contributions
are licensed under the same licence", "les contributions sont publiées sous la même
licence"). The settings of a DCO or CLA bot (.github/dco.yml, a CLA workflow) count
too, as do terms on a page that the guide or the README links to or names by its path
(Documentation/SubmittingPatches, docs/legal/…), and a rule that contributions come
under a licence compatible with the project's. Mentions such as "no CLA required" do
not, nor do GPG-signed commits.
When a DCO is stated, the last `window` commits (100 by default; merges and bots left
out) must carry a Signed-off-by line in a share of at least `min-signoff-share` (0.9);
in a shallow clone that holds fewer commits, that part is skipped with advice. When the
project also accepts a signed agreement or copyright assignment instead, missing
sign-offs are only advice.
With `prefer-dco` (set by the fr-public profile, after the French administration's
contribution policy), a CLA without a DCO gets advice: a DCO asks less of contributors
and leaves them their rights.

Fix: add to CONTRIBUTING.md a section on contributors' rights: state that contributions
are published under the project's licence, and ask for a sign-off on each commit
(git commit -s) certifying the Developer Certificate of Origin.""",
        fr="""\
Chaque contribution porte les droits de son auteur. Si le projet ne dit pas à quelles
conditions il l'accepte, personne ne peut être sûr plus tard qu'un morceau de code ou de
texte peut être publié sous la licence du projet, ni que son auteur avait le droit de le
donner (le travail d'un salarié appartient souvent à son employeur). Annoncer ces
conditions d'avance rassure les contributeurs et leurs organisations, et protège le
commun des revendications.

Vérifié : le guide de contribution (CONTRIBUTING, CONTRIBUER…), le README et les
fichiers nommés DCO ou CLA (racine, docs/, .github/, .gitlab/) annoncent l'un des
cadres suivants : un certificat d'origine du développeur (« Developer Certificate of
Origin », « Signed-off-by », « git commit -s », « certificat d'origine du
développeur ») ; un accord de licence de contribution (« Contributor License
Agreement », « accord de licence de contribution », un lien vers un assistant CLA) ; ou
que les contributions relèvent de la licence du projet (« inbound = outbound », « les
contributions sont publiées sous la même licence »). La configuration d'un robot DCO ou
CLA (.github/dco.yml, un workflow CLA) compte aussi, comme les conditions données dans
une page vers laquelle le guide ou le README renvoie par un lien ou par son chemin
(Documentation/SubmittingPatches, docs/juridique/…), et la règle selon laquelle les
contributions relèvent d'une licence compatible avec celle du projet. Des mentions comme
« pas de CLA » ne comptent pas, ni les commits signés avec GPG.
Quand un DCO est annoncé, au moins une part `min-signoff-share` (0,9) des `window`
derniers commits (100 par défaut, hors fusions et robots) doit porter une ligne
Signed-off-by ; dans un clone superficiel qui en contient moins, cette partie est
sautée avec un conseil. Quand le projet accepte aussi à la place un accord ou une
cession de droits signés, les approbations manquantes ne donnent qu'un conseil.
Avec `prefer-dco` (activé par le profil fr-public, selon la politique de contribution
de l'administration française), un CLA sans DCO reçoit un conseil : un DCO demande moins
aux contributeurs et leur laisse leurs droits.

Correction : ajoutez à CONTRIBUTING.md une section sur les droits des contributeurs :
indiquez que les contributions sont publiées sous la licence du projet, et demandez
d'approuver chaque commit (git commit -s) pour certifier le Developer Certificate of
Origin.""",
    ),
    tutorial=(
        "Produire — Quel cadre mettre en place pour faciliter la contribution à la ressource ?"
    ),
    url=TUTORIAL_URL,
    options={"window": 100, "min-signoff-share": 0.9, "prefer-dco": False},
)
def contributor_terms(
    repo: Repository, history: History, options: Mapping[str, Any]
) -> Iterator[Outcome]:
    """Facts: ``terms`` (``[{kind, path, line}]``, kind dco, cla or inbound, with
    ``linked_from`` when the guide or README points to the page that states them);
    ``signed_off_commits`` (``{signed, checked}``) when a DCO asks for sign-offs."""
    statements = find_statements(repo)
    yield Fact("terms", [
        {"kind": s.kind, "path": s.path, "line": s.line}
        | ({"linked_from": s.via} if s.via is not None else {})
        for s in statements
    ])
    labels = {DCO: _("Developer Certificate of Origin"), CLA: _("contributor licence agreement"),
              INBOUND: _("contributions under the project's licence")}
    for statement in statements:
        note = labels.get(statement.kind, "")
        if statement.via is not None:
            note = _("{terms}, linked from {source}").format(terms=note, source=statement.via)
        yield Evidence(statement.path, statement.line, note=note)
    if not statements:
        yield Finding(
            _("No terms for contributions found: no Developer Certificate of Origin "
              "(sign-off), no Contributor License Agreement and no statement that "
              "contributions come under the project's licence, in the contribution guide, "
              "the README or a DCO or CLA file."),
            fix=_("Add to CONTRIBUTING.md that contributions are published under the "
                  "project's licence, and ask for a sign-off on each commit (git commit -s) "
                  "under the Developer Certificate of Origin."),
            key="missing",
        )
        return
    by_kind = {statement.kind: statement for statement in reversed(statements)}
    if DCO in by_kind:
        yield from _sign_offs(repo, history, options, by_kind[DCO], by_kind.get(CLA))
    elif CLA in by_kind and options.get("prefer-dco", False) is True:
        cla = by_kind[CLA]
        yield Finding(
            _("{path} asks contributors to sign a Contributor License Agreement: the "
              "French administration's contribution policy prefers a Developer Certificate "
              "of Origin.").format(path=cla.path),
            path=cla.path,
            line=cla.line,
            advice=True,
            fix=_("Replace the CLA with a sign-off on each commit (git commit -s) under the "
                  "Developer Certificate of Origin, and state that contributions come under "
                  "the project's licence."),
            key="prefer-dco",
        )

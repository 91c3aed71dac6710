"""licence: the project has a licence file, and its text is a free licence.

``licence-file`` finds the project's own licence files by name; ``licence-free``
identifies each one from its text (askalono, with a title-line recogniser for the
texts askalono's corpus lacks) and checks that the licence is free, and, for French
administrations, on the list of the décrets 2017-638 and 2021-1559. Finding and
identifying licence files is in :mod:`._licences`, shared with other rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any

from commons_lint import (
    Evidence,
    Fact,
    Finding,
    NotApplicable,
    Outcome,
    Repository,
    Severity,
    Summary,
    Text,
    Theme,
    rule,
)

from ._common import (
    README_STEMS,
    TUTORIAL_URL,
    _,
    keyword_pattern,
    mentions,
    project_documents,
)
from ._evidence import identified_names, licence_fact, licence_note
from ._licence_data import (
    TUTORIAL,
    french_administration_match,
    is_free,
    text_name,
)
from ._licences import (
    REUSE_DIR,
    Identification,
    Verdict,
    identify,
    licence_files_with_text,
    other_licence_files,
    project_licence_files,
    scoped_licence_files,
)


def _at_root(path: str) -> bool:
    parent = PurePosixPath(path).parent.as_posix()
    return parent in (".", REUSE_DIR) or parent.lower() == REUSE_DIR.lower()


@rule(
    id="licence-file",
    theme=Theme.SUSTAIN,
    severity=Severity.ERROR,
    title=Text(
        en="The project has a licence file",
        fr="Le projet a un fichier de licence",
    ),
    help=Text(
        en="""\
Without a licence, nobody but the authors may use, modify or share the work: copyright
reserves every right by default. A free licence is the precondition of a commons: it
grants everyone, once and for all, the rights to use, study, modify and redistribute,
so that no contributor can later prevent the reuse of a contribution.

Checked: a file named LICENSE, LICENCE, COPYING, COPYING.LESSER, UNLICENSE, or one
of these with a qualifier (LICENSE-MIT, LICENSE-APACHE, LICENCE.fr.md), any case,
with or without an extension such as .md, .txt or .rst, at the root of the repository,
or a REUSE LICENSES/ folder of <SPDX-id>.txt files; failing those, in docs/, .github/
or .gitlab/. Not counted: licence files under vendor/, third_party/, node_modules/ or
test folders (they belong to other projects or are fixtures), third-party notices
(NOTICE, THIRD_PARTY_NOTICES, LICENSE-THIRD-PARTY, licenses.csv), and empty or
placeholder files.

Fix: put the full text of a free licence in a LICENSE (or LICENCE) file at the root
of the repository.""",
        fr="""\
Sans licence, personne d'autre que les auteurs ne peut utiliser, modifier ni partager
l'œuvre : le droit d'auteur réserve tous les droits par défaut. Une licence libre est
la condition d'un commun : elle accorde à tous, une fois pour toutes, le droit
d'utiliser, d'étudier, de modifier et de redistribuer, si bien qu'aucun contributeur
ne peut empêcher plus tard la réutilisation d'une contribution.

Vérifié : un fichier nommé LICENSE, LICENCE, COPYING, COPYING.LESSER, UNLICENSE, ou
l'un de ces noms avec un qualificatif (LICENSE-MIT, LICENSE-APACHE, LICENCE.fr.md),
casse indifférente, avec ou sans extension comme .md, .txt ou .rst, à la racine du
dépôt, ou un dossier LICENSES/ de REUSE contenant des fichiers <identifiant-SPDX>.txt ;
à défaut, dans docs/, .github/ ou .gitlab/. Ne comptent pas : les fichiers de licence
sous vendor/, third_party/, node_modules/ ou des dossiers de tests (ils appartiennent
à d'autres projets ou servent de jeux d'essai), les avis de tiers (NOTICE,
THIRD_PARTY_NOTICES, LICENSE-THIRD-PARTY, licenses.csv), les fichiers vides ou
provisoires.

Correction : placez le texte complet d'une licence libre dans un fichier LICENSE (ou
LICENCE) à la racine du dépôt.""",
    ),
    tutorial=TUTORIAL,
    url=TUTORIAL_URL,
)
def licence_file(repo: Repository) -> Iterator[Outcome]:
    """Facts: ``licence_files`` (the project's licence files with a text)."""
    candidates = project_licence_files(repo)
    with_text = licence_files_with_text(repo)
    yield Fact("licence_files", list(with_text))
    for path in with_text:
        yield Evidence(path, note=_("licence text"))
    if with_text:
        if not any(_at_root(path) for path in with_text):
            yield Finding(
                _("The licence is in {path}: forges and packaging tools look for it at the "
                  "root of the repository.").format(path=with_text[0]),
                path=with_text[0],
                advice=True,
                fix=_("Move or copy it to a LICENSE file at the root."),
                key="not-at-root",
            )
        return
    for path in candidates:
        yield Finding(
            _("{path} is empty or a placeholder: it does not contain a licence text.")
            .format(path=path),
            path=path,
            fix=_("Put the full text of the chosen licence in {path}.").format(path=path),
            key="placeholder",
        )
    if candidates:
        return
    others = other_licence_files(repo)
    if others:
        shown = ", ".join(others[:3]) + (", …" if len(others) > 3 else "")
        yield Finding(
            _("No licence file of the project itself: {paths} belong to other projects "
              "(vendored code, test fixtures or third-party notices).").format(paths=shown),
            fix=_("Add a LICENSE file at the root with the full text of the project's "
                  "free licence."),
            key="only-third-party",
        )
        return
    yield Finding(
        _("No licence file (LICENSE, LICENCE, COPYING, LICENSES/…) found in the root, "
          "docs/, .github/ or .gitlab/."),
        fix=_("Add a LICENSE file at the root with the full text of a free licence "
              "(for example MIT, Apache-2.0, EUPL-1.2 or GPL-3.0-or-later)."),
        key="missing",
    )


# ----- judging a licence ------------------------------------------------------------

# The README or a file header states "or any later version"; the GPL text cannot.
_OR_LATER = keyword_pattern(
    ["or later", "or-later", "any later version", "version ulterieure", "versions ulterieures"]
)
_GPL_PLUS = re.compile(r"\b(?:a?l?gpl-?v?3(?:\.0)?\+|a?l?gplv3\+)", re.IGNORECASE)


def _states_or_later(repo: Repository) -> bool:
    for document in project_documents(repo, README_STEMS):
        text = repo.text(document.path)
        if mentions(text, _OR_LATER) or _GPL_PLUS.search(text):
            return True
    return False


def _uncertainty(path: str, found: Identification) -> Finding:
    if found.verdict is Verdict.UNCERTAIN and found.spdx_id is not None:
        licence = text_name(found.spdx_id)
        return Finding(
            _("{path} resembles {licence} ({score}% similar) but differs too much from "
              "its standard text to be sure it is that licence.")
            .format(path=path, licence=licence, score=found.percent),
            path=path,
            severity=Severity.WARNING,
            fix=_("Compare {path} with the standard text of {licence} and restore it; "
                  "state any exception or extra permission in a separate file.")
            .format(path=path, licence=licence),
            key="low-confidence",
        )
    return Finding(
        _("The text of {path} could not be identified as a known licence.").format(path=path),
        path=path,
        severity=Severity.WARNING,
        fix=_("Use the unmodified text of a standard free licence (see "
              "https://spdx.org/licenses/), or check by hand that this licence is free."),
        key="unidentified",
    )


def _modification(path: str, found: Identification, licence: str) -> Finding:
    return Finding(
        _("{path} is the {licence} licence ({score}% similar) with added text at line "
          "{line}: a licence with added or changed terms is no longer {licence}.")
        .format(path=path, licence=licence, score=found.percent, line=found.added_line),
        path=path,
        line=found.added_line,
        advice=True,
        fix=_("Remove the added text from {path}; if it grants extra permissions, state "
              "them in a separate file. Added restrictions can make the licence non-free.")
        .format(path=path),
        key="modified",
    )


def _french_administration(
    repo: Repository, path: str, spdx_id: str, licence: str
) -> Iterator[Finding]:
    listed = french_administration_match(spdx_id)
    if listed is None:
        yield Finding(
            _("{path} holds the {licence} licence, which is not on the list of licences "
              "French administrations may use (décrets 2017-638 and 2021-1559).")
            .format(path=path, licence=licence),
            path=path,
            fix=_("Choose a licence from the list: MIT, BSD-2-Clause, BSD-3-Clause, "
                  "Apache-2.0, CECILL-B, MPL-2.0, GPL-3.0-or-later, LGPL-3.0-or-later, "
                  "AGPL-3.0, CECILL-2.1, CECILL-C, EUPL-1.2, EPL-2.0; for data, "
                  "etalab-2.0 or ODbL-1.0."),
            key="not-authorised",
        )
    elif listed != spdx_id and listed.endswith("-or-later") and not _states_or_later(repo):
        # GPL-3.0 and LGPL-3.0 texts are the same for "-only" and "-or-later", and
        # only "-or-later" is on the list: the choice must be stated outside the text.
        yield Finding(
            _("{path} holds the {licence} text, which is the same for {licence}-only and "
              "{listed}; only {listed} is on the French administrations' list, and the "
              "README does not say \"or any later version\".")
            .format(path=path, licence=licence, listed=listed),
            path=path,
            advice=True,
            fix=_("State the licence as {listed} (\"or any later version\") in the README "
                  "and in file headers (SPDX-License-Identifier: {listed}).")
            .format(listed=listed),
            key="or-later",
        )


def judge(
    repo: Repository, path: str, found: Identification, french_administration: bool
) -> Iterator[Finding]:
    """What is wrong, or worth knowing, about one identified licence file."""
    if found.spdx_id is None or found.verdict in (Verdict.UNCERTAIN, Verdict.UNKNOWN):
        yield _uncertainty(path, found)
        return
    licence = text_name(found.spdx_id)
    if found.verdict is Verdict.MODIFIED:
        yield _modification(path, found, licence)
    if not is_free(found.spdx_id):
        yield Finding(
            _("{path} is the {licence} licence, which is neither OSI-approved nor "
              "free according to the FSF: the work is not a commons under it.")
            .format(path=path, licence=licence),
            path=path,
            fix=_("Choose a free licence (OSI-approved or FSF-free) such as MIT, "
                  "Apache-2.0, EUPL-1.2, MPL-2.0 or GPL-3.0-or-later; for data or "
                  "content, etalab-2.0, ODbL-1.0, CC-BY-4.0 or CC-BY-SA-4.0."),
            key="non-free",
        )
    elif french_administration:
        yield from _french_administration(repo, path, found.spdx_id, licence)


@rule(
    id="licence-free",
    theme=Theme.SUSTAIN,
    severity=Severity.ERROR,
    title=Text(
        en="The licence is a free licence, identified from its text",
        fr="La licence, identifiée par son texte, est une licence libre",
    ),
    help=Text(
        en="""\
Only a free licence makes a resource a commons: it grants everyone the rights to use,
modify and redistribute it, so that a contribution can always be reused. Free licences
are also standard: a known licence text lets anyone judge at once what they may do,
and lets work move between commons. A home-made or modified text gives neither.

Checked: each licence file found by licence-file is identified from its text, never
its name, as an SPDX licence (askalono's comparison with the SPDX texts; the French
CeCILL, Licence Ouverte, EUPL and LGPL-3.0 texts are also recognised by their title
lines). Copyright lines and Markdown around the text are ignored. The licence must be
OSI-approved or free according to the FSF; open content and data licences (Licence
Ouverte/etalab-2.0, ODbL, CC-BY, CC-BY-SA, CC0) count as free. A text that could not
be identified, or too far from the licence it resembles, is a warning; a known
licence with added text is reported as advice. With several licence files (dual
licensing, a REUSE LICENSES/ folder), each one is checked. A file that states a
licence for the work, named by its address or SPDX id ("licensed under the Creative
Commons Attribution 4.0 licence", linked), and quotes the full text of another for a
part (scripts/ under MIT) holds both. A LicenseRef-* text in LICENSES/ that REUSE.toml
or .reuse/dep5 applies to some paths only (store badges, fonts, logos) is the licence
of those paths, not the project's. The Apache-2.0 text without its appendix is
Apache-2.0: the trademark clause tells it from the Pixar licence.

Option french-administration (set by the fr-public profile): the licence must also be
on the list of the décrets 2017-638 and 2021-1559: MIT, BSD-2-Clause, BSD-3-Clause,
Apache-2.0, CECILL-B, MPL-2.0, GPL-3.0-or-later, LGPL-3.0-or-later, AGPL-3.0,
CECILL-2.1, CECILL-C, EUPL-1.2, EPL-2.0, and for data etalab-2.0 and ODbL-1.0. The
GPL-3.0 and LGPL-3.0 texts are the same for "-only" and "-or-later": they satisfy the
list, with advice to state "or any later version" when the README does not. Next to a
listed licence, another free licence (CC0-1.0 for configuration files in a REUSE tree,
a second licence of a dual licensing) is advice, not a failure.

Fix: use the unmodified text of a free licence, with your copyright line; state
exceptions or extra permissions in a separate file.""",
        fr="""\
Seule une licence libre fait d'une ressource un commun : elle accorde à tous le droit
de l'utiliser, de la modifier et de la redistribuer, si bien qu'une contribution peut
toujours être réutilisée. Les licences libres sont aussi standardisées : un texte
connu permet à chacun de savoir aussitôt ce qu'il peut faire, et aux contributions de
circuler d'un commun à l'autre. Un texte maison ou modifié n'offre ni l'un ni l'autre.

Vérifié : chaque fichier de licence trouvé par licence-file est identifié par son
texte, jamais par son nom, comme une licence SPDX (comparaison d'askalono avec les
textes SPDX ; les textes français de la CeCILL, la Licence Ouverte, l'EUPL et la
LGPL-3.0 sont aussi reconnus par leurs lignes de titre). Les lignes de copyright et le
Markdown autour du texte sont ignorés. La licence doit être approuvée par l'OSI ou
libre selon la FSF ; les licences ouvertes de contenus et de données (Licence
Ouverte/etalab-2.0, ODbL, CC-BY, CC-BY-SA, CC0) comptent comme libres. Un texte non
identifié, ou trop éloigné de la licence à laquelle il ressemble, donne un
avertissement ; une licence connue à laquelle du texte a été ajouté donne un conseil.
Avec plusieurs fichiers de licence (double licence, dossier LICENSES/ de REUSE),
chacun est vérifié. Un fichier qui indique une licence pour l'œuvre, nommée par son
adresse ou son identifiant SPDX (« sous la licence Creative Commons Attribution 4.0 »,
avec son lien), et cite le texte complet d'une autre pour une partie (scripts/ sous
MIT) contient les deux. Un texte LicenseRef-* de LICENSES/ que REUSE.toml ou
.reuse/dep5 n'applique qu'à certains chemins (badges de magasins d'applications,
polices, logos) est la licence de ces chemins, pas celle du projet. Le texte de
l'Apache-2.0 sans son annexe est bien l'Apache-2.0 : la clause sur les marques le
distingue de la licence Pixar.

Option french-administration (activée par le profil fr-public) : la licence doit
aussi figurer sur la liste des décrets 2017-638 et 2021-1559 : MIT, BSD-2-Clause,
BSD-3-Clause, Apache-2.0, CECILL-B, MPL-2.0, GPL-3.0-or-later, LGPL-3.0-or-later,
AGPL-3.0, CECILL-2.1, CECILL-C, EUPL-1.2, EPL-2.0, et pour les données etalab-2.0 et
ODbL-1.0. Les textes GPL-3.0 et LGPL-3.0 sont les mêmes pour « -only » et
« -or-later » : ils satisfont la liste, avec le conseil d'indiquer « ou toute version
ultérieure » quand le README ne le dit pas. À côté d'une licence de la liste, une autre
licence libre (CC0-1.0 pour des fichiers de configuration dans un arbre REUSE, seconde
licence d'une double licence) donne un conseil, pas un échec.

Correction : utilisez le texte non modifié d'une licence libre, avec votre ligne de
copyright ; indiquez les exceptions ou permissions supplémentaires dans un fichier à
part.""",
    ),
    tutorial=TUTORIAL,
    url=TUTORIAL_URL,
    options={"french-administration": False},
)
def licence_free(repo: Repository, options: Mapping[str, Any]) -> Iterator[Outcome]:
    """Facts: ``licences``, one item per licence file: ``path``, ``spdx_id``,
    ``confidence`` (0 to 1), ``method``, ``osi_approved``, ``fsf_libre``, ``free``,
    ``french_decree`` (a file that states one licence and quotes another gives two);
    ``scoped_licences`` (``[{path, applies_to}]``: LICENSES/ texts of LicenseRef ids
    that REUSE annotations apply to some paths only, not the project's licence)."""
    paths = licence_files_with_text(repo)
    if not paths:
        raise NotApplicable(_("no licence file to identify (licence-file reports it)"))
    french_administration = bool(options.get("french-administration", False))
    # A file may hold several licences: one it states for the work, one it quotes.
    identified = [
        (path, found) for path in paths for found in identify(repo.text(path)).each
    ]
    # In a REUSE tree, LICENSES/ often holds CC0-1.0 or CC-BY-4.0 for documentation or
    # configuration next to the code's licence: the decree constrains the project's
    # licence, so an extra free licence is advice once one listed licence is present.
    listed_somewhere = any(
        found.spdx_id is not None and french_administration_match(found.spdx_id) is not None
        for _path, found in identified
    )
    facts = [licence_fact(path, found) for path, found in identified]
    yield Fact("licences", facts)
    scoped = scoped_licence_files(repo)
    yield Fact("scoped_licences", [
        {"path": path, "applies_to": list(patterns)} for path, patterns in scoped.items()
    ])
    yield Summary(identified_names(facts) or _("no licence identified"))
    for path, found in identified:
        yield Evidence(path, line=found.line, note=licence_note(found))
        for finding in judge(repo, path, found, french_administration):
            if finding.key == "not-authorised" and listed_somewhere:
                finding = replace(finding, advice=True)
            yield finding
    for path, patterns in scoped.items():
        yield Evidence(path, note=_("the licence of {paths} only (REUSE annotations), not "
                                    "the project's").format(paths=", ".join(patterns[:3])))

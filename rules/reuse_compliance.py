"""reuse-compliance: every file says who holds its copyright and under which licence.

The REUSE specification (https://reuse.software/spec/) asks for copyright and licence
information for each file, in a comment header, a ``<file>.license`` companion, a
``REUSE.toml`` annotation or the older ``.reuse/dep5``, and for the text of every
licence used in ``LICENSES/``. The ``reuse`` library defines what a header, an
annotation and an expression are; this module asks it, with two differences of means
that keep the verdict the library's and make the check fast:

- the files are those of the repository index (tracked files), not a walk of the disk:
  ``reuse lint`` also covers files that are neither tracked nor ignored by Git, and an
  ``exclude`` setting of commons-lint leaves files out;
- a file is read once, and handed to the library's parsers only when its bytes hold one
  of the markers the library looks for (``SPDX-``, ``Copyright``, ``©``): a file without
  them has no REUSE information whatever its encoding, so the costly encoding detection
  (libmagic) and the header scan are spent on the files that may say something.
  Headers repeated from file to file are parsed once, and judged once;
- on Linux, a repository of several thousand files is scanned by two processes, each
  taking every other block of files, unless the process already runs other threads
  (see ``_halves``).

What the library considers a covered file (no licence files, no ``.license`` files, no
``LICENSES/`` or ``.reuse/`` folders, no symbolic links, no empty files, no Meson
subprojects, no submodules) is taken from the library's own patterns.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

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
from commons_lint.repository import MAX_READ_BYTES

from ._common import TUTORIAL_URL, _
from ._licence_data import TUTORIAL

if TYPE_CHECKING:
    from ._reuse_lint import ReuseReport

REUSE_TOML = "REUSE.toml"
DEP5 = ".reuse/dep5"
# How many files a summary names; every file still has its own finding.
NAMED_IN_SUMMARY = 5

# ----- the library's lint, imported when the rule runs ------------------------------


# REUSE.toml and .reuse/dep5 are read up to this size, as every file of the repository is
# (a real one is a few kilobytes); a larger one is reported, not read.
MAX_CONFIG_BYTES = MAX_READ_BYTES


class ConfigurationError(Exception):
    """REUSE.toml or .reuse/dep5 cannot be read; ``path`` names the file."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(problem)
        self.path = path
        self.problem = problem


class ConfigurationTooLarge(ConfigurationError):
    """REUSE.toml or .reuse/dep5 is larger than ``limit`` bytes, and was not read."""

    def __init__(self, path: str, limit: int) -> None:
        super().__init__(path, f"larger than {limit} bytes")
        self.limit = limit


def lint_reuse(repo: Repository, *, split_from: int | None = None) -> ReuseReport:
    """Check the repository as ``reuse lint`` would, file by file; a large repository
    (``split_from`` covered files, by default several thousand) in two processes.

    Raises ConfigurationError when REUSE.toml or .reuse/dep5 cannot be parsed.
    """
    from ._reuse_lint import lint_reuse as lint  # the library is imported here, once

    return lint(repo, split_from=split_from)


# ----- findings ----------------------------------------------------------------------


def uses_reuse(repo: Repository, report: ReuseReport) -> bool:
    """Whether the project has started with REUSE: licence texts in LICENSES/,
    REUSE.toml or .reuse/dep5, or SPDX-License-Identifier tags."""
    return bool(
        report.licences.by_id
        or any(path.rpartition("/")[2] == REUSE_TOML for path in repo.files)
        or repo.exists(DEP5)
        or report.uses_tags
    )


def _file_findings(report: ReuseReport) -> Iterator[Finding]:
    without_copyright = set(report.without_copyright)
    without_licence = set(report.without_licence)
    for path in report.non_compliant_files:
        if path in without_copyright and path in without_licence:
            message = _("{path} has neither copyright nor licence information.")
            key = "missing-copyright-and-licence"
        elif path in without_copyright:
            message = _("{path} has licence information but no copyright information.")
            key = "missing-copyright"
        else:
            message = _("{path} has copyright information but no licence information.")
            key = "missing-licence"
        yield Finding(
            message.format(path=path),
            path=path,
            fix=_("Add SPDX-FileCopyrightText and SPDX-License-Identifier tags in a "
                  "comment at the top of {path} (reuse annotate), in a {path}.license "
                  "file for binary files, or an annotation in REUSE.toml.").format(path=path),
            key=key,
        )
    for path, expressions in sorted(report.invalid_expressions.items()):
        yield Finding(
            _("{path} has an SPDX-License-Identifier that is not a valid licence "
              "expression: {expressions}.").format(
                path=path, expressions=", ".join(sorted(expressions))
            ),
            path=path,
            fix=_("Write a valid SPDX licence expression (for example MIT, "
                  "GPL-3.0-or-later or Apache-2.0 OR MIT)."),
            key="invalid-expression",
        )
    for path in report.read_errors:
        if path in report.unparsable_notices:
            yield Finding(
                _("{path} has a line that looks like a copyright notice but is not one "
                  "the REUSE tool can read (its years are malformed): reuse lint "
                  "reports the file as unreadable.").format(path=path),
                path=path,
                fix=_("Give {path} a proper SPDX-FileCopyrightText line, or put it in "
                      "REUSE.toml with precedence = \"override\" so that the file itself "
                      "is not read; a data file can also be kept between REUSE-IgnoreStart "
                      "and REUSE-IgnoreEnd comments where its format allows.")
                .format(path=path),
                key="unparsable-notice",
            )
            continue
        yield Finding(
            _("{path} could not be read.").format(path=path),
            path=path,
            fix=_("Check the permissions of {path}.").format(path=path),
            key="read-error",
        )


def _licence_findings(report: ReuseReport) -> Iterator[Finding]:
    licences = report.licences
    for spdx_id, paths in sorted(report.missing_licences.items()):
        first = min(paths)
        yield Finding(
            _("{licence} is used by {count} file(s), such as {path}, but LICENSES/ has "
              "no {licence}.txt.").format(licence=spdx_id, count=len(paths), path=first),
            path=first,
            fix=_("Add the licence text as LICENSES/{licence}.txt (reuse download "
                  "{licence}).").format(licence=spdx_id),
            key=f"missing-licence-text-{spdx_id}",
        )
    for spdx_id in sorted(report.unused_licences):
        yield Finding(
            _("{path} is not the licence of any file.").format(path=licences.by_id[spdx_id]),
            path=licences.by_id[spdx_id],
            fix=_("Tag the files under {licence}, or remove {path}.").format(
                licence=spdx_id, path=licences.by_id[spdx_id]
            ),
            key="unused-licence",
        )
    for spdx_id in sorted(report.bad_licences):
        yield Finding(
            _("{path}: {licence} is neither an SPDX licence identifier nor a "
              "LicenseRef-.").format(path=licences.by_id[spdx_id], licence=spdx_id),
            path=licences.by_id[spdx_id],
            fix=_("Name the file after the licence's SPDX identifier, or "
                  "LicenseRef-<name> for a licence that has none."),
            key="bad-licence",
        )
    for spdx_id in sorted(report.deprecated_licences):
        yield Finding(
            _("{path}: the SPDX identifier {licence} is deprecated.").format(
                path=licences.by_id[spdx_id], licence=spdx_id
            ),
            path=licences.by_id[spdx_id],
            fix=_("Use the current identifier (see https://spdx.org/licenses/)."),
            key="deprecated-licence",
        )
    for path in sorted(licences.without_extension.values()):
        yield Finding(
            _("{path} has no file extension.").format(path=path),
            path=path,
            fix=_("Rename it {path}.txt.").format(path=path),
            key="licence-without-extension",
        )
    for spdx_id, copies in sorted(licences.duplicates.items()):
        yield Finding(
            _("{paths} are all the licence {licence}.").format(
                paths=", ".join(copies), licence=spdx_id
            ),
            path=copies[1],
            fix=_("Keep one file per licence in LICENSES/."),
            key="duplicate-licence",
        )


def reuse_facts(repo: Repository, report: ReuseReport) -> Iterator[Outcome]:
    """The counts, the licence texts and the configuration; every non-compliant file is
    a finding (so in the machine formats), the facts only count them."""
    non_compliant = len(report.non_compliant_files)
    yield Fact("files", report.files_total)
    yield Fact("compliant", report.files_total - non_compliant)
    yield Fact("non_compliant", non_compliant)
    yield Fact("without_copyright", len(report.without_copyright))
    yield Fact("without_licence", len(report.without_licence))
    yield Fact("licence_texts", sorted(report.licences.by_id))
    yield Fact("used_licences", sorted(report.used_licences))
    configuration = [path for path in repo.files if path.rpartition("/")[2] == REUSE_TOML]
    if repo.exists(DEP5):
        configuration.append(DEP5)
    yield Fact("configuration", configuration[:MAX_NAMED_CONFIGURATION])
    for path in configuration[:MAX_NAMED_CONFIGURATION]:
        yield Evidence(path, note=_("REUSE configuration"))
    for spdx_id, path in sorted(report.licences.by_id.items()):
        yield Evidence(path, note=spdx_id)
    for path in report.non_compliant_files[:NAMED_IN_SUMMARY]:
        yield Evidence(path, note=_("lacks copyright or licence information"))
    yield Summary(_("{compliant} of {total} files with copyright and licence").format(
        compliant=report.files_total - non_compliant, total=report.files_total))


MAX_NAMED_CONFIGURATION = 20


def _summary(report: ReuseReport) -> Finding:
    files = report.non_compliant_files
    return Finding(
        _("{count} of {total} files lack copyright or licence information; the REUSE "
          "specification is not met.").format(count=len(files), total=report.files_total),
        fix=_("Run `reuse lint` to see every problem, then `reuse annotate` to add "
              "the missing headers."),
        key="summary",
    )


def _not_adopted(report: ReuseReport) -> Finding:
    files = report.non_compliant_files
    named = ", ".join(files[:NAMED_IN_SUMMARY])
    if len(files) > NAMED_IN_SUMMARY:
        named += ", …"
    return Finding(
        _("The project does not follow the REUSE specification: {count} of {total} "
          "files have no copyright and licence information ({files}).").format(
            count=len(files), total=report.files_total, files=named
        ),
        fix=_("Put each licence text in LICENSES/<SPDX-id>.txt (reuse download --all), "
              "add SPDX-FileCopyrightText and SPDX-License-Identifier headers to the "
              "files (reuse annotate), or annotate whole folders in a REUSE.toml; "
              "see https://reuse.software/tutorial/."),
        key="not-adopted",
    )


@rule(
    id="reuse-compliance",
    theme=Theme.SUSTAIN,
    severity=Severity.NOTE,
    title=Text(
        en="Every file states its copyright and licence (REUSE)",
        fr="Chaque fichier indique ses droits d'auteur et sa licence (REUSE)",
    ),
    help=Text(
        en="""\
A licence file at the root says under which licence the project is, but not which files
it covers nor who holds their copyright. Files travel: they are copied into other
projects, vendored, published alone. A commons stays reusable when each file carries its
own copyright and licence information, readable by people and by tools that build
software bills of materials or check licence compatibility. The REUSE specification of
the FSFE standardises how to do it.

Checked, with the reuse library's own rules (REUSE specification 3.x): every tracked file
that REUSE covers (all but licence files, LICENSES/, .license files, empty files,
symbolic links, submodules) has copyright and licence information in an SPDX header
comment, in a <file>.license companion file, in a REUSE.toml annotation or in
.reuse/dep5; each licence used has its text in LICENSES/<SPDX-id>.txt; LICENSES/ holds
no unused, unknown or deprecated licence. Each file without information is a finding. A
project that has not started with REUSE (no LICENSES/, no REUSE.toml, no SPDX tags) gets
one finding, with the first files named. Unlike `reuse lint`, files that Git does not
track are not checked.

Fix: run `reuse download --all` for the licence texts, `reuse annotate --copyright
"<holder>" --license <SPDX-id> <files>` for headers, or annotate whole folders (images,
data) in a REUSE.toml; then `reuse lint`.""",
        fr="""\
Un fichier de licence à la racine dit sous quelle licence est le projet, mais pas quels
fichiers elle couvre ni qui en détient les droits. Les fichiers voyagent : ils sont
copiés dans d'autres projets, embarqués, publiés seuls. Un commun reste réutilisable
quand chaque fichier porte ses propres informations de droits d'auteur et de licence,
lisibles par les personnes et par les outils qui dressent des inventaires logiciels
(SBOM) ou vérifient la compatibilité des licences. La spécification REUSE de la FSFE
normalise la manière de le faire.

Vérifié, avec les règles de la bibliothèque reuse (spécification REUSE 3.x) : chaque
fichier suivi par Git que REUSE couvre (tous sauf les fichiers de licence, LICENSES/,
les fichiers .license, les fichiers vides, les liens symboliques, les sous-modules) a
des informations de droits et de licence dans un commentaire d'en-tête SPDX, dans un
fichier compagnon <fichier>.license, dans une annotation de REUSE.toml ou dans
.reuse/dep5 ; chaque licence utilisée a son texte dans LICENSES/<identifiant-SPDX>.txt ;
LICENSES/ ne contient aucune licence inutilisée, inconnue ou obsolète. Chaque fichier
sans information donne un constat. Un projet qui n'a pas commencé à appliquer REUSE (pas
de LICENSES/, pas de REUSE.toml, pas de balises SPDX) reçoit un seul constat, qui nomme
les premiers fichiers. Contrairement à `reuse lint`, les fichiers que Git ne suit pas ne
sont pas vérifiés.

Correction : lancez `reuse download --all` pour les textes de licence, `reuse annotate
--copyright "<titulaire>" --license <identifiant-SPDX> <fichiers>` pour les en-têtes, ou
annotez des dossiers entiers (images, données) dans un REUSE.toml ; puis `reuse lint`.""",
    ),
    tutorial=TUTORIAL,
    url=TUTORIAL_URL,
)
def reuse_compliance(repo: Repository) -> Iterator[Outcome]:
    """Facts: ``files`` (covered by REUSE), ``compliant``, ``non_compliant``,
    ``without_copyright``, ``without_licence`` (counts), ``licence_texts`` (the SPDX ids
    of LICENSES/), ``used_licences``, ``configuration`` (REUSE.toml files, .reuse/dep5)."""
    try:
        report = lint_reuse(repo)
    except ConfigurationTooLarge as error:
        yield Finding(
            _("{path} is too large to be read (more than {size} MiB): REUSE.toml and "
              ".reuse/dep5 are read up to that size.").format(
                path=error.path, size=error.limit // (1024 * 1024)
            ),
            path=error.path,
            fix=_("Annotate whole folders with glob patterns (path = \"images/**\") rather "
                  "than each file: a REUSE.toml of a few kilobytes covers most projects."),
            key="config-too-large",
        )
        return
    except ConfigurationError as error:
        yield Finding(
            _("{path} cannot be read by the REUSE tool: {problem}").format(
                path=error.path, problem=error.problem
            ),
            path=error.path,
            fix=_("Correct {path} (see https://reuse.software/spec/); REUSE.toml and "
                  ".reuse/dep5 cannot be used together.").format(path=error.path),
            key="invalid-config",
        )
        return
    if report.files_total == 0 and not report.licences.by_id:
        raise NotApplicable(_("no file that REUSE covers"))
    yield from reuse_facts(repo, report)
    if report.compliant:
        return
    if not uses_reuse(repo, report):
        yield _not_adopted(report)
        return
    yield from _file_findings(report)
    yield from _licence_findings(report)
    yield _summary(report)


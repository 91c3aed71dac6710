"""What a corpus layout is: files, a history, and the verdict a maintainer would give."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# Every practice of the rule catalogue (shared/practices.md), in the catalogue's order.
# Rules that do not exist yet keep their expectations: the test uses those that do.
PRACTICES: tuple[str, ...] = (
    "readme",
    "commons-statement",
    "community-diversity",
    "publiccode-yml",
    "project-metadata",
    "contributing-guide",
    "issue-templates",
    "contributor-terms",
    "translations",
    "documentation",
    "licence-file",
    "licence-free",
    "licence-consistency",
    "reuse-compliance",
    "governance",
    "code-of-conduct",
    "maintainers",
    "security-policy",
    "changelog",
    "activity",
    "funding",
    "dissemination-kit",
    "audiences",
)

# People who commit in the corpus: name and e-mail; the domain says the organisation.
PEOPLE: dict[str, tuple[str, str]] = {
    "camille": ("Camille Rousseau", "camille.rousseau@numerique.gouv.fr"),
    "yanis": ("Yanis Benali", "yanis.benali@lyon.fr"),
    "ines": ("Inès Carvalho", "ines@cooperative-libre.coop"),
    "sam": ("Sam Okafor", "sam.okafor@gmail.com"),
    "lena": ("Lena Vogel", "lena.vogel@uni-heidelberg.de"),
    "marta": ("Marta Ruiz", "marta.ruiz@uv.es"),
    "priya": ("Priya Raman", "priya@acme-cloud.com"),
    "tom": ("Tom Becker", "tom.becker@acme-cloud.com"),
    "jo": ("Jo Lindqvist", "jo.lindqvist@acme-cloud.com"),
    "nour": ("Nour Haddad", "nour@proton.me"),
    "giulia": ("Giulia Conti", "giulia.conti@comune.bologna.it"),
    "paul": ("Paul Meunier", "paul.meunier@inria.fr"),
}


@dataclass(frozen=True)
class Commit:
    """A commit after the first: who, how long ago, signed off or not, what it changes
    (nothing: an empty commit, when ``files`` is empty)."""

    author: str
    days_ago: int = 2
    signoff: bool = False
    message: str = "Update"
    files: Mapping[str, str] = field(default_factory=dict)
    tag: str | None = None
    # Real projects have dozens of commits: ``repeat`` makes this commit that many
    # commits (the tag, if any, goes on the last).
    repeat: int = 1


@dataclass(frozen=True)
class Layout:
    """A repository shape modelled on real projects, with the expected verdicts.

    ``files`` are committed first by ``history[0]``'s author (or ``first_author``);
    ``history`` adds further commits. ``expected`` maps every practice to True (a
    careful maintainer reading the repository would say the practice is there), False
    (it is not) or None (the practice does not apply: nothing to judge).
    """

    name: str
    description: str
    files: Mapping[str, str]
    expected: Mapping[str, bool | None]
    first_author: str = "camille"
    first_days_ago: int = 30
    first_signoff: bool = False
    first_tag: str | None = None
    history: tuple[Commit, ...] = ()


def verdicts(present: str, not_applicable: str = "") -> dict[str, bool | None]:
    """Expected verdicts: the practices named in ``present`` are there, those in
    ``not_applicable`` cannot be judged, every other practice is absent.

    Names are separated by spaces; an unknown name is an error in the corpus.
    """
    yes = set(present.split())
    none = set(not_applicable.split())
    unknown = (yes | none) - set(PRACTICES)
    if unknown:
        raise ValueError(f"unknown practices: {sorted(unknown)}")
    if yes & none:
        raise ValueError(f"both present and not applicable: {sorted(yes & none)}")
    return {
        practice: (None if practice in none else practice in yes) for practice in PRACTICES
    }

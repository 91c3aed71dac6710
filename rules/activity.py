"""activity: the project shows recent activity (its last commit, its last release)."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any

from commons_lint import (
    Evidence,
    Fact,
    Finding,
    History,
    Outcome,
    Repository,
    Severity,
    Summary,
    Text,
    Theme,
    rule,
)

from ._common import TUTORIAL_URL, _
from ._history import SECONDS_PER_DAY, day, positive_int, require_history
from .changelog import is_release_tag


@rule(
    id="activity",
    theme=Theme.SUSTAIN,
    severity=Severity.NOTE,
    title=Text(
        en="The project shows recent activity",
        fr="Le projet montre une activité récente",
    ),
    help=Text(
        en="""\
A commons lasts only as long as people keep it alive: as long as it is useful, it has
to keep changing with its users' needs. Before adopting or contributing to a project,
people look at when it last changed and when it was last released; a project silent
for a long time may still be sound, but nobody can tell whether anyone would answer an
issue or review a change.

Checked, from the Git history: the date of the last commit on the checked-out branch,
and the newest release tag (one that names a version, such as v1.2.0 or 2024.05,
not a deployment marker such as ECS-PREVIEW-SUCCESS-…). No commit within
`max-age-days` days (365 by default) fails; otherwise the rule passes and reports both
dates as advice. A shallow clone still shows its last commit. Not applicable to a
folder that is not a Git repository or a repository without commits.

Fix: if the project is maintained, show it: merge pending work, publish a release and
tag it. If it is finished or no longer maintained, say so at the top of the README (and
where to go instead) so that users and contributors know what to expect.""",
        fr="""\
Un commun ne dure que tant que des personnes le font vivre : aussi longtemps qu'il est
utile, il doit continuer d'évoluer avec les besoins de ses utilisateurs. Avant
d'adopter un projet ou d'y contribuer, on regarde quand il a changé et quand une
version est sortie pour la dernière fois ; un projet silencieux depuis longtemps peut
être sain, mais rien ne dit que quelqu'un répondra à un ticket ou relira une
modification.

Vérifié, dans l'historique Git : la date du dernier commit de la branche extraite et
l'étiquette de version la plus récente (une étiquette qui porte un numéro, comme
v1.2.0 ou 2024.05, et non une marque de déploiement comme ECS-PREVIEW-SUCCESS-…).
Aucun commit depuis `max-age-days` jours (365 par défaut) échoue ; sinon la règle
passe et donne les deux dates en conseil. Un clone superficiel montre encore son
dernier commit. Sans objet pour un dossier qui n'est pas
un dépôt Git ou pour un dépôt sans commit.

Correction : si le projet est maintenu, montrez-le : intégrez le travail en attente,
publiez une version et étiquetez-la. S'il est terminé ou n'est plus maintenu, dites-le
en tête du README (et où aller à la place) pour que les utilisateurs et les
contributeurs sachent à quoi s'attendre.""",
    ),
    tutorial="Pérenniser — Faut-il formaliser des règles pour pérenniser le commun numérique ?",
    url=TUTORIAL_URL,
    options={"max-age-days": 365},
)
def activity(
    repo: Repository, history: History, options: Mapping[str, Any]
) -> Iterator[Outcome]:
    """Facts: ``last_commit`` (date), ``days_since_last_commit``, ``tags`` (how many
    release tags), ``last_release`` (``{tag, date}`` of the newest release tag, or
    None)."""
    newest = require_history(repo, history)
    max_age = positive_int(options, "max-age-days", 365)
    age_days = int((time.time() - newest.committed) // SECONDS_PER_DAY)
    # Releases only: a deployment pipeline's markers or a "backup" tag say nothing of them.
    tags = [tag for tag in history.tags() if tag.date is not None and is_release_tag(tag.name)]
    last_release = (
        {"tag": tags[0].name, "date": day(tags[0].date.timestamp())}
        if tags and tags[0].date is not None else None
    )
    yield Fact("last_commit", day(newest.committed))
    yield Fact("days_since_last_commit", max(age_days, 0))
    yield Fact("tags", len(tags))
    yield Fact("last_release", last_release)
    yield Evidence(None, note=_("last commit on {date}").format(date=day(newest.committed)))
    if last_release is not None:
        yield Evidence(None, note=_("last tag {tag}, on {date}").format(**last_release))
    yield Summary(_("last commit on {date}").format(date=day(newest.committed)))
    if age_days > max_age:
        yield Finding(
            _("The last commit dates from {date}, {days} days ago: nothing changed in the "
              "last {limit} days.").format(date=day(newest.committed), days=age_days,
                                            limit=max_age),
            fix=_("If the project is maintained, publish the pending work and a release; if "
                  "not, say so at the top of the README."),
            key="inactive",
        )
    else:
        yield Finding(
            _("Last commit on {date} ({days} days ago).").format(
                date=day(newest.committed), days=max(age_days, 0)),
            advice=True,
            key="last-commit",
        )
    if tags:
        latest = tags[0]
        assert latest.date is not None
        yield Finding(
            _("Last tag: {tag}, on {date}.").format(
                tag=latest.name, date=day(latest.date.timestamp())),
            advice=True,
            key="last-tag",
        )
    else:
        yield Finding(
            _("No tag marks a release: users cannot tell which versions are stable."),
            advice=True,
            fix=_("Tag each release in Git with its version, for example v1.2.0."),
            key="no-tag",
        )

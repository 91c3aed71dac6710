"""community-diversity: bus and elephant factors from real histories."""

from __future__ import annotations

import commons_lint_rules.community_diversity as diversity
import pytest
from gitrepo import days_ago

from commons_lint.report import Status
from commons_lint.repository import Repository


def commit_as(git_repo, name: str, email: str, *, date: str | None = None,
              message: str = "Change", file: str = "log.txt") -> None:
    """A commit by anyone, adding a line to ``file`` so that it is never empty."""
    target = git_repo.path / file
    git_repo.write(file, (target.read_text() if target.exists() else "") + f"{message}\n")
    git_repo.commit(message, author=name, email=email, date=date)


# (name, address, commits): four organisations, two ministries, three independents.
DIVERSE = [
    ("Anne Petit", "anne@acme-coop.fr", 6),
    ("Bruno Roy", "bruno@lab.acme-coop.fr", 3),  # same organisation, from a sub-domain
    ("Claire Noël", "claire@numerique.gouv.fr", 4),
    ("David Lam", "david@interieur.gouv.fr", 2),  # another ministry, another organisation
    ("Emma Stone", "emma@uni-leeds.ac.uk", 2),
    ("Farid Benali", "farid.benali@gmail.com", 3),
    ("Gaëlle Morin", "gaelle@laposte.net", 2),
    ("Hugo", "1234+hugo@users.noreply.github.com", 2),
]


def build(git_repo, people, *, days: int = 10) -> None:
    """Commits by each person, interleaved, all within the last ``days`` days."""
    remaining = {email: count for _name, email, count in people}
    names = {email: name for name, email, _count in people}
    step = 0
    while any(remaining.values()):
        for email in remaining:
            if remaining[email]:
                remaining[email] -= 1
                step += 1
                commit_as(git_repo, names[email], email, date=days_ago(days) if step == 1
                          else days_ago(max(1, days - step // 3)), message=f"Work {step}")


def keys(result) -> set[str]:
    return {finding.key for finding in result.findings}


# ----- the factors ----------------------------------------------------------------------


def test_factors_of_a_diverse_project(git_repo):
    build(git_repo, DIVERSE)
    people = diversity.contributors(Repository(git_repo.path).history.log)
    assert people.commits == 24
    assert len(people.by_person) == 8
    assert people.organisations == 4  # acme-coop.fr, numerique.gouv.fr, interieur.gouv.fr, leeds
    assert people.independents == 3
    assert people.bus_factor == 3  # 6 + 4 + 3 = 13 >= 12
    assert people.elephant_factor == 2  # acme-coop.fr 9 + numerique.gouv.fr 4 = 13 >= 12


def test_a_diverse_project_passes_with_the_factors_as_advice(git_repo, lint):
    build(git_repo, DIVERSE)
    result = lint(git_repo.path, "community-diversity")["community-diversity"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert keys(result) == {"factors"}
    [factors] = result.findings
    assert "bus factor: 3" in factors.message and "elephant factor: 2" in factors.message
    assert factors.path is None


@pytest.mark.parametrize("people, key", [
    # two people of one organisation: a dependency on the organisation
    ([("Anne Petit", "anne@acme-coop.fr", 12), ("Bruno Roy", "bruno@dev.acme-coop.fr", 10),
      ("Farid Benali", "farid@gmail.com", 4)], "single-organisation"),
    # one ministry; another ministry's people do not dilute it
    ([("Claire Noël", "claire@numerique.gouv.fr", 12), ("Zoé Blanc", "zoe@numerique.gouv.fr", 10),
      ("David Lam", "david@interieur.gouv.fr", 4)], "single-organisation"),
    # one volunteer with a personal address
    ([("Farid Benali", "farid@gmail.com", 22), ("Gaëlle Morin", "gaelle@free.fr", 3)],
     "single-person"),
    # one employee
    ([("Anne Petit", "anne@acme-coop.fr", 25)], "single-person"),
])
def test_half_of_the_commits_from_one_organisation_or_person_fails(git_repo, lint, people, key):
    build(git_repo, people)
    result = lint(git_repo.path, "community-diversity")["community-diversity"]
    assert result.status is Status.FAILED
    assert keys(result) == {key, "factors"}
    failure = next(f for f in result.findings if not f.advice)
    assert failure.fix and "elephant factor: 1" in next(
        f for f in result.findings if f.key == "factors").message


def test_independents_with_webmail_are_not_one_organisation(git_repo, lint):
    """Ten Gmail users are ten independents, not a "gmail.com" organisation."""
    build(git_repo, [(f"Person {n}", f"person{n}@gmail.com", 3) for n in range(10)])
    people = diversity.contributors(Repository(git_repo.path).history.log)
    assert people.organisations == 0 and people.independents == 10
    assert people.elephant_factor == 5
    result = lint(git_repo.path, "community-diversity")["community-diversity"]
    assert result.status is Status.PASSED_WITH_ADVICE


@pytest.mark.parametrize("people", [
    [("Anne Petit", "anne@acme-coop.fr", 5)],  # one person
    DIVERSE[:5],  # a diverse handful (17 commits): still too few to tell
    [("Farid Benali", "farid@gmail.com", 19)],  # one short of the minimum
])
def test_too_few_commits_to_judge_is_not_applicable(git_repo, lint, people):
    """Below min-commits the rule neither passes nor fails; its facts are still given."""
    build(git_repo, people)
    commits = sum(count for _name, _email, count in people)
    result = lint(git_repo.path, "community-diversity")["community-diversity"]
    assert result.status is Status.NOT_APPLICABLE
    assert f"only {commits} commits" in (result.reason or "")
    assert result.facts["commits"] == commits and "bus_factor" in result.facts
    stricter = lint(git_repo.path, "community-diversity",
                    options={"community-diversity": {"min-commits": commits}})
    assert stricter["community-diversity"].status in (Status.FAILED, Status.PASSED_WITH_ADVICE)


def test_too_few_commits_in_french(git_repo, lint):
    build(git_repo, [("Claire Noël", "claire@numerique.gouv.fr", 4)])
    result = lint(git_repo.path, "community-diversity", language="fr")["community-diversity"]
    assert result.status is Status.NOT_APPLICABLE
    assert "seulement 4 commits de personnes" in (result.reason or "")


def test_bots_and_merges_are_left_out(git_repo, lint):
    build(git_repo, DIVERSE)
    for number in range(30):
        commit_as(git_repo, "dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com",
                  message=f"Bump {number}")
    for number in range(10):
        commit_as(git_repo, "Renovate Bot", "bot@renovateapp.com", message=f"Pin {number}")
    git_repo.git("checkout", "-q", "-b", "feature")
    commit_as(git_repo, "Anne Petit", "anne@acme-coop.fr", message="Feature", file="side.txt")
    git_repo.git("checkout", "-q", "main")
    commit_as(git_repo, "Claire Noël", "claire@numerique.gouv.fr", message="Fix")
    for number in range(20):  # merges by one person would otherwise dominate
        git_repo.git("merge", "-q", "--no-ff", "-m", f"Merge {number}", "feature",
                     env={"GIT_COMMITTER_NAME": "Merger", "GIT_COMMITTER_EMAIL": "m@corp.example",
                          "GIT_AUTHOR_NAME": "Merger", "GIT_AUTHOR_EMAIL": "merger@merge-corp.com"})
        commit_as(git_repo, "Anne Petit", "anne@acme-coop.fr", message=f"More {number}")
        git_repo.git("checkout", "-q", "feature")
        commit_as(git_repo, "Claire Noël", "claire@numerique.gouv.fr", message=f"Side {number}",
                  file="side.txt")
        git_repo.git("checkout", "-q", "main")
    people = diversity.contributors(Repository(git_repo.path).history.log)
    assert "merger@merge-corp.com" not in people.by_person
    assert not any("bot" in email for email in people.by_person)
    # the last side commit was never merged into main
    assert people.commits == 24 + 1 + 1 + 20 + 19


def test_only_bots_is_not_applicable(git_repo, lint):
    for number in range(3):
        commit_as(git_repo, "github-actions[bot]", "41898282+github-actions[bot]@users.noreply"
                  ".github.com", message=f"Release {number}")
    result = lint(git_repo.path, "community-diversity")["community-diversity"]
    assert result.status is Status.NOT_APPLICABLE


def test_the_window_keeps_to_the_last_period(git_repo, lint):
    """Years of one company's commits, then a diverse last year: the last year counts."""
    for number in range(30):
        commit_as(git_repo, "Anne Petit", "anne@acme-coop.fr",
                  date=days_ago(2000 - number), message=f"Early {number}")
    build(git_repo, DIVERSE, days=100)
    result = lint(git_repo.path, "community-diversity")["community-diversity"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert "24 commits" in result.findings[0].message
    everything = lint(git_repo.path, "community-diversity",
                      options={"community-diversity": {"window-days": 10000}})
    assert everything["community-diversity"].status is Status.FAILED


def test_a_dormant_project_is_judged_on_its_last_active_period(git_repo, lint):
    """The window ends at the last commit: a dormant project is still measured."""
    for number in range(25):
        commit_as(git_repo, "Anne Petit", "anne@acme-coop.fr",
                  date=f"2016-0{1 + number % 9}-1{number % 10}T12:00:00+00:00",
                  message=f"Old {number}")
    result = lint(git_repo.path, "community-diversity")["community-diversity"]
    assert result.status is Status.FAILED
    assert keys(result) == {"single-person", "factors"}


def test_mailmap_merges_one_persons_addresses(git_repo):
    build(git_repo, [("Anne Petit", "anne@acme-coop.fr", 3),
                     ("Anne P.", "anne.petit@gmail.com", 3),
                     ("Bruno Roy", "bruno@numerique.gouv.fr", 4)])
    before = diversity.contributors(Repository(git_repo.path).history.log)
    assert len(before.by_person) == 3
    git_repo.files({".mailmap": "Anne Petit <anne@acme-coop.fr> <anne.petit@gmail.com>\n"})
    after = diversity.contributors(Repository(git_repo.path).history.log)
    assert len(after.by_person) == 3 - 1 + 1  # the .mailmap commit is the test identity's
    assert after.by_person["anne@acme-coop.fr"] == 6


# ----- organisations and bots -------------------------------------------------------------


@pytest.mark.parametrize("email, organisation", [
    ("dev@acme-coop.fr", "acme-coop.fr"),
    ("dev@a.b.acme-coop.fr", "acme-coop.fr"),
    ("Dev@Lab.Example-Corp.COM", "example-corp.com"),
    ("someone@cs.ox.ac.uk", "ox.ac.uk"),
    ("someone@bbc.co.uk", "bbc.co.uk"),
    ("agent@numerique.gouv.fr", "numerique.gouv.fr"),
    ("agent@dgfip.finances.gouv.fr", "finances.gouv.fr"),
    ("agent@interieur.gouv.fr", "interieur.gouv.fr"),
    ("agent@mamh.gouv.qc.ca", "mamh.gouv.qc.ca"),
    ("agent@bfs.admin.ch", "bfs.admin.ch"),
    ("agent@ec.europa.eu", "ec.europa.eu"),
    ("asso@monasso.asso.fr", "monasso.asso.fr"),
    ("prof@ac-versailles.fr", "ac-versailles.fr"),
    ("me@gmail.com", None),
    ("me@googlemail.com", None),
    ("me@outlook.fr", None),
    ("me@hotmail.co.uk", None),
    ("me@proton.me", None),
    ("me@protonmail.com", None),
    ("me@orange.fr", None),
    ("me@wanadoo.fr", None),
    ("me@free.fr", None),
    ("me@icloud.com", None),
    ("me@me.com", None),
    ("1234+me@users.noreply.github.com", None),
    ("me@users.noreply.gitlab.com", None),
    ("me@noreply.gitlab.com", None),
    ("root@localhost", None),
    ("root@my-laptop", None),
    ("me@host.localdomain", None),
    ("me@example.org", None),
    ("me@example.com", None),
    ("me@exemple.fr", None),
    ("not an address", None),
])
def test_organisation_of_an_address(email, organisation):
    assert diversity.organisation_of(email.lower()) == organisation


@pytest.mark.parametrize("name, email, bot", [
    ("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", True),
    ("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com", True),
    ("Renovate Bot", "bot@renovateapp.com", True),
    ("github-actions", "41898282+github-actions@users.noreply.github.com", True),
    ("Snyk", "snyk-bot@snyk.io", True),
    ("pre-commit-ci[bot]", "66853113+pre-commit-ci[bot]@users.noreply.github.com", True),
    ("Transifex Bot", "tx@transifex.com", True),
    ("Abbot Durand", "abbot@acme-coop.fr", False),
    ("Marie Talbot", "marie.talbot@acme-coop.fr", False),
    ("Robot Framework fan", "fan@acme-coop.fr", False),
    ("Botond Kiss", "botond@acme-coop.fr", False),
])
def test_bots(name, email, bot):
    assert diversity.is_bot(name, email) is bot


@pytest.mark.parametrize("counts, factor", [
    ([10], 1), ([5, 5], 1), ([4, 3, 3], 2), ([1] * 10, 5), ([6, 1, 1, 1, 1], 1), ([], 0),
])
def test_smallest_majority(counts, factor):
    assert diversity.smallest_majority(counts) == factor


# ----- no history to read -------------------------------------------------------------------


def test_a_shallow_clone_is_not_applicable(git_repo, lint, tmp_path):
    build(git_repo, DIVERSE)
    clone = tmp_path / "clone"
    git_repo.git("clone", "-q", "--depth", "1", f"file://{git_repo.path}", str(clone))
    result = lint(clone, "community-diversity")["community-diversity"]
    assert result.status is Status.NOT_APPLICABLE
    assert "shallow" in (result.reason or "")


def test_a_shallow_clone_deep_enough_for_the_window_is_measured(git_repo, lint, tmp_path):
    for number in range(2):
        commit_as(git_repo, "Old Timer", "old@acme-coop.fr", date=days_ago(900 - number))
    build(git_repo, DIVERSE)
    clone = tmp_path / "clone"
    git_repo.git("clone", "-q", "--depth", "25", f"file://{git_repo.path}", str(clone))
    assert Repository(clone).history.is_shallow
    result = lint(clone, "community-diversity")["community-diversity"]
    assert result.status is Status.PASSED_WITH_ADVICE


def test_an_empty_repository_and_a_plain_directory_are_not_applicable(git_repo, plain_dir, lint):
    assert lint(git_repo.path, "community-diversity")["community-diversity"].status is (
        Status.NOT_APPLICABLE)
    plain_dir.write("README.md", "# Plain\n")
    assert lint(plain_dir.path, "community-diversity")["community-diversity"].status is (
        Status.NOT_APPLICABLE)


def test_messages_in_french(git_repo, lint, tmp_path):
    build(git_repo, [("Claire Noël", "claire@numerique.gouv.fr", 21)])
    result = lint(git_repo.path, "community-diversity", language="fr")["community-diversity"]
    failure = next(f for f in result.findings if f.key == "single-person")
    assert "Claire Noël a fait 100 %" in failure.message
    factors = next(f for f in result.findings if f.key == "factors")
    assert "facteur éléphant : 1" in factors.message
    clone = tmp_path / "clone"
    git_repo.git("clone", "-q", "--depth", "1", f"file://{git_repo.path}", str(clone))
    shallow = lint(clone, "community-diversity", language="fr")["community-diversity"]
    assert "clone superficiel" in (shallow.reason or "")


# ----- one person, one identity -------------------------------------------------------------


@pytest.mark.parametrize("identities", [
    # GitHub noreply handle written as the name, with and without the account number
    [("Thibaut Marchand", "7731+thibautmarchand@users.noreply.github.com", 9),
     ("Thibaut Marchand", "thibaut@marchand-conseil.fr", 6),
     ("thibautmarchand", "thibautmarchand@users.noreply.github.com", 3)],
    # GitLab noreply (number-dash form) and the same name on a work address
    [("Élodie Garnier", "4412-egarnier@users.noreply.gitlab.com", 9),
     ("Elodie GARNIER", "elodie.garnier@interieur.gouv.fr", 6),
     ("egarnier", "egarnier@users.noreply.gitlab.com", 3)],
    # last name first, an initial, another case; the handle is the address's local part
    [("Gary D. Gregory", "garydgregory@gmail.com", 9),
     ("Gregory, Gary", "gary@apache-like.org", 6),
     ("GaryDGregory", "1234+garydgregory@users.noreply.github.com", 3)],
    # a one-word name, used on two addresses; a self-managed GitLab's noreply
    [("maudetes", "maudetes@gmail.com", 9),
     ("maudetes", "estelle@data-ville.fr", 6),
     ("Estelle", "12-maudetes@users.noreply.gitlab.ville.fr", 3)],
])
def test_one_person_under_several_identities_is_one_person(git_repo, lint, identities):
    others = [("Bruno Roy", "bruno@acme-coop.fr", 8), ("Zoé Blanc", "zoe@lyon.fr", 6)]
    build(git_repo, identities + others)
    people = diversity.contributors(Repository(git_repo.path).history.log)
    assert len(people.by_person) == 3
    main = people.by_person.most_common(1)[0]
    assert main == (identities[0][1], 18)  # 18 of 32 commits: more than half
    assert {address for address, _name, _count in people.merged[main[0]]} == {
        email for _name, email, _count in identities[1:]}
    result = lint(git_repo.path, "community-diversity")["community-diversity"]
    assert result.status is Status.FAILED
    assert "single-person" in keys(result)
    merged = result.facts["merged_identities"]
    assert merged[0]["email"] == identities[0][1]
    assert len(merged[0]["merged"]) == 2 and result.facts["authors"] == 3


@pytest.mark.parametrize("identities", [
    # two people who share a first name, or only initials
    [("Anne Petit", "anne@acme-coop.fr", 9), ("Anne Dupuis", "anne@lyon.fr", 9)],
    [("A. P.", "ap@acme-coop.fr", 9), ("A. P.", "ap@lyon.fr", 9)],
    # a machine's default name is nobody in particular
    [("root", "root@build-server.acme-coop.fr", 9), ("root", "root@laptop.lyon.fr", 9)],
    [("Your Name", "you@acme-coop.fr", 9), ("Your Name", "you@lyon.fr", 9)],
    # a handle that is not the other's name; a noreply address of another forge form
    [("Jean Morel", "1+jmorel@users.noreply.github.com", 9),
     ("Jeanne Morel", "jeanne@lyon.fr", 9)],
    # a "handle" of an ordinary address is not a handle
    [("Paul Roux", "paulroux@acme-coop.fr", 9), ("paulroux", "paulroux@lyon.fr", 0),
     ("Paule Roux", "proux@lyon.fr", 9)],
])
def test_look_alike_identities_stay_apart(git_repo, identities):
    identities = [identity for identity in identities if identity[2]]
    build(git_repo, [*identities, ("Bruno Roy", "bruno@acme-coop.fr", 4)])
    people = diversity.contributors(Repository(git_repo.path).history.log)
    assert len(people.by_person) == len(identities) + 1
    assert not people.merged


def test_a_person_spread_over_organisations_still_makes_the_bus_factor_one(git_repo, lint):
    """Half the commits from one person on two addresses of two domains: bus factor 1
    although no organisation made half of them."""
    build(git_repo, [
        ("Inès Caron", "ines@studio-caron.fr", 8),
        ("Inès Caron", "ines.caron@numerique.gouv.fr", 6),
        ("Bruno Roy", "bruno@acme-coop.fr", 7),
        ("Zoé Blanc", "zoe@lyon.fr", 6),
    ])
    result = lint(git_repo.path, "community-diversity")["community-diversity"]
    assert (result.facts["bus_factor"], result.facts["elephant_factor"]) == (1, 2)
    assert result.status is Status.FAILED and "single-person" in keys(result)
    failure = next(f for f in result.findings if f.key == "single-person")
    assert failure.message.startswith("Inès Caron made 52%")


def test_the_mailmap_is_evidence(git_repo, lint):
    build(git_repo, DIVERSE)
    git_repo.files({".mailmap": "Anne Petit <anne@acme-coop.fr> <anne.p@gmail.com>\n"})
    result = lint(git_repo.path, "community-diversity")["community-diversity"]
    assert any(e.path == ".mailmap" for e in result.evidence)


@pytest.mark.parametrize("name, key", [
    ("Gary D. Gregory", "gary gregory"),
    ("GRÉGORY, Gary", "gary gregory"),
    ("gregory gary", "gary gregory"),
    ("maudetes", "maudetes"),
    ("Anne P.", None),
    ("root", None),
    ("Your Name", None),
    ("J", None),
])
def test_name_key(name, key):
    assert diversity.name_key(name) == key


@pytest.mark.parametrize("email, handle", [
    ("12345+thibaud-dauce@users.noreply.github.com", "thibauddauce"),
    ("thibauddauce@users.noreply.github.com", "thibauddauce"),
    ("4412-egarnier@users.noreply.gitlab.com", "egarnier"),
    ("egarnier@users.noreply.gitlab.example.org", "egarnier"),
    ("egarnier@gmail.com", None),
    ("noreply@github.com", None),
    ("12+me@users.noreply.github.com", None),  # too short to tell anyone
])
def test_forge_handle(email, handle):
    assert diversity.forge_handle(email) == handle

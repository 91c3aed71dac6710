"""contributor-terms: DCO, CLA or inbound = outbound stated; sign-offs when a DCO is."""

from __future__ import annotations

import pytest

from commons_lint.report import Severity, Status

GUIDE_EN = (
    "# Contributing to Cartofaune\n\nReport bugs in the issue tracker and propose changes "
    "through merge requests; translators and designers are welcome too.\n\n"
)
GUIDE_FR = (
    "# Contribuer à Cartofaune\n\nSignalez les anomalies dans le gestionnaire de tickets et "
    "proposez vos modifications par demande de fusion ; traductrices et graphistes sont les "
    "bienvenus.\n\n"
)
DCO_EN = (
    "## Developer Certificate of Origin\n\nEvery commit must be signed off (`git commit -s`), "
    "certifying the Developer Certificate of Origin.\n"
)
DCO_FR = (
    "## Droits des contributeurs\n\nChaque commit doit porter une ligne Signed-off-by, qui "
    "certifie le certificat d’origine du développeur.\n"
)
CLA_EN = (
    "## Licensing\n\nBefore we can merge your first change, please sign our Contributor "
    "License Agreement at https://cla-assistant.io/cartofaune/cartofaune.\n"
)
CLA_FR = (
    "## Droits\n\nAvant votre première contribution, signez l'accord de licence de "
    "contribution de l'association.\n"
)
INBOUND_EN = (
    "## Licence\n\nBy contributing, you agree that your contributions will be licensed under "
    "the project's EUPL-1.2 licence.\n"
)
INBOUND_FR = (
    "## Licence\n\nLes contributions sont publiées sous la même licence que le projet "
    "(EUPL 1.2).\n"
)
DCO_TEXT = (
    "Developer Certificate of Origin\nVersion 1.1\n\nBy making a contribution to this project, "
    "I certify that the contribution was created in whole or in part by me and I have the "
    "right to submit it under the open source license indicated in the file.\n"
)
CLA_TEXT = (
    "# Individual Contributor License Agreement\n\nYou accept and agree to the following terms "
    "for your present and future contributions submitted to the project, and grant a "
    "copyright licence to the association.\n"
)


def keys(result) -> set[str]:
    return {finding.key for finding in result.findings}


@pytest.mark.parametrize(
    "files",
    [
        {"CONTRIBUTING.md": GUIDE_EN + DCO_EN},
        {"CONTRIBUER.md": GUIDE_FR + DCO_FR},
        {"docs/CONTRIBUTING.fr.md": GUIDE_FR + DCO_FR},
        {".github/CONTRIBUTING.rst": GUIDE_EN.replace("# Contributing to Cartofaune",
                                                      "Contributing\n============") + DCO_EN},
        {".gitlab/contributing.adoc": GUIDE_EN.replace("# ", "= ") + DCO_EN},
        {"docs/contributing/index.md": GUIDE_EN + DCO_EN},
        {"README.md": "# Cartofaune\n\n" + DCO_EN},
        {"DCO": DCO_TEXT},
        {"DCO.md": DCO_TEXT},
        {".github/dco.yml": "require:\n  members: false\n"},
        {"CONTRIBUTING.md": GUIDE_EN + "Please commit with `git commit -sm \"message\"`.\n"},
    ],
    ids=["root", "french", "docs-fr", "github-rst", "gitlab-adoc", "docs-page", "readme",
         "dco-file", "dco-md", "dco-app", "command"],
)
def test_a_stated_dco_with_signed_commits_passes(git_repo, lint, files):
    git_repo.files(files, "Add documents", signoff=True)
    result = lint(git_repo.path, "contributor-terms")["contributor-terms"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "files",
    [
        {"CONTRIBUTING.md": GUIDE_EN + CLA_EN},
        {"CONTRIBUER.md": GUIDE_FR + CLA_FR},
        {"CLA.md": CLA_TEXT},
        {"docs/ICLA.txt": CLA_TEXT},
        {".github/workflows/cla.yml": "name: CLA Assistant\non: [pull_request_target]\n"},
        {"CONTRIBUTING.md": GUIDE_EN + INBOUND_EN},
        {"docs/CONTRIBUER.md": GUIDE_FR + INBOUND_FR},
        {"README.md": "# Cartofaune\n\n## Contribuer\n\nEn contribuant, vous acceptez que vos "
                      "contributions soient diffusées sous licence EUPL.\n"},
        {".github/CONTRIBUTING.md": GUIDE_EN + "We follow the inbound=outbound rule.\n"},
        {".gitlab/CONTRIBUTING.md": GUIDE_EN
         + "You agree to license your contributions under the Apache License 2.0.\n"},
        {"CONTRIBUTING": GUIDE_EN + "Changes of more than fifteen lines need a copyright "
                         "assignment to the Foundation.\n"},
        {"docs/contribuer.rst": GUIDE_FR + "Toute contribution importante suppose une cession "
                                "des droits d’auteur à l'association.\n"},
    ],
    ids=["cla", "cla-fr", "cla-file", "icla-docs", "cla-workflow", "inbound", "inbound-fr",
         "readme-fr", "inbound-literal", "license-your", "assignment", "cession-fr"],
)
def test_a_cla_or_inbound_statement_passes_without_history_checks(git_repo, lint, files):
    git_repo.files(files, "Add documents", signoff=False)
    result = lint(git_repo.path, "contributor-terms")["contributor-terms"]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"CONTRIBUTING.md": GUIDE_EN},
        {"CONTRIBUTING.md": GUIDE_EN + "All commits must be signed with GPG (`git commit -S`); "
                            "we only merge verified, signed commits.\n"},
        {"CONTRIBUTING.md": GUIDE_EN + "We do not require a CLA. You don't need to sign a "
                            "Contributor License Agreement.\n"},
        {"CONTRIBUER.md": GUIDE_FR + "Pas besoin de signer un CLA pour contribuer.\n"},
        {"README.md": "# Cartofaune\n\nContributions welcome. This project is licensed under "
                      "the MIT license.\n"},
        {"README.md": "# Cartofaune\n\n## Contributions\nThis project is licensed under the MIT "
                      "license.\n"},
        {"CONTRIBUTING.md": GUIDE_EN + "Contributions are reviewed by maintainers under our "
                            "governance rules.\n"},
        {"DCO": ""},
        {"CLA.md": "# CLA\n\nTODO\n"},
        {"tests/fixtures/CONTRIBUTING.md": GUIDE_EN + DCO_EN},
        {"vendor/lib/CONTRIBUTING.md": GUIDE_EN + CLA_EN},
        {"src/dco.py": "# Signed-off-by checks for the Developer Certificate of Origin\n"},
        {"AUTHORS": "Anne Petit, under the MIT license, signed-off-by nobody\n"},
        {"CONTRIBUTING.md": GUIDE_EN + "Copyright 2024 the authors. No copyright assignment is "
                            "required.\n"},
    ],
    ids=["nothing", "guide-without-terms", "gpg", "no-cla", "no-cla-fr", "licence-sentence",
         "licence-under-heading", "under-review", "empty-dco", "placeholder-cla", "fixture",
         "vendored", "code-file", "authors", "no-assignment"],
)
def test_no_stated_terms_fails(git_repo, lint, files):
    git_repo.files({"README.txt": "Cartofaune\n", **files}, "Add documents", signoff=True)
    result = lint(git_repo.path, "contributor-terms")["contributor-terms"]
    assert result.status is Status.FAILED
    assert keys(result) == {"missing"}
    assert result.findings[0].fix and result.findings[0].path is None


# ----- sign-offs -----------------------------------------------------------------------------


def history_with_sign_offs(git_repo, signed: int, unsigned: int) -> None:
    """The guide asks for a DCO; then ``unsigned`` commits, then ``signed`` ones (newest)."""
    git_repo.files({"CONTRIBUTING.md": GUIDE_EN + DCO_EN}, "Add documents", signoff=True)
    for number in range(unsigned):
        git_repo.write("log.txt", f"unsigned {number}\n")
        git_repo.commit(f"Unsigned {number}", author="bob")
    for number in range(signed):
        git_repo.write("log.txt", f"signed {number}\n")
        git_repo.commit(f"Signed {number}", author="chloe", signoff=True)


@pytest.mark.parametrize("signed, unsigned, options, status", [
    (9, 0, {}, Status.PASSED),  # 10 of 10
    (8, 1, {}, Status.PASSED),  # 9 of 10: exactly the share
    (7, 3, {}, Status.FAILED),  # 8 of 11
    (7, 3, {"min-signoff-share": 0.7}, Status.PASSED),
    (5, 20, {"window": 5}, Status.PASSED),  # the last five only
    (5, 20, {"window": 10}, Status.FAILED),
])
def test_the_share_of_signed_off_commits(git_repo, lint, signed, unsigned, options, status):
    history_with_sign_offs(git_repo, signed, unsigned)
    result = lint(git_repo.path, "contributor-terms",
                  options={"contributor-terms": options})["contributor-terms"]
    assert result.status is status
    if status is Status.FAILED:
        [finding] = result.findings
        assert finding.key == "unsigned-commits"
        assert finding.path == "CONTRIBUTING.md" and finding.line is not None
        assert finding.fix


def test_merges_and_bots_do_not_need_a_sign_off(git_repo, lint):
    history_with_sign_offs(git_repo, signed=3, unsigned=0)
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.write("feature.txt", "x\n")
    git_repo.commit("Feature", author="chloe", signoff=True)
    git_repo.git("checkout", "-q", "main")
    git_repo.git("merge", "-q", "--no-ff", "-m", "Merge feature", "feature")
    for number in range(5):
        git_repo.write("deps.txt", f"{number}\n")
        git_repo.commit(f"Bump {number}", author="dependabot[bot]")
    assert lint(git_repo.path, "contributor-terms")["contributor-terms"].status is Status.PASSED


def test_a_shallow_clone_skips_the_sign_offs_with_advice(git_repo, lint, tmp_path):
    history_with_sign_offs(git_repo, signed=0, unsigned=5)
    clone = tmp_path / "clone"
    git_repo.git("clone", "-q", "--depth", "1", f"file://{git_repo.path}", str(clone))
    result = lint(clone, "contributor-terms")["contributor-terms"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert keys(result) == {"shallow"}
    deep_enough = lint(clone, "contributor-terms",
                       options={"contributor-terms": {"window": 1}})["contributor-terms"]
    assert deep_enough.status is Status.FAILED  # its one commit is enough to judge


def test_the_statement_works_without_history(plain_dir, git_repo, lint):
    plain_dir.write("CONTRIBUTING.md", GUIDE_EN + DCO_EN)
    assert lint(plain_dir.path, "contributor-terms")["contributor-terms"].status is Status.PASSED
    git_repo.write("CONTRIBUTING.md", GUIDE_EN + DCO_EN)  # written, never committed
    git_repo.git("add", "-A")
    assert lint(git_repo.path, "contributor-terms")["contributor-terms"].status is Status.PASSED
    plain_dir.write("CONTRIBUTING.md", GUIDE_EN)
    assert lint(plain_dir.path, "contributor-terms")["contributor-terms"].status is Status.FAILED


# ----- DCO preferred to a CLA ------------------------------------------------------------------


@pytest.mark.parametrize("files", [
    {"CONTRIBUTING.md": GUIDE_EN + CLA_EN},
    {"CLA.md": CLA_TEXT},
    {"CONTRIBUER.md": GUIDE_FR + CLA_FR + INBOUND_FR},
])
def test_a_cla_alone_gets_advice_when_a_dco_is_preferred(git_repo, lint, files):
    git_repo.files(files, "Add documents", signoff=False)
    result = lint(git_repo.path, "contributor-terms",
                  options={"contributor-terms": {"prefer-dco": True}})["contributor-terms"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert keys(result) == {"prefer-dco"}
    assert result.findings[0].path == next(iter(files))


def test_the_french_public_profile_prefers_a_dco(git_repo, lint):
    git_repo.files({"CONTRIBUTING.md": GUIDE_EN + CLA_EN}, "Add documents", signoff=False)
    result = lint(git_repo.path, "contributor-terms", profile="fr-public")["contributor-terms"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.severity is Severity.WARNING
    assert keys(result) == {"prefer-dco"}


def test_a_cla_with_a_dco_needs_no_advice(git_repo, lint):
    git_repo.files({"CONTRIBUTING.md": GUIDE_EN + CLA_EN + DCO_EN}, "Add documents", signoff=True)
    result = lint(git_repo.path, "contributor-terms", profile="fr-public")["contributor-terms"]
    assert result.status is Status.PASSED


def test_messages_in_french(git_repo, lint):
    git_repo.files({"CONTRIBUTING.md": GUIDE_EN}, "Add documents", signoff=False)
    result = lint(git_repo.path, "contributor-terms", language="fr")["contributor-terms"]
    assert result.findings[0].message.startswith("Aucune condition d'acceptation")
    git_repo.write("CONTRIBUTING.md", GUIDE_FR + DCO_FR)
    git_repo.commit("Ajoute le DCO")
    result = lint(git_repo.path, "contributor-terms", language="fr")["contributor-terms"]
    assert "derniers commits portent une ligne Signed-off-by" in result.findings[0].message


# ----- terms in a page the guide or the README points to ------------------------------------

PATCH_GUIDE = (
    "Submitting patches\n==================\n\nSend one logical change per patch.\n\n"
    "Sign your work\n--------------\n\nAdd a Signed-off-by line: by adding it you certify "
    "the Developer's Certificate of Origin 1.1.\n"
)
LEGAL_FR = (
    "# Droits des contributions\n\nChaque commit porte une ligne Signed-off-by : vous "
    "certifiez ainsi le certificat d'origine du développeur.\n"
)


@pytest.mark.parametrize("files, where, source", [
    # a plain-text README naming the page by its path
    ({"README": "cartofaune\n\nRead Documentation/SubmittingPatches before sending patches.\n",
      "Documentation/SubmittingPatches": PATCH_GUIDE},
     "Documentation/SubmittingPatches", "README"),
    # a Markdown reference link from the README
    ({"README.md": "# Cartofaune\n\nSee [the patch guide][patches].\n\n"
                   "[patches]: Documentation/process/submitting-patches.rst\n",
      "Documentation/process/submitting-patches.rst": PATCH_GUIDE},
     "Documentation/process/submitting-patches.rst", "README.md"),
    # a French guide linking, relative to its folder, to its legal page
    ({"docs/CONTRIBUER.md": GUIDE_FR + "Lisez les [conditions](juridique/droits.md).\n",
      "docs/juridique/droits.md": LEGAL_FR},
     "docs/juridique/droits.md", "docs/CONTRIBUER.md"),
    # a guide linking with a "./" and an anchor
    ({"CONTRIBUTING.md": GUIDE_EN + "Read [our rules](./docs/legal/signing.md#rules).\n",
      "docs/legal/signing.md": "# Signing\n\n" + DCO_EN},
     "docs/legal/signing.md", "CONTRIBUTING.md"),
])
def test_terms_on_a_page_the_guide_points_to_count(git_repo, lint, files, where, source):
    git_repo.files(files, "Add documents", signoff=True)
    result = lint(git_repo.path, "contributor-terms")["contributor-terms"]
    assert result.status is Status.PASSED, result.findings
    assert any(e.path == where and source in e.note for e in result.evidence)
    assert {"kind": "dco", "path": where, "linked_from": source}.items() <= (
        result.facts["terms"][0].items())
    french = lint(git_repo.path, "contributor-terms", language="fr")["contributor-terms"]
    assert any(f"page liée depuis {source}" in e.note for e in french.evidence)


@pytest.mark.parametrize("files", [
    # a page that is not linked from the guide or the README
    {"CONTRIBUTING.md": GUIDE_EN, "Documentation/SubmittingPatches": PATCH_GUIDE},
    # the licence text speaks of contributions under its terms: not the project's terms
    {"CONTRIBUTING.md": GUIDE_EN + "Read the [licence](LICENSE).\n",
     "LICENSE": "Any Contribution submitted for inclusion shall be under the terms and "
                "conditions of this License.\n"},
    # a linked page about something else; a link leaving the repository
    {"README.md": "# Cartofaune\n\nSee [the design notes](docs/design/maps.md) and "
                  "[other notes](../other/signing.md).\n",
     "docs/design/maps.md": "# Maps\n\nTiles are signed off by the cartographer.\n"},
    # two hops away: the README links to a guide page that links to the terms
    {"README.md": "# Cartofaune\n\nSee [how to contribute](docs/howto.md).\n",
     "docs/howto.md": "# How to\n\nSee [legal](misc/legal.md).\n",
     "docs/misc/legal.md": LEGAL_FR},
])
def test_pages_not_pointed_to_or_not_terms_do_not_count(git_repo, lint, files):
    git_repo.files(files, "Add documents", signoff=True)
    result = lint(git_repo.path, "contributor-terms")["contributor-terms"]
    assert result.status is Status.FAILED
    assert keys(result) == {"missing"}


# ----- contributions under a compatible licence ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "- **licence compatibility**: all new developments must be carried out under a licence "
    "compatible with the licence of the project (GPL v3).\n",
    "- **compatibilité de licence** : tout nouveau développement doit être fait sous une "
    "licence compatible avec celle du projet (GPL v3).\n",
    "Contributions must be published under a compatible licence.\n",
    "Les contributions doivent être diffusées sous une licence libre compatible.\n",
])
def test_contributions_under_a_compatible_licence_are_inbound_terms(git_repo, lint, sentence):
    git_repo.files({"CONTRIBUTING.md": GUIDE_EN + sentence}, "Add documents")
    result = lint(git_repo.path, "contributor-terms")["contributor-terms"]
    assert result.status is Status.PASSED, result.findings
    assert result.facts["terms"][0]["kind"] == "inbound"


@pytest.mark.parametrize("sentence", [
    "This project is under a licence compatible with the GPL.\n",
    "The code is distributed under a license compatible with the EUPL.\n",
    "New features are developed under review by the core team.\n",
    "Le logiciel est publié sous une licence compatible avec la GPL.\n",
])
def test_the_projects_own_licence_is_not_a_term_for_contributions(git_repo, lint, sentence):
    git_repo.files({"CONTRIBUTING.md": GUIDE_EN + sentence}, "Add documents")
    result = lint(git_repo.path, "contributor-terms")["contributor-terms"]
    assert result.status is Status.FAILED


# ----- an assignment or a signed certificate instead of a sign-off ----------------------------

@pytest.mark.parametrize("files", [
    {"CONTRIBUTING.md": GUIDE_EN + DCO_EN + "\nInstead of signing off, you may send us the "
                        "signed copyright assignment of the Foundation.\n"},
    {"CONTRIBUER.md": GUIDE_FR + "Signez vos commits (git commit --signoff) et/ou "
                      "envoyez-nous le certificat signé. Les personnes qui ne sont pas agents "
                      "de l'État transmettent la [cession des droits d'auteur](doc/legal/"
                      "cession.md) signée.\n",
     "doc/legal/cession.md": "# Cession\n\nJe cède mes droits d'auteur à l'État.\n"},
])
def test_a_signed_assignment_as_alternative_makes_sign_offs_advice(git_repo, lint, files):
    git_repo.files(files, "Add documents", signoff=False)
    for number in range(5):
        git_repo.write("log.txt", f"unsigned {number}\n")
        git_repo.commit(f"Unsigned {number}", author="bob")
    result = lint(git_repo.path, "contributor-terms")["contributor-terms"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert keys(result) == {"unsigned-commits"} and result.findings[0].advice
    assert result.facts["signed_off_commits"] == {"signed": 0, "checked": 6}
    french = lint(git_repo.path, "contributor-terms", language="fr")["contributor-terms"]
    assert "accepte aussi à la place un accord ou une cession" in french.findings[0].message


def test_a_dco_alone_still_needs_the_sign_offs(git_repo, lint):
    """The near miss: a GPG signature offered beside the sign-off is no alternative."""
    git_repo.files({"CONTRIBUTING.md": GUIDE_EN + DCO_EN + "\nYou may also sign your commits "
                    "with your GPG key (`git commit -S`).\n"}, "Add documents", signoff=False)
    result = lint(git_repo.path, "contributor-terms")["contributor-terms"]
    assert result.status is Status.FAILED
    assert keys(result) == {"unsigned-commits"}


def test_the_remote_forge_url_of_the_project_counts_as_a_link(git_repo, lint):
    git_repo.files({"CONTRIBUTING.md": GUIDE_EN + "Read [the rules](https://github.com/"
                    "cartofaune/cartofaune/blob/main/docs/legal/signing.md).\n",
                    "docs/legal/signing.md": "# Signing\n\n" + DCO_EN},
                   "Add documents", signoff=True)
    assert lint(git_repo.path, "contributor-terms")["contributor-terms"].status is Status.FAILED
    git_repo.git("remote", "add", "origin", "https://github.com/cartofaune/cartofaune.git")
    assert lint(git_repo.path, "contributor-terms")["contributor-terms"].status is Status.PASSED
    git_repo.git("remote", "set-url", "origin", "git@github.com:someone/else.git")
    assert lint(git_repo.path, "contributor-terms")["contributor-terms"].status is Status.FAILED

"""funding: how the project is funded, or how to fund it, is published."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

INTRO = (
    "# Cartofaune\n\nCartofaune maps wildlife sightings reported by volunteers so that town "
    "councils can plan green corridors.\n\n"
)
INTRO_FR = (
    "# Cartofaune\n\nCartofaune cartographie les observations de faune signalées par des "
    "bénévoles.\n\n"
)
FUNDING_YML = "github: [alice, bob]\nliberapay: cartofaune\nopen_collective: # Replace\n"
GITHUB_TEMPLATE = (
    "# These are supported funding model platforms\n\n"
    "github: # Replace with up to 4 GitHub Sponsors-enabled usernames e.g., [user1, user2]\n"
    "patreon: # Replace with a single Patreon username\n"
    "open_collective: # Replace with a single Open Collective username\n"
    "ko_fi: # Replace with a single Ko-fi username\n"
    "liberapay: # Replace with a single Liberapay username\n"
    "otechie: # Replace with a single Otechie username\n"
    "custom: # Replace with up to 4 custom sponsorship URLs e.g., ['link1', 'link2']\n"
)
FUNDING_MD = (
    "# Funding\n\nCartofaune is funded by the regional biodiversity agency (2023-2025 grant) "
    "and by donations. The money pays for hosting and for two days of maintenance a month.\n"
)
FINANCEMENT_MD = (
    "# Financement\n\nCartofaune est financé par l'agence régionale de la biodiversité "
    "(subvention 2023-2025) et par des dons, qui paient l'hébergement et la maintenance.\n"
)


@pytest.mark.parametrize(
    "files",
    [
        {".github/FUNDING.yml": FUNDING_YML},
        {".github/FUNDING.yml": "custom: ['https://cartofaune.org/donate']\n"},
        {"FUNDING.yml": "polar: cartofaune\n"},
        {"funding.json": '{"version": "v1.0.0", "entity": {"type": "organisation"}}'},
        {"codemeta.json": '{"name": "Cartofaune", "funder": {"name": "OFB"}}'},
        {"FUNDING.md": FUNDING_MD},
        {"docs/FINANCEMENT.rst": FINANCEMENT_MD},
        {".github/SPONSORS.adoc": FUNDING_MD},
        {"README.md": INTRO + "## Funding\n\nSupport the project on "
                              "[Open Collective](https://opencollective.com/cartofaune).\n"},
        {"README.md": INTRO_FR + "## Soutenir le projet\n\nFaites un don sur "
                                 "https://liberapay.com/cartofaune/donate\n"},
        {"README.md": INTRO_FR + "Financement\n-----------\n\nLe projet est financé par la "
                                 "région Bretagne et l'Office français de la biodiversité.\n"},
        {"README.rst": INTRO + "Sponsors\n========\n\nOur sponsors: `Acme <https://acme.example>`_.\n"},
        {"README.md": "[![Backers](https://opencollective.com/cartofaune/backers/badge.svg)]"
                      "(https://opencollective.com/cartofaune)\n\n" + INTRO},
        {"README.md": INTRO + "## Support us\n\nhttps://github.com/sponsors/cartofaune\n"},
        {"docs/README.md": INTRO + "## Financial contributors\n\nhttps://ko-fi.com/cartofaune\n"},
        {"publiccode.yml": "name: Cartofaune\nfundedBy:\n  - name: Région Bretagne\n"
                           "    uri: https://www.bretagne.bzh\n"},
    ],
    ids=[
        "funding-yml", "funding-yml-custom", "funding-yml-root", "floss-fund", "codemeta",
        "funding-md", "financement-docs", "sponsors-github", "readme-open-collective",
        "readme-liberapay-fr", "readme-financement-statement", "readme-sponsors-rst",
        "readme-badge", "readme-support-us", "docs-readme-ko-fi", "publiccode-funded-by",
    ],
)
def test_published_funding_passes(git_repo, lint, files):
    git_repo.files({"README.md": INTRO, **files} if "README.md" not in files else files)
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["funding"]


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"README.md": INTRO + "## Sponsors\n\nWe thank our sponsors.\n"},
        {"README.md": INTRO + "## Support\n\nAsk questions on https://forum.example.org.\n"},
        {"README.md": INTRO + "## Sponsors\n\nProjects we support: "
                              "https://opencollective.com/leaflet and "
                              "https://github.com/sponsors/mapbox\n"},
        {"README.md": INTRO_FR + "## Nos dépendances\n\nNous soutenons les projets dont nous "
                                 "dépendons : https://liberapay.com/osm\n"},
        {"README.md": INTRO + "## Financial data\n\nPrices come from https://api.example.org.\n"},
        {"FUNDING.md": ""},
        {"FUNDING.md": "# Funding\n\nTODO\n"},
        {"vendor/leaflet/.github/FUNDING.yml": FUNDING_YML},
        {"tests/fixtures/FUNDING.md": FUNDING_MD},
        {"funding.json": '{"name": "not a manifest"}'},
        {"publiccode.yml": "name: Cartofaune\nfundedBy: []\n"},
        {"src/funding.yml": FUNDING_YML},
    ],
    ids=[
        "nothing", "thanks-without-link", "support-section", "sponsors-we-support",
        "nous-soutenons", "financial-data", "empty-funding-md", "placeholder-funding-md",
        "vendored", "fixture", "not-a-manifest", "empty-funded-by", "nested-funding-yml",
    ],
)
def test_no_funding_information_fails(git_repo, lint, files):
    git_repo.files({"README.md": INTRO, **files} if "README.md" not in files else files)
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]
    assert result.findings[0].fix


@pytest.mark.parametrize(
    "content, line",
    [
        ("github: [alice\nliberapay: cartofaune\n", 2),
        ("github: alice\n  liberapay: cartofaune\n", 2),
        ("- github\n- liberapay\n", 1),
    ],
    ids=["unclosed-list", "bad-indent", "not-a-mapping"],
)
def test_malformed_funding_yml_fails_with_its_line(git_repo, lint, content, line):
    git_repo.files({".github/FUNDING.yml": content, "FUNDING.md": FUNDING_MD})
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.FAILED
    failure = next(f for f in result.findings if not f.advice)
    assert failure.key == "invalid-funding-yml"
    assert failure.path == ".github/FUNDING.yml"
    assert failure.line == line


def test_malformed_funding_json_fails(git_repo, lint):
    git_repo.files({"funding.json": '{\n  "version": "v1.0.0",\n  "entity": \n}\n'})
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "invalid-funding-json"
    assert result.findings[0].line == 4


@pytest.mark.parametrize("content", [GITHUB_TEMPLATE, "", "github: []\ncustom: ''\n"])
def test_an_empty_funding_yml_does_not_count(git_repo, lint, content):
    git_repo.files({"README.md": INTRO, ".github/FUNDING.yml": content})
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["empty-funding-yml"]


def test_an_empty_funding_yml_is_advice_beside_other_funding(git_repo, lint):
    git_repo.files({".github/FUNDING.yml": GITHUB_TEMPLATE, "FUNDING.md": FUNDING_MD})
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert {f.key for f in result.findings} == {"empty-funding-yml", "funding"}


def test_unknown_platforms_get_advice(git_repo, lint):
    git_repo.files({".github/FUNDING.yml": "liberapay: cartofaune\nbitcoin: bc1qxyz\n"})
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.PASSED_WITH_ADVICE
    unknown = next(f for f in result.findings if f.key == "unknown-funding-key")
    assert unknown.line == 2
    assert "bitcoin" in unknown.message


def test_message_follows_language(git_repo, lint):
    git_repo.files({"README.md": INTRO})
    result = lint(git_repo.path, "funding", language="fr")["funding"]
    assert "Aucune information sur le financement" in result.findings[0].message


def test_plain_directory(plain_dir, lint):
    plain_dir.write("README.md", INTRO)
    plain_dir.write(".github/FUNDING.yml", FUNDING_YML)
    assert lint(plain_dir.path, "funding")["funding"].status is Status.PASSED_WITH_ADVICE

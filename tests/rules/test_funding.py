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


# ----- issue 9: what real repositories showed --------------------------------------

FLOSS_FUND = (
    '{\n  "version": "v1.0.0",\n  "entity": {"type": "organisation", "name": "Cartofaune",'
    ' "webpageUrl": {"url": "https://cartofaune.org"}},\n  "funding": {"channels": '
    '[{"guid": "bank", "type": "bank"}], "plans": [{"guid": "hosting", "amount": 1200}]}\n}\n'
)
CHANNELS_ONLY = '{"funding": {"channels": [{"guid": "liberapay", "type": "payment-provider"}]}}'


@pytest.mark.parametrize(
    "path, content",
    [
        ("public/funding.json", FLOSS_FUND),
        ("static/funding.json", FLOSS_FUND),
        (".well-known/funding.json", CHANNELS_ONLY),
        ("website/static/funding.json", FLOSS_FUND),
        ("site/public/funding.json", CHANNELS_ONLY),
        ("docs/public/.well-known/funding-manifest-urls",
         "https://cartofaune.org/funding.json\n"),
    ],
    ids=["public", "static", "well-known", "website-static", "site-public", "manifest-urls"],
)
def test_a_floss_fund_manifest_in_a_web_root_passes(git_repo, lint, path, content):
    git_repo.files({"README.md": INTRO, path: content})
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.facts["places"][0].startswith(path)
    assert result.evidence[0].path == path


@pytest.mark.parametrize(
    "path, content",
    [
        ("public/funding.json", '{"funding": [{"year": 2024, "amount": 5000}]}'),
        ("static/funding.json", '{"version": 3, "rows": []}'),
        ("src/data/funding.json", FLOSS_FUND),
        ("public/funding.json", "{not json"),
        ("tests/fixtures/public/funding.json", FLOSS_FUND),
        ("vendor/site/public/funding.json", FLOSS_FUND),
        (".well-known/funding-manifest-urls", "# to do\n"),
    ],
    ids=["budget-data", "other-data", "not-a-web-root", "broken-data", "fixture", "vendored",
         "manifest-urls-empty"],
)
def test_a_funding_json_that_is_not_a_served_manifest_does_not_count(
    git_repo, lint, path, content
):
    git_repo.files({"README.md": INTRO, path: content})
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]


@pytest.mark.parametrize(
    "section",
    [
        "## Faire un don\n\nVous pouvez faire un don à l'association Cartofaune pour payer "
        "l'hébergement de la carte.\n",
        "## Dons\n\nPour soutenir le projet, écrivez à dons@cartofaune.org.\n",
        "## Mécénat\n\nLe développement est soutenu par la fondation Nature et Territoires "
        "dans le cadre de son mécénat.\n",
        "## Nous soutenir\n\n[Adhérer ou donner sur HelloAsso]"
        "(https://www.helloasso.com/associations/cartofaune)\n",
        "## Crowdfunding\n\nOur crowdfunding campaign pays for the offline mode: "
        "https://www.tipeee.com/cartofaune\n",
        "## Donate\n\nIf Cartofaune saves your council time, please consider a donation to "
        "keep the servers running.\n",
        "Backers\n-------\n\nThank you to all our backers! "
        "<a href=\"https://opencollective.com/cartofaune\">Become a backer</a>\n",
        "Soutenir\n========\n\nLe projet vit de vos dons : faites un don récurrent pour "
        "financer la maintenance.\n",
        "## Support us\n\nBuy us a coffee: https://www.buymeacoffee.com/cartofaune\n",
    ],
    ids=["faire-un-don", "dons-email", "mecenat", "nous-soutenir-helloasso", "crowdfunding",
         "donate-words", "backers-html", "soutenir-rst-words", "support-us-coffee"],
)
def test_a_readme_section_about_donations_passes(git_repo, lint, section):
    git_repo.files({"README.md": INTRO + section})
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.evidence[0].path == "README.md"
    assert result.evidence[0].line == INTRO.count("\n") + 1


@pytest.mark.parametrize(
    "readme",
    [
        INTRO + "## Usage\n\n```markdown\n## Funding\n\nSupport us on "
        "https://opencollective.com/yourproject\n```\n",
        INTRO + "## Exemple\n\n~~~\n## Soutenir le projet\n\nhttps://liberapay.com/votreprojet\n"
        "~~~\n",
        INTRO + "<!--\n## Sponsors\n\n[Open Collective](https://opencollective.com/cartofaune)\n"
        "-->\n",
        INTRO + "<!-- ## Donate https://ko-fi.com/cartofaune (when the account exists) -->\n",
        INTRO + "## Configuration\n\nSet `donate_url: https://liberapay.com/yourname` in "
        "`site.yml` to show a button on your own site.\n",
        INTRO + "Example::\n\n    Funding\n    -------\n\n    https://github.com/sponsors/you\n\n"
        "That is all.\n",
        INTRO + "## Giving back\n\nWe donate 1% of our revenue to the projects we depend on: "
        "https://opencollective.com/leaflet\n",
        INTRO_FR + "## Dons\n\nNous reversons 5 % de nos recettes à OpenStreetMap : "
        "https://liberapay.com/osm\n",
        INTRO + "## Sponsors\n\nWe are proud to sponsor https://github.com/sponsors/mapbox "
        "and https://opencollective.com/turf\n",
        INTRO + "## Dons\n\nÀ venir.\n",
    ],
    ids=["fenced-backticks", "fenced-tildes", "html-comment", "one-line-comment",
         "code-span", "rst-literal", "giving-back", "nous-reversons", "proud-to-sponsor",
         "empty-dons"],
)
def test_examples_and_money_given_to_others_do_not_count(git_repo, lint, readme):
    git_repo.files({"README.md": readme})
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]


@pytest.mark.parametrize(
    "path, page",
    [
        ("docs/support.md", "# Support\n\nHelp keep Cartofaune online: "
                            "[Liberapay](https://liberapay.com/cartofaune).\n"),
        ("docs/fr/soutenir.md", "# Soutenir Cartofaune\n\nFaites un don sur "
                                "https://www.helloasso.com/associations/cartofaune/formulaires/1\n"),
        ("website/content/about.html", "<h1>About</h1>\n<p>Fund the map on "
                                       "<a href=\"https://opencollective.com/cartofaune\">"
                                       "Open Collective</a>.</p>\n"),
        ("docs/index.rst", "Cartofaune\n==========\n\nSupport the maintainers: "
                           "`ko-fi <https://ko-fi.com/cartofaune>`_\n"),
        ("doc/guide/contribuer.md", "# Contribuer\n\nVous pouvez aussi nous soutenir sur "
                                    "https://fr.tipeee.com/cartofaune\n"),
        ("site/sponsor.md", "# Sponsor\n\nhttps://github.com/sponsors/cartofaune\n"),
    ],
    ids=["docs-liberapay", "docs-fr-helloasso", "website-html-open-collective",
         "docs-rst-ko-fi", "doc-tipeee", "site-github-sponsors"],
)
def test_a_documentation_page_with_a_donation_link_passes(git_repo, lint, path, page):
    git_repo.files({"README.md": INTRO, path: page})
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.evidence[0].path == path
    assert result.evidence[0].line is not None


@pytest.mark.parametrize(
    "path, page",
    [
        ("docs/credits.md", "# Credits\n\nLeaflet: https://opencollective.com/leaflet\n"),
        ("docs/remerciements.md", "# Remerciements\n\nhttps://liberapay.com/osm\n"),
        ("docs/sponsoring.md", "# Sponsoring\n\nProjects we sponsor: "
                               "https://github.com/sponsors/mapbox\n"),
        ("docs/fr/dons.md", "# Dons\n\nNous soutenons les projets dont nous dépendons : "
                            "https://liberapay.com/osm\n"),
        ("docs/theme.md", "# Theme\n\n```yaml\ndonate: https://liberapay.com/yourname\n```\n"),
        ("docs/CHANGELOG.md", "# 2.0\n\nThanks https://github.com/sponsors/alice\n"),
        ("src/pages/donate.md", "# Donate\n\nhttps://liberapay.com/cartofaune\n"),
        ("vendor/lib/docs/index.md", "# Lib\n\nhttps://opencollective.com/lib\n"),
        ("tests/fixtures/docs/index.md", "# Fixture\n\nhttps://ko-fi.com/sample\n"),
    ],
    ids=["credits", "remerciements", "we-sponsor", "nous-soutenons", "code-block",
         "changelog-thanks", "not-a-site-folder", "vendored", "fixture"],
)
def test_donation_links_of_others_or_outside_the_site_do_not_count(
    git_repo, lint, path, page
):
    git_repo.files({"README.md": INTRO, path: page})
    result = lint(git_repo.path, "funding")["funding"]
    assert result.status is Status.FAILED
    assert [f.key for f in result.findings] == ["missing"]


def test_visible_text_keeps_line_numbers_and_is_linear_on_hostile_input():
    from commons_lint_rules.funding import visible_text

    text = "a\n```\nb\n```\n<!--\nc\n-->\n`d` e\n"
    seen = visible_text(text)
    assert seen.count("\n") == text.count("\n")
    assert "b" not in seen and "c" not in seen and "d" not in seen and "e" in seen
    import time

    for hostile in ("`" * 200_000, "<!--" * 100_000, "` `` " * 50_000, "```\n" * 50_000):
        started = time.monotonic()
        visible_text(hostile)
        assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    "content",
    [
        INTRO + "## Donate\n\n" + "a." * 400_000 + "\n",
        INTRO + "## Dons\n\n" + "https://" * 100_000 + "\n",
    ],
    ids=["dotted-run", "many-schemes"],
)
def test_a_hostile_funding_section_is_read_in_bounded_time(git_repo, lint, content):
    import time

    git_repo.files({"README.md": content, ".well-known/funding-manifest-urls": content})
    started = time.monotonic()
    lint(git_repo.path, "funding")
    assert time.monotonic() - started < 5

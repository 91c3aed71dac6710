"""dissemination-kit: ready-to-use communication material, in a folder made for it."""

from __future__ import annotations

import pytest

from commons_lint.report import Status

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4"/></svg>\n'
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00"
ODP = b"PK\x03\x04\x14\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.presentation"
GUIDELINES_EN = (
    "# Using the logo\n\nKeep a clear space around the logo equal to the height of the leaf. "
    "Use the green version on light backgrounds and the white one on dark colours; never "
    "stretch, recolour or rotate it.\n"
)
CHARTE_FR = (
    "# Charte graphique\n\nGardez une zone de protection autour du logo égale à la hauteur "
    "de la feuille. Utilisez la version verte sur fond clair et la version blanche sur fond "
    "sombre ; ne le déformez pas.\n"
)
PITCH_EN = (
    "Cartofaune is a free map of wildlife sightings reported by volunteers. Town councils "
    "use it to plan green corridors, and every observation is published as open data.\n"
)
PRESS_PAGE_EN = (
    "# Press kit\n\nJournalists and partners can reuse our material freely. Download the "
    "logo in SVG, the slides of our last talk and screenshots of the map from the links "
    "below, and use the short description to present the project.\n"
)
PRESS_PAGE_FR = (
    "Kit de presse\n=============\n\nJournalistes et partenaires peuvent réutiliser ces "
    "supports librement : le logo en SVG, les diapositives de notre dernière présentation "
    "et des captures d'écran de la carte.\n"
)
IPC_PAGE = (
    "# Communication\n\nWorkers talk to the scheduler through a Unix socket. Each message "
    "is a length-prefixed JSON document; the scheduler answers every request in order and "
    "closes idle connections after a minute. Press Enter in the console to inspect the state of "
    "the presentation layer and the UI kit.\n"
)


@pytest.mark.parametrize(
    "files",
    [
        {"press/logo.svg": SVG, "press/guidelines.md": GUIDELINES_EN},
        {"presse/logo.svg": SVG, "presse/charte-graphique.md": CHARTE_FR},
        {"docs/communication/logo.eps": PDF, "docs/communication/slides.odp": ODP},
        {"assets/brand/cartofaune.svg": SVG, "assets/brand/BrandGuidelines.pdf": PDF},
        {"media/logo.svg": SVG, "media/screenshots/map.png": PNG},
        {"kit-de-communication/logo.pdf": PDF, "kit-de-communication/pitch.md": PITCH_EN},
        {"docs/press-kit/presentation.pdf": PDF, "docs/press-kit/captures/carte.png": PNG},
        {".github/media/logo.svg": SVG, ".github/media/README.md": GUIDELINES_EN},
        {"branding/logos/dark.svg": SVG, "branding/flyer-a5.pdf": PDF},
        {"docs/press.md": PRESS_PAGE_EN},
        {"docs/presse.rst": PRESS_PAGE_FR},
        {"docs/communication/index.md": PRESS_PAGE_EN},
    ],
    ids=[
        "press-logo-guidelines", "presse-charte", "docs-communication-slides",
        "assets-brand-pdf", "media-screenshots", "kit-pitch", "press-kit-captures",
        "github-media-readme", "branding-flyer", "press-page", "presse-page-rst",
        "communication-index",
    ],
)
def test_a_kit_passes_and_is_described(git_repo, lint, files):
    git_repo.files({"README.md": "# Cartofaune\n", **files})
    result = lint(git_repo.path, "dissemination-kit")["dissemination-kit"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["kit"]


def test_a_raster_logo_gets_advice(git_repo, lint):
    git_repo.files({"brand/logo.png": PNG, "brand/screenshots/map.png": PNG})
    result = lint(git_repo.path, "dissemination-kit")["dissemination-kit"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert [f.key for f in result.findings] == ["kit", "raster-logo"]
    assert result.findings[1].path == "brand/logo.png"


@pytest.mark.parametrize(
    "files",
    [
        {},
        {"src/icons/close.svg": SVG, "src/icons/menu.svg": SVG, "assets/icons/logo.svg": SVG},
        {"docs/img/diagram.png": PNG, "docs/img/architecture.svg": SVG},
        {"vendor/leaflet/brand/logo.svg": SVG, "vendor/leaflet/brand/guidelines.md": CHARTE_FR},
        {"node_modules/x/press/logo.svg": SVG, "node_modules/x/press/slides.odp": ODP},
        {"tests/fixtures/press/logo.svg": SVG, "tests/fixtures/press/slides.odp": ODP},
        {"favicon.ico": PNG, "logo.png": PNG, "docs/logo.svg": SVG},
        {"src/components/brand/logo.svg": SVG, "src/components/brand/guidelines.md": CHARTE_FR},
        {"press/notes.txt": "TODO\n", "press/.gitkeep": ""},
        {"docs/communication.md": IPC_PAGE},
        {"docs/press.md": "# Press\n\nTODO\n"},
    ],
    ids=[
        "nothing", "ui-icons", "doc-illustrations", "vendored", "node-modules", "fixtures",
        "loose-logos", "component-folder", "empty-kit", "ipc-page", "placeholder-page",
    ],
)
def test_no_kit_fails(git_repo, lint, files):
    git_repo.files({"README.md": "# Cartofaune\n", **files})
    result = lint(git_repo.path, "dissemination-kit")["dissemination-kit"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "missing"
    assert result.findings[0].fix


@pytest.mark.parametrize(
    "files",
    [
        {"brand/logo.png": PNG},
        {"logos/logo.svg": SVG, "logos/logo-white.svg": SVG},
        {"media/screenshots/map.png": PNG, "media/screenshots/list.png": PNG},
        {"press/logo.svg": SVG, "press/guidelines.md": ""},
    ],
    ids=["raster-logo-only", "logos-only", "screenshots-only", "empty-guidelines"],
)
def test_a_single_kind_of_material_is_incomplete(git_repo, lint, files):
    git_repo.files({"README.md": "# Cartofaune\n", **files})
    result = lint(git_repo.path, "dissemination-kit")["dissemination-kit"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "incomplete-kit"
    assert result.findings[0].path in files


def test_message_follows_language(git_repo, lint):
    git_repo.files({"README.md": "# Cartofaune\n"})
    result = lint(git_repo.path, "dissemination-kit", language="fr")["dissemination-kit"]
    assert "Aucun kit de communication" in result.findings[0].message


def test_kit_contents_in_french(git_repo, lint):
    git_repo.files({"presse/logo.svg": SVG, "presse/charte-graphique.md": CHARTE_FR})
    result = lint(git_repo.path, "dissemination-kit", language="fr")["dissemination-kit"]
    assert "un logo" in result.findings[0].message
    assert "charte graphique" in result.findings[0].message


def test_plain_directory(plain_dir, lint):
    plain_dir.write("docs/press/logo.svg", SVG)
    plain_dir.write("docs/press/slides.pptx", ODP)
    result = lint(plain_dir.path, "dissemination-kit")["dissemination-kit"]
    assert result.status is Status.PASSED_WITH_ADVICE


# ----- issue 9: what real repositories showed --------------------------------------

CC_BY_EN = (
    "The Cartofaune logos are licensed under CC BY 4.0: you may use them to link to or "
    "write about the project.\n"
)
CC_BY_SA_FR = (
    "# Logo de Cartofaune\n\nLe logo est placé sous licence Creative Commons BY-SA 4.0 ; "
    "vous pouvez l'utiliser pour parler du projet.\n"
)
TRADEMARK_EN = (
    "# Trademark\n\nCartofaune is a trademark of the Cartofaune association. You may use "
    "the logo to refer to the project, but not to suggest that we endorse your product.\n"
)
ALL_RIGHTS = "Copyright 2024 Alice Martin. All rights reserved.\n"
APACHE_ICONS = "Licensed under the Apache License, Version 2.0.\n"


@pytest.mark.parametrize(
    "files, terms",
    [
        ({"logos/logo.svg": SVG, "logos/LICENSE": CC_BY_EN}, "logos/LICENSE"),
        ({"assets/logo/cartofaune.png": PNG, "assets/logo/README.md": CC_BY_SA_FR},
         "assets/logo/README.md"),
        ({"media/logo/mark.svg": SVG, "media/logo/TRADEMARK.md": TRADEMARK_EN},
         "media/logo/TRADEMARK.md"),
        ({"design/cartofaune-logos/horizontal.svg": SVG,
          "design/cartofaune-logos/COPYING.txt": CC_BY_EN}, "design/cartofaune-logos/COPYING.txt"),
        ({"img/brand/dark/mark.svg": SVG, "img/brand/LICENCE.md":
          "Logo sous Licence Ouverte 2.0 (Etalab).\n"}, "img/brand/LICENCE.md"),
    ],
    ids=["logos-cc-by", "assets-logo-readme-fr", "media-logo-trademark", "deep-logos-copying",
         "brand-licence-ouverte"],
)
def test_a_logo_folder_with_its_own_terms_of_reuse_is_a_kit(git_repo, lint, files, terms):
    git_repo.files({"README.md": "# Cartofaune\n", **files})
    result = lint(git_repo.path, "dissemination-kit")["dissemination-kit"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.facts["material"]["terms"] == [terms]
    assert any(e.path == terms for e in result.evidence)


@pytest.mark.parametrize(
    "files",
    [
        {"ext/project-logo.png": PNG, "ext/project-logo.svg": SVG, "ext/LICENSE": ALL_RIGHTS},
        {"icons/logo/github.svg": SVG, "icons/logo/gitlab.svg": SVG,
         "icons/logo/LICENSE": APACHE_ICONS},
        {"src/assets/icons/logo/mastodon.svg": SVG, "src/assets/icons/logo/LICENSE.txt":
         APACHE_ICONS},
        {"vendor/leaflet/logos/logo.svg": SVG, "vendor/leaflet/logos/LICENSE": CC_BY_EN},
        {"logo.svg": SVG, "LICENSE": CC_BY_EN},
        {"docs/logo.svg": SVG, "docs/LICENSE": CC_BY_EN},
        {"logos/LICENSE": CC_BY_EN, "logos/fonts.txt": "Fira Sans\n"},
    ],
    ids=["all-rights-reserved", "icon-set", "nested-icon-set", "vendored", "root-licence",
         "docs-licence", "licence-without-images"],
)
def test_a_licence_beside_images_is_not_always_a_kit(git_repo, lint, files):
    git_repo.files({"README.md": "# Cartofaune\n", **files})
    result = lint(git_repo.path, "dissemination-kit")["dissemination-kit"]
    assert result.status is Status.FAILED
    assert "terms" not in result.facts["material"]


def test_all_rights_reserved_in_a_logo_folder_leaves_it_incomplete(git_repo, lint):
    git_repo.files({"logos/logo.svg": SVG, "logos/LICENSE": ALL_RIGHTS})
    result = lint(git_repo.path, "dissemination-kit")["dissemination-kit"]
    assert result.status is Status.FAILED
    assert result.findings[0].key == "incomplete-kit"


BRAND_PAGE_EN = (
    "# Brand\n\nJournalists and partners can download the Cartofaune logo:\n\n"
    "- [Horizontal logo (SVG)](/img/brand/cartofaune-logo-horizontal.svg)\n"
    "- [Square logo (PNG)](/img/brand/cartofaune-logo-square.png)\n"
)
TRADEMARK_PAGE_HTML = (
    "<h1>Trademark policy</h1>\n<p>Cartofaune and its logo are trademarks of the "
    "association. You may use our logo to refer to the project.</p>\n"
    "<a href=\"/assets/cartofaune-logo.zip\" download>Logo pack</a>\n"
)
PRESSE_PAGE_FR = (
    "---\ntitle: Espace presse\n---\n\n# Espace presse\n\nTéléchargez notre logo en haute "
    "définition : [logo-cartofaune.eps](/fichiers/logo-cartofaune.eps).\n"
)
CHARTE_PAGE_FR = (
    "<h1>Charte graphique</h1>\n<p>Utilisez notre logo sans le déformer.</p>\n"
    "<img src=\"logos/cartofaune-logo-couleur.svg\" alt=\"logo\">\n"
)


@pytest.mark.parametrize(
    "path, page",
    [
        ("website/src/pages/brand.md", BRAND_PAGE_EN),
        ("docs/trademark.html", TRADEMARK_PAGE_HTML),
        ("site/content/presse/index.md", PRESSE_PAGE_FR),
        ("www/charte-graphique.html", CHARTE_PAGE_FR),
        ("website/pages/press-kit.mdx", BRAND_PAGE_EN.replace("# Brand", "# Press kit")),
    ],
    ids=["website-brand-md", "docs-trademark-html", "site-presse-index-fr",
         "www-charte-graphique", "press-kit-mdx"],
)
def test_a_website_brand_page_with_downloadable_logos_is_a_kit(git_repo, lint, path, page):
    git_repo.files({"README.md": "# Cartofaune\n", path: page})
    result = lint(git_repo.path, "dissemination-kit")["dissemination-kit"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.facts["material"]["page"] == [path]


@pytest.mark.parametrize(
    "path, page",
    [
        # A white-label application's branding settings: its own logo, not the project's.
        ("docs/branding.md", "# Branding\n\nTo show your organisation's logo, set "
                             "`LOGO_URL: /static/img/logo.svg` in `settings.yml`.\n"),
        ("docs/fr/marque.md", "# Marque\n\nPour afficher le logo de votre collectivité, "
                              "renseignez `logo: /img/logo.png` dans la configuration.\n"),
        ("website/brand.md", "# Brand\n\nOur brand colours are green and white; see the "
                             "logo at the top of every page.\n"),
        ("website/press.md", "# Press\n\nDownload the latest press release "
                             "(communique-2024.pdf).\n"),
        ("src/components/brand.tsx", BRAND_PAGE_EN),
        ("website/about.md", BRAND_PAGE_EN.replace("# Brand", "# About")),
    ],
    ids=["white-label-settings", "marque-configuration-fr", "no-download",
         "press-without-logo", "component-not-site", "not-a-brand-page"],
)
def test_pages_that_look_like_brand_pages_are_not_a_kit(git_repo, lint, path, page):
    git_repo.files({"README.md": "# Cartofaune\n", path: page})
    result = lint(git_repo.path, "dissemination-kit")["dissemination-kit"]
    assert result.status is Status.FAILED


@pytest.mark.parametrize(
    "path",
    [
        "website/static/flyers/flyer-a5.pdf",
        "site/assets/affiches/affiche-fete-de-la-nature.pdf",
        "docs/public/stickers/hexagon.svg",
        "website/static/print/autocollant-rond.png",
        "www/downloads/cartofaune-poster-a2.pdf",
        "site/static/depliant-mairies.pdf",
    ],
    ids=["flyers", "affiches", "stickers", "autocollant", "poster", "depliant"],
)
def test_promotional_material_in_the_website_sources_is_a_kit(git_repo, lint, path):
    git_repo.files({"README.md": "# Cartofaune\n", path: PDF if path.endswith(".pdf") else PNG})
    result = lint(git_repo.path, "dissemination-kit")["dissemination-kit"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.facts["material"]["visuals"] == [path]


@pytest.mark.parametrize(
    "files",
    [
        {"website/static/img/video-poster.jpg": PNG, "website/static/img/banner.png": PNG},
        {"website/static/img/composteur.svg": SVG, "site/img/stickyheader.png": PNG},
        {"src/icons/communication/emoji-sticker-fill.svg": SVG},
        {"docs/assets/icons/stickers/sticker.svg": SVG},
        {"app/stickers/cat.png": PNG, "app/stickers/dog.png": PNG},
        {"tests/fixtures/website/flyers/flyer.pdf": PDF},
        {"website/static/favicon.ico": PNG, "website/static/img/logo.svg": SVG},
        {"docs/flyer.md": "# Flyer\n\nHow the Flyer widget animates.\n"},
    ],
    ids=["video-poster-banner", "look-alike-names", "icon-set", "docs-icon-stickers",
         "chat-stickers-in-app", "fixture", "favicon-and-logo", "page-not-material"],
)
def test_near_misses_of_promotional_material_are_not_a_kit(git_repo, lint, files):
    git_repo.files({"README.md": "# Cartofaune\n", **files})
    result = lint(git_repo.path, "dissemination-kit")["dissemination-kit"]
    assert result.status is Status.FAILED


def test_terms_of_reuse_in_french(git_repo, lint):
    git_repo.files({"logos/logo.svg": SVG, "logos/LICENSE": CC_BY_EN})
    result = lint(git_repo.path, "dissemination-kit", language="fr")["dissemination-kit"]
    assert "conditions de réutilisation" in result.findings[0].message


@pytest.mark.parametrize(
    "page",
    [
        "# Brand\n\nlogo " + "a" * 500_000 + "\n",
        "# Brand\n\nlogo download " + "a/" * 250_000 + ".sv\n",
        "# Brand\n\n" + "`" * 300_000 + "\n",
    ],
    ids=["long-word", "long-path", "backticks"],
)
def test_a_hostile_brand_page_is_read_in_bounded_time(git_repo, lint, page):
    import time

    git_repo.files({"README.md": "# Cartofaune\n", "website/brand.md": page})
    started = time.monotonic()
    result = lint(git_repo.path, "dissemination-kit")["dissemination-kit"]
    assert time.monotonic() - started < 5
    assert result.status is Status.FAILED

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

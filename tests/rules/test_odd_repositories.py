"""Every built-in rule on odd repositories: whatever the layout, no tool error.

A seeded generator mixes realistic layouts (READMEs, licence files, manifests, REUSE
trees, catalogues, community files, in English and French) with what real repositories
also hold: files in odd encodings (UTF-16 without BOM, Latin-1, broken UTF-8), empty and
huge files, binary files with document names, links that point anywhere, deep folders,
and objects missing from the repository (files in the index but not on disk, blobs
deleted from the object store, a partial clone without its blobs). Each repository is
checked in this process through the real discovery, configuration and engine.
"""

from __future__ import annotations

import os
import random
import subprocess
from collections.abc import Callable
from pathlib import Path

import licence_texts as texts
import pytest
from gitrepo import git, init_repository
from linting import lint_report

from commons_lint.report import Status
from commons_lint.rules import discover

DEFAULT_COUNT = 60
SLOW_COUNT = 400
HUGE_BYTES = (1 << 20) + 4096  # just over the 1 MiB a read takes


# ----- realistic pieces ----------------------------------------------------------------

README_EN = (
    "# Cartofaune\n\nCartofaune maps wildlife sightings reported by volunteers.\n\n"
    "## Installation\n\n```sh\npip install cartofaune\n```\n\n## Licence\n\n"
    "Cartofaune is free software, licensed under the MIT License.\n"
)
README_FR = (
    "# Cartofaune\n\nCartofaune cartographie les observations de la faune.\n\n"
    "## Contribuer\n\nVoir [CONTRIBUTING.md](CONTRIBUTING.md).\n\n## Licence\n\n"
    "Ce logiciel libre est distribué sous licence EUPL-1.2.\n"
)
README_MAN = "NAME\n    carto - maps sightings\n\nDESCRIPTION\n    Reads © 2019-, data.\n"
PUBLICCODE = (
    "publiccodeYmlVersion: '0.4'\nname: Cartofaune\nurl: https://example.org/carto.git\n"
    "legal:\n  license: MIT\nmaintenance:\n  type: community\n"
    "description:\n  fr:\n    shortDescription: Carte\n    longDescription: x\n"
)
BROKEN_YAML = "a: &x [*x]\nb: [\n"
ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}]\n" for i in range(8)
)
DEEP_JSON = "[" * 5000 + "]" * 5000
REUSE_TOML = (
    'version = 1\n\n[[annotations]]\npath = "assets/**"\nSPDX-FileCopyrightText = "2024 X"\n'
    'SPDX-License-Identifier = "LicenseRef-Badges"\n'
)
PO = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    'msgid "Map"\nmsgstr "Carte"\n'
)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4

TEXTS: dict[str, Callable[[random.Random], str | bytes]] = {
    "README.md": lambda r: r.choice([README_EN, README_FR, README_MAN, ""]),
    "README.fr.md": lambda r: README_FR,
    "LISEZMOI.md": lambda r: README_FR,
    "LICENSE": lambda r: r.choice([
        texts.mit(), texts.STATED_AND_QUOTED_EN, texts.NON_COMMERCIAL, "TODO", "",
        texts.CECILL_2_1_FR, texts.BSD_3_CLAUSE, texts.mit() * 40,
    ]),
    "LICENSE.md": lambda r: texts.STATED_AND_QUOTED_FR,
    "COPYING": lambda r: texts.ISC,
    "LICENSES/MIT.txt": lambda r: texts.mit(),
    "LICENSES/LicenseRef-Badges.txt": lambda r: "Terms of the badges, " * 20,
    "REUSE.toml": lambda r: r.choice([REUSE_TOML, "version = [\n", ""]),
    ".reuse/dep5": lambda r: "Format: x\n\nFiles: *\nCopyright: 2024 X\nLicense: MIT\n",
    "CONTRIBUTING.md": lambda r: "# Contributing\n\nOpen an issue, then a merge request.\n",
    "CHANGELOG.md": lambda r: "# Changelog\n\n## [1.2.0] - 2024-05-01\n\n- Maps.\n",
    "SECURITY.md": lambda r: "# Security\n\nWrite to security@example.org.\n",
    "SECURITY_CONTACTS": lambda r: "alice\nbob\n",
    "CODE_OF_CONDUCT.md": lambda r: "# Code de conduite\n\nContact : conduite@example.org\n",
    "GOVERNANCE.md": lambda r: "# Governance\n\nDecisions are taken by the maintainers.\n",
    "AUTHORS": lambda r: "Alice Martin <alice@example.org> (maintainer)\n",
    ".github/CODEOWNERS": lambda r: "* @alice\n/.github/ @bob\n",
    ".github/FUNDING.yml": lambda r: r.choice(["liberapay: carto\n", BROKEN_YAML]),
    ".mailmap": lambda r: "Alice Martin <alice@example.org> <a@old.example>\n",
    "publiccode.yml": lambda r: r.choice([PUBLICCODE, BROKEN_YAML, ALIAS_BOMB, "- a\n"]),
    "package.json": lambda r: r.choice([
        '{"name": "carto", "license": "GPLV3", "workspaces": ["packages/*"]}', DEEP_JSON,
        '{"license": {"type": 3}}', "{",
    ]),
    "packages/ui/package.json": lambda r: '{"name": "@carto/ui", "license": "MIT"}',
    "pyproject.toml": lambda r: r.choice([
        '[project]\nname = "carto"\nlicense = "MIT"\n', "[project\n",
        '[tool.uv.workspace]\nmembers = ["libs/*", 3]\n',
    ]),
    "Cargo.toml": lambda r: '[workspace]\nmembers = ["crates/*"]\n',
    "crates/core/Cargo.toml": lambda r: '[package]\nlicense = "MIT/Apache-2.0"\n',
    "setup.cfg": lambda r: "[metadata\nlicense = MIT\n",
    "pom.xml": lambda r: '<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY x "y">]><p>&x;</p>\n',
    "locale/fr/LC_MESSAGES/carto.po": lambda r: PO,
    "locale/carto.pot": lambda r: PO.replace('"Carte"', '""'),
    "i18n/fr.json": lambda r: '{"footer": "\u00a9 2019-,", "map": "Carte"}\n',
    "docs/fr/guide.md": lambda r: "# Guide\n\nComment contribuer.\n",
    "docs/index.rst": lambda r: "Cartofaune\n==========\n\n.. toctree::\n",
    "public/funding.json": lambda r: '{"version": "v1.0.0", "funding": {"channels": []}}\n',
    "src/carto/app.py": lambda r: "# SPDX-License-Identifier: MIT\nprint('carto')\n",
    "src/carto/other.py": lambda r: "# SPDX-License-Identifier: MIT AND (\n",
    "web/main.js": lambda r: 'export const legal = "Copyright (C) 2010-,";\n',
    "logo/logo.svg": lambda r: "<svg xmlns='http://www.w3.org/2000/svg'/>\n",
    "assets/badge.png": lambda r: PNG,
}


def _odd_bytes(rng: random.Random, text: str) -> bytes:
    """The text in an encoding real repositories hold, or broken."""
    kind = rng.randrange(8)
    if kind == 0:
        return text.encode("utf-16-le")  # no BOM
    if kind == 1:
        return text.encode("utf-16-be")
    if kind == 2:
        return text.encode("utf-16")  # with BOM
    if kind == 3:
        return text.encode("latin-1", "replace")
    if kind == 4:
        return b"\xef\xbb\xbf" + text.encode()
    if kind == 5:
        return text.encode()[: max(1, len(text) // 2)] + b"\xff\xfe\xc3(" + text.encode()
    if kind == 6:
        return text.replace("\n", "\r").encode()
    return text.encode().replace(b" ", b"\x00", 3)


def _odd_names(rng: random.Random) -> dict[str, str | bytes]:
    odd: dict[str, str | bytes] = {}
    for _ in range(rng.randrange(4)):
        kind = rng.randrange(6)
        if kind == 0:  # a binary file with a document's name
            odd[rng.choice(["README.md", "LICENSE", "CHANGELOG.md", "SECURITY.md",
                            "publiccode.yml", "CONTRIBUTING.md"])] = PNG
        elif kind == 1:  # empty documents
            odd[rng.choice(["CHANGELOG.md", "LICENSE", "AUTHORS", "docs/README.md"])] = b""
        elif kind == 2:  # a huge one, over the read limit
            odd[rng.choice(["CHANGELOG.md", "LICENSE.txt", "docs/big.md"])] = (
                "## 1.0.0\n\n- x\n" * (HUGE_BYTES // 15)
            )
        elif kind == 3:  # deep folders
            depth = rng.randrange(20, 90)
            odd["/".join(f"d{i}" for i in range(depth)) + "/README.md"] = README_EN
        elif kind == 4:  # names with spaces, accents and dots
            odd[rng.choice(["Guide d'utilisation.md", "docs/café/Lisez moi.md",
                            "..md", "LICENSE..", "docs/ré sumé.fr.md"])] = README_FR
        else:
            odd["NUL.txt"] = b"\x00" * 64
    return odd


def _links(rng: random.Random, path: Path) -> None:
    targets = ["/etc/passwd", "LICENSES/MIT.txt", "missing/nowhere", "..", "docs",
               "/dev/zero", "README.md", "loop-b"]
    for name in rng.sample(["LICENSE.txt", "docs/SECURITY.md", "COPYING.LESSER", "loop-a",
                            "loop-b", "CHANGELOG", "linked-dir"], k=rng.randrange(1, 4)):
        link = path / name
        if link.exists() or link.is_symlink():
            continue
        link.parent.mkdir(parents=True, exist_ok=True)
        os.symlink(rng.choice(targets) if name != "loop-a" else "loop-b", link)


def _remove_objects(rng: random.Random, path: Path) -> None:
    """Loose blobs deleted from the object store: the index and HEAD name them."""
    listing = git(path, "ls-files", "-s").splitlines()
    for line in rng.sample(listing, k=min(len(listing), rng.randrange(1, 4))):
        blob = line.split()[1]
        loose = path / ".git" / "objects" / blob[:2] / blob[2:]
        loose.unlink(missing_ok=True)


def _remove_from_disk(rng: random.Random, path: Path) -> None:
    """Files still in the index, gone from the work tree."""
    listing = [p for p in git(path, "ls-files", "-z").split("\0") if p]
    for name in rng.sample(listing, k=min(len(listing), rng.randrange(1, 4))):
        target = path / name
        if target.is_file() and not target.is_symlink():
            target.unlink()


def build(seed: int, parent: Path) -> Path:
    rng = random.Random(seed)
    repo = init_repository(parent / f"odd-{seed}")
    names = rng.sample(sorted(TEXTS), k=rng.randrange(0, 14))
    files: dict[str, str | bytes] = {}
    for name in names:
        content = TEXTS[name](rng)
        if isinstance(content, str) and rng.random() < 0.2:
            content = _odd_bytes(rng, content)
        files[name] = content
    files.update(_odd_names(rng))
    repo.write_all(files)
    if rng.random() < 0.3:
        _links(rng, repo.path)
    if files or rng.random() < 0.5:
        repo.commit("Odd layout")
    damage = rng.randrange(5)
    if damage == 0 and files:
        _remove_objects(rng, repo.path)
    elif damage == 1 and files:
        _remove_from_disk(rng, repo.path)
    return repo.path


def _partial_clone(parent: Path, source: Path) -> Path:
    """A clone without its blobs (``--filter=blob:none``): reading one would need the
    network, which the tool never reaches."""
    bare = parent / "origin.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(source), str(bare)], check=True)
    git(bare, "config", "uploadpack.allowFilter", "true")
    clone = parent / "partial"
    subprocess.run(
        ["git", "clone", "-q", "--no-checkout", "--filter=blob:none",
         f"file://{bare}", str(clone)],
        check=True, capture_output=True,
    )
    # The index without the work tree: every file is in the index, none on disk, no blob.
    subprocess.run(["git", "-C", str(clone), "read-tree", "HEAD"], check=True)
    return clone


ALL_RULES = sorted(discover().rules)


def _tool_errors(path: Path) -> list[str]:
    report = lint_report(path, ALL_RULES)
    assert {result.rule.id for result in report.results} == set(ALL_RULES)
    return [
        f"{result.rule.id}: {result.reason}" for result in report.results
        if result.status is Status.TOOL_ERROR
    ]


def _check_many(count: int, tmp_path: Path) -> None:
    failures = {}
    for seed in range(count):
        path = build(seed, tmp_path)
        errors = _tool_errors(path)
        if errors:
            failures[seed] = errors
    assert not failures, failures


def test_odd_repositories_give_no_tool_error(tmp_path):
    _check_many(DEFAULT_COUNT, tmp_path)


@pytest.mark.slow
def test_many_odd_repositories_give_no_tool_error(tmp_path):
    _check_many(SLOW_COUNT, tmp_path)


@pytest.mark.parametrize("seed", [3, 11, 29])
def test_a_partial_clone_without_blobs_gives_no_tool_error(tmp_path, seed):
    source = tmp_path / "source"
    source.mkdir()
    built = build(seed, source)
    if not git(built, "ls-files"):
        init = init_repository(tmp_path / "filled")
        init.files({"README.md": README_EN, "LICENSE": texts.mit()})
        built = init.path
    clone = _partial_clone(tmp_path, built)
    assert _tool_errors(clone) == []


def test_the_generator_makes_what_it_promises(tmp_path):
    """The odd cases are all made by the default count, so that the test can fail."""
    seen = {"links": 0, "missing-on-disk": 0, "missing-objects": 0, "binary": 0}
    for seed in range(DEFAULT_COUNT):
        path = build(seed, tmp_path)
        listing = [p for p in git(path, "ls-files", "-z").split("\0") if p]
        seen["links"] += any((path / p).is_symlink() for p in listing)
        seen["missing-on-disk"] += any(
            not (path / p).exists() and not (path / p).is_symlink() for p in listing)
        blobs = [line.split()[1] for line in git(path, "ls-files", "-s").splitlines()]
        seen["missing-objects"] += any(
            subprocess.run(["git", "-C", str(path), "cat-file", "-e", blob],
                           capture_output=True).returncode != 0 for blob in blobs)
        seen["binary"] += any(
            (path / p).is_file() and not (path / p).is_symlink()
            and (path / p).read_bytes()[:4] == PNG[:4] for p in listing)
    assert all(count >= 3 for count in seen.values()), seen

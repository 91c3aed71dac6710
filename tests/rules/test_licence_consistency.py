"""licence-consistency: declarations in manifests, headers and READMEs agree with the
licence file identified from its text."""

from __future__ import annotations

import licence_texts as texts
import pytest
from commons_lint_rules.licence_consistency import expression_ids, id_of_name

from commons_lint.report import Status

RULE = "licence-consistency"


MIT = texts.mit()


def check(lint, path, **kwargs):
    return lint(path, RULE, **kwargs)[RULE]


def keys(result):
    return sorted(finding.key for finding in result.findings)


def declarations(licence: str, name: str) -> dict[str, dict[str, str]]:
    """One layout per place a licence can be declared; ``licence`` is an SPDX id,
    ``name`` the way people write it."""
    return {
        "pyproject-pep639": {
            "pyproject.toml": f'[project]\nname = "carto"\nlicense = "{licence}"\n'
        },
        "pyproject-text": {
            "pyproject.toml": f'[project]\nname = "carto"\nlicense = {{text = "{name}"}}\n'
        },
        "poetry": {"pyproject.toml": f'[tool.poetry]\nname = "carto"\nlicense = "{licence}"\n'},
        "setup.cfg": {"setup.cfg": f"[metadata]\nname = carto\nlicense = {name}\n"},
        "package.json": {"package.json": f'{{\n  "name": "carto",\n  "license": "{licence}"\n}}\n'},
        "package.json-legacy": {
            "package.json": f'{{"name": "carto", "licenses": [{{"type": "{licence}"}}]}}\n'
        },
        "Cargo.toml": {"Cargo.toml": f'[package]\nname = "carto"\nlicense = "{licence}"\n'},
        "composer.json": {"composer.json": f'{{"name": "a/carto", "license": ["{licence}"]}}\n'},
        "pom.xml": {
            "pom.xml": (
                '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
                f"  <licenses>\n    <license>\n      <name>{name}</name>\n    </license>\n"
                "  </licenses>\n</project>\n"
            )
        },
        "gemspec": {
            "carto.gemspec": f"Gem::Specification.new do |s|\n  s.name = 'carto'\n"
                             f"  s.license = '{licence}'\nend\n"
        },
        "publiccode": {
            "publiccode.yml": f"publiccodeYmlVersion: '0.4'\nname: carto\nlegal:\n"
                              f"  license: {licence}\n"
        },
        "spdx-header": {
            "src/carto/app.py": f"# SPDX-License-Identifier: {licence}\n\nprint('carto')\n"
        },
        "readme-en": {"README.md": f"# Carto\n\nCarto is licensed under the {name}.\n"},
        "readme-fr": {
            "LISEZMOI.md": f"# Carto\n\nCe logiciel est distribué sous licence {name}.\n"
        },
        "readme-badge": {
            "docs/README.rst": "Carto\n=====\n\n.. image:: https://img.shields.io/badge/"
                               f"license-{licence.replace('-', '--')}-blue.svg\n"
        },
        "readme-section": {
            ".github/README.md": f"# Carto\n\nMaps.\n\n## Licence\n\n[{name}](LICENSE)\n"
        },
    }


SOURCES = sorted(declarations("MIT", "MIT License"))


@pytest.mark.parametrize("source", SOURCES)
def test_a_declaration_that_agrees_passes(git_repo, lint, source):
    git_repo.files({"LICENSE": MIT, **declarations("MIT", "MIT License")[source]})
    assert check(lint, git_repo.path).status is Status.PASSED


@pytest.mark.parametrize("source", SOURCES)
def test_a_declaration_that_disagrees_fails(git_repo, lint, source):
    files = declarations("Apache-2.0", "Apache License 2.0")[source]
    git_repo.files({"LICENSE": MIT, **files})
    result = check(lint, git_repo.path)
    assert result.status is Status.FAILED
    (path,) = files
    assert keys(result) == [f"mismatch-{path}"]
    assert result.findings[0].path == path
    assert result.findings[0].line is not None and result.findings[0].line >= 1
    assert "Apache-2.0" in result.findings[0].message and "MIT" in result.findings[0].message


@pytest.mark.parametrize("source", ["pyproject-pep639", "readme-fr", "spdx-header", "publiccode"])
def test_a_french_licence_text_agrees(git_repo, lint, source):
    files = declarations("EUPL-1.2", "EUPL-1.2")[source]
    git_repo.files({"LICENCE": texts.EUPL_1_2_FR, **files})
    assert check(lint, git_repo.path).status is Status.PASSED


def test_classifiers_are_mapped(git_repo, lint):
    pyproject = (
        '[project]\nname = "carto"\nclassifiers = [\n'
        '  "Programming Language :: Python :: 3",\n'
        '  "License :: OSI Approved :: Apache Software License",\n]\n'
    )
    git_repo.files({"LICENSE": MIT, "pyproject.toml": pyproject})
    result = check(lint, git_repo.path)
    assert keys(result) == ["mismatch-pyproject.toml"]
    assert result.findings[0].line == 5


def test_setup_cfg_classifiers_agree(git_repo, lint):
    setup_cfg = (
        "[metadata]\nname = carto\nclassifiers =\n    Programming Language :: Python\n"
        "    License :: OSI Approved :: MIT License\n"
    )
    git_repo.files({"LICENSE": MIT, "setup.cfg": setup_cfg})
    assert check(lint, git_repo.path).status is Status.PASSED


# ----- several licences ----------------------------------------------------------------


@pytest.mark.parametrize(
    "declared, status",
    [
        ("MIT OR Apache-2.0", Status.PASSED),
        ("Apache-2.0", Status.PASSED),
        ("MIT/Apache-2.0", Status.PASSED),  # Cargo's old separator
        ("MIT OR GPL-3.0-only", Status.FAILED),
    ],
)
def test_dual_licensing(git_repo, lint, declared, status):
    apache = texts.debian_text("Apache-2.0")
    git_repo.files({"LICENSE-MIT": MIT, "LICENSE-APACHE": apache,
                    "Cargo.toml": f'[package]\nname = "carto"\nlicense = "{declared}"\n'})
    assert check(lint, git_repo.path).status is status


def test_one_licence_file_does_not_cover_a_dual_declaration(git_repo, lint):
    git_repo.files({"LICENSE": MIT, "package.json": '{"license": "(MIT OR Apache-2.0)"}'})
    assert keys(check(lint, git_repo.path)) == ["mismatch-package.json"]


@pytest.mark.parametrize(
    "declared, status",
    [
        ("GPL-3.0-or-later", Status.PASSED),
        ("GPL-3.0-only", Status.PASSED),
        ("GPL-3.0", Status.PASSED),  # deprecated id
        ("GPL-3.0+", Status.PASSED),
        ("GPL-2.0-or-later", Status.FAILED),
        ("LGPL-3.0-or-later", Status.FAILED),
        ("AGPL-3.0-or-later", Status.FAILED),
    ],
)
def test_gpl_variants_share_one_text(git_repo, lint, declared, status):
    git_repo.files({"COPYING": texts.debian_text("GPL-3"),
                    "pyproject.toml": f'[project]\nname = "carto"\nlicense = "{declared}"\n'})
    assert check(lint, git_repo.path).status is status


def test_reuse_folder_may_hold_more_licences(git_repo, lint):
    git_repo.files({
        "LICENSES/MIT.txt": MIT,
        "LICENSES/BSD-3-Clause.txt": texts.BSD_3_CLAUSE,
        "package.json": '{"license": "MIT"}',
        "src/app.js": "// SPDX-License-Identifier: BSD-3-Clause\nexport {};\n",
    })
    assert check(lint, git_repo.path).status is Status.PASSED


# ----- invalid declarations ------------------------------------------------------------


@pytest.mark.parametrize(
    "files, key",
    [
        ({"package.json": '{"license": "Apache 2"}'}, "invalid-package.json"),
        ({"Cargo.toml": '[package]\nlicense = "MIT AND"\n'}, "invalid-Cargo.toml"),
        ({"pyproject.toml": '[project]\nlicense = "GPLv3"\n'}, "invalid-pyproject.toml"),
        ({"publiccode.yml": "legal:\n  license: Licence EUPL\n"}, "invalid-publiccode.yml"),
    ],
    ids=["npm", "cargo", "pep639", "publiccode"],
)
def test_an_invalid_expression_is_reported(git_repo, lint, files, key):
    git_repo.files({"LICENSE": MIT, **files})
    result = check(lint, git_repo.path)
    assert keys(result) == [key]
    assert result.findings[0].fix and "MIT" in result.findings[0].fix


def test_unlicensed_contradicts_a_licence_file(git_repo, lint):
    git_repo.files({"LICENSE": MIT, "package.json": '{"license": "UNLICENSED"}'})
    assert keys(check(lint, git_repo.path)) == ["mismatch-package.json"]


# ----- what is not a declaration -------------------------------------------------------


@pytest.mark.parametrize(
    "files",
    [
        {"vendor/lib/package.json": '{"license": "Apache-2.0"}'},
        {"node_modules/x/package.json": '{"license": "GPL-3.0-only"}'},
        {"tests/fixtures/app.py": "# SPDX-License-Identifier: GPL-2.0-only\n"},
        {"vendor/lib/util.c": "/* SPDX-License-Identifier: Apache-2.0 */\n"},
        {"package.json": '{"license": "SEE LICENSE IN LICENSE"}'},
        {"sub/pyproject.toml": '[project]\nlicense = "Apache-2.0"\n'},
        {"pom.xml": '<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY x "Apache-2.0">]>\n'
                    "<project><licenses><license><name>&x;</name></license></licenses></project>\n"},
        {"setup.cfg": "[metadata]\nlicense = see the file LICENSE for the terms\n"},
        {"README.md": "# Carto\n\nSee the licence file for the terms of use of this project.\n"},
        {"LICENSE-THIRD-PARTY.md": "Apache-2.0 for the bundled font.\n"},
    ],
    ids=["vendored", "node-modules", "fixture", "vendored-header", "see-licence", "nested",
         "xml-entities", "prose", "readme-without-name", "third-party"],
)
def test_look_alikes_are_not_declarations(git_repo, lint, files):
    git_repo.files({"LICENSE": MIT, **files})
    result = check(lint, git_repo.path)
    assert result.status is Status.PASSED_WITH_ADVICE
    assert keys(result) == ["no-declaration"]


def test_no_declaration_is_advice(git_repo, lint):
    git_repo.files({"LICENSE": MIT, "main.py": "print('carto')\n"})
    result = check(lint, git_repo.path)
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.findings[0].path is None and "MIT" in result.findings[0].fix


@pytest.mark.parametrize(
    "files",
    [
        {"package.json": '{"license": "MIT"}'},
        {"LICENSE": "", "package.json": '{"license": "MIT"}'},
        {"LICENSE": "All rights reserved by the authors. Ask before use, thank you kindly "
                    "for asking us first before anything at all is done with this.\n",
         "package.json": '{"license": "MIT"}'},
    ],
    ids=["no-file", "empty-file", "unidentified"],
)
def test_without_an_identified_licence_file_not_applicable(git_repo, lint, files):
    git_repo.files(files)
    assert check(lint, git_repo.path).status is Status.NOT_APPLICABLE


def test_one_finding_per_file(git_repo, lint):
    readme = ("# Carto\n\n[![License](https://img.shields.io/badge/license-GPL--3.0-blue)](x)\n\n"
              "Carto is released under the GPL v3.\n")
    git_repo.files({"LICENSE": MIT, "README.md": readme})
    result = check(lint, git_repo.path)
    assert keys(result) == ["mismatch-README.md"]
    assert result.findings[0].line == 3


def test_message_follows_language(git_repo, lint):
    git_repo.files({"LICENSE": MIT, "package.json": '{"license": "Apache-2.0"}'})
    result = check(lint, git_repo.path, language="fr")
    assert "déclare Apache-2.0" in result.findings[0].message
    assert "Mettez" in result.findings[0].fix


def test_plain_directory(plain_dir, lint):
    plain_dir.write("LICENSE", MIT)
    plain_dir.write("Cargo.toml", '[package]\nlicense = "ISC"\n')
    assert keys(check(lint, plain_dir.path)) == ["mismatch-Cargo.toml"]


# ----- names and expressions -----------------------------------------------------------


@pytest.mark.parametrize(
    "name, spdx_id",
    [
        ("The MIT License", "MIT"),
        ("Apache License, Version 2.0", "Apache-2.0"),
        ("The Apache Software License, Version 2.0", "Apache-2.0"),
        ("GNU General Public License v3 or later (GPLv3+)", "GPL-3.0-only"),
        ("European Union Public Licence 1.2 (EUPL 1.2)", "EUPL-1.2"),
        ("Licence Ouverte 2.0", "etalab-2.0"),
        ("CeCILL-B Free Software License Agreement (CECILL-B)", "CECILL-B"),
        ("Mozilla Public License 2.0 (MPL 2.0)", "MPL-2.0"),
        ("BSD License", "BSD-*"),
        ("Some Custom Terms", None),
    ],
)
def test_names(name, spdx_id):
    assert id_of_name(name) == spdx_id


@pytest.mark.parametrize(
    "expression, ids",
    [
        ("mit", ["MIT"]),
        ("MIT OR Apache-2.0", ["Apache-2.0", "MIT"]),
        ("GPL-2.0-only WITH Classpath-exception-2.0", ["GPL-2.0-only"]),
        ("MIT OR LicenseRef-Carto", ["MIT"]),
        ("Apache 2.0", None),
        ("MIT AND", None),
    ],
)
def test_expressions(expression, ids):
    assert expression_ids(expression) == ids


# ----- misspelt identifiers ------------------------------------------------------------


def licence_text(name: str) -> str:
    return MIT if name == "MIT" else texts.debian_text(name)


@pytest.mark.parametrize(
    "licence, files, right",
    [
        ("GPL-3", {"package.json": '{"name": "pia", "license": "GPLV3"}'}, "GPL-3.0-or-later"),
        ("GPL-3", {"package.json": '{"license": "GPL3"}'}, "GPL-3.0-only"),
        ("GPL-3", {"pyproject.toml": '[project]\nlicense = "GPL-3"\n'}, "GPL-3.0-only"),
        ("Apache-2.0", {"Cargo.toml": '[package]\nlicense = "Apache 2"\n'}, "Apache-2.0"),
        ("Apache-2.0", {"publiccode.yml": "legal:\n  license: Apache v2\n"}, "Apache-2.0"),
        ("MPL-2.0", {"composer.json": '{"license": "MPL2"}'}, "MPL-2.0"),
    ],
    ids=["GPLV3", "GPL3", "GPL-3", "apache-2", "apache-v2", "MPL2"],
)
def test_a_misspelt_id_of_the_same_licence_is_advice(git_repo, lint, licence, files, right):
    git_repo.files({"LICENSE": licence_text(licence), **files})
    result = check(lint, git_repo.path)
    assert result.status is Status.PASSED_WITH_ADVICE
    (path,) = files
    assert keys(result) == [f"misspelt-{path}"]
    assert right in result.findings[0].fix


@pytest.mark.parametrize(
    "files",
    [
        {"package.json": '{"license": "GNU General Public License v3.0"}'},
        {"pyproject.toml": '[project]\nlicense = "GNU GPL version 3"\n'},
        {"publiccode.yml": "legal:\n  license: Licence GPL v3\n"},
    ],
    ids=["full-name", "long-name", "with-licence-word"],
)
def test_a_licence_name_where_an_id_is_required_is_invalid(git_repo, lint, files):
    # The same licence as the file's, but spelt out where an SPDX id is required.
    git_repo.files({"LICENSE": texts.debian_text("GPL-3"), **files})
    result = check(lint, git_repo.path)
    (path,) = files
    assert result.status is Status.FAILED
    assert keys(result) == [f"invalid-{path}"]


def test_a_misspelt_id_of_another_licence_still_fails(git_repo, lint):
    git_repo.files({"LICENSE": MIT, "package.json": '{"license": "GPLV3"}'})
    result = check(lint, git_repo.path)
    assert result.status is Status.FAILED
    assert keys(result) == ["invalid-package.json"]


def test_a_misspelt_id_in_french(git_repo, lint):
    git_repo.files({"LICENSE": texts.debian_text("GPL-3"), "package.json": '{"license": "GPLv3"}'})
    result = check(lint, git_repo.path, language="fr")
    assert "n'est pas son identifiant SPDX" in result.findings[0].message
    assert result.findings[0].fix.startswith("Écrivez l'identifiant SPDX : GPL-3.0-only ou ")


# ----- README sentences ---------------------------------------------------------------


@pytest.mark.parametrize(
    "readme",
    [
        "# Carto\n\nCarto is under the Apache 2.0 license.\n",
        "# Carto\n\nThe project is available under the terms of the Apache License 2.0.\n",
        "# Carto\n\n## License\n\nThis work is released under the Apache License, Version "
        "2.0 (see [LICENSE](LICENSE)).\n",
        "# Carto\n\n## Licence\n\nApache-2.0\n",
        "# Carto\n\nCarto est distribué sous licence Apache 2.0.\n",
        "# Carto\n\n## Licence\n\nLe code est publié sous la licence Apache 2.0 ; voir LICENSE.\n",
    ],
    ids=["is-under", "available-under", "section-sentence", "section-id", "fr-sentence",
         "fr-section"],
)
def test_readme_sentences_are_declarations(git_repo, lint, readme):
    git_repo.files({"LICENSE": texts.debian_text("Apache-2.0"), "README.md": readme})
    result = check(lint, git_repo.path)
    assert result.status is Status.PASSED, result.findings
    assert any(e.path == "README.md" for e in result.evidence)


@pytest.mark.parametrize(
    "sentence",
    [
        "> Export relies on XL packages from another vendor.\n> These packages are licensed "
        "under GPL and are not MIT-compatible.\n",
        "The bundled fonts are released under the SIL Open Font License.\n",
        "Some dependencies are distributed under the GPL v3.\n",
        "Les icônes sont distribuées sous licence CC-BY-SA-4.0.\n",
        "Certaines bibliothèques tierces sont publiées sous licence GPL.\n",
    ],
    ids=["these-packages", "fonts", "dependencies", "fr-icons", "fr-libraries"],
)
def test_a_sentence_about_third_party_work_is_not_the_project_licence(git_repo, lint, sentence):
    readme = f"# Carto\n\nCarto is released under the MIT License.\n\n{sentence}"
    git_repo.files({"LICENSE": MIT, "README.md": readme})
    result = check(lint, git_repo.path)
    assert result.status is Status.PASSED, result.findings


# ----- monorepos -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "files",
    [
        {"package.json": '{"private": true, "workspaces": ["libs/*"]}',
         "libs/ui/package.json": '{"name": "@carto/ui", "license": "MIT"}'},
        {"packages/core/package.json": '{"name": "@carto/core", "license": "MIT"}'},
        {"Cargo.toml": '[workspace]\nmembers = ["tools/*"]\n',
         "tools/cli/Cargo.toml": '[package]\nname = "carto-cli"\nlicense = "MIT"\n'},
        {"crates/carto/Cargo.toml": '[package]\nname = "carto"\nlicense = "MIT"\n'},
        {"src/backend/pyproject.toml": '[project]\nname = "carto"\nlicense = "MIT"\n'},
    ],
    ids=["npm-workspace", "packages-dir", "cargo-workspace", "crates-dir", "src-backend"],
)
def test_sub_package_manifests_are_read(git_repo, lint, files):
    git_repo.files({"LICENSE": MIT, **files})
    result = check(lint, git_repo.path)
    assert result.status is Status.PASSED, result.findings
    manifest = max(files, key=lambda path: path.count("/"))
    assert any(e.path == manifest for e in result.evidence)


def test_a_sub_package_that_disagrees_fails(git_repo, lint):
    git_repo.files({
        "LICENSE": MIT,
        "packages/core/package.json": '{"license": "MIT"}',
        "packages/server/package.json": '{"license": "AGPL-3.0-only"}',
    })
    result = check(lint, git_repo.path)
    assert keys(result) == ["mismatch-packages/server/package.json"]


def test_a_sub_package_with_its_own_licence_file_agrees(git_repo, lint):
    git_repo.files({
        "LICENSE": MIT,
        "packages/server/package.json": '{"license": "Apache-2.0"}',
        "packages/server/LICENSE": texts.debian_text("Apache-2.0"),
    })
    assert check(lint, git_repo.path).status is Status.PASSED


@pytest.mark.parametrize(
    "files",
    [
        {"packages/core/tests/fixtures/package.json": '{"license": "GPL-3.0-only"}'},
        {"examples/demo/package.json": '{"license": "Apache-2.0"}'},
        {"lib/sub/deeper/package.json": '{"license": "Apache-2.0"}'},
        {"package.json": '{"workspaces": ["libs/*"]}',
         "other/thing/package.json": '{"license": "Apache-2.0"}'},
    ],
    ids=["fixture-in-package", "example", "not-a-package-folder", "not-a-member"],
)
def test_manifests_outside_sub_packages_are_not_read(git_repo, lint, files):
    git_repo.files({"LICENSE": MIT, "README.md": "# Carto\n\nLicensed under the MIT License.\n",
                    **files})
    assert check(lint, git_repo.path).status is Status.PASSED


def test_a_mixed_licence_file_covers_both_licences(git_repo, lint):
    git_repo.files({
        "LICENSE.md": texts.STATED_AND_QUOTED_EN,
        "package.json": '{"license": "MIT"}',
        "README.md": "# Pages\n\nThe pages are licensed under CC-BY-4.0.\n",
    })
    result = check(lint, git_repo.path)
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize(
    "readme",
    [
        "# Carto\n\nThis project and its assets are licensed under the Apache License 2.0.\n",
        "# Carto\n\nLe code et les icônes sont distribués sous licence Apache 2.0.\n",
    ],
    ids=["en", "fr"],
)
def test_the_project_named_with_its_assets_is_still_the_project(git_repo, lint, readme):
    git_repo.files({"LICENSE": MIT, "README.md": readme})
    assert keys(check(lint, git_repo.path)) == ["mismatch-README.md"]

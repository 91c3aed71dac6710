"""reuse-compliance: the files without copyright or licence information, as `reuse lint`
finds them, on real Git repositories compared with the reuse tool itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from commons_lint_rules._halves import can_fork
from commons_lint_rules.reuse_compliance import lint_reuse
from fresh_process import in_fresh_process

from commons_lint.report import Status
from commons_lint.repository import Repository

RULE = "reuse-compliance"
MIT_TEXT = "MIT License\n\nPermission is hereby granted, free of charge, to any person...\n"
APACHE_TEXT = "Apache License\nVersion 2.0, January 2004\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def header(licence: str = "MIT", comment: str = "#", holder: str = "2024 Alice Martin") -> str:
    return (
        f"{comment} SPDX-FileCopyrightText: {holder}\n"
        f"{comment}\n"
        f"{comment} SPDX-License-Identifier: {licence}\n\n"
    )


PYTHON = "def main():\n    return 42\n"
JS = "export const answer = 42;\n"


def reuse_lint(path: Path) -> dict[str, list[str]]:
    """`reuse lint --json` on ``path``, with paths relative to it."""
    completed = subprocess.run(
        [sys.executable, "-m", "reuse", "--root", str(path), "lint", "--json"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "_SUPPRESS_DEP5_WARNING": "1"},
    )
    non_compliant = json.loads(completed.stdout)["non_compliant"]
    root = path.resolve()

    def relative(value: str) -> str:
        return Path(value).relative_to(root).as_posix() if value.startswith("/") else value

    return {key: sorted(relative(v) for v in values) for key, values in non_compliant.items()}


def ours(path: Path) -> dict[str, list[str]]:
    return lint_reuse(Repository(path)).non_compliant()


def check(lint, path, **kwargs):
    return lint(path, RULE, **kwargs)[RULE]


def keys(result):
    return sorted(finding.key for finding in result.findings)


# ----- the same verdict as `reuse lint` ------------------------------------------------

LAYOUTS = {
    "all-tagged": {
        "LICENSES/MIT.txt": MIT_TEXT,
        "src/app.py": header() + PYTHON,
        "web/main.js": header(comment="//") + JS,
        "README.md": "<!--\nSPDX-FileCopyrightText: 2024 Alice Martin\n\n"
                     "SPDX-License-Identifier: MIT\n-->\n\n# Cartofaune\n",
        "LICENSE": MIT_TEXT,
    },
    "some-untagged": {
        "LICENSES/MIT.txt": MIT_TEXT,
        "src/app.py": header() + PYTHON,
        "src/util.py": PYTHON,
        "src/only_copyright.py": "# Copyright 2024 Alice Martin\n" + PYTHON,
        "src/only_licence.py": "# SPDX-License-Identifier: MIT\n" + PYTHON,
        "docs/guide.md": "# Guide\n\nHow to use it.\n",
        "Makefile": "all:\n\techo ok\n",
    },
    "sidecar-and-binaries": {
        "LICENSES/CC-BY-4.0.txt": "Creative Commons Attribution 4.0\n",
        "LICENSES/MIT.txt": MIT_TEXT,
        "assets/logo.png": PNG,
        "assets/logo.png.license": header("CC-BY-4.0", comment="").replace("\n\n", "\n")
        .lstrip(),
        "assets/photo.png": PNG,
        "src/app.py": header() + PYTHON,
        "data/blob.bin": bytes(range(256)) * 4,
    },
    "reuse-toml": {
        "REUSE.toml": (
            'version = 1\n\n[[annotations]]\npath = "assets/**"\n'
            'SPDX-FileCopyrightText = "2024 Ville de Lyon"\nSPDX-License-Identifier = "CC0-1.0"\n\n'
            '[[annotations]]\npath = ["docs/*.md", "*.toml"]\nprecedence = "aggregate"\n'
            'SPDX-FileCopyrightText = "2024 Alice Martin"\nSPDX-License-Identifier = "MIT"\n\n'
            '[[annotations]]\npath = "vendor/**"\nprecedence = "override"\n'
            'SPDX-FileCopyrightText = "2020 Upstream"\nSPDX-License-Identifier = "Apache-2.0"\n'
        ),
        "LICENSES/CC0-1.0.txt": "CC0 1.0 Universal\n",
        "LICENSES/MIT.txt": MIT_TEXT,
        "assets/map.png": PNG,
        "assets/icons/pin.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>\n",
        "docs/guide.md": "# Guide\n",
        "docs/deep/other.md": "# Not matched by docs/*.md\n",
        "pyproject.toml": "[project]\nname = 'cartofaune'\n",
        "vendor/lib.js": header("GPL-3.0-or-later", comment="//") + JS,
        "src/app.py": header("MIT OR Apache-2.0") + PYTHON,
    },
    "nested-reuse-toml-closest": {
        "REUSE.toml": (
            'version = 1\n\n[[annotations]]\npath = "**"\nprecedence = "closest"\n'
            'SPDX-FileCopyrightText = "2024 Alice Martin"\nSPDX-License-Identifier = "MIT"\n'
        ),
        "lib/REUSE.toml": (
            'version = 1\n\n[[annotations]]\npath = "data/**"\nprecedence = "closest"\n'
            'SPDX-License-Identifier = "CC-BY-4.0"\n'
        ),
        "LICENSES/MIT.txt": MIT_TEXT,
        "LICENSES/CC-BY-4.0.txt": "Creative Commons Attribution 4.0\n",
        "src/app.py": PYTHON,
        "src/own.py": "# SPDX-License-Identifier: GPL-3.0-or-later\n" + PYTHON,
        "lib/data/table.csv": "a,b\n1,2\n",
        "lib/code.py": PYTHON,
    },
    "dep5": {
        ".reuse/dep5": (
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
            "Upstream-Name: cartofaune\n\n"
            "Files: images/*\nCopyright: 2024 Ville de Lyon\nLicense: CC0-1.0\n"
        ),
        "LICENSES/CC0-1.0.txt": "CC0 1.0 Universal\n",
        "LICENSES/MIT.txt": MIT_TEXT,
        "images/a.png": PNG,
        "images/sub/b.png": PNG,
        "other/c.png": PNG,
        "src/app.py": header() + PYTHON,
    },
    "licences-missing-unused-bad": {
        "LICENSES/MIT.txt": MIT_TEXT,
        "LICENSES/BSD-3-Clause.txt": "BSD 3-Clause\n",
        "LICENSES/Not-A-Licence.txt": "home-made\n",
        "LICENSES/GPL-3.0.txt": "GNU GPL 3\n",
        "LICENSES/LicenseRef-Cartofaune.txt": "Our own terms\n",
        "src/app.py": header() + PYTHON,
        "src/server.py": header("Apache-2.0") + PYTHON,
        "src/plus.py": header("GPL-3.0+") + PYTHON,
        "src/custom.py": header("LicenseRef-Cartofaune") + PYTHON,
        "src/broken.py": header("MIT AND AND (") + PYTHON,
    },
    "encodings-and-ignore-blocks": {
        "LICENSES/MIT.txt": MIT_TEXT,
        "latin1.txt": "Copyright \xa9 2024 Alice Martin\nSPDX-License-Identifier: MIT\n".encode(
            "latin-1"
        ),
        "utf16.txt": "\ufeff# SPDX-FileCopyrightText: 2024 Alice\n# SPDX-License-Identifier: MIT\n"
        .encode("utf-16-le"),
        "bom.py": "\ufeff".encode() + header().encode() + "# é\n".encode(),
        "crlf.py": (header() + PYTHON).replace("\n", "\r\n"),
        "ignored_block.py": "# REUSE-IgnoreStart\n" + header() + "# REUSE-IgnoreEnd\n" + PYTHON,
        "late_tags.py": PYTHON * 5000 + header(),
        "one_byte.txt": "x",
        "empty.txt": "",
        "symbols.txt": "© 2024 Alice Martin\nSPDX-License-Identifier: MIT\n",
    },
    "nested-licenses-and-skipped-names": {
        "LICENSES/MIT.txt": MIT_TEXT,
        "LICENSE-MIT": MIT_TEXT,
        "COPYING": MIT_TEXT,
        "sbom.spdx.json": "{}\n",
        "src/LICENSES/notes.txt": "not covered: a LICENSES folder anywhere\n",
        "subprojects/inner/file.c": "int x;\n",
        "subprojects/top.c": "int y;\n",
        "src/app.py": header() + PYTHON,
    },
    # Data whose strings look like copyright lines with malformed years: the library
    # cannot parse them, and reuse lint lists the files among its read errors.
    "copyright-lookalikes-in-data": {
        "LICENSES/MIT.txt": MIT_TEXT,
        "src/app.py": header() + PYTHON,
        "i18n/fr.json": '{"footer": "\u00a9 2019-,", "who": "Ville de Lyon"}\n',
        "i18n/en.json": '{"footer": "Copyright 2021-,"}\n',
        "config/site.yml": "legal: '\u00a9 2019-,'\n",
        "web/strings.js": 'export const legal = "Copyright (C) 2010-,";\n',
        "web/footer.html": "<p>\u00a9 2012-,</p>\n",
        # Near misses the library reads: an open range, words after a year, a comma.
        "data/comma.json": '{"c": "(c) 2015\u2013,", "d": "\u00a9 2020,"}\n',
        "data/open_range.json": '{"c": "Copyright 2019- Example"}\n',
        "data/words.json": '{"c": "\u00a9 2020-abc Foo"}\n',
        "data/no_year.txt": "Copyright 20xx- nobody\n",
    },
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_same_files_as_reuse_lint(git_repo, layout):
    git_repo.files(LAYOUTS[layout])
    assert ours(git_repo.path) == reuse_lint(git_repo.path)


def test_symlinks_submodules_and_ignored_files_as_reuse_lint(git_repo, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "main", str(other)], check=True)
    (other / "code.py").write_text(PYTHON)
    subprocess.run(
        ["git", "-C", str(other), "-c", "user.name=T", "-c", "user.email=t@e.org", "add", "."],
        check=True,
    )
    subprocess.run(
        ["git", "-C", str(other), "-c", "user.name=T", "-c", "user.email=t@e.org",
         "commit", "-qm", "init"],
        check=True,
    )
    git_repo.files(
        {
            "LICENSES/MIT.txt": MIT_TEXT,
            "src/app.py": header() + PYTHON,
            ".gitignore": header() + "build/\n*.log\n",
            "forced.log": PYTHON,  # tracked although ignored: covered by both
        }
    )
    git_repo.git("add", "-f", "forced.log")
    os.symlink("src/app.py", git_repo.path / "link.py")
    os.symlink("missing.py", git_repo.path / "broken.py")
    git_repo.git(
        "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(other), "deps/other"
    )
    git_repo.commit("Add links and a submodule")
    git_repo.write("build/out.py", PYTHON)  # ignored, untracked: covered by neither
    git_repo.write("debug.log", PYTHON)
    expected = reuse_lint(git_repo.path)
    assert ours(git_repo.path) == expected
    assert "forced.log" in expected["missing_licensing_info"]
    assert ".gitmodules" in expected["missing_licensing_info"]


def test_untracked_files_are_not_checked(git_repo):
    # Documented difference: reuse lint also covers untracked files that Git does not
    # ignore; the rule checks what the repository holds.
    git_repo.files({"LICENSES/MIT.txt": MIT_TEXT, "src/app.py": header() + PYTHON})
    git_repo.write("scratch.py", PYTHON)
    assert reuse_lint(git_repo.path)["missing_licensing_info"] == ["scratch.py"]
    assert ours(git_repo.path)["missing_licensing_info"] == []


def test_generated_repository_matches_reuse_lint(git_repo):
    files: dict[str, str | bytes] = {
        "LICENSES/MIT.txt": MIT_TEXT, "LICENSES/EUPL-1.2.txt": "EUPL\n"
    }
    for number in range(300):
        folder = f"pkg{number % 9}/mod{number % 4}"
        if number % 10 == 0:
            files[f"{folder}/image{number}.png"] = PNG + bytes([number % 256])
        elif number % 7 == 0:
            files[f"{folder}/file{number}.py"] = PYTHON
        else:
            licence = "EUPL-1.2" if number % 3 else "MIT"
            files[f"{folder}/file{number}.py"] = header(licence) + PYTHON * (number % 5 + 1)
    git_repo.files(files)
    assert ours(git_repo.path) == reuse_lint(git_repo.path)


def check_two_processes_find_what_one_finds(path: str, expected: str = "") -> None:
    """Run in a fresh interpreter (see fresh_process): the split into two processes,
    forced on a small repository, gives the report of one process, and reuse lint's."""
    assert can_fork()
    repository = Repository(Path(path))
    split = lint_reuse(repository, split_from=1)
    assert split == lint_reuse(repository, split_from=10**9)
    if expected:
        assert split.non_compliant() == json.loads(expected)


def test_two_processes_find_what_one_finds(git_repo):
    # Every kind of file the layouts hold, in one repository.
    files: dict[str, str | bytes] = {}
    for name, layout in LAYOUTS.items():
        if ".reuse/dep5" in layout or any(path.endswith("REUSE.toml") for path in layout):
            continue  # one configuration per repository: those layouts are run alone
        files.update({f"{name}/{path}": content for path, content in layout.items()
                      if not path.startswith("LICENSES/")})
    files.update({"LICENSES/MIT.txt": MIT_TEXT, "LICENSES/Apache-2.0.txt": APACHE_TEXT})
    git_repo.files(files)
    expected = reuse_lint(git_repo.path)
    assert expected["missing_copyright_info"] and expected["missing_licensing_info"]
    in_fresh_process(
        check_two_processes_find_what_one_finds, str(git_repo.path), json.dumps(expected)
    )


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_two_processes_on_each_layout(git_repo, layout):
    git_repo.files(LAYOUTS[layout])
    in_fresh_process(check_two_processes_find_what_one_finds, str(git_repo.path))


# ----- findings ------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["all-tagged"])
def test_a_compliant_repository_passes(git_repo, lint, layout):
    git_repo.files(LAYOUTS[layout])
    assert check(lint, git_repo.path).status is Status.PASSED


def test_each_file_without_information_is_a_finding(git_repo, lint):
    git_repo.files(LAYOUTS["some-untagged"])
    result = check(lint, git_repo.path)
    assert result.status is Status.FAILED
    by_path = {f.path: f.key for f in result.findings if f.path}
    assert by_path == {
        "src/util.py": "missing-copyright-and-licence",
        "src/only_copyright.py": "missing-licence",
        "src/only_licence.py": "missing-copyright",
        "docs/guide.md": "missing-copyright-and-licence",
        "Makefile": "missing-copyright-and-licence",
    }
    summary = [f for f in result.findings if f.key == "summary"]
    assert len(summary) == 1 and summary[0].path is None and "5" in summary[0].message
    assert all(f.fix for f in result.findings)


def test_licence_problems_are_findings(git_repo, lint):
    git_repo.files(LAYOUTS["licences-missing-unused-bad"])
    result = check(lint, git_repo.path)
    assert result.status is Status.FAILED
    assert keys(result) == sorted(
        [
            "missing-licence-text-Apache-2.0",
            "unused-licence",  # BSD-3-Clause
            "unused-licence",  # Not-A-Licence
            "bad-licence",  # Not-A-Licence
            "deprecated-licence",  # GPL-3.0
            "invalid-expression",
            "missing-licence",  # src/broken.py: its only expression is invalid
            "summary",
        ]
    )
    missing = next(f for f in result.findings if f.key.startswith("missing-licence-text"))
    assert missing.path == "src/server.py"
    unused = sorted(f.path for f in result.findings if f.key == "unused-licence")
    assert unused == ["LICENSES/BSD-3-Clause.txt", "LICENSES/Not-A-Licence.txt"]


def test_a_licence_used_with_plus_is_not_unused(git_repo, lint):
    git_repo.files({"LICENSES/GPL-2.0-or-later.txt": "GPL\n", "LICENSES/MIT.txt": MIT_TEXT,
                    "a.py": header("GPL-2.0-or-later") + PYTHON, "b.py": header("MIT+") + PYTHON})
    assert check(lint, git_repo.path).status is Status.PASSED


@pytest.mark.parametrize(
    "files",
    [
        {"src/app.py": PYTHON, "README.md": "# Cartofaune\n", "LICENSE": MIT_TEXT},
        {"main.go": "package main\n", "docs/index.rst": "Cartofaune\n==========\n"},
        {"src/app.py": "# Copyright 2024 Alice Martin\n" + PYTHON, "COPYING": MIT_TEXT},
    ],
    ids=["licence-file-only", "no-licence", "copyright-lines-only"],
)
def test_a_project_without_reuse_gets_one_finding(git_repo, lint, files):
    git_repo.files(files)
    result = check(lint, git_repo.path)
    assert result.status is Status.FAILED
    assert keys(result) == ["not-adopted"]
    assert result.findings[0].path is None
    assert result.findings[0].fix and "reuse" in result.findings[0].fix


@pytest.mark.parametrize(
    "marker",
    [
        {"REUSE.toml": 'version = 1\n'},
        {"LICENSES/MIT.txt": MIT_TEXT},
        {"src/tagged.py": "# SPDX-License-Identifier: MIT\n" + PYTHON},
    ],
    ids=["reuse-toml", "licenses-dir", "one-tag"],
)
def test_a_started_project_gets_one_finding_per_file(git_repo, lint, marker):
    git_repo.files({"src/app.py": PYTHON, "src/other.py": PYTHON, **marker})
    result = check(lint, git_repo.path)
    assert result.status is Status.FAILED
    paths = {f.path for f in result.findings if f.key == "missing-copyright-and-licence"}
    assert {"src/app.py", "src/other.py"} <= paths
    assert "not-adopted" not in keys(result)


@pytest.mark.parametrize(
    "files",
    [
        {"REUSE.toml": "version = 1\n[[annotations]]\npath = 3\n"},
        {"REUSE.toml": "version = [\n"},
        {"REUSE.toml": "version = 1\n", ".reuse/dep5": "Format: x\n"},
        {".reuse/dep5": "Files: *\nCopyright: x\n"},
    ],
    ids=["bad-path", "bad-toml", "both", "bad-dep5"],
)
def test_an_unreadable_configuration_is_a_finding(git_repo, lint, files):
    git_repo.files({"src/app.py": header() + PYTHON, "LICENSES/MIT.txt": MIT_TEXT, **files})
    result = check(lint, git_repo.path)
    assert result.status is Status.FAILED
    assert keys(result) == ["invalid-config"]
    assert result.findings[0].path in files


def test_empty_repository_is_not_applicable(git_repo, lint):
    git_repo.files({"empty.txt": ""})
    assert check(lint, git_repo.path).status is Status.NOT_APPLICABLE


def test_message_follows_language(git_repo, lint):
    git_repo.files({"LICENSES/MIT.txt": MIT_TEXT, "src/app.py": PYTHON})
    result = check(lint, git_repo.path, language="fr")
    messages = " ".join(f.message for f in result.findings)
    assert "n'a ni information de droits d'auteur" in messages
    assert "spécification REUSE" in messages


def test_plain_directory(plain_dir, lint):
    plain_dir.write("LICENSES/MIT.txt", MIT_TEXT)
    plain_dir.write("src/app.py", header() + PYTHON)
    plain_dir.write("src/util.py", PYTHON)
    result = check(lint, plain_dir.path)
    assert [f.path for f in result.findings if f.path] == ["src/util.py"]


def test_an_unparsable_copyright_lookalike_is_a_finding_not_a_crash(git_repo, lint):
    git_repo.files(LAYOUTS["copyright-lookalikes-in-data"])
    result = check(lint, git_repo.path)
    assert result.status.value == "failed"
    flagged = sorted(f.path for f in result.findings if f.key == "unparsable-notice")
    assert flagged == [
        "config/site.yml", "i18n/en.json", "i18n/fr.json", "web/footer.html", "web/strings.js"
    ]
    assert not [f for f in result.findings if f.key == "read-error"]


def test_an_unparsable_copyright_lookalike_in_french(git_repo, lint):
    git_repo.files({"LICENSES/MIT.txt": MIT_TEXT, "src/app.py": header() + PYTHON,
                    "locale/fr.json": '{"pied": "\u00a9 2019-,", "par": "Mairie"}\n'})
    result = check(lint, git_repo.path, language="fr")
    [finding] = [f for f in result.findings if f.key == "unparsable-notice"]
    assert "ressemble à une mention de droits d'auteur" in finding.message

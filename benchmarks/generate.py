"""Builds a large synthetic Git repository for the benchmarks, deterministically.

The repository looks like a real project of some age: the project's own code in deep
folders (Python, JavaScript, TypeScript, Go, Java, C), documentation, data files and
images; a Go/C ``vendor/`` tree and a ``third_party/`` tree laid out like ``node_modules``;
SPDX headers on most of the project's own files but not all; community documents at the
root; and a long history by many authors, most commits coming from a few of them.

The history is streamed to ``git fast-import``, which writes 100 000 commits in seconds
where one ``git commit`` per commit would take hours. Everything comes from one seeded
random generator: the same arguments give the same repository, byte for byte.

    python benchmarks/generate.py /tmp/bench-repo --files 40000 --commits 100000 --authors 2000
"""

from __future__ import annotations

import argparse
import functools
import itertools
import random
import shutil
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from commons_lint_rules._licence_texts import STANDARD_TEXTS

# 2014-01-01T00:00:00Z: the project's first commit. The history ends about ten years later.
FIRST_COMMIT_TIME = 1_388_534_400
HISTORY_SECONDS = 10 * 365 * 24 * 3600

OWN_SHARE = 0.60
VENDOR_SHARE = 0.15  # the rest goes to third_party/

# Extension mixes, as weights. Each area of the tree has its own.
OWN_MIX = {
    ".py": 24, ".ts": 14, ".js": 10, ".go": 10, ".java": 10, ".c": 7, ".h": 4,
    ".md": 6, ".json": 5, ".yml": 4, ".png": 5, ".txt": 1,
}
VENDOR_MIX = {".go": 50, ".c": 25, ".h": 12, ".md": 5, ".txt": 3, ".yml": 5}
THIRD_PARTY_MIX = {".js": 55, ".ts": 15, ".json": 12, ".md": 10, ".png": 5, ".yml": 3}

# Share of the project's own source files that carry both SPDX tags; a few more carry
# only the licence identifier, the rest nothing, so that ``reuse lint`` has work to report.
OWN_FULL_HEADER = 0.70
OWN_LICENCE_ONLY = 0.05
VENDOR_HEADER = 0.50
IMAGE_SIDECAR = 0.50

OWN_TOP_DIRS = ("src", "lib", "app", "internal", "cmd", "pkg", "web", "tests", "docs", "tools")
DIR_WORDS = (
    "core", "api", "models", "views", "handlers", "services", "utils", "common", "storage",
    "auth", "admin", "billing", "search", "index", "cache", "events", "jobs", "workers",
    "schema", "migrations", "parsers", "render", "widgets", "components", "hooks", "store",
    "client", "server", "proto", "config", "metrics", "logging", "i18n", "assets", "icons",
    "forms", "reports", "export", "import", "sync", "queue", "geo", "maps", "users", "teams",
)
FILE_WORDS = (
    "main", "index", "helpers", "types", "client", "server", "model", "view", "handler",
    "service", "store", "reader", "writer", "parser", "format", "config", "errors", "utils",
    "cache", "query", "router", "session", "token", "table", "widget", "layout", "events",
)
PACKAGE_WORDS = (
    "left", "pad", "chalk", "debug", "ms", "color", "ansi", "glob", "minimatch", "semver",
    "yargs", "commander", "lodash", "uuid", "mime", "qs", "bytes", "depd", "inherits",
    "once", "wrappy", "graceful", "fs", "path", "is", "has", "to", "string", "array",
)
FIRST_NAMES = (
    "Camille", "Dominique", "Claude", "Alix", "Hélène", "José", "Zoé", "Amélie", "Jérôme",
    "Ana", "Kenji", "Fatou", "Ingrid", "Mateo", "Priya", "Olu", "Siobhán", "Lars", "Mei",
    "Yusuf", "Noémie", "Gaël", "Björn", "Chloé", "Rania", "Tomasz", "Léa", "Ravi",
)
LAST_NAMES = (
    "Martin", "Bernard", "Dubois", "Lefèvre", "García", "Nakamura", "Diallo", "Johansson",
    "Rossi", "Okafor", "Kowalski", "Nguyen", "Müller", "Fernández", "Moreau", "Laurent",
    "Haddad", "Singh", "O'Brien", "Petit", "Durand", "Fontaine", "Schmidt", "Costa",
)
EMAIL_DOMAINS = ("example.org", "example.com", "example.net", "users.example.org")
COMMIT_VERBS = ("Fix", "Add", "Update", "Refactor", "Remove", "Document", "Test", "Rename")

COMMENT_STYLE = {
    ".py": "# ", ".yml": "# ", ".go": "// ", ".java": "// ", ".c": "// ", ".h": "// ",
    ".js": "// ", ".ts": "// ",
}
BODY_LINES = {
    ".py": (
        "def {w}_{n}(value):\n    return value * {n}\n",
        "class {W}{n}:\n    def __init__(self):\n        self.{w} = {n}\n",
        "import os\n", "from typing import Any\n", "{w}_TABLE = [{n}, {n}, {n}]\n",
    ),
    ".js": (
        "function {w}{n}(value) {{\n  return value + {n};\n}}\n",
        "const {w} = require('./{w}');\n", "module.exports.{w}{n} = {w}{n};\n",
    ),
    ".ts": (
        "export function {w}{n}(value: number): number {{\n  return value - {n};\n}}\n",
        "import {{ {W} }} from './{w}';\n", "export interface {W}{n} {{ {w}: string }}\n",
    ),
    ".go": (
        "func {W}{n}(v int) int {{\n\treturn v * {n}\n}}\n",
        "var {w}{n} = map[string]int{{\"{w}\": {n}}}\n", "type {W}{n} struct {{ {W} int }}\n",
    ),
    ".java": (
        "    public int {w}{n}(int v) {{\n        return v + {n};\n    }}\n",
        "    private final String {w} = \"{w}{n}\";\n",
    ),
    ".c": (
        "static int {w}_{n}(int v)\n{{\n\treturn v * {n};\n}}\n",
        "#include \"{w}.h\"\n", "int {w}_table[{n}];\n",
    ),
    ".h": ("int {w}_{n}(int v);\n", "#define {W}_{n} {n}\n"),
    ".md": (
        "## {W} {n}\n\nThis page describes the {w} component and its options.\n\n",
        "- `{w}`: {n} items\n",
    ),
    ".txt": ("{W} {n}: notes about the {w} component.\n",),
    ".yml": ("{w}:\n  enabled: true\n  size: {n}\n", "- name: {w}{n}\n"),
}


@dataclass(frozen=True)
class Author:
    name: str
    email: str


@dataclass
class Layout:
    """The final tree: which file goes where, and which are the project's own."""

    paths: list[str] = field(default_factory=list)
    own_sources: list[str] = field(default_factory=list)  # files later commits edit


def _pick(rng: random.Random, mix: dict[str, int]) -> str:
    return rng.choices(tuple(mix), cum_weights=_cumulative(mix))[0]


@functools.cache
def _cumulative_of(weights: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(itertools.accumulate(weights))


def _cumulative(mix: dict[str, int]) -> tuple[int, ...]:
    return _cumulative_of(tuple(mix.values()))


def _grow_dirs(rng: random.Random, roots: list[str], count: int, max_depth: int) -> list[str]:
    """Folders made by hanging each new one under a random existing one: deep trees."""
    dirs = list(roots)
    depth = dict.fromkeys(roots, 1)
    while len(dirs) < count:
        # Prefer recent folders a little, so that some branches go deep.
        parent = dirs[min(len(dirs) - 1, int(len(dirs) * rng.random() ** 0.5))]
        if depth[parent] >= max_depth:
            parent = rng.choice(roots)
        child = f"{parent}/{rng.choice(DIR_WORDS)}"
        if child in depth:
            child = f"{child}{len(dirs)}"
        dirs.append(child)
        depth[child] = depth[parent] + 1
    return dirs


def _name(rng: random.Random, extension: str, serial: int) -> str:
    return f"{rng.choice(FILE_WORDS)}_{serial}{extension}"


def plan_layout(rng: random.Random, files: int) -> Layout:
    layout = Layout()
    layout.paths.extend(ROOT_DOCUMENTS)
    budget = max(0, files - len(layout.paths))
    own = int(budget * OWN_SHARE)
    vendor = int(budget * VENDOR_SHARE)
    third_party = budget - own - vendor

    own_dirs = _grow_dirs(rng, list(OWN_TOP_DIRS), max(len(OWN_TOP_DIRS), own // 12), 12)
    serial = 0
    while serial < own:
        extension = _pick(rng, OWN_MIX)
        path = f"{rng.choice(own_dirs)}/{_name(rng, extension, serial)}"
        layout.paths.append(path)
        serial += 1
        if extension == ".png" and rng.random() < IMAGE_SIDECAR:
            layout.paths.append(path + ".license")
            serial += 1
        if extension in COMMENT_STYLE:
            layout.own_sources.append(path)

    _add_packages(rng, layout, vendor, "vendor/github.example.org", VENDOR_MIX, "go.mod")
    _add_packages(rng, layout, third_party, "third_party", THIRD_PARTY_MIX, "package.json")
    return layout


def _add_packages(
    rng: random.Random, layout: Layout, count: int, top: str, mix: dict[str, int], manifest: str
) -> None:
    """Copies of other projects, each with its own licence, README and manifest."""
    serial = 0
    while serial < count:
        package = f"{top}/{rng.choice(PACKAGE_WORDS)}-{rng.choice(PACKAGE_WORDS)}-{serial}"
        layout.paths.extend(f"{package}/{name}" for name in ("LICENSE", "README.md", manifest))
        size = min(count - serial, rng.randint(5, 120))
        dirs = _grow_dirs(rng, [f"{package}/lib", f"{package}/dist"], max(2, size // 8), 6)
        for index in range(size):
            extension = _pick(rng, mix)
            layout.paths.append(f"{rng.choice(dirs)}/{_name(rng, extension, serial + index)}")
        serial += size + 3


# ----- contents ------------------------------------------------------------------------

ROOT_DOCUMENTS = (
    "README.md", "LICENSE", "LICENSES/MIT.txt", "LICENSES/Apache-2.0.txt", "CONTRIBUTING.md",
    "CODE_OF_CONDUCT.md", "SECURITY.md", "GOVERNANCE.md", "CHANGELOG.md", ".gitignore",
    "docs/présentation.md",
)
# The standard MIT text, as commons-lint's own licence rule knows it.
MIT_TEXT = (
    "MIT License\n\nCopyright (c) 2014 The Example Project contributors\n\n"
    + STANDARD_TEXTS["MIT"]
)
FIXED_TEXTS = {
    "LICENSE": MIT_TEXT,
    "LICENSES/MIT.txt": MIT_TEXT,
    # A benchmark needs the file to exist; the full text would add nothing to measure.
    "LICENSES/Apache-2.0.txt": "Apache License\nVersion 2.0, January 2004\n"
    "http://www.apache.org/licenses/\n\n(full text left out of this synthetic repository)\n",
    "README.md": "# Example Project\n\nExample Project is a synthetic code base that the "
    "commons-lint benchmarks generate. It serves public agencies that need a sample "
    "service.\n\n## Install\n\n    make install\n\n## Contributing\n\nSee CONTRIBUTING.md."
    "\n\n## Licence\n\nMIT, see LICENSE.\n",
    "CONTRIBUTING.md": "# Contributing\n\nOpen an issue first, then a merge request with "
    "tests. Sign off each commit (Developer Certificate of Origin).\n\nQuestions: "
    "contact@example.org.\n",
    "CODE_OF_CONDUCT.md": "# Code of conduct\n\nWe expect kindness. Report any problem "
    "to conduct@example.org; reports are handled in confidence within a week.\n",
    "SECURITY.md": "# Security policy\n\nReport vulnerabilities privately to "
    "security@example.org. We answer within five working days.\n",
    "GOVERNANCE.md": "# Governance\n\nDecisions are taken by the maintainers listed in "
    "MAINTAINERS, by consensus, or by a vote of the steering committee.\n",
    "CHANGELOG.md": "# Changelog\n\n## 2.3.0 - 2023-11-02\n\n- Faster search.\n\n"
    "## 2.2.0 - 2023-05-14\n\n- French translation.\n",
    ".gitignore": "__pycache__/\n*.pyc\n/build/\n",
    "docs/présentation.md": "# Présentation\n\nCe projet d'exemple sert aux mesures de "
    "commons-lint.\n",
}


def _seeded(seed: int, path: str, version: int) -> random.Random:
    return random.Random((zlib.crc32(path.encode()) << 20) ^ (seed << 8) ^ version)


def _header(rng: random.Random, path: str, extension: str, author: Author) -> str:
    style = COMMENT_STYLE.get(extension)
    if style is None:
        return ""
    parts = path.split("/")
    vendored = parts[0] in ("vendor", "third_party")
    roll = rng.random()
    if vendored:
        if roll >= VENDOR_HEADER:
            return ""
        return (f"{style}SPDX-FileCopyrightText: 2019 Upstream Authors\n"
                f"{style}SPDX-License-Identifier: Apache-2.0\n\n")
    if roll < OWN_FULL_HEADER:
        return (f"{style}SPDX-FileCopyrightText: 2014-2024 {author.name} <{author.email}>\n"
                f"{style}SPDX-License-Identifier: MIT\n\n")
    if roll < OWN_FULL_HEADER + OWN_LICENCE_ONLY:
        return f"{style}SPDX-License-Identifier: MIT\n\n"
    return ""


@functools.cache
def _snippets(extension: str) -> tuple[str, ...]:
    """Rendered lines of code or prose for one extension, drawn once: bodies reuse them."""
    rng = random.Random(extension)
    pieces = []
    for template in BODY_LINES.get(extension, ()):
        for word in DIR_WORDS:
            pieces.append(template.format(w=word, W=word.title(), n=rng.randint(1, 999)))
    return tuple(pieces)


def _body(rng: random.Random, extension: str) -> str:
    snippets = _snippets(extension)
    if not snippets:
        return ""
    text = "".join(rng.choices(snippets, k=rng.randint(3, 60)))
    if extension == ".java":
        text = f"public class Sample {{\n{text}}}\n"
    return text


def _json(rng: random.Random, path: str) -> str:
    name = path.rsplit("/", 2)[-2] if path.endswith("package.json") else "data"
    entries = ", ".join(
        f'"{rng.choice(FILE_WORDS)}{index}": {rng.randint(0, 10_000)}'
        for index in range(rng.randint(2, 40))
    )
    return f'{{"name": "{name}", "version": "1.{rng.randint(0, 40)}.0", {entries}}}\n'


def _png(rng: random.Random) -> bytes:
    # A PNG signature and random bytes: binary (NUL bytes) and not compressible.
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(rng.randint(200, 3000))


def content(seed: int, path: str, version: int, author: Author) -> bytes:
    """The file's bytes at a given version: a function of its path, seed and version."""
    if version == 0 and path in FIXED_TEXTS:
        return FIXED_TEXTS[path].encode()
    rng = _seeded(seed, path, version)
    name = path.rsplit("/", 1)[-1]
    extension = name[name.rfind(".") :] if "." in name else ""
    if name == "LICENSE":
        return b"Apache License\nVersion 2.0, January 2004\n(upstream copy)\n"
    if name == "go.mod":
        return f"module {path.rsplit('/', 1)[0]}\n\ngo 1.{rng.randint(13, 22)}\n".encode()
    if path.endswith(".license"):
        return (f"SPDX-FileCopyrightText: 2020 {author.name} <{author.email}>\n"
                "SPDX-License-Identifier: MIT\n").encode()
    if extension == ".png":
        return _png(rng)
    if extension == ".json":
        return _json(rng, path).encode()
    # The header is drawn from the path only, so that every version of a file keeps it.
    header = _header(_seeded(seed, path, -1), path, extension, author)
    return (header + _body(rng, extension)).encode()


# ----- history -------------------------------------------------------------------------


def make_authors(rng: random.Random, count: int) -> list[Author]:
    authors = []
    for index in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        local = f"{first}.{last}".lower().replace("'", "")
        email = f"{local}{index}@{rng.choice(EMAIL_DOMAINS)}"
        if rng.random() < 0.05:  # some people commit with a capitalised address
            email = email.capitalize()
        authors.append(Author(f"{first} {last}", email))
    return authors


def author_weights(count: int) -> list[float]:
    """Zipf-like and cumulative: the first authors write most commits, most a handful."""
    return list(itertools.accumulate(1.0 / (rank + 1) ** 1.1 for rank in range(count)))


def _data(payload: bytes) -> bytes:
    return b"data %d\n%s\n" % (len(payload), payload)


def _ident(author: Author, when: int) -> bytes:
    return f"{author.name} <{author.email}> {when} +0000".encode()


def stream(seed: int, files: int, commits: int, authors: int) -> Iterator[bytes]:
    """The fast-import script: commit i adds its share of the files and edits one more."""
    rng = random.Random(seed)
    layout = plan_layout(rng, files)
    people = make_authors(rng, max(1, authors))
    weights = author_weights(len(people))
    commits = max(1, commits)
    versions: dict[str, int] = {}
    when = FIRST_COMMIT_TIME
    step = HISTORY_SECONDS // commits
    per_commit = len(layout.paths) / commits
    cursor = 0
    for index in range(commits):
        author = rng.choices(people, cum_weights=weights)[0]
        when += rng.randint(1, max(2, 2 * step))
        # The root documents, first in the layout, all come in the first commit.
        end = max(len(ROOT_DOCUMENTS), int((index + 1) * per_commit))
        if index == commits - 1:
            end = len(layout.paths)
        added = layout.paths[cursor:end]
        cursor = max(cursor, end)
        edited: list[str] = []
        if index and layout.own_sources and rng.random() < 0.9:
            candidate = rng.choice(layout.own_sources)
            if candidate in versions:
                edited.append(candidate)
        message = f"{rng.choice(COMMIT_VERBS)} {rng.choice(DIR_WORDS)} ({index})\n"
        if rng.random() < 0.3:
            message += f"\nSigned-off-by: {author.name} <{author.email}>\n"
        lines = [b"commit refs/heads/main", b"mark :%d" % (index + 1)]
        lines.append(b"author " + _ident(author, when))
        lines.append(b"committer " + _ident(author, when))
        yield b"\n".join(lines) + b"\n" + _data(message.encode())
        if index:
            yield b"from :%d\n" % index
        for path in added:
            versions[path] = 0
            yield _modify(path, content(seed, path, 0, author))
        for path in edited:
            versions[path] += 1
            yield _modify(path, content(seed, path, versions[path], author))
        yield b"\n"
    yield b"done\n"


def _modify(path: str, payload: bytes) -> bytes:
    return b"M 100644 inline " + path.encode() + b"\n" + _data(payload)


def _git(repo: Path, *args: str, stdin: BinaryIO | None = None) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, stdin=stdin,
                   stdout=subprocess.DEVNULL)


def generate(target: Path, *, files: int, commits: int, authors: int, seed: int = 1) -> Path:
    """Create the repository at ``target`` (removed first if it exists) and check it out."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    _git(target, "init", "-q", "-b", "main")
    _git(target, "config", "user.name", "Benchmark")
    _git(target, "config", "user.email", "benchmark@example.org")
    importer = subprocess.Popen(
        ["git", "-C", str(target), "fast-import", "--quiet", "--done"],
        stdin=subprocess.PIPE,
    )
    assert importer.stdin is not None
    buffer: list[bytes] = []
    size = 0
    for piece in stream(seed, files, commits, authors):
        buffer.append(piece)
        size += len(piece)
        if size > 1 << 20:
            importer.stdin.write(b"".join(buffer))
            buffer, size = [], 0
    importer.stdin.write(b"".join(buffer))
    importer.stdin.close()
    if importer.wait() != 0:
        raise RuntimeError("git fast-import failed")
    _git(target, "reset", "-q", "--hard", "main")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", type=Path, help="where to create the repository")
    parser.add_argument("--files", type=int, default=40_000)
    parser.add_argument("--commits", type=int, default=100_000)
    parser.add_argument("--authors", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    generate(args.target, files=args.files, commits=args.commits, authors=args.authors,
             seed=args.seed)
    print(f"{args.target}: generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

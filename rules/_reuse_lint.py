"""REUSE lint, file by file, with the reuse library's own reading of each file.

Kept apart from the rule (:mod:`.reuse_compliance`) so that the library (and
python-debian, attrs…) is imported only when the rule runs, not on every run of the
linter: importing it takes a tenth of a second.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO

from debian.copyright import Copyright
from reuse._util import _strip_plus_from_identifier
from reuse.copyright import ReuseInfo
from reuse.covered_files import _IGNORE_DIR_PATTERNS, _IGNORE_FILE_PATTERNS
from reuse.exceptions import (
    CopyrightNoticeParseError,
    GlobalLicensingConflictError,
    SpdxIdentifierNotFoundError,
)
from reuse.extract import (
    _LICENSEREF_PATTERN,
    _NEWLINE_PATTERN,
    CHUNK_SIZE,
    HEURISTICS_CHUNK_SIZE,
    _get_encoding_module_name,
    _read_chunks,
    detect_encoding,
    detect_newline,
    extract_reuse_info,
    filter_ignore_block,
)
from reuse.global_licensing import (
    GlobalLicensing,
    NestedReuseTOML,
    PrecedenceType,
    ReuseDep5,
    ReuseTOML,
)
from reuse.project import Project

from commons_lint import Repository

from ._halves import MIN_ITEMS, in_two_halves
from ._licences import REUSE_DIR
from .reuse_compliance import (
    DEP5,
    MAX_CONFIG_BYTES,
    REUSE_TOML,
    ConfigurationError,
    ConfigurationTooLarge,
)

# ----- reading files -----------------------------------------------------------------
#
# Repository.read decodes text and stops at 1 MiB; REUSE needs the bytes (the library
# detects the encoding itself) and scans whole files. ``_open_tracked`` applies the same
# safety as Repository.read: tracked files only, inside the repository, regular files.

# Files up to this size are read at once; larger ones are streamed in the library's chunks.
WHOLE_READ_BYTES = 1024 * 1024
# The library's chunk size, as the stream's buffer: one read per chunk.
STREAM_BUFFER_BYTES = CHUNK_SIZE


# Never through a link; never blocking on a named pipe.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
# A folder below the root: never through a link, never anything but a folder.
_FOLDER_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
# Where the platform allows it, every file is opened relative to a descriptor of its own
# folder, and every folder relative to its parent's: the kernel never walks a path, so a
# folder swapped for a link while the scan runs is never gone through.
_RELATIVE_TO_ROOT = {os.open, os.stat} <= os.supports_dir_fd
# Folder descriptors kept open at once, the oldest closed first. Files come in index
# order, folder after folder: a few are enough to open nearly each folder once.
_OPEN_FOLDERS = 64


class _Unreadable(Exception):
    """A covered file that exists but cannot be read (permissions, I/O error)."""


class _RealDirectories:
    """Opens the repository's files, and knows whether a folder of the index really lies
    inside the repository (a folder replaced by a link to elsewhere must not be read
    through). Holds descriptors of the root and of recent folders until closed."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._descriptor: int | None = None
        self._prefix = str(root) + os.sep
        if _RELATIVE_TO_ROOT:
            self._descriptor = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            self._prefix = ""
        self._inside: dict[str, bool] = {"": True}
        # Open folders by path, oldest first; None: not a real folder.
        self._folders: dict[str, int | None] = {}

    def __enter__(self) -> _RealDirectories:
        return self

    def __exit__(self, *_exception: object) -> None:
        for folder in self._folders.values():
            if folder is not None:
                os.close(folder)
        self._folders.clear()
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None

    def inside(self, directory: str) -> bool:
        if self._descriptor is not None:
            return self._folder(directory) is not None
        # Without descriptors: inside when its parent is and it is not itself a link.
        known = self._inside.get(directory)
        if known is None:
            parent = directory.rpartition("/")[0]
            known = self.inside(parent) and not self.is_link(directory)
            self._inside[directory] = known
        return known

    def _folder(self, directory: str) -> int | None:
        """A descriptor of ``directory``, opened component by component from the root
        without following a link; None when one of them is not a real folder."""
        if not directory:
            return self._descriptor
        folders = self._folders
        if directory in folders:
            return folders[directory]
        parent_path, _sep, name = directory.rpartition("/")
        parent = self._folder(parent_path)
        opened: int | None = None
        if parent is not None:
            try:
                opened = os.open(name, _FOLDER_FLAGS, dir_fd=parent)
            except OSError:  # a link (ELOOP), a file (ENOTDIR), missing
                opened = None
        if len(folders) >= _OPEN_FOLDERS:
            oldest = next(iter(folders))
            evicted = folders.pop(oldest)
            if evicted is not None:
                os.close(evicted)
        folders[directory] = opened
        return opened

    def is_link(self, path: str) -> bool:
        return stat.S_ISLNK(self._own_mode(path))

    def is_directory(self, path: str) -> bool:
        return stat.S_ISDIR(self._own_mode(path))

    def _own_mode(self, path: str) -> int:
        """The mode of ``path`` itself (a link is not followed); 0 when it is missing."""
        directory, _sep, name = path.rpartition("/")
        try:
            if self._descriptor is None:
                status = os.stat(self._prefix + path, follow_symlinks=False)
            else:
                folder = self._folder(directory)
                if folder is None:
                    return 0
                status = os.stat(name, dir_fd=folder, follow_symlinks=False)
        except (OSError, ValueError):
            return 0
        return status.st_mode

    def open(self, path: str) -> int:
        if self._descriptor is None:
            return os.open(self._prefix + path, _OPEN_FLAGS)
        directory, _sep, name = path.rpartition("/")
        folder = self._folder(directory)
        if folder is None:
            raise FileNotFoundError(path)
        return os.open(name, _OPEN_FLAGS, dir_fd=folder)


@dataclass
class _OpenFile:
    size: int
    data: bytes | None  # the whole file, when small enough
    stream: BinaryIO | None  # the open file, when too large to read at once


def _read_all(descriptor: int, size: int) -> bytes:
    """Every byte of a small open file, without building a file object for it.

    One read asks for a byte more than the file's size: a regular file answers short
    only at its end, so a file that did not grow meanwhile is read in one call."""
    wanted = size + 1
    data = os.read(descriptor, wanted)
    if len(data) < wanted:
        return data
    chunks = [data]
    while chunk := os.read(descriptor, STREAM_BUFFER_BYTES):
        chunks.append(chunk)
    return b"".join(chunks)


def _open_tracked(
    directories: _RealDirectories, path: str, limit: int = WHOLE_READ_BYTES
) -> _OpenFile | None:
    """The file's content, or None when it is not a readable regular file of the
    working tree (missing, a link, a folder, a pipe): REUSE does not cover those.
    Only tracked paths reach here: the same safety as Repository.read."""
    if not directories.inside(path.rpartition("/")[0]):
        return None
    try:
        descriptor = directories.open(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        # A link opened with O_NOFOLLOW (ELOOP), or a folder: not covered.
        if directories.is_link(path) or directories.is_directory(path):
            return None
        raise _Unreadable(path) from error
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            os.close(descriptor)
            return None
        if status.st_size > limit:
            stream = os.fdopen(descriptor, "rb", STREAM_BUFFER_BYTES)
            return _OpenFile(status.st_size, None, stream)
        try:
            return _OpenFile(status.st_size, _read_all(descriptor, status.st_size), None)
        finally:
            os.close(descriptor)
    except OSError as error:
        raise _Unreadable(path) from error


# ----- the library's header scan, spent only where it can find something -----------

# The library reads a line only when it holds one of these (its _ALL_MATCH_PATTERN).
_MARKERS = ("SPDX-", "Copyright", "©")
# Their bytes in every encoding the library may decode with: ASCII-compatible ones
# (UTF-8, Latin-1, ...), UTF-16 and UTF-32. "©" is 0xA9 in all of them.
_MARKER_BYTES = (
    b"\xa9",
    *(
        marker.encode(codec)
        for marker in ("SPDX-", "Copyright")
        for codec in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
    ),
)
_UTF7_BOM = b"+/v"
# The bytes libmagic counts as plain text (its text_chars table).
_TEXT_BYTES = bytes(sorted({7, 8, 9, 10, 11, 12, 13, 27, *range(0x20, 0x7F)}))
_HIGH_BYTES = bytes(range(0x80, 0x100))
_LIBMAGIC = ("python-magic", "file-magic")
# libmagic reads a NUL byte as binary, unless a byte order mark announces UTF-16 or
# UTF-32 (or UTF-7, which has no NUL but is checked by libmagic all the same).
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE, _UTF7_BOM)
_BINARY = "binary"
# What a file without REUSE information says; shared, so that verdicts can be
# remembered by the identity of what files say (ReuseInfo holds sets: no hash).
_NOTHING = ReuseInfo()


_ANY_MARKER = re.compile(b"|".join(re.escape(marker) for marker in _MARKER_BYTES))


def _may_hold_info(data: bytes) -> bool:
    # The ASCII markers and "©" first: three fast substring searches. The UTF-16 and
    # UTF-32 forms all hold NUL bytes, so only data with one needs the full search.
    if b"SPDX-" in data or b"Copyright" in data or b"\xa9" in data:
        return True
    return data.startswith(_UTF7_BOM) or (
        b"\x00" in data and _ANY_MARKER.search(data) is not None
    )


def _plain_encoding(chunk: bytes) -> str | None:
    """What libmagic answers for plain ASCII or UTF-8 text, and for binary data,
    without asking it (it takes a quarter of a millisecond a file); None when only
    libmagic can tell."""
    if len(chunk) < 2 or _get_encoding_module_name() not in _LIBMAGIC:
        return None  # libmagic calls a one-byte file binary
    if b"\x00" in chunk and not chunk.startswith(_WIDE_BOMS):
        return _BINARY
    body = chunk.removeprefix(codecs.BOM_UTF8)
    if not body.translate(None, _TEXT_BYTES):
        return "utf_8" if body is chunk else None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if body.translate(None, _TEXT_BYTES + _HIGH_BYTES):
        return None  # control characters: libmagic may call it binary
    return "utf_8" if body is chunk else "utf_8_sig"


def _encoding(chunk: bytes) -> str | None:
    """The library's encoding of a file from its first bytes; None for binary files."""
    known = _plain_encoding(chunk)
    if known is None:
        return detect_encoding(chunk)
    return None if known == _BINARY else known


def _marked_lines(text: str) -> str:
    """The lines the library's scan could match; the others cannot change its result."""
    spans: set[tuple[int, int]] = set()
    for marker in _MARKERS:
        found = text.find(marker)
        while found != -1:
            start = text.rfind("\n", 0, found) + 1
            end = text.find("\n", found)
            end = len(text) if end == -1 else end
            spans.add((start, end))
            found = text.find(marker, end)
    return "\n".join(text[start:end] for start, end in sorted(spans))


class _HeaderScanner:
    """The library's reading of one file (encoding, chunks, REUSE-IgnoreStart/End
    blocks, tags), with the lines that hold no marker left out and each distinct
    header parsed once."""

    def __init__(self) -> None:
        self._parsed: dict[str, ReuseInfo] = {}

    def _extract(self, lines: str) -> ReuseInfo:
        parsed = self._parsed.get(lines)
        if parsed is None:
            if len(self._parsed) > 4096:
                self._parsed.clear()
            parsed = self._parsed[lines] = extract_reuse_info(lines)
        return parsed

    def scan(self, content: _OpenFile) -> ReuseInfo:
        if content.data is not None:
            if not _may_hold_info(content.data):
                return _NOTHING
            if len(content.data) <= CHUNK_SIZE:
                # The library would read it as one chunk: no line ending to find.
                encoding = _encoding(content.data[:HEURISTICS_CHUNK_SIZE])
                if encoding is None:
                    return _NOTHING
                return self._chunk_info(content.data, encoding, False)[0]
            stream: BinaryIO = io.BytesIO(content.data)
        else:
            assert content.stream is not None
            stream = content.stream
        return self._stream_info(stream)

    def _chunk_info(self, chunk: bytes, encoding: str, ignoring: bool) -> tuple[ReuseInfo, bool]:
        text = _NEWLINE_PATTERN.sub("\n", chunk.decode(encoding, errors="replace"))
        text, ignoring = filter_ignore_block(text, ignoring)
        lines = _marked_lines(text)
        return (self._extract(lines) if lines else _NOTHING), ignoring

    def _stream_info(self, stream: BinaryIO) -> ReuseInfo:
        heuristics = stream.read(HEURISTICS_CHUNK_SIZE)
        stream.seek(0)
        encoding = _encoding(heuristics)
        if encoding is None:  # binary
            return _NOTHING
        newline = detect_newline(heuristics, encoding=encoding)
        found: list[ReuseInfo] = []
        ignoring = False
        for chunk in _read_chunks(stream, newline=newline.encode(encoding)):
            info, ignoring = self._chunk_info(chunk, encoding, ignoring)
            found.append(info)
        return ReuseInfo().union(*found)


# ----- what REUSE covers -------------------------------------------------------------


# The library's patterns, each anchored at the start, as one alternation.
_IGNORED_FILE = re.compile("|".join(f"(?:{p.pattern})" for p in _IGNORE_FILE_PATTERNS))
_IGNORED_DIR = re.compile("|".join(f"(?:{p.pattern})" for p in _IGNORE_DIR_PATTERNS))


def _ignored_folder(name: str, parent_name: str) -> bool:
    return bool(_IGNORED_DIR.match(name)) or parent_name == "subprojects"  # Meson


def covered_files(repo: Repository) -> list[str]:
    """The tracked files REUSE wants information for, by the library's patterns."""
    ignored_dirs: dict[str, bool] = {}
    covered = []
    for path in repo.files:
        if path in repo.symlinks:
            continue
        directory, _sep, name = path.rpartition("/")
        if _IGNORED_FILE.match(name):
            continue
        if directory and _in_ignored_folder(repo, directory, ignored_dirs):
            continue
        covered.append(path)
    return covered


def _in_ignored_folder(repo: Repository, directory: str, memo: dict[str, bool]) -> bool:
    known = memo.get(directory)
    if known is None:
        parent, _sep, name = directory.rpartition("/")
        parent_name = parent.rpartition("/")[2] if parent else repo.root.name
        known = _ignored_folder(name, parent_name) or (
            bool(parent) and _in_ignored_folder(repo, parent, memo)
        )
        memo[directory] = known
    return known


# ----- REUSE.toml, .reuse/dep5 and LICENSES/ -----------------------------------------


def _strict_text(directories: _RealDirectories, path: str) -> str:
    """The library reads its configuration as UTF-8 and rejects anything else.

    At most MAX_CONFIG_BYTES are read, whatever size the file claims (a sparse file
    costs nothing on disk, a growing one has no size): a larger file is refused, and
    only this text reaches the library, never the path.
    """
    try:
        opened = _open_tracked(directories, path, limit=-1)  # always the open stream
        if opened is None:
            raise ConfigurationError(path, "not a regular file")
        assert opened.stream is not None
        with opened.stream as stream:
            data = stream.read(MAX_CONFIG_BYTES + 1)
        if len(data) > MAX_CONFIG_BYTES:
            raise ConfigurationTooLarge(path, MAX_CONFIG_BYTES)
        return data.decode("utf-8")
    except (_Unreadable, OSError, UnicodeDecodeError) as error:
        raise ConfigurationError(path, str(error)) from error


def _reuse_tomls(repo: Repository, covered_dirs: _RealDirectories) -> list[str]:
    memo: dict[str, bool] = {}
    found = []
    for path in repo.files:
        directory, _sep, name = path.rpartition("/")
        if name != REUSE_TOML or path in repo.symlinks:
            continue
        if directory and _in_ignored_folder(repo, directory, memo):
            continue
        if covered_dirs.inside(directory):
            found.append(path)
    return found


def global_licensing(
    repo: Repository, directories: _RealDirectories
) -> GlobalLicensing | None:
    """REUSE.toml files (nested ones included) or .reuse/dep5, parsed by the library."""
    tomls = _reuse_tomls(repo, directories)
    has_dep5 = repo.exists(DEP5) and DEP5 not in repo.symlinks
    if has_dep5 and tomls:
        raise ConfigurationError(
            tomls[0], str(GlobalLicensingConflictError(f"{tomls[0]} and {DEP5}"))
        )
    if has_dep5:
        try:
            text = _strict_text(directories, DEP5)
            return ReuseDep5(str(repo.root / DEP5), Copyright(io.StringIO(text)))
        except ConfigurationError:
            raise
        except Exception as error:  # python-debian raises several kinds
            raise ConfigurationError(DEP5, str(error)) from error
    if not tomls:
        return None
    parsed = []
    for path in tomls:
        try:
            text = _strict_text(directories, path)
            parsed.append(ReuseTOML.from_toml(text, str(repo.root / path)))
        except ConfigurationError:
            raise
        except Exception as error:  # the library's parse errors and attrs validation
            raise ConfigurationError(path, str(error)) from error
    return NestedReuseTOML(reuse_tomls=parsed, source=str(repo.root))


# The answer for a file no annotation covers; one shared object (see _Verdicts).
_NO_ANNOTATION: Mapping[PrecedenceType, list[ReuseInfo]] = MappingProxyType({})


class ConfigLookup:
    """The library's answer for what REUSE.toml or .reuse/dep5 says of a file,
    computed once per distinct set of matching annotations.

    The library builds paths for every REUSE.toml at every lookup (a third of a
    millisecond a file); which annotations match is found here with plain strings,
    and files matched by the same annotations get the same answer (only the path it
    names differs, which no verdict reads).
    """

    def __init__(self, config: GlobalLicensing | None, root: Path) -> None:
        self.config = config
        self._answers: dict[tuple[int, ...], dict[PrecedenceType, list[ReuseInfo]]] = {}
        self._tomls: list[tuple[str, ReuseTOML]] = []
        if isinstance(config, NestedReuseTOML):
            for toml in config.reuse_tomls:
                folder = Path(toml.source).parent.relative_to(root).as_posix()
                self._tomls.append(("" if folder == "." else folder + "/", toml))

    def _matching(self, path: str) -> tuple[int, ...]:
        if isinstance(self.config, ReuseDep5):
            paragraph = self.config.dep5_copyright.find_files_paragraph(path)
            return () if paragraph is None else (id(paragraph),)
        matched: list[int] = []
        for prefix, toml in self._tomls:
            if path.startswith(prefix):
                relative = path[len(prefix):]
                # The last matching annotation wins (ReuseTOML.find_annotations_item).
                item = next((i for i in reversed(toml.annotations) if i.matches(relative)), None)
                if item is not None:
                    matched += (id(toml), id(item))
        return tuple(matched)

    def __call__(self, path: str) -> Mapping[PrecedenceType, list[ReuseInfo]]:
        if self.config is None:
            return _NO_ANNOTATION
        key = self._matching(path)
        if not key:
            return _NO_ANNOTATION
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = self.config.reuse_info_of(path)
        return answer


@dataclass
class Licences:
    """The licence texts of LICENSES/, as the library names them."""

    by_id: dict[str, str] = field(default_factory=dict)  # SPDX id -> path
    without_extension: dict[str, str] = field(default_factory=dict)
    duplicates: dict[str, list[str]] = field(default_factory=dict)


def _licence_paths(repo: Repository) -> list[str]:
    """What ``glob("LICENSES/**")`` finds among tracked files: no hidden names."""
    prefix = REUSE_DIR + "/"
    return sorted(
        path for path in repo.files
        if path.startswith(prefix)
        and not any(part.startswith(".") for part in path.split("/"))
        and not path.endswith(".license")
    )


def find_licences(repo: Repository, project: Project) -> Licences:
    licences = Licences()
    for path in _licence_paths(repo):
        full = Path(path)
        try:
            spdx_id = project._identifier_of_license(full)
        except SpdxIdentifierNotFoundError:
            spdx_id = full.name if full.name in project.license_map else full.stem
            if full.name in project.license_map:
                licences.without_extension[spdx_id] = path
        if spdx_id in licences.by_id:
            licences.duplicates.setdefault(spdx_id, [licences.by_id[spdx_id]]).append(path)
            continue
        licences.by_id[spdx_id] = path
        if _LICENSEREF_PATTERN.match(spdx_id) and "Unknown" not in spdx_id:
            project.license_map[spdx_id] = {"isDeprecatedLicenseId": False}
    return licences


# ----- one file's verdict ------------------------------------------------------------


def combined_info(
    from_config: Mapping[PrecedenceType, list[ReuseInfo]], in_file: ReuseInfo
) -> list[ReuseInfo]:
    """The REUSE information of a file, by the specification's precedence.

    "override" annotations replace the file's own information, "aggregate" ones add to
    it, and "closest" ones fill in what the file does not say (copyright, licence or
    both). The file's own information counts only when it is not overridden.
    """
    result = [*from_config.get(PrecedenceType.OVERRIDE, [])]
    result += from_config.get(PrecedenceType.AGGREGATE, [])
    if in_file.contains_info():
        result.append(in_file)
    closest = from_config.get(PrecedenceType.CLOSEST, [])
    if not in_file.contains_copyright_or_licensing():
        result += closest
    elif in_file.contains_copyright_xor_licensing() and closest:
        if in_file.copyright_notices:
            result.append(closest[0].copy(copyright_notices=set()))
        else:
            result.append(closest[0].copy(spdx_expressions=set()))
    return result


@dataclass(frozen=True)
class FileVerdict:
    has_copyright: bool
    licences: tuple[str, ...]
    missing_licences: frozenset[str]
    invalid_expressions: frozenset[str]


def judge_file(infos: Iterable[ReuseInfo], licence_ids: Iterable[str]) -> FileVerdict:
    available = set(licence_ids)
    has_copyright = False
    licences: list[str] = []
    missing: set[str] = set()
    invalid: set[str] = set()
    for info in infos:
        has_copyright = has_copyright or bool(info.copyright_notices)
        for expression in info.spdx_expressions:
            if not expression.is_valid:
                invalid.add(str(expression))
                continue
            for spdx_id in expression.licenses:
                # "Apache-1.0+" is satisfied by LICENSES/Apache-1.0.txt.
                if not {spdx_id, _strip_plus_from_identifier(spdx_id)} & available:
                    missing.add(spdx_id)
                licences.append(spdx_id)
    return FileVerdict(has_copyright, tuple(licences), frozenset(missing), frozenset(invalid))


class _Verdicts:
    """The verdict of each distinct pair (annotations that cover a file, what the file
    itself says), judged once: most files of a project repeat one header, or have none.

    Pairs are told apart by the identity of their objects, which the lookup and the
    header scanner share between files that say the same."""

    def __init__(self, licence_ids: Iterable[str]) -> None:
        self._licence_ids = tuple(licence_ids)
        self._known: dict[tuple[int, int], tuple[FileVerdict, object, object]] = {}

    def __call__(
        self, from_config: Mapping[PrecedenceType, list[ReuseInfo]], in_file: ReuseInfo
    ) -> FileVerdict:
        key = (id(from_config), id(in_file))
        known = self._known.get(key)
        if known is None:
            verdict = judge_file(combined_info(from_config, in_file), self._licence_ids)
            # The pair is kept with its verdict: an id names an object only while it lives.
            known = self._known[key] = (verdict, from_config, in_file)
        return known[0]


# ----- the whole project -------------------------------------------------------------


@dataclass
class ReuseReport:
    """The non-compliance ``reuse lint`` reports, with repository-relative paths."""

    files_total: int = 0
    without_copyright: list[str] = field(default_factory=list)
    without_licence: list[str] = field(default_factory=list)
    invalid_expressions: dict[str, set[str]] = field(default_factory=dict)
    missing_licences: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    read_errors: list[str] = field(default_factory=list)
    # Read errors because a line looks like a copyright notice the library cannot parse
    # ("© 2019-," in a JSON string): reuse lint counts them among its read errors.
    unparsable_notices: list[str] = field(default_factory=list)
    used_licences: set[str] = field(default_factory=set)
    licences: Licences = field(default_factory=Licences)
    bad_licences: list[str] = field(default_factory=list)
    deprecated_licences: list[str] = field(default_factory=list)
    unused_licences: list[str] = field(default_factory=list)
    uses_tags: bool = False  # some file has an SPDX-License-Identifier

    @property
    def non_compliant_files(self) -> list[str]:
        return sorted(set(self.without_copyright) | set(self.without_licence))

    @property
    def compliant(self) -> bool:
        return not (
            self.without_copyright or self.without_licence or self.invalid_expressions
            or self.missing_licences or self.read_errors or self.bad_licences
            or self.deprecated_licences or self.unused_licences
            or self.licences.without_extension or self.licences.duplicates
        )

    def non_compliant(self) -> dict[str, list[str]]:
        """The ``non_compliant`` section of ``reuse lint --json``, relative paths."""
        return {
            "bad_licenses": sorted(self.bad_licences),
            "deprecated_licenses": sorted(self.deprecated_licences),
            "licenses_without_extension": sorted(self.licences.without_extension),
            "missing_licenses": sorted(self.missing_licences),
            "unused_licenses": sorted(self.unused_licences),
            "read_errors": sorted(self.read_errors),
            "missing_copyright_info": sorted(self.without_copyright),
            "missing_licensing_info": sorted(self.without_licence),
        }


def _judge_licences(report: ReuseReport, project: Project) -> None:
    known = project.license_map
    for spdx_id in report.licences.by_id:
        entry = known.get(spdx_id)
        if entry is None:
            report.bad_licences.append(spdx_id)
        elif entry.get("isDeprecatedLicenseId"):
            report.deprecated_licences.append(spdx_id)
        if spdx_id not in report.used_licences and f"{spdx_id}+" not in report.used_licences:
            report.unused_licences.append(spdx_id)


def lint_reuse(repo: Repository, *, split_from: int | None = None) -> ReuseReport:
    """Check the repository as ``reuse lint`` would, file by file; from ``split_from``
    covered files on, in two processes where the platform allows.

    Raises ConfigurationError when REUSE.toml or .reuse/dep5 cannot be parsed.
    """
    with _RealDirectories(repo.root) as directories:
        return _lint(repo, directories, MIN_ITEMS if split_from is None else split_from)


def _lint(repo: Repository, directories: _RealDirectories, split_from: int) -> ReuseReport:
    config = global_licensing(repo, directories)
    project = Project(repo.root, global_licensing=config)
    licences = find_licences(repo, project)
    judge = _Verdicts(licences.by_id)
    scanner = _HeaderScanner()
    lookup = ConfigLookup(config, repo.root)

    def scan(files: Sequence[str]) -> ReuseReport:
        report = ReuseReport()
        for path in files:
            _scan_file(report, path, repo, directories, scanner, lookup, judge)
        return report

    report = _merged(in_two_halves(covered_files(repo), scan, min_items=split_from))
    report.licences = licences
    _judge_licences(report, project)
    return report


def _scan_file(
    report: ReuseReport,
    path: str,
    repo: Repository,
    directories: _RealDirectories,
    scanner: _HeaderScanner,
    lookup: ConfigLookup,
    judge: _Verdicts,
) -> None:
    try:
        opened = _open_tracked(directories, path)
    except _Unreadable:
        report.read_errors.append(path)
        return
    if opened is None or opened.size == 0:
        return
    from_config = lookup(path)
    try:
        in_file = _NOTHING
        if PrecedenceType.OVERRIDE not in from_config:  # the file is not read
            in_file = _own_information(repo, directories, scanner, path, opened)
    except (_Unreadable, OSError, UnicodeError):
        report.read_errors.append(path)
        return
    except CopyrightNoticeParseError:
        report.read_errors.append(path)
        report.unparsable_notices.append(path)
        return
    finally:
        if opened.stream is not None:
            opened.stream.close()
    _record(report, path, judge(from_config, in_file))
    report.uses_tags = report.uses_tags or bool(in_file.spdx_expressions)


def _merged(parts: Sequence[ReuseReport]) -> ReuseReport:
    """One report of the files of several scans, in path order."""
    if len(parts) == 1:
        return parts[0]
    report = ReuseReport()
    for part in parts:
        report.files_total += part.files_total
        report.without_copyright += part.without_copyright
        report.without_licence += part.without_licence
        report.read_errors += part.read_errors
        report.unparsable_notices += part.unparsable_notices
        report.invalid_expressions.update(part.invalid_expressions)
        for spdx_id, paths in part.missing_licences.items():
            report.missing_licences[spdx_id] |= paths
        report.used_licences |= part.used_licences
        report.uses_tags = report.uses_tags or part.uses_tags
    report.without_copyright.sort()
    report.without_licence.sort()
    report.read_errors.sort()
    report.unparsable_notices.sort()
    return report


def _own_information(
    repo: Repository,
    directories: _RealDirectories,
    scanner: _HeaderScanner,
    path: str,
    opened: _OpenFile,
) -> ReuseInfo:
    """What the file says, or its ``<file>.license`` companion when it has one."""
    companion = f"{path}.license"
    if not repo.exists(companion):
        return scanner.scan(opened)
    companion_content = _open_tracked(directories, companion)
    if companion_content is None:
        return scanner.scan(opened)
    try:
        return scanner.scan(companion_content)
    finally:
        if companion_content.stream is not None:
            companion_content.stream.close()


def _record(report: ReuseReport, path: str, verdict: FileVerdict) -> None:
    report.files_total += 1
    if not verdict.has_copyright:
        report.without_copyright.append(path)
    if not verdict.licences:
        report.without_licence.append(path)
    if verdict.invalid_expressions:
        report.invalid_expressions[path] = set(verdict.invalid_expressions)
    for spdx_id in verdict.missing_licences:
        report.missing_licences[spdx_id].add(path)
    report.used_licences.update(verdict.licences)

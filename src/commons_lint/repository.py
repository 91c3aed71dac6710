"""The repository as rules see it: one index of files, lookups, bounded reads, history.

The index is built once per run: from ``git ls-files`` in a Git working tree, from a
walk of the directory otherwise. A file's content is read from disk only when a rule
asks for it, at most once per run, and never past ``MAX_READ_BYTES``. Nothing is
written, nothing of the repository is executed, and symbolic links are followed only
when they stay inside the repository.
"""

from __future__ import annotations

import bisect
import codecs
import errno
import fnmatch
import os
import re
import select
import shutil
import stat
import subprocess
import unicodedata
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, TypeVar

from .errors import UserError
from .i18n import _
from .languages import language_tag

MAX_READ_BYTES = 1024 * 1024
BINARY_SNIFF_BYTES = 8192

# Where forges look for community documents, in the order they look.
STANDARD_DIRS = ("", "docs", ".github", ".gitlab", "doc", "documentation")
DOCUMENT_EXTENSIONS = ("", ".md", ".markdown", ".rst", ".txt", ".adoc", ".asciidoc", ".org")

# Folders a plain-directory walk never enters (a Git index already leaves them out).
SKIPPED_WALK_DIRS = frozenset(
    {
        ".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox",
        ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".idea", ".vscode",
        "bower_components", ".eggs",
    }
)
# Path parts that mark copies of other projects' files, or test material: a licence or
# code of conduct there is not the project's own.
VENDORED_PARTS = frozenset(
    {
        "vendor", "vendors", "vendored", "third_party", "third-party", "thirdparty",
        "3rdparty", "external", "externals", "extern", "deps", "node_modules",
        "bower_components", "site-packages", "dist-packages", "_vendor",
    }
)
TEST_PARTS = frozenset(
    {"test", "tests", "testing", "spec", "specs", "fixtures", "testdata", "__tests__",
     "examples", "example", "samples", "sample"}
)
# Language suffixes in file names: README.fr.md, README_fr.md, README-pt-BR.md.
# A language suffix after the stem: README.fr, README_fr, README-pt-BR, README.zh_Hans.
LANGUAGE_SUFFIX = re.compile(
    r"^(?P<stem>.+?)[._-](?P<lang>[a-z]{2}(?:[_-][a-z]{4})?(?:[_-](?:[a-z]{2}|\d{3}))?)$", re.I
)

# The inspected repository's own configuration must not make git run a program or read
# past what it needs: its file-system monitor, hooks, the GPG program that checks
# signatures when ``git log`` shows them, a mailmap file or blob named by the repository
# (a missing blob is fetched from a promisor remote; /dev/zero never ends), any transport.
# Git's own protection of repositories owned by another user is left as it is: such a
# repository is refused (see Repository._inside_work_tree), never read with its
# configuration trusted.
GIT_SAFETY = (
    "--no-pager",
    "-c", "core.fsmonitor=false",
    "-c", "core.hooksPath=/dev/null",
    "-c", "log.showSignature=false",
    "-c", "mailmap.blob=",
    "-c", "mailmap.file=",
    "-c", "protocol.allow=never",
    "-c", "core.quotepath=off",
)
# Variables that point git at another repository or index. A pre-commit hook, for one,
# runs with GIT_INDEX_FILE set; inherited, they would make git read the wrong repository.
GIT_LOCAL_VARIABLES = (
    "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_CONFIG", "GIT_DIR",
    "GIT_GRAFT_FILE", "GIT_IMPLICIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_INTERNAL_SUPER_PREFIX",
    "GIT_NAMESPACE", "GIT_NO_REPLACE_OBJECTS", "GIT_OBJECT_DIRECTORY", "GIT_PREFIX",
    "GIT_REPLACE_REF_BASE", "GIT_SHALLOW_FILE", "GIT_WORK_TREE",
)


# A URL's scheme and authority: the authority ends where urllib.parse ends it, at the
# first "/", "?" or "#"; its user info runs to the LAST "@" (a password may hold "@").
# Linear on hostile text (a remote URL comes from the inspected repository): the scheme
# starts at the first word-initial letter of its run of scheme characters, reached in one
# pass from the run's start ("lead"), rather than tried again from every letter of a run.
_AUTHORITY = re.compile(
    r"(?<![A-Za-z0-9+.-])(?P<lead>(?:[0-9+.-]|\B[A-Za-z])*+)"
    r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*+://)(?P<authority>[^\s/?#]*)"
)
# scp-like "user:secret@host:path": the user name stays (ssh needs it), the secret goes.
# The user stops at the characters a user may start after (a later start gives the same
# text back), and where no secret follows, the rest of the run (which holds none either)
# is taken unchanged: each character is read a bounded number of times.
_SCP_SECRET = re.compile(
    r"(?<![^\s'\"(<=])(?P<user>(?=[^\s@/:'\"])[^\s@/:'\"(<=]*+[(<=]?):"
    r"(?:(?P<secret>[^\s/]*)@(?=[^\s@/:]+:)|[^\s/]*+)"
)


def redact(text: str) -> str:
    """``text`` with the credentials of every URL in it removed: the whole user info of
    ``https://user:token@host`` (up to the authority's last ``@``), the secret of an
    scp-like ``user:secret@host:path``."""

    def without_user_info(match: re.Match[str]) -> str:
        return match["lead"] + match["scheme"] + match["authority"].rpartition("@")[2]

    def without_secret(match: re.Match[str]) -> str:
        return match[0] if match["secret"] is None else match["user"] + "@"

    return _SCP_SECRET.sub(without_secret, _AUTHORITY.sub(without_user_info, text))


def git_environment() -> dict[str, str]:
    """The environment of a git command the user asked for, which may use the network
    (``remote.py``'s clone of a URL): the user's own, without the variables that point
    git at another repository. Commands run on an inspected repository use
    :func:`inspection_environment`."""
    environment = {
        name: value for name, value in os.environ.items() if name not in GIT_LOCAL_VARIABLES
    }
    environment.update(GIT_OPTIONAL_LOCKS="0", GIT_TERMINAL_PROMPT="0", GIT_PAGER="cat")
    return environment


# A folder that holds no program named ``git`` (or ``ssh``): this package's own. Git looks
# the ``git fetch`` of a lazy fetch up in its exec path, then on PATH; pointed here, the
# fetch cannot start, on git 2.39 as on any later git. Before GIT_NO_LAZY_FETCH (2.44),
# nothing else stops it early enough: the child rewrites .git/config before any check.
_NO_PROGRAMS = str(Path(__file__).resolve().parent)
if os.pathsep in _NO_PROGRAMS:  # as PATH it would be two folders, one of them relative
    _NO_PROGRAMS = "/nonexistent/commons-lint"
# How long one short git command may take (a config that includes a named pipe waits for
# ever); longer, it is killed and counts as failed.
GIT_TIME_LIMIT = 60.0


def inspection_environment() -> dict[str, str]:
    """The environment of every git command run on an inspected repository: git can
    reach no remote, whatever the repository's configuration says, and a missing object
    is never fetched; its messages are in English, so that refusals can be recognised."""
    environment = git_environment()
    environment.update(
        GIT_NO_LAZY_FETCH="1",  # git 2.44 and later
        GIT_ALLOW_PROTOCOL="",  # no transport at all, over any protocol.*.allow
        GIT_EXEC_PATH=_NO_PROGRAMS,
        PATH=_NO_PROGRAMS,
        GIT_ASKPASS="",
        SSH_ASKPASS="",
        LC_ALL="C",
        LANGUAGE="",
    )
    return environment


@lru_cache(maxsize=1)
def git_program() -> str:
    """git's full path, found on the user's PATH (inspection commands get another)."""
    found = shutil.which("git")
    if found is None:
        raise UserError(_("git is not installed or not on the PATH"))
    return os.path.abspath(found)


def inspection_command(root: Path, *args: str) -> list[str]:
    """The command line of a read-only git command on the repository at ``root``."""
    return [git_program(), *GIT_SAFETY, "-C", str(root), *args]


def _run_inspection(root: Path, *args: str) -> subprocess.CompletedProcess[bytes] | None:
    """A short git command on ``root``, finished; None when it ran out of time."""
    try:
        return subprocess.run(
            inspection_command(root, *args),
            capture_output=True,
            stdin=subprocess.DEVNULL,
            check=False,
            env=inspection_environment(),
            timeout=GIT_TIME_LIMIT,
        )
    except subprocess.TimeoutExpired:
        return None


def run_git(root: Path, *args: str, check: bool = True) -> str | None:
    """Run a read-only git command in ``root``; None when it fails and ``check`` is off."""
    try:
        completed = _run_inspection(root, *args)
    except (UserError, FileNotFoundError) as error:
        if check:
            raise UserError(_("git is not installed or not on the PATH")) from error
        return None
    if completed is None or completed.returncode != 0:
        return None
    return completed.stdout.decode("utf-8", "surrogateescape")


_DUBIOUS_OWNERSHIP = re.compile(r"detected dubious ownership in repository at '(?P<at>[^'\n]*)'")
_SAFE_DIRECTORY = re.compile(r"--add safe\.directory (?P<path>[^\n]+)")


def _dubious_ownership(stderr: bytes) -> str | None:
    """The folder git refused for its owner, as ``safe.directory`` would name it; None
    when git did not refuse the repository for that reason."""
    message = stderr.decode("utf-8", "replace")
    refused = _DUBIOUS_OWNERSHIP.search(message)
    if refused is None:
        return None
    suggested = _SAFE_DIRECTORY.search(message)
    folder = (suggested["path"] if suggested else refused["at"]).strip()
    # One line on the terminal: a folder name with control characters is shown escaped.
    return folder if folder.isprintable() else repr(folder)


@dataclass(frozen=True)
class TextFile:
    """What a bounded read found."""

    text: str | None
    truncated: bool = False
    problem: str | None = None  # why ``text`` is None: binary, missing, unreadable, …


# UTF-16 without a byte order mark: in text that is mostly Latin script, nearly every
# other byte is zero (the high byte of each character), the bytes between nearly never.
_WIDE_ZEROS = 0.6  # at least this share of the high bytes is zero…
_NARROW_ZEROS = 0.02  # …and at most this share of the low bytes
_PRINTABLE_SHARE = 0.95  # of the characters, once decoded: text, not 16-bit numbers


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` reads as UTF-16 text without a byte
    order mark (as some editors save a SECURITY.md); None otherwise."""
    head = data[: BINARY_SNIFF_BYTES - BINARY_SNIFF_BYTES % 2]
    if len(head) < 4 or (len(data) == len(head) and len(data) % 2):  # not whole pairs
        return None
    halves = (head[0::2], head[1::2])
    pairs = len(halves[1])
    for codec, high, low in (("utf-16-le", 1, 0), ("utf-16-be", 0, 1)):
        if (
            halves[high].count(0) >= _WIDE_ZEROS * pairs
            and halves[low].count(0) <= _NARROW_ZEROS * pairs
        ):
            sample = head[: 2 * pairs].decode(codec, "replace")
            printable = sum(1 for c in sample if c.isprintable() or c in "\t\n\r\f")
            if printable >= _PRINTABLE_SHARE * len(sample):
                return codec
    return None


def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte order mark), UTF-16 with a BOM or recognised without
    one, else Latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    wide = utf16_without_bom(data)
    if wide is not None:
        # A read cut at MAX_READ_BYTES may end in the middle of a character.
        return data[: len(data) - len(data) % 2].decode(wide, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A huge file cut in the middle of a character is still UTF-8.
        if error.start >= len(data) - 3 and error.reason == "unexpected end of data":
            return data[: error.start].decode("utf-8")
        return data.decode("latin-1")


def is_binary(data: bytes) -> bool:
    head = data[:BINARY_SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head and utf16_without_bom(data) is None


# Links followed, one hop after another, before a path is refused (Linux's own limit).
MAX_LINK_HOPS = 40
_CLOSE_ON_EXEC = getattr(os, "O_CLOEXEC", 0)
_FOLDER_FLAGS = os.O_RDONLY | os.O_DIRECTORY | _CLOSE_ON_EXEC
# A folder below the root: never through a link, never a pipe or a device (O_DIRECTORY).
_BELOW_FLAGS = _FOLDER_FLAGS | os.O_NOFOLLOW
# The file itself: never through a link, never waiting for a named pipe's writer.
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | _CLOSE_ON_EXEC


class _Refused(Exception):
    """A path :func:`open_below` will not open; ``problem`` says why (a TextFile's)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def open_below(root: int, root_path: str, path: str) -> int:
    """A descriptor of the regular file ``path``, below the folder open as ``root``
    (whose absolute, resolved path is ``root_path``).

    Each component is opened relative to the descriptor of the one before it, with
    O_NOFOLLOW: the kernel never follows a link. A link is read and resolved here, one
    hop at a time, at most MAX_LINK_HOPS, and ``..`` climbs the folders opened so far,
    never above ``root``. What is opened is checked on its descriptor (a regular file),
    so nothing swapped in between a check and the open is ever read. Raises _Refused.
    """
    pending = path.split("/")
    pending.reverse()  # a stack: the next component last
    folders: list[int] = []  # descriptors of the folders walked through, below root
    hops = 0
    try:
        while pending:
            name = pending.pop()
            if name in ("", "."):
                continue
            if name == "..":
                if not folders:
                    raise _Refused("symbolic link out of the repository")
                os.close(folders.pop())
                continue
            parent = folders[-1] if folders else root
            try:
                status = os.stat(name, dir_fd=parent, follow_symlinks=False)
            except FileNotFoundError:
                raise _missing(hops) from None
            except (OSError, ValueError) as error:
                raise _Refused(_problem(error)) from None
            if stat.S_ISLNK(status.st_mode):
                hops += 1
                if hops > MAX_LINK_HOPS:
                    raise _Refused("broken symbolic link")
                target = _link_target(name, parent)
                if target.startswith("/"):
                    # An absolute link may name a place inside the repository: walk it
                    # again from the root.
                    inside = target == root_path or target.startswith(root_path.rstrip("/") + "/")
                    if not inside:
                        raise _Refused("symbolic link out of the repository")
                    while folders:
                        os.close(folders.pop())
                    target = target[len(root_path):]
                pending.extend(reversed(target.split("/")))
                continue
            if pending:  # a folder to go through
                folders.append(_open_component(name, parent, _BELOW_FLAGS, hops))
                continue
            if stat.S_ISDIR(status.st_mode):
                raise _Refused("a directory")
            if not stat.S_ISREG(status.st_mode):  # a named pipe would block, a device never end
                raise _Refused("not a regular file")
            descriptor = _open_component(name, parent, _FILE_FLAGS, hops)
            # What was opened, not what was looked at: it may have been swapped meanwhile.
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                os.close(descriptor)
                raise _Refused("not a regular file")
            return descriptor
        raise _Refused("a directory")  # the path named the root itself
    finally:
        for folder in folders:
            os.close(folder)


def _missing(hops: int) -> _Refused:
    """A missing component: the target of a link, or a file gone from the working tree."""
    return _Refused("broken symbolic link" if hops else "missing from the working tree")


def _problem(error: OSError | ValueError) -> str:
    return (error.strerror if isinstance(error, OSError) else None) or "unreadable"


def _link_target(name: str, parent: int) -> str:
    try:
        return os.readlink(name, dir_fd=parent)
    except FileNotFoundError:
        raise _Refused("missing from the working tree") from None
    except OSError as error:  # no longer a link: swapped while it was being read
        raise _Refused(_problem(error)) from None


def _open_component(name: str, parent: int, flags: int, hops: int) -> int:
    try:
        return os.open(name, flags, dir_fd=parent)
    except FileNotFoundError:
        raise _missing(hops) from None
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK):
            # Swapped for a link or something else since it was looked at.
            raise _Refused("not a regular file") from None
        raise _Refused(_problem(error)) from None


def split_language(stem: str) -> tuple[str, str | None]:
    """``README.fr`` -> (``README``, ``fr``); ``README.pt_br`` -> (``README``, ``pt-BR``).

    A suffix that is not a language tag (``FUNDING.yml``, ``notes.py``) is part of the stem.
    """
    match = LANGUAGE_SUFFIX.match(stem)
    if match:
        tag = language_tag(match["lang"])
        if tag is not None:
            return match["stem"], tag
    return stem, None


def name_key(name: str) -> str:
    """How document names compare: no case, no accents, no ``-``, ``_`` or spaces."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum() or c == ".")


@lru_cache(maxsize=64)
def _longest_first(extensions: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted((e for e in extensions if e), key=len, reverse=True))


def split_name(name: str, extensions: Sequence[str]) -> tuple[str, str] | None:
    """(stem, extension) of ``name`` by the longest of ``extensions`` it ends with, in
    any case; the whole name and '' when '' is among them; else None."""
    lowered = name.lower()
    for extension in _longest_first(tuple(extensions)):
        if lowered.endswith(extension) and len(lowered) > len(extension):
            return name[: -len(extension)], extension
    if "" in extensions:
        return name, ""
    return None


def document_name(
    name: str, extensions: Sequence[str] = DOCUMENT_EXTENSIONS
) -> tuple[str, str | None] | None:
    """The stem and language of a document's file name, or None if it is no document.

    ``CONTRIBUTING.fr.md`` -> (``CONTRIBUTING``, ``fr``); ``LICENSE`` -> (``LICENSE``,
    None); ``notes.py`` -> (``notes.py``, None), which names no document stem.
    """
    split = split_name(name, extensions)
    if split is None:
        return None
    return split_language(split[0])


def _normal_pattern(pattern: str) -> str:
    pattern = pattern.strip()
    while pattern.startswith("./"):
        pattern = pattern[2:]
    return pattern.strip("/")


def _exclusion_pattern(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """One expression matching what any of the ``exclude`` patterns matches, as
    ``fnmatchcase`` does (with case); None when no pattern is left once normalised.

    Each translated pattern keeps its own end anchor, so the alternation cannot let one
    pattern match a mere prefix of a path.
    """
    normalised = [_normal_pattern(pattern) for pattern in patterns]
    translated = [fnmatch.translate(pattern) for pattern in normalised if pattern]
    if not translated:
        return None
    return re.compile("|".join(f"(?:{expression})" for expression in translated))


def _parent(path: str) -> str:
    """The folder of ``path`` ('' at the root), as ``PurePosixPath(path).parent`` reads it."""
    return path.rstrip("/").rpartition("/")[0]


@lru_cache(maxsize=1 << 16)
def _folder_marks(folder: str) -> tuple[bool, bool]:
    """Whether the files directly in ``folder`` are (vendored, test material).

    Cached per folder: a large repository has tens of thousands of files in a few
    thousand folders, and rules ask about every file.
    """
    parts = [part.lower() for part in folder.split("/")]
    return (
        any(part in VENDORED_PARTS for part in parts),
        any(part in TEST_PARTS for part in parts),
    )


_Derived = TypeVar("_Derived")


@dataclass(frozen=True)
class Document:
    """A file found by :meth:`Repository.find_documents`."""

    path: str
    stem: str
    language: str | None


class Repository:
    """One repository (or plain directory) under inspection."""

    def __init__(self, root: Path | str, *, exclude: Sequence[str] = ()) -> None:
        self.root = self.check_root(Path(root)).resolve()
        self.exclude = tuple(exclude)
        self._exclusion = _exclusion_pattern(self.exclude)
        self._excluded_folders: dict[str, bool] = {}
        self._texts: dict[str, TextFile] = {}
        self._derived: dict[Callable[[Repository], Any], Any] = {}
        self._documents: dict[
            tuple[tuple[str, ...], tuple[str, ...]], tuple[tuple[str, Document], ...]
        ] = {}
        self.is_git = self._inside_work_tree(self.root)
        self.submodules: tuple[str, ...] = ()
        self.symlinks: frozenset[str] = frozenset()
        self.files: tuple[str, ...] = tuple(
            path for path in (self._git_index() if self.is_git else self._walk())
            if not self._excluded(path)
        )
        self._names_by_dir: dict[str, list[str]] = {}
        for path in self.files:
            parent = path.rpartition("/")[0]
            self._names_by_dir.setdefault(parent.lower(), []).append(path)
        self._file_set = frozenset(self.files)

    @staticmethod
    def check_root(root: Path) -> Path:
        if not root.exists():
            raise UserError(_("{path}: no such file or directory").format(path=root))
        if not root.is_dir():
            raise UserError(_("{path}: not a directory").format(path=root))
        return root

    @staticmethod
    def _inside_work_tree(root: Path) -> bool:
        try:
            completed = _run_inspection(
                root, "rev-parse", "--is-inside-work-tree", "--is-bare-repository"
            )
        except (UserError, FileNotFoundError):  # no git: a plain folder is still checked
            return False
        if completed is None:
            raise UserError(
                _("{path}: git did not answer within {seconds} seconds").format(
                    path=root, seconds=int(GIT_TIME_LIMIT)
                )
            )
        refused = _dubious_ownership(completed.stderr)
        if refused is not None:
            raise UserError(
                _("{path}: git refuses to read a repository that another user owns; if "
                  "you trust it, run: git config --global --add safe.directory {directory}")
                .format(path=root, directory=refused)
            )
        answer = completed.stdout.decode("utf-8", "surrogateescape")
        if completed.returncode != 0:
            answer = ""
        inside, _sep, bare = answer.partition("\n")
        if inside.strip() == "true":
            return True
        if bare.strip() == "true":
            raise UserError(
                _("{path}: a bare Git repository has no files to check; check a clone of it")
                .format(path=root)
            )
        return False

    # ----- the index -------------------------------------------------------------

    def _git_index(self) -> list[str]:
        listing = run_git(self.root, "ls-files", "--stage", "-z")
        if listing is None:
            raise UserError(_("{path}: git cannot read this repository").format(path=self.root))
        files: list[str] = []
        submodules: list[str] = []
        symlinks: set[str] = set()
        for entry in listing.split("\0"):
            if not entry:
                continue
            meta, _tab, path = entry.partition("\t")
            mode = meta.split(" ", 1)[0]
            if mode == "160000":
                submodules.append(path)
                continue
            if files and files[-1] == path:  # unmerged entries appear once per stage
                continue
            if mode == "120000":
                symlinks.add(path)
            files.append(path)
        self.submodules = tuple(submodules)
        self.symlinks = frozenset(symlinks)
        return files

    def _walk(self) -> list[str]:
        """Every file below the root, without entering tool folders or following links.

        A symbolic link to a folder is listed as a file, as Git would list it.
        """
        files: list[str] = []
        symlinks: set[str] = set()
        for directory, subdirs, names in os.walk(self.root):
            relative = Path(directory).relative_to(self.root).as_posix()
            prefix = "" if relative == "." else relative + "/"
            linked_dirs = [d for d in subdirs if os.path.islink(os.path.join(directory, d))]
            subdirs[:] = sorted(
                d for d in subdirs if d not in SKIPPED_WALK_DIRS and d not in linked_dirs
            )
            for name in sorted([*names, *linked_dirs]):
                path = prefix + name
                if name in linked_dirs or os.path.islink(os.path.join(directory, name)):
                    symlinks.add(path)
                files.append(path)
        self.symlinks = frozenset(symlinks)
        return files

    def _excluded(self, path: str) -> bool:
        """True when the path, or a folder above it, matches an ``exclude`` pattern.

        ``legacy/``, ``/legacy`` and ``./legacy`` all name the folder at the root.
        """
        if self._exclusion is None:
            return False
        if self._exclusion.match(path):
            return True
        folder = path.rpartition("/")[0]
        if not folder:
            return False
        # Memoised: the files of one folder share the answer for the folders above them.
        excluded = self._excluded_folders.get(folder)
        if excluded is None:
            excluded = self._excluded_folders[folder] = self._excluded(folder)
        return excluded

    # ----- lookups ---------------------------------------------------------------

    def exists(self, path: str) -> bool:
        return path in self._file_set

    def files_in(self, directory: str) -> list[str]:
        """The files directly in ``directory`` ('' for the root), any case."""
        return list(self._names_by_dir.get(directory.strip("/").lower(), []))

    def files_under(self, directory: str) -> list[str]:
        """Every file below ``directory``, at any depth, compared without case.

        In index order. A binary search in the sorted lower-case paths: the files below
        a folder are neighbours there.
        """
        prefix = directory.strip("/").lower() + "/"
        lowered, positions = self._sorted_lowered
        found: list[int] = []
        for index in range(bisect.bisect_left(lowered, prefix), len(lowered)):
            if not lowered[index].startswith(prefix):
                break
            found.append(positions[index])
        found.sort()
        return [self.files[position] for position in found]

    def files_named(self, *names: str) -> list[str]:
        """Files at any depth whose name (the last part) is one of ``names``, without
        case, in index order."""
        wanted = {name.lower() for name in names}
        return [path for path in self.files if path.rpartition("/")[2].lower() in wanted]

    @cached_property
    def own_files(self) -> tuple[str, ...]:
        """The project's own files, in index order: neither vendored nor test material."""
        return tuple(path for path in self.files if self.is_own(path))

    def derived(self, build: Callable[[Repository], _Derived]) -> _Derived:
        """``build(self)``, computed once per repository and shared by every caller.

        For the indexes that rule helpers derive from the file index: ``build`` is the
        key, so it must be a module-level function, not a lambda made on each call.
        """
        if build not in self._derived:
            self._derived[build] = build(self)
        value: _Derived = self._derived[build]
        return value

    # ----- indexes, each built on first use -----------------------------------------

    @cached_property
    def _sorted_lowered(self) -> tuple[list[str], list[int]]:
        """The lower-case paths, sorted, and the position in ``files`` of each."""
        lowered = [path.lower() for path in self.files]
        order = sorted(range(len(lowered)), key=lowered.__getitem__)
        return [lowered[position] for position in order], order

    def glob(self, pattern: str) -> list[str]:
        """Files whose path matches ``pattern`` (fnmatch, without case)."""
        lowered = pattern.lower()
        return [path for path in self.files if fnmatch.fnmatch(path.lower(), lowered)]

    def find_documents(
        self,
        stems: Iterable[str],
        *,
        dirs: Sequence[str] = STANDARD_DIRS,
        extensions: Sequence[str] = DOCUMENT_EXTENSIONS,
    ) -> list[Document]:
        """Documents named ``<stem>[.<lang>]<ext>`` in the forge's usual folders.

        Comparison ignores case, accents and the separators ``-``, ``_`` and space:
        ``CONTRIBUTING.fr.md``, ``contributing_fr.rst``, ``Code-de-Conduite.md`` and
        ``CODE_DE_CONDUITE`` match the stems ``contributing`` and ``code de conduite``.
        A language suffix must be an ISO 639-1 tag. The root comes first.
        """
        wanted = {name_key(stem) for stem in stems}
        return [
            document
            for key, document in self._documents_in(tuple(dirs), tuple(extensions))
            if key in wanted
        ]

    def _documents_in(
        self, dirs: tuple[str, ...], extensions: tuple[str, ...]
    ) -> tuple[tuple[str, Document], ...]:
        """Every document in ``dirs``, in :meth:`find_documents` order, with the name key
        of its stem.

        Cached per folders and extensions: rules ask for documents some thirty times a
        run, nearly always in the standard folders.
        """
        cache_key = (dirs, extensions)
        entries = self._documents.get(cache_key)
        if entries is None:
            listed: list[tuple[str, Document]] = []
            for directory in dirs:
                for path in sorted(self.files_in(directory)):
                    named = document_name(path.rpartition("/")[2], extensions)
                    if named is not None:
                        listed.append((name_key(named[0]), Document(path, *named)))
            entries = self._documents[cache_key] = tuple(listed)
        return entries

    @staticmethod
    def is_vendored(path: str) -> bool:
        """True when a folder above ``path`` holds copies of other projects' files."""
        return _folder_marks(_parent(path))[0]

    @staticmethod
    def is_test_material(path: str) -> bool:
        """True when a folder above ``path`` holds tests, fixtures or examples."""
        return _folder_marks(_parent(path))[1]

    @staticmethod
    def is_own(path: str) -> bool:
        """True when ``path`` is neither vendored nor test material."""
        return not any(_folder_marks(_parent(path)))

    # ----- reads -----------------------------------------------------------------

    def read(self, path: str) -> TextFile:
        """The file's text, read once and at most ``MAX_READ_BYTES`` of it."""
        cached = self._texts.get(path)
        if cached is None:
            cached = self._texts[path] = self._read_uncached(path)
        return cached

    def text(self, path: str) -> str:
        """The file's text, or '' when it cannot be read as text."""
        return self.read(path).text or ""

    def head(self, path: str, size: int) -> bytes | None:
        """The first ``size`` bytes of a tracked file, with the safety of :meth:`read`
        and without its cache; None when it cannot be read."""
        opened = self._open(path)
        if isinstance(opened, str):
            return None
        try:
            with opened as handle:
                return handle.read(size)
        except OSError:
            return None

    def _read_uncached(self, path: str) -> TextFile:
        opened = self._open(path)
        if isinstance(opened, str):
            return TextFile(None, problem=opened)
        try:
            with opened as handle:
                data = handle.read(MAX_READ_BYTES + 1)
        except OSError as error:
            return TextFile(None, problem=error.strerror or "unreadable")
        if is_binary(data):
            return TextFile(None, problem="binary")
        truncated = len(data) > MAX_READ_BYTES
        return TextFile(decode(data[:MAX_READ_BYTES]), truncated=truncated)

    def _open(self, path: str) -> BinaryIO | str:
        """The tracked regular file ``path`` opened for reading, or why it cannot be.

        Every component is opened relative to the folder before it, without following
        a link (see :func:`open_below`): a file or folder swapped for a link to elsewhere
        while the check runs is never read through.
        """
        if path not in self._file_set:
            return "not in the repository"
        try:
            root = os.open(self.root, _FOLDER_FLAGS)
        except OSError as error:
            return error.strerror or "unreadable"
        try:
            descriptor = open_below(root, str(self.root), path)
        except _Refused as refused:
            return refused.problem
        finally:
            os.close(root)
        return os.fdopen(descriptor, "rb")

    # ----- Git facts ---------------------------------------------------------------

    @cached_property
    def commit(self) -> str | None:
        if not self.is_git:
            return None
        out = run_git(self.root, "rev-parse", "--verify", "-q", "HEAD", check=False)
        return out.strip() if out else None

    @cached_property
    def branch(self) -> str | None:
        if not self.is_git:
            return None
        out = run_git(self.root, "symbolic-ref", "--short", "-q", "HEAD", check=False)
        return out.strip() or None if out else None

    @cached_property
    def remote_url(self) -> str | None:
        if not self.is_git:
            return None
        out = run_git(self.root, "remote", "get-url", "origin", check=False)
        if not out or not out.strip():
            return None
        return redact(out.strip())

    @cached_property
    def anchor(self) -> str:
        """The root README, where findings about the whole repository are placed."""
        readmes = sorted(p for p in self.files_in("") if p.lower().startswith("readme"))
        return min(readmes, key=len) if readmes else "README.md"

    @cached_property
    def history(self) -> History:
        return History(self)


@dataclass(frozen=True)
class Commit:
    sha: str
    author_name: str
    author_email: str
    authored: datetime
    committed: datetime
    parents: int
    signed_off_by: tuple[str, ...]


@dataclass(frozen=True)
class Tag:
    name: str
    date: datetime | None


_FIELD = "%x00"
_RECORD = "%x1e"
_SIGNED_OFF_BY = "%(trailers:key=Signed-off-by,valueonly,separator=%x01)"
_LOG_FORMAT = _FIELD.join(["%H", "%an", "%ae", "%at", "%ct", "%P", _SIGNED_OFF_BY]) + _RECORD


# The Unix times a datetime can hold (years 1 to 9999). Git stores any number of digits
# ("@999999999999" is the year 33658) and writes nothing for a date before 1970: a date
# outside the range is brought to its nearest end, one git cannot read is 1970-01-01 (as
# git itself shows it), so that no rule's date arithmetic or formatting can overflow.
EARLIEST_TIME = int(datetime(1, 1, 1, tzinfo=UTC).timestamp())
LATEST_TIME = int(datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC).timestamp())


def _seconds(value: str) -> int:
    """A Unix time as git writes it (``%ct``, ``creatordate:unix``), within the range."""
    text = value.strip()
    digits = text.removeprefix("-")
    if not digits.isascii() or not digits.isdigit():
        return 0
    if len(digits.lstrip("0")) > len(str(LATEST_TIME)):  # int() refuses past 4,300 digits
        return EARLIEST_TIME if text.startswith("-") else LATEST_TIME
    return min(max(int(text), EARLIEST_TIME), LATEST_TIME)


def _timestamp(value: str) -> datetime:
    return datetime.fromtimestamp(_seconds(value), tz=UTC)


class LogEntry(NamedTuple):
    """One commit as the history rules see it: only what they use, to keep a million.

    The author is read through the repository's ``.mailmap``, so that one person's
    several addresses count once; the e-mail address is in lower case.
    """

    email: str
    name: str
    committed: int  # Unix time; ``git log`` lists commits newest first by this date
    merge: bool


# One line per commit; no commit message, so git reads no more than ``%ae`` needs.
# Trailers (Signed-off-by) would double git's work per commit: they are read only for
# the few recent commits that need them, through History.commits().
_ENTRY_FORMAT = "%aE%x00%aN%x00%ct%x00%P"
_ENTRY_FIELDS = 4
# What one read takes from git's pipe: a reader that needs one commit does not wait
# for thousands to be written.
_READ_SIZE = 1 << 16


class SharedLog:
    """The entries of a single ``git log`` process, read only as far as a reader goes.

    Every reader iterates from the newest commit. The first one to need an entry has it
    parsed from git's output; later readers get it from memory. When a reader stops,
    git waits on its pipe; a later reader that needs more resumes it. :meth:`close`
    (or the end of the log) ends git.
    """

    def __init__(self, command: Sequence[str] | None) -> None:
        self._command = command
        self._entries: list[LogEntry] = []
        self._batches: Generator[list[LogEntry]] | None = None
        self.complete = command is None  # True once git has written its last entry

    def __iter__(self) -> Iterator[LogEntry]:
        index = 0
        while True:
            entries = self._entries
            while index < len(entries):
                yield entries[index]
                index += 1
            if not self._read_more():
                return

    @property
    def read(self) -> int:
        """How many entries have been read from git so far."""
        return len(self._entries)

    def close(self) -> None:
        if self._batches is not None:
            self._batches.close()  # ends git, if it is still running
        self._batches = None

    def _read_more(self) -> bool:
        if self.complete:
            return False
        if self._batches is None:
            assert self._command is not None  # a log without a command is complete
            # After close(), a reader that goes further starts git again, past what is read.
            self._batches = _stream_entries(self._command, skip=len(self._entries))
        batch = next(self._batches, None)
        if batch is None:
            self.complete = True
            self._batches = None
            return False
        self._entries.extend(batch)
        return True



def _git_blocks(
    command: Sequence[str], separator: bytes, silence_limit: float | None = None
) -> Generator[bytes]:
    """What a git ``command`` writes, as it writes it, in blocks of whole records: each
    block ends before a ``separator``; the last one is what follows the last separator.
    Closing the generator early stops git. A git that writes nothing for
    ``silence_limit`` seconds is stopped, and the blocks end with what it wrote whole.

    A function, not a method: a generator holding its log would make a reference cycle,
    and a paused git would then live until the garbage collector runs.
    """
    process = subprocess.Popen(
        command,
        bufsize=0,  # unbuffered: each read returns what git has written so far
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        # Writing to a pipe, git flushes after every commit unless told not to:
        # one system call, and one read here, per commit.
        env={**inspection_environment(), "GIT_FLUSH": "0"},
    )
    stream = process.stdout
    assert stream is not None
    finished = False
    try:
        pending = b""
        while True:
            if silence_limit is not None and not select.select([stream], [], [], silence_limit)[0]:
                return  # waiting on something that never comes: git is killed below
            chunk = stream.read(_READ_SIZE)
            if not chunk:
                break
            complete, found, pending = (pending + chunk).rpartition(separator)
            if found:
                yield complete
        finished = True
        yield pending
    finally:
        if not finished and process.poll() is None:
            process.kill()  # a reader stopped early: git need not finish its walk
        stream.close()
        process.wait()


def _stream_entries(command: Sequence[str], skip: int = 0) -> Generator[list[LogEntry]]:
    """Batches of entries as git writes them, ``skip`` first ones left out."""
    parser = _EntryParser()
    # The log reads the work tree's .mailmap before its first line: a named pipe there
    # would keep it waiting for ever. Its output is dense: a long silence is that wait.
    with closing(_git_blocks(command, b"\n", silence_limit=GIT_TIME_LIMIT)) as blocks:
        for block in blocks:
            batch = parser.parse(block)
            if skip:
                batch, skip = batch[skip:], max(0, skip - len(batch))
            yield batch


class _EntryParser:
    """Turns lines of ``_ENTRY_FORMAT`` into entries, sharing repeated names and addresses.

    A whole chunk is parsed column by column (every address, then every name…): far
    fewer Python operations per commit than one line at a time.
    """

    def __init__(self) -> None:
        self._emails: dict[str, str] = {}
        self._names: dict[str, str] = {}

    def parse(self, data: bytes) -> list[LogEntry]:
        text = data.decode("utf-8", "surrogateescape")
        fields = text.replace("\n", "\0").split("\0")
        try:
            if len(fields) % _ENTRY_FIELDS:
                raise ValueError("not every line has every field")
            return self._columns(fields)
        except ValueError:  # a line git wrote in no known shape: read the lines one by one
            return [entry for line in text.split("\n") if (entry := self._line(line))]

    def _columns(self, fields: list[str]) -> list[LogEntry]:
        emails, names = self._emails, self._names
        addresses = [emails.get(e) or emails.setdefault(e, e.lower()) for e in fields[0::4]]
        people = [names.setdefault(n, n) for n in fields[1::4]]
        dates = list(map(int, fields[2::4]))
        if dates and (min(dates) < EARLIEST_TIME or max(dates) > LATEST_TIME):
            dates = [min(max(date, EARLIEST_TIME), LATEST_TIME) for date in dates]
        merges = [" " in parents for parents in fields[3::4]]
        make = tuple.__new__  # LogEntry(...) would run a Python-level __new__ per commit
        return [make(LogEntry, row) for row in zip(addresses, people, dates, merges, strict=True)]

    def _line(self, line: str) -> LogEntry | None:
        fields = line.split("\0")
        # A date git could not read is empty (the commit counts, at 1970-01-01); any
        # other field that is not a number is a line in no known shape.
        if len(fields) != _ENTRY_FIELDS or not (fields[2] or "0").lstrip("-").isdigit():
            return None
        email, name, committed, parents = fields
        address = self._emails.get(email) or self._emails.setdefault(email, email.lower())
        return LogEntry(address, self._names.setdefault(name, name), _seconds(committed),
                        " " in parents)


# git's own --since stops at the first commit older than the limit; a few commits with
# a skewed clock should not cut the window short, so more than that must be seen.
OLDER_COMMITS_BEFORE_STOP = 64


class History:
    """The Git history, streamed: nothing is read until a rule iterates it."""

    def __init__(self, repository: Repository) -> None:
        # Only what the history needs, not the repository itself: the repository keeps
        # its history, and a cycle would keep a paused ``git log`` alive until the
        # garbage collector runs.
        self._root = repository.root
        self._head = repository.commit

    @property
    def available(self) -> bool:
        return self._head is not None

    @cached_property
    def is_shallow(self) -> bool:
        out = run_git(self._root, "rev-parse", "--is-shallow-repository", check=False)
        return (out or "").strip() == "true"

    @cached_property
    def _pathspec(self) -> tuple[str, ...]:
        """Limits the log to the inspected folder when it is below the work tree's top.

        At the top, no path is given: a path would make git drop the commits that change
        nothing (empty commits, some merges) from the history.
        """
        prefix = run_git(self._root, "rev-parse", "--show-prefix", check=False)
        return ("--", ".") if (prefix or "").strip() else ()

    # ----- the shared log ----------------------------------------------------------

    @cached_property
    def log(self) -> SharedLog:
        """Every commit reachable from HEAD, newest first, as light entries.

        One ``git log`` serves every rule of the run: each iterates as far as it
        needs, and what one rule has read, the next gets from memory.
        """
        if not self.available:
            return SharedLog(None)
        return SharedLog(inspection_command(
            self._root, "log", "--encoding=UTF-8", f"--format={_ENTRY_FORMAT}", *self._pathspec,
        ))

    @property
    def newest(self) -> LogEntry | None:
        """The commit HEAD points to (or, in a subfolder, the last one that changed it)."""
        return next(iter(self.log), None)

    def since(self, moment: int) -> Iterator[LogEntry]:
        """Entries committed at ``moment`` (Unix time) or later, newest first.

        Reading stops once a run of older commits shows the walk has left the period,
        so a window over the last year of a long history reads only that year.
        """
        older_in_a_row = 0
        for entry in self.log:
            if entry.committed >= moment:
                older_in_a_row = 0
                yield entry
            else:
                older_in_a_row += 1
                if older_in_a_row >= OLDER_COMMITS_BEFORE_STOP:
                    return

    def covers(self, moment: int) -> bool:
        """True when everything since ``moment`` is in the history that was read.

        A shallow clone's history ends at its boundary: the period is covered only if
        the log went past it (it reached a commit older than ``moment``).
        """
        if not self.available:
            return False
        if not self.is_shallow:
            return True
        return any(entry.committed < moment for entry in self.log)

    def close(self) -> None:
        """Ends a ``git log`` left paused by readers that stopped early."""
        if "log" in self.__dict__:
            self.log.close()

    # ----- full commits and tags -----------------------------------------------------

    def commits(self, *args: str) -> Iterator[Commit]:
        """Commits reachable from HEAD, newest first, read as git writes them.

        ``args`` go to ``git log`` (for example ``--since=1.year``, ``--no-merges``).
        Stopping the iteration early stops git.
        """
        if not self.available:
            return
        command = inspection_command(
            self._root, "log", f"--format={_LOG_FORMAT}", *args, *self._pathspec
        )
        with closing(_git_blocks(command, b"\x1e")) as blocks:
            for block in blocks:
                for record in block.split(b"\x1e"):
                    commit = self._parse(record)
                    if commit is not None:
                        yield commit

    def last_changes(self, paths: Iterable[str]) -> dict[str, int]:
        """When each path was last changed (commit time, seconds), from one ``git log``.

        The log is read newest first and stopped once every path has a date. Paths that
        no commit touches (not committed yet) get none.
        """
        wanted = set(paths)
        dates: dict[str, int] = {}
        if not wanted or not self.available:
            return dates
        command = inspection_command(
            self._root, "--literal-pathspecs", "log", "-z",
            "--format=%x01%ct", "--name-only", "--relative", "--", *sorted(wanted),
        )
        current = 0  # the commit time in force: each commit's files follow its time
        with closing(_git_blocks(command, b"\0")) as blocks:
            for block in blocks:
                for token in block.split(b"\0"):
                    text = token.decode("utf-8", "surrogateescape").lstrip("\n")
                    if text.startswith("\x01"):
                        current = _seconds(text[1:])
                    elif text in wanted and text not in dates:
                        dates[text] = current
                if len(dates) == len(wanted):
                    break  # the rest of the history cannot change the answer
        return dates

    @staticmethod
    def _parse(record: bytes) -> Commit | None:
        fields = record.decode("utf-8", "replace").lstrip("\n").split("\0")
        if len(fields) < 7:
            return None
        sha, name, email, authored, committed, parents, trailers = fields[:7]
        return Commit(
            sha=sha,
            author_name=name,
            author_email=email.lower(),
            authored=_timestamp(authored),
            committed=_timestamp(committed),
            parents=len(parents.split()),
            signed_off_by=tuple(t.strip() for t in trailers.split("\x01") if t.strip()),
        )

    def tags(self) -> list[Tag]:
        """Tags, newest first (by the tag's date, or its commit's for a light tag)."""
        return list(self._tags)

    @cached_property
    def _tags(self) -> tuple[Tag, ...]:
        out = run_git(
            self._root, "for-each-ref", "--sort=-creatordate",
            "--format=%(refname:short)%00%(creatordate:unix)", "refs/tags", check=False,
        )
        tags = []
        for line in (out or "").splitlines():
            name, _sep, stamp = line.partition("\0")
            tags.append(Tag(name, _timestamp(stamp) if stamp.strip() else None))
        return tuple(tags)

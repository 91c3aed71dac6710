"""Checking a repository given by its URL: a clone in a temporary folder, always removed.

``commons-lint check https://forge/owner/repo`` clones the repository (the last commit
only, unless the full history is asked for), checks the clone, then deletes it, also
when the clone fails, the check fails, or the user presses Ctrl-C.

A URL comes from the user but ends up on git's command line, and git can run programs
for some URLs (``ext::sh -c …``, an ssh "host" that is really ``-oProxyCommand=…``).
Only plain transports are let through: https, http, ssh, git, file and the scp-like
``user@host:path``; git is also told to allow no other.

A clone has a total time limit (:data:`DEFAULT_TIMEOUT`, ``--timeout``): git runs in a
process group of its own, ended as a whole (its ``git-remote-http`` helpers included)
when the limit passes, on Ctrl-C, on SIGTERM and on any error.
"""

from __future__ import annotations

import os
import re
import selectors
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import urlsplit

from .errors import UserError
from .i18n import _
from .repository import git_environment, redact

ALLOWED_SCHEMES = ("https", "http", "ssh", "git", "file")
# What git may use, whatever the user's configuration says (the same list as above).
ALLOWED_PROTOCOLS = ":".join(ALLOWED_SCHEMES)

_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://")
# git's "<transport>::<address>" form, which runs a remote helper (ext:: runs a command).
_TRANSPORT = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*::")
# scp-like syntax: a colon before any slash, as git reads it ("git@forge.org:owner/repo").
_SCP_LIKE = re.compile(r"^(?:(?P<user>[^@/:\s]+)@)?(?P<host>\[[^\]/]+\]|[^@/:\s\[]+):(?P<path>.*)$")
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
# A full commit id (SHA-1 or SHA-256): fetched by itself, as a branch or tag could not be.
_FULL_COMMIT = re.compile(r"^(?:[0-9a-f]{40}|[0-9a-f]{64})$", re.I)
_SHORT_COMMIT = re.compile(r"^[0-9a-f]{4,39}$", re.I)

# Settings for every git command of a clone: no hook, no file-system monitor, no
# submodule, no program named by a transport that is not allowed.
CLONE_CONFIG = (
    "-c", "core.hooksPath=/dev/null",
    "-c", "core.fsmonitor=false",
    "-c", "protocol.ext.allow=never",
    "-c", "submodule.recurse=false",
    "-c", "advice.detachedHead=false",
    "-c", "init.defaultBranch=main",
)
# Seconds a whole clone may take, every git command of it together (``--timeout``).
DEFAULT_TIMEOUT = 300.0
# Enough of git's messages to explain a failure; progress lines are dropped from it.
_ERROR_TAIL_BYTES = 16384


class CloneError(UserError):
    """The repository could not be cloned: unreachable, unknown ref, refused URL."""


def looks_remote(target: str) -> bool:
    """True when ``target`` is to be cloned rather than read from the disk.

    An existing path always wins (a folder may be named ``host:x``). Anything that looks
    like a URL or an option counts as remote, so that :func:`check_url` refuses it
    clearly rather than as a missing folder.
    """
    if os.path.lexists(target):
        return False
    if target.startswith("-") or _TRANSPORT.match(target) or _SCHEME.match(target):
        return True
    return bool(_SCP_LIKE.match(target)) and not _WINDOWS_DRIVE.match(target)


def check_url(url: str) -> None:
    """Raise :class:`CloneError` unless ``url`` uses a transport that runs no program."""
    shown = redact(url)
    if url.startswith("-"):
        raise CloneError(
            _("{url}: looks like an option, not a repository URL").format(url=shown)
        )
    if _TRANSPORT.match(url):
        raise CloneError(
            _("{url}: git transports written as “name::address” are not allowed; give an "
              "https, http, ssh, git or file URL").format(url=shown)
        )
    scheme = _SCHEME.match(url)
    if scheme:
        if scheme["scheme"].lower() not in ALLOWED_SCHEMES:
            raise CloneError(
                _("{url}: the {scheme} scheme is not allowed; give an https, http, ssh, git "
                  "or file URL").format(url=shown, scheme=scheme["scheme"])
            )
        try:
            parts = urlsplit(url)
        except ValueError as error:  # an unclosed "[", a netloc that NFKC turns into "/"
            raise CloneError(_("{url}: not a valid URL").format(url=shown)) from error
        if (parts.hostname or "").startswith("-") or (parts.username or "").startswith("-"):
            raise CloneError(
                _("{url}: a host or user name cannot start with “-”").format(url=shown)
            )
        return
    scp = _SCP_LIKE.match(url)
    if scp is None:
        raise CloneError(_("{url}: not a repository URL").format(url=shown))
    if scp["host"].startswith("-") or (scp["user"] or "").startswith("-"):
        raise CloneError(_("{url}: a host or user name cannot start with “-”").format(url=shown))


@dataclass(frozen=True)
class Clone:
    """A checked-out clone: where it is and what it holds."""

    root: Path
    url: str  # without credentials: safe to print and to put in a report
    ref: str | None
    shallow: bool


def _environment() -> dict[str, str]:
    environment = git_environment()
    environment.update(
        GIT_ALLOW_PROTOCOL=ALLOWED_PROTOCOLS,
        GIT_LFS_SKIP_SMUDGE="1",  # large files stay pointers: rules read text
    )
    return environment


def _problem(output: bytes) -> str:
    """The line of git's output that says what went wrong."""
    lines = [
        line.strip()
        for line in re.split(r"[\r\n]+", output.decode("utf-8", "replace"))
        if line.strip()
    ]
    for prefix in ("fatal:", "error:"):
        for line in lines:
            if line.lower().startswith(prefix):
                return redact(line[len(prefix):].strip())
    return redact(lines[-1]) if lines else _("git failed")


class _Deadline:
    """The moment a clone must be over, shared by all its git commands."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return self.end - time.monotonic()

    def expired(self) -> CloneError:
        return CloneError(
            _("did not finish within {seconds:g} s (allow more time with --timeout "
              "SECONDS)").format(seconds=self.seconds)
        )


def _end_group(process: subprocess.Popen[bytes]) -> None:
    """Kill git's whole process group, then reap git.

    git is not reaped before the group is killed: a process that has exited but is not
    yet reaped keeps its id, so the group id cannot have been given to another process.
    """
    with suppress(ProcessLookupError, PermissionError):  # the group is already empty
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _exited(process: subprocess.Popen[bytes]) -> bool:
    """True once git has exited, without reaping it (see :func:`_end_group`)."""
    if not hasattr(os, "waitid"):
        return process.poll() is not None
    return os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None


def _git(*args: str, deadline: _Deadline, progress: bool = False) -> None:
    """Run git in a process group of its own; its messages reach the terminal only with
    ``progress``.

    However the command ends (its exit, the deadline, an interruption, an error), the
    whole group is killed before this returns, so that no helper of git outlives it and
    the folder it writes to can be removed.
    """
    if deadline.left() <= 0:
        raise deadline.expired()
    process = subprocess.Popen(
        ["git", *CLONE_CONFIG, *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=_environment(),
        start_new_session=True,  # Ctrl-C on the terminal reaches us, not git: we end it
    )
    stream = process.stderr
    assert stream is not None
    tail = b""
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(stream, selectors.EVENT_READ)
            while True:
                left = deadline.left()
                if left <= 0 or not selector.select(left):
                    raise deadline.expired()
                chunk = os.read(stream.fileno(), 4096)
                if not chunk:
                    break
                if progress:
                    sys.stderr.write(chunk.decode("utf-8", "replace"))
                    sys.stderr.flush()
                tail = (tail + chunk)[-_ERROR_TAIL_BYTES:]
        while not _exited(process):  # stderr is closed; git itself ends in a moment
            if deadline.left() <= 0:
                raise deadline.expired()
            time.sleep(0.01)
    finally:
        _end_group(process)
        stream.close()
    if process.returncode != 0:
        raise CloneError(_problem(tail))


def _clone(
    url: str, destination: Path, ref: str | None, history: bool, progress: bool,
    deadline: _Deadline,
) -> None:
    verbosity = "--progress" if progress else "--quiet"
    common = (verbosity, "--no-recurse-submodules")
    if ref is not None and _FULL_COMMIT.match(ref) and not history:
        # Only a commit's own id can fetch it alone: servers allow it over protocol v2.
        _git("init", "--quiet", str(destination), deadline=deadline)
        place = ("-C", str(destination))
        _git(*place, "remote", "add", "origin", "--", url, deadline=deadline)
        _git(*place, "fetch", verbosity, "--depth", "1", "--no-tags", "origin", ref,
             progress=progress, deadline=deadline)
        _git(*place, "checkout", "--quiet", "--detach", "FETCH_HEAD", deadline=deadline)
        return
    depth = () if history else ("--depth", "1")
    if ref is None:
        _git("clone", *common, *depth, "--", url, str(destination), progress=progress,
             deadline=deadline)
        return
    if history and (_FULL_COMMIT.match(ref) or _SHORT_COMMIT.match(ref)):
        _git("clone", *common, "--no-checkout", "--", url, str(destination),
             progress=progress, deadline=deadline)
        _git("-C", str(destination), "checkout", "--quiet", "--detach", ref, deadline=deadline)
        return
    try:
        _git("clone", *common, *depth, "--branch", ref, "--", url, str(destination),
             progress=progress, deadline=deadline)
    except CloneError as error:
        if _SHORT_COMMIT.match(ref):
            raise CloneError(
                _("{problem} (to check out a commit, give its full id, or add --history to "
                  "use a short one)").format(problem=error)
            ) from error
        raise


def _remove(folder: Path) -> None:
    """Delete the folder, read-only files included (git writes its objects read-only)."""

    def make_writable(function: Callable[..., Any], path: str, _error: Any) -> None:
        os.chmod(path, stat.S_IWRITE | stat.S_IREAD | stat.S_IEXEC)
        function(path)

    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=make_writable)
    else:
        shutil.rmtree(folder, onerror=make_writable)


# Signals that end the run like Ctrl-C while a clone exists. SIGHUP too: git runs in a
# session of its own, so a closed terminal no longer reaches it, only us.
_ENDING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """SIGTERM and SIGHUP unwind like Ctrl-C while the clone exists, so that git's
    processes are ended and the clone removed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    previous = {signum: signal.signal(signum, stop) for signum in _ENDING_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def cloned(
    url: str,
    *,
    ref: str | None = None,
    history: bool = False,
    progress: bool = False,
    timeout: float = DEFAULT_TIMEOUT,
) -> Iterator[Clone]:
    """A clone of ``url`` in a temporary folder, removed when the block ends however it ends.

    ``ref`` names a branch, a tag or a commit; ``history`` clones every commit and tag
    (history rules need them), otherwise only the last commit is fetched. ``progress``
    lets git draw its progress on stderr. The clone is given up after ``timeout``
    seconds.
    """
    check_url(url)
    if ref is not None and (not ref.strip() or ref.startswith("-")):
        raise CloneError(_("--ref {ref!r}: not a branch, tag or commit").format(ref=ref))
    with _terminate_as_exit():
        folder = Path(tempfile.mkdtemp(prefix="commons-lint-"))
        try:
            destination = folder / "repository"
            try:
                _clone(url, destination, ref, history, progress, _Deadline(timeout))
            except CloneError as error:
                raise CloneError(
                    _("cannot clone {url}: {problem}").format(url=redact(url), problem=error)
                ) from error
            except FileNotFoundError as error:
                raise CloneError(_("git is not installed or not on the PATH")) from error
            yield Clone(destination, redact(url), ref, shallow=not history)
        finally:
            _remove(folder)

"""Reads of the inspected tree (issue 8, items 5 and 18).

A file or folder swapped for a link to somewhere else while the check runs is never read
through; a named pipe or a device swapped in never blocks; a UTF-16 document saved
without a byte order mark is read as text, while real binary files stay binary.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from commons_lint_rules._reuse_lint import _open_tracked, _RealDirectories, _Unreadable
from gitrepo import GitRepo
from hostile import assert_clean_end, run_guarded, tree_digest
from test_contributing import GUIDE_EN, GUIDE_FR

from commons_lint.report import Status
from commons_lint.repository import Repository, is_binary, utf16_without_bom

SECRET = "secret-7f3c-never-shown"
# A policy with a private channel: if it were ever read through the link, the
# security-policy rule would pass where the project's own policy fails.
SECRET_POLICY = f"# Security\n\nWrite privately to {SECRET}@outside.example.\n"
OWN_TEXT = "# Security\n\nWe care about security.\n"  # no private channel: a failure


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    path = outside / "policy.md"
    path.write_text(SECRET_POLICY, encoding="utf-8")
    return path


# The swapper runs in a process of its own, on the other core: a thread would only swap
# when the reader lets go of the interpreter lock, between two reads, never during one.
SWAPPER = """
import os, stat, sys
mode, name, target = sys.argv[1:4]
spare, other = name + ".spare", name + ".other"


def special(path):
    if mode == "link":
        os.symlink(target, path)
    elif mode == "fifo":
        os.mkfifo(path)
    else:
        os.mknod(path, 0o644 | stat.S_IFCHR, os.makedev(1, 5))  # as /dev/zero


if mode == "folder":
    os.write(1, b"ready\\n")
    while True:
        os.rename(name, spare)
        os.symlink(target, name)
        os.unlink(name)
        os.rename(spare, name)
own = open(name, "rb").read()


def regular(path):
    with open(path, "wb") as handle:
        handle.write(own)


special(spare)
os.write(1, b"ready\\n")
# Each state lasts while the next spare is made, ready for the swap after it.
while True:
    os.replace(spare, name)
    regular(other)
    os.replace(other, name)
    special(spare)
"""


@contextmanager
def swapping(mode: str, path: Path, target: Path | str = "") -> Iterator[None]:
    """While the block runs, another process swaps ``path`` again and again: for a file,
    with a link to ``target`` (mode ``link``), a named pipe (``fifo``) or a device
    (``device``), each time by an atomic rename; a folder (``folder``) is replaced by a
    link to ``target`` and back."""
    process = subprocess.Popen(
        [sys.executable, "-c", SWAPPER, mode, str(path), str(target)],
        stdout=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None and process.stdout.readline() == b"ready\n"
        yield
    finally:
        process.kill()
        process.wait()
        spare = Path(f"{path}.spare")
        if mode == "folder":
            if spare.is_dir():  # stopped between two renames: the folder is put back
                if path.is_symlink():
                    path.unlink()
                os.rename(spare, path)
        else:
            for left in (spare, Path(f"{path}.other")):
                if left.is_symlink() or left.exists():
                    left.unlink()


def read_for(seconds: float, read: Callable[[], bytes | None]) -> list[bytes | None]:
    results = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        results.append(read())
    return results


def repository_with(git_repo: GitRepo, files: dict[str, str]) -> Repository:
    git_repo.files(files)
    return Repository(git_repo.path)


@pytest.mark.parametrize("absolute", [False, True], ids=["relative-link", "absolute-link"])
def test_a_file_swapped_for_a_link_out_is_never_read(git_repo, secret, absolute):
    repo = repository_with(git_repo, {"SECURITY.md": OWN_TEXT})
    target = str(secret) if absolute else os.path.relpath(secret, git_repo.path)
    with swapping("link", git_repo.path / "SECURITY.md", target):
        heads = read_for(1.0, lambda: repo.head("SECURITY.md", 4096))
        texts = [Repository(git_repo.path).read("SECURITY.md") for _ in range(10)]
    assert not any(SECRET.encode() in head for head in heads if head), "a link was followed"
    assert not any(SECRET in (read.text or "") for read in texts)
    # Both sides of the swap were met: the race was run.
    assert OWN_TEXT.encode() in heads and None in heads


def test_a_chain_of_links_that_ends_out_of_the_repository(git_repo, secret):
    """The swapped-in link points to a link inside the repository, which leads out."""
    os.symlink(secret, git_repo.path / "elsewhere.md")
    repo = repository_with(git_repo, {"SECURITY.md": OWN_TEXT})
    assert repo.read("elsewhere.md").problem == "symbolic link out of the repository"
    with swapping("link", git_repo.path / "SECURITY.md", "elsewhere.md"):
        heads = read_for(0.4, lambda: repo.head("SECURITY.md", 4096))
    assert not any(SECRET.encode() in head for head in heads if head)
    assert OWN_TEXT.encode() in heads and None in heads


def test_a_folder_swapped_for_a_link_out_is_never_read(git_repo, secret):
    repo = repository_with(git_repo, {"docs/policy.md": OWN_TEXT})
    with swapping("folder", git_repo.path / "docs", secret.parent):
        heads = read_for(0.4, lambda: repo.head("docs/policy.md", 4096))
    assert not any(SECRET.encode() in head for head in heads if head)
    assert OWN_TEXT.encode() in heads and None in heads


def test_links_inside_the_repository_are_still_followed(git_repo):
    git_repo.write("docs/real/SECURITY.md", OWN_TEXT)
    os.symlink("real", git_repo.path / "docs" / "current")
    os.symlink("docs/current/../real/SECURITY.md", git_repo.path / "SECURITY.md")
    os.symlink(git_repo.path / "docs" / "real" / "SECURITY.md", git_repo.path / "ABSOLUTE.md")
    os.symlink("../../SECURITY.md", git_repo.path / "docs" / "real" / "UP.md")
    git_repo.commit()
    repo = Repository(git_repo.path)
    for path in ("SECURITY.md", "ABSOLUTE.md", "docs/real/UP.md"):
        assert repo.read(path).text == OWN_TEXT, path


def test_links_that_climb_out_or_loop_are_refused(git_repo, tmp_path):
    git_repo.write("docs/guide.md", OWN_TEXT)
    os.symlink("../../outside", git_repo.path / "docs" / "out.md")
    os.symlink("docs/../../outside", git_repo.path / "OUT.md")
    os.symlink("LOOP.md", git_repo.path / "LOOP.md")
    git_repo.commit()
    repo = Repository(git_repo.path)
    assert repo.read("docs/out.md").problem == "symbolic link out of the repository"
    assert repo.read("OUT.md").problem == "symbolic link out of the repository"
    assert repo.read("LOOP.md").problem == "broken symbolic link"


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_pipe_or_device_swapped_in_does_not_block(git_repo, kind):
    repo = repository_with(git_repo, {"README.md": OWN_TEXT})
    if kind == "device":
        try:
            os.mknod(git_repo.path / "probe", 0o644 | stat.S_IFCHR, os.makedev(1, 5))
        except OSError:
            pytest.skip("creating a device file needs CAP_MKNOD")
        os.unlink(git_repo.path / "probe")
    results: list[bytes | None] = []
    with swapping(kind, git_repo.path / "README.md"):
        # A read that blocked would keep this thread: it is given a time limit.
        reader = threading.Thread(
            target=lambda: results.extend(read_for(0.4, lambda: repo.head("README.md", 1 << 20))),
            daemon=True,
        )
        reader.start()
        reader.join(timeout=30)
    assert not reader.is_alive(), "a read blocked on what was swapped in"
    assert OWN_TEXT.encode() in results and None in results
    assert {result for result in results if result is not None} == {OWN_TEXT.encode()}


@pytest.mark.slow  # the same race as above, through the console script: seldom met
def test_the_console_script_never_reads_through_a_swapped_link(git_repo, secret):
    git_repo.files({"README.md": "# Project\n", "SECURITY.md": OWN_TEXT})
    target = os.path.relpath(secret, git_repo.path)
    with swapping("link", git_repo.path / "SECURITY.md", target):
        runs = [
            run_guarded("check", git_repo.path, "--select", "security-policy", "--format", "json")
            for _ in range(3)
        ]
    for run in runs:
        assert_clean_end(run, 0, 1)
        assert SECRET.lower() not in run.stdout.lower() + run.stderr.lower()
        (result,) = json.loads(run.stdout)["results"]
        assert result["status"] == "failed", result  # the secret policy would pass


def test_the_reuse_scan_never_goes_through_a_folder_swapped_after_its_check(
    git_repo, tmp_path
):
    """The scan checks a folder once: swapped for a link afterwards, it is not entered."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "app.py").write_text(f"# {SECRET}\n", encoding="utf-8")
    git_repo.files({"src/app.py": "# SPDX-License-Identifier: MIT\n"})
    with _RealDirectories(git_repo.path) as directories:
        assert directories.inside("src")
        os.rename(git_repo.path / "src", git_repo.path / "src.kept")
        os.symlink(outside, git_repo.path / "src")
        opened = _open_tracked(directories, "src/app.py")
    assert opened is not None and opened.data is not None
    assert SECRET.encode() not in opened.data


def test_the_reuse_scan_never_reads_through_a_folder_swapped_for_a_link(git_repo, secret):
    git_repo.files({"docs/a.md": OWN_TEXT, "docs/policy.md": OWN_TEXT})
    data: list[bytes | None] = []

    def scan() -> bytes | None:
        with _RealDirectories(git_repo.path) as directories:
            try:
                opened = _open_tracked(directories, "docs/policy.md")
            except _Unreadable:  # gone for an instant while it is swapped: not a leak
                return None
            return None if opened is None else opened.data

    with swapping("folder", git_repo.path / "docs", secret.parent):
        data = read_for(0.4, scan)
    assert not any(SECRET.encode() in chunk for chunk in data if chunk)
    assert OWN_TEXT.encode() in data and None in data


# ----- UTF-16 without a byte order mark ------------------------------------------------

SECURITY_EN = """\
# Security policy

Only the latest release receives security fixes.

## Reporting a vulnerability

Please write privately to security@cartofaune.org, not in a public issue.
We answer within five working days.
"""

SECURITY_FR = """\
Politique de sécurité
=====================

Seule la dernière version reçoit des correctifs de sécurité.

Signaler une vulnérabilité
--------------------------

Écrivez à securite@cartofaune.fr sans ouvrir de ticket public. Nous répondons sous cinq
jours ouvrés, et publions un avis une fois la correction diffusée.
"""

# The contribution guide of the rule's own tests, saved as UTF-16 here.
CONTRIBUTING_EN = GUIDE_EN

CONTRIBUTING_FR = GUIDE_FR

WIDE = ["utf-16-le", "utf-16-be"]


@pytest.mark.parametrize("codec", WIDE)
@pytest.mark.parametrize(
    "path, text, rule",
    [
        ("SECURITY.md", SECURITY_EN, "security-policy"),
        ("SECURITY.fr.md", SECURITY_FR, "security-policy"),
        ("CONTRIBUTING.md", CONTRIBUTING_EN, "contributing-guide"),
        ("CONTRIBUTING.fr.md", CONTRIBUTING_FR, "contributing-guide"),
    ],
)
def test_utf16_without_bom_is_read_and_checked(git_repo, lint, codec, path, text, rule):
    data = text.replace("\n", "\r\n").encode(codec)  # saved by a Windows editor
    assert not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    git_repo.files({"README.md": "# Cartofaune\n", path: data})
    read = Repository(git_repo.path).read(path)
    assert read.problem is None and read.text == text.replace("\n", "\r\n")
    result = lint(git_repo.path, rule)[rule]
    assert result.status is Status.PASSED, result.findings


@pytest.mark.parametrize("codec", WIDE)
def test_a_large_utf16_file_is_cut_between_characters(git_repo, codec):
    text = "Sécurité : écrivez-nous.\n" * 50000  # 2.5 MB in UTF-16, cut at 1 MiB
    git_repo.files({"SECURITY.md": text.encode(codec)})
    read = Repository(git_repo.path).read("SECURITY.md")
    assert read.truncated and read.text is not None
    assert read.text.startswith("Sécurité : écrivez-nous.\n") and "\ufffd" not in read.text


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00"
    b"\x00\x1f\xf3\xffa\x00\x00\x00\x04gAMA\x00\x00\xb1\x8f\x0b\xfca\x05\x00\x00\x00\tpHYs"
)


@pytest.mark.parametrize(
    "data",
    [
        PNG * 20,
        b"text with a few\x00 sparse NULs\x00 in the middle of words\x00\n" * 40,
        b"".join(n.to_bytes(2, "little") for n in range(1, 2000)),  # 16-bit numbers
        b"".join((n % 31).to_bytes(2, "big") for n in range(4000)),  # control characters
        bytes(4096),  # all zeros
        "odd length".encode("utf-16-le") + b"x",
    ],
    ids=["png", "sparse-nuls", "le-numbers", "be-small-numbers", "zeros", "odd-length"],
)
def test_binary_files_stay_binary(git_repo, data):
    assert utf16_without_bom(data) is None
    assert is_binary(data)
    git_repo.files({"data.bin": data})
    assert Repository(git_repo.path).read("data.bin").problem == "binary"


def test_reads_leave_the_tree_as_it_was(git_repo, secret):
    git_repo.files({
        "SECURITY.md": SECURITY_FR.encode("utf-16-le"),
        "README.md": "# Projet\n",
    })
    os.symlink(secret, git_repo.path / "LINK.md")
    before = tree_digest(git_repo.path)
    run = run_guarded("check", git_repo.path, "--select", "security-policy,readme", "--format",
                      "json")
    assert_clean_end(run, 0, 1)
    assert tree_digest(git_repo.path) == before
    statuses = {r["rule"]: r["status"] for r in json.loads(run.stdout)["results"]}
    assert statuses["security-policy"] == "passed"
    assert SECRET.lower() not in run.stdout.lower()

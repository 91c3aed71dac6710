"""The repository model on real repositories: its index, bounded reads, links, history."""

from __future__ import annotations

import codecs
import itertools
import json
import os
import shutil
import subprocess
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fresh_process import commons_lint_process
from gitrepo import git, init_repository

from commons_lint.errors import UserError
from commons_lint.repository import MAX_READ_BYTES, Repository

MARKER = "SECRET-OUTSIDE-THE-REPOSITORY"


@pytest.fixture
def outside_file(tmp_path: Path) -> Path:
    """A file beside the repository that no read may return."""
    target = tmp_path / "outside" / "secret.md"
    target.parent.mkdir()
    target.write_text(f"# {MARKER}\n", encoding="utf-8")
    return target


# ----- the index ----------------------------------------------------------------------


def test_git_index_lists_tracked_and_staged_files_only(git_repo):
    git_repo.files({"README.md": "x", "docs/guide.md": "y"})
    git_repo.write("staged.md", "staged, never committed")
    git_repo.git("add", "staged.md")
    git_repo.write("untracked.md", "not added")
    git_repo.write(".gitignore", "build/\n")
    git_repo.write("build/out.txt", "ignored")
    repo = Repository(git_repo.path)
    assert repo.is_git
    assert set(repo.files) == {"README.md", "docs/guide.md", "staged.md"}
    assert repo.text("staged.md") == "staged, never committed"
    assert repo.read("untracked.md").problem == "not in the repository"


def test_a_file_deleted_from_the_working_tree(git_repo):
    git_repo.files({"README.md": "x", "gone.md": "y"})
    (git_repo.path / "gone.md").unlink()
    repo = Repository(git_repo.path)
    assert repo.exists("gone.md")
    assert repo.read("gone.md").problem == "missing from the working tree"


def test_an_empty_repository(git_repo):
    repo = Repository(git_repo.path)
    assert repo.is_git and repo.files == ()
    assert repo.commit is None and repo.branch == "main"
    assert repo.history.available is False
    assert list(repo.history.commits()) == [] and repo.history.tags() == []
    assert repo.anchor == "README.md"


def test_a_plain_directory_skips_tool_folders(plain_dir):
    for path in ("README.md", "src/app.py", "node_modules/lib/README.md", ".venv/bin/python",
                 "src/__pycache__/app.pyc", ".git/config", "deep/node_modules/x.js"):
        plain_dir.write(path, "x")
    repo = Repository(plain_dir.path)
    assert not repo.is_git
    assert repo.files == ("README.md", "src/app.py")
    assert repo.commit is None and repo.branch is None and repo.remote_url is None
    assert repo.history.available is False
    assert list(repo.history.commits()) == []


def test_a_subdirectory_of_a_repository(git_repo):
    git_repo.files({"README.md": "top", "packages/web/README.md": "web", "packages/web/a.js": ""},
                   message="Add web")
    git_repo.files({"packages/api/README.md": "api"}, message="Add api")
    git_repo.files({"README.md": "top again"}, message="Touch top")
    repo = Repository(git_repo.path / "packages" / "web")
    assert repo.is_git
    assert set(repo.files) == {"README.md", "a.js"}
    assert repo.text("README.md") == "web"
    assert [c.sha for c in repo.history.commits()] == [
        git_repo.git("rev-list", "-1", "HEAD", "--", "packages/web").strip()
    ]


def test_names_with_spaces_and_non_ascii_characters(tmp_path):
    names = ["a b.md", "dossier é/fiche ü.md", "名前.txt", 'quote"d.md', "tab\there.md"]
    repository = init_repository(tmp_path / "mon dépôt ü")
    repository.files({name: name for name in names})
    root = repository.path
    repo = Repository(root)
    assert sorted(repo.files) == sorted(names)
    assert all(repo.text(name) == name for name in names)
    assert repo.files_in("dossier é") == ["dossier é/fiche ü.md"]
    walked = tmp_path / "copie sans git é"
    shutil.copytree(root, walked, ignore=shutil.ignore_patterns(".git"))
    assert sorted(Repository(walked).files) == sorted(names)


def test_exclude_patterns(git_repo):
    git_repo.files({"README.md": "", "legacy/a.md": "", "src/legacy/b.md": "", "x.min.js": "",
                    "web/y.min.js": "", "web/y.js": ""})
    repo = Repository(git_repo.path, exclude=["legacy/", "*.min.js"])
    assert set(repo.files) == {"README.md", "src/legacy/b.md", "web/y.js"}
    assert not repo.exists("legacy/a.md")
    assert repo.read("legacy/a.md").problem == "not in the repository"
    assert set(Repository(git_repo.path, exclude=["./web", "*/legacy"]).files) == {
        "README.md", "legacy/a.md", "x.min.js",
    }


def test_lookups(git_repo):
    git_repo.files({"README.md": "", "docs/Contributing.fr.md": "", "docs/guide/intro.rst": "",
                    ".github/CONTRIBUTING": "", "src/contributing.md": "", "readme.txt": ""})
    repo = Repository(git_repo.path)
    assert sorted(repo.files_in("")) == ["README.md", "readme.txt"]
    assert repo.files_in("DOCS/") == ["docs/Contributing.fr.md"]
    assert repo.files_under("docs") == ["docs/Contributing.fr.md", "docs/guide/intro.rst"]
    assert repo.glob("*.RST") == ["docs/guide/intro.rst"]
    found = [(d.path, d.language) for d in repo.find_documents(["contributing"])]
    assert found == [("docs/Contributing.fr.md", "fr"), (".github/CONTRIBUTING", None)]
    assert repo.anchor == "README.md"


def test_a_bare_repository_is_refused(git_repo, tmp_path):
    git_repo.files({"README.md": "x"})
    bare = tmp_path / "bare.git"
    git_repo.git("clone", "-q", "--bare", str(git_repo.path), str(bare))
    with pytest.raises(UserError, match="bare"):
        Repository(bare)


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_a_root_that_is_not_a_directory(tmp_path, kind):
    root = tmp_path / "target"
    if kind == "file":
        root.write_text("x")
    with pytest.raises(UserError, match="no such file" if kind == "missing" else "not a dir"):
        Repository(root)


def test_credentials_never_leave_the_remote_url(git_repo):
    git_repo.files({"README.md": "x"})
    git_repo.git("remote", "add", "origin", "https://user:s3cret@forge.example.org/a/b.git")
    repo = Repository(git_repo.path)
    assert repo.remote_url == "https://forge.example.org/a/b.git"
    assert repo.branch == "main" and repo.commit == git_repo.git("rev-parse", "HEAD").strip()


# ----- reads --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Café crème\n".encode("latin-1"), "Café crème\n"),
        (codecs.BOM_UTF8 + "Café\n".encode(), "Café\n"),
        (codecs.BOM_UTF16_LE + "Café\n".encode("utf-16-le"), "Café\n"),
        (codecs.BOM_UTF16_BE + "Café\n".encode("utf-16-be"), "Café\n"),
        ("Émoji 🎉\n".encode(), "Émoji 🎉\n"),
    ],
    ids=["latin-1", "utf-8-bom", "utf-16-le", "utf-16-be", "utf-8"],
)
def test_encodings_are_decoded(git_repo, data, expected):
    git_repo.files({"NOTES.md": data})
    read = Repository(git_repo.path).read("NOTES.md")
    assert read.text == expected and read.problem is None


def test_binary_files_are_not_text(git_repo):
    git_repo.files({"logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))})
    repo = Repository(git_repo.path)
    assert repo.read("logo.png").problem == "binary"
    assert repo.text("logo.png") == ""


def test_a_huge_file_is_read_only_up_to_the_limit(git_repo):
    git_repo.files({"big.txt": "a" * (MAX_READ_BYTES + 4096), "big-fr.txt": "é" * MAX_READ_BYTES})
    repo = Repository(git_repo.path)
    big = repo.read("big.txt")
    assert big.truncated and big.text is not None and len(big.text) == MAX_READ_BYTES
    # The limit falls inside a two-byte character: still UTF-8, not Latin-1.
    french = repo.read("big-fr.txt")
    assert french.truncated and french.text is not None
    assert set(french.text) == {"é"} and len(french.text) == MAX_READ_BYTES // 2


def test_the_head_of_a_file_is_its_first_bytes_whatever_they_are(git_repo, outside_file):
    git_repo.files({
        "src/app.py": "# SPDX-License-Identifier: MIT\n" + "x = 1\n" * 10_000,
        "logo.png": b"\x89PNG\r\n\x1a\n\x00\x00",
        "empty.txt": "",
    })
    os.symlink(outside_file, git_repo.path / "LICENSE")
    git_repo.commit()
    git_repo.write("untracked.py", "x")
    repo = Repository(git_repo.path)
    assert repo.head("src/app.py", 31) == b"# SPDX-License-Identifier: MIT\n"
    assert repo.head("logo.png", 1024) == b"\x89PNG\r\n\x1a\n\x00\x00"  # bytes: binary too
    assert repo.head("empty.txt", 10) == b""
    assert repo.head("LICENSE", 1024) is None  # never out of the repository
    assert repo.head("untracked.py", 10) is None
    assert repo.head("src", 10) is None


def test_reads_are_cached(git_repo):
    git_repo.files({"README.md": "first"})
    repo = Repository(git_repo.path)
    assert repo.text("README.md") == "first"
    (git_repo.path / "README.md").write_text("second")
    assert repo.read("README.md") is repo.read("README.md")
    assert repo.text("README.md") == "first"


def test_links_inside_the_repository_are_followed(git_repo):
    git_repo.write("docs/README.md", "the real readme")
    os.symlink("docs/README.md", git_repo.path / "README.md")
    git_repo.commit()
    repo = Repository(git_repo.path)
    assert "README.md" in repo.symlinks
    assert repo.text("README.md") == "the real readme"


def test_a_link_out_of_the_repository_is_never_followed(git_repo, outside_file):
    os.symlink(outside_file, git_repo.path / "LICENSE")
    os.symlink(os.path.relpath(outside_file, git_repo.path), git_repo.path / "README.md")
    git_repo.commit()
    repo = Repository(git_repo.path)
    for path in ("LICENSE", "README.md"):
        assert repo.exists(path)
        read = repo.read(path)
        assert read.text is None and read.problem == "symbolic link out of the repository"
        assert MARKER not in repo.text(path)


def test_a_folder_replaced_by_a_link_out_of_the_repository(git_repo, outside_file):
    """The index says docs/secret.md; the working tree's docs/ now leads elsewhere."""
    git_repo.files({"docs/secret.md": "the project's own file"})
    (git_repo.path / "docs" / "secret.md").unlink()
    (git_repo.path / "docs").rmdir()
    os.symlink(outside_file.parent, git_repo.path / "docs")
    repo = Repository(git_repo.path)
    assert repo.exists("docs/secret.md")
    assert MARKER not in repo.text("docs/secret.md")


def test_a_link_out_of_a_plain_directory(plain_dir, outside_file):
    plain_dir.write("README.md", "x")
    os.symlink(outside_file, plain_dir.path / "LICENSE")
    os.symlink(outside_file.parent, plain_dir.path / "docs")
    repo = Repository(plain_dir.path)
    assert set(repo.files) == {"README.md", "LICENSE", "docs"}  # docs/ is not entered
    assert repo.symlinks == {"LICENSE", "docs"}
    assert MARKER not in repo.text("LICENSE")


def test_broken_and_looping_links(git_repo):
    os.symlink("nowhere.md", git_repo.path / "README.md")
    os.symlink("loop-b", git_repo.path / "loop-a")
    os.symlink("loop-a", git_repo.path / "loop-b")
    git_repo.commit()
    repo = Repository(git_repo.path)
    assert repo.read("README.md").problem == "broken symbolic link"
    assert repo.text("loop-a") == ""


def test_a_link_to_a_folder(git_repo):
    git_repo.write("docs/guide.md", "guide")
    os.symlink("docs", git_repo.path / "documentation")
    git_repo.commit()
    repo = Repository(git_repo.path)
    assert "documentation" in repo.files and "documentation" in repo.symlinks
    assert repo.read("documentation").problem == "a directory"
    assert not any(path.startswith("documentation/") for path in repo.files)


def test_a_named_pipe_does_not_block(plain_dir):
    plain_dir.write("README.md", "x")
    os.mkfifo(plain_dir.path / "pipe")
    repo = Repository(plain_dir.path)
    problems: list[str | None] = []
    # Opening a pipe with no writer would wait forever: read in a thread we can give up on.
    reader = threading.Thread(
        target=lambda: problems.append(repo.read("pipe").problem), daemon=True
    )
    reader.start()
    reader.join(timeout=10)
    assert problems == ["not a regular file"], "reading a named pipe blocked"


def test_an_unreadable_file(git_repo):
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root from reading")
    git_repo.files({"README.md": "x", "private.md": "y"})
    (git_repo.path / "private.md").chmod(0)
    try:
        read = Repository(git_repo.path).read("private.md")
        assert read.text is None and read.problem
    finally:
        (git_repo.path / "private.md").chmod(0o644)


def test_a_submodule_is_listed_not_inspected(git_repo, tmp_path):
    library = init_repository(tmp_path / "library")
    library.files({"LICENSE": "library licence"})
    git_repo.files({"README.md": "x"})
    git_repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", str(library.path),
                 "vendor/library")
    git_repo.commit("Add submodule")
    repo = Repository(git_repo.path)
    assert repo.submodules == ("vendor/library",)
    assert not any(path.startswith("vendor/library") for path in repo.files)
    assert ".gitmodules" in repo.files
    completed = commons_lint_process(
        "check", git_repo.path, "--select", "readme", "--format", "json"
    )
    notices = json.loads(completed.stdout)["notices"]
    assert any("submodule" in notice and "vendor/library" in notice for notice in notices)


# ----- history ------------------------------------------------------------------------


def test_commits_carry_authors_dates_sign_offs_and_parents(git_repo):
    git_repo.write("README.md", "1")
    first = git_repo.commit("First", author="alice", date="2021-03-04T05:06:07+00:00")
    git_repo.write("a.md", "a")
    git_repo.commit("Signed", author="bob", date="2022-01-01T00:00:00+01:00", signoff=True)
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.write("b.md", "b")
    git_repo.commit("Feature", author="chloe", date="2022-06-01T12:00:00+00:00")
    git_repo.git("checkout", "-q", "main")
    git_repo.write("c.md", "c")
    git_repo.commit("Main", author="alice", date="2022-07-01T12:00:00+00:00")
    git_repo.git("merge", "-q", "--no-ff", "-m", "Merge feature", "feature",
                 env={"GIT_AUTHOR_DATE": "2022-08-01T00:00:00+00:00",
                      "GIT_COMMITTER_DATE": "2022-08-01T00:00:00+00:00"})
    commits = list(Repository(git_repo.path).history.commits())
    assert [c.parents for c in commits] == [2, 1, 1, 1, 0]
    assert commits[-1].sha == first
    assert commits[-1].author_name == "Alice Martin"
    assert commits[-1].authored == datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC)
    signed = next(c for c in commits if c.author_name == "Bob Leroy")
    assert signed.signed_off_by == ("Bob Leroy <bob@example.org>",)
    assert signed.authored == datetime(2021, 12, 31, 23, 0, tzinfo=UTC)
    assert {c.author_email for c in commits} == {
        "alice@numerique.gouv.fr", "bob@example.org", "chloe.dubois@gmail.com",
        "test@example.org",  # the merge, committed with the repository's identity
    }
    assert [c.sha for c in Repository(git_repo.path).history.commits("--no-merges")] == [
        c.sha for c in commits if c.parents < 2
    ]


def test_commits_that_change_nothing_are_history_too(git_repo):
    git_repo.files({"README.md": "x"})
    git_repo.commit("Empty release commit")
    git_repo.commit("Another empty commit")
    assert len(list(Repository(git_repo.path).history.commits())) == 3


def fast_import_commits(repo: Path, count: int) -> None:
    """``count`` commits in one git process (each adds one line to a file)."""
    stream = []
    for number in range(count):
        content = f"line {number}\n"
        message = f"Commit {number}\n"
        person = f"Person {number % 7} <p{number % 7}@example.org> {1600000000 + number} +0000"
        stream.append(
            f"commit refs/heads/main\nmark :{number + 1}\n"
            f"author {person}\ncommitter {person}\n"
            f"data {len(message)}\n{message}"
            + ("" if number == 0 else f"from :{number}\n")
            + f"M 100644 inline file.txt\ndata {len(content)}\n{content}\n"
        )
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, input="".join(stream).encode(),
                   check=True, capture_output=True)
    git(repo, "reset", "-q", "--hard", "main")


def git_process(reader: Any) -> subprocess.Popen[bytes]:
    """The git process behind a paused reader of the history (a generator, or the
    generator of git's output it reads from)."""
    while "process" not in reader.gi_frame.f_locals:
        reader = reader.gi_frame.f_locals["blocks"]
    process: subprocess.Popen[bytes] = reader.gi_frame.f_locals["process"]
    return process


def test_commits_are_streamed(git_repo):
    fast_import_commits(git_repo.path, 5000)  # far more than one 64 KiB read of git's output
    history = Repository(git_repo.path).history
    expected = git_repo.git("rev-list", "HEAD").split()
    assert [c.sha for c in history.commits()] == expected
    iterator = history.commits()
    first_ten = [next(iterator).sha for _ in range(10)]
    assert first_ten == expected[:10]
    process = git_process(iterator)
    assert process.poll() is None  # git is still writing: commits come as git gives them
    iterator.close()  # stops git; nothing is left running
    assert process.wait(timeout=10) is not None


def test_tags(git_repo):
    git_repo.files({"README.md": "x"})
    git_repo.git("tag", "-a", "v1.0.0", "-m", "v1.0.0",
                 env={"GIT_COMMITTER_DATE": "2020-01-01T00:00:00+00:00"})
    git_repo.files({"a.md": "a"})
    git_repo.git("tag", "-a", "v1.1.0", "-m", "v1.1.0",
                 env={"GIT_COMMITTER_DATE": "2021-01-01T00:00:00+00:00"})
    git_repo.git("tag", "light")
    tags = Repository(git_repo.path).history.tags()
    by_name = {tag.name: tag.date for tag in tags}
    assert set(by_name) == {"v1.0.0", "v1.1.0", "light"}
    assert by_name["v1.0.0"] == datetime(2020, 1, 1, tzinfo=UTC)
    assert by_name["v1.1.0"] == datetime(2021, 1, 1, tzinfo=UTC)
    assert tags[-1].name == "v1.0.0"  # newest first


def test_a_shallow_clone(git_repo, tmp_path):
    git_repo.files({"README.md": "1"})
    git_repo.files({"README.md": "2"})
    git_repo.files({"README.md": "3"})
    clone = tmp_path / "clone"
    git_repo.git("clone", "-q", "--depth", "1", f"file://{git_repo.path}", str(clone))
    shallow = Repository(clone).history
    assert shallow.is_shallow and shallow.available
    assert len(list(shallow.commits())) == 1
    assert Repository(git_repo.path).history.is_shallow is False
    assert len(list(Repository(git_repo.path).history.commits())) == 3


def test_a_file_name_that_is_not_utf8_can_be_read(git_repo):
    with open(os.fsencode(git_repo.path) + b"/caf\xe9.md", "wb") as handle:
        handle.write(b"latin-1 name")
    git_repo.commit()
    repo = Repository(git_repo.path)
    [path] = repo.files
    assert path == os.fsdecode(b"caf\xe9.md")
    assert repo.text(path) == "latin-1 name"


# ----- the shared log of the history rules ------------------------------------------------


def test_the_shared_log_gives_light_entries_newest_first(git_repo):
    git_repo.write("README.md", "1")
    git_repo.commit("First", author="alice", date="2021-03-04T05:06:07+00:00")
    git_repo.git("checkout", "-q", "-b", "feature")
    git_repo.write("b.md", "b")
    git_repo.commit("Feature", author="chloe", date="2022-06-01T12:00:00+00:00")
    git_repo.git("checkout", "-q", "main")
    git_repo.write("c.md", "c")
    git_repo.commit("Main", author="bob", date="2022-07-01T12:00:00+00:00")
    git_repo.git("merge", "-q", "--no-ff", "-m", "Merge feature", "feature",
                 env={"GIT_AUTHOR_DATE": "2022-08-01T00:00:00+00:00",
                      "GIT_COMMITTER_DATE": "2022-08-01T00:00:00+00:00"})
    history = Repository(git_repo.path).history
    entries = list(history.log)
    assert [e.merge for e in entries] == [True, False, False, False]
    assert entries[0].committed == int(datetime(2022, 8, 1, tzinfo=UTC).timestamp())
    assert entries[-1].name == "Alice Martin" and entries[-1].email == "alice@numerique.gouv.fr"
    assert entries[-1].committed == int(datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC).timestamp())
    assert [e.email for e in entries] == [c.author_email for c in history.commits()]
    assert history.newest == entries[0]
    assert history.log.complete


def test_the_shared_log_reads_authors_through_the_mailmap(git_repo):
    git_repo.write("README.md", "1")
    git_repo.commit("One", author="Anne", date="2022-01-01T00:00:00+00:00")  # anne@example.org
    git_repo.files({".mailmap": "Anne Petit <Anne.Petit@Acme-Coop.fr> <anne@example.org>\n"})
    entries = list(Repository(git_repo.path).history.log)
    assert (entries[-1].name, entries[-1].email) == ("Anne Petit", "anne.petit@acme-coop.fr")


def test_every_reader_shares_one_git_log(git_repo):
    fast_import_commits(git_repo.path, 5000)
    log = Repository(git_repo.path).history.log
    first = list(itertools.islice(log, 10))
    read = log.read
    assert 10 <= read < 5000  # the first reader did not make git write everything
    again = list(itertools.islice(log, 10))
    assert again == first and again[0] is first[0]  # from memory
    assert log.read == read
    everything = list(log)
    assert log.complete and len(everything) == 5000
    assert [e.committed for e in everything] == sorted(
        (e.committed for e in everything), reverse=True)


def test_a_window_reads_only_its_period(git_repo):
    fast_import_commits(git_repo.path, 5000)  # one commit a second
    history = Repository(git_repo.path).history
    newest = history.newest
    assert newest is not None
    recent = list(history.since(newest.committed - 99))
    assert len(recent) == 100
    assert history.log.read < 5000
    assert len(list(history.since(0))) == 5000


def test_since_tolerates_a_few_commits_with_a_wrong_clock(git_repo):
    git_repo.write("a.md", "1")
    git_repo.commit("Old", date="2020-01-01T00:00:00+00:00")
    for number in range(3):  # committed with a clock years behind
        git_repo.write("a.md", f"skewed {number}")
        git_repo.commit("Skewed", date="2001-01-01T00:00:00+00:00")
    git_repo.write("a.md", "2")
    git_repo.commit("Recent", date="2024-01-01T00:00:00+00:00")
    history = Repository(git_repo.path).history
    since_2019 = list(history.since(int(datetime(2019, 1, 1, tzinfo=UTC).timestamp())))
    assert len(since_2019) == 2  # the skewed commits are out, the one behind them is in


def test_closing_the_log_stops_git_and_a_later_reader_resumes(git_repo):
    fast_import_commits(git_repo.path, 5000)
    history = Repository(git_repo.path).history
    first = list(itertools.islice(history.log, 5))
    batches = history.log._batches
    process = git_process(batches)
    assert process.poll() is None  # paused on its pipe, waiting for a reader
    history.close()
    assert process.wait(timeout=10) is not None
    entries = list(history.log)  # starts git again, after what was read
    assert entries[:5] == first and len(entries) == 5000
    assert [e.committed for e in entries] == sorted((e.committed for e in entries), reverse=True)


def test_dropping_the_repository_ends_a_paused_git_log(git_repo):
    fast_import_commits(git_repo.path, 5000)
    repo = Repository(git_repo.path)
    assert repo.history.newest is not None
    process = git_process(repo.history.log._batches)
    assert process.poll() is None
    del repo  # no reference cycle: the history goes with it, and git with the history
    assert process.wait(timeout=10) is not None


def test_the_log_of_no_history_is_empty(git_repo, plain_dir):
    for path in (git_repo.path, plain_dir.path):
        history = Repository(path).history
        assert list(history.log) == [] and history.newest is None
        assert list(history.since(0)) == [] and history.covers(0) is False


def test_the_log_of_a_subfolder(git_repo):
    git_repo.files({"packages/web/a.js": "1"}, message="Web")
    git_repo.files({"README.md": "top"}, message="Top")
    entries = list(Repository(git_repo.path / "packages" / "web").history.log)
    assert len(entries) == 1
    assert Repository(git_repo.path / "packages" / "web").history.newest == entries[0]


def test_a_shallow_clone_covers_only_what_it_holds(git_repo, tmp_path):
    for year in (2019, 2020, 2021, 2022):
        git_repo.write("a.md", str(year))
        git_repo.commit(str(year), date=f"{year}-06-01T00:00:00+00:00")
    clone = tmp_path / "clone"
    git_repo.git("clone", "-q", "--depth", "2", f"file://{git_repo.path}", str(clone))
    shallow = Repository(clone).history
    in_2021 = int(datetime(2021, 1, 1, tzinfo=UTC).timestamp())
    in_2020 = int(datetime(2020, 1, 1, tzinfo=UTC).timestamp())
    assert shallow.covers(in_2021) is False  # the clone holds 2021 and 2022: nothing older
    full = Repository(git_repo.path).history
    assert full.covers(in_2020) is True
    deeper = tmp_path / "deeper"
    git_repo.git("clone", "-q", "--depth", "3", f"file://{git_repo.path}", str(deeper))
    assert Repository(deeper).history.covers(in_2021) is True  # it reaches 2020


def test_tags_are_read_once(git_repo):
    git_repo.files({"README.md": "x"})
    git_repo.tag("v1.0.0")
    history = Repository(git_repo.path).history
    assert [t.name for t in history.tags()] == ["v1.0.0"]
    git_repo.tag("v1.1.0")
    assert [t.name for t in history.tags()] == ["v1.0.0"]  # one run sees one state
    history.tags().clear()
    assert len(history.tags()) == 1

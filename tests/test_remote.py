"""Checking a repository by its URL: real bare repositories reached through file:// URLs,
real clones in a temporary folder that must be gone afterwards, whatever happened."""

from __future__ import annotations

import http.server
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fresh_process import terminal_output
from gitrepo import git, init_repository

from commons_lint.remote import CloneError, check_url, looks_remote
from commons_lint.repository import redact

README = """# Cartofaune

Cartofaune maps wildlife sightings for the naturalist associations of a region. It is
meant for the volunteers who record sightings and for the staff who publish the maps.

## Installation

Run `pip install cartofaune`, then `cartofaune serve` to open the map in a browser.
"""


@dataclass
class Remote:
    """A bare repository with a history: main, a branch, tags, commits over two years."""

    path: Path
    first: str  # the oldest commit, tagged v1.0, before the README existed
    middle: str
    head: str  # main
    feature: str  # the tip of the "feature" branch

    @property
    def url(self) -> str:
        return self.path.as_uri()


@pytest.fixture(scope="module")
def remote(tmp_path_factory: pytest.TempPathFactory) -> Remote:
    """Built once: the tests only clone it."""
    folder = tmp_path_factory.mktemp("remote")
    work = init_repository(folder / "work")
    work.files({"main.py": "print('hello')\n"}, "Start")
    work.git("commit", "-q", "--amend", "--no-edit", "--date=2023-03-01T10:00:00")
    first = work.git("rev-parse", "HEAD").strip()
    work.tag("v1.0")
    recent = int(time.time()) - 30 * 86400
    for number, author in enumerate(["alice", "bob", "chloe", "alice", "bob"]):
        work.write("main.py", f"print('hello {number}')\n")
        stamp = f"@{recent + number * 86400} +0000"
        middle = work.commit(f"Change {number}", author=author, date=stamp)  # the last
    head = work.files({"README.md": README}, "Describe the project")
    work.git("checkout", "-q", "-b", "feature")
    feature = work.files({"NOTES.md": "Notes of the feature branch.\n"}, "Notes")
    work.git("checkout", "-q", "main")
    bare = folder / "remote.git"
    git(folder, "init", "-q", "--bare", "-b", "main", str(bare))
    work.git("push", "-q", str(bare), "main", "feature", "--tags")
    return Remote(bare, first, middle, head, feature)


@pytest.fixture
def clones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder where temporary clones are made: empty again after every run."""
    parent = tmp_path / "clones"
    parent.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(parent))
    return parent


def report_of(result) -> dict:
    assert result.code in (0, 1), result.err
    return json.loads(result.out)


def status(report: dict, rule_id: str) -> str:
    return next(r["status"] for r in report["results"] if r["rule"] == rule_id)


def keys(report: dict, rule_id: str) -> set[str]:
    result = next(r for r in report["results"] if r["rule"] == rule_id)
    return {finding["key"] for finding in result["findings"]}


# ----- what a URL check reads and reports ---------------------------------------------


def test_a_url_is_cloned_checked_and_removed(cli, remote, clones):
    result = cli("check", remote.url, "--select", "readme", "--format", "json")
    report = report_of(result)
    assert status(report, "readme") == "passed"
    repository = report["repository"]
    assert repository["path"] == remote.url
    assert repository["remote_url"] == remote.url
    assert repository["commit"] == remote.head
    assert repository["branch"] == "main"
    assert clones.exists() and list(clones.iterdir()) == []


def test_the_text_report_names_the_url_not_the_temporary_folder(cli, remote, clones):
    result = cli("check", remote.url, "--select", "readme")
    assert result.code == 0, result.err
    assert remote.url in result.out
    assert str(clones) not in result.out


def test_a_url_check_gives_a_valid_sarif_log(cli, remote, clones, shared_dir):
    jsonschema = pytest.importorskip("jsonschema")
    result = cli("check", remote.url, "--format", "sarif", "--fail-on", "never")
    assert result.code == 0, result.err
    log = json.loads(result.out)
    schema = json.loads((shared_dir / "schemas" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft7Validator(schema).validate(log)
    run = log["runs"][0]
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == remote.url.rstrip("/") + "/"
    assert run["versionControlProvenance"][0]["revisionId"] == remote.head


@pytest.mark.parametrize(
    "ref, expected_commit, readme_status",
    [
        ("feature", "feature", "passed"),
        ("v1.0", "first", "failed"),  # a tag on the commit before the README
        ("main", "head", "passed"),
    ],
)
@pytest.mark.parametrize("history", [False, True], ids=["shallow", "history"])
def test_ref_chooses_a_branch_or_tag(cli, remote, clones, ref, expected_commit, readme_status,
                                     history):
    extra = ["--history"] if history else []
    result = cli("check", remote.url, "--ref", ref, "--select", "readme", "--format", "json",
                 *extra)
    report = report_of(result)
    assert report["repository"]["commit"] == getattr(remote, expected_commit)
    assert status(report, "readme") == readme_status
    assert list(clones.iterdir()) == []


@pytest.mark.parametrize("history", [False, True], ids=["shallow", "history"])
def test_ref_chooses_a_commit_by_its_full_id(cli, remote, clones, history):
    extra = ["--history"] if history else []
    result = cli("check", remote.url, "--ref", remote.middle, "--select", "readme",
                 "--format", "json", *extra)
    report = report_of(result)
    assert report["repository"]["commit"] == remote.middle
    assert status(report, "readme") == "failed"  # the README came after it
    assert list(clones.iterdir()) == []


def test_a_short_commit_id_needs_the_history(cli, remote, clones):
    short = remote.middle[:10]
    with_history = cli("check", remote.url, "--ref", short, "--history", "--select", "readme",
                       "--format", "json")
    assert report_of(with_history)["repository"]["commit"] == remote.middle
    shallow = cli("check", remote.url, "--ref", short, "--select", "readme")
    assert shallow.code == 2
    assert "--history" in shallow.err and len(shallow.err.strip().splitlines()) == 1
    assert list(clones.iterdir()) == []


def test_a_shallow_clone_leaves_history_rules_not_applicable(cli, remote, clones):
    result = cli("check", remote.url, "--select", "community-diversity,activity",
                 "--format", "json")
    report = report_of(result)
    assert status(report, "community-diversity") == "not-applicable"
    assert "no-tag" in keys(report, "activity")  # v1.0 is on an older commit
    assert any("--history" in notice for notice in report["notices"])


def test_history_gives_the_history_rules_their_commits_and_tags(cli, remote, clones):
    result = cli("check", remote.url, "--history", "--select", "community-diversity,activity",
                 "--format", "json")
    report = report_of(result)
    diversity = next(r for r in report["results"] if r["rule"] == "community-diversity")
    # The remote's few commits are below the rule's minimum, so it does not judge them;
    # but it read them: its facts count every commit, and it does not ask for --history.
    assert diversity["facts"]["commits"] >= 6  # a shallow clone has one
    assert "--history" not in (diversity["reason"] or "")
    assert "last-tag" in keys(report, "activity")
    assert not any("--history" in notice for notice in report["notices"])
    assert list(clones.iterdir()) == []


def test_no_shallow_notice_when_no_rule_reads_the_history(cli, remote, clones):
    report = report_of(cli("check", remote.url, "--select", "readme", "--format", "json"))
    assert not any("--history" in notice for notice in report["notices"])


def test_french_notice_and_errors(cli, remote, clones):
    report = report_of(cli("check", remote.url, "--select", "activity", "--format", "json",
                           "--lang", "fr"))
    assert any("seul le dernier commit" in notice for notice in report["notices"])
    result = cli("check", "--lang", "fr", "--", "ext::sh -c true")
    assert result.code == 2
    assert "ne sont pas autorisés" in result.err


# ----- failures: one line, exit 2, nothing left behind ------------------------------------


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["file:///nonexistent/repository.git"], "cannot clone file:///nonexistent"),
        (["--ref", "no-such-branch"], "no-such-branch"),
    ],
    ids=["unreachable", "unknown-ref"],
)
def test_a_failed_clone_is_one_line_and_leaves_nothing(cli, remote, clones, args, fragment):
    if args[0] == "--ref":
        args = [remote.url, *args]
    result = cli("check", *args)
    assert result.code == 2
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert fragment in result.err
    assert list(clones.iterdir()) == []


@pytest.mark.parametrize(
    "url",
    [
        "ext::sh -c touch% {marker}",
        "--upload-pack=touch {marker}",
        "-oProxyCommand=touch {marker}",
        "ssh://-oProxyCommand=touch%20{marker}/repository.git",
        "git@-oProxyCommand=touch:repository.git",
        "fd::17/repository",
        "ftp://forge.example.org/repository.git",
    ],
)
def test_transport_tricks_are_refused(cli, clones, tmp_path, url):
    marker = tmp_path / "pwned"
    with pytest.raises(CloneError):  # refused before git is asked
        check_url(url.format(marker=marker))
    result = cli("check", "--", url.format(marker=marker))
    assert result.code == 2
    assert result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert "error" in result.err
    assert not marker.exists()
    assert list(clones.iterdir()) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://forge.example.org/owner/name.git",
        "http://forge.example.org/owner/name",
        "ssh://git@forge.example.org:2222/owner/name.git",
        "git://forge.example.org/owner/name.git",
        "file:///srv/git/name.git",
        "git@forge.example.org:owner/name.git",
        "forge.example.org:owner/name.git",
    ],
)
def test_plain_transports_are_accepted(url):
    assert looks_remote(url)
    check_url(url)  # raises when refused


def test_an_existing_folder_is_never_a_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "host:owner").mkdir()
    assert not looks_remote("host:owner")
    assert looks_remote("other-host:owner")
    assert not looks_remote("no-such-folder")


def test_credentials_never_reach_the_output(cli, clones, tmp_path):
    """A URL with a token in it: the error (from a real HTTP server) does not repeat it."""

    class NotFound(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_error(404)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), NotFound)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        url = f"http://alice:s3cr3t-t0ken@127.0.0.1:{port}/owner/name.git"
        result = cli("check", url)
    finally:
        server.shutdown()
        server.server_close()
    assert result.code == 2
    assert "s3cr3t" not in result.err + result.out
    assert f"http://127.0.0.1:{port}/owner/name.git" in result.err
    assert list(clones.iterdir()) == []
    assert redact("see https://bob:pw@host/x and ssh://git@host/y") == (
        "see https://host/x and ssh://host/y"
    )


def test_ref_needs_a_url(cli, git_repo):
    git_repo.files({"README.md": README})
    result = cli("check", str(git_repo.path), "--ref", "main")
    assert result.code == 2
    assert "--ref" in result.err


def test_the_users_hooks_do_not_run_in_the_clone(cli, remote, clones, tmp_path):
    """Even a hook the user's own git configuration installs is not run by the clone."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    marker = tmp_path / "hook-ran"
    hook = hooks / "post-checkout"
    hook.write_text(f"#!/bin/sh\ntouch '{marker}'\n", encoding="utf-8")
    hook.chmod(0o755)
    config = tmp_path / "gitconfig"
    config.write_text(f"[core]\n\thooksPath = {hooks}\n", encoding="utf-8")
    result = cli("check", remote.url, "--select", "readme",
                 env={"GIT_CONFIG_GLOBAL": str(config)})
    assert result.code == 0, result.err
    assert not marker.exists()


# ----- the terminal and interruptions (a real process) ------------------------------------


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "commons_lint", "check", *args]


def _environment(clones: Path) -> dict[str, str]:
    return {**os.environ, "TMPDIR": str(clones), "LANG": "C.UTF-8", "LC_ALL": ""}


def test_progress_only_on_a_terminal(remote, clones):
    piped = subprocess.run(
        _command(remote.url, "--select", "readme"), capture_output=True,
        env=_environment(clones), check=False,
    )
    assert piped.returncode == 0
    assert piped.stderr == b""
    on_terminal = terminal_output(
        _command(remote.url, "--select", "readme"), _environment(clones), "stderr"
    )
    assert on_terminal.returncode == 0
    assert "Cloning into" in on_terminal.stderr
    assert list(clones.iterdir()) == []


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that accepts connections and never answers: a clone from it hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


@pytest.mark.parametrize(
    "signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 128 + signal.SIGTERM)]
)
def test_an_interrupted_clone_is_removed(silent_server, clones, signum, code):
    process = subprocess.Popen(
        _command(f"http://127.0.0.1:{silent_server}/owner/name.git"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_environment(clones),
    )
    try:
        deadline = time.monotonic() + 20
        while not list(clones.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert list(clones.iterdir()), "the clone never started"
        time.sleep(0.3)  # git is now waiting on the server
        process.send_signal(signum)
        process.wait(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == code
    assert list(clones.iterdir()) == []

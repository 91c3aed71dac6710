"""URLs, clones and forge answers from hostile servers (issue 8, items 6, 10, 11, 14, 15).

Everything runs against real servers on 127.0.0.1: http.server for the forge API and for
clones that fail, raw sockets for servers that never answer or send one byte at a time.
A clone is run as users run it (the console script, in its own session), so that what
it leaves behind can be read from /proc.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fresh_process import isolated_environment
from gitrepo import GitRepo, init_repository
from hostile import (
    CONSOLE_SCRIPT,
    GuardedRun,
    assert_clean_end,
    assert_one_line_error,
    marker_command,
    run_guarded,
    tree_digest,
)

from commons_lint.forge import ForgeError, fetch, find_target
from commons_lint.repository import redact

README = """# Widget

Widget maps wildlife sightings for the naturalist associations of a region. It is meant
for the volunteers who record sightings and for the staff who publish the maps.

## Installation

Run `pip install widget`, then `widget serve` to open the map in a browser.
"""
REPOSITORY_PATH = "/api/v3/repos/acme/widget"
NO_TOKENS = {"GITHUB_TOKEN": "", "GITLAB_TOKEN": ""}


# ----- servers on 127.0.0.1 -------------------------------------------------------------


@dataclass
class Answer:
    status: int = 200
    body: bytes = b"{}"
    headers: list[tuple[str, str]] = field(default_factory=list)
    delay: float = 0.0


class Forge:
    """An HTTP server answering GET requests from a table of paths (404 elsewhere).

    It speaks HTTP/1.0 and sends no Content-Length: the body ends when the connection
    closes, so that a body's size is whatever the test wants.
    """

    def __init__(self) -> None:
        self.answers: dict[str, Answer] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        forge = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                forge.requests.append((self.path, dict(self.headers.items())))
                answer = forge.answers.get(self.path.split("?", 1)[0], Answer(404, b"{}"))
                time.sleep(answer.delay)
                try:
                    self.send_response(answer.status)
                    for name, value in answer.headers:
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(answer.body)
                except OSError:
                    pass  # the client gave up

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/api/v3"


@pytest.fixture
def forge() -> Iterator[Forge]:
    server = Forge()
    thread = threading.Thread(target=server.httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


def _read_request(connection: socket.socket) -> None:
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 65536:
        chunk = connection.recv(4096)
        if not chunk:
            return
        data += chunk


@contextmanager
def tcp_server(respond: Callable[[socket.socket, threading.Event], None]) -> Iterator[int]:
    """A raw TCP server on 127.0.0.1: ``respond(connection, stop)`` for each connection,
    in a thread; the port is yielded."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    stop = threading.Event()
    connections: list[socket.socket] = []

    def handle(connection: socket.socket) -> None:
        with suppress(OSError):  # the client went away
            respond(connection, stop)

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _address = listener.accept()
            except OSError:
                continue
            connections.append(connection)
            threading.Thread(target=handle, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for connection in connections:
            connection.close()
        listener.close()


def never_answers(connection: socket.socket, stop: threading.Event) -> None:
    stop.wait()


def stalls_after_headers(connection: socket.socket, stop: threading.Event) -> None:
    _read_request(connection)
    connection.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/x-git-upload-pack-advertisement\r\n"
        b"Content-Length: 100000\r\n\r\n001e# service=git-upload-pack\n"
    )
    stop.wait()


def drips(data: bytes, every: float = 0.5) -> Callable[[socket.socket, threading.Event], None]:
    """A server that sends ``data`` and then spaces, one byte every ``every`` seconds."""

    def respond(connection: socket.socket, stop: threading.Event) -> None:
        _read_request(connection)
        position = 0
        while not stop.wait(every):
            connection.sendall(data[position:position + 1] or b" ")
            position += 1

    return respond


# ----- what a run leaves --------------------------------------------------------------------


def processes_mentioning(fragment: str, exclude: int | None = None) -> list[str]:
    """Command lines of the live processes whose arguments contain ``fragment``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == exclude:
            continue
        try:
            command_line = (entry / "cmdline").read_bytes()
        except OSError:
            continue  # gone meanwhile
        if fragment.encode() in command_line:
            found.append(command_line.replace(b"\0", b" ").decode("utf-8", "replace"))
    return found


@pytest.fixture
def scratch(tmp_path: Path) -> Path:
    """TMPDIR of the runs: where a clone's temporary folder appears, and must vanish."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    return folder


@pytest.fixture
def widget(tmp_path: Path) -> GitRepo:
    """A repository with a README and its origin on github.com; its configuration would
    run the marker if git ever ran a hook, a pager or an fsmonitor for us."""
    repo = init_repository(tmp_path / "widget")
    repo.files({"README.md": README})
    repo.git("remote", "add", "origin", "https://github.com/acme/widget.git")
    command = marker_command(tmp_path / "marker")
    repo.git("config", "core.fsmonitor", command)
    repo.git("config", "core.pager", command)
    return repo


def online_notices(report: dict) -> list[str]:
    return [notice for notice in report["notices"] if notice.startswith("--online")]


def assert_offline_report(
    run: GuardedRun | object, repo: GitRepo, *, nothing_read: bool = True
) -> list[str]:
    """The run gave the full report of the repository's files with one --online notice
    (saying nothing was read, unless ``nothing_read`` is off); that notice."""
    if isinstance(run, GuardedRun):
        assert_clean_end(run, 0, 1)
        out, err = run.stdout, run.stderr
    else:
        code, out, err = run.code, run.out, run.err  # type: ignore[attr-defined]
        assert code in (0, 1), err
    assert err.strip() == ""
    report = json.loads(out)
    assert [result["status"] for result in report["results"]] == ["passed"]
    notices = online_notices(report)
    assert len(notices) == 1, notices
    assert ("nothing read from the forge" in notices[0]) is nothing_read
    assert not (repo.path.parent / "marker").exists()
    return notices


# ----- item 6: credentials in URLs --------------------------------------------------------

PASSWORDS = ["p@ss-SECRET", "SECRET:with:colons", "SECRET%40escaped", "a@b@SECRET@c",
             "SECRET%3A%40%25"]


@pytest.mark.parametrize("password", PASSWORDS)
@pytest.mark.parametrize("template", [
    "https://alice:{password}@forge.example.org/owner/name.git",
    "fatal: unable to access 'http://alice:{password}@127.0.0.1:8080/x.git/': 401",
    "ssh://git:{password}@[::1]:2222/x.git and git://bob:{password}@host/y",
    "HTTPS://{password}@host/z?q=a@b#c@d",
])
def test_redact_removes_the_whole_user_info(template, password):
    shown = redact(template.format(password=password))
    assert "SECRET" not in shown and "alice" not in shown
    assert "@host" not in shown and "@forge" not in shown and "@127" not in shown


@pytest.mark.parametrize("text, expected", [
    ("git@github.com:acme/widget.git", "git@github.com:acme/widget.git"),
    ("alice:p@SECRET@forge.org:acme/widget.git", "alice@forge.org:acme/widget.git"),
    ("see https://host/path@version and mail@example.org",
     "see https://host/path@version and mail@example.org"),
    ("http://[::1/x", "http://[::1/x"),
])
def test_redact_keeps_what_is_no_secret(text, expected):
    assert redact(text) == expected


class _Refusing(http.server.BaseHTTPRequestHandler):
    """A Git server that refuses: 401 with a Basic challenge, or 404, from the path."""

    def do_GET(self) -> None:
        status = 401 if self.path.startswith("/private/") else 404
        self.send_response(status)
        if status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="git"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.parametrize("password, kind, problem", [
    ("SECRET%40z", "private", "Authentication failed"),
    ("SECRET%3Ax%40y", "missing", "not found"),
    ("p:SECRET", "private", "Authentication failed"),
    # A raw "@": curl 7.88 refuses the URL itself, others may ask the server.
    ("p@ss-SECRET", "missing", ""),
    ("a@b@SECRET", "private", ""),
])
def test_a_failed_clone_never_shows_the_password(password, kind, problem, scratch):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Refusing)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        port = server.server_address[1]
        run = run_guarded("check", f"http://alice:{password}@127.0.0.1:{port}/{kind}/r.git",
                          env={"TMPDIR": str(scratch)}, timeout=30)
    finally:
        server.shutdown()
        server.server_close()
    line = assert_one_line_error(run, 2)
    assert line.startswith(f"commons-lint: error: cannot clone http://127.0.0.1:{port}/{kind}/")
    assert problem in line
    assert "SECRET" not in run.stdout + run.stderr and "alice" not in run.stderr
    assert list(scratch.iterdir()) == []


def test_the_json_report_names_the_origin_without_credentials(widget):
    widget.git("remote", "set-url", "origin",
               "https://alice:p@ss-SECRET@github.com/acme/widget.git")
    before = tree_digest(widget.path)
    run = run_guarded("check", widget.path, "--select", "readme", "--format", "json")
    assert_clean_end(run, 0)
    assert json.loads(run.stdout)["repository"]["remote_url"] == (
        "https://github.com/acme/widget.git"
    )
    assert "SECRET" not in run.stdout + run.stderr
    assert tree_digest(widget.path) == before
    assert not (widget.path.parent / "marker").exists()


@pytest.mark.parametrize("origin, shown", [
    ("https://alice:SECRET:x@y@forge.example.org/o/r.git", "https://forge.example.org/o/r.git"),
    ("https://tok%40SECRET@forge.example.org/o/r.git", "https://forge.example.org/o/r.git"),
    ("ssh://git:SECRET@forge.example.org/o/r.git", "ssh://forge.example.org/o/r.git"),
    ("alice:SECRET@forge.example.org:o/r.git", "alice@forge.example.org:o/r.git"),
])
def test_remote_url_variants_in_the_json_report(cli, widget, origin, shown):
    widget.git("remote", "set-url", "origin", origin)
    before = tree_digest(widget.path)
    result = cli("check", str(widget.path), "--select", "readme", "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["repository"]["remote_url"] == shown
    assert "SECRET" not in result.out + result.err
    assert tree_digest(widget.path) == before


# ----- item 11: URLs that urllib.parse refuses ------------------------------------------


@pytest.mark.parametrize("url", [
    "http://[::1/x", "https://[fe80::1/owner/repo.git", "ssh://git@[::1:22/r.git",
    "http://exa\uff03mple.org/r.git",  # a full-width "#": NFKC makes it a delimiter
    "https://host]/r.git",
])
def test_a_url_urllib_refuses_is_one_line(cli, scratch, url):
    result = cli("check", url, env={"TMPDIR": str(scratch)})
    assert result.code == 2 and result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert "not a valid URL" in result.err or "cannot clone" in result.err
    assert list(scratch.iterdir()) == []


def test_an_unclosed_bracket_as_users_run_it(scratch):
    run = run_guarded("check", "http://[::1/x", env={"TMPDIR": str(scratch)})
    assert assert_one_line_error(run, 2).endswith("http://[::1/x: not a valid URL")


def test_an_unclosed_bracket_in_the_forge_url(cli, widget):
    result = cli("check", str(widget.path), "--online", "--forge-url", "http://[::1/api/v3")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1
    assert "--forge-url" in result.err


@pytest.mark.parametrize("origin", ["http://[::1/acme/widget", "https://[github.com/acme/x"])
def test_an_origin_urllib_refuses_is_one_notice(cli, widget, origin):
    widget.git("remote", "set-url", "origin", origin)
    result = cli("check", str(widget.path), "--online", "--select", "readme",
                 "--format", "json", env=NO_TOKENS)
    assert "no origin remote on a forge" in assert_offline_report(result, widget)[0]


# ----- item 10: whatever the forge answers, the report stays, with one notice -------------


def _nested(depth: int) -> bytes:
    return b'{"topics": ' + b"[" * depth + b"]" * depth + b"}"


ORGANISATION = "/api/v3/repos/acme/.github"
GOOD_REPOSITORY = Answer(body=json.dumps({"name": "widget", "topics": []}).encode())


@pytest.mark.parametrize("answers, fragment", [
    ({REPOSITORY_PATH: Answer(body=_nested(50_000))}, "did not answer in JSON"),
    ({REPOSITORY_PATH: Answer(body=_nested(150))}, "did not answer in JSON"),
    ({REPOSITORY_PATH: Answer(body=b'{"id": ' + b"7" * 5000 + b"}")}, "did not answer in JSON"),
    ({REPOSITORY_PATH: Answer(body=b"<html>Sign in</html>")}, "did not answer in JSON"),
    ({REPOSITORY_PATH: Answer(body=b'{"name": "\xff\xfe"}')}, "did not answer in JSON"),
    ({REPOSITORY_PATH: Answer(body=b"[1, 2, 3]")}, "unexpected answer"),
    ({REPOSITORY_PATH: Answer(500, b"{}")}, "HTTP 500"),
    ({REPOSITORY_PATH: Answer(302, b"", [("Location", REPOSITORY_PATH)])}, "too many times"),
    ({REPOSITORY_PATH: Answer(302, b"", [("Location", "http://[::1/x")])}, "failed"),
    ({REPOSITORY_PATH: Answer(body=b"[" + b"0," * (1536 * 1024) + b"0]")}, "too large"),
    ({REPOSITORY_PATH: GOOD_REPOSITORY,
      ORGANISATION: Answer(body=b'{"private": false}'),
      ORGANISATION + "/contents": Answer(body=b'[{"type": "dir", "name": ["x"]}, 7, null]')},
     "acme/widget read from"),  # what makes no sense is left out, the rest is read
    ({REPOSITORY_PATH: GOOD_REPOSITORY,
      ORGANISATION: Answer(body=b'{"private": false}'),
      ORGANISATION + "/contents": Answer(
          body=b'[{"type": "file", "name": "SECURITY.md", "path": "SECURITY.md"}]'),
      ORGANISATION + "/contents/SECURITY.md": Answer(body=_nested(5000))},
     "did not answer in JSON"),
], ids=["deep-json", "deeper-than-100", "huge-integer", "html", "not-utf8", "list",
        "http-500", "redirect-loop", "redirect-bad-url", "too-large", "name-is-a-list",
        "deep-community-file"])
def test_a_hostile_forge_answer_is_one_notice(cli, widget, forge, answers, fragment):
    forge.answers.update(answers)
    before = tree_digest(widget.path)
    result = cli("check", str(widget.path), "--online", "--forge-url", forge.api,
                 "--select", "readme", "--format", "json", env=NO_TOKENS)
    notice = assert_offline_report(result, widget, nothing_read="read from" not in fragment)[0]
    assert fragment in notice
    assert tree_digest(widget.path) == before


@pytest.mark.parametrize("headers, until", [
    ([("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", str(10**30))], False),
    ([("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "99999999999")], False),
    ([("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "-1700000000")], False),
    ([("Retry-After", "²")], False),
    ([("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "¹²³")], False),
    ([("Retry-After", "1.5")], False),
    ([("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")], False),
    ([("Retry-After", "120")], True),
])
def test_rate_limit_headers_are_read_defensively(forge, headers, until):
    forge.answers[REPOSITORY_PATH] = Answer(429, b"{}", headers)
    target = find_target("https://github.com/acme/widget.git", None, forge.api)
    with pytest.raises(ForgeError, match="rate limit is reached") as raised:
        fetch(target, environ={})
    assert ("until" in str(raised.value)) is until


def test_a_hostile_rate_limit_as_users_run_it(widget, forge):
    forge.answers[REPOSITORY_PATH] = Answer(403, b"{}", [
        ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "²"), ("Retry-After", "²")])
    before = tree_digest(widget.path)
    run = run_guarded("check", widget.path, "--online", "--forge-url", forge.api,
                      "--select", "readme", "--format", "json", env=NO_TOKENS)
    assert "rate limit is reached" in assert_offline_report(run, widget)[0]
    assert tree_digest(widget.path) == before


@pytest.mark.parametrize("token", ["ghp_€uro-SECRET", "ключ-SECRET", "ghp_SECRET\r\nX-Evil: 1",
                                   "ghp_SECRET\t1"])
def test_a_token_no_header_can_carry_is_named_not_sent(cli, widget, forge, token):
    forge.answers[REPOSITORY_PATH] = GOOD_REPOSITORY
    result = cli("check", str(widget.path), "--online", "--forge-url", forge.api,
                 "--select", "readme", "--format", "json", env={"GITHUB_TOKEN": token})
    notice = assert_offline_report(result, widget)[0]
    assert "GITHUB_TOKEN" in notice and "SECRET" not in result.out + result.err
    assert forge.requests == []


# ----- item 14: a total time per request ------------------------------------------------


@pytest.mark.parametrize("stage", ["headers", "body"])
def test_a_forge_sending_a_byte_at_a_time_is_given_up(widget, stage):
    head = b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"
    data = head if stage == "headers" else head + b"Content-Length: 900\r\n\r\n{"
    with tcp_server(drips(data, every=0.2) if stage == "headers" else _fast_then(data)) as port:
        started = time.monotonic()
        run = run_guarded("check", widget.path, "--online", "--forge-url",
                          f"http://127.0.0.1:{port}/api/v3", "--select", "readme",
                          "--format", "json", timeout=30,
                          env={**NO_TOKENS, "COMMONS_LINT_FORGE_TIMEOUT": "0.8"})
        elapsed = time.monotonic() - started
    assert "did not answer within 0.8 s" in assert_offline_report(run, widget)[0]
    assert elapsed < 0.8 + 4, elapsed  # the interpreter's start and the check itself


def _fast_then(head: bytes) -> Callable[[socket.socket, threading.Event], None]:
    """Headers at once, then the body a byte every 0.2 s: each read is quick."""

    def respond(connection: socket.socket, stop: threading.Event) -> None:
        _read_request(connection)
        connection.sendall(head)
        while not stop.wait(0.2):
            connection.sendall(b" ")

    return respond


def test_all_requests_together_have_a_limit(forge):
    """Each answer comes in time, but the run's limit (3 times one request's) ends it."""
    slow = 0.25
    forge.answers.update({
        REPOSITORY_PATH: Answer(body=GOOD_REPOSITORY.body, delay=slow),
        ORGANISATION: Answer(body=b'{"private": false}', delay=slow),
        ORGANISATION + "/contents": Answer(body=json.dumps(
            [{"type": "dir", "name": name, "path": name} for name in (".github", "docs")]
        ).encode(), delay=slow),
        ORGANISATION + "/contents/.github": Answer(body=b"[]", delay=slow),
        ORGANISATION + "/contents/docs": Answer(body=b"[]", delay=slow),
    })
    target = find_target("https://github.com/acme/widget.git", None, forge.api)
    started = time.monotonic()
    with pytest.raises(ForgeError, match=r"took more than 0\.9 s in all"):
        fetch(target, timeout=0.3, environ={})
    assert time.monotonic() - started < 0.9 + 1


# ----- item 15: a clone's total time, and its processes -----------------------------------


@pytest.mark.parametrize("respond, limit", [(never_answers, 1.5), (stalls_after_headers, 1.0)],
                         ids=["never-answers", "stalls-after-headers"])
def test_a_stalled_clone_ends_at_the_timeout(scratch, respond, limit):
    with tcp_server(respond) as port:
        url = f"http://127.0.0.1:{port}/owner/repo.git"
        started = time.monotonic()
        run = run_guarded("check", url, "--timeout", str(limit), timeout=30,
                          env={"TMPDIR": str(scratch)})
        elapsed = time.monotonic() - started
        left = processes_mentioning(f"127.0.0.1:{port}")
    line = assert_one_line_error(run, 2)
    assert f"cannot clone {url}: did not finish within {limit:g} s" in line
    assert limit <= elapsed < limit + 4, elapsed
    assert left == []
    assert list(scratch.iterdir()) == []


def test_the_timeout_option_is_checked(cli):
    result = cli("check", "https://forge.example.org/o/r.git", "--timeout", "0")
    assert result.code == 2 and len(result.err.strip().splitlines()) == 1


@pytest.mark.parametrize("signum, code", [(signal.SIGTERM, 128 + signal.SIGTERM),
                                          (signal.SIGINT, 130),
                                          (signal.SIGHUP, 128 + signal.SIGHUP)])
def test_a_signal_ends_every_process_of_the_clone(scratch, signum, code):
    with tcp_server(never_answers) as port:
        fragment = f"127.0.0.1:{port}"
        process = subprocess.Popen(
            [str(CONSOLE_SCRIPT), "check", f"http://{fragment}/owner/repo.git"],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=isolated_environment({"TMPDIR": str(scratch)}), start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not any(
                "remote-http" in line for line in processes_mentioning(fragment, process.pid)
            ):
                time.sleep(0.05)
            assert processes_mentioning(fragment, process.pid), "git never started"
            process.send_signal(signum)
            _out, err = process.communicate(timeout=20)
        finally:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        time.sleep(0.1)  # the kernel hands killed processes to init, which reaps them
        left = processes_mentioning(fragment)
    assert process.returncode == code, err
    assert b"Traceback" not in err
    assert left == []
    assert list(scratch.iterdir()) == []


# ----- item 11: standard output that is closed, failing or not UTF-8 ----------------------


def test_a_closed_standard_output_is_one_line(widget):
    before = tree_digest(widget.path)
    run = run_guarded(widget.path, "--select", "readme",
                      command=("sh", "-c", 'exec "$0" check "$@" >&-', CONSOLE_SCRIPT))
    assert "standard output is closed" in assert_one_line_error(run, 2)
    assert tree_digest(widget.path) == before


def test_a_full_standard_output_is_one_line(widget):
    run = run_guarded(widget.path, "--select", "readme",
                      command=("sh", "-c", 'exec "$0" check "$@" >/dev/full', CONSOLE_SCRIPT))
    line = assert_one_line_error(run, 2)
    assert "cannot write the report to standard output" in line


@pytest.mark.parametrize("encoding, output_format", [
    ("latin-1", "text"), ("ascii", "text"), ("latin-1", "json"),
])
def test_a_report_on_a_narrow_encoding(widget, encoding, output_format):
    """Text as near as the encoding allows ("é" as "e" in ASCII); JSON in UTF-8."""
    widget.files({"SECURITY.md": "# Sécurité — « signalez » ‘ici’…\n"})
    run = run_guarded("check", widget.path, "--select", "readme,security-policy", "--lang",
                      "fr", "--format", output_format, env={"PYTHONIOENCODING": encoding})
    assert_clean_end(run, 0, 1)
    assert run.stderr == ""
    if output_format == "json":
        assert json.loads(run.stdout)["language"] == "fr"
    else:
        # The harness decodes as UTF-8: Latin-1's "é" is then a replacement character.
        assert ("gravit\ufffd" if encoding == "latin-1" else "gravite ") in run.stdout

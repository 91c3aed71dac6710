"""publiccode-yml with --online: the parser's network checks, against a real HTTP server.

A ThreadingHTTPServer on 127.0.0.1 answers 200, 404, 500, redirects, a redirect loop,
a refused HEAD, a slow drip and real or fake images; publiccode.yml documents written
here point at it. Offline, the same documents make no request at all.
"""

from __future__ import annotations

import http.server
import json
import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from commons_lint_rules import _publiccode_online as online
from gitrepo import GitRepo
from linting import lint_report, rules_folder

from commons_lint.report import Finding, Report, RuleResult, Status
from commons_lint.web import Reach, Web, web_in_use


def png_bytes() -> bytes:
    """A real 1×1 PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(
        b"IEND", b""
    )


@dataclass
class Route:
    status: int = 200
    body: bytes = b"<html><body>ok</body></html>"
    location: str | None = None
    drip: bool = False  # headers sent a byte every 0.2 s, for ever (until the client leaves)
    drip_body: bool = False  # the headers at once, then the body a byte every 0.2 s
    refuse_head: bool = False


@dataclass
class WebServer:
    routes: dict[str, Route] = field(default_factory=dict)
    seen: list[tuple[str, str]] = field(default_factory=list)
    port: int = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base + path


def serve(web: WebServer) -> http.server.ThreadingHTTPServer:
    class Handler(http.server.BaseHTTPRequestHandler):
        def answer(self, with_body: bool) -> None:
            web.seen.append((self.command, self.path))
            route = web.routes.get(self.path, Route(404, b"not found"))
            if route.refuse_head and self.command == "HEAD":
                route = Route(405, b"")
            try:
                if route.drip:  # no read ever waits long, the answer never ends
                    self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                    for _byte in range(100000):
                        self.wfile.write(b".")
                        self.wfile.flush()
                        time.sleep(0.2)
                    return
                self.send_response(route.status)
                if route.location:
                    self.send_header("Location", route.location)
                if route.drip_body:
                    self.send_header("Content-Length", "100000")
                    self.end_headers()
                    self.wfile.write(b"\x89PNG")
                    for _byte in range(100000):
                        self.wfile.write(b".")
                        self.wfile.flush()
                        time.sleep(0.2)
                    return
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                if with_body:
                    self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up

        def do_GET(self) -> None:
            self.answer(True)

        def do_HEAD(self) -> None:
            self.answer(False)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    web.port = httpd.server_address[1]
    return httpd


@pytest.fixture
def server() -> Iterator[WebServer]:
    web = WebServer()
    web.routes.update({
        "/": Route(),
        "/roadmap": Route(),
        "/docs": Route(),
        "/gone": Route(404, b"gone"),
        "/crash": Route(500, b"crash"),
        "/moved": Route(301, b"", location="/docs"),
        "/loop-a": Route(302, b"", location="/loop-b"),
        "/loop-b": Route(302, b"", location="/loop-a"),
        "/drip": Route(drip=True),
        "/head-refused": Route(refuse_head=True),
        "/logo.png": Route(body=png_bytes()),
        "/renamed.png": Route(body=b"GIF89a this is no PNG"),
        "/shot.png": Route(body=png_bytes()),
    })
    httpd = serve(web)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield web
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# A complete 0.4 document with its addresses left to each test.
DOCUMENT = """\
publiccodeYmlVersion: "0.4"
name: Registre des arbres
url: "{url}"
landingURL: "{landing}"
roadmap: "{roadmap}"
{extra}platforms:
  - web
developmentStatus: beta
softwareType: standalone/web
description:
  fr:
    shortDescription: Inventaire partagé des arbres remarquables de la commune.
    documentation: "{documentation}"
    longDescription: >
      Le registre des arbres permet aux services des espaces verts et aux habitants
      de recenser les arbres remarquables, de suivre leur état sanitaire et de
      planifier les élagages, avec une carte publique et des exports ouverts.
    features:
      - Fiche par arbre avec photos et historique des interventions
{media}legal:
  license: AGPL-3.0-or-later
maintenance:
  type: internal
  contacts:
    - name: Service des espaces verts
      email: espaces-verts@example.org
localisation:
  localisationReady: false
  availableLanguages:
    - fr
"""


def document(server: WebServer, **addresses: str) -> str:
    values = {
        "url": server.url("/"),
        "landing": server.url("/"),
        "roadmap": server.url("/roadmap"),
        "documentation": server.url("/docs"),
        "extra": "",
        "media": "",
    }
    values.update(addresses)
    return DOCUMENT.format(**values)


def write(repo: GitRepo, text: str) -> Path:
    repo.write("publiccode.yml", text)
    repo.commit("Fiche publiccode.yml")
    return repo.path


def check(path: Path, web: Web | None, language: str = "en") -> tuple[RuleResult, Report]:
    with web_in_use(web):
        report = lint_report(path, ["publiccode-yml"], language=language)
    return report.results[0], report


def online_web(timeout: float = 2.0) -> Web:
    return Web(timeout, allow_private=True)


def by_key(result: RuleResult) -> dict[str, Finding]:
    return {finding.key or "": finding for finding in result.findings}


def line_of(text: str, needle: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


# ----- reachability -----------------------------------------------------------------------


def test_answering_addresses_pass_and_are_counted(git_repo: GitRepo, server: WebServer) -> None:
    path = write(git_repo, document(server, landing=server.url("/moved")))
    result, report = check(path, online_web())
    assert result.status is Status.PASSED, result.findings
    assert result.facts["urls_checked"] == 4
    assert result.facts["urls_broken"] == 0
    assert report.notices == []
    # HEAD first; a redirect is followed to its target
    assert ("HEAD", "/moved") in server.seen and ("HEAD", "/docs") in server.seen
    assert not any(method == "GET" for method, _path in server.seen)


def test_a_refused_head_is_asked_again_with_get(git_repo: GitRepo, server: WebServer) -> None:
    path = write(git_repo, document(server, roadmap=server.url("/head-refused")))
    result, _report = check(path, online_web())
    assert result.status is Status.PASSED, result.findings
    assert server.seen.count(("HEAD", "/head-refused")) == 1
    assert server.seen.count(("GET", "/head-refused")) == 1


@pytest.mark.parametrize(
    ("field", "route", "problem"),
    [
        ("landing", "/gone", "HTTP 404"),
        ("roadmap", "/crash", "HTTP 500"),
        ("documentation", "/loop-a", "it redirects in a loop"),
    ],
)
def test_broken_addresses_are_errors_at_their_line_and_column(
    git_repo: GitRepo, server: WebServer, field: str, route: str, problem: str
) -> None:
    text = document(server, **{field: server.url(route)})
    path = write(git_repo, text)
    result, report = check(path, online_web())
    assert result.status is Status.FAILED
    dotted = {"landing": "landingURL", "roadmap": "roadmap",
              "documentation": "description.fr.documentation"}[field]
    finding = by_key(result)[f"unreachable-{dotted}"]
    assert finding.line == line_of(text, route)
    assert finding.column == text.splitlines()[finding.line - 1].index('"') + 1
    assert problem in finding.message and dotted in finding.message
    assert not finding.advice
    assert result.facts["urls_broken"] == 1
    assert report.notices == []


def test_broken_address_in_french(git_repo: GitRepo, server: WebServer) -> None:
    path = write(git_repo, document(server, landing=server.url("/gone"), roadmap=server.url(
        "/loop-b")))
    result, _report = check(path, online_web(), language="fr")
    messages = {f.key: f.message for f in result.findings}
    assert "une adresse qui ne répond pas (HTTP 404)" in messages["unreachable-landingURL"]
    assert "elle redirige en boucle" in messages["unreachable-roadmap"]
    assert all(f.fix and "Corrigez l'adresse" in f.fix for f in result.findings)


def test_offline_nothing_is_asked_and_the_report_is_the_offline_one(
    git_repo: GitRepo, server: WebServer
) -> None:
    text = document(
        server, landing=server.url("/gone"), roadmap=server.url("/drip"),
        media="    videos:\n      - \"https://example.org/film.mp4\"\n",
    )
    path = write(git_repo, text)
    offline, report = check(path, None)
    assert server.seen == []
    assert offline.status is Status.PASSED, offline.findings
    assert "urls_checked" not in offline.facts
    assert report.notices == []


# ----- bounds -----------------------------------------------------------------------------


def test_a_slow_drip_is_given_up_in_time_with_one_notice(
    git_repo: GitRepo, server: WebServer
) -> None:
    path = write(git_repo, document(server, roadmap=server.url("/drip"),
                                    landing=server.url("/gone")))
    started = time.monotonic()
    result, report = check(path, online_web(timeout=1.0))
    elapsed = time.monotonic() - started
    assert elapsed < 4, elapsed
    keys = set(by_key(result))
    assert "unreachable-landingURL" in keys
    assert not any("roadmap" in key for key in keys)  # not judged, only noticed
    assert len(report.notices) == 1
    assert "could not be checked" in report.notices[0] and "/drip" in report.notices[0]


def test_a_logo_dripped_byte_by_byte_is_given_up_in_time(
    git_repo: GitRepo, server: WebServer
) -> None:
    server.routes["/slow-logo.png"] = Route(drip_body=True)
    path = write(git_repo, document(server, extra=f'logo: "{server.url("/slow-logo.png")}"\n'))
    started = time.monotonic()
    result, report = check(path, online_web(timeout=1.0))
    assert time.monotonic() - started < 3
    assert result.status is Status.PASSED, result.findings
    assert len(report.notices) == 1 and "/slow-logo.png" in report.notices[0]


def test_the_whole_rule_has_a_deadline(git_repo: GitRepo, server: WebServer) -> None:
    """Four slow addresses, one second each and three for the rule: well under four."""
    for name in ("/drip-1", "/drip-2", "/drip-3", "/drip-4"):
        server.routes[name] = Route(drip=True)
    text = document(
        server, url=server.url("/drip-1"), landing=server.url("/drip-2"),
        roadmap=server.url("/drip-3"), documentation=server.url("/drip-4"),
    )
    path = write(git_repo, text)
    started = time.monotonic()
    result, report = check(path, online_web(timeout=1.0))
    elapsed = time.monotonic() - started
    assert elapsed < 3.8, elapsed
    assert result.status is Status.PASSED
    assert len(report.notices) == 1
    assert report.notices[0].startswith("--online: 4 web addresses could not be checked")


def test_the_notice_in_french(git_repo: GitRepo, server: WebServer) -> None:
    path = write(git_repo, document(server, roadmap=server.url("/drip")))
    _result, report = check(path, online_web(timeout=0.5), language="fr")
    assert report.notices == [
        f"--online : une adresse web n'a pas pu être vérifiée et n'est pas jugée "
        f"({server.url('/drip')} : pas de réponse en 0.5 s)"
    ]


def test_non_public_addresses_are_not_asked_by_default(
    git_repo: GitRepo, server: WebServer
) -> None:
    path = write(git_repo, document(server, landing=server.url("/gone")))
    result, report = check(path, Web(2.0, allow_private=False))
    assert server.seen == []
    assert result.status is Status.PASSED
    assert len(report.notices) == 1 and "non-public network address" in report.notices[0]


def test_no_connection_anywhere_is_the_network_not_the_file(git_repo: GitRepo) -> None:
    base = f"http://127.0.0.1:{closed_port()}"
    text = DOCUMENT.format(url=base + "/", landing=base + "/", roadmap=base + "/r",
                           documentation=base + "/d", extra="", media="")
    path = write(git_repo, text)
    result, report = check(path, online_web())
    assert result.status is Status.PASSED
    assert len(report.notices) == 1 and "no connection could be made" in report.notices[0]


def test_one_refused_connection_among_answers_is_an_error(
    git_repo: GitRepo, server: WebServer
) -> None:
    dead = f"http://127.0.0.1:{closed_port()}/feuille-de-route"
    path = write(git_repo, document(server, roadmap=dead))
    result, _report = check(path, online_web())
    finding = by_key(result)["unreachable-roadmap"]
    assert "no connection could be made" in finding.message


def test_each_address_is_asked_once_per_run(git_repo: GitRepo, server: WebServer) -> None:
    same = server.url("/docs")
    path = write(git_repo, document(server, url=same, landing=same, roadmap=same,
                                    documentation=same))
    web = online_web()
    check(path, web)
    check(path, web)
    assert server.seen == [("HEAD", "/docs")]


# ----- files given by URL -----------------------------------------------------------------


def test_logo_by_url_must_answer_and_be_its_format(git_repo: GitRepo, server: WebServer) -> None:
    text = document(server, extra=f'logo: "{server.url("/renamed.png")}"\n')
    path = write(git_repo, text)
    result, _report = check(path, online_web())
    finding = by_key(result)["not-an-image-logo"]
    assert finding.line == line_of(text, "logo:") and finding.column == 7
    assert "not a PNG image" in finding.message


def test_a_real_logo_by_url_passes(git_repo: GitRepo, server: WebServer) -> None:
    path = write(git_repo, document(server, extra=f'logo: "{server.url("/logo.png")}"\n'))
    result, _report = check(path, online_web())
    assert result.status is Status.PASSED, result.findings
    assert ("GET", "/logo.png") in server.seen


@pytest.mark.parametrize("name", ["/logo.gif", "/logo.jpeg", "/logo"])
def test_logo_by_url_of_another_format_is_refused_without_asking(
    git_repo: GitRepo, server: WebServer, name: str
) -> None:
    path = write(git_repo, document(server, extra=f'logo: "{server.url(name)}"\n'))
    result, _report = check(path, online_web())
    assert "invalid-format-logo" in by_key(result)
    assert not any(seen_path == name for _method, seen_path in server.seen)


def test_screenshots_and_authors_file_by_url(git_repo: GitRepo, server: WebServer) -> None:
    media = (
        "    screenshots:\n"
        f"      - \"{server.url('/shot.png')}\"\n"
        f"      - \"{server.url('/missing-shot.jpg')}\"\n"
        f"      - \"{server.url('/shot.webp')}\"\n"
    )
    text = document(server, media=media).replace(
        "legal:\n  license: AGPL-3.0-or-later\n",
        f"legal:\n  license: AGPL-3.0-or-later\n  authorsFile: \"{server.url('/gone')}\"\n",
    )
    path = write(git_repo, text)
    result, _report = check(path, online_web())
    keys = by_key(result)
    assert "unreachable-description.fr.screenshots[1]" in keys
    assert "invalid-format-description.fr.screenshots[2]" in keys
    assert "unreachable-legal.authorsFile" in keys
    assert "description.fr.screenshots[0]" not in " ".join(keys)
    assert keys["unreachable-description.fr.screenshots[1]"].line == line_of(
        text, "missing-shot")


# ----- videos and the repository URL ------------------------------------------------------


@pytest.mark.parametrize(
    "video",
    [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ",
        "https://vimeo.com/76979871",
        "https://player.vimeo.com/video/76979871",
    ],
)
def test_videos_of_oembed_providers_pass(video: str) -> None:
    assert online.is_oembed_video(video)


@pytest.mark.parametrize(
    "video",
    [
        "https://www.youtube.com.example.net/watch?v=dQw4w9WgXcQ",  # a look-alike host
        "https://example.org/presentation.mp4",  # a file, no provider
        "https://vimeo.com",  # the provider's home, no video
        "http://youtu.be.example.org/x",
    ],
)
def test_near_miss_videos_fail(video: str) -> None:
    assert not online.is_oembed_video(video)


def test_a_video_off_oembed_is_an_error_in_english_and_french(
    git_repo: GitRepo, server: WebServer
) -> None:
    media = (
        "    videos:\n"
        "      - \"https://vimeo.com/76979871\"\n"
        "      - \"https://mediatheque.example.org/conference.mp4\"\n"
    )
    text = document(server, media=media)
    path = write(git_repo, text)
    result, _report = check(path, online_web())
    finding = by_key(result)["not-oembed-description.fr.videos[1]"]
    assert finding.line == line_of(text, "conference.mp4") and finding.column == 9
    assert "oEmbed" in finding.message
    french, _report = check(path, online_web(), language="fr")
    assert "plateforme compatible avec oEmbed" in by_key(french)[
        "not-oembed-description.fr.videos[1]"].message
    assert len(result.findings) == 1


@pytest.mark.parametrize(
    ("url", "verdict"),
    [
        ("https://github.com/mairie-exemple/registre-arbres", True),
        ("https://github.com/mairie-exemple/registre-arbres.git", True),
        ("https://github.com/mairie-exemple", False),  # an account
        ("https://github.com/mairie-exemple/registre-arbres/blob/main/README.md", False),
        ("https://gitlab.com/ville/espaces-verts/registre", True),  # subgroups
        ("https://gitlab.com/ville/registre/-/tree/main", False),
        ("https://gitlab.com/ville", False),
        ("https://bitbucket.org/ville/registre", True),
        ("https://bitbucket.org/ville/registre/src/main/", False),
        ("https://forge.example.gouv.fr/ville/registre", None),  # not judged
    ],
)
def test_repository_form_on_the_forges_the_parser_knows(url: str, verdict: bool | None) -> None:
    assert online.is_repository_page(url) is verdict


def test_raw_files_of_forge_pages() -> None:
    assert online.raw_file("https://github.com/o/r/blob/main/img/logo.png") == (
        "https://raw.githubusercontent.com/o/r/main/img/logo.png")
    assert online.raw_file("https://gitlab.com/g/s/r/-/blob/main/logo.svg") == (
        "https://gitlab.com/g/s/r/raw/main/logo.svg")
    assert online.raw_file("https://example.org/logo.png") == "https://example.org/logo.png"


# ----- the web client alone ---------------------------------------------------------------


def test_the_client_sends_nothing_of_the_user(server: WebServer, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine 127.0.0.1 login agent password secret\n", encoding="utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    headers: list[dict[str, str]] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self) -> None:
            headers.append(dict(self.headers.items()))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        web = online_web()
        probe = web.probe(f"http://127.0.0.1:{httpd.server_address[1]}/", until=web.deadline())
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert probe.reach is Reach.REACHED
    assert "Authorization" not in headers[0] and "Cookie" not in headers[0]


@pytest.mark.parametrize("address", ["ftp://127.0.0.1/file", "file:///etc/passwd",
                                     "http://[::1/broken"])
def test_other_schemes_are_never_asked(address: str) -> None:
    web = online_web()
    probe = web.probe(address, until=web.deadline())
    assert probe.reach is Reach.UNCHECKED
    assert web.requests_sent == 0


def test_the_json_report_of_the_command_line(git_repo: GitRepo, server: WebServer, cli) -> None:
    path = write(git_repo, document(server, landing=server.url("/gone"),
                                    roadmap=server.url("/drip")))
    env = {"COMMONS_LINT_WEB_PRIVATE": "1", "COMMONS_LINT_FORGE_TIMEOUT": "1"}
    offline = cli("check", str(path), "--select", "publiccode-yml", "--format", "json", env=env)
    assert server.seen == []
    assert json.loads(offline.out)["results"][0]["status"] == "passed"
    started = time.monotonic()
    answer = cli("check", str(path), "--select", "publiccode-yml", "--format", "json",
                 "--online", env=env)
    assert time.monotonic() - started < 5
    report = json.loads(answer.out)
    result = report["results"][0]
    assert result["status"] == "failed"
    assert [f["key"] for f in result["findings"]] == ["unreachable-landingURL"]
    web_notices = [n for n in report["notices"] if "web address" in n]
    assert len(web_notices) == 1 and "/drip" in web_notices[0]


class RebindingWeb(Web):
    """A web client whose name check saw a public address, as when DNS answers a public
    address first and a private one when the connection is made (DNS rebinding)."""

    def _refused(self, url: str) -> str | None:
        return None


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_connection_that_reaches_a_non_public_peer_is_closed_unsent(
    server: WebServer, host: str
) -> None:
    web = RebindingWeb(2.0, allow_private=False)
    probe = web.probe(f"http://{host}:{server.port}/docs", until=web.deadline())
    assert probe.reach is Reach.UNCHECKED
    assert "non-public" in probe.problem
    assert server.seen == []
    assert len(web.notices()) == 1


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]", "10.0.0.7", "169.254.169.254"])
def test_non_public_names_and_addresses_are_refused_before_any_connection(host: str) -> None:
    web = Web(2.0, allow_private=False)
    probe = web.probe(f"http://{host}:9/latest/meta-data/", until=web.deadline())
    assert probe.reach is Reach.UNCHECKED and "non-public" in probe.problem
    assert web.requests_sent == 0


PLUGIN = '''
from commons_lint import Finding, Severity, Text, Theme, rule


@rule(id="asks-web", theme=Theme.IDENTIFY, severity=Severity.NOTE,
      title=Text(en="t", fr="t"), help=Text(en="h", fr="h"), tutorial="q")
def asks_web(repo, web):
    if web is None:
        yield Finding("offline", key="offline")
    else:
        yield Finding(f"online {web.timeout:g}", key="online")
'''


def test_any_rule_may_ask_for_web(git_repo: GitRepo, tmp_path: Path) -> None:
    """The engine hands ``web`` to whatever rule names it: None offline."""
    folder = rules_folder(tmp_path, "plugin_rules", {"asks_web.py": PLUGIN})
    git_repo.write("README.md", "# Registre\n")
    git_repo.commit("README")
    report = lint_report(git_repo.path, ["asks-web"], rules_dirs=[folder])
    assert [f.key for f in report.results[0].findings] == ["offline"]
    with web_in_use(Web(4.0, allow_private=True)):
        report = lint_report(git_repo.path, ["asks-web"], rules_dirs=[folder])
    assert [f.message for f in report.results[0].findings] == ["online 4"]

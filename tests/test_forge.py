"""--online: what the forge knows, read from a real HTTP server on 127.0.0.1 that answers
as the GitHub and GitLab REST APIs do; and the rules that accept a code of conduct,
security policy, contribution guide or FUNDING.yml inherited from the organisation."""

from __future__ import annotations

import base64
import http.server
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

import pytest

from commons_lint.forge import (
    CommunityFile,
    ForgeError,
    ForgeInfo,
    fetch,
    find_target,
    forge_in_use,
)

TOKEN = "ghp_n0t-a-r34l-t0k3n-but-s3cr3t"

CONDUCT_WITH_CONTACT = """# Code of conduct

We pledge to make participation in our projects a harassment-free experience for
everyone. Unacceptable behaviour may be reported privately to conduct@acme-commons.org,
read by two members of the community team, who answer within a week.
"""
CONDUCT_PLACEHOLDER = """# Code of conduct

We pledge to make participation in our projects a harassment-free experience for
everyone, whatever their experience, origin or identity. Instances of abusive behaviour
may be reported to the community leaders at [INSERT CONTACT METHOD].
"""
SECURITY_WITH_CONTACT = """# Security policy

Please do not open public issues for vulnerabilities. Report them privately to
security@acme-commons.org; we acknowledge every report within three working days.
"""
SECURITY_WITHOUT_CHANNEL = """# Security

We care about security and keep our dependencies up to date with automated tools, and
we review every change before it is merged into the main branch of each project.
"""
GUIDE = """# Contributing to Acme projects

Report a bug by opening an issue with the steps to reproduce it. Propose a change with
a pull request from a branch of your fork; a maintainer reviews it. You can also help
with documentation and translation, without writing code.
"""
FUNDING_YML = "github: [acme-commons]\nliberapay: acme\n"
README = """# Widget

Widget maps wildlife sightings for the naturalist associations of a region. It is meant
for the volunteers who record sightings and for the staff who publish the maps.

## Installation

Run `pip install widget`, then `widget serve` to open the map in a browser.
"""


def encoded(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# ----- a forge API on 127.0.0.1 -------------------------------------------------------------


@dataclass
class Answer:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


class ForgeServer:
    """Answers GET requests from a table of paths; records what it was asked."""

    def __init__(self) -> None:
        self.answers: dict[str, Answer] = {}
        self.seen: list[Seen] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.seen.append(Seen(self.path, dict(self.headers.items())))
                answer = server.answers.get(self.path) or server.answers.get(
                    self.path.split("?", 1)[0]
                )
                if answer is None:
                    answer = Answer(404, {"message": "Not Found"})
                if answer.delay:
                    time.sleep(answer.delay)
                data = json.dumps(answer.body).encode("utf-8")
                try:
                    self.send_response(answer.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in answer.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def paths(self) -> list[str]:
        return [seen.path for seen in self.seen]


@pytest.fixture
def server() -> Iterator[ForgeServer]:
    forge = ForgeServer()
    thread = threading.Thread(target=forge.httpd.serve_forever, daemon=True)
    thread.start()
    yield forge
    forge.httpd.shutdown()
    forge.httpd.server_close()


def github_repository(server: ForgeServer, **changes: Any) -> None:
    body = {
        "name": "widget",
        "full_name": "acme/widget",
        "private": False,
        "html_url": "https://github.com/acme/widget",
        "description": "Maps wildlife sightings for naturalist associations",
        "homepage": "https://widget.acme-commons.org",
        "topics": ["commons", "biodiversity"],
        "has_issues": True,
    }
    body.update(changes)
    server.answers["/api/v3/repos/acme/widget"] = Answer(body=body)
    server.answers["/api/v3/repos/acme/widget/releases/latest"] = Answer(body={
        "tag_name": "v2.1.0",
        "name": "Spring release",
        "published_at": "2024-04-02T09:30:00Z",
        "html_url": "https://github.com/acme/widget/releases/tag/v2.1.0",
    })


def organisation_files(server: ForgeServer, layout: dict[str, str]) -> None:
    """The acme/.github repository holding ``layout`` (path -> text)."""
    api = "/api/v3/repos/acme/.github"
    server.answers[api] = Answer(body={"name": ".github", "private": False})
    listings: dict[str, list[dict[str, str]]] = {"": []}
    for path, text in layout.items():
        folder, _slash, name = path.rpartition("/")
        listings.setdefault(folder, []).append({"name": name, "path": path, "type": "file"})
        if folder and not any(e["name"] == folder for e in listings[""]):
            listings[""].append({"name": folder, "path": folder, "type": "dir"})
        server.answers[f"{api}/contents/{path}"] = Answer(body={
            "type": "file", "encoding": "base64", "content": encoded(text), "path": path,
            "html_url": f"https://github.com/acme/.github/blob/main/{path}",
        })
    for folder, entries in listings.items():
        server.answers[f"{api}/contents/{folder}".rstrip("/")] = Answer(body=entries)


def github_target(server: ForgeServer, origin: str = "https://github.com/acme/widget.git"):
    return find_target(origin, None, server.base + "/api/v3")


@pytest.fixture
def widget(git_repo):
    """A local clone of acme/widget with its origin on github.com; nothing else."""
    git_repo.files({"README.md": README})
    git_repo.git("remote", "add", "origin", "https://github.com/acme/widget.git")
    return git_repo


def online(cli, path: Path, server: ForgeServer, *args: str, env: dict | None = None):
    environment = {"GITHUB_TOKEN": "", "GITLAB_TOKEN": "", **(env or {})}
    return cli("check", str(path), "--online", "--forge-url", server.base + "/api/v3",
               "--format", "json", *args, env=environment)


def result_of(report: dict, rule_id: str) -> dict:
    return next(r for r in report["results"] if r["rule"] == rule_id)


# ----- reading GitHub -----------------------------------------------------------------------


def test_github_repository_facts(server):
    github_repository(server)
    info = fetch(github_target(server), environ={})
    assert info.forge == "github" and info.project == "acme/widget"
    assert info.description == "Maps wildlife sightings for naturalist associations"
    assert info.topics == ("commons", "biodiversity")
    assert info.homepage == "https://widget.acme-commons.org"
    assert info.issues_enabled is True
    assert info.latest_release is not None
    assert info.latest_release.tag == "v2.1.0"
    assert info.latest_release.published is not None
    assert info.latest_release.published.year == 2024
    assert info.community_files == {}  # acme has no .github repository: a 404
    assert "/api/v3/repos/acme/.github" in server.paths()


def test_topics_listed_apart_by_older_servers(server):
    github_repository(server)
    body = server.answers["/api/v3/repos/acme/widget"].body
    del body["topics"]
    server.answers["/api/v3/repos/acme/widget/topics"] = Answer(body={"names": ["open-data"]})
    info = fetch(github_target(server), environ={})
    assert info.topics == ("open-data",)


def test_no_release_and_issues_closed(server):
    github_repository(server, has_issues=False, description=None, homepage="")
    del server.answers["/api/v3/repos/acme/widget/releases/latest"]
    info = fetch(github_target(server), environ={})
    assert info.latest_release is None
    assert info.issues_enabled is False
    assert info.description is None and info.homepage is None


@pytest.mark.parametrize(
    "layout, expected_path",
    [
        ({"CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT}, "CODE_OF_CONDUCT.md"),
        ({".github/CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT}, ".github/CODE_OF_CONDUCT.md"),
        ({"docs/CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT}, "docs/CODE_OF_CONDUCT.md"),
        # GitHub looks in .github/ first, then the root, then docs/
        ({"CODE_OF_CONDUCT.md": "root", ".github/CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT},
         ".github/CODE_OF_CONDUCT.md"),
        ({"docs/CODE_OF_CONDUCT.md": "docs", "CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT},
         "CODE_OF_CONDUCT.md"),
    ],
)
def test_organisation_community_files(server, layout, expected_path):
    github_repository(server)
    organisation_files(server, {**layout, "README.md": "Profile of Acme.", "logo.png": "x"})
    info = fetch(github_target(server), environ={})
    conduct = info.inherited(["code-of-conduct"])
    assert conduct is not None
    assert conduct.path == expected_path
    assert conduct.text == CONDUCT_WITH_CONTACT
    assert conduct.url.endswith(expected_path)
    assert info.community_source == "acme/.github"
    assert info.inherited(["readme"]) is None  # only community files are read
    assert not any(path.endswith("logo.png") for path in server.paths())


def test_all_four_community_files(server):
    github_repository(server)
    organisation_files(server, {
        "CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT,
        ".github/SECURITY.md": SECURITY_WITH_CONTACT,
        "docs/CONTRIBUTING.md": GUIDE,
        ".github/FUNDING.yml": FUNDING_YML,
    })
    info = fetch(github_target(server), environ={})
    assert set(info.community_files) == {
        "CODE_OF_CONDUCT.md", "SECURITY.md", "CONTRIBUTING.md", "FUNDING.yml"
    }
    assert info.inherited(["security"]).text == SECURITY_WITH_CONTACT
    assert info.inherited(["funding.yml"]).text == FUNDING_YML


def test_a_private_organisation_repository_is_not_inherited(server):
    github_repository(server)
    organisation_files(server, {"CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT})
    server.answers["/api/v3/repos/acme/.github"].body["private"] = True
    info = fetch(github_target(server), environ={})
    assert info.community_files == {}


def test_the_organisation_repository_itself_inherits_nothing(server):
    server.answers["/api/v3/repos/acme/.github"] = Answer(body={"name": ".github"})
    info = fetch(find_target("git@github.com:acme/.github.git", None,
                             server.base + "/api/v3"), environ={})
    assert info.community_files == {}
    assert not any("/contents" in path for path in server.paths())


def test_a_renamed_repository_is_followed_on_the_same_site(server):
    github_repository(server)
    server.answers["/api/v3/repos/acme/old-widget"] = Answer(
        301, {"message": "Moved Permanently"},
        {"Location": server.base + "/api/v3/repos/acme/widget"},
    )
    info = fetch(find_target("https://github.com/acme/old-widget", None,
                             server.base + "/api/v3"), environ={"GITHUB_TOKEN": TOKEN})
    assert info.description is not None


def test_a_redirect_to_another_site_is_not_followed(server):
    server.answers["/api/v3/repos/acme/widget"] = Answer(
        302, {}, {"Location": f"http://localhost:{server.port}/api/v3/repos/acme/widget"}
    )
    with pytest.raises(ForgeError, match="another site"):
        fetch(github_target(server), environ={"GITHUB_TOKEN": TOKEN})
    assert len(server.seen) == 1  # the token went nowhere else


# ----- reading GitLab -----------------------------------------------------------------------


def gitlab_project(server: ForgeServer, **changes: Any) -> None:
    body = {
        "id": 42,
        "path_with_namespace": "territoires/outils/cartofaune",
        "web_url": "https://gitlab.example.org/territoires/outils/cartofaune",
        "description": "Carte des observations naturalistes",
        "topics": ["communs", "biodiversité"],
        "issues_enabled": True,
    }
    body.update(changes)
    api = "/api/v4/projects/territoires%2Foutils%2Fcartofaune"
    server.answers[api] = Answer(body=body)
    server.answers[api + "/releases"] = Answer(body=[{
        "tag_name": "1.4.0", "name": "Version 1.4", "released_at": "2024-06-10T08:00:00Z",
        "_links": {"self": "https://gitlab.example.org/territoires/outils/cartofaune/-/releases/1.4.0"},
    }])


@pytest.mark.parametrize(
    "origin",
    [
        "https://gitlab.example.org/territoires/outils/cartofaune.git",
        "git@gitlab.example.org:territoires/outils/cartofaune.git",
        "ssh://git@gitlab.example.org:2222/territoires/outils/cartofaune",
    ],
)
def test_gitlab_project_facts(server, origin):
    gitlab_project(server)
    target = find_target(origin, None, server.base + "/api/v4")
    info = fetch(target, environ={"GITLAB_TOKEN": TOKEN})
    assert info.forge == "gitlab" and info.project == "territoires/outils/cartofaune"
    assert info.description == "Carte des observations naturalistes"
    assert info.topics == ("communs", "biodiversité")
    assert info.issues_enabled is True
    assert info.latest_release is not None and info.latest_release.tag == "1.4.0"
    assert info.homepage is None and info.community_files == {}
    assert server.seen[0].headers.get("PRIVATE-TOKEN") == TOKEN
    assert "per_page=1" in server.seen[-1].path


def test_older_gitlab_answers(server):
    gitlab_project(server, topics=None, tag_list=["sig"], issues_enabled=None,
                   issues_access_level="disabled")
    server.answers["/api/v4/projects/territoires%2Foutils%2Fcartofaune/releases"] = Answer(
        body=[]
    )
    target = find_target("https://gitlab.example.org/territoires/outils/cartofaune",
                         "gitlab", server.base + "/api/v4")
    info = fetch(target, environ={})
    assert info.topics == ("sig",)
    assert info.issues_enabled is False
    assert info.latest_release is None


# ----- which forge, which API ---------------------------------------------------------------


@pytest.mark.parametrize(
    "origin, forge, api, project",
    [
        ("https://github.com/acme/widget.git", "github", "https://api.github.com",
         "acme/widget"),
        ("git@github.com:acme/widget.git", "github", "https://api.github.com", "acme/widget"),
        ("ssh://git@github.com/acme/widget", "github", "https://api.github.com",
         "acme/widget"),
        ("https://gitlab.com/group/sub/project.git", "gitlab", "https://gitlab.com/api/v4",
         "group/sub/project"),
        ("https://gitlab.com/group/project/-/tree/main", "gitlab",
         "https://gitlab.com/api/v4", "group/project"),
    ],
)
def test_public_forges_are_found_from_the_origin(origin, forge, api, project):
    target = find_target(origin)
    assert (target.forge, target.api, target.project) == (forge, api, project)


@pytest.mark.parametrize(
    "origin, forge, api, fragment",
    [
        (None, None, None, "no origin"),
        ("file:///srv/git/widget.git", None, None, "no origin"),
        ("https://forge.example.org/acme/widget", None, None, "--forge"),
        ("https://ghe.example.org/acme/widget", "github", None, "--forge-url"),
        ("https://github.com/acme/widget/extra", None, None, "not a GitHub repository"),
    ],
)
def test_forges_that_cannot_be_found(origin, forge, api, fragment):
    with pytest.raises(ForgeError, match=fragment):
        find_target(origin, forge, api)


def test_requests_is_imported_only_online():
    code = (
        "import sys, commons_lint.cli, commons_lint.engine, commons_lint.forge; "
        "print('requests' in sys.modules)"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               check=True)
    assert completed.stdout.strip() == "False"


# ----- failures: one notice, and the check goes on ------------------------------------------


def test_a_rate_limit_is_one_notice_and_the_check_still_runs(cli, widget, server):
    reset = int(time.time()) + 3600
    server.answers["/api/v3/repos/acme/widget"] = Answer(
        403, {"message": "API rate limit exceeded"},
        {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)},
    )
    result = online(cli, widget.path, server, "--select", "readme,code-of-conduct")
    assert result.code in (0, 1), result.err
    report = json.loads(result.out)
    notices = [n for n in report["notices"] if "--online" in n]
    assert len(notices) == 1 and "rate limit" in notices[0]
    assert time.strftime("%H:%M", time.gmtime(reset)) in notices[0]
    assert "GITHUB_TOKEN" in notices[0]
    assert result_of(report, "readme")["status"] == "passed"
    assert result_of(report, "code-of-conduct")["status"] == "failed"
    assert len(server.seen) == 1  # no retry, no further request


def test_too_many_requests_with_retry_after(server):
    server.answers["/api/v3/repos/acme/widget"] = Answer(429, {}, {"Retry-After": "120"})
    with pytest.raises(ForgeError, match="rate limit is reached until"):
        fetch(github_target(server), environ={})


def test_a_slow_forge_is_given_up(cli, widget, server):
    github_repository(server)
    server.answers["/api/v3/repos/acme/widget"].delay = 3
    started = time.monotonic()
    result = online(cli, widget.path, server, "--select", "readme",
                    env={"COMMONS_LINT_FORGE_TIMEOUT": "0.3"})
    elapsed = time.monotonic() - started
    report = json.loads(result.out)
    assert any("did not answer within 0.3 s" in notice for notice in report["notices"])
    assert elapsed < 2.5
    assert len(server.seen) == 1


def test_an_unreachable_forge(cli, widget, server):
    port = server.port
    server.httpd.shutdown()
    server.httpd.server_close()
    result = cli("check", str(widget.path), "--online", "--forge-url",
                 f"http://127.0.0.1:{port}/api/v3", "--format", "json", "--select", "readme")
    report = json.loads(result.out)
    assert any("cannot reach the GitHub API" in notice for notice in report["notices"])


@pytest.mark.parametrize("status_code", [401, 200])
def test_the_token_is_sent_but_never_shown(cli, widget, server, status_code):
    github_repository(server)
    organisation_files(server, {"CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT})
    if status_code == 401:
        server.answers["/api/v3/repos/acme/widget"] = Answer(401, {"message": "Bad creds"})
    outputs = []
    for output_format in ("json", "text"):
        result = cli("check", str(widget.path), "--online", "--forge-url",
                     server.base + "/api/v3", "--format", output_format, "-v",
                     env={"GITHUB_TOKEN": TOKEN})
        outputs.append(result.out + result.err)
    assert server.seen and all(
        seen.headers.get("Authorization") == f"Bearer {TOKEN}" for seen in server.seen
    )
    assert not any(TOKEN in output or TOKEN[:12] in output for output in outputs)
    if status_code == 401:
        assert "refused the token in GITHUB_TOKEN" in outputs[0]


def test_no_token_no_authorization_header(server):
    github_repository(server)
    fetch(github_target(server), environ={"GITHUB_TOKEN": " "})
    assert all("Authorization" not in seen.headers for seen in server.seen)


def test_a_private_repository_without_a_token(server):
    with pytest.raises(ForgeError, match="GITHUB_TOKEN"):
        fetch(github_target(server), environ={})


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--forge", "github"], "--online"),
        (["--forge-url", "https://ghe.example.org/api/v3"], "--online"),
        (["--online", "--forge-url", "ftp://ghe.example.org/api/v3"], "http"),
        (["--online", "--forge-url", "https://forge.example.org/api"], "--forge github"),
    ],
)
def test_forge_options_misused(cli, widget, args, fragment):
    result = cli("check", str(widget.path), *args)
    assert result.code == 2
    assert fragment in result.err and len(result.err.strip().splitlines()) == 1


def test_the_online_notice_names_what_was_read(cli, widget, server):
    github_repository(server)
    result = online(cli, widget.path, server, "--select", "readme")
    report = json.loads(result.out)
    assert any("acme/widget" in notice and "GitHub" in notice for notice in report["notices"])


# ----- rules: community files inherited from the organisation -------------------------------


def forge_with(files: dict[str, str]) -> ForgeInfo:
    return ForgeInfo(
        forge="github",
        project="acme/widget",
        source="GitHub (https://api.github.com)",
        community_files=MappingProxyType({
            path.rpartition("/")[2]: CommunityFile(
                path, f"https://github.com/acme/.github/blob/main/{path}", text
            )
            for path, text in files.items()
        }),
        community_source="acme/.github",
    )


def lint_with(lint, path: Path, forge: ForgeInfo | None, rule_id: str, **kwargs: Any):
    with forge_in_use(forge):
        return lint(path, rule_id, **kwargs)[rule_id]


def finding_keys(result) -> set[str]:
    return {finding.key for finding in result.findings}


@pytest.mark.parametrize(
    "rule_id, files, status, expected_keys",
    [
        ("code-of-conduct", {"CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT},
         "passed-with-advice", {"inherited"}),
        ("code-of-conduct", {".github/CODE_OF_CONDUCT.md": CONDUCT_PLACEHOLDER},
         "failed", {"no-contact"}),
        ("code-of-conduct", {"CODE_OF_CONDUCT.md": "# Code of conduct\n"},
         "failed", {"empty"}),
        ("code-of-conduct", {"CODE_OF_CONDUCT.md": "See https://acme-commons.org/conduct"},
         "passed-with-advice", {"points-elsewhere", "inherited"}),
        ("security-policy", {".github/SECURITY.md": SECURITY_WITH_CONTACT},
         "passed-with-advice", {"inherited"}),
        ("security-policy", {"SECURITY.md": SECURITY_WITHOUT_CHANNEL},
         "failed", {"no-channel"}),
        ("contributing-guide", {"docs/CONTRIBUTING.md": GUIDE},
         "passed-with-advice", {"inherited"}),
        ("contributing-guide", {"CONTRIBUTING.md": "TODO\n"}, "failed", {"missing"}),
        ("funding", {".github/FUNDING.yml": FUNDING_YML}, "passed-with-advice", {"inherited"}),
        ("funding", {".github/FUNDING.yml": "github: []\ncustom: ''\n"}, "failed",
         {"missing"}),
    ],
)
def test_inherited_files_are_checked_like_the_projects_own(
    lint, git_repo, rule_id, files, status, expected_keys
):
    git_repo.files({"main.py": "print('widget')\n"})
    result = lint_with(lint, git_repo.path, forge_with(files), rule_id)
    assert result.status.value == status
    assert finding_keys(result) == expected_keys
    # about the repository as a whole: the file is not one of the repository's
    assert all(finding.path is None for finding in result.findings)


@pytest.mark.parametrize(
    "rule_id, files",
    [
        ("code-of-conduct", {"CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT}),
        ("security-policy", {"SECURITY.md": SECURITY_WITH_CONTACT}),
        ("contributing-guide", {"CONTRIBUTING.md": GUIDE}),
        ("funding", {"FUNDING.yml": FUNDING_YML}),
    ],
)
def test_without_forge_nothing_is_inherited(lint, git_repo, rule_id, files):
    git_repo.files({"main.py": "print('widget')\n"})
    offline = lint_with(lint, git_repo.path, None, rule_id)
    assert offline.status.value == "failed"
    assert "missing" in finding_keys(offline)
    other = lint_with(lint, git_repo.path, forge_with({"SUPPORT.md": GUIDE}), rule_id)
    assert other.status.value == "failed"  # the organisation has other files only


@pytest.mark.parametrize(
    "rule_id, local",
    [
        ("code-of-conduct", {"docs/CODE_DE_CONDUITE.md": "# Code de conduite\n\nÀ compléter.\n"}),
        ("code-of-conduct", {".github/CODE_OF_CONDUCT.md": CONDUCT_PLACEHOLDER}),
        ("security-policy", {".gitlab/SECURITE.md": SECURITY_WITHOUT_CHANNEL}),
        ("contributing-guide", {"CONTRIBUER.md": ""}),
    ],
)
def test_the_projects_own_file_wins_even_when_worse(lint, git_repo, rule_id, local):
    """GitHub shows the organisation's file only where the project has none."""
    git_repo.files({"main.py": "print('widget')\n", **local})
    files = {
        "CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT,
        "SECURITY.md": SECURITY_WITH_CONTACT,
        "CONTRIBUTING.md": GUIDE,
    }
    result = lint_with(lint, git_repo.path, forge_with(files), rule_id)
    assert result.status.value == "failed"
    assert "inherited" not in finding_keys(result)


def test_a_readme_security_section_comes_before_the_organisations_policy(lint, git_repo):
    git_repo.files({"README.md": "# Widget\n\n## Security\n\nReport vulnerabilities "
                                 "privately to security@widget-project.org.\n"})
    forge = forge_with({"SECURITY.md": SECURITY_WITH_CONTACT})
    result = lint_with(lint, git_repo.path, forge, "security-policy")
    assert finding_keys(result) == {"readme-section"}


def test_inherited_advice_in_french(lint, git_repo):
    git_repo.files({"main.py": "print('widget')\n"})
    forge = forge_with({"CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT})
    result = lint_with(lint, git_repo.path, forge, "code-of-conduct", language="fr")
    message = result.findings[0].message
    assert "hérité de l'organisation (acme/.github)" in message
    assert "https://github.com/acme/.github/blob/main/CODE_OF_CONDUCT.md" in message


def test_an_inherited_code_of_conduct_end_to_end(cli, widget, server):
    github_repository(server)
    organisation_files(server, {".github/CODE_OF_CONDUCT.md": CONDUCT_WITH_CONTACT})
    result = online(cli, widget.path, server, "--select", "code-of-conduct")
    report = json.loads(result.out)
    conduct = result_of(report, "code-of-conduct")
    assert conduct["status"] == "passed-with-advice"
    assert [f["key"] for f in conduct["findings"]] == ["inherited"]
    offline = cli("check", str(widget.path), "--select", "code-of-conduct", "--format", "json")
    assert result_of(json.loads(offline.out), "code-of-conduct")["status"] == "failed"
    assert urlsplit(server.seen[0].path).path == "/api/v3/repos/acme/widget"


# ----- release notes written on the forge (changelog, issue 9) -------------------------------


def test_release_notes_are_read_from_github_and_gitlab(server):
    github_repository(server)
    latest = "/api/v3/repos/acme/widget/releases/latest"
    server.answers[latest].body["body"] = "## What's new\n\n- Offline maps.\n"
    assert fetch(github_target(server), environ={}).latest_release.notes == (
        "## What's new\n\n- Offline maps.")
    server.answers[latest].body["body"] = "  \n"
    assert fetch(github_target(server), environ={}).latest_release.notes is None
    gitlab_project(server)
    releases = "/api/v4/projects/territoires%2Foutils%2Fcartofaune/releases"
    server.answers[releases].body[0]["description"] = "Carte hors ligne pour les bénévoles."
    target = find_target("https://gitlab.example.org/territoires/outils/cartofaune.git",
                         None, server.base + "/api/v4")
    notes = fetch(target, environ={}).latest_release.notes
    assert notes == "Carte hors ligne pour les bénévoles."


@pytest.mark.parametrize(
    "body, online_status",
    [
        ("## Added\n\n- Sightings can be exported as GeoJSON for the observatories.\n",
         "passed"),
        ("", "failed"),
        ("v2.1.0", "failed"),
        ("**Full Changelog**: https://github.com/acme/widget/compare/v2.0.0...v2.1.0",
         "failed"),
    ],
    ids=["written-notes", "empty-body", "tag-name-only", "generated-compare-link"],
)
def test_forge_release_notes_count_for_the_changelog_online(
    cli, widget, server, body, online_status
):
    github_repository(server)
    server.answers["/api/v3/repos/acme/widget/releases/latest"].body["body"] = body
    widget.tag("v2.1.0")
    report = json.loads(online(cli, widget.path, server, "--select", "changelog").out)
    result = result_of(report, "changelog")
    assert result["status"] == online_status
    if online_status == "passed":
        assert result["facts"]["forge_release_notes"] == "v2.1.0"
        assert "v2.1.0" in result["reason"]
    offline = cli("check", str(widget.path), "--select", "changelog", "--format", "json")
    assert result_of(json.loads(offline.out), "changelog")["status"] == "failed"

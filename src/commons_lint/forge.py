"""What only the forge knows, read from the GitHub or GitLab REST API (``--online``).

A repository's description, topics and home page, whether its issues are open, its
latest release, and on GitHub the community files its organisation publishes for all
its repositories (a ``.github`` repository holding CODE_OF_CONDUCT.md, SECURITY.md…).
They are read once, before the rules run, into a plain :class:`ForgeInfo`; a rule that
wants it names a ``forge`` parameter and gets None when the run is offline.

Nothing here is needed offline, and ``requests`` is imported only when the forge is
actually asked. Every failure (no network, a timeout, a rate limit, a refused token, an
answer too large, too deep, too slow or of an unexpected shape) becomes one
:class:`ForgeError` whose message is safe to print: tokens never appear in messages,
reports or errors.

Time is bounded in total, not per read: each request has :data:`DEFAULT_TIMEOUT`
seconds (``COMMONS_LINT_FORGE_TIMEOUT``) from its start to the last byte of its answer,
and all the requests of a run together :data:`PHASE_TIMEOUT_FACTOR` times as much.
"""

from __future__ import annotations

import base64
import binascii
import contextvars
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, TypeVar
from urllib.parse import quote, urljoin, urlsplit

from .i18n import _
from .repository import DOCUMENT_EXTENSIONS, decode, document_name, name_key, redact
from .structured import load_json

GITHUB = "github"
GITLAB = "gitlab"
FORGES = (GITHUB, GITLAB)
FORGE_NAMES = {GITHUB: "GitHub", GITLAB: "GitLab"}
TOKEN_VARIABLES = {GITHUB: "GITHUB_TOKEN", GITLAB: "GITLAB_TOKEN"}
# The public forges, found from a repository's origin; others need --forge-url.
PUBLIC_APIS = {
    "github.com": (GITHUB, "https://api.github.com"),
    "www.github.com": (GITHUB, "https://api.github.com"),
    "gitlab.com": (GITLAB, "https://gitlab.com/api/v4"),
    "www.gitlab.com": (GITLAB, "https://gitlab.com/api/v4"),
}
# The API paths of self-hosted forges: GitHub Enterprise Server and GitLab.
API_SUFFIXES = {"/api/v3": GITHUB, "/api/v4": GITLAB}

# Seconds for one request, from its start to the last byte of the answer.
DEFAULT_TIMEOUT = 10.0
TIMEOUT_VARIABLE = "COMMONS_LINT_FORGE_TIMEOUT"
MAX_TIMEOUT = 3600.0
# All the requests of a run together: this many times one request's limit (30 s).
PHASE_TIMEOUT_FACTOR = 3
MAX_RESPONSE_BYTES = 2 * 1024 * 1024
MAX_REDIRECTS = 3
# What a token may hold to be sent in a header: visible ASCII characters.
_SENDABLE_TOKEN = re.compile(r"[\x21-\x7e]+")
# A number of seconds in a header: ASCII digits only (str.isdigit also accepts "²"),
# and few of them (a moment past the year 9999 is no moment).
_HEADER_SECONDS = re.compile(r"[0-9]{1,11}")
# A rate limit said to end further away than this is not believed.
MAX_RATE_LIMIT_WAIT = 366 * 86400

# The organisation's community files GitHub shows in every repository that has none,
# looked for where GitHub looks: the .github folder, the root, docs/.
ORGANISATION_REPOSITORY = ".github"
ORGANISATION_DIRS = (".github", "", "docs")
COMMUNITY_STEMS = frozenset(
    name_key(stem)
    for stem in ("code_of_conduct", "contributing", "security", "support", "governance")
) | {"funding.yml", "funding.yaml"}  # FUNDING.yml is no document: its key keeps the suffix

Result = TypeVar("Result")

_SCHEME_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_SCP_LIKE = re.compile(r"^(?:[^@/:\s]+@)?(?P<host>[^@/:\s]+):(?P<path>.+)$")


class ForgeError(Exception):
    """The forge could not be read; the message is one line, safe to print."""


@dataclass(frozen=True)
class Release:
    tag: str
    name: str | None = None
    published: datetime | None = None
    url: str | None = None
    notes: str | None = None  # the release notes written on the forge, if any


@dataclass(frozen=True)
class CommunityFile:
    """A community file published by the organisation, not by the repository."""

    path: str  # in the organisation's repository, as ".github/SECURITY.md"
    url: str  # where people read it
    text: str


@dataclass(frozen=True)
class ForgeInfo:
    """What the forge says about the repository; plain data, read once per run."""

    forge: str  # "github" or "gitlab"
    project: str  # "owner/name", or "group/subgroup/name" on GitLab
    source: str  # where it was read, for messages: "GitHub (https://api.github.com)"
    web_url: str | None = None
    description: str | None = None
    topics: tuple[str, ...] = ()
    homepage: str | None = None
    latest_release: Release | None = None
    issues_enabled: bool | None = None
    # By file name ("SECURITY.md"): the organisation's defaults, inherited by the
    # repository wherever it has no file of its own.
    community_files: Mapping[str, CommunityFile] = field(
        default_factory=lambda: MappingProxyType({})
    )
    community_source: str | None = None  # "acme/.github"

    def inherited(self, names: Iterable[str]) -> CommunityFile | None:
        """The organisation's file named like one of ``names`` (compared as documents
        are: no case, accents, separators, extension or language suffix)."""
        wanted = {name_key(name) for name in names}
        for file_name, community_file in self.community_files.items():
            if _file_key(file_name) in wanted or name_key(file_name) in wanted:
                return community_file
        return None


def _file_key(file_name: str) -> str:
    named = document_name(file_name, DOCUMENT_EXTENSIONS)
    return name_key(named[0]) if named else name_key(file_name)


# ----- the forge of the run, for the engine ---------------------------------------------

_ACTIVE: ContextVar[ForgeInfo | None] = ContextVar("commons_lint_forge", default=None)


def active_forge() -> ForgeInfo | None:
    """What rules asking for ``forge`` receive: None unless the run is online."""
    return _ACTIVE.get()


@contextmanager
def forge_in_use(info: ForgeInfo | None) -> Iterator[None]:
    token = _ACTIVE.set(info)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


# ----- which forge, which API -------------------------------------------------------------


@dataclass(frozen=True)
class ForgeTarget:
    forge: str
    api: str  # base URL, without a final slash
    project: str

    @property
    def label(self) -> str:
        return f"{FORGE_NAMES[self.forge]} ({redact(self.api)})"


def forge_of_api(api_url: str) -> str | None:
    """``https://host/api/v3`` is a GitHub Enterprise API, ``…/api/v4`` a GitLab one."""
    path = urlsplit(api_url).path.rstrip("/")
    for suffix, forge in API_SUFFIXES.items():
        if path.endswith(suffix):
            return forge
    return None


def host_and_path(remote_url: str) -> tuple[str, str] | None:
    """The host and project path of a remote URL (https, ssh, git or scp-like)."""
    if _SCHEME_URL.match(remote_url):
        try:
            parts = urlsplit(remote_url)
        except ValueError:  # an unclosed "[" in the origin the repository names
            return None
        if parts.scheme.lower() == "file" or not parts.hostname:
            return None
        host, path = parts.hostname, parts.path
    else:
        scp = _SCP_LIKE.match(remote_url)
        if scp is None:
            return None
        host, path = scp["host"], scp["path"]
    path = path.split("/-/", 1)[0].strip("/")  # a GitLab page URL: /group/name/-/tree/main
    path = path.removesuffix(".git").strip("/")
    return (host.lower(), path) if path else None


def find_target(
    remote_url: str | None, forge: str | None = None, api_url: str | None = None
) -> ForgeTarget:
    """The API to ask about the repository whose origin is ``remote_url``.

    github.com and gitlab.com are recognised; any other host needs ``api_url`` (and the
    forge, unless the URL ends in /api/v3 or /api/v4). Tokens go only to these APIs.
    """
    located = host_and_path(remote_url) if remote_url else None
    if located is None:
        raise ForgeError(_("the repository has no origin remote on a forge"))
    host, project = located
    public = PUBLIC_APIS.get(host)
    forge = forge or (forge_of_api(api_url) if api_url else None) or (public and public[0])
    if forge is None:
        raise ForgeError(
            _("{host} is not a forge commons-lint knows: name it with --forge github|gitlab "
              "and --forge-url").format(host=host)
        )
    if api_url is None:
        if public is None or public[0] != forge:
            example = "/api/v3" if forge == GITHUB else "/api/v4"
            raise ForgeError(
                _("give the API of {host} with --forge-url (such as https://{host}{suffix})")
                .format(host=host, suffix=example)
            )
        api_url = public[1]
    if forge == GITHUB and project.count("/") != 1:
        raise ForgeError(_("{project} is not a GitHub repository path").format(project=project))
    return ForgeTarget(forge, api_url.rstrip("/"), project)


# ----- asking the API ---------------------------------------------------------------------


def timeout_from_environment(environ: Mapping[str, str] | None = None) -> float:
    value = (os.environ if environ is None else environ).get(TIMEOUT_VARIABLE, "")
    try:
        seconds = float(value)
    except ValueError:
        return DEFAULT_TIMEOUT
    # "inf" and "nan" parse too, and no thread can wait for ever.
    return seconds if 0 < seconds <= MAX_TIMEOUT else DEFAULT_TIMEOUT


def _header_seconds(value: str | None) -> int | None:
    """A header's whole number of seconds; None for anything else (a date, a sign, a
    fraction, another script's digits, too many digits)."""
    if value is None or not _HEADER_SECONDS.fullmatch(value.strip()):
        return None
    return int(value.strip())


def _reset_moment(headers: Mapping[str, str]) -> str | None:
    """When a rate limit ends, as HH:MM UTC, from the forge's headers; None when they
    do not say, or say something unbelievable."""
    now = datetime.now(UTC).timestamp()
    reset = _header_seconds(headers.get("X-RateLimit-Reset") or headers.get("RateLimit-Reset"))
    retry_after = _header_seconds(headers.get("Retry-After"))
    moment: float | None = None
    if reset is not None:
        moment = float(reset)
    elif retry_after is not None:
        moment = now + retry_after
    if moment is None or not now - MAX_RATE_LIMIT_WAIT < moment < now + MAX_RATE_LIMIT_WAIT:
        return None
    return datetime.fromtimestamp(moment, tz=UTC).strftime("%H:%M UTC")


def _is_rate_limit(status: int, headers: Mapping[str, str]) -> bool:
    if status not in (403, 429):
        return False
    remaining = headers.get("X-RateLimit-Remaining", headers.get("RateLimit-Remaining"))
    return status == 429 or remaining == "0" or "Retry-After" in headers


class _Client:
    """GET requests to one API: a total time limit each and for all of them, no retry;
    the first failure ends the run."""

    def __init__(self, target: ForgeTarget, timeout: float, token: str | None) -> None:
        import requests  # here, not at the top: an offline run never pays for it

        from . import __version__

        self.target = target
        self.timeout = timeout
        self.phase_seconds = timeout * PHASE_TIMEOUT_FACTOR
        self._phase_end = time.monotonic() + self.phase_seconds
        self.has_token = bool(token)
        self._requests = requests
        self._session = requests.Session()
        self._session.headers["User-Agent"] = f"commons-lint/{__version__}"
        if target.forge == GITHUB:
            self._session.headers["Accept"] = "application/vnd.github+json"
            self._session.headers["X-GitHub-Api-Version"] = "2022-11-28"
            if token:
                self._session.headers["Authorization"] = f"Bearer {token}"
        elif token:
            self._session.headers["PRIVATE-TOKEN"] = token
        origin = urlsplit(target.api)
        self._origin = (origin.scheme, origin.netloc)

    def close(self) -> None:
        self._session.close()

    @property
    def _name(self) -> str:
        return FORGE_NAMES[self.target.forge]

    def get(self, path: str, params: Mapping[str, str] | None = None) -> Any | None:
        """The decoded JSON at ``path`` (below the API), or None when it does not exist."""
        url = self.target.api + path
        for _redirect in range(MAX_REDIRECTS + 1):
            status, headers, body = self._send(url, params)
            if status in (301, 302, 303, 307, 308) and "Location" in headers:
                try:
                    url = urljoin(url, headers["Location"])
                    target = urlsplit(url)
                    elsewhere = (target.scheme, target.netloc) != self._origin
                except ValueError:  # "http://[::1" and the like
                    elsewhere = True
                params = None  # the new address carries its own query
                # The token goes nowhere but the API it was meant for.
                if elsewhere:
                    raise ForgeError(
                        _("the {forge} API redirected to another site").format(forge=self._name)
                    )
                continue
            return self._decode(status, headers, body)
        raise ForgeError(_("the {forge} API redirected too many times").format(forge=self._name))

    def _too_slow(self) -> ForgeError:
        return ForgeError(
            _("the {forge} API at {api} did not answer within {seconds:g} s").format(
                forge=self._name, api=redact(self.target.api), seconds=self.timeout
            )
        )

    def _send(
        self, url: str, params: Mapping[str, str] | None
    ) -> tuple[int, Mapping[str, str], bytes]:
        """One request, given up when its time or the run's is over (:func:`within`)."""
        phase_left = self._phase_end - time.monotonic()
        too_slow = self._too_slow()
        if phase_left < self.timeout:  # the run's limit comes first
            too_slow = ForgeError(
                _("the {forge} API took more than {seconds:g} s in all").format(
                    forge=self._name, seconds=self.phase_seconds
                )
            )
            if phase_left <= 0:
                raise too_slow
        seconds = min(self.timeout, phase_left)
        deadline = time.monotonic() + seconds
        try:
            return within(seconds, lambda: self._transfer(url, params, deadline, too_slow))
        except DeadlinePassed:
            raise too_slow from None

    def _transfer(
        self, url: str, params: Mapping[str, str] | None, deadline: float,
        too_slow: ForgeError,
    ) -> tuple[int, Mapping[str, str], bytes]:
        requests = self._requests
        try:
            with self._session.get(
                url, params=params, timeout=max(deadline - time.monotonic(), 0.001),
                allow_redirects=False, stream=True,
            ) as response:
                body = bytearray()
                for chunk in response.iter_content(65536):
                    body += chunk
                    if len(body) > MAX_RESPONSE_BYTES:
                        raise ForgeError(
                            _("the {forge} API sent an answer too large to read")
                            .format(forge=self._name)
                        )
                    if time.monotonic() > deadline:
                        raise too_slow
                return response.status_code, response.headers, bytes(body)
        except requests.Timeout as error:
            raise too_slow from error
        except requests.ConnectionError as error:
            raise ForgeError(
                _("cannot reach the {forge} API at {api}").format(
                    forge=self._name, api=redact(self.target.api)
                )
            ) from error
        except (requests.RequestException, ValueError) as error:  # ValueError: a Location
            raise ForgeError(  # that requests parses even when it does not follow it
                _("the request to the {forge} API failed ({problem})").format(
                    forge=self._name, problem=type(error).__name__
                )
            ) from error

    def _decode(
        self, status: int, headers: Mapping[str, str], body: bytes
    ) -> Any | None:
        if status == 404:
            return None
        if _is_rate_limit(status, headers):
            raise ForgeError(self._rate_limit_message(headers))
        if status == 401:
            variable = TOKEN_VARIABLES[self.target.forge]
            if self.has_token:
                raise ForgeError(
                    _("the {forge} API refused the token in {variable} (HTTP 401)")
                    .format(forge=self._name, variable=variable)
                )
            raise ForgeError(
                _("the {forge} API asks for a token: set {variable}").format(
                    forge=self._name, variable=variable
                )
            )
        if status != 200:
            raise ForgeError(
                _("the {forge} API answered HTTP {status}").format(
                    forge=self._name, status=status
                )
            )
        try:
            return load_json(body.decode("utf-8"))  # bounded: no recursion to the limit
        except (UnicodeDecodeError, ValueError) as error:
            raise ForgeError(
                _("the {forge} API did not answer in JSON").format(forge=self._name)
            ) from error

    def _rate_limit_message(self, headers: Mapping[str, str]) -> str:
        moment = _reset_moment(headers)
        if moment is None:
            message = _("the {forge} API's rate limit is reached").format(forge=self._name)
        else:
            message = _("the {forge} API's rate limit is reached until {moment}").format(
                forge=self._name, moment=moment
            )
        if not self.has_token:
            message += " " + _("(a token in {variable} raises it)").format(
                variable=TOKEN_VARIABLES[self.target.forge]
            )
        return message


class DeadlinePassed(Exception):
    """:func:`within` gave up waiting."""


def within(seconds: float, work: Callable[[], Result]) -> Result:
    """``work()``'s result, or :class:`DeadlinePassed` once ``seconds`` have passed.

    requests' own timeout bounds each read, not the whole answer (a server sending a
    byte a second never times out), so the work runs in a thread that is waited for
    until the deadline, then left behind: a daemon thread, which ends with its answer
    or with the process. What ``work`` raises is raised here.
    """
    outcome: list[Result | BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # handed to the waiting thread
            outcome.append(error)

    worker = threading.Thread(
        target=contextvars.copy_context().run, args=(run,), daemon=True,
        name="commons-lint-request",
    )
    worker.start()
    worker.join(max(seconds, 0.0))
    if not outcome:
        raise DeadlinePassed
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _topics(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(item.strip() for item in value if isinstance(item, str) and item.strip())


def _object(value: Any, what: str, client: _Client) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ForgeError(
            _("unexpected answer from the {forge} API for {what}").format(
                forge=FORGE_NAMES[client.target.forge], what=what
            )
        )
    return value


def _segments(path: str) -> str:
    return "/".join(quote(part, safe="") for part in path.split("/"))


# ----- GitHub -----------------------------------------------------------------------------


def _github(client: _Client) -> ForgeInfo:
    target = client.target
    repo_path = "/repos/" + _segments(target.project)
    answer = client.get(repo_path)
    if answer is None:
        raise ForgeError(_not_found(target, client))
    data = _object(answer, target.project, client)
    topics = _topics(data.get("topics"))
    if "topics" not in data:  # older Enterprise servers list them apart
        listed = client.get(repo_path + "/topics")
        topics = _topics(listed.get("names")) if isinstance(listed, dict) else ()
    owner, _slash, name = target.project.partition("/")
    files: dict[str, CommunityFile] = {}
    if name.lower() != ORGANISATION_REPOSITORY:
        files = _organisation_files(client, owner)
    has_issues = data.get("has_issues")
    return ForgeInfo(
        forge=GITHUB,
        project=target.project,
        source=target.label,
        web_url=_text(data.get("html_url")),
        description=_text(data.get("description")),
        topics=topics,
        homepage=_text(data.get("homepage")),
        latest_release=_github_release(client.get(repo_path + "/releases/latest")),
        issues_enabled=has_issues if isinstance(has_issues, bool) else None,
        community_files=MappingProxyType(files),
        community_source=f"{owner}/{ORGANISATION_REPOSITORY}" if files else None,
    )


def _github_release(answer: Any) -> Release | None:
    if not isinstance(answer, dict) or not _text(answer.get("tag_name")):
        return None
    return Release(
        tag=str(answer["tag_name"]).strip(),
        name=_text(answer.get("name")),
        published=_moment(answer.get("published_at") or answer.get("created_at")),
        url=_text(answer.get("html_url")),
        notes=_text(answer.get("body")),
    )


def _organisation_files(client: _Client, owner: str) -> dict[str, CommunityFile]:
    """The community files of the owner's public ``.github`` repository, by file name.

    GitHub shows them only from a public repository, and takes the first it finds in
    .github/, the root, then docs/.
    """
    base = f"/repos/{_segments(owner)}/{ORGANISATION_REPOSITORY}"
    organisation = client.get(base)
    if not isinstance(organisation, dict) or organisation.get("private") is True:
        return {}
    root = client.get(base + "/contents")
    if not isinstance(root, list):
        return {}
    folders = {entry["name"] for entry in root if isinstance(entry, dict)
               and entry.get("type") == "dir" and isinstance(entry.get("name"), str)}
    chosen: dict[str, str] = {}  # normalised name -> path, the first in GitHub's order
    for folder in ORGANISATION_DIRS:
        listing: Any = root
        if folder:
            listing = client.get(f"{base}/contents/{folder}") if folder in folders else []
        for entry in listing if isinstance(listing, list) else []:
            if not isinstance(entry, dict) or entry.get("type") != "file":
                continue
            file_name, path = entry.get("name"), entry.get("path")
            if isinstance(file_name, str) and isinstance(path, str):
                key = _file_key(file_name)
                if key in COMMUNITY_STEMS:
                    chosen.setdefault(key, path)
    files: dict[str, CommunityFile] = {}
    for path in chosen.values():
        community_file = _organisation_file(client, base, path)
        if community_file is not None:
            files[path.rpartition("/")[2]] = community_file
    return files


def _organisation_file(client: _Client, base: str, path: str) -> CommunityFile | None:
    answer = client.get(f"{base}/contents/{_segments(path)}")
    if not isinstance(answer, dict) or answer.get("encoding") != "base64":
        return None
    try:
        data = base64.b64decode(str(answer.get("content", "")), validate=False)
    except (binascii.Error, ValueError):
        return None
    url = _text(answer.get("html_url")) or f"{client.target.api}{base}/contents/{path}"
    return CommunityFile(path=path, url=url, text=decode(data))


def _not_found(target: ForgeTarget, client: _Client) -> str:
    forge = FORGE_NAMES[target.forge]
    if client.has_token:
        return _("{project} was not found on {forge}").format(project=target.project, forge=forge)
    return _("{project} was not found on {forge} (a private repository needs a token in "
             "{variable})").format(
        project=target.project, forge=forge, variable=TOKEN_VARIABLES[target.forge]
    )


# ----- GitLab -----------------------------------------------------------------------------


def _gitlab(client: _Client) -> ForgeInfo:
    target = client.target
    project_path = "/projects/" + quote(target.project, safe="")
    answer = client.get(project_path)
    if answer is None:
        raise ForgeError(_not_found(target, client))
    data = _object(answer, target.project, client)
    topics = _topics(data.get("topics")) or _topics(data.get("tag_list"))  # before 14.5
    issues = data.get("issues_enabled")
    if not isinstance(issues, bool) and isinstance(data.get("issues_access_level"), str):
        issues = data["issues_access_level"] != "disabled"
    releases = client.get(project_path + "/releases", params={"per_page": "1"})
    return ForgeInfo(
        forge=GITLAB,
        project=target.project,
        source=target.label,
        web_url=_text(data.get("web_url")),
        description=_text(data.get("description")),
        topics=topics,
        homepage=None,  # a GitLab project has no home page field
        latest_release=_gitlab_release(releases),
        issues_enabled=issues if isinstance(issues, bool) else None,
    )


def _gitlab_release(answer: Any) -> Release | None:
    if not isinstance(answer, list) or not answer or not isinstance(answer[0], dict):
        return None
    latest = answer[0]
    if not _text(latest.get("tag_name")):
        return None
    links = latest.get("_links")
    return Release(
        tag=str(latest["tag_name"]).strip(),
        name=_text(latest.get("name")),
        published=_moment(latest.get("released_at") or latest.get("created_at")),
        url=_text(links.get("self")) if isinstance(links, dict) else None,
        notes=_text(latest.get("description")),
    )


def fetch(
    target: ForgeTarget,
    *,
    timeout: float | None = None,
    environ: Mapping[str, str] | None = None,
) -> ForgeInfo:
    """Read what the forge knows about ``target.project``; :class:`ForgeError` if it cannot.

    The token comes from GITHUB_TOKEN or GITLAB_TOKEN in ``environ`` (the process's
    environment by default).
    """
    environment = os.environ if environ is None else environ
    variable = TOKEN_VARIABLES[target.forge]
    token = environment.get(variable, "").strip() or None
    if token is not None and not _SENDABLE_TOKEN.fullmatch(token):
        raise ForgeError(
            _("the token in {variable} holds characters that an HTTP header cannot carry; "
              "it was not sent").format(variable=variable)
        )
    client = _Client(target, timeout or timeout_from_environment(environment), token)
    try:
        return _github(client) if target.forge == GITHUB else _gitlab(client)
    except ForgeError:
        raise
    except Exception as error:  # an answer of a shape no check foresaw: still one notice
        raise ForgeError(
            _("the {forge} API sent an answer commons-lint cannot read ({problem})").format(
                forge=FORGE_NAMES[target.forge], problem=type(error).__name__
            )
        ) from error
    finally:
        client.close()

"""Bounded checks of the web addresses an inspected repository names (``--online``).

A rule that wants to know whether an address answers names a ``web`` parameter: it
gets a :class:`Web` when the run is ``--online``, None otherwise, so that an offline
run never touches the network. Each address is asked once per run (HEAD, then GET
when HEAD is refused), with the forge's bounds: a total deadline per address, from
the first byte sent to the last byte read (``COMMONS_LINT_FORGE_TIMEOUT``, 10 s by
default), one for each rule's checks together (three times as much), at most
:data:`MAX_REDIRECTS` redirects, and at most the bytes the rule asked for.

Nothing of the user's goes with a request: no token, no cookie, no ``.netrc``
credentials (proxies from the environment are still used). Addresses that resolve to
loopback, private, link-local or other non-public networks are not asked, as the
catalogues' parser refuses them, unless ``COMMONS_LINT_WEB_PRIVATE=1`` (a test
server, an intranet checked on purpose).

An address that answers with an error, refuses connections, has no DNS name, loops in
redirects or has an invalid certificate is *broken*: a rule reports it. One that could
not be checked (too slow, the rule's time spent, a non-public address, a rate limit) is
*unchecked*: the run gets one notice for all of them, never a finding.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum
from typing import Any
from urllib.parse import urljoin, urlsplit

from .forge import PHASE_TIMEOUT_FACTOR, DeadlinePassed, timeout_from_environment, within
from .i18n import _
from .repository import redact

# The catalogues' parser follows Go's default of 10 redirects.
MAX_REDIRECTS = 10
MAX_HEAD_BYTES = 1024 * 1024
PRIVATE_VARIABLE = "COMMONS_LINT_WEB_PRIVATE"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Answers that say "not now" rather than "not there".
_NOT_NOW = frozenset({429})


class Reach(Enum):
    REACHED = "reached"
    BROKEN = "broken"
    UNCHECKED = "unchecked"


@dataclass(frozen=True)
class Probe:
    """What asking one address gave."""

    url: str
    reach: Reach
    problem: str = ""  # why it is broken or unchecked, a short translated phrase
    status: int | None = None
    head: bytes = b""  # the first bytes of the answer, when they were asked for
    # broken because no connection could be made (no DNS name, refused): when every
    # address of a run fails so, the network is more likely down than the addresses
    unconnected: bool = False


class Web:
    """The run's web checks: each address asked once, its outcome kept."""

    def __init__(self, timeout: float | None = None, *, allow_private: bool | None = None,
                 environ: Mapping[str, str] | None = None) -> None:
        environment = os.environ if environ is None else environ
        self.timeout = timeout or timeout_from_environment(environment)
        self.rule_seconds = self.timeout * PHASE_TIMEOUT_FACTOR
        self.allow_private = (
            environment.get(PRIVATE_VARIABLE, "") == "1" if allow_private is None
            else allow_private
        )
        self._cache: dict[tuple[str, int], Probe] = {}
        self._unchecked: dict[str, Probe] = {}
        self._session: Any = None
        self._blocked = threading.local()  # the non-public peer a connection refused
        self.requests_sent = 0

    # -- what rules call

    def deadline(self) -> float:
        """The monotonic moment a rule's checks, begun now, must end by."""
        return time.monotonic() + self.rule_seconds

    def probe(self, url: str, *, until: float, head_bytes: int = 0) -> Probe:
        """Whether ``url`` answers, given up at ``until`` (from :meth:`deadline`);
        with ``head_bytes``, the first bytes of its content too (a GET)."""
        head_bytes = min(max(head_bytes, 0), MAX_HEAD_BYTES)
        cached = self._cache.get((url, head_bytes)) or (
            None if head_bytes else self._cache.get((url, MAX_HEAD_BYTES))
        )
        if cached is not None:
            return cached
        left = min(self.timeout, until - time.monotonic())
        if left <= 0:
            probe = Probe(url, Reach.UNCHECKED, _("the time given to web checks was spent"))
        else:
            try:
                probe = within(left, lambda: self._ask(url, head_bytes, time.monotonic() + left))
            except DeadlinePassed:
                probe = Probe(url, Reach.UNCHECKED, _("no answer within {seconds:g} s").format(
                    seconds=left))
        if probe.reach is Reach.UNCHECKED:
            self.mark_unchecked(probe)
        else:
            self._cache[(url, head_bytes)] = probe
        return probe

    def mark_unchecked(self, probe: Probe) -> None:
        """Count ``probe`` in the run's notice rather than as a finding."""
        self._unchecked.setdefault(probe.url, probe)

    def notices(self) -> list[str]:
        """One line about the addresses that could not be checked, if any."""
        if not self._unchecked:
            return []
        first = next(iter(self._unchecked.values()))
        if len(self._unchecked) == 1:
            message = _("--online: a web address could not be checked and is not judged "
                        "({url}: {problem})")
        else:
            message = _("--online: {count} web addresses could not be checked and are not "
                        "judged (the first, {url}: {problem})")
        return [message.format(
            count=len(self._unchecked), url=redact(first.url), problem=first.problem
        )]

    # -- asking

    def _client(self) -> Any:
        if self._session is None:
            import requests  # here, not at the top: an offline run never pays for it

            from . import __version__

            session = requests.Session()
            session.trust_env = False  # no .netrc credentials; proxies are added per request
            if not self.allow_private:
                adapter = _public_only_adapter(self._blocked)
                session.mount("http://", adapter)
                session.mount("https://", adapter)
            session.headers["User-Agent"] = f"commons-lint/{__version__}"
            session.headers["Accept-Encoding"] = "identity"  # the size read is the size sent
            self._session = session
        return self._session

    def _ask(self, url: str, head_bytes: int, deadline: float) -> Probe:
        """HEAD (unless bytes are wanted), then GET when HEAD gets no success."""
        if not head_bytes:
            first = self._follow(url, "HEAD", 0, deadline)
            if first.reach is not Reach.BROKEN or first.status is None:
                return first
        return self._follow(url, "GET", head_bytes, deadline)

    def _follow(self, url: str, method: str, head_bytes: int, deadline: float) -> Probe:
        import requests

        seen = {url}
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            refused = self._refused(current)
            if refused is not None:
                return Probe(url, Reach.UNCHECKED, refused)
            try:
                status, location, head = self._send(current, method, head_bytes, deadline)
            except requests.exceptions.SSLError:
                return Probe(url, Reach.BROKEN, _("its certificate is not valid"))
            except requests.Timeout:
                return Probe(url, Reach.UNCHECKED, _("no answer within {seconds:g} s").format(
                    seconds=self.timeout))
            except requests.ConnectionError:
                if getattr(self._blocked, "address", None):
                    self._blocked.address = None
                    return Probe(url, Reach.UNCHECKED,
                                 _("it leads to a non-public network address"))
                return Probe(url, Reach.BROKEN, _("no connection could be made"),
                             unconnected=True)
            except (requests.RequestException, ValueError) as error:
                return Probe(url, Reach.BROKEN, _("the request failed ({problem})").format(
                    problem=type(error).__name__))
            if status in _REDIRECTS and location:
                try:
                    current = urljoin(current, location)
                except ValueError:
                    return Probe(url, Reach.BROKEN, _("it redirects to an invalid address"))
                if current in seen:
                    return Probe(url, Reach.BROKEN, _("it redirects in a loop"), status)
                seen.add(current)
                continue
            if 200 <= status < 300:
                return Probe(url, Reach.REACHED, status=status, head=head)
            if status in _NOT_NOW:
                return Probe(url, Reach.UNCHECKED, _("HTTP {status}").format(status=status),
                             status)
            return Probe(url, Reach.BROKEN, _("HTTP {status}").format(status=status), status)
        return Probe(url, Reach.BROKEN, _("more than {count} redirects").format(
            count=MAX_REDIRECTS))

    def _send(
        self, url: str, method: str, head_bytes: int, deadline: float
    ) -> tuple[int, str | None, bytes]:
        import requests

        session = self._client()
        self.requests_sent += 1
        proxies = requests.utils.get_environ_proxies(url)
        with session.request(
            method, url, allow_redirects=False, stream=True, proxies=proxies,
            timeout=max(deadline - time.monotonic(), 0.001),
        ) as response:
            head = bytearray()
            if head_bytes and 200 <= response.status_code < 300:
                for chunk in response.iter_content(min(head_bytes, 16384)):
                    head += chunk
                    if len(head) >= head_bytes:
                        break
                    if time.monotonic() > deadline:  # a part is no answer
                        raise requests.Timeout
            return response.status_code, response.headers.get("Location"), bytes(head[:head_bytes])

    def _refused(self, url: str) -> str | None:
        """Why ``url`` is not asked, or None: an unusable scheme, a non-public host."""
        try:
            parts = urlsplit(url)
            host, port = parts.hostname, parts.port
        except ValueError:
            return _("it is not a valid address")
        if parts.scheme.lower() not in ("http", "https") or not host:
            return _("it is not an http or https address")
        if self.allow_private:
            return None
        try:
            addresses = socket.getaddrinfo(host, port or 443, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError):
            return None  # the request itself will say the name is unknown
        if any(not is_public(str(sockaddr[0])) for *_rest, sockaddr in addresses):
            return _("it leads to a non-public network address")
        return None


def is_public(address: str) -> bool:
    """Whether an IP address is on the public Internet (not loopback, private,
    link-local, shared, reserved or multicast)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    return ip.is_global and not ip.is_multicast


def _public_only_adapter(blocked: threading.local) -> Any:
    """A requests adapter whose connections end at once when the peer they reached is
    not public: the name was checked before the request, but DNS may answer
    differently the second time (rebinding). Connections through a proxy are the
    proxy's, and are not concerned."""
    import requests
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    def checked(sock: socket.socket) -> socket.socket:
        peer = str(sock.getpeername()[0])
        if not is_public(peer):
            sock.close()
            blocked.address = peer
            raise OSError(f"non-public address {peer}")
        return sock

    class PublicHTTPConnection(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            return checked(super()._new_conn())

    class PublicHTTPSConnection(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            return checked(super()._new_conn())

    class PublicHTTPPool(HTTPConnectionPool):
        ConnectionCls = PublicHTTPConnection

    class PublicHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = PublicHTTPSConnection

    class PublicOnlyAdapter(requests.adapters.HTTPAdapter):
        def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {
                "http": PublicHTTPPool, "https": PublicHTTPSPool,
            }

    return PublicOnlyAdapter()


# ----- the run's web checks, for the engine -----------------------------------------------

_ACTIVE: ContextVar[Web | None] = ContextVar("commons_lint_web", default=None)


def active_web() -> Web | None:
    """What rules asking for ``web`` receive: None unless the run is online."""
    return _ACTIVE.get()


@contextmanager
def web_in_use(web: Web | None) -> Iterator[Web | None]:
    token = _ACTIVE.set(web)
    try:
        yield web
    finally:
        _ACTIVE.reset(token)

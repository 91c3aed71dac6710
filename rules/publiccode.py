"""publiccode-yml: a publiccode.yml at the root describes the project for public catalogues.

The file is checked as the reference parser the catalogues run checks it (the tables
and value checks are in ``_publiccode_schema``): UTF-8, a supported version written
as text, required keys, unknown keys, types at every level (YAML 1.2 booleans), the
standard's value lists, lengths, dates, URLs and URNs, paths and images, SPDX
expressions, language tags, countries and media types, the Italian extension, plus
what YAML lets through silently (duplicated keys) or refuses with an obscure message
(tabs). Deprecated keys are advice. Offline, no network: paths and images are checked
in the repository itself; URLs are checked for their form only. With ``--online`` the
rule gets ``web`` and runs the parser's network checks (``_publiccode_online``).

Facts: ``file``, ``publiccode_yml_version`` (as declared, or None), ``valid`` (no
error), ``errors`` and ``warnings`` (advice) counts; with ``--online``,
``urls_checked`` (addresses asked) and ``urls_broken``.

Each finding gives its line and column (``Finding.line``, ``Finding.column``), and a
language-independent key naming the class of problem and the key's path, list
indexes included (``invalid-date-maintenance.contractors[0].until``), so that two
findings on one file never share a key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from commons_lint import (
    Evidence,
    Fact,
    Finding,
    Outcome,
    Repository,
    Severity,
    Summary,
    Text,
    Theme,
    rule,
)
from commons_lint.languages import language_tag
from commons_lint.structured import Malformed, compose_yaml
from commons_lint.web import Web

from . import _publiccode_schema as schema
from ._common import PUBLICCODE_NAMES, TUTORIAL_URL, _, yaml_cause, yaml_problem
from ._publiccode_online import OnlineCheck
from ._publiccode_schema import Condition, Format, Key, Kind, LicenceVerdict

CATEGORIES_URL = "https://yml.publiccode.tools/categories-list.html"
SPDX_URL = "https://spdx.org/licenses/"
# Past this many allowed values, the fix points to the standard's list instead.
MAX_LISTED_CHOICES = 12

_NULL_TAG = "tag:yaml.org,2002:null"
_STRING_TAG = "tag:yaml.org,2002:str"
_MERGE_TAG = "tag:yaml.org,2002:merge"
# The booleans of YAML 1.2 (core schema), which the catalogues' parser reads; PyYAML
# follows YAML 1.1, where yes, no, on and off are booleans too.
YAML_1_2_BOOLEANS = frozenset({"true", "True", "TRUE", "false", "False", "FALSE"})
YAML_1_1_ONLY_BOOLEANS = frozenset(
    word for base in ("yes", "no", "on", "off", "y", "n")
    for word in (base, base.capitalize(), base.upper())
)
# Past this many bytes, the file is not read: a publiccode.yml takes a few kilobytes.
MAX_FILE_BYTES = 1024 * 1024

Entry = tuple[yaml.Node, yaml.Node]  # (key node, value node)


# ----- reading the YAML tree -------------------------------------------------------


def line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def column(node: yaml.Node) -> int:
    return int(node.start_mark.column) + 1


def entries(mapping: yaml.MappingNode, merging: frozenset[int] = frozenset()) -> list[Entry]:
    """The mapping's entries with YAML merge keys (``<<: *base``) expanded.

    Merged entries come first so that, read in order, the mapping's own entries win,
    as YAML says; of several merged mappings the first wins.
    """
    merged: list[Entry] = []
    own: list[Entry] = []
    for key_node, value_node in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.tag == _MERGE_TAG:
            many = isinstance(value_node, yaml.SequenceNode)
            sources = value_node.value if many else [value_node]
            for source in reversed(sources):
                if isinstance(source, yaml.MappingNode) and id(source) not in merging:
                    merged.extend(entries(source, merging | {id(mapping)}))
        else:
            own.append((key_node, value_node))
    return merged + own


def by_name(mapping: yaml.MappingNode) -> dict[str, Entry]:
    """Entries by key name; of repeated keys the last, as YAML loaders keep it."""
    return {
        str(key_node.value): (key_node, value_node)
        for key_node, value_node in entries(mapping)
        if isinstance(key_node, yaml.ScalarNode)
    }


def is_blank(node: yaml.Node) -> bool:
    if isinstance(node, yaml.ScalarNode):
        return node.tag == _NULL_TAG or not str(node.value).strip()
    if isinstance(node, (yaml.SequenceNode, yaml.MappingNode)):
        return not node.value
    return False


def is_text(node: yaml.Node) -> bool:
    """Any scalar but null: the catalogues read an unquoted 2024-05-01 or 1.2 as text too."""
    return isinstance(node, yaml.ScalarNode) and node.tag != _NULL_TAG


def is_boolean(node: yaml.Node) -> bool:
    """true or false, unquoted: a quoted "true" is text, and so is yes (YAML 1.2)."""
    return (
        isinstance(node, yaml.ScalarNode)
        and node.style is None
        and str(node.value) in YAML_1_2_BOOLEANS
    )


def is_plain_text(node: yaml.Node) -> bool:
    """A scalar the parser reads as a string: quoted, or plain and not a number,
    boolean or null (publiccodeYmlVersion must be one)."""
    if not isinstance(node, yaml.ScalarNode):
        return False
    return node.style is not None or node.tag == _STRING_TAG


def duplicated_keys(root: yaml.Node) -> Iterator[tuple[str, yaml.Node, yaml.Node]]:
    """(dotted path, first key node, repeated key node) for each key repeated in a mapping.

    PyYAML keeps the last value silently; the catalogues' parser refuses the file.
    Aliases share nodes, so each node is visited once (this also ends self-references).
    """
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, str]] = [(root, "")]
    while stack:
        node, where = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend((item, f"{where}[{index}]") for index, item in enumerate(node.value))
        elif isinstance(node, yaml.MappingNode):
            first: dict[str, yaml.Node] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE_TAG:
                    continue
                name = str(key_node.value)
                dotted = f"{where}.{name}" if where else name
                if name in first:
                    yield dotted, first[name], key_node
                else:
                    first[name] = key_node
                stack.append((value_node, dotted))


# ----- messages that depend on the table ------------------------------------------


def kind_label(kind: Kind) -> str:
    labels = {
        Kind.TEXT: _("a text value"),
        Kind.BOOLEAN: _("true or false"),
        Kind.LIST: _("a list of values"),
        Kind.MAPPING: _("a mapping of keys to values"),
        Kind.TEXT_OR_LIST: _("a text value or a list of them"),
        Kind.LANGUAGES: _("a mapping of language codes (en, fr…) to descriptions"),
    }
    return labels[kind]


def choices_fix(choices: Sequence[str]) -> str:
    if len(choices) > MAX_LISTED_CHOICES:
        return _("Use a value from the standard's list: {url}.").format(url=CATEGORIES_URL)
    return _("Use one of: {choices}.").format(choices=", ".join(choices))


def language_fix(value: str) -> str:
    suggestion = language_tag(value)
    if suggestion is not None and suggestion != value and schema.is_language_tag(suggestion):
        return _("Write it as {tag}.").format(tag=suggestion)
    return _("Use a BCP 47 language tag such as fr, en or pt-BR.")


# ----- checking -----------------------------------------------------------------------


@dataclass
class Checker:
    """Checks one document against the schema of one version and collects findings."""

    path: str
    standard: schema.Schema
    exists: Callable[[str], bool]  # whether the repository holds a path the file names
    head: Callable[[str, int], bytes | None]  # the first bytes of a repository file
    findings: list[Finding] = field(default_factory=list)

    # -- reporting

    def report(
        self, key: str, message: str, fix: str, node: yaml.Node, *, advice: bool = False
    ) -> None:
        self.findings.append(
            Finding(
                message,
                path=self.path,
                line=line(node),
                column=column(node),
                fix=fix,
                advice=advice,
                key=key,
            )
        )

    def missing(self, dotted: str, node: yaml.Node) -> None:
        self.report(
            f"missing-{dotted}",
            _("The required key {key} is missing or empty.").format(key=dotted),
            _("Add {key}, as the publiccode.yml standard requires.").format(key=dotted),
            node,
        )

    def wrong_type(self, dotted: str, kind: Kind, node: yaml.Node) -> None:
        expected = kind_label(kind)
        if (
            kind is Kind.BOOLEAN
            and isinstance(node, yaml.ScalarNode)
            and str(node.value) in YAML_1_1_ONLY_BOOLEANS | YAML_1_2_BOOLEANS
        ):
            self.report(
                f"wrong-type-{dotted}",
                _("{key} is {value!r}, which YAML 1.2, as the catalogues read it, takes "
                  "for text, not for true or false.").format(key=dotted, value=node.value),
                _("Write true or false, without quotes."),
                node,
            )
            return
        self.report(
            f"wrong-type-{dotted}",
            _("{key} should be {expected}.").format(key=dotted, expected=expected),
            _("Write {key} as {expected}, as the publiccode.yml standard defines it.")
            .format(key=dotted, expected=expected),
            node,
        )

    # -- structure

    def run(self, root: yaml.MappingNode) -> list[Finding]:
        self.check_duplicates(root)
        self.check_mapping(root, self.standard.keys, "", root)
        self.check_italian_sections(root)
        return self.findings

    def check_italian_sections(self, root: yaml.MappingNode) -> None:
        present = by_name(root)
        if "IT" in present and "it" in present:
            self.report(
                "duplicate-section-it",
                _("The file has both an IT and an it section: catalogues refuse it."),
                _("Keep the IT section only (it is its deprecated spelling)."),
                present["it"][0],
            )

    def check_duplicates(self, root: yaml.Node) -> None:
        for dotted, first, repeated in duplicated_keys(root):
            self.report(
                f"duplicate-key-{dotted}",
                _("{key} appears twice in the same section: catalogues refuse the file, "
                  "and only the last value counts here.").format(key=dotted),
                _("Keep a single {key} (the first one is at line {first}).")
                .format(key=dotted, first=line(first)),
                repeated,
            )

    def check_mapping(
        self, node: yaml.MappingNode, keys: Sequence[Key], where: str, anchor: yaml.Node
    ) -> None:
        """Check ``node``'s keys; ``anchor`` is where a missing key is reported."""
        present = by_name(node)
        for key in keys:
            self.check_key(key, present, where, anchor)
        self.check_unknown_keys(present, keys, where)

    def check_unknown_keys(
        self, present: Mapping[str, Entry], keys: Sequence[Key], where: str
    ) -> None:
        known = {key.name for key in keys}
        for name, (key_node, _value) in present.items():
            if name in known:
                continue
            dotted = f"{where}.{name}" if where else name
            self.report(
                f"unknown-key-{dotted}",
                _("{key} is not a key of the publiccode.yml standard: catalogues refuse "
                  "the file.").format(key=dotted),
                _("Check its spelling and case against the standard, or remove it."),
                key_node,
            )

    def check_key(
        self, key: Key, present: Mapping[str, Entry], where: str, anchor: yaml.Node
    ) -> None:
        dotted = f"{where}.{key.name}" if where else key.name
        entry = present.get(key.name)
        if entry is None or (is_blank(entry[1]) and not is_checked_empty(key, entry[1])):
            if key.required or holds(key.required_if, present):
                self.missing(dotted, anchor if entry is None else entry[0])
            return
        key_node, value_node = entry
        if key.allowed_if is not None and not holds(key.allowed_if, present):
            self.not_allowed(dotted, key.allowed_if, key_node)
        if key.deprecated is not None:
            self.deprecated(dotted, key.deprecated, key_node)
        self.check_value(key, value_node, dotted, key_node)

    def deprecated(self, dotted: str, replacement: str, node: yaml.Node) -> None:
        fix = (
            _("Use {replacement} instead: catalogues may stop reading {key}.")
            .format(replacement=replacement, key=dotted)
            if replacement
            else _("Remove {key}: catalogues may stop reading it.").format(key=dotted)
        )
        self.report(
            f"deprecated-{dotted}",
            _("{key} is deprecated in the publiccode.yml standard.").format(key=dotted),
            fix,
            node,
            advice=True,
        )

    def not_allowed(self, dotted: str, condition: Condition, node: yaml.Node) -> None:
        values = " / ".join(condition.values)
        self.report(
            f"not-allowed-{dotted}",
            _("{key} is allowed only when {condition} is {values}.")
            .format(key=dotted, condition=condition.sibling, values=values),
            _("Remove {key}, or set {condition} to {values}.")
            .format(key=dotted, condition=condition.sibling, values=values),
            node,
        )

    def check_value(self, key: Key, node: yaml.Node, dotted: str, key_node: yaml.Node) -> None:
        if key.kind is Kind.TEXT:
            if is_text(node):
                self.check_text(key, node, dotted)
            else:
                self.wrong_type(dotted, key.kind, node)
        elif key.kind is Kind.BOOLEAN:
            if not is_boolean(node):
                self.wrong_type(dotted, key.kind, node)
        elif key.kind is Kind.TEXT_OR_LIST and is_text(node):
            self.check_text(key, node, dotted)
        elif key.kind in (Kind.LIST, Kind.TEXT_OR_LIST):
            if isinstance(node, yaml.SequenceNode):
                for index, item in enumerate(node.value):
                    self.check_item(key, item, f"{dotted}[{index}]")
            else:
                self.wrong_type(dotted, key.kind, node)
        elif not isinstance(node, yaml.MappingNode):
            self.wrong_type(dotted, key.kind, node)
        elif key.kind is Kind.LANGUAGES:
            self.check_languages(key, node, dotted)
        else:
            self.check_mapping(node, key.fields, dotted, key_node)

    def check_item(self, key: Key, item: yaml.Node, dotted: str) -> None:
        if key.items is Kind.MAPPING:
            if isinstance(item, yaml.MappingNode):
                self.check_mapping(item, key.fields, dotted, item)
            else:
                self.wrong_type(dotted, Kind.MAPPING, item)
        elif is_text(item):
            self.check_text(key, item, dotted)
        elif not (isinstance(item, yaml.ScalarNode) and key.format is None and not key.choices):
            self.wrong_type(dotted, Kind.TEXT, item)

    def check_languages(self, key: Key, node: yaml.MappingNode, dotted: str) -> None:
        """A LANGUAGES key: each language tag holds a mapping of ``key.fields``."""
        for language, (language_node, text_node) in by_name(node).items():
            where = f"{dotted}.{language}"
            if not schema.is_language_tag(language):
                self.invalid_language(where, dotted, language, language_node)
            if isinstance(text_node, yaml.MappingNode):
                self.check_mapping(text_node, key.fields, where, language_node)
            else:
                self.report(
                    f"wrong-type-{where}",
                    _("{key} should be {expected}.").format(
                        key=where, expected=kind_label(Kind.MAPPING)
                    ),
                    _("Under description, give each language code (en, fr…) its "
                      "shortDescription, longDescription and features."),
                    text_node,
                )

    # -- values

    def check_text(self, key: Key, node: yaml.Node, dotted: str) -> None:
        value = str(node.value)
        if key.choices and value not in key.choices:
            self.report(
                f"invalid-value-{dotted}",
                _("{key} is {value!r}, a value the publiccode.yml standard does not know.")
                .format(key=dotted, value=value),
                choices_fix(key.choices),
                node,
            )
        if key.format is not None:
            FORMAT_CHECKS[key.format](self, key, value, dotted, node)
        self.check_length(key, value, dotted, node)

    def check_length(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        length = schema.text_length(value)
        if key.max_length is not None and length > key.max_length:
            self.report(
                f"too-long-{dotted}",
                _("{key} has {length} characters; the standard allows at most {limit}.")
                .format(key=dotted, length=length, limit=key.max_length),
                _("Shorten it to {limit} characters or fewer.").format(limit=key.max_length),
                node,
            )
        if key.min_length is not None and length < key.min_length:
            self.report(
                f"too-short-{dotted}",
                _("{key} has {length} characters; the standard asks for at least {limit}.")
                .format(key=dotted, length=length, limit=key.min_length),
                _("Describe the software in more detail: at least {limit} characters.")
                .format(limit=key.min_length),
                node,
            )
        if key.advised_max_length is not None and length > key.advised_max_length:
            self.report(
                f"long-item-{dotted}",
                _("{key} has {length} characters: features read best as short items "
                  "(up to {limit}).")
                .format(key=dotted, length=length, limit=key.advised_max_length),
                _("Keep each feature to a short phrase and move the details to longDescription."),
                node,
                advice=True,
            )

    def check_date(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        if not schema.is_date(value):
            self.report(
                f"invalid-date-{dotted}",
                _("{key} is {value!r}, which is not a real date written YYYY-MM-DD.")
                .format(key=dotted, value=value),
                _("Write the date as YYYY-MM-DD, for example 2024-05-01."),
                node,
            )

    def check_http_url(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        if not schema.is_http_url(value):
            self.report(
                f"invalid-url-{dotted}",
                _("{key} is {value!r}, which is not a web address (http:// or https:// "
                  "followed by a host name).").format(key=dotted, value=value),
                _("Write the full address, for example https://example.org/project."),
                node,
            )

    def check_repository_url(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        if not schema.is_repository_url(value):
            self.report(
                f"invalid-url-{dotted}",
                _("{key} is {value!r}, which is not the URL of a repository (a scheme such "
                  "as https:// or git:// followed by a host name).")
                .format(key=dotted, value=value),
                _("Give the address the repository is cloned from, for example "
                  "https://git.example.org/team/project.git."),
                node,
            )

    def check_organisation_uri(
        self, key: Key, value: str, dotted: str, node: yaml.Node
    ) -> None:
        if schema.is_organisation_uri(value):
            return
        if value.lower().startswith(schema.ITALIAN_PA_URN):
            message = _("{key} is {value!r}: an Italian public administration is written "
                        "urn:x-italian-pa: followed by its IPA code.")
            fix = _("Write its code in the IPA index after the prefix, for example "
                    "urn:x-italian-pa:c_h501.")
        else:
            message = _("{key} is {value!r}, which is neither a web address nor a URN.")
            fix = _("Write an address such as https://example.org or a URN such as "
                    "urn:x-italian-pa:c_h501.")
        self.report(f"invalid-uri-{dotted}", message.format(key=dotted, value=value), fix, node)

    def check_support_id(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        if not schema.is_support_id(value):
            self.report(
                f"invalid-support-{dotted}",
                _("{key} is {value!r}, which is neither an alias of the standard's list "
                  "(alias:gdpr, alias:eidas…) nor a URL or a URN.")
                .format(key=dotted, value=value),
                _("Use one of: {choices}, or the URL of the standard supported.")
                .format(choices=", ".join(f"alias:{a}" for a in schema.SUPPORT_ALIASES)),
                node,
            )

    def check_mime_type(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        if not schema.is_mime_type(value):
            self.report(
                f"invalid-mime-type-{dotted}",
                _("{key} is {value!r}, which is not a media type (MIME type).")
                .format(key=dotted, value=value),
                _("Write it as type/subtype, for example text/csv or application/pdf."),
                node,
            )

    def check_ipa_code(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        if not schema.is_ipa_code(value):
            self.report(
                f"invalid-ipa-code-{dotted}",
                _("{key} is {value!r}, which is not the form of a code of the Italian "
                  "public administrations' index (IPA): letters, digits and _.")
                .format(key=dotted, value=value),
                _("Use the administration's code in the IPA index, for example c_h501, "
                  "or better organisation.uri: urn:x-italian-pa:<code>."),
                node,
            )

    def check_file(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        """A file of the repository, named by its path, or an http(s) URL (whose
        target only the network could check)."""
        if value == "" or schema.is_http_url(value):
            return
        path = self.check_relative_path(key, value, dotted, node)
        if path is not None:
            self.check_extension(key, path, dotted, node)

    def check_logo(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        """A FILE that is, by its bytes, the SVG, SVGZ or PNG its name says."""
        if value == "" or schema.is_http_url(value):
            return
        path = self.check_relative_path(key, value, dotted, node)
        if path is None or not self.check_extension(key, path, dotted, node):
            return
        kind = schema.extension(path)
        head = self.head(path, schema.IMAGE_SNIFF_BYTES)
        # Unreadable (an object missing from a partial clone): nothing to judge.
        if head is not None and not schema.is_image_for(kind, head):
            self.report(
                f"not-an-image-{dotted}",
                _("{key} names {value!r}, whose content is not a {format} image: a "
                  "renamed file, or a damaged one.")
                .format(key=dotted, value=value, format=kind.upper()),
                _("Save the image in that format from an image editor: renaming a file "
                  "does not convert it."),
                node,
            )

    def check_relative_path(
        self, key: Key, value: str, dotted: str, node: yaml.Node
    ) -> str | None:
        """The repository path ``value`` names, once checked to be there."""
        path = schema.relative_path(value)
        if path is None:
            self.report(
                f"invalid-path-{dotted}",
                _("{key} is {value!r}, which is not a path inside the repository.")
                .format(key=dotted, value=value),
                _("Give the path from the root of the repository, for example "
                  "img/logo.svg, without a leading / or .., or an https:// address."),
                node,
            )
            return None
        if not self.exists(path):
            self.report(
                f"file-not-found-{dotted}",
                _("{key} names {value!r}, a file that is not in the repository.")
                .format(key=dotted, value=value),
                _("Add the file, or correct the path (it starts from the root of the "
                  "repository)."),
                node,
            )
            return None
        return path

    def check_extension(self, key: Key, path: str, dotted: str, node: yaml.Node) -> bool:
        if key.extensions and schema.extension(path) not in key.extensions:
            formats = ", ".join(extension.upper() for extension in key.extensions)
            self.report(
                f"invalid-format-{dotted}",
                _("{key} is {value!r}; the standard accepts these formats: {formats}.")
                .format(key=dotted, value=path, formats=formats),
                _("Provide the file in one of these formats: {formats}.").format(formats=formats),
                node,
            )
            return False
        return True

    def check_licence(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        found = schema.check_licence(value)
        ids = ", ".join(found.ids)
        if found.verdict is LicenceVerdict.SYNTAX:
            self.report(
                f"invalid-licence-{dotted}",
                _("{key} is {value!r}, which is not a valid SPDX licence expression.")
                .format(key=dotted, value=value),
                _("Use SPDX identifiers joined by AND, OR or WITH, for example EUPL-1.2 or "
                  "MIT OR Apache-2.0 ({url}).").format(url=SPDX_URL),
                node,
            )
        elif found.verdict is LicenceVerdict.UNKNOWN:
            self.report(
                f"unknown-licence-{dotted}",
                _("{key} uses {ids}, which the SPDX licence list does not know.")
                .format(key=dotted, ids=ids),
                _("Use the licence's SPDX identifier ({url}), or LicenseRef-… for a licence "
                  "outside the list.").format(url=SPDX_URL),
                node,
            )
        elif found.verdict is LicenceVerdict.DEPRECATED:
            self.report(
                f"deprecated-licence-{dotted}",
                _("{key} uses {ids}, SPDX identifiers that are deprecated.")
                .format(key=dotted, ids=ids),
                _("Use the current identifier, for example GPL-3.0-only or GPL-3.0-or-later "
                  "instead of GPL-3.0."),
                node,
                advice=True,
            )

    def check_language(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        if not schema.is_language_tag(value):
            self.invalid_language(dotted, dotted, value, node)

    def invalid_language(self, finding_path: str, shown: str, value: str, node: yaml.Node) -> None:
        """``finding_path`` names the finding; ``shown`` is the key the user reads."""
        self.report(
            f"invalid-language-{finding_path}",
            _("{key}: {value!r} is not an IETF BCP 47 language tag.")
            .format(key=shown, value=value),
            language_fix(value),
            node,
        )

    def check_country(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        if not schema.is_country_code(value):
            self.report(
                f"invalid-country-{dotted}",
                _("{key} is {value!r}, which is not a two-letter country code (ISO 3166-1).")
                .format(key=dotted, value=value),
                _("Use two-letter country codes in upper case, such as FR or IT."),
                node,
            )
        elif value != value.upper():
            self.report(
                f"lower-case-country-{dotted}",
                _("{key} is {value!r}: country codes in lower case are deprecated.")
                .format(key=dotted, value=value),
                _("Write it in upper case: {code}.").format(code=value.upper()),
                node,
                advice=True,
            )

    def check_email(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        if not schema.is_email(value):
            self.report(
                f"invalid-email-{dotted}",
                _("{key} is {value!r}, which is not an e-mail address.")
                .format(key=dotted, value=value),
                _("Write the address as name@example.org."),
                node,
            )


def is_checked_empty(key: Key, node: yaml.Node) -> bool:
    """An empty text written as such (releaseDate: "") where the parser checks it."""
    return key.empty_is_a_value and is_text(node)


def holds(condition: Condition | None, present: Mapping[str, Entry]) -> bool:
    """True when a sibling key has one of the condition's values (or is there, if none)."""
    if condition is None:
        return False
    entry = present.get(condition.sibling)
    if entry is None or not is_text(entry[1]) or is_blank(entry[1]):
        return False
    return not condition.values or str(entry[1].value) in condition.values


FORMAT_CHECKS: Mapping[Format, Callable[[Checker, Key, str, str, yaml.Node], None]] = {
    Format.DATE: Checker.check_date,
    Format.HTTP_URL: Checker.check_http_url,
    Format.REPOSITORY_URL: Checker.check_repository_url,
    Format.ORGANISATION_URI: Checker.check_organisation_uri,
    Format.SUPPORT_ID: Checker.check_support_id,
    Format.FILE: Checker.check_file,
    Format.LOGO: Checker.check_logo,
    Format.SPDX_EXPRESSION: Checker.check_licence,
    Format.LANGUAGE_TAG: Checker.check_language,
    Format.COUNTRY_CODE: Checker.check_country,
    Format.MIME_TYPE: Checker.check_mime_type,
    Format.IPA_CODE: Checker.check_ipa_code,
    Format.EMAIL: Checker.check_email,
}


# ----- the file as a whole ------------------------------------------------------------


# PyYAML refuses tabs between tokens ("name:<tab>Cartofaune"), which YAML 1.2 and the
# catalogues' parser accept; past this many such tabs, the file is not worth rescuing.
MAX_SEPARATING_TABS = 50
# Each rescued tab costs one more parse of the whole file (seconds for 1 MiB): the
# characters parsed again are bounded too, which leaves 50 rescues to a 10 kB file.
MAX_RESCUE_CHARACTERS = 512 * 1024


def parse(text: str) -> yaml.Node | None:
    """The composed node tree: positions kept, nothing constructed or run, nesting and
    alias expansion bounded (``structured``: a file past the bounds is Malformed).

    A tab PyYAML chokes on between tokens is read as the space YAML 1.2 takes it for;
    a tab in indentation stays an error, as it is in every YAML version.
    """
    attempts = min(MAX_SEPARATING_TABS, MAX_RESCUE_CHARACTERS // max(len(text), 1))
    for _attempt in range(attempts):
        try:
            return compose_yaml(text)
        except Malformed as error:
            index = offending_tab(error, text)
            if index is None or is_indentation(text, index):
                raise
            text = text[:index] + " " + text[index + 1 :]
    return compose_yaml(text)


def offending_tab(error: Malformed, text: str) -> int | None:
    """Where the tab the parser stopped at is, if it stopped at a tab."""
    cause = yaml_cause(error)
    mark = cause.problem_mark if cause is not None else None
    if mark is None or not 0 <= mark.index < len(text) or text[mark.index] != "\t":
        return None
    return int(mark.index)


def is_indentation(text: str, index: int) -> bool:
    line_start = text.rfind("\n", 0, index) + 1
    return not text[line_start:index].strip()


def invalid_yaml(path: str, text: str, error: Malformed) -> Finding:
    at_line, at_column, problem = yaml_problem(error, text)
    tab = offending_tab(error, text)
    if tab is not None:
        return Finding(
            _("{file} indents with a tab character, which YAML does not allow.")
            .format(file=path),
            path=path,
            line=at_line,
            column=at_column,
            fix=_("Indent with spaces only."),
            key="tab-indentation",
        )
    return Finding(
        _("{file} is not valid YAML: {problem}.").format(file=path, problem=problem),
        path=path,
        line=at_line,
        column=at_column,
        fix=_("Correct the YAML syntax (indentation, quotes, colons) on that line."),
        key="invalid-yaml",
    )


def empty(path: str) -> Finding:
    return Finding(
        _("{file} is empty.").format(file=path),
        path=path,
        fix=_("Describe the project in it: name, url, description, legal, maintenance, "
              "localisation…"),
        key="empty",
    )


def version_findings(path: str, root: yaml.MappingNode) -> list[Finding]:
    """What is wrong with the declared version: the parser reads no further."""
    entry = by_name(root).get("publiccodeYmlVersion")
    if entry is None or not is_text(entry[1]) or is_blank(entry[1]):
        return []  # the schema reports it missing, or of the wrong type
    node = entry[1]
    declared = str(node.value).strip()
    where = {"path": path, "line": line(node), "column": column(node)}
    if not is_plain_text(node):
        return [Finding(
            _("publiccodeYmlVersion is written as a number ({value}): catalogues refuse "
              "it, the standard defines it as text.").format(value=declared),
            fix=_("Quote it: publiccodeYmlVersion: \"{value}\".").format(value=declared),
            key="wrong-type-publiccodeYmlVersion",
            **where,  # type: ignore[arg-type]
        )]
    if not schema.is_supported_version(declared):
        return [Finding(
            _("publiccodeYmlVersion {value!r} is not a version of the publiccode.yml "
              "standard that catalogues read ({versions}).")
            .format(value=declared, versions=", ".join(schema.SUPPORTED_VERSIONS)),
            fix=_("Declare the version of the standard the file follows, for example "
                  "publiccodeYmlVersion: \"{latest}\".").format(latest=schema.LATEST_VERSION),
            key="unsupported-version",
            **where,  # type: ignore[arg-type]
        )]
    return []


def not_utf8(path: str, error: UnicodeDecodeError, data: bytes) -> Finding:
    at_line = data.count(b"\n", 0, error.start) + 1
    at_column = error.start - data.rfind(b"\n", 0, error.start)  # in bytes: no characters
    return Finding(
        _("{file} is not encoded in UTF-8 (byte {offset}): catalogues refuse it.")
        .format(file=path, offset=error.start),
        path=path,
        line=at_line,
        column=at_column,
        fix=_("Save it as UTF-8 in your editor."),
        key="not-utf-8",
    )


def validate(
    path: str,
    text: str,
    exists: Callable[[str], bool],
    head: Callable[[str, int], bytes | None] = lambda _path, _size: None,
) -> list[Finding]:
    """Findings about one publiccode.yml file's content.

    ``exists`` tells whether the repository holds a path the file names, ``head``
    gives the first bytes of such a file (to recognise an image).
    """
    return inspect_text(path, text, exists, head)[0]


def inspect_text(
    path: str,
    text: str,
    exists: Callable[[str], bool],
    head: Callable[[str, int], bytes | None],
) -> tuple[list[Finding], str | None]:
    """The findings, and publiccodeYmlVersion as written (None when unreadable)."""
    if not text.strip():
        return [empty(path)], None
    try:
        root = parse(text)
    except Malformed as error:
        return [invalid_yaml(path, text, error)], None
    if root is None or is_blank(root):
        return [empty(path)], None
    if not isinstance(root, yaml.MappingNode):
        return [Finding(
            _("{file} should be a mapping of keys to values.").format(file=path),
            path=path,
            line=line(root),
            column=column(root),
            fix=_("Start the file with keys such as publiccodeYmlVersion: \"0.4\" and name: …"),
            key="not-a-mapping",
        )], None
    findings = version_findings(path, root)
    findings += Checker(path, schema.SCHEMA, exists, head).run(root)
    return findings, declared_version(root)


def declared_version(root: yaml.MappingNode) -> str | None:
    entry = by_name(root).get("publiccodeYmlVersion")
    if entry is None or not isinstance(entry[1], yaml.ScalarNode) or is_blank(entry[1]):
        return None
    return str(entry[1].value).strip()


def root_files(repo: Repository) -> list[str]:
    """publiccode.yml files at the root, the exact standard name first."""
    found = [p for p in repo.files_in("") if p.lower() in PUBLICCODE_NAMES]
    return sorted(
        found, key=lambda p: (p not in PUBLICCODE_NAMES, PUBLICCODE_NAMES.index(p.lower()))
    )


def misplaced_files(repo: Repository) -> list[str]:
    """publiccode.yml files below the root, other than vendored copies and examples."""
    return sorted(
        path for path in repo.files_named(*PUBLICCODE_NAMES) if "/" in path and repo.is_own(path)
    )


def read_text(repo: Repository, path: str) -> str | Finding:
    """The file's text, strictly UTF-8 as the catalogues read it (a BOM is allowed)."""
    data = repo.head(path, MAX_FILE_BYTES + 1)
    if data is None:
        read = repo.read(path)  # unreadable as bytes: say why through the usual read
        return read.text or ""
    if len(data) > MAX_FILE_BYTES:
        return Finding(
            _("{file} is too large to be checked (more than 1 MiB).").format(file=path),
            path=path,
            fix=_("Keep publiccode.yml to the description of the project: a few kilobytes "
                  "are enough."),
            key="too-large",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return not_utf8(path, error, data)


def check_file(repo: Repository, path: str, web: Web | None = None) -> Iterator[Outcome]:
    """The findings about one file, then its evidence, facts and summary; with ``web``
    (``--online``), the checks that need the network too."""
    text = read_text(repo, path)
    if isinstance(text, Finding):
        findings, version = [text], None
    else:
        findings, version = inspect_text(path, text, repo.exists, repo.head)
        if web is not None:
            online = online_findings(path, text, findings, web)
            if online is not None:
                findings += online.findings
                yield Fact("urls_checked", online.asked)
                yield Fact("urls_broken", online.broken)
    yield from findings
    errors = sum(1 for finding in findings if not finding.advice)
    warnings = len(findings) - errors
    yield Evidence(path, note=_("publiccode.yml {version}").format(version=version or "?"))
    yield Fact("file", path)
    yield Fact("publiccode_yml_version", version)
    yield Fact("valid", errors == 0)
    yield Fact("errors", errors)
    yield Fact("warnings", warnings)
    if errors == 0:
        yield Summary(_("{file} {version}, valid").format(file=path, version=version or "?"))
    else:
        yield Summary(ngettext_errors(path, errors))


@dataclass
class OnlineOutcome:
    findings: list[Finding]
    asked: int
    broken: int


# After these, the catalogues' parser reads no further.
_FINAL_KEYS = frozenset({"unsupported-version", "wrong-type-publiccodeYmlVersion"})


def online_findings(
    path: str, text: str, offline: Sequence[Finding], web: Web
) -> OnlineOutcome | None:
    """The network checks of a file that parses as a mapping (None otherwise)."""
    if any(finding.key in _FINAL_KEYS for finding in offline):
        return None
    try:
        root = parse(text)
    except Malformed:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    check = OnlineCheck(path, web)
    found = check.run(root)
    return OnlineOutcome(found, check.asked, check.broken)


def ngettext_errors(path: str, errors: int) -> str:
    if errors == 1:
        return _("{file}: 1 error").format(file=path)
    return _("{file}: {count} errors").format(file=path, count=errors)


@rule(
    id="publiccode-yml",
    theme=Theme.IDENTIFY,
    severity=Severity.NOTE,
    title=Text(
        en="A publiccode.yml describes the project for public software catalogues",
        fr="Un publiccode.yml décrit le projet pour les catalogues de logiciels publics",
    ),
    help=Text(
        en="""\
No directory lists every digital commons: before starting a new project, an
administration has to search for an existing one that could meet its needs. Public
software catalogues such as code.gouv.fr or Developers Italia build their listings from
a publiccode.yml file at the root of each repository: with it, civil servants can tell
what the software does, its licence, its maturity and who maintains it, and reuse or
join it instead of duplicating it. A file the catalogues cannot read lists nothing.

Checked: a publiccode.yml (or publiccode.yaml) at the repository root; copies under
vendor/ or examples/ do not count, and one elsewhere in the repository is not found by
the catalogues. When present, the file is checked as the catalogues' reference parser
(publiccode-parser-go) checks it: UTF-8, valid YAML (spaces, not tabs, one document,
no key written twice in a section), a supported publiccodeYmlVersion written as text
(0.2 to 0.5, and 0 or 0.7; every 0.x version is read with the same schema); the
required keys (name, url, platforms, developmentStatus, softwareType, description in
each language with shortDescription, longDescription and features, legal.license,
maintenance with contacts or contractors, localisation; organisation.uri and
fundedBy[].uri when those are given); no key outside the standard, at any level; the
type of every key (lists, mappings, texts, and booleans written true or false: yes, no,
on and off are text in YAML 1.2); the standard's value lists (development status,
software type, maintenance type, categories, scopes, aliases of supports); text
lengths in characters as a reader counts them (shortDescription up to 150,
longDescription from 150 to 10,000, genericName up to 35); dates written YYYY-MM-DD;
well-formed URLs and URNs; logo, screenshots and authorsFile present in the repository,
the logo a real SVG, SVGZ or PNG and screenshots PNG or JPG; legal.license a valid SPDX
expression; language tags in IETF BCP 47 form with subtags of the IANA registry;
ISO 3166 country codes; MIME types; the Italian extension (IT.countryExtensionVersion,
the form of riuso.codiceIPA and of urn:x-italian-pa: URIs, the IT key's case, IT and
it together). Each problem is reported with its line and column. Deprecated keys
(monochromeLogo, inputTypes, outputTypes, legal.authorsFile, legal.repoOwner,
genericName, the it section, IT.conforme, IT.riuso.codiceIPA), lower-case country
codes and deprecated SPDX identifiers are advice. Offline, nothing is fetched from
the network: URLs are checked for their form, not for what they lead to. With --online,
the parser's network checks run too: url, landingURL, roadmap, documentation,
apiDocumentation, and a logo, screenshot or authorsFile given as a URL must answer
(each address within a time limit; those that cannot be checked are named in one
notice), a logo's content must be its format, url on GitHub, GitLab.com or Bitbucket
must be a repository's address, and videos must be on a platform of the oEmbed
providers registry. Without the file, the rule
reports a suggestion; with the option required (set by the fr-public profile), the
absence counts at the rule's configured severity.

Fix: add a publiccode.yml at the root, for example with the publiccode.yml editor, and
describe the project in French and English; correct each reported line.""",
        fr="""\
Aucun annuaire ne recense tous les communs numériques : avant de lancer un projet, une
administration doit chercher s'il en existe déjà un qui réponde à ses besoins. Les
catalogues de logiciels publics comme code.gouv.fr ou Developers Italia construisent
leurs fiches à partir d'un fichier publiccode.yml placé à la racine de chaque dépôt :
grâce à lui, les agents publics savent ce que fait le logiciel, sa licence, sa maturité
et qui le maintient, et peuvent le réutiliser ou y contribuer plutôt que de le refaire.
Un fichier que les catalogues ne savent pas lire ne référence rien.

Vérifié : un publiccode.yml (ou publiccode.yaml) à la racine du dépôt ; les copies sous
vendor/ ou examples/ ne comptent pas, et un fichier placé ailleurs dans le dépôt n'est
pas trouvé par les catalogues. S'il est présent, le fichier est vérifié comme le
vérifie l'analyseur de référence des catalogues (publiccode-parser-go) : de l'UTF-8, du
YAML valide (des espaces et non des tabulations, un seul document, aucune clé écrite
deux fois dans une section), un publiccodeYmlVersion reconnu et écrit comme du texte
(0.2 à 0.5, ainsi que 0 et 0.7 ; toutes les versions 0.x sont lues avec le même
schéma) ; les clés obligatoires (name, url, platforms, developmentStatus, softwareType,
description dans chaque langue avec shortDescription, longDescription et features,
legal.license, maintenance avec contacts ou contractors, localisation ;
organisation.uri et fundedBy[].uri quand ces sections sont données) ; aucune clé hors
du standard, à aucun niveau ; le type de chaque clé (listes, tables, textes, et booléens
écrits true ou false : yes, no, on et off sont du texte en YAML 1.2) ; les listes de
valeurs du standard (état de développement, type de logiciel, type de maintenance,
catégories, domaines, alias de supports) ; la longueur des textes en caractères tels
qu'un lecteur les compte (shortDescription jusqu'à 150, longDescription de 150 à
10 000, genericName jusqu'à 35) ; des dates au format AAAA-MM-JJ ; des URL et des URN
bien formés ; un logo, des captures d'écran et un authorsFile présents dans le dépôt,
le logo étant un vrai SVG, SVGZ ou PNG et les captures des PNG ou JPG ; une expression
SPDX valide dans legal.license ; des étiquettes de langue au format IETF BCP 47, avec
des sous-étiquettes du registre de l'IANA ; des codes de pays ISO 3166 ; des types
MIME ; l'extension italienne (IT.countryExtensionVersion, la forme de riuso.codiceIPA
et des URI urn:x-italian-pa:, la casse de la clé IT, IT et it ensemble). Chaque
problème est signalé avec sa ligne et sa colonne. Les clés dépréciées (monochromeLogo,
inputTypes, outputTypes, legal.authorsFile, legal.repoOwner, genericName, la section
it, IT.conforme, IT.riuso.codiceIPA), les codes de pays en minuscules et les
identifiants SPDX dépréciés font l'objet de conseils. Hors ligne, rien n'est
téléchargé : les URL sont vérifiées dans leur forme, pas dans ce vers quoi elles
mènent. Avec --online, les vérifications en ligne de l'analyseur s'y ajoutent : url,
landingURL, roadmap, documentation, apiDocumentation, ainsi qu'un logo, une capture
d'écran ou un authorsFile donnés par une URL doivent répondre (chaque adresse dans un
délai limité ; celles qui n'ont pas pu être vérifiées sont nommées dans un seul avis),
le contenu d'un logo doit correspondre à son format, url sur GitHub, GitLab.com ou
Bitbucket doit être l'adresse d'un dépôt, et les vidéos doivent être hébergées sur une
plateforme du registre des fournisseurs oEmbed. Sans le fichier,
la règle fait une suggestion ; avec l'option required (activée par le profil
fr-public), l'absence compte à la sévérité configurée pour la règle.

Correction : ajoutez un publiccode.yml à la racine, par exemple avec l'éditeur
publiccode.yml, et décrivez le projet en français et en anglais ; corrigez chaque ligne
signalée.""",
    ),
    tutorial="Identifier — Où trouver des communs numériques susceptibles de répondre à des "
    "besoins spécifiques ?",
    url=TUTORIAL_URL,
    options={"required": False},
)
def publiccode_yml(
    repo: Repository, options: Mapping[str, Any], web: Web | None = None
) -> Iterator[Outcome]:
    at_root = root_files(repo)
    if at_root:
        path = at_root[0]
        if path not in PUBLICCODE_NAMES:
            yield Finding(
                _("{file} is not named publiccode.yml in lower case: catalogues look for "
                  "that exact name.").format(file=path),
                path=path,
                fix=_("Rename it to publiccode.yml."),
                key="misnamed",
            )
        yield from check_file(repo, path, web)
        return
    # Absent, the file is a suggestion unless the configuration requires it.
    severity = None if options.get("required", False) else Severity.NOTE
    misplaced = misplaced_files(repo)
    if misplaced:
        yield Finding(
            _("{file} is not at the root of the repository, where catalogues look for it.")
            .format(file=misplaced[0]),
            path=misplaced[0],
            fix=_("Move it to the root of the repository."),
            severity=severity,
            key="not-at-root",
        )
        return
    yield Finding(
        _("No publiccode.yml at the root: public software catalogues (code.gouv.fr, "
          "Developers Italia) cannot list the project."),
        fix=_("Add a publiccode.yml at the root with the project's name, description, "
              "licence, maintenance and languages."),
        severity=severity,
        key="missing",
    )

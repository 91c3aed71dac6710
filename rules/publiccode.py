"""publiccode-yml: a publiccode.yml at the root describes the project for public catalogues.

The file is checked against the publiccode.yml standard for the version it declares
(the tables and value checks are in ``_publiccode_schema``): required keys, types,
the standard's value lists, lengths, dates, URLs, paths, SPDX expressions and language
tags, plus what YAML lets through silently (duplicated keys) or refuses with an
obscure message (tabs). No network: paths are checked against the repository itself.

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

from commons_lint import Finding, Repository, Severity, Text, Theme, rule
from commons_lint.languages import language_tag

from . import _publiccode_schema as schema
from ._common import PUBLICCODE_NAMES, TUTORIAL_URL, _, yaml_problem
from ._publiccode_schema import Condition, Format, Key, Kind, LicenceVerdict

CATEGORIES_URL = "https://yml.publiccode.tools/categories-list.html"
SPDX_URL = "https://spdx.org/licenses/"
# Past this many allowed values, the fix points to the standard's list instead.
MAX_LISTED_CHOICES = 12

_NULL_TAG = "tag:yaml.org,2002:null"
_BOOL_TAG = "tag:yaml.org,2002:bool"
_NUMBER_TAGS = ("tag:yaml.org,2002:float", "tag:yaml.org,2002:int")
_MERGE_TAG = "tag:yaml.org,2002:merge"

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
    return isinstance(node, yaml.ScalarNode) and node.tag == _BOOL_TAG


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
    standard: schema.Schema  # the version the file is checked against
    exists: Callable[[str], bool]  # whether the repository holds a path the file names
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
        return self.findings

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
                _("{key} is not a key of version {version} of the publiccode.yml standard: "
                  "catalogues ignore or refuse it.")
                .format(key=dotted, version=self.standard.version),
                _("Check its spelling against the standard, or remove it."),
                key_node,
                advice=True,
            )

    def check_key(
        self, key: Key, present: Mapping[str, Entry], where: str, anchor: yaml.Node
    ) -> None:
        dotted = f"{where}.{key.name}" if where else key.name
        entry = present.get(key.name)
        if entry is None or is_blank(entry[1]):
            if key.required or holds(key.required_if, present):
                self.missing(dotted, anchor if entry is None else entry[0])
            return
        key_node, value_node = entry
        if key.allowed_if is not None and not holds(key.allowed_if, present):
            self.not_allowed(dotted, key.allowed_if, key_node)
        if key.deprecated:
            self.report(
                f"deprecated-{dotted}",
                _("{key} is deprecated in the publiccode.yml standard.").format(key=dotted),
                _("Remove {key}: catalogues may stop reading it.").format(key=dotted),
                key_node,
                advice=True,
            )
        self.check_value(key, value_node, dotted, key_node)

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
        elif not key.open:
            self.check_mapping(node, key.fields, dotted, key_node)

    def check_item(self, key: Key, item: yaml.Node, dotted: str) -> None:
        if key.items is Kind.MAPPING:
            if isinstance(item, yaml.MappingNode):
                self.check_mapping(item, key.fields, dotted, item)
            else:
                self.wrong_type(dotted, Kind.MAPPING, item)
        elif is_text(item) and not is_blank(item):
            self.check_text(key, item, dotted)
        else:
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
        length = schema.text_length(value.strip())
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

    def check_uri(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        if not schema.is_uri(value):
            self.report(
                f"invalid-uri-{dotted}",
                _("{key} is {value!r}, which is neither a web address nor a URN.")
                .format(key=dotted, value=value),
                _("Write an address such as https://example.org or a URN such as "
                  "urn:x-example:organisation."),
                node,
            )

    def check_file(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        """A file of the repository, named by its path or by an http(s) URL."""
        if schema.is_http_url(value):
            self.check_extension(key, value.split("?", 1)[0], dotted, node)
            return
        self.check_relative_path(key, value, dotted, node)

    def check_relative_path(self, key: Key, value: str, dotted: str, node: yaml.Node) -> None:
        path = schema.relative_path(value)
        if path is None:
            self.report(
                f"invalid-path-{dotted}",
                _("{key} is {value!r}, which is not a path inside the repository.")
                .format(key=dotted, value=value),
                _("Give the path from the root of the repository, for example "
                  "img/logo.svg, without a leading / or .."),
                node,
            )
            return
        if not self.exists(path):
            self.report(
                f"file-not-found-{dotted}",
                _("{key} names {value!r}, a file that is not in the repository.")
                .format(key=dotted, value=value),
                _("Add the file, or correct the path (it starts from the root of the "
                  "repository)."),
                node,
            )
            return
        self.check_extension(key, path, dotted, node)

    def check_extension(self, key: Key, path: str, dotted: str, node: yaml.Node) -> None:
        if key.extensions and schema.extension(path) not in key.extensions:
            formats = ", ".join(extension.upper() for extension in key.extensions)
            self.report(
                f"invalid-format-{dotted}",
                _("{key} is {value!r}; the standard accepts these formats: {formats}.")
                .format(key=dotted, value=path, formats=formats),
                _("Provide the file in one of these formats: {formats}.").format(formats=formats),
                node,
            )

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
                _("Use two-letter country codes such as fr or it."),
                node,
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


def holds(condition: Condition | None, present: Mapping[str, Entry]) -> bool:
    """True when a sibling key has one of the condition's values (or is there, if none)."""
    if condition is None:
        return False
    entry = present.get(condition.sibling)
    if entry is None or not is_text(entry[1]) or is_blank(entry[1]):
        return False
    return not condition.values or str(entry[1].value) in condition.values


FORMAT_CHECKS = {
    Format.DATE: Checker.check_date,
    Format.HTTP_URL: Checker.check_http_url,
    Format.REPOSITORY_URL: Checker.check_repository_url,
    Format.URI: Checker.check_uri,
    Format.FILE: Checker.check_file,
    Format.RELATIVE_PATH: Checker.check_relative_path,
    Format.SPDX_EXPRESSION: Checker.check_licence,
    Format.LANGUAGE_TAG: Checker.check_language,
    Format.COUNTRY_CODE: Checker.check_country,
    Format.EMAIL: Checker.check_email,
}


# ----- the file as a whole ------------------------------------------------------------


# PyYAML refuses tabs between tokens ("name:<tab>Cartofaune"), which YAML 1.2 and the
# catalogues' parser accept; past this many such tabs, the file is not worth rescuing.
MAX_SEPARATING_TABS = 50


def parse(text: str) -> yaml.Node | None:
    """The composed node tree: positions kept, nothing constructed or run.

    A tab PyYAML chokes on between tokens is read as the space YAML 1.2 takes it for;
    a tab in indentation stays an error, as it is in every YAML version.
    """
    for _attempt in range(MAX_SEPARATING_TABS):
        try:
            return yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as error:
            index = offending_tab(error, text)
            if index is None or is_indentation(text, index):
                raise
            text = text[:index] + " " + text[index + 1 :]
    return yaml.compose(text, Loader=yaml.SafeLoader)


def offending_tab(error: yaml.MarkedYAMLError, text: str) -> int | None:
    """Where the tab the parser stopped at is, if it stopped at a tab."""
    mark = error.problem_mark
    if mark is None or not 0 <= mark.index < len(text) or text[mark.index] != "\t":
        return None
    return int(mark.index)


def is_indentation(text: str, index: int) -> bool:
    line_start = text.rfind("\n", 0, index) + 1
    return not text[line_start:index].strip()


def invalid_yaml(path: str, text: str, error: yaml.YAMLError) -> Finding:
    at_line, at_column, problem = yaml_problem(error, text)
    tab = offending_tab(error, text) if isinstance(error, yaml.MarkedYAMLError) else None
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


def version_findings(path: str, root: yaml.MappingNode) -> tuple[schema.Schema, list[Finding]]:
    """The schema the file is checked against, and what is wrong with its declared version."""
    entry = by_name(root).get("publiccodeYmlVersion")
    if entry is None or not is_text(entry[1]) or is_blank(entry[1]):
        return schema.SCHEMAS[schema.LATEST_VERSION], []  # the schema reports it missing
    node = entry[1]
    declared = str(node.value).strip()
    version, known = schema.schema_version(declared)
    findings = []
    if not known:
        # A version newer than our table is the table's fault: advice, not failure.
        findings.append(Finding(
            _("publiccodeYmlVersion {value!r} is not a version of the publiccode.yml "
              "standard known here; the file was checked against {latest}.")
            .format(value=declared, latest=schema.LATEST_VERSION),
            path=path,
            line=line(node),
            column=column(node),
            fix=_("Declare the version of the standard the file follows, for example "
                  "publiccodeYmlVersion: \"{latest}\".").format(latest=schema.LATEST_VERSION),
            advice=schema.is_newer_than_known(declared),
            key="unknown-version",
        ))
    elif node.tag in _NUMBER_TAGS and isinstance(node, yaml.ScalarNode) and node.style is None:
        findings.append(Finding(
            _("publiccodeYmlVersion is written as a number ({value}), while the standard "
              "defines it as text.").format(value=declared),
            path=path,
            line=line(node),
            column=column(node),
            fix=_("Quote it: publiccodeYmlVersion: \"{value}\".").format(value=declared),
            advice=True,
            key="unquoted-version",
        ))
    return schema.SCHEMAS[version], findings


def validate(path: str, text: str, exists: Callable[[str], bool]) -> list[Finding]:
    """Findings about one publiccode.yml file's content.

    ``exists`` tells whether the repository holds a path the file names.
    """
    if not text.strip():
        return [empty(path)]
    try:
        root = parse(text)
    except yaml.YAMLError as error:
        return [invalid_yaml(path, text, error)]
    if root is None or is_blank(root):
        return [empty(path)]
    if not isinstance(root, yaml.MappingNode):
        return [Finding(
            _("{file} should be a mapping of keys to values.").format(file=path),
            path=path,
            line=line(root),
            fix=_("Start the file with keys such as publiccodeYmlVersion: \"0.4\" and name: …"),
            key="not-a-mapping",
        )]
    version_schema, findings = version_findings(path, root)
    return findings + Checker(path, version_schema, exists).run(root)


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


def check_file(repo: Repository, path: str) -> list[Finding]:
    read = repo.read(path)
    if read.truncated:
        return [Finding(
            _("{file} is too large to be checked (more than 1 MiB).").format(file=path),
            path=path,
            fix=_("Keep publiccode.yml to the description of the project: a few kilobytes "
                  "are enough."),
            key="too-large",
        )]
    return validate(path, read.text or "", repo.exists)


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
the catalogues. When present, the file must be valid YAML (spaces, not tabs, and no
key written twice in a section) and follow the publiccode.yml standard for the version
it declares in publiccodeYmlVersion (0.2 to 0.5, quoted as text): its required keys
(name, url, platforms, developmentStatus, softwareType, description in each language
with shortDescription, longDescription and features, legal.license, maintenance with
contacts or contractors, localisation, and categories up to 0.4); the type of each key;
the standard's value lists (development status, software type, maintenance type,
categories); text lengths (shortDescription up to 150 characters, longDescription from
150 to 10,000, genericName up to 35); dates written YYYY-MM-DD; well-formed URLs;
logo, screenshots and authorsFile present in the repository; legal.license a valid
SPDX expression; language codes in IETF BCP 47 form. Each problem is reported with its
line and column. Keys the standard does not define, deprecated keys and deprecated
SPDX identifiers are advice. Nothing is fetched from the network. Without the file, the
rule reports a suggestion; with the option required (set by the fr-public profile), the
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
pas trouvé par les catalogues. S'il est présent, le fichier doit être du YAML valide
(des espaces et non des tabulations, aucune clé écrite deux fois dans une section) et
suivre le standard publiccode.yml dans la version déclarée par publiccodeYmlVersion
(0.2 à 0.5, entre guillemets) : ses clés obligatoires (name, url, platforms,
developmentStatus, softwareType, description dans chaque langue avec shortDescription,
longDescription et features, legal.license, maintenance avec contacts ou contractors,
localisation, et categories jusqu'à la 0.4) ; le type de chaque clé ; les listes de
valeurs du standard (état de développement, type de logiciel, type de maintenance,
catégories) ; la longueur des textes (shortDescription jusqu'à 150 caractères,
longDescription de 150 à 10 000, genericName jusqu'à 35) ; des dates au format
AAAA-MM-JJ ; des URL bien formées ; un logo, des captures d'écran et un authorsFile
présents dans le dépôt ; une expression SPDX valide dans legal.license ; des codes de
langue au format IETF BCP 47. Chaque problème est signalé avec sa ligne et sa colonne.
Les clés que le standard ne définit pas, les clés dépréciées et les identifiants SPDX
dépréciés font l'objet de conseils. Rien n'est téléchargé. Sans le fichier, la règle
fait une suggestion ; avec l'option required (activée par le profil fr-public),
l'absence compte à la sévérité configurée pour la règle.

Correction : ajoutez un publiccode.yml à la racine, par exemple avec l'éditeur
publiccode.yml, et décrivez le projet en français et en anglais ; corrigez chaque ligne
signalée.""",
    ),
    tutorial="Identifier — Où trouver des communs numériques susceptibles de répondre à des "
    "besoins spécifiques ?",
    url=TUTORIAL_URL,
    options={"required": False},
)
def publiccode_yml(repo: Repository, options: Mapping[str, Any]) -> Iterator[Finding]:
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
        yield from check_file(repo, path)
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

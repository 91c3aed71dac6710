"""publiccode-yml: a publiccode.yml at the root describes the project for public catalogues.

What is checked comes from the publiccode.yml standard (https://yml.publiccode.tools),
version by version (its changelog):

- every version from 0.2: publiccodeYmlVersion, name, url, platforms (a list),
  developmentStatus, softwareType, description (at least one language, each with
  shortDescription, longDescription and features), legal.license, maintenance.type,
  maintenance.contacts when the type is internal or community, maintenance.contractors
  when it is contract, localisation.localisationReady and localisation.availableLanguages;
- up to 0.4: categories (optional from 0.5);
- up to 0.3: releaseDate whenever softwareVersion is given (optional from 0.4);
- 0.2 only: description.<lang>.genericName (optional and deprecated from 0.3).

The standard's text asks for longDescription and features in "at least one language";
the reference parser used by the catalogues (publiccode-parser-go) asks for them in
every language, and so do we, so that a file that passes here is accepted there.

Deeper checks (dates, URLs, SPDX expressions, text lengths, category lists) are for
later: they belong in the ``Key`` table as more properties.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import yaml

from commons_lint import Finding, Repository, Severity, Text, Theme, rule

from ._common import TUTORIAL_URL, _

FILE_NAMES = ("publiccode.yml", "publiccode.yaml")

DEVELOPMENT_STATUSES = ("concept", "development", "beta", "stable", "obsolete")
SOFTWARE_TYPES = (
    "standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web",
    "standalone/backend", "standalone/other", "addon", "library", "configurationFiles",
)
MAINTENANCE_TYPES = ("internal", "contract", "community", "none")

_NULL_TAG = "tag:yaml.org,2002:null"
_BOOL_TAG = "tag:yaml.org,2002:bool"


class Kind(Enum):
    TEXT = "text"
    BOOLEAN = "boolean"
    LIST = "list"
    MAPPING = "mapping"


@dataclass(frozen=True)
class Condition:
    """A key is required when another has one of these values (or, with no values, is there)."""

    path: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class Key:
    """One key of the standard: its dotted path, type, allowed values, and presence."""

    path: str
    kind: Kind
    required: bool = True
    choices: tuple[str, ...] = ()
    required_if: Condition | None = None
    items: Kind = Kind.TEXT  # what a list holds

    @property
    def name(self) -> str:
        return self.path.rpartition(".")[2]


@dataclass(frozen=True)
class Schema:
    """The keys of one version: top-level keys, and those of each description language."""

    keys: tuple[Key, ...]
    description_keys: tuple[Key, ...] = field(default=())


_COMMON_KEYS = (
    Key("publiccodeYmlVersion", Kind.TEXT),
    Key("name", Kind.TEXT),
    Key("url", Kind.TEXT),
    Key("softwareVersion", Kind.TEXT, required=False),
    Key("platforms", Kind.LIST),
    Key("developmentStatus", Kind.TEXT, choices=DEVELOPMENT_STATUSES),
    Key("softwareType", Kind.TEXT, choices=SOFTWARE_TYPES),
    Key("description", Kind.MAPPING),
    Key("legal", Kind.MAPPING),
    Key("legal.license", Kind.TEXT),
    Key("maintenance", Kind.MAPPING),
    Key("maintenance.type", Kind.TEXT, choices=MAINTENANCE_TYPES),
    Key("maintenance.contacts", Kind.LIST, required=False, items=Kind.MAPPING,
        required_if=Condition("maintenance.type", ("internal", "community"))),
    Key("maintenance.contractors", Kind.LIST, required=False, items=Kind.MAPPING,
        required_if=Condition("maintenance.type", ("contract",))),
    Key("localisation", Kind.MAPPING),
    Key("localisation.localisationReady", Kind.BOOLEAN),
    Key("localisation.availableLanguages", Kind.LIST),
)
_DESCRIPTION_KEYS = (
    Key("shortDescription", Kind.TEXT),
    Key("longDescription", Kind.TEXT),
    Key("features", Kind.LIST),
)
_CATEGORIES_REQUIRED = Key("categories", Kind.LIST)
_CATEGORIES_OPTIONAL = Key("categories", Kind.LIST, required=False)
_RELEASE_DATE_WITH_VERSION = Key(
    "releaseDate", Kind.TEXT, required=False, required_if=Condition("softwareVersion")
)
_RELEASE_DATE_OPTIONAL = Key("releaseDate", Kind.TEXT, required=False)

SCHEMAS: Mapping[str, Schema] = {
    "0.2": Schema(
        (*_COMMON_KEYS, _CATEGORIES_REQUIRED, _RELEASE_DATE_WITH_VERSION),
        (Key("genericName", Kind.TEXT), *_DESCRIPTION_KEYS),
    ),
    "0.3": Schema((*_COMMON_KEYS, _CATEGORIES_REQUIRED, _RELEASE_DATE_WITH_VERSION),
                  _DESCRIPTION_KEYS),
    "0.4": Schema((*_COMMON_KEYS, _CATEGORIES_REQUIRED, _RELEASE_DATE_OPTIONAL),
                  _DESCRIPTION_KEYS),
    "0.5": Schema((*_COMMON_KEYS, _CATEGORIES_OPTIONAL, _RELEASE_DATE_OPTIONAL),
                  _DESCRIPTION_KEYS),
    "0.6": Schema((*_COMMON_KEYS, _CATEGORIES_OPTIONAL, _RELEASE_DATE_OPTIONAL),
                  _DESCRIPTION_KEYS),
    "0.7": Schema((*_COMMON_KEYS, _CATEGORIES_OPTIONAL, _RELEASE_DATE_OPTIONAL),
                  _DESCRIPTION_KEYS),
}
LATEST_VERSION = "0.7"
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


# ----- reading the YAML tree -------------------------------------------------------


def line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def child(mapping: yaml.MappingNode, name: str) -> tuple[yaml.Node, yaml.Node] | None:
    """The (key node, value node) of ``name`` in a mapping; the last one if repeated."""
    found = None
    for key_node, value_node in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == name:
            found = (key_node, value_node)
    return found


def is_blank(node: yaml.Node) -> bool:
    if isinstance(node, yaml.ScalarNode):
        return node.tag == _NULL_TAG or not str(node.value).strip()
    if isinstance(node, (yaml.SequenceNode, yaml.MappingNode)):
        return not node.value
    return False


def has_kind(node: yaml.Node, kind: Kind, items: Kind = Kind.TEXT) -> bool:
    """True when ``node`` is of ``kind`` (a list's elements of ``items``).

    Any scalar is text: the catalogues read an unquoted 0.4 or 2024-05-01 as text too.
    """
    if kind is Kind.TEXT:
        return isinstance(node, yaml.ScalarNode) and node.tag != _NULL_TAG
    if kind is Kind.BOOLEAN:
        return isinstance(node, yaml.ScalarNode) and node.tag == _BOOL_TAG
    if kind is Kind.LIST:
        return isinstance(node, yaml.SequenceNode) and all(
            has_kind(item, items) for item in node.value
        )
    return isinstance(node, yaml.MappingNode)


def kind_label(kind: Kind) -> str:
    labels = {
        Kind.TEXT: _("a text value"),
        Kind.BOOLEAN: _("true or false"),
        Kind.LIST: _("a list of values"),
        Kind.MAPPING: _("a mapping of keys to values"),
    }
    return labels[kind]


# ----- checking -----------------------------------------------------------------------


@dataclass
class Checker:
    """Checks one document against one schema and collects findings."""

    path: str
    root: yaml.MappingNode
    findings: list[Finding] = field(default_factory=list)
    # Every key found with the right type: dotted path -> (line of its key, value node)
    found: dict[str, tuple[int, yaml.Node]] = field(default_factory=dict)

    def run(self) -> list[Finding]:
        declared_entry = child(self.root, "publiccodeYmlVersion")
        declared = ""
        if declared_entry is not None and isinstance(declared_entry[1], yaml.ScalarNode):
            declared = str(declared_entry[1].value).strip()
        version, known = schema_version(declared)
        schema = SCHEMAS[version]
        self.check_keys(schema.keys)
        self.check_descriptions(schema.description_keys)
        if declared and not known and declared_entry is not None:
            self.unknown_version(declared, line(declared_entry[1]))
        return self.findings

    def unknown_version(self, declared: str, at: int) -> None:
        # A version newer than our table is the table's fault: advice, not failure.
        self.findings.append(
            Finding(
                _("publiccodeYmlVersion {value!r} is not a version of the publiccode.yml "
                  "standard known here; the file was checked against {latest}.").format(
                    value=declared, latest=LATEST_VERSION
                ),
                path=self.path,
                line=at,
                fix=_("Declare the version of the standard the file follows, for example "
                      "publiccodeYmlVersion: \"{latest}\".").format(latest=LATEST_VERSION),
                advice=is_newer_than_known(declared),
                key="unknown-version",
            )
        )

    def scalar(self, dotted: str) -> str | None:
        entry = self.found.get(dotted)
        if entry is None or not isinstance(entry[1], yaml.ScalarNode):
            return None
        return str(entry[1].value)

    def required(self, key: Key, prefix: str) -> bool:
        if key.required:
            return True
        condition = key.required_if
        if condition is None:
            return False
        value = self.scalar(prefix + condition.path)
        if value is None:
            return False
        return not condition.values or value in condition.values

    def parent(self, dotted: str) -> tuple[int, yaml.Node] | None:
        """Where the parent of ``dotted`` is, or None when it is missing or malformed."""
        parent_path = dotted.rpartition(".")[0]
        if not parent_path:
            return line(self.root), self.root
        return self.found.get(parent_path)

    def check_keys(self, keys: Sequence[Key], prefix: str = "") -> None:
        for key in keys:
            self.check_key(key, prefix)

    def check_key(self, key: Key, prefix: str) -> None:
        dotted = prefix + key.path
        parent = self.parent(dotted)
        if parent is None or not isinstance(parent[1], yaml.MappingNode):
            return  # the parent's own finding says what is wrong
        parent_line, parent_node = parent[0], parent[1]
        entry = child(parent_node, key.name)
        if entry is None or is_blank(entry[1]):
            if self.required(key, prefix):
                self.missing(dotted, parent_line if entry is None else line(entry[0]))
            return
        key_node, value_node = entry
        if not has_kind(value_node, key.kind, key.items):
            self.add(
                _("{key} should be {expected}.").format(
                    key=dotted, expected=kind_label(key.kind)
                ),
                line(value_node),
                _("Write {key} as {expected}, as the publiccode.yml standard defines it.")
                .format(key=dotted, expected=kind_label(key.kind)),
                f"wrong-type-{dotted}",
            )
            return
        self.found[dotted] = (line(key_node), value_node)
        if key.choices and str(value_node.value) not in key.choices:
            self.add(
                _("{key} is {value!r}, a value the publiccode.yml standard does not know.")
                .format(key=dotted, value=str(value_node.value)),
                line(value_node),
                _("Use one of: {choices}.").format(choices=", ".join(key.choices)),
                f"invalid-value-{dotted}",
            )

    def missing(self, dotted: str, at: int) -> None:
        self.add(
            _("The required key {key} is missing or empty.").format(key=dotted),
            at,
            _("Add {key}, as the publiccode.yml standard requires.").format(key=dotted),
            f"missing-{dotted}",
        )

    def add(self, message: str, at: int, fix: str, key: str) -> None:
        self.findings.append(Finding(message, path=self.path, line=at, fix=fix, key=key))

    def check_descriptions(self, keys: Sequence[Key]) -> None:
        entry = self.found.get("description")
        if entry is None:
            return
        for language_node, text_node in entry[1].value:
            language = str(language_node.value)
            dotted = f"description.{language}"
            if not isinstance(text_node, yaml.MappingNode):
                self.add(
                    _("{key} should be {expected}.").format(
                        key=dotted, expected=kind_label(Kind.MAPPING)
                    ),
                    line(text_node),
                    _("Under description, give each language code (en, fr…) its "
                      "shortDescription, longDescription and features."),
                    f"wrong-type-{dotted}",
                )
                continue
            self.found[dotted] = (line(language_node), text_node)
            self.check_keys(keys, prefix=dotted + ".")


def parse(text: str) -> yaml.Node | None:
    """The composed node tree: line numbers kept, nothing constructed or run."""
    return yaml.compose(text, Loader=yaml.SafeLoader)


def yaml_problem(error: yaml.YAMLError, text: str) -> tuple[int, str]:
    """The line to show and the parser's description of the problem.

    The parser notices most mistakes where they are; an unclosed quote or bracket it
    notices only at the end of the file, and then where the construct opened is the
    line to show.
    """
    problem_mark = getattr(error, "problem_mark", None)
    context_mark = getattr(error, "context_mark", None)
    mark = problem_mark or context_mark
    if (
        problem_mark is not None
        and context_mark is not None
        and problem_mark.index >= len(text.rstrip())
    ):
        mark = context_mark
    at = int(mark.line) + 1 if mark is not None else 1
    problem = getattr(error, "problem", None) or str(error)
    return at, str(problem)


def validate(path: str, text: str) -> list[Finding]:
    """Findings about one publiccode.yml file's content."""
    if not text.strip():
        return [Finding(
            _("{file} is empty.").format(file=path),
            path=path,
            fix=_("Describe the project in it: name, url, description, legal, maintenance, "
                  "localisation…"),
            key="empty",
        )]
    try:
        root = parse(text)
    except yaml.YAMLError as error:
        at, problem = yaml_problem(error, text)
        return [Finding(
            _("{file} is not valid YAML: {problem}.").format(file=path, problem=problem),
            path=path,
            line=at,
            fix=_("Correct the YAML syntax (indentation, quotes, colons) on that line."),
            key="invalid-yaml",
        )]
    if root is None or is_blank(root):
        return validate(path, "")
    if not isinstance(root, yaml.MappingNode):
        return [Finding(
            _("{file} should be a mapping of keys to values.").format(file=path),
            path=path,
            line=line(root),
            fix=_("Start the file with keys such as publiccodeYmlVersion: \"0.4\" and name: …"),
            key="not-a-mapping",
        )]
    return Checker(path, root).run()


def root_files(repo: Repository) -> list[str]:
    """publiccode.yml files at the root, the exact standard name first."""
    found = [p for p in repo.files_in("") if p.lower() in FILE_NAMES]
    return sorted(found, key=lambda p: (p not in FILE_NAMES, FILE_NAMES.index(p.lower())))


def misplaced_files(repo: Repository) -> list[str]:
    """publiccode.yml files below the root, other than vendored copies and examples."""
    return sorted(
        path
        for path in repo.files
        if "/" in path
        and path.rpartition("/")[2].lower() in FILE_NAMES
        and not repo.is_vendored(path)
        and not repo.is_test_material(path)
    )


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
join it instead of duplicating it.

Checked: a publiccode.yml (or publiccode.yaml) at the repository root; copies under
vendor/ or examples/ do not count, and one elsewhere in the repository is not found by
the catalogues. When present, the file must be valid YAML and contain what the
publiccode.yml standard requires for the version it declares in publiccodeYmlVersion:
name, url, platforms (a list), developmentStatus and softwareType (from the standard's
values), description (for each language code: shortDescription, longDescription,
features), legal.license, maintenance.type (with contacts or contractors),
localisation.localisationReady and localisation.availableLanguages, and categories up to
version 0.4. Each missing or malformed key is reported with its line. Without the file,
the rule reports a suggestion; with the option required (set by the fr-public profile),
the absence counts at the rule's configured severity.

Fix: add a publiccode.yml at the root, for example with the publiccode.yml editor, and
describe the project in French and English.""",
        fr="""\
Aucun annuaire ne recense tous les communs numériques : avant de lancer un projet, une
administration doit chercher s'il en existe déjà un qui réponde à ses besoins. Les
catalogues de logiciels publics comme code.gouv.fr ou Developers Italia construisent
leurs fiches à partir d'un fichier publiccode.yml placé à la racine de chaque dépôt :
grâce à lui, les agents publics savent ce que fait le logiciel, sa licence, sa maturité
et qui le maintient, et peuvent le réutiliser ou y contribuer plutôt que de le refaire.

Vérifié : un publiccode.yml (ou publiccode.yaml) à la racine du dépôt ; les copies sous
vendor/ ou examples/ ne comptent pas, et un fichier placé ailleurs dans le dépôt n'est
pas trouvé par les catalogues. S'il est présent, le fichier doit être du YAML valide et
contenir ce que le standard publiccode.yml exige pour la version déclarée dans
publiccodeYmlVersion : name, url, platforms (une liste), developmentStatus et
softwareType (parmi les valeurs du standard), description (pour chaque code de langue :
shortDescription, longDescription, features), legal.license, maintenance.type (avec
contacts ou contractors), localisation.localisationReady et
localisation.availableLanguages, et categories jusqu'à la version 0.4. Chaque clé
manquante ou mal formée est signalée avec sa ligne. Sans le fichier, la règle fait une
suggestion ; avec l'option required (activée par le profil fr-public), l'absence compte
à la sévérité configurée pour la règle.

Correction : ajoutez un publiccode.yml à la racine, par exemple avec l'éditeur
publiccode.yml, et décrivez le projet en français et en anglais.""",
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
        if path not in FILE_NAMES:
            yield Finding(
                _("{file} is not named publiccode.yml in lower case: catalogues look for "
                  "that exact name.").format(file=path),
                path=path,
                fix=_("Rename it to publiccode.yml."),
                key="misnamed",
            )
        yield from validate(path, repo.text(path))
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

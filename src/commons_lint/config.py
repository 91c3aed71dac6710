"""Configuration files and profiles, validated with the line of every mistake.

A configuration (``.commons-lint.yml``) and a profile (``profiles/<name>.yml`` in a
rule package) share one format for rules::

    profile: fr-public            # configuration only
    exclude: [legacy/, "*.min.js"] # configuration only
    rules-dirs: [tools/lint-rules] # configuration only
    exempt:                       # configuration only: rules the project answers otherwise
      - rule: governance
        reason: Governance is decided by the foundation's steering committee.
        path: https://foundation.example.org/governance   # optional: where it lives instead
    select: [readme, licence-file] # profile only: the rules it runs
    rules:
      funding: off
      changelog: note             # a severity
      translations:
        severity: warning
        options: {languages: [fr, en]}
"""

from __future__ import annotations

import copy
import os
import re
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError
from .i18n import _
from .report import Severity
from .rules import DEFAULT_PROFILE as DEFAULT_PROFILE  # re-exported: part of this module
from .rules import Catalogue, Rule
from .structured import Malformed, compose_yaml

CONFIG_FILE_NAMES = (".commons-lint.yml", ".commons-lint.yaml")
CONFIG_KEYS = ("profile", "rules", "exclude", "rules-dirs", "exempt")
PROFILE_KEYS = ("description", "extends", "select", "rules")
RULE_KEYS = ("enabled", "severity", "options")
EXEMPT_KEYS = ("rule", "reason", "path")
# A reason is a sentence someone can check later, not "n/a" or "wontfix".
MIN_REASON_WORDS = 3
# Bounds of a configuration or profile file, which may come from the inspected
# repository. A real one is a few hundred bytes with a dozen entries; past these a file
# is refused with one line. PyYAML parses in pure Python, about 100 KB a second on a
# busy machine: 256 KiB keep the worst file to a few seconds.
MAX_CONFIG_BYTES = 256 * 1024  # 256 KiB
# Entries of each list (exclude, rules-dirs, select) and of rules: and exempt:. Exclude
# patterns are matched against every path, one after the other: 1000 leading-wildcard
# patterns cost about 2 s on 5000 files.
MAX_ENTRIES = 1000
_URL = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


@dataclass(frozen=True)
class ExemptionSettings:
    """One ``exempt:`` entry: the rule, the written reason, where the practice lives."""

    rule: str
    reason: str
    path: str | None
    source: str  # the configuration file
    line: int


@dataclass
class RuleSettings:
    line: int
    enabled: bool | None = None
    severity: Severity | None = None
    options: dict[str, Any] = field(default_factory=dict)
    option_lines: dict[str, int] = field(default_factory=dict)


@dataclass
class Settings:
    """What one file (configuration or profile) says."""

    source: str
    profile: str | None = None
    profile_line: int = 0
    extends: str | None = None
    extends_line: int = 0
    select: list[str] | None = None
    select_line: int = 0
    exclude: list[str] = field(default_factory=list)
    rules_dirs: list[Path] = field(default_factory=list)
    rules: dict[str, RuleSettings] = field(default_factory=dict)
    exempt: dict[str, ExemptionSettings] = field(default_factory=dict)


@dataclass(frozen=True)
class ConfiguredRule:
    rule: Rule
    severity: Severity
    options: Mapping[str, Any]
    exemption: ExemptionSettings | None = None  # the engine does not run an exempted rule


class _Reader:
    """Walks a composed YAML document and reports mistakes as file:line: key: what."""

    def __init__(self, path: Path, text: str) -> None:
        self.source = str(path)
        self._text = text
        # Composing is bounded (structured.compose_yaml); this loader only builds values
        # of nodes already composed.
        self._loader = yaml.SafeLoader("")

    def error(self, node: yaml.Node | None, key: str, message: str) -> ConfigError:
        line = node.start_mark.line + 1 if node is not None else 1
        return ConfigError(f"{self.source}:{line}: {key}: {message}")

    def document(self) -> yaml.Node | None:
        try:
            return compose_yaml(self._text)
        except Malformed as error:
            # Syntax errors, forbidden characters, nesting and alias bombs alike.
            raise ConfigError(
                _("{file}:{line}: not valid YAML: {problem}").format(
                    file=self.source, line=error.line, problem=error.problem
                )
            ) from None

    def value(self, node: yaml.Node, key: str) -> Any:
        try:
            return self._loader.construct_object(node, deep=True)
        except yaml.YAMLError as error:
            problem = getattr(error, "problem", None) or str(error)
            raise self.error(node, key, problem) from None

    def is_null(self, node: yaml.Node) -> bool:
        """True for an empty value (``rules:`` with nothing after it)."""
        return isinstance(node, yaml.ScalarNode) and self.value(node, "") is None

    def mapping(self, node: yaml.Node, key: str) -> list[tuple[str, yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, key, _("expected a mapping of keys to values"))
        pairs: list[tuple[str, yaml.Node, yaml.Node]] = []
        seen: set[str] = set()  # a set: a mapping of many keys must not take quadratic time
        for key_node, value_node in node.value:
            name = self.value(key_node, key)
            if not isinstance(name, str):
                raise self.error(key_node, key, _("keys must be text"))
            # YAML keeps the last of two equal keys; a silent override hides a mistake.
            if name in seen:
                raise self.error(key_node, _join(key, name), _("this key is given twice"))
            seen.add(name)
            pairs.append((name, key_node, value_node))
        return pairs

    def check_count(self, node: yaml.Node, key: str) -> None:
        """Refuse a list or mapping of more than :data:`MAX_ENTRIES` entries."""
        if isinstance(node, yaml.CollectionNode) and len(node.value) > MAX_ENTRIES:
            raise self.error(
                node, key,
                _("{count} entries, more than the limit of {limit}").format(
                    count=len(node.value), limit=MAX_ENTRIES
                ),
            )

    def string_list(self, node: yaml.Node, key: str) -> list[str]:
        self.check_count(node, key)
        value = self.value(node, key)
        if value is None:  # ``exclude:`` with nothing after it
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(node, key, _("expected a list of text values"))
        return value

    def unknown_key(self, node: yaml.Node, key: str, allowed: Sequence[str]) -> ConfigError:
        return self.error(
            node, key, _("unknown key; expected one of: {keys}").format(keys=", ".join(allowed))
        )


def _join(key: str, name: str) -> str:
    return name if key.startswith("(") else f"{key}.{name}"


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _severity(reader: _Reader, node: yaml.Node, key: str, value: Any) -> Severity:
    if isinstance(value, str):
        try:
            return Severity(value.strip().lower())
        except ValueError:
            pass
    raise reader.error(
        node, key, _("unknown severity {value!r}; expected error, warning or note").format(
            value=value
        )
    )


def _rule_settings(
    reader: _Reader, name: str, key_node: yaml.Node, node: yaml.Node
) -> RuleSettings:
    key = f"rules.{name}"
    settings = RuleSettings(line=_line(key_node))
    if isinstance(node, yaml.ScalarNode):
        value = reader.value(node, key)
        if isinstance(value, bool):  # YAML 1.1 reads on/off/yes/no as booleans
            settings.enabled = value
        elif isinstance(value, str) and value.strip().lower() in ("on", "off"):
            settings.enabled = value.strip().lower() == "on"
        elif isinstance(value, str) and value.strip().lower() in {s.value for s in Severity}:
            settings.severity = _severity(reader, node, key, value)
        else:
            raise reader.error(
                node, key,
                _("expected on, off or a severity (error, warning, note), not {value!r}")
                .format(value=value),
            )
        return settings
    for field_name, field_key, field_node in reader.mapping(node, key):
        field_path = f"{key}.{field_name}"
        if field_name == "enabled":
            enabled = reader.value(field_node, field_path)
            if not isinstance(enabled, bool):
                raise reader.error(field_node, field_path, _("expected true or false"))
            settings.enabled = enabled
        elif field_name == "severity":
            value = reader.value(field_node, field_path)
            settings.severity = _severity(reader, field_node, field_path, value)
        elif field_name == "options":
            if reader.is_null(field_node):
                continue
            for option, option_key, option_node in reader.mapping(field_node, field_path):
                option_path = f"{field_path}.{option}"
                settings.options[option] = reader.value(option_node, option_path)
                settings.option_lines[option] = _line(option_key)
        else:
            raise reader.unknown_key(field_key, field_path, RULE_KEYS)
    return settings


def _exemption_path(reader: _Reader, node: yaml.Node, key: str) -> str | None:
    """A path in the repository (relative, inside it) or an http(s) URL."""
    value = reader.value(node, key)
    if value is None:
        return None
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if _URL.match(text):
            return text
        relative = text.removeprefix("./")
        parts = relative.replace("\\", "/").split("/")
        if not _SCHEME.match(text) and not text.startswith(("/", "\\")) and ".." not in parts:
            return relative
    raise reader.error(
        node, key, _("expected a path inside the repository or an http(s) URL, not {value!r}")
        .format(value=value),
    )


def _exemption_reason(reader: _Reader, node: yaml.Node | None, key: str, at: yaml.Node) -> str:
    value = reader.value(node, key) if node is not None else None
    if value is None or (isinstance(value, str) and not value.strip()):
        raise reader.error(
            node if node is not None else at, key,
            _("an exemption needs a reason: say in a few words why the practice does not "
              "apply or where the project follows it instead"),
        )
    if not isinstance(value, str):
        raise reader.error(node, key, _("expected text"))
    reason = " ".join(value.split())
    if len(reason.split()) < MIN_REASON_WORDS:
        raise reader.error(
            node, key,
            _("a reason of at least {count} words is needed, not {reason!r}").format(
                count=MIN_REASON_WORDS, reason=reason
            ),
        )
    return reason


def _exemption(reader: _Reader, node: yaml.Node, number: int) -> ExemptionSettings:
    key = f"exempt[{number}]"
    fields: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for name, key_node, value_node in reader.mapping(node, key):
        if name not in EXEMPT_KEYS:
            raise reader.unknown_key(key_node, f"{key}.{name}", EXEMPT_KEYS)
        fields[name] = (key_node, value_node)
    if "rule" not in fields:
        raise reader.error(node, key, _("an exemption names its rule (rule: <id>)"))
    rule_id = reader.value(fields["rule"][1], f"{key}.rule")
    if not isinstance(rule_id, str) or not rule_id.strip():
        raise reader.error(fields["rule"][1], f"{key}.rule", _("expected a rule id"))
    key = f"exempt.{rule_id.strip()}"  # the rule names the entry from here on
    reason_node = fields.get("reason", (None, None))[1]
    reason = _exemption_reason(reader, reason_node, f"{key}.reason", node)
    path = _exemption_path(reader, fields["path"][1], f"{key}.path") if "path" in fields else None
    return ExemptionSettings(rule_id.strip(), reason, path, reader.source, _line(node))


def _exemptions(reader: _Reader, node: yaml.Node) -> dict[str, ExemptionSettings]:
    if reader.is_null(node):
        return {}
    if not isinstance(node, yaml.SequenceNode):
        raise reader.error(
            node, "exempt", _("expected a list of exemptions, each with a rule and a reason")
        )
    reader.check_count(node, "exempt")
    exemptions: dict[str, ExemptionSettings] = {}
    for number, item in enumerate(node.value, start=1):
        exemption = _exemption(reader, item, number)
        earlier = exemptions.get(exemption.rule)
        if earlier is not None:
            raise reader.error(
                item, f"exempt.{exemption.rule}",
                _("this rule is already exempted at line {line}").format(line=earlier.line),
            )
        exemptions[exemption.rule] = exemption
    return exemptions


def _unreadable(path: Path, problem: str) -> ConfigError:
    return ConfigError(
        _("{file}: cannot read the configuration: {problem}").format(file=path, problem=problem)
    )


def _check_regular(path: Path, info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise _unreadable(path, _("not a regular file"))
    if info.st_size > MAX_CONFIG_BYTES:
        raise _too_large(path)


def _too_large(path: Path) -> ConfigError:
    return _unreadable(
        path, _("larger than the limit of {limit}").format(limit=_("256 KiB"))
    )


def read_config_text(path: Path) -> str:
    """The text of a configuration or profile file, read within bounds.

    Only a regular file of at most :data:`MAX_CONFIG_BYTES` is read: a FIFO would block,
    a device such as /dev/zero never ends, and a sparse file claims gigabytes. The file
    is checked before it is opened (opening a FIFO or a device can itself block or act),
    opened without blocking, checked again on what was opened, and read up to the bound.
    """
    try:
        _check_regular(path, os.stat(path))  # follows links: find_config saw where to
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise ConfigError(_("{file}: configuration file not found").format(file=path)) from None
    except OSError as error:
        raise _unreadable(path, error.strerror or str(error)) from None
    try:
        _check_regular(path, os.fstat(descriptor))  # the file opened, should the path move
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_CONFIG_BYTES:  # the file may grow after fstat: read one more byte
            chunk = os.read(descriptor, MAX_CONFIG_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise _unreadable(path, error.strerror or str(error)) from None
    finally:
        os.close(descriptor)
    if size > MAX_CONFIG_BYTES:
        raise _too_large(path)
    data = b"".join(chunks)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ConfigError(
            _("{file}:{line}: not valid UTF-8 (byte 0x{byte:02X})").format(
                file=path, line=line, byte=data[error.start]
            )
        ) from None


def read_settings(path: Path, *, profile: bool = False) -> Settings:
    """Read and check the shape of a configuration (or, with ``profile``, a profile)."""
    reader = _Reader(path, read_config_text(path))
    settings = Settings(source=str(path))
    root = reader.document()
    if root is None:
        return settings
    allowed = PROFILE_KEYS if profile else CONFIG_KEYS
    for key, key_node, node in reader.mapping(root, _("(top level)")):
        if profile and key == "exempt":
            # A profile is shared by many projects; a reason is one project's own.
            raise reader.error(
                key_node, key,
                _("exemptions belong in a repository's configuration file, not in a profile"),
            )
        if key not in allowed:
            raise reader.unknown_key(key_node, key, allowed)
        if key in ("profile", "extends"):
            value = reader.value(node, key)
            if not isinstance(value, str) or not value.strip():
                raise reader.error(node, key, _("expected a profile name"))
            if key == "profile":
                settings.profile, settings.profile_line = value.strip(), _line(key_node)
            else:
                settings.extends, settings.extends_line = value.strip(), _line(key_node)
        elif key == "select":
            settings.select = reader.string_list(node, key)
            settings.select_line = _line(key_node)
        elif key == "exclude":
            settings.exclude = reader.string_list(node, key)
        elif key == "rules-dirs":
            # Relative to the file that names them, wherever the tool is run from.
            settings.rules_dirs = [path.parent / d for d in reader.string_list(node, key)]
        elif key == "rules":
            if reader.is_null(node):
                continue
            reader.check_count(node, key)
            for name, rule_key, rule_node in reader.mapping(node, key):
                settings.rules[name] = _rule_settings(reader, name, rule_key, rule_node)
        elif key == "exempt":
            settings.exempt = _exemptions(reader, node)
        # description: free text for people reading `commons-lint rules --profiles`
    return settings


def find_config(root: Path) -> Path | None:
    """The repository's own configuration file, if it has one.

    A link that leads out of the repository is not followed: its target is not the
    repository's, and its content would end up in error messages.
    """
    inside = root.resolve()
    for name in CONFIG_FILE_NAMES:
        candidate = root / name
        if not os.path.lexists(candidate):
            continue
        try:
            target = candidate.resolve(strict=True)
        except (OSError, RuntimeError):  # a broken link, or a loop of links
            continue
        # Whatever it is, it is the repository's: read_config_text refuses a FIFO, a
        # folder or a device with one line rather than passing over it in silence.
        if target.is_relative_to(inside):
            return candidate
    return None


def lies_within(file: Path, folders: Iterable[Path]) -> bool:
    """True when ``file`` is inside one of ``folders``, however it is named.

    Both the path as written (``sub/../x`` taken literally) and the path with its links
    resolved are tried, and a folder is recognised by its identity on the disk (device
    and inode), not by its spelling: a link from elsewhere into the folder, a different
    case on a case-insensitive file system and a relative path all count as inside.
    """
    identities: set[tuple[int, int]] = set()
    for folder in folders:
        try:
            info = os.stat(folder)
        except OSError:
            continue
        identities.add((info.st_dev, info.st_ino))
    literal = Path(os.path.abspath(file))
    try:
        resolved = Path(os.path.realpath(file))
    except (OSError, RuntimeError):
        resolved = literal
    for candidate in (literal, resolved):
        for ancestor in candidate.parents:
            try:
                info = os.stat(ancestor)
            except OSError:
                continue
            if (info.st_dev, info.st_ino) in identities:
                return True
    return False


def _option_type_problem(default: Any, value: Any) -> str | None:
    """What is wrong with ``value`` for an option whose default is ``default``, if anything.

    The default's type is the option's type; a default of None accepts anything.
    """
    if default is None:
        return None
    if isinstance(default, bool):
        return None if isinstance(value, bool) else _("expected true or false")
    if isinstance(value, bool):  # YAML's true is an int to Python, never a number here
        return _("expected {type}").format(type=type(default).__name__)
    if isinstance(default, int):
        return None if isinstance(value, int) else _("expected a whole number")
    if isinstance(default, float):
        return None if isinstance(value, (int, float)) else _("expected a number")
    if isinstance(default, str):
        return None if isinstance(value, str) else _("expected text")
    if isinstance(default, (list, tuple)):
        texts = all(isinstance(item, str) for item in default)
        if isinstance(value, list) and (not texts or all(isinstance(v, str) for v in value)):
            return None
        return _("expected a list of text values") if texts else _("expected a list")
    if isinstance(default, dict):
        return None if isinstance(value, dict) else _("expected a mapping of keys to values")
    if not isinstance(value, type(default)):
        return _("expected {type}").format(type=type(default).__name__)
    return None


def check_against(
    settings: Settings, catalogue: Catalogue, *, allow_unknown_rules: bool = False
) -> list[str]:
    """Unknown rules, unknown options and options of the wrong type are errors.

    With ``allow_unknown_rules``, settings for rules the catalogue lacks are not an
    error but returned, so that the caller can say they were skipped (the rules-dirs
    that would provide them were not loaded).
    """
    skipped: list[str] = []
    for name, rule_settings in settings.rules.items():
        rule = catalogue.rules.get(name)
        if rule is None:
            if allow_unknown_rules:
                skipped.append(name)
                continue
            raise ConfigError(
                f"{settings.source}:{rule_settings.line}: rules.{name}: "
                + _("unknown rule (see `commons-lint rules`)")
            )
        for option, value in rule_settings.options.items():
            line = rule_settings.option_lines.get(option, rule_settings.line)
            key = f"rules.{name}.options.{option}"
            if option not in rule.options:
                known = ", ".join(rule.options) or _("none")
                raise ConfigError(
                    f"{settings.source}:{line}: {key}: "
                    + _("unknown option; this rule's options: {options}").format(options=known)
                )
            problem = _option_type_problem(rule.options[option], value)
            if problem:
                raise ConfigError(f"{settings.source}:{line}: {key}: {problem}")
    for name, exemption in settings.exempt.items():
        if name not in catalogue.rules:
            if allow_unknown_rules:
                skipped.append(name)
                continue
            raise ConfigError(
                f"{settings.source}:{exemption.line}: exempt.{name}: "
                + _("unknown rule (see `commons-lint rules`)")
            )
    for name in settings.select or ():
        if name not in catalogue.rules:
            raise ConfigError(
                f"{settings.source}:{settings.select_line}: select: "
                + _("unknown rule {rule!r}").format(rule=name)
            )
    return skipped


def known_profiles(catalogue: Catalogue) -> list[str]:
    return sorted({DEFAULT_PROFILE, *catalogue.profiles})


def _unknown_profile(name: str, catalogue: Catalogue) -> str:
    return _("unknown profile {name!r}; known profiles: {known}").format(
        name=name, known=", ".join(known_profiles(catalogue))
    )


def choose_profile(cli_profile: str | None, config: Settings | None, catalogue: Catalogue) -> str:
    """The profile to run: the command line's, else the configuration's, else the default.

    A profile named in the configuration that does not exist is reported at its line.
    """
    if cli_profile:
        return cli_profile
    if config is not None and config.profile:
        if config.profile != DEFAULT_PROFILE and config.profile not in catalogue.profiles:
            raise ConfigError(
                f"{config.source}:{config.profile_line}: profile: "
                + _unknown_profile(config.profile, catalogue)
            )
        return config.profile
    return DEFAULT_PROFILE


def profile_chain(name: str, catalogue: Catalogue) -> list[Settings]:
    """The profile and the profiles it extends, the most general first."""
    chain: list[Settings] = []
    seen: set[str] = set()
    current: str | None = name
    child: Settings | None = None
    while current is not None and current != DEFAULT_PROFILE:
        if current in seen:
            where = f"{child.source}:{child.extends_line}: extends: " if child else ""
            raise ConfigError(where + _("profile {name!r} extends itself").format(name=current))
        seen.add(current)
        path = catalogue.profiles.get(current)
        if path is None:
            where = f"{child.source}:{child.extends_line}: extends: " if child else ""
            raise ConfigError(where + _unknown_profile(current, catalogue))
        child = read_settings(path, profile=True)
        check_against(child, catalogue)
        chain.insert(0, child)
        current = child.extends
    return chain


def configure(
    catalogue: Catalogue,
    profile: str,
    config: Settings | None,
    *,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    unknown_rule: Callable[[str], Exception],
) -> list[ConfiguredRule]:
    """The rules to run, with their severity and options, in id order.

    Later layers win: the profile chain, then the configuration file, then the command
    line's ``--select`` (exactly those rules) and ``--ignore``. An exemption does not
    add a rule to the run: a rule that runs and is exempted is reported as exempted,
    ``--select`` included, so that naming it on the command line never hides the
    exemption.
    """
    for name in (*select, *ignore):
        if name not in catalogue.rules:
            raise unknown_rule(name)
    layers = profile_chain(profile, catalogue)
    if config is not None:
        layers.append(config)
    enabled = set(catalogue.rules)
    severities = {rule_id: rule.severity for rule_id, rule in catalogue.rules.items()}
    # Copies, so that a rule changing a list it was given cannot change the defaults.
    options = {
        rule_id: copy.deepcopy(dict(rule.options)) for rule_id, rule in catalogue.rules.items()
    }
    for layer in layers:
        if layer.select is not None:
            enabled = set(layer.select) & set(catalogue.rules)
        for rule_id, rule_settings in layer.rules.items():
            if rule_id not in catalogue.rules:  # skipped by check_against, with a notice
                continue
            if rule_settings.enabled is not None:
                (enabled.add if rule_settings.enabled else enabled.discard)(rule_id)
            if rule_settings.severity is not None:
                severities[rule_id] = rule_settings.severity
            options[rule_id].update(copy.deepcopy(rule_settings.options))
    if select:
        enabled = set(select)
    enabled -= set(ignore)
    exemptions = config.exempt if config is not None else {}
    return [
        ConfiguredRule(
            catalogue.rules[rule_id], severities[rule_id], options[rule_id],
            exemptions.get(rule_id),
        )
        for rule_id in sorted(enabled)
    ]

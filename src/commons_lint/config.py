"""Configuration files and profiles, validated with the line of every mistake.

A configuration (``.commons-lint.yml``) and a profile (``profiles/<name>.yml`` in a
rule package) share one format for rules::

    profile: fr-public            # configuration only
    exclude: [legacy/, "*.min.js"] # configuration only
    rules-dirs: [tools/lint-rules] # configuration only
    select: [readme, licence-file] # profile only: the rules it runs
    rules:
      funding: off
      changelog: note             # a severity
      translations:
        severity: warning
        options: {languages: [fr, en]}
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError
from .i18n import _
from .report import Severity
from .rules import Catalogue, Rule

CONFIG_FILE_NAMES = (".commons-lint.yml", ".commons-lint.yaml")
DEFAULT_PROFILE = "default"
CONFIG_KEYS = ("profile", "rules", "exclude", "rules-dirs")
PROFILE_KEYS = ("description", "extends", "select", "rules")
RULE_KEYS = ("enabled", "severity", "options")


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
    select: list[str] | None = None
    select_line: int = 0
    exclude: list[str] = field(default_factory=list)
    rules_dirs: list[Path] = field(default_factory=list)
    rules: dict[str, RuleSettings] = field(default_factory=dict)


@dataclass(frozen=True)
class ConfiguredRule:
    rule: Rule
    severity: Severity
    options: Mapping[str, Any]


class _Reader:
    """Walks a composed YAML document and reports mistakes as file:line: key: what."""

    def __init__(self, path: Path, text: str) -> None:
        self.source = str(path)
        self._loader = yaml.SafeLoader(text)

    def error(self, node: yaml.Node | None, key: str, message: str) -> ConfigError:
        line = node.start_mark.line + 1 if node is not None else 1
        return ConfigError(f"{self.source}:{line}: {key}: {message}")

    def document(self) -> yaml.Node | None:
        try:
            return self._loader.get_single_node()
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
            line = mark.line + 1 if mark is not None else 1
            problem = getattr(error, "problem", None) or str(error)
            raise ConfigError(
                _("{file}:{line}: not valid YAML: {problem}").format(
                    file=self.source, line=line, problem=problem
                )
            ) from None

    def value(self, node: yaml.Node) -> Any:
        try:
            return self._loader.construct_object(node, deep=True)
        except yaml.YAMLError as error:
            raise self.error(node, "?", str(error)) from None

    def mapping(self, node: yaml.Node, key: str) -> list[tuple[str, yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, key, _("expected a mapping of keys to values"))
        pairs = []
        for key_node, value_node in node.value:
            name = self.value(key_node)
            if not isinstance(name, str):
                raise self.error(key_node, key, _("keys must be text"))
            pairs.append((name, key_node, value_node))
        return pairs

    def string_list(self, node: yaml.Node, key: str) -> list[str]:
        value = self.value(node)
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(node, key, _("expected a list of text values"))
        return value

    def unknown_key(self, node: yaml.Node, key: str, allowed: Sequence[str]) -> ConfigError:
        return self.error(
            node, key, _("unknown key; expected one of: {keys}").format(keys=", ".join(allowed))
        )


def _severity(reader: _Reader, node: yaml.Node, key: str, value: Any) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise reader.error(
            node, key, _("unknown severity {value!r}; expected error, warning or note").format(
                value=value
            )
        ) from None


def _rule_settings(reader: _Reader, name: str, key_node: yaml.Node, node: yaml.Node) -> RuleSettings:
    key = f"rules.{name}"
    settings = RuleSettings(line=key_node.start_mark.line + 1)
    if isinstance(node, yaml.ScalarNode):
        value = reader.value(node)
        if isinstance(value, bool):
            settings.enabled = value
        elif value in ("on", "off"):
            settings.enabled = value == "on"
        else:
            settings.severity = _severity(reader, node, key, value)
        return settings
    for field_name, field_key, field_node in reader.mapping(node, key):
        field_path = f"{key}.{field_name}"
        if field_name == "enabled":
            enabled = reader.value(field_node)
            if not isinstance(enabled, bool):
                raise reader.error(field_node, field_path, _("expected true or false"))
            settings.enabled = enabled
        elif field_name == "severity":
            settings.severity = _severity(reader, field_node, field_path, reader.value(field_node))
        elif field_name == "options":
            for option, option_key, option_node in reader.mapping(field_node, field_path):
                settings.options[option] = reader.value(option_node)
                settings.option_lines[option] = option_key.start_mark.line + 1
        else:
            raise reader.unknown_key(field_key, field_path, RULE_KEYS)
    return settings


def read_settings(path: Path, *, profile: bool = False) -> Settings:
    """Read and check the shape of a configuration (or, with ``profile``, a profile)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(_("{file}: configuration file not found").format(file=path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(
            _("{file}: cannot read the configuration: {problem}").format(file=path, problem=error)
        ) from None
    reader = _Reader(path, text)
    settings = Settings(source=str(path))
    root = reader.document()
    if root is None:
        return settings
    allowed = PROFILE_KEYS if profile else CONFIG_KEYS
    for key, key_node, node in reader.mapping(root, "(top level)"):
        if key not in allowed:
            raise reader.unknown_key(key_node, key, allowed)
        if key == "profile" or key == "extends":
            value = reader.value(node)
            if not isinstance(value, str):
                raise reader.error(node, key, _("expected a profile name"))
            if key == "profile":
                settings.profile, settings.profile_line = value, key_node.start_mark.line + 1
            else:
                settings.extends = value
        elif key == "select":
            settings.select = reader.string_list(node, key)
            settings.select_line = key_node.start_mark.line + 1
        elif key == "exclude":
            settings.exclude = reader.string_list(node, key)
        elif key == "rules-dirs":
            settings.rules_dirs = [path.parent / d for d in reader.string_list(node, key)]
        elif key == "rules":
            if reader.value(node) is None:
                continue
            for name, rule_key, rule_node in reader.mapping(node, key):
                settings.rules[name] = _rule_settings(reader, name, rule_key, rule_node)
        # description: free text for people reading `commons-lint rules --profiles`
    return settings


def find_config(root: Path) -> Path | None:
    for name in CONFIG_FILE_NAMES:
        candidate = root / name
        if candidate.is_file():
            return candidate
    return None


def _option_type_problem(default: Any, value: Any) -> str | None:
    expected: type | tuple[type, ...] = type(default)
    if isinstance(default, bool):
        expected = bool
    elif isinstance(default, (int, float)):
        expected = (int, float)
    if isinstance(default, (list, tuple)):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return _("expected a list of text values")
        return None
    if isinstance(value, bool) and expected != bool:
        return _("expected {type}").format(type=type(default).__name__)
    if not isinstance(value, expected):
        return _("expected {type}").format(type=type(default).__name__)
    return None


def check_against(settings: Settings, catalogue: Catalogue) -> None:
    """Unknown rules, unknown options and options of the wrong type are errors."""
    for name, rule_settings in settings.rules.items():
        rule = catalogue.rules.get(name)
        if rule is None:
            raise ConfigError(
                f"{settings.source}:{rule_settings.line}: rules.{name}: "
                + _("unknown rule (see `commons-lint rules`)")
            )
        for option, value in rule_settings.options.items():
            line = rule_settings.option_lines[option]
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
    for name in settings.select or ():
        if name not in catalogue.rules:
            raise ConfigError(
                f"{settings.source}:{settings.select_line}: select: "
                + _("unknown rule {rule!r}").format(rule=name)
            )


def profile_chain(name: str, catalogue: Catalogue) -> list[Settings]:
    """The profile and the profiles it extends, the most general first."""
    chain: list[Settings] = []
    seen: set[str] = set()
    current: str | None = name
    while current is not None and current != DEFAULT_PROFILE:
        if current in seen:
            raise ConfigError(_("profile {name!r} extends itself").format(name=current))
        seen.add(current)
        path = catalogue.profiles.get(current)
        if path is None:
            known = ", ".join(sorted({DEFAULT_PROFILE, *catalogue.profiles}))
            raise ConfigError(
                _("unknown profile {name!r}; known profiles: {known}").format(
                    name=current, known=known
                )
            )
        settings = read_settings(path, profile=True)
        check_against(settings, catalogue)
        chain.insert(0, settings)
        current = settings.extends
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
    line's ``--select`` (exactly those rules) and ``--ignore``.
    """
    for name in (*select, *ignore):
        if name not in catalogue.rules:
            raise unknown_rule(name)
    layers = profile_chain(profile, catalogue)
    if config is not None:
        layers.append(config)
    enabled = set(catalogue.rules)
    severities = {rule_id: rule.severity for rule_id, rule in catalogue.rules.items()}
    options = {rule_id: dict(rule.options) for rule_id, rule in catalogue.rules.items()}
    for layer in layers:
        if layer.select is not None:
            enabled = set(layer.select)
        for rule_id, rule_settings in layer.rules.items():
            if rule_settings.enabled is not None:
                (enabled.add if rule_settings.enabled else enabled.discard)(rule_id)
            if rule_settings.severity is not None:
                severities[rule_id] = rule_settings.severity
            options[rule_id].update(rule_settings.options)
    if select:
        enabled = set(select)
    enabled -= set(ignore)
    return [
        ConfiguredRule(catalogue.rules[rule_id], severities[rule_id], options[rule_id])
        for rule_id in sorted(enabled)
    ]

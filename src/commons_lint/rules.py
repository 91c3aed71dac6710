"""The rule API and the discovery of rules.

A rule is a function decorated with :func:`rule`. Its parameters name what it needs,
and the engine passes only those (``repo``, ``history``, ``options``)::

    @rule(id="readme", theme=Theme.UNDERSTAND, severity=Severity.ERROR,
          title=Text(en="...", fr="..."), help=Text(en="...", fr="..."),
          tutorial="https://...")
    def readme(repo: Repository) -> Iterator[Finding]:
        ...

Rules come from three places, all loaded the same way: the packages declaring an entry
point in the group ``commons_lint.rules`` (the built-in rules are one of them), and
local directories of ``*.py`` files. A package may ship profiles as
``profiles/<name>.yml`` next to its rules.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import importlib.util
import inspect
import pkgutil
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from .errors import PluginError
from .i18n import Text
from .report import Finding, RuleInfo, Severity, Theme

ENTRY_POINT_GROUP = "commons_lint.rules"
BUILTIN_DISTRIBUTION = "commons-lint"
INJECTABLE = ("repo", "history", "options")
RULE_ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

CheckResult = Iterable[Finding] | None
Check = Callable[..., CheckResult]


class NotApplicable(Exception):  # noqa: N818 - reads as what it says: raise NotApplicable(...)
    """Raised by a check when the practice does not apply to this repository."""


@dataclass(frozen=True)
class Rule:
    id: str
    theme: Theme
    severity: Severity
    title: Text
    help: Text
    tutorial: str
    check: Check
    options: Mapping[str, Any] = field(default_factory=dict)
    url: str = ""
    source: str = "unknown"

    @property
    def wants(self) -> tuple[str, ...]:
        return tuple(inspect.signature(self.check).parameters)

    def info(self) -> RuleInfo:
        return RuleInfo(
            id=self.id,
            theme=self.theme,
            severity=self.severity,
            title=self.title,
            help=self.help,
            tutorial=self.tutorial,
            url=self.url,
            source=self.source,
        )


def rule(
    *,
    id: str,  # noqa: A002 - the rule's id is the natural name here
    theme: Theme,
    severity: Severity,
    title: Text,
    help: Text,  # noqa: A002
    tutorial: str,
    options: Mapping[str, Any] | None = None,
    url: str = "",
) -> Callable[[Check], Rule]:
    """Declare a rule; the decorated function becomes its check.

    ``tutorial`` names the tutorial question the rule comes from; ``url`` is where to
    read it; ``options`` maps each option to its default, whose type the configuration
    must match.
    """
    if not RULE_ID.match(id):
        raise PluginError(f"rule id {id!r} is not kebab-case (for example 'licence-file')")

    def decorate(check: Check) -> Rule:
        unknown = [p for p in inspect.signature(check).parameters if p not in INJECTABLE]
        if unknown:
            raise PluginError(
                f"rule {id!r} asks for {', '.join(unknown)}; a check can ask for "
                + ", ".join(INJECTABLE)
            )
        return Rule(id, theme, severity, title, help, tutorial, check, dict(options or {}), url)

    return decorate


@dataclass
class Catalogue:
    """Every rule and profile that was found, by id and by name."""

    rules: dict[str, Rule] = field(default_factory=dict)
    profiles: dict[str, Path] = field(default_factory=dict)

    def add_module(self, module: ModuleType, source: str) -> None:
        for value in vars(module).values():
            if isinstance(value, Rule):
                self.add_rule(replace(value, source=source))

    def add_rule(self, new: Rule) -> None:
        existing = self.rules.get(new.id)
        if existing is not None and existing.check is not new.check:
            raise PluginError(
                f"two rules have the id {new.id!r}: one from {existing.source}, "
                f"one from {new.source}"
            )
        self.rules[new.id] = new

    def add_profiles(self, directory: Path) -> None:
        if directory.is_dir():
            for path in sorted(directory.glob("*.yml")):
                self.profiles.setdefault(path.stem, path)


def _package_modules(package: ModuleType) -> list[ModuleType]:
    modules = [package]
    if hasattr(package, "__path__"):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            if not info.name.rsplit(".", 1)[-1].startswith("_"):
                modules.append(importlib.import_module(info.name))
    return modules


def _entry_point_source(entry_point: importlib.metadata.EntryPoint) -> str:
    distribution = entry_point.dist
    if distribution is None:
        return f"plugin {entry_point.value}"
    if distribution.name == BUILTIN_DISTRIBUTION:
        return "built-in"
    return f"plugin {distribution.name} {distribution.version}"


def load_entry_points(catalogue: Catalogue) -> None:
    entry_points = sorted(
        importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name
    )
    for entry_point in entry_points:
        source = _entry_point_source(entry_point)
        try:
            package = entry_point.load()
            modules = _package_modules(package)
        except Exception as error:
            raise PluginError(
                f"cannot load rules from {source} ({entry_point.value}): {error}"
            ) from error
        for module in modules:
            catalogue.add_module(module, source)
        if package.__file__:
            catalogue.add_profiles(Path(package.__file__).parent / "profiles")


def load_directory(catalogue: Catalogue, directory: Path) -> None:
    if not directory.is_dir():
        raise PluginError(f"rules directory {directory} does not exist")
    source = f"local {directory}"
    # A private package name per directory keeps two directories' modules apart.
    prefix = "commons_lint_local_" + hashlib.sha1(str(directory.resolve()).encode()).hexdigest()[:12]
    for path in sorted(directory.glob("*.py")):
        if path.name.startswith("_"):
            continue
        name = f"{prefix}_{path.stem}"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise PluginError(f"cannot load rules from {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except PluginError:
            raise
        except Exception as error:
            raise PluginError(f"cannot load rules from {path}: {error}") from error
        catalogue.add_module(module, source)
    catalogue.add_profiles(directory / "profiles")


def discover(rules_dirs: Sequence[Path] = ()) -> Catalogue:
    catalogue = Catalogue()
    load_entry_points(catalogue)
    for directory in rules_dirs:
        load_directory(catalogue, directory)
    return catalogue

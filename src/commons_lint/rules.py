"""The rule API and the discovery of rules.

A rule is a function decorated with :func:`rule`. Its parameters name what it needs,
and the engine passes only those (``repo``, ``history``, ``options``, ``forge``,
``web``)::

    @rule(id="readme", theme=Theme.UNDERSTAND, severity=Severity.ERROR,
          title=Text(en="...", fr="..."), help=Text(en="...", fr="..."),
          tutorial="https://...")
    def readme(repo: Repository) -> Iterator[Outcome]:
        ...

A check yields ``Finding`` objects (what is wrong, or advice), and beside them
``Evidence`` (the files and lines that decided the verdict, passed or not), ``Fact``
(structured data it established, such as an SPDX identifier) and at most one
``Summary`` (the one-line reason shown for a pass); it may raise ``NotApplicable``.
It knows nothing of reporters.

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
from .i18n import Text, _
from .report import Outcome, RuleInfo, Severity, Theme

ENTRY_POINT_GROUP = "commons_lint.rules"
DEFAULT_PROFILE = "default"  # every rule at its own severity; no file describes it
BUILTIN_DISTRIBUTION = "commons-lint"
INJECTABLE = ("repo", "history", "options", "forge", "web")
RULE_ID = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

CheckResult = Iterable[Outcome] | None
Check = Callable[..., CheckResult]


class NotApplicable(Exception):  # reads as what it says: raise NotApplicable(...)
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
    id: str,  # the rule's id: the natural name here, though it shadows a built-in
    theme: Theme,
    severity: Severity,
    title: Text,
    help: Text,
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
        raise PluginError(
            _("rule id {id!r} is not kebab-case (for example 'licence-file')").format(id=id)
        )

    def decorate(check: Check) -> Rule:
        unknown = [p for p in inspect.signature(check).parameters if p not in INJECTABLE]
        if unknown:
            raise PluginError(
                _("rule {id!r} asks for {unknown}; a check can ask for {known}").format(
                    id=id, unknown=", ".join(unknown), known=", ".join(INJECTABLE)
                )
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
        if existing is None:
            self.rules[new.id] = new
        elif existing.check is not new.check:
            raise PluginError(
                _("two rules have the id {id!r}: one from {first}, one from {second}").format(
                    id=new.id, first=existing.source, second=new.source
                )
            )
        # The same rule again (a module imported it from another): it keeps its first source.

    def add_profiles(self, directory: Path) -> None:
        """The ``*.yml`` profiles of ``directory``; a name may be taken only once."""
        if not directory.is_dir():
            return
        for path in sorted(directory.glob("*.yml")):
            if path.stem == DEFAULT_PROFILE:
                raise PluginError(
                    _("{file}: the profile {name!r} is built in and cannot be replaced").format(
                        file=path, name=DEFAULT_PROFILE
                    )
                )
            existing = self.profiles.get(path.stem)
            if existing is not None and existing.resolve() != path.resolve():
                raise PluginError(
                    _("two profiles are named {name!r}: {first} and {second}").format(
                        name=path.stem, first=existing, second=path
                    )
                )
            self.profiles[path.stem] = path


def _package_modules(package: ModuleType) -> list[ModuleType]:
    modules = [package]
    if hasattr(package, "__path__"):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            if not info.name.rsplit(".", 1)[-1].startswith("_"):
                modules.append(importlib.import_module(info.name))
    return modules


def _normal_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _entry_point_source(entry_point: importlib.metadata.EntryPoint) -> str:
    distribution = entry_point.dist
    if distribution is None:
        return f"plugin {entry_point.value}"
    if _normal_name(distribution.name) == BUILTIN_DISTRIBUTION:
        return "built-in"
    return f"plugin {distribution.name} {distribution.version}"


def _problem(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def load_entry_points(catalogue: Catalogue) -> None:
    entry_points = sorted(
        importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name
    )
    for entry_point in entry_points:
        source = _entry_point_source(entry_point)
        try:
            package = entry_point.load()
            if not isinstance(package, ModuleType):
                raise TypeError(f"{entry_point.value} is not a module")
            modules = _package_modules(package)
        except PluginError as error:
            raise PluginError(f"{source}: {error}") from error
        except (Exception, SystemExit) as error:  # a plugin calling exit() is a broken plugin
            raise PluginError(
                _("cannot load rules from {source} ({module}): {problem}").format(
                    source=source, module=entry_point.value, problem=_problem(error)
                )
            ) from error
        for module in modules:
            catalogue.add_module(module, source)
        if package.__file__:
            catalogue.add_profiles(Path(package.__file__).parent / "profiles")


def _import_file(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise PluginError(_("cannot load rules from {source}").format(source=path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    # Importing must not write __pycache__ folders into the directory, which may be
    # inside the repository under inspection.
    writes_bytecode = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        spec.loader.exec_module(module)
    except PluginError as error:
        del sys.modules[name]
        raise PluginError(f"{path}: {error}") from error
    except (Exception, SystemExit) as error:
        del sys.modules[name]
        raise PluginError(
            _("cannot load rules from {source}: {problem}").format(
                source=path, problem=_problem(error)
            )
        ) from error
    finally:
        sys.dont_write_bytecode = writes_bytecode
    return module


def load_directory(catalogue: Catalogue, directory: Path) -> None:
    """Every public ``*.py`` module of ``directory``, and its ``profiles/``."""
    if not directory.is_dir():
        raise PluginError(
            _("rules directory {directory} does not exist or is not a directory").format(
                directory=directory
            )
        )
    source = f"local {directory}"
    # A private module name per directory keeps two directories' modules apart.
    digest = hashlib.sha1(str(directory.resolve()).encode(), usedforsecurity=False)
    prefix = "commons_lint_local_" + digest.hexdigest()[:12]
    for path in sorted(directory.glob("*.py")):
        if path.name.startswith("_"):
            continue
        module = _import_file(f"{prefix}_{path.stem}", path)
        catalogue.add_module(module, source)
    catalogue.add_profiles(directory / "profiles")


def discover(rules_dirs: Sequence[Path] = ()) -> Catalogue:
    """The rules of every installed plugin, then of each directory (each loaded once)."""
    catalogue = Catalogue()
    load_entry_points(catalogue)
    loaded: set[Path] = set()
    for directory in rules_dirs:
        resolved = directory.resolve()
        if resolved not in loaded:
            loaded.add(resolved)
            load_directory(catalogue, directory)
    return catalogue

"""The command line: wires configuration, rules, engine and reporters together.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 a usage,
configuration or input error; 3 an internal failure (a rule crashed, or the tool did).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from . import __version__
from .errors import UserError
from .i18n import LANGUAGES, _, language_from_environment, set_language
from .report import Report, Severity

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
FAIL_ON = ("error", "warning", "note", "never")

F = TypeVar("F", bound=Callable[..., Any])

# Help texts follow the language of the environment; --lang comes too late for them.
set_language(language_from_environment())


def fail(message: str) -> NoReturn:
    click.echo(f"commons-lint: {_('error')}: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _split_ids(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _language_option(function: F) -> F:
    return click.option(
        "--lang",
        type=click.Choice(LANGUAGES),
        default=None,
        help=_("Language of the output (default: from LC_ALL, LC_MESSAGES or LANG)."),
    )(function)


def _rules_dir_option(function: F) -> F:
    return click.option(
        "--rules-dir",
        "rules_dirs",
        multiple=True,
        type=click.Path(path_type=Path),
        help=_("A directory of local rule modules (repeatable)."),
    )(function)


def _use_language(lang: str | None) -> None:
    set_language(lang or language_from_environment())


def _catalogue(rules_dirs: Sequence[Path]) -> Any:
    from .rules import discover

    return discover(rules_dirs)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="commons-lint")
def main() -> None:
    """Check that a repository follows the practices of digital commons."""


def _exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return EXIT_OK
    if report.tool_errors():
        return EXIT_INTERNAL
    if report.failures_at_or_above(Severity(fail_on)):
        return EXIT_FINDINGS
    return EXIT_OK


@main.command()
@click.argument("path", required=False, default=".", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "sarif"]),
    default="text",
    help=_("Report format."),
)
@click.option("--output", "-o", type=click.Path(path_type=Path), help=_("Write the report here."))
@click.option("--profile", help=_("Profile: default, fr-public, minimal, or a plugin's."))
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help=_("Configuration file (default: .commons-lint.yml in the repository)."),
)
@click.option("--select", multiple=True, help=_("Run only these rules (RULE[,RULE…])."))
@click.option("--ignore", multiple=True, help=_("Do not run these rules (RULE[,RULE…])."))
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default="error",
    show_default=True,
    help=_("Exit with code 1 when a finding is at or above this severity."),
)
@_language_option
@_rules_dir_option
@click.option(
    "--trust-config",
    is_flag=True,
    help=_("Load the rules-dirs named by the inspected repository's own configuration."),
)
@click.option("--no-color", is_flag=True, help=_("No colours (NO_COLOR is honoured too)."))
@click.option("-q", "--quiet", is_flag=True, help=_("Show only failures and the summary."))
@click.option("-v", "--verbose", is_flag=True, help=_("Show reasons and per-rule timings."))
def check(
    path: Path,
    output_format: str,
    output: Path | None,
    profile: str | None,
    config_path: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str,
    lang: str | None,
    rules_dirs: tuple[Path, ...],
    trust_config: bool,
    no_color: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Check the repository at PATH (default: the current directory)."""
    _use_language(lang)
    try:
        report = _check(
            path, profile, config_path, _split_ids(select), _split_ids(ignore),
            list(rules_dirs), trust_config,
        )
    except UserError as error:
        fail(str(error))

    from .reporters import RenderOptions, renderer

    color = (
        output is None
        and not no_color
        and "NO_COLOR" not in os.environ
        and sys.stdout.isatty()
    )
    verbosity = -1 if quiet else (1 if verbose else 0)
    text = renderer(output_format)(report, RenderOptions(color=color, verbosity=verbosity))
    if output is None:
        click.echo(text, nl=False)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as error:
            fail(_("cannot write {file}: {problem}").format(file=output, problem=error.strerror))
    sys.exit(_exit_code(report, fail_on))


def _check(
    path: Path,
    profile: str | None,
    config_path: Path | None,
    select: list[str],
    ignore: list[str],
    rules_dirs: list[Path],
    trust_config: bool,
) -> Report:
    from .config import DEFAULT_PROFILE, check_against, configure, find_config, read_settings
    from .engine import run
    from .repository import Repository

    Repository.check_root(path)
    notices: list[str] = []
    config_file = config_path or find_config(path)
    settings = read_settings(config_file) if config_file else None
    if settings and settings.rules_dirs:
        if config_path is not None or trust_config:
            rules_dirs = [*rules_dirs, *settings.rules_dirs]
        else:
            notices.append(
                _("rules-dirs in {file} were not loaded: pass --trust-config to run rules "
                  "that the inspected repository provides").format(file=config_file)
            )
    catalogue = _catalogue(rules_dirs)
    if settings is not None:
        check_against(settings, catalogue)
    chosen_profile = profile or (settings.profile if settings else None) or DEFAULT_PROFILE
    configured = configure(
        catalogue,
        chosen_profile,
        settings,
        select=select,
        ignore=ignore,
        unknown_rule=lambda name: UserError(
            _("unknown rule {rule!r} (see `commons-lint rules`)").format(rule=name)
        ),
    )
    repo = Repository(path, exclude=settings.exclude if settings else ())
    if repo.is_git and repo.submodules:
        notices.append(
            _("{count} submodule(s) not inspected: {paths}").format(
                count=len(repo.submodules), paths=", ".join(repo.submodules[:5])
            )
        )
    return run(repo, configured, profile=chosen_profile, tool_version=__version__, notices=notices)


@main.command(name="rules")
@_language_option
@_rules_dir_option
def list_rules(lang: str | None, rules_dirs: tuple[Path, ...]) -> None:
    """List every rule: id, theme, default severity, title and source."""
    _use_language(lang)
    try:
        catalogue = _catalogue(list(rules_dirs))
    except UserError as error:
        fail(str(error))
    from .i18n import current_language

    language = current_language()
    rules = sorted(catalogue.rules.values(), key=lambda r: (r.theme.order, r.id))
    width = max((len(r.id) for r in rules), default=10)
    for rule in rules:
        click.echo(
            f"{rule.id:<{width}}  {rule.theme.title.get(language):<20}  "
            f"{rule.severity.value:<7}  {rule.title.get(language)}  [{rule.source}]"
        )
    profiles = ", ".join(sorted({"default", *catalogue.profiles}))
    click.echo("\n" + _("Profiles: {profiles}").format(profiles=profiles))


@main.command()
@click.argument("rule_id", metavar="RULE")
@_language_option
@_rules_dir_option
def explain(rule_id: str, lang: str | None, rules_dirs: tuple[Path, ...]) -> None:
    """Explain a rule: why it matters, what is checked, how to fix it."""
    _use_language(lang)
    try:
        catalogue = _catalogue(list(rules_dirs))
    except UserError as error:
        fail(str(error))
    rule = catalogue.rules.get(rule_id)
    if rule is None:
        fail(_("unknown rule {rule!r} (see `commons-lint rules`)").format(rule=rule_id))
    from .i18n import current_language

    language = current_language()
    click.echo(f"{rule.id} — {rule.title.get(language)}")
    click.echo(
        _("Theme: {theme} · default severity: {severity} · source: {source}").format(
            theme=rule.theme.title.get(language), severity=rule.severity.value, source=rule.source
        )
    )
    if rule.options:
        options = ", ".join(f"{name}={value!r}" for name, value in rule.options.items())
        click.echo(_("Options: {options}").format(options=options))
    click.echo()
    click.echo(rule.help.get(language).strip())
    click.echo()
    click.echo(_("Tutorial: {reference}").format(reference=rule.tutorial))


def run_main() -> None:
    """Entry point that turns an unexpected crash into one line and exit code 3."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as error:  # the last line of defence: no traceback for users
        click.echo(
            f"commons-lint: {_('internal error')}: {type(error).__name__}: {error}", err=True
        )
        sys.exit(EXIT_INTERNAL)


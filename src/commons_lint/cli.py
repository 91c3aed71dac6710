"""The command line: wires configuration, rules, engine and reporters together.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 a usage,
configuration or input error; 3 an internal failure (a rule crashed, or the tool did),
whatever ``--fail-on`` says: a crash is never a pass. Every error is one line on stderr;
a standard output that is closed or cannot be written is such an error (2).
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar
from urllib.parse import urlsplit

import click

from . import __version__
from .errors import UserError
from .i18n import LANGUAGES, _, current_language, language_from_environment, set_language
from .report import Report, Severity
from .reporters import FORMATS, RenderOptions, renderer

if TYPE_CHECKING:
    from .forge import ForgeInfo
    from .remote import Clone
    from .repository import Repository
    from .rules import Catalogue

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
FAIL_ON = ("error", "warning", "note", "never")

F = TypeVar("F", bound=Callable[..., Any])

# Help texts follow the language of the environment; --lang comes too late for them.
set_language(language_from_environment())


def one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text.strip())


def fail(message: str) -> NoReturn:
    click.echo(f"commons-lint: {_('error')}: {one_line(message)}", err=True)
    sys.exit(EXIT_USAGE)


class _Group(click.Group):
    """Click's group, with its usage errors on one line like every other error."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if not kwargs.get("standalone_mode", True):
            return super().main(*args, **kwargs)
        kwargs["standalone_mode"] = False
        try:
            returned = super().main(*args, **kwargs)
        except click.exceptions.NoArgsIsHelpError as error:
            error.show()  # no command at all: the help is the answer
            sys.exit(EXIT_USAGE)
        except click.UsageError as error:
            command = error.ctx.command_path if error.ctx else "commons-lint"
            fail(
                _("{problem} (see `{command} --help`)").format(
                    problem=error.format_message(), command=command
                )
            )
        except click.ClickException as error:
            fail(error.format_message())
        except click.Abort:
            sys.exit(130)
        sys.exit(returned if isinstance(returned, int) else EXIT_OK)


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


def _catalogue(rules_dirs: Sequence[Path]) -> Catalogue:
    from .rules import discover

    return discover(rules_dirs)


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=_("Check that a repository follows the practices of digital commons."),
)
@click.version_option(__version__, "--version", prog_name="commons-lint")
def main() -> None:
    pass


def exit_code(report: Report, fail_on: str) -> int:
    """The exit code of a check: the README's table, shared with the GitHub Action."""
    if report.tool_errors():
        return EXIT_INTERNAL
    if fail_on != "never" and report.failures_at_or_above(Severity(fail_on)):
        return EXIT_FINDINGS
    return EXIT_OK


@main.command(
    help=_("Check the repository at PATH (default: the current directory), or at a URL: "
           "it is cloned into a temporary folder, removed afterwards.")
)
@click.argument("path", metavar="[PATH|URL]", required=False, default=".")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(list(FORMATS)),
    default="text",
    help=_("Report format."),
)
@click.option("--output", "-o", type=click.Path(path_type=Path), help=_("Write the report here."))
@click.option(
    "--also",
    "also_write",
    multiple=True,
    metavar="FORMAT:FILE",
    help=_("Also write the report in FORMAT to FILE, from the same run (repeatable), such "
           "as --also sarif:commons-lint.sarif."),
)
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
    help=_("Load the rules-dirs named by a configuration file inside the inspected "
           "repository (its own, or a --config file that lies in it)."),
)
@click.option("--no-color", is_flag=True, help=_("No colours (NO_COLOR is honoured too)."))
@click.option("-q", "--quiet", is_flag=True, help=_("Show only failures and the summary."))
@click.option("-v", "--verbose", is_flag=True, help=_("Show reasons and per-rule timings."))
@click.option(
    "--history",
    is_flag=True,
    help=_("With a URL: clone every commit and tag, which history rules need (by default, "
           "only the last commit)."),
)
@click.option("--ref", help=_("With a URL: the branch, tag or commit to check."))
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=300.0,  # remote.DEFAULT_TIMEOUT, without importing it here
    show_default=True,
    metavar="SECONDS",
    help=_("With a URL: give up when the clone takes longer than SECONDS in all."),
)
@click.option(
    "--online",
    is_flag=True,
    help=_("Also ask the forge (GitHub or GitLab API) for what only it knows: description, "
           "topics, latest release, the organisation's community files."),
)
@click.option(
    "--forge",
    type=click.Choice(("github", "gitlab")),  # forge.FORGES, without importing it here
    help=_("With --online: the kind of forge, for a self-hosted one."),
)
@click.option(
    "--forge-url",
    help=_("With --online: the forge's API, such as https://host/api/v3 (GitHub Enterprise) "
           "or https://host/api/v4 (GitLab)."),
)
def check(
    path: str,
    output_format: str,
    output: Path | None,
    also_write: tuple[str, ...],
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
    history: bool,
    ref: str | None,
    timeout: float,
    online: bool,
    forge: str | None,
    forge_url: str | None,
) -> None:
    _use_language(lang)
    try:
        extra_reports = [_extra_report(value) for value in also_write]
        request = _online_request(online, forge, forge_url)
        arguments = (
            profile, config_path, _split_ids(select), _split_ids(ignore), list(rules_dirs),
            trust_config,
        )
        from .remote import cloned, looks_remote

        if looks_remote(path):
            progress = sys.stderr is not None and sys.stderr.isatty()
            with cloned(
                path, ref=ref, history=history, progress=progress, timeout=timeout
            ) as clone:
                report = build_report(clone.root, *arguments, online=request, clone=clone)
        elif ref is not None:
            raise UserError(
                _("--ref needs a repository URL; for a local repository, check out {ref} "
                  "first").format(ref=ref)
            )
        else:
            report = build_report(Path(path), *arguments, online=request)
    except UserError as error:
        fail(str(error))

    color = (
        output is None
        and not no_color
        and not os.environ.get("NO_COLOR")  # no-color.org: set and not empty
        and sys.stdout is not None
        and sys.stdout.isatty()
    )
    verbosity = -1 if quiet else (1 if verbose else 0)
    for extra_format, extra_file in extra_reports:
        _write(extra_file, renderer(extra_format)(report, RenderOptions(verbosity=verbosity)))
    text = renderer(output_format)(report, RenderOptions(color=color, verbosity=verbosity))
    if output is None:
        _print_report(text, as_utf8=output_format != "text")
    else:
        _write(output, text)
    sys.exit(exit_code(report, fail_on))


def _extra_report(value: str) -> tuple[str, Path]:
    """FORMAT and FILE of an --also value."""
    report_format, _sep, file = value.partition(":")
    if report_format not in FORMATS or not file:
        raise UserError(
            _("--also {value}: expected FORMAT:FILE, with FORMAT one of {formats}").format(
                value=value, formats=", ".join(FORMATS)
            )
        )
    return report_format, Path(file)


def _write(file: Path, text: str) -> None:
    try:
        file.write_text(text, encoding="utf-8")
    except OSError as error:
        fail(_("cannot write {file}: {problem}").format(file=file, problem=error.strerror))


# Characters an ASCII or Latin-1 terminal lacks, shown as their nearest plain form.
_PLAIN_FORMS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-",
                              "«": '"', "»": '"', "·": "-", "→": "->", "≥": ">="})


def _nearest_encodable(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: "é" as "e" on ASCII, "’" as "'", "?" for the rest."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    replacement = []
    for character in error.object[error.start:error.end]:
        plain = unicodedata.normalize("NFKD", character.translate(_PLAIN_FORMS))
        try:
            replacement.append(plain.encode(error.encoding).decode(error.encoding))
        except UnicodeError:
            kept = "".join(c for c in plain if not unicodedata.combining(c))
            try:
                replacement.append(kept.encode(error.encoding).decode(error.encoding) or "?")
            except UnicodeError:
                replacement.append("?")
    return "".join(replacement), error.end


NEAREST_ENCODABLE = "commons-lint-nearest"
codecs.register_error(NEAREST_ENCODABLE, _nearest_encodable)


def _is_utf8(encoding: str | None) -> bool:
    try:
        return encoding is None or codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def _print_report(text: str, *, as_utf8: bool) -> None:
    """The report on standard output, whatever standard output is.

    The text report follows the stream's encoding, with the nearest character it has
    for one it lacks ("é" as "e" in ASCII, else "?"); the other formats are read by
    programs, and are UTF-8 as their specifications say. A closed or failing standard
    output is one error line.
    """
    stream = sys.stdout
    if stream is None:  # started with ">&-"
        fail(_("standard output is closed: the report was not written (write it to a file "
               "with --output)"))
    try:
        encoding = getattr(stream, "encoding", None)
        buffer = getattr(stream, "buffer", None)
        if _is_utf8(encoding):
            stream.write(text)
        elif as_utf8 and buffer is not None:
            stream.flush()
            buffer.write(text.encode("utf-8"))
        else:
            codec = encoding or "utf-8"
            stream.write(text.encode(codec, NEAREST_ENCODABLE).decode(codec))
        stream.flush()
    except BrokenPipeError:
        raise  # the reader went away: run_main stops without a word
    except OSError as error:
        _detach_stdout()
        fail(_("cannot write the report to standard output: {problem}").format(
            problem=error.strerror or type(error).__name__
        ))


def _detach_stdout() -> None:
    """Point standard output at the null device: what Python flushes when it exits,
    after a write failed, must not fail again with a second message."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


@dataclass(frozen=True)
class OnlineRequest:
    """``--online``, with the forge and API the user named, if any."""

    forge: str | None = None
    api_url: str | None = None


def _online_request(online: bool, forge: str | None, api_url: str | None) -> OnlineRequest | None:
    if not online:
        if forge or api_url:
            raise UserError(_("--forge and --forge-url need --online"))
        return None
    if api_url is not None:
        from .forge import forge_of_api

        try:
            parts = urlsplit(api_url)
        except ValueError:  # an unclosed "[" and the like
            parts = urlsplit("")
        if parts.scheme.lower() not in ("https", "http") or not parts.hostname:
            raise UserError(
                _("--forge-url {url}: give the API's http or https address").format(
                    url=_without_credentials(api_url)
                )
            )
        if forge is None and forge_of_api(api_url) is None:
            raise UserError(
                _("--forge-url {url}: say which forge it is with --forge github or --forge "
                  "gitlab").format(url=_without_credentials(api_url))
            )
    return OnlineRequest(forge, api_url)


def _without_credentials(url: str) -> str:
    from .repository import redact

    return redact(url)


def _forge_info(repo: Repository, request: OnlineRequest, notices: list[str]) -> ForgeInfo | None:
    """What the forge knows, read once before the rules run; a notice says how it went."""
    from .forge import ForgeError, fetch, find_target

    try:
        target = find_target(repo.remote_url, request.forge, request.api_url)
        info = fetch(target)
    except ForgeError as error:
        notices.append(
            _("--online: nothing read from the forge ({problem}); the report rests on the "
              "repository's files only").format(problem=one_line(str(error)))
        )
        return None
    notices.append(
        _("--online: {project} read from {source}").format(
            project=info.project, source=info.source
        )
    )
    return info


def report_for_options(options: Mapping[str, Any]) -> Report:
    """The report of ``check`` for its parsed options, on a local path (no URL, no
    --online): how the GitHub Action runs the same check as the command line."""
    _use_language(options["lang"])
    return build_report(
        options["path"],
        options["profile"],
        options["config_path"],
        _split_ids(options["select"]),
        _split_ids(options["ignore"]),
        list(options["rules_dirs"]),
        options["trust_config"],
    )


def build_report(
    path: Path | str,
    profile: str | None,
    config_path: Path | None,
    select: list[str],
    ignore: list[str],
    rules_dirs: list[Path],
    trust_config: bool,
    *,
    online: OnlineRequest | None = None,
    clone: Clone | None = None,
) -> Report:
    from .config import (
        check_against,
        choose_profile,
        configure,
        find_config,
        lies_within,
        read_settings,
    )
    from .engine import run
    from .forge import forge_in_use
    from .repository import Repository
    from .web import Web, web_in_use

    path = Path(path)
    Repository.check_root(path)
    notices: list[str] = []
    config_file = config_path or find_config(path)
    settings = read_settings(config_file) if config_file else None
    # Rules named by the inspected repository are its code: run only on request. A file
    # given with --config is the user's own choice, unless it lies in the inspected
    # repository, whatever the name it is given by (the Action's `config:` input names a
    # file of the pull request).
    trusted = trust_config or (
        config_path is not None and not lies_within(config_path, _inspected_folders(path))
    )
    untrusted_dirs = bool(settings and settings.rules_dirs) and not trusted
    if settings and settings.rules_dirs and not untrusted_dirs:
        rules_dirs = [*rules_dirs, *settings.rules_dirs]
    elif untrusted_dirs:
        notices.append(
            _("rules-dirs in {file} were not loaded: pass --trust-config to run rules "
              "that the inspected repository provides").format(file=config_file)
        )
    catalogue = _catalogue(rules_dirs)
    if settings is not None:
        skipped = check_against(settings, catalogue, allow_unknown_rules=untrusted_dirs)
        if skipped:
            notices.append(
                _("settings of rules that were not loaded are skipped: {rules}").format(
                    rules=", ".join(skipped)
                )
            )
    chosen_profile = choose_profile(profile, settings, catalogue)
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
    if clone is not None and clone.shallow and any("history" in c.rule.wants for c in configured):
        notices.append(
            _("only the last commit was cloned: rules that need the whole history are not "
              "applicable, and older release tags are not seen; --history clones it all")
        )
    forge = _forge_info(repo, online, notices) if online is not None else None
    with forge_in_use(forge), web_in_use(Web() if online is not None else None):
        report = run(
            repo, configured, profile=chosen_profile, tool_version=__version__, notices=notices
        )
    if clone is not None:
        # The clone is deleted once the report is written: name what was checked instead.
        report.repository = replace(report.repository, path=clone.url)
    return report


def _inspected_folders(root: Path) -> list[Path]:
    """The folders whose files are the inspected repository's: the checked folder, and
    when it is in a Git work tree, the whole work tree (and a superproject's, for a
    submodule): a subfolder's check must not trust a file of the same pull request."""
    from .repository import run_git

    folders = [root]
    for question in ("--show-toplevel", "--show-superproject-working-tree"):
        answer = run_git(root, "rev-parse", question, check=False)
        if answer and answer.strip():
            folders.append(Path(answer.strip()))
    return folders


@main.command(
    name="rules", help=_("List every rule: id, theme, default severity, title and source.")
)
@_language_option
@_rules_dir_option
def list_rules(lang: str | None, rules_dirs: tuple[Path, ...]) -> None:
    _use_language(lang)
    try:
        catalogue = _catalogue(list(rules_dirs))
    except UserError as error:
        fail(str(error))
    language = current_language()
    rules = sorted(catalogue.rules.values(), key=lambda r: (r.theme.order, r.id))
    width = max((len(r.id) for r in rules), default=10)
    for rule in rules:
        click.echo(
            f"{rule.id:<{width}}  {rule.theme.title.get(language):<20}  "
            f"{rule.severity.value:<7}  {rule.title.get(language)}  [{rule.source}]"
        )
    from .config import known_profiles

    profiles = ", ".join(known_profiles(catalogue))
    click.echo("\n" + _("Profiles: {profiles}").format(profiles=profiles))


@main.command(help=_("Explain a rule: why it matters, what is checked, how to fix it."))
@click.argument("rule_id", metavar="RULE")
@_language_option
@_rules_dir_option
def explain(rule_id: str, lang: str | None, rules_dirs: tuple[Path, ...]) -> None:
    _use_language(lang)
    try:
        catalogue = _catalogue(list(rules_dirs))
    except UserError as error:
        fail(str(error))
    rule = catalogue.rules.get(rule_id)
    if rule is None:
        fail(_("unknown rule {rule!r} (see `commons-lint rules`)").format(rule=rule_id))
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
    if rule.url:
        click.echo(rule.url)


def _quiet_broken_pipe() -> NoReturn:
    """The reader went away (``commons-lint check | head``): stop without a word."""
    _detach_stdout()
    sys.exit(EXIT_FINDINGS)


def _standard_streams() -> None:
    """Make the standard streams safe to use, whatever the caller gave.

    A closed descriptor 0, 1 or 2 is opened on the null device, so that no file opened
    later takes its number (git would then write into it); Python has already set the
    matching ``sys.stdout`` to None, which the report writing checks. A stream whose
    encoding cannot write every character (``PYTHONIOENCODING=latin-1``) writes their
    nearest form instead.
    """
    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            try:
                devnull = os.open(os.devnull, os.O_RDWR)
                if devnull != descriptor:
                    os.dup2(devnull, descriptor)
                    os.close(devnull)
            except OSError:
                pass
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not _is_utf8(getattr(stream, "encoding", None)):
            reconfigure(errors=NEAREST_ENCODABLE)


def run_main() -> None:
    """Entry point that turns an unexpected crash into one line and exit code 3."""
    _standard_streams()
    try:
        main(prog_name="commons-lint")
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        _quiet_broken_pipe()
    except Exception as error:  # the last line of defence: no traceback for users
        if isinstance(error, OSError) and error.errno == errno.EPIPE:
            _quiet_broken_pipe()
        click.echo(
            f"commons-lint: {_('internal error')}: {type(error).__name__}: {one_line(str(error))}",
            err=True,
        )
        sys.exit(EXIT_INTERNAL)


"""The work of the GitHub Action (``action.yml``), once commons-lint is installed.

``action.yml`` runs ``python -P -m commons_lint.github_action`` in the workspace (``-P``:
no module of the workspace is imported, see ``_startup``), with the action's inputs in
``COMMONS_LINT_*`` environment variables (never pasted into shell code). One check is
run, with the options of ``commons-lint check``, and everything is written before the
exit code is known, so that a failing check still leaves:

1. the SARIF log in a file, for ``github/codeql-action/upload-sarif``;
2. the report in the chosen format, in a file and in the job log;
3. the Markdown report in ``$GITHUB_STEP_SUMMARY`` (the Markdown reporter keeps it
   under GitHub's 1 MiB limit, and says what it left out);
4. workflow annotations on the failures, the crashed rules and the notices;
5. the outputs ``score``, ``sarif-file`` and ``report-file`` in ``$GITHUB_OUTPUT``.

The exit code is then that of ``commons-lint check``: 0, 1 (findings at or above
``fail-on``), 2 (a usage or configuration error), 3 (a rule crashed).

GitHub reads the paths of annotations and of SARIF results from the root of the
repository it checked out (the workspace). When the checked folder is a subfolder of the
workspace, both are given from the workspace. A finding about the repository as a whole
is annotated on the checked folder's README when there is one (as in SARIF, but with no
line: it is about no line of it), and with no file otherwise.
"""

from __future__ import annotations

from . import _startup  # noqa: F401  (first: it takes the current folder off sys.path)

# isort: split
import io
import json
import os
import secrets
import shlex
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path, PurePosixPath
from typing import Any, TextIO

import click

from .errors import UserError
from .i18n import _
from .report import Finding, Report, RuleResult, Severity, Status

# action.yml passes the input ``fail-on`` as COMMONS_LINT_FAIL_ON, and so on.
ENVIRONMENT_PREFIX = "COMMONS_LINT_"
EXIT_USAGE = 2
EXIT_INTERNAL = 3
# GitHub shows at most 10 annotations of each level for a step; the rest are dropped.
MAX_ANNOTATIONS_PER_LEVEL = 10
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}
# File name of the report in each format; a format added later gets its own name.
EXTENSIONS = {
    "text": ".txt",
    "json": ".json",
    "sarif": ".sarif",
    "markdown": ".md",
    "codequality": ".codequality.json",
    "junit": ".junit.xml",
}


@dataclass(frozen=True)
class Inputs:
    """The action's inputs; an empty input means its default, as an omitted one does."""

    path: str = "."
    profile: str = ""
    config: str = ""
    fail_on: str = "error"
    lang: str = ""
    format: str = "text"
    args: str = ""
    sarif_file: str = ""

    @classmethod
    def from_environment(cls, environ: Mapping[str, str]) -> Inputs:
        given = {}
        for field in fields(cls):
            value = environ.get(ENVIRONMENT_PREFIX + field.name.upper(), "")
            if value.strip():
                given[field.name] = value
        return cls(**given)

    def check_arguments(self) -> list[str]:
        """The arguments of ``commons-lint check``; ``args`` come last, so they win."""
        arguments = ["--format", self.format.strip(), "--fail-on", self.fail_on.strip()]
        for option, value in (
            ("--profile", self.profile),
            ("--config", self.config),
            ("--lang", self.lang),
        ):
            if value.strip():
                arguments += [option, value.strip()]
        try:
            extra = shlex.split(self.args)
        except ValueError as error:  # an unclosed quote
            raise UserError(_("args: {problem}").format(problem=error)) from error
        # After "--", a path that starts with a dash is still a path.
        return [*arguments, *extra, "--", self.path]


# ----- workflow commands ---------------------------------------------------------------


def escape_data(text: str) -> str:
    """A message of a workflow command: ``%`` and line breaks encoded, as GitHub decodes."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (``file=…``): ``:`` and ``,`` would end it, so they are encoded too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


@dataclass(frozen=True)
class Annotation:
    level: str  # error, warning or notice
    message: str
    title: str
    file: str | None = None
    line: int | None = None
    column: int | None = None

    def command(self) -> str:
        properties: list[tuple[str, str]] = []
        if self.file:
            properties.append(("file", self.file))
            if self.line:
                properties.append(("line", str(self.line)))
                if self.column:
                    properties.append(("col", str(self.column)))
        properties.append(("title", self.title))
        listed = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
        return f"::{self.level} {listed}::{escape_data(self.message)}"


@dataclass(frozen=True)
class Place:
    """Where the checked folder is, seen from the workspace."""

    root: Path
    workspace: Path
    in_workspace: PurePosixPath | None  # None: outside the workspace

    @classmethod
    def of(cls, root: Path, workspace: Path) -> Place:
        root, workspace = root.resolve(), workspace.resolve()
        if root.is_relative_to(workspace):
            inside = PurePosixPath(root.relative_to(workspace).as_posix())
            return cls(root, workspace, inside)
        return cls(root, workspace, None)

    def from_workspace(self, path: str) -> str | None:
        """A path of the report as GitHub finds it, or None when GitHub cannot."""
        if self.in_workspace is None:
            return None
        return str(self.in_workspace / path)


def _finding_annotation(
    result: RuleResult, finding: Finding, place: Place, anchor: str | None, language: str
) -> Annotation:
    level = LEVELS[result.finding_severity(finding)]
    title = f"commons-lint: {result.rule.id} — {result.rule.title.get(language)}"
    message = finding.message
    if finding.fix:
        message += "\n" + _("Fix: {fix}").format(fix=finding.fix)
    if finding.path is None:
        file = place.from_workspace(anchor) if anchor else None
        return Annotation(level, message, title, file)
    file = place.from_workspace(finding.path)
    if file is None:  # GitHub cannot point at it: say where in the message
        where = f"{finding.path}:{finding.line}" if finding.line else finding.path
        return Annotation(level, f"{where}: {message}", title)
    return Annotation(level, message, title, file, finding.line, finding.column)


def report_annotations(report: Report, place: Place) -> Iterator[Annotation]:
    """The notices, then for each rule in the report's order its crash or its failures
    (advice leaves a rule passing: it is in the summary, not annotated)."""
    anchor = report.repository.anchor
    anchor_found = (place.root / anchor).is_file()
    for notice in report.notices:
        yield Annotation("notice", notice, "commons-lint")
    for result in report.results:
        if result.status is Status.TOOL_ERROR:
            title = _("commons-lint: the rule {rule} crashed").format(rule=result.rule.id)
            yield Annotation("error", result.reason or _("the rule crashed"), title)
        elif result.status is Status.FAILED:
            for finding in result.findings:
                if not finding.advice:
                    yield _finding_annotation(
                        result, finding, place, anchor if anchor_found else None, report.language
                    )


def emit_annotations(items: Iterator[Annotation], out: TextIO) -> None:
    """Up to the number GitHub shows of each level, then how many were left out."""
    shown: Counter[str] = Counter()
    left_out = 0
    for annotation in items:
        if shown[annotation.level] >= MAX_ANNOTATIONS_PER_LEVEL:
            left_out += 1
            continue
        shown[annotation.level] += 1
        out.write(annotation.command() + "\n")
    if left_out:
        note = _(
            "{count} more findings are not annotated (GitHub shows {limit} of each level "
            "for a step): see the job summary or the SARIF file."
        ).format(count=left_out, limit=MAX_ANNOTATIONS_PER_LEVEL)
        if shown["notice"] < MAX_ANNOTATIONS_PER_LEVEL:
            out.write(Annotation("notice", note, "commons-lint").command() + "\n")
        else:
            out.write(note + "\n")


def write_log(text: str, out: TextIO) -> None:
    """The report in the log, with workflow commands off: a file name or a message that
    starts with ``::`` must not be taken for one."""
    token = secrets.token_hex(16)
    out.write(f"::stop-commands::{token}\n")
    out.write(text if text.endswith("\n") else text + "\n")
    out.write(f"::{token}::\n")


def write_outputs(path: Path, values: Mapping[str, str]) -> None:
    """Step outputs in the multi-line form, safe whatever a value holds."""
    with path.open("a", encoding="utf-8") as file:
        for name, value in values.items():
            delimiter = f"commons_lint_{secrets.token_hex(16)}"
            file.write(f"{name}<<{delimiter}\n{value}\n{delimiter}\n")


# ----- the check -----------------------------------------------------------------------


def parse_check_arguments(arguments: Sequence[str]) -> dict[str, Any]:
    """The options of ``commons-lint check``, read and checked as the command line does."""
    from .cli import check

    try:
        context = check.make_context("commons-lint check", list(arguments))
    except click.exceptions.Exit as stop:  # --help
        raise UserError(_("args: --help has no use in the action")) from stop
    except click.ClickException as error:
        raise UserError(error.format_message()) from error
    return dict(context.params)


def sarif_for_github(report: Report, place: Place) -> dict[str, Any]:
    """The SARIF log with its paths from the workspace, where code scanning looks."""
    from .reporters.sarif import SOURCE_ROOT, document

    prefix = place.in_workspace
    if prefix is None or prefix == PurePosixPath("."):
        return document(report)
    log = document(report, path_prefix=prefix)
    for run in log["runs"]:
        run["originalUriBaseIds"][SOURCE_ROOT]["uri"] = place.workspace.as_uri().rstrip("/") + "/"
    return log


def render(report: Report, output_format: str, verbosity: int, sarif_text: str) -> str:
    if output_format == "sarif":
        return sarif_text  # the same log as the SARIF file, paths from the workspace
    from .reporters import RenderOptions, renderer

    return renderer(output_format)(report, RenderOptions(color=False, verbosity=verbosity))


def _output_folder(environ: Mapping[str, str]) -> Path:
    # A folder of its own, so that two uses of the action in one job keep their files.
    base = environ.get("RUNNER_TEMP") or tempfile.gettempdir()
    Path(base).mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="commons-lint-", dir=base))


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def publish(report: Report, options: Mapping[str, Any], inputs: Inputs,
            environ: Mapping[str, str], out: TextIO) -> None:
    """Everything the action leaves, in the order of the module's docstring."""
    from .reporters import RenderOptions, in_language
    from .reporters.markdown import render as markdown

    workspace = Path(environ.get("GITHUB_WORKSPACE") or ".")
    place = Place.of(Path(report.repository.path), workspace)
    folder = _output_folder(environ)
    output_format = options["output_format"]

    sarif_text = json.dumps(sarif_for_github(report, place), ensure_ascii=False, indent=2) + "\n"
    sarif_file = Path(inputs.sarif_file).resolve() if inputs.sarif_file.strip() else (
        folder / "commons-lint.sarif"
    )
    _write(sarif_file, sarif_text)

    verbosity = -1 if options["quiet"] else (1 if options["verbose"] else 0)
    text = render(report, output_format, verbosity, sarif_text)
    report_file = folder / ("commons-lint" + EXTENSIONS.get(output_format, "." + output_format))
    _write(report_file, text)
    if options["output"] is not None:  # --output in args: there too
        _write(options["output"], text)
    write_log(text, out)

    summary = environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        # A Markdown report is already the summary: no need to render it twice.
        markdown_text = text if output_format == "markdown" else markdown(report, RenderOptions())
        with open(summary, "a", encoding="utf-8") as file:
            file.write(markdown_text)

    in_language(report.language, lambda: emit_annotations(report_annotations(report, place), out))

    github_output = environ.get("GITHUB_OUTPUT")
    if github_output:
        percent = report.overall_score().percent
        write_outputs(
            Path(github_output),
            {
                "score": "" if percent is None else str(percent),
                "sarif-file": str(sarif_file),
                "report-file": str(report_file),
            },
        )


def main(environ: Mapping[str, str] | None = None, out: TextIO | None = None) -> int:
    from .cli import exit_code, report_for_options

    environ = os.environ if environ is None else environ
    out = sys.stdout if out is None else out
    inputs = Inputs.from_environment(environ)
    try:
        options = parse_check_arguments(inputs.check_arguments())
        report = report_for_options(options)
    except UserError as error:
        message = " ".join(str(error).split())
        out.write(Annotation("error", message, "commons-lint").command() + "\n")
        return EXIT_USAGE
    publish(report, options, inputs, environ, out)
    code = exit_code(report, options["fail_on"])
    if code == 1:
        out.write(
            _("commons-lint: this step fails because findings reach the fail-on "
              "severity ({severity}).").format(severity=options["fail_on"])
            + "\n"
        )
    return code


def run() -> None:
    """Entry point: a crash is one error annotation, its traceback, and exit code 3."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")  # a Windows runner's console is not UTF-8
    try:
        code = main()
    except Exception as error:  # the last line of defence, with the traceback for a report
        traceback.print_exc()
        title = _("commons-lint: internal error")
        sys.stdout.write(Annotation("error", f"{type(error).__name__}: {error}", title).command())
        sys.stdout.write("\n")
        code = EXIT_INTERNAL
    sys.stdout.flush()
    sys.exit(code)


if __name__ == "__main__":
    run()

"""The GitHub Action, action.yml, and the module its check step runs.

``action.yml`` is validated against SchemaStore's schema for action metadata (shipped by
check-jsonschema), and its structure against what GitHub requires of a composite action.
Then the action runs here as a runner would run it: its ``run:`` steps in order, each
with ``bash --noprofile --norc -eo pipefail`` in a simulated job environment (a real Git
repository as ``GITHUB_WORKSPACE``, a fresh ``GITHUB_OUTPUT`` and ``GITHUB_STEP_SUMMARY``
per step, ``RUNNER_TEMP``, ``GITHUB_ACTION_PATH`` this checkout), with the ``${{ … }}``
expressions it uses replaced as GitHub replaces them. Two steps are not run: the one that
``uses:`` actions/setup-python, and the install step, whose ``python`` output is the
interpreter of this test run, where commons-lint is already installed. The summary, the
annotations in the log, the outputs and the files they name are then read back.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from test_formats import CRASHING_RULE, healthy_repository

from commons_lint.cli import FAIL_ON
from commons_lint.github_action import (
    MAX_ANNOTATIONS_PER_LEVEL,
    Annotation,
    Inputs,
    emit_annotations,
    escape_data,
    escape_property,
)
from commons_lint.i18n import LANGUAGES
from commons_lint.reporters import FORMATS

ROOT = Path(__file__).resolve().parents[1]
ACTION = ROOT / "action.yml"
EXPRESSION = re.compile(r"\$\{\{(.*?)\}\}", re.DOTALL)
# GitHub refuses a step summary larger than this.
SUMMARY_LIMIT = 1024 * 1024
# A workflow command: ::level property=value,…::message
COMMAND = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")

MANY_FINDINGS_RULE = '''
from commons_lint import Finding, Severity, Text, Theme, rule


@rule(id="ci-many", theme=Theme.PRODUCE, severity=Severity.WARNING,
      title=Text(en="Many findings", fr="Beaucoup de constats"),
      help=Text(en="Why.", fr="Pourquoi."), tutorial="Produire — question")
def ci_many(repo):
    for number in range(3000):
        yield Finding("x" * 900 + f" {number:05}", path=f"data/file{number:05}.csv",
                      line=number + 1, key="many")
'''
# Many rules, each with a long title: even one line per rule is more than a summary holds.
MANY_RULES = '''
from commons_lint import Finding, Severity, Text, Theme, rule


def make(number):
    def check(repo):
        yield Finding(f"finding of rule {number}", key="one")

    title = Text(en=f"Rule {number} " + "long title " * 90, fr=f"Règle {number} " + "titre " * 150)
    return rule(id=f"ci-rule-{number:04}", theme=Theme.SUSTAIN, severity=Severity.NOTE,
                title=title, help=Text(en="Why.", fr="Pourquoi."),
                tutorial="Pérenniser — question")(check)


for _number in range(1200):
    globals()[f"rule_{_number}"] = make(_number)
'''


def load_action() -> dict[str, Any]:
    action: dict[str, Any] = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    return action


def steps() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = load_action()["runs"]["steps"]
    return found


def expressions(node: Any) -> list[str]:
    """Every ``${{ … }}`` expression in a YAML node, stripped."""
    if isinstance(node, dict):
        return [found for value in node.values() for found in expressions(value)]
    if isinstance(node, list):
        return [found for value in node for found in expressions(value)]
    if isinstance(node, str):
        return [match.strip() for match in EXPRESSION.findall(node)]
    return []


# ----- the metadata ------------------------------------------------------------------


def schemastore_schema() -> dict[str, Any]:
    """SchemaStore's github-action.json, as check-jsonschema ships it."""
    try:
        vendor = importlib.resources.files("check_jsonschema.builtin_schemas.vendor")
    except ModuleNotFoundError:
        if os.environ.get("CI"):
            raise  # a test extra: CI must have it
        pytest.skip("check-jsonschema is not installed (pip install '.[test]')")
    schema: dict[str, Any] = json.loads(vendor.joinpath("github-actions.json").read_text("utf-8"))
    assert schema["$id"] == "https://json.schemastore.org/github-action.json"
    return schema


def schema_errors(action: dict[str, Any]) -> list[str]:
    schema = schemastore_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [error.message for error in validator.iter_errors(action)]


def test_the_action_validates_against_schemastore_schema():
    assert schema_errors(load_action()) == []


def _without_shell(action: dict[str, Any]) -> None:
    del next(step for step in action["runs"]["steps"] if "run" in step)["shell"]


def _bad_using(action: dict[str, Any]) -> None:
    action["runs"]["using"] = "compose"


def _no_description(action: dict[str, Any]) -> None:
    del action["description"]


def _unknown_key(action: dict[str, Any]) -> None:
    action["input"] = {}


@pytest.mark.parametrize("damage", [_without_shell, _bad_using, _no_description, _unknown_key])
def test_the_schema_catches_a_broken_action(damage):
    action = load_action()
    damage(action)
    assert schema_errors(action)


def test_the_action_has_what_github_requires_of_a_composite_action():
    action = load_action()
    assert isinstance(action["name"], str) and action["name"]
    assert isinstance(action["description"], str) and action["description"]
    assert action["runs"]["using"] == "composite"
    for step in action["runs"]["steps"]:
        assert ("uses" in step) != ("run" in step), step
        if "run" in step:
            assert step["shell"] == "bash"  # bash is on every runner, Windows included
        assert "if" not in step  # the simulation below runs every step
    for name, declaration in action["inputs"].items():
        assert isinstance(declaration["description"], str) and declaration["description"], name
        assert declaration.get("required") is False, f"{name}: every input has a default"
        assert isinstance(declaration["default"], str), name
    for name, declaration in action["outputs"].items():
        assert declaration["description"], name
        assert EXPRESSION.fullmatch(declaration["value"]), f"{name}: a composite needs a value"
    assert set(action["branding"]) == {"icon", "color"}


def test_the_inputs_are_all_used_and_reach_scripts_only_through_the_environment():
    action = load_action()
    used = {
        match.group(1)
        for expression in expressions(action["runs"])
        if (match := re.fullmatch(r"inputs\.([\w-]+)", expression))
    }
    assert used == set(action["inputs"])
    for step in action["runs"]["steps"]:
        # An expression in a script would be pasted into shell code before bash reads it.
        assert not expressions(step.get("run", "")), step["id"]


def test_the_input_descriptions_name_every_choice():
    inputs = load_action()["inputs"]
    assert inputs["fail-on"]["default"] in FAIL_ON
    assert all(choice in inputs["fail-on"]["description"] for choice in FAIL_ON)
    assert inputs["lang"]["default"] in LANGUAGES
    assert all(language in inputs["lang"]["description"] for language in LANGUAGES)
    assert inputs["format"]["default"] in FORMATS
    assert all(name in inputs["format"]["description"] for name in FORMATS)


def test_commons_lint_is_installed_from_the_action_itself_in_its_own_environment():
    [setup] = [step for step in steps() if "uses" in step]
    assert setup["uses"].startswith("actions/setup-python@")
    assert setup["with"]["update-environment"] is False  # the job's Python stays its own
    install = next(step for step in steps() if step.get("id") == "install")
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    assert install["env"]["SETUP_PYTHON"] == "${{ steps.python.outputs.python-path }}"
    assert '"$SETUP_PYTHON" -P -m venv "$VENV"' in install["run"]
    assert '-m pip install --quiet "$ACTION_PATH"' in install["run"]
    assert 'echo "python=$python" >> "$GITHUB_OUTPUT"' in install["run"]


# ----- the workflow commands ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50% done", "50%25 done", "50%25 done"),
        ("one\ntwo\r\n", "one%0Atwo%0D%0A", "one%0Atwo%0D%0A"),
        ("a: b, c", "a: b, c", "a%3A b%2C c"),
        ("%0A", "%250A", "%250A"),  # an encoded-looking text stays literal
    ],
)
def test_workflow_command_escaping(text, data, prop):
    assert escape_data(text) == data
    assert escape_property(text) == prop


def test_an_annotation_cannot_be_split_into_another_command():
    annotation = Annotation(
        "warning", "first\n::error::injected", "rule: a, b", "docs/a,b:c.md", 3, 7
    )
    command = annotation.command()
    assert "\n" not in command
    assert command == (
        "::warning file=docs/a%2Cb%3Ac.md,line=3,col=7,title=rule%3A a%2C b"
        "::first%0A::error::injected"
    )
    assert Annotation("error", "m", "t", None, 3).command() == "::error title=t::m"


def test_annotations_stop_at_what_github_shows_and_say_how_many_were_left_out():
    items = [Annotation("error", f"e{n}", "t", "a.md", n + 1) for n in range(14)]
    items += [Annotation("warning", "w", "t")]
    out = io.StringIO()
    emit_annotations(iter(items), out)
    lines = out.getvalue().splitlines()
    assert sum(line.startswith("::error ") for line in lines) == MAX_ANNOTATIONS_PER_LEVEL
    assert sum(line.startswith("::warning ") for line in lines) == 1
    assert lines[-1].startswith("::notice ") and "4 more findings" in lines[-1]


def test_inputs_become_check_arguments_with_args_last():
    inputs = Inputs.from_environment({
        "COMMONS_LINT_PATH": "-odd name", "COMMONS_LINT_PROFILE": "  ",
        "COMMONS_LINT_LANG": "fr", "COMMONS_LINT_ARGS": "--ignore 'a b' --select x",
    })
    assert inputs.check_arguments() == [
        "--format", "text", "--fail-on", "error", "--lang", "fr",
        "--ignore", "a b", "--select", "x", "--", "-odd name",
    ]


# ----- the action, run ---------------------------------------------------------------


def parse_github_output(text: str) -> dict[str, str]:
    """``name=value`` lines and ``name<<DELIMITER`` blocks, as the runner reads them."""
    values: dict[str, str] = {}
    lines = iter(text.splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            block = []
            for inner in lines:
                if inner == delimiter:
                    break
                block.append(inner)
            else:
                raise AssertionError(f"{name}: no closing {delimiter}")
            values[name] = "\n".join(block)
        elif line:
            name, value = line.split("=", 1)
            values[name] = value
    return values


@dataclass
class ActionRun:
    code: int
    log: str
    summary: str
    outputs: dict[str, str]
    step_outputs: dict[str, dict[str, str]] = field(default_factory=dict)

    def annotations(self) -> list[tuple[str, dict[str, str], str]]:
        """(level, properties, message) of each workflow annotation, decoded."""
        found = []
        for line in self.log.splitlines():
            match = COMMAND.match(line)
            if match:
                properties = dict(
                    part.split("=", 1) for part in (match.group(2) or "").split(",") if part
                )
                decoded = {name: _decode(value) for name, value in properties.items()}
                found.append((match.group(1), decoded, _decode(match.group(3))))
        return found

    def rules_annotated(self, level: str) -> set[str]:
        return {
            properties["title"].split(" — ")[0].removeprefix("commons-lint: ")
            for found, properties, _message in self.annotations()
            if found == level and " — " in properties.get("title", "")
        }

    def sarif(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(
            Path(self.outputs["sarif-file"]).read_text(encoding="utf-8")
        )
        return document

    def report(self) -> str:
        return Path(self.outputs["report-file"]).read_text(encoding="utf-8")


def _decode(text: str) -> str:
    for encoded, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","),
                           ("%25", "%")):
        text = text.replace(encoded, plain)
    return text


class Expressions:
    """The ``${{ … }}`` forms the action uses, evaluated as GitHub does; any other form
    fails the test, so that the simulation never passes over what it does not know."""

    def __init__(self, inputs: Mapping[str, str], contexts: Mapping[str, str],
                 step_ids: list[str]) -> None:
        self.inputs = inputs
        self.contexts = contexts
        self.step_ids = step_ids
        self.step_outputs: dict[str, dict[str, str]] = {}

    def value(self, expression: str) -> str:
        if match := re.fullmatch(r"inputs\.([\w-]+)", expression):
            assert match.group(1) in self.inputs, f"undeclared input in {expression}"
            return self.inputs[match.group(1)]
        if match := re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", expression):
            assert match.group(1) in self.step_ids, f"no step {match.group(1)}"
            # A step that has not run, or did not set it, gives an empty string.
            return self.step_outputs.get(match.group(1), {}).get(match.group(2), "")
        assert expression in self.contexts, f"the simulation does not know ${{{{ {expression} }}}}"
        return self.contexts[expression]

    def substitute(self, text: str) -> str:
        return EXPRESSION.sub(lambda match: self.value(match.group(1).strip()), text)


def run_action(workspace: Path, scratch: Path, inputs: Mapping[str, str] | None = None,
               ) -> ActionRun:
    action = load_action()
    declared = action["inputs"]
    given = dict(inputs or {})
    assert set(given) <= set(declared), "unknown inputs"
    runner_temp = scratch / "runner-temp"
    runner_temp.mkdir(parents=True)
    contexts = {
        "github.action_path": str(ROOT),
        "github.workspace": str(workspace),
        "runner.temp": str(runner_temp),
    }
    all_steps: list[dict[str, Any]] = action["runs"]["steps"]
    evaluate = Expressions(
        {name: given.get(name, declaration["default"]) for name, declaration in declared.items()},
        contexts,
        [step["id"] for step in all_steps if "id" in step],
    )
    base_environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(scratch)),
        "LANG": "C.UTF-8",
        "CI": "true",
        "GITHUB_ACTIONS": "true",
        "GITHUB_ACTION": "commons-lint",
        "GITHUB_ACTION_PATH": str(ROOT),
        "GITHUB_WORKSPACE": str(workspace),
        "RUNNER_OS": "Linux",
        "RUNNER_TEMP": str(runner_temp),
    }
    log, summary, code = [], "", 0
    for number, step in enumerate(all_steps):
        if "uses" in step:
            continue  # actions/setup-python: this test run's Python stands for it
        if step["id"] == "install":
            evaluate.step_outputs["install"] = {"python": sys.executable}
            continue
        output_file = scratch / f"output-{number}"
        summary_file = scratch / f"summary-{number}"
        script = scratch / f"step-{number}.sh"
        output_file.touch()
        summary_file.touch()
        script.write_text(evaluate.substitute(step["run"]), encoding="utf-8")
        environment = {
            **base_environment,
            **{name: evaluate.substitute(str(value)) for name, value in step["env"].items()},
            "GITHUB_OUTPUT": str(output_file),
            "GITHUB_STEP_SUMMARY": str(summary_file),
        }
        directory = evaluate.substitute(step.get("working-directory", "${{ github.workspace }}"))
        completed = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=directory, env=environment, capture_output=True, text=True, timeout=300,
        )
        log.append(completed.stdout + completed.stderr)
        summary += summary_file.read_text(encoding="utf-8")
        evaluate.step_outputs[step["id"]] = parse_github_output(
            output_file.read_text(encoding="utf-8")
        )
        if completed.returncode != 0:
            code = completed.returncode
            break  # no step of the action has `if:`, so none runs after a failure
    outputs = {
        name: evaluate.substitute(declaration["value"])
        for name, declaration in action["outputs"].items()
    }
    return ActionRun(code, "".join(log), summary, outputs, evaluate.step_outputs)


def test_a_healthy_repository_passes_with_every_output(git_repo, tmp_path):
    healthy_repository(git_repo)
    run = run_action(git_repo.path, tmp_path / "job")
    assert run.code == 0, run.log
    # The summary is the Markdown report; its score is the score output.
    heading = re.match(r"## commons-lint: score (\d+)/100\n", run.summary)
    assert heading, run.summary[:300]
    assert run.outputs["score"] == heading.group(1)
    # The SARIF file: valid JSON, one run, the rules that ran, this commit.
    sarif = run.sarif()
    assert sarif["version"] == "2.1.0" and len(sarif["runs"]) == 1
    commit = git_repo.git("rev-parse", "HEAD").strip()
    assert sarif["runs"][0]["versionControlProvenance"][0]["revisionId"] == commit
    assert Path(run.outputs["sarif-file"]).parent.parent == tmp_path / "job" / "runner-temp"
    # The text report, in its file and in the log with workflow commands off around it.
    report = run.report()
    assert report.startswith("commons-lint ") and "Summary: " in report
    stop = re.search(r"^::stop-commands::(\w+)$", run.log, re.MULTILINE)
    assert stop, run.log
    assert f"::stop-commands::{stop.group(1)}\n{report}::{stop.group(1)}::\n" in run.log
    # Nothing of severity error failed; what did fail is annotated at its own level.
    assert not run.rules_annotated("error")
    failed_results = {result["ruleId"] for result in sarif["runs"][0]["results"]
                      if result["kind"] == "fail"}
    annotated = run.rules_annotated("warning") | run.rules_annotated("notice")
    assert annotated and annotated <= failed_results


def test_a_failing_check_fails_the_step_after_writing_everything(git_repo, tmp_path):
    git_repo.files({"notes.txt": "to do\n"})
    run = run_action(git_repo.path, tmp_path / "job")
    assert run.code == 1, run.log
    assert run.summary.startswith("## commons-lint: score ")
    assert "licence-file" in run.summary
    assert run.outputs["score"].isdigit()
    results = run.sarif()["runs"][0]["results"]
    assert {"readme", "licence-file"} <= {result["ruleId"] for result in results}
    assert {"readme", "licence-file"} <= run.rules_annotated("error")
    # No README: a finding about the whole repository has no file to point at.
    for level, properties, _message in run.annotations():
        if level == "error":
            assert "file" not in properties and "line" not in properties
    assert run.log.rstrip().splitlines()[-1].startswith("commons-lint: this step fails")


def test_findings_are_annotated_on_their_file_or_on_the_readme(git_repo, tmp_path):
    git_repo.files({"README.md": "# Tool\n", "CONTRIBUTING.md": ""})
    run = run_action(git_repo.path, tmp_path / "job", {"fail-on": "never"})
    assert run.code == 0, run.log
    by_rule = {
        properties["title"].split(" — ")[0].removeprefix("commons-lint: "): (level, properties,
                                                                               message)
        for level, properties, message in run.annotations()
        if " — " in properties.get("title", "")
    }
    level, properties, message = by_rule["licence-file"]  # about the repository
    assert (level, properties["file"]) == ("error", "README.md") and "line" not in properties
    assert "\n" in message  # the fix, on a line of its own
    level, properties, _message = by_rule["readme"]  # about README.md itself
    assert (level, properties["file"]) == ("error", "README.md")
    sarif_readme = next(result for result in run.sarif()["runs"][0]["results"]
                        if result["ruleId"] == "readme")
    location = sarif_readme["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "README.md"


def test_inputs_reach_the_check_and_paths_are_given_from_the_workspace(git_repo, tmp_path):
    healthy_repository(git_repo)
    git_repo.files({"sub folder/README.md": "# Sub\n"})
    run = run_action(git_repo.path, tmp_path / "job", {
        "path": "sub folder", "lang": "fr", "fail-on": "never", "format": "json",
        "profile": "minimal", "args": "--ignore code-of-conduct",
        "sarif-file": "reports/commons-lint.sarif",
    })
    assert run.outputs["sarif-file"] == str(git_repo.path.resolve() / "reports/commons-lint.sarif")
    assert run.code == 0, run.log  # fail-on: never
    assert run.summary.startswith("## commons-lint : score ")  # French
    report = json.loads(run.report())
    assert Path(run.outputs["report-file"]).suffix == ".json"
    assert (report["profile"], report["language"]) == ("minimal", "fr")
    rules = {result["rule"] for result in report["results"]}
    assert "readme" in rules and "code-of-conduct" not in rules and "funding" not in rules
    # GitHub reads paths from the root of the checkout, not from the checked folder.
    sarif_run = run.sarif()["runs"][0]
    workspace_uri = git_repo.path.resolve().as_uri() + "/"
    assert sarif_run["originalUriBaseIds"]["SRCROOT"]["uri"] == workspace_uri
    uris = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for result in sarif_run["results"]}
    assert uris and all(uri.startswith("sub folder/") for uri in uris)
    files = {properties.get("file") for level, properties, _m in run.annotations()
             if level == "error"}
    assert files == {"sub folder/README.md"}


def test_an_exemption_in_a_checked_folder_is_located_from_the_workspace(git_repo, tmp_path):
    healthy_repository(git_repo)
    git_repo.files({
        "sub folder/README.md": "# Sub\n",
        "sub folder/.commons-lint.yml": (
            "exempt:\n  - rule: funding\n"
            "    reason: the project is paid for by its members' own work\n"
        ),
    })
    run = run_action(git_repo.path, tmp_path / "job", {"path": "sub folder", "fail-on": "never"})
    assert run.code == 0, run.log
    [exempted] = [result for result in run.sarif()["runs"][0]["results"]
                  if result["ruleId"] == "funding"]
    location = exempted["suppressions"][0]["location"]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "sub folder/.commons-lint.yml"


def test_a_crashing_rule_is_an_error_annotation_and_exit_code_3(git_repo, tmp_path):
    healthy_repository(git_repo)
    git_repo.write("ci-rules/crash.py", CRASHING_RULE)
    run = run_action(git_repo.path, tmp_path / "job",
                     {"args": "--rules-dir ci-rules --select ci-crash", "fail-on": "never",
                      "format": "sarif"})
    assert run.code == 3, run.log  # a crash is never a pass, whatever fail-on says
    assert Path(run.outputs["report-file"]).suffix == ".sarif"
    assert run.report() == Path(run.outputs["sarif-file"]).read_text(encoding="utf-8")
    [(level, properties, message)] = run.annotations()
    assert level == "error" and "ci-crash" in properties["title"] and "boom" in message
    invocation = run.sarif()["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False


@pytest.mark.parametrize(
    ("inputs", "mentions"),
    [
        ({"fail-on": "sometimes"}, "sometimes"),
        ({"args": "--ignore 'unclosed"}, "args"),
        ({"path": "no such folder"}, "no such folder"),
    ],
)
def test_a_usage_error_is_one_error_annotation_and_exit_code_2(git_repo, tmp_path, inputs,
                                                               mentions):
    git_repo.files({"README.md": "# Tool\n"})
    run = run_action(git_repo.path, tmp_path / "job", inputs)
    assert run.code == 2, run.log
    [(level, properties, message)] = run.annotations()
    assert (level, properties) == ("error", {"title": "commons-lint"})
    assert mentions in message
    assert run.outputs == {"score": "", "sarif-file": "", "report-file": ""}


def test_many_findings_keep_the_summary_small_and_the_sarif_complete(git_repo, tmp_path):
    git_repo.files({"README.md": "# Tool\n"})
    git_repo.write("ci-rules/many.py", MANY_FINDINGS_RULE)
    run = run_action(git_repo.path, tmp_path / "job",
                     {"args": "--rules-dir ci-rules --select ci-many", "lang": "fr"})
    assert run.code == 0, run.log  # warnings, and fail-on is error
    assert len(run.summary.encode("utf-8")) < SUMMARY_LIMIT
    # Each rule shows 20 findings and says how many more the full report has.
    assert re.search(r"^- \*… .*\b2980\b", run.summary, re.MULTILINE), run.summary[-500:]
    assert len(run.sarif()["runs"][0]["results"]) == 3000
    warnings = [a for a in run.annotations() if a[0] == "warning"]
    assert len(warnings) == MAX_ANNOTATIONS_PER_LEVEL
    assert warnings[0][1]["file"] == "data/file00000.csv" and warnings[0][1]["line"] == "1"
    notes = [message for level, _p, message in run.annotations() if level == "notice"]
    assert any(note.startswith("2990 autres constats") for note in notes)


def test_a_summary_too_large_for_github_is_cut_with_a_note(git_repo, tmp_path):
    git_repo.files({"README.md": "# Tool\n"})
    git_repo.write("ci-rules/many_rules.py", MANY_RULES)
    run = run_action(git_repo.path, tmp_path / "job",
                     {"args": "--rules-dir ci-rules", "fail-on": "never"})
    assert run.code == 0, run.log
    size = len(run.summary.encode("utf-8"))
    assert 900_000 < size < SUMMARY_LIMIT
    note = "*The report was cut here: it is too large for a summary.*"
    assert run.summary.rstrip().endswith(note)
    rules = {rule["id"] for rule in run.sarif()["runs"][0]["tool"]["driver"]["rules"]}
    assert {f"ci-rule-{number:04}" for number in range(1200)} <= rules

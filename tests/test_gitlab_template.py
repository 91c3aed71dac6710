"""The GitLab CI/CD template, templates/gitlab/commons-lint.yml.

The template is read as GitLab reads it: a ``spec:`` header with the inputs, ``---``, then
the configuration, where ``$[[ inputs.NAME ]]`` is replaced by the input's value before
the YAML is used. Its structure is checked against what GitLab requires, then its job
runs here: its ``script`` lines, in order, in one bash shell with ``set -eo pipefail``
as GitLab's runner does, in a simulated job environment (``CI_PROJECT_DIR`` a real Git
repository checked out at ``CI_COMMIT_SHA``, the predefined and the job's variables set).
Only the line that installs commons-lint with pip is skipped: the commons-lint of this
test run is first on PATH instead. The reports the job leaves are then read back.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_formats import CRASHING_RULE, healthy_repository

from commons_lint.cli import FAIL_ON
from commons_lint.i18n import LANGUAGES
from commons_lint.rules import discover

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "templates" / "gitlab" / "commons-lint.yml"
JOB = "commons-lint"
INPUT = re.compile(r"\$\[\[\s*inputs\.([A-Za-z0-9_-]+)\s*\]\]")
# The keywords GitLab accepts in a job (the ones a template has any use for).
JOB_KEYWORDS = {
    "after_script", "allow_failure", "artifacts", "before_script", "cache", "coverage",
    "dependencies", "environment", "extends", "image", "interruptible", "needs", "retry",
    "rules", "script", "services", "stage", "tags", "timeout", "variables", "when",
}
REPORTS = {
    "codequality": "commons-lint-codequality.json",
    "junit": "commons-lint-junit.xml",
    "sarif": "commons-lint.sarif",
}


def template_parts() -> tuple[dict[str, Any], str]:
    """The ``spec`` header, parsed, and the configuration, as text still to interpolate."""
    text = TEMPLATE.read_text(encoding="utf-8")
    header, separator, body = text.partition("\n---\n")
    assert separator, "the spec header must be followed by ---"
    spec = yaml.safe_load(header)
    assert set(spec) == {"spec"}
    return spec["spec"], body


def interpolate(inputs: dict[str, Any] | None = None) -> dict[str, Any]:
    """The configuration as GitLab builds it for ``include:`` with these inputs.

    Like GitLab, the configuration is parsed first and the placeholders are replaced in
    its strings: a value never changes the YAML around it.
    """
    spec, body = template_parts()
    declared = spec["inputs"]
    given = inputs or {}
    assert set(given) <= set(declared), "unknown inputs"

    def value(name: str) -> Any:
        assert name in declared, f"$[[ inputs.{name} ]] is not declared"
        chosen = given.get(name, declared[name].get("default"))
        assert chosen is not None, f"input {name} is required"
        if "options" in declared[name]:
            assert chosen in declared[name]["options"], f"{name}: {chosen!r} is not an option"
        return chosen

    def replace(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: replace(item) for key, item in node.items()}
        if isinstance(node, list):
            return [replace(item) for item in node]
        if isinstance(node, str):
            whole = INPUT.fullmatch(node.strip())
            if whole:
                return value(whole.group(1))
            return INPUT.sub(lambda match: str(value(match.group(1))), node)
        return node

    config: dict[str, Any] = replace(yaml.safe_load(body))
    return config


# ----- structure --------------------------------------------------------------------


def test_the_header_declares_the_inputs_with_defaults():
    spec, body = template_parts()
    inputs = spec["inputs"]
    assert set(inputs) == {
        "stage", "image", "requirement", "path", "profile", "fail-on", "lang", "args",
    }
    for name, declaration in inputs.items():
        assert "default" in declaration, f"{name}: an include with no inputs must work"
        assert isinstance(declaration["description"], str) and declaration["description"]
    assert inputs["fail-on"]["options"] == list(FAIL_ON)
    assert inputs["lang"]["options"] == list(LANGUAGES)
    assert inputs["requirement"]["default"] == "commons-lint"
    assert set(INPUT.findall(body)) == set(inputs)  # every input is used, none is unknown


def test_the_job_has_what_gitlab_requires():
    config = interpolate()
    assert list(config) == [JOB]  # one job; no `stages:` that would replace the project's
    job = config[JOB]
    assert set(job) <= JOB_KEYWORDS
    assert job["stage"] == "test"
    assert job["image"] == "python:3.12"
    assert job["needs"] == []
    assert isinstance(job["script"], list) and job["script"]
    assert all(isinstance(line, str) for line in job["script"])
    assert all(isinstance(value, str) for value in job["variables"].values())
    artifacts = job["artifacts"]
    assert artifacts["when"] == "always"  # the reports matter most when the check fails
    assert artifacts["reports"] == {
        "codequality": REPORTS["codequality"], "junit": REPORTS["junit"],
    }
    assert artifacts["paths"] == [REPORTS["sarif"]]


def test_inputs_reach_the_job_as_variables():
    job = interpolate({"stage": "lint", "fail-on": "warning", "lang": "fr",
                       "profile": "fr-public", "image": "python:3.13"})[JOB]
    assert (job["stage"], job["image"]) == ("lint", "python:3.13")
    variables = job["variables"]
    assert variables["COMMONS_LINT_FAIL_ON"] == "warning"
    assert variables["COMMONS_LINT_LANG"] == "fr"
    assert variables["COMMONS_LINT_PROFILE"] == "fr-public"
    assert not any(INPUT.search(line) for line in job["script"])  # no input pasted in a script


def test_an_input_outside_its_options_is_refused():
    with pytest.raises(AssertionError, match="not an option"):
        interpolate({"fail-on": "sometimes"})


# ----- the job, run -----------------------------------------------------------------


@dataclass
class Job:
    code: int
    log: str
    workspace: Path

    def report(self, name: str) -> str:
        return (self.workspace / REPORTS[name]).read_text(encoding="utf-8")

    def code_quality(self) -> list[dict[str, Any]]:
        issues: list[dict[str, Any]] = json.loads(self.report("codequality"))
        return issues

    def junit(self) -> ET.Element:
        return ET.fromstring(self.report("junit").encode("utf-8"))

    def sarif(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(self.report("sarif"))
        return document


def job_script(job: dict[str, Any]) -> str:
    """The job's script as the runner runs it, less the pip install of commons-lint."""
    installs = [line for line in job["script"] if "pip install" in line]
    # -P: pip is not imported from the project's folder (a pip.py of the merge request).
    assert installs == ['python -P -m pip install --quiet "$COMMONS_LINT_REQUIREMENT"']
    lines = [": pip install skipped by the test" if line in installs else line
             for line in job["script"]]
    return "set -eo pipefail\n" + "\n".join(lines) + "\n"


def run_job(git_repo: Any, inputs: dict[str, Any] | None = None) -> Job:
    job = interpolate(inputs)[JOB]
    commit = git_repo.git("rev-parse", "HEAD").strip()
    git_repo.git("checkout", "-q", "--detach", commit)  # how the runner checks out
    environment = {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": os.environ.get("HOME", str(git_repo.path)),
        "LANG": "C.UTF-8",
        "CI": "true",
        "GITLAB_CI": "true",
        "CI_PROJECT_DIR": str(git_repo.path),
        "CI_COMMIT_SHA": commit,
        "CI_COMMIT_REF_NAME": "main",
        "CI_JOB_NAME": JOB,
        "CI_JOB_STAGE": job["stage"],
        "CI_PIPELINE_SOURCE": "merge_request_event",
        **job["variables"],
    }
    completed = subprocess.run(
        ["bash", "-c", job_script(job)],
        cwd=git_repo.path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return Job(completed.returncode, completed.stdout + completed.stderr, git_repo.path)


def test_the_job_passes_on_a_healthy_repository_and_publishes_every_report(git_repo):
    healthy_repository(git_repo)
    job = run_job(git_repo)
    assert job.code == 0, job.log
    assert "Summary: " in job.log  # the text report, in the job log
    rules = set(discover().rules)
    cases = {case.attrib["name"].split(" — ")[0] for case in job.junit().iter("testcase")}
    assert cases == rules
    assert job.junit().find(".//failure[@type='error']") is None
    issues = job.code_quality()
    assert not any(issue["severity"] == "critical" for issue in issues)
    provenance = job.sarif()["runs"][0]["versionControlProvenance"][0]
    assert provenance["revisionId"] == git_repo.git("rev-parse", "HEAD").strip()


def test_a_failing_check_fails_the_job_and_still_publishes_every_report(git_repo):
    git_repo.files({"notes.txt": "to do\n"})
    job = run_job(git_repo)
    assert job.code == 1, job.log
    issues = job.code_quality()
    critical = {issue["check_name"] for issue in issues if issue["severity"] == "critical"}
    assert {"readme", "licence-file"} <= critical
    failed = {
        case.attrib["name"].split(" — ")[0]
        for case in job.junit().iter("testcase")
        if case.find("failure") is not None
    }
    assert {"readme", "licence-file"} <= failed
    results = job.sarif()["runs"][0]["results"]
    assert {"readme", "licence-file"} <= {result["ruleId"] for result in results}


def test_inputs_change_what_the_job_checks_and_says(git_repo):
    git_repo.files({"notes.txt": "to do\n"})
    job = run_job(git_repo, {"lang": "fr", "fail-on": "never", "profile": "minimal",
                             "args": "--ignore code-of-conduct"})
    assert job.code == 0, job.log  # --fail-on never
    assert "Résumé : " in job.log
    root = job.junit()
    assert root[0].attrib["name"] == "Comprendre"
    cases = {case.attrib["name"].split(" — ")[0] for case in root.iter("testcase")}
    assert "readme" in cases and "licence-file" in cases
    assert "funding" not in cases  # not in the minimal profile
    assert "code-of-conduct" not in cases  # --ignore, passed with `args`
    assert job.sarif()["runs"][0]["properties"]["profile"] == "minimal"


def test_a_folder_with_spaces_and_a_crashing_rule(git_repo):
    healthy_repository(git_repo)
    git_repo.files({"sub folder/README.md": "# Sub\n\nA part of Cartofaune.\n"})
    # Local rules next to the project, named from the job's folder through `args`.
    git_repo.write("ci-rules/crash.py", CRASHING_RULE)
    job = run_job(git_repo, {"path": "sub folder",
                             "args": "--rules-dir ci-rules --select ci-crash"})
    assert job.code == 3, job.log  # a crash is never a pass, and the reports are there
    [case] = job.junit().iter("testcase")
    error = case.find("error")
    assert error is not None and "RuntimeError: boom" in error.attrib["message"]
    assert job.code_quality() == []
    assert job.sarif()["runs"][0]["invocations"][0]["executionSuccessful"] is False

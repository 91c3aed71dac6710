"""The tool never imports a module of the folder it checks (issue 8, item 3).

``python -m`` puts the current folder first on ``sys.path``; in CI the current folder is
the checkout of a pull request. A checkout here holds modules named like what the tool
imports (``click``, ``yaml``, ``json``, ``shlex``, ``subprocess``, ``pip``, ``venv``,
``commons_lint``, ``commons_lint_rules``), each creating a marker when imported. The
Action's steps, the GitLab job, ``python -P -m commons_lint`` and the console script run
with the checkout as their working folder: no marker, no ``__pycache__``, the tree as it
was.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from gitrepo import GitRepo, init_repository
from hostile import assert_clean_end, marker_command, run_guarded, tree_digest
from test_action import load_action, parse_github_output, run_action
from test_gitlab_template import interpolate, run_job

# Imported by the tool once it runs, after the package itself: the fallback in
# commons_lint/_startup.py keeps them off even for a plain `python -m`.
LATE_MODULES = ("click", "yaml", "json", "shlex")
# Imported before any code of the tool runs (the interpreter, runpy, the package's
# __init__): only -P, PYTHONSAFEPATH or the console script keep them off.
EARLY_MODULES = ("subprocess", "venv", "pip", "commons_lint", "commons_lint_rules")
PYTHON_P = (sys.executable, "-P")


def shadowing_checkout(root: Path, markers: Path, modules: tuple[str, ...]) -> GitRepo:
    """A committed checkout whose root holds a module for each name in ``modules`` (a
    package for the tool's own, with a __main__ for pip); each imported one creates
    ``markers/<name>``."""
    markers.mkdir(parents=True, exist_ok=True)
    repo = init_repository(root)
    files = {"README.md": "# Demo\n\nA project.\n"}
    for name in modules:
        payload = f"import os\nos.system({marker_command(markers / name)!r})\n"
        if name in ("commons_lint", "commons_lint_rules", "pip"):
            files[f"{name}/__init__.py"] = payload
            files[f"{name}/__main__.py"] = payload
        else:
            files[f"{name}.py"] = payload
    repo.files(files)
    return repo


def assert_untouched(repo: GitRepo, before: str, markers: Path) -> None:
    assert sorted(path.name for path in markers.iterdir()) == [], "a shadowing module ran"
    assert not list(repo.path.rglob("__pycache__"))
    assert tree_digest(repo.path) == before


@pytest.fixture
def markers(tmp_path: Path) -> Path:
    return tmp_path / "markers"


@pytest.fixture
def checkout(tmp_path: Path, markers: Path) -> GitRepo:
    return shadowing_checkout(tmp_path / "checkout", markers, LATE_MODULES + EARLY_MODULES)


def test_the_shadowing_modules_do_run_when_python_looks_in_the_folder(tmp_path):
    """The control: without a guard, each module of the checkout is the one imported."""
    markers = tmp_path / "control-markers"
    repo = shadowing_checkout(tmp_path / "control", markers, LATE_MODULES + EARLY_MODULES)
    names = ", ".join((*LATE_MODULES, "subprocess", "commons_lint", "commons_lint_rules"))
    subprocess.run([sys.executable, "-c", f"import {names}"], cwd=repo.path, check=True)
    subprocess.run([sys.executable, "-m", "pip", "--version"], cwd=repo.path, check=False,
                   capture_output=True)
    expected = {*LATE_MODULES, "subprocess", "commons_lint", "commons_lint_rules", "pip"}
    assert {path.name for path in markers.iterdir()} == expected


def test_the_action_check_step_imports_nothing_from_the_workspace(checkout, markers, tmp_path):
    before = tree_digest(checkout.path)
    run = run_action(checkout.path, tmp_path / "job",
                     {"fail-on": "never", "args": "--select readme,licence-file"})
    assert run.code == 0, run.log
    assert run.outputs["sarif-file"]  # the check did run
    assert_untouched(checkout, before, markers)


def test_the_action_install_step_imports_nothing_from_the_workspace(checkout, markers,
                                                                    tmp_path):
    """The install step, run in the workspace (worse than its own working-directory):
    the venv and pip lines are skipped (no network here), ``$VENV/bin/python`` stands for
    the new interpreter, and the rest runs as written."""
    action = load_action()
    [install] = [step for step in action["runs"]["steps"] if step.get("id") == "install"]
    assert install["working-directory"] == "${{ runner.temp }}"
    assert install["env"]["PYTHONSAFEPATH"] == "1"
    script_lines = install["run"].splitlines()
    skipped = [line for line in script_lines if re.search(r"-m (venv|pip) ", line)]
    assert len(skipped) == 2 and all(" -P -m " in line for line in skipped), skipped
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    (venv / "bin" / "python").chmod(0o755)
    script = tmp_path / "install.sh"
    script.write_text("\n".join(": skipped" if line in skipped else line
                                for line in script_lines) + "\n")
    output = tmp_path / "output"
    output.touch()
    before = tree_digest(checkout.path)
    completed = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
        cwd=checkout.path, capture_output=True, text=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "VENV": str(venv),
             "SETUP_PYTHON": sys.executable, "ACTION_PATH": "unused",
             "GITHUB_OUTPUT": str(output), "PYTHONSAFEPATH": "1"},
    )
    assert completed.returncode == 0, completed.stderr
    assert "commons-lint, version" in completed.stdout
    assert parse_github_output(output.read_text())["python"] == str(venv / "bin" / "python")
    assert_untouched(checkout, before, markers)


def test_every_python_the_action_starts_has_minus_p():
    for step in load_action()["runs"]["steps"]:
        for line in step.get("run", "").splitlines():
            if re.search(r"python\"? -", line, re.IGNORECASE) or "_PYTHON\" " in line:
                assert " -P -m " in line, line
        if "run" in step and step.get("id") == "check":
            assert step["env"]["PYTHONSAFEPATH"] == "1"
            assert step["env"]["PYTHONDONTWRITEBYTECODE"] == "1"


def test_python_minus_p_minus_m_commons_lint_in_the_checkout(checkout, markers):
    before = tree_digest(checkout.path)
    run = run_guarded("check", ".", "--select", "readme", cwd=checkout.path,
                      command=(*PYTHON_P, "-m", "commons_lint"))
    assert_clean_end(run, 0, 1)
    assert "readme" in run.stdout
    assert_untouched(checkout, before, markers)


def test_the_console_script_in_the_checkout(checkout, markers):
    before = tree_digest(checkout.path)
    run = run_guarded("check", ".", "--select", "readme", cwd=checkout.path)
    assert_clean_end(run, 0, 1)
    assert "readme" in run.stdout
    assert_untouched(checkout, before, markers)


@pytest.mark.parametrize("module", ["commons_lint", "commons_lint.github_action"])
def test_a_plain_python_m_still_keeps_the_late_modules_off(tmp_path, markers, module):
    """Without -P, commons_lint/_startup.py takes the folder off sys.path before the
    tool imports click, yaml, json or shlex."""
    repo = shadowing_checkout(tmp_path / "late", markers, LATE_MODULES)
    before = tree_digest(repo.path)
    run = run_guarded(
        *(("check", ".", "--select", "readme") if module == "commons_lint" else ()),
        cwd=repo.path, command=(sys.executable, "-m", module),
        env={"COMMONS_LINT_ARGS": "--select readme", "COMMONS_LINT_FAIL_ON": "never",
             "RUNNER_TEMP": str(tmp_path / "runner")},
    )
    assert_clean_end(run, 0, 1)
    assert "readme" in run.stdout
    assert_untouched(repo, before, markers)


def test_the_gitlab_job_imports_nothing_from_the_project(checkout, markers):
    job = interpolate()["commons-lint"]
    assert job["variables"]["PYTHONSAFEPATH"] == "1"
    assert job["variables"]["PYTHONDONTWRITEBYTECODE"] == "1"
    for line in job["script"]:
        if re.match(r"\s*python", line):
            assert line.lstrip().startswith("python -P -m "), line
    done = run_job(checkout, {"args": "--select readme", "fail-on": "never"})
    assert done.code == 0, done.log
    assert sorted(path.name for path in markers.iterdir()) == [], "a shadowing module ran"
    assert not list(checkout.path.rglob("__pycache__"))
    # The job checks out the commit and writes its reports into the project, by design:
    # those are the only changes (a tree digest would see them).
    status = checkout.git("status", "--porcelain", "--ignored", "--untracked-files=all")
    assert sorted(status.splitlines()) == [
        "?? commons-lint-codequality.json", "?? commons-lint-junit.xml", "?? commons-lint.sarif",
    ]

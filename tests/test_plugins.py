"""Third-party rule packages: built, installed with pip and found through their entry point.

Each plugin is a real package built by setuptools without network (no build isolation,
no index) into a folder that the runs put on PYTHONPATH.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fresh_process import commons_lint_process
from linting import rules_folder

from commons_lint.errors import PluginError
from commons_lint.rules import Catalogue, discover, load_directory

PLUGIN_RULE = '''
"""A rule shipped by a third party."""

from commons_lint import Finding, Severity, Text, Theme, rule


@rule(
    id="{rule_id}",
    theme=Theme.SUSTAIN,
    severity=Severity.ERROR,
    title=Text(en="A security.txt file exists", fr="Un fichier security.txt existe"),
    help=Text(en="Why: people need to know where to report flaws.",
              fr="Pourquoi : il faut savoir où signaler une faille."),
    tutorial="Pérenniser — test",
    options={{"path": ".well-known/security.txt"}},
)
def security_txt(repo, options):
    if not repo.exists(options["path"]):
        yield Finding(options["path"] + " is missing", key="missing")
'''


def build_plugin(
    root: Path, name: str, version: str, package: str, modules: dict[str, str],
    profiles: dict[str, str] | None = None,
) -> Path:
    """Write a plugin project and install it into ``root/site``; return the site folder."""
    project = root / name
    (project / package / "profiles").mkdir(parents=True)
    (project / "pyproject.toml").write_text(
        f"""\
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "{name}"
version = "{version}"

[project.entry-points."commons_lint.rules"]
{package} = "{package}"

[tool.setuptools]
packages = ["{package}"]

[tool.setuptools.package-data]
{package} = ["profiles/*.yml"]
""",
        encoding="utf-8",
    )
    (project / package / "__init__.py").write_text('"""Rules of a plugin."""\n')
    for module, source in modules.items():
        (project / package / f"{module}.py").write_text(source, encoding="utf-8")
    for profile, text in (profiles or {}).items():
        (project / package / "profiles" / f"{profile}.yml").write_text(text, encoding="utf-8")
    site = root / "site"
    completed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--no-build-isolation", "--disable-pip-version-check", "--target", str(site),
         str(project)],
        capture_output=True, text=True, check=False, timeout=300,
        env={**os.environ, "PIP_NO_INPUT": "1"},
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return site


def with_plugins(site: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return commons_lint_process(*args, env={"PYTHONPATH": str(site)})


@pytest.fixture(scope="module")
def acme_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_plugin(
        tmp_path_factory.mktemp("acme"),
        "acme-commons-rules", "1.2.3", "acme_rules",
        {"security": PLUGIN_RULE.format(rule_id="acme-security-txt")},
        {"acme": "description: {en: ACME, fr: ACME}\nselect: [acme-security-txt]\n"
                 "rules:\n  acme-security-txt: warning\n"},
    )


def test_a_plugin_rule_is_listed_with_its_distribution(acme_site):
    completed = with_plugins(acme_site, "rules")
    assert completed.returncode == 0, completed.stderr
    line = next(line for line in completed.stdout.splitlines()
                if line.startswith("acme-security-txt "))
    assert line.endswith("[plugin acme-commons-rules 1.2.3]")
    assert "Maintain and sustain" in line and "error" in line
    assert "acme" in completed.stdout.splitlines()[-1]  # its profile
    builtin = next(line for line in completed.stdout.splitlines() if line.startswith("readme "))
    assert builtin.endswith("[built-in]")


def test_a_plugin_rule_runs(acme_site, git_repo):
    git_repo.files({"README.md": "# Demo\n"})
    failing = with_plugins(acme_site, "check", git_repo.path, "--select", "acme-security-txt",
                           "--format", "json")
    assert failing.returncode == 1, failing.stderr
    [result] = json.loads(failing.stdout)["results"]
    assert (result["status"], result["source"]) == ("failed", "plugin acme-commons-rules 1.2.3")
    assert [f["key"] for f in result["findings"]] == ["missing"]
    git_repo.files({".well-known/security.txt": "Contact: mailto:security@example.org\n"})
    passing = with_plugins(acme_site, "check", git_repo.path, "--select", "acme-security-txt")
    assert passing.returncode == 0, passing.stdout


def test_a_plugin_profile_and_options(acme_site, git_repo):
    git_repo.files({"README.md": "# Demo\n", "SECURITY.txt": "x"})
    by_profile = with_plugins(acme_site, "check", git_repo.path, "--profile", "acme",
                              "--format", "json")
    report = json.loads(by_profile.stdout)
    assert report["profile"] == "acme"
    assert [(r["rule"], r["severity"]) for r in report["results"]] == [
        ("acme-security-txt", "warning"),
    ]
    assert by_profile.returncode == 0  # a warning, below --fail-on error
    (git_repo.path / ".commons-lint.yml").write_text(
        "rules:\n  acme-security-txt:\n    options: {path: SECURITY.txt}\n", encoding="utf-8"
    )
    configured = with_plugins(acme_site, "check", git_repo.path, "--select",
                              "acme-security-txt", "--format", "json")
    assert json.loads(configured.stdout)["results"][0]["status"] == "passed"


def test_explain_a_plugin_rule(acme_site):
    completed = with_plugins(acme_site, "explain", "acme-security-txt", "--lang", "fr")
    assert completed.returncode == 0
    assert "Un fichier security.txt existe" in completed.stdout
    assert "plugin acme-commons-rules 1.2.3" in completed.stdout


def test_a_plugin_cannot_take_a_builtin_id(tmp_path):
    site = build_plugin(tmp_path, "shadow-rules", "0.1", "shadow_rules",
                        {"readme": PLUGIN_RULE.format(rule_id="readme")})
    completed = with_plugins(site, "rules")
    assert completed.returncode == 2
    lines = completed.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in completed.stderr
    assert "'readme'" in lines[0]
    assert "built-in" in lines[0] and "plugin shadow-rules 0.1" in lines[0]


def test_a_plugin_that_fails_to_import(tmp_path, git_repo):
    site = build_plugin(tmp_path, "broken-rules", "0.2", "broken_rules",
                        {"broken": "import a_module_that_is_not_installed\n"})
    git_repo.files({"README.md": "x"})
    completed = with_plugins(site, "check", git_repo.path)
    assert completed.returncode == 2
    lines = completed.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in completed.stderr
    assert "plugin broken-rules 0.2" in lines[0] and "a_module_that_is_not_installed" in lines[0]


# ----- local directories, in this process ---------------------------------------------


def test_a_local_directory_loads_public_modules_and_profiles(tmp_path):
    directory = rules_folder(
        tmp_path, "local",
        {
            "security.py": PLUGIN_RULE.format(rule_id="local-security"),
            "_helpers.py": "raise RuntimeError('private modules are not loaded')",
            "notes.txt": "not python",
        },
        {"mine": "select: [local-security]\n"},
    )
    catalogue = Catalogue()
    load_directory(catalogue, directory)
    assert list(catalogue.rules) == ["local-security"]
    assert catalogue.rules["local-security"].source == f"local {directory}"
    assert catalogue.profiles == {"mine": directory / "profiles" / "mine.yml"}
    assert not (directory / "__pycache__").exists()  # importing wrote nothing there


def test_two_directories_with_modules_of_the_same_name(tmp_path):
    first, second = (
        rules_folder(tmp_path, name, {"rules.py": PLUGIN_RULE.format(rule_id=f"{name}-rule")})
        for name in ("first", "second")
    )
    catalogue = discover([first, second])
    assert catalogue.rules["first-rule"].source == f"local {first}"
    assert catalogue.rules["second-rule"].source == f"local {second}"


def test_a_profile_name_is_taken_once(tmp_path):
    first, second = (
        rules_folder(tmp_path, name, {}, {"team": "rules: {}\n"}) for name in ("first", "second")
    )
    with pytest.raises(PluginError) as error:
        discover([first, second])
    assert "'team'" in str(error.value)
    assert str(first / "profiles" / "team.yml") in str(error.value)
    assert str(second / "profiles" / "team.yml") in str(error.value)


def test_a_local_profile_cannot_replace_a_builtin_one(tmp_path):
    directory = rules_folder(tmp_path, "local", {}, {"minimal": "rules: {}\n"})
    with pytest.raises(PluginError, match="'minimal'"):
        discover([directory])
    (directory / "profiles" / "minimal.yml").rename(directory / "profiles" / "default.yml")
    with pytest.raises(PluginError, match="built in"):
        discover([directory])

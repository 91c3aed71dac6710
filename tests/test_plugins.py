"""Third-party rule packages: built, installed with pip and found through their entry point.

Each plugin is a real wheel, installed by pip without network (no index) into a folder that
the runs put on PYTHONPATH.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import subprocess
import sys
import zipfile
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
    """Write a plugin as a wheel and install it with pip into ``root/site``; return the
    site folder.

    The wheel is written here (a zip archive in the wheel format) rather than built by a
    build backend: a fresh virtual environment has no setuptools on Python 3.12 and later,
    and installing a wheel needs nothing but pip.
    """
    files = {f"{package}/__init__.py": '"""Rules of a plugin."""\n'}
    files.update({f"{package}/{module}.py": source for module, source in modules.items()})
    files.update({
        f"{package}/profiles/{profile}.yml": text for profile, text in (profiles or {}).items()
    })
    distribution = name.replace("-", "_")
    info = f"{distribution}-{version}.dist-info"
    files[f"{info}/METADATA"] = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    files[f"{info}/WHEEL"] = (
        "Wheel-Version: 1.0\nGenerator: commons-lint-tests\nRoot-Is-Purelib: true\n"
        "Tag: py3-none-any\n"
    )
    files[f"{info}/entry_points.txt"] = f"[commons_lint.rules]\n{package} = {package}\n"
    record = [f"{path},{_record_hash(text)},{len(text.encode())}" for path, text in files.items()]
    files[f"{info}/RECORD"] = "\n".join([*record, f"{info}/RECORD,,"]) + "\n"
    wheel = root / f"{distribution}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for path, text in files.items():
            archive.writestr(path, text)
    site = root / "site"
    completed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
         "--disable-pip-version-check", "--target", str(site), str(wheel)],
        capture_output=True, text=True, check=False, timeout=300,
        env={**os.environ, "PIP_NO_INPUT": "1"},
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return site


def _record_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode()).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


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

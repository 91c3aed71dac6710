"""The SARIF reporter: valid for the official schema and for Microsoft's validator
(with its GitHub rules), and shaped the way code scanning needs.

Microsoft's validator is the npm package ``@microsoft/sarif-multitool``. ``.ci/run``
installs it and exports ``SARIF_MULTITOOL`` (the path of its executable); without that
variable the tests look in the folder where ``.ci/run`` installs it, and skip when it is
not there, except on CI (``CI`` set), where a missing validator is a failure.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
from linting import rules_folder
from test_formats import healthy_repository

import commons_lint
from commons_lint.reporters.sarif import repository_uri

MULTITOOL_PACKAGE = "@microsoft/sarif-multitool"
# Where .ci/run installs the validator when COMMONS_LINT_CI_TOOLS does not say otherwise.
CI_TOOLS = Path(
    os.environ.get("COMMONS_LINT_CI_TOOLS")
    or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "commons-lint-ci"
)

SAMPLE_RULES = '''
from commons_lint import Finding, NotApplicable, Severity, Text, Theme, rule

HELP = Text(
    en="Why it matters.\\n\\nWhat is checked.\\n\\nHow to fix it.",
    fr="Pourquoi c'est important.\\n\\nCe qui est vérifié.\\n\\nComment corriger.",
)


def say(en, fr):
    return Text(en=en, fr=fr).get()


@rule(id="passing", theme=Theme.UNDERSTAND, severity=Severity.ERROR,
      title=Text(en="Passes", fr="Réussit"), help=HELP, tutorial="Comprendre — question")
def passing(repo):
    return []


@rule(id="sarif-repository", theme=Theme.IDENTIFY, severity=Severity.ERROR,
      title=Text(en="About the whole repository", fr="Sur tout le dépôt"), help=HELP,
      tutorial="Identifier — question", url="https://example.org/tutorial#identify")
def sarif_repository(repo):
    yield Finding(say("no licence file found", "aucun fichier de licence"),
                  fix=say("Add a LICENSE file.", "Ajoutez un fichier LICENSE."), key="missing")


@rule(id="sarif-file", theme=Theme.PRODUCE, severity=Severity.WARNING,
      title=Text(en="About files", fr="Sur des fichiers"), help=HELP,
      tutorial="Produire — question")
def sarif_file(repo):
    yield Finding(say("A TODO is left", "Un TODO reste"), path="README.md", line=3, key="todo")
    yield Finding(say("A TODO is left", "Un TODO reste"), path="docs/guide.md", key="todo")
    yield Finding(say("A typo", "Une coquille"), path="docs/guide.md", line=2, key="typo",
                  severity=Severity.NOTE)


@rule(id="sarif-repeated", theme=Theme.SUSTAIN, severity=Severity.NOTE,
      title=Text(en="Twice the same", fr="Deux fois la même"), help=HELP,
      tutorial="Pérenniser — question")
def sarif_repeated(repo):
    yield Finding(say("First stale branch", "Première branche abandonnée"), key="stale")
    yield Finding(say("Second stale branch", "Seconde branche abandonnée"), key="stale")


@rule(id="sarif-advice", theme=Theme.FUND, severity=Severity.NOTE,
      title=Text(en="Advises", fr="Conseille"), help=HELP, tutorial="Financer — question")
def sarif_advice(repo):
    yield Finding(say("A file would be easier to find", "Un fichier se trouverait mieux"),
                  path="README.md", line=5, advice=True, key="section")


@rule(id="sarif-not-applicable", theme=Theme.DISSEMINATE, severity=Severity.NOTE,
      title=Text(en="Does not apply", fr="Ne s'applique pas"), help=HELP,
      tutorial="Disséminer — question")
def sarif_not_applicable(repo):
    raise NotApplicable("no release")


@rule(id="sarif-crash", theme=Theme.DISSEMINATE, severity=Severity.WARNING,
      title=Text(en="Crashes", fr="Plante"), help=HELP, tutorial="Disséminer — question")
def sarif_crash(repo):
    raise RuntimeError("boom")
'''
SAMPLES = (
    "passing", "sarif-repository", "sarif-file", "sarif-repeated", "sarif-advice",
    "sarif-not-applicable", "sarif-crash",
)
README = (
    "# Cartofaune\n\nCartofaune maps wildlife sightings reported by volunteers so that town "
    "councils and nature associations can plan green corridors.\n\nTODO: screenshots.\n"
)
PROJECT = {"README.md": README, "docs/guide.md": "# Guide\n\nTeh first step.\n"}


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    return rules_folder(tmp_path, "local-rules", {"samples.py": SAMPLE_RULES})


@pytest.fixture
def sarif(cli, rules_dir: Path) -> Callable[..., dict[str, Any]]:
    """Runs ``check --format sarif`` with the sample rules and returns the log."""

    def _sarif(path: Path, *args: str, select: tuple[str, ...] = SAMPLES) -> dict[str, Any]:
        result = cli(
            "check", str(path), "--format", "sarif", "--rules-dir", str(rules_dir),
            "--select", ",".join(select), *args,
        )
        assert result.code in (0, 1, 3), result.err
        log: dict[str, Any] = json.loads(result.out)
        return log

    return _sarif


@pytest.fixture
def project(git_repo):
    git_repo.files(PROJECT)
    git_repo.git("remote", "add", "origin", "git@github.com:cartofaune/cartofaune.git")
    return git_repo


def the_run(log: dict[str, Any]) -> dict[str, Any]:
    assert len(log["runs"]) == 1
    run: dict[str, Any] = log["runs"][0]
    return run


def results_of(log: dict[str, Any], rule_id: str) -> list[dict[str, Any]]:
    return [result for result in the_run(log)["results"] if result["ruleId"] == rule_id]


# ----- the validators ------------------------------------------------------------


@functools.cache
def schema_validator(schema_file: Path) -> jsonschema.Draft4Validator:
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    checker = jsonschema.FormatChecker()

    # jsonschema checks "uri" only with an optional package; SARIF's "uri" is absolute.
    @checker.checks("uri")
    def is_absolute_uri(value: object) -> bool:
        return not isinstance(value, str) or (bool(urlsplit(value).scheme) and " " not in value)

    return jsonschema.Draft4Validator(schema, format_checker=checker)


def _native_from_package(node: str, package_dir: Path) -> Path | None:
    """The validator's executable, as the npm package's own index.js names it.

    The package's ``bin`` wrapper passes its arguments through a shell, which would
    cut ``--rule-kind "Gh;Sarif"`` at the semicolon: we call the executable itself.
    """
    completed = subprocess.run(
        [node, "-p", f"require({json.dumps(str(package_dir))})"],
        capture_output=True, text=True, check=False, timeout=60,
    )
    native = Path(completed.stdout.strip())
    return native if completed.returncode == 0 and native.is_file() else None


def find_multitool() -> tuple[Path | None, str]:
    """(executable, why not found)."""
    configured = os.environ.get("SARIF_MULTITOOL")
    node = shutil.which("node")
    if configured:
        path = Path(configured).resolve()
        if not path.is_file():
            return None, f"SARIF_MULTITOOL={configured} is not a file"
        if path.suffix == ".js" and node:  # the npm wrapper: find the executable behind it
            return _native_from_package(node, path.parent), "the npm wrapper names no executable"
        return path, ""
    package_dir = CI_TOOLS / "node_modules" / MULTITOOL_PACKAGE
    if not package_dir.is_dir():
        return None, f"SARIF_MULTITOOL is not set and {package_dir} does not exist (run .ci/run)"
    if node is None:
        return None, "node is not installed"
    native = _native_from_package(node, package_dir)
    return native, f"{package_dir} names no executable for this platform"


ValidatorResult = tuple[str, str, str]  # (level, rule id, message)


Validate = Callable[[dict[str, Any]], list[ValidatorResult]]


@pytest.fixture(scope="session")
def multitool(tmp_path_factory: pytest.TempPathFactory) -> Validate:
    executable, why = find_multitool()
    if executable is None:
        message = f"Microsoft's SARIF validator is unavailable: {why}"
        if os.environ.get("CI"):
            pytest.fail(message + " (on CI it must be installed: see .ci/run)")
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("sarif-multitool")
    counter = iter(range(1_000_000))

    def validate(log: dict[str, Any]) -> list[ValidatorResult]:
        number = next(counter)
        target, output = folder / f"log-{number}.sarif", folder / f"validation-{number}.sarif"
        target.write_text(json.dumps(log, ensure_ascii=False, indent=2), encoding="utf-8")
        # The target comes first: the tool's list options would swallow it otherwise.
        command = [str(executable), "validate", str(target), "--rule-kind", "Gh;Sarif",
                   "--output", str(output), "--log", "ForceOverwrite"]
        env = {**os.environ, "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "1"}
        completed = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=300, check=False
        )
        assert output.is_file(), (
            f"the validator wrote no log:\n{completed.stdout}\n{completed.stderr}"
        )
        return validator_results(json.loads(output.read_text(encoding="utf-8-sig")))

    return validate


def validator_results(log: dict[str, Any]) -> list[ValidatorResult]:
    """Every result of the validator's own SARIF log, with its effective level."""
    found: list[ValidatorResult] = []
    for run in log["runs"]:
        assert all(i.get("executionSuccessful", True) for i in run.get("invocations", [])), run
        rules = run["tool"]["driver"].get("rules", [])
        for result in run.get("results", []):
            rule = rules[result["ruleIndex"]] if "ruleIndex" in result else {}
            level = (
                result.get("level")
                or rule.get("defaultConfiguration", {}).get("level")
                or "warning"  # SARIF's default level
            )
            found.append((level, result["ruleId"], _message(result, rule)))
    return found


def _message(result: dict[str, Any], rule: dict[str, Any]) -> str:
    message = result["message"]
    if "text" in message:
        return str(message["text"])
    template = rule.get("messageStrings", {}).get(message.get("id"), {}).get("text", "{0}")
    arguments = message.get("arguments", [])
    return re.sub(r"\{(\d+)\}", lambda m: str(arguments[int(m[1])]), template)


Complaints = Callable[[dict[str, Any]], list[str]]


@pytest.fixture(params=["official-schema", "microsoft-validator"])
def complaints(request: pytest.FixtureRequest) -> Complaints:
    """What one validator finds wrong in a SARIF log; each skips on its own."""
    if request.param == "official-schema":
        shared_dir: Path = request.getfixturevalue("shared_dir")
        validator = schema_validator(shared_dir / "schemas" / "sarif-schema-2.1.0.json")
        return lambda log: [
            f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(log)
        ]
    validate: Validate = request.getfixturevalue("multitool")
    return lambda log: [
        f"{level} {rule_id}: {message}"
        for level, rule_id, message in validate(log)
        if level in ("error", "warning")
    ]


# ----- validity -------------------------------------------------------------------


def realistic_repository(git_repo) -> None:
    """A healthy project whose remote carries credentials, which no report may show."""
    healthy_repository(git_repo)
    git_repo.git("remote", "add", "origin", "https://user:secret@gitlab.example.org/a/b.git")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_valid_for_the_samples_in_a_git_repository(project, sarif, complaints, language):
    assert not complaints(sarif(project.path, "--lang", language))


def test_valid_for_a_plain_directory(plain_dir, sarif, complaints):
    for relative, text in PROJECT.items():
        plain_dir.write(relative, text)
    log = sarif(plain_dir.path)
    assert "versionControlProvenance" not in the_run(log)
    assert not complaints(log)


def test_valid_for_an_empty_repository(git_repo, sarif, complaints):
    log = sarif(git_repo.path)
    (provenance,) = the_run(log)["versionControlProvenance"]
    assert "revisionId" not in provenance
    assert provenance["repositoryUri"] == git_repo.path.resolve().as_uri()
    assert not complaints(log)


def test_valid_for_the_built_in_rules(cli, git_repo, complaints):
    realistic_repository(git_repo)
    result = cli("check", str(git_repo.path), "--format", "sarif")
    assert result.code in (0, 1, 3), result.err
    log = json.loads(result.out)
    assert "secret" not in result.out  # credentials never reach a report
    rules = the_run(log)["tool"]["driver"]["rules"]
    assert "readme" in {rule["id"] for rule in rules}
    assert not complaints(log)


def test_the_validators_reject_a_relative_repository_uri(project, sarif, complaints):
    """The checks above can fail: GitHub refuses what they refuse."""
    log = sarif(project.path)
    the_run(log)["versionControlProvenance"][0]["repositoryUri"] = "git@github.com:a/b.git"
    assert complaints(log)


def test_the_microsoft_validator_applies_githubs_rules(project, sarif, multitool):
    log = sarif(project.path)
    del the_run(log)["results"][0]["locations"]
    assert any(
        level == "error" and rule_id.startswith("GH") for level, rule_id, _message in multitool(log)
    )


# ----- the tool and its rules -------------------------------------------------------


def test_every_rule_is_fully_described(project, sarif):
    driver = the_run(sarif(project.path))["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("commons-lint", commons_lint.__version__)
    assert driver["informationUri"].startswith("https://")
    assert [rule["id"] for rule in driver["rules"]] == [
        "passing", "sarif-repository", "sarif-file", "sarif-repeated", "sarif-advice",
        "sarif-crash", "sarif-not-applicable",
    ]
    themes = ["understand", "identify", "produce", "sustain", "fund", "disseminate", "disseminate"]
    for rule, theme in zip(driver["rules"], themes, strict=True):
        assert rule["name"] and rule["name"].lower() != rule["id"].lower()
        assert rule["shortDescription"]["text"].endswith(".")
        assert rule["fullDescription"]["text"] == "Why it matters."
        assert "How to fix it." in rule["help"]["text"]
        assert rule["help"]["markdown"]
        assert theme in rule["properties"]["tags"]
    levels = [rule["defaultConfiguration"]["level"] for rule in driver["rules"]]
    assert levels == ["error", "error", "warning", "note", "note", "warning", "note"]
    assert driver["rules"][1]["helpUri"] == "https://example.org/tutorial#identify"


def test_default_level_follows_the_configuration(project, sarif):
    project.files({".commons-lint.yml": "rules:\n  sarif-file: error\n"})
    run = the_run(sarif(project.path))
    (rule,) = [r for r in run["tool"]["driver"]["rules"] if r["id"] == "sarif-file"]
    assert rule["defaultConfiguration"]["level"] == "error"
    levels = sorted(result["level"] for result in results_of({"runs": [run]}, "sarif-file"))
    assert levels == ["error", "error", "note"]  # a finding's own severity still wins


# ----- results ----------------------------------------------------------------------


def test_results_point_to_their_rule(project, sarif):
    run = the_run(sarif(project.path))
    rules = run["tool"]["driver"]["rules"]
    assert run["results"]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note", "none")
        assert result["message"]["text"]
    assert {result["ruleId"] for result in run["results"]} == {
        "sarif-repository", "sarif-file", "sarif-repeated", "sarif-advice",
    }


def test_levels_and_kinds(project, sarif):
    log = sarif(project.path)
    (failure,) = results_of(log, "sarif-repository")
    assert (failure["kind"], failure["level"]) == ("fail", "error")
    by_key = {
        (r["properties"]["key"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]):
        r["level"]
        for r in results_of(log, "sarif-file")
    }
    assert by_key == {
        ("todo", "README.md"): "warning", ("todo", "docs/guide.md"): "warning",
        ("typo", "docs/guide.md"): "note",
    }
    (advice,) = results_of(log, "sarif-advice")
    assert (advice["kind"], advice["level"]) == ("informational", "none")


def test_every_result_has_a_physical_location(project, sarif):
    log = sarif(project.path)
    for result in the_run(log)["results"]:
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uriBaseId"] == "SRCROOT"
        assert not physical["artifactLocation"]["uri"].startswith("/")
        assert physical["region"]["startLine"] >= 1
    (on_a_line,) = [
        r for r in results_of(log, "sarif-file")
        if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "README.md"
    ]
    assert on_a_line["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert the_run(log)["originalUriBaseIds"]["SRCROOT"]["uri"] == (
        project.path.resolve().as_uri() + "/"
    )


@pytest.mark.parametrize(
    "files, anchor",
    [
        ({"README.md": README}, "README.md"),
        ({"README.rst": README, "docs/README.md": README}, "README.rst"),
        ({"readme.fr.md": README}, "readme.fr.md"),
        ({"main.py": "print('hello')\n"}, "README.md"),
    ],
    ids=["markdown", "restructuredtext", "french", "none"],
)
def test_repository_level_findings_are_anchored_at_the_readme(git_repo, sarif, files, anchor):
    git_repo.files(files)
    (result,) = results_of(sarif(git_repo.path), "sarif-repository")
    physical = result["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == anchor
    assert physical["region"]["startLine"] == 1
    assert result["properties"]["repositoryLevel"] is True
    assert result["properties"]["fix"] == "Add a LICENSE file."


def test_messages_are_sentences(project, sarif):
    log = sarif(project.path)
    (failure,) = results_of(log, "sarif-repository")
    assert failure["message"]["text"] == "No licence file found."
    for result in the_run(log)["results"]:
        text = result["message"]["text"]
        assert text[0].isupper() and text.endswith("."), text
    (notification,) = the_run(log)["invocations"][0]["toolExecutionNotifications"]
    assert notification["message"]["text"].endswith(".")


def test_fingerprints_survive_a_new_run_and_a_change_of_language(project, sarif):
    def fingerprints(log: dict[str, Any]) -> list[str]:
        return [r["partialFingerprints"]["commonsLint/v1"] for r in the_run(log)["results"]]

    english = sarif(project.path, "--lang", "en")
    french = sarif(project.path, "--lang", "fr")
    assert [r["message"]["text"] for r in the_run(english)["results"]] != [
        r["message"]["text"] for r in the_run(french)["results"]
    ]
    assert fingerprints(english) == fingerprints(sarif(project.path)) == fingerprints(french)
    assert len(set(fingerprints(english))) == len(fingerprints(english))
    repeated = [
        r["partialFingerprints"]["commonsLint/v1"] for r in results_of(english, "sarif-repeated")
    ]
    assert [value.rsplit(":", 1)[1] for value in repeated] == ["1", "2"]
    assert repeated[0].rsplit(":", 1)[0] == repeated[1].rsplit(":", 1)[0]


def test_a_crash_is_a_tool_execution_notification(project, sarif):
    run = the_run(sarif(project.path))
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["level"] == "error"
    assert "RuntimeError: boom" in notification["message"]["text"]
    rule = notification["associatedRule"]
    assert run["tool"]["driver"]["rules"][rule["index"]]["id"] == rule["id"] == "sarif-crash"
    assert not results_of({"runs": [run]}, "sarif-crash")


def test_a_run_without_crash_is_successful(project, sarif):
    (invocation,) = the_run(sarif(project.path, select=("passing", "sarif-file")))["invocations"]
    assert invocation == {"executionSuccessful": True, "toolExecutionNotifications": []}


def test_automation_details_name_the_profile(project, sarif):
    run = the_run(sarif(project.path))
    assert run["automationDetails"]["id"] == "commons-lint/default/"
    assert (run["language"], the_run(sarif(project.path, "--lang", "fr"))["language"]) == (
        "en", "fr"
    )


def test_version_control_provenance(project, sarif):
    commit = project.git("rev-parse", "HEAD").strip()
    (provenance,) = the_run(sarif(project.path))["versionControlProvenance"]
    assert provenance == {
        "repositoryUri": "ssh://git@github.com/cartofaune/cartofaune.git",
        "revisionId": commit,
        "branch": "main",
        "mappedTo": {"uriBaseId": "SRCROOT"},
    }


@pytest.mark.parametrize(
    "remote, expected",
    [
        ("git@github.com:owner/repo.git", "ssh://git@github.com/owner/repo.git"),
        ("git@gitlab.example.org:/srv/repo.git", "ssh://git@gitlab.example.org/srv/repo.git"),
        ("forge.example.org:team/repo", "ssh://forge.example.org/team/repo"),
        ("https://github.com/owner/repo.git", "https://github.com/owner/repo.git"),
        ("ssh://git@host.example:2222/owner/repo.git", "ssh://git@host.example:2222/owner/repo.git"),
        ("/srv/git/repo.git", "file:///srv/git/repo.git"),
        ("../upstream.git", "file:///work/upstream.git"),
        (None, "file:///work/my%20project"),
    ],
)
def test_repository_uri_is_absolute(remote, expected):
    assert repository_uri(remote, "/work/my project") == expected


@pytest.mark.parametrize(
    "remote, expected",
    [(None, "file:///C:/work/cartofaune"), ("..\\upstream.git", "file:///C:/work/upstream.git")],
)
def test_repository_uri_on_windows(remote, expected):
    assert repository_uri(remote, "C:\\work\\cartofaune") == expected


def test_repository_uri_of_a_real_local_remote(git_repo, tmp_path, sarif):
    git_repo.files(PROJECT)
    git_repo.git("remote", "add", "origin", "../upstream.git")
    (provenance,) = the_run(sarif(git_repo.path))["versionControlProvenance"]
    assert provenance["repositoryUri"] == (tmp_path / "upstream.git").resolve().as_uri()

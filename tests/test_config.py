"""Configuration files and profiles: what they select, and how their mistakes are told.

Every mistake in a configuration is one line on stderr naming the file, the line and
the key, with exit code 2; these runs go through a real `python -m commons_lint`.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from fresh_process import commons_lint_process
from linting import rules_folder

from commons_lint.config import (
    Settings,
    check_against,
    choose_profile,
    configure,
    profile_chain,
    read_settings,
)
from commons_lint.errors import ConfigError
from commons_lint.report import Severity
from commons_lint.rules import Catalogue, discover

# Rules with options of every type a configuration can set. Each fails when the file
# its `flag` option names exists, and reports the files it sees (as advice).
OPTION_RULES = '''
from commons_lint import Finding, Severity, Text, Theme, rule

HELP = Text(en="Why: tests.", fr="Pourquoi : tests.")
OPTIONS = {"flag": "x.flag", "minimum": 2, "ratio": 0.5, "strict": False,
           "languages": ["fr"], "anything": None}


def flag_rule(rule_id, severity, theme):
    @rule(id=rule_id, theme=theme, severity=severity, help=HELP, tutorial="t",
          title=Text(en=rule_id + " title", fr="titre " + rule_id),
          options={**OPTIONS, "flag": rule_id + ".flag"})
    def check(repo, options):
        if repo.exists(options["flag"]):
            yield Finding(options["flag"] + " is present", path=options["flag"], key="flag")
        yield Finding("options " + repr(sorted(options.items())), key="options", advice=True)
        for path in repo.files:
            yield Finding("sees " + path, path=path, key="sees", advice=True)

    return check


c_one = flag_rule("c-one", Severity.ERROR, Theme.UNDERSTAND)
c_two = flag_rule("c-two", Severity.WARNING, Theme.PRODUCE)
c_three = flag_rule("c-three", Severity.NOTE, Theme.FUND)
'''

PROFILES = {
    "base": "select: [c-one, c-two]\nrules:\n  c-two:\n    severity: note\n"
    "    options: {minimum: 5, languages: [fr, en]}\n",
    "child": "description: {en: child, fr: enfant}\nextends: base\n"
    "rules:\n  c-one: off\n  c-two:\n    options: {ratio: 0.9}\n",
    "grandchild": "extends: child\nrules:\n  c-three: on\n",
    "broken-extends": "# a comment\nextends: nowhere\n",
    "loop-a": "extends: loop-b\n",
    "loop-b": "extends: loop-a\n",
    "bad-select": "\nselect: [c-one, c-nope]\n",
    "everything": "extends: default\nrules:\n  c-three: error\n",
}


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    return rules_folder(tmp_path, "option-rules", {"options.py": OPTION_RULES}, PROFILES)


@pytest.fixture
def catalogue(rules_dir: Path) -> Catalogue:
    return discover([rules_dir])


def write_config(tmp_path: Path, text: str, name: str = ".commons-lint.yml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def configured(
    catalogue: Catalogue, profile: str, config: Settings | None = None, **kwargs: list[str]
) -> dict[str, tuple[Severity, dict[str, object]]]:
    rules = configure(catalogue, profile, config, unknown_rule=KeyError, **kwargs)
    return {c.rule.id: (c.severity, dict(c.options)) for c in rules if c.rule.id.startswith("c-")}


# ----- reading a file -----------------------------------------------------------------


def test_a_full_configuration_is_read(tmp_path):
    path = write_config(
        tmp_path,
        "profile: child\n"
        "exclude: [legacy/, '*.min.js']\n"
        "rules-dirs: [tools/rules]\n"
        "rules:\n"
        "  c-one: off\n"
        "  c-two: Warning\n"
        "  c-three:\n"
        "    enabled: true\n"
        "    severity: error\n"
        "    options:\n"
        "      minimum: 3\n"
        "      languages: [fr, en]\n",
    )
    settings = read_settings(path)
    assert (settings.profile, settings.profile_line) == ("child", 1)
    assert settings.exclude == ["legacy/", "*.min.js"]
    assert settings.rules_dirs == [tmp_path / "tools/rules"]  # relative to the file
    assert settings.rules["c-one"].enabled is False
    assert settings.rules["c-two"].severity is Severity.WARNING
    three = settings.rules["c-three"]
    assert (three.enabled, three.severity, three.line) == (True, Severity.ERROR, 7)
    assert three.options == {"minimum": 3, "languages": ["fr", "en"]}
    assert three.option_lines == {"minimum": 11, "languages": 12}


@pytest.mark.parametrize(
    "value, enabled",
    [("off", False), ("'off'", False), ("false", False), ("no", False), ("on", True),
     ("'ON'", True), ("true", True), ("yes", True)],
)
def test_on_and_off_spellings(tmp_path, value, enabled):
    settings = read_settings(write_config(tmp_path, f"rules:\n  c-one: {value}\n"))
    assert settings.rules["c-one"].enabled is enabled
    assert settings.rules["c-one"].severity is None


@pytest.mark.parametrize(
    "text", ["", "# only a comment\n", "rules:\n", "exclude:\nrules:\n  c-one:\n    options:\n"]
)
def test_empty_configurations_are_fine(tmp_path, text):
    settings = read_settings(write_config(tmp_path, text))
    assert settings.exclude == [] and settings.profile is None
    assert all(not rule.options for rule in settings.rules.values())


def test_a_single_exclude_pattern_may_be_a_string(tmp_path):
    assert read_settings(write_config(tmp_path, "exclude: build/\n")).exclude == ["build/"]


# ----- mistakes: one line, file, line, key ---------------------------------------------


def lint_with_config(
    repo: Path, rules_dir: Path, config: str, *args: str
) -> subprocess.CompletedProcess[str]:
    (repo / ".commons-lint.yml").write_text(config, encoding="utf-8")
    return commons_lint_process(
        "check", repo, "--rules-dir", rules_dir, "--format", "json", *args
    )


@pytest.mark.parametrize(
    "config, fragments",
    [
        ("rules:\n  c-one: [unclosed\n", [":3:", "not valid YAML"]),
        ("rules:\n\tc-one: off\n", [":2:", "not valid YAML"]),
        ("profile: base\n---\nprofile: child\n", [":2:", "not valid YAML"]),
        ("profile: base\nrulez:\n  c-one: off\n", [":2:", "rulez", "unknown key", "rules"]),
        ("select: [c-one]\n", [":1:", "select", "unknown key"]),
        ("- c-one\n", [":1:", "expected a mapping"]),
        ("exclude: 3\n", [":1:", "exclude", "list of text"]),
        ("exclude: [a, [b]]\n", [":1:", "exclude", "list of text"]),
        ("rules-dirs: {a: b}\n", [":1:", "rules-dirs", "list of text"]),
        ("profile: [base]\n", [":1:", "profile", "profile name"]),
        ("rules: [c-one]\n", [":1:", "rules", "expected a mapping"]),
        ("rules:\n  c-one:\n    enabled: maybe\n", [":3:", "rules.c-one.enabled", "true or false"]),
        ("rules:\n  c-one:\n    options: [minimum]\n", [":3:", "rules.c-one.options", "mapping"]),
        ("\nrules:\n  c-nope: off\n", [":3:", "rules.c-nope", "unknown rule"]),
        ("rules:\n  c-one:\n    level: error\n", [":3:", "rules.c-one.level", "unknown key"]),
        ("rules:\n  c-one:\n    options:\n      colour: red\n",
         [":4:", "rules.c-one.options.colour", "unknown option", "minimum"]),
        ("rules:\n  c-one:\n    options:\n      minimum: two\n",
         [":4:", "rules.c-one.options.minimum", "whole number"]),
        ("rules:\n  c-one:\n    options:\n      minimum: 2.5\n",
         [":4:", "rules.c-one.options.minimum", "whole number"]),
        ("rules:\n  c-one:\n    options:\n      ratio: true\n",
         [":4:", "rules.c-one.options.ratio", "float"]),
        ("rules:\n  c-one:\n    options:\n      strict: 'yes'\n",
         [":4:", "rules.c-one.options.strict", "true or false"]),
        ("rules:\n  c-one:\n    options:\n      languages: fr\n",
         [":4:", "rules.c-one.options.languages", "list of text"]),
        ("rules:\n  c-one:\n    options:\n      flag: 3\n",
         [":4:", "rules.c-one.options.flag", "expected text"]),
        ("rules:\n  c-one: fatal\n", [":2:", "rules.c-one", "'fatal'", "severity"]),
        ("rules:\n  c-one:\n    severity: fatal\n",
         [":3:", "rules.c-one.severity", "unknown severity 'fatal'"]),
        ("rules:\n  c-one: off\n  c-one: on\n", [":3:", "rules.c-one", "twice"]),
        ("\n\nprofile: nowhere\n", [":3:", "profile", "'nowhere'", "default", "child"]),
        ("rules:\n  c-one: !!python/name:os.system\n", [":2:", "rules.c-one", "constructor"]),
    ],
    ids=[
        "yaml-syntax", "yaml-tab", "two-documents", "unknown-key", "profile-key-in-config",
        "top-level-list", "exclude-type", "exclude-item-type", "rules-dirs-type",
        "profile-type", "rules-type", "enabled-type", "options-type", "unknown-rule",
        "unknown-rule-key", "unknown-option", "int-option-text", "int-option-float",
        "float-option-bool", "bool-option-text", "list-option-text", "text-option-int",
        "unknown-severity", "unknown-severity-field", "duplicate-key", "unknown-profile",
        "python-tag",
    ],
)
def test_configuration_mistakes_are_one_clear_line(git_repo, rules_dir, config, fragments):
    git_repo.files({"README.md": "x"})
    completed = lint_with_config(git_repo.path, rules_dir, config)
    assert completed.returncode == 2, completed.stdout
    assert "Traceback" not in completed.stderr
    lines = completed.stderr.splitlines()
    assert len(lines) == 1, completed.stderr
    assert lines[0].startswith(f"commons-lint: error: {git_repo.path / '.commons-lint.yml'}:")
    for fragment in fragments:
        assert fragment in lines[0]


def test_a_configuration_that_is_not_utf8(git_repo, rules_dir):
    git_repo.files({"README.md": "x"})
    (git_repo.path / ".commons-lint.yml").write_bytes(b"exclude: [caf\xe9/]\n")
    completed = commons_lint_process("check", git_repo.path)
    assert completed.returncode == 2
    assert completed.stderr.count("\n") == 1 and ".commons-lint.yml" in completed.stderr


def test_a_configuration_that_is_a_directory(git_repo, tmp_path):
    git_repo.files({"README.md": "x"})
    completed = commons_lint_process("check", git_repo.path, "--config", tmp_path)
    assert completed.returncode == 2
    assert completed.stderr.count("\n") == 1 and "cannot read" in completed.stderr


def test_settings_for_each_option_type_are_accepted(git_repo, rules_dir):
    git_repo.files({"README.md": "x"})
    completed = lint_with_config(
        git_repo.path, rules_dir,
        "rules:\n  c-one:\n    options:\n      minimum: 4\n      ratio: 1\n"
        "      strict: true\n      languages: [en]\n      anything: {free: form}\n",
        "--select", "c-one",
    )
    assert completed.returncode == 0, completed.stderr
    [result] = json.loads(completed.stdout)["results"]
    options = next(f for f in result["findings"] if f["key"] == "options")["message"]
    assert "('minimum', 4)" in options and "('anything', {'free': 'form'})" in options


# ----- what gets run ------------------------------------------------------------------


def test_default_profile_runs_every_rule_at_its_severity(catalogue):
    rules = configured(catalogue, "default")
    assert {rule_id: severity for rule_id, (severity, _) in rules.items()} == {
        "c-one": Severity.ERROR, "c-two": Severity.WARNING, "c-three": Severity.NOTE,
    }
    assert rules["c-two"][1]["minimum"] == 2


def test_profile_select_and_settings(catalogue):
    rules = configured(catalogue, "base")
    assert set(rules) == {"c-one", "c-two"}
    severity, options = rules["c-two"]
    assert severity is Severity.NOTE
    assert options["minimum"] == 5 and options["languages"] == ["fr", "en"]


def test_extends_layers_profiles_most_general_first(catalogue):
    rules = configured(catalogue, "child")
    assert set(rules) == {"c-two"}  # c-one: off in child, c-three never selected by base
    severity, options = rules["c-two"]
    assert severity is Severity.NOTE  # from base
    assert (options["minimum"], options["ratio"]) == (5, 0.9)  # base's and child's
    assert set(configured(catalogue, "grandchild")) == {"c-two", "c-three"}
    assert [Path(s.source).stem for s in profile_chain("grandchild", catalogue)] == [
        "base", "child", "grandchild",
    ]


def test_extends_default(catalogue):
    rules = configured(catalogue, "everything")
    assert set(rules) == {"c-one", "c-two", "c-three"}
    assert rules["c-three"][0] is Severity.ERROR


@pytest.mark.parametrize(
    "profile, fragments",
    [
        ("broken-extends", ["broken-extends.yml:2: extends", "'nowhere'", "base"]),
        ("loop-a", ["extends itself"]),
        ("bad-select", ["bad-select.yml:2: select", "'c-nope'"]),
        ("nowhere", ["'nowhere'", "default", "child"]),
    ],
)
def test_profile_mistakes(catalogue, profile, fragments):
    with pytest.raises(ConfigError) as error:
        configured(catalogue, profile)
    for fragment in fragments:
        assert fragment in str(error.value)


def test_the_configuration_file_comes_after_the_profile(catalogue, tmp_path):
    config = read_settings(write_config(
        tmp_path,
        "rules:\n  c-three: on\n  c-two:\n    severity: error\n    options: {minimum: 7}\n",
    ))
    check_against(config, catalogue)
    rules = configured(catalogue, "child", config)
    assert set(rules) == {"c-two", "c-three"}
    severity, options = rules["c-two"]
    assert severity is Severity.ERROR
    assert (options["minimum"], options["ratio"]) == (7, 0.9)  # file, then child


def test_the_command_line_comes_after_the_file(catalogue, tmp_path):
    config = read_settings(write_config(tmp_path, "rules:\n  c-one: off\n  c-two: off\n"))
    assert set(configured(catalogue, "default", config)) == {"c-three"}
    assert set(configured(catalogue, "default", config, select=["c-one"])) == {"c-one"}
    assert set(configured(catalogue, "default", None, ignore=["c-one", "c-two"])) == {"c-three"}
    with pytest.raises(KeyError):
        configured(catalogue, "default", None, select=["c-nope"])


def test_profile_from_the_file_unless_the_command_line_names_one(catalogue, tmp_path):
    config = read_settings(write_config(tmp_path, "profile: child\n"))
    assert choose_profile(None, config, catalogue) == "child"
    assert choose_profile("base", config, catalogue) == "base"
    assert choose_profile(None, None, catalogue) == "default"


def test_options_given_to_a_rule_are_copies(catalogue):
    first = configure(catalogue, "default", None, unknown_rule=KeyError)
    languages = next(c for c in first if c.rule.id == "c-one").options["languages"]
    languages.append("de")
    again = configure(catalogue, "default", None, unknown_rule=KeyError)
    assert next(c for c in again if c.rule.id == "c-one").options["languages"] == ["fr"]


def test_unknown_rules_can_be_skipped_when_their_directory_was_not_loaded(catalogue, tmp_path):
    config = read_settings(write_config(tmp_path, "rules:\n  their-rule: off\n  c-one: off\n"))
    with pytest.raises(ConfigError, match="their-rule"):
        check_against(config, catalogue)
    assert check_against(config, catalogue, allow_unknown_rules=True) == ["their-rule"]
    assert set(configured(catalogue, "default", config)) == {"c-two", "c-three"}


# ----- exclude, through the command line ------------------------------------------------


def seen_paths(completed: subprocess.CompletedProcess[str]) -> set[str]:
    [result] = json.loads(completed.stdout)["results"]
    return {f["path"] for f in result["findings"] if f["key"] == "sees"}


@pytest.mark.parametrize(
    "patterns, hidden",
    [
        ("[legacy/]", {"legacy/old.md", "legacy/deep/older.md"}),
        ("[/legacy]", {"legacy/old.md", "legacy/deep/older.md"}),
        ("['*.min.js']", {"web/app.min.js"}),
        ("[docs/*.md]", {"docs/guide.md"}),
        ("[legacy/deep, web]", {"legacy/deep/older.md", "web/app.min.js", "web/app.js"}),
    ],
)
def test_exclude_hides_files_from_every_rule(git_repo, rules_dir, patterns, hidden):
    files = {
        "README.md": "x", "legacy/old.md": "x", "legacy/deep/older.md": "x",
        "web/app.min.js": "x", "web/app.js": "x", "docs/guide.md": "x",
    }
    git_repo.files(files)
    completed = lint_with_config(
        git_repo.path, rules_dir, f"exclude: {patterns}\n", "--select", "c-one"
    )
    assert completed.returncode == 0, completed.stderr
    assert seen_paths(completed) == set(files) - hidden  # the new .commons-lint.yml is untracked


def test_a_configuration_link_out_of_the_repository_is_ignored(git_repo, rules_dir, tmp_path):
    outside = write_config(tmp_path, "rules:\n  SECRET-KEY: off\n", name="elsewhere.yml")
    git_repo.files({"README.md": "x"})
    os.symlink(outside, git_repo.path / ".commons-lint.yml")
    completed = commons_lint_process(
        "check", git_repo.path, "--rules-dir", rules_dir, "--select", "c-one", "--format", "json"
    )
    assert completed.returncode == 0 and "SECRET-KEY" not in completed.stderr
    os.unlink(git_repo.path / ".commons-lint.yml")
    os.symlink("config/lint.yml", git_repo.path / ".commons-lint.yml")
    git_repo.write("config/lint.yml", "rules:\n  c-one: off\n")
    inside = commons_lint_process(
        "check", git_repo.path, "--rules-dir", rules_dir, "--profile", "base", "--format", "json"
    )
    assert [r["rule"] for r in json.loads(inside.stdout)["results"]] == ["c-two"]

"""The command line, run as users run it: `python -m commons_lint` in a real process.

The rules here come from a local rule directory written by the tests, so each outcome
is chosen by the test (a rule fails when its flag file exists), whatever state the
built-in rules are in. A few runs use the built-in rules.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fresh_process import commons_lint_process, isolated_environment, terminal_output
from linting import rules_folder

import commons_lint
from commons_lint.config import configure
from commons_lint.errors import ConfigError
from commons_lint.rules import discover

# Each rule fails when the file named by its `flag` option exists; t-crash raises.
FLAG_RULE_FACTORY = '''
"""Rules whose outcome the tests choose."""

from commons_lint import Finding, NotApplicable, Severity, Text, Theme, rule

HELP = Text(
    en="Why it matters: the tests choose the outcome.\\nFix: delete the flag file.",
    fr="Pourquoi : les tests choisissent le résultat.\\nCorrection : supprimez le drapeau.",
)


def flag_rule(rule_id, severity, theme, title):
    @rule(
        id=rule_id, theme=theme, severity=severity, title=title, help=HELP,
        tutorial="Comprendre — question de test", options={"flag": rule_id + ".flag"},
    )
    def check(repo, options):
        if repo.exists(options["flag"]):
            yield Finding(
                options["flag"] + " is present", path=options["flag"], key="flag",
                fix="Delete it.",
            )

    return check
'''

FLAG_RULES = FLAG_RULE_FACTORY + '''

t_error = flag_rule(
    "t-error", Severity.ERROR, Theme.UNDERSTAND,
    Text(en="No error flag", fr="Pas de drapeau d'erreur"),
)
t_warning = flag_rule(
    "t-warning", Severity.WARNING, Theme.PRODUCE,
    Text(en="No warning flag", fr="Pas de drapeau d'avertissement"),
)
t_note = flag_rule(
    "t-note", Severity.NOTE, Theme.FUND, Text(en="No note flag", fr="Pas de drapeau de note"),
)


@rule(
    id="t-crash", theme=Theme.SUSTAIN, severity=Severity.NOTE,
    title=Text(en="Crashes on demand", fr="Plante sur demande"), help=HELP,
    tutorial="Pérenniser — question de test",
)
def t_crash(repo):
    if repo.exists("crash.flag"):
        raise RuntimeError("boom on purpose")
    if repo.exists("skip.flag"):
        raise NotApplicable("skipped on purpose")
    return None
'''

ALL_TEST_RULES = "t-error,t-warning,t-note,t-crash"
PROFILES = {
    # Every test rule and nothing else, so that configuration files apply to them.
    "flags": f"select: [{ALL_TEST_RULES}]\n",
    "strict": "description: {en: Errors only, fr: Erreurs seulement}\n"
    "select: [t-error, t-warning]\nrules:\n  t-warning: error\n",
}


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    return rules_folder(tmp_path, "lint-rules", {"flags.py": FLAG_RULES}, PROFILES)


def check(
    repo: Path, rules_dir: Path, *args: str, select: str | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """`check --format json` of the test rules: the `flags` profile, or ``select``."""
    chosen = ["--profile", "flags"] if select is None else ["--select", select]
    return commons_lint_process(
        "check", repo, "--rules-dir", rules_dir, *chosen, "--format", "json", *args, **kwargs
    )


def statuses(completed: subprocess.CompletedProcess[str]) -> dict[str, str]:
    return {result["rule"]: result["status"] for result in json.loads(completed.stdout)["results"]}


def assert_one_line_error(completed: subprocess.CompletedProcess[str], *fragments: str) -> str:
    assert completed.returncode == 2, completed.stderr
    assert "Traceback" not in completed.stderr
    lines = completed.stderr.splitlines()
    assert len(lines) == 1, completed.stderr
    assert lines[0].startswith(("commons-lint: error: ", "commons-lint: erreur : ",
                                "commons-lint: erreur: ")), lines[0]
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


# ----- formats and output -----------------------------------------------------------


def test_text_report_lists_every_rule_and_a_summary(git_repo, rules_dir):
    git_repo.files({"t-error.flag": "", "README.md": "# Demo\n"})
    completed = commons_lint_process(
        "check", git_repo.path, "--rules-dir", rules_dir, "--select", ALL_TEST_RULES
    )
    assert completed.returncode == 1
    assert completed.stderr == ""
    for rule_id in ALL_TEST_RULES.split(","):
        assert rule_id in completed.stdout
    assert "t-error.flag is present" in completed.stdout
    assert "\x1b[" not in completed.stdout  # not a terminal: no colour


def test_json_report_has_statuses_and_finding_keys(git_repo, rules_dir):
    git_repo.files({"t-warning.flag": "", "skip.flag": ""})
    completed = check(git_repo.path, rules_dir)
    assert completed.returncode == 0  # a warning is below the default --fail-on error
    report = json.loads(completed.stdout)
    assert statuses(completed) == {
        "t-error": "passed", "t-warning": "failed", "t-note": "passed",
        "t-crash": "not-applicable",
    }
    warning = next(r for r in report["results"] if r["rule"] == "t-warning")
    assert [(f["key"], f["path"]) for f in warning["findings"]] == [("flag", "t-warning.flag")]
    assert warning["source"] == f"local {rules_dir}"
    assert report["repository"]["is_git"] is True


def test_sarif_report_carries_the_failures(git_repo, rules_dir):
    git_repo.files({"t-error.flag": ""})
    completed = check(git_repo.path, rules_dir, "--format", "sarif")
    assert completed.returncode == 1
    sarif = json.loads(completed.stdout)
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results if r.get("kind", "fail") == "fail"} == {"t-error"}


def test_output_file_receives_the_report(git_repo, rules_dir, tmp_path):
    git_repo.files({"t-error.flag": ""})
    target = tmp_path / "out dir" / "rapport é.json"
    target.parent.mkdir()
    completed = check(git_repo.path, rules_dir, "--output", str(target))
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["results"]


@pytest.mark.parametrize("where", ["missing-folder/report.json", "."], ids=["no-folder", "dir"])
def test_unwritable_output_is_one_line_error(git_repo, rules_dir, tmp_path, where):
    git_repo.files({"README.md": "x"})
    completed = check(git_repo.path, rules_dir, "--output", str(tmp_path / where))
    assert_one_line_error(completed, "cannot write")


def test_unknown_format_is_one_line_usage_error(git_repo):
    completed = commons_lint_process("check", git_repo.path, "--format", "xml")
    assert_one_line_error(completed, "--format", "xml", "--help")


@pytest.mark.parametrize(
    "args",
    [["check", "--no-such-option"], ["check", "--fail-on", "fatal"], ["frobnicate"],
     ["explain"], ["check", "a", "b"]],
    ids=["unknown-option", "bad-choice", "unknown-command", "missing-argument", "extra-argument"],
)
def test_usage_errors_are_one_line(git_repo, args):
    assert_one_line_error(commons_lint_process(*args, cwd=git_repo.path))


# ----- profiles, configuration, selection ---------------------------------------------


def test_unknown_profile_lists_the_known_ones(git_repo, rules_dir):
    git_repo.files({"README.md": "x"})
    completed = check(git_repo.path, rules_dir, "--profile", "nope")
    line = assert_one_line_error(completed, "'nope'")
    for known in ("default", "minimal", "fr-public", "strict", "flags"):
        assert known in line


def test_local_profile_selects_rules_and_sets_severity(git_repo, rules_dir):
    git_repo.files({"t-warning.flag": "", "t-note.flag": ""})
    completed = commons_lint_process(
        "check", git_repo.path, "--rules-dir", rules_dir, "--profile", "strict",
        "--format", "json",
    )
    report = json.loads(completed.stdout)
    assert report["profile"] == "strict"
    assert statuses(completed) == {"t-error": "passed", "t-warning": "failed"}
    assert completed.returncode == 1  # the profile raised t-warning to an error


@pytest.mark.parametrize("profile", ["default", "minimal", "fr-public"])
def test_builtin_profiles_run(git_repo, profile):
    catalogue = discover()
    try:
        expected = {c.rule.id for c in configure(catalogue, profile, None, unknown_rule=KeyError)}
    except ConfigError as error:
        pytest.skip(f"profile {profile} names built-in rules not written yet: {error}")
    git_repo.files({"README.md": "# Demo\n"})
    completed = commons_lint_process(
        "check", git_repo.path, "--profile", profile, "--format", "json"
    )
    assert completed.returncode in (0, 1), completed.stderr
    assert json.loads(completed.stdout)["profile"] == profile
    assert set(statuses(completed)) == expected
    if profile == "minimal":
        assert expected < set(catalogue.rules)


def test_configuration_in_the_repository_is_read(git_repo, rules_dir):
    git_repo.files({
        ".commons-lint.yml": "profile: strict\nrules:\n  t-error: off\n",
        "t-error.flag": "",
    })
    completed = commons_lint_process(
        "check", git_repo.path, "--rules-dir", rules_dir, "--format", "json"
    )
    assert json.loads(completed.stdout)["profile"] == "strict"
    assert statuses(completed) == {"t-warning": "passed"}
    assert completed.returncode == 0


def test_explicit_configuration_file(git_repo, rules_dir, tmp_path):
    git_repo.files({".commons-lint.yml": "rules:\n  t-note: error\n", "t-note.flag": ""})
    elsewhere = tmp_path / "ci config.yml"
    elsewhere.write_text("rules:\n  t-note: off\n  t-error: warning\n", encoding="utf-8")
    completed = check(git_repo.path, rules_dir, "--config", str(elsewhere))
    ran = statuses(completed)
    assert "t-note" not in ran and ran["t-error"] == "passed"
    default = check(git_repo.path, rules_dir)
    assert statuses(default)["t-note"] == "failed"
    assert default.returncode == 1  # the repository's own file made t-note an error


def test_missing_explicit_configuration_is_an_error(git_repo, rules_dir, tmp_path):
    git_repo.files({"README.md": "x"})
    completed = check(git_repo.path, rules_dir, "--config", str(tmp_path / "absent.yml"))
    assert_one_line_error(completed, "absent.yml", "not found")


def test_command_line_overrides_the_file(git_repo, rules_dir):
    git_repo.files({
        ".commons-lint.yml": "profile: strict\nrules:\n  t-error: off\n",
        "t-error.flag": "",
    })
    by_profile = check(git_repo.path, rules_dir)  # --profile flags
    assert json.loads(by_profile.stdout)["profile"] == "flags"
    assert set(statuses(by_profile)) == {"t-warning", "t-note", "t-crash"}  # t-error: off
    selected = check(git_repo.path, rules_dir, select="t-error")
    assert statuses(selected) == {"t-error": "failed"}
    assert selected.returncode == 1


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--select", "t-error,t-note"], {"t-error", "t-note"}),
        (["--select", "t-error", "--select", " t-note , t-crash "],
         {"t-error", "t-note", "t-crash"}),
        (["--select", ALL_TEST_RULES, "--ignore", "t-note,t-crash"], {"t-error", "t-warning"}),
        (["--select", ALL_TEST_RULES, "--ignore", "t-note", "--ignore", "t-crash"],
         {"t-error", "t-warning"}),
        (["--profile", "strict", "--ignore", "t-error"], {"t-warning"}),
    ],
    ids=["comma", "repeated", "ignore-comma", "ignore-repeated", "profile-ignore"],
)
def test_select_and_ignore(git_repo, rules_dir, args, expected):
    git_repo.files({"README.md": "x"})
    completed = commons_lint_process(
        "check", git_repo.path, "--rules-dir", rules_dir, "--format", "json", *args
    )
    assert set(statuses(completed)) == expected


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_rule_on_the_command_line(git_repo, rules_dir, option):
    git_repo.files({"README.md": "x"})
    completed = commons_lint_process(
        "check", git_repo.path, "--rules-dir", rules_dir, option, "t-error,t-nope"
    )
    assert_one_line_error(completed, "'t-nope'", "commons-lint rules")


# ----- exit codes ------------------------------------------------------------------


@pytest.mark.parametrize(
    "flags, fail_on, code",
    [
        ([], "error", 0),
        (["t-error.flag"], "error", 1),
        (["t-warning.flag"], "error", 0),
        (["t-warning.flag"], "warning", 1),
        (["t-note.flag"], "warning", 0),
        (["t-note.flag"], "note", 1),
        (["t-error.flag"], "note", 1),
        (["t-error.flag", "t-warning.flag"], "never", 0),
    ],
)
def test_fail_on_sets_the_exit_code(git_repo, rules_dir, flags, fail_on, code):
    git_repo.files({"README.md": "x", **dict.fromkeys(flags, "")})
    completed = check(git_repo.path, rules_dir, "--fail-on", fail_on)
    assert completed.returncode == code, completed.stderr


@pytest.mark.parametrize("fail_on", ["error", "never"])
def test_a_crashing_rule_gives_exit_code_3_and_the_others_still_run(
    git_repo, rules_dir, fail_on
):
    git_repo.files({"crash.flag": "", "t-error.flag": ""})
    completed = check(git_repo.path, rules_dir, "--fail-on", fail_on)
    assert completed.returncode == 3
    assert "Traceback" not in completed.stderr
    report = json.loads(completed.stdout)
    assert statuses(completed) == {
        "t-crash": "tool-error", "t-error": "failed", "t-warning": "passed", "t-note": "passed",
    }
    crash = next(r for r in report["results"] if r["rule"] == "t-crash")
    assert "RuntimeError" in crash["reason"] and "boom on purpose" in crash["reason"]
    text = commons_lint_process(
        "check", git_repo.path, "--rules-dir", rules_dir, "--select", "t-crash"
    )
    assert text.returncode == 3
    assert "boom on purpose" in text.stdout


# ----- language ----------------------------------------------------------------------


def test_lang_option_chooses_the_language(git_repo, rules_dir):
    git_repo.files({"t-error.flag": ""})
    french = commons_lint_process(
        "check", git_repo.path, "--rules-dir", rules_dir, "--select", "t-error", "--lang", "fr"
    )
    assert "Pas de drapeau d'erreur" in french.stdout
    assert "Comprendre" in french.stdout
    english = commons_lint_process(
        "check", git_repo.path, "--rules-dir", rules_dir, "--select", "t-error", "--lang", "en",
        env={"LANG": "fr_FR.UTF-8"},
    )
    assert "No error flag" in english.stdout
    assert "Pas de drapeau" not in english.stdout


@pytest.mark.parametrize(
    "env, language",
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "C"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
    ],
)
def test_language_follows_the_environment(git_repo, rules_dir, env, language):
    git_repo.files({"README.md": "x"})
    completed = check(git_repo.path, rules_dir, select="t-error", env=env)
    report = json.loads(completed.stdout)
    assert report["language"] == language
    title = report["results"][0]["title"]
    assert title == ("Pas de drapeau d'erreur" if language == "fr" else "No error flag")


def test_errors_are_in_french_too(git_repo):
    completed = commons_lint_process(
        "check", git_repo.path / "absent", env={"LANG": "fr_FR.UTF-8"}
    )
    assert_one_line_error(completed, "introuvable")


# ----- colour, verbosity, version ------------------------------------------------------


def run_in_terminal(*args: str | Path, env: dict[str, str] | None = None) -> str:
    """The output of a run whose stdout is a terminal (a pseudo-terminal)."""
    command = [sys.executable, "-m", "commons_lint", *args]
    return terminal_output(command, isolated_environment({"TERM": "xterm", **(env or {})})).stdout


@pytest.mark.parametrize(
    "args, env, coloured",
    [([], {}, True), (["--no-color"], {}, False), ([], {"NO_COLOR": "1"}, False)],
    ids=["terminal", "no-color", "NO_COLOR"],
)
def test_colour_only_on_a_terminal_unless_refused(git_repo, rules_dir, args, env, coloured):
    git_repo.files({"t-error.flag": ""})
    output = run_in_terminal(
        "check", git_repo.path, "--rules-dir", rules_dir, "--select", "t-error", *args, env=env
    )
    assert "t-error" in output
    assert ("\x1b[" in output) is coloured


def test_quiet_shows_only_failures_and_verbose_shows_timings(git_repo, rules_dir):
    git_repo.files({"t-error.flag": "", "skip.flag": ""})
    base = ["check", git_repo.path, "--rules-dir", rules_dir, "--select", ALL_TEST_RULES]
    normal = commons_lint_process(*base).stdout
    quiet = commons_lint_process(*base, "-q").stdout
    verbose = commons_lint_process(*base, "-v").stdout
    assert "t-note" in normal and "t-note" not in quiet
    assert "t-error" in quiet
    assert " ms)" in verbose and " ms)" not in normal
    assert "skipped on purpose" in verbose  # the reason a rule did not apply


def test_version_is_the_same_from_the_script_and_the_module():
    module = commons_lint_process("--version")
    assert module.returncode == 0
    assert commons_lint.__version__ in module.stdout
    script = Path(sys.executable).with_name("commons-lint")
    if not script.exists():
        pytest.skip(f"no commons-lint script next to {sys.executable}")
    assert commons_lint_process("--version", command=[str(script)]).stdout == module.stdout


def test_script_and_module_give_the_same_report(git_repo, rules_dir):
    script = Path(sys.executable).with_name("commons-lint")
    if not script.exists():
        pytest.skip(f"no commons-lint script next to {sys.executable}")
    git_repo.files({"t-error.flag": ""})
    module = check(git_repo.path, rules_dir)
    from_script = check(git_repo.path, rules_dir, command=[str(script)])
    assert from_script.returncode == module.returncode == 1
    assert statuses(from_script) == statuses(module)


# ----- rules and explain ---------------------------------------------------------------


def test_rules_lists_ids_themes_severities_titles_and_sources(rules_dir):
    english = commons_lint_process("rules", "--rules-dir", rules_dir, "--lang", "en")
    assert english.returncode == 0
    lines = {line.split()[0]: line for line in english.stdout.splitlines() if line.strip()}
    warning = lines["t-warning"]
    assert "Produce" in warning and "warning" in warning and "No warning flag" in warning
    assert warning.endswith(f"[local {rules_dir}]")
    assert "Fund" in lines["t-note"] and " note " in lines["t-note"]
    if "readme" in lines:
        assert lines["readme"].endswith("[built-in]")
    assert "strict" in english.stdout.splitlines()[-1]  # the profiles
    french = commons_lint_process("rules", "--rules-dir", rules_dir, "--lang", "fr")
    assert "Pas de drapeau d'avertissement" in french.stdout
    assert "Produire" in french.stdout
    assert "Profils" in french.stdout


def test_rules_lists_the_builtin_rules():
    completed = commons_lint_process("rules")
    assert completed.returncode == 0, completed.stderr
    readme = next(line for line in completed.stdout.splitlines() if line.startswith("readme "))
    assert readme.endswith("[built-in]") and "error" in readme


@pytest.mark.parametrize(
    "lang, expected",
    [("en", ["No warning flag", "Why it matters", "Tutorial: Comprendre — question de test"]),
     ("fr", ["Pas de drapeau d'avertissement", "Pourquoi", "Tutoriel : Comprendre"])],
)
def test_explain_in_both_languages(rules_dir, lang, expected):
    completed = commons_lint_process("explain", "t-warning", "--rules-dir", rules_dir,
                                     "--lang", lang)
    assert completed.returncode == 0
    for text in expected:
        assert text in completed.stdout
    assert "flag='t-warning.flag'" in completed.stdout  # the options and their defaults


def test_explain_a_builtin_rule():
    completed = commons_lint_process("explain", "readme", "--lang", "fr")
    assert completed.returncode == 0
    assert "README" in completed.stdout and "origine : built-in" in completed.stdout


def test_explain_an_unknown_rule(rules_dir):
    assert_one_line_error(commons_lint_process("explain", "t-nope", "--rules-dir", rules_dir),
                          "'t-nope'")


# ----- rule directories ----------------------------------------------------------------


def test_rules_dir_is_repeatable(git_repo, rules_dir, tmp_path):
    other = rules_folder(tmp_path, "more-rules", {
        "extra.py": FLAG_RULE_FACTORY + "\nt_extra = flag_rule('t-extra', Severity.ERROR,"
        " Theme.FUND, Text(en='No extra flag', fr='Pas de drapeau en plus'))\n",
    })
    listing = commons_lint_process("rules", "--rules-dir", rules_dir, "--rules-dir", other)
    assert listing.returncode == 0, listing.stderr
    sources = {line.split()[0]: line for line in listing.stdout.splitlines() if line.strip()}
    assert sources["t-extra"].endswith(f"[local {other}]")
    assert sources["t-error"].endswith(f"[local {rules_dir}]")
    git_repo.files({"t-extra.flag": ""})
    completed = check(git_repo.path, rules_dir, "--rules-dir", str(other),
                      select="t-extra,t-error")
    assert statuses(completed) == {"t-extra": "failed", "t-error": "passed"}


def test_the_same_rules_dir_twice_is_loaded_once(git_repo, rules_dir):
    git_repo.files({"README.md": "x"})
    completed = check(git_repo.path, rules_dir, "--rules-dir", str(rules_dir))
    assert completed.returncode == 0, completed.stderr


def test_missing_rules_dir(tmp_path):
    completed = commons_lint_process("rules", "--rules-dir", tmp_path / "nowhere")
    assert_one_line_error(completed, "nowhere", "does not exist")


@pytest.mark.parametrize(
    "source, fragment",
    [
        ("import not_a_module_anywhere\n", "ModuleNotFoundError"),
        ("def broken(:\n", "SyntaxError"),
        ("raise SystemExit(4)\n", "SystemExit"),
        ("from commons_lint import rule, Severity, Text, Theme\n"
         "@rule(id='Bad_Id', theme=Theme.FUND, severity=Severity.NOTE, title=Text(en='a', fr='a'),"
         " help=Text(en='a', fr='a'), tutorial='t')\ndef bad(repo):\n    pass\n", "kebab-case"),
        ("from commons_lint import rule, Severity, Text, Theme\n"
         "@rule(id='wants-more', theme=Theme.FUND, severity=Severity.NOTE,"
         " title=Text(en='a', fr='a'), help=Text(en='a', fr='a'), tutorial='t')\n"
         "def wants(repo, network):\n    pass\n", "network"),
    ],
    ids=["import-error", "syntax-error", "exit", "bad-id", "unknown-parameter"],
)
def test_a_rule_module_that_fails_to_load(tmp_path, source, fragment):
    directory = rules_folder(tmp_path, "broken-rules", {"broken.py": source})
    completed = commons_lint_process("rules", "--rules-dir", directory)
    assert_one_line_error(completed, "broken.py", fragment)


def test_two_rules_with_one_id_name_both_sources(rules_dir, tmp_path):
    twin = rules_folder(tmp_path, "twin-rules", {"flags.py": FLAG_RULES})
    completed = commons_lint_process("rules", "--rules-dir", rules_dir, "--rules-dir", twin)
    assert_one_line_error(completed, f"local {rules_dir}", f"local {twin}", "'t-")


def test_a_local_rule_cannot_take_a_builtin_id(tmp_path):
    directory = rules_folder(
        tmp_path, "shadow", {"shadow.py": FLAG_RULES.replace('"t-error"', '"readme"')}
    )
    completed = commons_lint_process("rules", "--rules-dir", directory)
    assert_one_line_error(completed, "'readme'", "built-in", f"local {directory}")


# ----- bad paths -----------------------------------------------------------------------


def test_missing_path(tmp_path):
    assert_one_line_error(commons_lint_process("check", tmp_path / "absent"), "absent")


def test_a_file_instead_of_a_directory(git_repo):
    git_repo.files({"README.md": "x"})
    assert_one_line_error(
        commons_lint_process("check", git_repo.path / "README.md"), "not a directory"
    )


def test_path_defaults_to_the_current_directory(git_repo, rules_dir):
    git_repo.files({"t-error.flag": ""})
    completed = commons_lint_process(
        "check", "--rules-dir", rules_dir, "--select", "t-error", "--format", "json",
        cwd=git_repo.path,
    )
    assert json.loads(completed.stdout)["repository"]["path"] == str(git_repo.path.resolve())
    assert statuses(completed) == {"t-error": "failed"}


def test_a_run_with_the_builtin_rules(git_repo):
    git_repo.files({
        "README.md": "# Cartofaune\n\nCartofaune maps wildlife sightings reported by volunteers "
        "so that town councils and nature associations can plan green corridors together. "
        "It runs in any browser and exports open data.\n",
    })
    completed = commons_lint_process("check", git_repo.path, "--format", "json")
    assert completed.returncode in (0, 1), completed.stderr
    ran = statuses(completed)
    assert ran["readme"] == "passed"
    assert all(status != "tool-error" for status in ran.values()), ran


# ----- safety --------------------------------------------------------------------------


def tree_fingerprint(root: Path) -> dict[str, str]:
    """A hash of every file below root, .git included, and every link's target."""
    fingerprint = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.is_symlink():
            fingerprint[relative] = "-> " + os.readlink(path)
        elif path.is_file():
            fingerprint[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            fingerprint[relative] = "dir"
    return fingerprint


def porcelain(root: Path) -> str:
    # Without optional locks, `git status` itself leaves the index alone.
    return subprocess.run(
        ["git", "-c", "core.fsmonitor=false", "-C", str(root), "status", "--porcelain",
         "--ignored", "--untracked-files=all"],
        capture_output=True, text=True, check=True,
        env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},
    ).stdout


def test_the_inspected_tree_is_left_as_it_was(git_repo, rules_dir):
    git_repo.files({
        "README.md": "# Demo\n", "docs/guide.md": "guide", "t-error.flag": "",
        ".commons-lint.yml": "rules-dirs: [lint]\n",
        "lint/own.py": FLAG_RULES.replace('"t-', '"own-'),
    })
    git_repo.write("untracked.txt", "not committed")
    git_repo.write("staged.txt", "staged only")
    git_repo.git("add", "staged.txt")
    before = (tree_fingerprint(git_repo.path), porcelain(git_repo.path))
    for args in (["--format", "json"], ["--format", "sarif"], ["--trust-config", "-v"]):
        completed = commons_lint_process(
            "check", git_repo.path, "--rules-dir", rules_dir, *args
        )
        assert completed.returncode != 2, completed.stderr
    assert (tree_fingerprint(git_repo.path), porcelain(git_repo.path)) == before
    assert not list(git_repo.path.rglob("__pycache__"))


MARKER_RULE = '''
from pathlib import Path
Path({marker!r}).write_text("imported")

from commons_lint import Finding, Severity, Text, Theme, rule


@rule(id="repo-own", theme=Theme.FUND, severity=Severity.ERROR,
      title=Text(en="Own rule", fr="Règle propre"), help=Text(en="h", fr="h"), tutorial="t")
def repo_own(repo):
    yield Finding("the repository's own rule ran", key="ran")
'''


def test_rules_dirs_of_the_inspected_repository_need_trust(git_repo, tmp_path):
    marker = tmp_path / "imported.marker"
    git_repo.files({
        ".commons-lint.yml": "rules-dirs: [lint]\nrules:\n  repo-own: warning\n",
        "lint/own.py": MARKER_RULE.format(marker=str(marker)),
        "README.md": "# Demo\n",
    })
    untrusted = commons_lint_process(
        "check", git_repo.path, "--select", "readme", "--format", "json"
    )
    assert not marker.exists(), "a rule module of the inspected repository was imported"
    assert untrusted.returncode in (0, 1), untrusted.stderr
    notices = json.loads(untrusted.stdout)["notices"]
    assert any("--trust-config" in notice for notice in notices)
    assert any("repo-own" in notice for notice in notices)  # its settings were skipped
    assert "repo-own" not in statuses(untrusted)

    trusted = commons_lint_process(
        "check", git_repo.path, "--trust-config", "--select", "repo-own", "--format", "json"
    )
    assert marker.read_text() == "imported"
    assert statuses(trusted) == {"repo-own": "failed"}
    assert trusted.returncode == 0  # the configuration lowered it to a warning


def test_a_malicious_fsmonitor_is_not_run(git_repo, rules_dir, tmp_path):
    marker = tmp_path / "fsmonitor.marker"
    hook = tmp_path / "fsmonitor.sh"
    hook.write_text(f"#!/bin/sh\necho ran >> '{marker}'\nexit 1\n")
    hook.chmod(0o755)
    git_repo.files({"README.md": "# Demo\n", "t-error.flag": ""})
    git_repo.git("config", "core.fsmonitor", str(hook))
    completed = check(git_repo.path, rules_dir)
    assert completed.returncode == 1, completed.stderr
    assert not marker.exists()


HISTORY_RULE = '''
from commons_lint import Finding, Severity, Text, Theme, rule


@rule(id="t-history", theme=Theme.SUSTAIN, severity=Severity.NOTE,
      title=Text(en="Reads history", fr="Lit l'historique"), help=Text(en="h", fr="h"),
      tutorial="t")
def t_history(history):
    count = sum(1 for _ in history.commits())
    tags = len(history.tags())
    yield Finding(f"{count} commits {tags} tags", key="count", advice=True)
'''


def test_a_signature_program_set_by_the_repository_is_not_run(git_repo, tmp_path):
    """With log.showSignature, `git log` would run gpg.program on a signed commit."""
    marker = tmp_path / "gpg.marker"
    program = tmp_path / "fake-gpg.sh"
    program.write_text(f"#!/bin/sh\necho ran >> '{marker}'\nexit 1\n")
    program.chmod(0o755)
    git_repo.files({"README.md": "# Demo\n"})
    tree = git_repo.git("rev-parse", "HEAD^{tree}").strip()
    parent = git_repo.git("rev-parse", "HEAD").strip()
    signed = (
        f"tree {tree}\nparent {parent}\n"
        "author A <a@example.org> 1700000000 +0000\n"
        "committer A <a@example.org> 1700000000 +0000\n"
        "gpgsig -----BEGIN PGP SIGNATURE-----\n \n AAAA\n -----END PGP SIGNATURE-----\n"
        "\nSigned commit\n"
    )
    (tmp_path / "commit.txt").write_text(signed)
    sha = git_repo.git("hash-object", "-t", "commit", "-w", str(tmp_path / "commit.txt")).strip()
    git_repo.git("update-ref", "refs/heads/main", sha)
    git_repo.git("config", "log.showSignature", "true")
    git_repo.git("config", "gpg.program", str(program))
    directory = rules_folder(tmp_path, "history-rules", {"history.py": HISTORY_RULE})
    completed = check(git_repo.path, directory, select="t-history")
    result = json.loads(completed.stdout)["results"][0]
    assert result["findings"][0]["message"] == "2 commits 0 tags"
    assert not marker.exists()


@pytest.mark.parametrize(
    "variables",
    [["GIT_INDEX_FILE"], ["GIT_DIR", "GIT_WORK_TREE"], ["GIT_DIR", "GIT_INDEX_FILE"]],
    ids=["index", "dir-and-work-tree", "dir-and-index"],
)
def test_git_variables_of_a_calling_hook_do_not_redirect_the_inspection(
    git_repo, rules_dir, tmp_path, variables
):
    """A pre-commit hook runs with GIT_INDEX_FILE (and more) of the repository it serves."""
    git_repo.files({"t-error.flag": ""})
    other = tmp_path / "other"
    other.mkdir()
    subprocess.run(["git", "init", "-q", str(other)], check=True)
    (other / "unrelated.txt").write_text("x")
    subprocess.run(["git", "-C", str(other), "add", "-A"], check=True)
    values = {
        "GIT_DIR": str(other / ".git"),
        "GIT_WORK_TREE": str(other),
        "GIT_INDEX_FILE": str(other / ".git" / "index"),
    }
    completed = check(
        git_repo.path, rules_dir, select="t-error", env={v: values[v] for v in variables}
    )
    repository = json.loads(completed.stdout)["repository"]
    assert repository["is_git"] is True
    assert repository["commit"] == git_repo.git("rev-parse", "HEAD").strip()
    assert statuses(completed) == {"t-error": "failed"}


FILES_RULE = '''
from commons_lint import Finding, Severity, Text, Theme, rule


@rule(id="t-files", theme=Theme.FUND, severity=Severity.ERROR,
      title=Text(en="Lists files", fr="Liste les fichiers"), help=Text(en="h", fr="h"),
      tutorial="t")
def t_files(repo):
    for path in repo.files:
        yield Finding("sees " + path + ": " + repo.text(path), path=path, key="sees")
'''


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_a_file_name_that_is_not_utf8_is_reported(git_repo, tmp_path, output_format):
    name = b"caf\xe9 \xff.md"  # Latin-1 bytes, as an old system would write them
    with open(os.fsencode(git_repo.path) + b"/" + name, "wb") as handle:
        handle.write(b"content")
    git_repo.files({"README.md": "x"})
    directory = rules_folder(tmp_path, "files-rules", {"files.py": FILES_RULE})
    for output in ([], ["--output", str(tmp_path / "report")]):
        completed = commons_lint_process(
            "check", git_repo.path, "--rules-dir", directory, "--select", "t-files",
            "--format", output_format, *output,
        )
        assert completed.returncode == 1, completed.stderr
        written = completed.stdout or (tmp_path / "report").read_text(encoding="utf-8")
        assert "caf\ufffd \ufffd.md: content" in written


def odd_repository(kind: str, git_repo: Any, plain_dir: Any, tmp_path: Path) -> Path:
    """A repository of an unusual shape; returns the path to check."""
    if kind == "empty-git":
        return git_repo.path
    if kind == "staged-only":
        git_repo.write("README.md", "# Staged\n")
        git_repo.git("add", "README.md")
        return git_repo.path
    if kind == "plain":
        plain_dir.write("README.md", "# Plain\n")
        plain_dir.write("node_modules/dep/LICENSE", "MIT")
        plain_dir.write(".venv/lib/site.py", "")
        return plain_dir.path
    if kind == "odd-files":
        outside = tmp_path / "outside.md"
        outside.write_text("outside")
        git_repo.files({
            "README.md": "# Odd\n", "big.txt": "word " * 300_000, "logo.png": b"\x89PNG\x00\x01",
            "latin1.md": "café".encode("latin-1"), "utf16.md": "Café".encode("utf-16"),
            "bom.md": b"\xef\xbb\xbfCaf\xc3\xa9",
        })
        os.symlink("missing.md", git_repo.path / "CONTRIBUTING.md")
        os.symlink(outside, git_repo.path / "LICENSE")
        os.symlink("docs-target", git_repo.path / "docs")
        (git_repo.path / "docs-target").mkdir()
        (git_repo.path / "docs-target" / "index.md").write_text("# Docs\n")
        git_repo.commit("Odd files")
        return git_repo.path
    if kind == "shallow":
        git_repo.files({"README.md": "1"})
        git_repo.files({"README.md": "2"})
        clone = tmp_path / "shallow clone"
        subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{git_repo.path}",
                        str(clone)], check=True)
        return clone
    if kind == "subdirectory":
        git_repo.files({"README.md": "top", "packages/web/README.md": "# Web\n"})
        return git_repo.path / "packages" / "web"
    if kind == "spaces-accents":
        root = tmp_path / "mon dépôt été"
        root.mkdir()
        subprocess.run(["git", "init", "-q", str(root)], check=True)
        (root / "LISEZ MOI.md").write_text("# Été\n", encoding="utf-8")
        subprocess.run(["git", "-C", str(root), "add", "-A"], check=True)
        subprocess.run(["git", "-C", str(root), "-c", "user.name=T", "-c",
                        "user.email=t@example.org", "commit", "-qm", "x"], check=True)
        return root
    raise AssertionError(kind)


ODD_KINDS = ["empty-git", "staged-only", "plain", "odd-files", "shallow", "subdirectory",
             "spaces-accents"]


@pytest.mark.parametrize("kind", ODD_KINDS)
def test_odd_repositories_are_checked_cleanly(git_repo, plain_dir, tmp_path, kind):
    path = odd_repository(kind, git_repo, plain_dir, tmp_path)
    directory = rules_folder(tmp_path, "files-rules", {"files.py": FILES_RULE})
    completed = commons_lint_process(
        "check", path, "--rules-dir", directory, "--select", "t-files", "--format", "json"
    )
    assert completed.stderr == ""
    [result] = json.loads(completed.stdout)["results"]
    seen = {f["path"] for f in result["findings"]}
    assert (completed.returncode == 1) is bool(seen)
    assert all("outside" not in f["message"] for f in result["findings"])
    assert not any(p.startswith(("node_modules", ".venv")) for p in seen)


@pytest.mark.parametrize("kind", ODD_KINDS)
def test_builtin_rules_survive_odd_repositories(git_repo, plain_dir, tmp_path, kind):
    path = odd_repository(kind, git_repo, plain_dir, tmp_path)
    completed = commons_lint_process("check", path, "--format", "json")
    assert completed.stderr == ""
    crashed = {
        r["rule"]: r["reason"] for r in json.loads(completed.stdout)["results"]
        if r["status"] == "tool-error"
    }
    assert not crashed
    assert completed.returncode in (0, 1)


def test_help_follows_the_environment_language():
    french = commons_lint_process("check", "--help", env={"LANG": "fr_FR.UTF-8"})
    assert "Format du rapport" in french.stdout
    assert "Vérifie le dépôt" in french.stdout
    english = commons_lint_process("check", "--help")
    assert "Report format" in english.stdout


def test_usage_errors_are_one_line_in_process_too(cli):
    """The `cli` fixture (click's test runner) goes through the same one-line errors."""
    result = cli("check", "--format", "xml")
    assert result.code == 2
    assert len(result.err.splitlines()) == 1 and result.err.startswith("commons-lint: error:")

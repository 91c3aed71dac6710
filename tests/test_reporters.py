"""The text and JSON reporters, driven through real repositories and the command line.

Most tests run a small local rules directory written here (``--rules-dir``): one rule
per outcome (passing, failing at each severity, advice, not applicable, crashing), so
that what is asserted does not move when the built-in rules evolve. One test per format
also runs the built-in rules on a realistic repository.
"""

from __future__ import annotations

import importlib.resources
import json
import re
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fresh_process import isolated_environment, terminal_output
from linting import lint_report, rules_folder
from test_formats import healthy_repository
from test_i18n import translatable_messages

import commons_lint
from commons_lint.i18n import current_language, parse_po, set_language
from commons_lint.reporters import RenderOptions, renderer

ROOT = Path(__file__).resolve().parents[1]
ANSI = re.compile(r"\x1b\[[0-9;]*m")

# One rule per outcome, in every theme; messages follow the language of the run.
SAMPLE_RULES = '''
from commons_lint import Finding, NotApplicable, Severity, Text, Theme, rule

HELP = Text(
    en="Why it matters.\\n\\nWhat is checked, and how to fix it.",
    fr="Pourquoi c'est important.\\n\\nCe qui est vérifié, et comment corriger.",
)


@rule(id="sample-pass", theme=Theme.UNDERSTAND, severity=Severity.ERROR,
      title=Text(en="The sample passes", fr="L'exemple réussit"), help=HELP,
      tutorial="Comprendre — question")
def sample_pass(repo):
    return []


@rule(id="sample-error", theme=Theme.IDENTIFY, severity=Severity.ERROR,
      title=Text(en="The sample has no licence", fr="L'exemple n'a pas de licence"),
      help=HELP, tutorial="Identifier — question", url="https://example.org/tutorial")
def sample_error(repo):
    yield Finding(Text(en="No licence file found", fr="Aucun fichier de licence").get(),
                  fix=Text(en="Add a LICENSE file", fr="Ajoutez un fichier LICENSE").get(),
                  key="missing")


@rule(id="sample-warning", theme=Theme.PRODUCE, severity=Severity.WARNING,
      title=Text(en="The sample warns", fr="L'exemple avertit"), help=HELP,
      tutorial="Produire — question")
def sample_warning(repo):
    yield Finding(Text(en="A TODO is left in the README",
                       fr="Un TODO reste dans le README").get(),
                  path="README.md", line=3, key="todo")


@rule(id="sample-note", theme=Theme.SUSTAIN, severity=Severity.NOTE,
      title=Text(en="The sample notes", fr="L'exemple note"), help=HELP,
      tutorial="Pérenniser — question")
def sample_note(repo):
    yield Finding(Text(en="The changelog has no dates", fr="Le journal n'a pas de dates").get(),
                  path="CHANGELOG.md", key="no-dates")


@rule(id="sample-advice", theme=Theme.FUND, severity=Severity.NOTE,
      title=Text(en="The sample advises", fr="L'exemple conseille"), help=HELP,
      tutorial="Financer — question")
def sample_advice(repo):
    yield Finding(Text(en="A section counts; a file is easier to find",
                       fr="Une section compte ; un fichier se trouve plus vite").get(),
                  path="docs/funding.md", advice=True, key="section")


@rule(id="sample-not-applicable", theme=Theme.DISSEMINATE, severity=Severity.NOTE,
      title=Text(en="The sample does not apply", fr="L'exemple ne s'applique pas"),
      help=HELP, tutorial="Disséminer — question")
def sample_not_applicable(repo):
    raise NotApplicable("no release yet")


@rule(id="sample-crash", theme=Theme.DISSEMINATE, severity=Severity.WARNING,
      title=Text(en="The sample crashes", fr="L'exemple plante"), help=HELP,
      tutorial="Disséminer — question")
def sample_crash(repo):
    raise RuntimeError("boom")
'''
SAMPLES = (
    "sample-pass", "sample-error", "sample-warning", "sample-note", "sample-advice",
    "sample-not-applicable", "sample-crash",
)
EXPECTED_STATUSES = {
    "sample-pass": "passed",
    "sample-error": "failed",
    "sample-warning": "failed",
    "sample-note": "failed",
    "sample-advice": "passed-with-advice",
    "sample-not-applicable": "not-applicable",
    "sample-crash": "tool-error",
}
# error 3 + error 3 + warning 2 + note 1 + note 1 are scored; 3 + 1 of them pass.
EXPECTED_SCORE = {"percent": 40, "passed_weight": 4, "total_weight": 10}
THEME_HEADINGS_EN = (
    "Understand (Comprendre)", "Identify (Identifier)", "Produce (Produire)",
    "Maintain and sustain (Pérenniser)", "Fund (Financer)", "Disseminate (Disséminer)",
)
THEME_HEADINGS_FR = (
    "Comprendre", "Identifier", "Produire", "Pérenniser", "Financer", "Disséminer",
)
PROJECT_README = (
    "# Cartofaune\n\nCartofaune maps wildlife sightings reported by volunteers so that town "
    "councils and nature associations can plan green corridors together.\n\nTODO: screenshots\n"
)


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    return rules_folder(
        tmp_path, "local-rules", {"samples.py": SAMPLE_RULES},
        {"samples": f"select: [{', '.join(SAMPLES)}]\n"},
    )


@pytest.fixture
def project(git_repo):
    git_repo.files({"README.md": PROJECT_README, "src/app.py": "print('hello')\n"})
    return git_repo


def check(cli, path: Path, rules_dir: Path, *args: str, select: tuple[str, ...] = SAMPLES):
    """``commons-lint check`` with the sample rules only."""
    return cli(
        "check", str(path), "--rules-dir", str(rules_dir), "--select", ",".join(select), *args
    )


def sections_by_heading(output: str, headings: tuple[str, ...]) -> dict[str, str]:
    """The text under each theme heading, up to the next heading or the summary."""
    positions = sorted((output.index(heading + "  "), heading) for heading in headings)
    end = output.index("\n\n", positions[-1][0])
    bounds = [position for position, _heading in positions] + [end]
    return {heading: output[start : bounds[i + 1]] for i, (start, heading) in enumerate(positions)}


def rule_line(output: str, rule_id: str) -> str:
    return next(line for line in output.splitlines() if re.search(rf"\s{rule_id}\s", line))


def lines_after(output: str, rule_id: str) -> list[str]:
    """The indented lines that follow a rule's line: its reason and findings."""
    lines = output.splitlines()
    start = lines.index(rule_line(output, rule_id)) + 1
    following = []
    for line in lines[start:]:
        if not line.startswith(" " * 6):
            break
        following.append(line.strip())
    return following


# ----- text ------------------------------------------------------------------------


def test_text_groups_rules_by_theme_in_the_tutorials_order(cli, project, rules_dir):
    out = check(cli, project.path, rules_dir).out
    positions = [out.index(heading) for heading in THEME_HEADINGS_EN]
    assert positions == sorted(positions)
    sections = sections_by_heading(out, THEME_HEADINGS_EN)
    expected = {
        "Understand (Comprendre)": ["sample-pass"],
        "Identify (Identifier)": ["sample-error"],
        "Produce (Produire)": ["sample-warning"],
        "Maintain and sustain (Pérenniser)": ["sample-note"],
        "Fund (Financer)": ["sample-advice"],
        "Disseminate (Disséminer)": ["sample-crash", "sample-not-applicable"],
    }
    for heading, rule_ids in expected.items():
        listed = [rule_id for rule_id in SAMPLES if re.search(rf"\s{rule_id}\s", sections[heading])]
        assert sorted(listed) == rule_ids, heading


def test_text_shows_a_status_per_rule(cli, project, rules_dir):
    out = check(cli, project.path, rules_dir).out
    assert "[" not in rule_line(out, "sample-pass")
    assert "✓" in rule_line(out, "sample-pass")
    assert "The sample passes" in rule_line(out, "sample-pass")
    assert rule_line(out, "sample-error").endswith("[failed, error]")
    assert rule_line(out, "sample-warning").endswith("[failed, warning]")
    assert rule_line(out, "sample-note").endswith("[failed, note]")
    assert rule_line(out, "sample-advice").endswith("[passed with advice]")
    assert rule_line(out, "sample-not-applicable").endswith("[not applicable]")
    assert rule_line(out, "sample-crash").endswith("[tool error]")
    assert any("RuntimeError: boom" in line for line in lines_after(out, "sample-crash"))


def test_text_gives_each_finding_its_location_and_fix(cli, project, rules_dir):
    out = check(cli, project.path, rules_dir).out
    assert lines_after(out, "sample-warning") == ["README.md:3: A TODO is left in the README"]
    assert lines_after(out, "sample-note") == ["CHANGELOG.md: The changelog has no dates"]
    # About the whole repository: no location, and the fix on its own line.
    assert lines_after(out, "sample-error") == ["No licence file found", "→ Add a LICENSE file"]
    assert lines_after(out, "sample-advice") == [
        "docs/funding.md: advice: A section counts; a file is easier to find"
    ]


def test_text_summary_counts_every_status_and_gives_the_score(cli, project, rules_dir):
    result = check(cli, project.path, rules_dir)
    assert result.code == 3  # a rule crashed
    assert (
        "Summary: 1 rule passed, 1 rule passed with advice, 3 rules failed, "
        "1 rule not applicable, 1 rule crashed." in result.out
    )
    assert "Score: 40/100" in result.out
    sections = sections_by_heading(result.out, THEME_HEADINGS_EN)
    assert "score 100/100" in sections["Understand (Comprendre)"]
    assert "score 0/100" in sections["Identify (Identifier)"]
    assert "score —" in sections["Disseminate (Disséminer)"]  # nothing scored there


def test_text_header_names_the_repository_and_profile(cli, project, rules_dir):
    commit = project.git("rev-parse", "HEAD").strip()
    out = check(cli, project.path, rules_dir).out
    first, second = out.splitlines()[:2]
    assert first.startswith(f"commons-lint {commons_lint.__version__} · ")
    assert f"{project.path.resolve()} (main @ {commit[:12]})" in first
    assert second == "profile: default"


def test_text_header_for_a_plain_directory_an_empty_repository_and_a_detached_head(
    cli, plain_dir, git_repo, rules_dir
):
    plain_dir.write("README.md", PROJECT_README)
    assert "(not a Git repository)" in check(cli, plain_dir.path, rules_dir).out.splitlines()[0]
    assert "(no commit yet)" in check(cli, git_repo.path, rules_dir).out.splitlines()[0]
    first = git_repo.files({"README.md": PROJECT_README})
    git_repo.files({"NEWS.md": "news\n"})
    git_repo.git("checkout", "-q", "--detach", first)
    header = check(cli, git_repo.path, rules_dir).out.splitlines()[0]
    assert f"(detached HEAD @ {first[:12]})" in header


def test_quiet_shows_only_failures_and_the_summary(cli, project, rules_dir):
    out = check(cli, project.path, rules_dir, "-q").out
    for shown in ("sample-error", "sample-warning", "sample-note", "sample-crash"):
        assert re.search(rf"\s{shown}\s", out), shown
    for hidden in ("sample-pass", "sample-advice", "sample-not-applicable"):
        assert hidden not in out
    assert "Understand (Comprendre)" not in out and "Fund (Financer)" not in out
    assert "profile:" not in out and not out.startswith("commons-lint")
    assert "Summary: " in out and "Score: 40/100" in out


def test_verbose_shows_timings_and_reasons(cli, project, rules_dir):
    out = check(cli, project.path, rules_dir, "-v").out
    for rule_id in SAMPLES:
        assert re.search(r"\(\d+ ms\)$", rule_line(out, rule_id)), rule_id
    assert "no release yet" in lines_after(out, "sample-not-applicable")
    assert "ms)" not in check(cli, project.path, rules_dir).out


def test_french_output(cli, project, rules_dir):
    out = check(cli, project.path, rules_dir, "--lang", "fr").out
    positions = [out.index(f"\n{heading}  ") for heading in THEME_HEADINGS_FR]
    assert positions == sorted(positions)
    for english in ("Understand", "Identify", "Summary", "passed", "failed", "advice:"):
        assert english not in out
    assert out.splitlines()[1] == "profil : default"
    assert rule_line(out, "sample-pass").endswith("L'exemple réussit")
    assert rule_line(out, "sample-error").endswith("[échouée, erreur]")
    assert rule_line(out, "sample-warning").endswith("[échouée, avertissement]")
    assert rule_line(out, "sample-advice").endswith("[réussie avec conseils]")
    assert rule_line(out, "sample-not-applicable").endswith("[non applicable]")
    assert rule_line(out, "sample-crash").endswith("[erreur de l'outil]")
    assert lines_after(out, "sample-error") == [
        "Aucun fichier de licence", "→ Ajoutez un fichier LICENSE"
    ]
    assert "conseil : Une section compte" in out
    assert (
        "Résumé : 1 règle réussie, 1 règle réussie avec conseils, 3 règles échouées, "
        "1 règle non applicable, 1 règle en erreur d'exécution." in out
    )
    assert "Score : 40/100 (règles pondérées par gravité" in out


def test_a_report_is_rendered_in_its_own_language(project, rules_dir):
    french = lint_report(project.path, SAMPLES, rules_dirs=[rules_dir], language="fr")
    set_language("en")
    out = renderer("text")(french, RenderOptions())
    assert "Résumé : " in out and "[échouée, erreur]" in out
    assert current_language() == "en"  # rendering leaves the caller's language alone


def test_no_colour_when_the_output_is_not_a_terminal(cli, project, rules_dir, tmp_path):
    assert not ANSI.search(check(cli, project.path, rules_dir).out)
    report_file = tmp_path / "report.txt"
    check(cli, project.path, rules_dir, "--output", str(report_file))
    assert "Summary: " in report_file.read_text(encoding="utf-8")
    assert not ANSI.search(report_file.read_text(encoding="utf-8"))


def test_colour_is_an_option_of_the_text_reporter(project, rules_dir):
    report = lint_report(project.path, SAMPLES, rules_dirs=[rules_dir])
    plain = renderer("text")(report, RenderOptions(color=False))
    coloured = renderer("text")(report, RenderOptions(color=True))
    assert not ANSI.search(plain)
    assert "\x1b[31m" in coloured  # failures in red
    assert ANSI.sub("", coloured) == plain  # colour changes nothing else


@pytest.mark.parametrize(
    "extra, no_color, coloured",
    [([], False, True), (["--no-color"], False, False), ([], True, False)],
    ids=["terminal", "--no-color", "NO_COLOR"],
)
def test_colour_on_a_terminal_unless_refused(project, rules_dir, extra, no_color, coloured):
    refusal = {"NO_COLOR": "1"} if no_color else {}
    env = isolated_environment({"TERM": "xterm-256color", **refusal})
    command = [sys.executable, "-m", "commons_lint", "check", project.path, "--rules-dir",
               rules_dir, "--select", ",".join(SAMPLES), *extra]
    out = terminal_output(command, env).stdout
    assert "Summary: " in out
    assert bool(ANSI.search(out)) is coloured


def test_text_with_the_built_in_rules(cli, git_repo):
    realistic_repository(git_repo)
    result = cli("check", str(git_repo.path))
    assert result.code in (0, 1, 3), result.err
    assert "Understand (Comprendre)" in result.out
    assert re.search(r"\s[✓~✗-] readme\s", result.out)
    assert "Summary: " in result.out and "Score: " in result.out


# ----- JSON ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report_schema() -> dict[str, Any]:
    # Read from the installed package, so that a schema missing from the wheel fails here.
    schema_file = importlib.resources.files("commons_lint") / "schemas" / "report.schema.json"
    schema: dict[str, Any] = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def json_report(cli, path: Path, *args: str) -> dict[str, Any]:
    result = cli("check", str(path), "--format", "json", *args)
    assert result.code in (0, 1, 3), result.err
    document: dict[str, Any] = json.loads(result.out)
    return document


def assert_valid(document: dict[str, Any], schema: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert not errors, "\n".join(errors)


def realistic_repository(git_repo) -> None:
    """A small project that follows most practices, with a history, a release and a remote."""
    healthy_repository(git_repo)
    git_repo.git("remote", "add", "origin", "git@framagit.org:cartofaune/cartofaune.git")


def test_json_for_a_failing_run_is_valid_and_complete(cli, project, rules_dir, report_schema):
    project.git("remote", "add", "origin", "https://forge.example.org/cartofaune.git")
    commit = project.git("rev-parse", "HEAD").strip()
    document = json_report(
        cli, project.path, "--rules-dir", str(rules_dir), "--select", ",".join(SAMPLES)
    )
    assert_valid(document, report_schema)
    assert document["tool"] == {"name": "commons-lint", "version": commons_lint.__version__}
    assert document["repository"] == {
        "path": str(project.path.resolve()),
        "is_git": True,
        "commit": commit,
        "branch": "main",
        "remote_url": "https://forge.example.org/cartofaune.git",
    }
    assert document["profile"] == "default"
    assert document["language"] == "en"
    statuses = {result["rule"]: result["status"] for result in document["results"]}
    assert statuses == EXPECTED_STATUSES
    assert document["summary"]["score"] == EXPECTED_SCORE
    assert document["summary"]["counts"] == {
        "passed": 1, "passed-with-advice": 1, "failed": 3, "not-applicable": 1, "tool-error": 1,
        "exempted": 0,
    }
    assert [theme["id"] for theme in document["themes"]] == [
        "understand", "identify", "produce", "sustain", "fund", "disseminate",
    ]


def test_json_findings_and_reasons(cli, project, rules_dir, report_schema):
    document = json_report(
        cli, project.path, "--rules-dir", str(rules_dir), "--select", ",".join(SAMPLES)
    )
    results = {result["rule"]: result for result in document["results"]}
    assert results["sample-warning"]["findings"] == [
        {"message": "A TODO is left in the README", "path": "README.md", "line": 3,
         "column": None, "advice": False, "severity": "warning", "fix": None, "key": "todo"}
    ]
    error = results["sample-error"]["findings"][0]
    assert (error["path"], error["key"], error["fix"]) == (None, "missing", "Add a LICENSE file")
    assert results["sample-advice"]["findings"][0]["advice"] is True
    assert results["sample-not-applicable"]["reason"] == "no release yet"
    assert "RuntimeError: boom" in results["sample-crash"]["reason"]
    assert results["sample-error"]["source"].startswith("local ")
    assert results["sample-error"]["url"] == "https://example.org/tutorial"


def test_json_in_french_and_with_a_profile(cli, project, rules_dir, report_schema, tmp_path):
    output = tmp_path / "report.json"
    result = cli(
        "check", str(project.path), "--rules-dir", str(rules_dir), "--profile", "samples",
        "--format", "json", "--lang", "fr", "--output", str(output),
    )
    assert result.out == ""
    document = json.loads(output.read_text(encoding="utf-8"))
    assert_valid(document, report_schema)
    assert (document["language"], document["profile"]) == ("fr", "samples")
    assert {result["rule"] for result in document["results"]} == set(SAMPLES)
    assert document["themes"][0]["title"] == "Comprendre"
    titles = {result["rule"]: result["title"] for result in document["results"]}
    assert titles["sample-pass"] == "L'exemple réussit"


@pytest.mark.parametrize("rule_ids", [("sample-pass",), ("sample-pass", "sample-crash")],
                         ids=["passing", "crashing"])
def test_json_for_passing_and_crashing_runs(cli, project, rules_dir, report_schema, rule_ids):
    result = check(cli, project.path, rules_dir, "--format", "json", select=rule_ids)
    assert result.code == (3 if "sample-crash" in rule_ids else 0)
    document = json.loads(result.out)
    assert_valid(document, report_schema)
    assert [r["status"] for r in document["results"]] == [
        EXPECTED_STATUSES[rule_id] for rule_id in rule_ids
    ]


def test_json_for_a_plain_directory(cli, plain_dir, rules_dir, report_schema):
    plain_dir.write("README.md", PROJECT_README)
    document = json.loads(check(cli, plain_dir.path, rules_dir, "--format", "json").out)
    assert_valid(document, report_schema)
    assert document["repository"] == {
        "path": str(plain_dir.path.resolve()), "is_git": False, "commit": None,
        "branch": None, "remote_url": None,
    }


def test_json_for_an_empty_repository(cli, git_repo, rules_dir, report_schema):
    document = json.loads(check(cli, git_repo.path, rules_dir, "--format", "json").out)
    assert_valid(document, report_schema)
    repository = document["repository"]
    assert repository["is_git"] is True
    assert (repository["commit"], repository["branch"]) == (None, "main")


def test_json_with_the_built_in_rules(cli, git_repo, report_schema):
    realistic_repository(git_repo)
    document = json_report(cli, git_repo.path)
    assert_valid(document, report_schema)
    assert "readme" in {result["rule"] for result in document["results"]}
    assert all(result["source"] == "built-in" for result in document["results"])
    assert document["repository"]["remote_url"] == "git@framagit.org:cartofaune/cartofaune.git"


def test_the_schema_rejects_what_it_should(cli, project, rules_dir, report_schema):
    document = json.loads(check(cli, project.path, rules_dir, "--format", "json").out)
    broken = json.loads(json.dumps(document))
    broken["results"][0]["status"] = "unknown"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, report_schema, cls=jsonschema.Draft202012Validator)
    broken = json.loads(json.dumps(document))
    del broken["summary"]["counts"]["tool-error"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, report_schema, cls=jsonschema.Draft202012Validator)


# ----- catalogue ---------------------------------------------------------------------


def test_the_french_catalogue_of_the_reporters_has_no_stale_entry():
    reporters = ROOT / "src" / "commons_lint" / "reporters"
    used = {msgid for _file, _line, msgid in translatable_messages(reporters)}
    po_file = ROOT / "src" / "commons_lint" / "locale" / "fr" / "reporters.po"
    catalogue = parse_po(po_file.read_text(encoding="utf-8"))
    assert used <= set(catalogue)
    assert set(catalogue) <= used, "entries no reporter uses any more"


def test_text_shows_the_first_findings_of_a_long_list(cli, git_repo, tmp_path):
    rules = rules_folder(tmp_path, "many", {
        "many.py": "from commons_lint import Finding, Severity, Text, Theme, rule\n\n"
        "@rule(id='many-findings', theme=Theme.SUSTAIN, severity=Severity.NOTE,\n"
        "      title=Text(en='Many', fr='Beaucoup'), help=Text(en='Help.', fr='Aide.'),\n"
        "      tutorial='t')\n"
        "def many(repo):\n"
        "    for number in range(25):\n"
        "        yield Finding(f'problem {number:02}', path=f'f{number:02}.txt',"
        " key=str(number))\n",
    })
    git_repo.files({"README.md": "# Project\n"})
    args = ("check", str(git_repo.path), "--rules-dir", str(rules), "--select", "many-findings")
    short = cli(*args)
    assert "problem 09" in short.out and "problem 10" not in short.out
    assert "… and 15 more" in short.out
    assert "… et 15 de plus" in cli(*args, "--lang", "fr").out
    verbose = cli(*args, "-v")
    assert "problem 24" in verbose.out and "more" not in verbose.out.split("problem 24")[1]
    document = json.loads(cli(*args, "--format", "json").out)
    assert len(document["results"][0]["findings"]) == 25

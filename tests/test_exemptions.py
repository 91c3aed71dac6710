"""Exemptions: ``exempt:`` in ``.commons-lint.yml`` names a rule and a written reason.

An exempted rule is not run; every format shows it as exempted with its reason (and
where the practice lives instead, when the configuration says), it never fails the run
and it is left out of the scores. A missing or too short reason, an unknown rule or key
is a one-line error naming the file, the line and the key.

The runs go through the command line on real Git repositories, with local rules written
here (``--rules-dir``) so that each situation is certain, and with built-in rules on a
realistic repository. SARIF is checked by the validators of ``tests/test_sarif.py``
(the official schema and Microsoft's validator with GitHub's rules).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import test_formats as _FORMAT_TESTS
import test_reporters as _REPORTER_TESTS
import test_sarif as _SARIF_TESTS
from linting import rules_folder

from commons_lint.config import read_settings
from commons_lint.errors import ConfigError

# The SARIF validators, as fixtures of this module too (each skips on its own), and the
# JSON report's schema.
multitool = _SARIF_TESTS.multitool
complaints = _SARIF_TESTS.complaints
report_schema = _REPORTER_TESTS.report_schema
rendered = _FORMAT_TESTS.rendered

LOCAL_RULES = '''
from commons_lint import Finding, Severity, Text, Theme, rule

HELP = Text(en="Why.\\n\\nWhat is checked.", fr="Pourquoi.\\n\\nCe qui est vérifié.")


def say(en, fr):
    return Text(en=en, fr=fr).get()


@rule(id="ex-passes", theme=Theme.UNDERSTAND, severity=Severity.WARNING,
      title=Text(en="Passes", fr="Réussit"), help=HELP, tutorial="Comprendre — question")
def ex_passes(repo):
    return []


@rule(id="ex-fails", theme=Theme.SUSTAIN, severity=Severity.ERROR,
      title=Text(en="Governance is described", fr="La gouvernance est décrite"), help=HELP,
      tutorial="Pérenniser — question")
def ex_fails(repo):
    yield Finding(say("No governance document", "Aucun document de gouvernance"),
                  fix=say("Add GOVERNANCE.md", "Ajoutez GOVERNANCE.md"), key="missing")


@rule(id="ex-crashes", theme=Theme.FUND, severity=Severity.NOTE,
      title=Text(en="Crashes", fr="Plante"), help=HELP, tutorial="Financer — question")
def ex_crashes(repo):
    raise RuntimeError("this rule must not run when exempted")
'''
LOCAL_IDS = ("ex-passes", "ex-fails", "ex-crashes")

REASON = "Governance is decided by the Cartofaune foundation's steering committee."
RAISON = "La gouvernance relève du comité de pilotage de la fondation Cartofaune."
GOVERNANCE_URL = "https://fondation-cartofaune.example.org/gouvernance"
WIKI_PAGE = "http://wiki.example.org/Gouvernance du projet"

README = (
    "# Cartofaune\n\nCartofaune maps wildlife sightings reported by volunteers so that town "
    "councils and nature associations can plan green corridors.\n"
)


def exempt_config(*entries: str, before: str = "") -> str:
    return before + "exempt:\n" + "".join(entries)


def entry(rule: str, reason: str = REASON, path: str | None = None) -> str:
    text = f"  - rule: {rule}\n    reason: {json.dumps(reason, ensure_ascii=False)}\n"
    return text + (f"    path: {path}\n" if path is not None else "")


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    return rules_folder(tmp_path, "exemption-rules", {"samples.py": LOCAL_RULES})


@pytest.fixture
def project(git_repo):
    """A repository whose configuration exempts the failing rule, with an external page."""
    git_repo.files(
        {
            "README.md": README,
            ".commons-lint.yml": exempt_config(entry("ex-fails", path=GOVERNANCE_URL)),
        }
    )
    return git_repo


def check(cli, path: Path, rules_dir: Path, *args: str, select=LOCAL_IDS, ignore=()):
    arguments = ["check", str(path), "--rules-dir", str(rules_dir), "--no-color"]
    if select:
        arguments += ["--select", ",".join(select)]
    if ignore:
        arguments += ["--ignore", ",".join(ignore)]
    return cli(*arguments, *args)


def json_report(cli, path: Path, rules_dir: Path, *args: str, **kwargs: Any) -> dict[str, Any]:
    result = check(cli, path, rules_dir, "--format", "json", *args, **kwargs)
    assert result.code in (0, 1, 3), result.err
    document: dict[str, Any] = json.loads(result.out)
    return document


def results_by_rule(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {result["rule"]: result for result in document["results"]}


def assert_valid(document: dict[str, Any], schema: dict[str, Any]) -> None:
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)


# ----- the run: not run, never failing, left out of the scores --------------------------


def test_an_exempted_failing_rule_does_not_fail_the_run(cli, project, rules_dir):
    exempted = check(cli, project.path, rules_dir, select=("ex-passes", "ex-fails"))
    assert exempted.code == 0, exempted.out
    project.files({".commons-lint.yml": ""}, "Withdraw the exemption")
    assert check(cli, project.path, rules_dir, select=("ex-passes", "ex-fails")).code == 1


@pytest.mark.parametrize("fail_on", ["error", "warning", "note"])
def test_an_exempted_rule_is_not_run(cli, project, rules_dir, fail_on):
    """A crashing rule would make the exit code 3: exempted, it never runs."""
    project.files({".commons-lint.yml": exempt_config(entry("ex-crashes"), entry("ex-fails"))})
    result = check(cli, project.path, rules_dir, "--fail-on", fail_on)
    assert result.code == 0, result.out
    assert "RuntimeError" not in result.out


def test_exempted_rules_are_left_out_of_the_scores(cli, project, rules_dir, report_schema):
    exempted = json_report(cli, project.path, rules_dir)
    without = json_report(cli, project.path, rules_dir, select=("ex-passes", "ex-crashes"))
    assert exempted["summary"]["score"] == without["summary"]["score"]
    sustain = next(theme for theme in exempted["themes"] if theme["id"] == "sustain")
    assert sustain["rules"] == 1
    assert sustain["score"] == {"percent": None, "passed_weight": 0, "total_weight": 0}


def test_select_of_an_exempted_rule_still_shows_it_exempted(cli, project, rules_dir):
    document = json_report(cli, project.path, rules_dir, select=("ex-fails",))
    assert [(r["rule"], r["status"]) for r in document["results"]] == [("ex-fails", "exempted")]
    result = check(cli, project.path, rules_dir, select=("ex-fails",))
    assert (result.code, "[exempted: " + REASON + "]" in result.out) == (0, True)


def test_an_exemption_does_not_bring_back_an_ignored_rule(cli, project, rules_dir):
    document = json_report(cli, project.path, rules_dir, ignore=("ex-fails",))
    assert "ex-fails" not in results_by_rule(document)
    assert document["summary"]["counts"]["exempted"] == 0


def test_only_the_exempted_rules_are_exempted(cli, project, rules_dir):
    statuses = {
        rule: result["status"]
        for rule, result in results_by_rule(json_report(cli, project.path, rules_dir)).items()
    }
    assert statuses == {"ex-passes": "passed", "ex-fails": "exempted", "ex-crashes": "tool-error"}


# ----- every format shows the exemption and its reason ------------------------------


def test_text_shows_the_exemption_its_reason_and_where_the_practice_lives(
    cli, project, rules_dir
):
    out = check(cli, project.path, rules_dir).out
    (line,) = [line for line in out.splitlines() if " ex-fails " in line]
    assert line.lstrip().startswith("○ ex-fails")
    assert line.endswith(f"[exempted: {REASON}]")
    after = out.splitlines()[out.splitlines().index(line) + 1]
    assert after.strip() == f"followed instead at: {GOVERNANCE_URL}"
    assert "1 rule exempted" in out
    assert "No governance document" not in out  # the rule did not run


def test_text_without_a_path_has_no_place_line(cli, project, rules_dir):
    project.files({".commons-lint.yml": exempt_config(entry("ex-fails"))})
    out = check(cli, project.path, rules_dir).out
    assert f"[exempted: {REASON}]" in out
    assert "followed instead at" not in out


def test_quiet_text_still_counts_the_exemption(cli, project, rules_dir):
    out = check(cli, project.path, rules_dir, "--quiet").out
    assert "ex-fails" not in out  # quiet shows what to act on
    assert "1 rule exempted" in out


def test_json_gives_the_status_the_exemption_and_the_count(
    cli, project, rules_dir, report_schema
):
    document = json_report(cli, project.path, rules_dir)
    assert_valid(document, report_schema)
    assert document["schema_version"] == "1.3"
    exempted = results_by_rule(document)["ex-fails"]
    assert exempted["status"] == "exempted"
    assert exempted["exemption"] == {"reason": REASON, "path": GOVERNANCE_URL}
    assert exempted["findings"] == []
    assert results_by_rule(document)["ex-passes"]["exemption"] is None
    assert document["summary"]["counts"]["exempted"] == 1


def test_the_schema_ties_the_exemption_to_the_status(cli, project, rules_dir, report_schema):
    document = json_report(cli, project.path, rules_dir)
    for rule, change in [("ex-fails", {"exemption": None}),
                         ("ex-passes", {"exemption": {"reason": REASON, "path": None}}),
                         ("ex-fails", {"exemption": {"reason": "", "path": None}})]:
        broken = json.loads(json.dumps(document))
        results_by_rule(broken)[rule].update(change)
        with pytest.raises(jsonschema.ValidationError):
            assert_valid(broken, report_schema)


def sarif_log(cli, path: Path, rules_dir: Path, *args: str) -> dict[str, Any]:
    result = check(cli, path, rules_dir, "--format", "sarif", *args)
    assert result.code in (0, 1, 3), result.err
    log: dict[str, Any] = json.loads(result.out)
    return log


def exempted_results(log: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for r in log["runs"][0]["results"] if r["ruleId"] == "ex-fails"]


def test_sarif_gives_a_suppressed_not_applicable_result(cli, project, rules_dir):
    (result,) = exempted_results(sarif_log(cli, project.path, rules_dir))
    assert (result["kind"], result["level"]) == ("notApplicable", "none")
    (suppression,) = result["suppressions"]
    assert suppression["kind"] == "external"
    assert suppression["justification"] == REASON
    declared = suppression["location"]["physicalLocation"]
    assert declared["artifactLocation"]["uri"] == ".commons-lint.yml"
    assert declared["region"]["startLine"] == 2  # the entry, after "exempt:"
    assert REASON in result["message"]["text"] and GOVERNANCE_URL in result["message"]["text"]
    assert result["properties"]["practicePath"] == GOVERNANCE_URL
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "README.md"
    assert result["partialFingerprints"]["commonsLint/v1"]


def test_sarif_fingerprint_of_an_exemption_is_stable_across_languages(cli, project, rules_dir):
    english, french = (
        exempted_results(sarif_log(cli, project.path, rules_dir, "--lang", language))[0]
        for language in ("en", "fr")
    )
    assert english["partialFingerprints"] == french["partialFingerprints"]
    assert english["message"] != french["message"]


def test_sarif_with_a_configuration_outside_the_repository(cli, project, rules_dir, tmp_path):
    outside = tmp_path / "shared-config.yml"
    outside.write_text(exempt_config(entry("ex-fails")), encoding="utf-8")
    (result,) = exempted_results(sarif_log(cli, project.path, rules_dir, "--config", str(outside)))
    assert "location" not in result["suppressions"][0]  # no file of the repository to point to


@pytest.mark.parametrize("language", ["en", "fr"])
def test_sarif_with_an_exemption_is_valid(cli, project, rules_dir, complaints, language):
    log = sarif_log(cli, project.path, rules_dir, "--lang", language)
    assert exempted_results(log)
    assert not complaints(log)


def test_the_official_schema_rejects_a_suppression_of_an_unknown_kind(
    cli, project, rules_dir, shared_dir
):
    """The check above can fail: a suppression's kind is inSource or external."""
    validator = _SARIF_TESTS.schema_validator(shared_dir / "schemas" / "sarif-schema-2.1.0.json")
    log = sarif_log(cli, project.path, rules_dir)
    assert not list(validator.iter_errors(log))
    exempted_results(log)[0]["suppressions"][0]["kind"] = "dismissed"
    assert list(validator.iter_errors(log))


def test_markdown_shows_the_exemptions_in_the_open(cli, project, rules_dir):
    out = check(cli, project.path, rules_dir, "--format", "markdown").out
    page = rendered(out)
    assert "### Exempted rules (1)" in out
    assert out.index("### Exempted rules") < out.index("<details>")  # not folded away
    (item,) = [text for text in page.items if text.startswith("○ ex-fails")]
    assert f"exempted: {REASON}" in item and f"followed instead at: {GOVERNANCE_URL}" in item
    assert f"(<{GOVERNANCE_URL}>)" in out  # a link a reviewer can follow
    [table] = page.tables
    assert table[0][-1] == "Exempted"
    assert table[-1][0] == "All themes" and table[-1][-1] == "1"


def test_markdown_table_has_no_exempted_column_without_exemptions(cli, project, rules_dir):
    project.files({".commons-lint.yml": ""})
    page = rendered(check(cli, project.path, rules_dir, "--format", "markdown").out)
    [table] = page.tables
    assert "Exempted" not in table[0]


def test_markdown_escapes_the_reason_and_shows_a_repository_path_as_code(
    cli, project, rules_dir
):
    tricky = "Handled <b>elsewhere</b> | see `the charter` and *the board*."
    project.files(
        {
            "docs/charter.md": "# Charter\n",
            ".commons-lint.yml": exempt_config(entry("ex-fails", tricky, "docs/charter.md")),
        }
    )
    out = check(cli, project.path, rules_dir, "--format", "markdown").out
    page = rendered(out)
    assert "b" not in page.tags and "em" not in page.tags
    (item,) = [text for text in page.items if text.startswith("○ ex-fails")]
    assert tricky in item and "docs/charter.md" in item


def test_junit_marks_the_exempted_rule_skipped_with_its_reason(cli, project, rules_dir):
    out = check(cli, project.path, rules_dir, "--format", "junit").out
    root = ET.fromstring(out)
    (case,) = [c for c in root.iter("testcase") if c.get("name", "").startswith("ex-fails")]
    (skipped,) = case.findall("skipped")
    assert skipped.get("message") == f"exempted: {REASON}"
    assert skipped.text == f"followed instead at: {GOVERNANCE_URL}"
    assert not case.findall("failure")
    assert root.get("skipped") == "1" and root.get("failures") == "0"


def test_code_quality_leaves_the_exempted_rule_out(cli, project, rules_dir):
    issues = json.loads(check(cli, project.path, rules_dir, "--format", "codequality").out)
    assert "ex-fails" not in {issue["check_name"] for issue in issues}
    project.files({".commons-lint.yml": ""})
    issues = json.loads(check(cli, project.path, rules_dir, "--format", "codequality").out)
    assert "ex-fails" in {issue["check_name"] for issue in issues}  # the test can fail


def test_french_output(cli, project, rules_dir):
    project.files({".commons-lint.yml": exempt_config(entry("ex-fails", RAISON, GOVERNANCE_URL))})
    text = check(cli, project.path, rules_dir, "--lang", "fr").out
    assert f"[exemptée : {RAISON}]" in text
    assert f"pratique suivie à la place : {GOVERNANCE_URL}" in text
    assert "1 règle exemptée" in text
    markdown = check(cli, project.path, rules_dir, "--lang", "fr", "--format", "markdown").out
    assert "### Règles exemptées (1)" in markdown
    assert rendered(markdown).tables[0][0][-1] == "Exemptées"
    junit = ET.fromstring(check(cli, project.path, rules_dir, "--lang", "fr", "--format",
                                "junit").out)
    messages = [s.get("message") for s in junit.iter("skipped")]
    assert f"exemptée : {RAISON}" in messages


# ----- where the practice lives instead ---------------------------------------------


@pytest.mark.parametrize(
    ("written", "recorded"),
    [
        ("docs/gouvernance.md", "docs/gouvernance.md"),
        ("./docs/gouvernance.md", "docs/gouvernance.md"),
        ("docs/", "docs/"),
        (GOVERNANCE_URL, GOVERNANCE_URL),
        (WIKI_PAGE, WIKI_PAGE),
    ],
)
def test_the_path_is_recorded(cli, project, rules_dir, written, recorded):
    project.files(
        {
            "docs/gouvernance.md": "# Gouvernance\n\nVoir le comité de pilotage.\n",
            ".commons-lint.yml": exempt_config(entry("ex-fails", path=json.dumps(written))),
        }
    )
    document = json_report(cli, project.path, rules_dir)
    assert results_by_rule(document)["ex-fails"]["exemption"]["path"] == recorded
    assert document["notices"] == []


@pytest.mark.parametrize("missing", ["docs/governance.md", "GOVERNANCE/", "docs/gouvernance"])
def test_a_repository_path_that_is_not_there_is_a_notice(cli, project, rules_dir, missing):
    project.files(
        {
            "docs/gouvernance.md.txt": "# Gouvernance\n",  # a look-alike is not the path
            ".commons-lint.yml": exempt_config(entry("ex-fails", path=missing)),
        }
    )
    document = json_report(cli, project.path, rules_dir)
    assert results_by_rule(document)["ex-fails"]["status"] == "exempted"  # it still holds
    (notice,) = document["notices"]
    assert "ex-fails" in notice and missing in notice
    text = check(cli, project.path, rules_dir, "--lang", "fr").out
    assert f"l'exemption de ex-fails renvoie à {missing}, qui n'est pas dans le dépôt" in text


def test_an_uncommitted_path_is_not_in_the_repository(cli, project, rules_dir):
    project.files({".commons-lint.yml": exempt_config(entry("ex-fails", path="GOVERNANCE.md"))})
    project.write("GOVERNANCE.md", "# Governance\n")  # written, never committed
    document = json_report(cli, project.path, rules_dir)
    assert len(document["notices"]) == 1


# ----- mistakes: one line, file:line: key: what ---------------------------------------


MISTAKES = [
    pytest.param("exempt:\n  - rule: ex-fails\n", 2, "exempt.ex-fails.reason", "needs a reason",
                 id="missing-reason"),
    pytest.param("exempt:\n  - rule: ex-fails\n    reason:\n", 3, "exempt.ex-fails.reason",
                 "needs a reason", id="empty-reason"),
    pytest.param("exempt:\n  - rule: ex-fails\n    reason: '   '\n", 3,
                 "exempt.ex-fails.reason", "needs a reason", id="blank-reason"),
    pytest.param("exempt:\n  - rule: ex-fails\n    reason: n/a\n", 3, "exempt.ex-fails.reason",
                 "at least 3 words", id="one-word-reason"),
    pytest.param("exempt:\n  - rule: ex-fails\n    reason: not needed\n", 3,
                 "exempt.ex-fails.reason", "at least 3 words", id="two-word-reason"),
    pytest.param("exempt:\n  - rule: ex-fails\n    reason: 42\n", 3, "exempt.ex-fails.reason",
                 "expected text", id="number-reason"),
    pytest.param("exempt:\n  - reason: " + REASON + "\n", 2, "exempt[1]", "names its rule",
                 id="missing-rule"),
    pytest.param("exempt:\n  - rule: [ex-fails]\n    reason: " + REASON + "\n", 2,
                 "exempt[1].rule", "expected a rule id", id="list-rule"),
    pytest.param(exempt_config(entry("ex-passes"), entry("ex-fial")), 4, "exempt.ex-fial",
                 "unknown rule", id="unknown-rule"),
    pytest.param(exempt_config(entry("ex-fails") + "    until: 2025-01-01\n"), 4,
                 "exempt[1].until", "unknown key; expected one of: rule, reason, path",
                 id="unknown-key"),
    pytest.param(exempt_config(entry("ex-fails"), entry("ex-passes"), entry("ex-fails")), 6,
                 "exempt.ex-fails", "already exempted at line 3", id="duplicate"),
    pytest.param("exempt:\n  ex-fails: " + REASON + "\n", 2, "exempt", "expected a list",
                 id="mapping-instead-of-list"),
    pytest.param("exempt:\n  - ex-fails\n", 2, "exempt[1]", "expected a mapping",
                 id="bare-rule-id"),
    pytest.param(exempt_config(entry("ex-fails", path="/etc/governance.md")), 4,
                 "exempt.ex-fails.path", "inside the repository", id="absolute-path"),
    pytest.param(exempt_config(entry("ex-fails", path="../other/GOVERNANCE.md")), 4,
                 "exempt.ex-fails.path", "inside the repository", id="path-outside"),
    pytest.param(exempt_config(entry("ex-fails", path="ftp://example.org/gov")), 4,
                 "exempt.ex-fails.path", "http(s) URL", id="other-scheme"),
    pytest.param(exempt_config(entry("ex-fails", path="[a, b]")), 4, "exempt.ex-fails.path",
                 "inside the repository", id="list-path"),
    pytest.param(exempt_config(entry("ex-fails", path="''")), 4, "exempt.ex-fails.path",
                 "inside the repository", id="empty-path"),
]


@pytest.mark.parametrize(("config", "line", "key", "problem"), MISTAKES)
def test_a_mistake_is_one_line_with_file_line_and_key(
    cli, project, rules_dir, config, line, key, problem
):
    # One line above the exemptions: the lines are the file's, not the section's.
    project.files({".commons-lint.yml": "profile: default\n" + config})
    result = check(cli, project.path, rules_dir)
    assert result.code == 2
    assert result.out == ""
    (message,) = result.err.splitlines()
    config_file = project.path / ".commons-lint.yml"
    assert message.startswith(f"commons-lint: error: {config_file}:{line + 1}: {key}: "), message
    assert problem in message


def test_a_mistake_in_french(cli, project, rules_dir):
    project.files({".commons-lint.yml": "exempt:\n  - rule: ex-fails\n"})
    (message,) = check(cli, project.path, rules_dir, "--lang", "fr").err.splitlines()
    assert message.endswith("exempt.ex-fails.reason: une exemption demande une raison : dites "
                            "en quelques mots pourquoi la pratique ne s'applique pas ou où le "
                            "projet la suit à la place")


def test_exemptions_are_not_allowed_in_a_profile(cli, project, rules_dir):
    (rules_dir / "profiles").mkdir()
    profile = rules_dir / "profiles" / "lenient.yml"
    profile.write_text("select: [ex-fails]\n" + exempt_config(entry("ex-fails")), "utf-8")
    result = check(cli, project.path, rules_dir, "--profile", "lenient", select=())
    assert result.code == 2
    (message,) = result.err.splitlines()
    assert f"{profile}:2: exempt: " in message and "not in a profile" in message


def test_an_empty_exempt_list_exempts_nothing(cli, project, rules_dir):
    project.files({".commons-lint.yml": "exempt:\n"})
    document = json_report(cli, project.path, rules_dir)
    assert results_by_rule(document)["ex-fails"]["status"] == "failed"


def test_an_exemption_of_a_rule_from_an_untrusted_rules_dir_is_skipped_with_a_notice(
    cli, project, rules_dir
):
    """Rules the inspected repository provides are not loaded without --trust-config:
    their exemptions cannot be checked, and are said to be skipped, not refused."""
    project.files(
        {
            "tools/rules/own.py": LOCAL_RULES.replace("ex-", "own-").replace("ex_", "own_"),
            ".commons-lint.yml": "rules-dirs: [tools/rules]\n" + exempt_config(entry("own-fails")),
        }
    )
    document = json_report(cli, project.path, rules_dir)
    assert any("own-fails" in notice for notice in document["notices"])
    trusted = json_report(cli, project.path, rules_dir, "--trust-config",
                          select=("own-fails", "ex-fails"))
    assert results_by_rule(trusted)["own-fails"]["status"] == "exempted"
    assert results_by_rule(trusted)["ex-fails"]["status"] == "failed"


def test_read_settings_keeps_the_reason_on_one_line(tmp_path):
    config = tmp_path / ".commons-lint.yml"
    config.write_text(
        "exempt:\n  - rule: governance\n    reason: >\n      Decided by the\n"
        "      foundation's   board.\n    path: ./docs/\n",
        encoding="utf-8",
    )
    (exemption,) = read_settings(config).exempt.values()
    assert (exemption.rule, exemption.reason, exemption.path, exemption.line) == (
        "governance", "Decided by the foundation's board.", "docs/", 2,
    )
    with pytest.raises(ConfigError, match="not in a profile"):
        read_settings(config, profile=True)


# ----- with the built-in rules --------------------------------------------------------


def test_a_built_in_rule_exempted_on_a_realistic_repository(cli, git_repo, report_schema):
    git_repo.files(
        {
            "README.md": README,
            "README.fr.md": "# Cartofaune\n\nCartofaune cartographie les observations de "
            "faune signalées par des bénévoles.\n",
            ".commons-lint.yml": exempt_config(entry("governance", RAISON, GOVERNANCE_URL)),
        }
    )
    result = cli("check", str(git_repo.path), "--select", "governance,readme", "--lang", "fr",
                 "--format", "json")
    document = json.loads(result.out)
    assert_valid(document, report_schema)
    governance = results_by_rule(document)["governance"]
    assert governance["status"] == "exempted"
    assert governance["exemption"] == {"reason": RAISON, "path": GOVERNANCE_URL}
    git_repo.files({".commons-lint.yml": ""})
    result = cli("check", str(git_repo.path), "--select", "governance", "--format", "json")
    assert results_by_rule(json.loads(result.out))["governance"]["status"] == "failed"

"""Evidence and facts: every verdict says which files made it and what the rule found.

The engine sorts what a check yields (findings, evidence, facts, a summary) into the
result; every format shows it; every built-in rule gives evidence for its passes, and
the rules the issue names give their facts. The repositories are real Git repositories
written here, in English and in French.
"""

from __future__ import annotations

import importlib.resources
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from gitrepo import GitRepo, days_ago, identity, init_repository
from licence_texts import CECILL_B_FR, MIT
from linting import lint_report, rules_folder
from test_engine import configured, make_rule
from test_sarif import schema_validator

from commons_lint import Evidence, Fact, Finding, NotApplicable, Repository, Summary
from commons_lint.engine import run_rule
from commons_lint.i18n import set_language
from commons_lint.report import RuleResult, Status


@pytest.fixture(scope="module")
def report_schema() -> dict[str, Any]:
    schema_file = importlib.resources.files("commons_lint") / "schemas" / "report.schema.json"
    schema: dict[str, Any] = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


# ----- the engine ------------------------------------------------------------------------


@pytest.fixture
def repo(git_repo: GitRepo) -> Repository:
    git_repo.files({"README.md": "# Demo\n", "LICENSE": "text"})
    return Repository(git_repo.path)


@make_rule("explains")
def explains(repo: Repository) -> Iterator[Any]:
    yield Evidence("LICENSE", note="exact text")
    yield Fact("spdx_id", "MIT")
    yield Fact("flags", {"osi": True, "score": 0.98, "paths": ("LICENSE",)})
    yield Summary("MIT")


@make_rule("evidence-only")
def evidence_only(repo: Repository) -> Iterator[Any]:
    yield Evidence("README.md", 3, "title")
    yield Evidence("README.md", 3, "title")  # a repeat is kept once
    yield Evidence("LICENSE")


@make_rule("says-nothing")
def says_nothing(repo: Repository) -> Iterator[Finding]:
    yield from ()


@make_rule("fails-with-evidence")
def fails_with_evidence(repo: Repository) -> Iterator[Any]:
    yield Evidence("LICENSE", note="read")
    yield Finding("bad header", path="src/a.py", line=2, key="a")
    yield Finding("bad header", path="src/b.py", key="b")
    yield Finding("also here", path="LICENSE", key="c")  # already evidence: not twice
    yield Finding("advice is not why it failed", path="docs/x.md", advice=True, key="d")


@make_rule("established-then-not-applicable")
def established_then_not_applicable(repo: Repository) -> Iterator[Any]:
    yield Fact("commits", 3)
    yield Evidence(None, note="3 commits")
    yield Finding("dropped", key="x")
    raise NotApplicable("too few commits")


@make_rule("summary-names-its-file")
def summary_names_its_file(repo: Repository) -> Iterator[Any]:
    yield Evidence("CHANGELOG.md", 3, "latest version 1.2.0")
    yield Summary("CHANGELOG.md, latest version 1.2.0")


def test_a_check_yields_evidence_facts_and_a_summary(repo):
    result = run_rule(configured(explains), repo)
    assert result.status is Status.PASSED
    assert result.evidence == (Evidence("LICENSE", None, "exact text"),)
    assert result.facts == {
        "spdx_id": "MIT", "flags": {"osi": True, "score": 0.98, "paths": ["LICENSE"]},
    }
    assert result.reason == "MIT (LICENSE, exact text)"


def test_a_pass_without_summary_is_explained_by_its_first_evidence(repo):
    result = run_rule(configured(evidence_only), repo)
    assert result.evidence == (Evidence("README.md", 3, "title"), Evidence("LICENSE"))
    assert result.reason == "README.md:3, title"


def test_a_summary_that_names_its_file_is_not_repeated(repo):
    result = run_rule(configured(summary_names_its_file), repo)
    assert result.reason == "CHANGELOG.md, latest version 1.2.0"


@pytest.mark.parametrize("language, expected", [
    ("en", "the rule gave no evidence"), ("fr", "la règle n'a fourni aucune preuve"),
])
def test_a_pass_without_evidence_says_so(repo, language, expected):
    set_language(language)
    assert run_rule(configured(says_nothing), repo).reason == expected


def test_a_failure_carries_its_findings_locations_after_the_rules_evidence(repo):
    result = run_rule(configured(fails_with_evidence), repo)
    assert result.status is Status.FAILED
    assert [(e.path, e.line) for e in result.evidence] == [
        ("LICENSE", None), ("src/a.py", 2), ("src/b.py", None),
    ]
    assert result.reason is None  # the findings say what is wrong


def test_not_applicable_keeps_what_was_established_but_not_findings(repo):
    result = run_rule(configured(established_then_not_applicable), repo)
    assert result.status is Status.NOT_APPLICABLE and result.reason == "too few commits"
    assert result.facts == {"commits": 3} and result.findings == []
    assert result.evidence == (Evidence(None, None, "3 commits"),)


@pytest.mark.parametrize("bad", [
    Fact("CamelCase", 1),
    Fact("trailing_", 1),
    Fact("with-dash", 1),
    Fact("number", math.nan),
    Fact("number", math.inf),
    Fact("object", object()),  # type: ignore[arg-type]
    Fact("raw", b"bytes"),
    Fact("keys", {1: "not a string key"}),  # type: ignore[dict-item]
    Fact("deep", json.loads("[" * 40 + "]" * 40)),
])
def test_a_fact_that_is_not_json_data_is_a_tool_error_of_that_rule(repo, bad):
    @make_rule("bad-fact")
    def bad_fact(repo: Repository) -> Iterator[Any]:
        yield Evidence("LICENSE")
        yield bad

    result = run_rule(configured(bad_fact), repo)
    assert result.status is Status.TOOL_ERROR, bad
    assert "TypeError" in (result.reason or "")
    assert result.facts == {} and result.evidence == ()


def test_text_that_is_not_utf8_is_made_writable(repo):
    @make_rule("odd-names")
    def odd_names(repo: Repository) -> Iterator[Any]:
        yield Evidence("caf\udce9.md", 0, "note \udcff")
        yield Fact("names", ["caf\udce9"])

    result = run_rule(configured(odd_names), repo)
    json.dumps(result.facts).encode("utf-8")
    assert result.evidence[0].line is None  # a line 0 is no line
    for evidence in result.evidence:
        assert (evidence.path or "").encode("utf-8") and evidence.note.encode("utf-8")


# ----- real repositories -------------------------------------------------------------------

PEOPLE = {
    "camille": ("Camille Rousseau", "camille.rousseau@numerique.gouv.fr"),
    "yanis": ("Yanis Benali", "yanis.benali@lyon.fr"),
    "sam": ("Sam Okafor", "sam.okafor@gmail.com"),
}

README_EN = """\
# Tidewatch

Tidewatch is free software: a tide prediction library for harbour masters, sailing
schools and coastal towns, published under the MIT licence (see LICENSE). It reads
tide gauge data and predicts high and low water for the next thirty days, so that
people who plan work at sea know when the water is deep enough.

See the [user guide](https://tidewatch.org/guide) to get started.
"""

README_FR = """\
# Marées

Marées est un logiciel libre, publié sous licence CeCILL-B (voir LICENCE). Il calcule
les horaires de pleine et de basse mer des trente prochains jours pour les capitaineries,
les écoles de voile et les communes du littoral, à partir des données des marégraphes,
afin que chacun sache quand la profondeur d'eau suffit pour sortir.

Consultez le [guide d'utilisation](https://marees.fr/guide) pour commencer.
"""

CHANGELOG_EN = """\
# Changelog

## [1.4.0] - 2024-05-02

### Added
- Predictions for the next thirty days.

## [1.3.1] - 2024-02-11

### Fixed
- Daylight saving time in predictions.
"""

CHANGELOG_FR = """\
# Journal des modifications

## Version 2.1 — 3 mars 2024

- Ajout des coefficients de marée.

## Version 2.0 — 12 janvier 2024

- Nouvelle interface.
"""

SECURITY_EN = """\
# Security policy

Please report vulnerabilities privately by e-mail to security@tidewatch.org,
or through the private vulnerability reporting form at
https://github.com/tidewatch/tidewatch/security/advisories/new. We answer within five
working days and publish a fix before we disclose the problem.
"""

CONDUCT_FR = """\
# Code de conduite

Nous voulons que chacun puisse contribuer à Marées dans le respect. Les propos
insultants, le harcèlement et les attaques personnelles ne sont pas acceptés.

Pour signaler un comportement inacceptable, écrivez à moderation@marees.fr :
l'équipe de modération lit chaque message et y répond sous une semaine, en toute
confidentialité.
"""

PO_FR = """\
msgid ""
msgstr ""
"Language: fr\\n"

msgid "High water"
msgstr "Pleine mer"

msgid "Low water"
msgstr "Basse mer"

msgid "Coefficient"
msgstr ""
"""


def history(repo: GitRepo, commits: list[tuple[str, int]]) -> None:
    """Empty commits by these people, these many days ago (oldest first)."""
    for person, ago in commits:
        name, email = PEOPLE[person]
        repo.git("commit", "-q", "--allow-empty", "-m", f"Work of {name}",
                 env=identity(name, email, days_ago(ago)))


@pytest.fixture
def english_project(tmp_path: Path) -> GitRepo:
    """A small English library: MIT, a changelog and tags, a security policy, REUSE."""
    repo = init_repository(tmp_path / "tidewatch")
    repo.write_all({
        "README.md": README_EN,
        "LICENSE": MIT.format(year="2024", holder="Tidewatch"),
        "CHANGELOG.md": CHANGELOG_EN,
        "SECURITY.md": SECURITY_EN,
        "src/tidewatch/__init__.py": "# SPDX-FileCopyrightText: 2024 Tidewatch\n"
                                     "# SPDX-License-Identifier: MIT\n\nVERSION = '1.4.0'\n",
        "LICENSES/MIT.txt": MIT,
    })
    name, email = PEOPLE["sam"]
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "First version", env=identity(name, email, days_ago(60)))
    repo.git("tag", "-a", "v1.3.1", "-m", "1.3.1", env=identity(name, email, days_ago(60)))
    history(repo, [("sam", 40), ("yanis", 30), ("sam", 20)])
    repo.git("tag", "-a", "v1.4.0", "-m", "1.4.0", env=identity(name, email, days_ago(20)))
    return repo


@pytest.fixture
def french_project(tmp_path: Path) -> GitRepo:
    """A French public-sector project: CeCILL-B, French documents, a French catalogue."""
    repo = init_repository(tmp_path / "marees")
    repo.write_all({
        "LISEZMOI.md": README_FR,
        "README.en.md": README_EN.replace("Tidewatch", "Marées"),
        "LICENCE": CECILL_B_FR,
        "JOURNAL_DES_MODIFICATIONS.md": CHANGELOG_FR,
        "CODE_DE_CONDUITE.md": CONDUCT_FR,
        "locale/fr/LC_MESSAGES/marees.po": PO_FR,
    })
    name, email = PEOPLE["camille"]
    repo.git("add", "-A")
    repo.git("commit", "-q", "-m", "Première version", env=identity(name, email, days_ago(90)))
    history(repo, [("camille", 60), ("yanis", 50), ("camille", 10)])
    return repo


def results(path: Path, *rule_ids: str, language: str = "en") -> dict[str, RuleResult]:
    report = lint_report(path, rule_ids, language=language)
    return {result.rule.id: result for result in report.results}


def test_licence_free_gives_the_spdx_id_confidence_and_flags(english_project):
    result = results(english_project.path, "licence-free")["licence-free"]
    assert result.status is Status.PASSED
    assert result.reason == "MIT (LICENSE, exact text)"
    licences = {item["path"]: item for item in result.facts["licences"]}
    assert set(licences) >= {"LICENSE"}
    mit = licences["LICENSE"]
    assert mit["spdx_id"] == "MIT" and mit["confidence"] >= 0.95
    assert (mit["osi_approved"], mit["fsf_libre"], mit["free"], mit["french_decree"]) == (
        True, True, True, True)
    assert result.evidence[0].path in licences


def test_a_french_licence_recognised_by_its_title(french_project):
    found = results(french_project.path, "licence-free", "licence-file", language="fr")
    free = found["licence-free"]
    (cecill,) = free.facts["licences"]
    assert cecill["path"] == "LICENCE" and cecill["spdx_id"] == "CECILL-B"
    assert cecill["method"] == "titled" and cecill["french_decree"] is True
    assert cecill["osi_approved"] is False and cecill["fsf_libre"] is True
    assert free.reason == "CECILL-B (LICENCE, reconnue par ses lignes de titre)"
    assert found["licence-file"].facts == {"licence_files": ["LICENCE"]}
    assert found["licence-file"].evidence[0].note == "texte de licence"


def test_a_non_free_licence_fails_with_its_facts(git_repo):
    git_repo.files({
        "README.md": README_EN,
        "LICENSE": "All rights reserved. Nobody may copy, modify or distribute this work.\n" * 3,
    })
    result = results(git_repo.path, "licence-free")["licence-free"]
    assert result.status is Status.FAILED
    (unknown,) = result.facts["licences"]
    assert unknown["spdx_id"] is None and unknown["free"] is None
    assert result.evidence[0].path == "LICENSE" and result.evidence[0].note == "not identified"


def test_licence_consistency_names_the_declarations(english_project):
    english_project.files({"pyproject.toml": '[project]\nname = "tidewatch"\nlicense = "MIT"\n'})
    result = results(english_project.path, "licence-consistency")["licence-consistency"]
    assert result.status is Status.PASSED
    declared = {d["path"]: d for d in result.facts["declarations"]}
    assert declared["pyproject.toml"]["spdx_ids"] == ["MIT"]
    assert declared["pyproject.toml"]["line"] == 3
    assert any(item["spdx_id"] == "MIT" for item in result.facts["licences"])
    assert ("pyproject.toml", 3) in [(e.path, e.line) for e in result.evidence]


def test_changelog_latest_version_and_tags(english_project):
    result = results(english_project.path, "changelog", "activity")
    changelog = result["changelog"]
    assert changelog.facts["changelog"] == "CHANGELOG.md"
    assert changelog.facts["latest_version"] == "1.4.0"
    assert changelog.facts["tags"] == 2 and changelog.facts["last_release"] == "v1.4.0"
    assert changelog.evidence[0] == Evidence("CHANGELOG.md", 3, "latest version 1.4.0")
    activity = result["activity"]
    assert activity.facts["tags"] == 2
    assert activity.facts["last_release"]["tag"] == "v1.4.0"
    assert activity.facts["days_since_last_commit"] == 20


def test_a_french_changelog_names_its_version_in_french(french_project):
    result = results(french_project.path, "changelog", language="fr")["changelog"]
    assert result.facts["changelog"] == "JOURNAL_DES_MODIFICATIONS.md"
    assert result.facts["latest_version"] == "2.1"
    assert result.facts["tags"] == 0 and result.facts["last_release"] is None
    assert result.evidence[0].note == "dernière version 2.1"


def test_security_contacts_have_a_kind_and_a_place(english_project):
    result = results(english_project.path, "security-policy")["security-policy"]
    assert result.status is Status.PASSED
    contacts = {(c["kind"], c["value"], c["path"]) for c in result.facts["contacts"]}
    assert ("email", "security@tidewatch.org", "SECURITY.md") in contacts
    assert any(kind == "advisory" for kind, _value, _path in contacts)
    lines = {c["value"]: c["line"] for c in result.facts["contacts"]}
    assert lines["security@tidewatch.org"] == 3
    assert "security@tidewatch.org" in (result.reason or "")


def test_a_code_of_conduct_contact_in_french(french_project):
    result = results(french_project.path, "code-of-conduct", language="fr")["code-of-conduct"]
    assert result.facts["contacts"][0] == {
        "kind": "email", "value": "moderation@marees.fr",
        "path": "CODE_DE_CONDUITE.md", "line": 6,
    }
    assert result.evidence[0] == Evidence("CODE_DE_CONDUITE.md", None, "code de conduite")
    assert result.reason == (
        "adresse moderation@marees.fr (CODE_DE_CONDUITE.md, code de conduite)"
    )


def test_translations_list_languages_where_and_completeness(french_project):
    result = results(french_project.path, "translations")["translations"]
    languages = result.facts["languages"]
    assert {"fr", "en"} <= set(languages)
    assert "README.en.md" in languages["en"]
    fr = result.facts["completeness"]["fr"]
    assert (fr["translated"], fr["total"]) == (2, 3)
    assert fr["ratio"] == pytest.approx(2 / 3, abs=0.001)
    assert result.facts["catalogues"]["fr"] == 1
    assert {e.path for e in result.evidence} & {"README.en.md", "LISEZMOI.md"}


def test_community_diversity_counts_people_and_organisations(french_project):
    found = results(french_project.path, "community-diversity")["community-diversity"]
    facts = found.facts
    assert facts["commits"] == 4 and facts["authors"] == 2
    assert (facts["bus_factor"], facts["elephant_factor"]) == (1, 1)
    assert facts["identities"][0] == {
        "name": "Camille Rousseau", "email": "camille.rousseau@numerique.gouv.fr",
        "commits": 3,
    }
    assert {o["organisation"] for o in facts["organisations"]} == {
        "numerique.gouv.fr", "lyon.fr"}
    # Below the minimum number of commits, whatever the status, the facts are there.
    assert found.status in (Status.PASSED, Status.PASSED_WITH_ADVICE, Status.NOT_APPLICABLE)


def test_reuse_counts_compliant_and_not(english_project):
    result = results(english_project.path, "reuse-compliance")["reuse-compliance"]
    facts = result.facts
    assert facts["files"] == facts["compliant"] + facts["non_compliant"]
    assert facts["compliant"] >= 1 and facts["non_compliant"] >= 1  # README, CHANGELOG…
    assert facts["licence_texts"] == ["MIT"]
    assert result.status is Status.FAILED
    failing = {f.path for f in result.findings if f.path}
    assert failing <= {e.path for e in result.evidence}
    assert "src/tidewatch/__init__.py" not in failing


@pytest.mark.parametrize("fixture", ["english_project", "french_project"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_built_in_pass_is_explained_by_files_of_the_repository(
    request, fixture, language
):
    project: GitRepo = request.getfixturevalue(fixture)
    report = lint_report(project.path, language=language)
    tracked = set(project.git("ls-files").splitlines())
    passed = [r for r in report.results if r.status in (
        Status.PASSED, Status.PASSED_WITH_ADVICE)]
    assert len(passed) >= 8
    no_evidence = "the rule gave no evidence" if language == "en" else (
        "la règle n'a fourni aucune preuve")
    for result in passed:
        assert result.evidence, result.rule.id
        assert result.reason and result.reason != no_evidence, result.rule.id
        for evidence in result.evidence:
            if evidence.path is None:
                assert evidence.note, result.rule.id
            else:  # a file, or a folder of files, of the repository
                assert evidence.path in tracked or any(
                    name.startswith(evidence.path.rstrip("/") + "/") for name in tracked
                ), (result.rule.id, evidence.path)
    for result in report.results:
        json.dumps(result.facts)  # plain JSON data


# ----- formats -------------------------------------------------------------------------


def check(cli, path: Path, *args: str) -> Any:
    result = cli("check", str(path), *args)
    assert result.code in (0, 1), result.err
    return result


def test_json_has_evidence_and_facts_and_validates(cli, english_project, report_schema):
    document = json.loads(check(cli, english_project.path, "--format", "json").out)
    jsonschema.validate(document, report_schema)
    assert document["schema_version"] == "1.3"
    by_rule = {r["rule"]: r for r in document["results"]}
    free = by_rule["licence-free"]
    assert free["evidence"][0] == {"path": "LICENSE", "line": None, "note": "exact text"}
    assert free["facts"]["licences"][0]["spdx_id"] == "MIT"
    for result in document["results"]:
        if result["status"] in ("passed", "passed-with-advice"):
            assert result["reason"], result["rule"]


def test_the_schema_refuses_a_pass_without_reason_and_odd_evidence(
    cli, english_project, report_schema
):
    document = json.loads(check(cli, english_project.path, "--format", "json").out)
    passed = next(r for r in document["results"] if r["status"] == "passed")
    for change in (
        {"reason": None},
        {"evidence": [{"path": "LICENSE", "line": 0, "note": ""}]},
        {"evidence": [{"path": "LICENSE"}]},
        {"facts": {"NotSnake": 1}},
        {"facts": []},
    ):
        broken = json.loads(json.dumps(document))
        target = next(r for r in broken["results"] if r["rule"] == passed["rule"])
        target.update(change)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, report_schema)


def test_sarif_carries_every_rules_outcome_and_stays_valid(cli, english_project, shared_dir):
    log = json.loads(check(cli, english_project.path, "--format", "sarif").out)
    validator = schema_validator(shared_dir / "schemas" / "sarif-schema-2.1.0.json")
    assert not [error.message for error in validator.iter_errors(log)]
    run = log["runs"][0]
    outcomes = {o["ruleId"]: o for o in run["properties"]["ruleOutcomes"]}
    assert [o["ruleId"] for o in run["properties"]["ruleOutcomes"]] == [
        rule["id"] for rule in run["tool"]["driver"]["rules"]]
    free = outcomes["licence-free"]
    assert free["status"] == "passed" and free["facts"]["licences"][0]["spdx_id"] == "MIT"
    assert free["evidence"][0]["path"] == "LICENSE"
    reuse = [r for r in run["results"] if r["ruleId"] == "reuse-compliance"]
    assert reuse and all(r["properties"]["facts"]["files"] >= 1 for r in reuse)


def rule_line(out: str, rule_id: str) -> str:
    return next(line for line in out.splitlines() if f" {rule_id} " in line)


def test_verbose_text_explains_each_pass_in_one_line(cli, english_project):
    out = check(cli, english_project.path, "-v").out
    line = rule_line(out, "licence-free")
    assert "✓ licence-free" in line and "MIT (LICENSE, exact text)" in line
    changelog = rule_line(out, "changelog")
    assert "CHANGELOG.md, latest version 1.4.0" in changelog
    lines = out.splitlines()
    passed = [number for number, text in enumerate(lines) if text.startswith("  ✓ ")]
    assert len(passed) >= 5
    for number in passed:  # exactly one line: no indented line under a pass
        assert not lines[number + 1].startswith("      "), lines[number : number + 2]
    # without -v the title, not the reason
    assert "MIT (LICENSE" not in check(cli, english_project.path).out


def test_verbose_text_in_french(cli, french_project):
    out = check(cli, french_project.path, "-v", "--lang", "fr").out
    assert "CECILL-B (LICENCE, reconnue par ses lignes de titre)" in rule_line(
        out, "licence-free")
    assert "dernière version 2.1" in rule_line(out, "changelog")


def test_a_reuse_failure_with_thousands_of_files_stays_short_in_text(cli, tmp_path):
    repo = init_repository(tmp_path / "large")
    repo.write_all({"README.md": README_EN, "LICENSES/MIT.txt": MIT,
                    "src/first.py": "# SPDX-FileCopyrightText: 2024 A\n"
                                    "# SPDX-License-Identifier: MIT\n"})
    for number in range(5000):
        repo.write(f"data/part{number // 500}/item{number:04}.txt", f"value {number}\n")
    repo.commit("Many files")
    args = ("check", str(repo.path), "--select", "reuse-compliance")
    for extra in ((), ("-v",)):
        text = cli(*args, *extra)
        assert text.code in (0, 1), text.err
        assert "✗ reuse-compliance" in text.out
        assert len(text.out.splitlines()) < 150, extra
        assert "… and" in text.out
    document = json.loads(cli(*args, "--format", "json").out)
    (result,) = document["results"]
    assert result["facts"]["non_compliant"] == 5001  # the README too
    assert len(result["findings"]) >= 5000
    assert len(result["evidence"]) >= 5000


def test_junit_and_markdown_show_the_evidence(cli, english_project, tmp_path):
    junit = check(cli, english_project.path, "--format", "junit").out
    assert "MIT (LICENSE, exact text)" in junit and "Evidence:" in junit
    markdown = check(cli, english_project.path, "--format", "markdown").out
    passing = markdown.split("<summary>", 1)[1]
    assert "MIT (LICENSE, exact text)" in passing


def test_a_plugin_rule_explains_itself_in_every_format(cli, git_repo, tmp_path):
    rules = rules_folder(tmp_path, "plugin", {"plugin.py": '''
from commons_lint import Evidence, Fact, Summary, Severity, Text, Theme, rule

@rule(id="plugin-explains", theme=Theme.UNDERSTAND, severity=Severity.NOTE,
      title=Text(en="Explains", fr="Explique"), help=Text(en="Help.", fr="Aide."),
      tutorial="t")
def explains(repo):
    yield Evidence("README.md", 1, "title")
    yield Fact("title_words", 2)
    yield Summary("a title")
'''})
    git_repo.files({"README.md": "# Two words\n"})
    args = ("check", str(git_repo.path), "--rules-dir", str(rules), "--select",
            "plugin-explains")
    assert "a title (README.md:1, title)" in cli(*args, "-v").out
    document = json.loads(cli(*args, "--format", "json").out)
    assert document["results"][0]["facts"] == {"title_words": 2}
    sarif = json.loads(cli(*args, "--format", "sarif").out)
    assert sarif["runs"][0]["properties"]["ruleOutcomes"][0]["evidence"] == [
        {"path": "README.md", "line": 1, "note": "title"}]


@make_rule("advises-on-a-file")
def advises_on_a_file(repo: Repository) -> Iterator[Finding]:
    yield Finding("only a README section", path="README.md", line=4, advice=True, key="a")
    yield Finding("about the whole repository", advice=True, key="b")


def test_a_pass_with_advice_alone_is_explained_by_where_the_advice_points(repo):
    result = run_rule(configured(advises_on_a_file), repo)
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.evidence == (Evidence("README.md", 4),)
    assert result.reason == "README.md:4"
    # with evidence of its own, the advice is not evidence
    @make_rule("advises-with-evidence")
    def advises_with_evidence(repo: Repository) -> Iterator[Any]:
        yield Evidence("LICENSE", note="read")
        yield from advises_on_a_file.check(repo)

    assert run_rule(configured(advises_with_evidence), repo).evidence == (
        Evidence("LICENSE", None, "read"),)


def test_a_security_policy_in_a_readme_section_points_to_it(git_repo):
    git_repo.files({"README.md": README_EN + "\n## Security\n\nReport vulnerabilities "
                    "privately by e-mail to security@tidewatch.org; we answer within a week.\n"})
    result = results(git_repo.path, "security-policy")["security-policy"]
    assert result.status is Status.PASSED_WITH_ADVICE
    assert result.evidence[0].path == "README.md" and result.evidence[0].line == 10


def test_a_failure_on_a_file_name_that_is_not_utf8_gives_writable_evidence(repo):
    @make_rule("odd-failure")
    def odd_failure(repo: Repository) -> Iterator[Finding]:
        yield Finding("bad", path="caf\udce9.md", key="odd")

    result = run_rule(configured(odd_failure), repo)
    assert result.evidence == (Evidence("caf\ufffd.md"),)

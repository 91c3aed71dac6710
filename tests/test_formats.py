"""The Markdown, GitLab Code Quality and JUnit reporters, through the command line.

Most tests run local rules written here (``--rules-dir``), one per situation a format
has to render (a failure about the whole repository, several findings on one file,
advice, a rule that does not apply, a crash, text full of characters that Markdown or
XML give a meaning to); each format is also run with the built-in rules on a realistic
repository and on an empty one. Markdown is rendered with cmark-gfm, the renderer GitHub
uses, and JUnit XML is read back with ``xml.etree``.

Other test modules import ``healthy_repository`` and ``CRASHING_RULE`` from here.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import cmarkgfm
import pytest
from cmarkgfm.cmark import Options
from licence_texts import mit
from linting import rules_folder

from commons_lint.reporters import FORMATS
from commons_lint.reporters.markdown import MAX_BYTES, MAX_FINDINGS, code, escape
from commons_lint.rules import discover

# One rule per situation; messages follow the language of the run.
LOCAL_RULES = '''
from commons_lint import Finding, NotApplicable, Severity, Text, Theme, rule

HELP = Text(en="Why.\\n\\nWhat is checked.", fr="Pourquoi.\\n\\nCe qui est vérifié.")


def say(en, fr):
    return Text(en=en, fr=fr).get()


@rule(id="fmt-pass", theme=Theme.UNDERSTAND, severity=Severity.ERROR,
      title=Text(en="Passes", fr="Réussit"), help=HELP, tutorial="Comprendre — question")
def fmt_pass(repo):
    return []


@rule(id="fmt-repository", theme=Theme.IDENTIFY, severity=Severity.ERROR,
      title=Text(en="About the repository", fr="Sur le dépôt"), help=HELP,
      tutorial="Identifier — question", url="https://example.org/tutorial#identify")
def fmt_repository(repo):
    yield Finding(say("No licence file found", "Aucun fichier de licence"),
                  fix=say("Add a LICENSE file", "Ajoutez un fichier LICENSE"), key="missing")


@rule(id="fmt-files", theme=Theme.PRODUCE, severity=Severity.WARNING,
      title=Text(en="About files", fr="Sur des fichiers"), help=HELP,
      tutorial="Produire — question")
def fmt_files(repo):
    yield Finding(say("A TODO is left", "Un TODO reste"), path="README.md", line=3, key="todo")
    yield Finding(say("Another TODO", "Un autre TODO"), path="README.md", line=5, key="todo")
    yield Finding(say("A typo", "Une coquille"), path="docs/guide.md", line=2, key="typo",
                  severity=Severity.NOTE)


@rule(id="fmt-advice", theme=Theme.FUND, severity=Severity.NOTE,
      title=Text(en="Advises", fr="Conseille"), help=HELP, tutorial="Financer — question")
def fmt_advice(repo):
    yield Finding(say("A section counts; a file is easier to find",
                      "Une section compte ; un fichier se trouve plus vite"),
                  path="docs/funding.md", advice=True, key="section")


@rule(id="fmt-not-applicable", theme=Theme.DISSEMINATE, severity=Severity.NOTE,
      title=Text(en="Does not apply", fr="Ne s'applique pas"), help=HELP,
      tutorial="Disséminer — question")
def fmt_not_applicable(repo):
    raise NotApplicable(say("no release yet", "aucune version publiée"))


@rule(id="fmt-crash", theme=Theme.DISSEMINATE, severity=Severity.WARNING,
      title=Text(en="Crashes", fr="Plante"), help=HELP, tutorial="Disséminer — question")
def fmt_crash(repo):
    raise RuntimeError("boom <&> ]]>")


@rule(id="fmt-tricky", theme=Theme.SUSTAIN, severity=Severity.NOTE,
      title=Text(en="Tricky | text", fr="Texte | piégeux"), help=HELP,
      tutorial="Pérenniser — question")
def fmt_tricky(repo):
    yield Finding(TRICKY, path="docs/we`ird|name.md", line=2, key="tricky")
    yield Finding("- not a list\\n# not a heading", path="docs/other.md", key="list")
    yield Finding("1. not a numbered list", key="numbered", fix="<b>not bold</b> `x`")


@rule(id="fmt-many", theme=Theme.SUSTAIN, severity=Severity.WARNING,
      title=Text(en="Many findings", fr="Beaucoup de constats"), help=HELP,
      tutorial="Pérenniser — question", options={"count": 30})
def fmt_many(repo, options):
    for number in range(options["count"]):
        yield Finding(f"finding {number:05}", path=f"data/file{number:05}.csv", key="many")
'''
# Control characters, markup and delimiters of Markdown, GFM, GitHub maths and XML.
TRICKY = "pipe | back`tick <script>alert(1)</script> *bold* $x$ & \x1b[31m ]]> \x00 \"'"
LOCAL_RULES = LOCAL_RULES.replace("TRICKY", repr(TRICKY))
BASIC = ("fmt-pass", "fmt-repository", "fmt-files", "fmt-advice", "fmt-not-applicable",
         "fmt-crash")
ALL = (*BASIC, "fmt-tricky", "fmt-many")
# A rule that always crashes, for the CI integrations (tests/test_action.py and
# tests/test_gitlab_template.py) to write in the repositories they check.
CRASHING_RULE = '''
from commons_lint import Severity, Text, Theme, rule


@rule(id="ci-crash", theme=Theme.PRODUCE, severity=Severity.NOTE,
      title=Text(en="Crashes", fr="Plante"), help=Text(en="Why.", fr="Pourquoi."),
      tutorial="Produire — question")
def ci_crash(repo):
    raise RuntimeError("boom")
'''

README = (
    "# Cartofaune\n\nCartofaune maps wildlife sightings reported by volunteers so that town "
    "councils and nature associations can plan green corridors together. It is free "
    "software under the MIT licence.\n\n## Install\n\n`pip install cartofaune`\n\n"
    "## Contributing\n\nSee CONTRIBUTING.md: report problems in the issue tracker and propose "
    "changes with merge requests.\n"
)
MIT_LICENSE = mit(holder="The Cartofaune contributors")


def healthy_repository(git_repo: Any) -> None:
    """A small project that passes every rule of severity error, with a release."""
    git_repo.files(
        {
            "README.md": README,
            "LICENSE": MIT_LICENSE,
            "CONTRIBUTING.md": "# Contributing\n\nReport a problem in the issue tracker. "
            "Propose a change with a merge request. Documentation, translation and design "
            "help is welcome too.\n",
            "CHANGELOG.md": "# Changelog\n\n## 1.0.0 - 2024-03-01\n\n- First release.\n",
            "src/cartofaune/__init__.py": "VERSION = '1.0.0'\n",
        },
        message="First version",
    )
    git_repo.tag("v1.0.0")
    git_repo.write("docs/index.md", "# Documentation\n\nHow to install and use Cartofaune.\n")
    git_repo.commit("Add documentation", author="bob")


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    return rules_folder(tmp_path, "local-rules", {"formats.py": LOCAL_RULES})


@pytest.fixture
def project(git_repo):
    git_repo.files({"README.md": README, "docs/guide.md": "# Guide\n\nTypo hree.\n"})
    return git_repo


def run_check(cli, path: Path, rules_dir: Path | None, output_format: str, *args: str,
              select: tuple[str, ...] = BASIC) -> tuple[int, str]:
    options = ["--rules-dir", str(rules_dir), "--select", ",".join(select)] if rules_dir else []
    result = cli("check", str(path), "--format", output_format, *options, *args)
    assert result.code in (0, 1, 3), result.err
    return result.code, result.out


# ----- the command line -------------------------------------------------------------


def test_every_format_of_the_table_is_a_choice_of_the_command_line(cli):
    help_text = cli("check", "--help").out
    for name in FORMATS:
        assert name in help_text
    assert {"markdown", "codequality", "junit"} <= set(FORMATS)


@pytest.mark.parametrize("output_format", ["markdown", "codequality", "junit"])
def test_a_new_format_writes_to_a_file(cli, project, rules_dir, tmp_path, output_format):
    target = tmp_path / f"report.{output_format}"
    code_, out = run_check(cli, project.path, rules_dir, output_format, "--output", str(target))
    assert (code_, out) == (3, "")  # fmt-crash crashes: exit code 3 whatever the format
    content = target.read_bytes()
    assert not content.startswith(b"\xef\xbb\xbf")  # no byte-order mark
    assert content.decode("utf-8").endswith("\n")


def test_one_run_writes_several_formats(cli, project, rules_dir, tmp_path):
    written = {name: tmp_path / f"report.{name}" for name in ("codequality", "junit", "json")}
    also = [arg for name, file in written.items() for arg in ("--also", f"{name}:{file}")]
    code_, out = run_check(cli, project.path, rules_dir, "text", "--no-color", *also)
    assert code_ == 3  # fmt-crash crashes: the same exit code as a single-format run
    assert "fmt-files" in out  # the main format still goes to standard output
    for name, file in written.items():
        _code, alone = run_check(cli, project.path, rules_dir, name)
        # JUnit gives each test case the time it took, which differs from run to run.
        assert without_times(file.read_text(encoding="utf-8")) == without_times(alone)


def without_times(text: str) -> str:
    return re.sub(r' time="[^"]*"', "", text)


@pytest.mark.parametrize("value", ["sarif", "pdf:report.pdf", "sarif:", ":report.sarif"])
def test_a_wrong_also_value_is_a_usage_error_before_any_check(cli, project, tmp_path, value):
    result = cli("check", str(project.path), "--also", value)
    assert result.code == 2 and result.out == ""
    assert len(result.err.strip().splitlines()) == 1
    assert value in result.err and "FORMAT:FILE" in result.err


def test_an_unwritable_also_file_is_a_usage_error(cli, project, tmp_path):
    missing_folder = tmp_path / "no" / "such" / "folder" / "report.sarif"
    result = cli("check", str(project.path), "--also", f"sarif:{missing_folder}")
    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1 and str(missing_folder) in result.err


# ----- GitLab Code Quality ----------------------------------------------------------


def code_quality(cli, path: Path, rules_dir: Path | None, *args: str,
                 select: tuple[str, ...] = BASIC) -> list[dict[str, Any]]:
    _code, out = run_check(cli, path, rules_dir, "codequality", *args, select=select)
    issues: list[dict[str, Any]] = json.loads(out)
    assert isinstance(issues, list)
    for issue in issues:
        assert isinstance(issue["description"], str) and issue["description"]
        assert isinstance(issue["check_name"], str)
        assert re.fullmatch(r"[0-9a-f]{32}", issue["fingerprint"])
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert isinstance(issue["location"]["path"], str)
        assert isinstance(issue["location"]["lines"]["begin"], int)
        assert issue["location"]["lines"]["begin"] >= 1
    return issues


def test_code_quality_issues_severities_and_locations(cli, project, rules_dir):
    issues = code_quality(cli, project.path, rules_dir)
    found = [
        (i["check_name"], i["severity"], i["location"]["path"], i["location"]["lines"]["begin"])
        for i in issues
    ]
    assert found == [
        ("fmt-repository", "critical", "README.md", 1),  # the whole repository: its README
        ("fmt-files", "major", "README.md", 3),
        ("fmt-files", "major", "README.md", 5),
        ("fmt-files", "minor", "docs/guide.md", 2),  # the finding's own severity, a note
        ("fmt-advice", "info", "docs/funding.md", 1),
    ]  # passing, not-applicable and crashed rules give no issue
    by_rule = {i["check_name"]: i["description"] for i in issues}
    assert by_rule["fmt-repository"] == "No licence file found. Add a LICENSE file."
    assert by_rule["fmt-advice"].startswith("Advice: ")


@pytest.mark.parametrize("readme", ["README.rst", "readme.adoc", "README"])
def test_code_quality_anchors_repository_findings_at_the_readme_there_is(cli, git_repo,
                                                                          rules_dir, readme):
    git_repo.files({readme: "Cartofaune maps wildlife sightings.\n", "docs/README.md": "x\n"})
    issues = code_quality(cli, git_repo.path, rules_dir, select=("fmt-repository",))
    assert [i["location"]["path"] for i in issues] == [readme]


def test_code_quality_fingerprints_are_unique_and_stable_across_runs_and_languages(
    cli, project, rules_dir
):
    english = code_quality(cli, project.path, rules_dir, select=ALL)
    again = code_quality(cli, project.path, rules_dir, select=ALL)
    french = code_quality(cli, project.path, rules_dir, "--lang", "fr", select=ALL)
    prints = [i["fingerprint"] for i in english]
    assert len(set(prints)) == len(prints) == 5 + 3 + 30
    assert [i["fingerprint"] for i in again] == prints
    assert sorted(i["fingerprint"] for i in french) == sorted(prints)
    assert english != french  # the same issues, in other words
    # Two TODOs on README.md share rule, path and key, and still differ.
    todo = [i["fingerprint"] for i in english if i["check_name"] == "fmt-files"]
    assert len(set(todo)) == 3


def test_code_quality_fingerprint_does_not_move_when_a_readme_appears(cli, git_repo, rules_dir):
    git_repo.files({"src/app.py": "print('hello')\n"})
    before = code_quality(cli, git_repo.path, rules_dir, select=("fmt-repository",))
    git_repo.files({"README.rst": "Cartofaune maps wildlife sightings.\n"})
    after = code_quality(cli, git_repo.path, rules_dir, select=("fmt-repository",))
    assert before[0]["location"]["path"] == "README.md"
    assert after[0]["location"]["path"] == "README.rst"
    assert before[0]["fingerprint"] == after[0]["fingerprint"]


def test_code_quality_in_french(cli, project, rules_dir):
    issues = code_quality(cli, project.path, rules_dir, "--lang", "fr")
    by_rule = {i["check_name"]: i["description"] for i in issues}
    assert by_rule["fmt-repository"] == "Aucun fichier de licence. Ajoutez un fichier LICENSE."
    assert by_rule["fmt-advice"].startswith("Conseil : Une section compte")


def test_code_quality_of_a_passing_run_is_an_empty_array(cli, project, rules_dir):
    code_, out = run_check(cli, project.path, rules_dir, "codequality", select=("fmt-pass",))
    assert code_ == 0
    assert json.loads(out) == []


def tracked_files(git_repo: Any) -> set[str]:
    return set(git_repo.git("ls-files").splitlines())


@pytest.mark.parametrize("healthy", [True, False], ids=["realistic", "empty"])
def test_code_quality_with_the_built_in_rules(cli, git_repo, healthy):
    if healthy:
        healthy_repository(git_repo)
    else:
        git_repo.files({"notes.txt": "to do\n"})
    issues = code_quality(cli, git_repo.path, None)
    prints = [i["fingerprint"] for i in issues]
    assert len(set(prints)) == len(prints)
    names = {i["check_name"] for i in issues}
    if healthy:
        assert not {"readme", "licence-file"} & names
        # Every issue points to a file of the repository, so GitLab can link it.
        assert {i["location"]["path"] for i in issues} <= tracked_files(git_repo)
    else:
        assert {"readme", "licence-file"} <= names
        critical = {i["check_name"] for i in issues if i["severity"] == "critical"}
        assert {"readme", "licence-file"} <= critical


# ----- JUnit XML --------------------------------------------------------------------


def junit(cli, path: Path, rules_dir: Path | None, *args: str,
          select: tuple[str, ...] = BASIC) -> ET.Element:
    _code, out = run_check(cli, path, rules_dir, "junit", *args, select=select)
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    return root


def cases(root: ET.Element) -> dict[str, ET.Element]:
    """Test cases by rule id (the start of their name)."""
    return {case.attrib["name"].split(" — ")[0]: case for case in root.iter("testcase")}


def outcome(case: ET.Element) -> str:
    children = [child.tag for child in case if child.tag != "system-out"]
    return children[0] if children else "passed"


def test_junit_has_a_suite_per_theme_and_a_case_per_rule(cli, project, rules_dir):
    root = junit(cli, project.path, rules_dir)
    assert [suite.attrib["name"] for suite in root] == [
        "Understand", "Identify", "Produce", "Fund", "Disseminate",
    ]  # themes without rules are left out
    assert {k: root.attrib[k] for k in ("tests", "failures", "errors", "skipped")} == {
        "tests": "6", "failures": "2", "errors": "1", "skipped": "1",
    }
    disseminate = root[-1]
    assert {k: disseminate.attrib[k] for k in ("tests", "failures", "errors", "skipped")} == {
        "tests": "2", "failures": "0", "errors": "1", "skipped": "1",
    }
    by_rule = cases(root)
    assert set(by_rule) == set(BASIC)
    assert by_rule["fmt-files"].attrib["classname"] == "produce"
    assert by_rule["fmt-files"].attrib["name"] == "fmt-files — About files"
    assert {rule_id: outcome(case) for rule_id, case in by_rule.items()} == {
        "fmt-pass": "passed", "fmt-repository": "failure", "fmt-files": "failure",
        "fmt-advice": "passed", "fmt-not-applicable": "skipped", "fmt-crash": "error",
    }
    for case in by_rule.values():
        assert float(case.attrib["time"]) >= 0


def test_junit_failures_carry_the_findings(cli, project, rules_dir):
    by_rule = cases(junit(cli, project.path, rules_dir))
    failure = by_rule["fmt-files"].find("failure")
    assert failure is not None
    assert failure.attrib["type"] == "warning"
    assert failure.attrib["message"] == "A TODO is left (and 2 more)"
    assert failure.text is not None
    assert failure.text.splitlines() == [
        "README.md:3: A TODO is left", "README.md:5: Another TODO", "docs/guide.md:2: A typo",
    ]
    repository = by_rule["fmt-repository"].find("failure")
    assert repository is not None and repository.text is not None
    assert repository.attrib["message"] == "No licence file found"
    assert "Add a LICENSE file" in repository.text
    skipped = by_rule["fmt-not-applicable"].find("skipped")
    assert skipped is not None and skipped.attrib["message"] == "no release yet"
    error = by_rule["fmt-crash"].find("error")
    assert error is not None and "RuntimeError: boom <&> ]]>" in error.attrib["message"]
    advice = by_rule["fmt-advice"].find("system-out")
    assert advice is not None and advice.text is not None
    assert "advice: A section counts" in advice.text


def test_junit_escapes_markup_and_replaces_what_xml_cannot_carry(cli, project, rules_dir):
    root = junit(cli, project.path, rules_dir, select=("fmt-tricky",))
    case = cases(root)["fmt-tricky"]
    assert case.attrib["name"] == "fmt-tricky — Tricky | text"
    failure = case.find("failure")
    assert failure is not None and failure.text is not None
    expected = TRICKY.replace("\x1b", "\ufffd").replace("\x00", "\ufffd")
    assert f"docs/we`ird|name.md:2: {expected}" in failure.text
    assert "<b>not bold</b> `x`" in failure.text  # a fix, as text


def test_junit_in_french(cli, project, rules_dir):
    root = junit(cli, project.path, rules_dir, "--lang", "fr")
    assert [suite.attrib["name"] for suite in root][:2] == ["Comprendre", "Identifier"]
    by_rule = cases(root)
    assert by_rule["fmt-pass"].attrib["name"] == "fmt-pass — Réussit"
    assert by_rule["fmt-files"].attrib["classname"] == "produce"  # the same in every language
    failure = by_rule["fmt-files"].find("failure")
    assert failure is not None
    assert failure.attrib["message"] == "Un TODO reste (et 2 de plus)"
    skipped = by_rule["fmt-not-applicable"].find("skipped")
    assert skipped is not None and skipped.attrib["message"] == "aucune version publiée"


@pytest.mark.parametrize("healthy", [True, False], ids=["realistic", "empty"])
def test_junit_with_the_built_in_rules(cli, git_repo, healthy):
    if healthy:
        healthy_repository(git_repo)
    else:
        git_repo.files({"notes.txt": "to do\n"})
    root = junit(cli, git_repo.path, None)
    by_rule = cases(root)
    assert set(by_rule) == set(discover().rules)  # the default profile runs every rule
    expected = "passed" if healthy else "failure"
    assert outcome(by_rule["readme"]) == outcome(by_rule["licence-file"]) == expected


# ----- Markdown ---------------------------------------------------------------------


class _Html(HTMLParser):
    """What the tests look at in rendered Markdown: tables, list items, some tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.items: list[str] = []
        self.tags: list[str] = []
        self.summaries: list[str] = []
        self._cell: list[str] | None = None
        self._items: list[list[str]] = []
        self._summary: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "li":
            self._items.append([])
        elif tag == "summary":
            self._summary = []

    def handle_endtag(self, tag: str) -> None:
        self.tags.append("/" + tag)
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "li":
            self.items.append("".join(self._items.pop()).strip())
        elif tag == "summary" and self._summary is not None:
            self.summaries.append("".join(self._summary))
            self._summary = None

    def handle_data(self, data: str) -> None:
        for part in (self._cell, self._summary, *self._items):
            if part is not None:
                part.append(data)


def rendered(markdown: str) -> _Html:
    """The Markdown as GitHub renders it (raw HTML kept, as GitHub keeps <details>)."""
    page = _Html()
    page.feed(cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE))
    return page


def markdown(cli, path: Path, rules_dir: Path | None, *args: str,
             select: tuple[str, ...] = BASIC) -> str:
    _code, out = run_check(cli, path, rules_dir, "markdown", *args, select=select)
    return out


def item(page: _Html, start: str) -> str:
    return next(text for text in page.items if text.startswith(start))


def test_markdown_themes_table(cli, project, rules_dir):
    out = markdown(cli, project.path, rules_dir)
    assert out.startswith("## commons-lint: score 44/100\n")  # 4 of 9 weighted points
    page = rendered(out)
    [table] = page.tables
    assert table[0] == [
        "Theme", "Score", "Passed", "With advice", "Failed", "Not applicable", "Tool errors",
    ]
    assert table[1:] == [
        ["Understand (Comprendre)", "100/100", "1", "0", "0", "0", "0"],
        ["Identify (Identifier)", "0/100", "0", "0", "1", "0", "0"],
        ["Produce (Produire)", "0/100", "0", "0", "1", "0", "0"],
        ["Fund (Financer)", "100/100", "0", "1", "0", "0", "0"],
        ["Disseminate (Disséminer)", "—", "0", "0", "0", "1", "1"],
        ["All themes", "44/100", "1", "1", "2", "1", "1"],
    ]


def test_markdown_failed_rules_with_their_fix_and_the_rest_folded(cli, project, rules_dir):
    out = markdown(cli, project.path, rules_dir)
    page = rendered(out)
    # Failed rules are out in the open, errors first, with each finding and its fix.
    failed = out.index("### Failed rules (2)")
    folded = out.index("<details>")
    assert failed < out.index("fmt-repository") < out.index("fmt-files") < folded
    assert "[tutorial](<https://example.org/tutorial#identify>)" in out
    assert item(page, "No licence file found") == "No licence file found\n→ Add a LICENSE file"
    assert "<br />" in cmarkgfm.github_flavored_markdown_to_html(out)  # the fix on its own line
    assert item(page, "README.md line 3") == "README.md line 3: A TODO is left"
    assert out.index("### Tool errors (1)") < folded
    assert "RuntimeError: boom <&> ]]>" in item(page, "! fmt-crash — Crashes")
    # Passing and not-applicable rules are folded, advice included.
    assert page.summaries == ["Passing rules (2)", "Rules that do not apply (1)"]
    assert out.index("fmt-pass") > folded
    assert item(page, "docs/funding.md") == (
        "docs/funding.md: advice: A section counts; a file is easier to find"
    )
    assert item(page, "– fmt-not-applicable").endswith("Does not apply: no release yet")
    assert page.tags.count("details") == page.tags.count("/details") == 2


def test_markdown_text_from_rules_stays_text(cli, project, rules_dir):
    out = markdown(cli, project.path, rules_dir, select=("fmt-tricky",))
    page = rendered(out)
    assert "script" not in page.tags and "b" not in page.tags and "em" not in page.tags
    flat = " ".join(TRICKY.split()).replace("\x00", "\ufffd")  # as CommonMark requires
    assert item(page, "docs/we`ird|name.md line 2: ") == f"docs/we`ird|name.md line 2: {flat}"
    assert item(page, "docs/other.md") == "docs/other.md: - not a list # not a heading"
    assert item(page, "1. not a numbered list") == (
        "1. not a numbered list\n→ <b>not bold</b> `x`"
    )
    assert page.tags.count("ul") == 1  # the findings: no list nested in a finding
    assert "h1" not in page.tags and "ol" not in page.tags


@pytest.mark.parametrize(
    "text",
    ["a | b", "`code` | ``more``", "<td>cell</td>", "*x* _y_ ~z~ [l](u) \\ & $m$", "- x", "# y"],
)
def test_escaped_text_is_one_literal_table_cell(text):
    page = rendered(f"| h | g |\n| --- | --- |\n| {escape(text)} | {escape('|')} |\n")
    assert page.tables == [[["h", "g"], [text, "|"]]]


@pytest.mark.parametrize("text", ["a`b", "``", "` edge", "x``y`", "plain", "a  b", " c ", "  "])
def test_code_spans_hold_their_text_literally(text):
    html = cmarkgfm.github_flavored_markdown_to_html(f"see {code(text)} here")
    inner = re.search(r"<code>(.*)</code>", html, re.S)
    assert inner is not None
    assert inner.group(1).replace("&quot;", '"') == text


def test_markdown_shows_at_most_max_findings_per_rule(cli, project, rules_dir):
    out = markdown(cli, project.path, rules_dir, select=("fmt-many",))
    page = rendered(out)
    shown = [text for text in page.items if text.startswith("data/file")]
    assert len(shown) == MAX_FINDINGS == 20
    assert item(page, "… and 10 more") == "… and 10 more, not shown here: see the full report."


def test_markdown_stays_under_one_mebibyte(cli, project, tmp_path):
    # 60 failing rules with 25 findings of 1,000 characters each: 1.5 MB at 20 a rule.
    big = rules_folder(tmp_path, "big-rules", {"big.py": BIG_RULES})
    result = cli("check", str(project.path), "--rules-dir", str(big), "--select",
                 ",".join(f"big-{n}" for n in range(60)), "--format", "markdown")
    assert result.code == 0, result.err  # warnings, below --fail-on error
    size = len(result.out.encode("utf-8"))
    assert 500_000 < size <= MAX_BYTES < 1024 * 1024
    page = rendered(result.out)
    assert sum(text.startswith("… and ") for text in page.items) == 60
    assert len([text for text in page.items if text.startswith("x" * 50)]) < 60 * 20
    assert len(page.tables) == 1 and len(page.tables[0]) == 3  # heading, the theme, total


BIG_RULES = '''
from commons_lint import Finding, Severity, Text, Theme, rule


def make(number):
    def check(repo):
        for index in range(25):
            yield Finding("x" * 990 + f" {number:03}-{index:03}", key=f"k{index}")

    # Discovery finds rules among the module's names.
    globals()[f"big_{number}"] = rule(
        id=f"big-{number}", theme=Theme.PRODUCE, severity=Severity.WARNING,
        title=Text(en=f"Big {number}", fr=f"Gros {number}"),
        help=Text(en="Why.", fr="Pourquoi."), tutorial="Produire — question")(check)


for number in range(60):
    make(number)
'''


def test_markdown_in_french(cli, project, rules_dir):
    out = markdown(cli, project.path, rules_dir, "--lang", "fr")
    page = rendered(out)
    assert out.startswith("## commons-lint : score 44/100\n")
    assert page.tables[0][0][:3] == ["Thème", "Score", "Réussies"]
    assert page.tables[0][1][0] == "Comprendre"
    assert "### Règles échouées (2)" in out
    assert page.summaries == ["Règles réussies (2)", "Règles qui ne s'appliquent pas (1)"]
    assert item(page, "Aucun fichier de licence") == (
        "Aucun fichier de licence\n→ Ajoutez un fichier LICENSE"
    )
    assert item(page, "README.md ligne 3") == "README.md ligne 3 : Un TODO reste"
    assert item(page, "docs/funding.md") == (
        "docs/funding.md : conseil : Une section compte ; un fichier se trouve plus vite"
    )
    for english in ("Failed rules", "Passing rules", "advice:", "Summary"):
        assert english not in out


@pytest.mark.parametrize("healthy", [True, False], ids=["realistic", "empty"])
def test_markdown_with_the_built_in_rules(cli, git_repo, healthy):
    if healthy:
        healthy_repository(git_repo)
    else:
        git_repo.files({"notes.txt": "to do\n"})
    out = markdown(cli, git_repo.path, None)
    page = rendered(out)
    assert len(page.tables) == 1
    assert page.tables[0][-1][0] == "All themes"
    assert page.tags.count("details") == page.tags.count("/details") >= 1
    failed_section = out.split("<details>")[0]
    if healthy:
        assert "`licence-file`" not in failed_section and "`readme`" not in failed_section
    else:
        assert "`licence-file`" in failed_section and "`readme`" in failed_section

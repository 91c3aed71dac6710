"""Adversarial text in the documents the rules read (issue 8, item 12).

Every regular expression applied to repository text must run in linear time: a heading
line of blanks, a run of "[" or of "](" used to keep a rule busy for minutes (cubic and
quadratic backtracking). Here every built-in rule runs, as users run it, on a Git
repository whose documents each hold a full read (``MAX_READ_BYTES``, 1 MiB) of a hostile
shape, and must end well within the time limit, with a verdict and no tool error. A
fixed pattern takes well under a second on such a file; a quadratic one, hours.

The default run puts the three shapes that used to blow up in sequence in every
document; the whole battery of shapes, one repository each, is marked slow.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from gitrepo import init_repository
from hostile import assert_clean_end, marker_command, run_guarded, tree_digest

from commons_lint.repository import MAX_READ_BYTES
from commons_lint.rules import discover

# Every built-in rule: a new rule must be added here, so that it is fed the shapes too.
RULES = (
    "activity", "audiences", "changelog", "code-of-conduct", "commons-statement",
    "community-diversity", "contributing-guide", "contributor-terms", "dissemination-kit",
    "documentation", "funding", "governance", "issue-templates", "licence-consistency",
    "licence-file", "licence-free", "maintainers", "project-metadata", "publiccode-yml",
    "readme", "reuse-compliance", "security-policy", "translations",
)

# The documents the rules read, one of each kind: README and community files, docs pages
# in each markup, metadata, catalogues in each format, a licence, a source file.
DOCUMENTS = (
    "README.md", "README.fr.md", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md", "GOVERNANCE.md",
    "SECURITY.md", "CHANGELOG.md", "MAINTAINERS.md", "CODEOWNERS", ".github/FUNDING.yml",
    "publiccode.yml", "pyproject.toml", "project.gemspec", "docs/index.md",
    "docs/index.html", "docs/usage.rst", "docs/guide.adoc", "docs/press-kit.md",
    ".well-known/security.txt", "locale/fr/LC_MESSAGES/app.po",
    "i18n/messages_fr.properties", "fr.lproj/Localizable.strings",
    ".github/ISSUE_TEMPLATE/bug_report.md", "LICENSE", "src/main.py",
)

# Per run of all the rules; a fixed build takes a few seconds (most of it starting up and
# reading); a super-linear pattern takes hours on these sizes.
TIME_LIMIT = 90.0


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _heading_blanks(size: int) -> str:
    # One heading line: a title, then blanks up to the end of the read, then a word.
    return "## a" + " " * (size - 6) + "b\n"


# Each shape is a function of the size in characters (ASCII, so also in bytes).
SHAPES: dict[str, Callable[[int], str]] = {
    "heading-blanks": _heading_blanks,
    "heading-hashes": lambda size: "# a " + _fill("#", size - 6) + "b\n",
    "brackets": lambda size: _fill("[", size),
    "link-openers": lambda size: _fill("](", size),
    "image-openers": lambda size: _fill("![", size),
    "badge-openers": lambda size: _fill("[![", size),
    "link-starts": lambda size: _fill("[x](", size),
    "parentheses": lambda size: _fill("(", size),
    "angle-brackets": lambda size: _fill("<", size),
    "img-tags": lambda size: _fill("<img ", size),
    "anchors": lambda size: _fill("<a href='https://x'>", size),
    "headings-h1": lambda size: _fill("<h1>", size),
    "comments": lambda size: _fill("<!--", size),
    "doctype": lambda size: _fill("<!DOCTYPE ", size),
    "backticks": lambda size: _fill("`", size),
    "asterisks": lambda size: _fill("*", size),
    "underscores": lambda size: _fill("_", size),
    "hyphens": lambda size: _fill("-", size),
    "pipes": lambda size: _fill("|", size),
    "colons": lambda size: _fill(":", size),
    "at-signs": lambda size: _fill("@", size),
    "dots": lambda size: _fill(".", size),
    "slashes": lambda size: _fill("/", size),
    "schemes": lambda size: _fill("http://", size),
    "badge-urls": lambda size: _fill("https://img.shields.io/", size),
    "mail-locals": lambda size: _fill("a@", size),
    "word-dots": lambda size: _fill("a.", size),
    "mailto": lambda size: _fill("mailto:", size),
    "image-macros": lambda size: _fill("image:", size),
    "blanks": lambda size: " " * (size - 2) + "x\n",
    "tabs": lambda size: _fill(" \t", size - 2) + "x\n",
    "blank-lines": lambda size: _fill("\n", size),
    "letters-and-blanks": lambda size: _fill("a ", size),
    "long-word": lambda size: _fill("a", size),
    "years": lambda size: "Copyright " + _fill("2024, ", size - 10),
    "phrases": lambda size: _fill("not free software ", size),
    "key-lines": lambda size: _fill("contact:\n", size),
    "quotes": lambda size: _fill('"a" = ', size),
    "fences": lambda size: _fill("~~~\n", size),
}

# The shapes that used to take minutes: in every document, in sequence, in the default run.
FAST_SHAPES = ("heading-blanks", "brackets", "link-openers")


def _hostile_repository(path: Path, text: str, marker: Path) -> Path:
    """A Git repository whose every document is ``text``, after a shell line that would
    create ``marker`` if anything ran it (nothing may)."""
    repo = init_repository(path)
    prefix = f"{marker_command(marker)}\n"
    body = prefix + text[: MAX_READ_BYTES - len(prefix)]
    for document in DOCUMENTS:
        repo.write(document, body)
    repo.commit("Hostile text")
    return path


def _check_in_time(root: Path, marker: Path) -> None:
    before = tree_digest(root)
    run = run_guarded(
        "check", root, "--select", ",".join(RULES), "--format", "json", timeout=TIME_LIMIT
    )
    assert_clean_end(run, 0, 1)
    report = json.loads(run.stdout)
    statuses = {result["rule"]: result["status"] for result in report["results"]}
    assert set(statuses) == set(RULES)
    errors = {rule: status for rule, status in statuses.items() if status == "tool-error"}
    assert not errors, (errors, run.stderr[-2000:])
    assert not marker.exists()
    assert tree_digest(root) == before


def test_every_built_in_rule_is_fed() -> None:
    built_in = {rule_id for rule_id, rule in discover().rules.items() if rule.source == "built-in"}
    assert built_in == set(RULES)


def test_shapes_are_full_reads() -> None:
    for name, shape in SHAPES.items():
        assert len(shape(MAX_READ_BYTES)) == MAX_READ_BYTES, name


def test_the_shapes_that_blew_up_end_in_time(tmp_path: Path) -> None:
    third = MAX_READ_BYTES // len(FAST_SHAPES)
    # Each shape ends its line, so that one line's shape does not pad the next one's.
    text = "".join(SHAPES[name](third - 1) + "\n" for name in FAST_SHAPES)
    marker = tmp_path / "marker"
    _check_in_time(_hostile_repository(tmp_path / "repo", text, marker), marker)


@pytest.mark.slow
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_shape_ends_in_time(tmp_path: Path, shape: str) -> None:
    marker = tmp_path / "marker"
    text = SHAPES[shape](MAX_READ_BYTES)
    _check_in_time(_hostile_repository(tmp_path / "repo", text, marker), marker)

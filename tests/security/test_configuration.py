"""Hostile configuration files, and which configuration may load code (issue 8, items 4,
8, 16 and the configuration half of 17).

Every hostile file is tried twice: named with ``--config`` from outside the repository,
and as the repository's own ``.commons-lint.yml``. Each run must end within the harness's
time and memory limits with exit code 2 and one line that names the file (and the line,
when the problem is in the text), and leave the repository exactly as it was.

Then trust: a configuration file that lies in the inspected repository, however it is
named on the command line, never loads the ``rules-dirs`` it lists without
``--trust-config``; a file outside it still does.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from gitrepo import GitRepo, init_repository
from hostile import (
    assert_clean_end,
    assert_one_line_error,
    marker_command,
    run_guarded,
    tree_digest,
)

from commons_lint.config import MAX_CONFIG_BYTES, MAX_ENTRIES

# A check that reads no file but the README: the point is the configuration.
QUICK = ("--select", "readme", "--format", "json")


def nested(depth: int) -> str:
    return "rules:\n  readme:\n    options:\n      deep: " + "[" * depth + "]" * depth + "\n"


def billion_laughs() -> str:
    """Nine levels of ten aliases each: 10⁹ values once expanded, from 1 KB."""
    lines = ['a0: &a0 ["lol"]']
    for level in range(1, 10):
        previous = ", ".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{previous}]")
    return "rules:\n  readme:\n    options:\n" + "".join(f"      {line}\n" for line in lines)


# name -> (content, the line the error names; None: the file as a whole)
HOSTILE_TEXTS: dict[str, tuple[bytes, int | None]] = {
    "control-U+0001": (b"rules:\n  readme: off\x01\n", 2),
    "control-U+FFFE": ("exclude:\n  - docs\n  - a\ufffe\n".encode(), 3),
    "control-NUL": (b"profile: default\nexclude: [a\x00b]\n", 2),
    "control-U+001B-in-key": (b"\nrules:\n  read\x1bme: off\n", 3),
    "nesting-10000-flow": (nested(10_000).encode(), 4),
    "nesting-400-block": (  # indentation makes a deeper one larger than the bound
        ("rules:\n" + "".join("  " * level + f"k{level}:\n" for level in range(1, 400)))
        .encode(), 100,
    ),
    "nesting-mappings": (("exclude: " + "{a: " * 5000 + "b" + "}" * 5000 + "\n").encode(), 1),
    "alias-to-itself": (b"rules: &loop\n  readme: *loop\n", 2),
    "alias-in-a-list": (b"exclude: &list [docs, *list]\n", 1),
    "billion-laughs": (billion_laughs().encode(), 0),  # 0: whichever line crosses the bound
    "not-utf8": (b"profile: default\nexclude: [caf\xe9/]\n", 2),
    "too-many-exclude-patterns": (
        ("exclude:\n" + "".join(f"  - '*gen{n}*/x?.txt'\n" for n in range(10_000))).encode(), 2,
    ),
    "twenty-thousand-short-patterns": (
        ("exclude:\n" + "".join("- a\n" for _n in range(20_000))).encode(), 2,
    ),
    "a-hundred-thousand-patterns": (  # 400 KB: over the size bound, refused unread
        ("exclude:\n" + "".join("- a\n" for _n in range(100_000))).encode(), None,
    ),
    "too-many-rules": (
        ("rules:\n" + "".join(f"  rule-{n}: off\n" for n in range(MAX_ENTRIES + 1))).encode(), 2,
    ),
    "too-many-exemptions": (
        ("exempt:\n" + "".join(
            f"  - {{rule: r{n}, reason: the project decided it so}}\n"
            for n in range(MAX_ENTRIES + 1)
        )).encode(), 2,
    ),
    "many-option-keys": (  # was quadratic: each key compared with every earlier one
        ("rules:\n  readme:\n    options:\n"
         + "".join(f"      k{n}: 1\n" for n in range(12_000))).encode(), 4,
    ),
}


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    repository = init_repository(tmp_path / "repo")
    repository.files({"README.md": "# Demo\n"})
    return repository


def expect_error(run_args: tuple[str | Path, ...], file: Path, line: int | None,
                 cwd: Path | None = None) -> str:
    started = time.monotonic()
    run = run_guarded(*run_args, cwd=cwd, timeout=30, memory=2 * 1024**3)
    elapsed = time.monotonic() - started
    message = assert_one_line_error(run, 2)
    if line is None:
        assert message.startswith(f"commons-lint: error: {file}: "), message
    elif line == 0:
        assert message.startswith(f"commons-lint: error: {file}:"), message
        assert message.split(":")[3].strip().isdigit(), message
    else:
        assert message.startswith(f"commons-lint: error: {file}:{line}: "), message
    assert elapsed < 10, f"{elapsed:.1f} s"
    return message


# The classes of the issue go both ways; the other variants, one way each, to keep the
# suite quick (the reading and parsing code is the same for both).
BOTH_WAYS = ["control-U+0001", "control-U+FFFE", "control-NUL", "nesting-10000-flow",
             "alias-to-itself", "billion-laughs", "too-many-exclude-patterns",
             "a-hundred-thousand-patterns"]
WITH_CONFIG = [*BOTH_WAYS, "control-U+001B-in-key", "nesting-mappings", "not-utf8",
               "too-many-rules", "many-option-keys"]
AS_OWN = [*BOTH_WAYS, "nesting-400-block", "alias-in-a-list", "twenty-thousand-short-patterns",
          "too-many-exemptions"]
assert set(WITH_CONFIG) | set(AS_OWN) == set(HOSTILE_TEXTS)


@pytest.mark.parametrize("name", WITH_CONFIG)
def test_a_hostile_configuration_given_with_config(repo, tmp_path, name):
    content, line = HOSTILE_TEXTS[name]
    config = tmp_path / "elsewhere" / "hostile.yml"
    config.parent.mkdir()
    config.write_bytes(content)
    before = tree_digest(repo.path)
    expect_error(("check", repo.path, "--config", config, *QUICK), config, line)
    assert tree_digest(repo.path) == before


@pytest.mark.parametrize("name", AS_OWN)
def test_a_hostile_configuration_of_the_repository(repo, name):
    content, line = HOSTILE_TEXTS[name]
    repo.write(".commons-lint.yml", content)
    before = tree_digest(repo.path)
    config = repo.path / ".commons-lint.yml"
    expect_error(("check", repo.path, *QUICK), config, line)
    assert tree_digest(repo.path) == before


def test_the_errors_are_the_ones_of_each_bound(repo, tmp_path):
    """The messages say which bound was crossed, in the user's language too."""
    config = tmp_path / "bomb.yml"
    config.write_bytes(billion_laughs().encode())
    message = expect_error(("check", repo.path, "--config", config, *QUICK), config, 0)
    assert "aliases are expanded" in message
    config.write_bytes(HOSTILE_TEXTS["too-many-exclude-patterns"][0])
    message = expect_error(("check", repo.path, "--config", config, *QUICK), config, 2)
    assert f"exclude: 10000 entries, more than the limit of {MAX_ENTRIES}" in message
    french = run_guarded("check", repo.path, "--config", config, "--lang", "fr", *QUICK)
    assert "au-delà de la limite" in assert_one_line_error(french)


def test_as_many_exclude_patterns_as_allowed_stay_fast(repo):
    patterns = "".join(f"  - '*gen{n}*/x?.txt'\n" for n in range(MAX_ENTRIES))
    repo.write(".commons-lint.yml", "exclude:\n" + patterns)
    repo.files({f"src/module{n}.py": "" for n in range(300)})
    before = tree_digest(repo.path)
    started = time.monotonic()
    run = run_guarded("check", repo.path, *QUICK, timeout=30)
    assert_clean_end(run, 0, 1)
    assert time.monotonic() - started < 10
    assert tree_digest(repo.path) == before


# ----- files that are not plain files, or too large ----------------------------------


def light_digest(root: Path) -> str:
    """Like :func:`hostile.tree_digest`, but a file over 100 MB is known by its size and
    times only: hashing a 1.5 GiB sparse file twice would take most of a minute."""
    digest = hashlib.sha256()
    for directory, subdirs, names in os.walk(root):
        subdirs.sort()
        for name in sorted([*subdirs, *names]):
            path = Path(directory, name)
            info = path.lstat()
            digest.update(f"{path}\0{info.st_mode:o}\0{info.st_size}\0{info.st_mtime_ns}\0"
                          .encode("utf-8", "surrogateescape"))
            if stat.S_ISREG(info.st_mode) and info.st_size < 100 * 1024**2:
                digest.update(path.read_bytes())
        digest.update(f"{Path(directory).lstat().st_mtime_ns}".encode())
    return digest.hexdigest()


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def make_sparse(path: Path) -> None:
    """1.5 GiB that take no room on the disk."""
    with path.open("wb") as file:
        file.truncate(3 * 1024**3 // 2)


def make_just_too_large(path: Path) -> None:
    path.write_bytes(b"exclude: [a]\n" + b"#" * MAX_CONFIG_BYTES)


def make_folder(path: Path) -> None:
    path.mkdir()


SPECIAL_FILES: dict[str, Callable[[Path], None]] = {
    "fifo": make_fifo,
    "sparse-1.5-GiB": make_sparse,
    "one-byte-over-the-bound": make_just_too_large,
    "folder": make_folder,
}


@pytest.mark.parametrize("name", ["fifo", "sparse-1.5-GiB", "one-byte-over-the-bound"])
def test_a_special_file_given_with_config(repo, tmp_path, name):
    config = tmp_path / "special.yml"
    SPECIAL_FILES[name](config)
    before = tree_digest(repo.path)
    message = expect_error(("check", repo.path, "--config", config, *QUICK), config, None)
    assert "cannot read the configuration" in message
    assert tree_digest(repo.path) == before


@pytest.mark.parametrize("name", ["fifo", "sparse-1.5-GiB", "folder"])
def test_a_special_file_as_the_repository_configuration(repo, name):
    config = repo.path / ".commons-lint.yml"
    SPECIAL_FILES[name](config)
    before = light_digest(repo.path)
    message = expect_error(("check", repo.path, *QUICK), config, None)
    assert "cannot read the configuration" in message
    assert light_digest(repo.path) == before


def test_dev_zero_given_with_config(repo):
    before = tree_digest(repo.path)
    message = expect_error(("check", repo.path, "--config", "/dev/zero", *QUICK),
                           Path("/dev/zero"), None)
    assert "not a regular file" in message
    assert tree_digest(repo.path) == before


@pytest.mark.parametrize("target", ["/dev/zero"])
def test_a_repository_configuration_linked_to_a_device_is_not_read(repo, target):
    """A link out of the repository is not the repository's configuration (as before):
    the check runs without it, and does not hang on the device."""
    os.symlink(target, repo.path / ".commons-lint.yml")
    before = tree_digest(repo.path)
    run = run_guarded("check", repo.path, *QUICK, timeout=30)
    assert_clean_end(run, 0, 1)
    assert tree_digest(repo.path) == before


def test_a_fifo_in_a_plain_folder_does_not_block(tmp_path):
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "README.md").write_text("# Demo\n")
    os.mkfifo(folder / ".commons-lint.yaml")
    before = tree_digest(folder)
    expect_error(("check", folder, *QUICK), folder / ".commons-lint.yaml", None)
    assert tree_digest(folder) == before


# ----- trust: rules-dirs of a configuration in the repository --------------------------

MARKER_RULE = '''
import os

os.system({command!r})

from commons_lint import Finding, Severity, Text, Theme, rule


@rule(id="repo-own", theme=Theme.FUND, severity=Severity.WARNING,
      title=Text(en="Own rule", fr="Règle propre"), help=Text(en="h", fr="h"), tutorial="t")
def repo_own(repo):
    yield Finding("the repository's own rule ran", key="ran")
'''


@pytest.fixture
def planted(repo, tmp_path) -> tuple[GitRepo, Path]:
    """A repository whose configuration names a rules-dir of its own; the marker its rule
    module creates on import."""
    marker = tmp_path / "imported.marker"
    repo.files({
        ".commons-lint.yml": "rules-dirs: [lint]\n",
        "tools/other-name.yml": "rules-dirs: [../lint]\n",
        "lint/own.py": MARKER_RULE.format(command=marker_command(marker)),
        "sub/README.md": "# Part\n",
    })
    (repo.path / ".git" / "lint.yml").write_text("rules-dirs: [../lint]\n")
    return repo, marker


def _outside_link_to_the_file(repo: Path, tmp_path: Path) -> tuple[str, ...]:
    link = tmp_path / "outside.yml"
    link.symlink_to(repo / ".commons-lint.yml")
    # rules-dirs are relative to the folder of the path given: there, a link too.
    (tmp_path / "lint").symlink_to(repo / "lint")
    return ("check", str(repo), "--config", str(link))


def _outside_link_to_the_folder(repo: Path, tmp_path: Path) -> tuple[str, ...]:
    link = tmp_path / "folder-link"
    link.symlink_to(repo)
    return ("check", str(repo), "--config", str(link / ".commons-lint.yml"))


def _absolute(repo: Path, tmp_path: Path) -> tuple[str, ...]:
    return ("check", str(repo), "--config", str(repo / ".commons-lint.yml"))


def _relative_from_inside(repo: Path, tmp_path: Path) -> tuple[str, ...]:
    return ("check", ".", "--config", ".commons-lint.yml")


def _dot_dot(repo: Path, tmp_path: Path) -> tuple[str, ...]:
    return ("check", ".", "--config", "./sub/../.commons-lint.yml")


def _another_name(repo: Path, tmp_path: Path) -> tuple[str, ...]:
    return ("check", str(repo), "--config", str(repo / "tools" / "other-name.yml"))


def _inside_dot_git(repo: Path, tmp_path: Path) -> tuple[str, ...]:
    return ("check", str(repo), "--config", str(repo / ".git" / "lint.yml"))


def _subfolder_checked(repo: Path, tmp_path: Path) -> tuple[str, ...]:
    """The Action with `path: sub` and `config: .commons-lint.yml`: both are the pull
    request's."""
    return ("check", str(repo / "sub"), "--config", str(repo / ".commons-lint.yml"))


def _other_case(repo: Path, tmp_path: Path) -> tuple[str, ...]:
    if not (repo / ".COMMONS-LINT.YML").exists():
        pytest.skip("the file system here is case-sensitive")
    return ("check", str(repo), "--config", str(repo / ".COMMONS-LINT.YML"))


NAMINGS = [_absolute, _relative_from_inside, _dot_dot, _outside_link_to_the_file,
           _outside_link_to_the_folder, _another_name, _inside_dot_git, _subfolder_checked,
           _other_case]


@pytest.mark.parametrize("naming", NAMINGS, ids=[n.__name__.strip("_") for n in NAMINGS])
def test_a_configuration_in_the_repository_needs_trust_however_it_is_named(
    planted, tmp_path, naming
):
    repo, marker = planted
    args = naming(repo.path, tmp_path)
    before = tree_digest(repo.path)
    run = run_guarded(*args, "--select", "readme", "--format", "json", cwd=repo.path)
    assert_clean_end(run, 0, 1)
    assert not marker.exists(), "a rule module of the inspected repository was imported"
    notices = json.loads(run.stdout)["notices"]
    assert any("were not loaded: pass --trust-config" in notice for notice in notices)
    assert tree_digest(repo.path) == before


@pytest.mark.parametrize("naming", [_absolute, _outside_link_to_the_folder])
def test_trust_config_loads_the_same_files(planted, tmp_path, naming):
    """The control: with --trust-config the same naming loads the rules (the module runs),
    so the test above can fail."""
    repo, marker = planted
    trusted = run_guarded(*naming(repo.path, tmp_path), "--trust-config", "--select",
                          "repo-own", "--format", "json", cwd=repo.path)
    assert_clean_end(trusted, 0, 1)
    assert marker.exists()


def test_a_configuration_outside_the_repository_is_trusted_as_before(planted, tmp_path):
    repo, marker = planted
    own_rules = tmp_path / "my-rules"
    own_rules.mkdir()
    (own_rules / "own.py").write_text(MARKER_RULE.format(command=marker_command(marker)))
    config = tmp_path / "mine.yml"
    config.write_text("rules-dirs: [my-rules]\n")
    before = tree_digest(repo.path)
    run = run_guarded("check", repo.path, "--config", config, "--select", "repo-own",
                      "--format", "json")
    assert_clean_end(run, 0, 1)
    assert marker.exists()
    assert json.loads(run.stdout)["results"][0]["rule"] == "repo-own"
    assert tree_digest(repo.path) == before


def test_the_action_config_input_naming_the_pull_request_file_needs_trust(planted, tmp_path):
    """The Action's `config:` input is a path in the workspace, which is the pull request."""
    from test_action import run_action

    repo, marker = planted
    before = tree_digest(repo.path)
    run = run_action(repo.path, tmp_path / "job", {
        "config": ".commons-lint.yml", "path": "sub", "fail-on": "never",
        "args": "--select readme",
    })
    assert run.code == 0, run.log
    assert not marker.exists(), "a rule module of the pull request was imported"
    assert "were not loaded: pass --trust-config" in run.log
    assert tree_digest(repo.path) == before


def test_a_checked_url_loads_no_rules_dirs_of_its_own(planted, tmp_path):
    repo, marker = planted
    bare = tmp_path / "bare.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(repo.path), str(bare)], check=True)
    before = tree_digest(bare)
    run = run_guarded("check", bare.as_uri(), "--select", "readme", "--format", "json")
    assert_clean_end(run, 0, 1)
    assert not marker.exists()
    notices = json.loads(run.stdout)["notices"]
    assert any("were not loaded: pass --trust-config" in notice for notice in notices)
    assert tree_digest(bare) == before

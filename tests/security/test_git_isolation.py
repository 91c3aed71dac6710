"""Git run on an inspected repository (issue 8, items 1 and 2).

Git cannot reach any remote on the repository's behalf: a missing object (a removed
commit, tree or tag, a ``mailmap.blob`` naming a missing blob, a real partial clone)
makes no lazy fetch, so no ``uploadpack``, ``core.sshCommand`` or ``ext::`` URL of the
repository's configuration runs, and git never rewrites ``.git/config`` nor writes a
pack. No other program the configuration names runs either. A repository owned by
another user is refused, as git refuses it, unless the user's own configuration allows
it with ``safe.directory``.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from gitrepo import GitRepo, git, init_repository
from hostile import (
    GuardedRun,
    assert_clean_end,
    assert_one_line_error,
    marker_command,
    run_guarded,
    tree_digest,
)

from commons_lint import repository
from commons_lint.errors import UserError
from commons_lint.repository import Repository, inspection_environment

# The rules that run every git command the tool has: the index, the log (with the
# mailmap), full commits with their trailers, tags, last changes of translated files.
GIT_RULES = "readme,activity,changelog,community-diversity,contributor-terms,translations"

# Long enough for their languages to be identified: the translation rule then dates
# them with ``git log --name-only``, which needs every commit's tree.
FILES = {
    "README.md": (
        "# Cartofaune\n\nCartofaune draws maps of wild animals from the observations that "
        "naturalists share. Anyone can add a sighting, correct a species name or download "
        "the maps for a school project. The data stays open and the code is free software.\n"
    ),
    "README.fr.md": (
        "# Cartofaune\n\nCartofaune dessine des cartes de la faune sauvage à partir des "
        "observations que partagent les naturalistes. Chacun peut ajouter une observation, "
        "corriger le nom d'une espèce ou télécharger les cartes pour un projet d'école. Les "
        "données restent ouvertes et le code est un logiciel libre.\n"
    ),
    "CHANGELOG.md": "# Changelog\n\n## 1.0.0\n\nFirst release.\n",
}


def base_repository(path: Path) -> GitRepo:
    """Three commits (each with its own tree) and an annotated tag, as loose objects."""
    repo = init_repository(path)
    repo.files(FILES, "First version")
    repo.tag("v1.0.0")
    repo.files({"src/app.py": "print('one')\n"}, "Add the application", signoff=True)
    repo.files({"README.fr.md": FILES["README.fr.md"] + "\nBienvenue.\n"}, "Welcome")
    return repo


def object_path(repo: GitRepo, revision: str) -> Path:
    sha = repo.git("rev-parse", revision).strip()
    git_dir = Path(repo.git("rev-parse", "--absolute-git-dir").strip())
    return git_dir / "objects" / sha[:2] / sha[2:]


# ----- what is missing -------------------------------------------------------------------


def missing_commit(repo: GitRepo) -> None:
    object_path(repo, "HEAD").unlink()


def missing_tree(repo: GitRepo) -> None:
    """The first commit's tree: ``git log --name-only`` needs it, the plain log does not."""
    object_path(repo, "HEAD~2^{tree}").unlink()


def missing_tag(repo: GitRepo) -> None:
    object_path(repo, "v1.0.0").unlink()


def missing_mailmap_blob(repo: GitRepo) -> None:
    """Read for ``%aN`` and ``%aE`` by every ``git log`` of the history rules."""
    repo.git("config", "mailmap.blob", "0123456789abcdef0123456789abcdef01234567")


MISSING = [missing_commit, missing_tree, missing_tag, missing_mailmap_blob]


# ----- what a fetch would run ------------------------------------------------------------


def promisor(repo: GitRepo, name: str, url: str, **settings: str) -> None:
    repo.git("config", f"remote.{name}.url", url)
    repo.git("config", f"remote.{name}.promisor", "true")
    repo.git("config", f"remote.{name}.fetch", f"+refs/heads/*:refs/remotes/{name}/*")
    for key, value in settings.items():
        repo.git("config", key, value)


def uploadpack_payload(repo: GitRepo, marker: Path) -> None:
    promisor(repo, "origin", "file:///nonexistent/commons-lint/repo.git",
             **{"remote.origin.uploadpack": marker_command(marker) + "; false"})


def ssh_command_payload(repo: GitRepo, marker: Path) -> None:
    promisor(repo, "origin", "ssh://git@forge.invalid/repo.git",
             **{"core.sshCommand": marker_command(marker) + "; false"})


def ext_url_payload(repo: GitRepo, marker: Path) -> None:
    # ext:: runs its command; "% " is a space in it.
    url = "ext::sh -c " + marker_command(marker).replace(" ", "% ")
    promisor(repo, "origin", url, **{"protocol.ext.allow": "always"})


PAYLOADS = [uploadpack_payload, ssh_command_payload, ext_url_payload]


def declare_partial_clone(repo: GitRepo) -> None:
    repo.git("config", "core.repositoryFormatVersion", "1")
    repo.git("config", "extensions.partialClone", "origin")


def all_payloads(repo: GitRepo, markers: Path) -> list[Path]:
    """Three promisor remotes, one per payload: git tries each in turn."""
    uploadpack, ssh, ext = (markers / f"{name}.marker" for name in ("uploadpack", "ssh", "ext"))
    uploadpack_payload(repo, uploadpack)
    promisor(repo, "second", "ssh://git@forge.invalid/repo.git",
             **{"core.sshCommand": marker_command(ssh) + "; false"})
    promisor(repo, "third", "ext::sh -c " + marker_command(ext).replace(" ", "% "),
             **{"protocol.ext.allow": "always"})
    return [uploadpack, ssh, ext]


def through_a_git_file(repo: GitRepo, elsewhere: Path) -> Path:
    """Moves ``.git`` out of the work tree, leaving a ``.git`` file that points to it."""
    git_dir = elsewhere / "repo.git"
    elsewhere.mkdir()
    shutil.move(repo.path / ".git", git_dir)
    (repo.path / ".git").write_text(f"gitdir: {os.path.relpath(git_dir, repo.path)}\n")
    return git_dir


def digests(*paths: Path) -> list[str]:
    return [tree_digest(path) for path in paths]


def results_of(run: GuardedRun) -> dict[str, str]:
    return {result["rule"]: result["status"] for result in json.loads(run.stdout)["results"]}


def assert_no_tool_error(run: GuardedRun) -> None:
    statuses = results_of(run)
    assert "tool-error" not in statuses.values(), statuses


SLOW = pytest.mark.slow


# Each payload alone: the test below has them all at once, git trying one after another
# (without the tool's protection, each of them runs).
@pytest.mark.parametrize("layout", ["dot-git-folder", "dot-git-file"])
@pytest.mark.parametrize("payload", PAYLOADS, ids=lambda f: f.__name__)
@SLOW
def test_a_missing_commit_fetches_nothing(tmp_path, payload, layout):
    repo = base_repository(tmp_path / "repo")
    marker = tmp_path / "fetched.marker"
    declare_partial_clone(repo)
    payload(repo, marker)
    missing_commit(repo)
    watched = [repo.path]
    if layout == "dot-git-file":
        watched.append(through_a_git_file(repo, tmp_path / "elsewhere"))
    before = digests(*watched)
    run = run_guarded("check", repo.path, "--select", GIT_RULES, "--format", "json")
    assert not marker.exists(), "a fetch ran the repository's program"
    assert digests(*watched) == before, "git changed the repository"
    assert_clean_end(run, 0, 1)
    assert_no_tool_error(run)


@pytest.mark.parametrize(
    "missing, layout",
    [
        *[(missing, "dot-git-folder") for missing in MISSING],
        (missing_commit, "dot-git-file"),
        *[pytest.param(missing, "dot-git-file", marks=SLOW) for missing in MISSING[1:]],
    ],
    ids=lambda value: getattr(value, "__name__", value),
)
def test_any_missing_object_fetches_nothing(tmp_path, missing, layout):
    repo = base_repository(tmp_path / "repo")
    declare_partial_clone(repo)
    markers = all_payloads(repo, tmp_path)
    missing(repo)
    watched = [repo.path]
    if layout == "dot-git-file":
        watched.append(through_a_git_file(repo, tmp_path / "elsewhere"))
    before = digests(*watched)
    run = run_guarded("check", repo.path, "--select", GIT_RULES, "--format", "json")
    assert [marker for marker in markers if marker.exists()] == []
    assert digests(*watched) == before
    assert_clean_end(run, 0, 1)
    assert_no_tool_error(run)


def test_the_environment_forbids_every_fetch():
    environment = inspection_environment()
    assert environment["GIT_NO_LAZY_FETCH"] == "1"  # git 2.44 and later
    assert environment["GIT_ALLOW_PROTOCOL"] == ""  # no transport at all
    # The lazy fetch of older git starts "git fetch", looked up here: there is none.
    for folder in (environment["GIT_EXEC_PATH"], environment["PATH"]):
        assert not os.path.lexists(os.path.join(folder, "git"))
        assert not os.path.lexists(os.path.join(folder, "ssh"))
    # A clone the user asks for keeps the network.
    user_asked = repository.git_environment()
    for name in ("GIT_ALLOW_PROTOCOL", "GIT_EXEC_PATH", "PATH", "GIT_NO_LAZY_FETCH"):
        assert user_asked.get(name) == os.environ.get(name)


# ----- real partial clones ---------------------------------------------------------------


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Path:
    """A bare repository that serves filtered clones over file://."""
    root = tmp_path_factory.mktemp("served")
    source = base_repository(root / "source")
    source.files({f"docs/page-{n}.md": f"# Page {n}\n" for n in range(5)}, "Pages")
    bare = root / "served.git"
    git(root, "clone", "-q", "--bare", str(source.path), str(bare))
    git(bare, "config", "uploadpack.allowFilter", "true")
    git(bare, "config", "uploadpack.allowAnySHA1InWant", "true")
    return bare


def packs(git_dir: Path) -> list[str]:
    return sorted(path.name for path in (git_dir / "objects" / "pack").iterdir())


# tree:0 lacks the trees ``git log --name-only`` reads (git fetches them, unprotected);
# blob:none lacks no object the check needs today: a guard for tomorrow's rules.
@pytest.mark.parametrize("spec", ["tree:0", pytest.param("blob:none", marks=SLOW)])
def test_a_real_partial_clone_is_checked_without_fetching(tmp_path, served, spec):
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", f"--filter={spec}", served.as_uri(), str(clone))
    # Without the tool's protection, git itself would fetch what the log needs.
    assert git(clone, "config", "remote.origin.promisor").strip() == "true"
    before_packs = packs(clone / ".git")
    before = tree_digest(clone)
    run = run_guarded("check", clone, "--format", "json")
    assert packs(clone / ".git") == before_packs, "objects were fetched"
    assert tree_digest(clone) == before
    assert_clean_end(run, 0, 1)
    assert_no_tool_error(run)


# ----- programs the configuration names --------------------------------------------------


def signed_commit(repo: GitRepo) -> None:
    """A commit with a (fake) signature: ``log.showSignature`` would run gpg.program."""
    tree = repo.git("rev-parse", "HEAD^{tree}").strip()
    parent = repo.git("rev-parse", "HEAD").strip()
    body = (
        f"tree {tree}\nparent {parent}\n"
        "author Alice <alice@example.org> 1700000000 +0000\n"
        "committer Alice <alice@example.org> 1700000000 +0000\n"
        "gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n"
        " -----END PGP SIGNATURE-----\n\nSigned\n"
    )
    path = repo.path / "commit.txt"
    path.write_text(body)
    sha = repo.git("hash-object", "-t", "commit", "-w", str(path)).strip()
    path.unlink()
    repo.git("update-ref", "HEAD", sha)


def test_no_program_of_the_configuration_runs(tmp_path):
    repo = base_repository(tmp_path / "repo")
    signed_commit(repo)
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    markers: dict[str, Path] = {}

    def payload(name: str) -> str:
        markers[name] = tmp_path / f"{name}.marker"
        return marker_command(markers[name])

    for hook in ("post-checkout", "post-index-change", "reference-transaction", "fsmonitor"):
        script = hooks / hook
        script.write_text(f"#!/bin/sh\n{payload('hook-' + hook)}\n")
        script.chmod(0o755)
    settings = {
        "core.fsmonitor": payload("fsmonitor"),
        "core.hooksPath": str(hooks),
        "core.pager": payload("pager"),
        "pager.log": payload("pager-log"),
        "log.showSignature": "true",
        "gpg.program": payload("gpg"),
        "diff.external": payload("external-diff"),
        "diff.hostile.textconv": payload("textconv"),
        "trailer.sign.key": "Signed-off-by",
        "trailer.sign.cmd": payload("trailer"),
        "credential.helper": "!" + payload("credential"),
        "core.askPass": payload("askpass"),
        "core.sshCommand": payload("ssh"),
        "mailmap.file": "/dev/zero",  # never ends: git would read it until memory runs out
    }
    for key, value in settings.items():
        repo.git("config", key, value)
    repo.write(".gitattributes", "* diff=hostile\n")
    before = tree_digest(repo.path)
    run = run_guarded("check", repo.path, "--select", GIT_RULES, "--format", "json", timeout=40)
    assert [name for name, marker in markers.items() if marker.exists()] == []
    assert tree_digest(repo.path) == before
    assert_clean_end(run, 0, 1)
    assert_no_tool_error(run)


def test_a_configuration_that_never_ends_is_given_up(tmp_path, monkeypatch):
    """``include.path`` naming a named pipe keeps git waiting: it is stopped in time."""
    repo = base_repository(tmp_path / "repo")
    os.mkfifo(repo.path / ".git" / "waits")
    repo.git("config", "include.path", "waits")
    monkeypatch.setattr(repository, "GIT_TIME_LIMIT", 1.0)
    before = tree_digest(repo.path)
    outcome: list[BaseException | Repository] = []

    def inspect() -> None:
        try:
            outcome.append(Repository(repo.path))
        except UserError as error:
            outcome.append(error)

    worker = threading.Thread(target=inspect, daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert outcome, "git was left waiting"
    assert isinstance(outcome[0], UserError)
    assert "did not answer within 1 seconds" in str(outcome[0])
    assert tree_digest(repo.path) == before


def test_a_mailmap_that_never_ends_is_given_up(tmp_path, monkeypatch):
    """git log reads the work tree's ``.mailmap``; a named pipe there would keep it
    waiting: the history stops in time, empty, and the rules go on."""
    repo = base_repository(tmp_path / "repo")
    os.mkfifo(repo.path / ".mailmap")
    monkeypatch.setattr(repository, "GIT_TIME_LIMIT", 1.0)
    before = tree_digest(repo.path)
    newest: list[object] = []
    history = Repository(repo.path).history
    worker = threading.Thread(target=lambda: newest.append(history.newest), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert newest == [None], "git log was left waiting"
    history.close()
    assert tree_digest(repo.path) == before


# ----- git's protection of repositories owned by someone else ------------------------------

OTHER_USER = 4242

needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="giving a repository to another user needs root",
)


def hostile_configuration(repo: GitRepo, markers: Path) -> list[Path]:
    fsmonitor = markers / "fsmonitor.marker"
    pager = markers / "pager.marker"
    repo.git("config", "core.fsmonitor", marker_command(fsmonitor))
    repo.git("config", "core.pager", marker_command(pager))
    declare_partial_clone(repo)
    fetch_markers = all_payloads(repo, markers)
    missing_commit(repo)
    return [fsmonitor, pager, *fetch_markers]


def give_away(*paths: Path) -> None:
    for path in paths:
        for directory, _dirs, names in os.walk(path):
            os.chown(directory, OTHER_USER, OTHER_USER)
            for name in names:
                os.chown(os.path.join(directory, name), OTHER_USER, OTHER_USER,
                         follow_symlinks=False)


def isolated_home(tmp_path: Path, safe: Path | None = None) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    if safe is not None:
        (home / ".gitconfig").write_text(f"[safe]\n\tdirectory = {safe}\n")
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}


Layout = Callable[[GitRepo, Path], tuple[Path, list[Path], Path]]


def owned_work_tree(repo: GitRepo, tmp_path: Path) -> tuple[Path, list[Path], Path]:
    give_away(repo.path)
    return repo.path, [repo.path], repo.path


def owned_git_dir_only(repo: GitRepo, tmp_path: Path) -> tuple[Path, list[Path], Path]:
    """The work tree is the user's; the folder its ``.git`` file points to is not."""
    git_dir = through_a_git_file(repo, tmp_path / "elsewhere")
    give_away(git_dir)
    return repo.path, [repo.path, git_dir], repo.path


def a_folder_inside(repo: GitRepo, tmp_path: Path) -> tuple[Path, list[Path], Path]:
    give_away(repo.path)
    return repo.path / "src", [repo.path], repo.path


@needs_root
@pytest.mark.parametrize(
    "layout",
    [owned_work_tree, owned_git_dir_only, pytest.param(a_folder_inside, marks=SLOW)],
    ids=lambda f: f.__name__,
)
def test_a_repository_of_another_user_is_refused(tmp_path, layout: Layout):
    repo = base_repository(tmp_path / "repo")
    markers = hostile_configuration(repo, tmp_path)
    target, watched, top = layout(repo, tmp_path)
    before = digests(*watched)
    run = run_guarded("check", target, env=isolated_home(tmp_path))
    line = assert_one_line_error(run, 2)
    assert "another user" in line and f"safe.directory {top}" in line, line
    assert [marker for marker in markers if marker.exists()] == []
    assert digests(*watched) == before


@needs_root
@SLOW
def test_the_refusal_is_translated(tmp_path):
    repo = base_repository(tmp_path / "repo")
    give_away(repo.path)
    run = run_guarded("check", repo.path, env={**isolated_home(tmp_path), "LANG": "fr_FR.UTF-8"})
    line = assert_one_line_error(run, 2)
    assert "appartient à un autre utilisateur" in line, line


@needs_root
def test_a_repository_the_user_allows_is_checked_without_running_anything(tmp_path):
    repo = base_repository(tmp_path / "repo")
    markers = hostile_configuration(repo, tmp_path)
    give_away(repo.path)
    before = tree_digest(repo.path)
    run = run_guarded("check", repo.path, "--select", GIT_RULES, "--format", "json",
                      env=isolated_home(tmp_path, safe=repo.path))
    assert_clean_end(run, 0, 1)
    assert json.loads(run.stdout)["repository"]["is_git"] is True
    assert [marker for marker in markers if marker.exists()] == []
    assert tree_digest(repo.path) == before

"""Imported first by the modules that ``python -m`` starts (``commons_lint`` and
``commons_lint.github_action``): takes the current folder off ``sys.path``.

``python -m`` puts the current folder first on ``sys.path``, and the current folder is
often the repository being checked: a ``click.py`` or ``yaml.py`` committed there would
be imported in place of the real one, and run. ``python -P -m`` (or ``PYTHONSAFEPATH``)
keeps it off from the start, and is what the documentation, the Action and the templates
use; this is the fallback for a plain ``python -m``. It comes too late for what was
imported before it runs: ``commons_lint`` itself and the standard modules its
``__init__`` needs, so only ``-P`` protects from a shadowing ``commons_lint/`` or
``subprocess.py``.
"""

from __future__ import annotations

import os
import sys

_ENTRY_POINTS = ("__main__.py", "github_action.py")


def _started_by_python_m() -> bool:
    """True when ``python -m`` runs one of this package's entry modules: runpy has set
    ``sys.argv[0]`` to its file by the time the module's code runs."""
    if not sys.argv or not sys.argv[0]:
        return False
    started = os.path.realpath(sys.argv[0])
    package = os.path.dirname(os.path.realpath(__file__))
    return os.path.dirname(started) == package and os.path.basename(started) in _ENTRY_POINTS


def _current_folder_first() -> bool:
    if sys.flags.safe_path or not sys.path:
        return False
    if sys.path[0] == "":
        return True
    try:
        return os.path.realpath(sys.path[0]) == os.path.realpath(os.getcwd())
    except OSError:  # the current folder was removed: nothing can be imported from it
        return False


if _started_by_python_m() and _current_folder_first():
    del sys.path[0]

"""``python -P -m commons_lint``: the command line (see ``_startup`` for ``-P``)."""

from . import _startup  # noqa: F401  (first: it takes the current folder off sys.path)
from .cli import run_main

run_main()

"""Errors the user can act on: each becomes one line on stderr and exit code 2."""

from __future__ import annotations


class UserError(Exception):
    """Bad input: a path, a configuration, a rule name, an option."""


class ConfigError(UserError):
    """A configuration or profile file is malformed or names something unknown."""


class PluginError(UserError):
    """Rules could not be loaded, or two rules share an id."""

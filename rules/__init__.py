"""The built-in rules of commons-lint, one module per practice of the tutorial.

This package is a plugin like any other: commons-lint finds it through the entry point
``commons_lint.rules = builtin`` and loads every public module in it.
"""

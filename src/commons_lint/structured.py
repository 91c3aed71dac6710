"""Bounded parsers for the YAML, JSON and TOML files of an inspected repository.

A hostile file can nest a few thousand brackets (Python's parsers then recurse until
``RecursionError``), point a YAML alias at its own anchor (a structure that contains
itself), or fan out through aliases so that a few hundred bytes expand to millions of
nodes. These parsers refuse all three: a document deeper than :data:`MAX_DEPTH` or
larger than :data:`MAX_NODES` once its aliases are expanded is :class:`Malformed`, with
the line where the limit was crossed, as any syntax error is.

What they return is what ``yaml.safe_load``, ``json.loads`` and ``tomllib.loads``
return, so that rules can walk it without a depth guard of their own.
"""

from __future__ import annotations

import json
import tomllib
from typing import Any

import yaml

# Far beyond any real document (publiccode.yml nests 5 levels, a notebook about 10),
# far below the interpreter's recursion limit.
MAX_DEPTH = 100
# Nodes of a YAML document once aliases are expanded: a 1 MiB file of plain values has
# about 200 000; aliases may share, not multiply, the work.
MAX_NODES = 500_000


class Malformed(ValueError):
    """A file that does not parse, or crosses a bound; ``line`` and ``column`` from 1."""

    def __init__(self, problem: str, line: int = 1, column: int = 1) -> None:
        super().__init__(f"{problem} (line {line}, column {column})")
        self.problem = problem
        self.line = line
        self.column = column


class _BoundedComposer(yaml.SafeLoader):
    """A safe loader whose composer measures each node: its height (the depth of what
    it holds, aliases followed) and its weight (how many nodes it stands for once
    aliases are expanded)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._heights: dict[int, int] = {}
        self._weights: dict[int, int] = {}
        self._open: set[int] = set()  # collections still being composed
        self._depth = 0
        self._total = 0
        self.anchors = self._anchors()

    def _anchors(self) -> dict[str, yaml.Node]:
        """A table of anchors that marks a collection open when it is registered: the
        composer registers it before composing its children, so that an alias to it
        from inside is recognised as a cycle."""
        still_open = self._open

        class Anchors(dict[str, yaml.Node]):
            def __setitem__(self, key: str, node: yaml.Node) -> None:
                if isinstance(node, yaml.CollectionNode):
                    still_open.add(id(node))
                super().__setitem__(key, node)

        return Anchors()

    def compose_document(self) -> yaml.Node | None:
        node = super().compose_document()
        self.anchors = self._anchors()  # one document's anchors end with it
        return node

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            node = self.anchors.get(event.anchor)
            if node is not None:
                if id(node) in self._open:
                    raise _problem("an alias refers to the node that contains it", event)
                if self._depth + self._heights.get(id(node), 1) > MAX_DEPTH:
                    raise _problem(f"nested more than {MAX_DEPTH} levels deep", event)
                self._add(self._weights.get(id(node), 1), event)
            return super().compose_node(parent, index)
        event = self.peek_event()  # type: ignore[no-untyped-call]
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _problem(f"nested more than {MAX_DEPTH} levels deep", event)
        before = self._total
        self._add(1, event)
        try:
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        if node is not None:
            self._open.discard(id(node))
            self._weights[id(node)] = self._total - before
            self._heights[id(node)] = _height(node, self._heights)
        return node

    def _add(self, weight: int, event: yaml.Event) -> None:
        self._total += weight
        if self._total > MAX_NODES:
            raise _problem(f"more than {MAX_NODES} values once its aliases are expanded",
                           event)


def _height(node: yaml.Node, heights: dict[int, int]) -> int:
    if isinstance(node, yaml.SequenceNode):
        children = node.value
    elif isinstance(node, yaml.MappingNode):
        children = [part for pair in node.value for part in pair]
    else:
        return 1
    return 1 + max((heights.get(id(child), 1) for child in children), default=0)


def _problem(problem: str, event: yaml.Event) -> yaml.MarkedYAMLError:
    mark: Any = event.start_mark
    return yaml.MarkedYAMLError(problem=problem, problem_mark=mark)


def _malformed(error: yaml.YAMLError) -> Malformed:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    if mark is None:
        return Malformed(str(problem))
    return Malformed(str(problem), mark.line + 1, mark.column + 1)


def compose_yaml(text: str) -> yaml.Node | None:
    """The first YAML document of ``text`` as a node tree (None when it is empty)."""
    try:
        loader = _BoundedComposer(text)
    except yaml.reader.ReaderError as error:  # a character YAML does not allow
        raise _unreadable(text, error) from None
    try:
        return loader.get_single_node()
    except yaml.reader.ReaderError as error:
        raise _unreadable(text, error) from None
    except yaml.YAMLError as error:
        raise _malformed(error) from None
    except RecursionError:
        raise Malformed(f"nested more than {MAX_DEPTH} levels deep") from None
    finally:
        loader.dispose()


def _unreadable(text: str, error: yaml.reader.ReaderError) -> Malformed:
    before = text[: error.position]
    line = before.count("\n") + 1
    column = error.position - (before.rfind("\n") + 1) + 1
    return Malformed(f"character U+{error.character:04X} is not allowed in YAML", line, column)


def construct_yaml(node: yaml.Node | None) -> Any:
    """What ``yaml.safe_load`` would give for a node made by :func:`compose_yaml`."""
    if node is None:
        return None
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_document(node)
    except yaml.YAMLError as error:
        raise _malformed(error) from None
    finally:
        loader.dispose()


def load_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, within the bounds."""
    return construct_yaml(compose_yaml(text))


def load_json(text: str) -> Any:
    """``json.loads(text)``, within the bounds."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise Malformed(error.msg, error.lineno, error.colno) from None
    except ValueError as error:  # an integer of more than sys.get_int_max_str_digits()
        raise Malformed(str(error)) from None
    except RecursionError:
        raise _too_deep(text) from None
    _check_depth(data, text)
    return data


def load_toml(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``, within the bounds."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise Malformed(str(error).split(" (at ")[0], *_toml_position(error)) from None
    except RecursionError:
        raise _too_deep(text) from None
    _check_depth(data, text)
    return data


def _toml_position(error: tomllib.TOMLDecodeError) -> tuple[int, int]:
    text = str(error)
    if "(at line " in text:
        place = text.rsplit("(at line ", 1)[1].rstrip(")")
        line, _sep, column = place.partition(", column ")
        if line.isdigit() and column.isdigit():
            return int(line), int(column)
    return 1, 1


def _check_depth(data: Any, text: str) -> None:
    """Refuse data nested deeper than :data:`MAX_DEPTH`, without recursion."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > MAX_DEPTH:
            raise _too_deep(text)
        stack.extend((child, depth + 1) for child in children)


def _too_deep(text: str) -> Malformed:
    """The error for a file nested too deeply, at the first bracket past the bound.

    Brackets inside strings are counted too: this only places the message.
    """
    depth = 0
    line, column = 1, 0
    for character in text:
        column += 1
        if character == "\n":
            line, column = line + 1, 0
        elif character in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                break
        elif character in "]}":
            depth -= 1
    return Malformed(f"nested more than {MAX_DEPTH} levels deep", line, max(column, 1))

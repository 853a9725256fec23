"""Read a glossary YAML file safely, keeping the line of every value.

* Only plain YAML: mappings, lists, text, numbers, true/false, null. Any other tag
  (``!!python/object`` and friends) is refused; nothing is ever constructed from a tag,
  so no code can run.
* Anchors and aliases (``&x`` / ``*x``) are refused, so an alias bomb ("billion laughs")
  is rejected as soon as the first alias is met.
* Files over :data:`MAX_BYTES` are refused before parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from ..lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    import yaml

MAX_BYTES = 32 * 1024 * 1024

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str": str,
    "tag:yaml.org,2002:int": int,
    "tag:yaml.org,2002:float": float,
    "tag:yaml.org,2002:bool": bool,
    "tag:yaml.org,2002:null": type(None),
}
_MAP_TAG = "tag:yaml.org,2002:map"
_TAB_INDENT = lazy_pattern(r"^[ ]*(?:-[ ]*)?\t")  # a tab before a field, or after a list item's dash
_SEQ_TAG = "tag:yaml.org,2002:seq"


_yaml_module: Any = None


def _yaml() -> Any:
    """PyYAML, imported on first use: it costs about 15 ms, and a run that finds the compiled
    glossaries in the cache never parses YAML."""
    global _yaml_module
    if _yaml_module is None:
        import yaml

        _yaml_module = yaml
    return _yaml_module


def _loader() -> Any:
    yaml = _yaml()
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlProblem(Exception):
    """The file cannot be read as a glossary at all. ``line`` is 1-based (0 if unknown)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class Located(dict):  # type: ignore[type-arg]
    """A YAML mapping that remembers its own line and the line of each key."""

    line: int
    key_lines: dict[str, int]
    duplicate_keys: list[tuple[str, int, int]]


class LocatedList(list):  # type: ignore[type-arg]
    """A YAML list that remembers its own line and the line of each item."""

    line: int
    item_lines: list[int]


@dataclass
class _State:
    seen: set[int]
    text: str


def _alias_line(text: str, default: int) -> int:
    match = re.search(r"(?<![\w*])\*[\w-]+", text)
    return text.count("\n", 0, match.start()) + 1 if match else default


def read_yaml(text: str) -> Any:
    """Parse ``text`` into plain Python values with lines attached (see :class:`Located`)."""
    if len(text) > MAX_BYTES:
        raise YamlProblem(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB: split it into smaller files")
    if "\t" in text:
        for number, line in enumerate(text.splitlines(), 1):
            if _TAB_INDENT.match(line):
                raise YamlProblem("a tab is used to indent this line: YAML needs spaces, so replace the tab with spaces", number)
    yaml = _yaml()
    try:
        loader = _loader()(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        from .yamlhelp import plain_message

        raise YamlProblem(*plain_message(exc, text)) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"the YAML cannot be read ({exc})") from None
    if node is None:
        return None
    return _convert(node, _State(seen=set(), text=text))


def _convert(node: yaml.Node, state: _State) -> Any:
    yaml = _yaml()
    line = node.start_mark.line + 1
    if id(node) in state.seen:
        raise YamlProblem(
            "anchors and aliases (& and *) are not allowed: write the value out in full", _alias_line(state.text, line)
        )
    state.seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        if node.tag not in _PLAIN_TAGS:
            raise YamlProblem(f"the tag {node.tag!r} is not allowed: write plain text instead", line)
        if node.tag == "tag:yaml.org,2002:str":
            return node.value
        # Numbers, booleans and null, through PyYAML's safe constructor.
        return yaml.constructor.SafeConstructor().construct_object(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        if node.tag != _SEQ_TAG:
            raise YamlProblem(f"the tag {node.tag!r} is not allowed here", line)
        items = LocatedList(_convert(child, state) for child in node.value)
        items.line = line
        items.item_lines = [child.start_mark.line + 1 for child in node.value]
        return items
    if isinstance(node, yaml.MappingNode):
        if node.tag != _MAP_TAG:
            raise YamlProblem(f"the tag {node.tag!r} is not allowed here", line)
        mapping = Located()
        mapping.line = line
        mapping.key_lines = {}
        mapping.duplicate_keys = []
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlProblem("merge keys (<<) are not allowed: write the fields out in full", key_node.start_mark.line + 1)
            key = _convert(key_node, state)
            key_line = key_node.start_mark.line + 1
            if not isinstance(key, str):
                key = str(key)
            if key in mapping:
                mapping.duplicate_keys.append((key, mapping.key_lines[key], key_line))
            mapping[key] = _convert(value_node, state)
            mapping.key_lines[key] = key_line
        return mapping
    raise YamlProblem("this kind of YAML value is not allowed", line)  # pragma: no cover

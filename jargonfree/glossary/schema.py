"""The JSON Schema of a glossary file, made from the field table so the two cannot drift.

``python -m jargonfree.glossary.schema > glossaries/schema.json`` writes it; a test checks
the committed file is current and that every built-in glossary passes it.
"""

from __future__ import annotations

import json
from typing import Any

from .fields import ENTRY_FIELDS, FILE_FIELDS, REQUIRED_ENTRY_FIELDS, Field
from .entries import CONTEXT_FIELDS, MAX_CONTEXT_LIST, MAX_LIST

_KIND: dict[str, dict[str, Any]] = {
    "text": {"$ref": "#/$defs/text"},
    "texts": {"$ref": "#/$defs/texts"},
    "bool": {"type": "boolean"},
    "list": {"type": "array", "items": {"$ref": "#/$defs/entry"}},
}


def _property(field: Field) -> dict[str, Any]:
    if field.kind == "choice":
        return {"description": field.help, "enum": list(field.choices)}
    if field.kind == "texts" and field.name in CONTEXT_FIELDS:
        # Context words may be longer lists than other fields: the same limit as the loader's.
        return {"description": field.help, "$ref": "#/$defs/context_texts"}
    return {"description": field.help, **_KIND[field.kind]}


def build_schema() -> dict[str, Any]:
    """The schema as a dictionary."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://jargonfree.invalid/glossary.schema.json",
        "title": "jargonfree glossary file",
        "description": "One topic's glossary entries. See glossaries/README.md.",
        "type": "object",
        "additionalProperties": False,
        "properties": {name: _property(f) for name, f in FILE_FIELDS.items()},
        "$defs": {
            "text": {"type": ["string", "number"], "minLength": 1},
            "texts": {"oneOf": [{"$ref": "#/$defs/text"}, {"type": "array", "items": {"$ref": "#/$defs/text"}, "maxItems": MAX_LIST}]},
            "context_texts": {
                "oneOf": [{"$ref": "#/$defs/text"}, {"type": "array", "items": {"$ref": "#/$defs/text"}, "maxItems": MAX_CONTEXT_LIST}]
            },
            "entry": {
                "type": "object",
                "additionalProperties": False,
                "required": list(REQUIRED_ENTRY_FIELDS),
                "anyOf": [{"required": ["plain"]}, {"required": ["explanation"]}, {"required": ["in_brackets"]}],
                "properties": {name: _property(f) for name, f in ENTRY_FIELDS.items()},
            },
        },
    }


def schema_text() -> str:
    """The schema as the JSON text of ``glossaries/schema.json``."""
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":  # pragma: no cover
    print(schema_text(), end="")

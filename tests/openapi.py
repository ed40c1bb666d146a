"""Validate message objects against LINE's Messaging API OpenAPI document (../shared/line-openapi).

OpenAPI 3.0 is not JSON Schema: LINE's document dispatches polymorphic objects (Message, FlexContainer,
FlexComponent, Action) with a `discriminator` whose subtypes `allOf` back into the base. This module turns each
discriminated base into a JSON Schema that checks the `type` is one LINE knows and then applies the mapped
subtype, while subtypes refer to a non-dispatching copy of the base (`<Name>__base`) so that validation does
not loop. `nullable` is honoured; everything else is plain JSON Schema.
"""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

_PREFIX = "#/components/schemas/"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def messaging_api_spec() -> Path:
    """../shared/line-openapi/messaging-api.yml; the calling test skips, saying so, when it is absent.

    (Found here rather than through `conftest.shared_path`: `from conftest import …` resolves to whichever
    conftest.py pytest loaded last once a test subfolder has its own.)
    """
    path = SHARED / "line-openapi" / "messaging-api.yml"
    if not path.exists():
        import pytest

        pytest.skip(
            "../shared/line-openapi/messaging-api.yml is absent (a user's own clone); CI always has it"
        )
    return path


def message_errors(message: Any) -> list[str]:
    """Problems of one message object (text, flex…) against LINE's `Message` schema."""
    return errors("Message", message, messaging_api_spec())


def _rewrite(node: Any, bases: set[str]) -> Any:
    """Point `allOf` references to discriminated bases at their non-dispatching copies."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "allOf":
                out[key] = [
                    {"$ref": item["$ref"] + "__base"}
                    if isinstance(item, dict) and item.get("$ref", "").removeprefix(_PREFIX) in bases
                    else _rewrite(item, bases)
                    for item in value
                ]
            else:
                out[key] = _rewrite(value, bases)
        if out.pop("nullable", False) and "type" in out:
            out["type"] = [out["type"], "null"]
        return out
    if isinstance(node, list):
        return [_rewrite(v, bases) for v in node]
    return node


@cache
def _schemas(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        doc = yaml.safe_load(fh)
    raw: dict[str, Any] = doc["components"]["schemas"]
    bases = {name for name, s in raw.items() if isinstance(s, dict) and "discriminator" in s}
    schemas: dict[str, Any] = {}
    for name, schema in raw.items():
        schema = _rewrite(schema, bases)
        if name in bases:
            disc = schema.pop("discriminator")
            prop, mapping = disc["propertyName"], disc["mapping"]
            schemas[name + "__base"] = copy.deepcopy(schema)
            schema.setdefault("required", [])
            if prop not in schema["required"]:
                schema["required"] = [*schema["required"], prop]
            schema["properties"] = {**schema.get("properties", {}), prop: {"enum": sorted(mapping)}}
            schema["allOf"] = [
                {"if": {"properties": {prop: {"const": key}}}, "then": {"$ref": target}}
                for key, target in mapping.items()
            ]
        schemas[name] = schema
    return schemas


@cache
def validator_for(schema_name: str, openapi_file: Path) -> jsonschema.protocols.Validator:
    """A Draft 7 validator for one named component schema of `openapi_file`."""
    # One document holding every component, so that `#/components/...` references resolve inside it.
    root = {"$ref": _PREFIX + schema_name, "components": {"schemas": _schemas(str(openapi_file))}}
    return jsonschema.Draft7Validator(root)


def errors(schema_name: str, instance: Any, openapi_file: Path) -> list[str]:
    """Readable validation errors of `instance` against `schema_name` (empty when valid)."""
    validator = validator_for(schema_name, openapi_file)
    return [
        f"{'/'.join(str(p) for p in err.absolute_path) or '(root)'}: {err.message}"
        for err in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    ]

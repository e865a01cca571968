"""Plain data for the result cache: JSON that can describe results but never run code.

A cache entry is read back from disk, where anyone who ships a corpus may have
put it, so it must not be pickle. This codec writes JSON with a few tags for
the shapes results use that JSON lacks (tuples, dicts with non-string keys,
sets, dates, enums, dataclasses). Decoding builds only what an allowlist names:
plain JSON values and the dataclasses and enums the engine and the selected
rules' own modules define, constructed field by field. An unknown tag or type
is a decoding error (the entry is then a cache miss), never an import.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import enum
import functools
import json
import sys
from collections.abc import Iterable
from typing import Any

#: Mapping types kept exactly (a Counter must come back a Counter); a defaultdict holds code and is refused.
_MAPPINGS: dict[type, str] = {dict: "d", collections.Counter: "counter", collections.OrderedDict: "odict"}
_MAPPING_TAGS = {tag: kind for kind, tag in _MAPPINGS.items()}
_SCALARS = frozenset({str, int, float, bool, type(None)})


class PlainDataError(ValueError):
    """A value that the codec cannot write, or a document it will not read."""


def allowed_types(module_names: Iterable[str]) -> dict[str, type]:
    """Dataclasses and enums defined or imported at the top level of these (already imported) modules."""
    from scrapelint.model import finding, results

    allowed: dict[str, type] = {}
    for module in (finding, results, *(sys.modules.get(name) for name in module_names)):
        for value in vars(module).values() if module is not None else ():
            if isinstance(value, type) and (dataclasses.is_dataclass(value) or issubclass(value, enum.Enum)):
                allowed[_name(value)] = value
    return allowed


def _name(kind: type) -> str:
    return f"{kind.__module__}:{kind.__qualname__}"


class Codec:
    """Encode and decode values made of JSON types and the allowed dataclasses and enums."""

    def __init__(self, allowed: dict[str, type]) -> None:
        self.allowed = allowed

    def dumps(self, value: Any) -> bytes:
        return json.dumps(self._encode(value), ensure_ascii=True, separators=(",", ":")).encode("ascii")

    def loads(self, data: bytes) -> Any:
        try:
            return json.loads(data, object_hook=self._decode_object)
        except PlainDataError:
            raise
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as exc:
            raise PlainDataError(f"not a cache document: {type(exc).__name__}: {exc}") from None

    # -- writing ---------------------------------------------------------

    def _encode(self, value: Any) -> Any:
        kind = type(value)
        if kind in _SCALARS:
            return value
        if isinstance(value, enum.Enum):
            return {"e": [self._known(kind), value.value]}
        if kind is list:
            return [self._encode(item) for item in value]
        if kind is tuple:
            return {"t": [self._encode(item) for item in value]}
        if kind in _MAPPINGS:
            return {_MAPPINGS[kind]: [[self._encode(k), self._encode(v)] for k, v in value.items()]}
        if kind in (set, frozenset):
            return {"s" if kind is set else "f": [self._encode(item) for item in value]}
        if kind is dt.datetime:
            return {"dt": value.isoformat()}
        if kind is dt.date:
            return {"date": value.isoformat()}
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            name = self._known(kind)
            return {"c": [name, [self._encode(getattr(value, field)) for field in _field_names(kind)]]}
        raise PlainDataError(f"cannot store a {type(value).__qualname__} in the cache")

    def _known(self, kind: type) -> str:
        name = _name(kind)
        if self.allowed.get(name) is not kind:
            raise PlainDataError(f"{name} is not a type the cache may store")
        return name

    # -- reading ---------------------------------------------------------

    def _decode_object(self, value: dict[str, Any]) -> Any:
        """Called by the JSON parser for each object, innermost first: every object is one tag."""
        if len(value) != 1:
            raise PlainDataError("untagged object")
        ((tag, body),) = value.items()
        if tag == "t":
            return tuple(body)
        if tag in _MAPPING_TAGS:
            return _MAPPING_TAGS[tag]({_hashable(k): v for k, v in body})
        if tag == "s":
            return {_hashable(item) for item in body}
        if tag == "f":
            return frozenset(_hashable(item) for item in body)
        if tag == "date":
            return dt.date.fromisoformat(body)
        if tag == "dt":
            return dt.datetime.fromisoformat(body)
        if tag == "e":
            name, raw = body
            return self._type(name, enum.Enum)(raw)
        if tag == "c":
            name, values = body
            kind = self._type(name, None)
            if not dataclasses.is_dataclass(kind) or not isinstance(values, list):
                raise PlainDataError(f"{name} is not a dataclass")
            return _construct(kind, values)
        raise PlainDataError(f"unknown tag {tag!r}")

    def _type(self, name: Any, base: type | None) -> type:
        kind = self.allowed.get(name) if isinstance(name, str) else None
        if kind is None or (base is not None and not issubclass(kind, base)):
            raise PlainDataError(f"{name!r} is not a type the cache may read")
        return kind


def _hashable(value: Any) -> Any:
    if isinstance(value, (list, dict, set)):
        raise PlainDataError("unhashable key")
    return value


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def _construct(kind: type, values: list[Any]) -> Any:
    fields = dataclasses.fields(kind)
    if len(values) != len(fields):
        raise PlainDataError(f"{kind.__qualname__}: fields do not match")
    instance = kind(**{f.name: value for f, value in zip(fields, values, strict=True) if f.init})
    for f, value in zip(fields, values, strict=True):
        if not f.init:
            object.__setattr__(instance, f.name, value)
    return instance

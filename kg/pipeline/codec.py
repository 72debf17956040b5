"""Typed values <-> JSON for the build cache: plain data that loading cannot execute, checked as it is read.

A cached entry used to be a pickle, and unpickling runs whatever code the bytes name: an ``out/`` folder
someone shares could run code in the next build that loads it. JSON holds only data. :func:`decode`
rebuilds the dataclasses from their type hints and refuses anything else: a missing or unexpected field,
a value of the wrong type, an unknown enum value, a number or date that does not parse.

A dataclass is an array of its fields' values in declaration order (objects keyed by field name made the
entries twice as large and three times slower to load than the pickles they replace); Decimal and dates
are strings; sets are sorted lists. Each dataclass's decoder is compiled once from its own field names and types,
never from the data, so that checking a field of str, int or bool costs no call.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from kg.errors import BadCacheEntry

T = TypeVar("T")
Decoder = Callable[[Any], Any]


def encode(value: object) -> bytes:
    """``value`` (dataclasses, lists, tuples, sets, dicts with str keys, str, int, bool, None, Decimal, dates,
    str enums) as compact UTF-8 JSON."""
    return json.dumps(value, default=_plain, ensure_ascii=False, separators=(",", ":"),
                      check_circular=False).encode("utf-8")


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [getattr(value, f.name) for f in dataclasses.fields(value)]
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, (Decimal, dt.date)):
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    raise TypeError(f"{type(value).__name__} has no JSON form in the cache")


def decode(data: bytes, cls: type[T]) -> T:
    """The ``cls`` value ``data`` holds; raises BadCacheEntry for anything that is not exactly that."""
    try:
        return _decoder(cls)(json.loads(data))
    except (ValueError, TypeError, KeyError, InvalidOperation, RecursionError) as exc:
        raise BadCacheEntry(cls.__name__, f"not a cached {cls.__name__}: {type(exc).__name__}: {exc}",
                            "it is extracted again") from None


@cache
def _decoder(tp: Any) -> Decoder:
    """A function checking and converting JSON data into a value of type ``tp``; built once per type."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        return _optional(tp, args)
    if origin in (list, set, frozenset) or (origin is tuple and args[1:] == (Ellipsis,)):
        return _sequence(origin, _decoder(args[0]))
    if origin is tuple:
        return _fixed_tuple(tuple(_decoder(a) for a in args))
    if origin is dict:
        return _mapping(_decoder(args[0]), _decoder(args[1]))
    if dataclasses.is_dataclass(tp):
        return _dataclass(tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        members = {m.value: m for m in tp}          # a lookup, not Enum's slower call; str values only
        return lambda v: members[_exact(v, str)]
    if tp in _SCALARS:
        return _SCALARS[tp]
    raise TypeError(f"no cache decoder for {tp!r}")


def _exact(value: Any, kind: type) -> Any:
    if type(value) is not kind:
        raise TypeError(f"expected {kind.__name__}, found {type(value).__name__}")
    return value


_SCALARS: dict[Any, Decoder] = {
    str: lambda v: _exact(v, str), int: lambda v: _exact(v, int), bool: lambda v: _exact(v, bool),
    Decimal: lambda v: Decimal(_exact(v, str)), dt.date: lambda v: dt.date.fromisoformat(_exact(v, str)),
    type(None): lambda v: _exact(v, type(None)),
}


_PLAIN = (str, int, bool)


def _optional(tp: Any, args: tuple) -> Decoder:
    inner = [a for a in args if a is not type(None)]
    if len(inner) != 1 or len(args) != 2:
        raise TypeError(f"no cache decoder for {tp!r}: only X | None unions")
    item = _decoder(inner[0])
    return lambda v: None if v is None else item(v)


def _sequence(kind: type, item: Decoder) -> Decoder:
    make = list if kind is list else kind
    plain = next((t for t, f in _SCALARS.items() if f is item and t in _PLAIN), None)
    if plain is str:                     # a list of str: str.join refuses any other item, at C speed
        def read_strings(v: Any) -> Any:
            "".join(_exact(v, list))
            return make(v)
        return read_strings
    if plain is not None:                # a list of int or bool: checked without a call per item
        def read_plain(v: Any) -> Any:
            if not all(type(x) is plain for x in _exact(v, list)):
                raise TypeError(f"expected a list of {plain.__name__}")
            return make(v)
        return read_plain
    if make is list:
        return lambda v: [item(x) for x in _exact(v, list)]
    return lambda v: make([item(x) for x in _exact(v, list)])


def _fixed_tuple(items: tuple[Decoder, ...]) -> Decoder:
    def read(v: Any) -> tuple:
        if len(_exact(v, list)) != len(items):
            raise ValueError(f"expected {len(items)} items, found {len(v)}")
        return tuple(f(x) for f, x in zip(items, v))
    return read


def _mapping(key: Decoder, value: Decoder) -> Decoder:
    return lambda v: {key(k): value(x) for k, x in _exact(v, dict).items()}


def _dataclass(cls: type) -> Decoder:
    """A decoder of ``cls`` compiled from its fields (as dataclasses compile ``__init__``): the same checks as a loop
    over the fields, without a call per field for str, int and bool values and their optionals."""
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    env: dict[str, Any] = {"cls": cls, "_shape": _shape, "_field": _field}
    body = [f"    if type(v) is not list or len(v) != {len(names)}:", "        _shape(cls, v)"]
    args = []
    for i, name in enumerate(names):
        body.append(f"    x{i} = v[{i}]")
        plain, optional = _plain_field(hints[name])
        if plain is not None:
            env[f"t{i}"] = plain
            test = f"type(x{i}) is not t{i}"
            body += [f"    if {f'x{i} is not None and ' if optional else ''}{test}:", f"        _field(cls, {name!r}, x{i})"]
            args.append(f"x{i}")
        else:
            env[f"d{i}"] = _decoder(hints[name])
            args.append(f"d{i}(x{i})")
    source = "def read(v):\n" + "\n".join(body) + f"\n    return cls({', '.join(args)})\n"
    exec(compile(source, f"<cache decoder of {cls.__name__}>", "exec"), env)     # source made above, from field names
    return env["read"]


def _plain_field(tp: Any) -> tuple[type | None, bool]:
    """(str, int or bool, whether None is allowed) for a field of that type or its optional; (None, False) else."""
    if tp in _PLAIN:
        return tp, False
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (types.UnionType, typing.Union) and len(args) == 2 and type(None) in args:
        inner = next(a for a in args if a is not type(None))
        if inner in _PLAIN:
            return inner, True
    return None, False


def _shape(cls: type, v: Any) -> None:
    if type(v) is not list:
        raise TypeError(f"expected list, found {type(v).__name__}")
    raise ValueError(f"{cls.__name__} has {len(dataclasses.fields(cls))} fields, not {len(v)}")


def _field(cls: type, name: str, value: Any) -> None:
    raise TypeError(f"{cls.__name__}.{name}: expected {typing.get_type_hints(cls)[name]}, found {type(value).__name__}")

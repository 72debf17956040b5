"""Turn a TOML table into a frozen dataclass, checking every key and value on the way.

A section's dataclass is its schema: each field is a key, its type says what the value must be, and a
field without a default is required. A key the dataclass does not name, a required key that is missing,
a value of the wrong type or a regular expression that does not compile is a :class:`LexiconError`
naming the file and the key's dotted path, so a typo in a TOML file fails at load time, not inside a
worker.
"""
from __future__ import annotations

import dataclasses
import re
import types
import typing
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, TypeVar

from kg.errors import LexiconError

T = TypeVar("T")
Pattern = re.Pattern[str]


def typed(cls: type[T], data: Any, file: str, path: str = "") -> T:
    """``data`` (a TOML table) as a ``cls`` instance; errors name ``file`` and the key's path."""
    if not isinstance(data, dict):
        raise LexiconError(file, f"{_label(path)} must be a table, not {_kind(data)}")
    hints = _hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    unknown = sorted(set(data) - set(names))
    if unknown:
        raise LexiconError(file, f"unknown key {_join(path, unknown[0])!r}",
                           f"the keys {_label(path)} may hold are: {', '.join(names)}")
    values = {}
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        if f.name in data:
            values[f.name] = _convert(hints[f.name], data[f.name], file, _join(path, f.name))
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise LexiconError(file, f"missing key {_join(path, f.name)!r}", "add it (see the shipped file)")
    try:
        return cls(**values)
    except ValueError as exc:          # a record's own check of its values (__post_init__)
        raise LexiconError(file, f"{_label(path)}: {exc}") from None


def check_keys(cls: type, data: Any, file: str, path: str = "") -> None:
    """Raise on keys ``cls`` does not name, at any depth; missing keys are allowed (a partial source), except in
    a row of a list of tables ([[areas.district]]), which no other source completes."""
    if not isinstance(data, dict):
        return
    hints = _hints(cls)
    names = {f.name for f in dataclasses.fields(cls) if f.init}
    for key, value in data.items():
        if key not in names:
            raise LexiconError(file, f"unknown key {_join(path, key)!r}",
                               f"the keys {_label(path)} may hold are: {', '.join(sorted(names))}")
        inner = _dataclass_in(hints[key])
        if inner is not None:
            rows = value if isinstance(value, list) else [value]
            for i, row in enumerate(rows):
                check_keys(inner, row, file, _join(path, key))
                if isinstance(value, list):
                    _check_complete(inner, row, file, f"{_join(path, key)}[{i}]")


def _check_complete(cls: type, row: Any, file: str, path: str) -> None:
    """Raise on a key ``cls`` needs (it has no default) that the table ``row`` lacks."""
    if not isinstance(row, dict):
        return
    for f in dataclasses.fields(cls):
        if f.init and f.name not in row and f.default is dataclasses.MISSING \
                and f.default_factory is dataclasses.MISSING:
            raise LexiconError(file, f"missing key {_join(path, f.name)!r}", "add it (see the shipped file)")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _dataclass_in(hint: Any) -> type | None:
    """The dataclass a field holds, directly or as the items of a tuple, else None."""
    if dataclasses.is_dataclass(hint):
        return hint
    args = typing.get_args(hint)
    if typing.get_origin(hint) is tuple and args and dataclasses.is_dataclass(args[0]):
        return args[0]
    return None


def _convert(hint: Any, value: Any, file: str, path: str) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if dataclasses.is_dataclass(hint):
        return typed(hint, value, file, path)
    if origin is tuple:
        _expect(isinstance(value, list), "a list", value, file, path)
        return tuple(_convert(args[0], v, file, f"{path}[{i}]") for i, v in enumerate(value))
    if origin is dict:
        _expect(isinstance(value, dict), "a table", value, file, path)
        return {k: _convert(args[1], v, file, _join(path, k)) for k, v in value.items()}
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        return _convert(next(a for a in args if a is not type(None)), value, file, path)
    return _scalar(hint, value, file, path)


def _scalar(hint: Any, value: Any, file: str, path: str) -> Any:
    if hint is re.Pattern or typing.get_origin(hint) is re.Pattern:
        _expect(isinstance(value, str), "a regular expression (a string)", value, file, path)
        try:
            return re.compile(value)
        except re.error as exc:
            raise LexiconError(file, f"{path!r} is not a valid regular expression: {exc}") from None
    if hint is Decimal:
        _expect(isinstance(value, (int, float, str)) and not isinstance(value, bool), "a number", value, file, path)
        try:
            return Decimal(str(value))
        except InvalidOperation:
            raise LexiconError(file, f"{path!r} must be a number, not {value!r}") from None
    if hint is int:
        _expect(isinstance(value, int) and not isinstance(value, bool), "an integer", value, file, path)
    elif hint is bool:
        _expect(isinstance(value, bool), "true or false", value, file, path)
    elif hint is str:
        _expect(isinstance(value, str), "a string", value, file, path)
    else:
        raise TypeError(f"the lexicon schema cannot read a {hint!r} at {path}")
    return value


def _expect(ok: bool, what: str, value: Any, file: str, path: str) -> None:
    if not ok:
        raise LexiconError(file, f"{path!r} must be {what}, not {_kind(value)}")


def _kind(value: Any) -> str:
    return {dict: "a table", list: "a list", str: "a string", bool: "a boolean"}.get(type(value), repr(value))


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _label(path: str) -> str:
    return repr(path) if path else "the file"

"""All-or-nothing output: a failure at any step leaves every target as it was."""
from __future__ import annotations

import os

import pytest

from kg.errors import OutputError
from kg.pipeline.files import write_all


def test_writes_every_file(tmp_path):
    write_all({tmp_path / "a.ttl": b"a", tmp_path / "b.html": b"b"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl", "b.html"]


def test_a_failed_rename_puts_back_the_files_already_replaced(tmp_path, monkeypatch):
    (tmp_path / "a.ttl").write_bytes(b"old a")
    (tmp_path / "b.html").write_bytes(b"old b")
    real_replace = os.replace
    calls = []

    def flaky(src, dst):
        calls.append(dst)
        if str(dst).endswith("b.html") and str(src).endswith(".tmp"):
            raise OSError(28, "No space left on device", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(OutputError) as info:
        write_all({tmp_path / "a.ttl": b"new a", tmp_path / "b.html": b"new b"})
    assert "No space left" in str(info.value)
    assert (tmp_path / "a.ttl").read_bytes() == b"old a"
    assert (tmp_path / "b.html").read_bytes() == b"old b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl", "b.html"]


def test_a_failed_rename_removes_files_that_were_not_there(tmp_path, monkeypatch):
    real_replace = os.replace

    def flaky(src, dst):
        if str(dst).endswith("b.html"):
            raise OSError(5, "Input/output error", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(OutputError):
        write_all({tmp_path / "a.ttl": b"new a", tmp_path / "b.html": b"new b"})
    assert list(tmp_path.iterdir()) == []

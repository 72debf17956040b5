"""Write outputs all-or-nothing: every file goes to a temporary name first, then all are renamed."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.errors import OutputError


def write_all(files: dict[Path, bytes | Path]) -> None:
    """Write each path's bytes atomically; on any failure no target is touched.

    A Path value is a file already written (streamed) on the same file system: it is renamed into place.
    """
    temps: list[tuple[Path, Path]] = []
    try:
        for target, data in sorted(files.items()):
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, Path):
                os.chmod(data, 0o644)
                temps.append((data, target))
                continue
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            temps.append((Path(tmp), target))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
    except OSError as exc:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        where = exc.filename or (str(temps[-1][1]) if temps else "output")
        raise OutputError(str(where), exc.strerror or str(exc), "check that the output folder is writable") from None
    _swap_in(temps)


def _swap_in(temps: list[tuple[Path, Path]]) -> None:
    """Rename every temporary file onto its target; if one rename fails, put back what was there."""
    done: list[tuple[Path, Path | None]] = []        # (target, backup of its old content or None)
    try:
        for tmp, target in temps:
            backup = None
            if target.exists():
                backup = target.with_name(f".{target.name}.{os.getpid()}.bak")
                os.link(target, backup)
            done.append((target, backup))
            os.replace(tmp, target)
    except OSError as exc:
        for target, backup in reversed(done):
            if backup is not None:
                os.replace(backup, target)
                backup.unlink(missing_ok=True)   # rename is a no-op when both names link one file
            else:
                target.unlink(missing_ok=True)
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)
        raise OutputError(str(exc.filename or temps[0][1]), exc.strerror or str(exc),
                          "nothing was changed; check the output folder") from None
    for _, backup in done:
        if backup is not None:
            backup.unlink(missing_ok=True)


def prune(folder: Path, keep: set[str]) -> None:
    """Remove the files of ``folder`` not named in ``keep``: texts of documents a previous build read and this
    one did not (they would point nowhere)."""
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.name not in keep:
            try:
                path.unlink()
            except OSError as exc:
                raise OutputError(str(path), exc.strerror or str(exc),
                                  "remove it by hand: it is the text of a document this build did not read") from None

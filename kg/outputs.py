"""Write outputs all-or-nothing: every file goes to a temporary name first, then all are renamed."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.errors import OutputError


def write_all(files: dict[Path, bytes]) -> None:
    """Write each path's bytes atomically; on any failure no target is touched."""
    temps: list[tuple[Path, Path]] = []
    try:
        for target, data in sorted(files.items()):
            target.parent.mkdir(parents=True, exist_ok=True)
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
    for tmp, target in temps:
        os.replace(tmp, target)

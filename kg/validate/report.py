"""What a SHACL check reports, whichever engine ran it: violations and warnings as plain, sortable values."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources



@dataclass(frozen=True, order=True)
class Violation:
    """One failed constraint: the node, the property path, what is wrong and how grave (sh:Violation …)."""

    focus: str
    path: str
    message: str
    shape: str
    severity: str = "Violation"

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        return f"{self.severity}: {self.focus}{where}: {self.message} ({self.shape})"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating a graph: violations fail it, warnings (known issues) do not."""

    violations: tuple[Violation, ...]
    warnings: tuple[Violation, ...] = ()

    @property
    def conforms(self) -> bool:
        return not self.violations

    def __len__(self) -> int:
        return len(self.violations)

    def text(self, limit: int | None = None, warnings: bool = False) -> str:
        """The violations (and, if asked, the warnings) one a line, at most ``limit`` of each."""
        lines: list[str] = []
        for results in (self.violations, self.warnings if warnings else ()):
            shown = results if limit is None else results[:limit]
            lines += map(str, shown)
            if len(results) > len(shown):
                lines.append(f"… and {len(results) - len(shown)} more")
        return "\n".join(lines)


@cache
def shapes_text() -> str:
    """The shapes as shipped with the package (ontology/shapes.ttl)."""
    return resources.files("kg").joinpath("ontology/shapes.ttl").read_text(encoding="utf-8")

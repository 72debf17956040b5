"""Named errors with stable codes. Library code raises these; only the CLI turns them into exits."""
from __future__ import annotations


class GovkgError(Exception):
    """Base class: ``code`` is stable (E1xx input, E2xx metadata, E3xx output, E4xx query)."""

    code = "E000"

    def __init__(self, where: str, reason: str, fix: str = "") -> None:
        self.where, self.reason, self.fix = where, reason, fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        hint = f" — {self.fix}" if self.fix else ""
        return f"[{self.code}] {self.where}: {self.reason}{hint}"


class NoInputs(GovkgError):
    code = "E100"


class EmptyInput(GovkgError):
    code = "E101"


class UnreadableInput(GovkgError):
    code = "E102"


class MetadataError(GovkgError):
    code = "E201"


class OutputError(GovkgError):
    code = "E301"


class QueryError(GovkgError):
    code = "E401"

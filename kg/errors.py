"""Named errors with stable codes. Library code raises these; only the CLI turns them into exits."""
from __future__ import annotations


class GovkgError(Exception):
    """Base class: ``code`` is stable (E1xx input, E2xx metadata, E3xx output, E4xx query)."""

    code = "E000"

    def __init__(self, where: str, reason: str, fix: str = "") -> None:
        self.where, self.reason, self.fix = where, reason, fix
        super().__init__(self.message)

    def __reduce__(self):          # so an error crosses from a worker process intact
        return type(self), (self.where, self.reason, self.fix)

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


class AmbiguousEncoding(UnreadableInput):
    """The bytes decode in no encoding, or in several, into plausible Chinese text."""

    code = "E103"


class InputTooLarge(GovkgError):
    """A file is over the size limit a build was given; ``size`` and ``limit`` are in bytes."""

    code = "E104"

    def __init__(self, where: str, size: int, limit: int) -> None:
        self.size, self.limit = size, limit
        super().__init__(where, f"{size:,} bytes is over the limit of {limit:,} bytes a file",
                         "raise the limit to read it (reading takes about a minute a MB)")

    def __reduce__(self):
        return type(self), (self.where, self.size, self.limit)


class DuplicateDocument(GovkgError):
    """Two inputs give the same document id (their file names differ only in suffix or punctuation)."""

    code = "E105"


class BadInputs(GovkgError):
    """Several inputs of one build cannot be read: ``errors`` holds each one's own error (file, reason, fix)."""

    code = "E107"

    def __init__(self, errors: tuple[GovkgError, ...]) -> None:
        self.errors = tuple(errors)
        files = f"{len(self.errors)} files"
        super().__init__(files, "cannot be read:\n" + "\n".join(f"  {e.message}" for e in self.errors),
                         "fix or remove each file named")

    def __reduce__(self):
        return type(self), (self.errors,)


class InputSkipped(UserWarning):
    """A warning, not an error: a file in an input folder was left out (its message names it)."""


class MetadataError(GovkgError):
    code = "E201"


class NoGovernment(MetadataError):
    """A text that states no government a build knows, and none was given for it."""


class NoYear(MetadataError):
    """A text that states no year it plans for, and none was given for it."""


class NoGovernmentNorYear(NoGovernment, NoYear):
    """A text that states neither its government nor its year, and neither was given for it."""


class BadFallback(GovkgError):
    """The government or year a build is given for texts that do not state theirs cannot be used (a name that
    names no division, or several; a name that ends in no division's suffix; a year out of range)."""

    code = "E202"


class FallbackOverridden(UserWarning):
    """A warning: a text states a government or year other than the one a build was given; the text's wins."""


class OutputError(GovkgError):
    code = "E301"


class ShapeViolation(GovkgError):
    """The built graph breaks ontology/shapes.ttl: a bug in govkg, so nothing is written."""

    code = "E302"


class UnknownFormat(GovkgError):
    """An export format kg.rdf.export does not write."""

    code = "E303"


class StoreUnwritable(OutputError):
    """The on-disk Oxigraph store cannot be updated (often: another process has it open)."""

    code = "E304"


class BadCacheEntry(GovkgError):
    """A cache entry in out/.cache that is not what govkg wrote (damaged or crafted): it is re-extracted."""

    code = "E305"


class MissingExtra(GovkgError):
    """An optional package a command needs is not installed (``where`` names it, the fix the extra to install)."""

    code = "E306"


class PushError(GovkgError):
    """A SPARQL Graph Store endpoint refused the graph, or could not be reached."""

    code = "E402"


class ServerMissing(GovkgError):
    """The Oxigraph server program is not installed."""

    code = "E403"


class NoSuchNode(GovkgError):
    """No entity or document of the name asked for is in the graph (``where`` is the name)."""

    code = "E404"


class QueryError(GovkgError):
    code = "E401"


class BadQueryParameter(QueryError):
    """A query was given a parameter it does not declare, lacks a required one, or got a value its declared
    type cannot hold (``where`` is the query's name; the fix lists the parameters it takes)."""

    code = "E405"


class UnknownPrefix(QueryError):
    """A query uses a prefix that neither it nor govkg declares."""

    code = "E406"


class LexiconError(GovkgError):
    """A lexicon file breaks its schema: an unknown or missing key, or a value of the wrong type."""

    code = "E501"


class ExtractorError(GovkgError):
    """An extractor or shared step breaks the registry's contract: it requires what no earlier component
    assigns, reads what it did not require, or returns what it did not declare (a bug in govkg or a plugin)."""

    code = "E601"


class NoTextLayer(UnreadableInput):
    """A PDF whose pages are pictures (a scan): there is no text to read without OCR."""

    code = "E106"

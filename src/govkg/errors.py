"""errors: the one exception hierarchy; only the CLI turns these into messages and exit codes."""

from __future__ import annotations


class GovkgError(Exception):
    """Root of every error govkg raises on purpose. Its message is one line a user can act on."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source

    def __str__(self) -> str:
        msg = super().__str__()
        return f"{self.source}: {msg}" if self.source else msg


class ReadError(GovkgError):
    """A file cannot be read: missing, empty, binary, undecodable, or a PDF without text."""


class ParseError(GovkgError):
    """The text is not minutes the parser can structure."""


class ExtractError(GovkgError):
    """An extraction JSON (for example a reviewed one) is malformed."""


class GazetteerError(GovkgError):
    """A shipped data file (gazetteer, registry, topics) is missing or malformed."""


class StoreError(GovkgError):
    """The RDF store cannot be opened, is locked, or a load failed (the old data is kept)."""


class QueryError(GovkgError):
    """A canned query is unknown, its parameters are missing or ill-typed, or it failed."""


class EndpointError(GovkgError):
    """A remote SPARQL endpoint failed, timed out or answered something malformed."""


class ValidationError(GovkgError):
    """SHACL validation could not run (not: the data does not conform)."""


class ExportError(GovkgError):
    """A graph export cannot be written."""


class ServeError(GovkgError):
    """The SPARQL server cannot be started."""

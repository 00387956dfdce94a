"""parse.textdoc: normalised text + classified lines → the Quotes and Spans the parse stages make."""

from __future__ import annotations

import re

from govkg.model import Quote, Span
from govkg.normalise import NormText
from govkg.parse.lines import Line

_SPACES = re.compile(r"\s+")


class LinedText:
    """The normalised text and its classified lines, with helpers that make Quotes."""

    def __init__(self, norm: NormText, lines: list[Line]) -> None:
        self.norm = norm
        self.lines = lines

    def quote(self, start: int, end: int) -> Quote:
        """The text of norm.text[start:end], whitespace collapsed, with its source span."""
        return Quote(_SPACES.sub(" ", self.norm.text[start:end]).strip(), self.norm.source_span(start, end))

    def span(self, start: int, end: int) -> Span:
        return self.norm.source_span(start, end)

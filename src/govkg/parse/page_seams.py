"""parse.page_seams: source text + its furniture spans → spans of page breaks that cut a sentence.

A PDF run through plain ``pdftotext`` breaks the page wherever the page ends, often in the middle of a
sentence: "… planerar en utbildningsdag" / blank / "1 (2)" / blank / form feed "för kommunernas
handläggare den 4 maj." The foot is furniture already; the blank lines around it would still end the
sentence for every reader of the text. A seam is such a run of blank lines, furniture and form feeds
between a line that has not ended its sentence and a line that opens in lower case. The seam's span
opens at the line break, which tells ``normalise.blank_out`` to blank its line breaks too, so the two
halves read as one paragraph (offsets unchanged).
"""

from __future__ import annotations

import re

from govkg.model import Span
from govkg.normalise import blank_out

# the last character of an unfinished line, the blank run with at least one empty line, a lower-case opening
_SEAM = re.compile(r"(?<=[^\W_]|,)[ \t]*(\n(?:[ \t]*\n)+[ \t]*)(?=[a-zåäöéü])")


def sentence_seams(text: str, furniture: list[Span]) -> list[Span]:
    """Spans (from the line break to the next page's first word) of page breaks inside a sentence."""
    if not furniture and "\f" not in text:
        return []
    blanked = blank_out(text, 0, furniture).replace("\f", " ")
    out: list[Span] = []
    for m in _SEAM.finditer(blanked):
        a, b = m.span(1)
        # a page break stands in the run: a form feed, or furniture set aside (a foot without one)
        if "\f" in text[a:b] or any(s.start < b and s.end > a for s in furniture):
            out.append(Span(a, b))
    return out

"""date_context: text + a date's position → does the date certainly lie ahead of the meeting?

Early in the year an undated late month is ambiguous: "i december beslutade styrelsen" in February
minutes is last December, "besked väntas i december" and a list of coming meetings reaching
December are this one. The tense of the date's own clause decides, and a heading that announces the
coming meetings governs the lines of its list.
"""

from __future__ import annotations

import re

__all__ = ["coming_lists", "in_coming_clause"]

# The heading of a list of coming meetings ("Kommande möten:", "Nästa möten", "Övriga mötesdatum
# hösten:", "Planerade sammanträden"), with or without a colon at the end of its line.
_COMING_HEAD = re.compile(
    r"(?im)^[ \t#*_]*(?:\d{1,2}[.)]?[ \t]+)?(?:kommande|nästa|planerade|övriga|resterande)[ \t]+"
    r"[\w-]*?(?:möten|mötet|möte|sammanträden|sammanträdet|sammanträde|träffar|träff|mötestider|"
    r"mötesdatum|mötesdagar|sammanträdesdagar)\b[^\n.]{0,60}$"
)
_BLANK = re.compile(r"\n[ \t]*\n(?![ \t]*[-*•–]?[ \t]*(?:\w+dag(?:en)?[ \t]+)?(?:den[ \t]+)?\d)")

# A clause that speaks of the future: future tense, an expectation, a plan, a coming meeting, a
# coming adoption or event in the present tense ("fullmäktige antar planen i november").
_COMING = re.compile(
    r"\b(?:ska|skall|kommer att|planeras|planerar|avser|väntas|förväntas|beräknas|lämnas|redovisas|"
    r"presenteras|genomförs|behandlas|hålls|äger rum|återkommer|återrapporteras|beslutas|tas upp|"
    r"kommande|nästa|inför|fastställer|fastställs|antar|antas|stängs|sker|startar|inleds|påbörjas|öppnas)\b",
    re.IGNORECASE,
)
# A past tense in the same clause ("i december beslutade…", "som lämnades i december ska …").
_PAST = re.compile(
    r"\b(?:var|hade|fick|gick|tog|kom|blev|gav|beslöt|sade|sa|skrev|höll|"
    r"[a-zåäö]{2,}(?:ade|ades|ände|ändes|örde|ördes|dde|ddes|ogs)|"
    r"har (?:\w+ )?[a-zåäö]{2,}(?:at|ats|it|its|tt|tts|t))\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:()]|[.!?](?=\s)|\n\s*\n|\b(?:och|men|samt|medan|eftersom)\b", re.IGNORECASE)


def coming_lists(text: str) -> list[tuple[int, int]]:
    """(start, end) of every list under a heading of coming meetings, to the next blank line that
    no further dated line follows."""
    out = []
    for m in _COMING_HEAD.finditer(text):
        stop = _BLANK.search(text, m.end())
        out.append((m.start(), stop.start() if stop else len(text)))
    return out


def in_coming_clause(text: str, pos: int) -> bool:
    """Does the clause around ``pos`` look ahead without any past tense in it?"""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos)), default=0)
    stop = _CLAUSE_BREAK.search(text, pos)
    clause = text[start : stop.start() if stop else len(text)]
    return _COMING.search(clause) is not None and _PAST.search(clause) is None

"""extract.reported: a sentence → whether a cue in it is reported speech or dated only in the past."""

from __future__ import annotations

import re

from govkg.extract.dates import find_dates

__all__ = ["NEW_MAIN", "REPORTED", "REPORTED_PAST", "WISH", "past_dated"]

# A reporting verb before "att": what follows is reported speech ("informerade om att X fastställer",
# "Myndigheten har meddelat att programmet fastställs i december": another body's news, no decision)
REPORTED = re.compile(
    r"\b(?:informera(?:de|r|t)|berätta(?:de|r|t)|meddela(?:de|r|t)|redogjorde|redogör|rapportera(?:de|r|t)|"
    r"uppgav|uppger|uppgett|uppgivit)\b[^.]*?\batt\b",
    re.IGNORECASE,
)
# Another body's wish: "Länsstyrelsen önskar att kommunerna nominerar …" asks; it decides nothing here
# (the group's own will, "Gruppen vill att", is a decision cue of its own and matches first)
WISH = re.compile(r"\b(?:vill|önskar|begär|ber)\b[^.]*?\batt\b", re.IGNORECASE)
# A past report of what others do ("X redovisade att Ragunda räknar med … och att en plan tas
# fram"): undated news of the day, not a step the minutes commit anyone to (GUIDELINES: borderline).
# A pronoun after "att" is the reporter's own coming step ("meddelade att hon återkommer"); only the
# first "att" after the verb is looked at, so a pronoun clause does not pass the report on to a
# second clause ("meddelade att hon slutar och att kommunen återkommer": a coming step). A
# position raised ("X lyfte att Försäkringskassan gärna bidrar …") reports another body's offer too.
REPORTED_PAST = re.compile(
    r"\b(?:informerade|berättade|meddelade|redogjorde|rapporterade|redovisade|uppgav|beskrev|"
    r"lyfte|påpekade|framförde|betonade|poängterade|underströk)\b"
    r"(?:(?!\batt\b)[^.])*\batt\b(?! (?:hon|han|hen|de|vi|jag)\b)",
    re.IGNORECASE,
)
# What opens a new main clause inside the sentence, ending the report.
NEW_MAIN = re.compile(r";|\b(?:men|därefter|sedan)\b", re.IGNORECASE)


def past_dated(cue_text: str, meeting: str | None) -> bool:
    """Does a cue rest on dates that all ended before the meeting ("Redovisas beslut fattade under
    perioden 1 juni–31 augusti" in September minutes)? A past period is no coming step.

    >>> past_dated("redovisas under perioden 1 juni–31 augusti 2027", "2027-09-20")
    True
    >>> past_dated("lämnas på sammanträdet den 10 september 2027", "2027-04-16")
    False
    """
    if not meeting or len(meeting) < 10:
        return False  # without the meeting day, "before the meeting" cannot be told
    dates = find_dates(cue_text, meeting=meeting)
    if not dates:
        return False
    return all(_end(d.iso) < meeting[: len(_end(d.iso))] for d in dates)


def _end(iso: str) -> str:
    return iso.split("/")[-1]

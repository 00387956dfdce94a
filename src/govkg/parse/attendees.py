"""parse.attendees: one parsed attendance entry → an Attendee in the present or absent list."""

from __future__ import annotations

import re

from govkg.model import Attendee, Minutes, OrgMention, Quote, Recorder
from govkg.parse.entry import ParsedAttendee
from govkg.parse.textdoc import LinedText

# "(antecknare)", "(sekr.)", "(för anteckningarna)": the attendee who took the notes
_RECORDER_MARK = re.compile(
    r"^\(\s*(?:antecknare|anteckningar|sekreterare|sekr\.?|mötessekreterare|protokollförare|"
    r"för\s+(?:minnes)?anteckningarna|noterare)\s*\)$",
    re.IGNORECASE,
)


def add_attendee(
    d: LinedText,
    p: ParsedAttendee,
    status: str,
    minutes: Minutes,
    group: tuple[Quote, str, str | None] | None = None,
) -> None:
    def q(part: object) -> Quote | None:
        if part is None:
            return None
        s, e = part.start, part.end  # type: ignore[attr-defined]
        return d.quote(s, e) if e > s else None

    if p.organisation_only:
        quote = d.quote(p.name.start, p.name.end)
        minutes.organisations_present.append(
            OrgMention(quote, p.affiliation_canonical or quote.text, "other", p.org_id)
        )
        return
    final = p.status or status
    name = d.quote(p.name.start, p.name.end)  # as written, "Brandt, Helena" too (resolve reorders)
    affiliation, canonical, org_id = q(p.affiliation), p.affiliation_canonical, p.org_id
    if affiliation is None and group is not None:
        affiliation, canonical, org_id = group
    if earlier := next((a for a in (*minutes.present, *minutes.absent) if a.name.text == name.text), None):
        # the chair of the header again in the list, a guest named twice: the fuller entry (a table
        # row with the body and title) fills what the bare one ("Ordförande: Anna Berg") lacks
        if earlier.affiliation is None and affiliation is not None:
            earlier.affiliation, earlier.affiliation_canonical, earlier.org_id = (
                affiliation,
                canonical,
                org_id,
            )
        earlier.role = earlier.role or q(p.role)
        earlier.items_attended = earlier.items_attended or p.items_attended
        return
    note = q(p.note)
    if p.extra.get("function") == "recorder":  # "Anna Berg (Ale) – antecknare"
        minutes.recorded_by = minutes.recorded_by or Recorder(name=name)
    if note is not None and _RECORDER_MARK.match(note.text):
        # "Jesper Almqvist, nämndsekreterare (antecknare)": a function marker names the recorder; no note
        minutes.recorded_by = minutes.recorded_by or Recorder(name=name)
        note = None
    attendee = Attendee(
        name=name,
        status="absent" if final == "absent" else "present",
        affiliation=affiliation,
        affiliation_canonical=canonical,
        org_id=org_id,
        role=q(p.role),
        note=note,
        items_attended=p.items_attended,
        remote=p.remote,
        line=name.span,
    )
    (minutes.absent if attendee.status == "absent" else minutes.present).append(attendee)

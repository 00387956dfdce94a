"""jsonio.write: Minutes → the extraction JSON."""

from __future__ import annotations

from typing import Any

from govkg.model import Attendee, Item, Meeting, Minutes, OrgMention, Quote, Recorder, Span, Statement

Json = dict[str, Any]

SCHEMA_VERSION = 1


def _span(s: Span | None) -> list[int] | None:
    return [s.start, s.end] if s else None


def _q(q: Quote | None) -> str | None:
    return q.text if q else None


def _number(n: str) -> int | str:
    return int(n) if n.isdigit() else n


def minutes_to_json(m: Minutes) -> Json:
    """The extraction JSON of one document."""
    doc = m.document
    return {
        "document": doc.name,
        "schema_version": SCHEMA_VERSION,
        "source": {
            "file": doc.filename,
            "path": doc.path,
            "sha256": doc.sha256,
            "media_type": doc.media_type,
            "encoding": doc.encoding,
            "chars": len(doc.text),
        },
        "meeting": _meeting(m.meeting),
        "present": [_attendee(a) for a in m.present],
        "absent": [_attendee(a) for a in m.absent],
        "organisations_present": [_org(o) for o in m.organisations_present],
        "recorded_by": _recorder(m.recorded_by),
        "items": [_item(it) for it in m.items],
        "warnings": [*doc.warnings, *m.warnings],
    }


def _meeting(mt: Meeting) -> Json:
    return {
        "body": mt.body,
        "date_estimate": mt.date,
        "date_precision": mt.date_precision,
        "date_source": mt.date_source,
        "date_confidence": mt.date_confidence,
        "date_evidence": [q.text for q in mt.date_evidence],
        "date_evidence_spans": [_span(q.span) for q in mt.date_evidence],
        "place": mt.place,
        "title": _q(mt.title),
        "title_span": _span(mt.title.span) if mt.title else None,
    }


def _attendee(a: Attendee) -> Json:
    return {
        "name": a.name.text,
        "canonical_name": a.canonical_name or a.name.text,
        "person_id": a.person_id,
        "affiliation": _q(a.affiliation),
        "affiliation_canonical": a.affiliation_canonical,
        "org_id": a.org_id,
        "role": _q(a.role),
        "note": _q(a.note),
        "items_attended": a.items_attended,
        "remote": a.remote,
        "name_span": _span(a.name.span),
        "affiliation_span": _span(a.affiliation.span) if a.affiliation else None,
        "role_span": _span(a.role.span) if a.role else None,
        "note_span": _span(a.note.span) if a.note else None,
    }


def _recorder(r: Recorder | None) -> Json | None:
    if r is None:
        return None
    return {
        "name": r.name.text,
        "canonical_name": r.canonical_name or r.name.text,
        "person_id": r.person_id,
        "role": _q(r.role),
        "name_span": _span(r.name.span),
        "role_span": _span(r.role.span) if r.role else None,
    }


def _org(o: OrgMention) -> Json:
    return {
        "surface": o.surface.text,
        "canonical": o.canonical,
        "kind": o.kind,
        "org_id": o.org_id,
        "linked": o.org_id is not None,
        "other_surfaces": [q.text for q in o.other_surfaces],
        "span": _span(o.surface.span),
        "other_spans": [_span(q.span) for q in o.other_surfaces],
    }


def _statement(s: Statement) -> Json:
    return {
        "text": s.text.text,
        "span": _span(s.text.span),
        "cue": s.cue,
        "agent": s.agent,
        "agent_id": s.agent_id,
    }


def _item(it: Item) -> Json:
    return {
        "number": _number(it.number),
        "position": it.position,
        "title": it.title.text,
        "title_span": _span(it.title.span),
        "heading_span": _span(it.heading),
        "span": _span(it.span),
        "subheadings": [q.text for q in it.subheadings],
        "subheading_spans": [_span(q.span) for q in it.subheadings],
        "persons_mentioned": [
            {
                "name": p.name.text,
                "canonical_name": p.canonical_name or p.name.text,
                "person_id": p.person_id,
                "affiliation": _q(p.affiliation),
                "affiliation_canonical": p.affiliation_canonical,
                "role_in_item": p.role_in_item,
                "span": _span(p.name.span),
            }
            for p in it.persons_mentioned
        ],
        "organisations_mentioned": [_org(o) for o in it.organisations_mentioned],
        "municipalities_mentioned": [mm.name for mm in it.municipalities_mentioned],
        "municipality_mentions": [
            {
                "name": mm.name,
                "surface": mm.surface.text,
                "scb_code": mm.scb_code,
                "span": _span(mm.surface.span),
            }
            for mm in it.municipalities_mentioned
        ],
        "topics": [t.label for t in it.topics],
        "topic_refs": [
            {
                "concept": t.concept,
                "label": t.label,
                "evidence": [{"text": q.text, "span": _span(q.span)} for q in t.evidence],
            }
            for t in it.topics
        ],
        "decisions": [s.text.text for s in it.decisions],
        "decision_details": [_statement(s) for s in it.decisions],
        "follow_ups": [s.text.text for s in it.follow_ups],
        "follow_up_details": [_statement(s) for s in it.follow_ups],
        "dates_mentioned": [
            {
                "surface": dm.surface.text,
                "iso": dm.iso,
                "granularity": dm.granularity,
                "year_inferred": dm.year_inferred,
                "span": _span(dm.surface.span),
            }
            for dm in it.dates_mentioned
        ],
        "urls": [q.text for q in it.urls],
        "url_spans": [_span(q.span) for q in it.urls],
    }

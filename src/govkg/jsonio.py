"""jsonio: Minutes ⇄ the extraction JSON (a superset of the gold schema, with spans).

Gold fields keep their names and meanings (../shared/gold/SCHEMA.md); spans and ids are extra keys:
``*_span`` is ``[start, end]`` in code points of the decoded source text. A JSON a person has
reviewed reads back with :func:`minutes_from_json`; a string without a span is looked up in the
source text, and one that does not occur there is an error, so provenance stays true.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from govkg.errors import ExtractError
from govkg.model import (
    Attendee,
    DateMention,
    Document,
    Item,
    Meeting,
    Minutes,
    MunicipalityMention,
    OrgMention,
    PersonMention,
    Quote,
    Recorder,
    Span,
    Statement,
    TopicRef,
)

SCHEMA_VERSION = 1
T = TypeVar("T")
Json = dict[str, Any]


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


# ---------------------------------------------------------------- reading back


class _Reader:
    """Rebuilds Quotes against the source text, checking every span."""

    def __init__(self, text: str, name: str) -> None:
        self.text = text
        self.name = name

    def quote(self, value: object, span: object, within: Span | None = None) -> Quote:
        if not isinstance(value, str) or not value.strip():
            raise ExtractError(f"expected a non-empty string, got {value!r}", source=self.name)
        wanted = " ".join(value.split())
        if isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span):
            s, e = span
            if 0 <= s <= e <= len(self.text) and " ".join(self.text[s:e].split()) == wanted:
                return Quote(wanted, Span(s, e))
        lo, hi = (within.start, within.end) if within else (0, len(self.text))
        at = self.text.find(value, lo, hi)
        if at < 0:
            at = self.text.find(value)
        if at < 0:
            raise ExtractError(f"{value!r} does not occur in the source text", source=self.name)
        return Quote(wanted, Span(at, at + len(value)))

    def opt(self, d: Json, key: str, within: Span | None = None) -> Quote | None:
        value = d.get(key)
        return self.quote(value, d.get(f"{key}_span"), within) if value else None


def _list(d: Json, key: str, fn: Callable[[Any], T]) -> list[T]:
    value = d.get(key) or []
    if not isinstance(value, list):
        raise ExtractError(f"{key!r} must be a list")
    return [fn(x) for x in value]


def minutes_from_json(d: Json, source_text: str | None = None, *, base: Path | None = None) -> Minutes:
    """Read an extraction JSON (for example one a person reviewed) back into Minutes.

    The source text comes from ``source_text`` or from ``source.path`` (relative to ``base``).
    """
    if not isinstance(d, dict) or "items" not in d:
        raise ExtractError("not an extraction JSON (no 'items')")
    src = d.get("source") or {}
    name = str(d.get("document") or src.get("file") or "document")
    if source_text is None:
        path = Path(str(src.get("path") or src.get("file") or ""))
        if base is not None and not path.is_absolute():
            path = base / path
        from govkg.read import read_document  # the reader is an I/O edge; imported only when needed

        document = read_document(path)
    else:
        raw = source_text.encode("utf-8")
        document = Document(
            path=str(src.get("path") or name),
            name=name,
            filename=str(src.get("file") or name),
            text=source_text,
            sha256=hashlib.sha256(raw).hexdigest(),
            media_type=str(src.get("media_type") or "text/plain"),
            encoding="utf-8",
        )
    if src.get("sha256") and src["sha256"] != document.sha256:
        document.warnings.append("source file changed since this JSON was written: spans were re-checked")
    r = _Reader(document.text, name)
    mt = d.get("meeting") or {}
    meeting = Meeting(
        body=mt.get("body"),
        date=mt.get("date_estimate"),
        date_precision=mt.get("date_precision"),
        date_source=mt.get("date_source") or "reviewed",
        date_confidence=mt.get("date_confidence"),
        date_evidence=[
            r.quote(t, s)
            for t, s in zip(
                mt.get("date_evidence") or [],
                (mt.get("date_evidence_spans") or []) + [None] * 99,
                strict=False,
            )
        ],
        place=mt.get("place"),
        title=r.opt(mt, "title"),
    )

    def attendee(status: str) -> Callable[[Json], Attendee]:
        def build(a: Json) -> Attendee:
            return Attendee(
                name=r.quote(a.get("name"), a.get("name_span")),
                status=status,  # type: ignore[arg-type]
                affiliation=r.opt(a, "affiliation"),
                affiliation_canonical=a.get("affiliation_canonical"),
                org_id=a.get("org_id"),
                role=r.opt(a, "role"),
                note=r.opt(a, "note"),
                items_attended=a.get("items_attended"),
                remote=bool(a.get("remote")),
                canonical_name=a.get("canonical_name"),
                person_id=a.get("person_id"),
            )

        return build

    rb = d.get("recorded_by")
    recorder = None
    if isinstance(rb, dict) and rb.get("name"):
        recorder = Recorder(
            name=r.quote(rb["name"], rb.get("name_span")),
            role=r.opt(rb, "role"),
            canonical_name=rb.get("canonical_name"),
            person_id=rb.get("person_id"),
        )
    minutes = Minutes(
        document=document,
        meeting=meeting,
        present=_list(d, "present", attendee("present")),
        absent=_list(d, "absent", attendee("absent")),
        recorded_by=recorder,
        organisations_present=_list(d, "organisations_present", lambda o: _org_back(r, o, None)),
    )
    minutes.items = [_item_back(r, it, k) for k, it in enumerate(d.get("items") or [], start=1)]
    return minutes


def _org_back(r: _Reader, o: Json, within: Span | None) -> OrgMention:
    others = [
        r.quote(t, s, within)
        for t, s in zip(
            o.get("other_surfaces") or [], (o.get("other_spans") or []) + [None] * 99, strict=False
        )
    ]
    return OrgMention(
        surface=r.quote(o.get("surface"), o.get("span"), within),
        canonical=str(o.get("canonical")),
        kind=str(o.get("kind") or "other"),
        org_id=o.get("org_id"),
        other_surfaces=others,
    )


def _details(r: _Reader, it: Json, key: str, within: Span) -> list[Statement]:
    details = it.get(f"{key}_details")
    texts = it.get(f"{key}s") if key == "decision" else it.get("follow_ups")
    by_text = {x.get("text"): x for x in details or [] if isinstance(x, dict)}
    out = []
    for text in texts or []:
        x = by_text.get(text, {})
        out.append(
            Statement(
                text=r.quote(text, x.get("span"), within),
                cue=str(x.get("cue") or "reviewed"),
                agent=x.get("agent"),
                agent_id=x.get("agent_id"),
            )
        )
    return out


def _item_back(r: _Reader, it: Json, position: int) -> Item:
    title = r.quote(it.get("title"), it.get("title_span"))
    hs = it.get("heading_span") or [title.span.start, title.span.end]
    sp = it.get("span") or hs
    heading, span = Span(hs[0], hs[1]), Span(sp[0], sp[1])
    spans = (it.get("subheading_spans") or []) + [None] * 99
    muni_spans = {m.get("name"): m for m in it.get("municipality_mentions") or []}
    item = Item(
        number=str(it.get("number")),
        position=int(it.get("position") or position),
        title=title,
        heading=heading,
        span=span,
        subheadings=[r.quote(t, s, span) for t, s in zip(it.get("subheadings") or [], spans, strict=False)],
    )
    item.persons_mentioned = [
        PersonMention(
            name=r.quote(p.get("name"), p.get("span"), span),
            affiliation=r.opt(p, "affiliation", span),
            affiliation_canonical=p.get("affiliation_canonical"),
            role_in_item=p.get("role_in_item"),
            canonical_name=p.get("canonical_name"),
            person_id=p.get("person_id"),
        )
        for p in it.get("persons_mentioned") or []
    ]
    item.organisations_mentioned = [_org_back(r, o, span) for o in it.get("organisations_mentioned") or []]
    item.municipalities_mentioned = [
        MunicipalityMention(
            name=name,
            surface=r.quote(
                muni_spans.get(name, {}).get("surface") or name, muni_spans.get(name, {}).get("span"), span
            ),
            scb_code=muni_spans.get(name, {}).get("scb_code"),
        )
        for name in it.get("municipalities_mentioned") or []
    ]
    item.topics = [
        TopicRef(
            concept=t.get("concept"),
            label=t.get("label"),
            evidence=[r.quote(e.get("text"), e.get("span"), span) for e in t.get("evidence") or []],
        )
        for t in it.get("topic_refs") or []
    ]
    item.decisions = _details(r, it, "decision", span)
    item.follow_ups = _details(r, it, "follow_up", span)
    item.dates_mentioned = [
        DateMention(
            surface=r.quote(x.get("surface"), x.get("span"), span),
            iso=str(x.get("iso")),
            granularity=str(x.get("granularity") or ""),
            year_inferred=bool(x.get("year_inferred")),
        )
        for x in it.get("dates_mentioned") or []
    ]
    item.urls = [
        r.quote(u, s, span)
        for u, s in zip(it.get("urls") or [], (it.get("url_spans") or []) + [None] * 99, strict=False)
    ]
    return item

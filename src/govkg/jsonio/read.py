"""jsonio.read: a (reviewed) extraction JSON → Minutes, every string checked against the source."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from govkg.errors import ExtractError
from govkg.jsonio.write import Json
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

T = TypeVar("T")


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


def _source_path(src: Json, base: Path | None) -> Path:
    """The first of the source's possible places that exists."""
    written = Path(str(src.get("path") or src.get("file") or ""))
    tried = [written]
    if base is not None and not written.is_absolute():
        tried = [base / written, written, base / str(src.get("file") or written.name)]
    found = next((p for p in tried if p.is_file()), None)
    if found is None:
        places = ", ".join(dict.fromkeys(str(p) for p in tried))
        raise ExtractError(f"its source document is not found (looked at {places})")
    return found


def minutes_from_json(d: Json, source_text: str | None = None, *, base: Path | None = None) -> Minutes:
    """Read an extraction JSON (for example one a person reviewed) back into Minutes.

    The source text comes from ``source_text`` or from ``source.path``: relative to ``base`` (the
    JSON's folder), else as written (relative to the working directory, where ``govkg extract`` was
    run), else ``source.file`` next to the JSON.
    """
    if not isinstance(d, dict) or "items" not in d:
        raise ExtractError("not an extraction JSON (no 'items')")
    src = d.get("source") or {}
    name = str(d.get("document") or src.get("file") or "document")
    if source_text is None:
        path = _source_path(src, base)
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
        date_source=mt.get("date_source") or ("reviewed" if mt.get("date_estimate") else None),
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

"""Hand-built Minutes for the knowledge-graph tests: spans are found in a text written for the tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

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

MINUTES_FILE = Path(__file__).parent / "fixtures" / "kg" / "natverket-2024-03-15.txt"


class _Text:
    def __init__(self, text: str) -> None:
        self.text = text

    def q(self, s: str, after: int = 0) -> Quote:
        start = self.text.index(s, after)
        return Quote(s, Span(start, start + len(s)))


def document(text: str | None = None, path: Path = MINUTES_FILE) -> Document:
    raw = path.read_bytes() if text is None else text.encode("utf-8")
    return Document(
        path=str(path),
        name=path.stem,
        filename=path.name,
        text=raw.decode("utf-8"),
        sha256=hashlib.sha256(raw).hexdigest(),
        media_type="text/plain",
        encoding="utf-8",
    )


def attendee(t: _Text, name: str, org: str, canonical_org: str, org_id: str | None, **kw: object) -> Attendee:
    n = t.q(name)
    a = t.q(org, n.span.end)
    line_end = t.text.index("\n", a.span.end)
    return Attendee(
        name=n,
        affiliation=a,
        affiliation_canonical=canonical_org,
        org_id=org_id,
        line=Span(n.span.start, line_end),
        canonical_name=name,
        person_id=_slug(name),
        **kw,  # type: ignore[arg-type]
    )


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-").replace("å", "a").replace("ä", "a").replace("ö", "o")


def sample_minutes(
    body: str | None = "GR kommunchefsgrupp", date: str | None = "2024-03-15", text: str | None = None
) -> Minutes:
    doc = document(text)
    t = _Text(doc.text)
    present = [
        attendee(t, "Anna Exempel", "Ale", "Ale", "kommun-1440", status="present"),
        attendee(
            t,
            "Bo Provsson",
            "GBG",
            "Göteborg",
            "kommun-1480",
            status="present",
            remote=True,
            items_attended=[1],
            note=t.q("(digitalt p 1)"),
        ),
        attendee(
            t, "Cecilia Test", "Kungälv", "Kungälv", "kommun-1482", status="present", items_attended=[2]
        ),
    ]
    absent = [attendee(t, "Dan Frånvarosson", "Mölndal", "Mölndal", "kommun-1481", status="absent")]
    item1 = Item(
        number="1",
        position=1,
        title=t.q("Civilt försvar – lägesbild"),
        heading=t.q("1. Civilt försvar – lägesbild").span,
        span=Span(t.q("1. Civilt").span.start, t.q("2.1").span.start),
        persons_mentioned=[
            PersonMention(
                t.q("Eva Gäst"),
                affiliation=t.q("MSB"),
                role_in_item="presenter",
                canonical_name="Eva Gäst",
                person_id="eva-gast",
            )
        ],
        organisations_mentioned=[
            OrgMention(
                t.q("MSB"),
                "Myndigheten för samhällsskydd och beredskap",
                "national_agency",
                "msb",
                other_surfaces=[t.q("MSB", t.q("Dialog").span.start)],
            )
        ],
        municipalities_mentioned=[MunicipalityMention("Göteborg", t.q("Göteborgs stad"), "1480")],
        topics=[
            TopicRef("civilt-forsvar", "civilt försvar", [t.q("Civilt försvar")]),
            TopicRef("samverkan", "samverkan", [t.q("samordning")]),
        ],
        decisions=[Statement(t.q("Beslut: Gruppen ställer sig bakom förslaget."), "Beslut")],
        follow_ups=[
            Statement(
                t.q("Anna Exempel återkommer med en tidplan i april 2024."),
                "återkommer",
                agent="Anna Exempel",
                agent_id="anna-exempel",
            )
        ],
        dates_mentioned=[DateMention(t.q("april 2024"), "2024-04", "month")],
    )
    item2 = Item(
        number="2.1",
        position=2,
        title=t.q("Kompetensförsörjning"),
        heading=t.q("2.1 Kompetensförsörjning").span,
        span=Span(t.q("2.1").span.start, t.q("Antecknat").span.start),
        topics=[TopicRef("civilt-forsvar", "civilt försvar"), TopicRef("samverkan", "samverkan")],
        follow_ups=[
            Statement(
                t.q("Kommunchefsgruppen tar med sig frågan till GR."),
                "tar med sig",
                agent="Kommunchefsgruppen",
            )
        ],
    )
    meeting = Meeting(
        body=body, date=date, date_precision="day" if date else None, date_source="option" if date else None
    )
    recorder = Recorder(
        t.q("Frida Sekreterare"),
        role=t.q("förbundssekreterare"),
        canonical_name="Frida Sekreterare",
        person_id="frida-sekreterare",
    )
    return Minutes(
        document=doc,
        meeting=meeting,
        present=present,
        absent=absent,
        recorded_by=recorder,
        items=[item1, item2],
    )

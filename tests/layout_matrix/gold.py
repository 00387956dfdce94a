"""layout matrix gold: Meeting + Rendered → gold JSON (../shared/gold/SCHEMA.md), and its span check.

The conventions are the seeds' and the earlier sets' (tests/blind*/README.md): the recorder is also in
the present list; every member municipality named in an item is also one of its organisations, kind
"municipality"; items end at the recorder line at the end, or at the e-mail signature.
Names are as written (SCHEMA): in the `Efternamn, Förnamn` layout the attendee's `name` is
"Strand, Helena" and its `canonical_name` the natural "Helena Strand" (`name_as_rendered` is the
written form in every layout; the check uses it).
"""

from __future__ import annotations

import re
from typing import Any

from tests.layout_matrix.model import Attendee, Item, Meeting
from tests.layout_matrix.render import Rendered


def _attendee(a: Attendee, written: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": written["name_as_rendered"],
        "canonical_name": a.name,
        "affiliation": written["affiliation"],
        "affiliation_canonical": a.body_canonical,
        "role": written["role"],
        "note": None,
        "items_attended": None,
        "name_as_rendered": written["name_as_rendered"],
    }


def _item(item: Item, heading: str, title: str, subheadings: list[str]) -> dict[str, Any]:
    orgs = [
        {
            "surface": o.surface,
            "canonical": o.canonical,
            "kind": o.kind,
            "other_surfaces": list(o.other_surfaces),
        }
        for o in item.orgs
    ]
    named = {o["canonical"] for o in orgs if o["kind"] == "municipality"}
    orgs += [
        {"surface": m, "canonical": m, "kind": "municipality", "other_surfaces": []}
        for m in item.municipalities
        if m not in named
    ]
    return {
        "number": item.number,
        "title": title,
        "heading_raw": heading,
        "subheadings": subheadings,
        "persons_mentioned": [
            {
                "name": p.name,
                "canonical_name": p.name,
                "affiliation": p.affiliation,
                "role_in_item": None,
                "also_written": [],
            }
            for p in item.persons
        ],
        "organisations_mentioned": orgs,
        "municipalities_mentioned": list(item.municipalities),
        "topics": list(item.topics),
        "decisions": list(item.decisions),
        "follow_ups": list(item.follow_ups),
        "borderline_decisions": [],
        "borderline_follow_ups": [],
        "dates_mentioned": [{"surface": d.surface, "iso": d.iso} for d in item.dates],
        "urls": [],
    }


def build(meeting: Meeting, rendered: Rendered, document: str) -> dict[str, Any]:
    recorder = next(a for a in meeting.attendees if a.recorder)
    return {
        "document": document,
        "meeting": {
            "body": meeting.body,
            "date_estimate": meeting.date.isoformat(),
            "date_evidence": [rendered.date_evidence],
            "place": None,
        },
        "present": [_attendee(a, rendered.entries[a.name]) for a in meeting.attendees if a.present],
        "absent": [_attendee(a, rendered.entries[a.name]) for a in meeting.attendees if not a.present],
        "recorded_by": {"name": recorder.name, "canonical_name": recorder.name, "role": None},
        "items": [
            _item(item, rendered.headings[k], rendered.titles[k], rendered.subheadings[k])
            for k, item in enumerate(meeting.items)
        ],
        "item_end": rendered.item_end,
    }


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def problems(gold: dict[str, Any], text: str) -> list[str]:
    """Every gold string that is not where the gold says it is (empty when the gold fits the text)."""
    errors: list[str] = []
    # a quoting carrier's "> " and Windows line ends are not part of the written strings
    text = "\n".join(ln.removeprefix("> ").removeprefix(">") for ln in text.replace("\r\n", "\n").split("\n"))
    if gold["meeting"]["date_evidence"][0] not in text:
        errors.append("date evidence")
    for status in ("present", "absent"):
        for a in gold[status]:
            for value in (a["name_as_rendered"], a["affiliation"], a["role"]):
                if value and value not in text:
                    errors.append(f"{status}: {value!r}")
    if gold["recorded_by"]["name"] not in text:
        errors.append("recorded_by")
    end = text.index(gold["item_end"]) if gold["item_end"] else len(text)
    heads: list[int] = []
    for it in gold["items"]:
        at = text.find("\n" + it["heading_raw"] + "\n", heads[-1] if heads else 0)
        if at < 0:
            errors.append(f"heading {it['heading_raw']!r}")
            return errors
        heads.append(at + 1)
    for k, it in enumerate(gold["items"]):
        span = _flat(text[heads[k] : heads[k + 1] if k + 1 < len(heads) else end])
        strings = [it["title"], *it["subheadings"], *it["decisions"], *it["follow_ups"]]
        strings += [p["name"] for p in it["persons_mentioned"]]
        strings += [p["affiliation"] for p in it["persons_mentioned"] if p["affiliation"]]
        strings += [s for o in it["organisations_mentioned"] for s in (o["surface"], *o["other_surfaces"])]
        strings += [d["surface"] for d in it["dates_mentioned"]]
        errors += [f"item {it['number']}: {s!r}" for s in strings if _flat(s) not in span]
        errors += [
            f"item {it['number']}: municipality {m!r}"
            for m in it["municipalities_mentioned"]
            if m not in span
        ]
    return errors

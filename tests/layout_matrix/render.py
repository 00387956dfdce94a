"""layout matrix rendering: Meeting + Layout → minutes text and the gold JSON that fits it.

Each dimension (header, attendance, absent, recorder, numbering, carrier) has its own renderer, written
from the genre's layouts (the seeds, the corpus, the earlier hand-written sets), so that one dimension
can be varied while the others stay at the plain baseline. The gold is built from the same content
and the same rendered lines, so its strings are the text's strings whatever the layout.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, fields, replace
from typing import Any

from tests.layout_matrix.carriers import CARRIERS, MONTHS, carry
from tests.layout_matrix.model import Attendee, Meeting

WEEKDAYS = "måndag tisdag onsdag torsdag fredag lördag söndag".split()

# The first value of each dimension is the plain baseline.
DIMENSIONS: dict[str, tuple[str, ...]] = {
    "header": ("labelled", "iso", "title", "title_iso", "weekday", "numeric", "tid_plats"),
    "attendance": (
        "comma",
        "paren",
        "body_colon",
        "body_dash",
        "bullets",
        "md_bullets",
        "deltagare",
        "role_line",
        "kommun_suffix",
        "word_table",
        "md_table",
        "grouped",
        "two_column",
        "inline",
        "prose",
        "checkbox",
        "surname_first",
    ),
    "absent": ("franvarande", "forhinder", "anmalt_forhinder", "ej_narvarande", "marker", "status_column"),
    "recorder": (
        "vid_anteckningarna",
        "antecknare",
        "sekreterare",
        "protokollforare",
        "minnesanteckningar",
        "forda_av",
        "antecknat_av_block",
        "vid_pennan",
        "marker",
    ),
    "numbering": (
        "dot",
        "paren",
        "para",
        "para_tight",
        "para_dot",
        "punkt",
        "punkt_colon",
        "punkt_bold",
        "bold_dot",
        "md_heading",
        "h3_bare",
        "bare",
        "tab",
        "arende",
        "dagordningspunkt",
        "upper",
        "subitems",
        "times",
    ),
    "carrier": CARRIERS,
}

ABSENT_LABELS = {
    "franvarande": "Frånvarande:",
    "forhinder": "Förhinder:",
    "anmalt_forhinder": "Anmält förhinder:",
    "ej_narvarande": "EJ NÄRVARANDE",
    "marker": "Förhinder:",  # where a list style cannot carry the marker (prose)
}
# attendance styles that carry present/absent in the list itself (no separate absent block)
STATUS_STYLES = ("md_table", "checkbox")
TABLE_STYLES = ("word_table", "md_table")


@dataclass(frozen=True)
class Layout:
    header: str = "labelled"
    attendance: str = "comma"
    absent: str = "franvarande"
    recorder: str = "vid_anteckningarna"
    numbering: str = "dot"
    carrier: str = "plain"

    @property
    def key(self) -> str:
        """`dimension=variant` joined by `+` for every non-baseline dimension; `baseline` if none."""
        parts = [
            f"{f.name}={getattr(self, f.name)}" for f in fields(self) if getattr(self, f.name) != f.default
        ]
        return "+".join(parts) or "baseline"


def variants(combos: int = 6, seed: int = 2027) -> list[tuple[str, Layout]]:
    """(dimension, layout): the baseline, one row per non-baseline value, then random combinations."""
    rows: list[tuple[str, Layout]] = [("baseline", Layout())]
    for dim, values in DIMENSIONS.items():
        rows += [(dim, replace(Layout(), **{dim: v})) for v in values[1:]]
    rng = random.Random(seed)
    seen = {layout for _, layout in rows}
    while sum(d == "combination" for d, _ in rows) < combos:
        layout = Layout(**{dim: rng.choice(values) for dim, values in DIMENSIONS.items()})
        # a combination changes at least three dimensions at once
        if layout in seen or sum(getattr(layout, d) != DIMENSIONS[d][0] for d in DIMENSIONS) < 3:
            continue
        seen.add(layout)
        rows.append(("combination", layout))
    return rows


@dataclass
class Rendered:
    """The text plus what the gold needs to know about how it was written."""

    text: str
    date_evidence: str
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)  # attendee name → written fields
    headings: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    subheadings: list[list[str]] = field(default_factory=list)
    item_end: str | None = None


def long_date(meeting: Meeting) -> str:
    d = meeting.date
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _clock(meeting: Meeting, minutes_after: int) -> str:
    hour, _, minute = meeting.start.partition(".")
    minutes = int(hour) * 60 + int(minute or 0) + minutes_after
    return f"{minutes // 60:02d}.{minutes % 60:02d}"


def _header(meeting: Meeting, style: str) -> tuple[list[str], str]:
    """The header lines and the one that carries the date (the gold's date evidence)."""
    d, long = meeting.date, long_date(meeting)
    weekday = WEEKDAYS[d.weekday()]
    line = {
        "labelled": f"Datum: {long}",
        "iso": f"Mötesdatum: {d.isoformat()}",
        "title": f"Anteckningar från mötet {long}",
        "title_iso": f"Minnesanteckningar {d.isoformat()}",
        "weekday": f"{weekday.capitalize()} {long}, kl. {meeting.start}–{meeting.end}",
        "numeric": f"Datum: {d.day}/{d.month} {d.year}",
        "tid_plats": f"Tid: {weekday} {long} kl. {_clock(meeting, 0)}–{meeting.end}.00",
    }[style]
    if style in ("title", "title_iso"):
        return [meeting.body, line], line
    if style == "tid_plats":
        return [meeting.body, "Anteckningar", "", line, "Plats: Teams"], line
    return [meeting.body, "Anteckningar", line], line


def _body(a: Attendee, layout: Layout) -> str:
    return f"{a.body} kommun" if layout.attendance == "kommun_suffix" and a.municipal else a.body


def _marker(a: Attendee, layout: Layout) -> str:
    """`(förhinder)` / `(antecknare)` after an entry, where those layouts mark them in the list."""
    marks = []
    if layout.absent == "marker" and not a.present and layout.attendance not in (*STATUS_STYLES, "prose"):
        marks.append(" (förhinder)")
    if layout.recorder == "marker" and a.recorder:
        marks.append(" (antecknare)")
    return "".join(marks)


def _entry(a: Attendee, layout: Layout) -> str:
    style, body, mark = layout.attendance, _body(a, layout), _marker(a, layout)
    if layout.absent == "status_column":
        return f"{a.name}{mark}\t{body}\t{'Ja' if a.present else 'Nej'}"
    if style in TABLE_STYLES:
        status = "Närvarande" if a.present else "Frånvarande"
        return {
            "word_table": f"{a.name}{mark}\t{body}\t{a.role}",
            "md_table": f"| {a.name}{mark} | {body} | {status} |",
        }[style]
    return {
        "comma": f"{a.name}, {body}",
        "kommun_suffix": f"{a.name}, {body}",
        "two_column": f"{a.name}, {body}",
        "paren": f"{a.name} ({body})",
        "inline": f"{a.name} ({body})",
        "prose": f"{a.name} ({body})",
        "body_colon": f"{body}: {a.name}",
        "body_dash": f"{body} – {a.name}",
        "bullets": f"- {a.name}, {body}",
        "md_bullets": f"- {a.name}, {body}",
        "deltagare": f"{a.name}, {body}",
        "role_line": f"{a.name}, {a.role}, {body}",
        "surname_first": f"{a.last}, {a.first} – {body}",
        "checkbox": f"[{'x' if a.present else ' '}] {a.name}, {body}",
        "grouped": f"- {a.name}",
    }[style] + mark


def _and_list(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " och " + parts[-1]


def _list(people: list[Attendee], layout: Layout) -> list[str]:
    """The list lines of one block of attendees in the layout's style, without its label."""
    style = layout.attendance
    entries = [_entry(a, layout) for a in people]
    if style == "grouped":
        lines: list[str] = []
        for body in dict.fromkeys(_body(a, layout) for a in people):
            group = [e for a, e in zip(people, entries, strict=True) if _body(a, layout) == body]
            lines += [*([""] if lines else []), body, *group]
        return lines
    if style == "two_column":
        # the right column starts at one place, at least four spaces after the longest left entry
        width = max(len(e) for e in entries[::2]) + 4
        return [
            "".join(e.ljust(width) for e in entries[i : i + 2]).rstrip() for i in range(0, len(entries), 2)
        ]
    if style == "inline":
        return [", ".join(entries)]
    if style == "prose":
        return [_and_list(entries) + "."]
    return (["Namn\tOrganisation\tRoll"] if style == "word_table" else []) + entries


def _attendance(meeting: Meeting, layout: Layout) -> list[str]:
    everyone = list(meeting.attendees)
    present = [a for a in everyone if a.present]
    absent = [a for a in everyone if not a.present]
    style = layout.attendance
    if layout.absent == "status_column":
        return ["Deltagare:", "Namn\tOrganisation\tNärvarande", *(_entry(a, layout) for a in everyone)]
    if style == "md_table":
        table = ["| Namn | Organisation | Närvaro |", "|---|---|---|", *(_entry(a, layout) for a in everyone)]
        return ["Närvarolista", "", *table]
    if style == "checkbox":
        return ["Närvarolista:", *(_entry(a, layout) for a in everyone)]
    label = ABSENT_LABELS[layout.absent]
    if layout.absent == "marker" and style != "prose":
        # absentees stay in the one list, marked "(förhinder)"
        listed = _list(everyone, layout)
        return [f"Deltagare: {listed[0]}"] if style == "inline" else ["Deltagare:", *listed]
    if style == "prose":
        lines = ["Vid mötet deltog " + _list(present, layout)[0]]
        return [*lines, "", f"{label} " + _list(absent, layout)[0]] if absent else lines
    if style == "inline":
        lines = ["Närvarande: " + _list(present, layout)[0]]
        return [*lines, f"{label} " + _list(absent, layout)[0]] if absent else lines
    if style == "md_bullets":
        label = "## " + label.rstrip(":").capitalize()
    present_label = {"md_bullets": "## Närvarande", "deltagare": "Deltagare:"}.get(style, "Närvarande:")
    lines = [present_label, *_list(present, layout)]
    return [*lines, "", label, *_list(absent, layout)] if absent else lines


def _written(a: Attendee, layout: Layout) -> dict[str, Any]:
    shows_role = layout.attendance in ("word_table", "role_line") and layout.absent != "status_column"
    natural = layout.attendance != "surname_first" or layout.absent == "status_column"
    return {
        "affiliation": _body(a, layout),
        "role": a.role if shows_role else None,
        "name_as_rendered": a.name if natural else f"{a.last}, {a.first}",
    }


def _heading(number: int, title: str, style: str, clock: str) -> str:
    return {
        "dot": f"{number}. {title}",
        "subitems": f"{number}. {title}",
        "upper": f"{number}. {title}",
        "paren": f"{number}) {title}",
        "para": f"§ {number} {title}",
        "para_tight": f"§{number} {title}",
        "para_dot": f"§ {number}. {title}",
        "punkt": f"Punkt {number} – {title}",
        "punkt_colon": f"Punkt {number}: {title}",
        "punkt_bold": f"**Punkt {number} – {title}**",
        "bold_dot": f"**{number}. {title}**",
        "md_heading": f"## {number}. {title}",
        "h3_bare": f"### {number} {title}",
        "bare": f"{number} {title}",
        "tab": f"{number}.\t{title}",
        "arende": f"Ärende {number}: {title}",
        "dagordningspunkt": f"Dagordningspunkt {number} – {title}",
        "times": f"{clock} {number}. {title}",
    }[style]


def _items(meeting: Meeting, layout: Layout, out: Rendered) -> list[str]:
    lines: list[str] = []
    for k, item in enumerate(meeting.items):
        title = item.title.upper() if layout.numbering == "upper" else item.title
        heading = _heading(item.number, title, layout.numbering, _clock(meeting, 40 * k))
        out.headings.append(heading)
        out.titles.append(title)
        lines += [heading, ""]
        subs: list[str] = []
        for section in item.sections:
            if section.heading and layout.numbering == "subitems":
                subs.append(section.heading)
                lines += [f"{item.number}.{len(subs)} {section.heading}", ""]
            for paragraph in section.paragraphs:
                lines += [paragraph, ""]
        out.subheadings.append(subs)
    return lines


def _recorder(meeting: Meeting, style: str) -> tuple[list[str], bool]:
    """The recorder's lines and whether they stand at the end (True) or in the header (False)."""
    name = next(a.name for a in meeting.attendees if a.recorder)
    return {
        "vid_anteckningarna": ([f"Vid anteckningarna: {name}"], True),
        "antecknare": ([f"Antecknare: {name}"], False),
        "sekreterare": ([f"Sekreterare: {name}"], False),
        "protokollforare": ([f"Protokollförare: {name}"], False),
        "minnesanteckningar": ([f"Minnesanteckningar: {name}"], True),
        "forda_av": ([f"Anteckningar förda av {name}"], True),
        "antecknat_av_block": (["Antecknat av", "", name], True),
        "vid_pennan": ([f"Vid pennan: {name}"], True),
        "marker": ([], True),  # "(antecknare)" in the attendance list
    }[style]


def render(meeting: Meeting, layout: Layout) -> Rendered:
    head, evidence = _header(meeting, layout.header)
    out = Rendered(text="", date_evidence=evidence)
    for a in meeting.attendees:
        out.entries[a.name] = _written(a, layout)
    recorder, at_end = _recorder(meeting, layout.recorder)
    lines = [*head, ""]
    if not at_end:
        lines += [*recorder, ""]
    lines += [*_attendance(meeting, layout), ""]
    lines += _items(meeting, layout, out)
    if at_end and recorder:
        lines += recorder
        out.item_end = recorder[0]
    paragraphs = {p for item in meeting.items for s in item.sections for p in s.paragraphs}
    out.text, end = carry(meeting, layout.carrier, lines, paragraphs)
    out.item_end = out.item_end or end
    return out

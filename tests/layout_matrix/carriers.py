"""layout matrix carriers: the lines of rendered minutes → the text as it reaches the extractor.

Minutes arrive as plain text, inside an e-mail (own or forwarded, or quoted with `> `), or as text
pulled out of a PDF (page footers and running heads between lines, hard-wrapped paragraphs), with
Windows line ends, or with the paragraphs written as bullets.
"""

from __future__ import annotations

import datetime as dt
import textwrap

from tests.layout_matrix.model import Meeting

MONTHS = ("januari februari mars april maj juni juli augusti september oktober november december").split()
CARRIERS = ("plain", "email", "forwarded", "quoted", "pdf", "pdf_wrapped", "crlf", "bulleted")
SIGNATURE = "Med vänliga hälsningar"


def _ascii(text: str) -> str:
    return text.lower().translate(str.maketrans("åäöé", "aaoe")).replace(" ", "")


def _mail_head(meeting: Meeting, days_after: int, subject: str) -> list[str]:
    sender = next(a for a in meeting.attendees if a.recorder)
    d = meeting.date + dt.timedelta(days=days_after)
    address = f"{_ascii(sender.first)}.{_ascii(sender.last)}@{_ascii(meeting.host)}.se"
    return [
        f"Från: {sender.name} <{address}>",
        f"Skickat: den {d.day} {MONTHS[d.month - 1]} {d.year} 10:14",
        f"Till: {meeting.body}",
        f"Ämne: {subject}",
        "",
    ]


def _signature(meeting: Meeting) -> list[str]:
    sender = next(a for a in meeting.attendees if a.recorder)
    return ["", SIGNATURE, sender.name, sender.role, meeting.host, "Tel. 010-123 45 67"]


def email(meeting: Meeting, lines: list[str]) -> list[str]:
    greeting = ["Hej!", "", "Här kommer anteckningarna från senaste mötet.", ""]
    return _mail_head(meeting, 3, "Minnesanteckningar") + greeting + lines + _signature(meeting)


def forwarded(meeting: Meeting, lines: list[str]) -> list[str]:
    cover = ["För kännedom.", "", "/Kansliet", "", "-----Ursprungligt meddelande-----"]
    return (
        _mail_head(meeting, 5, "VB: Minnesanteckningar")
        + cover
        + _mail_head(meeting, 3, "Minnesanteckningar")
        + lines
        + _signature(meeting)
    )


def quoted(meeting: Meeting, lines: list[str]) -> list[str]:
    reply = ["Tack, jag lägger in dem på samarbetsytan.", "", "/Kansliet", ""]
    sent = email(meeting, lines)
    return _mail_head(meeting, 4, "SV: Minnesanteckningar") + reply + [f"> {ln}".rstrip() for ln in sent]


def wrap(lines: list[str], width: int = 72) -> list[str]:
    """Hard line breaks inside long paragraphs (tables, with tabs, stay whole)."""
    out: list[str] = []
    for ln in lines:
        out += textwrap.wrap(ln, width) if len(ln) > width and "\t" not in ln else [ln]
    return out


def pdf(meeting: Meeting, lines: list[str], every: int = 10, wrapped: bool = False) -> list[str]:
    """Page footers and running heads between lines, as text pulled out of a PDF has them.

    A page ends after `every` lines (mid-list, between paragraphs); in wrapped text at the next blank
    line, so that no gold sentence straddles a page break.
    """
    pages: list[list[str]] = [[]]
    for ln in lines:
        pages[-1].append(ln)
        if len(pages[-1]) >= every and (not wrapped or not ln.strip()):
            pages.append([])
    pages = [p for p in pages if p]
    out: list[str] = []
    for k, page in enumerate(pages, start=1):
        if k > 1:
            out += [meeting.body, ""]
        out += [*page, "", f"Sida {k} av {len(pages)}", ""]
    return out


def bulleted(lines: list[str], paragraphs: set[str]) -> list[str]:
    return [f"- {ln}" if ln in paragraphs else ln for ln in lines]


def carry(meeting: Meeting, carrier: str, lines: list[str], paragraphs: set[str]) -> tuple[str, str | None]:
    """The final text, and the line the items end at when the carrier adds one (the signature)."""
    end: str | None = None
    newline = "\n"
    if carrier in ("email", "forwarded", "quoted"):
        lines = {"email": email, "forwarded": forwarded, "quoted": quoted}[carrier](meeting, lines)
        end = SIGNATURE
    elif carrier == "pdf":
        lines = pdf(meeting, lines)
    elif carrier == "pdf_wrapped":
        lines = pdf(meeting, wrap(lines), wrapped=True)
    elif carrier == "crlf":
        newline = "\r\n"
    elif carrier == "bulleted":
        lines = bulleted(lines, paragraphs)
    elif carrier != "plain":
        raise ValueError(carrier)
    return newline.join(lines).rstrip("\r\n") + newline, end

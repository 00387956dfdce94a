"""Bare, region-bound names follow the region the attendance points to, not the shipped default."""

from __future__ import annotations

from pathlib import Path

from govkg.extract import extract_mentions
from govkg.parse import parse_minutes
from govkg.read import read_document

SKANE = """Minnesanteckningar

Närvarande
Anna Holm, Malmö
Per Nilsson, Lund
Sara Berg, Helsingborg
Olof Ek, Ystad
Karin Lind, Länsstyrelsen (p1)

1. Krisberedskap

Länsstyrelsen informerar om övningen. Förbundsstyrelsen återkommer i frågan.

2. Övriga frågor

Inga övriga frågor.

Antecknat av: Sara Berg
"""


def test_a_bare_lansstyrelsen_is_the_board_of_the_attendees_county(tmp_path: Path) -> None:
    path = tmp_path / "skane.txt"
    path.write_text(SKANE, encoding="utf-8")
    minutes = extract_mentions(parse_minutes(read_document(path)))
    guest = next(a for a in minutes.present if a.name.text == "Karin Lind")
    assert guest.affiliation_canonical == "Länsstyrelsen i Skåne län"
    canon = {o.surface.text: o.canonical for o in minutes.items[0].organisations_mentioned}
    assert canon["Länsstyrelsen"] == "Länsstyrelsen i Skåne län"
    # the board of Göteborgsregionen is not the board of an unknown federation in Skåne
    assert "Göteborgsregionens förbundsstyrelse" not in canon.values()


def test_the_gr_minutes_keep_the_default_region(example_files: list[Path]) -> None:
    minutes = extract_mentions(parse_minutes(read_document(example_files[2])))
    guests = {
        a.affiliation_canonical
        for a in minutes.present
        if a.affiliation and "änsstyrelsen" in a.affiliation.text
    }
    assert guests == {"Länsstyrelsen i Västra Götalands län"}

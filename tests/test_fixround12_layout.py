"""Fix round 12a: a roll call inside the opening item, YAML front matter lists, trailing case numbers,
space-aligned signature rows and the attestation block after the last item.

Texts are written for these tests (invented people, other bodies than the blind set's)."""

from __future__ import annotations

import pytest

from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


def _parse(text: str, filename: str = "t.txt") -> Minutes:
    doc = Document(
        path=filename,
        name="t",
        filename=filename,
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    return parse_minutes(doc)


def _item_text(m: Minutes, k: int, text: str) -> str:
    span = m.items[k].span
    return text[span.start : span.end]


def _present(m: Minutes) -> dict[str, str | None]:
    return {a.name.text: a.affiliation_canonical for a in m.present}


# ---- 1. a welcome sentence in the opening item gives the roll call; the item keeps its text


@pytest.mark.parametrize(
    "lead",
    [
        "Ordföranden Berit Holm (Gislaved) hälsade välkomna:",
        "Mötesordföranden Berit Holm (Gislaved) hälsade alla välkomna:",
        "Berit Holm (Gislaved) hälsade deltagarna välkomna till mötet:",
    ],
)
def test_welcome_sentence_in_opening_item_is_the_roll_call(lead: str) -> None:
    text = (
        "Anteckningar från ekonomichefsnätverket 12 maj 2031\n\n"
        "Punkt 1: Inledning\n"
        f"{lead} Olle Dahl (Vaggeryd), Siv Lund (Gnosjö) och Kent Falk (Värnamo). "
        "Från kansliet deltog utredare Ebba Nord, som förde anteckningarna. "
        "Tove Ring, SKR, deltog under punkt 2. Värnamo hade anmält förhinder (Nils Berg).\n"
        "Beslut: Dagordningen godkändes.\n\n"
        "Punkt 2: Budget\nUtfallet redovisades.\n"
    )
    m = _parse(text)
    present = _present(m)
    assert {"Berit Holm", "Olle Dahl", "Siv Lund", "Kent Falk", "Ebba Nord", "Tove Ring"} <= set(present)
    assert present["Olle Dahl"] == "Vaggeryd"
    assert [a.name.text for a in m.absent] == ["Nils Berg"]
    assert m.recorded_by is not None and m.recorded_by.name.text == "Ebba Nord"
    guest = next(a for a in m.present if a.name.text == "Tove Ring")
    assert guest.items_attended == [2]
    # the sentence stays the item's text
    assert "Olle Dahl" in _item_text(m, 0, text)


def test_roll_call_before_items_wins_over_the_opening_item() -> None:
    text = (
        "Minnesanteckningar\nNärvarande: Åke Ström (Tranås), Lisa Berg (Eksjö)\n\n"
        "1. Inledning\nOrdföranden Åke Ström hälsade välkomna: Per Nyberg (Aneby), Ulla Sand (Sävsjö).\n\n"
        "2. Övrigt\nInga frågor.\n"
    )
    assert set(_present(_parse(text))) == {"Åke Ström", "Lisa Berg"}


def test_welcome_without_names_gives_no_roll_call() -> None:
    text = (
        "Anteckningar\n\n1. Inledning\nOrdföranden hälsade alla välkomna.\n\n"
        "2. Ekonomi\nUtfallet redovisades.\n"
    )
    assert _parse(text).present == []


# ---- 2. YAML front matter: attendance keys read as entries with spans into the source

YAML = """---
titel: Nätverksträff
datum: 2031-09-02
deltagare:
  - "Rut Åberg, kommunchef, Ljusdals kommun (ordförande)"
  - Hugo Lind, Nordanstigs kommun
  - 'Vera Hed, strateg, Region Gävleborg (punkt 2)'
frånvarande: ["Ivar Sten, ekonom, Hudiksvalls kommun"]
närvarande: [Kim Alm, Bo Sjö]
sekreterare: "Ada Brink, nätverkssamordnare, Region Gävleborg"
taggar: [ekonomi, skola]
---

# Nätverksträff 2 september 2031

## 1. Inledning

Rut Åberg öppnade mötet.

## 2. Skolskjuts

Vera Hed redovisade kostnaderna.
"""


def test_yaml_front_matter_lists() -> None:
    m = _parse(YAML, "t.md")
    present = _present(m)
    assert present["Rut Åberg"] == "Ljusdal"
    assert present["Hugo Lind"] == "Nordanstig"
    assert {"Vera Hed", "Kim Alm", "Bo Sjö", "Ada Brink"} <= set(present)
    vera = next(a for a in m.present if a.name.text == "Vera Hed")
    assert vera.items_attended == [2]
    assert [a.name.text for a in m.absent] == ["Ivar Sten"]
    assert m.recorded_by is not None and m.recorded_by.name.text == "Ada Brink"
    for a in m.attendees:  # exact spans into the source
        assert YAML[a.name.span.start : a.name.span.end] == a.name.text
    assert [i.title.text for i in m.items] == ["Inledning", "Skolskjuts"]


def test_front_matter_without_attendance_keys_reads_no_one() -> None:
    text = (
        "---\ntitel: Möte\ntaggar: [a, b]\n---\n\n# Möte\n\n## 1. Ekonomi\n\nText.\n\n## 2. Övrigt\n\nText.\n"
    )
    m = _parse(text, "t.md")
    assert m.present == [] and len(m.items) == 2


# ---- 3. a case number after the title is metadata


@pytest.mark.parametrize(
    "heading",
    [
        "§ 7  Bokslut 2030                              Dnr 2031/014",
        "§ 7  Bokslut 2030 (Dnr KS 2031/14)",
        "§ 7\tBokslut 2030\tDiarienr 2031/14",
    ],
)
def test_trailing_case_number_is_not_title(heading: str) -> None:
    text = f"Protokoll\n\n{heading}\nDirektionen godkände bokslutet.\n\n§ 8  Övrigt\nInget.\n"
    assert _parse(text).items[0].title.text == "Bokslut 2030"


# ---- 4. space-aligned signature rows; the attestation block ends the items

PROTOCOL = """Protokoll direktionen
Sammanträdesdatum     2031-02-10

Underskrifter         Sekreterare   ..........................   Paragrafer §§ 1–2
                                    Linnea Holt

                      Ordförande    ..........................
                                    Arne Vik

§ 1  Val av justerare
Arne Vik utsågs.

§ 2  Information
Förbundschefen informerade.

----------------------------------------------------------------
ANSLAGSBEVIS
Protokollet är justerat. Justeringen har tillkännagivits genom anslag.
Datum för anslag     2031-02-17
"""


def test_space_aligned_signature_row_names_the_recorder() -> None:
    m = _parse(PROTOCOL)
    assert m.recorded_by is not None and m.recorded_by.name.text == "Linnea Holt"


def test_attestation_block_ends_the_last_item() -> None:
    m = _parse(PROTOCOL)
    assert len(m.items) == 2
    assert "ANSLAGSBEVIS" not in _item_text(m, -1, PROTOCOL)
    assert "2031-02-17" not in _item_text(m, -1, PROTOCOL)


def test_share_footer_ends_the_last_item() -> None:
    text = (
        "Anteckningar\n\nPunkt 1: Ekonomi\nText.\n\nPunkt 2: Övrigt\nInget.\n\n"
        "Dela sidan: Facebook | E-post\nKontakta oss.\n"
    )
    m = _parse(text)
    assert "Kontakta" not in _item_text(m, -1, text)


@pytest.mark.parametrize(
    "lead", ["Följande deltog:", "Följande personer deltog i mötet:", "Närvarande vid mötet var"]
)
def test_roll_call_sentence_in_opening_item(lead: str) -> None:
    text = (
        "Anteckningar\n\n1. Inledning\n"
        f"{lead} Olle Dahl (Vaggeryd), Siv Lund (Gnosjö) och Kent Falk (Värnamo).\n\n"
        "2. Ekonomi\nUtfallet redovisades.\n"
    )
    assert _present(_parse(text)) == {"Olle Dahl": "Vaggeryd", "Siv Lund": "Gnosjö", "Kent Falk": "Värnamo"}


@pytest.mark.parametrize("line", ["Med vardera kommun deltog en tjänsteperson.", "Följande deltog"])
def test_not_a_roll_call_lead(line: str) -> None:
    from govkg.parse.lines import PROSE_PRESENT

    assert PROSE_PRESENT.match(line) is None

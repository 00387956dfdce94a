"""Fix round 22 (structure): a § title wrapped at the heading's own column in plain pdftotext, and a
page break with its foot in the middle of a sentence.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.sentences import split_sentences
from govkg.model import Document, Minutes
from govkg.normalise import blank_out
from govkg.parse import parse_minutes


def _parse(text: str, name: str = "t.txt") -> Minutes:
    doc = Document(
        path=name, name="t", filename=name, text=text, sha256="", media_type="text/plain", encoding="utf-8"
    )
    return parse_minutes(doc)


_HEAD = (
    "PROTOKOLL\nFörbundsdirektionen\n2031-05-14\n\n"
    "Beslutande\nIda Lönn (S), ordförande\nPer Vik (M)\n\n"
    "§ 7 Val av justerare\nDnr FD 2031-000011\nDirektionens beslut\nDirektionen utser Per Vik.\n\n"
)
_TAIL = "\n\n§ 9 Övriga frågor\nInga övriga frågor.\n"


# ---- 1. a title wrapped to the heading's column joins only where the heading shows it was cut


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # ends in a preposition, the case number right under the wrap
        (
            "§ 8 Remissvar om förslag till naturreservat för\nBjörkmossens dalgång\nDnr FD 2031-000020\n",
            "Remissvar om förslag till naturreservat för Björkmossens dalgång",
        ),
        # ends in a conjunction, a blank line under the wrap
        (
            "§ 8 Yttrande över avfallsplan och\nkretsloppsplan 2032\n\n",
            "Yttrande över avfallsplan och kretsloppsplan 2032",
        ),
        # the wrap opens in lower case, a block label under it
        (
            "§ 8 Revidering av taxa för miljöbalkens\ntillsynsområde\nDirektionens beslut\n",
            "Revidering av taxa för miljöbalkens tillsynsområde",
        ),
    ],
)
def test_a_cut_title_takes_its_wrap(heading: str, title: str) -> None:
    m = _parse(_HEAD + heading + "Direktionen beslutar att godkänna förslaget." + _TAIL)
    item = next(i for i in m.items if i.number == "8")
    assert item.title.text == title
    text = m.document.text
    assert text[item.title.span.start : item.title.span.end].split() == title.split()


@pytest.mark.parametrize(
    "heading",
    [
        # a finished title: the short line under it is the body's opening
        "§ 8 Budget 2032\nInga synpunkter\n\n",
        # a title that ends in a noun, its next line a body line (upper case, no cut word)
        "§ 8 Information om förbundets ekonomi\nEkonomichefen redovisar\n\n",
        # the next line is a whole sentence, not a title's tail
        "§ 8 Rapport från arbetsgruppen för\nGruppen har träffats tre gånger.\n\n",
    ],
)
def test_a_finished_title_keeps_its_body(heading: str) -> None:
    m = _parse(_HEAD + heading + "Direktionen beslutar att godkänna förslaget." + _TAIL)
    item = next(i for i in m.items if i.number == "8")
    assert item.title.text == heading.split("\n", 1)[0].removeprefix("§ 8 ")


# ---- 2. a page foot in the middle of a sentence: furniture, and the halves read as one


_PAGED = (
    "Anteckningar\nNätverket för miljöstrateger\n2031-03-02\n\n"
    "Närvarande\nOlle Sand, Tranås kommun\nMia Berg, Eksjö kommun\n\n"
    "1. Mötets öppnande\nOlle Sand öppnade mötet.\n\n"
    "2. Rapport\nOlle Sand berättade om läget. Länsstyrelsen bjuder in till en temadag\n\n"
    "1 (2)\n\n\f{next} kommunernas strateger den 4 maj i Jönköping.\nMia Berg tackade.\n\n"
    "3. Nästa möte\nNästa möte hålls den 9 juni 2031.\n\n2 (2)\n\n\f"
)


@pytest.mark.parametrize(
    ("opening", "joined"),
    [
        ("för", True),  # lower case: the sentence runs on across the page break
        ("För", False),  # capital: a new paragraph opens the page
    ],
)
def test_a_page_foot_inside_a_sentence(opening: str, joined: bool) -> None:
    text = _PAGED.replace("{next}", opening)
    m = _parse(text)
    blanked = blank_out(text, 0, m.no_content)
    assert "1 (2)" not in blanked and "2 (2)" not in blanked  # the foot is furniture
    item = next(i for i in m.items if i.number == "2")
    sentences = [q.text for q in split_sentences(blanked[item.span.start : item.span.end], item.span.start)]
    whole = f"Länsstyrelsen bjuder in till en temadag {opening} kommunernas strateger den 4 maj i Jönköping."
    assert (whole in sentences) is joined
    if joined:
        q = next(
            q
            for q in split_sentences(blanked[item.span.start : item.span.end], item.span.start)
            if q.text == whole
        )
        assert (
            text[q.span.start : q.span.end].startswith("Länsstyrelsen")
            and "1 (2)" in text[q.span.start : q.span.end]
        )


def test_a_paragraph_break_without_a_page_break_stays() -> None:
    text = _PAGED.replace("{next}", "för").replace("\n\n1 (2)\n\n\f", "\n\n")
    m = _parse(text)
    blanked = blank_out(text, 0, m.no_content)
    assert "temadag\n\nför" in blanked

"""Fix round 12b (content): ISO ranges with a spaced dash, names cut short, web-page footers, referrals,
dated steps under a run-in "Beslut:" label and first names spelled with another letter of a pair.

All texts and names are written for these tests.
"""

from __future__ import annotations

import pytest

from govkg.extract.dates import find_dates
from govkg.extract.organisations import find_organisations
from govkg.extract.statements import find_statements
from govkg.model import Attendee, Document, Minutes, Quote, Span
from govkg.resolve import resolve, variant_reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delegationsbeslut under perioden 2026-02-01 – 2026-04-30 redovisas.",
         [("2026-02-01 – 2026-04-30", "2026-02-01/2026-04-30")]),
        ("Period: 2026-02-01--2026-02-28.", [("2026-02-01--2026-02-28", "2026-02-01/2026-02-28")]),
        ("Anslaget 2026-05-02 — 2026-05-24.", [("2026-05-02 — 2026-05-24", "2026-05-02/2026-05-24")]),
        ("Gäller 2026-09-01 till 2026-12-31.", [("2026-09-01 till 2026-12-31", "2026-09-01/2026-12-31")]),
        # two days in the wrong order, or joined by "och", stay two dates
        ("Möten 2026-05-01 - 2026-03-01.", [("2026-05-01", "2026-05-01"), ("2026-03-01", "2026-03-01")]),
        ("Möten 2026-03-01 och 2026-05-01.", [("2026-03-01", "2026-03-01"), ("2026-05-01", "2026-05-01")]),
    ],
)  # fmt: skip
def test_iso_days_joined_by_a_dash_are_one_interval(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.surface.text, d.iso) for d in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        ("Arbetet inom Räddsam VG fortsätter.", "Räddsam VG", "Räddsam VG"),
        ("Samverkan med SOS Alarm om larmmottagning.", "SOS Alarm", "SOS Alarm Sverige AB"),
        ("Kontakt har tagits med LRF om betesmarkerna.", "LRF", "Lantbrukarnas Riksförbund"),
        ("Gruppen stöder att MalmöLundregionen svarar gemensamt.", "MalmöLundregionen", "MalmöLundregionen"),
        ("Avtal med Räddningstjänstförbundet Storgöteborg   Dnr 2026/004",
         "Räddningstjänstförbundet Storgöteborg", "Räddningstjänstförbundet Storgöteborg"),
        ("Samarbete med Räddningstjänsten Norra Berget   Dnr 2026/9", "Räddningstjänsten Norra Berget",
         "Räddningstjänsten Norra Berget"),
    ],
)  # fmt: skip
def test_names_are_not_cut_short_and_stop_at_a_diary_number(text: str, surface: str, canonical: str) -> None:
    found = [(o.surface.text, o.canonical) for o in find_organisations(text)]
    assert (surface, canonical) in found
    assert all("Dnr" not in s and s not in ("VG", "SOS") for s, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Årsredovisningen går till medlemskommunernas fullmäktige för beslut om ansvarsfrihet.",
        "Ärendet skickas till styrelsen för kännedom.",
    ],
)
def test_where_a_matter_goes_is_no_body_name(text: str) -> None:
    assert [o.surface.text for o in find_organisations(text)] == []


def _statements(text: str) -> tuple[list[str], list[str]]:
    decisions, follow_ups = find_statements(text)
    return [s.text.text for s in decisions], [s.text.text for s in follow_ups]


@pytest.mark.parametrize(
    ("text", "decisions", "follow_ups"),
    [
        # a referral is the group's procedural decision; citing a report is not
        ("Ärendet hänvisas till förbundets trafikgrupp.",
         ["Ärendet hänvisas till förbundets trafikgrupp."], []),
        ("Frågan remitteras till socialchefsnätverket.",
         ["Frågan remitteras till socialchefsnätverket."], []),
        ("Olle hänvisade till rapporten från länsstyrelsen.", [], []),
        # a web page's footer is no follow-up of the last item
        ("Nästa steg diskuteras.\nDela sidan: Facebook | E-post\n"
         "Kontakta kansliet via formuläret på webbplatsen.", [], []),
        ("Sidan uppdaterades den 3 april 2026.", [], []),
        # a dated request to contact someone is still a follow-up
        ("Kontakta kansliet senast den 3 maj om ni vill delta.", [],
         ["Kontakta kansliet senast den 3 maj om ni vill delta."]),
        # after a run-in "Beslut:" a dated coming step is a follow-up, a decision stays one
        ("Beslut: Nästa möte hålls den 4 juni 2026 i Lomma.", [],
         ["Beslut: Nästa möte hålls den 4 juni 2026 i Lomma."]),
        ("Beslut: Protokollet godkändes.", ["Beslut: Protokollet godkändes."], []),
        # a decision that sets a dated task stays a decision
        ("Beslut: Länets smittskyddsläkare bjuds in till mötet den 22 april.",
         ["Beslut: Länets smittskyddsläkare bjuds in till mötet den 22 april."], []),
        ("Beslut: Gruppen beslutade att frågan tas upp den 4 juni.",
         ["Beslut: Gruppen beslutade att frågan tas upp den 4 juni."], []),
    ],
)  # fmt: skip
def test_statement_genres(text: str, decisions: list[str], follow_ups: list[str]) -> None:
    assert _statements(text) == (decisions, follow_ups)


@pytest.mark.parametrize(
    ("a", "b", "merges"),
    [
        ("Katarina Holmsjö", "Catarina Holmsjö", True),
        ("Carl Åkerblad", "Karl Åkerblad", True),
        ("Christina Vedin", "Kristina Vedin", True),
        ("Philip Norrgård", "Filip Norrgård", True),
        ("Thomas Rask", "Tomas Rask", True),
        # different names, not spellings of one: never merged
        ("Karin Holmsjö", "Carina Holmsjö", False),
        ("Lena Fjällby", "Peter Fjällby", False),
        ("Katarina Holmsjö", "Catarina Holmberg", False),
    ],
)
def test_first_name_spelling_pairs(a: str, b: str, merges: bool) -> None:
    assert (variant_reason(a, b) is not None) is merges


def _minutes(name: str, people: list[tuple[str, str | None]]) -> Minutes:
    doc = Document(
        path=name,
        name=name,
        filename=f"{name}.txt",
        text="",
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    m = Minutes(document=doc)
    m.present = [Attendee(Quote(n, Span(0, len(n))), "present", affiliation_canonical=a) for n, a in people]
    return m


@pytest.mark.parametrize(
    ("second", "same"),
    [
        (("Catarina Holmsjö", "SKR"), True),  # spelling pair, same body: one person
        (("Catarina Holmsjö", "Region Uppsala"), False),  # another body: two people
        (("Carina Holmsjö", "SKR"), False),  # another name: two people
    ],
)
def test_spelling_variant_merges_only_when_the_body_agrees(second: tuple[str, str], same: bool) -> None:
    first = _minutes("a", [("Katarina Holmsjö", "SKR"), ("Olle Brandt", "Lomma")])
    other = _minutes("b", [second, ("Olle Brandt", "Lomma")])
    report = resolve([first, other])
    assert (first.present[0].person_id == other.present[0].person_id) is same
    assert first.present[1].person_id == other.present[1].person_id
    assert any("spelling variant" in m.reason for m in report.merges) is same


def test_two_spellings_in_one_document_stay_two_people() -> None:
    one = _minutes("a", [("Katarina Holmsjö", "SKR"), ("Catarina Holmsjö", "SKR")])
    resolve([one])
    assert one.present[0].person_id != one.present[1].person_id

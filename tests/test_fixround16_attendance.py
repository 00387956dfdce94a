"""Fix round 16 (attendance): prose roll calls that open with their note or name the writer, name-first
absence sentences, group-named table headers, "Name Kommun" without a comma, group labels on the cue's
line and in run-in lists, company-shaped group labels, a label column's value, substitutes' principals.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


def _doc(text: str, name: str = "t.txt") -> Document:
    return Document(
        path=name,
        name="t",
        filename=name,
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )


def _parse(text: str, name: str = "t.txt") -> Minutes:
    return parse_minutes(_doc(text, name))


def _people(m: Minutes, status: str) -> dict[str, str | None]:
    """Name → affiliation as written, for the present or the absent list."""
    found = m.present if status == "present" else m.absent
    return {a.name.text: a.affiliation.text if a.affiliation else None for a in found}


def _canonical(m: Minutes, status: str) -> dict[str, str | None]:
    found = m.present if status == "present" else m.absent
    return {a.name.text: a.affiliation_canonical for a in found}


_ITEMS = """
1. Mötets öppnande
Ordföranden öppnade mötet.

2. Budget
Styrelsen godkände budgeten.
"""

# ---- 1. prose roll calls in a mailed reply

_MAIL = """Från: Lund Karin
Skickat: den 3 maj 2031 10:12
Till: Berg Olle; Strand Eva
Ämne: SV: Anteckningar styrgruppen

Hej!

Här kommer anteckningarna från styrgruppens möte i måndags.

Närvarande var styrgruppen: Olle Berg (S), ordförande, Vetlanda, och Eva Strand (M), vice ordförande,
Eksjö. Från kansliet deltog kanslichef Per Ås och jag, som förde anteckningarna.
{note_sentence}

{absent_sentence}
{items}
Vänliga hälsningar

Karin Lund
Utredare
Höglandsförbundet
"""

_NOTE_SENTENCE = (
    "Under punkt 2 deltog även Sven Holm, controller på Skatteverket, och Anna Vik, "
    "rektor på Furulundsskolan."
)


def _mail(note: str = _NOTE_SENTENCE, absent: str = "") -> Minutes:
    return _parse(_MAIL.format(note_sentence=note, absent_sentence=absent, items=_ITEMS))


def test_a_sentence_that_opens_with_its_note_names_guests_for_that_item() -> None:
    m = _mail()
    guests = {a.name.text: a for a in m.present if a.name.text in ("Sven Holm", "Anna Vik")}
    assert set(guests) == {"Sven Holm", "Anna Vik"}
    assert all(a.items_attended == [2] for a in guests.values())


def test_a_role_at_an_unknown_school_is_a_role_and_a_body_not_a_person() -> None:
    m = _mail()
    vik = next(a for a in m.present if a.name.text == "Anna Vik")
    assert vik.role is not None and vik.role.text == "rektor"
    assert vik.affiliation is not None and vik.affiliation.text == "Furulundsskolan"
    assert not any("Furulundsskolan" in a.name.text for a in m.present)


def test_och_jag_som_forde_anteckningarna_is_the_writer_present_and_recorder() -> None:
    m = _mail()
    assert "Karin Lund" in _people(m, "present")
    assert m.recorded_by is not None and m.recorded_by.name.text == "Karin Lund"
    assert _people(m, "present")["Per Ås"] == "kansliet"


@pytest.mark.parametrize(
    "absent",
    [
        "Controller Lisa Dal hade förhinder, så Per Ås tog budgetpunkten.",
        "Lisa Dal hade förhinder, men skickade sina synpunkter i förväg.",
        "Lisa Dal kunde inte delta, så punkten sköts upp.",
    ],
)
def test_a_name_first_absence_sentence_with_a_trailing_clause(absent: str) -> None:
    m = _mail(absent=absent)
    assert "Lisa Dal" in _people(m, "absent")
    assert "Per Ås" not in _people(m, "absent")


def test_a_paragraph_after_the_roll_call_without_an_absence_adds_no_one() -> None:
    m = _mail(absent="Hör av er senast fredag om något behöver rättas, så skickar jag ut dem.")
    assert not m.absent


# ---- 2. group-named table headers


@pytest.mark.parametrize(
    "header",
    ["Kommuner\tÖvriga", "Ledamöter\tErsättare", "Kommuner\tMyndigheter", "| Kommuner | Organisationer |"],
)
def test_a_header_row_of_group_words_is_no_end_of_the_list(header: str) -> None:
    rows = (
        "Ida Sten, Ljusdal\tBo Nord, Polismyndigheten\nCarl Mo, Hudiksvall\tEva Ros, Region Gävleborg\n"
        "Ulf Kvist, Nordanstig\t\n"
    )
    if header.startswith("|"):
        rows = "".join(
            "| " + " | ".join(c or " " for c in line.split("\t")) + " |\n" for line in rows.splitlines()
        )
    m = _parse("Trygghetsnätverket\n\nDeltagare\n" + header + "\n" + rows + _ITEMS)
    assert _people(m, "present") == {
        "Ida Sten": "Ljusdal",
        "Bo Nord": "Polismyndigheten",
        "Carl Mo": "Hudiksvall",
        "Eva Ros": "Region Gävleborg",
        "Ulf Kvist": "Nordanstig",
    }


def test_under_a_group_header_each_cell_is_one_person() -> None:
    m = _parse("Nätverket\n\nDeltagare\nLedamöter\tErsättare\nIda Sten\tBo Nord\nCarl Mo\tEva Ros\n" + _ITEMS)
    assert set(_people(m, "present")) == {"Ida Sten", "Bo Nord", "Carl Mo", "Eva Ros"}


def test_a_header_of_field_words_is_no_group_header() -> None:
    m = _parse("Nätverket\n\nDeltagare\nNamn\tOrganisation\nIda Sten\tPolismyndigheten\n" + _ITEMS)
    assert _people(m, "present") == {"Ida Sten": "Polismyndigheten"}


# ---- 3. "Name Kommun" without a comma

_RUN_IN = (
    "Närvarande: Sara Lind Nybro, Jonas Eklöf Emmaboda, Per-Ola Strand Uppvidinge, Maja Ek Lessebo "
    "(via Teams), Nils Hall Lund\n"
    "Förhinder: Greta Sol Tingsryd\n"
)


def test_a_trailing_municipality_is_cut_off_as_the_body() -> None:
    m = _parse("Kulturchefsnätverket\n\n" + _RUN_IN + _ITEMS)
    assert _people(m, "present") == {
        "Sara Lind": "Nybro",
        "Jonas Eklöf": "Emmaboda",
        "Per-Ola Strand": "Uppvidinge",
        "Maja Ek": "Lessebo",
        "Nils Hall": "Lund",  # an ambiguous name, cut because the list has that shape
    }
    assert _people(m, "absent") == {"Greta Sol": "Tingsryd"}


@pytest.mark.parametrize(
    "line, name, body",
    [
        ("Närvarande: Anna Maria Lund, Växjö", "Anna Maria Lund", "Växjö"),  # ambiguous and alone
        ("Närvarande: Bo Ek, Växjö", "Bo Ek", "Växjö"),  # two words stay a name
    ],
)
def test_a_name_keeps_its_last_word_when_the_cut_is_not_safe(line: str, name: str, body: str) -> None:
    m = _parse("Nätverket\n\n" + line + "\n" + _ITEMS)
    assert _people(m, "present") == {name: body}


def test_a_from_label_on_the_next_line_is_no_hard_wrap() -> None:
    text = (
        "Nätverket\n\nNärvarande: Sara Lind Nybro, Jonas Eklöf Emmaboda, Per-Ola Strand Uppvidinge, Maja Ek "
        "Lessebo\nFrån Region Kronoberg: Tea Falk, Rut Ny\n" + _ITEMS
    )
    m = _parse(text)
    present = _people(m, "present")
    assert present["Maja Ek"] == "Lessebo"
    assert present["Tea Falk"] == "Region Kronoberg" and present["Rut Ny"] == "Region Kronoberg"


# ---- 4. group labels: on the cue's line, company-shaped, Body: names, a bare Övriga

_MARGIN = """Ägarsamråd för Mälarvatten AB

Tid                   Tisdagen den 4 mars 2031 kl. 09.00–11.00

Närvarande            Köpings kommun
                      Ulla Sten (S), kommunstyrelsens ordförande
                      Leif Ahl, kommundirektör

                      Mälarvatten AB
                      Rolf Vik, vd
                      Ebba Dahl, ekonomichef

                      Samordningsförbundet Västra Mälardalen
                      Ola Berg, förbundschef

Övriga                Nora Kant, konsult, Ramboll (punkt 2)

Förhinder             Kent Lax, kommunchef, Arboga kommun
{items}"""


def test_group_on_the_cue_line_company_labels_and_a_bare_ovriga() -> None:
    m = _parse(_MARGIN.format(items=_ITEMS))
    assert _people(m, "present") == {
        "Ulla Sten": "Köpings kommun",
        "Leif Ahl": "Köpings kommun",
        "Rolf Vik": "Mälarvatten AB",
        "Ebba Dahl": "Mälarvatten AB",
        "Ola Berg": "Samordningsförbundet Västra Mälardalen",
        "Nora Kant": "Ramboll",
    }
    assert _people(m, "absent") == {"Kent Lax": "Arboga kommun"}


def test_a_federation_named_after_a_place_is_not_that_place() -> None:
    m = _parse("Beredningsgruppen\n\nDeltagare\nOla Berg, förbundschef, Samordningsförbundet Umeå\n" + _ITEMS)
    assert _canonical(m, "present") == {"Ola Berg": "Samordningsförbundet Umeå"}


_LABEL_COLUMN = """Möte           Styrgruppen Hälsosam Region, möte 3/2031
Närvarande     Region Jämtland Härjedalen: Siv Ek, Anton Dal (punkt 1)
               Region Västernorrland: Kim Ros
Adjungerade    Trafikverket: Gun Alm
Förhinder      Region Västernorrland: Tove Sand
Antecknare     Kim Ros, Region Västernorrland
{items}"""


def test_body_groups_on_the_cue_line_and_in_run_in_values() -> None:
    m = _parse(_LABEL_COLUMN.format(items=_ITEMS))
    assert _people(m, "present") == {
        "Siv Ek": "Region Jämtland Härjedalen",
        "Anton Dal": "Region Jämtland Härjedalen",
        "Kim Ros": "Region Västernorrland",
        "Gun Alm": "Trafikverket",
    }
    assert _people(m, "absent") == {"Tove Sand": "Region Västernorrland"}


# ---- 5. a recorder label whose value names a person and a body


def test_a_recorder_label_with_a_name_and_a_body_is_a_label_and_its_value() -> None:
    m = _parse(_LABEL_COLUMN.format(items=_ITEMS))
    assert m.recorded_by is not None and m.recorded_by.name.text == "Kim Ros"


# ---- 6. substitutes' principals


@pytest.mark.parametrize(
    "entry",
    [
        "Åke Sand, Sala (ersättare för Lena Bo)",
        "Åke Sand, Sala, ersättare för Lena Bo",
        "Åke Sand, Sala, tjänstgörande ersättare för Lena Bo",
    ],
)
def test_a_substitutes_principal_is_absent_with_the_substitutes_body(entry: str) -> None:
    m = _parse("Nätverket\n\nNärvarande\nEva Ny, Heby\n" + entry + "\n" + _ITEMS)
    assert _people(m, "present") == {"Eva Ny": "Heby", "Åke Sand": "Sala"}
    assert _canonical(m, "absent") == {"Lena Bo": "Sala"}


def test_a_principal_listed_present_stays_present() -> None:
    m = _parse(
        "Nätverket\n\nNärvarande\nLena Bo, Sala (punkt 2)\nÅke Sand, Sala (ersättare för Lena Bo)\n" + _ITEMS
    )
    assert "Lena Bo" in _people(m, "present") and not m.absent


# ---- 7. the reviewer of generated notes, the mail signer's role and body on lines of their own


def test_the_reviewer_of_generated_notes_is_the_recorder() -> None:
    text = (
        "Arbetsgruppen, Region Kronoberg\n\nDeltagare\nSiv Ek, samordnare, Region Kronoberg\n"
        "Bo Ask, utvecklare, Region Kronoberg\n\nMötesanteckningar\n"
        "Sammanfattningen är skapad av ett AI-verktyg och har granskats och\n"
        "kompletterats av Siv Ek den 2 maj 2031.\n" + _ITEMS
    )
    m = _parse(text)
    assert m.recorded_by is not None and m.recorded_by.name.text == "Siv Ek"


def test_a_signature_with_role_and_body_on_separate_lines_gives_the_writer_a_body() -> None:
    mail = _MAIL.replace("Höglandsförbundet", "Region Jönköpings län")
    m = _parse(mail.format(note_sentence="", absent_sentence="", items=_ITEMS))
    lund = next(a for a in m.present if a.name.text == "Karin Lund")
    assert lund.affiliation_canonical == "Region Jönköpings län"
    assert lund.role is not None and lund.role.text == "Utredare"

"""Fix round 15 (attendance): närvaro- och voteringslistor read by the column of the mark, tables
flattened to one cell per line, merged TAB cells, hard-wrapped run-in lists, definite titles before a
name, signature recorders and body-first absence notes.

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


_ITEMS = """
§ 1 Sammanträdets öppnande
Ordföranden öppnade sammanträdet.

§ 2 Budget
Styrelsen godkände budgeten.
"""

# A space-aligned X matrix: Tjg / Ej tjg / Frånv. and the vote columns, an Ersättare block, Summa
_TJG_MATRIX = """TIMRÅ VATTEN AB
Styrelsen
Protokoll 2027-05-04
{items}
Bilaga 1                          NÄRVARO- OCH VOTERINGSLISTA
                                            Närvaro              Votering
Ledamöter                Parti  Kommun     Tjg   Ej tjg  Frånv.   Ja  Nej  Avst
Ulla Rehn, ordf.         S      Timrå      X                      X
Bengt Fors               M      Sundsvall  X                          X
Stina Lax                V      Timrå                    X
Ersättare
Olof Kvist               C      Sundsvall        X
Greta Bom                L      Timrå                    X
Summa                                      1     1       2        1   1    0

Olof Kvist (C) tjänstgör inte.
"""

# A Närvaro column with "x" and "–", municipality group lines, a serving ersättare in column 2
_PRESENCE_MATRIX = """ROSLAGENS RÄDDNINGSFÖRBUND
Direktionen                                                      2027-09-14
{items}
NÄRVAROLISTA

                                                         Närvaro   § 2
Ledamot                         Tjänstgörande ersättare            Ja   Nej
Norrtälje
Mona Kihl (S), ordf.                                     x         x
Ivar Lund (M)                   Petra Sand (M)           x              x
Östhammar
Rut Alm (C)                                              –

Ej tjänstgörande ersättare
Tor Eng (S), Östhammar                                   x
"""


def test_tjg_matrix_reads_each_row_by_the_column_of_its_mark() -> None:
    m = _parse(_TJG_MATRIX.format(items=_ITEMS))
    assert _people(m, "present") == {
        "Ulla Rehn": "Timrå",
        "Bengt Fors": "Sundsvall",
        "Olof Kvist": "Sundsvall",
    }
    assert _people(m, "absent") == {"Stina Lax": "Timrå", "Greta Bom": "Timrå"}


def test_matrix_header_words_and_summa_are_no_attendees() -> None:
    m = _parse(_TJG_MATRIX.format(items=_ITEMS))
    names = [a.name.text for a in (*m.present, *m.absent)]
    assert not any(word in " ".join(names) for word in ("Parti", "Kommun", "Summa", "Ersättare"))


def test_presence_column_substitute_serves_and_principal_is_absent() -> None:
    m = _parse(_PRESENCE_MATRIX.format(items=_ITEMS))
    assert _people(m, "present") == {
        "Mona Kihl": "Norrtälje",
        "Petra Sand": "Norrtälje",
        "Tor Eng": "Östhammar",
    }
    assert _people(m, "absent") == {"Ivar Lund": "Norrtälje", "Rut Alm": "Östhammar"}


def test_tab_matrix_reads_the_same_way() -> None:
    rows = "Ledamot\tKommun\tTjg\tEj tjg\tFrånv.\nUlla Rehn\tTimrå\tX\t\t\nStina Lax\tSundsvall\t\t\tX\n"
    m = _parse("Styrelsen\n" + _ITEMS + "\nNärvarolista\n" + rows)
    assert _people(m, "present") == {"Ulla Rehn": "Timrå"}
    assert _people(m, "absent") == {"Stina Lax": "Sundsvall"}


_CELLS = """Anteckningar – Samordningsförbundet Sydväst

Närvarande
Namn
Organisation
Funktion
Karin Bjälke
Botkyrka kommun
socialchef, ordförande
Leo Strand
Försäkringskassan
samordnare
Mira Holt
Salems kommun
utvecklare, punkt 2

Förhinder
Namn
Organisation
Sven Ulf
Huddinge kommun

1. Inledning
Karin Bjälke hälsade välkommen.

2. Uppföljning
Leo Strand redovisade uppföljningen.

Att göra
Vad
Vem
När
Skicka underlag
Lars Moberg
1 maj
"""


def test_one_cell_per_line_table_groups_k_lines_into_a_row() -> None:
    m = _parse(_CELLS)
    assert _people(m, "present") == {
        "Karin Bjälke": "Botkyrka kommun",
        "Leo Strand": "Försäkringskassan",
        "Mira Holt": "Salems kommun",
    }
    # the body line BELOW a name is that name's, not the next one's
    assert _people(m, "absent") == {"Sven Ulf": "Huddinge kommun"}


def test_flattened_action_table_is_no_attendance() -> None:
    m = _parse(_CELLS)
    assert "Lars Moberg" not in _people(m, "present")


_MERGED = """Samverkan Västernorrland – stabsorientering

Deltagande myndigheter
Aktör\tNamn\tFunktion
Länsstyrelsen Västernorrland\tIda Berglund\tstabschef
\tTove Lindh\tloggförare
Sundsvalls kommun\tAxel Nord\tsäkerhetschef
\tEmma Fjäll\tkommunikatör

1. Lägesbild
Axel Nord redogjorde för läget.
"""


def test_merged_tab_cells_carry_the_actor_of_the_row_above() -> None:
    m = _parse(_MERGED)
    assert _people(m, "present") == {
        "Ida Berglund": "Länsstyrelsen Västernorrland",
        "Tove Lindh": "Länsstyrelsen Västernorrland",
        "Axel Nord": "Sundsvalls kommun",
        "Emma Fjäll": "Sundsvalls kommun",
    }


_WRAPPED = """# Styrgruppen för Norrbottens e-hälsa

**Närvarande:** regionrådet Lisa Vinter (Luleå, ordförande), Arvid Berg (Piteå, vice
ordförande) och Sara Knuts (Boden). Från KPMG deltog revisionskonsulten Elsa Grön och
ekonomichefen Nils Rask (punkt 1–2).

**Övriga närvarande:** handläggare Tilda Sand, Sveriges Kommuner och Regioner (punkt 2), samt
brandchefen Kurt Myr.

## 1. Ekonomi
Nils Rask redovisade utfallet.
"""


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Lisa Vinter", "Luleå"),
        ("Arvid Berg", "Piteå"),
        ("Sara Knuts", "Boden"),
        ("Elsa Grön", "KPMG"),
        ("Nils Rask", "KPMG"),
        ("Tilda Sand", "Sveriges Kommuner och Regioner"),
        ("Kurt Myr", None),
    ],
)
def test_hard_wrapped_run_in_list_and_definite_titles(name: str, body: str | None) -> None:
    present = _people(_parse(_WRAPPED, "t.md"), "present")
    assert present.get(name, "missing") == body


def test_no_person_is_made_of_a_body_name_with_och() -> None:
    present = _people(_parse(_WRAPPED, "t.md"), "present")
    assert not any(n.startswith("Sveriges") for n in present)


_SIGNATURE_TWO_SPACES = """Kommunalförbundet Ådalen
Direktionen

Underskrifter   Sekreterare  ..............................  Paragrafer 1–2
                             Hedda Lund
                Ordförande   ..............................
                             Per Åker
{items}"""

_SIGNATURE_ROLE_LINE = """Krisledningsgrupp Kalix
{items}
Anteckningarna är godkända av ordföranden.

Vera Strand
Loggförare, krisledningsstaben
Kalix kommun
"""


@pytest.mark.parametrize(
    ("text", "recorder"),
    [
        (_SIGNATURE_TWO_SPACES.format(items=_ITEMS), "Hedda Lund"),
        (_SIGNATURE_ROLE_LINE.format(items=_ITEMS), "Vera Strand"),
    ],
)
def test_signature_recorders(text: str, recorder: str) -> None:
    m = _parse(text)
    assert m.recorded_by is not None and m.recorded_by.name.text == recorder


def test_two_space_signature_role_is_no_dotted_rule() -> None:
    m = _parse(_SIGNATURE_TWO_SPACES.format(items=_ITEMS))
    assert m.recorded_by is not None
    assert m.recorded_by.role is None or "..." not in m.recorded_by.role.text


_BODY_FIRST = """Samverkanskonferens Jämtland

Närvarande: Ola Berg (Östersunds kommun), Siv Ek (Region Jämtland Härjedalen)

1. Lägesbild
Ola Berg redogjorde för läget.

2. Nästa möte
Nästa möte hålls i morgon.

Ej närvarande: Krokoms kommun (Ante Moe, samordnare; skriftlig rapport), Åre kommun (Lina Ros, förhinder).
"""


def test_body_first_absence_note() -> None:
    m = _parse(_BODY_FIRST)
    assert _people(m, "absent") == {"Ante Moe": "Krokoms kommun", "Lina Ros": "Åre kommun"}


@pytest.mark.parametrize("company", ["Visit Jämtland", "Destination Vänern", "Visit Skåne"])
def test_destination_company_is_no_person(company: str) -> None:
    text = f"Nätverksmöte turism\n\nNärvarande: Ola Berg, {company}\n\n1. Statistik\n{company} redovisade.\n"
    m = _parse(text)
    assert company not in _people(m, "present")
    assert _people(m, "present").get("Ola Berg") == company


def test_body_cell_with_a_subunit_takes_the_known_body_as_canonical() -> None:
    text = _MERGED.replace("Sundsvalls kommun\tAxel Nord", "Polismyndigheten, polisregion Nord\tAxel Nord")
    m = _parse(text)
    canonical = {a.name.text: a.affiliation_canonical for a in m.present}
    assert canonical["Axel Nord"] == canonical["Emma Fjäll"] == "Polismyndigheten"

"""Fix round 20 (attendance): a protocol's signature row with its signing rule on a line of its own,
and the host body of a protocol whose letterhead is a one-word brand name unknown to the gazetteer.

Texts are written for these tests (invented people, invented bodies)."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
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


def _parse(text: str) -> Minutes:
    return parse_minutes(_doc(text))


_RULE = "." * 50
_LINE = "_" * 40

_PROTOCOL_HEAD = (
    "FJÄLLBYGDENS AVFALLSFÖRBUND\nDirektionen\n\nPROTOKOLL\nSammanträdesdatum\n2031-05-12\n\n"
    "Plats och tid\nKontoret i Strömby, kl. 09.00–11.00\n\n"
    "Beslutande\n\nAnna Ström (S), ordförande, Strömby\nBo Lind (M), Älvby\n\n"
    "Övriga deltagare\n\nKarin Vall, förbundsdirektör\nMaja Fjell, förbundssekreterare\n\n"
    "Utses att justera\nBo Lind\n\nUnderskrifter\n\n"
)
_PROTOCOL_ITEMS = (
    "\n§ 1\nVal av justerare\n\nDirektionen beslutade att utse Bo Lind att justera protokollet.\n\n"
    "§ 2\nBudget\n\nDirektionen beslutade att fastställa budgeten.\n"
)


# ---- 1. the signing rule on a line of its own is no name: the recorder is the name of the row


@pytest.mark.parametrize(
    "signatures",
    [
        pytest.param(
            f"Sekreterare\n{_RULE}\nMaja Fjell\n\nParagrafer\n§ 1–2\n\nOrdförande\n{_RULE}\nAnna Ström\n\n"
            f"Justerande\n{_RULE}\nBo Lind\n",
            id="role-rule-name",
        ),
        pytest.param(
            f"Sekreterare\n{_RULE}\nMaja Fjell\nOrdförande\n{_RULE}\nAnna Ström\n",
            id="role-rule-name-no-blank-lines",
        ),
        pytest.param(
            f"Sekreterare\n{_LINE}\nMaja Fjell\n\nOrdförande\n{_LINE}\nAnna Ström\n",
            id="underscored-rule",
        ),
        pytest.param(
            f"Maja Fjell\n{_RULE}\nSekreterare\n\nAnna Ström\n{_RULE}\nOrdförande\n\n"
            f"Bo Lind\n{_RULE}\nJusterande\n",
            id="name-rule-role",
        ),
        pytest.param(
            f"{_RULE}\nMaja Fjell\nSekreterare\n\n{_RULE}\nAnna Ström\nOrdförande\n\n"
            f"{_RULE}\nBo Lind\nJusterande\n",
            id="rule-name-role",
        ),
    ],
)
def test_the_recorder_is_the_name_of_the_secretarys_signature_row(signatures: str) -> None:
    m = _parse(_PROTOCOL_HEAD + signatures + _PROTOCOL_ITEMS)
    assert m.recorded_by is not None
    assert m.recorded_by.name.text == "Maja Fjell"


def test_a_rule_alone_under_the_cue_names_no_recorder() -> None:
    """An unsigned row ("Sekreterare" / "……" and nothing under it) gives no name, not the rule."""
    m = _parse(_PROTOCOL_HEAD + f"Sekreterare\n{_RULE}\n" + _PROTOCOL_ITEMS)
    assert m.recorded_by is None or m.recorded_by.name.text.strip(". ")


# ---- 2. a one-word letterhead unknown to the gazetteer is the host of the staff listed without a body


def _brand_protocol(letterhead: str, organ: str, place: str) -> str:
    return (
        f"{'PROTOKOLL':>50}{'1 (2)':>20}\n{letterhead}\n{organ:<46}Sammanträdesdatum\n{'2031-09-18':>56}\n\n"
        f"Plats och tid        {place}, kl. 10.00–12.00\n\n"
        "Beslutande           Ola Brandt (S), Strömby, ordförande\n"
        "                     Greta Hov (M), Älvby\n\n"
        "Övriga närvarande    Lisa Rönn, förbundsdirektör\n"
        "                     Nils Tjäder, ekonomichef\n\n"
        "Utses att justera    Greta Hov\n\n"
        f"Justeringens         {place}, 2031-09-25\nplats och tid\n\n"
        "§ 5     Mötets öppnande\n\nOrdföranden förklarar sammanträdet öppnat.\n\n"
        "§ 6     Budget 2032\n\n"
        f"{organ} beslutar att fastställa budgeten.\n"
    )


@pytest.mark.parametrize(
    ("letterhead", "organ", "place", "host"),
    [
        ("Fjällvatten", "Förbundsstyrelsen", "Fjällvattens kontor", "Fjällvatten"),
        ("ÅSKRAFT", "Direktionen", "Åskrafts lokaler i Strömby", "Åskraft"),
    ],
)
def test_staff_without_a_body_belong_to_a_one_word_letterhead(
    letterhead: str, organ: str, place: str, host: str
) -> None:
    m = extract_mentions(_parse(_brand_protocol(letterhead, organ, place)))
    staff = {a.name.text: a.affiliation_canonical for a in m.attendees}
    assert staff["Lisa Rönn"] == host
    assert staff["Nils Tjäder"] == host


def test_a_one_word_letterhead_named_nowhere_else_is_no_host() -> None:
    """Without the name again in the document (an office, the attestation place), a lone word
    above the organ may be a logo's caption: the staff keep no body."""
    m = extract_mentions(_parse(_brand_protocol("Fjällvatten", "Förbundsstyrelsen", "Strömby brandstation")))
    staff = {a.name.text: a.affiliation_canonical for a in m.attendees}
    assert staff["Lisa Rönn"] is None


def test_the_document_kind_in_the_letterhead_is_no_host() -> None:
    text = _brand_protocol("Fjällvatten", "Förbundsstyrelsen", "Strömby brandstation").replace(
        "Fjällvatten\n", "Protokoll\n"
    )
    m = extract_mentions(_parse(text + "\nProtokoll justeras senare.\n"))
    staff = {a.name.text: a.affiliation_canonical for a in m.attendees}
    assert staff["Lisa Rönn"] is None
